package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// review is the analyst review's shared SQL (sqlreview) over this store.
// SQLite serialises every write transaction, so changes to incidents need
// no lock of their own.
func (s *Store) review() *sqlreview.Review {
	return sqlreview.New(s.shared(), s.incidentOps(s.write))
}

// recordVersions closes the current version of each incident and opens a
// new one holding its state now, when that state differs.
func recordVersions(ctx context.Context, tx *sql.Tx, ids []int64, t time.Time) error {
	return sqlreview.RecordVersions(ctx, dialect.Tx(tx), loadIncident, ids, t)
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
