package fuse

import (
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func ptr[T any](v T) *T { return &v }

// ev builds a stored event for the tests: a date, a district and a toll.
func ev(id, doc int64, day, admin2 string, killed int) vigil.StoredEvent {
	return vigil.StoredEvent{ID: id, DocumentID: doc, Outlet: "outlet-" + string(rune('A'+doc)),
		Published: time.Date(2024, 3, 16, 0, 0, int(id), 0, time.UTC),
		Event: vigil.Event{EventDate: ptr(day), TimePrecision: ptr(1), EventType: "Battles", SubEventType: "Armed clash",
			Actor1: "Military Forces of Pakistan", Actor2: "TTP: Tehreek-i-Taliban Pakistan",
			Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: admin2, GeoPrecision: ptr(3),
			Fatalities: ptr(killed)}}
}

func TestScore(t *testing.T) {
	base := ev(1, 1, "2024-03-16", "North Waziristan", 8)
	cases := []struct {
		name string
		b    vigil.StoredEvent
		same bool
	}{
		{"same day same district same toll", ev(2, 2, "2024-03-16", "North Waziristan", 8), true},
		{"next day, revised toll", ev(2, 2, "2024-03-17", "North Waziristan", 10), true},
		{"three days apart", ev(2, 2, "2024-03-19", "North Waziristan", 8), false},
		{"other district", ev(2, 2, "2024-03-16", "Bannu", 8), false},
		{"very different toll and type", func() vigil.StoredEvent {
			e := ev(2, 2, "2024-03-16", "North Waziristan", 40)
			e.EventType, e.SubEventType = "Explosions/Remote violence", "Suicide bomb"
			e.Actor1, e.Actor2 = "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"
			return e
		}(), false},
		{"a toll much higher is another incident", ev(2, 2, "2024-03-17", "North Waziristan", 40), false},
		{"unless it is a revision of the toll, dated within the week", func() vigil.StoredEvent {
			e := ev(2, 2, "2024-03-19", "North Waziristan", 40)
			e.TollRevision, e.TimePrecision = true, ptr(vigil.TimePrecisionWk)
			return e
		}(), true},
		{"another named group blamed", func() vigil.StoredEvent {
			e := ev(2, 2, "2024-03-16", "North Waziristan", 8)
			e.Perpetrator, e.Inter1 = "ISKP: Islamic State Khorasan Province", 2
			return e
		}(), true}, // the base names no perpetrator
		{"no date", func() vigil.StoredEvent { e := ev(2, 2, "", "North Waziristan", 8); e.EventDate = nil; return e }(), false},
		{"explicit CLEAR is the default marking", func() vigil.StoredEvent {
			e := ev(2, 2, "2024-03-16", "North Waziristan", 8)
			e.Marking = vigil.Marking{TLP: vigil.TLPClear}
			return e
		}(), true},
		{"same report under another marking", func() vigil.StoredEvent {
			e := ev(2, 2, "2024-03-16", "North Waziristan", 8)
			e.Marking = vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
			return e
		}(), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, why := Score(base, c.b)
			if got := s >= Threshold; got != c.same {
				t.Errorf("Score = %.2f (%s), same incident = %v, want %v", s, why, got, c.same)
			}
		})
	}
}

func TestReconcileMarking(t *testing.T) {
	amber := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	a, b := ev(1, 1, "2024-03-16", "North Waziristan", 8), ev(2, 2, "2024-03-16", "North Waziristan", 8)
	a.Marking, b.Marking = amber, amber
	if got := Reconcile([]vigil.StoredEvent{a, b}).Marking; got.Key() != amber.Key() {
		t.Errorf("members' common marking: got %v, want %v", got, amber)
	}
	// Members of different markings (an analyst's merge) give the most
	// restrictive one, whatever their order.
	strict := vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "ctd"}
	c := ev(3, 3, "2024-03-16", "North Waziristan", 8)
	c.Marking = strict
	for _, order := range [][]vigil.StoredEvent{{a, c, b}, {c, b, a}} {
		if got := Reconcile(order).Marking; got.Key() != strict.Key() {
			t.Errorf("mixed members: got %v, want %v", got, strict)
		}
	}
	if got := Reconcile([]vigil.StoredEvent{ev(4, 4, "2024-03-16", "Bannu", 1)}).Marking; got.TLP != vigil.TLPClear {
		t.Errorf("unmarked member: got %v, want CLEAR", got)
	}
}

func TestReconcileMostConservative(t *testing.T) {
	a := ev(1, 1, "2024-03-16", "North Waziristan", 8)
	b := ev(2, 2, "2024-03-16", "North Waziristan", 7)
	c := ev(3, 3, "2024-03-16", "North Waziristan", 11)
	// The wire copy of document 1 is not an independent source.
	d := ev(4, 4, "2024-03-16", "North Waziristan", 8)
	d.NearDuplicateOf = 1
	inc := Reconcile([]vigil.StoredEvent{c, a, d, b})
	if inc.Fatalities == nil || *inc.Fatalities != 7 {
		t.Fatalf("fatalities = %v, want 7", inc.Fatalities)
	}
	if inc.FatalitiesLow != 7 || inc.FatalitiesHigh != 11 {
		t.Errorf("range = %d-%d, want 7-11", inc.FatalitiesLow, inc.FatalitiesHigh)
	}
	if inc.SourceCount != 3 {
		t.Errorf("sources = %d, want 3 (wire copy counts once)", inc.SourceCount)
	}
	if len(inc.EventIDs) != 4 || inc.ReviewState != vigil.StateUnreviewed {
		t.Errorf("members %v state %q", inc.EventIDs, inc.ReviewState)
	}
	if !strings.Contains(inc.ReconcileRule, "event 2") {
		t.Errorf("rule %q does not name the deciding event", inc.ReconcileRule)
	}
}

func TestReconcileOutletRevision(t *testing.T) {
	// One outlet first reports 4 dead, then revises to 9; another says 10.
	first := ev(1, 1, "2024-03-16", "North Waziristan", 4)
	revised := ev(2, 2, "2024-03-16", "North Waziristan", 9)
	revised.Outlet = first.Outlet
	other := ev(3, 3, "2024-03-16", "North Waziristan", 10)
	inc := Reconcile([]vigil.StoredEvent{first, revised, other})
	if *inc.Fatalities != 9 {
		t.Errorf("fatalities = %d, want the outlet's revised 9", *inc.Fatalities)
	}
	if inc.FatalitiesLow != 4 || inc.FatalitiesHigh != 10 {
		t.Errorf("range = %d-%d, want 4-10", inc.FatalitiesLow, inc.FatalitiesHigh)
	}
}

func TestReconcileZeroToll(t *testing.T) {
	// A report with a zero and the evidence for it ("no one was hurt")
	// gives a toll; a zero without evidence is a report that gave none.
	statedZero := ev(1, 1, "2024-03-16", "Kech", 0)
	statedZero.Evidence = []vigil.Evidence{{Field: "casualties.unknown.killed", Quote: "no one was killed"}}
	silent := ev(1, 1, "2024-03-16", "Kech", 0)
	noFigure := ev(1, 1, "2024-03-16", "Kech", 0)
	noFigure.Fatalities = nil
	cases := []struct {
		name          string
		first         vigil.StoredEvent
		want, lo, hi  int
		wantRuleEvent string
	}{
		{"stated zero counts", statedZero, 0, 0, 5, "event 1"},
		{"silent zero is ignored", silent, 5, 5, 5, "event 2"},
		{"no figure is ignored", noFigure, 5, 5, 5, "event 2"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			inc := Reconcile([]vigil.StoredEvent{tt.first, ev(2, 2, "2024-03-16", "Kech", 5)})
			if inc.Fatalities == nil || *inc.Fatalities != tt.want || inc.FatalitiesLow != tt.lo || inc.FatalitiesHigh != tt.hi {
				t.Errorf("got %v (%d-%d), want %d (%d-%d)", inc.Fatalities, inc.FatalitiesLow, inc.FatalitiesHigh, tt.want, tt.lo, tt.hi)
			}
			if !strings.Contains(inc.ReconcileRule, tt.wantRuleEvent) {
				t.Errorf("rule %q, want it to name %s", inc.ReconcileRule, tt.wantRuleEvent)
			}
		})
	}
	if inc := Reconcile([]vigil.StoredEvent{silent}); inc.Fatalities != nil || inc.ReconcileRule != "no source gave a toll" {
		t.Errorf("only a silent report: fatalities %v, rule %q; want none", inc.Fatalities, inc.ReconcileRule)
	}
}

// A report that the toll rose replaces the figures every outlet published
// before it; reports published after it still count, conservatively.
func TestReconcileTollRevision(t *testing.T) {
	at := func(e vigil.StoredEvent, day int) vigil.StoredEvent {
		e.Published = time.Date(2024, 3, day, 12, 0, 0, 0, time.UTC)
		return e
	}
	first := at(ev(1, 1, "2024-03-16", "Khyber", 15), 16)
	other := at(ev(2, 2, "2024-03-16", "Khyber", 12), 16)
	revision := at(ev(3, 3, "2024-03-18", "Khyber", 21), 18)
	revision.TollRevision, revision.TimePrecision = true, ptr(vigil.TimePrecisionWk)
	inc := Reconcile([]vigil.StoredEvent{first, other, revision})
	if inc.Fatalities == nil || *inc.Fatalities != 21 || inc.FatalitiesLow != 12 || inc.FatalitiesHigh != 21 {
		t.Fatalf("fatalities %v (%d-%d), want the revised 21 (range 12-21)", inc.Fatalities, inc.FatalitiesLow, inc.FatalitiesHigh)
	}
	if want := "counting only reports published since the toll was revised on 2024-03-18 (event 3)"; !strings.HasSuffix(inc.ReconcileRule, want) {
		t.Errorf("rule %q does not say %q", inc.ReconcileRule, want)
	}
	if *inc.EventDate != "2024-03-16" || inc.TollRevision {
		t.Errorf("incident dated %s, revision %v: want the day-precise report's date and an incident that is no revision", *inc.EventDate, inc.TollRevision)
	}
	later := at(ev(4, 4, "2024-03-16", "Khyber", 19), 19)
	if inc := Reconcile([]vigil.StoredEvent{first, revision, later, other}); *inc.Fatalities != 19 {
		t.Errorf("with a later report of 19: fatalities %d, want 19", *inc.Fatalities)
	}
}

// Two named armed groups blamed for an attack argue for two incidents, and
// so do the state and an armed group (an attack and the operation that
// answered it); an unidentified attacker contradicts a named group.
func TestScorePerpetrators(t *testing.T) {
	// The reports agree on the district and type; a day apart, with
	// tolls a revision apart, the perpetrators decide.
	withPerp := func(id int64, perp string, inter int) vigil.StoredEvent {
		day, toll := "2024-03-17", 9
		if id == 1 {
			day, toll = "2024-03-16", 8
		}
		e := ev(id, id, day, "North Waziristan", toll)
		e.Perpetrator, e.Inter1 = perp, inter
		e.Actor1, e.Actor2 = perp, ""
		return e
	}
	ttp := withPerp(1, "TTP: Tehreek-i-Taliban Pakistan", 2)
	cases := []struct {
		name string
		b    vigil.StoredEvent
		same bool
	}{
		{"the same group", withPerp(2, "TTP: Tehreek-i-Taliban Pakistan", 2), true},
		{"another named group", withPerp(2, "ISKP: Islamic State Khorasan Province", 2), false},
		{"an unidentified attacker", withPerp(2, "Unidentified Armed Group (Pakistan)", 3), true},
		{"the army's operation", withPerp(2, "Military Forces of Pakistan", 1), false},
	}
	for _, c := range cases {
		if s, why := Score(ttp, c.b); (s >= Threshold) != c.same {
			t.Errorf("%s: score %.2f (%s), same incident %v", c.name, s, why, c.same)
		}
	}
}

// ACLED writes a force's unit after its name ("Police Forces of Pakistan
// Frontier Corps"): an outlet that says FC and one that says police name
// one force, while two different units are not one actor.
func TestScoreForceAndUnit(t *testing.T) {
	// Same day, same province, same sub-type and no tolls: only a shared
	// actor brings two reports to the threshold.
	report := func(id int64, actor1, actor2 string) vigil.StoredEvent {
		e := ev(id, id, "2024-03-16", "", 0)
		e.Fatalities = nil
		e.Actor1, e.Actor2 = actor1, actor2
		return e
	}
	const (
		gunmen = "Unidentified Armed Group (Pakistan)"
		police = "Police Forces of Pakistan"
		fc     = "Police Forces of Pakistan Frontier Corps"
		levies = "Police Forces of Pakistan Balochistan Levies"
	)
	base := report(1, gunmen, fc)
	cases := []struct {
		name   string
		b      vigil.StoredEvent
		same   bool
		shared string
	}{
		{"the force without its unit", report(2, gunmen, police), true, police},
		{"the force with its unit", report(2, gunmen, fc), true, fc},
		{"the unit named as the other side", report(2, police, gunmen), true, police},
		{"another unit of the force", report(2, gunmen, levies), false, ""},
		{"another force", report(2, gunmen, "Military Forces of Pakistan"), false, ""},
		{"a name that only begins like the force", report(2, gunmen, "Police Forces of Pakistani Kashmir"), false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, why := Score(base, c.b)
			if got := s >= Threshold; got != c.same {
				t.Errorf("Score = %.2f (%s), same incident = %v, want %v", s, why, got, c.same)
			}
			if c.shared != "" && !strings.Contains(why, "shared actors "+c.shared+";") {
				t.Errorf("reasons %q do not name %q as shared", why, c.shared)
			}
		})
	}

	// An operation one outlet credits to the FC and another to the police
	// has one perpetrator, not two.
	op := func(id int64, force string) vigil.StoredEvent {
		e := ev(id, id, "2024-03-16", "Kech", 4)
		e.Actor1, e.Actor2, e.Perpetrator, e.Inter1 = force, "BLA: Baloch Liberation Army", force, 1
		return e
	}
	if _, why := Score(op(1, fc), op(2, police)); strings.Contains(why, "different perpetrators") {
		t.Errorf("FC and police operation: %s", why)
	}
}
