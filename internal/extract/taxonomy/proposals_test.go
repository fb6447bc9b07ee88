package taxonomy

import "testing"

// TestClassifyNamedOperationFrame: a deed told as "part of" a campaign
// named "Operation X" is the deed; the campaign's name is no fight.
func TestClassifyNamedOperationFrame(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants torched three excavators of a road firm near the town as part of the group's Operation Herof.", nil, 0, true, false, Looting},
		{"Militants attacked a police station near the town as part of the group's Operation Herof, killing two policemen.", nil, 2, true, true, ArmedClash},
	})
}

// TestClassifyBurnedWithoutFight: a post raided and burned "without a
// fight" is property destroyed; one burned after a gunfight was fought
// for.
func TestClassifyBurnedWithoutFight(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rebels raided a police post near the border, seized its rifles and burned the building without a fight.", nil, 0, true, true, Looting},
		{"Rebels raided a police post near the border, seized its rifles and burned the building after a two-hour gunfight.", nil, 0, true, true, ArmedClash},
	})
}

// TestClassifyTrainHijacked: a train stopped by a blast on the track and
// its passengers taken hostage is an abduction; a blast on a track with
// no hostages stays a bomb, and hostages freed stay a release.
func TestClassifyTrainHijacked(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants blew up the track and stopped a passenger train near the town, taking 80 passengers hostage.", nil, 0, true, false, Abduction},
		{"The hijackers released the women but held the remaining passengers hostage.", nil, 0, true, false, Abduction},
		{"Militants blew up the track near the town; a goods train derailed.", nil, 0, true, false, RemoteExplosive},
		{"Militants set off a bomb in a bank after holding its staff hostage for an hour.", nil, 0, true, false, RemoteExplosive},
		{"The hijackers freed the hostages they had held for two days.", nil, 0, true, false, OtherDev},
	})
}

// TestClassifyDronesSeized: drones recovered or seized are weapons taken
// out of use; drones that drop bombs strike.
func TestClassifyDronesSeized(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police recovered four quadcopters and 11 propellers from a house in the town.", nil, 0, false, true, DisruptedWeapons},
		{"Customs officers seized two drones at the border crossing.", nil, 0, false, true, DisruptedWeapons},
		{"A quadcopter dropped a bomb on the police station, injuring two policemen.", map[string]int{"security_forces": 2}, 0, true, true, AirDrone},
	})
}

// TestClassifyPostOfNamedForce: a post named by a force told with its
// province, before or after the post, is the forces'; a government office
// or a headman's post is not.
func TestClassifyPostOfNamedForce(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants attacked a Frontier Corps Balochistan post near the town.", nil, 0, true, true, ArmedClash},
		{"Militants fired on a post of the Frontier Corps Balochistan near the town.", nil, 0, true, true, ArmedClash},
		{"Militants fired on a Balochistan government office near the town.", nil, 0, true, false, Attack},
		{"Militants fired on the post of the village headman near the town.", nil, 0, true, false, Attack},
		{"Militants shot dead a man who had applied for the post of the police chief's driver.", map[string]int{"civilians": 1}, 1, true, false, Attack},
	})
}

// TestClassifyBazaarTaken: a bazaar or a railway station taken over by
// armed men for hours is ground taken, and a list of places set on fire is
// property destroyed; a company taken over is not. A fight with forces who
// came after the takeover, with people hurt, is the event.
func TestClassifyBazaarTaken(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants took over the town's main bazaar for four hours and left before forces arrived.", nil, 0, true, false, NSAOvertakes},
		{"Militants took control of the railway station and blocked traffic for several hours.", nil, 0, true, false, NSAOvertakes},
		{"A Dubai firm took over the company that runs the bazaar's parking.", nil, 0, false, false, ""},
		{"Militants set the police station and the tax office on fire in the town; no one was hurt.", nil, 0, true, true, Looting},
		{"Militants took control of the bazaar for hours and exchanged fire with police who arrived later; two policemen were injured.", map[string]int{"security_forces": 2}, 0, true, true, ArmedClash},
		{"Militants took over the town after a gunfight with the police.", nil, 0, true, true, NSAOvertakes},
	})
}

// TestClassifyTriedToStorm: armed men who "tried to storm" a place
// assaulted it; the weather's storm is none.
func TestClassifyTriedToStorm(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Three militants tried to storm a police station in the town; all three were shot dead by the guards.", map[string]int{"militants": 3}, 3, true, true, ArmedClash},
		{"Gunmen attempted to storm the police post but were driven off by the guards.", nil, 0, true, true, ArmedClash},
		{"The fishermen tried to outrun the storm but their boat capsized, killing two.", map[string]int{"civilians": 2}, 2, false, false, ""},
	})
}

// TestClassifyHeavyWeaponsLater: an assault on forces whose weapons a
// later sentence calls only "heavy weapons" is a battle; rockets or
// mortar shells named make it shelling.
func TestClassifyHeavyWeaponsLater(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Armed men attacked an army camp near the town on Monday night. Its fighters attacked the camp with heavy weapons.", nil, 0, true, true, ArmedClash},
		{"Armed men attacked an army camp near the town on Monday night. Its fighters attacked the camp with heavy weapons and mortar shells.", nil, 0, true, true, Shelling},
	})
}

// TestClassifyWorkersResidentialCamp: labourers shot in "their
// residential camp", named again as "the camp", were attacked; soldiers
// killed in theirs fought.
func TestClassifyWorkersResidentialCamp(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Five labourers were shot dead when armed men attacked their residential camp near a construction site.", map[string]int{"civilians": 5}, 5, true, false, Attack},
		{"Five labourers were shot dead when armed men attacked their residential camp near a construction site. The attackers entered the camp and opened fire.", map[string]int{"civilians": 5}, 5, true, false, Attack},
		{"Five soldiers were killed when militants attacked their residential camp near the border.", map[string]int{"security_forces": 5}, 5, true, true, ArmedClash},
		{"Five soldiers were killed when militants attacked their camp near the border. The attackers entered the camp and opened fire.", map[string]int{"security_forces": 5}, 5, true, true, ArmedClash},
	})
}

// TestClassifyPassengersHeld: armed men who stopped a bus and held its
// passengers abducted them; elders who held talks with militants did not.
func TestClassifyPassengersHeld(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants stopped a bus near the town and held its passengers in the hills overnight.", nil, 0, true, false, Abduction},
		{"Tribal elders held talks with the militants in the town on Monday.", nil, 0, true, false, ""},
	})
}

// TestClassifyPostAttackedMenTaken: an assault on a forces' post told
// before its men were taken is the fight; a bank attacked and its manager
// abducted, or men abducted before a post is attacked, stay abductions.
func TestClassifyPostAttackedMenTaken(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants attacked a Levies post near the town and took two Levies men with them.", nil, 0, true, true, ArmedClash},
		{"Militants attacked a bank in the town and abducted its manager.", nil, 0, true, false, Abduction},
		{"Militants abducted two policemen and later attacked a police post in the town.", nil, 0, true, true, Abduction},
	})
}

// TestClassifyStonesAllegedDenied: stones the police say were thrown, "a
// claim" the organisers denied, do not make a baton-charged march a riot;
// stones told without a denial do.
func TestClassifyStonesAllegedDenied(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police baton-charged and fired tear gas at marchers in the city. An official said the marchers had pelted the police with stones, a claim the organisers denied.", nil, 0, false, true, ProtestWithForce},
		{"Police baton-charged and fired tear gas at marchers in the city. An official said the marchers had pelted the police with stones.", nil, 0, false, true, ViolentDemo},
	})
}

// TestClassifyPassengersTakenOff: armed men who take passengers off a
// coach abduct them, and kill them when "killed them" follows; traffic
// police who take passengers off a bus, and men who take off their masks,
// do neither.
func TestClassifyPassengersTakenOff(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants stopped a coach near the town, took off three passengers they said were soldiers and killed them.", nil, 0, true, false, Attack},
		{"Gunmen stopped a bus near the town and took five passengers off the bus.", nil, 0, true, false, Abduction},
		{"Traffic police stopped a bus near the town and took off four passengers without tickets.", nil, 0, false, true, ""},
		{"The militants took off their masks before entering the village.", nil, 0, true, false, ""},
	})
}
