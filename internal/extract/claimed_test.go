package extract

import (
	"testing"
	"time"
)

// A group a later sentence suspects of an attack, or says its men belonged
// to, names the side the text left unidentified; a denial, the state and
// a side already named stay as they were, and a suspicion is no claim.
func TestSuspects(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text, actor1, actor2, claimedBy string
	}{
		{"On 8 July 2023, unidentified gunmen shot dead a barber at his shop in Turbat, Kech. Baloch separatists were suspected to be behind the killing.",
			"Baloch Separatists (Pakistan)", "Civilians (Pakistan)", ""},
		{"On 18 January 2025, the police killed five terrorists during a raid on a hideout in Quetta. The police said the men belonged to the TTP.",
			"Police Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan", ""},
		{"On 8 July 2023, unidentified gunmen shot dead a barber at his shop in Turbat, Kech. Police said the BLA was not behind the killing.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", ""},
		{"On 8 July 2023, unidentified gunmen shot dead a man in Kohat. Officials blamed the local peace committee for the murder of the man, a former TTP commander.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", ""},
		// The killed men's group is not who struck them.
		{"On 6 January 2014, a drone strike killed six militants in a compound near Miranshah, North Waziristan. Sources said the militants belonged to the TTP.",
			"Unidentified Armed Group (Pakistan)", "Unidentified Armed Group (Pakistan)", ""},
		{"On 8 July 2023, BLF militants shot dead a barber at his shop in Turbat, Kech. Police suspect the BLA.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)", ""},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 || e.ClaimedBy != tc.claimedBy {
			t.Errorf("%q:\nactors %q / %q claimed by %q, want %q / %q / %q", tc.text, e.Actor1, e.Actor2, e.ClaimedBy, tc.actor1, tc.actor2, tc.claimedBy)
		}
	}
}
