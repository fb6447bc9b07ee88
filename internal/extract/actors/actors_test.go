package actors

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d.Version == "" || d.Len() < 50 {
		t.Fatalf("dictionary version %q with %d actors; want a version and the full list", d.Version, d.Len())
	}
	tests := []struct {
		text    string
		want    []string // names, {country} filled and units after the force
		country string
	}{
		{"Six khwarij were killed by own troops.", []string{"TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan"}, "Pakistan"},
		{"Fitna al-Khawarij claimed the attack on FC personnel.", []string{"TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan Frontier Corps"}, "Pakistan"},
		// Since 2025 official statements call Baloch armed groups "Fitna al-Hindustan".
		{"Fitna al-Hindustan attacked a Levies post.", []string{"Baloch Separatists (Pakistan)", "Police Forces of Pakistan Balochistan Levies"}, "Pakistan"},
		{"The BLA and BLF said Levies men were targeted.", []string{"BLA: Baloch Liberation Army", "BLF: Baloch Liberation Front", "Police Forces of Pakistan Balochistan Levies"}, "Pakistan"},
		// The press's "Baloch National Army" is the BNA, not an army of the
		// state.
		{"The Baloch National Army said its men attacked an FC post.", []string{"BNA: Baloch Nationalist Army", "Police Forces of Pakistan Frontier Corps"}, "Pakistan"},
		// The Balochistan police's Anti-Terrorism Force by its initials
		// before what it rides or mans.
		{"Militants fired on an ATF vehicle and an ATF post.", []string{"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "Police Forces of Pakistan"}, "Pakistan"},
		// The press's "Baloch nationalist militants" are the separatists.
		{"Baloch nationalist militants attacked an FC post.", []string{"Baloch Separatists (Pakistan)", "Police Forces of Pakistan Frontier Corps"}, "Pakistan"},
		// Zirab, the BLA's intelligence wing, names the BLA when a note
		// names only the wing.
		{"Zirab operatives shot dead an alleged informer.", []string{"BLA: Baloch Liberation Army"}, "Pakistan"},
		// The army's Special Service Group is the military: "SSG
		// commandos stormed the train" (not the Levies or the police).
		{"SSG commandos stormed the train and freed the passengers.", []string{"Military Forces of Pakistan"}, "Pakistan"},
		{"The Special Service Group cleared the tunnel.", []string{"Military Forces of Pakistan"}, "Pakistan"},
		// Islamic State's branches are named by the country they fight in,
		// their home when the event has none.
		{"Daesh Khorasan and the Hafiz Gul Bahadur group", []string{"Islamic State (Afghanistan)", "Hafiz Gul Bahadur Group"}, ""},
		{"The Islamic State Khorasan Province claimed the bombing.", []string{"Islamic State (Pakistan)"}, "Pakistan"},
		{"The Islamic State group claimed the attack.", []string{"Islamic State"}, ""},
		// A state's units are written after its forces.
		{"Iran's Revolutionary Guards and Iranian border guards", []string{"Military Forces of Iran Islamic Revolutionary Guard Corps", "Military Forces of Iran"}, "Iran"},
		{"Pakistani aircraft struck; Taliban security forces fired on Pakistani posts.", []string{"Military Forces of Pakistan", "Military Forces of Afghanistan", "Military Forces of Pakistan"}, "Afghanistan"},
		// A border post named by its state's demonym is that state's
		// forces', one post as several.
		{"Afghan forces fired on a Pakistani post; Pakistani troops hit an Afghan check post.", []string{"Military Forces of Afghanistan", "Military Forces of Pakistan", "Military Forces of Pakistan", "Military Forces of Afghanistan"}, "Pakistan"},
		{"Iranian border guards fired on an Iranian border post by mistake.", []string{"Military Forces of Iran", "Military Forces of Iran"}, "Pakistan"},
		// Named state forces of other countries tell their country
		// without a place: Chile's Carabineros, Myanmar's Tatmadaw, and
		// units after their forces.
		{"Carabineros fired pellets at a march; the Tatmadaw shelled a village.", []string{"Police Forces of Chile Carabineros", "Military Forces of Myanmar"}, ""},
		{"A carabinero fired a tear gas canister at a student.", []string{"Police Forces of Chile Carabineros"}, ""},
		{"The Rapid Support Forces and Sudanese troops", []string{"Military Forces of Sudan Rapid Support Forces", "Military Forces of Sudan"}, ""},
		// Not a news agency's or a press body's initials.
		{"Reporters Without Borders (RSF) said, according to AFP.", nil, ""},
		// The spellings of BRAS's name in the press.
		{"Baloch Raji Ajoi Sangar and Baloch Raaji Ajoi Sangar claimed it.", []string{"BRAS: Baloch Raaji Ajoi e Sangar", "BRAS: Baloch Raaji Ajoi e Sangar"}, "Pakistan"},
		// Groups named as ACLED names them: acronym, colon, name.
		{"Tehreek-e-Jihad Pakistan claimed the Zhob attack; TJP had claimed others.", []string{"TJP: Tehreek-e-Jihad Pakistan", "TJP: Tehreek-e-Jihad Pakistan"}, "Pakistan"},
		// A demonym alone names no force: "a Pakistani passport".
		{"A Pakistani passport holder crossed at the Afghan border.", nil, "Pakistan"},
		{"A private security guard and a security guard", []string{"Private Security Forces (Pakistan)"}, "Pakistan"},
		{"Gunmen fired at anti narcotics police officials.", []string{"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Anti Narcotics Force"}, "Pakistan"},
		{"Baloch groups were suspected.", []string{"Baloch Separatists (Pakistan)"}, "Pakistan"},
		// The names of 2024-2025: official spellings, factions, agencies.
		{"Fitnah al-Khawarij and Jaish al-Fursan claimed it; Baloch freedom fighters denied it.", []string{"TTP: Tehreek-i-Taliban Pakistan", "Hafiz Gul Bahadur Group", "Baloch Separatists (Pakistan)"}, "Pakistan"},
		{"He was picked up by security agencies, the ISI, and handed to the Frontier Constabulary.", []string{"Military Forces of Pakistan", "Military Forces of Pakistan", "Police Forces of Pakistan"}, "Pakistan"},
		// Tribesmen raised against militants are a pro-government militia.
		{"Lashkar-e-Islam militants fought tribal volunteers of the peace lashkar.", []string{"LeI: Lashkar-e-Islam", "Unidentified Armed Group (Pakistan)", "Militia (Pro-Government)", "Militia (Pro-Government)"}, "Pakistan"},
		{"IEA forces and the Baloch Yakjahti Committee", []string{"Military Forces of Afghanistan", "Baloch Yakjehti Committee"}, "Afghanistan"},
		{"The kidnappers released the engineer; the Anti-Terrorism Force took him home.", []string{"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"}, "Pakistan"},
		{"Unidentified gunmen opened fire on police.", []string{"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"}, "Pakistan"},
		{"CPI-Maoist cadres ambushed a CRPF patrol.", []string{"CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India"}, "India"},
		{"NDS forces and Afghan commandos raided the compound.", []string{"Military Forces of Afghanistan National Directorate of Security", "Military Forces of Afghanistan"}, "Afghanistan"},
		{"RAB personnel raided the den; Rab Nawaz was not there.", []string{"Police Forces of Bangladesh Rapid Action Battalion"}, "Bangladesh"},
		// Short acronyms match only in capitals: "is" is a word.
		{"This is what the bra shop sells.", nil, ""},
		// A short acronym in mixed case matches only as written.
		{"BRaS attacked a post; the shop sold bras.", []string{"BRAS: Baloch Raaji Ajoi e Sangar"}, ""},
		{"Let them go, said the LeT commander.", []string{"LeT: Lashkar-e-Taiba"}, ""},
		// A hurried note's acronym: in lower case right before the
		// group's men, or with dots; "bla" alone and a bare "isi" stay
		// words.
		// ("militants" is a mention of its own, which roles merge with
		// the group before it.)
		{"bla militants attacked a post; blf fighters fled.", []string{"BLA: Baloch Liberation Army", "Unidentified Armed Group (Pakistan)", "BLF: Baloch Liberation Front"}, "Pakistan"},
		{"B.L.F fighters and B. L. A. cadres", []string{"BLF: Baloch Liberation Front", "BLA: Baloch Liberation Army"}, "Pakistan"},
		{"He said bla bla about the isi cafe and the bra shop.", nil, ""},
		// "separatists" as it is often misspelt.
		{"Baloch seperatists (assumed) fired on a police patrol.", []string{"Baloch Separatists (Pakistan)", "Police Forces of Pakistan"}, "Pakistan"},
		{"Security forces", []string{"Military Forces"}, ""},
		// Groups with a home country: where they fight when no place is named.
		{"The YPG was blamed for the car bomb.", []string{"YPG: People's Protection Units"}, ""},
		{"AQAP said its fighters stormed the camp.", []string{"AQAP: Al Qaeda in the Arabian Peninsula"}, ""},
	}
	homes := map[string]string{"YPG: People's Protection Units": "Syria", "AQAP: Al Qaeda in the Arabian Peninsula": "Yemen"}
	for _, tc := range tests {
		var got []string
		for _, m := range d.Find(tc.text) {
			if tc.text[m.Start:m.End] == "" {
				t.Errorf("%q: empty mention", tc.text)
			}
			got = append(got, m.Actor.Named(tc.country))
			if h, ok := homes[m.Actor.Name]; ok && m.Actor.Home != h {
				t.Errorf("%q: %s has home %q, want %q", tc.text, m.Actor.Name, m.Actor.Home, h)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHomeOfPakistanForces checks that forces found only in Pakistan carry
// it as their home, for a text that names no place, while a force of the
// same name elsewhere ("rangers" patrol Thailand's south too) carries none.
func TestHomeOfPakistanForces(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, home string }{
		{"Levies personnel were ambushed at dawn.", "Pakistan"},
		{"Frontier Corps troops cleared the area.", "Pakistan"},
		{"The Counter Terrorism Department said two suspects were held.", "Pakistan"},
		{"Two rangers were wounded by a roadside bomb.", ""},
	} {
		ms := d.Find(tc.text)
		if len(ms) == 0 {
			t.Errorf("Find(%q) found no actor", tc.text)
			continue
		}
		if ms[0].Actor.Home != tc.home {
			t.Errorf("Find(%q): %s has home %q, want %q", tc.text, ms[0].Actor.Name, ms[0].Actor.Home, tc.home)
		}
	}
}

// TestRegions checks the home column's regions: where a group operates,
// which decides between namesake places.
func TestRegions(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	has := func(a *Actor, r Region) bool {
		for _, x := range a.Regions {
			if x == r {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		text, home string
		in, out    []Region
	}{
		{"CPI-Maoist cadres torched a truck.", "India",
			[]Region{{"India", "Chhattisgarh", ""}, {"India", "Bihar", ""}, {"India", "Maharashtra", "Gadchiroli"}},
			[]Region{{"India", "Karnataka", ""}, {"India", "Maharashtra", ""}, {"India", "Maharashtra", "Aurangabad"}}},
		{"The BLA claimed the attack.", "Pakistan", []Region{{"Pakistan", "Balochistan", ""}}, []Region{{"Pakistan", "Khyber Pakhtunkhwa", ""}}},
		{"The TTP claimed the attack.", "Pakistan", []Region{{"Pakistan", "Khyber Pakhtunkhwa", ""}}, []Region{{"Pakistan", "Balochistan", "Kech"}}},
		{"GNLA cadres abducted a trader.", "India", []Region{{"India", "Meghalaya", ""}}, nil},
		{"KYKL and UNLF cadres were arrested.", "India", []Region{{"India", "Manipur", ""}}, nil},
		{"The LTTE shelled the camp.", "Sri Lanka", []Region{{"Sri Lanka", "Northern Province", ""}, {"Sri Lanka", "Eastern Province", ""}}, nil},
	} {
		ms := d.Find(tc.text)
		if len(ms) == 0 {
			t.Errorf("Find(%q) found no actor", tc.text)
			continue
		}
		for _, m := range ms {
			a := m.Actor
			if a.Home != tc.home {
				t.Errorf("%q: %s has home %q, want %q", tc.text, a.Name, a.Home, tc.home)
			}
			for _, r := range tc.in {
				if !has(a, r) {
					t.Errorf("%q: %s lacks region %v", tc.text, a.Name, r)
				}
			}
			for _, r := range tc.out {
				if has(a, r) {
					t.Errorf("%q: %s has region %v", tc.text, a.Name, r)
				}
			}
		}
	}
	// A group with a home country and no regions keeps the old meaning.
	if ms := d.Find("The YPG was blamed."); len(ms) != 1 || ms[0].Actor.Home != "Syria" || len(ms[0].Actor.Regions) != 0 {
		t.Errorf("YPG: want home Syria and no regions, got %+v", ms)
	}
}

func TestParseHome(t *testing.T) {
	for _, tc := range []struct {
		col, home string
		regions   []Region
	}{
		{"", "", nil},
		{"Pakistan", "Pakistan", nil},
		{"India: Assam", "India", []Region{{"India", "Assam", ""}}},
		{" India : Bihar ,Maharashtra/Gadchiroli, ", "India", []Region{{"India", "Bihar", ""}, {"India", "Maharashtra", "Gadchiroli"}}},
		{"Afghanistan; Pakistan: Khyber Pakhtunkhwa", "Afghanistan", []Region{{"Pakistan", "Khyber Pakhtunkhwa", ""}}},
	} {
		home, regions, err := parseHome(tc.col)
		if err != nil || home != tc.home || len(regions) != len(tc.regions) {
			t.Errorf("parseHome(%q) = %q, %v, %v; want %q, %v", tc.col, home, regions, err, tc.home, tc.regions)
			continue
		}
		for i := range regions {
			if regions[i] != tc.regions[i] {
				t.Errorf("parseHome(%q) region %d = %v, want %v", tc.col, i, regions[i], tc.regions[i])
			}
		}
	}
}

// TestState checks that a group that took power names the force it became
// and the day.
func TestState(t *testing.T) {
	d, err := Load("# version\t1\nMilitary Forces of X\tsecurity_forces\t1\t\tX army\nRebels\tmilitants\t2\t\trebels\tX\t2021-08-15 Military Forces of X\n")
	if err != nil {
		t.Fatal(err)
	}
	ms := d.Find("The rebels entered the capital.")
	if len(ms) != 1 || ms[0].Actor.State == nil || ms[0].Actor.State.Name != "Military Forces of X" || ms[0].Actor.StateFrom.Format("2006-01-02") != "2021-08-15" {
		t.Fatalf("Find = %+v, want the rebels with their state force and day", ms)
	}
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range def.Find("The Taliban arrested two journalists.") {
		want := ""
		if m.Actor.Name == "Taliban" {
			want = "Military Forces of Afghanistan"
		}
		got := ""
		if m.Actor.State != nil {
			got = m.Actor.State.Name
		}
		if got != want {
			t.Errorf("%s in power: %q, want %q", m.Actor.Name, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ name, tsv, want string }{
		{"no version", "A\tmilitants\t2\t\ta\n", "version"},
		{"bad side", "# version\t1\nA\tmartians\t2\t\ta\n", "unknown side"},
		{"bad inter", "# version\t1\nA\tmilitants\tx\t\ta\n", "inter"},
		{"short row", "# version\t1\nA\tmilitants\n", "5 to 7 tab-separated"},
		{"state without a day", "# version\t1\nS\tsecurity_forces\t1\t\ts\nA\tmilitants\t2\t\ta\tX\tS\n", "state column"},
		{"state without a home", "# version\t1\nS\tsecurity_forces\t1\t\ts\nA\tmilitants\t2\t\ta\t\t2021-08-15 S\n", "state column"},
		{"state not in the dictionary", "# version\t1\nA\tmilitants\t2\t\ta\tX\t2021-08-15 S\n", "no state force"},
		{"state that is no force", "# version\t1\nS\tcivilians\t7\t\ts\nA\tmilitants\t2\t\ta\tX\t2021-08-15 S\n", "no state force"},
		{"regions without country", "# version\t1\nA\tmilitants\t2\t\ta\t: Assam\n", "without a country"},
		{"colon without regions", "# version\t1\nA\tmilitants\t2\t\ta\tIndia:\n", "no regions"},
		{"district without province", "# version\t1\nA\tmilitants\t2\t\ta\tIndia: /Bastar\n", "bad region"},
		{"province without district", "# version\t1\nA\tmilitants\t2\t\ta\tIndia: Bihar/\n", "bad region"},
	} {
		_, err := Load(tc.tsv)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Load error = %v, want one mentioning %q", tc.name, err, tc.want)
		}
	}
}
