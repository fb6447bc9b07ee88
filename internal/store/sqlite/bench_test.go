package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkAddDocument measures ingest throughput into a real file: one
// transaction (and one WAL commit) per document, as ingest does it.
func BenchmarkAddDocument(b *testing.B) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	body := "Security forces conducted an intelligence based operation in North Waziristan district, " +
		"killing six militants, the military's media wing said on Saturday. Two soldiers were martyred. "
	for i := 0; b.Loop(); i++ {
		text := fmt.Sprintf("%d %s%s%s", i, body, body, body)
		d := &vigil.Document{Outlet: "Dawn", Title: fmt.Sprint("report ", i), Text: text, Raw: text,
			ContentHash: fmt.Sprintf("%064d", i), SimHash: uint64(i) * 0x9e3779b97f4a7c15}
		if _, _, err := s.AddDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIncidents lists a dashboard page (100 incidents of one province
// in a date range) from a database of 5,000 incidents.
func BenchmarkIncidents(b *testing.B) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	provinces := []string{"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"}
	for i := range 5000 {
		day := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
		e := vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", Admin1: provinces[i%4],
			Admin2: fmt.Sprint("district ", i%30), Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: i % 7}}}
		if _, err := s.SaveIncident(ctx, &vigil.Incident{Event: e, SourceCount: 1}); err != nil {
			b.Fatal(err)
		}
	}
	f := vigil.Filter{Admin1: "Balochistan", From: "2024-03-01", To: "2024-09-30", Limit: 100}
	for b.Loop() {
		incs, err := s.Incidents(ctx, f)
		if err != nil || len(incs) != 100 {
			b.Fatalf("Incidents = %d, %v", len(incs), err)
		}
	}
}

// BenchmarkFindNearDuplicate looks up a hash among 20,000 stored documents,
// at the band-indexed distance (3) and at ingest's wider one (14), which
// must compare every stored hash.
func BenchmarkFindNearDuplicate(b *testing.B) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	body := strings.Repeat("Security forces conducted an operation in the district. ", 40)
	err = s.write(ctx, func(tx *sql.Tx) error {
		for i := range 20000 {
			d := &vigil.Document{Text: body, Raw: body, ContentHash: fmt.Sprint(i), SimHash: uint64(i+1) * 0x9e3779b97f4a7c15}
			if _, err := insertDocument(ctx, tx, d); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, dist := range []int{3, 14} {
		b.Run(fmt.Sprint("distance=", dist), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.FindNearDuplicate(ctx, 0x0123456789abcdef, dist); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
