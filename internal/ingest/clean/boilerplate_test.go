package clean

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/vigil-osint/vigil/internal/shareddata"
)

// benchPage is one page of the public article-extraction benchmark.
type benchPage struct {
	id, url, html, gold string
}

// loadBenchmark reads the shared boilerplate benchmark, or skips when the
// shared data is absent (a user's clone).
func loadBenchmark(tb testing.TB) []benchPage {
	tb.Helper()
	truth, ok := shareddata.Path("eval/boilerplate/ground-truth.json")
	if !ok {
		tb.Skip("shared eval data absent: eval/boilerplate/ground-truth.json")
	}
	data, err := os.ReadFile(truth)
	if err != nil {
		tb.Fatal(err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		tb.Fatalf("%s: %v", truth, err)
	}
	var pages []benchPage
	for id, g := range gold {
		path := filepath.Join(filepath.Dir(truth), "html", id+".html.gz")
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		raw, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		pages = append(pages, benchPage{id: id, url: g.URL, html: decodeForBenchmark(raw), gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// decodeForBenchmark turns the page bytes into UTF-8 as the ingest package
// would; the benchmark pages are UTF-8 or declare their charset.
func decodeForBenchmark(raw []byte) string {
	return strings.ToValidUTF8(string(raw), "\uFFFD")
}

// tokens are the lower-cased words of s, the unit the benchmark scores.
func tokens(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}

// prf is token-level precision, recall and F1 of got against want, counting
// repeated words as often as both texts have them.
func prf(got, want string) (p, r, f float64) {
	g, w := tokens(got), tokens(want)
	var common, ng, nw int
	for t, c := range g {
		ng += c
		common += min(c, w[t])
	}
	for _, c := range w {
		nw += c
	}
	if ng > 0 {
		p = float64(common) / float64(ng)
	}
	if nw > 0 {
		r = float64(common) / float64(nw)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func TestPRF(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"a b c", "a b c", 1, 1},
		{"a b", "a b c d", 1, 0.5},
		{"a b x y", "a b", 0.5, 1},
		{"", "a", 0, 0},
		{"a a a", "a", 1.0 / 3, 1},
	}
	for _, tt := range tests {
		p, r, _ := prf(tt.got, tt.want)
		if p != tt.p || r != tt.r {
			t.Errorf("prf(%q, %q) = %v, %v; want %v, %v", tt.got, tt.want, p, r, tt.p, tt.r)
		}
	}
}

// TestBoilerplateBenchmark scores the article extractors on the shared
// benchmark (macro-averaged over pages) and fails if the default one falls
// below the floor it reached when it was chosen.
func TestBoilerplateBenchmark(t *testing.T) {
	pages := loadBenchmark(t)
	extractors := map[string]Extractor{"readability": Readability{}}
	for name, x := range extractors {
		var sp, sr, sf float64
		for _, pg := range pages {
			res, err := ArticleWith(x, pg.html, pg.url)
			if err != nil {
				t.Logf("%s: %s: %v", name, pg.id, err)
			}
			p, r, f := prf(res.Text, pg.gold)
			sp, sr, sf = sp+p, sr+r, sf+f
		}
		n := float64(len(pages))
		t.Logf("%s on %d pages: precision %.3f recall %.3f F1 %.3f", name, len(pages), sp/n, sr/n, sf/n)
		if name == "readability" && sf/n < minF1 {
			t.Errorf("%s F1 %.3f fell below %.3f", name, sf/n, minF1)
		}
	}
}

// minF1 is the benchmark F1 the default extractor must keep.
const minF1 = 0.94

func BenchmarkArticle(b *testing.B) {
	pages := loadBenchmark(b)
	var size int64
	for _, pg := range pages {
		size += int64(len(pg.html))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ResetTimer()
	i := 0
	for b.Loop() {
		pg := pages[i%len(pages)]
		i++
		if _, err := Article(pg.html, pg.url); err != nil && err != ErrNoText {
			b.Fatal(err)
		}
	}
}
