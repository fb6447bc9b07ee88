package casualties

import "testing"

// TestFindArticleThree covers the phrasing of whole Pakistani articles
// that article probe 3 met: the side of some of the dead told with its
// count first ("Two policemen were among the dead"), which restates the
// toll like "among the dead were two policemen"; a plural rank before the
// names it counts ("Constables Rehmat Ullah and Sher Zaman were
// martyred"), and two men each told by rank and name ("Sepoy Irfan Ali
// and Sepoy Nasir Khan embraced shahadat"); the source of a report after a comma ("wounding 12, two
// officials said"); a vaccinator; the people a policeman is "guarding";
// one man's name before a "who" clause set off by commas; the dead a
// chehlum or a funeral mourns. Each has a near
// sentence it must leave alone.
func TestFindArticleThree(t *testing.T) {
	sides := map[string]string{"FC": Security}
	tests := []sentenceWant{
		{"a side's count among the dead", "Two policemen were among the dead, officials said.", "security_forces.killed=2"},
		{"also among those killed", "Three soldiers were also among those killed in the blast.", "security_forces.killed=3"},
		{"militants among the dead", "Four militants were among the dead.", "militants.killed=4"},
		{"a side among the dead, the rest of the dead after", "He said three policemen were among the dead and that the rest of the dead were civilians.", "security_forces.killed=3"},
		{"people of no side among the dead are left to the toll", "Two women were among the dead.", ""},
		{"among the first to arrive", "Two policemen were among the first to reach the spot.", ""},
		{"a side's count among the injured", "Three policemen were among the injured.", "security_forces.injured=3"},
		{"civilians among the injured are left to the toll", "Three women were among the injured.", ""},
		{"among the dead were, the count after", "Among the dead were two policemen.", "security_forces.killed=2"},
		{"a plural rank before two names", "Constables Rehmat Ullah and Sher Zaman were martyred in the exchange of fire.", "security_forces.killed=2"},
		{"a plural noun before three names", "Soldiers Ali Khan, Zahid Iqbal and Sher Khan were martyred.", "security_forces.killed=3"},
		{"a plural rank with no names", "Constables were martyred in the exchange of fire.", "security_forces.killed~3"},
		{"a plural noun before a place", "Soldiers of the Frontier Corps were martyred.", "security_forces.killed~3"},
		{"two ranks and names", "Sepoy Irfan Ali and Sepoy Nasir Khan were martyred.", "security_forces.killed=1 security_forces.killed=1"},
		{"two ranks and names with their asides", "Sepoy Irfan Ali (age 25, resident of District Kurram) and Sepoy Nasir Khan (age 23, resident of District Buner) embraced shahadat.", "security_forces.killed=1 security_forces.killed=1"},
		{"two ranks and names with ages", "Naik Imran, 31, and Sepoy Asad Ali, 22, embraced shahadat.", "security_forces.killed=1 security_forces.killed=1"},
		{"a name with no rank stays a civilian", "Noor Khan and his son were killed.", "civilians.killed=1 civilians.killed=1"},
		{"the source after a comma is no victim", "The bomber killed nine soldiers and wounded 12, two security officials said.", "security_forces.injured=12 security_forces.killed=9"},
		{"a list after a comma goes on", "The bomber killed nine soldiers, two policemen and a driver.", "civilians.killed=1 security_forces.killed=2 security_forces.killed=9"},
		{"a vaccinator is a civilian", "A policeman was martyred and a vaccinator was injured in the attack.", "civilians.injured=1 security_forces.killed=1"},
		{"the people a policeman guards are not the subject", "A policeman guarding polio workers was martyred when gunmen opened fire on him.", "security_forces.killed=1"},
		{"people guarding are the subject", "Two teachers guarding the school gate were injured.", "civilians.injured=2"},
		{"a name before a who clause, one person", "Haji Dad Karim, who ran a grocery store in the bazaar, was shot dead near his home.", "civilians.killed=1"},
		{"more wounded of a side who died", "Two more injured policemen succumbed to their wounds.", "security_forces.killed=2"},
		{"more wounded persons who died are of no side", "Two more injured persons succumbed to their wounds.", "unknown.killed=2"},
		{"the mourned dead are no toll", "Hundreds attended the chehlum of the 11 passengers killed in last month's attack on a bus, which was held at their village.", ""},
		{"an attack on a funeral after the comma is", "A suicide bomber struck the funeral of a police officer, killing 30 people.", "civilians.killed=30 perpetrators.killed=1"},
		{"names before a who clause of a list counted before", "Four persons, Abdul Hai, Sanid Haque and Azizul Haque, who were allegedly involved in extortion, were arrested.", "civilians.arrested=4"},
	}
	checkSummaries(t, sides, tests)
}
