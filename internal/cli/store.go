package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// openStore opens the database at path (the default location when empty),
// creating its folder and applying migrations. A postgres:// or
// postgresql:// URL opens a PostgreSQL database instead of an SQLite file.
func openStore(ctx context.Context, path string) (vigil.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		s, err := postgres.Open(ctx, path)
		if err != nil {
			return nil, err // not a typed nil inside the interface
		}
		return s, nil
	}
	if path == "" {
		path = defaultDB()
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// dbFlag defines the --db flag every command that opens the database takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "the database: a SQLite file or a postgres:// URL (default "+defaultDB()+")")
}
