package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// review is the analyst review's shared SQL (sqlreview) over this store.
// Changes run under the membership lock
// (writeMembership), which serialises them with every other change to
// incidents.
func (s *Store) review() *sqlreview.Review {
	return sqlreview.New(s.shared(), s.incidentOps(s.writeMembership))
}

// recordVersions closes the current version of each incident and opens a
// new one holding its state now, when that state differs.
func recordVersions(ctx context.Context, tx *sql.Tx, ids []int64, t time.Time) error {
	return sqlreview.RecordVersions(ctx, dialect.Tx(tx), loadIncident, ids, t)
}

// visibleAudit reads audit entry id as v may see it; ENOTFOUND when there
// is none or v may not see it (see Audit).
func visibleAudit(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.AuditEntry, error) {
	a, err := loadAudit(ctx, tx, id)
	if err != nil {
		return vigil.AuditEntry{}, err
	}
	if !marksql.AuditVisible(v, a.AuditEntry, a.object, a.known) {
		return vigil.AuditEntry{}, vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", id)
	}
	return a.AuditEntry, nil
}

// loadAudit reads one audit entry with its object's marking, whoever asks;
// callers decide who may see it (marksql.AuditVisible).
func loadAudit(ctx context.Context, tx *sql.Tx, id int64) (auditRow, error) {
	a, err := scanAudit(tx.QueryRowContext(ctx, auditSelect+` WHERE a.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, vigil.Errorf(vigil.ENOTFOUND, "audit entry %d not found", id)
	}
	return a, err
}
