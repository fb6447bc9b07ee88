package taxonomy

import "testing"

// TestClassifyProtestersSetUpon: thugs, hoodlums or a party's supporters
// who attacked protesters or their sit-in are a mob set on the crowd;
// protesters who attacked a convoy demonstrate violently, and police who
// beat protesters intervene.
func TestClassifyProtestersSetUpon(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Thugs armed with sticks attacked protesters outside the electoral commission on Friday, injuring twelve.", civ(12), 0, false, false, MobViolence},
		{"Supporters of the governor attacked the sit-in of the opposition outside the assembly on Friday.", nil, 0, false, false, MobViolence},
		{"Protesters attacked the governor's convoy outside the assembly on Friday, smashing its windows.", nil, 0, false, false, ViolentDemo},
		{"Police beat protesters with batons outside the assembly on Friday and detained six.", nil, 0, true, true, ProtestWithForce},
	})
}
