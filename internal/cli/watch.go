package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest"
)

func init() {
	register(command{name: "watch", summary: "poll feeds on an interval and ingest their new items", run: runWatch})
}

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "watch", "[--db PATH] [--interval 15m] [--once] [--tlp LEVEL --owner ORG [--recipient ORG/USER]...] FEED...")
	f := addIngestFlags(fs)
	interval := fs.Duration("interval", 15*time.Minute, "time between two polls of the feeds")
	once := fs.Bool("once", false, "poll each feed once and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitError{2}
	}
	if !*once && *interval < time.Second {
		return fmt.Errorf("--interval %s is too short: poll at most once a second", *interval)
	}
	p, store, err := f.pipeline(ctx, env, 1)
	if err != nil {
		return err
	}
	defer store.Close()
	p.Options.Progress = nil // a round is a handful of items: the summary line says enough
	if *once {
		*interval = 0
	}
	var last ingest.Summary
	var fuseErr error
	err = p.Watch(ctx, fs.Args(), *interval, func(s ingest.Summary) {
		last = s
		fmt.Fprintf(env.Stdout, "%s watch: %s\n", time.Now().UTC().Format(time.RFC3339), s)
		if err := fuseNew(ctx, env, store, s, *f.noFuse); err != nil && fuseErr == nil {
			fuseErr = err
		}
	})
	if err != nil {
		return err
	}
	if fuseErr != nil {
		return fuseErr
	}
	if *once {
		return failuresExit(env, last)
	}
	return nil
}
