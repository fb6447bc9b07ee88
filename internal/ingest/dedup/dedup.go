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

// MinResemblance is the share of three-word shingles two texts must have in
// common (Jaccard index) to be near-duplicates. SimHash finds candidates
// cheaply; on short, formulaic reports it also finds texts that merely share
// stock phrases, and this check, calibrated in dedup_test.go, rejects them.
const MinResemblance = 0.5

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

// Resemblance is the Jaccard index of the two texts' sets of three-word
// shingles: 1 for the same words in the same order, 0 for nothing shared.
func Resemblance(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	if len(sa) == 0 && len(sb) == 0 {
		return 1
	}
	common := 0
	for h := range sa {
		if sb[h] {
			common++
		}
	}
	return float64(common) / float64(len(sa)+len(sb)-common)
}

// shingles is the set of hashed three-word shingles of text.
func shingles(text string) map[uint64]bool {
	ws := words(text)
	set := map[uint64]bool{}
	if len(ws) < shingleSize {
		if len(ws) > 0 {
			set[fnv64a(ws)] = true
		}
		return set
	}
	for i := 0; i+shingleSize <= len(ws); i++ {
		set[fnv64a(ws[i:i+shingleSize])] = true
	}
	return set
}
