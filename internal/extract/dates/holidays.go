package dates

import (
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Holidays are a day the news names instead of writing it: "on Eid day",
// "on the first day of Eid ul Adha", "on Ashura", "on Christmas Day", "in
// the early hours of New Year's Day". Each resolves to its most recent
// occurrence on or before publication; with no publication date the year
// is unknown and nothing is read. Independence Day is left alone: it is
// another day in each country vigil reads about.

// holidayKind names a holiday of the lunar calendar, whose day moves each
// year.
type holidayKind int

const (
	eidAny holidayKind = iota // "Eid" alone: whichever came last
	eidFitr
	eidAdha
	ashura
)

// lunarDays are the days Pakistan kept the lunar holidays (the moon is
// sighted there a day after the Gulf in some years; vigil reads mostly
// Pakistani and Afghan news). A holiday these years do not hold falls back
// to the tabular Islamic calendar, which gave each listed day or the day
// before it, and is then dated to the week, not the day: add each year's
// days when they are announced.
var lunarDays = map[holidayKind][]time.Time{
	eidFitr: days("2017-06-26", "2018-06-16", "2019-06-05", "2020-05-25", "2021-05-13", "2022-05-03", "2023-04-22", "2024-04-10", "2025-03-31"),
	eidAdha: days("2017-09-02", "2018-08-22", "2019-08-12", "2020-08-01", "2021-07-21", "2022-07-10", "2023-06-29", "2024-06-17", "2025-06-07"),
	ashura:  days("2017-10-01", "2018-09-21", "2019-09-10", "2020-08-30", "2021-08-19", "2022-08-09", "2023-07-29", "2024-07-17", "2025-07-06"),
}

func days(ss ...string) []time.Time {
	out := make([]time.Time, len(ss))
	for k, s := range ss {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		out[k] = t
	}
	return out
}

// lunarReach is how long after a lunar holiday a report may name it by
// name alone: past it, the name more likely recalls an older year's
// holiday than tells of the last one, and the text gives nothing to tell.
const lunarReach = 60 * 24 * time.Hour

// holidayWords start a holiday's name.
var holidayWords = map[string]bool{"chand": true, "eid": true, "eidul": true, "eidal": true, "bakrid": true, "ashura": true, "ashoora": true, "ashur": true, "christmas": true, "new": true}

// holiday reads a holiday named at toks[i]. found reports a holiday's
// name whether or not it resolves; ok that it resolved.
func holiday(toks []token, i int, pub time.Time) (m Mention, next int, ok, found bool) {
	m = Mention{Start: toks[i].start, Precision: vigil.TimePrecisionDay, Relative: true}
	k := i + 1
	var month, dayOf int // a holiday of the solar calendar
	kind := holidayKind(-1)
	switch w := toks[i].low; {
	case w == "christmas" && k < len(toks) && toks[k].low == "day":
		month, dayOf, k = 12, 25, k+1
	case w == "christmas" && k < len(toks) && toks[k].low == "eve":
		month, dayOf, k = 12, 24, k+1
	case w == "new":
		// "New Year's Day", "New Year's Eve", "New Year Eve".
		if k >= len(toks) || toks[k].low != "year" {
			return m, i + 1, false, false
		}
		k++
		if k+1 < len(toks) && (toks[k].low == "'" || toks[k].low == "’") && toks[k+1].low == "s" {
			k += 2
		} else if k < len(toks) && toks[k].low == "s" { // apostrophe lost
			k++
		}
		switch {
		case k < len(toks) && toks[k].low == "day":
			month, dayOf = 1, 1
		case k < len(toks) && toks[k].low == "eve":
			month, dayOf = 12, 31
		default:
			return m, i + 1, false, false
		}
		k++
	case w == "chand":
		// "Chand Raat", the night the moon is sighted: the eve of Eid ul
		// Fitr.
		if k >= len(toks) || toks[k].low != "raat" && toks[k].low != "rat" {
			return m, i + 1, false, false
		}
		kind, k = eidFitr, k+1
	case w == "ashura" || w == "ashoora" || w == "ashur":
		kind = ashura
	case w == "bakrid":
		kind = eidAdha
	case w == "eid" || w == "eidul" || w == "eidal":
		kind, k = eidName(toks, i)
		if kind < 0 {
			return m, k, false, false
		}
	default:
		return m, i + 1, false, false
	}
	m.End = toks[k-1].end
	if k < len(toks) && toks[k].low == "day" && month == 0 {
		m.End, k = toks[k].end, k+1 // "Eid day", "Ashura day"
	}
	// A lunar holiday counts only as the day of something: "on Eid", "the
	// first day of Eid", "Eid day"; "ahead of Eid" or "after Eid" is not
	// its day.
	shift, dated := holidayContext(toks, i)
	if toks[i].low == "chand" {
		shift--
	}
	if month == 0 && !dated && toks[k-1].low != "day" {
		return m, k, false, false
	}
	if pub.IsZero() {
		return m, k, false, true
	}
	var t time.Time
	if month > 0 {
		t = time.Date(pub.Year(), time.Month(month), dayOf, 0, 0, 0, 0, time.UTC)
		if t.After(pub) {
			t = t.AddDate(-1, 0, 0)
		}
	} else {
		var exact bool
		t, exact = lastLunar(kind, pub)
		if t.IsZero() {
			return m, k, false, true
		}
		if !exact {
			m.Precision = vigil.TimePrecisionWk
		}
	}
	m.Date = t.AddDate(0, 0, shift)
	return m, k, !m.Date.After(pub), true
}

// eidName reads the name of an Eid at toks[i] ("Eid", "Eid ul Fitr",
// "Eid-al-Adha", "Eidul Azha") and returns which, and the index after it;
// kind is negative for another feast named Eid ("Eid Milad-un-Nabi",
// "Eid-e-Ghadir").
func eidName(toks []token, i int) (holidayKind, int) {
	k := i + 1
	if k < len(toks) && toks[k].low == "-" && toks[k].start == toks[k-1].end {
		k++
	}
	joined := toks[i].low != "eid" // "Eidul", "Eidal"
	if !joined && k < len(toks) && (toks[k].low == "ul" || toks[k].low == "al" || toks[k].low == "el" || toks[k].low == "uz" || toks[k].low == "ud") {
		k++
		joined = true
		if k < len(toks) && toks[k].low == "-" {
			k++
		}
	}
	if k < len(toks) {
		switch toks[k].low {
		case "fitr", "fitar", "fiter":
			return eidFitr, k + 1
		case "adha", "azha", "zuha", "adzha":
			return eidAdha, k + 1
		case "milad", "e", "ghadir", "mubahila", "un":
			return -1, k
		}
	}
	if joined {
		return -1, k
	}
	return eidAny, i + 1
}

// holidayContext reads what stands before a holiday's name at toks[i]:
// whether it is the day of something ("on Eid", "of Eid") and how many
// days from the holiday it names ("the eve of" -1, "the second day of"
// +1).
func holidayContext(toks []token, i int) (shift int, dated bool) {
	if i == 0 {
		return 0, false
	}
	if toks[i-1].low == "on" {
		return 0, true
	}
	// "of" counts after a part of the day ("the morning of Eid"), not
	// after anything ("the spirit of Eid").
	if toks[i-1].low != "of" || i < 2 {
		return 0, false
	}
	switch toks[i-2].low {
	case "eve":
		return -1, true
	case "day":
		if i >= 3 {
			switch toks[i-3].low {
			case "second":
				return 1, true
			case "third":
				return 2, true
			}
		}
		return 0, true
	case "occasion", "morning", "afternoon", "evening", "night", "hours":
		return 0, true
	}
	return 0, false
}

// lastLunar returns the most recent day of a lunar holiday on or before
// pub, within lunarReach, or the zero time; exact is false for a day the
// tabular calendar gave because lunarDays holds none near it.
func lastLunar(kind holidayKind, pub time.Time) (t time.Time, exact bool) {
	kinds := []holidayKind{kind}
	if kind == eidAny {
		kinds = []holidayKind{eidFitr, eidAdha}
	}
	for _, k := range kinds {
		for _, d := range lunarDays[k] {
			if !d.After(pub) && d.After(t) {
				t, exact = d, true
			}
		}
		for _, d := range tabularDays(k, pub) {
			if !d.After(pub) && d.After(t) && !listedNear(k, d) {
				t, exact = d, false
			}
		}
	}
	if t.IsZero() || pub.Sub(t) > lunarReach {
		return time.Time{}, false
	}
	return t, exact
}

// lunarDates are each lunar holiday's month and day in the Islamic
// calendar.
var lunarDates = map[holidayKind][2]int{eidFitr: {10, 1}, eidAdha: {12, 10}, ashura: {1, 10}}

// tabularDays returns the days the tabular Islamic calendar gives a lunar
// holiday in the Islamic years around pub.
func tabularDays(kind holidayKind, pub time.Time) []time.Time {
	md := lunarDates[kind]
	// An Islamic year is about 354 days: 1.0307 of them to a solar year
	// since 622.
	ah := int(float64(pub.Year()-622) * 1.0307)
	var out []time.Time
	for y := ah - 1; y <= ah+2; y++ {
		out = append(out, tabularIslamic(y, md[0], md[1]))
	}
	return out
}

// tabularIslamic returns the Gregorian day of an Islamic calendar date by
// the tabular (arithmetic) calendar: months of 30 and 29 days in turn, 11
// leap years in 30, counted from 16 July 622. It follows the sighted
// calendar to within a day or two.
func tabularIslamic(year, month, day int) time.Time {
	days := day + (59*(month-1)+1)/2 + (year-1)*354 + (3+11*year)/30
	// Day 1 of the count is 1 Muharram 1 AH, 16 July 622 (Julian), which is
	// 19 July 622 in the proleptic Gregorian calendar time.Date uses.
	return time.Date(622, time.July, 19, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days-1)
}

// listedNear reports whether lunarDays holds a day of the holiday within a
// month of d: the tabular day is then that year's, already listed.
func listedNear(kind holidayKind, d time.Time) bool {
	for _, l := range lunarDays[kind] {
		if diff := l.Sub(d); diff < 30*24*time.Hour && diff > -30*24*time.Hour {
			return true
		}
	}
	return false
}
