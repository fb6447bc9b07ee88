package casualties

import "github.com/vigil-osint/vigil/internal/extract/lex"

// dissentMarks open the clause of a second source set against a toll:
// "The hospital, however, said it had received 11 bodies", "however some
// other sources reported only one killed".
var dissentMarks = lex.WordSet("however but whereas")

// dissentSays are the verbs a second source gives its own toll with.
var dissentSays = lex.WordSet("said says reported reports put puts told counted gave recorded")

// revisionWords say a toll changed rather than that two sources differ:
// "but the toll later rose to 25", "however, two of the wounded died".
var revisionWords = lex.WordSet(`rose risen rise rising climbed increased jumped revised updated later subsequently
	more died succumbed initially earlier first`)

// markDissent marks the figures that follow a contrast and a verb of
// saying in one sentence as a second source's count (Figure.Dissent),
// unless the sentence tells a toll that changed. The figures of an
// attacker, of people told as more, or a denial are no rival count.
func markDissent(toks []lex.Token, figs []Figure) {
	if len(figs) == 0 {
		return
	}
	c := -1
	for i, t := range toks {
		if dissentMarks[t.Lower] && !(i > 0 && toks[i-1].Is("not", "nothing", "all")) {
			c = i
			break
		}
	}
	if c < 0 {
		return
	}
	says := false
	for k := c + 1; k < len(toks); k++ {
		if dissentSays[toks[k].Lower] {
			says = true
			break
		}
	}
	if !says {
		return
	}
	for _, t := range toks {
		if revisionWords[t.Lower] {
			return
		}
	}
	for i := range figs {
		f := &figs[i]
		if f.Start > toks[c].Start && !f.Negated && !f.More && f.Category != Perpetrators {
			f.Dissent = true
		}
	}
}

// markClaimed marks the figures a group's claim gives ("BLA claimed that
// 11 Pakistan soldiers were killed", "claimed to have killed three
// personnel"), those after "claimed" or "claims" that is no claim of
// responsibility: Figure.Claimed.
func markClaimed(toks []lex.Token, figs []Figure) {
	if len(figs) == 0 {
		return
	}
	c := -1
	for i, t := range toks {
		if t.Is("claimed", "claims", "claiming") && !lex.HasAt(toks, i+1, "responsibility") && !lex.HasAt(toks, i+1, "the", "responsibility") {
			c = i
			break
		}
		if c = saidTheyKilled(toks, i); c >= 0 {
			break
		}
	}
	if c < 0 {
		return
	}
	var claim []Figure
	for i := range figs {
		f := &figs[i]
		if f.Start >= toks[c].Start && !f.Negated && f.Category != Perpetrators && !officialClause(toks, c, f.Start) {
			f.Claimed = true
			claim = append(claim, *f)
		}
	}
	sideOfficialDead(claim, figs, toks[c].Start)
}

// sideOfficialDead gives the dead of no side that the officials count
// after a claim (the figures from byte from on that are not the claim's)
// the side of the claimed dead, when the claim counts one side's: "The
// BLF claimed 12 soldiers were killed, but the army confirmed two deaths"
// is two soldiers dead.
func sideOfficialDead(claim, figs []Figure, from int) {
	side := ""
	for _, f := range claim {
		if f.Kind != Killed || f.Negated {
			continue
		}
		if side != "" && side != f.Category {
			return
		}
		side = f.Category
	}
	if side == "" || side == Unknown {
		return
	}
	for i := range figs {
		if f := &figs[i]; f.Start >= from && !f.Claimed && !f.Negated && f.Kind == Killed && f.Category == Unknown {
			f.Category = side
		}
	}
}

// officialClause reports whether the figure starting at byte start is
// told after the claim at c in a clause of its own that an official
// source gives: "BLF claimed 6 soldiers killed, 2 SFs KIA per officials",
// "BLA claimed 11 killed; 3 soldiers killed according to police", "...,
// but the army confirmed two deaths", "...; the army said one soldier was
// wounded". Such a toll is the officials', not the group's.
func officialClause(toks []lex.Token, c, start int) bool {
	b := -1
	for k := c + 1; k < len(toks) && toks[k].Start < start; k++ {
		if toks[k].Is(",", ";") {
			b = k
		}
	}
	if b < 0 {
		return false
	}
	// "BLF claimed 12 soldiers were killed, but the army confirmed two
	// deaths", "...; officials said one soldier was wounded": a source
	// set against the claim opens the clause.
	k := b + 1
	contrast := k < len(toks) && toks[k].Is("but", "while", "whereas", "however")
	if contrast {
		k++
	}
	if k < len(toks) && toks[k].Is("the") {
		k++
	}
	if k < len(toks) && officialSpeakers[toks[k].Lower] && (contrast || k+1 < len(toks) && officialSays[toks[k+1].Lower]) {
		return true
	}
	for k := b + 1; k+1 < len(toks) && !toks[k].Is(",", ";", "."); k++ {
		src := -1
		switch {
		case toks[k].Is("per"):
			src = k + 1
		case toks[k].Is("according", "acc") && toks[k+1].Is("to"):
			src = k + 2
		}
		if src >= 0 && src < len(toks) && toks[src].Is("the") {
			src++
		}
		// ("per its spokesman": the group's own voice.)
		if src >= 0 && src < len(toks) && officialSpeakers[toks[src].Lower] && !toks[src-1].Is("its", "their") {
			return true
		}
	}
	return false
}

// killers are the nouns a side's spokesman names its own men by.
var killers = lex.WordSet("forces troops fighters mujahideen mujahids")

// saidTheyKilled returns the verb of a killing a spokesman says his side's
// men did, when i is his verb of saying: "Zabihullah Mujahid said Afghan
// forces had killed 11 Pakistani soldiers", "said its fighters had killed
// four". A side's count of the enemy it killed is a claim, as a group's
// is; -1 when the words after i tell none.
func saidTheyKilled(toks []lex.Token, i int) int {
	if !toks[i].Is("said", "says") {
		return -1
	}
	k := i + 1
	if lex.HasAt(toks, k, "that") {
		k++
	}
	// "said on Tuesday that its fighters": the day of the saying.
	if lex.HasAt(toks, k, "on") && k+2 < len(toks) && weekdays[toks[k+1].Lower] {
		k += 2
		if lex.HasAt(toks, k, "that") {
			k++
		}
	}
	// Up to two words before the men's noun: "Afghan forces", "its
	// fighters", "the Islamic Emirate's forces".
	for a := k; a < len(toks) && a <= k+3; a++ {
		if toks[a].Punct {
			return -1
		}
		if !killers[toks[a].Lower] {
			continue
		}
		v := a + 1
		if lex.HasAt(toks, v, "had") || lex.HasAt(toks, v, "have") {
			v++
		}
		if lex.HasAt(toks, v, "killed") {
			return v
		}
		// "said that its fighters attacked a checkpoint ..., killing
		// four": the side's own men, named by its possessive, and the
		// killing their deed leads to in the sentence.
		if a > 0 && toks[a-1].Is("its", "their", "our") {
			for j := v; j < len(toks); j++ {
				if toks[j].Is("killing", "killed") {
					return j
				}
			}
		}
		return -1
	}
	return -1
}
