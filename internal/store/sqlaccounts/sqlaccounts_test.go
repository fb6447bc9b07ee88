package sqlaccounts

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
	_ "modernc.org/sqlite"
)

// The behaviour of every account method is the accounts suite's
// (accountstest), which both stores run; this test checks only what New
// adds: every query passes through the dialect's rebind, and errors name
// the dialect.
func TestNewRebindsAndNamesTheDialect(t *testing.T) {
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	inTx := func(ctx context.Context, fn func(*sql.Tx) error) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			tx.Rollback()
			return err
		}
		return tx.Commit()
	}
	var rebound []string
	rebind := func(q string) string {
		rebound = append(rebound, q)
		return q
	}
	a := New("testdb", inTx, inTx, rebind)
	id, err := a.AddOrg(ctx, "ctd", time.Now())
	if err != nil || id == 0 {
		t.Fatalf("add organisation: %d, %v", id, err)
	}
	if len(rebound) != 2 || !strings.Contains(rebound[0], "SELECT id FROM orgs") || !strings.Contains(rebound[1], "INSERT INTO orgs") {
		t.Errorf("rebind saw %q, want the lookup and the insert", rebound)
	}
	_, err = a.AddOrg(ctx, "ctd", time.Now())
	if vigil.ErrorCode(err) != vigil.ECONFLICT || !strings.HasPrefix(err.Error(), "testdb: add organisation") {
		t.Errorf("adding it again: %v, want a conflict named for testdb", err)
	}
	// Without a rebind the queries run as written.
	if _, err := New("testdb", inTx, inTx, nil).AddOrg(ctx, "ngo", time.Now()); err != nil {
		t.Errorf("add organisation without a rebind: %v", err)
	}
}
