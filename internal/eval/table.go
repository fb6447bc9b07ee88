package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteTable prints results as one block per dataset and subset: a row per
// metric, a column per system (vigil first, then the baselines), so the
// gain over each baseline reads across. Columns line up over all blocks.
func WriteTable(w io.Writer, results []Result) error {
	type key struct{ dataset, subset string }
	var keys []key
	bySys := map[key]map[string]Result{}
	var systems []string
	seenSys := map[string]bool{}
	for _, r := range results {
		k := key{r.Dataset, r.Subset}
		if bySys[k] == nil {
			bySys[k] = map[string]Result{}
			keys = append(keys, k)
		}
		bySys[k][r.System] = r
		if !seenSys[r.System] {
			seenSys[r.System] = true
			systems = append(systems, r.System)
		}
	}
	type block struct {
		title   string
		metrics []string
		rs      map[string]Result
	}
	blocks := make([]block, len(keys))
	first := 0 // width of the first column
	for i, k := range keys {
		b := block{title: k.dataset, rs: bySys[k]}
		if k.subset != "" {
			b.title += " [" + k.subset + "]"
		}
		names := map[string]bool{}
		n := 0
		for _, r := range b.rs {
			n = r.N
			for m := range r.Metrics {
				names[m] = true
			}
		}
		b.title += fmt.Sprintf(" (n=%d)", n)
		for m := range names {
			b.metrics = append(b.metrics, m)
			first = max(first, len(m)+2)
		}
		sort.Strings(b.metrics)
		first = max(first, len(b.title))
		blocks[i] = b
	}
	var out strings.Builder
	for i, b := range blocks {
		if i > 0 {
			out.WriteString("\n")
		}
		fmt.Fprintf(&out, "%-*s", first, b.title)
		for _, s := range systems {
			fmt.Fprintf(&out, "  %*s", width(s), s)
		}
		out.WriteString("\n")
		for _, m := range b.metrics {
			line := fmt.Sprintf("%-*s", first, "  "+m)
			for _, s := range systems {
				cell := ""
				if r, ok := b.rs[s]; ok {
					cell = format(m, r.Metrics[m])
				}
				line += fmt.Sprintf("  %*s", width(s), cell)
			}
			// A system without this metric leaves blanks at the end.
			out.WriteString(strings.TrimRight(line, " ") + "\n")
		}
	}
	if _, err := io.WriteString(w, out.String()); err != nil {
		return fmt.Errorf("eval: write table: %w", err)
	}
	return nil
}

// format prints shares as percentages and everything else (errors, row
// counts) as plain figures.
func format(metric string, v float64) string {
	var s string
	switch {
	case strings.HasSuffix(metric, "_mae"):
		s = fmt.Sprintf("%.2f", v)
	case strings.HasSuffix(metric, "_rows"):
		s = fmt.Sprintf("%.0f", v)
	default:
		s = fmt.Sprintf("%.1f%%", 100*v)
	}
	return s
}

// WriteJSON writes results as an indented JSON array.
func WriteJSON(w io.Writer, results []Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(results); err != nil {
		return fmt.Errorf("eval: write json: %w", err)
	}
	return nil
}

// width is a system column's width: its name, and at least a figure's, so
// figures right-align under their heading.
func width(system string) int { return max(8, len(system)) }
