// Package storetest is the behaviour every vigil.Store must show, as one
// test suite: each store package (sqlite, and later postgres) runs it
// against a fresh real database.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Run runs the whole suite. open must return an empty store that the test
// owns; Run closes it. state reads the database behind such a store in its
// own dialect, for the security tests to compare before and after hostile
// input.
//
// The suite asks only for what every database vigil supports can give:
// times to the microsecond, text without NUL bytes.
func Run(t *testing.T, open func(t *testing.T) vigil.Store, state StateFunc) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s vigil.Store)
	}{
		{"AddDocumentDedup", testAddDocumentDedup},
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"DocumentErrors", testDocumentErrors},
		{"Documents", testDocuments},
		{"FindNearDuplicate", testFindNearDuplicate},
		{"Search", testSearch},
		{"SaveExtraction", testSaveExtraction},
		{"SaveExtractionReplaces", testSaveExtractionReplaces},
		{"SaveExtractionErrors", testSaveExtractionErrors},
		{"EventFilters", testEventFilters},
		{"Incidents", testIncidents},
		{"IncidentFilters", testIncidentFilters},
		{"IncidentErrors", testIncidentErrors},
		{"IncidentMerge", testIncidentMerge},
		{"ClaimsAndEquipment", testClaimsAndEquipment},
		{"SourcedAfter", testSourcedAfter},
		{"FeedState", testFeedState},
		{"IngestErrors", testIngestErrors},
		{"Audit", testAudit},
		{"CancelledContext", testCancelledContext},
		{"LargeDocument", testLargeDocument},
	}
	tests = append(tests, reviewTests...)
	tests = append(tests, keysetTests...)
	tests = append(tests, markingTests...)
	tests = append(tests, securityTests(state)...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// ctx is the context of every call: the suite has no deadlines to test.
var ctx = vigil.AsOperator(context.Background())

func ptr[T any](v T) *T { return &v }

func hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// doc builds a document from its text, hashed the way ingest hashes it.
func doc(outlet, title, text string) *vigil.Document {
	return &vigil.Document{ExternalID: title, Outlet: outlet, Title: title, Text: text, Raw: text,
		ContentHash: hash(text), Origin: "test", Published: time.Date(2024, 10, 5, 9, 30, 0, 0, time.UTC)}
}

func mustAdd(t *testing.T, s vigil.Store, d *vigil.Document) int64 {
	t.Helper()
	id, created, err := s.AddDocument(ctx, d)
	if err != nil || !created || id == 0 {
		t.Fatalf("AddDocument(%q) = %d, %v, %v; want a new id", d.Title, id, created, err)
	}
	return id
}

// event builds an event with the fields filters look at.
func event(day, admin1, admin2, typ, actor string, killed int) vigil.Event {
	e := vigil.Event{EventType: typ, Actor1: actor, Country: "Pakistan", ISO3: "PAK", Admin1: admin1, Admin2: admin2,
		Location: admin2, Fatalities: ptr(killed), Summary: fmt.Sprintf("%s %s %s", day, admin2, typ),
		Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: killed}}}
	if day != "" {
		e.EventDate, e.TimePrecision = ptr(day), ptr(vigil.TimePrecisionDay)
	}
	return e
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := vigil.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %q, want %q", what, err, got, code)
	}
}

func testAddDocumentDedup(t *testing.T, s vigil.Store) {
	first := doc("Dawn", "Operation in North Waziristan", "Security forces killed six militants in North Waziristan.")
	id := mustAdd(t, s, first)
	if first.ID != id {
		t.Errorf("AddDocument set ID %d, returned %d", first.ID, id)
	}
	// The same text from another outlet is the same document.
	again := doc("The News", "Another title", first.Text)
	id2, created, err := s.AddDocument(ctx, again)
	if err != nil || created || id2 != id {
		t.Errorf("second AddDocument of the same text = %d, %v, %v; want %d, false, nil", id2, created, err, id)
	}
	other := doc("Dawn", "Another report", "Two soldiers were martyred in an exchange of fire.")
	if id3 := mustAdd(t, s, other); id3 == id {
		t.Errorf("different text got the same id %d", id3)
	}
	all, err := s.Documents(ctx, vigil.DocumentFilter{})
	if err != nil || len(all) != 2 {
		t.Errorf("Documents() = %d documents, %v; want 2", len(all), err)
	}
}

func testDocumentRoundTrip(t *testing.T, s vigil.Store) {
	tests := []struct {
		name string
		doc  vigil.Document
	}{
		{"english", vigil.Document{ExternalID: "dawn-1", Origin: "https://example.org/feed", Outlet: "Dawn",
			URL: "https://example.org/a?b=1&c=2", Title: "Six \"khwarij\" killed, ISPR says",
			Published: time.Date(2024, 10, 5, 14, 3, 7, 123456000, time.UTC),
			Raw:       "<p>Six killed</p>", Text: "Six killed,\nsays ISPR.\t'quoted'", SimHash: 0xfedcba9876543210}},
		{"urdu", vigil.Document{ExternalID: "urdu-1", Outlet: "جنگ", Title: "شمالی وزیرستان میں آپریشن",
			Text: "سیکیورٹی فورسز نے شمالی وزیرستان میں چھ دہشت گرد ہلاک کر دیے۔", SimHash: 1}},
		{"pashto", vigil.Document{ExternalID: "ps-1", Title: "په وزیرستان کې عملیات",
			Text: "امنیتي ځواکونو په شمالي وزیرستان کې شپږ وسله وال ووژل.", SimHash: 1 << 63}},
		{"no published date", vigil.Document{ExternalID: "nodate", Text: "A report with no date."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.doc
			d.ContentHash = hash(d.Text)
			id := mustAdd(t, s, &d)
			got, err := s.Document(ctx, id)
			if err != nil {
				t.Fatalf("Document(%d): %v", id, err)
			}
			want := d
			want.ID = id
			if !got.Published.Equal(want.Published) || !got.IngestedAt.Equal(want.IngestedAt) {
				t.Errorf("times = %v, %v; want %v, %v", got.Published, got.IngestedAt, want.Published, want.IngestedAt)
			}
			if got.IngestedAt.IsZero() {
				t.Errorf("IngestedAt not set")
			}
			got.Published, got.IngestedAt, want.Published, want.IngestedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("round trip:\n got %+v\nwant %+v", *got, want)
			}
		})
	}
}

func testDocumentErrors(t *testing.T, s vigil.Store) {
	_, err := s.Document(ctx, 999)
	wantCode(t, "Document(999)", err, vigil.ENOTFOUND)
	_, _, err = s.AddDocument(ctx, &vigil.Document{ExternalID: "nohash", Text: "text"})
	wantCode(t, "AddDocument without hash", err, vigil.EINVALID)
	d := doc("", "linked", "A copy of a document that does not exist.")
	d.NearDuplicateOf = 4242
	_, _, err = s.AddDocument(ctx, d)
	wantCode(t, "AddDocument linked to a missing document", err, vigil.EINVALID)
	_, err = s.Documents(ctx, vigil.DocumentFilter{Limit: -1})
	wantCode(t, "Documents(limit -1)", err, vigil.EINVALID)
}

func testDocuments(t *testing.T, s vigil.Store) {
	var ids []int64
	for i, outlet := range []string{"Dawn", "ISPR", "Dawn", "dawn", "Geo"} {
		ids = append(ids, mustAdd(t, s, doc(outlet, fmt.Sprint("report ", i), fmt.Sprintf("Report number %d of the day.", i))))
	}
	tests := []struct {
		name string
		f    vigil.DocumentFilter
		want []int64
	}{
		{"all, newest first", vigil.DocumentFilter{}, []int64{ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"outlet ignores case", vigil.DocumentFilter{Outlet: "DAWN"}, []int64{ids[3], ids[2], ids[0]}},
		{"limit", vigil.DocumentFilter{Limit: 2}, []int64{ids[4], ids[3]}},
		{"offset", vigil.DocumentFilter{Limit: 2, Offset: 3}, []int64{ids[1], ids[0]}},
		{"offset alone", vigil.DocumentFilter{Offset: 4}, []int64{ids[0]}},
		{"text", vigil.DocumentFilter{Text: "number 3"}, []int64{ids[3]}},
		{"no match", vigil.DocumentFilter{Outlet: "Reuters"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := s.Documents(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, d := range ds {
				got = append(got, d.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Documents(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
}

func testFindNearDuplicate(t *testing.T, s vigil.Store) {
	const h = uint64(0x8000_1234_5678_9abc) // the high bit set: the store must keep all 64 bits
	first := doc("Dawn", "wire", "The wire copy as Dawn printed it.")
	first.SimHash = h
	firstID := mustAdd(t, s, first)
	second := doc("Geo", "wire again", "The wire copy as Geo printed it.")
	second.SimHash = h ^ 0b11 // 2 bits away from the first
	mustAdd(t, s, second)
	far := doc("ISPR", "unrelated", "Something else entirely.")
	far.SimHash = ^h
	farID := mustAdd(t, s, far)

	// flip returns h with n low bits of each 16-bit band flipped, spread so
	// that no band is left intact once n >= 4.
	flip := func(h uint64, n int) uint64 {
		for i := range n {
			h ^= 1 << (16*(i%4) + i/4)
		}
		return h
	}
	tests := []struct {
		name    string
		simhash uint64
		max     int
		want    int64
	}{
		{"identical", h, 0, firstID},
		{"one bit", h ^ 1<<40, 3, firstID},
		{"three bits, every band but one touched", flip(h, 3), 3, firstID},
		{"four bits, every band touched, max 3", flip(h, 4), 3, 0},
		{"four bits, max 4", flip(h, 4), 4, firstID},
		{"six bits, max 8", flip(h, 6), 8, firstID},
		{"the other end", ^h, 0, farID},
		{"nothing near", 0x0f0f_0f0f_0f0f_0f0f, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FindNearDuplicate(ctx, tt.simhash, tt.max)
			if err != nil || got != tt.want {
				t.Errorf("FindNearDuplicate(%016x, %d) = %d, %v; want %d", tt.simhash, tt.max, got, err, tt.want)
			}
		})
	}
	_, err := s.FindNearDuplicate(ctx, h, -1)
	wantCode(t, "FindNearDuplicate(-1)", err, vigil.EINVALID)

	// A document stored after a wide lookup is found by the next one.
	const other = uint64(0x00ff_00ff_00ff_00ff)
	if got, _ := s.FindNearDuplicate(ctx, other, 10); got != 0 {
		t.Fatalf("FindNearDuplicate(%016x, 10) = %d before any such document", other, got)
	}
	late := doc("Geo", "late", "A document stored after the lookups.")
	late.SimHash = other ^ 0xf0f
	lateID := mustAdd(t, s, late)
	if got, err := s.FindNearDuplicate(ctx, other, 10); err != nil || got != lateID {
		t.Errorf("FindNearDuplicate(%016x, 10) = %d, %v after storing it; want %d", other, got, err, lateID)
	}
}

func testSearch(t *testing.T, s vigil.Store) {
	a := mustAdd(t, s, doc("Dawn", "Attack in Bannu", "Militants attacked a police post in Bannu; two constables were martyred."))
	b := mustAdd(t, s, doc("ISPR", "IBO in North Waziristan", `Six "khwarij" were sent to hell, the ISPR said.`))
	u := mustAdd(t, s, doc("Jang", "کوئٹہ", "کوئٹہ میں دھماکہ، تین افراد جاں بحق"))
	if err := s.SaveExtraction(ctx, a, vigil.Extraction{Events: []vigil.Event{event("2024-10-01", "Khyber Pakhtunkhwa", "Bannu", "Battles", "TTP", 2)}}); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, vigil.Filter{DocumentID: a})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events = %d, %v", len(evs), err)
	}
	inc := vigil.Incident{Event: evs[0].Event, EventIDs: []int64{evs[0].ID}}
	incID, err := s.SaveIncident(ctx, &inc)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		query string
		want  []int64 // documents, newest first; nil for none
		code  string  // expected error code
	}{
		{"Bannu", []int64{a}, ""},
		{"bannu police", []int64{a}, ""},
		{"ISPR", []int64{b}, ""},
		{"khwarij", []int64{b}, ""},
		{"martyr*", []int64{a}, ""},
		{"کوئٹہ", []int64{u}, ""},
		{"Bannu Waziristan", nil, ""}, // words are ANDed
		{`"`, nil, vigil.EINVALID},
		{`""`, nil, vigil.EINVALID},
		{"*", nil, vigil.EINVALID},
		{"   ", nil, vigil.EINVALID},
		{"NEAR(", nil, ""},
		{"NEAR(Bannu police", nil, ""}, // the phrase "near bannu", not an operator
		{"Bannu NEAR( police", nil, ""},
		{"Bannu police NEAR(", nil, ""},
		{"'; DROP TABLE documents; --", nil, ""},
		{`"khwarij`, []int64{b}, ""},
		{"Bannu AND", nil, ""}, // AND is a word here, not an operator
		{"title:Bannu", nil, ""},
		{"-police", []int64{a}, ""},
		{"^Bannu", []int64{a}, ""},
		{"(Bannu", []int64{a}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: tt.query})
			if tt.code != "" {
				wantCode(t, "Documents(Text)", err, tt.code)
				return
			}
			if err != nil {
				t.Fatalf("Documents(Text: %q): %v", tt.query, err)
			}
			var got []int64
			for _, d := range ds {
				got = append(got, d.ID)
			}
			sort.Slice(got, func(i, j int) bool { return got[i] > got[j] })
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Documents(Text: %q) = %v, want %v", tt.query, got, tt.want)
			}
			// Events and incidents search the same text, and never fail
			// where documents do not.
			if _, err := s.Events(ctx, vigil.Filter{Text: tt.query}); err != nil {
				t.Errorf("Events(Text: %q): %v", tt.query, err)
			}
			incs, err := s.Incidents(ctx, vigil.Filter{Text: tt.query})
			if err != nil {
				t.Errorf("Incidents(Text: %q): %v", tt.query, err)
			}
			wantInc := len(tt.want) == 1 && tt.want[0] == a
			if gotInc := len(incs) == 1 && incs[0].ID == incID; gotInc != wantInc || len(incs) > 1 {
				t.Errorf("Incidents(Text: %q) = %d incidents, want the Bannu one: %v", tt.query, len(incs), wantInc)
			}
		})
	}
	for _, q := range []string{`"`, "NEAR("} {
		if _, err := s.Claims(ctx, vigil.Filter{Text: q}); err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("Claims(Text: %q): %v", q, err)
		}
		if _, err := s.Equipment(ctx, vigil.Filter{Text: q}); err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("Equipment(Text: %q): %v", q, err)
		}
	}
}

// fullExtraction exercises every field of the extraction contract.
func fullExtraction() vigil.Extraction {
	e := vigil.Event{EventDate: ptr("2024-10-04"), TimePrecision: ptr(1), EventType: "Battles", SubEventType: "Armed clash",
		DisorderType: "Political violence", Actor1: "Military Forces of Pakistan", Actor2: "TTP", AssocActor1: "FC",
		Inter1: 1, Inter2: 2, Perpetrator: "TTP", ClaimedBy: "TTP", Country: "Pakistan", ISO3: "PAK",
		Admin1: "Khyber Pakhtunkhwa", Admin2: "North Waziristan", Admin3: "Mir Ali", Location: "Mir Ali",
		Latitude: ptr(33.0167), Longitude: ptr(70.0667), GeoPrecision: ptr(2), Fatalities: ptr(8), FatalitiesBound: "exact",
		Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 2, Injured: 3}, Militants: vigil.Counts{Killed: 6, Arrested: 1},
			Civilians: vigil.Counts{Abducted: 4}, Unknown: vigil.Counts{Injured: 1}},
		Weapons: []string{"IED", "small arms"}, SourceAttribution: []string{"ISPR"},
		Evidence:   []vigil.Evidence{{Field: "casualties.militants.killed", Start: 10, End: 13, Quote: "six"}},
		Confidence: 0.85, Summary: "Six khwarij were killed, ISPR said."}
	return vigil.Extraction{
		Events: []vigil.Event{e, event("", "", "", "Explosions/Remote violence", "", 0)},
		Claims: []vigil.Claim{{Metric: "incidents", Value: 140, Bound: "lower", PeriodStart: "2024-01-01", PeriodEnd: "2024-12-31",
			Country: "Pakistan", AttributedTo: "PICSS", Evidence: []vigil.Evidence{{Field: "value", Start: 1, End: 9, Quote: "over 140"}}}},
		Equipment: []vigil.Equipment{{Kind: "inventory", Category: "aircraft", Item: "aircraft", Quantity: ptr(int64(78)), Bound: "exact",
			ValueUSD: ptr(int64(7_200_000_000)), OriginCountry: "United States", LocationCountry: "Afghanistan", Holder: "Afghan Taliban",
			AsOf: "2022-03", AttributedTo: "US DoD"}},
	}
}

func testSaveExtraction(t *testing.T, s vigil.Store) {
	d := doc("Dawn", "full", "Six khwarij were killed, ISPR said.")
	id := mustAdd(t, s, d)
	x := fullExtraction()
	if err := s.SaveExtraction(ctx, id, x); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
	if err != nil || len(evs) != len(x.Events) {
		t.Fatalf("Events = %d, %v; want %d", len(evs), err, len(x.Events))
	}
	for i, e := range evs {
		if !reflect.DeepEqual(e.Event, x.Events[i]) {
			t.Errorf("event %d round trip:\n got %+v\nwant %+v", i, e.Event, x.Events[i])
		}
		if e.DocumentID != id || e.Index != i || e.IncidentID != 0 || e.Outlet != "Dawn" || !e.Published.Equal(d.Published) {
			t.Errorf("event %d: document %d index %d incident %d outlet %q published %v", i, e.DocumentID, e.Index, e.IncidentID, e.Outlet, e.Published)
		}
	}
	cs, err := s.Claims(ctx, vigil.Filter{DocumentID: id})
	if err != nil || len(cs) != 1 || !reflect.DeepEqual(cs[0].Claim, x.Claims[0]) || cs[0].Outlet != "Dawn" {
		t.Errorf("Claims = %+v, %v; want %+v", cs, err, x.Claims)
	}
	qs, err := s.Equipment(ctx, vigil.Filter{DocumentID: id})
	if err != nil || len(qs) != 1 || !reflect.DeepEqual(qs[0].Equipment, x.Equipment[0]) {
		t.Errorf("Equipment = %+v, %v; want %+v", qs, err, x.Equipment)
	}
}

func testSaveExtractionReplaces(t *testing.T, s vigil.Store) {
	d1 := mustAdd(t, s, doc("Dawn", "one", "First report of the Bannu attack."))
	d2 := mustAdd(t, s, doc("Geo", "two", "Second report of the Bannu attack."))
	d3 := mustAdd(t, s, doc("ISPR", "three", "A report of an operation in Tank."))
	bannu := event("2024-10-01", "Khyber Pakhtunkhwa", "Bannu", "Battles", "TTP", 2)
	tank := event("2024-10-02", "Khyber Pakhtunkhwa", "Tank", "Battles", "TTP", 3)
	for _, x := range []struct {
		id int64
		e  vigil.Event
	}{{d1, bannu}, {d2, bannu}, {d3, tank}} {
		if err := s.SaveExtraction(ctx, x.id, vigil.Extraction{Events: []vigil.Event{x.e}, Claims: fullExtraction().Claims}); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(f vigil.Filter) []int64 {
		t.Helper()
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, e := range evs {
			out = append(out, e.ID)
		}
		return out
	}
	e1, e2, e3 := ids(vigil.Filter{DocumentID: d1})[0], ids(vigil.Filter{DocumentID: d2})[0], ids(vigil.Filter{DocumentID: d3})[0]
	shared := vigil.Incident{Event: bannu, EventIDs: []int64{e1, e2}, SourceCount: 2}
	sharedID, err := s.SaveIncident(ctx, &shared)
	if err != nil {
		t.Fatal(err)
	}
	alone := vigil.Incident{Event: tank, EventIDs: []int64{e3}, SourceCount: 1}
	aloneID, err := s.SaveIncident(ctx, &alone)
	if err != nil {
		t.Fatal(err)
	}

	// Re-extracting d1 with two events: its old event leaves the shared
	// incident, which keeps d2's event.
	if err := s.SaveExtraction(ctx, d1, vigil.Extraction{Events: []vigil.Event{bannu, tank}}); err != nil {
		t.Fatal(err)
	}
	if got := ids(vigil.Filter{DocumentID: d1}); len(got) != 2 {
		t.Errorf("document %d has events %v after re-extraction, want 2", d1, got)
	}
	if got := ids(vigil.Filter{Unfused: true}); len(got) != 2 {
		t.Errorf("unfused events = %v, want the 2 new ones", got)
	}
	if cs, _ := s.Claims(ctx, vigil.Filter{DocumentID: d1}); len(cs) != 0 {
		t.Errorf("claims of document %d were not replaced: %v", d1, cs)
	}
	inc, err := s.Incident(ctx, sharedID)
	if err != nil {
		t.Fatalf("incident %d with a remaining member: %v", sharedID, err)
	}
	if !reflect.DeepEqual(inc.EventIDs, []int64{e2}) {
		t.Errorf("incident %d members = %v, want [%d]", sharedID, inc.EventIDs, e2)
	}
	if log, _ := s.Audit(ctx, fmt.Sprintf("incident:%d", sharedID), 0); len(log) != 1 || log[0].Action != "detach" {
		t.Errorf("audit of incident %d = %+v, want one detach entry", sharedID, log)
	}

	// Re-extracting d3 with nothing: its incident has no member left and,
	// as no analyst worked on it, is dissolved, its last state kept in the
	// audit log. (testReviewSurvivesReExtraction covers reviewed ones.)
	if err := s.SaveExtraction(ctx, d3, vigil.Extraction{}); err != nil {
		t.Fatal(err)
	}
	_, err = s.Incident(ctx, aloneID)
	wantCode(t, "Incident of a dissolved incident", err, vigil.ENOTFOUND)
	log, err := s.Audit(ctx, fmt.Sprintf("incident:%d", aloneID), 0)
	if err != nil || len(log) != 1 || log[0].Action != "dissolve" || log[0].Before == "" || log[0].Actor == "" {
		t.Errorf("audit of dissolved incident = %+v, %v; want one dissolve entry with its state", log, err)
	}
	if n, _ := s.CountIncidents(ctx, vigil.Filter{}); n != 1 {
		t.Errorf("CountIncidents = %d, want 1", n)
	}
}

func testSaveExtractionErrors(t *testing.T, s vigil.Store) {
	err := s.SaveExtraction(ctx, 777, fullExtraction())
	wantCode(t, "SaveExtraction of a missing document", err, vigil.ENOTFOUND)

	id := mustAdd(t, s, doc("Dawn", "bad date", "A report."))
	if err := s.SaveExtraction(ctx, id, fullExtraction()); err != nil {
		t.Fatal(err)
	}
	bad := fullExtraction()
	bad.Events = append(bad.Events, event("05/10/2024", "", "", "Battles", "", 1))
	err = s.SaveExtraction(ctx, id, bad)
	wantCode(t, "SaveExtraction with a bad date", err, vigil.EINVALID)
	// The refused save changed nothing.
	if evs, _ := s.Events(ctx, vigil.Filter{DocumentID: id}); len(evs) != len(fullExtraction().Events) {
		t.Errorf("a refused SaveExtraction left %d events, want the %d saved before", len(evs), len(fullExtraction().Events))
	}
}

// seedEvents stores a small spread of events for filter tests and returns
// their IDs by name, and the documents' IDs by outlet.
func seedEvents(t *testing.T, s vigil.Store) (map[string]int64, map[string]int64) {
	t.Helper()
	type seed struct {
		name string
		e    vigil.Event
	}
	docs := []struct {
		outlet, text string
		events       []seed
	}{
		{"Dawn", "Militants attacked a check post in Bannu.", []seed{
			{"bannu", event("2024-01-15", "Khyber Pakhtunkhwa", "Bannu", "Battles", "TTP", 3)},
			{"quetta", event("2024-02-03", "Balochistan", "Quetta", "Explosions/Remote violence", "BLA", 5)},
		}},
		{"ISPR", "An intelligence based operation in North Waziristan.", []seed{
			{"waziristan", event("2024-02-20", "Khyber Pakhtunkhwa", "North Waziristan", "Battles", "Military Forces of Pakistan", 6)},
			{"undated", event("", "Khyber Pakhtunkhwa", "Tank", "Battles", "TTP", 1)},
		}},
		{"Tolo", "Clashes in Kunar province.", []seed{
			{"kunar", event("2024-03-01", "Kunar", "Asadabad", "Battles", "ISKP", 2)},
		}},
	}
	docs[2].events[0].e.Country, docs[2].events[0].e.ISO3 = "Afghanistan", "AFG"
	docs[1].events[0].e.Actor2 = "TTP"
	docs[0].events[1].e.Actor2 = "Police Forces of Pakistan Frontier Corps"
	out, docIDs := map[string]int64{}, map[string]int64{}
	for _, d := range docs {
		id := mustAdd(t, s, doc(d.outlet, d.outlet, d.text))
		var x vigil.Extraction
		for _, e := range d.events {
			x.Events = append(x.Events, e.e)
		}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(evs) != len(d.events) {
			t.Fatalf("Events(document %d) = %d, %v", id, len(evs), err)
		}
		for i, e := range d.events {
			out[e.name] = evs[i].ID
		}
		docIDs[d.outlet] = id
	}
	return out, docIDs
}

// filterCases are the filters both events and incidents honour, with the
// seeded names each selects (in no particular order).
func filterCases() []struct {
	name string
	f    vigil.Filter
	want []string
	code string
} {
	return []struct {
		name string
		f    vigil.Filter
		want []string
		code string
	}{
		{"none", vigil.Filter{}, []string{"bannu", "quetta", "waziristan", "undated", "kunar"}, ""},
		{"from", vigil.Filter{From: "2024-02-03"}, []string{"quetta", "waziristan", "kunar"}, ""},
		{"to", vigil.Filter{To: "2024-02-03"}, []string{"bannu", "quetta"}, ""},
		{"from and to", vigil.Filter{From: "2024-02-01", To: "2024-02-28"}, []string{"quetta", "waziristan"}, ""},
		{"country name", vigil.Filter{Country: "afghanistan"}, []string{"kunar"}, ""},
		{"country iso3", vigil.Filter{Country: "PAK"}, []string{"bannu", "quetta", "waziristan", "undated"}, ""},
		{"admin1", vigil.Filter{Admin1: "Khyber Pakhtunkhwa"}, []string{"bannu", "waziristan", "undated"}, ""},
		{"admin2", vigil.Filter{Admin2: "north waziristan"}, []string{"waziristan"}, ""},
		{"type", vigil.Filter{EventType: "Explosions/Remote violence"}, []string{"quetta"}, ""},
		{"actor as actor1 or actor2", vigil.Filter{Actor: "TTP"}, []string{"bannu", "waziristan", "undated"}, ""},
		{"actor's unit", vigil.Filter{Actor: "Police Forces of Pakistan"}, []string{"quetta"}, ""},
		{"unit by its full name", vigil.Filter{Actor: "police forces of pakistan frontier corps"}, []string{"quetta"}, ""},
		{"a name's start is no unit", vigil.Filter{Actor: "Police Forces of Pak"}, nil, ""},
		{"a wildcard is no unit", vigil.Filter{Actor: "Police Forces of %"}, nil, ""},
		{"an underscore is no wildcard", vigil.Filter{Actor: "Police_Forces of Pakistan"}, nil, ""},
		{"text", vigil.Filter{Text: "Kunar"}, []string{"kunar"}, ""},
		{"combined", vigil.Filter{Admin1: "Khyber Pakhtunkhwa", EventType: "Battles", From: "2024-01-01"}, []string{"bannu", "waziristan"}, ""},
		{"nothing", vigil.Filter{Admin2: "Lahore"}, nil, ""},
		{"bad from", vigil.Filter{From: "January"}, nil, vigil.EINVALID},
		{"bad to", vigil.Filter{To: "2024-13-01"}, nil, vigil.EINVALID},
		{"negative limit", vigil.Filter{Limit: -5}, nil, vigil.EINVALID},
		{"bad text", vigil.Filter{Text: `"`}, nil, vigil.EINVALID},
	}
}

func names(ids map[string]int64, got []int64) []string {
	byID := map[int64]string{}
	for n, id := range ids {
		byID[id] = n
	}
	var out []string
	for _, id := range got {
		out = append(out, byID[id])
	}
	sort.Strings(out)
	return out
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

func testEventFilters(t *testing.T, s vigil.Store) {
	ids, docs := seedEvents(t, s)
	cases := filterCases()
	cases = append(cases, []struct {
		name string
		f    vigil.Filter
		want []string
		code string
	}{
		{"document", vigil.Filter{DocumentID: docs["ISPR"]}, []string{"waziristan", "undated"}, ""},
		{"limit and offset", vigil.Filter{Limit: 2, Offset: 1}, []string{"quetta", "waziristan"}, ""},
	}...)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := s.Events(ctx, tt.f)
			if tt.code != "" {
				wantCode(t, "Events", err, tt.code)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if g, w := names(ids, got), sorted(tt.want); !reflect.DeepEqual(g, w) {
				t.Errorf("Events(%+v) = %v, want %v", tt.f, g, w)
			}
		})
	}
	// Unfused: fusing one event takes it out of the unfused list.
	inc := vigil.Incident{Event: event("2024-01-15", "Khyber Pakhtunkhwa", "Bannu", "Battles", "TTP", 3), EventIDs: []int64{ids["bannu"]}}
	if _, err := s.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, vigil.Filter{Unfused: true})
	if err != nil || len(evs) != 4 {
		t.Errorf("Events(Unfused) = %d, %v; want 4", len(evs), err)
	}
	all, _ := s.Events(ctx, vigil.Filter{Admin2: "Bannu"})
	if len(all) != 1 || all[0].IncidentID != inc.ID {
		t.Errorf("fused event's IncidentID = %+v, want %d", all, inc.ID)
	}
}

func testIncidents(t *testing.T, s vigil.Store) {
	ids, _ := seedEvents(t, s)
	in := vigil.Incident{Event: fullExtraction().Events[0], FatalitiesLow: 7, FatalitiesHigh: 9, ReconcileRule: "most conservative",
		SourceCount: 2, EventIDs: []int64{ids["waziristan"], ids["bannu"]}, FusionReason: "same day, same district"}
	id, err := s.SaveIncident(ctx, &in)
	if err != nil {
		t.Fatal(err)
	}
	if id == 0 || in.ID != id || in.CreatedAt.IsZero() || in.UpdatedAt.IsZero() || in.ReviewState != vigil.StateUnreviewed {
		t.Errorf("SaveIncident set ID %d (returned %d), CreatedAt %v, UpdatedAt %v, ReviewState %q", in.ID, id, in.CreatedAt, in.UpdatedAt, in.ReviewState)
	}
	got, err := s.Incident(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := in
	want.EventIDs = []int64{min(ids["waziristan"], ids["bannu"]), max(ids["waziristan"], ids["bannu"])}
	if !got.CreatedAt.Equal(want.CreatedAt) || !got.UpdatedAt.Equal(want.UpdatedAt) {
		t.Errorf("times = %v %v, want %v %v", got.CreatedAt, got.UpdatedAt, want.CreatedAt, want.UpdatedAt)
	}
	got.CreatedAt, got.UpdatedAt, want.CreatedAt, want.UpdatedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("incident round trip:\n got %+v\nwant %+v", *got, want)
	}

	// An update changes fields and members and keeps the creation time.
	created := in.CreatedAt
	in.ReviewState, in.Fatalities, in.EventIDs = vigil.StateVerified, ptr(7), []int64{ids["waziristan"]}
	in.CreatedAt = time.Time{}
	if _, err := s.SaveIncident(ctx, &in); err != nil {
		t.Fatal(err)
	}
	got, err = s.Incident(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ReviewState != vigil.StateVerified || *got.Fatalities != 7 || !reflect.DeepEqual(got.EventIDs, []int64{ids["waziristan"]}) ||
		!got.CreatedAt.Equal(created) || got.UpdatedAt.Before(created) {
		t.Errorf("after update: %+v", got)
	}
	// The event that left is unfused again.
	evs, _ := s.Events(ctx, vigil.Filter{Admin2: "Bannu"})
	if len(evs) != 1 || evs[0].IncidentID != 0 {
		t.Errorf("event that left the incident: %+v", evs)
	}
}

// seedIncidents makes one incident per seeded event.
func seedIncidents(t *testing.T, s vigil.Store) map[string]int64 {
	t.Helper()
	evIDs, _ := seedEvents(t, s)
	evs, err := s.Events(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	byID := map[int64]string{}
	for n, id := range evIDs {
		byID[id] = n
	}
	for _, e := range evs {
		inc := vigil.Incident{Event: e.Event, EventIDs: []int64{e.ID}, SourceCount: 1}
		if byID[e.ID] == "quetta" {
			inc.ReviewState = vigil.StateVerified
		}
		id, err := s.SaveIncident(ctx, &inc)
		if err != nil {
			t.Fatal(err)
		}
		out[byID[e.ID]] = id
	}
	return out
}

func testIncidentFilters(t *testing.T, s vigil.Store) {
	ids := seedIncidents(t, s)
	cases := filterCases()
	cases = append(cases, []struct {
		name string
		f    vigil.Filter
		want []string
		code string
	}{
		{"review state", vigil.Filter{ReviewState: vigil.StateVerified}, []string{"quetta"}, ""},
		{"unreviewed", vigil.Filter{ReviewState: vigil.StateUnreviewed, Admin1: "Balochistan"}, nil, ""},
		{"bad review state", vigil.Filter{ReviewState: "approved"}, nil, vigil.EINVALID},
		// Newest first: kunar, waziristan, quetta, bannu, then undated.
		{"limit", vigil.Filter{Limit: 2}, []string{"kunar", "waziristan"}, ""},
		{"offset", vigil.Filter{Limit: 2, Offset: 3}, []string{"bannu", "undated"}, ""},
	}...)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			incs, err := s.Incidents(ctx, tt.f)
			n, cerr := s.CountIncidents(ctx, tt.f)
			if tt.code != "" {
				wantCode(t, "Incidents", err, tt.code)
				wantCode(t, "CountIncidents", cerr, tt.code)
				return
			}
			if err != nil || cerr != nil {
				t.Fatal(err, cerr)
			}
			var got []int64
			for _, inc := range incs {
				got = append(got, inc.ID)
			}
			if g, w := names(ids, got), sorted(tt.want); !reflect.DeepEqual(g, w) {
				t.Errorf("Incidents(%+v) = %v, want %v", tt.f, g, w)
			}
			all := tt.f
			all.Limit, all.Offset = 0, 0
			every, _ := s.Incidents(ctx, all)
			if n != len(every) {
				t.Errorf("CountIncidents(%+v) = %d, want %d", tt.f, n, len(every))
			}
		})
	}
	incs, err := s.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, inc := range incs {
		order = append(order, names(ids, []int64{inc.ID})[0])
	}
	if want := []string{"kunar", "waziristan", "quetta", "bannu", "undated"}; !reflect.DeepEqual(order, want) {
		t.Errorf("Incidents order = %v, want newest first, undated last: %v", order, want)
	}
}

func testIncidentErrors(t *testing.T, s vigil.Store) {
	ids, _ := seedEvents(t, s)
	_, err := s.Incident(ctx, 31337)
	wantCode(t, "Incident(31337)", err, vigil.ENOTFOUND)
	_, err = s.SaveIncident(ctx, &vigil.Incident{ID: 31337})
	wantCode(t, "SaveIncident of a missing ID", err, vigil.ENOTFOUND)
	_, err = s.SaveIncident(ctx, &vigil.Incident{ReviewState: "approved"})
	wantCode(t, "SaveIncident with a bad review state", err, vigil.EINVALID)
	_, err = s.SaveIncident(ctx, &vigil.Incident{Event: vigil.Event{EventDate: ptr("yesterday")}})
	wantCode(t, "SaveIncident with a bad date", err, vigil.EINVALID)

	_, err = s.SaveIncident(ctx, &vigil.Incident{EventIDs: []int64{ids["bannu"], 99999}})
	wantCode(t, "SaveIncident with a missing member", err, vigil.EINVALID)
	// Nothing of the refused save remains.
	if n, _ := s.CountIncidents(ctx, vigil.Filter{}); n != 0 {
		t.Errorf("a refused SaveIncident left %d incidents", n)
	}
	if evs, _ := s.Events(ctx, vigil.Filter{Unfused: true}); len(evs) != 5 {
		t.Errorf("a refused SaveIncident fused events: %d unfused left, want 5", len(evs))
	}
	// A filter incidents do not carry is refused by name, by the list and
	// the count alike, never ignored.
	for _, tt := range []struct {
		param string
		f     vigil.Filter
	}{
		{"document", vigil.Filter{DocumentID: 1}},
		{"unfused", vigil.Filter{Unfused: true}},
		{"attributed_to", vigil.Filter{AttributedTo: "ISPR"}},
		{"holder", vigil.Filter{Holder: "TTP"}},
		{"category", vigil.Filter{Category: "weapons"}},
		{"origin", vigil.Filter{Origin: "China"}},
	} {
		_, err := s.Incidents(ctx, tt.f)
		wantRefused(t, "Incidents", tt.param, err)
		_, err = s.CountIncidents(ctx, tt.f)
		wantRefused(t, "CountIncidents", tt.param, err)
	}
}

func testIncidentMerge(t *testing.T, s vigil.Store) {
	ids := seedIncidents(t, s)
	a, err := s.Incident(ctx, ids["bannu"])
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Incident(ctx, ids["undated"])
	if err != nil {
		t.Fatal(err)
	}
	a.EventIDs = append(a.EventIDs, b.EventIDs...)
	if _, err := s.SaveIncident(ctx, a); err != nil {
		t.Fatal(err)
	}
	_, err = s.Incident(ctx, b.ID)
	wantCode(t, "Incident emptied by a merge", err, vigil.ENOTFOUND)
	log, _ := s.Audit(ctx, fmt.Sprintf("incident:%d", b.ID), 0)
	if len(log) != 1 || log[0].Action != "dissolve" {
		t.Errorf("audit of merged-away incident = %+v", log)
	}
	got, _ := s.Incident(ctx, a.ID)
	if len(got.EventIDs) != 2 {
		t.Errorf("merged incident members = %v", got.EventIDs)
	}
}

func testClaimsAndEquipment(t *testing.T, s vigil.Store) {
	id := mustAdd(t, s, doc("Dawn", "claims", "Over 140 incidents in 2024, the report said."))
	x := fullExtraction()
	x.Claims = append(x.Claims, vigil.Claim{Metric: "deaths", Value: 30, Bound: "lower", PeriodStart: "2024-03-01", PeriodEnd: "2024-03-31",
		Country: "Pakistan", Admin1: "Balochistan"})
	x.Equipment = append(x.Equipment, vigil.Equipment{Kind: "seizure", Category: "weapons", Item: "M4 rifle", Quantity: ptr(int64(3)),
		LocationCountry: "Pakistan", OriginCountry: "United States", AsOf: "2024-05-12"})
	if err := s.SaveExtraction(ctx, id, x); err != nil {
		t.Fatal(err)
	}
	claimTests := []struct {
		name string
		f    vigil.Filter
		want []string // metrics
	}{
		{"all", vigil.Filter{}, []string{"incidents", "deaths"}},
		{"period overlaps", vigil.Filter{From: "2024-03-15", To: "2024-04-15"}, []string{"incidents", "deaths"}},
		{"after both", vigil.Filter{From: "2025-01-01"}, nil},
		{"before March", vigil.Filter{To: "2024-02-01"}, []string{"incidents"}},
		{"admin1", vigil.Filter{Admin1: "balochistan"}, []string{"deaths"}},
		{"country", vigil.Filter{Country: "Afghanistan"}, nil},
		{"text", vigil.Filter{Text: "report"}, []string{"incidents", "deaths"}},
		{"attributed to", vigil.Filter{AttributedTo: "picss"}, []string{"incidents"}},
		{"attributed to no one of that name", vigil.Filter{AttributedTo: "ISPR"}, nil},
	}
	for _, tt := range claimTests {
		t.Run("claims "+tt.name, func(t *testing.T) {
			cs, err := s.Claims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				got = append(got, c.Metric)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Claims(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
	equipTests := []struct {
		name string
		f    vigil.Filter
		want []string // items
	}{
		{"all", vigil.Filter{}, []string{"aircraft", "M4 rifle"}},
		{"month as of counts as its first day", vigil.Filter{From: "2022-03-01", To: "2022-03-01"}, []string{"aircraft"}},
		{"from", vigil.Filter{From: "2023-01-01"}, []string{"M4 rifle"}},
		{"location country", vigil.Filter{Country: "Afghanistan"}, []string{"aircraft"}},
		{"origin country", vigil.Filter{Country: "United States"}, []string{"aircraft", "M4 rifle"}},
		{"origin", vigil.Filter{Origin: "united states"}, []string{"aircraft", "M4 rifle"}},
		{"origin is not where it is", vigil.Filter{Origin: "Afghanistan"}, nil},
		{"holder", vigil.Filter{Holder: "afghan taliban"}, []string{"aircraft"}},
		{"category", vigil.Filter{Category: "Weapons"}, []string{"M4 rifle"}},
		{"attributed to", vigil.Filter{AttributedTo: "US DoD"}, []string{"aircraft"}},
		{"holder and as of", vigil.Filter{Holder: "Afghan Taliban", From: "2023-01-01"}, nil},
	}
	for _, tt := range equipTests {
		t.Run("equipment "+tt.name, func(t *testing.T) {
			qs, err := s.Equipment(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range qs {
				got = append(got, q.Item)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Equipment(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
	_, err := s.Claims(ctx, vigil.Filter{From: "2024"})
	wantCode(t, "Claims(From: 2024)", err, vigil.EINVALID)
	_, err = s.Equipment(ctx, vigil.Filter{To: "soon"})
	wantCode(t, "Equipment(To: soon)", err, vigil.EINVALID)
	// A filter a list cannot apply is refused by name: answering every
	// record instead would tell the analyst something false.
	refused := []struct {
		param             string
		f                 vigil.Filter
		claims, equipment bool // which lists refuse it
	}{
		{"admin1", vigil.Filter{Admin1: "Balochistan"}, false, true},
		{"admin2", vigil.Filter{Admin2: "Quetta"}, true, true},
		{"type", vigil.Filter{EventType: "Battles"}, true, true},
		{"actor", vigil.Filter{Actor: "TTP"}, true, true},
		{"review_state", vigil.Filter{ReviewState: vigil.StateVerified}, true, true},
		{"holder", vigil.Filter{Holder: "Afghan Taliban"}, true, false},
		{"category", vigil.Filter{Category: "weapons"}, true, false},
		{"origin", vigil.Filter{Origin: "United States"}, true, false},
	}
	for _, tt := range refused {
		if tt.claims {
			_, err := s.Claims(ctx, tt.f)
			wantRefused(t, "Claims", tt.param, err)
		}
		if tt.equipment {
			_, err := s.Equipment(ctx, tt.f)
			wantRefused(t, "Equipment", tt.param, err)
		}
	}
}

// wantRefused checks err is EINVALID and names the refused parameter.
func wantRefused(t *testing.T, list, param string, err error) {
	t.Helper()
	if vigil.ErrorCode(err) != vigil.EINVALID || !strings.Contains(vigil.ErrorMessage(err), "filtered by "+param+":") {
		t.Errorf("%s with %s: err = %v, want EINVALID naming %s", list, param, err, param)
	}
}

// testSourcedAfter pages claims and equipment by AfterID: each page starts
// after the last ID of the one before, and a record added meanwhile shows
// up at the end, not as a repeat.
func testSourcedAfter(t *testing.T, s vigil.Store) {
	id := mustAdd(t, s, doc("Dawn", "figures", "Figures for the year."))
	var x vigil.Extraction
	for i := range 5 {
		x.Claims = append(x.Claims, vigil.Claim{Metric: fmt.Sprintf("m%d", i), Value: int64(i), PeriodStart: "2024-01-01", PeriodEnd: "2024-12-31"})
		x.Equipment = append(x.Equipment, vigil.Equipment{Kind: "seizure", Item: fmt.Sprintf("item%d", i)})
	}
	if err := s.SaveExtraction(ctx, id, x); err != nil {
		t.Fatal(err)
	}
	page1, err := s.Claims(ctx, vigil.Filter{Limit: 2})
	if err != nil || len(page1) != 2 {
		t.Fatalf("Claims(Limit 2) = %d claims, %v", len(page1), err)
	}
	page2, err := s.Claims(ctx, vigil.Filter{Limit: 2, AfterID: page1[1].ID})
	if err != nil || len(page2) != 2 || page2[0].Metric != "m2" || page2[1].Metric != "m3" {
		t.Errorf("Claims(after %d) = %+v, %v; want m2, m3", page1[1].ID, page2, err)
	}
	eq1, err := s.Equipment(ctx, vigil.Filter{Limit: 3})
	if err != nil || len(eq1) != 3 {
		t.Fatalf("Equipment(Limit 3) = %d records, %v", len(eq1), err)
	}
	eq2, err := s.Equipment(ctx, vigil.Filter{Limit: 3, AfterID: eq1[2].ID})
	if err != nil || len(eq2) != 2 || eq2[0].Item != "item3" || eq2[1].Item != "item4" {
		t.Errorf("Equipment(after %d) = %+v, %v; want item3, item4", eq1[2].ID, eq2, err)
	}
	_, err = s.Claims(ctx, vigil.Filter{AfterID: page1[1].ID, Offset: 2})
	wantCode(t, "Claims with AfterID and Offset", err, vigil.EINVALID)
	_, err = s.Equipment(ctx, vigil.Filter{AfterID: -1})
	wantCode(t, "Equipment with a negative AfterID", err, vigil.EINVALID)
	_, err = s.Equipment(ctx, vigil.Filter{AfterID: 1, AfterDate: "2024-01-01"})
	wantCode(t, "Equipment with AfterDate", err, vigil.EINVALID)
}

func testFeedState(t *testing.T, s vigil.Store) {
	const url = "https://example.org/feed.xml"
	_, err := s.FeedState(ctx, url)
	wantCode(t, "FeedState of a feed never polled", err, vigil.ENOTFOUND)
	checked := time.Date(2024, 10, 5, 8, 0, 0, 0, time.UTC)
	tests := []vigil.FeedState{
		{URL: url, ETag: `W/"abc"`, LastModified: "Sat, 05 Oct 2024 08:00:00 GMT", CheckedAt: checked,
			Seen: map[string]bool{"guid-1": true, "https://example.org/a?x=1": true, "خبر-۲": true}},
		{URL: url, ETag: `"def"`, CheckedAt: checked.Add(time.Hour), Seen: map[string]bool{"guid-1": true, "guid-3": true}},
		{URL: url, Seen: map[string]bool{}},
	}
	for i, st := range tests {
		t.Run(fmt.Sprint("save ", i), func(t *testing.T) {
			if err := s.SaveFeedState(ctx, &st); err != nil {
				t.Fatal(err)
			}
			got, err := s.FeedState(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			if got.URL != st.URL || got.ETag != st.ETag || got.LastModified != st.LastModified ||
				!got.CheckedAt.Equal(st.CheckedAt) || !reflect.DeepEqual(got.Seen, st.Seen) {
				t.Errorf("FeedState round trip:\n got %+v\nwant %+v", *got, st)
			}
		})
	}
	err = s.SaveFeedState(ctx, &vigil.FeedState{})
	wantCode(t, "SaveFeedState without URL", err, vigil.EINVALID)
}

func testIngestErrors(t *testing.T, s vigil.Store) {
	for i, origin := range []string{"a.html", "b.json", "https://example.org/c"} {
		if err := s.AddIngestError(ctx, vigil.IngestError{Origin: origin, Message: fmt.Sprint("error ", i)}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.IngestErrors(ctx, 0)
	if err != nil || len(all) != 3 || all[0].Origin != "https://example.org/c" || all[2].Message != "error 0" || all[0].At.IsZero() {
		t.Errorf("IngestErrors(0) = %+v, %v; want the 3, newest first", all, err)
	}
	two, err := s.IngestErrors(ctx, 2)
	if err != nil || len(two) != 2 || two[1].Origin != "b.json" {
		t.Errorf("IngestErrors(2) = %+v, %v", two, err)
	}
}

func testAudit(t *testing.T, s vigil.Store) {
	at := time.Date(2024, 10, 6, 12, 0, 0, 0, time.UTC)
	entries := []vigil.AuditEntry{
		{At: at, Actor: "amina", Action: "verify", Object: "incident:1", Reason: "two outlets agree", Before: `{"review_state":"unreviewed"}`, After: `{"review_state":"verified"}`},
		{Actor: "vigil", Action: "fuse", Object: "incident:2"},
		{Actor: "bilal", Action: "correct", Object: "incident:1", Reason: "ISPR revised the toll to 7; \"final\""},
	}
	for _, e := range entries {
		if err := s.AddAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	log, err := s.Audit(ctx, "incident:1", 0)
	if err != nil || len(log) != 2 {
		t.Fatalf("Audit(incident:1) = %+v, %v", log, err)
	}
	if log[0].Actor != "bilal" || log[1].Actor != "amina" || !log[1].At.Equal(at) || log[1].Before != entries[0].Before ||
		log[1].After != entries[0].After || log[0].Reason != entries[2].Reason || log[0].At.IsZero() {
		t.Errorf("Audit(incident:1) = %+v; want newest first with every field kept", log)
	}
	if all, _ := s.Audit(ctx, "", 0); len(all) != 3 {
		t.Errorf("Audit(all) = %d entries, want 3", len(all))
	}
	if one, _ := s.Audit(ctx, "", 1); len(one) != 1 || one[0].Actor != "bilal" {
		t.Errorf("Audit(all, 1) = %+v", one)
	}
	err = s.AddAudit(ctx, vigil.AuditEntry{Object: "incident:1"})
	wantCode(t, "AddAudit without actor", err, vigil.EINVALID)
	// Entries are never rewritten by later work on the same object.
	inc := vigil.Incident{}
	if _, err := s.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
	again, _ := s.Audit(ctx, "incident:1", 0)
	if !reflect.DeepEqual(again, log) {
		t.Errorf("audit entries changed:\n got %+v\nwant %+v", again, log)
	}
}

func testCancelledContext(t *testing.T, s vigil.Store) {
	id := mustAdd(t, s, doc("Dawn", "kept", "A document stored before the cancelled calls."))
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := s.AddDocument(cancelled, doc("Dawn", "lost", "A document whose context was cancelled.")); err == nil {
		t.Errorf("AddDocument with a cancelled context succeeded")
	}
	if err := s.SaveExtraction(cancelled, id, fullExtraction()); err == nil {
		t.Errorf("SaveExtraction with a cancelled context succeeded")
	}
	if _, err := s.Incidents(cancelled, vigil.Filter{}); err == nil {
		t.Errorf("Incidents with a cancelled context succeeded")
	}
	// Nothing of the cancelled calls was stored, and the store still works.
	ds, err := s.Documents(ctx, vigil.DocumentFilter{})
	if err != nil || len(ds) != 1 || ds[0].ID != id {
		t.Errorf("Documents after cancelled calls = %d, %v; want only document %d", len(ds), err, id)
	}
	if evs, _ := s.Events(ctx, vigil.Filter{DocumentID: id}); len(evs) != 0 {
		t.Errorf("a cancelled SaveExtraction stored %d events", len(evs))
	}
}

func testLargeDocument(t *testing.T, s vigil.Store) {
	// A 4 MB page: a long report with its HTML, in two scripts.
	var b strings.Builder
	for i := 0; b.Len() < 4<<20; i++ {
		fmt.Fprintf(&b, "Paragraph %d: security forces cleared a hideout; پولیس کے مطابق %d افراد ہلاک ہوئے۔\n", i, i%9)
	}
	text := b.String()
	d := doc("Dawn", "long", text)
	d.Raw = "<html><body><p>" + text + "</p></body></html>"
	id := mustAdd(t, s, d)
	got, err := s.Document(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != text || got.Raw != d.Raw {
		t.Errorf("a %d-byte document came back with %d bytes of text, %d of raw", len(text), len(got.Text), len(got.Raw))
	}
	if ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: "Paragraph"}); err != nil || len(ds) != 1 {
		t.Errorf("search in the large document = %d, %v", len(ds), err)
	}
}
