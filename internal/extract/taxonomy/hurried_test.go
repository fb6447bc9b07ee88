package taxonomy

import "testing"

// TestClassifyHurriedNotes: a hurried note's forces ("SFs", "LEAs", a
// "Coast gaurd post") attacked are forces, and a VBIED rammed into its
// target is a suicide bombing; near sentences keep their codes.
func TestClassifyHurriedNotes(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"BLA militants attacked SFs in Turbat.", nil, 0, true, false, ArmedClash},
		{"BLF militants attacked LEAs in Turbat.", nil, 0, true, false, ArmedClash},
		{"BLF militants attacked a Coast gaurd post at Jiwani.", nil, 0, true, false, ArmedClash},
		{"BLA militants attacked a bus of pilgrims in Turbat.", nil, 0, true, false, Attack},
		{"A VBIED rammed into an army convoy near Noshki.", nil, 0, true, false, SuicideBomb},
		{"A VBIED parked near the FC camp at Noshki was detonated remotely.", nil, 0, true, true, RemoteExplosive},
	})
}
