package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestPhrasings covers the ways statistics are told that the claims probe
// showed vigil missing, each with a sentence the rule must leave alone.
// Claims are written "metric value admin1".
func TestPhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		// The people counted after a verb that says what befell them.
		{"injuring N others",
			"Militants carried out 61 attacks in Sindh in May, killing 12 policemen and injuring 45 others.",
			[]string{"attacks 61 Sindh", "security_forces_killed 12 Sindh", "injured 45 Sindh"}},
		{"killed or injured N people stays one figure",
			"Bombings killed or injured 640 people in Sindh in 2019.",
			[]string{"casualties 640 Sindh"}},
		{"arrested N suspects in a year",
			"Police arrested 215 suspects and defused 18 improvised explosive devices in Sindh in 2022.",
			[]string{"arrests 215 Sindh", "explosives_defused 18 Sindh"}},
		{"abducted N people in a year",
			"In 2021, militants abducted 38 people in Balochistan, police records show.",
			[]string{"abductions 38 Balochistan"}},
		{"a day's haul of arrests is a raid, not a tally",
			"Police detained 140 suspects across the province on March 3 in a crackdown in 2023.",
			nil},
		{"arrests in raids with no span are a raid's haul",
			"Police detained 43 people suspected of links to the group in raids across Karachi, officials said.",
			nil},
		{"a few arrested are a raid's haul",
			"Police arrested two suspects in the capital; their whereabouts had been unknown since May.",
			nil},
		// The third claims probe's phrasings.
		{"arrests beside the operations they came of",
			"In the last 24 hours, the CTD conducted 54 operations in Punjab and arrested 11 suspected terrorists.",
			[]string{"operations 54 Punjab", "arrests 11 Punjab"}},
		{"arrests beside a toll are no tally",
			"Police killed three militants and arrested 12 suspects in a raid in Bannu on Monday.",
			nil},
		{"a quarter's arrests",
			"Sindh police arrested 312 suspects in operations against dacoits during the first quarter.",
			[]string{"arrests 312 Sindh"}},
		{"abductions over the past decade",
			"More than 2,000 people were abducted in Balochistan over the past decade, a rights group said.",
			[]string{"abductions 2000 Balochistan"}},
		{"the same count for the year before",
			"Police said 140 policemen were killed in Khyber Pakhtunkhwa in 2023, and 117 in the previous year.",
			[]string{"security_forces_killed 140 Khyber Pakhtunkhwa", "security_forces_killed 117 Khyber Pakhtunkhwa"}},
		{"security force personnel",
			"SATP counted 2,414 fatalities in Balochistan in 2024, including 700 security force personnel.",
			[]string{"deaths 2414 Balochistan", "security_forces_killed 700 Balochistan"}},
		{"arms laid down are a surrender",
			"As many as 52 militants laid down their arms in Balochistan in 2024.",
			[]string{"surrenders 52 Balochistan"}},
		{"lives laid down are deaths",
			"As many as 52 soldiers laid down their lives in Balochistan in 2024.",
			[]string{"security_forces_killed 52 Balochistan"}},
		{"a toll with no noun of the side counted before",
			"Officials said 68 terrorists had been killed in Balochistan in 2023 and that 134 had been killed in 2022.",
			[]string{"militants_killed 68 Balochistan", "militants_killed 134 Balochistan"}},
		{"a group's members killed",
			"Officials said 65 ISKP members had been killed in Balochistan in 2024.",
			[]string{"militants_killed 65 Balochistan"}},
		{"the killed among civilian casualties",
			"UNAMA documented 2,106 civilian casualties in Balochistan in 2023, including 701 killed.",
			[]string{"casualties 2106 Balochistan", "civilians_killed 701 Balochistan"}},
		{"another place's figure set off by a comma",
			"In Khyber Pakhtunkhwa, 1,616 people were killed in 2024; in Balochistan, 782; and in Sindh, 97, CRSS said.",
			[]string{"deaths 1616 Khyber Pakhtunkhwa", "deaths 782 Balochistan", "deaths 97 Sindh"}},
		{"a comma after a place with no figure of the count before is none",
			"Militants carried out 95 attacks in Sindh in 2024, and in Punjab, 12 schools were shut.",
			[]string{"attacks 95 Sindh"}},
		{"the dead split by side in the sentence after",
			"The minister said 1,566 people had been killed in Sindh in 2024. Of them, 924 were security personnel and 642 civilians, he said.",
			// The place of the sentence before is carried.
			[]string{"deaths 1566 Sindh", "security_forces_killed 924 Sindh", "civilians_killed 642 Sindh"}},
		{"the wounded split by side are no dead",
			"The minister said 1,566 people had been killed in Sindh in 2024. Of them, 924 were security personnel and 642 civilians, and 300 others were injured.",
			[]string{"deaths 1566 Sindh", "injured 300 Sindh"}},
		// Words for death and lists of the dead.
		{"sent to hell",
			"Since January, 58 terrorists have been sent to hell in Balochistan.",
			[]string{"militants_killed 58 Balochistan"}},
		{"hell in another sense is no death",
			"Since January, 58 families have been through hell in Balochistan.",
			nil},
		{"embraced shahadat",
			"A total of 211 soldiers embraced shahadat in Balochistan during the year.",
			[]string{"security_forces_killed 211 Balochistan"}},
		{"a long list of the dead",
			"Balochistan recorded 300 fatalities in 2019 including 40 civilians 35 SF personnel and 225 militants",
			[]string{"deaths 300 Balochistan", "civilians_killed 40 Balochistan", "security_forces_killed 35 Balochistan", "militants_killed 225 Balochistan"}},
		{"people listed beside the dead but not among them",
			"Balochistan recorded 300 fatalities in 2019 while 40 students were enrolled in the scheme",
			[]string{"deaths 300 Balochistan"}},
		{"journalists and children are civilians",
			"In 2020, 14 journalists were killed in Sindh, and 1,100 children were killed or maimed in Afghanistan.",
			[]string{"civilians_killed 14 Sindh", "casualties 1100 "}},
		{"a hundred in words",
			"Over a hundred militants have been killed in Balochistan in 2024.",
			[]string{"militants_killed 100 Balochistan"}},
		{"violence events are incidents",
			"Observers recorded 410 political violence events in Sindh in 2022.",
			[]string{"incidents 410 Sindh"}},
		{"events of another kind are not",
			"The council hosted 410 cultural events in Sindh in 2022.",
			nil},
		// A year's toll at a district: many incidents make it a tally, one
		// recalls an incident.
		{"a year's toll in strikes at a district",
			"Some 120 civilians were killed in drone strikes in Mir Ali in 2013.",
			[]string{"civilians_killed 120 Khyber Pakhtunkhwa"}},
		{"a year's toll in one attack at a district",
			"Some 120 civilians were killed in a suicide attack in Mir Ali in 2013.",
			nil},
		// A table told in prose, after a colon.
		{"people then their figure after a colon",
			"Fatalities in Sindh in 2025: civilians 140, security forces 61, militants 302.",
			[]string{"civilians_killed 140 Sindh", "security_forces_killed 61 Sindh", "militants_killed 302 Sindh"}},
		{"a colon with no word of death opens no table of the dead",
			"Seats in Sindh in 2024: civilians 140, soldiers 61.",
			nil},
		{"the deaths of N civilians",
			"Monitors documented the deaths of 812 civilians in Sindh in 2022.",
			[]string{"civilians_killed 812 Sindh"}},
		{"members of a community",
			"More than 300 members of the Hazara community have been killed in Balochistan since 2012.",
			[]string{"civilians_killed 300 Balochistan"}},
		{"sentenced to death is no death",
			"The court sentenced 40 militants to death for attacks in Sindh in 2019.",
			nil},
		{"stabbed to death is",
			"In 2019, 40 women were stabbed to death in Sindh.",
			[]string{"civilians_killed 40 Sindh"}},
		// ISPR's words, and people named by their side only.
		{"neutralised khwarij",
			"Security forces neutralised 212 khwarij across Khyber Pakhtunkhwa in 2025.",
			[]string{"militants_killed 212 Khyber Pakhtunkhwa"}},
		{"a bomb neutralised is no death",
			"Bomb disposal squads neutralised 212 bombs across Khyber Pakhtunkhwa in 2025.",
			[]string{"explosives_defused 212 Khyber Pakhtunkhwa"}},
		{"police officials martyred",
			"In 2024, 64 police officials were martyred in Sindh.",
			[]string{"security_forces_killed 64 Sindh"}},
		{"rounded up",
			"Police rounded up a total of 930 suspects in Sindh during 2024.",
			[]string{"arrests 930 Sindh"}},
		{"rounded up in a day's raid",
			"Police rounded up 30 suspects in Sindh on Monday in a raid, the first such raid in 2024.",
			nil},
		// Comparisons and lists that leave the noun out.
		{"of the N attacks, M took place in one province and K in another",
			"Of the 210 attacks recorded in 2025, 130 took place in Sindh and 60 in Balochistan.",
			[]string{"attacks 210 Sindh", "attacks 130 Sindh", "attacks 60 Balochistan"}},
		{"of the N attacks, M people: a noun of its own",
			"Of the 210 attacks recorded in Sindh in 2025, 130 civilians were killed in 40.",
			[]string{"attacks 210 Sindh", "civilians_killed 130 Sindh"}},
		{"a list of people in one place",
			"In 2024, 58 soldiers and 41 civilians were killed in Sindh.",
			[]string{"security_forces_killed 58 Sindh", "civilians_killed 41 Sindh"}},
		{"rose to N",
			"Terrorist attacks in Sindh rose to 240 in 2024, up 30 per cent.",
			[]string{"attacks 240 Sindh"}},
		// (The number reader takes "2022 to 160" for a span of years.)
		{"from N in a year to M",
			"Attacks in Sindh increased from 110 in 2022 to 160 in 2023.",
			[]string{"attacks 110 Sindh", "attacks 160 Sindh"}},
		{"from one year to another is no figure",
			"Attacks in Sindh increased to 160 from 2019 to 2023.",
			[]string{"attacks 160 Sindh"}},
		{"to N from M",
			"Suicide attacks in Sindh rose to 19 in 2023 from 8 in 2022.",
			[]string{"attacks 19 Sindh", "attacks 8 Sindh"}},
		{"fatalities in these incidents are deaths",
			"Incidents in Sindh rose, but the fatalities in these incidents decreased to 80 in 2023 from 96 in 2022.",
			[]string{"deaths 80 Sindh", "deaths 96 Sindh"}},
		{"compared with N",
			"Sindh saw 52 attacks in the first half of 2025, compared with 41 in the same period last year.",
			[]string{"attacks 52 Sindh", "attacks 41 Sindh"}},
		{"against N and M",
			"Sindh recorded 19 attacks in July, against 31 in June and 24 in May.",
			[]string{"attacks 19 Sindh", "attacks 31 Sindh", "attacks 24 Sindh"}},
		{"a figure with a noun of its own is not the same thing",
			"Sindh recorded 19 attacks in 2024, against 31 arrests in 2023.",
			[]string{"attacks 19 Sindh", "arrests 31 Sindh"}},
		// A figure's place: its own part of the sentence, not where the
		// source spoke.
		{"followed by another province",
			"Sindh remained the worst-hit province with 120 attacks and 95 deaths in 2025, followed by Balochistan with 88 attacks and 61 deaths.",
			[]string{"attacks 120 Sindh", "deaths 95 Sindh", "attacks 88 Balochistan", "deaths 61 Balochistan"}},
		{"while another province lost N",
			"In Balochistan, 42 soldiers were martyred in November, while Sindh lost 28.",
			[]string{"security_forces_killed 42 Balochistan", "security_forces_killed 28 Sindh"}},
		{"a part with no place keeps the sentence's",
			"In 2024, 40 militants were killed in Sindh while 12 soldiers died.",
			[]string{"militants_killed 40 Sindh", "security_forces_killed 12 Sindh"}},
		{"the venue of a press conference is not the figure's place",
			"Security forces conducted 900 operations across the country in 2024, the army spokesman told a news conference in Quetta.",
			[]string{"operations 900 "}},
		{"a source named first keeps its place",
			"Sindh police said 31 policemen were killed in 2024.",
			[]string{"security_forces_killed 31 Sindh"}},
		{"fatalities among security forces",
			"Fatalities among security forces in Sindh dropped to 43 in 2024.",
			[]string{"security_forces_killed 43 Sindh"}},
		// From the second claims probe's misses.
		{"arrested N others beside a toll",
			"Security forces killed 84 militants in Sindh in March and arrested 37 others.",
			[]string{"militants_killed 84 Sindh", "arrests 37 Sindh"}},
		{"others with no figure before them are no tally",
			"Police arrested 37 others in Sindh on Friday.",
			nil},
		{"arrested N members over a span",
			"Police arrested 96 members of the banned group in Sindh in 2024.",
			[]string{"arrests 96 Sindh"}},
		{"members who died are not a tally of arrests",
			"Over the past decade, more than 300 members of the community have been killed in Sindh.",
			[]string{"civilians_killed 300 Sindh"}},
		{"members who met are no claim",
			"Twenty-five members of the assembly met in Sindh in 2024.",
			nil},
		{"killed or injured N civilians",
			"Unexploded ordnance killed or injured 310 civilians in Sindh in 2024.",
			[]string{"casualties 310 Sindh"}},
		{"civilians killed and others injured stay apart",
			"In 2024, 310 civilians were killed in Sindh and 500 others injured.",
			[]string{"civilians_killed 310 Sindh", "injured 500 Sindh"}},
		{"deaths among civilian casualties are civilians killed",
			"Monitors documented 900 civilian casualties in Sindh in 2024, including 310 deaths.",
			[]string{"casualties 900 Sindh", "civilians_killed 310 Sindh"}},
		{"deaths among casualties of all sides stay deaths",
			"Monitors documented 900 casualties in Sindh in 2024, including 310 deaths.",
			[]string{"casualties 900 Sindh", "deaths 310 Sindh"}},
		{"a compound name of the violence before the noun",
			"The ministry said 412 Left Wing Extremism incidents were reported in Sindh in 2023.",
			[]string{"incidents 412 Sindh"}},
		{"a rate per month",
			"Some 40 militants are killed every month in Sindh, an officer estimated.",
			[]string{"militants_killed 40 Sindh"}},
		{"another place recorded N",
			"Sindh recorded 120 deaths in 2024, while Balochistan recorded 95.",
			[]string{"deaths 120 Sindh", "deaths 95 Balochistan"}},
		{"recorded N of something else is no ellipsis",
			"Sindh recorded 120 deaths in 2024, while Balochistan recorded 95 arrests.",
			[]string{"deaths 120 Sindh", "arrests 95 Balochistan"}},
		{"a figure for each place after the first",
			"Police arrested 350 suspects in Sindh in 2024, in Balochistan 180, and in Khyber Pakhtunkhwa 142.",
			[]string{"arrests 350 Sindh", "arrests 180 Balochistan", "arrests 142 Khyber Pakhtunkhwa"}},
		{"a place with a figure of something else",
			"Police arrested 350 suspects in Sindh in 2024; in Balochistan 180 shops were sealed.",
			[]string{"arrests 350 Sindh"}},
		{"several operations cite no figure",
			"He had executed several Maoist operations in Sindh between 2005 and 2015.",
			nil},
		{"half of them in a province is a part",
			"Around 600 people were killed in Pakistan in 2024, roughly half of them in Sindh.",
			[]string{"deaths 600 "}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s", c.Metric, c.Value, c.Admin1)
	})
}

// TestPeriodPhrasings covers how a figure's period is told beside other
// figures and periods. Claims are written "metric value start..end".
func TestPeriodPhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"the same period last year",
			"In the first half of 2025, militants carried out 140 attacks in Sindh, compared with 96 in the same period last year.",
			[]string{"attacks 140 2025-01-01..2025-06-30", "attacks 96 2024-01-01..2024-06-30"}},
		{"last year with no period to compare is the whole year",
			"Militants carried out 96 attacks in Sindh last year.",
			[]string{"attacks 96 2024-01-01..2024-12-31"}},
		{"between one month and another",
			"Officials recorded 812 terrorism incidents in Sindh between March 2023 and May 2024.",
			[]string{"incidents 812 2023-03-01..2024-05-31"}},
		{"the first months of a year",
			"Officials documented 1,240 civilian casualties in Sindh in the first six months of 2023.",
			[]string{"casualties 1240 2023-01-01..2023-06-30"}},
		{"months of a year that are not its first",
			"Officials documented 1,240 civilian casualties in Sindh in the worst months of 2023.",
			[]string{"casualties 1240 2023-01-01..2023-12-31"}},
		{"a year up to a day",
			"Maoists killed 31 civilians in Bijapur district in 2024 up to August 20 according to SATP data",
			[]string{"civilians_killed 31 2024-01-01..2024-08-20"}},
		{"a year and up to a count is no day",
			"Militants carried out up to 40 attacks in Sindh in 2024.",
			[]string{"attacks 40 2024-01-01..2024-12-31"}},
		{"between two days",
			"Militants killed 230 civilians in Afghanistan between 1 January and 31 March 2024, the UN said.",
			[]string{"civilians_killed 230 2024-01-01..2024-03-31"}},
		{"between two days told month first",
			"Militants killed 230 civilians in Afghanistan between January 1 and March 31, 2024, the UN said.",
			[]string{"civilians_killed 230 2024-01-01..2024-03-31"}},
		{"the first months of the year",
			"Fifty-seven police officers were killed across Sindh in the first five months of the year, the police chief said.",
			[]string{"security_forces_killed 57 2025-01-01..2025-05-31"}},
		{"a quarter with no year is the last such quarter",
			"Around forty soldiers were killed in Sindh in the fourth quarter, according to official figures.",
			[]string{"security_forces_killed 40 2024-10-01..2024-12-31"}},
		{"a quarter with its year is the date reader's",
			"Around forty soldiers were killed in Sindh in the first quarter of 2023, according to official figures.",
			[]string{"security_forces_killed 40 2023-01-01..2023-03-31"}},
		{"since a day told without a comma",
			"Since March 6 2000 when the portal started compiling data Sindh has recorded a total of 3,100 fatalities",
			[]string{"deaths 3100 2000-03-06..2025-09-02"}},
		{"since the start of the year",
			"More than 70 policemen have been killed in Sindh since the start of the year.",
			[]string{"security_forces_killed 70 2025-01-01..2025-09-02"}},
		{"a ranking's baseline yields to the figure's own month",
			"In July, Sindh saw 87 attacks, the highest in a single month since March 2015.",
			[]string{"attacks 87 2025-07-01..2025-07-31"}},
		{"a later figure keeps its own year, not the compared one's",
			"Suicide attacks in Sindh rose to 21 in 2024 from 9 in 2023, killing 240 people.",
			[]string{"attacks 21 2024-01-01..2024-12-31", "attacks 9 2023-01-01..2023-12-31", "deaths 240 2024-01-01..2024-12-31"}},
		{"a compared figure with no period of its own gets none",
			"Deaths in Sindh fell to 96 in the third quarter of 2025 from 130 in the previous quarter.",
			[]string{"deaths 96 2025-07-01..2025-09-30", "deaths 130 .."}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s..%s", c.Metric, c.Value, c.PeriodStart, c.PeriodEnd)
	})
}

// TestSourceAfter covers a source named in the sentence after the figures.
func TestSourceAfter(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Forty policemen were martyred in Sindh in 2024. The figures were shared by the provincial police chief.", "provincial police chief"},
		{"Forty policemen were martyred in Sindh in 2024. The Sindh police chief said 12 more were injured in 2024.", ""},
		{"Forty policemen were martyred in Sindh in 2024. The home minister visited Karachi.", ""},
		{"Forty policemen were martyred in Sindh in 2024, an ACLED summary said.", "ACLED"},
	}
	for _, tc := range tests {
		cls, _ := Find(tc.text, lex.Split(tc.text), time.Time{}, gazContext{tc.text, g})
		if len(cls) == 0 || cls[0].Value != 40 {
			t.Errorf("%q: claims %v, want the 40 first", tc.text, cls)
			continue
		}
		if cls[0].AttributedTo != tc.want {
			t.Errorf("%q: source %q, want %q", tc.text, cls[0].AttributedTo, tc.want)
		}
	}
}

// TestFourthProbePhrasings covers the phrasings the fourth claims probe
// showed vigil missing, each beside a sentence the rule must leave alone.
// Claims are written "metric value admin1 | source".
func TestFourthProbePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"civilian deaths are civilians killed",
			"The UN mission counted 58 civilian deaths in Sindh in 2023.",
			[]string{"civilians_killed 58 Sindh | UN mission"}},
		{"deaths with no side stay deaths",
			"Militant violence caused 40 deaths in Sindh in 2024, police said.",
			[]string{"deaths 40 Sindh | police"}},
		{"civilian casualties split after a comma",
			"HRCP documented 900 civilian casualties in Sindh in 2022, 310 killed and 590 injured.",
			[]string{"casualties 900 Sindh | HRCP", "civilians_killed 310 Sindh | HRCP", "injured 590 Sindh | HRCP"}},
		{"casualties of no side split after a comma",
			"HRCP documented 900 casualties in Sindh in 2022, 310 killed and 590 injured.",
			[]string{"casualties 900 Sindh | HRCP", "deaths 310 Sindh | HRCP", "injured 590 Sindh | HRCP"}},
		{"sides of the dead listed after a period and a place",
			"The portal logged 410 fatalities in militant violence in Sindh in 2023, including 150 militants, 160 civilians and 100 security force personnel.",
			[]string{"deaths 410 Sindh | portal", "militants_killed 150 Sindh | portal", "civilians_killed 160 Sindh | portal", "security_forces_killed 100 Sindh | portal"}},
		{"a list after attacks names no dead",
			"Militants carried out 410 attacks in Sindh in 2023, including 150 on civilians.",
			[]string{"attacks 410 Sindh | "}},
		{"the number of attacks counts attacks",
			"The number of attacks in Sindh fell to 61 in 2024 from 90 in 2023, police said.",
			[]string{"attacks 61 Sindh | police", "attacks 90 Sindh | police"}},
		{"the number of people killed counts deaths",
			"The number of people killed in Sindh rose to 61 in 2024, police said.",
			[]string{"deaths 61 Sindh | police"}},
		{"a group's members arrested over a year",
			"Police arrested 230 suspected ISKP members in Sindh over the past year, officials said.",
			[]string{"arrests 230 Sindh | officials"}},
		{"parts of a count by province",
			"PIPS counted 90 attacks in 2024, 50 of them in Sindh and 40 in Punjab.",
			[]string{"attacks 90  | PIPS", "attacks 50 Sindh | PIPS", "attacks 40 Punjab | PIPS"}},
		{"parts of a count after of which",
			"CRSS recorded 300 deaths in 2024, of which 200 were in Sindh and 100 in Punjab.",
			[]string{"deaths 300  | CRSS", "deaths 200 Sindh | CRSS", "deaths 100 Punjab | CRSS"}},
		{"a part by month is no place",
			"Militants carried out 90 attacks in Sindh in 2024, 50 of them in January.",
			[]string{"attacks 90 Sindh | "}},
		{"the think tank is the body named before",
			"The Centre for Peace Studies said on Monday that violence had risen. The think tank said 90 attacks took place in Sindh in 2024.",
			[]string{"attacks 90 Sindh | Centre for Peace Studies"}},
		{"the think tank alone",
			"The think tank said 90 attacks took place in Sindh in 2024.",
			[]string{"attacks 90 Sindh | think tank"}},
		{"an office told in lower-case words",
			"The minister of state for interior said 90 attacks took place in Sindh in 2024.",
			[]string{"attacks 90 Sindh | minister of state for interior"}},
		{"a mission and the country it serves",
			"The UN Assistance Mission in Somalia said 90 attacks took place in 2024.",
			[]string{"attacks 90  | UN Assistance Mission in Somalia"}},
		{"others of a tally arrested",
			"Police said 40 militants had been killed and 120 arrested in Sindh in 2024.",
			[]string{"militants_killed 40 Sindh | Police", "arrests 120 Sindh | Police"}},
		{"the province named before",
			"PIPS said Sindh saw a rise in violence. It counted 97 attacks in the province in 2024.",
			[]string{"attacks 97 Sindh | PIPS"}},
		{"the province named nowhere",
			"PIPS counted 97 attacks in the province in 2024.",
			[]string{"attacks 97  | PIPS"}},
		{"a place's share of a count",
			"PIPS counted 90 attacks in 2024. Sindh accounted for 50 of the attacks and Punjab for 40.",
			[]string{"attacks 90  | PIPS", "attacks 50 Sindh | PIPS", "attacks 40 Punjab | PIPS"}},
		{"a share of a budget is no count",
			"Sindh accounted for 50 percent of the budget in 2024.",
			nil},
		{"injuries counted over a year",
			"HRCP counted 120 deaths and 300 injuries in Sindh in 2024.",
			[]string{"deaths 120 Sindh | HRCP", "injured 300 Sindh | HRCP"}},
		{"one victim's injuries are no count",
			"The victim suffered three injuries in the attack in Karachi on Monday.",
			nil},
		{"a senator",
			"A senator said 900 people had been killed in attacks in Sindh since 2001.",
			[]string{"deaths 900 Sindh | senator"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s | %s", c.Metric, c.Value, c.Admin1, c.AttributedTo)
	})
}

// TestFourthProbePeriods covers the periods the fourth claims probe showed
// vigil leaving out, beside the phrasing the date reader already reads.
func TestFourthProbePeriods(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"the last 24 hours",
			"In the last 24 hours, the CTD conducted 54 operations in Punjab and arrested 11 suspected terrorists.",
			[]string{"operations 54 2025-07-02..2025-07-03", "arrests 11 2025-07-02..2025-07-03"}},
		{"a quarter of this year",
			"During the first quarter of this year, police arrested 412 suspects in Sindh.",
			[]string{"arrests 412 2025-01-01..2025-03-31"}},
		{"a quarter of a year named",
			"During the first quarter of 2024, police arrested 412 suspects in Sindh.",
			[]string{"arrests 412 2024-01-01..2024-03-31"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s..%s", c.Metric, c.Value, c.PeriodStart, c.PeriodEnd)
	})
}

// TestFifthProbePhrasings covers what the fifth claims probe showed vigil
// missing: the fate told right after the people, a list of figures for
// other places and years, injuries after a toll, the side of "deaths
// of", and one day's toll told beside statistics.
func TestFifthProbePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"arrested right after the people, after a toll",
			"Police said 632 policemen had been killed in Sindh in 2023 and that 1,124 terrorists had been arrested.",
			[]string{"security_forces_killed 632 Sindh 2023-01-01..2023-12-31", "arrests 1124 Sindh 2023-01-01..2023-12-31"}},
		{"killed right after the people stays a toll",
			"Police said 1,124 terrorists had been killed in Sindh in 2023.",
			[]string{"militants_killed 1124 Sindh 2023-01-01..2023-12-31"}},
		{"a list of figures for other years",
			"In Sindh, 2,251 terrorists were arrested in 2023, 2,700 in 2024 and 820 so far this year.",
			[]string{"arrests 2251 Sindh 2023-01-01..2023-12-31", "arrests 2700 Sindh 2024-01-01..2024-12-31", "arrests 820 Sindh 2025-01-01..2025-05-01"}},
		{"a list of figures for other provinces",
			"Officials said 512 terrorist attacks took place in Khyber Pakhtunkhwa in 2023, 348 in Balochistan and 19 in Sindh.",
			[]string{"attacks 512 Khyber Pakhtunkhwa 2023-01-01..2023-12-31", "attacks 348 Balochistan 2023-01-01..2023-12-31", "attacks 19 Sindh 2023-01-01..2023-12-31"}},
		{"a figure after a clause of its own is not the list",
			"Officials said 512 terrorist attacks took place in Sindh in 2023, while 40 in Karachi were hoaxes.",
			[]string{"attacks 512 Sindh 2023-01-01..2023-12-31"}},
		{"injured after a toll",
			"PIPS counted 37 suicide attacks in Sindh in 2023, which killed 329 people and injured 731.",
			[]string{"attacks 37 Sindh 2023-01-01..2023-12-31", "deaths 329 Sindh 2023-01-01..2023-12-31", "injured 731 Sindh 2023-01-01..2023-12-31"}},
		{"deaths of civilians",
			"Since 2001, the portal has recorded 5,800 deaths of civilians in Balochistan.",
			[]string{"civilians_killed 5800 Balochistan 2001-01-01..2025-05-01"}},
		{"one day's toll beside statistics",
			"Militants carried out 171 attacks in Balochistan in 2024. The deadliest month was August, when 77 people died in a single day of coordinated attacks.",
			[]string{"attacks 171 Balochistan 2024-01-01..2024-12-31"}},
		{"a month's toll is still a tally",
			"The deadliest month was August, when 77 people died in attacks across Balochistan.",
			[]string{"deaths 77 Balochistan .."}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s %s..%s", c.Metric, c.Value, c.Admin1, c.PeriodStart, c.PeriodEnd)
	})
}

// TestFifthProbePeriods covers the periods the fifth claims probe showed
// vigil leaving out: fiscal years, a year earlier than the period told
// before, halves and first months told without their year.
func TestFifthProbePeriods(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 9, 10, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"a fiscal year with both years",
			"Police said 245 attacks took place in Balochistan in the fiscal year 2023-24.",
			[]string{"attacks 245 2023-07-01..2024-06-30"}},
		{"a fiscal year written FY",
			"Police said 245 attacks took place in Balochistan in FY2022-23.",
			[]string{"attacks 245 2022-07-01..2023-06-30"}},
		{"years that do not follow each other are no fiscal year",
			"Police said 245 attacks took place in Balochistan in the fiscal year 2019-24.",
			[]string{"attacks 245 .."}},
		{"the last fiscal year",
			"The minister said 1,524 terrorism incidents took place in Sindh during the last fiscal year.",
			[]string{"incidents 1524 2023-07-01..2024-06-30"}},
		{"the current fiscal year",
			"The minister said 310 terrorism incidents took place in Sindh in the current fiscal year.",
			[]string{"incidents 310 2024-07-01..2025-06-30"}},
		{"the fiscal year ending June",
			"Officials said 312 people were killed in attacks in Sindh in the fiscal year ending June 2024.",
			[]string{"deaths 312 2023-07-01..2024-06-30"}},
		{"a year earlier than a year",
			"Militants carried out 171 attacks in Balochistan in 2023, up from 110 a year earlier.",
			[]string{"attacks 171 2023-01-01..2023-12-31", "attacks 110 2022-01-01..2022-12-31"}},
		{"the same period a year earlier",
			"Attacks in Sindh fell to 156 in the first six months of 2024, from 241 in the same period a year earlier.",
			[]string{"attacks 156 2024-01-01..2024-06-30", "attacks 241 2023-01-01..2023-06-30"}},
		{"the previous year after a year",
			"Officials counted 245 attacks in Sindh in 2022, compared with 110 the previous year.",
			[]string{"attacks 245 2022-01-01..2022-12-31", "attacks 110 2021-01-01..2021-12-31"}},
		{"a change over the previous year dates no figure after it",
			"Officials counted 521 attacks in Sindh in 2023, up 34 per cent over the previous year; the attacks claimed 1,012 lives.",
			[]string{"attacks 521 2023-01-01..2023-12-31", "deaths 1012 2023-01-01..2023-12-31"}},
		{"the previous year alone is read from publication",
			"Officials counted 110 attacks in Sindh the previous year.",
			[]string{"attacks 110 2023-01-01..2023-12-31"}},
		{"the first half of the year",
			"During the first half of the year, officials recorded 924 fatalities in Sindh.",
			[]string{"deaths 924 2024-01-01..2024-06-30"}},
		{"the second half of the year still to come is last year's",
			"During the second half of the year, officials recorded 924 fatalities in Sindh.",
			[]string{"deaths 924 2023-07-01..2023-12-31"}},
		{"the first months with no year",
			"The army said 137 soldiers were killed in Sindh in the first four months.",
			[]string{"security_forces_killed 137 2024-01-01..2024-04-30"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s..%s", c.Metric, c.Value, c.PeriodStart, c.PeriodEnd)
	})
}

// phrasing is a sentence and the claims it gives, each written by the
// test's own line format.
type phrasing struct {
	name, text string
	want       []string
}

// checkPhrasings runs Find on each case and compares its claims, written
// by line, with the case's want.
func checkPhrasings(t *testing.T, g *places.Gazetteer, pub time.Time, tests []phrasing, line func(vigil.Claim) string) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cls, _ := Find(tc.text, lex.Split(tc.text), pub, gazContext{tc.text, g})
			var got []string
			for _, c := range cls {
				got = append(got, line(c))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\nclaims:\n%s\nwant:\n%s", tc.text, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestArticlePhrasings covers the figures whole news articles on
// Afghanistan cite beside an incident: a UN report's counts of how deeds
// were done, weapons seized over a span, a ranked year told as a bare
// subject, attacks on a kind of target summed, and the source named with
// "also". Each has a twin that must stay no claim (or keep its reading).
func TestArticlePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"killings counted by how they were done",
			"The mission said it had documented at least 95 extrajudicial killings of former soldiers in 2024.",
			[]string{"deaths 95 2024-01-01..2024-12-31"}},
		{"arrests counted by how they were made",
			"The mission also recorded 310 arbitrary arrests of journalists and activists in 2024.",
			[]string{"arrests 310 2024-01-01..2024-12-31"}},
		{"weapons seized over a span",
			"The ministry said more than 2,400 weapons had been seized from smugglers over the past year.",
			[]string{"weapons_seized 2400 2024-02-10..2025-02-10"}},
		{"weapons held over a span are no seizure",
			"The former army held more than 300,000 weapons over the past year.",
			nil},
		{"weapons seized in one raid are no tally",
			"Police seized 40 pistols and 12 rifles in a raid in Quetta on Tuesday.",
			nil},
		{"a ranked year told bare as the subject",
			"Officials said 2024 was the deadliest year for the police in a decade, with more than 680 policemen killed in attacks.",
			[]string{"security_forces_killed 680 2024-01-01..2024-12-31"}},
		{"attacks on a kind of target summed",
			"Attacks on places of worship caused 1,218 casualties, the report said.",
			[]string{"casualties 1218 .."}},
		{"one incident's explosions are no sum",
			"Explosions at a shrine in Samarra killed 112 pilgrims and injured 300 others.",
			nil},
		{"a span opened by a dated event",
			"UNAMA said it had documented at least 95 extrajudicial killings of former soldiers since the Taliban takeover in August 2021.",
			[]string{"deaths 95 2021-08-01..2025-02-10"}},
		{"a month with no 'since' before it stays the month",
			"UNAMA said it had documented at least 95 extrajudicial killings of former soldiers in August 2021.",
			[]string{"deaths 95 2021-08-01..2021-08-31"}},
		{"attacks on a counted target are one incident's",
			"Attacks on two checkposts killed 120 soldiers.",
			nil},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s..%s", c.Metric, c.Value, c.PeriodStart, c.PeriodEnd)
	})
}

// TestShareOfTally: a sentence that gives a share of a tally is a
// statistic, no incident; a share of one incident's victims is not.
func TestShareOfTally(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Three-quarters of the casualties were caused by improvised explosive devices.", true},
		{"Nearly 60 per cent of the attacks took place in Khyber Pakhtunkhwa.", true},
		{"Half of all deaths were of children.", true},
		{"Half of the victims were killed in the blast on Monday.", false},
		{"Most of the victims were women.", false},
		{"Most of the attacks targeted police stations and checkposts in Bannu.", true},
		{"Most of the attackers fled after the police returned fire on Monday.", false},
		{"Three soldiers were killed in the attack.", false},
	} {
		s := lex.Split(tc.text)[0]
		if got := shareOfTally(s.Toks); got != tc.want {
			t.Errorf("shareOfTally(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestChangeInTally: a sentence that tells how a count moved is a
// statistic, no incident; a toll that rose in one incident, or a day's
// deed beside the count, is not.
func TestChangeInTally(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"There was a 40 per cent rise in the number of civilians killed by the rebels last year.", true},
		{"The study notes a 20 percent decline in drone strikes during the year compared with the year before.", true},
		{"The number of militants killed in the province this year has exceeded the total of the two years before.", true},
		{"The number of people killed in the market blast rose to 30.", false},
		{"Militants killed two policemen on March 3, amid a rise in attacks on the force.", false},
		{"A rise in tension followed the killing of two traders.", false},
	} {
		s := lex.Split(tc.text)[0]
		if got := changeInTally(s.Toks); got != tc.want {
			t.Errorf("changeInTally(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSixthProbePhrasings covers the phrasings the sixth claims probe
// showed vigil missing (think tanks', the UN's, police and parliament's
// figures), each beside a near sentence that must keep its reading.
func TestSixthProbePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"martyring N policemen",
			"Militants carried out 90 attacks on police posts in Sindh between January and May 2024, martyring 31 policemen.",
			[]string{"attacks 90 Sindh 2024-01-01..2024-05-31", "security_forces_killed 31 Sindh 2024-01-01..2024-05-31"}},
		{"one raid's martyred are no tally",
			"Militants stormed a police post in Larkana on Monday, martyring three policemen.",
			nil},
		{"IBOs are operations",
			"Security forces carried out 4,210 IBOs in Sindh in 2024.",
			[]string{"operations 4210 Sindh 2024-01-01..2024-12-31"}},
		{"a place accounted for some of them",
			"PIPS counted 40 suicide attacks in 2024, and Sindh accounted for 9 of them.",
			[]string{"attacks 40  2024-01-01..2024-12-31", "attacks 9 Sindh 2024-01-01..2024-12-31"}},
		{"a side's part of the dead",
			"More than 3,000 people were killed in Sindh in 2023, 1,200 of them security personnel.",
			[]string{"deaths 3000 Sindh 2023-01-01..2023-12-31", "security_forces_killed 1200 Sindh 2023-01-01..2023-12-31"}},
		{"a place's part of the dead stays deaths",
			"More than 3,000 people were killed in Pakistan in 2023, 1,200 of them in Sindh.",
			[]string{"deaths 3000  2023-01-01..2023-12-31", "deaths 1200 Sindh 2023-01-01..2023-12-31"}},
		{"a year's part of a count",
			"Some 5,100 people were abducted in Sindh over the past four years, 1,900 of them in 2024.",
			[]string{"abductions 5100 Sindh 2021-07-03..2025-07-03", "abductions 1900 Sindh 2024-01-01..2024-12-31"}},
		{"a series by month set off by semicolons",
			"In March, the CRSS counted 61 attacks in Sindh; in April, 48; and in May, 52.",
			[]string{"attacks 61 Sindh 2025-03-01..2025-03-31", "attacks 48 Sindh 2025-04-01..2025-04-30", "attacks 52 Sindh 2025-05-01..2025-05-31"}},
		{"a series with its months after the figures",
			"The CRSS counted 61 attacks in Sindh in March and 48 in April.",
			[]string{"attacks 61 Sindh 2025-03-01..2025-03-31", "attacks 48 Sindh 2025-04-01..2025-04-30"}},
		{"a ranking's baseline opened by since and an event",
			"UNAMA recorded 900 civilian casualties in Sindh in 2024, 300 killed and 600 injured, the lowest figure since the mission began counting in 2009.",
			[]string{"casualties 900 Sindh 2024-01-01..2024-12-31", "civilians_killed 300 Sindh 2024-01-01..2024-12-31", "injured 600 Sindh 2024-01-01..2024-12-31"}},
		{"a year after a ranking and a figure of its own keeps its figure",
			"2024 recorded the lowest incidents since 1997 as compared to 1,963 incidents in Sindh in 2000",
			[]string{"incidents 1963 Sindh 2000-01-01..2000-12-31"}},
		{"a span since an event with no ranking",
			"UNAMA has recorded 9,000 civilian casualties in Sindh since the mission began counting in 2009.",
			[]string{"casualties 9000 Sindh 2009-01-01..2025-07-03"}},
		{"the 12 months to a month",
			"In the 12 months to March 2025, PIPS recorded 480 attacks in Sindh.",
			[]string{"attacks 480 Sindh 2024-04-01..2025-03-31"}},
		{"a month alone",
			"In March 2025, PIPS recorded 48 attacks in Sindh.",
			[]string{"attacks 48 Sindh 2025-03-01..2025-03-31"}},
		{"the first months of the year named before",
			"HRCP said 219 people were killed in Sindh in 2023, and at least 120 of them were killed in the first two months of the year.",
			[]string{"deaths 219 Sindh 2023-01-01..2023-12-31", "deaths 120 Sindh 2023-01-01..2023-02-28"}},
		{"the first months of the year with none named",
			"HRCP said 120 people were killed in Sindh in the first two months of the year.",
			[]string{"deaths 120 Sindh 2025-01-01..2025-02-28"}},
		{"the seat of the body is no place of the figures",
			"Some 2,500 people were killed in militant violence across Pakistan in 2024, according to the Islamabad-based Centre for Peace Research.",
			[]string{"deaths 2500  2024-01-01..2024-12-31"}},
		{"killed or maimed after an aside",
			"The mission said 1,200 Afghans, most of them children, had been killed or maimed by old mines since 2021.",
			[]string{"casualties 1200  2021-01-01..2025-07-03"}},
		{"killed after an aside stays the dead",
			"The mission said 1,200 Afghans, most of them children, had been killed by old mines since 2021.",
			[]string{"civilians_killed 1200  2021-01-01..2025-07-03"}},
		{"a year's tally before a clause of cases",
			"The CTD said it killed 31 terrorists and arrested 146 in Sindh in 2024, while registering 86 cases under the Anti-Terrorism Act.",
			[]string{"militants_killed 31 Sindh 2024-01-01..2024-12-31", "arrests 146 Sindh 2024-01-01..2024-12-31", "cases_registered 86 Sindh 2024-01-01..2024-12-31"}},
		{"over the past decade",
			"More than 2 million people had been displaced by military operations in Sindh over the past decade.",
			[]string{"displaced 2000000 Sindh 2015-07-03..2025-07-03"}},
		{"in the last two decades",
			"At least 7,000 people were killed in terrorist attacks in Sindh in the last two decades.",
			[]string{"deaths 7000 Sindh 2005-07-03..2025-07-03"}},
		{"people told injured over a year are a count of the injured",
			"In 2024, 1,450 people were injured in terrorist attacks in Sindh, the police said.",
			[]string{"injured 1450 Sindh 2024-01-01..2024-12-31"}},
		{"people told injured on one day are that day's news",
			"Nine persons were injured in Sindh during the countrywide strike on March 16.",
			nil},
		{"cases registered under anti-terrorism laws over half a year",
			"The police said they had arrested 2,340 suspects and registered 1,100 cases under anti-terrorism laws in Sindh during the first six months of 2024.",
			[]string{"arrests 2340 Sindh 2024-01-01..2024-06-30", "cases_registered 1100 Sindh 2024-01-01..2024-06-30"}},
		{"terrorism cases registered in a year",
			"Police registered 1,092 terrorism cases in Sindh in 2024.",
			[]string{"cases_registered 1092 Sindh 2024-01-01..2024-12-31"}},
		{"disease cases registered are no claim",
			"The health department registered 1,092 dengue cases in Sindh in 2024.",
			nil},
		{"terrorism cases sent to court are no count of cases registered",
			"The committee decided to forward 57 terrorism cases to military courts in Sindh in 2015.",
			nil},
		{"one raid's toll before a clause of cases",
			"The CTD said it killed three terrorists and arrested 14 in a raid in Larkana on Monday, while registering 86 cases under the Anti-Terrorism Act.",
			nil},
		{"a year's toll, then a clause at a district",
			"Sindh Rangers lost 38 personnel in 2024, the force's spokesman said, as militants stepped up attacks on checkposts in Larkana district.",
			[]string{"security_forces_killed 38 Sindh 2024-01-01..2024-12-31"}},
		{"a toll moved between years at a city",
			"Deaths of policemen in Karachi's targeted killings fell to 11 in 2024, from 34 in 2021, the police chief said.",
			[]string{"security_forces_killed 11 Sindh 2024-01-01..2024-12-31", "security_forces_killed 34 Sindh 2021-01-01..2021-12-31"}},
		{"one blast's toll rising is no comparison of years",
			"The death toll from the blast in Karachi rose to 30 on Sunday from 25, the police chief said.",
			nil},
		{"a table flattened into text",
			"Fatalities by province, 2024 (QRST): Sindh 63; Punjab 51; Balochistan 911.",
			[]string{"deaths 63 Sindh 2024-01-01..2024-12-31", "deaths 51 Punjab 2024-01-01..2024-12-31", "deaths 911 Balochistan 2024-01-01..2024-12-31"}},
		{"a list of results is no table of violence",
			"Seats by province, 2024: Sindh 63; Punjab 51; Balochistan 16.",
			nil},
		{"the dead an opening names, split by side",
			"Of last year's 3,417 deaths in Sindh, 1,488 were militants, 1,142 security personnel and 787 civilians.",
			[]string{"deaths 3417 Sindh 2024-01-01..2024-12-31", "militants_killed 1488 Sindh 2024-01-01..2024-12-31",
				"security_forces_killed 1142 Sindh 2024-01-01..2024-12-31", "civilians_killed 787 Sindh 2024-01-01..2024-12-31"}},
		{"the others of militants arrested were killed",
			"The ministry said 1,450 ISKP members had been arrested in Sindh and 385 killed since 2022.",
			[]string{"arrests 1450 Sindh 2022-01-01..2025-07-03", "militants_killed 385 Sindh 2022-01-01..2025-07-03"}},
		{"the others of people arrested stay deaths",
			"The ministry said 1,450 people had been arrested in Sindh and 385 killed since 2022.",
			[]string{"arrests 1450 Sindh 2022-01-01..2025-07-03", "deaths 385 Sindh 2022-01-01..2025-07-03"}},
		{"a quarter told as a modifier",
			"CRSS counted 64 fatalities in Sindh in June, taking the second-quarter toll to 170.",
			[]string{"deaths 64 Sindh 2025-06-01..2025-06-30", "deaths 170 Sindh 2025-04-01..2025-06-30"}},
		{"a quarter still to come is last year's",
			"The CRSS third-quarter tally showed 170 fatalities in Sindh.",
			[]string{"deaths 170 Sindh 2024-07-01..2024-09-30"}},
		{"during the year with no year named",
			"The army said 6,113 IBOs were carried out in Sindh during the year.",
			[]string{"operations 6113 Sindh 2025-01-01..2025-12-31"}},
		{"during the year after the year named",
			"In 2023, the army said, 6,113 IBOs were carried out in Sindh during the year.",
			[]string{"operations 6113 Sindh 2023-01-01..2023-12-31"}},
		{"nationals among the dead",
			"The army said it killed 873 terrorists in Sindh in 2024, including 36 Afghan nationals.",
			[]string{"militants_killed 873 Sindh 2024-01-01..2024-12-31", "deaths 36 Sindh 2024-01-01..2024-12-31"}},
		{"nationals arrested",
			"Police said 950 Afghan nationals had been arrested in Sindh in 2024.",
			[]string{"arrests 950 Sindh 2024-01-01..2024-12-31"}},
		{"nationals who travelled are no toll",
			"Officials said 950 Afghan nationals had travelled to Sindh in 2024.",
			nil},
		{"each side's part of the dead",
			"In Sindh in 2024, militants made up 103 of the dead, security personnel 52 and civilians 42.",
			[]string{"militants_killed 103 Sindh 2024-01-01..2024-12-31", "security_forces_killed 52 Sindh 2024-01-01..2024-12-31", "civilians_killed 42 Sindh 2024-01-01..2024-12-31"}},
		{"a part of candidates is no side of the dead",
			"In Sindh in 2024, women made up 40 of the 90 candidates, men 50.",
			nil},
		{"the same quarter of another year",
			"PICSS recorded 96 attacks in Sindh in the first quarter of 2025, compared with 61 in the same quarter of 2024.",
			[]string{"attacks 96 Sindh 2025-01-01..2025-03-31", "attacks 61 Sindh 2024-01-01..2024-03-31"}},
		{"activists detained over a year",
			"Police detained 400 activists and protesters in Sindh in 2024.",
			[]string{"arrests 400 Sindh 2024-01-01..2024-12-31"}},
		{"another place's figure with its verb and noun left out",
			"In 2024, Sindh recorded 102 attacks (up 41 percent), Punjab 42 (up 8 percent) and Balochistan 39.",
			[]string{"attacks 102 Sindh 2024-01-01..2024-12-31", "attacks 42 Punjab 2024-01-01..2024-12-31", "attacks 39 Balochistan 2024-01-01..2024-12-31"}},
		{"a date after a count is no place's figure",
			"Police arrested 412 suspects in Sindh in 2024, March 2024 being the busiest month.",
			[]string{"arrests 412 Sindh 2024-01-01..2024-12-31"}},
		{"the killed of civilian casualties in brackets",
			"Between January and June 2025, the mission documented 1,016 civilian casualties in Sindh (294 killed, 722 injured).",
			[]string{"casualties 1016 Sindh 2025-01-01..2025-06-30", "civilians_killed 294 Sindh 2025-01-01..2025-06-30", "injured 722 Sindh 2025-01-01..2025-06-30"}},
		{"a ranking's baseline gives way to the period told near",
			"PICSS said 2024 was the worst year for Sindh. At least 702 policemen were killed in Sindh, the highest figure since 2011.",
			[]string{"security_forces_killed 702 Sindh 2024-01-01..2024-12-31"}},
		{"a ranking's baseline with no period near",
			"At least 702 policemen were killed in Sindh, the highest figure since 2011.",
			[]string{"security_forces_killed 702 Sindh 2011-01-01..2025-07-03"}},
		{"a statistic with no place goes on in the province named before",
			"The review said 2024 had been the most violent year in Sindh since 2013. It recorded 371 terrorist incidents.",
			[]string{"incidents 371 Sindh 2024-01-01..2024-12-31"}},
		{"a statistic that does not point back takes no province from before",
			"The review said 2024 had been the most violent year in Sindh since 2013. Security forces conducted 2,100 operations in 2024.",
			[]string{"operations 2100  2024-01-01..2024-12-31"}},
		{"a past incident's toll in a relative clause stays an incident",
			"Three cadres, including two involved in the 2010 incident in which 76 policemen were killed, surrendered to police in Larkana.",
			nil},
		{"a sentence of figures by place gives no province to the next",
			"Of the 513 deaths, 182 were in Sindh and 137 in Punjab. It said militants carried out 1,476 attacks in 2024.",
			[]string{"attacks 1476  2024-01-01..2024-12-31"}},
		{"a nationwide statistic takes no province from before",
			"The review said 2024 had been the most violent year in Sindh since 2013. Nationwide, 1,371 terrorist incidents were recorded.",
			[]string{"incidents 1371  2024-01-01..2024-12-31"}},
		{"an incident's place is no statistic's",
			"A bomber struck a club in Larkana on Wednesday. In total, 90 people were killed in such attacks in 2024.",
			[]string{"deaths 90  2024-01-01..2024-12-31"}},
		{"battles counted as events",
			"ACLED said Sindh saw fewer than 100 battles between police and armed groups in 2024.",
			[]string{"incidents 100 Sindh 2024-01-01..2024-12-31"}},
		{"one day's clashes are no count of events",
			"Security forces and militants fought two clashes in Larkana on Monday, killing five.",
			nil},
		{"the others' fate after them",
			"Security forces conducted 5,775 operations in Sindh in 2024, in which 125 terrorists were killed and 73 others arrested.",
			[]string{"operations 5775 Sindh 2024-01-01..2024-12-31", "militants_killed 125 Sindh 2024-01-01..2024-12-31", "arrests 73 Sindh 2024-01-01..2024-12-31"}},
		{"criminals arrested over a span",
			"The Rangers said they had arrested 18 kidnappers and 40 dacoits in Sindh in the first half of 2024.",
			[]string{"arrests 18 Sindh 2024-01-01..2024-06-30", "arrests 40 Sindh 2024-01-01..2024-06-30"}},
		{"one encounter's dead criminals are no tally",
			"Three dacoits were killed in an encounter in Shikarpur on Monday.",
			nil},
		{"those months are the months told before",
			"Police counted 41 attacks in Sindh in January 2025, 38 in February and 57 in March. In those three months, 96 policemen were killed in Sindh, compared with 61 in the same quarter of 2024.",
			[]string{"attacks 41 Sindh 2025-01-01..2025-01-31", "attacks 38 Sindh 2025-02-01..2025-02-28", "attacks 57 Sindh 2025-03-01..2025-03-31",
				"security_forces_killed 96 Sindh 2025-01-01..2025-03-31", "security_forces_killed 61 Sindh 2024-01-01..2024-03-31"}},
		{"those months with fewer months told keep the period near",
			"Police counted 57 attacks in Sindh in March 2025. In those three months, 96 policemen were killed in Sindh.",
			[]string{"attacks 57 Sindh 2025-03-01..2025-03-31", "security_forces_killed 96 Sindh 2025-03-01..2025-03-31"}},
		{"the previous year after a year named",
			"Police said 140 policemen were killed in Sindh in 2023, and 117 in the previous year.",
			[]string{"security_forces_killed 140 Sindh 2023-01-01..2023-12-31", "security_forces_killed 117 Sindh 2022-01-01..2022-12-31"}},
		{"the previous year with no year named",
			"Police said 117 policemen were killed in Sindh in the previous year.",
			[]string{"security_forces_killed 117 Sindh 2024-01-01..2024-12-31"}},
		{"the same period of another year",
			"Militant violence in Sindh in the first half of 2025 claimed 138 lives, compared with 92 in the first half of 2024 and 74 in the same period of 2023.",
			[]string{"deaths 138 Sindh 2025-01-01..2025-06-30", "deaths 92 Sindh 2024-01-01..2024-06-30", "deaths 74 Sindh 2023-01-01..2023-06-30"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s %s..%s", c.Metric, c.Value, c.Admin1, c.PeriodStart, c.PeriodEnd)
	})
	// The source of the paragraph right before goes on into one that
	// names none; not over a paragraph with no claim.
	sources := []phrasing{
		{"the source of the paragraph before",
			"The home department's figures show 41 attacks in Sindh in 2024.\n\nIn 2024, 96 policemen were killed in Sindh.",
			[]string{"attacks 41 home department", "security_forces_killed 96 home department"}},
		{"no source over a paragraph with no claim",
			"The home department's figures show 41 attacks in Sindh in 2024.\n\nThe province has long borders.\n\nIn 2024, 96 policemen were killed in Sindh.",
			[]string{"attacks 41 home department", "security_forces_killed 96 "}},
	}
	checkPhrasings(t, g, pub, sources, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s", c.Metric, c.Value, c.AttributedTo)
	})
}

// TestSeventhProbePhrasings covers what the seventh claims probe showed
// vigil missing in think-tank and official reports: averages and ratios
// that are no counts, a change told "from N to M", the place of an event
// that opened a span, a side's part told "among them", parts of a count,
// quarters told as Q1 or without their year, a ranking's baseline year
// with its own figure, a year as the subject, cases registered told in
// the passive, and the bodies such reports are credited to. Each has a
// twin that must keep its reading.
func TestSeventhProbePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"an average is no count",
			"PIPS counted an average of 45 attacks a month in Sindh in 2024, against 30 a month in 2023.",
			nil},
		{"a count with no average stays",
			"PIPS counted 45 attacks in Sindh in 2024.",
			[]string{"attacks 45 exact Sindh 2024-01-01..2024-12-31"}},
		{"the total after a mean counts what the mean did",
			"Militants carried out an average of 2.5 attacks a day in Sindh in March 2025, a total of 77.",
			[]string{"attacks 77 exact Sindh 2025-03-01..2025-03-31"}},
		{"a ratio is no count, the total after it is",
			"One in every three attacks in Sindh in 2024, or 41 in all, targeted polio teams.",
			[]string{"attacks 41 exact Sindh 2024-01-01..2024-12-31"}},
		{"a change from one figure to another: the first is the count before",
			"In 2024, attacks in Sindh climbed from 40 to 65, police said.",
			[]string{"attacks 40 exact Sindh ..", "attacks 65 exact Sindh 2024-01-01..2024-12-31"}},
		{"a range with no verb of change stays a range",
			"Officials estimate that from 40 to 65 militants were killed in Sindh in 2024.",
			[]string{"militants_killed 40 lower Sindh 2024-01-01..2024-12-31"}},
		{"the place of the event that opened a span",
			"Some 700 people have been killed in Sindh since the Taliban seized Kabul in August 2021.",
			[]string{"deaths 700 approx Sindh 2021-08-01..2025-07-03"}},
		{"a span opened by dates alone keeps the place after it",
			"Some 700 people have been killed since January 2022 in Sindh.",
			[]string{"deaths 700 approx Sindh 2022-01-01..2025-07-03"}},
		{"a side among the dead",
			"More than 900 people have been killed in Sindh since 2021, among them 300 policemen.",
			[]string{"deaths 900 lower Sindh 2021-01-01..2025-07-03", "security_forces_killed 300 exact Sindh 2021-01-01..2025-07-03"}},
		{"people among the arrested are no side of the dead",
			"More than 900 people have been arrested in Sindh since 2021, among them 300 policemen.",
			[]string{"arrests 900 lower Sindh 2021-01-01..2025-07-03"}},
		{"a province alone accounted for some of them",
			"PIPS counted 400 attacks in Pakistan in 2024, and that Sindh alone accounted for 90 of them.",
			[]string{"attacks 400 exact  2024-01-01..2024-12-31", "attacks 90 exact Sindh 2024-01-01..2024-12-31"}},
		{"a fiscal year told before its name",
			"Police said 245 attacks took place in Sindh in the 2022-23 fiscal year.",
			[]string{"attacks 245 exact Sindh 2022-07-01..2023-06-30"}},
		{"a quarter told as Q3 with its year",
			"CRSS counted 120 deaths in Sindh in Q3 2024.",
			[]string{"deaths 120 exact Sindh 2024-07-01..2024-09-30"}},
		{"a quarter told as Q2 takes the year of the quarter after it",
			"CRSS said deaths in Sindh fell from 120 in Q2 to 98 in Q3 of 2024.",
			[]string{"deaths 120 exact Sindh 2024-04-01..2024-06-30", "deaths 98 exact Sindh 2024-07-01..2024-09-30"}},
		{"the quarter before, with its figure after when",
			"CRSS counted 120 deaths in Sindh in the third quarter of 2023, up from the second quarter, when 98 people were killed.",
			[]string{"deaths 120 exact Sindh 2023-07-01..2023-09-30", "deaths 98 exact Sindh 2023-04-01..2023-06-30"}},
		{"a ranking's baseline year with its own figure",
			"Police counted 88 attacks in Sindh in 2024, the most since 2015, when 102 were recorded.",
			[]string{"attacks 88 exact Sindh 2024-01-01..2024-12-31", "attacks 102 exact Sindh 2015-01-01..2015-12-31"}},
		{"a ranking's baseline year alone dates nothing",
			"Police counted 88 attacks in Sindh in 2024, the most since 2015.",
			[]string{"attacks 88 exact Sindh 2024-01-01..2024-12-31"}},
		{"a year as the subject",
			"Police said 2024 had seen 88 attacks in Sindh.",
			[]string{"attacks 88 exact Sindh 2024-01-01..2024-12-31"}},
		{"a part of a count told by its noun",
			"Police counted 88 attacks in Pakistan in 2024; 30 of the attacks were in Sindh.",
			[]string{"attacks 88 exact  2024-01-01..2024-12-31", "attacks 30 exact Sindh 2024-01-01..2024-12-31"}},
		{"a part of a count told with which",
			"Police counted 88 incidents in Sindh in 2024, of which 30 were in Karachi.",
			[]string{"incidents 88 exact Sindh 2024-01-01..2024-12-31", "incidents 30 exact Sindh 2024-01-01..2024-12-31"}},
		{"a part of one convoy's soldiers is no count",
			"Police said 12 of the 40 soldiers in the convoy were wounded in Sindh on Monday.",
			nil},
		{"terrorism cases registered, told in the passive",
			"Police said 412 cases had been registered under the Anti-Terrorism Act in Sindh in 2024.",
			[]string{"cases_registered 412 exact Sindh 2024-01-01..2024-12-31"}},
		{"cases of theft registered are no terrorism cases",
			"Police said 412 cases had been registered for theft in Sindh in 2024.",
			nil},
		{"a lede of one sentence dates and places the figures after it",
			"Sindh saw fewer attacks in 2024.\n\nThe provincial home department's figures show 88 attacks.",
			[]string{"attacks 88 exact Sindh 2024-01-01..2024-12-31"}},
		{"a lede with figures of its own is no lede",
			"Police counted 40 attacks in Sindh in 2024.\n\nThe provincial home department's figures show 88 attacks so far this year.",
			[]string{"attacks 40 exact Sindh 2024-01-01..2024-12-31", "attacks 88 exact  2025-01-01..2025-07-03"}},
		{"a figure put at for one year, then another",
			"The ministry put the number of people killed in Sindh in 2023 at 140, and in 2024 at 162.",
			[]string{"deaths 140 exact Sindh 2023-01-01..2023-12-31", "deaths 162 exact Sindh 2024-01-01..2024-12-31"}},
		{"a rate put at for a year is no count",
			"The minister said attacks in Sindh peaked in 2019 at 40 a month.",
			nil},
		{"members of the group killed and others detained",
			"Forces conducted 120 operations in Sindh in 2024, killing 79 members of the group and detaining 426.",
			[]string{"operations 120 exact Sindh 2024-01-01..2024-12-31", "militants_killed 79 exact Sindh 2024-01-01..2024-12-31",
				"arrests 426 exact Sindh 2024-01-01..2024-12-31"}},
		{"members of a family killed are no militants",
			"Gunmen killed 12 members of a family in Sindh in 2024.",
			nil},
		{"a count that numbered",
			"Kidnappings for ransom in Sindh numbered 93 in the first half of 2024, police said.",
			[]string{"abductions 93 exact Sindh 2024-01-01..2024-06-30"}},
		{"the dead that numbered in one blast are no count",
			"The dead numbered 12 in the Monday blast in Sindh.",
			nil},
		{"a count recorded with the noun before",
			"Police said Sindh saw a 23 percent drop in terrorism-related incidents in 2024, with 38 recorded.",
			[]string{"incidents 38 exact Sindh 2024-01-01..2024-12-31"}},
		{"arrests in the past solar year",
			"The interior ministry said 1,287 people had been arrested in Sindh for drug trafficking in the past solar year.",
			[]string{"arrests 1287 exact Sindh .."}},
		{"instances of arbitrary arrest are arrests",
			"UNAMA recorded 173 instances of arbitrary arrest and detention in Sindh between October and December 2024.",
			[]string{"arrests 173 exact Sindh 2024-10-01..2024-12-31"}},
		{"instances of a disease are no claim",
			"Doctors recorded 400 instances of dengue in Sindh in 2024.",
			nil},
		{"cases of enforced disappearance are abductions, as ACLED codes them",
			"The commission recorded 379 cases of enforced disappearance in Sindh in 2025.",
			[]string{"abductions 379 exact Sindh 2025-01-01..2025-12-31"}},
		{"the first days of a year",
			"In the first 100 days of 2025, militants killed 171 people in Sindh, a tally shows.",
			[]string{"deaths 171 exact Sindh 2025-01-01..2025-04-10"}},
		{"the seat of a body named before the figures is no place of them",
			"The Islamabad-based institute said militants carried out 96 attacks in October 2024.",
			[]string{"attacks 96 exact  2024-10-01..2024-10-31"}},
		{"a place named before the seat still is",
			"In Sindh, the Karachi-based institute counted 40 attacks in 2024.",
			[]string{"attacks 40 exact Sindh 2024-01-01..2024-12-31"}},
		{"the rest of the country is no province's part",
			"PICSS recorded 45 attacks in Sindh in 2024, 37 in Balochistan and 12 in the rest of the country.",
			[]string{"attacks 45 exact Sindh 2024-01-01..2024-12-31", "attacks 37 exact Balochistan 2024-01-01..2024-12-31",
				"attacks 12 exact  2024-01-01..2024-12-31"}},
		{"provinces counted together are no one province",
			"CRSS counted 89 fatalities in Punjab, Sindh and Islamabad combined in 2024.",
			[]string{"deaths 89 exact  2024-01-01..2024-12-31"}},
		{"one province named alone keeps its figure",
			"CRSS counted 89 fatalities in Sindh in 2024.",
			[]string{"deaths 89 exact Sindh 2024-01-01..2024-12-31"}},
		{"two modifiers joined, and hundreds of operations over a span the date reader cannot place",
			"Police in Sindh conducted 12,400 search and combing operations during Muharram, arresting 870 people.",
			[]string{"operations 12400 exact Sindh ..", "arrests 870 exact Sindh .."}},
		{"a few operations over such a span are no tally",
			"Police in Sindh conducted 12 search and combing operations during Muharram.",
			nil},
		{"the same fate for another cause",
			"Police said 1,287 people had been arrested in Sindh for drug trafficking and 62 for kidnapping in 2024.",
			[]string{"arrests 1287 exact Sindh 2024-01-01..2024-12-31", "arrests 62 exact Sindh 2024-01-01..2024-12-31"}},
		{"a cause alone after a toll is no figure of its own",
			"Police said 40 people had been killed in Sindh in feuds and 12 for honour in 2024.",
			[]string{"deaths 40 exact Sindh 2024-01-01..2024-12-31"}},
		{"the next part told with the same preposition",
			"Police counted 88 incidents in Sindh in 2024, of which 30 were on highways and 12 on railway lines.",
			[]string{"incidents 88 exact Sindh 2024-01-01..2024-12-31", "incidents 30 exact Sindh 2024-01-01..2024-12-31",
				"incidents 12 exact Sindh 2024-01-01..2024-12-31"}},
		{"a year ranked with its figure",
			"PIPS counted 79 suicide attacks in Sindh between 2021 and 2024, with 2023 the worst year at 29.",
			[]string{"attacks 79 exact Sindh 2021-01-01..2024-12-31", "attacks 29 exact Sindh 2023-01-01..2023-12-31"}},
		{"a year ranked with a rate is no count",
			"Attacks in Sindh peaked in 2019, the worst year at 40 a month.",
			nil},
		{"an earlier count set against another takes the period of the one before it",
			"Police counted 402 attacks in Sindh in 2024, down from 451 in 2023, but 639 deaths, up from 511.",
			[]string{"attacks 402 exact Sindh 2024-01-01..2024-12-31", "attacks 451 exact Sindh 2023-01-01..2023-12-31",
				"deaths 639 exact Sindh 2024-01-01..2024-12-31", "deaths 511 exact Sindh 2023-01-01..2023-12-31"}},
		{"an earlier count alone keeps no period",
			"Police counted 402 attacks in Sindh in 2024, up from 350.",
			[]string{"attacks 402 exact Sindh 2024-01-01..2024-12-31", "attacks 350 exact Sindh .."}},
		{"the dead of civilian casualties over a span of days",
			"UNAMA recorded 500 civilian casualties in Sindh between 1 January and 31 March 2024, 120 killed and 380 injured.",
			[]string{"casualties 500 exact Sindh 2024-01-01..2024-03-31", "civilians_killed 120 exact Sindh 2024-01-01..2024-03-31",
				"injured 380 exact Sindh 2024-01-01..2024-03-31"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s %s %s..%s", c.Metric, c.Value, c.Bound, c.Admin1, c.PeriodStart, c.PeriodEnd)
	})
	sources := []phrasing{
		{"an office of a body's",
			"ISPR's director general said 900 attacks took place in Sindh in 2024.",
			[]string{"attacks 900 ISPR director"}},
		{"officials estimate",
			"Some 300 militants were killed in Sindh in 2024, officials estimate.",
			[]string{"militants_killed 300 officials"}},
		{"a ministry's survey",
			"Sindh has lost 3,000 lives to terrorism since 2001, the finance ministry's economic survey says.",
			[]string{"deaths 3000 ministry"}},
		{"a UN office whose name holds 'for the'",
			"The UN Office for the Coordination of Humanitarian Affairs said 3,000 people had been killed in Sindh in 2024.",
			[]string{"deaths 3000 UN Office for the Coordination of Humanitarian Affairs"}},
		{"figures compiled by a newspaper",
			"Some 300 militants were killed in Sindh in 2024, according to official figures compiled by Dawn.",
			[]string{"militants_killed 300 Dawn"}},
		{"official figures alone",
			"Some 300 militants were killed in Sindh in 2024, according to official figures.",
			[]string{"militants_killed 300 official figures"}},
		{"an office in apposition",
			"Abdul Qadir, the provincial government's spokesman, said 300 attacks took place in Sindh in 2024.",
			[]string{"attacks 300 provincial government spokesman"}},
		{"a body's fact-finding mission",
			"HRCP's fact-finding mission said at least 130 people had been killed in Sindh in 2024.",
			[]string{"deaths 130 HRCP fact-finding mission"}},
		{"the seat of a body is no part of its name",
			"The Islamabad-based Centre for Peace Research said 96 attacks took place in Sindh in 2024.",
			[]string{"attacks 96 Centre for Peace Research"}},
		{"a report told with its month",
			"The CRSS report for May 2024 noted 61 attacks in Sindh.",
			[]string{"attacks 61 CRSS"}},
	}
	checkPhrasings(t, g, pub, sources, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s", c.Metric, c.Value, c.AttributedTo)
	})
}

// TestSixthArticlePhrasings covers what article probe 6 showed missing:
// deeds counted by their weapon ("83 quadcopter attacks"), the hurt of
// the incidents a claim before counted ("In these attacks, ... 64 people
// were injured"), the disappeared counted ("86 people were reported
// missing"), and a toll of last week at a district, which is one attack's,
// no tally; each beside a sentence the rule must leave alone.
func TestSixthArticlePhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"attacks counted by their weapon",
			"The police recorded 57 quadcopter attacks in Khyber Pakhtunkhwa in 2025.",
			[]string{"attacks 57 2025-01-01..2025-12-31"}},
		{"one drone attack's toll is no tally",
			"Two drone attacks on a police station in Bannu injured three constables on Monday.",
			nil},
		{"the hurt of the attacks counted before",
			"Militants carried out 83 attacks in Khyber Pakhtunkhwa in the first five months of the year. In these attacks, 11 policemen were killed and 64 people were injured.",
			[]string{"attacks 83 2026-01-01..2026-05-31", "security_forces_killed 11 2026-01-01..2026-05-31", "injured 64 2026-01-01..2026-05-31"}},
		{"the hurt of one raid are no tally",
			"Police raided a compound in Quetta on Monday. In the raid, 14 people were injured.",
			nil},
		{"the disappeared counted over a month",
			"A rights group said 86 people were reported missing in Balochistan in May.",
			[]string{"abductions 86 2026-05-01..2026-05-31"}},
		{"the disappeared of one day are no tally",
			"Two fishermen were reported missing off Gwadar on Monday.",
			nil},
		{"the dead of one attack split by side are no tally",
			"According to officials, the dead include six FC personnel and five passers-by, while 23 others remain under treatment.",
			nil},
		{"the dead of a year split by side stay a tally",
			"In 2025, 1,200 people were killed in Balochistan; the total includes 400 security personnel.",
			[]string{"deaths 1200 2025-01-01..2025-12-31", "security_forces_killed 400 2025-01-01..2025-12-31"}},
		{"labourers killed over years",
			"At least 43 labourers from Punjab have been killed in Balochistan since 2024, according to the labour department.",
			[]string{"civilians_killed 43 2024-01-01..2026-06-10"}},
		{"labourers killed earlier this month at a district are one attack's",
			"Earlier this month, gunmen killed two labourers in Awaran, police said.",
			nil},
		{"a toll of last week at a district is one attack's",
			"Six workers from Punjab were killed in Balochistan's Kech district last week, officials said.",
			nil},
		{"a toll of last week across a province stays a tally",
			"At least 14 soldiers were killed in Khyber Pakhtunkhwa last week, officials said.",
			[]string{"security_forces_killed 14 2026-06-03..2026-06-10"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d %s..%s", c.Metric, c.Value, c.PeriodStart, c.PeriodEnd)
	})
}
