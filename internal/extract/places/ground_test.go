package places

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/actors"
)

// Where the groups of these tests operate, as the actor dictionary says.
var (
	maoistGround = []Region{
		{Country: "India", Admin1: "Chhattisgarh"}, {Country: "India", Admin1: "Jharkhand"},
		{Country: "India", Admin1: "Bihar"}, {Country: "India", Admin1: "Odisha"},
		{Country: "India", Admin1: "West Bengal"}, {Country: "India", Admin1: "Telangana"},
		{Country: "India", Admin1: "Maharashtra", Admin2: "Gadchiroli"},
	}
	balochGround = []Region{{Country: "Pakistan", Admin1: "Balochistan"}, {Country: "Pakistan", Admin1: "Sindh"}}
	ttpGround    = []Region{{Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa"}}
	sindhiGround = []Region{{Country: "PAK", Admin1: "Sindh"}}
	afghanGround = []Region{{Country: "Afghanistan"}}
)

// TestResolveWithGround checks that the regions of the text's armed groups
// decide between namesakes only when the text does not: a state or
// district the text names comes first, then the story's country.
func TestResolveWithGround(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name    string
		text    string
		hint    string
		ground  []Region
		ok      bool
		country string
		admin1  string
		place   string
	}{
		// The prior decides what the text leaves open.
		{"Maoist Bijapur", "Maoists killed a villager in Bijapur District.", "", maoistGround, true, "India", "Chhattisgarh", "Bijapur"},
		{"Maoist Bijapur, hint", "Maoists killed a villager in Bijapur District.", "India", maoistGround, true, "India", "Chhattisgarh", "Bijapur"},
		// Without a ground, "Bijapur District" is Chhattisgarh's alone:
		// Karnataka's has been Vijayapura since 2014.
		{"no ground", "A trader was shot dead in Bijapur District.", "India", nil, true, "India", "Chhattisgarh", "Bijapur"},
		// A name repeated as its district does not hold the wrong reading.
		{"Maoist Bijapur twice", "A bomb laid by Maoists exploded in the Bijapur valley area of Bijapur District.", "India", maoistGround, true, "India", "Chhattisgarh", "Bijapur"},
		{"Maoist Aurangabad", "Cadres blew up a school building in Aurangabad District.", "India", maoistGround, true, "India", "Bihar", "Aurangabad"},
		// A district of a state named in the text: the state wins over the prior.
		{"state named", "Maoists were arrested in Bijapur, Karnataka.", "India", maoistGround, true, "India", "Karnataka", "Bijapur"},
		{"other name", "Maoists were arrested in Vijayapura.", "India", maoistGround, true, "India", "Karnataka", "Bijapur"},
		// One name, two countries: who fights decides.
		{"Sindhi Hyderabad", "A cracker blast hit a railway track near Hyderabad.", "", sindhiGround, true, "Pakistan", "Sindh", "Hyderabad"},
		{"Maoist Hyderabad", "A cracker blast hit a railway track near Hyderabad.", "", maoistGround, true, "India", "Telangana", "Hyderabad"},
		{"TTP Jani Khel", "Militants stormed a checkpost in Jani Khel.", "", ttpGround, true, "Pakistan", "Khyber Pakhtunkhwa", "Jani Khel"},
		// The story's country comes before the prior.
		{"hint first", "A cracker blast hit a railway track near Hyderabad.", "Pakistan", maoistGround, true, "Pakistan", "Sindh", "Hyderabad"},
		// A bare village whose only reading is far from the groups' ground
		// is a local name the gazetteer lacks: no place rather than a
		// wrong one.
		{"bare village off ground", "Maoists looted rifles from villages near Lalgarh.", "India", maoistGround, false, "", "", ""},
		{"bare village, no ground", "Robbers looted rifles from villages near Lalgarh.", "India", nil, true, "India", "Punjab", "Laungowal"},
		// A district the text names with the village keeps it.
		{"village with its district", "Maoists looted rifles near Lalgarh in Sangrur District.", "India", maoistGround, true, "India", "Punjab", "Laungowal"},
		// A country's own name is no namesake: Nepal's Maoists stay in Nepal.
		{"country named", "Cadres of the Maoist Centre clashed in Nepal.", "", maoistGround, true, "Nepal", "", "Nepal"},
		// A group known only by its country grounds all of it: the
		// Taliban's Faizabad is Badakhshan's, not Uttar Pradesh's larger
		// town, and a bare name with no reading there stays where it is.
		{"country ground", "Taliban fighters captured Faizabad on Wednesday.", "", afghanGround, true, "Afghanistan", "Badakhshan", "Fayzabad"},
		{"no ground, larger town", "Fighters captured Faizabad on Wednesday.", "", nil, true, "India", "Uttar Pradesh", "Fyzabad"},
		{"country ground, other country", "A bomb went off in Lucknow.", "", afghanGround, true, "India", "Uttar Pradesh", "Lucknow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, ok := g.ResolveWith(tt.text, g.Find(tt.text), tt.hint, tt.ground)
			if ok != tt.ok || ok && (loc.Country != tt.country || loc.Admin1 != tt.admin1 || loc.Name != tt.place) {
				t.Errorf("ResolveWith(%q) = %s/%s/%s, %v; want %s/%s/%s, %v", tt.text, loc.Country, loc.Admin1, loc.Name, ok, tt.country, tt.admin1, tt.place, tt.ok)
			}
		})
	}
}

// TestResolveWithGroundDistrict checks that a group whose ground in a
// state is a few districts does not claim the state's other districts.
func TestResolveWithGroundDistrict(t *testing.T) {
	g := smallGazetteer(t, `admin2	Chandrapur		IN	Maharashtra	Chandrapur		19.95	79.30	0
admin2	Gadchiroli		IN	Maharashtra	Gadchiroli		20.18	80.00	0
town	Sironcha		IN	Maharashtra	Gadchiroli		18.83	79.96	20000
town	Sironcha		IN	Maharashtra	Chandrapur		19.90	79.20	30000
admin2	Bastar		IN	Chhattisgarh	Bastar		19.10	81.95	0
`)
	text := "Maoists torched a tractor at Sironcha."
	loc, ok := g.ResolveWith(text, g.Find(text), "India", []Region{{Country: "India", Admin1: "Maharashtra", Admin2: "Gadchiroli"}})
	if !ok || loc.Admin2 != "Gadchiroli" {
		t.Errorf("ResolveWith(%q) = %s/%s, %v; want Gadchiroli", text, loc.Admin1, loc.Admin2, ok)
	}
}

// TestResolveWithGroundBLAvsTTP checks the prior in Pakistan on a namesake
// of two provinces: a BLA attack is Balochistan's, a TTP one Khyber
// Pakhtunkhwa's, and the district the text names beats both.
func TestResolveWithGroundBLAvsTTP(t *testing.T) {
	g := smallGazetteer(t, `admin1	Balochistan		PK	Balochistan			29.0	66.0	0
admin1	Khyber Pakhtunkhwa		PK	Khyber Pakhtunkhwa			34.0	71.5	0
admin2	Kech		PK	Balochistan	Kech		26.0	62.8	0
admin2	Bannu		PK	Khyber Pakhtunkhwa	Bannu		33.0	70.6	0
town	Shahpur		PK	Balochistan	Kech		26.1	63.0	8000
town	Shahpur		PK	Khyber Pakhtunkhwa	Bannu		32.9	70.7	9000
`)
	tests := []struct {
		text   string
		ground []Region
		admin2 string
	}{
		{"The BLA said its fighters attacked a camp in Shahpur.", balochGround, "Kech"},
		{"The TTP said its fighters attacked a camp in Shahpur.", ttpGround, "Bannu"},
		{"The TTP said its fighters attacked a camp in Shahpur, Kech district.", ttpGround, "Kech"},
		{"The BLA said its fighters attacked a camp in Shahpur in Bannu.", balochGround, "Bannu"},
	}
	for _, tt := range tests {
		loc, ok := g.ResolveWith(tt.text, g.Find(tt.text), "Pakistan", tt.ground)
		if !ok || loc.Admin2 != tt.admin2 || loc.Name != "Shahpur" {
			t.Errorf("ResolveWith(%q) = %s/%s/%s, %v; want %s", tt.text, loc.Admin1, loc.Admin2, loc.Name, ok, tt.admin2)
		}
	}
}

// TestActorGroundsInGazetteer checks that every province and district the
// actor dictionary names as a group's ground is one the gazetteer knows:
// a misspelt region would silently weigh nothing.
func TestActorGroundsInGazetteer(t *testing.T) {
	g := mustDefault(t)
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	known := map[Region]bool{}
	for i := range g.places {
		p := &g.places[i]
		switch p.Kind {
		case "admin1":
			known[Region{Country: p.ISO3, Admin1: p.Admin1}] = true
		case "admin2":
			known[Region{Country: p.ISO3, Admin1: p.Admin1, Admin2: p.Admin2}] = true
		}
	}
	n := 0
	for _, m := range d.Find(groundProbe) {
		for _, r := range m.Actor.Regions {
			n++
			c, ok := g.Country(r.Country)
			if !ok {
				t.Errorf("%s: unknown country %q", m.Actor.Name, r.Country)
				continue
			}
			// The dictionary may name a province GeoNames' way ("Northern
			// Province"): the gazetteer answers to both.
			a1 := r.Admin1
			if s, ok := g.provinces[provinceKey{c.ISO3, a1}]; ok {
				a1 = s
			}
			if !known[Region{Country: c.ISO3, Admin1: a1, Admin2: r.Admin2}] {
				t.Errorf("%s: the gazetteer has no region %s/%s in %s", m.Actor.Name, r.Admin1, r.Admin2, r.Country)
			}
		}
	}
	if n == 0 {
		t.Fatal("no actor of the probe has regions")
	}
}

// groundProbe names the groups whose ground the dictionary gives.
const groundProbe = "CPI-Maoist PLFI TPC ULFA NSCN NDFB GNLA UNLF KYKL PLA Manipur KLO LeT JeM Hizbul Mujahideen TRF " +
	"TTP Jamaat-ul-Ahrar Hafiz Gul Bahadur Lashkar-e-Islam BLA BLF BRG BRA BNA UBA BLT BRAS Baloch separatists SRA Jaish al-Adl LTTE " +
	"Levies CoBRA DRG Greyhounds C-60 Hawk Force Jharkhand Jaguar J&K Police Odisha Police Bihar Police"

// TestActorGroundDecides runs the dictionary's own grounds through
// ResolveWith, as the extractor does.
func TestActorGroundDecides(t *testing.T) {
	g := mustDefault(t)
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, admin1 string }{
		{"CPI-Maoist cadres torched two trucks in Bijapur District.", "Chhattisgarh"},
		{"CPI-Maoist cadres torched two trucks in Aurangabad District.", "Bihar"},
		{"Sindhudesh Revolutionary Army claimed the blast near Hyderabad.", "Sindh"},
		{"Police said the LTTE cadres shelled Trincomalee.", "Eastern"},
	} {
		var ground []Region
		for _, m := range d.Find(tt.text) {
			for _, r := range m.Actor.Regions {
				ground = append(ground, Region{Country: r.Country, Admin1: r.Admin1, Admin2: r.Admin2})
			}
		}
		loc, ok := g.ResolveWith(tt.text, g.Find(tt.text), "", ground)
		if !ok || loc.Admin1 != tt.admin1 {
			t.Errorf("ResolveWith(%q) = %s/%s, %v; want %s", tt.text, loc.Admin1, loc.Name, ok, tt.admin1)
		}
	}
}

// smallGazetteer loads a gazetteer of the given places table and three
// countries.
func smallGazetteer(t *testing.T, places string) *Gazetteer {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(places))
	w.Close()
	countries := "PK\tPAK\tPakistan\t\tPakistani\t30.0\t70.0\nIN\tIND\tIndia\t\tIndian\t22.0\t79.0\nNP\tNPL\tNepal\t\tNepali\t28.0\t84.0\n"
	g, err := Load(strings.NewReader(countries), bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGroundProvince checks the province a report that names no place is
// put in: the one province the groups operate in whole, else none.
func TestGroundProvince(t *testing.T) {
	g := mustDefault(t)
	karachi := Region{Country: "Pakistan", Admin1: "Sindh", Admin2: "Karachi East"}
	for _, tt := range []struct {
		name   string
		ground []Region
		admin1 string
	}{
		{"Baloch, with Karachi's districts", append([]Region{{Country: "Pakistan", Admin1: "Balochistan"}}, karachi), "Balochistan"},
		{"districts of one province", []Region{{Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Khyber"}}, "Khyber Pakhtunkhwa"},
		{"Meghalaya", []Region{{Country: "IND", Admin1: "Meghalaya"}}, "Meghalaya"},
		{"many states", maoistGround, ""},
		{"a province, and a force's whole country", []Region{{Country: "Pakistan", Admin1: "Balochistan"}, {Country: "Pakistan"}}, "Balochistan"},
		{"a whole country", afghanGround, ""},
		{"districts of two provinces", []Region{karachi, {Country: "Pakistan", Admin1: "Balochistan", Admin2: "Kech"}}, ""},
		{"none", nil, ""},
	} {
		loc, ok := g.GroundProvince(tt.ground)
		if ok != (tt.admin1 != "") || loc.Admin1 != tt.admin1 || ok && (loc.GeoPrecision != 3 || loc.Admin2 != "") {
			t.Errorf("%s: GroundProvince = %+v, %v; want %q", tt.name, loc, ok, tt.admin1)
		}
	}
}

// FuzzResolveWithGround checks that ResolveWith never panics and returns a
// span inside the text, whatever the regions.
func FuzzResolveWithGround(f *testing.F) {
	g := mustDefault(f)
	f.Add("Maoists killed a villager in Bijapur District.", 0)
	f.Add("The BLA said its fighters attacked a camp near Hyderabad, Sindh.", 1)
	f.Add("Maoists looted rifles from villages near Lalgarh.", 2)
	grounds := [][]Region{maoistGround, balochGround, append(ttpGround, Region{Country: "Nowhere", Admin1: "X"}), nil}
	f.Fuzz(func(t *testing.T, text string, k int) {
		if k < 0 {
			k = -k
		}
		loc, ok := g.ResolveWith(text, g.Find(text), "", grounds[k%len(grounds)])
		if ok && (loc.Start < 0 || loc.End > len(text) || loc.Start > loc.End) {
			t.Errorf("ResolveWith(%q): span [%d,%d) outside the text", text, loc.Start, loc.End)
		}
	})
}
