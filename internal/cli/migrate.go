package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
)

func init() {
	register(command{name: "migrate", summary: "move an embedded database into PostgreSQL", run: runMigrate})
}

func runMigrate(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "migrate", "--from FILE.db --to postgres://... [--force]")
	from := fs.String("from", "", "the embedded (SQLite) database to copy")
	to := fs.String("to", "", "the PostgreSQL database to copy into (postgres://...)")
	force := fs.Bool("force", false, "copy into a target that already holds documents, incidents, audit entries or jobs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *from == "" || *to == "" {
		fs.Usage()
		return exitError{2}
	}
	if !strings.HasPrefix(*to, "postgres://") && !strings.HasPrefix(*to, "postgresql://") {
		return fmt.Errorf("--to %s: need a postgres:// URL", *to)
	}
	// Opening would create a missing file: a typo must not migrate nothing.
	if _, err := os.Stat(*from); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	// Opening brings the source to this vigil's schema version, as the
	// target is; the copy then maps table to table.
	src, err := sqlite.Open(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := postgres.Open(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	checks, err := dst.ImportSQLite(ctx, src.DB(), *force)
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "table\trows\tchecksum\t")
	for _, c := range checks {
		same := "same"
		if c.SourceChecksum != c.TargetChecksum {
			same = "DIFFERENT"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s… %s\t\n", c.Table, c.Rows, c.SourceChecksum[:12], same)
	}
	tw.Flush()
	if err != nil {
		return fmt.Errorf("%w (nothing was kept in the target)", err)
	}
	fmt.Fprintf(env.Stdout, "migrate: %d tables copied from %s, row counts and checksums equal\n", len(checks), *from)
	return nil
}
