package main

import (
	"fmt"
	"log"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/match"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// readPakistanDistricts reads the project's table of Pakistan's districts,
// placing each at its headquarters town in GeoNames unless the row gives a
// position.
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
			if approximate(r[8]) {
				p.pos = posApprox
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

// approximate reports whether a table row's source says that its position
// is the team's own reading of public maps ("position approximate"), not a
// point a source gives.
func approximate(source string) bool {
	return strings.Contains(source, "approximate")
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
		// A point borrowed from the province says nothing of which
		// district a town lies in.
		if d.iso2 != c.iso2 || (sameAdmin1 && c.admin1 != "" && d.admin1 != c.admin1) || d.pos == posProvince {
			continue
		}
		if dist := vigil.DistanceKm(c.lat, c.lon, d.lat, d.lon); dist < bestD {
			best, bestD = d, dist
		}
	}
	return best
}

// readPakistanPlaces reads the project's table of Pakistani towns, tehsils
// and localities: new places, or spellings and districts for GeoNames ones.
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
			// stands at its district's headquarters, marked so that
			// Resolve gives it the district's precision.
			i := slices.IndexFunc(districts, func(d *place) bool { return d.name == admin2 && d.admin1 == admin1 })
			if i < 0 {
				return nil, fmt.Errorf("gen: %s: %s: no district %q in %s", path, name, admin2, admin1)
			}
			out = append(out, &place{kind: kind, name: name, aliases: aliases, iso2: "PK", admin1: admin1, admin2: admin2,
				admin3: admin3, lat: districts[i].lat, lon: districts[i].lon, pos: posDistrict})
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
		if approximate(r[9]) {
			p.pos = posApprox
		}
		out = append(out, p)
	}
	return out, nil
}

// farKm is how far from its district's headquarters an approximate
// position may plausibly lie: Pakistan's largest districts (Kech, Chagai,
// Khuzdar) reach further, so a position beyond it is a reading to check
// rather than an error.
const farKm = 60

// checkApprox lists the approximate Pakistani positions to check on a
// map: those farther than farKm from every headquarters of their district
// (a district carved out of it counts), and those nearer a town abroad than
// to any Pakistani town. Districts are measured only against the country.
func checkApprox(places, districts, cities []*place) []string {
	var out []string
	for _, p := range places {
		if p.iso2 != "PK" || p.pos != posApprox {
			continue
		}
		if p.kind != "admin2" && p.admin2 != "" {
			best, hq := math.Inf(1), ""
			for _, d := range districts {
				if d.admin1 == p.admin1 && d.admin2 == p.admin2 && d != p {
					if dist := vigil.DistanceKm(p.lat, p.lon, d.lat, d.lon); dist < best {
						best, hq = dist, d.name
					}
				}
			}
			if best > farKm {
				out = append(out, fmt.Sprintf("%s (%s): %.0f km from %s's headquarters", p.name, p.admin2, best, hq))
			}
		}
		if c := nearestTown(p, cities); c != nil && c.iso2 != "PK" {
			out = append(out, fmt.Sprintf("%s (%s): nearest town is %s, %s (%.0f km)", p.name, p.admin2, c.name, c.iso2, vigil.DistanceKm(p.lat, p.lon, c.lat, c.lon)))
		}
	}
	return out
}

// nearestTown returns the GeoNames town nearest to p, of any country.
func nearestTown(p *place, cities []*place) *place {
	var best *place
	bestD := math.Inf(1)
	for _, c := range cities {
		if dist := vigil.DistanceKm(p.lat, p.lon, c.lat, c.lon); dist < bestD {
			best, bestD = c, dist
		}
	}
	return best
}
