package pgtest

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// TestStart starts a cluster and checks that two databases on it are
// separate: a table made in one is absent from the other.
func TestStart(t *testing.T) {
	c := Start(t)
	ctx := context.Background()
	var dbs []*sql.DB
	for range 2 {
		db, err := sql.Open("pgx", c.NewDatabase(t))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dbs = append(dbs, db)
	}
	if _, err := dbs[0].ExecContext(ctx, `CREATE TABLE only_here (x int)`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := dbs[0].QueryRowContext(ctx, `SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("first database: %d tables named only_here, %v; want 1", n, err)
	}
	if err := dbs[1].QueryRowContext(ctx, `SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("second database: %d tables named only_here, %v; want 0", n, err)
	}
	var enc string
	if err := dbs[1].QueryRowContext(ctx, `SHOW server_encoding`).Scan(&enc); err != nil || enc != "UTF8" {
		t.Errorf("server encoding = %q, %v; want UTF8", enc, err)
	}
}

func TestFindBin(t *testing.T) {
	dir, ok := FindBin()
	if !ok {
		t.Skip(SkipMessage)
	}
	if dir == "" {
		t.Errorf("FindBin() = %q, true; want a folder", dir)
	}
}

func TestMain(m *testing.M) { Main(m) }

// TestShared checks that Shared hands out one running cluster.
func TestShared(t *testing.T) {
	a, b := Shared(t), Shared(t)
	if a != b {
		t.Fatalf("Shared returned two clusters")
	}
	db, err := sql.Open("pgx", a.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PingContext(context.Background()); err != nil {
		t.Errorf("shared cluster: %v", err)
	}
}

// TestFindBinLayouts checks the search on made-up installations: nothing
// found without PostgreSQL, and the newest version (numerically) found under
// the versioned folders.
func TestFindBinLayouts(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no initdb on the PATH
	root := t.TempDir()
	pattern := filepath.Join(root, "*", "bin", "initdb")
	if dir, ok := findBin(pattern); ok {
		t.Errorf("findBin with no PostgreSQL = %q, true", dir)
	}
	for _, v := range []string{"9.6", "16", "15"} {
		bin := filepath.Join(root, v, "bin")
		if err := os.MkdirAll(bin, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"initdb", "pg_ctl"} {
			if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A version with initdb but no pg_ctl is not usable.
	if err := os.MkdirAll(filepath.Join(root, "17", "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "17", "bin", "initdb"), nil, 0o755); err != nil {
		t.Fatal(err)
	}
	if dir, ok := findBin(pattern); !ok || dir != filepath.Join(root, "16", "bin") {
		t.Errorf("findBin = %q, %v; want the version 16 folder", dir, ok)
	}
}
