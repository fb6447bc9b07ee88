package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.ConflictStore = (*Store)(nil)

// ReceivedRelationships lists the partner's relationship versions whose
// source is sourceRef.
func (s *Store) ReceivedRelationships(ctx context.Context, partner, sourceRef string) ([]vigil.Received, error) {
	// Read when a conflict is settled, not on every pull: the partner's
	// relationships are scanned rather than indexed by source.
	out, err := s.receivedRows(ctx, `partner = ? AND type = 'relationship' AND json::json->>'source_ref' = ?`, partner, sourceRef)
	if err != nil {
		return nil, fmt.Errorf("postgres: relationships of %s from %q: %w", sourceRef, partner, err)
	}
	return out, nil
}

// ResolveConflict settles a conflict in one transaction.
func (s *Store) ResolveConflict(ctx context.Context, r vigil.Resolution) error {
	c := r.Conflict
	if r.Accept != nil {
		if err := sqlq.CheckEvent(&r.Accept.Event); err != nil {
			return fmt.Errorf("postgres: accept %s from %q: %w", c.ID, c.Partner, err)
		}
		if r.Accept.ReviewState == "" {
			r.Accept.ReviewState = vigil.StateUnreviewed
		}
	}
	v := vigil.ViewerFrom(ctx)
	// The membership lock serialises this with imports and every change
	// to incidents, so what is checked here holds.
	err := s.writeMembership(ctx, func(tx *sql.Tx) error {
		t := now()
		link, err := loadImportLink(ctx, tx, c.Partner, c.ID)
		if err != nil {
			return err
		}
		cur, err := loadIncidentAs(ctx, tx, link.IncidentID, v)
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
			before, err := snapshots(ctx, tx, []int64{cur.ID})
			if err != nil {
				return err
			}
			// The partner's version as sent: the corrections made here
			// would otherwise be applied over it again.
			if _, err := tx.ExecContext(ctx, `DELETE FROM incident_corrections WHERE incident_id = $1`, cur.ID); err != nil {
				return fmt.Errorf("drop corrections of incident %d: %w", cur.ID, err)
			}
			inc := *r.Accept
			inc.ID, inc.CreatedAt = cur.ID, cur.CreatedAt
			touched, err := saveIncident(ctx, tx, &inc, t)
			if err != nil {
				return err
			}
			settledAt = inc.UpdatedAt
			after, err := snapshots(ctx, tx, []int64{cur.ID})
			if err != nil {
				return err
			}
			if e.Before, err = sqlq.EncodeState(before); err != nil {
				return err
			}
			if e.After, err = sqlq.EncodeState(after); err != nil {
				return err
			}
			if err := recordVersions(ctx, tx, append(touched, cur.ID), t); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE partner_objects SET status = CASE WHEN version = $1 THEN $2 ELSE $3 END
			WHERE partner = $4 AND stix_id = $5 AND status = $6`,
			c.Version, status, vigil.ReceivedKept, c.Partner, c.ID, vigil.ReceivedConflict); err != nil {
			return fmt.Errorf("settle the conflicts of %s: %w", c.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE partner_incidents SET version = $1, local_updated_at = $2 WHERE partner = $3 AND stix_id = $4`,
			c.Version, settledAt.UTC(), c.Partner, c.ID); err != nil {
			return fmt.Errorf("move the link of %s: %w", c.ID, err)
		}
		return insertAudit(ctx, tx, &e)
	})
	if err != nil {
		return fmt.Errorf("postgres: resolve the conflict over %s from %q: %w", c.ID, c.Partner, err)
	}
	return nil
}

// pendingVersions lists the versions of a partner's incident kept as
// conflicts.
func pendingVersions(ctx context.Context, tx *sql.Tx, partner, stixID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT version FROM partner_objects WHERE partner = $1 AND stix_id = $2 AND status = $3`, partner, stixID, vigil.ReceivedConflict)
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
