package extract_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// probeEntry is one report of a JSON probe file (testdata/*-probe*.txt):
// where it stands, the batch it belongs to and its line decoded into L.
type probeEntry[L any] struct {
	Line  int
	Batch string
	L     L
}

// readProbe reads a JSON probe file: one JSON object a line, blank lines
// and "#" comments skipped, a comment "# batch NAME: ..." naming the batch
// of the lines after it. It returns the entries and the batches in order.
func readProbe[L any](t *testing.T, name string) ([]probeEntry[L], []string) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var entries []probeEntry[L]
	var batches []string
	batch := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if label, ok := strings.CutPrefix(text, "# batch "); ok {
			batch, _, _ = strings.Cut(label, ":")
			batches = append(batches, batch)
			continue
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		e := probeEntry[L]{Line: line, Batch: batch}
		if err := json.Unmarshal([]byte(text), &e.L); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return entries, batches
}

// probeDate parses a probe line's publication date ("2024-05-01"); an
// empty one is the zero time, a text with no publication date.
func probeDate(t *testing.T, name string, line int, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("%s:%d: %v", name, line, err)
	}
	return d
}

// judgeGap judges one scored field of a probe line against the line's
// known gaps: a known gap now right is logged so that it can be dropped,
// a miss not listed fails with msg. It returns 1 for a known gap met.
func judgeGap(t *testing.T, name string, line int, field string, known map[string]bool, ok bool, msg string) int {
	t.Helper()
	switch {
	case ok && known[field]:
		t.Logf("%s:%d: known gap %s now right: drop it from \"gaps\"", name, line, field)
	case !ok && known[field]:
		return 1
	case !ok:
		t.Errorf("%s:%d: %s", name, line, msg)
	}
	return 0
}

// fieldScores counts a probe's right answers: batch -> field -> score.
type fieldScores map[string]map[string]*fieldScore

type fieldScore struct{ right, total int }

// count scores one field of a line of batch b.
func (fs fieldScores) count(b, field string, ok bool) {
	if fs[b] == nil {
		fs[b] = map[string]*fieldScore{}
	}
	s := fs[b][field]
	if s == nil {
		s = &fieldScore{}
		fs[b][field] = s
	}
	s.total++
	if ok {
		s.right++
	}
}

// log writes each batch's score, field by field ("event probe batch 3-1:
// 40 of 42 fields right (95.2%): admin1 12/12, ..."), skipping batches
// with nothing scored.
func (fs fieldScores) log(t *testing.T, probe string, batches []string) {
	t.Helper()
	for _, b := range batches {
		right, total := 0, 0
		var parts []string
		for _, k := range sortedKeys(fs[b]) {
			s := fs[b][k]
			right += s.right
			total += s.total
			parts = append(parts, fmt.Sprintf("%s %d/%d", k, s.right, s.total))
		}
		if total == 0 {
			continue
		}
		t.Logf("%s batch %s: %d of %d fields right (%.1f%%): %s", probe, b, right, total, 100*float64(right)/float64(total), strings.Join(parts, ", "))
	}
}
