package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// loadCorrections reads an incident's corrections in field order.
func loadCorrections(ctx context.Context, tx *sql.Tx, id int64) ([]vigil.Correction, error) {
	rows, err := tx.QueryContext(ctx, `SELECT field, value FROM incident_corrections WHERE incident_id = ? ORDER BY field`, id)
	if err != nil {
		return nil, fmt.Errorf("load corrections of incident %d: %w", id, err)
	}
	defer rows.Close()
	var out []vigil.Correction
	for rows.Next() {
		c := vigil.Correction{IncidentID: id}
		if err := rows.Scan(&c.Field, &c.Value); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Corrections lists an incident's analyst corrections, by field; ENOTFOUND
// when the viewer may not see the incident.
func (s *Store) Corrections(ctx context.Context, id int64) ([]vigil.Correction, error) {
	var out []vigil.Correction
	err := s.read(ctx, func(tx *sql.Tx) error {
		if _, err := loadIncidentAs(ctx, tx, id, vigil.ViewerFrom(ctx)); err != nil {
			return err
		}
		var err error
		out, err = loadCorrections(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: corrections of incident %d: %w", id, err)
	}
	return out, nil
}

// analystWork reports whether a person has reviewed, corrected, merged or
// split the incident: such an incident is never dissolved by the machine.
func analystWork(ctx context.Context, tx *sql.Tx, id int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM incidents WHERE id = ? AND review_state != 'unreviewed') +
		(SELECT count(*) FROM incident_corrections WHERE incident_id = ?) +
		(SELECT count(*) FROM audit_log WHERE object = ? AND actor != 'vigil')`,
		id, id, fmt.Sprintf("incident:%d", id)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up analyst work on incident %d: %w", id, err)
	}
	return n > 0, nil
}

// recordVersions closes the current version of each incident and opens a
// new one holding its state now, when that state differs; an incident that
// no longer exists just has its version closed.
func recordVersions(ctx context.Context, tx *sql.Tx, ids []int64, t time.Time) error {
	done := map[int64]bool{}
	for _, id := range ids {
		if done[id] {
			continue
		}
		done[id] = true
		var current string
		err := tx.QueryRowContext(ctx, `SELECT json FROM incident_versions WHERE incident_id = ? AND valid_to IS NULL`, id).Scan(&current)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("load version of incident %d: %w", id, err)
		}
		inc, err := loadIncident(ctx, tx, id)
		exists := err == nil
		if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
			return err
		}
		var js []byte
		if exists {
			if js, err = json.Marshal(inc); err != nil {
				return fmt.Errorf("encode incident %d: %w", id, err)
			}
			if string(js) == current {
				continue
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incident_versions SET valid_to = ? WHERE incident_id = ? AND valid_to IS NULL`,
			formatTime(t), id); err != nil {
			return fmt.Errorf("close version of incident %d: %w", id, err)
		}
		if exists {
			args := append([]any{id, formatTime(t), string(js)}, markingValues(inc.Marking)...)
			if _, err := tx.ExecContext(ctx, `INSERT INTO incident_versions (incident_id, valid_from, json, tlp, owner, recipients, origin)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, append(args, inc.Origin)...); err != nil {
				return fmt.Errorf("record version of incident %d: %w", id, err)
			}
		}
	}
	return nil
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

// AuditEntry returns one audit entry; ENOTFOUND when the viewer may not
// see it (see Audit).
func (s *Store) AuditEntry(ctx context.Context, id int64) (*vigil.AuditEntry, error) {
	var e vigil.AuditEntry
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if e, err = loadAudit(ctx, tx, id); err != nil {
			return err
		}
		ok, err := newAuditFilter(vigil.ViewerFrom(ctx)).visible(ctx, tx, e)
		if err == nil && !ok {
			err = vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", id)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: audit entry %d: %w", id, err)
	}
	return &e, nil
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

// snapshots reads the state of each incident that exists, in ID order.
func snapshots(ctx context.Context, tx *sql.Tx, ids []int64) ([]vigil.Snapshot, error) {
	ids = sqlq.UniqueSorted(ids)
	var out []vigil.Snapshot
	for _, id := range ids {
		inc, err := loadIncident(ctx, tx, id)
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		cs, err := loadCorrections(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, vigil.Snapshot{Incident: inc, Corrections: cs})
	}
	return out, nil
}

// owners lists the incidents the events are in now. An event of a document
// v may not see is refused as if it did not exist.
func owners(ctx context.Context, tx *sql.Tx, v vigil.Viewer, events []int64) ([]int64, error) {
	var out []int64
	vis, args := marksql.Visible(marksql.SQLite, "d", v)
	for _, ev := range events {
		var inc sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT e.incident_id FROM events e JOIN documents d ON d.id = e.document_id
			WHERE e.id = ? AND `+vis, append([]any{ev}, args...)...).Scan(&inc)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, vigil.Errorf(vigil.EINVALID, "member event %d does not exist", ev)
		}
		if err != nil {
			return nil, fmt.Errorf("find event %d: %w", ev, err)
		}
		if inc.Valid {
			out = append(out, inc.Int64)
		}
	}
	return out, nil
}

// ApplyChange applies one analyst action in one transaction and audits it
// with the touched incidents' states before and after.
func (s *Store) ApplyChange(ctx context.Context, c *vigil.Change) (int64, error) {
	if c.Actor == "" || c.Actor == "vigil" {
		return 0, vigil.Errorf(vigil.EINVALID, "%s of %s needs the name of the analyst", c.Action, c.Object)
	}
	if c.Action == "" {
		return 0, vigil.Errorf(vigil.EINVALID, "a change to %s needs an action", c.Object)
	}
	for _, cr := range c.Correct {
		if err := vigil.CheckCorrection(cr); err != nil {
			return 0, err
		}
	}
	saved := append([]vigil.Incident(nil), c.Save...)
	v := vigil.ViewerFrom(ctx)
	for i := range saved {
		m, err := marksql.Check(fmt.Sprintf("%s of %s: incident %d", c.Action, c.Object, saved[i].ID), saved[i].Marking)
		if err != nil {
			return 0, err
		}
		saved[i].Marking = m
		switch saved[i].ReviewState {
		case "":
			saved[i].ReviewState = vigil.StateUnreviewed
		case vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected:
		default:
			return 0, vigil.Errorf(vigil.EINVALID, "review state %q is not one of unreviewed, verified, rejected", saved[i].ReviewState)
		}
		if err := sqlq.CheckEvent(&saved[i].Event); err != nil {
			return 0, fmt.Errorf("sqlite: %s: %w", c.Action, err)
		}
	}
	var auditID int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		t := now()
		touched := append([]int64(nil), c.Delete...)
		for _, cr := range c.Correct {
			touched = append(touched, cr.IncidentID)
		}
		for _, inc := range saved {
			touched = append(touched, inc.ID)
		}
		// Every incident the change touches must be one the analyst may
		// see: one it may not is ENOTFOUND, as if it did not exist. So
		// must the members it takes from other incidents.
		for _, id := range touched {
			if _, err := loadIncidentAs(ctx, tx, id, v); id != 0 && err != nil {
				return err
			}
		}
		for _, inc := range saved {
			from, err := owners(ctx, tx, v, inc.EventIDs)
			if err != nil {
				return err
			}
			for _, id := range from {
				if _, err := loadIncidentAs(ctx, tx, id, v); err != nil {
					return err
				}
			}
			touched = append(touched, from...)
		}
		for _, inc := range saved {
			if !v.CanSee(inc.Marking) {
				return vigil.Errorf(vigil.EINVALID, "incident %d would be marked %s, which you may not see", inc.ID, inc.Marking)
			}
		}
		before, err := snapshots(ctx, tx, touched)
		if err != nil {
			return err
		}
		for _, cr := range c.Correct {
			if _, err := tx.ExecContext(ctx, `INSERT INTO incident_corrections (incident_id, field, value) VALUES (?, ?, ?)
				ON CONFLICT (incident_id, field) DO UPDATE SET value = excluded.value`, cr.IncidentID, cr.Field, cr.Value); err != nil {
				return fmt.Errorf("record correction: %w", err)
			}
		}
		for i := range saved {
			if saved[i].CreatedAt.IsZero() {
				saved[i].CreatedAt = t
			}
			ids, err := saveIncident(ctx, tx, &saved[i], t)
			if err != nil {
				return err
			}
			touched = append(touched, ids...)
		}
		for _, id := range c.Delete {
			if err := deleteIncident(ctx, tx, id); err != nil {
				return err
			}
		}
		after, err := snapshots(ctx, tx, touched)
		if err != nil {
			return err
		}
		entry := vigil.AuditEntry{At: t, Actor: c.Actor, Action: c.Action, Object: c.Object, Reason: c.Reason}
		if entry.Before, err = sqlq.EncodeState(before); err != nil {
			return err
		}
		if entry.After, err = sqlq.EncodeState(after); err != nil {
			return err
		}
		if err := insertAudit(ctx, tx, &entry); err != nil {
			return err
		}
		auditID = entry.ID
		return recordVersions(ctx, tx, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: %s %s: %w", c.Action, c.Object, err)
	}
	for i := range saved {
		c.Save[i].ID = saved[i].ID
	}
	return auditID, nil
}

// deleteIncident removes an incident that has no member left.
func deleteIncident(ctx context.Context, tx *sql.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = ?`, id).Scan(&n); err != nil {
		return fmt.Errorf("count members of incident %d: %w", id, err)
	}
	if n > 0 {
		return vigil.Errorf(vigil.ECONFLICT, "incident %d still has %d member events", id, n)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incident_corrections WHERE incident_id = ?`, id); err != nil {
		return fmt.Errorf("delete corrections of incident %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete incident %d: %w", id, err)
	}
	return nil
}

// Undo restores the incidents an audited change touched to their state
// before it: rows, members and corrections exactly as they were, incidents
// the change deleted back under their IDs, incidents it created removed. It
// refuses with ECONFLICT when any of them has changed since, so a later
// change is never lost silently.
func (s *Store) Undo(ctx context.Context, auditID int64, actor, reason string) (int64, error) {
	if actor == "" || actor == "vigil" {
		return 0, vigil.Errorf(vigil.EINVALID, "undo of audit entry %d needs the name of the analyst", auditID)
	}
	var undoID int64
	v := vigil.ViewerFrom(ctx)
	err := s.write(ctx, func(tx *sql.Tx) error {
		e, err := loadAudit(ctx, tx, auditID)
		if err != nil {
			return err
		}
		if ok, err := newAuditFilter(v).visible(ctx, tx, e); err != nil {
			return err
		} else if !ok {
			return vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", auditID)
		}
		var before, after []vigil.Snapshot
		if e.Actor == "vigil" || json.Unmarshal([]byte(e.Before), &before) != nil || json.Unmarshal([]byte(e.After), &after) != nil {
			return vigil.Errorf(vigil.EINVALID, "audit entry %d (%s by %s) is not an analyst change that can be undone", auditID, e.Action, e.Actor)
		}
		var ids []int64
		for _, sn := range append(append([]vigil.Snapshot(nil), before...), after...) {
			ids = append(ids, sn.Incident.ID)
		}
		// Undo touches every incident of the entry, as it is now and as
		// it will be again: the analyst must be able to see all of them.
		for _, id := range ids {
			if err := checkVisible(ctx, tx, id, v); err != nil {
				return err
			}
		}
		current, err := snapshots(ctx, tx, ids)
		if err != nil {
			return err
		}
		a, err := sqlq.EncodeState(after)
		if err != nil {
			return err
		}
		b, err := sqlq.EncodeState(current)
		if err != nil {
			return err
		}
		if !bytes.Equal([]byte(a), []byte(b)) {
			return vigil.Errorf(vigil.ECONFLICT, "the incidents of audit entry %d have changed since; undo the later changes first", auditID)
		}

		// Free every member first, so restoring one incident cannot take
		// events another restored incident still holds.
		was := map[int64]bool{}
		for _, sn := range before {
			was[sn.Incident.ID] = true
		}
		for _, id := range sqlq.UniqueSorted(ids) {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE incident_id = ?`, id); err != nil {
				return fmt.Errorf("free members of incident %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM incident_corrections WHERE incident_id = ?`, id); err != nil {
				return fmt.Errorf("clear corrections of incident %d: %w", id, err)
			}
			if !was[id] {
				if err := deleteIncident(ctx, tx, id); err != nil {
					return err
				}
			}
		}
		for _, sn := range before {
			inc := sn.Incident
			exists := true
			if _, err := loadIncident(ctx, tx, inc.ID); vigil.ErrorCode(err) == vigil.ENOTFOUND {
				exists = false
			} else if err != nil {
				return err
			}
			if _, err := writeIncident(ctx, tx, &inc, !exists); err != nil {
				return fmt.Errorf("restore incident %d: %w", inc.ID, err)
			}
			for _, ev := range inc.EventIDs {
				res, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = ? WHERE id = ?`, inc.ID, ev)
				if err != nil {
					return fmt.Errorf("restore member %d of incident %d: %w", ev, inc.ID, err)
				}
				if n, _ := res.RowsAffected(); n == 0 {
					return vigil.Errorf(vigil.ECONFLICT, "event %d of incident %d no longer exists; it was extracted again", ev, inc.ID)
				}
			}
			for _, cr := range sn.Corrections {
				if _, err := tx.ExecContext(ctx, `INSERT INTO incident_corrections (incident_id, field, value) VALUES (?, ?, ?)`,
					inc.ID, cr.Field, cr.Value); err != nil {
					return fmt.Errorf("restore correction of incident %d: %w", inc.ID, err)
				}
			}
		}
		entry := vigil.AuditEntry{At: now(), Actor: actor, Action: vigil.ActionUndo, Object: e.Object,
			Reason: fmt.Sprintf("undo of audit entry %d (%s): %s", auditID, e.Action, reason), Before: e.After, After: e.Before}
		if err := insertAudit(ctx, tx, &entry); err != nil {
			return err
		}
		undoID = entry.ID
		return recordVersions(ctx, tx, ids, entry.At)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: undo audit entry %d: %w", auditID, err)
	}
	return undoID, nil
}
