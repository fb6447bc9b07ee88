package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// The benchmarks run on the throw-away test cluster, which has fsync off:
// they measure vigil's queries and PostgreSQL's work, not the disk.

// BenchmarkAddDocument measures ingest throughput: one transaction per
// document, as ingest does it, with its tsvector computed and indexed.
func BenchmarkAddDocument(b *testing.B) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(b)
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
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(b)
	provinces := []string{"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"}
	for i := range 5000 {
		day := fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
		e := vigil.Event{EventDate: &day, EventType: "Battles", Country: "Pakistan", Admin1: provinces[i%4],
			Admin2: fmt.Sprint("district ", i%30), Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: i % 7}}}
		if _, err := s.SaveIncident(ctx, &vigil.Incident{Event: e, SourceCount: 1}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.DB().ExecContext(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
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
// compares every stored hash in the database.
func BenchmarkFindNearDuplicate(b *testing.B) {
	ctx := vigil.AsOperator(context.Background())
	s := openFresh(b)
	body := strings.Repeat("Security forces conducted an operation in the district. ", 40)
	hashes := make([]int64, 20000)
	for i := range hashes {
		hashes[i] = int64(uint64(i+1) * 0x9e3779b97f4a7c15)
	}
	// One statement for all rows: setting up 20,000 documents one
	// transaction at a time would dwarf the benchmark.
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO documents (text, raw, content_hash, simhash, band0, band1, band2, band3, ingested_at)
		SELECT $1, $1, n::text, h, h & 65535, (h >> 16) & 65535, (h >> 32) & 65535, (h >> 48) & 65535, now()
		FROM unnest($2::bigint[]) WITH ORDINALITY AS t(h, n)`, body, hashes); err != nil {
		b.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `ANALYZE documents`); err != nil {
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
