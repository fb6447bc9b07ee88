package postgres

import (
	"context"
	"database/sql"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
)

// dialect is what the SQL the stores share (sqlq, sqljobs, sqlfed,
// sqlreview) needs to know of PostgreSQL: numbered placeholders, times as
// timestamptz in UTC at the microsecond PostgreSQL keeps (pgx truncates a
// time to it too; truncating here says so).
var dialect = sqlq.Dialect{
	Name:   "postgres",
	Rebind: rebind,
	Time:   func(t time.Time) any { return t.UTC().Truncate(time.Microsecond) },
	Marks:  marksql.Postgres,
}

// shared is the store as the shared SQL sees it: the dialect and the
// store's transactions.
func (s *Store) shared() sqlq.DB {
	return sqlq.DB{Dialect: dialect, Read: s.read, Write: s.write}
}

// incidentOps lends the store's incident operations to the shared SQL,
// with write as the transaction for changes to incidents.
func (s *Store) incidentOps(write func(ctx context.Context, fn func(*sql.Tx) error) error) sqlq.Incidents {
	return sqlq.Incidents{
		Write:        write,
		Load:         loadIncident,
		LoadAs:       loadIncidentAs,
		Save:         saveIncident,
		Restore:      writeIncident,
		CheckVisible: checkVisible,
		Audit:        insertAudit,
		AuditEntry:   visibleAudit,
	}
}
