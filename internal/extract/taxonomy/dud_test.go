package taxonomy

import "testing"

// TestClassifyDudDefused: a grenade that failed to go off and was then
// defused is disrupted weapons use; one that went off, or two of which
// one went off, is a grenade attack.
func TestClassifyDudDefused(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A grenade thrown at the house of a councillor on Monday failed to explode and was defused by the bomb disposal squad.", nil, 0, true, false, DisruptedWeapons},
		{"A grenade lobbed at a police post in the town did not explode. Police later defused it; no one was hurt.", nil, 0, true, true, DisruptedWeapons},
		{"A grenade thrown at the house of a councillor on Monday exploded in the courtyard, injuring two.", map[string]int{"civilians": 2}, 0, true, false, Grenade},
		{"Militants hurled two grenades at a camp in the town; one exploded and the other failed to explode and was later defused.", nil, 0, true, true, Grenade},
	})
}
