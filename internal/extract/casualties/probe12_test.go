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
