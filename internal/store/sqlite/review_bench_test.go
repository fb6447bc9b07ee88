package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkIncidentsAsOf recomputes a past day's incidents from a history
// of 5,000 incidents saved three times each (15,000 versions), as
// `vigil stats --as-of` does.
func BenchmarkIncidentsAsOf(b *testing.B) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	provinces := []string{"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"}
	var mid time.Time
	for round := range 3 {
		err := s.write(ctx, func(tx *sql.Tx) error {
			t := now()
			for i := range 5000 {
				day := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
				killed := i%7 + round
				inc := vigil.Incident{ID: int64(i + 1), Event: vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan",
					Admin1: provinces[i%4], Fatalities: &killed}, SourceCount: 1, ReviewState: vigil.StateUnreviewed, CreatedAt: t}
				if round == 0 {
					inc.ID = 0
				}
				if _, err := saveIncident(ctx, tx, &inc, t); err != nil {
					return err
				}
				if err := recordVersions(ctx, tx, []int64{inc.ID}, t); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if round == 1 {
			mid = now()
		}
	}
	f := vigil.Filter{Admin1: "Balochistan"}
	for b.Loop() {
		incs, err := s.IncidentsAsOf(ctx, mid, f)
		if err != nil || len(incs) != 1250 {
			b.Fatalf("IncidentsAsOf = %d, %v; want 1250", len(incs), err)
		}
	}
}
