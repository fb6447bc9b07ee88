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
//   - A range of days ("December 25-26", "the night of 25/26 December")
//     resolves to its first day: the night began then.
//   - Numeric dates are read day first ("26-12-2022", as in Pakistani,
//     Afghan and British usage) unless the first field is a year or the
//     second cannot be a month.
//   - A day and month without a year ("on December 9") take the
//     publication year, rolled back a year if that would be after
//     publication.
package dates

import (
	"time"

	lexpkg "github.com/vigil-osint/vigil/internal/extract/lex"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Mention is one date a text gives.
type Mention struct {
	Start, End int       // byte offsets of the expression
	Date       time.Time // UTC midnight of the (first) day
	Precision  int       // ACLED time precision: 1 day, 2 week or a few days, 3 month
	Relative   bool      // resolved against the publication date
	Text       string
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
	if pub.IsZero() && len(out) > 0 && out[0].Start < openingBytes && !out[0].Relative && out[0].Precision == vigil.TimePrecisionDay {
		// A date before it that now resolves ("on 26 Dec. and on 27 Dec.
		// 2023") shows the text does not open with it.
		if again := find(text, toks, pub, out[0].Date); len(again) > 0 && again[0].Start == out[0].Start {
			out = again
		}
	}
	return out
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
		if ok && m.Date.Year() >= 1900 && m.Date.Year() <= 2100 {
			m.Text = text[m.Start:m.End]
			out = append(out, m)
		}
		i = next
	}
	return out
}

// day truncates t to UTC midnight, keeping the zero time zero.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
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
		if d, mo, y, k, found := dayMonthYear(text, toks, i); found {
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
		return relative(toks, i, pub) // "3 days ago"
	}
	if t.kind != tWord {
		return m, i + 1, false
	}
	// "on december 1": a month written in lower case is read only
	// beside its day.
	if mo, ok := lowerMonth(toks[i]); ok {
		if d, y, k, found := monthDayYear(toks, i); found {
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
	}
	if mo, isMonth := monthAt(text, toks, i); isMonth {
		if d, y, k, found := monthDayYear(toks, i); found {
			return resolveDM(m, d, mo, y, end(k), k, year, pub.IsZero())
		}
		k := skipDot(toks, i+1)
		// "March 2022": the month, precision 3.
		if k < len(toks) && isYear(toks[k]) {
			m.Date, _ = ymd(atoi(toks[k].low), mo, 1)
			m.Precision, m.End = vigil.TimePrecisionMo, toks[k].end
			return m, k + 1, true
		}
		// "in March" with no year: the most recent March.
		if i > 0 && (toks[i-1].low == "in" || toks[i-1].low == "since" || toks[i-1].low == "during") && !pub.IsZero() {
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
	return m, next, ok
}

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
// "25-26 December", "25/26 December".
func dayMonthYear(text string, toks []token, i int) (d, mo, y, next int, ok bool) {
	d = dayAt(toks[i])
	if d == 0 {
		return
	}
	k := i + 1
	if k < len(toks) && toks[k].kind == tWord && toks[k].start == toks[i].end && ordinalSuffix[toks[k].low] {
		k++
	}
	// A range of days: keep the first.
	if k+1 < len(toks) && (toks[k].low == "-" || toks[k].low == "/" || toks[k].low == "and" || toks[k].low == "to") && dayAt(toks[k+1]) > 0 {
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
		return 0, 0, 0, i, false
	}
	monthEnd := k + 1
	k = skipDot(toks, k+1)
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k < len(toks) && isYear(toks[k]) {
		return d, mo, atoi(toks[k].low), k + 1, true
	}
	if toks[k-1].low == "," {
		k--
	}
	// "on 12 March." ends the sentence: the dot is an abbreviation's
	// ("26 Dec.") only after one.
	if k > monthEnd && len(toks[monthEnd-1].low) > 4 {
		k = monthEnd
	}
	return d, mo, 0, k, true
}

// monthDayYear reads the day and year after a month: "December 26, 2022",
// "Dec. 26", "December 25-26", "December 26th 2022".
func monthDayYear(toks []token, i int) (d, y, next int, ok bool) {
	k := skipDot(toks, i+1)
	if k >= len(toks) {
		return
	}
	d = dayAt(toks[k])
	if d == 0 {
		return 0, 0, i, false
	}
	k++
	if k < len(toks) && toks[k].kind == tWord && ordinalSuffix[toks[k].low] && toks[k].start == toks[k-1].end {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "-" || toks[k].low == "/") && dayAt(toks[k+1]) > 0 && toks[k].start == toks[k-1].end {
		k += 2
	}
	after := k
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k < len(toks) && isYear(toks[k]) {
		return d, atoi(toks[k].low), k + 1, true
	}
	return d, 0, after, true
}

func skipDot(toks []token, k int) int {
	if k < len(toks) && toks[k].low == "." {
		return k + 1
	}
	return k
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
	return m
}()

// starterShapes turns away most words of a text before the map lookup.
var starterShapes = lexpkg.ShapesOf(dateStarters)

// isDateStarter reports whether w (lower case) is in dateStarters.
func isDateStarter(w string) bool { return starterShapes.May(w) && dateStarters[w] }

var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
