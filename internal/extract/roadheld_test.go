package extract

import (
	"testing"
	"time"
)

// TestRoadHeldActor: an armed group seen patrolling a highway and checking
// vehicles made the move, actor1, with no one acted on; a group that shot
// passengers on the road attacked civilians.
func TestRoadHeldActor(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text, sub, actor1, actor2 string
	}{
		{"On 3 March 2025, dozens of armed BLF militants were seen patrolling the coastal highway near Pasni (Gwadar district, Balochistan) and checking vehicles for several hours.",
			"Other", "BLF: Baloch Liberation Front", ""},
		{"On 3 March 2025, BLF militants blocked the coastal highway near Pasni (Gwadar district, Balochistan), checked vehicles and shot dead two passengers.",
			"Attack", "BLF: Baloch Liberation Front", "Civilians (Pakistan)"},
	} {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.SubEventType != tc.sub || e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 {
			t.Errorf("%q: got %q, %q, %q; want %q, %q, %q", tc.text, e.SubEventType, e.Actor1, e.Actor2, tc.sub, tc.actor1, tc.actor2)
		}
	}
}
