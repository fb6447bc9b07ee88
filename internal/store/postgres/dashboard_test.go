package postgres

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestTallyMatchesScan changes incidents every way review and fusion do
// (create, update to another month and place, re-mark, delete) and checks
// after each step, for viewers who see different markings, that the
// aggregation through incident_tally equals summing the incidents
// themselves, and that the count agrees with the incidents each viewer can
// list.
func TestTallyMatchesScan(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(t)
	seedDesk(t, s)
	check := func(step string) {
		t.Helper()
		filters := []vigil.Filter{{}, {From: "2024-01-01", To: "2024-12-31"}, {From: "2024-03-05", To: "2024-10-20", Admin1: "balochistan"},
			{From: "2024-06-01"}, {To: "2024-04-30", ReviewState: vigil.StateUnreviewed}, {Admin1: "Punjab"}}
		for _, dv := range deskViewers {
			ctx := vigil.WithViewer(context.Background(), dv.viewer)
			for _, f := range filters {
				for _, by := range [][]string{nil, {"month"}, {"admin1", "type"}} {
					got, err := s.AggregateIncidents(ctx, f, by)
					if err != nil {
						t.Fatal(err)
					}
					var want []vigil.IncidentGroup
					want, err = sqlincidents.AggregateByScan(ctx, s.shared(), incidentSyntax, f, by)
					if err != nil {
						t.Fatal(err)
					}
					if len(by) == 0 && len(want) == 1 && want[0].Incidents == 0 {
						want = nil
					}
					sortGroups(got)
					sortGroups(want)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s: %s: AggregateIncidents(%+v, %v) through the tally:\n%+v\nscan:\n%+v", step, dv.name, f, by, got, want)
					}
				}
				listed, err := s.Incidents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if n, err := s.CountIncidents(ctx, f); err != nil || n != len(listed) {
					t.Errorf("%s: %s: CountIncidents(%+v) = %d, %v; lists %d", step, dv.name, f, n, err, len(listed))
				}
			}
		}
	}
	check("seeded")
	inc, err := s.Incident(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	day, toll := "2024-11-30", 40
	inc.EventDate, inc.Admin1, inc.Fatalities, inc.ReviewState = &day, "Punjab", &toll, vigil.StateVerified
	if _, err := s.SaveIncident(ctx, inc); err != nil {
		t.Fatal(err)
	}
	check("moved to another month and province")
	evs, _ := s.Events(ctx, vigil.Filter{IncidentID: 8})
	nine, _ := s.Incident(ctx, 9)
	for _, e := range evs {
		nine.EventIDs = append(nine.EventIDs, e.ID)
	}
	if _, err := s.ApplyChange(ctx, &vigil.Change{Action: vigil.ActionMerge, Object: "incident:9", Actor: "amina",
		Save: []vigil.Incident{*nine}, Delete: []int64{8}}); err != nil {
		t.Fatal(err)
	}
	check("merged and deleted")
	for id, m := range map[int64]vigil.Marking{7: deskMarkings[3], 33: deskMarkings[2], 36: {}} {
		inc, err := s.Incident(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		inc.Marking = m
		if _, err := s.SaveIncident(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
	check("re-marked")
	if n, err := tallyRows(ctx, s); err != nil || n == 0 {
		t.Errorf("incident_tally has %d rows, %v", n, err)
	}
}

func tallyRows(ctx context.Context, s *Store) (int, error) {
	var n int
	err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM incident_tally WHERE incidents > 0`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count tally rows: %w", err)
	}
	return n, nil
}
