package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteTable prints results as one table per dataset and subset: a row per
// metric, a column per system (vigil first, then the baselines), so the
// gain over each baseline reads across.
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
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, k := range keys {
		rs := bySys[k]
		title := k.dataset
		if k.subset != "" {
			title += " [" + k.subset + "]"
		}
		n := 0
		names := map[string]bool{}
		for _, r := range rs {
			n = r.N
			for m := range r.Metrics {
				names[m] = true
			}
		}
		heads := make([]string, len(systems))
		for i, s := range systems {
			heads[i] = fmt.Sprintf("%*s", width(s), s)
		}
		fmt.Fprintf(tw, "%s (n=%d)\t%s\n", title, n, strings.Join(heads, "\t"))
		sorted := make([]string, 0, len(names))
		for m := range names {
			sorted = append(sorted, m)
		}
		sort.Strings(sorted)
		for _, m := range sorted {
			cells := make([]string, len(systems))
			for i, s := range systems {
				if r, ok := rs[s]; ok {
					cells[i] = fmt.Sprintf("%*s", width(s), format(m, r.Metrics[m]))
				}
			}
			fmt.Fprintf(tw, "  %s\t%s\n", m, strings.Join(cells, "\t"))
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
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
