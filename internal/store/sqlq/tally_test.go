package sqlq

import (
	"slices"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestAggregate: partial months are scanned with their own dates, whole
// months come from the tally, and groups of one key add up in the order
// they first came, empty ones left out.
func TestAggregate(t *testing.T) {
	f := vigil.Filter{From: "2024-01-15", To: "2024-03-31"}
	plan, ok := TallyPlan(f)
	if !ok || !plan.Whole || plan.FromMonth != "2024-02" || plan.ToMonth != "2024-03" {
		t.Fatalf("plan %+v, %v", plan, ok)
	}
	var scanned [][2]string
	scan := func(pf vigil.Filter) ([]vigil.IncidentGroup, error) {
		scanned = append(scanned, [2]string{pf.From, pf.To})
		g := vigil.IncidentGroup{Key: []string{"Balochistan"}, Incidents: 1, Fatalities: 2}
		g.Casualties.Civilians.Killed = 2
		return []vigil.IncidentGroup{g}, nil
	}
	tally := func() ([]vigil.IncidentGroup, error) {
		g := vigil.IncidentGroup{Key: []string{"Balochistan"}, Incidents: 3, Fatalities: 5}
		g.Casualties.Civilians.Killed = 5
		return []vigil.IncidentGroup{{Key: []string{"Punjab"}}, g}, nil
	}
	got, err := Aggregate(f, plan, ok, scan, tally)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(scanned, [][2]string{{"2024-01-15", "2024-01-31"}}) {
		t.Errorf("scanned %v, want the partial January only", scanned)
	}
	if len(got) != 1 || got[0].Incidents != 4 || got[0].Fatalities != 7 || got[0].Casualties.Civilians.Killed != 7 {
		t.Errorf("groups %+v, want Balochistan 4 incidents 7 killed, Punjab's empty group left out", got)
	}

	// An actor filter cannot use the tally: the whole filter is scanned.
	scanned = nil
	f.Actor = "BLA"
	plan, ok = TallyPlan(f)
	if _, err := Aggregate(f, plan, ok, scan, tally); err != nil || ok || !slices.Equal(scanned, [][2]string{{f.From, f.To}}) {
		t.Errorf("actor filter: ok %v, scanned %v, err %v", ok, scanned, err)
	}
}
