package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestMigrationsNumbered(t *testing.T) {
	if len(migrations) < 2 {
		t.Fatalf("%d migrations embedded, want at least 2", len(migrations))
	}
	for i, m := range migrations {
		if m.version != i+1 {
			t.Errorf("migration %s has version %d, want %d: numbers must start at 1 without gaps", m.name, m.version, i+1)
		}
		if strings.TrimSpace(m.sql) == "" {
			t.Errorf("migration %s is empty", m.name)
		}
	}
}

func versions(t *testing.T, db *sql.DB) []int {
	t.Helper()
	rows, err := db.Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	return vs
}

func TestOpenEmptyAndReopen(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	path := filepath.Join(t.TempDir(), "vigil.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, len(migrations))
	}
	var mode string
	if err := s.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.DB().QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	id, _, err := s.AddDocument(ctx, &vigil.Document{Text: "kept across opens", ContentHash: "h1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Opening again applies nothing and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer s.Close()
	if got := versions(t, s.DB()); len(got) != len(migrations) {
		t.Errorf("schema_migrations after reopen = %v", got)
	}
	if d, err := s.Document(ctx, id); err != nil || d.Text != "kept across opens" {
		t.Errorf("Document(%d) after reopen = %+v, %v", id, d, err)
	}
}

// TestUpgradeFromPrevious builds a database at each earlier schema version,
// stores a document the old way, and checks that Open upgrades it in place.
func TestUpgradeFromPrevious(t *testing.T) {
	for prev := 1; prev < len(migrations); prev++ {
		t.Run(migrations[prev-1].name, func(t *testing.T) {
			ctx := vigil.AsOperator(context.Background()) // the command line's viewer
			path := filepath.Join(t.TempDir(), "old.db")
			db, err := sql.Open("sqlite", dsn(path))
			if err != nil {
				t.Fatal(err)
			}
			if err := migrate(ctx, db, prev); err != nil {
				t.Fatal(err)
			}
			if got := versions(t, db); len(got) != prev {
				t.Fatalf("old database has versions %v, want %d", got, prev)
			}
			if _, err := db.Exec(`INSERT INTO documents(text, title, content_hash, ingested_at) VALUES (?, ?, ?, ?)`,
				"Security forces cleared a hideout in Khyber district.", "Khyber operation", "oldhash", "2024-01-01T00:00:00.000000000Z"); err != nil {
				t.Fatal(err)
			}
			db.Close()

			s, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open of a version %d database: %v", prev, err)
			}
			defer s.Close()
			if v, _ := s.SchemaVersion(ctx); v != len(migrations) {
				t.Errorf("upgraded to version %d, want %d", v, len(migrations))
			}
			// The document stored before the upgrade is found by search,
			// whichever migration built the index.
			ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: "hideout"})
			if err != nil || len(ds) != 1 || ds[0].Title != "Khyber operation" {
				t.Errorf("search after upgrade = %+v, %v", ds, err)
			}
		})
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		content []byte
	}{
		{"text file", []byte("incident_id,date\n1,2024-10-05\n")},
		{"short file", []byte("SQL")},
		{"corrupted header", append([]byte("SQLite format 2\x00"), bytes.Repeat([]byte{0xff}, 4096)...)},
		{"gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".db")
			if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded on a non-SQLite file", path)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not an SQLite database") {
				t.Errorf("error %q should name the file and the reason", err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(after, tt.content) {
				t.Errorf("Open modified %s", path)
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Errorf("Open left %s beside the refused file", path+side)
				}
			}
		})
	}
	if _, err := Open(context.Background(), dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("Open of a directory: %v", err)
	}
}

// TestOpenCorruptedDatabase damages the pages of a real database behind its
// valid header: Open or the first query must fail with an error, not a panic.
func TestOpenCorruptedDatabase(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	path := filepath.Join(t.TempDir(), "vigil.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < len(data); i++ {
		data[i] = 0xa5
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name the file", err)
		}
		return
	}
	defer s.Close()
	if _, err := s.Documents(ctx, vigil.DocumentFilter{}); err == nil {
		t.Errorf("listing documents of a corrupted database succeeded")
	}
}

func TestAuditLogAppendOnly(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s := openTemp(t)
	defer s.Close()
	if err := s.AddAudit(ctx, vigil.AuditEntry{Actor: "amina", Action: "verify", Object: "incident:1"}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`UPDATE audit_log SET actor = 'mallory'`,
		`DELETE FROM audit_log`,
	} {
		if _, err := s.DB().Exec(stmt); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: error %v, want the append-only refusal", stmt, err)
		}
	}
	log, err := s.Audit(ctx, "incident:1", 0)
	if err != nil || len(log) != 1 || log[0].Actor != "amina" {
		t.Errorf("audit log after refused changes = %+v, %v", log, err)
	}
}

func TestIntegrityAfterWork(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s := openTemp(t)
	defer s.Close()
	for i := range 20 {
		text := strings.Repeat("word ", i+1)
		id, _, err := s.AddDocument(ctx, &vigil.Document{Text: text, ContentHash: text})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{{EventType: "Battles"}}}); err != nil {
			t.Fatal(err)
		}
	}
	var res string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v", res, err)
	}
	var fts string
	if _, err := s.DB().Exec(`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("FTS integrity check: %v %s", err, fts)
	}
}

// TestTwoProcesses opens the same file twice, as two vigil processes would:
// each sees what the other commits, including for near-duplicate lookups.
func TestTwoProcesses(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	path := filepath.Join(t.TempDir(), "shared.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const h = uint64(0xdead_beef_0000_1111)
	if got, err := a.FindNearDuplicate(ctx, h, 12); err != nil || got != 0 {
		t.Fatalf("empty database: FindNearDuplicate = %d, %v", got, err)
	}
	id, _, err := b.AddDocument(ctx, &vigil.Document{Text: "wire copy", ContentHash: "w", SimHash: h ^ 0xff})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := a.FindNearDuplicate(ctx, h, 12); err != nil || got != id {
		t.Errorf("FindNearDuplicate in the other store = %d, %v; want %d", got, err, id)
	}
	if _, created, err := a.AddDocument(ctx, &vigil.Document{Text: "wire copy", ContentHash: "w"}); err != nil || created {
		t.Errorf("AddDocument of the other store's document: created %v, %v", created, err)
	}
}

// TestConcurrentWriters runs writers on several goroutines, as ingest's
// workers do: none may fail with a busy database.
func TestConcurrentWriters(t *testing.T) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s := openTemp(t)
	defer s.Close()
	errs := make(chan error, 8)
	for w := range 8 {
		go func() {
			for i := range 25 {
				text := fmt.Sprintf("worker %d document %d", w, i)
				id, _, err := s.AddDocument(ctx, &vigil.Document{Text: text, ContentHash: text})
				if err == nil {
					err = s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{{EventType: "Battles"}}})
				}
				if err == nil {
					_, err = s.Events(ctx, vigil.Filter{Unfused: true, Limit: 5})
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if ds, _ := s.Documents(ctx, vigil.DocumentFilter{}); len(ds) != 200 {
		t.Errorf("%d documents stored, want 200", len(ds))
	}
}

// TestMarkingsMigration upgrades a database from before markings: its
// documents, incidents and their history become TLP:CLEAR, which everyone
// sees, the dashboard's tally is rebuilt with them, and the map's precision
// comes from the stored JSON.
func TestMarkingsMigration(t *testing.T) {
	ctx := context.Background() // the anonymous viewer: CLEAR is what it sees
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	const before = 10 // 0010_accounts, the last migration without markings
	if err := migrate(ctx, db, before); err != nil {
		t.Fatal(err)
	}
	const at = "2024-05-02T08:00:00.000000000Z"
	for _, stmt := range []string{
		`INSERT INTO documents(id, text, title, content_hash, ingested_at) VALUES (1, 'Gunmen attacked a bus in Kurram.', 'Kurram attack', 'h1', '` + at + `')`,
		`INSERT INTO incidents(id, event_date, admin1, country, latitude, longitude, fatalities, created_at, updated_at, json)
			VALUES (1, '2024-05-01', 'Khyber Pakhtunkhwa', 'Pakistan', 33.9, 70.1, 4, '` + at + `', '` + at + `', '{"geo_precision":3,"fatalities":4}')`,
		`INSERT INTO incident_versions(incident_id, valid_from, json) VALUES (1, '` + at + `', '{"ID":1,"event_date":"2024-05-01","fatalities":4}')`,
		`INSERT INTO audit_log(at, actor, action, object) VALUES ('` + at + `', 'amina', 'verify', 'incident:1')`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open of a version %d database: %v", before, err)
	}
	defer s.Close()
	if d, err := s.Document(ctx, 1); err != nil || d.Marking.TLP != vigil.TLPClear || d.Marking.Owner != "" {
		t.Errorf("Document(1) after the upgrade = %+v, %v; want it, TLP:CLEAR", d, err)
	}
	if inc, err := s.Incident(ctx, 1); err != nil || inc.Marking.TLP != vigil.TLPClear || inc.Origin != "" {
		t.Errorf("Incident(1) after the upgrade = %+v, %v; want it, TLP:CLEAR, no origin", inc, err)
	}
	past, err := s.IncidentsAsOf(ctx, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), vigil.Filter{})
	if err != nil || len(past) != 1 || past[0].Marking.TLP != vigil.TLPClear {
		t.Errorf("IncidentsAsOf after the upgrade = %+v, %v; want the incident, CLEAR", past, err)
	}
	for _, f := range []vigil.Filter{{}, {From: "2024-05-01", To: "2024-05-31"}} {
		groups, err := s.AggregateIncidents(ctx, f, nil)
		if err != nil || len(groups) != 1 || groups[0].Incidents != 1 || groups[0].Fatalities != 4 {
			t.Errorf("AggregateIncidents(%+v) after the upgrade = %+v, %v; want 1 incident, 4 killed", f, groups, err)
		}
		if n, err := s.CountIncidents(ctx, f); err != nil || n != 1 {
			t.Errorf("CountIncidents(%+v) after the upgrade = %d, %v; want 1", f, n, err)
		}
	}
	points, err := s.MapPoints(ctx, vigil.Filter{}, 10)
	if err != nil || len(points) != 1 || points[0].Precision != 3 {
		t.Errorf("MapPoints after the upgrade = %+v, %v; want one point of precision 3", points, err)
	}
	if log, err := s.Audit(ctx, "incident:1", 0); err != nil || len(log) != 1 {
		t.Errorf("Audit(incident:1) after the upgrade = %+v, %v; want the entry", log, err)
	}
}
