package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// injuredNamedAt reads who the wounded told before were, by side: "The
// injured included the SHO of the police station, two Home Guards and a
// driver", "Among the wounded were three policemen". Like deadNamedAt's
// dead, the list restates the wounded: the caller settles it against
// their toll (a toll of "persons" is broken down by it, a side's toll
// holds it), so only the forces and the armed groups are read; the
// civilians are what the toll leaves. Each item is a count or an article
// and a noun, its side the noun's before any "of" ("the officer-in-charge
// of the police station"); an item of no side is passed over. The list
// must open the sentence, as one restating the sentences before does:
// after a toll in the same sentence ("Four people were killed; among the
// injured were three policemen") it counts no wounded the text has not
// counted. It returns the figures, the last token of the list and
// whether the sentence opens with such a list.
func injuredNamedAt(toks []lex.Token, i int, hints []Hint) ([]Figure, int, bool) {
	if i != 0 {
		return nil, 0, false
	}
	if figs, last, ok := injuredNamedApposition(toks, hints); ok {
		return figs, last, true
	}
	j := -1
	switch {
	case toks[i].Is("the") && i+2 < len(toks) && toks[i+1].Is("injured", "wounded") && toks[i+2].Is("included", "include", "includes"):
		j = i + 3
	case toks[i].Is("among") && i+3 < len(toks) && toks[i+1].Is("the") && toks[i+2].Is("injured", "wounded") && toks[i+3].Is("were", "was", "are", "is"):
		j = i + 4
	default:
		return nil, 0, false
	}
	// (A list of no side is read all the same: "The injured included
	// two shopkeepers" tells of no new wounded.)
	figs, last := peopleList(toks, j, Injured, hints)
	return forcesAndGroups(figs), last, true
}

// peopleList reads the list of people at j ("two Home Guards, the driver
// and a constable") as figures of kind, one an item, and returns them
// with the list's last token.
func peopleList(toks []lex.Token, j int, kind string, hints []Hint) ([]Figure, int) {
	var figs []Figure
	last := j
	for s := j; s < len(toks); {
		e := s
		for e < len(toks) && !toks[e].Is(",", "and", ";", ".", "who", "while", "when", "which", "were", "was") {
			e++
		}
		if n, h, ok := listItem(toks, s, e, hints); ok {
			figs = append(figs, Figure{Kind: kind, Category: personCategory(toks, h, hints), Count: n, Bound: lex.BoundExact, Start: toks[s].Start, End: toks[h].End})
		}
		last = max(last, e-1)
		if e >= len(toks) || !toks[e].Is(",", "and") {
			break
		}
		s = e + 1
		if s < len(toks) && toks[s].Is("and") {
			s++
		}
	}
	return figs, last
}

// listItem reads one item, toks[s:e], of a list of people: its count
// ("two Home Guards"; one for "the driver", "a constable", "his PSO") and
// the index of its noun, the last word before any "of". A count that
// does not agree with the noun's number reads nothing.
func listItem(toks []lex.Token, s, e int, hints []Hint) (int, int, bool) {
	if s >= e {
		return 0, 0, false
	}
	h := s
	for h < e && !toks[h].Is("of") {
		h++
	}
	h--
	n, k := 0, s
	if q, ok := quantityAt(toks, s); ok && !q.Vague && q.Last < h {
		n, k = int(q.Value), q.Last+1
	} else if toks[s].Is("the", "a", "an", "his", "her", "their") {
		n, k = 1, s+1
	}
	if n <= 0 || k > h {
		return 0, 0, false
	}
	if _, ok := personAt(toks, h, hints); !ok || (n == 1) == plural(toks[h].Lower) {
		return 0, 0, false
	}
	return n, h, true
}

// personCategory is the side personAt gives the noun at h.
func personCategory(toks []lex.Token, h int, hints []Hint) string {
	c, _ := personAt(toks, h, hints)
	return c
}

// forcesAndGroups keeps the figures of the forces and the armed groups.
func forcesAndGroups(figs []Figure) []Figure {
	out := figs[:0]
	for _, f := range figs {
		if f.Category == Security || f.Category == Militants {
			out = append(out, f)
		}
	}
	return out
}

// injuredNamedApposition reads the wounded a sentence opens by naming in
// an apposition: "The injured, Assistant Sub-Inspector Rabindra Nayak and
// Havildar Sapan Behera, were admitted to hospital" is two policemen
// wounded. Each name is one person, of the side of his rank or title
// (a civilian when he has none); the apposition must close with a comma
// before the verb. It returns the figures and the last token read.
func injuredNamedApposition(toks []lex.Token, hints []Hint) ([]Figure, int, bool) {
	if len(toks) < 6 || !toks[0].Is("the") || !toks[1].Is("injured", "wounded") || !toks[2].Is(",") {
		return nil, 0, false
	}
	var figs []Figure
	s := 3
	for k := 3; k < len(toks) && k < 40; k++ {
		if !toks[k].Is(",", "and") {
			if toks[k].Punct || !isCap(toks[k].Text) {
				return nil, 0, false
			}
			continue
		}
		if k == s {
			return nil, 0, false
		}
		cat := Civilians
		for m := s; m < k; m++ {
			if c, ok := personAt(toks, m, hints); ok && c != "" {
				cat = c
				break
			}
		}
		figs = append(figs, Figure{Kind: Injured, Category: cat, Count: 1, Bound: lex.BoundExact, Start: toks[s].Start, End: toks[k-1].End})
		if toks[k].Is(",") && k+1 < len(toks) && isAux(toks[k+1]) {
			return figs, k, true
		}
		s = k + 1
	}
	return nil, 0, false
}

// CountIncluded reads a sentence that opens by telling who a toll told
// before were, by its count alone: "The 12 included two SPOs and a
// woman", "The nine included two SPOs, a constable and six villagers".
// It returns the count (12, nine) and the index of the list's first
// word; the caller, who knows the toll the count repeats, reads the list
// with Included.
func CountIncluded(toks []lex.Token) (int, int, bool) {
	if len(toks) < 4 || !toks[0].Is("the") {
		return 0, 0, false
	}
	q, ok := quantityAt(toks, 1)
	if !ok || q.Vague || q.First != 1 || q.Value < 2 || !lex.HasAt(toks, q.Last+1, "included") {
		return 0, 0, false
	}
	return int(q.Value), q.Last + 2, true
}

// Included reads the list at j of a sentence such as "The 12 included
// two SPOs and a woman" as figures of kind, the kind of the toll the
// count repeats. Like injuredNamedAt's, the list restates that toll:
// only the forces and the armed groups are read, the civilians being
// what the toll leaves.
func Included(toks []lex.Token, j int, kind string, hints []Hint) []Figure {
	figs, _ := peopleList(toks, j, kind, hints)
	return forcesAndGroups(figs)
}

// IncludedOfNoSide reads the list as Included does, for a toll of no side
// ("... killing nine. The nine included two SPOs, a constable and six
// villagers"): such a toll leaves no civilians for the list to restate,
// so the civilians it counts are read as well (six villagers of the
// nine). One named with an article ("a driver", "the cook") may be of any
// side and is left to the toll.
func IncludedOfNoSide(toks []lex.Token, j int, kind string, hints []Hint) []Figure {
	figs, _ := peopleList(toks, j, kind, hints)
	out := figs[:0]
	for _, f := range figs {
		counted := f.Category == Civilians && isNumberWord(toks, tokenAt(toks, f.Start))
		if f.Category == Security || f.Category == Militants || counted {
			out = append(out, f)
		}
	}
	return out
}
