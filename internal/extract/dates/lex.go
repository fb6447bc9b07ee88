package dates

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

const (
	tWord = iota // letters
	tNum         // a run of digits
	tSym         // any other single rune
)

// token is one lexical unit; low is its text with ASCII letters
// lower-cased.
type token struct {
	start, end int
	kind       int
	low        string
}

// lex splits text into words, digit runs and single symbols, skipping white
// space. Unlike the numbers package's lexer, digit runs stop at every
// separator: "26-12-2022" is five tokens, which the date patterns need.
//
// The whole text is lower-cased once and tokens slice that copy, so lexing
// costs two allocations however many words there are, and the token list
// comes from a pool: call release when done with it.
func lex(text string) (toks []token, release func()) {
	low := lowerASCII(text)
	tp := tokenPool.Get().(*[]token)
	toks = (*tp)[:0]
	if cap(toks) < len(text)/4+1 {
		toks = make([]token, 0, len(text)/4+1)
	}
	add := func(i, j, kind int) { toks = append(toks, token{i, j, kind, low[i:j]}) }
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			add(i, j, tNum)
			i = j
		case isASCIILetter(c):
			j := wordEnd(text, i+1)
			add(i, j, tWord)
			i = j
		case c < utf8.RuneSelf:
			add(i, i+1, tSym)
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
			case unicode.IsLetter(r):
				j := wordEnd(text, i+n)
				add(i, j, tWord)
				i = j
			default:
				add(i, i+n, tSym)
				i += n
			}
		}
	}
	return toks, func() {
		// A pooled list still points into its last text's lower-cased copy
		// until it is reused or the pool is emptied at a collection: one
		// text per list at most.
		*tp = toks[:0]
		tokenPool.Put(tp)
	}
}

// tokenPool recycles token lists: a list is about ten times the size of
// its text, and zeroing and collecting a fresh one per text cost more
// than lexing into it.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// wordEnd returns the end of the word whose letters continue at j.
func wordEnd(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if isASCIILetter(c) {
			j++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

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
