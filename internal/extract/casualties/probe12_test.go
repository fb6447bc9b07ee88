package casualties

import "testing"

// TestFindLongSummaryPhrasing covers phrasings of the long SATP summaries
// of 2005-2012: a participle of shooting with its victim after it, a
// killing told by the wound, a share set off by "among them", an actor's
// name before a person noun, a share of a counted pool, a sentence of
// death, a wound carried away, survivors told after a clause, a bare
// count after an "including" list, and the hired cook and the presiding
// officer among the victims of raids. Each rule has a case where it must
// not fire.
func TestFindLongSummaryPhrasing(t *testing.T) {
	sides := map[string]string{"Police": Security, "Maoists": Militants, "Judum": Security, "Guard": Security}
	tests := []sentenceWant{
		{"a participle of shooting takes its victim after it", "About 100 Maoists attacked the station, shooting dead the station master.", "civilians.killed=1"},
		{"and the count after it", "The Maoists stormed the camp, shooting dead two SPOs.", "security_forces.killed=2"},
		{"the raiders before it are not its victims", "Fifty Maoists raided the village, shooting dead a trader.", "civilians.killed=1"},
		{"a killing told by the wound", "The Maoists slit the throat of a tribal youth in the forest.", "civilians.killed=1"},
		{"a slit that wounds no one", "The Maoists slit the tyres of the bus.", ""},
		{"a share set off by among them", "Twenty-five villagers, among them six children, were killed.", "civilians.killed=25"},
		{"a share of ranks set off by among them", "Fifteen Policemen, among them two Sub-Inspectors, were killed.", "security_forces.killed=15"},
		{"the share alone", "Six children were killed.", "civilians.killed=6"},
		{"an actor's name before a person noun", "Maoists shot dead a Salwa Judum leader at the market.", "militants.killed=1"},
		{"the actor's side when the lexicon has none", "Gunmen killed a Coast Guard official near the port.", "security_forces.killed=1"},
		{"a former member keeps the former's reading", "Maoists killed a former Salwa Judum leader at the market.", "civilians.killed=1"},
		{"a share of a counted pool", "Two of the four railway employees abducted by the Maoists on Tuesday were found dead.", "civilians.abducted=4 civilians.killed=2"},
		{"a share of a pool with its verb", "Two of the four constables were killed.", "security_forces.killed=2"},
		{"a pool with no share", "The four railway employees abducted on Tuesday were released.", "civilians.abducted=4"},
		{"a sentence of death is no killing", "A people's court sentenced two brothers to death in the village.", ""},
		{"a beating to death is", "The Maoists beat two brothers to death in the village.", "civilians.killed=2"},
		{"a wound carried away", "His brother managed to escape with a bullet injury to his thigh.", "civilians.injured=1"},
		{"survivors told after a clause", "Six jawans, who had hidden in a nearby house, survived with injuries.", "security_forces.injured=6"},
		{"survivors unhurt", "Six jawans, who had hidden in a nearby house, survived.", ""},
		{"a bare count after an including list", "Police said 26 persons, including three SPOs, died and nearly 20 were injured.", "civilians.injured=20 civilians.killed=23 security_forces.killed=3"},
		{"a bare count after a side", "Three SPOs were killed and 20 were injured.", "security_forces.injured=20 security_forces.killed=3"},
		{"the cook of a Police Station", "The Maoists attacked the Police Station, killing two constables and the cook of the Police Station.", "civilians.killed=1 security_forces.killed=2"},
		{"the presiding officer of a booth", "The Maoists attacked a polling party, injuring a presiding officer and two jawans.", "civilians.injured=1 security_forces.injured=2"},
		{"a police officer", "The Maoists attacked a patrol, injuring a police officer.", "security_forces.injured=1"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindAsidesAndTheDeadToldAgain covers clauses and asides between the
// people and their fate (a wounding told in the past perfect with the two
// sides of a crossfire in it, a share set off after a counted subject,
// two names set off by "both", "as well as" joining two nouns), an armed
// group's court, and bodies told again with an article. Each rule has a
// case where it must not fire.
func TestFindAsidesAndTheDeadToldAgain(t *testing.T) {
	sides := map[string]string{"Police": Security, "Maoists": Militants, "SFs": Security, "CPI-Maoist": Militants}
	tests := []sentenceWant{
		{"a wounding told in the past perfect", "A villager who had been injured in crossfire between the Maoists and the SFs last week succumbed to his injuries.", "civilians.killed=1"},
		{"the same in the past", "A villager who was injured in crossfire between the Maoists and the SFs last week succumbed to his injuries.", "civilians.killed=1"},
		{"a share set off after the counted subject", "Two security personnel, one of them belonging to the CoBRA unit, were injured in the blast.", "security_forces.injured=2"},
		{"a share that is the subject", "The Maoists fired on two jawans; one of them was injured.", "security_forces.injured=1"},
		{"two names set off by both", "Sheshrao Darro (52) and Devaji Atla (55), both working for the CPI-Maoist as party organizers, were killed by the Maoists.", "civilians.killed=1 civilians.killed=1"},
		{"as well as joins two nouns", "Ajay Kumar was branded as a Police informer as well as an impostor and was beheaded.", "civilians.killed=1"},
		{"an armed group's court", "The trader was tried by a CPI-Maoist kangaroo court and was beheaded.", "civilians.killed=1"},
		{"an armed group's cadres", "A CPI-Maoist cadre was beheaded by his comrades.", "militants.killed=1"},
		{"bodies told again with an article", "Two CPI-Maoist cadres were killed when their landmine went off; villagers found the mutilated bodies the next morning.", "militants.killed=2"},
		{"bodies of more people", "Two CPI-Maoist cadres were killed and SFs found two more bodies.", "militants.killed=2 unknown.killed=2"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindBeatingsAndPairs covers beatings told in a participle or after
// a phrase with "before", a pair told by a noun and a possessive, a
// rank's "Assistant", and a clause of an accusation that a semicolon
// ends. Each rule has a case where it must not fire.
func TestFindBeatingsAndPairs(t *testing.T) {
	sides := map[string]string{"Police": Security, "Maoists": Militants, "CPI-Maoist": Militants}
	tests := []sentenceWant{
		{"a beating in a participle", "The Maoists let the passengers go after beating up the guard and the driver.", "civilians.injured=1 civilians.injured=1"},
		{"before with a noun and no verb", "Two villagers produced before the 'court' were beaten up.", "civilians.injured=2"},
		{"before with people of a clause of their own", "Police arrested two cadres before the Maoists were killed.", "militants.arrested=2 militants.killed~3"},
		{"a pair told by a noun and a possessive", "The driver and his assistant were injured.", "civilians.injured=1 civilians.injured=1"},
		{"a rank's Assistant", "An Assistant Sub-Inspector was killed and an Assistant Commandant was injured.", "security_forces.injured=1 security_forces.killed=1"},
		{"a rank's assistant in lower case", "A Policeman was killed and two others, including an assistant sub inspector, were injured.", "security_forces.injured=1 security_forces.killed=1 unknown.injured=2"},
		{"a rank's Assistant after the verb", "Maoists shot dead an Assistant Sub-Inspector (ASI) of Police in the market.", "security_forces.killed=1"},
		{"a semicolon ends an accusation", "The cadres killed a youth accused of spying for the Police; two other villagers were beaten up.", "civilians.injured=2 civilians.killed=1"},
		{"a place between the items of a list", "The Maoists shot dead a CPI-M local committee member at Ranibandh in Bankura District and a Forward Bloc worker at Barikul.", "civilians.killed=1 civilians.killed=1"},
		{"a name and a place between the items", "The Maoists shot dead a CPI-M member, Tarapada Mahato, at Ranibandh in Bankura District and a Forward Bloc worker at Barikul.", "civilians.killed=1 civilians.killed=1"},
		{"a place before a clause of its own", "The Maoists shot dead a trader at Murhu in Khunti District and a jawan was injured.", "civilians.killed=1 security_forces.injured=1"},
		{"an accusation of killing is recalled", "Police arrested a youth accused of killing two villagers.", "civilians.arrested=1"},
	}
	checkSummaries(t, sides, tests)
}
