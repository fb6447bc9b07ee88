package sqlite

import (
	"context"
	"time"

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

// Enqueue adds jobs in one transaction; see vigil.JobQueue.
func (s *Store) Enqueue(ctx context.Context, now time.Time, jobs []vigil.NewJob) (int, error) {
	return s.queue().Enqueue(ctx, now, jobs)
}

// Claim takes the next due job; see vigil.JobQueue.
func (s *Store) Claim(ctx context.Context, owner string, now time.Time, lease time.Duration) (vigil.Job, bool, error) {
	return s.queue().Claim(ctx, owner, now, lease)
}

// Extend renews a lease; see vigil.JobQueue.
func (s *Store) Extend(ctx context.Context, id int64, owner string, until time.Time) error {
	return s.queue().Extend(ctx, id, owner, until)
}

// Complete marks a job done; see vigil.JobQueue.
func (s *Store) Complete(ctx context.Context, id int64, owner string, now time.Time) error {
	return s.queue().Complete(ctx, id, owner, now)
}

// Fail records a failure and retries or buries the job; see vigil.JobQueue.
func (s *Store) Fail(ctx context.Context, id int64, owner string, now, retryAt time.Time, errMsg string) error {
	return s.queue().Fail(ctx, id, owner, now, retryAt, errMsg)
}

// Release returns a job to the queue uncounted; see vigil.JobQueue.
func (s *Store) Release(ctx context.Context, id int64, owner string, now time.Time) error {
	return s.queue().Release(ctx, id, owner, now)
}

// Jobs lists jobs, newest first; see vigil.JobQueue.
func (s *Store) Jobs(ctx context.Context, state string, limit int) ([]vigil.Job, error) {
	return s.queue().Jobs(ctx, state, limit)
}

// JobCounts counts jobs by state; see vigil.JobQueue.
func (s *Store) JobCounts(ctx context.Context) (map[string]int, error) {
	return s.queue().JobCounts(ctx)
}
