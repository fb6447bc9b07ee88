package main

import (
	"fmt"
	"log"
	"strconv"
	"strings"
	"unicode"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// misfiled are districts the district points list under another province
// than the one that holds them, by "province/district" as listed: the
// right province, as the Afghan government's district list and the
// district's own point (32.72N 69.21E for Barmal, in Paktika) give it.
var misfiled = map[string]string{"Paktya/Barmal": "Paktika"}

// cityParts are places the district points list as districts that lie
// inside one district of ACLED's boundary set (the 398 districts of the
// Afghan government's list, as geoBoundaries draws them): Kabul's new
// districts carved from the city. ACLED codes their events to the city's
// district, so they become areas of it, at their own point.
var cityParts = map[string]string{"Kabul/Dasht-e-Barchi": "Kabul", "Kabul/Darulaman": "Kabul"}

// readAfghanDistricts reads the Afghan district points of the shared folder,
// naming each province as admin1.tsv spells it.
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
			// A district listed without a point (0, 0 is in the Gulf of
			// Guinea) takes its province's: the right province, at a
			// district's precision, beats a point at sea.
			pos := ""
			if lat == 0 && lon == 0 {
				pos = posProvince
				if lat, err1 = strconv.ParseFloat(prov.Latitude, 64); err1 == nil {
					lon, err2 = strconv.ParseFloat(prov.Longitude, 64)
				}
				if err1 != nil || err2 != nil || lat == 0 && lon == 0 {
					return nil, fmt.Errorf("gen: %s: district %s: no position, nor has province %s", path, d.Name, prov.Name)
				}
			}
			province := name
			if right, ok := misfiled[name+"/"+d.Name]; ok {
				province = right
			}
			if parent, ok := cityParts[name+"/"+d.Name]; ok {
				out = append(out, &place{kind: "area", name: d.Name, iso2: "AF", admin1: province, admin2: parent, lat: lat, lon: lon, pos: pos})
				continue
			}
			out = append(out, &place{kind: "admin2", name: d.Name, iso2: "AF", admin1: province, admin2: d.Name, lat: lat, lon: lon, pos: pos})
		}
	}
	return out, nil
}

// atProvinceSeat moves the districts the district points list without a
// point of their own (posProvince) from the list's province point, which
// for some provinces lies far from any town (Herat's is 75 km west of the
// city, Helmand's 250 km west of Lashkar Gah), to the province's most
// populous GeoNames town: its seat.
func atProvinceSeat(districts, cities []*place) {
	seat := map[string]*place{}
	for _, c := range cities {
		if c.iso2 == "AF" && c.admin1 != "" && (seat[c.admin1] == nil || c.pop > seat[c.admin1].pop) {
			seat[c.admin1] = c
		}
	}
	for _, d := range districts {
		if s := seat[d.admin1]; d.pos == posProvince && s != nil {
			d.lat, d.lon = s.lat, s.lon
		}
	}
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
