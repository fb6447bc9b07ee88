package postgres

import (
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
)

// dialect is what the SQL the stores share (sqlq, sqljobs, sqlfed) needs
// to know of PostgreSQL: numbered placeholders, times as timestamptz in
// UTC.
var dialect = sqlq.Dialect{
	Name:   "postgres",
	Rebind: rebind,
	Time:   func(t time.Time) any { return t.UTC() },
}

// shared is the store as the shared SQL sees it: the dialect and the
// store's transactions.
func (s *Store) shared() sqlq.DB {
	return sqlq.DB{Dialect: dialect, Read: s.read, Write: s.write}
}
