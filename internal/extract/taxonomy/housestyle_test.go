package taxonomy

import "testing"

// TestClassifyHouseStyles covers the phrasings that probe 18's snippets
// in the house styles of state news agencies, translated local press,
// army communiques and UN reports showed, in sentences written after it,
// each beside a near sentence the rule must leave alone.
func TestClassifyHouseStyles(t *testing.T) {
	checkClassify(t, []classifyCase{
		// A cue word in the name of a government or an operation.
		{"Fighters of the Storm of Peace operation retook the airport after heavy clashes, the Government of National Accord said.", nil, 0, true, true, GovRegains},
		{"The Government of National Accord and the eastern commanders signed a ceasefire accord in Geneva.", nil, 0, true, true, Agreement},
		{"Hurricane Eta flooded the coast, and troops were sent to evacuate residents.", nil, 0, false, true, ""},
		{"Lava from the Taal Volcano buried two villages, and soldiers evacuated thousands.", nil, 0, false, true, ""},
	})
}
