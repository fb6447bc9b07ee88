package taxonomy

import "testing"

// TestClassifyNamedOperationFrame: a deed told as "part of" a campaign
// named "Operation X" is the deed; the campaign's name is no fight.
func TestClassifyNamedOperationFrame(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants torched three excavators of a road firm near the town as part of the group's Operation Herof.", nil, 0, true, false, Looting},
		{"Militants attacked a police station near the town as part of the group's Operation Herof, killing two policemen.", nil, 2, true, true, ArmedClash},
	})
}
