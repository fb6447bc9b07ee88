package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// unlikeSibling takes out of an "including" list its last item when that
// item cannot be part of the whole: joined by a bare "and", running into
// the verb, and counting at least as many people as the whole. In "Five
// militants, including the suicide bomber and at least nine civilians
// were killed" the nine civilians are killed beside the five, not among
// them ("12 people, including a policeman and two children, were
// killed" keeps the children in the twelve). It returns the list left
// and the sibling.
func unlikeSibling(toks []lex.Token, main np, subs []np, v int) ([]np, np, bool) {
	if len(subs) < 2 || !main.hasQ || main.q.Vague {
		return subs, np{}, false
	}
	s := subs[len(subs)-1]
	if !s.hasQ || s.q.Vague || s.category == "" || s.q.Value < main.q.Value || s.first < 2 {
		return subs, np{}, false
	}
	if !toks[s.first-1].Is("and") || toks[s.first-2].Is(",") {
		return subs, np{}, false
	}
	if e := nameTail(toks, s.head+1); e != v && e != auxStart(toks, v) {
		return subs, np{}, false
	}
	return subs[:len(subs)-1], s, true
}

// kindWords may stand between "the" and a person's noun without making
// the phrase another's: "the suicide bomber", "the female constable".
var kindWords = lex.WordSet("suicide female male young elderly teenage lone")

// theBeforeKind is theBefore that also reads the article over a word of
// the person's kind: "the suicide bomber", "the elderly driver".
func theBeforeKind(toks []lex.Token, j int) int {
	if a := theBefore(toks, j); a >= 0 {
		return a
	}
	if j >= 2 && kindWords[toks[j-1].Lower] && toks[j-2].Is("the") {
		return j - 2
	}
	return -1
}

// sharedCountBefore reads the count of the plural at j that it shares
// with the plural before it: in "Fourteen soldiers and policemen and 21
// militants were killed" the fourteen are soldiers and policemen, and in
// "14 SFs & LEAs personnel and 21 terrorists" the fourteen are the
// personnel of both. The plural before must be a person's noun of the
// same side, with a count of its own.
func sharedCountBefore(toks []lex.Token, j int, hints []Hint) (lex.Quantity, int, bool) {
	second := j
	if toks[j].Is("personnel") && j >= 1 && plural(toks[j-1].Lower) {
		second = j - 1
	}
	if second < 3 || !plural(toks[j].Lower) || !toks[second-1].Is("and", "&") || !plural(toks[second-2].Lower) && !acronymPlural(toks[second-2].Text) {
		return lex.Quantity{}, 0, false
	}
	c1, ok1 := personAt(toks, second-2, hints)
	c2, ok2 := personAt(toks, second, hints)
	if !ok1 || !ok2 || c1 == "" || c1 != c2 {
		return lex.Quantity{}, 0, false
	}
	q, first, ok := countBefore(toks, second-2)
	if !ok || q.Vague {
		return lex.Quantity{}, 0, false
	}
	return q, first, true
}

// acronymPlural reports the plural of an abbreviation, "SFs" or "LEAs",
// which plural leaves out when it is as short as "SFs".
func acronymPlural(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's' && acronym(w[:len(w)-1])
}
