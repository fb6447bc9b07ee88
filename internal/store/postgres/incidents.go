package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// SaveIncident creates the incident (ID 0) or updates it, sets its member
// events to EventIDs, and returns its ID. It sets inc.ID, inc.CreatedAt and
// inc.UpdatedAt. An empty ReviewState means unreviewed.
//
// Member events taken from another incident leave it; an incident left with
// no member by that move is dissolved and audited, as in SaveExtraction, so
// merging incident B into A is one call that saves A with B's events.
func (s *Store) SaveIncident(ctx context.Context, inc *vigil.Incident) (int64, error) {
	// The caller's incident changes only once the save is committed.
	saved := *inc
	if saved.ReviewState == "" {
		saved.ReviewState = vigil.StateUnreviewed
	}
	if err := checkState(saved.ReviewState); err != nil {
		return 0, err
	}
	if err := checkEvent(&saved.Event); err != nil {
		return 0, fmt.Errorf("postgres: save incident %d: %w", inc.ID, err)
	}
	var err error
	if saved.Marking, err = checkMarking(fmt.Sprintf("incident %d", inc.ID), saved.Marking); err != nil {
		return 0, err
	}
	err = s.writeMembership(ctx, func(tx *sql.Tx) error {
		t := now()
		if saved.ID == 0 {
			if saved.CreatedAt.IsZero() {
				saved.CreatedAt = t
			}
		} else {
			var created sql.NullTime
			err := tx.QueryRowContext(ctx, `SELECT created_at FROM incidents WHERE id = $1`, saved.ID).Scan(&created)
			if errors.Is(err, sql.ErrNoRows) {
				return vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", saved.ID)
			}
			if err != nil {
				return err
			}
			if saved.CreatedAt.IsZero() {
				saved.CreatedAt = timeOf(created)
			}
		}
		saved.CreatedAt = saved.CreatedAt.UTC().Truncate(time.Microsecond) // as stored
		touched, err := saveIncident(ctx, tx, &saved, t)
		if err != nil {
			return err
		}
		return recordVersions(ctx, tx, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: save incident %d: %w", inc.ID, err)
	}
	inc.ID, inc.ReviewState, inc.CreatedAt, inc.UpdatedAt = saved.ID, saved.ReviewState, saved.CreatedAt, saved.UpdatedAt
	inc.Marking = saved.Marking
	return saved.ID, nil
}

func checkState(state string) error {
	switch state {
	case vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected:
		return nil
	}
	return vigil.Errorf(vigil.EINVALID, "review state %q is not one of unreviewed, verified, rejected", state)
}

// incidentColumns are the columns writeIncident writes. geo_precision
// repeats the JSON's for the map, which reads no JSON.
const incidentColumns = commonColumns + `, fatalities_low, fatalities_high, reconcile_rule, review_state,
	source_count, fusion_reason, created_at, updated_at, json, tlp, owner, recipients, origin, geo_precision`

// saveIncident applies the incident's analyst corrections over inc, writes
// it (creating it when inc.ID is 0) with its members, and returns the IDs of
// the incidents it touched: inc's and those its members left.
func saveIncident(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, t time.Time) ([]int64, error) {
	if inc.ID != 0 {
		cs, err := loadCorrections(ctx, tx, inc.ID)
		if err != nil {
			return nil, err
		}
		if err := vigil.ApplyCorrections(inc, cs); err != nil {
			return nil, fmt.Errorf("incident %d: %w", inc.ID, err)
		}
	}
	inc.UpdatedAt = t
	id, err := writeIncident(ctx, tx, inc, inc.ID == 0)
	if err != nil {
		return nil, err
	}
	inc.ID = id
	others, err := setMembers(ctx, tx, id, inc.EventIDs)
	if err != nil {
		return nil, err
	}
	return append([]int64{id}, others...), nil
}

// writeIncident inserts the incident row (insert) or updates it. An insert
// of ID 0 takes a new ID from the table's sequence, which never hands out
// an ID twice, not even those of dissolved incidents, so an ID names one
// incident in the history for good; Undo inserts a dissolved incident back
// under its own ID.
func writeIncident(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, insert bool) (int64, error) {
	js, err := json.Marshal(inc.Event)
	if err != nil {
		return 0, fmt.Errorf("encode: %w", err)
	}
	tlp, owner, recipients := marksql.Columns(inc.Marking)
	args := append(commonValues(&inc.Event), inc.FatalitiesLow, inc.FatalitiesHigh, inc.ReconcileRule, inc.ReviewState,
		inc.SourceCount, inc.FusionReason, nullTime(inc.CreatedAt), nullTime(inc.UpdatedAt), string(js),
		tlp, owner, recipients, inc.Origin, inc.GeoPrecision)
	if insert {
		values := `DEFAULT, ` + placeholders(len(args))
		if inc.ID != 0 {
			values = placeholders(len(args) + 1)
			args = append([]any{inc.ID}, args...)
		}
		var id int64
		err := tx.QueryRowContext(ctx, rebind(`INSERT INTO incidents (id, `+incidentColumns+`)
			VALUES (`+values+`) RETURNING id`), args...).Scan(&id)
		if err != nil {
			return 0, fmt.Errorf("insert: %w", err)
		}
		return id, nil
	}
	cols := strings.Split(incidentColumns, ",")
	for i, c := range cols {
		cols[i] = strings.TrimSpace(c) + " = ?"
	}
	args = append(args, inc.ID)
	if _, err := tx.ExecContext(ctx, rebind(`UPDATE incidents SET `+strings.Join(cols, ", ")+` WHERE id = ?`), args...); err != nil {
		return 0, fmt.Errorf("update: %w", err)
	}
	return inc.ID, nil
}

// setMembers makes eventIDs exactly the members of incident id, and returns
// the other incidents they left.
func setMembers(ctx context.Context, tx *sql.Tx, id int64, eventIDs []int64) ([]int64, error) {
	if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE incident_id = $1`, id); err != nil {
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
		err := tx.QueryRowContext(ctx, `SELECT incident_id FROM events WHERE id = $1`, ev).Scan(&prev)
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
		if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = $1 WHERE id = $2`, id, ev); err != nil {
			return nil, fmt.Errorf("add member event %d: %w", ev, err)
		}
	}
	for _, other := range order {
		if err := dropIfEmpty(ctx, tx, other, from[other], fmt.Sprintf("events moved to incident %d", id)); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// incidentFields are the columns of an incidents row aliased i that
// scanIncident reads before the member list.
const incidentFields = `i.id, i.fatalities_low, i.fatalities_high, i.reconcile_rule, i.review_state,
	i.source_count, i.fusion_reason, i.created_at, i.updated_at, i.json, i.tlp, i.owner, i.recipients, i.origin`

// incidentMembers lists the member events of incident i, ascending.
const incidentMembers = `(SELECT string_agg(e.id::text, ',' ORDER BY e.id) FROM events e WHERE e.incident_id = i.id)`

// incidentSelect reads an incident row and, in one pass, its member events.
const incidentSelect = `SELECT ` + incidentFields + `, ` + incidentMembers + ` FROM incidents i`

// incidentPage selects one page of the incidents matching w in the given
// order. PostgreSQL would read the member list of every match before
// sorting; selecting the page first reads only the page's (a 100-incident
// page of 400 matches: 2 ms -> 1 ms).
func incidentPage(w where, order string, n, offset int) string {
	return `SELECT ` + incidentFields + `, ` + incidentMembers + ` FROM (SELECT * FROM incidents i` + w.sql() +
		` ORDER BY ` + order + limit(n, offset) + `) i ORDER BY ` + order
}

func scanIncident(row interface{ Scan(...any) error }) (vigil.Incident, error) {
	var inc vigil.Incident
	var created, updated sql.NullTime
	var js string
	var members sql.NullString
	var m marking
	if err := row.Scan(&inc.ID, &inc.FatalitiesLow, &inc.FatalitiesHigh, &inc.ReconcileRule, &inc.ReviewState,
		&inc.SourceCount, &inc.FusionReason, &created, &updated, &js, &m.tlp, &m.owner, &m.recipients, &inc.Origin,
		&members); err != nil {
		return inc, err
	}
	inc.Marking = m.value()
	if err := json.Unmarshal([]byte(js), &inc.Event); err != nil {
		return inc, fmt.Errorf("decode incident %d: %w", inc.ID, err)
	}
	inc.CreatedAt, inc.UpdatedAt = timeOf(created), timeOf(updated)
	if members.String != "" {
		for _, f := range strings.Split(members.String, ",") {
			id, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				return inc, fmt.Errorf("incident %d: bad member list %q", inc.ID, members.String)
			}
			inc.EventIDs = append(inc.EventIDs, id)
		}
	}
	return inc, nil
}

// loadIncident reads one incident whatever its marking, for the store's
// own bookkeeping (versions, audit states, dissolving).
func loadIncident(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error) {
	inc, err := scanIncident(tx.QueryRowContext(ctx, incidentSelect+` WHERE i.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return inc, vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", id)
	}
	return inc, err
}

// loadVisibleIncident reads one incident the viewer of ctx may see, and is
// ENOTFOUND, as if it did not exist, for one they may not.
func loadVisibleIncident(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error) {
	var w where
	w.add(`i.id = ?`, id)
	visible(ctx, &w, "i")
	inc, err := scanIncident(tx.QueryRowContext(ctx, rebind(incidentSelect+w.sql()), w.args...))
	if errors.Is(err, sql.ErrNoRows) {
		return inc, vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", id)
	}
	return inc, err
}

// Incident returns one incident with its member event IDs, ENOTFOUND when
// there is none or the viewer may not see it.
func (s *Store) Incident(ctx context.Context, id int64) (*vigil.Incident, error) {
	var inc vigil.Incident
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		inc, err = loadVisibleIncident(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: load incident %d: %w", id, err)
	}
	return &inc, nil
}

// incidentFilter renders f for the incidents table aliased as i, keeping
// only the incidents the viewer of ctx may see.
func incidentFilter(ctx context.Context, f vigil.Filter) (where, error) {
	w, err := eventFilter(f, "i")
	if err != nil {
		return w, err
	}
	if f.ReviewState != "" {
		if err := checkState(f.ReviewState); err != nil {
			return w, err
		}
		w.add(`i.review_state = ?`, f.ReviewState)
	}
	if f.Text != "" {
		q, err := tsQuery(f.Text)
		if err != nil {
			return w, err
		}
		// An incident matches when any member's document does.
		w.add(`i.id IN (SELECT e.incident_id FROM events e WHERE e.document_id IN
			(SELECT id FROM documents WHERE `+textMatch+`))`, q)
	}
	visible(ctx, &w, "i")
	return w, nil
}

// Incidents lists incidents matching f, newest event date first (undated
// last), then newest ID first.
func (s *Store) Incidents(ctx context.Context, f vigil.Filter) ([]vigil.Incident, error) {
	w, err := incidentFilter(ctx, f)
	if err != nil {
		return nil, err
	}
	query := incidentPage(w, orderSQL[vigil.OrderNewest], f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.Incident, error) { return scanIncident(rows) })
	if err != nil {
		return nil, fmt.Errorf("postgres: list incidents: %w", err)
	}
	return out, nil
}

// CountIncidents counts the incidents matching f, ignoring Limit and Offset.
func (s *Store) CountIncidents(ctx context.Context, f vigil.Filter) (int, error) {
	if err := checkPage(f.Limit, f.Offset); err != nil {
		return 0, err
	}
	f.Limit, f.Offset = 0, 0
	w, err := incidentFilter(ctx, f)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, rebind(`SELECT count(*) FROM incidents i`+w.sql()), w.args...).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: count incidents: %w", err)
	}
	return n, nil
}
