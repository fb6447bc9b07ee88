// Package numbers finds the counts and sums of money a text states, in
// digits ("9,524", "$7.2 billion", "Rs. 50,000") or in words ("twenty-one",
// "two dozen", "one hundred and fifty"), with the qualifier that bounds them
// ("over 140", "at least 80", "nearly 30").
//
// Conventions, chosen so figures compare with ACLED's:
//   - Vague quantities get conventional values and Vague=true: "a few",
//     "several" and "a handful" are 3 (ACLED's toll for an unspecified
//     limited attack), "dozens" is 12 (ACLED's rule), "scores of" 20,
//     "hundreds" 100, "thousands" 1,000, "tens of thousands" 10,000,
//     "hundreds of thousands" 100,000, "millions" 1,000,000; "several
//     hundred" and "a few thousand" multiply (300, 3,000). Their Bound is
//     approx unless a qualifier says otherwise.
//   - "some", "many" and "numerous" alone are not numbers: they qualify mass
//     nouns far more often than they count ("some damage", "many times").
//     "some 40" is 40 with Bound approx.
//   - A range ("20-25", "20 to 25", "between 20 and 25") is one Number whose
//     Value is the low end (the most conservative figure) with Bound lower.
//   - Not counts, and never returned: ordinals ("first", "2nd", "21st"),
//     years (a bare 1900-2099 without commas, qualifier or currency), days
//     next to a month ("December 9", "9 December", "Dec. 26"), times
//     ("10:30", "8 pm"), numeric dates ("26-12-2022", "2022-12-26"),
//     percentages, and numbers inside names or labels ("AK-47", "F-16",
//     "Rescue 1122", "Section 144", "FIR No. 45", "10-year-old").
//   - "Rs" is read as Pakistani rupees (PKR), the currency of vigil's main
//     region; callers that know the outlet is Indian may relabel it.
package numbers

import (
	"math"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Number is one number expression found in a text.
type Number struct {
	Start, End int    // byte offsets of the whole expression, qualifier included ("over 140")
	Value      int64  // the count; for money the amount in whole units ("$7.2 billion" is 7200000000)
	Bound      string // vigil.BoundExact, BoundLower, BoundUpper or BoundApprox
	Vague      bool   // a conventional value for a vague word ("dozens" is 12)
	Money      bool
	Currency   string // ISO 4217 code: "USD", "PKR", "AFN", "INR", "EUR", "GBP"
	Text       string // text[Start:End]
}

// Find returns every number expression of text, in order and
// non-overlapping.
func Find(text string) []Number {
	toks := lex(text)
	var out []Number
	for i := 0; i < len(toks); {
		if toks[i].kind != tNum && !isStarter(toks[i].low) {
			i++
			continue
		}
		n, next, ok := match(text, toks, i)
		if next <= i {
			next = i + 1
		}
		if ok {
			n.Text = text[n.Start:n.End]
			out = append(out, n)
		}
		i = next
	}
	return out
}

// Parse reads phrase as exactly one number expression ("over 140",
// "two dozen", "$7.2 billion"). ok is false when phrase holds anything else
// around it, or no number.
func Parse(phrase string) (Number, bool) {
	ns := Find(phrase)
	if len(ns) != 1 {
		return Number{}, false
	}
	t := strings.TrimSpace(phrase)
	lead := strings.Index(phrase, t)
	if ns[0].Start != lead || ns[0].End != lead+len(t) {
		return Number{}, false
	}
	return ns[0], true
}

// match tries to read a number expression at toks[i]. It returns the index
// of the first token after what it consumed; ok is false when what it
// consumed (if anything) is not a count, such as a date or a time.
func match(text string, toks []token, i int) (n Number, next int, ok bool) {
	n.Bound = vigil.BoundExact
	j := i
	if b, k := matchPhrase(toks, j, qualifiers); k > j {
		n.Bound, j = b, k
	}
	qualified := j > i
	if cur, k := matchCurrency(text, toks, j); k > j {
		n.Money, n.Currency, j = true, cur, k
	}
	if j >= len(toks) {
		return n, i + 1, false
	}
	n.Start = toks[i].start
	var c core
	switch toks[j].kind {
	case tNum:
		c = digits(text, toks, j, n.Money || qualified)
	case tWord:
		if !qualified && !n.Money && toks[j].low == "between" {
			c = between(text, toks, j)
		} else {
			c = words(toks, j)
		}
	}
	if c.next <= j {
		return n, i + 1, false
	}
	if c.skip {
		return n, c.next, false
	}
	n.Value, n.Vague, j = c.value, c.vague, c.next
	if c.bound != "" && n.Bound == vigil.BoundExact {
		n.Bound = c.bound
	}
	if n.Vague && n.Bound == vigil.BoundExact {
		n.Bound = vigil.BoundApprox
	}
	if cur, k := matchPhrase(toks, j, currencyAfter); k > j {
		if n.Currency == "" {
			n.Currency = cur
		}
		n.Money, j = true, k
	}
	if k := matchAny(toks, j, percentAfter); k > j {
		return n, k, false
	}
	if k := matchAny(toks, j, timeAfter); k > j && toks[j].start-toks[j-1].end <= 1 {
		return n, k, false
	}
	if !qualified && !n.Money && c.digit && notCount(text, toks, i, j, c) {
		return n, j, false
	}
	if i > 0 && !qualified && !n.Money && isOneAfterDeterminer(toks, i, c) {
		return n, j, false
	}
	n.End = toks[j-1].end
	return n, j, true
}

// core is the bare figure of an expression, before context is applied.
type core struct {
	value  int64
	next   int
	vague  bool
	bound  string // set by ranges
	digit  bool   // written in digits
	plain  bool   // digits with no separators, decimals or scale: could be a year or a day
	skip   bool   // consumed, but not a count (a date, an ordinal, a label)
	digits int    // number of digits of a plain figure
}

// digits reads a figure written in digits at toks[j]: "9,524", "7.2
// billion", "2 dozen", "20-25", "$7.2bn", and recognises the numeric dates,
// times and ordinals that must not count.
func digits(text string, toks []token, j int, money bool) core {
	t := toks[j]
	c := core{next: j + 1, digit: true}
	// A figure glued to the word before it is part of a name: "M4", "G3".
	if j > 0 && toks[j-1].end == t.start && toks[j-1].kind == tWord && !money {
		return core{next: j + 1, skip: true}
	}
	// "AK-47", "F-16", "N-25": a letter, a hyphen, then the figure.
	if j > 1 && toks[j-1].low == "-" && toks[j-1].end == t.start && toks[j-2].end == toks[j-1].start && toks[j-2].kind == tWord {
		return core{next: j + 1, skip: true}
	}
	// Numeric dates and times: "26-12-2022", "2022/12/26", "12.05.2022", "10:30".
	if k := numericDate(toks, j); k > j {
		return core{next: k, skip: true}
	}
	f, ok := parseFigure(t.low)
	if !ok {
		return core{next: j + 1, skip: true}
	}
	c.plain = !strings.ContainsAny(t.low, ",.")
	if c.plain {
		c.digits = len(t.low)
	}
	k := j + 1
	// "300, 000": a thousands separator with a stray space, common in
	// copied reports. A list item never starts with 0, so "300, 500" stays
	// two numbers.
	for k+1 < len(toks) && toks[k].low == "," && toks[k].start == toks[k-1].end && !strings.Contains(toks[k-1].low, ".") &&
		toks[k+1].kind == tNum && len(toks[k+1].low) == 3 && toks[k+1].low[0] == '0' && toks[k+1].start == toks[k].end+1 {
		f = f*1000 + float64(atoi3(toks[k+1].low))
		c.plain = false
		k += 2
	}
	// Glued suffix: ordinal "21st", decade "1990s", unit "9mm", or a scale
	// "$7.2bn", "Rs5m".
	if k < len(toks) && toks[k].start == t.end && toks[k].kind == tWord {
		switch s := toks[k].low; {
		case s == "bn" || s == "b" && money:
			f, k, c.plain = f*1e9, k+1, false
		case s == "mn" || s == "m" && money || s == "million":
			f, k, c.plain = f*1e6, k+1, false
		case s == "k" && money:
			f, k, c.plain = f*1e3, k+1, false
		default:
			return core{next: k + 1, skip: true}
		}
	}
	// Hyphen-glued word: "10-year-old", "3-day" are modifiers, not counts.
	if k+1 < len(toks) && toks[k].low == "-" && toks[k].start == toks[k-1].end && toks[k+1].start == toks[k].end {
		if toks[k+1].kind == tWord {
			return core{next: k + 2, skip: true}
		}
		if toks[k+1].kind == tNum {
			// A range "20-25": keep the low end, the conservative figure.
			c.bound = vigil.BoundLower
			k += 2
		}
	}
	for k < len(toks) && toks[k].kind == tWord {
		s, ok := scales[toks[k].low]
		if !ok {
			break
		}
		f *= float64(s)
		c.plain = false
		k++
	}
	// "20 to 25": a range.
	if c.bound == "" && k+1 < len(toks) && toks[k].low == "to" && toks[k+1].kind == tNum && isPlainInt(toks[k+1].low) {
		c.bound = vigil.BoundLower
		k += 2
	}
	if f > 9e18 {
		return core{next: k, skip: true}
	}
	c.value = toInt(f)
	c.next = k
	return c
}

// between reads "between 20 and 25" (or in words) as a range.
func between(text string, toks []token, j int) core {
	if j+1 >= len(toks) {
		return core{next: j}
	}
	var lo core
	if toks[j+1].kind == tNum {
		lo = digits(text, toks, j+1, true)
	} else {
		lo = words(toks, j+1)
	}
	if lo.next <= j+1 || lo.skip || lo.next+1 >= len(toks) || toks[lo.next].low != "and" {
		return core{next: j}
	}
	var hi core
	if toks[lo.next+1].kind == tNum {
		hi = digits(text, toks, lo.next+1, true)
	} else {
		hi = words(toks, lo.next+1)
	}
	if hi.next <= lo.next+1 || hi.skip {
		return core{next: j}
	}
	lo.bound, lo.next = vigil.BoundLower, hi.next
	return lo
}

// words reads a figure written in words: "twenty-one", "one hundred and
// fifty", "a dozen", "two dozen", "several hundred", "dozens".
func words(toks []token, j int) core {
	if v, k := matchVague(toks, j); k > j {
		return core{value: v, next: k, vague: true}
	}
	var acc Words
	k := j
	if k < len(toks) && (toks[k].low == "a" || toks[k].low == "an") {
		// "a hundred", "a dozen", "a couple of": only before a scale.
		if k+1 >= len(toks) {
			return core{next: j}
		}
		switch toks[k+1].low {
		case "hundred", "thousand", "million", "billion", "lakh", "crore", "dozen":
			acc.cur, acc.last = 1, "unit"
			k++
		case "couple":
			n := k + 2
			if n < len(toks) && toks[n].low == "of" {
				n++
			}
			return core{value: 2, next: n, bound: vigil.BoundApprox}
		default:
			return core{next: j}
		}
	}
	if k+2 < len(toks) && toks[k].low == "half" && toks[k+1].low == "a" && toks[k+2].low == "dozen" {
		return core{value: 6, next: k + 3}
	}
	consumed := k
	for k < len(toks) && toks[k].kind == tWord && toks[k].low != "and" {
		if !acc.Add(toks[k].low) {
			if k == consumed && strings.IndexByte(toks[k].low, '-') > 0 && IsWord(toks[k].low) {
				// "three-day", "two-member": a modifier, not a count.
				return core{next: k + 1, skip: true}
			}
			break
		}
		k++
		consumed = k
		// "one hundred and fifty", "two thousand and five".
		if k+1 < len(toks) && toks[k].low == "and" && IsWord(toks[k+1].low) && acc.Add("and") {
			k++
		}
	}
	if consumed == j || !acc.Started() {
		return core{next: j}
	}
	// "Twenty 2 people": a tens word and a single digit, as texts that
	// turned number words into digits write "twenty-two".
	if acc.Tens() && consumed < len(toks) && toks[consumed].kind == tNum &&
		len(toks[consumed].low) == 1 && toks[consumed].low != "0" &&
		toks[consumed].start-toks[consumed-1].end <= 1 &&
		(consumed+1 >= len(toks) || toks[consumed+1].kind != tNum) {
		acc.cur += int64(toks[consumed].low[0] - '0')
		consumed++
	}
	return core{value: acc.Value(), next: consumed}
}

// matchVague reads a vague quantity and its conventional value.
func matchVague(toks []token, j int) (int64, int) {
	for _, v := range vagues {
		if k := matchWords(toks, j, v.words); k > j {
			val := v.value
			// "several hundred", "a few thousand", "several dozen".
			if v.multiplies && k < len(toks) {
				if s, ok := scales[toks[k].low]; ok && !strings.HasSuffix(toks[k].low, "s") {
					val *= s
					k++
				}
			}
			return val, k
		}
	}
	return 0, j
}

// notCount reports a bare figure that the context shows is a year, a day of
// a month, or part of a label.
func notCount(text string, toks []token, i, j int, c core) bool {
	if !c.plain {
		return false
	}
	if c.digits == 4 && c.value >= 1900 && c.value <= 2099 {
		return true
	}
	if c.value >= 1 && c.value <= 31 && c.digits <= 2 {
		// "December 9", "Dec. 9"
		p := i - 1
		if p >= 0 && toks[p].low == "." {
			p--
		}
		if p >= 0 && isMonth(text, toks[p]) {
			return true
		}
		// "9 December", "9 of December"
		k := j
		if k < len(toks) && toks[k].low == "of" {
			k++
		}
		if k < len(toks) && isMonth(text, toks[k]) {
			return true
		}
	}
	if i > 0 {
		p := i - 1
		if toks[p].low == "." || toks[p].low == "#" || toks[p].low == ":" {
			p--
		}
		if p >= 0 && labels[toks[p].low] && (toks[p].low != "no" || toks[i-1].low == "." || text[toks[p].start] == 'N') {
			return true
		}
	}
	return false
}

// isOneAfterDeterminer drops the pronoun "one": "no one", "every one",
// "the one who".
func isOneAfterDeterminer(toks []token, i int, c core) bool {
	if toks[i].low != "one" || c.next != i+1 {
		return false
	}
	switch toks[i-1].low {
	case "no", "any", "every", "each", "the", "which", "that", "this", "someone", "anyone":
		return true
	}
	return false
}

// numericDate matches a numeric date or time at toks[j] and returns the
// index after it, or j.
func numericDate(toks []token, j int) int {
	glued := func(k int) bool { return k < len(toks) && toks[k].start == toks[k-1].end }
	if j+2 < len(toks) && toks[j+1].low == ":" && glued(j+1) && glued(j+2) && toks[j+2].kind == tNum {
		return j + 3 // 10:30
	}
	if j+4 < len(toks) && glued(j+1) && glued(j+2) && glued(j+3) && glued(j+4) &&
		toks[j+2].kind == tNum && toks[j+4].kind == tNum && toks[j+1].low == toks[j+3].low &&
		(toks[j+1].low == "-" || toks[j+1].low == "/") {
		return j + 5 // 26-12-2022, 2022/12/26
	}
	// 12.05.2022 lexes as "12.05" "." "2022".
	if t := toks[j].low; strings.Count(t, ".") == 2 {
		return j + 1
	}
	if j+2 < len(toks) && strings.Count(toks[j].low, ".") == 1 && toks[j+1].low == "." && glued(j+1) && glued(j+2) && toks[j+2].kind == tNum && len(toks[j+2].low) == 4 {
		return j + 3
	}
	return j
}

// parseFigure parses "9,524", "1,00,000" and "7.2". Commas group digits
// (Western or South Asian style); a single dot is a decimal point.
func parseFigure(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || f > 9e18 {
		return 0, false
	}
	return f, true
}

// atoi3 converts a three-digit group.
func atoi3(s string) int {
	return int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
}

func isPlainInt(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != ',' {
			return false
		}
	}
	return true
}

// toInt converts a figure to whole units: scaled amounts are rounded ("7.2
// billion" is exact in decimal but not in binary), bare decimals truncated.
func toInt(f float64) int64 {
	if f != math.Trunc(f) && f > 1000 {
		return int64(math.Round(f))
	}
	return int64(f)
}

func isMonth(text string, t token) bool {
	if t.kind != tWord {
		return false
	}
	if _, ok := months[t.low]; !ok {
		return false
	}
	// "may" and "march" are also verbs: only the capitalised forms count.
	c := text[t.start]
	return c >= 'A' && c <= 'Z'
}

// starters holds every word or symbol that can begin a number expression,
// so Find skips all other tokens without trying the phrase tables.
var starters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "between": true, "hundred": true, "thousand": true}
	for _, ps := range [][]phrase{qualifiers, currencyBefore} {
		for _, p := range ps {
			m[p.words[0]] = true
		}
	}
	for _, v := range vagues {
		m[v.words[0]] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	return m
}()

// firstWords holds the first word of every phrase matchPhrase may be asked
// for, so most tokens are rejected with one map lookup.
var firstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ps := range [][]phrase{qualifiers, currencyBefore, currencyAfter} {
		for _, p := range ps {
			m[p.words[0]] = true
		}
	}
	return m
}()

// isStarter reports whether a word token may begin a number expression:
// a listed word, or a hyphenated number word ("twenty-one").
func isStarter(low string) bool {
	if starters[low] {
		return true
	}
	if k := strings.IndexByte(low, '-'); k > 0 {
		_, ok := numberWords[low[:k]]
		return ok
	}
	return false
}

// matchPhrase returns the value of the longest phrase of ps starting at
// toks[j] and the index after it.
func matchPhrase(toks []token, j int, ps []phrase) (string, int) {
	best, bestK := "", j
	if j >= len(toks) || !firstWords[toks[j].low] {
		return best, bestK
	}
	for _, p := range ps {
		if k := matchWords(toks, j, p.words); k > bestK {
			best, bestK = p.value, k
		}
	}
	return best, bestK
}

func matchAny(toks []token, j int, ps [][]string) int {
	best := j
	for _, p := range ps {
		if k := matchWords(toks, j, p); k > best {
			best = k
		}
	}
	return best
}

// matchWords matches the lower-cased token texts ws at toks[j].
func matchWords(toks []token, j int, ws []string) int {
	if j+len(ws) > len(toks) {
		return j
	}
	for k, w := range ws {
		if toks[j+k].low != w {
			return j
		}
	}
	return j + len(ws)
}

// matchCurrency reads a currency written before the amount: "$", "US$",
// "USD", "Rs", "Rs.", "PKR", "₹".
func matchCurrency(text string, toks []token, j int) (string, int) {
	cur, k := matchPhrase(toks, j, currencyBefore)
	if k == j || k >= len(toks) {
		return "", j
	}
	if toks[k].low == "." && toks[k-1].low == "rs" {
		k++
	}
	if k < len(toks) && toks[k].kind == tNum {
		return cur, k
	}
	return "", j
}
