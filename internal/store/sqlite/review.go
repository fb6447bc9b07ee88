package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// review is the analyst review's shared SQL (sqlreview) over this store.
// SQLite serialises every write transaction, so changes to incidents need
// no lock of their own.
func (s *Store) review() *sqlreview.Review {
	return sqlreview.New(s.shared(), s.incidentOps(s.write))
}

// loadCorrections reads an incident's corrections in field order.
func loadCorrections(ctx context.Context, tx *sql.Tx, id int64) ([]vigil.Correction, error) {
	return sqlreview.LoadCorrections(ctx, dialect.Tx(tx), id)
}

// analystWork reports whether a person has reviewed, corrected, merged or
// split the incident: such an incident is never dissolved by the machine.
func analystWork(ctx context.Context, tx *sql.Tx, id int64) (bool, error) {
	return sqlreview.AnalystWork(ctx, dialect.Tx(tx), id)
}

// recordVersions closes the current version of each incident and opens a
// new one holding its state now, when that state differs.
func recordVersions(ctx context.Context, tx *sql.Tx, ids []int64, t time.Time) error {
	return sqlreview.RecordVersions(ctx, dialect.Tx(tx), loadIncident, ids, t)
}

// Corrections lists an incident's analyst corrections, by field; ENOTFOUND
// when the viewer may not see the incident.
func (s *Store) Corrections(ctx context.Context, id int64) ([]vigil.Correction, error) {
	return s.review().Corrections(ctx, id)
}

// ApplyChange applies one analyst action in one transaction and audits it
// with the touched incidents' states before and after.
func (s *Store) ApplyChange(ctx context.Context, c *vigil.Change) (int64, error) {
	return s.review().ApplyChange(ctx, c)
}

// Undo restores the incidents an audited change touched to their state
// before it; see sqlreview.Review.Undo.
func (s *Store) Undo(ctx context.Context, auditID int64, actor, reason string) (int64, error) {
	return s.review().Undo(ctx, auditID, actor, reason)
}

// AuditEntry returns one audit entry; ENOTFOUND when there is none or the
// viewer may not see it (see Audit).
func (s *Store) AuditEntry(ctx context.Context, id int64) (*vigil.AuditEntry, error) {
	return s.review().AuditEntry(ctx, id)
}

// IncidentsAsOf lists the incidents as they were stored at the instant at,
// matching f, newest event date first as Incidents lists them. The viewer
// sees the versions whose marking (the one the incident had then) it may
// see.
func (s *Store) IncidentsAsOf(ctx context.Context, at time.Time, f vigil.Filter) ([]vigil.Incident, error) {
	if f.Text != "" {
		return nil, vigil.Errorf(vigil.EINVALID, "a text query cannot be asked of past incidents")
	}
	if _, err := eventFilter(f, "i"); err != nil { // checks dates and paging
		return nil, err
	}
	stamp := formatTime(at)
	w := where{conds: []string{`v.valid_from <= ?`, `(v.valid_to IS NULL OR v.valid_to > ?)`}, args: []any{stamp, stamp}}
	w.addVisible(ctx, "v")
	var out []vigil.Incident
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT v.incident_id, v.json, v.tlp, v.owner, v.recipients, v.origin
			FROM incident_versions v`+w.sql(), w.args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var js, tlp, owner, recipients, origin string
			if err := rows.Scan(&id, &js, &tlp, &owner, &recipients, &origin); err != nil {
				return err
			}
			var inc vigil.Incident
			if err := json.Unmarshal([]byte(js), &inc); err != nil {
				return fmt.Errorf("decode version of incident %d: %w", id, err)
			}
			// The columns are what the filter read; versions stored
			// before markings existed have none in their JSON.
			inc.Marking, inc.Origin = marksql.Marking(tlp, owner, recipients), origin
			if f.Matches(&inc) {
				out = append(out, inc)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: incidents as of %s: %w", stamp, err)
	}
	sqlq.SortIncidents(out)
	if f.Offset >= len(out) {
		return nil, nil
	}
	out = out[f.Offset:]
	if f.Limit > 0 && f.Limit < len(out) {
		out = out[:f.Limit]
	}
	return out, nil
}

// visibleAudit reads audit entry id as v may see it; ENOTFOUND when there
// is none or v may not see it (see Audit).
func visibleAudit(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.AuditEntry, error) {
	e, err := loadAudit(ctx, tx, id)
	if err != nil {
		return vigil.AuditEntry{}, err
	}
	ok, err := newAuditFilter(v).visible(ctx, tx, e)
	if err != nil {
		return vigil.AuditEntry{}, err
	}
	if !ok {
		return vigil.AuditEntry{}, vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", id)
	}
	return e, nil
}

func loadAudit(ctx context.Context, tx *sql.Tx, id int64) (vigil.AuditEntry, error) {
	var e vigil.AuditEntry
	var at string
	err := tx.QueryRowContext(ctx, `SELECT id, at, actor, action, object, reason, before, after FROM audit_log WHERE id = ?`, id).
		Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Object, &e.Reason, &e.Before, &e.After)
	if errors.Is(err, sql.ErrNoRows) {
		return e, vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", id)
	}
	if err != nil {
		return e, err
	}
	e.At, err = parseTime(at)
	return e, err
}
