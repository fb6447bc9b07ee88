package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// SaveIncident creates the incident (ID 0) or updates it, sets its member
// events to EventIDs, and returns its ID. It sets inc.ID, inc.CreatedAt and
// inc.UpdatedAt, inc.Marking as stored, and an empty ReviewState to
// unreviewed; a refused save
// leaves inc as it was. It stores inc.Marking (an empty one as TLP:CLEAR,
// one that fails Validate refused with EINVALID) and inc.Origin as given:
// it is the pipeline's, which decides them, and acts for the operator.
//
// Member events taken from another incident leave it; an incident left with
// no member by that move is dissolved and audited, as in SaveExtraction, so
// merging incident B into A is one call that saves A with B's events.
func (s *Store) SaveIncident(ctx context.Context, inc *vigil.Incident) (int64, error) {
	saved := *inc
	if saved.ReviewState == "" {
		saved.ReviewState = vigil.StateUnreviewed
	}
	switch saved.ReviewState {
	case vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected:
	default:
		return 0, vigil.Errorf(vigil.EINVALID, "review state %q is not one of unreviewed, verified, rejected", saved.ReviewState)
	}
	if err := sqlq.CheckEvent(&saved.Event); err != nil {
		return 0, fmt.Errorf("sqlite: save incident %d: %w", inc.ID, err)
	}
	var err error
	if saved.Marking, err = marksql.Check(fmt.Sprintf("incident %d", inc.ID), saved.Marking); err != nil {
		return 0, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		t := now()
		if saved.ID == 0 {
			if saved.CreatedAt.IsZero() {
				saved.CreatedAt = t
			}
		} else {
			var created string
			err := tx.QueryRowContext(ctx, `SELECT created_at FROM incidents WHERE id = ?`, saved.ID).Scan(&created)
			if errors.Is(err, sql.ErrNoRows) {
				return vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", saved.ID)
			}
			if err != nil {
				return err
			}
			if saved.CreatedAt.IsZero() {
				if saved.CreatedAt, err = parseTime(created); err != nil {
					return err
				}
			}
		}
		touched, err := saveIncident(ctx, tx, &saved, t)
		if err != nil {
			return err
		}
		return recordVersions(ctx, tx, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: save incident %d: %w", inc.ID, err)
	}
	inc.ID, inc.ReviewState, inc.CreatedAt, inc.UpdatedAt = saved.ID, saved.ReviewState, saved.CreatedAt, saved.UpdatedAt
	inc.Marking = saved.Marking
	return saved.ID, nil
}

// incidentColumns are the columns writeIncident writes, in the order of
// incidentValues.
const incidentColumns = sqlq.CommonColumns + `, fatalities_low, fatalities_high, reconcile_rule, review_state,
	source_count, fusion_reason, created_at, updated_at, json, tlp, owner, recipients, origin, geo_precision`

// incidentValues returns inc's values for incidentColumns, js being its
// event's JSON.
func incidentValues(inc *vigil.Incident, js []byte) []any {
	args := append(sqlq.CommonValues(&inc.Event), inc.FatalitiesLow, inc.FatalitiesHigh, inc.ReconcileRule, inc.ReviewState,
		inc.SourceCount, inc.FusionReason, formatTime(inc.CreatedAt), formatTime(inc.UpdatedAt), string(js))
	args = append(args, markingValues(inc.Marking)...)
	return append(args, inc.Origin, inc.GeoPrecision)
}

// saveIncident applies the incident's analyst corrections over inc, writes
// it (creating it when inc.ID is 0) with its members, and returns the IDs of
// the incidents it touched: inc's and those its members left
// (sqlincidents.Save).
func saveIncident(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, t time.Time) ([]int64, error) {
	ops := sqlq.Incidents{Load: loadIncident, Restore: writeIncident, Audit: insertAudit}
	return sqlincidents.Save(ctx, dialect.Tx(tx), ops, inc, t)
}

// writeIncident inserts the incident row (insert) or updates it. An insert
// of ID 0 takes a new ID; IDs are never reused, not even those of dissolved
// incidents, so an ID names one incident in the history for good.
func writeIncident(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, insert bool) (int64, error) {
	js, err := json.Marshal(inc.Event)
	if err != nil {
		return 0, fmt.Errorf("encode: %w", err)
	}
	args := incidentValues(inc, js)
	if insert {
		id := inc.ID
		if id == 0 {
			err := tx.QueryRowContext(ctx, `SELECT max(coalesce((SELECT max(id) FROM incidents), 0),
				coalesce((SELECT max(incident_id) FROM incident_versions), 0)) + 1`).Scan(&id)
			if err != nil {
				return 0, fmt.Errorf("allocate incident id: %w", err)
			}
		}
		args = append([]any{id}, args...)
		if _, err := tx.ExecContext(ctx, `INSERT INTO incidents (id, `+incidentColumns+`) VALUES (`+placeholders(len(args))+`)`, args...); err != nil {
			return 0, fmt.Errorf("insert: %w", err)
		}
		return id, nil
	}
	cols := strings.Split(incidentColumns, ",")
	for i, c := range cols {
		cols[i] = strings.TrimSpace(c) + " = ?"
	}
	args = append(args, inc.ID)
	if _, err := tx.ExecContext(ctx, `UPDATE incidents SET `+strings.Join(cols, ", ")+` WHERE id = ?`, args...); err != nil {
		return 0, fmt.Errorf("update: %w", err)
	}
	return inc.ID, nil
}

// incidentSelect returns the query that reads incident rows (aliased i)
// and, in one pass, their member events that v may see, and its arguments.
// Fusion only joins events of one marking, so every member of an incident
// v may see is normally visible too; the filter makes sure an analyst's
// merge across markings cannot show v an event it may not see.
func incidentSelect(v vigil.Viewer) (string, []any) {
	members := `SELECT group_concat(e.id) FROM events e WHERE e.incident_id = i.id`
	vis, args := marksql.Visible(marksql.SQLite, "d", v)
	if vis != "TRUE" {
		members = `SELECT group_concat(e.id) FROM events e JOIN documents d ON d.id = e.document_id
			WHERE e.incident_id = i.id AND ` + vis
	}
	return `SELECT i.id, i.fatalities_low, i.fatalities_high, i.reconcile_rule, i.review_state,
	i.source_count, i.fusion_reason, i.created_at, i.updated_at, i.json, i.tlp, i.owner, i.recipients, i.origin,
	(` + members + `)
	FROM incidents i`, args
}

func scanIncident(row interface{ Scan(...any) error }) (vigil.Incident, error) {
	var inc vigil.Incident
	var created, updated, js, tlp, owner, recipients string
	var members sql.NullString
	if err := row.Scan(&inc.ID, &inc.FatalitiesLow, &inc.FatalitiesHigh, &inc.ReconcileRule, &inc.ReviewState,
		&inc.SourceCount, &inc.FusionReason, &created, &updated, &js, &tlp, &owner, &recipients, &inc.Origin, &members); err != nil {
		return inc, err
	}
	inc.Marking = marksql.Marking(tlp, owner, recipients)
	if err := json.Unmarshal([]byte(js), &inc.Event); err != nil {
		return inc, fmt.Errorf("decode incident %d: %w", inc.ID, err)
	}
	var err error
	if inc.CreatedAt, err = parseTime(created); err != nil {
		return inc, err
	}
	if inc.UpdatedAt, err = parseTime(updated); err != nil {
		return inc, err
	}
	if inc.EventIDs, err = sqlincidents.ParseMembers(inc.ID, members.String); err != nil {
		return inc, err
	}
	return inc, nil
}

// operator is the viewer the store's own bookkeeping reads as: versions,
// snapshots and audit states record incidents whole.
var operator = vigil.Viewer{All: true}

// loadIncident reads an incident whole, whoever asks: for the store's own
// bookkeeping, never handed to a viewer.
func loadIncident(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error) {
	return loadIncidentAs(ctx, tx, id, operator)
}

// loadIncidentAs reads an incident as v may see it: ENOTFOUND when it does
// not exist or v may not see it.
func loadIncidentAs(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.Incident, error) {
	query, args := incidentSelect(v)
	vis, visArgs := marksql.Visible(marksql.SQLite, "i", v)
	args = append(append(args, id), visArgs...)
	inc, err := scanIncident(tx.QueryRowContext(ctx, query+` WHERE i.id = ? AND `+vis, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return inc, vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", id)
	}
	return inc, err
}

// Incident returns one incident with its member event IDs; ENOTFOUND when
// there is none or the viewer may not see it.
func (s *Store) Incident(ctx context.Context, id int64) (*vigil.Incident, error) {
	return sqlincidents.Get(ctx, s.shared(), loadIncidentAs, id)
}

// incidentFilter renders f for the incidents table aliased as i, keeping
// only the incidents ctx's viewer may see.
func incidentFilter(ctx context.Context, f vigil.Filter) (sqlq.Where, error) {
	if err := vigil.CheckIncidentFilter(f); err != nil {
		return sqlq.Where{}, err
	}
	w, err := eventFilter(f, "i")
	if err != nil {
		return w, err
	}
	addVisible(ctx, &w, "i")
	if f.ReviewState != "" {
		if err := sqlq.CheckState(f.ReviewState); err != nil {
			return w, err
		}
		w.Add(`i.review_state = ?`, f.ReviewState)
	}
	if f.Text != "" {
		q, err := ftsQuery(f.Text)
		if err != nil {
			return w, err
		}
		// An incident matches when any member's document the viewer may
		// see does: a document it may not see must not answer for it.
		vis, args := visible(ctx, "d")
		w.Add(`i.id IN (SELECT e.incident_id FROM events e JOIN documents d ON d.id = e.document_id
			WHERE `+vis+` AND e.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))`, append(args, q)...)
	}
	return w, nil
}

// Incidents lists the incidents the viewer may see matching f, newest
// event date first (undated last), then newest ID first, from Offset or
// after the position (AfterDate, AfterID); see sqlincidents.List.
func (s *Store) Incidents(ctx context.Context, f vigil.Filter) ([]vigil.Incident, error) {
	return sqlincidents.List(ctx, s.shared(), incidentSyntax, f)
}

// CountIncidents counts the incidents the viewer may see matching f,
// ignoring Limit and Offset (sqlincidents.Count: whole months come from
// the tallies).
func (s *Store) CountIncidents(ctx context.Context, f vigil.Filter) (int, error) {
	return sqlincidents.Count(ctx, s.shared(), incidentSyntax, f)
}

// incidentSyntax is this store's SQL for sqlincidents.List and Count.
var incidentSyntax = sqlincidents.Syntax{
	Filter: incidentFilter,
	Date:   `?`,
	Page: func(ctx context.Context, w sqlq.Where, order string, n, offset int) (string, []any) {
		sel, args := incidentSelect(vigil.ViewerFrom(ctx))
		return sel + w.SQL() + ` ORDER BY ` + order + limit(n, offset), slices.Concat(args, w.Args)
	},
	Scan: func(rows *sql.Rows) (vigil.Incident, error) { return scanIncident(rows) },
	Tally: func(ctx context.Context, f vigil.Filter, plan sqlq.TallyRange) (string, sqlq.Where) {
		return tallyTable(ctx, plan, nil), tallyFilter(ctx, f, plan)
	},
	Sums:  sumsTable,
	Month: `substr(i.event_date, 1, 7)`,
	Day:   `i.event_date`,
}
