package extract

import (
	"testing"
	"time"
)

// Actor1 acts, actor2 is acted on, each named as ACLED names it; a group's
// name and the generic noun after it ("BLF militants") are one actor.
func TestActorRoles(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text           string
		actor1, actor2 string
	}{
		{"On 7 June 2021, BLF militants fired rockets at a military outpost in Turbat, Kech district. Two soldiers were killed.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		{"On 3 May 2022, TTP terrorists attacked a police station in Bannu, killing two policemen.",
			"TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"},
		{"On 9 March 2022, unidentified militants shot dead a shopkeeper in Quetta.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 2 January 2022, security forces killed three BLA militants in an operation in Kohlu district, Balochistan.",
			"Military Forces of Pakistan", "BLA: Baloch Liberation Army"},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 {
			t.Errorf("%q:\nactors %q / %q, want %q / %q", tc.text, e.Actor1, e.Actor2, tc.actor1, tc.actor2)
		}
	}
}
