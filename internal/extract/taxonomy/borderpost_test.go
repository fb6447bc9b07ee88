package taxonomy

import "testing"

// TestClassifyForcePosts: a post named by the force that holds it ("BSF
// posts", "Rangers posts") is the forces': fire on it is a battle, as
// fire on a named state's posts is; fire on smugglers is not.
func TestClassifyForcePosts(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rangers fired at BSF posts along the border in the sector on Sunday night; the troops responded.", nil, 0, true, true, ArmedClash},
		{"Border guards fired on Rangers posts near the crossing on Sunday.", nil, 0, true, true, ArmedClash},
		{"Afghan border troops fired on a Pakistani check post near Chaman on Sunday; the FC responded.", nil, 0, true, true, ArmedClash},
		{"Border troops fired on smugglers near Chaman on Sunday, killing two.", map[string]int{"civilians": 2}, 2, true, true, Attack},
		{"Gunmen fired at a post office in the bazaar on Sunday.", nil, 0, true, false, Attack},
	})
}
