package cli

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
	"github.com/vigil-osint/vigil/internal/store/pgtest"
)

func runCLI(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String() + errb.String(), code
}

// An embedded database moves into PostgreSQL with every row, incident IDs
// and the audit log included; a second migration into the now non-empty
// target is refused and changes nothing.
func TestMigrateToPostgres(t *testing.T) {
	dsn := pgtest.Start(t).NewDatabase(t)
	dir := t.TempDir()
	if _, err := ingesttest.WriteReports(filepath.Join(dir, "reports"), 60); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "vigil.db")
	if out, code := runCLI(t, "ingest", "--db", db, filepath.Join(dir, "reports")); code != 0 {
		t.Fatalf("ingest: %s", out)
	}
	if out, code := runCLI(t, "ingest", "--db", db, "--queue", filepath.Join(dir, "reports", "batch-000")); code != 0 {
		t.Fatalf("ingest --queue: %s", out)
	}
	// Analyst decisions put rows in the audit log and incident history.
	for _, r := range [][]string{{"verify", "1"}, {"reject", "2"}, {"reopen", "2"}} {
		if out, code := runCLI(t, append([]string{"review", "--db", db, "--by", "Analyst A", "--why", "checked"}, r...)...); code != 0 {
			t.Fatalf("review %v: %s", r, out)
		}
	}
	out, code := runCLI(t, "migrate", "--from", db, "--to", dsn)
	if code != 0 || !strings.Contains(out, "row counts and checksums equal") {
		t.Fatalf("migrate: exit %d\n%s", code, out)
	}

	src, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	for _, q := range []string{
		`SELECT COUNT(*) FROM documents`,
		`SELECT COUNT(*) FROM incidents`,
		`SELECT COUNT(*) FROM events`,
		`SELECT COUNT(*) FROM audit_log`,
		`SELECT COUNT(*) FROM jobs`,
		`SELECT COALESCE(SUM(id * 7 + COALESCE(incident_id, 0)), 0) FROM events`,
	} {
		a, b := scalar(t, src, q), scalar(t, dst, q)
		if a != b {
			t.Errorf("%s: SQLite %d, PostgreSQL %d", q, a, b)
		}
	}
	if scalar(t, src, `SELECT COUNT(*) FROM incidents`) == 0 || scalar(t, src, `SELECT COUNT(*) FROM audit_log`) == 0 {
		t.Fatal("the source database has no incidents or no audit log: the test proves nothing")
	}
	// Incident IDs carry over, and new ones continue after them.
	if a, b := scalar(t, src, `SELECT SUM(id * id) FROM incidents`), scalar(t, dst, `SELECT SUM(id * id) FROM incidents`); a != b {
		t.Errorf("incident IDs differ: %d vs %d", a, b)
	}
	if out, code := runCLI(t, "review", "verify", "3", "--db", dsn, "--by", "Analyst B"); code != 0 {
		t.Errorf("review on the migrated database: %s", out)
	}

	out, code = runCLI(t, "migrate", "--from", db, "--to", dsn)
	if code == 0 || !strings.Contains(out, "not empty") {
		t.Errorf("second migrate: exit %d, want a refusal naming the non-empty target\n%s", code, out)
	}
	if out, code := runCLI(t, "migrate", "--from", filepath.Join(dir, "missing.db"), "--to", dsn); code == 0 {
		t.Errorf("missing source accepted:\n%s", out)
	}
}
