package taxonomy

import (
	"math"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// streetCrowd are the people a street clash with the police is fought by:
// "clashes broke out between youth and the CRPF", "stone pelters clashed
// with the police". Their fight is a violent demonstration to ACLED, not
// a battle, though the police they fight are armed.
var streetCrowd = lex.WordSet(`youth youths protesters protestors demonstrators students rioters mourners agitators
	stone-pelters stone-throwers stonethrowers pelters throwers activists villagers residents locals mob mobs crowd crowds townspeople`)

// streetClash reports whether the lead's clashes are a crowd's street
// fight, with the state's forces or with another crowd: "clashes broke
// out between youth and the police after the Friday prayers", "stone
// pelters clashed with the CRPF". Every clash
// word of the lead ("clash", "clashes", "clashed"; an encounter or a
// gunfight is armed men's) has a crowd for one side, named before it in
// its clause or after its "between" or "with", or no side at all in a
// story of the street; the lead names no armed group, no bomb, grenade
// or shell, and no gunfire but the forces'.
func streetClash(in Input) bool {
	if in.Victims["militants"] > 0 {
		return false
	}
	seen, sideless := false, false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Item {
			continue
		}
		switch h.Cue {
		case CueShelling:
			if !tearGasShells(in.Toks, h.Token) {
				return false
			}
		case CueSuicide, CueExplosive, CueGrenade, CueAir, CueAbduct, CueChemical:
			return false
		case CueFiring:
			if !forcesFiring(in.Toks, h.Token) {
				return false
			}
		case CueClash:
			if weakClash(in.Toks[h.Token]) {
				continue
			}
			if !in.Toks[h.Token].Is("clash", "clashes", "clashed") {
				return false
			}
			switch clashSides(in.Toks, h.Token) {
			case sideCrowd:
			case sideNone:
				sideless = true
			default:
				return false
			}
			seen = true
		}
	}
	if !seen || armedMenNamed(in.Toks, in.LeadEnd) {
		return false
	}
	// "Clashes broke out across the valley amid a curfew ... Police
	// fired teargas at stone pelters": clashes with no sides named are
	// the crowd's when the story tells of a crowd and of no armed men or
	// weapons of war.
	return !sideless || streetStory(in)
}

// armedMenNamed reports whether the tokens before end name armed men.
func armedMenNamed(toks []lex.Token, end int) bool {
	for _, t := range toks {
		if t.Start >= end {
			break
		}
		if t.Is("militants", "militant", "rebels", "insurgents", "terrorists", "gunmen", "guerrillas", "fighters", "maoists", "maoist",
			"naxals", "naxalites", "ultras", "fidayeen", "jihadists", "militia", "militias", "armed", "encounter", "gunfight",
			// Tribes and clans that clash fight as communal militias do.
			"tribal", "tribe", "tribes", "tribesmen", "clan", "clans") {
			return true
		}
	}
	return false
}

// streetStory reports whether the event tells of a crowd (stones, tear
// gas, protesters, youth) and of no armed men, gunfight, bomb or
// grenade anywhere.
func streetStory(in Input) bool {
	crowd := false
	for _, h := range in.Hits {
		if h.Item {
			continue
		}
		switch h.Cue {
		case CueRiot, CueProtestForce, CueProtest:
			crowd = true
		case CueShelling:
			if !tearGasShells(in.Toks, h.Token) {
				return false
			}
		case CueSuicide, CueExplosive, CueGrenade, CueAir, CueAbduct, CueChemical:
			return false
		case CueClash:
			if !in.Toks[h.Token].Is("clash", "clashes", "clashed") && !weakClash(in.Toks[h.Token]) {
				return false
			}
		}
	}
	if armedMenNamed(in.Toks, math.MaxInt) {
		return false
	}
	// A curfew, a march or a shutdown is the street's too.
	for _, t := range in.Toks {
		if streetCrowd[t.Lower] || t.Is("curfew", "march", "marches", "shutdown", "hartal", "bandh", "stones") {
			crowd = true
		}
	}
	return crowd
}

// tearGasShells reports whether the shells or shelling at i are tear
// gas's: "resorted to teargas shelling", "fired tear smoke shells".
func tearGasShells(toks []lex.Token, i int) bool {
	return i > 0 && toks[i-1].Is("teargas", "tear", "gas", "smoke", "tear-gas", "tearsmoke")
}

// The sides a clash word names: a crowd, others, or none.
const (
	sideOther = iota
	sideCrowd
	sideNone
)

// clashSides tells who fought the clash at i. The nouns after its
// "between" or "with" ("clashes between the police and stone pelters",
// "clashed with youths"); or, for a clash told as where things happened
// ("were injured in clashes", "pelted stones at the police during a
// clash"), the nouns of its clause; or else its subject, the nearest
// actor noun before it ("youths clashed"). It is sideCrowd when a crowd
// of streetCrowd is among them, sideNone when no actor is named.
func clashSides(toks []lex.Token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("between", "with", "among", "involving") {
			for j := k + 1; j < len(toks) && j <= k+7; j++ {
				if toks[j].Punct && !toks[j].Is("(", ")") {
					break
				}
				if streetCrowd[toks[j].Lower] {
					return sideCrowd
				}
			}
			// "Youths clashed with the CRPF": the crowd is the subject.
			if toks[k].Is("with") && crowdSubjectOf(toks, i) {
				return sideCrowd
			}
			return sideOther
		}
		if !toks[k].Is("broke", "out", "erupted", "ensued", "also", "took", "place", "that") {
			break
		}
	}
	p := i - 1
	for p >= 0 && toks[p].Is("a", "an", "the", "fresh", "violent", "heavy", "pitched", "street", "minor", "brief", "sectarian") {
		p--
	}
	if p >= 0 && toks[p].Is("during", "in", "amid", "after", "following") {
		for k := p - 1; k >= 0 && k >= p-25; k-- {
			if toks[k].Is(".", ";", ":") {
				break
			}
			if streetCrowd[toks[k].Lower] {
				return sideCrowd
			}
		}
		return sideNone
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.Is(".", ";", ":", "as", "when", "while") {
			break
		}
		if streetCrowd[t.Lower] {
			return sideCrowd
		}
		if t.Is("police", "policemen", "forces", "troops", "soldiers", "sfs", "personnel", "cadres", "supporters", "workers",
			"groups", "sides", "communities", "members", "who", "which") {
			return sideOther
		}
	}
	return sideNone
}

// crowdSubjectOf reports whether the clash verb at i has a crowd for its
// subject, the nearest noun before it in its clause: "youths clashed".
func crowdSubjectOf(toks []lex.Token, i int) bool {
	return i > 0 && streetCrowd[toks[i-1].Lower] || i > 1 && toks[i-1].Is("also", "then", "later", "again") && streetCrowd[toks[i-2].Lower]
}

// forcesFiring reports whether the firing word at i is the forces': the
// nearest actor noun before it in its clause is theirs ("Police opened
// fire", "killed in Police firing"), "by" names them after it, or what
// was fired is for crowds ("fired teargas", "fired pellets").
func forcesFiring(toks []lex.Token, i int) bool {
	// "A crowd clashed with the police and fired at them": a verb joined
	// to the one before has the clause's subject.
	if i > 0 && toks[i-1].Is("and", "then") {
		from := i - 1
		for from > 0 && !toks[from-1].Is(".", ";", ":") {
			from--
		}
		for k := from; k < i; k++ {
			if streetCrowd[toks[k].Lower] {
				return false
			}
			if stateNoun(toks[k]) {
				return true
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if t.Is(".", ";", ":") {
			break
		}
		if t.Is("police", "policemen", "forces", "sfs", "crpf", "troops", "soldiers", "army", "personnel", "jawans", "bsf", "pellet", "teargas") {
			return true
		}
		if streetCrowd[t.Lower] {
			return false
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("by") && k+1 < len(toks) && stateAgent(toks, k+1) {
			return true
		}
		if toks[k].Is("teargas", "tear", "pellets", "pellet", "rubber", "blank", "smoke") {
			return true
		}
	}
	return false
}

// crowdsFought reports whether the lead's street fight is between crowds,
// no state force among its sides: "a clash between the villagers and the
// cadres of a sect", "clashes between the activists of two parties". It
// is mob violence to ACLED; a fight with the police is a violent
// demonstration, and so are clashes with no sides named ("minor clashes
// were reported in the old city"), the street's usual fight. Sides are
// read after the clash's "between", or after its "with" and in the
// clause before it.
func crowdsFought(in Input) bool {
	named := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue != CueClash || !in.Toks[h.Token].Is("clash", "clashes", "clashed") {
			continue
		}
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+4; k++ {
			if !in.Toks[k].Is("between", "with") {
				continue
			}
			named = true
			for j := k + 1; j < len(in.Toks) && j <= k+10 && !in.Toks[j].Is(".", ";"); j++ {
				if stateNoun(in.Toks[j]) {
					return false
				}
			}
			// "Policemen were injured in a clash with activists": the
			// other side of a clash "with" is in the clause before it.
			for j := h.Token - 1; in.Toks[k].Is("with") && j >= 0 && j >= h.Token-25 && !in.Toks[j].Is(".", ";"); j-- {
				if stateNoun(in.Toks[j]) {
					return false
				}
			}
			break
		}
	}
	return named
}

// stateNoun reports whether t names the state's forces.
func stateNoun(t lex.Token) bool {
	return t.Is("police", "policemen", "policeman", "forces", "sfs", "crpf", "troops", "soldiers", "army", "paramilitary", "rangers", "bsf")
}
