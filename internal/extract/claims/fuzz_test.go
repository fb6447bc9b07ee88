package claims

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// plainContext answers Context without a gazetteer, so the fuzzer reaches
// the claim rules quickly.
type plainContext struct{}

func (plainContext) Where(start, end int) (string, string, bool) { return "", "", false }
func (plainContext) Home() string                                { return "" }
func (plainContext) Sources(toks []lex.Token) []Source           { return nil }

// FuzzFind checks that any text gives claims whose evidence quotes the
// text at its offsets, and claim clauses that start inside their sentence.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Over 500 people were killed in 1,476 attacks till November this year.",
		"Two policemen were martyred in Tank on Monday, bringing to 19 the number of police officials killed in the district since January.",
		"A constable was martyred on Saturday, the 9th policeman killed in the district this month.",
		"145 were shot dead in Sindh, 81 in Punjab and 55 in Balochistan; so far this year 63 soldiers have been killed",
		"The mission documented 900 civilian casualties (300 killed and 600 wounded) between 15 August and 31 December.",
		"the 1st", "killed 5", "lost 12 officers", "; raising the number of civilians killed to 11",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := lex.Split(text)
		cls, from := Find(text, sents, time.Time{}, plainContext{})
		for _, c := range cls {
			for _, e := range c.Evidence {
				if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Quote {
					t.Fatalf("evidence %s [%d,%d) %q does not quote %q", e.Field, e.Start, e.End, e.Quote, text)
				}
			}
		}
		for si, b := range from {
			if si < 0 || si >= len(sents) || b < 0 || b >= len(sents[si].Toks) && b != 0 {
				t.Fatalf("claim clause of sentence %d from token %d is outside it (%q)", si, b, text)
			}
		}
	})
}
