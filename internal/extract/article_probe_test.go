package extract_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// articleLine is one line of testdata/article-probe*.txt: a whole news
// article (paragraphs joined by blank lines), its publication date, the
// events an ACLED coder would code from it with the fields they are sure
// of, the values of the aggregate figures it cites, and the scored names
// vigil is known to miss.
type articleLine struct {
	Text      string `json:"text"`
	Published string `json:"published"`
	Want      struct {
		Events []map[string]json.RawMessage `json:"events"`
		Claims []int64                      `json:"claims"`
	} `json:"want"`
	Gaps []string `json:"gaps"`
}

// TestArticleProbe runs the extractor on whole articles written blind in
// the voices of the papers, wire services and official releases vigil's
// users read: leads, quotes, background paragraphs recalling earlier
// attacks, statistics, reactions and a second incident further down. It
// scores, per batch and per file, whether vigil gives as many events as the
// article reports ("count"), the fields of each wanted event ("e1.admin2",
// "e2.killed.militants") against the event of the output that agrees with
// it on most of them, and whether each cited figure is given as a claim
// ("claims.140"). A miss fails unless the line lists it in "gaps".
func TestArticleProbe(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/article-probe*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no article probe files: %v", err)
	}
	sort.Strings(files)
	scores := fieldScores{}
	var batches []string
	gaps := 0
	for _, name := range files {
		entries, bs := readProbe[articleLine](t, name)
		batches = append(batches, bs...)
		for _, e := range entries {
			gaps += scoreArticle(t, x, name, e, scores.count)
		}
	}
	scores.log(t, "article probe", append(append(batches, files...), "all"))
	t.Logf("article probe: %d known gaps", gaps)
}

// scoreArticle scores one article, counting each field under its batch,
// its file and "all", and returns the number of known gaps it met.
func scoreArticle(t *testing.T, x *extract.Extractor, name string, e probeEntry[articleLine], count func(b, field string, ok bool)) int {
	t.Helper()
	p, line := e.L, e.Line
	out := x.Extract(p.Text, probeDate(t, name, line, p.Published), "")
	known := map[string]bool{}
	for _, g := range p.Gaps {
		known[g] = true
	}
	scored := map[string]bool{}
	gaps := 0
	// check judges the scored name field (a gap's name) and counts it
	// under kind, the field without its event's number, so that the
	// log adds up admin2 over all the events of a batch.
	check := func(field, kind, want, got string, ok bool) {
		scored[field] = true
		count(e.Batch, kind, ok)
		count(name, kind, ok)
		count("all", kind, ok)
		gaps += judgeGap(t, name, line, field, known, ok, fmt.Sprintf("%s = %s, want %s\n\t%.200s", field, got, want, p.Text))
	}
	check("count", "count", fmt.Sprint(len(p.Want.Events)), fmt.Sprintf("%d (%s)", len(out.Events), subTypes(out.Events)), len(out.Events) == len(p.Want.Events))
	used := make([]bool, len(out.Events))
	for i, want := range p.Want.Events {
		ev := pairEvent(t, name, line, want, out.Events, used)
		prefix := fmt.Sprintf("e%d.", i+1)
		checkEventFields(t, name, line, want, ev, out.Events, func(field, want, got string, ok bool) {
			check(prefix+field, field, want, got, ok)
		})
	}
	for _, v := range p.Want.Claims {
		var got []string
		ok := false
		for _, c := range out.Claims {
			got = append(got, fmt.Sprint(c.Value))
			ok = ok || c.Value == v
		}
		check(fmt.Sprintf("claims.%d", v), "claims", fmt.Sprint(v), "["+strings.Join(got, " ")+"]", ok)
	}
	for _, g := range p.Gaps {
		if !scored[g] {
			t.Errorf("%s:%d: gap %q names no scored field", name, line, g)
		}
	}
	return gaps
}

// pairEvent returns the event of events not yet used that agrees with
// want on most of its fields (the earlier on a tie), marking it used; nil
// when every event is used. Pairing by agreement rather than by position
// keeps one extra or missing event from shifting every later score.
func pairEvent(t *testing.T, name string, line int, want map[string]json.RawMessage, events []vigil.Event, used []bool) *vigil.Event {
	t.Helper()
	best, bestRight := -1, -1
	for j := range events {
		if used[j] {
			continue
		}
		right := 0
		checkEventFields(t, name, line, want, &events[j], events, func(_, _, _ string, ok bool) {
			if ok {
				right++
			}
		})
		if right > bestRight {
			best, bestRight = j, right
		}
	}
	if best < 0 {
		return nil
	}
	used[best] = true
	return &events[best]
}

// subTypes lists the events' sub-event types, for a failure message.
func subTypes(events []vigil.Event) string {
	subs := make([]string, len(events))
	for i, e := range events {
		subs[i] = e.SubEventType
	}
	return strings.Join(subs, "; ")
}
