package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// escortVerbs are participles of a duty done for others, whose object
// stands between the people on duty and their fate: "five policemen
// escorting polio workers were killed".
var escortVerbs = lex.WordSet("escorting guarding accompanying protecting ferrying transporting carrying manning")

// escortClause finds such a participle and its object before the
// casualty word at v ("policemen escorting polio workers were killed"):
// the people in the object are not the subject, the noun before the
// participle is. It returns the token before the verb and the
// participle, or -1, -1, as woundedClause does.
func escortClause(toks []lex.Token, v int, hints []Hint) (int, int) {
	a := auxStart(toks, v)
	if a == v {
		return -1, -1
	}
	for m := a - 1; m >= 1 && m >= a-6; m-- {
		if toks[m].Punct {
			return -1, -1
		}
		if !escortVerbs[toks[m].Lower] {
			continue
		}
		if c, ok := personAt(toks, m-1, hints); ok && c != "" {
			return v - 1, m
		}
		return -1, -1
	}
	return -1, -1
}
