package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// openStore opens the database at path (the default location when empty),
// creating its folder and applying migrations.
func openStore(ctx context.Context, path string) (vigil.Store, error) {
	if path == "" {
		path = defaultDB()
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	return sqlite.Open(ctx, path)
}
