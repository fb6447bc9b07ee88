package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// reports tells whether sentence i reports an incident by itself: a
// concrete trigger (a blast, an exchange of fire, "opened fire",
// "abducted") or a casualty figure next to a violent word. Generic mentions
// ("countless attacks", "military operations such as...") and hypotheticals
// ("could be targeted") do not.
func (d *doc) reports(i int) bool {
	// The lead is asked about three times (twice by quietLead, once by
	// the segmenter's loop) before anything it reads can change: read it
	// once.
	if i != 0 {
		return d.readReports(i)
	}
	if d.leadNews == 0 {
		d.leadNews = -1
		if d.readReports(0) {
			d.leadNews = 1
		}
	}
	return d.leadNews == 1
}

// readReports is reports, unremembered.
func (d *doc) readReports(i int) bool {
	if d.claimSent[i] {
		return false
	}
	toks := d.sents[i].Toks
	hits := d.hits[i]
	if len(hits) == 0 {
		return i == 0 && d.lonelyLead()
	}
	// A tally told in the perfect over years, a leader "still alive"
	// after a claimed killing, or a blast a sentence before called an
	// accident is no incident of this story.
	if tallied(toks) || stillAlive(toks) || hurtInKnown(toks, hits) && d.noAttackBefore(i) || d.aliveAfterAll(i) ||
		spateSeen(toks, hits) && !d.hasDay(i) {
		return false
	}
	figures := false
	for _, f := range d.figs[i] {
		// No single incident kills or wounds tens of thousands: such a
		// figure is a war's, a famine's or a country's tally.
		if f.Count > maxIncidentToll && (f.Kind == casualties.Killed || f.Kind == casualties.Injured) {
			return false
		}
		if (f.Negated || f.Count > 0) && !modalBefore(toks, f.Start) && !untilGoal(toks, tokenFrom(toks, f.Start)) {
			figures = true
		}
	}
	// A hypothetical word voids the sentence unless a trigger told as
	// done comes before it: "militants fired rockets at the site, saying
	// it would be used for army posts" reports the firing.
	hypothetical := false
	for _, h := range hits {
		if h.Cue == taxonomy.CueHypothetical {
			hypothetical = true
			break
		}
		if taxonomy.Violent(h.Cue) && (happening[toks[h.Token].Lower] || passiveBy(toks, h.Token)) {
			break
		}
		// "Traders protested against the visa rules, warning that trade
		// would collapse": the protest was held; what would follow is
		// its warning. Not one in the perfect ("health workers have
		// protested the policy, warning that ..."): that is an objection.
		if h.Cue == taxonomy.CueProtest && happening[toks[h.Token].Lower] && !(h.Token > 0 && toks[h.Token-1].Is("have", "has", "had")) {
			break
		}
		// "The rebels and the army agreed a truce under which both
		// sides would stop fighting": the deal is made; its terms are
		// what would follow.
		if h.Cue == taxonomy.CueAgreement && agreedBefore(toks, h.Token) {
			break
		}
	}
	// "Under the deal reached on Sunday, the rebels will free 50
	// hostages": a future told under a deal made is the deal's news;
	// the lonely lead decides it.
	// A violent word beside the future ("to defend their areas against a
	// possible attack") is what may come, and would make the move an
	// attack: only a lead of no violence runs.
	futureMove := i == 0 && !slices.ContainsFunc(hits, func(h taxonomy.Hit) bool { return taxonomy.Violent(h.Cue) }) && d.lonelyLead()
	if hypothetical && !figures && !futureMove {
		return false
	}
	if background(toks) || d.history(i) || d.continuesHistory(i) {
		return false
	}
	if judicial(firstClause(toks)) {
		return false
	}
	// "Thousands attended the funeral of the journalist who was shot
	// dead on Thursday": violence told only to say whom the funeral, the
	// tribute or the compensation is for reports no incident.
	// Both are read only for a sentence with a violent word: they
	// silence nothing else.
	quiet := slices.ContainsFunc(hits, func(h taxonomy.Hit) bool { return taxonomy.Violent(h.Cue) }) &&
		(aftermath(toks, hits) || noAttack(toks))
	for _, h := range hits {
		t := toks[h.Token]
		if quiet && taxonomy.Violent(h.Cue) {
			continue
		}
		if weaponCue(h.Cue) && usedAsPractice(toks, h.Token) || earlierThanNews(toks, h.Token) {
			continue
		}
		if pastReference(toks, h.Token) || inventory(toks, h) || duration(toks, h.Token) || modalChain(toks, h.Token) || conditional(toks, h.Token) || untilGoal(toks, h.Token) ||
			claimedEarlier(toks, h.Token) || toldOfBefore(toks, h.Token) || talkedOf(toks, h.Token) || !figures && repeatedDeed(toks, h.Token) {
			continue
		}
		// "The NIA has so far arrested eight people in the case",
		// "police have arrested 312 suspects this year", "UNAMA
		// documented 38 arbitrary arrests": a running count of arrests
		// or a report's is no arrest made that day.
		if h.Cue == taxonomy.CueArrest && arrestTally(toks) {
			continue
		}
		// "Gunmen Abduct 17 Worshippers From Church": a headline tells
		// the deed in the present.
		if headlineVerb(toks, h.Token) {
			return true
		}
		// "Gunmen open fire on a bus", "militants attack a convoy": the
		// present of a lead's summary, told of armed men (not "ordered
		// to open fire", nor an author who "opens fire on his critics").
		if (lex.HasAt(toks, h.Token, "open", "fire") || lex.HasAt(toks, h.Token, "opens", "fire")) && h.Token > 0 && presentSubject[toks[h.Token-1].Lower] ||
			presentDeed(toks, h.Token) {
			return true
		}
		// "Coca growers protest in La Paz", "nurses are protesting
		// outside parliament", "troops have been exchanging fire since
		// dawn", "police detained a prominent lawyer": deeds told in the
		// present, as going on, or of one person with no count.
		// "Fierce fighting between rebels and troops has killed 22 over
		// the past 24 hours": a fight told by the toll it has taken.
		if h.Cue == taxonomy.CueProtest && protestTold(toks, h.Token, i == 0) ||
			h.Cue == taxonomy.CueClash && (fightGoesOn(toks, h.Token) || i == 0 && presentClash(toks, h.Token) || i == 0 && fightHasKilled(toks, h.Token)) ||
			h.Cue == taxonomy.CueArrest && (arrestOfOne(toks, h.Token) || arrestCounted(toks, h.Token) || tookIntoCustody(toks, h.Token) || placedUnderArrest(toks, h.Token)) ||
			h.Cue == taxonomy.CueProtest && crowdDid(toks, h.Token) {
			return true
		}
		// "The district of Yamgan fell to the Taliban", "have taken over
		// several villages", the headline's "Taliban capture border
		// crossing": ground taken, though no verb of the tagger's list
		// tells it.
		if h.Cue == taxonomy.CueCapture && t.Is("fell", "fallen", "taken", "capture", "captures", "seize", "seizes") && taxonomy.Territory(toks, h.Token) {
			return true
		}
		// A noun ("kidnapping", "blast", "attack") with no figure and no
		// verb of happening near it names a kind of violence, not an
		// incident: "terrorism has disguised itself as kidnapping".
		if !figures && nominal(t) && !pastVerbNear(toks, h.Token) && !doneAfter(toks, h.Token) && !instrument(toks, h.Token) && !lex.HasAt(toks, h.Token-2, "claimed", "to") && !begun(toks, h.Token) && !beganAt(toks, h.Token) &&
			!(i == 0 && verblessLead(toks, h.Token)) && !(h.Cue == taxonomy.CueProtest && (protestHeld(toks, h.Token) || protestPurpose(toks, h.Token) || protestingAfter(toks, h.Token) || protestAttended(toks, h.Token) || protestRunning(toks, h.Token))) &&
			!(taxonomy.Violent(h.Cue) && participle(toks, h.Token)) && !steppedOn(toks, h.Token) && !(underAttack(toks, h.Token) && d.attackedByArmed(i, h.Token)) && !(h.Cue == taxonomy.CueExplosive && derailedTrain(toks, h.Token)) &&
			!(h.Cue == taxonomy.CueAgreement && (agreementExtended(toks, h.Token) || agreementReached(toks, h.Token) || dealAccepted(toks, h.Token))) && !riddledBodies(toks, h.Token) &&
			!((h.Cue == taxonomy.CueClash || h.Cue == taxonomy.CueFiring) && ensued(toks, h.Token)) &&
			!(h.Cue == taxonomy.CueClash && lex.HasAt(toks, h.Token+1, "between")) &&
			!(h.Cue == taxonomy.CueChemical && (chemicalHarm(toks) || fellOn(toks, h.Token))) && !(h.Cue == taxonomy.CueSuicide && droveInto(toks, h.Token)) &&
			!((h.Cue == taxonomy.CueShelling || h.Cue == taxonomy.CueAir) && strikesGoOn(toks, h.Token)) &&
			!(h.Cue == taxonomy.CueProtestForce && sprayedWith(toks, h.Token)) {
			continue
		}
		// "Police arrested three rebels following an encounter", "arrested
		// with weapons and explosives": the arrest is the news, the noun
		// after it is its circumstance.
		if nominal(t) && arrestBefore(toks, hits, h) && h.Cue != taxonomy.CueArrest {
			continue
		}
		switch h.Cue {
		case taxonomy.CueSuicide, taxonomy.CueAir, taxonomy.CueShelling, taxonomy.CueGrenade, taxonomy.CueSexual,
			taxonomy.CueChemical, taxonomy.CueMob, taxonomy.CueRiot, taxonomy.CueAbduct:
			if plural(t) && !figures && !pastVerbNear(toks, h.Token) {
				continue
			}
			return true
		case taxonomy.CueExplosive:
			if blownWith(toks, h.Token) {
				return true
			}
			if t.Is("explosive", "explosives") && !figures && !pastVerbNear(toks, h.Token) {
				continue
			}
			if plural(t) && !figures && !pastVerbNear(toks, h.Token) {
				continue
			}
			return true
		case taxonomy.CueFiring, taxonomy.CueRetaliation:
			// "came under fire" is gunfire only with armed men or a force
			// named: "the minister came under fire from the opposition".
			if underAttack(toks, h.Token) && !d.attackedByArmed(i, h.Token) {
				continue
			}
			// "fired shots in the air in salute": gunfire aimed at no
			// one that hurt no one, and the sentence's only deed, is no
			// attack. ("fired into the air and beat women protesters"
			// tells a deed beside it.)
			if !figures && len(hits) == 1 && firedInAir(toks, h.Token) {
				continue
			}
			return true
		case taxonomy.CueClash:
			if operationWord(t) {
				if figures {
					return true
				}
				continue
			}
			if plural(t) && !figures && !pastVerbNear(toks, h.Token) {
				continue
			}
			return true
		case taxonomy.CueAttack:
			if i == 0 && verblessLead(toks, h.Token) {
				return true
			}
			// "An FC post came under attack from BLA militants".
			if underAttack(toks, h.Token) && d.attackedByArmed(i, h.Token) {
				return true
			}
			// The tagger calls "storm" an attack only with armed men
			// storming a place.
			if t.Is("attacked", "storm", "stormed", "targeted", "raided", "attacking", "assaulted", "beaten", "thrashed", "threw", "thrown", "hurled", "splashed") || figures {
				return true
			}
			if t.Is("attack", "assault") && h.Token > 0 && toks[h.Token-1].Is("the", "an", "a", "this") && pastVerbNear(toks, h.Token) {
				return true
			}
			// "conducted two simultaneous attacks on check posts",
			// "carried out an attack": the attack was made.
			if t.Is("attack", "attacks", "assault", "assaults") && doneBefore(toks, h.Token) {
				return true
			}
			// "The group claimed to attack a convoy": a claim of an attack
			// made, as armed groups word it.
			if t.Is("attack") && lex.HasAt(toks, h.Token-2, "claimed", "to") {
				return true
			}
		case taxonomy.CueKill:
			// "said Fazal Khan, whose son was killed in the auditorium":
			// a death that says who the speaker is.
			if figures && !whoseBefore(toks, h.Token) {
				return true
			}
			if armedKilledOne(toks, h.Token) {
				return true
			}
		case taxonomy.CueProtest:
			if stateProtest(toks, h.Token) {
				continue
			}
			if pastVerbNear(toks, h.Token) || t.Is("protested", "protesting", "demonstrated", "picketed", "rallied", "marched", "gheraoed", "boycotted", "downed") || t.Is("observed") && !mourning(toks, h.Token) || doneAfter(toks, h.Token) || begun(toks, h.Token) || protestHeld(toks, h.Token) || protestPurpose(toks, h.Token) || protestAttended(toks, h.Token) || protestRunning(toks, h.Token) {
				return true
			}
		case taxonomy.CueProtestForce:
			// "Police dispersed protesters", "used pepper spray against
			// protesters", "fired tear gas".
			if t.Is("dispersed", "baton-charged", "lathi-charged", "teargassed", "tear-gassed", "kettled") || pastVerbNear(toks, h.Token) || sprayedWith(toks, h.Token) {
				return true
			}
		case taxonomy.CueArrest:
			if figures {
				return true
			}
		case taxonomy.CueAgreement:
			// "18 surrendered militants", "a surrendered cadre": a past
			// surrender names who they are.
			if surrenderedAdjective(toks, h.Token) {
				continue
			}
			// The tagger calls "exchanged" an agreement only beside
			// prisoners or bodies.
			// "Fighters handed in their weapons at a ceremony": arms
			// given up, a surrender made.
			if t.Is("surrendered", "signed", "agreed", "exchanged") || lex.HasAt(toks, h.Token, "handed", "in") || pastVerbNear(toks, h.Token) && !t.Is("deal", "accord") {
				return true
			}
			// "Sixty cadres laid down arms at a ceremony": arms laid
			// down, in the past, are a surrender made.
			if lex.HasAt(toks, h.Token, "laid", "down") {
				return true
			}
			// "The ceasefire agreement was extended for a year": a deal
			// renewed is a deal made; so is one "reached" or "sealed".
			if agreementExtended(toks, h.Token) || agreementReached(toks, h.Token) || dealAccepted(toks, h.Token) {
				return true
			}
		case taxonomy.CueDestroy:
			// "set two trucks ablaze", "set a school on fire".
			if t.Is("set", "torched", "looted", "ransacked", "vandalised", "vandalized", "smashed", "ablaze", "plundered", "pillaged", "razed") || lex.HasAt(toks, h.Token, "on", "fire") {
				return true
			}
			// "militants burnt a temple", not "burnt bodies".
			if t.Is("burnt", "burned") && h.Token+1 < len(toks) && toks[h.Token+1].Is("a", "an", "the", "down", "two", "three", "four", "several", "their", "his", "its") {
				return true
			}
			// "destroyed dozens of machine guns and IEDs".
			if t.Is("destroyed") && weaponsAfter(toks, h.Token) {
				return true
			}
			// "Six buses were gutted in an arson attack": arson told
			// beside a verb of happening was done; "a spate of arson"
			// names a kind.
			if t.Is("arson") && pastVerbNear(toks, h.Token) {
				return true
			}
			// "came back to find their homes burnt after soldiers had
			// passed through": the burning told by who came.
			if t.Is("burnt", "burned") && burntByArmed(toks, h.Token) {
				return true
			}
		case taxonomy.CueDisrupt, taxonomy.CueCapture, taxonomy.CueRecapture:
			// "regained control of the town", "liberated three villages";
			// not an op-ed's "regained its footing".
			if t.Is("regained", "liberated") {
				if taxonomy.Territory(toks, h.Token) {
					return true
				}
				continue
			}
			// The tagger calls these disrupted weapons use only with
			// weapons named: "shot down eight drones", "cleared 200
			// landmines".
			if h.Cue == taxonomy.CueDisrupt && t.Is("shot", "cleared", "downed", "neutralised", "neutralized") {
				return true
			}
			if pastVerbNear(toks, h.Token) || t.Is("retaken", "overrun", "defused", "recovered", "seized", "foiled", "unearthed", "captured", "recaptured", "overran", "retook", "found", "detected", "spotted", "discovered", "intercepted") {
				return true
			}
		}
	}
	return i == 0 && (!hypothetical || futureMove) && d.lonelyLead()
}

// earlierThanNews reports a deed at i that its clause dates before the
// news the sentence gives its own day: "Pakistan Railways on Sunday
// resumed the service, following repairs to the track that was damaged in
// an explosion near Sibi last week". The deed is the news's cause, told
// again. (With no day of the news before it, "killed in a blast last
// week" is the deed's own report.)
func earlierThanNews(toks []lex.Token, i int) bool {
	day := false
	for k := 0; k+1 < i; k++ {
		if toks[k].Is("on") && weekdayWords[toks[k+1].Lower] {
			day = true
			break
		}
	}
	if !day {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].Punct {
			return false
		}
		if lex.HasAt(toks, k, "last", "week") || lex.HasAt(toks, k, "last", "month") || lex.HasAt(toks, k, "earlier", "this", "month") ||
			toks[k].Is("weeks", "months") && toks[k+1].Is("ago") {
			return true
		}
	}
	return false
}

// usedAsPractice reports a weapon at i told as what someone is using or
// has used as a practice, with no deed of a day: "the militants were using
// commercially available drones fitted with mortar shells", "militants
// have increasingly used quadcopters". A weapon used in an attack is
// told by the attack's verb, which the loop reads apart.
func usedAsPractice(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("using", "used") && toks[k-1].Is("were", "are", "is", "was", "been", "have", "has", "had", "increasingly", "now") {
			return true
		}
	}
	return false
}

// repeatedDeed reports a deed told in the perfect as done again and
// again: "Chinese workers have been attacked several times by militants",
// "militants have repeatedly targeted the line", "the post has come under
// fire on several occasions". It sums a history, no incident of the news.
func repeatedDeed(toks []lex.Token, i int) bool {
	perfect := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("have", "has") {
			perfect = true
			break
		}
		if toks[k].Punct {
			break
		}
	}
	if !perfect {
		return false
	}
	for k, t := range toks {
		if t.Is("repeatedly", "time-and-again") || t.Is("times", "occasions") && k > 0 && toks[k-1].Is("several", "many", "numerous", "multiple", "countless") ||
			lex.HasAt(toks, k, "time", "and", "again") {
			return true
		}
	}
	return false
}

// whoseBefore reports a "whose" a few words before the trigger at i, in
// its clause: "whose son was killed", "whose brother had been shot dead".
func whoseBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("whose") {
			return true
		}
	}
	return false
}

// chemicalHarm reports a sentence that tells of people harmed the way a
// chemical harms them: "dozens suffocated after a suspected sarin
// attack", "doctors treated six people for exposure to a toxic chemical",
// "had left dozens with suffocation symptoms". The chemical noun beside it names the attack that harmed them, however
// far the verb stands from it.
func chemicalHarm(toks []lex.Token) bool {
	for k, t := range toks {
		if t.Is("suffocated", "suffocating", "suffocation", "choked", "choking", "gassed", "poisoned", "asphyxiated", "asphyxiation") ||
			t.Is("treated") && k+1 < len(toks) && !toks[k+1].Is("as", "like", "with") {
			return true
		}
	}
	return false
}

// fellOn reports the chemical at i carried by a munition that fell or
// landed on a place, in its clause: "a gas canister filled with chlorine
// fell on a residential building". Not a price that "fell on the market".
func fellOn(toks []lex.Token, i int) bool {
	munition := false
	for k := max(0, i-4); k < len(toks) && k <= i+4; k++ {
		if toks[k].Is(".", ";", "?", "!") {
			return false
		}
		munition = munition || toks[k].Is("canister", "canisters", "cylinder", "cylinders", "barrel", "barrels", "shell", "shells",
			"bomb", "bombs", "rocket", "rockets", "missile", "missiles", "munition", "munitions", "grenade", "grenades")
		if k > i && k+1 < len(toks) && munition && toks[k].Is("fell", "landed", "dropped", "crashed") && toks[k+1].Is("on", "onto", "in", "into") {
			return true
		}
	}
	return false
}

// passiveBy reports a deed told in the passive with its doer: "was raped
// by armed men", "were sexually assaulted by soldiers". It is told as
// done, whatever warning or fear the sentence goes on to voice.
func passiveBy(toks []lex.Token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].Is("by") || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	k := i - 1
	if k > 0 && strings.HasSuffix(toks[k].Lower, "ly") {
		k--
	}
	return k >= 0 && toks[k].Is("was", "were", "been")
}

// firstClause returns the tokens before the sentence's first semicolon:
// "Gunmen killed a teacher on Wednesday; the court will hear his family's
// petition in June" tells the killing first, and the court's business
// after the semicolon does not make it a court report.
// A clause that opens the sentence to date it by other news ("A day
// after the agency filed its charge sheet in the attack case, gunmen shot
// dead a leader") is left out too: the court's business it names dates
// the deed.
func firstClause(toks []lex.Token) []lex.Token {
	for k, t := range toks {
		if t.Is(";") {
			toks = toks[:k]
			break
		}
	}
	if k := taxonomy.DatingClause(toks); k > 0 {
		return toks[k:]
	}
	return toks
}

// lonelyLead is lonelyMove of the text's first sentence, read once: the
// lead is asked about again and again while the text is segmented.
func (d *doc) lonelyLead() bool {
	if d.lonely == 0 {
		d.lonely = -1
		if lonelyMove(d.sents[0].Toks) {
			d.lonely = 1
		}
	}
	return d.lonely == 1
}

// lonelyMove reports whether a lead with no deed told as done tells a
// strategic move ("the army withdrew from the town", "the rebels set up a
// base"): that move is its news and opens an event of its own.
func lonelyMove(toks []lex.Token) bool {
	for i, t := range toks {
		// A move someone asks for, decides or pledges is not yet made.
		// (One that someone "said" was made is news told with its
		// source; a move said to come has its modal, which StrategicMove
		// refuses.) Allegiance pledged and ground agreed to be handed
		// over are moves made: StrategicMove decides them.
		if lex.HasAt(toks, i, "pledged", "allegiance") || lex.HasAt(toks, i, "agreed", "to", "hand", "over") || agreedToYield(toks, i) {
			continue
		}
		// "handed it over to the army, as agreed in the talks": a move
		// made under a deal.
		if t.Is("agreed") && i > 0 && toks[i-1].Is("as") {
			continue
		}
		// "a commander, who asked not to be named, said": a source's
		// wish for anonymity, not a move asked for.
		if t.Is("asked", "requested") && (lex.HasAt(toks, i+1, "not", "to", "be") || lex.HasAt(toks, i+1, "for", "anonymity")) {
			continue
		}
		if t.Is("asked", "decided", "proposed", "proposes", "requested", "pledged", "urged", "demanded", "plans",
			"planned", "sought", "directed", "ordered", "approved", "agreed") {
			return false
		}
	}
	return !background(toks) && !judicial(toks) && taxonomy.StrategicMove(toks)
}

// arrestTally reports a sentence that counts arrests over a span or in a
// report: "so far", "till date", "to date", "this year", "documented",
// "in the months that followed", "since then", "over the past two weeks".
func arrestTally(toks []lex.Token) bool {
	for k, t := range toks {
		if lex.HasAt(toks, k, "so", "far") || lex.HasAt(toks, k, "till", "date") || lex.HasAt(toks, k, "to", "date") ||
			lex.HasAt(toks, k, "this", "year") || t.Is("documented") || lex.HasAt(toks, k, "since", "then") {
			return true
		}
		if t.Is("weeks", "months", "years") && (lex.HasAt(toks, k+1, "that", "followed") || lex.HasAt(toks, k+1, "since") ||
			k >= 1 && toks[k-1].Is("past", "last") || k >= 2 && toks[k-2].Is("past", "last")) {
			return true
		}
	}
	return false
}

// firedInAir reports gunfire at k shot into the air: "fired in the air",
// "fired several shots into the air".
func firedInAir(toks []lex.Token, k int) bool {
	if !toks[k].Is("fired", "fires", "firing") {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if lex.HasAt(toks, m, "in", "the", "air") || lex.HasAt(toks, m, "into", "the", "air") || lex.HasAt(toks, m, "into", "air") {
			return true
		}
		if !toks[m].Is("shots", "shot", "rounds", "several", "a", "few", "some", "warning", "gun") {
			return false
		}
	}
	return false
}

// underAttack reports the trigger at k told from its target's side:
// "an FC post came under fire from BLA militants", "the convoy came under
// heavy attack", "came under rocket fire". The deed is done though no verb
// of doing tells it; the caller asks that armed men or a force be named,
// for "the minister came under fire from the opposition" is no attack.
func underAttack(toks []lex.Token, k int) bool {
	// The tagger's phrase "came under fire" starts at the verb.
	if toks[k].Is("came", "come", "comes", "coming") {
		return lex.HasAt(toks, k+1, "under")
	}
	for m := k - 1; m >= 1 && m >= k-3; m-- {
		if toks[m].Is("under") {
			return toks[m-1].Is("came", "come", "comes", "coming")
		}
		if !toks[m].Is("heavy", "intense", "indiscriminate", "sustained", "fierce", "rocket", "mortar", "grenade", "gun", "small-arms", "militant", "terrorist") {
			return false
		}
	}
	return false
}

// attackedByArmed reports whether the attack told at token k of sentence
// i from its target's side is armed men's: those it comes "from" are of
// the militants', the forces' or an unidentified side, or, none named,
// the sentence names such men or a force ("an FC post came under rocket
// fire"). "The police chief came under fire from lawmakers" is not.
func (d *doc) attackedByArmed(i, k int) bool {
	s := d.sents[i]
	toks := s.Toks
	from, to := s.Start, s.End
	for f := k + 1; f < len(toks) && f <= k+5; f++ {
		if toks[f].Is("from", "by") {
			from, to = toks[f].End, toks[min(len(toks)-1, f+5)].End
			break
		}
	}
	for _, m := range d.actorsNamed() {
		if m.Start >= from && m.Start < to && m.End <= s.End &&
			(m.Actor.Side == actors.SideMilitants || m.Actor.Side == actors.SideSecurity || m.Actor.Side == actors.SideUnidentified) {
			return true
		}
	}
	return false
}

// agreedToYield reports "agreed to give up their weapons", "agreed to
// withdraw": a side that agrees to yield something has made the
// agreement, which is the move; a plan agreed to ("agreed to hold
// talks") is not.
func agreedToYield(toks []lex.Token, i int) bool {
	return toks[i].Is("agreed") && i+2 < len(toks) && toks[i+1].Is("to") &&
		(toks[i+2].Is("surrender", "withdraw", "evacuate", "exchange", "release", "free", "disarm") ||
			lex.HasAt(toks, i+2, "give", "up") || lex.HasAt(toks, i+2, "lay", "down") || lex.HasAt(toks, i+2, "hand", "back"))
}

// armedAccused reports whether the trigger at i is sexual violence that
// armed men are accused of: "Soldiers were accused of raping 30 women
// during a raid". Such violence is reported as an allegation, and the
// allegation is the news, not a case recalled.
func armedAccused(toks []lex.Token, i int) bool {
	if i < 3 || !toks[i].Is("raping", "rape", "sexually") || !toks[i-1].Is("of") || !toks[i-2].Is("accused") {
		return false
	}
	// Told in court, the charge is the case's, not fresh news.
	for _, t := range toks {
		if t.Is("court", "trial", "tribunal", "testified", "testimony", "witness", "witnesses", "prosecutors", "judge") {
			return false
		}
	}
	// Police and agents of the state are armed men too: "Policemen were
	// accused of raping a detained woman".
	for k := 0; k < i-2; k++ {
		if presentSubject[toks[k].Lower] && !toks[k].Is("attacker", "attackers", "assailants", "bomber", "bombers") ||
			toks[k].Is("policemen", "policeman", "officers", "agents", "guards", "paramilitaries") {
			return true
		}
	}
	return false
}

// verblessLead reports whether a lead is one incident named with no verb
// at all, as summaries and lists of incidents open: "A double bombing of
// a police bus in the capital." "The bombing of the old town is
// remembered" has a verb and a definite article: history, not news.
func verblessLead(toks []lex.Token, i int) bool {
	if i == 0 || i > 4 || !toks[0].Is("a", "an") || i+1 >= len(toks) ||
		!toks[i].Is("bombing", "bomb", "attack", "blast", "explosion", "shooting", "ambush", "raid", "assault", "suicide", "car", "truck", "rocket", "mortar", "grenade") ||
		!toks[i+1].Is("of", "on", "at", "in", "near", "targeting", "against", "bombing", "attack", "bomb", "blast", "explosion") {
		return false
	}
	for k, t := range toks {
		if t.Is("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
			"might", "should", "must", "said", "says", "like", "if", "when", "whether") {
			return false
		}
		// A past verb after the incident ("a bomb threat at the airport
		// forced an evacuation"), not an adjective ("a crowded market").
		if k > i && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !toks[k-1].Is("a", "an", "the", "its", "their", "heavily", "densely") {
			return false
		}
	}
	return true
}

// presentDeed reports whether the trigger at i is a verb in the present
// with armed men as its subject and an object after it, as leads that
// summarise an incident tell it: "Gunmen attack a police station",
// "fighters abduct 40 girls", "insurgents seize the town". "Analysts
// attack the budget" has no armed subject.
func presentDeed(toks []lex.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !toks[i].Is("attack", "attacks", "abduct", "abducts", "kidnap", "kidnaps", "seize", "seizes",
		"storm", "storms", "ambush", "ambushes", "raid", "raids", "target", "targets") {
		return false
	}
	if !presentSubject[toks[i-1].Lower] {
		return false
	}
	next := toks[i+1]
	return next.Is("a", "an", "the", "two", "three", "four", "five", "several", "dozens", "scores", "hundreds") ||
		next.Text != "" && next.Text[0] >= '0' && next.Text[0] <= '9'
}

// presentSubject are the armed men whose deeds a lead tells in the
// present.
var presentSubject = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`gunmen gunman militants militant insurgents rebels fighters attackers assailants attacker
		bombers bomber jihadists terrorists bandits militiamen militia soldiers troops police guerrillas pirates`) {
		presentSubject[w] = true
	}
}

// headlineVerb reports whether the trigger at i is the present-tense verb
// of a headline: "Gunmen Abduct 17 Worshippers", "Police Arrest 20
// Militants", "Thousands Protest In Belgrade". In running text these words
// are nouns or bare infinitives; in a headline, after its subject, they
// tell the deed.
func headlineVerb(toks []lex.Token, i int) bool {
	if headlineStrike(toks, i) || headlineHeld(toks, i) {
		return true
	}
	if i > 0 && i+1 < len(toks) && headlineDeed(toks, i) {
		return true
	}
	if i == 0 || i+1 >= len(toks) || !toks[i].Is("abduct", "abducts", "kidnap", "kidnaps", "arrest", "arrests", "detain", "detains", "protest") {
		return false
	}
	// "Germany: police arrest 25 suspects over plot": a headline in
	// sentence case, its subject one of the armed or the police, told
	// with no closing stop.
	lower := !capital(toks[i]) && presentSubject[toks[i-1].Lower] && unstopped(toks)
	if !lower && (!capital(toks[i]) || !capital(toks[i-1])) || toks[i-1].Is("a", "an", "the", "of", "in", "on", "for", "to", "and", "after", "over", "against", "by", "with") {
		return false
	}
	// The verb's object or place follows: people counted or named
	// ("Arrest 20 Suspected Militants"), or where and against what
	// ("Protest In Belgrade"), not a noun ("Arrest Warrant").
	next := toks[i+1]
	if toks[i].Is("protest") {
		if !next.Is("in", "against", "over", "outside", "at", "near", "across", "for") {
			return false
		}
	} else if !(next.Text[0] >= '0' && next.Text[0] <= '9') && !next.Is("a", "an", "the", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "dozens", "scores", "hundreds", "several", "more", "over") {
		return false
	}
	return lower || headline(toks)
}

// headlineDeed reports a deed in a sentence-case headline's present, with
// no closing stop, done by armed men, police, aircraft or a crowd to an
// object named without its article: "Villagers lynch suspected cattle
// rustler in Kericho", "Protesters torch ruling party offices", "Israeli
// jets strike Hamas targets in Gaza", "Five killed as gunmen storm church".
func headlineDeed(toks []lex.Token, i int) bool {
	if !toks[i].Is("lynch", "torch", "storm", "strike", "ambush", "teargas", "intercepts", "attack", "kill") || capital(toks[i]) || !unstopped(toks) {
		return false
	}
	if !presentSubject[toks[i-1].Lower] && !toks[i-1].Is("villagers", "residents", "protesters", "demonstrators", "rioters", "mob", "youths",
		"jets", "warplanes", "drones", "aircraft", "dome") {
		return false
	}
	next := toks[i+1]
	return !next.Punct && !next.Is("of", "in", "on", "for", "to", "and", "at", "with", "by", "is", "was", "has", "had", "will")
}

// headlineStrike reports a headline's present strike by a plural
// subject on a named target: "HAFTAR'S AIRCRAFT BOMB MITIGA AIRPORT",
// "NPA REBELS BURN CONSTRUCTION EQUIPMENT". Not "POLICE BOMB DISPOSAL
// SQUAD", where the word is a noun.
func headlineStrike(toks []lex.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !toks[i].Is("bomb", "burn", "torch", "shell") {
		return false
	}
	subj, next := toks[i-1], toks[i+1]
	if !capital(toks[i]) || !capital(subj) || !capital(next) || next.Punct {
		return false
	}
	if !(presentSubject[subj.Lower] || subj.Is("aircraft", "jets", "planes", "drones", "warplanes", "troops", "forces") ||
		len(subj.Lower) > 3 && strings.HasSuffix(subj.Lower, "s") && !strings.HasSuffix(subj.Lower, "ss") && !strings.Contains(subj.Lower, "'")) {
		return false
	}
	if next.Is("disposal", "squad", "blast", "blasts", "attack", "attacks", "threat", "threats", "scare", "hoax", "maker", "makers",
		"factory", "explosion", "suspect", "suspects", "victims", "victim", "injuries", "unit", "ward", "patients") {
		return false
	}
	return headline(toks)
}

// headlineHeld reports a headline's count of people held over a deed:
// "THREE HELD OVER BUS BOMBING", "12 ARRESTED FOR RIOTING".
func headlineHeld(toks []lex.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !toks[i].Is("held", "arrested", "detained", "nabbed") || !capital(toks[i]) {
		return false
	}
	if !toks[i+1].Is("over", "for", "in", "after") {
		return false
	}
	q, ok := lex.QuantityAt(toks, i-1)
	if !ok || q.Last != i-1 || q.Vague {
		return false
	}
	return headline(toks)
}

// headline reports whether a sentence is a headline: no closing stop and
// its longer words capitalised.
func headline(toks []lex.Token) bool {
	if !unstopped(toks) {
		return false
	}
	long, caps := 0, 0
	for _, t := range toks {
		if t.Punct || len(t.Lower) < 4 {
			continue
		}
		long++
		if capital(t) {
			caps++
		}
	}
	return long >= 3 && caps*4 >= long*3
}

// capital reports whether a token starts with a capital letter or a digit.
func capital(t lex.Token) bool {
	return t.Text != "" && (t.Text[0] >= 'A' && t.Text[0] <= 'Z' || t.Text[0] >= '0' && t.Text[0] <= '9')
}

// beganAt reports a deed named by its noun and told by when it began:
// "The ambush began at dawn", "the shelling started shortly after
// midnight". Not "the trial began" (no trigger) nor "the attack began a
// new phase" (no time after the verb).
func beganAt(toks []lex.Token, i int) bool {
	if i+2 >= len(toks) || !toks[i+1].Is("began", "started") || plural(toks[i]) {
		return false
	}
	return toks[i+2].Is("at", "around", "shortly", "soon", "just", "late", "early", "before", "after", "when", "on")
}

// begun reports whether a verb of starting stands just before the noun at
// i: "began an indefinite strike", "launched a hunger strike".
func begun(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Is("began", "started", "launched", "staged", "held", "mounted", "begin", "begins", "start", "starts") {
			return true
		}
		// "formed a human chain": a protest made with bodies, formed
		// as a strike is launched. Not "formed a committee".
		if toks[k].Is("formed") && toks[i].Is("human", "chain", "chains", "cordon") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// maxIncidentToll is the largest casualty figure vigil reads as one
// incident's. The deadliest single attacks on record killed a few
// thousand people (2,977 on 11 September 2001); a figure above ten
// thousand in one phrase counts a war, an epidemic, a famine or a
// country's years, and is a claim or history, not an event.
const maxIncidentToll = 10000

// modalChain reports whether a modal verb heads the verb chain of the
// trigger at i: "you'll mainly be attacked", "could be targeted", "won't
// be shot" tell of what may happen, not of what did.
func modalChain(toks []lex.Token, i int) bool {
	// "threatened to be assaulted and killed": a participle joined to
	// one the chain heads shares its head.
	if i >= 2 && toks[i-1].Is("and", "or") && len(toks[i-2].Lower) > 4 && strings.HasSuffix(toks[i-2].Lower, "ed") && modalChain(toks, i-2) {
		return true
	}
	j := i
	for j > 0 && (toks[j-1].Is("be", "been", "being", "have", "has", "not", "get", "also") ||
		strings.HasSuffix(toks[j-1].Lower, "ly") && !toks[j-1].Punct) {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	// "where bombs were to be planted", "has been threatened to be
	// assaulted", "likely to be targeted": a deed planned, threatened or
	// expected, not done. ("Said to be injured" tells an injury.)
	if toks[j-1].Is("to") && j >= 2 && toks[j].Is("be") && toks[j-2].Is("were", "was", "threatened", "likely", "expected",
		"supposed", "due", "set", "planned", "planning", "going", "meant", "scheduled", "about") {
		return true
	}
	return lex.IsModal(toks[j-1])
}

// conditional reports whether an "if", "unless" or "whether" opens the
// clause of the trigger at i: "if the convoy is attacked", "asked whether
// the post was shelled".
func conditional(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("if", "unless", "whether") {
			return true
		}
	}
	return false
}

// untilGoal reports whether the word at i stands in an "until" clause
// that a modal or a vow heads: "the operation would continue until the
// last terrorist was eliminated", "vowed to fight till every militant is
// killed" tell a goal, not a deed. ("The gunfight went on until two
// militants were killed" tells one.)
func untilGoal(toks []lex.Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		if toks[k].Punct {
			return false
		}
		if !toks[k].Is("until", "till") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if toks[j].Punct {
				return false
			}
			if toks[j].Is("vowed", "pledged", "resolved", "determined", "vow", "pledge") ||
				toks[j].Is("would", "will", "shall", "must", "should") && toks[j].Text == toks[j].Lower {
				return true
			}
		}
		return false
	}
	return false
}

// modalBefore reports whether a modal verb stands just before offset
// start: a toll that "could kill two billion people" is not one.
func modalBefore(toks []lex.Token, start int) bool {
	k := tokenFrom(toks, start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		// Lower case only: "28 May 2021" is a date.
		if toks[j].Is("could", "would", "might", "may", "can", "will", "shall") && toks[j].Text == toks[j].Lower {
			return true
		}
	}
	return false
}

// arrestBefore reports whether an arrest word precedes hit h in its
// sentence.
func arrestBefore(toks []lex.Token, hits []taxonomy.Hit, h taxonomy.Hit) bool {
	for _, o := range hits {
		if o.Cue == taxonomy.CueArrest && o.Start < h.Start && !inCustody(toks, o.Token) {
			return true
		}
	}
	return false
}

// inCustody reports "custody" at i told as a state, not an arrest: "the
// killing of a young man in CTD custody", "died in police custody".
func inCustody(toks []lex.Token, i int) bool {
	return toks[i].Is("custody") && (lex.HasAt(toks, i-1, "in") || i >= 2 && toks[i-2].Is("in"))
}

// nominal reports whether a trigger word is a noun or gerund rather than
// a verb in the past ("kidnapping", "blast" versus "kidnapped", "shot").
func nominal(t lex.Token) bool {
	w := t.Lower
	if strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "shot", "blew", "hit", "struck", "threw", "blown", "set", "took", "taken", "held", "went", "opened", "hurt", "dead", "slain", "shot-dead",
		"burnt", "beaten", "beat", "laid",
		// Irregular pasts of taking ground and fighting: "retook the
		// town", "rebels overran the base", "police fought gunmen".
		"retook", "retaken", "overran", "overrun", "fought", "began", "begun", "withdrew", "withdrawn", "broke", "thrown",
		// "Police found an IED near the school."
		"found",
		// Tagged only in "blow themselves up".
		"blow", "blows":
		return false
	}
	return true
}

// participle reports a trigger that opens a participle clause after a
// comma, the clause of a deed aimed at someone or something that the
// sentence tells in the past: "violated the ceasefire on the night of
// March 2, firing mortar shells on posts".
// ("The firing on the posts" is a noun; "the ceasefire, firing" needs the
// past verb before it to be a deed done.)
func participle(toks []lex.Token, i int) bool {
	if i < 2 || !strings.HasSuffix(toks[i].Lower, "ing") || !toks[i-1].Is(",") {
		return false
	}
	// Fired at or on something: "firing 14 aces" fires nothing at
	// anyone.
	aimed := false
	for k := i + 1; k < len(toks) && k <= i+6 && !aimed; k++ {
		aimed = toks[k].Is("at", "on", "upon", "into", "towards")
	}
	if !aimed {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if toks[k].Punct && !toks[k].Is(",", "(", ")") {
			return false
		}
		if len(toks[k].Lower) > 4 && strings.HasSuffix(toks[k].Lower, "ed") || happening[toks[k].Lower] {
			return true
		}
	}
	return false
}

// ensued reports a fight that the sentence says followed or ensued, after
// something told before: "An exchange of fire followed between the troops
// and the Maoists".
func ensued(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			return false
		}
		// Not "firing followed by mortar shelling": there the firing
		// came first, and the sentence tells it with what came next.
		if toks[k].Is("followed", "ensued") {
			return !lex.HasAt(toks, k+1, "by")
		}
	}
	return false
}

// steppedOn reports a mine or a bomb someone stepped or trod on: "lost a
// leg when he stepped on a landmine" tells the blast.
func steppedOn(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].Is("on", "over", "upon") {
			return toks[k-1].Is("stepped", "stepping", "steps", "trod", "treading", "walked")
		}
	}
	return false
}

// derailedTrain reports a blast told by the train it derailed: "an
// explosion derailed five bogies of the Jaffar Express". "Derailed" is no
// verb of happening by itself: "the attack derailed the peace talks" is a
// figure of speech.
func derailedTrain(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if !toks[k].Is("derailed") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+8 && !toks[j].Punct; j++ {
			if toks[j].Is("train", "trains", "express", "bogies", "bogie", "coaches", "carriages", "wagons", "locomotive", "engine") {
				return true
			}
		}
	}
	return false
}

// blownWith reports explosives named as the means of damage told before
// them: "damaged a culvert on a newly built road with explosives", "blew
// up the school using explosives". (Not "a car packed with explosives":
// packing is no damage.)
func blownWith(toks []lex.Token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-2 && !toks[k].Is("with", "using") {
		k--
	}
	if k < 0 || k < i-2 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].Punct && !toks[j].Is(",", "(", ")") {
			return false
		}
		if toks[j].Is("damaged", "destroyed", "demolished", "blew", "blown", "razed", "flattened") {
			return true
		}
	}
	return false
}

// operationWord reports a clash trigger that names an operation, a raid
// or a search: it tells a fight only with a toll.
func operationWord(t lex.Token) bool {
	return t.Is("operation", "raid", "raided", "raiding", "targeted", "ibo", "intelligence-based", "intelligence", "search", "combing", "clearance", "sanitisation", "sanitization", "cordon")
}

// weaponsAfter reports whether weapons follow token i closely.
func weaponsAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Is("weapons", "ieds", "ied", "explosives", "caches", "cache", "bombs", "mines", "landmines", "devices", "device", "ammunition", "arms", "guns", "rockets", "grenades") {
			return true
		}
	}
	return false
}

// liveHits returns the hits of sentence i that speak of the incident
// itself, without those that refer to earlier ones.
func (d *doc) liveHits(i int) []taxonomy.Hit {
	var out []taxonomy.Hit
	// After the sentence that opens an event, weapons recovered at the
	// scene are its aftermath, not the means: "Two hand grenades were
	// recovered from the slain man" does not make a shooting a grenade
	// attack.
	recovered := d.leads != nil && !d.leads[i] && recoverySentence(d.sents[i].Toks)
	// The incident a toll revision names ("the death toll in the Mumbai
	// serial blasts (July 13) rose") is the one it revises, not one
	// recalled.
	revised := i == 0 && d.revision()
	// "Following the blast, armed men opened fire": the blast that
	// opens a later sentence is the one told before, and the sentence's
	// deed is the gunfire.
	opener := -1
	if i > 0 && afterBlast(d.sents[i].Toks) {
		opener = 4
	}
	for _, h := range d.hits[i] {
		if !revised && pastReference(d.sents[i].Toks, h.Token) {
			continue
		}
		if h.Token <= opener && weaponCue(h.Cue) {
			continue
		}
		if recovered && weaponCue(h.Cue) {
			continue
		}
		// Kept for classification (weapons recovered make disrupted
		// weapons use), but no deed.
		h.Item = inventory(d.sents[i].Toks, h) || plantedItem(d.sents[i].Toks, out, h)
		// A bomb the bomb squad set off is one defused.
		if disposed(d.sents[i].Toks, h) {
			h.Cue = taxonomy.CueDisrupt
		}
		out = append(out, h)
	}
	return out
}

// plantedItem reports a participle of placing a bomb that qualifies a
// weapon found, the hit before it: "recovered a pressure IED planted by
// the Maoists under a culvert". It tells where the thing lay, not a blast.
func plantedItem(toks []lex.Token, before []taxonomy.Hit, h taxonomy.Hit) bool {
	if len(before) == 0 || !toks[h.Token].Is("planted", "placed", "laid", "hidden", "concealed") {
		return false
	}
	prev := before[len(before)-1]
	return prev.Item && weaponCue(prev.Cue) && h.Token-prev.Token <= 3
}

// disposed reports a bomb set off by the bomb squad that found it: "The
// BDS later exploded it at a safe place", "the bomb disposal squad
// detonated the device". The charge is destroyed, no one attacked.
func disposed(toks []lex.Token, h taxonomy.Hit) bool {
	if h.Cue != taxonomy.CueExplosive || !toks[h.Token].Is("exploded", "detonated", "blew", "destroyed") {
		return false
	}
	for k := h.Token - 1; k >= 0 && k >= h.Token-12; k-- {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			return false
		}
		if toks[k].Is("bds") || lex.HasAt(toks, k, "bomb", "disposal") || lex.HasAt(toks, k, "bomb", "squad") {
			return true
		}
	}
	return false
}

// itemWords are the weapon triggers that can stand in a list of things
// recovered: nouns, not deeds ("blast") or verbs ("hurled").
var itemWords = map[string]bool{}

// listVerbs open a list of things recovered or found.
var listVerbs = map[string]bool{}

// deedWords tell of violence done; a list of recovered items does not
// run across them.
var deedWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`grenade grenades hand bomb bombs ied ieds rcied vbied explosive explosives mine mines
		landmine landmines rocket rockets mortar mortars shell shells missile missiles rpg rpgs drone drones suicide
		rocket-propelled heavy remote remote-controlled petrol device devices`) {
		itemWords[w] = true
	}
	for _, w := range strings.Fields(`recovered recovery recoveries seized seizure confiscated found unearthed retrieved
		include includes included including comprising comprised consisting haul cache stockpile consignment
		arrested apprehended nabbed detained caught`) {
		listVerbs[w] = true
	}
	for _, w := range strings.Fields(`exploded detonated hurled lobbed threw thrown fired firing killed killing injured wounded
		attacked attack attacks blast blasts explosion explosions triggered struck hit targeted ambushed encounter clash
		exchange gunfight died dead used using`) {
		deedWords[w] = true
	}
}

// inventory reports whether weapon trigger h names a thing recovered,
// found or defused, not the means of a deed: "recovered four
// AK-47 rifles, 15 magazines, four hand grenades and a UBGL", "the
// search team found a drone, 82 rounds and two mines".
func inventory(toks []lex.Token, h taxonomy.Hit) bool {
	if !weaponCue(h.Cue) && h.Cue != taxonomy.CueFiring || !itemWords[toks[h.Token].Lower] {
		return false
	}
	for k := h.Token - 1; k >= 0 && k >= h.Token-30; k-- {
		w := toks[k].Lower
		if listVerbs[w] {
			return true
		}
		// "A family of six, including two girls, carried out the
		// suicide bombings": the list ends where a deed is carried out.
		if deedWords[w] || toks[k].Is(".", ";", "?", "!") || lex.HasAt(toks, k, "carried", "out") {
			break
		}
	}
	// "Explosives and detonators were seized", "a bomb planted on the
	// road was defused".
	// ("A hand grenade with a note threatening the principal was found
	// at the gate": what it came with may stand between.)
	for k := h.Token + 1; k < len(toks) && k <= h.Token+10; k++ {
		if toks[k].Is("recovered", "seized", "confiscated", "found", "unearthed", "retrieved", "defused", "diffused", "detected") {
			return true
		}
		if deedWords[toks[k].Lower] || toks[k].Punct && !toks[k].Is(",", "(", ")") {
			return false
		}
	}
	return false
}

// weaponCue reports whether a cue names a weapon that can be recovered
// unused.
func weaponCue(c taxonomy.Cue) bool {
	switch c {
	case taxonomy.CueSuicide, taxonomy.CueShelling, taxonomy.CueGrenade, taxonomy.CueExplosive, taxonomy.CueAir:
		return true
	}
	return false
}

// recoverySentence reports whether a sentence tells of weapons recovered
// or found and of nothing going off.
func recoverySentence(toks []lex.Token) bool {
	found := false
	for i, t := range toks {
		if t.Is("recovered", "seized", "confiscated", "recoveries", "recovery", "found", "unearthed", "retrieved") {
			found = true
		}
		if t.Is("exploded", "detonated", "hurled", "lobbed", "threw", "blast", "explosion", "triggered") || lex.HasAt(toks, i, "went", "off") {
			return false
		}
	}
	return found
}

// plural reports whether a trigger word is a plural noun ("attacks",
// "blasts"): alone it usually speaks of many incidents in general.
func plural(t lex.Token) bool {
	w := t.Lower
	return len(w) > 3 && w[len(w)-1] == 's' && !t.Is("was", "has", "this", "gas", "mass")
}

// happening are the verbs that say an incident took place ("a blast
// occurred", "was carried out", "militants lobbed").
var happening = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`occurred took went was were carried staged held exploded hit struck rocked
		killed injured wounded targeted attacked hurled lobbed fired planted triggered detonated launched
		conducted erupted broke kidnapped abducted threw thrown ambushed recovered seized defused captured protested blocked chanted
		rallied gathered marched damaged destroyed left used using demolished blew targeting target set torched burned burnt
		caused destroy sustained suffered received died rammed fought ripped suffocated suffocating
		occurs explodes erupts figured joined filled walked camped ended stood remained stayed tossed pounded lasted
		heeded banged subjected committed neutralised neutralized neutralising neutralizing`) {
		happening[w] = true
	}
}

// stateProtest reports a protest a state makes in words: "Pakistan has
// protested at the UN Human Rights Council", "the Foreign Office lodged a
// strong protest with the Indian High Commission". A note of protest is
// diplomacy, not a demonstration.
func stateProtest(toks []lex.Token, i int) bool {
	if !toks[i].Is("protested", "protest", "protests") {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].Is("has", "have", "had", "strongly", "formally", "also", "a", "strong", "lodged", "registered") {
		k--
	}
	// "Students in Dhaka protested": the place is where, not who.
	if k < 0 || k > 0 && toks[k-1].Is("in", "of", "at", "from", "across", "near", "outside") {
		return false
	}
	return toks[k].Is("government", "ministry", "office", "embassy", "commission", "pakistan", "india", "afghanistan", "bangladesh",
		"nepal", "china", "islamabad", "delhi", "kabul", "dhaka", "beijing", "kathmandu", "colombo", "lanka") && capital(toks[k])
}

// protestHeld reports a protest told as held with a verb of its own:
// "traders observed a shutter-down strike", or a deed done "in protest"
// ("lawyers boycotted the courts in protest against...", "traders kept
// their shops closed in protest"). A deed of another kind done in protest
// ("he resigned in protest") is no protest event, nor is a strike called
// for a later day.
func protestHeld(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("observed", "observe") && !(k > 0 && toks[k-1].Is("to", "will", "would")) {
			return true
		}
		if toks[k].Punct {
			break
		}
	}
	// "A bandh called by the front passed off peacefully", "the general
	// strike crippled normal life": a strike told by what it did was
	// held.
	if toks[i].Is("bandh", "hartal", "strike", "shutdown", "shut-down") || lex.HasAt(toks, i, "general", "strike") {
		for k := i + 1; k < len(toks) && k <= i+25; k++ {
			if toks[k].Is(".", ";") {
				break
			}
			if lex.HasAt(toks, k, "passed", "off") || toks[k].Is("crippled", "paralysed", "paralyzed") ||
				toks[k].Is("observed") && toks[k-1].Is("was", "were") {
				return true
			}
		}
	}
	in := i - 1
	if toks[i].Is("strike") && i > 2 && toks[i-2].Is("a", "an") && toks[i-3].Is("in") {
		in = i - 3
	}
	// "Traders shut their shops on Monday in a strike in support of the
	// protests".
	if toks[i].Is("strike") && i > 1 && toks[i-1].Is("a", "an") && toks[i-2].Is("in") {
		in = i - 2
	}
	if i == 0 || !toks[i].Is("protest", "strike") || !toks[in].Is("in") {
		return false
	}
	for k := in - 1; k >= 0; k-- {
		if toks[k].Punct && !toks[k].Is(",", "(", ")") {
			return false
		}
		// A strike called for or threatened has not been held: "called
		// for a shut-down strike on 4 May in protest".
		if toks[k].Is("called", "call", "calls", "announced", "threatened", "planned", "will", "would") {
			return false
		}
		if toks[k].Is("boycotted", "suspended", "kept", "blocked", "staged", "held", "marched", "rallied", "gathered", "downed", "withdrew", "stayed", "walked") ||
			toks[i].Is("strike") && toks[k].Is("shut", "closed") && !(k > 0 && toks[k-1].Is("will", "would", "to")) {
			return !(k > 0 && toks[k-1].Is("to", "may", "might"))
		}
	}
	return false
}

// protestAttended reports a protest named after "at a" or "in a", a
// crowd's deed told in the past earlier in its clause: "Students raised
// the salute and held up blank sheets of paper at a flash mob outside the
// mall". The verb may stand further off than pastVerbNear looks. A verb
// of being ("was at a rally") tells no deed.
func protestAttended(toks []lex.Token, i int) bool {
	if i < 3 || !toks[i-1].Is("a", "an") || !toks[i-2].Is("at", "in") {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-14; k-- {
		t := toks[k]
		if t.Punct && !t.Is(",", "-", "'s", "’s") {
			return false
		}
		if t.Is("planned", "plan", "plans", "will", "would", "called", "urged", "vowed", "spoke", "said", "says") {
			return false
		}
		if happening[t.Lower] && !t.Is("was", "were", "left", "used", "using", "received", "sustained", "suffered", "died", "figured", "remained", "stayed", "ended") {
			// "had often held": the past perfect recalls it.
			return !slices.ContainsFunc(toks[max(0, k-2):k], func(t lex.Token) bool { return t.Is("to", "not", "never", "had") })
		}
	}
	return false
}

// protestRunning reports a protest told with its running count, "for a
// fifth day", "for a third straight week", within a few words after the
// protest's word and with a verb in the past before the count: "Protesters
// sat on the airport road for a fifth day on Tuesday", "kept a road
// blockade for a third week". ACLED codes each day of a protest that goes
// on. One vowed or planned ("will march for a third day") is not held.
func protestRunning(toks []lex.Token, i int) bool {
	pastVerb := func(t lex.Token) bool {
		return len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "ed") || t.Is("sat", "kept", "held", "stood", "stayed", "slept", "camped", "took", "went")
	}
	// The verb before the protest's word: "kept a road blockade".
	past := false
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].Punct && !past; k-- {
		if toks[k].Is("will", "would", "to") {
			return false
		}
		past = pastVerb(toks[k])
	}
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		t := toks[k]
		if t.Punct && !t.Is(",", "-", "'s", "’s") {
			return false
		}
		if t.Is("will", "would", "to", "plan", "plans", "planned", "vowed", "threatened", "may", "might") {
			return false
		}
		past = past || pastVerb(t)
		if !t.Is("for") || k+3 >= len(toks) || !toks[k+1].Is("a", "the") {
			continue
		}
		j := k + 2
		if !ordinals[toks[j].Lower] {
			continue
		}
		if toks[j+1].Is("straight", "consecutive", "successive", "running") {
			j++
		}
		return past && j+1 < len(toks) && toks[j+1].Is("day", "week", "night", "month")
	}
	return false
}

// protestPurpose reports a protest told as the purpose of a crowd's
// coming out, a verb of moving or gathering in the past before "to
// protest" in the clause: "farmers drove their tractors to the parliament
// to protest against fuel costs", "students poured into the streets to
// demonstrate". Not one only planned or called for, nor one person's.
func protestPurpose(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("to") || !toks[i].Is("protest", "demonstrate", "rally") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		t := toks[k]
		if t.Punct && !t.Is("'s", "’s") {
			return false
		}
		if t.Is("planned", "plan", "plans", "will", "would", "threatened", "called", "urged", "asked", "vowed", "decided", "wanted") {
			return false
		}
		if t.Is("drove", "rode", "walked", "marched", "poured", "flocked", "converged", "assembled", "gathered", "thronged", "streamed",
			"travelled", "traveled", "came", "turned", "took", "blocked", "surrounded", "occupied", "boycotted", "stayed", "downed",
			// "Indigenous people camped on the esplanade to protest
			// against the bill".
			"camped", "sat", "knelt", "slept") {
			if k == 0 || toks[k-1].Is("to", "not", "never") {
				return false
			}
			// A crowd comes out: "hundreds of farmers", "nurses", not
			// "he came to the city to protest".
			return slices.ContainsFunc(toks[max(0, k-6):k], func(t lex.Token) bool {
				return !t.Punct && (plural(t) || t.Is("crowd", "crowds", "hundreds", "thousands", "dozens", "scores", "people"))
			})
		}
	}
	return false
}

// protestingAfter reports a protest told by a participle after a deed of
// the crowd in the past: "Doctors stayed away from work for a second day,
// protesting against an assault on a colleague". Not after a verb of
// saying ("the minister said, protesting that...").
func protestingAfter(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i].Is("protesting") || !toks[i-1].Is(",") || i+1 >= len(toks) || !toks[i+1].Is("against", "over", "the") {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		t := toks[k]
		if t.Punct && !t.Is(",", "(", ")", "'s", "’s") {
			return false
		}
		if saying[t.Lower] {
			return false
		}
		if len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && k > 0 && !toks[k-1].Is("to", "be", "been", "was", "were", "is", "are", "the", "a", "an") {
			return true
		}
	}
	return false
}

// protestVerbs are the verbs of protest in their base form, with their
// progressive: "growers protest", "nurses are protesting".
var protestVerbs = map[string]string{
	"protest": "protesting", "strike": "striking", "rally": "rallying", "march": "marching",
	"demonstrate": "demonstrating", "picket": "picketing", "agitate": "agitating",
}

// protestTold reports a protest told as held or going on with a verb of
// its own in the present: after a plural subject in a text's lead
// ("LA PAZ — Coca growers protest in La Paz against...", "Teachers strike
// in Nairobi over pay"), or in the progressive ("are protesting outside
// parliament", "have been protesting since Monday"). A protest planned
// ("plan to strike"), called for ("urged workers to protest") or told as
// a habit ("teachers often strike") has no plural subject just before the
// verb, or its "to", or a word of habit.
func protestTold(toks []lex.Token, i int, lead bool) bool {
	w := toks[i].Lower
	if i == 0 || i+1 >= len(toks) || habitual(toks) {
		return false
	}
	// The progressive after a form of "be", an adverb allowed between:
	// "are still protesting". Not "will be protesting": modalChain
	// refuses it before this is asked.
	progressive := false
	for _, v := range protestVerbs {
		progressive = progressive || w == v
	}
	if progressive {
		k := i - 1
		if k > 0 && (strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Is("still", "now", "also")) {
			k--
		}
		// "Traders have been protesting for weeks against the rule": a
		// campaign the story sets its news against, not a protest held.
		if k >= 0 && toks[k].Is("been") && forLongSpan(toks) {
			return false
		}
		return k >= 0 && toks[k].Is("are", "is", "were", "was", "been") && !(k > 0 && toks[k-1].Is("to"))
	}
	// "Traders continued their protest for the fifth day", "the sit-in
	// continued on Wednesday": a protest going on is being held.
	if goesOn(toks, i) {
		return true
	}
	if _, ok := protestVerbs[w]; !ok || !lead {
		return false
	}
	subj := toks[i-1]
	if subj.Punct || !(plural(subj) && !strings.HasSuffix(subj.Lower, "'s") && !subj.Is("its", "his", "this", "thus", "as", "us", "is")) &&
		!subj.Is("people", "men", "women", "children", "youth", "staff", "police", "thousands", "hundreds", "dozens") {
		return false
	}
	// The place, the cause or the target follows: "protest in", "strike
	// over pay", "march on parliament". ("Workers strike a deal" has an
	// object, so a strike needs a preposition.)
	next := toks[i+1]
	if next.Is("in", "at", "outside", "against", "over", "near", "for", "across", "on", "along", "to", "through", "after", "demanding") {
		return true
	}
	return w != "strike" && next.Is("the", "a", "an")
}

// forLongSpan reports a span of weeks or more told with "for": "for
// weeks", "for three months", "for several years".
func forLongSpan(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("for") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].Is("weeks", "months", "years", "decades") {
				return true
			}
		}
	}
	return false
}

// habitual reports words that tell a deed as a habit or a general truth,
// not as one held: "often", "usually", "every year", "whenever".
func habitual(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("often", "usually", "frequently", "regularly", "sometimes", "routinely", "whenever", "every", "tend", "tends", "generally") {
			return true
		}
	}
	return false
}

// goOnVerbs tell fighting going on or growing: "clashes raged",
// "fighting continued for a third day".
var goOnVerbs = lex.WordSet(`enters raged rages raging continued continues continuing intensified intensifies resumed resumes persisted
	persists escalated`)

// fightGoesOn reports fighting told as going on: a fight noun whose verb
// tells it lasting ("fighting between the army and rebels continued for a
// third day", "clashes raged in the outskirts"), or a verb of fighting in
// the progressive ("have been exchanging fire since dawn", "were battling
// rebels"). Fighting told over years ("has been fighting militants for
// years", "since 2001") is a war's, not an incident's.
func fightGoesOn(toks []lex.Token, i int) bool {
	for k, t := range toks {
		if t.Is("years", "decades", "months", "weeks") || t.Is("since") && k+1 < len(toks) && year(toks[k+1].Lower) || habitual(toks) {
			return false
		}
	}
	t := toks[i]
	if t.Is("exchanging", "fighting", "clashing", "battling") && i > 0 {
		k := i - 1
		if k > 0 && (strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Is("still", "now", "also")) {
			k--
		}
		// "fighting for their rights", "fighting back tears" are no
		// fight.
		if toks[k].Is("are", "is", "were", "was", "been") && !(k > 0 && toks[k-1].Is("to")) && !lex.HasAt(toks, i+1, "for") && !lex.HasAt(toks, i+1, "back") {
			return true
		}
	}
	// "The legal battle continued", "the political fight raged on",
	// "locked in a political battle".
	if i > 0 && toks[i-1].Is("legal", "political", "court", "courtroom", "electoral", "verbal", "custody", "diplomatic", "bidding", "price", "ratings") {
		return false
	}
	if lockedIn(toks, i) {
		return true
	}
	if !t.Is("fighting", "clashes", "clash", "battle", "battles", "gunfight", "gunbattle", "firefight", "skirmishes", "hostilities") {
		return false
	}
	return goesOn(toks, i)
}

// lockedIn reports a fight the sides are told to be locked or engaged in:
// "have been locked in fierce fighting since Sunday", "are engaged in
// intense exchanges of gunfire". A word or two may qualify the fight.
func lockedIn(toks []lex.Token, i int) bool {
	if !toks[i].Is("fighting", "clashes", "combat", "battle", "battles", "exchanges", "exchange", "gunfight", "gunbattle", "firefight",
		"skirmishes", "hostilities") {
		return false
	}
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("in") {
			return toks[k-1].Is("locked", "engaged") && toks[k-2].Is("been", "are", "is", "were", "was", "remain", "remained", "remains")
		}
	}
	return false
}

// goesOn reports whether the noun at i is told as going on by a verb of
// its own, after it ("clashes raged", "the sit-in continued for a third
// day") or just before it ("continued their protest", "resumed the
// fighting"). Not "to continue", "will continue": not yet told.
func goesOn(toks []lex.Token, i int) bool {
	if i > 0 && toks[i-1].Is("to") || toks[i].Lower == "protesting" || strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			break
		}
		if toks[k].Is("continued", "resumed") || lex.HasAt(toks, k, "kept", "up") {
			return k == 0 || !toks[k-1].Is("to", "may", "might", "could", "would", "will", "not")
		}
	}
	// "The ban on protests continued": the noun another one governs
	// does not go on itself.
	if i > 0 && toks[i-1].Is("on", "of", "against", "about", "over") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		if toks[k].Punct && !toks[k].Is(",", "(", ")") {
			return false
		}
		// Nor "the vigil was intensified": a passive tells of a
		// guard kept, not of a fight or a protest going on.
		if goOnVerbs[toks[k].Lower] && k <= i+10 {
			// "Heavy clashes ... were continuing": the progressive
			// tells the fight going on.
			if strings.HasSuffix(toks[k].Lower, "ing") && toks[k-1].Is("was", "were", "is", "are") {
				return true
			}
			return !toks[k-1].Is("to", "may", "might", "could", "would", "will", "not", "was", "were", "be", "been", "is", "are")
		}
		if enteredDay(toks, k) {
			return true
		}
	}
	return false
}

// enteredDay reports "entered a third day", "entered its second week":
// a fight that enters another day has gone on.
func enteredDay(toks []lex.Token, k int) bool {
	if !toks[k].Is("entered", "enters", "entering") || k+3 >= len(toks) || !toks[k+1].Is("a", "its", "the", "their") {
		return false
	}
	return toks[k+2].Is("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th") &&
		toks[k+3].Is("day", "week", "month")
}

// clashSides are the groups that clash with each other in a lead's
// present: armed men (presentSubject) and these.
var clashSides = lex.WordSet(`forces tribes tribesmen clans factions groups protesters demonstrators supporters workers
	villagers students rioters mobs`)

// presentClash reports a clash told in the present, as a lead summarises
// one: "Troops and militants clash in Kech", "Security forces, militants
// exchange fire in Zhob". The sides stand before the verb, and a place,
// a cause or the fire follows it; "egos clash in the cabinet" names no
// side that fights, and "militants often clash with troops" a habit.
func presentClash(toks []lex.Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || habitual(toks) {
		return false
	}
	next := toks[i+1]
	switch {
	case toks[i].Is("clash"):
		if !next.Is("in", "over", "near", "at", "with", "along", "on", "across", "outside", "inside") {
			return false
		}
	case toks[i].Is("exchange"):
		if !next.Is("fire", "gunfire") {
			return false
		}
	default:
		return false
	}
	// The subject is plural: two sides joined ("troops and militants",
	// "police, protesters") or one plural noun of sides just before.
	prev := toks[i-1]
	if !presentSubject[prev.Lower] && !clashSides[prev.Lower] {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if toks[k].Is("and", ",", "&") {
			return true
		}
		if toks[k].Punct && !toks[k].Is("-", "—", ":") {
			break
		}
	}
	// "Rival tribes clash over land": one noun naming both sides.
	return prev.Is("tribes", "clans", "factions", "groups")
}

// arrestOfOne reports an arrest told as made of one person the text names
// or describes with no count: "Police detained a prominent human rights
// lawyer in Islamabad", "arrested PTM leader Ali Wazir", "the journalist
// was detained at the airport". An arrest only sought or ordered ("the
// court ordered the arrest of") is a noun or a base form, and is not.
func arrestOfOne(toks []lex.Token, i int) bool {
	t := toks[i]
	if !t.Is("arrested", "detained", "apprehended", "nabbed", "collared") || i == 0 {
		return false
	}
	prev := toks[i-1]
	// "the arrested man" is an adjective; "ordered to be arrested" a
	// wish.
	if prev.Is("the", "a", "an", "be", "to", "being", "get") {
		return false
	}
	// "Police have not arrested the killers", "are yet to arrest".
	for k := max(0, i-3); k < i; k++ {
		if toks[k].Is("not", "never", "n't", "yet", "failed", "no") {
			return false
		}
	}
	// Not in a relative clause ("Imtiaz, who has been arrested for...",
	// "the police that had arrested him"): it recalls the arrest to tell
	// something else.
	j := i - 1
	for j >= 0 && toks[j].Is("was", "were", "been", "is", "are", "has", "have", "had") {
		j--
	}
	if j < 0 || toks[j].Is("who", "which", "that", "whom") {
		return false
	}
	// "When they are arrested, militants usually...": a habit told, not
	// an arrest made.
	if habitual(toks) || prev.Is("is", "are") {
		return false
	}
	if j < i-1 && prev.Is("was", "were", "been") {
		// Passive: someone before it.
		return !toks[j].Punct
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.Is("a", "an", "his", "her", "their", "the") || capital(next) && !next.Punct && !month[next.Lower] && !dayName(next.Lower) ||
		countedPeople(toks, i+1) || titledName(toks, i+1)
}

// armedKilledOne reports a killing told in the active by armed men
// named before the verb in its clause, of one person after it, though no
// figure is read: "Unidentified gunmen on a motorbike killed a leading
// protest organiser outside his home". A drought that "killed a farmer's
// herd" names no armed agent; "was killed" no agent at all.
func armedKilledOne(toks []lex.Token, i int) bool {
	if !toks[i].Is("killed") || i == 0 || i+1 >= len(toks) || !toks[i+1].Is("a", "an", "the") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.Punct || t.Is("was", "were", "been", "be", "is", "are", "who", "which", "that", "not", "never", "to") {
			return false
		}
		if t.Is("gunmen", "militants", "assailants", "attackers", "soldiers", "troops", "rebels", "insurgents", "gunman", "assailant", "attacker") {
			return true
		}
	}
	return false
}

// arrestCounted reports people counted after a verb of arrest that the
// casualty reader does not count: "held four suspected militants in a
// raid", "took into custody two men". Not a wish or a denial ("to be
// held", "have not held"), nor a thing held ("held a meeting").
func arrestCounted(toks []lex.Token, i int) bool {
	k := i + 1
	switch {
	case toks[i].Is("held", "arrested", "detained", "apprehended", "nabbed"):
	case toks[i].Is("took") && lex.HasAt(toks, i+1, "into", "custody"):
		k = i + 3
	default:
		return false
	}
	if i == 0 || toks[i-1].Is("to", "be", "being", "not", "never", "was", "were", "is", "are", "the", "a", "an") || k >= len(toks) {
		return false
	}
	if countedPeople(toks, k) {
		return true
	}
	// "held 25 suspects": a count in digits, then who they are.
	return lex.Digits(toks[k].Lower) && k+1 < len(toks) && !toks[k+1].Punct &&
		!toks[k+1].Is("years", "months", "weeks", "days", "hours", "times", "decades", "per", "percent", "of")
}

// sprayedWith reports a crowd sprayed with the means of force at i, the
// crowd named at length between the verb and "with": "Police sprayed
// protesters marching to the palace with water cannon". The verb may
// stand further off than pastVerbNear looks.
func sprayedWith(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if toks[k].Punct && !toks[k].Is("-", "'s", "’s") {
			return false
		}
		if toks[k].Is("sprayed", "doused", "drenched") {
			return k == 0 || !toks[k-1].Is("to", "not", "never")
		}
	}
	return false
}

// burntByArmed reports a participle of burning followed by "by" or
// "after" and an armed noun within four words: "homes burnt after
// soldiers had passed through", "huts burned by the militia". Crops
// "burnt by the sun" name no one.
func burntByArmed(toks []lex.Token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].Is("by", "after") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("soldiers", "troops", "militants", "rebels", "settlers", "militia", "militiamen", "gunmen", "fighters", "army", "insurgents") {
			return true
		}
	}
	return false
}

// placedUnderArrest reports someone placed or put under arrest or house
// arrest now: "police placed the separatist leader under house arrest",
// "was put under house arrest on Friday". Not a state that goes on ("has
// been under house arrest since 2019", "remains under house arrest"), nor
// one recalled in the past perfect ("why he had been placed under house
// arrest"): the verb of placing tells the deed.
func placedUnderArrest(toks []lex.Token, i int) bool {
	if !toks[i].Is("arrest", "custody") || i < 2 {
		return false
	}
	k := i - 1
	if toks[k].Is("house") {
		k--
	}
	// "The judicial police placed in custody the journalist": the
	// French "placé en garde à vue", translated.
	if k < 1 || !toks[k].Is("under") && !(toks[i].Is("custody") && toks[k].Is("in")) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if toks[j].Punct {
			return false
		}
		if toks[j].Is("placed", "put") {
			// "asked why he had been placed under house arrest": the
			// past perfect recalls it.
			return (j == 0 || !toks[j-1].Is("not", "never", "be", "to", "had")) && !lex.HasAt(toks, max(0, j-2), "had", "been")
		}
	}
	return false
}

// tookIntoCustody reports people taken into custody with the object
// between the verb and "into": "police took three men into custody",
// "took a party leader into custody". Not one wished or denied ("to take
// him into custody", "did not take anyone into custody").
func tookIntoCustody(toks []lex.Token, i int) bool {
	if !toks[i].Is("custody") || i < 3 || !toks[i-1].Is("into") {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-7; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("took") {
			return k == 0 || !toks[k-1].Is("not", "never", "n't")
		}
	}
	return false
}

// crowdDid reports protesters named as the subject of a verb in the past:
// "Protesters banged pots and pans", "demonstrators blocked the road".
// Not a crowd that is "expected", "planned" or "tried" to do anything, and not
// protesters who are the object of another's verb ("fired on protesters
// gathered outside").
func crowdDid(toks []lex.Token, i int) bool {
	if !toks[i].Is("protesters", "protestors", "demonstrators", "marchers") || i+1 >= len(toks) {
		return false
	}
	if i > 0 {
		prev := toks[i-1]
		if strings.HasSuffix(prev.Lower, "ed") || prev.Is("on", "at", "against", "with", "to", "by", "upon", "among", "from", "for") {
			return false
		}
	}
	k := i + 1
	if strings.HasSuffix(toks[k].Lower, "ly") && k+1 < len(toks) || toks[k].Is("also", "then") {
		k++
	}
	w := toks[k].Lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].Is("expected", "planned", "scheduled", "supposed", "needed", "wanted",
		"called", "asked", "demanded", "vowed", "threatened", "warned", "claimed", "alleged", "accused", "injured", "killed", "wounded", "detained", "arrested",
		"tried", "attempted", "decided", "refused", "failed", "hoped", "intended", "wished", "reached", "returned", "dispersed")
}

// mourning reports a shutdown or strike observed to mourn, told after the
// verb at i: "Traders observed a shutdown to mourn the death of a rebel".
// Mourning is no protest.
func mourning(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Is("mourn", "mourning") {
			return true
		}
	}
	return false
}

// droveInto reports a suicide attacker who drove a vehicle into the
// target, told after the trigger in its clause: "A suicide attacker drove
// a car packed with explosives into a military base".
func droveInto(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			return false
		}
		if !toks[k].Is("drove", "steered") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if toks[j].Is(".", ";", "?", "!") {
				return false
			}
			if toks[j].Is("into") {
				return true
			}
		}
		return false
	}
	return false
}

// strikesGoOn reports shelling or bombing told as going on since a day:
// "the junta's artillery has been shelling villages since Wednesday",
// "jets have been pounding the town since dawn". Told over years or as a
// habit ("has been shelling the border for years", "since 2019") it is a
// war's, not an incident's.
func strikesGoOn(toks []lex.Token, i int) bool {
	if !toks[i].Is("shelling", "bombing", "pounding", "bombarding", "striking") || i == 0 || !toks[i-1].Is("been", "is", "are", "was", "were") {
		return false
	}
	since := false
	for k, t := range toks {
		if t.Is("years", "decades", "months", "weeks") || habitual(toks) {
			return false
		}
		if t.Is("since") && k+1 < len(toks) {
			next := toks[k+1].Lower
			if year(next) {
				return false
			}
			since = since || weekdayWords[next] || month[next] || next == "dawn" || next == "morning" || next == "midnight" ||
				lex.Digits(next) && k+2 < len(toks) && month[toks[k+2].Lower]
		}
	}
	return since
}

// agreedBefore reports an agreement told as made by its verb in the past:
// "agreed a temporary truce", "signed a peace deal". Not one wished or
// offered ("would have agreed", "to be signed").
func agreedBefore(toks []lex.Token, i int) bool {
	if !toks[i].Is("agreed", "signed") || i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.Is("have", "has") && i > 1 && toks[i-2].Is("would", "could", "might", "may", "should", "not", "never") {
		return false
	}
	return !prev.Is("to", "be", "been", "would", "could", "might", "may", "not", "never", "if", "once", "when")
}

// titledName reports a person named after a description at k:
// "arrested pro-democracy media tycoon Jimmy Lai", "detained opposition
// leader Kizza Besigye". The words before the name are lower case, with
// no preposition between: "arrested them in Quetta" names a place.
func titledName(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if t.Punct || t.Is("in", "at", "from", "on", "for", "under", "with", "near", "after", "over", "during", "by", "of", "and", "to") {
			return false
		}
		if capital(t) {
			return j > k && !month[t.Lower] && !dayName(t.Lower)
		}
	}
	return false
}

// riddledBodies reports whether the noun at i names bodies shot through
// and found: "the bullet-riddled bodies of two men were found in a
// riverbed". Men killed by gunfire and dumped are a killing told by its
// remains.
func riddledBodies(toks []lex.Token, i int) bool {
	if !toks[i].Is("body", "bodies") || i == 0 || !toks[i-1].Is("bullet-riddled", "bullet-ridden", "riddled") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("found", "recovered", "discovered", "dumped") {
			return true
		}
	}
	return false
}

// protestersDid reports whether the trigger at i is the main verb of
// protesters named with "protesting": "Youths protesting the killing of
// a student clashed with police". The killing is recalled; the clash,
// a verb in the past after its noun phrase, is what they did.
func protestersDid(toks []lex.Token, i int) bool {
	t := toks[i]
	if i == 0 || toks[i-1].Is("the", "a", "an", "of", "his", "her", "their", "its", "was", "were", "been", "be", "being", "to") {
		return false
	}
	// "A crowd protesting the ceasefire deal broke into the government
	// building": the crowd's deed, past its protest's object.
	// ("Residents protesting the killing said gunmen broke into the
	// house" tells what was said.)
	if t.Is("broke") && lex.HasAt(toks, i+1, "into") {
		return !slices.ContainsFunc(toks[max(0, i-8):i], func(t lex.Token) bool { return saying[t.Lower] })
	}
	if !strings.HasSuffix(t.Lower, "ed") {
		return false
	}
	return t.Is("clashed", "attacked", "torched", "stormed", "pelted", "stoned", "burned", "ransacked", "vandalised", "vandalized", "blocked", "marched", "rallied", "gathered")
}

// fightHasKilled reports whether the fighting named at i "has killed" or
// "have killed" in its clause.
func fightHasKilled(toks []lex.Token, i int) bool {
	if !toks[i].Is("fighting", "clashes") {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+16; k++ {
		if toks[k].Punct && !toks[k].Is("-") {
			return false
		}
		if toks[k].Is("has", "have") && toks[k+1].Is("killed", "left") {
			return true
		}
	}
	return false
}

// agreementReached reports a deal told as made by the verb before it:
// "the government and the traders reached an agreement", "sealed a
// ceasefire deal". Not one only sought ("failed to reach", "hope to
// seal").
func agreementReached(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("reached", "sealed", "clinched", "concluded", "inked") {
			return k == 0 || !toks[k-1].Is("not", "never", "yet", "be", "been")
		}
	}
	return false
}

// dealAccepted reports a truce or a brokered deal told as "accepted" by
// the verb just before it: "the rebels accepted a Russian-brokered deal
// under which fighters handed over their weapons", "accepted a ceasefire
// deal brokered by the mediators". A firm's deal "to sell its stake" is
// neither a truce nor brokered.
func dealAccepted(toks []lex.Token, i int) bool {
	accepted := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Punct && !toks[k].Is("-") {
			return false
		}
		if toks[k].Is("accepted") {
			accepted = k == 0 || !toks[k-1].Is("not", "never", "be", "been")
			break
		}
	}
	if !accepted {
		return false
	}
	if toks[i].Is("ceasefire", "truce") || i > 0 && toks[i-1].Is("peace", "ceasefire", "truce") {
		return true
	}
	for k := max(0, i-3); k < len(toks) && k <= i+2; k++ {
		if strings.HasSuffix(toks[k].Lower, "brokered") {
			return true
		}
	}
	return lex.HasAt(toks, i+1, "under", "which")
}

// agreementExtended reports whether the deal named at i "was extended" or
// "was renewed", in its own clause, or is the object of the verb told in
// the active: "the Government and the NSCN extended their ceasefire by a
// year", "renewed the truce". Not one only asked for or refused ("urged
// the Government to extend the ceasefire", "refused to renew it"): the
// verb is in the past.
func agreementExtended(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("extended", "renewed") {
			return k == 0 || !toks[k-1].Is("not", "never", "had", "have", "has", "be", "been", "was", "were")
		}
		if !toks[k].Is("the", "their", "its", "this", "a", "an", "existing", "ongoing", "ceasefire", "truce") {
			break
		}
	}
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("extended", "renewed") && toks[k-1].Is("was", "were", "been") {
			return true
		}
	}
	return false
}

// countedPeople reports whether token k opens a count of people, a small
// number and a noun that is not a span of time: "arrested three linkmen",
// "detained two opposition lawmakers", not "arrested two years ago".
func countedPeople(toks []lex.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k].Is("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "scores") {
		return false
	}
	next := toks[k+1]
	return !next.Punct && !next.Is("years", "months", "weeks", "days", "hours", "times", "decades", "of", "more", "others", "and", "or")
}

// dayName reports a weekday or a word of the day: "arrested Monday".
func dayName(w string) bool {
	return weekdayWords[w] || w == "on" || w == "in" || w == "at"
}

// weekdayWords name a day by its name or by its distance from the
// telling.
var weekdayWords = lex.WordSet(`monday tuesday wednesday thursday friday saturday sunday yesterday today`)

// doneAfter reports whether one incident, named by a noun with an
// article, is told as done by the verb of its relative clause: "in a
// protest that closed half of the schools", "the rally, which drew
// thousands".
func doneAfter(toks []lex.Token, i int) bool {
	if i == 0 || plural(toks[i]) || !toks[i-1].Is("a", "an", "the", "this") {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].Is(",") {
		k++
	}
	if k+1 >= len(toks) || !toks[k].Is("that", "which") {
		return false
	}
	w := toks[k+1].Lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") || toks[k+1].Is("drew", "saw", "brought", "began", "took", "went")
}

// doneBefore reports whether a verb of carrying out stands just before
// the noun at i: "conducted two simultaneous attacks", "carried out an
// attack", "launched a rocket attack".
func doneBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		// "conducted a few isolated attacks", "carried out sporadic
		// attacks": attacks counted vaguely are a trend, not an incident.
		if toks[k].Is("few", "isolated", "sporadic", "occasional", "several", "many", "numerous") {
			return false
		}
		if toks[k].Is("conducted", "carried", "launched", "staged", "mounted", "executed") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// instrument reports whether the trigger at i names the means of a deed
// told earlier in the sentence: "destroyed a power transmission tower
// with a blast", "were killed in an IED explosion".
func instrument(toks []lex.Token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && !toks[k].Is("with", "in", "by", "using") {
		k--
	}
	if k < 0 || k < i-3 || !toks[k].Is("with", "in", "by", "using") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].Punct && !toks[j].Is(",", "(", ")") {
			return false
		}
		if happening[toks[j].Lower] {
			return true
		}
	}
	return false
}

// pastVerbNear reports whether a verb of happening stands within six words
// of token i.
func pastVerbNear(toks []lex.Token, i int) bool {
	for k := max(0, i-6); k < len(toks) && k <= i+6; k++ {
		if happening[toks[k].Lower] {
			return true
		}
		// "Gas attack on suburbs kills hundreds": a headline, with no
		// closing stop, tells its deed in the present.
		if toks[k].Is("kills", "kill") && k > i && unstopped(toks) {
			return true
		}
	}
	return false
}

// unstopped reports whether a sentence ends with no full stop, as a
// headline does.
func unstopped(toks []lex.Token) bool {
	return len(toks) > 0 && !toks[len(toks)-1].Is(".", "?", "!")
}

// pastReference reports whether the trigger at i names an earlier incident
// the sentence only refers to: "arrested for their involvement in the
// attack", "wanted in the blast case", "masterminded the bombing".
func pastReference(toks []lex.Token, i int) bool {
	return pastRef(toks, i, true)
}

// takenVerbs are the participles of taking or seizing things that, before
// a noun, name the things by what befell them before.
var takenVerbs = lex.WordSet(`seized looted snatched stolen confiscated recovered captured plundered`)

// takenGoods reports a participle of taking used as an adjective, after
// "of" or a determiner and before a noun: "keep 20% of seized weapons",
// "the handing over of looted weapons", "the confiscated rifles". The
// things were taken before; the sentence is about them, and tells no
// seizure or looting of its own. ("The Taliban seized weapons", "police
// recovered the looted weapons" tell the deed by the verb.)
func takenGoods(toks []lex.Token, i int) bool {
	if !takenVerbs[toks[i].Lower] || i == 0 || i+1 >= len(toks) || toks[i+1].Punct || toks[i+1].Is("by", "from", "in", "at", "on", "during", "and", "or", "to", "with") {
		return false
	}
	return toks[i-1].Is("of", "the", "these", "those", "their", "its", "his", "her", "all")
}

// claimedNew reports a deed a group claims that the text tells for the
// first time: "The BLA claimed responsibility for an attack on a Frontier
// Corps camp in Turbat" reports the attack, as ACLED codes claimed
// attacks; "claimed responsibility for the attack" points back at one
// told before.
func claimedNew(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if lex.HasAt(toks, k, "responsibility", "for") {
			return k+2 < len(toks) && toks[k+2].Is("a", "an") && k+2 < i
		}
	}
	return false
}

// forceOnCrowd reports a trigger of force used on protesters.
func forceOnCrowd(t lex.Token) bool {
	return t.Is("forcibly", "dispersed", "disperse", "tear", "teargas", "baton-charged", "lathi-charged", "water", "rubber",
		"pepper", "detained", "arrested")
}

// courtWords tell of a court at work on what happened before.
var courtWords = lex.WordSet(`sentenced convicted upheld verdict chargesheet charge-sheet chargesheeted acquitted bail hanged
	indicted convict imprisonment remand trial petition petitioner testify testified testimony
	prosecution prosecutor prosecutors confessional`)

// recallWords, in the few words before a trigger, say the deed is recalled
// rather than reported: a charge, an inquiry, grief, a claim of credit, a
// plot prevented. (A set: pastRef asks it of every word before every
// trigger.)
var recallWords = lex.WordSet(`involvement involved accused wanted charges charged connection mastermind
	masterminded plotting planning plotted planned behind responsible anniversary
	memory commemorate commemorating condemned condemn probe investigating investigation
	responsibility credit wake aftermath condemning condemns condoled condolences
	sentenced verdict convicted acquitted trial warrant chargesheet chargesheeted
	blamed blaming blames alleging probing probed investigate investigated inquiry enquiry
	confessed confession recounted owned prevented prevent averted avert foiled foil
	thwarted thwart grief anguish sorrow mourned mourning mourn tribute tributes homage shock
	dismay outrage deplored deplore instigator instigators role sadness saddened
	retaliation avenge avenging revenge protesting fake exception reprisal reprisals`)

// agencyName reports a word of inquiry that is part of an agency's name:
// "the National Investigation Agency (NIA) arrested", "the Terrorism
// Investigation Division", "the Central Bureau of Investigation". The
// agency is the one acting; its name recalls nothing.
func agencyName(toks []lex.Token, k int) bool {
	if k == 0 || !toks[k].Is("investigation", "investigations", "inquiry", "enquiry", "probe") || !capital(toks[k]) {
		return false
	}
	return capital(toks[k-1]) && !toks[k-1].Punct || lex.HasAt(toks, k-2, "bureau", "of")
}

// pastRef is pastReference; chain says whether a noun may inherit the
// reference of a recalled noun before it (asked once, not again for
// that noun, so a run of trigger words costs linear time).
func pastRef(toks []lex.Token, i int, chain bool) bool {
	if armedAccused(toks, i) || claimedNew(toks, i) {
		return false
	}
	if slainTitle(toks, i) || takenGoods(toks, i) {
		return true
	}
	// "ensuring the release of kidnapped citizens", "the families of the
	// abducted workers", "militants freed the kidnapped engineers": the
	// captives named by what befell them are held
	// since before; the news is their release or their kin.
	if toks[i].Is("kidnapped", "abducted") && i+1 < len(toks) && !toks[i+1].Punct && !toks[i+1].Is("by", "from", "on", "in", "at") {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Is("release", "rescue", "recovery", "return", "families", "family", "relatives", "kin", "fate", "whereabouts", "parents") && lex.HasAt(toks, k+1, "of") ||
				toks[k].Is("released", "freed", "rescued", "recovered", "releasing", "freeing", "rescuing") {
				return true
			}
		}
		// "a video message of Ali Haider Gilani, the abducted son of a
		// former prime minister", "an abducted trader was rescued": a
		// captive named by the adjective is one held since before. The
		// nouns after the captive are not the abduction's circumstances
		// ("subjected the abducted women to sexual violence" tells the
		// violence): asked for them (chain false), it recalls nothing.
		if chain && i > 0 && toks[i-1].Is("the", "an", "a", "his", "her", "their", "its") {
			return true
		}
	}
	// "policy statements regarding abduction and targeted killings": a
	// noun after "regarding" names a topic. ("Police on a tip-off
	// regarding militants arrested three" tells the arrest.)
	if nominal(toks[i]) {
		for k := max(0, i-3); k < i; k++ {
			if toks[k].Is("regarding", "concerning") {
				return true
			}
		}
	}
	// "no longer capable of going for concerted attacks", "the capacity
	// to carry out attacks": what a group can do is no deed done.
	for k := max(0, i-6); k < i; k++ {
		if toks[k].Is("capable", "incapable", "capability", "capabilities", "capacity", "ability") {
			return true
		}
	}
	// "the routes closed in retaliation for a NATO air strike": a
	// deed named as the cause of another is told before.
	if lex.HasAt(toks, i, "in", "retaliation", "for") {
		return true
	}
	for k := i - 1; k >= max(0, i-6); k-- {
		// "announced a day of mourning, and traders observed a
		// shutter-down strike": a word of another clause, joined by
		// "and", "while" or "but" or set off by a semicolon, recalls
		// nothing of this one's deed.
		if toks[k].Is(";") || toks[k].Is(",") && lex.HasAt(toks, k+1, "and") || toks[k].Is(",") && k+1 < i && toks[k+1].Is("while", "but", "whereas") {
			break
		}
		// "protesting the killing" recalls the killing; "demonstrators
		// protesting a mine were forcibly removed" tells the force used
		// on them.
		if recallWords[toks[k].Lower] && !(toks[k].Is("protesting") && (forceOnCrowd(toks[i]) || protestersDid(toks, i))) && !agencyName(toks, k) {
			return true
		}
	}
	// "claiming responsibility for the January 2, 2016 airbase attacks",
	// "condemned the Tehreek-e-Taliban Pakistan (TTP) attack": the words
	// that most surely recall an incident reach over a long name, within
	// the clause.
	for k := i - 7; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";", "?", "!") || happening[toks[k].Lower] {
			break
		}
		if toks[k].Is("responsibility", "condemned", "condemning", "condemns", "probing", "investigating", "involvement", "owned",
			"condolences", "condoled") {
			return true
		}
	}
	// "protest against the killing of three militants".
	// Protesters after "against" are the target of force, not a deed
	// recalled: "used pepper spray against protesters".
	if (i > 0 && toks[i-1].Is("against") || i > 1 && toks[i-2].Is("against") && toks[i-1].Is("the")) &&
		!toks[i].Is("protesters", "protestors", "demonstrators", "protest", "protests", "demonstration", "demonstrations", "crowd", "marchers", "rally") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		// "found at the blast site": the place of a known incident. (The
		// encounter site is where the operation the text reports took
		// place.)
		if toks[k].Is("case", "cases", "accused", "convict", "convicts", "probe", "anniversary") || k == i+1 && toks[k].Is("site") && toks[i-1].Is("the") && toks[i].Is("blast", "explosion", "attack", "bombing") {
			return true
		}
	}
	// "the Pune bombing of February 13, 2010", "the serial blasts (July
	// 13, 2011)": an incident named by its date is one the text recalls.
	if i+2 < len(toks) && toks[i+1].Is("of", "(") && (month[toks[i+2].Lower] || i+3 < len(toks) && lex.Digits(toks[i+2].Lower) && month[toks[i+3].Lower]) {
		return true
	}
	// "took part in the killing", "arrested over the killing of three
	// people": the deed is what the news is about.
	// ("took part in a march" is the march.)
	for k := max(0, i-6); k < i && !toks[i].Is("march", "marches", "protest", "protests", "rally", "rallies", "demonstration",
		"demonstrations", "sit-in", "strike", "vigil", "procession"); k++ {
		if toks[k].Is("took", "taken", "taking") && lex.HasAt(toks, k+1, "part", "in") {
			return true
		}
	}
	if i > 1 && toks[i-2].Is("over") && toks[i-1].Is("the") && nominal(toks[i]) {
		return true
	}
	if yearDated(toks, i) || relativeBefore(toks, i) && !relativeProtests[toks[i].Lower] {
		return true
	}
	// "In the wake of the IED blast at Williamnagar on January 9, the
	// Chief Minister held a meeting": the deed that led to what the
	// sentence tells is told before.
	if i < causeClause(toks) {
		return true
	}
	// "relatives of a civilian killed in crossfire last week staged a
	// protest": a participle that qualifies a noun, dated before the
	// news, recalls as a relative clause does.
	if reducedRelative(toks, i) && datedBefore(toks, i) {
		return true
	}
	// "the February 21, 2016, killing of a priest", "the April 17, 2013
	// Malleswaram blast": a date with its year names the incident.
	if namedByDate(toks, i) {
		return true
	}
	// "the Bhopal encounter", "the Uri attack": an incident named by its
	// place is one the reader knows.
	if namedByPlace(toks, i) {
		return true
	}
	// "Police identified the man who planted the bomb", "rescued a trader
	// who was abducted": what the relative clause tells is what the
	// news is about, not the news.
	if newsClause(toks, i) {
		return true
	}
	// "the 2005 bombings", "killed in the 1984 operation": an incident
	// named by its year is one the text recalls.
	for k := max(1, i-3); k < len(toks) && k <= i+3; k++ {
		if k != i && toks[k-1].Is("the") && year(toks[k].Lower) {
			return true
		}
	}
	// "the earlier reported grenade explosion". ("As reported" is only
	// how the source was found.)
	for k := max(1, i-4); k < i; k++ {
		if toks[k].Is("reported") && toks[k-1].Is("earlier", "previously", "already") {
			return true
		}
	}
	if intended(toks, i) {
		return true
	}
	// "after the attack on a convoy in which three jawans were killed",
	// "in the wake of the strike in Dhaka that left 20 dead": the toll of
	// a recalled attack is recalled with it.
	if toks[i].Is("killed", "dead", "lives", "injured", "wounded", "killing", "shot") {
		// "help to the families of 12 jawans who were killed": a family
		// outlives its dead.
		for k := max(0, i-8); k < i; k++ {
			if toks[k].Is("families", "family", "kin", "heirs", "widows") && lex.HasAt(toks, k+1, "of") {
				return true
			}
		}
		// "in which 147 people, most of them children, were killed": an
		// apposition may stand between.
		for k := i - 1; k > 0 && k >= i-12; k-- {
			if !toks[k].Is("which", "that", "wherein", "who") {
				continue
			}
			// "after attack on Army convoy last week in Pampore area of
			// Pulwama District in which three were killed": the place may
			// be named at length.
			for j := k - 1; j >= 0 && j >= k-16; j-- {
				if toks[j].Is("attack", "attacks", "strike", "strikes", "blast", "blasts", "bombing", "bombings",
					"explosion", "explosions", "ambush", "massacre", "shooting", "violence", "incident", "clash", "clashes",
					"encounter", "killing", "killings", "death", "deaths", "murder", "assassination") && pastRef(toks, j, false) {
					return true
				}
			}
			break
		}
	}
	// "after the attack on an army convoy last week", "following an
	// attack that killed 27": the attack is when the news began.
	if toks[i].Is("attack", "attacks") {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Is("after", "following", "since") {
				return true
			}
			if !toks[k].Is("the", "an", "a", "this", "that", "last", "recent", "latest", "militant", "terror", "terrorist", "deadly", "twin") {
				break
			}
		}
	}
	// "A day after nine rebels were killed in an encounter, ...": the
	// clause names the earlier incident the report follows.
	for k := i - 1; k > 0; k-- {
		if toks[k].Punct {
			break
		}
		if toks[k].Is("after") && toks[k-1].Is("day", "days", "week", "weeks", "month", "months", "hours") ||
			k > 1 && lex.HasAt(toks, k-2, "within", "hours", "of") {
			return true
		}
	}
	// "in the wake of the killing of the police chief and a constable in
	// an encounter": the nouns that qualify a recalled incident, with no
	// verb between, are that incident's.
	if chain && nominal(toks[i]) {
		for k := i - 1; k >= 0 && k >= i-14; k-- {
			t := toks[k]
			// "the death of a rebel who was killed in an encounter": the
			// circumstances of a recalled death are recalled with it.
			if t.Is("killed", "dead", "injured", "wounded", "abducted", "kidnapped") && pastRef(toks, k, false) {
				return true
			}
			if t.Is(".", ";", "?", "!", ",") || happening[t.Lower] || !nominal(t) || t.Is("who", "which", "that") {
				break
			}
			if t.Is("killing", "killings", "attack", "attacks", "blast", "blasts", "bombing", "bombings", "explosion",
				"abduction", "kidnapping", "murder", "assassination", "death", "deaths") && pastRef(toks, k, false) {
				return true
			}
		}
	}
	return false
}

// slainTitle reports a word of killing that stands as an adjective before
// a name or a title: "the brother of the slain TTP leader", "son of
// former slain Punjab Governor Salmaan Taseer", "the assassinated
// minister". The death is told long before; the news is elsewhere. ("The
// slain militants were identified as..." names the dead of the incident
// told, and no title follows.)
func slainTitle(toks []lex.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i].Is("slain", "assassinated", "martyred") {
		return false
	}
	if !toks[i-1].Is("the", "former", "late", "his", "her", "their", "its") {
		return false
	}
	next := toks[i+1]
	return capital(next) && !next.Punct || next.Is("leader", "chief", "commander", "governor", "minister", "journalist", "leaders", "commanders", "founder", "head")
}

// namedByDate reports whether the noun at i is named by a full date
// after "the": "the February 21, 2016, killing", "the July 13, 2011 (13/7)
// serial blasts". News tells its own day as "on Monday"; a date that
// stands before the noun as its name marks an incident known before.
func namedByDate(toks []lex.Token, i int) bool {
	if !nominal(toks[i]) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if toks[k].Is(".", ";", "?", "!") || happening[toks[k].Lower] || toks[k].Is("a", "an", "on", "and") {
			return false
		}
		if !year(toks[k].Lower) {
			continue
		}
		// Back from the year over the day and the month to "the".
		j := k - 1
		for j >= 0 && j >= k-4 && (toks[j].Is(",") || lex.Digits(toks[j].Lower) || month[toks[j].Lower]) {
			j--
		}
		// "prime suspect in July 23, 2012, blast": a full date set
		// before the noun names it as surely as "the" would.
		if j >= 0 && j < k-2 && toks[j].Is("in", "of", "for", "over", "behind") && month[toks[j+1].Lower] && lex.Digits(toks[j+2].Lower) {
			return true
		}
		return j >= 0 && j < k-1 && toks[j].Is("the")
	}
	return false
}

// namedByPlace reports whether the noun at i names an incident by its
// place, after "the": "the Bhopal encounter", "the Uri terror attack".
// News of the day names its place after the deed ("an attack in Uri").
func namedByPlace(toks []lex.Token, i int) bool {
	if !toks[i].Is("attack", "attacks", "blast", "blasts", "bombing", "bombings", "encounter", "massacre", "ambush", "explosion", "explosions") {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].Is("terror", "terrorist", "suicide", "serial", "twin", "bomb", "militant", "fidayeen") {
		k--
	}
	if k < 1 || k == i || !toks[k-1].Is("the") {
		return false
	}
	t := toks[k]
	return t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && !month[t.Lower] && !t.Is("the", "a", "an")
}

// newsVerbs tell what was done about an incident: its perpetrators
// arrested, identified or tried. (A hostage rescued or released is news of
// the abduction itself, which goes on until then.)
var newsVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`arrested nabbed apprehended detained held caught identified busted traced recovered
		sentenced convicted acquitted charged named interrogated questioned`) {
		newsVerbs[w] = true
	}
}

// newsClause reports whether the trigger at i stands in a relative clause
// ("who planted the bomb", "that carried out the attacks") whose head is
// the object of a verb that tells what was done about the deed:
// "Police identified the man who planted the explosive", "busted a
// module that carried out the attacks", "rescued a trader who was
// abducted".
func newsClause(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if toks[k].Is(".", ";", "?", "!") {
			return false
		}
		if !toks[k].Is("who", "that", "which", "whom") {
			continue
		}
		// "arrested 15 people who were protesting": a protest under way
		// when the arrest came is the news, the arrest its intervention.
		if k+2 < len(toks) && toks[k+1].Is("were", "was") && strings.HasSuffix(toks[k+2].Lower, "ing") {
			return false
		}
		// "detained dozens of people who tried to march to the square",
		// "arrested 21 residents who had gathered to protest": the
		// people's protest is the news, the arrest its intervention.
		if relativeProtests[toks[i].Lower] && protestVerbOf(toks, k, i) {
			return false
		}
		// A name and its apposition may stand between the verb and the
		// pronoun: "rescued Praful Tiwari, resident of Umrangso in Dima
		// Hasao District, who was abducted".
		for j := k - 1; j >= 0 && j >= k-18; j-- {
			if toks[j].Is(".", ";", "?", "!") {
				return false
			}
			// "A trader identified as Ali, who was abducted" only names
			// the victim.
			if newsVerbs[toks[j].Lower] && !lex.HasAt(toks, j+1, "as") {
				return true
			}
			// "identified the man who planted the bomb on July 13, which
			// killed one": a clause hangs on a clause.
			if happening[toks[j].Lower] {
				return newsClause(toks, j)
			}
		}
		return false
	}
	return false
}

// protestVerbOf reports whether the protest word at i is the verb of the
// relative clause its pronoun at k opens: "who tried to march", "who had
// gathered", "who rallied"; not a noun later in it ("who were taken into
// custody at a sit-in").
func protestVerbOf(toks []lex.Token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		// "who gathered at an unsanctioned rally", "who joined the
		// march": a crowd's verb before the protest it names.
		if toks[j].Is("gathered", "assembled", "converged", "joined", "held", "staged", "join", "hold", "stage") {
			return i-j <= 6
		}
		if !toks[j].Is("had", "have", "has", "been", "were", "was", "tried", "attempted", "sought", "to", "later", "also", "then") {
			return false
		}
	}
	return true
}

// relativeProtests are the protest words that may be the verb, or the
// crowd's verb's object, of a relative clause about people the forces
// arrested or fired on ("detained dozens of people who rallied against the
// deal"): their protest, not a deed recalled.
var relativeProtests = lex.WordSet(`march marched marching rallied rally protest protested protesting demonstrated demonstrating
	demonstration gathered sit-in strike picketed`)

// revision reports whether the text opens with a toll rising: it revises
// the toll of an incident reported before ("The death toll in the Jamrud
// bazaar bombing rose to 21 on Tuesday", or one hurt in it who died of
// the wounds: woundedEarlierDied), and its event is that revision
// (vigil.Event.TollRevision).
func (d *doc) revision() bool {
	// Asked for every hit of the lead (liveHits): read the lead once.
	if d.revised == 0 {
		d.revised = -1
		if len(d.sents) > 0 && (tollUpdate(d.sents[0].Toks) || woundedEarlierDied(d.sents[0].Toks)) {
			d.revised = 1
		}
	}
	return d.revised == 1
}

// woundedEarlierDied reports a sentence that tells one hurt before, named by a
// relative clause, dying of the wounds: "A Levies soldier, who had been
// injured in the roadside blast on August 4, died of his injuries on
// August 9", "a constable who had suffered injuries in the encounter
// succumbed to his injuries". Like a toll that rises, it revises the toll of the incident
// that hurt him, and the deed is that incident's.
func woundedEarlierDied(toks []lex.Token) bool {
	hurt := false
	for k, t := range toks {
		if t.Is("who") && k+3 < len(toks) {
			for j := k + 1; j <= k+3; j++ {
				if toks[j].Is("injured", "wounded", "suffered", "sustained") {
					hurt = true
				}
			}
		}
		if !hurt || !(t.Is("succumbed") && lex.HasAt(toks, k+1, "to") || t.Is("died") && lex.HasAt(toks, k+1, "of")) {
			continue
		}
		if k+3 < len(toks) && toks[k+2].Is("his", "her", "their", "the") && toks[k+3].Is("injuries", "wounds", "injury") {
			return true
		}
	}
	return false
}

// tollUpdate reports whether a sentence tells of a death toll rising:
// "The death toll in the attack on the court rose to 12".
func tollUpdate(toks []lex.Token) bool { return tollRise(toks) >= 0 }

// tollRise returns the token of the verb that tells a toll rising ("the
// death toll rose", "the number of people killed ... rose"), or -1.
func tollRise(toks []lex.Token) int {
	for i, t := range toks {
		if !t.Is("toll") && !(t.Is("number") && lex.HasAt(toks, i+1, "of") && deadWithin(toks, i+2)) {
			continue
		}
		// The incident may be named at length between: "the death toll
		// in the September 30 suicide bombing at an educational centre
		// in Kabul's Dasht-e-Barchi area rose to 53".
		for j := i + 1; j < len(toks) && j <= i+20; j++ {
			if toks[j].Is(".", ";") {
				break
			}
			if toks[j].Is("rose", "risen", "climbed", "mounted", "increased", "jumped") || lex.HasAt(toks, j, "went", "up") {
				return j
			}
		}
	}
	return -1
}

// deadWithin reports whether "dead", "deaths" or "killed" comes within
// three words from i: "the number of (people) killed".
func deadWithin(toks []lex.Token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if toks[k].Is("dead", "deaths", "killed", "fatalities") {
			return true
		}
	}
	return false
}

// intended reports whether the trigger at i is what someone means or was
// sent to do: "assigned territories to conduct bombings", "planning to
// carry out attacks". An armed group's "claimed to attack a convoy" is
// its way of claiming a deed done, and is not.
func intended(toks []lex.Token, i int) bool {
	for k := max(1, i-4); k < i; k++ {
		if !toks[k].Is("to") || toks[k-1].Is("claimed", "claim", "claims", "claiming", "used", "managed", "led", "due") {
			continue
		}
		if k+1 <= i && toks[k+1].Is("conduct", "carry", "launch", "stage", "mount", "execute", "commit", "attack", "target",
			"kill", "abduct", "kidnap", "plant", "trigger", "detonate", "blow", "take") {
			return true
		}
	}
	return false
}

// judicial reports sentences about courts and trials: the incident they
// name happened earlier and is reported elsewhere.
func judicial(toks []lex.Token) bool {
	executed, jail := false, false
	for i, t := range toks {
		// "A death row prisoner was executed in the district jail".
		executed = executed || t.Is("executed")
		jail = jail || t.Is("jail", "jails", "prison", "prisoner", "prisoners", "gallows")
		// Not "court" alone: a blast at a court complex is an incident.
		// Nor prosecutors who only tell of a deed ("..., prosecutors
		// said"), as police do.
		// Nor a prosecutor who is the victim: "gunmen shot dead a
		// prosecutor", "a former prosecutor was shot dead".
		if courtWords[t.Lower] && !(t.Is("prosecutor", "prosecutors") && (i+1 < len(toks) && toks[i+1].Is("said", "say", "says") || lex.HasAt(toks, i+1, "general", "said") || victimBefore(toks, i) || victimAfter(toks, i))) &&
			!onBail(toks, i) && !protestedRuling(toks, i) && !taxonomy.ArrestAtHearing(toks, i) && !petitionHandedIn(toks, i) && !handedToProsecutors(toks, i) && !prosecutorsAfterArrest(toks, i) {
			return true
		}
		// "Defence counsel argued that his clients had been picked up
		// weeks earlier": a lawyer's case in court about what came
		// before. (Not a lawyer who is the victim: "a defence counsel
		// was shot dead".)
		if t.Is("defence", "defense") && lex.HasAt(toks, i+1, "counsel") && !victimBefore(toks, i) && !victimAfter(toks, i+1) {
			return true
		}
		// "The court remanded five suspects": remanded by a court, not
		// "arrested and remanded in custody", where the arrest is news.
		if t.Is("remanded") && slices.ContainsFunc(toks, func(c lex.Token) bool { return c.Is("court", "tribunal", "magistrate", "judge") }) {
			return true
		}
		// "A bench hearing the case", "served a notice": the court is
		// at work on what happened before.
		if t.Is("hearing") && (i > 0 && toks[i-1].Is("the", "a") || lex.HasAt(toks, i+1, "a", "case") || lex.HasAt(toks, i+1, "the", "case") ||
			lex.HasAt(toks, i+1, "a", "petition") || lex.HasAt(toks, i+1, "the", "petition") || lex.HasAt(toks, i+1, "the", "matter")) ||
			lex.HasAt(toks, i, "suo", "motu") || lex.HasAt(toks, i, "served", "a", "notice") || lex.HasAt(toks, i, "served", "notice") {
			return true
		}
		if lex.HasAt(toks, i, "framed", "charges") || lex.HasAt(toks, i, "charges", "against") {
			return true
		}
		// Not "death sentence": armed groups' "people's courts" pass them
		// before the killing they carry out.
		if lex.HasAt(toks, i, "charge", "sheet") || lex.HasAt(toks, i, "charge", "sheeted") || lex.HasAt(toks, i, "death", "penalty") || lex.HasAt(toks, i, "capital", "punishment") {
			return true
		}
	}
	if executed && jail {
		return true
	}
	// "Police have vital information which proves the group's
	// involvement in Friday's violence", "evidence of the state's
	// involvement in the attack": an inquiry's finding, like a trial,
	// is about what happened before.
	involvement, proof := false, false
	for _, t := range toks {
		involvement = involvement || t.Is("involvement", "complicity")
		proof = proof || t.Is("evidence", "proof", "prove", "proves", "proved", "proven", "established", "establishes")
	}
	return involvement && proof
}

// petitionHandedIn reports a petition handed in by a crowd, the verb of
// giving within the two words before it: "nurses marched to the ministry
// and submitted a petition to the minister". A march's petition is no
// court at work; a court that "dismissed a petition" is.
func petitionHandedIn(toks []lex.Token, i int) bool {
	if !toks[i].Is("petition", "petitions") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Is("delivered", "submitted", "handed", "presented", "sent", "signed") {
			return true
		}
	}
	return false
}

// handedToProsecutors reports prosecutors who receive a captive, "to"
// just before them or before their one word of kind: "captured a
// bomb-maker and handed him over to military prosecutors". The capture
// is the news; prosecutors who "charged" someone are a court at work.
func handedToProsecutors(toks []lex.Token, i int) bool {
	if !toks[i].Is("prosecutor", "prosecutors") || i == 0 {
		return false
	}
	return toks[i-1].Is("to") || i > 1 && toks[i-2].Is("to") && !toks[i-1].Punct
}

// prosecutorsAfterArrest reports prosecutors (or "the prosecution") told
// after "and", in a clause after an arrest made in the active: "Security
// forces arrested the lawyer in Cairo and the State Security Prosecution
// ordered his detention for 15 days". The arrest is the news; the
// prosecutors' order is what followed it. ("Prosecutors charged the
// lawyer" alone is a court at work.)
func prosecutorsAfterArrest(toks []lex.Token, i int) bool {
	if !toks[i].Is("prosecutor", "prosecutors", "prosecution") {
		return false
	}
	and := false
	for k := i - 1; k > 0; k-- {
		t := toks[k]
		if t.Is(".", ";") {
			return false
		}
		and = and || t.Is("and")
		if and && t.Is("arrested", "detained", "apprehended") {
			return !toks[k-1].Is("was", "were", "been", "be", "had", "not", "to")
		}
	}
	return false
}

// protestedRuling reports whether the court word at i is what a protest
// is against: "observed a hartal to protest against the verdict".
func protestedRuling(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("the", "a") || !toks[i-2].Is("against", "over") {
		return false
	}
	for k := max(0, i-8); k < i-2; k++ {
		if toks[k].Is("protest", "protests", "protesting", "protested", "hartal", "bandh", "strike", "rally", "demonstration", "demonstrations") {
			return true
		}
	}
	return false
}

// onBail reports "bail" that only says when a man was free: "killed
// soon after his release on bail", "was released on bail last week". The
// court is not at work in the sentence.
func onBail(toks []lex.Token, i int) bool {
	if !toks[i].Is("bail") || i < 2 || !toks[i-1].Is("on") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if toks[k].Is("release", "released", "out") {
			return true
		}
	}
	return false
}

// victimBefore reports a verb of violence done to the person named at i,
// a few words before: "shot dead a prosecutor", "killed two judges".
func victimBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		// "..., killing a prosecutor and his driver": the deed's
		// participle names its victim as the verb does.
		if toks[k].Is("dead", "killed", "shot", "abducted", "kidnapped", "injured", "wounded", "stabbed", "attacked", "murdered", "assassinated",
			"killing", "injuring", "wounding", "targeting", "targeted") {
			return true
		}
	}
	return false
}

// victimAfter reports the person named at i as the subject of a passive
// verb of violence a few words on: "a former prosecutor of the republic was
// shot dead", "two prosecutors were wounded".
func victimAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks)-1 && k <= i+7; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("was", "were") {
			return toks[k+1].Is("shot", "killed", "wounded", "injured", "abducted", "kidnapped", "stabbed", "attacked", "murdered", "assassinated", "gunned")
		}
	}
	return false
}

// year reports whether w is a year of the last two centuries ("1984").
func year(w string) bool {
	return len(w) == 4 && lex.Digits(w) && (w[:2] == "19" || w[:2] == "20")
}

// month holds the month names that open a date.
var month = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// background reports sentences that name past campaigns or speak in
// general terms: "military operations such as Zarb-e-Azb", "in recent
// years", "18 years ago".
func background(toks []lex.Token) bool {
	for i := range toks {
		if lex.HasAt(toks, i, "such", "as") || lex.HasAt(toks, i, "in", "recent", "years") ||
			lex.HasAt(toks, i, "over", "the", "years") || lex.HasAt(toks, i, "in", "the", "past") && !pastFewDays(toks, i+3) ||
			lex.HasAt(toks, i, "over", "the", "past") && !pastFewDays(toks, i+3) {
			return true
		}
		if toks[i].Is("years", "decades", "months") && i+1 < len(toks) && toks[i+1].Is("ago", "earlier", "before") && !relicBefore(toks, i) {
			return true
		}
		// "over a year ago", "on June 11 last year", "in August last
		// year".
		if lex.HasAt(toks, i, "a", "year", "ago") || i > 1 && lex.HasAt(toks, i, "last", "year") && lex.Digits(toks[i-1].Lower) && month[toks[i-2].Lower] ||
			i > 0 && lex.HasAt(toks, i, "last", "year") && month[toks[i-1].Lower] {
			return true
		}
	}
	return false
}

// pastFewDays reports a span of days at k, after "in the past": "ten
// days", "24 hours", "week". Such a span tells of news just gone, not of
// background.
func pastFewDays(toks []lex.Token, k int) bool {
	if k < len(toks) && toks[k].Is("week", "day") {
		return true
	}
	if k+1 >= len(toks) || !toks[k+1].Is("days", "hours") {
		return false
	}
	if toks[k].Is("few") {
		return true
	}
	q, ok := lex.QuantityAt(toks, k)
	return ok && q.Last == k && !q.Vague && q.Value >= 1 && q.Value <= 72
}

// relicBefore reports a span of time that dates a thing left behind, not
// the deed the sentence tells: "a pressure IED planted by Maoists years
// ago went off", "a mine laid decades ago exploded". The span ends at i
// and qualifies a participle a few words before it, or the pluperfect of a
// relative clause that tells of a person or a thing.
func relicBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Punct {
			return false
		}
		if k >= i-5 && toks[k].Is("planted", "laid", "buried", "left", "placed", "abandoned", "dropped") {
			return true
		}
		// "the bodies of two men who had gone missing months earlier
		// were found", "a villager, who had surrendered before the
		// Police two years ago, at Palnar": the span dates the relative
		// clause, not the deed.
		if toks[k].Is("had") && k > 0 && toks[k-1].Is("who", "which", "that") {
			return true
		}
	}
	return false
}

// duration reports whether the trigger at i is counted in a span of
// time, "months of protests", "years of fighting": a campaign, not an
// incident.
func duration(toks []lex.Token, i int) bool {
	// "months of anti-government protests": a word or two may qualify
	// the trigger.
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("of") {
			return toks[k-1].Is("weeks", "months", "years", "decades")
		}
	}
	return false
}

// history reports whether sentence i dates what it tells to a year at
// least two years before the text's own time, the publication date or,
// failing that, the latest date the text gives: "he was shot down over
// Hanoi in 1967". Without either nothing is history.
func (d *doc) history(i int) bool {
	// The sentence's earliest year first: most sentences give none, and
	// then the text's dates need not be read.
	earliest := 0
	toks := d.sents[i].Toks
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].Is("in") {
			continue
		}
		w := toks[k+1].Lower
		if w == "the" && k+2 < len(toks) {
			w = toks[k+2].Lower
		}
		// "in September 2014": a month with its year dates the deed as
		// surely as the year alone.
		if month[w] && k+2 < len(toks) {
			w = toks[k+2].Lower
		}
		if year(w) && (earliest == 0 || atoi(w) < earliest) && !pastPerfectClause(toks, k) {
			earliest = atoi(w)
		}
	}
	if earliest == 0 {
		return false
	}
	ref := 0
	if !d.published.IsZero() {
		ref = d.published.Year()
	} else {
		for _, m := range d.datesGiven() {
			ref = max(ref, m.Date.Year())
		}
	}
	return ref != 0 && earliest <= ref-2 && !d.hasDay(i)
}

// pastPerfectClause reports whether token k lies in a relative clause told
// in the past perfect ("a DRG jawan, who had surrendered as a Maoist in
// 2016, was hacked to death", "in the area where 25 personnel had been
// killed in April 2017"): the clause tells the past of a person or place,
// and its year does not date the sentence's own deed.
func pastPerfectClause(toks []lex.Token, k int) bool {
	had := false
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		switch {
		case toks[j].Punct:
			return false
		case toks[j].Is("had"):
			had = true
		case toks[j].Is("who", "whom", "where", "which"):
			return had
		}
	}
	return false
}

// continuesHistory reports whether sentence i goes on about the incident
// the sentence before recalls as history, naming it again with "the" and
// giving no day of its own: "... ordering the army in 2007 to storm the
// mosque. The operation left more than 100 people dead."
func (d *doc) continuesHistory(i int) bool {
	if i == 0 || d.sents[i].Para != d.sents[i-1].Para {
		return false
	}
	toks := d.sents[i].Toks
	if len(toks) < 2 || !toks[0].Is("the", "this", "that") {
		return false
	}
	for _, h := range d.hits[i] {
		if h.Token <= 3 && nominal(toks[h.Token]) {
			prev := d.sents[i-1].Toks
			return (background(prev) || d.history(i-1)) && !d.hasDay(i)
		}
	}
	return false
}

// atoi reads a number written in digits.
func atoi(w string) int {
	n := 0
	for _, r := range w {
		n = n*10 + int(r-'0')
	}
	return n
}

// newIncident reports whether sentence i opens a report of a different
// incident than the one before: "In another incident", "Separately",
// "Meanwhile", "Elsewhere".
func newIncident(toks []lex.Token) bool {
	for i := 0; i < len(toks) && i < 6; i++ {
		if lex.HasAt(toks, i, "another", "incident") || lex.HasAt(toks, i, "separate", "incident") ||
			lex.HasAt(toks, i, "another", "attack") || lex.HasAt(toks, i, "similar", "incident") ||
			lex.HasAt(toks, i, "another", "blast") || lex.HasAt(toks, i, "another", "explosion") ||
			lex.HasAt(toks, i, "a", "separate") || lex.HasAt(toks, i, "another", "clash") ||
			lex.HasAt(toks, i, "another", "encounter") {
			return true
		}
	}
	// "The same day, militants also fired rockets at an FC camp": a
	// second deed of the day, told as such.
	for i := 0; i < len(toks) && i < 3; i++ {
		if lex.HasAt(toks, i, "the", "same", "day") || lex.HasAt(toks, i, "later", "that", "day") {
			return true
		}
	}
	// "Also on Sunday, militants hurled a grenade at the police
	// station": a further deed of the day, told apart by its opening.
	// (A bare "Also," may go on with the deed told before.)
	if lex.HasAt(toks, 0, "also", "on") && len(toks) > 2 && (weekdayWords[toks[2].Lower] || month[toks[2].Lower]) {
		return true
	}
	if len(toks) > 0 && toks[0].Is("separately", "meanwhile", "elsewhere", "similarly", "earlier", "also", "separately,") {
		return toks[0].Is("separately", "meanwhile", "elsewhere", "similarly")
	}
	return false
}

// nextCounted reports a sentence that opens on the next of the deeds a
// lead counted: "In the second operation, in Datta Khel, three terrorists
// were killed", "The third blast went off near the bazaar". ("It was the
// second attack on a policeman this month" counts the deed told, and
// opens nothing.)
func nextCounted(toks []lex.Token) bool {
	k := 0
	if len(toks) > 3 && toks[0].Is("in") {
		k = 1
	}
	return k+2 < len(toks) && toks[k].Is("the") && toks[k+1].Is("second", "third", "fourth", "fifth", "other", "latter") &&
		toks[k+2].Is("operation", "attack", "incident", "raid", "encounter", "clash", "blast", "explosion", "ambush", "strike", "engagement", "gunfight", "shootout")
}

// nextRoundUpPlace reports whether sentence i, after a round-up lead's
// parts began, tells a death toll of its own in a place the lead names
// and the current group does not: "... in three separate operations in
// Tank, Khyber and Bannu districts ... Security forces also killed two
// terrorists in the Janikhel area of Bannu district" is the third
// operation, though told without "In Bannu," or "In the third".
func (d *doc) nextRoundUpPlace(group []int, i int) bool {
	if !slices.ContainsFunc(d.figs[i], func(f casualties.Figure) bool {
		return f.Kind == casualties.Killed && !f.Negated && f.Count > 0
	}) {
		return false
	}
	s := d.sents[i]
	lead := strings.ToLower(d.text[d.sents[0].Start:d.sents[0].End])
	for _, m := range d.placesWithin(s.Start, s.End) {
		name := strings.ToLower(m.Text)
		if m.Demonym || !strings.Contains(lead, name) {
			continue
		}
		named := false
		for _, g := range group {
			if strings.Contains(strings.ToLower(d.text[d.sents[g].Start:d.sents[g].End]), name) {
				named = true
				break
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// partInNewPlace reports whether sentence i, opening a paragraph of a
// round-up's parts, tells a deed in a place none of the parts told so far
// names: "... targeted in three towns of Kech district within hours on
// Thursday. [Tump ...] Hours later, armed men attacked an army post in
// Hoshab ... In the evening, a grenade was hurled at the house of a local
// leader in Turbat's Absar area" is the third town's deed, though it opens
// on its hour rather than its place. The lead's own group (its dateline
// may name the town) is not a part. Weapons recovered are no deed.
func (d *doc) partInNewPlace(groups [][]int, i int) bool {
	if d.sents[i-1].Para == d.sents[i].Para || !slices.ContainsFunc(d.liveHits(i), func(h taxonomy.Hit) bool {
		return !h.Item && taxonomy.Violent(h.Cue)
	}) {
		return false
	}
	s := d.sents[i]
	for _, m := range d.placesWithin(s.Start, s.End) {
		if m.Demonym {
			continue
		}
		name := strings.ToLower(m.Text)
		named := false
		for _, g := range groups {
			if g[0] == 0 {
				continue
			}
			for _, j := range g {
				if strings.Contains(strings.ToLower(d.text[d.sents[j].Start:d.sents[j].End]), name) {
					named = true
					break
				}
			}
			if named {
				break
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// ofAllParts reports a sentence that speaks of a round-up's deeds
// together ("the attacks", "these incidents", "all four attacks") and
// names no place of its own.
func (d *doc) ofAllParts(i int) bool {
	s := d.sents[i]
	all := false
	for k := 0; k+1 < len(s.Toks); k++ {
		if s.Toks[k].Is("the", "these", "those", "all") && summedNouns[s.Toks[k+1].Lower] {
			all = true
			break
		}
	}
	if !all {
		return false
	}
	return !slices.ContainsFunc(d.placesWithin(s.Start, s.End), func(m places.Match) bool { return !m.Demonym })
}

// nextElided reports a paragraph opening on the next of the deeds a
// round-up lead counted, its noun left out: "In the second, security
// forces intercepted a group of terrorists". ("In the second half of the
// year" names no deed.)
func nextElided(toks []lex.Token) bool {
	return len(toks) > 4 && toks[0].Is("in") && toks[1].Is("the") && toks[2].Is("second", "third", "fourth", "latter") && toks[3].Is(",")
}

// segment groups the sentences that report incidents into events: a
// sentence joins the current event unless it opens a new incident, so a
// toll restated later in the text stays one event.
func (d *doc) segment(x *Extractor) (groups [][]int) {
	defer func() {
		d.leads = map[int]bool{}
		for _, g := range groups {
			d.leads[g[0]] = true
		}
	}()
	quiet := d.quietLead(x)
	sequel := -1       // the group a later deed of another kind opened
	stats := false     // the sentence before states or continues a statistic
	opened := false    // a sentence after the lead opened an incident
	recalledPara := -1 // the paragraph of the deed last recalled (see recalledDay)
	roundUp := len(d.sents) > 0 && roundUpLead(d.sents[0].Toks)
	// recalledLast says the last sentence that told a deed recalled it.
	recalledLast := false
	partPara := -1 // the paragraph a counted next deed opened with no violence of its own (see nextCounted)
	for i := range d.sents {
		// "At least 1,210 policemen have been killed since 2006. In
		// Bannu, 120 have lost their lives": a statistic goes on in the
		// perfect tense, and its parts are no incidents either.
		stats = d.claimSent[i] || stats && i > 0 && d.sents[i].Para == d.sents[i-1].Para && perfectToll(d.sents[i].Toks) && !d.hasDay(i) ||
			stats && i > 0 && countedDeedsToll(d.sents[i].Toks) && !d.hasDay(i) ||
			stats && i > 0 && perfectArrests(d.sents[i].Toks) && !d.hasDay(i)
		// "This was the third such attack this month, in which seven
		// policemen have been killed": after the lead, a toll in the
		// perfect over a running period is the period's, not the
		// incident's.
		stats = stats || i > 0 && perfectToll(d.sents[i].Toks) && runningPeriod(d.sents[i].Toks) && !d.hasDay(i)
		if stats {
			continue
		}
		reports := d.reports(i)
		// A deed dated well before the news, in a later paragraph, is
		// recalled, and so is what the sentences after it in its
		// paragraph tell of it with no date of their own. Like a
		// statistic, such a sentence gives no event its toll, date or
		// place.
		if i > 0 && d.sents[i].Para != d.sents[0].Para {
			// "The bombing on March 4, 2022 killed 63 worshippers ...
			// \"My brother and two cousins were killed that day\"": a
			// deed dated only by "that day" after a recalled deed is of
			// the recalled day. Under a lead that reports no incident (a
			// verdict, a statement), before any incident is opened, an
			// undated deed after a recalled one tells more of it: "The
			// attacker shot dead two policemen guarding the entrance".
			if recalledPara == d.sents[i].Para && !newIncident(d.sents[i].Toks) && d.deedDate(i) == nil ||
				reports && (d.recalledDay(groups, i) || cameDaysAfter(d.sents[i].Toks) || recalledLast && d.deedDate(i) == nil && (thatDay(d.sents[i].Toks) || len(groups) == 0 && quiet != leadViolence)) {
				recalledPara = d.sents[i].Para
				recalledLast = true
				d.claimSent[i] = true
				continue
			}
			if reports {
				recalledPara = -1
				recalledLast = false
			}
		}
		if !reports {
			// "In the second, security forces intercepted a group of
			// terrorists. Three terrorists were killed in the exchange
			// of fire.": the next deed a lead counted, opened by a
			// sentence that reports no violence itself, begins with the
			// paragraph's first sentence that does.
			if i > 0 && d.sents[i].Para != d.sents[0].Para && (nextCounted(d.sents[i].Toks) || roundUp && nextElided(d.sents[i].Toks)) {
				partPara = d.sents[i].Para
			}
			// "In the Keran sector of Kupwara, troops noticed suspicious
			// movement ... In the ensuing firefight, one infiltrator was
			// killed": a paragraph that opens on the place of the second
			// deed a lead told apart tells that deed from its first
			// sentence that reports violence.
			if len(groups) > 0 && d.opensOnSecondPlace(groups[len(groups)-1], i) {
				partPara = d.sents[i].Para
			}
			continue
		}
		// Under a lead that tells of an arrest, a surrender, a court case
		// or a statement, later violence in the lead's paragraph is
		// background until a sentence opens an incident of its own (see
		// background); from then on sentences group as usual.
		if i > 0 && (!opened || len(groups) > 0 && groups[0][0] == 0) && d.background(x, quiet, i) {
			continue
		}
		// A claim of responsibility is news about an attack reported
		// before, not a report of it.
		if i == 0 && quiet == leadCredit {
			continue
		}
		// "The CTD on Monday arrested two facilitators of the bomber who
		// attacked a bus last month. ... The bus attack had killed nine
		// passengers": under a lead of arrests, a deed told in the
		// pluperfect with no day of its own is the one the suspects are
		// held for, told again.
		if i > 0 && quiet == leadNews && d.sents[i].Para != d.sents[0].Para && pluperfectDeed(d.sents[i].Toks, d.hits[i]) && !d.hasDay(i) {
			continue
		}
		// "The BLA's spokesman claimed the attacks in a statement, and
		// claimed that dozens of personnel had been killed": after a
		// round-up's parts, a paragraph that speaks of all its deeds at
		// once, naming no place, tells none of them.
		if roundUp && len(groups) >= 2 && d.sents[i].Para != d.sents[i-1].Para && d.ofAllParts(i) {
			continue
		}
		// Under a lead that names no violence, a seizure or an arrest
		// told later does not end the background.
		opened = opened || quiet != leadOther || namesViolence(d.liveHits(i))
		// A toll rising is the toll of the incident told before, whatever
		// day it is told on. Under a lead that revises a toll, the
		// sentences that tell the incident again, on its own day, are
		// that incident's too.
		// "In Manipur, a bomb exploded near a minister's house": a
		// sentence that opens on a place the event has not named moves
		// to another incident, as "In another incident" does.
		// "A bomb went off near a police van. Soon after, gunmen opened
		// fire on the policemen": gunfire that followed a blast is an
		// attack of another kind, coded beside the blast.
		sequelOpens := len(groups) > 0 && (d.gunfireAfterBlast(groups[len(groups)-1], i) || d.laterDeed(groups[len(groups)-1], i) ||
			d.protestOverDeed(groups[len(groups)-1], i) || d.laterOperation(groups[len(groups)-1], i))
		// Under a lead that sums separate incidents, the first deed a
		// later paragraph tells is the first of them, not the lead's.
		// An article tells the next of the deeds its lead counted in a
		// paragraph of its own; a summary's "the second blast" goes on
		// with the one event it codes.
		partOfRoundUp := roundUp && len(groups) == 1 && groups[0][0] == 0 && d.sents[i].Para != d.sents[0].Para
		nextPart := d.sents[i].Para != d.sents[0].Para && (nextCounted(d.sents[i].Toks) || roundUp && nextElided(d.sents[i].Toks) || partPara == d.sents[i].Para ||
			roundUp && len(groups) >= 2 && (d.nextRoundUpPlace(groups[len(groups)-1], i) || d.partInNewPlace(groups, i)))
		if partPara == d.sents[i].Para {
			partPara = -1 // the deed opened; the paragraph's next sentences tell more of it
		}
		fresh := newIncident(d.sents[i].Toks) || sequelOpens || partOfRoundUp || nextPart || len(groups) > 0 &&
			(d.movesElsewhere(groups[len(groups)-1], i) ||
				quiet == leadNews && len(groups) == 1 && groups[0][0] == 0 && d.fightEnsued(i))
		if len(groups) > 0 && (tollUpdate(d.sents[i].Toks) ||
			len(groups) == 1 && d.revision() && !fresh && !d.differentDistrict(x, groups[0], i)) {
			groups[len(groups)-1] = append(groups[len(groups)-1], i)
			continue
		}
		// "SFs recovered the bodies of three cadres on July 14 ... the
		// three were killed on July 13": people counted before, named
		// again by a definite count, are the same incident's whatever
		// day it gives.
		if len(groups) > 0 && !fresh && d.restatesCount(groups[len(groups)-1], i) {
			groups[len(groups)-1] = append(groups[len(groups)-1], i)
			continue
		}
		// "The attack took place late on Monday near Mangochar", "The
		// explosion was caused by a device planted under the track": a
		// sentence that opens on the deed told before, named with "the",
		// tells more of it, whatever day or place it gives.
		if len(groups) > 0 && !fresh && (d.opensOnKnownDeed(i) || d.arrestToldAgain(groups[len(groups)-1], i) || d.namesKnownDeed(groups[len(groups)-1], i)) {
			groups[len(groups)-1] = append(groups[len(groups)-1], i)
			continue
		}
		if len(groups) == 0 || fresh || d.differentDay(groups[len(groups)-1], i) ||
			d.differentDistrict(x, groups[len(groups)-1], i) {
			groups = append(groups, d.openGroup(i, groups))
			if sequelOpens {
				sequel = len(groups) - 1
			}
			continue
		}
		// "Following the blast, armed men opened fire. Two soldiers lost
		// their lives in the blast, a spokesman said": after the sequel,
		// a sentence that names only the first deed's kind tells that
		// deed again, and its toll is that deed's.
		if n := len(groups); sequel == n-1 && n >= 2 && d.tellsAgain(groups[n-2], groups[n-1], i) {
			groups[n-2] = append(groups[n-2], i)
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], i)
	}
	// "Three policemen and a civilian were martyred in separate incidents
	// across the province on Saturday. In Lakki Marwat, ... In Bajaur,
	// ...": the lead's toll is the sum of the incidents its later
	// paragraphs tell one by one, each an event; the sum is none.
	if roundUp && len(groups) >= 3 && groups[0][0] == 0 && d.sents[groups[0][len(groups[0])-1]].Para == d.sents[0].Para &&
		d.sents[groups[1][0]].Para != d.sents[0].Para {
		groups = groups[1:]
	}
	// "Six Maoists were killed in two encounters in Chhattisgarh. In
	// Bijapur District, four ... In Sukma District, two ...": a lead
	// that counts its incidents, told by a sentence of its own, whose
	// toll the later events add up to side by side, is their sum, no
	// event of its own, in a summary of one paragraph as in an article.
	if len(groups) >= 3 && len(groups[0]) == 1 && groups[0][0] == 0 && countedIncidents(d.sents[0].Toks) && d.sumOf(groups[0], groups[1:]) {
		groups = groups[1:]
	}
	return groups
}

// protestNouns name protests held in other towns: "Similar protests were
// held in Khuzdar, Turbat and Gwadar".
var protestNouns = lex.WordSet(`protests demonstrations rallies sit-ins marches vigils strikes`)

// heldAlsoAt returns the token after "in" when sentence toks tells protests
// like the one before held in other places: "Similar protests were held
// in Khuzdar, Turbat and Gwadar", "Protests were also staged in Turbat".
// ACLED codes one protest event per town.
func heldAlsoAt(toks []lex.Token) (int, bool) {
	k := 0
	similar := len(toks) > 0 && toks[0].Is("similar", "such")
	if similar {
		k++
	}
	if k+3 >= len(toks) || !protestNouns[toks[k].Lower] || !toks[k+1].Is("were") {
		return 0, false
	}
	k += 2
	also := toks[k].Is("also")
	if also {
		k++
	}
	if !similar && !also || k+1 >= len(toks) || !toks[k].Is("held", "staged", "organised", "organized", "observed") || !toks[k+1].Is("in") {
		return 0, false
	}
	return k + 2, true
}

// similarApart takes out of group the sentences that tell protests like
// its own held in other places (heldAlsoAt) and name them, and returns
// them apart: each place is a protest of its own (see heldAlsoIn), and
// their names are not the group's place. A group that opens on such a
// sentence is left whole.
func (d *doc) similarApart(group []int) ([]int, []int) {
	var own, similar []int
	for k, i := range group {
		if at, ok := heldAlsoAt(d.sents[i].Toks); ok && k > 0 && len(d.placesWithin(d.sents[i].Toks[at].Start, d.sents[i].End)) > 0 {
			similar = append(similar, i)
			continue
		}
		own = append(own, i)
	}
	if len(similar) == 0 {
		return group, nil
	}
	return own, similar
}

// countedDeedsToll reports a sentence giving the toll of the deeds a
// statistic before it counted, named again in the plural: "Pakistan
// witnessed 94 militant attacks in November ... The think tank said the
// attacks killed 187 people", "the attacks resulted in 150 deaths" is the
// month's toll, not an incident's.
func countedDeedsToll(toks []lex.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Is("the", "these", "those") && summedNouns[toks[i+1].Lower] &&
			toks[i+2].Is("killed", "left", "claimed", "injured", "wounded", "caused", "resulted") {
			return true
		}
	}
	return false
}

// perfectArrests reports arrests told in the perfect: "He said the police
// had arrested 312 terrorist associates", "have detained 40 suspects".
// After a statistic, with no day of their own, they are the period's
// count, not an arrest made that day.
func perfectArrests(toks []lex.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Is("had", "have", "has") && toks[k+1].Is("arrested", "detained", "apprehended", "held") {
			return true
		}
	}
	return false
}

// countedIncidents reports a sentence that counts the incidents it sums:
// "in two encounters", "in three separate attacks".
func countedIncidents(toks []lex.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is("in") {
			continue
		}
		n, last, ok := lex.NumberAt(toks, i+1)
		if !ok || n < 2 || n > 20 {
			continue
		}
		next := last + 1
		if next < len(toks) && toks[next].Is("separate") {
			next++
		}
		if next < len(toks) && summedNouns[toks[next].Lower] {
			return true
		}
	}
	return false
}

// sumOf reports whether the lead group's killed and injured, side by
// side, are the sums of the other groups' (each counted once, by its
// largest figure of each kind and side): the lead sums what it names,
// and the later events may tell more ("in which three commandos were
// injured").
func (d *doc) sumOf(lead []int, rest [][]int) bool {
	type key struct{ kind, category string }
	largest := func(group []int) map[key]int {
		m := map[key]int{}
		for _, g := range group {
			for _, f := range d.figs[g] {
				if f.Vague || f.Negated || f.Count <= 0 || f.Kind != casualties.Killed && f.Kind != casualties.Injured {
					continue
				}
				k := key{f.Kind, f.Category}
				m[k] = max(m[k], f.Count)
			}
		}
		return m
	}
	want := largest(lead)
	if len(want) == 0 {
		return false
	}
	got := map[key]int{}
	for _, g := range rest {
		for k, n := range largest(g) {
			got[k] += n
		}
	}
	for k, n := range want {
		if got[k] != n {
			return false
		}
	}
	return true
}

// summedNouns name the incidents a lead sums: "in separate attacks",
// "in two encounters".
var summedNouns = lex.WordSet(`incidents attacks operations raids clashes encounters blasts explosions ambushes strikes
	shootings killings`)

// roundUpLead reports a lead that sums separate incidents: "killed in
// separate incidents", "in two separate operations", "in separate
// attacks across the province".
func roundUpLead(toks []lex.Token) bool {
	if countedPlaces(toks) || countedAttacks(toks) {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is("separate") {
			continue
		}
		// "in two separate intelligence-based operations": up to two
		// modifiers in small letters between.
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if summedNouns[toks[k].Lower] {
				return true
			}
			if toks[k].Punct || capital(toks[k]) {
				break
			}
		}
	}
	return false
}

// placeNouns name the places a lead counts its deeds in: "in three
// districts", "in four towns".
var placeNouns = lex.WordSet(`districts towns cities provinces tehsils`)

// countedPlaces reports a lead that counts the places of the deeds it sums:
// "Militants attacked the police in three districts of southern Khyber
// Pakhtunkhwa on Monday night", "coordinated attacks in at least four
// districts of Balochistan". Its later paragraphs tell the deeds place by
// place ("In Bannu, ...", "In the Pezu area of Lakki Marwat, ..."), as
// those of a lead that sums "separate incidents" do.
func countedPlaces(toks []lex.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].Is("in") {
			continue
		}
		k := i + 1
		if lex.HasAt(toks, k, "at", "least") {
			k += 2
		}
		n, last, ok := lex.NumberAt(toks, k)
		if ok && n >= 2 && n <= 20 && last+1 < len(toks) && placeNouns[toks[last+1].Lower] {
			return true
		}
	}
	return false
}

// countedAttacks reports a lead that counts three or more attacks or
// incidents it sums: "Militants carried out four attacks in the Makran
// division on Monday", "five incidents of violence". (Two blasts may be
// one attack told twice; a lead's "two attacks" needs "separate". "In one
// of three attacks reported" tells one deed of the three, not their sum.)
func countedAttacks(toks []lex.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		n, last, ok := lex.NumberAt(toks, i)
		if !ok || n < 3 || n > 20 || last+1 >= len(toks) || i > 0 && toks[i-1].Is("of") {
			continue
		}
		next := last + 1
		if toks[next].Is("separate", "coordinated", "different") && next+1 < len(toks) {
			next++
		}
		if toks[next].Is("attacks", "incidents") {
			return true
		}
		i = last
	}
	return false
}

// tellsAgain reports whether sentence i names deeds only of the kinds the
// earlier group tells and none of the later group's: the blast told
// again after the gunfire that followed it.
func (d *doc) tellsAgain(earlier, later []int, i int) bool {
	mine := d.deedKinds(i)
	if mine == 0 {
		return false
	}
	var before, after uint32
	for _, g := range earlier {
		before |= d.deedKinds(g)
	}
	for _, g := range later {
		after |= d.deedKinds(g)
	}
	return mine&^before == 0 && mine&after == 0
}

// gunfireAfterBlast reports whether sentence i tells a fight that came
// after the group's blast: the group names an explosive, a grenade, a
// suicide bomber or rockets and shells and no gunfire, and sentence i names a gunfight, an
// exchange of fire or fire returned, with a word of sequence ("then",
// "soon after", "after the explosion", "followed").
func (d *doc) gunfireAfterBlast(group []int, i int) bool {
	toks := d.sents[i].Toks
	fire := -1
	for _, h := range d.liveHits(i) {
		// A fight, not shots: "the Maoists then fired on the survivors"
		// goes on with the ambush the blast began. Nor a search: "Soon
		// after the explosion, a combing operation was launched".
		// Shots by attackers the sentence brings in anew ("Unidentified
		// gunmen then opened fire on villagers who rushed to the spot")
		// are a deed of their own.
		if !h.Item && (h.Cue == taxonomy.CueClash && !operationWord(toks[h.Token]) || h.Cue == taxonomy.CueRetaliation ||
			h.Cue == taxonomy.CueFiring && (afterBlast(toks) || newAttackers(toks, h.Token))) {
			fire = h.Token
			break
		}
	}
	if fire < 0 || !sequel(toks, fire) {
		return false
	}
	blast := false
	for _, g := range group {
		hits := d.liveHits(g)
		for _, h := range hits {
			switch h.Cue {
			case taxonomy.CueFiring:
				// "fired seven rockets": the verb of the shelling.
				if !firedShells(hits, h) {
					return false
				}
			case taxonomy.CueClash, taxonomy.CueRetaliation:
				return false
			case taxonomy.CueExplosive, taxonomy.CueGrenade, taxonomy.CueSuicide:
				blast = blast || !h.Item
			case taxonomy.CueShelling:
				// Rockets or shells fired from afar, then a fight ("The
				// rocket attack was followed by an exchange of fire"),
				// are two deeds as a blast and a fight are; "teargas
				// shelling" on a crowd is none.
				blast = blast || !h.Item && !(h.Token > 0 && d.sents[g].Toks[h.Token-1].Is("teargas", "tear-gas", "gas"))
			}
		}
	}
	return blast
}

// laterDeed reports whether sentence i tells, by a phrase of later time
// and without a date of its own, a deed of another kind than the group's:
// "Later in the day, troops killed three militants in an exchange of fire"
// after a roadside blast, "Hours later, a bomb exploded near the DSP's
// vehicle" after a shooting, "Members of the community staged a protest
// the next day" after an abduction. A death told later of the same means
// ("two of the injured died the next day") names no other kind and stays
// with its incident, as does a bare "Later," (the rescue, the search, the
// toll that followed) unless a crowd's deed follows it: "Later, angry
// villagers beat up a suspected Maoist" after a shooting is a mob's
// violence of its own, done by other hands.
func (d *doc) laterDeed(group []int, i int) bool {
	toks := d.sents[i].Toks
	bare := len(toks) > 1 && toks[0].Is("later") && toks[1].Text == ","
	if !bare && !laterTime(toks) || d.hasDay(i) {
		return false
	}
	// "One soldier was killed and two went missing; their bodies were
	// found the next day": the later time is of its own clause, and the
	// deeds of the clauses before it stay with the incident.
	from := 0
	if at := laterTimeAt(toks); at > 0 {
		for k := at - 1; k >= 0; k-- {
			if toks[k].Is(";") {
				from = k + 1
				break
			}
		}
	}
	mine := d.deedKindsFrom(i, from)
	if bare && !laterTime(toks) {
		mine &= 32 // a crowd's deed alone
	}
	if mine == 0 || saidFirst(toks) {
		return false
	}
	var theirs uint32
	for _, g := range group {
		theirs |= d.deedKinds(g)
	}
	return mine&^theirs != 0
}

// laterOperation reports a sentence that tells a state force's operation
// of a later day after an incident that was no operation: "Forces launched
// a clearance operation in the area the following day and said five
// militants were killed", "The next day security forces said they had
// killed four of the attackers in a search operation". ACLED codes the
// operation as an event of its own; its dead are not the incident's.
// ("Two of the injured died the next day" names no operation.)
func (d *doc) laterOperation(group []int, i int) bool {
	toks := d.sents[i].Toks
	if !laterTime(toks) || d.hasDay(i) {
		return false
	}
	op, force := false, false
	for k, t := range toks {
		// "in an operation", "a clearance operation"; not "the
		// operation" told before.
		op = op || t.Is("operation", "operations") && k > 0 && toks[k-1].Is("clearance", "search", "combing", "sanitisation", "sanitization", "follow-up", "cordon", "an")
		force = force || t.Is("forces", "troops", "soldiers", "army", "police", "ispr")
	}
	if !op || !force {
		return false
	}
	for _, g := range group {
		if slices.ContainsFunc(d.sents[g].Toks, func(t lex.Token) bool { return t.Is("operation", "operations") }) {
			return false
		}
	}
	return true
}

// protestOverDeed reports whether sentence i, in a later paragraph than
// the group's lead, tells a protest against the group's deed where the
// group tells none: "... after which the participants blocked the road
// for two hours to protest against the killing", "traders observed a
// shutter-down strike over the killings". ACLED codes the protest as an
// event of its own beside the killing. (A family's sit-in with the body
// "demanding the arrest of the killers" is left with the killing, as
// article-probe.txt codes it.)
func (d *doc) protestOverDeed(group []int, i int) bool {
	if d.sents[i].Para == d.sents[group[0]].Para {
		return false
	}
	protest := func(j int) bool {
		return slices.ContainsFunc(d.liveHits(j), func(h taxonomy.Hit) bool { return h.Cue == taxonomy.CueProtest })
	}
	if !protest(i) || slices.ContainsFunc(group, protest) {
		return false
	}
	// "Residents of Basantgarh held a protest on Tuesday demanding
	// better security": a protest on a day of its own is held apart
	// from the deed, whatever it demands.
	if d.hasDay(i) {
		return true
	}
	toks := d.sents[i].Toks
	for k, t := range toks {
		if t.Is("against", "over", "condemning", "protesting") {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if toks[j].Is("killing", "killings", "murder", "murders", "death", "deaths", "attack", "abduction", "assassination") {
					return true
				}
			}
		}
	}
	return false
}

// deedKinds returns the kinds of deed (deedKind) sentence j tells, a
// search or an operation left out: it is no deed of its own.
func (d *doc) deedKinds(j int) uint32 { return d.deedKindsFrom(j, 0) }

// deedKindsFrom returns the kinds of deed sentence j tells from its token
// from on.
func (d *doc) deedKindsFrom(j, from int) uint32 {
	var k uint32
	for _, h := range d.liveHits(j) {
		if h.Token >= from && !h.Item && !operationWord(d.sents[j].Toks[h.Token]) {
			k |= deedKind(h.Cue)
		}
	}
	return k
}

// saidFirst reports a sentence whose first verb is one of saying: "the
// next day the minister declared that there were explosives in the car"
// tells what was said later, not a deed done later.
func saidFirst(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("said", "declared", "announced", "stated", "told", "claimed", "confirmed", "revealed", "disclosed", "added") {
			return true
		}
		if happening[t.Lower] {
			return false
		}
	}
	return false
}

// deedKind sorts the cues of deeds into kinds a later sentence may add to
// an incident: blasts, gunfire, shelling, strikes from the air,
// abductions, crowds. A death, an attack in general words, an arrest or a
// seizure is none: it tells no other way of doing.
func deedKind(c taxonomy.Cue) uint32 {
	switch c {
	case taxonomy.CueSuicide, taxonomy.CueExplosive, taxonomy.CueGrenade:
		return 1
	case taxonomy.CueClash, taxonomy.CueFiring, taxonomy.CueRetaliation:
		return 2
	case taxonomy.CueShelling:
		return 4
	case taxonomy.CueAir:
		return 8
	case taxonomy.CueAbduct:
		return 16
	case taxonomy.CueProtest, taxonomy.CueProtestForce, taxonomy.CueRiot, taxonomy.CueMob:
		return 32
	}
	return 0
}

// laterTime reports a phrase that puts a sentence's deed hours or days
// after the one told before: "later in the day", "later that night",
// "hours later", "a few hours later", "the next day", "the following
// morning", "a day later", "two days later", "the day after". ("Minutes
// later" is most often the same attack going on.)
func laterTime(toks []lex.Token) bool { return laterTimeAt(toks) >= 0 }

// laterTimeAt returns the token where laterTime's phrase starts, or -1.
func laterTimeAt(toks []lex.Token) int {
	for k, t := range toks {
		switch {
		case t.Is("later") && k+2 < len(toks) && (toks[k+1].Is("in") && toks[k+2].Is("the") && k+3 < len(toks) && toks[k+3].Is("day", "evening", "night", "afternoon") ||
			toks[k+1].Is("that", "the") && toks[k+2].Is("day", "evening", "night", "afternoon", "morning")):
			return k
		case t.Is("later") && k > 0 && toks[k-1].Is("hours", "hour", "day", "days"):
			return k - 1
		case t.Is("next", "following") && k > 0 && toks[k-1].Is("the") && k+1 < len(toks) && toks[k+1].Is("day", "morning", "evening", "night"):
			return k - 1
		case lex.HasAt(toks, k, "the", "day", "after") && (k+3 >= len(toks) || toks[k+3].Punct):
			return k
		}
	}
	return -1
}

// firedShells reports whether the firing hit f is the verb of rockets or
// shells fired, a shelling hit just after it: "fired seven rockets",
// "fired mortar shells at the camp", "fired more than a dozen rockets".
func firedShells(hits []taxonomy.Hit, f taxonomy.Hit) bool {
	for _, h := range hits {
		if h.Cue == taxonomy.CueShelling && h.Token > f.Token && h.Token-f.Token <= 5 {
			return true
		}
	}
	return false
}

// sequel reports a word that puts the gunfire at fire after something told
// before: "then" or "thereafter" before it, "later" just before it ("SFs
// later exchanged fire with gunmen barricaded in a house"), "followed by"
// just before it, a sentence that opens after the blast, "followed" or
// "ensued" after it.
func sequel(toks []lex.Token, fire int) bool {
	for k := 0; k < fire; k++ {
		if toks[k].Is("then", "thereafter", "subsequently") || toks[k].Is("later") && fire-k <= 2 {
			return true
		}
	}
	// "The rocket attack was followed by an exchange of heavy fire".
	for k := max(0, fire-4); k < fire; k++ {
		if lex.HasAt(toks, k, "followed", "by") {
			return true
		}
	}
	return afterBlast(toks) || ensued(toks, fire)
}

// newAttackers reports a sentence whose subject brings in armed men not
// named before, and fires: "Unidentified gunmen then opened fire on the
// crowd", "Militants hiding in the fields then fired on the rescuers".
// "The rebels then fired on the survivors" goes on with the rebels'
// ambush, and so does "they".
func newAttackers(toks []lex.Token, fire int) bool {
	if fire == 0 || toks[0].Is("the", "they", "these", "those", "he", "she", "it", "its", "their", "his", "this", "both") {
		return false
	}
	for k := 0; k < fire && k < 8; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("gunmen", "militants", "attackers", "assailants", "terrorists", "insurgents", "men") {
			return true
		}
	}
	return false
}

// afterBlast reports a sentence that opens after the blast told before:
// "Soon after, ...", "Following the blast, armed men opened fire".
// Gunfire told so is shooting of its own, where "the rebels then fired
// on the survivors" goes on with the ambush.
func afterBlast(toks []lex.Token) bool {
	if lex.HasAt(toks, 0, "soon", "after") || lex.HasAt(toks, 0, "shortly", "after") || lex.HasAt(toks, 0, "moments", "after") ||
		lex.HasAt(toks, 0, "immediately", "after") {
		return true
	}
	return (lex.HasAt(toks, 0, "after", "the") || lex.HasAt(toks, 0, "following", "the")) && len(toks) > 2 &&
		toks[2].Is("explosion", "blast", "attack", "bombing")
}

// causeClause returns the token after the comma that closes a clause
// opening the sentence (after "Meanwhile," or "Separately,") with the
// deed that led to, or came a while before, what the sentence tells: "In
// the wake of the IED blast at Williamnagar on January 9, the Chief
// Minister held a meeting", "In the aftermath of the riots, ...", "Two
// days after a strike in which 28 cadres were killed, the party said".
// A relative clause or a toll after the first comma belongs to the
// opening clause. 0 when there is none, and for "Two days after being
// abducted, ...", where the deed befell the subject of the sentence and
// is part of its news.
func causeClause(toks []lex.Token) int {
	k := 0
	if len(toks) > 2 && toks[0].Is("meanwhile", "separately") && toks[1].Text == "," {
		k = 2
	}
	switch {
	case lex.HasAt(toks, k, "in", "the", "wake", "of"), lex.HasAt(toks, k, "in", "the", "aftermath", "of"):
		k += 4
	default:
		if k < len(toks) && toks[k].Is("a", "an", "one", "two", "three", "four", "five", "few", "several", "barely", "just", "only") {
			k++
		}
		if k < len(toks) && toks[k].Is("few") {
			k++
		}
		if k+1 >= len(toks) || !toks[k].Is("day", "days", "hours", "week", "weeks") || !toks[k+1].Is("after") {
			return 0
		}
		k += 2
		if k < len(toks) && toks[k].Is("being", "having") {
			return 0
		}
	}
	for j := k; j < len(toks) && j <= k+45; j++ {
		if toks[j].Is(".", ";", "?", "!") {
			return 0
		}
		if toks[j].Text != "," {
			continue
		}
		if j+1 < len(toks) && toks[j+1].Is("in", "which", "where", "who", "when", "killing", "leaving", "injuring", "wounding") {
			continue
		}
		return j + 1
	}
	return 0
}

// movesElsewhere reports whether sentence i, which names a way of
// attacking (not an arrest: a round-up of arrests district by district
// tells the police work of one day), opens on a place the group's sentences do not name: "Five
// soldiers were killed in Kunar. In Nangarhar, a landmine blast killed two
// children."
func (d *doc) movesElsewhere(group []int, i int) bool {
	names := d.frontedNames(i)
	if len(names) == 0 || !d.attackWords(i) {
		return false
	}
	if !slices.ContainsFunc(d.liveHits(i), func(h taxonomy.Hit) bool {
		return !h.Item && (taxonomy.Violent(h.Cue) || h.Cue == taxonomy.CueDestroy)
	}) {
		return false
	}
	for k, g := range group {
		s := d.sents[g]
		// A lead that tells two deeds in two places names the second's
		// place for that deed, not for the group's: "A polio worker was
		// shot dead in Bajaur, and four militants were killed in a clash
		// in Tirah valley ... In Tirah, a group of militants attacked a
		// post" moves to the second deed.
		text := strings.ToLower(d.text[s.Start:s.End])
		for _, p := range names {
			if k == 0 && d.secondDeedIn(g, p) {
				continue
			}
			if strings.Contains(text, p) {
				return false
			}
		}
	}
	return true
}

// frontedNames returns, lower-cased, the place a sentence opens on
// (frontedPlace), or else the places named in the part of a place it opens
// on (frontedArea: "In the Pezu area of Lakki Marwat," gives "pezu" and
// "lakki marwat"); nil when it opens on none.
func (d *doc) frontedNames(i int) []string {
	if p := d.frontedPlace(i); p != "" {
		return []string{p}
	}
	toks := d.sents[i].Toks
	if !frontedArea(toks) {
		return nil
	}
	end := slices.IndexFunc(toks, func(t lex.Token) bool { return t.Is(",") })
	var names []string
	for _, m := range d.placesWithin(toks[0].Start, toks[end].Start) {
		if !m.Demonym {
			names = append(names, strings.ToLower(m.Text))
		}
	}
	return names
}

// secondDeedIn reports whether sentence i tells two deeds joined by
// "and", "while" or a semicolon (twoDeedLead), the second told in place p
// (lower-cased) and the first in another place: "A polio worker was shot
// dead in Bajaur, and four militants were killed in Tirah", "a policeman
// was shot dead in Karachi and a blast damaged a pipeline in Hyderabad".
func (d *doc) secondDeedIn(i int, p string) bool {
	s := d.sents[i]
	at := strings.LastIndex(strings.ToLower(d.text[s.Start:s.End]), p)
	if at < 0 {
		return false
	}
	join, first, ok := d.twoDeedLead(i)
	return ok && s.Toks[join].End <= s.Start+at && !strings.Contains(p, first) && !strings.Contains(first, p)
}

// opensOnSecondPlace reports a sentence that opens its paragraph, after
// the lead's, on a place ("In Kupwara,", "In the Keran sector of
// Kupwara,") that the group's lead names only for its second deed
// (secondDeedIn).
func (d *doc) opensOnSecondPlace(group []int, i int) bool {
	if i == 0 || group[0] != 0 || d.sents[i].Para == d.sents[0].Para || d.sents[i-1].Para == d.sents[i].Para {
		return false
	}
	toks := d.sents[i].Toks
	if d.frontedPlace(i) == "" && !frontedArea(toks) {
		return false
	}
	end := slices.IndexFunc(toks, func(t lex.Token) bool { return t.Is(",") })
	if end < 0 {
		return false
	}
	for _, m := range d.placesWithin(toks[0].Start, toks[end].Start) {
		if !m.Demonym && d.secondDeedIn(0, strings.ToLower(m.Text)) {
			return true
		}
	}
	return false
}

// secondDeedLeft returns, for the event of groups[gi] whose lead tells two
// deeds in two places (twoDeedLead) when a later event opens on the
// second's place, the triggers of the second deed, after the joiner, to
// leave out of the first event's classification: "A polio worker was shot
// dead in Bajaur, and four militants were killed in a clash in Tirah ...
// In Tirah, ..." makes the Bajaur killing an attack, not a clash. Nil
// otherwise.
func (d *doc) secondDeedLeft(groups [][]int, gi int) func(i int, h taxonomy.Hit) bool {
	lead := groups[gi][0]
	join, _, ok := d.twoDeedLead(lead)
	if !ok {
		return nil
	}
	for _, g := range groups[gi+1:] {
		if p := d.frontedPlace(g[0]); p != "" && d.secondDeedIn(lead, p) {
			return func(i int, h taxonomy.Hit) bool { return i == lead && h.Token > join }
		}
	}
	return nil
}

// twoDeedLead finds in sentence i two deeds told in two clauses joined by
// "and", "while" or a semicolon, each with a place of its own: "A polio
// worker was shot dead in Bajaur, and four militants were killed in a
// clash in Tirah". The second clause's deed comes within a few words of
// the joiner and its place after the deed. It returns the joiner's token
// and the first place, lower-cased. ("Two soldiers were killed in North
// Waziristan's Mir Ali" names two places of one deed; "killed in Kech,
// while three militants died in the exchange of fire" one place of two
// deeds.)
func (d *doc) twoDeedLead(i int) (int, string, bool) {
	s := d.sents[i]
	var deeds []taxonomy.Hit
	for _, h := range d.liveHits(i) {
		// "..., while an infiltration bid was foiled in Kupwara, where
		// one intruder was killed": after the first, a bid foiled is a
		// deed of its own too.
		if !h.Item && (taxonomy.Violent(h.Cue) || h.Cue == taxonomy.CueDestroy || len(deeds) > 0 && h.Cue == taxonomy.CueDisrupt && d.sents[i].Toks[h.Token].Is("foiled", "thwarted", "repulsed")) {
			deeds = append(deeds, h)
		}
	}
	if len(deeds) < 2 {
		return 0, "", false
	}
	first := deeds[0]
	for k, t := range s.Toks {
		if t.Start <= first.End || !t.Is("and", "while", "whereas", ";") {
			continue
		}
		// The first deed's own place, between it and the joiner.
		place := ""
		for _, m := range d.placesWithin(first.End, t.Start) {
			if !m.Demonym {
				place = strings.ToLower(m.Text)
			}
		}
		if place == "" {
			continue
		}
		// The second deed, a few words after the joiner, and its place.
		n := slices.IndexFunc(deeds, func(h taxonomy.Hit) bool { return h.Token > k && h.Token <= k+8 })
		if n < 0 {
			continue
		}
		for _, m := range d.placesWithin(deeds[n].End, s.End) {
			other := strings.ToLower(m.Text)
			if !m.Demonym && !strings.Contains(other, place) && !strings.Contains(place, other) {
				return k, place, true
			}
		}
	}
	return 0, "", false
}

// frontedPlace returns, lower-cased, the place a sentence opens on: the
// capitalised words between "In" and a comma ("In Dera Ismail Khan,"),
// when the gazetteer knows a place among them; "" otherwise. The words are
// read first: most sentences open otherwise, and then the places named
// need not be found.
func (d *doc) frontedPlace(i int) string {
	toks := d.sents[i].Toks
	if len(toks) < 4 || !toks[0].Is("in") {
		return ""
	}
	c := 0
	for k := 1; k < len(toks) && k <= 5; k++ {
		if toks[k].Is(",") {
			c = k
			break
		}
		if !capital(toks[k]) || month[toks[k].Lower] {
			return ""
		}
	}
	if c < 2 {
		return ""
	}
	start, end := toks[1].Start, toks[c-1].End
	for _, m := range d.placesWithin(start, end) {
		if !m.Demonym {
			return strings.ToLower(d.text[start:end])
		}
	}
	return ""
}

// restatesCount reports whether sentence i names again, by a definite
// count ("the three", "all four", "both"), people the group's sentences
// counted: "the bodies of three cadres ... the three were killed".
func (d *doc) restatesCount(group []int, i int) bool {
	toks := d.sents[i].Toks
	for k := 0; k+1 < len(toks); k++ {
		n, last := int64(0), k
		switch {
		case toks[k].Is("both") && (k == 0 || !toks[k-1].Is("of")):
			n = 2
		case toks[k].Is("the", "all", "these", "those"):
			v, end, ok := lex.NumberAt(toks, k+1)
			if !ok || v < 2 || v > 50 {
				continue
			}
			n, last = v, end
			// "recovered the bodies of the seven cadres": the dead
			// counted before, whatever noun names them.
			if k >= 2 && toks[k-1].Is("of") && toks[k-2].Is("bodies") && d.countedIn(group, n) {
				return true
			}
		default:
			continue
		}
		// The count stands for people: a verb or a clause follows it
		// ("the three were killed", "the two, both farmers,"), or a word
		// for the dead or the held. "The two check posts", "both sides"
		// count other things.
		if last+1 >= len(toks) {
			continue
		}
		next := toks[last+1]
		if !next.Is("were", "was", "had", "have", "are", "who", "of", ",", "men", "persons", "people", "victims", "bodies", "deceased") &&
			!(len(next.Lower) > 4 && strings.HasSuffix(next.Lower, "ed")) {
			continue
		}
		if d.countedIn(group, n) {
			return true
		}
	}
	return false
}

// countedIn reports whether the group's sentences count n people.
func (d *doc) countedIn(group []int, n int64) bool {
	for _, g := range group {
		for _, f := range d.figs[g] {
			if !f.Negated && !f.Vague && int64(f.Count) == n {
				return true
			}
		}
	}
	return false
}

// openGroup starts an event at sentence i. The sentence before, in the
// same paragraph and in no event, joins it when it names the incident
// without a toll of its own: "Security forces conducted an operation in
// Kech. Three terrorists were killed."
func (d *doc) openGroup(i int, groups [][]int) []int {
	p := i - 1
	if p < 0 || d.sents[p].Para != d.sents[i].Para || d.claimSent[p] || !namesViolence(d.liveHits(p)) && !d.foundBefore(p, i) ||
		background(d.sents[p].Toks) || judicial(d.sents[p].Toks) {
		return []int{i}
	}
	if len(groups) > 0 {
		if g := groups[len(groups)-1]; g[len(g)-1] >= p {
			return []int{i}
		}
	}
	// Not an arrest or a surrender: there the fight is a circumstance.
	for _, h := range d.hits[p] {
		switch h.Cue {
		case taxonomy.CueArrest, taxonomy.CueAgreement, taxonomy.CueDisrupt:
			return []int{i}
		}
	}
	return []int{p, i}
}

// foundBefore reports a sentence p that names a weapon found, before a
// sentence i that tells it defused: "A hand grenade was found at the gate
// of a school. The bomb squad later exploded it at a safe place." The
// find is where and when the defused weapon's event took place.
func (d *doc) foundBefore(p, i int) bool {
	if !slices.ContainsFunc(d.liveHits(i), func(h taxonomy.Hit) bool { return h.Cue == taxonomy.CueDisrupt }) {
		return false
	}
	return slices.ContainsFunc(d.liveHits(p), func(h taxonomy.Hit) bool { return h.Item && weaponCue(h.Cue) })
}

// differentDistrict reports whether sentence i, which has casualty
// figures of its own, happened in another district than the group's first
// sentence: "Two soldiers were killed in Kech. In Quetta, a blast injured
// four."
func (d *doc) differentDistrict(x *Extractor, group []int, i int) bool {
	if !d.attackWords(i) {
		return false
	}
	figures := false
	for _, f := range d.figs[i] {
		if !f.Negated && f.Count > 0 && !f.Vague {
			figures = true
		}
	}
	if !figures {
		return false
	}
	a, okA := d.district(x, group[0])
	b, okB := d.district(x, i)
	return okA && okB && a != b
}

// district resolves the district a sentence names, if any.
func (d *doc) district(x *Extractor, i int) (string, bool) {
	s := d.sents[i]
	var ms []places.Match
	for _, m := range d.placesWithin(s.Start, s.End) {
		if before := d.text[s.Start:m.Start]; !homeOf(before) && !treatedAt(before) {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return "", false
	}
	hint := ""
	if home, ok := d.homePlace(); ok {
		hint = home.ISO3
	}
	loc, ok := x.gaz.ResolveIn(d.placeText, ms, hint, nil)
	if !ok || loc.Admin2 == "" {
		return "", false
	}
	return loc.ISO3 + "/" + loc.Admin2, true
}

// homeOf reports whether the words before a place make it someone's home,
// not where a deed happened: "Sepoy Imran (resident of District Karak)
// embraced shahadat", "a native of Swat", "hailing from Kurram"; or the
// body he sits on: "a member of the Kosmi gram panchayat".
func homeOf(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	for _, w := range []string{"resident of", "residents of", "native of", "natives of", "hailing from", "belonging to", "belonged to", "hometown", "home town", "home district",
		"member of", "members of", "member of the", "members of the"} {
		if strings.HasSuffix(before, w) || strings.HasSuffix(before, w+" district") {
			return true
		}
	}
	return false
}

// treatedAt reports whether the words before a place make it where the
// hurt were taken, not where the deed happened: "were evacuated to the
// Combined Military Hospital in Bannu", "shifted to Peshawar".
func treatedAt(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	for _, w := range []string{"hospital in", "hospital at", "hospitals in", "evacuated to", "shifted to", "taken to", "rushed to", "airlifted to", "referred to", "transferred to"} {
		if strings.HasSuffix(before, w) || strings.HasSuffix(before, w+" the") {
			return true
		}
	}
	return false
}

// attackWords reports whether sentence i names a way of attacking (a blast,
// firing, an abduction), not only a death or injury.
func (d *doc) attackWords(i int) bool {
	for _, h := range d.liveHits(i) {
		if h.Item {
			continue
		}
		switch h.Cue {
		case taxonomy.CueKill, taxonomy.CueHypothetical, taxonomy.CueNone, taxonomy.CueDisaster, taxonomy.CueAccident, taxonomy.CueCrime:
		default:
			return true
		}
	}
	return false
}

// differentDay reports whether sentence i gives a day-precise date that
// differs from the one the group's sentences give: a different incident.
//
// The days compared are the deeds' own: "The CTD said on Monday it had
// arrested two suspects. The suspects were arrested on Sunday" tells one
// arrest, the day of the statement being no day of it (see asideDate).
func (d *doc) differentDay(group []int, i int) bool {
	if !d.attackWords(i) {
		// "The injured man died on 16 May" continues the incident.
		return false
	}
	di := d.deedDate(i)
	if di == nil || di.Precision != vigil.TimePrecisionDay {
		return false
	}
	for _, g := range group {
		if dg := d.deedDate(g); dg != nil && dg.Precision == vigil.TimePrecisionDay {
			return !dg.Date.Equal(di.Date)
		}
	}
	return false
}

// arrestToldAgain reports a sentence that tells again, of the one the
// group has arrested, where or how he was caught: "Police arrested an LeJ
// militant involved in a killing in Lahore. He was arrested near
// Sheikhupura." A pronoun subject is the person told before, and an
// arrest with no other deed beside it adds no incident, whatever place
// or day it names.
func (d *doc) arrestToldAgain(group []int, i int) bool {
	toks := d.sents[i].Toks
	if len(toks) == 0 || !toks[0].Is("he", "she", "they") {
		return false
	}
	arrest := false
	for _, h := range d.liveHits(i) {
		if h.Item {
			continue
		}
		if h.Cue != taxonomy.CueArrest {
			return false
		}
		arrest = true
	}
	if !arrest {
		return false
	}
	for _, g := range group {
		if slices.ContainsFunc(d.liveHits(g), func(h taxonomy.Hit) bool { return h.Cue == taxonomy.CueArrest }) {
			return true
		}
	}
	return false
}

// opensOnKnownDeed reports a sentence that opens on the deed told before,
// named as known: "The attack took place late on Monday", "This blast
// was the third in the city": "the" or "this", a word or two that
// qualify the noun at most, and a noun of violence.
func (d *doc) opensOnKnownDeed(i int) bool {
	toks := d.sents[i].Toks
	// A quote may open on it: "\"The explosion was caused by a device,\"
	// an official said."
	o := 0
	if len(toks) > 0 && toks[0].Is("\"", "“", "'") {
		o = 1
	}
	if len(toks) < o+3 || !toks[o].Is("the", "this") {
		return false
	}
	for _, h := range d.liveHits(i) {
		if h.Token < o+1 || h.Token > o+3 || h.Item || !taxonomy.Violent(h.Cue) {
			continue
		}
		for k := o + 1; k <= h.Token; k++ {
			if toks[k].Punct || !nominal(toks[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// knownDeedQualifiers mark a definite deed noun as another deed than the
// one told before: "the second blast", "the other attack", "the earlier
// raid".
var knownDeedQualifiers = lex.WordSet(`first second third fourth last latest other another earlier previous
	separate similar new fresh next subsequent recent`)

// namesKnownDeed reports a sentence that names the group's deed only as
// known, by "the" and a noun of a kind the group tells, wherever it
// stands: "Four passers-by were wounded in the blast", "A policeman was
// injured in the gunfight and was airlifted to the hospital in Udhampur",
// "The front confirmed on Thursday that three of its members had been
// killed in the raid". The place or day it names beside it (a hospital,
// the day of a statement) is no other incident's. A deed of its own told
// beside it ("gunmen opened fire", "a blast"), or a noun an ordinal or
// "other" marks ("the second blast"), is not this.
func (d *doc) namesKnownDeed(group []int, i int) bool {
	toks := d.sents[i].Toks
	// The group's kinds are read only for a sentence that names a deed by
	// "the" and its noun: most sentences name none, and the group may be
	// long.
	var kinds uint32
	kindsRead := false
	known := false
	for _, h := range d.liveHits(i) {
		if h.Item {
			continue
		}
		switch h.Cue {
		case taxonomy.CueKill, taxonomy.CueHypothetical, taxonomy.CueNone, taxonomy.CueDisaster, taxonomy.CueAccident, taxonomy.CueCrime:
			continue // a death or an injury names no way of attacking
		}
		// "The group claimed responsibility for the killing on Monday":
		// a claim for the deed named with "the" is news of that deed.
		if lex.HasAt(toks, h.Token, "claimed", "responsibility", "for", "the") || lex.HasAt(toks, h.Token, "claims", "responsibility", "for", "the") {
			known = true
			continue
		}
		kind := deedKind(h.Cue)
		if operationWord(toks[h.Token]) {
			kind = 0 // "the raid", "the operation": a kind of no deed (see deedKinds)
		}
		if !nominal(toks[h.Token]) || !definite(toks, h.Token) {
			return false
		}
		if !kindsRead {
			for _, g := range group {
				kinds |= d.deedKinds(g)
			}
			kindsRead = true
		}
		if kind&^kinds != 0 {
			return false
		}
		for k := h.Token - 1; k >= 0 && !toks[k].Is("the", "this", "that"); k-- {
			if knownDeedQualifiers[toks[k].Lower] {
				return false
			}
		}
		known = true
	}
	return known
}

// hasDay reports whether sentence i gives a day-precise date an incident
// could have happened on: not the end or start of a period ("till July
// 21", "since 3 May", "as of June 30").
func (d *doc) hasDay(i int) bool {
	s := d.sents[i]
	for _, m := range d.datesGiven() {
		if m.Start < s.Start || m.End > s.End || m.Precision != 1 {
			continue
		}
		before := strings.ToLower(strings.TrimSpace(d.text[s.Start:m.Start]))
		if strings.HasSuffix(before, "till") || strings.HasSuffix(before, "until") || strings.HasSuffix(before, "since") ||
			strings.HasSuffix(before, "as of") || strings.HasSuffix(before, "up to") {
			continue
		}
		return true
	}
	return false
}

// runningPeriod reports whether a sentence names a period of the
// calendar or a series of incidents: "this month", "so far this year",
// "since January", "since 2006", "such attacks". ("At least 32 people
// have been killed since the clashes began", "so far in the fighting":
// the running toll of the incident itself.)
func runningPeriod(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("this") && i+1 < len(toks) && toks[i+1].Is("month", "year", "week") ||
			t.Is("such") && i+1 < len(toks) && toks[i+1].Is("attack", "attacks", "incident", "incidents", "killings") {
			return true
		}
		if t.Is("since") && i+1 < len(toks) && (month[toks[i+1].Lower] || lex.Digits(toks[i+1].Lower)) {
			return true
		}
	}
	return false
}

// perfectToll reports whether a sentence tells of deaths in the present
// perfect ("have died", "has lost his life", "have been killed"), the
// tense of tallies rather than of news.
func perfectToll(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("have", "has") && i+1 < len(toks) && (toks[i+1].Is("been", "died", "lost", "perished", "fallen", "sacrificed") ||
			strings.HasSuffix(toks[i+1].Lower, "ed")) {
			return true
		}
	}
	return false
}

func (d *doc) dayIn(i int) (time.Time, bool) {
	m, ok := d.dayMention(i)
	return m.Date, ok
}

// figuresOf gathers the casualty figures of the group's sentences.
//
// A toll a party claims ("BLA claimed that eight soldiers were killed",
// "unconfirmed reports said...") counts only when no other figure of the
// same kind is given: vigil keeps the most conservative figure, as ACLED
// does when sources disagree. A figure is claimed when a claim word comes
// before it in its sentence.
//
// A claim set against the account before it ("Six FC personnel were
// injured. However, BLA claimed that four soldiers were killed") is a
// party's rival account, which yields to any figure told plainly, of
// whatever kind.
func (d *doc) figuresOf(group []int) [][]casualties.Figure {
	var plain []casualties.Figure
	rival := false
	for _, i := range group {
		c := d.claimFrom(i)
		if c < int(^uint(0)>>1) && contrasted(d.sents[i].Toks, c) {
			rival = true
		}
		for _, f := range d.figs[i] {
			if !f.Negated && f.Count > 0 && f.Start < c {
				plain = append(plain, f)
			}
		}
	}
	out := make([][]casualties.Figure, 0, len(group))
	for _, i := range group {
		c := d.claimFrom(i)
		tail := separateTail(d.sents[i].Toks)
		var figs []casualties.Figure
		for _, f := range lowerToll(d.sents[i].Toks, d.figs[i]) {
			if f.Start >= tail {
				continue
			}
			if f.Start < c || !toldPlainly(plain, f) && !(rival && len(plain) > 0) {
				figs = append(figs, f)
			}
		}
		out = append(out, figs)
	}
	return out
}

// separateTail returns the byte offset where a sentence goes on to
// another incident, "..., while a constable was killed in a separate
// incident in Lyari": the clause after "while" or "and" that says so. Its
// toll is that incident's, which a later paragraph tells. With no such
// clause it returns the largest int.
func separateTail(toks []lex.Token) int {
	none := int(^uint(0) >> 1)
	sep := -1
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Is("separate") && toks[k+1].Is("incident", "attack") {
			sep = k
			break
		}
	}
	if sep < 0 {
		return none
	}
	for k := sep - 1; k > 0; k-- {
		if toks[k].Is("while", "whereas") || toks[k].Is("and") && toks[k-1].Is(",") {
			return toks[k].Start
		}
		if toks[k].Punct && !toks[k].Is(",") {
			break
		}
	}
	return none
}

// protestCauses drops the deaths a protest is held over: "traders
// closed their shops in protest against the killing of a local trader",
// "students rallied to condemn the murder of two classmates". They died
// before, in another incident; the protest itself hurt no one. Only a
// sentence that names a protest loses them: "a case was registered over
// the killing of two men" may be all a text says of the killing.
func protestCauses(toks []lex.Token, figs []casualties.Figure) []casualties.Figure {
	if len(figs) == 0 || !namesProtest(toks) {
		return figs
	}
	var out []casualties.Figure
	for _, f := range figs {
		if !protestedDeath(toks, f.Start) {
			out = append(out, f)
		}
	}
	return out
}

// namesProtest reports whether a sentence names a protest.
func namesProtest(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("protest", "protests", "protested", "protesting", "protesters", "protestors", "rally", "rallied", "sit-in",
			"strike", "demonstration", "demonstrated", "demonstrators", "boycott", "boycotted", "shutter-down", "dharna", "marched") {
			return true
		}
	}
	return false
}

// protestedDeath reports whether the figure at offset start is the object
// of a death a protest is against: "against the killing of", "over the
// murder of", "condemning the deaths of", the noun of death and its "of"
// at most a few words before the figure and the protest's preposition or
// verb at most a few words before that ("against extortion and the
// killing of"), or the kin who protest ("relatives of a youth killed in
// the firing"). "killing at least 40 people ... over Anuradhapura" is a
// deed told, not one protested.
func protestedDeath(toks []lex.Token, start int) bool {
	k := tokenFrom(toks, start)
	for j := k; j >= 0 && j >= k-4 && j < len(toks); j-- {
		// "Relatives of a civilian killed in crossfire staged a protest":
		// the dead are the protesters' kin.
		if toks[j].Is("relatives", "families", "family", "kin", "parents", "widows", "widow", "wives", "mothers", "kinsmen") && lex.HasAt(toks, j+1, "of") {
			return true
		}
		if !toks[j].Is("killing", "killings", "murder", "murders", "death", "deaths", "assassination", "abduction", "kidnapping", "disappearance") || !lex.HasAt(toks, j+1, "of") {
			continue
		}
		for m := j - 1; m >= 0 && m >= j-6; m-- {
			if toks[m].Punct && !toks[m].Is(",") {
				return false
			}
			if toks[m].Is("against", "over", "condemn", "condemning", "protesting", "protest", "denounce", "denouncing", "mourn", "mourning") {
				return true
			}
		}
		return false
	}
	return false
}

// lowerToll keeps, of two tolls a sentence gives from two sources, the
// lower, as ACLED does: "At least five miners were killed, while other
// sources put the toll at eight", "officials said 15 died, whereas the
// hospital said 11 died". The second source's clause opens with "while",
// "whereas" or ", but" and names its source or its verb of saying before
// its figure; "two soldiers were killed while three were injured, police
// said" sets no source against another.
func lowerToll(toks []lex.Token, figs []casualties.Figure) []casualties.Figure {
	r := rivalStart(toks, figs)
	if r < 0 {
		return figs
	}
	// A source's toll is its sides' figures added up, or its toll of
	// "people" if that is larger: "ten people, including two policemen"
	// is ten.
	type sum struct{ sides, people int }
	before, after := map[string]*sum{}, map[string]*sum{}
	for _, f := range figs {
		if f.Negated || f.Count <= 0 || f.Category == casualties.Perpetrators {
			continue
		}
		m := before
		if f.Start >= r {
			m = after
		}
		if m[f.Kind] == nil {
			m[f.Kind] = &sum{}
		}
		if f.Generic {
			m[f.Kind].people += f.Count
		} else {
			m[f.Kind].sides += f.Count
		}
	}
	toll := func(s *sum) int {
		if s == nil {
			return 0
		}
		return max(s.sides, s.people)
	}
	var out []casualties.Figure
	for _, f := range figs {
		b, a := toll(before[f.Kind]), toll(after[f.Kind])
		if b > 0 && a > 0 && f.Category != casualties.Perpetrators {
			if f.Start < r && a < b || f.Start >= r && a >= b {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// toldPlainly reports whether a claimed figure f has a plain account
// among plain: a figure of its kind for the same side, or one whose side is
// unknown on either part. "Police sources claimed a dozen Maoists were
// killed" tells of other dead than the plain "Two CRPF personnel were
// killed"; the BLA's claim of soldiers killed rivals the officials' count.
func toldPlainly(plain []casualties.Figure, f casualties.Figure) bool {
	for _, p := range plain {
		if p.Kind == f.Kind && (p.Category == f.Category || p.Category == casualties.Unknown || f.Category == casualties.Unknown || p.Generic || f.Generic) {
			return true
		}
	}
	return false
}

// rivalStart returns the offset of the clause with which a sentence gives
// a second source's toll, or -1.
func rivalStart(toks []lex.Token, figs []casualties.Figure) int {
	for i, t := range toks {
		// "The BLA claimed 10 soldiers were killed; officials confirmed
		// seven": a semicolon sets a second source's toll against the
		// first as "while" does.
		if !t.Is("while", "whereas", ";") && !(t.Is("but") && i > 0 && toks[i-1].Is(",")) {
			continue
		}
		// "Officials initially counted 30 dead; the following day they
		// said 54 had died": a toll revised, not a rival source's.
		if t.Is(";") && revisedToll(toks) {
			continue
		}
		next := -1 // the first figure after the conjunction
		for _, f := range figs {
			if f.Start > t.Start && (next < 0 || f.Start < next) {
				next = f.Start
			}
		}
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			if next >= 0 && toks[j].Start >= next || toks[j].Punct && !toks[j].Is(",") {
				break
			}
			if toks[j].Is("said", "say", "says", "put", "puts", "placed", "gave", "reported", "according", "sources", "claimed", "confirmed", "confirm") {
				return t.Start
			}
		}
	}
	return -1
}

// revisedToll reports words that tell a toll revised over time:
// "initially", "later", "the following day", "rose to".
func revisedToll(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("initially", "initial", "earlier", "later", "rose", "revised", "updated", "subsequently") || lex.HasAt(toks, i, "following", "day") || lex.HasAt(toks, i, "next", "day") {
			return true
		}
	}
	return false
}

// contrasted reports whether the claim starting at offset c is set
// against what was told before it: "However, BLA claimed...", "but the
// group claimed...".
func contrasted(toks []lex.Token, c int) bool {
	for i, t := range toks {
		if t.Start >= c {
			return false
		}
		if t.Is("however", "but") && i+6 >= len(toks) || t.Is("however", "but") && toks[min(i+6, len(toks)-1)].Start >= c {
			return true
		}
	}
	return false
}

// claimFrom returns where sentence i starts giving a party's claim
// (claimStart), or its start when the claimant's spokesman speaks it after
// the sentence that told the claim of responsibility: "The banned BLA
// claimed responsibility for the attack. Its spokesman said in a statement
// that 12 personnel had been killed, a figure officials rejected."
func (d *doc) claimFrom(i int) int {
	toks := d.sents[i].Toks
	if c := claimStart(toks); c < int(^uint(0)>>1) || i == 0 {
		return c
	}
	if claimedBefore(d.sents[i-1].Toks) && groupSpokesman(toks) {
		return toks[0].Start
	}
	return int(^uint(0) >> 1)
}

// groupSpokesman reports a sentence whose subject is an armed group's
// spokesman, named by "its" or "the group's": "Its spokesman Jeeyand Baloch
// said", "The group's spokesperson said".
func groupSpokesman(toks []lex.Token) bool {
	for k := 0; k < len(toks) && k <= 4; k++ {
		if toks[k].Is("spokesman", "spokesperson", "spokesmen") {
			return k > 0 && (toks[k-1].Is("its") || slices.ContainsFunc(toks[:k], func(t lex.Token) bool {
				return t.Is("group", "outfit", "organisation", "organization")
			}))
		}
	}
	return false
}

// claimStart returns the offset where a sentence starts giving a party's
// claim or an unconfirmed report, or the largest int when it does not.
func claimStart(toks []lex.Token) int {
	for i, t := range toks {
		if t.Is("claimed", "claims", "claim", "claiming") && !lex.HasAt(toks, i+1, "responsibility") && !lex.HasAt(toks, i+1, "the", "responsibility") {
			return t.Start
		}
		// "The BLF claimed responsibility, saying seven soldiers were
		// killed": what the claimant goes on to say is its claim.
		if t.Is("saying", "adding", "stating") && i > 0 && claimedBefore(toks[:i]) {
			return t.Start
		}
		// "... claimed responsibility and said nine personnel had been
		// killed": the claimant still speaks. After a comma someone else
		// may ("..., and police said").
		if t.Is("said", "says", "added", "stated") && i > 1 && toks[i-1].Is("and") && !toks[i-2].Punct && claimedBefore(toks[:i]) {
			return t.Start
		}
		if t.Is("unconfirmed", "purportedly") || lex.HasAt(toks, i, "not", "confirm") || lex.HasAt(toks, i, "not", "confirmed") {
			// "Unconfirmed reports said...": the whole sentence.
			return toks[0].Start
		}
	}
	return int(^uint(0) >> 1)
}

// claimedBefore reports whether a claim of responsibility comes in toks.
func claimedBefore(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("claimed", "claims", "claiming") && (lex.HasAt(toks, i+1, "responsibility") || lex.HasAt(toks, i+1, "the", "responsibility")) {
			return true
		}
	}
	return false
}

// leadKind says what a text's lead, its first sentence, makes the story
// about.
type leadKind int

const (
	leadViolence  leadKind = iota // an incident, or nothing in particular
	leadNews                      // an arrest, a surrender, a recovery of weapons or a court case
	leadStatement                 // someone speaking
	leadCredit                    // a group claiming an earlier attack
	leadOther                     // news of something else, naming no violence
)

// quietLead says what the text's lead makes the story about: an
// incident, or something other than violence with no one hurt there. In
// the latter case the violence later sentences name is what the suspects
// confessed to or what the group did before ("During interrogation he
// admitted to the attack on..."), not a new incident.
func (d *doc) quietLead(x *Extractor) leadKind {
	if len(d.sents) == 0 {
		return leadViolence
	}
	if d.reports(0) && onlyClaimsCredit(d.sents[0].Toks, d.liveHits(0)) {
		return leadCredit
	}
	if d.reports(0) {
		for _, f := range d.figs[0] {
			if !f.Negated && f.Count > 0 && f.Kind != casualties.Arrested {
				return leadViolence
			}
		}
		// Only the lead's type matters here, and that it is no incident
		// dated long before: the rest of its event is not built.
		c, ok := x.classify(d, []int{0}, nil)
		if ok && (c.class.SubEventType == taxonomy.Arrests || c.class.SubEventType == taxonomy.Agreement || c.class.SubEventType == taxonomy.DisruptedWeapons) {
			var ev vigil.Event
			if x.dateEvent(d, []int{0}, c.own, &ev, d.evidenceTo(&ev)) {
				return leadNews
			}
		}
		return leadViolence
	}
	for _, h := range d.hits[0] {
		switch h.Cue {
		case taxonomy.CueArrest, taxonomy.CueAgreement, taxonomy.CueDisrupt:
			return leadNews
		}
	}
	toks := d.sents[0].Toks
	if judicial(toks) {
		return leadNews
	}
	if statement(toks) && !namesViolence(d.liveHits(0)) {
		return leadStatement
	}
	// "The GNLA on March 23 lambasted the minister for her statement on
	// an alleged fake encounter": someone speaking of violence the lead
	// reports no deed of is still someone speaking.
	if statement(toks) && !cordonLead(toks) && !fireOpened(toks) && !namesUnrest(toks, d.hits[0]) {
		return leadStatement
	}
	// A lead that names no violence at all ("With the polls drawing
	// close, tension has been growing", "A study found...") frames the
	// story as something else: the violence later sentences recall is
	// background unless it is a fresh toll, another place or another day.
	// Not a lead that sets up an operation ("SFs cordoned off the village
	// after a tip-off"): the firing told next is how it went.
	if !namesViolence(d.liveHits(0)) && !namesUnrest(toks, d.hits[0]) && !cordonLead(toks) && !fireOpened(toks) {
		return leadOther
	}
	// "Compensation was distributed among the victims of the suicide
	// blast", "weapons used during the cafe attack were modified": a lead
	// that names violence only as an incident its reader knows, with
	// "the", and tells no deed is news about that incident.
	if knownOnly(toks, d.liveHits(0)) && !namesUnrest(toks, d.hits[0]) {
		return leadOther
	}
	// "Thousands attended the funeral of a slain militant on May 21": a
	// lead that names violence only to say whose funeral, body or name
	// it is about is news of that deed's aftermath. (One that dates the
	// deed on a day of its own, "funeral prayers for five soldiers killed
	// in an ambush on June 10 were offered on June 11", tells the deed as
	// the news of the day before.)
	if aftermath(toks, d.liveHits(0)) && !twoDays(toks) && !namesUnrest(toks, d.hits[0]) {
		return leadOther
	}
	return leadViolence
}

// cordonLead reports a lead that tells forces cordoning off or searching
// a place for armed men: "SOG and Army cordoned off Wanihama village on
// March 9 after a tip-off about the presence of two militants".
func cordonLead(toks []lex.Token) bool {
	cordon, quarry := false, false
	for i, t := range toks {
		cordon = cordon || t.Is("cordoned") || lex.HasAt(toks, i, "launched", "a", "search") || lex.HasAt(toks, i, "launched", "a", "cordon")
		// Whom the forces are after: not "cordoned off the market for
		// the minister's visit".
		quarry = quarry || t.Is("tip-off", "tip", "presence", "hiding", "militants", "terrorists", "insurgents", "maoists", "rebels")
	}
	return cordon && quarry
}

// fireOpened reports a lead that tells fire opened with words between
// the verb and the fire: "Pakistani troops opened small arms fire on
// Indian posts", "opened heavy and unprovoked fire". The fire returned
// next is the rest of that fight, not background.
func fireOpened(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("opened", "resorted") {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if toks[k].Punct && !toks[k].Is("-") {
				break
			}
			if toks[k].Is("fire", "firing") {
				return true
			}
		}
	}
	return false
}

// knownOnly reports whether every violent trigger of a sentence is a noun
// that names an incident with a definite article ("the suicide blast",
// "the Dhaka cafe attack"), and there is at least one.
func knownOnly(toks []lex.Token, hits []taxonomy.Hit) bool {
	n := 0
	for _, h := range hits {
		if !taxonomy.Violent(h.Cue) || h.Item {
			continue
		}
		if !nominal(toks[h.Token]) || !definite(toks, h.Token) {
			return false
		}
		n++
	}
	return n > 0
}

// definite reports whether "the" (or "this", "that") determines the noun
// at i, over the words that qualify it: "the suicide blast", "the July 1
// terror attack".
func definite(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		t := toks[k]
		if t.Is("the", "this", "that") {
			return true
		}
		if t.Is("a", "an") || t.Punct && !t.Is(",", "(", ")") || happening[t.Lower] || !nominal(t) {
			return false
		}
	}
	return false
}

// namesUnrest reports whether a lead names property destroyed or damaged
// or a protest: news of its own, whose details later sentences give.
func namesUnrest(toks []lex.Token, hits []taxonomy.Hit) bool {
	for _, t := range toks {
		if t.Is("damaged", "vandalised", "vandalized") {
			return true
		}
	}
	for _, h := range hits {
		switch h.Cue {
		case taxonomy.CueDestroy, taxonomy.CueProtest, taxonomy.CueProtestForce:
			return true
		}
	}
	return false
}

// namesViolence reports whether a lead names an incident, even with no
// toll: "ISPR said security forces conducted an operation in Kech".
func namesViolence(hits []taxonomy.Hit) bool {
	for _, h := range hits {
		if taxonomy.Violent(h.Cue) && !h.Item {
			return true
		}
	}
	return false
}

// background reports whether sentence i, which reports violence, is
// background to a story whose lead is of kind k: it does not open a new
// incident ("In another incident...").
func (d *doc) background(x *Extractor, k leadKind, i int) bool {
	if k == leadViolence || newIncident(d.sents[i].Toks) || d.sents[i].Para != d.sents[0].Para {
		return false
	}
	// After an arrest or a recovery, a toll of the same operation
	// ("Two soldiers were injured in the exchange of fire") is part of it.
	// Unless the lead names an incident it recalls ("arrested over the
	// killing of three people in a blast"): the fight told then is
	// that incident's.
	if k == leadNews && d.fightToll(i) && !otherDay(d.sents[0].Toks, d.sents[i].Toks) && !d.leadRecalls() {
		return false
	}
	if d.elsewhere(x, i) {
		return false
	}
	if (k == leadStatement || k == leadOther) && d.freshToll(i) && !d.dayBeforeLead(i) && !d.example(k, i) {
		return false
	}
	// "Armed men entered a cold storage and served a tax slip. The
	// militants later opened fire": under a lead that names no violence,
	// a deed told as what came next, or told just after the lead with a
	// day of its own where the lead gives none ("With polls drawing
	// close, violence has been growing. IPFT workers kidnapped a CPI-M
	// worker on February 2"), is news of its own.
	// "Police arrested two cadres. Following their lead, a police team
	// reached the camp and an exchange of fire followed": after an
	// arrest or a recovery, a fight the sentence says followed is a
	// clash of its own, not a detail of the arrest.
	if k == leadNews && d.fightEnsued(i) {
		return false
	}
	// "'They came from three sides,' a police officer said. Insurgents
	// attacked the police station at dawn": a lead that opens on a quote
	// sets the scene, as feature copy does, for the deed told right
	// after it. A deed dated to a year is still recalled.
	if k == leadStatement && i == 1 && d.quotedLead() && d.deedDone(i) &&
		!slices.ContainsFunc(d.sents[i].Toks, func(t lex.Token) bool { return year(t.Lower) }) {
		return false
	}
	if k == leadOther && (d.deedDone(i) || d.groundTaken(i)) {
		_, leadDay := d.dayIn(0)
		leadDay = leadDay || dayWords(d.sents[0].Toks) != ""
		if i == 1 && !leadDay && (d.hasDay(i) || dayWords(d.sents[i].Toks) != "") || deedNext(d.sents[i].Toks) {
			return false
		}
	}
	// Under a lead that names no violence, only violence is background:
	// "Police busted six camps. Explosives were seized there" keeps the
	// seizure.
	if k == leadOther && !namesViolence(d.liveHits(i)) {
		return false
	}
	return true
}

// groundTaken reports whether sentence i tells ground taken, with a verb
// in the past ("Tigrayan forces seized the town of Chifra after fighting
// with the regional forces"): a deed done, though the fighting beside it
// names violence.
func (d *doc) groundTaken(i int) bool {
	toks := d.sents[i].Toks
	for _, h := range d.liveHits(i) {
		if (h.Cue == taxonomy.CueCapture || h.Cue == taxonomy.CueRecapture) && !h.Item && toks[h.Token].Is("seized", "captured", "overran", "took", "retook", "recaptured") &&
			!(h.Token > 0 && toks[h.Token-1].Is("had", "have", "has", "who", "which", "that")) {
			return true
		}
	}
	return false
}

// fightEnsued reports a sentence that tells a fight that followed or
// ensued ("an exchange of fire followed"), not one recalled.
func (d *doc) fightEnsued(i int) bool {
	toks := d.sents[i].Toks
	for _, h := range d.liveHits(i) {
		if (h.Cue == taxonomy.CueClash || h.Cue == taxonomy.CueFiring) && !h.Item && ensued(toks, h.Token) {
			return !recalled(toks)
		}
	}
	return false
}

// deedVerbs tell a violent deed done, in the past.
var deedVerbs = lex.WordSet(`opened fired abducted kidnapped shot killed hurled lobbed attacked ambushed
	torched exploded detonated triggered stabbed hacked beheaded dropped shelled bombed stormed raided`)

// deedDone reports whether sentence i tells a violent deed done, with a
// verb in the past, not the past perfect of something recalled ("had
// kidnapped") nor a sentence of recall.
func (d *doc) deedDone(i int) bool {
	toks := d.sents[i].Toks
	for _, h := range d.liveHits(i) {
		if !taxonomy.Violent(h.Cue) || h.Item || !deedVerbs[toks[h.Token].Lower] {
			continue
		}
		// Nor a deed in a relative clause or under a negation: "they
		// did not know who abducted them".
		if h.Token > 0 && toks[h.Token-1].Is("had", "have", "has", "to", "would", "will", "who", "which", "that", "whom") ||
			h.Token > 1 && toks[h.Token-2].Is("had", "have", "has", "who", "which", "that") {
			continue
		}
		if slices.ContainsFunc(toks[max(0, h.Token-5):h.Token], func(t lex.Token) bool { return t.Is("not", "n't", "never", "no") }) {
			continue
		}
		// Nor the cause of what the sentence tells: "violence erupted
		// after activists attacked the site last week".
		if slices.ContainsFunc(toks[max(0, h.Token-8):h.Token], func(t lex.Token) bool { return t.Is("after", "following", "since") }) ||
			slices.ContainsFunc(toks[h.Token+1:min(len(toks), h.Token+11)], func(t lex.Token) bool { return t.Is("last", "ago", "earlier") }) {
			continue
		}
		return !recalled(toks)
	}
	return false
}

// quotedLead reports a text that opens on a quotation mark.
func (d *doc) quotedLead() bool {
	if len(d.sents) == 0 {
		return false
	}
	lead := d.text[d.sents[0].Start:]
	return strings.HasPrefix(lead, `"`) || strings.HasPrefix(lead, "“") || strings.HasPrefix(lead, "‘") || strings.HasPrefix(lead, "'")
}

// deedNext reports a sentence that tells what came next, in its first
// words: "The militants later opened fire", "They then abducted".
func deedNext(toks []lex.Token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		if toks[k].Is("later", "then", "subsequently", "thereafter") {
			return true
		}
	}
	return false
}

// elsewhere reports whether sentence i happened in another district or
// on another day than the lead says: a new incident.
func (d *doc) elsewhere(x *Extractor, i int) bool {
	if a, ok := d.dayIn(0); ok {
		// A day before the lead's is what the news recalls ("remanded
		// on 16 September over the murder ... hacked to death on 12 May
		// 2015"); only a later one is news of its own.
		if b, ok := d.dayIn(i); ok && b.After(a) {
			return true
		}
	}
	// A place named in a sentence that recalls a case or a deed ("the
	// murder cases of a businessman in Dibrugarh") is where that deed
	// happened, not where a new one did.
	// Nor is a place where the hurt were treated: "the injured were
	// taken to hospitals in Peshawar" names no deed.
	if recalled(d.sents[i].Toks) || judicial(d.sents[i].Toks) || !d.attackWords(i) {
		return false
	}
	a, okA := d.district(x, 0)
	b, okB := d.district(x, i)
	return okA && okB && a != b
}

// example reports whether sentence i, a toll told under a lead of
// someone speaking, is an example the speaker gives rather than the
// content of a statement: a statement's content follows its lead ("The
// military's media wing issued a statement. Security forces killed four
// terrorists in Tank, it said."), while a toll told further on, after
// sentences that name no violence, is a case the speech recalls ("Japan
// too is a victim of terrorism... Last July seven Japanese were killed in
// the Dhaka attack").
func (d *doc) example(k leadKind, i int) bool {
	if k != leadStatement || i < 2 {
		return false
	}
	// The sentence before goes on with the statement when it names an
	// incident; "a victim of terrorist attacks" names none.
	toks := d.sents[i-1].Toks
	for _, h := range d.liveHits(i - 1) {
		if taxonomy.Violent(h.Cue) && !h.Item && !plural(toks[h.Token]) {
			return false
		}
	}
	return true
}

// dayBeforeLead reports whether sentence i happened on a day before the
// one the lead gives: a statement of 27 October recalls the blast of 25
// August it tells again, toll and all.
func (d *doc) dayBeforeLead(i int) bool {
	a, okA := d.dayIn(0)
	b, okB := d.dayIn(i)
	return okA && okB && b.Before(a)
}

// freshToll reports whether sentence i gives a toll of violence told as
// happening, not recalled: "Security forces killed four terrorists".
func (d *doc) freshToll(i int) bool {
	if !d.toll(i) || recalled(d.sents[i].Toks) {
		return false
	}
	for _, h := range d.liveHits(i) {
		if taxonomy.Violent(h.Cue) && !h.Item {
			return true
		}
	}
	return false
}

// leadRecalls reports whether the lead names violence it only refers to:
// "arrested the mastermind of the killing of a priest".
func (d *doc) leadRecalls() bool {
	if len(d.sents) == 0 {
		return false
	}
	toks := d.sents[0].Toks
	for _, h := range d.hits[0] {
		if taxonomy.Violent(h.Cue) && pastReference(toks, h.Token) {
			return true
		}
	}
	return false
}

// otherDay reports whether two sentences name different days of the
// month ("on July 13", "on June 19"), read from the words: a fight on
// another day than the arrest or recovery the lead tells is another
// fight, even when no publication date lets the days resolve.
func otherDay(a, b []lex.Token) bool {
	da, db := dayWords(a), dayWords(b)
	return da != "" && db != "" && da != db
}

// dayWords returns the first "month day" a sentence names ("july 13" for
// "July 13" or "13 July"), or "".
func dayWords(toks []lex.Token) string {
	for i := range toks {
		if day := monthDayAt(toks, i); day != "" {
			return day
		}
	}
	return ""
}

// monthDayAt returns "july 13" when the token at i is a month beside its
// day ("July 13", "13 July"), or "".
func monthDayAt(toks []lex.Token, i int) string {
	t := toks[i]
	if !month[t.Lower] {
		return ""
	}
	if i+1 < len(toks) && lex.Digits(toks[i+1].Lower) && len(toks[i+1].Lower) <= 2 {
		return t.Lower + " " + toks[i+1].Lower
	}
	if i > 0 && lex.Digits(toks[i-1].Lower) && len(toks[i-1].Lower) <= 2 {
		return t.Lower + " " + toks[i-1].Lower
	}
	return ""
}

// fightToll reports whether sentence i gives a toll of a fight told as
// happening there: "Two soldiers were injured in the exchange of fire".
func (d *doc) fightToll(i int) bool {
	if !d.toll(i) || recalled(d.sents[i].Toks) {
		return false
	}
	for _, h := range d.liveHits(i) {
		switch h.Cue {
		case taxonomy.CueClash, taxonomy.CueFiring, taxonomy.CueRetaliation:
			return true
		}
	}
	return false
}

// toll reports whether sentence i gives an exact number of people killed
// or injured.
func (d *doc) toll(i int) bool {
	for _, f := range d.figs[i] {
		if !f.Negated && !f.Vague && f.Count > 0 && (f.Kind == casualties.Killed || f.Kind == casualties.Injured) {
			return true
		}
	}
	return false
}

// recalled reports whether a sentence tells of deeds before the story's
// news: "his men had shot dead two traders", "he confessed to killing".
func recalled(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("had", "confessed", "admitted", "revealed", "involved", "accused", "wanted",
			// A case, a probe or evidence is about what was done before:
			// "the murder cases in which...", "played a key role in".
			"case", "cases", "role", "probe", "investigation", "investigators", "evidence", "proof",
			// Sympathy and aid follow a loss: "learnt with sadness of the
			// death of 80 cadets", "cheques for the families of those
			// killed".
			"learnt", "learned", "sadness", "condolence", "condolences", "compensation", "cheques", "victims",
			// "For example, seven tourists were killed", "he was referring
			// to the July 1 attack": a speaker's instance of the past.
			"example", "referring", "recalled", "recalling", "reminiscent") {
			return true
		}
		// "Following the killing of the commander, the services were
		// snapped", "within hours of the killing": the deed dates the
		// news.
		if t.Is("following", "after") && lex.HasAt(toks, i+1, "the") {
			// "after the Batla House encounter": a name may stand
			// between.
			for k := i + 2; k < len(toks) && k <= i+5 && nominal(toks[k]) && !toks[k].Punct; k++ {
				if toks[k].Is("killing", "killings", "death", "deaths", "attack", "attacks", "blast", "blasts", "bombing", "bombings",
					"explosion", "abduction", "kidnapping", "encounter", "massacre", "ambush", "assassination", "murder") {
					return true
				}
			}
		}
		// "attacked the outpost in 2002", "shot dead in March 2015": a
		// deed dated by its year alone is told from a distance; news
		// gives the day.
		if t.Is("in") && i+1 < len(toks) && (year(toks[i+1].Lower) || month[toks[i+1].Lower] && i+2 < len(toks) && year(toks[i+2].Lower)) {
			return true
		}
		if lex.HasAt(toks, i, "in", "the", "wake", "of") || lex.HasAt(toks, i, "within", "hours", "of") {
			return true
		}
	}
	return false
}

// statement reports whether a sentence is someone speaking ("The minister
// said on Monday that..."). "Claimed" is not among the verbs: "the group
// claimed responsibility for the attack" leads a report of the attack.
func statement(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("said", "says", "stated", "told", "insisted", "asserted", "urged", "announced", "directed",
			"ordered", "warned", "alleged", "demanded", "stressed", "revealed", "disclosed", "informed", "admitted", "confessed",
			"condemned", "recommended", "reviewed", "proposed", "voiced", "expressed", "conceded", "apologised", "apologized",
			"appealed", "sought", "approved", "decided", "visited", "inaugurated", "chaired", "discussed", "assured", "vowed",
			"pledged", "denied", "rejected", "refuted", "reiterated", "registered", "filed", "issued", "imposed", "lifted",
			"banned", "declared", "designated", "remanded") {
			return true
		}
	}
	return false
}

// onlyClaimsCredit reports whether a lead only attributes an earlier attack:
// its one live trigger is a claim of responsibility ("The front claimed
// responsibility for killing nine guards"), the deed itself being named as
// what the claim is for.
func onlyClaimsCredit(toks []lex.Token, hits []taxonomy.Hit) bool {
	claim := false
	for _, h := range hits {
		switch {
		case lex.HasAt(toks, h.Token, "claimed", "responsibility") || lex.HasAt(toks, h.Token, "claims", "responsibility"):
			claim = true
		case taxonomy.Violent(h.Cue) && !h.Item:
			return false
		}
	}
	return claim
}

// aftermathWords tell of what follows an incident: a funeral, a
// tribute, a remembrance, relief paid, a body named or a case solved.
var aftermathWords = lex.WordSet(`funeral funerals burial buried tribute tributes homage wreath wreaths
	condolence condolences compensation ex-gratia cheque cheques anniversary remains rites fateha fatiha
	remember remembered remembering remembrance commemorate commemorated commemorating commemoration
	discharged inquired enquired belonged belong belongs cracked identified identity identities disclosed revealed`)

// aftermath reports whether a sentence tells of an incident's aftermath
// and names its violence only as the circumstance of the people or the
// deed it is about: "attended the funeral of the journalist who was shot
// dead", "paid tributes to the soldiers killed in the attack",
// "compensation for the families of the three men killed in the blast".
// A deed told in its own clause ("a suicide bomber struck a funeral in
// Nangarhar, killing 12") still reports.
func aftermath(toks []lex.Token, hits []taxonomy.Hit) bool {
	frame := false
	for i, t := range toks {
		// "A trader identified as Ali, who was abducted" only names the
		// victim; "the 22 killed had been identified" is the aftermath.
		// "a wreath-laying ceremony": a compound led by such a word.
		// "The cadre killed on Monday was identified as Ram" is one: the
		// auxiliary makes the naming the sentence's verb.
		// "The bodies of two rebels killed in an encounter were handed
		// over to their families": the dead returned to their kin.
		head, _, compound := strings.Cut(t.Lower, "-")
		namedOnly := t.Is("identified") && lex.HasAt(toks, i+1, "as") && !(i > 0 && toks[i-1].Is("was", "were", "been"))
		if aftermathWords[t.Lower] && !namedOnly || compound && aftermathWords[head] || bodiesHandedOver(toks, i) || bodyReachedHome(toks, i) {
			frame = true
			break
		}
	}
	// "The rebels could have learnt of the movement of the seven
	// troopers, who were killed in a blast on March 30, the police chief
	// said on March 31": a statement dated on its own day that names the
	// deed, on another, only in a clause about people it has named with
	// "the" tells no new incident. ("Parents say the girls, who were taken
	// on Friday, are still missing" gives one day: the abduction is the
	// news.)
	said := !frame && statement(toks) && twoDays(toks)
	// A toll rising revises the incident's toll: that is news of its
	// own (vigil.Event.TollRevision), whoever tells it.
	if !frame && !said || tollUpdate(toks) {
		return false
	}
	// A victim who "succumbed to his injuries" is not among these: the
	// death is news of the incident (its toll), as the event probes
	// want it.
	n := 0
	for _, h := range hits {
		if !taxonomy.Violent(h.Cue) || h.Item {
			continue
		}
		if !dependent(toks, h.Token, said) {
			return false
		}
		n++
	}
	return n > 0
}

// bodyReachedHome reports a verb of arriving at i, in a sentence about a
// body or bodies, that brings them home: "as the body of a labourer killed
// in Kashmir last week reached his village", "the bodies of the soldiers
// arrived in their hometown". The dead returned to their kin are an
// incident's aftermath.
func bodyReachedHome(toks []lex.Token, i int) bool {
	if !toks[i].Is("reached", "arrived", "brought") || !slices.ContainsFunc(toks[:i], func(t lex.Token) bool { return t.Is("body", "bodies", "coffin", "coffins", "remains") }) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("village", "home", "hometown", "native", "homes", "villages", "house") {
			return true
		}
	}
	return false
}

// bodiesHandedOver reports "handed over" at i in a sentence about a body
// or bodies: the dead returned to their families after an incident.
func bodiesHandedOver(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i, "handed", "over") {
		return false
	}
	return slices.ContainsFunc(toks, func(t lex.Token) bool { return t.Is("body", "bodies") })
}

// participles are the violent words that, after a noun, open a reduced
// relative clause: "the soldiers injured in the attack", "a manager
// abducted by militants".
var participles = lex.WordSet(`killed injured wounded martyred shot abducted kidnapped slain hurt murdered gunned`)

// dependent reports whether the trigger at i only qualifies someone or
// something the sentence is about: it stands in a relative clause ("the
// journalist who was shot dead", "in which 147 people were killed"; with
// definiteHead, only one on a head named with "the"), in
// a participle after a noun ("the miners killed in Mach"), or names an
// incident its reader knows ("the suicide attack", "yesterday's attack").
func dependent(toks []lex.Token, i int, definiteHead bool) bool {
	if pastReference(toks, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";", "?", "!") {
			break
		}
		if toks[k].Is("who", "whom", "which") || toks[k].Is("that") && k > 0 && !saying[toks[k-1].Lower] {
			if clauseClosed(toks, k, i) {
				break
			}
			if !definiteHead {
				return true
			}
			h := k - 1
			if h > 0 && toks[h].Is(",") {
				h--
			}
			return h >= 0 && nominal(toks[h]) && !toks[h].Punct && definite(toks, h)
		}
	}
	if definiteHead {
		return false
	}
	t := toks[i]
	if reducedRelative(toks, i) || attributive(toks, i) {
		return true
	}
	if !nominal(t) {
		return false
	}
	// "a policeman injured in a militant attack": the attack is the
	// circumstance of the participle that qualifies the policeman.
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if toks[k].Punct || toks[k].Is("when", "as", "while", "after") {
			break
		}
		if participles[toks[k].Lower] {
			return reducedRelative(toks, k)
		}
	}
	return definite(toks, i) || dayPossessive(toks, i) || possessed(toks, i)
}

// possessed reports whether a possessive determiner names the noun at
// i, over the words that qualify it: "their bodies", "his abduction".
func possessed(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("their", "his", "her", "its") {
			return true
		}
		if toks[k].Punct || !nominal(toks[k]) {
			return false
		}
	}
	return false
}

// reducedRelative reports whether the participle at i follows a noun and
// is followed by its circumstance, as a relative clause without its
// pronoun: "the miners killed in Mach", "a manager abducted by rebels".
// "Militants killed two soldiers" tells the deed.
func reducedRelative(toks []lex.Token, i int) bool {
	if !participles[toks[i].Lower] || i == 0 {
		return false
	}
	// "were also killed", "was critically injured": an adverb may stand
	// between the auxiliary and the participle.
	p := i - 1
	if p > 0 && (toks[p].Is("also", "later", "then", "subsequently", "still", "reportedly", "allegedly", "critically", "seriously", "fatally", "grievously", "badly") ||
		len(toks[p].Lower) > 4 && strings.HasSuffix(toks[p].Lower, "ly")) {
		p--
	}
	// "among those killed", "the injured": the toll told, no noun
	// qualified.
	if toks[p].Punct || toks[p].Is("was", "were", "been", "being", "is", "are", "be", "had", "have", "has", "got", "get", "and", "or", "those", "the", "among") {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].Is("dead", "down") {
		j++
	}
	// "killed at least 40 villagers" has its object.
	if lex.HasAt(toks, j, "at", "least") || lex.HasAt(toks, j, "at", "most") {
		return false
	}
	return j < len(toks) && toks[j].Is("in", "by", "during", "when", "at", "near", "on", "while", "last", "earlier", "since", "after", "inside", "outside", "from")
}

// attributive reports a participle of violence that stands as an
// adjective between a determiner and its noun: "the funeral of a slain
// militant", "visited the injured soldiers". It names who the people are,
// not a deed the sentence tells.
func attributive(toks []lex.Token, i int) bool {
	if !participles[toks[i].Lower] || i == 0 || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return toks[i-1].Is("a", "an", "the", "his", "her", "their", "its") && !next.Punct && nominal(next) &&
		!next.Is("in", "by", "during", "when", "at", "near", "on", "while", "after", "from", "and", "or", "to", "with")
}

// saying are the verbs after which "that" opens what is said, not a
// relative clause.
var saying = lex.WordSet(`said says say stated told claimed reported revealed confirmed added alleged disclosed informed
	announced believe believed feared learnt learned found showed shows suggest suggested noted`)

// dayPossessive reports whether a day in the possessive names the noun
// at i, over the words that qualify it: "yesterday's attack", "Monday's
// suicide bombing". The incident is one told before.
func dayPossessive(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Lower
		if base, ok := strings.CutSuffix(w, "'s"); ok {
			return dayName(base) || base == "week" || base == "month" || base == "night"
		}
		if toks[k].Punct || !nominal(toks[k]) {
			return false
		}
	}
	return false
}

// noAttack reports a sentence that says the scare or the blast it tells
// was no attack: a hoax, a false alarm, a drill, a gas cylinder gone off,
// or, in so many words, "not an act of terrorism".
func noAttack(toks []lex.Token) bool {
	for i, t := range toks {
		switch {
		case t.Is("hoax", "hoaxes", "drill"):
			if t.Is("drill") && !(i > 0 && toks[i-1].Is("mock", "security", "evacuation")) {
				continue
			}
			return true
		case lex.HasAt(toks, i, "false", "alarm"), lex.HasAt(toks, i, "gas", "leak"), lex.HasAt(toks, i, "gas", "leakage"),
			lex.HasAt(toks, i, "short", "circuit"):
			return true
		case t.Is("cylinder", "cylinders", "boiler", "transformer"):
			if i+1 < len(toks) && toks[i+1].Is("blast", "blasts", "explosion", "exploded", "burst", "explodes") {
				return true
			}
		case lex.HasAt(toks, i, "caused", "by"):
			// "the blast was caused by a leaking gas cylinder".
			for k := i + 2; k < len(toks) && k <= i+6; k++ {
				if toks[k].Is("gas", "cylinder", "leak", "leaking", "leakage", "boiler", "transformer", "short-circuit", "accident", "accidental", "accidentally") {
					return true
				}
			}
		case t.Is("no") && i+2 < len(toks) && toks[i+1].Is("terror", "terrorist", "militant", "subversive") &&
			toks[i+2].Is("link", "links", "angle", "hand", "involvement"):
			// "the explosion had no terror link".
			return true
		case lex.HasAt(toks, i, "not", "by"):
			// "caused by a cylinder and not by an explosive device".
			k := i + 2
			if k < len(toks) && toks[k].Is("a", "an", "any") {
				k++
			}
			if k < len(toks) && toks[k].Is("bomb", "explosive", "explosives", "ied", "grenade", "device") {
				return true
			}
		case t.Is("not"):
			// "was not an act of terrorism", "not a terrorist attack";
			// not "did not rule out terrorism".
			k := i + 1
			if k < len(toks) && toks[k].Is("a", "an") {
				k++
			}
			if k+1 < len(toks) && toks[k].Is("act", "case", "incident") && toks[k+1].Is("of") {
				k += 2
			}
			if k < len(toks) && toks[k].Is("terrorism", "terrorist", "terror", "terror-related", "sabotage") {
				return true
			}
		}
	}
	return false
}

// yearDated reports whether the trigger at i is dated, in its clause, by
// a year alone while the sentence gives a day to something else: "said
// on October 9 that the ambush in Chandel in 2015 was a lesson",
// "remains of a soldier abducted by the rebels in 1990 were exhumed on
// August 8". News dates its deed by the day; a deed dated by its year
// beside the day of the telling is recalled. ("Gunmen shot dead a trader
// in Quetta in 2019" gives no day, and the text's own time must judge.)
func yearDated(toks []lex.Token, i int) bool {
	found, y := false, 0
	for k := i + 1; k+1 < len(toks) && k <= i+10; k++ {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			break
		}
		if toks[k].Is("in") && year(toks[k+1].Lower) {
			y, found = atoi(toks[k+1].Lower), true
			break
		}
		if toks[k].Is("in") && month[toks[k+1].Lower] && k+2 < len(toks) && year(toks[k+2].Lower) {
			y, found = atoi(toks[k+2].Lower), true
			break
		}
	}
	if !found {
		y, found = relativeToYear(toks, i)
	}
	if !found {
		return false
	}
	if dayWords(toks) != "" {
		return true
	}
	// "paid a ransom in March 2015 for two women kidnapped in March
	// 2013": a later year elsewhere in the sentence is the telling's.
	for k := 1; k < len(toks); k++ {
		in := toks[k-1].Is("in") || k > 1 && toks[k-2].Is("in") && month[toks[k-1].Lower]
		if in && year(toks[k].Lower) && atoi(toks[k].Lower) > y {
			return true
		}
	}
	for k, t := range toks {
		if weekdayWords[t.Lower] && k > 0 && toks[k-1].Is("on", "(") {
			return true
		}
	}
	return false
}

// surrenderedAdjective reports whether "surrendered" at i qualifies the
// noun after it, after an article, a number or "former": "a surrendered
// cadre", "18 surrendered militants". "Two cadres surrendered before
// the police" tells the surrender.
func surrenderedAdjective(toks []lex.Token, i int) bool {
	if !toks[i].Is("surrendered") || i == 0 || i+1 >= len(toks) {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	if next.Punct || next.Is("to", "before", "in", "on", "at", "with", "along", "their", "his", "her", "its", "arms", "weapons",
		"after", "during", "from", "under", "and", "en", "together", "themselves", "himself", "herself", "last", "yesterday", "today") {
		return false
	}
	return prev.Is("a", "an", "the", "of", "to", "former", "these", "those", "some", "many", "several", "other", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "more", "all", "each") || lex.Digits(prev.Lower)
}

// clauseClosed reports whether the relative clause opened at k has
// closed before the trigger at i: a verb of its own, then a comma ("the
// village head, who had received threats, was gunned down"). "In which
// 147 people, most of them children, were killed" has no verb before its
// comma.
func clauseClosed(toks []lex.Token, k, i int) bool {
	verb := false
	for j := k + 1; j < i; j++ {
		t := toks[j]
		if t.Is(",") && verb {
			return true
		}
		if t.Is("was", "were", "had", "has", "have", "is", "are") || happening[t.Lower] ||
			len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "ed") {
			verb = true
		}
	}
	return false
}

// twoDays reports whether a sentence names two different days: the
// telling's and the deed's ("said on March 31 ... killed on March 30").
func twoDays(toks []lex.Token) bool {
	first := ""
	for i, t := range toks {
		day := monthDayAt(toks, i)
		if day == "" && weekdayWords[t.Lower] {
			day = t.Lower
		}
		if day == "" {
			continue
		}
		if first == "" {
			first = day
		} else if day != first {
			return true
		}
	}
	return false
}

// relativeBefore reports whether the trigger at i stands in a relative
// clause that tells its deed as before the news: in the past perfect
// ("the three terrorists who had attacked the camp", "a man who had been
// abducted") or dated before it ("the airbase, which was attacked by six
// terrorists last week").
func relativeBefore(toks []lex.Token, i int) bool {
	rel := -1
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("who", "which", "whom") {
			rel = k
			break
		}
	}
	if rel < 0 {
		return false
	}
	// The trigger is the clause's verb: only auxiliaries and adverbs
	// stand between. ("A commander who had surrendered in 2012 was shot
	// dead" tells the shooting.) After "whom", the clause's subject
	// does too: "an engineer, whom they had abducted ten days earlier".
	had := false
	for k := rel + 1; k < i; k++ {
		had = had || toks[k].Is("had")
		if toks[rel].Is("whom") && k == rel+1 && toks[k].Is("they", "he", "she", "militants", "rebels", "maoists") {
			continue
		}
		if !toks[k].Is("had", "has", "have", "was", "were", "been", "is", "are", "also", "earlier", "reportedly", "allegedly") &&
			!(len(toks[k].Lower) > 4 && strings.HasSuffix(toks[k].Lower, "ly")) {
			return false
		}
	}
	if had {
		return true
	}
	return datedBefore(toks, i) || monthDated(toks, i)
}

// monthDated reports a deed dated by its month alone in the few words
// after the trigger at i, in its clause: "a professor, who was kidnapped
// from Peshawar in March, was released on August 12". News tells its own
// deed by the day; a relative clause that dates its deed by the month
// tells one before. (Read only in a relative clause: "Amnesty said forces
// shot at demonstrators in November" tells the deed it dates.)
func monthDated(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			return false
		}
		if toks[k].Is("in") && month[toks[k+1].Lower] && (k+2 >= len(toks) || !(lex.Digits(toks[k+2].Lower) && len(toks[k+2].Lower) <= 2)) {
			return true
		}
	}
	return false
}

// datedBefore reports words that date the clause of the trigger at i
// before the news, within a few words and before a comma: "last week",
// "last month", "earlier this month", "three days ago", "weeks back".
func datedBefore(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			return false
		}
		if lex.HasAt(toks, k, "last", "week") || lex.HasAt(toks, k, "last", "month") || lex.HasAt(toks, k, "earlier", "this") ||
			toks[k].Is("ago", "back") && k > 0 && toks[k-1].Is("days", "weeks", "months", "fortnight", "years") {
			return true
		}
	}
	return false
}

// deedDate returns the first date of sentence i that could date a deed
// (not a report's day, a dateline or a bound: see asideDate), or nil.
func (d *doc) deedDate(i int) *dates.Mention {
	s := d.sents[i]
	given := d.datesGiven()
	for k := range given {
		m := &given[k]
		if m.Start < s.Start || m.End > s.End || asideDate(s.Toks, m) {
			continue
		}
		return m
	}
	return nil
}

// newsDay returns the day the text's news happened on, for telling a
// recalled deed from it: the first deed day the first event's sentences
// give, with a margin of three days; failing that the publication date,
// with a margin of a week, since news is told within days of the deed.
func (d *doc) newsDay(groups [][]int) (ref time.Time, margin int, ok bool) {
	if len(groups) > 0 {
		for _, g := range groups[0] {
			if m := d.deedDate(g); m != nil && m.Precision == vigil.TimePrecisionDay {
				return m.Date, 3, true
			}
		}
	}
	if d.published.IsZero() {
		return time.Time{}, 0, false
	}
	p := d.published.UTC()
	return time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC), 7, true
}

// toldAsEarlier reports a sentence that tells its deed as one before the
// news: "The attack comes two days after a bombing ...", "a similar
// attack", "days earlier", "a week ago".
func toldAsEarlier(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("similar") || t.Is("after", "earlier", "ago", "before") && i > 0 && toks[i-1].Is("day", "days", "week", "weeks") {
			return true
		}
	}
	// "Earlier, on 9 September, three khwarij were killed in Tank, the
	// ISPR had said."
	return len(toks) > 0 && toks[0].Is("earlier") && slices.ContainsFunc(toks, func(t lex.Token) bool { return t.Is("had") })
}

// thatDay reports a day named only by pointing back at one told before:
// "were killed that day", "that night", "on that morning".
func thatDay(toks []lex.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Is("that") && toks[k+1].Is("day", "night", "morning", "evening", "afternoon") {
			return true
		}
	}
	return false
}

// longAfter reports a sentence that tells the news as coming more than
// two days after the deed it names: "comes ten days after", "came weeks
// after", "comes two months after". A day or two after ("a day after",
// "two days after") may still be the same news's week, and "Ten days
// after the attack, ..." tells a later deed.
func longAfter(toks []lex.Token) bool {
	days, ok := cameAfter(toks)
	return ok && days > 2
}

// cameDaysAfter reports a sentence that sets the news two days or more
// after a deed it tells: "The encounter comes ten days after terrorists
// ambushed an Army vehicle in the same area, killing two soldiers", "The
// attack came a week after a blast in the same bazaar". The deed after
// "after" is recalled, whether or not a date is given for it; the toll
// beside it is its own, not the news's. ("The report came a day after a
// bombing on Monday": the day before is still the news's.)
func cameDaysAfter(toks []lex.Token) bool {
	days, ok := cameAfter(toks)
	return ok && days >= 2
}

// cameAfter reads how many days a sentence sets its news after an
// earlier deed: "comes ten days after" is 10, "came a week after" 7,
// "came weeks after" 14, "comes two months after" 60. A span with no
// number counts as two of its unit ("days after", "months after").
func cameAfter(toks []lex.Token) (days int64, ok bool) {
	for k, t := range toks {
		if !t.Is("comes", "came", "come", "coming") {
			continue
		}
		for m := k + 2; m < len(toks) && m <= k+5; m++ {
			if toks[m-1].Punct {
				break
			}
			if !toks[m].Is("after") {
				continue
			}
			var unit int64
			switch u := toks[m-1]; {
			case u.Is("day", "days"):
				unit = 1
			case u.Is("week", "weeks"):
				unit = 7
			case u.Is("fortnight"):
				unit = 14
			case u.Is("month", "months"):
				unit = 30
			case u.Is("year", "years"):
				unit = 365
			default:
				continue
			}
			n, _, isNumber := lex.NumberAt(toks, m-2)
			switch {
			case isNumber:
			case toks[m-2].Is("a", "an", "one"):
				n = 1
			default:
				n = 2
			}
			return n * unit, true
		}
	}
	return 0, false
}

// recalledDay reports whether sentence i, in a paragraph after the
// lead's, dates the deed it tells well before the news the text reports:
// "On March 12, a suicide attack on a checkpost killed seven soldiers"
// under a lead of Monday's bombing, "In October, two Chinese were killed
// in a bombing outside Karachi airport", "On December 16, 2014, gunmen
// stormed the school" in an anniversary's report. An article tells its
// news first; a later paragraph that dates a deed days or months before
// it recalls an attack as background, which no coder codes from it. A
// deed a day or two before counts only when the sentence tells it as
// earlier ("two days after a bombing ... on Sunday"). "In a separate
// incident on Saturday" stays news.
func (d *doc) recalledDay(groups [][]int, i int) bool {
	if i == 0 || d.sents[i].Para == d.sents[0].Para || newIncident(d.sents[i].Toks) {
		return false
	}
	m := d.deedDate(i)
	if m == nil {
		// "The encounter comes ten days after terrorists ambushed an
		// Army vehicle": a deed told as days or weeks before the news
		// needs no date to be recalled.
		return longAfter(d.sents[i].Toks)
	}
	ref, margin, ok := d.newsDay(groups)
	if !ok {
		return false
	}
	switch m.Precision {
	case vigil.TimePrecisionMo:
		// "In October": the whole month is before the news's.
		return !m.Date.AddDate(0, 1, 0).After(ref.AddDate(0, 0, -margin))
	case vigil.TimePrecisionWk:
		// "Last week": a week that began a week or more before.
		return !m.Date.After(ref.AddDate(0, 0, -7))
	}
	// Under a lead that is a statistic, with no incident reported yet,
	// what the deed came before is the report: "The report came a day
	// after a suicide bomber rammed a car into a convoy on Tuesday" tells
	// the week's news, not an older deed.
	if toldAsEarlier(d.sents[i].Toks) && !(len(groups) == 0 && d.claimSent[0]) {
		margin = 1
	}
	return !m.Date.After(ref.AddDate(0, 0, -margin))
}

// noAttackBefore reports whether a sentence before i, in the lead or in
// i's paragraph, says the blast or scare the story tells was no attack:
// "Police clarified that the blast was caused by a gas cylinder. Two
// people were injured in the blast" names the same accident again.
func (d *doc) noAttackBefore(i int) bool {
	if i > 0 && noAttack(d.sents[0].Toks) {
		return true
	}
	// A paragraph's sentences stand together: walk back through i's
	// only, so that a long text is not read again for each sentence.
	for k := i - 1; k > 0 && d.sents[k].Para == d.sents[i].Para; k-- {
		if noAttack(d.sents[k].Toks) {
			return true
		}
	}
	return false
}

// hurtInKnown reports a sentence whose violence is only an incident
// named with "the" and the people it killed or hurt: "Two members of the
// family were injured in the blast".
func hurtInKnown(toks []lex.Token, hits []taxonomy.Hit) bool {
	n := 0
	for _, h := range hits {
		if !taxonomy.Violent(h.Cue) || h.Item {
			continue
		}
		t := toks[h.Token]
		switch {
		case nominal(t) && definite(toks, h.Token):
			n++
		case participles[t.Lower]:
		default:
			return false
		}
	}
	return n > 0
}

// tallyVerbs are the participles of a toll that, in the perfect, sum
// many deeds: "have been killed", "had lost their lives", "had embraced
// martyrdom".
var tallyVerbs = lex.WordSet(`killed lost died embraced martyred injured wounded abducted kidnapped perished sacrificed gunned shot
	arrested detained`)

// tallied reports a sentence that tells a toll in the perfect or the
// pluperfect over a span of months or years, as a tally does: "over 700
// personnel had embraced martyrdom since 2005", "33 had lost their lives
// in five years", "Maoists had killed 18 villagers in the first eight
// months of the year". News tells its deed in the past, by its day; the
// day such a sentence gives is the telling's.
func tallied(toks []lex.Token) bool {
	perfect := false
	for i, t := range toks {
		// "Two soldiers were killed on Monday, bringing to 40 those who
		// have been killed since January": a deed in the past beside
		// the tally is news.
		if t.Is("was", "were") && i+1 < len(toks) && tallyVerbs[toks[i+1].Lower] {
			return false
		}
		if !t.Is("had", "have", "has") || i+1 >= len(toks) {
			continue
		}
		n := toks[i+1]
		if n.Is("been") && i+2 < len(toks) {
			n = toks[i+2]
		}
		perfect = perfect || tallyVerbs[n.Lower]
	}
	if !perfect {
		return false
	}
	for i := range toks {
		if longSpanAt(toks, i) {
			return true
		}
	}
	return false
}

// spateSeen reports a sentence that tells a place as having seen many
// deeds, in the perfect: "The province has seen a series of attacks in
// recent weeks, including the killing of passengers on the highways",
// "Bannu has witnessed several attacks on the police". What it names is
// the spate, background to the news, not an incident (a day of its own
// makes it news again, and so does a deed told before it: "Six soldiers
// were killed in an attack on a post, ..., adding that the area had seen
// 17 such attacks this year").
func spateSeen(toks []lex.Token, hits []taxonomy.Hit) bool {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is("has", "have", "had") || !toks[i+1].Is("seen", "witnessed", "experienced", "suffered") {
			continue
		}
		if slices.ContainsFunc(hits, func(h taxonomy.Hit) bool { return h.Token < i && taxonomy.Violent(h.Cue) }) {
			return false
		}
		for k := i + 2; k < len(toks) && k <= i+6; k++ {
			if summedNouns[toks[k].Lower] {
				return true
			}
			if toks[k].Punct {
				break
			}
		}
	}
	return false
}

// pluperfectDeed reports a violent deed told in the pluperfect: "had
// killed", "had been attacked".
func pluperfectDeed(toks []lex.Token, hits []taxonomy.Hit) bool {
	return slices.ContainsFunc(hits, func(h taxonomy.Hit) bool {
		k := h.Token
		return taxonomy.Violent(h.Cue) && k >= 1 && (toks[k-1].Is("had") || k >= 2 && toks[k-1].Is("been") && toks[k-2].Is("had"))
	})
}

// spanUnits are the units of a span too long for one incident.
var spanUnits = lex.WordSet(`years months decades`)

// longSpanAt reports a span of months or years that starts at i: "since
// 2005", "since January", "since the start of", "in five years", "over
// the last two years", "in the first eight months", "during the year",
// "so far", "to date", "till date".
func longSpanAt(toks []lex.Token, i int) bool {
	t := toks[i]
	switch {
	case t.Is("since") && i+1 < len(toks):
		n := toks[i+1]
		return year(n.Lower) || month[n.Lower] && !(i+2 < len(toks) && lex.Digits(toks[i+2].Lower) && !year(toks[i+2].Lower)) ||
			n.Is("the") && i+2 < len(toks) && toks[i+2].Is("start", "launch", "beginning", "inception", "onset")
	case t.Is("in", "over", "within", "during"):
		k := i + 1
		if k < len(toks) && toks[k].Is("the") {
			k++
		}
		if k < len(toks) && toks[k].Is("last", "past", "first", "previous", "preceding") {
			k++
		}
		// "during the year", "in the past year", "over the previous
		// year".
		if k < len(toks) && toks[k].Is("year") && k > i+1 && toks[i+1].Is("the") {
			return k > i+2 || t.Is("during")
		}
		if q, ok := lex.QuantityAt(toks, k); ok && !q.Vague {
			k = q.Last + 1
		} else {
			return false
		}
		return k < len(toks) && spanUnits[toks[k].Lower]
	case lex.HasAt(toks, i, "so", "far"), lex.HasAt(toks, i, "to", "date"), lex.HasAt(toks, i, "till", "date"):
		return true
	}
	return false
}

// stillAlive reports a sentence that says a man reported killed lives:
// "the commander whom the police had claimed to have killed is still
// alive". The killing it names was a claim, and a false one.
func stillAlive(toks []lex.Token) bool {
	for i := range toks {
		if lex.HasAt(toks, i, "still", "alive") || lex.HasAt(toks, i, "is", "alive") || lex.HasAt(toks, i, "was", "alive") {
			return true
		}
	}
	return false
}

// aliveAfterAll reports a sentence of a story whose lead says a man
// reported killed is still alive: what the lead's paragraph tells of
// violence is the false report, how he got away, or his record, unless a
// sentence opens another incident.
func (d *doc) aliveAfterAll(i int) bool {
	return i > 0 && d.sents[i].Para == d.sents[0].Para && !newIncident(d.sents[i].Toks) && stillAlive(d.sents[0].Toks)
}

// claimedEarlier reports a trigger governed, in its clause, by a claim
// in the pluperfect: "police had earlier claimed that he was killed in an
// encounter", "whom the police had claimed to have killed". What was
// claimed before is told now to be set right, not reported.
func claimedEarlier(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if toks[k].Is(".", ";", "?", "!") {
			return false
		}
		if toks[k].Is("claimed", "said", "reported", "announced", "stated") {
			return toks[k-1].Is("had") || k >= 2 && toks[k-1].Is("earlier", "wrongly", "falsely") && toks[k-2].Is("had")
		}
	}
	return false
}

// relativeToYear returns the year that dates the head of the relative
// clause the trigger at i stands in: "the records of a raid in 2002 in
// which 17 people were killed", "the ambush in March 2015, where six
// soldiers died".
func relativeToYear(toks []lex.Token, i int) (int, bool) {
	for k := i - 1; k >= 2 && k >= i-8; k-- {
		if toks[k].Punct && !toks[k].Is(",") {
			return 0, false
		}
		if !toks[k].Is("which", "where", "when") {
			continue
		}
		j := k - 1
		if toks[j].Is("in", "during") {
			j--
		}
		if j >= 0 && toks[j].Is(",") {
			j--
		}
		if j >= 1 && year(toks[j].Lower) && (toks[j-1].Is("in") || j >= 2 && month[toks[j-1].Lower] && toks[j-2].Is("in")) {
			return atoi(toks[j].Lower), true
		}
		// "the 2003 Doramba killings, in which 19 cadres were
		// executed": the head named by its year.
		for h := j - 1; h >= 1 && h >= j-3; h-- {
			if year(toks[h].Lower) && toks[h-1].Is("the") {
				return atoi(toks[h].Lower), true
			}
		}
		return 0, false
	}
	return 0, false
}

// toldOfBefore reports harm a speaker says he had suffered, in the
// pluperfect passive, with no day of its own: "told reporters on June 19
// that he had been tortured by his interrogators". The day is the
// telling's; the harm is a captivity's, from before it. (A death or an
// arrest so told, "said that two soldiers had been killed", is news.)
func toldOfBefore(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("been") || !toks[i-2].Is("had") || !toks[i].Is("tortured", "beaten", "assaulted", "abused", "thrashed", "raped", "harassed", "mistreated", "ill-treated") {
		return false
	}
	// The "that" of a speaker's words: "said that", "told reporters in
	// Kabul on June 19 that".
	that := -1
	for k := i - 2; k >= 1 && that < 0; k-- {
		if !toks[k].Is("that") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-10 && !toks[j].Is(".", ";"); j-- {
			if saying[toks[j].Lower] {
				that = k
				break
			}
		}
	}
	if that < 0 {
		return false
	}
	rest := toks[that:]
	if dayWords(rest) != "" {
		return false
	}
	for _, t := range rest {
		if weekdayWords[t.Lower] {
			return false
		}
	}
	return true
}

// judgedWords pass judgment on a kind of deed.
var judgedWords = lex.WordSet(`detrimental counterproductive counter-productive unacceptable illegal harmful
	hurting harm harming damaging undermine undermining violation violations`)

// waveWords count deeds as a run: "a wave of attacks", "a spate of
// killings".
var waveWords = lex.WordSet(`wave spate string spurt spree`)

// talkedOf reports a trigger that names violence as a topic, not a deed
// the sentence reports: a kind of deed judged ("drone attacks carried out
// by the US were detrimental to relations"), a recent run of deeds that
// sets the scene ("following the recent wave of attacks in Kabul"),
// what militants do in general ("militants are killing people to spoil
// the harmony"), or captives named by what befell them while the
// sentence tells how they are ("the five guards kidnapped by militants
// are in good health"), those who organise such deeds, or a report of
// one denied.
func talkedOf(toks []lex.Token, i int) bool {
	t := toks[i]
	// "drone attacks": the kind may be named before its noun.
	noun := t
	if i+1 < len(toks) && nominal(toks[i+1]) && plural(toks[i+1]) {
		noun = toks[i+1]
	}
	if nominal(noun) && plural(noun) {
		for k := i + 1; k < len(toks) && k <= i+12 && !toks[k].Is(".", ";", "?", "!"); k++ {
			if judgedWords[toks[k].Lower] {
				return true
			}
		}
	}
	// The run, or a deed its relative clause tells: "the recent wave of
	// attacks in Kabul that killed 56 people".
	for k := i - 1; k >= 1 && k >= i-10 && !toks[k].Is(".", ";", "?", "!"); k-- {
		if waveWords[toks[k].Lower] && toks[k+1].Is("of") &&
			(toks[k-1].Is("recent", "latest", "ongoing", "continuing", "following", "amid", "amidst") || k >= 2 && toks[k-2].Is("following", "after", "amid", "amidst")) {
			return true
		}
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].Is("are", "is") && t.Is("killing", "attacking", "targeting", "kidnapping", "abducting") &&
		(plural(toks[i+1]) || toks[i+1].Is("people", "innocent", "innocents")) && !toks[i+1].Punct {
		return true
	}
	// "rocket launchers", "mine-proof vehicles": arms and gear named by
	// what they fire or withstand, unless used in the deed ("used
	// grenade launchers against an army post").
	if i+1 < len(toks) && toks[i+1].Is("launcher", "launchers", "proof", "protected", "resistant") &&
		!slices.ContainsFunc(toks[max(0, i-3):i], func(c lex.Token) bool { return c.Is("used", "using", "fired", "firing", "with", "by") }) {
		return true
	}
	// "believed to have been killed in Syria": hearsay of a death
	// elsewhere, no deed the story reports.
	for k := i - 1; k >= 3 && k >= i-8 && !toks[k].Punct; k-- {
		if toks[k].Is("been") && toks[k-1].Is("have") && toks[k-2].Is("to") &&
			toks[k-3].Is("believed", "thought", "presumed", "rumoured", "rumored", "supposed") {
			return true
		}
	}
	for k := max(1, i-6); k < i; k++ {
		// "militant attacks like the point blank killing of two
		// policemen": an instance of a kind.
		if toks[k].Is("like") && k+1 < len(toks) && toks[k+1].Is("the", "a") && plural(toks[k-1]) && nominal(toks[k-1]) {
			return true
		}
		// "threatened of retaliatory action", "threatened to kill".
		if toks[k].Is("threatened", "threatening", "threatens", "threaten") && k+1 < len(toks) && toks[k+1].Is("of", "to", "with") {
			return true
		}
	}
	// "The Home Secretary on the killing of Maoists in the State said
	// that ...": what a speaker spoke about.
	if i >= 2 && toks[i-2].Is("on") && toks[i-1].Is("the") && nominal(t) {
		for k := i + 1; k < len(toks) && k <= i+12 && !toks[k].Is(".", ";"); k++ {
			if toks[k].Is("said", "says", "told", "stated") {
				return true
			}
		}
	}
	// "a case under the Explosive Substances Act", "bombs were to be
	// planted": the law's name, a plan.
	if t.Is("explosive") && i+1 < len(toks) && toks[i+1].Is("substance", "substances") ||
		i >= 3 && toks[i-1].Is("be") && toks[i-2].Is("to") && toks[i-3].Is("was", "were") ||
		i+3 < len(toks) && toks[i+1].Is("was", "were") && toks[i+2].Is("to") && toks[i+3].Is("be") {
		return true
	}
	// "A kidnapped engineer who was recovered after 18 months in
	// captivity": the abduction is as old as the captivity.
	if t.Is("kidnapped", "abducted", "kidnapping", "abduction", "hostage", "hostages") && longCaptivity(toks) {
		return true
	}
	// "the organisers of terrorist attacks": who plans or backs such
	// deeds, named by them.
	for k := max(0, i-4); k+1 < i; k++ {
		if toks[k].Is("organisers", "organizers", "perpetrators", "sponsors", "planners", "masterminds", "financiers") && toks[k+1].Is("of") {
			return true
		}
	}
	// "disputing a report that one of them had been killed", "dismissed
	// claims that three infiltrators were killed": a report denied.
	for k := i - 1; k >= 0 && k >= i-14 && !toks[k].Is(".", ";", "?", "!"); k-- {
		if toks[k].Is("disputing", "disputed", "denied", "denying", "dismissed", "dismissing", "rejected", "rejecting", "refuted", "refuting") {
			for j := k + 1; j < i && j <= k+5; j++ {
				if toks[j].Is("report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors") {
					return true
				}
			}
		}
	}
	if t.Is("kidnapped", "abducted") && i > 0 && i+1 < len(toks) &&
		(toks[i-1].Is("the", "his", "her", "their") || plural(toks[i-1]) && toks[i+1].Is("by")) {
		for k := i + 1; k < len(toks) && k <= i+10 && !toks[k].Punct; k++ {
			if toks[k].Is("are", "is", "remain", "remains") {
				return true
			}
		}
	}
	return false
}

// longCaptivity reports a captivity told as months or years long: "after
// 18 months in captivity", "three years of captivity", "in captivity for
// two years".
func longCaptivity(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("captivity") {
			continue
		}
		// "18 months in captivity", "three years of captivity".
		if i >= 2 && toks[i-1].Is("in", "of") && spanUnits[toks[i-2].Lower] {
			return true
		}
		// "in captivity for two years".
		if i+3 < len(toks) && toks[i+1].Is("for") {
			if q, ok := lex.QuantityAt(toks, i+2); ok && q.Last+1 < len(toks) && spanUnits[toks[q.Last+1].Lower] {
				return true
			}
		}
	}
	return false
}
