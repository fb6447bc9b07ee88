package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// The package's tests share one throw-away cluster; each takes its own
// database.
func TestMain(m *testing.M) { pgtest.Main(m) }

// openFresh opens a store on a new, empty database of the shared cluster,
// closed when the test ends.
func openFresh(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), pgtest.Shared(t).NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestStore runs the suite every vigil.Store passes.
func TestStore(t *testing.T) {
	c := pgtest.Shared(t)
	storetest.Run(t, func(t *testing.T) vigil.Store {
		s, err := Open(context.Background(), c.NewDatabase(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, dbState)
}

func hashOf(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// TestRefusedInput checks that values PostgreSQL cannot hold are refused
// with EINVALID, naming the problem, and leave nothing behind.
func TestRefusedInput(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	docs := []struct {
		name string
		doc  vigil.Document
		want string // in the message
	}{
		{"NUL in text", vigil.Document{ExternalID: "nul", Text: "six killed\x00 in Bannu"}, "text contains a NUL byte"},
		{"NUL in title", vigil.Document{ExternalID: "nul-title", Title: "a\x00b", Text: "fine text"}, "title contains a NUL byte"},
		{"invalid UTF-8", vigil.Document{ExternalID: "latin1", Text: "Peshawar \xe9t\xe9"}, "UTF8"},
	}
	for _, tt := range docs {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.doc
			d.ContentHash = hashOf(d.Text + d.Title)
			_, _, err := s.AddDocument(ctx, &d)
			if vigil.ErrorCode(err) != vigil.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("AddDocument(%q) error = %v; want EINVALID mentioning %q", tt.doc.ExternalID, err, tt.want)
			}
		})
	}
	if ds, err := s.Documents(ctx, vigil.DocumentFilter{}); err != nil || len(ds) != 0 {
		t.Errorf("refused documents left %d documents, %v", len(ds), err)
	}

	// A date Go parses but PostgreSQL's calendar lacks (there is no year 0).
	id, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: "ok", Text: "A report.", ContentHash: hashOf("A report.")})
	if err != nil {
		t.Fatal(err)
	}
	day := "0000-01-01"
	err = s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{{EventDate: &day, EventType: "Battles"}}})
	if vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("SaveExtraction with date %s: error %v, want EINVALID", day, err)
	}
	if evs, _ := s.Events(ctx, vigil.Filter{}); len(evs) != 0 {
		t.Errorf("a refused extraction stored %d events", len(evs))
	}

	// An ingest error quoting bad input is kept, the NUL made visible.
	if err := s.AddIngestError(ctx, vigil.IngestError{Origin: "x.bin", Message: "binary\x00content"}); err != nil {
		t.Fatalf("AddIngestError with a NUL: %v", err)
	}
	if es, err := s.IngestErrors(ctx, 0); err != nil || len(es) != 1 || es[0].Message != "binary\uFFFDcontent" {
		t.Errorf("IngestErrors = %+v, %v", es, err)
	}
}

// TestConcurrentAddDocument stores one article from many connections at
// once: exactly one call creates it, and every call gets its ID.
func TestConcurrentAddDocument(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	const n = 8
	text := "Security forces repulsed an attack on a check post in Lakki Marwat."
	ids := make([]int64, n)
	created := make([]bool, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			d := &vigil.Document{ExternalID: fmt.Sprint("copy ", i), Outlet: "Dawn", Text: text, ContentHash: hashOf(text)}
			ids[i], created[i], errs[i] = s.AddDocument(ctx, d)
		})
	}
	wg.Wait()
	nCreated := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("AddDocument %d: %v", i, errs[i])
		}
		if ids[i] != ids[0] {
			t.Errorf("AddDocument %d returned id %d, another %d", i, ids[i], ids[0])
		}
		if created[i] {
			nCreated++
		}
	}
	if nCreated != 1 {
		t.Errorf("%d calls created the document, want 1", nCreated)
	}
}

// TestConcurrentMerges saves incidents that steal each other's events from
// several goroutines: whatever the order, every event ends in at most one
// incident, no incident is left empty, and each dissolution is audited.
func TestConcurrentMerges(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	id, _, err := s.AddDocument(ctx, &vigil.Document{Text: "Reports.", ContentHash: hashOf("Reports.")})
	if err != nil {
		t.Fatal(err)
	}
	var x vigil.Extraction
	for range 6 {
		x.Events = append(x.Events, vigil.Event{EventType: "Battles", Admin1: "Balochistan"})
	}
	if err := s.SaveExtraction(ctx, id, x); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var incs []int64
	for _, e := range evs {
		inc := vigil.Incident{EventIDs: []int64{e.ID}}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			t.Fatal(err)
		}
		incs = append(incs, inc.ID)
	}
	// Goroutine i saves incident i with the events of i and i+1.
	var wg sync.WaitGroup
	for i := range len(incs) - 1 {
		wg.Go(func() {
			inc := vigil.Incident{ID: incs[i], EventIDs: []int64{evs[i].ID, evs[i+1].ID}}
			if _, err := s.SaveIncident(ctx, &inc); err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
				t.Errorf("SaveIncident %d: %v", incs[i], err) // ENOTFOUND: dissolved by another merge first
			}
		})
	}
	wg.Wait()
	all, err := s.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]int64{}
	for _, inc := range all {
		if len(inc.EventIDs) == 0 {
			t.Errorf("incident %d has no members", inc.ID)
		}
		for _, e := range inc.EventIDs {
			if other, ok := seen[e]; ok {
				t.Errorf("event %d is in incidents %d and %d", e, other, inc.ID)
			}
			seen[e] = inc.ID
		}
	}
	if len(seen) != len(evs) {
		t.Errorf("%d of %d events are in an incident", len(seen), len(evs))
	}
	dissolved := 0
	log, _ := s.Audit(ctx, "", 0)
	for _, e := range log {
		if e.Action == "dissolve" {
			dissolved++
		}
	}
	if dissolved != len(incs)-len(all) {
		t.Errorf("%d dissolve audit entries for %d incidents gone", dissolved, len(incs)-len(all))
	}
}

// TestHugeVocabulary stores a page with more distinct words than a tsvector
// can hold: it is stored whole, and its beginning is searchable.
func TestHugeVocabulary(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	var b strings.Builder
	for i := 0; b.Len() < 3<<20; i++ {
		fmt.Fprintf(&b, "w%x ", i)
	}
	text := "Opening words of the dump. " + b.String()
	id, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: "dump", Text: text, ContentHash: hashOf(text)})
	if err != nil {
		t.Fatalf("AddDocument of a %d-byte page of distinct words: %v", len(text), err)
	}
	got, err := s.Document(ctx, id)
	if err != nil || got.Text != text {
		t.Fatalf("Document = %d bytes, %v; want the %d bytes stored", len(got.Text), err, len(text))
	}
	if ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: "opening words w1"}); err != nil || len(ds) != 1 {
		t.Errorf("search of the page's beginning = %d documents, %v; want 1", len(ds), err)
	}
}
