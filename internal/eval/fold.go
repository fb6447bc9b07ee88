package eval

import (
	"strings"
	"unicode"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// foldName normalises an admin unit name for comparison: accents and case
// are folded, punctuation becomes space, and the "district" and "agency"
// suffixes (and "district" as a prefix) are dropped, so "Kēch District"
// equals "kech".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if base, ok := accents[r]; ok {
			r = base
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// A combining accent left over from decomposed input.
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	for len(words) > 1 && (words[len(words)-1] == "district" || words[len(words)-1] == "agency") {
		words = words[:len(words)-1]
	}
	if len(words) > 1 && words[0] == "district" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// accents maps the precomposed Latin letters that appear in transliterated
// place names to their base letter.
var accents = func() map[rune]rune {
	m := map[rune]rune{}
	for base, forms := range map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ďđḍ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ",
		'h': "ĥħḥ", 'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňṇ",
		'o': "òóôõöøōŏő", 'r': "ŕŗřṛ", 's': "śŝşšṣ", 't': "ţťŧṭ", 'u': "ùúûüũūŭůűų",
		'w': "ŵ", 'y': "ýÿŷ", 'z': "źżžẓ",
	} {
		for _, r := range forms {
			m[r] = base
		}
	}
	return m
}()

// killed is an event's death toll: the split by category when the
// extractor gave one, else its fatalities figure.
func killed(e vigil.Event) int {
	if k := e.Casualties.Killed(); k > 0 {
		return k
	}
	if e.Fatalities != nil {
		return *e.Fatalities
	}
	return 0
}

// firstEvent returns the first event of an extraction, and false when there
// is none.
func firstEvent(x vigil.Extraction) (vigil.Event, bool) {
	if len(x.Events) == 0 {
		return vigil.Event{}, false
	}
	return x.Events[0], true
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
