package postgres

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkIncidentPages reads a 50-incident page of the default list
// (newest first) from 100,000 generated incidents, a fiftieth undated: the
// first page, and the page 90,000 rows down reached by offset and by keyset
// position (storetest.BenchIncidentPages).
//
//	go test -run XXX -bench IncidentPages ./internal/store/postgres
func BenchmarkIncidentPages(b *testing.B) {
	const deep, size = 90_000, 50
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(b)
	for _, stmt := range []string{
		`INSERT INTO incidents (event_date, event_type, country, iso3, admin1, admin2, fatalities, review_state, created_at, updated_at, json)
		SELECT day, 'Battles', 'Pakistan', 'PAK', 'Balochistan', 'district ' || i % 40, i % 9, 'unreviewed', now(), now(),
			json_build_object('event_date', day::text, 'event_type', 'Battles', 'summary', 'A report of the incident as the outlet gave it.')
		FROM (SELECT i, CASE WHEN i % 50 = 0 THEN NULL ELSE date '2015-01-01' + ((i::bigint * 7919) % 4015)::int END AS day
			FROM generate_series(1, 100000) AS i) AS g`,
		`VACUUM ANALYZE incidents`,
	} {
		if _, err := s.DB().ExecContext(ctx, stmt); err != nil {
			b.Fatalf("seed: %v", err)
		}
	}
	storetest.BenchIncidentPages(b, s, deep, size)
}
