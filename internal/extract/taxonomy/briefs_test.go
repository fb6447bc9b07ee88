package taxonomy

import "testing"

// TestClassifyBriefs covers the words for deeds that probe 16's one-line
// news briefs showed, in sentences written after it, each beside a near
// sentence the rule must leave alone.
func TestClassifyBriefs(t *testing.T) {
	checkClassify(t, []classifyCase{
		// Strikes and protests by their regional names.
		{"Commuters stayed home as a stayaway called by the unions shut the township.", nil, 0, false, false, PeacefulProtest},
		{"Minibus drivers began a go-slow on the highway to protest fuel prices.", nil, 0, false, false, PeacefulProtest},
		{"Hundreds of residents held a cacerolazo outside the congress building.", nil, 0, false, false, PeacefulProtest},
		{"Neighbours banged pots and pans from their balconies against the new tax.", nil, 0, false, false, PeacefulProtest},
		{"The cook banged pots and pans in the hotel kitchen.", nil, 0, false, false, ""},
		{"Lecturers at the state university downed their pens over unpaid allowances.", nil, 0, false, false, PeacefulProtest},
		{"Nurses in the capital downed their stethoscopes on Tuesday.", nil, 0, false, false, PeacefulProtest},
		// A walkout by workers whose workplace stands between.
		{"Workers at a tea estate in the hills staged a walkout over wages.", nil, 0, false, false, PeacefulProtest},
		{"Opposition members of the provincial assembly in the hills staged a walkout over the budget.", nil, 0, false, false, ""},
	})
}

// TestClassifyBriefsVictims covers the regional words for what was done
// to people: a girl "defiled", people "taken captive", a suspect
// "collared".
func TestClassifyBriefsVictims(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A nine-year-old girl was defiled by a militiaman at the camp.", nil, 0, true, false, SexualViolence},
		{"Vandals defiled a shrine on the edge of the town overnight.", nil, 0, false, false, ""},
		{"The rebels took five road workers captive near the bridge.", nil, 0, true, false, Abduction},
		{"The singer held a captive audience at the stadium.", nil, 0, false, false, ""},
		{"The trader, held captive for two years, returned home on Monday.", nil, 0, false, false, ""},
		{"Police collared two suspected gun runners at the bus park.", nil, 0, false, true, Arrests},
		{"The collared suspect was led to the court by the police.", nil, 0, false, true, ""},
	})
}

// TestClassifyBriefsFromAfar covers the briefs' words for fire from the
// air and from guns: "aerial bombardment" by jets, UAVs that "targeted"
// a car, a town "bombarded" with artillery.
func TestClassifyBriefsFromAfar(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Aerial bombardment by government jets killed 12 villagers on Sunday.", civ(12), 12, false, false, AirDrone},
		{"Aerial firing at a wedding injured three guests.", civ(3), 0, false, false, ""},
		{"Army UAVs targeted a pickup carrying fighters near the border, killing four.", map[string]int{"militants": 4}, 4, true, true, AirDrone},
		{"Gunmen targeted a pickup carrying traders near the border, killing four.", civ(4), 4, true, false, Attack},
		{"Rebel guns bombarded the city with artillery overnight.", nil, 0, true, false, Shelling},
		{"Warplanes bombarded rebel positions in the hills on Sunday.", nil, 0, true, true, AirDrone},
		{"Reporters bombarded the minister with questions about the strike.", nil, 0, false, false, ""},
	})
}

// TestClassifyBriefsProtestForce covers the briefs' words for force used
// on a crowd: riot officers, kettling, pepper balls, marchers "mowed
// down", lethal force, a crowd named by its demand fired on.
func TestClassifyBriefsProtestForce(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Riot officers broke up a march by pensioners outside the ministry.", nil, 0, false, true, ProtestWithForce},
		{"Police made a lathi-charge on the agitating teachers outside the assembly.", nil, 0, false, true, ProtestWithForce},
		{"Rioters broke into the ministry and set it on fire.", nil, 0, false, false, ViolentDemo},
		{"Police kettled the students on the bridge for six hours.", nil, 0, false, true, ProtestWithForce},
		{"Officers fired pepper balls at demonstrators outside the legislature.", nil, 0, false, true, ProtestWithForce},
		{"Officers fired live rounds at demonstrators outside the legislature, killing two.", civ(2), 2, false, true, ExcessiveForce},
		{"Soldiers mowed down a dozen marchers with machine-gun fire.", nil, 0, true, true, ExcessiveForce},
		{"A speeding truck mowed down three pedestrians on the highway.", civ(3), 3, false, false, ""},
		{"Troops used lethal force against demonstrators in the capital, killing nine.", civ(9), 9, true, true, ExcessiveForce},
		{"Troops used tear gas against demonstrators in the capital.", nil, 0, true, true, ProtestWithForce},
		{"Police opened fire on a crowd demanding the release of their leader, killing three.", civ(3), 3, true, true, ExcessiveForce},
		{"Gunmen opened fire on a crowd leaving the stadium, killing three.", civ(3), 3, true, false, Attack},
	})
}

// TestClassifyBriefsCrowdsAndArson covers crowds named as protesting or
// as a cause's supporters before their deed, houses "razed", and a toll
// of none ("no one was hurt").
func TestClassifyBriefsCrowdsAndArson(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A crowd protesting against the eviction stormed the council offices and ransacked them.", nil, 0, false, false, ViolentDemo},
		{"A crowd stormed the house of a suspected thief and burned it.", nil, 0, false, false, MobViolence},
		{"Supporters of the opposition leader looted shops and burned two buses in the capital.", nil, 0, false, false, ViolentDemo},
		{"Armed men looted shops and burned two buses in the capital.", nil, 0, true, false, Looting},
		{"Militiamen razed a village on the plateau, but no one was hurt.", nil, 0, true, false, Looting},
		{"Militiamen razed a village on the plateau and shot dead two farmers who were hurt trying to flee.", map[string]int{"civilians": 2}, 2, true, false, Attack},
	})
}

// TestClassifyBriefsDisposed covers a weapon "destroyed in a controlled
// explosion", disposed of, beside property destroyed by a blast.
func TestClassifyBriefsDisposed(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A mortar round found in a field was destroyed in a controlled explosion by army experts.", nil, 0, false, true, DisruptedWeapons},
		{"Militants destroyed a mobile phone tower in the district overnight.", nil, 0, true, false, Looting},
	})
}

// TestClassifyBriefsRelief covers troops deployed to bring relief in a
// disaster, beside a group's ceasefire declared to allow relief work.
func TestClassifyBriefsRelief(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Soldiers were deployed to rescue villagers as floods swept the district.", nil, 0, false, true, ""},
		{"The rebels declared a ceasefire to allow relief work after the earthquake.", nil, 0, true, false, GroupChange},
	})
}

// TestClassifyBriefsFactoryBlast covers a blast at a factory told with
// the police as its source only, beside one where the police name a bomb.
func TestClassifyBriefsFactoryBlast(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"A blast at a fireworks factory killed eight workers, police said.", civ(8), 8, false, false, ""},
		{"A blast at a factory gate killed eight workers, police said, blaming a bomb left in a bag.", civ(8), 8, false, false, RemoteExplosive},
	})
}

// TestClassifyBriefsCrime covers gangs told as fighting in a turf war and
// robbers' killings, beside gangs fighting for ground and bandits' raids.
func TestClassifyBriefsCrime(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Rival gangs clashed in the township overnight, killing three people in a turf war over drug sales.", civ(3), 3, false, false, ""},
		{"Rival gangs clashed for control of the port district overnight, killing three fighters.", nil, 3, true, false, ArmedClash},
		{"Armed robbers attacked a bullion van on the expressway, shooting dead two guards.", civ(2), 2, true, false, ""},
		{"Bandits attacked a village on the expressway, shooting dead two farmers.", civ(2), 2, true, false, Attack},
	})
}

// TestStrategicMoveBriefs covers moves told by their nouns or after a
// phrase of where: "the takeover of power", "the handover of the city",
// people "fleeing an offensive".
func TestStrategicMoveBriefs(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The army announced the takeover of power in the capital on Friday, closing the airport.", nil, 0, true, true, OtherDev},
		{"The company announced the takeover of a rival bank on Friday.", nil, 0, false, false, ""},
		{"The handover of the town of Gao to the national army took place on Monday.", nil, 0, true, true, NonViolentTransf},
		{"The rebels demanded the handover of the town of Gao to their men.", nil, 0, true, false, ""},
		{"Hundreds of families crossed the river into the neighbouring province on Friday fleeing an offensive by the rebels.", nil, 0, true, false, OtherDev},
		{"Rebel fighters walked into the market town on Monday a day after government troops pulled out.", nil, 0, true, false, NonViolentTransf},
		{"Rebel fighters walked into the market town on Monday and opened fire on the troops guarding it.", nil, 0, true, true, ArmedClash},
		{"The militia began recruiting young men in the border villages for its war on the army.", nil, 0, true, false, GroupChange},
		{"The hospital began recruiting nurses in the border villages.", nil, 0, false, false, ""},
		{"Kenya announced the withdrawal of its KDF troops from Somalia on Monday.", nil, 0, true, true, GroupChange},
		{"The company announced the withdrawal of its products from the market on Monday.", nil, 0, false, false, ""},
		{"A herder and his family crossed the river into the neighbouring province on Friday fleeing a swarm of locusts.", nil, 0, false, false, ""},
	})
}

// TestClassifyBriefsFlag covers armed men who "hoisted their flag" over a
// town they stormed, beside fans who hoisted theirs over a stadium.
func TestClassifyBriefsFlag(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rebel fighters stormed the town of Kalo and hoisted their flag over the police station after the officers fled.", nil, 0, true, false, NSAOvertakes},
		{"Fans hoisted their flag over the stadium after the final whistle.", nil, 0, false, false, ""},
	})
}

// TestStrategicMoveBriefsLeads covers leads that open an event by their
// move alone: a new armed group formed by people not yet armed, a camp
// set up by a force named by its initials.
func TestStrategicMoveBriefsLeads(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"Students in the hill town formed a new armed group to fight the junta.", true},
		{"Students in the hill town formed a new debating society.", false},
		{"The BSF established a new camp near the border fence on Monday.", true},
		{"The charity established a new camp for flood victims near the river.", false},
	})
}
