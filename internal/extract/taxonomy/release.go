package taxonomy

import "github.com/vigil-osint/vigil/internal/extract/lex"

// captiveReleased returns the lead's verb of a captive freed in the
// passive by the captors: "A coal trader abducted by militants on May 16
// was released by his abductors on May 28", "the kidnapped engineer was
// set free by his kidnappers". The subject is someone abducted, kidnapped
// or held hostage, told by a participle before the verb, and the agent
// the captors ("was released on bail", "was freed by the police in a
// raid" are not captives let go). ACLED codes a captive's release as an
// agreement, the abduction being its background.
func captiveReleased(in Input) (Hit, bool) {
	toks := in.Toks
	from := 0
	for i, t := range toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if t.Is(".", ";") {
			from = i + 1
			continue
		}
		if !t.Is("was", "were") || i+1 >= len(toks) {
			continue
		}
		v := i + 1
		if toks[v].Is("later", "finally", "eventually", "safely", "subsequently", "reportedly") && v+1 < len(toks) {
			v++
		}
		end := v
		switch {
		case toks[v].Is("released", "freed"):
		case lex.HasAt(toks, v, "set", "free"):
			end = v + 1
		default:
			continue
		}
		if !heldBefore(toks, from, i) || !captorsFreed(toks, end+1) {
			continue
		}
		return Hit{Cue: CueAgreement, Start: toks[v].Start, End: toks[end].End, Token: v}, true
	}
	return Hit{}, false
}

// heldBefore reports whether the words from..i name a captive by a
// participle: "a trader abducted by militants", "the kidnapped engineer",
// "a driver taken hostage in May".
func heldBefore(toks []lex.Token, from, i int) bool {
	for k := from; k < i; k++ {
		if toks[k].Is("abducted", "kidnapped", "hostage", "hostages", "captive", "captives") {
			return true
		}
	}
	return false
}

// captorsFreed reports whether the words after the release verb name the
// captors as its agent: "by his abductors", "by their kidnappers". A
// release told with no agent ("was released on May 25") is as often the
// police's or a court's, and the SATP labellers still call half such
// stories a kidnapping.
func captorsFreed(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if t.Punct {
			break
		}
		if t.Is("by") {
			return j+2 < len(toks) && toks[j+1].Is("his", "her", "their", "the") && toks[j+2].Is("abductors", "kidnappers", "captors", "abductor", "kidnapper")
		}
	}
	return false
}
