package taxonomy

import "testing"

// TestClassifyCaptiveReleased: a captive released by his captors, told in
// the passive, is an agreement; one rescued by the police, freed with no
// agent named, or a suspect let out on bail is not.
func TestClassifyCaptiveReleased(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A schoolteacher kidnapped by gunmen from Kech on March 2 was released by his kidnappers on March 9.", nil, 0, true, false, Agreement},
		{"Two engineers taken hostage at the dam site in May were finally freed by their captors near the border.", nil, 0, true, false, Agreement},
		{"A schoolteacher kidnapped by gunmen from Kech on March 2 was rescued by the police on March 9.", nil, 0, true, true, Abduction},
		{"A schoolteacher kidnapped by gunmen from Kech on March 2 was freed by the police in a raid on March 9.", nil, 0, true, true, Abduction},
		{"A suspect arrested on March 2 was released on bail on March 9.", nil, 0, false, true, ""},
		{"Gunmen kidnapped a schoolteacher from Kech on March 2; his family said he was beaten by his abductors.", nil, 0, true, false, Abduction},
	})
}
