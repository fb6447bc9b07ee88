package taxonomy

import "testing"

// TestClassifyMarchersConvoyFiredOn: forces who fire on a convoy the lead
// says carried marchers use excessive force on a protest; militants who
// fire on the forces' convoy fight them.
func TestClassifyMarchersConvoyFiredOn(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police fired on a convoy of the movement heading to the capital, injuring nine marchers.", map[string]int{"civilians": 9}, 0, true, true, ExcessiveForce},
		{"Militants fired on an army convoy heading to the capital, injuring nine soldiers.", map[string]int{"security_forces": 9}, 0, true, true, ArmedClash},
	})
}
