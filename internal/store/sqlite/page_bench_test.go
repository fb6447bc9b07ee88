package sqlite

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/storetest"
)

// BenchmarkIncidentPages reads a 50-incident page of the default list
// (newest first) from 100,000 generated incidents: the first page, and the
// page 90,000 rows down reached by offset and by keyset position
// (storetest.BenchIncidentPages).
//
//	go test -run XXX -bench IncidentPages ./internal/store/sqlite
func BenchmarkIncidentPages(b *testing.B) {
	s, err := Open(context.Background(), b.TempDir()+"/pages.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	bulkIncidents(b, s, 100_000)
	storetest.BenchIncidentPages(b, s, 90_000, 50)
}
