package places

import "testing"

// TestACLEDProvinceNames checks that provinces come out under ACLED's
// names: GeoNames' unit word dropped where ACLED drops it, kept where it is
// part of the name or where two provinces would otherwise share one.
func TestACLEDProvinceNames(t *testing.T) {
	for _, tt := range []struct{ iso3, name, want string }{
		{"NGA", "Kaduna State", "Kaduna"},
		{"MMR", "Chin State", "Chin"},
		{"MMR", "Magway Region", "Magway"},
		{"COL", "Cauca Department", "Cauca"},
		{"YEM", "Abyan Governorate", "Abyan"},
		{"BGD", "Sylhet Division", "Sylhet"},
		{"UKR", "Zhytomyr Oblast", "Zhytomyr"},
		{"SOM", "Hiiraan", "Hiraan"},
		// The unit word is the name, or the rest a bare adjective.
		{"ZAF", "Free State", "Free State"},
		{"PHL", "National Capital Region", "National Capital Region"},
		{"PAK", "Islamabad Capital Territory", "Islamabad Capital Territory"},
		{"NGA", "Federal Capital Territory", "Federal Capital Territory"},
		{"UKR", "Kyiv City", "Kyiv City"},
		{"PAK", "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa"},
		// A unit word that is only a word of the name.
		{"IND", "Andhra Pradesh", "Andhra Pradesh"},
	} {
		if got := acledProvince(tt.iso3, tt.name); got != tt.want {
			t.Errorf("acledProvince(%s, %q) = %q, want %q", tt.iso3, tt.name, got, tt.want)
		}
	}
	// Two provinces whose short names would be one keep their unit words.
	names := acledProvinces([]Place{
		{Kind: "admin1", ISO3: "XXX", Admin1: "Vientiane Prefecture"},
		{Kind: "admin1", ISO3: "XXX", Admin1: "Vientiane Province"},
		{Kind: "admin1", ISO3: "XXX", Admin1: "Bokeo Province"},
	})
	if len(names) != 1 || names[provinceKey{"XXX", "Bokeo Province"}] != "Bokeo" {
		t.Errorf("acledProvinces = %v, want only Bokeo Province renamed", names)
	}
}

// TestProvinceNamesResolved checks the names Resolve returns, and that a
// group's ground written GeoNames' way still weighs.
func TestProvinceNamesResolved(t *testing.T) {
	g := mustDefault(t)
	for _, tt := range []struct{ text, country, admin1 string }{
		{"Gunmen killed 11 farmers near Maiduguri.", "Nigeria", "Borno"},
		{"The junta bombed a village in Magway region.", "Myanmar", "Magway"},
		{"A car bomb went off in Cali on Sunday.", "Colombia", "Valle del Cauca"},
		{"Police fired on protesters in Dhaka.", "Bangladesh", "Dhaka"},
	} {
		loc, ok := g.Resolve(tt.text, g.Find(tt.text), "")
		if !ok || loc.Country != tt.country || loc.Admin1 != tt.admin1 {
			t.Errorf("Resolve(%q) = %s/%s, %v; want %s/%s", tt.text, loc.Country, loc.Admin1, ok, tt.country, tt.admin1)
		}
	}
	text := "Rebels shelled Trincomalee."
	loc, ok := g.ResolveWith(text, g.Find(text), "", []Region{{Country: "Sri Lanka", Admin1: "Eastern Province"}})
	if !ok || loc.Admin1 != "Eastern" {
		t.Errorf("ResolveWith(%q, Eastern Province) = %s, %v; want Eastern", text, loc.Admin1, ok)
	}
}
