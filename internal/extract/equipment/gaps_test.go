package equipment

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
)

// probeGapCase is one sentence of the tests of the phrasings the equipment
// probes' known gaps showed unread, with the records it must give.
type probeGapCase struct {
	name, text string
	actors     [][3]string
	places     map[string]string
	want       []string
}

// runProbeGapCases checks each case with the test context of the seventh
// probe's tests.
func runProbeGapCases(t *testing.T, tests []probeGapCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
}

// TestDefiniteOneSeized covers a single item told with "the" next to the
// verb of its seizure, which is one, beside the sentences that must stay
// uncounted: the item not seized, a plural, and one of a lot told before.
func TestDefiniteOneSeized(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"the single item after the verb of seizure",
			"The bomb squad defused the suicide vest the attacker wore.", nil, nil,
			[]string{"seizure/explosives/suicide vest/1/exact//////"}},
		{"the single item before the participle of seizure",
			"The Glock pistol recovered from the driver was stolen, police said.", nil, nil,
			[]string{"seizure/weapons/Glock pistol/1/exact//////"}},
		{"the item not told seized is not counted",
			"The pistol was made in Turkey and was later recovered.", nil, nil,
			[]string{"seizure/weapons/pistol/-///Turkey////"}},
		{"the plural is no count",
			"Police recovered the rifles stolen from the armoury.", nil, nil,
			[]string{"seizure/weapons/rifles/-///////"}},
		{"one of a lot told before is no more",
			"Police recovered six pistols; the pistol recovered from the leader was Turkish.", nil, nil,
			[]string{"seizure/weapons/pistols/6/exact//////", "seizure/weapons/pistol/-///////"}},
	})
}
