package sqlite

import (
	"github.com/vigil-osint/vigil/internal/store/sqljobs"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.JobQueue = (*Store)(nil)

// queue is the SQLite work queue. Every write transaction begins IMMEDIATE
// (see dsn), so a claim's UPDATE ... RETURNING runs while this process
// holds the database's one write lock: no other process can claim between
// the choice of a job and its update, which is what FOR UPDATE SKIP LOCKED
// gives on PostgreSQL. No lock clause is needed.
func (s *Store) queue() *sqljobs.Queue { return sqljobs.New(s.shared(), "") }
