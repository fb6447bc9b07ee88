package taxonomy

import "testing"

// TestDisplacedLivingInCamps: people displaced earlier and told of where
// they live now are no flight; people displaced that day, or who took
// shelter after fleeing, are.
func TestDisplacedLivingInCamps(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"About 20,000 people displaced by the clashes are still living in relief camps, officials said on Monday.", nil, 0, false, false, ""},
		{"Some 3,000 families displaced by the fighting remain in camps near the town, the UN said on Monday.", nil, 0, false, false, ""},
		{"About 20,000 people displaced by the clashes on Monday took shelter in relief camps, officials said.", nil, 0, false, false, OtherDev},
		{"Thousands of people have been displaced by the clashes in the district since Monday.", nil, 0, false, false, OtherDev},
	})
	checkStrategicMove(t, []strategicCase{
		{"About 20,000 people displaced by the clashes are still living in relief camps, officials said on Monday.", false},
		{"About 20,000 people displaced by the clashes on Monday took shelter in relief camps, officials said.", true},
	})
}

// TestDisplacedCountedPeople: fighting that displaced people counted in
// the active is a displacement, as "has displaced" is; people "displaced"
// from no count, or a disaster's, are not.
func TestDisplacedCountedPeople(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The fighting displaced 20,000 people on Monday, officials said.", nil, 0, false, false, OtherDev},
		{"The clashes displaced about 3,000 families in the district.", nil, 0, false, false, OtherDev},
		{"The army displaced the rebels from the ridge on Monday.", nil, 0, true, true, ""},
		{"The floods displaced 20,000 people in the district on Monday.", nil, 0, false, false, ""},
	})
}
