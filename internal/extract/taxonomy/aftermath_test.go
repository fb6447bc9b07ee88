package taxonomy

import "testing"

// TestClassifyAftermathMoves covers the moves probe 17's snippets told
// without a deed: attacks a group halts, a truce declared by a group
// named by its initials, a plan to reduce violence, ground left (a zone,
// a camp) or flagged, inmates escaping, people fleeing a quarter of a
// place, a mass burial site exhumed, a group announcing itself,
// volunteers joining units, troops arriving abroad in a force. Each
// stands beside a near sentence the rule must leave alone.
func TestClassifyAftermathMoves(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The guerrillas announced they would halt attacks during the harvest season.", nil, 0, true, false, GroupChange},
		{"Rebels halted the bus on the highway and attacked its passengers.", nil, 0, true, false, Attack},
		{"The NPA declared a unilateral ceasefire for the holidays, its spokesman said.", nil, 0, true, false, GroupChange},
		{"The army and the rebels agreed on a plan to reduce violence in the border districts.", nil, 0, true, true, Agreement},
		{"The city council agreed on a plan to reduce traffic in the old town.", nil, 0, false, false, ""},
		{"Rebel fighters withdrew from the buffer zone on Monday, and the army took control.", nil, 0, true, true, NonViolentTransf},
		{"Soldiers abandoned their camp near the river and the rebels moved in.", nil, 0, true, true, NonViolentTransf},
		{"Herders abandoned their camp near the river before the rains.", nil, 0, false, false, ""},
		{"Government troops raised their flag over Kalo after the rebels fled.", nil, 0, true, true, GovRegains},
		{"Forty inmates escaped from the central prison overnight through a hole in the wall.", nil, 0, false, false, OtherDev},
		{"Forty inmates escaped from the fire at the central prison, officials said.", nil, 0, false, false, ""},
		{"Thousands of people fled northern Kalo toward the border as the offensive advanced.", nil, 0, false, false, OtherDev},
		{"Investigators began exhuming dozens of bodies from a mass burial site near the town.", nil, 0, false, false, OtherDev},
		{"Investigators began exhuming the body of the former president from the cemetery.", nil, 0, false, false, ""},
		{"A new armed group calling itself the Free Brigades announced its formation in the east.", nil, 0, true, false, GroupChange},
		{"A new political party calling itself the Free Voice announced its formation in the capital.", nil, 0, false, false, ""},
		{"Hundreds of volunteers lined up to join the territorial defence units in the city.", nil, 0, false, false, GroupChange},
		{"Hundreds of volunteers lined up to join the clean-up of the beach.", nil, 0, false, false, ""},
		{"Foreign troops arrived in the capital as part of a regional peacekeeping force.", nil, 0, true, true, GroupChange},
		{"Troops arrived in the village on Monday, residents said.", nil, 0, true, true, ""},
	})
}

// TestStrategicMoveAftermathLeads covers the same moves as leads that open
// an event by the move alone, beside near leads that must not.
func TestStrategicMoveAftermathLeads(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The guerrillas announced they would halt attacks during the harvest season.", true},
		{"Government troops raised their flag over Kalo on Sunday.", true},
		{"The school raised its flag over Kalo on Sunday.", false},
		{"Forty inmates escaped from the central prison overnight through a hole in the wall.", true},
		{"Two gunmen escaped from the scene before the police arrived.", false},
		{"Hundreds of volunteers lined up to join the territorial defence units in the city.", true},
		{"Fourteen youths who had joined militant ranks last year returned home on Monday.", false},
		{"Soldiers abandoned their camp near the river and the rebels moved in.", true},
		{"Rebel fighters withdrew from the buffer zone on Monday, and the army took control.", true},
		{"The company withdrew from the free trade zone on Monday.", false},
	})
}

// TestClassifyAftermathCrowdsAndCrime covers a flash mob (a protest, not a
// mob), an arson attack that burned property or killed, and a killing in
// a string of gang feuds.
func TestClassifyAftermathCrowdsAndCrime(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Students staged a flash mob outside the ministry against the new law.", nil, 0, false, false, PeacefulProtest},
		{"A mob attacked the ministry's guards outside the building.", nil, 0, false, false, MobViolence},
		{"Three shops were gutted in an arson attack in the old town.", nil, 0, false, false, Looting},
		{"An arson attack on a house killed a family of four in the village.", civ(4), 4, false, false, Attack},
		{"A man was shot dead outside a bar in the port city in the latest of a string of gang feuds.", civ(1), 1, false, false, ""},
		{"A man was shot dead outside a bar in the port city by unknown gunmen.", civ(1), 1, true, false, Attack},
	})
}

// TestClassifyAftermathCrowdAgents covers crowds decided by who they are
// and what they were doing: a crowd of men attacking villages, a crowd
// striking after a stabbing that caused it, party supporters beating
// protesters (mob violence); a crowd burning an office as protests
// spread, a crowd named as protesting that broke in (violent
// demonstration); protesters who lost eyes to the security forces' fire.
func TestClassifyAftermathCrowdAgents(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Crowds of men armed with sticks attacked two villages overnight, burning houses.", nil, 0, false, false, MobViolence},
		{"Gangs of men armed with rifles attacked two villages overnight, burning houses.", nil, 0, true, false, Attack},
		{"A crowd attacked shops owned by migrants after a local youth was stabbed in a fight.", nil, 0, false, false, MobViolence},
		{"Gunmen attacked shops owned by migrants after a local youth was stabbed in a fight.", nil, 0, true, false, Attack},
		{"Supporters of the ruling party beat protesters and tore down their tents.", nil, 0, false, false, MobViolence},
		{"The home side beat the visitors in the final.", nil, 0, false, false, ""},
		{"Crowds stormed the governor's office and set it ablaze as protests over fuel prices spread.", nil, 0, false, false, ViolentDemo},
		{"An angry crowd protesting the election result broke into the town hall and beat a clerk.", nil, 0, false, false, ViolentDemo},
		{"Doctors said they had treated dozens of protesters who lost eyes to pellets fired by security forces.", map[string]int{"civilians": 12}, 0, true, true, ExcessiveForce},
		{"Doctors said they had treated dozens of protesters hit by rubber bullets fired by security forces.", map[string]int{"civilians": 12}, 0, true, true, ProtestWithForce},
		// A woman taken at a protest who was sexually assaulted: the
		// assault is the event.
		{"A student detained at a protest said she was sexually assaulted by police officers in a van.", nil, 0, true, true, SexualViolence},
		{"Police fired tear gas at women protesting against sexual assault in the capital.", nil, 0, true, true, ProtestWithForce},
		{"Police arrested two officers after a woman was sexually assaulted in a police van.", nil, 0, true, true, Arrests},
	})
}

// TestClassifyAftermathNoDeed covers snippets whose violent words name no
// deed of the event: a tank or a train that caused an accident, a state's
// diplomatic answer to strikes, the bodies of fallen soldiers exchanged,
// unexploded munitions destroyed by sappers.
func TestClassifyAftermathNoDeed(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"A fuel tank exploded in the village as people gathered to fill cans with petrol the army had seized, killing 20.", civ(20), 20, true, true, ""},
		{"A fuel tanker laden with explosives exploded at the army checkpoint, killing 20.", civ(20), 20, true, true, RemoteExplosive},
		{"A freight train smashed into a minibus at a level crossing, killing nine people.", civ(9), 9, false, false, ""},
		{"Rioters smashed the windows of a bank in the city centre.", nil, 0, false, false, ViolentDemo},
		{"The government expelled the ambassador over the supply of drones used in strikes on the capital.", nil, 0, false, false, ""},
		{"The army expelled the militants from the town after a battle.", nil, 0, true, true, GovRegains},
		{"The two armies exchanged the bodies of dozens of soldiers under a deal reached in the capital.", nil, 0, true, true, Agreement},
		{"Sappers destroyed unexploded shells found in a school yard.", nil, 0, true, true, DisruptedWeapons},
		{"Soldiers destroyed the houses of the villagers, residents said.", nil, 0, true, true, Looting},
	})
}

// TestClassifyAftermathVerbs covers deeds whose cue now stands on their
// verb or their cause: abuse told "sexually abused" (the verb, not the
// adverb, opens the deed), a strike named by the protests it backs, army
// units deployed to a town under a deal.
func TestClassifyAftermathVerbs(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Two women said they had been sexually abused by soldiers during a sweep of the villages.", nil, 0, true, true, SexualViolence},
		{"The coach was accused of having abused his position at the club.", nil, 0, false, false, ""},
		{"Traders shut their shops on Monday in a strike in support of the protests.", nil, 0, false, false, PeacefulProtest},
		{"Jets carried out a strike in support of the ground troops near the border.", nil, 0, true, true, AirDrone},
		{"Government army units deployed to the border town under a deal with the rebels.", nil, 0, true, true, NonViolentTransf},
		{"Government army units deployed 2,000 troops to the border town.", nil, 0, true, true, GroupChange},
	})
	checkWordCues(t, []wordCue{
		{"Two women said they had been sexually abused by soldiers.", "abused", CueSexual},
		{"The coach abused his position.", "abused", CueNone},
	})
}

// TestClassifyAftermathWeaponVerbs covers weapons told by the verb of
// their impact or delivery: a missile or drones that "slammed into" a
// building, a drone or aircraft that "dropped" a toxic agent, a car found
// "packed with explosives".
func TestClassifyAftermathWeaponVerbs(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A missile slammed into a crowded market in the city on Monday.", nil, 0, true, false, Shelling},
		{"Kamikaze drones slammed into a power station outside the capital.", nil, 0, true, false, AirDrone},
		{"The opposition slammed the government over its handling of the economy.", nil, 0, false, false, ""},
		{"A drone dropped a toxic substance on the trenches, soldiers said.", nil, 0, true, false, ChemicalWeapon},
		{"Helicopters dropped food parcels over the flooded town.", nil, 0, true, false, ""},
		{"Police found and dismantled a car packed with explosives near the market.", nil, 0, true, true, DisruptedWeapons},
		{"Police found a car packed with vegetables near the market.", nil, 0, true, true, ""},
	})
}

// TestClassifyAftermathDragged covers a person dragged into a vehicle by
// men no force is named for, an abduction; police who drag a suspect
// into a van arrest him.
func TestClassifyAftermathDragged(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Masked men dragged the opposition activist into a minivan in the city centre.", nil, 0, true, false, Abduction},
		{"Police dragged the suspect into a van and took him into custody.", nil, 0, false, true, Arrests},
		{"Rescuers dragged the stranded driver into a shelter.", nil, 0, false, false, ""},
		{"Rescuers dragged the stranded driver into a car.", nil, 0, false, false, ""},
	})
}

// TestClassifyAftermathVanished covers a person who "vanished" after the
// state's men met or took him, a forced disappearance, beside fighters
// who vanished into the hills and a plane that vanished.
func TestClassifyAftermathVanished(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The family of the student said he vanished after police met him at the airport.", nil, 0, false, true, Abduction},
		{"The rebels vanished into the hills after soldiers arrived in the village.", nil, 0, true, true, ""},
		{"The plane vanished after take-off from the capital.", nil, 0, false, false, ""},
	})
}
