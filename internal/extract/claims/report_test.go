package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestReportStoryPhrasings covers a story that retells a report: once a
// figure is credited to a report, a survey or a think tank, the later
// figures told with no day and no one incident are the report's too,
// however they open ("The attacks left ...", "X accounted for N of the
// attacks"); an incident told with its day stays an incident, and a text
// that names no report keeps its incidents.
func TestReportStoryPhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"the report's tally told later with 'The attacks'",
			"Militants carried out 74 attacks in Sindh in May, the think tank said in its monthly report.\n\nThe attacks left 130 people dead, among them 52 policemen.",
			[]string{"attacks 74", "deaths 130", "security_forces_killed 52"}},
		{"a share of the report's attacks",
			"Militants carried out 74 attacks in Pakistan in May, according to the monthly security report.\n\nSindh accounted for 31 of the attacks.",
			[]string{"attacks 74", "attacks 31"}},
		{"an incident told with its day stays an incident",
			"Militants carried out 74 attacks in Sindh in May, the think tank said in its monthly report.\n\nThe report came days after a bomb killed 14 people in Sukkur on Sunday.",
			[]string{"attacks 74"}},
		{"an incident with no report named stays an incident",
			"Police said 74 suspects were arrested in Sindh in May.\n\nGunmen killed 13 people at a wedding near Sukkur.",
			[]string{"arrests 74"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d", c.Metric, c.Value)
	})
}
