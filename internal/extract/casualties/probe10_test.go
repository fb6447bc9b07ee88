package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// hintWords makes actor hints of the words named, as the extractor's
// actor dictionary would ("Police" a security force, "PLFI" an armed
// group).
func hintWords(toks []lex.Token, sides map[string]string) []Hint {
	var hs []Hint
	for _, t := range toks {
		if c, ok := sides[t.Text]; ok {
			hs = append(hs, Hint{Start: t.Start, End: t.End, Category: c})
		}
	}
	return hs
}

// TestFindCadresAndTheirKin covers the people of India's Maoist
// insurgency as SATP's summaries name them: ranks an armed group gives in
// quotes, a name set off by its role, Maoists who left the party, the kin
// of a cadre, informers, a count told person by person, and the wounded
// who died later. Each rule has a case where it must not fire.
func TestFindCadresAndTheirKin(t *testing.T) {
	sides := map[string]string{"Police": Security, "PLFI": Militants, "Maoists": Militants, "TPC": Militants}
	tests := []sentenceWant{
		{"a unit of the group in quotes before the noun", "A 'jan militia' member was killed in the encounter.", "militants.killed=1"},
		{"the group before a rank in quotes", "A Maoist 'dalam member' was killed in the encounter.", "militants.killed=1"},
		{"a body in quotes of no armed group", "A 'village committee' member was killed by the Maoists.", "civilians.killed=1"},
		{"a member in quotes of a village body", "A 'member' of the village committee was killed.", "civilians.killed=1"},
		{"a name set off by a cadre's role", "Police shot dead Ramesh Hemla, a wanted CPI-Maoist leader, in the forest.", "militants.killed=1"},
		{"a name set off by a jawan's role", "The rebels killed Madvi Hidma, a DRG jawan, at his village.", "security_forces.killed=1"},
		{"a name set off by where he lived", "The rebels killed Maniram Baghel (26), a resident of Kumharras village.", "civilians.killed=1"},
		{"a former Maoist killed by the party", "The rebels shot dead a former Maoist at his village.", "civilians.killed=1"},
		{"an ex-Naxalite", "The rebels killed an ex-Naxalite in the market.", "civilians.killed=1"},
		{"former cadres told by their group", "The rebels killed two former cadres of a rival outfit.", "militants.killed=2"},
		{"a former militant of other conflicts", "A former militant was killed in the clash.", "militants.killed=1"},
		{"the brother of a cadre", "The brother of a CPI-Maoist 'divisional committee member' was killed by unidentified men.", "civilians.killed=1"},
		{"the wife of a commander", "The wife of a Maoist 'area commander' was killed.", "civilians.killed=1"},
		{"cadres of the group are no kin", "Two cadres of the CPI-Maoist were killed.", "militants.killed=2"},
		{"a Police informer is a civilian", "Maoists gunned down a Police informer in the village.", "civilians.killed=1"},
		{"a Police constable is not", "Maoists gunned down a Police constable in the village.", "security_forces.killed=1"},
		{"a count of persons told one by one", "The rebels killed two persons, a panchayat secretary and a tractor driver, in Bijapur.", "civilians.killed=2"},
		{"a count of cadres told as a couple", "The rebels executed two of their own cadres, a husband and wife, in the forest.", "militants.killed=2"},
		{"a count of persons told in groups", "The rebels killed three persons, a teacher and two farmers, in the village.", "civilians.killed=3"},
		{"a count of persons and more after it", "The rebels killed three persons, a teacher and four farmers, in the village.", "civilians.killed=1 civilians.killed=3 civilians.killed=4"},
		{"a count of soldiers and more people after it", "The rebels killed two soldiers, a policeman and a civilian in the attack.", "civilians.killed=1 security_forces.killed=1 security_forces.killed=2"},
		{"the killing named as a deed", "A PLFI poster found near the body claimed responsibility for the killing.", ""},
		{"the killing of people", "The TPC claimed the killing of three PLFI cadres.", "militants.killed=3"},
		{"killers before them to death", "The Maoists hacked them to death in front of the villagers.", ""},
		{"victims before them to death", "The rebels picked up two brothers from the village and beat them to death.", "civilians.abducted=2 civilians.killed=2"},
		{"one of the injured with a noun", "One of the injured jawans succumbed to his injuries.", "unknown.killed=1"},
		{"one of the injured with a name", "One of the injured, Head Constable Ram Singh, succumbed in hospital.", "unknown.killed=1"},
		{"one of the injured who lives", "One of the injured, who was shifted to Raipur, is stable.", ""},
	}
	checkSummaries(t, sides, tests)
}

// TestFindDeathsAmongTheInjured checks that the wounded told dead with a
// noun or a name after "injured" leave the injured's count, and that a
// name object alone is marked as named while one set off by a role is not.
func TestFindDeathsAmongTheInjured(t *testing.T) {
	tests := []struct {
		sentence           string
		wereInjured, named bool
	}{
		{"One of the injured CoBRA commandos, Sub-Inspector Amit Tiwari, succumbed on the following day.", true, false},
		{"One of the injured CRPF jawans later died.", true, false},
		{"Maoists killed Ramesh Kumar at his house.", false, true},
		{"Maoists killed Ramesh Kumar, a CRPF jawan, at his house.", false, false},
		{"Maoists killed Ramesh Kumar and his son at his house.", false, false},
	}
	// The kin of someone told before, opening a sentence, is another
	// person; joined to him in one sentence, he is counted there.
	for _, tc := range []struct {
		sentence string
		more     bool
	}{
		{"His wife, who tried to save him, was injured in the firing and later succumbed.", true},
		{"His son was also injured.", true},
		{"A villager and his son were killed.", false},
	} {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) == 0 || figs[len(figs)-1].More != tc.more {
			t.Errorf("Find(%q) = %+v, want the last figure's More %v", tc.sentence, figs, tc.more)
		}
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) == 0 {
			t.Errorf("Find(%q) found nothing", tc.sentence)
			continue
		}
		if f := figs[0]; f.WereInjured != tc.wereInjured || f.Named != tc.named {
			t.Errorf("Find(%q)[0]: WereInjured %v, Named %v; want %v, %v", tc.sentence, f.WereInjured, f.Named, tc.wereInjured, tc.named)
		}
	}
}

// TestFindWoundsToldOtherwise covers woundings and deaths told by other
// words than a verb of wounding: where the bullet struck, what the
// wounded carried away, a wounded cadre caught, the wounded of a clause
// who were caught, the dead among the wounded of a passive, the bodies
// found after, a title in capitals, and a post held "as". Each rule has a
// case where it must not fire.
func TestFindWoundsToldOtherwise(t *testing.T) {
	tests := []sentenceWant{
		{"hit by a bullet", "A CRPF jawan was hit by a bullet in his shoulder.", "security_forces.injured=1"},
		{"hit in the leg", "Another jawan was hit in the leg and was evacuated.", "security_forces.injured=1"},
		{"hit by a bullet and died", "The SPO was hit by a bullet in the chest and died on the spot.", "security_forces.killed=1"},
		{"a vehicle hit by a bullet is no one", "The vehicle was hit by a bullet.", ""},
		{"fled with bullet injuries", "Two other cadres fled into the jungle with bullet injuries.", "militants.injured=2"},
		{"arrested with injuries", "Two Maoists were arrested with injuries.", "militants.arrested=2 militants.injured=2"},
		{"arrested with weapons", "Two Maoists were arrested with weapons.", "militants.arrested=2"},
		{"a body with injuries", "Police recovered the body of a villager with injuries on his head.", "civilians.killed=1"},
		{"a body, with bullet injuries,", "The body of the sarpanch, with bullet injuries, was found near the road.", "civilians.killed=1"},
		{"found dead with injuries", "The villager was found dead with injuries on his neck.", "civilians.killed=1"},
		{"died after he was hit", "A villager died after he was hit by a stray bullet.", "civilians.killed=1"},
		{"killed, and others arrested with injuries", "A Maoist was killed and two others were arrested with injuries.", "militants.arrested=2 militants.injured=2 militants.killed=1"},
		{"an injured cadre caught, in the passive", "An injured woman Maoist was caught.", "militants.injured=1"},
		{"an injured cadre who got away", "An injured woman Maoist escaped.", ""},
		{"wounded in the firing and caught", "A Maoist, who was injured in the firing, was arrested.", "militants.arrested=1 militants.injured=1"},
		{"wounded in a dated fight and caught", "A Maoist, who was injured in the encounter at Tumnar in 2019, was arrested.", "militants.arrested=1"},
		{"a raid of the past before the arrest", "A Maoist, who was involved in the killing of two jawans, was arrested.", "militants.arrested=1"},
		{"injured and later succumbed", "His wife, who tried to save him, was injured in the firing and later succumbed.", "civilians.killed=1"},
		{"injured and shifted", "A villager was injured in the firing and was shifted to Raipur.", "civilians.injured=1"},
		{"injured in an encounter of a date and succumbed", "A Maoist 'area committee member' who was injured in the March 27 encounter succumbed on April 2.", "militants.killed=1"},
		{"two more bodies found", "SFs found two more bodies during a search.", "unknown.killed=2"},
		{"more bodies of no count", "The more bodies they found, the worse.", ""},
		{"the noun after the sexes", "Police recovered the bodies of three men and two women cadres.", "militants.killed=2 militants.killed=3"},
		{"the sexes alone", "Police recovered the bodies of two men and a woman.", "civilians.killed=1 civilians.killed=2"},
		{"a leader's associates in the clause after", "A PLFI 'sub-zonal commander' was killed and two of his associates were injured.", "militants.injured=2 militants.killed=1"},
		{"a trader's associates in the clause after", "A trader was killed and two of his associates were injured.", "civilians.injured=2 civilians.killed=1"},
		{"a title in capitals", "Maoists killed a Gram Rozgar Sevak and a Panchayat Secretary in Bijapur.", "civilians.killed=1 civilians.killed=1"},
		{"a vehicle in capitals", "Maoists torched a Tata Sumo in Sukma.", ""},
		{"a vehicle in capitals taken", "Maoists abducted a Tata Sumo in Sukma.", ""},
		{"a post held as", "A teacher working as a 'shiksha doot' in a village school was killed by the rebels.", "civilians.killed=1"},
		{"the bodies of some of the dead", "Twelve Maoists were killed, but Police recovered only the bodies of seven cadres.", "militants.killed=12"},
		{"the bodies found settle an estimated toll", "A dozen Maoists were believed killed, but Police recovered only the bodies of seven cadres.", "militants.killed=7"},
		{"the bodies of the other side's dead", "Two soldiers were killed and the bodies of three militants were recovered.", "militants.killed=3 security_forces.killed=2"},
		{"more bodies than the dead told", "Five Maoists were killed and the bodies of seven cadres were recovered.", "militants.killed=5 militants.killed=7"},
	}
	sides := map[string]string{"PLFI": Militants, "Maoists": Militants}
	checkSummaries(t, sides, tests)
}

// sentenceWant is a sentence and the summary of the figures Find reads in
// it; name says what the case shows.
type sentenceWant struct{ name, sentence, want string }

// checkSummaries runs Find on each sentence, with the hints the sides name
// (a name to its category), and compares the summary of its figures.
func checkSummaries(t *testing.T, sides map[string]string, tests []sentenceWant) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			got := summary(Find(toks, hintWords(toks, sides)))
			if got != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}
