package eval

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/shareddata"
)

// BenchmarkExtract measures vigil's extractor over each shared dev set and
// the boilerplate benchmark's gold article bodies, one document at a time;
// bytes/s is text throughput. Run with -cpu 1 for the single-core figure
// vigil bench reports.
func BenchmarkExtract(b *testing.B) {
	dir, ok := shareddata.Path("eval/dev")
	if !ok {
		b.Skip("shared eval data absent: eval/dev")
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no dev sets in %s: %v", dir, err)
	}
	sets := map[string][]string{}
	var names []string
	for _, f := range files {
		rows, err := Load(f)
		if err != nil {
			b.Fatal(err)
		}
		name := rows[0].Dataset
		sets[name], names = Texts(rows), append(names, name)
	}
	if p, ok := shareddata.Path("eval/boilerplate/ground-truth.json"); ok {
		texts, err := BoilerplateTexts(p)
		if err != nil {
			b.Fatal(err)
		}
		sets["boilerplate-bodies"], names = texts, append(names, "boilerplate-bodies")
	}
	for _, name := range names {
		texts := sets[name]
		var size int64
		for _, t := range texts {
			size += int64(len(t))
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size / int64(len(texts)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				x.Extract(texts[i%len(texts)], time.Time{}, "")
				i++
			}
			// The speed target is set in articles per second.
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkLoadExtractor measures extract.New. The embedded gazetteer and
// actor dictionary are parsed once per process and cached, so past the
// first call this is the cached cost; the parse itself is measured by
// places' BenchmarkDefault and reported by vigil bench as "extractor
// load".
func BenchmarkLoadExtractor(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}
