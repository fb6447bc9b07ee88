package cli

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/jobs"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "worker", summary: "run queued ingestion and fusion jobs (vigil ingest --queue)", run: runWorker})
}

func runWorker(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "worker", "[--db PATH|postgres://...] [--concurrency N] [--poll 1s] [--grace 30s] [--lease 1m]")
	db := dbFlag(fs)
	concurrency := fs.Int("concurrency", 2, "jobs run at once")
	poll := fs.Duration("poll", time.Second, "wait between looks at an empty queue")
	grace := fs.Duration("grace", 30*time.Second, "on SIGTERM, how long running jobs may finish before they are handed back")
	lease := fs.Duration("lease", time.Minute, "how long a job stays claimed without renewal: after a worker dies, its jobs wait this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *concurrency < 1 {
		return fmt.Errorf("--concurrency %d: need at least 1", *concurrency)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	pool, err := newPool(store, log, *concurrency, *poll, *grace)
	if err != nil {
		return err
	}
	pool.Lease = *lease
	fmt.Fprintf(env.Stdout, "vigil worker %s: %d at a time (SIGTERM to stop)\n", pool.Name, pool.Concurrency)
	return pool.Run(ctx)
}

// newPool builds a worker pool running vigil's ingest and fuse jobs on store.
func newPool(store vigil.Store, log *slog.Logger, concurrency int, poll, grace time.Duration) (*jobs.Pool, error) {
	js, ok := store.(jobs.Store)
	if !ok {
		return nil, fmt.Errorf("the %T database has no work queue", store)
	}
	x, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("start the extractor: %w", err)
	}
	// Each job ingests one target, and the pool runs several: one reader per
	// job keeps the machine's cores shared between them.
	// Queued documents get their source's marking (vigil source mark).
	mark, err := marker(store, nil)
	if err != nil {
		return nil, err
	}
	p := &ingest.Pipeline{Store: store, Extractor: x, Options: ingest.Options{
		UserAgent: userAgent(),
		Logger:    log,
		Workers:   1,
		Mark:      mark,
	}}
	return &jobs.Pool{
		Queue:       js,
		Handlers:    jobs.Handlers(js, p),
		Concurrency: concurrency,
		Poll:        poll,
		Grace:       grace,
		Logger:      log,
	}, nil
}

// enqueueIngest queues one ingest job per target instead of ingesting.
func enqueueIngest(ctx context.Context, env *Env, store vigil.Store, targets []string) error {
	q, ok := store.(vigil.JobQueue)
	if !ok {
		return fmt.Errorf("the %T database has no work queue", store)
	}
	// Workers may run in another folder or on another machine: paths go
	// into the queue absolute.
	abs := make([]string, len(targets))
	for i, t := range targets {
		abs[i] = t
		if !strings.HasPrefix(t, "http://") && !strings.HasPrefix(t, "https://") {
			p, err := filepath.Abs(t)
			if err != nil {
				return fmt.Errorf("ingest --queue %s: %w", t, err)
			}
			abs[i] = p
		}
	}
	nj, err := jobs.IngestJobs(abs)
	if err != nil {
		return err
	}
	n, err := q.Enqueue(ctx, time.Now(), nj)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "ingest: %d jobs queued; vigil worker runs them\n", n)
	return nil
}
