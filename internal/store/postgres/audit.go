package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/marksql"
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

// Audit lists the audit entries of object (all objects when empty) that the
// viewer may see (see auditVisible), newest first; limit 0 means all.
func (s *Store) Audit(ctx context.Context, object string, n int) ([]vigil.AuditEntry, error) {
	if err := checkPage(n, 0); err != nil {
		return nil, err
	}
	var w where
	if object != "" {
		w.add(`a.object = ?`, object)
	}
	auditVisible(ctx, &w)
	query := `SELECT a.id, a.at, a.actor, a.action, a.object, a.reason, a.before, a.after FROM audit_log a` + w.sql() +
		` ORDER BY a.id DESC` + limit(n, 0)
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

// auditVisible adds to w, for the audit log aliased a, the condition that
// keeps the entries the viewer of ctx may see: those about an incident or a
// document they may see. Entries about anything else (accounts, tokens,
// feeds, incidents since dissolved) are the operator's alone.
func auditVisible(ctx context.Context, w *where) {
	v := vigil.ViewerFrom(ctx)
	if v.All {
		return
	}
	incCond, incArgs := marksql.Visible(marksql.Postgres, "i", v)
	docCond, docArgs := marksql.Visible(marksql.Postgres, "d", v)
	// The object's ID is read only from an object that is exactly a kind,
	// a colon and digits, so the cast cannot fail.
	w.add(`(EXISTS (SELECT 1 FROM incidents i
			WHERE i.id = CASE WHEN a.object ~ '^incident:[0-9]{1,18}$' THEN substr(a.object, 10)::bigint END AND `+incCond+`)
		OR EXISTS (SELECT 1 FROM documents d
			WHERE d.id = CASE WHEN a.object ~ '^document:[0-9]{1,18}$' THEN substr(a.object, 10)::bigint END AND `+docCond+`))`,
		append(incArgs, docArgs...)...)
}
