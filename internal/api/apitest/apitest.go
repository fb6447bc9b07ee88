// Package apitest builds a real SQLite store holding a small, known set of
// documents, events, incidents, claims and equipment, for the tests of the
// api and web packages.
package apitest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Hostile is text a report might carry that must never run in a browser.
const Hostile = `<script>alert("x")</script>`

// The reports of the fixture. FirstText's "five soldiers" and SecondText's
// "seven soldiers" are the evidence spans of their events; SecondText also
// carries Hostile.
const (
	FirstText  = "At least five soldiers were killed early on Saturday when militants attacked a post in Mir Ali, North Waziristan."
	SecondText = "The toll rose to seven soldiers, the military said. Six attackers were killed. " + Hostile
	OtherText  = "Gunmen opened fire on a convoy near Parachinar in Kurram, killing 38 people."
)

// Fixture is what Seed stored.
type Fixture struct {
	Store vigil.Store
	// Documents in the order of the texts above.
	FirstDoc, SecondDoc, OtherDoc int64
	// MirAli is the incident both Mir Ali reports were fused into; Kurram
	// has one source.
	MirAli, Kurram int64
}

// Seed opens a new SQLite database in a temporary folder and stores the
// fixture. The store is closed when the test ends.
func Seed(t testing.TB) *Fixture {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	f := &Fixture{Store: s}

	f.FirstDoc = addDoc(t, s, "dawn-1", "Dawn", "Soldiers killed in Mir Ali", "2024-03-16", FirstText)
	f.SecondDoc = addDoc(t, s, "tribune-1", "The Express Tribune", "Toll rises "+Hostile, "2024-03-17", SecondText)
	f.OtherDoc = addDoc(t, s, "tribune-2", "The Express Tribune", "Kurram convoy attacked", "2024-11-21", OtherText)

	first := event("2024-03-16", "Mir Ali", "Khyber Pakhtunkhwa", 5, vigil.Casualties{SecurityForces: vigil.Counts{Killed: 5}})
	first.Evidence = []vigil.Evidence{span(FirstText, "five soldiers", "casualties.security_forces.killed")}
	second := event("2024-03-16", "Mir Ali", "Khyber Pakhtunkhwa", 13,
		vigil.Casualties{SecurityForces: vigil.Counts{Killed: 7}, Militants: vigil.Counts{Killed: 6}})
	// Overlapping spans: the whole first sentence and the figure within it.
	second.Evidence = []vigil.Evidence{
		span(SecondText, "The toll rose to seven soldiers", "fatalities"),
		span(SecondText, "seven soldiers", "casualties.security_forces.killed"),
		span(SecondText, "Six attackers were killed", "casualties.militants.killed"),
	}
	other := event("2024-11-21", "Parachinar", "Khyber Pakhtunkhwa", 38, vigil.Casualties{Civilians: vigil.Counts{Killed: 38}})
	other.EventType, other.SubEventType = "Violence against civilians", "Attack"

	save(t, s, f.FirstDoc, vigil.Extraction{Events: []vigil.Event{first}})
	save(t, s, f.SecondDoc, vigil.Extraction{Events: []vigil.Event{second},
		Claims: []vigil.Claim{{Metric: "incidents", Value: 140, Bound: vigil.BoundLower, PeriodStart: "2024-01-01",
			PeriodEnd: "2024-12-31", Country: "Pakistan", AttributedTo: "PICSS"}},
		Equipment: []vigil.Equipment{{Kind: "seizure", Category: "weapons", Item: "M4 rifles", Quantity: ptr(int64(3)),
			OriginCountry: "United States", LocationCountry: "Pakistan"}}})
	save(t, s, f.OtherDoc, vigil.Extraction{Events: []vigil.Event{other}})

	events, err := s.Events(ctx, vigil.Filter{})
	if err != nil {
		t.Fatalf("list events: %v", err)
	}
	byDoc := map[int64]int64{}
	for _, e := range events {
		byDoc[e.DocumentID] = e.ID
	}
	mirAli := vigil.Incident{Event: second, FatalitiesLow: 5, FatalitiesHigh: 13, ReconcileRule: "most conservative figure",
		SourceCount: 2, EventIDs: []int64{byDoc[f.FirstDoc], byDoc[f.SecondDoc]}, FusionReason: "same day, place and type"}
	mirAli.Fatalities = ptr(5)
	if f.MirAli, err = s.SaveIncident(ctx, &mirAli); err != nil {
		t.Fatalf("save incident: %v", err)
	}
	kurram := vigil.Incident{Event: other, FatalitiesLow: 38, FatalitiesHigh: 38, ReconcileRule: "single source",
		SourceCount: 1, EventIDs: []int64{byDoc[f.OtherDoc]}}
	if f.Kurram, err = s.SaveIncident(ctx, &kurram); err != nil {
		t.Fatalf("save incident: %v", err)
	}
	return f
}

func addDoc(t testing.TB, s vigil.Store, ext, outlet, title, published, text string) int64 {
	t.Helper()
	day, err := time.Parse(time.DateOnly, published)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	d := &vigil.Document{ExternalID: ext, Origin: "test", Outlet: outlet, Title: title, Published: day,
		URL: "https://example.invalid/" + ext, Raw: text, Text: text, ContentHash: hex.EncodeToString(sum[:])}
	id, created, err := s.AddDocument(context.Background(), d)
	if err != nil || !created {
		t.Fatalf("add document %s: created=%v err=%v", ext, created, err)
	}
	return id
}

func save(t testing.TB, s vigil.Store, doc int64, x vigil.Extraction) {
	t.Helper()
	if err := s.SaveExtraction(context.Background(), doc, x); err != nil {
		t.Fatalf("save extraction of %d: %v", doc, err)
	}
}

func event(date, location, admin1 string, fatalities int, c vigil.Casualties) vigil.Event {
	return vigil.Event{EventDate: ptr(date), TimePrecision: ptr(vigil.TimePrecisionDay), EventType: "Battles",
		SubEventType: "Armed clash", Actor1: "Military Forces of Pakistan", Actor2: "TTP",
		Country: "Pakistan", ISO3: "PAK", Admin1: admin1, Location: location,
		Fatalities: ptr(fatalities), Casualties: c, SourceAttribution: []string{"ISPR"}, Confidence: 0.8}
}

// span is the evidence for the first occurrence of quote in text.
func span(text, quote, field string) vigil.Evidence {
	i := strings.Index(text, quote)
	if i < 0 {
		panic("apitest: quote not in text: " + quote)
	}
	return vigil.Evidence{Field: field, Start: i, End: i + len(quote), Quote: quote}
}

func ptr[T any](v T) *T { return &v }
