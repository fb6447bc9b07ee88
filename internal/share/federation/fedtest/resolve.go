package fedtest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// partnerIncident is a version of incID as a partner's vigil sends it.
func partnerIncident(version, summary string, killed int) []byte {
	return fmt.Appendf(nil, `{"type":"incident","spec_version":"2.1","id":%q,"created":"2026-11-20T10:00:00.000Z","modified":%q,
		"name":"Battles in Turbat","description":%q,"extensions":{%q:{"extension_type":"property-extension","event_date":"2026-11-20",
		"event_type":"Battles","fatalities":%d,"casualties":{"militants":{"killed":%d}}}}}`, incID, version, summary, stix.ExtensionID, killed, killed)
}

// conflictOver keeps version as a conflict with the local incident, as the
// puller does when an analyst here changed it.
func conflictOver(t *testing.T, s federation.Store, version, summary string, killed int) {
	t.Helper()
	link, err := s.ImportLink(operator, "ctd", incID)
	if err != nil {
		t.Fatal(err)
	}
	im := imported(version, killed)
	im.Received.JSON = partnerIncident(version, summary, killed)
	im.Received.Status, im.Received.IncidentID = vigil.ReceivedConflict, link.IncidentID
	im.Link, im.Save = *link, nil
	im.Audit.Action = "conflict"
	if _, err := s.ApplyImport(operator, im); err != nil {
		t.Fatal(err)
	}
}

// correct records an analyst's correction of the incident's toll.
func correct(t *testing.T, s federation.Store, id int64, killed string) {
	t.Helper()
	inc, err := s.Incident(operator, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyChange(operator, &vigil.Change{Action: vigil.ActionCorrect, Object: "incident:" + strconv.FormatInt(id, 10), Actor: "amna",
		Save: []vigil.Incident{*inc}, Correct: []vigil.Correction{{IncidentID: id, Field: "fatalities", Value: killed}}}); err != nil {
		t.Fatal(err)
	}
}

func statuses(t *testing.T, s federation.Store) map[string]string {
	t.Helper()
	vs, err := s.ReceivedVersions(operator, "ctd", incID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, v := range vs {
		out[v.Version] = v.Status
	}
	return out
}

func testResolveConflict(t *testing.T, s federation.Store) {
	const (
		v1 = "2026-11-20T10:00:00.000Z"
		v2 = "2026-11-21T10:00:00.000Z"
		v3 = "2026-11-22T10:00:00.000Z"
		v4 = "2026-11-23T10:00:00.000Z"
		// Versions need not share a format: v5 is the later by time, the
		// earlier as text.
		v5early = "2026-11-24T10:00:00Z"
		v5      = "2026-11-24T10:00:00.5Z"
		v6      = "2026-11-25T10:00:00.000Z"
	)
	id, err := s.ApplyImport(operator, imported(v1, 3))
	if err != nil {
		t.Fatal(err)
	}
	// Where the partner placed the incident: a location and its located-at
	// relationship, versioned with the incident.
	m := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	relID := "relationship--0b9a8e4c-6a31-4d7e-9a2c-2f5f5f0c1a03"
	for _, r := range []vigil.Received{
		{Partner: "ctd", ID: locID, Type: "location", Version: v2, Marking: m,
			JSON: []byte(`{"type":"location","id":"` + locID + `","created":"` + v2 + `","country":"PK","administrative_area":"Balochistan","city":"Turbat"}`)},
		{Partner: "ctd", ID: relID, Type: "relationship", Version: v3, Marking: m,
			JSON: []byte(`{"type":"relationship","id":"` + relID + `","created":"` + v1 + `","modified":"` + v3 + `","relationship_type":"located-at","source_ref":"` + incID + `","target_ref":"` + locID + `"}`)},
	} {
		if _, err := s.AddReceived(operator, r); err != nil {
			t.Fatal(err)
		}
	}
	if rels, err := s.ReceivedRelationships(operator, "ctd", incID); err != nil || len(rels) != 1 || rels[0].ID != relID {
		t.Errorf("ReceivedRelationships = %+v, %v; want the located-at", rels, err)
	}
	if rels, err := s.ReceivedRelationships(operator, "ctd", "incident--' OR '1'='1"); err != nil || len(rels) != 0 {
		t.Errorf("relationships of a hostile id: %+v, %v", rels, err)
	}

	// An analyst corrects the toll; the partner then sends two versions.
	correct(t, s, id, "9")
	conflictOver(t, s, v2, "partner says five", 5)
	conflictOver(t, s, v3, "partner says seven", 7)
	cs, err := federation.Conflicts(operator, s, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 {
		t.Fatalf("Conflicts = %+v, want one for incident %d", cs, id)
	}
	c := cs[0]
	if c.Pending != 2 || c.Received.Version != v3 || c.Local.ID != id || *c.Local.Fatalities != 9 ||
		c.Partner.Summary != "partner says seven" || *c.Partner.Fatalities != 7 || c.Partner.Location != "Turbat" || c.Partner.Country != "Pakistan" ||
		c.Partner.Marking.Key() != m.Key() || c.Partner.Origin != federation.Origin("ctd", incID) {
		t.Errorf("conflict = %+v", c)
	}
	wantDiff := []federation.Difference{
		{Field: "admin1", Local: "", Partner: "Balochistan"},
		{Field: "fatalities", Local: "9", Partner: "7"},
		{Field: "casualties", Local: "militants killed 3", Partner: "militants killed 7"},
		{Field: "summary", Local: "", Partner: "partner says seven"},
	}
	if got := federation.Differences(c.Local, c.Partner); !slices.Equal(got, wantDiff) {
		t.Errorf("Differences = %+v, want %+v", got, wantDiff)
	}
	stranger := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "ngo-x", User: "raza"})
	if cs, err := federation.Conflicts(stranger, s, ""); err != nil || len(cs) != 0 {
		t.Errorf("a stranger lists %d conflicts, %v", len(cs), err)
	}

	// Refused, changing nothing: a decision by a stranger, one on a local
	// version that is not the current one, one made before the partner's
	// newest version arrived.
	if err := federation.Resolve(stranger, s, c, true, "raza", ""); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("a stranger settles the conflict: %v, want ENOTFOUND", err)
	}
	if err := federation.Resolve(operator, s, c, true, "", ""); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("settling without a name: %v, want EINVALID", err)
	}
	old := c
	old.Local.UpdatedAt = c.Local.UpdatedAt.Add(-time.Second)
	if err := federation.Resolve(operator, s, old, true, "amna", ""); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("settling on a stale local version: %v, want ECONFLICT", err)
	}
	conflictOver(t, s, v4, "partner says eight", 8)
	if err := federation.Resolve(operator, s, c, true, "amna", ""); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("settling before the newest version was seen: %v, want ECONFLICT", err)
	}
	if inc, _ := s.Incident(operator, id); *inc.Fatalities != 9 {
		t.Errorf("a refused resolution changed the incident: %d killed", *inc.Fatalities)
	}
	if got := statuses(t, s); got[v2] != vigil.ReceivedConflict || got[v4] != vigil.ReceivedConflict {
		t.Errorf("a refused resolution settled versions: %v", got)
	}

	// Accept: the partner's newest version replaces the local incident and
	// its correction; the older pending versions become history.
	if c, err := federation.ConflictOf(operator, s, id); err != nil || c.Received.Version != v4 || c.Pending != 3 {
		t.Fatalf("ConflictOf(%d) = %+v, %v; want version %s of three", id, c, err, v4)
	} else if err := federation.Resolve(operator, s, *c, true, "amna", "the partner's count is confirmed"); err != nil {
		t.Fatal(err)
	}
	inc, err := s.Incident(operator, id)
	if err != nil {
		t.Fatal(err)
	}
	if *inc.Fatalities != 8 || inc.Summary != "partner says eight" || inc.Location != "Turbat" || inc.Marking.Key() != m.Key() {
		t.Errorf("after accepting: %+v", inc)
	}
	if cs, _ := s.Corrections(operator, id); len(cs) != 0 {
		t.Errorf("corrections after accepting: %+v", cs)
	}
	want := map[string]string{v1: vigil.ReceivedApplied, v2: vigil.ReceivedKept, v3: vigil.ReceivedKept, v4: vigil.ReceivedAccepted}
	if got := statuses(t, s); !maps.Equal(got, want) {
		t.Errorf("versions after accepting: %v, want %v", got, want)
	}
	link, _ := s.ImportLink(operator, "ctd", incID)
	if link.Version != v4 || !link.LocalUpdatedAt.Equal(inc.UpdatedAt) {
		t.Errorf("link after accepting = %+v, incident updated %v", link, inc.UpdatedAt)
	}
	if cs, _ := federation.Conflicts(operator, s, ""); len(cs) != 0 {
		t.Errorf("conflicts after accepting: %+v", cs)
	}
	if _, err := federation.ConflictOf(operator, s, id); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("ConflictOf a settled incident: %v, want ENOTFOUND", err)
	}
	// Settled once: the same decision again is refused.
	if err := federation.Resolve(operator, s, c, true, "amna", ""); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("settling twice: %v, want ECONFLICT", err)
	}
	entries, err := s.Audit(operator, "incident:"+strconv.FormatInt(id, 10), 0)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(entries, func(e vigil.AuditEntry) bool { return e.Action == "resolve" })
	if i < 0 || entries[i].Actor != "amna" || !strings.Contains(entries[i].Reason, "the partner's count is confirmed") ||
		!strings.Contains(entries[i].Before, `"field":"fatalities","value":"9"`) {
		t.Errorf("resolve audit entry = %+v", entries)
	}

	// Keep: the analyst corrects again, the partner sends another version,
	// and the reviewer keeps the local incident.
	correct(t, s, id, "10")
	conflictOver(t, s, v5early, "partner says ten", 10)
	conflictOver(t, s, v5, "partner says eleven", 11)
	c2, err := federation.ConflictOf(operator, s, id)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Received.Version != v5 || c2.Pending != 2 {
		t.Errorf("conflict before keeping: version %s of %d, want %s of 2", c2.Received.Version, c2.Pending, v5)
	}
	if err := federation.Resolve(operator, s, *c2, false, "bilal", ""); err != nil {
		t.Fatal(err)
	}
	kept, _ := s.Incident(operator, id)
	if *kept.Fatalities != 10 || !kept.UpdatedAt.Equal(c2.Local.UpdatedAt) {
		t.Errorf("keeping changed the incident: %+v", kept)
	}
	if got := statuses(t, s); got[v5] != vigil.ReceivedDeclined || got[v5early] != vigil.ReceivedKept {
		t.Errorf("after keeping, the versions are %v; want %s declined, %s kept", got, v5, v5early)
	}
	// The partner's next version is judged against now: nothing changed
	// here since, so it applies, under the correction that was kept.
	link, _ = s.ImportLink(operator, "ctd", incID)
	if link.Version != v5 || !link.LocalUpdatedAt.Equal(kept.UpdatedAt) {
		t.Errorf("link after keeping = %+v, incident updated %v", link, kept.UpdatedAt)
	}
	next := imported(v6, 12)
	next.Link = *link
	if _, err := s.ApplyImport(operator, next); err != nil {
		t.Fatalf("the version after a keep: %v", err)
	}
	if inc, _ := s.Incident(operator, id); *inc.Fatalities != 10 || inc.Casualties.Militants.Killed != 12 {
		t.Errorf("after the next version: fatalities %v (corrected to 10), militants killed %d (partner's 12)", *inc.Fatalities, inc.Casualties.Militants.Killed)
	}
}
