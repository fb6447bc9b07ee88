package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// fullStore is what both stores implement beyond vigil.Store.
type fullStore interface {
	vigil.Store
	vigil.IncidentAggregator
	vigil.IncidentSorter
	vigil.IncidentMapper
}

// seedDesk fills s with the same incidents, in the same order, whatever the
// store: dated and undated, with and without a toll, reviewed, merged and
// corrected.
func seedDesk(t *testing.T, s vigil.Store) {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	provinces := []string{"Khyber Pakhtunkhwa", "Balochistan", "Sindh"}
	types := []string{"Battles", "Explosions/Remote violence", "Violence against civilians"}
	var x vigil.Extraction
	for i := range 30 {
		e := vigil.Event{EventType: types[i%3], Country: "Pakistan", ISO3: "PAK", Admin1: provinces[i%len(provinces)],
			Admin2: fmt.Sprint("district ", i%5), Actor1: "Military Forces of Pakistan", Summary: fmt.Sprint("event ", i),
			Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: i % 4}, Civilians: vigil.Counts{Injured: i % 3}}}
		if i%7 != 0 {
			day := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
			e.EventDate = &day
		}
		if i%5 != 0 {
			n := (i * 7) % 11
			e.Fatalities = &n
		}
		if i%3 != 0 {
			lat, lon := 28+float64(i)/10, 65+float64(i)/7
			e.Latitude, e.Longitude = &lat, &lon
			if i%2 == 0 {
				prec := vigil.PrecisionRegion
				e.GeoPrecision = &prec
			}
		}
		x.Events = append(x.Events, e)
	}
	text := "A digest of the month's incidents in three provinces."
	id, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: "digest", Outlet: "Dawn", Text: text, ContentHash: hashOf(text)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveExtraction(ctx, id, x); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range evs {
		inc := vigil.Incident{Event: e.Event, EventIDs: []int64{e.ID}, SourceCount: 1}
		switch i % 6 {
		case 1:
			inc.ReviewState = vigil.StateVerified
		case 4:
			inc.ReviewState = vigil.StateRejected
		}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			t.Fatal(err)
		}
	}
	// An analyst merges incident 3 into 2 and corrects 5's toll.
	two, err := s.Incident(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	two.EventIDs = append(two.EventIDs, evs[2].ID)
	change := vigil.Change{Action: vigil.ActionMerge, Object: "incident:2", Actor: "amina", Reason: "same attack",
		Save: []vigil.Incident{*two}, Delete: []int64{3}}
	if _, err := s.ApplyChange(ctx, &change); err != nil {
		t.Fatal(err)
	}
	five, err := s.Incident(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	fix := vigil.Change{Action: vigil.ActionCorrect, Object: "incident:5", Actor: "bilal",
		Correct: []vigil.Correction{{IncidentID: 5, Field: "fatalities", Value: "12"}}, Save: []vigil.Incident{*five}}
	if _, err := s.ApplyChange(ctx, &fix); err != nil {
		t.Fatal(err)
	}
	seedMarked(t, s)
}

// deskMarkings are the markings under which organisation "ctd" shared
// reports: one document each, its events fused into incidents of its
// marking.
var deskMarkings = []vigil.Marking{
	{TLP: vigil.TLPGreen, Owner: "ctd"},
	{TLP: vigil.TLPAmber, Owner: "ctd"},
	{TLP: vigil.TLPAmberStrict, Owner: "ctd"},
	{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "amina"}, {Org: "ngo", User: "sara"}}},
	{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "bilal"}}},
}

// deskViewers are the people who ask: every relationship to "ctd" and its
// records.
var deskViewers = []struct {
	name   string
	viewer vigil.Viewer
}{
	{"operator", vigil.Viewer{All: true}},
	{"anonymous", vigil.Viewer{}},
	{"same org, RED recipient", vigil.Viewer{Org: "ctd", User: "amina"}},
	{"same org token", vigil.Viewer{Org: "ctd"}},
	{"partner, RED recipient", vigil.Viewer{Org: "ngo", User: "sara", Partners: []string{"ctd"}}},
	{"partner", vigil.Viewer{Org: "ngo", User: "omar", Partners: []string{"ctd", "press"}}},
	{"stranger", vigil.Viewer{Org: "press", User: "farah"}},
}

// seedMarked adds ctd's marked reports to s: a document per marking with
// three events, a claim and an equipment record, each event its own
// incident; an incident imported from ctd; an analyst's verification of a
// GREEN incident; and ctd's default marking for its feed.
func seedMarked(t *testing.T, s vigil.Store) {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	for i, m := range deskMarkings {
		text := fmt.Sprintf("Report %d of the counter-terrorism department, shared as %s.", i, m)
		id, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: fmt.Sprint("ctd-", i), Outlet: "CTD Punjab",
			Text: text, ContentHash: hashOf(text), Marking: m})
		if err != nil {
			t.Fatal(err)
		}
		var x vigil.Extraction
		for j := range 3 {
			day := fmt.Sprintf("2024-%02d-%02d", 3+i, 5+j*10)
			n := i + j
			lat, lon := 31.5+float64(j)/10, 74.3
			x.Events = append(x.Events, vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", ISO3: "PAK",
				Admin1: []string{"Punjab", "Balochistan", "Sindh"}[j], Admin2: "district 1", Fatalities: &n,
				Latitude: &lat, Longitude: &lon, Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: n}}})
		}
		x.Claims = []vigil.Claim{{Metric: "operations", Value: int64(10 + i), PeriodStart: "2024-01-01", PeriodEnd: "2024-06-30", Country: "Pakistan"}}
		x.Equipment = []vigil.Equipment{{Kind: "seizure", Item: "rifle", AsOf: "2024-05", LocationCountry: "Pakistan"}}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			inc := vigil.Incident{Event: e.Event, EventIDs: []int64{e.ID}, SourceCount: 1, Marking: m}
			if _, err := s.SaveIncident(ctx, &inc); err != nil {
				t.Fatal(err)
			}
		}
	}
	day, n := "2024-09-09", 7
	imported := vigil.Incident{Event: vigil.Event{EventDate: &day, EventType: "Explosions/Remote violence", Country: "Pakistan",
		Admin1: "Punjab", Fatalities: &n}, SourceCount: 1, Marking: deskMarkings[1], Origin: "partner:ctd incident--0001"}
	if _, err := s.SaveIncident(ctx, &imported); err != nil {
		t.Fatal(err)
	}
	green, err := s.Incidents(ctx, vigil.Filter{Admin1: "Punjab", From: "2024-03-01", To: "2024-03-31"})
	if err != nil || len(green) != 1 || green[0].Marking.TLP != vigil.TLPGreen {
		t.Fatalf("the GREEN Punjab incident = %+v, %v", green, err)
	}
	verified := green[0]
	verified.ReviewState = vigil.StateVerified
	if _, err := s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionVerify, Object: fmt.Sprint("incident:", verified.ID),
		Actor: "amina", Save: []vigil.Incident{verified}}); err != nil {
		t.Fatal(err)
	}
	if ms, ok := s.(vigil.SourceMarkingStore); ok {
		if err := ms.SetSourceMarking(ctx, "CTD Punjab", deskMarkings[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddIngestError(ctx, vigil.IngestError{Origin: "ctd.xml", Message: "not a feed"}); err != nil {
		t.Fatal(err)
	}
}

// sameForViewers asks both stores what each desk viewer sees, through
// every read method that lists records, and requires the same answers, each
// record one the viewer may see.
func sameForViewers(t *testing.T, want, got fullStore) {
	t.Helper()
	for _, dv := range deskViewers {
		ctx := vigil.WithViewer(context.Background(), dv.viewer)
		t.Run(dv.name, func(t *testing.T) {
			ask := func(what string, q func(s fullStore) (any, error)) {
				t.Helper()
				w, err := q(want)
				if err != nil {
					t.Fatalf("sqlite %s: %v", what, err)
				}
				g, err := q(got)
				if err != nil {
					t.Fatalf("postgres %s: %v", what, err)
				}
				if !reflect.DeepEqual(g, w) {
					t.Errorf("%s differ:\npostgres %+v\n  sqlite %+v", what, g, w)
				}
			}
			ask("Incidents", func(s fullStore) (any, error) {
				incs, err := s.Incidents(ctx, vigil.Filter{})
				for _, inc := range incs {
					if !dv.viewer.CanSee(inc.Marking) {
						t.Errorf("incident %d marked %s shown", inc.ID, inc.Marking)
					}
				}
				return comparable(incs), err
			})
			ask("CountIncidents", func(s fullStore) (any, error) { return s.CountIncidents(ctx, vigil.Filter{Admin1: "Punjab"}) })
			ask("AggregateIncidents", func(s fullStore) (any, error) {
				gs, err := s.AggregateIncidents(ctx, vigil.Filter{From: "2024-02-10"}, []string{"admin1", "month"})
				sortGroups(gs)
				return gs, err
			})
			ask("SortedIncidents", func(s fullStore) (any, error) {
				incs, err := s.SortedIncidents(ctx, vigil.Filter{Admin1: "Punjab"}, vigil.OrderToll)
				return ids(incs), err
			})
			ask("MapPoints", func(s fullStore) (any, error) { return s.MapPoints(ctx, vigil.Filter{}, 100) })
			ask("IncidentsAsOf", func(s fullStore) (any, error) {
				incs, err := s.IncidentsAsOf(ctx, time.Now(), vigil.Filter{Admin1: "Punjab"})
				return comparable(incs), err
			})
			ask("Documents", func(s fullStore) (any, error) {
				ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: "report"})
				var out []string
				for _, d := range ds {
					out = append(out, fmt.Sprint(d.ID, " ", d.ExternalID, " ", d.Marking))
				}
				return out, err
			})
			ask("Events", func(s fullStore) (any, error) {
				evs, err := s.Events(ctx, vigil.Filter{Admin1: "Punjab"})
				var out []string
				for _, e := range evs {
					out = append(out, fmt.Sprint(e.ID, " ", e.IncidentID, " ", e.Marking))
				}
				return out, err
			})
			ask("Claims", func(s fullStore) (any, error) {
				cs, err := s.Claims(ctx, vigil.Filter{})
				var out []string
				for _, c := range cs {
					out = append(out, fmt.Sprint(c.ID, " ", c.Value, " ", c.Marking))
				}
				return out, err
			})
			ask("Equipment", func(s fullStore) (any, error) {
				qs, err := s.Equipment(ctx, vigil.Filter{Text: "report"})
				var out []string
				for _, q := range qs {
					out = append(out, fmt.Sprint(q.ID, " ", q.Item, " ", q.Marking))
				}
				return out, err
			})
			ask("Audit", func(s fullStore) (any, error) {
				es, err := s.Audit(ctx, "", 0)
				var out []string
				for _, e := range es {
					out = append(out, e.Actor+" "+e.Action+" "+e.Object)
				}
				return out, err
			})
			ask("IngestErrors", func(s fullStore) (any, error) {
				es, err := s.IngestErrors(ctx, 0)
				return len(es), err
			})
			for _, id := range []int64{5, 33, 36, 39, 42, 45, 46} {
				ask(fmt.Sprint("Incident ", id), func(s fullStore) (any, error) {
					inc, err := s.Incident(ctx, id)
					if vigil.ErrorCode(err) == vigil.ENOTFOUND {
						return "not found", nil
					}
					if err != nil {
						return nil, err
					}
					return comparable([]vigil.Incident{*inc}), nil
				})
			}
		})
	}
}

// comparable drops what legitimately differs between two stores: the
// clock's readings.
func comparable(incs []vigil.Incident) []vigil.Incident {
	out := append([]vigil.Incident(nil), incs...)
	for i := range out {
		out[i].CreatedAt, out[i].UpdatedAt = time.Time{}, time.Time{}
	}
	return out
}

// TestSameAsSQLite puts the same work into an SQLite and a PostgreSQL store
// and asks both the same questions, through the optional interfaces too:
// the answers must be the same.
func TestSameAsSQLite(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg := openFresh(t)
	stores := map[string]fullStore{"sqlite": lite, "postgres": pg}
	for _, s := range stores {
		seedDesk(t, s)
	}
	t.Run("markings", func(t *testing.T) { sameForViewers(t, lite, pg) })

	filters := []vigil.Filter{
		{},
		{Admin1: "balochistan"},
		{From: "2024-03-01", To: "2024-08-31"},
		{EventType: "battles", ReviewState: vigil.StateUnreviewed},
		{Country: "pak", Limit: 5, Offset: 3},
		{Actor: "military forces of pakistan", Admin2: "District 2"},
		// Partial months at either end, a range inside one month, open ends:
		// the aggregation splits between the tally and the incidents.
		{From: "2024-02-15", To: "2024-09-10"},
		{From: "2024-05-03", To: "2024-05-20", Admin1: "Sindh"},
		{To: "2024-06-30", EventType: "Battles"},
		{From: "2024-04-10", ReviewState: vigil.StateVerified},
	}
	for _, f := range filters {
		t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
			want, err := lite.Incidents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := pg.Incidents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(comparable(got), comparable(want)) {
				t.Errorf("Incidents differ:\npostgres %v\n  sqlite %v", ids(got), ids(want))
			}
			for _, order := range []string{vigil.OrderNewest, vigil.OrderOldest, vigil.OrderToll, vigil.OrderImpact} {
				want, err := lite.SortedIncidents(ctx, f, order)
				if err != nil {
					t.Fatal(err)
				}
				got, err := pg.SortedIncidents(ctx, f, order)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(ids(got), ids(want)) {
					t.Errorf("SortedIncidents(%s) differ:\npostgres %v\n  sqlite %v", order, ids(got), ids(want))
				}
			}
			for _, by := range [][]string{nil, {"month"}, {"admin1", "type"}, {"country", "admin2"}} {
				want, err := lite.AggregateIncidents(ctx, f, by)
				if err != nil {
					t.Fatal(err)
				}
				got, err := pg.AggregateIncidents(ctx, f, by)
				if err != nil {
					t.Fatal(err)
				}
				sortGroups(want)
				sortGroups(got)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("AggregateIncidents(%v) differ:\npostgres %+v\n  sqlite %+v", by, got, want)
				}
			}
			for _, n := range []int{1, 7, 1000} {
				want, err := lite.MapPoints(ctx, f, n)
				if err != nil {
					t.Fatal(err)
				}
				got, err := pg.MapPoints(ctx, f, n)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("MapPoints(%d) differ:\npostgres %+v\n  sqlite %+v", n, got, want)
				}
			}
			if f.Limit == 0 {
				asOf, err := pg.IncidentsAsOf(ctx, time.Now(), f)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(comparable(asOf), comparable(got)) {
					t.Errorf("IncidentsAsOf(now) = %v, Incidents = %v", ids(asOf), ids(got))
				}
			}
		})
	}
	for name, s := range stores {
		cs, err := s.Corrections(ctx, 5)
		if err != nil || len(cs) != 1 || cs[0].Value != "12" {
			t.Errorf("%s: Corrections(5) = %+v, %v", name, cs, err)
		}
		if _, err := s.SortedIncidents(ctx, vigil.Filter{}, "alphabetical"); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s: SortedIncidents(alphabetical) error %v, want EINVALID", name, err)
		}
		if ps, err := s.MapPoints(ctx, vigil.Filter{}, 1000); err != nil || len(ps) == 0 {
			t.Errorf("%s: MapPoints = %d points, %v; want the located incidents", name, len(ps), err)
		}
		if _, err := s.MapPoints(ctx, vigil.Filter{}, 0); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("%s: MapPoints(limit 0) error %v, want EINVALID", name, err)
		}
	}
}

func ids(incs []vigil.Incident) []int64 {
	var out []int64
	for _, inc := range incs {
		out = append(out, inc.ID)
	}
	return out
}

func sortGroups(gs []vigil.IncidentGroup) {
	sort.Slice(gs, func(i, j int) bool { return fmt.Sprint(gs[i].Key) < fmt.Sprint(gs[j].Key) })
}

// reviewScenario is an analyst's session: verify, correct, undo, look into
// the past, re-extract. It checks what must hold on any store and returns a
// transcript of what the store answered, for comparing two stores.
func reviewScenario(t *testing.T, name string, s vigil.Store) []string {
	ctx := vigil.AsOperator(context.Background())
	var log []string
	note := func(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }
	fail := func(format string, args ...any) { t.Errorf(name+": "+format, args...) }
	tick := func() time.Time { time.Sleep(2 * time.Millisecond); return time.Now() }

	before := tick()
	text := "Two soldiers were martyred when militants attacked a post in Kech."
	doc, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: "kech", Text: text, ContentHash: hashOf(text)})
	if err != nil {
		t.Fatal(err)
	}
	day, killed := "2024-06-02", 2
	ev := vigil.Event{EventDate: &day, EventType: "Battles", Admin1: "Balochistan", Admin2: "Kech", Fatalities: &killed}
	if err := s.SaveExtraction(ctx, doc, vigil.Extraction{Events: []vigil.Event{ev}}); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(ctx, vigil.Filter{DocumentID: doc})
	inc := vigil.Incident{Event: ev, EventIDs: []int64{evs[0].ID}, SourceCount: 1}
	if _, err := s.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
	created := tick()

	verified := inc
	verified.ReviewState = vigil.StateVerified
	verifyID, err := s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionVerify, Object: fmt.Sprint("incident:", inc.ID),
		Actor: "amina", Save: []vigil.Incident{verified}})
	if err != nil {
		t.Fatal(err)
	}
	afterVerify := tick()
	cur, _ := s.Incident(ctx, inc.ID)
	correctID, err := s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionCorrect, Object: fmt.Sprint("incident:", inc.ID),
		Actor: "bilal", Reason: "ISPR revised the toll", Save: []vigil.Incident{*cur},
		Correct: []vigil.Correction{{IncidentID: inc.ID, Field: "fatalities", Value: "3"}}})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Incident(ctx, inc.ID)
	if got.Fatalities == nil || *got.Fatalities != 3 || got.ReviewState != vigil.StateVerified {
		fail("after correction: toll %v, state %s; want 3, verified", got.Fatalities, got.ReviewState)
	}
	note("corrected: %d %s %s", *got.Fatalities, got.ReviewState, got.ReconcileRule)

	if _, err := s.Undo(ctx, correctID, "bilal", "wrong incident"); err != nil {
		t.Fatalf("%s: Undo: %v", name, err)
	}
	got, _ = s.Incident(ctx, inc.ID)
	cs, _ := s.Corrections(ctx, inc.ID)
	if got.Fatalities == nil || *got.Fatalities != 2 || len(cs) != 0 {
		fail("after undo: toll %v, corrections %v; want 2, none", got.Fatalities, cs)
	}
	_, err = s.Undo(ctx, correctID, "bilal", "twice")
	if vigil.ErrorCode(err) != vigil.ECONFLICT {
		fail("undoing an undone change: %v, want ECONFLICT", err)
	}
	note("undone: %d, again: %s", *got.Fatalities, vigil.ErrorCode(err))

	for _, at := range []struct {
		name string
		t    time.Time
	}{{"before", before}, {"created", created}, {"after verify", afterVerify}} {
		past, err := s.IncidentsAsOf(ctx, at.t, vigil.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var states []string
		for _, p := range past {
			states = append(states, fmt.Sprintf("%d:%s:%d", p.ID, p.ReviewState, *p.Fatalities))
		}
		note("as of %s: %v", at.name, states)
	}
	if _, err := s.IncidentsAsOf(ctx, created, vigil.Filter{Text: "Kech"}); vigil.ErrorCode(err) != vigil.EINVALID {
		fail("IncidentsAsOf with text: %v, want EINVALID", err)
	}

	// Extracted again, the event leaves; the reviewed incident stays for it.
	if err := s.SaveExtraction(ctx, doc, vigil.Extraction{Events: []vigil.Event{ev}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Incident(ctx, inc.ID); err != nil {
		fail("a verified incident was dissolved by re-extraction: %v", err)
	}
	evs, _ = s.Events(ctx, vigil.Filter{DocumentID: doc})
	if len(evs) != 1 || evs[0].PriorIncidentID != inc.ID || evs[0].IncidentID != 0 {
		fail("re-extracted event = %+v; want unfused with prior incident %d", evs, inc.ID)
	}
	members, _ := s.Events(ctx, vigil.Filter{IncidentID: inc.ID})
	note("members after re-extraction: %d", len(members))

	e, err := s.AuditEntry(ctx, verifyID)
	if err != nil || e.Actor != "amina" || e.Action != vigil.ActionVerify {
		fail("AuditEntry(%d) = %+v, %v", verifyID, e, err)
	}
	_, err = s.AuditEntry(ctx, 9999)
	note("missing audit entry: %s", vigil.ErrorCode(err))
	_, err = s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionVerify, Object: "incident:1"})
	note("change without actor: %s", vigil.ErrorCode(err))
	return log
}

// TestReviewSameAsSQLite runs an analyst's session on both stores: each
// must behave as review needs, and both must answer alike.
func TestReviewSameAsSQLite(t *testing.T) {
	lite, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	want := reviewScenario(t, "sqlite", lite)
	got := reviewScenario(t, "postgres", openFresh(t))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the stores answered differently:\npostgres %q\n  sqlite %q", got, want)
	}
	t.Logf("transcript: %q", got)
}

// TestSearchSameAsSQLite asks both stores the same searches over texts in
// three scripts with the punctuation of real reports: hosts, e-mail
// addresses, decimals, dates, hyphens, possessives and accents. Words are
// runs of letters and digits, and accents do not matter, on both.
func TestSearchSameAsSQLite(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg := openFresh(t)
	texts := []string{
		"The ISPR's statement on the anti-terrorism operation near Peshāwar, 2024-10-05.",
		"Counter-terrorism department (CTD) officials said 3.5 kg of explosives were seized; see https://example.org/a?b=1 or mail info@ctd.gov.pk",
		"کوئٹہ میں دھماکہ، تین افراد جاں بحق ہوئے۔ پولیس",
		"امنیتي ځواکونو په شمالي وزیرستان کې شپږ وسله وال ووژل.",
		"Naïve café résumé ÉCOLE Zürich",
		"Lakki Marwat: two FC personnel were martyred; the FC's convoy was hit.",
	}
	for i, text := range texts {
		for _, s := range []vigil.Store{lite, pg} {
			if _, _, err := s.AddDocument(ctx, &vigil.Document{ExternalID: fmt.Sprint(i), Text: text, ContentHash: hashOf(text)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		query string
		want  []int64 // newest first
	}{
		{"ISPR's", []int64{1}}, {"anti-terrorism", []int64{1}}, {"terrorism", []int64{2, 1}}, {"Peshawar", []int64{1}},
		{"PESHĀWAR", []int64{1}}, {"10", []int64{1}}, {"2024-10-05", []int64{1}}, {"3.5", []int64{2}}, {"example.org", []int64{2}},
		{"info@ctd.gov.pk", []int64{2}}, {"gov", []int64{2}}, {"https", []int64{2}}, {"کوئٹہ", []int64{3}}, {"ہوئے۔", []int64{3}},
		{"وزیرستان", []int64{4}}, {"naive cafe", []int64{5}}, {"ecole zurich", []int64{5}}, {"Zürich", []int64{5}},
		{"FC's convoy", []int64{6}}, {"martyr*", []int64{6}}, {"کوئ*", []int64{3}}, {"terror*", []int64{2, 1}}, {"ex*", []int64{2}},
		{"co-operation", nil}, {"kg ISPR", nil},
	}
	for _, tt := range tests {
		for name, s := range map[string]vigil.Store{"sqlite": lite, "postgres": pg} {
			ds, err := s.Documents(ctx, vigil.DocumentFilter{Text: tt.query})
			if err != nil {
				t.Errorf("%s: Documents(Text: %q): %v", name, tt.query, err)
				continue
			}
			var got []int64
			for _, d := range ds {
				got = append(got, d.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: Documents(Text: %q) = %v, want %v", name, tt.query, got, tt.want)
			}
		}
	}
}

// TestLongValuesSameAsSQLite stores values longer than a PostgreSQL index
// entry holds where a broken feed or page could put them: both stores keep
// them, or PostgreSQL refuses them as bad input, never as a store failure.
func TestLongValuesSameAsSQLite(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	long := strings.Repeat("guid-", 2000) // 10 kB
	for name, s := range map[string]vigil.Store{"sqlite": lite, "postgres": openFresh(t)} {
		st := vigil.FeedState{URL: "https://example.org/feed.xml", Seen: map[string]bool{long: true, "short": true}}
		if err := s.SaveFeedState(ctx, &st); err != nil {
			t.Errorf("%s: SaveFeedState with a 10 kB item: %v", name, err)
			continue
		}
		got, err := s.FeedState(ctx, st.URL)
		if err != nil || !reflect.DeepEqual(got.Seen, st.Seen) {
			t.Errorf("%s: FeedState = %d items, %v; want the 2 saved", name, len(got.Seen), err)
		}
		text := "A page from an outlet with a very long name."
		_, _, err = s.AddDocument(ctx, &vigil.Document{ExternalID: "long", Outlet: long, Text: text, ContentHash: hashOf(text)})
		if code := vigil.ErrorCode(err); code != "" && code != vigil.EINVALID {
			t.Errorf("%s: AddDocument with a 10 kB outlet: %v, want success or EINVALID", name, err)
		}
	}
}

// TestImportKeepsMarkings moves an SQLite database holding marked records
// into PostgreSQL, as vigil migrate does: every viewer then sees in
// PostgreSQL exactly what they saw in SQLite, and the sources keep their
// default markings.
func TestImportKeepsMarkings(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	seedDesk(t, lite)
	pg := openFresh(t)
	copied := importRows(t, pg, lite)
	if copied["source_markings"] != 1 || copied["documents"] != 1+len(deskMarkings) {
		t.Errorf("copied %v; want the source marking and every document", copied)
	}
	sameForViewers(t, lite, pg)
	want, err := lite.SourceMarkings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pg.SourceMarkings(ctx)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("SourceMarkings after import = %+v, %v; want %+v", got, err, want)
	}
}

// importRows imports lite into pg, as `vigil migrate` does, and returns
// how many rows each table copied.
func importRows(t *testing.T, pg *Store, lite *sqlite.Store) map[string]int {
	t.Helper()
	checks, err := pg.ImportSQLite(context.Background(), lite.DB(), false)
	if err != nil {
		t.Fatal(err)
	}
	copied := map[string]int{}
	for _, c := range checks {
		copied[c.Table] = c.Rows
	}
	return copied
}
