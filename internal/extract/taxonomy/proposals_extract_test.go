package taxonomy_test

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/eval"
	"github.com/vigil-osint/vigil/internal/extract"
)

// TestExtractProposals runs the whole extractor on sentences written for
// the proposals other paths' owners left in session 19: the CASE code of
// the first event, or "" for none. Each rule's sentence stands beside a
// near one it must leave alone.
func TestExtractProposals(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		// A single carabinero is Chile's police: an eye lost to his
		// canister is force against the march.
		{"A student lost an eye after a carabinero fired a tear gas canister at him during a march in Valparaiso on Friday.", "FORCE_AGAINST_PROTEST"},
		{"A student lost an eye after a stone thrown by another marcher hit him during a march in Valparaiso on Friday.", "PEACE_PROTEST"},
	} {
		got := ""
		if evs := x.Extract(tc.text, time.Time{}, "").Events; len(evs) > 0 {
			got = eval.CASECode(evs[0].SubEventType)
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
