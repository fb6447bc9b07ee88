package numbers

import "github.com/vigil-osint/vigil/internal/vigil"

// phrase is a word sequence and what it means.
type phrase struct {
	words []string
	value string
}

func p(value string, words ...string) phrase { return phrase{words, value} }

// qualifiers bound the figure they precede.
var qualifiers = []phrase{
	p(vigil.BoundLower, "over"), p(vigil.BoundLower, "more", "than"), p(vigil.BoundLower, "at", "least"),
	p(vigil.BoundLower, "above"), p(vigil.BoundLower, "in", "excess", "of"), p(vigil.BoundLower, "upwards", "of"),
	p(vigil.BoundLower, "no", "fewer", "than"), p(vigil.BoundLower, "no", "less", "than"),
	p(vigil.BoundLower, "not", "less", "than"), p(vigil.BoundLower, "a", "minimum", "of"),
	p(vigil.BoundUpper, "up", "to"), p(vigil.BoundUpper, "less", "than"), p(vigil.BoundUpper, "fewer", "than"),
	p(vigil.BoundUpper, "under"), p(vigil.BoundUpper, "below"), p(vigil.BoundUpper, "at", "most"),
	p(vigil.BoundUpper, "no", "more", "than"), p(vigil.BoundUpper, "not", "more", "than"),
	p(vigil.BoundUpper, "as", "many", "as"), p(vigil.BoundUpper, "a", "maximum", "of"),
	p(vigil.BoundApprox, "about"), p(vigil.BoundApprox, "around"), p(vigil.BoundApprox, "some"),
	p(vigil.BoundApprox, "approximately"), p(vigil.BoundApprox, "roughly"), p(vigil.BoundApprox, "nearly"),
	p(vigil.BoundApprox, "almost"), p(vigil.BoundApprox, "close", "to"), p(vigil.BoundApprox, "an", "estimated"),
	p(vigil.BoundApprox, "estimated"), p(vigil.BoundApprox, "approx"), p(vigil.BoundApprox, "approx", "."),
	p(vigil.BoundApprox, "circa"), p(vigil.BoundApprox, "almost", "about"),
	p(vigil.BoundExact, "exactly"), p(vigil.BoundExact, "a", "total", "of"),
}

var currencyBefore = []phrase{
	p("USD", "$"), p("USD", "us", "$"), p("USD", "usd"), p("USD", "us", "dollars"),
	p("PKR", "rs"), p("PKR", "pkr"), p("PKR", "pak", "rs"),
	p("AFN", "afn"), p("AFN", "afs"), p("INR", "inr"), p("INR", "₹"),
	p("EUR", "€"), p("EUR", "eur"), p("GBP", "£"), p("GBP", "gbp"),
}

var currencyAfter = []phrase{
	p("USD", "dollars"), p("USD", "dollar"), p("USD", "usd"), p("USD", "us", "dollars"),
	p("PKR", "rupees"), p("PKR", "rupee"), p("PKR", "pkr"), p("INR", "indian", "rupees"), p("INR", "inr"),
	p("AFN", "afghanis"), p("AFN", "afghani"), p("AFN", "afn"), p("EUR", "euros"), p("EUR", "eur"),
}

var percentAfter = [][]string{{"%"}, {"percent"}, {"per", "cent"}, {"pc"}}

// timeAfter marks a clock time: "8 pm", "8 a.m.", "1030 hrs", "9 o'clock".
var timeAfter = [][]string{{"am"}, {"pm"}, {"a", ".", "m"}, {"p", ".", "m"}, {"hrs"}, {"o'clock"}}

// numberWords are the words below a hundred.
var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply the figure before them. South Asian lakh (100,000) and
// crore (10,000,000) are common in Pakistani and Indian reporting.
var scales = map[string]int64{
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
	"trillion": 1000000000000, "lakh": 100000, "lac": 100000, "crore": 10000000,
	"mn": 1000000, "bn": 1000000000, "dozen": 12,
	"lakhs": 100000, "lacs": 100000, "crores": 10000000,
}

// vague is a quantity word with its conventional value (see the package
// comment).
type vague struct {
	words      []string
	value      int64
	multiplies bool // may be followed by a scale: "several hundred"
}

// vagues is ordered longest first so "hundreds of thousands" wins over
// "hundreds".
var vagues = []vague{
	{[]string{"hundreds", "of", "thousands"}, 100000, false},
	{[]string{"tens", "of", "thousands"}, 10000, false},
	{[]string{"a", "handful", "of"}, 3, false},
	{[]string{"scores", "of"}, 20, false},
	{[]string{"a", "few"}, 3, true},
	{[]string{"several"}, 3, true},
	{[]string{"dozens"}, 12, false},
	{[]string{"hundreds"}, 100, false},
	{[]string{"thousands"}, 1000, false},
	{[]string{"millions"}, 1000000, false},
}

// labels precede a figure that names rather than counts: "Section 144",
// "Rescue 1122", "No. 45".
var labels = map[string]bool{
	"no": true, "number": true, "section": true, "article": true, "rescue": true, "flight": true,
	"room": true, "sector": true, "block": true, "phase": true, "route": true, "chapter": true,
	"page": true, "para": true, "paragraph": true, "clause": true, "rule": true, "grade": true,
	"class": true, "ward": true, "plot": true, "street": true, "house": true, "platoon": true,
	"battalion": true, "wing": true, "squadron": true, "resolution": true, "code": true, "ps": true,
	"fir": true, "km": true, "kilometre": true, "mile": true, "gate": true, "lane": true, "tehsil": true,
	"road": true, "unit": true, "model": true, "version": true, "level": true, "stage": true,
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
