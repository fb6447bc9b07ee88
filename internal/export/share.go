package export

import (
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// ShareSummary says what an export shares, for the audit log: the number
// of incidents at each TLP level, least restrictive first ("3 incidents:
// TLP:CLEAR 2, TLP:AMBER 1"). It names no record and no secret.
func ShareSummary(incs []vigil.Incident) string {
	counts := map[vigil.TLP]int{}
	for _, inc := range incs {
		counts[inc.Marking.OrClear().TLP]++
	}
	var parts []string
	for _, l := range vigil.TLPLevels {
		if n := counts[l]; n > 0 {
			parts = append(parts, fmt.Sprintf("TLP:%s %d", l, n))
			delete(counts, l)
		}
	}
	// A level vigil does not know is still counted, never dropped.
	for l, n := range counts {
		parts = append(parts, fmt.Sprintf("TLP:%s %d", l, n))
	}
	s := fmt.Sprintf("%d incidents", len(incs))
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}
