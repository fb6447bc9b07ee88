package taxonomy

import "testing"

// TestClassifyLeftBeforeLongEntry: fighters who moved into a town named
// with its district and region, hours after the troops pulled out,
// entered ground left to them; the same entry with no one gone before it
// is no transfer.
func TestClassifyLeftBeforeLongEntry(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Jihadist fighters moved into the town of Tessit in the Ansongo district of Mali's Gao region on Friday, hours after the army pulled out, residents said.", nil, 0, true, false, NonViolentTransf},
		{"Jihadist fighters moved into the town of Tessit in the Ansongo district of Mali's Gao region on Friday, residents said.", nil, 0, true, false, ""},
	})
}
