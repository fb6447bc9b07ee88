// Package dedup fingerprints document texts: a content hash so the same
// article is stored once, and a SimHash so wire copies (the same agency story
// with a new headline, dateline or sentence) are linked to the first copy.
package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"strings"
	"unicode"
)

// MaxDistance is the largest SimHash distance, in bits, at which two texts
// count as near-duplicates. It is calibrated in dedup_test.go: wire copies
// with a changed headline, dateline or sentence fall within it, different
// reports of the same kind of incident fall well outside.
const MaxDistance = 14

// shingleSize is the number of words in one SimHash feature. Three-word
// shingles keep word order, so two reports built from the same stock phrases
// ("security forces", "North Waziristan") still differ.
const shingleSize = 3

// Normalize collapses every run of white space (including no-break spaces)
// to one space and trims the ends, so a re-wrapped copy of a text hashes the
// same.
func Normalize(text string) string {
	return strings.Join(strings.Fields(text), " ")
}

// ContentHash is the hex SHA-256 of the normalised text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(Normalize(text)))
	return hex.EncodeToString(sum[:])
}

// words splits text into lower-case words of letters and digits; punctuation
// and case differences between copies do not count.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SimHash is Charikar's similarity hash of the text's three-word shingles:
// texts that share most shingles get hashes a few bits apart. A text shorter
// than one shingle is hashed as a single feature.
func SimHash(text string) uint64 {
	ws := words(text)
	var counts [64]int
	add := func(feature []string) {
		v := fnv64a(feature)
		for i := range counts {
			if v&(1<<uint(i)) != 0 {
				counts[i]++
			} else {
				counts[i]--
			}
		}
	}
	if len(ws) < shingleSize {
		add(ws)
	}
	for i := 0; i+shingleSize <= len(ws); i++ {
		add(ws[i : i+shingleSize])
	}
	var out uint64
	for i, c := range counts {
		if c > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

// fnv64a is the FNV-1a hash of the words joined by single spaces, computed
// in place because SimHash calls it once per word of every document.
func fnv64a(ws []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i, w := range ws {
		if i > 0 {
			h ^= ' '
			h *= prime
		}
		for j := 0; j < len(w); j++ {
			h ^= uint64(w[j])
			h *= prime
		}
	}
	return h
}

// Distance is the number of bits in which two SimHashes differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
