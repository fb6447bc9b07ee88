package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// pub is a Saturday.
var pub = time.Date(2024, 10, 5, 14, 30, 0, 0, time.UTC)

func render(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%s=%s/p%d", m.Text, m.Date.Format("2006-01-02"), m.Precision)
		if m.Relative {
			s += "/rel"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"day month year", "On 26 December 2022 a blast hit Quetta.", time.Time{}, "26 December 2022=2022-12-26/p1"},
		{"month day comma year", "on December 26, 2022 the convoy left", time.Time{}, "December 26, 2022=2022-12-26/p1"},
		{"ordinal day of month", "on the 26th of December, 2022", time.Time{}, "26th of December, 2022=2022-12-26/p1"},
		{"numeric day first", "FIR dated 26-12-2022 and 05/01/2023", time.Time{}, "26-12-2022=2022-12-26/p1; 05/01/2023=2023-01-05/p1"},
		{"numeric iso", "report of 2022-12-26", time.Time{}, "2022-12-26=2022-12-26/p1"},
		{"numeric month first when forced", "on 12/26/2022", time.Time{}, "12/26/2022=2022-12-26/p1"},
		{"impossible day", "on 31 February 2023 and 2023-02-30", time.Time{}, ""},
		{"night range", "on the night of December 25-26, 2022", time.Time{}, "December 25-26, 2022=2022-12-25/p1"},
		{"night range day first", "on the night of 25/26 December 2022", time.Time{}, "25/26 December 2022=2022-12-25/p1"},
		{"night across two months", "on the night of 30 April-1 May 2024", time.Time{}, "30 April-1 May 2024=2024-04-30/p1"},
		{"night across the new year", "on the night of 31 December - 1 January 2025", time.Time{}, "31 December - 1 January 2025=2024-12-31/p1"},
		{"days across two months", "between 30 April and 2 May 2024", time.Time{}, "30 April and 2 May 2024=2024-04-30/p2"},
		{"two days of two months are two dates", "on 30 April and 1 May 2024", time.Time{}, "1 May 2024=2024-05-01/p1"},
		{"a range too long for one event", "from 3 March to 5 May 2024", time.Time{}, "5 May 2024=2024-05-05/p1"},
		{"abbreviated month without year", "on Dec. 26 troops moved", pub, "Dec. 26=2023-12-26/p1/rel"},
		{"no year, no publication date", "on December 9 and on Dec. 26", time.Time{}, ""},
		{"a month in lower case beside its day", "militants struck on december 1 and on 3 december", pub, "december 1=2023-12-01/p1/rel; 3 december=2023-12-03/p1/rel"},
		{"a verb month in lower case is no date", "they may 5 times march 20 km", pub, ""},
		{"a month in lower case with no day is no date", "in december the group struck", pub, ""},
		{"the weekend just past", "attacks over the weekend and last weekend", pub, "over the weekend=2024-10-05/p2/rel; last weekend=2024-10-05/p2/rel"},
		{"the weekend told on a Monday", "a raid at the weekend", time.Date(2024, 10, 7, 9, 0, 0, 0, time.UTC), "at the weekend=2024-10-05/p2/rel"},
		{"no year, the year of the opening date", "On 14 March 2024, ISPR stated that troops had killed three militants on 12 March in Kech.", time.Time{},
			"14 March 2024=2024-03-14/p1; 12 March=2024-03-12/p1/rel"},
		{"no year, a later day of the opening date's year", "On 14 March 2024, militants attacked a post. On 16 March, they struck again.", time.Time{},
			"14 March 2024=2024-03-14/p1; 16 March=2024-03-16/p1/rel"},
		{"no year, across the new year from the opening date", "On 2 January 2024, police said the men were arrested on 30 December in Quetta.", time.Time{},
			"2 January 2024=2024-01-02/p1; 30 December=2023-12-30/p1/rel"},
		{"no year, a full date deep in the text is no opening date",
			"Militants struck a post on 16 March, police said, in the district where an attack on 5 May 2010 killed nine.", time.Time{},
			"5 May 2010=2010-05-05/p1"},
		{"no year, an opening month is no opening day", "In March 2024 the group struck on 16 March.", time.Time{}, "March 2024=2024-03-01/p3"},
		{"a sentence's full stop after a month is not the date's", "On 14 March 2024, ISPR said troops struck on 12 March. Police agreed.", time.Time{},
			"14 March 2024=2024-03-14/p1; 12 March=2024-03-12/p1/rel"},
		{"an abbreviation's dot is the date's", "troops moved on 26 Dec. and again on 27 Dec. 2023", time.Time{},
			"27 Dec. 2023=2023-12-27/p1"},
		{"an abbreviation's dot is the date's, with a publication date", "troops moved on 26 Dec. and again", pub,
			"26 Dec.=2023-12-26/p1/rel"},
		{"no year, the opening date does not resolve weekdays", "On 14 March 2024, police said militants attacked on Monday.", time.Time{}, "14 March 2024=2024-03-14/p1"},
		{"no year, same year", "on September 9", pub, "September 9=2024-09-09/p1/rel"},
		{"month precision", "a March 2022 report and in March 2022", time.Time{}, "March 2022=2022-03-01/p3; March 2022=2022-03-01/p3"},
		{"month without year", "in March the group struck", pub, "March=2024-03-01/p3/rel"},
		{"verb may is no month", "he may 5 times", pub, ""},
		{"yesterday", "militants attacked yesterday", pub, "yesterday=2024-10-04/p1/rel"},
		{"today and tonight", "today and tonight", pub, "today=2024-10-05/p1/rel; tonight=2024-10-05/p1/rel"},
		{"last night", "a raid last night", pub, "last night=2024-10-04/p1/rel"},
		{"this morning", "this morning police said", pub, "this morning=2024-10-05/p1/rel"},
		{"day before yesterday", "the day before yesterday", pub, "the day before yesterday=2024-10-03/p1/rel"},
		{"weekday earlier", "on Monday troops", pub, "Monday=2024-09-30/p1/rel"},
		{"weekday same day", "on Saturday", pub, "Saturday=2024-10-05/p1/rel"},
		{"last weekday same day", "last Saturday", pub, "last Saturday=2024-09-28/p1/rel"},
		{"next weekday is no event date", "talks next Monday", pub, ""},
		{"earlier this week", "earlier this week", pub, "earlier this week=2024-09-30/p2/rel"},
		{"last week", "last week", pub, "last week=2024-09-23/p2/rel"},
		{"weekday last week", "on Tuesday last week police said", pub, "Tuesday last week=2024-09-24/p1/rel"},
		{"weekday of last week", "on Sunday of last week", pub, "Sunday of last week=2024-09-29/p1/rel"},
		{"a weekday of the week just ended, published on a Monday", "on Saturday last week", time.Date(2024, 10, 7, 0, 0, 0, 0, time.UTC), "Saturday last week=2024-10-05/p1/rel"},
		{"weekday and last week apart", "on Tuesday, and last week", pub, "Tuesday=2024-10-01/p1/rel; last week=2024-09-23/p2/rel"},
		{"last month", "last month", pub, "last month=2024-09-01/p3/rel"},
		{"days ago", "two days ago and 3 days ago", pub, "two days ago=2024-10-03/p1/rel; 3 days ago=2024-10-02/p1/rel"},
		{"nights ago", "militants struck two nights ago and the night before last", pub, "two nights ago=2024-10-03/p1/rel; the night before last=2024-10-03/p1/rel"},
		{"the last of a list is no night", "the night before, the last convoy left", pub, ""},
		{"relative without publication", "yesterday, on Monday, last night, earlier this week, last week", time.Time{}, ""},
		{"years alone are not dates", "in 2024 and 2022", pub, ""},
		{"empty", "", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.published)
			if render(got) != tt.want {
				t.Errorf("Find(%q)\n got  %s\n want %s", tt.text, render(got), tt.want)
			}
			checkSpans(t, tt.text, got)
		})
	}
}

func renderPeriods(ps []Period) string {
	var parts []string
	for _, p := range ps {
		end := "?"
		if !p.End.IsZero() {
			end = p.End.Format("2006-01-02")
		}
		parts = append(parts, fmt.Sprintf("%s=%s..%s", p.Text, p.Start.Format("2006-01-02"), end))
	}
	return strings.Join(parts, "; ")
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"in year", "over 140 incidents in 2024", time.Time{}, "in 2024=2024-01-01..2024-12-31"},
		{"throughout year", "attacks throughout 2024.", time.Time{}, "throughout 2024=2024-01-01..2024-12-31"},
		{"bare year is no period", "the 2024 budget", time.Time{}, ""},
		{"this year", "this year and the current year", pub, "this year=2024-01-01..2024-12-31; the current year=2024-01-01..2024-12-31"},
		{"so far this year", "so far this year", pub, "so far this year=2024-01-01..2024-10-05"},
		{"last year", "last year", pub, "last year=2023-01-01..2023-12-31"},
		{"a year naming an occasion", "during the 2010 World Cup final", pub, ""},
		{"a year after the", "attacks during the 2010 season rose", pub, "during the 2010=2010-01-01..2010-12-31"},
		{"last month named", "120 attacks last August and 90 last October.", pub, "last August=2024-08-01..2024-08-31; last October=2023-10-01..2023-10-31"},
		{"last month named with a day is a date", "since last August 14", pub, ""},
		{"a sentence's dot is no abbreviation's", "in the month of August. In Dec. 2023", pub, "of August=2024-08-01..2024-08-31; In Dec. 2023=2023-12-01..2023-12-31"},
		{"relative needs publication", "this year, last year, since January, the past month", time.Time{}, ""},
		{"month year", "in March 2022", time.Time{}, "in March 2022=2022-03-01..2022-03-31"},
		{"since month", "since January", pub, "since January=2024-01-01..2024-10-05"},
		{"since year", "since 2021", pub, "since 2021=2021-01-01..2024-10-05"},
		{"since year without publication", "since 2021", time.Time{}, "since 2021=2021-01-01..?"},
		{"past month", "during the past month", pub, "during the past month=2024-09-05..2024-10-05"},
		{"past six months", "in the last six months", pub, "in the last six months=2024-04-05..2024-10-05"},
		{"first half", "in the first half of 2024", time.Time{}, "in the first half of 2024=2024-01-01..2024-06-30"},
		{"third quarter", "the third quarter of 2023", time.Time{}, "the third quarter of 2023=2023-07-01..2023-09-30"},
		{"month range", "January-October 2024", time.Time{}, "January-October 2024=2024-01-01..2024-10-31"},
		{"month range words", "between January and March 2023", time.Time{}, "between January and March 2023=2023-01-01..2023-03-31"},
		{"month range across years", "November to February 2023", time.Time{}, "November to February 2023=2022-11-01..2023-02-28"},
		{"year range", "from 2020 to 2022 and 2018-2019", time.Time{}, "from 2020 to 2022=2020-01-01..2022-12-31; 2018-2019=2018-01-01..2019-12-31"},
		{"a date is no period", "on March 3, 2022", pub, ""},
		{"a day-first date is no period", "on 18 June 2020, on 3rd of March 2021 and on 25-26 May 2022", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Periods(tt.text, tt.published)
			if renderPeriods(got) != tt.want {
				t.Errorf("Periods(%q)\n got  %s\n want %s", tt.text, renderPeriods(got), tt.want)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) || m.Text != text[m.Start:m.End] {
			t.Fatalf("bad mention %+v after %d in %q", m, prev, text)
		}
		if m.Precision < 1 || m.Precision > 3 {
			t.Fatalf("bad precision %d", m.Precision)
		}
		if m.Date.Hour() != 0 || m.Date.Location() != time.UTC {
			t.Fatalf("date %v is not UTC midnight", m.Date)
		}
		prev = m.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On 26 December 2022 and on the night of December 25-26",
		"yesterday, last Monday, 2022-12-26, 12/26/2022, Dec. 26",
		"earlier this week in March 2022 since January 2024-2025",
		"99-99-9999 31 February 2023 \xff",
		"QUETTA, Dec 31: on the 18th when, on 2nd instant, overnight in Kech, mid-October",
		"on the eve of Eid-ul-Azha, on New Year's Eve, the last week of March, from May 3 to May 5",
		"two days back, three months ago, between 3 and 5 March, Eid Milad-un-Nabi",
	} {
		f.Add(s, int64(1728138600))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var published time.Time
		if unix > 0 && unix < 1e11 {
			published = time.Unix(unix, 0)
		}
		checkSpans(t, text, Find(text, published))
		for _, p := range Periods(text, published) {
			if p.StartOff < 0 || p.EndOff > len(text) || p.EndOff <= p.StartOff || !p.End.IsZero() && p.End.Before(p.Start) {
				t.Fatalf("bad period %+v", p)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	para := "Two soldiers were martyred in North Waziristan yesterday, the ISPR said on Saturday. " +
		"Over 140 incidents were recorded in 2024, according to a March 2022 report and figures from 26-12-2022. " +
		"The attack on the night of December 25-26 killed six people; police said on Monday that they had arrested three.\n\n"
	text := strings.Repeat(para, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, pub)
	}
}

func BenchmarkPeriods(b *testing.B) {
	para := "Over 140 incidents were recorded in 2024 and more than 180 deaths so far this year, against 120 last year. " +
		"In the first half of 2023 and during the past six months, January-October 2024 saw most attacks since January.\n\n"
	text := strings.Repeat(para, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Periods(text, pub)
	}
}

// TestFindVagueAndNamedDays covers the phrasings of the blind date probe
// (internal/extract/testdata/date-probe.txt) that the reader learned
// after it, each with the near phrasing it must leave alone.
func TestFindVagueAndNamedDays(t *testing.T) {
	pkt := time.FixedZone("PKT", 5*3600)
	eidFitr24 := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"a span of days is a week", "operations between 3 and 5 March 2024", time.Time{}, "3 and 5 March 2024=2024-03-03/p2"},
		{"two days named are no span", "attacks on 3 and 5 March 2024", time.Time{}, "3 and 5 March 2024=2024-03-03/p1"},
		{"from one day to another", "conducted from 3rd to 5th March 2024", time.Time{}, "3rd to 5th March 2024=2024-03-03/p2"},
		{"a span after the month", "raids on March 3-5, 2024", time.Time{}, "March 3-5, 2024=2024-03-03/p2"},
		{"a span of weeks is a month", "curfew from 1-20 March 2024", time.Time{}, "1-20 March 2024=2024-03-01/p3"},
		{"a night across two days is a day", "on the night of 25/26 December 2022", time.Time{}, "25/26 December 2022=2022-12-25/p1"},

		{"a day alone, this month", "militants struck on the 3rd when police arrived", pub, "3rd=2024-10-03/p1/rel"},
		{"a day alone still to come is last month's", "two soldiers were martyred on the 18th, the military said", pub, "18th=2024-09-18/p1/rel"},
		{"an ordinal before a noun is no date", "fire broke out on the 5th floor of the 2nd Battalion's mess", pub, ""},
		{"an ordinal without 'on the' is no date", "the 3rd and the 4th", pub, ""},
		{"a day alone needs the publication date", "militants struck on the 3rd when police arrived", time.Time{}, ""},
		{"instant is this month", "on 2nd instant miscreants fired", pub, "2nd instant=2024-10-02/p1/rel"},
		{"ultimo is last month", "on 28th ult. the post was attacked", pub, "28th ult.=2024-09-28/p1/rel"},
		{"of the current month", "on 4th of the current month", pub, "4th of the current month=2024-10-04/p1/rel"},
		{"a day last month has not", "on 31st ultimo", pub, ""},

		{"earlier in the week", "a raid earlier in the week", pub, "earlier in the week=2024-09-30/p2/rel"},
		{"at the start of the month", "at the start of the month a blast", pub, "at the start of the month=2024-10-01/p3/rel"},
		{"late last month", "abducted late last month", pub, "late last month=2024-09-01/p3/rel"},
		{"overnight is last night", "militants attacked overnight, police said", pub, "overnight=2024-10-04/p1/rel"},
		{"overnight in its clause", "they struck overnight in Kech", pub, "overnight=2024-10-04/p1/rel"},
		{"an overnight bus is no date", "gunmen stopped an overnight bus", pub, ""},
		{"overnight before a weekday gives the weekday", "attacks overnight Saturday", pub, "Saturday=2024-10-05/p1/rel"},
		{"mid-month", "ambushed in mid-September", pub, "mid-September=2024-09-15/p2/rel"},
		{"mid-month with its year", "in mid-October 2023", time.Time{}, "mid-October 2023=2023-10-15/p2"},
		{"mid-month still to come is last year's", "in mid-December", pub, "mid-December=2023-12-15/p2/rel"},
		{"mid-year is no day", "since mid-2023", pub, ""},
		{"early in a month", "in early September the post fell", pub, "September=2024-09-01/p3/rel"},
		{"early before a month with no 'in' is no date", "an early September attack", pub, ""},

		{"Eid day", "two policemen were shot on Eid day", eidFitr24, "Eid day=2024-04-10/p1/rel"},
		{"the second day of Eid", "on the second day of Eid ul Fitr", eidFitr24, "Eid ul Fitr=2024-04-11/p1/rel"},
		{"the eve of Eid", "on the eve of Eid a blast", eidFitr24, "Eid=2024-04-09/p1/rel"},
		{"Eid ul Azha", "gunmen fired on Eid-ul-Azha", time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC), "Eid-ul-Azha=2024-06-17/p1/rel"},
		{"Ashura", "a blast on Ashura", time.Date(2024, 7, 20, 0, 0, 0, 0, time.UTC), "Ashura=2024-07-17/p1/rel"},
		{"ahead of Eid is not Eid", "security was tightened ahead of Eid", eidFitr24, ""},
		{"the spirit of Eid is not Eid", "in the spirit of Eid", eidFitr24, ""},
		{"another feast named Eid", "on Eid Milad-un-Nabi", eidFitr24, ""},
		{"Eid in a year not listed is the tabular day, to the week", "on Eid", time.Date(2031, 5, 30, 0, 0, 0, 0, time.UTC), "Eid=2031-04-03/p2/rel"},
		{"Eid ul Fitr of 2026", "a blast on Eid ul Fitr", time.Date(2026, 3, 25, 0, 0, 0, 0, time.UTC), "Eid ul Fitr=2026-03-20/p2/rel"},
		{"Ashura of 2026", "a procession was attacked on Ashura", time.Date(2026, 6, 28, 0, 0, 0, 0, time.UTC), "Ashura=2026-06-26/p2/rel"},
		{"Eid long past is not read", "on Eid", time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC), ""},
		{"Eid needs the publication date", "on Eid day", time.Time{}, ""},
		{"Christmas Day last year", "rockets on Christmas Day", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), "Christmas Day=2024-12-25/p1/rel"},
		{"New Year's Eve", "on New Year's Eve gunmen", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), "New Year's Eve=2024-12-31/p1/rel"},
		{"New Year's Day", "the early hours of New Year’s Day", time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC), "New Year’s Day=2025-01-01/p1/rel"},
		{"the new year alone is no day", "in the new year", pub, ""},

		{"days back, as South Asian papers write it", "militants struck two days back", pub, "two days back=2024-10-03/p1/rel"},
		{"a few days back", "a few days back", pub, "a few days back=2024-10-02/p2/rel"},
		{"weeks ago is a week", "two weeks ago", pub, "two weeks ago=2024-09-21/p2/rel"},
		{"months ago is a month", "three months ago and a month ago", pub, "three months ago=2024-07-01/p3/rel; a month ago=2024-09-01/p3/rel"},
		{"a count of something else ago is no date", "two hours ago and 5 votes back", pub, ""},
		{"the first week of a month", "in the first week of September", pub, "first week of September=2024-09-01/p2/rel"},
		{"the last week of a month", "in the last week of March 2024", time.Time{}, "last week of March 2024=2024-03-25/p2"},
		{"last week alone is still last week", "a raid last week, officials said", pub, "last week=2024-09-23/p2/rel"},
		{"a span across two full dates", "from 3 March 2024 to 5 March 2024", time.Time{}, "3 March 2024 to 5 March 2024=2024-03-03/p2"},
		{"two dates with no span word are two", "on 3 March 2024 and on 5 March 2024", time.Time{}, "3 March 2024=2024-03-03/p1; 5 March 2024=2024-03-05/p1"},

		{"the morning of a day alone", "on the morning of the 3rd, police said", pub, "3rd=2024-10-03/p1/rel"},
		{"of a day alone after no time of day is no date", "the spirit of the 3rd Brigade", pub, ""},
		{"the weekend of two named days", "over the weekend of 28-29 September", pub, "28-29 September=2024-09-28/p1/rel"},
		{"Chand Raat is Eid's eve", "on Chand Raat a blast", eidFitr24, "Chand Raat=2024-04-09/p1/rel"},
		{"chand alone is no holiday", "Chand Bibi road", eidFitr24, ""},
		{"the writer's day, not UTC's", "militants attacked yesterday", time.Date(2024, 8, 20, 3, 0, 0, 0, pkt), "yesterday=2024-08-19/p1/rel"},
		{"tonight filed after midnight", "an explosion tonight", time.Date(2025, 1, 1, 0, 15, 0, 0, pkt), "tonight=2024-12-31/p1/rel"},
		{"tonight with a date and no time", "an explosion tonight", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), "tonight=2025-01-01/p1/rel"},
		{"tonight filed in the morning", "an explosion tonight", time.Date(2025, 1, 1, 10, 0, 0, 0, pkt), "tonight=2025-01-01/p1/rel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.published)
			if render(got) != tt.want {
				t.Errorf("Find(%q)\n got  %s\n want %s", tt.text, render(got), tt.want)
			}
			checkSpans(t, tt.text, got)
		})
	}
}

// TestDateline checks which opening dates are a dateline's, the day of
// writing, and which are the event's own.
func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"QUETTA, Dec 31: Two Levies men were killed on Monday.", true},
		{"Turbat, 8 May 2024 (PPI): A grenade attack injured two constables.", true},
		{"LAHORE, May 8 (Reuters) - Gunmen killed a police officer on Wednesday.", true},
		{"DERA ISMAIL KHAN, March 3 - Militants attacked a post.", true},
		{"Dec 30, 2024: Security forces killed five terrorists in Zhob.", false},
		{"On 26 December 2022, militants attacked a checkpost.", false},
		{"March 2: Two soldiers were killed in Tank District.", false},
		{"Police said that, on 3 March, militants attacked a post.", false},
		{"QUETTA, Dec 31, police said, militants attacked a post.", false},
	}
	for _, tt := range tests {
		ms := Find(tt.text, pub)
		if len(ms) == 0 {
			t.Errorf("Find(%q): no date", tt.text)
			continue
		}
		if ms[0].Dateline != tt.want {
			t.Errorf("Find(%q): %q dateline %v, want %v", tt.text, ms[0].Text, ms[0].Dateline, tt.want)
		}
		for _, m := range ms[1:] {
			if m.Dateline {
				t.Errorf("Find(%q): %q after the first date is a dateline", tt.text, m.Text)
			}
		}
	}
}

// TestLead checks the word kept before each date.
func TestLead(t *testing.T) {
	text := "Missing since 2 February, the men were found on 9 February, a day before the deadline of 15 May and in the first week of March."
	var got []string
	for _, m := range Find(text, pub) {
		got = append(got, m.Lead+":"+m.Text)
	}
	want := "since:2 February; on:9 February; of:15 May; the:first week of March"
	if strings.Join(got, "; ") != want {
		t.Errorf("leads\n got  %s\n want %s", strings.Join(got, "; "), want)
	}
}

// TestACLEDSpans checks the spans ACLED's notes give: two days the
// sources disagree on ("12 or 13 March") start at the first, known to the
// week; "the week of 10 March" is a week; a range written whole on each
// side within one month ("from 10 March to 12 March 2025") starts at its
// first day; and two days joined by "and" stay two days.
func TestACLEDSpans(t *testing.T) {
	tests := []struct{ text, want string }{
		{"On 12 or 13 March 2025, militants attacked a post.", "12 or 13 March 2025=2025-03-12/p2"},
		{"During the week of 10 March 2025, militants attacked a post.", "10 March 2025=2025-03-10/p2"},
		{"From 10 March to 12 March 2025, troops raided hideouts.", "10 March to 12 March 2025=2025-03-10/p2"},
		{"Between 10 March and 12 March 2025, troops raided hideouts.", "10 March and 12 March 2025=2025-03-10/p2"},
		{"On 12 and 13 March 2025, militants attacked two posts.", "12 and 13 March 2025=2025-03-12/p1"},
		{"The deadline of 10 March was moved to 12 March 2025.", "12 March 2025=2025-03-12/p1"},
		{"The second week of March 2025 was calm.", "second week of March 2025=2025-03-08/p2"},
	}
	for _, tt := range tests {
		if got := render(Find(tt.text, time.Time{})); got != tt.want {
			t.Errorf("Find(%q)\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

// TestFuture checks which days given without their year are marked as
// likely to come: those in the months just after publication, not those
// before it nor those most of a year after it (last year's).
func TestFuture(t *testing.T) {
	tests := []struct {
		text string
		pub  time.Time
		want string
	}{
		{"The court will hear the case on 20 October.", pub, "20 October=true"},
		{"The group set a deadline of 30 January for the firms to leave.", pub, "30 January=true"},
		{"Militants attacked the post on 4 October.", pub, "4 October=false"},
		{"The post was attacked on 5 October, police said.", pub, "5 October=false"},
		{"Gunmen killed two labourers on 20 March.", pub, "20 March=false"},
		{"The attack on 3 September left two dead; the trial opens on 1 November.", pub, "3 September=false; 1 November=true"},
		{"Gunmen killed a tribal elder on 30 December.", time.Date(2025, 1, 2, 9, 0, 0, 0, time.UTC), "30 December=false"},
		{"The hearing is on 20 October 2024.", pub, "20 October 2024=false"},
		{"On 20 October, militants struck.", time.Time{}, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Find(tt.text, tt.pub) {
			got = append(got, fmt.Sprintf("%s=%v", m.Text, m.Future))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("Find(%q)\n got  %s\n want %s", tt.text, g, tt.want)
		}
	}
}

// TestDatelineIsTheDayOfWriting checks that a dateline a day or three
// before publication is the day a report's relative words count from,
// and that one on the day of publication, or long before it, leaves them
// counted from publication.
func TestDatelineIsTheDayOfWriting(t *testing.T) {
	next := time.Date(2025, 6, 12, 6, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text string
		pub        time.Time
		want       string
	}{
		{"yesterday of a dateline the day before", "GWADAR, June 11: Gunmen opened fire on a bus yesterday.", next,
			"June 11=2025-06-11/p1/rel; yesterday=2025-06-10/p1/rel"},
		{"today of a dateline the day before", "QUETTA, June 11 (APP): A grenade was thrown at a shop today.", next,
			"June 11=2025-06-11/p1/rel; today=2025-06-11/p1/rel"},
		{"a weekday of a dateline two days before", "TURBAT, June 10: Militants attacked a post on Tuesday.", next,
			"June 10=2025-06-10/p1/rel; Tuesday=2025-06-10/p1/rel"},
		{"a dateline on the day of publication", "QUETTA, June 12: Gunmen opened fire on a bus yesterday.", next,
			"June 12=2025-06-12/p1/rel; yesterday=2025-06-11/p1/rel"},
		{"a dateline long before publication", "QUETTA, June 1: Gunmen opened fire on a bus yesterday.", next,
			"June 1=2025-06-01/p1/rel; yesterday=2025-06-11/p1/rel"},
		{"a date opening the text is no dateline", "On June 10, gunmen opened fire on a bus; police said so yesterday.", next,
			"June 10=2025-06-10/p1/rel; yesterday=2025-06-11/p1/rel"},
	}
	for _, tt := range tests {
		if got := render(Find(tt.text, tt.pub)); got != tt.want {
			t.Errorf("%s: Find(%q)\n got  %s\n want %s", tt.name, tt.text, got, tt.want)
		}
	}
}
