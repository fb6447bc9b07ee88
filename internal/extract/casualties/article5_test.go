package casualties

import "testing"

// TestFindArticleFive covers the phrasing of the official releases that
// article probe 5 met: a group the troops engaged, named before the men
// of it who were killed, is no one man of the dead ("engaged a group of
// khwarij and two khwarij were sent to hell"), while a man counted before
// "and" still is; people counted before an "of" complement and joined by
// "and" to others share their fate ("Two members of the security forces
// and five rebels were killed"); an armed group's members named with the
// group before them are militants ("Daesh (ISKP) members"), and a police
// district is no people "of them" can mean.
func TestFindArticleFive(t *testing.T) {
	sides := map[string]string{"ISKP": Militants}
	tests := []sentenceWant{
		{"a group engaged is no one man", "The troops engaged a group of militants and two militants were killed.", "militants.killed=2"},
		{"a band engaged is no one man", "Police engaged a band of dacoits and two dacoits were killed.", "militants.killed=2"},
		{"one man counted before and still counts", "A commander of the group and two militants were killed.", "militants.killed=1 militants.killed=2"},
		{"members of the forces before 'and'", "Two members of the security forces and five rebels were killed in a clash.", "militants.killed=5 security_forces.killed=2"},
		{"members of a named force before 'and'", "Three members of the Frontier Corps and two militants were killed.", "militants.killed=2 security_forces.killed=3"},
		{"the object of a verb before an 'of' phrase is no item", "Troops cordoned off two compounds of the village and five rebels were killed.", "militants.killed=5"},
		{"an armed group's members", "Police raided a hideout of ISKP members, killing three of them.", "militants.killed=3"},
		{"a group's members with its acronym in brackets", "Police raided a hideout of Daesh (ISKP) members, killing three of them.", "militants.killed=3"},
		{"a family's members stay civilians", "Three family members were killed in the blast.", "civilians.killed=3"},
		{"a police district is no people", "Troops raided a hideout of ISKP members in the city's seventh police district, killing three of them.", "militants.killed=3"},
		{"a soldier after the dead counts", "Two militants and a soldier were killed in the exchange of fire.", "militants.killed=2 security_forces.killed=1"},
	}
	checkSummaries(t, sides, tests)
}
