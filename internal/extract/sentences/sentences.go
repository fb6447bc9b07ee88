// Package sentences splits article text into sentences. It is a hand-written
// byte scanner rather than a statistical model or a regular expression
// because it runs on every article and must stay fast, and because news
// about Pakistan and Afghanistan is full of abbreviations ("Lt. Col.",
// "D.I. Khan", "Rs. 50,000") that generic splitters break on.
package sentences

import (
	"strings"
	"unicode/utf8"
)

// Span is one sentence: byte offsets into the text, End exclusive, with
// surrounding white space trimmed.
type Span struct{ Start, End int }

// Split returns the sentences of text in order. A sentence ends at '.', '!'
// or '?' (with any closing quotes or brackets that follow), at a blank line,
// and at a line break that starts a new paragraph (the next line does not
// begin with a lower-case letter, so hard-wrapped prose stays whole). A long
// stretch with no punctuation at all is divided at the cues splitBare reads.
func Split(text string) []Span {
	var spans []Span
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		if s < e {
			spans = append(spans, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		// Jump to the next byte that may end a sentence.
		j := strings.IndexAny(text[i:], "\n.!?")
		if j < 0 {
			break
		}
		i += j
		switch c := text[i]; c {
		case '\n':
			if lineBreakEnds(text, i) {
				emit(i)
			}
		case '.', '!', '?':
			end := closeAfter(text, i)
			if end < len(text) && !isSpace(text[end]) && !startsSpace(text, end) {
				// "7.2", "U.S.", "...": the terminator is inside a token,
				// unless the space after a full stop was lost between
				// two words: "reports Dawn.The militants...".
				if c == '.' && end == i+1 && glued(text, start, i) {
					emit(end)
				}
				continue
			}
			if !sentenceEnds(text, start, i, end) {
				i = end - 1
				continue
			}
			emit(end)
			i = end - 1
		}
	}
	emit(len(text))
	return splitBareSpans(text, spans)
}

// splitBareSpans divides the spans that are long stretches without
// punctuation (see isBare); it copies spans only when there is one.
func splitBareSpans(text string, spans []Span) []Span {
	for k, sp := range spans {
		if !isBare(text, sp.Start, sp.End) {
			continue
		}
		out := append([]Span(nil), spans[:k]...)
		for _, sp := range spans[k:] {
			if isBare(text, sp.Start, sp.End) {
				out = splitBare(out, text, sp.Start, sp.End)
			} else {
				out = append(out, sp)
			}
		}
		return out
	}
	return spans
}

// glued reports a full stop at i that lost its following space: a word of
// three or more letters ending in lower case before it, a capitalised word
// after it ("Dawn.The", "Times.LBRC"). Titles ("Mr.Khan"), initials
// ("U.S"), domains ("dawn.com") and numbers ("Rs.50") do not match.
func glued(text string, start, i int) bool {
	if i+2 >= len(text) || !(text[i+1] >= 'A' && text[i+1] <= 'Z') || !isASCIILetter(text[i+2]) {
		return false
	}
	j := i
	for j > start && isASCIILetter(text[j-1]) {
		j--
	}
	word := text[j:i]
	if len(word) < 3 || !(word[len(word)-1] >= 'a' && word[len(word)-1] <= 'z') || titles[word] || numberAbbrevs[word] {
		return false
	}
	// "e.g.The" and "Lt.Col" keep their dots: the word must not itself
	// follow a dot.
	return j == 0 || text[j-1] != '.'
}

// closeAfter returns the offset just past the terminator at i, any repeated
// terminators ("?!", "...") and the closing quotes or brackets after it.
func closeAfter(text string, i int) int {
	j := i + 1
	for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
		j++
	}
	for j < len(text) {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']':
			j++
		case hasPrefixAt(text, j, "\u201d") || hasPrefixAt(text, j, "\u2019"): // ” ’
			j += 3
		default:
			return j
		}
	}
	return j
}

// sentenceEnds decides whether the terminator at i (closing run ending at
// end) ends the sentence that began at start.
func sentenceEnds(text string, start, i, end int) bool {
	next, nextWord := nextToken(text, end)
	if next < len(text) {
		r, _ := utf8.DecodeRuneInString(text[next:])
		// "approx. five", "etc. and", "“Fire!” he shouted": a lower-case
		// continuation never starts a sentence.
		if isLower(r) {
			return false
		}
	}
	if text[i] != '.' || end-i > 1 && text[i+1] == '.' {
		return true
	}
	word := wordBefore(text, start, i)
	if word == "" {
		return true
	}
	nextIsDigit := next < len(text) && text[next] >= '0' && text[next] <= '9'
	switch {
	case titles[word]:
		// "Lt. Col. Ahmed", "Mr. Khan": a title always precedes a name.
		return false
	case numberAbbrevs[word]:
		// "No. 3", "Rs. 50,000", "Dec. 26", "Art. 245".
		return !nextIsDigit
	case isInitial(word):
		// "A. B. Khan", "D.I. Khan": a lone capital is an initial.
		return false
	case isAcronym(word):
		// "U.S. forces", "U.N. envoy" continue; "left by the U.S. The
		// report..." ends because a function word starts the next sentence.
		return sentenceStarters[nextWord]
	}
	return true
}

// lineBreakEnds reports whether the newline at i ends the current sentence:
// always at a blank line, otherwise unless the next line continues the
// prose in lower case.
func lineBreakEnds(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !isLower(r)
}

// wordBefore returns the token (letters and inner dots) ending at the
// terminator at i, without the terminator: "Col" for "Lt. Col.", "U.S" for
// "U.S.".
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		c := text[j-1]
		if isASCIILetter(c) || c == '.' {
			j--
			continue
		}
		break
	}
	return text[j:i]
}

// nextToken skips white space after end and returns where the next token
// begins and that token's leading letters.
func nextToken(text string, end int) (int, string) {
	j := end
	for j < len(text) && (isSpace(text[j]) || startsSpace(text, j)) {
		if isSpace(text[j]) {
			j++
		} else {
			j += 2
		}
	}
	k := j
	for k < len(text) && isASCIILetter(text[k]) {
		k++
	}
	return j, text[j:k]
}

// isInitial reports a single capital letter: "A" in "A. B. Khan".
func isInitial(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// isAcronym reports dotted capitals such as "U.S", "U.N", "D.I".
func isAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !(w[k] >= 'A' && w[k] <= 'Z') || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}

func trim(text string, s, e int) (int, int) {
	for s < e {
		if isSpace(text[s]) {
			s++
		} else if startsSpace(text, s) {
			s += 2
		} else {
			break
		}
	}
	for e > s {
		if isSpace(text[e-1]) {
			e--
		} else if e-2 >= s && text[e-2] == 0xC2 && text[e-1] == 0xA0 {
			e -= 2
		} else {
			break
		}
	}
	return s, e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// startsSpace reports a no-break space (U+00A0), common in scraped pages.
func startsSpace(text string, i int) bool { return hasPrefixAt(text, i, "\u00a0") }

func hasPrefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && text[i:i+len(p)] == p
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return false
}

// titles precede a name, so the period after them never ends a sentence.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sr": true, "Jr": true,
	"Lt": true, "Col": true, "Gen": true, "Maj": true, "Capt": true, "Cpt": true, "Brig": true,
	"Sgt": true, "Cpl": true, "Hav": true, "Sep": true, "Naik": true, "Lt.Gen": true, "Lt.Col": true,
	"Adm": true, "Cdr": true, "Insp": true, "Supt": true, "Gov": true, "Sen": true, "Rep": true,
	"St": true, "Mt": true, "Ft": true, "Sh": true, "Hon": true, "Amb": true,
}

// numberAbbrevs are abbreviations usually followed by a number.
var numberAbbrevs = map[string]bool{
	"No": true, "Nos": true, "no": true, "Rs": true, "Art": true, "Sec": true, "Vol": true, "Fig": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true, "approx": true, "Approx": true,
}

// sentenceStarters are words that begin a new sentence after a dotted
// acronym such as "U.S.".
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "This": true, "That": true, "These": true, "Those": true,
	"In": true, "On": true, "At": true, "But": true, "However": true, "Meanwhile": true,
	"Officials": true, "According": true, "There": true, "His": true, "Her": true, "Their": true,
}
