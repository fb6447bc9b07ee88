// Package fuse turns extracted events into incidents: reports of the same
// real-world event, from any number of documents, become one incident that
// keeps every source's own figures and a reconciled figure.
package fuse

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Result counts what one Update did.
type Result struct {
	Events  int // unfused events considered
	Created int // new incidents
	Joined  int // events that joined an existing incident
}

// Threshold is the least score at which two events are taken to report the
// same incident. See Score.
const Threshold = 0.6

// Update fuses every event not yet in an incident: each joins the best
// matching incident whose date window it falls in, or starts a new one.
// Events are taken in a fixed order (date, document, position) so the same
// database always fuses the same way.
func Update(ctx context.Context, s vigil.Store) (Result, error) {
	var res Result
	fresh, err := s.Events(ctx, vigil.Filter{Unfused: true})
	if err != nil {
		return res, fmt.Errorf("fuse: load unfused events: %w", err)
	}
	res.Events = len(fresh)
	if len(fresh) == 0 {
		return res, nil
	}
	sortEvents(fresh)

	// Every incident a fresh event could join has a member dated within
	// maxWindow of it: load those members once, grouped by incident.
	clusters := map[int64]*cluster{}
	if from, to, ok := dateSpan(fresh); ok {
		near, err := s.Events(ctx, vigil.Filter{From: from, To: to})
		if err != nil {
			return res, fmt.Errorf("fuse: load events %s..%s: %w", from, to, err)
		}
		for _, e := range near {
			if e.IncidentID == 0 {
				continue
			}
			c := clusters[e.IncidentID]
			if c == nil {
				c = &cluster{id: e.IncidentID}
				clusters[e.IncidentID] = c
			}
			c.members = append(c.members, e)
		}
	}
	ids := make([]int64, 0, len(clusters))
	for id := range clusters {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	order := make([]*cluster, 0, len(ids)+len(fresh))
	for _, id := range ids {
		order = append(order, clusters[id])
	}

	for _, e := range fresh {
		best, bestScore, bestWhy := (*cluster)(nil), 0.0, ""
		for _, c := range order {
			score, why := c.score(e)
			if score > bestScore {
				best, bestScore, bestWhy = c, score, why
			}
		}
		if best != nil && bestScore >= Threshold {
			best.members = append(best.members, e)
			best.reasons = append(best.reasons, fmt.Sprintf("event %d: %s", e.ID, bestWhy))
			best.dirty = true
			if best.id != 0 {
				res.Joined++
			}
			continue
		}
		order = append(order, &cluster{members: []vigil.StoredEvent{e}, dirty: true,
			reasons: []string{fmt.Sprintf("event %d: first report", e.ID)}})
	}

	for _, c := range order {
		if !c.dirty {
			continue
		}
		inc := Reconcile(c.members)
		if c.id != 0 {
			old, err := s.Incident(ctx, c.id)
			if err != nil {
				return res, fmt.Errorf("fuse: load incident %d: %w", c.id, err)
			}
			inc.ID, inc.ReviewState, inc.CreatedAt = old.ID, old.ReviewState, old.CreatedAt
			inc.FusionReason = strings.TrimSpace(old.FusionReason + "\n" + strings.Join(c.reasons, "\n"))
		} else {
			inc.FusionReason = strings.Join(c.reasons, "\n")
			res.Created++
		}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			return res, fmt.Errorf("fuse: save incident: %w", err)
		}
	}
	return res, nil
}

// cluster is an incident being built: its member events.
type cluster struct {
	id      int64
	members []vigil.StoredEvent
	reasons []string
	dirty   bool
}

// score is the best match of e against the cluster's members. An event
// never joins a cluster that already holds an event of its own document:
// a document that reports two events means two incidents.
func (c *cluster) score(e vigil.StoredEvent) (float64, string) {
	best, why := 0.0, ""
	for _, m := range c.members {
		if m.DocumentID == e.DocumentID {
			return 0, ""
		}
		if s, w := Score(m, e); s > best {
			best, why = s, w
		}
	}
	return best, why
}

func sortEvents(es []vigil.StoredEvent) {
	sort.SliceStable(es, func(i, j int) bool {
		di, dj := date(es[i].Event), date(es[j].Event)
		if di != dj {
			return di < dj
		}
		if es[i].DocumentID != es[j].DocumentID {
			return es[i].DocumentID < es[j].DocumentID
		}
		return es[i].Index < es[j].Index
	})
}

func date(e vigil.Event) string {
	if e.EventDate == nil {
		return ""
	}
	return *e.EventDate
}

// maxWindow is the widest date gap any pair of events may have and still
// fuse (two month-precision dates).
const maxWindow = 31

func dateSpan(es []vigil.StoredEvent) (from, to string, ok bool) {
	for _, e := range es {
		d := date(e.Event)
		if d == "" {
			continue
		}
		if !ok || d < from {
			from = d
		}
		if !ok || d > to {
			to = d
		}
		ok = true
	}
	if !ok {
		return "", "", false
	}
	return shift(from, -maxWindow), shift(to, maxWindow), true
}

func shift(day string, days int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, days).Format("2006-01-02")
}

// window is how many days apart two dates may be, given their precisions:
// a day-precise date matches the next or previous day (reports dated by
// publication), a week-precise one a week, a month-precise one a month.
func window(p1, p2 *int) int {
	w := 1
	for _, p := range []*int{p1, p2} {
		if p == nil {
			continue
		}
		switch *p {
		case vigil.TimePrecisionWk:
			w = max(w, 7)
		case vigil.TimePrecisionMo:
			w = max(w, maxWindow)
		}
	}
	return w
}

// Score says how likely two events are reports of one incident, from 0 to
// about 1.5, and why. Dates must fall within each other's precision window
// and places must not contradict; then type, actors and tolls add weight.
func Score(a, b vigil.StoredEvent) (float64, string) {
	da, db := date(a.Event), date(b.Event)
	if da == "" || db == "" {
		return 0, ""
	}
	ta, err1 := time.Parse("2006-01-02", da)
	tb, err2 := time.Parse("2006-01-02", db)
	if err1 != nil || err2 != nil {
		return 0, ""
	}
	gap := int(math.Abs(ta.Sub(tb).Hours() / 24))
	if gap > window(a.TimePrecision, b.TimePrecision) {
		return 0, ""
	}
	var why []string
	why = append(why, fmt.Sprintf("date gap %dd", gap))
	score := 0.3 - 0.05*float64(gap)

	// Place: the most specific level both give must agree.
	if !sameFold(a.Country, b.Country) {
		return 0, ""
	}
	switch {
	case a.Admin2 != "" && b.Admin2 != "":
		if !sameFold(a.Admin2, b.Admin2) {
			return 0, ""
		}
		score += 0.3
		why = append(why, "same district "+a.Admin2)
	case a.Admin1 != "" && b.Admin1 != "":
		if !sameFold(a.Admin1, b.Admin1) {
			return 0, ""
		}
		score += 0.15
		why = append(why, "same province "+a.Admin1)
	}
	if d, ok := distanceKm(a.Event, b.Event); ok {
		if d > 100 {
			return 0, ""
		}
		why = append(why, fmt.Sprintf("%.0f km apart", d))
	}

	// Type: same event type counts; same sub-type more.
	switch {
	case a.SubEventType != "" && a.SubEventType == b.SubEventType:
		score += 0.25
		why = append(why, "same sub-event type")
	case a.EventType != "" && a.EventType == b.EventType:
		score += 0.15
		why = append(why, "same event type")
	default:
		score -= 0.15
	}

	// Actors: a shared named actor counts; two different named groups
	// blamed for the attack argue for two incidents.
	if shared := sharedActors(a.Event, b.Event); len(shared) > 0 {
		score += 0.15
		why = append(why, "shared actors "+strings.Join(shared, ", "))
	}
	if a.Perpetrator != "" && b.Perpetrator != "" && !sameFold(a.Perpetrator, b.Perpetrator) {
		score -= 0.3
		why = append(why, "different perpetrators")
	}

	// Tolls: overlapping figures count; very different ones argue against.
	fa, fb := deaths(a.Event), deaths(b.Event)
	switch {
	case fa > 0 && fb > 0:
		lo, hi := min(fa, fb), max(fa, fb)
		if float64(hi) <= 2*float64(lo)+2 {
			score += 0.2
			why = append(why, fmt.Sprintf("tolls %d and %d overlap", fa, fb))
		} else {
			score -= 0.2
			why = append(why, fmt.Sprintf("tolls %d and %d differ", fa, fb))
		}
	case fa == 0 && fb == 0:
		score += 0.05
	}
	return score, strings.Join(why, "; ") + fmt.Sprintf("; score %.2f", score)
}

func deaths(e vigil.Event) int {
	if e.Fatalities != nil {
		return *e.Fatalities
	}
	return e.Casualties.Killed()
}

func sameFold(a, b string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) }

func sharedActors(a, b vigil.Event) []string {
	var out []string
	for _, x := range []string{a.Actor1, a.Actor2} {
		if x == "" || strings.HasPrefix(x, "Civilians") || strings.HasPrefix(x, "Unidentified") {
			continue
		}
		if sameFold(x, b.Actor1) || sameFold(x, b.Actor2) {
			out = append(out, x)
		}
	}
	return out
}

// distanceKm is the great-circle distance between two events located at
// town precision; ok is false when either is vaguer or has no coordinates.
func distanceKm(a, b vigil.Event) (float64, bool) {
	if a.Latitude == nil || b.Latitude == nil || a.Longitude == nil || b.Longitude == nil ||
		a.GeoPrecision == nil || b.GeoPrecision == nil || *a.GeoPrecision > 2 || *b.GeoPrecision > 2 {
		return 0, false
	}
	return Haversine(*a.Latitude, *a.Longitude, *b.Latitude, *b.Longitude), true
}

// Haversine is the great-circle distance in km between two points.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}
