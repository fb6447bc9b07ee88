package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLatinAliases(t *testing.T) {
	got := latinAliases("Fort Abbas", []string{"Fort Abbas", "Abbas", "Fort Abbās", "FTA", "فورٹ عباس", "fort abbas", "Fortabbas", "ba li", "Fort-Abbas City"})
	want := []string{"Fortabbas", "Fort-Abbas City"}
	if !slices.Equal(got, want) {
		t.Errorf("latinAliases = %q, want %q", got, want)
	}
}

func TestWithoutArticle(t *testing.T) {
	tests := []struct {
		name    string
		aliases []string
		want    []string
	}{
		{"Al Hillah", nil, []string{"Hillah"}},
		{"Ar-Raqqah", []string{"Raqqa"}, []string{"Raqqah"}},
		{"Al Fallujah", []string{"Fallujah"}, nil}, // already listed
		{"Al Kut", nil, nil},                       // too short to stand alone
		{"El Oued", nil, nil},                      // the Maghreb's "El" stays
		{"Alhambra", nil, nil},                     // no article
	}
	for _, tt := range tests {
		if got := withoutArticle(tt.name, tt.aliases); !slices.Equal(got, tt.want) {
			t.Errorf("withoutArticle(%q, %q) = %q, want %q", tt.name, tt.aliases, got, tt.want)
		}
	}
}

func TestShortForms(t *testing.T) {
	tests := []struct {
		name    string
		aliases []string
		want    []string
	}{
		{"Hanau am Main", nil, []string{"Hanau"}},
		{"Halle (Saale)", nil, []string{"Halle"}},
		{"Newcastle upon Tyne", nil, []string{"Newcastle"}},
		{"Southend-on-Sea", nil, []string{"Southend"}},
		{"Freiburg im Breisgau", []string{"Freiburg"}, nil}, // already listed
		{"Bad Homburg vor der Hoehe", nil, nil},             // no qualifier vigil knows
		{"Rio de Janeiro", nil, nil},                        // "de" is part of the name
		{"Ulm (Donau)", nil, nil},                           // too short to stand alone
		{"Sankt Georgen im Schwarzwald", nil, nil},          // the head is two words
	}
	for _, tt := range tests {
		if got := shortForms(tt.name, tt.aliases); !slices.Equal(got, tt.want) {
			t.Errorf("shortForms(%q, %q) = %q, want %q", tt.name, tt.aliases, got, tt.want)
		}
	}
}

func TestWithoutCity(t *testing.T) {
	tests := []struct {
		name    string
		aliases []string
		want    []string
	}{
		{"Marawi City", nil, []string{"Marawi"}},
		{"Iligan City", []string{"Iligan"}, nil}, // already listed
		{"Bago City", nil, nil},                  // too short to stand alone
		{"Lapu-Lapu City", nil, nil},             // not one word
		{"Quezon", nil, nil},                     // no " City"
	}
	for _, tt := range tests {
		if got := withoutCity(tt.name, tt.aliases); !slices.Equal(got, tt.want) {
			t.Errorf("withoutCity(%q, %q) = %q, want %q", tt.name, tt.aliases, got, tt.want)
		}
	}
}

func TestSaintForms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Saint Petersburg", []string{"St. Petersburg", "St Petersburg"}},
		{"St. Charles", []string{"Saint Charles", "St Charles"}},
		{"Stockholm", nil},
	}
	for _, tt := range tests {
		got := saintForms(tt.name, nil)
		// Folding may treat "St." and "St" alike; every form returned
		// must be one of the wanted ones, and one at least must come.
		for _, g := range got {
			if !slices.Contains(tt.want, g) {
				t.Errorf("saintForms(%q) gave %q, want only %q", tt.name, g, tt.want)
			}
		}
		if len(tt.want) > 0 && len(got) == 0 {
			t.Errorf("saintForms(%q) gave nothing, want %q", tt.name, tt.want)
		}
	}
}

func TestASCII(t *testing.T) {
	tests := map[string]string{"Khuzdār": "Khuzdar", "Mīrān Shāh": "Miran Shah", "Pul-e ‘Alam": "Pul-e 'Alam", "Kabul": "Kabul", "Ürümqi": "Urumqi"}
	for in, want := range tests {
		if got := ascii(in); got != want {
			t.Errorf("ascii(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrimAdminSuffix(t *testing.T) {
	tests := map[string]string{"Kech District": "Kech", "Khyber Agency": "Khyber", "Tank Frontier Region": "Tank", "Swat": "Swat"}
	for in, want := range tests {
		if got := trimAdminSuffix(in); got != want {
			t.Errorf("trimAdminSuffix(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadTSV(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	os.WriteFile(good, []byte("# comment\n\na\tb\tc\n"), 0o644)
	rows, err := readTSV(good, 3)
	if err != nil || len(rows) != 1 || rows[0][2] != "c" {
		t.Errorf("readTSV = %q, %v", rows, err)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("a\tb\tc\na\tb\n"), 0o644)
	if _, err := readTSV(bad, 3); err == nil || !strings.Contains(err.Error(), "bad.tsv:2: 2 fields, want 3") {
		t.Errorf("readTSV on a short row: %v", err)
	}
	if _, err := readTSV(filepath.Join(dir, "missing.tsv"), 3); err == nil {
		t.Error("readTSV on a missing file: no error")
	}
}

// TestProjectTables checks that the project's own tables parse with the
// number of fields the generator expects, so a bad edit fails here rather
// than at the next regeneration.
func TestProjectTables(t *testing.T) {
	src := filepath.Join("..", "data", "src")
	for name, n := range map[string]int{"admin1.tsv": 6, "countries.tsv": 5, "pakistan-districts.tsv": 9, "pakistan-places.tsv": 10, "aliases.tsv": 6} {
		rows, err := readTSV(filepath.Join(src, name), n)
		if err != nil {
			t.Error(err)
			continue
		}
		for i, r := range rows {
			for j, f := range r {
				if f != strings.TrimSpace(f) {
					t.Errorf("%s row %d field %d has stray spaces: %q", name, i+1, j+1, f)
				}
			}
		}
	}
	stop, err := readStoplist(filepath.Join(src, "stoplist.txt"))
	if err != nil || !stop["khan"] || !stop["police"] {
		t.Errorf("stoplist: %v (khan %v, police %v)", err, stop["khan"], stop["police"])
	}
}

func TestFilterStop(t *testing.T) {
	in := []*place{
		{name: "Police", kind: "town"},
		{name: "Bar", aliases: []string{"Bar City"}, kind: "town"},
		{name: "Quetta", aliases: []string{"Khan"}, kind: "city"},
	}
	out := filterStop(in, map[string]bool{"police": true, "bar": true, "khan": true})
	if len(out) != 2 || out[0].name != "Bar City" || out[1].name != "Quetta" || len(out[1].aliases) != 0 {
		t.Errorf("filterStop kept %+v %+v", out[0], out[1])
	}
}

func TestAfghanDistrictName(t *testing.T) {
	for name, want := range map[string]bool{
		"Achin": true, "Spin Boldak": true, "Dasht-e-Barchi": true, "Khost (Matoon)": true,
		"PD 7": false, "District 6": false, "5th City District.": false, "N/ A": false, "Provincial": false,
		"Center of Khost": false, "Chal  ahib": false, "1 PD": false, "Markaz-e-Shahr": false,
	} {
		if got := afghanDistrictName(name); got != want {
			t.Errorf("afghanDistrictName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestReadAfghanDistricts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "districts.json")
	json := `[{"name": "Khost", "latitude": "33.33", "longitude": "69.92", "districts": [
		{"name": "Sabari", "latitude": "33.40", "longitude": "70.01"},
		{"name": "Dowa Menda", "latitude": "0", "longitude": "0"},
		{"name": "PD 2", "latitude": "33.30", "longitude": "69.90"}]},
		{"name": "Paktya", "latitude": "33.62", "longitude": "69.11", "districts": [
		{"name": "Barmal", "latitude": "32.72", "longitude": "69.21"}]}]`
	if err := os.WriteFile(path, []byte(json), 0o644); err != nil {
		t.Fatal(err)
	}
	admin1 := map[string]admin1Row{"AF.37": {name: "Khost"}, "AF.36": {name: "Paktya"}}
	got, err := readAfghanDistricts(path, admin1)
	if err != nil {
		t.Fatalf("readAfghanDistricts: %v", err)
	}
	want := []place{
		{kind: "admin2", name: "Sabari", iso2: "AF", admin1: "Khost", admin2: "Sabari", lat: 33.40, lon: 70.01},
		// Listed without a point: the province's, not the sea off Africa.
		{kind: "admin2", name: "Dowa Menda", iso2: "AF", admin1: "Khost", admin2: "Dowa Menda", lat: 33.33, lon: 69.92, pos: posProvince},
		// Listed under Paktya, held by Paktika.
		{kind: "admin2", name: "Barmal", iso2: "AF", admin1: "Paktika", admin2: "Barmal", lat: 32.72, lon: 69.21},
	}
	if len(got) != len(want) {
		t.Fatalf("readAfghanDistricts gave %d districts, want %d", len(got), len(want))
	}
	for i := range want {
		g := *got[i]
		if g.name != want[i].name || g.admin1 != want[i].admin1 || g.lat != want[i].lat || g.lon != want[i].lon || g.pos != want[i].pos {
			t.Errorf("district %d = %+v, want %+v", i, g, want[i])
		}
	}
}

// TestAtProvinceSeat checks that a district without a point of its own
// stands at its province's most populous town, and one with a point keeps
// it.
func TestAtProvinceSeat(t *testing.T) {
	borrowed := &place{kind: "admin2", name: "Herat City", iso2: "AF", admin1: "Herat", lat: 34.23, lon: 61.38, pos: posProvince}
	own := &place{kind: "admin2", name: "Ghoryan", iso2: "AF", admin1: "Herat", lat: 34.34, lon: 61.47}
	noSeat := &place{kind: "admin2", name: "Anaba", iso2: "AF", admin1: "Panjshir", lat: 35.49, lon: 69.49, pos: posProvince}
	cities := []*place{
		{kind: "town", name: "Karukh", iso2: "AF", admin1: "Herat", lat: 34.48, lon: 62.59, pop: 15000},
		{kind: "city", name: "Herat", iso2: "AF", admin1: "Herat", lat: 34.35, lon: 62.20, pop: 270000},
		{kind: "city", name: "Mashhad", iso2: "IR", admin1: "Herat", lat: 36.30, lon: 59.60, pop: 2300000},
	}
	atProvinceSeat([]*place{borrowed, own, noSeat}, cities)
	if borrowed.lat != 34.35 || borrowed.lon != 62.20 || borrowed.pos != posProvince {
		t.Errorf("borrowed point = %v,%v (%s), want Herat's 34.35,62.20, still marked as the province's", borrowed.lat, borrowed.lon, borrowed.pos)
	}
	if own.lat != 34.34 || own.lon != 61.47 {
		t.Errorf("a district's own point moved to %v,%v", own.lat, own.lon)
	}
	if noSeat.lat != 35.49 || noSeat.lon != 69.49 {
		t.Errorf("a province with no town moved its point to %v,%v", noSeat.lat, noSeat.lon)
	}
}

// TestAliasesPickNamesake checks that a row naming one of two namesake
// districts by its province renames that one and its towns only, and that
// the renamed district no longer answers to the shared name.
func TestAliasesPickNamesake(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aliases.tsv")
	row := "IN\tadmin2\tKarnataka/Bijapur\t\tVijayapura\ttest\n"
	if err := os.WriteFile(path, []byte(row), 0o644); err != nil {
		t.Fatal(err)
	}
	ka := &place{kind: "admin2", name: "Bijapur", iso2: "IN", admin1: "Karnataka", admin2: "Bijapur"}
	ch := &place{kind: "admin2", name: "Bijapur", iso2: "IN", admin1: "Chhattisgarh", admin2: "Bijapur"}
	town := &place{kind: "town", name: "Indi", iso2: "IN", admin1: "Karnataka", admin2: "Bijapur"}
	chTown := &place{kind: "town", name: "Bhairamgarh", iso2: "IN", admin1: "Chhattisgarh", admin2: "Bijapur"}
	if err := addAliases(path, []*place{ka, ch, town, chTown}); err != nil {
		t.Fatal(err)
	}
	if ka.name != "Vijayapura" || len(ka.aliases) != 0 || town.admin2 != "Vijayapura" {
		t.Errorf("Karnataka's district = %q %v, its town's district %q; want Vijayapura, no alias, Vijayapura", ka.name, ka.aliases, town.admin2)
	}
	if ch.name != "Bijapur" || chTown.admin2 != "Bijapur" {
		t.Errorf("Chhattisgarh's district = %q, its town's %q; want Bijapur", ch.name, chTown.admin2)
	}
	// A province that holds no such place fails, as any stale row does.
	row = "IN\tadmin2\tKerala/Bijapur\t\tVijayapura\ttest\n"
	if err := os.WriteFile(path, []byte(row), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := addAliases(path, []*place{ch}); err == nil {
		t.Error("a row naming no place: no error")
	}
}

// TestPakistanPositions checks that the project's rows mark the positions
// they give as approximate when their source says so, that an area without
// a position borrows its district's and says so, and that a GeoNames town
// a row completes keeps GeoNames' exact point.
func TestPakistanPositions(t *testing.T) {
	dir := t.TempDir()
	districts := filepath.Join(dir, "districts.tsv")
	os.WriteFile(districts, []byte("admin2\tKech\t\tBalochistan\tKech\tTurbat\t\t\tcensus list\n"+
		"admin2\tSherani\t\tBalochistan\tSherani\t\t31.55\t69.85\tcensus list; position approximate\n"), 0o644)
	turbat := &place{kind: "city", name: "Turbat", iso2: "PK", admin1: "Balochistan", lat: 26.0012, lon: 63.0485}
	idx := indexCities([]*place{turbat})
	ds, err := readPakistanDistricts(districts, idx)
	if err != nil {
		t.Fatal(err)
	}
	if ds[0].pos != "" || ds[1].pos != posApprox {
		t.Errorf("district positions %q %q, want exact (its headquarters in GeoNames) and approx", ds[0].pos, ds[1].pos)
	}
	places := filepath.Join(dir, "places.tsv")
	os.WriteFile(places, []byte("town\tTump\t\tBalochistan\tKech\tTump\t26.12\t62.37\t10000\ttehsil list; position approximate\n"+
		"area\tGomazi\t\tBalochistan\tKech\t\t\t\t\tdistrict profile; position that of the district headquarters\n"+
		"alias\tTurbat\tKech Turbat\tBalochistan\tKech\t\t\t\t\tGeoNames place\n"), 0o644)
	ps, err := readPakistanPlaces(places, idx, ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].pos != posApprox || ps[1].pos != posDistrict || ps[1].lat != turbat.lat || turbat.pos != "" {
		t.Errorf("places %+v %+v, Turbat %+v: want Tump approx, Gomazi at Turbat's point, Turbat exact", ps[0], ps[1], turbat)
	}
}

// TestCheckApprox checks which approximate positions the generator asks to
// check: one far from its district's headquarters, one nearer a town
// abroad, and not one close to home.
func TestCheckApprox(t *testing.T) {
	kech := &place{kind: "admin2", name: "Kech", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.00, lon: 63.05}
	cities := []*place{
		{kind: "city", name: "Turbat", iso2: "PK", lat: 26.00, lon: 63.05},
		{kind: "town", name: "Mand", iso2: "PK", lat: 26.08, lon: 61.97},
		{kind: "town", name: "Pishin", iso2: "IR", lat: 26.08, lon: 61.75},
	}
	near := &place{kind: "town", name: "Near", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.10, lon: 63.20, pos: posApprox}
	far := &place{kind: "town", name: "Far", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.10, lon: 62.00, pos: posApprox}
	abroad := &place{kind: "town", name: "Abroad", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.08, lon: 61.70, pos: posApprox}
	exact := &place{kind: "town", name: "Exact", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.10, lon: 62.00}
	got := checkApprox([]*place{kech, near, far, abroad, exact}, []*place{kech}, cities)
	want := []string{
		"Far (Kech): 105 km from Kech's headquarters",
		"Abroad (Kech): 135 km from Kech's headquarters",
		"Abroad (Kech): nearest town is Pishin, IR (5 km)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("checkApprox = %q, want %q", got, want)
	}
}

func TestWritePositionMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "places.tsv.gz")
	err := writePlaces(path, []*place{
		{kind: "town", name: "Tump", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.12, lon: 62.37, pop: 10000, pos: posApprox},
		{kind: "city", name: "Turbat", iso2: "PK", admin1: "Balochistan", admin2: "Kech", lat: 26.0012, lon: 63.0485, pop: 213557},
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(b); !strings.Contains(s, "\t26.1200\t62.3700\t10000/approx\n") || !strings.Contains(s, "\t63.0485\t213557\n") {
		t.Errorf("written table:\n%s", s)
	}
}
