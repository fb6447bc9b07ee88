package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var pub = time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday

// brief renders an extraction's events for comparison: one line each,
// "Sub-event type|date|admin2|fatalities|casualty split".
func brief(x vigil.Extraction) string {
	var lines []string
	for _, e := range x.Events {
		date := "-"
		if e.EventDate != nil {
			date = *e.EventDate
		}
		fat := "-"
		if e.Fatalities != nil {
			fat = fmt.Sprint(*e.Fatalities)
		}
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%s|%s", e.SubEventType, date, e.Admin2, fat, split(e.Casualties)))
	}
	return strings.Join(lines, "\n")
}

func split(c vigil.Casualties) string {
	var parts []string
	for _, p := range []struct {
		name string
		c    vigil.Counts
	}{{"sf", c.SecurityForces}, {"civ", c.Civilians}, {"mil", c.Militants}, {"unk", c.Unknown}} {
		if p.c.Killed > 0 {
			parts = append(parts, fmt.Sprintf("%s.k=%d", p.name, p.c.Killed))
		}
		if p.c.Injured > 0 {
			parts = append(parts, fmt.Sprintf("%s.i=%d", p.name, p.c.Injured))
		}
		if p.c.Abducted > 0 {
			parts = append(parts, fmt.Sprintf("%s.a=%d", p.name, p.c.Abducted))
		}
		if p.c.Arrested > 0 {
			parts = append(parts, fmt.Sprintf("%s.r=%d", p.name, p.c.Arrested))
		}
	}
	return strings.Join(parts, ",")
}

// TestPhenomena covers the phrasing the rules must read, one phenomenon
// per case, with sentences written for these tests.
func TestPhenomena(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"digits and words",
			"Three soldiers and 2 policemen were killed when militants attacked a check post in Kech district on Tuesday.",
			pub, "Armed clash|2024-03-12|Kech|5|sf.k=5"},
		// ACLED codes an armed group's attack on police or soldiers as a battle.
		{"a policeman is one",
			"A policeman was shot dead by unidentified gunmen in Quetta on 3 March 2024.",
			time.Time{}, "Armed clash|2024-03-03|Quetta|1|sf.k=1"},
		{"negation",
			"On 9 February 2024, militants hurled a hand grenade at a police station in Turbat. No one was hurt in the attack.",
			time.Time{}, "Grenade|2024-02-09|Kech|0|"},
		{"hedging keeps the figure",
			"Two militants were allegedly killed in an exchange of fire with security forces in Bannu district on March 10, 2024.",
			time.Time{}, "Armed clash|2024-03-10|Bannu|2|mil.k=2"},
		{"including is not added twice",
			"Twelve people, including three soldiers, were killed in a suicide attack on a convoy in North Waziristan on Monday.",
			pub, "Suicide bomb|2024-03-11|North Waziristan|12|sf.k=3,civ.k=9"},
		{"restated toll is one event",
			"Security forces killed six terrorists in an intelligence-based operation in Khyber district yesterday. The six terrorists were involved in attacks on police, the military said. The operation that killed six militants continues.",
			pub, "Armed clash|2024-03-13|Khyber|6|mil.k=6"},
		{"separate incidents",
			"A roadside bomb killed two Levies personnel in Dera Bugti on 4 March 2024. In another incident, gunmen abducted three engineers in Panjgur on 5 March 2024.",
			time.Time{}, "Remote explosive/landmine/IED|2024-03-04|Dera Bugti|2|sf.k=2\nAbduction/forced disappearance|2024-03-05|Panjgur|0|civ.a=3"},
		{"incidents in two districts",
			"Two soldiers were killed in a blast in Kech district on 4 March 2024. In Quetta, gunmen shot dead a shopkeeper on 4 March 2024.",
			time.Time{}, "Remote explosive/landmine/IED|2024-03-04|Kech|2|sf.k=2\nAttack|2024-03-04|Quetta|1|civ.k=1"},
		{"a party's claimed toll yields to the reported one",
			"On 5 March 2024, militants attacked a check post in Tump (Kech district). Two soldiers were killed, officials said. The group claimed that nine soldiers were killed.",
			time.Time{}, "Armed clash|2024-03-05|Kech|2|sf.k=2"},
		{"official idioms",
			"According to ISPR, during the operation own troops effectively engaged the khwarij hideout in Tank district and four khwarij were sent to hell on 2 March 2024, while a soldier embraced shahadat.",
			time.Time{}, "Armed clash|2024-03-02|Tank|5|sf.k=1,mil.k=4"},
		{"date told after the incident",
			"Gunmen shot dead a shopkeeper in Quetta. The killing took place on the night of 5 May 2024, police said.",
			time.Time{}, "Attack|2024-05-05|Quetta|1|civ.k=1"},
		{"relative date without publication date is null",
			"Two civilians were injured when a landmine exploded in Kohlu yesterday.",
			time.Time{}, "Remote explosive/landmine/IED|-|Kohlu|0|civ.i=2"},
		{"dozens",
			"Dozens of protesters were injured when police used tear gas to disperse a rally in Gwadar on 1 March 2024.",
			time.Time{}, "Protest with intervention|2024-03-01|Gwadar|0|civ.i=12"},
		{"arrests",
			"Police arrested five suspected militants in a raid in Peshawar on 6 March 2024.",
			time.Time{}, "Arrests|2024-03-06|Peshawar|0|mil.r=5"},
		{"opinion is not an event",
			"The government must do more to stop terrorism, the editorial argued, and attacks will continue unless the border is secured.",
			pub, ""},
		{"disaster is not an event",
			"An earthquake killed 20 people in Harnai district on 7 March 2024, officials said.",
			time.Time{}, ""},
		{"a statistic goes on in the perfect tense",
			"At least 900 policemen of the province have been killed in the war against militancy since 2006, according to police data. This is followed by Swat where 123 police officials have died. In Bannu, 120 personnel have lost their lives till July 21, 2016.",
			time.Time{}, ""},
		{"a death of illness is no violence",
			"A former rebel commander died of a heart attack in Quetta on 3 May 2024.",
			time.Time{}, ""},
		{"a targeted raid is the police's",
			"Police arrested two suspects in a targeted raid in Gadap on 3 May 2024.",
			time.Time{}, "Arrests|2024-05-03||0|unk.r=2"},
		{"a charge sheet names an old killing",
			"Police filed a charge sheet against eight men for the killing of a cleric in an IED blast in April 2011.",
			time.Time{}, ""},
		{"a story opening with a toll rising revises an earlier incident: the new toll is the total",
			"The death toll in the bombing of the Jamrud bazaar rose to 21 on 19 December 2023 as two more people succumbed to their injuries.",
			time.Time{}, "Remote explosive/landmine/IED|2023-12-19|Khyber|21|civ.k=2,unk.k=19"},
		{"a toll rising after the report of the incident is its toll",
			"On 5 March 2024, a bomb exploded in the bazaar of Turbat, killing five people. The death toll in the blast rose to seven on 6 March 2024.",
			time.Time{}, "Remote explosive/landmine/IED|2024-03-05|Kech|7|civ.k=5,unk.k=2"},
		{"a prisoner executed in jail is no attack",
			"A death row prisoner was executed in the district jail of Mach on 3 May 2024.",
			time.Time{}, ""},
		{"a grocer who lives beside a temple",
			"The front claimed an attack on a grocer who lives beside the temple in Hub, in a statement on 3 May 2024.",
			time.Time{}, ""},
		{"killed following an attack is still the attack's toll",
			"On 5 March 2024, two soldiers were killed following an attack on a check post in Kech.",
			time.Time{}, "Armed clash|2024-03-05|Kech|2|sf.k=2"},
		{"aggregate statistics are claims, not events",
			"Over 300 people were killed in 120 terrorist attacks in Balochistan in 2023, according to a think tank.",
			time.Time{}, ""},
		{"a year's tally told by province, with no noun for the dead, is no event",
			"A rights group said 502 Shias were shot dead in targeted attacks in 2012. 145 were shot dead in Sindh, 81 in Punjab and 55 in Balochistan.",
			time.Time{}, ""},
		{"an operation's running toll is no event",
			"The military said 1,200 militants had been killed in the operation that was launched in North Waziristan on June 15.",
			time.Time{}, ""},
		{"a toll weighed against last year's is no event",
			"Ninety civilians were killed by security forces in Kashmir, a third more than last year, the group said.",
			time.Time{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := x.Extract(tc.text, tc.published, "")
			if b := brief(got); b != tc.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", tc.text, b, tc.want)
			}
			checkEvidence(t, tc.text, got)
		})
	}
}

// TestClaims covers aggregate statistics.
func TestClaims(t *testing.T) {
	x := extractor(t)
	text := "Over 300 people were killed in 120 terrorist attacks in Balochistan in 2023, according to a think tank."
	got := x.Extract(text, time.Time{}, "")
	want := map[string]string{"deaths": "300 lower 2023-01-01..2023-12-31", "attacks": "120 exact 2023-01-01..2023-12-31"}
	if len(got.Claims) != len(want) {
		t.Fatalf("got %d claims %+v, want %d", len(got.Claims), got.Claims, len(want))
	}
	for _, c := range got.Claims {
		s := fmt.Sprintf("%d %s %s..%s", c.Value, c.Bound, c.PeriodStart, c.PeriodEnd)
		if want[c.Metric] != s {
			t.Errorf("claim %s = %s, want %s", c.Metric, s, want[c.Metric])
		}
		if c.Country != "Pakistan" {
			t.Errorf("claim %s country = %q, want Pakistan", c.Metric, c.Country)
		}
	}
}

// TestEquipmentSeizure covers a seizure with an origin country; the
// holder is the actor it was taken from, named as the events name it.
func TestEquipmentSeizure(t *testing.T) {
	x := extractor(t)
	text := "Security forces said 12 M4 rifles and night-vision goggles of US origin were recovered from the militants in Zhob on 8 March 2024."
	got := x.Extract(text, time.Time{}, "")
	if len(got.Equipment) == 0 {
		t.Fatal("no equipment records")
	}
	r := got.Equipment[0]
	if r.Kind != "seizure" || r.Item != "M4 rifles" || r.Quantity == nil || *r.Quantity != 12 || r.OriginCountry != "United States" ||
		r.Holder != "Unidentified Armed Group (Pakistan)" || r.LocationCountry != "Pakistan" {
		t.Errorf("record = %+v", r)
	}
	checkEvidence(t, text, got)
}

func TestEmptyAndOddInput(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{"", " ", "\n\n", "killed", "12345", strings.Repeat("blast ", 1000), "\xff\xfe killed 3"} {
		got := x.Extract(text, time.Time{}, "")
		if got.Events == nil || got.Claims == nil || got.Equipment == nil {
			t.Errorf("Extract(%q): nil slices; the contract writes [] not null", text)
		}
		checkEvidence(t, text, got)
	}
}
