package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// pastMarkers open a phrase about an earlier incident: "arrested for
// their role in an ambush", "involved in the killing of six villagers".
var pastMarkers = [][]string{
	{"involved", "in"}, {"involvement", "in"}, {"in", "connection", "with"}, {"accused", "of"},
	{"role", "in"}, {"mastermind", "of"}, {"masterminds", "of"}, {"part", "in"},
	// "arrested over the killing of three people", "help to the families
	// of 12 soldiers who were killed".
	{"over", "the", "killing"}, {"over", "the", "killings"}, {"over", "the", "murder"}, {"over", "the", "deaths"},
	{"families", "of"},
	// "attended the chehlum of the 11 passengers killed in last month's
	// attack": the mourning of the dead, not their deaths (up to the
	// comma: "struck the funeral of a police officer, killing 30").
	{"chehlum", "of"}, {"funeral", "of"}, {"funerals", "of"},
	{"responsible", "for"}, {"wanted", "in"}, {"wanted", "for"}, {"charged", "with"},
	{"a", "day", "after"}, {"days", "after"}, {"a", "week", "after"}, {"weeks", "after"},
	{"a", "month", "after"}, {"months", "after"}, {"years", "after"},
	// "Three weeks before he died, he had been found...": a death told
	// to date something else.
	{"a", "day", "before"}, {"days", "before"}, {"a", "week", "before"}, {"weeks", "before"},
	{"a", "month", "before"}, {"months", "before"}, {"years", "before"},
}

// pastFirst holds the first words of pastMarkers.
var pastFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range pastMarkers {
		m[p[0]] = true
	}
	return m
}()

// dropPastTolls removes the deaths and injuries a sentence recalls from
// an earlier incident rather than reports: those after a past marker
// ("Two Maoists involved in the killing of six villagers were
// arrested", "A day after nine cadres were killed, ..."), and those in a
// relative clause after an arrest or a surrender ("Police arrested ten
// cadres for an ambush in which 12 policemen were killed").
func dropPastTolls(toks []lex.Token, figs []Figure) []Figure {
	hurt := false
	for _, f := range figs {
		hurt = hurt || f.Kind == Killed || f.Kind == Injured
	}
	if !hurt {
		return figs
	}
	var recalled []span
	for i := 0; i < len(toks); i++ {
		if !pastFirst[toks[i].Lower] {
			continue
		}
		for _, m := range pastMarkers {
			if !lex.HasAt(toks, i, m...) {
				continue
			}
			r := span{i, len(toks)}
			if m[len(m)-1] == "after" || m[len(m)-1] == "before" || m[0] == "chehlum" || m[0] == "funeral" || m[0] == "funerals" {
				// "A day after nine cadres were killed, rebels fired...":
				// the recalled clause ends at its comma.
				for k := i; k < len(toks); k++ {
					if toks[k].Is(",") {
						r.to = k
						break
					}
				}
			}
			if e, ok := relativeClauseEnd(toks, i); ok {
				r.to = e
			}
			// "a youth accused of spying for the Police; two other
			// villagers were beaten up": a semicolon ends the clause.
			for k := i; k < r.to; k++ {
				if toks[k].Is(";") {
					r.to = k
					break
				}
			}
			recalled = append(recalled, r)
			i = len(toks)
			break
		}
	}
	arrestAt := -1
	for i, t := range toks {
		// ("A surrendered Maoist was killed": the word names the man,
		// it tells no surrender.)
		if t.Is("surrendered") && i > 0 && (toks[i-1].Is("a", "an", "the") || isNumberWord(toks, i-1)) {
			continue
		}
		if kd, _ := verbAt(toks, i); kd == Arrested || t.Is("surrendered", "surrender") {
			arrestAt = i
			break
		}
	}
	if arrestAt >= 0 {
		// "Six cadres who took part in a raid that killed two guards
		// surrendered": up to the arrest or surrender when the clause
		// comes before it, else to the end.
		for k := range toks {
			// "A Maoist, who was injured in the firing, was arrested":
			// a wounding in the fight told is this incident's.
			if toks[k].Is("who") && woundedInTheFight(toks, k+1) {
				continue
			}
			if lex.HasAt(toks, k, "in", "which") || toks[k].Is("that", "which", "who") {
				r := span{k, len(toks)}
				if k < arrestAt {
					r.to = arrestAt
				}
				recalled = append(recalled, r)
				break
			}
		}
	}
	recalled = append(recalled, longAgo(toks)...)
	recalled = append(recalled, datedPlaceClauses(toks)...)
	if len(recalled) == 0 {
		return figs
	}
	out := figs[:0]
	for _, f := range figs {
		// The casualty word ends the figure's words in both voices.
		at := tokenAt(toks, f.End-1)
		drop := false
		for _, r := range recalled {
			if (f.Kind == Killed || f.Kind == Injured) && at >= r.from && at < r.to {
				drop = true
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// relativeClauseEnd returns the comma that closes a clause set off by
// commas which holds the past marker at i, when the sentence's own verb
// follows it: "A cadre, who was wanted in more than 60 cases, was shot
// dead" recalls the cases, not the death. The clause opens with "who",
// "which" or the marker itself after a comma.
func relativeClauseEnd(toks []lex.Token, i int) (int, bool) {
	open := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Punct {
			if toks[k].Is(",") && (k+1 == i || toks[k+1].Is("who", "which")) {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return 0, false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+25; k++ {
		if toks[k].Is(".", ";") {
			return 0, false
		}
		if toks[k].Is(",") {
			return k, isAux(toks[k+1])
		}
	}
	return 0, false
}

// span is a range of tokens, to exclusive.
type span struct{ from, to int }

// agoMarkers date a deed well before the report: "last month", "two
// years ago".
var agoMarkers = [][]string{
	{"last", "month"}, {"last", "year"}, {"previous", "month"}, {"previous", "year"},
	{"months", "ago"}, {"years", "ago"}, {"month", "ago"}, {"year", "ago"},
	// "the Maoists had killed 17 villagers in the District this year":
	// a running total, in the past perfect, of deeds before the one
	// reported.
	{"this", "year"}, {"this", "month"},
}

// pastPerfectVerbs follow "had" in a clause of an earlier deed: "had been
// killed", "had died", "had killed", "had shot dead".
var pastPerfectVerbs = []string{"been", "died", "killed", "lost", "shot", "murdered", "injured", "wounded"}

// earlierLead reports whether a sentence opens by setting its deeds
// before the one reported: "Earlier, on March 3, ...", "Earlier this
// month, ...". ("Earlier in the day" and "Earlier on Monday" may date
// the news itself and are left alone.)
func earlierLead(toks []lex.Token) bool {
	if len(toks) < 3 || !toks[0].Is("earlier") {
		return false
	}
	return toks[1].Is(",") || toks[1].Is("this") && toks[2].Is("month", "year")
}

// longAgo returns the clauses that tell in the past perfect of deaths a
// month or more before the report ("the party admitted that 14 of its
// cadres had been killed in the encounter last month"), of a running
// total ("had killed 17 villagers this year") or in a sentence set
// earlier by its lead ("Earlier, on March 3, the Maoists had killed two
// villagers"). The clause runs from the "had" to the next comma or the
// end.
func longAgo(toks []lex.Token) []span {
	var out []span
	earlier := earlierLead(toks)
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is("had") {
			continue
		}
		// "had earlier killed a Policeman": an adverb between.
		j := i + 1
		if j+1 < len(toks) && toks[j].Is("earlier", "already", "previously") {
			j++
		}
		if !toks[j].Is(pastPerfectVerbs...) {
			continue
		}
		end := len(toks)
		for k := j + 1; k < len(toks); k++ {
			if toks[k].Punct && toks[k].Is(",", ";", ".") {
				end = k
				break
			}
		}
		// "Earlier, on March 3, the Maoists had killed two villagers":
		// the lead sets the clause before the news.
		if earlier {
			out = append(out, span{i, end})
			i = end
			continue
		}
		for k := j + 1; k < end; k++ {
			// "a jawan had been killed in an IED blast in April": a
			// month with no day, or a year, dates an earlier deed.
			if k+1 < end && inMonthOrYear(toks, k) {
				out = append(out, span{i, end})
				break
			}
			for _, m := range agoMarkers {
				if lex.HasAt(toks, k, m...) {
					out = append(out, span{i, end})
					k = end
					break
				}
			}
		}
		i = end
	}
	return out
}

// datedPlaceClauses returns the clauses opened by ", where" that a month
// with no day or a year dates: "the road, where three CRPF personnel were
// killed in a blast in August" tells of an earlier attack at the place
// of the reported one. The clause runs to the next comma or the end.
func datedPlaceClauses(toks []lex.Token) []span {
	var out []span
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].Is("where") || !toks[i-1].Is(",") {
			continue
		}
		end := len(toks)
		for k := i + 1; k < len(toks); k++ {
			if toks[k].Is(",", ";", ".") {
				end = k
				break
			}
		}
		for k := i + 1; k+1 < end; k++ {
			if inMonthOrYear(toks, k) {
				out = append(out, span{i, end})
				break
			}
		}
		i = end
	}
	return out
}

// tokenAt returns the index of the token that holds the byte offset off.
func tokenAt(toks []lex.Token, off int) int {
	for i, t := range toks {
		if t.End > off {
			return i
		}
	}
	return len(toks)
}

// inMonthOrYear reports whether the words at k date something by a month
// with no day or by a year alone ("in April", "in 2019"), as an earlier
// deed is dated beside the news of the day. toks[k+1] must exist.
func inMonthOrYear(toks []lex.Token, k int) bool {
	// ("in April 2017": the number after the month is its year, not a
	// day.)
	return toks[k].Is("in") && (isMonth(toks[k+1]) && !(k+2 < len(toks) && isNumber(toks[k+2].Lower) && len(toks[k+2].Lower) != 4) ||
		len(toks[k+1].Lower) == 4 && isNumber(toks[k+1].Lower))
}

// fightNouns name the fight an incident report tells of.
var fightNouns = []string{"firing", "encounter", "exchange", "gunfight", "crossfire", "cross-firing", "operation", "blast", "explosion", "attack", "ambush", "gun-battle", "clash"}

// woundedInTheFight reports whether the words from i tell a passive
// wounding in the fight just told: "was injured in the firing", "were
// wounded in the encounter".
func woundedInTheFight(toks []lex.Token, i int) bool {
	if i+4 >= len(toks) || !toks[i].Is("was", "were") || !toks[i+1].Is("injured", "wounded") {
		return false
	}
	// ("who was injured in an encounter with the DRG, was captured": a
	// fight of no other day named with "an" is the one told.)
	if !(lex.HasAt(toks, i+2, "in", "the") || lex.HasAt(toks, i+2, "in", "an") || lex.HasAt(toks, i+2, "in", "a")) || !toks[i+4].Is(fightNouns...) {
		return false
	}
	// "who was injured in the encounter at Tumnar in 2019": a fight of
	// another day, dated in the clause, is background.
	for k := i + 5; k < len(toks) && !toks[k].Is(",", ";", ".") && !isAux(toks[k]); k++ {
		w := toks[k].Lower
		if isMonth(toks[k]) || toks[k].Is("last", "ago", "earlier", "previous", "yesterday") || len(w) == 4 && lex.Digits(w) {
			return false
		}
	}
	return true
}
