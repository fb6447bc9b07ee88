package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// dimensionSQL is the expression each grouping dimension reads, in the
// incidents table (aliased i) and in incident_tally (aliased t). Missing
// values get the labels package stats uses, so both agree.
var dimensionSQL = map[string][2]string{
	"month":   {`COALESCE(substr(i.event_date, 1, 7), 'undated')`, `t.month`},
	"country": {`COALESCE(NULLIF(i.country, ''), 'unknown')`, `COALESCE(NULLIF(t.country, ''), 'unknown')`},
	"admin1":  {`COALESCE(NULLIF(i.admin1, ''), 'unknown')`, `COALESCE(NULLIF(t.admin1, ''), 'unknown')`},
	"admin2":  {`COALESCE(NULLIF(i.admin2, ''), 'unknown')`, `COALESCE(NULLIF(t.admin2, ''), 'unknown')`},
	"type":    {`COALESCE(NULLIF(i.event_type, ''), 'unknown')`, `COALESCE(NULLIF(t.event_type, ''), 'unknown')`},
}

// casualtyColumns are the casualty counts both tables carry, in the order
// of vigil.Casualties.
var casualtyColumns = []string{
	"sf_killed", "sf_injured", "sf_abducted", "sf_arrested", "civ_killed", "civ_injured", "civ_abducted", "civ_arrested",
	"mil_killed", "mil_injured", "mil_abducted", "mil_arrested", "unk_killed", "unk_injured", "unk_abducted", "unk_arrested",
}

// AggregateIncidents groups the incidents the viewer may see matching f
// (Limit and Offset ignored, rejected ones left out) by the dimensions in by
// and sums them in SQL. Whole months come from the tallies triggers keep
// (see rollupTable and tallyTable), so a dashboard over a million incidents
// reads a few thousand rows; the days of a partial month at either end of
// the range, and filters the tallies cannot answer (actor, text), read the
// incidents themselves.
func (s *Store) AggregateIncidents(ctx context.Context, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	f.Limit, f.Offset = 0, 0
	for _, d := range by {
		if _, ok := dimensionSQL[d]; !ok {
			return nil, vigil.Errorf(vigil.EINVALID, "cannot group by %q: use month, country, admin1, admin2 or type", d)
		}
	}
	if _, err := incidentFilter(ctx, f); err != nil { // validates dates and state
		return nil, err
	}
	var out []vigil.IncidentGroup
	err := s.read(ctx, func(tx *sql.Tx) error {
		plan, ok := sqlq.TallyPlan(f)
		var err error
		out, err = sqlq.Aggregate(f, plan, ok,
			func(pf vigil.Filter) ([]vigil.IncidentGroup, error) { return aggregateIncidents(ctx, tx, pf, by) },
			func() ([]vigil.IncidentGroup, error) { return aggregateTally(ctx, tx, f, plan, by) })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: aggregate incidents: %w", err)
	}
	return out, nil
}

// aggregateTally sums the whole months of the tally that answers f.
func aggregateTally(ctx context.Context, tx *sql.Tx, f vigil.Filter, p sqlq.TallyRange, by []string) ([]vigil.IncidentGroup, error) {
	w := tallyFilter(ctx, f, p)
	table, ok := rollupTable(f, p, by)
	if !ok {
		table = tallyTable(ctx, p, by)
		w.Add(`t.review_state <> 'rejected'`)
	}
	var cols []string
	for _, d := range by {
		cols = append(cols, dimensionSQL[d][1])
	}
	sums := []string{"sum(t.incidents)", "sum(t.fatalities)"}
	for _, c := range casualtyColumns {
		sums = append(sums, "sum(t."+c+")")
	}
	return groupQuery(ctx, tx, table, cols, sums, w, len(by))
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

// aggregateIncidents sums the incidents table itself.
func aggregateIncidents(ctx context.Context, tx *sql.Tx, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	w, err := incidentFilter(ctx, f)
	if err != nil {
		return nil, err
	}
	w.Add(`i.review_state <> 'rejected'`)
	var cols []string
	for _, d := range by {
		cols = append(cols, dimensionSQL[d][0])
	}
	sums := []string{"count(*)", "sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed))"}
	for _, c := range casualtyColumns {
		sums = append(sums, "sum(i."+c+")")
	}
	return groupQuery(ctx, tx, `incidents i`, cols, sums, w, len(by))
}

// groupQuery selects the group columns and the sums (incidents, fatalities,
// then the casualty columns) from table, grouped by the columns.
func groupQuery(ctx context.Context, tx *sql.Tx, table string, cols, sums []string, w sqlq.Where, nkey int) ([]vigil.IncidentGroup, error) {
	sel, group := strings.Join(sums, ", "), ""
	if len(cols) > 0 {
		sel = strings.Join(cols, ", ") + ", " + sel
		group = " GROUP BY " + strings.Join(cols, ", ")
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+sel+` FROM `+table+w.SQL()+group, w.Args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []vigil.IncidentGroup
	for rows.Next() {
		g := vigil.IncidentGroup{Key: make([]string, nkey)}
		// Sums over no rows are NULL; scan them through NullInt64.
		var n [18]sql.NullInt64
		dest := make([]any, 0, nkey+len(n))
		for i := range g.Key {
			dest = append(dest, &g.Key[i])
		}
		for i := range n {
			dest = append(dest, &n[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		g.Incidents, g.Fatalities = int(n[0].Int64), int(n[1].Int64)
		c := &g.Casualties
		for i, k := range []*vigil.Counts{&c.SecurityForces, &c.Civilians, &c.Militants, &c.Unknown} {
			k.Killed, k.Injured = int(n[2+4*i].Int64), int(n[3+4*i].Int64)
			k.Abducted, k.Arrested = int(n[4+4*i].Int64), int(n[5+4*i].Int64)
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// orderSQL is the ORDER BY of each incident order; every one ends on the ID
// so pages never overlap or skip.
var orderSQL = map[string]string{
	vigil.OrderNewest: `i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderOldest: `i.event_date ASC NULLS LAST, i.id ASC`,
	vigil.OrderToll:   `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderImpact: `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
}

// SortedIncidents lists the incidents the viewer may see matching f in the
// given order (see
// vigil.OrderNewest and the others), Limit and Offset applied after sorting.
func (s *Store) SortedIncidents(ctx context.Context, f vigil.Filter, order string) ([]vigil.Incident, error) {
	by, ok := orderSQL[order]
	if !ok {
		return nil, vigil.Errorf(vigil.EINVALID, "cannot sort incidents by %q: use newest, oldest, toll or impact", order)
	}
	w, err := incidentFilter(ctx, f)
	if err != nil {
		return nil, err
	}
	query, args := incidentSelect(vigil.ViewerFrom(ctx))
	query += w.SQL() + ` ORDER BY ` + by + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, append(args, w.Args...), func(rows *sql.Rows) (vigil.Incident, error) { return scanIncident(rows) })
	if err != nil {
		return nil, fmt.Errorf("sqlite: list incidents by %s: %w", order, err)
	}
	return out, nil
}

// MapPoints lists up to lim located incidents the viewer may see matching
// f, newest first, reading columns only (incidents_map covers them) rather
// than decoding whole incidents.
func (s *Store) MapPoints(ctx context.Context, f vigil.Filter, lim int) ([]vigil.MapPoint, error) {
	f.Limit, f.Offset = 0, 0
	w, err := incidentFilter(ctx, f)
	if err != nil {
		return nil, err
	}
	if lim < 1 {
		return nil, vigil.Errorf(vigil.EINVALID, "map limit %d must be positive", lim)
	}
	w.Add(`i.latitude IS NOT NULL AND i.longitude IS NOT NULL`)
	query := `SELECT i.id, COALESCE(i.event_date, ''), i.latitude, i.longitude,
		COALESCE(i.geo_precision, 1), i.location, i.admin2, i.admin1, i.country,
		i.event_type, i.review_state, COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)
		FROM incidents i` + w.SQL() + ` ORDER BY i.event_date DESC NULLS LAST, i.id DESC` + limit(lim, 0)
	out, err := list(ctx, s, query, w.Args, func(rows *sql.Rows) (vigil.MapPoint, error) {
		var p vigil.MapPoint
		var loc string
		err := rows.Scan(&p.ID, &p.Date, &p.Latitude, &p.Longitude, &p.Precision, &loc, &p.Admin2, &p.Admin1, &p.Country,
			&p.EventType, &p.ReviewState, &p.Fatalities)
		p.Place = joinPlace(loc, p.Admin2, p.Admin1, p.Country)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: map points: %w", err)
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
