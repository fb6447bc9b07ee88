package taxonomy

import "testing"

// TestClassifyMidStory covers the phrasings probe 14's sentences cut
// from the middle of a story showed, in sentences written after it, each
// beside a near sentence the rule must leave alone.
func TestClassifyMidStory(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		// A mutual deed in the possessive; a crowd before a relative
		// clause.
		{"Men from the two villages stoned each other's homes on Sunday.", nil, 0, false, false, MobViolence},
		{"Protesters threw stones at the police outside the court.", nil, 0, false, true, ViolentDemo},
		{"Residents who suspected a man of theft set fire to his shop.", nil, 0, false, false, MobViolence},
		{"Gunmen who arrived on motorcycles set fire to the school.", nil, 0, true, false, Looting},
		// A protest activist is who was shot, not a protest.
		{"Gunmen shot dead a well-known protest activist in Basra.", civ(1), 1, true, false, Attack},
		{"Police fired tear gas at a protest in Basra.", nil, 0, false, true, ProtestWithForce},
		// Aircraft that opened fire.
		{"A helicopter gunship opened fire on a wedding party in the valley, killing five.", civ(5), 5, true, false, AirDrone},
		{"Gunmen opened fire on a wedding party in the valley, killing five.", civ(5), 5, true, false, Attack},
		// Violence named vigilante's or xenophobic; a crowd's beating in
		// the passive.
		{"Two men were killed in vigilante violence in the township, police said.", civ(2), 2, false, false, MobViolence},
		{"Foreign-owned shops were looted in xenophobic attacks in the city.", nil, 0, false, false, MobViolence},
		{"A Dalit youth was beaten by a group of men for entering the temple.", civ(1), 0, false, false, MobViolence},
		{"A youth was beaten by a group of soldiers at the checkpoint.", civ(1), 0, true, true, ""},
		// People led away, forced into a car, marched off, held where no
		// one knows.
		{"Armed men led away three farmers from their fields.", nil, 0, true, false, Abduction},
		{"The guide led away the tourists from the cliff edge.", nil, 0, false, false, ""},
		{"Unidentified men forced a journalist into a van outside his home.", nil, 0, false, false, Abduction},
		{"The storm forced the ferry into a harbour.", nil, 0, false, false, ""},
		{"The hostages were marched into the forest by their captors.", nil, 0, false, false, Abduction},
		{"Thousands marched into the square on Friday.", nil, 0, false, false, PeacefulProtest},
		{"Dozens of activists were taken from their homes by men in uniform and held at unknown locations.", nil, 0, false, true, Abduction},
		// A crowd crush is an accident.
		{"A crush at the stadium gates killed 12 fans.", civ(12), 12, false, false, ""},
		// Tear gas to disperse "them"; protesters pushed back.
		{"Police fired tear gas to disperse them and detained six.", nil, 0, false, true, ProtestWithForce},
		{"Police detained six men after a raid on a house.", nil, 0, false, true, Arrests},
		{"Marchers were pushed back by riot police at the bridge.", nil, 0, false, true, ProtestWithForce},
		{"Troops pushed back the rebels from the hills.", nil, 0, true, true, ""},
		// People told as protesting in a relative clause, fired on.
		{"Five people who were protesting against the coup were killed when soldiers opened fire in the town.", civ(5), 5, true, true, ExcessiveForce},
		{"Five people who were travelling to the market were killed when soldiers opened fire in the town.", civ(5), 5, true, true, Attack},
		// Positions attacked, dead on both sides; a convoy of buses.
		{"Rebel fighters attacked army positions near the border overnight.", nil, 0, true, false, ArmedClash},
		{"Rebel fighters attacked a village near the border overnight.", nil, 0, true, false, Attack},
		{"Militiamen attacked the town and dozens were killed on both sides.", nil, 24, true, false, ArmedClash},
		{"Gunmen ambushed a convoy of buses carrying miners, killing 20.", civ(20), 20, true, false, Attack},
		{"Gunmen ambushed an army convoy, killing 20 soldiers.", sec(20), 20, true, true, ArmedClash},
		// Ground the forces drove armed men out of, or are back in
		// control of.
		{"Troops said they had driven the militants out of the town.", nil, 0, true, true, GovRegains},
		{"He had driven the truck out of the town.", nil, 0, false, false, ""},
		{"Government forces were back in control of the district on Monday.", nil, 0, true, true, GovRegains},
		{"The ruling party was back in control of the council after the vote.", nil, 0, false, false, ""},
		// A group's moves: a camp opened by a newly formed force, a force
		// formed, a unilateral truce by "forces", volunteers recruited to
		// fight.
		{"The newly formed militia opened a training camp near the border.", nil, 0, true, false, BaseEstablished},
		{"The militia formed a new brigade near the border.", nil, 0, true, false, GroupChange},
		{"The parties formed a committee to review the budget.", nil, 0, false, false, ""},
		{"Rebel forces announced a unilateral ceasefire for the holidays.", nil, 0, true, false, GroupChange},
		{"The army and the rebels announced a ceasefire for the holidays.", nil, 0, true, true, Agreement},
		{"The government recruited thousands of volunteers to fight alongside the army.", nil, 0, true, true, GroupChange},
		{"The company recruited thousands of volunteers to plant trees.", nil, 0, false, false, ""},
		// An explosion caused by goods in store; people inside what was
		// set on fire.
		{"The explosion, which was caused by fertiliser stored at the depot, killed 40 people.", civ(40), 40, false, false, ""},
		{"The explosion, which was caused by a bomb hidden in a car, killed 40 people.", civ(40), 40, false, false, RemoteExplosive},
		{"Gunmen set fire to the minibus with the passengers still inside.", nil, 0, true, false, Attack},
		{"Gunmen set fire to the minibus after ordering the passengers out.", nil, 0, true, false, Looting},
	})
}

// TestStrategicMoveMidStory covers moves told without a deed that open
// an event of their own: a force formed in reported speech, a truce of
// "forces", recruits raised to fight; beside moves not made.
func TestStrategicMoveMidStory(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The opposition said it had formed the Popular Defence Force to protect villagers.", true},
		{"The opposition said it had formed a committee to draft a charter.", false},
		{"Rebel forces announced a unilateral ceasefire for the holidays.", true},
		{"The government recruited thousands of volunteers to fight alongside the army.", true},
		{"The government recruited thousands of nurses for the hospitals.", false},
	})
}

// TestClassifyJoinedStrike covers a strike people joined, beside a
// strike of aircraft.
func TestClassifyJoinedStrike(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Bus drivers in the capital joined the strike on Monday.", nil, 0, false, false, PeacefulProtest},
		{"Two more jets joined the strike on the rebel base.", nil, 0, true, true, AirDrone},
	})
}

// TestClassifyShopsStayedShut covers shops shut over a strike call, beside
// shops shut for a holiday.
func TestClassifyShopsStayedShut(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Shops and markets stayed shut across the valley in response to the strike call.", nil, 0, false, false, PeacefulProtest},
		{"Shops stayed shut for the holiday on Monday.", nil, 0, false, false, ""},
	})
}

// TestClassifyGangViolence covers a killing told as gang violence after
// it, beside one told with no gang.
func TestClassifyGangViolence(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Three men were shot dead outside a shebeen in what police called gang violence.", civ(3), 3, false, false, ""},
		{"Three men were shot dead outside a shebeen, police said.", civ(3), 3, false, false, Attack},
	})
}

// TestClassifyGangViolencePoliceBelieve covers the police's view of the
// cause, beside police who fought.
func TestClassifyGangViolencePoliceBelieve(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Two men were shot dead at a bus stop in what police believe was gang violence.", civ(2), 2, false, true, ""},
		{"Police shot dead two men at a bus stop after they opened fire on a patrol.", map[string]int{"unknown": 2}, 2, true, true, ArmedClash},
	})
}

// TestClassifyTookWithThem covers people armed men took with them,
// beside a family that took its children along.
func TestClassifyTookWithThem(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The gunmen took four girls with them when they withdrew from the village.", nil, 0, true, false, Abduction},
		{"The families took their children with them when they moved to the city.", nil, 0, false, false, ""},
	})
}
