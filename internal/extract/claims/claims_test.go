package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
)

// gazContext answers Context from the real gazetteer; sources are read
// from "according to X" only, which is all these texts use.
type gazContext struct {
	text string
	g    *places.Gazetteer
}

func (c gazContext) Where(start, end int) (string, string, bool) {
	var ms []places.Match
	for _, m := range c.g.Find(c.text[start:end]) {
		m.Start += start
		m.End += start
		ms = append(ms, m)
	}
	loc, ok := c.g.Resolve(c.text, ms, "")
	if !ok {
		return "", "", false
	}
	return loc.Country, loc.Admin1, loc.Admin2 != ""
}

func (c gazContext) Home() string { return "Pakistan" }

func (c gazContext) Sources(toks []lex.Token) []Source {
	for i := range toks {
		if lex.HasAt(toks, i, "according", "to") && i+3 < len(toks) {
			e := i + 3
			return []Source{{Label: toks[i+2].Lower + " " + toks[e].Lower, Start: toks[i].Start, End: toks[e].End}}
		}
	}
	return nil
}

func TestFind(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      []string // metric value bound start..end country attributed
		claimSent []int
	}{
		{"period in the sentence",
			"According to provincial officials, more than 90 policemen have been martyred in Khyber Pakhtunkhwa in 2023.",
			time.Time{}, []string{"security_forces_killed 90 lower 2023-01-01..2023-12-31 Pakistan provincial officials"}, []int{0}},
		{"current year needs the publication date, else the paragraph's period",
			"Violence rose throughout 2024. According to security sources, there have been over 140 terrorist incidents in the current year, resulting in the deaths of more than 180 individuals.",
			time.Time{}, []string{"incidents 140 lower 2024-01-01..2024-12-31 Pakistan security sources", "deaths 180 lower 2024-01-01..2024-12-31 Pakistan security sources"}, []int{1}},
		{"current year with a publication date",
			"According to security sources, there have been over 140 terrorist incidents in the current year.",
			pub, []string{"incidents 140 lower 2024-01-01..2024-12-31 Pakistan security sources"}, []int{0}},
		{"a year's operations and the toll told across two sentences",
			"The army said its troops conducted 12,400 search operations in 2023. It said 310 militants were killed during the year, while 95 soldiers were martyred.",
			time.Time{}, []string{"operations 12400 exact 2023-01-01..2023-12-31 Pakistan army", "militants_killed 310 exact 2023-01-01..2023-12-31 Pakistan army", "security_forces_killed 95 exact 2023-01-01..2023-12-31 Pakistan army"}, []int{0, 1}},
		{"one attack on several places is one incident, however its attackers came",
			"Gunmen who had landed by boat attacked a railway station, two hotels and a hospital in Mumbai, killing 166 people.",
			time.Time{}, nil, nil},
		{"a few days of one month are an operation's, not a tally's",
			"Between 12 and 14 March 2024, security forces conducted an operation in Kech, killing five militants, ISPR said.",
			time.Time{}, nil, nil},
		{"a range of the dead, not of days, is one incident's toll",
			"The blasts killed between 20 and 30 people in Maiduguri.",
			time.Time{}, nil, nil},
		{"a range across months stays a tally's",
			"Between 12 March and 14 June 2024, security forces killed 75 militants in Kech, ISPR said.",
			time.Time{}, []string{"militants_killed 75 exact 2024-03-12..2024-06-14 Pakistan ISPR"}, []int{0}},
		{"a span of many months is a tally's",
			"At least 700 civilians were killed in the last four months of fighting, the commission said.",
			time.Time{}, []string{"civilians_killed 700 lower .. Pakistan commission"}, []int{0}},
		{"a span told without the article",
			"As many as 71 militants have been killed in encounters during last two years, police said.",
			time.Time{}, []string{"militants_killed 71 upper .. Pakistan police"}, []int{0}},
		{"an operation's toll told in the past perfect",
			"The military said 910 militants had been killed in the operation launched in North Waziristan in June 2014.",
			time.Time{}, []string{"militants_killed 910 exact 2014-06-01..2014-06-30 Pakistan military"}, []int{0}},
		{"a toll between two years",
			"Between 1983 and 2009, 80,000 people lost their lives in the war, the envoy said.",
			time.Time{}, []string{"deaths 80000 exact 1983-01-01..2009-12-31 Pakistan "}, []int{0}},
		{"a toll this year is a tally",
			"More than 18 civilians have been killed in the hills this year by militants, police said.",
			time.Time{}, []string{"civilians_killed 18 lower .. Pakistan police"}, []int{0}},
		{"a day this year is an incident",
			"Two soldiers have been killed in an attack in Kech on 5 March this year.",
			time.Time{}, nil, nil},
		{"an inventory of things recovered is no statistic",
			"The items recovered from the hideout include two rifles, four hand grenades and the identity cards of five militants killed in the raid.",
			time.Time{}, nil, nil},
		{"a toll spread over many cities is a tally",
			"At least 40 demonstrators in 12 cities have been killed, the group said.",
			time.Time{}, []string{"civilians_killed 40 lower .. Pakistan group"}, []int{0}},
		{"a toll across the country is a tally",
			"More than 200 people were killed across the country in the riots.",
			time.Time{}, []string{"deaths 200 lower .. Pakistan "}, []int{0}},
		{"a toll in two districts is an incident",
			"Militants attacked posts in two districts on Monday, killing five soldiers.",
			time.Time{}, nil, nil},
		{"protesters killed in one town are an incident",
			"Police killed four protesters in Karachi on Monday.",
			time.Time{}, nil, nil},
		{"a lead that sums its incident's dead in total is no claim",
			"31 people died in a bombing at a Herat sports hall that killed five, then a second bomber blew himself up when medics came; in total 31 were killed and 70 were hurt.",
			time.Time{}, nil, nil},
		{"a total told after the incident's sentence sums that incident",
			"A suicide bomber struck a wrestling club in Kabul on Wednesday, and a second bomber blew himself up as rescuers arrived. In total, 20 people were killed and 70 injured.",
			time.Time{}, nil, nil},
		{"a total of a year after an incident stays a tally",
			"A suicide bomber struck a wrestling club in Kabul on Wednesday. In total, 900 people were killed in such attacks in 2018.",
			time.Time{}, []string{"deaths 900 exact 2018-01-01..2018-12-31 Pakistan "}, []int{1}},
		{"a lead ranked against the past is no claim",
			"A car bomb and gun attack on a police compound in central Kabul killed at least 35 people, in the deadliest single attack in the capital since 2015.",
			time.Time{}, nil, nil},
		{"a ranking by a month is no claim either",
			"The blast killed 14 people in Quetta, the worst attack in the city since March 2019.",
			time.Time{}, nil, nil},
		{"a lead ranked within the year is no claim",
			"Gunmen killed 19 worshippers at a mosque in Kabul on Friday, the deadliest attack in the city this year.",
			time.Time{}, nil, nil},
		{"a lead ranked against an event is no claim",
			"A suicide bomber killed 40 people at a wedding in Kabul, the bloodiest attack since the foreign troops left.",
			time.Time{}, nil, nil},
		{"a ranking of years stays a tally",
			"It was the deadliest year since 2014, with more than 300 soldiers killed in the province.",
			time.Time{}, []string{"security_forces_killed 300 lower 2014-01-01.. Pakistan "}, []int{0}},
		{"the first half of a year is a period, not a ranking",
			"In the first half of 2023, 250 soldiers have been killed in the province.",
			time.Time{}, []string{"security_forces_killed 250 exact 2023-01-01..2023-06-30 Pakistan "}, []int{0}},
		{"the first half of a year opens a sentence",
			"The first half of 2023 saw 120 terrorist attacks in the province.",
			time.Time{}, []string{"attacks 120 exact 2023-01-01..2023-06-30 Pakistan "}, []int{0}},
		{"a toll still counted for one attack is no claim",
			"So far 15 people have been killed in the attack on the police station in Bannu, officials said.",
			time.Time{}, nil, nil},
		{"a toll counted so far over a year stays a tally",
			"So far 150 people have been killed in the province this year, officials said.",
			time.Time{}, []string{"deaths 150 exact .. Pakistan officials"}, []int{0}},
		{"a total over many attacks stays a tally",
			"In total 120 people were killed in the attacks, the ministry said.",
			time.Time{}, []string{"deaths 120 exact .. Pakistan ministry"}, []int{0}},
		{"a toll since a year with no ranking stays a tally",
			"More than 300 soldiers were killed in the province since 2015, officials said.",
			time.Time{}, []string{"security_forces_killed 300 lower 2015-01-01.. Pakistan officials"}, []int{0}},
		{"a ranking's own tally stays a statistic",
			"It was the year with the most people killed since 2015: 300 soldiers were killed in the province.",
			time.Time{}, []string{"security_forces_killed 300 exact 2015-01-01.. Pakistan "}, []int{0}},
		{"a toll in a thousand attacks is a tally",
			"Over 400 people were killed in 1,300 attacks by Maoist rebels in several states till November this year, the ministry said.",
			time.Time{}, []string{"deaths 400 lower .. Pakistan ministry", "attacks 1300 exact .. Pakistan ministry"}, []int{0}},
		{"a toll in acts of terror told to parliament on a day is a tally",
			"The Senate was informed on October 6 that 412 people were killed and another 960 were injured in 730 acts of terror from January to August.",
			time.Time{}, []string{"deaths 412 exact .. Pakistan ", "injured 960 exact .. Pakistan ", "attacks 730 exact .. Pakistan "}, []int{0}},
		{"each figure takes its own period, not the one it is compared with",
			"The report counted 52 people killed by the police in January 2015 in the city, compared to 36 killings during January 2014. In 2013, 71 soldiers were killed compared to 39 in 2012.",
			time.Time{}, []string{"deaths 52 exact 2015-01-01..2015-01-31 Pakistan ", "deaths 36 exact 2014-01-01..2014-01-31 Pakistan ", "security_forces_killed 71 exact 2013-01-01..2013-12-31 Pakistan "}, []int{0, 1}},
		{"a toll weighed against another year's is a tally",
			"As many as 71 soldiers were killed, compared to 39 the previous year, an increase of 82 per cent.",
			time.Time{}, []string{"security_forces_killed 71 upper .. Pakistan "}, []int{0}},
		{"a toll in these acts of terror is a tally",
			"Thirty-one civilians have been killed in these acts of terror, the report said.",
			time.Time{}, []string{"civilians_killed 31 exact .. Pakistan "}, []int{0}},
		{"tolls with no noun go on from a claim",
			"The report counted 502 Shias shot dead in targeted attacks in 2012. 145 were shot dead in Sindh, 81 in Punjab and 55 in Balochistan.",
			time.Time{}, []string{"deaths 502 exact 2012-01-01..2012-12-31 Pakistan ", "deaths 145 exact 2012-01-01..2012-12-31 Pakistan ",
				"deaths 81 exact 2012-01-01..2012-12-31 Pakistan ", "deaths 55 exact 2012-01-01..2012-12-31 Pakistan "}, []int{0, 1}},
		{"tolls in kinds of violence are a tally",
			"While 31 people were killed in terrorist violence, 250 people were killed in Maoist violence, the minister said.",
			time.Time{}, []string{"deaths 31 exact .. Pakistan minister", "deaths 250 exact .. Pakistan minister"}, []int{0}},
		{"a toll since an operation was launched is a tally",
			"The military said 1,200 militants had been killed in the operation that was launched in North Waziristan on June 15.",
			time.Time{}, []string{"militants_killed 1200 exact .. Pakistan military"}, []int{0}},
		{"hundreds killed told in the perfect with no incident are a tally",
			"The general said on December 20 that 650 soldiers have been killed while fighting for the stability of the country.",
			time.Time{}, []string{"security_forces_killed 650 exact .. Pakistan "}, []int{0}},
		{"a toll over the past one year is a tally",
			"At least 31 militants were killed and over 700 arrested in the state over the past one year, officials said.",
			time.Time{}, []string{"militants_killed 31 lower .. Pakistan officials", "arrests 700 lower .. Pakistan officials"}, []int{0}},
		{"a dozen journalists killed in a year are a tally of civilians",
			"Over a dozen journalists killed in 2011 show how dangerous the work has become.",
			time.Time{}, []string{"civilians_killed 12 lower 2011-01-01..2011-12-31 Pakistan "}, []int{0}},
		{"hundreds killed in the ongoing clashes are an incident's toll",
			"More than 150 fighters have been killed in the ongoing clashes between the two groups in Darzab district.",
			time.Time{}, nil, nil},
		{"a gangster's record is no tally of the encounter that killed him",
			"A gangster involved in more than 50 target killing cases was shot dead during an encounter with police in Karachi.",
			time.Time{}, nil, nil},
		{"a past incident dated by its month at a district is no tally",
			"Two health workers and a police guard were shot dead in the Danna area of Mansehra District in March 2015.",
			time.Time{}, nil, nil},
		{"a year's toll of dozens at a district is a tally",
			"Security forces killed 58 terrorists in North Waziristan in 2024, the ISPR said.",
			time.Time{}, []string{"militants_killed 58 exact 2024-01-01..2024-12-31 Pakistan ISPR"}, []int{0}},
		{"a year's toll of dozens at a district told first is a tally",
			"In 2023, no fewer than 45 soldiers were killed in Kurram.",
			time.Time{}, []string{"security_forces_killed 45 lower 2023-01-01..2023-12-31 Pakistan "}, []int{0}},
		{"a year's surrenders of dozens at a district are a tally",
			"Fifty-two militants laid down their arms in Dera Bugti in 2024, the deputy commissioner said.",
			time.Time{}, []string{"surrenders 52 exact 2024-01-01..2024-12-31 Pakistan deputy commissioner"}, []int{0}},
		{"an age in brackets is no count of a year's arrests",
			"Based on their confessions, another cadre, Anjan Deka (31) was arrested from a village in Udalguri District and another, Utpal Borah (31), who had joined the outfit in 2011, was also arrested.",
			time.Time{}, nil, nil},
		{"a toll over a dozen intelligence-based operations is a tally",
			"ISPR said 27 terrorists were killed in 11 IBOs in North Waziristan during the week.",
			time.Time{}, []string{"militants_killed 27 exact .. Pakistan ISPR", "operations 11 exact .. Pakistan ISPR"}, []int{0}},
		{"a toll in three IBOs may be a day's",
			"ISPR said 7 terrorists were killed in three IBOs in North Waziristan.",
			time.Time{}, nil, nil},
		{"people displaced by fighting over months are a count of the displaced, and the sentence stays news",
			"OCHA said some 35,000 people had been displaced by fighting in Kurram district since July 2024.",
			time.Time{}, []string{"displaced 35000 approx 2024-07-01.. Pakistan OCHA"}, nil},
		{"families displaced are counted apart from people",
			"Clashes in Kurram have killed at least 130 people since July 2024, officials said. The agency said 1,200 families had been displaced.",
			time.Time{}, []string{"deaths 130 lower 2024-07-01.. Pakistan officials", "families_displaced 1200 exact 2024-07-01.. Pakistan officials"}, []int{0}},
		{"people displaced by floods are no claim of violence",
			"Floods displaced 300,000 people in Sindh in 2022.",
			time.Time{}, nil, nil},
		{"a few dead at a district in a year may be one incident's",
			"Three soldiers were killed in Kurram in 2023.",
			time.Time{}, nil, nil},
		{"a past incident of dozens named by the year is no tally",
			"The cadre took part in the 2010 Tadmetla incident in which 76 CRPF personnel were killed in Sukma.",
			time.Time{}, nil, nil},
		{"a past ambush of dozens dated by its year is no tally",
			"Forty soldiers were killed in an ambush in Kunar in 2019.",
			time.Time{}, nil, nil},
		{"the dead of the attacks a paragraph before counted are a tally of that year",
			"The ministry said 500 terrorist attacks took place in Sindh in 2023.\n\nIn its reply, the ministry said 1,046 people lost their lives in these attacks.",
			time.Time{}, []string{"attacks 500 exact 2023-01-01..2023-12-31 Pakistan ministry", "deaths 1046 exact 2023-01-01..2023-12-31 Pakistan ministry"}, []int{0, 1}},
		{"the dead of these attacks with no count of attacks before are an incident's",
			"Two blasts hit Quetta on Monday.\n\nTwelve people were killed in these attacks.",
			time.Time{}, nil, nil},
		{"a toll during the month a report named before is that month's tally",
			"The monitors recorded 61 attacks in Punjab in November 2024.\n\nSecurity forces killed 59 militants in operations during the month.",
			time.Time{}, []string{"attacks 61 exact 2024-11-01..2024-11-30 Pakistan ", "militants_killed 59 exact 2024-11-01..2024-11-30 Pakistan "}, []int{0, 1}},
		{"the month of the report, not the month it is compared with",
			"The monitors recorded 23 attacks in Punjab in July 2024, up from 15 in June 2024. Two aid workers were killed during the month.",
			time.Time{}, []string{"attacks 23 exact 2024-07-01..2024-07-31 Pakistan ", "attacks 15 exact 2024-06-01..2024-06-30 Pakistan ", "civilians_killed 2 exact 2024-07-01..2024-07-31 Pakistan "}, []int{0, 1}},
		{"during the month with no month named before is no period",
			"Security forces killed 59 militants in operations during the month.",
			time.Time{}, nil, nil},
		{"attempts foiled over months are a count of attacks foiled, not a seizure",
			"Over the last three months, the army has foiled 42 infiltration attempts along the border in Kurram, the spokesman said.",
			time.Time{}, []string{"attacks_foiled 42 exact .. Pakistan spokesman"}, []int{0}},
		{"plots foiled told after the noun",
			"The minister said 1,523 terrorists had been arrested in Punjab in 2024, and 89 terror plots foiled.",
			time.Time{}, []string{"arrests 1523 exact 2024-01-01..2024-12-31 Pakistan minister", "attacks_foiled 89 exact 2024-01-01..2024-12-31 Pakistan minister"}, []int{0}},
		{"a day's foiled attacks are an incident's news",
			"Police foiled two attacks in Quetta on Monday.",
			time.Time{}, nil, nil},
		{"a toll of fighting since a weekday is the fight's, not a tally",
			"Militants and troops have been fighting in Kurram since Sunday, leaving at least 23 people dead.",
			time.Time{}, nil, nil},
		{"arrests since a month are still a tally",
			"At least 1,800 suspected militants have been arrested in Sindh since January, the police chief said.",
			time.Time{}, []string{"arrests 1800 lower .. Pakistan police chief"}, []int{0}},
		{"a perfect in a relative clause is no toll told in the perfect",
			"Military jets bombed a village in Sagaing where people had gathered for a meeting, killing more than a hundred, residents said.",
			time.Time{}, nil, nil},
		{"hundreds killed told in the perfect are still a tally",
			"More than a hundred people have been killed in Sagaing by air strikes, residents said.",
			time.Time{}, []string{"deaths 100 lower .. Myanmar "}, []int{0}},
		{"a toll in attacks over a month told without its year is a tally",
			"The minister said that 30 people were killed in attacks by the rebels in November.",
			time.Time{}, []string{"deaths 30 exact .. Pakistan minister"}, []int{0}},
		{"a past incident dated by its month without a year at a district is no tally",
			"Two policemen were shot dead in the Danna area of Mansehra District in March.",
			time.Time{}, nil, nil},
		{"a newspaper's name counts no incidents",
			"Three people were killed and 32 were injured in an IED attack in Quetta on June 24, reports The Times.",
			time.Time{}, nil, nil},
		{"a morning's firing is no period",
			"Throughout the morning hours the troops kept firing, killing three militants who had been holed up in a hut.",
			time.Time{}, nil, nil},
		{"a series of car bombings on one day is an incident",
			"A series of car bombings in Baghdad killed at least 56 people and injured 120 others.",
			time.Time{}, nil, nil},
		{"tolls after their verb go on from a claim",
			"Maoist groups caused 192 deaths in 2013, half of all deaths from terrorism in the country. Most came from armed assaults, which killed 85, and bombings, which killed 43.",
			time.Time{}, []string{"deaths 192 exact 2013-01-01..2013-12-31 Pakistan ", "deaths 85 exact 2013-01-01..2013-12-31 Pakistan ", "deaths 43 exact 2013-01-01..2013-12-31 Pakistan "}, []int{0, 1}},
		{"a count of people far from any death in a text without full stops is no toll",
			"Police said two terrorists had been given a bag of hand grenades in 2015 by their handlers across the border to create terror in the state ahead of the festival season and that the module had been under watch for months as it moved money and weapons through couriers who travelled by bus and train from the border towns to the city where the group kept a safe house and a store of explosives according to officials who briefed reporters on the arrests made this week at the bus stand where a shopkeeper was killed last year",
			time.Time{}, nil, nil},
		{"a year's toll so far is a tally",
			"So far this year, 58 members of the security forces have been killed in Bajaur alone.",
			time.Time{}, []string{"security_forces_killed 58 exact .. Pakistan "}, []int{0}},
		{"people arrested since a month are a claim of arrests",
			"At least 1,800 suspected militants have been arrested in Sindh since January, the police chief said.",
			time.Time{}, []string{"arrests 1800 lower .. Pakistan police chief"}, []int{0}},
		{"people abducted over years are a claim of abductions",
			"Over the past three years, 300 people have been abducted for ransom in the riverine belt.",
			time.Time{}, []string{"abductions 300 exact .. Pakistan "}, []int{0}},
		{"a running toll of unrest is a tally, whatever the day",
			"The death toll in the ongoing unrest in the valley rose to 64 on Sunday after two more protesters died.",
			time.Time{}, []string{"deaths 64 exact .. Pakistan "}, []int{0}},
		{"the first months of a year",
			"Roadside bombs killed or injured 900 people in the province in the first nine months, the monitors said.",
			time.Time{}, []string{"casualties 900 exact .. Pakistan "}, []int{0}},
		{"a fatality count told with at",
			"The fatality count from militant violence in 2023 was the highest in years, at 1,400, the think tank noted.",
			time.Time{}, []string{"deaths 1400 exact 2023-01-01..2023-12-31 Pakistan think tank"}, []int{0}},
		{"a place attacked many times",
			"Girls' schools in the valley have been attacked 11 times since August 2018, officials said.",
			time.Time{}, []string{"attacks 11 exact 2018-08-01.. Pakistan officials"}, []int{0}},
		// The killed of civilian casualties are civilians, in brackets as
		// after "including" or a comma.
		{"casualties count the killed and the injured",
			"The mission recorded 2,100 civilian casualties (700 killed and 1,400 injured) from 1 January 2023 to the end of June.",
			time.Time{}, []string{"casualties 2100 exact .. Pakistan mission", "civilians_killed 700 exact .. Pakistan mission", "injured 1400 exact .. Pakistan mission"}, []int{0}},
		{"a band that surrenders at once is an incident",
			"Officials say more than 150 fighters have surrendered to government forces in the face of an onslaught in the north.",
			time.Time{}, nil, nil},
		{"fighters a side lost over a month",
			"The insurgents lost more than 300 fighters in clashes in the province in the past month, the governor claimed.",
			time.Time{}, []string{"militants_killed 300 lower .. Pakistan "}, []int{0}},
		{"officers a force lost over a year, after a modifier",
			"The Levies have lost 11 security personnel in such attacks in the district this year, officials said.",
			time.Time{}, []string{"security_forces_killed 11 exact .. Pakistan officials"}, []int{0}},
		{"men lost, told after 'of' and a possessive",
			"The rebels' spokesman admitted that the group had lost 40 of its men in the past year.",
			time.Time{}, []string{"deaths 40 exact .. Pakistan "}, []int{0}},
		{"men lost, of the side of the subject",
			"Security forces lost 211 men in the province in 2024, the think tank said.",
			time.Time{}, []string{"security_forces_killed 211 exact 2024-01-01..2024-12-31 Pakistan think tank"}, []int{0}},
		{"seats, games and followers lost are no deaths",
			"The ruling party lost 14 seats in the provincial assembly this year, while the team has lost four of its five games since March.",
			time.Time{}, nil, nil},
		{"bombs defused over two months",
			"As many as 12 IEDs were defused in Kohlu district over the past two months, according to the Levies.",
			time.Time{}, []string{"explosives_defused 12 upper .. Pakistan the levies"}, []int{0}},
		{"bombs that went off are no count of bombs defused",
			"Three bombs exploded in the bazaar this year, killing a shopkeeper.",
			time.Time{}, nil, nil},
		{"a toll ranked within the year is the incident's",
			"At least 23 people were killed when gunmen attacked a convoy in Kurram on Thursday, officials said, in the deadliest attack in the district this year.",
			time.Time{}, nil, nil},
		{"a count between two days of a year",
			"The mission documented 900 civilian casualties (300 killed and 600 wounded) between 15 August and 31 December.",
			time.Time{}, []string{"casualties 900 exact .. Pakistan mission", "civilians_killed 300 exact .. Pakistan mission", "injured 600 exact .. Pakistan mission"}, []int{0}},
		{"kidnappings that reached a number in a year",
			"Kidnappings for ransom in the province reached 1,200 in 2023, the police said.",
			time.Time{}, []string{"abductions 1200 exact 2023-01-01..2023-12-31 Pakistan police"}, []int{0}},
		{"a day that dates the telling before its verb",
			"The commander on December 20 said that 650 soldiers have been killed while fighting for the stability of the country.",
			time.Time{}, []string{"security_forces_killed 650 exact .. Pakistan "}, []int{0}},
		{"a toll between two years",
			"As many as 2,100 people were killed in major terrorist attacks and bomb blasts in the country from 1990 till 2015, the ministry said.",
			time.Time{}, []string{"deaths 2100 upper .. Pakistan ministry"}, []int{0}},
		{"people counted with an aside before they died",
			"The paper reports that 590 persons, including 298 security personnel, most of them paramilitary troopers, have been killed in Maoist attacks in the state since 2009.",
			time.Time{}, []string{"deaths 590 exact 2009-01-01.. Pakistan ", "security_forces_killed 298 exact 2009-01-01.. Pakistan "}, []int{0}},
		{"a disaster's toll is no claim",
			"Heavy monsoon rains have killed 86 people across the country since June 25, the disaster authority said.",
			time.Time{}, nil, nil},
		{"a health toll is no claim",
			"Dengue cases crossed 2,000 this season, with seven deaths reported so far, health officials said.",
			time.Time{}, nil, nil},
		{"people who marched for the dead are no toll",
			"Hundreds of people marched in the city this year to demand justice for murdered activists.",
			time.Time{}, nil, nil},
		{"an incident toll is no claim",
			"Two soldiers were killed in an attack in Kech on Monday.",
			pub, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := lex.Split(tc.text)
			cls, sents := Find(tc.text, ss, tc.published, gazContext{tc.text, g})
			var got []string
			for _, c := range cls {
				got = append(got, fmt.Sprintf("%s %d %s %s..%s %s %s", c.Metric, c.Value, c.Bound, c.PeriodStart, c.PeriodEnd, c.Country, c.AttributedTo))
				for _, e := range c.Evidence {
					if tc.text[e.Start:e.End] != e.Quote {
						t.Errorf("evidence %s quote %q != text", e.Field, e.Quote)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("claims:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for _, i := range tc.claimSent {
				if from, ok := sents[i]; !ok || from != 0 {
					t.Errorf("sentence %d not marked as a claim sentence (from token %d, %v)", i, from, ok)
				}
			}
			if len(sents) != len(tc.claimSent) {
				t.Errorf("claim sentences %v, want %v", sents, tc.claimSent)
			}
		})
	}
}

// TestTallyTail covers a tally told in a clause after the incident the
// sentence reports: the clause is the claim, the rest keeps the incident.
func TestTallyTail(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		tail string   // the claim clause's first words, "" for none
		want []string // metric value
	}{
		{"after a semicolon",
			"Gunmen killed two guards at a bank in Hub on Monday; guards have lost 9 colleagues in such attacks in the district this year.",
			"guards have lost", []string{"deaths 9"}},
		{"a running count of the year",
			"Two policemen were shot dead in Tank on Monday, bringing to 19 the number of police officials killed in the district since January.",
			"bringing to 19", []string{"security_forces_killed 19"}},
		{"a running toll of a week of fighting",
			"Four people were killed on Sunday in renewed clashes in Parachinar, taking the death toll in the week-long fighting to 37.",
			"taking the death", []string{"deaths 37"}},
		{"an ordinal count of the month",
			"A constable was martyred in an attack on a checkpost in Bannu on Saturday, the 9th policeman killed in the district this month.",
			"the 9th policeman", []string{"security_forces_killed 9"}},
		{"a count of attacks added by the spokesman",
			"Five soldiers were killed in an attack on a post in Zhob on Friday, the military said, adding that the area had seen 14 such attacks this year.",
			"adding that the", []string{"attacks 14"}},
		{"a running toll of one incident is the incident's",
			"Two more of the wounded died on Tuesday, bringing the death toll from the Quetta blast to 21.",
			"", nil},
		{"an incident told with no tally",
			"Militants attacked a convoy in Kech on Monday, killing three soldiers, while two others were wounded.",
			"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := lex.Split(tc.text)
			cls, from := Find(tc.text, ss, time.Time{}, gazContext{tc.text, g})
			var got []string
			for _, c := range cls {
				got = append(got, fmt.Sprintf("%s %d", c.Metric, c.Value))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
			b, ok := from[0]
			switch {
			case tc.tail == "" && ok:
				t.Errorf("sentence marked as a claim from token %d", b)
			case tc.tail != "" && (!ok || b == 0):
				t.Errorf("no claim clause (from %d, %v), want one opening %q", b, ok, tc.tail)
			case tc.tail != "" && !strings.HasPrefix(tc.text[ss[0].Toks[b].Start:], tc.tail):
				t.Errorf("claim clause opens at %q, want %q", tc.text[ss[0].Toks[b].Start:], tc.tail)
			}
		})
	}
}

// TestSingleIncident checks which sentences tell one incident by its deed:
// an attack told in the active, whatever a relative clause says of its
// attackers, and not a victim who "was attacked" beside a tally, nor a
// toll still counted in the perfect.
func TestSingleIncident(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Gunmen who had landed by boat attacked a railway station, two hotels and a hospital, killing 166 people.", true},
		{"Militants ambushed a convoy, killing 12 soldiers.", true},
		{"Three were killed in Khyber Pakhtunkhwa and one in Punjab, and he was attacked near his home.", false},
		{"Militants have attacked police stations, killing 120 policemen.", false},
		{"A man drove a lorry into a Christmas market in Berlin in December 2016, killing 12 people.", true},
		{"A man stabbed people near London Bridge in November 2019, killing two.", true},
		{"Twelve people were stabbed to death in the city in 2019.", false},
		{"He drove 40 kilometres to the hospital, where 12 people had died in 2019.", false},
	}
	for _, tc := range tests {
		if got := singleIncident(lex.Tokens(tc.text, 0, len(tc.text))); got != tc.want {
			t.Errorf("singleIncident(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
