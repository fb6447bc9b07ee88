package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// marked renders segments as text with [brackets] around marks, to compare
// against expectations written by hand.
func marked(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Mark {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func ev(start, end int, field string) vigil.Evidence {
	return vigil.Evidence{Field: field, Start: start, End: end}
}

func TestHighlight(t *testing.T) {
	const text = "Two soldiers and six militants were killed." // 0..43
	tests := []struct {
		name   string
		ev     []vigil.Evidence
		want   string
		fields []string // Fields of each mark, in order
	}{
		{"none", nil, text, nil},
		{"one", []vigil.Evidence{ev(0, 12, "sf")}, "[Two soldiers] and six militants were killed.", []string{"sf"}},
		{"two apart", []vigil.Evidence{ev(17, 30, "mil"), ev(0, 12, "sf")},
			"[Two soldiers] and [six militants] were killed.", []string{"sf", "mil"}},
		{"overlapping", []vigil.Evidence{ev(0, 12, "sf"), ev(4, 20, "x")}, "[Two soldiers and six] militants were killed.", []string{"sf, x"}},
		{"nested", []vigil.Evidence{ev(0, 43, "fatalities"), ev(17, 30, "mil")}, "[" + text + "]", []string{"fatalities, mil"}},
		{"touching", []vigil.Evidence{ev(0, 3, "a"), ev(3, 12, "b")}, "[Two soldiers] and six militants were killed.", []string{"a, b"}},
		{"same span twice", []vigil.Evidence{ev(0, 3, "a"), ev(0, 3, "a")}, "[Two] soldiers and six militants were killed.", []string{"a"}},
		{"out of range", []vigil.Evidence{ev(40, 99, "a"), ev(-1, 3, "b")}, text, nil},
		{"empty and reversed", []vigil.Evidence{ev(5, 5, "a"), ev(9, 4, "b")}, text, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := Highlight(text, tc.ev)
			if got := marked(segs); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			var fields []string
			for _, s := range segs {
				if s.Mark {
					fields = append(fields, s.Fields)
				}
			}
			if strings.Join(fields, "|") != strings.Join(tc.fields, "|") {
				t.Errorf("fields %q, want %q", fields, tc.fields)
			}
		})
	}
}

// A span that would cut a character in two is dropped, not rendered as
// broken UTF-8.
func TestHighlightKeepsCharactersWhole(t *testing.T) {
	text := "Attack in Quetta — 26 killed"
	dash := strings.Index(text, "—")
	segs := Highlight(text, []vigil.Evidence{ev(dash+1, len(text), "cut"), ev(dash+len("— "), len(text), "ok")})
	if got := marked(segs); got != "Attack in Quetta — [26 killed]" {
		t.Errorf("got %q", got)
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Two soldiers — and six militants", 0, 3, 2, 9)
	f.Add("ٹی ٹی پی", 1, 4, 0, 2)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		segs := Highlight(text, []vigil.Evidence{ev(s1, e1, "a"), ev(s2, e2, "b")})
		var all strings.Builder
		for i, s := range segs {
			if s.Text == "" {
				t.Fatalf("empty segment %d", i)
			}
			if i > 0 && s.Mark && segs[i-1].Mark {
				t.Fatalf("adjacent marks were not merged: %q", marked(segs))
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
				t.Fatalf("segment %q cuts a character", s.Text)
			}
			all.WriteString(s.Text)
		}
		if all.String() != text {
			t.Fatalf("segments %q do not rebuild the text %q", marked(segs), text)
		}
	})
}

func BenchmarkHighlight(b *testing.B) {
	text := strings.Repeat("Security forces killed six militants in North Waziristan, the ISPR said. ", 40)
	var evs []vigil.Evidence
	for i := 0; i+30 < len(text); i += 97 {
		evs = append(evs, ev(i, i+30, "f"), ev(i+10, i+20, "g"))
	}
	b.ReportAllocs()
	for b.Loop() {
		Highlight(text, evs)
	}
}
