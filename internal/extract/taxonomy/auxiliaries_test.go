package taxonomy

import "testing"

// TestClassifyAuxiliariesAttacked: gunmen who attacked a unit of the
// army's auxiliaries, or vigilantes, fought armed men, a battle; the same
// gunmen attacking aid volunteers or herders attacked civilians.
func TestClassifyAuxiliariesAttacked(t *testing.T) {
	unk := func(n int) map[string]int { return map[string]int{"unknown": n} }
	checkClassify(t, []classifyCase{
		{"Gunmen attacked a unit of army auxiliaries near the border town on Monday, killing five.", unk(5), 5, true, false, ArmedClash},
		{"Gunmen attacked vigilantes guarding the market on Monday, killing five.", unk(5), 5, true, false, ArmedClash},
		{"Gunmen attacked a group of aid volunteers near the border town on Monday, killing five.", unk(5), 5, true, false, Attack},
		{"Gunmen attacked herders near the border town on Monday, killing five.", unk(5), 5, true, false, Attack},
	})
}
