// Package sqlincidents is the incident code the SQLite and PostgreSQL
// stores share: saving an incident with its member events, the list of
// incidents a filter matches with its keyset pages, and their count. Each
// store keeps what its SQL spells differently (how it writes and selects
// incident rows, its tally table) and hands it in, as a Syntax or as
// sqlq.Incidents.
package sqlincidents

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlevents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// SetMembers makes eventIDs exactly the members of incident id, and
// returns the other incidents they left, in the order first left. Each
// such incident is audited and, when the move empties it, dissolved
// (sqlevents.DropIfEmpty, which uses inc's Load and Audit).
func SetMembers(ctx context.Context, tx sqlq.Tx, inc sqlq.Incidents, id int64, eventIDs []int64) ([]int64, error) {
	if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE incident_id = ?`, id); err != nil {
		return nil, fmt.Errorf("clear members: %w", err)
	}
	if len(eventIDs) == 0 {
		return nil, nil
	}
	// Where the events were before, to dissolve incidents this empties.
	from := map[int64][]int64{}
	var order []int64
	for _, ev := range eventIDs {
		var prev sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT incident_id FROM events WHERE id = ?`, ev).Scan(&prev)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, vigil.Errorf(vigil.EINVALID, "member event %d does not exist", ev)
		}
		if err != nil {
			return nil, fmt.Errorf("find event %d: %w", ev, err)
		}
		if prev.Valid && prev.Int64 != id {
			if from[prev.Int64] == nil {
				order = append(order, prev.Int64)
			}
			from[prev.Int64] = append(from[prev.Int64], ev)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`, id, ev); err != nil {
			return nil, fmt.Errorf("add member event %d: %w", ev, err)
		}
	}
	for _, other := range order {
		if err := sqlevents.DropIfEmpty(ctx, tx, inc, other, from[other], fmt.Sprintf("events moved to incident %d", id)); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// ParseMembers reads the member list of incident id as the stores select
// it, event IDs joined by commas (empty for none), into ascending IDs. A
// list that is not made of IDs is an error naming the incident.
func ParseMembers(id int64, list string) ([]int64, error) {
	if list == "" {
		return nil, nil
	}
	var ids []int64
	for _, f := range strings.Split(list, ",") {
		ev, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("incident %d: bad member list %q", id, list)
		}
		ids = append(ids, ev)
	}
	slices.Sort(ids)
	return ids, nil
}

// AfterParts are the conditions, w's and a keyset position's, of the
// incidents after (f.AfterDate, f.AfterID) in the order newest event date
// first (undated last), then newest ID first, as parts to read one after
// the other: after a dated incident, the older dated ones and then every
// undated one; after an undated one, the undated ones with lower IDs. Each
// part is one range of the stores' index on (event_date, id) of the
// incidents aliased i (a NULL date never compares less, so the row value
// leaves undated rows out); one condition joined by OR would make the
// database read the index from its start and skip the rows before the
// position one by one, the cost a keyset page is there to save. date is
// the placeholder of the position's date, with any cast the store needs.
func AfterParts(w sqlq.Where, f vigil.Filter, date string) []sqlq.Where {
	if f.AfterDate == "" {
		return []sqlq.Where{w.With(`i.event_date IS NULL AND i.id < ?`, f.AfterID)}
	}
	return []sqlq.Where{w.With(`(i.event_date, i.id) < (`+date+`, ?)`, f.AfterDate, f.AfterID), w.With(`i.event_date IS NULL`)}
}

// Save applies the incident's analyst corrections over inc, writes it
// (creating it when inc.ID is 0) with its members, and returns the IDs of
// the incidents it touched: inc's and those its members left. Of inc's
// store it uses Restore to write the row, and Load and Audit for the
// incidents the members leave (SetMembers).
func Save(ctx context.Context, tx sqlq.Tx, ops sqlq.Incidents, inc *vigil.Incident, t time.Time) ([]int64, error) {
	if inc.ID != 0 {
		cs, err := sqlreview.LoadCorrections(ctx, tx, inc.ID)
		if err != nil {
			return nil, err
		}
		if err := vigil.ApplyCorrections(inc, cs); err != nil {
			return nil, fmt.Errorf("incident %d: %w", inc.ID, err)
		}
	}
	inc.UpdatedAt = t
	id, err := ops.Restore(ctx, tx.SQL(), inc, inc.ID == 0)
	if err != nil {
		return nil, err
	}
	inc.ID = id
	others, err := SetMembers(ctx, tx, ops, id, inc.EventIDs)
	if err != nil {
		return nil, err
	}
	return append([]int64{id}, others...), nil
}

// Get reads incident id as the viewer of ctx may see it, with loadAs, in
// one read transaction of db; ENOTFOUND when there is none or the viewer
// may not see it. Errors carry the dialect's name.
func Get(ctx context.Context, db sqlq.DB, loadAs func(context.Context, *sql.Tx, int64, vigil.Viewer) (vigil.Incident, error), id int64) (*vigil.Incident, error) {
	var inc vigil.Incident
	err := db.Read(ctx, func(tx *sql.Tx) error {
		var err error
		inc, err = loadAs(ctx, tx, id, vigil.ViewerFrom(ctx))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: load incident %d: %w", db.Name, id, err)
	}
	return &inc, nil
}
