package vigil

import (
	"context"
	"encoding/json"
	"time"
)

// Job states. A job is queued until a worker claims it, running while the
// worker holds its lease, and then done, queued again for a retry, or dead
// once it has failed MaxAttempts times.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobDead    = "dead"
)

// Job is one unit of work in the queue: ingest a file, poll a feed, fuse.
type Job struct {
	ID          int64
	Kind        string
	Payload     string // JSON, interpreted by the handler of Kind
	Dedup       string // when set, at most one queued job of Kind has it
	State       string
	Attempts    int // claims so far, the current one included
	MaxAttempts int
	RunAt       time.Time // not claimed before
	LeaseOwner  string
	LeaseUntil  time.Time // a running job whose lease passed may be reclaimed
	LastError   string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// NewJob is what Enqueue needs to queue a job.
type NewJob struct {
	Kind        string
	Payload     string // JSON; "" means {}
	Dedup       string // optional: skip the job when an identical one waits
	MaxAttempts int    // 0 means 5
	RunAt       time.Time
}

// JobQueue is the work queue both stores implement. Times are passed in by
// the caller, so that every worker compares leases on one kind of clock and
// tests can move time.
type JobQueue interface {
	// Enqueue adds jobs in one transaction and returns how many it added
	// (jobs whose Dedup key already waits are skipped).
	Enqueue(ctx context.Context, now time.Time, jobs []NewJob) (int, error)
	// Claim takes the oldest due queued job, or a running job whose lease
	// expired, marks it running under owner until now+lease and counts the
	// attempt. ok is false when nothing is due. Two claimers never get the
	// same job while its lease holds.
	Claim(ctx context.Context, owner string, now time.Time, lease time.Duration) (job Job, ok bool, err error)
	// Extend renews owner's lease on a running job. It returns an ENOTFOUND
	// error when owner no longer holds the job.
	Extend(ctx context.Context, id int64, owner string, until time.Time) error
	// Complete marks owner's job done.
	Complete(ctx context.Context, id int64, owner string, now time.Time) error
	// Fail records errMsg on owner's job and queues it again at retryAt, or
	// marks it dead when it has used all its attempts.
	Fail(ctx context.Context, id int64, owner string, now, retryAt time.Time, errMsg string) error
	// Release hands owner's job back to the queue without counting the
	// attempt (graceful shutdown).
	Release(ctx context.Context, id int64, owner string, now time.Time) error
	// Jobs lists jobs in state ("" for all), newest first.
	Jobs(ctx context.Context, state string, limit int) ([]Job, error)
	// JobCounts counts jobs by state.
	JobCounts(ctx context.Context) (map[string]int, error)
}

// DefaultMaxAttempts is how many times a job runs before it is dead, when
// NewJob does not say.
const DefaultMaxAttempts = 5

// CheckNewJob validates j and fills its defaults: a kind, a JSON object
// payload ("{}" when empty), at least one attempt, and now when RunAt is
// zero.
func CheckNewJob(j NewJob, now time.Time) (NewJob, error) {
	if j.Kind == "" {
		return j, Errorf(EINVALID, "job has no kind")
	}
	if j.Payload == "" {
		j.Payload = "{}"
	}
	if !json.Valid([]byte(j.Payload)) {
		return j, Errorf(EINVALID, "%s job payload is not valid JSON", j.Kind)
	}
	if j.MaxAttempts <= 0 {
		j.MaxAttempts = DefaultMaxAttempts
	}
	if j.RunAt.IsZero() {
		j.RunAt = now
	}
	return j, nil
}

// JobTime turns a stored Unix millisecond time into a time.Time; 0 is the
// zero time (no lease).
func JobTime(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// Locker runs fn while holding a named lock that every vigil process on the
// database respects, so work that must not overlap (fusion) runs once at a
// time however many workers there are.
type Locker interface {
	WithLock(ctx context.Context, name string, fn func(context.Context) error) error
}
