package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/vigil"
	"golang.org/x/term"
)

func init() {
	register(command{name: "ingest", summary: "read files, folders, web pages and feeds into the database", run: runIngest})
}

// sizeFlag is a byte count given as "20MiB", "512KiB" or plain bytes.
type sizeFlag int64

func (s *sizeFlag) String() string { return ingest.FormatSize(int64(*s)) }
func (s *sizeFlag) Set(v string) error {
	n, err := ingest.ParseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

// ingestFlags are the flags ingest and watch share.
type ingestFlags struct {
	db          *string
	maxSize     sizeFlag
	timeout     *time.Duration
	followLinks *bool
	noFuse      *bool
	marking     *markingFlags
}

func addIngestFlags(fs *flag.FlagSet) *ingestFlags {
	f := &ingestFlags{maxSize: ingest.DefaultMaxSize}
	f.db = dbFlag(fs)
	fs.Var(&f.maxSize, "max-size", "largest input accepted, after decompression (e.g. 20MiB)")
	f.timeout = fs.Duration("timeout", 30*time.Second, "time limit of each HTTP request")
	f.followLinks = fs.Bool("follow-links", false, "fetch the linked page of feed items shorter than 50 words")
	f.noFuse = fs.Bool("no-fuse", false, "do not fuse the new events into incidents afterwards")
	f.marking = addMarkingFlags(fs, "the new documents (default: their source's marking, see vigil source, else clear)")
	return f
}

// pipeline opens the store and builds the ingest pipeline the flags describe.
func (f *ingestFlags) pipeline(ctx context.Context, env *Env, workers int) (*ingest.Pipeline, vigil.Store, error) {
	x, err := extract.New()
	if err != nil {
		return nil, nil, fmt.Errorf("start the extractor: %w", err)
	}
	if _, _, err := f.marking.marking(); err != nil {
		return nil, nil, err // before opening anything
	}
	store, err := openStore(ctx, *f.db)
	if err != nil {
		return nil, nil, err
	}
	mark, err := marker(store, f.marking)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	// On a terminal the progress bar shows progress; log lines would break
	// it up, so only warnings (failed inputs) are logged there.
	level := slog.LevelInfo
	if f, ok := env.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	return &ingest.Pipeline{Store: store, Extractor: x, Options: ingest.Options{
		MaxSize:     int64(f.maxSize),
		Timeout:     *f.timeout,
		UserAgent:   userAgent(),
		Logger:      log,
		Progress:    env.Stderr,
		Workers:     workers,
		FollowLinks: *f.followLinks,
		Mark:        mark,
	}}, store, nil
}

// userAgent is how vigil names itself to the servers it fetches from.
func userAgent() string {
	return "vigil/" + Version + " (+https://github.com/vigil-osint/vigil)"
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "[--db PATH] [--max-size 20MiB] [--timeout 30s] [--workers N] [--follow-links] [--tlp LEVEL --owner ORG [--recipient ORG/USER]...] PATH|URL|FEED...")
	f := addIngestFlags(fs)
	workers := fs.Int("workers", runtime.NumCPU(), "inputs read and extracted in parallel")
	queue := fs.Bool("queue", false, "queue one job per PATH|URL for vigil worker instead of ingesting here")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	if *queue {
		if _, given, err := f.marking.marking(); err != nil || given {
			if err == nil {
				err = fmt.Errorf("--tlp cannot be queued: ingest marked documents here, or mark their source (vigil source mark)")
			}
			return err
		}
		store, err := openStore(ctx, *f.db)
		if err != nil {
			return err
		}
		defer store.Close()
		return enqueueIngest(ctx, env, store, fs.Args())
	}
	p, store, err := f.pipeline(ctx, env, *workers)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := p.Ingest(ctx, fs.Args())
	fmt.Fprintf(env.Stdout, "ingest: %s\n", sum)
	if _, given, _ := f.marking.marking(); given && sum.Duplicate > 0 {
		fmt.Fprintf(env.Stderr, "ingest: %d documents were already stored and keep the marking they were stored with\n", sum.Duplicate)
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted: the documents counted above are stored; run the same command again to finish")
		}
		return err
	}
	if err := fuseNew(ctx, env, store, sum, *f.noFuse); err != nil {
		return err
	}
	return failuresExit(env, sum)
}

// fuseNew fuses the events of the new documents into incidents.
func fuseNew(ctx context.Context, env *Env, store vigil.Store, sum ingest.Summary, skip bool) error {
	if skip || sum.Events == 0 {
		return nil
	}
	res, err := fuse.Update(ctx, store)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "fuse: %d events, %d new incidents, %d joined existing ones\n", res.Events, res.Created, res.Joined)
	return nil
}

// failuresExit lists the failed inputs and turns them into exit status 1.
func failuresExit(env *Env, sum ingest.Summary) error {
	if sum.Failed == 0 {
		return nil
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(env.Stderr, "failed: %v\n", f)
	}
	return exitError{1}
}
