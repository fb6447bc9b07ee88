package eval

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// acledGold is the gold of the ACLED Balochistan set.
type acledGold struct {
	EventDate    string  `json:"event_date"`
	EventType    string  `json:"event_type"`
	SubEventType string  `json:"sub_event_type"`
	Admin1       string  `json:"admin1"`
	Admin2       string  `json:"admin2"`
	Latitude     float64 `json:"latitude"`
	Longitude    float64 `json:"longitude"`
	Fatalities   int     `json:"fatalities"`
}

// withinKm is the distance under which a predicted point counts as right.
const withinKm = 25

// scoreACLED scores the first event of each output: type, sub-type, admin1,
// admin2, point within 25 km, date and fatalities. A text with no event
// scores zero on every field and 0 fatalities. Rows whose text is empty are
// also reported on their own line.
func scoreACLED(system string, rows []Row, outs []vigil.Extraction) ([]Result, error) {
	all, nonEmpty, empty := newTally(), newTally(), newTally()
	for i, r := range rows {
		g, err := decodeGold[acledGold](r)
		if err != nil {
			return nil, err
		}
		e, ok := firstEvent(outs[i])
		pred := 0
		if ok {
			pred = fatalities(e)
		}
		near := ok && e.Latitude != nil && e.Longitude != nil &&
			vigil.DistanceKm(*e.Latitude, *e.Longitude, g.Latitude, g.Longitude) <= withinKm
		date := ok && e.EventDate != nil && *e.EventDate == g.EventDate
		subsets := []*tally{all, nonEmpty}
		if strings.TrimSpace(r.Text) == "" {
			subsets = []*tally{all, empty}
		}
		for _, t := range subsets {
			t.n++
			t.hit("event_type", ok && e.EventType == g.EventType)
			t.hit("sub_event_type", ok && e.SubEventType == g.SubEventType)
			t.hit("admin1", ok && foldName(e.Admin1) == foldName(g.Admin1))
			t.hit("admin2", ok && foldName(e.Admin2) == foldName(g.Admin2))
			t.hit("within_25km", near)
			t.hit("event_date", date)
			t.hit("fatalities_exact", pred == g.Fatalities)
			t.add("fatalities_mae", float64(absInt(pred-g.Fatalities)))
			t.hit("has_event", ok)
		}
	}
	ds := "acled-balochistan"
	return []Result{
		all.result(ds, "", system),
		nonEmpty.result(ds, "non-empty text", system),
		empty.result(ds, "empty text", system),
	}, nil
}

// fatalities is an event's toll in ACLED's sense: its fatalities figure,
// else the sum of its deaths by category.
func fatalities(e vigil.Event) int {
	if e.Fatalities != nil {
		return *e.Fatalities
	}
	return e.Casualties.Killed()
}
