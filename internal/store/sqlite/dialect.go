package sqlite

import (
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
)

// dialect is what the SQL the stores share (sqlq, sqljobs, sqlfed) needs
// to know of SQLite: ? placeholders as they are, times as fixed-width text.
var dialect = sqlq.Dialect{
	Name:      "sqlite",
	Time:      func(t time.Time) any { return formatTime(t) },
	ParseTime: parseTime,
}

// shared is the store as the shared SQL sees it: the dialect and the
// store's transactions.
func (s *Store) shared() sqlq.DB {
	return sqlq.DB{Dialect: dialect, Read: s.read, Write: s.write}
}
