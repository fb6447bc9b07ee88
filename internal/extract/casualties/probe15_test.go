package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindCountedAsides covers an aside set off by commas between a
// counted subject and its casualty word that breaks the count down or
// describes it ("among them", "two of them women", "six of the CRPF and
// three of the DRG", a list of single people) and so counts no one more;
// a list whose last item stands right before the verb still counts each
// item.
func TestFindCountedAsides(t *testing.T) {
	sides := map[string]string{"Police": Security, "CRPF": Security, "DRG": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"among them", "Four troopers of the State Police, among them an Inspector and a Head Constable, were killed in the ambush.", "security_forces.killed=4"},
		{"a breakdown by force", "Nine SF personnel, six of the CRPF and three of the DRG, were injured in the blast.", "security_forces.injured=9"},
		{"a share of them", "Six cadres, two of them women, were killed in the encounter.", "militants.killed=6"},
		{"a list of single people", "Two jawans, a constable and a head constable, were killed near the camp.", "security_forces.killed=2"},
		{"a list of kin", "Three villagers, a farmer and his two sons, suffered injuries in the firing.", "civilians.injured=3"},
		{"a list with no comma before the verb counts each item", "Two soldiers, a policeman and a civilian were killed.", "civilians.killed=1 security_forces.killed=1 security_forces.killed=2"},
		{"more items than the count are no aside", "Two jawans, a constable, a driver and a cook, were killed.", "civilians.killed=1 civilians.killed=1 security_forces.killed=1 security_forces.killed=2"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindForcesOfAComplement covers a count told by the forces of an
// "of" complement joined by "and" ("jawans of the CRPF and the DRG"), one
// phrase, unless "each" shares the count among them; a person joined
// after the complement still counts.
func TestFindForcesOfAComplement(t *testing.T) {
	sides := map[string]string{"CRPF": Security, "DRG": Security, "STF": Security}
	tests := []sentenceWant{
		{"two forces of one count", "Four jawans of the CRPF and the STF were injured in the blast.", "security_forces.injured=4"},
		{"one each", "One each of the CRPF and the DRG was injured in the firing.", "security_forces.injured=1 security_forces.injured=1"},
		{"a person joined after the complement", "Two jawans of the CRPF and a villager were killed.", "civilians.killed=1 security_forces.killed=2"},
		{"a person with an of-complement joined", "A Home Guard and the munshi of a contractor were killed in the blast.", "civilians.killed=1 security_forces.killed=1"},
		{"a person of another clause is not joined", "A Home Guard was killed and the munshi of a contractor escaped.", "security_forces.killed=1"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindMilitiaAndVillageGuards covers a militia no word gives to the
// state, a Maoist one in SATP's summaries, against a pro-government
// militia, and the village guards and clerks of the Maoist belt.
func TestFindMilitiaAndVillageGuards(t *testing.T) {
	tests := []sentenceWant{
		{"a militia of no side is an armed group's", "Three militia members were killed in an encounter with the CoBRA.", "militants.killed=3"},
		{"a pro-government militia is the state's", "Three pro-government militia members were killed by the Taliban.", "security_forces.killed=3"},
		{"a village defence militia is the state's", "Two village defence militia members were injured in the attack.", "security_forces.injured=2"},
		{"a Gram Rakshak", "A Gram Rakshak was shot dead at the market.", "security_forces.killed=1"},
		{"a munshi", "The Maoists shot dead the munshi of a road contractor.", "civilians.killed=1"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindSharedSubjectsAndClauses covers the people a casualty word
// shares with a phrase told before it: a name set off by "identified as"
// inside a list, a title set off after a name with the list going on, a
// participle joined by "and" to a passive, the body of "the third", a bare
// count after a list of the whole's own side, and a "who" clause with a
// verb of its own between the subject and its casualty word.
func TestFindSharedSubjectsAndClauses(t *testing.T) {
	sides := map[string]string{"Police": Security, "DRG": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"a name aside inside a list", "A DRG jawan, identified as Madvi Joga, and three cadres were killed.", "militants.killed=3 security_forces.killed=1"},
		{"a name aside alone", "A villager, identified as Podiyam Mura, was killed.", "civilians.killed=1"},
		{"a title after a name, then the list goes on", "The Maoists killed Jagat Pujari, a BJP leader, and his son at the village.", "civilians.killed=1 civilians.killed=1"},
		{"two titles of one man", "Suspected Maoists killed Jagat Pujari, a BJP leader and former sarpanch, at his village.", "civilians.killed=1"},
		{"a participle joined to a passive", "Two traders were abducted from the market and killed by the Maoists in the forest.", "civilians.abducted=2 civilians.killed=2"},
		{"a clause of its own after and", "Two traders were abducted from the market and the Police killed two Maoists.", "civilians.abducted=2 militants.killed=2"},
		{"the body of the third", "Two of them were released, while the body of the third was found on the road.", "unknown.killed=1"},
		{"the body of the other after a death", "A Maoist was killed and the body of the other was found later.", "militants.killed=1"},
		{"a list of the whole's own side", "The jawan opened fire, killing four personnel, including a Sub-Inspector and an ASI, and injuring one more.", "security_forces.injured=1 security_forces.killed=4"},
		{"a who clause with a past tense", "Two CRPF jawans who reached the spot were injured by a second IED.", "security_forces.injured=2"},
		{"a who clause before died", "Six jawans who were in the truck died.", "security_forces.killed=6"},
		{"the object of the clause's verb is not the subject", "A villager who informed the Police was killed by the Maoists.", "civilians.killed=1"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindRevisionsAndBreakdowns covers tolls a sentence takes back or
// breaks down: the rest of a pool after "five of the seven", a figure
// first given and then revised, a toll of an earlier year told in the
// past perfect, a surrendered woman cadre, the members of a group set off
// as an armed group's wing, and people listed one by one after a colon.
func TestFindRevisionsAndBreakdowns(t *testing.T) {
	sides := map[string]string{"Police": Security, "CRPF": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"the rest of a pool", "Four of the six died on the spot and two succumbed in hospital.", "unknown.killed=6"},
		{"a count that is not the rest adds", "Four of the six died on the spot and three villagers succumbed in hospital.", "civilians.killed=3 unknown.killed=6"},
		{"a figure revised", "Police had earlier said that six Maoists were killed, but revised the figure later.", ""},
		{"a figure first given with no revision stays", "Police had earlier said that six Maoists were killed in the forest.", "militants.killed=6"},
		{"a toll of an earlier year", "Two jawans were killed near the camp, where 12 CRPF personnel had been killed in an ambush in March 2014.", "security_forces.killed=2"},
		{"a day of the month is no earlier year", "Two jawans were killed near the camp, where 12 CRPF personnel had been killed in an ambush in March 14.", "security_forces.killed=12 security_forces.killed=2"},
		{"a surrendered woman cadre", "The body of a surrendered woman Maoist was found in the forest.", "civilians.killed=1"},
		{"a woman cadre", "The body of a woman Maoist was found in the forest.", "militants.killed=1"},
		{"the wing of an armed group", "Two members of the Krantikari Adivasi Mahila Sangathan (KAMS), a frontal organisation of the CPI-Maoist, were killed.", "militants.killed=2"},
		{"members of a body of no armed group", "Two members of the Gram Sabha, a village council of the panchayat, were killed.", "civilians.killed=2"},
		{"people listed after a colon", "The Maoists killed two persons in the district: a Police Patil at Gatta and a teacher at Kasansur.", "civilians.killed=1 security_forces.killed=1"},
		{"a colon list of another count keeps the toll", "The Maoists killed three persons in the district: a Police Patil and a teacher.", "civilians.killed=3"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindSurrenderedAndAlso covers a surrendered cadre named by the
// adjective (no surrender of the sentence's own), one who joined a force
// since, the dead a group carried away, and one more victim told with
// "also".
func TestFindSurrenderedAndAlso(t *testing.T) {
	sides := map[string]string{"DRG": Security, "Police": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"a surrendered cadre with a clause", "A surrendered Maoist who had gone to the market was killed by the Maoists.", "civilians.killed=1"},
		{"a surrendered cadre who joined a force", "A surrendered Maoist who had joined the DRG as an 'Assistant Constable' was killed by the Maoists.", "security_forces.killed=1"},
		{"a surrender told keeps its clause recalled", "Six cadres who took part in a raid that killed two guards surrendered.", ""},
		{"the dead a group carried away", "Police said the Maoists had carried away their dead comrades.", ""},
		{"the dead counted stay", "Police said four Maoists were killed.", "militants.killed=4"},
	}
	checkSummaries(t, sides, tests)
	// One victim told with "also" is one more than a toll told before;
	// attackers and many are not so marked.
	for _, tc := range []struct {
		sentence string
		more     bool
	}{
		{"The driver of the vehicle, a civilian, also died in the blast.", true},
		{"A villager was also killed in the firing.", true},
		{"Two Maoists were also killed.", false},
		{"Twelve villagers also died.", false},
		{"A civilian died in the blast.", false},
	} {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].More != tc.more {
			t.Errorf("Find(%q) = %+v, want one figure with More %v", tc.sentence, figs, tc.more)
		}
	}
}

// TestFindDescribedAs covers people told by what someone called them
// ("described as militia members"), whose count an article parts from
// the speaker's noun, against people counted with their own noun.
func TestFindDescribedAs(t *testing.T) {
	sides := map[string]string{"Police": Security, "DRG": Security}
	tests := []sentenceWant{
		{"described as militia members", "Two persons the Police described as Maoist militia members were killed in the encounter.", "militants.killed=2"},
		{"villagers described as cadres", "Three villagers the DRG described as Maoist cadres were injured.", "militants.injured=3"},
		{"the count stays with its own noun", "Three troopers of the Police were injured.", "security_forces.injured=3"},
		{"described as a place is no side", "Two persons the Police described as residents of Gompad were killed.", "civilians.killed=2"},
	}
	checkSummaries(t, sides, tests)
}
