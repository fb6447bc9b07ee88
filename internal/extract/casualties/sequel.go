package casualties

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// attackerThen reports whether the participle at verb tells a further
// deed of an attacker whom the sentence opens by telling went on: "The
// attacker then fled from the car and ran to the gate, fatally stabbing
// a police officer", "He then drove to the market, killing two more".
// The "then" stands after the subject at the head of the sentence, far
// from the participle (v, or the adverb before it) that sequel looks
// before.
func attackerThen(toks []lex.Token, v int) bool {
	w := v
	if toks[w].Is("fatally", "mortally") {
		w++
	}
	if v < 2 || w >= len(toks) || !strings.HasSuffix(toks[w].Lower, "ing") {
		return false
	}
	k := v - 1
	if toks[k].Is("also") {
		k--
	}
	if !toks[k].Is(",") {
		return false
	}
	i := 0
	if toks[i].Is("the") {
		i++
	}
	if i+1 >= len(toks) || !toks[i].Is("attacker", "attackers", "gunman", "gunmen", "assailant", "assailants", "he", "she", "they", "perpetrator", "terrorist", "terrorists") {
		return false
	}
	return toks[i+1].Is("then", "later", "subsequently")
}
