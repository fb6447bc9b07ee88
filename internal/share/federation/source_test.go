package federation

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var operator = vigil.AsOperator(context.Background())

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(operator, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Viewers of the tests: org "a" owns the records; "b" is its partner; "a"
// reads with token tok-a, "b" with tok-b, a stranger with tok-x.
var viewers = map[string]vigil.Viewer{
	"tok-a": {Org: "a", User: "amna"},
	"tok-b": {Org: "b", User: "bilal", Partners: []string{"a"}},
	"tok-x": {Org: "x", User: "xena"},
}

// serve serves s over TAXII with pages of pageSize objects.
func serve(t *testing.T, s Store, pageSize int) string {
	t.Helper()
	src := &Source{Store: s, Producer: stix.Producer{Org: "a", Name: "A"}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	srv, err := taxii.NewServer(taxii.Config{Source: src, Auth: taxii.NewStaticTokens(viewers, true), PageSize: pageSize})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts.URL + taxii.APIRootPath
}

// servedIncident is what tests read of a served incident.
type servedIncident struct {
	ID, Name, Modified string
	Revoked            bool
	Refs               []string `json:"object_marking_refs"`
	Extensions         map[string]struct {
		Fatalities *int `json:"fatalities"`
	}
}

func pullIncidents(t *testing.T, root, token string, q taxii.PullQuery) []servedIncident {
	t.Helper()
	q.Types = []string{"incident"}
	got, err := (&taxii.Client{Token: token}).Pull(context.Background(), root, "red", q)
	if err != nil {
		t.Fatal(err)
	}
	var out []servedIncident
	for _, raw := range got.Objects {
		var o servedIncident
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	return out
}

func save(t *testing.T, s *sqlite.Store, inc *vigil.Incident) {
	t.Helper()
	if _, err := s.SaveIncident(operator, inc); err != nil {
		t.Fatal(err)
	}
}

func newIncident(place string, m vigil.Marking) vigil.Incident {
	day := "2026-11-20"
	return vigil.Incident{Event: vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", ISO3: "PAK",
		Admin1: "Khyber Pakhtunkhwa", Location: place, Fatalities: ptr(2)}, Marking: m}
}

func ptr[T any](v T) *T { return &v }

func TestSourceServesEveryVersionAndRevocations(t *testing.T) {
	s := openStore(t)
	green := vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"}
	bannu := newIncident("Bannu", green)
	save(t, s, &bannu)
	first := bannu.UpdatedAt
	bannu.Fatalities = ptr(5)
	save(t, s, &bannu)
	second := bannu.UpdatedAt
	bannu.ReviewState = vigil.StateRejected
	save(t, s, &bannu)
	tank := newIncident("Tank", green)
	save(t, s, &tank)
	if _, err := s.ApplyChange(operator, &vigil.Change{Action: "delete", Object: "incident:2", Actor: "amna", Delete: []int64{tank.ID}}); err != nil {
		t.Fatal(err)
	}
	lakki := newIncident("Lakki Marwat", green)
	save(t, s, &lakki)
	root := serve(t, s, 100)

	all := pullIncidents(t, root, "tok-b", taxii.PullQuery{Version: "all"})
	byPlace := map[string][]servedIncident{}
	for _, o := range all {
		place := strings.TrimSuffix(strings.Fields(strings.SplitN(o.Name, " in ", 2)[1])[0], ",")
		byPlace[place] = append(byPlace[place], o)
	}
	stamp := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	b := byPlace["Bannu"]
	// Each version is modified at its UpdatedAt, or a millisecond after the
	// last version when two were stored within one.
	if len(b) != 3 || b[0].Modified != stamp(first) || b[1].Modified < stamp(second) || !(b[0].Modified < b[1].Modified && b[1].Modified < b[2].Modified) ||
		!b[2].Revoked || b[0].Revoked || b[1].Revoked {
		t.Errorf("Bannu's versions: %+v; want %s, %s, then revoked", b, stamp(first), stamp(second))
	} else if f := b[1].Extensions[stix.ExtensionID].Fatalities; f == nil || *f != 5 {
		t.Errorf("Bannu's second version carries fatalities %v, want 5", f)
	}
	if tk := byPlace["Tank"]; len(tk) != 2 || tk[0].Revoked || !tk[1].Revoked || tk[1].ID != tk[0].ID {
		t.Errorf("the deleted Tank incident's versions: %+v; want it, then it revoked", tk)
	}
	if l := byPlace["Lakki"]; len(l) != 1 || l[0].Revoked {
		t.Errorf("Lakki Marwat's versions: %+v", l)
	}
	// The last versions only, by default: one per incident.
	if last := pullIncidents(t, root, "tok-b", taxii.PullQuery{}); len(last) != 3 {
		t.Errorf("last versions: %d, want 3", len(last))
	}
	// The stranger receives none of it.
	if got := pullIncidents(t, root, "tok-x", taxii.PullQuery{Version: "all"}); len(got) != 0 {
		t.Errorf("a stranger received %d incident versions", len(got))
	}
}

func TestSourceMarksEachVersionAndWithdrawsWhatAViewerLost(t *testing.T) {
	s := openStore(t)
	inc := newIncident("Khyber", vigil.Marking{TLP: vigil.TLPClear})
	save(t, s, &inc)
	inc.Marking = vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "a"}
	save(t, s, &inc)
	root := serve(t, s, 100)
	tests := []struct {
		token string
		want  []string // each version's TLP, "revoked" for a revocation
	}{
		{"tok-a", []string{"CLEAR", "AMBER+STRICT"}},
		{"tok-b", []string{"CLEAR", "revoked"}},
		{"", []string{"CLEAR", "revoked"}},
	}
	for _, tt := range tests {
		var got []string
		for _, o := range pullIncidents(t, root, tt.token, taxii.PullQuery{Version: "all"}) {
			l, _ := stix.TLPFromRefs(o.Refs)
			if o.Revoked {
				got = append(got, "revoked")
			} else {
				got = append(got, string(l))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("token %q receives %v, want %v", tt.token, got, tt.want)
		}
	}
}

func TestSourceSendsNoOrganisationItsOwnRecordsBack(t *testing.T) {
	s := openStore(t)
	inc := newIncident("Quetta", vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"})
	inc.Origin = Origin("a", "incident--6ba7b811-9dad-11d1-80b4-00c04fd430c8")
	save(t, s, &inc)
	root := serve(t, s, 100)
	if got := pullIncidents(t, root, "tok-a", taxii.PullQuery{}); len(got) != 0 {
		t.Errorf("the owner of an imported incident received it back: %+v", got)
	}
	if got := pullIncidents(t, root, "tok-b", taxii.PullQuery{}); len(got) != 1 {
		t.Errorf("the owner's partner received %d incidents, want 1", len(got))
	}
}

func TestSourcePagesAndResumesAfterACursor(t *testing.T) {
	s := openStore(t)
	for _, place := range []string{"Swat", "Dir", "Chitral", "Mardan", "Kohat"} {
		inc := newIncident(place, vigil.Marking{TLP: vigil.TLPAmber, Owner: "a"})
		save(t, s, &inc)
	}
	whole, err := (&taxii.Client{Token: "tok-b"}).Pull(context.Background(), serve(t, s, 1000), "amber", taxii.PullQuery{})
	if err != nil {
		t.Fatal(err)
	}
	root := serve(t, s, 3)
	paged, err := (&taxii.Client{Token: "tok-b"}).Pull(context.Background(), root, "amber", taxii.PullQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if paged.Pages < 2 || len(paged.Objects) != len(whole.Objects) {
		t.Fatalf("paged pull: %d objects in %d pages, want %d in several", len(paged.Objects), paged.Pages, len(whole.Objects))
	}
	// A change after the pull: the next pull from its cursor brings only
	// the new version and what was built with it.
	incs, _ := s.Incidents(operator, vigil.Filter{Admin1: "Khyber Pakhtunkhwa"})
	incs[0].Fatalities = ptr(7)
	save(t, s, &incs[0])
	next := pullIncidents(t, root, "tok-b", taxii.PullQuery{AddedAfter: paged.LastAdded})
	if len(next) != 1 || !strings.Contains(next[0].Name, incs[0].Location) {
		t.Errorf("after a change, the next pull brings %+v, want only %s", next, incs[0].Location)
	}
}

func TestSourceAuditsEveryShare(t *testing.T) {
	s := openStore(t)
	for _, m := range []vigil.Marking{{TLP: vigil.TLPGreen, Owner: "a"}, {TLP: vigil.TLPAmber, Owner: "a"}, {TLP: vigil.TLPAmber, Owner: "a"}} {
		inc := newIncident("Peshawar", m)
		save(t, s, &inc)
	}
	root := serve(t, s, 100)
	pullIncidents(t, root, "tok-b", taxii.PullQuery{})
	pullIncidents(t, root, "tok-x", taxii.PullQuery{}) // shares nothing: not audited
	entries, err := s.Audit(operator, "taxii", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Action != "share" || entries[0].Actor != "b/bilal" ||
		!strings.Contains(entries[0].Reason, "GREEN 1") || !strings.Contains(entries[0].Reason, "AMBER 2") {
		t.Errorf("share audit: %+v", entries)
	}
}

func openBenchStore(b *testing.B) (*sqlite.Store, error) {
	s, err := sqlite.Open(operator, filepath.Join(b.TempDir(), "vigil.db"))
	if err == nil {
		b.Cleanup(func() { s.Close() })
	}
	return s, err
}

// TestSourcePagesGiveWhatOnePageGives pulls the same history in pages of
// every size: the windows a page reads must not change what is received,
// for the last versions as for all of them.
func TestSourcePagesGiveWhatOnePageGives(t *testing.T) {
	s := openStore(t)
	for i, place := range []string{"Swat", "Dir", "Chitral", "Mardan", "Kohat", "Hangu"} {
		inc := newIncident(place, vigil.Marking{TLP: vigil.TLPGreen, Owner: "a"})
		save(t, s, &inc)
		inc.Fatalities = ptr(4)
		if i%3 == 0 {
			inc.ReviewState = vigil.StateRejected
		}
		save(t, s, &inc)
	}
	versions := func(root, version string) []string {
		got, err := (&taxii.Client{Token: "tok-b"}).Pull(context.Background(), root, "red", taxii.PullQuery{Version: version})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, raw := range got.Objects {
			var o struct{ ID, Modified, Created string }
			json.Unmarshal(raw, &o)
			out = append(out, o.ID+"@"+o.Modified+o.Created)
		}
		slices.Sort(out)
		return out
	}
	whole := serve(t, s, 1000)
	for _, version := range []string{"", "all"} {
		want := versions(whole, version)
		for _, size := range []int{1, 2, 3, 7} {
			if got := versions(serve(t, s, size), version); !slices.Equal(got, want) {
				t.Errorf("match[version]=%q in pages of %d: %d objects, want the %d of one page", version, size, len(got), len(want))
			}
		}
	}
}
