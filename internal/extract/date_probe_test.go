package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
)

// dateProbeLine is one line of testdata/date-probe.txt: a report, its
// publication date (a day or an RFC 3339 time with the writer's offset,
// empty when the report has none), the event date and time precision an
// ACLED coder would give its first event, and the fields vigil is known
// to get wrong.
type dateProbeLine struct {
	Text      string `json:"text"`
	Published string `json:"published"`
	Want      struct {
		EventDate     *string `json:"event_date"`
		TimePrecision *int    `json:"time_precision"`
	} `json:"want"`
	Gaps []string `json:"gaps"`
}

// datePublished parses a date probe line's publication date: a day, or a
// time with its offset kept, since the day a report was written is the
// writer's local day, not UTC's.
func datePublished(t *testing.T, name string, line int, s string) time.Time {
	t.Helper()
	if s == "" || !strings.Contains(s, "T") {
		return probeDate(t, name, line, s)
	}
	d, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("%s:%d: %v", name, line, err)
	}
	return d
}

// TestDateProbe runs the extractor on testdata/date-probe.txt, reports
// written blind in the styles vigil's users read with their dates in every
// written form (weekdays, "yesterday", "last week", ranges, nights, dates
// of something else in the same report, year roll-over), and on
// testdata/date-probe-2.txt, the dates of real reports as they come (ACLED
// notes' leads, SATP summaries, datelines, ISPR and police releases,
// reports after midnight, funerals and tolls on later days, other
// calendars, no publication date), and scores the event date and time
// precision of each report's first event. A miss fails unless the line
// lists the field in "gaps"; the score is logged per batch and per file
// ("all" for the first, "all-2" for the second).
func TestDateProbe(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	scores := fieldScores{}
	var order []string
	gaps := 0
	for i, name := range []string{"testdata/date-probe.txt", "testdata/date-probe-2.txt"} {
		// The later file's batches and total get their own names, so
		// that the first file's scores keep their meaning.
		prefix, total := "", "all"
		if i > 0 {
			prefix, total = fmt.Sprintf("%d:", i+1), fmt.Sprintf("all-%d", i+1)
		}
		entries, batches := readProbe[dateProbeLine](t, name)
		for _, b := range batches {
			order = append(order, prefix+b)
		}
		order = append(order, total)
		for _, e := range entries {
			gaps += dateLineScore(t, x, name, e, prefix+e.Batch, total, scores.count)
		}
	}
	scores.log(t, "date probe", order)
	t.Logf("date probe: %d known gaps", gaps)
}

// dateLineScore extracts one date probe line, counts its two fields in
// its batch and the file's total and judges them against its known gaps;
// it returns the number of known gaps the line used.
func dateLineScore(t *testing.T, x *extract.Extractor, name string, e probeEntry[dateProbeLine], batch, total string, count func(b, field string, ok bool)) int {
	t.Helper()
	p := e.L
	gaps := 0
	out := x.Extract(p.Text, datePublished(t, name, e.Line, p.Published), "")
	known := map[string]bool{}
	for _, g := range p.Gaps {
		if g != "event_date" && g != "time_precision" {
			t.Errorf("%s:%d: gap %q names no field of want", name, e.Line, g)
		}
		known[g] = true
	}
	gotDate, gotPrec := "no event", "no event"
	dateOK, precOK := false, false
	if len(out.Events) > 0 {
		ev := out.Events[0]
		gotDate, gotPrec = "null", "null"
		if ev.EventDate != nil {
			gotDate = *ev.EventDate
		}
		if ev.TimePrecision != nil {
			gotPrec = fmt.Sprint(*ev.TimePrecision)
		}
		dateOK = (p.Want.EventDate == nil && ev.EventDate == nil) ||
			(p.Want.EventDate != nil && ev.EventDate != nil && *p.Want.EventDate == *ev.EventDate)
		precOK = (p.Want.TimePrecision == nil && ev.TimePrecision == nil) ||
			(p.Want.TimePrecision != nil && ev.TimePrecision != nil && *p.Want.TimePrecision == *ev.TimePrecision)
	}
	wantDate, wantPrec := "null", "null"
	if p.Want.EventDate != nil {
		wantDate = *p.Want.EventDate
	}
	if p.Want.TimePrecision != nil {
		wantPrec = fmt.Sprint(*p.Want.TimePrecision)
	}
	for _, f := range []struct {
		field, got, want string
		ok               bool
	}{
		{"event_date", gotDate, wantDate, dateOK},
		{"time_precision", gotPrec, wantPrec, precOK},
	} {
		count(batch, f.field, f.ok)
		count(total, f.field, f.ok)
		gaps += judgeGap(t, name, e.Line, f.field, known, f.ok,
			fmt.Sprintf("%s = %s, want %s (published %q)\n\t%s", f.field, f.got, f.want, p.Published, p.Text))
	}
	return gaps
}
