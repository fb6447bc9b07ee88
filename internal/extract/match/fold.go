package match

import (
	"unicode"
	"unicode/utf8"
)

// byteClass tells, for each ASCII byte, whether it belongs to a word and, if
// so, its folded form. Non-ASCII bytes take the slow path through unicode.
var (
	asciiWord [utf8.RuneSelf]bool
	asciiFold [utf8.RuneSelf]byte
)

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		switch {
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			asciiWord[c], asciiFold[c] = true, b
		case b >= 'A' && b <= 'Z':
			asciiWord[c], asciiFold[c] = true, b+'a'-'A'
		}
	}
}

// isWordRune reports whether r is part of a word: letters, digits and the
// combining marks that Arabic-script and Indic names carry.
func isWordRune(r rune) bool {
	// The blocks of Latin and Cyrillic news copy and its punctuation are
	// answered without the Unicode tables' search.
	switch {
	case r < utf8.RuneSelf:
		return asciiWord[r]
	case 0x100 <= r && r <= 0x24f: // Latin Extended-A and -B: all letters
		return true
	case 0x400 <= r && r <= 0x4ff: // Cyrillic: letters and combining marks, not a sign and two enclosing marks
		return r != 0x482 && r != 0x488 && r != 0x489
	case 0x2000 <= r && r <= 0x206f: // general punctuation: ’ “ ” – —
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// isApostrophe reports whether r is an apostrophe-like mark that vanishes
// inside a word, so "Shi'ite", "Shi’ite" and "Shiite" read the same.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', 'ʻ':
		return true
	}
	return false
}

// isJoiner reports whether r may stand between two words of one name: spaces,
// dots, hyphens and apostrophes ("D.I. Khan", "North-Waziristan",
// "Qila' Abdullah"). Commas, brackets and the like end a name.
func isJoiner(r rune) bool {
	if isApostrophe(r) {
		return true
	}
	switch r {
	case ' ', '\t', '\n', '\r', '.', '-', '‐', '‑', '–', '—', '\u00a0', '_':
		return true
	}
	return false
}

// maxJoinerRunes bounds the gap between two words of a name, so that a name
// does not run across a paragraph of dashes.
const maxJoinerRunes = 3

// foldRune maps r to the representative of its simple case-folding orbit
// (the smallest rune in it) with Latin diacritics removed, so that "Ā", "ā"
// and "a" compare equal.
func foldRune(r rune) rune {
	if b, ok := latinBase[r]; ok {
		r = b
	}
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	// For ASCII letters the smallest is the capital; keep the lower case so
	// the fast path and the slow path agree.
	if min >= 'A' && min <= 'Z' {
		min += 'a' - 'A'
	}
	return min
}
