package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// AddAudit appends one entry to the audit log. Actor and Action are
// required; At defaults to now.
func (s *Store) AddAudit(ctx context.Context, e vigil.AuditEntry) error {
	if e.Actor == "" || e.Action == "" {
		return vigil.Errorf(vigil.EINVALID, "audit entry for %q needs an actor and an action", e.Object)
	}
	if e.At.IsZero() {
		e.At = now()
	}
	if err := s.write(ctx, func(tx *sql.Tx) error { return insertAudit(ctx, tx, &e) }); err != nil {
		return fmt.Errorf("postgres: add audit entry %s %s: %w", e.Action, e.Object, err)
	}
	return nil
}

func insertAudit(ctx context.Context, tx *sql.Tx, e *vigil.AuditEntry) error {
	err := tx.QueryRowContext(ctx, `INSERT INTO audit_log(at, actor, action, object, reason, before, after)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		nullTime(e.At), e.Actor, e.Action, e.Object, e.Reason, e.Before, e.After).Scan(&e.ID)
	if err != nil {
		return fmt.Errorf("insert audit entry: %w", err)
	}
	return nil
}

// Audit lists the audit entries of object (all objects when empty), newest
// first; limit 0 means all.
func (s *Store) Audit(ctx context.Context, object string, n int) ([]vigil.AuditEntry, error) {
	if err := checkPage(n, 0); err != nil {
		return nil, err
	}
	var w where
	if object != "" {
		w.add(`object = ?`, object)
	}
	query := `SELECT id, at, actor, action, object, reason, before, after FROM audit_log` + w.sql() + ` ORDER BY id DESC` + limit(n, 0)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.AuditEntry, error) {
		var e vigil.AuditEntry
		var at sql.NullTime
		err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Object, &e.Reason, &e.Before, &e.After)
		e.At = timeOf(at)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list audit of %q: %w", object, err)
	}
	return out, nil
}
