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
	if !participleAt(toks, v) {
		return false
	}
	k := v - 1
	if toks[k].Is("also") {
		k--
	}
	return toks[k].Is(",") && attackerWentOn(toks)
}

// participleAt reports a participle at v, or after a word of fatality
// there ("killing", "fatally stabbing"), with two words at least before
// it.
func participleAt(toks []lex.Token, v int) bool {
	w := v
	if toks[w].Is("fatally", "mortally") {
		w++
	}
	return v >= 2 && w < len(toks) && strings.HasSuffix(toks[w].Lower, "ing")
}

// attackerWentOn reports whether a sentence opens by telling that the
// attacker went on: "The attacker then ...", "He later ...", "Then, he
// ...".
func attackerWentOn(toks []lex.Token) bool {
	i := 0
	then := false
	if lex.HasAt(toks, 0, "then", ",") {
		i, then = 2, true
	}
	if i < len(toks) && toks[i].Is("the") {
		i++
	}
	if i+1 >= len(toks) || !toks[i].Is("attacker", "attackers", "gunman", "gunmen", "assailant", "assailants", "he", "she", "they", "perpetrator", "terrorist", "terrorists") {
		return false
	}
	return then || toks[i+1].Is("then", "later", "subsequently")
}

// attackerWentOnPassive reports a passive toll of a place the attacker
// went on to attack, told in the sentence that says so: "Then, he
// attacked a supermarket, where two civilians were killed". The
// attacker's own fate ("He was then shot dead") is left: the people
// before the verb must follow "where" or "in which".
func attackerWentOnPassive(toks []lex.Token, p np) bool {
	if !attackerWentOn(toks) || p.first < 1 {
		return false
	}
	return toks[p.first-1].Is("where") || p.first >= 2 && lex.HasAt(toks, p.first-2, "in", "which")
}

// laterAttack reports whether the participle at v tells the toll of
// another attack that the sentence opens by dating after the one told
// before: "One hour later a female suicide bomber blew herself up at the
// bank, killing herself and a soldier", "Minutes later a second bomb went
// off, killing three". A later attack by a new attacker or device is a
// toll of its own, beyond the first.
func laterAttack(toks []lex.Token, v int) bool {
	if !participleAt(toks, v) || !toks[v-1].Is(",") {
		return false
	}
	// "One hour later", "Two minutes later", or "Minutes later" with no
	// count.
	i := 0
	if q, ok := quantityAt(toks, 0); ok && !q.Vague {
		i = q.Last + 1
	} else if !toks[0].Is("moments", "minutes", "hours") {
		return false
	}
	if i+1 >= len(toks) || !toks[i].Is("minute", "minutes", "hour", "hours", "moments") || !toks[i+1].Is("later") {
		return false
	}
	k := i + 2
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	if k >= len(toks) || !toks[k].Is("a", "an", "another", "the") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && j < v; j++ {
		if toks[j].Is("bomber", "attacker", "gunman", "assailant", "bomb", "blast", "explosion", "device") {
			return true
		}
	}
	return false
}
