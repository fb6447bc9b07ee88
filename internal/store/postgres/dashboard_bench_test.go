package postgres

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkAggregateIncidents sums a dashboard's figures (by month, and by
// province and type) over two years of 200,000 incidents spread over eleven
// years. The incidents are written in one statement: the benchmark is about
// reading them.
func BenchmarkAggregateIncidents(b *testing.B) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(b)
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO incidents (event_date, event_type, country, iso3, admin1, admin2,
		fatalities, sf_killed, civ_killed, mil_killed, mil_arrested, review_state, created_at, updated_at, json)
		SELECT date '2015-01-01' + (i * 7919) % 4015,
			(ARRAY['Battles', 'Explosions/Remote violence', 'Violence against civilians'])[1 + i % 3],
			'Pakistan', 'PAK', (ARRAY['Khyber Pakhtunkhwa', 'Balochistan', 'Sindh', 'Punjab'])[1 + i % 4],
			'district ' || i % 40, NULLIF(i % 9, 0), i % 4, i % 3, i % 5, i % 2,
			(ARRAY['unreviewed', 'verified', 'rejected'])[1 + i % 3], now(), now(),
			json_build_object('summary', repeat('A report of the incident as the outlet gave it. ', 12))
		FROM generate_series(1, 200000) AS i`); err != nil {
		b.Fatal(err)
	}
	// Autovacuum would do this on a live database; the index-only scans
	// need the visibility map it sets.
	if _, err := s.DB().ExecContext(ctx, `VACUUM ANALYZE incidents`); err != nil {
		b.Fatal(err)
	}
	f := vigil.Filter{From: "2023-01-01", To: "2024-12-31"}
	for _, by := range [][]string{{"month"}, {"admin1", "type"}} {
		b.Run(by[0], func(b *testing.B) {
			for b.Loop() {
				gs, err := s.AggregateIncidents(ctx, f, by)
				if err != nil || len(gs) == 0 {
					b.Fatalf("AggregateIncidents = %d groups, %v", len(gs), err)
				}
			}
		})
	}
}
