// Package lex cuts a sentence into lower-cased word tokens with byte offsets.
// The rule-based stages of extraction (taxonomy, casualties, claims,
// equipment) all read the same tokens, so they agree on what a word is.
package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/extract/sentences"
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int    // byte offsets into the text given to Tokens
	Text       string // the original spelling
	Lower      string // lower case, curly apostrophes straightened, "KIA" spelt out, "lobed" mended
	Punct      bool   // a punctuation mark (one character)
}

// Is reports whether the token is one of words (lower case).
func (t Token) Is(words ...string) bool {
	for _, w := range words {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// Tokens splits text[start:end] into tokens whose offsets point into text.
// Words keep inner hyphens, apostrophes, dots and commas between digits
// ("intelligence-based", "9,524", "7.2"); every other non-space character
// is a one-character punctuation token.
func Tokens(text string, start, end int) []Token {
	return appendTokens(make([]Token, 0, (end-start)/5+1), text, lowerASCII(text[start:end]), start, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks. low is
// text's ASCII letters lower-cased from byte base on (low[k] is
// text[base+k]): an ASCII word slices its Lower from it instead of
// allocating its own. Only words with other runes take the slow path.
func appendTokens(toks []Token, text, low string, base, start, end int) []Token {
	i := start
	for i < end {
		// Spaces between ASCII words are most of what is skipped.
		if c := text[i]; c < utf8.RuneSelf && asciiSpace[c] {
			i++
			continue
		}
		r, size := runeAt(text, i, end)
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, Token{Start: i, End: i + size, Text: text[i : i+size], Lower: text[i : i+size], Punct: true})
			i += size
			continue
		}
		j, ascii := i+size, size == 1
		for j < end {
			if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++
				continue
			}
			r2, s2 := runeAt(text, j, end)
			if isWordRune(r2) {
				j += s2
				ascii = ascii && s2 == 1
				continue
			}
			// Joiners stay inside a word only between word characters.
			if r2 == '-' || r2 == '\'' || r2 == '\u2019' || ((r2 == '.' || r2 == ',') && isDigitBefore(text, j) && j+1 < end && isDigit(text[j+1])) {
				if j+s2 < end {
					r3, _ := runeAt(text, j+s2, end)
					if isWordRune(r3) {
						j += s2
						ascii = ascii && s2 == 1
						continue
					}
				}
			}
			break
		}
		w := text[i:j]
		t := Token{Start: i, End: j, Text: w}
		switch {
		case (w == "incl" || w == "Incl") && j < end && text[j] == '.':
			// A hurried note's "incl." ("26 killed incl. the bomber") is
			// one word, read as the word it stands for; its dot ends no
			// sentence and parts no list.
			j++
			t.End, t.Text, t.Lower = j, text[i:j], "including"
		case w == "KIA" && killedInAction(toks):
			// The military's "killed in action", in a hurried note's toll
			// ("2 FC men KIA"), is read as the word it stands for by every
			// rule at once.
			t.Lower = "killed"
		case ascii && j-i == 5 && low[i-base:j-base] == "lobed":
			// A hurried note's "lobed grenade" drops the doubled b of
			// "lobbed"; the botanist's "lobed" is no word of the news
			// vigil reads, so every rule reads the verb it stands for.
			t.Lower = "lobbed"
		case ascii:
			t.Lower = low[i-base : j-base]
		default:
			t.Lower = lower(w)
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// killedInAction reports whether a "KIA" after toks stands for "killed in
// action": right after the men it tells of ("2 FC men KIA"), not after an
// article or a preposition that makes it a name ("a spokesman for the KIA",
// the Kachin Independence Army; "Kia", the carmaker, is spelt otherwise).
func killedInAction(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	prev := toks[len(toks)-1]
	return !prev.Punct && !prev.Is("the", "a", "an", "of", "for", "by", "with", "from", "and", "to", "in", "on", "at")
}

// runeAt decodes the rune at byte i of text[:end], sparing ASCII the
// decoder.
func runeAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

func isWordRune(r rune) bool {
	// The blocks of Latin and Cyrillic news copy and its punctuation are
	// answered without the Unicode tables' search.
	switch {
	case r < utf8.RuneSelf:
		return asciiWord[r]
	case 0x100 <= r && r <= 0x24f: // Latin Extended-A and -B: all letters
		return true
	case 0x400 <= r && r <= 0x4ff: // Cyrillic: letters but for a sign and combining marks
		return r <= 0x481 || r >= 0x48a
	case 0x2000 <= r && r <= 0x206f: // general punctuation: ’ “ ” – —
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord tells which ASCII characters are word runes: letters and
// digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiSpace tells which ASCII characters unicode.IsSpace reports.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = true
	}
	return t
}()

// lowerASCII lower-cases an ASCII string, returning it unchanged (and
// unallocated) when it has no capitals.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if c := b[k]; c >= 'A' && c <= 'Z' {
					b[k] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Digits reports whether w is a number written in digits only ("13").
func Digits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// Capitals reports whether w is written in two or more ASCII capitals and
// nothing else: an abbreviation ("FC", "CTD", "SIGAR").
func Capitals(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigitBefore(s string, i int) bool { return i > 0 && isDigit(s[i-1]) }

func lower(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			return lowerSlow(w)
		}
	}
	if ascii {
		return w
	}
	return lowerSlow(w)
}

// lowerSlow lowers a word with a capital or a rune beyond ASCII in one
// pass, straightening the curly apostrophe of "Pakistan’s" on the way:
// such words are common enough in news copy for two passes to show.
func lowerSlow(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == '\u2019' {
			b = append(b, '\'')
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r)) // a stray byte becomes U+FFFD, as strings.ToLower makes it
		}
		i += n
	}
	return string(b)
}

// Find returns the index of the first token at or after from whose Lower
// starts the word sequence seq, or -1.
func Find(toks []Token, from int, seq ...string) int {
	for i := from; i+len(seq) <= len(toks); i++ {
		if HasAt(toks, i, seq...) {
			return i
		}
	}
	return -1
}

// HasAt reports whether the tokens from i spell seq.
func HasAt(toks []Token, i int, seq ...string) bool {
	if i < 0 || i+len(seq) > len(toks) {
		return false
	}
	for k, w := range seq {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// Sentence is one sentence of a text with its tokens. Para counts the
// paragraphs (blank-line or line-break separated blocks) before it.
type Sentence struct {
	Start, End int
	Para       int
	Toks       []Token
}

// Split cuts text into sentences (sentences.Split), numbers their
// paragraphs — a line break between two sentences starts a new one, as
// news copy puts one paragraph per line — and tokenises them.
func Split(text string) []Sentence {
	out, _ := SplitInto(text, nil)
	return out
}

// SplitInto is Split with the sentences' tokens in buf's array when it has
// room for them. It returns the array it used, so that a caller splitting
// many texts one after another allocates it once: the array is about
// eleven times the size of the text, and the largest allocation of an
// extraction. The sentences of the previous call must no longer be in use.
func SplitInto(text string, buf []Token) ([]Sentence, []Token) {
	spans := sentences.Split(text)
	out := make([]Sentence, len(spans))
	// The tokens of all the sentences share one array, each sentence a
	// capped window of it: one allocation instead of one per sentence.
	// (Room for a token every five bytes: growing an array of tokens,
	// which hold pointers, copies it under the write barrier.)
	all := buf[:0]
	if need := len(text)/5 + 1; cap(all) < need {
		all = make([]Token, 0, need)
	}
	low := lowerASCII(text)
	para, prevEnd := 0, 0
	for i, sp := range spans {
		if i > 0 && strings.IndexByte(text[prevEnd:sp.Start], '\n') >= 0 {
			para++
		}
		first := len(all)
		all = appendTokens(all, text, low, 0, sp.Start, sp.End)
		out[i] = Sentence{Start: sp.Start, End: sp.End, Para: para, Toks: all[first:len(all):len(all)]}
		prevEnd = sp.End
	}
	return out, all
}

// IsModal reports whether t is a modal verb that makes what follows it
// possible or supposed rather than done: "may", "could", "would", "will",
// "they'll", "won't". Capitalised words are not ("May" opens a date), nor
// are the negated forms of be, have and do ("wasn't", "didn't").
func IsModal(t Token) bool {
	if t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
		return false
	}
	if t.Is("may", "might", "could", "would", "should", "must", "will", "shall", "can", "cannot") {
		return true
	}
	w := strings.ReplaceAll(t.Lower, "’", "'")
	return strings.HasSuffix(w, "'ll") ||
		strings.HasSuffix(w, "n't") && !t.Is("wasn't", "weren't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "didn't")
}

// WordSet returns the set of the space-separated words of s: the word
// lists the rules ask of every token are sets.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
