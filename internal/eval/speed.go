package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Speed is the single-goroutine throughput of an extractor over one set of
// texts.
type Speed struct {
	Name    string
	Docs    int
	Bytes   int64
	Elapsed time.Duration
}

// DocsPerSec is documents extracted per second.
func (s Speed) DocsPerSec() float64 { return float64(s.Docs) / s.Elapsed.Seconds() }

// MBPerSec is megabytes (10^6 bytes) of text extracted per second.
func (s Speed) MBPerSec() float64 { return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds() }

// Measure extracts every text, one after the other on the calling
// goroutine, in Passes passes, and keeps the fastest pass: other work on a
// shared machine only ever slows a pass down, so the fastest is the closest
// to what the extractor costs. GOMAXPROCS is set to 1 for the duration so
// the garbage collector does not borrow idle cores and flatter the figure. It is not
// safe to call concurrently with other work that depends on GOMAXPROCS.
func Measure(name string, x vigil.Extractor, texts []string) Speed {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	s := Speed{Name: name, Docs: len(texts)}
	for _, t := range texts {
		s.Bytes += int64(len(t))
	}
	for pass := 0; pass < Passes; pass++ {
		start := time.Now()
		for _, t := range texts {
			x.Extract(t, time.Time{}, "")
		}
		if d := time.Since(start); pass == 0 || d < s.Elapsed {
			s.Elapsed = d
		}
	}
	return s
}

// Passes is how many times Measure extracts each set.
const Passes = 3

// Texts returns the texts of rows.
func Texts(rows []Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Text
	}
	return out
}

// BoilerplateTexts reads the gold article bodies of the article-extraction
// benchmark (ground-truth.json: {id: {"articleBody", "url"}}), in id order.
func BoilerplateTexts(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: read %s: %w", path, err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	texts := make([]string, len(ids))
	for i, id := range ids {
		texts[i] = gt[id].ArticleBody
	}
	return texts, nil
}
