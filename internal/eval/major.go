package eval

import "github.com/vigil-osint/vigil/internal/vigil"

type majorGold struct {
	Country      string `json:"country"`
	KilledTotal  int    `json:"killed_total"`
	InjuredTotal int    `json:"injured_total"`
}

// scoreMajor scores the killed and injured totals, summed over all events
// of the output (a text describes one incident; an extractor that splits it
// into parts still owes its whole toll), exact and mean absolute error, and
// the first event's country. Pakistan and Afghanistan are also reported as
// a subset.
func scoreMajor(system string, rows []Row, outs []vigil.Extraction) ([]Result, error) {
	all, pakAfg := newTally(), newTally()
	for i, r := range rows {
		g, err := decodeGold[majorGold](r)
		if err != nil {
			return nil, err
		}
		k, inj := 0, 0
		for _, e := range outs[i].Events {
			k += killed(e)
			inj += e.Casualties.Injured()
		}
		e, ok := firstEvent(outs[i])
		subsets := []*tally{all}
		if g.Country == "Pakistan" || g.Country == "Afghanistan" {
			subsets = append(subsets, pakAfg)
		}
		for _, t := range subsets {
			t.n++
			t.hit("killed_exact", k == g.KilledTotal)
			t.add("killed_mae", float64(absInt(k-g.KilledTotal)))
			t.hit("injured_exact", inj == g.InjuredTotal)
			t.add("injured_mae", float64(absInt(inj-g.InjuredTotal)))
			t.hit("country", ok && foldName(e.Country) == foldName(g.Country))
		}
	}
	ds := "major-incidents"
	return []Result{all.result(ds, "", system), pakAfg.result(ds, "Pakistan/Afghanistan", system)}, nil
}
