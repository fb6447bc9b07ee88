package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

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
// viewer may see, newest first; limit 0 means all. See auditFilter for
// which those are.
func (s *Store) Audit(ctx context.Context, object string, n int) ([]vigil.AuditEntry, error) {
	if err := checkPage(n, 0); err != nil {
		return nil, err
	}
	v := vigil.ViewerFrom(ctx)
	var w where
	if object != "" {
		w.add(`object = ?`, object)
	}
	if !v.All {
		// Only entries about incidents and documents can be visible to
		// anyone but the operator; the rest is decided entry by entry.
		w.add(`(object LIKE 'incident:%' OR object LIKE 'document:%')`)
	}
	query := `SELECT id, at, actor, action, object, reason, before, after FROM audit_log` + w.sql() + ` ORDER BY id DESC`
	if v.All {
		query += limit(n, 0)
	}
	var out []vigil.AuditEntry
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, w.args...)
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

// auditFilter decides which audit entries a viewer may see:
//   - the operator sees every entry;
//   - an entry about an incident ("incident:12") or a document
//     ("document:7") is visible when its object is: an incident by its
//     current marking or, once dissolved or deleted, by the marking of its
//     last version; a document by its marking;
//   - and only when every incident state the entry records (an analyst
//     change's snapshots, a dissolved incident's last state) carries a
//     marking the viewer may see, so a merge across markings shows the
//     hidden side to no one but those who may see it;
//   - entries about anything else (accounts, feeds, the machine's runs)
//     are the operator's alone.
type auditFilter struct {
	v       vigil.Viewer
	objects map[string]bool // object -> visible, for entries sharing one
}

func newAuditFilter(v vigil.Viewer) *auditFilter {
	return &auditFilter{v: v, objects: map[string]bool{}}
}

func (f *auditFilter) visible(ctx context.Context, tx *sql.Tx, e vigil.AuditEntry) (bool, error) {
	if f.v.All {
		return true, nil
	}
	ok, seen := f.objects[e.Object]
	if !seen {
		m, found, err := objectMarking(ctx, tx, e.Object)
		if err != nil {
			return false, err
		}
		ok = found && f.v.CanSee(m)
		f.objects[e.Object] = ok
	}
	if !ok {
		return false, nil
	}
	for _, state := range []string{e.Before, e.After} {
		for _, m := range recordedMarkings(state) {
			if !f.v.CanSee(m) {
				return false, nil
			}
		}
	}
	return true, nil
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
		var tlp, owner, recipients string
		err := tx.QueryRowContext(ctx, q, id).Scan(&tlp, &owner, &recipients)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return vigil.Marking{}, false, fmt.Errorf("marking of %s: %w", object, err)
		}
		return marksql.Marking(tlp, owner, recipients), true, nil
	}
	return vigil.Marking{}, false, nil
}

// recordedMarkings returns the markings of the incident states an audit
// entry's before or after holds: a list of snapshots (analyst changes) or
// one incident (the machine's detach and dissolve). States recorded before
// markings existed have none, and are CLEAR as their incidents were.
func recordedMarkings(state string) []vigil.Marking {
	state = strings.TrimSpace(state)
	var out []vigil.Marking
	switch {
	case strings.HasPrefix(state, "["):
		var sns []vigil.Snapshot
		if json.Unmarshal([]byte(state), &sns) == nil {
			for _, sn := range sns {
				out = append(out, sn.Incident.Marking.OrClear())
			}
		}
	case strings.HasPrefix(state, "{"):
		var inc vigil.Incident
		if json.Unmarshal([]byte(state), &inc) == nil {
			out = append(out, inc.Marking.OrClear())
		}
	}
	return out
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
