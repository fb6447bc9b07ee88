package postgres

import (
	"context"
	"crypto/sha256"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Moving an SQLite database to PostgreSQL keeps its failed-login counts:
// a key held up before the move is held up after it, for the time left.
func TestImportKeepsLoginFailures(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	sum := sha256.Sum256([]byte("user\x00amina"))
	key := vigil.LoginKey{Kind: "user", Digest: sum[:]}
	limit := vigil.LoginLimit{MaxFailures: 5, Window: 15 * time.Minute}
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		if retry, err := lite.TakeLoginAttempt(ctx, t0, limit, key); err != nil || retry != 0 {
			t.Fatalf("attempt %d on SQLite: %s, %v", i+1, retry, err)
		}
	}
	pg := openFresh(t)
	copied := importRows(t, pg, lite)
	if copied["login_failures"] != 1 {
		t.Errorf("copied %d login_failures rows, want 1", copied["login_failures"])
	}
	retry, err := pg.TakeLoginAttempt(ctx, t0.Add(5*time.Minute), limit, key)
	if err != nil || retry != 10*time.Minute {
		t.Errorf("after the import: retry %s, %v; want the 10 minutes left", retry, err)
	}
}
