package taxonomy

import "testing"

// TestClassifyNamedGangKilling: a killing by a gang named by its code
// ("the MS-13 gang") or its rivalry ("inmates of rival gangs"), or one
// told as part of a taxi feud, is organised crime; the same killing by
// gunmen no gang is named for is an attack, and rival gangs fighting for
// ground stay a battle.
func TestClassifyNamedGangKilling(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Members of the MS-13 gang shot dead a shopkeeper who refused to pay them on Tuesday.", civ(1), 1, true, false, ""},
		{"Inmates of rival gangs killed 14 prisoners at the city jail on Tuesday, officials said.", civ(14), 14, true, false, ""},
		{"Gunmen shot dead three minibus drivers at the rank on Monday in a feud between rival taxi associations.", civ(3), 3, true, false, ""},
		{"Gunmen shot dead three minibus drivers at the rank on Monday.", civ(3), 3, true, false, Attack},
		{"Members of two rival gangs fought with rifles for control of the district on Tuesday.", nil, 0, true, false, ArmedClash},
	})
}
