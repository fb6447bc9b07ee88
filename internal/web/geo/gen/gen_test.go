package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-osint/vigil/internal/shareddata"
)

func TestMatchName(t *testing.T) {
	nangarhar := []string{"Dih Bala", "Achin", "Pachir Wa Agam", "Kuz Kunar (Khewa)", "Khewa", "Sherzad"}
	for _, tc := range []struct{ src, want, how string }{
		{"Achin", "Achin", "exact"},
		{"ACHIN", "Achin", "exact"},
		{"Deh Bala", "Dih Bala", "consonants"},
		{"Shirzad", "Sherzad", "consonants"},
		{"Pachier Agam", "Pachir Wa Agam", "table"},
		{"Kuz Kunar", "Kuz Kunar (Khewa)", "table"},
		{"Acheen", "Achin", "consonants"},
		{"Lal Por", "", ""},                    // in Nangarhar, but not among these names
		{"Registan", "", ""},                   // the table's name is not in this province
		{"Khewa (Kuz)", "Khewa", "consonants"}, // a part in parentheses matches
	} {
		got, how := matchName(tc.src, nangarhar)
		if got != tc.want || how != tc.how {
			t.Errorf("matchName(%q) = %q by %q; want %q by %q", tc.src, got, how, tc.want, tc.how)
		}
	}
}

func TestConsonants(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Deh Bala", "Dih Bala"},
		{"Koshki Kohna", "Kushki Kuhna"},
		{"Mosa Khail", "Musa Khel"},
		{"Ishkashiem", "Ishkashim"},
	} {
		if consonants(tc.a) != consonants(tc.b) {
			t.Errorf("consonants(%q) = %q, consonants(%q) = %q; want equal", tc.a, consonants(tc.a), tc.b, consonants(tc.b))
		}
	}
	if consonants("Achin") == consonants("Chak") {
		t.Errorf("Achin and Chak share consonants %q", consonants("Achin"))
	}
}

func TestInside(t *testing.T) {
	// A square with a square hole.
	sq := func(lo, hi float64) ring { return ring{{lo, lo}, {hi, lo}, {hi, hi}, {lo, hi}, {lo, lo}} }
	polys := []polygon{{sq(0, 10), sq(4, 6)}}
	for _, tc := range []struct {
		pt   point
		want bool
	}{{point{1, 1}, true}, {point{5, 5}, false}, {point{11, 5}, false}, {point{9.9, 3}, true}} {
		if got := inside(polys, tc.pt); got != tc.want {
			t.Errorf("inside(%v) = %v, want %v", tc.pt, got, tc.want)
		}
	}
}

func TestSimplify(t *testing.T) {
	// A square whose edges carry small wiggles: the wiggles go, the corners stay.
	r := ring{{0, 0}, {0.5, 0.001}, {1, 0}, {1.001, 0.5}, {1, 1}, {0.5, 0.999}, {0, 1}, {-0.001, 0.5}, {0, 0}}
	got := simplify(r, 0.01)
	want := ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}
	if len(got) != len(want) {
		t.Fatalf("simplify = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("simplify = %v, want %v", got, want)
			break
		}
	}
	if got := simplify(r, 0.0001); len(got) != len(r) {
		t.Errorf("a tolerance below the wiggles kept %d of %d points", len(got), len(r))
	}
}

// TestTopoJSON decodes what topoJSON writes and finds the corners of the
// district it was given, within the quantum.
func TestTopoJSON(t *testing.T) {
	d := district{name: "Achin", province: "Nangarhar", source: "Acheen", polys: []polygon{{
		ring{{70.5, 34.0}, {70.8, 34.0}, {70.8, 34.2}, {70.5, 34.2}, {70.5, 34.0}}}}}
	data, err := topoJSON([]district{d}, 0.004)
	if err != nil {
		t.Fatal(err)
	}
	var topo topology
	if err := json.Unmarshal(data, &topo); err != nil {
		t.Fatal(err)
	}
	g := topo.Objects["districts"].Geometries
	if len(g) != 1 || g[0].Properties.Name != "Achin" || g[0].Properties.Province != "Nangarhar" || g[0].Properties.Source != "Acheen" {
		t.Fatalf("geometries %+v", g)
	}
	arc := topo.Arcs[g[0].Arcs[0][0][0]]
	var x, y int
	var pts []point
	for _, dp := range arc {
		x, y = x+dp[0], y+dp[1]
		pts = append(pts, point{float64(x)*topo.Transform.Scale[0] + topo.Transform.Translate[0], float64(y)*topo.Transform.Scale[1] + topo.Transform.Translate[1]})
	}
	if len(pts) != 5 {
		t.Fatalf("decoded ring %v, want the 5 corners", pts)
	}
	for i, p := range pts {
		w := d.polys[0][0][i]
		if abs(p[0]-w[0]) > quantum || abs(p[1]-w[1]) > quantum {
			t.Errorf("corner %d decoded as %v, want %v", i, p, w)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// TestCommittedFileIsCurrent regenerates the outlines from the shared
// source and the gazetteer and compares them with the committed file, so
// a gazetteer change that renames a district cannot leave the map stale.
func TestCommittedFileIsCurrent(t *testing.T) {
	src, ok := shareddata.Path("gazetteer/geoBoundaries-AFG-ADM2_simplified.geojson")
	if !ok {
		t.Skip("shared gazetteer absent: the geoBoundaries outlines are needed to regenerate")
	}
	root := filepath.Join("..", "..", "..", "..")
	log.SetOutput(io.Discard) // the naming report; TestMatchName covers naming
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	out := filepath.Join(t.TempDir(), "districts.json")
	if err := run(src, filepath.Join(root, "internal/extract/places/data/places.tsv.gz"), out, 0.004); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "internal/web/static/geo/afghanistan-districts.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("internal/web/static/geo/afghanistan-districts.json is stale (%d bytes, regenerated %d): run the generator (see static/geo/README.md)", len(want), len(got))
	}
	if len(want) > 400_000 {
		t.Errorf("the outlines take %d bytes; keep them under 400 KB (raise the tolerance)", len(want))
	}
}
