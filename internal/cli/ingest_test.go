package cli

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
)

// ingestCounts reads the figures of the "ingest:" summary line.
func ingestCounts(t *testing.T, out string) (newDocs, dup, failed, events int, rate float64) {
	t.Helper()
	m := regexp.MustCompile(`ingest: (\d+) new, (\d+) duplicate, \d+ near-duplicate, (\d+) failed, (\d+) events extracted in \S+ \(([\d.]+) documents/s\)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no ingest summary in output:\n%s", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	rate, _ = strconv.ParseFloat(m[5], 64)
	return n(m[1]), n(m[2]), n(m[3]), n(m[4]), rate
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":   "Two soldiers martyred in Mir Ali\n\nTwo soldiers were martyred during an operation in Mir Ali, North Waziristan, on Friday, the ISPR said.\n",
		"b.jsonl": `{"id": "b1", "text": "A police constable was killed in an attack in Bannu on Saturday.", "published": "2024-10-05", "source": "Dawn"}` + "\n" + `{"id": "b2", "text": }` + "\n",
		"c.bin":   "\x00\x01\x02binary",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "vigil.db")
	code, out, errOut := runVigil(t, "ingest", "--db", db, "--workers", "2", dir)
	if code != 1 {
		t.Errorf("exit status %d with failed inputs, want 1", code)
	}
	newDocs, dup, failed, _, _ := ingestCounts(t, out)
	if newDocs != 2 || dup != 0 || failed != 2 {
		t.Errorf("first run: %d new, %d duplicate, %d failed; want 2, 0, 2\n%s", newDocs, dup, failed, out)
	}
	for _, want := range []string{filepath.Join(dir, "b.jsonl") + ": line 2: invalid JSON", filepath.Join(dir, "c.bin") + ": binary content"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, out, _ = runVigil(t, "ingest", "--db", db, filepath.Join(dir, "a.txt"))
	if code != 0 {
		t.Errorf("exit status %d for a clean re-run, want 0", code)
	}
	if newDocs, dup, _, events, _ := ingestCounts(t, out); newDocs != 0 || dup != 1 || events != 0 {
		t.Errorf("re-run: %s", out)
	}
}

func TestIngestCommandUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"ingest"}, 2, "Usage: vigil ingest"},
		{[]string{"ingest", "--max-size", "lots", "x"}, 2, `size "lots"`},
		{[]string{"watch"}, 2, "Usage: vigil watch"},
		{[]string{"watch", "--interval", "1ms", "http://127.0.0.1:1/feed"}, 1, "too short"},
	}
	for _, tt := range tests {
		code, _, errOut := runVigil(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("vigil %v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

// buildVigil compiles the vigil binary into a temporary folder.
func buildVigil(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the vigil binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "vigil")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/vigil-osint/vigil/cmd/vigil")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// dbCount runs a counting query on the database at path.
func dbCount(t *testing.T, path, query string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		return -1 // not created yet
	}
	return n
}

func integrity(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		t.Fatal(err)
	}
	return res
}

// TestIngestSurvivesKill kills an ingest with SIGKILL midway, checks that
// what it committed is intact, and re-runs it to completion: every document
// stored exactly once, each with its extraction.
func TestIngestSurvivesKill(t *testing.T) {
	bin := buildVigil(t)
	const n = 2000
	dir := t.TempDir()
	if _, err := ingesttest.WriteReports(dir, n); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "vigil.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--no-fuse", "--workers", "2", dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for dbCount(t, db, `SELECT count(*) FROM documents`) < 200 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ingest stored fewer than 200 documents in 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no clean-up runs
		t.Fatal(err)
	}
	cmd.Wait()

	if res := integrity(t, db); res != "ok" {
		t.Fatalf("integrity_check after kill: %s", res)
	}
	before := dbCount(t, db, `SELECT count(*) FROM documents`)
	if before < 200 || before >= n {
		t.Fatalf("%d documents after the kill, want some but not all", before)
	}

	out, err := exec.Command(bin, "ingest", "--db", db, "--no-fuse", dir).Output()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	newDocs, dup, failed, _, _ := ingestCounts(t, string(out))
	t.Logf("killed after %d of %d documents; the re-run added %d and found %d duplicates", before, n, newDocs, dup)
	// A document committed by the killed run counts as a duplicate now; the
	// few the kill caught mid-write were never committed.
	if newDocs+dup != n || dup < before || failed != 0 {
		t.Errorf("re-run: %d new + %d duplicate (%d failed), want %d in all and at least %d duplicates", newDocs, dup, failed, n, before)
	}
	if got := dbCount(t, db, `SELECT count(*) FROM documents`); got != n {
		t.Errorf("%d documents after the re-run, want %d", got, n)
	}
	if got := dbCount(t, db, `SELECT count(DISTINCT content_hash) FROM documents`); got != n {
		t.Errorf("%d distinct content hashes, want %d", got, n)
	}
	// Every generated report states a toll, so every document must have its
	// extraction, including one the kill caught between its two commits.
	if got := dbCount(t, db, `SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)`); got != 0 {
		t.Errorf("%d documents without events after the re-run", got)
	}
	if res := integrity(t, db); res != "ok" {
		t.Errorf("integrity_check after the re-run: %s", res)
	}
}

// BenchmarkIngestCommand runs `vigil ingest` (the real extractor, a real
// SQLite file) on 10,000 generated reports and reports the documents per
// second its summary line gives. Fusion is left out (--no-fuse): it is
// measured with the fuse package.
func BenchmarkIngestCommand(b *testing.B) {
	const n = 10000
	dir := b.TempDir()
	if _, err := ingesttest.WriteReports(dir, n); err != nil {
		b.Fatal(err)
	}
	var rates float64
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), "vigil.db")
		var out, errb strings.Builder
		code := Main(context.Background(), []string{"ingest", "--db", db, "--no-fuse", dir}, strings.NewReader(""), &out, &errb)
		if code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
		m := regexp.MustCompile(`ingest: (\d+) new.*\(([\d.]+) documents/s\)`).FindStringSubmatch(out.String())
		if m == nil || m[1] != strconv.Itoa(n) {
			b.Fatalf("unexpected summary: %s", out.String())
		}
		r, _ := strconv.ParseFloat(m[2], 64)
		rates += r
	}
	b.ReportMetric(rates/float64(b.N), "docs/s")
}
