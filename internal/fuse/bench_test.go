package fuse

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// synthetic makes n reports of about n/2.5 true incidents: each incident is
// reported one to four times by different outlets, with the noise real
// reporting has (a date a day off, a revised toll, a vaguer place, another
// sub-type). The reports are spread over n/27 days, about the density of a
// very busy year in Pakistan (27 reports a day over 150 districts), so 100,000
// reports cover ten years. truth maps an event ID to its incident.
func synthetic(n int, seed uint64) (events []vigil.StoredEvent, truth map[int64]int) {
	r := rand.New(rand.NewPCG(seed, 1))
	districts := make([]string, 150)
	for i := range districts {
		districts[i] = fmt.Sprintf("District %d", i)
	}
	subs := []struct{ typ, sub string }{
		{"Battles", "Armed clash"},
		{"Explosions/Remote violence", "Remote explosive/landmine/IED"},
		{"Explosions/Remote violence", "Suicide bomb"},
		{"Violence against civilians", "Attack"},
		{"Violence against civilians", "Abduction/forced disappearance"},
	}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	truth = map[int64]int{}
	id, doc := int64(0), int64(0)
	for inc := 0; len(events) < n; inc++ {
		day := start.AddDate(0, 0, r.IntN(max(n/27, 1)))
		di := r.IntN(len(districts))
		district := districts[di]
		// Six towns a district, about 40 km apart.
		town := r.IntN(6)
		lat, lon := 25+float64(di%15), 62+float64(di/15)+0.4*float64(town)
		kind := subs[r.IntN(len(subs))]
		toll := r.IntN(12)
		reports := 1 + r.IntN(4)
		for k := 0; k < reports && len(events) < n; k++ {
			id++
			doc++
			d := day
			if r.IntN(5) == 0 {
				d = d.AddDate(0, 0, 1) // dated by publication
			}
			f := toll
			if toll > 0 && r.IntN(4) == 0 {
				f = toll + r.IntN(3) // a revised toll
			}
			e := vigil.Event{EventDate: ptrTo(d.Format("2006-01-02")), TimePrecision: ptrTo(1),
				EventType: kind.typ, SubEventType: kind.sub, Actor1: "Unidentified Armed Group (Pakistan)",
				Country: "Pakistan", Admin1: fmt.Sprintf("Province %d", len(district)%4), Admin2: district,
				GeoPrecision: ptrTo(3), Fatalities: ptrTo(f)}
			if r.IntN(10) < 7 { // most reports name the town
				e.Location = fmt.Sprintf("Town %d-%d", di, town)
				e.Latitude, e.Longitude, e.GeoPrecision = ptrTo(lat), ptrTo(lon), ptrTo(1)
			}
			if r.IntN(10) == 0 {
				e.Admin2 = "" // only the province given
			}
			if r.IntN(10) == 0 {
				e.SubEventType = "Attack"
			}
			events = append(events, vigil.StoredEvent{ID: id, DocumentID: doc,
				Outlet: fmt.Sprintf("outlet %d", k), Published: d.Add(time.Duration(k) * time.Hour), Event: e})
			truth[id] = inc
		}
	}
	return events, truth
}

// cluster groups events with the same code Update uses.
func clusterAll(events []vigil.StoredEvent) []*cluster {
	items := make([]item, len(events))
	for i, e := range events {
		items[i] = newItem(e)
	}
	sortItems(items)
	ix := newIndex()
	for _, it := range items {
		ix.place(it)
	}
	return ix.clusters
}

// linkScores compares the clusters with the truth pair by pair: precision
// is the share of same-cluster pairs that are the same incident, recall the
// share of same-incident pairs that were put together.
func linkScores(clusters []*cluster, truth map[int64]int) (precision, recall float64) {
	var together, correct int
	for _, c := range clusters {
		for i := range c.members {
			for j := i + 1; j < len(c.members); j++ {
				together++
				if truth[c.members[i].ID] == truth[c.members[j].ID] {
					correct++
				}
			}
		}
	}
	size := map[int]int{}
	for _, inc := range truth {
		size[inc]++
	}
	var should int
	for _, s := range size {
		should += s * (s - 1) / 2
	}
	return float64(correct) / float64(max(together, 1)), float64(correct) / float64(max(should, 1))
}

func TestSyntheticLinkQuality(t *testing.T) {
	events, truth := synthetic(20000, 7)
	p, r := linkScores(clusterAll(events), truth)
	t.Logf("20,000 events: duplicate-link precision %.3f, recall %.3f", p, r)
	if p < 0.9 || r < 0.8 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.9 and 0.8", p, r)
	}
}

// BenchmarkFuse100k fuses 100,000 generated events (one goroutine, no
// database) and reports the precision and recall of the duplicate links.
func BenchmarkFuse100k(b *testing.B) {
	events, truth := synthetic(100000, 42)
	var p, r float64
	for b.Loop() {
		p, r = linkScores(clusterAll(events), truth)
	}
	b.ReportMetric(p, "precision")
	b.ReportMetric(r, "recall")
	b.ReportMetric(float64(len(events))/(b.Elapsed().Seconds()/float64(b.N)), "events/s")
}
