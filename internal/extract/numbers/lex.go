package numbers

import (
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	tWord = iota // letters, with inner hyphens and apostrophes: "twenty-one", "o'clock"
	tNum         // digits with inner separators: "9,524", "7.2", "26-12-2022" is three
	tSym         // any other single rune: "$", "%", "-", ":"
)

// token is one lexical unit of the text. low is the ASCII-lower-cased text
// of words (and the text of numbers and symbols).
type token struct {
	start, end int
	kind       int
	low        string
}

// lex splits text into tokens, skipping white space. It never splits a
// rune. The text is lower-cased once and tokens slice that copy, so lexing
// costs two allocations however many words there are.
func lex(text string) []token {
	low := lowerASCII(text)
	toks := make([]token, 0, len(text)/4+1)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) {
				if isDigit(text[j]) {
					j++
				} else if (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
				} else {
					break
				}
			}
			toks = append(toks, token{i, j, tNum, low[i:j]})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				if r == utf8.RuneError && n <= 1 {
					n = 1
				}
				if r == '\u00a0' || unicode.IsSpace(r) {
					i += n
					continue
				}
				toks = append(toks, token{i, i + n, tSym, low[i : i+n]})
				i += n
				continue
			}
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) {
					j += n
					continue
				}
				// Inner hyphen or apostrophe followed by a letter stays
				// inside the word: "twenty-one", "o'clock".
				if (r == '-' || r == '\'') && j+1 < len(text) && isLetterAt(text, j+1) {
					j++
					continue
				}
				break
			}
			toks = append(toks, token{i, j, tWord, low[i:j]})
			i = j
		}
	}
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// lowerASCII lower-cases ASCII letters and leaves every other byte alone,
// so offsets into the copy are offsets into the text.
func lowerASCII(s string) string {
	b := []byte(s)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}
