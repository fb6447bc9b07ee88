package places

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestPrecisionOfPoint checks that an event's geo precision says how well
// the gazetteer knows the point it stands at, not only how the text names
// the place: a town at the project's own reading of the map is "near" at
// best, and a place standing at its district's or province's point is as
// coarse as that unit.
func TestPrecisionOfPoint(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		phenomenon string
		text       string
		name       string
		position   Position
		precision  int
	}{
		{"GeoNames town", "A bomb went off outside a bank in Turbat on Sunday.", "Turbat", PosExact, 1},
		{"GeoNames town, near it", "A bomb went off on a road near Turbat on Sunday.", "Turbat", PosExact, 2},
		{"approximate town", "Gunmen set fire to a school in Tump on Sunday.", "Tump", PosApprox, 2},
		{"approximate town, near it", "Gunmen set fire to a school near Tump on Sunday.", "Tump", PosApprox, 2},
		{"approximate tehsil", "Troops raided a compound in Mir Ali tehsil.", "Mir Ali", PosApprox, 2},
		{"approximate area", "Militants blew up a rail track in the Bolan Pass.", "Bolan", PosApprox, 2},
		{"area at its district's headquarters", "Levies found a body in Wadh on Sunday.", "Wadh", PosDistrict, 3},
		{"Afghan district at its province's point", "Taliban fighters overran a checkpoint in Torghundi district of Herat province.", "Torghundi", PosProvince, 3},
	}
	for _, tt := range tests {
		t.Run(tt.phenomenon, func(t *testing.T) {
			loc, ok := g.Resolve(tt.text, g.Find(tt.text), "")
			if !ok || loc.Name != tt.name || loc.GeoPrecision != tt.precision {
				t.Fatalf("Resolve(%q) = %q precision %d, %v; want %q precision %d", tt.text, loc.Name, loc.GeoPrecision, ok, tt.name, tt.precision)
			}
			p := g.placeNamed(tt.name, loc.ISO3, loc.Admin1)
			if p == nil || p.Position != tt.position {
				t.Errorf("%s in %s: position %v, want %v", tt.name, loc.Admin1, p, tt.position)
			}
		})
	}
}

// placeNamed returns the non-administrative place or district of that name
// in the province, for tests.
func (g *Gazetteer) placeNamed(name, iso3, admin1 string) *Place {
	for i := range g.places {
		p := &g.places[i]
		if p.Name == name && p.ISO3 == iso3 && p.Admin1 == admin1 && p.Kind != "admin1" {
			return p
		}
	}
	return nil
}

// TestLoadPositions checks that the loader reads the position mark after a
// population, and reads a bare population as an exact point, as tables
// written before the mark existed have it.
func TestLoadPositions(t *testing.T) {
	countries := "PK\tPAK\tPakistan\t\tPakistani\t33.7\t73.0\n"
	rows := strings.Join([]string{
		"town\tExactville\t\tPK\tBalochistan\tKech\t\t26.0\t63.0\t500",
		"town\tRoughville\t\tPK\tBalochistan\tKech\t\t26.1\t63.1\t500/approx",
		"area\tHqville\t\tPK\tBalochistan\tKech\t\t26.0\t63.0\t0/district",
		"admin2\tProvinceville\t\tPK\tBalochistan\tProvinceville\t\t28.0\t66.0\t0/province",
	}, "\n")
	g, err := Load(strings.NewReader(countries), gzipped(rows))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Position{"Exactville": PosExact, "Roughville": PosApprox, "Hqville": PosDistrict, "Provinceville": PosProvince}
	for name, pos := range want {
		p := g.placeNamed(name, "PAK", "Balochistan")
		if p == nil || p.Position != pos || p.Population != map[string]int{"Exactville": 500, "Roughville": 500}[name] {
			t.Errorf("%s: %+v, want position %v", name, p, pos)
		}
	}
	_, err = Load(strings.NewReader(countries), gzipped("town\tX\t\tPK\t\t\t\t30\t70\t10/guess\n"))
	if err == nil || !strings.Contains(err.Error(), `unknown position mark "guess"`) {
		t.Errorf("Load with an unknown mark: %v", err)
	}
}

func gzipped(s string) *bytes.Reader {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return bytes.NewReader(b.Bytes())
}
