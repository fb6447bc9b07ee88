package sqlite

import (
	"context"
	"slices"

	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// AggregateIncidents groups the incidents the viewer may see matching f
// (Limit and Offset ignored, rejected ones left out) by the dimensions in by
// and sums them in SQL (sqlincidents.Aggregate). Whole months come from the
// tallies triggers keep (see rollupTable and tallyTable).
func (s *Store) AggregateIncidents(ctx context.Context, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	return sqlincidents.Aggregate(ctx, s.shared(), incidentSyntax, f, by)
}

// SortedIncidents lists the incidents the viewer may see matching f in the
// given order (see vigil.OrderNewest and the others), Limit and Offset
// applied after sorting.
func (s *Store) SortedIncidents(ctx context.Context, f vigil.Filter, order string) ([]vigil.Incident, error) {
	return sqlincidents.Sorted(ctx, s.shared(), incidentSyntax, f, order)
}

// MapPoints lists up to lim located incidents the viewer may see matching
// f, newest first, reading columns only (incidents_map covers them).
func (s *Store) MapPoints(ctx context.Context, f vigil.Filter, lim int) ([]vigil.MapPoint, error) {
	return sqlincidents.MapPoints(ctx, s.shared(), incidentSyntax, f, lim)
}

// sumsTable names the tally that sums f's whole months (p) grouped by for
// sqlincidents.Aggregate, with its conditions: a roll-up when one answers,
// else the tally, rejected incidents left out.
func sumsTable(ctx context.Context, f vigil.Filter, p sqlq.TallyRange, by []string) (string, sqlq.Where) {
	w := tallyFilter(ctx, f, p)
	table, ok := rollupTable(f, p, by)
	if !ok {
		table = tallyTable(ctx, p, by)
		w.Add(`t.review_state <> 'rejected'`)
	}
	return table, w
}

// rollupTable names the roll-up of incident_tally (aliased t) that answers
// f's whole months (p) grouped by, if one does: incident_tally_month when
// neither the grouping nor the filter names a place, an event type or a
// review state, incident_tally_admin1 when they name no more than the
// country and the province. Either holds a few thousand rows where
// incident_tally holds tens of thousands, so a dashboard's charts by month
// stay fast for every viewer. The roll-ups keep only the incidents not
// rejected, which is all that aggregations count.
func rollupTable(f vigil.Filter, p sqlq.TallyRange, by []string) (string, bool) {
	uses := func(dim, filter string) bool { return filter != "" || slices.Contains(by, dim) }
	switch {
	case p.Undated && !slices.Contains(by, "month"):
		return "", false // incident_tally_total is smaller still
	case f.ReviewState != "" || uses("type", f.EventType) || uses("admin2", f.Admin2):
		return "", false
	case uses("country", f.Country) || uses("admin1", f.Admin1):
		return `incident_tally_admin1 t`, true
	}
	return `incident_tally_month t`, true
}

// tallyTable names the tally (aliased t) that answers p's whole months,
// grouped by, for ctx's viewer:
//   - with no dates and no month to group by, incident_tally_total, which
//     keeps no month, so whole-range totals read a few hundred rows;
//   - for the operator, who sees every incident, incident_tally_all, kept
//     without the marking;
//   - for everyone else incident_tally, kept per marking so tallyFilter can
//     leave out the markings they may not see.
func tallyTable(ctx context.Context, p sqlq.TallyRange, by []string) string {
	switch {
	case p.Undated && !slices.Contains(by, "month"):
		return `incident_tally_total t`
	case vigil.ViewerFrom(ctx).All:
		return `incident_tally_all t`
	}
	return `incident_tally t`
}

// tallyFilter renders f's conditions on incident_tally (aliased t) for the
// whole months of p, keeping the groups of markings ctx's viewer may see.
func tallyFilter(ctx context.Context, f vigil.Filter, p sqlq.TallyRange) sqlq.Where {
	var w sqlq.Where
	if cond, args := visible(ctx, "m"); cond != "TRUE" {
		// The markings first, then their rows: the tally's key leads with
		// the marking, so only the rows of visible markings are read.
		w.Add(`(t.tlp, t.owner, t.recipients) IN (SELECT m.tlp, m.owner, m.recipients FROM incident_markings m WHERE `+cond+`)`, args...)
	}
	if !p.Undated {
		w.Add(`t.month <> 'undated'`)
	}
	if p.FromMonth != "" {
		w.Add(`t.month >= ?`, p.FromMonth)
	}
	if p.ToMonth != "" {
		w.Add(`t.month <= ?`, p.ToMonth)
	}
	if f.Country != "" {
		w.Add(`(t.country = ? COLLATE NOCASE OR t.iso3 = ? COLLATE NOCASE)`, f.Country, f.Country)
	}
	if f.Admin1 != "" {
		w.Add(`t.admin1 = ? COLLATE NOCASE`, f.Admin1)
	}
	if f.Admin2 != "" {
		w.Add(`t.admin2 = ? COLLATE NOCASE`, f.Admin2)
	}
	if f.EventType != "" {
		w.Add(`t.event_type = ? COLLATE NOCASE`, f.EventType)
	}
	if f.ReviewState != "" {
		w.Add(`t.review_state = ?`, f.ReviewState)
	}
	return w
}
