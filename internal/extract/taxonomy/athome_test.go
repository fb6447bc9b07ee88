package taxonomy

import "testing"

// TestClassifyShotInsideTheirHouse: a policeman shot with his family
// inside their house was off duty; gunmen firing from their own house,
// or forces fired on inside their camp, were not.
func TestClassifyShotInsideTheirHouse(t *testing.T) {
	sf := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		{"Militants shot dead a constable and his father inside their house in Tral on Monday.", sf(1), 2, true, true, Attack},
		{"Gunmen killed an SPO inside his house at the village.", sf(1), 1, true, true, Attack},
		{"Militants fired on a police party inside their camp in Tral on Monday, injuring two constables.", sf(2), 0, true, true, ArmedClash},
		{"Militants hiding inside their house fired at a police party in the village, injuring two constables.", sf(2), 0, true, true, ArmedClash},
	})
}
