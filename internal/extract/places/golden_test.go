package places

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenLine is what the golden file records for one line of the article:
// the names found and the location Resolve picks with Pakistan as the hint.
type goldenLine struct {
	Text     string   `json:"text"`
	Names    []string `json:"names"`
	Location string   `json:"location"`
}

// TestGoldenArticle runs Find and Resolve over each line of an article the
// project wrote, comparing with testdata/article.golden.json (regenerate
// with go test -run TestGoldenArticle -update after checking the diff).
func TestGoldenArticle(t *testing.T) {
	g := mustDefault(t)
	b, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []goldenLine
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		gl := goldenLine{Text: line, Names: []string{}}
		ms := g.Find(line)
		for _, m := range ms {
			gl.Names = append(gl.Names, m.Text)
		}
		if loc, ok := g.Resolve(line, ms, "Pakistan"); ok {
			gl.Location = strings.Join([]string{loc.Country, loc.Admin1, loc.Admin2, loc.Name, string(rune('0' + loc.GeoPrecision))}, " / ")
		}
		got = append(got, gl)
	}
	out, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "article.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(out)) {
		t.Errorf("Find/Resolve output differs from %s:\n%s", golden, out)
	}
}
