package sqlfed

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// ReceivedRelationships lists the partner's relationship versions whose
// source is sourceRef.
func (f *Federation) ReceivedRelationships(ctx context.Context, partner, sourceRef string) ([]vigil.Received, error) {
	// Read when a conflict is settled, not on every pull: the partner's
	// relationships are scanned rather than indexed by source.
	out, err := f.receivedRows(ctx, `partner = ? AND type = 'relationship' AND `+f.sourceRef, partner, sourceRef)
	if err != nil {
		return nil, fmt.Errorf("%s: relationships of %s from %q: %w", f.db.Name, sourceRef, partner, err)
	}
	return out, nil
}

// ResolveConflict settles a conflict in one transaction.
func (f *Federation) ResolveConflict(ctx context.Context, r vigil.Resolution) error {
	c := r.Conflict
	if r.Accept != nil {
		if err := sqlq.CheckEvent(&r.Accept.Event); err != nil {
			return fmt.Errorf("%s: accept %s from %q: %w", f.db.Name, c.ID, c.Partner, err)
		}
		if r.Accept.ReviewState == "" {
			r.Accept.ReviewState = vigil.StateUnreviewed
		}
	}
	v := vigil.ViewerFrom(ctx)
	// The store's transaction for changes to incidents serialises this
	// with imports and every change to incidents, so what is checked here
	// holds.
	err := f.inc.InWrite(ctx, f.db.Dialect, func(tx sqlq.Tx) error {
		t := sqlq.Now()
		link, err := f.loadImportLink(ctx, tx, c.Partner, c.ID)
		if err != nil {
			return err
		}
		cur, err := f.inc.LoadAs(ctx, tx.SQL(), link.IncidentID, v)
		if err != nil {
			return err
		}
		if link.Retracted {
			return vigil.Errorf(vigil.ECONFLICT, "%s was revoked by %s meanwhile", c.ID, c.Partner)
		}
		pending, err := pendingVersions(ctx, tx, c.Partner, c.ID)
		if err != nil {
			return err
		}
		if len(pending) == 0 {
			return vigil.Errorf(vigil.ECONFLICT, "the conflict over incident %d was settled meanwhile", link.IncidentID)
		}
		if !slices.Contains(pending, c.Version) || !sameVersions(pending, r.Pending) {
			return vigil.Errorf(vigil.ECONFLICT, "%s sent another version of incident %d since the conflict was shown", c.Partner, link.IncidentID)
		}
		if !cur.UpdatedAt.Equal(r.Seen) {
			return vigil.Errorf(vigil.ECONFLICT, "incident %d changed since the conflict was shown", link.IncidentID)
		}
		e := r.Audit
		e.At, e.Object = t, fmt.Sprintf("incident:%d", link.IncidentID)
		status, settledAt := vigil.ReceivedDeclined, cur.UpdatedAt
		if r.Accept != nil {
			status = vigil.ReceivedAccepted
			if settledAt, err = f.accept(ctx, tx, cur, *r.Accept, &e, t); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE partner_objects SET status = CASE WHEN version = ? THEN ? ELSE ? END
			WHERE partner = ? AND stix_id = ? AND status = ?`,
			c.Version, status, vigil.ReceivedKept, c.Partner, c.ID, vigil.ReceivedConflict); err != nil {
			return fmt.Errorf("settle the conflicts of %s: %w", c.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE partner_incidents SET version = ?, local_updated_at = ? WHERE partner = ? AND stix_id = ?`,
			c.Version, f.db.Time(settledAt), c.Partner, c.ID); err != nil {
			return fmt.Errorf("move the link of %s: %w", c.ID, err)
		}
		return f.inc.Audit(ctx, tx.SQL(), &e)
	})
	if err != nil {
		return fmt.Errorf("%s: resolve the conflict over %s from %q: %w", f.db.Name, c.ID, c.Partner, err)
	}
	return nil
}

// accept replaces incident cur by the partner's version inc at t, records
// the change in e, and returns when the incident was updated.
func (f *Federation) accept(ctx context.Context, tx sqlq.Tx, cur, inc vigil.Incident, e *vigil.AuditEntry, t time.Time) (time.Time, error) {
	before, err := sqlreview.Snapshots(ctx, tx, f.inc.Load, []int64{cur.ID})
	if err != nil {
		return time.Time{}, err
	}
	// The partner's version as sent: the corrections made here would
	// otherwise be applied over it again.
	if _, err := tx.ExecContext(ctx, `DELETE FROM incident_corrections WHERE incident_id = ?`, cur.ID); err != nil {
		return time.Time{}, fmt.Errorf("drop corrections of incident %d: %w", cur.ID, err)
	}
	inc.ID, inc.CreatedAt = cur.ID, cur.CreatedAt
	touched, err := f.inc.Save(ctx, tx.SQL(), &inc, t)
	if err != nil {
		return time.Time{}, err
	}
	after, err := sqlreview.Snapshots(ctx, tx, f.inc.Load, []int64{cur.ID})
	if err != nil {
		return time.Time{}, err
	}
	if e.Before, err = sqlq.EncodeState(before); err != nil {
		return time.Time{}, err
	}
	if e.After, err = sqlq.EncodeState(after); err != nil {
		return time.Time{}, err
	}
	if err := sqlreview.RecordVersions(ctx, tx, f.inc.Load, append(touched, cur.ID), t); err != nil {
		return time.Time{}, err
	}
	return inc.UpdatedAt, nil
}

// pendingVersions lists the versions of a partner's incident kept as
// conflicts.
func pendingVersions(ctx context.Context, tx sqlq.Tx, partner, stixID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT version FROM partner_objects WHERE partner = ? AND stix_id = ? AND status = ?`,
		partner, stixID, vigil.ReceivedConflict)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// sameVersions reports whether a and b hold the same versions, in any
// order.
func sameVersions(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}
