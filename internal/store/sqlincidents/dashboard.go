package sqlincidents

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// dimensions is the expression each grouping dimension reads in the
// incidents table (aliased i; "month" comes from Syntax.Month) and in the
// tallies (aliased t). Missing values get the labels package stats uses, so
// both agree.
var dimensions = map[string][2]string{
	"month":   {``, `t.month`},
	"country": {`COALESCE(NULLIF(i.country, ''), 'unknown')`, `COALESCE(NULLIF(t.country, ''), 'unknown')`},
	"admin1":  {`COALESCE(NULLIF(i.admin1, ''), 'unknown')`, `COALESCE(NULLIF(t.admin1, ''), 'unknown')`},
	"admin2":  {`COALESCE(NULLIF(i.admin2, ''), 'unknown')`, `COALESCE(NULLIF(t.admin2, ''), 'unknown')`},
	"type":    {`COALESCE(NULLIF(i.event_type, ''), 'unknown')`, `COALESCE(NULLIF(t.event_type, ''), 'unknown')`},
}

// CasualtyColumns are the casualty counts the incidents table and the
// tallies both carry, in the order of vigil.Casualties.
var CasualtyColumns = []string{
	"sf_killed", "sf_injured", "sf_abducted", "sf_arrested", "civ_killed", "civ_injured", "civ_abducted", "civ_arrested",
	"mil_killed", "mil_injured", "mil_abducted", "mil_arrested", "unk_killed", "unk_injured", "unk_abducted", "unk_arrested",
}

// deathsSQL is an incident's toll: its fatalities, else the sum of its
// killed.
const deathsSQL = `COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)`

// Aggregate groups the incidents the viewer of ctx may see matching f
// (Limit and Offset ignored, rejected ones left out) by the dimensions in
// by and sums them in SQL, in one read transaction of db. Whole months
// come from the tally syn.Sums names, so a dashboard over a million
// incidents reads a few thousand rows; the days of a partial month at
// either end of the range, and filters the tallies cannot answer (actor,
// text), read the incidents themselves. Groups come in no particular
// order.
func Aggregate(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	f.Limit, f.Offset = 0, 0
	for _, d := range by {
		if _, ok := dimensions[d]; !ok {
			return nil, vigil.Errorf(vigil.EINVALID, "cannot group by %q: use month, country, admin1, admin2 or type", d)
		}
	}
	if _, err := syn.Filter(ctx, f); err != nil { // validates dates and state
		return nil, err
	}
	var out []vigil.IncidentGroup
	err := db.InRead(ctx, func(tx sqlq.Tx) error {
		plan, ok := sqlq.TallyPlan(f)
		var err error
		out, err = sqlq.Aggregate(f, plan, ok,
			func(pf vigil.Filter) ([]vigil.IncidentGroup, error) { return sumIncidents(ctx, tx, syn, pf, by) },
			func() ([]vigil.IncidentGroup, error) { return sumTally(ctx, tx, syn, f, plan, by) })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: aggregate incidents: %w", db.Name, err)
	}
	return out, nil
}

// sumTally sums the whole months of plan from the tally syn.Sums names.
func sumTally(ctx context.Context, tx sqlq.Tx, syn Syntax, f vigil.Filter, plan sqlq.TallyRange, by []string) ([]vigil.IncidentGroup, error) {
	table, w := syn.Sums(ctx, f, plan, by)
	var cols []string
	for _, d := range by {
		cols = append(cols, dimensions[d][1])
	}
	sums := []string{"sum(t.incidents)", "sum(t.fatalities)"}
	for _, c := range CasualtyColumns {
		sums = append(sums, "sum(t."+c+")")
	}
	return groupQuery(ctx, tx, table, cols, sums, w, len(by))
}

// sumIncidents sums the incidents table itself.
func sumIncidents(ctx context.Context, tx sqlq.Tx, syn Syntax, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	w, err := syn.Filter(ctx, f)
	if err != nil {
		return nil, err
	}
	w.Add(`i.review_state <> 'rejected'`)
	var cols []string
	for _, d := range by {
		if d == "month" {
			cols = append(cols, `COALESCE(`+syn.Month+`, 'undated')`)
			continue
		}
		cols = append(cols, dimensions[d][0])
	}
	sums := []string{"count(*)", "sum(" + deathsSQL + ")"}
	for _, c := range CasualtyColumns {
		sums = append(sums, "sum(i."+c+")")
	}
	return groupQuery(ctx, tx, `incidents i`, cols, sums, w, len(by))
}

// groupQuery selects the group columns and the sums (incidents, fatalities,
// then the casualty columns) from table, grouped by the columns.
func groupQuery(ctx context.Context, tx sqlq.Tx, table string, cols, sums []string, w sqlq.Where, nkey int) ([]vigil.IncidentGroup, error) {
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

// Orders is the ORDER BY of each incident order; every one ends on the ID
// so pages never overlap or skip.
var Orders = map[string]string{
	vigil.OrderNewest: `i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderOldest: `i.event_date ASC NULLS LAST, i.id ASC`,
	vigil.OrderToll:   `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
	vigil.OrderImpact: `i.fatalities DESC NULLS LAST, i.event_date DESC NULLS LAST, i.id DESC`,
}

// Sorted lists the incidents the viewer of ctx may see matching f in the
// given order (vigil.OrderNewest and the others), Limit and Offset applied
// after sorting, in one read transaction of db.
func Sorted(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter, order string) ([]vigil.Incident, error) {
	by, ok := Orders[order]
	if !ok {
		return nil, vigil.Errorf(vigil.EINVALID, "cannot sort incidents by %q: use newest, oldest, toll or impact", order)
	}
	w, err := syn.Filter(ctx, f)
	if err != nil {
		return nil, err
	}
	var out []vigil.Incident
	err = db.InRead(ctx, func(tx sqlq.Tx) error {
		query, args := syn.Page(ctx, w, by, f.Limit, f.Offset)
		out, err = sqlq.AppendRows(ctx, tx.SQL(), out, db.Bind(query), args, syn.Scan)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list incidents by %s: %w", db.Name, order, err)
	}
	return out, nil
}

// MapPoints lists up to lim located incidents the viewer of ctx may see
// matching f, newest first, reading columns only rather than decoding
// whole incidents, in one read transaction of db.
func MapPoints(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter, lim int) ([]vigil.MapPoint, error) {
	f.Limit, f.Offset = 0, 0
	w, err := syn.Filter(ctx, f)
	if err != nil {
		return nil, err
	}
	if lim < 1 {
		return nil, vigil.Errorf(vigil.EINVALID, "map limit %d must be positive", lim)
	}
	w.Add(`i.latitude IS NOT NULL AND i.longitude IS NOT NULL`)
	query := `SELECT i.id, COALESCE(` + syn.Day + `, ''), i.latitude, i.longitude,
		COALESCE(i.geo_precision, 1), i.location, i.admin2, i.admin1, i.country,
		i.event_type, i.review_state, ` + deathsSQL + `
		FROM incidents i` + w.SQL() + ` ORDER BY ` + Orders[vigil.OrderNewest] + fmt.Sprintf(` LIMIT %d`, lim)
	var out []vigil.MapPoint
	err = db.InRead(ctx, func(tx sqlq.Tx) error {
		rows, err := tx.QueryContext(ctx, query, w.Args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p vigil.MapPoint
			var loc string
			if err := rows.Scan(&p.ID, &p.Date, &p.Latitude, &p.Longitude, &p.Precision, &loc, &p.Admin2, &p.Admin1, &p.Country,
				&p.EventType, &p.ReviewState, &p.Fatalities); err != nil {
				return err
			}
			p.Place = joinPlace(loc, p.Admin2, p.Admin1, p.Country)
			out = append(out, p)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: map points: %w", db.Name, err)
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

// AggregateByScan is Aggregate read from the incidents themselves, without
// the tallies: what Aggregate must answer, for the stores' tests of their
// tallies.
func AggregateByScan(ctx context.Context, db sqlq.DB, syn Syntax, f vigil.Filter, by []string) ([]vigil.IncidentGroup, error) {
	f.Limit, f.Offset = 0, 0
	var out []vigil.IncidentGroup
	err := db.InRead(ctx, func(tx sqlq.Tx) error {
		var err error
		out, err = sumIncidents(ctx, tx, syn, f, by)
		return err
	})
	return out, err
}
