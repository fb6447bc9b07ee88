package sqlite

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestSortedIncidents(t *testing.T) {
	s := openTemp(t)
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	bulkIncidents(t, s, 40)
	for _, order := range []string{vigil.OrderNewest, vigil.OrderOldest, vigil.OrderToll, vigil.OrderImpact} {
		t.Run(order, func(t *testing.T) {
			all, err := s.SortedIncidents(ctx, vigil.Filter{}, order)
			if err != nil || len(all) != 40 {
				t.Fatalf("%d incidents, %v", len(all), err)
			}
			for i := 1; i < len(all); i++ {
				a, b := all[i-1], all[i]
				var ok bool
				switch order {
				case vigil.OrderNewest:
					ok = *a.EventDate > *b.EventDate || *a.EventDate == *b.EventDate && a.ID > b.ID
				case vigil.OrderOldest:
					ok = *a.EventDate < *b.EventDate || *a.EventDate == *b.EventDate && a.ID < b.ID
				default:
					ok = *a.Fatalities > *b.Fatalities || *a.Fatalities == *b.Fatalities && *a.EventDate >= *b.EventDate
				}
				if !ok {
					t.Errorf("%s: incident %d (%s, %d killed) before %d (%s, %d killed)", order, a.ID, *a.EventDate, *a.Fatalities,
						b.ID, *b.EventDate, *b.Fatalities)
				}
			}
			// Pages cut the same order.
			page, err := s.SortedIncidents(ctx, vigil.Filter{Limit: 10, Offset: 10}, order)
			if err != nil || len(page) != 10 || page[0].ID != all[10].ID || page[9].ID != all[19].ID {
				t.Errorf("second page of 10 does not match the full list: %v", err)
			}
		})
	}
	if _, err := s.SortedIncidents(ctx, vigil.Filter{}, "loudest"); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("unknown order: %v", err)
	}
	// Unreviewed only, as the review queue asks.
	queue, err := s.SortedIncidents(ctx, vigil.Filter{ReviewState: vigil.StateUnreviewed}, vigil.OrderImpact)
	if err != nil || len(queue) == 0 {
		t.Fatalf("queue: %d, %v", len(queue), err)
	}
	for _, inc := range queue {
		if inc.ReviewState != vigil.StateUnreviewed {
			t.Errorf("incident %d in the queue is %s", inc.ID, inc.ReviewState)
		}
	}
}

func TestAggregateIncidents(t *testing.T) {
	s := openTemp(t)
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	bulkIncidents(t, s, 200)
	all, err := s.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	wantFat := 0
	for _, inc := range all {
		if inc.ReviewState != vigil.StateRejected {
			want[inc.Admin1]++
			wantFat += *inc.Fatalities
		}
	}
	groups, err := s.AggregateIncidents(ctx, vigil.Filter{}, []string{"admin1"})
	if err != nil {
		t.Fatal(err)
	}
	gotFat := 0
	for _, g := range groups {
		if want[g.Key[0]] != g.Incidents {
			t.Errorf("%s: %d incidents, want %d", g.Key[0], g.Incidents, want[g.Key[0]])
		}
		if g.Fatalities != g.Casualties.SecurityForces.Killed+g.Casualties.Civilians.Killed+g.Casualties.Militants.Killed {
			t.Errorf("%s: fatalities %d do not add up from %+v", g.Key[0], g.Fatalities, g.Casualties)
		}
		gotFat += g.Fatalities
		delete(want, g.Key[0])
	}
	if len(want) != 0 || gotFat != wantFat {
		t.Errorf("groups missing %v; fatalities %d, want %d", want, gotFat, wantFat)
	}
	if _, err := s.AggregateIncidents(ctx, vigil.Filter{}, []string{"planet"}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("bad dimension: %v", err)
	}
	none, err := s.AggregateIncidents(ctx, vigil.Filter{From: "2040-01-01"}, nil)
	if err != nil || len(none) != 0 {
		t.Errorf("empty selection: %+v, %v", none, err)
	}
}

// The tally answers exactly what a scan of the incidents answers, for any
// date range and filter and for viewers who see different markings, and
// stays right as incidents change, are re-marked and go. Counts agree with
// the incidents each viewer can list.
func TestTallyMatchesIncidents(t *testing.T) {
	s := openTemp(t)
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	bulkIncidents(t, s, 600)
	scan := func(ctx context.Context, f vigil.Filter, by []string) []vigil.IncidentGroup {
		var out []vigil.IncidentGroup
		out, err := sqlincidents.AggregateByScan(ctx, s.shared(), incidentSyntax, f, by)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	rng := rand.New(rand.NewPCG(3, 4))
	day := func() string {
		return time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(11*365)).Format(time.DateOnly)
	}
	filters := []vigil.Filter{{}, {From: "2019-03-01", To: "2019-03-31"}, {From: "2019-03-01"}, {To: "2020-02-29"},
		{From: "2019-03-05", To: "2019-03-20"}, {From: "2019-03-05", To: "2019-03-31"}, {From: "2019-03-01", To: "2019-03-20"},
		{Admin1: "balochistan"}, {Country: "AFG", ReviewState: vigil.StateVerified}, {EventType: "Battles", From: "2018-07-14"},
		{Actor: "TTP", From: "2016-01-01", To: "2016-06-15"},
		{Admin1: "Balochistan", From: "2017-02-01", To: "2019-11-30"}, {Country: "pakistan", From: "2016-01-10"},
		{Admin1: "kabul", ReviewState: vigil.StateUnreviewed, To: "2022-05-31"}}
	for i := 0; i < 30; i++ {
		a, b := day(), day()
		if a > b {
			a, b = b, a
		}
		filters = append(filters, vigil.Filter{From: a, To: b})
	}
	viewers := map[string]vigil.Viewer{
		"operator":  {All: true},
		"anonymous": {},
		"partner":   {Org: "psa", User: "bilal", Partners: []string{"ctd"}},
		"recipient": {Org: "ctd", User: "amina"},
	}
	check := func(when string) {
		t.Helper()
		checkRollups(t, s, when)
		for name, v := range viewers {
			ctx := vigil.WithViewer(context.Background(), v)
			for _, f := range filters {
				for _, by := range [][]string{nil, {"month"}, {"admin1", "type"}, {"country"}, {"month", "admin1"}, {"month", "country"}} {
					got, err := s.AggregateIncidents(ctx, f, by)
					if err != nil {
						t.Fatal(err)
					}
					if want := scan(ctx, f, by); !sameGroups(got, want) {
						t.Errorf("%s: %s: filter %+v by %v:\ntally %+v\nscan  %+v", when, name, f, by, got, want)
					}
				}
				listed, err := s.Incidents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if n, err := s.CountIncidents(ctx, f); err != nil || n != len(listed) {
					t.Errorf("%s: %s: CountIncidents(%+v) = %d, %v; lists %d", when, name, f, n, err, len(listed))
				}
			}
		}
	}
	check("after insert")
	// Change some incidents' state, place and toll, and delete a few.
	for id := int64(1); id <= 60; id++ {
		inc, err := s.Incident(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		inc.Marking = benchMarking(id + 7)
		switch id % 3 {
		case 0:
			inc.ReviewState = vigil.StateRejected
		case 1:
			inc.Admin1 = "Sindh"
			*inc.Fatalities += 10
		default:
			d := "2021-06-15"
			inc.EventDate = &d
		}
		if _, err := s.SaveIncident(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM incidents WHERE id BETWEEN 100 AND 120`); err != nil {
		t.Fatal(err)
	}
	check("after updates and deletes")
}

// checkRollups fails unless each roll-up of incident_tally holds exactly
// the sums of incident_tally's incidents not rejected over its key: no
// group missing, extra, or left behind with no incidents.
func checkRollups(t *testing.T, s *Store, when string) {
	t.Helper()
	sums := "sum(incidents), sum(fatalities)"
	for _, c := range sqlincidents.CasualtyColumns {
		sums += ", sum(" + c + ")"
	}
	for table, key := range map[string]string{
		"incident_tally_month":  "tlp, owner, recipients, month",
		"incident_tally_admin1": "tlp, owner, recipients, month, country, iso3, admin1",
	} {
		want := `SELECT ` + key + `, ` + sums + ` FROM incident_tally WHERE review_state <> 'rejected' GROUP BY ` + key
		have := `SELECT * FROM ` + table
		var rows, differ int
		err := s.db.QueryRow(`SELECT (SELECT count(*) FROM `+table+`),
			(SELECT count(*) FROM (`+want+` EXCEPT `+have+`)) + (SELECT count(*) FROM (`+have+` EXCEPT `+want+`))`).Scan(&rows, &differ)
		if err != nil {
			t.Fatal(err)
		}
		if rows == 0 || differ != 0 {
			t.Errorf("%s: %s has %d rows, %d of them differ from incident_tally's sums", when, table, rows, differ)
		}
	}
}

// Aggregations read the smallest tally that keeps what the grouping and
// the filter need: a roll-up when it can, else the operator's unmarked
// tally or the per-marking one.
func TestTallyTable(t *testing.T) {
	partner := vigil.WithViewer(context.Background(), vigil.Viewer{Org: "psa", User: "bilal", Partners: []string{"ctd"}})
	operator := vigil.AsOperator(context.Background())
	dated := vigil.Filter{From: "2024-01-01", To: "2024-12-31"}
	for _, c := range []struct {
		ctx  context.Context
		f    vigil.Filter
		by   []string
		want string
	}{
		{partner, vigil.Filter{}, nil, "incident_tally_total t"},
		{partner, vigil.Filter{}, []string{"admin1", "type"}, "incident_tally_total t"},
		{partner, vigil.Filter{}, []string{"month"}, "incident_tally_month t"},
		{partner, dated, nil, "incident_tally_month t"},
		{operator, vigil.Filter{}, []string{"month"}, "incident_tally_month t"},
		{partner, vigil.Filter{}, []string{"month", "admin1"}, "incident_tally_admin1 t"},
		{partner, vigil.Filter{Country: "AFG"}, []string{"month"}, "incident_tally_admin1 t"},
		{operator, vigil.Filter{Admin1: "Balochistan", From: "2024-01-01"}, []string{"country"}, "incident_tally_admin1 t"},
		{partner, vigil.Filter{ReviewState: vigil.StateVerified}, []string{"month"}, "incident_tally t"},
		{partner, vigil.Filter{}, []string{"month", "type"}, "incident_tally t"},
		{partner, vigil.Filter{Admin2: "Quetta"}, []string{"month"}, "incident_tally t"},
		{partner, vigil.Filter{EventType: "Battles"}, []string{"month", "admin1"}, "incident_tally t"},
		{operator, vigil.Filter{}, []string{"month", "admin2"}, "incident_tally_all t"},
		{operator, dated, []string{"type"}, "incident_tally_all t"},
	} {
		plan, ok := sqlq.TallyPlan(c.f)
		if !ok {
			t.Fatalf("filter %+v cannot use the tallies", c.f)
		}
		got, ok := rollupTable(c.f, plan, c.by)
		if !ok {
			got = tallyTable(c.ctx, plan, c.by)
		}
		if got != c.want {
			t.Errorf("filter %+v by %v as %+v: %s, want %s", c.f, c.by, vigil.ViewerFrom(c.ctx), got, c.want)
		}
	}
}

// sameGroups compares groups regardless of order.
func sameGroups(a, b []vigil.IncidentGroup) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]vigil.IncidentGroup{}
	for _, g := range a {
		m[strings.Join(g.Key, "|")] = g
	}
	for _, g := range b {
		h, ok := m[strings.Join(g.Key, "|")]
		if !ok || h.Incidents != g.Incidents || h.Fatalities != g.Fatalities || h.Casualties != g.Casualties {
			return false
		}
	}
	return true
}
