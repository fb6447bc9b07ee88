package taxonomy

import "testing"

// TestClassifyShutdownObserved: a shutdown told in the passive was held,
// a peaceful protest; one not held, or a call ignored, is none.
func TestClassifyShutdownObserved(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A complete shutdown was observed in the old city on Friday against the killing of a trader.", nil, 0, false, false, PeacefulProtest},
		{"Shutdowns were observed in several towns of the valley against the arrest of a cleric.", nil, 0, false, false, PeacefulProtest},
		{"A shutdown observed in Sopore against the killing of a cleric.", nil, 0, false, false, PeacefulProtest},
		{"A strike was observed in the bazaars of the city to protest the killing of a trader.", nil, 0, false, false, PeacefulProtest},
		{"No shutdown was observed in the town despite the call.", nil, 0, false, false, ""},
		{"The call for a shutdown was ignored in the town.", nil, 0, false, false, ""},
		{"The shutdown of the plant was announced on Friday.", nil, 0, false, false, ""},
	})
}
