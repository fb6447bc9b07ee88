package extract

import (
	"testing"
	"time"
)

// TestRiotFacedForce: rioters whom only a force's own deed ties to the
// police ("police fired tear gas") faced that force, actor2; rioters who
// burned shops with no force named faced no one.
func TestRiotFacedForce(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text, actor1, actor2 string
	}{
		{"On 9 May 2023, supporters of the party clashed with police in Lahore, throwing stones and setting a van on fire; police fired tear gas.",
			"Rioters (Pakistan)", "Police Forces of Pakistan"},
		{"On 9 May 2023, rioters set fire to shops and a bank in the bazaar of Lahore, throwing stones at passing cars.",
			"Rioters (Pakistan)", ""},
	} {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 {
			t.Errorf("%q: got %q, %q (%s); want %q, %q", tc.text, e.Actor1, e.Actor2, e.SubEventType, tc.actor1, tc.actor2)
		}
	}
}
