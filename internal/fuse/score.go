package fuse

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// item is a stored event with its date as a day number, parsed once.
type item struct {
	vigil.StoredEvent
	day     int32 // days since 1970-01-01
	hasDay  bool
	marking string // Marking.Key of the document's marking
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

func newItem(e vigil.StoredEvent) item {
	it := item{StoredEvent: e, marking: e.Marking.OrClear().Key()}
	if e.EventDate != nil {
		if t, err := time.Parse(time.DateOnly, *e.EventDate); err == nil {
			it.day, it.hasDay = int32(t.Sub(epoch).Hours()/24), true
		}
	}
	return it
}

func dayString(d int32) string { return epoch.AddDate(0, 0, int(d)).Format(time.DateOnly) }

// Score says how likely two events are reports of one incident, and why.
// A score below Threshold, or zero, means two incidents.
func Score(a, b vigil.StoredEvent) (float64, string) {
	s, why, ok := score(newItem(a), newItem(b))
	if !ok {
		return 0, why
	}
	return s, why
}

// score weighs two events. ok is false when they contradict each other:
// dates outside both precision windows, different countries, districts or
// provinces, or towns over 25 km apart; or when their documents carry
// different markings, because an incident's reconciled figures must not
// mix a source some of its readers may not see. Otherwise the date, the same
// district, type, actors and tolls add weight and disagreements take it
// away; two reports that agree only on the day and the province need equal
// tolls to reach the threshold.
func score(a, b item) (s float64, why string, ok bool) {
	if a.marking != b.marking {
		return 0, "different markings", false
	}
	if !a.hasDay || !b.hasDay {
		return 0, "undated", false
	}
	gap := a.day - b.day
	if gap < 0 {
		gap = -gap
	}
	if gap > max(window(a.TimePrecision), window(b.TimePrecision)) {
		return 0, "dates too far apart", false
	}
	if !sameFold(a.Country, b.Country) {
		return 0, "different countries", false
	}
	reasons := []string{fmt.Sprintf("date gap %dd", gap)}
	s = 0.3 - 0.1*float64(min(gap, 3))

	switch {
	case a.Admin2 != "" && b.Admin2 != "":
		if !sameFold(a.Admin2, b.Admin2) {
			return 0, "different districts", false
		}
		s += 0.3
		reasons = append(reasons, "same district "+a.Admin2)
	case a.Admin1 != "" && b.Admin1 != "":
		if !sameFold(a.Admin1, b.Admin1) {
			return 0, "different provinces", false
		}
		reasons = append(reasons, "same province "+a.Admin1)
	}
	if d, ok := distanceKm(a.Event, b.Event); ok {
		if d > 25 {
			return 0, fmt.Sprintf("%.0f km apart", d), false
		}
		reasons = append(reasons, fmt.Sprintf("%.0f km apart", d))
	}

	// Type: the same sub-type counts most; different event types argue
	// for two incidents (an attack and the operation that answered it).
	switch {
	case a.SubEventType != "" && a.SubEventType == b.SubEventType:
		s += 0.2
		reasons = append(reasons, "same sub-event type")
	case a.EventType != "" && a.EventType == b.EventType:
		s += 0.1
		reasons = append(reasons, "same event type")
	default:
		s -= 0.2
		reasons = append(reasons, "different event types")
	}

	// Actors: a shared named actor counts; two different named armed
	// groups blamed for the attack argue for two incidents.
	if shared := sharedActors(a.Event, b.Event); len(shared) > 0 {
		s += 0.15
		reasons = append(reasons, "shared actors "+strings.Join(shared, ", "))
	}
	if differentPerpetrators(a.Event, b.Event) {
		s -= 0.3
		reasons = append(reasons, "different perpetrators")
	}

	// Tolls: equal figures count most, figures a revision apart less, and
	// very different ones argue against, unless one report says the toll
	// was revised.
	fa, fb := deaths(a.Event), deaths(b.Event)
	switch {
	case a.TollRevision || b.TollRevision:
		reasons = append(reasons, "toll revised")
	case fa > 0 && fa == fb:
		s += 0.2
		reasons = append(reasons, fmt.Sprintf("same toll %d", fa))
	case fa > 0 && fb > 0:
		lo, hi := min(fa, fb), max(fa, fb)
		if float64(hi) <= 1.5*float64(lo)+2 {
			s += 0.1
			reasons = append(reasons, fmt.Sprintf("tolls %d and %d overlap", fa, fb))
		} else {
			s -= 0.3
			reasons = append(reasons, fmt.Sprintf("tolls %d and %d differ", fa, fb))
		}
	}
	return s, strings.Join(reasons, "; ") + fmt.Sprintf("; score %.2f", s), true
}

func deaths(e vigil.Event) int {
	if e.Fatalities != nil {
		return *e.Fatalities
	}
	return e.Casualties.Killed()
}

func sameFold(a, b string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) }

// sameForce reports whether two actor names name one force: equal, or one
// the other with a unit after it, as ACLED writes units ("Police Forces of
// Pakistan" and "Police Forces of Pakistan Frontier Corps": one outlet
// says police, another FC). Two different units of a force are not one.
func sameForce(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && vigil.ActorIs(a, b)
}

// differentPerpetrators reports whether two reports blame different
// perpetrators: two named armed groups, or the state and an armed group
// (an attack and the operation that answered it). A report that leaves
// the group unidentified does not contradict one that names it.
func differentPerpetrators(a, b vigil.Event) bool {
	if a.Perpetrator == "" || b.Perpetrator == "" || sameForce(a.Perpetrator, b.Perpetrator) {
		return false
	}
	unnamed := func(e vigil.Event) bool { return strings.HasPrefix(e.Perpetrator, "Unidentified") }
	state := func(e vigil.Event) bool { return e.Inter1 == 1 }
	return !(unnamed(a) && !state(b) || unnamed(b) && !state(a))
}

// sharedActors lists the named actors both events give, a force named
// with its unit in one and without in the other as the force; generic
// labels ("Civilians", "Unidentified Armed Group") say nothing about
// identity.
func sharedActors(a, b vigil.Event) []string {
	var out []string
	for _, x := range []string{a.Actor1, a.Actor2} {
		if x == "" || strings.HasPrefix(x, "Civilians") || strings.HasPrefix(x, "Unidentified") {
			continue
		}
		for _, y := range []string{b.Actor1, b.Actor2} {
			if sameForce(x, y) {
				out = append(out, shorter(x, y))
				break
			}
		}
	}
	return out
}

// shorter returns the shorter of two names: the force both name when one
// adds a unit.
func shorter(a, b string) string {
	if len(b) < len(a) {
		return b
	}
	return a
}

// distanceKm is the great-circle distance between two events located at
// town precision; ok is false when either is vaguer or has no coordinates.
func distanceKm(a, b vigil.Event) (float64, bool) {
	if a.Latitude == nil || b.Latitude == nil || a.Longitude == nil || b.Longitude == nil ||
		a.GeoPrecision == nil || b.GeoPrecision == nil || *a.GeoPrecision > 2 || *b.GeoPrecision > 2 {
		return 0, false
	}
	return vigil.DistanceKm(*a.Latitude, *a.Longitude, *b.Latitude, *b.Longitude), true
}

func ptrTo[T any](v T) *T { return &v }
