package fuse_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkUpdateOneReport measures the incremental case on a real store:
// one new report arrives in a database of 2,000 fused reports spread over
// 60 days in eight districts, and Update fuses it, taking apart and fusing
// again the machine-only incidents of its date window.
func BenchmarkUpdateOneReport(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	districts := []string{"Kech", "Gwadar", "Panjgur", "Awaran", "Kalat", "Khuzdar", "Lasbela", "Turbat"}
	subs := []string{"Armed clash", "Remote explosive/landmine/IED"}
	add := func(i int) {
		day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%60).Format(time.DateOnly)
		text := fmt.Sprint("report ", i)
		d := &vigil.Document{Outlet: fmt.Sprint("Outlet ", i%5), Text: text, Raw: text, ContentHash: fmt.Sprintf("%064d", i),
			Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)}
		id, _, err := s.AddDocument(ctx, d)
		if err != nil {
			b.Fatal(err)
		}
		e := event(day, districts[i/60%8], subs[i/480%2], 1+i/960)
		if err := s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{e}}); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 2000 {
		add(i)
	}
	if _, err := fuse.Update(ctx, s); err != nil {
		b.Fatal(err)
	}
	n := 2000
	for b.Loop() {
		add(n)
		n++
		if _, err := fuse.Update(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
}
