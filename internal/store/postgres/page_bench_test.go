package postgres

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkIncidentPages reads a 50-incident page of the default list
// (newest first) from 100,000 generated incidents, a fiftieth undated: the
// first page, and the page 90,000 rows down reached by offset and by keyset
// position (Filter.AfterDate, AfterID), which must read the same incidents.
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
	page := func(b *testing.B, f vigil.Filter) []vigil.Incident {
		incs, err := s.Incidents(ctx, f)
		if err != nil || len(incs) != size {
			b.Fatalf("Incidents(%+v) = %d, %v", f, len(incs), err)
		}
		return incs
	}
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			page(b, vigil.Filter{Limit: size})
		}
	})
	b.Run("deep-offset", func(b *testing.B) {
		for b.Loop() {
			page(b, vigil.Filter{Limit: size, Offset: deep})
		}
	})
	// The same page by keyset position: after the incident just before it.
	last, err := s.Incidents(ctx, vigil.Filter{Limit: 1, Offset: deep - 1})
	if err != nil || len(last) != 1 {
		b.Fatalf("incident %d: %v, %v", deep-1, last, err)
	}
	after := vigil.Filter{Limit: size, AfterID: last[0].ID}
	if last[0].EventDate != nil {
		after.AfterDate = *last[0].EventDate
	}
	want, err := s.Incidents(ctx, vigil.Filter{Limit: size, Offset: deep})
	if err != nil {
		b.Fatal(err)
	}
	if got := page(b, after); got[0].ID != want[0].ID || got[size-1].ID != want[size-1].ID {
		b.Fatalf("keyset page starts at %d, offset page at %d", got[0].ID, want[0].ID)
	}
	b.Run("deep-keyset", func(b *testing.B) {
		for b.Loop() {
			page(b, after)
		}
	})
}
