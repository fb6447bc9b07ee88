package numbers

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// brief renders numbers compactly for comparison: text=value/bound plus
// flags.
func brief(ns []Number) string {
	var b strings.Builder
	for i, n := range ns {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s=%d/%s", n.Text, n.Value, n.Bound)
		if n.Vague {
			b.WriteString("/vague")
		}
		if n.Money {
			b.WriteString("/" + n.Currency)
		}
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		phenomenon string
		text       string
		want       string
	}{
		{"digits", "Police recovered 9,524 rounds and 40,000 litres of fuel.", "9,524=9524/exact; 40,000=40000/exact"},
		{"stray space after separator", "a reward of INR 300, 000 and items 300, 500", "INR 300, 000=300000/exact/INR; 300=300/exact; 500=500/exact"},
		{"south asian grouping", "A reward of 1,00,000 was announced.", "1,00,000=100000/exact"},
		{"decimal with scale", "The aid was 1.5 million bags.", "1.5 million=1500000/exact"},
		{"lower bounds", "Over 140 incidents, more than 180 deaths and at least 80 soldiers.", "Over 140=140/lower; more than 180=180/lower; at least 80=80/lower"},
		{"above and over a", "above 50 houses and over a dozen shops", "above 50=50/lower; over a dozen=12/lower"},
		{"upper bounds", "up to 30 fighters, less than 10 trucks, fewer than five guards", "up to 30=30/upper; less than 10=10/upper; fewer than five=5/upper"},
		{"approximate", "about 25 men, nearly 40 women, some 300 families, roughly 12 cars, around two dozen", "about 25=25/approx; nearly 40=40/approx; some 300=300/approx; roughly 12=12/approx; around two dozen=24/approx"},
		{"dollars", "Assets worth $7.2 billion were left behind.", "$7.2 billion=7200000000/exact/USD"},
		{"usd prefix", "The report valued them at USD 7.2 billion.", "USD 7.2 billion=7200000000/exact/USD"},
		{"glued scale", "a budget of $7.2bn", "$7.2bn=7200000000/exact/USD"},
		{"rupees", "They demanded Rs 5 million and later Rs. 50,000.", "Rs 5 million=5000000/exact/PKR; Rs. 50,000=50000/exact/PKR"},
		{"lakh and crore", "Rs 2 crore and 5 lakh rupees", "Rs 2 crore=20000000/exact/PKR; 5 lakh rupees=500000/exact/PKR"},
		{"currency after", "They paid 500 dollars and 2,000 afghanis.", "500 dollars=500/exact/USD; 2,000 afghanis=2000/exact/AFN"},
		{"small words", "Two soldiers and six militants were killed.", "Two=2/exact; six=6/exact"},
		{"hyphenated tens", "twenty-one people and twenty one others", "twenty-one=21/exact; twenty one=21/exact"},
		{"tens word and a digit", "Thirty 4 houses burned and fifty 7 shops", "Thirty 4=34/exact; fifty 7=57/exact"},
		{"tens word before a longer figure", "forty 12 bore guns", "forty=40/exact; 12=12/exact"},
		{"hundred and", "one hundred and fifty houses", "one hundred and fifty=150/exact"},
		{"a hundred", "a hundred men and a thousand women", "a hundred=100/exact; a thousand=1000/exact"},
		{"bare hundred", "hundred rounds", "hundred=100/exact"},
		{"thousands in words", "two thousand five hundred troops", "two thousand five hundred=2500/exact"},
		{"dozen", "a dozen attackers and two dozen hostages and half a dozen guards", "a dozen=12/exact; two dozen=24/exact; half a dozen=6/exact"},
		{"vague", "dozens of people, several soldiers, a few shops", "dozens=12/approx/vague; several=3/approx/vague; a few=3/approx/vague"},
		{"vague scaled", "several hundred fighters and a few thousand refugees", "several hundred=300/approx/vague; a few thousand=3000/approx/vague"},
		{"vague large", "hundreds of thousands fled; thousands stayed; tens of thousands marched; hundreds watched", "hundreds of thousands=100000/approx/vague; thousands=1000/approx/vague; tens of thousands=10000/approx/vague; hundreds=100/approx/vague"},
		{"scores", "scores of people were hurt", "scores of=20/approx/vague"},
		{"qualified vague", "more than a few houses and over dozens of shops", "more than a few=3/lower/vague; over dozens=12/lower/vague"},
		{"couple", "a couple of guards", "a couple of=2/approx"},
		{"not some or many", "some damage was done and many people fled", ""},
		{"ranges", "20-25 militants, 30 to 40 police and between five and seven guards", "20-25=20/lower; 30 to 40=30/lower; between five and seven=5/lower"},
		{"ordinals", "the first attack, the 2nd blast and the 21st raid", ""},
		{"years", "In 2024 and in 2022-2023 the toll rose", ""},
		{"qualified year-like figure", "over 2000 people", "over 2000=2000/lower"},
		{"days next to months", "on December 9, on 9 December 2022, on Dec. 26, on the 9th of May, on December 25-26", ""},
		{"lower-case may is a verb", "the 5 may be higher", "5=5/exact"},
		{"times", "at 10:30, at 8 pm, at 8 a.m. and 1030 hrs", ""},
		{"numeric dates", "on 26-12-2022, 2022-12-26, 26/12/2022 and 12.05.2022", ""},
		{"percent", "40% of voters and 12 percent of the budget", ""},
		{"labels", "an AK-47, an F-16, Rescue 1122, Section 144 and FIR No. 45", ""},
		{"modifiers", "a 10-year-old boy, a three-day curfew and a 5-member team", ""},
		{"pronoun one", "no one was hurt but one soldier died", "one=1/exact"},
		{"glued units", "a 9mm pistol and 12km away in the 1990s", ""},
		{"non-ascii text", "Über 5 Männer — “seven” killed", "5=5/exact; seven=7/exact"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.phenomenon, func(t *testing.T) {
			got := Find(tt.text)
			if brief(got) != tt.want {
				t.Errorf("Find(%q)\n got  %s\n want %s", tt.text, brief(got), tt.want)
			}
			checkNumbers(t, tt.text, got)
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		phrase string
		value  int64
		bound  string
		ok     bool
	}{
		{"over 140", 140, vigil.BoundLower, true},
		{" two dozen ", 24, vigil.BoundExact, true},
		{"$7.2 billion", 7200000000, vigil.BoundExact, true},
		{"9,524", 9524, vigil.BoundExact, true},
		{"one hundred and fifty", 150, vigil.BoundExact, true},
		{"dozens", 12, vigil.BoundApprox, true},
		{"six soldiers", 0, "", false},
		{"first", 0, "", false},
		{"2024", 0, "", false},
		{"", 0, "", false},
		{"two and three", 0, "", false},
	}
	for _, tt := range tests {
		n, ok := Parse(tt.phrase)
		if ok != tt.ok || ok && (n.Value != tt.value || n.Bound != tt.bound) {
			t.Errorf("Parse(%q) = %+v, %v; want %d/%s, %v", tt.phrase, n, ok, tt.value, tt.bound, tt.ok)
		}
	}
}

func checkNumbers(t *testing.T, text string, ns []Number) {
	t.Helper()
	prev := 0
	for _, n := range ns {
		if n.Start < prev || n.End <= n.Start || n.End > len(text) {
			t.Fatalf("bad span %d-%d after %d in %q", n.Start, n.End, prev, text)
		}
		if n.Text != text[n.Start:n.End] {
			t.Fatalf("Text %q does not match span %q", n.Text, text[n.Start:n.End])
		}
		if n.Value < 0 {
			t.Fatalf("negative value %d for %q", n.Value, n.Text)
		}
		if utf8.ValidString(text) && !utf8.ValidString(n.Text) {
			t.Fatalf("span %q splits a rune", n.Text)
		}
		switch n.Bound {
		case vigil.BoundExact, vigil.BoundLower, vigil.BoundUpper, vigil.BoundApprox:
		default:
			t.Fatalf("bad bound %q", n.Bound)
		}
		prev = n.End
	}
}

var fuzzSeeds = []string{
	"Over 140 incidents and more than 180 deaths in 2024, at least 80 soldiers.",
	"USD 7.2 billion, 78 aircraft, over 40,000 vehicles, 9,524 munitions",
	"twenty-one, one hundred and fifty, a dozen, two dozen, dozens of, half a",
	"on 26-12-2022 at 10:30, Rs. 50,000, $7.2bn, AK-47, 99999999999999999999999",
	"between 5 and, 20-, a couple, 1,00,000.5.5 \xff",
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkNumbers(t, text, Find(text))
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"over 140", "$7.2 billion", "two dozen", "a", "", "1e400", "9,,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		n, ok := Parse(phrase)
		if ok {
			checkNumbers(t, phrase, []Number{n})
		}
	})
}

func BenchmarkFind(b *testing.B) {
	para := "Security forces killed six militants and two soldiers were martyred in an intelligence-based operation on December 9, the ISPR said. " +
		"Over 140 incidents and more than 180 deaths were recorded in 2024, including at least 80 soldiers. " +
		"A March 2022 report said USD 7.2 billion of assets, 78 aircraft, over 40,000 vehicles and 9,524 munitions were left behind.\n\n"
	text := strings.Repeat(para, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		words string
		value int64
		used  int // words Add accepted before the first refusal
	}{
		{"six", 6, 1},
		{"twenty-one", 21, 1},
		{"twenty one", 21, 2},
		{"two thousand five hundred", 2500, 4},
		{"one hundred and fifty", 150, 4},
		{"three lakh", 300000, 2},
		{"fourty", 40, 1},
		{"one two", 1, 1},
		{"twenty-foo", 0, 0},
		{"and five", 0, 0},
		{"hundred hundred", 100, 1},
	}
	for _, tc := range tests {
		var w Words
		used := 0
		for _, word := range strings.Fields(tc.words) {
			if !w.Add(word) {
				break
			}
			used++
		}
		if w.Value() != tc.value || used != tc.used {
			t.Errorf("Words(%q) = %d after %d words, want %d after %d", tc.words, w.Value(), used, tc.value, tc.used)
		}
	}
}

func TestFigureScaleIsWord(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want float64
		ok   bool
	}{{"9,524", 9524, true}, {"1,00,000", 100000, true}, {"7.2", 7.2, true}, {"1e5", 0, false}, {"1.2.3", 0, false}, {"", 0, false}, {"9mm", 0, false}} {
		if got, ok := Figure(tc.s); ok != tc.ok || got != tc.want {
			t.Errorf("Figure(%q) = %v, %v; want %v, %v", tc.s, got, ok, tc.want, tc.ok)
		}
	}
	if s, ok := Scale("crore"); !ok || s != 10000000 {
		t.Errorf("Scale(crore) = %d, %v", s, ok)
	}
	if _, ok := Scale("people"); ok {
		t.Error("Scale(people) is a scale")
	}
	for w, want := range map[string]bool{"six": true, "twenty-one": true, "hundred": false, "dozen": false, "sixth": false} {
		if IsWord(w) != want {
			t.Errorf("IsWord(%q) = %v", w, !want)
		}
	}
}
