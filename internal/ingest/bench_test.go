package ingest

import (
	"context"
	"fmt"
	"testing"

	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
)

// BenchmarkIngest measures ingestion throughput into a real SQLite file:
// generated text reports read from disk, cleaned, fingerprinted, extracted
// (with the small test extractor) and committed one by one.
func BenchmarkIngest(b *testing.B) {
	for _, n := range []int{1000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if _, err := ingesttest.WriteReports(dir, n); err != nil {
				b.Fatal(err)
			}
			var docs int
			for b.Loop() {
				b.StopTimer()
				s := openStore(b)
				p := newPipeline(b, s)
				b.StartTimer()
				sum, err := p.Ingest(context.Background(), []string{dir})
				if err != nil || sum.New != n {
					b.Fatalf("%s, %v", sum, err)
				}
				docs += sum.New
			}
			b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
