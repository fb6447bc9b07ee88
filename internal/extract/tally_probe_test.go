package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
)

// TestTallyProbe runs the extractor on testdata/tally-probe.txt, short
// texts written in the styles analysts read, and checks that an aggregate
// statistic becomes claims and no event, that an incident report stays an
// event with its toll, and that general news yields neither. The lines
// were written without looking at the rules, so the score says how well
// the rules carry to phrasing they were not written from.
//
// Each line is EXPECT<TAB>TEXT. EXPECT is "event:N" (at least one event,
// the first one's fatalities N, a missing toll counting as 0), "claim" (no
// event, at least one claim) or "none" (no event, no claim). A leading "~"
// marks a known gap: logged, not failed. A comment line "# batch NAME"
// starts a batch, scored on its own.
func TestTallyProbe(t *testing.T) {
	f, err := os.Open("testdata/tally-probe.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	type score struct{ right, total int }
	byKind := map[string]*score{}
	var batches []string
	byBatch := map[string]*score{}
	batch, gaps := "", 0
	count := func(m map[string]*score, k string, ok bool) {
		s := m[k]
		if s == nil {
			s = &score{}
			m[k] = s
		}
		s.total++
		if ok {
			s.right++
		}
	}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if name, ok := strings.CutPrefix(sc.Text(), "# batch "); ok {
			batch, _, _ = strings.Cut(name, ":")
			batches = append(batches, batch)
			continue
		}
		want, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(want, "#") {
			continue
		}
		gap := strings.HasPrefix(want, "~")
		want = strings.TrimPrefix(want, "~")
		kind, tollText, _ := strings.Cut(want, ":")
		toll, err := strconv.Atoi(tollText)
		if kind == "event" && err != nil {
			t.Fatalf("line %d: bad EXPECT %q", line, want)
		}
		out := x.Extract(text, time.Time{}, "")
		miss := ""
		switch kind {
		case "event":
			if len(out.Events) == 0 {
				miss = fmt.Sprintf("no event (%d claims)", len(out.Claims))
				break
			}
			got := 0
			if out.Events[0].Fatalities != nil {
				got = *out.Events[0].Fatalities
			}
			if got != toll {
				miss = fmt.Sprintf("toll %d, want %d", got, toll)
			}
		case "claim":
			switch {
			case len(out.Events) > 0:
				miss = fmt.Sprintf("%d events, want none (%d claims)", len(out.Events), len(out.Claims))
			case len(out.Claims) == 0:
				miss = "no claim"
			}
		case "none":
			if len(out.Events) > 0 || len(out.Claims) > 0 {
				miss = fmt.Sprintf("%d events and %d claims, want neither", len(out.Events), len(out.Claims))
			}
		default:
			t.Fatalf("line %d: bad EXPECT %q", line, want)
		}
		count(byKind, kind, miss == "")
		count(byKind, "all", miss == "")
		count(byBatch, batch, miss == "")
		count(byBatch, batch+" "+kind, miss == "")
		switch {
		case miss == "" && gap:
			t.Logf("line %d: known gap now right (%s): drop its \"~\"", line, want)
		case miss != "" && gap:
			gaps++
			t.Logf("line %d: known gap: %s", line, miss)
		case miss != "":
			t.Errorf("line %d: %q: %s", line, text, miss)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("tally probe %s: %d of %d right", k, byKind[k].right, byKind[k].total)
	}
	for _, b := range batches {
		s := byBatch[b]
		if s == nil {
			continue
		}
		msg := fmt.Sprintf("tally probe batch %s: %d of %d right", b, s.right, s.total)
		for _, k := range []string{"event", "claim", "none"} {
			if s := byBatch[b+" "+k]; s != nil {
				msg += fmt.Sprintf(", %s %d/%d", k, s.right, s.total)
			}
		}
		t.Log(msg)
	}
	t.Logf("tally probe: %d known gaps", gaps)
}
