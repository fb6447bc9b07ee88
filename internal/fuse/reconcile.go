package fuse

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// RuleConservative names the fatality rule Reconcile applies.
const RuleConservative = "most conservative of each outlet's latest figure"

// Reconcile builds an incident from its member events. The incident's
// fields come from the most precise member (best place, then date, then
// confidence); its toll follows ACLED's rule: the most conservative figure,
// taken over each outlet's latest report so an outlet's own revision
// replaces its first count. A report of a toll revised ("the death toll
// rose to 21") replaces every outlet's figure published before it. The
// range of all figures is kept.
func Reconcile(members []vigil.StoredEvent) vigil.Incident {
	ms := append([]vigil.StoredEvent(nil), members...)
	sort.SliceStable(ms, func(i, j int) bool { return better(ms[i], ms[j]) })
	inc := vigil.Incident{Event: ms[0].Event, ReviewState: vigil.StateUnreviewed, Marking: strictest(ms)}
	inc.Evidence = nil
	inc.TollRevision = false
	rev, revised := LatestTollRevision(ms)
	revisedAt := rev.Published // zero when no report revised the toll

	roots := map[int64]bool{}
	weapons, sources := map[string]bool{}, map[string]bool{}
	inc.Weapons, inc.SourceAttribution = nil, nil
	latest := map[string]vigil.StoredEvent{} // outlet -> its latest report with a toll
	tolls := 0
	for _, m := range ms {
		inc.EventIDs = append(inc.EventIDs, m.ID)
		root := m.DocumentID
		if m.NearDuplicateOf != 0 {
			root = m.NearDuplicateOf
		}
		roots[root] = true
		for _, w := range m.Weapons {
			if !weapons[w] {
				weapons[w] = true
				inc.Weapons = append(inc.Weapons, w)
			}
		}
		for _, s := range m.SourceAttribution {
			if !sources[s] {
				sources[s] = true
				inc.SourceAttribution = append(inc.SourceAttribution, s)
			}
		}
		if !givesToll(m.Event) {
			continue
		}
		f := *m.Fatalities
		if tolls == 0 || f < inc.FatalitiesLow {
			inc.FatalitiesLow = f
		}
		inc.FatalitiesHigh = max(inc.FatalitiesHigh, f)
		tolls++
		if m.Published.Before(revisedAt) {
			continue // a later report revised the toll
		}
		outlet := m.Outlet
		if outlet == "" {
			outlet = fmt.Sprintf("document %d", root)
		}
		if prev, ok := latest[outlet]; !ok || m.Published.After(prev.Published) ||
			m.Published.Equal(prev.Published) && contentLess(m, prev) {
			latest[outlet] = m
		}
	}
	sort.Slice(inc.EventIDs, func(i, j int) bool { return inc.EventIDs[i] < inc.EventIDs[j] })
	inc.SourceCount = len(roots)

	if len(latest) > 0 {
		var pick *vigil.StoredEvent
		for _, m := range latest {
			if pick == nil || *m.Fatalities < *pick.Fatalities ||
				*m.Fatalities == *pick.Fatalities && contentLess(m, *pick) {
				m := m
				pick = &m
			}
		}
		f := *pick.Fatalities
		inc.Fatalities = &f
		inc.FatalitiesBound = pick.FatalitiesBound
		inc.Casualties = pick.Casualties
		inc.ReconcileRule = fmt.Sprintf("%s (event %d)", RuleConservative, pick.ID)
		if revised {
			// Say why a lower figure of an earlier report was set aside.
			inc.ReconcileRule += fmt.Sprintf(", counting only reports published since the toll was revised on %s (event %d)",
				revisedAt.UTC().Format("2006-01-02"), rev.ID)
		}
	} else {
		inc.Fatalities = nil
		inc.FatalitiesLow, inc.FatalitiesHigh = 0, 0
		inc.ReconcileRule = "no source gave a toll"
	}
	return inc
}

// LatestTollRevision returns the latest published of members that revises
// the incident's toll ("the death toll rose to 21") and gives one; ok is
// false when none does. Reconcile counts only reports published since it,
// and the STIX export marks the incident's toll as revised on its day.
func LatestTollRevision(members []vigil.StoredEvent) (rev vigil.StoredEvent, ok bool) {
	for _, m := range members {
		if m.TollRevision && givesToll(m.Event) && m.Published.After(rev.Published) {
			rev, ok = m, true
		}
	}
	return rev, ok
}

// givesToll reports whether the event states a death toll. The extractor
// writes 0 both for "no one was killed" and for a report that gives no
// figure at all; only the first has evidence for it. A report that merely
// mentions the incident must not drag the conservative figure to zero.
func givesToll(e vigil.Event) bool {
	if e.Fatalities == nil {
		return false
	}
	if *e.Fatalities > 0 {
		return true
	}
	for _, ev := range e.Evidence {
		if ev.Field == "fatalities" || strings.HasPrefix(ev.Field, "casualties.") && strings.HasSuffix(ev.Field, ".killed") {
			return true
		}
	}
	return false
}

// contentLess breaks ties between members by what they are, not by their
// IDs, so the pick does not depend on ingestion order.
func contentLess(a, b vigil.StoredEvent) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Outlet != b.Outlet {
		return a.Outlet < b.Outlet
	}
	if a.URL != b.URL {
		return a.URL < b.URL
	}
	if a.Index != b.Index {
		return a.Index < b.Index
	}
	return a.ID < b.ID
}

// better orders members by how much their fields can be trusted for the
// incident's record.
func better(a, b vigil.StoredEvent) bool {
	if pa, pb := prec(a.GeoPrecision), prec(b.GeoPrecision); pa != pb {
		return pa < pb
	}
	if pa, pb := prec(a.TimePrecision), prec(b.TimePrecision); pa != pb {
		return pa < pb
	}
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	return contentLess(a, b)
}

func prec(p *int) int {
	if p == nil {
		return 9
	}
	return *p
}

// strictest returns the members' marking. Fusion joins only events of one
// marking, so it is normally theirs; should members ever differ (an
// analyst's merge), the most restrictive level wins, so the incident never
// shows a reader a figure from a source they may not see.
func strictest(ms []vigil.StoredEvent) vigil.Marking {
	var out vigil.Marking
	for i, m := range ms {
		mk := m.Marking.OrClear()
		if i == 0 || mk.TLP.Rank() > out.TLP.Rank() || (mk.TLP.Rank() == out.TLP.Rank() && mk.Key() > out.Key()) {
			out = mk
		}
	}
	return out
}
