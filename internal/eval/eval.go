// Package eval scores an extractor against the team's human-coded
// evaluation sets (see ../shared/eval/README.md for what each set is and how
// each field is scored) and against two trivial baselines, so the gain over
// doing nothing is visible.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Row is one line of an evaluation set.
type Row struct {
	ID      string          `json:"id"`
	Dataset string          `json:"dataset"`
	Text    string          `json:"text"`
	Gold    json.RawMessage `json:"gold"`
}

// Result is one system's scores on one dataset, or on a subset of its rows.
type Result struct {
	Dataset string             `json:"dataset"`
	Subset  string             `json:"subset,omitempty"` // "" for all rows
	System  string             `json:"system"`
	N       int                `json:"n"`
	Metrics map[string]float64 `json:"metrics"`
}

// System names in results.
const (
	SystemVigil    = "vigil"
	SystemNoEvents = "no events"
	SystemOneEvent = "one empty event"
)

// maxLineBytes bounds one JSON line: long articles fit, a runaway file does
// not exhaust memory.
const maxLineBytes = 16 << 20

// Load reads a JSON Lines evaluation set. Every row needs an id and a
// dataset this package knows how to score.
func Load(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: open %s: %w", path, err)
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), maxLineBytes)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("eval: %s line %d: %w", path, line, err)
		}
		if r.ID == "" || r.Dataset == "" {
			return nil, fmt.Errorf("eval: %s line %d: row needs an id and a dataset", path, line)
		}
		if _, ok := scorers[r.Dataset]; !ok {
			return nil, fmt.Errorf("eval: %s line %d: unknown dataset %q (known: %v)", path, line, r.Dataset, Datasets())
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("eval: %s holds no rows", path)
	}
	return rows, nil
}

// Datasets returns the names of the datasets this package scores.
func Datasets() []string {
	names := make([]string, 0, len(scorers))
	for n := range scorers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// scorer scores one system's outputs on the rows of one dataset.
type scorer func(system string, rows []Row, outs []vigil.Extraction) ([]Result, error)

var scorers = map[string]scorer{
	"acled-balochistan":    scoreACLED,
	"satp-attack-type":     scoreSATP,
	"case2021-subtype":     scoreCASE,
	"major-incidents":      scoreMajor,
	"code-satp-casualties": scoreCasualties,
}

// Run extracts every row on all cores, with no publication date and no
// outlet (the sets have neither). An extractor that panics on a row fails
// the run with the row's id rather than crashing the caller.
func Run(ctx context.Context, x vigil.Extractor, rows []Row) ([]vigil.Extraction, error) {
	outs := make([]vigil.Extraction, len(rows))
	next := make(chan int)
	errs := make([]error, len(rows))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i], errs[i] = extractOne(x, rows[i])
			}
		}()
	}
feed:
	for i := range rows {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return outs, errors.Join(errs...)
}

func extractOne(x vigil.Extractor, r Row) (out vigil.Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("eval: extract row %s: panic: %v", r.ID, p)
		}
	}()
	return x.Extract(r.Text, time.Time{}, ""), nil
}

// Evaluate runs x over rows and scores it, and the two baselines, with each
// dataset's rules. Results come grouped by dataset and subset, vigil first.
func Evaluate(ctx context.Context, x vigil.Extractor, rows []Row) ([]Result, error) {
	outs, err := Run(ctx, x, rows)
	if err != nil {
		return nil, err
	}
	systems := []struct {
		name string
		outs []vigil.Extraction
	}{
		{SystemVigil, outs},
		{SystemNoEvents, runSerial(NoEvents{}, rows)},
		{SystemOneEvent, runSerial(OneEmptyEvent{}, rows)},
	}
	byDataset := map[string][]int{}
	var order []string
	for i, r := range rows {
		if _, seen := byDataset[r.Dataset]; !seen {
			order = append(order, r.Dataset)
		}
		byDataset[r.Dataset] = append(byDataset[r.Dataset], i)
	}
	var results []Result
	for _, ds := range order {
		idx := byDataset[ds]
		sub := make([]Row, len(idx))
		for k, i := range idx {
			sub[k] = rows[i]
		}
		for _, s := range systems {
			so := make([]vigil.Extraction, len(idx))
			for k, i := range idx {
				so[k] = s.outs[i]
			}
			rs, err := scorers[ds](s.name, sub, so)
			if err != nil {
				return nil, err
			}
			results = append(results, rs...)
		}
	}
	return results, nil
}

func runSerial(x vigil.Extractor, rows []Row) []vigil.Extraction {
	outs := make([]vigil.Extraction, len(rows))
	for i, r := range rows {
		outs[i] = x.Extract(r.Text, time.Time{}, "")
	}
	return outs
}

// NoEvents is the baseline that reports no event for any text.
type NoEvents struct{}

// Extract implements vigil.Extractor.
func (NoEvents) Extract(string, time.Time, string) vigil.Extraction { return vigil.Extraction{} }

// OneEmptyEvent is the baseline that reports, for every text, one event
// with zero casualties and no other field.
type OneEmptyEvent struct{}

// Extract implements vigil.Extractor.
func (OneEmptyEvent) Extract(string, time.Time, string) vigil.Extraction {
	zero := 0
	return vigil.Extraction{Events: []vigil.Event{{Fatalities: &zero}}}
}

// decodeGold unmarshals a row's gold labels, naming the row on failure.
func decodeGold[T any](r Row) (T, error) {
	var g T
	if err := json.Unmarshal(r.Gold, &g); err != nil {
		return g, fmt.Errorf("eval: %s row %s: gold: %w", r.Dataset, r.ID, err)
	}
	return g, nil
}

// tally accumulates named metrics over rows: shares (correct/n) and means.
type tally struct {
	n    int
	sums map[string]float64
}

func newTally() *tally { return &tally{sums: map[string]float64{}} }

func (t *tally) add(name string, v float64) { t.sums[name] += v }

// hit counts a correct answer. A miss still creates the metric, so a score
// of zero shows as 0 rather than as absent.
func (t *tally) hit(name string, ok bool) { t.sums[name] += b2f(ok) }

// result divides every sum by n: accuracies become shares and absolute
// errors become means.
func (t *tally) result(dataset, subset, system string) Result {
	m := make(map[string]float64, len(t.sums))
	for k, v := range t.sums {
		if t.n > 0 {
			m[k] = v / float64(t.n)
		}
	}
	return Result{Dataset: dataset, Subset: subset, System: system, N: t.n, Metrics: m}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
