package taxonomy

import "testing"

// TestClassifyStormedWithBracketedPlace: gunmen who storm a place of
// civilians with rockets attack them, though the place's district and
// province stand in brackets between the verb and its weapons; rockets
// fired at a town, or an assault on forces, keep their own types.
func TestClassifyStormedWithBracketedPlace(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Gunmen attacked a brick kiln in the Sibi area (Sibi district, Balochistan) with rockets and grenades, killing nine labourers.", civ(9), 9, true, false, Attack},
		{"Armed men stormed the workers' camp at a dam site near Panjgur town (Panjgur district, Balochistan) and opened fire with rockets, killing six workers.", civ(6), 6, true, false, Attack},
		{"Militants fired rockets at the bazaar in Turbat (Kech district, Balochistan), killing four civilians.", civ(4), 4, true, false, Shelling},
		{"Gunmen attacked a check post in Dasht (Kech district, Balochistan) with rockets and automatic weapons, killing two soldiers.", map[string]int{"security_forces": 2}, 2, true, true, ArmedClash},
	})
}
