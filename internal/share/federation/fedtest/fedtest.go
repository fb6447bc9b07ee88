// Package fedtest is the behaviour every vigil.FederationStore must show,
// as one suite each store package runs against a fresh real database.
package fedtest

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Run runs the suite. open must return an empty store the test owns.
func Run(t *testing.T, open func(t *testing.T) federation.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s federation.Store)
	}{
		{"Partners", testPartners},
		{"PullCursor", testPullCursor},
		{"Received", testReceived},
		{"ApplyImport", testApplyImport},
		{"ApplyImportRefusesStaleDecisions", testApplyImportStale},
		{"IncidentVersions", testIncidentVersions},
		{"IncidentHistories", testIncidentHistories},
		{"ResolveConflict", testResolveConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

var operator = vigil.AsOperator(context.Background())

func testPartners(t *testing.T, s federation.Store) {
	p := vigil.Partner{Name: "ctd", URL: "https://ctd.example/taxii2/vigil/", Token: "vigil_secret'; DROP TABLE partners; --",
		Collection: "amber", Org: "ncc"}
	if err := s.AddPartner(operator, p); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPartner(operator, p); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("adding ctd twice: %v, want ECONFLICT", err)
	}
	bad := []vigil.Partner{
		{Name: "", URL: p.URL, Collection: "amber", Org: "ncc"},
		{Name: "x", URL: "", Collection: "amber", Org: "ncc"},
		{Name: "x", URL: p.URL, Collection: "amber", Org: ""},
		{Name: " x", URL: p.URL, Collection: "amber", Org: "ncc"},
	}
	for _, b := range bad {
		if err := s.AddPartner(operator, b); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("AddPartner(%+v): %v, want EINVALID", b, err)
		}
	}
	if err := s.AddPartner(operator, vigil.Partner{Name: "afg-ngo", URL: "http://127.0.0.1:1/taxii2/vigil/", Collection: "green", Org: "ncc"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Partner(operator, "ctd")
	if err != nil {
		t.Fatal(err)
	}
	if got.Token != p.Token || got.URL != p.URL || got.Collection != "amber" || got.Org != "ncc" || got.CreatedAt.IsZero() {
		t.Errorf("Partner(ctd) = %+v", got)
	}
	if _, err := s.Partner(operator, "nobody"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("Partner(nobody): %v, want ENOTFOUND", err)
	}
	all, err := s.Partners(operator)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Name != "afg-ngo" || all[1].Name != "ctd" {
		t.Errorf("Partners = %+v, want afg-ngo then ctd", all)
	}
}

func testPullCursor(t *testing.T, s federation.Store) {
	if c, err := s.PullCursor(operator, "ctd", "amber"); err != nil || !c.IsZero() {
		t.Fatalf("cursor before any pull: %v, %v; want zero", c, err)
	}
	at := time.Date(2026, 11, 23, 10, 0, 0, 123456000, time.UTC)
	for _, want := range []time.Time{at, at.Add(time.Hour)} {
		if err := s.SetPullCursor(operator, "ctd", "amber", want); err != nil {
			t.Fatal(err)
		}
		if c, err := s.PullCursor(operator, "ctd", "amber"); err != nil || !c.Equal(want) {
			t.Errorf("cursor = %v, %v; want %v", c, err, want)
		}
	}
	if c, _ := s.PullCursor(operator, "ctd", "green"); !c.IsZero() {
		t.Errorf("another collection's cursor = %v, want zero", c)
	}
}

func received(id, version string, tlp vigil.TLP) vigil.Received {
	return vigil.Received{Partner: "ctd", ID: id, Type: "location", Version: version,
		Marking: vigil.Marking{TLP: tlp, Owner: "ctd"}, JSON: []byte(`{"id":"` + id + `","v":"` + version + `"}`)}
}

const locID = "location--0b9a8e4c-6a31-4d7e-9a2c-2f5f5f0c1a01"

func testReceived(t *testing.T, s federation.Store) {
	for i, v := range []string{"2026-11-20T10:00:00.000Z", "2026-11-21T10:00:00.000Z", "2026-11-20T10:00:00.000Z"} {
		created, err := s.AddReceived(operator, received(locID, v, vigil.TLPAmber))
		if err != nil {
			t.Fatal(err)
		}
		if created != (i < 2) {
			t.Errorf("version %d (%s): created = %v", i, v, created)
		}
	}
	if _, err := s.AddReceived(operator, vigil.Received{Partner: "ctd", ID: locID}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("a received object without version and content: %v, want EINVALID", err)
	}
	got, err := s.ReceivedVersions(operator, "ctd", locID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Version > got[1].Version || string(got[1].JSON) != `{"id":"`+locID+`","v":"2026-11-21T10:00:00.000Z"}` ||
		got[0].Marking.TLP != vigil.TLPAmber || got[0].Marking.Owner != "ctd" || got[0].Status != vigil.ReceivedKept {
		t.Errorf("ReceivedVersions = %+v", got)
	}
	// What was received is marked: a stranger sees none of it.
	stranger := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "ngo-x", User: "raza"})
	if got, err := s.ReceivedVersions(stranger, "ctd", locID); err != nil || len(got) != 0 {
		t.Errorf("a stranger reads %d received versions, %v", len(got), err)
	}
	partner := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "ncc", User: "ali", Partners: []string{"ctd"}})
	if got, err := s.ReceivedVersions(partner, "ctd", locID); err != nil || len(got) != 2 {
		t.Errorf("the partner reads %d received versions, %v", len(got), err)
	}
}

const incID = "incident--0b9a8e4c-6a31-4d7e-9a2c-2f5f5f0c1a02"

func imported(version string, killed int) vigil.Import {
	m := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	day := "2026-11-20"
	return vigil.Import{
		Received: vigil.Received{Partner: "ctd", ID: incID, Type: "incident", Version: version, Marking: m,
			JSON: []byte(`{"id":"` + incID + `","modified":"` + version + `"}`), Status: vigil.ReceivedApplied},
		Save: &vigil.Incident{Event: vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", Location: "Turbat",
			Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: killed}}},
			Marking: m, Origin: federation.Origin("ctd", incID)},
		Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "import", Reason: "test"},
	}
}

func testApplyImport(t *testing.T, s federation.Store) {
	id, err := s.ApplyImport(operator, imported("2026-11-20T10:00:00.000Z", 3))
	if err != nil {
		t.Fatal(err)
	}
	link, err := s.ImportLink(operator, "ctd", incID)
	if err != nil {
		t.Fatal(err)
	}
	inc, err := s.Incident(operator, id)
	if err != nil {
		t.Fatal(err)
	}
	if link.IncidentID != id || link.Version != "2026-11-20T10:00:00.000Z" || !link.LocalUpdatedAt.Equal(inc.UpdatedAt) || link.Retracted {
		t.Errorf("link after the first import = %+v (incident updated %v)", link, inc.UpdatedAt)
	}
	if inc.Origin != federation.Origin("ctd", incID) || inc.Marking.TLP != vigil.TLPAmber || inc.Marking.Owner != "ctd" || inc.Casualties.Militants.Killed != 3 {
		t.Errorf("imported incident = %+v", inc)
	}

	// A newer version applies over it.
	next := imported("2026-11-21T10:00:00.000Z", 5)
	next.Link = *link
	if got, err := s.ApplyImport(operator, next); err != nil || got != id {
		t.Fatalf("update: %d, %v; want %d", got, err, id)
	}
	if got, _ := s.Incident(operator, id); got == nil || got.Casualties.Militants.Killed != 5 || !got.CreatedAt.Equal(inc.CreatedAt) {
		t.Errorf("after the update: %+v, want 5 killed and the first import's creation time", got)
	}
	link, _ = s.ImportLink(operator, "ctd", incID)

	// A conflict is kept, not applied.
	conflict := imported("2026-11-22T10:00:00.000Z", 7)
	conflict.Link, conflict.Save, conflict.Received.Status = *link, nil, vigil.ReceivedConflict
	conflict.Audit.Action = "conflict"
	if _, err := s.ApplyImport(operator, conflict); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Conflicts(operator, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Version != "2026-11-22T10:00:00.000Z" || cs[0].IncidentID != id {
		t.Errorf("Conflicts = %+v", cs)
	}
	if cs, _ := s.Conflicts(operator, "someone-else"); len(cs) != 0 {
		t.Errorf("another partner's conflicts = %+v", cs)
	}
	if inc, _ := s.Incident(operator, id); inc.Casualties.Militants.Killed != 5 {
		t.Errorf("a conflict was applied: %d killed", inc.Casualties.Militants.Killed)
	}

	// A revocation retracts it; its versions stay.
	link, _ = s.ImportLink(operator, "ctd", incID)
	retract := imported("2026-11-23T10:00:00.000Z", 0)
	retract.Link, retract.Save, retract.Retract, retract.Received.Status = *link, nil, true, vigil.ReceivedRetracted
	retract.Audit.Action = "retract"
	if _, err := s.ApplyImport(operator, retract); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Incident(operator, id); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("retracted incident: %v, want ENOTFOUND", err)
	}
	if incs, _ := s.Incidents(operator, vigil.Filter{}); len(incs) != 0 {
		t.Errorf("retracted incident still listed: %+v", incs)
	}
	if link, _ := s.ImportLink(operator, "ctd", incID); link == nil || !link.Retracted {
		t.Errorf("link after retraction = %+v", link)
	}
	versions, err := s.IncidentVersions(operator, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(versions) != 2 || versions[1].To.IsZero() || versions[1].Incident.Casualties.Militants.Killed != 5 {
		t.Errorf("history after retraction = %+v", versions)
	}
	all, _ := s.ReceivedVersions(operator, "ctd", incID)
	var states []string
	for _, r := range all {
		states = append(states, r.Status)
	}
	if !slices.Equal(states, []string{vigil.ReceivedApplied, vigil.ReceivedApplied, vigil.ReceivedConflict, vigil.ReceivedRetracted}) {
		t.Errorf("received versions' states = %v", states)
	}
	entries, err := s.Audit(operator, "incident:"+strconv.FormatInt(id, 10), 0)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Action)
	}
	slices.Sort(actions)
	if !slices.Equal(actions, []string{"conflict", "import", "import", "retract"}) {
		t.Errorf("audit of the imported incident: %v", actions)
	}
}

func testApplyImportStale(t *testing.T, s federation.Store) {
	id, err := s.ApplyImport(operator, imported("2026-11-20T10:00:00.000Z", 3))
	if err != nil {
		t.Fatal(err)
	}
	// Imported twice from the same stale decision: refused.
	if _, err := s.ApplyImport(operator, imported("2026-11-20T10:00:00.000Z", 3)); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("a second first import: %v, want ECONFLICT", err)
	}
	link, _ := s.ImportLink(operator, "ctd", incID)
	// An analyst changes the incident after the decision to apply.
	inc, _ := s.Incident(operator, id)
	inc.ReviewState = vigil.StateVerified
	if _, err := s.SaveIncident(operator, inc); err != nil {
		t.Fatal(err)
	}
	next := imported("2026-11-21T10:00:00.000Z", 9)
	next.Link = *link
	if _, err := s.ApplyImport(operator, next); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("applying over an analyst's change: %v, want ECONFLICT", err)
	}
	if got, _ := s.Incident(operator, id); got.Casualties.Militants.Killed != 3 || got.ReviewState != vigil.StateVerified {
		t.Errorf("the refused import changed the incident: %+v", got)
	}
	if vs, _ := s.ReceivedVersions(operator, "ctd", incID); len(vs) != 1 {
		t.Errorf("the refused import stored its version: %d versions", len(vs))
	}
}

func testIncidentVersions(t *testing.T, s federation.Store) {
	// One incident CLEAR, then AMBER+STRICT of org a; another GREEN of a.
	day := "2026-11-20"
	one := vigil.Incident{Event: vigil.Event{EventDate: &day, Location: "Bannu"}}
	if _, err := s.SaveIncident(operator, &one); err != nil {
		t.Fatal(err)
	}
	mid := time.Now()
	one.Marking = vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "a"}
	if _, err := s.SaveIncident(operator, &one); err != nil {
		t.Fatal(err)
	}
	two := vigil.Incident{Event: vigil.Event{EventDate: &day, Location: "Lakki Marwat"}, Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"}}
	if _, err := s.SaveIncident(operator, &two); err != nil {
		t.Fatal(err)
	}
	viewers := []struct {
		name string
		v    vigil.Viewer
		want []string // location and level of each version, in order
	}{
		{"operator", vigil.Viewer{All: true}, []string{"Bannu CLEAR", "Bannu AMBER+STRICT", "Lakki Marwat GREEN"}},
		{"same org", vigil.Viewer{Org: "a", User: "u"}, []string{"Bannu CLEAR", "Bannu AMBER+STRICT", "Lakki Marwat GREEN"}},
		{"partner", vigil.Viewer{Org: "b", User: "u", Partners: []string{"a"}}, []string{"Bannu CLEAR", "Lakki Marwat GREEN"}},
		{"anonymous", vigil.Viewer{}, []string{"Bannu CLEAR"}},
	}
	for _, tt := range viewers {
		vs, err := s.IncidentVersions(vigil.WithViewer(context.Background(), tt.v), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, v := range vs {
			got = append(got, v.Incident.Location+" "+string(v.Incident.Marking.OrClear().TLP))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s reads versions %v, want %v", tt.name, got, tt.want)
		}
	}
	// since leaves out versions that began and ended before it.
	vs, err := s.IncidentVersions(operator, mid)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 || vs[0].To.IsZero() {
		t.Errorf("versions since the first save: %d, want all three (the first ended after)", len(vs))
	}
	vs, _ = s.IncidentVersions(operator, time.Now())
	if len(vs) != 0 {
		t.Errorf("versions since now: %d, want none", len(vs))
	}
}

func testIncidentHistories(t *testing.T, s federation.Store) {
	// Six incidents of org a, saved twice each; some GREEN, one deleted.
	day := "2026-11-21"
	var deleted int64
	for i, place := range []string{"Kohat", "Hangu", "Karak", "Orakzai", "Kurram", "Tank"} {
		inc := vigil.Incident{Event: vigil.Event{EventDate: &day, Location: place}}
		if i%2 == 0 {
			inc.Marking = vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"}
		}
		if _, err := s.SaveIncident(operator, &inc); err != nil {
			t.Fatal(err)
		}
		inc.Summary = "saved again"
		if _, err := s.SaveIncident(operator, &inc); err != nil {
			t.Fatal(err)
		}
		if place == "Karak" {
			deleted = inc.ID
		}
	}
	if _, err := s.ApplyChange(operator, &vigil.Change{Action: "delete", Object: "incident:" + strconv.FormatInt(deleted, 10), Actor: "amna", Delete: []int64{deleted}}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.IncidentHistories(operator, time.Time{}, 0); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("a window of no events: %v, want EINVALID", err)
	}
	key := func(v vigil.IncidentVersion) string {
		return strconv.FormatInt(v.Incident.ID, 10) + "@" + v.From.Format(time.RFC3339Nano)
	}
	for _, viewer := range []vigil.Viewer{{All: true}, {Org: "b", User: "u", Partners: []string{"a"}}, {}} {
		ctx := vigil.WithViewer(context.Background(), viewer)
		whole, err := s.IncidentVersions(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		for _, v := range whole {
			want[key(v)] = true
		}
		got := map[string]bool{}
		after := time.Time{}
		for windows := 0; ; windows++ {
			if windows > len(whole)+1 {
				t.Fatalf("viewer %+v: the windows do not reach the end", viewer)
			}
			vs, until, err := s.IncidentHistories(ctx, after, 3)
			if err != nil {
				t.Fatal(err)
			}
			perIncident := map[int64]int{}
			for _, v := range vs {
				got[key(v)] = true
				perIncident[v.Incident.ID]++
			}
			// Each incident comes with its whole visible history.
			for id, n := range perIncident {
				all := 0
				for _, v := range whole {
					if v.Incident.ID == id {
						all++
					}
				}
				if n != all {
					t.Errorf("viewer %+v: incident %d comes with %d of its %d versions", viewer, id, n, all)
				}
			}
			if until.IsZero() {
				break
			}
			if !until.After(after) {
				t.Fatalf("viewer %+v: window after %v ends at %v", viewer, after, until)
			}
			after = until
		}
		if len(got) != len(want) {
			t.Errorf("viewer %+v: the windows hold %d versions, the history %d", viewer, len(got), len(want))
		}
		for k := range want {
			if !got[k] {
				t.Errorf("viewer %+v: version %s in no window", viewer, k)
			}
		}
	}
}
