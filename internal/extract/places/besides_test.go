package places

import "testing"

// TestPlacesBesideTheEvent checks that a place named only as someone's
// home, post or past, or as the end of a journey, gives way to the place
// named as where the event happened, and that the same words leave the
// place alone when it is where the event happened.
func TestPlacesBesideTheEvent(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ text, name string }{
		// A person by trade, and where they come from.
		{"A labourer from Multan was shot dead by gunmen in Turbat on Saturday.", "Turbat"},
		{"A soldier from Swat was among three killed when militants attacked a post in Kurram.", "Kurram"},
		{"Two traders from Punjab were killed in a grenade attack in Khuzdar.", "Khuzdar"},
		// ... unless they were taken from there: that is where it happened.
		{"Gunmen abducted a teacher from Panjgur on Monday, officials in Quetta said.", "Panjgur"},
		{"BLF militants abducted a man from Hoshab on Monday, officials in Turbat said.", "Hoshab"},
		{"Armed men kidnapped a young woman from Mand, police in Turbat said.", "Mand"},
		{"Armed men took away a young man from Mand, police in Turbat said.", "Mand"},
		{"Gunmen dragged a shopkeeper from Hoshab and shot him dead, police in Turbat said.", "Hoshab"},
		// A man described by home, with no taking before him, is not.
		{"A man from Hoshab was shot dead in Turbat on Monday.", "Turbat"},
		{"Gunmen shot dead a youth from Mand at a shop in Turbat.", "Turbat"},
		// The ends of a journey.
		{"A passenger coach travelling from Quetta to Karachi was attacked near Khuzdar.", "Khuzdar"},
		{"Gunmen stopped a bus on its way from Quetta to Taftan near Noshki and killed six passengers.", "Nushki"},
		{"A truck bound for Karachi was set on fire in Uthal.", "Uthal"},
		// With no other place named, an end of the journey is all there is.
		{"A bus travelling from Quetta to Karachi was fired upon late on Monday.", "Quetta"},
		// A "from" with no "to" after it is no journey.
		{"Police recovered explosives from Quetta's Sariab area and arrested two men in Mastung.", "Sariab"},
		// Where someone serves.
		{"A policeman posted in Quetta was shot dead while on leave at his home in Pishin.", "Pishin"},
		{"Officials in Gwadar said a soldier stationed in Turbat was killed.", "Gwadar"},
		// Where people were taken from before the deed reported.
		{"The bodies of two men abducted from Mastung were found in Kalat on Wednesday.", "Kalat"},
		{"Two students who were kidnapped from Turbat last week were found dead in Gwadar.", "Gwadar"},
		// The abduction itself, reported, happened where they were taken.
		{"Two engineers were abducted from Kharan on Monday, police in Quetta said.", "Kharan"},
		{"The trader was earlier kidnapped from Kharan, police in Quetta said.", "Kharan"},
		// Troops deployed at a place are attacked there.
		{"Militants attacked FC personnel deployed at Chaman in Killa Abdullah district.", "Chaman"},
	}
	for _, tt := range tests {
		loc, ok := g.Resolve(tt.text, g.Find(tt.text), "Pakistan")
		if !ok || loc.Name != tt.name {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.text, loc.Name, ok, tt.name)
		}
	}
}

// TestPlacesOfPakistanAndAfghanistan checks places the gazetteer lacked or
// named otherwise than ACLED: Thall and Mashkai's Gajar at their own
// points, Karachi's towns in their districts, Lakki Marwat and Dhadar as
// the press and ACLED write them, the cantonment of a town
// as the town, and Afghan cities in the districts of ACLED's boundary set.
func TestPlacesOfPakistanAndAfghanistan(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		text, hint, admin1, admin2, name string
		lat, lon                         float64 // 0, 0: not checked
	}{
		{"Gunmen fired on a police van near Thall in Hangu district.", "Pakistan", "Khyber Pakhtunkhwa", "Hangu", "Thall", 33.36, 70.55},
		{"A market in Hangu was hit by a blast.", "Pakistan", "Khyber Pakhtunkhwa", "Hangu", "Hangu", 33.53, 71.06},
		// Spellings of Balochistan's districts in the press and the
		// district profiles.
		{"Levies recovered two bodies in Chaghi district on Monday.", "Pakistan", "Balochistan", "Chagai", "Chagai", 0, 0},
		{"A grenade was thrown at a shop in Gawadar town.", "Pakistan", "Balochistan", "Gwadar", "Gwadar", 25.12, 62.33},
		// Jhal Magsi's headquarters, as GeoNames and the press spell it.
		{"Gunmen fired at devotees at a shrine in Gandawa on Friday.", "Pakistan", "Balochistan", "Jhal Magsi", "Gandava", 28.61, 67.49},
		{"A bomb went off near the bazaar in Gandava, Jhal Magsi.", "Pakistan", "Balochistan", "Jhal Magsi", "Gandava", 28.61, 67.49},
		{"A grenade was hurled at a shop in Lyari.", "Pakistan", "Sindh", "Karachi South", "Lyari", 0, 0},
		{"Two policemen were shot dead in Orangi Town on Monday.", "Pakistan", "Sindh", "Karachi West", "Orangi", 0, 0},
		{"Militants attacked a police station in Lakki Marwat.", "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", "Lakki Marwat", 32.61, 70.91},
		{"Terrorists stormed the Bannu Cantonment on Monday.", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", "Bannu", 0, 0},
		{"A landmine went off near Dadhar in Kachhi district.", "Pakistan", "Balochistan", "Kachhi", "Dhadar", 29.47, 67.65},
		{"Militants blew up a railway track near Dhadar.", "Pakistan", "Balochistan", "Kachhi", "Dhadar", 29.47, 67.65},
		{"BLF fired rockets at a camp in Gajjar, Awaran district.", "Pakistan", "Balochistan", "Awaran", "Gajar", 27.12, 65.67},
		// A town named as an area of a tehsil is the town, as ACLED codes it.
		{"BLF fired rockets at a camp in Gajjar area of Mashkai tehsil.", "Pakistan", "Balochistan", "Awaran", "Gajar", 27.12, 65.67},
		// "Mashkai", the tehsil's and the valley's name, is the press's
		// name for its headquarters town, which ACLED names Gajar; Awaran
		// town is still itself.
		{"BLF militants fired rockets at an FC camp in Mashkai (Awaran district).", "Pakistan", "Balochistan", "Awaran", "Gajar", 27.12, 65.67},
		{"Gunmen shot dead a man in Mashkay on Tuesday.", "Pakistan", "Balochistan", "Awaran", "Gajar", 27.12, 65.67},
		{"Gunmen shot dead a man in Awaran town on Tuesday.", "Pakistan", "Balochistan", "Awaran", "Awaran", 0, 0},
		{"A blast at a mosque in Kandahar city killed worshippers.", "", "Kandahar", "Kandahar", "Kandahar", 31.61, 65.71},
		{"Gunmen killed a cleric in Herat city.", "", "Herat", "Herat", "Herat", 34.35, 62.20},
		{"A roadside bomb went off in Ghazni city.", "", "Ghazni", "Ghazni", "Ghazni", 0, 0},
		{"A bomber struck a mosque in Kabul's Dasht-e-Barchi area.", "", "Kabul", "Kabul", "Dasht-e-Barchi", 0, 0},
	}
	for _, tt := range tests {
		loc, ok := g.Resolve(tt.text, g.Find(tt.text), tt.hint)
		if !ok || loc.Admin1 != tt.admin1 || loc.Admin2 != tt.admin2 || loc.Name != tt.name {
			t.Errorf("Resolve(%q) = %s/%s/%s, %v; want %s/%s/%s", tt.text, loc.Admin1, loc.Admin2, loc.Name, ok, tt.admin1, tt.admin2, tt.name)
			continue
		}
		if tt.lat != 0 && (loc.Lat-tt.lat > 0.05 || tt.lat-loc.Lat > 0.05 || loc.Lon-tt.lon > 0.05 || tt.lon-loc.Lon > 0.05) {
			t.Errorf("Resolve(%q) at %.4f, %.4f; want near %.2f, %.2f", tt.text, loc.Lat, loc.Lon, tt.lat, tt.lon)
		}
	}
}
