package extract

import "testing"

// TestMoveMadeAsAgreed: a move made "as agreed" under a deal is made and
// opens its event; a move only agreed to is not yet made.
func TestMoveMadeAsAgreed(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"handed over as agreed",
			"Rebels withdrew from the town on Sunday and handed it over to the army, as agreed in the talks.",
			"Non-violent transfer of territory/0"},
		{"only agreed",
			"Rebels agreed to withdraw from the town next week.",
			""},
	})
}
