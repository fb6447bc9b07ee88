package eval

import "github.com/vigil-osint/vigil/internal/vigil"

// byCategory is one casualty kind (killed or injured) split as the CODE
// SATP coders split it. Government officials count as civilians.
type byCategory struct {
	Total          int `json:"total"`
	SecurityForces int `json:"security_forces"`
	Civilians      int `json:"civilians"`
	Militants      int `json:"militants"`
}

type casualtyGold struct {
	Killed  byCategory `json:"killed"`
	Injured byCategory `json:"injured"`
}

// predictedCasualties sums the tolls of all events of an output. The total
// counts the unknown category too, and falls back on an event's
// fatalities when it gives no split.
func predictedCasualties(x vigil.Extraction) (k, inj byCategory) {
	for _, e := range x.Events {
		c := e.Casualties
		k.Total += killed(e)
		k.SecurityForces += c.SecurityForces.Killed
		k.Civilians += c.Civilians.Killed
		k.Militants += c.Militants.Killed
		inj.Total += c.Injured()
		inj.SecurityForces += c.SecurityForces.Injured
		inj.Civilians += c.Civilians.Injured
		inj.Militants += c.Militants.Injured
	}
	return k, inj
}

// bucket groups a count as the README does: 0, 1, 2, 3-5, 6+.
func bucket(n int) int {
	switch {
	case n <= 2:
		return n
	case n <= 5:
		return 3
	}
	return 6
}

// scoreCasualties scores killed and injured per category, exact and
// bucketed, summing over all events of the output, and the killed total on
// the rows where the coders found someone died.
func scoreCasualties(system string, rows []Row, outs []vigil.Extraction) ([]Result, error) {
	all, deadly := newTally(), newTally()
	for i, r := range rows {
		g, err := decodeGold[casualtyGold](r)
		if err != nil {
			return nil, err
		}
		k, inj := predictedCasualties(outs[i])
		all.n++
		for _, c := range []struct {
			name       string
			pred, gold byCategory
		}{{"killed", k, g.Killed}, {"injured", inj, g.Injured}} {
			for _, f := range []struct {
				name       string
				pred, gold int
			}{
				{"total", c.pred.Total, c.gold.Total},
				{"security_forces", c.pred.SecurityForces, c.gold.SecurityForces},
				{"civilians", c.pred.Civilians, c.gold.Civilians},
				{"militants", c.pred.Militants, c.gold.Militants},
			} {
				all.hit(c.name+"_"+f.name+"_exact", f.pred == f.gold)
				all.hit(c.name+"_"+f.name+"_bucket", bucket(f.pred) == bucket(f.gold))
			}
		}
		all.add("killed_total_mae", float64(absInt(k.Total-g.Killed.Total)))
		if g.Killed.Total > 0 {
			deadly.n++
			deadly.hit("killed_total_exact", k.Total == g.Killed.Total)
			deadly.add("killed_total_mae", float64(absInt(k.Total-g.Killed.Total)))
		}
	}
	ds := "code-satp-casualties"
	return []Result{all.result(ds, "", system), deadly.result(ds, "someone killed", system)}, nil
}
