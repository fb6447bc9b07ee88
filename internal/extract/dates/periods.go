package dates

import "time"

// Period is a span of time an aggregate claim covers ("over 140 incidents
// in 2024"). Start and End are UTC midnights of the first and last day,
// both inclusive; End is zero when the span runs to an unknown publication
// date ("since 2020" with no publication date).
type Period struct {
	Start, End       time.Time
	StartOff, EndOff int // byte offsets of the expression
	Text             string
}

// Periods returns the time spans the text refers to, in order, resolved
// against published (zero = unknown): "in 2024", "this year" and "the
// current year" (published's calendar year), "so far this year" (to
// publication), "last year", "in March 2022", "since January", "during the
// past month", "in the first half of 2024", "January-October 2024",
// "2020-2022". Spans that need the publication date are dropped without it.
func Periods(text string, published time.Time) []Period {
	toks, release := lex(text)
	defer release()
	pub := day(published)
	var out []Period
	for i := 0; i < len(toks); {
		if t := toks[i]; t.kind == tSym || t.kind == tWord && !periodStarters[t.low] {
			i++
			continue
		}
		p, next, ok := matchPeriod(text, toks, i, pub)
		if next <= i {
			next = i + 1
		}
		if ok && !p.Start.IsZero() && (p.End.IsZero() || !p.End.Before(p.Start)) {
			p.Text = text[p.StartOff:p.EndOff]
			out = append(out, p)
		}
		i = next
	}
	return out
}

// prepositions may open a period; they are kept in its text.
var prepositions = map[string]bool{
	"in": true, "during": true, "throughout": true, "for": true, "of": true, "since": true, "through": true,
	"from": true, "between": true,
}

// periodStarters are the words a period can begin with; Periods skips every
// other word without trying the patterns.
var periodStarters = func() map[string]bool {
	m := map[string]bool{"the": true, "first": true, "second": true, "third": true, "fourth": true,
		"last": true, "so": true, "this": true, "current": true, "previous": true, "past": true}
	for w := range prepositions {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	return m
}()

func yearSpan(y int) (time.Time, time.Time) {
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
}

func monthSpan(y, m int) (time.Time, time.Time) {
	s := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	return s, s.AddDate(0, 1, -1)
}

// matchPeriod tries to read a period starting at toks[i].
func matchPeriod(text string, toks []token, i int, pub time.Time) (p Period, next int, ok bool) {
	p.StartOff = toks[i].start
	k := i
	prep := ""
	if prepositions[toks[k].low] {
		prep = toks[k].low
		k++
	}
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	if k >= len(toks) {
		return p, i + 1, false
	}
	finish := func(s, e time.Time, n int) (Period, int, bool) {
		p.Start, p.End, p.EndOff = s, e, toks[n-1].end
		if prep == "since" {
			p.End = pub
		}
		return p, n, true
	}
	// "first half of 2024", "second quarter of 2023".
	if n, s, e, found := partOfYear(toks, k); found {
		return finish(s, e, n)
	}
	// Years: "2024", "2020-2022", "2020 to 2022", "between 2020 and 2022".
	if isYear(toks[k]) {
		y := atoi(toks[k].low)
		s, e := yearSpan(y)
		n := k + 1
		if n+1 < len(toks) && (toks[n].low == "-" || toks[n].low == "to" || toks[n].low == "and" || toks[n].low == "–") && isYear(toks[n+1]) {
			_, e = yearSpan(atoi(toks[n+1].low))
			return finish(s, e, n+2)
		}
		if prep == "" || prep == "between" || prep == "from" {
			return p, k + 1, false
		}
		// "during the 2010 World Cup final": the year names an occasion.
		if toks[k-1].low == "the" && n < len(toks) && toks[n].kind == tWord && text[toks[n].start] >= 'A' && text[toks[n].start] <= 'Z' {
			return p, k + 1, false
		}
		return finish(s, e, n)
	}
	// Months: "March 2022", "January-October 2024", "since January".
	if mo, isMonth := monthAt(text, toks, k); isMonth {
		if dayBefore(toks, k) {
			return p, k + 1, false // "18 June 2020" is a date
		}
		n := skipDot(toks, k+1)
		lastMo := mo
		if n+1 < len(toks) && (toks[n].low == "-" || toks[n].low == "to" || toks[n].low == "and" || toks[n].low == "–") {
			if m2, ok := monthAt(text, toks, n+1); ok {
				lastMo, n = m2, skipDot(toks, n+2)
			}
		}
		y := 0
		if n < len(toks) && toks[n].low == "," {
			n++
		}
		if n < len(toks) && isYear(toks[n]) {
			y = atoi(toks[n].low)
			n++
		} else if toks[n-1].low == "," {
			n--
		}
		if y == 0 {
			// A day after the month is a date, not a period: "March 3".
			if n < len(toks) && dayAt(toks[n]) > 0 || prep == "" || pub.IsZero() {
				return p, k + 1, false
			}
			y = pub.Year()
			if mo > int(pub.Month()) {
				y--
			}
		}
		s, _ := monthSpan(y, mo)
		ey := y
		if lastMo < mo {
			ey++ // "November-February 2023" starts the year before
			s, _ = monthSpan(y-1, mo)
			ey = y
		}
		_, e := monthSpan(ey, lastMo)
		return finish(s, e, n)
	}
	// "last August": the latest August before the month of publication.
	if toks[k].low == "last" && !pub.IsZero() {
		if mo, isMonth := monthAt(text, toks, k+1); isMonth && !(k+2 < len(toks) && (isYear(toks[k+2]) || dayAt(toks[k+2]) > 0)) {
			y := pub.Year()
			if mo >= int(pub.Month()) {
				y--
			}
			s, e := monthSpan(y, mo)
			return finish(s, e, k+2)
		}
	}
	if n, s, e, found := relativePeriod(toks, k, pub); found {
		if pub.IsZero() {
			return p, n, false
		}
		return finish(s, e, n)
	}
	return p, i + 1, false
}

// dayBefore reports a day of the month just before the month at k: "18
// June", "18th June", "18th of June", "25-26 June".
func dayBefore(toks []token, k int) bool {
	p := k - 1
	if p >= 0 && toks[p].low == "of" {
		p--
	}
	if p >= 0 && toks[p].kind == tWord && ordinalSuffix[toks[p].low] {
		p--
	}
	return p >= 0 && dayAt(toks[p]) > 0
}

// partOfYear reads "first half of 2024", "second quarter of 2023", "H1
// 2024" is not handled: it is rare in reporting.
func partOfYear(toks []token, k int) (next int, s, e time.Time, ok bool) {
	if k+3 >= len(toks) || toks[k+2].low != "of" || !isYear(toks[k+3]) {
		return
	}
	ord := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[toks[k].low]
	y := atoi(toks[k+3].low)
	switch {
	case ord == 0:
		return
	case toks[k+1].low == "half" && ord <= 2:
		s, _ = monthSpan(y, 6*ord-5)
		_, e = monthSpan(y, 6*ord)
	case toks[k+1].low == "half" && toks[k].low == "last":
		s, _ = monthSpan(y, 7)
		_, e = monthSpan(y, 12)
	case toks[k+1].low == "quarter":
		s, _ = monthSpan(y, 3*ord-2)
		_, e = monthSpan(y, 3*ord)
	default:
		return
	}
	return k + 4, s, e, true
}

// relativePeriod reads spans given relative to publication: "this year",
// "the current year", "so far this year", "last year", "past month",
// "past six months", "last 30 days".
func relativePeriod(toks []token, k int, pub time.Time) (next int, s, e time.Time, ok bool) {
	y := pub.Year()
	switch {
	case matchWords(toks, k, []string{"so", "far", "this", "year"}) > k:
		return k + 4, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), pub, true
	case matchWords(toks, k, []string{"this", "year"}) > k, matchWords(toks, k, []string{"current", "year"}) > k:
		s, e = yearSpan(y)
		return k + 2, s, e, true
	case matchWords(toks, k, []string{"last", "year"}) > k, matchWords(toks, k, []string{"previous", "year"}) > k:
		s, e = yearSpan(y - 1)
		return k + 2, s, e, true
	case matchWords(toks, k, []string{"this", "month"}) > k:
		s, e = monthSpan(y, int(pub.Month()))
		return k + 2, s, e, true
	case matchWords(toks, k, []string{"last", "month"}) > k && (k == 0 || toks[k-1].low != "the"):
		s, e = monthSpan(y, int(pub.Month())-1)
		if pub.Month() == time.January {
			s, e = monthSpan(y-1, 12)
		}
		return k + 2, s, e, true
	}
	// "past month", "last six months", "past 30 days".
	if toks[k].low != "past" && toks[k].low != "last" || k+1 >= len(toks) {
		return
	}
	n, j := 1, k+1
	if c, isCount := smallCounts[toks[j].low]; isCount {
		n, j = c, j+1
	} else if toks[j].kind == tNum && len(toks[j].low) <= 3 {
		n, j = atoi(toks[j].low), j+1
	}
	if j >= len(toks) {
		return
	}
	switch toks[j].low {
	case "day", "days":
		s = pub.AddDate(0, 0, -n)
	case "week", "weeks":
		s = pub.AddDate(0, 0, -7*n)
	case "month", "months":
		s = pub.AddDate(0, -n, 0)
	case "year", "years":
		s = pub.AddDate(-n, 0, 0)
	default:
		return
	}
	return j + 1, s, pub, true
}
