package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// FuzzFind checks that any sentence gives figures without panicking, with
// spans inside the sentence and no negative counts.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Three soldiers were killed and 12 others injured.",
		"The death toll rose to",
		"Rebels killed a driver, a soldier and",
		"beat up Ram to death",
		"an unspecified number",
		"a 32 year old",
		"two dozen",
		"One of the injured",
		"claimed 7 civilians'",
		"A rebel, who had",
		"Ram Prasad (46), was",
		"abducted two men and killed them",
		"Noor and his guard were",
		"arrested for a raid in which",
		"A day after",
		"40 people, 6 soldiers and 34 civilians, were",
		"No 1 was",
		"No officers or",
		"between 20 and",
		"43+",
		"sustained a minor",
		"was then kidnapped and",
		"the gunman then shot the driver",
		"One of the victims died and the other",
		"Twelve people were taken to",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := lex.Tokens(s, 0, len(s))
		for _, fg := range append(Find(toks, nil), Updates(toks, nil)...) {
			if fg.Start < 0 || fg.End > len(s) || fg.Start > fg.End {
				t.Fatalf("Find(%q): span %d-%d outside the sentence", s, fg.Start, fg.End)
			}
			if fg.Count < 0 {
				t.Fatalf("Find(%q): negative count %d", s, fg.Count)
			}
		}
	})
}
