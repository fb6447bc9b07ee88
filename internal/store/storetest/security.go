package storetest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/securitytest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// DBState is what hostile input must not change in a store's database,
// read in the database's own dialect by the store's test (StateFunc).
type DBState struct {
	// Schema names each table, index, function or trigger with its
	// definition.
	Schema map[string]string
	// Rows is each table's row count.
	Rows map[string]int
	// Broken is what the database's own integrity check found wrong; empty
	// when it found nothing or the database has no such check.
	Broken string
}

// StateFunc reads the state of the database behind s, a store its
// package's open function returned.
type StateFunc func(t *testing.T, s vigil.Store) DBState

// ReadState reads db's schema and row counts, leaving Broken to the
// caller. schema is the dialect's query of (name, definition) rows, each
// name a kind, a space and the object's name; every "table <name>" row's
// table is counted.
func ReadState(t *testing.T, db *sql.DB, schema string) DBState {
	t.Helper()
	ctx := context.Background()
	state := DBState{Schema: map[string]string{}, Rows: map[string]int{}}
	rows, err := db.QueryContext(ctx, schema)
	if err != nil {
		t.Fatalf("read the schema: %v", err)
	}
	var tables []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		state.Schema[name] = def
		if table, ok := strings.CutPrefix(name, "table "); ok {
			tables = append(tables, table)
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		var n int
		// The names come from the database's catalog, not from input;
		// quoted as both dialects quote identifiers.
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		state.Rows[table] = n
	}
	return state
}

// hostileStore is every reader and writer the security tests feed hostile
// strings: the Store and the account, federation, job and dashboard
// methods both stores have.
type hostileStore interface {
	vigil.Store
	vigil.AccountStore
	vigil.FederationStore
	vigil.JobQueue
	vigil.IncidentAggregator
	vigil.IncidentSorter
	vigil.IncidentMapper
}

// asHostileStore fails the test when s lacks a method the security tests
// call: a store that has fewer methods has fewer doors, but must say so
// by not claiming the interfaces, not by being skipped here silently.
func asHostileStore(t *testing.T, s vigil.Store) hostileStore {
	t.Helper()
	h, ok := s.(hostileStore)
	if !ok {
		t.Fatalf("%T lacks the account, federation, job or dashboard methods the security tests call", s)
	}
	return h
}

// securityTests are the hostile-input tests; they compare the database's
// state before and after, so they need the store's StateFunc.
func securityTests(state StateFunc) []struct {
	name string
	fn   func(t *testing.T, s vigil.Store)
} {
	return []struct {
		name string
		fn   func(t *testing.T, s vigil.Store)
	}{
		{"SecurityReadPayloads", func(t *testing.T, s vigil.Store) { testReadPayloads(t, s, state) }},
		{"SecurityWritePayloads", func(t *testing.T, s vigil.Store) { testWritePayloadsRoundTrip(t, s, state) }},
	}
}

// unholdable reports whether v is text some database cannot store as text
// (PostgreSQL takes no NUL byte and no invalid UTF-8): the only strings a
// store may refuse where it refuses nothing else.
func unholdable(v string) bool {
	return strings.ContainsRune(v, 0) || !utf8.ValidString(v)
}

// seedReports stores two reports, their events, a claim, equipment and an
// incident, in the operator's context.
func seedReports(t *testing.T, s hostileStore) {
	t.Helper()
	texts := []string{
		"Four policemen were killed when gunmen attacked a checkpost in Bannu on Monday night.",
		"Security forces killed three militants in an exchange of fire in Zhob, the military said.",
	}
	var eventIDs []int64
	for i, text := range texts {
		sum := sha256.Sum256([]byte(text))
		d := &vigil.Document{ExternalID: "seed-" + string(rune('a'+i)), Origin: "test", Outlet: "Dawn", Title: "Report " + string(rune('A'+i)),
			Published: time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC), Raw: text, Text: text, ContentHash: hex.EncodeToString(sum[:])}
		id, _, err := s.AddDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		day, n := "2024-06-03", int64(3)
		x := vigil.Extraction{
			Events: []vigil.Event{{EventDate: &day, EventType: "Battles", SubEventType: "Armed clash", Actor1: "Police Forces of Pakistan",
				Country: "Pakistan", ISO3: "PAK", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bannu", Location: "Bannu"}},
			Claims:    []vigil.Claim{{Metric: "deaths", Value: 4, Bound: vigil.BoundExact, PeriodStart: day, PeriodEnd: day, Country: "Pakistan"}},
			Equipment: []vigil.Equipment{{Kind: "seizure", Category: "weapons", Item: "rifles", Quantity: &n}},
		}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(evs) != 1 {
			t.Fatalf("events of %d: %v %v", id, evs, err)
		}
		eventIDs = append(eventIDs, evs[0].ID)
	}
	day := "2024-06-03"
	inc := vigil.Incident{Event: vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Location: "Bannu"},
		SourceCount: 2, EventIDs: eventIDs, ReconcileRule: "most conservative figure"}
	if _, err := s.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
}

// allowed reports whether err is what hostile input may get: nothing, or
// a coded refusal (EINVALID, ENOTFOUND), never an internal error.
func allowed(err error) bool {
	switch vigil.ErrorCode(err) {
	case "", vigil.EINVALID, vigil.ENOTFOUND:
		return true
	}
	return false
}

// Every hostile payload in every string a read method takes (each filter
// field, a sort order, a grouping, an outlet, an audit object, an account
// or partner name, a feed URL, a job state) is refused with EINVALID or
// reads nothing it should not: an exact-match filter matches no row, so
// neither quotes nor LIKE wildcards widen it. What the database cannot
// hold (PostgreSQL: a NUL byte, invalid UTF-8) is refused with EINVALID.
// Afterwards the database's state (schema, every table's row count,
// integrity) is as before.
func testReadPayloads(t *testing.T, store vigil.Store, state StateFunc) {
	s := asHostileStore(t, store)
	seedReports(t, s)
	before := state(t, s)
	exact := []struct {
		name string
		set  func(*vigil.Filter, string)
	}{
		{"country", func(f *vigil.Filter, v string) { f.Country = v }},
		{"admin1", func(f *vigil.Filter, v string) { f.Admin1 = v }},
		{"admin2", func(f *vigil.Filter, v string) { f.Admin2 = v }},
		{"type", func(f *vigil.Filter, v string) { f.EventType = v }},
		{"actor", func(f *vigil.Filter, v string) { f.Actor = v }},
	}
	// Claims have no district, event type or actor, and equipment no
	// province either: those filters do not narrow them.
	ignores := map[string][]string{"Claims": {"admin2", "type", "actor"}, "Equipment": {"admin1", "admin2", "type", "actor"}}
	// readAll runs every reader of a Filter and returns what went wrong:
	// an internal error, or, when the filter sets field and the reader
	// applies it, a record found.
	readAll := func(f vigil.Filter, field string) []string {
		var problems []string
		note := func(what string, n int, err error) {
			if !allowed(err) {
				problems = append(problems, what+": "+err.Error())
			} else if err == nil && field != "" && !slices.Contains(ignores[what], field) && n > 0 {
				problems = append(problems, what+" matched records")
			}
		}
		incs, err := s.Incidents(ctx, f)
		note("Incidents", len(incs), err)
		n, err := s.CountIncidents(ctx, f)
		note("CountIncidents", n, err)
		evs, err := s.Events(ctx, f)
		note("Events", len(evs), err)
		cls, err := s.Claims(ctx, f)
		note("Claims", len(cls), err)
		eqs, err := s.Equipment(ctx, f)
		note("Equipment", len(eqs), err)
		sorted, err := s.SortedIncidents(ctx, f, "toll")
		note("SortedIncidents", len(sorted), err)
		groups, err := s.AggregateIncidents(ctx, f, []string{"month", "admin1"})
		note("AggregateIncidents", len(groups), err)
		points, err := s.MapPoints(ctx, f, 100)
		note("MapPoints", len(points), err)
		asOf, err := s.IncidentsAsOf(ctx, time.Now(), f)
		note("IncidentsAsOf", len(asOf), err)
		return problems
	}
	// The readers find the seeded records without a filter, so "matched
	// nothing" below means something.
	if problems := readAll(vigil.Filter{}, ""); len(problems) > 0 {
		t.Fatalf("reading without a filter: %v", problems)
	}
	if n, err := s.CountIncidents(ctx, vigil.Filter{Country: "pakistan"}); err != nil || n != 1 {
		t.Fatalf("the seeded incident is not found by country: %d, %v", n, err)
	}
	for _, p := range securitytest.Payloads() {
		for _, field := range exact {
			var f vigil.Filter
			field.set(&f, p.Value)
			for _, problem := range readAll(f, field.name) {
				t.Errorf("%s as %s: %s", p.Name, field.name, problem)
			}
		}
		// Fields with a syntax of their own are refused or read safely.
		for _, f := range []vigil.Filter{{From: p.Value}, {To: p.Value}, {ReviewState: p.Value}, {Text: p.Value}} {
			for _, problem := range readAll(f, "") {
				t.Errorf("%s in %+.60v: %s", p.Name, f, problem)
			}
		}
		if f := (vigil.Filter{From: p.Value}); p.Value != "" {
			if _, err := s.Incidents(ctx, f); vigil.ErrorCode(err) != vigil.EINVALID {
				t.Errorf("%s as a from date: %v, want EINVALID", p.Name, err)
			}
		}
		if _, err := s.SortedIncidents(ctx, vigil.Filter{}, p.Value); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s as a sort order: %v, want EINVALID", p.Name, err)
		}
		if _, err := s.AggregateIncidents(ctx, vigil.Filter{}, []string{p.Value}); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s as a grouping: %v, want EINVALID", p.Name, err)
		}
		for _, df := range []vigil.DocumentFilter{{Outlet: p.Value}, {Text: p.Value}} {
			docs, err := s.Documents(ctx, df)
			if !allowed(err) {
				t.Errorf("%s in %+.60v: %v", p.Name, df, err)
			}
			if df.Outlet != "" && len(docs) > 0 {
				t.Errorf("%s as an outlet matched %d documents", p.Name, len(docs))
			}
		}
		if entries, err := s.Audit(ctx, p.Value, 10); !allowed(err) || len(entries) > 0 {
			t.Errorf("%s as an audit object: %d entries, %v", p.Name, len(entries), err)
		}
		if _, err := s.User(ctx, p.Value); vigil.ErrorCode(err) != vigil.ENOTFOUND && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s as a user name: %v, want not found", p.Name, err)
		}
		if _, err := s.Org(ctx, p.Value); vigil.ErrorCode(err) != vigil.ENOTFOUND && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s as an organisation: %v, want not found", p.Name, err)
		}
		if _, err := s.Partner(ctx, p.Value); vigil.ErrorCode(err) != vigil.ENOTFOUND && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s as a partner: %v, want not found", p.Name, err)
		}
		if st, err := s.FeedState(ctx, p.Value); !allowed(err) || (err == nil && st != nil && len(st.Seen) > 0) {
			t.Errorf("%s as a feed URL: %+v, %v", p.Name, st, err)
		}
		if jobs, err := s.Jobs(ctx, p.Value, 10); !allowed(err) || len(jobs) > 0 {
			t.Errorf("%s as a job state: %d jobs, %v", p.Name, len(jobs), err)
		}
	}
	if after := state(t, s); !reflect.DeepEqual(before, after) {
		t.Errorf("hostile reads changed the database:\nbefore %+v\nafter  %+v", before, after)
	}
	if before.Broken != "" {
		t.Errorf("integrity check: %q", before.Broken)
	}
}

// Hostile text in every field of a stored record (a document's title,
// outlet, URL, origin and text; an event's places and actors; a claim's
// and an equipment record's strings; an account's name; an audit reason)
// is either refused with EINVALID or stored and read back byte for byte,
// and storing it adds exactly the rows it should: it never runs as SQL.
// Only what some database cannot hold (a NUL byte, invalid UTF-8) may be
// refused where nothing else refuses it: an audit entry.
func testWritePayloadsRoundTrip(t *testing.T, store vigil.Store, state StateFunc) {
	s := asHostileStore(t, store)
	seedReports(t, s)
	if _, err := s.AddOrg(ctx, "ctd", time.Now()); err != nil {
		t.Fatal(err)
	}
	start := state(t, s)
	stored := map[string]int{}
	for i, p := range securitytest.Payloads() {
		text := "Two soldiers were injured near " + p.Value + " on Friday."
		sum := sha256.Sum256([]byte(text))
		d := &vigil.Document{ExternalID: p.Value, Origin: p.Value, Outlet: p.Value, URL: p.Value, Title: p.Value,
			Raw: text, Text: text, ContentHash: hex.EncodeToString(sum[:])}
		id, created, err := s.AddDocument(ctx, d)
		switch {
		case vigil.ErrorCode(err) == vigil.EINVALID:
			if !strings.Contains(err.Error(), "document") {
				t.Errorf("%s: the refusal does not say what it refused: %v", p.Name, err)
			}
			continue
		case err != nil:
			t.Errorf("%s: add document: %v", p.Name, err)
			continue
		case !created:
			t.Errorf("%s: the document was taken for another", p.Name)
			continue
		}
		stored["documents"]++
		got, err := s.Document(ctx, id)
		if err != nil {
			t.Fatalf("%s: read document %d: %v", p.Name, id, err)
		}
		for _, pair := range [][2]string{{"title", got.Title}, {"outlet", got.Outlet}, {"url", got.URL}, {"origin", got.Origin},
			{"external id", got.ExternalID}} {
			if pair[1] != p.Value {
				t.Errorf("%s: the document's %s reads back as %.60q", p.Name, pair[0], pair[1])
			}
		}
		if got.Text != text {
			t.Errorf("%s: the document's text reads back as %.60q", p.Name, got.Text)
		}

		day := "2024-06-07"
		e := vigil.Event{EventDate: &day, EventType: "Battles", Actor1: p.Value, Actor2: p.Value, Perpetrator: p.Value,
			Country: p.Value, Admin1: p.Value, Admin2: p.Value, Location: p.Value, Weapons: []string{p.Value}}
		x := vigil.Extraction{Events: []vigil.Event{e},
			Claims:    []vigil.Claim{{Metric: "deaths", Value: 2, Bound: vigil.BoundExact, Country: p.Value, Admin1: p.Value, AttributedTo: p.Value}},
			Equipment: []vigil.Equipment{{Kind: "seizure", Category: "weapons", Item: p.Value, Holder: p.Value, AttributedTo: p.Value}}}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Errorf("%s: save extraction: %v", p.Name, err)
			}
			continue
		}
		stored["events"]++
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(evs) != 1 {
			t.Fatalf("%s: events: %v, %v", p.Name, evs, err)
		}
		want := p.Value
		if !utf8.ValidString(want) {
			// Records travel as JSON, which keeps only valid UTF-8.
			want = strings.ToValidUTF8(want, "\uFFFD")
		}
		ev := evs[0].Event
		for _, got := range []string{ev.Actor1, ev.Actor2, ev.Perpetrator, ev.Country, ev.Admin1, ev.Admin2, ev.Location} {
			if got != want && !strings.ContainsRune(got, utf8.RuneError) {
				t.Errorf("%s: an event field reads back as %.60q", p.Name, got)
			}
		}
		// The exact-match filter finds the record again by the payload.
		if found, err := s.Events(ctx, vigil.Filter{Actor: p.Value}); err == nil && utf8.ValidString(p.Value) && len(found) != 1 {
			t.Errorf("%s: filtering by the stored actor finds %d events", p.Name, len(found))
		}

		name := "user " + strings.Repeat("x", i%3) + p.Value
		u := &vigil.User{Name: name, Org: "ctd", Role: vigil.RoleViewer, PasswordHash: "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5aw", CreatedAt: time.Now()}
		if _, err := s.AddUser(ctx, u); err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Errorf("%s: add user: %v", p.Name, err)
			}
		} else {
			stored["users"]++
			if got, err := s.User(ctx, name); err != nil || got.Name != name {
				t.Errorf("%s: user reads back as %+v, %v", p.Name, got, err)
			}
		}

		a := vigil.AuditEntry{At: time.Now(), Actor: p.Value, Action: "note", Object: "document:" + p.Value, Reason: p.Value}
		if err := s.AddAudit(ctx, a); err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID || !unholdable(p.Value) {
				t.Errorf("%s: add audit entry: %v", p.Name, err)
			}
			continue
		}
		stored["audit"]++
		entries, err := s.Audit(ctx, a.Object, 5)
		if err != nil || len(entries) != 1 || entries[0].Reason != p.Value || entries[0].Actor != p.Value {
			t.Errorf("%s: the audit entry reads back as %+.80v, %v", p.Name, entries, err)
		}
	}
	end := state(t, s)
	if !reflect.DeepEqual(start.Schema, end.Schema) {
		t.Errorf("hostile records changed the schema:\nbefore %v\nafter  %v", start.Schema, end.Schema)
	}
	if end.Broken != "" {
		t.Errorf("hostile records broke the database: %q", end.Broken)
	}
	for table, want := range map[string]int{"documents": stored["documents"], "events": stored["events"], "users": stored["users"], "audit_log": stored["audit"]} {
		if got := end.Rows[table] - start.Rows[table]; got != want {
			t.Errorf("table %s gained %d rows, want %d", table, got, want)
		}
	}
	if stored["documents"] < len(securitytest.Payloads())*2/3 {
		t.Errorf("only %d of %d hostile documents stored: %v", stored["documents"], len(securitytest.Payloads()), stored)
	}
	t.Logf("stored %v", stored)
}
