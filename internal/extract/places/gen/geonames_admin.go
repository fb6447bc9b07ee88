package main

import (
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// geonamesAdmin2 makes districts of GeoNames' admin2 of one country, each at
// its seat (or its most populous town), and names the towns' districts.
// GeoNames' "Province of Sulu" and "Nilphamari Zila" are written as the
// press writes them, "Sulu" and "Nilphamari".
func geonamesAdmin2(cities []*place, a2names map[string]string, iso2 string) []*place {
	type agg struct {
		code string
		seat *place
	}
	groups := make(map[string]*agg)
	var order []string
	for _, c := range cities {
		if c.iso2 != iso2 || c.a2code == "" {
			continue
		}
		code := iso2 + "." + c.a1code + "." + c.a2code
		n, ok := a2names[code]
		if !ok {
			continue
		}
		c.admin2 = trimAdminSuffix(strings.TrimSuffix(strings.TrimPrefix(ascii(n), "Province of "), " Zila"))
		g, ok := groups[code]
		if !ok {
			g = &agg{code: code}
			groups[code] = g
			order = append(order, code)
		}
		if g.seat == nil || (c.feature == "PPLA2" && g.seat.feature != "PPLA2") ||
			(c.feature == g.seat.feature && c.pop > g.seat.pop) {
			g.seat = c
		}
	}
	var out []*place
	for _, code := range order {
		g := groups[code]
		out = append(out, &place{kind: "admin2", name: g.seat.admin2, iso2: iso2, admin1: g.seat.admin1, admin2: g.seat.admin2,
			lat: g.seat.lat, lon: g.seat.lon})
	}
	return out
}

// adminOnes makes a place for every province that has towns, at its capital
// (or its most populous town).
func adminOnes(cities []*place, idx cityIndex, admin1 map[string]admin1Row, a1names map[string]string) []*place {
	type agg struct {
		p    *place
		best *place
	}
	groups := make(map[string]*agg)
	var order []string
	for _, c := range cities {
		if c.a1code == "" || c.admin1 == "" {
			continue
		}
		key := c.iso2 + "." + c.a1code
		g, ok := groups[key]
		if !ok {
			p := &place{kind: "admin1", name: c.admin1, iso2: c.iso2, admin1: c.admin1}
			if a, ok := admin1[key]; ok {
				p.aliases = a.aliases
				if n := a1names[key]; n != "" && match.Fold(n) != match.Fold(p.name) {
					p.aliases = append(p.aliases, n)
				}
			}
			g = &agg{p: p}
			groups[key] = g
			order = append(order, key)
		}
		g.p.pop += c.pop
		if g.best == nil || rank(c) > rank(g.best) {
			g.best = c
		}
	}
	// The same province can come under two codes (Pakistan's former FATA):
	// keep one place per name.
	seen := make(map[string]*place)
	var out []*place
	for _, key := range order {
		g := groups[key]
		if a, ok := admin1[key]; ok && a.capital != "" {
			if cap := idx.find(g.p.iso2, "", a.capital); cap != nil {
				g.best = cap
			}
		}
		g.p.lat, g.p.lon = g.best.lat, g.best.lon
		g.p.aliases = append(g.p.aliases, withoutUnit(g.p.name, g.p.aliases)...)
		if first, ok := seen[g.p.iso2+g.p.name]; ok {
			first.aliases = append(first.aliases, g.p.aliases...)
			first.pop += g.p.pop
			continue
		}
		seen[g.p.iso2+g.p.name] = g.p
		out = append(out, g.p)
	}
	// A code without towns of its own (Pakistan's former FATA) still lends
	// its other names to the province of the same name.
	keys := make([]string, 0, len(admin1))
	for key := range admin1 {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for _, key := range keys {
		a := admin1[key]
		if _, ok := groups[key]; ok {
			continue
		}
		if p, ok := seen[key[:2]+a.name]; ok {
			p.aliases = append(p.aliases, a.aliases...)
		}
	}
	return out
}

func rank(c *place) int {
	switch c.feature {
	case "PPLC":
		return 1 << 40
	case "PPLA":
		return 1<<39 + c.pop
	}
	return c.pop
}

// unitWords end a province's GeoNames name where the press often leaves
// them out: "Zamfara State" is "Zamfara", "Abyan Governorate" "Abyan".
var unitWords = []string{" State", " Region", " Governorate", " Province", " Prefecture", " Department"}

// plainWords are what some provinces' names become without their unit,
// words the text uses otherwise ("Plateau State" is not every plateau,
// "Central Region" not everything central), or names better known
// elsewhere (Mozambique's "Gaza Province", Iran's "Kurdistan Province"):
// such a province keeps its unit.
var plainWords = map[string]bool{"free": true, "central": true, "plateau": true, "rivers": true, "delta": true,
	"unity": true, "lakes": true, "capital": true, "coast": true, "north": true, "south": true, "east": true,
	"west": true, "northern": true, "southern": true, "eastern": true, "western": true, "upper": true,
	"lower": true, "island": true, "islands": true, "mountain": true, "highlands": true, "lake": true, "river": true,
	"chin": true, "shan": true, "mon": true, "niger": true, "kurdistan": true, "gaza": true}

// allPlain reports whether every word of name is a plain word ("North
// Central", "Western").
func allPlain(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !plainWords[w] {
			return false
		}
	}
	return true
}

// withoutUnit returns the province's name without its unit word, when
// that leaves a name of its own that name and aliases do not already
// hold.
func withoutUnit(name string, aliases []string) []string {
	for _, u := range unitWords {
		rest, ok := strings.CutSuffix(name, u)
		if !ok || len([]rune(rest)) < 4 || !startsUpper(rest) {
			continue
		}
		if allPlain(rest) {
			return nil
		}
		for _, a := range aliases {
			if match.Fold(a) == match.Fold(rest) {
				return nil
			}
		}
		return []string{rest}
	}
	return nil
}
