package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

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
		return fmt.Errorf("sqlite: add audit entry %s %s: %w", e.Action, e.Object, err)
	}
	return nil
}

func insertAudit(ctx context.Context, tx *sql.Tx, e *vigil.AuditEntry) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO audit_log(at, actor, action, object, reason, before, after)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, formatTime(e.At), e.Actor, e.Action, e.Object, e.Reason, e.Before, e.After)
	if err != nil {
		return fmt.Errorf("insert audit entry: %w", err)
	}
	e.ID, err = res.LastInsertId()
	return err
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
		w.Add(`object = ?`, object)
	}
	if !v.All {
		// Only entries about incidents and documents can be visible to
		// anyone but the operator; the rest is decided entry by entry.
		w.Add(`(object LIKE 'incident:%' OR object LIKE 'document:%')`)
	}
	query := `SELECT id, at, actor, action, object, reason, before, after FROM audit_log` + w.SQL() + ` ORDER BY id DESC`
	if v.All {
		query += limit(n, 0)
	}
	var out []vigil.AuditEntry
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, w.Args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		filter := newAuditFilter(v)
		for rows.Next() && (n == 0 || len(out) < n) {
			var e vigil.AuditEntry
			var at string
			if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Object, &e.Reason, &e.Before, &e.After); err != nil {
				return err
			}
			if e.At, err = parseTime(at); err != nil {
				return err
			}
			ok, err := filter.visible(ctx, tx, e)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, e)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list audit of %q: %w", object, err)
	}
	return out, nil
}

// auditFilter decides which audit entries a viewer may see, by
// marksql.AuditVisible, looking up each object's marking once: an
// incident's current marking or, once dissolved or deleted, the marking of
// its last version; a document's marking.
type auditFilter struct {
	v       vigil.Viewer
	objects map[string]objectSeen // by object, for entries sharing one
}

// objectSeen is an audit object's marking, and whether vigil knows the
// object at all.
type objectSeen struct {
	marking vigil.Marking
	known   bool
}

func newAuditFilter(v vigil.Viewer) *auditFilter {
	return &auditFilter{v: v, objects: map[string]objectSeen{}}
}

func (f *auditFilter) visible(ctx context.Context, tx *sql.Tx, e vigil.AuditEntry) (bool, error) {
	if f.v.All {
		return true, nil
	}
	o, seen := f.objects[e.Object]
	if !seen {
		m, known, err := objectMarking(ctx, tx, e.Object)
		if err != nil {
			return false, err
		}
		o = objectSeen{m, known}
		f.objects[e.Object] = o
	}
	return marksql.AuditVisible(f.v, e, o.marking, o.known), nil
}

// objectMarking returns the marking of an audit entry's object, and false
// when the object is not an incident or document vigil knows.
func objectMarking(ctx context.Context, tx *sql.Tx, object string) (vigil.Marking, bool, error) {
	kind, num, _ := strings.Cut(object, ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil {
		return vigil.Marking{}, false, nil
	}
	var queries []string
	switch kind {
	case "incident":
		queries = []string{`SELECT tlp, owner, recipients FROM incidents WHERE id = ?`,
			`SELECT tlp, owner, recipients FROM incident_versions WHERE incident_id = ? ORDER BY valid_from DESC LIMIT 1`}
	case "document":
		queries = []string{`SELECT tlp, owner, recipients FROM documents WHERE id = ?`}
	}
	for _, q := range queries {
		var m marksql.Scanned
		err := tx.QueryRowContext(ctx, q, id).Scan(m.Dest()...)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return vigil.Marking{}, false, fmt.Errorf("marking of %s: %w", object, err)
		}
		return m.Marking(), true, nil
	}
	return vigil.Marking{}, false, nil
}

// checkVisible returns ENOTFOUND when incident id exists and v may not see
// it; nil when v may, or when it does not exist (an undo recreates it).
func checkVisible(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) error {
	m, found, err := objectMarking(ctx, tx, fmt.Sprintf("incident:%d", id))
	if err != nil {
		return err
	}
	if found && !v.CanSee(m) {
		return vigil.Errorf(vigil.ENOTFOUND, "incident %d not found", id)
	}
	return nil
}
