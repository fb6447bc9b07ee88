package taxonomy

import "testing"

// TestClassifyPostAttackedAndBurned: militants who attack a forces' post
// and then set it on fire fought the forces, though no one was hurt;
// militants who set fire to a bank, or to a post they did not attack,
// destroyed property.
func TestClassifyPostAttackedAndBurned(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants attacked a police station in the town and set it on fire; no one was hurt.", nil, 0, true, true, ArmedClash},
		{"Militants attacked a bank in the town and set it on fire; no one was hurt.", nil, 0, true, false, Looting},
		{"Militants set fire to an abandoned police post in the town; no one was hurt.", nil, 0, true, true, Looting},
	})
}

// TestClassifyCampAttackedAndBurned: a firm's camp or a supply convoy
// attacked and burned is property destroyed, not a battle.
func TestClassifyCampAttackedAndBurned(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rebels attacked the camp of a road construction firm and set ablaze six vehicles.", nil, 0, true, false, Looting},
		{"Militants attacked a convoy carrying food to the town and torched seven trucks.", nil, 0, true, false, Looting},
	})
}
