package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// officialSpeakers are those whose account of a toll ACLED takes over a
// group's claim.
var officialSpeakers = lex.WordSet(`officials official army military police authorities administration government
	ispr spokesman spokesperson fc levies ctd sources officers officer hospital doctors`)

// officialSays are the verbs of an official's account.
var officialSays = lex.WordSet("said says confirmed confirm stated reported put told denied maintained insisted")

// dropRivalClaims drops the toll a party claims when the same sentence
// sets the officials' account against it: "BLF claimed that seven
// soldiers were killed, but the army said two soldiers were injured" is
// two wounded and no dead, "BNA claimed to have killed two personnel,
// while officials said there were no casualties" no one, as ACLED codes
// them (the official toll over the group's). The claim runs from its verb
// to the "but", "while" or "whereas" that opens the officials' clause;
// an official clause that gives no figure, told or denied, leaves the
// claim standing.
func dropRivalClaims(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	c := -1
	for i, t := range toks {
		if t.Is("claimed", "claims", "claiming") && !lex.HasAt(toks, i+1, "responsibility") && !lex.HasAt(toks, i+1, "the", "responsibility") {
			c = i
			break
		}
	}
	if c < 0 {
		return figs
	}
	o := -1
	for k := c + 1; k < len(toks) && o < 0; k++ {
		if !toks[k].Is("but", "while", "whereas") {
			continue
		}
		speaker := false
		for j := k + 1; j < len(toks) && j <= k+6 && !toks[j].Is(",", ";", "."); j++ {
			if officialSpeakers[toks[j].Lower] {
				speaker = true
			} else if speaker && officialSays[toks[j].Lower] {
				o = k
				break
			}
		}
	}
	if o < 0 {
		return figs
	}
	from, to := toks[c].Start, toks[o].Start
	official := false
	for _, f := range figs {
		if f.Start >= to {
			official = true
		}
	}
	if !official {
		return figs
	}
	var claim []Figure
	out := figs[:0]
	for _, f := range figs {
		if f.Start < from || f.Start >= to {
			out = append(out, f)
		} else {
			claim = append(claim, f)
		}
	}
	sideOfficialDead(claim, out, to)
	return out
}
