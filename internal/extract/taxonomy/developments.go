package taxonomy

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// This file reads the strategic developments the ninth probe's snippets
// showed unread: coups, people displaced by fighting, groups dissolving,
// forming armed wings, recruiting or naming a successor, and ground handed
// to another side.

// headOfStateTaken reports whether the president taken at i is the one
// in office, not a former one nor one of a party, a club or a union:
// "arrested President Keita", not "arrested the president of the
// traders' union".
func headOfStateTaken(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("of", "former", "ex-president") {
			return false
		}
	}
	return true
}

// jailbreakAt reports inmates escaping from a prison told at i: "six
// prisoners escaped from Gilboa prison", "hundreds of inmates broke out of
// the jail", "a jailbreak". ACLED codes a jailbreak as another strategic
// development; a prison stormed by armed men is their attack, told by its
// own verbs, and a jailbreak foiled is none.
func jailbreakAt(toks []lex.Token, i int) bool {
	if toks[i].Is("jailbreak", "jailbreaks") {
		return !(i > 0 && toks[i-1].Is("planned", "foiled", "attempted", "failed"))
	}
	// ("inmates who escaped from the prison last year were rearrested":
	// who they are, not the news.)
	if i > 0 && toks[i-1].Is("who", "that", "had") {
		return false
	}
	var from int
	switch {
	case toks[i].Is("escaped") && lex.HasAt(toks, i+1, "from"):
		from = i + 2
	case toks[i].Is("broke") && (lex.HasAt(toks, i+1, "out", "of") || lex.HasAt(toks, i+1, "out", "from")):
		from = i + 3
	default:
		return false
	}
	prison := false
	for k := from; k < len(toks) && k <= from+4 && !toks[k].Punct; k++ {
		if toks[k].Is("prison", "prisons", "jail", "jails", "penitentiary", "gaol") {
			prison = true
			break
		}
	}
	if !prison {
		return false
	}
	// The inmates are the subject: "Six Palestinian prisoners escaped",
	// not "the gunmen escaped from the prison they had attacked".
	for k := i - 1; k >= 0 && k >= i-5 && !toks[k].Punct; k-- {
		if toks[k].Is("prisoners", "inmates", "detainees", "convicts", "prisoner", "inmate") {
			return true
		}
	}
	return false
}

// coupAt reports whether token i tells of a coup made by soldiers or armed
// men named before it: "soldiers seized power", "announced they had taken
// power", "the army had dissolved the government", "detained the president
// and forced him to resign", "in what the African Union called a coup". A
// coup named as the cause of something else ("suspended Guinea after the
// army seized power") or one attempted and foiled is none.
func coupAt(toks []lex.Token, i int) bool {
	t := toks[i]
	coup := false
	switch {
	case t.Is("seized", "seize", "seizes", "seizing", "took", "taken", "take", "takes", "taking", "grabbed") && lex.HasAt(toks, i+1, "power"):
		coup = true
	// "The military announced the takeover of power": the coup by its
	// noun.
	case t.Is("takeover", "seizure") && lex.HasAt(toks, i+1, "of", "power"):
		coup = true
	case t.Is("coup", "putsch") && i > 0 && (toks[i-1].Is("a", "military") || i > 1 && toks[i-1].Is("second", "third", "new", "latest", "another") && toks[i-2].Is("a", "its", "the", "their")) && i+1 < len(toks) && !toks[i+1].Is("attempt", "attempts", "plot", "plotters", "bid", "leaders", "leader", "d'etat", "d'état"):
		// "in what the AU called a coup"; not "a coup attempt", "a coup
		// plot", nor one "failed" or "foiled" just before.
		coup = !(i > 1 && toks[i-2].Is("failed", "foiled", "attempted", "abortive", "alleged", "thwarted", "planning", "plotting"))
	case t.Is("dissolved", "dissolves") && i+2 < len(toks) && toks[i+1].Is("the", "all") && (governing(toks[i+2]) ||
		// "dissolved the transitional government".
		i+3 < len(toks) && toks[i+2].Is("transitional", "civilian", "interim", "elected", "ruling", "sovereign") && governing(toks[i+3])):
		coup = true
	case t.Is("forced") && forcedToResign(toks, i):
		coup = true
	// "announced that they had removed him from power".
	case t.Is("removed", "remove", "removing") && fromPower(toks, i):
		coup = true
	case t.Is("ousted", "overthrew", "overthrown", "deposed", "toppled") && i+1 < len(toks) && (toks[i+1].Text == "President" || lex.HasAt(toks, i+1, "the", "president") ||
		lex.HasAt(toks, i+1, "the", "government")):
		coup = true
	// "Mutinous soldiers arrested President Keita", "special forces
	// seized President Alpha Conde": the head of state taken by his own
	// soldiers. (A former president is no longer one.)
	case t.Is("arrested", "detained", "seized", "captured") && i+1 < len(toks) && (toks[i+1].Text == "President" || lex.HasAt(toks, i+1, "the", "president") ||
		lex.HasAt(toks, i+1, "the", "interim", "president")) && headOfStateTaken(toks, i):
		coup = true
	// "announced the dissolution of the government".
	case t.Is("dissolution") && lex.HasAt(toks, i+1, "of", "the") && i+3 < len(toks) && governing(toks[i+3]):
		coup = true
	}
	if !coup || !military(toks[:i]) {
		return false
	}
	// "after the army seized power", "since the military took power":
	// the coup is a cause or a time, told of something else.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			break
		}
		// "discussed the military coup": the coup is what a meeting
		// talked about.
		if toks[k].Is("after", "following", "since", "before", "until", "anniversary", "against", "condemned", "condemning", "discussed", "discussing",
			"discuss", "about", "over") {
			return false
		}
	}
	return true
}

// fromPower reports "from power" within a few words after i: "removed
// him from power", "removed the president from power".
func fromPower(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if lex.HasAt(toks, k, "from", "power") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// governing reports whether t names a body that governs: what a coup
// dissolves.
func governing(t lex.Token) bool {
	return t.Is("government", "parliament", "cabinet", "national", "senate", "assembly", "institutions", "council")
}

// forcedToResign reports "forced them to resign", "forced the president to
// step down" after the verb at i.
func forcedToResign(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("to") && k+1 < len(toks) && (toks[k+1].Is("resign", "quit", "abdicate") || lex.HasAt(toks, k+1, "step", "down")) {
			return true
		}
	}
	return false
}

// coupLead finds a coup told in the lead with no one hurt: the arrests,
// the seized buildings and the soldiers marching on the capital are how
// it was made.
func coupLead(in Input) (Hit, bool) {
	if hurt(in) > 0 || in.Deaths > 0 {
		return Hit{}, false
	}
	i := firstInLead(in, coupAt)
	if i < 0 {
		return Hit{}, false
	}
	t := in.Toks[i]
	return Hit{Cue: CueGroupChange, Start: t.Start, End: t.End, Token: i}, true
}

// firstInLead returns the first token of the lead sentence at which rule
// holds, or -1.
func firstInLead(in Input, rule func(toks []lex.Token, i int) bool) int {
	for i, t := range in.Toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if rule(in.Toks, i) {
			return i
		}
	}
	return -1
}

// peopleNouns are the people whom fighting displaces.
var peopleNouns = lex.WordSet(`people persons residents villagers families civilians inhabitants households thousands hundreds
	locals refugees`)

// displacedAt reports whether token i tells people driven from their
// homes: "more than 5,000 people fled their villages", "fighting has
// displaced 40,000 people", "2,000 families have been displaced". The
// adjective ("displaced families", "internally displaced people") and
// assailants who fled the scene are none.
func displacedAt(toks []lex.Token, i int) bool {
	t := toks[i]
	switch {
	case t.Is("displaced"):
		if i+1 < len(toks) && peopleNouns[toks[i+1].Lower] || i > 0 && toks[i-1].Is("internally", "the", "for", "of") {
			return false
		}
		if i > 0 && toks[i-1].Is("has", "have", "had", "been", "were", "was", "are", "is") {
			return true
		}
		return i > 0 && peopleNouns[toks[i-1].Lower] && !livingInCamps(toks, i) || countedPeopleAfter(toks, i)
	case t.Is("fled", "flee", "fleeing"):
		if t.Is("flee") && !(i > 1 && toks[i-1].Is("to") && toks[i-2].Is("forced", "forcing")) {
			return false
		}
		// Fled somewhere or from something: "fled their villages",
		// "fled to the hills"; not "the fleeing of a militant".
		// "fled Stepanakert towards Armenia": a place left, by its name.
		// "fleeing an offensive by the RSF": the deed fled named.
		// "crossed into Uganda fleeing fighting in North Kivu": the
		// fighting fled, named with no article.
		fledDeed := toks[i].Is("fleeing", "fled") && i+2 < len(toks) && toks[i+1].Is("a", "an") &&
			toks[i+2].Is("offensive", "attack", "assault", "onslaught", "advance", "raid", "fighting", "bombardment") ||
			toks[i].Is("fleeing") && i+1 < len(toks) && toks[i+1].Is("fighting", "clashes", "violence", "attacks", "hostilities", "insecurity")
		// "fled southern Idlib": a named place after its quarter.
		quarter := i+2 < len(toks) && toks[i+1].Is("southern", "northern", "eastern", "western", "central") && properName(toks, i+2)
		if i+1 >= len(toks) || !fledDeed && !quarter && !toks[i+1].Is("their", "the", "to", "into", "towards", "toward", "across", "from", "homes", "villages", "after",
			"amid") && !toks[i+1].Punct && !(properName(toks, i+1) && !toks[i+1].Is("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			return false
		}
		// "Thousands of people streamed across the border into Chad on
		// Saturday fleeing an offensive": the people may stand a
		// phrase of where and when further back.
		back := 8
		if fledDeed {
			back = 14
		}
		for k := i - 1; k >= 0 && k >= i-back; k-- {
			if toks[k].Is(".", ";", ",", "who", "which") {
				return false
			}
			if peopleNouns[toks[k].Lower] {
				return true
			}
		}
	}
	return false
}

// displacementLead finds people displaced in the lead when every deed the
// lead names is the cause of their flight ("fled the fighting", "displaced
// by insurgent attacks", "fighting between the army and rebels has
// displaced"), and no one was killed or hurt.
func displacementLead(in Input) (Hit, bool) {
	if hurt(in) > 0 || in.Deaths > 0 {
		return Hit{}, false
	}
	at := firstInLead(in, displacedAt)
	if at < 0 {
		return Hit{}, false
	}
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if !Eventful(h.Cue) {
			continue
		}
		// Only nouns of violence may stand beside the flight, as its
		// cause: a deed told by a verb ("attacked", "torched") is news
		// of its own.
		// A deed named before the flight is its cause only as the
		// subject of "displaced": "fighting has displaced 40,000"; not
		// "clashes entered a third day, with thousands fleeing".
		if h.Token < at && !(in.Toks[at].Is("displaced") && !punctBetween(in.Toks, h.Token, at)) {
			return Hit{}, false
		}
		// After the flight, a deed is its cause only as the object of a
		// preposition or of the flight: "displaced by insurgent
		// attacks", "fled the fighting"; not "fled when the group
		// launched an offensive".
		if h.Token > at && !causeNoun(in.Toks, at, h.Token) {
			return Hit{}, false
		}
		w := in.Toks[h.Token]
		if h.Cue == CueKill || !w.Is("fighting", "clashes", "attacks", "violence", "offensive", "bombardment", "bombardments", "raids",
			"shelling", "airstrikes", "insurgency", "hostilities", "war", "unrest", "operations", "operation") {
			return Hit{}, false
		}
	}
	t := in.Toks[at]
	return Hit{Cue: CueGroupChange, Start: t.Start, End: t.End, Token: at}, true
}

// dissolvedItself reports a group disbanding itself: "announced that it
// had dissolved all its structures", "dissolved itself".
func dissolvedItself(toks []lex.Token, i int) bool {
	if !toks[i].Is("dissolved", "dissolving", "dissolves") {
		return false
	}
	return lex.HasAt(toks, i+1, "itself") || lex.HasAt(toks, i+1, "all", "its") || lex.HasAt(toks, i+1, "its", "structures") ||
		lex.HasAt(toks, i+1, "its", "units") || lex.HasAt(toks, i+1, "its", "armed")
}

// outfitLaunched reports a new armed outfit launched at i by its verb:
// "governors launched a joint regional security outfit", "the state
// created a vigilante militia". A task force or a campaign launched is
// none.
func outfitLaunched(toks []lex.Token, i int) bool {
	if !toks[i].Is("launched", "created", "unveiled", "inaugurated") || i > 0 && toks[i-1].Is("be", "been", "being", "was", "were", "is", "are") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("outfit", "militia", "vigilante", "vigilantes") ||
			lex.HasAt(toks, k, "self-defence", "group") || lex.HasAt(toks, k, "self-defense", "group") {
			return true
		}
	}
	return false
}

// armedWingFormed reports the formation of an armed force announced at i:
// "announced the formation of a People's Defence Force as its armed
// wing", "the creation of a new militia".
func armedWingFormed(toks []lex.Token, i int) bool {
	// "A new armed group calling itself the Popular Resistance announced
	// its formation": the group announces itself.
	if toks[i].Is("formation", "creation", "establishment", "launch") && i > 2 && toks[i-1].Is("its", "their") && toks[i-2].Is("announced", "declared", "proclaimed") {
		for k := i - 3; k >= 1 && k >= i-12; k-- {
			if toks[k].Is(".", ";") {
				return false
			}
			if toks[k].Is("group", "groups", "movement", "force") && toks[k-1].Is("armed") || toks[k].Is("militia", "militias", "brigade", "brigades", "battalion") {
				return true
			}
		}
		return false
	}
	if !toks[i].Is("formation", "creation", "establishment", "launch") || !lex.HasAt(toks, i+1, "of") {
		return false
	}
	// Announced as made, not planned: "a plan including the
	// establishment of a special force" is none.
	// "announced on Wednesday the formation of": a day may stand
	// between.
	announced := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Is("announced", "declared", "proclaimed", "completed", "unveiled") {
			announced = true
		}
	}
	if !announced {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+10; k++ {
		if toks[k].Punct && !toks[k].Is("'", "’") {
			return false
		}
		if toks[k].Is("force", "forces", "army", "militia", "militias", "wing", "brigade", "brigades", "battalion", "battalions", "guerrilla") {
			return true
		}
		// "announced the creation of a new armed group".
		if toks[k].Is("group", "groups", "movement") && toks[k-1].Is("armed") {
			return true
		}
	}
	return false
}

// volunteersJoined reports people told joining an armed force at i:
// "thousands of volunteers queued to join territorial defence units",
// "hundreds of men enlisted in the army". A force grown by recruits is a
// change to its activity; people who join a protest or a search are not
// recruits.
func volunteersJoined(toks []lex.Token, i int) bool {
	if !toks[i].Is("join", "joined", "joining", "enlist", "enlisted", "enlisting") {
		return false
	}
	// "14 youths who had joined militant ranks last year have returned":
	// who the people are, not a joining told.
	if i > 0 && toks[i-1].Is("had", "have", "has", "who") || i > 1 && toks[i-2].Is("who") {
		return false
	}
	people := false
	for k := i - 1; k >= 0 && k >= i-6 && !toks[k].Punct; k-- {
		if toks[k].Is("volunteers", "recruits", "civilians", "men", "youths", "residents", "reservists") {
			people = true
			break
		}
	}
	if !people {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("units", "unit", "battalions", "battalion", "brigades", "brigade", "militia", "militias", "army", "ranks") {
			return true
		}
	}
	return false
}

// forcesArrived reports troops arriving abroad as part of a force or a
// mission, told at i: "Russian paratroopers arrived in Kazakhstan as part
// of a CSTO peacekeeping force". Troops who merely "arrived" at a scene
// are told by what they did there.
func forcesArrived(toks []lex.Token, i int) bool {
	if !toks[i].Is("arrived") {
		return false
	}
	troops := false
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].Punct; k-- {
		if toks[k].Is("troops", "soldiers", "paratroopers", "peacekeepers", "marines", "contingent", "forces") {
			troops = true
			break
		}
	}
	if !troops {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if lex.HasAt(toks, k, "as", "part", "of") {
			for j := k + 3; j < len(toks) && j <= k+8 && !toks[j].Punct; j++ {
				if toks[j].Is("force", "forces", "mission", "contingent", "deployment") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// recruitmentDrive reports armed men recruiting told at i: "recruited
// hundreds of young men", "a mobilisation drive", "a recruitment drive".
func recruitmentDrive(toks []lex.Token, i int) bool {
	if toks[i].Is("recruitment", "mobilisation", "mobilization", "conscription") && lex.HasAt(toks, i+1, "drive") {
		return true
	}
	// "The government began recruiting thousands of volunteers", "the
	// rebels began recruiting tribal fighters": a drive told as begun,
	// its men counted after it or named a few words on.
	if toks[i].Is("recruiting") && i > 0 && toks[i-1].Is("began", "begun", "started", "launched") && i+1 < len(toks) {
		n := toks[i+1]
		if n.Is("hundreds", "thousands", "dozens", "scores", "young", "new", "more") || n.Text[0] >= '0' && n.Text[0] <= '9' {
			return true
		}
		for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
			if toks[k].Is("fighters", "men", "youths", "recruits", "children", "boys", "soldiers", "volunteers", "militiamen") {
				return true
			}
		}
		return false
	}
	// "Burkina Faso began the recruitment of 50,000 volunteers": the
	// drive by its noun, begun, its men counted.
	if toks[i].Is("recruitment", "conscription") && i > 1 && toks[i-1].Is("the") && toks[i-2].Is("began", "launched", "started", "begun") && lex.HasAt(toks, i+1, "of") {
		for k := i + 2; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
			if countWord(toks[k]) || toks[k].Text != "" && toks[k].Text[0] >= '0' && toks[k].Text[0] <= '9' || toks[k].Is("volunteers", "fighters", "youths", "recruits", "reservists", "soldiers") {
				return true
			}
		}
		return false
	}
	if !toks[i].Is("recruited", "conscripted") || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Is("hundreds", "thousands", "dozens", "scores", "young", "new", "more", "children", "boys", "fighters") ||
		n.Text != "" && n.Text[0] >= '0' && n.Text[0] <= '9'
}

// sentTo reports "to" and a place within six words after the verb at i:
// "sent 1,000 troops to the border".
func sentTo(toks []lex.Token, i int) bool {
	for k := i + 2; k+1 < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
		if toks[k].Is("to") && !toks[k+1].Is("fight", "help", "protect", "quell", "rescue", "guard", "secure", "restore", "stop", "support", "be", "the") {
			return true
		}
		if toks[k].Is("to") && toks[k+1].Is("the") {
			return true
		}
	}
	return false
}

// forcesSentAfter reports armed men as the object of a verb of sending or
// raising forces at i: "mobilised thousands of militia members and special
// forces", "deployed 2,000 troops".
func forcesSentAfter(toks []lex.Token, i int) bool {
	// "The government sent 1,000 troops to the border": troops sent
	// somewhere, a destination named.
	if toks[i].Is("sent", "dispatched") {
		return i+1 < len(toks) && (countWord(toks[i+1]) || toks[i+1].Text != "" && toks[i+1].Text[0] >= '0' && toks[i+1].Text[0] <= '9' ||
			toks[i+1].Is("a", "troops", "soldiers", "reinforcements", "more", "additional")) &&
			sentTo(toks, i) && military(toks[i+1:min(len(toks), i+5)])
	}
	if !toks[i].Is("mobilised", "mobilized", "deployed") {
		return false
	}
	end := min(len(toks), i+8)
	for k := i + 1; k < end; k++ {
		if toks[k].Punct {
			end = k
			break
		}
	}
	// "The SADC deployed a standby force to Cabo Delgado", "deployed a
	// rapid reaction brigade": a unit of soldiers by its singular noun
	// (a police force is no army's).
	for k := i + 1; k < end; k++ {
		if toks[k].Is("force", "brigade", "battalion", "contingent") && toks[k-1].Is("standby", "reaction", "intervention", "regional", "joint", "multinational", "peacekeeping", "military") {
			return true
		}
	}
	return military(toks[i+1 : end])
}

// handedToSide reports ground handed to another side at i: "handed their
// positions around Manbij to government troops under a deal".
func handedToSide(toks []lex.Token, i int) bool {
	if !toks[i].Is("handed", "handing", "ceded", "ceding") || lex.HasAt(toks, i+1, "over") {
		return false
	}
	if i+2 >= len(toks) || !toks[i+1].Is("their", "its", "the") || !toks[i+2].Is("positions", "territory", "areas", "posts", "bases") {
		return false
	}
	return recipient(toks, i) || underDeal(toks, i)
}

// fightEnded reports whether the fighting noun at i is what a deal or a
// truce ended: "the agreement that ended the fighting", "an end to the
// hostilities".
func fightEnded(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("ended", "end", "ending", "ends", "halted", "halt", "halting", "stopped", "stop", "ceased", "cease", "stem") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// prematureBlast reports a bomb that went off in the hands of those who
// made or carried it: "the bomb they were assembling exploded
// prematurely", "blew up while they were making it".
func prematureBlast(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("prematurely", "premature") {
			return true
		}
		if t.Is("assembling", "making", "building", "handling", "planting", "preparing", "fixing") && i > 1 && toks[i-1].Is("were", "was") &&
			toks[i-2].Is("they", "he", "she") {
			return true
		}
	}
	return false
}

// forcesObject reports fighters or troops as the object of the verb at i:
// "stationed hundreds of fighters", "stationed 300 troops"; not the
// participle "troops stationed at the base".
func forcesObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct || toks[k].Is("at", "in", "on", "near", "along") {
			return false
		}
		if toks[k].Is("fighters", "troops", "soldiers", "men", "militants", "forces", "units") {
			return true
		}
	}
	return false
}

// punctBetween reports any punctuation between tokens a and b.
func punctBetween(toks []lex.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].Punct {
			return true
		}
	}
	return false
}

// crowdOpens reports whether the sentence opens with a crowd for its
// subject: "Villagers beat two men ...", "Residents of a village captured
// a man ...", "An angry mob ...". The deeds its clauses go on to tell are
// the crowd's.
func crowdOpens(toks []lex.Token) bool {
	for k := 0; k < len(toks) && k < 3; k++ {
		if toks[k].Punct {
			return false
		}
		if crowdNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// crowdBefore reports whether a crowd of people is the subject before the
// verb at i: "supporters of the outgoing president forced their way".
func crowdBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if crowdNouns[toks[k].Lower] || toks[k].Is("supporters", "protesters", "protestors", "demonstrators", "rioters", "students", "youths",
			"fans", "workers", "farmers", "traders", "relatives", "mourners") {
			return true
		}
		if assailantWords[toks[k].Lower] || toks[k].Is("gunmen", "men", "soldiers", "police") {
			return false
		}
	}
	return false
}

// accusedOf reports whether the deed word at i is what someone named as
// the object of another deed is accused, suspected or convicted of: "beat
// two men accused of child kidnapping".
func accusedOf(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		// Not "militiamen were accused of raping": an allegation told
		// of the subject is the deed reported.
		if toks[k].Is("of", "with") && k > 0 && toks[k-1].Is("accused", "suspected", "convicted", "charged", "guilty") {
			return k < 2 || !toks[k-2].Is("was", "were", "are", "is", "been", "being", "be", "stand", "stands", "stood", "widely", "also")
		}
	}
	return false
}

// crowdWeaponAfter reports tear gas, pellets, rubber bullets or water
// cannon as what was fired at i: "police fired pellets and tear gas".
func crowdWeaponAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("pellets", "teargas", "tear", "rubber", "water", "plastic", "stun", "pepper", "pepper-ball", "beanbag", "sponge") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// personSnatched reports a person snatched at i in the passive: "an
// activist was snatched off the street".
func personSnatched(toks []lex.Token, i int) bool {
	if i == 0 || !toks[i-1].Is("was", "were") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if toks[k].Is("activist", "activists", "journalist", "journalists", "man", "woman", "girl", "boy", "girls", "boys", "student", "students",
			"lawyer", "priest", "child", "children", "he", "she", "they", "leader", "blogger", "dissident") {
			return true
		}
		if toks[k].Is(".", ";") {
			return false
		}
	}
	return false
}

// liveRounds reports live ammunition fired at people: "used live
// ammunition to disperse", "fired live rounds at the crowd", "used
// lethal force"; not rounds fired into the air.
func liveRounds(toks []lex.Token) bool {
	for i, t := range toks {
		// "Police used lethal force against protesters": deadly by
		// its own name.
		if t.Is("lethal", "deadly") && i+1 < len(toks) && toks[i+1].Is("force") {
			return true
		}
		if t.Is("live") && i+1 < len(toks) && toks[i+1].Is("ammunition", "rounds", "round", "bullets", "bullet", "fire") {
			for k := i + 2; k < len(toks) && k <= i+5; k++ {
				if toks[k].Is("air") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// gravelyHurt reports people seriously or critically wounded, in a
// critical condition, or who lost an eye.
func gravelyHurt(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("seriously", "critically", "gravely", "severely") && i+1 < len(toks) && toks[i+1].Is("wounded", "injured", "hurt") {
			return true
		}
		if lex.HasAt(toks, i, "critical", "condition") || t.Is("lost") && i+2 < len(toks) && toks[i+1].Is("an", "his", "her", "one") && toks[i+2].Is("eye") {
			return true
		}
		// "lost the sight of both eyes", "blinded", "wounding a dozen,
		// two of them in the eyes".
		// "protesters who lost eyes to birdshot", "lost their eyes".
		if t.Is("lost") && (lex.HasAt(toks, i+1, "eyes") || i+2 < len(toks) && toks[i+1].Is("their", "both") && toks[i+2].Is("eyes", "eye")) {
			return true
		}
		if t.Is("blinded", "blinding") || lex.HasAt(toks, i, "lost", "the", "sight") || (lex.HasAt(toks, i, "in", "the", "eyes") || lex.HasAt(toks, i, "in", "the", "eye")) && !lex.HasAt(toks, i+3, "of") {
			return true
		}
	}
	return false
}

// causeNoun reports whether the deed noun at h, after the flight at at,
// is the object of a preposition of cause or of the flight itself, with
// no verb between: "by insurgent attacks", "after the fighting of recent
// days", "fled the fighting".
func causeNoun(toks []lex.Token, at, h int) bool {
	for k := h - 1; k > at && k >= h-4; k-- {
		if toks[k].Is("by", "from", "after", "following", "amid", "of", "over") {
			return true
		}
		if toks[k].Punct || strings.HasSuffix(toks[k].Lower, "ed") {
			return false
		}
	}
	return h-at <= 3
}

// crimeProtested reports whether the crime word at i is what a protest
// denounces: "rallied to denounce corruption", "marched against drug
// trafficking".
func crimeProtested(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("denounce", "denouncing", "against", "condemn", "condemning", "protest", "protesting", "decry", "decrying") {
			return protestNamed(toks) || k > 0 && toks[k-1].Is("to")
		}
	}
	return false
}

// handoverDone reports whether the handover named at i is told as done
// later in its sentence: "The handover of the city ... took place on
// Thursday", "was completed"; not one planned or demanded.
func handoverDone(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && !toks[k].Is(".", ";"); k++ {
		if lex.HasAt(toks, k, "took", "place") || toks[k].Is("completed", "concluded", "happened", "occurred") {
			return true
		}
	}
	return false
}

// leftBeforeEntry reports the ground's holders told as gone before the
// entry at i, later in its sentence: "walked into the town hours after
// Ethiopian troops pulled out". A place named with its region ("into
// the town of Hawadley in Somalia's Middle Shabelle region on Tuesday,
// hours after ...") may stand twenty words long.
func leftBeforeEntry(toks []lex.Token, i int) bool {
	after := false
	for k := i + 1; k < len(toks) && k <= i+24 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("after") {
			after = true
		}
		// "after the withdrawal of American forces": the leaving by its
		// noun.
		if after && (lex.HasAt(toks, k, "pulled", "out") || toks[k].Is("withdrew", "left", "vacated", "abandoned") ||
			toks[k].Is("withdrawal", "departure", "pullout", "pull-out") && lex.HasAt(toks, k+1, "of")) {
			return true
		}
	}
	return false
}
