package taxonomy

import "testing"

// TestClassifyGuardsOfVictims: civilians shot with the guard who escorted
// them ("and a constable escorting them", "and his bodyguard") were the
// target, an attack on civilians; civilians and policemen shot together,
// no guard named, make a battle, as does a guard shot alone.
func TestClassifyGuardsOfVictims(t *testing.T) {
	both := func(c, s int) map[string]int { return map[string]int{"civilians": c, "security_forces": s} }
	checkClassify(t, []classifyCase{
		{"Gunmen shot dead a judge and his bodyguard outside the court on Monday.", both(1, 1), 2, true, false, Attack},
		{"Gunmen shot dead a pro-government militia leader and his guard on Monday.", both(1, 1), 2, true, true, ArmedClash},
		{"Militants shot dead two vaccinators and a constable escorting them in the district.", both(2, 1), 3, true, true, Attack},
		{"Gunmen shot dead a shopkeeper and two policemen in the bazaar on Monday.", both(1, 2), 3, true, true, ArmedClash},
		{"Militants shot dead two vaccinators and a constable in the district; the police returned fire.", both(2, 1), 3, true, true, ArmedClash},
		{"A constable escorting a vaccination team was shot dead and a vaccinator was wounded by gunmen in the district.", both(1, 1), 1, true, true, ArmedClash},
	})
}
