package postgres

import (
	"context"

	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var (
	_ vigil.IncidentAggregator = (*Store)(nil)
	_ vigil.IncidentSorter     = (*Store)(nil)
	_ vigil.IncidentMapper     = (*Store)(nil)
)

// AggregateIncidents groups the incidents the viewer may see matching f
// (Limit and Offset ignored, rejected ones left out) by the dimensions in
// by and sums them in SQL (sqlincidents.Aggregate). Whole months come from
// incident_tally, which a trigger keeps per marking.
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
// f, newest first, reading columns only rather than decoding whole
// incidents.
func (s *Store) MapPoints(ctx context.Context, f vigil.Filter, lim int) ([]vigil.MapPoint, error) {
	return sqlincidents.MapPoints(ctx, s.shared(), incidentSyntax, f, lim)
}

// sumsTable is incident_tally for sqlincidents.Aggregate, with f's
// conditions on p's whole months, rejected incidents left out.
func sumsTable(ctx context.Context, f vigil.Filter, p sqlq.TallyRange, _ []string) (string, sqlq.Where) {
	w := tallyFilter(ctx, f, p)
	w.Add(`t.review_state <> 'rejected'`)
	return `incident_tally t`, w
}

// tallyFilter renders f's conditions on incident_tally (aliased t) for the
// whole months of p, keeping the groups of markings ctx's viewer may see.
func tallyFilter(ctx context.Context, f vigil.Filter, p sqlq.TallyRange) sqlq.Where {
	var w sqlq.Where
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
		w.Add(`(lower(t.country) = lower(?) OR lower(t.iso3) = lower(?))`, f.Country, f.Country)
	}
	if f.Admin1 != "" {
		w.Add(`lower(t.admin1) = lower(?)`, f.Admin1)
	}
	if f.Admin2 != "" {
		w.Add(`lower(t.admin2) = lower(?)`, f.Admin2)
	}
	if f.EventType != "" {
		w.Add(`lower(t.event_type) = lower(?)`, f.EventType)
	}
	if f.ReviewState != "" {
		w.Add(`t.review_state = ?`, f.ReviewState)
	}
	visible(ctx, &w, "t")
	return w
}
