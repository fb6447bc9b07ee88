// Package jobs runs vigil's work queue: a pool of workers that claim jobs
// from the database (vigil.JobQueue), run the handler of each job's kind,
// keep the job's lease alive while it runs, retry failures with
// exponential backoff, and on shutdown finish or hand back what they hold.
//
// A job may run more than once (a worker killed after its work but before
// it recorded completion), so handlers must be idempotent; ingestion is, by
// content hash.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Handler does the work of one job. It should return promptly when ctx is
// cancelled; the job is then handed back to the queue.
type Handler func(ctx context.Context, job vigil.Job) error

// Pool is a set of workers on one queue. Set Queue and Handlers; the other
// fields have defaults.
type Pool struct {
	Queue    vigil.JobQueue
	Handlers map[string]Handler

	Name        string        // lease owner prefix; default host:pid
	Concurrency int           // workers; default 1
	Poll        time.Duration // wait when the queue is empty; default 1s
	Lease       time.Duration // lease per claim, renewed at a third; default 1m
	Grace       time.Duration // on shutdown, how long running jobs may finish; default 30s
	Backoff     func(attempt int) time.Duration
	Now         func() time.Time // clock; default time.Now
	Logger      *slog.Logger
}

// Backoff is the default retry delay: 1s after the first failure, doubling
// each time, at most an hour.
func Backoff(attempt int) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	if attempt > 13 {
		return time.Hour
	}
	return min(time.Second<<(attempt-1), time.Hour)
}

func (p *Pool) defaults() {
	if p.Name == "" {
		host, _ := os.Hostname()
		p.Name = fmt.Sprintf("%s:%d", host, os.Getpid())
	}
	if p.Concurrency <= 0 {
		p.Concurrency = 1
	}
	if p.Poll <= 0 {
		p.Poll = time.Second
	}
	if p.Lease <= 0 {
		p.Lease = time.Minute
	}
	if p.Grace <= 0 {
		p.Grace = 30 * time.Second
	}
	if p.Backoff == nil {
		p.Backoff = Backoff
	}
	if p.Now == nil {
		p.Now = time.Now
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
}

// Run runs the workers until ctx is cancelled. Then it stops claiming, lets
// running jobs finish for up to Grace, cancels the rest and releases their
// leases so another worker takes them at once. It returns nil after a clean
// shutdown.
func (p *Pool) Run(ctx context.Context) error {
	if p.Queue == nil {
		return errors.New("jobs: no queue")
	}
	p.defaults()
	// Handlers run on work, which outlives ctx by the grace period.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(p.Grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancelWork()
		case <-work.Done():
		}
	})
	defer stop()

	var wg sync.WaitGroup
	for i := range p.Concurrency {
		owner := fmt.Sprintf("%s/%d", p.Name, i)
		wg.Go(func() { p.loop(ctx, work, owner) })
	}
	wg.Wait()
	return nil
}

// loop is one worker: claim, run, record, until ctx ends.
func (p *Pool) loop(ctx, work context.Context, owner string) {
	for ctx.Err() == nil {
		job, ok, err := p.Queue.Claim(ctx, owner, p.Now(), p.Lease)
		if err != nil {
			if ctx.Err() == nil {
				p.Logger.Error("claim a job", "worker", owner, "err", err)
			}
			sleep(ctx, p.Poll)
			continue
		}
		if !ok {
			sleep(ctx, p.Poll)
			continue
		}
		p.run(work, owner, job)
	}
}

// run runs one claimed job and records how it ended.
func (p *Pool) run(work context.Context, owner string, job vigil.Job) {
	log := p.Logger.With("worker", owner, "job", job.ID, "kind", job.Kind, "attempt", job.Attempts)
	// Records are written even after work is cancelled: a job must not be
	// left running because its worker is shutting down.
	rec := context.WithoutCancel(work)
	jctx, cancel := context.WithCancel(work)
	defer cancel()
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		p.renew(jctx, cancel, owner, job.ID, log)
	}()
	err := p.handle(jctx, job)
	shutdown := work.Err() != nil
	lost := jctx.Err() != nil && !shutdown
	cancel()
	<-renewed

	switch {
	case lost:
		// The lease could not be renewed: another worker may own the job
		// now, so this one records nothing.
		log.Warn("lease lost; job left to its new holder")
	case shutdown && err != nil:
		if rerr := p.Queue.Release(rec, job.ID, owner, p.Now()); rerr != nil {
			log.Error("release job at shutdown", "err", rerr)
		} else {
			log.Info("job handed back at shutdown")
		}
	case err != nil:
		now := p.Now()
		if ferr := p.Queue.Fail(rec, job.ID, owner, now, now.Add(p.Backoff(job.Attempts)), err.Error()); ferr != nil {
			log.Error("record job failure", "err", ferr, "job_err", err)
		} else {
			log.Warn("job failed", "err", err)
		}
	default:
		if cerr := p.Queue.Complete(rec, job.ID, owner, p.Now()); cerr != nil {
			log.Error("record job done", "err", cerr)
		}
	}
}

// handle runs the job's handler, turning a panic into an error so one bad
// job cannot end the worker.
func (p *Pool) handle(ctx context.Context, job vigil.Job) (err error) {
	h, ok := p.Handlers[job.Kind]
	if !ok {
		return fmt.Errorf("no handler for job kind %q", job.Kind)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler for %s panicked: %v", job.Kind, r)
		}
	}()
	return h(ctx, job)
}

// renew extends the lease every third of its length until ctx ends. When an
// extension fails because the job is no longer ours, it cancels the job.
func (p *Pool) renew(ctx context.Context, cancel context.CancelFunc, owner string, id int64, log *slog.Logger) {
	t := time.NewTicker(p.Lease / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			err := p.Queue.Extend(ctx, id, owner, p.Now().Add(p.Lease))
			if vigil.ErrorCode(err) == vigil.ENOTFOUND {
				cancel()
				return
			}
			if err != nil && ctx.Err() == nil {
				log.Warn("extend lease", "err", err)
			}
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
