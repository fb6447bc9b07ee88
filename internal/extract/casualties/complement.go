package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// ofComplementAfter returns where a list goes on after the "of" phrase
// that completes its first person's title ("killed the ringleader of a
// militant cell and two of his accomplices", "the driver of the van and
// two passengers"): the "and" or comma after it. The phrase is short
// (five words at most) and names no person, whose list the rest could be
// ("the son of a policeman and two soldiers" is left alone).
func ofComplementAfter(toks []lex.Token, k int) (int, bool) {
	if !lex.HasAt(toks, k, "of") {
		return 0, false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Is("and", ",") {
			return j, j > k+1
		}
		if toks[j].Punct && !toks[j].Is("-", "'") {
			return 0, false
		}
		if _, person := persons[toks[j].Lower]; person {
			return 0, false
		}
		if kd, _ := verbAt(toks, j); kd != "" {
			return 0, false
		}
	}
	return 0, false
}

// ofHisFollowers reports a count of a leader's followers told as a share
// at k: "two of his accomplices", "three of their associates".
func ofHisFollowers(toks []lex.Token, k int) bool {
	return isNumberWord(toks, k) && lex.HasAt(toks, k+1, "of") && k+2 < len(toks) && toks[k+2].Is("his", "her", "their")
}
