package sentences

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Two soldiers were killed. Six militants died.", []string{"Two soldiers were killed.", "Six militants died."}},
		{"question and exclamation", "Who fired? Nobody knows! Police are investigating.", []string{"Who fired?", "Nobody knows!", "Police are investigating."}},
		{"titles", "Lt. Col. Ahmed Khan and Maj. Ali led the raid. Capt. Noor was hurt.", []string{"Lt. Col. Ahmed Khan and Maj. Ali led the raid.", "Capt. Noor was hurt."}},
		{"mr dr gen", "Mr. Shah met Dr. Aziz and Gen. Raza. They spoke.", []string{"Mr. Shah met Dr. Aziz and Gen. Raza.", "They spoke."}},
		{"initials", "The statement was signed by A. B. Khan on Friday. It named no group.", []string{"The statement was signed by A. B. Khan on Friday.", "It named no group."}},
		{"dotted place", "The blast hit D.I. Khan on Monday. Three died.", []string{"The blast hit D.I. Khan on Monday.", "Three died."}},
		{"acronym mid sentence", "U.S. officials and U.N. envoys met in Kabul.", []string{"U.S. officials and U.N. envoys met in Kabul."}},
		{"acronym at end", "The weapons were left by the U.S. The report said so.", []string{"The weapons were left by the U.S.", "The report said so."}},
		{"number abbreviations", "Police filed FIR No. 45 and seized Rs. 50,000 in cash. St. Mary's school was shut.", []string{"Police filed FIR No. 45 and seized Rs. 50,000 in cash.", "St. Mary's school was shut."}},
		{"no at end", "He said the answer was No. Then he left.", []string{"He said the answer was No.", "Then he left."}},
		{"month abbreviation", "The attack took place on Dec. 26 near the border. Two died.", []string{"The attack took place on Dec. 26 near the border.", "Two died."}},
		{"decimals", "Assets worth $7.2 billion were left. The audit ended.", []string{"Assets worth $7.2 billion were left.", "The audit ended."}},
		{"closing quotes", `"We will respond," he said. "They attacked first." Officials agreed.`, []string{`"We will respond," he said.`, `"They attacked first."`, "Officials agreed."}},
		{"curly quotes", "He said: \u201cThe area is cleared.\u201d Troops remained.", []string{"He said: \u201cThe area is cleared.\u201d", "Troops remained."}},
		{"exclamation inside quote then lower", "\u201cFire!\u201d he shouted at the gate.", []string{"\u201cFire!\u201d he shouted at the gate."}},
		{"lower-case continuation", "The group used approx. five vehicles.", []string{"The group used approx. five vehicles."}},
		{"blank line", "Headline without stop\n\nBody starts here. Ends here.", []string{"Headline without stop", "Body starts here.", "Ends here."}},
		{"paragraph newline", "QUETTA: Blast kills two\nPolice said the device was planted.", []string{"QUETTA: Blast kills two", "Police said the device was planted."}},
		{"wrapped line", "Security forces conducted an operation in\nthe district on Tuesday.", []string{"Security forces conducted an operation in\nthe district on Tuesday."}},
		{"ellipsis", "They waited... Then the convoy moved.", []string{"They waited...", "Then the convoy moved."}},
		{"surrounding space", "  \n  One sentence.  \n\n ", []string{"One sentence."}},
		{"no-break spaces", "\u00a0First one.\u00a0Second one.\u00a0", []string{"First one.", "Second one."}},
		{"glued full stop", "The blast was reported by Dawn.The police sealed the area.", []string{"The blast was reported by Dawn.", "The police sealed the area."}},
		{"glued full stop before an acronym", "A statement came from the Home Ministry.ISPR said two soldiers died.", []string{"A statement came from the Home Ministry.", "ISPR said two soldiers died."}},
		{"glued dots that are not full stops", "Mr.Khan visited dawn.com and the U.S.Embassy with Rs.50,000 and Lt.Col.Ali.", []string{"Mr.Khan visited dawn.com and the U.S.Embassy with Rs.50,000 and Lt.Col.Ali."}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
		{"no terminator", "an unterminated fragment", []string{"an unterminated fragment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants every caller relies on.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("bad span %+v after %d in %q", s, prev, text)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("span %+v splits a rune in %q", s, text)
		}
		if q := text[s.Start:s.End]; strings.Trim(q, " \t\r\n\f\v") != q {
			t.Fatalf("span %+v not trimmed: %q", s, text[s.Start:s.End])
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Lt. Col. Ahmed was killed. Two others died!",
		"U.S. forces left $7.2 billion. The report...",
		"“Fire!” he said.\n\nNext para\u00a0here.",
		"D.I. Khan\nno. 5 ... ?! ”’",
		"\xff\xfe. A",
		strings.Repeat("militants were killed in Kurram on May 3 reports The Times of India The attackers fled ", 3),
		strings.Repeat("“We will fight ” a spokesman said He\u00a0added according to Dawn One \xff rifle was found ", 3),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "Security forces killed six militants in an intelligence-based operation in North Waziristan, the ISPR said on Tuesday. " +
		"Lt. Col. Ahmed Khan and two soldiers, Sepoy A. B. Shah and Naik Ali, embraced martyrdom. " +
		"The U.S. left equipment worth $7.2 billion in Afghanistan, according to a March 2022 report.\n\n"
	text := strings.Repeat(para, 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
