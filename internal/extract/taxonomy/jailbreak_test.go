package taxonomy

import "testing"

// TestClassifyJailbreak: inmates who escaped from or broke out of a
// prison, or a jailbreak, are another strategic development, news of its
// own; a hostage who escaped from his captors, or a jailbreak foiled,
// is none.
func TestClassifyJailbreak(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"About 300 inmates escaped from the central prison on Sunday night through a tunnel they had dug, officials said.", nil, 0, false, false, OtherDev},
		{"Dozens of prisoners broke out of a jail in the provincial capital on Sunday.", nil, 0, false, false, OtherDev},
	})
	checkStrategicMove(t, []strategicCase{
		{"About 300 inmates escaped from the central prison on Sunday night through a tunnel they had dug, officials said.", true},
		{"A kidnapped engineer escaped from his captors on Sunday night, officials said.", false},
		{"Guards foiled a planned jailbreak at the central prison on Sunday night, officials said.", false},
	})
}
