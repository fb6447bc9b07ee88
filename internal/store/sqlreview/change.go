package sqlreview

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Review runs the review methods in the transactions of the store that
// made it.
type Review struct {
	db  sqlq.DB
	inc sqlq.Incidents
}

// New returns the review methods of a store: db is its dialect and
// transactions, inc its own incident operations.
func New(db sqlq.DB, inc sqlq.Incidents) *Review {
	return &Review{db: db, inc: inc}
}

// Corrections lists an incident's analyst corrections, by field; ENOTFOUND
// when the viewer may not see the incident.
func (r *Review) Corrections(ctx context.Context, id int64) ([]vigil.Correction, error) {
	var out []vigil.Correction
	err := r.db.InRead(ctx, func(tx sqlq.Tx) error {
		if _, err := r.inc.LoadAs(ctx, tx.SQL(), id, vigil.ViewerFrom(ctx)); err != nil {
			return err
		}
		var err error
		out, err = LoadCorrections(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: corrections of incident %d: %w", r.db.Name, id, err)
	}
	return out, nil
}

// ApplyChange applies one analyst action in one transaction and audits it
// with the touched incidents' states before and after.
func (r *Review) ApplyChange(ctx context.Context, c *vigil.Change) (int64, error) {
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
		if saved[i].ReviewState == "" {
			saved[i].ReviewState = vigil.StateUnreviewed
		}
		if err := sqlq.CheckState(saved[i].ReviewState); err != nil {
			return 0, err
		}
		if err := sqlq.CheckEvent(&saved[i].Event); err != nil {
			return 0, fmt.Errorf("%s: %s: %w", r.db.Name, c.Action, err)
		}
	}
	var auditID int64
	err := r.inc.InWrite(ctx, r.db.Dialect, func(tx sqlq.Tx) error {
		t := sqlq.Now()
		touched, err := r.touched(ctx, tx, v, c, saved)
		if err != nil {
			return err
		}
		before, err := Snapshots(ctx, tx, r.inc.Load, touched)
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
			ids, err := r.inc.Save(ctx, tx.SQL(), &saved[i], t)
			if err != nil {
				return err
			}
			touched = append(touched, ids...)
		}
		for _, id := range c.Delete {
			if err := DeleteIncident(ctx, tx, id); err != nil {
				return err
			}
		}
		after, err := Snapshots(ctx, tx, r.inc.Load, touched)
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
		if err := r.inc.Audit(ctx, tx.SQL(), &entry); err != nil {
			return err
		}
		auditID = entry.ID
		return RecordVersions(ctx, tx, r.inc.Load, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: %s %s: %w", r.db.Name, c.Action, c.Object, err)
	}
	for i := range saved {
		c.Save[i].ID = saved[i].ID
	}
	return auditID, nil
}

// touched lists the incidents change c (saving saved) touches before it
// runs: those it deletes, corrects or saves and those its saved incidents
// take members from. Every one must be an incident v may see: one it may
// not is ENOTFOUND, as if it did not exist. v must also be able to see
// the markings the saved incidents will have.
func (r *Review) touched(ctx context.Context, tx sqlq.Tx, v vigil.Viewer, c *vigil.Change, saved []vigil.Incident) ([]int64, error) {
	touched := append([]int64(nil), c.Delete...)
	for _, cr := range c.Correct {
		touched = append(touched, cr.IncidentID)
	}
	for _, inc := range saved {
		touched = append(touched, inc.ID)
	}
	for _, id := range touched {
		if _, err := r.inc.LoadAs(ctx, tx.SQL(), id, v); id != 0 && err != nil {
			return nil, err
		}
	}
	for _, inc := range saved {
		from, err := owners(ctx, tx, v, inc.EventIDs)
		if err != nil {
			return nil, err
		}
		for _, id := range from {
			if _, err := r.inc.LoadAs(ctx, tx.SQL(), id, v); err != nil {
				return nil, err
			}
		}
		touched = append(touched, from...)
	}
	for _, inc := range saved {
		if !v.CanSee(inc.Marking) {
			return nil, vigil.Errorf(vigil.EINVALID, "incident %d would be marked %s, which you may not see", inc.ID, inc.Marking)
		}
	}
	return touched, nil
}

// Undo restores the incidents an audited change touched to their state
// before it: rows, members and corrections exactly as they were, incidents
// the change deleted back under their IDs, incidents it created removed. It
// refuses with ECONFLICT when any of them has changed since, so a later
// change is never lost silently.
func (r *Review) Undo(ctx context.Context, auditID int64, actor, reason string) (int64, error) {
	if actor == "" || actor == "vigil" {
		return 0, vigil.Errorf(vigil.EINVALID, "undo of audit entry %d needs the name of the analyst", auditID)
	}
	var undoID int64
	v := vigil.ViewerFrom(ctx)
	err := r.inc.InWrite(ctx, r.db.Dialect, func(tx sqlq.Tx) error {
		e, err := r.inc.AuditEntry(ctx, tx.SQL(), auditID, v)
		if err != nil {
			return err
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
			if err := r.inc.CheckVisible(ctx, tx.SQL(), id, v); err != nil {
				return err
			}
		}
		current, err := Snapshots(ctx, tx, r.inc.Load, ids)
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
		if err := r.restore(ctx, tx, ids, before); err != nil {
			return err
		}
		entry := vigil.AuditEntry{At: sqlq.Now(), Actor: actor, Action: vigil.ActionUndo, Object: e.Object,
			Reason: fmt.Sprintf("undo of audit entry %d (%s): %s", auditID, e.Action, reason), Before: e.After, After: e.Before}
		if err := r.inc.Audit(ctx, tx.SQL(), &entry); err != nil {
			return err
		}
		undoID = entry.ID
		return RecordVersions(ctx, tx, r.inc.Load, ids, entry.At)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: undo audit entry %d: %w", r.db.Name, auditID, err)
	}
	return undoID, nil
}

// restore puts the incidents ids back as the snapshots before hold them:
// those not in before are deleted, the others rewritten with their members
// and corrections.
func (r *Review) restore(ctx context.Context, tx sqlq.Tx, ids []int64, before []vigil.Snapshot) error {
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
			if err := DeleteIncident(ctx, tx, id); err != nil {
				return err
			}
		}
	}
	for _, sn := range before {
		inc := sn.Incident
		exists := true
		if _, err := r.inc.Load(ctx, tx.SQL(), inc.ID); vigil.ErrorCode(err) == vigil.ENOTFOUND {
			exists = false
		} else if err != nil {
			return err
		}
		if _, err := r.inc.Restore(ctx, tx.SQL(), &inc, !exists); err != nil {
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
	return nil
}

// AuditEntry returns one audit entry; ENOTFOUND when there is none or the
// viewer may not see it.
func (r *Review) AuditEntry(ctx context.Context, id int64) (*vigil.AuditEntry, error) {
	var e vigil.AuditEntry
	err := r.db.InRead(ctx, func(tx sqlq.Tx) error {
		var err error
		e, err = r.inc.AuditEntry(ctx, tx.SQL(), id, vigil.ViewerFrom(ctx))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: audit entry %d: %w", r.db.Name, id, err)
	}
	return &e, nil
}
