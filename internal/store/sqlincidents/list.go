package sqlincidents

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Syntax is what a store gives List and Count: the parts of its SQL that
// differ.
type Syntax struct {
	// Filter renders f for the incidents table aliased i, keeping only
	// the incidents the viewer of ctx may see; it validates f.
	Filter func(ctx context.Context, f vigil.Filter) (sqlq.Where, error)
	// Date is the placeholder of a keyset position's date, with any cast
	// the database needs (see AfterParts).
	Date string
	// Page returns the query, with ? placeholders, and its arguments that
	// read the incidents matching w in order (an ORDER BY list of Orders),
	// n of them at most (0: all) from offset, as the viewer of ctx sees
	// them.
	Page func(ctx context.Context, w sqlq.Where, order string, n, offset int) (string, []any)
	// Scan reads one row of Page's query.
	Scan func(*sql.Rows) (vigil.Incident, error)
	// Tally returns the table of monthly tallies to read for plan's whole
	// months, aliased t, and the conditions of f on it.
	Tally func(ctx context.Context, f vigil.Filter, plan sqlq.TallyRange) (from string, w sqlq.Where)
	// Sums is Tally for Aggregate: the tally that sums plan's whole
	// months grouped by, aliased t, and the conditions of f on it, with
	// rejected incidents left out.
	Sums func(ctx context.Context, f vigil.Filter, plan sqlq.TallyRange, by []string) (from string, w sqlq.Where)
	// Month and Day are an incident's date (i.event_date) as text,
	// 'YYYY-MM' and 'YYYY-MM-DD', NULL when it is undated.
	Month, Day string
}

// List lists the incidents the viewer of ctx may see matching f, newest
// event date first (undated last), then newest ID first, from f.Offset or
// after the position (f.AfterDate, f.AfterID), in one read transaction of
// db. An invalid filter is refused as Filter and vigil.CheckAfter refuse
// it; a database error carries the dialect's name.
func List(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter) ([]vigil.Incident, error) {
	w, err := syn.Filter(ctx, f)
	if err != nil {
		return nil, err
	}
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	parts, offset := []sqlq.Where{w}, f.Offset
	if f.AfterID != 0 {
		parts, offset = AfterParts(w, f, syn.Date), 0
	}
	var out []vigil.Incident
	err = db.InRead(ctx, func(tx sqlq.Tx) error {
		for _, part := range parts {
			n := 0
			if f.Limit > 0 {
				if n = f.Limit - len(out); n == 0 {
					break
				}
			}
			query, args := syn.Page(ctx, part, Orders[vigil.OrderNewest], n, offset)
			var err error
			if out, err = sqlq.AppendRows(ctx, tx.SQL(), out, db.Bind(query), args, syn.Scan); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list incidents: %w", db.Name, err)
	}
	return out, nil
}
