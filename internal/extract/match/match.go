// Package match finds dictionary names (place names, actor aliases) in text
// in one pass.
//
// Names and text are cut into words the same way: runs of letters, digits
// and combining marks, case-folded (Unicode simple folding, Latin diacritics
// removed) with apostrophes inside a word dropped. A name matches where its
// words follow each other in the text separated only by spaces, dots or
// hyphens, so "D.I. Khan" matches "D I Khan" and "North-Waziristan" matches
// "North Waziristan", and a match always starts and ends on word boundaries.
//
// The dictionary is a trie over word identifiers: the text is cut into words
// once, each word is looked up once in the vocabulary of the dictionary, and
// the trie is walked from each word that can start a name.
package match

import (
	"cmp"
	"slices"
	"sync"
	"unicode/utf8"
)

// Builder collects names before they are compiled into a Dict. The zero
// value is not usable; call NewBuilder.
type Builder struct {
	vocab map[string]int32
	next  map[uint64]int32 // (node, word) -> child node
	nodes int32            // nodes made so far; node 0 is the root
	ends  []ending         // (node, id) for every name added
	buf   []byte
}

// ending records that the name with the given id ends at a node.
type ending struct{ node, id int32 }

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		vocab: make(map[string]int32),
		next:  make(map[uint64]int32),
		nodes: 1,
	}
}

// Grow makes room for about n more patterns, sparing the rehashing of the
// Builder's tables as they fill: worth calling when the count is known.
func (b *Builder) Grow(n int) {
	if n <= 0 {
		return
	}
	vocab := make(map[string]int32, len(b.vocab)+n)
	for k, v := range b.vocab {
		vocab[k] = v
	}
	next := make(map[uint64]int32, len(b.next)+2*n)
	for k, v := range b.next {
		next[k] = v
	}
	b.vocab, b.next = vocab, next
	b.ends = slices.Grow(b.ends, n)
}

// Add records that pattern names the entry id. The same pattern may be added
// with several ids (a name shared by several places); adding the same pair
// twice is harmless. A pattern without any letter or digit is ignored.
func (b *Builder) Add(pattern string, id int32) {
	node := int32(0)
	words := 0
	for i := 0; i < len(pattern); {
		var start, end int
		b.buf, start, end = nextWord(pattern, i, b.buf[:0])
		if start < 0 {
			break
		}
		i = end
		w, ok := b.vocab[string(b.buf)]
		if !ok {
			w = int32(len(b.vocab))
			b.vocab[string(b.buf)] = w
		}
		key := edgeKey(node, w)
		child, ok := b.next[key]
		if !ok {
			child = b.nodes
			b.nodes++
			b.next[key] = child
		}
		node = child
		words++
	}
	if words == 0 {
		return
	}
	b.ends = append(b.ends, ending{node, id})
}

// Build compiles the names added so far into a Dict. The Builder may be
// discarded afterwards; it must not be used again.
func (b *Builder) Build() *Dict {
	d := &Dict{
		vocab:    b.vocab,
		next:     b.next,
		rootNext: make([]int32, len(b.vocab)),
		first:    make([]int32, b.nodes+1),
	}
	d.filter = newWordFilter(d.vocab)
	// The root's children are looked up for nearly every word of a text:
	// give them an array. They stay in the map too, where they do no harm.
	for key, child := range b.next {
		if key>>32 == 0 {
			d.rootNext[int32(uint32(key))] = child
		}
	}
	// The ids of all names sit in one array, grouped by the node where the
	// name ends: node n's ids are ids[first[n]:first[n+1]].
	slices.SortFunc(b.ends, func(x, y ending) int {
		if x.node != y.node {
			return cmp.Compare(x.node, y.node)
		}
		return cmp.Compare(x.id, y.id)
	})
	b.ends = slices.Compact(b.ends)
	d.ids = make([]int32, len(b.ends))
	for i, e := range b.ends {
		d.ids[i] = e.id
		d.first[e.node+1]++
	}
	for n := 1; n < len(d.first); n++ {
		d.first[n] += d.first[n-1]
	}
	b.vocab, b.next, b.ends = nil, nil, nil
	return d
}

// Dict is a compiled set of names. It is immutable and safe for concurrent
// use.
type Dict struct {
	vocab    map[string]int32
	rootNext []int32          // word -> child of the root, 0 when none
	next     map[uint64]int32 // (node, word) -> child for nodes below the root
	filter   wordFilter       // answers "surely not in vocab" without the map
	ids      []int32          // ids of every name, grouped by end node
	first    []int32          // node n's ids are ids[first[n]:first[n+1]]
}

// idsAt returns the ids of the names ending at node, nil when none does.
func (d *Dict) idsAt(node int32) []int32 {
	lo, hi := d.first[node], d.first[node+1]
	if lo == hi {
		return nil
	}
	return d.ids[lo:hi:hi]
}

// Hit is one name found in a text: the byte offsets of the matched words in
// the text (End exclusive) and the ids of every name spelled that way, in
// ascending order. IDs is shared with the Dict: do not modify it.
type Hit struct {
	Start, End int
	IDs        []int32
}

// FindAll returns the names in text, left to right, choosing at each
// position the longest name that starts there (leftmost-longest) and never
// returning overlapping hits.
func (d *Dict) FindAll(text string) []Hit { return d.FindIn(Cut(text)) }

// FindIn is FindAll over a text already cut into words, so that several
// dictionaries share the cutting.
func (d *Dict) FindIn(t *Text) []Hit {
	wp := wordPool.Get().(*[]word)
	words := d.words(t, (*wp)[:0])
	defer func() {
		*wp = words[:0]
		wordPool.Put(wp)
	}()
	hits := make([]Hit, 0, 8)
	for i := 0; i < len(words); {
		node := d.rootNext[words[i].word]
		if node == 0 {
			i++
			continue
		}
		last, lastNode := -1, int32(0)
		for j := i; ; {
			if d.first[node] != d.first[node+1] {
				last, lastNode = j, node
			}
			j++
			if j >= len(words) || !words[j].joined {
				break
			}
			child, ok := d.next[edgeKey(node, words[j].word)]
			if !ok {
				break
			}
			node = child
		}
		if last < 0 {
			i++
			continue
		}
		hits = append(hits, Hit{Start: words[i].start, End: words[last].end, IDs: d.idsAt(lastNode)})
		i = last + 1
	}
	return hits
}

// Text is a text cut into folded words once, to be matched against several
// dictionaries. It is immutable after Cut (until CutInto reuses it).
type Text struct {
	text   string
	folded []byte    // the folded words, one after another
	words  []cutWord // every word of the text, in order
}

// cutWord is one word of a Text: its byte span in the text, its folded
// form's span in Text.folded and the hash the word filters test.
type cutWord struct {
	start, end int
	lo, hi     int32
	hash       uint64
}

// Cut cuts text into words as every Dict reads them.
func Cut(text string) *Text { return CutInto(text, new(Text)) }

// CutInto is Cut into t, reusing its buffers when they have room: a caller
// cutting many texts one after another allocates them once. t must no
// longer be in use.
func CutInto(text string, t *Text) *Text {
	t.text = text
	if cap(t.folded) < len(text) {
		t.folded = make([]byte, 0, len(text))
	}
	t.folded = t.folded[:0]
	// Words of news copy average five or six bytes with their spaces:
	// room for one every five bytes spares growing the slice.
	if need := len(text)/5 + 1; cap(t.words) < need {
		t.words = make([]cutWord, 0, need)
	}
	t.words = t.words[:0]
	for i := 0; i < len(text); {
		lo := len(t.folded)
		var start, end int
		t.folded, start, end = nextWord(text, i, t.folded)
		if start < 0 {
			break
		}
		i = end
		hi := len(t.folded)
		// "atKabul": a feed dropped the space after a short word. Both
		// parts are ASCII letters here, folded one byte for one byte.
		if k := gluedPrefix(text[start:end]); k > 0 {
			t.words = append(t.words, cutWord{start: start, end: start + k, lo: int32(lo), hi: int32(lo + k), hash: fnv1a(t.folded[lo : lo+k])})
			start, lo = start+k, lo+k
		}
		t.words = append(t.words, cutWord{start: start, end: end, lo: int32(lo), hi: int32(hi), hash: fnv1a(t.folded[lo:hi])})
	}
	return t
}

// glueWords are the short words that copy pasted from web pages runs into
// the capitalised word after them when a line break or a link loses its
// space: "atKabul University", "inQuetta", "TheIslamic State".
var glueWords = [...]string{"at", "in", "on", "of", "to", "by", "an", "the", "and", "from", "near", "into"}

// gluedPrefix returns the length of a glue word run into the name after it
// ("atKabul" -> 2, "TheIslamic" -> 3), or 0. The word must be written in
// lower case (its first letter may be a capital), and the name after it
// must start with a capital and have at least three letters, so "iPhone",
// "McDonald" and "OnePlus" stay whole.
func gluedPrefix(w string) int {
	// Nearly every word fails here: no capital where a glue word would end.
	if len(w) < 5 || !isUpperASCII(w[2]) && !isUpperASCII(w[3]) && !isUpperASCII(w[4]) {
		return 0
	}
	for _, g := range glueWords {
		k := len(g)
		if len(w) < k+3 || !isUpperASCII(w[k]) || !isLowerASCII(w[k+1]) && !isUpperASCII(w[k+1]) {
			continue
		}
		if w[0]|0x20 != g[0] || w[1:k] != g[1:] {
			continue
		}
		if isLowerASCII(w[k+1]) || isUpperASCII(w[k+2]) {
			return k
		}
	}
	return 0
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// String returns the text that was cut.
func (t *Text) String() string { return t.text }

// word is one word of a text that occurs in the dictionary's vocabulary.
// joined is set when the previous word of the text is also in the vocabulary
// and only a short run of spaces, dots or hyphens separates them, so that a
// name may continue across the gap.
type word struct {
	start, end int
	word       int32
	joined     bool
}

// wordPool recycles the word lists of FindIn, which would otherwise be
// most of what matching a long text allocates.
var wordPool = sync.Pool{New: func() any { return new([]word) }}

// words appends the words of t the dictionary knows to out.
func (d *Dict) words(t *Text, out []word) []word {
	prevEnd := -1 // end of the previous word when it was kept
	for _, cw := range t.words {
		if !d.filter.mayHave(cw.hash) {
			prevEnd = -1
			continue
		}
		w, ok := d.vocab[string(t.folded[cw.lo:cw.hi])]
		if !ok {
			prevEnd = -1
			continue
		}
		out = append(out, word{start: cw.start, end: cw.end, word: w, joined: prevEnd >= 0 && joinable(t.text[prevEnd:cw.start])})
		prevEnd = cw.end
	}
	return out
}

// joinable reports whether gap may separate two words of one name.
func joinable(gap string) bool {
	n := 0
	for _, r := range gap {
		if !isJoiner(r) {
			return false
		}
		n++
	}
	return n <= maxJoinerRunes
}

// nextWord finds the first word of s at or after byte i and appends its
// folded form to buf. It returns the word's byte span in s, or start -1 when
// no word is left.
func nextWord(s string, i int, buf []byte) (out []byte, start, end int) {
	// Skip to the first word rune.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		return buf, -1, len(s)
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				buf = append(buf, asciiFold[c])
				i++
				continue
			}
			if (c == '\'' || c == '`') && !possessive(s, i+1) {
				if _, ok := wordRuneAt(s, i+1); ok {
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			buf = utf8.AppendRune(buf, foldRune(r))
			i += size
			continue
		}
		if isApostrophe(r) && !possessive(s, i+size) {
			if _, ok := wordRuneAt(s, i+size); ok {
				i += size
				continue
			}
		}
		break
	}
	return buf, start, i
}

// possessive reports whether s continues at byte i with the "s" of an
// English possessive ("Kabul's"), which ends the word rather than joining it.
func possessive(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	_, ok := wordRuneAt(s, i+1)
	return !ok
}

// wordRuneAt reports whether a word rune starts at byte i of s, and its size.
func wordRuneAt(s string, i int) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 1, asciiWord[c]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, isWordRune(r)
}

// wordFilter is a one-hash Bloom filter over the vocabulary. Most words of
// a text name nothing; the filter turns them away from a bit array small
// enough to stay in cache, where a miss in the vocabulary map would cost a
// trip to memory.
type wordFilter struct {
	bits []uint64
	mask uint64
}

func newWordFilter(vocab map[string]int32) wordFilter {
	n := uint64(1) << 16
	for n < 16*uint64(len(vocab)) { // about 6% false positives
		n <<= 1
	}
	f := wordFilter{bits: make([]uint64, n/64), mask: n - 1}
	for w := range vocab {
		h := fnv1a([]byte(w)) & f.mask
		f.bits[h/64] |= 1 << (h % 64)
	}
	return f
}

// mayHave reports whether the word whose fnv1a hash is h may be in the
// vocabulary.
func (f wordFilter) mayHave(h uint64) bool {
	if f.bits == nil {
		return true
	}
	h &= f.mask
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// fnv1a is the 64-bit FNV-1a hash.
func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func edgeKey(node, w int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(w)) }

// Fold returns s as the matcher reads it: its words, folded, joined by single
// spaces. Two names that Fold to the same string match the same text, so
// callers use it as a key when they look names up themselves.
func Fold(s string) string {
	var out, buf []byte
	for i := 0; i < len(s); {
		var start, end int
		buf, start, end = nextWord(s, i, buf[:0])
		if start < 0 {
			break
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, buf...)
		i = end
	}
	return string(out)
}
