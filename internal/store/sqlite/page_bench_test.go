package sqlite

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkIncidentPages reads a 50-incident page of the default list
// (newest first) from 100,000 generated incidents: the first page, and the
// page 90,000 rows down reached by offset and by keyset position
// (Filter.AfterDate, AfterID), which must read the same incidents.
//
//	go test -run XXX -bench IncidentPages ./internal/store/sqlite
func BenchmarkIncidentPages(b *testing.B) {
	const n, deep, size = 100_000, 90_000, 50
	ctx := vigil.AsOperator(context.Background())
	s, err := Open(ctx, b.TempDir()+"/pages.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	bulkIncidents(b, s, n)
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
	after := vigil.Filter{Limit: size, AfterID: last[0].ID, AfterDate: *last[0].EventDate}
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
