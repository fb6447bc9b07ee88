package dates

import (
	"unicode"
	"unicode/utf8"
)

const (
	tWord = iota // letters
	tNum         // a run of digits
	tSym         // any other single rune
)

// token is one lexical unit; low is ASCII-lower-cased.
type token struct {
	start, end int
	kind       int
	low        string
}

// lex splits text into words, digit runs and single symbols, skipping white
// space. Unlike the numbers package's lexer, digit runs stop at every
// separator: "26-12-2022" is five tokens, which the date patterns need.
func lex(text string) []token {
	toks := make([]token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			toks = append(toks, token{i, i + 1, tSym, text[i : i+1]})
			i++
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, token{i, j, tNum, text[i:j]})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			toks = append(toks, token{i, j, tWord, lower(text[i:j])})
			i = j
		default:
			toks = append(toks, token{i, i + n, tSym, text[i : i+n]})
			i += n
		}
	}
	return toks
}

func lower(s string) string {
	b := []byte(s)
	changed := false
	for k := range b {
		if b[k] >= 'A' && b[k] <= 'Z' {
			b[k] += 'a' - 'A'
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}
