package extract

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFrontedArea checks the fronted phrases that name a place's part
// ("In Baramulla's Uri area,", "In the Keran sector of Kupwara,") and
// those that name none ("In the morning,", "In a statement,").
func TestFrontedArea(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"In Baramulla's Uri area, a militant was killed.", true},
		{"In the Keran sector of Kupwara, troops challenged the intruders.", true},
		{"In the morning, a militant was killed.", false},
		{"In a statement, the police said a militant was killed.", false},
		{"In March, a militant was killed.", false},
	} {
		if got := frontedArea(lex.Split(tc.text)[0].Toks); got != tc.want {
			t.Errorf("frontedArea(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestAreaToldBesideLead checks that an incident told in a later
// paragraph that opens on a place's part ("In Baramulla's Uri area, a
// militant was killed") takes the day the lead gives its deeds when it
// gives none, not the report's.
func TestAreaToldBesideLead(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	text := "SRINAGAR: Troops killed a militant in an encounter in Shopian, defused a bomb on the highway in Kulgam and were targeted with a grenade in Budgam on Sunday, officials said.\n\nIn Kulgam, a road opening party spotted a suspicious object near a bridge.\n\nIn Shopian's Zainapora area, a militant was killed in a brief exchange of fire, police said."
	evs := x.Extract(text, pub, "").Events
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range evs {
		if ev.EventDate == nil || *ev.EventDate != "2025-10-12" {
			t.Errorf("%s event dated %v, want 2025-10-12", ev.SubEventType, ev.EventDate)
		}
	}
}
