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

// TestRevisedTollDatedByStrike checks that a toll revision whose next
// paragraph tells when the attacker struck ("The bomber struck on Sunday
// afternoon") is dated on that day, not on the revision's day told again
// ("told reporters on Monday"), while a revision that tells no earlier
// day keeps the revision's day at week precision.
func TestRevisedTollDatedByStrike(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2023, 7, 31, 0, 0, 0, 0, time.UTC)
	const lead = "TIMERGARA: The death toll from a suicide bombing at a wedding in Lower Dir rose to 19 on Monday, officials said.\n\n"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"struck on Sunday", lead + "The bomber struck on Sunday evening as guests gathered for dinner. \"Nineteen people have now died,\" a police officer told reporters on Monday.", "2023-07-30"},
		{"no earlier day", lead + "\"Nineteen people have now died,\" a police officer told reporters on Monday.", "2023-07-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, pub, "").Events
			if len(evs) != 1 || evs[0].EventDate == nil || *evs[0].EventDate != tc.want {
				t.Fatalf("events %+v, want one dated %s", evs, tc.want)
			}
		})
	}
}
