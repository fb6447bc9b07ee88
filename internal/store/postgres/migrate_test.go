package postgres

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/pgtest"
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
	ctx := vigil.AsOperator(context.Background())
	dsn := pgtest.Shared(t).NewDatabase(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, len(migrations))
	}
	id, _, err := s.AddDocument(ctx, &vigil.Document{Text: "kept across opens", ContentHash: "h1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Opening again applies nothing and keeps the data.
	s, err = Open(ctx, dsn)
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

// TestConcurrentOpen starts several vigil processes (here: connection pools)
// on one empty database at the same moment: the advisory lock makes them
// take turns, so each migration is applied exactly once and all succeed.
func TestConcurrentOpen(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	dsn := pgtest.Shared(t).NewDatabase(t)
	const n = 6
	stores := make([]*Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { stores[i], errs[i] = Open(ctx, dsn) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("Open %d: %v", i, errs[i])
			continue
		}
		defer stores[i].Close()
	}
	if t.Failed() {
		return
	}
	if got := versions(t, stores[0].DB()); len(got) != len(migrations) {
		t.Errorf("schema_migrations = %v, want each of the %d migrations once", got, len(migrations))
	}
}

// TestUpgradeFromPrevious builds a database at each earlier schema version,
// stores a document and an incident the old way, and checks that Open
// upgrades it in place: search finds the document, and an incident stored
// before history was kept (0002) has a history from its last update.
func TestUpgradeFromPrevious(t *testing.T) {
	c := pgtest.Shared(t)
	for prev := 1; prev < len(migrations); prev++ {
		t.Run(migrations[prev-1].name, func(t *testing.T) {
			ctx := vigil.AsOperator(context.Background())
			dsn := c.NewDatabase(t)
			db, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			if err := migrate(ctx, db, prev); err != nil {
				t.Fatal(err)
			}
			if got := versions(t, db); len(got) != prev {
				t.Fatalf("old database has versions %v, want %d", got, prev)
			}
			if _, err := db.Exec(`INSERT INTO documents(text, title, content_hash, ingested_at) VALUES ($1, $2, $3, now())`,
				"Security forces cleared a hideout near Peshāwar; see ispr.gov.pk.", "Khyber operation", "oldhash"); err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(`INSERT INTO incidents(event_type, fatalities, latitude, longitude, created_at, updated_at, json)
				VALUES ('Battles', 4, 33.6, 73.0, now(), now(), '{"event_type":"Battles","fatalities":4,"geo_precision":2}')`); err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(`INSERT INTO audit_log(at, actor, action, object) VALUES (now(), 'amina', 'verify', 'incident:1')`); err != nil {
				t.Fatal(err)
			}
			db.Close()

			s, err := Open(ctx, dsn)
			if err != nil {
				t.Fatalf("Open of a version %d database: %v", prev, err)
			}
			defer s.Close()
			if v, _ := s.SchemaVersion(ctx); v != len(migrations) {
				t.Errorf("upgraded to version %d, want %d", v, len(migrations))
			}
			// Search finds the old document as it finds new ones, whichever
			// migration last changed the search vector.
			ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: "hideout peshawar ispr"})
			if err != nil || len(ds) != 1 || ds[0].Title != "Khyber operation" {
				t.Errorf("search after upgrade = %+v, %v", ds, err)
			}
			incs, err := s.Incidents(ctx, vigil.Filter{})
			if err != nil || len(incs) != 1 {
				t.Fatalf("Incidents after upgrade = %+v, %v", incs, err)
			}
			// Rows stored before markings are open-source reporting: CLEAR,
			// which anyone, the anonymous viewer included, sees and counts.
			anon := context.Background()
			clear := vigil.Marking{TLP: vigil.TLPClear}
			if ds, err := s.Documents(anon, vigil.DocumentFilter{}); err != nil || len(ds) != 1 || !reflect.DeepEqual(ds[0].Marking, clear) {
				t.Errorf("anonymous Documents after upgrade = %+v, %v; want the old document, CLEAR", ds, err)
			}
			if got, err := s.Incidents(anon, vigil.Filter{}); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Marking, clear) || got[0].Origin != "" {
				t.Errorf("anonymous Incidents after upgrade = %+v, %v; want the old incident, CLEAR, local", got, err)
			}
			if gs, err := s.AggregateIncidents(anon, vigil.Filter{}, nil); err != nil || len(gs) != 1 || gs[0].Incidents != 1 || gs[0].Fatalities != 4 {
				t.Errorf("anonymous AggregateIncidents after upgrade = %+v, %v; want 1 incident, 4 killed", gs, err)
			}
			if n, err := s.CountIncidents(anon, vigil.Filter{}); err != nil || n != 1 {
				t.Errorf("anonymous CountIncidents after upgrade = %d, %v; want 1", n, err)
			}
			// The map reads the precision, which 0011 copies from the JSON
			// to a column.
			if ps, err := s.MapPoints(anon, vigil.Filter{}, 10); prev < 11 && (err != nil || len(ps) != 1 || ps[0].Precision != 2) {
				t.Errorf("anonymous MapPoints after upgrade = %+v, %v; want the incident at precision 2", ps, err)
			}
			if es, err := s.Audit(anon, "incident:1", 0); err != nil || len(es) != 1 || es[0].Actor != "amina" {
				t.Errorf("anonymous Audit(incident:1) after upgrade = %+v, %v; want the old entry", es, err)
			}
			if prev >= 2 {
				return // stored by hand after history began, the incident has none
			}
			past, err := s.IncidentsAsOf(ctx, incs[0].UpdatedAt, vigil.Filter{})
			if err != nil || len(past) != 1 || past[0].ID != incs[0].ID || past[0].Fatalities == nil || *past[0].Fatalities != 4 {
				t.Errorf("IncidentsAsOf(last update) after upgrade = %+v, %v", past, err)
			}
		})
	}
}

func TestAuditLogAppendOnly(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	if err := s.AddAudit(ctx, vigil.AuditEntry{Actor: "amina", Action: "verify", Object: "incident:1"}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`UPDATE audit_log SET actor = 'mallory'`,
		`DELETE FROM audit_log`,
		`TRUNCATE audit_log`,
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

// TestTwoProcesses opens the same database twice, as two vigil processes
// would: each sees what the other commits, near-duplicates included.
func TestTwoProcesses(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	dsn := pgtest.Shared(t).NewDatabase(t)
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, dsn)
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
	if hs, err := a.SimHashes(ctx); err != nil || len(hs) != 1 || hs[0].ID != id || hs[0].SimHash != h^0xff {
		t.Errorf("SimHashes = %+v, %v", hs, err)
	}
	if _, created, err := a.AddDocument(ctx, &vigil.Document{Text: "wire copy", ContentHash: "w"}); err != nil || created {
		t.Errorf("AddDocument of the other store's document: created %v, %v", created, err)
	}
}

// TestOpenErrors checks that a database vigil cannot reach is reported with
// its address, and never with its password.
func TestOpenErrors(t *testing.T) {
	c := pgtest.Shared(t)
	ctx := vigil.AsOperator(context.Background())
	tests := []struct {
		name, dsn, want string
	}{
		{"no such database", strings.Replace(c.DSN("postgres"), "/postgres?", "/absent?", 1), "absent"},
		{"nobody listening", "postgres://vigil:s3cret@127.0.0.1:1/vigil?sslmode=disable&connect_timeout=5", "127.0.0.1:1"},
		{"not a URL", "postgres://[::1", "postgres"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.dsn)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.dsn)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "s3cret") {
				t.Errorf("Open(%q) error %q; want it to name %q and hide the password", tt.dsn, err, tt.want)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://vigil:s3cret@db.example.org:5432/vigil", "postgres://vigil:xxxxx@db.example.org:5432/vigil"},
		{"postgres://vigil@127.0.0.1/vigil?sslmode=disable", "postgres://vigil@127.0.0.1/vigil?sslmode=disable"},
		{"host=db user=vigil password=s3cret", "(connection string)"},
		{"host=db user=vigil", "host=db user=vigil"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
