package taxonomy

import "testing"

// TestClassifyTroopsBroughtHome: a state that withdrew or will withdraw
// its troops from another country changed what its forces do, news of
// its own; a state that withdrew its ambassador made a diplomatic move,
// none of ACLED's.
func TestClassifyTroopsBroughtHome(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Burundi withdrew its troops from Somalia on Friday after 15 years in the African Union mission.", nil, 0, false, false, GroupChange},
		{"Burundi withdrew its ambassador from Somalia on Friday after a row over the mission.", nil, 0, false, false, ""},
	})
	checkStrategicMove(t, []strategicCase{
		{"Burundi withdrew its troops from Somalia on Friday after 15 years in the African Union mission.", true},
		{"Burundi announced on Friday that it will withdraw its troops from Somalia.", true},
		{"Burundi said on Friday that it may withdraw its troops from Somalia.", false},
		{"Burundi withdrew its ambassador from Somalia on Friday after a row over the mission.", false},
	})
}
