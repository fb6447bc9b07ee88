package dates

import (
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// relPhrase is a fixed phrase whose date is an offset from publication.
type relPhrase struct {
	words     []string
	days      int // days before publication
	precision int
	week      int  // >0: the Monday of this week (1) or last week (2)
	weekend   bool // the Saturday of the weekend before publication
	month     int  // >0: the first of this month (1) or last month (2)
}

// relPhrases are tried longest first.
var relPhrases = []relPhrase{
	{words: []string{"the", "day", "before", "yesterday"}, days: 2, precision: vigil.TimePrecisionDay},
	{words: []string{"the", "night", "before", "last"}, days: 2, precision: vigil.TimePrecisionDay},
	{words: []string{"at", "the", "start", "of", "the", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"at", "the", "beginning", "of", "the", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"at", "the", "start", "of", "this", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"at", "the", "beginning", "of", "this", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"at", "the", "end", "of", "last", "month"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"earlier", "in", "the", "week"}, week: 1, precision: vigil.TimePrecisionWk},
	{words: []string{"earlier", "in", "the", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"this", "past", "weekend"}, weekend: true, precision: vigil.TimePrecisionWk},
	{words: []string{"the", "past", "weekend"}, weekend: true, precision: vigil.TimePrecisionWk},
	{words: []string{"earlier", "this", "week"}, week: 1, precision: vigil.TimePrecisionWk},
	{words: []string{"over", "the", "weekend"}, weekend: true, precision: vigil.TimePrecisionWk},
	{words: []string{"at", "the", "weekend"}, weekend: true, precision: vigil.TimePrecisionWk},
	{words: []string{"last", "weekend"}, weekend: true, precision: vigil.TimePrecisionWk},
	{words: []string{"earlier", "this", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"early", "this", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"early", "last", "month"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"late", "last", "month"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"earlier", "last", "month"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"a", "few", "days", "ago"}, days: 3, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "few", "days", "back"}, days: 3, precision: vigil.TimePrecisionWk},
	{words: []string{"several", "days", "ago"}, days: 3, precision: vigil.TimePrecisionWk},
	{words: []string{"several", "days", "back"}, days: 3, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "couple", "of", "days", "ago"}, days: 2, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "couple", "of", "days", "back"}, days: 2, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "week", "ago"}, days: 7, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "week", "back"}, days: 7, precision: vigil.TimePrecisionWk},
	{words: []string{"a", "month", "ago"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"a", "month", "back"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"earlier", "today"}, precision: vigil.TimePrecisionDay},
	{words: []string{"this", "morning"}, precision: vigil.TimePrecisionDay},
	{words: []string{"this", "afternoon"}, precision: vigil.TimePrecisionDay},
	{words: []string{"this", "evening"}, precision: vigil.TimePrecisionDay},
	{words: []string{"last", "night"}, days: 1, precision: vigil.TimePrecisionDay},
	{words: []string{"last", "evening"}, days: 1, precision: vigil.TimePrecisionDay},
	{words: []string{"this", "week"}, week: 1, precision: vigil.TimePrecisionWk},
	{words: []string{"last", "week"}, week: 2, precision: vigil.TimePrecisionWk},
	{words: []string{"this", "month"}, month: 1, precision: vigil.TimePrecisionMo},
	{words: []string{"last", "month"}, month: 2, precision: vigil.TimePrecisionMo},
	{words: []string{"today"}, precision: vigil.TimePrecisionDay},
	{words: []string{"tonight"}, precision: vigil.TimePrecisionDay},
	{words: []string{"yesterday"}, days: 1, precision: vigil.TimePrecisionDay},
}

// relByFirst holds relPhrases by their first word, in their order, so
// that a common starter ("the", "a", "at") tries only its own phrases.
var relByFirst = func() map[string][]relPhrase {
	m := map[string][]relPhrase{}
	for _, p := range relPhrases {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var smallCounts = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// relative reads a date given relative to publication at toks[i]. With no
// publication date it consumes the phrase and reports nothing.
func relative(toks []token, i int, pub time.Time) (Mention, int, bool) {
	m := Mention{Start: toks[i].start, Relative: true}
	for _, p := range relByFirst[toks[i].low] {
		k := matchWords(toks, i, p.words)
		if k == i {
			continue
		}
		m.End, m.Precision = toks[k-1].end, p.precision
		if (p.week == 2 || p.weekend) && k+1 < len(toks) && toks[k].low == "of" {
			// "the last week of April" is April's, read at the month; "the
			// weekend of 4-5 May" is the days it names.
			return m, i + 1, false
		}
		switch {
		case p.weekend:
			// The weekend just past: Saturday on or before publication,
			// a weekend's two days told at week precision.
			m.Date = pub.AddDate(0, 0, -((int(pub.Weekday()) + 1) % 7))
		case p.week > 0:
			m.Date = monday(pub).AddDate(0, 0, -7*(p.week-1))
		case p.month > 0:
			m.Date = time.Date(pub.Year(), pub.Month()-time.Month(p.month-1), 1, 0, 0, 0, 0, time.UTC)
		default:
			m.Date = pub.AddDate(0, 0, -p.days)
		}
		return m, k, !pub.IsZero()
	}
	// "overnight": the night before publication, as "last night". Before a
	// weekday ("overnight Saturday") the weekday dates it; before a noun
	// ("an overnight bus") it is no date.
	if toks[i].low == "overnight" {
		if i+1 < len(toks) {
			if _, ok := weekdays[toks[i+1].low]; ok || toks[i+1].kind == tWord && !clauseGoesOn[toks[i+1].low] {
				return m, i + 1, false
			}
		}
		m.Date, m.End, m.Precision = pub.AddDate(0, 0, -1), toks[i].end, vigil.TimePrecisionDay
		return m, i + 1, !pub.IsZero()
	}
	// "Monday", "last Monday"; "next Monday" is a plan, not an event.
	k, strict := i, false
	switch toks[i].low {
	case "last", "past":
		k, strict = i+1, true
	case "next", "coming", "every":
		if i+1 < len(toks) {
			if _, ok := weekdays[toks[i+1].low]; ok {
				return m, i + 2, false
			}
		}
	}
	if k < len(toks) {
		if wd, ok := weekdays[toks[k].low]; ok {
			// "on Tuesday last week", "on Sunday of last week": that
			// weekday of the week before publication's, which the
			// weekday alone would put in the week of publication.
			if n := max(matchWords(toks, k+1, []string{"last", "week"}), matchWords(toks, k+1, []string{"of", "last", "week"})); n > k+1 && !strict {
				m.Date, m.End, m.Precision = monday(pub).AddDate(0, 0, -7+(int(wd)+6)%7), toks[n-1].end, vigil.TimePrecisionDay
				return m, n, !pub.IsZero()
			}
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			if strict && back == 0 {
				back = 7
			}
			m.Date, m.End, m.Precision = pub.AddDate(0, 0, -back), toks[k].end, vigil.TimePrecisionDay
			return m, k + 1, !pub.IsZero()
		}
	}
	// "two days ago", "3 days back" (South Asian usage), "two nights
	// ago", "two weeks ago" (the week, precision 2), "three months ago"
	// (the month).
	if i+2 < len(toks) && (toks[i+2].low == "ago" || toks[i+2].low == "back") {
		n, ok := smallCounts[toks[i].low]
		if toks[i].kind == tNum && len(toks[i].low) <= 2 {
			n, ok = atoi(toks[i].low), true
		}
		if ok {
			m.End = toks[i+2].end
			switch toks[i+1].low {
			case "days", "nights":
				// "two nights ago": the night began that day.
				m.Date, m.Precision = pub.AddDate(0, 0, -n), vigil.TimePrecisionDay
			case "weeks":
				m.Date, m.Precision = pub.AddDate(0, 0, -7*n), vigil.TimePrecisionWk
			case "months":
				m.Date, m.Precision = time.Date(pub.Year(), pub.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC), vigil.TimePrecisionMo
			default:
				return m, i + 1, false
			}
			return m, i + 3, !pub.IsZero()
		}
	}
	return m, i + 1, false
}

// monday returns the Monday of t's week (weeks start on Monday, ISO 8601).
func monday(t time.Time) time.Time {
	back := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -back)
}

// matchWords matches the lower-cased token texts ws at toks[i] and returns
// the index after them, or i.
func matchWords(toks []token, i int, ws []string) int {
	if i+len(ws) > len(toks) {
		return i
	}
	for k, w := range ws {
		if toks[i+k].low != w {
			return i
		}
	}
	return i + len(ws)
}
