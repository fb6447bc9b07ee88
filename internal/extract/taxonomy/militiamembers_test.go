package taxonomy

import "testing"

// TestClassifyMilitiaMembersHit: people killed whom the lead names as
// members of a militia or a death squad were fighters on the state's side,
// a battle, though their toll was counted as civilians'; members of a
// militia who did the killing, or civilians killed, leave an attack.
func TestClassifyMilitiaMembersHit(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Rebels shot dead two members of a pro-government militia near the market on Friday.", civ(2), 2, true, true, ArmedClash},
		{"Separatists killed a man allegedly belonging to a state-backed 'death squad' in the town.", civ(1), 1, true, true, ArmedClash},
		{"Members of a militia shot dead two traders near the market on Friday.", civ(2), 2, true, true, Attack},
		{"Rebels shot dead two traders near the market on Friday.", civ(2), 2, true, false, Attack},
	})
}
