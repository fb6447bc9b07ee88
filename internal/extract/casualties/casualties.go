// Package casualties reads casualty figures from a sentence: who (security
// forces, civilians, militants, unknown), what happened to them (killed,
// injured, abducted, arrested) and how many, with the words that say so.
//
// It works on lex tokens with a small grammar of news phrasing rather than a
// parser: a casualty word ("killed", "martyred", "sent to hell", "sustained
// injuries"), the noun phrase it is about (before it in passive phrasing,
// "two soldiers were martyred"; after it in active phrasing, "killing six
// terrorists") and that phrase's count ("a policeman" = 1, "dozens" = 12,
// "at least 80" a floor). A phrase with "including" counts once: its
// sub-counts are carved out of the total, not added to it. A toll the
// sentence recalls from an earlier incident ("arrested for an ambush in
// which 12 policemen were killed") is no figure of its own (recalled.go).
package casualties

import (
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// Figure is one casualty figure of a sentence.
type Figure struct {
	Kind     string // Killed, Injured, Abducted, Arrested
	Category string // Security, Civilians, Militants, Unknown
	Count    int
	Bound    string // lex.Bound*
	// Vague is set when the text gives no number ("several soldiers were
	// killed"); Count is then the conventional stand-in.
	Vague bool
	// Negated is set for "no one was hurt": an explicit zero.
	Negated bool
	// Generic is set for a toll of "people" with no breakdown ("30
	// people were killed"): civilians by default, but possibly the whole
	// toll that other sentences break down by side.
	Generic bool
	// Named is set for one person known only by name ("Somnath was
	// killed"): often someone a counted phrase of another sentence
	// already covers ("a cadre, identified as Somnath, was killed").
	Named bool
	// More is set for people told as beyond those counted before ("four
	// more people", "another soldier", "two others", "were also
	// killed"): across sentences they add to a toll rather than restate it.
	More bool
	// Toll is set for a stated overall death toll ("the death toll rose
	// to 41"): a sentence that gives only that updates the toll of the
	// incident told before it, though it names no violence itself.
	Toll bool
	// WereInjured is set for deaths among the injured told before ("one
	// of the injured later died"): they leave the injured's count.
	WereInjured bool
	// AmongInjured is set for a side's share of the wounded told before
	// ("two FC personnel were among the injured"): the caller takes it
	// out of the wounded of no side rather than adding it.
	AmongInjured bool
	// SideBefore is set for "others" or "another" with no figure before
	// them in the sentence ("A trooper was killed. Three others were
	// injured."): their side, Unknown here, is that of the figure told
	// in the sentence before, which only the caller sees.
	SideBefore bool
	// Dissent is set for a toll a second source sets against one told
	// before ("The hospital, however, said it had received 11 bodies",
	// "however some other sources reported only one killed"): ACLED
	// codes the lower of two sources' tolls, so the caller lets it lower
	// a toll of its side but never raise one.
	Dissent bool
	// Claimed is set for a toll a group claims ("BLA claimed that 11
	// soldiers were killed"): ACLED codes it when no one else counts the
	// dead or wounded, and the toll others give when they do, so the
	// caller adds it only to a kind no other sentence counts.
	Claimed bool
	// OneOfTwo is set for a death among the wounded told as one of two
	// whose other still lives ("One of them died on the way to hospital,
	// while the other is being treated"): when only one wounded was told
	// before, the dead one is the dead told before ("a labourer was shot
	// dead and another injured"), and the caller adds nothing.
	OneOfTwo bool
	// Start and End are the byte offsets of the words the figure was read
	// from (count, noun and casualty word).
	Start, End int
}

// Hint tells Find the side of a token range the caller recognised as an
// actor ("FC personnel", "Maoists"), so such names count as people.
type Hint struct {
	Start, End int // byte offsets
	Category   string
	// InPower is set for an armed group named as the state force it
	// became ("Taliban" in an Afghan story since August 2021).
	InPower bool
}

// Find returns the casualty figures of one sentence, tokenised with lex.
func Find(toks []lex.Token, hints []Hint) []Figure {
	// Most sentences of a news page tell no casualty at all: one with
	// none of the words a figure is read at gives none.
	if !slices.ContainsFunc(toks, func(t lex.Token) bool { return figureWords[t.Lower] }) {
		return nil
	}
	var figs []Figure
	used := map[int]bool{} // noun-phrase heads already counted, by kind
	// The dead named as a share ("the dead included", "two policemen were
	// among the dead") need one of these words: most sentences have none,
	// and reading a count at every word is dear.
	namesDead := slices.ContainsFunc(toks, func(t lex.Token) bool { return t.Is("dead", "deceased", "among") })
	// The wounded who died later ("one of the injured succumbed") are
	// read only at a word of dying, which most sentences lack.
	woundedDied := slices.ContainsFunc(toks, func(t lex.Token) bool { return t.Is(dyingWords...) })
	for i := 0; i < len(toks); i++ {
		if neg, n := negationAt(toks, i); neg {
			figs = append(figs, Figure{Kind: negKind(toks, i, n), Category: Unknown, Negated: true, Bound: lex.BoundExact, Start: toks[i].Start, End: toks[i+n-1].End})
			// "No one was hurt": the casualty word is part of the negation.
			for k := i + n; k < len(toks) && k < i+n+3; k++ {
				if kd, m := verbAt(toks, k); kd != "" {
					n = k - i + m
					break
				}
			}
			i += n - 1
			continue
		}
		if f, last, ok := tollAt(toks, i); ok {
			figs = append(figs, f)
			i = last
			continue
		}
		if f, last, ok := putTollAt(toks, i); ok {
			figs = append(figs, f)
			i = last
			continue
		}
		if woundedDied {
			if f, last, ok := injuredDiedAt(toks, i); ok {
				figs = append(figs, f)
				if pool, ok := injuredPool(toks, i, last); ok {
					figs = append(figs, pool)
				}
				i = last
				continue
			}
		}
		if namesDead {
			if fs, last, ok := deadNamedAt(toks, i, hints); ok {
				figs = append(figs, fs...)
				i = last
				continue
			}
		}
		if fs, last, ok := injuredNamedAt(toks, i, hints); ok {
			figs = append(figs, fs...)
			i = last
			continue
		}
		if f, last, ok := theInjuredDiedAt(toks, i, hints); ok {
			figs = append(figs, f)
			i = last
			continue
		}
		if f, last, ok := livesAt(toks, i, hints); ok {
			figs = append(figs, f)
			i = last
			continue
		}
		kind, n := verbAt(toks, i)
		// "bludgeoned to death a shopkeeper", "was stabbed to death": the
		// manner makes one verb of killing with the verb before it.
		if k := i + max(n, 1); lex.HasAt(toks, k, "to", "death") && (kind != "" || toDeathVerbs[toks[i].Lower]) && activeForm(toks[i].Lower) {
			kind, n = Killed, k+2-i
		}
		if kind == "" {
			continue
		}
		vEnd := i + n - 1
		// "The policeman escorting her was not hurt": a passive denied of
		// the people before it tells no one hurt.
		if i >= 2 && toks[i-1].Is("not", "never") && toks[i-2].Is("was", "were") && (kind == Killed || kind == Injured) {
			figs = append(figs, Figure{Kind: kind, Category: Unknown, Negated: true, Bound: lex.BoundExact, Start: toks[i-1].Start, End: toks[vEnd].End})
			i = vEnd
			continue
		}
		// "are believed to have been killed or injured": a fate told as
		// one of two gives neither.
		if lex.HasAt(toks, vEnd+1, "or") {
			if k2, n2 := verbAt(toks, vEnd+2); (k2 == Killed || k2 == Injured) && (kind == Killed || kind == Injured) && k2 != kind {
				i = vEnd + 1 + n2
				continue
			}
		}
		// "killing and injuring four": incident coders read one count
		// shared by both fates as the wounded, not as four dead and four
		// more hurt.
		if kind == Killed && sharedWithWounding(toks, vEnd) {
			i = vEnd
			continue
		}
		// "one of the injured lost a leg": the wounded told before, not
		// a wounding. ("one of the injured died" is read above.)
		if n == 1 && i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("of") && toks[i].Is("injured", "wounded") && isNumberWord(toks, i-3) {
			continue
		}
		// "Six other injured jawans are undergoing treatment": a count of
		// the wounded named by the adjective.
		if f, ok := countedAdjective(toks, i, kind, hints); ok {
			figs = append(figs, f)
			i++
			continue
		}
		// "may have perished", "could have been killed", "if ten were
		// killed": a toll someone supposes is no toll.
		if hedged(toks, i) {
			i = vEnd
			continue
		}
		if n == 1 && adjectival(toks, i, hints) {
			// "The Policemen overpowered an injured Maoist": one
			// wounded man caught.
			if f, ok := caughtWounded(toks, i, hints); ok {
				figs = append(figs, f)
				i++
			}
			continue
		}
		if protestedDeath(toks, i) {
			i = vEnd
			continue
		}
		// "the Maoists carried away their dead (comrades)": the dead
		// of a figure told before, not the subject's fate.
		// ("the bodies of their other dead cadres": the same.)
		if toks[i].Is("dead") && i > 0 && (toks[i-1].Is("their", "his", "its") || i > 1 && toks[i-1].Is("other", "own") && toks[i-2].Is("their", "his", "its")) {
			continue
		}
		fs := figuresFor(toks, i, vEnd, kind, hints, used, figs)
		// "security forces who kill protesters": the present tense
		// with no count speaks of what happens in general, not of an
		// incident (a headline's present has a count: "Gunmen kill
		// five").
		if generalPresent[toks[i].Lower] {
			fs = slices.DeleteFunc(fs, func(f Figure) bool { return f.Vague })
		}
		figs = append(figs, fs...)
		i = vEnd
	}
	figs = append(figs, bomberBesides(toks, figs)...)
	figs = append(figs, bomberBlewUp(toks, figs)...)
	figs = bodiesSettleEstimate(toks, figs)
	// "Several commandos were injured", "quite a few rebels were
	// injured": incident coders count no wounded the text does not
	// count. ("Hundreds injured" and "dozens wounded" keep their
	// conventional figures.)
	figs = slices.DeleteFunc(figs, func(f Figure) bool { return f.Vague && f.Kind == Injured && f.Count <= 3 })
	figs = dropUnconfirmedClaims(toks, figs)
	figs = dropRivalClaims(toks, figs)
	figs = dropWiderTotals(toks, figs)
	figs = dropAmongThose(toks, figs)
	remainingWounded(toks, figs)
	figs = dropCapturedThings(toks, figs)
	diedWhereTaken(toks, figs)
	sharedPartitive(toks, figs)
	firstReports(toks, figs)
	markDissent(toks, figs)
	markClaimed(toks, figs)
	return dropBodiesOfTheDead(toks, dropRestatedDefinite(toks, dropRetracted(toks, dropRestOfAPool(toks, dropPartOfTheDead(toks, dropMoney(toks, dropPastTolls(toks, restatedTotals(toks, revisedTolls(toks, dropRunningTotals(toks, figs))))))))))
}

// bodiesSettleEstimate replaces a death toll the sentence gives as an
// estimate ("more than a dozen Maoists were killed", "between eight and
// ten Maoists were killed", "several Maoists were killed") by the count
// of bodies it goes on to say were recovered ("Police recovered fourteen
// bodies", "recovered four bodies"): incident coders count the dead
// found. "though no bodies were recovered" leaves no toll. A toll told
// as a count ("At least 10 cadres were killed ... the bodies of seven
// have been recovered") stands, the bodies being some of its dead.
func bodiesSettleEstimate(toks []lex.Token, figs []Figure) []Figure {
	for k, f := range figs {
		if f.Kind != Killed || f.Negated || f.Category == Perpetrators || !estimatedToll(toks, f) {
			continue
		}
		n, ok := bodiesRecoveredAfter(toks, tokenAt(toks, f.End-1)+1)
		if !ok {
			continue
		}
		if n == 0 {
			return slices.Delete(figs, k, k+1)
		}
		figs[k].Count, figs[k].Bound, figs[k].Vague = n, lex.BoundExact, false
		return figs
	}
	return figs
}

// estimatedToll reports whether a death toll is an estimate: a vague
// count ("several"), an approximate one ("more than a dozen", "about
// 20") or a range ("between eight and ten").
func estimatedToll(toks []lex.Token, f Figure) bool {
	if f.Vague || f.Bound == lex.BoundApprox {
		return true
	}
	i := tokenAt(toks, f.Start)
	return i < len(toks) && (toks[i].Is("between") || i > 0 && toks[i-1].Is("between"))
}

// bodiesRecoveredAfter returns the count of bodies recovered that the
// words from k tell ("recovered four bodies", "recovered only the bodies
// of seven cadres", "no bodies were recovered": 0), within the sentence's
// next clause or two and with a verb of finding them.
func bodiesRecoveredAfter(toks []lex.Token, k int) (int, bool) {
	found := false
	for j := k; j < len(toks) && j <= k+40; j++ {
		if toks[j].Is("recovered", "found", "retrieved", "recover", "find") {
			found = true
		}
	}
	if !found {
		return 0, false
	}
	for j := k; j < len(toks) && j <= k+40; j++ {
		if !toks[j].Is("bodies") {
			continue
		}
		if j > 0 && toks[j-1].Is("no") {
			return 0, true
		}
		if q, ok := quantityAt(toks, j-1); ok && q.Last == j-1 && !q.Vague && q.Value > 0 {
			return int(q.Value), true
		}
		if j >= 2 && toks[j-1].Is("only") {
			if q, ok := quantityAt(toks, j-2); ok && q.Last == j-2 && !q.Vague && q.Value > 0 {
				return int(q.Value), true
			}
		}
		// "the bodies of seven cadres".
		if lex.HasAt(toks, j+1, "of") && isNumberWord(toks, j+2) {
			if q, ok := quantityAt(toks, j+2); ok && !q.Vague && q.Value > 0 {
				return int(q.Value), true
			}
		}
		return 0, false
	}
	return 0, false
}

// dropBodiesOfTheDead removes the bodies told after the dead of the same
// side in one sentence: "A dozen Maoists were believed killed, but Police
// recovered only the bodies of seven cadres" finds seven of the twelve,
// not seven more. Bodies of another side, or more bodies than the dead
// told, are figures of their own.
func dropBodiesOfTheDead(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	out := figs[:0]
	for k, f := range figs {
		drop := false
		if i := tokenAt(toks, f.Start); f.Kind == Killed && !f.More && i >= 0 && i < len(toks) && toks[i].Is("bodies", "body") {
			// "villagers found the mutilated bodies the next morning":
			// bodies told with an article and no count of their own are
			// the dead told before, whatever side the noun reads.
			// ("the bodies of seven cadres" name their own people.)
			definite := !lex.HasAt(toks, i+1, "of") && (i > 0 && toks[i-1].Is("the", "their", "his", "her") ||
				i > 1 && toks[i-2].Is("the", "their") && !isNumberWord(toks, i-1))
			for _, g := range figs[:k] {
				if g.Kind == Killed && !g.Negated && (g.Count >= f.Count && (g.Category == f.Category || f.Category == Unknown) || definite) {
					drop = true
				}
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// hostagesDied reports whether the hostages named at v are the subject of
// a passive death or wounding in their clause: "20 hostages had been
// killed", "Twenty hostages, mostly foreigners, and two police officers
// were killed". ("took 20 hostages and killed two guards" tells of the
// killers, and the hostages stay taken.)
func hostagesDied(toks []lex.Token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+12; k++ {
		if toks[k].Is(".", ";", "who", "which", "after", "before", "when", "while") {
			return false
		}
		kd, _ := verbAt(toks, k)
		if kd == "" {
			continue
		}
		return (kd == Killed || kd == Injured) && isAux(toks[k-1])
	}
	return false
}

// sharedWithWounding reports whether the active verb of killing ending at
// vEnd shares an exact count with a wounding joined to it: "killing and
// injuring four", "killed and wounded 12 people". ("killing and wounding
// several soldiers" gives no count, and the passive "were killed and
// injured" is read as both.)
func sharedWithWounding(toks []lex.Token, vEnd int) bool {
	if !lex.HasAt(toks, vEnd+1, "and") || !activeForm(toks[vEnd].Lower) || vEnd > 0 && isAux(toks[vEnd-1]) {
		return false
	}
	kd, n := verbAt(toks, vEnd+2)
	if kd != Injured {
		return false
	}
	q, ok := quantityAt(toks, vEnd+2+n)
	if !ok || q.Vague || toks[q.First].Is("a", "an", "another") {
		return false
	}
	k := q.Last + 1
	return k >= len(toks) || toks[k].Punct || toks[k].Is("people", "persons", "others", "before", "after", "when", "in", "at", "near", "and")
}

// asideBefore returns the comma opening an aside that ends with the comma
// at k and describes the phrase before it without counting it again
// ("mostly foreigners", "all of them recruits"), or 0.
func asideBefore(toks []lex.Token, k int) int {
	for c := k - 1; c > 0 && c >= k-8; c-- {
		if !toks[c].Is(",") {
			continue
		}
		if c+1 < k && toks[c+1].Is("mostly", "mainly", "largely", "most", "many", "all", "both", "some") {
			return c
		}
		// "A DRG jawan, identified as Sukhram Kunjam, and two cadres":
		// the name of the one before.
		if c+2 < k && toks[c+1].Is("identified", "named", "known") && toks[c+2].Is("as") {
			return c
		}
		// ", 142 of them students,": a counted share of the phrase
		// before.
		if q, ok := quantityAt(toks, c+1); ok && q.Last+2 < k && lex.HasAt(toks, q.Last+1, "of", "them") {
			return c
		}
		return 0
	}
	return 0
}

// revisedTolls drops the figures a revised toll of the same sentence
// replaces: "At least 121 people were killed ...; the toll later rose to
// 150" and "Officials first reported 14 dead, but the toll rose to 25" are
// 150 and 25 dead, not the sums. Only figures of no side give way (a
// split by side stays, and the tally sets it against the toll), and the
// dead among the injured stay, since they also leave the injured's count.
// A figure inside the toll's clause with its count ("the toll rose to 25
// overnight as injured victims died") is the toll read twice.
func revisedTolls(toks []lex.Token, figs []Figure) []Figure {
	for _, t := range figs {
		if !t.Toll || t.Category != Unknown || !revisedWord(toks, t) {
			continue
		}
		figs = slices.DeleteFunc(figs, func(f Figure) bool {
			if f.Toll || f.Kind != t.Kind || f.Negated || f.More || f.WereInjured {
				return false
			}
			if f.Start < t.Start {
				return f.Category == Unknown || f.Generic
			}
			return f.Start < t.End && f.Count == t.Count
		})
	}
	return figs
}

// revisedWord reports whether the words of toll t say it changed: "rose",
// "climbed", "was revised", "has reached".
func revisedWord(toks []lex.Token, t Figure) bool {
	for _, w := range toks {
		if w.Start >= t.Start && w.End <= t.End && w.Is("rose", "risen", "rises", "climbed", "climbs", "revised", "increased", "jumped", "mounted", "reached", "grew", "went") {
			return true
		}
	}
	return false
}

// caughtWounded reads one wounded person caught: "overpowered an injured
// Maoist", "arrested an injured cadre", "an injured woman Maoist was
// caught". The adjective at i follows "an" or "a" right after a verb of
// capture, or its phrase comes before one in the passive.
func caughtWounded(toks []lex.Token, i int, hints []Hint) (Figure, bool) {
	if !toks[i].Is("injured", "wounded") || i < 1 || !toks[i-1].Is("a", "an") {
		return Figure{}, false
	}
	c, ok := personAt(toks, i+1, hints)
	if !ok || c == "" || plural(toks[i+1].Lower) {
		return Figure{}, false
	}
	// "an injured woman Maoist": the sex is an adjective.
	e := i + 1
	if m, c2, ok := sideNounAfter(toks, e, hints); ok && toks[e].Is("woman", "man", "female", "male") && !plural(toks[m].Lower) {
		c, e = c2, m
	}
	// "arrested an injured cadre"; "an injured woman Maoist was caught".
	active := i >= 2 && toks[i-2].Is(captureVerbs...)
	passive := lex.HasAt(toks, e+1, "was") && e+2 < len(toks) && toks[e+2].Is(captureVerbs...)
	if !active && !passive {
		return Figure{}, false
	}
	return Figure{Kind: Injured, Category: c, Count: 1, Bound: lex.BoundExact, Start: toks[i-1].Start, End: toks[e].End}, true
}

// captureVerbs take a wounded man alive.
var captureVerbs = []string{"overpowered", "arrested", "nabbed", "captured", "apprehended", "caught"}

// countedAdjective reads a count of the wounded told by an adjective
// before their noun, "Six other injured jawans", "two injured
// villagers", when no casualty word follows to tell their fate ("two
// injured soldiers died" is read by the verb).
func countedAdjective(toks []lex.Token, i int, kind string, hints []Hint) (Figure, bool) {
	if kind != Injured || !toks[i].Is("injured", "wounded") || i == 0 || i+1 >= len(toks) {
		return Figure{}, false
	}
	c, ok := personAt(toks, i+1, hints)
	// "the Maoists fled, carrying two injured comrades": the comrades
	// of the side named before them.
	if (!ok || c == "") && toks[i+1].Is("comrades", "colleagues") {
		c, ok = sideNamedBefore(toks, i, hints)
	}
	if !ok || c == "" || c == Perpetrators || !plural(toks[i+1].Lower) {
		return Figure{}, false
	}
	// ("Three more injured policemen were shifted": the wounded told
	// before, moved.)
	e := i - 1
	if toks[e].Is("other") {
		e--
	}
	q, ok := quantityEndingAt(toks, e)
	if !ok || q.Vague || q.Value < 2 {
		return Figure{}, false
	}
	for k := i + 2; k < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
		if kd, _ := verbAt(toks, k); kd != "" {
			return Figure{}, false
		}
	}
	return Figure{Kind: Injured, Category: c, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[i+1].End}, true
}

// sideNamedBefore returns the side of the nearest plural noun of an
// armed side (militants or a force) before k in the sentence.
func sideNamedBefore(toks []lex.Token, k int, hints []Hint) (string, bool) {
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if toks[j].Is(".", ";") {
			break
		}
		if c, ok := personAt(toks, j, hints); ok && (c == Militants || c == Security) && plural(toks[j].Lower) {
			return c, true
		}
	}
	return "", false
}

// besidesWords open a phrase that sets the attacker apart from a toll:
// "killing 12 people besides himself", "five were killed in addition to
// the bomber", "apart from the bomber, no one died".
var besidesWords = [][]string{
	{"besides"}, {"in", "addition", "to"}, {"apart", "from"}, {"as", "well", "as"},
	{"excluding"}, {"not", "counting"}, {"not", "including"}, {"other", "than"},
}

// bomberBesides returns the attackers' own deaths that a sentence tells
// apart from its toll ("killing two soldiers besides himself", "three
// people were killed, in addition to the bomber"): the bomber died too,
// which ACLED counts among the fatalities. It needs a death in the
// sentence, told or denied, and no attacker's death read already.
func bomberBesides(toks []lex.Token, figs []Figure) []Figure {
	death := false
	for _, f := range figs {
		if f.Kind != Killed {
			continue
		}
		if f.Category == Perpetrators && !f.Negated {
			return nil
		}
		death = true
	}
	if !death {
		return nil
	}
	for i := range toks {
		n := 0
		for _, b := range besidesWords {
			if lex.HasAt(toks, i, b...) {
				n = len(b)
				break
			}
		}
		if n == 0 {
			continue
		}
		k := i + n
		if k < len(toks) && toks[k].Is("himself", "herself") {
			return []Figure{{Kind: Killed, Category: Perpetrators, Count: 1, Bound: lex.BoundExact, Start: toks[i].Start, End: toks[k].End}}
		}
		if k < len(toks) && toks[k].Is("the") {
			k++
		}
		count := 1
		if q, ok := quantityAt(toks, k); ok && !q.Vague {
			count, k = int(q.Value), q.Last+1
		}
		if k < len(toks) && toks[k].Is("suicide") {
			k++
		}
		if k >= len(toks) || !toks[k].Is("bomber", "bombers", "attacker", "attackers") {
			continue
		}
		// "besides the attackers" with no count: how many is unsaid.
		if plural(toks[k].Lower) && count == 1 {
			continue
		}
		return []Figure{{Kind: Killed, Category: Perpetrators, Count: count, Bound: lex.BoundExact, Start: toks[i].Start, End: toks[k].End}}
	}
	return nil
}

// bomberBlewUp returns the bomber's own death when a sentence tells a
// suicide bomber blowing himself up ("a suicide bomber blew himself up
// in a market, killing five people", "the bomber detonated his
// explosives near a van"): he died, and ACLED counts him
// among the fatalities though the toll told is of the others. Not when
// the sentence already reads an attacker's death ("killing himself and
// two guards"), nor for a bomber caught before he could ("tried to blow
// himself up").
func bomberBlewUp(toks []lex.Token, figs []Figure) []Figure {
	for _, f := range figs {
		if f.Kind == Killed && f.Category == Perpetrators && tellsBomber(toks, f) {
			return nil
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "blew himself up", "detonated his explosives", "detonated her
		// suicide vest".
		blewUp := toks[i].Is("himself", "herself") && toks[i+1].Is("up") && toks[i-1].Is("blew")
		detonated := toks[i].Is("his", "her") && toks[i-1].Is("detonated") && toks[i+1].Is("explosives", "vest", "suicide", "explosive", "jacket")
		if !blewUp && !detonated {
			if f, ok := suicideStruck(toks, i); ok {
				return []Figure{f}
			}
			continue
		}
		// The subject: "a suicide bomber", "the bomber", "a teenage
		// suicide attacker" just before the verb.
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if toks[k].Is("bomber", "attacker") {
				return []Figure{{Kind: Killed, Category: Perpetrators, Count: 1, Bound: lex.BoundExact, Start: toks[k].Start, End: toks[i+1].End}}
			}
			if toks[k].Punct {
				break
			}
		}
	}
	return nil
}

// tellsBomber reports whether the attackers' deaths f tell of the bomber
// himself ("killing himself", "the bomber died") or of attackers he may
// be one of ("all four attackers were killed"), rather than of other men
// of his side ("the guards shot dead two gunmen who followed him").
func tellsBomber(toks []lex.Token, f Figure) bool {
	for _, t := range toks {
		if t.Start >= f.Start && t.End <= f.End && t.Is("himself", "herself", "bomber", "bombers", "attacker", "attackers", "suicide") {
			return true
		}
	}
	return false
}

// suicideVerbs tell a suicide bomber's attack as a deed of its own.
var suicideVerbs = lex.WordSet("rammed struck targeted hit attacked")

// suicideStruck returns the bomber's own death when the word at i is the
// verb of a suicide bomber's attack: "a suicide bomber rammed an
// explosives-laden car into a bus", "a suicide car bomber struck a
// convoy", "a suicide attacker on a motorcycle targeted a patrol". A
// suicide bomber who strikes dies in the strike. Not when the sentence
// tells that he failed or was stopped ("tried to", "before he could").
func suicideStruck(toks []lex.Token, i int) (Figure, bool) {
	if !suicideVerbs[toks[i].Lower] {
		return Figure{}, false
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].Punct || toks[k].Is("was", "were", "by") {
			return Figure{}, false
		}
		if !toks[k].Is("bomber", "attacker") {
			continue
		}
		if !toks[k-1].Is("suicide") && !(k >= 2 && toks[k-2].Is("suicide") && toks[k-1].Is("car", "truck", "motorcycle", "vehicle")) {
			return Figure{}, false
		}
		for _, t := range toks {
			if t.Is("tried", "attempted", "could", "failed", "foiled", "arrested", "intercepted", "would-be") {
				return Figure{}, false
			}
		}
		return Figure{Kind: Killed, Category: Perpetrators, Count: 1, Bound: lex.BoundExact, Start: toks[k].Start, End: toks[i].End}, true
	}
	return Figure{}, false
}

// regionWords name an area wider than one incident's place: "across the
// province".
var regionWords = lex.WordSet("province country region districts belt balochistan pakistan")

// manyWords name the several attacks or places a toll is summed over:
// "the group's attacks in four towns", "in the two attacks".
var manyWords = lex.WordSet("attacks operations incidents towns districts cities locations places sites")

// dropWiderTotals drops the toll of a clause that sums a wider operation
// when the sentence has told this place's toll before it: "Three FC
// personnel were killed; across the province the operation killed 20
// security personnel" is three dead here, as ACLED codes one event per
// place. A wider toll told alone stays.
func dropWiderTotals(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	wide := -1 // the start of the first clause that sums a wider operation
	clause := 0
	for i, t := range toks {
		if t.Is(";", ",") || t.Is("while", "whereas") {
			clause = i
		}
		across := t.Is("across") && slices.ContainsFunc(toks[i+1:min(len(toks), i+4)], func(u lex.Token) bool { return regionWords[u.Lower] })
		many := manyWords[t.Lower] && i > 0 && (isNumberWord(toks, i-1) && !toks[i-1].Is("one", "1") || toks[i-1].Is("coordinated", "multiple", "several", "all"))
		if across || many {
			wide = toks[clause].Start
			break
		}
	}
	if wide <= 0 {
		return figs
	}
	local := map[string]bool{} // the kinds told before the wider clause
	for _, f := range figs {
		if f.Start < wide && !f.Negated {
			local[f.Kind] = true
		}
	}
	return slices.DeleteFunc(figs, func(f Figure) bool { return f.Start >= wide && local[f.Kind] })
}

// dropRunningTotals removes the figures of a clause that adds the
// incident to a count over a period: "killing three soldiers, bringing
// the number killed this month to 60" or "taking the death toll this year
// to 112" says 3 died here; the 60 and the 112 are statistics, which the
// claims reader keeps. "taking the death toll to 12", with no period, is
// the incident's own toll and stays.
func dropRunningTotals(toks []lex.Token, figs []Figure) []Figure {
	for i := 0; i < len(toks); i++ {
		if !toks[i].Is("bringing", "taking", "raising", "pushing", "brings", "takes", "raises", "pushes", "brought", "took", "raised", "pushed") {
			continue
		}
		counted, period := false, false
		end := len(toks)
		for k := i + 1; k < len(toks); k++ {
			t := toks[k]
			if t.Is(".", ";") {
				end = k
				break
			}
			if k <= i+6 && t.Is("number", "toll", "tally", "total", "count") {
				counted = true
			}
			if t.Is("year", "month", "week", "since", "so", "far", "annual", "yearly", "monthly") ||
				isNumber(t.Lower) && len(t.Lower) == 4 && t.Lower >= "1900" && t.Lower <= "2100" {
				period = true
			}
		}
		if !counted || !period {
			continue
		}
		from, to := toks[i].Start, toks[end-1].End
		return slices.DeleteFunc(figs, func(f Figure) bool { return f.Start >= from && f.End <= to })
	}
	return figs
}

// restatedTotals drops the partial figures a sentence goes on to sum up:
// "a blast killed 4, then a second bomber struck; in total 26 were killed
// and 91 were injured" is 26 dead, not 30. The figures after "in total",
// "a total of", "in all," or "altogether" (and the one right before "in
// total" when it closes a clause: "26 were killed in total") are the
// totals; the figures of the same kind told before them are parts.
func restatedTotals(toks []lex.Token, figs []Figure) []Figure {
	m, end := -1, 0
	for i := range toks {
		if n := totalMarker(toks, i); n > 0 {
			m, end = i, i+n-1
			break
		}
	}
	if m < 0 || len(figs) < 2 {
		return figs
	}
	from := toks[m].Start
	totals := map[string]bool{}
	for k, f := range figs {
		after := f.Start >= from
		// "30 were killed in total": the figure that ends right before
		// the marker.
		closing := f.End <= from && (k+1 == len(figs) || figs[k+1].Start >= toks[end].End) && m > 0 && toks[m-1].End == f.End
		if (after || closing) && !f.Negated && !f.More {
			totals[f.Kind] = true
		}
	}
	if len(totals) == 0 {
		return figs
	}
	return slices.DeleteFunc(figs, func(f Figure) bool {
		before := f.End <= from && !(m > 0 && toks[m-1].End == f.End)
		return before && totals[f.Kind] && !f.Negated
	})
}

// totalMarker returns the number of words of a phrase at i that says the
// figures after it sum everything up, or 0.
func totalMarker(toks []lex.Token, i int) int {
	switch {
	case lex.HasAt(toks, i, "in", "total"):
		return 2
	case lex.HasAt(toks, i, "a", "total", "of"):
		return 3
	case lex.HasAt(toks, i, "in", "all", ","):
		return 3
	case toks[i].Is("altogether"):
		return 1
	}
	return 0
}

// dropPartOfTheDead removes the deaths told as a part of the dead told
// before: "Six of the dead were from South Waziristan" says where six of
// them came from, not that six more died.
func dropPartOfTheDead(toks []lex.Token, figs []Figure) []Figure {
	return slices.DeleteFunc(figs, func(f Figure) bool {
		if f.Kind != Killed {
			return false
		}
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].Start >= f.Start && toks[k].End <= f.End && toks[k].Is("of") &&
				toks[k+1].Is("the", "those") && toks[k+2].Is("dead", "deceased", "killed", "slain", "martyred", "martyrs") {
				return true
			}
		}
		return false
	})
}

// possessedPair returns the two singular nouns, after one possessive and
// joined by "and", that h is one of, when a plural auxiliary right after
// them opens the casualty word at v: "his driver and peon were injured".
// ("his driver and peon was injured" would be one man of two posts.)
func possessedPair(toks []lex.Token, h, v int) (int, int, bool) {
	a, b := h, h+2
	if h >= 2 && toks[h-1].Is("and") {
		a, b = h-2, h
	}
	if a < 1 || b+1 >= len(toks) || b >= v || !toks[a+1].Is("and") || !toks[a-1].Is("his", "her", "their") {
		return 0, 0, false
	}
	if b+1 != auxStart(toks, v) || !toks[b+1].Is("were") {
		return 0, 0, false
	}
	for _, k := range []int{a, b} {
		if toks[k].Punct || isCap(toks[k].Text) || plural(toks[k].Lower) || isNumberWord(toks, k) {
			return 0, 0, false
		}
	}
	return a, b, true
}

// firstReports marks as vague the dead and wounded of a sentence that
// tells the first reports of a toll ("Initial reports said over 30
// Policemen had been killed"): an exact figure told later, mostly an
// official's, replaces them; with none, they stand.
func firstReports(toks []lex.Token, figs []Figure) {
	if len(figs) == 0 || len(toks) < 2 {
		return
	}
	if !(toks[0].Is("initial", "early", "earlier", "first", "preliminary") && toks[1].Is("reports", "report") || toks[0].Is("initially") && toks[1].Is(",")) {
		return
	}
	for k := range figs {
		if figs[k].Kind == Killed || figs[k].Kind == Injured {
			figs[k].Vague = true
		}
	}
}

// sharedPartitive gives a bare count the side of the "of" phrase that
// ends the figure joined to it by "and": "killing two and injuring five of
// the Policemen on board" is two Policemen dead and five hurt. Only a
// count with no noun of its own, right before "and" and a second verb
// whose count is a share "of the" (or "of its", "of their") people.
func sharedPartitive(toks []lex.Token, figs []Figure) {
	for n := 0; n+1 < len(figs); n++ {
		f, g := &figs[n], figs[n+1]
		if f.Category != Unknown || f.Negated || g.Negated || g.Category == Unknown || g.Category == Perpetrators {
			continue
		}
		e := tokenAt(toks, f.End-1)
		v := tokenAt(toks, g.Start)
		if e+2 != v || !toks[e+1].Is("and") || !isNumberWord(toks, e) || e == 0 {
			continue
		}
		if kd, _ := verbAt(toks, e-1); kd == "" {
			continue
		}
		q, ok := lex.QuantityAt(toks, v+1)
		if !ok || !lex.HasAt(toks, q.Last+1, "of") || q.Last+2 >= len(toks) || !toks[q.Last+2].Is("the", "its", "their") {
			continue
		}
		f.Category = g.Category
	}
}

// dropRestatedDefinite removes a figure that names again, with "the" and
// its count, the people a figure before it in the sentence counted: "Three
// jawans were killed when the Maoists ambushed a patrol, killing the three
// on the spot" is three dead, not six. The earlier figure must be of the
// same fate and count, and of the same side when the later one names one.
func dropRestatedDefinite(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	return slices.DeleteFunc(figs, func(f Figure) bool {
		if f.Negated || f.Kind != Killed && f.Kind != Injured {
			return false
		}
		k := tokenAt(toks, f.Start)
		if k+2 >= len(toks) || !toks[k+1].Is("the") || !isNumberWord(toks, k+2) {
			return false
		}
		if q, ok := lex.QuantityAt(toks, k+2); !ok || int(q.Value) != f.Count || q.Value < 2 {
			return false
		}
		for _, g := range figs {
			if g.End <= f.Start && !g.Negated && g.Kind == f.Kind && g.Count == f.Count && (f.Category == Unknown || g.Category == f.Category) {
				return true
			}
		}
		return false
	})
}

// dropRetracted removes a figure someone first gave and then revised in
// the same sentence: "Police had earlier said that five Maoists were
// killed, but revised the figure after the bodies were brought in". The
// revised toll is told elsewhere, or not at all.
func dropRetracted(toks []lex.Token, figs []Figure) []Figure {
	rev := -1
	for k, t := range toks {
		if t.Is("revised", "revising", "corrected", "correcting", "retracted", "lowered") {
			rev = k
			break
		}
	}
	if rev < 0 {
		return figs
	}
	return slices.DeleteFunc(figs, func(f Figure) bool {
		i := tokenAt(toks, f.Start)
		if i < 0 || i >= rev || f.Negated {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if toks[k].Is(".", ";") {
				return false
			}
			if toks[k].Is("earlier", "initially", "first") && k+1 < i && toks[k+1].Is("said", "reported", "claimed", "stated", "announced", "put") {
				return true
			}
		}
		return false
	})
}

// dropRestOfAPool removes a bare count that, after "N of the M" in the
// same sentence, makes up the rest of the M: in "Five of the seven died
// on the spot and two succumbed on the way", the two are of the seven.
func dropRestOfAPool(toks []lex.Token, figs []Figure) []Figure {
	if len(figs) < 2 {
		return figs
	}
	for k := 1; k+2 < len(toks); k++ {
		if !toks[k].Is("of") || !toks[k+1].Is("the") {
			continue
		}
		share, ok1 := quantityEndingAt(toks, k-1)
		pool, ok2 := quantityAt(toks, k+2)
		if !ok1 || !ok2 || share.Vague || pool.Vague || share.Value >= pool.Value {
			continue
		}
		rest := int(pool.Value - share.Value)
		after := toks[pool.Last].End
		return slices.DeleteFunc(figs, func(f Figure) bool {
			i := tokenAt(toks, f.Start)
			return f.Start > after && f.Category == Unknown && f.Count == rest && !f.Negated && i > 0 && toks[i-1].Is("and") && isNumberWord(toks, i)
		})
	}
	return figs
}

// dropMoney removes the figures whose count is a sum of money: "a
// Maoist carrying a reward of INR 30,000 was arrested" is one arrest,
// not 30,000.
func dropMoney(toks []lex.Token, figs []Figure) []Figure {
	return slices.DeleteFunc(figs, func(f Figure) bool {
		for k := 1; k < len(toks); k++ {
			if toks[k].Start == f.Start {
				return toks[k-1].Is(currencies...)
			}
		}
		return false
	})
}

// tollAt reads a stated death toll at i: "the death toll rose to 41",
// "the toll has climbed to 12", "the death toll stood at nine". The
// figure covers everyone, so it is of unknown side; the tally keeps the
// largest toll of a text, which is the latest one when a toll rises.
func tollAt(toks []lex.Token, i int) (Figure, int, bool) {
	kind := Killed
	from := i
	side := Unknown
	switch {
	case toks[i].Is("toll"):
		// "taking the toll of Maoists to 21": the toll of one side.
		// (The word after "of" must be the side's plural noun itself:
		// "the toll of the attack" names no people.)
		if i+2 < len(toks) && toks[i+1].Is("of") && plural(toks[i+2].Lower) {
			if c := persons[toks[i+2].Lower]; c == Militants || c == Security {
				side = c
			}
		}
	case toks[i].Is("number") && i+2 < len(toks) && toks[i+2].Is("killed", "dead") && plural(toks[i+1].Lower) && persons[toks[i+1].Lower] != "" &&
		persons[toks[i+1].Lower] != Perpetrators && persons[toks[i+1].Lower] != Civilians:
		// "The total number Maoists killed in the operation rose to 28":
		// the "of" left out.
		return countedToll(toks, i, i+2, Killed, persons[toks[i+1].Lower], false)
	case toks[i].Is("number") && i+3 < len(toks) && toks[i+1].Is("of") && toks[i+2].Is("slain", "killed", "dead") && plural(toks[i+3].Lower) &&
		persons[toks[i+3].Lower] != "" && persons[toks[i+3].Lower] != Perpetrators && persons[toks[i+3].Lower] != Civilians:
		// "taking the number of slain Maoists to 14": the fate before
		// the people named.
		return countedToll(toks, i, i+3, Killed, persons[toks[i+3].Lower], false)
	case toks[i].Is("number") && i+2 < len(toks) && toks[i+1].Is("of"):
		// "the number of dead rose to 30", "the number of people
		// injured has climbed to 45".
		j := i + 2
		if toks[j].Is("the", "people", "those", "persons") && j+1 < len(toks) {
			j++
		}
		cat := Unknown
		// "the number of Kenyan soldiers killed": a modifier before the
		// people named.
		if _, ok := persons[toks[j].Lower]; !ok && j+2 < len(toks) && (isCap(toks[j].Text) && !toks[j].Punct || isModifier(toks[j])) && plural(toks[j+1].Lower) && toks[j+2].Is("killed", "dead", "injured", "wounded") {
			if _, ok := persons[toks[j+1].Lower]; ok {
				j++
			}
		}
		// "taking the number of Maoists killed in the encounter to
		// five": the people named, then their fate.
		if c, ok := persons[toks[j].Lower]; ok && c != "" && c != Perpetrators && c != Civilians && plural(toks[j].Lower) && j+1 < len(toks) && toks[j+1].Is("killed", "dead", "injured", "wounded") {
			cat = c
			j++
		}
		switch {
		case toks[j].Is("dead", "deaths", "fatalities", "killed"):
		case toks[j].Is("injured", "wounded", "injuries"):
			kind = Injured
		default:
			return Figure{}, 0, false
		}
		if cat != Unknown {
			// "put the number of soldiers killed at 141": "at" after a
			// verb of putting.
			put := from >= 2 && toks[from-1].Is("the") && toks[from-2].Is("put", "puts", "putting", "placed")
			return countedToll(toks, from, j, kind, cat, put)
		}
		i = j
	default:
		return Figure{}, 0, false
	}
	// The figure may come after the incident's name: "the death toll in
	// the bombing of the Jamrud bazaar rose to 21".
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		// A date in brackets, an aside between commas or a title in
		// quotes does not end the phrase: "the death toll in the blasts
		// (July 13) rose to 25", "the toll in the violence after the
		// killing of 'commander' Burhan Wani, to 37".
		if toks[k].Punct && !toks[k].Is("(", ")", ",", "'", "‘", "’", "\"", "“", "”") {
			break
		}
		if !toks[k].Is("to", "at", "reached", "was", "is", "of") {
			continue
		}
		// "the toll from Tuesday's bombing of a passenger train", "the
		// toll in the bombing at a rally": "of a", "at a" name the
		// place, not a toll of one.
		if k+1 < len(toks) && toks[k+1].Is("a", "an") {
			continue
		}
		q, ok := lex.QuantityAt(toks, k+1)
		if !ok || q.Vague {
			continue
		}
		// "the toll later rose to 150 dead": the fate after the figure
		// is the toll's own word, not another figure.
		last := q.Last
		if lex.HasAt(toks, last+1, "people") || lex.HasAt(toks, last+1, "persons") {
			last++
		}
		if last+1 < len(toks) && (kind == Killed && toks[last+1].Is("dead", "killed", "deaths", "fatalities") || kind == Injured && toks[last+1].Is("injured", "wounded")) {
			last++
		} else {
			last = q.Last
		}
		return Figure{Kind: kind, Category: side, Count: int(q.Value), Bound: q.Bound, Toll: true, Start: toks[from].Start, End: toks[last].End}, last, true
	}
	return Figure{}, 0, false
}

// allOfCounted returns the side of the people "all five" counts again:
// "five attackers drove into pedestrians, killing a woman; all five were
// shot dead" are the attackers, not the woman's side.
func allOfCounted(toks []lex.Token, q lex.Quantity, hints []Hint) (string, bool) {
	if q.First == 0 || !toks[q.First-1].Is("all") || q.Vague {
		return "", false
	}
	for k := q.First - 2; k >= 0; k-- {
		if toks[k].Is(".") {
			break
		}
		p, ok := quantityAt(toks, k)
		if !ok || p.Value != q.Value || p.Vague || p.Last+1 >= q.First-1 {
			continue
		}
		if c, ok := personAt(toks, p.Last+1, hints); ok && c != "" {
			return c, true
		}
	}
	return "", false
}

// forceBefore reports whether the word before the verb at v names the
// police or troops as its subject: "police shot him dead".
func forceBefore(toks []lex.Token, v int) bool {
	return v > 0 && toks[v-1].Is("police", "policemen", "officers", "troops", "soldiers", "guards", "forces", "commandos")
}

// militantBefore reports whether a militant is named before v: "police
// shot him dead" is then about him.
func militantBefore(toks []lex.Token, v int, hints []Hint) bool {
	for k := 0; k < v; k++ {
		if c, ok := personAt(toks, k, hints); ok && c == Militants {
			return true
		}
	}
	return false
}

// putTollAt reads a toll someone puts at a figure, at the "the" at i:
// "officials put the dead at 15 to 20 and the wounded at about 30". ("put
// the death toll at 25" is read by tollAt.)
func putTollAt(toks []lex.Token, i int) (Figure, int, bool) {
	if i == 0 || i+3 >= len(toks) || !toks[i].Is("the") || !lex.HasAt(toks, i+2, "at") {
		return Figure{}, 0, false
	}
	kind := ""
	switch {
	case toks[i+1].Is("dead", "killed"):
		kind = Killed
	case toks[i+1].Is("wounded", "injured"):
		kind = Injured
	default:
		return Figure{}, 0, false
	}
	put := toks[i-1].Is("put", "puts", "putting")
	// "... and the wounded at about 30": the verb left out before the
	// second toll.
	for k := i - 2; !put && toks[i-1].Is("and") && k >= 0 && k >= i-12 && !toks[k].Is(".", ";"); k-- {
		put = toks[k].Is("put", "puts", "putting")
	}
	if !put {
		return Figure{}, 0, false
	}
	q, ok := lex.QuantityAt(toks, i+3)
	if !ok || q.Vague {
		return Figure{}, 0, false
	}
	return Figure{Kind: kind, Category: Unknown, Count: int(q.Value), Bound: q.Bound, Toll: true, Start: toks[i].Start, End: toks[q.Last].End}, q.Last, true
}

// countedToll reads the figure of a toll of one side after its words
// ("the number of Maoists killed in the encounter", ending at j): "to
// five" within the clause, or "at 141" when put says someone puts it.
func countedToll(toks []lex.Token, from, j int, kind, cat string, put bool) (Figure, int, bool) {
	for k := j + 1; k+1 < len(toks) && k <= j+12; k++ {
		if toks[k].Punct {
			break
		}
		if !toks[k].Is("to") && !(put && toks[k].Is("at")) {
			continue
		}
		if q, ok := lex.QuantityAt(toks, k+1); ok && !q.Vague {
			return Figure{Kind: kind, Category: cat, Count: int(q.Value), Bound: q.Bound, Toll: true, Start: toks[from].Start, End: toks[q.Last].End}, q.Last, true
		}
	}
	return Figure{}, 0, false
}

// diedOfWoundsAfter reports whether the sentence goes on from j to tell
// a death of wounds, later, on another day or in hospital: "died later in
// hospital", "died on Wednesday", "succumbed to their injuries". A share of "them" that died so was
// wounded before. ("Two of them died" alone may restate the dead.)
func diedOfWoundsAfter(toks []lex.Token, j int) bool {
	died := false
	for k := j + 1; k < len(toks) && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("succumbed", "succumbs") {
			return true
		}
		if toks[k].Is("died", "dies") {
			died = true
			continue
		}
		// ("One of them died on Wednesday": a day after the wounding.)
		if died && (toks[k].Is("later", "hospital", "injuries", "wounds", "next", "following") || weekdays[toks[k].Lower]) {
			return true
		}
	}
	return false
}

// injuredDiedAt reads the wounded who died later: "one of the injured
// died of his injuries", "two of the wounded later succumbed". They are
// deaths on top of the toll told before.
func injuredDiedAt(toks []lex.Token, i int) (Figure, int, bool) {
	// Most words start no count followed by "of": look for the "of"
	// before reading a count.
	k := -1
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].Is("of") {
			k = j
			break
		}
	}
	if k < 0 {
		return moreInjuredDiedAt(toks, i)
	}
	q, ok := quantityAt(toks, i)
	if !ok || q.Vague || q.Last+1 != k {
		return Figure{}, 0, false
	}
	// "one of the injured", "1 of 4 young children injured".
	hurt := -1
	for j := k + 1; j < len(toks) && j <= k+5 && !toks[j].Punct; j++ {
		// "one of the victims died" after a wounding told before.
		if toks[j].Is("injured", "wounded", "victims") {
			hurt = j
			break
		}
		// "three were injured, one of them later died"; "Two of them
		// died later in hospital" opening a sentence after the wounded
		// of the sentence before.
		if toks[j].Is("them") && j == k+1 && (injuryBefore(toks, i) || i == 0 && diedOfWoundsAfter(toks, j)) {
			hurt = j
			break
		}
	}
	if hurt < 0 {
		return Figure{}, 0, false
	}
	hurt = afterInjuredNoun(toks, hurt)
	for d := hurt + 1; d < len(toks) && d <= hurt+4; d++ {
		if toks[d].Is("died", "succumbed", "dies", "succumbs") {
			// "One of them died on the way to hospital, while the other
			// is being treated": one of two.
			pair := q.Value == 1 && toks[hurt].Is("them") && otherOfTwo(toks, d)
			return Figure{Kind: Killed, Category: Unknown, Count: int(q.Value), Bound: q.Bound, More: true, WereInjured: true, OneOfTwo: pair, Start: toks[i].Start, End: toks[d].End}, d, true
		}
		if !toks[d].Is("later", "has", "have", "had", "subsequently", "also") {
			break
		}
	}
	return Figure{}, 0, false
}

// otherOfTwo reports whether "the other" follows the death at d in its
// sentence: "..., while the other is being treated".
func otherOfTwo(toks []lex.Token, d int) bool {
	for k := d + 1; k+1 < len(toks); k++ {
		if toks[k].Is("the") && toks[k+1].Is("other") {
			return true
		}
	}
	return false
}

// namedCivilians are the nouns that name civilians whatever the text's
// other sides: "the dead include six FC personnel and five passers-by".
var namedCivilians = []string{"civilians", "civilian", "passers-by", "passersby", "bystanders", "villagers", "passengers",
	"labourers", "laborers", "worshippers", "pilgrims"}

// deadNamedAt reads who the dead told before were, by side: "The dead
// included four Policemen and a Home Guard", "Among the dead were two
// jawans", "Two of the deceased were Policemen". These restate the toll;
// the caller settles them against it (a toll of "persons" is broken down
// by them, a side's toll holds them), so that a summary that gives the
// sides only here is split right. The forces, the armed groups and the
// people named civilians by their noun (namedCivilians) are read: "two
// women" or "the driver" may be of any side.
// It returns the figures and the last token read.
func deadNamedAt(toks []lex.Token, i int, hints []Hint) ([]Figure, int, bool) {
	if isNumberWord(toks, i) {
		if figs, last, ok := countedAmongTheDead(toks, i, hints); ok {
			return figs, last, true
		}
	}
	j := -1
	share := lex.Quantity{}
	switch {
	case toks[i].Is("the") && i+2 < len(toks) && toks[i+1].Is("dead", "deceased") && toks[i+2].Is("included", "include", "includes"):
		j = i + 3
	case toks[i].Is("among") && i+3 < len(toks) && toks[i+1].Is("the") && toks[i+2].Is("dead", "deceased") && toks[i+3].Is("were", "was", "are", "is"):
		j = i + 4
	case i+4 < len(toks) && toks[i+1].Is("of") && toks[i+2].Is("the") && toks[i+3].Is("dead", "deceased") && toks[i+4].Is("were", "are") && isNumberWord(toks, i):
		// "Two of the deceased were Policemen": the share's count, the
		// noun's side.
		q, ok := quantityAt(toks, i)
		if !ok || q.Last != i || q.Vague {
			return nil, 0, false
		}
		share, j = q, i+5
	default:
		return nil, 0, false
	}
	p, ok := phraseAfter(toks, j, hints)
	if !ok {
		return nil, 0, false
	}
	items := []np{p}
	if share.Value == 0 {
		items = append(items, coordinatedAfter(toks, p, hints)...)
	} else if p.hasQ || !plural(toks[p.head].Lower) {
		return nil, 0, false
	}
	var figs []Figure
	last := j
	for _, it := range items {
		n := int(it.q.Value)
		if share.Value > 0 {
			n = int(share.Value)
		} else if !it.hasQ {
			return nil, 0, false
		}
		// ("The dead included two women", "a driver": people a side's
		// toll may hold; the civilians a toll of persons leaves are
		// settled by the caller.)
		// (An actor's name joined by "and" opens another clause: "among
		// the dead were 2 journalists and the Islamic State claimed it".)
		if _, person := persons[toks[it.head].Lower]; !person {
			break
		}
		if it.category != Security && it.category != Militants && !(it.category == Civilians && toks[it.head].Is(namedCivilians...)) || n <= 0 {
			continue
		}
		figs = append(figs, Figure{Kind: Killed, Category: it.category, Count: n, Bound: lex.BoundExact, Start: toks[it.first].Start, End: toks[it.head].End})
		last = max(last, it.head)
	}
	return figs, last, len(figs) > 0
}

// countedAmongTheDead reads the side of some of the dead or wounded told
// before, its count first: "Two policemen were among the dead", "three
// soldiers were also among those killed", "two FC personnel were among
// the injured". Like "among the dead were two jawans" it restates the
// toll rather than adds to it, and is read only for the forces and the
// armed groups.
func countedAmongTheDead(toks []lex.Token, i int, hints []Hint) ([]Figure, int, bool) {
	p, ok := phraseAfter(toks, i, hints)
	if !ok || !p.hasQ || p.q.Vague || p.q.Value <= 0 || (p.category != Security && p.category != Militants) {
		return nil, 0, false
	}
	if _, person := persons[toks[p.head].Lower]; !person {
		return nil, 0, false
	}
	k := p.head + 1
	if !lex.HasAt(toks, k, "were") && !lex.HasAt(toks, k, "was") {
		return nil, 0, false
	}
	k++
	if lex.HasAt(toks, k, "also") {
		k++
	}
	kind := Killed
	switch {
	case lex.HasAt(toks, k, "among", "the", "dead"), lex.HasAt(toks, k, "among", "the", "deceased"):
		k += 2
	case lex.HasAt(toks, k, "among", "those", "killed"), lex.HasAt(toks, k, "among", "those", "martyred"):
		k += 2
	case lex.HasAt(toks, k, "among", "the", "injured"), lex.HasAt(toks, k, "among", "the", "wounded"):
		// "Two FC personnel were among the injured": the side of some
		// of the wounded told before.
		kind = Injured
		k += 2
	default:
		return nil, 0, false
	}
	return []Figure{{Kind: kind, Category: p.category, Count: int(p.q.Value), Bound: lex.BoundExact, AmongInjured: kind == Injured, Start: toks[i].Start, End: toks[k].End}}, k, true
}

// theInjuredDiedAt reads one of the wounded told before who died, named
// by a singular noun after "the injured": "The seriously injured jawan
// died on the way to hospital", "the injured villager succumbed". The
// death leaves the injured's count.
func theInjuredDiedAt(toks []lex.Token, i int, hints []Hint) (Figure, int, bool) {
	if !toks[i].Is("the") {
		return Figure{}, 0, false
	}
	h := i + 1
	for h < len(toks) && h <= i+3 && toks[h].Is("seriously", "critically", "grievously", "badly", "severely", "most") {
		h++
	}
	if h+2 >= len(toks) || !toks[h].Is("injured", "wounded") {
		return Figure{}, 0, false
	}
	n := h + 1
	c, ok := personAt(toks, n, hints)
	if !ok || c == "" || c == Perpetrators || plural(toks[n].Lower) {
		return Figure{}, 0, false
	}
	for d := n + 1; d < len(toks) && d <= n+3; d++ {
		if toks[d].Is("died", "succumbed") {
			return Figure{Kind: Killed, Category: c, Count: 1, Bound: lex.BoundExact, More: true, WereInjured: true, Start: toks[i].Start, End: toks[d].End}, d, true
		}
		if !toks[d].Is("later", "also", "subsequently", "then", "has", "had") {
			break
		}
	}
	return Figure{}, 0, false
}

// diedWhereTaken marks as deaths among the wounded told before those of
// a sentence that takes "the injured" to hospital first: "The injured
// were shifted to the hospital at Phulbani, where one more Policeman
// died".
func diedWhereTaken(toks []lex.Token, figs []Figure) {
	if len(toks) < 4 || !toks[0].Is("the") || !toks[1].Is("injured", "wounded") || !toks[2].Is("were", "was", "have", "had") {
		return
	}
	where := -1
	for k := 3; k < len(toks); k++ {
		if toks[k].Is("where") {
			where = toks[k].Start
			break
		}
	}
	if where < 0 {
		return
	}
	for k := range figs {
		// (Not the toll they raise: "where one of them died, raising
		// the death toll to two" counts one of the wounded dead, not
		// two.)
		if figs[k].Kind == Killed && figs[k].Start > where && !figs[k].Negated && !figs[k].Toll {
			figs[k].WereInjured = true
		}
	}
}

// injuredPool reads the count of the injured a share of whom died, from
// the death's words between i and d: "Three of the more than 340 injured
// died" tells 340 injured too (of whom the three leave the count).
func injuredPool(toks []lex.Token, i, d int) (Figure, bool) {
	for j := i + 1; j < d && j <= i+4; j++ {
		if !toks[j].Is("of") {
			continue
		}
		k := j + 1
		if k < d && toks[k].Is("the") {
			k++
		}
		q, ok := quantityAt(toks, k)
		if !ok || q.Vague || q.Last+1 >= d || !toks[q.Last+1].Is("injured", "wounded") {
			return Figure{}, false
		}
		return Figure{Kind: Injured, Category: Unknown, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[q.Last+1].End}, true
	}
	return Figure{}, false
}

// afterInjuredNoun steps from "injured" at h over the noun after it and a
// name set off by commas, to the last word before the death: "one of the
// injured jawans succumbed", "one of the injured CoBRA commandos,
// Sub-Inspector Amit Tiwari, succumbed", "one of the injured, Head
// Constable Virendra Singh, died". It returns h when neither follows.
func afterInjuredNoun(toks []lex.Token, h int) int {
	e := h
	for k := h + 1; k < len(toks) && k <= h+3 && !toks[k].Punct; k++ {
		if _, ok := persons[toks[k].Lower]; ok {
			e = k
			continue
		}
		if !isCap(toks[k].Text) {
			break
		}
	}
	if !lex.HasAt(toks, e+1, ",") {
		return e
	}
	for k := e + 2; k < len(toks) && k <= e+9; k++ {
		if toks[k].Is(",") {
			if k > e+2 {
				return k
			}
			break
		}
		if toks[k].Punct && !toks[k].Is(".", "(", ")") {
			break
		}
	}
	return e
}

// injuryBefore reports whether a wounding is told before i in the
// sentence.
func injuryBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Is("injured", "wounded", "hurt", "injuries") {
			return true
		}
	}
	return false
}

// livesAt reads a toll told as lives taken: "the blast claimed 7
// civilians' lives", "the attack took 12 lives". ("claimed the lives of"
// is an idiom read by verbAt.)
func livesAt(toks []lex.Token, i int, hints []Hint) (Figure, int, bool) {
	if !toks[i].Is(livesVerbs...) {
		return Figure{}, 0, false
	}
	p, ok := phraseAfter(toks, i+1, hints)
	if !ok || !p.hasQ || p.q.Vague {
		return Figure{}, 0, false
	}
	end := max(p.head, p.q.Last) + 1
	if end < len(toks) && toks[end].Is("'", "’") {
		end++
	}
	if end >= len(toks) || !toks[end].Is("lives") {
		return Figure{}, 0, false
	}
	cat := p.category
	if cat == "" {
		cat = Unknown
	}
	return Figure{Kind: Killed, Category: cat, Count: int(p.q.Value), Bound: p.q.Bound, Start: toks[i].Start, End: toks[end].End}, end, true
}

// livesVerbs open a toll told as lives taken.
var livesVerbs = []string{"claimed", "claiming", "claims", "took", "taking", "takes"}

// adjectival reports whether a casualty participle modifies the noun after
// it ("an injured constable later died"): the noun's fate is told elsewhere.
func adjectival(toks []lex.Token, i int, hints []Hint) bool {
	if i == 0 || i+1 >= len(toks) || !toks[i-1].Is("a", "an", "the", "one", "two", "three", "injured", "wounded", "his", "their", "her", "more") {
		return false
	}
	if !toks[i].Is("injured", "wounded", "abducted", "kidnapped", "arrested", "detained", "slain", "killed", "dead", "martyred") {
		return false
	}
	if _, ok := personAt(toks, i+1, hints); ok {
		return true
	}
	// "one more injured Special Police Officer (SPO) died": a force's
	// name in capitals before the noun.
	for k := i + 1; k < len(toks) && k <= i+3 && isCap(toks[k].Text) && !toks[k].Punct; k++ {
		if _, ok := personAt(toks, k+1, hints); ok {
			return true
		}
	}
	return false
}

func negKind(toks []lex.Token, i, n int) string {
	for k := i + n; k < len(toks) && k < i+n+3; k++ {
		if kd, _ := verbAt(toks, k); kd != "" {
			return kd
		}
	}
	if toks[i].Lower == "unhurt" || lex.HasAt(toks, i, "escaped") || lex.HasAt(toks, i, "remained") || lex.HasAt(toks, i, "no", "injuries") {
		return Injured
	}
	return Killed
}

// figureWords hold every word Find reads a figure at or around: a
// casualty word, an idiom's or a negation's first word, an injury verb
// ("sustained injuries"), a maiming verb, and the words of the tolls
// ("the toll rose to 12", "the number of dead", "claimed 12 lives"), of
// the dead named ("among the dead"), of the wounded who died later, of a
// killing "to death" and of a bomber who "blew himself up" or of a
// "suicide" bomber who struck (suicideStruck). A sentence
// with none of them gives no figure. A new reading that starts at a word
// of none of these lists must add its word here.
var figureWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{idiomFirst, negFirst, injuryVerbs} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range verbs {
		m[w] = true
	}
	for _, w := range slices.Concat(maimingVerbs, dyingWords) {
		m[w] = true
	}
	for _, w := range []string{"toll", "number", "lives", "dead", "deceased", "among",
		"injured", "wounded", "death", "blew", "detonated", "suicide"} {
		m[w] = true
	}
	return m
}()

// dyingWords tell a death after a wounding: "one of the injured died".
var dyingWords = []string{"died", "succumbed", "dies", "succumbs"}

// idiomFirst and negFirst hold the first words of idioms and negations.
// idiomShapes and verbShapes turn away most words before the idiomFirst
// and verbs lookups.
var idiomShapes, verbShapes = lex.ShapesOf(idiomFirst), lex.ShapesOf(verbs)

var idiomFirst, negFirst = func() (map[string]bool, map[string]bool) {
	a, b := map[string]bool{}, map[string]bool{}
	for _, id := range idioms {
		a[id.words[0]] = true
	}
	for _, ng := range negations {
		b[ng[0]] = true
	}
	return a, b
}()

func negationAt(toks []lex.Token, i int) (bool, int) {
	if !negFirst[toks[i].Lower] {
		return false, 0
	}
	for _, ng := range negations {
		if lex.HasAt(toks, i, ng...) {
			return true, len(ng)
		}
	}
	if toks[i].Is("no") {
		return noPeopleAt(toks, i)
	}
	// "none of the joint force personnel was injured".
	if toks[i].Is("none") && lex.HasAt(toks, i+1, "of") {
		person := false
		for k := i + 2; k < len(toks) && k <= i+8; k++ {
			t := toks[k]
			if isAux(t) {
				if kd, _ := verbAt(toks, k+1); person && kd != "" {
					return true, k - i
				}
				return false, 0
			}
			if t.Punct {
				return false, 0
			}
			if _, ok := persons[t.Lower]; ok {
				person = true
			}
		}
	}
	return false, 0
}

// noPeopleAt reads "no" and a phrase of people before a passive
// casualty word: "No soldiers or civilians were hurt", "no other
// passengers were injured". It returns the length up to the auxiliary.
func noPeopleAt(toks []lex.Token, i int) (bool, int) {
	person := false
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if isAux(t) {
			// ("No were": no word after the auxiliary.)
			if k+1 >= len(toks) {
				return false, 0
			}
			if kd, _ := verbAt(toks, k+1); person && kd != "" {
				return true, k - i
			}
			return false, 0
		}
		if _, ok := persons[t.Lower]; ok {
			person = true
			continue
		}
		if t.Punct || !(t.Is("or", "and", "law", "enforcement") || isModifier(t)) {
			return false, 0
		}
	}
	return false, 0
}

// verbAt returns the casualty kind of the word or idiom at i and its
// length in tokens.
func verbAt(toks []lex.Token, i int) (string, int) {
	// Callers ask about the word after a conjunction that may end the
	// text ("arrested or").
	if i >= len(toks) {
		return "", 0
	}
	if idiomShapes.May(toks[i].Lower) && idiomFirst[toks[i].Lower] {
		for _, id := range idioms {
			if lex.HasAt(toks, i, id.words...) {
				// "23 others remain under treatment": the wounded beyond
				// those told, counted; "five of them are under treatment"
				// restates them.
				if id.words[len(id.words)-1] == "treatment" || id.words[len(id.words)-1] == "treated" {
					if i < 2 || !toks[i-1].Is("others") || !isNumberWord(toks, i-2) {
						return "", 0
					}
				}
				// "sentenced two brothers to death": a verdict, carried
				// out or not; a killing after it is told by its own verb.
				if id.words[0] == "to" && sentencedBefore(toks, i) {
					return "", 0
				}
				if id.kind == Injured && (id.words[0] == "beat" || id.words[0] == "beaten") {
					// "beat up Sunil to death": the death is read after.
					if deathFollows(toks, i) {
						return "", 0
					}
				}
				// "sustained bullet injuries and later succumbed": a
				// death, read there, as for the words not in an idiom.
				// "the body of a villager with injuries on his head", "died
				// after he was hit by a stray bullet": the marks on the
				// dead, or what killed them, are no wounding.
				if (id.words[0] == "with" || id.words[0] == "hit") && deathInClauseBefore(toks, i) {
					return "", 0
				}
				if id.kind == Injured && (injuryVerbs[id.words[0]] || id.words[0] == "hit" || id.words[0] == "with") {
					last := i + len(id.words) - 1
					if deathFollows(toks, last) || i > 0 && toks[i-1].Is("who") && deathLater(toks, last) {
						return "", 0
					}
				}
				return id.kind, len(id.words)
			}
		}
	}
	w := toks[i].Lower
	if w != "" && (w[0] == 'c' || w[0] == 'h' || w[0] == 's') {
		if n := maimedAt(toks, i); n > 0 {
			return Injured, n
		}
	}
	if len(w) >= 6 && (w[0] == 's' || w[0] == 'r') && injuryVerbs[w] {
		// "sustained a superficial injury", "received multiple stab
		// wounds": an injury noun a few words on.
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if toks[k].Is("injury", "injuries", "wound", "wounds") {
				// "suffered bullet injuries and died", "who suffered
				// injuries last week, succumbed": a death, read there.
				if deathFollows(toks, k) || i > 0 && toks[i-1].Is("who") && deathLater(toks, k) {
					return "", 0
				}
				return Injured, k - i + 1
			}
			if toks[k].Punct || toks[k].Is("no", "fatal", "and", "in", "to", "from", "on", "at") {
				break
			}
		}
	}
	if w == "took" {
		return tookCaptive(toks, i)
	}
	if !verbShapes.May(w) {
		return "", 0
	}
	k, ok := verbs[w]
	if !ok {
		return "", 0
	}
	// "after thrashing them" wounds; "gave them a thrashing", "the
	// thrashing of the visitors" is a noun, often a defeat's.
	if w == "thrashing" && (i == 0 || toks[i-1].Is("a", "an", "the", "sound", "severe", "good") || i+1 >= len(toks) || toks[i+1].Punct || toks[i+1].Is("of")) {
		return "", 0
	}
	if k == Injured && woundedThenDied(toks, i) {
		// "His wife, who tried to save him, was injured ... and later
		// succumbed": the passive's subject, read here, is the dead; the
		// later verb cannot reach past the clause before it.
		// ("A cadre who was injured in the encounter succumbed": the
		// later verb reads over the clause, as for a participle.)
		if i > 0 && toks[i-1].Is("was", "were") && !(i > 1 && toks[i-2].Is("who")) {
			return Killed, 1
		}
		return "", 0
	}
	if k == Injured && i+2 < len(toks) && toks[i+1].Is("and") {
		// "stabbed and decapitated a teacher": one victim, who died.
		// ("assaulted and later beheaded".)
		j := i + 2
		if j+1 < len(toks) && toks[j].Is("later", "then", "subsequently") {
			j++
		}
		if k2, _ := verbAt(toks, j); k2 == Killed {
			return "", 0
		}
	}
	// "assaulted him to death", "thrashed a man who later died": the
	// death is read after.
	if w == "assaulted" || w == "thrashed" {
		if deathFollows(toks, i) {
			return "", 0
		}
	}
	// "among the dead were two journalists", "among the injured are
	// children": the word names people counted before, not a new toll.
	if i >= 2 && toks[i-1].Is("the") && toks[i-2].Is("among") {
		return "", 0
	}
	if k == Injured && killedAgain(toks, i) {
		// The victim is read here, once, as killed; the pronoun after
		// the killing adds no one.
		return Killed, 1
	}
	switch w {
	case "body", "bodies":
		// Only "the bodies of two men were found", not "a body of water"
		// or "governing bodies".
		// ("SFs found two more bodies": dead beyond those told, found.)
		// ("dragged away the bodies of their dead comrades": bodies no
		// one counted, of a side that took them away, are no toll.)
		if w == "bodies" && lex.HasAt(toks, i+1, "of", "their") && !isNumberWord(toks, i+3) {
			return "", 0
		}
		// ("the engineer's body was found": a person's, read by
		// figuresFor.)
		if i+1 >= len(toks) || !toks[i+1].Is("of") {
			// ("their bodies were found": the missing of the figure
			// before, read by figuresFor.)
			if i == 0 || !(toks[i-1].Is("bullet-riddled", "dead", "mutilated", "tortured")) && !(w == "body" && possessedBody(toks, i) != "") &&
				!(w == "bodies" && toks[i-1].Is("their") && missingBefore(toks, i)) &&
				!(i > 2 && toks[i-1].Is("more") && isNumberWord(toks, i-2) && toks[i-3].Is("found", "recovered", "retrieved", "fished")) {
				return "", 0
			}
		}
	case "dead":
		// "were found dead", "left six dead", "six dead"; not "shot him
		// dead" (the idiom's object is read elsewhere) or "dead end".
		// ("shot 23 of them dead" is a count, read from the share.)
		if i == 0 || toks[i-1].Is("him", "her", "them", "it") && !(i > 2 && toks[i-1].Is("them") && toks[i-2].Is("of")) || (i+1 < len(toks) && toks[i+1].Is("end", "body", "bodies")) {
			return "", 0
		}
	case "hostage", "hostages", "custody", "injuries", "deaths", "fatalities", "wounds":
		// Nouns: need a count before them or "of" after, checked by the
		// phrase reader.
	case "stabbed", "stabbing":
		// "a coordinated stabbing", "a stabbing attack": the noun names
		// the attack, not a wounding.
		if w == "stabbing" && (i > 0 && toks[i-1].Is("a", "an", "the", "this", "that", "another", "coordinated", "knife", "mass", "deadly", "fatal", "his", "her", "their") ||
			i+1 < len(toks) && toks[i+1].Is("attack", "attacks", "spree", "incident", "rampage")) {
			return "", 0
		}
		// "stabbed four people to death", "was stabbed and later died":
		// the death is read from the idiom or verb after; "stabbed" alone
		// is a wounding.
		if deathFollows(toks, i) {
			return "", 0
		}
	case "captured":
		// "captured a district" is territory: the phrase reader needs a person.
	case "lost":
		// "lost a head constable", "lost two of its cadres", not "lost
		// contact with", "lost his way" or "lost two rifles": a person
		// phrase right after it.
		if !lostPerson(toks, i) {
			return "", 0
		}
	}
	return k, 1
}

// sideNoun reports whether the word at k is a person noun of a side
// ("Maoists", "Policemen"), capitalised or not.
func sideNoun(toks []lex.Token, k int, hints []Hint) bool {
	c, ok := personAt(toks, k, hints)
	return ok && (c == Security || c == Militants)
}

// lostPerson reports whether "lost" at i takes a person as its object:
// "lost a head constable", "lost two jawans", "lost two of its men".
func lostPerson(toks []lex.Token, i int) bool {
	j := i + 1
	if j >= len(toks) || !(toks[j].Is("a", "an", "one") || isNumberWord(toks, j)) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].Punct || toks[k].Is("in", "at", "on", "and", "to") {
			return false
		}
		// (Only a side's men: "We have lost two boys" is a figure of
		// speech for men counted elsewhere.)
		if c, ok := personAt(toks, k, nil); ok && (c == Security || c == Militants) {
			return !lex.HasAt(toks, k+1, "of") || toks[k-1].Is("of")
		}
		if toks[k].Is("of") && !toks[k+1].Is("its", "their", "his", "the") {
			return false
		}
	}
	return false
}

// placeBetweenItems returns the "and" after a short phrase of place at k
// ("at Ranibandh in Bankura District", "in the same District") when one
// more person follows it with an article and no verb of his own: "and a
// Forward Bloc worker at Barikul". ("and a jawan was injured" opens a
// clause.)
func placeBetweenItems(toks []lex.Token, k int, hints []Hint) (int, bool) {
	if k >= len(toks) || !toks[k].Is("at", "in", "near") {
		return 0, false
	}
	j := k + 1
	for j < len(toks) && j <= k+10 && (isCap(toks[j].Text) && !toks[j].Punct || toks[j].Is("in", "the", "same", "of", "village", "district", "area", "block")) {
		j++
	}
	if j == k+1 || !lex.HasAt(toks, j, "and") || !lex.HasAt(toks, j+1, "a") && !lex.HasAt(toks, j+1, "an") {
		return 0, false
	}
	q, ok := phraseAfter(toks, j+1, hints)
	if !ok || q.category == "" || q.category == Unknown || q.head+1 < len(toks) && isAux(toks[q.head+1]) {
		return 0, false
	}
	return j, true
}

// prepositionBefore reports whether the "before" at k opens a short
// phrase with no verb that runs up to the auxiliary of the casualty word
// at v: "produced before the 'court' were beaten up".
func prepositionBefore(toks []lex.Token, k, v int) bool {
	a := auxStart(toks, v)
	if a == v || a-k > 5 || !lex.HasAt(toks, k+1, "the") && !lex.HasAt(toks, k+1, "a") {
		return false
	}
	for m := k + 2; m < a; m++ {
		w := toks[m].Lower
		if toks[m].Punct && !toks[m].Is("'", "‘", "’") || verbs[w] != "" || strings.HasSuffix(w, "ed") || isAux(toks[m]) {
			return false
		}
		// "before the Maoists were killed": people after it are the
		// subject of a clause of their own.
		if _, ok := persons[w]; ok {
			return false
		}
	}
	return true
}

// countedPersonBefore reports whether a person noun with a count ends
// right before the comma at c: "Two security personnel, ...".
func countedPersonBefore(toks []lex.Token, c int, hints []Hint) bool {
	e := c - 1
	if _, ok := personAt(toks, e, hints); !ok {
		return false
	}
	q, _, ok := countBefore(toks, e)
	return ok && !q.Vague
}

// betweenBefore reports whether a "between" opens the phrase a few words
// before the "and" at k: "between the Maoists and the SFs".
func betweenBefore(toks []lex.Token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if toks[m].Punct {
			return false
		}
		if toks[m].Is("between") {
			return true
		}
	}
	return false
}

// shareOfPool returns the share told before a counted pool, "two of the
// four", when it is smaller than the pool.
func shareOfPool(toks []lex.Token, pool lex.Quantity) (lex.Quantity, bool) {
	f := pool.First
	if pool.Vague || f < 3 || !toks[f-1].Is("the") || !toks[f-2].Is("of") {
		return lex.Quantity{}, false
	}
	s, ok := quantityEndingAt(toks, f-3)
	if !ok || s.Vague || s.Value >= pool.Value {
		return lex.Quantity{}, false
	}
	return s, true
}

// sentencedBefore reports whether a verb of sentencing stands in the
// clause a few words before the "to death" at i: "sentenced him to
// death", "condemned the two informers to death".
func sentencedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("sentenced", "sentencing", "sentences", "condemned", "condemning") {
			return true
		}
	}
	return false
}

// bodyParts are what a maiming cuts off.
// maimingVerbs open a maiming: "chopped off the hands of".
var maimingVerbs = []string{"chopped", "chopping", "cut", "cutting", "hacked", "hacking", "severed", "severing"}

var bodyParts = []string{"hand", "hands", "finger", "fingers", "ear", "ears", "nose", "noses", "leg", "legs", "arm", "arms", "limb", "limbs", "tongue", "tongues"}

// maimedAt returns the length of a maiming told with its victims after
// it, "chopped off the hands of", or 0: "Maoists chopped off the hands
// of two villagers" wounds two.
func maimedAt(toks []lex.Token, i int) int {
	if !toks[i].Is(maimingVerbs...) || !lex.HasAt(toks, i+1, "off", "the") {
		return 0
	}
	if i+4 < len(toks) && toks[i+3].Is(bodyParts...) && toks[i+4].Is("of") {
		return 5
	}
	return 0
}

// woundedThenDied reports whether the participle at i tells how someone
// who then died was hurt: "A constable injured in the attack on August
// 15, died in hospital", "a trooper shot and injured near the square
// succumbed to his injuries". The person is read once, as killed, from
// the verb of the death.
func woundedThenDied(toks []lex.Token, i int) bool {
	if !toks[i].Is("injured", "wounded") || i < 1 {
		return false
	}
	subject := i - 1
	if toks[subject].Is("and") && subject > 0 && toks[subject-1].Is("shot", "stabbed", "assaulted", "attacked") {
		subject -= 2
	}
	if subject < 0 {
		return false
	}
	// "His wife was injured in the firing and later succumbed": the
	// passive with its death joined by "and".
	// ("A villager who had been injured in crossfire last week
	// succumbed": the past perfect passive.)
	passive := isAux(toks[subject]) && toks[subject].Is("was", "were") || toks[subject].Is("been") && subject > 0 && toks[subject-1].Is("had", "has", "have")
	if _, person := persons[toks[subject].Lower]; !person && !passive && !toks[subject].Is(",", ")") {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Is("died", "succumbed", "dies", "succumbs") {
			return true
		}
		// "in crossfire between the Maoists and the SFs": the "and" of
		// the two sides joins no clause.
		if t.Is("and") && betweenBefore(toks, k) {
			continue
		}
		if passive && t.Is("and") {
			d := k + 1
			if lex.HasAt(toks, d, "later") || lex.HasAt(toks, d, "subsequently") || lex.HasAt(toks, d, "then") {
				d++
			}
			return lex.HasAt(toks, d, "succumbed") || lex.HasAt(toks, d, "died")
		}
		// A clause of its own: "injured in the blast were taken to
		// hospital, where one died", "of the three persons injured, one
		// died".
		if t.Is(".", ";") || isAux(t) || t.Is("had", "has", "have", "and", "but", "while", "when", "where", "who", "which", "whereas") || isNumberWord(toks, k) && numberKind(toks, k, lex.Quantity{First: k, Last: k}) == "" {
			return false
		}
		if _, kd := verbs[t.Lower]; kd {
			return false
		}
	}
	return false
}

// killedAgain reports whether the clause of the wounding at i goes on to
// kill the same victim, named again by a pronoun: "stabbed a student near
// the square and killed her" is one death, not a wounding and a death.
func killedAgain(toks []lex.Token, i int) bool {
	for k := i + 2; k+1 < len(toks) && k <= i+10 && !toks[k].Is(".", ";", ","); k++ {
		if toks[k].Is("killed", "murdered") && toks[k-1].Is("and", "then", "later") && toks[k+1].Is("him", "her", "them") {
			return true
		}
	}
	return false
}

// generalPresent are the present-tense casualty verbs.
var generalPresent = map[string]bool{
	"kill": true, "kills": true, "injure": true, "injures": true, "wound": true, "wounds": true,
	"abduct": true, "abducts": true, "kidnap": true, "kidnaps": true, "arrest": true, "arrests": true,
}

// hedged reports whether the casualty word at i is told as possible,
// supposed or intended rather than as done: a modal verb heads its verb
// chain ("may have perished", "could hurt", "would have been killed"), an
// "if" opens its clause ("if the guards were shot"), or it is an
// infinitive ("planned to kill").
func hedged(toks []lex.Token, i int) bool {
	// "planned to kill 16 residents", "sent to abduct two officials": an
	// aim, not a deed.
	if i > 0 && toks[i-1].Is("to") && generalPresent[toks[i].Lower] {
		return true
	}
	j := i
	for j > 0 && (toks[j-1].Is("have", "has", "been", "be", "being", "not", "get", "also", "all", "both") || toks[j-1].Is(passiveAdverbs...)) {
		j--
	}
	if j > 0 {
		m := toks[j-1]
		// Lower case only: "May" opens a date, and the chain is not
		// read as hedged past one.
		if m.Text != "" && m.Text[0] >= 'A' && m.Text[0] <= 'Z' {
			return false
		}
		// "they'll be killed", "won't be hurt".
		if lex.IsModal(m) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("if", "unless") {
			return true
		}
	}
	return false
}

// injuryVerbs take an injury as their object: "sustained injuries".
var injuryVerbs = map[string]bool{
	"sustained": true, "sustain": true, "sustains": true, "sustaining": true,
	"suffered": true, "suffer": true, "suffers": true, "suffering": true,
	"received": true, "receive": true, "receives": true, "receiving": true,
}

// deathFollows reports whether a death is told within a few words after
// i ("stabbed two guards to death", "was assaulted and later died").
func deathFollows(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+7 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("died", "dead", "death", "succumbed") {
			return true
		}
	}
	return false
}

// deathLater reports whether a death is told anywhere after i in the
// sentence.
func deathLater(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("died", "succumbed", "dies", "succumbs") {
			return true
		}
	}
	return false
}

// objectFollows reports whether the word at i opens an object of an
// active verb rather than an adjunct ("killed in the blast", "killed on
// Monday") or the end of the clause.
func objectFollows(toks []lex.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.Punct || isNumber(t.Lower) && i+1 < len(toks) && toks[i+1].Is("km", "kilometres", "kilometers", "days", "hours", "years") {
		return false
	}
	if _, verb := verbs[t.Lower]; verb {
		return false
	}
	if _, day := timeWords[t.Lower]; day {
		return false
	}
	return !t.Is("in", "on", "at", "by", "during", "while", "when", "and", "or", "after", "near", "as", "with",
		"from", "inside", "outside", "since", "following", "along", "yesterday", "today", "tonight", "instantly",
		"immediately", "later", "earlier", "last", "this", "allegedly", "reportedly", "for", "under", "over",
		"till", "until", "before", "between", "across", "there", "here", "recently", "so", "far",
		"including", "among", "were", "was", "are", "is", "had", "have", "has", "but", "whereas", "to", "into",
		"nearby", "around", "about", "late", "early", "overnight", "too", "also", "respectively", "shortly", "soon",
		"that", "which", "who", "whom", "whose", "because", "if", "due", "amid", "of", "off", "back",
		"then", "where", "within", "without", "against", "toward", "towards", "through", "upon", "per", "according", "acc",
		"will", "would", "could", "may", "might", "can", "should", "must", "not", "the")
}

// timeWords are days and months, adjuncts after a verb ("killed Monday").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// isAux reports whether the token is an auxiliary that makes the following
// participle passive ("were killed", "has been injured").
// tollThenToll reports whether the participle at v ends the first toll of
// a hurried note that gives a second with no comma between ("2 soldiers
// killed 3 injured"): the count after it is the next word's, and the
// people before it are its own victims ("killed 3 soldiers" stays active).
func tollThenToll(toks []lex.Token, v, vEnd int) bool {
	if v == 0 || vEnd+2 >= len(toks) || isAux(toks[v-1]) || toks[v-1].Punct || isNumberWord(toks, v-1) {
		return false
	}
	q, ok := numberWordAt(toks, vEnd+1)
	if !ok || q.Last+1 >= len(toks) {
		return false
	}
	_, verb := verbs[toks[q.Last+1].Lower]
	// ("killed 3 injured soldiers": the second word describes the men.)
	after := q.Last + 2
	return verb && (after >= len(toks) || toks[after].Punct || toks[after].Is("in", "when", "as", "after", "and", "while", "during", "near", "at", "on", "by"))
}

func isAux(t lex.Token) bool {
	return t.Is("was", "were", "been", "being", "is", "are", "got", "get", "be", "left")
}

// toDeathVerbs are verbs of a beating or a shooting that kill only with
// "to death" after them ("tortured to death"); the casualty words are in
// verbs already.
var toDeathVerbs = lex.WordSet("tortured axed beat beaten stoned gunned clubbed battered kicked crushed trampled hacked burnt burned shot")

// activeForm reports whether the casualty word can take its victim after it.
func activeForm(w string) bool {
	switch w {
	case "killed", "killing", "martyring", "kill", "kills", "injured", "injuring", "injures", "injure", "wounded", "wounding",
		"abducted", "abducting", "kidnapped", "kidnapping", "abducts", "kidnaps", "arrested", "arresting",
		"apprehended", "nabbed", "detained", "captured", "shot", "gunned", "eliminated", "neutralised",
		"neutralized", "neutralising", "neutralizing", "murdered", "beheaded", "lynched", "massacred",
		"executed", "assassinated", "deaths", "bodies", "body", "took", "claimed", "picked", "rounded", "whisked", "jailed",
		"decapitated", "strangled", "bludgeoned", "hacked", "beaten", "stabbed", "stabbing", "burnt", "burned",
		"slaughtered", "butchered", "mowed", "mown", "tortured", "axed", "stoned", "clubbed", "battered", "kicked", "crushed", "trampled",
		"beat", "fatally", "mortally", "assaulted", "thrashed", "chopped", "chopping", "cut", "cutting", "hacking", "severed", "severing",
		"shooting", "shoots", "slit", "slitting", "beating",
		"death": // the idiom "death of": "resulting in the death of two people"
		return true
	}
	return false
}

// np is a noun phrase about people.
type np struct {
	head     int // index of the head noun (or of the count when there is none)
	first    int // first token (the count's qualifier)
	category string
	q        lex.Quantity
	hasQ     bool
	named    bool // a personal name stands for the count (one)
	share    bool // a share of the whole told after it ("46 of them girls")
}

func figuresFor(toks []lex.Token, v, vEnd int, kind string, hints []Hint, used map[int]bool, prev []Figure) []Figure {
	w := toks[v].Lower
	passive := v > 0 && isAux(toks[v-1])
	// "were also killed", "was critically injured": an adverb between.
	if v > 1 && isAux(toks[v-2]) && toks[v-1].Is(passiveAdverbs...) {
		passive = true
	}
	// "was kidnapped and murdered": a participle joined to a passive one.
	if v > 2 && toks[v-1].Is("and") {
		if kd, _ := verbAt(toks, v-2); kd != "" && (isAux(toks[v-3]) || v > 3 && isAux(toks[v-4]) && toks[v-3].Is(passiveAdverbs...)) {
			passive = true
		}
	}
	var main np
	found := false
	var coordinatedAfterActive []np
	// "The Police lost a head constable": "lost" alone takes its
	// victims after it ("lost his life" takes them before).
	active := (activeForm(w) || w == "lost" && vEnd == v) && !tollThenToll(toks, v, vEnd)
	// Casualty nouns ("wounds", "deaths", "hostages") count only with a
	// number just before ("180 deaths") or an "of" after ("the deaths of
	// six people"); "succumbed to his wounds" is no new figure.
	if vEnd == v && w0(w, "wounds", "injuries", "deaths", "fatalities", "hostage", "hostages", "custody") {
		if !(v+1 < len(toks) && toks[v+1].Is("of")) {
			if q, ok := quantityEndingAt(toks, v-1); ok && !q.Vague {
				return []Figure{{Kind: kind, Category: Unknown, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[v].End}}
			}
			// "inflicted several fatalities": deaths without a number,
			// the unspecified toll.
			if q, ok := quantityEndingAt(toks, v-1); ok && q.Vague && w0(w, "fatalities", "deaths") && q.Value == 3 {
				return []Figure{{Kind: kind, Category: Unknown, Count: 3, Bound: lex.BoundApprox, Vague: true, Start: toks[q.First].Start, End: toks[v].End}}
			}
			if !w0(w, "hostage", "hostages") {
				return nil
			}
		}
	}
	// "a group that had killed an officer on December 19": the past
	// perfect of a relative clause tells of a deed before the reported
	// one ("claimed it had killed several soldiers" reports this one).
	if v > 1 && toks[v-1].Is("had") && toks[v-2].Is("that", "which", "who") && active {
		return nil
	}
	// "One Maoist was killed; the body of the cadre was recovered": the
	// dead of a figure told before, named again.
	if w0(w, "body", "bodies") && lex.HasAt(toks, vEnd+1, "of", "the") && slices.ContainsFunc(prev, func(f Figure) bool { return f.Kind == Killed && !f.Negated }) {
		return nil
	}
	// "The engineer's body was found two days later": one dead, named
	// by the possessive before the noun (unless the dead of a figure
	// told before in the sentence).
	if w == "body" && vEnd == v && len(prev) == 0 && !lex.HasAt(toks, v+1, "of") {
		if c := possessedBody(toks, v); c != "" {
			return []Figure{{Kind: Killed, Category: c, Count: 1, Bound: lex.BoundExact, Start: toks[v-1].Start, End: toks[v].End}}
		}
	}
	// Active phrasing: the victims follow ("killing six terrorists", "the
	// killing of six terrorists", "killed and injured several soldiers").
	if active && !passive {
		j := vEnd + 1
		if j < len(toks) && toks[j].Is("of") {
			j++
		}
		// "killed and wounded several soldiers": skip the second verb, of
		// the same form ("1 soldier killed and wounding another 25" is
		// two clauses).
		if j+1 < len(toks) && toks[j].Is("and", "or") {
			// "abducted and later killed a former SPO".
			adv := 0
			if j+2 < len(toks) && toks[j+1].Is("later", "then", "subsequently", "brutally") {
				adv = 1
			}
			if k, n := verbAt(toks, j+1+adv); k != "" && strings.HasSuffix(w, "ing") == strings.HasSuffix(toks[j+1+adv].Lower, "ing") {
				j += 1 + adv + n
			}
		}
		if p, ok := phraseAfter(toks, j, hints); ok {
			main, found = p, true
			coordinatedAfterActive = coordinatedAfter(toks, p, hints)
			// "shot dead a CPI-Maoist 'commander' and injured his
			// associate": a follower is of the side of the leader told
			// before him.
			if c, ok := ownSide(toks, main, v, hints); ok {
				main.category = c
			}
			possessed := toks[main.first].Is("his", "her", "their") || main.first > 0 && toks[main.first-1].Is("his", "her", "their")
			if possessed && main.category == Civilians && len(prev) > 0 && toks[main.head].Is(followers...) {
				if c := prev[len(prev)-1].Category; c == Militants || c == Security {
					main.category = c
				}
			}
			// "the bodies of three men and two women cadres": the noun
			// after the last sex is every item's.
			if len(coordinatedAfterActive) == 1 && toks[main.head].Is("men", "women") {
				if q := coordinatedAfterActive[0]; q.head > 0 && toks[q.head-1].Is("men", "women") && (q.category == Militants || q.category == Security) {
					main.category = q.category
				}
			}
		}
		// "the death of 2 people" is a toll; "the death of Madan Yadav in
		// custody" is more often the cause of a protest than its news.
		if w == "death" && (!found || !main.hasQ) {
			return nil
		}
	}
	// "shot at a Policeman and his son, injuring both": the two people
	// named before, each of his own side.
	if found && main.hasQ && toks[main.head].Is("both") && main.head == vEnd+1 && len(prev) == 0 {
		if fs, ok := bothNamed(toks, v, kind, hints); ok {
			return fs
		}
	}
	if !found && active && !passive {
		if fs, ok := pronounVictims(toks, v, vEnd, kind, hints, prev); ok {
			return fs
		}
		// "Five Maoists shot him dead": the people before are the
		// killers of someone we cannot count.
		if vEnd > v+1 && toks[v+1].Is("them", "him", "her") {
			// "injuring five people before police shot him dead": the
			// man the police kill is the attacker. (With a militant
			// named before, "him" may be that militant, whom his side's
			// tally should count; he is left out, as before.)
			if kind == Killed && toks[v+1].Is("him", "her") && forceBefore(toks, v) && !militantBefore(toks, v, hints) {
				return []Figure{{Kind: kind, Category: Perpetrators, Count: 1, Bound: lex.BoundExact, Start: toks[v-1].Start, End: toks[vEnd].End}}
			}
			return nil
		}
	}
	if !found && active && !passive && vEnd+1 < len(toks) {
		nx := toks[vEnd+1]
		// "abducted and killed Balaram Naik": the name is the object
		// of both verbs.
		obj := vEnd + 1
		if obj+2 < len(toks) && nx.Is("and") {
			if k, n := verbAt(toks, obj+1); k != "" && activeForm(toks[obj+1].Lower) && isCap(toks[obj+1+n].Text) && !toks[obj+1+n].Punct {
				obj += 1 + n
				nx = toks[obj]
			}
		}
		switch {
		case isCap(nx.Text) && !nx.Punct && !w0(w, "bodies", "body", "deaths"):
			// "militants killed Maniram Baghel": one named person.
			main = np{head: obj, first: obj, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact}, hasQ: true}
			found = true
			// "... and his mother".
			e := obj
			for e+1 < len(toks) && (isCap(toks[e+1].Text) || toks[e+1].Punct && toks[e+1].Is("(", ")") || isNumber(toks[e+1].Lower)) {
				e++
			}
			main.head = e
			// "shot dead Vikram Gowda, a wanted CPI-Maoist leader": the
			// noun set after the name gives his side.
			c, ah, sided := appositiveSide(toks, e, hints)
			if sided {
				main.category = c
			}
			// ("killed Jagat Pujari, a BJP leader and former Panchayat
			// member, and his son": the list goes on after the
			// apposition, whose titles are the one man's.)
			coordinatedAfterActive = coordinatedAfter(toks, main, hints)
			if sided {
				coordinatedAfterActive = nil
				if a := appositionEnd(toks, ah); a > 0 {
					coordinatedAfterActive = coordinatedAfter(toks, np{head: a, first: main.first, category: c, q: main.q, hasQ: true}, hints)
				}
			}
			// A bare name alone is often someone a figure of another
			// sentence counts ("killed Ramdas Gawde, a Police patil ...
			// After killing Gawde"): it is marked as named.
			main.named = !sided && len(coordinatedAfterActive) == 0
		case nx.Is("a", "an", "the") && !w0(w, "neutralised", "neutralized", "neutralising", "neutralizing", "eliminated") && unfamiliarPerson(toks, vEnd+2):
			// ("neutralised a training camp": these verbs take camps,
			// hideouts and gangs as often as people.)
			// "killed a gram rakhi", "killed the village head of Urubali":
			// one person named by a noun the lexicon lacks.
			main = np{head: vEnd + 1, first: vEnd + 1, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact}, hasQ: true}
			found = true
			// "killed a village head and one guard".
			if e, ok := unfamiliarEnd(toks, vEnd+2); ok && e+1 < len(toks) && toks[e+1].Is("and") {
				main.head = e
				coordinatedAfterActive = coordinatedAfter(toks, main, hints)
			}
		case nx.Is("a", "an") && (kind == Killed || kind == Injured) && !w0(w, "neutralised", "neutralized", "neutralising", "neutralizing", "eliminated") && capitalTitleEnd(toks, vEnd+2) > 0:
			// "killed a Gram Rozgar Sevak and a Panchayat Secretary": a
			// title in capitals the lexicon lacks; a name takes no
			// article. (Things are taken, not killed: "abducted a Tata
			// Sumo" is a vehicle.)
			main = np{head: capitalTitleEnd(toks, vEnd+2), first: vEnd + 1, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact}, hasQ: true}
			found = true
			coordinatedAfterActive = coordinatedAfter(toks, main, hints)
		case nx.Is("them", "him", "her") && len(prev) > 0 && !prev[len(prev)-1].Negated && prev[len(prev)-1].Kind != kind &&
			nx.Is("them") == (prev[len(prev)-1].Count > 1 || prev[len(prev)-1].Vague):
			// "abducted four supporters and killed them": the people of
			// the figure before meet another fate. ("held 15 others
			// hostage; police stormed the shop, killing him": "him" is
			// not the 15.)
			f := prev[len(prev)-1]
			return []Figure{{Kind: kind, Category: f.Category, Count: f.Count, Bound: f.Bound, Vague: f.Vague, Start: toks[v].Start, End: nx.End}}
		case nx.Is("a", "an", "the", "his", "their", "her", "its", "him", "them"):
			// An object we could not read: not the subject's fate.
			return nil
		}
	}
	if !found && w == "bodies" && v > 0 && toks[v-1].Is("their") && len(prev) > 0 && missingBefore(toks, v) {
		// "One soldier was killed and two went missing; their bodies
		// were found the next day": the missing of the figure before
		// are dead.
		if f := prev[len(prev)-1]; f.Kind == Abducted && !f.Negated && !f.Vague {
			return []Figure{{Kind: Killed, Category: f.Category, Count: f.Count, Bound: f.Bound, Start: toks[v-1].Start, End: toks[v].End}}
		}
	}
	if !found && w0(w, "body", "bodies") {
		// "the body of Bhotraj Sodhi", "the bodies of A and B": the
		// named dead; never the finder's fate.
		if vEnd+2 < len(toks) && toks[vEnd+1].Is("of") && isCap(toks[vEnd+2].Text) {
			n := int64(1)
			if w == "bodies" {
				n = 2
			}
			return []Figure{{Kind: kind, Category: Civilians, Count: int(n), Bound: lex.BoundExact, Named: true, Start: toks[v].Start, End: toks[vEnd+2].End}}
		}
		// "the bullet-riddled body of an abducted teacher": one person,
		// of the side the noun names.
		if w == "body" && vEnd+2 < len(toks) && toks[vEnd+1].Is("of") && toks[vEnd+2].Is("a", "an") {
			cat, end := Civilians, vEnd+2
			for k := vEnd + 3; k < len(toks) && k <= vEnd+5 && !toks[k].Punct; k++ {
				if c, ok := persons[toks[k].Lower]; ok {
					cat, end = c, k
					break
				}
			}
			return []Figure{{Kind: kind, Category: cat, Count: 1, Bound: lex.BoundExact, Start: toks[v].Start, End: toks[end].End}}
		}
		if q, ok := quantityEndingAt(toks, v-1); ok && !q.Vague {
			return []Figure{{Kind: kind, Category: Unknown, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[v].End}}
		}
		// "Two of them were released, while the body of the third was
		// found": one of the people told before, of their side.
		if w == "body" && lex.HasAt(toks, vEnd+1, "of", "the") && vEnd+3 < len(toks) && toks[vEnd+3].Is("second", "third", "fourth", "fifth", "sixth", "other", "last") &&
			!slices.ContainsFunc(prev, func(f Figure) bool { return f.Kind == Killed && !f.Negated }) {
			return []Figure{{Kind: kind, Category: Unknown, Count: 1, Bound: lex.BoundExact, SideBefore: true, Start: toks[v].Start, End: toks[vEnd+3].End}}
		}
		// "Two more bodies were recovered": dead beyond those told
		// before, of their side.
		if v > 1 && toks[v-1].Is("more") {
			if q, ok := quantityEndingAt(toks, v-2); ok && !q.Vague {
				return []Figure{{Kind: kind, Category: Unknown, Count: int(q.Value), Bound: q.Bound, More: true, SideBefore: len(prev) == 0, Start: toks[q.First].Start, End: toks[v].End}}
			}
		}
		return nil
	}
	var coordinated []np
	// "The Maoists hacked them to death": the victims are people told
	// before, whom this sentence does not count; the noun right before
	// the verb is the killers. ("picked up two brothers and beat them to
	// death": the people before are the victims.)
	// ("caught two cadres who had come to collect levy and beat them to
	// death": the people counted in an object's slot before the verb,
	// read as for "killed them".)
	if !found && w == "to" && v > 2 && toks[v-1].Is("them", "him", "her") && toDeathVerbs[toks[v-2].Lower] {
		if fs, ok := pronounVictims(toks, v-2, vEnd, kind, hints, prev); ok {
			return fs
		}
	}
	if !found && w == "to" && v > 2 && toks[v-1].Is("them") {
		if _, ok := personAt(toks, v-3, hints); ok {
			return nil
		}
	}
	// "claimed responsibility for the killing": the deed named as a
	// noun, with no victims after it, has no subject before it either.
	if !found && w0(w, "killing", "killings", "murder", "murders") && vEnd == v && v > 0 && toks[v-1].Is("the", "this", "that", "these", "those") {
		return nil
	}
	// ("beat two Maoists to death": a capitalised side's noun is no
	// name; the phrase it ends is read below.)
	if !found && w == "to" && v > 0 && (isCap(toks[v-1].Text) && !toks[v-1].Punct && !sideNoun(toks, v-1, hints) || toks[v-1].Is("him", "her")) {
		// "beat up Ram Singh to death", "assaulted him to death": the
		// victim stands between the verb and the idiom; the noun before
		// it is the attacker.
		return []Figure{{Kind: kind, Category: Civilians, Count: 1, Bound: lex.BoundExact, Start: toks[v-1].Start, End: toks[vEnd].End}}
	}
	if !found && active && !passive && objectFollows(toks, vEnd+1) {
		// "Maoists shot dead a former colleague of theirs": an object we
		// could not read follows, so the noun before the verb is the
		// attacker, not the victim.
		return nil
	}
	// "BLA claimed killing and injuring several": the group before a
	// claimed deed is the claimant, not its victim.
	if !found && v > 0 && toks[v-1].Is("claimed", "claims", "claiming") {
		return nil
	}
	if !found {
		p, ok := phraseBefore(toks, v, hints)
		// "Two villagers were abducted from their homes and killed by
		// the Maoists": a participle after "and" shares the subject of
		// the passive before it.
		if k := sharedPassive(toks, v); k > 0 {
			p, ok = phraseBefore(toks, k, hints)
		}
		// "Two persons the Police described as Maoist militia members
		// were killed": the people are what they were called.
		if c, ok2 := describedAs(toks, p.head, v, hints); ok && ok2 && p.category == Civilians && toks[p.head].Is("people", "persons", "men", "youths", "villagers") {
			p.category = c
		}
		if ok {
			main, found = p, true
			coordinated = dropListTotal(toks, main, coordinatedBefore(toks, p, hints))
			// "the bodies of 11 people and 24 wounded": a bare count
			// told by its fate right after it is one of a list of fates,
			// not a phrase joined to the people before.
			if main.hasQ && main.head == main.q.Last && main.head+1 == v && isNumberWord(toks, main.head) {
				coordinated = nil
			}
			// "a Maoist 'zonal commander' and his two associates were
			// arrested": a follower is of his leader's side.
			if main.category == Civilians && len(coordinated) > 0 && (coordinated[0].category == Militants || coordinated[0].category == Security) &&
				main.first > 0 && toks[main.first-1].Is("his", "her", "their") && toks[main.head].Is(followers...) {
				main.category = coordinated[0].category
			}
			// "A PLFI 'sub-zonal commander' was killed and two of his
			// associates were injured": the leader is the figure before.
			if main.category == Civilians && len(coordinated) == 0 && len(prev) > 0 && toks[main.head].Is(followers...) &&
				main.head > 0 && toks[main.head-1].Is("his", "her", "their") {
				if c := prev[len(prev)-1].Category; c == Militants || c == Security {
					main.category = c
				}
			}
		}
	}
	if !found {
		return nil
	}
	// "Another State Committee member was injured": another of the
	// group told before, whose side a word like "member" does not say.
	if main.hasQ && main.category == Civilians && toks[main.q.First].Is("another") && toks[main.head].Is("member", "leader", "secretary", "associate", "colleague") &&
		!lex.HasAt(toks, main.head+1, "of") {
		main.category = ""
	}
	// "four of the survivors were injured": survivors of the attack told
	// before, of its victims' side, as "others" are.
	if main.category == Civilians && main.hasQ && toks[main.head].Is("survivors") && main.head >= 2 && toks[main.head-1].Is("the") && toks[main.head-2].Is("of") {
		main.category = ""
	}
	if w0(w, "neutralised", "neutralized", "neutralising", "neutralizing", "eliminated") && thingNamedAfter(toks, main) {
		return nil
	}
	// "Twelve people were taken to hospital": the wounded, when counted;
	// "the victims were rushed to hospital" may be the dead as well.
	if hospital(toks, v) {
		if !main.hasQ || main.q.Vague {
			return nil
		}
		for k := max(0, min(main.first, main.head)-3); k < v; k++ {
			if toks[k].Is("bodies", "body", "dead", "corpses", "remains") {
				return nil
			}
		}
	}
	if used[main.head*4+kindIndex(kind)] {
		return nil
	}
	// "Four officers were wounded, one of whom seriously": a share of a
	// figure of the same kind told before is no figure of its own.
	if toks[main.head].Is("them", "whom", "those") && main.head < v {
		for _, f := range prev {
			if f.Kind == kind && !f.Negated {
				return nil
			}
		}
	}
	used[main.head*4+kindIndex(kind)] = true
	if main.category == Unknown && main.head == main.q.Last && main.hasQ && len(coordinated) == 0 {
		// A bare count after a figure of the same sentence shares its
		// side: "three khwarij were killed while two were injured",
		// "killing two soldiers and wounding three". After the attackers
		// it is their victims' toll, as "others" is: "a second bomber
		// blew himself up; in total 26 were killed".
		shared := false
		for k := len(prev) - 1; k >= 0; k-- {
			// "26 persons, including three SPOs, died and nearly 20
			// were injured": the count shares the side of the whole,
			// not of the part its list names.
			if !prev[k].Negated && k > 0 && includedPart(toks, prev[k]) {
				continue
			}
			if !prev[k].Negated && prev[k].Start < toks[main.first].Start {
				// After the verb, "killing ten people and injuring 20"
				// or a toll split by "including" gives no one side to
				// share: the wounded may be of any of them.
				if main.head > v && !sideToShare(toks, prev[k], v) {
					shared = true
					break
				}
				if prev[k].Category != Perpetrators {
					main.category = prev[k].Category
				}
				shared = true
				break
			}
		}
		// "opened fire on protesters, killing two": with no figure
		// before, the crowd fired on are the count's people.
		if !shared && protestersBefore(toks, min(main.first, v)) {
			main.category = Civilians
		}
	}
	if toks[main.head].Is("he", "she") && !main.hasQ {
		// "killed a man before he was shot dead": after a figure of its
		// kind, "he" is either that victim again or the attacker.
		for _, f := range prev {
			if f.Kind == kind && !f.Negated {
				return nil
			}
		}
	}
	// "offloaded passengers and shot 23 of them dead", "arrested 12 of
	// them": with no figure before, the share is of the people named
	// before it.
	share := toks[main.head].Is("them") && main.head > 0 && toks[main.head-1].Is("of") ||
		main.head > v && main.hasQ && main.head == main.q.Last && lex.HasAt(toks, main.head+1, "of", "them")
	// ("a group of khwarij ... ISPR said 17 of them were killed": the
	// passive share as well, the people named further back.)
	passiveShare := main.head < v && toks[main.head].Is("them") && main.hasQ && auxStart(toks, v) == main.head+1
	if (main.category == "" || main.category == Unknown && main.head > v) && len(prev) == 0 && (w == "dead" || main.head > v || passiveShare) && share {
		back := 15
		if passiveShare {
			back = 25
		}
		for j := main.first - 1; j >= 0 && j >= main.first-back; j-- {
			// "in Kabul's seventh police district": a place named
			// after a force is no people.
			if j+1 < len(toks) && toks[j+1].Is("district", "station", "post", "headquarters", "lines") {
				continue
			}
			if c, ok := personAt(toks, j, hints); ok && c != "" && c != Perpetrators && plural(toks[j].Lower) {
				main.category = c
				break
			}
		}
	}
	// "Two of his associates ... escaped with injuries": followers of a
	// leader no word of the sentence names are of the side of the figure
	// told in the sentence before (their leader's).
	if main.category == Civilians && toks[main.head].Is(followers...) && main.head > 0 && possessiveOf(toks, main.head) &&
		!slices.ContainsFunc(prev, func(f Figure) bool { return !f.Negated }) && !personBefore(toks, main.first, hints) {
		main.category = ""
	}
	sideBefore := false
	// "The Maoists then fired on the survivors, injuring two more": a
	// bare count "more" with no figure before it in the sentence is of
	// the side of the sentence before, as "others" is.
	if main.category == Unknown && main.hasQ && main.head > v && main.head == main.q.Last && main.head+1 < len(toks) && toks[main.head+1].Is("more") &&
		!slices.ContainsFunc(prev, func(f Figure) bool { return !f.Negated }) {
		sideBefore = true
	}
	if main.category == "" {
		// "others", "another": the side of the figure before, except
		// after the attackers, whose "others" are their victims ("the
		// bomber was killed and seven others injured").
		main.category = Unknown
		sideBefore = !slices.ContainsFunc(prev, func(f Figure) bool { return !f.Negated })
		for k := len(prev) - 1; k >= 0; k-- {
			// "12 persons, including four Policemen, were killed and
			// 25 others injured": the others are of the whole, not of
			// the part its list names.
			if !prev[k].Negated && k > 0 && includedPart(toks, prev[k]) {
				continue
			}
			if !prev[k].Negated {
				if prev[k].Category != Perpetrators {
					main.category = prev[k].Category
				}
				break
			}
		}
	}
	if toks[main.head].Is("couple") && (!main.hasQ || toks[main.q.First].Is("a", "an", "the")) {
		// "a Maoist couple was killed": two people.
		first := main.head
		if main.hasQ {
			first = main.q.First
		}
		main.q, main.hasQ = lex.Quantity{Value: 2, Bound: lex.BoundExact, First: first, Last: main.head}, true
	}
	// "his driver and peon were injured", "her husband and son were
	// injured": two people of one possessive, told by a plural verb.
	if !main.hasQ && main.head < v {
		if a, b, ok := possessedPair(toks, main.head, v); ok {
			main.q, main.hasQ = lex.Quantity{Value: 2, Bound: lex.BoundExact, First: a - 1, Last: b}, true
			main.first, main.head = min(main.first, a-1), b
		}
	}
	// "Constables Rehmat Ullah and Sher Zaman were martyred": a plural
	// rank or noun before the names of those it counts.
	if !main.hasQ && main.head < v && plural(toks[main.head].Lower) {
		if n := namesBefore(toks, main.head+1, auxStart(toks, v)); n >= 2 {
			main.q, main.hasQ = lex.Quantity{Value: int64(n), Bound: lex.BoundExact, First: main.head, Last: main.head}, true
		}
	}
	if !main.hasQ {
		// A plural noun with no count ("militants were killed") is an
		// unspecified toll; a singular one ("the driver was hurt") is one.
		if plural(toks[main.head].Lower) {
			main.q = lex.Quantity{Value: 3, Bound: lex.BoundApprox, Vague: true, First: main.head, Last: main.head}
		} else {
			main.q = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: main.head, Last: main.head}
		}
	}
	start, end := toks[min(main.first, v)].Start, toks[max(main.head, vEnd)].End
	// "More" than a figure of the same sentence ("killing a policeman,
	// while another succumbed") is summed with it there; only "more"
	// than another sentence's toll is marked.
	// (A further deed's toll is beyond the one before whole: "killing
	// herself and a soldier" marks the soldier too.)
	further := sequel(toks, v, main, passive) || passive && attackerWentOnPassive(toks, main)
	more := toldAsMore(toks, main) || further || diedLater(toks, v, main, kind) || alsoOne(toks, v, main)
	for _, f := range prev {
		if f.Kind == kind && !f.Negated {
			more, further = false, false
		}
	}
	figs := []Figure{{Kind: kind, Category: main.category, Count: int(main.q.Value), Bound: main.q.Bound, Vague: main.q.Vague, Named: main.named, More: more, SideBefore: sideBefore, Start: start, End: end}}
	// "The driver later died at the hospital": one person told before,
	// who died of his wounds, leaves the wounded.
	if kind == Killed && main.head < v && main.q.Value == 1 && !main.q.Vague && oneToldBefore(toks, main) && diedOfWoundsAt(toks, v) {
		figs[0].WereInjured = true
	}
	// Sub-counts: "12 people, including three soldiers, were killed".
	subs := includedAfter(toks, main.head, hints, v, vEnd)
	subs, unlike, besides := unlikeSibling(toks, main, subs, v)
	if len(subs) == 0 && main.head < v {
		// "16 people were killed in the attack, including the bomber":
		// the list after the verb's adjuncts.
		for k := vEnd + 1; k+1 < len(toks) && k <= vEnd+8 && !toks[k].Is(".", ";"); k++ {
			// "were killed and 60 others, including 57 Policemen, were
			// injured": the list is of another phrase.
			if toks[k].Is("and") && (isNumberWord(toks, k+1) || toks[k+1].Is("another", "others")) {
				break
			}
			// "injured when about 50 cadres, including some women,
			// opened fire": the list of another clause's people.
			if toks[k].Is("when", "after", "while", "as", "where", "who", "which", "before") {
				break
			}
			if toks[k].Is(",") {
				if toks[k+1].Is("including") || lex.HasAt(toks, k+1, "among", "them") {
					subs = includedAfter(toks, k-1, hints, v, vEnd)
				} else if p, ok := shareBeforeAmong(toks, k+1, hints); ok {
					// "Six people died, the attacker among them".
					subs = []np{p}
				}
				break
			}
			// "26 killed including the bomber": a hurried note's list
			// right after the verb, with no comma.
			if k == vEnd+1 && toks[k].Is("including") {
				subs = includedAfter(toks, vEnd, hints, v, vEnd)
				break
			}
		}
	}
	rest := int(main.q.Value)
	perpetrators := 0 // the attackers counted in the whole
	for _, s := range subs {
		if !s.hasQ && !plural(toks[s.head].Lower) {
			// "including the driver": one person.
			s.q, s.hasQ = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: s.first, Last: s.head}, true
		}
		if !s.hasQ || s.category == "" {
			continue
		}
		used[s.head*4+kindIndex(kind)] = true
		// "many of them children": a share of no count carves nothing.
		if s.category == main.category || s.share && s.q.Vague {
			continue
		}
		// "Two cadres, including a woman": her sex or age does not take
		// her out of the group, nor does "a committee member" name
		// another side than the group's.
		// (The same for followers whose side is the sentence before's.)
		if (main.category == Militants || main.category == Security || sideBefore) && s.category == Civilians &&
			toks[s.head].Is("woman", "women", "man", "men", "girl", "girls", "boy", "boys", "child", "children", "minor", "minors", "teenager", "teenagers",
				"member", "members", "secretary", "leader", "leaders", "chief", "founder") {
			continue
		}
		rest -= int(s.q.Value)
		if s.category == Perpetrators {
			perpetrators += int(s.q.Value)
		}
		figs = append(figs, Figure{Kind: kind, Category: s.category, Count: int(s.q.Value), Bound: s.q.Bound, Start: toks[s.first].Start, End: toks[s.head].End})
	}
	if sib, ok := siblingAfter(toks, subs, hints, v); ok && sib.hasQ && sib.category != "" {
		used[sib.head*4+kindIndex(kind)] = true
		figs = append(figs, Figure{Kind: kind, Category: sib.category, Count: int(sib.q.Value), Bound: sib.q.Bound, Start: toks[sib.first].Start, End: toks[sib.head].End})
	} else if besides {
		used[unlike.head*4+kindIndex(kind)] = true
		figs = append(figs, Figure{Kind: kind, Category: unlike.category, Count: int(unlike.q.Value), Bound: unlike.q.Bound, Start: toks[unlike.first].Start, End: toks[unlike.head].End})
	}
	// A whole of no side stays whole: the tally takes the sides' figures
	// out of an unknown toll, in this sentence as across sentences.
	if len(figs) > 1 {
		// "another 25, including 18 policemen": a whole with its parts
		// is a toll of its own, which the tally settles as such.
		figs[0].More = false
	}
	if rest != int(main.q.Value) && !main.q.Vague && main.category != Unknown {
		if rest < 0 {
			rest = 0
		}
		figs[0].Count = rest
	}
	// "26 killed, including the bomber": the tally adds the attackers to
	// the sides' dead, so a whole of no side gives them up here.
	if main.category == Unknown && perpetrators > 0 && !main.q.Vague && len(figs) > 0 && figs[0].Category == Unknown {
		figs[0].Count = max(0, figs[0].Count-perpetrators)
	}
	// "The guard was killed along with his wife": the people joined
	// after the verb share the fate.
	// ("The bomber also died, along with two civilians": the same after
	// a death told with no auxiliary, set off by a comma.)
	along := alongPastPlace(toks, vEnd+1)
	// (A passive's list set off by a comma is often the attackers': "39
	// hostages were killed, along with 29 militants".)
	if lex.HasAt(toks, along, ",", "along", "with") && !passive && w0(w, "died", "perished", "succumbed") {
		along++
	}
	if (passive || w0(w, "died", "perished", "succumbed")) && main.head < v && lex.HasAt(toks, along, "along", "with") {
		if p, ok := phraseAfter(toks, along+2, hints); ok && p.category != Unknown {
			// "A 'zonal commander' was arrested along with four
			// associates": followers are of their leader's side.
			if toks[p.head].Is(followers...) && (main.category == Militants || main.category == Security) {
				p.category = main.category
			}
			if !p.hasQ && !plural(toks[p.head].Lower) {
				p.q, p.hasQ = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: along + 2, Last: p.head}, true
			}
			if p.hasQ && !p.q.Vague {
				coordinated = append(coordinated, p)
			}
		}
	}
	// "Fifteen commandos of the State Police and their civilian driver
	// were killed", "A Block Development Officer (BDO) and his driver
	// were killed": one more person joined to the subject after its
	// name.
	if main.head < v {
		if p, ok := joinedToSubject(toks, main, v, hints); ok {
			coordinated = append(coordinated, p)
		}
	}
	// "14 cadres and three SF personnel were killed": each phrase counts.
	coordinated = append(coordinated, coordinatedAfterActive...)
	for _, c := range coordinated {
		if used[c.head*4+kindIndex(kind)] {
			continue
		}
		if c.category == "" {
			// "2 others and a woman were injured": others of the side
			// of the figure before, else of the list. ("killing herself
			// and 19 others": the bomber's others are her victims.)
			c.category = main.category
			if main.category == Perpetrators {
				c.category = Unknown
			}
			for k := len(prev) - 1; k >= 0; k-- {
				if !prev[k].Negated && prev[k].Category != Perpetrators {
					c.category = prev[k].Category
					break
				}
			}
		}
		used[c.head*4+kindIndex(kind)] = true
		figs = append(figs, Figure{Kind: kind, Category: c.category, Count: int(c.q.Value), Bound: c.q.Bound, More: further, Start: toks[c.first].Start, End: toks[c.head].End})
	}
	if len(figs) == 1 && main.category == Civilians && toks[main.head].Is("people", "persons", "individuals") {
		figs[0].Generic = true
		// "killed two persons within 24 hours: a Police Patil at Gatta
		// and a contractor's supervisor at Bhamragad": the list after
		// the colon tells who they were.
		if items := colonList(toks, main.head, hints); len(items) == figs[0].Count && !main.q.Vague {
			figs = figs[:0]
			for _, it := range items {
				figs = append(figs, Figure{Kind: kind, Category: it.category, Count: 1, Bound: lex.BoundExact, Start: toks[it.first].Start, End: toks[it.head].End})
			}
		}
	}
	// "assaulted 20 villagers" counts the beaten as wounded; "assaulted
	// the workers", "thrashed them" tell of a beating whose hurt the
	// reports leave unsaid, which incident coders do not count.
	// ("The commander thrashed a villager": the subject of the active
	// verb beat, he was not beaten.)
	if w0(w, "assaulted", "thrashed") {
		figs = slices.DeleteFunc(figs, func(f Figure) bool { return f.Vague || main.head < v && !passive })
	}
	return figs
}

// pronounVictims reads the people of "them", "him" or "her" right after
// an active casualty word (or inside "shot them dead") from the phrase of
// the same sentence the pronoun stands for, when no figure was read
// before it: "offloaded nine passengers and shot them dead" (nine
// civilians), "attacked the house of a tribal elder, killing him and his
// son" (two). The antecedent must be counted ("nine passengers", "seven
// of them") or, for "him" and "her", one person named by a person noun
// after a determiner that does not open the sentence (the opening noun
// is the killer: "A policeman shot him dead" tells of no one we know).
func pronounVictims(toks []lex.Token, v, vEnd int, kind string, hints []Hint, prev []Figure) ([]Figure, bool) {
	pr := -1
	switch {
	case vEnd+1 < len(toks) && toks[vEnd+1].Is("them", "him", "her"):
		pr = vEnd + 1
	case vEnd > v+1 && toks[v+1].Is("them", "him", "her"):
		pr = v + 1
	}
	if pr < 0 || vEnd+1 < len(toks) && toks[vEnd+1].Is("'s", "own", "self") {
		return nil, false
	}
	for _, f := range prev {
		if !f.Negated {
			return nil, false
		}
	}
	singular := !toks[pr].Is("them")
	// "caught two cadres who had come to collect levy and beat them to
	// death": the people a relative clause tells of are the pronoun's
	// only when its "who" follows them right away (and they stand in an
	// object's slot, as below, and the clause ends on a word that is no
	// verb before "and"); "the Maoists who killed them" and "arrested
	// two men who had abducted and killed them" are not.
	ante := -1
	ownClause := v >= 2 && toks[v-1].Is("and") && !toks[v-2].Punct && !strings.HasSuffix(toks[v-2].Lower, "ed")
	for k := v - 1; k >= 1 && k >= v-20; k-- {
		if ante >= 0 && k < ante {
			break
		}
		if toks[k].Is("who") && ownClause && ante < 0 && k+1 < v-1 {
			if c, ok := personAt(toks, k-1, hints); ok && c != "" && c != Perpetrators && plural(toks[k-1].Lower) != singular {
				ante = k - 1
				continue
			}
		}
		if toks[k].Is(";", "who", "which") {
			break
		}
		if !singular && toks[k].Is("them") && toks[k-1].Is("of") && k >= 2 {
			// "seven of them": the count is theirs, the side that of
			// the people before.
			q, ok := quantityEndingAt(toks, k-2)
			if !ok || q.Vague {
				return nil, false
			}
			cat := Unknown
			for j := q.First - 1; j >= 0 && j >= q.First-15; j-- {
				if c, ok := personAt(toks, j, hints); ok && c != "" && plural(toks[j].Lower) {
					cat = c
					break
				}
			}
			return []Figure{{Kind: kind, Category: cat, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[vEnd].End}}, true
		}
		c, ok := personAt(toks, k, hints)
		if !ok || c == "" || c == Perpetrators || plural(toks[k].Lower) == singular {
			continue
		}
		if k >= 1 && toks[k-1].Is("as") {
			// "identified three passengers as residents of Punjab":
			// what the counted people were, not them.
			continue
		}
		if singular {
			d := k - 1
			for d > 0 && d >= k-3 && !toks[d].Is("a", "an", "the") {
				d--
			}
			if !toks[d].Is("a", "an", "the") || d < 2 || !objectSlot(toks, d-1) {
				return nil, false
			}
			main := np{head: pr, first: pr, category: c, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: pr, Last: pr}, hasQ: true}
			figs := []Figure{{Kind: kind, Category: c, Count: 1, Bound: lex.BoundExact, Start: toks[v].Start, End: toks[max(pr, vEnd)].End}}
			// "killing him and his son".
			for _, o := range coordinatedAfter(toks, main, hints) {
				cat := o.category
				if cat == "" {
					cat = c
				}
				figs = append(figs, Figure{Kind: kind, Category: cat, Count: int(o.q.Value), Bound: o.q.Bound, Start: toks[o.first].Start, End: toks[o.head].End})
			}
			return figs, true
		}
		// "two CPI-Maoist cadres": a word or two of side or kind may
		// stand between the count and the noun.
		e := k - 1
		q, ok := quantityEndingAt(toks, e)
		for !ok && e > 1 && e >= k-3 && isModifier(toks[e]) && !toks[e].Is("the", "of", "his", "their", "its", "her", "them", "these", "those") {
			e--
			q, ok = quantityEndingAt(toks, e)
		}
		if !ok || q.Vague || q.First == 0 || !objectSlot(toks, q.First-1) {
			return nil, false
		}
		return []Figure{{Kind: kind, Category: c, Count: int(q.Value), Bound: q.Bound, Start: toks[q.First].Start, End: toks[max(pr, vEnd)].End}}, true
	}
	return nil, false
}

// missingBefore reports people told missing earlier in the sentence than
// i: "two went missing; their bodies were found". (People abducted whose
// bodies were found are read across the sentence by the incident's
// segmentation, which keeps the abduction an event of its own.)
func missingBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k > 0; k-- {
		if toks[k].Is("missing") && toks[k-1].Is("went", "gone", "go", "were", "was") {
			return true
		}
	}
	return false
}

// tookCaptive reads "took" at i as the carrying off of people: "took two
// Levies men with them", "took away four passengers", "took the driver
// along". It returns Abducted and the words of the verb before its
// object; "took" of anything else ("took control", "took two hours") is
// no casualty word.
func tookCaptive(toks []lex.Token, i int) (string, int) {
	n := 1
	if lex.HasAt(toks, i+1, "away") {
		n = 2
	}
	for k := i + n; k < len(toks) && k <= i+n+4 && !toks[k].Punct; k++ {
		if c, ok := personAt(toks, k, nil); !ok || c == "" || toks[k].Is("body", "bodies") || possessive(toks[k]) {
			continue
		}
		// ("two Levies men": the last noun of the phrase.)
		if _, ok := personAt(toks, k+1, nil); ok {
			continue
		}
		switch {
		case n == 2 && (k+1 == len(toks) || toks[k+1].Punct || toks[k+1].Is("and", "with", "from", "in", "to", "at", "on", "who")):
			// "took away four passengers", not "took away the Levies
			// personnel's weapons".
			return Abducted, 2
		case lex.HasAt(toks, k+1, "with", "them") || lex.HasAt(toks, k+1, "with", "him") || lex.HasAt(toks, k+1, "along") || lex.HasAt(toks, k+1, "captive"):
			return Abducted, 1
		}
		return "", 0
	}
	return "", 0
}

// objectSlot reports whether the token at i leads into an object, a verb
// ("offloaded nine passengers") or a preposition ("the house of a tribal
// elder"), so that the phrase after it is not the subject of the verb
// whose pronoun it would stand for ("a police team raided the village and
// arrested him": the team arrested).
func objectSlot(toks []lex.Token, i int) bool {
	t := toks[i]
	if t.Is("of", "on", "at", "from", "to", "with", "for", "off", "near", "into") {
		return true
	}
	// Irregular pasts: "took nine passengers off a bus".
	if t.Is("took", "got", "brought", "caught", "made") {
		return true
	}
	return !t.Punct && len(t.Lower) > 3 && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing"))
}

// sideToShare reports whether figure f, told before the casualty word at
// v, names people of one side whom a bare count after v can be of.
func sideToShare(toks []lex.Token, f Figure, v int) bool {
	if f.Generic || f.Category == Unknown {
		return false
	}
	// Back to the casualty word of the figure before.
	for k := v - 1; k >= 0; k-- {
		if kd, _ := verbAt(toks, k); kd != "" {
			break
		}
		// ("killing four personnel, including an SI and an ASI, and
		// injuring one more": a list of the whole's own side splits
		// nothing.)
		if toks[k].Is("including") && sameSideAfter(toks, k, v, f.Category) {
			continue
		}
		if toks[k].Is("including", "people", "persons", "individuals", "others", ";") {
			return false
		}
	}
	return true
}

// sameSideAfter reports whether every person noun from i up to v is of
// side c, and there is one.
func sameSideAfter(toks []lex.Token, i, v int, c string) bool {
	n := 0
	for k := i + 1; k < v; k++ {
		if s, ok := personAt(toks, k, nil); ok && s != "" {
			if s != c {
				return false
			}
			n++
		}
	}
	return n > 0
}

// protestedDeath reports whether the killing or death named at i is the
// cause of a protest the sentence reports, not a toll of it: "staged a
// protest against the killing of a shopkeeper", "protesting the killing
// of six women", "clashes over the killing of a student".
func protestedDeath(toks []lex.Token, i int) bool {
	if !toks[i].Is("killing", "killings", "death", "deaths", "murder", "murders", "assassination") {
		return false
	}
	// The noun's article, past up to two adjectives ("the brutal
	// killing", "the alleged custodial death").
	k := i - 1
	for k > 0 && i-k <= 2 && !toks[k].Is("the", "a") && !toks[k].Punct {
		k--
	}
	if k < 1 || !toks[k].Is("the", "a") {
		return false
	}
	cue := toks[k-1]
	if cue.Is("against", "protesting", "protest", "protested", "protests", "condemn", "condemning", "condemned",
		"denounce", "denouncing", "mourn", "mourning", "decry", "decrying") {
		return true
	}
	if !cue.Is("over") {
		return false
	}
	// "protests over the killing of": the cause only of a crowd's
	// action. ("after the death of" would be the same, but another of
	// vigil's readers takes "a death in custody" for an arrest once no
	// death is read; left for now.)
	for j := k - 2; j >= 0; j-- {
		if toks[j].Is(";") {
			break
		}
		if toks[j].Is("protest", "protests", "protested", "protesters", "protestors", "demonstration", "demonstrators",
			"rally", "mob", "rioters", "riot", "sit-in", "strike", "shutdown", "agitation", "blockade") {
			return true
		}
	}
	return false
}

// protestersBefore reports whether the sentence names a crowd of
// protesters before token e, in the clause that ends there.
func protestersBefore(toks []lex.Token, e int) bool {
	for k := e - 1; k >= 0; k-- {
		if toks[k].Is(";", ".") {
			return false
		}
		if toks[k].Is("protesters", "protestors", "demonstrators", "marchers", "mourners", "rioters") {
			return true
		}
	}
	return false
}

// thingNamedAfter reports whether a phrase read as people names a thing
// of theirs: "a Maoist hideout", "a training camp of the CPI-Maoist".
// Verbs such as "neutralised" take both.
func thingNamedAfter(toks []lex.Token, p np) bool {
	for k := p.first; k < p.head; k++ {
		if toks[k].Is("of") {
			return true
		}
	}
	n := p.head + 1
	return n < len(toks) && !isCap(toks[n].Text) && objectFollows(toks, n)
}

// hospital reports whether the casualty word at v is a trip to hospital
// ("taken to hospital", "hospitalised").
func hospital(toks []lex.Token, v int) bool {
	return toks[v].Is("hospitalised", "hospitalized") || v+2 < len(toks) && toks[v+1].Is("to") && (toks[v+2].Is("hospital") || v+3 < len(toks) && toks[v+3].Is("hospital"))
}

// oneToldBefore reports whether the phrase p names one person the text
// has told of already by a definite noun: "the driver". ("He succumbed"
// may follow "the mayor was among those killed": a pronoun is left
// alone.)
func oneToldBefore(toks []lex.Token, p np) bool {
	the := toks[p.first].Is("the") && p.head > p.first || p.first > 0 && toks[p.first-1].Is("the")
	return (the || kinOfOneTold(toks, p)) && !plural(toks[p.head].Lower)
}

// diedOfWoundsAt reports whether the casualty word at v tells a death of
// wounds: "succumbed", "later died", "died later in hospital".
func diedOfWoundsAt(toks []lex.Token, v int) bool {
	if toks[v].Is("succumbed", "succumbs") {
		return true
	}
	if !toks[v].Is("died", "dies") {
		return false
	}
	if v > 0 && toks[v-1].Is("later", "subsequently") {
		return true
	}
	for k := v + 1; k < len(toks) && k <= v+4 && !toks[k].Punct; k++ {
		if toks[k].Is("later", "hospital", "subsequently") {
			return true
		}
	}
	return false
}

// diedLater reports whether "others" died after a toll told before:
// "three others later died in hospital", "two others succumbed to their
// injuries".
func diedLater(toks []lex.Token, v int, p np, kind string) bool {
	if kind != Killed || p.head >= v || !toks[p.head].Is("others") {
		return false
	}
	if toks[v].Is("succumbed", "succumbs") {
		return true
	}
	if !toks[v].Is("died", "dies") {
		return false
	}
	if toks[v-1].Is("later", "subsequently") {
		return true
	}
	for k := v + 1; k < len(toks) && k <= v+4 && !toks[k].Punct; k++ {
		if toks[k].Is("later", "hospital", "subsequently") {
			return true
		}
	}
	return false
}

// sequel reports whether an active casualty verb tells a further deed of
// the attacker, beyond the toll told before: "the gunman also killed a
// man", "the attacker then shot the driver dead". In a report of the toll
// the subject is the victims, so such a deed is news of its own.
func sequel(toks []lex.Token, v int, p np, passive bool) bool {
	if passive {
		return false
	}
	if p.head > v && (attackerThen(toks, v) || laterAttack(toks, v)) {
		return true
	}
	verb := v
	if toks[v].Is("dead") && p.head < v {
		// "shot the driver dead": the adverb stands before "shot".
		verb = -1
		for k := min(p.first, p.head) - 1; k >= 0 && k >= p.first-3; k-- {
			if toks[k].Is("shot", "gunned") {
				verb = k
				break
			}
		}
		if verb < 0 {
			return false
		}
	} else if !activeForm(toks[v].Lower) || p.head < v {
		return false
	}
	// "Security forces later killed four suspects": the attackers' fate,
	// not another deed of theirs.
	for k := verb - 1; k >= 0 && k >= verb-6 && !toks[k].Punct; k-- {
		if _, side := sideWords[toks[k].Lower]; side || toks[k].Is("troops", "soldiers", "policemen", "officers") {
			return false
		}
	}
	sequelWord := false
	for k := verb - 1; k >= 0 && k >= verb-3; k-- {
		// "had also killed": a deed before the one reported.
		if toks[k].Is("had") {
			return false
		}
		if toks[k].Is("also", "then", "later", "subsequently") && k >= verb-2 {
			sequelWord = true
		}
		// "Hours later another bomber killed 17 people", "a second
		// blast killed four": the deed of another attack.
		// ("the third killing of a jawan this year" counts deeds.)
		if (toks[k].Is("another") || toks[k].Is("second", "third") && k > 0 && toks[k-1].Is("a", "the")) && k+1 < verb &&
			toks[k+1].Is("bomber", "attacker", "gunman", "assailant", "blast", "bomb", "explosion", "bombing") {
			sequelWord = true
		}
	}
	return sequelWord
}

// toldAsMore reports whether the phrase p says its people come on top
// of others counted before: "four more people", "another soldier".
// "Others" is left out: it mostly sets people apart from another kind of
// casualty ("two were killed and five others injured"). So is "also":
// "63 attackers were also killed" after a toll of victims is on top of
// it, but victims' tolls leave the attackers out.
func toldAsMore(toks []lex.Token, p np) bool {
	// "one of the survivors was later murdered": someone the toll told
	// before did not count, for he had survived.
	if toks[p.head].Is("survivors", "survivor") && p.head >= 2 && toks[p.head-1].Is("the") && toks[p.head-2].Is("of") {
		return true
	}
	// "His wife, who tried to save him, was injured and later
	// succumbed": the kin of someone told before, opening the sentence,
	// is another person.
	if p.head == 1 && toks[0].Is("his", "her", "their") && toks[1].Is(relativeNouns...) {
		return true
	}
	// "killing four more": a bare count with "more" after it, the object
	// of a verb of harm (not "A, B and one more succumbed", a list's last
	// name).
	if p.hasQ && p.head == p.q.Last && p.head+1 < len(toks) && toks[p.head+1].Is("more") &&
		p.q.First > 0 && toks[p.q.First-1].Is("killing", "injuring", "wounding", "leaving") {
		return true
	}
	// "Eight more died in hospital": the same as the subject opening
	// the sentence.
	if p.hasQ && p.head == p.q.Last && lex.HasAt(toks, p.head+1, "more") && (p.q.First == 0 || toks[p.q.First-1].Is(";", ":")) {
		return true
	}
	for k := min(p.first, p.head); k <= p.head && k < len(toks); k++ {
		if toks[k].Is("more", "another", "further", "additional") {
			return true
		}
		// "a second woman", "a third victim".
		if toks[k].Is("second", "third", "fourth") && k > 0 && toks[k-1].Is("a") {
			return true
		}
	}
	return false
}

// alsoOne reports whether one victim of the subject before the casualty
// word at v is told as dying too: "The driver of the vehicle, a
// civilian, also died in the blast", "A villager was also killed", "A
// Maoist was also killed in the clash" (after the rival group's dead).
// One so told is one more than the toll before; many are often the same
// toll told again, and attackers "also killed" are left out of a
// victims' toll (see toldAsMore).
func alsoOne(toks []lex.Token, v int, p np) bool {
	if p.head >= v || p.category != Civilians && p.category != Security && p.category != Militants || p.hasQ && p.q.Value != 1 || plural(toks[p.head].Lower) {
		return false
	}
	// ("The Maoist was also killed": a cadre named with "the" is one
	// told before.)
	if p.category == Militants && !toks[p.first].Is("a", "an", "one") {
		return false
	}
	return v > 0 && toks[v-1].Is("also") && (toks[v].Is("died", "perished", "succumbed") || v > 1 && isAux(toks[v-2]))
}

func w0(w string, ws ...string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func kindIndex(k string) int {
	switch k {
	case Killed:
		return 0
	case Injured:
		return 1
	case Abducted:
		return 2
	}
	return 3
}

func plural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "police", "personnel", "troops", "militants", "khwarij", "khawarij", "levies", "cadres", "others", "police personnel",
		"passers-by", "passersby", "bystanders":
		return true
	}
	return len(w) > 3 && (w[len(w)-1] == 's' && w[len(w)-2] != 's' || strings.HasSuffix(w, "men"))
}

// personAt returns the category of a person noun at i ("" with ok for
// "others"), using actor hints for names the dictionary knows.
func personAt(toks []lex.Token, i int, hints []Hint) (string, bool) {
	// Callers look a word or two ahead ("an injured SPO"): the sentence
	// may end first.
	if i < 0 || i >= len(toks) {
		return "", false
	}
	c, ok := personSide(toks, i, hints)
	if ok && c == Security && outOfService(toks, i) {
		return Civilians, true
	}
	// "a 'lance corporal' of ULFA-I", "'captain' Rajesh": a rank in
	// quotes is one an armed group gives itself, not the state's.
	if ok && c == Security && quotedTitle(toks, i) {
		c = Militants
	}
	if ok && c == Militants && laidDownArms(toks, i) {
		// "A surrendered Maoist who had joined the DRG": a cadre who
		// came over to the forces is theirs.
		if joinedForce(toks, i, hints) {
			return Security, true
		}
		return Civilians, true
	}
	return c, ok
}

// whoVerbAt returns the index of the verb of a "who" clause told of the
// noun at i (", who had joined", "' who surrendered"), or -1.
func whoVerbAt(toks []lex.Token, i int) int {
	k := i + 1
	if k < len(toks) && toks[k].Is("'", "’") {
		k++
	}
	// "a former 'area commander' of the CPI-Maoist, Ramesh Oraon, who
	// had surrendered": the clause may follow the group he was of and
	// his name set off by commas.
	if lex.HasAt(toks, k, "of") {
		m := k + 1
		if lex.HasAt(toks, m, "the") {
			m++
		}
		for n := m; m < len(toks) && m < n+4 && !toks[m].Punct && isCap(toks[m].Text); m++ {
		}
		if m > k+1 && !toks[m-1].Is("the") {
			k = m
		}
	}
	if k+2 < len(toks) && toks[k].Is(",") && isCap(toks[k+1].Text) && !toks[k+1].Punct && !toks[k+1].Is("who") {
		m := k + 1
		for m < len(toks) && m <= k+4 && isCap(toks[m].Text) && !toks[m].Punct {
			m++
		}
		if lex.HasAt(toks, m, ",", "who") {
			k = m
		}
	}
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	if !lex.HasAt(toks, k, "who") {
		return -1
	}
	k++
	if k < len(toks) && toks[k].Is("had", "has") {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	return k
}

// joinedForce reports whether a clause after the noun at i tells that
// he joined a force: "who had joined the DRG", "who joined the Police
// as an SPO".
func joinedForce(toks []lex.Token, i int, hints []Hint) bool {
	k := whoVerbAt(toks, i)
	if k < 0 || !toks[k].Is("joined") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if s, ok := sideWord(toks[j].Lower); ok && s == Security {
			return true
		}
		if hinted(toks, j, hints) && militantWord(toks, j, hints) {
			return false
		}
		if stateHinted(toks, j, hints) {
			return true
		}
	}
	return false
}

// quotedTitle reports whether the word at i stands inside single quotes
// with at most two other words: "'lance corporal'", "'self-styled
// captain'".
func quotedTitle(toks []lex.Token, i int) bool {
	open := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("'", "‘") {
			open = true
			break
		}
		if toks[k].Punct {
			return false
		}
	}
	if !open {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Is("'", "’") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// laidDownArms reports whether the militant word at i is told as one who
// has left the armed group: "a surrendered Maoist", "a 'commander' who
// had surrendered in 2012". Killed by his former comrades or by unknown
// gunmen, he is counted among civilians, as a former soldier is.
func laidDownArms(toks []lex.Token, i int) bool {
	// "a former Maoist", "an ex-Naxalite": a Maoist who left the party,
	// whom it kills as a traitor, is counted among civilians; but not
	// "two former cadres of a rival outfit", told by their group, nor a
	// "former militant" of other conflicts, whose past tells less.
	exCadre := toks[i].Is(exCadreWords...) && !groupAfter(toks, i)
	if exCadre && strings.HasPrefix(toks[i].Lower, "ex-") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.Is("surrendered") || exCadre && t.Is("former") {
			return true
		}
		// ("a surrendered woman Maoist": her sex stands between.)
		if t.Is("'", "‘", "’", "woman", "women", "female", "lady") {
			continue
		}
		if t.Punct || !isModifier(t) && !isCap(t.Text) {
			break
		}
	}
	k := whoVerbAt(toks, i)
	return k >= 0 && toks[k].Is("surrendered")
}

// exCadreWords are the nouns of India's Maoist cadres that "former" or
// "ex-" turns into civilians.
var exCadreWords = []string{"maoist", "maoists", "naxalite", "naxalites", "naxal", "naxals", "cadre", "cadres",
	"ex-maoist", "ex-maoists", "ex-naxalite", "ex-naxalites", "ex-naxal", "ex-naxals", "ex-cadre", "ex-cadres"}

// groupAfter reports whether the militant word at i is told by the
// group he was of ("former cadres of a rival outfit", "a former Naxalite
// of the Janashakti group"): one of another group, or still of it.
func groupAfter(toks []lex.Token, i int) bool {
	return lex.HasAt(toks, i+1, "of")
}

// outOfService reports whether the security word at i is told as no
// longer serving ("a former home guard", "a retired police constable",
// "ex-army man"): ACLED and incident lists count such victims among
// civilians.
func outOfService(toks []lex.Token, i int) bool {
	if strings.HasPrefix(toks[i].Lower, "ex-") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.Is("former", "retired") || strings.HasPrefix(t.Lower, "ex-") {
			return true
		}
		if t.Punct || !isModifier(t) && !isCap(t.Text) && !looseModifier(t) {
			return false
		}
	}
	return false
}

// personSide is personAt before the out-of-service check.
func personSide(toks []lex.Token, i int, hints []Hint) (string, bool) {
	if i+1 < len(toks) && toks[i+1].Is("station", "stations", "post", "outpost", "headquarters", "camp", "lines", "thana", "chowki", "limits") {
		// "Sankrail Police Station area": a place, not people.
		return "", false
	}
	if toks[i].Is("station", "thana", "chowki", "outpost") && (lex.HasAt(toks, i+1, "area") || lex.HasAt(toks, i+1, "limits") || lex.HasAt(toks, i+1, "jurisdiction")) {
		// "... in Bhimpur Police Station area, was found dead": the
		// station names the area (the actor dictionary's "police
		// station" is only a place word here).
		return "", false
	}
	if i+1 < len(toks) && toks[i].Is("militant", "terrorist", "maoist", "naxal", "insurgent", "rebel", "extremist", "separatist") &&
		toks[i+1].Is("attack", "attacks", "ambush", "violence", "activities", "activity", "hideout", "hideouts", "camp", "camps", "group", "groups", "outfit", "outfits", "organisation", "organization", "module", "movement") {
		// "injured in a militant attack": the word names the attack.
		return "", false
	}
	if i+1 < len(toks) && toks[i+1].Is("kangaroo", "court", "courts", "adalat") && (militantWord(toks, i, hints) || toks[i].Is("maoist", "maoists")) {
		// "branded an informer by a CPI-Maoist kangaroo court and
		// beheaded": the group names its court, not its dead.
		return "", false
	}
	for _, h := range hints {
		if toks[i].Start >= h.Start && toks[i].End <= h.End && h.Category != "" {
			// Only the last word of an actor name is its head. ("a Home
			// Guard's son": the possessive of the name's last word
			// reaches past the name, but is its word.)
			if i+1 < len(toks) && toks[i+1].Start < h.End {
				return "", false
			}
			// "a member of the Salwa Judum": an armed non-state side the
			// lexicon names (the vigilante campaign) is so counted, even
			// when the caller takes it for an ally of the state. (A
			// "former" one keeps the reading of a former member.)
			if s, ok := sideWords[toks[i].Lower]; ok && s == Militants && h.Category == Security && !outOfService(toks, i) {
				return Militants, true
			}
			return h.Category, true
		}
	}
	// "an Assistant Sub-Inspector", "Assistant Commandant": a rank's
	// first word, not a person of its own ("the driver and his
	// assistant").
	if toks[i].Is("assistant", "assistants") && i+1 < len(toks) && !toks[i+1].Punct && (isCap(toks[i+1].Text) || persons[toks[i+1].Lower] != "" || toks[i+1].Is("sub")) {
		return "", false
	}
	c, ok := persons[toks[i].Lower]
	if !ok {
		// "a jawan's father": the possessive names the person too (the
		// phrase readers take the noun after it as the head).
		if base, cut := strings.CutSuffix(toks[i].Lower, "'s"); cut && base != "" {
			c, ok = persons[base]
		} else if base, cut := strings.CutSuffix(toks[i].Lower, "’s"); cut && base != "" {
			c, ok = persons[base]
		}
	}
	if !ok {
		// "contractor-cum-trader", "ex-serviceman": the last part names it.
		// ("the anti-Maoist Nagarik Suraksha Samiti": a word against a
		// side names no one of it.)
		w := toks[i].Lower
		if j := strings.LastIndexByte(w, '-'); j > 0 && !strings.HasPrefix(w, "anti-") && !strings.HasPrefix(w, "counter-") {
			c, ok = persons[w[j+1:]]
		}
		if !ok {
			return "", false
		}
	}
	// "Balaram Naik (35), a farmer": a rank word that follows a given
	// name is the man's surname, not his rank.
	if toks[i].Is("naik") && isCap(toks[i].Text) && i > 0 && isCap(toks[i-1].Text) && !toks[i-1].Punct {
		if _, rank := persons[toks[i-1].Lower]; !rank {
			if _, side := sideWords[toks[i-1].Lower]; !side {
				return "", false
			}
		}
	}
	// India's Home Guards are an auxiliary police force: "a Home Guard
	// jawan", "two home guards".
	if toks[i].Is("guard", "guards") && i > 0 && toks[i-1].Is("home") {
		return Security, true
	}
	// "a mandal parishad president and his gunman": in India a
	// politician's gunman is the police guard posted with him, not an
	// attacker.
	if toks[i].Is("gunman") && i > 0 && toks[i-1].Is("his", "her") {
		return Security, true
	}
	// An informer is a civilian whoever he informs ("Police informer").
	if toks[i].Is("informer", "informers") {
		return Civilians, true
	}
	// "three brave sons of soil embraced shahadat": ISPR's name for its
	// soldiers.
	if toks[i].Is("sons", "son") && (lex.HasAt(toks, i+1, "of", "soil") || lex.HasAt(toks, i+1, "of", "the", "soil")) {
		return Security, true
	}
	// "The Taliban's border brigade said two of its members had been
	// killed", "The NRF confirmed that three of its members were
	// martyred": the members of the body that speaks are of its side.
	if c == Civilians && toks[i].Is("member", "members") && i > 0 && toks[i-1].Is("its", "their") {
		if s, ok := speakersSide(toks, i, hints); ok {
			return s, true
		}
	}
	// "ISKP members", "Daesh (ISKP) members": the armed group named
	// right before its members.
	if c == Civilians && toks[i].Is("member", "members") && i > 0 {
		j := i - 1
		if toks[j].Is(")") && j >= 2 {
			j--
		}
		// A hint's side wins over the word's: the Taliban's members are
		// the state's forces once it rules.
		hinted := hintCovers(toks, j, hints, func(Hint) bool { return true })
		side, _ := sideWord(toks[j].Lower)
		if hintCovers(toks, j, hints, func(h Hint) bool { return h.Category == Militants }) || !hinted && side == Militants {
			return Militants, true
		}
	}
	// "two members of the PCPA", "supporters of the CPI-Maoist": the
	// members of an armed group are of its side.
	if c == Civilians && toks[i].Is("member", "members", "supporter", "supporters", "activist", "activists",
		"sympathiser", "sympathisers", "sympathizer", "sympathizers", "leader", "leaders", "worker", "workers",
		"chief", "secretary", "founder") {
		j := i + 1
		// "a 'divisional committee member' of the CPI-Maoist".
		if j+1 < len(toks) && toks[j].Is("'", "’") && toks[j+1].Is("of") {
			j++
		}
		if lex.HasAt(toks, j, "of", "the") {
			j += 2
		} else if lex.HasAt(toks, j, "of") {
			j++
		}
		if j > i+1 && j < len(toks) && toks[i].Is("member", "members") {
			if forcesAfter(toks, j) {
				return Security, true
			}
		}
		if j > i+1 && j < len(toks) {
			if s, ok := sideWord(toks[j].Lower); ok && s == Militants {
				return Militants, true
			}
			// "sympathisers of the extremist group".
			if persons[toks[j].Lower] == Militants {
				return Militants, true
			}
			if hintCovers(toks, j, hints, func(h Hint) bool { return h.Category == Militants }) {
				return Militants, true
			}
			// "two members of the Chetna Natya Manch (CNM), a cultural
			// wing of the CPI-Maoist": a group set off as the armed
			// group's own.
			if wingOfArmedGroup(toks, j, hints) {
				return Militants, true
			}
		}
	}
	// "a Maoist 'dalam member'", "a 'jan militia' member": a rank an
	// armed group gives, in quotes, is its member's whatever the noun.
	if c == Civilians && inGroupQuotes(toks, i, hints) {
		return Militants, true
	}
	// Words that name a side before the noun decide its category; an
	// attacker stays an attacker ("suicide bombers", "Taliban gunmen"):
	// the side word says whose he is, and his death is no victim's.
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// "Three Taliban members" in an Afghan story since the Taliban
		// took power: the group is the state's force it became.
		if c != "" && c != Perpetrators && inPowerHinted(toks, k, hints) {
			return Security, true
		}
		if s, ok := sideWord(toks[k].Lower); ok && c != "" && !(c == Perpetrators && s == Militants) {
			if toks[i].Is("guard", "guards") && toks[k].Is("security", "private") {
				return Civilians, true
			}
			// "an Army porter", "a police station's cook": hired
			// civilians who carry or cook for a force stay civilians,
			// as incident coders count them.
			if toks[i].Is("porter", "porters", "cook", "cooks") {
				return Civilians, true
			}
			// "Maoist militia members", "a Jan Militia commander": the
			// militia of an armed group is of its side, not the state's.
			// ("Three militia members were killed in an encounter with
			// the CoBRA": a militia no word before gives to the state is
			// an armed group's; "pro-government militia members" are
			// the state's.)
			if toks[k].Is("militia") && (k > 0 && (toks[k-1].Is("jan", "people's") || militantWord(toks, k-1, hints)) || !stateMilitia(toks, k)) {
				return Militants, true
			}
			return s, true
		}
		// "coal company officers", "forest officials": the officers of
		// a firm or a civil service are no security force.
		if k == i-1 && toks[i].Is("officer", "officers") && civilService[toks[k].Lower] {
			return Civilians, true
		}
		// Only the words right before the noun modify it: "killed six
		// terrorists" is not about "forces" three words back.
		if toks[k].Punct || !isModifier(toks[k]) || toks[k].Is("the", "of", "his", "their", "its", "her") {
			break
		}
	}
	return c, true
}

// colonList reads the people listed one by one after a colon that
// follows the phrase whose head is at h in its clause: ": a Police
// Patil at Gatta and a contractor's supervisor at Bhamragad". Each item
// opens with "a", "an" or "one" and names a person of a known side.
func colonList(toks []lex.Token, h int, hints []Hint) []np {
	c := -1
	for k := h + 1; k < len(toks) && k <= h+12; k++ {
		if toks[k].Is(":") {
			c = k
			break
		}
		if toks[k].Punct && !toks[k].Is(",") {
			return nil
		}
	}
	if c < 0 {
		return nil
	}
	var items []np
	for k := c + 1; k < len(toks) && !toks[k].Is(".", ";"); k++ {
		if !(k == c+1 || toks[k-1].Is(",", "and")) {
			continue
		}
		if !toks[k].Is("a", "an", "one") {
			return nil
		}
		p, ok := phraseAfter(toks, k, hints)
		if !ok || p.category == "" || p.category == Unknown {
			return nil
		}
		if p.first == 0 {
			p.first = k
		}
		items = append(items, p)
		k = p.head
	}
	return items
}

// wingOfArmedGroup reports whether the name at j, in capitals, is set off
// as a wing, front or outfit of an armed group: "the Chetna Natya Manch
// (CNM), a cultural wing of the CPI-Maoist", "the DAKMS, a frontal
// organisation of the Maoists".
func wingOfArmedGroup(toks []lex.Token, j int, hints []Hint) bool {
	k := j
	for k < len(toks) && k < j+9 && (isCap(toks[k].Text) && !toks[k].Punct || toks[k].Is("(", ")")) {
		k++
	}
	if k == j || !lex.HasAt(toks, k, ",") || k+1 >= len(toks) || !toks[k+1].Is("a", "an", "the") {
		return false
	}
	for m := k + 2; m+1 < len(toks) && m <= k+6; m++ {
		if toks[m].Punct {
			return false
		}
		if toks[m].Is("wing", "front", "organisation", "organization", "outfit", "arm", "unit", "body") && toks[m+1].Is("of") {
			g := m + 2
			if lex.HasAt(toks, g, "the") {
				g++
			}
			return g < len(toks) && militantWord(toks, g, hints)
		}
	}
	return false
}

// stateMilitia reports whether a word right before "militia" at k gives
// it to the state: "pro-government militia", "a government-backed
// militia", "anti-Taliban militia", "village defence militia".
func stateMilitia(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := toks[j].Lower
		if s, ok := sideWord(w); ok && s == Security {
			return true
		}
		if toks[j].Is("government", "defence", "defense", "village", "tribal", "local", "civil") || strings.HasPrefix(w, "anti-") ||
			strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "government-") || strings.HasSuffix(w, "-backed") {
			return true
		}
		if toks[j].Punct {
			return false
		}
	}
	return false
}

// appositiveSide returns the side of the noun phrase set off by a comma
// after a name ending at e: "Vikram Gowda, a wanted CPI-Maoist leader",
// "Madvi Hidma, a DRG jawan". A phrase with a count of its own is no
// apposition ("Hidma, two villagers and ...").
func appositiveSide(toks []lex.Token, e int, hints []Hint) (string, int, bool) {
	if !lex.HasAt(toks, e+1, ",") || !lex.HasAt(toks, e+2, "a") && !lex.HasAt(toks, e+2, "an") {
		return "", 0, false
	}
	p, ok := phraseAfter(toks, e+2, hints)
	if !ok || p.category == "" || p.category == Unknown || p.category == Perpetrators || p.q.Value > 1 {
		return "", 0, false
	}
	return p.category, p.head, true
}

// appositionEnd returns the last word of an apposition whose head is at
// h when a comma closes it, or 0 when the sentence or clause goes on
// otherwise: in "Jagat Pujari, a BJP leader and former Janpad Panchayat
// member, and his son", the word "member".
func appositionEnd(toks []lex.Token, h int) int {
	for k := h + 1; k < len(toks) && k <= h+8; k++ {
		if toks[k].Is(",") {
			return k - 1
		}
		if toks[k].Punct || toks[k].Is("who", "which", "at", "in", "near", "on", "from") {
			return 0
		}
		if kd, _ := verbAt(toks, k); kd != "" {
			return 0
		}
	}
	return 0
}

// groupUnits are the words of an armed group's own units that SATP sets
// in quotes: "'jan militia' member", "'dalam' commander", "'sangham'
// member".
var groupUnits = map[string]bool{"militia": true, "dalam": true, "dalams": true, "sangham": true, "sanghams": true, "plga": true}

// inGroupQuotes reports whether the noun at i carries a title in quotes
// (inside them, or right after them) that an armed group gives: the word
// before the quotes names the group ("a Maoist 'dalam member'", "a
// CPI-Maoist 'area committee member'") or the quotes hold one of its
// units ("a 'jan militia' member").
func inGroupQuotes(toks []lex.Token, i int, hints []Hint) bool {
	// Most nouns stand with no quote near: look for one first.
	end := i
	if i > 0 && toks[i-1].Is("'", "’") {
		end = i - 1
	} else if !(i+1 < len(toks) && toks[i+1].Is("'", "’")) {
		return false
	}
	for o := end - 1; o >= 0 && o >= end-5; o-- {
		t := toks[o]
		if t.Is("'", "‘") {
			if o == end-1 {
				return false
			}
			return o > 0 && militantWord(toks, o-1, hints)
		}
		if t.Punct {
			return false
		}
		if groupUnits[t.Lower] && (t.Lower != "militia" || o > 0 && toks[o-1].Is("jan", "people's")) {
			return true
		}
	}
	return false
}

// hinted reports whether the word at k lies inside an actor name the
// caller recognised.
func hinted(toks []lex.Token, k int, hints []Hint) bool {
	return hintCovers(toks, k, hints, func(h Hint) bool { return h.Category != "" })
}

// hintCovers reports whether a hint for which ok holds covers the word
// at k.
func hintCovers(toks []lex.Token, k int, hints []Hint, ok func(Hint) bool) bool {
	for _, h := range hints {
		if toks[k].Start >= h.Start && toks[k].End <= h.End && ok(h) {
			return true
		}
	}
	return false
}

// stateHinted reports whether the word at k lies in an actor name the
// caller recognised as a state force.
func stateHinted(toks []lex.Token, k int, hints []Hint) bool {
	return hintCovers(toks, k, hints, func(h Hint) bool { return h.Category == Security })
}

// inPowerHinted reports whether the word at k lies in the name of an
// armed group the caller names as the state force it became.
func inPowerHinted(toks []lex.Token, k int, hints []Hint) bool {
	return hintCovers(toks, k, hints, func(h Hint) bool { return h.InPower })
}

// militantWord reports whether the word at k names an armed group's
// side, by the lexicon or by an actor the caller recognised.
func militantWord(toks []lex.Token, k int, hints []Hint) bool {
	if s, ok := sideWord(toks[k].Lower); ok && s == Militants {
		return true
	}
	return hintCovers(toks, k, hints, func(h Hint) bool { return h.Category == Militants })
}

// sideWord returns the side a word before a person noun names, reading
// a group's hyphenated name by its last part ("CPI-Maoist leader" is a
// Maoist's), but not its opponents' ("anti-Maoist squad").
func sideWord(w string) (string, bool) {
	if s, ok := sideWords[w]; ok {
		return s, true
	}
	// "the CPI-Maoist's Jharkhand unit": the group's possessive.
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if j := strings.LastIndexByte(w, '-'); j > 0 && !strings.HasPrefix(w, "anti-") && !strings.HasPrefix(w, "counter-") {
		if s, ok := sideWords[w[j+1:]]; ok && s == Militants {
			return s, true
		}
	}
	return "", false
}

// speakerSays are the verbs after the body whose members a sentence counts.
var speakerSays = lex.WordSet("said says confirmed confirms stated reported told admitted acknowledged")

// speakersSide returns the side of the body that speaks before the verb
// of saying ahead of i, read from the last word of its name that names a
// side: "The Taliban's border brigade in Paktia said" is a force's
// ("border"), "The NRF confirmed" an armed group's, by the actor the
// caller recognised (the Taliban in power read as the state's force).
func speakersSide(toks []lex.Token, i int, hints []Hint) (string, bool) {
	v := -1
	for k := 1; k < i; k++ {
		if speakerSays[toks[k].Lower] {
			v = k
			break
		}
	}
	side := ""
	for k := 0; k < v; k++ {
		if toks[k].Punct {
			continue
		}
		if inPowerHinted(toks, k, hints) {
			side = Security
			continue
		}
		for _, h := range hints {
			if toks[k].Start >= h.Start && toks[k].End <= h.End && (h.Category == Security || h.Category == Militants) {
				side = h.Category
			}
		}
		if s, ok := sideWord(toks[k].Lower); ok && (s == Security || s == Militants) {
			side = s
		}
	}
	return side, side != ""
}

// forcesAfter reports whether the phrase from j, after "members of (the)",
// names a state force by its side word within its first four words:
// "three members of the forces", "members of the Islamic Emirate's
// security forces", "two members of the border brigade". An armed
// group's side word before it ("members of the Taliban") is read by the
// caller; "members of a family" names none.
func forcesAfter(toks []lex.Token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].Punct || toks[k].Is("of", "and", "who", "which", "were", "was") {
			return false
		}
		if s, ok := sideWords[toks[k].Lower]; ok {
			return s == Security
		}
	}
	return false
}

// civilService are the words before "officer" that make him a civilian
// official or employee rather than a police or army officer.
var civilService = map[string]bool{
	"company": true, "firm": true, "bank": true, "corporation": true, "forest": true, "revenue": true,
	"development": true, "election": true, "polling": true, "medical": true, "postal": true, "railway": true,
	// The presiding officer of a polling booth is an election official.
	"presiding": true,
}

// modifier words that may stand between a count and its noun.
func isModifier(t lex.Token) bool {
	if t.Punct {
		return false
	}
	if _, ok := sideWords[t.Lower]; ok {
		return true
	}
	switch t.Lower {
	case "pakistani", "afghan", "indian", "chinese", "local", "innocent", "unarmed", "armed", "suspected",
		"alleged", "other", "more", "senior", "junior", "young", "old", "elderly", "female", "male", "foreign",
		"hardcore", "wanted", "top", "the", "of", "his", "their", "its", "her", "fellow", "unidentified",
		"unknown", "heavily", "suicide", "baloch", "pashtun", "hazara", "shia", "sunni", "christian",
		"hindu", "sikh", "ahmadi", "tribal", "village", "ward", "panchayat", "former", "retired", "off-duty",
		"on-duty", "duty", "jail", "prison", "bomb", "disposal", "squad", "personnel", "men", "troops",
		"special", "elite", "sub", "head", "assistant", "deputy", "political", "party", "religious", "these",
		"those", "them", "said", "terror", "its'", "school", "government", "health", "polio", "levy",
		"highway", "traffic", "anti-terrorism", "counter-terrorism", "frontier", "corps", "khwarij", "other's", "own":
		return true
	}
	// A capitalised word inside the phrase: a unit or group name ("FC", "BLA").
	return len(t.Text) > 0 && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// ofComplementBefore reads back from e over an "of" complement of
// capitalised words ("of Police", "of the State Police") and the
// abbreviation in brackets before it, and returns the token before
// them: in "an Assistant Sub-Inspector (ASI) of Police", the rank.
func ofComplementBefore(toks []lex.Token, e int) (int, bool) {
	m := e
	for m >= 0 && m > e-4 && (toks[m].Is("the") || isCap(toks[m].Text) && !toks[m].Punct) {
		m--
	}
	if m == e || m < 1 || !toks[m].Is("of") {
		return 0, false
	}
	m--
	if m >= 2 && toks[m].Is(")") && toks[m-2].Is("(") && acronym(toks[m-1].Text) {
		m -= 3
	}
	return m, m >= 0
}

// bothNamed reads the two people "both" stands for after the casualty
// word at v: a singular person phrase, "and", and another right before
// the clause of v ("shot at a Policeman and his son, injuring both").
func bothNamed(toks []lex.Token, v int, kind string, hints []Hint) ([]Figure, bool) {
	k := v - 1
	if k >= 0 && toks[k].Is(",") {
		k--
	}
	if k < 3 {
		return nil, false
	}
	c2, ok := personAt(toks, k, hints)
	if !ok || c2 == "" || c2 == Perpetrators {
		return pairNamedBefore(toks, k, v, kind, hints)
	}
	// "attacked two soldiers, injuring both".
	if plural(toks[k].Lower) {
		if q, first, ok := countBefore(toks, k); ok && !q.Vague && q.Value == 2 {
			return []Figure{{Kind: kind, Category: c2, Count: 2, Bound: lex.BoundExact, Start: toks[first].Start, End: toks[v].End}}, true
		}
		return nil, false
	}
	second := k
	j := k - 1
	for j >= 0 && toks[j].Is("his", "her", "their", "the", "a", "an") {
		j--
	}
	if j < 1 || !toks[j].Is("and") {
		return nil, false
	}
	first := j - 1
	c1, ok := personAt(toks, first, hints)
	if !ok || c1 == "" || c1 == Perpetrators || plural(toks[first].Lower) {
		return nil, false
	}
	one := func(c string, i int) Figure {
		return Figure{Kind: kind, Category: c, Count: 1, Bound: lex.BoundExact, Start: toks[i].Start, End: toks[v].End}
	}
	return []Figure{one(c1, first), one(c2, second)}, true
}

// pairNamedBefore reads the two people "both" stands for when words of
// place or doing stand between them and the clause of v: "opened fire on
// two labourers working at a construction site in the Gichk area, killing
// both". The nearest person phrase back from k, within the clause's
// sentence and a dozen words, must count two.
func pairNamedBefore(toks []lex.Token, k, v int, kind string, hints []Hint) ([]Figure, bool) {
	for j := k; j >= 1 && j >= k-12; j-- {
		if toks[j].Is(";", ".") {
			return nil, false
		}
		c, ok := personAt(toks, j, hints)
		if !ok || c == "" {
			continue
		}
		if c == Perpetrators || !plural(toks[j].Lower) {
			return nil, false
		}
		if q, first, ok := countBefore(toks, j); ok && !q.Vague && q.Value == 2 {
			return []Figure{{Kind: kind, Category: c, Count: 2, Bound: lex.BoundExact, Start: toks[first].Start, End: toks[v].End}}, true
		}
		return nil, false
	}
	return nil, false
}

// moreInjuredDiedAt reads "three more injured succumbed to their
// wounds": deaths among the wounded, told with no "of".
func moreInjuredDiedAt(toks []lex.Token, i int) (Figure, int, bool) {
	// Every token is tried: look for "more" before asking whether the
	// token starts a count, which costs more.
	more := false
	for j := i + 1; j < len(toks) && j <= i+3 && !more; j++ {
		more = toks[j].Is("more")
	}
	if !more || i+3 >= len(toks) || !isNumberWord(toks, i) {
		return Figure{}, 0, false
	}
	q, ok := quantityAt(toks, i)
	if !ok || q.Vague || q.Last+2 >= len(toks) || !toks[q.Last+1].Is("more") || !toks[q.Last+2].Is("injured", "wounded") {
		return Figure{}, 0, false
	}
	hurt := q.Last + 2
	cat := Unknown
	for d := hurt + 1; d < len(toks) && d <= hurt+3; d++ {
		if toks[d].Is("died", "succumbed", "dies", "succumbs") {
			return Figure{Kind: Killed, Category: cat, Count: int(q.Value), Bound: q.Bound, More: true, WereInjured: true, Start: toks[i].Start, End: toks[d].End}, d, true
		}
		// "two more injured policemen succumbed": the noun gives the
		// side of the wounded who died.
		if c := persons[toks[d].Lower]; d == hurt+1 && plural(toks[d].Lower) && !toks[d].Is("persons", "people", "individuals") && (c == Security || c == Militants || c == Civilians) {
			cat = c
			continue
		}
		if !toks[d].Is("later", "persons", "people", "has", "have", "had", "subsequently", "also") {
			break
		}
	}
	return Figure{}, 0, false
}

// includedPart reports whether a figure was read from the list after
// "including" that breaks down a figure before it.
func includedPart(toks []lex.Token, f Figure) bool {
	i := tokenAt(toks, f.Start)
	return i > 0 && i < len(toks) && toks[i-1].Is("including")
}

// quotedRank returns the person noun of a title in quotes right after
// the word at k when it is of the side c: "Maoist 'area commander'",
// "CPI-Maoist 'zonal commander'".
func quotedRank(toks []lex.Token, k int, c string, hints []Hint) (int, bool) {
	if k+1 >= len(toks) || !toks[k+1].Is("'", "‘") {
		return 0, false
	}
	for m := k + 2; m < len(toks) && m <= k+5; m++ {
		if toks[m].Is("'", "’") {
			if c2, ok := personAt(toks, m-1, hints); ok && c2 == c {
				return m - 1, true
			}
			return 0, false
		}
		if toks[m].Punct {
			return 0, false
		}
	}
	return 0, false
}

// sideNounAfter finds a person noun of an armed side within the three
// modifier words after k: "woman [CPI-Maoist] cadre".
func sideNounAfter(toks []lex.Token, k int, hints []Hint) (int, string, bool) {
	for m, n := k+1, 0; m < len(toks) && n < 3; m++ {
		// "a hardcore PLFI 'area commander'": quotes round a rank.
		if toks[m].Is("'", "‘", "’") {
			continue
		}
		n++
		if c, ok := personAt(toks, m, hints); ok && (c == Militants || c == Security) {
			return m, c, true
		}
		if !isModifier(toks[m]) && !(n > 1 && looseModifier(toks[m])) {
			break
		}
	}
	return 0, "", false
}

// unfamiliarPerson reports whether the words from i form a short singular
// noun phrase ending the clause ("gram rakhi,", "village head of Urubali"),
// which after a killing verb names its victim.
func unfamiliarPerson(toks []lex.Token, i int) bool {
	_, ok := unfamiliarEnd(toks, i)
	return ok
}

// unfamiliarEnd returns the last word of the phrase unfamiliarPerson
// accepts, so that a list after it ("and one guard") can be read.
func unfamiliarEnd(toks []lex.Token, i int) (int, bool) {
	n := 0
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.Punct || t.Is("of", "in", "at", "near", "and", "on", "after", "for", "identified", "who", "from") {
			return k - 1, n > 0 && !plural(toks[k-1].Lower)
		}
		if _, verb := verbs[t.Lower]; verb || isCap(t.Text) || isNumber(t.Lower) {
			return 0, false
		}
		n++
	}
	return 0, false
}

// deathInClauseBefore reports whether the clause before i tells of the
// dead: "the body of the sarpanch, with bullet injuries", "was found dead
// with injuries". The clause ends at "and", "while", "when", "but" or a
// semicolon, not at a comma.
func deathInClauseBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.Is("and", "while", "when", "but", "whereas", ";", ".") {
			return false
		}
		if t.Is("body", "bodies", "dead", "killed", "died", "death", "succumbed", "slain") {
			return true
		}
	}
	return false
}

// capitalTitleEnd returns the last word of a title in capitals of one to
// four words from i that the lexicon does not know ("Gram Rozgar Sevak"),
// ended by a comma, a full stop or a preposition; 0 when there is none.
// Words naming a side or a force ("CRPF", "Maoist") make it no title.
func capitalTitleEnd(toks []lex.Token, i int) int {
	for k := i; k < len(toks) && k < i+5; k++ {
		t := toks[k]
		if k > i && (t.Punct || t.Is("and", "in", "at", "near", "on", "of", "from", "by", "after", "while", "who")) {
			return k - 1
		}
		if t.Punct || !isCap(t.Text) || acronym(t.Text) {
			return 0
		}
		if _, side := sideWords[t.Lower]; side {
			return 0
		}
		if _, person := persons[t.Lower]; person {
			return 0
		}
	}
	return 0
}

// ageWord reports a person's age told as a modifier: "45-year-old",
// "12-years-old".
func ageWord(t lex.Token) bool {
	return strings.HasSuffix(t.Lower, "-year-old") || strings.HasSuffix(t.Lower, "-years-old")
}

// looseModifier accepts an unfamiliar lower-case word or a "45-year-old"
// inside a noun phrase.
func looseModifier(t lex.Token) bool {
	if t.Punct || isCap(t.Text) {
		return false
	}
	// Conjunctions open another clause: in "two others injured as
	// rebels attacked" the rebels are no object of the wounding. "Per"
	// opens the source: in "2 soldiers killed per officials" no official
	// is killed; "including" opens a share of the toll before the verb
	// ("26 killed including the bomber").
	if t.Is("and", "or", "in", "at", "on", "by", "with", "from", "to", "near", "per", "including", "while", "when", "after", "during", "were", "was", "is", "are",
		"as", "because", "since", "though", "although", "until", "till", "before", "whereas", "if", "unless") {
		return false
	}
	_, verb := verbs[t.Lower]
	return !verb
}

// phraseAfter reads a person noun phrase starting at j: optional count,
// modifiers, noun.
func phraseAfter(toks []lex.Token, j int, hints []Hint) (np, bool) {
	if j >= len(toks) {
		return np{}, false
	}
	p := np{first: j}
	k := j
	if toks[j].Is("the", "all", "his", "her", "their", "its") && j+1 < len(toks) && isNumberWord(toks, j+1) {
		// "the body of the two Maoists", "all three attackers", "shot
		// dead his two bodyguards": a count after the article or the
		// possessive.
		j++
	}
	if q, ok := quantityAt(toks, j); ok {
		if sum, last, ok := respectiveCounts(toks, q); ok {
			q.Value, q.Last = sum, last
		}
		p.q, p.hasQ = q, true
		k = q.Last + 1
	} else if toks[j].Is("both") {
		// "injuring both": the two people just named.
		p.q, p.hasQ = lex.Quantity{Value: 2, Bound: lex.BoundExact, First: j, Last: j}, true
		k = j + 1
	}
	// Up to five words between the count and the noun, not counting the
	// capitalised words of a party's name ("a local Rashtriya Janta Dal
	// party leader"), eight in all; a name with "of" in it is counted
	// ("a cadre of the Communist Party of India").
	named := true
	for n, all := 0, 0; k < len(toks) && n < 5 && all < 8 && k-j <= 14; k, all = k+1, all+1 {
		// "a Pakistan Peoples Party (PPP) leader": the abbreviation
		// of the name before is part of it, as is the faction a party's
		// name gives in brackets ("two Jharkhand Party (Naren) leaders").
		if named && k > j && toks[k].Is("(") && k+2 < len(toks) && toks[k+2].Is(")") &&
			(acronym(toks[k+1].Text) || isCap(toks[k+1].Text) && isCap(toks[k-1].Text) && !toks[k-1].Punct) {
			k += 2
			continue
		}
		// "a suspected Nationalist Socialist Council of Nagaland Isak
		// Muivah (NSCN IM) militant": a long name, with "of" between its
		// capitalised words and an abbreviation of two parts, is one
		// modifier.
		if named && k > j && isCap(toks[k-1].Text) && !toks[k-1].Punct {
			if toks[k].Is("of") && k+1 < len(toks) && isCap(toks[k+1].Text) && !toks[k+1].Punct {
				all--
				continue
			}
			if toks[k].Is("(") && k+3 < len(toks) && acronym(toks[k+1].Text) && acronym(toks[k+2].Text) && toks[k+3].Is(")") {
				k += 3
				continue
			}
		}
		if named && k > j && isCap(toks[k].Text) && !toks[k].Punct {
			all-- // the words of a name count as one
		}
		// "a 'divisional committee member' of the CPI-Maoist": quotes
		// round a title. (A quote that opens the phrase closes the
		// words before it: "a 'targeted killing' of the worker".)
		if k > j && toks[k].Is("'", "‘", "’") {
			continue
		}
		named = named && !toks[k].Is("of", "(")
		if !named || !isCap(toks[k].Text) || toks[k].Punct {
			n++
		}
		if c, ok := personAt(toks, k, hints); ok {
			// "one of the soldiers": keep scanning past "of the".
			p.head, p.category = k, c
			// "a woman Maoist cadre", "two women CPI-Maoist cadres": the
			// sex is an adjective; the side's noun after it is the head.
			// ("a hardcore PLFI 'area commander'": the same for an
			// adjective the lexicon takes as a noun.)
			if toks[k].Is("woman", "women", "female", "man", "men", "girl", "boy", "teenage", "hardcore") {
				if m, c2, ok := sideNounAfter(toks, k, hints); ok {
					p.head, p.category = m, c2
					if r, ok := quotedRank(toks, m, c2, hints); ok {
						p.head = r
					}
					return p, true
				}
			}
			// "a CPI-Maoist 'area commander'": the rank in quotes after
			// the group's name is the head, so that a list joined after
			// it ("and two cadres") is read.
			if r, ok := quotedRank(toks, k, c, hints); ok {
				p.head = r
				return p, true
			}
			// "a District Reserve Guard (DRG) jawan": the person word
			// ends a force's name; the noun after its abbreviation is
			// the head.
			if isCap(toks[k].Text) && k+4 < len(toks) && toks[k+1].Is("(") && toks[k+3].Is(")") && acronym(toks[k+2].Text) {
				if c2, ok := personAt(toks, k+4, hints); ok && c2 != "" {
					p.head, p.category = k+4, c2
					return p, true
				}
			}
			// "a policeman's son", "a CRPF jawan's father": the person
			// after the possessive is the head, of his own side.
			m := k
			if m+1 < len(toks) && possessive(toks[m+1]) {
				if _, ok := personAt(toks, m+1, hints); ok {
					m++
				}
			}
			if m+1 < len(toks) && possessive(toks[m]) {
				if c2, ok := personAt(toks, m+1, hints); ok && c2 != "" {
					p.head, p.category = m+1, c2
					return p, true
				}
			}
			if k+1 < len(toks) && toks[k+1].Is("personnel", "men", "troops", "members", "officials", "officers", "jawans", "cadres", "workers", "fighters", "militants", "soldiers", "guards") {
				if c2, ok := personAt(toks, k+1, hints); ok {
					p.head, p.category = k+1, c2
				}
			} else if k+1 < len(toks) && !toks[k+1].Punct {
				// "three Chinese citizens": a person word used as an
				// adjective; the noun after it is the head, so that a
				// list joined after it ("and their driver") is read.
				if c2, ok := personAt(toks, k+1, hints); ok && c2 != "" && c == c2 {
					p.head = k + 1
				} else if ok && toks[k+1].Is("informer", "informers") {
					// "a Police informer": the force names whom he
					// informs; he is a civilian.
					p.head, p.category = k+1, c2
				} else if ok && c2 != "" && c == "" && toks[k].Is("other", "another") {
					// "two other villagers": the noun names the side.
					p.head, p.category = k+1, c2
				} else if ok && c2 != "" && c2 != Perpetrators && hinted(toks, k, hints) && !outOfService(toks, k) {
					// "a Salwa Judum leader", "a Coast Guard official": an
					// actor's name before a person noun is a modifier and
					// the noun the head, of the side the name's last word
					// gives in the lexicon, or else of the actor's. (A
					// "former" one keeps the reading of a former member.)
					p.head = k + 1
					if s, ok := sideWord(toks[k].Lower); ok {
						p.category = s
					}
				}
			}
			return p, true
		}
		// ("one of their own 'dalam' members": a unit's name in quotes.)
		if !isModifier(toks[k]) && !(n < 3 && looseModifier(toks[k])) && !quotedWord(toks, k) {
			break
		}
	}
	// "a 40-year-old mechanic": an age names a person whatever the noun
	// after it, and one the lexicon does not know as a side's is a
	// civilian.
	if p.hasQ && k >= j+2 && k-2 > p.q.Last-1 && ageWord(toks[k-2]) && !toks[k-1].Punct && !isCap(toks[k-1].Text) && looseModifier(toks[k-1]) {
		p.head, p.category = k-1, Civilians
		return p, true
	}
	// ("wounding a dozen": an article that opens a count is no "a".)
	if p.hasQ && !p.q.Vague && p.q.Value > 0 && !(toks[p.q.First].Is("a", "an") && p.q.Last == p.q.First) {
		// "killing 12 and injuring 20": a bare count of people.
		p.head, p.category = p.q.Last, Unknown
		if k < len(toks) && objectFollows(toks, k) && !toks[k].Is("others") {
			return np{}, false
		}
		return p, true
	}
	return np{}, false
}

// possessiveOf reports whether "his", "her" or "their" stands before the
// noun at h, or before its count: "his associates", "his two aides".
func possessiveOf(toks []lex.Token, h int) bool {
	k := h - 1
	if k > 0 && isNumberWord(toks, k) {
		k--
	}
	return k >= 0 && toks[k].Is("his", "her", "their")
}

// personBefore reports whether a person noun stands before e in the
// sentence.
func personBefore(toks []lex.Token, e int, hints []Hint) bool {
	for k := 0; k < e; k++ {
		if c, ok := personAt(toks, k, hints); ok && c != "" {
			return true
		}
	}
	return false
}

// quotedWord reports whether the word at k stands alone in quotes:
// "'dalam' members".
func quotedWord(toks []lex.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && !toks[k].Punct && toks[k-1].Is("'", "‘") && toks[k+1].Is("'", "’")
}

// ownSide returns the side of the killers whose "own" people the phrase p
// after the verb at v names: "the Maoists killed one of their own 'dalam'
// members" are Maoists, whatever the noun.
func ownSide(toks []lex.Token, p np, v int, hints []Hint) (string, bool) {
	own := false
	for k := p.first + 1; k < p.head && !own; k++ {
		own = toks[k].Is("own") && toks[k-1].Is("their", "its", "his")
	}
	if !own {
		return "", false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if c, ok := personAt(toks, k, hints); ok && (c == Militants || c == Security) {
			return c, true
		}
	}
	return "", false
}

// respectiveCounts reads a run of counts that share one noun and are
// told place by place, "killing 19, 11 and 8 people respectively", as
// their sum. It returns the sum and the last count's token.
func respectiveCounts(toks []lex.Token, q lex.Quantity) (int64, int, bool) {
	if q.Vague {
		return 0, 0, false
	}
	sum, last, n := q.Value, q.Last, 0
	for m := q.Last + 1; m+1 < len(toks) && toks[m].Is(",", "and"); {
		m++
		if toks[m].Is("and") {
			m++
		}
		q2, ok := quantityAt(toks, m)
		if !ok || q2.Vague || toks[q2.First].Is("a", "an", "another") {
			break
		}
		sum, last, n = sum+q2.Value, q2.Last, n+1
		m = q2.Last + 1
	}
	if n == 0 {
		return 0, 0, false
	}
	for m := last + 1; m < len(toks) && m <= last+6 && !toks[m].Is(".", ";"); m++ {
		if toks[m].Is("respectively") {
			return sum, last, true
		}
	}
	return 0, 0, false
}

// phraseBefore finds the person noun phrase a passive or intransitive
// casualty word at v is about. It scans the clause leftwards and prefers
// the nearest noun that carries a count ("Three troopers of the SSB were
// killed": troopers, not SSB), then the nearest noun; an "including" list
// hangs from the phrase before it.
func phraseBefore(toks []lex.Token, v int, hints []Hint) (np, bool) {
	limit := max(0, v-24)
	var nearest np
	haveNearest := false
	stop := limit
	skipFrom, skipTo := relativeClause(toks, v)
	if skipFrom < 0 {
		skipFrom, skipTo = countedAside(toks, v, hints)
	}
	// A clause without commas to close it: "A constable injured in an
	// attack on June 15 succumbed", "a candidate who was abducted on
	// January 22 was killed".
	bare := false
	if skipFrom < 0 {
		skipFrom, skipTo = woundedClause(toks, v)
		if skipFrom < 0 {
			skipFrom, skipTo = datedRelativeClause(toks, v)
		}
		if skipFrom < 0 {
			skipFrom, skipTo = bareWhoClause(toks, v, hints)
		}
		if skipFrom < 0 {
			skipFrom, skipTo = escortClause(toks, v, hints)
		}
		bare = skipFrom >= 0
	}
	for k := v - 1; k >= limit; k-- {
		if k == skipFrom {
			// Jump over ", who was carrying a reward on his head," to
			// the subject it describes.
			k = skipTo
			limit = max(0, min(limit, skipTo-12))
			continue
		}
		t := toks[k]
		if t.Is(";") {
			stop = k + 1
			break
		}
		// Another casualty word between means the noun belongs to it,
		// unless joined by "and" ("killed and injured").
		// ("was killed and his driver and peon were injured": a pair
		// of one possessive between is the subject.)
		if kd, _ := verbAt(toks, k); kd != "" && k < v-1 && toks[k+1].Is("and") && haveNearest && !nearest.hasQ {
			if _, _, ok := possessedPair(toks, nearest.head, v); ok {
				stop = k + 1
				break
			}
		}
		if kd, n := verbAt(toks, k); kd != "" && k < v-1 && !toks[k+1].Is("and", "or", ",") && !(t.Is("hostage", "hostages") && (isAux(toks[k+1]) || hostagesDied(toks, k))) {
			// "a youth abducted by the cadres last week had been
			// killed": a participle with its agent, with no auxiliary,
			// describes the subject before it.
			if toks[k+1].Is("by") && n == 1 && k > 0 && !isAux(toks[k-1]) && !toks[k-1].Punct {
				continue
			}
			stop = k + 1
			break
		}
		// "Two commandos who were injured in the blast are recovering":
		// a "who" right before the verb's auxiliary opens the clause of
		// the people before it.
		// (Only for the wounded whose care the sentence goes on to tell:
		// a "who" clause of another fate is mostly background, "the
		// cadre who was arrested on 12 June was released".)
		// ("A third Maoist, who was injured in the firing, was
		// arrested": the same with commas.)
		// ("... with his wife, who was slightly wounded.": a "who"
		// clause set off by a comma that ends the sentence tells the
		// fate of the person before it.)
		// (A taking so told is mostly background: "Vinod, who was
		// abducted by the Maoists".)
		if t.Is("who") && k+1 == auxStart(toks, v) && k+1 < v && k >= 2 && toks[k-1].Is(",") && (verbs[toks[v].Lower] == Injured || verbs[toks[v].Lower] == Killed) && clauseEndsAfter(toks, v) {
			if _, ok := personAt(toks, k-2, hints); ok {
				continue
			}
		}
		// ("A CRPF jawan, who was hit by a bullet in the arm, was
		// shifted": the same for a wounding told by an idiom.)
		if t.Is("who") && k+1 == auxStart(toks, v) && k+1 < v && k > 0 && woundingAt(toks, v) && inCareAfter(toks, v) {
			if _, ok := personAt(toks, k-1, hints); ok {
				continue
			}
			// (", who", and "A 'Jan Militia commander' who": a comma or
			// the quote closing a rank.)
			if _, ok := personAt(toks, k-2, hints); ok && toks[k-1].Is(",", "'", "’") {
				continue
			}
			// ("a 'commander' of the CPI-Maoist who": the group he is
			// of.)
			if h, ok := ofGroupBefore(toks, k); ok {
				if _, ok := personAt(toks, h, hints); ok {
					continue
				}
			}
		}
		// A clause boundary: "while", "when", "after" start another clause.
		// ("was then kidnapped": "then" inside the verb opens nothing.)
		// ("A teacher working as a 'shiksha doot' in a village school
		// was killed": "as" after a participle of work names a post.)
		// "two villagers produced before the 'court' were beaten up":
		// "before" with a noun and no verb of its own up to the
		// casualty word is a preposition, not a clause.
		if t.Is("before") && k < v-1 && prepositionBefore(toks, k, v) {
			continue
		}
		// ("branded as a Police informer as well as an impostor": "as
		// well as" joins two nouns.)
		if t.Is("as") && (lex.HasAt(toks, k+1, "well", "as") || k > 1 && toks[k-1].Is("well") && toks[k-2].Is("as")) {
			continue
		}
		if t.Is("while", "when", "after", "as", "but", "whereas", "who", "which", "before", "until", "then") && k < v-1 && !(k > 0 && toks[k-1].Is("identified", "known", "named", "described")) &&
			!(t.Is("then") && k > 0 && isAux(toks[k-1])) && !(t.Is("as") && k > 0 && toks[k-1].Is("working", "serving", "employed", "posted", "engaged", "appointed", "deployed")) {
			stop = k + 1
			break
		}
		// "Police said two robbers were killed": the speaker is not the
		// dead.
		// ("were claimed to be killed", "is said to have died": a
		// passive report is no speaker.)
		if t.Is("said", "says", "told", "stated", "confirmed", "added") && k < v-1 && !(k > 0 && isAux(toks[k-1])) {
			// "Officials said 7 suspects were arrested": the count after
			// the speaker, whatever its noun, is the people.
			if q, ok := quantityAt(toks, k+1); ok && !q.Vague && q.Last < v-1 && q.Last >= v-3 {
				if _, person := personAt(toks, q.Last+1, hints); !person {
					return np{head: q.Last + 1, first: q.First, category: Unknown, q: q, hasQ: true}, true
				}
			}
			stop = k + 1
			break
		}
		// "Two SPOs were killed and a third was injured": one more
		// person of the side told before.
		if t.Is("second", "third", "fourth", "fifth", "sixth") && k > 0 && toks[k-1].Is("a", "the") && k+1 == auxStart(toks, v) && k+1 < v {
			return np{head: k, first: k - 1, category: "", q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: k - 1, Last: k}, hasQ: true}, true
		}
		// "one of them succumbed": a share of people told before.
		if t.Is("them", "those", "whom") && k >= 2 && toks[k-1].Is("of") {
			if q, ok := quantityEndingAt(toks, k-2); ok && !q.Vague {
				// "Two security personnel, one of them of the CoBRA,
				// were injured": a share set off as an aside describes
				// the counted people before it, who are the subject.
				// ("arrested two others, one of them injured": a share
				// with its casualty word right after it is the figure.)
				if c := q.First - 1; c > 0 && toks[c].Is(",") && countedPersonBefore(toks, c, hints) && k+1 < v {
					k = c
					continue
				}
				return np{head: k, first: q.First, category: "", q: q, hasQ: true}, true
			}
		}
		c, ok := personAt(toks, k, hints)
		// "a youth abducted by CPI-Maoist cadres had been killed": the
		// agent of a participle before the verb is not its subject.
		if ok && (agentOfParticiple(toks, k) || objectOfGuard(toks, k, hints)) {
			continue
		}
		// "Sepoy Irfan (age: 24 years, resident of District Kohat)": a
		// "resident of" set off by a comma or bracket describes the
		// subject named before it.
		// ("a sepoy, a resident of Dera Ismail Khan, embraced shahadat":
		// the same with an article.)
		if ok && toks[k].Is("resident", "native") && k > 0 && lex.HasAt(toks, k+1, "of") &&
			(toks[k-1].Is(",", "(") || k > 1 && toks[k-1].Is("a", "an") && toks[k-2].Is(",", "(")) {
			continue
		}
		if !ok {
			// "12 were killed", "six dead": a bare count just before.
			// "and hundreds injured": a vague count right before the
			// verb is its subject, not a counted noun further back.
			// ("who was in 2005 arrested": a year, not a count.)
			// ("four more were wounded": "more" between.)
			// ("and 90 had been hurt": the auxiliaries between.)
			// ("one was arrested with injuries", "in injured condition":
			// the subject of the passive the manner hangs from.)
			q, ok := quantityAt(toks, k)
			// ("and half a dozen injured": the count read whole, not
			// its last word.)
			if ok && k >= 2 {
				if w, whole := wordQuantityAt(toks, k-2); whole && w.Last == q.Last {
					q = w
				}
			}
			if ok && (q.Last >= v-2 || q.Last == v-3 && !q.Vague && toks[q.Last+1].Is("more") || !q.Vague && q.Last+1 == perfectStart(toks, v) ||
				q.Last == v-3 && !q.Vague && isAux(toks[q.Last+1]) && toks[v].Is("with", "in")) && q.Last < v && (!q.Vague || q.Last == v-1 && q.First == k) &&
				!(q.Value >= 1900 && q.Value <= 2100 && k > 0 && toks[k-1].Is("in", "since", "during", "of", "by", "until", "till", "from")) &&
				!ageAside(toks, q) {
				cat := Unknown
				if toks[q.First].Is("another") {
					cat = "" // the side of the figure before
				}
				if c, ok := allOfCounted(toks, q, hints); ok {
					cat = c
				}
				return np{head: q.Last, first: q.First, category: cat, q: q, hasQ: true}, true
			}
			continue
		}
		p := np{head: k, first: k, category: c}
		if q, first, ok := countBefore(toks, k); ok {
			p.q, p.hasQ, p.first = q, true, first
			// "Two of the four railway employees abducted on Tuesday
			// were found dead": the share told before the pool is the
			// count of the dead. (A participle right after the noun,
			// "employees abducted", is the whole pool's.)
			if s, ok := shareOfPool(toks, q); ok && k+1 != v {
				p.q, p.first = s, s.First
			}
		}
		if p.hasQ && sexApposition(toks, p) {
			continue
		}
		// "The brother of a CPI-Maoist 'divisional committee member' was
		// killed": the kin before "of" is the victim, not the cadre.
		if p.first > 1 && toks[p.first-1].Is("of") && toks[p.first-2].Is(relativeNouns...) {
			continue
		}
		if p.hasQ && toks[p.q.First].Is("another") {
			// "and another 27 people were wounded": a group of its own.
			return p, true
		}
		// "including 5 policemen and 2 children": the head of the list
		// is earlier, before "including".
		first := p.first
		for _, c := range coordinatedBefore(toks, p, hints) {
			first = min(first, c.first)
		}
		if outer, ok := includedIn(toks, first, hints, limit); ok {
			return outer, true
		}
		// "Two cadres, members of a banned outfit, were killed": a
		// singular "a" phrase inside an apposition does not agree with a
		// plural verb; keep looking for the subject further back.
		if p.hasQ && p.q.Value == 1 && toks[p.q.First].Is("a", "an") && v > 0 && toks[v-1].Is("were", "are", "have") &&
			p.q.First > 0 && !toks[p.q.First-1].Is("and", "or", "&") {
			if !haveNearest {
				nearest, haveNearest = p, true
			}
			continue
		}
		if p.hasQ {
			// "An elderly man and his son were found dead": the list's
			// last phrase leads, so that the list is read whole.
			// ("A polio worker and supervisor was shot dead": a bare noun
			// after "and" is a second title of the same person.)
			if haveNearest && lex.HasAt(toks, p.head+1, "and") && nearest.head == p.head+2 && !nearest.hasQ && p.q.Value == 1 && !plural(toks[nearest.head].Lower) {
				return p, true
			}
			// ("Sixty-one cadets and guards were killed": a bare plural
			// after "and" is counted with the counted plural before.)
			if haveNearest && lex.HasAt(toks, p.head+1, "and") && nearest.head == p.head+2 && !nearest.hasQ && p.q.Value > 1 && !p.q.Vague &&
				plural(toks[p.head].Lower) && plural(toks[nearest.head].Lower) {
				return p, true
			}
			if haveNearest && lex.HasAt(toks, p.head+1, "and") && nearest.head-p.head <= 3 && !unitsOfComplement(toks, p, nearest) {
				joined := true
				for j := p.head + 2; j < nearest.head; j++ {
					joined = joined && toks[j].Is("his", "her", "their", "the")
				}
				if joined {
					return nearest, true
				}
			}
			return p, true
		}
		if !haveNearest {
			nearest, haveNearest = p, true
		}
	}
	if haveNearest {
		return nearest, true
	}
	if p, ok := namedSubject(toks, v, hints); ok {
		return p, true
	}
	// "Jager Hossain (50) who received a stray bullet ... on November 29
	// succumbed": the name before the clause. ("Sheshrao Darro (52) and
	// Devaji Atla (55), both working for the CPI-Maoist, were killed":
	// the same before a clause set off by commas.)
	both := skipFrom >= 0 && toks[skipTo].Is(",") && lex.HasAt(toks, skipTo+1, "both")
	// "Haji Dad Karim, who ran a grocery store in the bazaar, was shot
	// dead": the name before a "who" clause set off by commas.
	// (One person told by "was": "Four persons, A, B and C, who were
	// involved in extortion, were arrested" is a list, counted before.)
	who := skipFrom >= 0 && toks[skipTo].Is(",") && lex.HasAt(toks, skipTo+1, "who") && toks[auxStart(toks, v)].Is("was")
	if bare || both || who {
		e := skipTo - 1
		if e > 0 && toks[e].Is(",") {
			e--
		}
		if p, ok := namedEndingAt(toks, e, hints); ok {
			// "both" tells two people apart: neither name is one
			// another figure may already count.
			p.named = p.named && !both
			return p, true
		}
	}
	// An unfamiliar noun after a count at the start of the clause: "Two
	// sympathisers of the group were killed".
	for k := stop; k < v-1; k++ {
		// "The two Arab Israelis were shot dead": an article may open it.
		the := k > 0 && toks[k-1].Is("the") && (k == 1 || toks[k-2].Punct)
		if k > 0 && !(toks[k-1].Punct || toks[k-1].Is("and", "while", "when") || the) {
			continue
		}
		if q, ok := quantityAt(toks, k); ok && !q.Vague && q.Last+1 < v && !toks[q.Last+1].Punct {
			w := toks[q.Last+1]
			// "At least 7 Christian Copts were killed": a short phrase
			// between the count and the verb names the people.
			short := true
			for j := q.Last + 1; j < v; j++ {
				if toks[j].Punct || j-q.Last > 4 {
					short = false
				}
			}
			if kd, _ := verbAt(toks, q.Last+1); kd == "" && (!isCap(w.Text) || short) {
				return np{head: q.Last + 1, first: q.First, category: Civilians, q: q, hasQ: true}, true
			}
		}
	}
	return np{}, false
}

// unitsOfComplement reports whether the phrase p counts its people by
// the force of an "of" complement and next, after "and", names a second
// force rather than a person: "Six jawans of the STF and the DRG".
func unitsOfComplement(toks []lex.Token, p, next np) bool {
	if next.hasQ || !isCap(toks[next.head].Text) || !toks[next.head-1].Is("the") {
		return false
	}
	if _, noun := persons[toks[next.head].Lower]; noun && !acronym(toks[next.head].Text) {
		return false
	}
	for k := p.q.Last + 1; k < p.head; k++ {
		if toks[k].Is("of") {
			return true
		}
	}
	return false
}

// clauseEndsAfter reports whether the clause of the casualty word at v
// ends the sentence: no comma, auxiliary or other casualty word follows
// it before the full stop.
func clauseEndsAfter(toks []lex.Token, v int) bool {
	for j := v + 1; j < len(toks) && !toks[j].Is(".", ";"); j++ {
		if kd, _ := verbAt(toks, j); kd != "" || toks[j].Is(",") || isAux(toks[j]) {
			return false
		}
	}
	return true
}

// sexApposition reports whether p is "a man" or "a woman" set off by
// commas after the people it describes, alone or in a pair: "Another
// Maoist, a man, was injured", "the bodies of the two, a man and a
// woman, were recovered".
func sexApposition(toks []lex.Token, p np) bool {
	isSex := func(k int) bool { return toks[k].Is("man", "woman", "boy", "girl") }
	if !isSex(p.head) || p.head != p.q.Last+1 || !toks[p.q.First].Is("a", "an") || !lex.HasAt(toks, p.head+1, ",") {
		return false
	}
	b := p.q.First - 1
	if b >= 3 && toks[b].Is("and") && isSex(b-1) && toks[b-2].Is("a", "an") {
		b -= 3
	}
	return b > 0 && toks[b].Is(",")
}

// joinedToSubject reads a phrase joined by "and" to the subject of the
// casualty word at v after the subject's own name or "of" complement:
// "commandos of the Maharashtra Police and their civilian driver were
// killed", "a Block Development Officer (BDO) and his driver were
// killed". The phrase must end the subject, right before the verb.
func joinedToSubject(toks []lex.Token, main np, v int, hints []Hint) (np, bool) {
	k := main.head + 1
	if k < len(toks) && toks[k].Is("'", "’") {
		k++
	}
	if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") && acronym(toks[k+1].Text) {
		k += 3
	}
	// ("Six jawans of the STF": the phrase may end inside its
	// complement.)
	of := false
	for j := main.q.Last + 1; main.hasQ && j < main.head; j++ {
		of = of || toks[j].Is("of")
	}
	if k < len(toks) && toks[k].Is("of") {
		e := k + 1
		for ; e < len(toks) && e <= k+7; e++ {
			t := toks[e]
			if t.Is("and") {
				break
			}
			if !(t.Is("the", "(", ")") || isCap(t.Text) && !t.Punct) {
				return np{}, false
			}
		}
		k, of = e, true
	}
	if k+1 >= len(toks) || !toks[k].Is("and") {
		return np{}, false
	}
	p, ok := phraseAfter(toks, k+1, hints)
	if !ok || p.category == "" || p.category == Unknown || p.category == Perpetrators || p.head+1 != auxStart(toks, v) && !shortOfPhrase(toks, p.head+1, auxStart(toks, v)) {
		return np{}, false
	}
	// "Six jawans of the STF and the DRG were killed": a force's name
	// after "and the" is a second unit of the complement, not a person.
	// ("one each of the CRPF and the DRG was injured": one of each.)
	if of && toks[k+1].Is("the") && isCap(toks[p.head].Text) {
		if _, noun := persons[toks[p.head].Lower]; !noun || acronym(toks[p.head].Text) {
			if !lex.HasAt(toks, main.q.Last+1, "each") {
				return np{}, false
			}
			p.q, p.hasQ = main.q, true
		}
	}
	if !p.hasQ {
		// "A polio worker and supervisor was shot dead": a bare noun
		// is a second title of the same person.
		if plural(toks[p.head].Lower) || !toks[k+1].Is("his", "her", "their", "its", "the") {
			return np{}, false
		}
		p.q, p.hasQ = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: k + 1, Last: p.head}, true
	}
	return p, !p.q.Vague
}

// describedAs returns the side of the people named after "described as"
// (or "branded as", "identified as") between the phrase at h and the
// casualty word at v.
func describedAs(toks []lex.Token, h, v int, hints []Hint) (string, bool) {
	for k := h + 1; k+1 < v && k <= h+4; k++ {
		if toks[k].Punct {
			return "", false
		}
		if toks[k].Is("described", "branded", "termed", "called") && toks[k+1].Is("as") {
			for j := v - 1; j > k+1; j-- {
				if c, ok := personAt(toks, j, hints); ok && (c == Militants || c == Security) {
					return c, true
				}
			}
			return "", false
		}
	}
	return "", false
}

// sharedPassive returns the casualty word of a passive that the
// participle at v, right after "and" with no auxiliary of its own, joins
// past an adjunct: "were abducted from their homes and killed", or 0.
func sharedPassive(toks []lex.Token, v int) int {
	if v < 4 || !toks[v-1].Is("and") || !lex.HasAt(toks, v+1, "by") && !lex.HasAt(toks, v+1, "at") && !lex.HasAt(toks, v+1, "in") && !lex.HasAt(toks, v+1, "near") {
		return 0
	}
	for k := v - 2; k >= 1 && k >= v-10; k-- {
		if toks[k].Punct || toks[k].Is("and", "or", "who", "which", "when", "while", "after", "before") {
			return 0
		}
		if kd, _ := verbAt(toks, k); kd != "" {
			if k == v-2 || !isAux(toks[k-1]) {
				return 0
			}
			return k
		}
	}
	return 0
}

// shortOfPhrase reports whether the words from i up to end are a short
// "of" complement with no clause of its own: "(the munshi) of a
// contractor", "(the driver) of the vehicle".
func shortOfPhrase(toks []lex.Token, i, end int) bool {
	if !lex.HasAt(toks, i, "of") || end-i > 4 || end <= i+1 {
		return false
	}
	for k := i + 1; k < end; k++ {
		if kd, _ := verbAt(toks, k); kd != "" || toks[k].Punct || toks[k].Is("who", "which", "and", "or") {
			return false
		}
	}
	return true
}

// agentOfParticiple reports whether the person noun at k ends a "by"
// phrase after a participle: "abducted by CPI-Maoist cadres", "attacked
// by the armed men".
func agentOfParticiple(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		t := toks[j]
		if t.Is("by") {
			w := toks[j-1].Lower
			kd, _ := verbAt(toks, j-1)
			return kd != "" || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
		}
		if t.Is("'", "‘", "’", "the") || !t.Punct && (isModifier(t) || isCap(t.Text)) {
			continue
		}
		return false
	}
	return false
}

// objectOfGuard reports whether the person noun at k is the object of a
// participle of guarding after a person noun: "A policeman guarding polio
// workers was martyred" tells the policeman's fate, not the workers'.
func objectOfGuard(toks []lex.Token, k int, hints []Hint) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		t := toks[j]
		if t.Is("guarding", "escorting", "protecting", "accompanying") {
			_, person := personAt(toks, j-1, hints)
			return person
		}
		if t.Is("the", "a", "an", "their", "his", "her") || !t.Punct && (isModifier(t) || isCap(t.Text)) {
			continue
		}
		if _, ok := quantityAt(toks, j); ok {
			continue
		}
		return false
	}
	return false
}

// passiveAdverbs may stand between an auxiliary and its participle.
var passiveAdverbs = []string{"also", "reportedly", "allegedly", "critically", "seriously", "later",
	"severely", "badly", "grievously", "fatally", "mortally", "all", "both", "each", "then", "subsequently", "slightly", "lightly"}

// auxStart returns the first token of the auxiliaries and adverbs right
// before the casualty word at v ("was later", "were all").
func auxStart(toks []lex.Token, v int) int {
	j := v
	for j > 0 && (isAux(toks[j-1]) || toks[j-1].Is(passiveAdverbs...) || toks[j-1].Is("found")) {
		j--
	}
	return j
}

// perfectStart is auxStart with a perfect's "had", "has" or "have"
// before the auxiliaries: "and 90 had been hurt".
func perfectStart(toks []lex.Token, v int) int {
	j := auxStart(toks, v)
	if j > 0 && j < v && toks[j].Is("been") && toks[j-1].Is("had", "has", "have") {
		j--
	}
	return j
}

// relativeClause finds a relative clause or a parenthesis between a
// passive verb and its subject: "A Maoist, who was carrying a reward on
// his head, was killed".
// It returns the comma closing the clause and the comma opening it, or
// -1, -1. A clause with a comma of its own is not recognised.
func relativeClause(toks []lex.Token, v int) (int, int) {
	j := auxStart(toks, v) - 1
	if j > 0 && toks[j].Is(")") {
		// "22 others (four of them civilians) were wounded".
		for m := j - 1; m > 0 && m >= j-12; m-- {
			if toks[m].Is("(") {
				return j, m
			}
		}
		return -1, -1
	}
	// A verb that takes no object may follow the clause with no
	// auxiliary: "Six jawans, who had hidden in a house, survived with
	// injuries", "A cadre, who was carrying a reward, died".
	if j <= 0 || j == v-1 && !toks[v].Is("survived", "escaped", "died", "succumbed", "sustained", "suffered", "received", "perished") || !toks[j].Is(",") {
		return -1, -1
	}
	for m := j - 1; m > 0 && m >= j-30; m-- {
		// "A sarpanch and his son, a teacher, were shot dead": one
		// person's apposition set off by commas, with no list of its
		// own, right after a person noun.
		if toks[m].Is(",") && m+1 < j && toks[m+1].Is("a", "an") && appositionOf(toks, m, j) {
			return j, m
		}
		if toks[m].Is(",", ";", ".") {
			return -1, -1
		}
		// ", who was carrying a reward on his head,", ", allegedly
		// involved in the killing of four traders,".
		if toks[m].Is("who", "which", "whose", "allegedly", "involved", "accused", "wanted", "suspected", "identified") && toks[m-1].Is(",") {
			return j, m - 1
		}
		// "A and B, both working for the CPI-Maoist as party organisers,
		// were killed": an aside on the two named before.
		if toks[m].Is("both") && toks[m-1].Is(",") && m+1 < j && strings.HasSuffix(toks[m+1].Lower, "ing") {
			return j, m - 1
		}
	}
	return -1, -1
}

// possessive reports a word in the possessive: "jawan's", "Guard’s".
func possessive(t lex.Token) bool {
	return strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "’s")
}

// possessedBody returns the category of the person whose "body" at i a
// possessive names ("the engineer's body"), or "".
func possessedBody(toks []lex.Token, i int) string {
	if i == 0 || !toks[i].Is("body") {
		return ""
	}
	p := toks[i-1].Lower
	base, ok := strings.CutSuffix(p, "'s")
	if !ok {
		if base, ok = strings.CutSuffix(p, "’s"); !ok {
			return ""
		}
	}
	c := persons[base]
	if c == Perpetrators || plural(base) {
		return ""
	}
	return c
}

// ofGroupBefore reads back from the word before k over a group's name
// told with "of" ("of the CPI-Maoist", "of the PLFI") and a quote that
// closes a rank, and returns the noun before them.
func ofGroupBefore(toks []lex.Token, k int) (int, bool) {
	m := k - 1
	for m > 0 && m >= k-4 && isCap(toks[m].Text) && !toks[m].Punct {
		m--
	}
	if m == k-1 || m < 2 {
		return 0, false
	}
	if toks[m].Is("the") {
		m--
	}
	if !toks[m].Is("of") {
		return 0, false
	}
	m--
	if toks[m].Is("'", "’") {
		m--
	}
	return m, m >= 0
}

// appositionOf reports whether the words between the commas at m and j
// name one person ("a teacher", "a Police constable") and a singular
// person noun stands right before m: "his son, a teacher,".
func appositionOf(toks []lex.Token, m, j int) bool {
	if c, ok := personAt(toks, m-1, nil); !ok || c == "" || plural(toks[m-1].Lower) {
		return false
	}
	person := false
	for k := m + 2; k < j; k++ {
		if toks[k].Punct || toks[k].Is("and", "or", "who", "which") {
			return false
		}
		if c, ok := personAt(toks, k, nil); ok && c != "" {
			person = true
		}
	}
	return person
}

// countedAside finds an aside set off by commas between a counted
// subject and its casualty word that breaks the count down or describes
// it without counting anyone more: "Five jawans, among them two DRG
// personnel and a Head Constable, were killed", "Fifteen SF personnel,
// eleven of the CRPF and four of the State Police, were killed", "Five
// cadres, three of them women, were killed", "Three jawans, a
// Sub-Inspector, an ASI and a head constable, were killed". It returns
// the comma closing the aside and the comma opening it, or -1, -1.
// ("Twenty civilians, two soldiers, and five militants were killed" is
// a list: its last item, not a comma, stands before the verb.)
func countedAside(toks []lex.Token, v int, hints []Hint) (int, int) {
	j := auxStart(toks, v) - 1
	if j <= 1 || !toks[j].Is(",") {
		return -1, -1
	}
	if j == v-1 && !toks[v].Is("survived", "escaped", "died", "succumbed", "sustained", "suffered", "received", "perished") {
		return -1, -1
	}
	for m := j - 1; m > 0 && m >= j-25; m-- {
		t := toks[m]
		// (A "who" clause may close the last item of a list, which
		// describesCount checks.)
		if t.Is(";", ".", "(", ")", "which", "when", "while", "after") {
			return -1, -1
		}
		if !t.Is(",") {
			continue
		}
		if n, ok := countedPhraseBefore(toks, m, hints); ok && n > 1 && describesCount(toks, m+1, j, n, hints) {
			// "Three persons, a constable and two villagers, were
			// killed": the list of a toll of no side tells the sides,
			// and is read as a list (whose total dropListTotal drops).
			if toks[m-1].Is("people", "persons", "individuals", "others") && !toks[m+1].Is("among") && !shareAt(toks, m+1) {
				return -1, -1
			}
			return j, m
		}
		// Only a list of single people ("a Sub-Inspector, an ASI and
		// a head constable") holds commas of its own.
		if !toks[m+1].Is("a", "an") {
			return -1, -1
		}
	}
	return -1, -1
}

// shareAt reports whether a counted share opens at i: "three of them".
func shareAt(toks []lex.Token, i int) bool {
	q, ok := quantityAt(toks, i)
	return ok && !q.Vague && lex.HasAt(toks, q.Last+1, "of")
}

// countedPhraseBefore returns the count of the person phrase that ends
// right before the comma at c: "Fifteen SF personnel", "Five jawans of
// the Chhattisgarh Police".
func countedPhraseBefore(toks []lex.Token, c int, hints []Hint) (int, bool) {
	e := c - 1
	if e < 1 {
		return 0, false
	}
	if m, ok := ofComplementBefore(toks, e); ok {
		e = m
	}
	if _, ok := personAt(toks, e, hints); !ok {
		return 0, false
	}
	q, _, ok := countBefore(toks, e)
	if !ok || q.Vague {
		return 0, false
	}
	return int(q.Value), true
}

// describesCount reports whether the words from i up to the comma at j
// tell of n people counted before them without adding to them: "among
// them ...", a counted share or a breakdown by unit ("three of them
// women", "eleven of the CRPF and four of the State Police"), or a list
// of at most n single people ("a Sub-Inspector, an ASI and a head
// constable", "a woman and her teenage son").
func describesCount(toks []lex.Token, i, j, n int, hints []Hint) bool {
	if i >= j {
		return false
	}
	if toks[i].Is("among") && lex.HasAt(toks, i+1, "them") || toks[i].Is("among") && lex.HasAt(toks, i+1, "whom") {
		return true
	}
	if q, ok := quantityAt(toks, i); ok && !q.Vague && int(q.Value) < n && lex.HasAt(toks, q.Last+1, "of") {
		return true
	}
	// ("a constable and two villagers": an item may have a count of
	// its own; the items' counts add up to no more than n.)
	items, sum, person := 0, 0, false
	for k := i; k < j; k++ {
		t := toks[k]
		start := k == i || toks[k-1].Is(",", "and")
		if start {
			// Each item names a person before the next begins.
			if k > i && !person {
				return false
			}
			if t.Is("a", "an", "his", "her", "their") {
				sum++
			} else if q, ok := quantityAt(toks, k); ok && !q.Vague && q.First == k && q.Value > 1 {
				sum += int(q.Value)
				k = q.Last
			} else {
				return false
			}
			items++
			person = false
			continue
		}
		// "a constable and two villagers who had taken a lift": a clause
		// on the last item closes the list.
		if t.Is("who") && person && items >= 2 {
			break
		}
		// ("a 'deputy commander' and a woman cadre": quotes round a
		// rank.)
		if t.Punct && !t.Is(",", "-", "'", "‘", "’") || t.Is("who", "which", "were", "was") {
			return false
		}
		if _, ok := personAt(toks, k, hints); ok {
			person = true
		}
	}
	return person && items >= 2 && sum <= n
}

// woundingAt reports whether the casualty word at v tells a wounding,
// in one word ("injured") or an idiom ("hit by a bullet").
func woundingAt(toks []lex.Token, v int) bool {
	if verbs[toks[v].Lower] == Injured {
		return true
	}
	kd, n := verbAt(toks, v)
	return kd == Injured && n > 1
}

// inCareAfter reports whether the words after the casualty word at v
// tell of the wounded's care or capture: "are recovering", "are
// undergoing treatment", "were airlifted to Raipur", "was arrested" (a
// cadre wounded in the firing and caught).
func inCareAfter(toks []lex.Token, v int) bool {
	// ("who was injured in an encounter with the DRG near Aranpur in
	// Dantewada District was captured": the place may take some words.)
	for k := v + 1; k < len(toks) && k <= v+16 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("recovering", "undergoing", "airlifted", "hospitalised", "hospitalized", "admitted", "shifted", "stable",
			"arrested", "caught", "nabbed", "apprehended", "captured") && isAux(toks[k-1]) {
			return true
		}
	}
	return false
}

// bareWhoClause finds a relative clause without commas between a person
// and the passive casualty word at v: "A DRG jawan who was on leave was
// hacked to death", "a villager who had gone into the forest was
// injured". It returns the token before the auxiliary and the "who", or
// -1, -1.
func bareWhoClause(toks []lex.Token, v int, hints []Hint) (int, int) {
	a := auxStart(toks, v)
	j := a - 1
	// ("Six jawans who were in the vehicle died": a death needs no
	// auxiliary.)
	if a == v && !toks[v].Is("died", "succumbed", "perished") || j < 2 {
		return -1, -1
	}
	// "a constable and two villagers who had taken a lift, were
	// killed": the comma that closes a list's aside.
	from := j
	if toks[j].Is(",") {
		from = j - 1
	}
	for m := from; m > 0 && m >= j-20; m-- {
		// (Quotes around a title inside the clause part nothing:
		// "who had joined the DRG as an 'Assistant Constable'".)
		if toks[m].Punct && !toks[m].Is("'", "‘", "’") || toks[m].Is("which", "that", "where", "when", "while", "whom") {
			return -1, -1
		}
		if !toks[m].Is("who") {
			continue
		}
		// The clause has a verb of its own before the sentence's
		// ("two jawans who reached the spot were injured": a past
		// tense of no casualty will do).
		if m+1 >= j || !(isAux(toks[m+1]) || toks[m+1].Is("had", "has", "have") || pastOfNoCasualty(toks, m+1)) {
			return -1, -1
		}
		// ("The PLFI 'area commander' who led the attack": the quote
		// closing a rank.)
		h := m - 1
		if h > 0 && toks[h].Is("'", "’") {
			h--
		}
		if _, ok := personAt(toks, h, hints); !ok {
			return -1, -1
		}
		// "in which 76 SF personnel were killed": people right before
		// the verb are its subject. ("A villager who informed the
		// Police was killed": unless they are the object of the
		// clause's own verb.)
		// ("a villager who was with the Maoists was killed": nor when
		// they are the object of the clause's preposition.)
		if _, ok := personAt(toks, j, hints); ok && !pastOfNoCasualty(toks, m+1) && !(toks[m+1].Is("had", "has", "have") && pastOfNoCasualty(toks, m+2)) &&
			!(m+2 < j && toks[m+1].Is("was", "were") && toks[m+2].Is("with", "among", "alongside", "accompanying")) {
			return -1, -1
		}
		return j, m
	}
	return -1, -1
}

// pastOfNoCasualty reports whether the word at i is a verb's past tense
// that tells no casualty: "reached", "came", "went".
func pastOfNoCasualty(toks []lex.Token, i int) bool {
	if kd, _ := verbAt(toks, i); kd != "" {
		return false
	}
	w := toks[i].Lower
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !isCap(toks[i].Text) ||
		toks[i].Is("came", "went", "ran", "rushed", "fled", "stood", "sat", "slept", "lived", "worked", "drove", "rode", "fought", "took", "gave", "got", "left",
			"led", "held", "kept", "met", "brought", "sought", "made", "told", "sent", "set", "hid", "laid", "ate", "won", "lost", "spoke", "wrote", "saw", "knew", "heard")
}

// woundedClause finds the words that tell how someone was hurt before the
// death told at v ("A Policeman injured in a militant attack on SFs in
// Srinagar on August 15, died"): the people in them are not the dead,
// the noun before them is. It returns the token before the verb and the
// first word of the clause, or -1, -1.
func woundedClause(toks []lex.Token, v int) (int, int) {
	if !toks[v].Is("died", "succumbed", "dies", "succumbs") {
		return -1, -1
	}
	for m := v - 1; m > 0 && m >= v-40; m-- {
		if toks[m].Is(".", ";") {
			break
		}
		if woundedThenDied(toks, m) {
			if toks[m-1].Is("and") {
				m -= 2 // "shot and injured"
			}
			if m > 1 && toks[m-1].Is("was", "were") && toks[m-2].Is("who") {
				m -= 2 // "who was injured"
			} else if m > 2 && toks[m-1].Is("been") && toks[m-2].Is("had", "has", "have") && toks[m-3].Is("who") {
				m -= 3 // "who had been injured"
			}
			return v - 1, m
		}
	}
	return -1, -1
}

// datedRelativeClause finds a relative clause between a casualty word at
// v and its subject that a date closes, as texts that lost their commas
// write it: "A constable who had suffered injuries in an encounter with
// the cadres on August 17 succumbed", "a candidate who was abducted along
// with a dozen villagers on January 22 was killed". The people inside the
// clause are not the subject. It returns the token before the verb and
// the "who" (or the comma before it), or -1, -1.
func datedRelativeClause(toks []lex.Token, v int) (int, int) {
	j := auxStart(toks, v) - 1
	if j < 2 {
		return -1, -1
	}
	e := j
	if toks[e].Is(",") {
		e--
	}
	// The clause ends with a date: "on August 17", "in 2016", "on Monday".
	t := toks[e]
	if !(isNumber(t.Lower) && (isMonth(toks[e-1]) || len(t.Lower) == 4 && toks[e-1].Is("in", "of")) || weekdays[t.Lower] || isMonth(t)) {
		return -1, -1
	}
	own := false
	for m := e - 1; m > 0 && m >= j-30; m-- {
		if toks[m].Is(".", ";") {
			return -1, -1
		}
		if toks[m].Is("who", "whose") {
			if !own {
				return -1, -1
			}
			if toks[m-1].Is(",") {
				return j, m - 1
			}
			return j, m
		}
		// The clause has a verb of its own: "who was abducted", "who
		// received a bullet"; in "who was in 2005 arrested" the verb
		// after the date is the clause's.
		w := toks[m].Lower
		if verbs[w] != "" || len(w) > 4 && strings.HasSuffix(w, "ed") {
			own = true
		}
	}
	return -1, -1
}

// nameEndingAt returns the first token of a personal name ending at e
// that opens its clause ("Gunadhar Singh", "Noor"): capitalised words
// that name no group, side, place of the lexicon or day.
func nameEndingAt(toks []lex.Token, e int, hints []Hint) (int, bool) {
	s := e
	for s >= 0 && s > e-4 && isCap(toks[s].Text) && !toks[s].Punct {
		t := toks[s]
		if _, ok := persons[t.Lower]; ok {
			return 0, false
		}
		if _, ok := sideWords[t.Lower]; ok {
			return 0, false
		}
		if timeWords[t.Lower] || isNumber(t.Lower) || t.Is("the", "a", "an", "he", "she", "they", "it", "this", "that", "there", "one") {
			return 0, false
		}
		for _, h := range hints {
			if t.Start >= h.Start && t.End <= h.End {
				return 0, false
			}
		}
		s--
	}
	opens := func(t lex.Token) bool {
		return t.Punct && !t.Is("(", "'", "\"", "‘", "“") || t.Is("and", "while", "but", "whereas")
	}
	if s == e || s >= 0 && !opens(toks[s]) {
		return 0, false
	}
	return s + 1, true
}

// rankNameEndingAt reads a rank or title and a name ending at e as one
// person ("Sepoy Irfan Ali", "Constable Sher Zaman"), opening a clause or
// a list: it returns the rank's index and side.
func rankNameEndingAt(toks []lex.Token, e int, hints []Hint) (int, string, bool) {
	if e < 1 {
		return 0, "", false
	}
	s := e
	for s > 0 && s > e-3 && isCap(toks[s].Text) && !toks[s].Punct {
		if _, ok := persons[toks[s].Lower]; ok {
			break
		}
		s--
	}
	if s == e || !isCap(toks[s].Text) || plural(toks[s].Lower) {
		return 0, "", false
	}
	c, ok := personAt(toks, s, hints)
	if !ok || c != Security && c != Militants && c != Civilians {
		return 0, "", false
	}
	if s > 0 && !(toks[s-1].Punct && !toks[s-1].Is("(", "'", "\"", "‘", "“") || toks[s-1].Is("and", "while")) {
		return 0, "", false
	}
	return s, c, true
}

// beforeAside returns the last token before a bracketed aside or an age
// set off by commas that ends at e ("Sepoy Irfan Ali (age 25, resident of
// District Kurram)", "Naik Imran, 31,"), or e when none ends there.
func beforeAside(toks []lex.Token, e int) int {
	if e >= 1 && toks[e].Is(")") {
		for m := e - 1; m > 0 && m >= e-14; m-- {
			if toks[m].Is("(") {
				return m - 1
			}
		}
		return e
	}
	if e >= 2 && toks[e].Is(",") && isNumber(toks[e-1].Lower) && toks[e-2].Is(",") {
		return e - 3
	}
	return e
}

// beforeAge returns the last token before an age that ends at e ("Gunadhar
// Singh (46)", "Aju, 40", "Rai Singh 40"), or e when no age ends there.
func beforeAge(toks []lex.Token, e int) int {
	if e >= 2 && toks[e].Is(")") && isNumber(toks[e-1].Lower) && toks[e-2].Is("(") {
		return e - 3
	}
	if e >= 1 && isNumber(toks[e].Lower) && age(toks, e) {
		if toks[e-1].Is(",") {
			return e - 2
		}
		return e - 1
	}
	return e
}

// namedSubject reads a named person as the subject of a passive casualty
// word: "Gunadhar Singh (46), was shot dead", "Ram Lal was injured".
func namedSubject(toks []lex.Token, v int, hints []Hint) (np, bool) {
	j := auxStart(toks, v)
	if j == v || j == 0 {
		return np{}, false
	}
	e := j - 1
	if toks[e].Is(",") {
		e--
	}
	return namedEndingAt(toks, e, hints)
}

// namedEndingAt reads a personal name, with the age after it, that ends
// at e as one person.
func namedEndingAt(toks []lex.Token, e int, hints []Hint) (np, bool) {
	e = beforeAge(toks, e)
	if e < 0 {
		return np{}, false
	}
	first, ok := nameEndingAt(toks, e, hints)
	if !ok {
		return np{}, false
	}
	return np{head: e, first: first, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: first, Last: e}, hasQ: true, named: true}, true
}

// alongWith returns the length of the words at toks[k] that join a further
// item to a list as "and" does ("along with", "together with", "as well
// as"), or 0.
func alongWith(toks []lex.Token, k int) int {
	switch {
	case lex.HasAt(toks, k, "along", "with"), lex.HasAt(toks, k, "together", "with"):
		return 2
	case lex.HasAt(toks, k, "as", "well", "as"):
		return 3
	}
	return 0
}

// coordinatedAfter returns the phrases joined to p by "and" after it, in
// active phrasing: "killed five policemen and two civilians", "killed
// Mukesh Yadav and his mother".
func coordinatedAfter(toks []lex.Token, p np, hints []Hint) []np {
	var out []np
	k := p.head + 1
	// "a PLFI 'area commander' and his two associates", "TPC 'area
	// commander' Mohan Ganju and his associate".
	if k+1 < len(toks) && toks[k].Is("'", "’") && (toks[k+1].Is("and", ",") || isCap(toks[k+1].Text) && !toks[k+1].Punct) {
		k++
	}
	// "arrested BYC leader Mahrang Baloch and 16 other activists": the
	// name after a person noun is that person's, not the list's end.
	if _, person := persons[toks[p.head].Lower]; person && !isCap(toks[p.head].Text) {
		for j := k; j < len(toks) && j < k+4 && isCap(toks[j].Text) && !toks[j].Punct; j++ {
			if j+1 < len(toks) && toks[j+1].Is("and", ",") {
				k = j + 1
				break
			}
		}
	}
	// "shot dead a former MLA, Sivaji Rao, and his PSO", "abducted a
	// Sub-Engineer of the PMGSY, identified as Pradeep Ekka, and his
	// assistant": the first person's abbreviation, complement and name
	// stand between the list's items.
	if j, ok := namedApposition(toks, k); ok {
		k = j
	} else if j, ok := ofComplementAfter(toks, k); ok {
		k = j
	}
	// "shot dead a CPI-M member at Ranibandh in Bankura District and a
	// Forward Bloc worker at Barikul": the place of the first stands
	// between the list's items.
	if j, ok := placeBetweenItems(toks, k, hints); ok {
		k = j
	} else if lex.HasAt(toks, k, ",") {
		// (", Tarapada Mahato, at Ranibandh ... and a Forward Bloc
		// worker": the first one's name before his place.)
		e := k + 1
		for e < len(toks) && e <= k+4 && isCap(toks[e].Text) && !toks[e].Punct {
			e++
		}
		if e > k+1 && lex.HasAt(toks, e, ",") {
			if j, ok := placeBetweenItems(toks, e+1, hints); ok {
				k = j
			}
		}
	}
	// "killed a candidate running for a seat in the assembly, his driver
	// and a guard": a participle phrase between the list's items.
	if k < len(toks) && strings.HasSuffix(toks[k].Lower, "ing") && !toks[k].Is("including") {
		for j := k + 1; j < len(toks) && j <= k+10; j++ {
			if toks[j].Punct {
				if toks[j].Is(",") && listGoesOn(toks, np{head: j - 1}, hints) {
					k = j
				}
				break
			}
		}
	}
	for len(out) < 4 && k+1 < len(toks) {
		if n := alongWith(toks, k); n > 0 {
			// "killed 85 soldiers along with 50 civilians".
			k += n
		} else if toks[k].Is("and", ",") {
			k++
			if toks[k].Is("and") {
				k++
			}
			// "killed five workers, as well as two civilians".
			k += alongWith(toks, k)
		} else {
			break
		}
		if k >= len(toks) {
			break
		}
		if k >= len(toks) || toks[k].Is("including", "among", "while", "when", "who", "which") {
			break
		}
		// "killed a man and took a woman hostage": a verb after "and"
		// opens another clause, not another victim.
		if _, isQ := quantityAt(toks, k); !isQ && !isModifier(toks[k]) {
			if _, person := personAt(toks, k, hints); !person {
				break
			}
		}
		comma := toks[k-1].Is(",")
		q, ok := phraseAfter(toks, k, hints)
		// "killed eight people, and 24 others were injured": people set
		// off by a comma with a verb of their own after them are another
		// clause's subject, not more of the verb's objects. (Not "the
		// bodies of three men and two women cadres were recovered",
		// one list.)
		clause := comma || k >= 2 && toks[k-1].Is("and") && toks[k-2].Is(",")
		if ok && clause && q.head+1 < len(toks) && toks[q.head+1].Is("were", "was", "are", "is", "had", "have", "has", "remain", "remained", "remains", "sustained", "suffered", "received") {
			break
		}
		// "killing nine soldiers and wounding 12, two security officials
		// said": the people after the comma are the report's source.
		if ok && comma && q.head+1 < len(toks) && toks[q.head+1].Is(sayingVerbs...) {
			break
		}
		// "killed Maniram Baghel, a resident of...": a comma and an
		// article open an apposition, not another victim.
		if comma && ok && (!q.hasQ || toks[q.q.First].Is("a", "an")) && !listGoesOn(toks, q, hints) {
			break
		}
		// "the bodies of the two, a man and a woman": their sexes, not
		// two more people.
		if comma && ok && q.hasQ && toks[q.q.First].Is("a", "an") && toks[q.head].Is("man", "woman") && p.hasQ && p.q.Value >= 2 {
			break
		}
		// "killing 17 soldiers and 36 VDP": a count of a group the
		// lexicon lacks, named by its abbreviation, is people too, of
		// the side of the list it is joined to (a figure of no side
		// would read to the tally as the whole toll, the soldiers
		// included).
		if ok && q.category == Unknown && q.hasQ && q.head == q.q.Last && q.head+1 < len(toks) && acronym(toks[q.head+1].Text) &&
			(q.head+2 == len(toks) || toks[q.head+2].Punct || toks[q.head+2].Is("and", "in", "on", "at", "near", "during", "while")) &&
			p.category != "" && p.category != Unknown && p.category != Perpetrators {
			q.head++
			q.category = p.category
		} else if !ok || q.category == Unknown || toks[q.head].Is("he", "she") {
			break
		}
		// "killed a party leader and former sarpanch": a second title
		// with no article or count is the same person's.
		if !q.hasQ && !comma && p.hasQ && p.q.Value == 1 && !plural(toks[q.head].Lower) && toks[k-1].Is("and") &&
			!isCap(toks[k].Text) && !toks[k].Is("his", "her", "their", "its", "the", "a", "an") {
			break
		}
		// "killing 20 students and staff": a collective noun with no
		// count of its own is counted with the phrase before.
		if !q.hasQ && q.head == k && toks[q.head].Is(collectiveNouns...) {
			break
		}
		if !q.hasQ {
			// "his mother", "the driver": one person; a plural is vague,
			// and so is "civilian auxiliaries", where the person word
			// is an adjective of a plural the lexicon lacks.
			if plural(toks[q.head].Lower) {
				break
			}
			if n := q.head + 1; n < len(toks) && !toks[n].Punct && !isCap(toks[n].Text) && plural(toks[n].Lower) && verbs[toks[n].Lower] == "" {
				break
			}
			q.q, q.hasQ = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: k, Last: k}, true
		}
		// "a Maoist commander and his associate": a follower is of his
		// leader's side.
		if toks[q.head].Is(followers...) &&
			(toks[k].Is("his", "her", "their") || ofHisFollowers(toks, k)) && p.category != "" && p.category != Unknown && p.category != Perpetrators {
			q.category = p.category
		}
		out = append(out, q)
		k = q.head + 1
	}
	if enumerated(toks, p, out) {
		return nil
	}
	return out
}

// sayingVerbs tell who reported what the clause before says ("..., two
// officials said").
var sayingVerbs = []string{"said", "say", "says", "told", "added", "confirmed", "reported", "stated"}

// collectiveNouns name a group by one singular word: bare after "and",
// they are counted with the phrase before ("20 students and staff").
var collectiveNouns = []string{"staff", "crew", "personnel", "faculty"}

// generalNouns name people by no role: a count of them may be set out
// person by person after a comma.
var generalNouns = []string{"persons", "people", "individuals", "men", "women", "villagers", "civilians", "youths", "tribals"}

// kinNouns name a person by sex or kinship: set after a count, they say
// who the counted were, not that more were hurt.
var kinNouns = []string{"man", "woman", "husband", "wife", "brother", "sister", "son", "daughter", "father", "mother", "boy", "girl"}

// relativeNouns name a person by his kin: "the brother of a Maoist" is
// the brother, whatever his kin's side.
// (Plurals with no count are left to the phrase after them: "the sons
// of a tribal elder" tells no number.)
var relativeNouns = []string{"husband", "wife", "brother", "sister", "son", "daughter", "father", "mother", "nephew", "niece",
	"uncle", "relative", "cousin", "brother-in-law", "father-in-law"}

// enumerated reports whether the people joined after p, set off by a
// comma, are p's count told one by one ("killed two persons, a panchayat
// secretary and a tractor driver"; "executed two of its own cadres, a
// husband and wife"; "three persons, a teacher and two farmers"), not
// more people: as many as p counts, after a count of people of no role,
// or told by sex and kinship.
func enumerated(toks []lex.Token, p np, items []np) bool {
	if len(items) < 2 || !p.hasQ || p.q.Vague || !lex.HasAt(toks, p.head+1, ",") || items[0].first != p.head+2 {
		return false
	}
	kin := true
	var sum int64
	for _, it := range items {
		if it.q.Vague {
			return false
		}
		sum += it.q.Value
		kin = kin && toks[it.head].Is(kinNouns...)
	}
	return sum == p.q.Value && (kin || toks[p.head].Is(generalNouns...))
}

// namesBefore counts the personal names that fill toks[j:end] exactly:
// runs of one to four capitalised words joined by commas and "and" ("Rehmat
// Ullah and Sher Zaman", "Ali, Zahid and Sher Khan"). It returns 0 when the
// words are anything else.
func namesBefore(toks []lex.Token, j, end int) int {
	names := 0
	for j < end {
		e := j
		for e < end && e < j+4 && isCap(toks[e].Text) && !toks[e].Punct && !acronym(toks[e].Text) {
			if calendarWords[toks[e].Lower] {
				return 0 // "Policemen Monday were hurt": a day, no name
			}
			e++
		}
		if e == j {
			return 0
		}
		names++
		j = e
		if j < end && toks[j].Is(",") {
			j++
		}
		if j < end && toks[j].Is("and") {
			j++
		}
	}
	if j != end {
		return 0
	}
	return names
}

// calendarWords are the capitalised words of days and months, never a
// person's name.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// namedApposition skips what may follow a person noun at k before the
// "and" of a list: its abbreviation in brackets, an "of" complement in
// capitals ("of the PMGSY") and a name set off by commas ("Sivaji Rao",
// "identified as Pradeep Ekka"). It returns the index of the comma
// before "and", and false when the words are not such, or no "and"
// follows them.
func namedApposition(toks []lex.Token, k int) (int, bool) {
	if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") && acronym(toks[k+1].Text) {
		k += 3
	}
	if lex.HasAt(toks, k, "of") {
		j := k + 1
		if lex.HasAt(toks, j, "the") {
			j++
		}
		e := j
		for e < len(toks) && e < j+6 && isCap(toks[e].Text) && !toks[e].Punct {
			e++
		}
		if e == j {
			return 0, false
		}
		k = e
		if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") && acronym(toks[k+1].Text) {
			k += 3
		}
	}
	if k+1 >= len(toks) || !toks[k].Is(",") {
		return 0, false
	}
	j := k + 1
	if lex.HasAt(toks, j, "identified", "as") || lex.HasAt(toks, j, "alias") {
		j += 2
	}
	e := j
	for e < len(toks) && e < j+4 && isCap(toks[e].Text) && !toks[e].Punct {
		e++
	}
	if e == j || e+1 >= len(toks) || !toks[e].Is(",") || !toks[e+1].Is("and") {
		return 0, false
	}
	return e, true
}

// followers are the people of a leader named before them ("a commander
// and his associates"), of his side whatever their noun's usual one.
var followers = []string{"associate", "associates", "aide", "aides", "accomplice", "accomplices", "comrade", "comrades", "companion", "companions"}

// acronym reports whether w is an abbreviation in capitals ("PPP", "VDP").
func acronym(w string) bool { return len(w) <= 6 && lex.Capitals(w) }

// isNumberWord reports whether a plain count starts at i ("two", "12"),
// not an article or a vague word.
func isNumberWord(toks []lex.Token, i int) bool {
	_, ok := numberWordAt(toks, i)
	return ok
}

// numberWordAt returns the count a number word at i gives, as
// isNumberWord reads it.
func numberWordAt(toks []lex.Token, i int) (lex.Quantity, bool) {
	q, ok := lex.QuantityAt(toks, i)
	return q, ok && !q.Vague && q.First == i && !toks[i].Is("a", "an", "another", "the")
}

func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// coordinatedBefore returns the counted phrases joined to p by "and" or
// commas before it: "14 cadres and three SF personnel".
func coordinatedBefore(toks []lex.Token, p np, hints []Hint) []np {
	var out []np
	if p.hasQ && toks[p.q.First].Is("another") {
		return nil // "and another 27 people": a group of its own
	}
	for len(out) < 4 {
		k := p.first - 1
		if k >= 1 && !p.hasQ && !plural(toks[p.head].Lower) && len(out) == 0 {
			// "Noor and his guard were killed": a name joined to a
			// singular phrase that owns no count.
			for n := 0; n < 2 && k >= 1 && toks[k].Is("his", "her", "their", "the"); n++ {
				k--
			}
			if toks[k].Is("and") {
				// "Sepoy Irfan Ali (age 25, ...) and Sepoy Nasir Khan
				// embraced shahadat": a rank and a name is one man of
				// the rank's side.
				if first, c, ok := rankNameEndingAt(toks, beforeAside(toks, k-1), hints); ok {
					return append(out, np{head: first, first: first, category: c, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: first, Last: first}, hasQ: true})
				}
				if first, ok := nameEndingAt(toks, k-1, hints); ok {
					return append(out, np{head: k - 1, first: first, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: first, Last: k - 1}, hasQ: true})
				}
				// "An elderly man and his son were found dead".
				if c, ok := personAt(toks, k-1, hints); ok && c != "" {
					if q, first, ok := countBefore(toks, k-1); ok && !q.Vague {
						return append(out, np{head: k - 1, first: first, category: c, q: q, hasQ: true})
					}
					// "The driver and his assistant were injured": one
					// person named by a singular noun with its article.
					if k >= 2 && toks[k-2].Is("the") && !plural(toks[k-1].Lower) && (k == 2 || toks[k-3].Punct) {
						return append(out, np{head: k - 1, first: k - 2, category: c, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: k - 2, Last: k - 1}, hasQ: true})
					}
				}
			}
			return out
		}
		// "1 soldier and all 3 attackers": "all" before a count does not
		// part it from the list.
		if k >= 1 && p.hasQ && toks[k].Is("all", "both") {
			k--
		}
		// "Officer along with one civilian were killed".
		along := k >= 2 && lex.HasAt(toks, k-1, "along", "with")
		if along {
			k--
		}
		// "a 'zonal commander' and his two associates were arrested".
		poss := k >= 2 && p.hasQ && toks[k].Is("his", "her", "their") && toks[k-1].Is("and")
		if poss {
			k--
		}
		if k < 1 || !p.hasQ || !toks[k].Is("and", ",", "along", "&") {
			return out
		}
		// "A villager, a farmer, was shot dead": one man's apposition set
		// off by commas before a singular verb is no second item.
		if toks[k].Is(",") && p.q.Value == 1 && !plural(toks[p.head].Lower) && lex.HasAt(toks, p.head+1, ",", "was") {
			return out
		}
		if along && k >= 1 {
			if c, ok := personAt(toks, k-1, hints); ok && c != "" && !plural(toks[k-1].Lower) && (k-1 == 0 || toks[k-2].Punct) {
				return append(out, np{head: k - 1, first: k - 1, category: c, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: k - 1, Last: k - 1}, hasQ: true})
			}
		}
		// "Hamish and two guards were killed", "Hamish 40 and two guards".
		if toks[k].Is("and") {
			if e := beforeAge(toks, k-1); e >= 0 {
				if first, ok := nameEndingAt(toks, e, hints); ok {
					return append(out, np{head: e, first: first, category: Civilians, q: lex.Quantity{Value: 1, Bound: lex.BoundExact, First: first, Last: e}, hasQ: true})
				}
			}
		}
		// "22 civilians, 2 policemen, and 5 attackers": a comma before
		// the last "and".
		if toks[k].Is("and") && toks[k-1].Is(",") && k > 1 {
			k--
			// "Twenty hostages, mostly foreigners, and two police
			// officers": an aside on the phrase before stands between.
			if c := asideBefore(toks, k); c > 0 {
				k = c
			}
		}
		found := false
		// "An Assistant Sub-Inspector (ASI) of Police and a constable":
		// the name's "of" complement and abbreviation stand between.
		start := k - 1
		// ("a Senior Superintendent of Police (SSP), two Inspectors":
		// the abbreviation after the complement too.)
		if start >= 3 && toks[start].Is(")") && toks[start-2].Is("(") && acronym(toks[start-1].Text) {
			start -= 3
		}
		if e, ok := ofComplementBefore(toks, start); ok {
			start = e
		}
		lo := start - 3
		// "Two members of the security forces and five rebels": the
		// people counted stand before an "of" complement of common
		// words.
		for m := start; m >= 1 && m >= start-4 && !toks[m].Punct; m-- {
			if toks[m].Is("of") {
				lo = min(lo, m-1)
				break
			}
		}
		for j := start; j >= 0 && j >= lo; j-- {
			// ("39 hostages and a guard were killed": the noun of a
			// taking is one of the people listed.)
			if kd, _ := verbAt(toks, j); kd != "" && !toks[j].Is("hostage", "hostages") || isAux(toks[j]) {
				break
			}
			// "Three Maoists surrendered and two were arrested": the
			// phrase before has a verb of its own.
			if toks[j].Is("surrendered", "escaped", "fled", "retreated") {
				break
			}
			c, ok := personAt(toks, j, hints)
			if !ok || c == "" && !toks[j].Is("others") {
				if toks[j].Punct && !toks[j].Is("'", "’") {
					break
				}
				continue
			}
			q, first, ok := countBefore(toks, j)
			if !ok && poss && !plural(toks[j].Lower) && j > 0 && toks[j-1].Is("the") {
				// "The headman and his two sons were killed".
				q, first, ok = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: j - 1, Last: j}, j-1, true
			}
			if !ok && j == k-1 && toks[k].Is("and") && !plural(toks[j].Lower) && !isCap(toks[j].Text) {
				// "including the bride's father and two children": one
				// person named by a singular noun and its article.
				// ("including the suicide bomber and nine civilians".)
				if a := theBeforeKind(toks, j); a >= 0 {
					q, first, ok = lex.Quantity{Value: 1, Bound: lex.BoundExact, First: a, Last: j}, a, true
				}
			}
			if !ok {
				// "Fourteen soldiers and policemen and 21 militants": one
				// count shared by two plurals.
				q, first, ok = sharedCountBefore(toks, j, hints)
			}
			if !ok {
				break
			}
			// "Out of a dozen personnel, 3 were killed": the pool the
			// count is taken from.
			if first >= 2 && lex.HasAt(toks, first-2, "out", "of") {
				break
			}
			// "killed 6 soldiers and another were injured": the phrase
			// before "and" is the object of another casualty word, or
			// an item of its "including" list.
			if first > 0 {
				if kd, _ := verbAt(toks, first-1); kd != "" || earlierVerbsList(toks, first) {
					break
				}
			}
			p = np{head: j, first: first, category: c, q: q, hasQ: true}
			out = append(out, p)
			found = true
			break
		}
		if !found {
			return out
		}
	}
	return out
}

// theBefore returns the "the" that opens the singular noun at j, right
// before it or before a possessive ("the bride's father"), or -1.
func theBefore(toks []lex.Token, j int) int {
	if j >= 1 && toks[j-1].Is("the") {
		return j - 1
	}
	if j >= 2 && (strings.HasSuffix(toks[j-1].Lower, "'s") || strings.HasSuffix(toks[j-1].Lower, "’s")) && toks[j-2].Is("the") {
		return j - 2
	}
	return -1
}

// dropListTotal removes the total that opens a list before a passive
// verb when the rest of the list breaks it down: in "40 people, 6
// soldiers and 34 civilians, were killed" the 40 are the 6 and the 34.
// coordinated runs leftwards from main, so the list's first phrase is last.
func dropListTotal(toks []lex.Token, main np, coordinated []np) []np {
	if len(coordinated) < 2 || !main.hasQ || main.q.Vague {
		return coordinated
	}
	top := coordinated[len(coordinated)-1]
	// Only a phrase of no side can be the total: "Five soldiers, two
	// policemen and three civilians" is a list of ten.
	generic := top.category == Unknown || toks[top.head].Is("people", "persons", "individuals", "victims", "others")
	if !generic || top.head+1 >= len(toks) || !toks[top.head+1].Is(",") || top.q.Vague {
		return coordinated
	}
	sum := main.q.Value
	for _, c := range coordinated[:len(coordinated)-1] {
		sum += c.q.Value
	}
	if sum != top.q.Value {
		return coordinated
	}
	return coordinated[:len(coordinated)-1]
}

// countBefore finds the count of the noun at k: just before it over
// modifiers and up to three other words ("two coal company officers"),
// ageAside reports a number set off by commas after a name: "Sepoy Naveed
// Khan, 24, embraced martyrdom" gives the man's age, not a toll of 24.
func ageAside(toks []lex.Token, q lex.Quantity) bool {
	f, l := q.First, q.Last
	return f == l && !q.Vague && q.Value > 0 && q.Value < 100 && f >= 2 && l+1 < len(toks) &&
		toks[f-1].Is(",") && toks[l+1].Is(",") && isCap(toks[f-2].Text) && !toks[f-2].Punct
}

// or before an "of" phrase ("one of the soldiers").
func countBefore(toks []lex.Token, k int) (lex.Quantity, int, bool) {
	m := k - 1
	for n := 0; m >= 0 && n < 5; m, n = m-1, n+1 {
		if q, ok := quantityEndingAt(toks, m); ok {
			return q, q.First, true
		}
		t := toks[m]
		// "Two Security Force (SF) personnel": the abbreviation of a
		// name does not part the name from its count.
		if t.Is(")") && m >= 2 && toks[m-2].Is("(") && acronym(toks[m-1].Text) {
			m -= 2
			n--
			continue
		}
		// "two self-styled 'area commanders'": quotes around a title
		// do not part it from its count.
		if t.Is("'", "‘", "’", "\"", "“", "”") {
			continue
		}
		if t.Punct || t.Is("and", "or", "by", "in", "at", "on", "with", "to", "were", "was", "are", "is", "been", "had", "have", "has",
			"including", "among", "before", "after", "when", "while") {
			break
		}
		// "Two persons the Police described as militia members": an
		// article opens another phrase, unless an "of" or "from" takes
		// it ("three troopers of the SSB").
		if t.Is("the") && m > 0 && !toks[m-1].Is("of", "from") && !isNumberWord(toks, m-1) {
			if _, person := persons[toks[m-1].Lower]; person && plural(toks[m-1].Lower) {
				break
			}
		}

		if t.Is("from") {
			// "two from the State Police": the count stands for people.
			if q, ok := quantityEndingAt(toks, m-1); ok {
				return q, q.First, true
			}
			break
		}
		if t.Is("of") {
			// "one of the soldiers", "Three troopers of the SSB".
			if q, ok := quantityEndingAt(toks, m-1); ok {
				return q, q.First, true
			}
			// "engaged a group of khwarij": "a" counts the group, not
			// the men in it.
			if m >= 2 && !toks[m-1].Is("group", "band", "gang", "batch", "cell") {
				if q, first, ok := countBefore(toks, m-1); ok {
					return q, first, true
				}
			}
			break
		}
	}
	return lex.Quantity{}, 0, false
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// quantityAt reads a count at i as lex does, and also "an unknown
// number of", which casualty reports use for ACLED's unspecified toll.
func quantityAt(toks []lex.Token, i int) (lex.Quantity, bool) {
	if lex.HasAt(toks, i, "an", "unknown", "number") {
		last := i + 2
		if lex.HasAt(toks, last+1, "of") {
			last++
		}
		return lex.Quantity{Value: 3, Bound: lex.BoundApprox, Vague: true, First: i, Last: last}, true
	}
	// "upwards of a hundred", "upward of 50": the figure as a floor.
	if lex.HasAt(toks, i, "upwards", "of") || lex.HasAt(toks, i, "upward", "of") {
		q, ok := quantityAt(toks, i+2)
		if !ok || q.Vague {
			return lex.Quantity{}, false
		}
		q.First, q.Bound = i, lex.BoundLower
		return q, true
	}
	q, ok := wordQuantityAt(toks, i)
	if !ok {
		q, ok = lex.QuantityAt(toks, i)
	}
	if ok && countsNobody(toks, q) {
		return lex.Quantity{}, false
	}
	// "a hundred or so": the figure, as an estimate.
	// ("six to eight or so": the range's end is no count of its own.)
	if ok && !q.Vague && lex.HasAt(toks, q.Last+1, "or", "so") && !(i > 0 && toks[i-1].Is("to", "or")) {
		q.Last += 2
		if q.Bound == lex.BoundExact {
			q.Bound = lex.BoundApprox
		}
	}
	return q, ok
}

// wordQuantityAt reads the counts in words that lex reads as an article:
// "half a dozen" (six) and "a hundred", "a thousand".
func wordQuantityAt(toks []lex.Token, i int) (lex.Quantity, bool) {
	if lex.HasAt(toks, i, "half", "a", "dozen") {
		return lex.Quantity{Value: 6, Bound: lex.BoundApprox, First: i, Last: i + 2}, true
	}
	if i+1 < len(toks) && toks[i].Is("a", "an") && toks[i+1].Is("hundred", "thousand") {
		v := int64(100)
		if toks[i+1].Is("thousand") {
			v = 1000
		}
		return lex.Quantity{Value: v, Bound: lex.BoundApprox, First: i, Last: i + 1}, true
	}
	return lex.Quantity{}, false
}

// countsNobody reports whether the figure of quantity q is a number that
// counts no people: an age, a date, a year, a time, a weapon's model, a
// unit's number, a distance or a sum.
func countsNobody(toks []lex.Token, q lex.Quantity) bool {
	for k := q.First; k <= q.Last; k++ {
		if isNumber(toks[k].Lower) {
			return numberKind(toks, k, q) != ""
		}
	}
	// "shot him dead nine minutes after the first call": a span in
	// words is no people either.
	return q.Last+1 < len(toks) && toks[q.Last+1].Is("minutes", "hours", "days", "weeks", "months", "years")
}

// numberKind names what the number in digits at n stands for when it is
// no count of people ("age", "date", "year", "time", "weapon", "unit",
// "measure", "money"), or returns "". q is the quantity the number is
// read in. It reads the words around the number, for texts that lost
// their punctuation write an age or a date as bare as a count: "Ram
// Kumar 40 was shot dead", "a cadre was on August 24 killed".
func numberKind(toks []lex.Token, n int, q lex.Quantity) string {
	w := toks[n].Lower
	var prev, next lex.Token
	if n > 0 {
		prev = toks[n-1]
	}
	if n+1 < len(toks) {
		next = toks[n+1]
	}
	v, _, _ := lex.NumberAt(toks, n)
	// "at 9.15 am", "a 7.62 calibre rifle": people come in wholes ("1.5
	// million" has its scale after it).
	if strings.Contains(w, ".") && q.Last == n {
		return "measure"
	}
	if prev.Is(currencies...) {
		return "money"
	}
	if len(w) == 4 && v >= 1900 && v <= 2099 {
		// "September 8, 2012": a year after a month and a day is one
		// even before a person noun ("on May 2, 2016 people gathered");
		// elsewhere "2000 people" counts them ("2,000" always does).
		if n >= 3 && prev.Is(",") && isNumber(toks[n-2].Lower) && isMonth(toks[n-3]) || !personFollows(toks, q.Last+1) {
			return "year"
		}
	}
	if v >= 1 && v <= 31 && (isMonth(prev) || isMonth(next)) {
		return "date"
	}
	if next.Is(timeUnits...) || isNumber(next.Lower) && n+2 < len(toks) && toks[n+2].Is("am", "pm", "hrs") {
		return "time"
	}
	if next.Is(measures...) {
		return "measure"
	}
	if next.Is(weaponMarks...) || modelPrefix[prev.Text] {
		return "weapon"
	}
	if unitAfter(toks, n) || unitPrefix[prev.Text] || prev.Is(".") && n >= 2 && toks[n-2].Is("no", "nos") {
		return "unit"
	}
	if q.First == n && v < 120 && age(toks, n) {
		return "age"
	}
	return ""
}

// isMonth reports whether t names a month: capitalised, so that "may" the
// verb is none, or abbreviated ("Aug", "Sept").
func isMonth(t lex.Token) bool {
	if !isCap(t.Text) {
		return false
	}
	return timeWords[t.Lower] && !weekdays[t.Lower] || monthAbbreviations[t.Lower]
}

// personFollows reports whether a person noun follows k over modifiers:
// "2000 people", "2000 Maoist cadres".
func personFollows(toks []lex.Token, k int) bool {
	for m := k; m < len(toks) && m < k+4; m++ {
		if _, ok := persons[toks[m].Lower]; ok {
			return true
		}
		if !isModifier(toks[m]) {
			return false
		}
	}
	return false
}

// unitAfter reports whether the number at n names a unit ("27 AR", "24
// Assam Rifles", "134 Battalion") rather than counts its men ("12 Assam
// Rifles personnel").
func unitAfter(toks []lex.Token, n int) bool {
	k := n + 1
	if k < len(toks) && !unitWords[toks[k].Text] && isCap(toks[k].Text) && k+1 < len(toks) && unitWords[toks[k+1].Text] {
		k++
	}
	if k >= len(toks) || !unitWords[toks[k].Text] {
		return false
	}
	return !personFollows(toks, k+1)
}

// age reports whether the bare number at n is the age of the person
// named before it: "Ram Kumar 40 was shot dead", "Aju, 40, was hurt",
// "Altaf 19 and Sajid 37 were arrested", "Ejaz (30)". A count there would
// be followed by its noun ("Kumar's 12 guards").
func age(toks []lex.Token, n int) bool {
	if n == 0 || n+1 >= len(toks) {
		return false
	}
	prev, next := toks[n-1], toks[n+1]
	if prev.Is("(") && next.Is(")") && n >= 2 {
		_, person := persons[toks[n-2].Lower]
		return person || namelike(toks[n-2])
	}
	if prev.Is(",") && next.Is(",") && n >= 2 && namelike(toks[n-2]) {
		// "Aju, 40, was shot dead", "Aju, 40, a shopkeeper": not "In
		// Kurram, 12, including two children, were killed".
		return n+2 < len(toks) && (isAux(toks[n+2]) || toks[n+2].Is("a", "an", "who", "son", "daughter", "wife", "resident", "from", "of") || verbs[toks[n+2].Lower] != "")
	}
	if !namelike(prev) || placeBefore(toks, n-1) {
		return false
	}
	if isAux(next) || next.Is("and", ",", "had", "has", "have", "who", "alias", "son", "daughter", "wife", "resident", "from", "of", "s/o", "d/o", "w/o") || verbs[next.Lower] != "" {
		return true
	}
	// "Abbas Ali 27 Suleiman Khan 23 and ...", "Veko Budhru 25 active as
	// a squad member": a list of names with ages, a description. A count
	// after a name goes on to its people: "Kumar 12 guards", "12 more".
	// "Mangu Oyam 22 'jan militia member'": a title in quotes.
	quoted := next.Is("'", "‘", "\"", "“")
	return (!next.Punct || quoted) && !next.Is("more", "others", "other") && !personFollows(toks, n+1)
}

// placeBefore reports that the name ending at e is a place a preposition
// opens, not a person: "In Quetta 12 were killed", "in Mastung district 14
// passengers".
func placeBefore(toks []lex.Token, e int) bool {
	for k := e; k >= 1 && k >= e-3 && namelike(toks[k]); k-- {
		if toks[k-1].Is("in", "at", "near", "from", "of", "across") {
			return true
		}
		// "in Dar es Salaam 11 were killed": a particle inside the name.
		if k >= 3 && toks[k-1].Is(nameParticles...) && namelike(toks[k-2]) {
			k--
		}
	}
	return false
}

// nameParticles are the lower-case words inside place names: "Dar es
// Salaam", "Ras al Khaimah", "Rio de Janeiro".
var nameParticles = []string{"es", "al", "el", "de", "da", "do", "du", "la"}

// namelike reports whether t may end a personal name: a capitalised word
// that is no function word, month, person noun or side.
func namelike(t lex.Token) bool {
	if t.Punct || !isCap(t.Text) || isMonth(t) || notNames[t.Lower] || timeWords[t.Lower] {
		return false
	}
	if _, ok := persons[t.Lower]; ok {
		return false
	}
	_, side := sideWords[t.Lower]
	return !side
}

// quantityEndingAt finds a quantity whose last token is m.
func quantityEndingAt(toks []lex.Token, m int) (lex.Quantity, bool) {
	for s := m; s >= 0 && s >= m-4; s-- {
		if q, ok := quantityAt(toks, s); ok && q.Last == m {
			// Prefer the longest reading ("at least six").
			for s2 := s - 1; s2 >= 0 && s2 >= m-4; s2-- {
				if q2, ok := quantityAt(toks, s2); ok && q2.Last == m {
					q = q2
				}
			}
			return q, true
		}
	}
	return lex.Quantity{}, false
}

// listGoesOn reports whether another person phrase follows p after a
// comma or "and": "killed a driver, a soldier and two civilians" is a list
// where "killed Ali Khan, a resident of the village" is an apposition.
func listGoesOn(toks []lex.Token, p np, hints []Hint) bool {
	k := p.head + 1
	if k >= len(toks) || !toks[k].Is(",", "and") {
		return false
	}
	k++
	if k < len(toks) && toks[k].Is("and") {
		k++
	}
	q, ok := phraseAfter(toks, k, hints)
	return ok && q.category != Unknown
}

// earlierVerbsList reports whether the phrase starting at first is an
// item of an "including" list that hangs from a casualty word told
// before it: "72 people were killed, including 29 children and ...".
func earlierVerbsList(toks []lex.Token, first int) bool {
	k := first - 1
	// "including a Briton and an American citizen": back over the
	// list's earlier items to its "including".
	for n := 0; k > 0 && n < 8 && !toks[k].Is("including", "among"); k, n = k-1, n+1 {
		if toks[k].Is(".", ";") || isAux(toks[k]) {
			return false
		}
		if kd, _ := verbAt(toks, k); kd != "" {
			return false
		}
	}
	if k < 0 || !toks[k].Is("including", "among") {
		return false
	}
	for j := k - 1; j >= 0 && !toks[j].Is(".", ";"); j-- {
		if kd, _ := verbAt(toks, j); kd != "" {
			return true
		}
	}
	return false
}

// includedIn reports the phrase an "including ..." list starting before
// first belongs to: "12 people, including three soldiers, were killed".
// sexOrAgeWords name a person by sex or age alone, which says nothing of
// the side: "two cadres, including a woman".
var sexOrAgeWords = []string{"woman", "women", "man", "men", "girl", "girls", "boy", "boys", "child", "children", "minor", "minors", "teenager", "teenagers"}

// sexOrAgeItem reports whether the list item starting at first is a
// person named by sex or age ("a woman", "two minors"); only the first
// item counts ("Rangers personnel and children" names a side).
func sexOrAgeItem(toks []lex.Token, first int) bool {
	for k := first; k < len(toks) && k <= first+3 && !toks[k].Punct && !toks[k].Is("and"); k++ {
		if toks[k].Is(sexOrAgeWords...) {
			return true
		}
	}
	return false
}

func includedIn(toks []lex.Token, first int, hints []Hint, limit int) (np, bool) {
	k := first - 1
	if k >= 0 && toks[k].Is(",", "(") {
		k--
	}
	// "Twenty-five villagers, among them six children, were killed":
	// the share named after "among them" is carved out of the whole.
	if k >= 1 && toks[k].Is("them", "whom") && toks[k-1].Is("among") {
		k--
	}
	if k < 0 || !(toks[k].Is("including", "among")) {
		return np{}, false
	}
	k--
	if k >= 0 && toks[k].Is(",", "(") {
		k--
	}
	// "over 100 more including 35 children": a bare count is the whole.
	if k >= limit {
		h := k
		if toks[k].Is("more", "others") {
			h = k - 1
		}
		if q, ok := quantityEndingAt(toks, h); ok && !q.Vague && !toks[q.First].Is("a", "an") {
			// ("three others, including a woman": others of the side
			// told before, as "others" is anywhere.)
			// (Only when the list names people by sex or age, who
			// leave the side unsaid: "60 others, including 57
			// policemen" stays a whole of no side with its part.)
			cat := Unknown
			if toks[k].Is("others") && sexOrAgeItem(toks, first) {
				cat = ""
			}
			return np{head: k, first: q.First, category: cat, q: q, hasQ: true}, true
		}
	}
	for ; k >= limit; k-- {
		c, ok := personAt(toks, k, hints)
		if !ok {
			if toks[k].Punct {
				return np{}, false
			}
			continue
		}
		p := np{head: k, first: k, category: c}
		if q, ok := quantityEndingAt(toks, k-1); ok {
			p.q, p.hasQ, p.first = q, true, q.First
		} else {
			for m, skipped := k-1, 0; m >= 0 && m >= k-4-skipped; m-- {
				if q, ok := quantityEndingAt(toks, m); ok {
					p.q, p.hasQ, p.first = q, true, q.First
					break
				}
				// "Two Security Force (SF) personnel, including".
				if toks[m].Is(")") && m >= 2 && toks[m-2].Is("(") && acronym(toks[m-1].Text) {
					m -= 2
					skipped += 3
					continue
				}
				if !isModifier(toks[m]) {
					break
				}
			}
		}
		// "Seven members of a family, including four children": the
		// family is the members'; the count before "of" is theirs.
		if p.hasQ && toks[p.q.First].Is("a", "an", "the") && p.first-3 >= limit && toks[p.first-1].Is("of") {
			if c2, ok := personAt(toks, p.first-2, hints); ok && c2 != "" {
				if q, ok := quantityEndingAt(toks, p.first-3); ok && !q.Vague {
					return np{head: p.first - 2, first: q.First, category: c2, q: q, hasQ: true}, true
				}
			}
		}
		return p, true
	}
	return np{}, false
}

// appositiveList reads a breakdown after a counted phrase, "killing 14
// people, seven soldiers and seven guards": sub-counts only when they add
// up to the total, otherwise the commas were saying something else.
func appositiveList(toks []lex.Token, h, k int, hints []Hint) []np {
	total, _, ok := countBefore(toks, h)
	if !ok {
		return nil
	}
	var out []np
	sum := int64(0)
	for k < len(toks) && len(out) < 4 {
		p, ok := phraseAfter(toks, k, hints)
		if !ok || !p.hasQ || p.q.Vague || p.category == Unknown || toks[p.q.First].Is("a", "an") {
			break
		}
		out = append(out, p)
		sum += p.q.Value
		k = p.head + 1
		if k < len(toks) && toks[k].Is(",") {
			k++
		}
		if k < len(toks) && toks[k].Is("and") {
			k++
		}
	}
	if len(out) < 2 || sum != total.Value {
		return nil
	}
	return out
}

// shareAfter reads a share of the whole named after "of them" at k:
// "killing 53 people, 46 of them girls", "wounding six, four of them
// police officers". The share is a part of the whole, as an "including"
// list names one; "four of them seriously" names no people and is none.
func shareAfter(toks []lex.Token, k int, hints []Hint) (np, bool) {
	if !isNumberWord(toks, k) && !toks[k].Is("many", "most", "some", "several", "all", "both") {
		return np{}, false
	}
	q, ok := quantityAt(toks, k)
	if !ok || !lex.HasAt(toks, q.Last+1, "of", "them") {
		return np{}, false
	}
	p, ok := phraseAfter(toks, q.Last+3, hints)
	if !ok || p.category == "" || p.category == Unknown || p.hasQ {
		return np{}, false
	}
	p.q, p.hasQ, p.first, p.share = q, true, q.First, true
	return p, true
}

// includedAfter returns the sub-phrases of an "including" list that follows
// the head at h (before the casualty word when passive, after it when
// active).
func includedAfter(toks []lex.Token, h int, hints []Hint, v, vEnd int) []np {
	k := h + 1
	if k < len(toks) && toks[k].Is(",", "(") {
		k++
	}
	if k < len(toks) && toks[k-1].Is(",") && !toks[k].Is("including", "among") {
		if p, ok := shareAfter(toks, k, hints); ok {
			return []np{p}
		}
		return appositiveList(toks, h, k, hints)
	}
	if k >= len(toks) || !toks[k].Is("including", "among") {
		return nil
	}
	if toks[k].Is("among") && !(k+1 < len(toks) && toks[k+1].Is("them", "whom")) {
		return nil
	}
	if toks[k].Is("among") {
		k++
	}
	k++
	var out []np
	for k < len(toks) && len(out) < 4 {
		if k == v || toks[k].Is("another") {
			break
		}
		p, ok := phraseAfter(toks, k, hints)
		if !ok || p.category == Unknown {
			break
		}
		// "including 29 children and over 200 others were injured": a
		// phrase with a verb of its own opens another clause.
		// ("including ... and all three attackers were killed": the
		// auxiliary of the list's own verb opens none.)
		if p.head+1 < len(toks) && p.head+1 != v && isAux(toks[p.head+1]) && !(p.head < v && p.head+1 == auxStart(toks, v)) {
			break
		}
		out = append(out, p)
		k = nameTail(toks, p.head+1)
		if _, ok := siblingAfter(toks, out, hints, v); ok {
			break
		}
		if k < len(toks) && toks[k].Is(",", "and") {
			k++
		}
		if k < len(toks) && toks[k].Is("and") {
			k++
		}
	}
	return out
}

// shareBeforeAmong reads a share of a toll named before "among them":
// "Six people died, the attacker among them", "were killed, two soldiers
// among them".
func shareBeforeAmong(toks []lex.Token, k int, hints []Hint) (np, bool) {
	p, ok := phraseAfter(toks, k, hints)
	if !ok || p.category == "" || p.category == Unknown || !lex.HasAt(toks, p.head+1, "among", "them") {
		return np{}, false
	}
	return p, true
}

// siblingAfter returns the phrase after ", and" that closes an "including"
// list and runs into the verb: in "Five people, including three FC
// personnel, and four attackers were killed" the attackers are a sibling of
// the five, not one of them ("including three soldiers, and two children,
// were killed" keeps both in the list). A list of two or more before ",
// and" is a series whose last item that is ("including an SSP, two
// Inspectors, and a toddler were killed").
func siblingAfter(toks []lex.Token, list []np, hints []Hint, v int) (np, bool) {
	if len(list) != 1 {
		return np{}, false
	}
	k := nameTail(toks, list[len(list)-1].head+1)
	if k+2 >= len(toks) || !toks[k].Is(",") || !toks[k+1].Is("and") {
		return np{}, false
	}
	q, ok := phraseAfter(toks, k+2, hints)
	if !ok {
		return np{}, false
	}
	if e := nameTail(toks, q.head+1); e != v && e != auxStart(toks, v) {
		return np{}, false
	}
	return q, true
}

// nameTail returns the index after the abbreviation in brackets and the
// "of" complement of capitalised words that may follow a rank or a
// force from k: "(JCO) of Army", "of the Nepal Police", "(SSP)". It
// returns k when none follows.
func nameTail(toks []lex.Token, k int) int {
	if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") && acronym(toks[k+1].Text) {
		k += 3
	}
	if k+1 < len(toks) && toks[k].Is("of") {
		e := k + 1
		for e < len(toks) && e <= k+5 && (toks[e].Is("the") || isCap(toks[e].Text) && !toks[e].Punct) {
			e++
		}
		if e > k+1 && !toks[e-1].Is("the") {
			k = e
		}
	}
	if k+2 < len(toks) && toks[k].Is("(") && toks[k+2].Is(")") && acronym(toks[k+1].Text) {
		k += 3
	}
	return k
}

// Updates returns the figures of a sentence that update the toll of an
// incident told before it, in a sentence that names no violence of its
// own: a stated death toll ("the death toll rose to 41", "raising the
// toll to 12") and deaths or injuries told as more ("two of the wounded
// later died", "three more people died in hospital"). A sentence without
// the words such figures need is not read.
func Updates(toks []lex.Token, hints []Hint) []Figure {
	if !MayUpdate(toks) {
		return nil
	}
	var out []Figure
	for _, f := range Find(toks, hints) {
		if f.Negated || f.Vague || f.Kind != Killed && f.Kind != Injured {
			continue
		}
		// A deed told as following ("they also killed two men") may be
		// background in such a sentence; only words that count on from
		// a toll ("two more", "another") say it is this incident's.
		if f.Toll || f.WereInjured || f.More && saysMore(toks, f) {
			out = append(out, f)
		}
	}
	return out
}

// MayUpdate reports whether a sentence has a word that Updates needs, so
// that callers can skip preparing its hints.
func MayUpdate(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("toll", "number", "more", "another", "further", "additional", "second", "third", "died", "succumbed", "dies", "succumbs") {
			return true
		}
	}
	return false
}

// saysMore reports whether the words of figure f count on from a toll
// told before: "more", "another", "a second".
func saysMore(toks []lex.Token, f Figure) bool {
	others, died := false, false
	for _, t := range toks {
		if t.Start < f.Start || t.End > f.End {
			continue
		}
		if t.Is("more", "another", "further", "additional", "second", "third") {
			return true
		}
		// "three others later died in hospital".
		others = others || t.Is("others")
		died = died || t.Is("died", "dies", "succumbed", "succumbs")
	}
	return others && died
}

// ReadsHints reports whether Find consults its hints on toks: only a
// casualty verb or a toll told as lives taken makes it. A caller may skip
// preparing hints for a sentence without, which most sentences with a
// trigger word are.
func ReadsHints(toks []lex.Token) bool {
	for i := range toks {
		if toks[i].Is(livesVerbs...) {
			return true
		}
		if kind, _ := verbAt(toks, i); kind != "" {
			return true
		}
	}
	return false
}

// dropUnconfirmedClaims drops the vague tolls a sentence denies of every
// side: "BLF claimed several soldiers were killed, but no fatalities were
// confirmed" counts no one, as ACLED codes it. A stated number stays ("BLF
// claimed four soldiers were killed"), and so does a denial of one side
// only ("no civilians were hurt").
func dropUnconfirmedClaims(toks []lex.Token, figs []Figure) []Figure {
	denied := map[string]bool{}
	for _, f := range figs {
		if !f.Negated {
			continue
		}
		for _, t := range toks {
			if t.Start >= f.Start && t.End <= f.End && t.Is("fatalities", "casualties", "deaths", "one", "losses", "loss", "life", "lives", "injuries") {
				denied[f.Kind] = true
			}
		}
	}
	if len(denied) == 0 {
		return figs
	}
	return slices.DeleteFunc(figs, func(f Figure) bool { return f.Vague && denied[f.Kind] })
}

// capturedThings are what a force or a group "captures" or "seizes" that
// is no one: arms, ground and posts.
var capturedThings = lex.WordSet(`rifles rifle weapons weapon arms ammunition launcher launchers grenades guns pistols
	explosives vehicles vehicle centre center headquarters district districts town towns city village villages area
	areas base bases post posts checkpoint checkpoints check-post territory hill hills compound positions position
	border crossing airport bridge road highway cache caches`)

// dropCapturedThings drops arrests read from a verb that also takes things
// when what it took is a thing: "captured two rifles", "captured the
// district centre" count no one arrested.
func dropCapturedThings(toks []lex.Token, figs []Figure) []Figure {
	return slices.DeleteFunc(figs, func(f Figure) bool {
		if f.Kind != Arrested {
			return false
		}
		k := 0
		for k < len(toks) && toks[k].Start < f.Start {
			k++
		}
		if k >= len(toks) || !toks[k].Is("captured", "capturing", "seized", "seizing") {
			return false
		}
		// The first noun after the verb says which: "captured three
		// militants and their weapons" took people.
		for j := k + 1; j < len(toks) && j <= k+5 && !toks[j].Punct; j++ {
			if c, ok := personAt(toks, j, nil); ok && c != "" {
				return false
			}
			if capturedThings[toks[j].Lower] {
				return true
			}
		}
		return false
	})
}
