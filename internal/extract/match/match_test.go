package match

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// found is a hit rendered for comparison: the matched text and its ids.
type found struct {
	Text string
	IDs  []int32
}

func render(text string, hits []Hit) []found {
	var out []found
	for _, h := range hits {
		ids := slices.Clone(h.IDs)
		slices.Sort(ids)
		out = append(out, found{Text: text[h.Start:h.End], IDs: ids})
	}
	return out
}

func TestFindAll(t *testing.T) {
	b := NewBuilder()
	b.Add("D.I. Khan", 1)
	b.Add("Dera Ismail Khan", 1)
	b.Add("North Waziristan", 2)
	b.Add("Waziristan", 3)
	b.Add("Mir Ali", 4)
	b.Add("Killa Abdullah", 5)
	b.Add("Qila' Abdullah", 5)
	b.Add("Kech", 6)
	b.Add("Kech", 7) // one name, two places
	b.Add("Kech", 6) // repeated pair is harmless
	b.Add("Mīrān Shāh", 8)
	b.Add("Ōsaka", 9)
	b.Add("Khyber", 10)
	b.Add("Khyber Pakhtunkhwa", 11)
	b.Add("Lower Dir", 12)
	b.Add("Shi'ite", 13)
	b.Add("...", 99) // no word: ignored
	b.Add("Ürümqi", 14)
	b.Add("İstanbul", 15)
	d := b.Build()

	tests := []struct {
		name string
		text string
		want []found
	}{
		{"dotted abbreviation", "Police in D.I. Khan said", []found{{"D.I. Khan", []int32{1}}}},
		{"spaced abbreviation", "in D I Khan on Monday", []found{{"D I Khan", []int32{1}}}},
		{"glued abbreviation", "in D.I.Khan district", []found{{"D.I.Khan", []int32{1}}}},
		{"full name", "Dera Ismail Khan police", []found{{"Dera Ismail Khan", []int32{1}}}},
		{"hyphenated", "a raid in North-Waziristan today", []found{{"North-Waziristan", []int32{2}}}},
		{"longest wins", "North Waziristan and Waziristan", []found{{"North Waziristan", []int32{2}}, {"Waziristan", []int32{3}}}},
		{"case folded", "MIR ALI bazaar and mir ali", []found{{"MIR ALI", []int32{4}}, {"mir ali", []int32{4}}}},
		{"apostrophe dropped", "Qila Abdullah and Qila’ Abdullah", []found{{"Qila Abdullah", []int32{5}}, {"Qila’ Abdullah", []int32{5}}}},
		{"shared name", "near Turbat in Kech", []found{{"Kech", []int32{6, 7}}}},
		{"diacritics", "Miran Shah, MĪRĀN SHĀH", []found{{"Miran Shah", []int32{8}}, {"MĪRĀN SHĀH", []int32{8}}}},
		{"non-ASCII folding", "osaka ÜRÜMQI istanbul", []found{{"osaka", []int32{9}}, {"ÜRÜMQI", []int32{14}}, {"istanbul", []int32{15}}}},
		{"word boundary", "Kechi Khyberpass Mir Alis", nil},
		{"inside digits", "Kech2 2Kech", nil},
		{"comma breaks a name", "Khyber, Pakhtunkhwa", []found{{"Khyber", []int32{10}}}},
		{"newline joins", "Khyber\nPakhtunkhwa", []found{{"Khyber\nPakhtunkhwa", []int32{11}}}},
		{"long gap breaks", "Khyber -- -- Pakhtunkhwa", []found{{"Khyber", []int32{10}}}},
		{"prefix without end", "Lower Kurram and Dera Ismail", nil},
		{"fallback to shorter", "Khyber Pakhtun", []found{{"Khyber", []int32{10}}}},
		{"apostrophe word", "Shiite and Shi'ite", []found{{"Shiite", []int32{13}}, {"Shi'ite", []int32{13}}}},
		{"trailing apostrophe", "Kech' and 'Kech", []found{{"Kech", []int32{6, 7}}, {"Kech", []int32{6, 7}}}},
		{"possessive", "Kech's markets and Kech’s roads", []found{{"Kech", []int32{6, 7}}, {"Kech", []int32{6, 7}}}},
		{"possessive before a name", "Khyber's Pakhtunkhwa", []found{{"Khyber", []int32{10}}}},
		{"empty", "", nil},
		{"invalid UTF-8", "Kech\xff\xfeKech", []found{{"Kech", []int32{6, 7}}, {"Kech", []int32{6, 7}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.text, d.FindAll(tt.text))
			if !slices.EqualFunc(got, tt.want, func(a, b found) bool { return a.Text == b.Text && slices.Equal(a.IDs, b.IDs) }) {
				t.Errorf("FindAll(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestEmptyDict(t *testing.T) {
	d := NewBuilder().Build()
	if hits := d.FindAll("Peshawar and Quetta"); len(hits) != 0 {
		t.Errorf("empty dictionary found %v", hits)
	}
}

// checkHits asserts the invariants every result must keep.
func checkHits(t *testing.T, text string, hits []Hit) {
	t.Helper()
	// Rune boundaries as a range loop sees them: an invalid byte counts as
	// one rune.
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	prevEnd := 0
	for _, h := range hits {
		if h.Start < prevEnd || h.End <= h.Start || h.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", h.Start, h.End, prevEnd, text)
		}
		if !boundary[h.Start] || !boundary[h.End] {
			t.Fatalf("span [%d,%d) not on rune boundaries in %q", h.Start, h.End, text)
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:h.Start]); h.Start > 0 && isWordRune(r) && !afterGlueWord(text, h.Start) {
			t.Fatalf("span [%d,%d) starts inside a word in %q", h.Start, h.End, text)
		}
		if r, _ := utf8.DecodeRuneInString(text[h.End:]); h.End < len(text) && isWordRune(r) {
			t.Fatalf("span [%d,%d) ends inside a word in %q", h.Start, h.End, text)
		}
		if len(h.IDs) == 0 {
			t.Fatalf("hit [%d,%d) without ids", h.Start, h.End)
		}
		prevEnd = h.End
	}
}

// afterGlueWord reports whether byte i of text follows a glue word run
// into the name after it ("at" in "atKabul"), where a hit may start inside
// the run of letters.
func afterGlueWord(text string, i int) bool {
	t := Cut(text)
	for _, w := range t.words {
		if w.start == i {
			return true
		}
	}
	return false
}

func FuzzFindAll(f *testing.F) {
	b := NewBuilder()
	for i, p := range []string{"D.I. Khan", "North Waziristan", "Waziristan", "Mir Ali", "a", "a b", "a b c", "Ürümqi", "Qila' Abdullah", "k", "Kabul"} {
		b.Add(p, int32(i))
	}
	d := b.Build()
	for _, s := range []string{"in D.I. Khan", "North-Waziristan", "a b a b c", "ÜRÜMQI'", "Qila’Abdullah", "\xff a", "K", "a'b", "fire atKabul", "theMir Ali", "inKABUL", "atK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		hits := d.FindAll(text)
		checkHits(t, text, hits)
		// Every hit, searched alone, is found whole again.
		for _, h := range hits {
			again := d.FindAll(text[h.Start:h.End])
			if len(again) == 0 || again[0].Start != 0 || again[len(again)-1].End != h.End-h.Start {
				t.Fatalf("hit %q not found again alone: %v", text[h.Start:h.End], again)
			}
		}
	})
}

// syllables make pronounceable synthetic names for the large benchmarks.
var syllables = strings.Fields("ka ba ra shi war dan pur abad kot gar zai khel mir ali nar sha tan is lam ghar wal der bad gul jan hai der")

func syntheticNames(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	names := make([]string, n)
	for i := range names {
		var sb strings.Builder
		words := 1 + r.IntN(3)
		for w := 0; w < words; w++ {
			if w > 0 {
				sb.WriteByte(' ')
			}
			for s := 0; s < 2+r.IntN(2); s++ {
				sb.WriteString(syllables[r.IntN(len(syllables))])
			}
		}
		names[i] = sb.String()
	}
	return names
}

// newsText is a news-like paragraph written for the benchmarks, repeated.
const newsParagraph = `Security forces killed six militants in an intelligence-based operation in the Mir Ali area of North Waziristan district on Tuesday, the military's media wing said. Two soldiers were martyred in the exchange of fire. Separately, police in Dera Ismail Khan said unknown gunmen on a motorcycle opened fire on a checkpost near Kulachi, injuring a constable. In Balochistan, levies officials reported an attack on a gas pipeline near Dera Bugti and a hand-grenade attack in Turbat, Kech district. Officials in Quetta said the provincial government had announced compensation for the families of those killed. `

func benchDict(b *testing.B, n int) *Dict {
	names := syntheticNames(n)
	names = append(names, "Mir Ali", "North Waziristan", "Dera Ismail Khan", "Kulachi", "Balochistan", "Dera Bugti", "Turbat", "Kech", "Quetta")
	bl := NewBuilder()
	for i, name := range names {
		bl.Add(name, int32(i))
	}
	return bl.Build()
}

func BenchmarkBuild200k(b *testing.B) {
	names := syntheticNames(200_000)
	b.ReportAllocs()
	for b.Loop() {
		bl := NewBuilder()
		for i, name := range names {
			bl.Add(name, int32(i))
		}
		bl.Build()
	}
}

func BenchmarkBuild200kGrow(b *testing.B) {
	names := syntheticNames(200_000)
	b.ReportAllocs()
	for b.Loop() {
		bl := NewBuilder()
		bl.Grow(len(names))
		for i, name := range names {
			bl.Add(name, int32(i))
		}
		bl.Build()
	}
}

func BenchmarkFindAll200k(b *testing.B) {
	d := benchDict(b, 200_000)
	text := strings.Repeat(newsParagraph, 2000) // about 1.2 MB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.FindAll(text)
	}
}

// TestScale checks that 200,000 names build quickly and are all found; it
// reports the build time rather than asserting it, since the machine is
// shared.
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 200,000-name build in -short mode")
	}
	names := syntheticNames(200_000)
	begin := time.Now()
	bl := NewBuilder()
	for i, name := range names {
		bl.Add(name, int32(i))
	}
	d := bl.Build()
	t.Logf("built 200,000 names in %v", time.Since(begin))
	for i := 0; i < len(names); i += 997 {
		text := fmt.Sprintf("reported from %s, officials said", names[i])
		hits := d.FindAll(text)
		if len(hits) != 1 || text[hits[0].Start:hits[0].End] != names[i] {
			t.Fatalf("name %q: hits %v", names[i], render(text, hits))
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"D.I. Khan", "d i khan"},
		{"  North-Waziristan ", "north waziristan"},
		{"Mīrān Shāh", "miran shah"},
		{"Qila' Abdullah", "qila abdullah"},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtremeIDs(t *testing.T) {
	b := NewBuilder()
	b.Add("Kech", math.MaxInt32)
	b.Add("Kech", math.MinInt32)
	b.Add("Kech", 0)
	d := b.Build()
	hits := d.FindAll("in Kech")
	if len(hits) != 1 || !slices.Equal(hits[0].IDs, []int32{math.MinInt32, 0, math.MaxInt32}) {
		t.Errorf("FindAll = %+v", hits)
	}
}

// TestGluedWords pins the splitting of a short word run into the name
// after it, and the words that must stay whole.
func TestGluedWords(t *testing.T) {
	b := NewBuilder()
	b.Add("Kabul", 1)
	b.Add("Quetta", 2)
	b.Add("Islamic State", 3)
	b.Add("KPK", 4)
	b.Add("Phone", 5)
	b.Add("Donald", 6)
	b.Add("Plus", 7)
	b.Add("Dhabi", 8)
	b.Add("Nearby", 9)
	d := b.Build()
	tests := []struct {
		text string
		want []found
	}{
		{"gunmen opened fire atKabul University", []found{{"Kabul", []int32{1}}}},
		{"a bomb went off inQuetta on Monday", []found{{"Quetta", []int32{2}}}},
		{"TheIslamic State claimed it", []found{{"Islamic State", []int32{3}}}},
		{"a raid inKPK was reported", []found{{"KPK", []int32{4}}}},
		{"a rally nearQuetta", []found{{"Quetta", []int32{2}}}},
		// Not a glue word, or not a name after it: the word stays whole.
		{"an iPhone and a McDonald store", nil},
		{"the OnePlus launch", nil},
		{"the AbuDhabi office", nil},
		{"in Nearby news", []found{{"Nearby", []int32{9}}}},
		{"the ATTACK on Quetta", []found{{"Quetta", []int32{2}}}},
	}
	for _, tt := range tests {
		if got := render(tt.text, d.FindAll(tt.text)); !slices.EqualFunc(got, tt.want, func(a, b found) bool {
			return a.Text == b.Text && slices.Equal(a.IDs, b.IDs)
		}) {
			t.Errorf("FindAll(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestIsWordRuneFastPaths checks the blocks isWordRune answers without the
// Unicode tables against the tables.
func TestIsWordRuneFastPaths(t *testing.T) {
	for r := rune(0); r <= 0x2100; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		if isWordRune(r) != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, !want, want)
		}
	}
}

// TestCutIntoReuse checks that a Text cut again into another text's
// buffers finds the names a fresh Cut finds, whether the new text is
// longer or shorter than the last.
func TestCutIntoReuse(t *testing.T) {
	b := NewBuilder()
	for i, p := range []string{"D.I. Khan", "North Waziristan", "Mir Ali", "Kabul"} {
		b.Add(p, int32(i))
	}
	d := b.Build()
	reused := new(Text)
	for _, text := range []string{
		"Two soldiers were killed in Mir Ali, North Waziristan, and one in D.I. Khan.",
		"Kabul",
		"atKabul and North-Waziristan",
		"",
		"Talks in Kabul ended; troops left Mir Ali for D I Khan and North Waziristan the next day.",
	} {
		want := render(text, d.FindIn(Cut(text)))
		got := render(text, d.FindIn(CutInto(text, reused)))
		if !slices.EqualFunc(got, want, func(a, b found) bool { return a.Text == b.Text && slices.Equal(a.IDs, b.IDs) }) {
			t.Errorf("CutInto(%q) after another text found %v, want %v", text, got, want)
		}
	}
}
