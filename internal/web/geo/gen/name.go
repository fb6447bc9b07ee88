package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// district is one outline named as the gazetteer names it. Also lists the
// gazetteer's districts that have no outline of their own but whose point
// lies inside this one (districts carved out since the outlines were
// drawn, city districts): the map draws this outline for them.
type district struct {
	name, province, source string
	also                   []string
	polys                  []polygon
}

// renamed gives the gazetteer's district for outlines whose geoBoundaries
// name neither matches the gazetteer's letter for letter nor by its
// consonants: the same district spelt another way, or named after its seat.
// Each pair was checked on the map (the gazetteer's point for the district
// lies in the outline). Keys are the geoBoundaries names.
var renamed = map[string]string{
	"Pachier Agam":          "Pachir Wa Agam",
	"Dand Patan":            "Dand Wa Patan",
	"Laja Ahmad Khail":      "Lazha Ahmad Khel",
	"Zadran":                "Wuza Zadran",
	"Qala Ka":               "Qala i Kah",
	"Tere Zayi":             "Tirzayi ( Ali Sher )",
	"Khost Wa Firing":       "Khost wa Feren",
	"Narang":                "Narang Wa Badil",
	"Shaygal wa shital":     "Shaygal Wa Shiltan",
	"Registan":              "Reg",
	"Kandahar":              "Kandahar City",
	"Dihrawud":              "Deh Rahwod",
	"Ghazni":                "Ghazni City",
	"Tirin Kot":             "Tarin Kowt",
	"Raghistan":             "Ragh",
	"Yaftal Sufla":          "Yaftali",
	"Shakardara":            "Shakardara Farza",
	"Bala Murghab":          "Murghab",
	"Gaiti":                 "Kiti",
	"Daulatshahi":           "Dawlat Shah",
	"Dashte Archi":          "Archi",
	"Hisa-i-Awali Kohistan": "Hesa Awal Kohistan", // consonants also fit "Hasa Awal Kohistan"
	"Dara":                  "Darah",
	"Unaba":                 "Anaba",
	"Khwaja Bahawuddin":     "Khwaja Baha",
	"Kuz Kunar":             "Kuz Kunar (Khewa)",
}

// report is what naming found, printed by the generator.
type report struct {
	exact, consonants, table int
	unmatched                []string // outlines keeping their geoBoundaries name
	also                     []string // gazetteer districts drawn with a bigger outline
	missing                  []string // gazetteer districts with no outline at all
}

func (r report) lines() []string {
	out := []string{fmt.Sprintf("gen: %d outlines named by spelling, %d by consonants, %d by the renamed table; %d keep their geoBoundaries name",
		r.exact, r.consonants, r.table, len(r.unmatched))}
	for _, u := range r.unmatched {
		out = append(out, "gen: unmatched outline: "+u)
	}
	out = append(out, fmt.Sprintf("gen: %d gazetteer districts without an outline of their own are drawn with the outline holding their point or spelt with the same consonants", len(r.also)))
	for _, a := range r.also {
		out = append(out, "gen: "+a)
	}
	for _, m := range r.missing {
		out = append(out, "gen: no outline: "+m)
	}
	return out
}

// name gives every outline its province (the province most gazetteer
// places inside it belong to) and its district name as the gazetteer
// spells it.
func name(shapes []shape, places []place) ([]district, report) {
	var rep report
	// The gazetteer's districts, by province.
	byProvince := make(map[string][]string)
	seen := make(map[[2]string]bool)
	for _, p := range places {
		k := [2]string{p.admin1, p.admin2}
		if p.admin1 == "" || p.admin2 == "" || seen[k] {
			continue
		}
		seen[k] = true
		byProvince[p.admin1] = append(byProvince[p.admin1], p.admin2)
	}
	used := make(map[[2]string]bool)
	out := make([]district, 0, len(shapes))
	for _, s := range shapes {
		d := district{name: s.name, source: s.name, polys: s.polys}
		provinces := provincesOf(s, places)
		d.province = provinces[0]
		found := false
		for _, prov := range provinces {
			n, how := matchName(s.name, byProvince[prov])
			if how == "" {
				continue
			}
			d.name, d.province, found = n, prov, true
			switch how {
			case "exact":
				rep.exact++
			case "consonants":
				rep.consonants++
			case "table":
				rep.table++
			}
			break
		}
		if !found {
			rep.unmatched = append(rep.unmatched, fmt.Sprintf("%s (%s)", s.name, d.province))
		}
		used[[2]string{d.province, d.name}] = true
		out = append(out, d)
	}
	// A gazetteer district no outline took is drawn with the outline its
	// point lies in, when that outline is in the same province.
	for _, p := range places {
		k := [2]string{p.admin1, p.admin2}
		if p.kind != "admin2" || used[k] {
			continue
		}
		used[k] = true
		i := containing(out, p.at)
		if i < 0 || out[i].province != p.admin1 {
			// Another spelling of an outline's district ("Gozara" for
			// "Guzara"), some without a position.
			i = sameConsonants(out, p.admin1, p.admin2)
		}
		if i < 0 {
			rep.missing = append(rep.missing, fmt.Sprintf("%s (%s)", p.admin2, p.admin1))
			continue
		}
		out[i].also = append(out[i].also, p.admin2)
		rep.also = append(rep.also, fmt.Sprintf("%s (%s) drawn as %s", p.admin2, p.admin1, out[i].name))
	}
	sort.Strings(rep.missing)
	return out, rep
}

// provincesOf lists the provinces of the gazetteer places inside s, most
// places first; when none lies inside, the province of the nearest
// district point.
func provincesOf(s shape, places []place) []string {
	votes := make(map[string]int)
	for _, p := range places {
		if inside(s.polys, p.at) {
			votes[p.admin1]++
		}
	}
	var out []string
	for prov := range votes {
		out = append(out, prov)
	}
	sort.Slice(out, func(i, j int) bool {
		if votes[out[i]] != votes[out[j]] {
			return votes[out[i]] > votes[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > 0 {
		return out
	}
	c := centre(s.polys)
	best, bestD := "", math.Inf(1)
	for _, p := range places {
		if p.kind != "admin2" {
			continue
		}
		if d := math.Hypot(p.at[0]-c[0], p.at[1]-c[1]); d < bestD {
			best, bestD = p.admin1, d
		}
	}
	return []string{best}
}

// matchName finds the gazetteer's spelling of an outline's name among a
// province's districts: letter for letter (after folding), by the renamed
// table, or by consonants when exactly one district has the same.
func matchName(src string, names []string) (string, string) {
	for _, n := range names {
		if match.Fold(n) == match.Fold(src) {
			return n, "exact"
		}
	}
	if want, ok := renamed[src]; ok && slices.Contains(names, want) {
		return want, "table"
	}
	var hits []string
	for _, form := range forms(src) {
		for _, n := range names {
			if consonants(n) == consonants(form) && !slices.Contains(hits, n) {
				hits = append(hits, n)
			}
		}
	}
	if len(hits) == 1 {
		return hits[0], "consonants"
	}
	return "", ""
}

// forms lists a name and, for "Tagab (Kishmi Bala)", each of its parts.
func forms(s string) []string {
	out := []string{s}
	if i := strings.IndexByte(s, '('); i > 0 {
		out = append(out, strings.TrimSpace(s[:i]), strings.Trim(s[i:], "() "))
	}
	return out
}

// consonants reduces a transliterated name to its first letter and its
// consonants, doubled ones once, so "Dih Bala" and "Deh Bala" agree.
func consonants(s string) string {
	var b []byte
	for _, r := range match.Fold(s) {
		if r < 'a' || r > 'z' {
			continue
		}
		c := byte(r)
		if len(b) > 0 && strings.IndexByte("aeiouy", c) >= 0 {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// sameConsonants is the index of the only district of the province whose
// name (the gazetteer's or geoBoundaries') has the same consonants as
// name, or -1.
func sameConsonants(ds []district, province, name string) int {
	found := -1
	for i, d := range ds {
		if d.province != province || (consonants(d.name) != consonants(name) && consonants(d.source) != consonants(name)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// containing is the index of the district whose outline holds pt, or -1.
func containing(ds []district, pt point) int {
	for i, d := range ds {
		if inside(d.polys, pt) {
			return i
		}
	}
	return -1
}

// inside reports whether pt lies in one of the polygons (in its outer ring
// and in none of its holes).
func inside(polys []polygon, pt point) bool {
	for _, p := range polys {
		if len(p) == 0 || !inRing(p[0], pt) {
			continue
		}
		hole := false
		for _, h := range p[1:] {
			hole = hole || inRing(h, pt)
		}
		if !hole {
			return true
		}
	}
	return false
}

// inRing is the even-odd test: a ray from pt crosses the ring an odd
// number of times when pt is inside.
func inRing(r ring, pt point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > pt[1]) != (b[1] > pt[1]) && pt[0] < (b[0]-a[0])*(pt[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

// centre is the middle of the polygons' bounding box.
func centre(polys []polygon) point {
	lo, hi := point{math.Inf(1), math.Inf(1)}, point{math.Inf(-1), math.Inf(-1)}
	for _, p := range polys {
		for _, r := range p {
			for _, q := range r {
				lo = point{math.Min(lo[0], q[0]), math.Min(lo[1], q[1])}
				hi = point{math.Max(hi[0], q[0]), math.Max(hi[1], q[1])}
			}
		}
	}
	return point{(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2}
}
