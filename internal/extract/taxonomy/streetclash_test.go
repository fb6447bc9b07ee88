package taxonomy

import "testing"

// TestClassifyStreetClash: a crowd's clash with the police is a violent
// demonstration, a crowd's with another crowd mob violence; a clash with
// armed men, a gunfight or an encounter stays a battle.
func TestClassifyStreetClash(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Clashes broke out between youth and the police in the old town after the Friday prayers, injuring 14 people.", civ(14), 0, true, true, ViolentDemo},
		{"Clashes broke out between militants and the police in the old town after the Friday prayers, injuring 14 people.", civ(14), 0, true, true, ArmedClash},
		{"Stone pelters clashed with the CRPF near the bus stand in the evening.", nil, 0, true, true, ViolentDemo},
		{"Militants clashed with the CRPF near the bus stand in the evening.", nil, 0, true, true, ArmedClash},
		{"Nine policemen were hurt when youths clashed with them in the market.", map[string]int{"security_forces": 9}, 0, true, true, ViolentDemo},
		{"Two policemen and five villagers were injured during clashes at the market after the police fired teargas.", civ(5), 0, true, true, ViolentDemo},
		{"Two policemen were injured in a clash with militants at the market.", map[string]int{"security_forces": 2}, 0, true, true, ArmedClash},
		// Clashes with no sides named are the street's when the story is
		// of stones and curfew, a battle's when it is of guns.
		{"Over 60 people were injured in clashes that broke out across the valley amid a strict curfew. Police fired teargas at stone pelters.", civ(60), 0, true, true, ViolentDemo},
		{"Over 60 people were injured in clashes that broke out across the valley. Militants fired rockets at an army camp.", civ(60), 0, true, true, ArmedClash},
		{"Four soldiers were injured in clashes that broke out in the forest.", map[string]int{"security_forces": 4}, 0, true, true, ArmedClash},
		// A crowd armed, or firing, is no street crowd.
		{"Villagers armed with rifles clashed with the police at the check post.", nil, 0, true, true, ArmedClash},
		{"A crowd clashed with the police and fired at them from rooftops.", nil, 0, true, true, ArmedClash},
		// Two crowds, no force among them.
		{"Six people were injured in a clash between the activists of two rival student unions at the college.", civ(6), 0, false, false, MobViolence},
		// A tribal clash is a battle of communal militias.
		{"Two persons were injured in a tribal clash over land in the district.", civ(2), 0, true, false, ArmedClash},
	})
}
