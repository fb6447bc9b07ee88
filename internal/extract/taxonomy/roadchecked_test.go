package taxonomy

import "testing"

// TestStrategicMoveRoadChecked: armed men who block or patrol a highway
// (named or by its code, "N-40") or set up a checkpoint, and check the
// vehicles or the identity cards of passengers on it, with no one hurt, make another strategic
// development; residents who block a highway protest, and militants who
// check vehicles and shoot passengers attack them.
func TestStrategicMoveRoadChecked(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"Armed militants blocked the coastal highway for several hours and checked passing vehicles.", true},
		{"Dozens of armed militants were seen patrolling the highway and checking vehicles before leaving.", true},
		{"Traffic police checked vehicles on the highway for tinted glass.", false},
		{"Armed militants blocked the coastal highway for several hours.", false},
		// A hurried note's road code, identity cards and "snap checking".
		{"BLA militants blocked N-40 near Dalbandin for several hrs and checked ID cards of passengers.", true},
		{"BRAS militants set up a checkpoint on the highway near Pasni and conducted snap checking for 2 hrs.", true},
		{"Armed men set up a checkpoint near Mastung and checked the identity cards of passengers.", true},
		{"Police checked ID cards of passengers at a checkpoint in Kalat.", false},
		{"The N-40 was closed for repairs and engineers checked the bridge.", false},
	})
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Armed militants blocked the coastal highway for several hours and checked passing vehicles.", nil, 0, true, false, OtherDev},
		{"Armed militants blocked the coastal highway, checked passing vehicles and shot dead two passengers.", civ(2), 2, true, false, Attack},
	})
}
