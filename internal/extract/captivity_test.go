package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestCaptivity checks that an abduction whose victims were killed later,
// in captivity, is an event of its own beside the killing, dated by its own
// day and carrying the abducted, not the dead; and that an abduction and a
// killing told as one act, or an abduction only tried or named as a
// crime, stays one attack.
func TestCaptivity(t *testing.T) {
	x := extractor(t)
	published := time.Date(2024, 5, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       string // sub-event type and fatalities of each event
		day        string // the abduction's date, when there is one
	}{
		{"killed in another sentence, abducted the day before",
			"Gunmen shot dead two labourers in Turbat on 5 May 2024. Both had been abducted from a construction site on 4 May 2024.",
			"Attack/2,Abduction/forced disappearance/0", "2024-05-04"},
		{"abducted, then taken away and killed, the same sentence",
			"Maoists abducted two villagers in Bijapur on 12 May 2024, took them to a forest and shot dead both of them.",
			"Attack/2,Abduction/forced disappearance/0", "2024-05-12"},
		{"killed a man who had been abducted",
			"Militants shot dead a shopkeeper in Khyber district on 20 May 2024 whom they had kidnapped from Bara.",
			"Attack/1,Abduction/forced disappearance/0", "2024-05-20"},
		{"abducted and later killed, dated by the killing",
			"Two villagers were abducted and later killed by Maoists in Bijapur on 12 May 2024.",
			"Attack/2,Abduction/forced disappearance/0", "2024-05-12"},
		{"abducted, tortured and then shot dead: the killing ends the captivity",
			"A trader was abducted, tortured and then shot dead by gunmen in Kech on 20 May 2024.",
			"Attack/1,Abduction/forced disappearance/0", "2024-05-20"},
		{"the captivity told between the killing's sentences, months before",
			"A tribal elder was shot dead in Wana on 4 May 2024. Militants had abducted him two months ago and his body was found near the town on 4 May 2024. No group claimed the killing.",
			"Attack/1,Abduction/forced disappearance/0", ""},
		{"another man's abduction recalled between the killing's sentences",
			"A tribal elder was shot dead in Wana on 4 May 2024. His brother had been abducted by the same group in 2019. No group claimed the killing.",
			"Attack/1", ""},
		{"abducted one man and shot another, then fled",
			"Gunmen abducted a trader, shot dead his guard and then fled, in Kech on 20 May 2024.",
			"Attack/1", ""},
		{"abducted and shot dead at once",
			"Militants abducted and shot dead two men in Bajaur on 20 May 2024.",
			"Attack/2", ""},
		{"killed some, abducted others in the same raid",
			"Gunmen killed two Levies personnel and abducted three others in Kech on 20 May 2024.",
			"Attack/2", ""},
		{"abducted after the guards were shot dead",
			"Maoists abducted a district collector in Sukma on 21 April 2012 after they shot dead his two guards.",
			"Attack/2", ""},
		{"kidnapping named as a crime",
			"Militants shot dead two men in Quetta on 20 May 2024 who had been wanted in cases of kidnapping.",
			"Attack/2", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, published, "").Events
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Fatalf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
			if tc.day == "" {
				return
			}
			ab := evs[len(evs)-1]
			if abducted(ab.Casualties) == 0 {
				t.Errorf("abduction of %q counts no one abducted: %+v", tc.text, ab.Casualties)
			}
			for _, ev := range evs[:len(evs)-1] {
				if n := abducted(ev.Casualties); n != 0 {
					t.Errorf("%s of %q counts %d abducted again", ev.SubEventType, tc.text, n)
				}
				for _, e := range ev.Evidence {
					if strings.HasSuffix(e.Field, ".abducted") {
						t.Errorf("%s of %q keeps evidence %s", ev.SubEventType, tc.text, e.Field)
					}
				}
			}
			if ab.EventDate == nil || *ab.EventDate != tc.day {
				t.Errorf("abduction of %q dated %v, want %s", tc.text, ab.EventDate, tc.day)
			}
			if ab.Casualties.Civilians.Killed+ab.Casualties.SecurityForces.Killed+ab.Casualties.Unknown.Killed != 0 {
				t.Errorf("abduction of %q carries the dead: %+v", tc.text, ab.Casualties)
			}
			for _, e := range ab.Evidence {
				if e.Field == "sub_event_type" && e.Quote != "abducted" && e.Quote != "kidnapped" {
					t.Errorf("abduction of %q quotes %q as its sub-event type", tc.text, e.Quote)
				}
			}
		})
	}
}

// TestAbductionDone checks which abduction cues tell a deed done.
func TestAbductionDone(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"militants abducted two villagers", "abducted", true},
		{"the two were kidnapped from a bus", "kidnapped", true},
		{"the guards were taken hostage", "taken", true},
		{"gunmen tried and kidnapped nobody", "kidnapped", false},
		{"a bid that kidnapped no one", "kidnapped", false},
		{"a plot to kidnap a trader", "kidnap", false},
		{"wanted in cases of kidnapping", "kidnapping", false},
		{"the taken land", "taken", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		k := -1
		for i, tok := range toks {
			if tok.Lower == tc.cue {
				k = i
			}
		}
		if got := abductionDone(toks, k); got != tc.want {
			t.Errorf("abductionDone(%q at %q) = %v, want %v", tc.text, tc.cue, got, tc.want)
		}
	}
}

// TestCaptivityToldOtherwise checks the abductions SATP's summaries tell
// without a year to date them: a killing said to come "the next day" or
// "later", and an abduction told in a relative clause of the victim whose
// body was found, or an abduction whose captives' bodies were found
// ("his body was found"); and that a killing at once, or an abduction of
// an earlier year or long ago, stays one attack, and an abduction with no
// body of its captives found stays one abduction.
func TestCaptivityToldOtherwise(t *testing.T) {
	tests := []namedTextWant{
		{"killed the next day",
			"Maoists abducted a panchayat secretary from Kutru in Bijapur District on January 11 and killed him the next day.",
			"Attack/1,Abduction/forced disappearance/0"},
		{"killed two days later",
			"Militants abducted a trader from Sopore on March 3 and killed him two days later.",
			"Attack/1,Abduction/forced disappearance/0"},
		{"killed on the spot",
			"Militants abducted a trader from Sopore on March 3 and killed him on the spot.",
			"Attack/1"},
		{"body of a man abducted the night before",
			"The body of a civilian, who had been abducted by militants on the previous night, was found in an orchard in Shopian District on March 2. He bore bullet wounds.",
			"Attack/1,Abduction/forced disappearance/0"},
		{"body of a man abducted in an earlier year",
			"The body of a civilian, who had been abducted by militants in 2015, was found in an orchard in Shopian District on March 2. He bore bullet wounds.",
			"Attack/1"},
		{"body of a man abducted long ago",
			"The body of a civilian who had been abducted by militants months back was found in an orchard in Shopian District on March 2.",
			"Attack/1"},
		{"his body found after the abduction: the captive was killed",
			"Militants abducted a trader from his shop in Kech on May 4 and his bullet-riddled body was found in a riverbed two days later.",
			"Attack/1,Abduction/forced disappearance/0"},
		{"their bodies found in the next sentence",
			"Gunmen abducted three labourers from a camp in Awaran on May 4. Their bodies were found dumped near the camp the next morning.",
			"Attack/3,Abduction/forced disappearance/0"},
		{"their bodies, an aside, then found",
			"Gunmen abducted two contractors from a road camp in Kohlu on June 2. Their bodies, bearing marks of torture, were recovered from a dry stream on June 6.",
			"Attack/2,Abduction/forced disappearance/0"},
		{"his body, an aside, and no verb of finding after it",
			"Militants abducted a trader from his shop in Kech on May 4. His body, his family said, needed no search, as he had called them from captivity.",
			"Abduction/forced disappearance/0"},
		{"no body found: the abduction alone",
			"Militants abducted a trader from his shop in Kech on May 4; his family appealed for his release.",
			"Abduction/forced disappearance/0"},
		{"a body not named as the captive's",
			"Militants abducted a trader from his shop in Kech on May 4. Police found a body near the market the next morning.",
			"Abduction/forced disappearance/0"},
	}
	checkNamedTypesAndTolls(t, tests)
}
