package lex

import "github.com/vigil-osint/vigil/internal/extract/numbers"

// Bounds, as in vigil.Bound*.
const (
	BoundExact  = "exact"
	BoundLower  = "lower"
	BoundUpper  = "upper"
	BoundApprox = "approx"
)

// Quantity is a count read from tokens ("at least six", "a", "dozens").
type Quantity struct {
	Value int64
	Bound string
	// Vague is set for counts the text does not give ("several", "some"):
	// Value is then a conventional stand-in (ACLED codes an unspecified toll
	// as 3).
	Vague bool
	// First and Last are the token indexes the quantity spans, qualifiers
	// included.
	First, Last int
}

// vague words and the stand-in value they get. "dozens" is 12 by ACLED's
// convention, "scores" 20 as in package numbers; "several", "some",
// "many" are an unspecified toll (3).
var vague = map[string]int64{
	"several": 3, "some": 3, "many": 3, "multiple": 3, "numerous": 3, "few": 3, "a few": 3,
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "dozen": 12,
}

// qualifiers before a number and the bound they give, longest first.
var qualifiers = []struct {
	words []string
	bound string
}{
	{[]string{"no", "fewer", "than"}, BoundLower},
	{[]string{"no", "less", "than"}, BoundLower},
	{[]string{"more", "than"}, BoundLower},
	{[]string{"at", "least"}, BoundLower},
	{[]string{"as", "many", "as"}, BoundApprox},
	{[]string{"up", "to"}, BoundUpper},
	{[]string{"less", "than"}, BoundUpper},
	{[]string{"fewer", "than"}, BoundUpper},
	{[]string{"at", "most"}, BoundUpper},
	{[]string{"over"}, BoundLower},
	{[]string{"nearly"}, BoundApprox},
	{[]string{"almost"}, BoundApprox},
	{[]string{"about"}, BoundApprox},
	{[]string{"around"}, BoundApprox},
	{[]string{"approximately"}, BoundApprox},
	{[]string{"roughly"}, BoundApprox},
	{[]string{"some"}, BoundApprox},
	{[]string{"another"}, BoundExact},
}

// NumberAt reads a bare number starting at token i: digits ("9,524", "12"),
// words ("six", "twenty-five", "two hundred and fifty") or a figure and a
// scale ("7.2 billion", "40 thousand", "3 lakh"). It returns the value and
// the index of the last token used. The words, scales and figures are
// read by package numbers, which finds the numbers of whole texts; "dozen"
// is left to QuantityAt, for which it makes a count approximate.
func NumberAt(toks []Token, i int) (int64, int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, 0, false
	}
	w := toks[i].Lower
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		f, ok := numbers.Figure(w)
		if !ok {
			return 0, 0, false
		}
		if i+1 < len(toks) && toks[i+1].Lower != "dozen" {
			if m, ok := numbers.Scale(toks[i+1].Lower); ok {
				return int64(f * float64(m)), i + 1, true
			}
		}
		return int64(f), i, true
	}
	if !numbers.IsWord(w) {
		return 0, 0, false
	}
	var n numbers.Words
	last := i - 1
	for last+1 < len(toks) && toks[last+1].Lower != "dozen" && n.Add(toks[last+1].Lower) {
		last++
		// "two hundred and fifty".
		if last+2 < len(toks) && toks[last+1].Lower == "and" && toks[last+2].Lower != "dozen" {
			try := n
			if try.Add("and") && try.Add(toks[last+2].Lower) {
				n, last = try, last+2
			}
		}
	}
	if last < i {
		return 0, 0, false
	}
	v := n.Value()
	// "Twenty 2", as texts that turned number words into digits write
	// "twenty-two": a tens word and a single digit.
	if n.Tens() && last+1 < len(toks) {
		if d := toks[last+1].Lower; len(d) == 1 && d[0] >= '1' && d[0] <= '9' {
			v += int64(d[0] - '0')
			last++
		}
	}
	return v, last, true
}

// QuantityAt reads a quantity starting at token i: an optional qualifier
// then a number, an article ("a", "an" = 1) or a vague word.
func QuantityAt(toks []Token, i int) (Quantity, bool) {
	q := Quantity{Bound: BoundExact, First: i}
	j := i
	for _, ql := range qualifiers {
		if HasAt(toks, j, ql.words...) {
			q.Bound = ql.bound
			j += len(ql.words)
			break
		}
	}
	if j >= len(toks) {
		return Quantity{}, false
	}
	if _, _, ok := NumberAt(toks, j); !ok && j != i {
		// "some people", "another was hurt": the qualifier was the quantity.
		j, q.Bound = i, BoundExact
	}
	if j == i && HasAt(toks, j, "a", "total", "of") {
		// "killing a total of 45": the count after.
		if v, last, ok := NumberAt(toks, j+3); ok {
			return Quantity{Value: v, Bound: BoundExact, First: i, Last: last}, true
		}
	}
	if j == i && toks[j].Is("between") {
		// "between 20 and 25": the lower figure, as a floor.
		if v, last, ok := NumberAt(toks, j+1); ok && last+2 < len(toks) && toks[last+1].Is("and") {
			// ("between 2019 and 2021" is a period, not a count.)
			if v2, l2, ok := NumberAt(toks, last+2); ok && !(year(v) && year(v2)) {
				return Quantity{Value: v, Bound: BoundLower, First: i, Last: l2}, true
			}
		}
		return Quantity{}, false
	}
	if v, last, ok := NumberAt(toks, j); ok {
		// "a 32 year old man": an age, not a count of people.
		if HasAt(toks, last+1, "year", "old") || HasAt(toks, last+1, "years", "old") {
			return Quantity{}, false
		}
		q.Value, q.Last = v, last
		// "43+": the figure as a floor.
		if last+1 < len(toks) && toks[last+1].Text == "+" && toks[last+1].Start == toks[last].End {
			q.Last = last + 1
			if q.Bound == BoundExact {
				q.Bound = BoundLower
			}
			return q, true
		}
		// "two dozen", "3 dozen": the number counts dozens.
		if last+1 < len(toks) && toks[last+1].Is("dozen") {
			q.Value, q.Last = v*12, last+1
			if q.Bound == BoundExact {
				q.Bound = BoundApprox
			}
			return q, true
		}
		// "six to eight": the lower figure, as a floor.
		if last+2 < len(toks) && toks[last+1].Is("to", "or") {
			if _, l2, ok := NumberAt(toks, last+2); ok {
				q.Last = l2
				q.Bound = BoundLower
			}
		}
		return q, true
	}
	w := toks[j].Lower
	if j == i && (w == "a" || w == "an" || w == "another") {
		if HasAt(toks, j, "a", "few") {
			return Quantity{Value: 3, Bound: BoundApprox, Vague: true, First: i, Last: j + 1}, true
		}
		// "an unspecified number of soldiers": ACLED's unspecified toll.
		if HasAt(toks, j, "an", "unspecified", "number", "of") {
			return Quantity{Value: 3, Bound: BoundApprox, Vague: true, First: i, Last: j + 3}, true
		}
		if HasAt(toks, j, "an", "unspecified", "number") {
			return Quantity{Value: 3, Bound: BoundApprox, Vague: true, First: i, Last: j + 2}, true
		}
		if HasAt(toks, j, "a", "number", "of") {
			return Quantity{Value: 3, Bound: BoundApprox, Vague: true, First: i, Last: j + 2}, true
		}
		if HasAt(toks, j, "a", "dozen") {
			return Quantity{Value: 12, Bound: BoundApprox, First: i, Last: j + 1}, true
		}
		// "a half-dozen pistols", "a half dozen".
		if HasAt(toks, j, "a", "half-dozen") {
			return Quantity{Value: 6, Bound: BoundApprox, First: i, Last: j + 1}, true
		}
		if HasAt(toks, j, "a", "half", "dozen") {
			return Quantity{Value: 6, Bound: BoundApprox, First: i, Last: j + 2}, true
		}
		return Quantity{Value: 1, Bound: BoundExact, First: i, Last: j}, true
	}
	// "half a dozen militants": six, told roughly.
	if j == i && HasAt(toks, j, "half", "a", "dozen") {
		return Quantity{Value: 6, Bound: BoundApprox, First: i, Last: j + 2}, true
	}
	if v, ok := vague[w]; ok {
		q.Value, q.Last = v, j
		q.Bound = BoundApprox
		q.Vague = w != "dozens" && w != "dozen" && w != "scores"
		if j+1 < len(toks) && toks[j+1].Is("of") && !q.Vague {
			q.Last = j + 1
		}
		return q, true
	}
	return Quantity{}, false
}

// year reports whether n reads as a year of our era.
func year(n int64) bool { return n >= 1900 && n <= 2100 }
