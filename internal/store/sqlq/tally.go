package sqlq

import (
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// TallyRange is how an aggregation splits between a store's monthly tally
// (whole months FromMonth..ToMonth, YYYY-MM, either open; undated incidents
// only when the filter has no dates) and the incidents of partial months.
type TallyRange struct {
	Whole              bool
	FromMonth, ToMonth string
	Undated            bool
	Partial            [][2]string // inclusive day ranges read from incidents
}

// TallyPlan decides whether f can use a monthly tally and how. Filters on
// actor, text, document or membership cannot: the tally does not keep them.
func TallyPlan(f vigil.Filter) (TallyRange, bool) {
	var p TallyRange
	if f.Actor != "" || f.Text != "" || f.DocumentID != 0 || f.IncidentID != 0 || f.Unfused {
		return p, false
	}
	p.Whole, p.Undated = true, f.From == "" && f.To == ""
	if f.From != "" {
		from, _ := time.Parse(time.DateOnly, f.From)
		first := from.AddDate(0, 0, 1-from.Day())
		if from.Equal(first) {
			p.FromMonth = first.Format("2006-01")
		} else {
			next := first.AddDate(0, 1, 0)
			p.FromMonth = next.Format("2006-01")
			end := next.AddDate(0, 0, -1).Format(time.DateOnly)
			if f.To != "" && f.To < end {
				end = f.To
			}
			p.Partial = append(p.Partial, [2]string{f.From, end})
		}
	}
	if f.To != "" {
		to, _ := time.Parse(time.DateOnly, f.To)
		first := to.AddDate(0, 0, 1-to.Day())
		last := first.AddDate(0, 1, -1)
		if to.Equal(last) {
			p.ToMonth = first.Format("2006-01")
		} else {
			p.ToMonth = first.AddDate(0, -1, 0).Format("2006-01")
			start := first.Format(time.DateOnly)
			if f.From != "" && f.From > start {
				start = f.From
			}
			// A range within one month is one partial range, already added.
			if len(p.Partial) == 0 || p.Partial[0] != [2]string{start, f.To} {
				p.Partial = append(p.Partial, [2]string{start, f.To})
			}
		}
	}
	if p.FromMonth != "" && p.ToMonth != "" && p.FromMonth > p.ToMonth {
		p.Whole = false
	}
	return p, true
}

// Aggregate answers an aggregation of the incidents matching f from its
// parts: scan groups the incidents matching a filter row by row, tally
// sums the whole months of plan from a tally. Without a plan (ok false) f
// is scanned whole; with one, each partial month is scanned and the whole
// months come from the tally. Groups with the same key are added up, in the
// order they first came; empty groups are left out.
func Aggregate(f vigil.Filter, plan TallyRange, ok bool,
	scan func(vigil.Filter) ([]vigil.IncidentGroup, error),
	tally func() ([]vigil.IncidentGroup, error)) ([]vigil.IncidentGroup, error) {
	sums := map[string]*vigil.IncidentGroup{}
	var order []string
	add := func(gs []vigil.IncidentGroup, err error) error {
		if err != nil {
			return err
		}
		for _, g := range gs {
			k := strings.Join(g.Key, "\x00")
			if have := sums[k]; have != nil {
				have.Incidents += g.Incidents
				have.Fatalities += g.Fatalities
				addCounts(&have.Casualties, g.Casualties)
				continue
			}
			sums[k] = &g
			order = append(order, k)
		}
		return nil
	}
	if !ok {
		if err := add(scan(f)); err != nil {
			return nil, err
		}
	} else {
		for _, part := range plan.Partial {
			pf := f
			pf.From, pf.To = part[0], part[1]
			if err := add(scan(pf)); err != nil {
				return nil, err
			}
		}
		if plan.Whole {
			if err := add(tally()); err != nil {
				return nil, err
			}
		}
	}
	var out []vigil.IncidentGroup
	for _, k := range order {
		if g := sums[k]; g.Incidents > 0 {
			out = append(out, *g)
		}
	}
	return out, nil
}

func addCounts(dst *vigil.Casualties, c vigil.Casualties) {
	for i, p := range []*vigil.Counts{&dst.SecurityForces, &dst.Civilians, &dst.Militants, &dst.Unknown} {
		q := []vigil.Counts{c.SecurityForces, c.Civilians, c.Militants, c.Unknown}[i]
		p.Killed += q.Killed
		p.Injured += q.Injured
		p.Abducted += q.Abducted
		p.Arrested += q.Arrested
	}
}
