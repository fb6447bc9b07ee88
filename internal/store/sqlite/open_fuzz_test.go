package sqlite

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// FuzzOpen hands Open arbitrary file contents as --db: it must return an
// error or a working store, never panic, and never change a file that is
// not an SQLite database.
func FuzzOpen(f *testing.F) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	// A real database's first pages, so the fuzzer starts from valid
	// structure and damages it.
	real := filepath.Join(f.TempDir(), "seed.db")
	s, err := Open(ctx, real)
	if err != nil {
		f.Fatal(err)
	}
	if _, _, err := s.AddDocument(ctx, &vigil.Document{Title: "seed", Text: "A seed document.", ContentHash: "seed"}); err != nil {
		f.Fatal(err)
	}
	if _, err := s.DB().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		f.Fatal(err)
	}
	s.Close()
	data, err := os.ReadFile(real)
	if err != nil {
		f.Fatal(err)
	}
	// Only the header page and the start of the schema, so that each run
	// stays quick.
	f.Add(data[:4096])
	f.Add(data[:8192])
	f.Add([]byte{})
	f.Add([]byte("id,date\n1,2024-10-05\n"))
	f.Add(append([]byte("SQLite format 3\x00"), make([]byte, 200)...))

	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(ctx, path)
		if err != nil {
			if len(content) > 0 && !bytes.HasPrefix(content, sqliteHeader) {
				if after, _ := os.ReadFile(path); !bytes.Equal(after, content) {
					t.Errorf("Open changed a non-SQLite file")
				}
			}
			return
		}
		defer s.Close()
		// Whatever opened must answer queries or fail cleanly.
		s.Documents(ctx, vigil.DocumentFilter{Text: "seed"})
		s.Incidents(ctx, vigil.Filter{})
		s.AddDocument(ctx, &vigil.Document{Text: "after", ContentHash: "after"})
	})
}
