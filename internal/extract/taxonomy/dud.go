package taxonomy

import "github.com/vigil-osint/vigil/internal/extract/lex"

// dudDefused reports whether the lead tells of a grenade or bomb that
// failed to go off ("failed to explode", "did not explode"), nothing in
// the lead went off, and the event tells of the device defused or taken
// away: "A grenade lobbed at a police post failed to explode. A bomb
// disposal squad later defused it." ACLED codes the device defused as
// disrupted weapons use; one grenade that went off beside it is a
// grenade attack.
func dudDefused(in Input) bool {
	dud := false
	for i, t := range in.Toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if lex.HasAt(in.Toks, i, "failed", "to") || lex.HasAt(in.Toks, i, "did", "not") || lex.HasAt(in.Toks, i, "didn't") ||
			lex.HasAt(in.Toks, i, "could", "not") {
			j := i + 2
			if t.Is("didn't") {
				j = i + 1
			}
			if j < len(in.Toks) && (in.Toks[j].Is("explode", "detonate") || lex.HasAt(in.Toks, j, "go", "off")) {
				dud = true
			}
			continue
		}
		if t.Is("exploded", "blast", "explosion", "detonated") || lex.HasAt(in.Toks, i, "went", "off") {
			return false
		}
	}
	if !dud {
		return false
	}
	for _, h := range in.Hits {
		if h.Cue == CueDisrupt && in.Toks[h.Token].Is("defused", "defuses", "diffused", "recovered", "bomb", "controlled") {
			return true
		}
	}
	return false
}
