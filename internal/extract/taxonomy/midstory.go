package taxonomy

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// The phrasings of a sentence cut from the middle of a story (probe 14):
// the crowd named before a relative clause, a mutual deed in the
// possessive, people led away, forced into a car or marched off by their
// captors, aircraft that opened fire, a crowd's beating told in the
// passive.

// mutualAt reports "each other", "one another" or their possessives
// ("stoned each other's houses") at k: a deed two crowds did to one
// another.
func mutualAt(toks []lex.Token, k int) bool {
	return lex.HasAt(toks, k, "each", "other") || lex.HasAt(toks, k, "one", "another") ||
		lex.HasAt(toks, k, "each", "other's") || lex.HasAt(toks, k, "one", "another's")
}

// relativeDone reports whether the relative pronoun at k opens a clause
// that ends before the verb at i, its own verb told between them
// ("Villagers who accused a woman of witchcraft set fire to her house"):
// the verb at i is then the noun's before the pronoun, not the clause's.
// A verb right after the pronoun ("men who set fire") has no other verb
// between, and the pronoun stays its subject.
func relativeDone(toks []lex.Token, k, i int) bool {
	if !toks[k].Is("who") || i-k < 3 {
		return false
	}
	for j := k + 1; j < i; j++ {
		if toks[j].Punct {
			return false
		}
		w := toks[j].Lower
		if strings.HasSuffix(w, "ed") && len(w) > 4 || toks[j].Is("had", "have", "has", "were", "are", "threw", "took", "fled", "came", "went", "gave", "saw") {
			return true
		}
	}
	return false
}

// crowdByAfter reports a crowd as the doer after the passive "beaten by"
// ending at e: "was beaten by a mob", "beaten by a group of men",
// "beaten by villagers". A group of soldiers or policemen is no crowd.
func crowdByAfter(toks []lex.Token, e int) bool {
	k := e + 1
	for k < len(toks) && k <= e+2 && toks[k].Is("a", "an", "the", "angry", "large") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if crowdNouns[toks[k].Lower] {
		return true
	}
	if !toks[k].Is("group", "groups", "gang") || !lex.HasAt(toks, k+1, "of") || k+2 >= len(toks) {
		return false
	}
	n := toks[k+2]
	return !(stateForceWord(n) || assailantWords[n.Lower] || n.Is("gunmen", "militiamen", "bandits", "masked", "armed"))
}

// forcedIntoVehicle reports a person forced into a car at the verb
// "forced" at i: "Masked men forced the activist into a car", "was forced
// into a van by gunmen". Not "forced their way into", nor a crowd
// "forced into the square".
func forcedIntoVehicle(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("into") {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if toks[j].Is("car", "vehicle", "van", "minibus", "pickup", "truck", "suv", "boot", "trunk") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// aircraftOpenedFire reports gunfire opened by aircraft: "Two military
// helicopters opened fire on the village school", "a helicopter gunship
// opened fire". The firing verb at i has an aircraft for its subject; a
// passive or a gun turned on aircraft ("opened fire on a drone") is not.
func aircraftOpenedFire(toks []lex.Token, i int) bool {
	if !toks[i].Is("opened", "open", "opens", "opening", "fired") || i == 0 || toks[i-1].Is("was", "were", "been", "being") {
		return false
	}
	if toks[i-1].Is("helicopter") || i > 1 && toks[i-2].Is("helicopter") {
		return true
	}
	return airBefore(toks, i)
}

// crowdPushedBack reports protesters "pushed back" at i by the forces:
// "Protesters who had blocked the highway were pushed back by troops",
// "police pushed back the marchers". Troops who pushed back the rebels,
// or protesters who pushed back a police line, are not.
func crowdPushedBack(toks []lex.Token, i int) bool {
	if !protestNamed(toks) {
		return false
	}
	if i > 0 && toks[i-1].Is("were", "was", "been", "being") {
		return forcesBy(toks, i+1)
	}
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].Punct; k-- {
		if stateForceWord(toks[k]) {
			return true
		}
	}
	return false
}

// demonstratorsBefore reports people told as protesting in a relative
// clause before the firing at i, in its sentence: "Seven people who were
// demonstrating against military rule were killed when troops opened
// fire".
func demonstratorsBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("demonstrating", "protesting", "marching", "demonstrated", "protested", "marched", "rallied") && relativeBefore(toks, k) {
			return true
		}
	}
	return false
}

// forcesPositions reports an armed side's "positions" at i attacked on
// the ground: "attacked government positions", "stormed army
// positions". Positions held in a cabinet or taken up on a hill are no
// one's lines, and positions shelled or fired on from afar are told by
// the weapon.
func forcesPositions(toks []lex.Token, i int) bool {
	if !toks[i].Is("positions") || i < 2 || !toks[i-1].Is("government", "army", "military", "rebel", "enemy", "militia", "regime", "frontline",
		"front-line", "defensive", "forward", "troop", "insurgent", "jihadist", "separatist") {
		return false
	}
	return toks[i-2].Is("attacked", "attacking", "stormed", "raided", "assaulted", "overran") ||
		i > 2 && toks[i-2].Is("the") && toks[i-3].Is("attacked", "attacking", "stormed", "raided", "assaulted", "overran")
}

// tollOnBothSides reports a toll counted "on both sides" at i: "dozens
// were killed on both sides", "heavy losses on both sides". Attackers
// hiding "on both sides of the road" are where they lay in wait.
func tollOnBothSides(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i, "on", "both", "sides") || lex.HasAt(toks, i+3, "of") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("killed", "dead", "died", "wounded", "injured", "casualties", "losses", "fatalities") {
			return true
		}
	}
	return false
}

// forceFormed reports an armed force formed at i, named by what it is:
// "said it had formed the People's Defence Force", "formed a militia to
// guard the villages". A committee, a government or a team formed is
// none.
func forceFormed(toks []lex.Token, i int) bool {
	if !toks[i].Is("formed") || i+1 >= len(toks) || !toks[i+1].Is("a", "an", "the", "its", "their") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6 && !(toks[k].Punct && !toks[k].Is("'", "’")); k++ {
		if toks[k].Is("militia", "militias", "army", "brigade", "brigades", "battalion", "battalions") ||
			toks[k].Text == "Force" && toks[k-1].Is("defence", "defense", "protection", "self-defence", "self-defense") ||
			// "Anti-coup youths formed a new armed group".
			toks[k].Is("group", "groups", "movement") && toks[k-1].Is("armed") {
			return true
		}
	}
	return false
}

// recruitedToFight reports recruits taken on "to fight" after the verb at
// i: "has recruited thousands of civilian volunteers to fight alongside
// the army". A state raising fighters changes what the war's sides are,
// as an armed group's recruitment does.
func recruitedToFight(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
		if toks[k].Is("to") && toks[k+1].Is("fight", "defend", "combat") {
			return true
		}
		// "volunteers for the defence of the homeland".
		if toks[k].Is("for") && lex.HasAt(toks, k+1, "the") && k+2 < len(toks) && toks[k+2].Is("defence", "defense", "fight") {
			return true
		}
	}
	return false
}

// storedAfter reports goods kept in store within a few words from k, in
// its clause: "ammonium nitrate stored in a warehouse".
func storedAfter(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+6 && !toks[j].Punct; j++ {
		if toks[j].Is("stored", "stockpiled", "warehoused", "kept") {
			return true
		}
	}
	return false
}

// peopleInside reports people inside what was set on fire, told after
// the phrase ending at e: "set fire to the bus with the passengers still
// inside", "torched the house with the family trapped inside".
func peopleInside(toks []lex.Token, e int) bool {
	with := false
	for k := e + 1; k < len(toks) && k <= e+10 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("with") {
			with = true
		}
		if with && toks[k].Is("inside", "aboard", "onboard") {
			for j := k - 1; j > e; j-- {
				if toks[j].Is("passengers", "people", "occupants", "family", "families", "children", "villagers", "worshippers", "residents") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// shutdownObserved reports shops or markets that "stayed shut" at i over
// a call for a shutdown or a strike: "Shops in the old city stayed shut
// for a second day in response to the separatists' call for a shutdown".
// Shops closed for a holiday or a curfew observe no protest.
func shutdownObserved(toks []lex.Token, i int) bool {
	shops := false
	for k := i - 1; k >= 0 && k >= i-6 && !toks[k].Is(".", ";"); k-- {
		if toks[k].Is("shops", "markets", "businesses", "stores", "schools", "offices", "banks", "shutters") {
			shops = true
		}
	}
	if !shops {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+20 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("shutdown", "strike", "bandh", "hartal", "protest", "boycott") {
			return true
		}
	}
	return false
}

// tookWithThem reports people "taken with them" after "took" at i:
// "took several women and girls with them". The caller asks that armed
// men be named: families who took their children with them took no one.
func tookWithThem(toks []lex.Token, i int) bool {
	person := false
	for k := i + 1; k < len(toks) && k <= i+9 && !toks[k].Punct; k++ {
		if peopleSeized[toks[k].Lower] || toks[k].Is("man", "boy", "girl", "student", "youths", "youth", "women", "girls", "children", "villagers") {
			person = true
		}
		if lex.HasAt(toks, k, "with", "them") {
			return person
		}
	}
	return false
}
