package extract

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var pub5 = time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)

// TestReportedDayBefore checks that a report dated on the day it was made
// about a deed of the day before, or of a day it names, gives the deed's
// day, and that a day told of something else leaves the date alone.
func TestReportedDayBefore(t *testing.T) {
	tests := []datedCase{
		{"a statement about the previous day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech the previous day.", "2025-03-11", time.Time{}},
		{"a day earlier",
			"On 12 March 2025, police reported that gunmen had shot dead a shopkeeper in Turbat a day earlier.", "2025-03-11", time.Time{}},
		{"two days earlier",
			"On 28 August 2025, ISPR reported that troops had killed three terrorists in Kalat district two days earlier.", "2025-08-26", time.Time{}},
		{"3 days ago",
			"On 28 August 2025, police said gunmen had kidnapped two engineers near Kalat 3 days ago.", "2025-08-25", time.Time{}},
		{"days earlier, with no count, leaves the date",
			"On 28 August 2025, police said gunmen had kidnapped two engineers near Kalat days earlier.", "2025-08-28", time.Time{}},
		{"the deed on the day, the day before told of another",
			"On 12 March 2025, militants attacked a check post in Kech, the previous day they had blocked the highway.", "2025-03-12", time.Time{}},
		{"a statement about the deed of the day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech.", "2025-03-12", time.Time{}},
		{"the day before yesterday is resolved elsewhere",
			"On 12 March 2025, police said gunmen shot dead a shopkeeper in Turbat the day before yesterday.", "2025-03-12", time.Time{}},
		{"a statement dated on its day about an operation on an earlier day",
			"On 14 March 2025, ISPR stated that in an intelligence-based operation conducted on 12 March in Zhob, four khwarij were killed.", "2025-03-12", pub5},
		{"a statement about a funeral the next day",
			"On 14 March 2025, police said two policemen were killed in an attack in Tank and would be buried on 15 March.", "2025-03-14", pub5},
		{"a deed dated first, its report after",
			"On 12 March 2025, militants attacked a check post in Tank, police said on 14 March.", "2025-03-12", pub5},
	}
	checkDated(t, tests)
}

// TestSequelTakesTheLeadsDay checks that a deed told as following the
// one before on the same day ("Following the blast", "Later in the
// day"), with no date of its own, takes the lead's day even when the lead
// gives it late in a long sentence; a deed told with a day of its own
// keeps it.
func TestSequelTakesTheLeadsDay(t *testing.T) {
	x := extractor(t)
	lead := "Two soldiers of the Frontier Corps were killed when a roadside bomb struck their vehicle near the Jhaho bazaar in Awaran District of Balochistan on 28 May 2024. "
	tests := []struct {
		name, text string
		want       []string // each event's date, "null" for none
	}{
		{"following the blast", lead + "Following the blast, militants opened fire on the troops.", []string{"2024-05-28", "2024-05-28"}},
		{"later in the day", lead + "Later in the day, militants fired rockets at a Levies post in Awaran.", []string{"2024-05-28", "2024-05-28"}},
		{"a day of its own", lead + "On 30 May 2024, militants fired rockets at a Levies post in Awaran.", []string{"2024-05-28", "2024-05-30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventDates(x.Extract(tc.text, time.Time{}, "").Events)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("dates %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDeedDateOverReportDate checks that a report's day, a dateline, a
// bound ("since", "until") and a date told in an aside about the victims
// yield to the deed's own date in the event's sentences, and still date
// the event when it gives no other.
func TestDeedDateOverReportDate(t *testing.T) {
	pub := time.Date(2025, 6, 14, 0, 0, 0, 0, time.UTC) // a Saturday
	tests := []dateCase{
		{"said on a day, the deed on another",
			"Officials said on Friday that gunmen had shot dead a shopkeeper in Turbat on Wednesday.", "2025-06-11"},
		{"a statement issued on a day",
			"In a statement released on Friday, the army said two soldiers were killed in a clash in Kech on 10 June.", "2025-06-10"},
		{"a case registered on a day",
			"Police registered a case on Friday against unknown men for the attack, which took place on Tuesday night in Sibi and killed two people.", "2025-06-10"},
		{"a vague deed date beats the report's day",
			"Earlier this month, gunmen killed two labourers in Awaran, police said on Friday.", "2025-06-01"},
		{"the report's day minus the previous morning",
			"The police said on Friday that a bomb had killed a shopkeeper in Turbat the previous morning.", "2025-06-12"},
		{"the report's day alone dates the event",
			"Police said on Friday that gunmen had shot dead a shopkeeper in Turbat.", "2025-06-13"},
		{"a date before ', officials said' is the deed's",
			"Gunmen shot dead a shopkeeper in Turbat on Thursday, officials said.", "2025-06-12"},
		{"since gives way",
			"The body of a student, missing since 2 June, was found in Kech on 11 June.", "2025-06-11"},
		{"until gives way",
			"Gunmen killed two policemen in Sibi on 12 June; the market stays shut until 20 June.", "2025-06-12"},
		{"an aside about the victims gives way",
			"The bodies of two herders, kidnapped on 1 June, were found in Kohlu on Thursday.", "2025-06-12"},
		{"an aside telling the deed keeps its date",
			"Two soldiers, who were killed on 9 June in a clash with militants in Kech, were laid to rest in Quetta on Friday.", "2025-06-09"},
		{"a dateline gives way to the day in the text",
			"QUETTA, June 13: Gunmen killed two Levies men in an attack on their post in Kohlu on Thursday.", "2025-06-12"},
		{"a dateline alone dates the event",
			"QUETTA, June 13: Gunmen killed two Levies men in an attack on their post in Kohlu.", "2025-06-13"},
	}
	checkFirstDates(t, pub, tests)
}

// TestWireWeekdayIsTheReportsDay checks that the bare weekday the wires
// give after a verb of saying ("police said Tuesday") dates the report,
// so the deed's own day wins, while a bare weekday of the deed stands.
func TestWireWeekdayIsTheReportsDay(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	checkFirstDates(t, pub, []dateCase{
		{"the deed's weekday after the report's", "Police said Tuesday that gunmen shot dead two traders in Tank on Monday.", "2024-07-15"},
		{"a bare weekday of the deed", "Gunmen shot dead two traders in Tank Monday, police said.", "2024-07-15"},
		{"the report's weekday alone", "Police said Tuesday that gunmen shot dead two traders in Tank.", "2024-07-16"},
	})
}

// TestDeedDayAfterTheReport checks that an event dated only by its report's
// day (a statement's, a dateline's) takes the deed's day the next
// sentences give, within the week before; a day further back, or a
// deed dated first, leaves the date alone.
func TestDeedDayAfterTheReport(t *testing.T) {
	pub := time.Date(2025, 2, 4, 0, 0, 0, 0, time.UTC)
	tests := []dateCase{
		{"a raid the next paragraph dates",
			"DERA ISMAIL KHAN: The CTD said on Tuesday it had killed three terrorists in an exchange of fire in Kulachi.\n\nIts team raided a compound on the outskirts of Kulachi late on Monday night on a tip-off.",
			"2025-02-03"},
		{"a wire's dateline",
			"PESHAWAR, Pakistan, Feb 4 (Reuters) - Militants killed ten soldiers in an attack on a checkpost in Datta Khel on Monday, officials said.",
			"2025-02-03"},
		{"a day long before is another deed",
			"DERA ISMAIL KHAN: The CTD said on Tuesday it had killed three terrorists in an exchange of fire in Kulachi.\n\nOne of them had planned the attack on a police post on 2 January.",
			"2025-02-04"},
		{"a lead with no day, the deed's day in the next paragraph",
			"KANDAHAR: The intelligence agency says it has seized a cache of weapons in Kandahar and arrested three smugglers.\n\nIn a statement, the agency said its forces raided a house in Spin Boldak on Sunday night.",
			"2025-02-02"},
		{"an opening date that is the deed's",
			"On 3 February 2025, militants attacked a checkpost in Kech, killing two soldiers.",
			"2025-02-03"},
	}
	checkFirstDates(t, pub, tests)
}

// TestCauseDayOverItsSequel checks that a deed told after "after" keeps
// its own earlier day when the main clause is its sequel, and that a deed
// in the main clause keeps the main clause's day.
func TestCauseDayOverItsSequel(t *testing.T) {
	pub := time.Date(2024, 8, 26, 0, 0, 0, 0, time.UTC) // a Monday
	checkFirstDates(t, pub, []dateCase{
		{"services suspended after a blast",
			"Train services remained suspended for the second day on Sunday after militants blew up a section of the railway track near Mach on Friday.", "2024-08-23"},
		{"the deed in the main clause keeps its day",
			"Police arrested two suspects in Sibi on Sunday after a raid on a hideout on Friday.", "2024-08-25"},
		{"a later day after 'after' is no cause",
			"Militants blew up a gas pipeline in Dera Bugti on Friday after a warning on Sunday.", "2024-08-23"},
	})
}

// eventDates lists each event's date, "null" for none, as the date tests
// compare them.
func eventDates(evs []vigil.Event) []string {
	dates := make([]string, len(evs))
	for k, ev := range evs {
		dates[k] = "null"
		if ev.EventDate != nil {
			dates[k] = *ev.EventDate
		}
	}
	return dates
}

// datesWant is a named text and the date of each event it should give,
// "null" for none.
type datesWant struct {
	name, text string
	want       []string
}

// checkEventDates checks the date of each event every text gives.
func checkEventDates(t *testing.T, x *Extractor, pub time.Time, tests []datesWant) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventDates(x.Extract(tc.text, pub, "").Events)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("event dates %q, want %q", got, tc.want)
			}
		})
	}
}

// firstEventDate returns the first event's date, and false when there is
// no event or it has no date.
func firstEventDate(evs []vigil.Event) (string, bool) {
	if len(evs) == 0 || evs[0].EventDate == nil {
		return "", false
	}
	return *evs[0].EventDate, true
}

// dateCase is a text and the date vigil should give its first event.
type dateCase struct{ name, text, want string }

// datedCase is a dateCase with the publication date of its own text.
type datedCase struct {
	name, text, want string
	published        time.Time
}

// checkFirstDates extracts each case's text as published on pub and
// compares its first event's date.
func checkFirstDates(t *testing.T, pub time.Time, tests []dateCase) {
	t.Helper()
	dated := make([]datedCase, len(tests))
	for i, tc := range tests {
		dated[i] = datedCase{tc.name, tc.text, tc.want, pub}
	}
	checkDated(t, dated)
}

// checkDated extracts each case's text as published on its own date and
// compares its first event's date.
func checkDated(t *testing.T, tests []datedCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := firstEventDate(x.Extract(tc.text, tc.published, "").Events)
			if !ok {
				t.Fatalf("%q: no dated event", tc.text)
			}
			if got != tc.want {
				t.Errorf("date %s, want %s", got, tc.want)
			}
		})
	}
}

// TestCaseRegisteredIsTheReportsDay checks that a day heading "registered
// a case" or "lodged an FIR" is the report's, and the deed's own day told
// after it wins; that a case registered with no other day keeps its day;
// and that an ACLED note's opening "On <day>" or "Around <day>" stands
// over the range a bracket gives after it, while a wire's dateline before
// a bracket is still no deed's day.
func TestCaseRegisteredIsTheReportsDay(t *testing.T) {
	pub := time.Date(2025, 3, 13, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []datedCase{
		{"a case registered on the report's day, the deed's day after it",
			"Police on Thursday registered a case against two brothers who shot dead a rickshaw driver in the bazaar on Monday.", "2025-03-10", pub},
		{"an FIR lodged on the report's day, the deed's day after it",
			"The family on Thursday lodged an FIR against the gunmen who abducted a schoolteacher near the canal on Tuesday.", "2025-03-11", pub},
		{"a case registered, no other day",
			"Police on Thursday registered a case against two brothers who shot dead a rickshaw driver in the bazaar.", "2025-03-13", pub},
		{"the opening day of a note over a bracketed range",
			"On 9 February 2024 (between 7 and 9 February), BLA militants attacked a Levies post at Mangochar (Kalat, Balochistan).", "2024-02-09", time.Time{}},
		{"a note opening 'Around' a day over a bracketed range",
			"Around 1 September 2024 (between 25 August and 1 September), BLA militants attacked an FC camp in Bela (Las Bela, Balochistan).", "2024-09-01", time.Time{}},
		{"a wire's dateline before a bracket",
			"KALAT, Feb 9 (Reuters) - Militants attacked a Levies post at Mangochar on Wednesday.", "2024-02-07", time.Date(2024, 2, 9, 0, 0, 0, 0, time.UTC)},
	}
	checkDated(t, tests)
}

// TestAnotherIncidentTakesTheLeadsDay checks that an incident told after
// the lead's as another of the same report ("In a separate incident",
// "Meanwhile", "In another operation", a place set before a comma), with
// no date of its own, takes the day the lead gives, or failing that the
// day of the incident told just before it; that one with a day of its own
// keeps it; and that "In a similar incident", which often recalls an
// older one, takes not the lead's day but the report's, as reported.
func TestAnotherIncidentTakesTheLeadsDay(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC) // a Thursday
	lead := "Two policemen were martyred when militants attacked a checkpost in the Domel area of Bannu on Wednesday, officials said.\n\n"
	tests := []datesWant{
		{"in a separate incident", lead + "In a separate incident, a roadside bomb wounded three soldiers in Lakki Marwat.", []string{"2025-06-11", "2025-06-11"}},
		{"meanwhile", lead + "Meanwhile, gunmen shot dead a shopkeeper in the Paharpur area of Dera Ismail Khan.", []string{"2025-06-11", "2025-06-11"}},
		{"a place set before a comma", lead + "In Karak, militants fired on a police station, injuring a constable.", []string{"2025-06-11", "2025-06-11"}},
		{"a day of its own", lead + "In a separate incident on Tuesday, a roadside bomb wounded three soldiers in Lakki Marwat.", []string{"2025-06-11", "2025-06-10"}},
		// Not the lead's day: one recalled as similar may be older. With
		// no day of its own it is dated as reported (see reportedDate).
		{"a similar incident is dated as reported", lead + "In a similar incident, a roadside bomb wounded three soldiers in Lakki Marwat.", []string{"2025-06-11", "2025-06-12"}},
		{"another operation after a dated one, the lead a report's day",
			"Security forces killed seven terrorists in two operations in Khuzdar and Mastung, the ISPR said on Thursday.\n\n" +
				"The first operation was conducted on June 10 in the Zehri area of Khuzdar district, where five terrorists were killed.\n\n" +
				"In another operation in the Dasht area of Mastung district, security forces killed two more terrorists.",
			[]string{"2025-06-10", "2025-06-10"}},
	}
	checkEventDates(t, x, pub, tests)
}

// precisionCase is a text, its publication date (zero for none) and the
// first event's date and time precision ("null" for none).
type precisionCase struct {
	name, text string
	published  time.Time
	date, prec string
}

// checkDatePrecision extracts each case's text and compares its first
// event's date and time precision.
func checkDatePrecision(t *testing.T, tests []precisionCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, tc.published, "").Events
			if len(evs) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			date, prec := "null", "null"
			if evs[0].EventDate != nil {
				date = *evs[0].EventDate
			}
			if evs[0].TimePrecision != nil {
				prec = strconv.Itoa(*evs[0].TimePrecision)
			}
			if date != tc.date || prec != tc.prec {
				t.Errorf("%q: date %s precision %s, want %s precision %s", tc.text, date, prec, tc.date, tc.prec)
			}
		})
	}
}

// TestDaysThatDateNoDeed checks that a day to come (a hearing, a session
// due, "will attend ... on Monday"), the background a pluperfect tells,
// a deed recalled from long before and a bound ("missing since") do not
// date an event whose text gives no day of its own, which is then dated
// as reported, at the publication day to the week; and that the deed's
// own day, told before or after, still dates it.
func TestDaysThatDateNoDeed(t *testing.T) {
	pub := time.Date(2025, 6, 12, 9, 0, 0, 0, time.UTC) // a Thursday
	tests := []precisionCase{
		{"a court date to come", "Gunmen shot dead a shopkeeper in Kalat; his brother will appear before the court on Monday.", pub, "2025-06-12", "2"},
		{"the deed's weekday", "Gunmen shot dead a shopkeeper in Kalat on Monday, police said.", pub, "2025-06-09", "1"},
		{"a session due after publication", "Militants attacked a Levies post in Washuk. The provincial assembly is due to meet on 20 June.", pub, "2025-06-12", "2"},
		{"the deed's day told after it", "Militants attacked a Levies post in Washuk. The attack took place on 10 June.", pub, "2025-06-10", "1"},
		{"the background a pluperfect tells", "Unknown men set fire to a health centre in Awaran. The centre had been renovated on 2 June.", pub, "2025-06-12", "2"},
		{"the deed retold in the pluperfect", "Unknown men set fire to a health centre in Awaran. The attack had taken place on the night of 10 June.", pub, "2025-06-10", "1"},
		{"the deed in reported speech", "Unknown men set fire to a health centre in Awaran. Police said the men had come on motorcycles on 10 June.", pub, "2025-06-10", "1"},
		{"an attack recalled from the year before", "Militants attacked a police station in Tank, injuring two constables. The station was also attacked on 3 February 2024.", pub, "2025-06-12", "2"},
		{"a cause, not a day to come", "A policeman died due to his injuries on Tuesday in Bannu after militants fired on his patrol.", pub, "2025-06-10", "1"},
		{"a kind of train, not a day to come", "Militants fired on a scheduled passenger train near Sibi on Tuesday, injuring two passengers.", pub, "2025-06-10", "1"},
		{"a session scheduled after the deed", "Gunmen shot dead a councillor in Hub; the council's session is scheduled for Monday.", pub, "2025-06-12", "2"},
		{"the bound of a state", "Two men missing since 2 June were found shot dead in Kech.", pub, "2025-06-12", "2"},
		{"no publication date, no day", "Gunmen shot dead a shopkeeper in Kalat.", time.Time{}, "null", "null"},
	}
	checkDatePrecision(t, tests)
}

// TestApproximateDayPrecision checks ACLED's approximate days: "Around"
// and "On or around" a day, and a day "(week of)", are known to the week;
// a day "(month of)" to the month; "On" a day, "(as reported)" or not,
// and "at around" an hour stay days.
func TestApproximateDayPrecision(t *testing.T) {
	tests := []precisionCase{
		{"around, as reported", "Around 12 May 2025 (as reported), BLA militants attacked a Levies post in Kalat district (Balochistan).", time.Time{}, "2025-05-12", "2"},
		{"around, week of", "Around 12 May 2025 (week of), BLA militants attacked a Levies post in Kalat district (Balochistan).", time.Time{}, "2025-05-12", "2"},
		{"around, month of", "Around 12 May 2025 (month of), BLA militants attacked a Levies post in Kalat district (Balochistan).", time.Time{}, "2025-05-12", "3"},
		{"on or around", "On or around 12 May 2025, BLA militants attacked a Levies post in Kalat district (Balochistan).", time.Time{}, "2025-05-12", "2"},
		{"on, as reported", "On 12 May 2025 (as reported), BLA militants attacked a Levies post in Kalat district (Balochistan).", time.Time{}, "2025-05-12", "1"},
		{"at around an hour", "At around 11pm on 12 May 2025, militants attacked a Levies post in Kalat.", time.Time{}, "2025-05-12", "1"},
	}
	checkDatePrecision(t, tests)
}

// TestDeedBeforeItsAftermath checks that a toll revised, a burial or a
// reprisal told with the day it happened gives the event the deed's day
// the same sentence tells after it, and leaves a deed's own day alone.
func TestDeedBeforeItsAftermath(t *testing.T) {
	pub := time.Date(2025, 6, 14, 9, 0, 0, 0, time.UTC) // a Saturday
	tests := []precisionCase{
		{"a toll revised, the deed's day after it", "The death toll rose on Friday to nine in the bombing of a market in Bajaur, which took place on Wednesday.", pub, "2025-06-11", "1"},
		{"a toll revised, no deed's day", "The death toll in the bombing of a market in Bajaur rose to nine on Friday.", pub, "2025-06-13", "2"},
		{"a burial, the deed's day after it", "Villagers on Friday buried the four shepherds killed when a mortar shell struck their camp in Kurram on Wednesday.", pub, "2025-06-11", "1"},
		{"a reprisal for a deed of an earlier day", "In revenge for Tuesday's killing of a tribal elder, gunmen attacked a police post in Kalat on Thursday.", pub, "2025-06-12", "1"},
		{"a deed a day after another", "Militants fired rockets at an army camp in Miranshah on Friday, a day after a drone strike in Datta Khel.", pub, "2025-06-13", "1"},
	}
	checkDatePrecision(t, tests)
}

// TestReleaseDatelineAndFirstPart checks that a release's dateline
// ("RAWALPINDI, 10 June 2025:") gives way to the deed's day its first
// sentence tells after it, when the deed is told in a later paragraph,
// while a dateline alone still dates it; and that the first of the
// operations a lead counts ("In the first engagement, ...") takes the
// lead's day, not the day of the release told with "said on".
func TestReleaseDatelineAndFirstPart(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC) // a Tuesday
	deed := "\n\nDuring the operation, troops engaged the militants and three militants were killed."
	tests := []datesWant{
		{"the deed's day after the dateline",
			"RAWALPINDI, 10 June 2025: On 8 June 2025, security forces conducted an operation in Mir Ali, North Waziristan." + deed,
			[]string{"2025-06-08"}},
		{"a dateline alone",
			"RAWALPINDI, 9 June 2025: Security forces conducted an operation in Mir Ali, North Waziristan." + deed,
			[]string{"2025-06-09"}},
		{"the first of the lead's operations",
			"RAWALPINDI: Security forces conducted two separate engagements in Khyber Pakhtunkhwa on 8 June 2025, sending five khwarij to hell, the military said in a press release on Tuesday.\n\n" +
				"In the first engagement, an operation was conducted in the general area of Kulachi, Dera Ismail Khan District, on reported presence of khwarij. Own troops engaged the location and, as a result, three khwarij were neutralised.\n\n" +
				"In another engagement in the general area of Jani Khel, Bannu District, the troops engaged a group of khwarij and two khwarij were sent to hell after an exchange of fire.",
			[]string{"2025-06-08", "2025-06-08"}},
	}
	checkEventDates(t, x, pub, tests)
}
