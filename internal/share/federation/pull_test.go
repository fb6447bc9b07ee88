package federation

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// partnerServer is a partner's TAXII server holding objects the test
// writes by hand, as any producer might.
type partnerServer struct {
	src  *taxii.MemorySource
	url  string
	next time.Time
}

func newPartner(t *testing.T) *partnerServer {
	t.Helper()
	src := &taxii.MemorySource{}
	srv, err := taxii.NewServer(taxii.Config{Source: src, Auth: taxii.NewStaticTokens(map[string]vigil.Viewer{
		"tok-ncc": {Org: "ncc", User: "puller", Partners: []string{"ctd"}},
	}, false)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &partnerServer{src: src, url: ts.URL + taxii.APIRootPath, next: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
}

// add publishes raw objects, added one second after the last. The
// partner's server lets the puller read them all (its own marking rules
// are not under test): what the puller does with each is.
func (p *partnerServer) add(t *testing.T, objs ...string) {
	t.Helper()
	p.next = p.next.Add(time.Second)
	for _, raw := range objs {
		var o struct{ ID, Type, Modified string }
		if err := json.Unmarshal([]byte(raw), &o); err != nil {
			t.Fatal(err)
		}
		r := taxii.Record{ID: o.ID, Type: o.Type, Version: o.Modified, Added: p.next, Marking: vigil.Marking{TLP: vigil.TLPClear}, JSON: json.RawMessage(raw)}
		if err := p.src.Add(r); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	incA = "incident--11111111-1111-4111-8111-111111111111"
	incB = "incident--22222222-2222-4222-8222-222222222222"
	locA = "location--33333333-3333-4333-8333-333333333333"
	relA = "relationship--44444444-4444-4444-8444-444444444444"
)

// incident writes a STIX incident with vigil's extension.
func incident(id, modified string, tlp vigil.TLP, killed int, revoked bool) string {
	refs := ""
	if tlp != "" {
		refs = fmt.Sprintf(`,"object_marking_refs":[%q]`, stix.TLPMarkingID(tlp))
	}
	rev := ""
	if revoked {
		rev = `,"revoked":true`
	}
	return fmt.Sprintf(`{"type":"incident","spec_version":"2.1","id":%q,"created":"2026-11-20T00:00:00.000Z","modified":%q,"name":"IED in Turbat"%s%s,
		"extensions":{%q:{"extension_type":"property-extension","event_date":"2026-11-19","event_type":"Explosions/Remote violence",
		"fatalities":%d,"casualties":{"security_forces":{"killed":%d},"civilians":{},"militants":{},"unknown":{}},"weapons":["IED"],"geo_precision":1}}}`,
		id, modified, refs, rev, stix.ExtensionID, killed, killed)
}

func locationObject(tlp vigil.TLP) string {
	return fmt.Sprintf(`{"type":"location","spec_version":"2.1","id":%q,"created":"2026-11-20T00:00:00.000Z","modified":"2026-11-20T00:00:00.000Z",
		"country":"PK","administrative_area":"Balochistan","city":"Turbat","latitude":26.0,"longitude":63.05,"object_marking_refs":[%q]}`, locA, stix.TLPMarkingID(tlp))
}

func locatedAt(modified string, tlp vigil.TLP) string {
	return fmt.Sprintf(`{"type":"relationship","spec_version":"2.1","id":%q,"created":"2026-11-20T00:00:00.000Z","modified":%q,
		"relationship_type":"located-at","source_ref":%q,"target_ref":%q,"object_marking_refs":[%q]}`, relA, modified, incA, locA, stix.TLPMarkingID(tlp))
}

func newPuller(t *testing.T) (*Puller, *partnerServer, vigil.Partner) {
	t.Helper()
	s := openStore(t)
	p := newPartner(t)
	partner := vigil.Partner{Name: "ctd", URL: p.url, Token: "tok-ncc", Collection: "red", Org: "ncc"}
	if err := s.AddPartner(operator, partner); err != nil {
		t.Fatal(err)
	}
	return &Puller{Store: s, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, p, partner
}

func pull(t *testing.T, pl *Puller, partner vigil.Partner) Report {
	t.Helper()
	rep, err := pl.Pull(operator, partner)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// imported returns the local incident imported as stixID, or nil.
func importedAs(t *testing.T, s Store, stixID string) *vigil.Incident {
	t.Helper()
	incs, err := s.Incidents(operator, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, inc := range incs {
		if inc.Origin == Origin("ctd", stixID) {
			return &inc
		}
	}
	return nil
}

func TestPullImportsWithPlaceMarkingAndFigures(t *testing.T) {
	pl, p, partner := newPuller(t)
	const v1 = "2026-11-20T10:00:00.000Z"
	p.add(t, locationObject(vigil.TLPAmber), locatedAt(v1, vigil.TLPAmber), incident(incA, v1, vigil.TLPAmber, 3, false))
	rep := pull(t, pl, partner)
	if rep.Imported != 1 || rep.Objects != 3 || rep.New != 3 || rep.Refused != 0 {
		t.Errorf("report: %s", rep)
	}
	inc := importedAs(t, pl.Store, incA)
	if inc == nil {
		t.Fatal("nothing imported")
	}
	want := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	if inc.Marking.Key() != want.Key() || inc.Location != "Turbat" || inc.Admin1 != "Balochistan" || inc.ISO3 != "PAK" ||
		inc.Latitude == nil || *inc.Latitude != 26.0 || inc.Casualties.SecurityForces.Killed != 3 || *inc.Fatalities != 3 ||
		inc.EventDate == nil || *inc.EventDate != "2026-11-19" || inc.Weapons[0] != "IED" || inc.GeoPrecision == nil || *inc.GeoPrecision != 1 {
		t.Errorf("imported incident: %+v", inc)
	}
	// Pulling again brings nothing new and changes nothing.
	if rep := pull(t, pl, partner); rep.New != 0 || rep.Imported != 0 || rep.Updated != 0 {
		t.Errorf("second pull: %s", rep)
	}
	// Even from the start (a lost cursor), nothing is imported twice.
	if err := pl.Store.SetPullCursor(operator, "ctd", "red", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if rep := pull(t, pl, partner); rep.Objects != 3 || rep.New != 0 || rep.Imported != 0 || rep.Updated != 0 {
		t.Errorf("pull from the start again: %s", rep)
	}
	if n, _ := pl.Store.CountIncidents(operator, vigil.Filter{}); n != 1 {
		t.Errorf("%d incidents after pulling twice, want 1", n)
	}
}

func TestPullFollowsVersionsInOrder(t *testing.T) {
	pl, p, partner := newPuller(t)
	const v1, v2, v3 = "2026-11-20T10:00:00.000Z", "2026-11-21T10:00:00.000Z", "2026-11-22T10:00:00.000Z"
	// The partner publishes v2 first, then (late) v1: v1 must not undo v2.
	p.add(t, incident(incA, v2, vigil.TLPGreen, 5, false))
	pull(t, pl, partner)
	p.add(t, incident(incA, v1, vigil.TLPGreen, 3, false))
	if rep := pull(t, pl, partner); rep.Updated != 0 || rep.New != 1 {
		t.Errorf("an older version: %s", rep)
	}
	if inc := importedAs(t, pl.Store, incA); inc.Casualties.SecurityForces.Killed != 5 {
		t.Errorf("an older version was applied: %d killed", inc.Casualties.SecurityForces.Killed)
	}
	p.add(t, incident(incA, v3, vigil.TLPGreen, 8, false))
	if rep := pull(t, pl, partner); rep.Updated != 1 {
		t.Errorf("a newer version: %s", rep)
	}
	if inc := importedAs(t, pl.Store, incA); inc.Casualties.SecurityForces.Killed != 8 {
		t.Errorf("the newer version was not applied: %d killed", inc.Casualties.SecurityForces.Killed)
	}
	vs, err := pl.Store.ReceivedVersions(operator, "ctd", incA)
	if err != nil || len(vs) != 3 {
		t.Errorf("versions kept: %d, %v; want all 3", len(vs), err)
	}
}

func TestPullRetractsRevokedIncidents(t *testing.T) {
	pl, p, partner := newPuller(t)
	p.add(t, incident(incA, "2026-11-20T10:00:00.000Z", vigil.TLPGreen, 3, false))
	pull(t, pl, partner)
	id := importedAs(t, pl.Store, incA).ID
	p.add(t, incident(incA, "2026-11-21T10:00:00.000Z", vigil.TLPGreen, 3, true),
		// Revoked before this instance ever saw it: nothing to import.
		incident(incB, "2026-11-21T10:00:00.000Z", vigil.TLPGreen, 1, true))
	if rep := pull(t, pl, partner); rep.Retracted != 1 || rep.Imported != 0 {
		t.Errorf("revocations: %s", rep)
	}
	if _, err := pl.Store.Incident(operator, id); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("revoked incident %d: %v, want gone", id, err)
	}
	// Revoked is final: a later version does not bring it back.
	p.add(t, incident(incA, "2026-11-22T10:00:00.000Z", vigil.TLPGreen, 4, false))
	pull(t, pl, partner)
	if n, _ := pl.Store.CountIncidents(operator, vigil.Filter{}); n != 0 {
		t.Errorf("%d incidents after a revocation and a later version, want 0", n)
	}
}

func TestPullKeepsLocalWorkAndListsConflicts(t *testing.T) {
	pl, p, partner := newPuller(t)
	p.add(t, incident(incA, "2026-11-20T10:00:00.000Z", vigil.TLPGreen, 3, false))
	pull(t, pl, partner)
	inc := importedAs(t, pl.Store, incA)
	// An analyst here corrects the toll.
	if _, err := pl.Store.ApplyChange(operator, &vigil.Change{Action: vigil.ActionCorrect, Object: fmt.Sprintf("incident:%d", inc.ID), Actor: "ali",
		Correct: []vigil.Correction{{IncidentID: inc.ID, Field: "fatalities", Value: "4"}}, Save: []vigil.Incident{*inc}}); err != nil {
		t.Fatal(err)
	}
	p.add(t, incident(incA, "2026-11-21T10:00:00.000Z", vigil.TLPGreen, 6, false))
	if rep := pull(t, pl, partner); rep.Conflicts != 1 || rep.Updated != 0 {
		t.Errorf("a remote change over local work: %s", rep)
	}
	if got := importedAs(t, pl.Store, incA); *got.Fatalities != 4 {
		t.Errorf("local work overwritten: %d killed", *got.Fatalities)
	}
	// Pulls overlap: the conflict met again is not a new conflict.
	if err := pl.Store.SetPullCursor(operator, "ctd", "red", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if rep := pull(t, pl, partner); rep.Conflicts != 0 || rep.New != 0 {
		t.Errorf("pulling the conflict again: %s", rep)
	}
	cs, err := pl.Store.Conflicts(operator, "ctd")
	if err != nil || len(cs) != 1 || cs[0].Version != "2026-11-21T10:00:00.000Z" || cs[0].IncidentID != inc.ID {
		t.Errorf("conflicts: %+v, %v", cs, err)
	}
}

func TestPullRefusesWhatItCannotHoldSafely(t *testing.T) {
	pl, p, partner := newPuller(t)
	p.add(t,
		incident(incA, "2026-11-20T10:00:00.000Z", "", 3, false),           // no TLP marking
		incident(incB, "2026-11-20T10:00:00.000Z", vigil.TLPRed, 1, false), // RED: no recipient here
		strings.Replace(incident("incident--55555555-5555-4555-8555-555555555555", "2026-11-20T10:00:00.000Z", vigil.TLPGreen, 1, false),
			`"event_date":"2026-11-19"`, `"event_date":"yesterday"`, 1), // unreadable date
	)
	rep := pull(t, pl, partner)
	if rep.Imported != 1 || rep.Refused != 2 {
		t.Errorf("report: %s; want one imported, two refused", rep)
	}
	// An unmarked incident stays inside the partner organisation.
	inc := importedAs(t, pl.Store, incA)
	if inc == nil || inc.Marking.TLP != vigil.TLPAmberStrict || inc.Marking.Owner != "ctd" {
		t.Errorf("unmarked incident imported as %+v", inc)
	}
	if importedAs(t, pl.Store, incB) != nil {
		t.Error("a RED incident was imported")
	}
	// The partner's token is in no audit entry.
	entries, _ := pl.Store.Audit(operator, "", 0)
	for _, e := range entries {
		if strings.Contains(e.Reason+e.Before+e.After, "tok-ncc") {
			t.Errorf("audit entry %d holds the token", e.ID)
		}
	}
}

func TestPullReportsAnUnreachablePartner(t *testing.T) {
	pl, _, partner := newPuller(t)
	partner.URL = "http://127.0.0.1:1/taxii2/vigil/"
	_, err := pl.Pull(operator, partner)
	if err == nil || !strings.Contains(err.Error(), "ctd") {
		t.Errorf("pull from an unreachable partner: %v", err)
	}
	if c, _ := pl.Store.PullCursor(operator, "ctd", "red"); !c.IsZero() {
		t.Errorf("a failed pull moved the cursor to %v", c)
	}
	partner.Token = "wrong"
	partner.URL = newPartner(t).url
	if _, err := pl.Pull(operator, partner); err == nil || strings.Contains(err.Error(), "wrong") {
		t.Errorf("pull with a wrong token: %v (and the token must not be in the error)", err)
	}
}

func TestPlaceOfPicksTheRelationshipOfTheVersion(t *testing.T) {
	rel := func(version, target string) object {
		return object{ID: relA, Type: "relationship", Modified: version, TargetRef: target}
	}
	rels := []object{rel("2026-11-20T10:00:00.000Z", "old"), rel("2026-11-21T10:00:00.000Z", "mid"), rel("2026-11-23T10:00:00.000Z", "new")}
	tests := []struct {
		version, want string
	}{
		{"2026-11-21T10:00:00.000Z", "mid"},    // vigil: the same version
		{"2026-11-22T10:00:00.000Z", "mid"},    // another producer: the latest before it
		{"2026-11-24T10:00:00.000Z", "new"},    // after them all
		{"2026-11-19T10:00:00.000Z", "(none)"}, // before any
	}
	for _, tt := range tests {
		got, ok := placeOf(object{ID: incA, Type: "incident", Modified: tt.version}, rels)
		if !ok {
			got.TargetRef = "(none)"
		}
		if got.TargetRef != tt.want {
			t.Errorf("incident version %s: located at %q, want %q", tt.version, got.TargetRef, tt.want)
		}
	}
}
