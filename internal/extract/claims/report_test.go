package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
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
		{"the hurt told bare after the report's dead",
			"Militants carried out 74 attacks in Sindh in May, the think tank said in its monthly report.\n\nThe attacks left 130 people dead. Another 212 people were injured.",
			[]string{"attacks 74", "deaths 130", "injured 212"}},
		{"the hurt told bare in a text with no report are a day's news",
			"Police said 74 suspects were arrested in Sindh in May.\n\nAnother 212 people were injured.",
			[]string{"arrests 74"}},
		{"a later sentence crediting the think tank",
			"Sindh saw 74 attacks in May, in which 130 people were killed, the institute said.\n\nAmong those killed were 52 policemen, the think tank said.",
			[]string{"attacks 74", "deaths 130", "security_forces_killed 52"}},
		{"the number of injured",
			"The number of injured stood at 212 in Sindh in 2024.",
			[]string{"injured 212"}},
		{"the number of people wounded",
			"The number of people wounded in Sindh rose to 212 in 2024.",
			[]string{"injured 212"}},
		{"the number of dead stays the dead",
			"The number of dead stood at 130 in Sindh in 2024.",
			[]string{"deaths 130"}},
		{"an incident with no report named stays an incident",
			"Police said 74 suspects were arrested in Sindh in May.\n\nGunmen killed 13 people at a wedding near Sukkur.",
			[]string{"arrests 74"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d", c.Metric, c.Value)
	})
}

// TestReportComment: in a story that retells a report, a sentence with no
// figure that credits the report or comments on its tally is a statistic
// (Find gives it 0 in claimFrom, so it opens no event); one that tells an
// incident with its day is not, nor is such a sentence in a text that
// names no report.
func TestReportComment(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		stat bool // the last sentence is a statistic
	}{
		{"Militants carried out 74 attacks in Sindh in May, the monthly report said.\n\nThe deaths of policemen remained worryingly high.", true},
		{"Militants carried out 74 attacks in Sindh in May, the monthly report said.\n\nThe report said militants had increasingly targeted police posts in Sukkur.", true},
		{"Militants carried out 74 attacks in Sindh in May, the monthly report said.\n\nKashmore and Shikarpur were the worst-hit districts, accounting for most of the policemen martyred.", true},
		{"Militants carried out 74 attacks in Sindh in May, the monthly report said.\n\nOn Sunday, gunmen attacked a police post in Kashmore.", false},
		{"Police arrested 74 suspects in Sindh in May, officials said.\n\nMilitants had increasingly targeted police posts in Sukkur.", false},
	} {
		sents := lex.Split(tc.text)
		_, from := Find(tc.text, sents, pub, gazContext{tc.text, g})
		f, ok := from[len(sents)-1]
		if got := ok && f == 0; got != tc.stat {
			t.Errorf("%q: last sentence a statistic = %v, want %v", tc.text, got, tc.stat)
		}
	}
}

// TestReportListPhrasings covers the ways a report story goes on with
// the parts of a count, their noun or verb left out: the next place
// ranked ("followed by Balochistan with 23"), another's share ("while
// Baloch groups were responsible for 171"), sides listed after the dead
// ("civilians 598 and outlaws 1,132") and another side's part ("while 44
// were civilians"). Each has a twin that must stay as it is.
func TestReportListPhrasings(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC)
	tests := []phrasing{
		{"the next place ranked",
			"Sindh was the worst hit with 59 attacks in 2024, followed by Punjab with 23.",
			[]string{"attacks 59", "attacks 23"}},
		{"a place followed with no figure",
			"Sindh was the worst hit with 59 attacks in 2024, followed by Punjab with many more.",
			[]string{"attacks 59"}},
		{"another's share",
			"In 2024, the TTP carried out 312 of the attacks in Sindh, while other groups were responsible for 171.",
			[]string{"attacks 312", "attacks 171"}},
		{"a share with no 'while' is no part",
			"The TTP carried out 312 attacks in Sindh in 2024. The group was responsible for 171 deaths.",
			[]string{"attacks 312", "deaths 171"}},
		{"sides listed after the dead",
			"Sindh saw 684 fatalities in 2024, civilians 598 and outlaws 86.",
			[]string{"deaths 684", "civilians_killed 598", "militants_killed 86"}},
		{"another side's part",
			"Security personnel made up 58 of the dead in Sindh in 2024, while 44 were civilians.",
			[]string{"security_forces_killed 58", "civilians_killed 44"}},
		{"the others of a group arrested, killed",
			"The forces arrested 412 members of the group and killed 57 others in Sindh in 2024.",
			[]string{"arrests 412", "militants_killed 57"}},
		{"others killed beside suspects arrested",
			"Police arrested 300 suspects and killed 12 others in Sindh in 2024.",
			[]string{"arrests 300", "deaths 12"}},
		{"others killed in one raid are no tally",
			"Gunmen killed a guard and killed two others in Sindh on Monday.",
			nil},
		{"the wounded beside the dead keep their fate",
			"Gunmen killed 12 people in Sindh in 2024, while 44 were wounded.",
			[]string{"deaths 12", "injured 44"}},
	}
	checkPhrasings(t, g, pub, tests, func(c vigil.Claim) string {
		return fmt.Sprintf("%s %d", c.Metric, c.Value)
	})
}
