package taxonomy

import "testing"

// TestClassifyForcesOfThem: forces counted as a few of the people hit
// ("wounding five, two of them policemen") fell in an attack on the
// crowd; forces who were most of those hit fought.
func TestClassifyForcesOfThem(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A gunman opened fire in a crowded market, killing nine shoppers and wounding five, two of them policemen.", map[string]int{"civilians": 12, "security_forces": 2}, 9, true, true, Attack},
		{"Militants opened fire in the market, killing one shopper and wounding five, four of them policemen.", map[string]int{"civilians": 2, "security_forces": 4}, 1, true, true, ArmedClash},
	})
}
