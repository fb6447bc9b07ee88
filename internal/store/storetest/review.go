package storetest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// reviewTests are the suite's tests of analyst review, run by Run.
var reviewTests = []struct {
	name string
	fn   func(t *testing.T, s vigil.Store)
}{
	{"ReviewStateAndCorrection", testReviewStateAndCorrection},
	{"ReviewMergeUndo", testReviewMergeUndo},
	{"ReviewChangeErrors", testReviewChangeErrors},
	{"ReviewSurvivesReExtraction", testReviewSurvivesReExtraction},
	{"IncidentsAsOf", testIncidentsAsOf},
	{"IncidentIDsNotReused", testIncidentIDsNotReused},
}

// twoIncidents stores two documents with one event each and an incident
// for each event.
func twoIncidents(t *testing.T, s vigil.Store) (a, b vigil.Incident) {
	t.Helper()
	var incs []vigil.Incident
	for i, place := range []string{"Bannu", "Tank"} {
		d := mustAdd(t, s, doc("Outlet", fmt.Sprintf("report %d", i), fmt.Sprintf("Report %d of a clash in %s.", i, place)))
		e := event("2024-10-0"+fmt.Sprint(i+1), "Khyber Pakhtunkhwa", place, "Battles", "TTP", 3+i)
		if err := s.SaveExtraction(ctx, d, vigil.Extraction{Events: []vigil.Event{e}}); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: d})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events(document %d) = %v, %v", d, evs, err)
		}
		inc := vigil.Incident{Event: e, EventIDs: []int64{evs[0].ID}, SourceCount: 1, ReconcileRule: "machine rule",
			FatalitiesLow: 3 + i, FatalitiesHigh: 3 + i}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			t.Fatal(err)
		}
		got, err := s.Incident(ctx, inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		incs = append(incs, *got)
	}
	return incs[0], incs[1]
}

func snapshotJSON(t *testing.T, s vigil.Store, ids ...int64) string {
	t.Helper()
	var out []any
	for _, id := range ids {
		inc, err := s.Incident(ctx, id)
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			out = append(out, fmt.Sprintf("incident %d absent", id))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		cs, err := s.Corrections(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{IncidentID: id})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, inc, cs, evs)
	}
	js, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

func testReviewStateAndCorrection(t *testing.T, s vigil.Store) {
	a, _ := twoIncidents(t, s)
	if a.ReviewState != vigil.StateUnreviewed {
		t.Fatalf("a machine-made incident is %q, want unreviewed", a.ReviewState)
	}
	verified := a
	verified.ReviewState = vigil.StateVerified
	c := vigil.Change{Action: vigil.ActionVerify, Object: fmt.Sprintf("incident:%d", a.ID), Actor: "amina", Reason: "ISPR and two dailies agree",
		Save: []vigil.Incident{verified}}
	auditID, err := s.ApplyChange(ctx, &c)
	if err != nil || auditID == 0 {
		t.Fatalf("ApplyChange(verify) = %d, %v", auditID, err)
	}
	fix, err := s.Incident(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	c = vigil.Change{Action: vigil.ActionCorrect, Object: fmt.Sprintf("incident:%d", a.ID), Actor: "amina", Reason: "police figure",
		Save: []vigil.Incident{*fix}, Correct: []vigil.Correction{{IncidentID: a.ID, Field: "fatalities", Value: "4"}, {IncidentID: a.ID, Field: "admin2", Value: "Lakki Marwat"}}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatalf("ApplyChange(correct): %v", err)
	}
	got, err := s.Incident(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Fatalities != 4 || got.Admin2 != "Lakki Marwat" || got.ReviewState != vigil.StateVerified {
		t.Errorf("corrected incident has fatalities %d, admin2 %q, state %q; want 4, Lakki Marwat, verified",
			*got.Fatalities, got.Admin2, got.ReviewState)
	}
	// A machine save (fusion) with its own values keeps the corrections.
	machine := *got
	machine.Fatalities, machine.Admin2, machine.ReconcileRule = ptr(9), "Bannu", "machine rule"
	if _, err := s.SaveIncident(ctx, &machine); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Incident(ctx, a.ID)
	if *got.Fatalities != 4 || got.Admin2 != "Lakki Marwat" {
		t.Errorf("after a machine save: fatalities %d, admin2 %q; the corrections were lost", *got.Fatalities, got.Admin2)
	}
	if got.ReconcileRule == "machine rule" {
		t.Errorf("a corrected toll still reads as the machine's rule %q", got.ReconcileRule)
	}
	cs, err := s.Corrections(ctx, a.ID)
	if err != nil || len(cs) != 2 || cs[0].Field != "admin2" || cs[1].Field != "fatalities" {
		t.Errorf("Corrections = %+v, %v; want admin2 and fatalities", cs, err)
	}
	log, err := s.Audit(ctx, fmt.Sprintf("incident:%d", a.ID), 0)
	if err != nil || len(log) != 2 || log[0].Action != vigil.ActionCorrect || log[1].Action != vigil.ActionVerify {
		t.Fatalf("audit = %+v, %v; want correct then verify, newest first", log, err)
	}
	var before, after []vigil.Snapshot
	if json.Unmarshal([]byte(log[1].Before), &before) != nil || json.Unmarshal([]byte(log[1].After), &after) != nil ||
		len(before) != 1 || before[0].Incident.ReviewState != vigil.StateUnreviewed || after[0].Incident.ReviewState != vigil.StateVerified {
		t.Errorf("verify entry before/after = %s / %s; want the unreviewed and verified states", log[1].Before, log[1].After)
	}
	if e, err := s.AuditEntry(ctx, auditID); err != nil || e.Actor != "amina" || e.Reason != "ISPR and two dailies agree" {
		t.Errorf("AuditEntry(%d) = %+v, %v", auditID, e, err)
	}
}

func testReviewMergeUndo(t *testing.T, s vigil.Store) {
	a, b := twoIncidents(t, s)
	// Give b an analyst correction, so undo must restore it too.
	c := vigil.Change{Action: vigil.ActionCorrect, Object: fmt.Sprintf("incident:%d", b.ID), Actor: "bilal",
		Save: []vigil.Incident{b}, Correct: []vigil.Correction{{IncidentID: b.ID, Field: "location", Value: "Tank city"}}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatal(err)
	}
	prior := snapshotJSON(t, s, a.ID, b.ID)

	merged := a
	merged.EventIDs = append(append([]int64(nil), a.EventIDs...), b.EventIDs...)
	merged.SourceCount = 2
	merge := vigil.Change{Action: vigil.ActionMerge, Object: fmt.Sprintf("incident:%d", a.ID), Actor: "bilal", Reason: "same clash",
		Save: []vigil.Incident{merged}, Delete: []int64{b.ID}}
	mergeID, err := s.ApplyChange(ctx, &merge)
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if _, err := s.Incident(ctx, b.ID); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("merged-away incident %d: %v, want not found", b.ID, err)
	}
	if evs, _ := s.Events(ctx, vigil.Filter{IncidentID: a.ID}); len(evs) != 2 {
		t.Errorf("Events(IncidentID %d) = %d events, want 2", a.ID, len(evs))
	}

	undoID, err := s.Undo(ctx, mergeID, "bilal", "different clashes after all")
	if err != nil {
		t.Fatalf("Undo(%d): %v", mergeID, err)
	}
	if got := snapshotJSON(t, s, a.ID, b.ID); got != prior {
		t.Errorf("undo did not restore the exact prior state:\n got %s\nwant %s", got, prior)
	}
	// Undoing twice conflicts: the incidents are no longer as the merge
	// left them.
	_, err = s.Undo(ctx, mergeID, "bilal", "again")
	wantCode(t, "second Undo", err, vigil.ECONFLICT)
	// Undoing the undo merges again.
	if _, err := s.Undo(ctx, undoID, "bilal", "they were one after all"); err != nil {
		t.Fatalf("undo of the undo: %v", err)
	}
	if _, err := s.Incident(ctx, b.ID); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("redo left incident %d: %v", b.ID, err)
	}
	// A machine change since the merge blocks its undo.
	latest, _ := s.Incident(ctx, a.ID)
	latest.FusionReason += "\nanother report"
	if _, err := s.SaveIncident(ctx, latest); err != nil {
		t.Fatal(err)
	}
	log, _ := s.Audit(ctx, fmt.Sprintf("incident:%d", a.ID), 1)
	_, err = s.Undo(ctx, log[0].ID, "bilal", "stale")
	wantCode(t, "Undo after a later change", err, vigil.ECONFLICT)
}

func testReviewChangeErrors(t *testing.T, s vigil.Store) {
	a, b := twoIncidents(t, s)
	cases := []struct {
		name string
		c    vigil.Change
		code string
	}{
		{"no actor", vigil.Change{Action: vigil.ActionVerify, Save: []vigil.Incident{a}}, vigil.EINVALID},
		{"machine actor", vigil.Change{Action: vigil.ActionVerify, Actor: "vigil", Save: []vigil.Incident{a}}, vigil.EINVALID},
		{"unknown field", vigil.Change{Action: vigil.ActionCorrect, Actor: "x", Save: []vigil.Incident{a},
			Correct: []vigil.Correction{{IncidentID: a.ID, Field: "summary", Value: "x"}}}, vigil.EINVALID},
		{"bad toll", vigil.Change{Action: vigil.ActionCorrect, Actor: "x", Save: []vigil.Incident{a},
			Correct: []vigil.Correction{{IncidentID: a.ID, Field: "fatalities", Value: "-2"}}}, vigil.EINVALID},
		{"missing incident", vigil.Change{Action: vigil.ActionMerge, Actor: "x", Save: []vigil.Incident{a}, Delete: []int64{999}}, vigil.ENOTFOUND},
		{"delete with members", vigil.Change{Action: vigil.ActionMerge, Actor: "x", Save: []vigil.Incident{a}, Delete: []int64{b.ID}}, vigil.ECONFLICT},
		{"bad state", vigil.Change{Action: vigil.ActionVerify, Actor: "x", Save: []vigil.Incident{func() vigil.Incident {
			x := a
			x.ReviewState = "approved"
			return x
		}()}}, vigil.EINVALID},
	}
	prior := snapshotJSON(t, s, a.ID, b.ID)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.ApplyChange(ctx, &tt.c)
			wantCode(t, "ApplyChange", err, tt.code)
			if got := snapshotJSON(t, s, a.ID, b.ID); got != prior {
				t.Errorf("a refused change altered the incidents:\n got %s\nwant %s", got, prior)
			}
		})
	}
	_, err := s.Undo(ctx, 12345, "x", "")
	wantCode(t, "Undo of a missing entry", err, vigil.ENOTFOUND)
	if err := s.AddAudit(ctx, vigil.AuditEntry{Actor: "vigil", Action: "fuse", Object: "incident:1"}); err != nil {
		t.Fatal(err)
	}
	log, _ := s.Audit(ctx, "incident:1", 1)
	_, err = s.Undo(ctx, log[0].ID, "x", "")
	wantCode(t, "Undo of a machine entry", err, vigil.EINVALID)
}

func testReviewSurvivesReExtraction(t *testing.T, s vigil.Store) {
	a, b := twoIncidents(t, s)
	verified := a
	verified.ReviewState = vigil.StateVerified
	c := vigil.Change{Action: vigil.ActionVerify, Actor: "amina", Object: fmt.Sprintf("incident:%d", a.ID), Save: []vigil.Incident{verified}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatal(err)
	}
	for _, inc := range []vigil.Incident{a, b} {
		evs, _ := s.Events(ctx, vigil.Filter{IncidentID: inc.ID})
		doc := evs[0].DocumentID
		if err := s.SaveExtraction(ctx, doc, vigil.Extraction{Events: []vigil.Event{evs[0].Event}}); err != nil {
			t.Fatal(err)
		}
		fresh, _ := s.Events(ctx, vigil.Filter{DocumentID: doc})
		if len(fresh) != 1 || fresh[0].IncidentID != 0 || fresh[0].PriorIncidentID != inc.ID {
			t.Errorf("re-extracted event of incident %d = %+v; want unfused with prior incident %d", inc.ID, fresh, inc.ID)
		}
	}
	// The verified incident stays, empty, for its event to come back; the
	// unreviewed one is dissolved.
	if got, err := s.Incident(ctx, a.ID); err != nil || got.ReviewState != vigil.StateVerified || len(got.EventIDs) != 0 {
		t.Errorf("verified incident after re-extraction = %+v, %v; want kept, verified, empty", got, err)
	}
	_, err := s.Incident(ctx, b.ID)
	wantCode(t, "unreviewed incident emptied by re-extraction", err, vigil.ENOTFOUND)
}

func testIncidentsAsOf(t *testing.T, s vigil.Store) {
	a, b := twoIncidents(t, s)
	time.Sleep(2 * time.Millisecond)
	published := time.Now()
	time.Sleep(2 * time.Millisecond)
	c := vigil.Change{Action: vigil.ActionCorrect, Actor: "amina", Object: fmt.Sprintf("incident:%d", a.ID),
		Save: []vigil.Incident{a}, Correct: []vigil.Correction{{IncidentID: a.ID, Field: "fatalities", Value: "30"}}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatal(err)
	}
	rejected := b
	rejected.ReviewState = vigil.StateRejected
	c = vigil.Change{Action: vigil.ActionReject, Actor: "amina", Object: fmt.Sprintf("incident:%d", b.ID), Save: []vigil.Incident{rejected}}
	if _, err := s.ApplyChange(ctx, &c); err != nil {
		t.Fatal(err)
	}

	then, err := s.IncidentsAsOf(ctx, published, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(then) != 2 || then[0].ID != b.ID || *then[1].Fatalities != 3 || then[0].ReviewState != vigil.StateUnreviewed {
		t.Errorf("IncidentsAsOf(before the corrections) = %+v; want both, as first stored", then)
	}
	if !reflect.DeepEqual(then[1], a) {
		t.Errorf("incident %d as of then:\n got %+v\nwant %+v", a.ID, then[1], a)
	}
	current, err := s.IncidentsAsOf(ctx, time.Now(), vigil.Filter{ReviewState: vigil.StateUnreviewed})
	if err != nil || len(current) != 1 || *current[0].Fatalities != 30 {
		t.Errorf("IncidentsAsOf(now, unreviewed) = %+v, %v; want incident %d with the corrected 30", current, err, a.ID)
	}
	if early, err := s.IncidentsAsOf(ctx, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), vigil.Filter{}); err != nil || len(early) != 0 {
		t.Errorf("IncidentsAsOf(2000) = %+v, %v; want none", early, err)
	}
	for _, f := range []vigil.Filter{{Admin2: "tank"}, {From: "2024-10-02"}, {Limit: 1}} {
		got, err := s.IncidentsAsOf(ctx, published, f)
		if err != nil || len(got) != 1 || got[0].ID != b.ID {
			t.Errorf("IncidentsAsOf(%+v) = %+v, %v; want only incident %d", f, got, err, b.ID)
		}
	}
	_, err = s.IncidentsAsOf(ctx, published, vigil.Filter{Text: "clash"})
	wantCode(t, "IncidentsAsOf with text", err, vigil.EINVALID)
	_, err = s.IncidentsAsOf(ctx, published, vigil.Filter{From: "yesterday"})
	wantCode(t, "IncidentsAsOf with a bad date", err, vigil.EINVALID)
}

func testIncidentIDsNotReused(t *testing.T, s vigil.Store) {
	_, b := twoIncidents(t, s)
	evs, _ := s.Events(ctx, vigil.Filter{IncidentID: b.ID})
	if err := s.SaveExtraction(ctx, evs[0].DocumentID, vigil.Extraction{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Incident(ctx, b.ID); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Fatalf("incident %d was not dissolved: %v", b.ID, err)
	}
	d := mustAdd(t, s, doc("Outlet", "later", "A later report of a raid in Kurram."))
	if err := s.SaveExtraction(ctx, d, vigil.Extraction{Events: []vigil.Event{event("2024-11-01", "Khyber Pakhtunkhwa", "Kurram", "Battles", "TTP", 1)}}); err != nil {
		t.Fatal(err)
	}
	later, _ := s.Events(ctx, vigil.Filter{DocumentID: d})
	inc := vigil.Incident{Event: later[0].Event, EventIDs: []int64{later[0].ID}}
	id, err := s.SaveIncident(ctx, &inc)
	if err != nil {
		t.Fatal(err)
	}
	if id <= b.ID {
		t.Errorf("new incident took ID %d; the dissolved incident %d's ID must not be reused", id, b.ID)
	}
}
