package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestCountedAttacksToll checks that, after a claim that counts attacks,
// a later paragraph's toll of "the attacks" ("the attacks killed 96
// people", "the attacks resulted in 96 deaths") is the counted attacks'
// toll, a claim, while the toll of "the attacks" a lead told as the news
// of a day stays no claim.
func TestCountedAttacksToll(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)
	const lead = "ISLAMABAD: Militants carried out 41 attacks across Pakistan in March, a think tank said on Tuesday.\n\n"
	checkPhrasings(t, g, pub, []phrasing{
		{"the attacks killed",
			lead + "The report said the attacks killed 96 people, including 30 soldiers and 41 civilians.",
			[]string{"attacks 41", "deaths 96", "security_forces_killed 30", "civilians_killed 41"}},
		{"the attacks resulted in",
			lead + "The think tank said the attacks resulted in 96 deaths, including 30 soldiers.",
			[]string{"attacks 41", "deaths 96", "security_forces_killed 30"}},
		{"the attacks of a day",
			"BANNU: Militants attacked two police posts in Bannu on Monday night, officials said.\n\nThe attacks killed four people, including two policemen.",
			nil},
	}, func(c vigil.Claim) string { return fmt.Sprintf("%s %d", c.Metric, c.Value) })
}
