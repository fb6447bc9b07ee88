package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// dropAmongThose removes the people a sentence tells were "among those
// killed" when it also gives the toll they are among: "four terrorists
// were killed, and their commander was among those killed" is four dead,
// not five. Alone in its sentence the share stays a figure ("The
// commander was among those killed"), which the tally settles against
// the toll of the sentences around it.
func dropAmongThose(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	among := func(f Figure) bool {
		v := tokenAt(toks, f.End-1)
		return v >= 2 && v < len(toks) && toks[v-1].Is("those", "the") && toks[v-2].Is("among")
	}
	out := figs[:0]
	for k, f := range figs {
		part := false
		if !f.Negated && among(f) {
			for m, g := range figs {
				// A figure from the same words read to a later "the
				// dead" ("three policemen were among the dead and that
				// the rest of the dead") is the same people, no toll.
				if m != k && g.Start != f.Start && g.Kind == f.Kind && !g.Negated && g.Count >= f.Count && !among(g) &&
					(g.Category == f.Category || g.Category == Unknown || g.Generic) {
					part = true
					break
				}
			}
		}
		if !part {
			out = append(out, f)
		}
	}
	return out
}
