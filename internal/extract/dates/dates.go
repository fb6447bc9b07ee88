// Package dates finds the dates a text gives and resolves them to calendar
// days, and the periods that aggregate claims cover.
//
// It never invents a date: with no publication date, only dates that carry
// their own year resolve, and relative words ("yesterday", "on Monday",
// "last week", "on December 9") are dropped.
//
// Conventions, chosen to match ACLED's coding and news style:
//   - "on Monday" is the most recent Monday on or before publication: wire
//     and Pakistani outlets name the weekday even for the day they publish.
//     "last Monday" is strictly before it.
//   - "last night" is the day before publication (the report is written the
//     morning after); "tonight", "this morning" and "today" are the day of
//     publication.
//   - "this week", "earlier this week" and "last week" resolve to the Monday
//     of that week with precision 2 (week); "last month" and a month without
//     a day ("in March 2022") resolve to the first of the month with
//     precision 3 (month).
//   - "overnight" is "last night"; "tonight" and "this evening" in a
//     report filed in the small hours are the day before.
//   - A range of days ("December 25-26", "the night of 25/26 December")
//     resolves to its first day: the night began then. A night is a day
//     (precision 1); a span of a few days ("between 3 and 5 March") a
//     week (2), a longer one a month (3). "mid-March" is the 15th at
//     precision 2.
//   - A day alone ("on the 18th", "on 20th instant", "28th ultimo") is
//     the most recent such day (this month's, last month's).
//   - Holidays resolve to their most recent day: Christmas and New
//     Year's, and Eid and Ashura from the days Pakistan kept them, or in
//     a year not yet listed from the tabular Islamic calendar, to the
//     week (precision 2).
//   - "two days back" is "two days ago"; "two weeks ago" is a week
//     (precision 2) and "three months ago" the first of that month (3);
//     "the last week of April" starts seven days before April ends.
//   - Publication is read on the writer's own day (the time's offset),
//     not UTC's.
//   - A dateline's date ("QUETTA, Dec 31:") is marked: it is the day of
//     writing, which a weekday in the report may come before. When it is
//     a day or three before publication, the report's relative words
//     ("yesterday", "on Monday") count from it.
//   - Numeric dates are read day first ("26-12-2022", as in Pakistani,
//     Afghan and British usage) unless the first field is a year or the
//     second cannot be a month.
//   - A day and month without a year ("on December 9") take the
//     publication year, rolled back a year if that would be after
//     publication.
package dates

import (
	"strings"
	"time"
	"unicode"

	lexpkg "github.com/vigil-osint/vigil/internal/extract/lex"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Mention is one date a text gives.
type Mention struct {
	Start, End int       // byte offsets of the expression
	Date       time.Time // UTC midnight of the (first) day
	Precision  int       // ACLED time precision: 1 day, 2 week or a few days, 3 month
	Relative   bool      // resolved against the publication date
	// Dateline marks the date of a dateline opening the text ("QUETTA,
	// Dec 31:", "LAHORE, May 8 (Reuters) -"): the day the report was
	// written, which its events may precede ("... on Monday").
	Dateline bool
	// Lead is the word right before the expression, lower-cased ("on",
	// "since", "until", "by"), or "": "missing since 2 February" and
	// "leave by 15 May" date no deed.
	Lead string
	// Future marks a day and month given without a year whose next
	// coming falls in the months just after publication ("the hearing on
	// 20 March" in a report of 14 March, "a deadline of 30 January" in
	// one of October): it resolves, as every such day does, to the most
	// recent one, but is more likely a day to come (a hearing, a
	// deadline, a budget) than one most of a year gone, and dates no
	// deed.
	Future bool
	Text   string
}

// Find returns the dates the text gives, in order, resolved against
// published (zero = unknown).
//
// With no publication date, a day and month without a year ("on 12
// March") take the year of the date the text opens with, when it opens
// with a full one ("On 14 March 2024, ISPR stated that ... on 12 March"):
// the text itself says which year it speaks of. Weekdays and words like
// "yesterday" still need the publication date.
func Find(text string, published time.Time) []Mention {
	toks, release := lex(text)
	defer release()
	pub := day(published)
	out := find(text, toks, pub, pub)
	written := pub
	if len(out) > 0 && isDateline(text, out[0]) {
		out[0].Dateline = true
		// "GWADAR, March 5: ... yesterday" published on the 6th: the
		// dateline is the day the report was written, which its
		// "yesterday" and "on Monday" count from.
		if dl := out[0]; dl.Precision == vigil.TimePrecisionDay && dl.Date.Before(pub) && !dl.Date.Before(pub.AddDate(0, 0, -3)) {
			written = dl.Date
			out = find(text, toks, written, written)
			out[0].Dateline = true
		}
	}
	if written.Equal(pub) && afterMidnight(published) {
		// "tonight" in a report filed in the small hours is the night
		// that began the day before.
		for k := range out {
			if w := lowerASCII(out[k].Text); out[k].Relative && (w == "tonight" || w == "this evening" || w == "late tonight") {
				out[k].Date = out[k].Date.AddDate(0, 0, -1)
			}
		}
	}
	if pub.IsZero() && len(out) > 0 && out[0].Start < openingBytes && !out[0].Relative && out[0].Precision == vigil.TimePrecisionDay {
		// A date before it that now resolves ("on 26 Dec. and on 27 Dec.
		// 2023") shows the text does not open with it.
		if again := find(text, toks, pub, out[0].Date); len(again) > 0 && again[0].Start == out[0].Start {
			out = again
		}
	}
	return out
}

// isDateline reports a date that follows a place name and a comma at the
// start of the text and is followed by a colon, an agency in brackets or
// a dash: "QUETTA, Dec 31:", "Turbat, 8 May 2024 (PPI):". A date opening
// the text with no place before it ("Dec 30, 2024: Security forces
// killed...", as SATP's timelines write) is the event's own.
func isDateline(text string, m Mention) bool {
	if m.Start >= openingBytes {
		return false
	}
	head := strings.TrimRight(text[:m.Start], " ")
	place, ok := strings.CutSuffix(head, ",")
	if !ok || strings.TrimSpace(place) == "" {
		return false
	}
	for _, r := range place {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '.' && r != '\'' {
			return false
		}
	}
	if c := place[0]; c < 'A' || c > 'Z' {
		return false
	}
	tail := strings.TrimLeft(text[m.End:], " ")
	return strings.HasPrefix(tail, ":") || strings.HasPrefix(tail, "(") || strings.HasPrefix(tail, "-") ||
		strings.HasPrefix(tail, "–") || strings.HasPrefix(tail, "—")
}

// openingBytes is how far into a text its opening date may stand: an
// ACLED note's "On 14 March 2024," or a dateline's "QUETTA, March 14,
// 2024:".
const openingBytes = 80

// find reads the dates of the tokens, resolving relative words against
// pub and the year of a day and month given without one against year.
func find(text string, toks []token, pub, year time.Time) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if t := toks[i]; t.kind == tSym || t.kind == tWord && !isDateStarter(t.low) {
			i++
			continue
		}
		m, next, ok := matchDate(text, toks, i, pub, year)
		if next <= i {
			next = i + 1
		}
		if ok && m.Precision == vigil.TimePrecisionDay && i > 0 && (toks[i-1].low == "from" || toks[i-1].low == "between") && next+1 < len(toks) && rangeWords[toks[next].low] {
			// "from May 3 to May 5": one span, told from its first day.
			if m2, n2, ok2 := matchDate(text, toks, next+1, pub, year); ok2 && m2.Precision == vigil.TimePrecisionDay && !m2.Date.Before(m.Date) {
				m.Precision = spanPrecision(int(m2.Date.Sub(m.Date).Hours() / 24))
				m.End, next = m2.End, n2
			}
		}
		if ok && m.Date.Year() >= 1900 && m.Date.Year() <= 2100 {
			m.Text = text[m.Start:m.End]
			j := i // the expression's first token ("the first week of April" starts before its month)
			for j > 0 && toks[j].start > m.Start {
				j--
			}
			if j > 0 && toks[j-1].kind == tWord {
				m.Lead = toks[j-1].low
			}
			// "during the week of 10 March 2025", ACLED's "(week of)":
			// the day stands for its week.
			if j > 1 && m.Lead == "of" && toks[j-2].low == "week" && m.Precision == vigil.TimePrecisionDay {
				m.Precision = vigil.TimePrecisionWk
			}
			out = append(out, m)
		}
		i = next
	}
	return out
}

// day returns UTC midnight of the day t falls on where it was written
// (its own offset: "yesterday" in a Pakistani paper filed at 03:00 PKT
// is the Pakistani yesterday), keeping the zero time zero.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// afterMidnight reports a publication time in the first hours of its
// day. A time of exactly midnight is taken for a date given without one.
func afterMidnight(t time.Time) bool {
	h, mi, s := t.Clock()
	return !t.IsZero() && h < 4 && (h != 0 || mi != 0 || s != 0 || t.Nanosecond() != 0)
}

// ymd builds a date and reports whether the day exists ("31 February"
// does not).
func ymd(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, m >= 1 && m <= 12 && d >= 1 && t.Day() == d && t.Year() == y
}

// matchDate tries to read a date at toks[i]. next is the index after what
// it consumed; ok is false for a date it cannot resolve.
func matchDate(text string, toks []token, i int, pub, year time.Time) (m Mention, next int, ok bool) {
	m.Start, m.Precision = toks[i].start, vigil.TimePrecisionDay
	t := toks[i]
	end := func(k int) int { return toks[k-1].end }

	if t.kind == tNum {
		if d, k, found := numericDate(toks, i); found {
			m.Date, m.End = d, end(k)
			return m, k, true
		}
		if d, mo, y, span, k, found := dayMonthYear(text, toks, i); found {
			m.Precision = spanPrecision(span)
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
		if d, k, found := dayOfMonth(toks, i, pub); found {
			m.Date, m.End, m.Relative = d, end(k), true
			return m, k, !pub.IsZero()
		}
		return relative(toks, i, pub) // "3 days ago"
	}
	if t.kind != tWord {
		return m, i + 1, false
	}
	if holidayWords[t.low] {
		if h, k, ok, found := holiday(toks, i, pub); found || k > i+1 {
			return h, k, ok
		}
	}
	if t.low == "mid" {
		return midMonth(text, toks, i, pub)
	}
	// "on december 1": a month written in lower case is read only
	// beside its day.
	if mo, ok := lowerMonth(toks[i]); ok {
		if d, y, span, k, found := monthDayYear(toks, i); found {
			m.Precision = spanPrecision(span)
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
	}
	if mo, isMonth := monthAt(text, toks, i); isMonth {
		if i >= 3 && toks[i-1].low == "of" && toks[i-2].low == "week" && weekOrdinals[toks[i-3].low] != 0 {
			return weekOfMonth(toks, i, mo, pub)
		}
		if d, y, span, k, found := monthDayYear(toks, i); found {
			m.Precision = spanPrecision(span)
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
		k := skipDot(toks, i+1)
		// "March 2022": the month, precision 3.
		if k < len(toks) && isYear(toks[k]) {
			m.Date, _ = ymd(atoi(toks[k].low), mo, 1)
			m.Precision, m.End = vigil.TimePrecisionMo, toks[k].end
			return m, k + 1, true
		}
		// "in March", "in early March" with no year: the most recent March.
		j := i - 1
		if j > 0 && (toks[j].low == "early" || toks[j].low == "late") {
			j--
		}
		if j >= 0 && (toks[j].low == "in" || toks[j].low == "since" || toks[j].low == "during") && !pub.IsZero() {
			y := pub.Year()
			if mo > int(pub.Month()) {
				y--
			}
			m.Date, _ = ymd(y, mo, 1)
			m.Precision, m.End, m.Relative = vigil.TimePrecisionMo, t.end, true
			return m, i + 1, true
		}
		return m, i + 1, false
	}
	return relative(toks, i, pub)
}

// weekOrdinals number the weeks of a month; the last is -1.
var weekOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

// weekOfMonth reads "the first week of April", "the last week of March
// 2024" (the month at toks[i]): the week's first day, at week precision,
// of the given year or else of the most recent such month.
func weekOfMonth(toks []token, i, mo int, pub time.Time) (Mention, int, bool) {
	m := Mention{Start: toks[i-3].start, End: toks[i].end, Precision: vigil.TimePrecisionWk}
	y, k, ok := yearOfMonth(toks, i+1, mo, pub, &m)
	if !ok {
		return m, k, false
	}
	first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	if n := weekOrdinals[toks[i-3].low]; n > 0 {
		m.Date = first.AddDate(0, 0, 7*(n-1))
	} else {
		m.Date = first.AddDate(0, 1, -7)
	}
	return m, k, pub.IsZero() || !m.Date.After(pub)
}

// yearOfMonth returns the year of month mo: the one written at toks[k]
// (m then ends with it), or else that of the most recent such month by
// publication (m is then relative); ok is false with neither. next is the
// token after what it read.
func yearOfMonth(toks []token, k, mo int, pub time.Time, m *Mention) (y, next int, ok bool) {
	if k < len(toks) && isYear(toks[k]) {
		m.End = toks[k].end
		return atoi(toks[k].low), k + 1, true
	}
	if pub.IsZero() {
		return 0, k, false
	}
	m.Relative = true
	y = pub.Year()
	if mo > int(pub.Month()) {
		y--
	}
	return y, k, true
}

// midMonth reads "mid-October", "mid October 2024": the 15th, at week
// precision, of the given year or else of the most recent such month.
func midMonth(text string, toks []token, i int, pub time.Time) (Mention, int, bool) {
	m := Mention{Start: toks[i].start, Precision: vigil.TimePrecisionWk}
	k := i + 1
	if k < len(toks) && toks[k].low == "-" {
		k++
	}
	mo, isMonth := monthAt(text, toks, k)
	if !isMonth {
		return m, i + 1, false
	}
	m.End = toks[k].end
	y, k, ok := yearOfMonth(toks, k+1, mo, pub, &m)
	if !ok {
		return m, k, false
	}
	m.Date, _ = ymd(y, mo, 15)
	return m, k, !m.Date.After(pub) || pub.IsZero()
}

// resolveDM completes a day and month with its year, or when the text
// gave none with the year of ref: the publication date, or, when nearest
// is set, the date the text opens with.
func resolveDM(m Mention, d, mo, y, endOff, next int, ref time.Time, nearest bool) (Mention, int, bool) {
	m.End = endOff
	if y == 0 {
		if ref.IsZero() {
			return m, next, false
		}
		y, m.Relative = ref.Year(), true
		t, ok := ymd(y, mo, d)
		switch {
		case !ok:
		case !nearest && t.After(ref):
			// A date after publication is last year's.
			y--
		case nearest:
			// Beside the text's opening date, the nearest: "On 2
			// January 2024 ... on 30 December" is 2023's.
			if t.Sub(ref) > 183*24*time.Hour {
				y--
			} else if ref.Sub(t) > 183*24*time.Hour {
				y++
			}
		}
	}
	t, ok := ymd(y, mo, d)
	m.Date = t
	if m.Relative && !nearest && ok {
		// The same day a year on, when it comes within the months after
		// publication, is the likelier reading: see Mention.Future.
		if n, okNext := ymd(y+1, mo, d); okNext && n.After(ref) && n.Sub(ref) <= futureDays*24*time.Hour {
			m.Future = true
		}
	}
	return m, next, ok
}

// futureDays is how far after publication a day given without its year
// is more likely one to come than last year's: a hearing, a deadline or
// a budget is announced weeks or a few months ahead, while a deed of last
// year told without its year is most often one from its last months.
const futureDays = 120

// numericDate reads "26-12-2022", "26/12/2022", "26.12.2022" and
// "2022-12-26".
func numericDate(toks []token, i int) (time.Time, int, bool) {
	if i+4 >= len(toks) {
		return time.Time{}, i, false
	}
	sep := toks[i+1].low
	if sep != "-" && sep != "/" && sep != "." || toks[i+3].low != sep {
		return time.Time{}, i, false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].start != toks[k-1].end {
			return time.Time{}, i, false
		}
	}
	a, b, c := toks[i], toks[i+2], toks[i+4]
	if a.kind != tNum || b.kind != tNum || c.kind != tNum {
		return time.Time{}, i, false
	}
	var y, mo, d int
	switch {
	case len(a.low) == 4 && len(b.low) <= 2 && len(c.low) <= 2:
		y, mo, d = atoi(a.low), atoi(b.low), atoi(c.low)
	case len(a.low) <= 2 && len(b.low) <= 2 && len(c.low) == 4:
		y, d, mo = atoi(c.low), atoi(a.low), atoi(b.low)
		if mo > 12 && d <= 12 {
			d, mo = mo, d // 12/26/2022, written month first
		}
	default:
		return time.Time{}, i, false
	}
	t, ok := ymd(y, mo, d)
	return t, i + 5, ok
}

// dayMonthYear reads "26 December 2022", "26th of December, 2022",
// "25-26 December", "25/26 December". span is how many days a range
// ("between 3 and 5 March", "3-5 March") runs past its first day.
func dayMonthYear(text string, toks []token, i int) (d, mo, y, span, next int, ok bool) {
	d = dayAt(toks[i])
	if d == 0 {
		return
	}
	k := i + 1
	if k < len(toks) && toks[k].kind == tWord && toks[k].start == toks[i].end && ordinalSuffix[toks[k].low] {
		k++
	}
	// A range of days: keep the first. "3 and 5 March" names two days
	// unless "between" makes them the ends of one span.
	if k+1 < len(toks) && (toks[k].low == "-" || toks[k].low == "/" || toks[k].low == "and" || toks[k].low == "to" || toks[k].low == "or") && dayAt(toks[k+1]) > 0 {
		switch {
		case toks[k].low == "or":
			// "12 or 13 March": the sources disagree, and the day
			// is known only to the week.
			span = max(dayAt(toks[k+1])-d, 2)
		case toks[k].low != "and" || i > 0 && toks[i-1].low == "between":
			span = dayAt(toks[k+1]) - d
		}
		k += 2
		if k < len(toks) && toks[k].kind == tWord && ordinalSuffix[toks[k].low] && toks[k].start == toks[k-1].end {
			k++
		}
	}
	if k < len(toks) && toks[k].low == "of" {
		k++
	}
	mo, isMonth := monthAt(text, toks, k)
	if !isMonth && k < len(toks) {
		mo, isMonth = lowerMonth(toks[k])
	}
	if !isMonth {
		mo, isMonth = slipMonth(toks, k)
	}
	if !isMonth {
		return 0, 0, 0, 0, i, false
	}
	monthEnd := k + 1
	k = skipDot(toks, k+1)
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k < len(toks) && isYear(toks[k]) {
		return d, mo, atoi(toks[k].low), span, k + 1, true
	}
	// "30 April - 1 May 2024", "the night of 31 December-1 January
	// 2025", "between 30 April and 2 May 2024", "from 10 March to 12 March
	// 2025": a range written whole on each side takes its year from its second end
	// (the year before when it crosses a new year) and keeps its first
	// day.
	if span == 0 && monthEnd+1 < len(toks) && (crossWords[toks[monthEnd].low] || toks[monthEnd].low == "and" && i > 0 && toks[i-1].low == "between") {
		if d2, mo2, y2, _, n2, ok2 := dayMonthYear(text, toks, monthEnd+1); ok2 && y2 != 0 && (mo2 != mo || d2 > d) {
			y := y2
			if mo2 < mo {
				y--
			}
			t1, ok1 := ymd(y, mo, d)
			t2, ok2 := ymd(y2, mo2, d2)
			if days := int(t2.Sub(t1).Hours() / 24); ok1 && ok2 && days > 0 && days <= 31 {
				return d, mo, y, days, n2, true
			}
		}
	}
	if toks[k-1].low == "," {
		k--
	}
	// "on 12 March." ends the sentence: the dot is an abbreviation's
	// ("26 Dec.") only after one.
	if k > monthEnd && len(toks[monthEnd-1].low) > 4 {
		k = monthEnd
	}
	return d, mo, 0, span, k, true
}

// monthDayYear reads the day and year after a month: "December 26, 2022",
// "Dec. 26", "December 25-26", "December 26th 2022". span is how many
// days a range ("March 3-5") runs past its first day.
func monthDayYear(toks []token, i int) (d, y, span, next int, ok bool) {
	k := skipDot(toks, i+1)
	if k >= len(toks) {
		return
	}
	d = dayAt(toks[k])
	if d == 0 {
		return 0, 0, 0, i, false
	}
	k++
	if k < len(toks) && toks[k].kind == tWord && ordinalSuffix[toks[k].low] && toks[k].start == toks[k-1].end {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "-" || toks[k].low == "/") && dayAt(toks[k+1]) > 0 && toks[k].start == toks[k-1].end {
		span = dayAt(toks[k+1]) - d
		k += 2
	}
	after := k
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k < len(toks) && isYear(toks[k]) {
		return d, atoi(toks[k].low), span, k + 1, true
	}
	return d, 0, span, after, true
}

// spanPrecision is the time precision of a date that opens a range of
// days running span days past it: a night across two days is still a
// day ("the night of 25/26 December"), a few days are a week, more a
// month.
func spanPrecision(span int) int {
	switch {
	case span <= 1:
		return vigil.TimePrecisionDay
	case span <= 7:
		return vigil.TimePrecisionWk
	}
	return vigil.TimePrecisionMo
}

// dayOfMonth reads a day given without its month: "on the 18th" (the
// most recent 18th on or before publication), "on 20th instant" (of the
// month of publication, official usage) and "on 28th ultimo" (of the
// month before). A bare ordinal counts only after "on the" and before
// the clause ends or goes on ("on the 18th when..."): "on the 5th floor"
// and "the 2nd Battalion" are no dates.
func dayOfMonth(toks []token, i int, pub time.Time) (time.Time, int, bool) {
	d := dayAt(toks[i])
	k := i + 1
	if d == 0 || k >= len(toks) || !ordinalSuffix[toks[k].low] || toks[k].start != toks[i].end {
		return time.Time{}, i, false
	}
	k++
	back := -1 // months before publication's
	switch {
	case k < len(toks) && (toks[k].low == "instant" || toks[k].low == "inst"):
		back, k = 0, skipDot(toks, k+1)
	case k < len(toks) && (toks[k].low == "ultimo" || toks[k].low == "ult"):
		back, k = 1, skipDot(toks, k+1)
	case k+2 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "this" || toks[k+1].low == "current") && toks[k+2].low == "month":
		back, k = 0, k+3
	case k+3 < len(toks) && toks[k].low == "of" && toks[k+1].low == "the" && (toks[k+2].low == "current" || toks[k+2].low == "present") && toks[k+3].low == "month":
		back, k = 0, k+4
	case k+2 < len(toks) && toks[k].low == "of" && toks[k+1].low == "last" && toks[k+2].low == "month":
		back, k = 1, k+3
	case k+3 < len(toks) && toks[k].low == "of" && toks[k+1].low == "the" && (toks[k+2].low == "last" || toks[k+2].low == "previous") && toks[k+3].low == "month":
		back, k = 1, k+4
	case i >= 2 && toks[i-1].low == "the" && (toks[i-2].low == "on" || i >= 3 && toks[i-2].low == "of" && partOfDay[toks[i-3].low]) &&
		(k == len(toks) || toks[k].kind == tSym || clauseGoesOn[toks[k].low]):
	default:
		return time.Time{}, i, false
	}
	if pub.IsZero() {
		return time.Time{}, k, true
	}
	if back < 0 {
		// The most recent such day: this month's, or last month's when
		// it is still to come.
		back = 0
		if d > pub.Day() {
			back = 1
		}
	}
	first := time.Date(pub.Year(), pub.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
	t, ok := ymd(first.Year(), int(first.Month()), d)
	if !ok || t.After(pub) {
		return time.Time{}, k, false
	}
	return t, k, true
}

// partOfDay are the words that date a time of day by "of": "the morning
// of the 7th", "the intervening night of the 6th".
var partOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "hours": true, "day": true}

// clauseGoesOn are the words that may follow a day given alone ("on the
// 18th when...", "on the 3rd in Kech"), where a noun would make the
// ordinal something else's ("the 5th floor").
var clauseGoesOn = map[string]bool{
	"when": true, "as": true, "while": true, "after": true, "before": true, "in": true, "at": true,
	"near": true, "and": true, "but": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "around": true, "during": true, "outside": true, "along": true, "on": true,
}

// skipDot steps over the dot of an abbreviation before k ("Dec.", "ult.");
// a dot after a word written out ("in March.") ends the sentence and stays
// out of the expression.
func skipDot(toks []token, k int) int {
	if k < len(toks) && toks[k].low == "." && k > 0 && isAbbreviation(toks[k-1].low) {
		return k + 1
	}
	return k
}

// isAbbreviation reports a month or date word short enough to be cut:
// "Dec", "Sept", "inst", "ult", but not "May", "June" or "July".
func isAbbreviation(w string) bool {
	return len(w) <= 4 && w != "may" && w != "june" && w != "july"
}

// dayAt returns the day of month a number token gives, or 0.
func dayAt(t token) int {
	if t.kind != tNum || len(t.low) > 2 {
		return 0
	}
	if d := atoi(t.low); d >= 1 && d <= 31 {
		return d
	}
	return 0
}

func isYear(t token) bool {
	if t.kind != tNum || len(t.low) != 4 {
		return false
	}
	y := atoi(t.low)
	return y >= 1900 && y <= 2100
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// monthAt reports the month a word token names. "May" and "March" are
// also a verb: only capitalised month names count.
func monthAt(text string, toks []token, k int) (int, bool) {
	if k >= len(toks) || toks[k].kind != tWord {
		return 0, false
	}
	mo, ok := months[toks[k].low]
	if !ok {
		return 0, false
	}
	c := text[toks[k].start]
	return mo, c >= 'A' && c <= 'Z'
}

// lowerMonth returns the month a word written in lower case names, if it
// names one that is no other English word: "december 1" is a date, "may
// 5" and "march 20" are as often a verb and a count.
func lowerMonth(t token) (int, bool) {
	if k := t.kind; k != tWord || t.low == "may" || t.low == "march" || t.low == "mar" {
		return 0, false
	}
	mo, ok := months[t.low]
	return mo, ok
}

// slipMonth reads a month's name misspelt by one slip between a day and a
// year ("15 Febuary 2023", "8 Agust 2023", "20 Novmber 2023"), as hurried
// notes write them: the day and the year around it make it a date.
func slipMonth(toks []token, k int) (int, bool) {
	if k+1 >= len(toks) || toks[k].kind != tWord || len(toks[k].low) < 4 || !isYear(toks[k+1]) {
		return 0, false
	}
	for w, mo := range months {
		if len(w) > 4 && lexpkg.OneSlip(toks[k].low, w) {
			return mo, true
		}
	}
	return 0, false
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// dateStarters are the words a date expression can begin with; Find skips
// every other word without trying the patterns.
var dateStarters = func() map[string]bool {
	m := map[string]bool{"last": true, "past": true, "next": true, "coming": true, "every": true}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range smallCounts {
		m[w] = true
	}
	for _, p := range relPhrases {
		m[p.words[0]] = true
	}
	for w := range holidayWords {
		m[w] = true
	}
	m["mid"], m["overnight"] = true, true
	return m
}()

// starterShapes turns away most words of a text before the map lookup.
var starterShapes = lexpkg.ShapesOf(dateStarters)

// isDateStarter reports whether w (lower case) is in dateStarters.
func isDateStarter(w string) bool { return starterShapes.May(w) && dateStarters[w] }

// crossWords join the two ends of a range of days across two months,
// written whole on each side: "30 April - 1 May 2024", "30 April to 2
// May 2024".
var crossWords = map[string]bool{"-": true, "–": true, "—": true, "to": true, "till": true, "until": true}

// rangeWords join the two ends of a span of days.
var rangeWords = map[string]bool{"to": true, "till": true, "until": true, "through": true, "and": true, "-": true}

var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
