package casualties

import "testing"

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
