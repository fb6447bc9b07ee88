package sqlincidents

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Count counts the incidents the viewer of ctx may see matching f,
// ignoring Limit and Offset, in one read transaction of db. Whole months
// come from the tallies, as in the stores' AggregateIncidents, so counting
// a million incidents reads a few thousand rows at most; partial months
// and the filters the tallies do not keep (actor, text) count the
// incidents themselves. An invalid filter is refused as Filter refuses it;
// a database error carries the dialect's name.
func Count(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter) (int, error) {
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return 0, err
	}
	f.Limit, f.Offset = 0, 0
	if _, err := syn.Filter(ctx, f); err != nil { // validates dates and state
		return 0, err
	}
	var n int
	err := db.InRead(ctx, func(tx sqlq.Tx) error {
		count := func(f vigil.Filter) error {
			w, err := syn.Filter(ctx, f)
			if err != nil {
				return err
			}
			var m int
			err = tx.QueryRowContext(ctx, `SELECT count(*) FROM incidents i`+w.SQL(), w.Args...).Scan(&m)
			n += m
			return err
		}
		plan, ok := sqlq.TallyPlan(f)
		if !ok {
			return count(f)
		}
		for _, part := range plan.Partial {
			pf := f
			pf.From, pf.To = part[0], part[1]
			if err := count(pf); err != nil {
				return err
			}
		}
		if plan.Whole {
			from, w := syn.Tally(ctx, f, plan)
			var m sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT sum(t.incidents) FROM `+from+w.SQL(), w.Args...).Scan(&m); err != nil {
				return err
			}
			n += int(m.Int64)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("%s: count incidents: %w", db.Name, err)
	}
	return n, nil
}
