package taxonomy

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// The rules of this file pick the one main event of a snippet where more
// than one thing happens: the deed the first sentence tells, not the
// protest it set off, the attack it averted, the statement that names it
// or the looting after a storm.

// forcesRetook reports whether "took back" at i..e has a named place for
// its object and state forces for its subject: "Government forces took
// back Palma on Monday". A name after "took back" with troops taking it
// is ground, though no noun of territory says so.
func forcesRetook(toks []lex.Token, i, e int) bool {
	if !properName(toks, e+1) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("forces", "troops", "army", "soldiers") {
			return true
		}
	}
	return false
}

// crudeWeapons are the arms of a crowd, not of an armed group.
var crudeWeapons = lex.WordSet(`sticks stones machetes clubs knives rods bricks cudgels bats axes`)

// crudeCrowdAttack reports whether the attack verb at i has a crowd of
// civilians for its subject, people for its object and only a crowd's
// arms named in its sentence: "Youths armed with sticks and machetes
// attacked residents", "a group of the party's supporters attacked people
// at a rally with sticks and stones". ACLED codes it as mob violence; a
// crowd that attacks a police station with stones riots instead, and
// gunmen with machetes attack.
func crudeCrowdAttack(toks []lex.Token, i int) bool {
	if !toks[i].Is("attacked", "assaulted") || i == 0 || toks[i-1].Is("was", "were", "been", "being", "is", "are") {
		return false
	}
	crowd := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := toks[k]
		if t.Is(".", ";", ":") {
			break
		}
		if assailantWords[t.Lower] || stateForceWord(t) || t.Is("gunmen", "men", "bandits", "militiamen", "herders", "fighters", "who", "which") {
			return false
		}
		if crowdNouns[t.Lower] || t.Is("youths", "youth", "supporters", "students", "activists") {
			crowd = true
			break
		}
	}
	if !crowd {
		return false
	}
	people := false
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
		if toks[k].Is("people", "residents", "villagers", "members", "participants", "supporters", "worshippers", "traders", "migrants",
			"families", "students", "activists", "journalists", "passers-by", "foreigners") {
			people = true
			break
		}
	}
	if !people {
		return false
	}
	// The crowd's arms must be named, and no gun: a crowd with rifles is
	// an armed group's kind of attack.
	crude := false
	for k := i - 10; k < len(toks) && k <= i+14; k++ {
		if k < 0 {
			continue
		}
		if toks[k].Is(".", ";") && k > i {
			break
		}
		if crudeWeapons[toks[k].Lower] {
			crude = true
		}
		if toks[k].Is("guns", "rifles", "firearms", "pistols", "ak-47", "ak-47s", "gun", "rifle") {
			return false
		}
	}
	return crude
}

// averted reports whether the attack noun at i is one prevented or one a
// force is meant to protect people from, not one made: "defused a
// landmine, averting an attack on a convoy", "a force to protect
// civilians from military attacks".
func averted(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("averting", "averted", "averts", "foiling", "foiled", "thwarting", "thwarted", "preventing", "prevented", "pre-empting", "forestalling") {
			return true
		}
		// "to protect civilians from military attacks".
		if toks[k].Is("from") {
			for j := k - 1; j >= 0 && j >= k-4 && !toks[j].Punct; j-- {
				if toks[j].Is("protect", "protecting", "protects", "shield", "shielding", "defend", "defending") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// consequenceBefore reports whether the protest word at i is what the
// deed told before it set off: "arrested the opposition leader, setting
// off protests in Dakar", "the killing sparked protests". The deed is the
// event; the protests are its aftermath.
func consequenceBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("sparking", "sparked", "triggering", "triggered", "prompting", "prompted", "provoking", "provoked") ||
			toks[k].Is("off") && k > 0 && toks[k-1].Is("setting", "set", "touching", "touched") {
			return true
		}
	}
	return false
}

// supportedCause reports whether the protest word at i is what someone
// is held for supporting or taking a part in: "arrested a well-known
// actor over his support for the civil disobedience movement". The
// arrest is the event, the movement its cause.
func supportedCause(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("for", "of") && toks[k-1].Is("support", "backing") || toks[k].Is("in") && toks[k-1].Is("role") {
			return true
		}
	}
	return false
}

// talkLead reports whether the lead's first verb, before its first
// violent trigger, is someone speaking about a deed rather than the deed:
// a group that "admitted ... that it carried out" a bombing, separatists
// who "denied ... that they had attacked" a school, a junta that
// "accused" a militia "of planting" a bomb, states that "traded
// accusations", a council that "met ... to discuss" a killing. The deed
// named is an earlier one; the snippet is the statement, which ACLED does
// not code.
func talkLead(toks []lex.Token, violentAt int) bool {
	for i := DatingClause(toks); i < len(toks); i++ {
		t := toks[i]
		if t.Start >= violentAt {
			return false
		}
		if t.Is(".", ";") {
			return false
		}
		// The speaker must be a subject before the verb, and the verb no
		// passive ("was accused of killing" tells the deed alleged) nor
		// a clause of someone else ("police, who denied ...").
		if i == 0 || toks[i-1].Is("was", "were", "is", "are", "been", "being", "who", "which", "that") {
			continue
		}
		switch {
		case t.Is("admitted", "admits", "acknowledged", "acknowledges", "denied", "denies"):
			// "admitted on Thursday that it carried out ...", "denied
			// that they had attacked the school". An official who
			// "admitted that 327 troopers raided the villages" tells
			// what others did, and officials who "denied that a soldier
			// was killed" dispute a detail of it: the deed is the news.
			for k := i + 1; k < len(toks) && k <= i+5 && toks[k].Start < violentAt; k++ {
				if toks[k].Is("responsibility", "involvement", "role", "carrying", "having") {
					return true
				}
				if toks[k].Is("that") {
					return k+1 < len(toks) && toks[k+1].Is("it", "they", "he", "she", "we", "its", "their", "his", "her")
				}
				if toks[k].Punct {
					break
				}
			}
		case t.Is("accused", "accuses", "blamed", "blames"):
			// "accused the People's Defence Forces of planting the bomb":
			// an object between the verb and "of" or "for".
			if i+1 < len(toks) && toks[i+1].Is("of", "for") {
				continue
			}
			for k := i + 2; k < len(toks) && k <= i+8; k++ {
				if toks[k].Is("of", "for") {
					return knownDeedAfter(toks, k+1)
				}
				if toks[k].Punct && !toks[k].Is("'", "’") {
					break
				}
			}
		case t.Is("traded", "exchanged") && lex.HasAt(toks, i+1, "accusations"), t.Is("traded") && lex.HasAt(toks, i+1, "blame"):
			return true
		case t.Is("met", "meets", "convened") && (lex.Find(toks[i:min(len(toks), i+6)], 0, "to", "discuss") >= 0):
			return true
		// "Ukraine stripped the Iranian ambassador of accreditation over
		// the supply of drones used in strikes on Kyiv", "expelled 45
		// diplomats", "handed a note verbale", "lodged a protest": a
		// state's answer to a deed, told by diplomacy.
		case t.Is("expelled", "expels", "summoned", "summons", "recalled", "recalls", "stripped", "strips", "severed", "severs", "downgraded",
			"imposed", "imposes") && diplomaticObject(toks, i),
			t.Is("handed", "lodged", "delivered", "sent") && diplomaticNoteAfter(toks, i):
			return true
		}
	}
	return false
}

// diplomaticNoteAfter reports a note of protest named within four words
// after i: "handed a note verbale", "lodged a strong protest", "sent a
// protest note".
func diplomaticNoteAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("verbale", "demarche", "démarche") || toks[k].Is("protest") && toks[i].Is("lodged") ||
			toks[k].Is("note") && lex.HasAt(toks, k-1, "protest") {
			return true
		}
	}
	return false
}

// diplomaticObject reports whether the verb at i has diplomats, ties or
// sanctions for its object, a few words on: "expelled 45 Russian
// diplomats", "severed ties", "imposed sanctions", "summoned the chargé
// d'affaires"; not "expelled the militants from the town" nor "imposed a
// curfew".
func diplomaticObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "affaires", "attache", "consul", "ties", "relations", "sanctions", "embassy", "accreditation") {
			return true
		}
	}
	return false
}

// knownDeedAfter reports whether the words from k name a deed already
// known, by a definite article: "of planting the bomb that killed three",
// "for the massacre". "Accused Armenian forces of shelling the Terter
// district" tells a new deed, the accusation its source.
func knownDeedAfter(toks []lex.Token, k int) bool {
	if k < len(toks) && strings.HasSuffix(toks[k].Lower, "ing") && !nominalDeed(toks[k]) {
		k++
		if lex.HasAt(toks, k, "out") {
			k++
		}
	}
	if k+1 >= len(toks) || !toks[k].Is("the", "this", "that", "last", "these") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].Punct; j++ {
		if nominalDeed(toks[j]) || toks[j].Is("bomb", "bombs", "attack", "attacks") {
			return true
		}
	}
	return false
}

// firedShellsOnly reports whether every firing trigger of the lead has
// shells, mortars, rockets or missiles for its object: "fired mortars at
// the UN camp" is shelling, and forces that answer it only return fire.
func firedShellsOnly(in Input) bool {
	return everyLeadFiring(in, func(h Hit) bool {
		// "fired 82 mm mortar shells"; not "firing and mortar shelling",
		// which tells gunfire too.
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+3 && !in.Toks[k].Punct && !in.Toks[k].Is("and", "or"); k++ {
			if in.Toks[k].Is("mortars", "mortar", "shells", "shell", "rockets", "rocket", "missiles", "missile", "artillery") {
				return true
			}
		}
		return false
	})
}

// killedByForces reports whether the lead tells a death by the hand of
// state forces named after "by": "a teenager was killed by gendarmes'
// bullets during a march", "shot dead by police". Told of a protest, it is
// force against the protesters, though the forces named with a possessive
// are no actor the text lists.
func killedByForces(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			return false
		}
		// "was killed by", "shot dead by"; not "a vigil for the
		// protester killed by police", a death recalled as a cause.
		if !t.Is("killed", "dead") || !lex.HasAt(toks, i+1, "by") || t.Is("killed") && (i == 0 || !toks[i-1].Is("was", "were", "been")) {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(toks[k].Lower, "'s"), "'"), "’")
			if stateForceWord(lex.Token{Lower: w}) || w == "carabineros" {
				return true
			}
		}
	}
	return false
}

// disasterFirst reports whether the text opens on a disaster or an
// accident that killed people, with no armed men named: "Typhoon Rai tore
// through the central Philippines, killing 375; looters raided shops the
// next day", "a gas leak killed 11 people, and villagers later protested".
// The disaster is the news; the protest or the looting after it is its
// aftermath.
func disasterFirst(in Input) bool {
	if in.ArmedActors || in.Deaths == 0 || len(in.Hits) == 0 {
		return false
	}
	h := in.Hits[0]
	return (h.Cue == CueDisaster || h.Cue == CueAccident) && h.Start < in.LeadEnd
}

// leadStrong reports whether the lead names a weapon or a fight: a
// bomb, a shell, an air strike, gunfire, a clash or an abduction.
func leadStrong(lead map[Cue]bool) bool {
	return lead[CueSuicide] || lead[CueAir] || lead[CueShelling] || lead[CueGrenade] || lead[CueExplosive] || lead[CueFiring] || lead[CueClash] || lead[CueAbduct]
}

// agreementFirst finds a deal, a truce or a release agreed in the lead
// before any violence, the violence told after it as what came before the
// deal ("after two weeks of fighting that killed dozens") or what it
// ends.
func agreementFirst(in Input) (Hit, bool) {
	var deal Hit
	found := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		// Only a deal agreed or a truce: men who "surrendered" a district
		// hand it over, read elsewhere, and an "Accord" may be a name.
		if h.Cue == CueAgreement && !found && in.Toks[h.Token].Is("agreed", "agree", "agrees", "signed", "truce", "ceasefire", "cease-fire") {
			deal, found = h, true
			continue
		}
		if h.Cue == CueAgreement {
			continue
		}
		if !Violent(h.Cue) {
			return Hit{}, false
		}
		if !found {
			return Hit{}, false
		}
		for k := deal.Token + 1; k < h.Token; k++ {
			if in.Toks[k].Is("after", "following", "ending", "ended", "end") {
				return deal, true
			}
		}
		return Hit{}, false
	}
	return Hit{}, false
}

// storedGoodsAfter reports goods in store named later in the sentence of
// the explosion at i as what blew up: "Explosions at an army barracks
// killed 98; the president blamed farmers burning stubble for setting off
// the stored dynamite". A blast of stores is an accident, though
// dynamite is a weapon's word.
func storedGoodsAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+40 && !toks[k].Is("."); k++ {
		if toks[k].Is("stored", "stockpiled", "warehoused") && toks[k-1].Is("the") &&
			toks[k+1].Is("dynamite", "explosives", "ammunition", "munitions", "fireworks", "chemicals", "fuel") {
			return true
		}
	}
	return false
}

// wingLaunched reports an armed wing or a militia told as the subject of
// a passive of making at i: "The Eastern Security Network, a new armed
// wing of the movement, was launched on Sunday". A new force named so is
// made by the telling, whoever made it.
func wingLaunched(toks []lex.Token, i int) bool {
	if !toks[i].Is("launched", "created", "formed", "unveiled") || i == 0 || !toks[i-1].Is("was", "were") {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-14; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("wing") && toks[k-1].Is("armed", "military") || toks[k].Is("militia", "vigilante") && toks[k-1].Is("new", "a") {
			return true
		}
	}
	return false
}

// grievances are what workers strike over.
var grievances = lex.WordSet(`pay wages wage salaries salary prices price fuel diesel pensions pension arrears allowances fees
	conditions bonuses taxes tax tolls layoffs privatisation privatization`)

// strikeGrievance reports whether the strike at i is one over or against
// a grievance named within three words: "a strike over diesel prices",
// "strikes against the pension reform"; an air strike "over Idlib" is
// none.
func strikeGrievance(toks []lex.Token, i int) bool {
	// "shut their stores in a strike in support of the protests": a
	// strike named by the cause it backs.
	if lex.HasAt(toks, i+1, "in", "support", "of") || lex.HasAt(toks, i+1, "in", "solidarity", "with") {
		return true
	}
	if !lex.HasAt(toks, i+1, "over") && !lex.HasAt(toks, i+1, "against") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if grievances[toks[k].Lower] {
			return true
		}
	}
	return false
}

// streetsTakenBy reports people told in the lead, in a relative clause,
// as having taken to the streets: "shot dead nine people who had taken to
// the streets after the singer's killing".
func streetsTakenBy(in Input) bool {
	for k, t := range in.Toks {
		if t.Start >= in.LeadEnd {
			return false
		}
		if t.Is("taken", "took") && lex.HasAt(in.Toks, k+1, "to", "the", "streets") && relativeBefore(in.Toks, k) {
			return true
		}
	}
	return false
}
