package web

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Segment is a run of a document's text, marked when it lies inside one or
// more evidence spans. Templates print Text escaped; the marks are the only
// markup, so untrusted report text can never become HTML.
type Segment struct {
	Text   string
	Mark   bool
	Fields string // the evidence fields the span supports, for the tooltip
}

// Highlight cuts text into segments, marking the union of the evidence spans.
// Overlapping and touching spans become one mark listing all their fields.
// Spans that fall outside the text, are empty or reversed, or cut a UTF-8
// character in two are ignored: evidence from a bad extraction must not
// break the page.
func Highlight(text string, ev []vigil.Evidence) []Segment {
	type span struct {
		start, end int
		fields     []string
	}
	var spans []span
	for _, e := range ev {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			continue
		}
		if !boundary(text, e.Start) || !boundary(text, e.End) {
			continue
		}
		spans = append(spans, span{e.Start, e.End, []string{e.Field}})
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end < spans[j].end
	})
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			last := &merged[n-1]
			last.end = max(last.end, s.end)
			last.fields = append(last.fields, s.fields...)
			continue
		}
		merged = append(merged, s)
	}
	var out []Segment
	pos := 0
	for _, s := range merged {
		if s.start > pos {
			out = append(out, Segment{Text: text[pos:s.start]})
		}
		out = append(out, Segment{Text: text[s.start:s.end], Mark: true, Fields: joinUnique(s.fields)})
		pos = s.end
	}
	if pos < len(text) {
		out = append(out, Segment{Text: text[pos:]})
	}
	return out
}

// boundary reports whether byte offset i of s starts a character (or is the
// end of s).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

func joinUnique(fields []string) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fields {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return strings.Join(out, ", ")
}
