package extract

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// responsibility is a claim of responsibility a sentence makes: who
// claimed, and the span of the name.
type responsibility struct {
	actor      *actors.Actor
	start, end int
	sentStart  int
}

// claimsOfResponsibility finds the sentences that say a group claimed an
// attack ("The Islamic State group claimed responsibility", "responsibility
// was claimed by the BLA"): the group must be armed and not the state.
func (d *doc) claimsOfResponsibility() []responsibility {
	var out []responsibility
	for _, s := range d.sents {
		k := claimCue(s.Toks)
		if k < 0 {
			continue
		}
		cue := s.Toks[k].Start
		var best *actors.Mention
		for i, named := 0, d.actorsNamed(); i < len(named); i++ {
			m := &named[i]
			if m.Start < s.Start || m.End > s.End || m.Actor.Side == actors.SideCivilians || m.Actor.Side == actors.SideSecurity ||
				m.Actor.Side == actors.SideProtesters || m.Actor.Generic {
				continue
			}
			// The claimant is named just before the cue, or after "by";
			// its spokesman may stand between ("BLF spokesman Major
			// Gwahram Baloch claimed responsibility").
			before := m.End <= cue && (cue-m.End <= len(" group has also ") || spokesmanBetween(d.text[m.End:cue]))
			after := m.Start > cue && strings.Contains(strings.ToLower(d.text[cue:m.Start]), " by ") && m.Start-cue <= len("responsibility was claimed by the ")
			if before || after {
				best = m
				if after {
					break
				}
			}
		}
		if best != nil {
			out = append(out, responsibility{actor: best.Actor, start: best.Start, end: best.End, sentStart: s.Start})
		}
	}
	return out
}

// spokesmanBetween reports whether the words between a group's name and
// its claim are its spokesman and his name: " spokesman Jeeyand Baloch ",
// "'s spokesman, Major Gwahram Baloch, ". At most four capitalised words
// name him; anything else ("spokesman said the army ") is another clause.
func spokesmanBetween(between string) bool {
	between = strings.TrimPrefix(between, "'s")
	between = strings.TrimPrefix(between, "’s")
	words := strings.Fields(strings.ReplaceAll(between, ",", " "))
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	switch words[0] {
	case "spokesman", "spokesperson", "spokeswoman":
	default:
		return false
	}
	for _, w := range words[1:] {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// claimCue returns the token where a sentence claims responsibility, or
// -1. A denial, a claim still awaited and a claim of an earlier attack
// ("had claimed a similar attack") are no claim of this one.
func claimCue(toks []lex.Token) int {
	cue := -1
	for i, t := range toks {
		// Most sentences claim nothing: look for the cue words first.
		if t.Lower != "claimed" && t.Lower != "claims" && t.Lower != "took" && t.Lower != "responsibility" && t.Lower != "owned" &&
			t.Lower != "said" && t.Lower != "stated" && t.Lower != "alleged" {
			continue
		}
		// "BLF said in a statement that he had been a member of a death
		// squad", "BLA claimed the men were army informers": a group
		// that names what it held its victims to be owns their killing,
		// as the Baloch groups claim it. Only a denial in the sentence
		// takes it back ("had" tells the victim's past, not an earlier
		// claim).
		if t.Is("said", "stated", "alleged", "claimed", "claims") && (victimLabelled(toks, i+1) || ownMenActed(toks, i+1)) {
			for _, u := range toks {
				if u.Is("no", "not", "denied") {
					return -1
				}
			}
			return i
		}
		if t.Is("said", "stated", "alleged") {
			continue
		}
		switch {
		// ("The BLA accepted responsibility", "BLF owned responsibility",
		// "BLA claims responsibility": the press's other verbs and a
		// headline's present.)
		case t.Lower == "responsibility" && i > 0 && toks[i-1].Is("accepted", "owned", "assumed", "claims"):
			cue = i - 1
		case lex.HasAt(toks, i, "owned", "the", "attack"), lex.HasAt(toks, i, "claims", "the", "attack"):
			cue = i
		case lex.HasAt(toks, i, "claimed", "responsibility"), lex.HasAt(toks, i, "claimed", "the", "responsibility"),
			lex.HasAt(toks, i, "took", "responsibility"), lex.HasAt(toks, i, "claimed", "the", "attack"),
			lex.HasAt(toks, i, "claimed", "the", "bombing"), lex.HasAt(toks, i, "responsibility", "was", "claimed"),
			lex.HasAt(toks, i, "claimed", "credit"), t.Lower == "claimed" && (claimedIncident(toks, i+1) || claimedPronoun(toks, i+1) || claimedBare(toks, i+1)):
			cue = i
		}
		if cue >= 0 {
			break
		}
	}
	if cue < 0 {
		return -1
	}
	for _, t := range toks {
		if t.Is("no", "not", "yet", "denied", "had", "similar", "previous", "earlier", "past") {
			return -1
		}
	}
	return cue
}

// victimLabels are what a group calls those it killed or took to own the
// deed: informers, spies, agents, collaborators, death squad men, soldiers
// (off duty or in plain clothes).
var victimLabels = []string{"informer", "informers", "informant", "informants", "spy", "spies", "agent", "agents",
	"collaborator", "collaborators", "squad", "squads", "soldiers", "soldier", "personnel"}

// victimLabelled reports whether the words from i, after a group's "said"
// or "claimed", tell what its victims were: a "was", "were" or "been"
// within eight words (a pronoun or "the man" before it) and one of the
// victimLabels within six words after it, in the same clause: "in a
// statement that he had been a member of a death squad", "the two men
// were army informers".
func victimLabelled(toks []lex.Token, i int) bool {
	for j := i; j < len(toks) && j <= i+8; j++ {
		if toks[j].Is(".", ";", ":") {
			return false
		}
		if !toks[j].Is("was", "were", "been") {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			// ("three of its fighters were killed by soldiers": a toll
			// of the group's own, no label of its victims.)
			if toks[k].Is(".", ";", ":", ",", "by", "killed", "injured", "wounded", "martyred", "arrested", "abducted") {
				return false
			}
			if toks[k].Is(victimLabels...) {
				return true
			}
		}
		return false
	}
	return false
}

// ownMenActed reports whether the words from i, after a group's "said",
// tell what its own men did, a verb of acting in the clause: "its
// fighters had attacked", "that its men killed the five", "its fighters
// had identified the men as soldiers before killing them".
func ownMenActed(toks []lex.Token, i int) bool {
	if i < len(toks) && toks[i].Is("that") {
		i++
	}
	if i+2 >= len(toks) || !toks[i].Is("its", "their") || !toks[i+1].Is("fighters", "men", "members", "militants", "guerrillas", "cadres", "operatives", "unit") {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+12; j++ {
		t := toks[j]
		// ("its fighters were killed": what befell them.)
		if t.Is(".", ";", ":", "was", "were", "been", "being") {
			return false
		}
		if attackVerbs[t.Lower] && !t.Is("claimed", "attack", "strike", "strikes") || t.Is("killing", "attacking", "ambushing", "targeting") {
			return true
		}
	}
	return false
}

// incidentNouns name an incident a group claims: "claimed the blockade",
// "claimed Sunday's ambush".
var incidentNouns = []string{"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "ambush",
	"assault", "killing", "killings", "murder", "abduction", "abductions", "kidnapping", "blockade", "raid",
	"shooting", "strike", "strikes"}

// claimedPronoun reports whether the words from i claim the incident told
// before by a pronoun that ends the clause: "The SRA claimed it.", "BLA
// claimed them in a statement". "claimed it had killed 12 soldiers" is a
// claim of a toll, not of the deed.
func claimedPronoun(toks []lex.Token, i int) bool {
	if i >= len(toks) || !toks[i].Is("it", "them") {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Punct || toks[i+1].Is("in", "on", "through", "via")
}

// claimedBare reports whether "claimed" at i-1 ends its clause with
// nothing claimed after it, or only the shorthand "resp.", as a hurried
// note claims the incident it told: "BLA claimed.", "BLF claimed resp.",
// "(BRG claimed)", "BLF claimed; officials said ...". "claimed 12" and
// "claimed that" claim a toll or a statement, read elsewhere.
func claimedBare(toks []lex.Token, i int) bool {
	if i < len(toks) && toks[i].Is("resp") {
		i++
	}
	return i == len(toks) || toks[i].Is(".", ";", ")", ":")
}

// claimedIncident reports whether the words from i name an incident as
// what was claimed, after at most two words that point to it ("the",
// "this", "Sunday's", "deadly"): "claimed the lives of five" claims no
// incident.
func claimedIncident(toks []lex.Token, i int) bool {
	for j := i; j < len(toks) && j <= i+2; j++ {
		if toks[j].Is(incidentNouns...) {
			return j > i || toks[j].Is("attacks", "bombings", "killings", "abductions", "strikes")
		}
		if toks[j].Punct || !toks[j].Is("the", "this", "that", "these", "those", "its", "their", "deadly", "latest", "recent") &&
			!strings.HasSuffix(toks[j].Lower, "'s") {
			return false
		}
	}
	return false
}

// attachClaims gives each event without a claimant the claim of
// responsibility told after its first sentence and before the next
// event's: reports name the group that claimed an attack in a sentence of
// its own, after telling the attack. An event whose attacker the text left
// unidentified, or named only as Baloch separatists at large, takes the
// claimant as actor1 and perpetrator, as ACLED records a claimed attack;
// claimed_by says that it rests on the claim.
func (d *doc) attachClaims(events []vigil.Event) {
	if len(events) == 0 {
		return // most texts report no incident: no claim to look for
	}
	claims := d.claimsOfResponsibility()
	if len(claims) == 0 {
		return
	}
	for i := range events {
		e := &events[i]
		if e.ClaimedBy != "" || e.DisorderType != taxonomy.PoliticalViolence {
			continue
		}
		from, to := d.eventSpan(events, i)
		for _, c := range claims {
			if c.sentStart < from || c.sentStart >= to {
				continue
			}
			name := c.actor.Named(e.Country)
			e.ClaimedBy = name
			e.Evidence = append(e.Evidence, vigil.Evidence{Field: "claimed_by", Start: c.start, End: c.end, Quote: d.text[c.start:c.end]})
			// So does one the text names only by a collective label the
			// claimant refines: "Fitna al Hindustan terrorists attacked an
			// FC post, the ISPR said. The BLA later claimed the attack."
			if strings.HasPrefix(e.Actor1, "Unidentified Armed Group") || strings.HasPrefix(e.Actor1, "Baloch Separatists") && name != e.Actor1 {
				e.Actor1, e.Inter1 = name, c.actor.Inter
				e.Perpetrator = name
				e.Evidence = append(e.Evidence, vigil.Evidence{Field: "actor1", Start: c.start, End: c.end, Quote: d.text[c.start:c.end]})
			}
			break
		}
	}
}

// eventSpan is the part of the text that tells event i: from its first
// evidence to the next event's, or to the end.
func (d *doc) eventSpan(events []vigil.Event, i int) (from, to int) {
	from, to = eventStart(events[i]), len(d.text)
	if i+1 < len(events) {
		to = eventStart(events[i+1])
	}
	return from, to
}

// eventStart is where an event's evidence begins in the text.
func eventStart(e vigil.Event) int {
	start := -1
	for _, ev := range e.Evidence {
		if start < 0 || ev.Start < start {
			start = ev.Start
		}
	}
	return max(start, 0)
}

// suspectCue returns the token where a sentence names the group suspected
// of an attack ("Baloch separatists were suspected to be behind the
// killing") or the one the people acted on belonged to ("the men belonged
// to a banned outfit, the TTP"), and whether it is the latter, or -1. A
// denial is no suspicion.
func suspectCue(toks []lex.Token) (int, bool) {
	cue, member := -1, false
	for i, t := range toks {
		switch {
		// ("The attack bore the hallmarks of the BLA": a suspicion in the
		// press's words.)
		case t.Is("suspected", "suspect", "suspects", "blamed", "behind", "hallmarks", "hallmark") && !(i+1 < len(toks) && toks[i+1].Is("militants", "terrorists", "gunmen", "men", "persons", "people")):
			cue = i
		case lex.HasAt(toks, i, "belonged", "to"), lex.HasAt(toks, i, "belonging", "to"), lex.HasAt(toks, i, "affiliated", "with"):
			// ("the attackers belonged to the BLA": the group of those
			// who struck, not of those struck.)
			cue, member = i, !(i > 0 && toks[i-1].Is(strikerNouns...) || i > 1 && toks[i-1].Is("were", "all") && toks[i-2].Is(strikerNouns...))
		// ("Baloch separatists (assumed).": a coder's attribution closing
		// a note, the group ACLED's notes code as the likely hand.)
		case t.Is("assumed", "suspected") && i > 0 && toks[i-1].Is("(") && i+1 < len(toks) && toks[i+1].Is(")"):
			cue = i
		}
		if cue >= 0 {
			break
		}
	}
	if cue < 0 {
		return -1, false
	}
	for _, t := range toks {
		if t.Is("no", "not", "denied", "ruled") {
			return -1, false
		}
	}
	return cue, member
}

// strikerNouns name people only by the attack they made: the group they
// are said to belong to made it.
var strikerNouns = []string{"attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bomber", "bombers",
	"hijackers", "kidnappers", "abductors"}

// attachSuspects names the unidentified side of each event after the
// group a sentence of its own suspects of it or says its men belonged to,
// told after the event's first sentence and before the next event's: ACLED
// codes the suspected group as the actor ("It is suspected that Baloch
// separatists were behind the attack"), and the group the men the state
// fought belonged to as its opponent. A suspicion is no claim, so
// claimed_by stays empty. The state's side is never named this way.
func (d *doc) attachSuspects(events []vigil.Event) {
	if len(events) == 0 {
		return
	}
	type suspect struct {
		actor      *actors.Actor
		start, end int
		sentStart  int
		member     bool
	}
	var suspects []suspect
	for _, s := range d.sents {
		k, member := suspectCue(s.Toks)
		if k < 0 {
			continue
		}
		cue := s.Toks[k]
		for i, named := 0, d.actorsNamed(); i < len(named); i++ {
			m := &named[i]
			// The group is named next to the cue: "officials blamed the
			// local militia for the murder of a TTP man" suspects the
			// militia, not the TTP.
			near := m.End <= cue.Start && cue.Start-m.End <= len(" are suspected to be ") ||
				m.Start >= cue.End && m.Start-cue.End <= len(" to be behind the attack, the ")
			if near && m.Start >= s.Start && m.End <= s.End && m.Actor.Side == actors.SideMilitants && !m.Actor.Generic {
				suspects = append(suspects, suspect{m.Actor, m.Start, m.End, s.Start, member})
				break
			}
		}
	}
	for i := range events {
		e := &events[i]
		if e.DisorderType != taxonomy.PoliticalViolence {
			continue
		}
		from, to := d.eventSpan(events, i)
		for _, c := range suspects {
			if c.sentStart < from || c.sentStart >= to {
				continue
			}
			name := c.actor.Named(e.Country)
			quote := vigil.Evidence{Start: c.start, End: c.end, Quote: d.text[c.start:c.end]}
			// Whom the killed men belonged to names the side the state
			// fought, never the unidentified hand of a strike on them.
			switch {
			case strings.HasPrefix(e.Actor1, "Unidentified Armed Group") && !c.member:
				e.Actor1, e.Inter1 = name, c.actor.Inter
				e.Perpetrator = name
				quote.Field = "actor1"
			case strings.HasPrefix(e.Actor2, "Unidentified Armed Group") && e.Inter1 == 1:
				e.Actor2, e.Inter2 = name, c.actor.Inter
				quote.Field = "actor2"
			default:
				continue
			}
			e.Evidence = append(e.Evidence, quote)
			break
		}
	}
}
