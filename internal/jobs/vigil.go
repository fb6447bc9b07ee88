package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Job kinds vigil's workers run.
const (
	// KindIngest reads one file, folder, web page or feed (IngestPayload),
	// extracts it and stores the documents, then queues a fuse job.
	KindIngest = "ingest"
	// KindFuse fuses stored events into incidents (fuse.Update).
	KindFuse = "fuse"
)

// fuseLock is the lock that serialises fusion across every process.
const fuseLock = "fuse"

// IngestPayload is the payload of an ingest job.
type IngestPayload struct {
	Target string `json:"target"` // a path or URL, as vigil ingest takes it
}

// IngestJobs are the jobs that ingest targets, one job per target.
func IngestJobs(targets []string) ([]vigil.NewJob, error) {
	out := make([]vigil.NewJob, 0, len(targets))
	for _, t := range targets {
		if t == "" {
			return nil, vigil.Errorf(vigil.EINVALID, "empty ingest target")
		}
		b, err := json.Marshal(IngestPayload{Target: t})
		if err != nil {
			return nil, fmt.Errorf("jobs: encode ingest of %s: %w", t, err)
		}
		out = append(out, vigil.NewJob{Kind: KindIngest, Payload: string(b)})
	}
	return out, nil
}

// FuseJob is the fuse job. Its dedup key means one waits at a time however
// many ingest jobs ask for it: a batch of ingestion is fused once, after its
// last document, or a few times while a long batch is running.
func FuseJob() vigil.NewJob { return vigil.NewJob{Kind: KindFuse, Dedup: "fuse"} }

// Store is what vigil's handlers need of the database.
type Store interface {
	vigil.Store
	vigil.JobQueue
	vigil.Locker
}

// Handlers are vigil's job handlers over store, ingesting with p (whose
// Store must be store).
//
// Fusion runs as its own job, never inside an ingest job, and under a lock
// every process respects: fuse.Update is incremental and reads the whole
// set of unfused events, so two runs at once could each create an incident
// for the same event. Serialised, queued ingestion followed by fusion gives
// the incidents a single process gives for the same stored documents.
func Handlers(store Store, p *ingest.Pipeline) map[string]Handler {
	return map[string]Handler{
		KindIngest: func(ctx context.Context, job vigil.Job) error {
			var pl IngestPayload
			if err := json.Unmarshal([]byte(job.Payload), &pl); err != nil || pl.Target == "" {
				return fmt.Errorf("ingest job %d: payload %q is not {\"target\": ...}", job.ID, job.Payload)
			}
			sum, err := p.Ingest(ctx, []string{pl.Target})
			if err != nil {
				return fmt.Errorf("ingest %s: %w", pl.Target, err)
			}
			if sum.Events > 0 || sum.New > 0 {
				if _, err := store.Enqueue(ctx, time.Now(), []vigil.NewJob{FuseJob()}); err != nil {
					return fmt.Errorf("ingest %s: queue fusion: %w", pl.Target, err)
				}
			}
			if sum.Failed > 0 {
				errs := make([]error, len(sum.Failures))
				for i, f := range sum.Failures {
					errs[i] = f
				}
				return fmt.Errorf("ingest %s: %d failed: %w", pl.Target, sum.Failed, errors.Join(errs...))
			}
			return nil
		},
		KindFuse: func(ctx context.Context, job vigil.Job) error {
			return store.WithLock(ctx, fuseLock, func(ctx context.Context) error {
				_, err := fuse.Update(ctx, store)
				return err
			})
		},
	}
}
