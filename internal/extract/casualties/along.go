package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// alongPastPlace returns where "along with" opens after a short phrase of
// the deed's circumstances that follows the verb ("were killed in the
// fighting along with four FC personnel", "was shot dead at his shop
// along with his son"), or k itself when no such phrase stands there. The
// phrase runs from "in", "during" or "at" to "along with", six words at
// most, with no punctuation or verb of casualty in it.
func alongPastPlace(toks []lex.Token, k int) int {
	if k >= len(toks) || !toks[k].Is("in", "during", "at") {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		if lex.HasAt(toks, j, "along", "with") {
			return j
		}
		if toks[j].Punct {
			break
		}
		if kd, _ := verbAt(toks, j); kd != "" {
			break
		}
	}
	return k
}
