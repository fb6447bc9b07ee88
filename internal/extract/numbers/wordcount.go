package numbers

import "strings"

// Words reads a count told in words, one word at a time: "twenty-one",
// "one hundred and fifty", "two thousand five hundred", "three lakh". The
// zero value is an empty count. Find uses it, and so do readers that
// tokenise text their own way (lex.NumberAt).
type Words struct {
	total, cur int64
	last       string // the kind of the last word: unit, teen, ten, hundred, scale, and
}

// Add folds the next lower-case word into the count: a number word below a
// hundred (hyphenated or not), "hundred", "dozen", a scale ("thousand",
// "lakh"), or "and" after a hundred or a scale. It returns false and
// leaves the count as it was when w is none of these or cannot follow the
// words before it ("one two", "hundred hundred").
func (a *Words) Add(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return a.add(w)
	}
	// "twenty-one": every part, or none.
	b := *a
	for w != "" {
		p := w
		if k := strings.IndexByte(w, '-'); k >= 0 {
			p, w = w[:k], w[k+1:]
		} else {
			w = ""
		}
		if p == "and" || !b.add(p) {
			return false
		}
	}
	*a = b
	return true
}

func (a *Words) add(w string) bool {
	if v, ok := numberWords[w]; ok {
		switch {
		case a.last == "" || a.last == "hundred" || a.last == "scale" || a.last == "and":
		case a.last == "ten" && v < 10 && v > 0:
		default:
			return false
		}
		a.cur += v
		switch {
		case v >= 20:
			a.last = "ten"
		case v >= 10:
			a.last = "teen"
		default:
			a.last = "unit"
		}
		return true
	}
	switch w {
	case "and":
		// "one hundred and fifty": a number word must follow.
		if a.last != "hundred" && a.last != "scale" {
			return false
		}
		a.last = "and"
		return true
	case "hundred":
		if a.last == "hundred" {
			return false
		}
		if a.cur == 0 {
			a.cur = 1
		}
		a.cur *= 100
		a.last = "hundred"
		return true
	case "dozen":
		if a.cur == 0 {
			a.cur = 1
		}
		a.cur *= 12
		a.last = "scale"
		return true
	}
	if s, ok := scales[w]; ok && !strings.HasSuffix(w, "s") {
		if a.cur == 0 {
			a.cur = 1
		}
		a.total += a.cur * s
		a.cur = 0
		a.last = "scale"
		return true
	}
	return false
}

// Value is the count the words added so far make.
func (a *Words) Value() int64 { return a.total + a.cur }

// Started reports whether a word was added.
func (a *Words) Started() bool { return a.last != "" }

// Tens reports whether the last word was a tens word ("twenty"), which a
// unit may still follow ("Twenty 2", as texts that turned number words
// into digits write "twenty-two").
func (a *Words) Tens() bool { return a.last == "ten" }

// IsWord reports whether w is a number word below a hundred ("six",
// "forty", "twenty-one"): the words a count in words starts with.
func IsWord(w string) bool {
	if k := strings.IndexByte(w, '-'); k >= 0 {
		w = w[:k]
	}
	_, ok := numberWords[w]
	return ok
}

// Scale returns the factor of a scale word after a figure: "hundred",
// "thousand", "million", "lakh", "crore", "bn", "dozen".
func Scale(w string) (int64, bool) {
	s, ok := scales[w]
	return s, ok
}

// Figure parses a figure written in digits, with commas grouping them in
// any style ("9,524", "1,00,000") and one decimal point ("7.2"). Anything
// else in s makes it no figure.
func Figure(s string) (float64, bool) {
	if s == "" || !isDigit(s[0]) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != ',' && c != '.' {
			return 0, false
		}
	}
	return parseFigure(s)
}
