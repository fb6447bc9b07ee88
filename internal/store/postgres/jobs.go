package postgres

import (
	"github.com/vigil-osint/vigil/internal/store/sqljobs"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.JobQueue = (*Store)(nil)

// queue is the PostgreSQL work queue. A claim picks its job with FOR
// UPDATE SKIP LOCKED, so concurrent claimers in any number of processes
// each lock a different row and none waits for another.
func (s *Store) queue() *sqljobs.Queue { return sqljobs.New(s.shared(), "FOR UPDATE SKIP LOCKED") }
