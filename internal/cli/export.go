package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "export", summary: "write incidents as ACLED-style CSV, GeoJSON or JSON Lines", run: runExport})
}

var exportFormats = map[string]func(io.Writer, []vigil.Incident) error{
	"acled-csv": export.WriteACLEDCSV,
	"geojson":   export.WriteGeoJSON,
	"jsonl":     export.WriteJSONL,
}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "[--db PATH] [--format acled-csv|geojson|jsonl] [--out FILE] [filters]")
	db := fs.String("db", "", "database file (default: the user's vigil.db)")
	format := fs.String("format", "acled-csv", "acled-csv, geojson or jsonl")
	out := fs.String("out", "", "file to write (default: standard output)")
	filters := addFilterFlags(fs, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	write, ok := exportFormats[*format]
	if !ok {
		return fmt.Errorf("--format %q: use acled-csv, geojson or jsonl", *format)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	incs, err := store.Incidents(ctx, filters.filter())
	if err != nil {
		return userError("list incidents", err)
	}
	if *out == "" {
		return write(env.Stdout, incs)
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error { return write(w, incs) }); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote %d incidents to %s\n", len(incs), *out)
	return nil
}

// writeFileAtomic writes path through a temporary file in the same folder
// and renames it into place, so a failed export never leaves a truncated
// file where a good one was.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this finds nothing
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
