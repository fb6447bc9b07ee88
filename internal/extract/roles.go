package extract

import (
	"sort"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
)

// roles are the actors of one event.
type roles struct {
	actor1, actor2         string
	inter1, inter2         int
	perpetrator, claimedBy string
	actor1Span, actor2Span [2]int
	claimSpan              [2]int
}

// attackVerbs follow the side that acted ("BLA militants attacked").
var attackVerbs = map[string]bool{
	"attacked": true, "opened": true, "fired": true, "ambushed": true, "stormed": true, "hurled": true,
	"lobbed": true, "planted": true, "targeted": true, "killed": true, "shot": true, "abducted": true,
	"kidnapped": true, "conducted": true, "carried": true, "launched": true, "raided": true,
	"detonated": true, "gunned": true, "exchanged": true, "clashed": true, "engaged": true, "threw": true,
	"set": true, "torched": true, "struck": true, "attack": true, "arrested": true, "apprehended": true,
	"busted": true, "blew": true, "triggered": true, "used": true, "trapped": true, "surrounded": true,
	"claimed": true, "stabbed": true, "snatched": true, "beheaded": true, "executed": true,
	"martyred": true, "overran": true, "captured": true, "seized": true, "recaptured": true,
	"rammed": true, "attempted": true, "tried": true, "shelled": true, "bombed": true, "bombarded": true,
	"pounded": true, "hit": true, "strike": true, "strikes": true, "blocked": true, "blockaded": true,
	"intercepted": true, "cordoned": true, "encircled": true, "pursued": true, "chased": true,
	// Property looted or wrecked is the looters' deed ("BLA militants
	// looted a bank"), and a bomb dropped from a drone the dropper's
	// ("militants dropped explosives from a quadcopter").
	"looted": true, "ransacked": true, "plundered": true, "robbed": true, "vandalised": true, "vandalized": true,
	"burnt": true, "burned": true, "destroyed": true, "demolished": true, "dropped": true,
	// Men who enter a place, or disarm or overpower its guards, made the
	// raid ("BLF militants entered the bazaar and disarmed the Levies
	// personnel"), not the guards they disarmed.
	"disarmed": true, "overpowered": true, "entered": true,
}

// defenceVerbs take the defender as their agent: "the attack was thwarted
// by own troops" names who defended, not who attacked.
var defenceVerbs = map[string]bool{
	"thwarted": true, "foiled": true, "repulsed": true, "repelled": true, "averted": true, "frustrated": true,
}

// assignRoles picks actor1 (who acted), actor2 (against whom), the
// perpetrator and the claimant, in ACLED's naming.
func assignRoles(toks []lex.Token, ms []actors.Mention, class taxonomy.Class, victims map[string]int, country string) roles {
	var r roles
	ms = mergeGroupNouns(ms)
	tokAt := func(off int) int {
		return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
	}
	ms = unitInBrackets(toks, ms, tokAt)
	attacker, target := -1, -1
	claimant := -1
	glossed := membersGlossed(toks, ms, tokAt)
	for k, m := range ms {
		if m.Actor.Side == actors.SideCivilians || glossed[k] {
			continue
		}
		i := tokAt(m.End)
		// "X claimed responsibility".
		for j := i; j < len(toks) && j <= i+4; j++ {
			if lex.HasAt(toks, j, "claimed", "responsibility") || lex.HasAt(toks, j, "claimed", "the", "responsibility") || lex.HasAt(toks, j, "has", "claimed", "responsibility") || lex.HasAt(toks, j, "took", "responsibility") {
				if claimant < 0 && m.Actor.Side != actors.SideSecurity {
					claimant = k
				}
			}
		}
		// "conducted by security forces", "attacked by BLA militants".
		b := tokAt(m.Start)
		// "taken away by personnel of the security forces".
		by := b
		if b > 3 && toks[b-1].Is("the") && toks[b-2].Is("of") && toks[b-3].Is("personnel", "men", "officials", "members", "troops") {
			by = b - 3
		}
		// "a rocket attack by suspected BLF militants": a suspicion
		// still names the attacker.
		if by > 1 && toks[by-1].Is("suspected", "alleged") {
			by--
		}
		if by > 0 && toks[by-1].Is("by") && attacker < 0 && !(by > 1 && defenceVerbs[toks[by-2].Lower]) {
			attacker = k
			continue
		}
		// "troops came under attack from Fitna al-Hindustan terrorists",
		// "came under fire from militants": the attack's source.
		if by > 1 && toks[by-1].Is("from") && toks[by-2].Is("attack", "attacks", "fire", "firing", "assault", "shelling") && attacker < 0 {
			attacker = k
			continue
		}
		// "BLA militants attacked ...": a verb of acting right after.
		// An aside between commas may come between the name and its verb:
		// "a pro-government armed group, described by locals as a death
		// squad, shot dead a young man".
		last := i + 3
		for j := i; j < len(toks) && j <= last; j++ {
			// Armed men told by what they were doing when they acted
			// act after the phrase that tells it: "BLA militants
			// holding the hijacked train near Mashkaf (Kachhi district)
			// exchanged fire with commandos", "gunmen riding on a
			// motorcycle opened fire". (Only armed men: the soldiers
			// "guarding the camp" who "killed two attackers" defended
			// it.)
			if j == i && (m.Actor.Side == actors.SideMilitants || m.Actor.Side == actors.SideUnidentified) {
				p := i // past the group's noun for its men: "BLA militants holding"
				if p < len(toks) && toks[p].Is("militants", "fighters", "men", "gunmen", "terrorists", "insurgents", "rebels", "members") {
					p++
				}
				if v := afterParticiple(toks, p); v > 0 {
					j, last = v-1, v
					continue
				}
			}
			if toks[j].Is(",") && j == i {
				if e := asideEnd(toks, j); e > 0 {
					j, last = e, e+3
					continue
				}
			}
			// A short gloss in brackets does not count against the
			// distance to the verb: "FC Balochistan (South) personnel
			// opened fire", "the Counter Terrorism Department (CTD)
			// raided".
			if toks[j].Is("(") {
				for k := j + 1; k < len(toks) && k <= j+4; k++ {
					if toks[k].Is(")") {
						last += k - j + 1
						j = k
						break
					}
				}
				continue
			}
			// (A name in quotes ends with one: "its 'Fateh squad'
			// exchanged fire".)
			if toks[j].Punct && !toks[j].Is("(", ")", "'", "\u2019", "\"") {
				break
			}
			// "police foiled a terrorist attack": the police defended;
			// the attack that follows the verb was the other side's.
			if defenceVerbs[toks[j].Lower] {
				break
			}
			// ("soldiers hit by a roadside bomb" were the target.)
			// ("took over the police station", "took control of the
			// highway", "picked up two brothers": phrasal verbs of
			// acting. Forces that "took control of the area" after an
			// attack secured it; they did not make the attack.)
			// (Protesters who "blocked the road" protested: they
			// attacked no one.)
			// (Militants who "tried to infiltrate" from across the border
			// were intercepted: the attempt is no attack.)
			// ("BLF militants fire at an army soldier": a report in
			// the present.)
			// ("security forces forcibly disappeared a student", "FC
			// personnel whisked away two brothers", "took away a
			// student": the verbs of an enforced disappearance;
			// "disappeared" alone is as often what happened to the men
			// named, and police who "took away the bodies" only
			// collected them.)
			// ("two soldiers in an attack on a camp": "attack" after a
			// determiner is the noun; the soldiers did not make it.)
			acted := attackVerbs[toks[j].Lower] && !(toks[j].Is("blocked", "blockaded") && m.Actor.Side == actors.SideProtesters) &&
				!infiltrating(toks, j) && !nounOfAttack(toks, j) || toks[j].Is("fire", "fires") && j+1 < len(toks) && toks[j+1].Is("at", "on", "upon") ||
				lex.HasAt(toks, j, "took", "over") || lex.HasAt(toks, j, "picked", "up") || lex.HasAt(toks, j, "forcibly", "disappeared") ||
				lex.HasAt(toks, j, "whisked", "away") || lex.HasAt(toks, j, "took", "away") && !bodiesAfter(toks, j+2) ||
				lex.HasAt(toks, j, "took", "control") && m.Actor.Side != actors.SideSecurity ||
				j <= i+1 && misspeltVerbOfActing(toks, j)
			// ("troops came under attack": they were attacked; "four
			// soldiers were initially reported killed": so were they.)
			if acted && !(j > 0 && toks[j-1].Is("under")) && !passiveBetween(toks, i, j) && !lex.HasAt(toks, j+1, "by") && !reducedPassive(toks, j) {
				if attacker < 0 {
					attacker = k
				}
				break
			}
		}
	}
	if attacker < 0 && claimant >= 0 {
		attacker = claimant
	}
	// "The Frontier Corps said its personnel foiled an attack on a convoy,
	// killing two terrorists": the force defended; the attack was the
	// armed group's the text names. (A weapon disrupted before use is the
	// deed of the force that disrupted it.)
	if attacker < 0 && class.SubEventType != taxonomy.DisruptedWeapons {
		if k := defendingForce(toks, ms, tokAt); k >= 0 {
			for j, m := range ms {
				if m.Actor.Side == actors.SideMilitants || m.Actor.Side == actors.SideUnidentified {
					if attacker < 0 || ms[attacker].Actor.Generic && !m.Actor.Generic {
						attacker = j
					}
				}
			}
		}
	}
	// Police who shot the attacker, or soldiers on the bus a suicide
	// bomber hit, are not who attacked: in an attack on civilians that also
	// names an armed attacker, the attacker is that one; a suicide bombing
	// is never the state's.
	if attacker >= 0 && ms[attacker].Actor.Side == actors.SideSecurity &&
		(class.EventType == taxonomy.VAC || class.SubEventType == taxonomy.SuicideBomb) {
		other := -1
		for k, m := range ms {
			if m.Actor.Side == actors.SideUnidentified || m.Actor.Side == actors.SideMilitants {
				other = k
				break
			}
		}
		if other >= 0 || class.SubEventType == taxonomy.SuicideBomb {
			attacker = other
		}
	}
	// Prefer a named group over a generic "militants" when both are there.
	if attacker >= 0 && ms[attacker].Actor.Generic && ms[attacker].Actor.Side != actors.SideSecurity {
		for k, m := range ms {
			if !m.Actor.Generic && m.Actor.Side == actors.SideMilitants {
				attacker = k
				break
			}
		}
	}
	// An air strike or shelling in which no forces were hurt and the
	// state is named is the state's: air power and artillery are its
	// arms ("a Nigerian Air Force strike hit a crowd").
	if attacker < 0 && (class.SubEventType == taxonomy.AirDrone || class.SubEventType == taxonomy.Shelling) && victims[casualties.Security] == 0 {
		attacker = firstSecurity(ms)
	}
	// Only militants fell in a battle: a group named with no verb of its
	// own is the side that lost them, and the state the other
	// ("Sixteen Taliban militants were killed in a joint operation").
	militantsLost := class.EventType == taxonomy.Battles && victims[casualties.Militants] > 0 &&
		victims[casualties.Security] == 0 && victims[casualties.Civilians] == 0
	// No verb tied to a name in a battle the state waged and militants
	// fell in ("two soldiers embraced shahadat and three khwarij were sent
	// to hell in an intelligence-based operation") or one told as between
	// the state and a group ("an exchange of fire between security forces
	// and the khwarij"): the state acts, whoever fell.
	if attacker < 0 && class.EventType == taxonomy.Battles && (forcesImplied(toks) && victims[casualties.Militants] > 0 || stateNamedFirst(toks, ms, tokAt)) {
		attacker = firstSecurity(ms)
	}
	// Its mirror, the group named first ("an exchange of fire between BLA
	// militants and SFs, two militants killed"), is the group's attack,
	// whoever fell, as ACLED's notes tell their own clashes.
	if attacker < 0 && class.EventType == taxonomy.Battles {
		attacker = groupNamedFirst(toks, ms, tokAt)
	}
	if attacker < 0 && !militantsLost {
		// No verb tied to a name: a named non-state group is the likely
		// perpetrator of violence; for security operations, the state.
		// ("suspected TTP positions" were the target.)
		for k, m := range ms {
			if !m.Actor.Generic && m.Actor.Side == actors.SideMilitants && class.EventType != taxonomy.Strategic && !targetNamed(toks, tokAt(m.End)) &&
				!aimedAtGroup(toks, tokAt(m.Start)) && !infiltrationTold(toks) {
				attacker = k
				break
			}
		}
	}
	if attacker < 0 && (victims[casualties.Militants] > 0 || class.EventType == taxonomy.Strategic) {
		attacker = firstSecurity(ms)
	}
	// No verb tied to a name: gunmen, attackers or a suicide bomber the
	// text does not name are who attacked, not whom ("a suicide bomber
	// drove a vehicle into a military convoy"). Militants or terrorists
	// may as well be those a strike killed.
	if attacker < 0 && !militantsLost && (class.EventType == taxonomy.Battles || class.EventType == taxonomy.Explosions || class.EventType == taxonomy.VAC) {
		for k, m := range ms {
			if m.Actor.Side == actors.SideUnidentified && aggressorNoun(toks, tokAt(m.End)-1) {
				attacker = k
				break
			}
		}
	}
	// Two armed sides named together as those who fought each other:
	// "Lashkar-e-Islam militants and tribal volunteers exchanged fire".
	// The first named is actor1, the other actor2, though the verb
	// follows the second.
	if attacker > 0 {
		p, a := ms[attacker-1], ms[attacker]
		if p.Actor.Side != a.Actor.Side && p.Actor.Side != actors.SideProtesters && a.Actor.Side != actors.SideProtesters &&
			joinedPair(toks, tokAt(p.End), tokAt(a.Start)) && foughtEachOther(toks, tokAt(a.End)) {
			attacker, target = attacker-1, attacker
		}
	}
	onlyCivilians := victims[casualties.Civilians] > 0 && victims[casualties.Security] == 0 && victims[casualties.Militants] == 0
	// The target: the first actor of another side than the attacker, a
	// named one ("khwarij" is the TTP) before a generic "terrorists".
	agent := -1 // the last group told as who made a group's attack
	for k, m := range ms {
		if k == attacker || m.Actor.Side == actors.SideCivilians {
			continue
		}
		// Groups told as who made the attack an armed group claims, an
		// alliance claiming for its members, fought on its side: "BRAS
		// claimed a joint attack by BLA and BLF militants on an army
		// camp". So did the members an alliance is glossed with: "BRAS,
		// the alliance of BLA, BLF and BRG, blew up a pipeline".
		if attacker >= 0 && ms[attacker].Actor.Side == actors.SideMilitants && m.Actor.Side == actors.SideMilitants &&
			(agentAfterBy(toks, tokAt(m.Start)) || glossed[k] || agent >= 0 && allied(toks, tokAt(ms[agent].End), tokAt(m.Start))) {
			agent = k
			continue
		}
		// Groups named together as the attacker fought on its side:
		// "BLA and BLF militants exchanged fire with soldiers". Two
		// states' forces named together fought each other: "Indian and
		// Pakistani troops exchanged fire".
		// Two units of one state named together as those who exchanged
		// fire with no one else fought each other: "personnel of the
		// Levies and the police exchanged fire over an arrest".
		if attacker >= 0 && m.Actor.Side == actors.SideSecurity && ms[attacker].Actor.Side == actors.SideSecurity &&
			ms[attacker].Actor.Named("") != m.Actor.Named("") && allied(toks, tokAt(ms[attacker].End), tokAt(m.Start)) &&
			foughtEachOther(toks, tokAt(m.End)) {
			target = k
			break
		}
		if attacker >= 0 && m.Actor.Side == ms[attacker].Actor.Side && allied(toks, tokAt(ms[attacker].End), tokAt(m.Start)) &&
			(m.Actor.Side != actors.SideSecurity || sameSide(ms[attacker].Actor, m.Actor)) {
			continue
		}
		// So did a group named just before the attacker, whose verb
		// came too far for the first: "BLF and BLA fighters jointly
		// attacked an army camp". (Two groups that fought each other,
		// "BLA and UBA fighters clashed", stay each other's foe.)
		if attacker >= 0 && m.Actor.Side == actors.SideMilitants && ms[attacker].Actor.Side == actors.SideMilitants && k < attacker &&
			allied(toks, tokAt(m.End), tokAt(ms[attacker].Start)) && !foughtEachOther(toks, tokAt(ms[attacker].End)) {
			continue
		}
		// A group's or a state's administration or spokesman speak for
		// it; they are no side of the deed: "the Taliban administration
		// said 46 civilians were killed". (Its officials may be its
		// men: "two police officials were killed".)
		if i := tokAt(m.End); i < len(toks) && toks[i].Is("administration", "government", "authorities", "spokesman",
			"spokesperson", "minister", "ministry") {
			continue
		}
		// A former or retired member of a force is a civilian: "the
		// residence of a former police official".
		if i := tokAt(m.Start); m.Actor.Side == actors.SideSecurity && i > 0 && toks[i-1].Is("former", "retired") {
			continue
		}
		// The family or the house of a member of a force, when none of the
		// force was hurt, is civilians': "the house of a police officer,
		// injuring his wife and son", "a bus carrying children of army
		// personnel".
		// Kin, informers and collaborators of a force are civilians
		// whatever else fell: "the son of a death squad member was
		// injured", "a suspected informer of the security forces".
		if m.Actor.Side == actors.SideSecurity && (victims[casualties.Security] == 0 && ownerOf(toks, tokAt(m.Start), kinOrHome) ||
			ownerOf(toks, tokAt(m.Start), kinOrAide)) {
			continue
		}
		if attacker >= 0 && (ms[attacker].Actor == m.Actor || sameSide(ms[attacker].Actor, m.Actor)) {
			continue
		}
		// A group the attack was said to aim at, when only civilians
		// fell, is not whom it hit: "strikes on a village, saying they had
		// targeted Jaish al-Adl; two children were killed", "strikes on
		// what it said were Jaish al-Adl bases, killing two children".
		if onlyCivilians && m.Actor.Side == actors.SideMilitants && (aimedAtGroup(toks, tokAt(m.Start)) || targetNamed(toks, tokAt(m.End))) {
			continue
		}
		// So is a force named only as whom a mine or a bomb was meant
		// for, when only civilians fell: "a landmine killed a shepherd;
		// it had been planted to target security forces".
		if onlyCivilians && m.Actor.Side == actors.SideSecurity && meantFor(toks, tokAt(m.Start)) {
			continue
		}
		// "a suicide bomber of the Majeed Brigade ... The attacker also
		// died": a generic name for the attacker is the named group
		// again, not its target.
		if attacker >= 0 && m.Actor.Generic && m.Actor.Side == actors.SideUnidentified && ms[attacker].Actor.Side == actors.SideMilitants && !ms[attacker].Actor.Generic {
			continue
		}
		if target < 0 || (ms[target].Actor.Generic && !m.Actor.Generic) {
			target = k
		}
		if !m.Actor.Generic {
			break
		}
	}
	// The side the attacker is told to have fought is its opponent,
	// though another force is named first as the owner of what it burnt
	// or entered: "torched the Levies station and exchanged fire with FC
	// personnel" is a clash with the FC.
	if attacker >= 0 && target >= 0 && class.EventType == taxonomy.Battles && !foughtWith(toks, tokAt(ms[target].Start)) {
		for k, m := range ms {
			// ("The Levies exchanged fire with the attackers": the
			// attackers are the attacker again, no other side.)
			if k != attacker && (m.Actor.Side == actors.SideSecurity || m.Actor.Side == actors.SideMilitants) &&
				!sameSide(ms[attacker].Actor, m.Actor) && foughtWith(toks, tokAt(m.Start)) {
				target = k
				break
			}
		}
	}
	// A blast among a crowd that also hurt a policeman or two hit
	// civilians, when the force is not told as what was aimed at and
	// the civilians hurt are many times more: "killing at least 52
	// people, among them a police officer". A few civilians beside a
	// few of the force ("three people, including a policeman") leave the
	// force as the target.
	crowd := false
	if class.EventType == taxonomy.Explosions && target >= 0 && ms[target].Actor.Side == actors.SideSecurity &&
		victims[casualties.Security] > 0 && victims[casualties.Civilians] >= 5*victims[casualties.Security] {
		crowd = aimedAt(toks) != stateObject // "a landmine targeted at Pakistan forces"
		for _, m := range ms {
			if m.Actor.Side == actors.SideSecurity && aimedAtMention(toks, tokAt(m.Start)) {
				crowd = false
			}
		}
		if crowd {
			target = -1
		}
	}
	name := func(a *actors.Actor) string { return a.Named(country) }
	if attacker >= 0 {
		a := ms[attacker].Actor
		r.actor1, r.inter1 = name(a), a.Inter
		r.actor1Span = [2]int{ms[attacker].Start, ms[attacker].End}
	}
	if target >= 0 {
		a := ms[target].Actor
		r.actor2, r.inter2 = name(a), a.Inter
		r.actor2Span = [2]int{ms[target].Start, ms[target].End}
	}
	generic := func(template string, inter int) (string, int) {
		a := &actors.Actor{Name: template, Generic: true}
		return a.Named(country), inter
	}
	switch class.EventType {
	case taxonomy.Protests, taxonomy.Riots:
		// Force used on a crowd is the force's deed: the state acts, the
		// protesters are acted on.
		if class.SubEventType == taxonomy.ExcessiveForce {
			if k := firstSecurity(ms); r.inter1 != 1 && k >= 0 {
				m := ms[k]
				r.actor1, r.inter1 = name(m.Actor), m.Actor.Inter
				r.actor1Span = [2]int{m.Start, m.End}
			}
			if r.inter1 == 1 {
				r.actor2, r.inter2 = generic("Protesters ({country})", 6)
				r.actor2Span = [2]int{}
				break
			}
		}
		// A crowd that turned violent is rioters, whoever organised it:
		// ACLED names no protesters in a riot.
		// "Supporters clashed with police and Rangers ...; police fired
		// tear gas": the force the text tells acting on the crowd is
		// whom the rioters faced.
		if class.EventType == taxonomy.Riots && r.inter1 == 1 && r.actor2 == "" {
			r.actor2, r.inter2, r.actor2Span = r.actor1, r.inter1, r.actor1Span
		}
		if class.EventType == taxonomy.Riots && r.inter1 != 5 {
			r.actor1, r.inter1 = generic("Rioters ({country})", 5)
			r.actor1Span = [2]int{}
		}
		if r.actor1 == "" || r.inter1 != 6 && class.EventType == taxonomy.Protests {
			r.actor1, r.inter1 = generic("Protesters ({country})", 6)
		}
		// A mob's victims are civilians, unless it fell on a force: a
		// police station named as where the mob took its victim from is
		// no target ("dragged a man out of a police station and lynched
		// him").
		if class.SubEventType == taxonomy.MobViolence && (r.actor2 == "" || r.inter2 == 1 && victims[casualties.Security] == 0 && !aimedAtMention(toks, tokAt(r.actor2Span[0]))) {
			r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			r.actor2Span = [2]int{}
		}
		// The organisers of a protest ("BYC activists protesting") are the
		// protesters, not whom they faced: that is the force that
		// intervened, if one is named. A peaceful protest faced no one.
		if class.SubEventType == taxonomy.PeacefulProtest {
			r.actor2, r.inter2, r.actor2Span = "", 0, [2]int{}
			break
		}
		if r.inter2 == 6 || r.actor2 == "" && class.SubEventType == taxonomy.ProtestWithForce {
			r.actor2, r.inter2, r.actor2Span = "", 0, [2]int{}
			if k := firstSecurity(ms); k >= 0 {
				m := ms[k]
				r.actor2, r.inter2 = name(m.Actor), m.Actor.Inter
				r.actor2Span = [2]int{m.Start, m.End}
			}
		}
	case taxonomy.Strategic:
		// "BLA militants were seen patrolling the highway and checking
		// vehicles": an armed group's move with no one acted on is the
		// group's, though no verb of acting follows its name.
		if r.actor1 == "" && (r.inter2 == 2 || r.inter2 == 3) && class.SubEventType == taxonomy.OtherDev {
			r.actor1, r.inter1, r.actor1Span = r.actor2, r.inter2, r.actor2Span
			r.actor2, r.inter2, r.actor2Span = "", 0, [2]int{}
		}
		// People arrested whom the text ties to no group are civilians
		// ("arrested four suspects"); so are the owners of the trucks,
		// shops or houses a group set on fire.
		if r.actor2 == "" && r.actor1 != "" && (class.SubEventType == taxonomy.Arrests && !fightersArrested(toks, ms) ||
			class.SubEventType == taxonomy.Looting && r.inter1 != 1 && civilianPropertyHit(toks)) {
			r.actor2, r.inter2 = generic("Civilians ({country})", 7)
		}
	case taxonomy.VAC:
		if r.actor1 == "" {
			r.actor1, r.inter1 = generic("Unidentified Armed Group ({country})", 3)
		}
		if r.actor2 == "" || r.inter2 != 7 {
			r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			r.actor2Span = [2]int{}
			// Foreigners attacked are civilians of their own country
			// ("a Chinese national was shot dead": Civilians (China)).
			for _, m := range ms {
				if m.Actor.Side == actors.SideCivilians && !m.Actor.Generic {
					r.actor2, r.inter2 = name(m.Actor), m.Actor.Inter
					r.actor2Span = [2]int{m.Start, m.End}
					break
				}
			}
		}
	case taxonomy.Battles, taxonomy.Explosions:
		// A rally or sit-in a bomb hit is a crowd of civilians, not a
		// side of the fighting.
		if r.inter2 == 6 {
			r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			r.actor2Span = [2]int{}
		}
		if r.actor1 == "" {
			r.actor1, r.inter1 = generic("Unidentified Armed Group ({country})", 3)
			if militantsLost && (r.actor2 == "" || r.inter2 != 1) {
				r.actor1, r.inter1 = generic("Military Forces of {country}", 1)
			}
		}
		// What a group's bomb, grenade or rocket was aimed at names whom
		// it attacked when no one of a side was hurt: a house, a shop
		// or a polling station is civilians', a post or a camp the
		// state's. People hurt whose side is not told were civilians.
		bombed := class.EventType == taxonomy.Explosions && r.inter1 != 1
		if r.actor2 == "" {
			aim := noObject
			if bombed {
				aim = aimedAt(toks)
			}
			switch {
			case crowd:
				r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			case victims[casualties.Security] > 0:
				r.actor2, r.inter2 = generic("Military Forces of {country}", 1)
			case victims[casualties.Civilians] > 0:
				r.actor2, r.inter2 = generic("Civilians ({country})", 7)
				// Foreigners hit are civilians of their own country ("a
				// car bomb hit a convoy carrying Chinese engineers").
				for _, m := range ms {
					if m.Actor.Side == actors.SideCivilians && !m.Actor.Generic {
						r.actor2, r.inter2 = name(m.Actor), m.Actor.Inter
						r.actor2Span = [2]int{m.Start, m.End}
						break
					}
				}
			case bombed && victims[casualties.Unknown] > 0:
				r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			case aim == civilianObject:
				r.actor2, r.inter2 = generic("Civilians ({country})", 7)
			case aim == stateObject:
				r.actor2, r.inter2 = generic("Military Forces of {country}", 1)
			case militantsLost && r.inter1 == 1:
				r.actor2, r.inter2 = generic("Unidentified Armed Group ({country})", 3)
			case class.SubEventType == taxonomy.NSAOvertakes:
				// A group that took a road or a town no one is
				// told to have held faced no one.
			case class.EventType == taxonomy.Battles && (r.inter1 == 1 || r.inter1 == 8):
				// The state, or a private guard, fought someone the
				// text names by no group: robbers, dacoits, a gang.
				r.actor2, r.inter2 = generic("Unidentified Armed Group ({country})", 3)
			case class.EventType == taxonomy.Battles && guardsNamed(toks):
				// Guards a company or a house keeps, who "returned fire",
				// are private security, not the state's forces: ACLED
				// names them apart.
				r.actor2, r.inter2 = generic("Private Security Forces ({country})", 8)
			case class.EventType == taxonomy.Battles:
				r.actor2, r.inter2 = generic("Military Forces of {country}", 1)
			}
			if r.actor2 == r.actor1 {
				r.actor2, r.inter2 = generic("Unidentified Armed Group ({country})", 3)
			}
		}
	}
	if class.Disorder == taxonomy.PoliticalViolence {
		if r.inter1 != 1 {
			r.perpetrator = r.actor1
		} else if r.actor1 != "" {
			r.perpetrator = r.actor1
		}
	}
	if claimant >= 0 {
		r.claimedBy = name(ms[claimant].Actor)
		r.claimSpan = [2]int{ms[claimant].Start, ms[claimant].End}
	}
	return r
}

// nounOfAttack reports whether the word at j, one that may be a verb of
// acting ("attack", "strike", "hit"), is a noun there: an article, a
// possessive or "in" comes just before it ("in an attack", "the strike",
// "its attack").
func nounOfAttack(toks []lex.Token, j int) bool {
	return j > 0 && toks[j].Is("attack", "strike", "strikes", "hit") &&
		toks[j-1].Is("a", "an", "the", "this", "that", "its", "their", "his", "her", "in")
}

// bodiesAfter reports whether the words from i name bodies or the dead,
// after at most three words ("the bodies", "their dead", "the
// bullet-riddled body"): what was taken away then was not a captive.
func bodiesAfter(toks []lex.Token, i int) bool {
	for j := i; j < len(toks) && j <= i+3; j++ {
		if toks[j].Is("body", "bodies", "dead", "corpse", "corpses", "remains", "injured", "wounded") {
			return true
		}
	}
	return false
}

// passiveBetween reports whether an auxiliary of the passive stands
// between a name (its first token after, i) and the verb at j: "soldiers
// were killed", "soldiers were initially reported killed", "a policeman
// has been shot".
func passiveBetween(toks []lex.Token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].Is("was", "were", "been", "being", "is", "are") {
			return true
		}
	}
	return false
}

// reducedPassive reports whether the participle at j, told with no
// auxiliary, is what befell the men named before it, as a hurried note
// tells a toll: "2 FC personnel killed, 1 injured when BLF militants
// attacked", "3 Levies men martyred - BLA militants stormed", "Two CTD
// officials shot dead by BLF militants". Only a casualty verb counts, and
// only when a clause break, the end of the note or a word of place, time
// or cause follows where its object would be: "FC personnel killed two
// militants" still acted. A verb of attack told of the force's post,
// convoy or vehicle ("Coast Guards post attacked in Jiwani by BRAS
// militants") is passive whatever follows: a post attacks no one.
func reducedPassive(toks []lex.Token, j int) bool {
	if j > 0 && toks[j].Is("attacked", "stormed", "ambushed", "targeted", "hit", "struck") {
		return toks[j-1].Is(ownedThings...) || toks[j-1].Is(carriers...)
	}
	if !toks[j].Is("killed", "martyred", "shot", "injured", "wounded") {
		return false
	}
	k := j + 1
	if toks[j].Is("shot") && k < len(toks) && toks[k].Is("dead") {
		k++
	}
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	// ("killed and 3 injured" is a second toll; "killed and injured
	// three soldiers" acted.)
	if t.Is("and") {
		_, _, count := lex.NumberAt(toks, k+1)
		return count
	}
	return t.Punct && !t.Is("(", "'", "\u2019", "\"") || t.Is("by", "when", "while", "as", "after", "in", "during", "near")
}

// misspeltVerbOfActing reports whether the word at j, right after a name,
// is a verb of acting misspelt, as a hurried note misspells it ("BLA
// militants attcked army camp", "atacked", "attakced", "targetted CTD
// vehicle"): a lower-case word in "-ed" that is no word the rules know but
// one slip (a letter left out, added, changed or two swapped) from a long
// verb of attackVerbs, followed by its object, not by a preposition.
func misspeltVerbOfActing(toks []lex.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	if len(t.Text) < 6 || t.Text[0] < 'a' || t.Text[0] > 'z' || !strings.HasSuffix(t.Lower, "ed") || attackVerbs[t.Lower] {
		return false
	}
	if n := toks[j+1]; n.Punct || n.Is("in", "with", "by", "as", "of", "to", "for", "from", "at", "on", "into", "near",
		"during", "after", "before", "while", "when", "and", "or", "that", "which", "who", "up", "out", "off", "over", "away", "down") {
		return false
	}
	for v := range attackVerbs {
		if len(v) >= 7 && strings.HasSuffix(v, "ed") && lex.OneSlip(t.Lower, v) {
			return true
		}
	}
	return false
}

// ownedThings are what a force holds or rides that a note names by the
// force ("FC post", "army convoy", "Levies thana").
var ownedThings = []string{"post", "posts", "outpost", "checkpost", "checkpoint", "camp", "convoy", "cantonment",
	"picket", "station", "thana", "headquarters", "hq", "office", "fort", "patrol", "mobile"}

// aimers are the words after which a report names what an attack was
// aimed at: "hurled a grenade at a house", "an IED targeting a vehicle",
// "attacked the residence of a party leader with a cracker bomb".
var aimers = []string{"at", "on", "targeting", "targeted", "against", "into", "attacked"}

// aimedAtMention reports whether the actor named at token i is told as
// what was aimed at: "at an FC post", "targeting a police van", "went off
// near a police patrol", "beside a police van", "next to a military truck",
// "struck a police van".
func aimedAtMention(toks []lex.Token, i int) bool {
	for j, last := i-1, i-3; j >= 0 && j >= last; j-- {
		if toks[j].Is(aimers...) || toks[j].Is("near", "beside", "outside", "to", "struck", "hit", "attacked", "ambushed", "rammed") {
			return true
		}
		// A vehicle carrying the force is the force: "exploded near a
		// bus carrying FC personnel", "targeting a van transporting
		// policemen".
		if toks[j].Is("carrying", "transporting", "ferrying") && j > 0 && toks[j-1].Is(carriers...) {
			j--
			last = j - 3
			continue
		}
		if toks[j].Punct || !toks[j].Is("a", "an", "the", "its", "their", "local", "passing", "patrolling") &&
			!lex.Capitals(toks[j].Text) && !startsUpper(toks[j].Text) {
			return false
		}
	}
	return false
}

// guardsNamed reports whether a sentence names security guards ("Security
// guards returned fire", "the private guards of the company"), whom the
// actor dictionary leaves to the casualty reader as civilians when hurt.
func guardsNamed(toks []lex.Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Is("guards", "guard") && toks[i-1].Is("security", "private") {
			return true
		}
	}
	return false
}

// carriers are the vehicles a force is told as riding in when an attack
// hits it: "a bus carrying FC personnel".
var carriers = []string{"bus", "buses", "coach", "van", "vans", "vehicle", "vehicles", "truck", "trucks", "car", "jeep", "pickup", "train", "boat"}

// startsUpper reports whether w begins with an ASCII capital: a name
// before a force's ("Pakistan forces").
func startsUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// The kinds of object an attack can be aimed at (aimedAt).
const (
	noObject = iota
	civilianObject
	stateObject
)

// civilianObjects are people, what they live or trade in and where they
// gather; stateObjects what the state's forces hold. A public building
// (a polling station, a school) or infrastructure (a pylon, a pipeline,
// a railway track, a tower) hit with no one hurt is neither: ACLED names
// no one it was aimed at.
var (
	civilianObjects = []string{"house", "houses", "home", "residence", "shop", "shops", "market", "bazaar",
		"mosque", "church", "company", "company's", "hotel", "restaurant", "workers", "labourers", "laborers",
		"leader", "passengers", "wedding", "rally", "crowd", "construction"}
	stateObjects = []string{"post", "posts", "outpost", "outposts", "checkpost", "checkposts", "checkpoint",
		"checkpoints", "camp", "camps", "convoy", "cantonment", "garrison", "picket", "forces", "troops", "soldiers"}
)

// aimedAt says what an attack's object is, read after the first word
// that names what was aimed at and is followed by an object, up to where
// the sentence goes on to a place, a time, a manner or a clause of its
// own ("at a house in Turbat", "at a post during the night"). Within it
// one civilian word decides, "a camp of a construction company" being
// civilians'.
func aimedAt(toks []lex.Token) int {
	for i, t := range toks {
		if !t.Is(aimers...) {
			continue
		}
		state := false
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			u := toks[j]
			if u.Punct || u.Is("in", "near", "during", "with", "when", "while", "after", "before", "at", "on", "and",
				"had", "has", "have", "was", "were", "is", "are", "which", "who", "that") {
				break
			}
			if u.Is(civilianObjects...) {
				return civilianObject
			}
			if u.Is(stateObjects...) {
				state = true
			}
		}
		if state {
			return stateObject
		}
	}
	return noObject
}

// stateNamedFirst reports a fight told as "between" a state force and an
// armed group, the force named first: "an exchange of fire took place
// between security forces and militants" (a clash with party workers is
// no battle of the state's waging).
func stateNamedFirst(toks []lex.Token, ms []actors.Mention, tokAt func(int) int) bool {
	for k, m := range ms {
		i := tokAt(m.Start)
		if i >= len(toks) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if !toks[j].Is("between") {
				continue
			}
			if m.Actor.Side != actors.SideSecurity {
				return false
			}
			for _, o := range ms[k+1:] {
				if o.Actor.Side == actors.SideMilitants || o.Actor.Side == actors.SideUnidentified {
					return true
				}
			}
			return false
		}
	}
	return false
}

// groupNamedFirst returns the mention of an armed group a fight is told
// as "between" it and a state force, the group named first ("clashes
// between BLF militants and FC personnel"), or -1.
func groupNamedFirst(toks []lex.Token, ms []actors.Mention, tokAt func(int) int) int {
	for k, m := range ms {
		i := tokAt(m.Start)
		if i >= len(toks) || !(i > 0 && toks[i-1].Is("between") || i > 1 && toks[i-2].Is("between")) {
			continue
		}
		if m.Actor.Side != actors.SideMilitants {
			return -1
		}
		for _, o := range ms[k+1:] {
			if o.Actor.Side == actors.SideSecurity {
				return k
			}
		}
		return -1
	}
	return -1
}

// notParticiples end in "-ing" but tell no doing of the men named before
// them: "militants during the night", "gunmen including a teenager".
var notParticiples = map[string]bool{"during": true, "including": true, "according": true, "following": true,
	"regarding": true, "concerning": true, "morning": true, "evening": true, "something": true, "nothing": true}

// afterParticiple returns the token of the first verb of acting after a
// participial phrase that starts at token i and tells what the men named
// before it were doing ("holding the passengers of the hijacked train",
// "riding on a motorcycle"), or -1. The phrase is short, runs to no
// clause break (a place's brackets aside) and gives way to no relative
// clause of its own ("who", "which").
func afterParticiple(toks []lex.Token, i int) int {
	if i >= len(toks) || len(toks[i].Lower) < 6 || !strings.HasSuffix(toks[i].Lower, "ing") || notParticiples[toks[i].Lower] {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+14; j++ {
		t := toks[j]
		if t.Is("(") {
			for k := j + 1; k < len(toks) && k <= j+8; k++ {
				if toks[k].Is(")") {
					j = k
					break
				}
			}
			continue
		}
		if t.Punct || t.Is("who", "which", "that", "were", "was", "are", "is") {
			return -1
		}
		if attackVerbs[t.Lower] && t.Lower != "attack" && t.Lower != "strike" && t.Lower != "strikes" && !nounOfAttack(toks, j) {
			return j
		}
	}
	return -1
}

// glossWords are the words of a gloss that names an alliance's members:
// "BRAS, the alliance of BLA, BLF and BRG", "(an umbrella group of
// BLA and BLF)", "BRAS, comprising the BLA".
var glossWords = []string{"the", "a", "an", "alliance", "coalition", "umbrella", "group", "grouping", "of", "comprising",
	"including", "which", "includes", "made", "up", "joint", "platform", "baloch", "armed", "groups", "organisations",
	"organizations"}

// memberGloss reports whether the name starting at token b is one of the
// members named in a gloss that opens with a comma or a bracket right
// after the name ending before token a: "BRAS, the alliance of BLA".
func memberGloss(toks []lex.Token, a, b int) bool {
	if b <= a+1 || b-a > 8 || !toks[a].Is(",", "(") {
		return false
	}
	alliance := false
	for _, t := range toks[a+1 : b] {
		if !t.Is(glossWords...) {
			return false
		}
		if t.Is("alliance", "coalition", "umbrella", "comprising", "includes", "platform") {
			alliance = true
		}
	}
	return alliance
}

// membersGlossed marks the groups named only as the members of an
// alliance named just before them ("BRAS, the alliance of BLA, BLF and
// BRG, blew up a pipeline", "BRAS (an umbrella group of BLA and BLF)
// attacked"): the alliance acts; its members are neither who acted nor
// whom it acted on.
func membersGlossed(toks []lex.Token, ms []actors.Mention, tokAt func(int) int) []bool {
	var glossed []bool
	for k := 1; k < len(ms); k++ {
		m := ms[k]
		if m.Actor.Side != actors.SideMilitants {
			continue
		}
		in := false
		if glossed != nil && glossed[k-1] {
			in = allied(toks, tokAt(ms[k-1].End), tokAt(m.Start))
		}
		if !in {
			in = ms[k-1].Actor.Side == actors.SideMilitants && memberGloss(toks, tokAt(ms[k-1].End), tokAt(m.Start))
		}
		if in {
			if glossed == nil {
				glossed = make([]bool, len(ms))
			}
			glossed[k] = true
		}
	}
	if glossed == nil {
		glossed = make([]bool, len(ms))
	}
	return glossed
}

// agentAfterBy reports whether the name starting at token i is the agent
// of a deed, told after "by" ("an attack by BLA militants", "carried out
// by suspected BLF men"), not of one a defender did ("repulsed by").
func agentAfterBy(toks []lex.Token, i int) bool {
	if i > 1 && toks[i-1].Is("suspected", "alleged") {
		i--
	}
	return i > 0 && toks[i-1].Is("by") && !(i > 1 && defenceVerbs[toks[i-2].Lower])
}

// allied reports whether two names, the first ending before token a and
// the second starting at token b, are joined as one party: "BLA and
// BLF", "the BLA, the BLF".
func allied(toks []lex.Token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for _, t := range toks[a:b] {
		if !t.Is("and", ",", "&", "the") {
			return false
		}
	}
	return true
}

// joinedPair reports whether two names, the first ending before token a
// and the second starting at token b, are joined by "and", the first's
// noun for its men aside: "LeI militants and tribal volunteers".
func joinedPair(toks []lex.Token, a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	and := false
	for _, t := range toks[a:b] {
		switch {
		case t.Is("and"):
			and = true
		case t.Is("the", "militants", "fighters", "men", "personnel", "members"):
		default:
			return false
		}
	}
	return and
}

// aggressorNouns name people by the attack they make: whoever they are,
// they are its side, never its target.
var aggressorNouns = []string{"bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
	"miscreants", "shooter", "knifeman", "motorcyclists", "men", "persons"}

// aggressorNoun reports whether token i, the last of an actor's name, is
// one of the aggressorNouns.
func aggressorNoun(toks []lex.Token, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].Is(aggressorNouns...)
}

// foughtEachOther reports whether a verb of fighting one another follows
// token i ("exchanged fire", "clashed", "fought") with no one named after
// it as the other side ("exchanged fire with soldiers").
func foughtEachOther(toks []lex.Token, i int) bool {
	for j := i; j < len(toks) && j <= i+1; j++ {
		if !toks[j].Is("exchanged", "clashed", "fought") {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if toks[k].Is("with", "against", "on") {
				return false
			}
		}
		return true
	}
	return false
}

// foughtWith reports whether the name starting at token i is the object
// of a fight: "exchanged fire with FC personnel", "clashed with the
// Levies", "in an encounter with police".
func foughtWith(toks []lex.Token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Is("the", "a", "an") {
		j--
	}
	if j < 1 || !toks[j].Is("with") {
		return false
	}
	return toks[j-1].Is("fire", "clashed", "clash", "clashes", "gunfight", "encounter", "battle", "fought", "firing")
}

// firstSecurity returns the index of the first state force among ms, or
// -1.
func firstSecurity(ms []actors.Mention) int {
	for k, m := range ms {
		if m.Actor.Side == actors.SideSecurity {
			return k
		}
	}
	return -1
}

// aimedAtGroup reports a group named as what an attack aimed at, the
// token before its name a verb of aiming: "saying it had targeted Jaish
// al-Adl", "strikes against the TTP". Such a group was struck, it did not
// strike.
func aimedAtGroup(toks []lex.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Is("the", "a", "suspected", "alleged") {
		j--
	}
	if j >= 0 && toks[j].Is("targeted", "targeting", "against", "targets", "target") {
		return true
	}
	// "struck suspected hideouts of the TTP", "at what they called bases
	// of Jaish al-Adl": the group owns what was struck.
	return j > 0 && toks[j].Is("of") && toks[j-1].Is(groupHolds...)
}

// meantFor reports whether the actor named at token i is told as whom a
// device was meant for, not whom it hit: "planted to target security
// forces", "a bomb meant for the police", "intended for an FC convoy".
func meantFor(toks []lex.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Is("the", "a", "an") {
		j--
	}
	return j > 0 && (toks[j].Is("target") && toks[j-1].Is("to") || toks[j].Is("for") && toks[j-1].Is("meant", "intended"))
}

// groupHolds are the places a group is struck in: "TTP hideouts",
// "hideouts of the TTP".
var groupHolds = []string{"positions", "position", "hideouts", "hideout", "camps", "camp", "bases", "base", "compound", "compounds", "targets", "sanctuaries", "training"}

// targetNamed reports a group named as the owner of what was hit:
// "suspected TTP positions", "BLA hideouts".
func targetNamed(toks []lex.Token, i int) bool {
	return i < len(toks) && toks[i].Is(groupHolds...)
}

// sameSide reports whether two actors fight on the same side: two forces
// of one state, or one group named twice. Two states' forces fight each
// other ("Indian troops killed two Pakistani soldiers").
func sameSide(a, b *actors.Actor) bool {
	if a.Side == actors.SideSecurity && b.Side == actors.SideSecurity {
		sa, sb := stateOf(a), stateOf(b)
		return sa == "" || sb == "" || sa == sb
	}
	if a.Side == b.Side && (a.Generic || b.Generic) {
		return true
	}
	return a.Name == b.Name
}

// stateOf returns the state whose force a is, as its ACLED name writes it
// ("Military Forces of Pakistan": "Pakistan"), or "" for a force whose
// name takes the event's country, which may be either state's.
func stateOf(a *actors.Actor) string {
	if a.Generic {
		return ""
	}
	_, state, _ := strings.Cut(a.Name, " Forces of ")
	return state
}

// mergeGroupNouns drops the generic noun that follows a group's name ("BLF
// militants", "TTP terrorists", "Taliban gunmen" where the Taliban rule):
// it names the same fighters, not a second armed group for them to fight.
func mergeGroupNouns(ms []actors.Mention) []actors.Mention {
	return dropMentions(ms, func(k int) bool {
		m := ms[k]
		return k > 0 && m.Actor.Generic && m.Actor.Side == actors.SideUnidentified && m.Start-ms[k-1].End <= 1 &&
			!ms[k-1].Actor.Generic && (ms[k-1].Actor.Side == actors.SideMilitants || ms[k-1].Actor.Side == actors.SideSecurity)
	})
}

// dropMentions returns ms without the mentions drop picks, ms itself
// when it picks none: most texts lose nothing, and copy nothing.
func dropMentions(ms []actors.Mention, drop func(k int) bool) []actors.Mention {
	var out []actors.Mention
	for k, m := range ms {
		if drop(k) {
			if out == nil {
				out = append(make([]actors.Mention, 0, len(ms)), ms[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// unitInBrackets drops a generic state force that a note follows with its
// unit in brackets ("security forces (FC) conducted an operation",
// "police (CTD) raided"): the unit is who acted, as ACLED codes it.
func unitInBrackets(toks []lex.Token, ms []actors.Mention, tokAt func(int) int) []actors.Mention {
	return dropMentions(ms, func(k int) bool {
		m := ms[k]
		if k+1 >= len(ms) || !m.Actor.Generic || m.Actor.Side != actors.SideSecurity || ms[k+1].Actor.Generic || ms[k+1].Actor.Side != actors.SideSecurity {
			return false
		}
		i := tokAt(m.End)
		return i < len(toks) && toks[i].Is("(") && tokAt(ms[k+1].Start) == i+1
	})
}

// asideEnds open an aside between commas that may stand between a name and
// its verb: "a pro-government armed group, described by locals as a death
// squad, shot dead", "a state-backed armed group, which locals call a
// death squad, abducted".
var asideOpeners = []string{"described", "which", "who", "called", "known", "believed", "reportedly", "allegedly", "locally",
	"suspected", "acting", "said", "according"}

// asideEnd returns the comma closing the aside that opens at the comma at
// token c, or -1 when none does within a dozen words.
func asideEnd(toks []lex.Token, c int) int {
	if c+1 >= len(toks) || !toks[c+1].Is(asideOpeners...) {
		return -1
	}
	for j := c + 2; j < len(toks) && j <= c+12; j++ {
		if toks[j].Is(",") {
			return j
		}
		if toks[j].Punct {
			return -1
		}
	}
	return -1
}

// infiltrating reports whether the words from token j tell an attempt to
// cross: "tried to infiltrate through the border", "attempting to sneak
// into Pakistan". Fighters told so were intercepted; they made no attack.
func infiltrating(toks []lex.Token, j int) bool {
	return j >= 0 && j+2 < len(toks) && toks[j].Is("tried", "attempted", "trying", "attempting") && toks[j+1].Is("to") &&
		toks[j+2].Is("infiltrate", "cross", "sneak", "slip", "flee", "escape")
}

// infiltrationTold reports whether a sentence tells of fighters trying to
// cross ("as they tried to infiltrate"): the group is then who was
// intercepted, not who attacked.
func infiltrationTold(toks []lex.Token) bool {
	for j := range toks {
		if infiltrating(toks, j) {
			return true
		}
	}
	return false
}

// defendingForce returns the index of a state force told as having
// foiled, repulsed or thwarted an attack ("its personnel foiled an
// attack"), the verb within four words of its name or five of its "said",
// or -1.
func defendingForce(toks []lex.Token, ms []actors.Mention, tokAt func(int) int) int {
	for k, m := range ms {
		if m.Actor.Side != actors.SideSecurity {
			continue
		}
		start := tokAt(m.End)
		last := start + 3
		for j := start; j < len(toks) && j <= last; j++ {
			if toks[j].Punct {
				break
			}
			if defenceVerbs[toks[j].Lower] {
				return k
			}
			// A force that says the attack was repulsed tells of its
			// own defence: "The FC said (that) the attack was repulsed".
			if j == start && saidVerbs[toks[j].Lower] {
				last = j + 5
			}
		}
	}
	return -1
}

// kinOrHome are the homes and families of a member of a force: hit, they
// are civilians' unless the member was hurt too; kinOrAide are the
// people around a force who are civilians whatever else fell: its
// members' kin, its informers and collaborators.
var (
	kinOrHome = []string{"house", "houses", "home", "homes", "residence", "family", "families"}
	kinOrAide = []string{"wife", "son", "sons", "daughter", "daughters", "children", "child", "relatives", "relative",
		"brother", "brothers", "father", "mother", "widow", "nephew", "cousin", "informer", "informers", "informant",
		"informants", "collaborator", "collaborators", "spy", "spies"}
)

// ownerOf reports whether the force named at token i is named as the one
// whose house, kin or informer (one of nouns) was hit: "the house of a
// police officer", "children of army personnel", "a 'collaborator' of the
// Pakistani military".
func ownerOf(toks []lex.Token, i int, nouns []string) bool {
	j := i - 1
	if j >= 0 && toks[j].Is("a", "an", "the", "his", "their", "serving", "local") {
		j--
	}
	if j > 0 && toks[j].Is("of") && toks[j-1].Is("'", "\u2019", "\"") {
		return j > 1 && toks[j-2].Is(nouns...)
	}
	return j > 0 && toks[j].Is("of") && toks[j-1].Is(nouns...)
}

// fighterNouns name members of an armed group: arrested, they are the
// group's, not civilians.
var fighterNouns = []string{"militant", "militants", "terrorist", "terrorists", "insurgent", "insurgents", "rebel", "rebels",
	"cadre", "cadres", "commander", "commanders", "fighters", "khwarij", "khawarij"}

// fightersArrested reports whether the people an arrest took are told as
// fighters, by a group's name or a word for its members.
func fightersArrested(toks []lex.Token, ms []actors.Mention) bool {
	for _, m := range ms {
		if m.Actor.Side == actors.SideMilitants || m.Actor.Side == actors.SideUnidentified {
			return true
		}
	}
	for _, t := range toks {
		if t.Is(fighterNouns...) {
			return true
		}
	}
	return false
}

// civilianProperty is what people own that a group burns or loots.
var civilianProperty = []string{"house", "houses", "home", "homes", "shop", "shops", "market", "truck", "trucks", "lorry",
	"lorries", "car", "cars", "bus", "buses", "coach", "coaches", "vehicles", "tanker", "tankers", "crops", "hotel", "restaurant"}

// civilianPropertyHit reports whether a sentence tells of people's
// property burnt or looted: "set fire to four trucks", "torched shops".
func civilianPropertyHit(toks []lex.Token) bool {
	for i, t := range toks {
		if !(t.Is("torched", "burnt", "burned", "looted", "ransacked", "vandalised", "vandalized") || lex.HasAt(toks, i, "fire", "to") || lex.HasAt(toks, i, "set", "ablaze")) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if toks[j].Punct {
				break
			}
			if toks[j].Is(civilianProperty...) {
				return true
			}
		}
	}
	return false
}
