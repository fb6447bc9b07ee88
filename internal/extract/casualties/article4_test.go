package casualties

import "testing"

// TestFindArticleFour covers the phrasing of whole articles that article
// probe 4 (Afghan outlets, India's press on Kashmir and Manipur, wire
// stories about Pakistan) met. Each has a near sentence it must leave
// alone.
func TestFindArticleFour(t *testing.T) {
	sides := map[string]string{}
	tests := []sentenceWant{
		{"an intruder killed on the border", "Troops foiled the bid on the frontier, where one intruder was killed.", "militants.killed=1"},
		{"infiltrators eliminated", "Two infiltrators were eliminated in the ensuing firefight.", "militants.killed=2"},
		{"an army porter is a civilian", "An Army porter was killed in the shelling.", "civilians.killed=1"},
		{"an army officer stays of the forces", "An Army officer was killed in the shelling.", "security_forces.killed=1"},
		{"members of the forces", "The blast wounded three members of the forces.", "security_forces.injured=3"},
		{"members of the security forces", "The blast wounded three members of the security forces.", "security_forces.injured=3"},
		{"members of a family", "The blast wounded three members of a family.", "civilians.injured=3"},
		{"wounded after soldiers killed share their side", "The bomb struck the convoy, killing two soldiers and wounding five.", "security_forces.injured=5 security_forces.killed=2"},
		{"attackers killed beside soldiers", "Three soldiers and two attackers were killed in the gunbattle.", "perpetrators.killed=2 security_forces.killed=3"},
	}
	checkSummaries(t, sides, tests)
}
