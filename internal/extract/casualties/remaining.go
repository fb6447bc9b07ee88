package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// remainingWounded counts the wounded who died among those a sentence
// says remain hurt after the deaths: "Three of the wounded died in
// hospital overnight, and 24 others remain in hospital" tells of 27
// wounded, three of whom died, so that the tally, which takes the dead
// of wounds out of the wounded, leaves the 24 still in hospital. Only
// "others" that "remain" in care are the rest of the
// wounded after the deaths. It changes figs in place.
func remainingWounded(toks []lex.Token, figs []Figure) {
	died := 0
	for _, f := range figs {
		if f.Kind == Killed && f.WereInjured && !f.Negated {
			died += f.Count
		}
	}
	if died == 0 {
		return
	}
	for i, f := range figs {
		if f.Kind != Injured || f.Negated || f.Vague {
			continue
		}
		h := tokenAt(toks, f.Start)
		for h < len(toks) && toks[h].End <= f.End && !toks[h].Is("others") {
			h++
		}
		if h >= len(toks) || !toks[h].Is("others") {
			continue
		}
		if h+1 < len(toks) && toks[h+1].Is("remain", "remained", "remains") {
			figs[i].Count += died
			return
		}
	}
}
