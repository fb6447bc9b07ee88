package casualties

import "testing"

// TestFindArticleThree covers the phrasing of whole Pakistani articles
// that article probe 3 met: the side of some of the dead told with its
// count first ("Two policemen were among the dead"), which restates the
// toll like "among the dead were two policemen"; a plural rank before the
// names it counts ("Constables Rehmat Ullah and Sher Zaman were
// martyred"). Each has a near
// sentence it must leave alone.
func TestFindArticleThree(t *testing.T) {
	sides := map[string]string{"FC": Security}
	tests := []sentenceWant{
		{"a side's count among the dead", "Two policemen were among the dead, officials said.", "security_forces.killed=2"},
		{"also among those killed", "Three soldiers were also among those killed in the blast.", "security_forces.killed=3"},
		{"militants among the dead", "Four militants were among the dead.", "militants.killed=4"},
		{"people of no side among the dead are left to the toll", "Two women were among the dead.", ""},
		{"among the first to arrive", "Two policemen were among the first to reach the spot.", ""},
		{"among the dead were, the count after", "Among the dead were two policemen.", "security_forces.killed=2"},
		{"a plural rank before two names", "Constables Rehmat Ullah and Sher Zaman were martyred in the exchange of fire.", "security_forces.killed=2"},
		{"a plural noun before three names", "Soldiers Ali Khan, Zahid Iqbal and Sher Khan were martyred.", "security_forces.killed=3"},
		{"a plural rank with no names", "Constables were martyred in the exchange of fire.", "security_forces.killed~3"},
		{"a plural noun before a place", "Soldiers of the Frontier Corps were martyred.", "security_forces.killed~3"},
	}
	checkSummaries(t, sides, tests)
}
