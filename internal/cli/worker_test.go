//go:build unix

package cli

import (
	"bufio"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the test reads the database directly

	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
	"github.com/vigil-osint/vigil/internal/store/pgtest"
)

// startVigil starts the vigil binary with args and stops it (SIGTERM, then
// SIGKILL) when the test ends. It returns the process and its first line of
// output.
func startVigil(t *testing.T, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("%s %v: no first line: %v", bin, args, err)
	}
	go func() { bufio.NewReader(out).WriteTo(discard{}) }()
	return cmd, line
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// incidentSignatures describes each incident of the database at dsn by its
// type, province, date and member events (document content hash and
// position), sorted: two databases with the same signatures fused the same
// documents into the same incidents.
func incidentSignatures(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT i.event_type || '|' || i.admin1 || '|' || COALESCE(i.event_date::text, '') || '|' ||
			string_agg(d.content_hash || ':' || e.idx, ',' ORDER BY d.content_hash, e.idx)
		FROM incidents i JOIN events e ON e.incident_id = i.id JOIN documents d ON d.id = e.document_id
		GROUP BY i.id ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func scalar(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// Two servers and three workers on one PostgreSQL database ingest a queue
// of documents: every document is stored once, no job runs twice except
// the one whose worker is killed mid-job, which another worker takes over,
// and fusion gives the incidents a single vigil ingest gives.
func TestWorkersOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process test: not in -short mode")
	}
	docs := 5000
	if v := os.Getenv("VIGIL_WORKER_TEST_DOCS"); v != "" {
		docs, _ = strconv.Atoi(v)
	}
	cluster := pgtest.Start(t)
	bin := buildVigil(t)
	dir := t.TempDir()
	paths, err := ingesttest.WriteReports(filepath.Join(dir, "reports"), docs)
	if err != nil {
		t.Fatal(err)
	}
	dsn := cluster.NewDatabase(t)
	refDSN := cluster.NewDatabase(t)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	for range 2 {
		_, line := startVigil(t, bin, "serve", "--db", dsn, "--addr", "127.0.0.1:0", "--workers", "0")
		if !strings.Contains(line, "serving on") {
			t.Fatalf("serve said %q", line)
		}
	}
	// Queue before the workers start, so the first worker is mid-job when
	// it is killed.
	out, err := exec.Command(bin, append([]string{"ingest", "--db", dsn, "--queue"}, paths...)...).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("%d jobs queued", docs)) {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	start := time.Now()
	var workers []*exec.Cmd
	for range 3 {
		// The lease is long enough that a worker on a loaded machine renews it
		// in time: only the killed worker's jobs may run twice.
		w, _ := startVigil(t, bin, "worker", "--db", dsn, "--concurrency", "2", "--poll", "100ms", "--lease", "10s")
		workers = append(workers, w)
	}

	// Kill the first worker while it holds a job. A job takes tens of
	// milliseconds, so the worker is frozen (SIGSTOP) before its jobs are
	// counted: what it holds then is what it holds when it is killed.
	victim := workers[0]
	owner := fmt.Sprintf("%%:%d/%%", victim.Process.Pid)
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatal("the first worker never held a job")
		}
		if err := victim.Process.Signal(syscall.SIGSTOP); err != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond) // statements it sent before it froze land
		if scalar(t, db, `SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_owner LIKE $1`, owner) > 0 {
			break
		}
		if err := victim.Process.Signal(syscall.SIGCONT); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := victim.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // its connections close
	var orphans []int64
	rows, err := db.Query(`SELECT id FROM jobs WHERE state = 'running' AND lease_owner LIKE $1`, owner)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		orphans = append(orphans, id)
	}
	rows.Close()

	// Wait for the queue to drain: every job done, fusion included.
	deadline = time.Now().Add(3 * time.Minute)
	for scalar(t, db, `SELECT COUNT(*) FROM jobs WHERE state <> 'done'`) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained: %d jobs left", scalar(t, db, `SELECT COUNT(*) FROM jobs WHERE state <> 'done'`))
		}
		time.Sleep(200 * time.Millisecond)
	}
	elapsed := time.Since(start)
	t.Logf("%d documents through 3 workers in %s (%.0f documents/s); %d jobs orphaned by kill -9",
		docs, elapsed.Round(time.Millisecond), float64(docs)/elapsed.Seconds(), len(orphans))

	if n := scalar(t, db, `SELECT COUNT(*) FROM documents`); n != docs {
		t.Errorf("%d documents stored, want %d", n, docs)
	}
	if n := scalar(t, db, `SELECT COUNT(*) FROM jobs WHERE kind = 'ingest'`); n != docs {
		t.Errorf("%d ingest jobs, want %d", n, docs)
	}
	for _, id := range orphans {
		if a := scalar(t, db, `SELECT attempts FROM jobs WHERE id = $1`, id); a != 2 {
			t.Errorf("job %d of the killed worker: %d attempts, want 2 (reclaimed once)", id, a)
		}
	}
	if len(orphans) == 0 {
		t.Error("the killed worker held no job")
	}
	if n := scalar(t, db, `SELECT COUNT(*) FROM jobs WHERE attempts <> 1 AND NOT (id = ANY($1))`, orphans); n != 0 {
		t.Errorf("%d jobs ran more than once without a worker dying", n)
	}

	// The same documents ingested by one process.
	out, err = exec.Command(bin, "ingest", "--db", refDSN, "--workers", "2", filepath.Join(dir, "reports")).CombinedOutput()
	if err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	ref, err := sql.Open("pgx", refDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	got, want := incidentSignatures(t, db), incidentSignatures(t, ref)
	if len(want) == 0 {
		t.Fatal("the reference run made no incidents")
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("queued ingestion made %d incidents, a single process %d; they differ", len(got), len(want))
	}
}
