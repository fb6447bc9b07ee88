package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.IncidentAggregator = (*Store)(nil)

// dimensionSQL is the expression each grouping dimension reads. Missing
// values get the labels package stats uses, so both agree.
var dimensionSQL = map[string]string{
	"month":   `COALESCE(to_char(i.event_date, 'YYYY-MM'), 'undated')`,
	"country": `COALESCE(NULLIF(i.country, ''), 'unknown')`,
	"admin1":  `COALESCE(NULLIF(i.admin1, ''), 'unknown')`,
	"admin2":  `COALESCE(NULLIF(i.admin2, ''), 'unknown')`,
	"type":    `COALESCE(NULLIF(i.event_type, ''), 'unknown')`,
}

// AggregateIncidents groups the incidents matching f (Limit and Offset
// ignored, rejected ones left out) by the dimensions in by and sums them in
// SQL, so a dashboard over a million incidents reads columns, not JSON.
// Groups come in no particular order, as on SQLite.
func (s *Store) AggregateIncidents(ctx context.Context, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	f.Limit, f.Offset = 0, 0
	w, err := incidentFilter(f)
	if err != nil {
		return nil, err
	}
	w.add(`i.review_state <> 'rejected'`)
	var cols []string
	for _, d := range by {
		expr, ok := dimensionSQL[d]
		if !ok {
			return nil, vigil.Errorf(vigil.EINVALID, "cannot group by %q: use month, country, admin1, admin2 or type", d)
		}
		cols = append(cols, expr)
	}
	sel, group := "", ""
	if len(cols) > 0 {
		sel = strings.Join(cols, ", ") + ", "
		group = " GROUP BY " + strings.Join(cols, ", ")
	}
	query := `SELECT ` + sel + `count(*),
		sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)),
		sum(i.sf_killed), sum(i.sf_injured), sum(i.sf_abducted), sum(i.sf_arrested),
		sum(i.civ_killed), sum(i.civ_injured), sum(i.civ_abducted), sum(i.civ_arrested),
		sum(i.mil_killed), sum(i.mil_injured), sum(i.mil_abducted), sum(i.mil_arrested),
		sum(i.unk_killed), sum(i.unk_injured), sum(i.unk_abducted), sum(i.unk_arrested)
		FROM incidents i` + w.sql() + group
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.IncidentGroup, error) {
		g := vigil.IncidentGroup{Key: make([]string, len(by))}
		var fat sql.NullInt64
		dest := make([]any, 0, len(by)+18)
		for i := range g.Key {
			dest = append(dest, &g.Key[i])
		}
		// Sums over no rows are NULL; scan them through NullInt64.
		var sums [16]sql.NullInt64
		dest = append(dest, &g.Incidents, &fat)
		for i := range sums {
			dest = append(dest, &sums[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return g, err
		}
		g.Fatalities = int(fat.Int64)
		c := &g.Casualties
		for i, k := range []*vigil.Counts{&c.SecurityForces, &c.Civilians, &c.Militants, &c.Unknown} {
			k.Killed, k.Injured = int(sums[4*i].Int64), int(sums[4*i+1].Int64)
			k.Abducted, k.Arrested = int(sums[4*i+2].Int64), int(sums[4*i+3].Int64)
		}
		return g, nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: aggregate incidents: %w", err)
	}
	// With no dimension, an empty selection still yields one all-zero row;
	// drop it so "no incidents" is an empty list in every case.
	if len(by) == 0 && len(out) == 1 && out[0].Incidents == 0 {
		out = nil
	}
	return out, nil
}

var _ vigil.IncidentSorter = (*Store)(nil)

// orderSQL is the ORDER BY of each incident order; every one ends on the ID
// so pages never overlap or skip.
var orderSQL = map[string]string{
	vigil.OrderNewest: `i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderOldest: `i.event_date ASC NULLS LAST, i.id ASC`,
	vigil.OrderToll:   `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderImpact: `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
}

// SortedIncidents lists incidents matching f in the given order (see
// vigil.OrderNewest and the others), Limit and Offset applied after sorting.
func (s *Store) SortedIncidents(ctx context.Context, f vigil.Filter, order string) ([]vigil.Incident, error) {
	by, ok := orderSQL[order]
	if !ok {
		return nil, vigil.Errorf(vigil.EINVALID, "cannot sort incidents by %q: use newest, oldest, toll or impact", order)
	}
	w, err := incidentFilter(f)
	if err != nil {
		return nil, err
	}
	query := incidentPage(w, by, f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.Incident, error) { return scanIncident(rows) })
	if err != nil {
		return nil, fmt.Errorf("postgres: list incidents by %s: %w", order, err)
	}
	return out, nil
}

var _ vigil.IncidentMapper = (*Store)(nil)

// MapPoints lists up to lim located incidents matching f, newest first,
// reading columns and one JSON field rather than decoding whole incidents.
func (s *Store) MapPoints(ctx context.Context, f vigil.Filter, lim int) ([]vigil.MapPoint, error) {
	f.Limit, f.Offset = 0, 0
	w, err := incidentFilter(f)
	if err != nil {
		return nil, err
	}
	if lim < 1 {
		return nil, vigil.Errorf(vigil.EINVALID, "map limit %d must be positive", lim)
	}
	w.add(`i.latitude IS NOT NULL AND i.longitude IS NOT NULL`)
	query := `SELECT i.id, COALESCE(to_char(i.event_date, 'YYYY-MM-DD'), ''), i.latitude, i.longitude,
		COALESCE((i.json->>'geo_precision')::integer, 1), i.location, i.admin2, i.admin1, i.country,
		i.event_type, i.review_state, COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)
		FROM incidents i` + w.sql() + ` ORDER BY ` + orderSQL[vigil.OrderNewest] + limit(lim, 0)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.MapPoint, error) {
		var p vigil.MapPoint
		var loc, admin2, admin1, country string
		err := rows.Scan(&p.ID, &p.Date, &p.Latitude, &p.Longitude, &p.Precision, &loc, &admin2, &admin1, &country,
			&p.EventType, &p.ReviewState, &p.Fatalities)
		p.Place = joinPlace(loc, admin2, admin1, country)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: map points: %w", err)
	}
	return out, nil
}

// joinPlace names a place from the most precise part to the largest,
// skipping empty and repeated parts.
func joinPlace(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" && (len(out) == 0 || !strings.EqualFold(out[len(out)-1], p)) {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}
