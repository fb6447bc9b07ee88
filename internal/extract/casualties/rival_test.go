package casualties

import "testing"

// TestRivalClaims pairs sentences that set the officials' account against
// a group's claimed toll, which the officials' replaces, with near
// sentences whose claim stands.
func TestRivalClaims(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"officials report only wounded", "The BRAS claimed that nine personnel were killed, but officials said three FC men were wounded.", "security_forces.injured=3"},
		{"officials deny any casualty", "The group claimed to have killed four soldiers, whereas the military said there were no casualties.", "none.killed"},
		{"officials give a lower toll", "BLF claimed to have killed 15 soldiers, while the ISPR said one soldier was martyred.", "security_forces.killed=1"},
		{"officials say nothing of the toll", "BLF claimed to have killed 15 soldiers, but the army said the attack was repulsed.", "security_forces.killed=15"},
		{"another party is no official", "BLA claimed that six soldiers were killed, while local residents said two villagers were injured.", "civilians.injured=2 security_forces.killed=6"},
		{"a claim of responsibility is no toll", "BLA claimed responsibility for the blast, while police said two soldiers were killed.", "security_forces.killed=2"},
	})
}
