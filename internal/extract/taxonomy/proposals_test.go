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

// TestClassifyBurnedWithoutFight: a post raided and burned "without a
// fight" is property destroyed; one burned after a gunfight was fought
// for.
func TestClassifyBurnedWithoutFight(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rebels raided a police post near the border, seized its rifles and burned the building without a fight.", nil, 0, true, true, Looting},
		{"Rebels raided a police post near the border, seized its rifles and burned the building after a two-hour gunfight.", nil, 0, true, true, ArmedClash},
	})
}
