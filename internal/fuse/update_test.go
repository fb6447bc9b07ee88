package fuse_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func ptr[T any](v T) *T { return &v }

func event(day, admin2, sub string, killed int) vigil.Event {
	typ := "Battles"
	if sub == "Remote explosive/landmine/IED" {
		typ = "Explosions/Remote violence"
	}
	return vigil.Event{EventDate: ptr(day), TimePrecision: ptr(1), EventType: typ, SubEventType: sub,
		Actor1: "Military Forces of Pakistan", Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan",
		Admin2: admin2, GeoPrecision: ptr(3), Fatalities: ptr(killed)}
}

// addReport stores a document holding the given events, as ingestion does.
func addReport(t *testing.T, s vigil.Store, outlet, text string, events ...vigil.Event) int64 {
	t.Helper()
	ctx := context.Background()
	d := &vigil.Document{ExternalID: outlet + text, Outlet: outlet, Text: text, Raw: text,
		ContentHash: fmt.Sprintf("%x", text), Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)}
	id, _, err := s.AddDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveExtraction(ctx, id, vigil.Extraction{Events: events}); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestUpdateFusesAcrossDocumentsAndRuns(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fuse.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	// Two outlets report the same clash; one document also reports a
	// separate IED blast in the same district that day.
	addReport(t, s, "Outlet A", "clash and blast",
		event("2024-05-01", "Kech", "Armed clash", 5),
		event("2024-05-01", "Kech", "Remote explosive/landmine/IED", 2))
	addReport(t, s, "Outlet B", "clash", event("2024-05-01", "Kech", "Armed clash", 6))
	res, err := fuse.Update(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if res.Events != 3 || res.Created != 2 {
		t.Fatalf("first run: %+v, want 3 events into 2 incidents", res)
	}

	// A later report joins the existing clash incident instead of starting one.
	addReport(t, s, "Outlet C", "clash revised", event("2024-05-02", "Kech", "Armed clash", 7))
	res, err = fuse.Update(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != 0 || res.Joined != 1 {
		t.Fatalf("second run: %+v, want the report to join", res)
	}
	incs, err := s.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 2 {
		t.Fatalf("%d incidents, want 2", len(incs))
	}
	for _, inc := range incs {
		switch inc.SubEventType {
		case "Armed clash":
			if inc.SourceCount != 3 || *inc.Fatalities != 5 || inc.FatalitiesHigh != 7 {
				t.Errorf("clash: sources %d fatalities %d (high %d), want 3, 5, 7", inc.SourceCount, *inc.Fatalities, inc.FatalitiesHigh)
			}
			if inc.FusionReason == "" {
				t.Error("clash: no fusion reason stored")
			}
		case "Remote explosive/landmine/IED":
			if inc.SourceCount != 1 {
				t.Errorf("blast: %d sources, want 1", inc.SourceCount)
			}
		default:
			t.Errorf("unexpected incident %+v", inc)
		}
	}

	// Nothing left to fuse: a third run changes nothing.
	if res, err = fuse.Update(ctx, s); err != nil || res.Events != 0 {
		t.Fatalf("third run: %+v, %v", res, err)
	}
}

func TestUpdateReviewedIncidents(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fuse.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := addReport(t, s, "Outlet A", "clash", event("2024-05-01", "Kech", "Armed clash", 5))
	if _, err := fuse.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	incs, _ := s.Incidents(ctx, vigil.Filter{})
	inc := incs[0]
	inc.ReviewState = vigil.StateVerified
	c := vigil.Change{Action: vigil.ActionVerify, Actor: "amina", Object: fmt.Sprintf("incident:%d", inc.ID), Save: []vigil.Incident{inc}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatal(err)
	}

	// Re-extracting the only report: the event returns to its verified
	// incident, which stays verified (same source).
	if err := s.SaveExtraction(ctx, a, vigil.Extraction{Events: []vigil.Event{event("2024-05-01", "Kech", "Armed clash", 5)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := fuse.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, err := s.Incident(ctx, inc.ID)
	if err != nil || got.ReviewState != vigil.StateVerified || len(got.EventIDs) != 1 {
		t.Fatalf("after re-extraction: %+v, %v; want the same verified incident with its event back", got, err)
	}

	// A new source joining: the verification did not cover it.
	addReport(t, s, "Outlet B", "clash again", event("2024-05-01", "Kech", "Armed clash", 6))
	if _, err := fuse.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Incident(ctx, inc.ID)
	if got.ReviewState != vigil.StateUnreviewed || len(got.EventIDs) != 2 {
		t.Errorf("after a new source: state %q, %d members; want unreviewed, 2", got.ReviewState, len(got.EventIDs))
	}
	log, _ := s.Audit(ctx, fmt.Sprintf("incident:%d", inc.ID), 1)
	if len(log) != 1 || log[0].Action != vigil.ActionReopen || log[0].Actor != "vigil" {
		t.Errorf("latest audit entry %+v, want vigil's reopen", log)
	}
}

// TestUpdateKeepsMarkingsApart: the same clash reported openly and in a
// partner's AMBER report makes two incidents, each under its own marking,
// so the open incident's figures never come from the AMBER report.
func TestUpdateKeepsMarkingsApart(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fuse.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	amber := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	addReport(t, s, "Outlet A", "open report", event("2024-05-01", "Kech", "Armed clash", 5))
	d := &vigil.Document{ExternalID: "ctd-1", Outlet: "CTD", Text: "amber report", Raw: "amber report",
		ContentHash: "amber", Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), Marking: amber}
	id, _, err := s.AddDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{event("2024-05-01", "Kech", "Armed clash", 9)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := fuse.Update(ctx, s); err != nil { // an anonymous caller: fusion still sees everything
		t.Fatal(err)
	}
	incs, err := s.Incidents(vigil.AsOperator(ctx), vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 2 {
		t.Fatalf("got %d incidents, want 2 (one per marking)", len(incs))
	}
	for _, inc := range incs {
		switch inc.Marking.Key() {
		case amber.Key():
			if *inc.Fatalities != 9 {
				t.Errorf("AMBER incident toll %d, want 9", *inc.Fatalities)
			}
		case vigil.Marking{TLP: vigil.TLPClear}.Key():
			if *inc.Fatalities != 5 {
				t.Errorf("CLEAR incident toll %d, want 5", *inc.Fatalities)
			}
		default:
			t.Errorf("incident %d marked %v", inc.ID, inc.Marking)
		}
	}
	// An anonymous reader sees only the open one.
	if open, err := s.Incidents(ctx, vigil.Filter{}); err != nil || len(open) != 1 || *open[0].Fatalities != 5 {
		t.Errorf("anonymous reader sees %d incidents (%v), want the CLEAR one", len(open), err)
	}
}

// A later report that only says the toll rose joins the incident it
// revises, through the store, and its figure replaces the first one.
func TestUpdateJoinsTollRevision(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fuse.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	report := func(outlet, text string, published time.Time, e vigil.Event) {
		t.Helper()
		d := &vigil.Document{ExternalID: outlet, Outlet: outlet, Text: text, Raw: text,
			ContentHash: fmt.Sprintf("%x", text), Published: published}
		id, _, err := s.AddDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{e}}); err != nil {
			t.Fatal(err)
		}
	}
	report("Outlet A", "blast", time.Date(2024, 5, 1, 18, 0, 0, 0, time.UTC), event("2024-05-01", "Kech", "Remote explosive/landmine/IED", 15))
	revision := event("2024-05-03", "Kech", "Remote explosive/landmine/IED", 21)
	revision.TollRevision, revision.TimePrecision = true, ptr(vigil.TimePrecisionWk)
	report("Outlet B", "toll rose", time.Date(2024, 5, 3, 9, 0, 0, 0, time.UTC), revision)
	if _, err := fuse.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	incs, err := s.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 1 {
		t.Fatalf("%d incidents, want the revision joined to the blast", len(incs))
	}
	inc := incs[0]
	if *inc.Fatalities != 21 || *inc.EventDate != "2024-05-01" || inc.SourceCount != 2 {
		t.Errorf("incident: fatalities %d, date %s, sources %d; want 21, 2024-05-01, 2", *inc.Fatalities, *inc.EventDate, inc.SourceCount)
	}
}
