package casualties

import "testing"

// TestFindAgeAside covers a number set off by commas after a name, the
// man's age ("Sepoy Naveed Khan, 24, embraced martyrdom"), against a count
// set off after a place ("In Quetta, 12 were killed") and a count before
// its verb.
func TestFindAgeAside(t *testing.T) {
	tests := []sentenceWant{
		{"an age after a rank and name", "Sepoy Naveed Khan, 24, embraced martyrdom in the exchange of fire.", "security_forces.killed=1"},
		{"an age after a name, passive", "Constable Abdul Rehman, 31, was shot dead near his home.", "security_forces.killed=1"},
		{"a count after a place is a count", "In Quetta, 12 were killed in the blast.", "unknown.killed=12"},
		{"a bare count before its verb", "Police said 12 were killed in the blast.", "unknown.killed=12"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindDemonyms covers nationals counted by their demonym ("three
// Spaniards and three Afghans"), people as "nationals" are, against the
// demonym as an adjective of the counted noun.
func TestFindDemonyms(t *testing.T) {
	tests := []sentenceWant{
		{"two demonyms joined", "Gunmen opened fire on tourists, killing three Spaniards and three Afghans.", "civilians.killed=3 civilians.killed=3"},
		{"a demonym alone", "Two Pakistanis were injured in the blast.", "civilians.injured=2"},
		{"a demonym before its noun", "Two Pakistani soldiers were injured in the blast.", "security_forces.injured=2"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindTreatedInHospital covers the wounded told by their care ("83
// are being treated in hospitals"), against a treatment with no count.
func TestFindTreatedInHospital(t *testing.T) {
	tests := []sentenceWant{
		{"being treated in hospitals", "Eighty-three people were being treated in hospitals.", "civilians.injured=83"},
		{"admitted to hospitals", "Twelve policemen were admitted to hospitals in Quetta.", "security_forces.injured=12"},
		{"no count", "The hospitals were treating the wounded.", ""},
	}
	checkSummaries(t, nil, tests)
}

// TestFindSiblingAfterIncluded covers a phrase joined by ", and" after an
// "including" list that runs into the verb: a sibling of the whole, not one
// of its parts; a list closed by a comma before the verb keeps every part.
func TestFindSiblingAfterIncluded(t *testing.T) {
	tests := []sentenceWant{
		{"a sibling after the list", "Five people, including three FC personnel, and four attackers were killed in the attack.",
			"civilians.killed=2 perpetrators.killed=4 security_forces.killed=3"},
		{"a list closed before the verb", "Seven people, including three soldiers, and two children, were killed in the blast.",
			"civilians.killed=4 security_forces.killed=3"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindUnconfirmedClaim covers a vague claimed toll the sentence denies
// of everyone ("but no fatalities were confirmed"): no one is counted; a
// claimed number, or a denial of one side, leaves the toll.
func TestFindUnconfirmedClaim(t *testing.T) {
	tests := []sentenceWant{
		{"a vague claim denied", "BLF claimed several soldiers were killed, but no fatalities were confirmed.", "none.killed"},
		{"a claimed number", "BLF claimed four soldiers were killed in the attack.", "security_forces.killed=4"},
		{"one side denied", "Several militants were killed, but no civilians were hurt.", "militants.killed~3 none.injured"},
		{"one side denied the same fate", "Several militants were killed, but no civilians were killed.", "militants.killed~3 none.killed"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindCapturedThings covers "captured" and "seized" with arms or ground
// as their object: no one arrested; with people first, people arrested.
func TestFindCapturedThings(t *testing.T) {
	tests := []sentenceWant{
		{"arms captured", "Troops captured two rifles and a grenade launcher in the raid.", ""},
		{"ground captured", "The Taliban captured the district centre on Monday.", ""},
		{"people and their arms", "Troops captured three militants and their weapons in the raid.", "militants.arrested=3"},
	}
	checkSummaries(t, nil, tests)
}
