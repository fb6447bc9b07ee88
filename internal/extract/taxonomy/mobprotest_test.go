package taxonomy

import "testing"

// TestClassifyMobBurnsInProtest: a mob that burns property as its protest
// ("set ablaze ... protesting the killing", "in protest against") is a
// violent demonstration; one that beats people while protesting, or burns
// with no protest told, stays a mob.
func TestClassifyMobBurnsInProtest(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A mob torched the house of the local legislator on Sunday protesting the killing of two boys by gunmen.", nil, 0, true, false, ViolentDemo},
		{"An angry mob set fire to the tehsil office in protest against the arrest of a trader.", nil, 0, false, false, ViolentDemo},
		{"A mob protesting the killing of two boys lynched a man accused of the crime.", map[string]int{"civilians": 1}, 1, false, false, MobViolence},
		{"A mob torched the house of the local legislator on Sunday.", nil, 0, false, false, MobViolence},
	})
}
