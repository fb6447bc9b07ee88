package taxonomy_test

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/eval"
	"github.com/vigil-osint/vigil/internal/extract"
)

// TestExtractBriefs runs the whole extractor on one-line briefs written
// after probe 16, for the words its briefs showed: the CASE code of the
// first event, or "" for none. Each rule's sentence stands beside a near
// one it must leave alone.
func TestExtractBriefs(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		// Jungle justice and necklacing are a crowd's killing.
		{"Traders in the market meted out jungle justice to a suspected pickpocket, beating him to death on Tuesday.", "MOB_VIOL"},
		{"The police commissioner warned residents against jungle justice in a statement on Tuesday.", ""},
		{"Two suspected burglars were necklaced by residents of the settlement on Friday night, police said.", "MOB_VIOL"},
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
