package equipment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// benchText gathers the project's own reports: the equipment and event
// probes (most of whose sentences name no materiel, as in the news) and
// the golden articles.
func benchText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	probes, _ := filepath.Glob("../testdata/*-probe*.txt")
	for _, name := range probes {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if !strings.HasPrefix(line, "{") {
				continue
			}
			var l struct{ Text string }
			if json.Unmarshal([]byte(line), &l) == nil && l.Text != "" {
				sb.WriteString(l.Text)
				sb.WriteString("\n\n")
			}
		}
	}
	golden, _ := filepath.Glob("../testdata/golden/*.txt")
	for _, name := range golden {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		b.Skip("no probe or golden texts")
	}
	return sb.String()
}

// BenchmarkFind measures the equipment reader alone, on sentences and
// dates already found, as the extractor calls it.
func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	sents := lex.Split(text)
	ds := textDates(dates.Find(text, time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC)))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text, sents, ds)
	}
}

// BenchmarkWeapons measures the event weapons reader over every sentence.
func BenchmarkWeapons(b *testing.B) {
	text := benchText(b)
	sents := lex.Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			Weapons(s.Toks)
		}
	}
}
