package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// markingTests are the suite's tests of markings (TLP 2.0), run by Run.
var markingTests = []struct {
	name string
	fn   func(t *testing.T, s vigil.Store)
}{
	{"MarkingMatrix", testMarkingMatrix},
	{"MarkingTallyFollowsChanges", testMarkingTallyFollowsChanges},
	{"MarkingChangeRefused", testMarkingChangeRefused},
	{"MarkingErrors", testMarkingErrors},
	{"SourceMarkings", testSourceMarkings},
}

// redRecipients are the people a RED record of the matrix is disclosed to:
// one user of the owner organisation and one of its partner.
var redRecipients = []vigil.Recipient{{Org: "b", User: "erin"}, {Org: "a", User: "alice"}}

// matrixMarkings are the five TLP levels, each owned by organisation "a".
var matrixMarkings = []vigil.Marking{
	{TLP: vigil.TLPClear},
	{TLP: vigil.TLPGreen, Owner: "a"},
	{TLP: vigil.TLPAmber, Owner: "a"},
	{TLP: vigil.TLPAmberStrict, Owner: "a"},
	{TLP: vigil.TLPRed, Owner: "a", Recipients: redRecipients},
}

// matrixViewers are the people who ask. Organisations "a" and "b" are
// partners; "c" is a stranger to both.
var matrixViewers = []struct {
	name string
	v    vigil.Viewer
}{
	{"operator", vigil.Viewer{All: true}},
	{"anonymous", vigil.Viewer{}},
	{"same org token", vigil.Viewer{Org: "a", Partners: []string{"b"}}},
	{"same org non-recipient", vigil.Viewer{Org: "a", User: "bob", Partners: []string{"b"}}},
	{"RED recipient", vigil.Viewer{Org: "a", User: "alice", Partners: []string{"b"}}},
	{"partner", vigil.Viewer{Org: "b", User: "carol", Partners: []string{"a"}}},
	{"partner RED recipient", vigil.Viewer{Org: "b", User: "erin", Partners: []string{"a"}}},
	{"stranger", vigil.Viewer{Org: "c", User: "dave"}},
}

// markedWorld is what seedMarked stored: per record i of matrixMarkings a
// document with one event, claim and equipment record, and an incident of
// that event; then one more incident, imported from partner "b" under its
// own marking, with no local member.
type markedWorld struct {
	docs, events, claims, equipment []int64
	incidents                       []int64
	incMarks                        []vigil.Marking
	tolls                           []int // each incident's toll: distinct powers of two, so sums name sets
}

var matrixPlaces = []string{"Bannu", "Tank", "Kohat", "Karak", "Lakki Marwat"}

func seedMarked(t *testing.T, s vigil.Store) markedWorld {
	t.Helper()
	var w markedWorld
	for i, m := range matrixMarkings {
		place := matrixPlaces[i]
		toll := 1 << i
		d := doc("Outlet "+string(m.TLP), "checkpoint "+place,
			fmt.Sprintf("Militants attacked a police checkpoint in %s district; %d people were killed.", place, toll))
		d.Marking = m
		id := mustAdd(t, s, d)
		e := event(fmt.Sprintf("2024-03-%02d", 10+i), "Khyber Pakhtunkhwa", place, "Battles", "TTP", toll)
		e.Latitude, e.Longitude, e.GeoPrecision = ptr(32.0+float64(i)/10), ptr(70.5), ptr(2)
		x := vigil.Extraction{Events: []vigil.Event{e},
			Claims: []vigil.Claim{{Metric: "attacks", Value: int64(10 + i), Bound: "exact", PeriodStart: "2024-03-01", PeriodEnd: "2024-03-31",
				Country: "Pakistan", AttributedTo: "police"}},
			Equipment: []vigil.Equipment{{Kind: "seizure", Category: "small arms", Item: "rifle", Quantity: ptr(int64(i + 1)),
				LocationCountry: "Pakistan", AsOf: "2024-03"}}}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events(document %d) = %v, %v", id, evs, err)
		}
		cs, err := s.Claims(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(cs) != 1 {
			t.Fatalf("Claims(document %d) = %v, %v", id, cs, err)
		}
		qs, err := s.Equipment(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(qs) != 1 {
			t.Fatalf("Equipment(document %d) = %v, %v", id, qs, err)
		}
		inc := vigil.Incident{Event: e, EventIDs: []int64{evs[0].ID}, SourceCount: 1, FatalitiesLow: toll, FatalitiesHigh: toll, Marking: m}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			t.Fatal(err)
		}
		w.docs, w.events = append(w.docs, id), append(w.events, evs[0].ID)
		w.claims, w.equipment = append(w.claims, cs[0].ID), append(w.equipment, qs[0].ID)
		w.incidents, w.incMarks, w.tolls = append(w.incidents, inc.ID), append(w.incMarks, m), append(w.tolls, toll)
	}
	imported := vigil.Incident{Event: event("2024-03-20", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Battles", "TTP", 32),
		SourceCount: 1, FatalitiesLow: 32, FatalitiesHigh: 32, Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "b"},
		Origin: "partner:b incident--7d3f"}
	imported.Latitude, imported.Longitude = ptr(31.8), ptr(70.9)
	if _, err := s.SaveIncident(ctx, &imported); err != nil {
		t.Fatal(err)
	}
	w.incidents, w.incMarks, w.tolls = append(w.incidents, imported.ID), append(w.incMarks, imported.Marking), append(w.tolls, 32)
	return w
}

// visibleIDs returns the ids whose marking v may see, sorted.
func visibleIDs(v vigil.Viewer, ids []int64, marks []vigil.Marking) []int64 {
	out := []int64{}
	for i, id := range ids {
		if v.CanSee(marks[i]) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// idsOf returns the IDs of records, sorted.
func idsOf[T any](records []T, id func(T) int64) []int64 {
	out := []int64{}
	for _, r := range records {
		out = append(out, id(r))
	}
	slices.Sort(out)
	return out
}

func sameIDs(t *testing.T, what string, got, want []int64) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// wantSeen checks that a read of one record succeeded when v may see it
// and was ENOTFOUND when not.
func wantSeen(t *testing.T, what string, err error, canSee bool) {
	t.Helper()
	switch {
	case canSee && err != nil:
		t.Errorf("%s: %v, want the record", what, err)
	case !canSee && vigil.ErrorCode(err) != vigil.ENOTFOUND:
		t.Errorf("%s: error %v, want ENOTFOUND", what, err)
	}
}

func testMarkingMatrix(t *testing.T, s vigil.Store) {
	w := seedMarked(t, s)
	docMarks := matrixMarkings

	// Audit entries about each incident and document, about an account and
	// a feed, and one recording a CLEAR and a RED incident together.
	type entry struct {
		object string
		marks  []vigil.Marking // of the object and the states it records; nil: no incident or document
	}
	var entries []entry
	for i, id := range w.incidents {
		entries = append(entries, entry{fmt.Sprintf("incident:%d", id), []vigil.Marking{w.incMarks[i]}})
	}
	for i, id := range w.docs {
		entries = append(entries, entry{fmt.Sprintf("document:%d", id), []vigil.Marking{docMarks[i]}})
	}
	entries = append(entries, entry{"user:amina", nil}, entry{"feed:https://example.org/rss", nil})
	var states []vigil.Snapshot
	for _, id := range []int64{w.incidents[0], w.incidents[4]} {
		inc, err := s.Incident(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		states = append(states, vigil.Snapshot{Incident: *inc})
	}
	mixed, err := json.Marshal(states)
	if err != nil {
		t.Fatal(err)
	}
	var auditIDs []int64
	for _, e := range entries {
		if err := s.AddAudit(ctx, vigil.AuditEntry{Actor: "vigil", Action: "note", Object: e.object}); err != nil {
			t.Fatal(err)
		}
	}
	mixedObject := fmt.Sprintf("incident:%d", w.incidents[0])
	if err := s.AddAudit(ctx, vigil.AuditEntry{Actor: "amina", Action: vigil.ActionVerify, Object: mixedObject, Before: string(mixed), After: string(mixed)}); err != nil {
		t.Fatal(err)
	}
	entries = append(entries, entry{mixedObject, []vigil.Marking{matrixMarkings[0], matrixMarkings[4]}})
	all, err := s.Audit(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	// The log also holds what the pipeline wrote while seeding; the
	// entries above are the newest, newest first.
	if len(all) < len(entries) {
		t.Fatalf("audit log has %d entries, want at least %d", len(all), len(entries))
	}
	for i := range entries {
		auditIDs = append(auditIDs, all[len(entries)-1-i].ID)
	}
	if err := s.AddIngestError(ctx, vigil.IngestError{Origin: "https://example.org/rss", Message: "feed answered 503"}); err != nil {
		t.Fatal(err)
	}

	seenBy := map[string]int{} // how many incidents each viewer sees, to check the matrix tells them apart
	for _, mv := range matrixViewers {
		t.Run(mv.name, func(t *testing.T) {
			v := mv.v
			vctx := vigil.WithViewer(context.Background(), v)

			// Documents and what was extracted from them.
			wantDocs := visibleIDs(v, w.docs, docMarks)
			ds, err := s.Documents(vctx, vigil.DocumentFilter{})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Documents", idsOf(ds, func(d vigil.Document) int64 { return d.ID }), wantDocs)
			ds, err = s.Documents(vctx, vigil.DocumentFilter{Text: "checkpoint"})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Documents(Text)", idsOf(ds, func(d vigil.Document) int64 { return d.ID }), wantDocs)
			for i, id := range w.docs {
				d, err := s.Document(vctx, id)
				wantSeen(t, fmt.Sprintf("Document(%d, %s)", id, docMarks[i]), err, v.CanSee(docMarks[i]))
				if err == nil && d.Marking.Key() != docMarks[i].Key() {
					t.Errorf("Document(%d).Marking = %v, want %v", id, d.Marking, docMarks[i])
				}
			}
			evs, err := s.Events(vctx, vigil.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Events", idsOf(evs, func(e vigil.StoredEvent) int64 { return e.ID }), visibleIDs(v, w.events, docMarks))
			for _, e := range evs {
				if i := slices.Index(w.events, e.ID); e.Marking.Key() != docMarks[i].Key() {
					t.Errorf("event %d has marking %v, want its document's %v", e.ID, e.Marking, docMarks[i])
				}
			}
			evs, err = s.Events(vctx, vigil.Filter{Text: "checkpoint"})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Events(Text)", idsOf(evs, func(e vigil.StoredEvent) int64 { return e.ID }), visibleIDs(v, w.events, docMarks))
			cs, err := s.Claims(vctx, vigil.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Claims", idsOf(cs, func(c vigil.StoredClaim) int64 { return c.ID }), visibleIDs(v, w.claims, docMarks))
			for _, c := range cs {
				if i := slices.Index(w.claims, c.ID); c.Marking.Key() != docMarks[i].Key() {
					t.Errorf("claim %d has marking %v, want %v", c.ID, c.Marking, docMarks[i])
				}
			}
			qs, err := s.Equipment(vctx, vigil.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Equipment", idsOf(qs, func(q vigil.StoredEquipment) int64 { return q.ID }), visibleIDs(v, w.equipment, docMarks))
			for _, q := range qs {
				if i := slices.Index(w.equipment, q.ID); q.Marking.Key() != docMarks[i].Key() {
					t.Errorf("equipment %d has marking %v, want %v", q.ID, q.Marking, docMarks[i])
				}
			}

			// Incidents, one by one and listed.
			wantIncs := visibleIDs(v, w.incidents, w.incMarks)
			seenBy[mv.name] = len(wantIncs)
			for i, id := range w.incidents {
				inc, err := s.Incident(vctx, id)
				wantSeen(t, fmt.Sprintf("Incident(%d, %s)", id, w.incMarks[i]), err, v.CanSee(w.incMarks[i]))
				if err == nil && inc.Marking.Key() != w.incMarks[i].Key() {
					t.Errorf("Incident(%d).Marking = %v, want %v", id, inc.Marking, w.incMarks[i])
				}
				_, err = s.Corrections(vctx, id)
				wantSeen(t, fmt.Sprintf("Corrections(%d, %s)", id, w.incMarks[i]), err, v.CanSee(w.incMarks[i]))
			}
			incs, err := s.Incidents(vctx, vigil.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			incIDs := func(incs []vigil.Incident) []int64 { return idsOf(incs, func(i vigil.Incident) int64 { return i.ID }) }
			sameIDs(t, "Incidents", incIDs(incs), wantIncs)
			for _, inc := range incs {
				if inc.ID == w.incidents[5] && inc.Origin != "partner:b incident--7d3f" {
					t.Errorf("imported incident %d has origin %q", inc.ID, inc.Origin)
				}
			}
			local := visibleIDs(v, w.incidents[:5], w.incMarks[:5])
			incs, err = s.Incidents(vctx, vigil.Filter{Text: "checkpoint"})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "Incidents(Text)", incIDs(incs), local)
			past, err := s.IncidentsAsOf(vctx, time.Now().Add(time.Hour), vigil.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			sameIDs(t, "IncidentsAsOf", incIDs(past), wantIncs)
			for _, inc := range past {
				if i := slices.Index(w.incidents, inc.ID); inc.Marking.Key() != w.incMarks[i].Key() {
					t.Errorf("IncidentsAsOf: incident %d has marking %v, want %v", inc.ID, inc.Marking, w.incMarks[i])
				}
			}

			// Counts and sums equal what the viewer can list, through the
			// tally (whole months, no dates) and through the rows (part of a
			// month).
			for _, f := range []vigil.Filter{{}, {From: "2024-03-01", To: "2024-03-31"}, {From: "2024-03-12", To: "2024-03-25"},
				{From: "2024-02-01", To: "2024-04-30", EventType: "battles"}, {Actor: "TTP"}} {
				listed, err := s.Incidents(vctx, f)
				if err != nil {
					t.Fatal(err)
				}
				n, err := s.CountIncidents(vctx, f)
				if err != nil || n != len(listed) {
					t.Errorf("CountIncidents(%+v) = %d, %v; the viewer lists %d", f, n, err, len(listed))
				}
				toll := 0
				for _, inc := range listed {
					if !v.CanSee(inc.Marking) {
						t.Errorf("Incidents(%+v) listed incident %d marked %v", f, inc.ID, inc.Marking)
					}
					toll += *inc.Fatalities
				}
				if agg, ok := s.(vigil.IncidentAggregator); ok {
					groups, err := agg.AggregateIncidents(vctx, f, []string{"month"})
					if err != nil {
						t.Fatal(err)
					}
					gotN, gotToll := 0, 0
					for _, g := range groups {
						gotN, gotToll = gotN+g.Incidents, gotToll+g.Fatalities
					}
					if gotN != len(listed) || gotToll != toll {
						t.Errorf("AggregateIncidents(%+v) = %d incidents, %d killed; the viewer lists %d, %d killed", f, gotN, gotToll, len(listed), toll)
					}
				}
			}
			if sorter, ok := s.(vigil.IncidentSorter); ok {
				sorted, err := sorter.SortedIncidents(vctx, vigil.Filter{}, vigil.OrderImpact)
				if err != nil {
					t.Fatal(err)
				}
				sameIDs(t, "SortedIncidents", incIDs(sorted), wantIncs)
			}
			if mapper, ok := s.(vigil.IncidentMapper); ok {
				points, err := mapper.MapPoints(vctx, vigil.Filter{}, 100)
				if err != nil {
					t.Fatal(err)
				}
				sameIDs(t, "MapPoints", idsOf(points, func(p vigil.MapPoint) int64 { return p.ID }), wantIncs)
			}

			// The audit log: entries about what the viewer may see.
			wantAudit := []int64{}
			for i, e := range entries {
				ok := v.All || e.marks != nil
				for _, m := range e.marks {
					ok = ok && v.CanSee(m)
				}
				if ok {
					wantAudit = append(wantAudit, auditIDs[i])
				}
				_, err := s.AuditEntry(vctx, auditIDs[i])
				wantSeen(t, fmt.Sprintf("AuditEntry(%d, %s)", auditIDs[i], e.object), err, ok)
			}
			log, err := s.Audit(vctx, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			got := []int64{}
			for _, e := range log {
				if slices.Contains(auditIDs, e.ID) {
					got = append(got, e.ID)
				}
			}
			slices.Sort(got)
			slices.Sort(wantAudit)
			sameIDs(t, "Audit", got, wantAudit)
			// A limit counts the entries the viewer sees.
			if n := min(2, len(log)); n > 0 {
				top, err := s.Audit(vctx, "", n)
				if err != nil || len(top) != n || top[0].ID != log[0].ID {
					t.Errorf("Audit(limit %d) = %d entries, %v; want the newest %d the viewer sees", n, len(top), err, n)
				}
			}
			for i, e := range entries[:len(entries)-1] {
				log, err := s.Audit(vctx, e.object, 0)
				if err != nil {
					t.Fatal(err)
				}
				want := 0
				if slices.Contains(wantAudit, auditIDs[i]) {
					want = 1
				}
				found := 0
				for _, le := range log {
					if le.ID == auditIDs[i] {
						found++
					}
				}
				if found != want {
					t.Errorf("Audit(%q) shows entry %d %d times, want %d", e.object, auditIDs[i], found, want)
				}
			}

			errs, err := s.IngestErrors(vctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if want := map[bool]int{true: 0, false: 1}[v.Anonymous()]; len(errs) != want {
				t.Errorf("IngestErrors = %d errors, want %d", len(errs), want)
			}
		})
	}
	// The matrix must tell the viewers apart, or it tests nothing.
	if seenBy["operator"] != 6 || seenBy["anonymous"] != 1 || seenBy["RED recipient"] != 6 || seenBy["same org non-recipient"] != 5 ||
		seenBy["partner"] != 4 || seenBy["stranger"] != 1 {
		t.Errorf("incidents seen by each viewer = %v", seenBy)
	}
}

// testMarkingTallyFollowsChanges checks that counts and sums stay exact for
// each viewer as incidents are created, re-marked and deleted.
func testMarkingTallyFollowsChanges(t *testing.T, s vigil.Store) {
	anon := context.Background()
	partner := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "b", User: "carol", Partners: []string{"a"}})
	check := func(step string, wantAnon, wantPartner [2]int) {
		t.Helper()
		for _, c := range []struct {
			name string
			ctx  context.Context
			want [2]int
		}{{"anonymous", anon, wantAnon}, {"partner", partner, wantPartner}} {
			for _, f := range []vigil.Filter{{From: "2024-05-01", To: "2024-05-31"}, {From: "2024-05-02", To: "2024-05-31"}, {}} {
				n, err := s.CountIncidents(c.ctx, f)
				if err != nil || n != c.want[0] {
					t.Errorf("%s: %s: CountIncidents(%+v) = %d, %v; want %d", step, c.name, f, n, err, c.want[0])
				}
				agg, ok := s.(vigil.IncidentAggregator)
				if !ok {
					continue
				}
				groups, err := agg.AggregateIncidents(c.ctx, f, []string{"admin1"})
				if err != nil {
					t.Fatal(err)
				}
				got := [2]int{}
				for _, g := range groups {
					got[0], got[1] = got[0]+g.Incidents, got[1]+g.Fatalities
				}
				if got != c.want {
					t.Errorf("%s: %s: AggregateIncidents(%+v) = %v, want %v", step, c.name, f, got, c.want)
				}
			}
		}
	}
	clear := vigil.Incident{Event: event("2024-05-15", "Punjab", "Lahore", "Battles", "TTP", 3), Marking: vigil.Marking{TLP: vigil.TLPClear}}
	green := vigil.Incident{Event: event("2024-05-20", "Punjab", "Multan", "Battles", "TTP", 5), Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"}}
	for _, inc := range []*vigil.Incident{&clear, &green} {
		if _, err := s.SaveIncident(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
	check("created", [2]int{1, 3}, [2]int{2, 8})

	green.Marking = vigil.Marking{TLP: vigil.TLPClear}
	if _, err := s.SaveIncident(ctx, &green); err != nil {
		t.Fatal(err)
	}
	check("GREEN made CLEAR", [2]int{2, 8}, [2]int{2, 8})

	green.Marking = vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "a"}
	if _, err := s.SaveIncident(ctx, &green); err != nil {
		t.Fatal(err)
	}
	check("made AMBER+STRICT", [2]int{1, 3}, [2]int{1, 3})

	if _, err := s.ApplyChange(ctx, &vigil.Change{Action: "delete", Object: fmt.Sprintf("incident:%d", clear.ID), Actor: "amina",
		Delete: []int64{clear.ID}}); err != nil {
		t.Fatal(err)
	}
	check("CLEAR deleted", [2]int{0, 0}, [2]int{0, 0})
	if n, err := s.CountIncidents(ctx, vigil.Filter{}); err != nil || n != 1 {
		t.Errorf("the operator counts %d, %v; want the AMBER+STRICT incident", n, err)
	}
}

// testMarkingChangeRefused checks that analysts cannot change, or undo
// changes to, incidents they may not see, and that a refused change
// changes nothing.
func testMarkingChangeRefused(t *testing.T, s vigil.Store) {
	w := seedMarked(t, s)
	partner := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "b", User: "carol", Partners: []string{"a"}})
	load := func(id int64) vigil.Incident {
		t.Helper()
		inc, err := s.Incident(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return *inc
	}
	green, strict, red := load(w.incidents[1]), load(w.incidents[3]), load(w.incidents[4])
	before := snapshotJSON(t, s, w.incidents...)
	verified := func(inc vigil.Incident) vigil.Incident { inc.ReviewState = vigil.StateVerified; return inc }
	remarked := green
	remarked.Marking = vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "a"}
	stolen := green
	stolen.EventIDs = append(slices.Clone(green.EventIDs), red.EventIDs...)

	for _, tt := range []struct {
		name string
		c    vigil.Change
		code string
	}{
		{"verify AMBER+STRICT", vigil.Change{Action: vigil.ActionVerify, Save: []vigil.Incident{verified(strict)}}, vigil.ENOTFOUND},
		{"correct RED", vigil.Change{Action: vigil.ActionCorrect, Correct: []vigil.Correction{{IncidentID: red.ID, Field: "admin2", Value: "Tank"}}}, vigil.ENOTFOUND},
		{"delete RED", vigil.Change{Action: "delete", Delete: []int64{red.ID}}, vigil.ENOTFOUND},
		{"merge a RED event into GREEN", vigil.Change{Action: vigil.ActionMerge, Save: []vigil.Incident{stolen}}, vigil.EINVALID},
		{"re-mark GREEN beyond the viewer", vigil.Change{Action: vigil.ActionVerify, Save: []vigil.Incident{remarked}}, vigil.EINVALID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.c.Actor, tt.c.Object = "carol", "incident:0"
			_, err := s.ApplyChange(partner, &tt.c)
			wantCode(t, tt.name, err, tt.code)
			if err != nil && strings.Contains(err.Error(), "AMBER+STRICT") && tt.code == vigil.ENOTFOUND {
				t.Errorf("the refusal %q tells the marking of a record it says does not exist", err)
			}
		})
	}
	if after := snapshotJSON(t, s, w.incidents...); after != before {
		t.Errorf("refused changes changed incidents:\nbefore %s\nafter  %s", before, after)
	}

	// A change the partner may make, which only those who see GREEN may undo.
	id, err := s.ApplyChange(partner, &vigil.Change{Action: vigil.ActionVerify, Object: fmt.Sprintf("incident:%d", green.ID), Actor: "carol",
		Save: []vigil.Incident{verified(green)}})
	if err != nil {
		t.Fatalf("partner verifying a GREEN incident: %v", err)
	}
	stranger := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "c", User: "dave"})
	for name, c := range map[string]context.Context{"stranger": stranger, "anonymous": context.Background()} {
		if _, err := s.Undo(c, id, "dave", "not mine"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
			t.Errorf("%s undoing the partner's change: error %v, want ENOTFOUND", name, err)
		}
	}
	if load(green.ID).ReviewState != vigil.StateVerified {
		t.Errorf("a refused undo changed incident %d", green.ID)
	}
	if _, err := s.Undo(partner, id, "carol", "too hasty"); err != nil {
		t.Errorf("partner undoing its own change: %v", err)
	}

	// A change recording a CLEAR and a RED incident can be undone only by
	// someone who may see both.
	clear := load(w.incidents[0])
	id, err = s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionVerify, Object: fmt.Sprintf("incident:%d", clear.ID), Actor: "amina",
		Save: []vigil.Incident{verified(clear), verified(red)}})
	if err != nil {
		t.Fatal(err)
	}
	bob := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "a", User: "bob", Partners: []string{"b"}})
	if _, err := s.Undo(bob, id, "bob", "wrong"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("undo by one who may not see the RED incident: error %v, want ENOTFOUND", err)
	}
	alice := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "a", User: "alice", Partners: []string{"b"}})
	if _, err := s.Undo(alice, id, "alice", "wrong"); err != nil {
		t.Errorf("undo by a RED recipient: %v", err)
	}
	if load(red.ID).ReviewState != vigil.StateUnreviewed {
		t.Errorf("the RED incident was not restored by the undo")
	}
}

func testMarkingErrors(t *testing.T, s vigil.Store) {
	for _, tt := range []struct {
		name string
		m    vigil.Marking
	}{
		{"unknown level", vigil.Marking{TLP: "PURPLE", Owner: "a"}},
		{"GREEN without owner", vigil.Marking{TLP: vigil.TLPGreen}},
		{"RED without recipients", vigil.Marking{TLP: vigil.TLPRed, Owner: "a"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := doc("Dawn", "marked "+tt.name, "A report marked "+tt.name+".")
			d.Marking = tt.m
			_, _, err := s.AddDocument(ctx, d)
			wantCode(t, "AddDocument", err, vigil.EINVALID)
			if err != nil && !strings.Contains(err.Error(), d.ExternalID) {
				t.Errorf("AddDocument error %q does not name the document %q", err, d.ExternalID)
			}
			inc := vigil.Incident{Event: event("2024-06-01", "Sindh", "Karachi", "Battles", "TTP", 1), Marking: tt.m}
			_, err = s.SaveIncident(ctx, &inc)
			wantCode(t, "SaveIncident", err, vigil.EINVALID)
		})
	}
	if ds, err := s.Documents(ctx, vigil.DocumentFilter{}); err != nil || len(ds) != 0 {
		t.Errorf("refused documents were stored: %d, %v", len(ds), err)
	}
	if n, err := s.CountIncidents(ctx, vigil.Filter{}); err != nil || n != 0 {
		t.Errorf("refused incidents were stored: %d, %v", n, err)
	}

	// No marking is open-source reporting: CLEAR, which anyone sees.
	d := doc("Dawn", "unmarked", "Police recovered explosives in Quetta.")
	id := mustAdd(t, s, d)
	if d.Marking.TLP != vigil.TLPClear {
		t.Errorf("AddDocument set Marking %v, want TLP:CLEAR", d.Marking)
	}
	if got, err := s.Document(context.Background(), id); err != nil || got.Marking.TLP != vigil.TLPClear {
		t.Errorf("anonymous Document(%d) = %+v, %v; want it, CLEAR", id, got, err)
	}

	// The same text stored again under another marking is the stored
	// document, which keeps the marking it has.
	red := doc("Partner", "red report", "An informant reported a planned attack in Peshawar.")
	red.Marking = vigil.Marking{TLP: vigil.TLPRed, Owner: "a", Recipients: redRecipients}
	redID := mustAdd(t, s, red)
	again := doc("Dawn", "same text", red.Text)
	if got, created, err := s.AddDocument(ctx, again); err != nil || created || got != redID {
		t.Fatalf("AddDocument of the same text = %d, %v, %v; want %d, false", got, created, err, redID)
	}
	if _, err := s.Document(context.Background(), redID); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("the RED document became visible to the anonymous viewer: %v", err)
	}
	if got, err := s.Document(ctx, redID); err != nil || got.Marking.Key() != red.Marking.Key() {
		t.Errorf("Document(%d) = %+v, %v; want marking %v", redID, got, err, red.Marking)
	}
}

func testSourceMarkings(t *testing.T, s vigil.Store) {
	sm, ok := s.(vigil.SourceMarkingStore)
	if !ok {
		t.Fatalf("%T does not implement vigil.SourceMarkingStore", s)
	}
	green := vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd-punjab"}
	red := vigil.Marking{TLP: vigil.TLPRed, Owner: "ctd-punjab", Recipients: []vigil.Recipient{{Org: "ctd-punjab", User: "amina"}}}
	for _, set := range []struct {
		source string
		m      vigil.Marking
	}{{"https://example.org/ctd.rss", red}, {"Dawn", vigil.Marking{}}, {"CTD Punjab", vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd-punjab"}}, {"CTD Punjab", green}} {
		if err := sm.SetSourceMarking(ctx, set.source, set.m); err != nil {
			t.Fatalf("SetSourceMarking(%q, %v): %v", set.source, set.m, err)
		}
	}
	got, err := sm.SourceMarkings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		source string
		m      vigil.Marking
	}{{"CTD Punjab", green}, {"Dawn", vigil.Marking{TLP: vigil.TLPClear}}, {"https://example.org/ctd.rss", red}}
	if len(got) != len(want) {
		t.Fatalf("SourceMarkings = %+v, want %d sources", got, len(want))
	}
	for i, w := range want {
		if got[i].Source != w.source || got[i].Marking.Key() != w.m.Key() || got[i].Marking.Owner != w.m.Owner || got[i].UpdatedAt.IsZero() {
			t.Errorf("SourceMarkings[%d] = %+v, want %s marked %v with a time", i, got[i], w.source, w.m)
		}
	}
	wantCode(t, "SetSourceMarking(empty source)", sm.SetSourceMarking(ctx, " ", green), vigil.EINVALID)
	wantCode(t, "SetSourceMarking(AMBER without owner)", sm.SetSourceMarking(ctx, "Dawn", vigil.Marking{TLP: vigil.TLPAmber}), vigil.EINVALID)
	if again, err := sm.SourceMarkings(ctx); err != nil || len(again) != len(want) || again[1].Marking.TLP != vigil.TLPClear {
		t.Errorf("a refused SetSourceMarking changed the markings: %+v, %v", again, err)
	}
}
