package taxonomy

import "testing"

// TestClassifyShellsFiredAtPosts: artillery or shells fired at forces'
// posts are shelling, whether "artillery" is the object of "fired" or the
// shells are the subject of a passive "were fired"; guns fired at the
// same posts, or shots that were fired, make a battle.
func TestClassifyShellsFiredAtPosts(t *testing.T) {
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		{"Several mortar rounds were fired at an army camp in the district on Monday, injuring two soldiers.", sec(2), 0, true, true, Shelling},
		{"Shots were fired at an army camp in the district on Monday, injuring two soldiers.", sec(2), 0, true, true, ArmedClash},
		{"Border troops fired artillery at Pakistani border posts near the crossing on Sunday.", nil, 0, true, true, Shelling},
		{"Border troops fired at Pakistani border posts near the crossing on Sunday with small arms and artillery.", nil, 0, true, true, ArmedClash},
	})
}
