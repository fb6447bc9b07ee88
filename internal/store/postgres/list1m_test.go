package postgres

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlincidents"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// seed1M writes a million incidents over eleven years, four provinces and
// three event types in one statement, a tenth GREEN and a twentieth
// AMBER+STRICT of organisation "ctd", the rest CLEAR. The tally trigger is
// off while they arrive and the tally rebuilt after, as migration 0011
// builds it: a trigger call per row would triple the time.
func seed1M(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	began := time.Now()
	for _, stmt := range []string{
		`ALTER TABLE incidents DISABLE TRIGGER incident_tally`,
		`INSERT INTO incidents (event_date, event_type, country, iso3, admin1, admin2, location, latitude, longitude,
			fatalities, sf_killed, civ_killed, mil_killed, review_state, created_at, updated_at, json, tlp, owner, geo_precision)
		SELECT date '2015-01-01' + ((i::bigint * 7919) % 4015)::int,
			(ARRAY['Battles', 'Explosions/Remote violence', 'Violence against civilians'])[1 + i % 3],
			'Pakistan', 'PAK', (ARRAY['Khyber Pakhtunkhwa', 'Balochistan', 'Sindh', 'Punjab'])[1 + i % 4],
			'district ' || i % 40, 'place ' || i % 500, 25 + (i % 1000) / 100.0, 62 + (i % 1300) / 100.0,
			NULLIF(i % 9, 0), i % 4, i % 3, i % 5,
			(ARRAY['unreviewed', 'verified', 'rejected'])[1 + i % 3], now(), now(),
			json_build_object('event_type', 'Battles', 'summary', repeat('A report of the incident as the outlet gave it. ', 4)),
			CASE WHEN i % 10 = 0 THEN 'GREEN' WHEN i % 20 = 1 THEN 'AMBER+STRICT' ELSE 'CLEAR' END,
			CASE WHEN i % 10 = 0 OR i % 20 = 1 THEN 'ctd' ELSE '' END, 1 + i % 3
		FROM generate_series(1, 1000000) AS i`,
		`ALTER TABLE incidents ENABLE TRIGGER incident_tally`,
		`TRUNCATE incident_tally`,
		`INSERT INTO incident_tally
		SELECT COALESCE(to_char(i.event_date, 'YYYY-MM'), 'undated'), i.country, i.iso3, i.admin1, i.admin2, i.event_type, i.review_state, i.tlp, i.owner, i.recipients,
			count(*), sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)),
			sum(i.sf_killed), sum(i.sf_injured), sum(i.sf_abducted), sum(i.sf_arrested), sum(i.civ_killed), sum(i.civ_injured), sum(i.civ_abducted), sum(i.civ_arrested),
			sum(i.mil_killed), sum(i.mil_injured), sum(i.mil_abducted), sum(i.mil_arrested), sum(i.unk_killed), sum(i.unk_injured), sum(i.unk_abducted), sum(i.unk_arrested)
		FROM incidents i GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
		// Autovacuum would do this on a live database; index-only scans
		// need the visibility map it sets.
		`VACUUM ANALYZE`,
	} {
		if _, err := s.DB().ExecContext(ctx, stmt); err != nil {
			tb.Fatalf("seed: %v", err)
		}
	}
	tb.Logf("seeded 1,000,000 incidents in %s", time.Since(began).Round(time.Millisecond))
}

// TestIncidentList1M measures the incident list of the desk and the API
// (a page of 50 and the count of all matches), the map, the review queue
// and the dashboard's sums on a million incidents, for the operator and for
// a partner organisation's analyst, whose marking filter is part of every
// query, and prints the plan of each list query.
// It takes a minute or two, so it runs only when VIGIL_BENCH_1M=1.
func TestIncidentList1M(t *testing.T) {
	if os.Getenv("VIGIL_BENCH_1M") != "1" {
		t.Skip("set VIGIL_BENCH_1M=1 to measure the incident list on a million incidents (takes minutes)")
	}
	s := openFresh(t)
	seed1M(t, s)
	viewers := []struct {
		name string
		ctx  context.Context
	}{
		{"operator", vigil.AsOperator(context.Background())},
		{"partner", vigil.WithViewer(context.Background(), vigil.Viewer{Org: "ngo", User: "sara", Partners: []string{"ctd"}})},
	}
	filters := []vigil.Filter{
		{Admin1: "Punjab", Limit: 50},
		{Admin1: "Punjab", EventType: "Battles", Limit: 50},
		{Limit: 50},
		{From: "2020-01-01", To: "2020-01-31", Limit: 50},
	}
	for _, v := range viewers {
		for _, f := range filters {
			w, err := incidentFilter(v.ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			query, args := incidentPage(v.ctx, w, sqlincidents.Orders[vigil.OrderNewest], f.Limit, f.Offset)
			plan, err := explain(v.ctx, s, query, args)
			if err != nil {
				t.Fatal(err)
			}
			var list, count []time.Duration
			var n int
			for range 6 {
				began := time.Now()
				incs, err := s.Incidents(v.ctx, f)
				if err != nil || len(incs) != f.Limit {
					t.Fatalf("Incidents(%+v) = %d, %v", f, len(incs), err)
				}
				list = append(list, time.Since(began))
				began = time.Now()
				if n, err = s.CountIncidents(v.ctx, f); err != nil {
					t.Fatal(err)
				}
				count = append(count, time.Since(began))
			}
			t.Logf("%-8s %-30s list p50 %8s max %8s; count (%7d) p50 %8s max %8s\n%s", v.name, describe(f),
				median(list), slices.Max(list[1:]).Round(100*time.Microsecond), n,
				median(count), slices.Max(count[1:]).Round(100*time.Microsecond), plan)
		}
	}

	// The desk's other queries, under the same viewers.
	quarter := vigil.Filter{From: "2024-10-01", To: "2024-12-31"}
	queue := vigil.Filter{ReviewState: vigil.StateUnreviewed, Limit: 100}
	desk := []struct {
		name string
		run  func(ctx context.Context) (int, error)
	}{
		{"map of a quarter (2000 points)", func(ctx context.Context) (int, error) {
			ps, err := s.MapPoints(ctx, quarter, 2000)
			return len(ps), err
		}},
		{"review queue (100 by impact)", func(ctx context.Context) (int, error) {
			incs, err := s.SortedIncidents(ctx, queue, vigil.OrderImpact)
			return len(incs), err
		}},
		{"stats by month", func(ctx context.Context) (int, error) {
			gs, err := s.AggregateIncidents(ctx, vigil.Filter{}, []string{"month"})
			return len(gs), err
		}},
		{"stats by month, province in 2024", func(ctx context.Context) (int, error) {
			gs, err := s.AggregateIncidents(ctx, vigil.Filter{From: "2024-01-01", To: "2024-12-31"}, []string{"month", "admin1"})
			return len(gs), err
		}},
	}
	for _, v := range viewers {
		for _, q := range desk {
			var times []time.Duration
			var n int
			for range 6 {
				began := time.Now()
				var err error
				if n, err = q.run(v.ctx); err != nil || n == 0 {
					t.Fatalf("%s: %d rows, %v", q.name, n, err)
				}
				times = append(times, time.Since(began))
			}
			t.Logf("%-8s %-34s (%4d rows) p50 %8s max %8s", v.name, q.name, n, median(times), slices.Max(times[1:]).Round(100*time.Microsecond))
		}
	}
}

// explain returns PostgreSQL's EXPLAIN ANALYZE of query, indented.
func explain(ctx context.Context, s *Store, query string, args []any) (string, error) {
	rows, err := s.DB().QueryContext(ctx, `EXPLAIN (ANALYZE, BUFFERS OFF) `+rebind(query), args...)
	if err != nil {
		return "", fmt.Errorf("explain: %w", err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", err
		}
		b.WriteString("\t" + line + "\n")
	}
	return b.String(), rows.Err()
}

func describe(f vigil.Filter) string {
	var parts []string
	for _, p := range [][2]string{{"admin1", f.Admin1}, {"type", f.EventType}, {"from", f.From}, {"to", f.To}} {
		if p[1] != "" {
			parts = append(parts, p[0]+"="+p[1])
		}
	}
	if len(parts) == 0 {
		return "(all)"
	}
	return strings.Join(parts, " ")
}

// median is the middle of the times after the first, which warms the
// cache.
func median(times []time.Duration) time.Duration {
	ts := slices.Clone(times[1:])
	slices.Sort(ts)
	return ts[len(ts)/2].Round(100 * time.Microsecond)
}
