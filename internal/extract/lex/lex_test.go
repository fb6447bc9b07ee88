package lex

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestTokens(t *testing.T) {
	text := "An intelligence-based operation: 9,524 munitions, $7.2 billion; the khwarij’s hideout."
	var got []string
	for _, tok := range Tokens(text, 0, len(text)) {
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %q has offsets [%d,%d) that quote %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		got = append(got, tok.Lower)
	}
	want := "an|intelligence-based|operation|:|9,524|munitions|,|$|7.2|billion|;|the|khwarij's|hideout|."
	if strings.Join(got, "|") != want {
		t.Errorf("Tokens = %s\nwant     %s", strings.Join(got, "|"), want)
	}
}

func TestTokensSpellOutKIA(t *testing.T) {
	tests := []struct{ text, want string }{
		{"2 FC men KIA, 1 injured", "2|fc|men|killed|,|1|injured"},
		{"a Kia car was set alight", "a|kia|car|was|set|alight"},
		{"kia", "kia"},
		{"a spokesman for the KIA said", "a|spokesman|for|the|kia|said"},
		{"(KIA) fighters", "(|kia|)|fighters"},
		{"26 killed incl. the bomber", "26|killed|including|the|bomber"},
		{"militants lobed grenade at the post", "militants|lobbed|grenade|at|the|post"},
		{"Lobed a grenade", "lobbed|a|grenade"},
		{"the lobes of the lung", "the|lobes|of|the|lung"},
		{"incl is no abbreviation without its dot", "incl|is|no|abbreviation|without|its|dot"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.text, 0, len(tt.text)) {
			got = append(got, tok.Lower)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokens(%q) = %s, want %s", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

func TestQuantityAt(t *testing.T) {
	tests := []struct {
		phrase string
		value  int64
		bound  string
		vague  bool
		ok     bool
	}{
		{"six soldiers", 6, BoundExact, false, true},
		{"twenty one soldiers", 21, BoundExact, false, true},
		{"Thirty 4 soldiers", 34, BoundExact, false, true},
		{"forty 12 soldiers", 40, BoundExact, false, true},
		{"twenty-one soldiers", 21, BoundExact, false, true},
		{"at least 80 soldiers", 80, BoundLower, false, true},
		{"more than 180 people", 180, BoundLower, false, true},
		{"nearly 40 people", 40, BoundApprox, false, true},
		{"up to ten people", 10, BoundUpper, false, true},
		{"a policeman", 1, BoundExact, false, true},
		{"another 29 people", 29, BoundExact, false, true},
		{"dozens of people", 12, BoundApprox, false, true},
		{"several soldiers", 3, BoundApprox, true, true},
		{"some people", 3, BoundApprox, true, true},
		{"twenty-five people", 25, BoundExact, false, true},
		{"two hundred people", 200, BoundExact, false, true},
		{"six to eight people", 6, BoundLower, false, true},
		{"9,524 munitions", 9524, BoundExact, false, true},
		{"soldiers", 0, "", false, false},
		{"two dozen students", 24, BoundApprox, false, true},
		{"half a dozen militants", 6, BoundApprox, false, true},
		{"a half-dozen pistols", 6, BoundApprox, false, true},
		{"a half dozen pistols", 6, BoundApprox, false, true},
		{"half the soldiers", 0, "", false, false},
		{"an unspecified number of soldiers", 3, BoundApprox, true, true},
		{"over 3 dozen people", 36, BoundLower, false, true},
		{"45 year old farmer", 0, "", false, false},
		{"between 20 and 25 people", 20, BoundLower, false, true},
		{"between 2019 and 2021", 0, "", false, false},
		{"43+ people", 43, BoundLower, false, true},
		{"at least 43+ people", 43, BoundLower, false, true},
		{"43 + 7", 43, BoundExact, false, true},
		{"a total of 45 people", 45, BoundExact, false, true},
		{"two thousand five hundred people", 2500, BoundExact, false, true},
		{"two hundred and fifty people", 250, BoundExact, false, true},
		{"3 lakh people", 300000, BoundExact, false, true},
		{"fourty people", 40, BoundExact, false, true},
		{"scores of people", 20, BoundApprox, false, true},
		{"two hundred and injured", 200, BoundExact, false, true},
		{"a total", 1, BoundExact, false, true},
	}
	for _, tc := range tests {
		toks := Tokens(tc.phrase, 0, len(tc.phrase))
		q, ok := QuantityAt(toks, 0)
		if ok != tc.ok || ok && (q.Value != tc.value || q.Bound != tc.bound || q.Vague != tc.vague) {
			t.Errorf("QuantityAt(%q) = %+v, %v; want %d %s vague=%v, %v", tc.phrase, q, ok, tc.value, tc.bound, tc.vague, tc.ok)
		}
	}
}

// FuzzQuantityAt checks that a quantity read anywhere in any text spans
// tokens of the text, in order, with a value that is not negative.
func FuzzQuantityAt(f *testing.F) {
	for _, s := range []string{"at least 80 soldiers", "between 20 and 25", "43+ people", "a total of 45",
		"two hundred and fifty", "Twenty 2", "3 lakh", "over 3 dozen", "an unspecified number of", "9,524", "1e400", "between 2019 and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s, 0, len(s))
		for i := range toks {
			q, ok := QuantityAt(toks, i)
			if !ok {
				continue
			}
			if q.First != i || q.Last < q.First || q.Last >= len(toks) || q.Value < 0 {
				t.Fatalf("QuantityAt(%q, %d) = %+v", s, i, q)
			}
		}
	})
}

// TestIsWordRuneFastPaths checks the blocks isWordRune answers without the
// Unicode tables against the tables.
func TestIsWordRuneFastPaths(t *testing.T) {
	for r := rune(0); r <= 0x2100; r++ {
		if want := unicode.IsLetter(r) || unicode.IsDigit(r); isWordRune(r) != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestDigits(t *testing.T) {
	for w, want := range map[string]bool{"13": true, "2024": true, "": false, "1,200": false, "7.2": false, "١٣": false, "12th": false} {
		if got := Digits(w); got != want {
			t.Errorf("Digits(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSplitIntoReuse checks that splitting into a buffer another text
// filled gives the sentences Split gives, and that a buffer too small is
// replaced rather than overrun.
func TestSplitIntoReuse(t *testing.T) {
	long := "Gunmen shot dead two policemen in Quetta on Monday. The attackers fled, police said.\nA curfew was imposed."
	short := "Protesters blocked the highway."
	_, buf := SplitInto(long, nil)
	for _, text := range []string{short, long, short + " " + long} {
		want := Split(text)
		var got []Sentence
		got, buf = SplitInto(text, buf)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("SplitInto(%q) with a used buffer = %+v, want %+v", text, got, want)
		}
	}
	if got, _ := SplitInto(long, make([]Token, 0, 1)); !reflect.DeepEqual(got, Split(long)) {
		t.Errorf("SplitInto with a buffer too small differs from Split")
	}
}

func TestCapitals(t *testing.T) {
	for w, want := range map[string]bool{"FC": true, "SIGAR": true, "F": false, "Fc": false, "FC's": false, "": false, "ÜN": false, "CTD1": false} {
		if got := Capitals(w); got != want {
			t.Errorf("Capitals(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzLowerSlow checks the one-pass lowering against the plain two-pass
// one it replaces, on any bytes, valid UTF-8 or not.
func FuzzLowerSlow(f *testing.F) {
	for _, s := range []string{"Pakistan’s", "KARACHI", "Peşawar", "İstanbul", "Ünal’S", "\xffAB\xe2\x80", "ΑΘΗΝΑ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
		if got := lowerSlow(s); got != want {
			t.Fatalf("lowerSlow(%q) = %q, want %q", s, got, want)
		}
	})
}
