package jobs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// queueStore is a store that runs the queue, opened on a fresh database.
type queueStore interface {
	vigil.JobQueue
	Close() error
}

// backends opens a fresh database of each kind; PostgreSQL is skipped with
// pgtest's message when it is not installed.
var backends = []struct {
	name string
	open func(t *testing.T) queueStore
}{
	{"sqlite", func(t *testing.T) queueStore {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "vigil.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}},
	{"postgres", func(t *testing.T) queueStore {
		s, err := postgres.Open(context.Background(), pgtest.Shared(t).NewDatabase(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}},
}

func forEach(t *testing.T, fn func(t *testing.T, q queueStore)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { fn(t, b.open(t)) })
	}
}

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func enqueue(t *testing.T, q vigil.JobQueue, jobs ...vigil.NewJob) int {
	t.Helper()
	n, err := q.Enqueue(context.Background(), t0, jobs)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func claim(t *testing.T, q vigil.JobQueue, owner string, now time.Time) (vigil.Job, bool) {
	t.Helper()
	j, ok, err := q.Claim(context.Background(), owner, now, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return j, ok
}

// Each of many jobs claimed by many concurrent claimers is handed to exactly
// one of them.
func TestClaimOnceUnderConcurrency(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		const claimers, jobs = 8, 200
		var nj []vigil.NewJob
		for i := range jobs {
			nj = append(nj, vigil.NewJob{Kind: "k", Payload: fmt.Sprintf(`{"n":%d}`, i)})
		}
		if n := enqueue(t, q, nj...); n != jobs {
			t.Fatalf("enqueued %d, want %d", n, jobs)
		}
		var mu sync.Mutex
		seen := map[int64]string{}
		var wg sync.WaitGroup
		errs := make(chan error, claimers)
		for c := range claimers {
			owner := fmt.Sprintf("w%d", c)
			wg.Go(func() {
				for {
					j, ok, err := q.Claim(context.Background(), owner, t0, time.Minute)
					if err != nil {
						errs <- err
						return
					}
					if !ok {
						return
					}
					mu.Lock()
					if prev, dup := seen[j.ID]; dup {
						errs <- fmt.Errorf("job %d claimed by %s and %s", j.ID, prev, owner)
					}
					seen[j.ID] = owner
					mu.Unlock()
					if err := q.Complete(context.Background(), j.ID, owner, t0); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if len(seen) != jobs {
			t.Errorf("%d jobs claimed, want %d", len(seen), jobs)
		}
		counts, err := q.JobCounts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if counts[vigil.JobDone] != jobs || len(counts) != 1 {
			t.Errorf("counts %v, want %d done only", counts, jobs)
		}
	})
}

// A job whose worker stopped renewing its lease goes to the next claimer
// once the lease passes, and the first worker can no longer record it.
func TestLeaseExpiryReclaims(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		enqueue(t, q, vigil.NewJob{Kind: "k"})
		j, ok := claim(t, q, "dead-worker", t0)
		if !ok {
			t.Fatal("nothing to claim")
		}
		if _, ok := claim(t, q, "other", t0.Add(59*time.Second)); ok {
			t.Fatal("job claimed again while its lease held")
		}
		j2, ok := claim(t, q, "other", t0.Add(61*time.Second))
		if !ok || j2.ID != j.ID || j2.Attempts != 2 || j2.LeaseOwner != "other" {
			t.Fatalf("after expiry got %+v ok=%v, want job %d on attempt 2 under other", j2, ok, j.ID)
		}
		err := q.Complete(context.Background(), j.ID, "dead-worker", t0.Add(62*time.Second))
		if vigil.ErrorCode(err) != vigil.ENOTFOUND {
			t.Errorf("old holder completing: err %v, want not_found", err)
		}
		if err := q.Complete(context.Background(), j.ID, "other", t0.Add(62*time.Second)); err != nil {
			t.Error(err)
		}
	})
}

// Failures retry no earlier than the backoff says, and the job dies after
// its last attempt with the last error kept.
func TestBackoffAndDead(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		enqueue(t, q, vigil.NewJob{Kind: "k", MaxAttempts: 3})
		now := t0
		for attempt := 1; attempt <= 3; attempt++ {
			j, ok := claim(t, q, "w", now)
			if !ok || j.Attempts != attempt {
				t.Fatalf("attempt %d: got %+v ok=%v", attempt, j, ok)
			}
			retry := now.Add(Backoff(attempt))
			if err := q.Fail(context.Background(), j.ID, "w", now, retry, fmt.Sprintf("boom %d", attempt)); err != nil {
				t.Fatal(err)
			}
			if attempt < 3 {
				if _, ok := claim(t, q, "w", retry.Add(-time.Millisecond)); ok {
					t.Fatalf("attempt %d: claimed before its backoff ended", attempt)
				}
			}
			now = retry
		}
		if _, ok := claim(t, q, "w", now.Add(time.Hour)); ok {
			t.Fatal("dead job claimed")
		}
		dead, err := q.Jobs(context.Background(), vigil.JobDead, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(dead) != 1 || dead[0].LastError != "boom 3" || dead[0].Attempts != 3 {
			t.Fatalf("dead jobs %+v, want one with last error boom 3 after 3 attempts", dead)
		}
	})
}

// A job whose worker died on its last attempt is buried, not run again.
func TestExpiredLastAttemptIsDead(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		enqueue(t, q, vigil.NewJob{Kind: "k", MaxAttempts: 1})
		claim(t, q, "w", t0)
		if _, ok := claim(t, q, "w2", t0.Add(2*time.Minute)); ok {
			t.Fatal("job past its attempts claimed again")
		}
		dead, err := q.Jobs(context.Background(), vigil.JobDead, 10)
		if err != nil || len(dead) != 1 || dead[0].LastError == "" {
			t.Fatalf("dead %+v err %v, want one with the expiry as its error", dead, err)
		}
	})
}

// A dedup key lets one job of its kind wait at a time.
func TestDedup(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		if n := enqueue(t, q, FuseJob(), FuseJob()); n != 1 {
			t.Fatalf("two fuse jobs: %d queued, want 1", n)
		}
		claim(t, q, "w", t0)
		if n := enqueue(t, q, FuseJob()); n != 1 {
			t.Fatalf("fuse job while one runs: %d queued, want 1", n)
		}
	})
}

func TestEnqueueRefusesBadJobs(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		for _, nj := range []vigil.NewJob{{Kind: ""}, {Kind: "k", Payload: "{not json"}} {
			_, err := q.Enqueue(context.Background(), t0, []vigil.NewJob{{Kind: "ok"}, nj})
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Errorf("%+v: err %v, want invalid", nj, err)
			}
		}
		if c, _ := q.JobCounts(context.Background()); len(c) != 0 {
			t.Errorf("a refused batch left jobs: %v", c)
		}
	})
}

// The pool runs every job once, retries failures, and at shutdown hands
// back the job it could not finish within the grace period.
func TestPool(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		var nj []vigil.NewJob
		for i := range 50 {
			nj = append(nj, vigil.NewJob{Kind: "count", Payload: fmt.Sprintf(`{"n":%d}`, i)})
		}
		nj = append(nj, vigil.NewJob{Kind: "flaky"})
		enqueue(t, q, nj...)
		var mu sync.Mutex
		runs := map[int64]int{}
		var flaky atomic.Int32
		p := &Pool{Queue: q, Concurrency: 4, Poll: 10 * time.Millisecond,
			Backoff: func(int) time.Duration { return 0 },
			Handlers: map[string]Handler{
				"count": func(ctx context.Context, j vigil.Job) error {
					mu.Lock()
					runs[j.ID]++
					mu.Unlock()
					return nil
				},
				"flaky": func(ctx context.Context, j vigil.Job) error {
					if flaky.Add(1) < 3 {
						return errors.New("not yet")
					}
					return nil
				},
			}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- p.Run(ctx) }()
		waitFor(t, q, func(c map[string]int) bool { return c[vigil.JobDone] == 51 })
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		for id, n := range runs {
			if n != 1 {
				t.Errorf("job %d ran %d times", id, n)
			}
		}
		if len(runs) != 50 || flaky.Load() != 3 {
			t.Errorf("%d count jobs ran, flaky ran %d times; want 50 and 3", len(runs), flaky.Load())
		}
	})
}

func TestPoolShutdownReleases(t *testing.T) {
	forEach(t, func(t *testing.T, q queueStore) {
		enqueue(t, q, vigil.NewJob{Kind: "slow"}, vigil.NewJob{Kind: "quick"})
		started := make(chan struct{}, 2)
		p := &Pool{Queue: q, Concurrency: 2, Poll: 10 * time.Millisecond, Grace: 200 * time.Millisecond,
			Handlers: map[string]Handler{
				"slow": func(ctx context.Context, j vigil.Job) error {
					started <- struct{}{}
					<-ctx.Done() // never finishes on its own
					return ctx.Err()
				},
				"quick": func(ctx context.Context, j vigil.Job) error {
					started <- struct{}{}
					time.Sleep(50 * time.Millisecond) // finishes within the grace period
					return nil
				},
			}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- p.Run(ctx) }()
		<-started
		<-started
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("pool did not stop after its grace period")
		}
		all, err := q.Jobs(context.Background(), "", 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range all {
			want, attempts := vigil.JobDone, 1
			if j.Kind == "slow" {
				want, attempts = vigil.JobQueued, 0
			}
			if j.State != want || j.Attempts != attempts || j.LeaseOwner != "" {
				t.Errorf("%s job after shutdown: state %s, %d attempts, owner %q; want %s, %d, none",
					j.Kind, j.State, j.Attempts, j.LeaseOwner, want, attempts)
			}
		}
	})
}

func waitFor(t *testing.T, q vigil.JobQueue, ok func(map[string]int) bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := q.JobCounts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if ok(c) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	c, _ := q.JobCounts(context.Background())
	t.Fatalf("queue did not reach the expected state: %v", c)
}
