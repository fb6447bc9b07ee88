package places

import "strings"

// unitSuffixes are the unit words GeoNames appends to province names and
// ACLED leaves out: GeoNames' "Borno State", "Sagaing Region", "Valle del
// Cauca Department" are ACLED's "Borno", "Sagaing", "Valle del Cauca".
// "District", "Municipality", "City", "Territory" and "Republic" stay: for
// those the word is as often part of the name ACLED writes ("Federal
// Capital Territory", "Kyiv City").
var unitSuffixes = []string{"State", "Region", "Province", "Department", "Governorate", "Division", "Oblast", "County", "Krai", "Prefecture"}

// keepWhole are province names whose unit word is part of the name: without
// it they would be a bare adjective ("Free", "Capital").
var keepWhole = map[string]bool{
	"Free State": true, "Capital Region": true, "National Capital Region": true,
}

// acledSpellings are provinces ACLED spells otherwise than GeoNames, by
// ISO3 code and GeoNames' name.
var acledSpellings = map[provinceKey]string{
	{"SOM", "Banaadir"}:         "Banadir",
	{"SOM", "Hiiraan"}:          "Hiraan",
	{"SOM", "Lower Shabeelle"}:  "Lower Shabelle",
	{"SOM", "Middle Shabeelle"}: "Middle Shabelle",
}

// acledProvinces maps each province name of places to ACLED's name for it,
// for the names that differ: without GeoNames' unit word, or in ACLED's
// spelling. A name whose short form another province of its country
// already has keeps its unit word, so that two provinces never share a
// name ("Vientiane Prefecture" and "Vientiane Province").
func acledProvinces(places []Place) map[provinceKey]string {
	short := make(map[provinceKey]string)
	taken := make(map[provinceKey]int)
	for i := range places {
		p := &places[i]
		if p.Kind != "admin1" {
			continue
		}
		k := provinceKey{p.ISO3, p.Admin1}
		if _, seen := short[k]; seen {
			continue
		}
		s := acledProvince(p.ISO3, p.Admin1)
		short[k] = s
		taken[provinceKey{p.ISO3, s}]++
	}
	out := make(map[provinceKey]string)
	for k, s := range short {
		if s != k.admin1 && taken[provinceKey{k.iso3, s}] == 1 {
			out[k] = s
		}
	}
	return out
}

// acledProvince returns ACLED's name for province name of country iso3.
func acledProvince(iso3, name string) string {
	if s, ok := acledSpellings[provinceKey{iso3, name}]; ok {
		return s
	}
	if keepWhole[name] {
		return name
	}
	for _, suf := range unitSuffixes {
		if rest, ok := strings.CutSuffix(name, " "+suf); ok && rest != "" {
			return rest
		}
	}
	return name
}

// renameProvinces writes the provinces of places under ACLED's names.
func renameProvinces(places []Place, names map[provinceKey]string) {
	for i := range places {
		p := &places[i]
		if s, ok := names[provinceKey{p.ISO3, p.Admin1}]; ok {
			p.Admin1 = s
		}
	}
}
