package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
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
// viewer may see, newest first; limit 0 means all. See
// marksql.AuditVisible for which those are.
func (s *Store) Audit(ctx context.Context, object string, n int) ([]vigil.AuditEntry, error) {
	if err := sqlq.CheckPage(n, 0); err != nil {
		return nil, err
	}
	v := vigil.ViewerFrom(ctx)
	var w sqlq.Where
	if object != "" {
		w.Add(`a.object = ?`, object)
	}
	if !v.All {
		// Only entries about incidents and documents can be visible to
		// anyone but the operator; the rest is decided entry by entry.
		w.Add(`(a.object LIKE 'incident:%' OR a.object LIKE 'document:%')`)
	}
	query := auditSelect + w.SQL() + ` ORDER BY a.id DESC`
	if v.All {
		// The operator sees every entry: no object's marking to look up.
		query = auditSelectAll + w.SQL() + ` ORDER BY a.id DESC` + limit(n, 0)
	}
	var out []vigil.AuditEntry
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, rebind(query), w.Args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() && (n == 0 || len(out) < n) {
			a, err := scanAudit(rows)
			if err != nil {
				return err
			}
			if marksql.AuditVisible(v, a.AuditEntry, a.object, a.known) {
				out = append(out, a.AuditEntry)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list audit of %q: %w", object, err)
	}
	return out, nil
}

// auditSelect reads audit entries (aliased a) with the marking of each
// one's object: an incident's current marking or, once it is dissolved or
// deleted, the marking of its last version; a document's marking; NULL for
// any other object. The object's ID is read only from an object that is
// exactly a kind, a colon and digits, so the cast cannot fail.
const auditSelect = `SELECT a.id, a.at, a.actor, a.action, a.object, a.reason, a.before, a.after, m.tlp, m.owner, m.recipients
	FROM audit_log a LEFT JOIN LATERAL (
		SELECT o.tlp, o.owner, o.recipients FROM (
			SELECT 1 AS rank, i.tlp, i.owner, i.recipients FROM incidents i
			WHERE a.object ~ '^incident:[0-9]{1,18}$' AND i.id = substr(a.object, 10)::bigint
			UNION ALL
			(SELECT 2, v.tlp, v.owner, v.recipients FROM incident_versions v
			WHERE a.object ~ '^incident:[0-9]{1,18}$' AND v.incident_id = substr(a.object, 10)::bigint
			ORDER BY v.valid_from DESC LIMIT 1)
			UNION ALL
			SELECT 3, d.tlp, d.owner, d.recipients FROM documents d
			WHERE a.object ~ '^document:[0-9]{1,18}$' AND d.id = substr(a.object, 10)::bigint
		) o ORDER BY o.rank LIMIT 1
	) m ON TRUE`

// auditSelectAll reads audit entries as auditSelect does, without their
// objects' markings.
const auditSelectAll = `SELECT a.id, a.at, a.actor, a.action, a.object, a.reason, a.before, a.after,
	NULL::text, NULL::text, NULL::text FROM audit_log a`

// auditRow is an audit entry and the marking of its object, if it is an
// incident or a document vigil knows.
type auditRow struct {
	vigil.AuditEntry
	object vigil.Marking
	known  bool
}

func scanAudit(row interface{ Scan(...any) error }) (auditRow, error) {
	var a auditRow
	var at sql.NullTime
	var tlp, owner, recipients sql.NullString
	if err := row.Scan(&a.ID, &at, &a.Actor, &a.Action, &a.Object, &a.Reason, &a.Before, &a.After,
		&tlp, &owner, &recipients); err != nil {
		return a, err
	}
	a.At = timeOf(at)
	a.known = tlp.Valid
	a.object = marksql.Marking(tlp.String, owner.String, recipients.String)
	return a, nil
}

// checkVisible returns ENOTFOUND when incident id exists (or existed) and v
// may not see it, by its current marking or its last version's; nil when v
// may, or when it never existed.
func checkVisible(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) error {
	var m marksql.Scanned
	err := tx.QueryRowContext(ctx, `SELECT o.tlp, o.owner, o.recipients FROM (
			SELECT 1 AS rank, tlp, owner, recipients FROM incidents WHERE id = $1
			UNION ALL
			(SELECT 2, tlp, owner, recipients FROM incident_versions WHERE incident_id = $1 ORDER BY valid_from DESC LIMIT 1)
		) o ORDER BY o.rank LIMIT 1`, id).Scan(m.Dest()...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("marking of incident %d: %w", id, err)
	}
	if !v.CanSee(m.Marking()) {
		return vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", id)
	}
	return nil
}
