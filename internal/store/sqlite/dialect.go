package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
)

// dialect is what the SQL the stores share (sqlq, sqljobs, sqlfed,
// sqlreview) needs to know of SQLite: ? placeholders as they are, times as
// fixed-width text (formatTime).
var dialect = sqlq.Dialect{
	Name:      "sqlite",
	Time:      func(t time.Time) any { return formatTime(t) },
	ParseTime: parseTime,
	Marks:     marksql.SQLite,
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
