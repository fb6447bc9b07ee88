package taxonomy

import "testing"

// TestClassifyShellFiredDuringClashes: civilians killed by a shell "fired
// during clashes" were shelled, the clash only when it was fired; forces
// hit in the clash, or civilians killed in the clash itself, make a battle.
func TestClassifyShellFiredDuringClashes(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A woman was killed when a mortar shell fired during fighting between the army and rebels hit her house.", map[string]int{"civilians": 1}, 1, true, true, Shelling},
		{"Two soldiers were killed when a mortar shell fired during clashes with militants hit their post.", map[string]int{"security_forces": 2}, 2, true, true, ArmedClash},
		{"A woman was killed in crossfire during clashes between the army and rebels.", map[string]int{"civilians": 1}, 1, true, true, ArmedClash},
	})
}
