package storetest

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchIncidentPages measures a page of size incidents of s's default list
// (newest first), which must hold deep+size incidents or more: the first
// page, and the page deep rows down reached by offset and by keyset
// position (Filter.AfterDate, AfterID), after checking that the two read
// the same incidents.
func BenchIncidentPages(b *testing.B, s vigil.Store, deep, size int) {
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
	pos := after(vigil.Filter{Limit: size}, last[0])
	want := page(b, vigil.Filter{Limit: size, Offset: deep})
	if got := page(b, pos); got[0].ID != want[0].ID || got[size-1].ID != want[size-1].ID {
		b.Fatalf("keyset page starts at %d, offset page at %d", got[0].ID, want[0].ID)
	}
	b.Run("deep-keyset", func(b *testing.B) {
		for b.Loop() {
			page(b, pos)
		}
	})
}
