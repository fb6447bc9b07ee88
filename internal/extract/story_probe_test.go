package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract"
)

// storyLine is one line of testdata/story-probe.txt: a report, its
// publication date, the sub-event types of the events an ACLED coder would
// code from it in the text's order (none for a story that reports no new
// incident) and the scores vigil is known to miss ("count", "types").
type storyLine struct {
	Text      string   `json:"text"`
	Published string   `json:"published"`
	Events    []string `json:"events"`
	Gaps      []string `json:"gaps"`
}

// attackSubTypes are the sub-event types the SATP attack-type evaluation
// maps to an attack type: a story with one of them is "relevant".
var attackSubTypes = map[string]bool{
	"Armed clash":                       true,
	"Attack":                            true,
	"Suicide bomb":                      true,
	"Remote explosive/landmine/IED":     true,
	"Grenade":                           true,
	"Shelling/artillery/missile attack": true,
	"Air/drone strike":                  true,
	"Abduction/forced disappearance":    true,
}

func relevant(subs []string) bool {
	for _, s := range subs {
		if attackSubTypes[s] {
			return true
		}
	}
	return false
}

// storyScore tallies one batch: lines whose event count is right, lines
// whose sub-types are all right, and the relevance confusion counts.
type storyScore struct {
	lines, count, types int
	tp, fp, fn          int
}

func (s *storyScore) String() string {
	prec, rec := 1.0, 1.0
	if s.tp+s.fp > 0 {
		prec = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		rec = float64(s.tp) / float64(s.tp+s.fn)
	}
	return fmt.Sprintf("count %d/%d, types %d/%d, relevance precision %.2f recall %.2f (tp %d fp %d fn %d)",
		s.count, s.lines, s.types, s.lines, prec, rec, s.tp, s.fp, s.fn)
}

// TestStoryProbe runs the extractor on testdata/story-probe.txt, stories
// written blind in SATP's and the South Asian press's style, most of which
// report no new incident (statements, verdicts, investigations, arrests for
// an old attack, funerals, anniversaries, threats, surrenders, hoaxes) and
// some of which report a new one beside an old one told as background. It
// scores, per batch and overall, whether vigil opens as many events as the
// line wants, whether their sub-types are the ones wanted in order, and
// the SATP-style relevance (whether any event maps to an attack type) as
// precision and recall. A wrong count or wrong types fails unless the line
// lists it in "gaps".
func TestStoryProbe(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const name = "testdata/story-probe.txt"
	entries, batches := readProbe[storyLine](t, name)
	scores := map[string]*storyScore{}
	get := func(b string) *storyScore {
		if scores[b] == nil {
			scores[b] = &storyScore{}
		}
		return scores[b]
	}
	gaps := 0
	for _, e := range entries {
		p, line := e.L, e.Line
		out := x.Extract(p.Text, probeDate(t, name, line, p.Published), "")
		got := make([]string, len(out.Events))
		for i, ev := range out.Events {
			got[i] = ev.SubEventType
		}
		known := map[string]bool{}
		for _, g := range p.Gaps {
			if g != "count" && g != "types" {
				t.Errorf("%s:%d: unknown gap %q", name, line, g)
			}
			known[g] = true
		}
		countOK := len(got) == len(p.Events)
		typesOK := countOK && strings.Join(got, "|") == strings.Join(p.Events, "|")
		wantRel, gotRel := relevant(p.Events), relevant(got)
		for _, s := range []*storyScore{get(e.Batch), get("all")} {
			s.lines++
			if countOK {
				s.count++
			}
			if typesOK {
				s.types++
			}
			switch {
			case wantRel && gotRel:
				s.tp++
			case gotRel:
				s.fp++
			case wantRel:
				s.fn++
			}
		}
		check := func(field string, ok bool) {
			gaps += judgeGap(t, name, line, field, known, ok, fmt.Sprintf("%s: got %q, want %q\n\t%s", field, got, p.Events, p.Text))
		}
		check("count", countOK)
		check("types", typesOK)
	}
	for _, b := range append(batches, "all") {
		if s := scores[b]; s != nil {
			t.Logf("story probe batch %s: %s", b, s)
		}
	}
	t.Logf("story probe: %d known gaps", gaps)
}
