package cli

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/vigil-osint/vigil/internal/demo"
	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "demo", summary: "load the built-in demo reports and serve them", run: runDemo})
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "demo", "[--db PATH] [--addr HOST:PORT] [--analyst NAME] [--no-serve]")
	db := fs.String("db", "vigil-demo.db", "database file to load the demo into")
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve on")
	noServe := fs.Bool("no-serve", false, "load the demo corpus and exit without serving")
	analyst := fs.String("analyst", "", `name review decisions are recorded under (default "demo"; loopback only: served to a network, users log in)`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := loadDemo(ctx, env, store); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	// On this machine alone the demo lets anyone review, as "demo"; served
	// to a network it needs a login like vigil serve (see serve).
	if *analyst == "" && accounts.IsLoopback(*addr) {
		*analyst = "demo"
		fmt.Fprintln(env.Stdout, `demo: no login, on localhost only; review actions are recorded as "demo"`)
	}
	return serve(ctx, env, store, *addr, *analyst)
}

// loadDemo ingests the embedded demo corpus, fuses its events into
// incidents and prints what the database then holds. Running it again
// changes nothing: documents are stored once by content hash, and fusion
// only places events that are in no incident yet.
func loadDemo(ctx context.Context, env *Env, store vigil.Store) error {
	in, err := demo.Inputs()
	if err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("demo: start the extractor: %w", err)
	}
	p := &ingest.Pipeline{Store: store, Extractor: x,
		Options: ingest.Options{Logger: slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}}
	sum, err := p.IngestInputs(ctx, demo.Origin, in)
	if err != nil {
		return fmt.Errorf("demo: load the demo corpus: %w", err)
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(env.Stderr, "vigil demo: %v\n", f)
	}
	fused, err := fuse.Update(ctx, store)
	if err != nil {
		return fmt.Errorf("demo: fuse events: %w", err)
	}
	docs, err := store.Documents(ctx, vigil.DocumentFilter{})
	if err != nil {
		return fmt.Errorf("demo: count documents: %w", err)
	}
	events, err := store.Events(ctx, vigil.Filter{})
	if err != nil {
		return fmt.Errorf("demo: count events: %w", err)
	}
	incidents, err := store.CountIncidents(ctx, vigil.Filter{})
	if err != nil {
		return fmt.Errorf("demo: count incidents: %w", err)
	}
	fmt.Fprintf(env.Stdout, "demo corpus: %d reports read, %d new, %d already stored, %d near-duplicates\n",
		len(in), sum.New, sum.Duplicate, sum.NearDuplicate)
	fmt.Fprintf(env.Stdout, "database: %d documents, %d events, %d incidents (%d new this run)\n",
		len(docs), len(events), incidents, fused.Created)
	return nil
}
