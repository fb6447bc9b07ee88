package taxonomy

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// This file holds the checks that tell a violent word used for violence
// from the same word used for sport, business, fiction, speech or an
// accident, and the words that are triggers only in some company
// ("signed" a ceasefire, "aircraft" that bombed, a "fire" at a factory).
// Analysts feed vigil general news as well as conflict reporting: there a
// "shot" on goal, a battery that "exploded" or a senator who "attacked" a
// policy must not become an incident.

// sentence is what Scan learns about a whole sentence, once, when a
// trigger first needs it.
type sentence struct {
	done                     bool
	sport, cyber, fiction    bool
	speech, marketing, title bool
	weapon                   bool // a weapon or an armed assailant is named
	arms                     bool // a weapon is named
	space                    bool // rockets that fly to orbit
	assailant                bool // armed men are named
	protest                  bool // protesters or rioters are named
}

// assailantWords name those who fire rockets at people.
// warOnIdea reports whether the fighting at i is a war on an idea told
// after it: "fighting a decisive war against terrorism", "fighting
// extremism".
func warOnIdea(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("war", "terrorism", "terror", "militancy", "extremism", "insurgency", "menace", "crime", "corruption", "poverty") {
			return true
		}
	}
	return false
}

// gangsBefore reports whether cartels or gangs stand in the few words
// before token i, the subject of a verb: "two cartels are fighting".
func gangsBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("cartel", "cartels", "gang", "gangs") {
			return true
		}
	}
	return false
}

// armedSubject reports whether the few words before token i, the subject
// of a verb, name armed men: "Ukrainian and Russian forces were
// fighting"; not "two cartels are fighting".
func armedSubject(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if assailantWords[toks[k].Lower] || military(toks[k:k+1]) {
			return true
		}
	}
	return false
}

// strikerWords are the trades whose strike a possessive names: "nurses'
// strike", "truckers' strike".
var strikerWords = lex.WordSet(`workers teachers doctors nurses lecturers drivers truckers miners farmers pilots traders
	transporters employees staff`)

// blockaders are the people whose blockade of a road is a protest, not a
// naval or an army's blockade.
var blockaders = lex.WordSet(`farmers workers protesters protestors demonstrators residents villagers truckers drivers
	students traders activists miners teachers indigenous peasants transporters`)

var assailantWords = lex.WordSet(`militants militant gunmen terrorists terrorist insurgents rebels attackers assailants
	fighters forces troops army militia militias hamas hezbollah houthis houthi guerrillas guerrilla jihadists separatists`)

var (
	// sportWords say a sentence is about a game: "a shot on goal", "the
	// attack scored twice". Words as common in conflict news as "team" or
	// "season" (the fighting season) are left out.
	sportWords = lex.WordSet(`goalkeeper goalie goaltender striker strikers midfielder quarterback touchdown innings wicket
		wickets scored scoring playoff playoffs rebound rebounds assists tournament championship player players nba nfl
		nhl mlb fifa uefa olympics top-ranked seeded semifinal semifinals quarterfinal quarterfinals tennis football
		soccer basketball cricket hockey rugby golf crossbar free-kick header basket dunk halftime overtime inning
		batsman batsmen bowler bowlers ipl psl odi odis t20 t20i t20is openers unbeaten wicketkeeper all-rounder`)
	// cyberWords: an attack on computers is no ACLED event.
	cyberWords = lex.WordSet(`cyber cyberattack cyberattacks cyber-attack cyber-attacks hackers hacker hacked hacking
		ransomware malware ddos website websites servers phishing`)
	// fictionWords: violence in films, novels and games.
	fictionWords = lex.WordSet(`film films movie movies novel novels heroine protagonist villain actor actress
		character characters cutscene sequel screenplay gamers episode photoshoot photographer`)
	// speechWords: an attack made in words.
	speechWords = lex.WordSet(`speech tweet tweets twitter interview remarks criticism criticised criticized scathing
		verbal rhetoric editorial op-ed debate podcast rant investors shareholders critics commentators columnist
		economists blistering stinging withering broadside tirade`)
	// spaceWords: rockets that carry satellites.
	spaceWords = lex.WordSet(`orbit orbital satellite satellites nasa spacex payload payloads lunar moon mars spacecraft
		astronaut astronauts liftoff launchpad space`)
	// marketingWords: ads and campaigns "targeted" at an audience.
	marketingWords = lex.WordSet(`ads advertising advertisement advertisements adverts marketing consumers customers
		audience audiences buyers shoppers online`)
	// armedWords name weapons or armed assailants: beside them an
	// explosion or a fire is not taken for an accident.
	armedWords = lex.WordSet(`bomb bombs bomber bombers ied ieds explosive explosives grenade grenades device devices
		suicide militants militant gunmen terrorists terrorist insurgents rebels attackers assailants maoists maoist
		naxal naxals naxalites cadres taliban militiamen bandits pirates jihadists guerrillas fighters police
		policemen soldiers troops army
		rocket rockets missile missiles mortar shell shells landmine mine mines`)
)

// Kinds of context word, as bits of contextWords.
const (
	ctxSport = 1 << iota
	ctxSpace
	ctxCyber
	ctxFiction
	ctxSpeech
	ctxMarketing
	ctxWeapon
	ctxArms
	ctxAssailant
	ctxProtest
)

// contextWords gives each context word its kinds, so that reading a
// sentence costs one lookup a word.
var contextWords = func() map[string]int {
	m := map[string]int{}
	add := func(set map[string]bool, kind int) {
		for w := range set {
			m[w] |= kind
		}
	}
	add(sportWords, ctxSport)
	add(spaceWords, ctxSpace)
	add(cyberWords, ctxCyber)
	add(fictionWords, ctxFiction)
	add(speechWords, ctxSpeech)
	add(marketingWords, ctxMarketing)
	add(armedWords, ctxWeapon)
	add(weaponNouns, ctxWeapon|ctxArms)
	add(recoveredArms, ctxArms)
	add(assailantWords, ctxAssailant)
	add(lex.WordSet(`protesters protestors demonstrators rioters protest protests youths mob`), ctxProtest)
	// A mine is as often a pit as a landmine: it alone makes no weapon.
	m["mine"] &^= ctxWeapon
	m["mines"] &^= ctxWeapon
	return m
}()

// context reads the sentence once.
func (s *sentence) context(toks []lex.Token) {
	if s.done {
		return
	}
	s.done = true
	caps, alpha, kinds := 0, 0, 0
	for i, t := range toks {
		if t.Punct {
			continue
		}
		// "the goaltender's right": the word without its possessive.
		kinds |= contextWords[strings.TrimSuffix(t.Lower, "'s")]
		if lex.HasAt(toks, i, "cyber", "attack") || lex.HasAt(toks, i, "cyber", "attacks") {
			kinds |= ctxCyber
		}
		if lex.HasAt(toks, i, "video", "game") || lex.HasAt(toks, i, "photo", "shoot") {
			kinds |= ctxFiction
		}
		// A keeper keeps goal, unless he keeps a shop or a gate.
		if t.Is("keeper") && i > 0 && !toks[i-1].Is("shop", "store", "gate", "house", "time", "book", "zoo", "peace", "record", "hotel") {
			kinds |= ctxSport
		}
		if lex.HasAt(toks, i, "social", "media") {
			kinds |= ctxMarketing | ctxSpeech
		}
		// "Armed men seized an aid worker": men named armed are
		// assailants, whatever the noun.
		if lex.HasAt(toks, i, "armed", "men") || lex.HasAt(toks, i, "masked", "men") {
			kinds |= ctxAssailant
		}
		if t.Text[0] >= 'A' && t.Text[0] <= 'z' {
			alpha++
			if t.Text[0] <= 'Z' {
				caps++
			}
		}
	}
	s.sport, s.space, s.cyber = kinds&ctxSport != 0, kinds&ctxSpace != 0, kinds&ctxCyber != 0
	s.fiction, s.speech, s.marketing = kinds&ctxFiction != 0, kinds&ctxSpeech != 0, kinds&ctxMarketing != 0
	s.weapon, s.arms, s.assailant, s.protest = kinds&ctxWeapon != 0, kinds&ctxArms != 0, kinds&ctxAssailant != 0, kinds&ctxProtest != 0
	// A headline in title case capitalises every word; names cannot be
	// told from other words there.
	s.title = alpha >= 4 && caps*10 >= alpha*6
}

// softWords are the triggers a game, a cyber attack or a story can use
// without anyone being hurt in the world: "a shot", "fired", "attacked",
// "an injury". Weapons ("bombs injured fans at a match") and the verbs of
// killing stay triggers, and a sentence that names a weapon or an armed
// assailant keeps them all.
var softWords = lex.WordSet(`shot shots fired firing attack attacks attacked attacking assault assaulted injury injuries
	injured hurt bombed blown blew smashed smashing crushed thrashed demolished`)

// fictionWordsDrop are the triggers that tell a plot rather than news
// when a film, novel or game is named.
var fictionDrop = lex.WordSet(`shot fired attack attacks attacked attacking assault assaulted killed kill kills killing
	dead died tortured stabbed murdered kidnapped abducted hostage hostages beheaded`)

// nameWords are triggers that are also names of teams and titles: "the
// Houston Rockets", "Red Dead Redemption".
var nameWords = lex.WordSet(`rockets rocket dead bombers raiders`)

// nonWeaponSubjects are things that "explode" or "blow up" without a
// bomb: sales, a career, a star.
var nonWeaponSubjects = lex.WordSet(`sales demand prices price population popularity market markets stock stocks shares
	internet video story scandal controversy row career economy traffic stellar star stars supernova supernovae
	galaxy galaxies viral interest numbers growth`)

// accidentNouns are things whose explosion or fire is an accident when no
// weapon or assailant is named: a battery, a gas tanker, a chemical plant.
var accidentNouns = lex.WordSet(`airbag airbags battery batteries phone phones smartphone laptop tyre tire tyres tires
	boiler boilers cylinder cylinders gas tanker tankers fireworks firecracker firecrackers transformer chemical
	chemicals factory plant refinery reactor furnace kiln methane coal engine fuel warehouse depot oil kitchen cooker
	stove heater geyser`)

// buildingNouns are places a fire breaks out in.
var buildingNouns = lex.WordSet(`factory factories plant refinery warehouse depot market building buildings hotel
	hospital club nightclub apartment apartments tower block house houses home homes slum school shop shops mall
	store church mosque temple forest bush mine ship ferry bus train train's hostel prison dormitory office offices`)

// animalWords: killing an animal is no incident.
var animalWords = lex.WordSet(`rabbit rabbits deer animal animals bird birds fish dog dogs cow cows goat goats sheep
	livestock elephant elephants lion lions tiger tigers bear bears wolf wolves mosquitoes mosquito pests
	bacteria germs weeds rats snake snakes leopard`)

// abstractObjects are what a figurative "killing" destroys: "inflation is
// killing small businesses", "the move killed the deal".
var abstractObjects = lex.WordSet(`business businesses jobs economy industry industries sales deal deals bill bills
	talks plan plans idea ideas mood time growth competition chances hopes momentum demand trade market markets
	profits project projects proposal match game contest tie purchasing morale confidence appetite careers career dreams`)

// inOfficialName reports a capitalised cue word inside the name of a
// government or an operation, as state agencies and communiques write
// them: Libya's "Government of National Accord", "the Volcano of Rage
// operation", "Operation Storm of Justice". A disaster's own name
// ("Typhoon Rai", "Cyclone Amphan") has no "of" after it.
func inOfficialName(toks []lex.Token, i int, c Cue) bool {
	t := toks[i]
	if i == 0 || t.Text == t.Lower {
		return false
	}
	if t.Is("accord") && toks[i-1].Text == "National" {
		return true
	}
	return c == CueDisaster && lex.HasAt(toks, i+1, "of") && i+2 < len(toks) && capitalisedWord(toks[i+2]) &&
		(toks[i-1].Is("the", "operation") || capitalisedWord(toks[i-1]))
}

// capitalisedWord reports a word written with a capital first letter.
func capitalisedWord(t lex.Token) bool {
	return !t.Punct && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// refine returns the cue single-word trigger c at token i takes in its
// sentence, or false when the word is no trigger there.
func refine(toks []lex.Token, i int, c Cue, s *sentence) (Cue, bool) {
	t := toks[i]
	w := t.Lower
	s.context(toks)
	// A capitalised trigger inside a sentence, after another capitalised
	// word or "the", is part of a name: "the Houston Rockets".
	if nameWords[w] && i > 0 && t.Text != t.Lower && !s.title &&
		(toks[i-1].Is("the") || !toks[i-1].Punct && toks[i-1].Text != toks[i-1].Lower) {
		return c, false
	}
	if inOfficialName(toks, i, c) {
		return c, false
	}
	if softWords[w] && (s.sport && !s.weapon || s.cyber) {
		return c, false
	}
	// "No clash took place", "there was no firing": a fight denied.
	if (c == CueClash || c == CueFiring) && i > 0 && toks[i-1].Is("no") {
		return c, false
	}
	if fictionDrop[w] && s.fiction && !s.weapon {
		return c, false
	}
	if t.Is("rocket", "rockets") && s.space && !s.assailant {
		return c, false
	}
	if t.Is("attack", "attacks", "attacked", "attacking", "assault") && s.speech && !s.weapon {
		return c, false
	}
	// "Locust swarms attacked crops", "a leopard attacked a shepherd":
	// animals are no armed actors.
	if t.Is("attack", "attacks", "attacked", "attacking", "mauled") && animalBefore(toks, i) {
		return c, false
	}
	// "The fire brigade brought the blaze under control, and no one
	// was hurt": harm denied in a fire's story is none. (After an
	// attack told before it, "No one was hurt" still tells of it.)
	if c == CueKill && t.Is("hurt", "injured", "wounded", "killed") && i > 2 && toks[i-1].Is("was", "were") &&
		(toks[i-2].Is("nobody", "none") || toks[i-2].Is("one") && toks[i-3].Is("no")) && blazeTold(toks) {
		return c, false
	}
	// "Surrendered Maoists were given cheques": the word names who
	// the men are, not a surrender made.
	if surrenderedMen(toks, i) {
		return c, false
	}
	// "arrested a shopkeeper for selling adulterated milk", "for
	// stealing cars", "after a video showed him beating a student": an
	// arrest for an ordinary offence, which ACLED does not code.
	if c == CueArrest && ordinaryOffence(toks, i) {
		return CueCrime, true
	}
	// "arrested for firing into the air at a wedding": celebratory
	// gunfire, aimed at no one, as "aerial firing" at a celebration is.
	if t.Is("firing", "fired") && celebratoryAir(toks, i) {
		return CueAccident, true
	}
	// "A tiger killed a woman collecting firewood", "was killed by a
	// wild elephant": an animal's kill.
	if t.Is("killed", "kills", "mauled", "trampled") && animalKiller(toks, i) {
		return c, false
	}
	// "lynched two men suspected of child abduction": the suspicion, not
	// a deed. ("Soldiers accused of raping" is how a deed is reported.)
	for k := max(0, i-3); k < i; k++ {
		if lex.HasAt(toks, k, "suspected", "of") {
			return c, false
		}
	}
	switch {
	case t.Is("shot") && (lex.HasAt(toks, i+1, "to", "pieces") || lex.HasAt(toks, i+1, "to", "fame") || lex.HasAt(toks, i+1, "to", "prominence") ||
		lex.HasAt(toks, i+1, "to", "stardom") || lex.HasAt(toks, i+1, "to", "the", "top")):
		// "shot to fame", "shot to pieces" in the second half.
		return c, false
	case t.Is("shot", "shots"):
		// "another shot", "give it a shot", "a flu shot": a noun after a
		// determiner is no gunfire ("shot dead", "shot at" are phrases).
		if i > 0 && (toks[i-1].Is("a", "an", "another", "one", "the", "his", "her", "their", "our", "its", "my", "your",
			"first", "last", "winning", "good", "long", "free", "flu", "booster", "vaccine", "big", "best") ||
			strings.HasSuffix(toks[i-1].Lower, "'s")) {
			return c, false
		}
		// "Shares shot up 20 percent", "prices of vegetables shot up".
		if lex.HasAt(toks, i+1, "up") && (numberSoon(toks, i+2) || figurativeBlast(toks, i)) {
			return c, false
		}
	case t.Is("targeted", "targeting") && (s.marketing || figureAfter(toks, i)):
		// "has targeted a growth rate of 3.5 percent": a goal set.
		return c, false
	case t.Is("hurt") && i+1 < len(toks) && toks[i+1].Is("herself", "himself", "themselves", "itself", "yourself", "myself", "feelings", "sentiments", "chances", "prospects"):
		// "who hurt herself in the debate", "hurt the sentiments".
		return c, false
	case t.Is("encounter") && i > 0 && toks[i-1].Is("chance", "close", "romantic", "sexual", "restroom", "bathroom", "personal", "awkward"):
		return c, false
	case t.Is("confrontation", "confrontations") && !s.assailant:
		// Translated communiques call a fight "the confrontation
		// between troops and the armed group"; a confrontation of
		// parties or of words names no armed men.
		return c, false
	case c == CueProtest && t.Is("protest", "protests", "demonstrations", "rallies", "rally", "demonstration") && protestAsCause(toks, i):
		return c, false
	case t.Is("bandh") && t.Text != t.Lower && i > 0 && !toks[i-1].Punct && toks[i-1].Text != toks[i-1].Lower && i+1 < len(toks) && toks[i+1].Is("area", "village", "town", "lake", "dam"):
		// "a rest house at Navegaon Bandh area": a place's name, no
		// shutdown.
		return c, false
	case t.Is("arrests", "arrest") && i > 0 && toks[i-1].Is("no"),
		t.Is("arrested", "detained") && i > 2 && lex.HasAt(toks, i-3, "no", "one", "was"):
		// "and no arrests were reported", "no one was arrested": none
		// made.
		return c, false
	case t.Is("bandh", "hartal") && strikeBackdrop(toks, i):
		// "killed in an encounter during the bandh", "as the bandh
		// began, the Maoists set ablaze a tower": the strike is when the
		// deed happened, not the deed.
		return c, false
	case t.Is("hurt", "kill", "destroy") && i > 0 && toks[i-1].Is("could", "would", "might", "may", "will", "can") && toks[i-1].Text == toks[i-1].Lower:
		// "The scandal could hurt the party": a worry, not an injury.
		return c, false
	case t.Is("tortured") && (i > 0 && toks[i-1].Is("a", "the", "his", "her") || lex.HasAt(toks, i+1, "by", "memories") ||
		lex.HasAt(toks, i+1, "by", "guilt") || lex.HasAt(toks, i+1, "by", "doubts") || lex.HasAt(toks, i+1, "by", "thoughts")):
		// "a tortured soul", "tortured by memories".
		return c, false
	case c == CueKill && t.Is("killing", "kills", "killed") && i > 1 && toks[i-1].Is("is", "are", "was", "has", "have") &&
		abstractSubjects[toks[i-2].Lower]:
		// "Inflation is killing the middle class".
		return c, false
	case c == CueKill && t.Is("killed", "kill", "kills", "killing"):
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].Punct {
				break
			}
			if animalWords[toks[k].Lower] || k <= i+3 && abstractObjects[toks[k].Lower] {
				return c, false
			}
		}
	case t.Is("hit") && woundedIn(toks, i):
		// "A CRPF jawan, hit in the leg, was airlifted": where a man
		// was wounded, as "injured" says.
		return CueKill, true
	case t.Is("bombed", "struck", "pounded", "strafed") && airBefore(toks, i),
		t.Is("dropped") && airBefore(toks, i) && munitionAfter(toks, i),
		// "Drones hit a convoy"; not "a helicopter was hit by gunfire".
		t.Is("hit", "slammed") && airBefore(toks, i) && !toks[i-1].Is("was", "were", "been", "being", "is", "are", "be", "get", "got"):
		// "The air force bombed hideouts", "helicopters dropped barrels
		// of chlorine".
		return CueAir, true
	case t.Is("bomb", "bombs", "bombing", "bombed") && fromAircraft(toks, i),
		// The headline's "Haftar's aircraft bomb the airport": the
		// verb in the present, its subject a plane.
		t.Is("bomb", "bombs") && i > 0 && toks[i-1].Is("aircraft", "jets", "warplanes", "planes", "helicopters", "drones") && i+1 < len(toks) && !toks[i+1].Punct:
		// "a school hit by bombs and gunfire from helicopters".
		return CueAir, true
	case t.Is("pounded", "struck", "landed", "hit", "slammed") && shellingBefore(toks, i) && !toks[i-1].Is("was", "were", "been", "being", "is", "are", "be"):
		// "Junta artillery pounded villages", "mortar rounds struck the
		// market", "a rocket landed near the airport", "a missile
		// slammed into a shopping centre".
		return CueShelling, true
	case t.Is("bombed") && (fromTheAir(toks, i) || stateBombed(toks, i)):
		// "The military bombed a village from the air".
		return CueAir, true
	case t.Is("dropped") && chemicalAfter(toks, i):
		// "a drone had dropped a poisonous substance", "the air force
		// dropped sarin on the town": a chemical weapon delivered.
		return CueChemical, true
	case t.Is("dropped"):
		// Prices, charges and players are dropped too.
		return c, false
	case t.Is("stormed") && (lex.HasAt(toks, i+1, "to") || stormedFigure(toks, i)):
		// "stormed to victory", "stormed to the top of the table",
		// "stormed the charts", "stormed out of the meeting".
		return c, false
	case t.Is("stoned") && lex.HasAt(toks, i+1, "to", "death"):
		// "stoned to death" is a killing: the phrase "to death" says so.
		return c, false
	case t.Is("erupted"):
		// A volcano that erupted is a disaster; violence, protests and
		// clashes that erupted are told by their own words.
		if volcanoBefore(toks, i) {
			return CueDisaster, true
		}
		return c, false
	case t.Is("arrested", "detained") && i > 0 && toks[i-1].Is("never", "not", "yet"):
		// "the attackers were never arrested": no arrest.
		return c, false
	case t.Is("attacked", "blasted", "slammed") && politicalAttack(toks, i):
		// "The Congress attacked the BJP government over the fuel
		// price hike", "Gandhi attacked Prime Minister Modi over
		// unemployment": a party or a leader criticised.
		return c, false
	case t.Is("attack", "attacks", "attacked", "attacking", "assault") && abstractAfter(toks, i):
		// "attacked the bill", "attacked the government's handling".
		return c, false
	case t.Is("bodies") && swappedBefore(toks, i):
		// "Russia and Ukraine exchanged the bodies of fallen soldiers":
		// the dead of earlier fighting handed over; the exchange is the
		// news.
		return c, false
	case t.Is("attacks") && attacksPaused(toks, i):
		// "The rebels announced they would halt attacks during the
		// holy month": attacks a group stops are no attack made; the
		// pause is the group's move.
		return c, false
	case t.Is("cleared", "removed") && s.arms:
		// Sappers "cleared 200 landmines".
		return CueDisrupt, true
	case t.Is("bombed") && (lex.HasAt(toks, i+1, "at") || lex.HasAt(toks, i+1, "with")) &&
		(i == 0 || !toks[i-1].Is("was", "were", "been", "be", "is", "are")):
		// "The comedian bombed at the show": a flop, told with no object.
		return c, false
	case t.Is("detonated") && disposedBy(toks, i):
		// "was safely detonated by an explosives team": a bomb destroyed
		// unused.
		return CueDisrupt, true
	case t.Is("blasted") && blastedWords(toks, i):
		return c, false
	case c == CueExplosive:
		return explosiveUse(toks, i, c, s)
	}
	switch w {
	case "eliminated":
		// "eliminated from the show", "eliminated in the first round": out
		// of a contest, not killed.
		if lex.HasAt(toks, i+1, "from") || lex.HasAt(toks, i+1, "in", "the") && i+3 < len(toks) && toks[i+3].Is("round", "heats", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "final", "qualifiers") {
			return c, false
		}
	case "threat", "threats":
		// "the village head, who had received threats": threats made
		// before, a fact about the victim, not a deed still to come.
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Is("received", "receiving", "faced", "facing", "despite", "ignored") {
				return c, false
			}
		}
	case "plot", "plots":
		// "police foiled a bomb plot": the plot was stopped, and that
		// is the news.
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Is("foiled", "thwarted", "busted", "uncovered", "disrupted", "averted") {
				return c, false
			}
		}
	case "recovered", "confiscated", "unearthed", "recovers", "defuses", "foils":
		// "The army recovered the locality of Rumangabo from M23
		// rebels": ground taken back.
		if t.Is("recovered") && !(i > 0 && toks[i-1].Is("was", "were", "been", "being")) && i+1 < len(toks) &&
			(toks[i+1].Is("the", "control") && Territory(toks, i) || placeFromArmed(toks, i+1)) && !s.arms {
			return CueRecapture, true
		}
		// "recovered its losses", "fully recovered": only weapons found
		// make disrupted weapons use; drugs seized are crime.
		if !s.arms {
			return c, false
		}
	case "hijacked", "hijack", "hijacking", "hijacks":
		// A train, bus or plane hijacked with its passengers is an
		// abduction; a debate or an account hijacked is not, nor "a
		// hijacked vessel" told as the thing others then seized.
		if passengerVehicleNear(toks, i) && !(i > 0 && toks[i-1].Is("a", "an", "the")) {
			return CueAbduct, true
		}
	case "dismantled":
		// "dismantled 14 explosive devices": bombs defused; "dismantled
		// a network" or "a camp" is neither.
		if weaponNear(toks, i) {
			return CueDisrupt, true
		}
		return c, false
	case "seized", "seizing":
		// "seized by masked men": taken by unknown or armed men, the
		// way a forced disappearance is told.
		if takenByUnknown(toks, i) {
			return CueAbduct, true
		}
		// "The engineer was seized by suspected militants": a person
		// taken by armed men, told in the passive.
		if personSeizedBy(toks, i) {
			return CueAbduct, true
		}
		if !s.arms {
			// "seized five fishermen off the island": people named
			// right after the verb are taken, whatever place follows.
			if captureObject(toks, i) && !peopleFirst(toks, i) {
				return CueCapture, true
			}
			// "Gunmen seized 30 passengers": people taken by armed men
			// are abducted; by the police, arrested.
			if seizedPeople(toks, i) || t.Is("seized") && seizedPerson(toks, i) {
				// "43 students still missing after police seized them":
				// people seized and gone since are disappeared.
				if s.assailant && !forcesRaid(toks, i) || unknownWhereabouts(toks) || disappeared(toks) {
					return CueAbduct, true
				}
				return CueArrest, true
			}
			return c, false
		}
	case "arresting":
		// "succeeded in arresting a commander", "busted a racket
		// arresting three people"; not directives on "when arresting"
		// suspects, nor "the arresting officer".
		if i > 0 && toks[i-1].Is("when", "before", "while", "of", "on", "the", "an", "for", "against") ||
			lex.HasAt(toks, i+1, "officer") || lex.HasAt(toks, i+1, "officers") || lex.HasAt(toks, i+1, "and", "detaining") {
			return c, false
		}
	case "detained", "arrested", "jailed", "imprisoned":
		// "the release of detained leaders": an adjective, not an arrest.
		if i > 0 && toks[i-1].Is("of", "the", "their", "his", "her") && !lex.HasAt(toks, i+1, "by") {
			return c, false
		}
		// Taken by agents and never accounted for: a forced
		// disappearance, whoever took them.
		if !t.Is("jailed", "imprisoned") && unknownWhereabouts(toks) {
			return CueAbduct, true
		}
	case "captured":
		// Ground captured is taken; people captured by state forces are
		// arrested, by armed men abducted: "counterterrorism forces
		// captured a senior commander".
		// "A commander was captured by the police": the passive with
		// its captor named after "by".
		if i > 0 && toks[i-1].Is("was", "were", "been") && lex.HasAt(toks, i+1, "by") {
			if forcesRaid(toks, i) {
				return CueArrest, true
			}
			if s.assailant || takenByUnknown(toks, i) {
				return CueAbduct, true
			}
		}
		if captureObject(toks, i) || !personAfter(toks, i) {
			return c, true
		}
		if forcesRaid(toks, i) {
			return CueArrest, true
		}
		if s.assailant {
			return CueAbduct, true
		}
	case "vandalised", "vandalized":
		// Vandalism with no crowd of protesters, rioters or party
		// workers named is property destroyed: "settlers vandalised
		// olive groves"; "cadres vandalised the party office" riot.
		if !s.protest && !politicalCrowd(toks) {
			return CueDestroy, true
		}
	case "riot":
		// "riot police", "anti-riot", "riot gear": the force, not a riot.
		if lex.HasAt(toks, i+1, "police") || lex.HasAt(toks, i+1, "gear") || lex.HasAt(toks, i+1, "control") ||
			lex.HasAt(toks, i+1, "officers") || lex.HasAt(toks, i+1, "troops") || lex.HasAt(toks, i+1, "squads") ||
			lex.HasAt(toks, i+1, "squad") || lex.HasAt(toks, i+1, "unit") || lex.HasAt(toks, i+1, "units") {
			return c, false
		}
	case "strike", "strikes":
		// "its aircraft neutralised dozens of terrorists in strikes":
		// aircraft named before make the strikes theirs.
		if airBefore12(toks, i) {
			return CueAir, true
		}
		// Workers' strikes are protests; air and drone strikes are
		// phrases of their own.
		if i > 0 && toks[i-1].Is("indefinite", "general", "nationwide", "national", "labour", "labor", "workers", "teachers",
			"doctors", "nurses", "transport", "token", "sit-down", "day-long", "24-hour", "48-hour", "72-hour", "one-day",
			"two-day", "three-day", "wildcat", "hunger") {
			return CueProtest, true
		}
		// The headline's "Nurses' strike over pay enters second week":
		// a trade's strike in the possessive.
		if i > 1 && toks[i-1].Is("'") && strikerWords[toks[i-2].Lower] {
			return CueProtest, true
		}
		// "Transport workers joined the strike on Monday": a strike
		// people join is a stoppage, not one from the air.
		if i > 1 && toks[i-1].Is("the") && toks[i-2].Is("joined", "join", "joining", "joins") && !airBefore12(toks, i) {
			return CueProtest, true
		}
		// "parked their rigs in a strike over diesel prices": a strike
		// named by a grievance is a stoppage.
		if strikeGrievance(toks, i) && !airBefore12(toks, i) {
			return CueProtest, true
		}
		return c, false
	case "crowd":
		// A crowd that lynches, burns or stones is a mob.
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			if toks[k].Is("lynched", "torched", "burned", "burnt", "stoned", "beat", "attacked", "set", "ransacked", "vandalised", "vandalized") {
				// "The crowd was attacked by gunmen": the crowd suffered.
				if toks[k-1].Is("was", "were", "been", "being", "is", "are") || lex.HasAt(toks, k+1, "by") {
					return c, false
				}
				return CueMob, true
			}
			if toks[k].Is(".", ";") {
				break
			}
		}
		return c, false
	case "crashed":
		// "Hijackers crashed two airliners into the towers": a plane
		// flown into its target by those who seized it is an attack.
		if hijackersCrashed(toks, i) {
			return CueAttack, true
		}
		// "A bus crashed into a truck": a road accident, unless a bomb
		// or armed men are named. "A helicopter crashed in Kalat, police
		// said": an air accident, unless a weapon, armed men or a hijack
		// are named (the police who tell of an accident are no
		// assailants).
		if lex.HasAt(toks, i+1, "into") && !s.weapon || vehicleBefore(toks, i) && !s.arms && !s.assailant && !hijackNamed(toks) {
			return CueAccident, true
		}
		return c, false
	case "smashed":
		// "A freight train smashed into a bus at a level crossing": a
		// vehicle run into another, a road accident unless arms or armed
		// men are named.
		if lex.HasAt(toks, i+1, "into") && vehicleBefore(toks, i) && !s.arms && !s.assailant {
			return CueAccident, true
		}
	case "crash", "crashes":
		// "A bus crash killed 12", "two crashes of its jet killed 346":
		// a vehicle's crash is an accident unless a weapon is named.
		if s.arms || !vehicleBefore(toks, i) && !vehicleOf(toks, i) {
			return c, false
		}
		return CueAccident, true
	case "ravine", "gorge", "gully", "abyss", "river", "canal", "ditch", "stream":
		// "A coach fell into a ravine", "a bus skidded off the road and
		// fell into the Sunkoshi river": a road accident.
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].Is("fell", "falling", "plunged", "tumbled", "rolled", "skidded", "veered", "slipped", "toppled") && lex.HasAt(toks, k+1, "into") {
				if s.arms {
					return c, false
				}
				return CueAccident, true
			}
		}
		return c, false
	case "collapsed", "sank":
		// A building that collapsed, a ferry that sank: accidents, unless
		// a bomb brought them down.
		if s.weapon {
			return c, false
		}
		return CueAccident, true
	case "assaulted":
		if i > 0 && toks[i-1].Is("sexually") {
			return CueSexual, true
		}
	case "abused", "abusing":
		// "had been sexually abused by soldiers": the hit on the verb,
		// which tells the deed done; abuse of any other kind is none.
		if i > 0 && toks[i-1].Is("sexually") {
			return CueSexual, true
		}
		return c, false
	case "fired":
		// "fired 300 workers", "got fired": dismissed, not shot.
		if i > 0 && toks[i-1].Is("got", "getting") {
			return c, false
		}
		// "fired a fresh salvo at the Centre": words, not rockets ("a
		// salvo of rockets"); "fired out both openers": a bowler's
		// wickets.
		if verbalSalvo(toks, i) || lex.HasAt(toks, i+1, "out") {
			return c, false
		}
		// "The central bank fired a warning shot at markets".
		if warningShotFigure(toks, i) {
			return c, false
		}
		// "Kane fired England into the lead", "fired the side to
		// victory": a player's shot.
		for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
			if lex.HasAt(toks, k, "into", "the", "lead") || lex.HasAt(toks, k, "to", "victory") || lex.HasAt(toks, k, "into", "the", "final") ||
				lex.HasAt(toks, k, "to", "the", "title") {
				return c, false
			}
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if jobHolders[toks[k].Lower] {
				return c, false
			}
			if toks[k].Punct || toks[k].Is("at", "on", "upon", "towards", "into") {
				break
			}
		}
		// "The coach was fired after the defeat": dismissed in the
		// passive; "shots were fired", "a rocket was fired at" are not.
		if i > 1 && toks[i-1].Is("was", "were", "been", "being", "is", "are") && jobHolders[toks[i-2].Lower] &&
			!(i+1 < len(toks) && toks[i+1].Is("at", "on", "upon", "towards", "into", "from", "by")) {
			return c, false
		}
		// "police fired pellets and tear gas": the weapons of crowd
		// control, not gunfire.
		if crowdWeaponAfter(toks, i) {
			return CueProtestForce, true
		}
		// "a missile fired by the rebels", "rockets were fired from
		// Lebanon": the launch of the shell named before, not gunfire.
		if shellFired(toks, i) {
			return CueShelling, true
		}
	case "raids":
		// "aircraft carried out twenty raids on villages": raids from the
		// air.
		if airBefore12(toks, i) {
			return CueAir, true
		}
		return c, false
	case "swap":
		// "freed a thousand prisoners in a swap": an exchange agreed.
		for k := max(0, i-8); k < len(toks) && k <= i+4; k++ {
			if toks[k].Is("prisoners", "detainees", "captives", "hostages", "bodies") {
				return CueAgreement, true
			}
		}
		return c, false
	case "shell":
		// "A shell fired by government forces", "a tank shell hit the
		// house"; not an oil company, a shell company or an egg's.
		if t.Text != t.Lower && i > 0 {
			return c, false
		}
		if i > 0 && toks[i-1].Is("artillery", "mortar", "tank", "howitzer") {
			return CueShelling, true
		}
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if toks[k].Is("fired", "landed", "hit", "struck", "exploded", "fell", "slammed", "smashed") {
				return CueShelling, true
			}
		}
		return c, false
	case "rained":
		// "Mortar bombs rained down on the outskirts", "rockets rained
		// on the town".
		if shellingBefore(toks, i) || i > 0 && toks[i-1].Is("bombs", "shells", "rockets") && !airBefore(toks, i) {
			return CueShelling, true
		}
		if airBefore(toks, i) {
			return CueAir, true
		}
		return c, false
	case "besieged", "besieging":
		// "Insurgents besieged the town for two days": armed men laying
		// siege fight those inside; protesters who "besieged" a
		// ministry are a crowd, told by their own words.
		// Only ground or a post is besieged so: "besieged their camp and
		// kidnapped eight miners" is the abduction's means.
		if s.assailant && !s.protest && !(i > 0 && toks[i-1].Is("the", "a", "was", "were", "been")) && captureObject(toks, i) {
			return CueClash, true
		}
		return c, false
	case "occupied":
		// "Jihadists occupied the town of Boni": ground taken; not "the
		// occupied West Bank", nor protesters who occupied a square.
		// Ground occupied in a fight told before it ("attacked the base
		// and occupied a few strongholds") is that fight's detail.
		if i > 0 && !toks[i-1].Is("the", "a", "an", "israeli-occupied") && !s.protest && captureObject(toks, i) && !violenceBefore(toks, i) {
			return CueCapture, true
		}
		return c, false
	case "agitating":
		// "Agitating farmers clashed with the police": a crowd out in
		// protest; "agitating parties" are a movement's politics.
		if i+1 < len(toks) && toks[i+1].Is("farmers", "workers", "students", "activists", "protesters", "employees", "teachers",
			"villagers", "youths", "residents", "traders", "mob", "crowd") {
			return CueProtest, true
		}
		return c, false
	case "agitation":
		// "killed during an agitation for loan waivers": a protest
		// being held; "the agitation suffered a setback" is a campaign.
		if i > 1 && toks[i-1].Is("an", "the") && toks[i-2].Is("during", "at", "amid", "staged", "held") {
			return CueProtest, true
		}
		return c, false
	case "destroyed":
		// "The grenade was destroyed in a controlled explosion": a
		// weapon disposed of, not property destroyed.
		for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
			if lex.HasAt(toks, k, "controlled", "explosion") || lex.HasAt(toks, k, "controlled", "explosions") {
				return CueDisrupt, true
			}
		}
		// "Sappers destroyed unexploded cluster munitions found in a
		// park": ordnance left behind, disposed of.
		for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
			if toks[k].Is("unexploded", "ordnance", "uxo", "uxos") {
				return CueDisrupt, true
			}
		}
	case "bombarded":
		// "Troops bombarded the city with heavy artillery": shelling;
		// "jets bombarded the town" are aircraft; "bombarded with
		// questions" is none.
		if figureBombarded(toks, i) {
			return c, false
		}
		if airBefore12(toks, i) || airAfter(toks, i) {
			return CueAir, true
		}
	case "defiled":
		// "A 13-year-old girl was defiled by bandits"; not a shrine
		// "defiled" by vandals.
		if !girlNamed(toks) {
			return c, false
		}
	case "captive", "captives":
		// "took ten aid workers captive"; not a "captive audience",
		// nor a man "held captive" for years.
		if !takenCaptive(toks, i) {
			return c, false
		}
	case "collared":
		// "Police collared a suspect": by state forces only; "a collared
		// shirt" is none.
		if i > 0 && toks[i-1].Is("a", "an", "the") || !forcesRaid(toks, i) {
			return c, false
		}
	case "walkout", "walkouts":
		// "Nurses staged a walkout": workers' protest; an opposition's
		// walkout from parliament is its politics.
		if workersBefore(toks, i) {
			return CueProtest, true
		}
		return c, false
	case "handed":
		// "ex-fighters handed in their weapons": arms surrendered.
		if lex.HasAt(toks, i+1, "in") || lex.HasAt(toks, i+1, "over") {
			if i+3 < len(toks) && toks[i+2].Is("their", "its", "his") && toks[i+3].Is("weapons", "arms", "guns", "rifles") {
				return CueAgreement, true
			}
		}
		return c, false
	case "took":
		// "not been seen since soldiers took him from his home": a man
		// taken and gone since.
		if i+1 < len(toks) && toks[i+1].Is("him", "her", "them") && (unknownWhereabouts(toks) || disappeared(toks)) {
			return CueAbduct, true
		}
		// "took a customs inspector away with them", "took a student
		// from his home": people taken, by a force an arrest unless he
		// has not been seen since.
		if takenAway(toks, i) {
			if forcesRaid(toks, i) && !disappeared(toks) && !unknownWhereabouts(toks) {
				return CueArrest, true
			}
			return CueAbduct, true
		}
		// "took off four passengers", "took five passengers from Punjab
		// off the bus": travellers taken off a vehicle by armed men.
		if s.assailant && tookOff(toks, i) && !forcesRaid(toks, i) {
			return CueAbduct, true
		}
		// "the insurgents took several women and girls with them when
		// they left": people carried off by armed men.
		if s.assailant && tookWithThem(toks, i) {
			return CueAbduct, true
		}
		// "M23 rebels took Bunagana, a town on the border": a place
		// named and said to be a town, taken by armed men.
		if s.assailant && properName(toks, i+1) && i+3 < len(toks) && toks[i+2].Is(",") && toks[i+3].Is("a", "an", "the") && captureObject(toks, i) {
			return CueCapture, true
		}
		return c, false
	case "held":
		// "has been held by Maoists since Monday": a captive of armed
		// men; one held by the police is in custody, told otherwise.
		// "Two cadres were held by Assam Rifles": detained by a force.
		if i > 0 && toks[i-1].Is("was", "were", "been") && forcesBy(toks, i) {
			return CueArrest, true
		}
		// "RAB members held four suspected militants in a raid": a
		// force holding people it counts; not "police held a meeting".
		if i+1 < len(toks) && countWord(toks[i+1]) && forcesRaid(toks, i) && personAfter(toks, i) {
			return CueArrest, true
		}
		// "The movement held its jirga in the town despite a government
		// ban", "residents held a gathering demanding the militants
		// leave": a meeting held in defiance or to demand is a protest.
		if heldGathering(toks, i) {
			return CueProtest, true
		}
		// "BLF militants stopped a bus and held its passengers in the
		// hills overnight": people held by armed men are abducted.
		if s.assailant && heldPeople(toks, i) && !forcesRaid(toks, i) {
			return CueAbduct, true
		}
		if i > 0 && toks[i-1].Is("been", "being") && lex.HasAt(toks, i+1, "by") && i+2 < len(toks) &&
			(assailantWords[toks[i+2].Lower] || toks[i+2].Is("maoists", "kidnappers", "abductors", "bandits", "captors", "gunmen", "pirates") ||
				i+3 < len(toks) && toks[i+2].Is("the", "armed", "suspected") && (assailantWords[toks[i+3].Lower] || toks[i+3].Is("maoists", "kidnappers", "abductors", "bandits", "gunmen", "pirates"))) &&
			!forcesRaid(toks, i) {
			return CueAbduct, true
		}
		return c, false
	case "blockade", "blockades":
		// "Farmers continued their blockade of highways": people's
		// blockade, a protest; a naval or an army's blockade is none.
		// "broke up a road blockade": a road blocked is people's.
		if i > 0 && toks[i-1].Is("road", "highway", "roads") {
			return CueProtest, true
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			// "the truckers' blockade": the possessive's apostrophe.
			if toks[k].Punct && !toks[k].Is("'") {
				break
			}
			if blockaders[toks[k].Lower] {
				return CueProtest, true
			}
		}
		// "broke up a blockade by truck drivers on the highway".
		if lex.HasAt(toks, i+1, "by") {
			for k := i + 2; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
				if blockaders[toks[k].Lower] {
					return CueProtest, true
				}
			}
		}
		return c, false
	case "demanding":
		// "Workers demanding unpaid wages smashed machinery": a crowd
		// named by its demand is protesting.
		if i > 0 && toks[i-1].Is("workers", "farmers", "residents", "students", "traders", "villagers", "employees", "teachers", "nurses",
			"doctors", "youths", "drivers", "miners", "pensioners", "labourers", "laborers", "crowd", "crowds") {
			return CueProtest, true
		}
		return c, false
	case "dispersed":
		// "The protesters dispersed peacefully after submitting a
		// memorandum": a crowd that went home, not one driven off. "Police
		// dispersed the protesters" and "were dispersed" are force.
		// "... and dispersed without incident" went home too.
		if lex.HasAt(toks, i+1, "peacefully") || lex.HasAt(toks, i+1, "on", "their", "own") || lex.HasAt(toks, i+1, "without", "incident") ||
			lex.HasAt(toks, i+1, "without", "any", "incident") || lex.HasAt(toks, i+1, "without", "violence") ||
			i > 0 && toks[i-1].Is("protesters", "protestors", "demonstrators", "crowd", "crowds", "marchers", "they", "participants", "mourners") {
			return c, false
		}
	case "fighting":
		// "heavy fighting broke out", "fighting between the army and
		// rebels"; not "fighting corruption". Armed men "fighting for
		// control of" ground fight each other.
		// "where two cartels are fighting for control of the routes":
		// gangs' war is organised crime.
		if lex.HasAt(toks, i+1, "for", "control", "of") && (s.assailant || military(toks[:i])) && !gangsBefore(toks, i) {
			return CueClash, true
		}
		if i > 0 && toks[i-1].Is("heavy", "fierce", "intense", "renewed", "intensified", "sporadic", "deadly", "the") &&
			!lex.HasAt(toks, i+1, "season") ||
			lex.HasAt(toks, i+1, "between") || lex.HasAt(toks, i+1, "erupted") || lex.HasAt(toks, i+1, "broke", "out") || lex.HasAt(toks, i+1, "raged") {
			return CueClash, true
		}
		// "Ukrainian and Russian forces were fighting street by street":
		// armed men fighting, told as going on.
		// Not the war on an idea: "armed forces were fighting a
		// decisive war against terrorism".
		if i > 0 && toks[i-1].Is("were", "are", "was", "is") && !lex.HasAt(toks, i+1, "for") && !lex.HasAt(toks, i+1, "against") &&
			armedSubject(toks, i-1) && !s.sport && !warOnIdea(toks, i) {
			return CueClash, true
		}
		// "the insurgents attacked the town, and fighting with the
		// defence forces went on": a fight with soldiers named.
		if lex.HasAt(toks, i+1, "with") && military(toks[i+2:min(len(toks), i+7)]) && !s.sport {
			return CueClash, true
		}
		return c, false
	case "shooting", "shootings":
		// "The shootings took place in two bars", "a mass shooting"; not
		// a film's, a photographer's or a goal-scorer's shooting.
		if s.sport || s.fiction {
			return c, false
		}
		if i > 0 && toks[i-1].Is("mass", "deadly", "fatal", "drive-by", "school", "random", "fresh", "latest") ||
			lex.HasAt(toks, i+1, "took", "place") || lex.HasAt(toks, i+1, "happened") || lex.HasAt(toks, i+1, "occurred") ||
			lex.HasAt(toks, i+1, "left") || lex.HasAt(toks, i+1, "killed") {
			return CueFiring, true
		}
		// "invaded the village, shooting residents as they fled": a
		// participle of gunfire aimed at people.
		if w == "shooting" && i > 0 && toks[i-1].Is(",", "and") && peopleObject(toks, i) {
			return CueFiring, true
		}
		return c, false
	case "storm":
		// "Militants storm a hotel": armed men storming a place, not the
		// weather.
		// The headline's "Five killed as gunmen storm church" drops the
		// article.
		// "four militants tried to storm the CTD office": an assault
		// attempted is an assault begun.
		if i > 1 && toks[i-1].Is("to") && toks[i-2].Is("tried", "attempted", "trying", "attempting") &&
			(lex.HasAt(toks, i+1, "a") || lex.HasAt(toks, i+1, "an") || lex.HasAt(toks, i+1, "the")) {
			return CueAttack, true
		}
		if i > 0 && (assailantWords[toks[i-1].Lower] || toks[i-1].Is("gunmen", "police", "soldiers", "protesters", "rioters")) &&
			(lex.HasAt(toks, i+1, "a") || lex.HasAt(toks, i+1, "an") || lex.HasAt(toks, i+1, "the") ||
				i+1 < len(toks) && !toks[i+1].Punct && toks[i+1].Text == toks[i+1].Lower && !toks[i+1].Is("of", "clouds", "surge", "warning", "season", "drains")) {
			return CueAttack, true
		}
	case "boycotted", "boycotting":
		// "Lawyers boycotted the courts", "teachers boycotting classes":
		// staying away is their protest.
		if boycottObject(toks, i) {
			return CueProtest, true
		}
		return c, false
	case "lobbed", "hurled":
		// "Police lobbed tear gas canisters at the crowd", "officers
		// lobbed canisters at the lecturers": tear gas, not a grenade.
		if lex.HasAt(toks, i+1, "tear", "gas") || lex.HasAt(toks, i+1, "teargas") || lex.HasAt(toks, i+1, "tear", "smoke") ||
			lex.HasAt(toks, i+1, "stun") || lex.HasAt(toks, i+1, "smoke") {
			return c, false
		}
		if lex.HasAt(toks, i+1, "canisters") || lex.HasAt(toks, i+1, "canister") {
			return CueProtestForce, true
		}
	case "lynch", "torch":
		// The headline's present: "Villagers lynch suspected cattle
		// rustler", "Protesters torch ruling party offices"; not a lynch
		// mob named, nor a torch carried.
		if i == 0 || i+1 >= len(toks) || toks[i+1].Punct || toks[i+1].Is("mob", "mobs", "relay", "bearer", "bearers", "light") || t.Text != t.Lower ||
			!toks[i-1].Is("villagers", "residents", "youths", "mob", "mobs", "crowd", "locals", "vigilantes", "students", "supporters",
				"protesters", "protestors", "demonstrators", "rioters") {
			return c, false
		}
		if w == "lynch" {
			return CueMob, true
		}
		return CueDestroy, true
	case "dragged":
		// Protesters "dragged from the courtyard by officers": force used
		// on a protest; elsewhere dragging is told by its own words.
		if s.protest || protestNamed(toks) {
			return CueProtestForce, true
		}
		// "Masked men dragged the opposition figure into a minivan": a
		// person taken away in a vehicle by men no force is named for.
		if draggedIntoVehicle(toks, i) {
			return CueAbduct, true
		}
		return c, false
	case "vanished":
		// "The student vanished after police met him at the airport": a
		// person gone once the state's men took hold of him, a forced
		// disappearance.
		if vanishedAfterForces(toks, i) {
			return CueAbduct, true
		}
		return c, false
	case "beat":
		// "Supporters of the two parties beat protesters and wrecked
		// their tents": one crowd set on another, mob violence.
		if supportersBefore(toks, i) && protestObject(toks, i) {
			return CueMob, true
		}
		return c, false
	case "beating":
		// "beating residents and smashing car windows": people beaten;
		// protesters beaten by the police are force used on a protest.
		if !peopleObject(toks, i) {
			return c, false
		}
		if s.protest {
			return CueProtestForce, true
		}
		return CueAttack, true
	case "blocking":
		if blockedRoad(toks, i) {
			return CueProtest, true
		}
		return c, false
	case "vigil":
		// "maintain tight vigil along the border" is watchfulness, not a
		// candlelight vigil.
		for k := max(0, i-3); k < i; k++ {
			if toks[k].Is("maintain", "maintained", "maintaining", "keep", "keeping", "kept", "tight", "strict", "close", "constant", "round-the-clock", "strong") {
				return c, false
			}
		}
	case "fought", "battled":
		// "The army and the rebels fought in the town", "police fought
		// gunmen"; not "fought for their rights", "fought cancer", nor
		// the perfect of a long war ("has fought militants for years").
		// A victim who "fought them off" is no side of a clash.
		if lex.HasAt(toks, i+2, "off") || i > 0 && toks[i-1].Is("he", "she", "who") {
			return c, false
		}
		// "the camp's defenders fought back for hours": armed men who
		// answered an attack, as "returned fire" tells.
		// So do vigilantes, and anyone who "fought back with guns"
		// (villagers who fought back with sticks resisted an attack on
		// civilians).
		if lex.HasAt(toks, i+1, "back") && !s.sport && i > 0 && (assailantWords[toks[i-1].Lower] || toks[i-1].Is("defenders", "guards", "soldiers", "police", "policemen",
			"militiamen", "gendarmes", "officers", "personnel", "rangers", "marines", "commandos", "vigilantes", "auxiliaries") || gunsAfter(toks, i+2)) {
			return CueRetaliation, true
		}
		// "TLP activists blocked the road and fought with police": a
		// crowd that fights the police riots.
		if lex.HasAt(toks, i+1, "with") && i+2 < len(toks) && (toks[i+2].Is("police", "policemen") || toks[i+2].Is("the") && lex.HasAt(toks, i+3, "police")) &&
			!s.arms && (crowdBefore(toks, i) || activistsBefore(toks, i)) {
			return CueRiot, true
		}
		// "two clans fought with guns over a land dispute": a fight with
		// firearms is a battle whoever fought it.
		if lex.HasAt(toks, i+1, "with") && i+2 < len(toks) && toks[i+2].Is("guns", "firearms", "rifles", "weapons", "automatic", "heavy", "kalashnikovs") && !s.sport {
			return CueClash, true
		}
		// "two clans fought with sticks and stones": a brawl without
		// guns, mob violence.
		// Fans who fought with knives outside a stadium brawl too: the
		// match is where, not what, unless they fought with sticks.
		if lex.HasAt(toks, i+1, "with") && i+2 < len(toks) && toks[i+2].Is("sticks", "stones", "machetes", "clubs", "knives", "spears", "rods", "axes") &&
			(!s.sport || toks[i+2].Is("machetes", "knives", "spears", "rods", "axes")) && !s.arms {
			return CueMob, true
		}
		// Kenya's and Nigeria's press: rival supporters who "fought with
		// crude weapons" brawled with what came to hand.
		if lex.HasAt(toks, i+1, "with", "crude", "weapons") && !s.sport {
			return CueMob, true
		}
		// "militiamen and troops fought for hours": fighting measured
		// in time is a battle; "fought for their rights" is not.
		// "fought for a second day" likewise.
		if lex.HasAt(toks, i+1, "for") && i+2 < len(toks) && (toks[i+2].Is("hours", "days", "weeks", "several", "two", "three", "most", "much",
			"nearly", "more", "over", "about", "around") || lex.HasAt(toks, i+2, "a") && i+4 < len(toks) &&
			toks[i+3].Is("second", "third", "fourth", "fifth", "sixth", "seventh") && toks[i+4].Is("day", "straight", "consecutive", "week")) && !s.sport {
			for k := max(0, i-8); k < i; k++ {
				if assailantWords[toks[k].Lower] || toks[k].Is("police", "soldiers", "militiamen", "guerrillas", "jihadists", "gangs", "gang") {
					return CueClash, true
				}
			}
		}
		// "Al-Shabaab fighters and troops fought for control of the
		// town": a battle for ground.
		if lex.HasAt(toks, i+1, "for", "control", "of") && !s.sport && armedNoun(toks[:i], int(^uint(0)>>1)) {
			return CueClash, true
		}
		if s.sport || i > 0 && toks[i-1].Is("have", "has", "had", "having") ||
			lex.HasAt(toks, i+1, "for") || lex.HasAt(toks, i+1, "back") || lex.HasAt(toks, i+1, "to") || lex.HasAt(toks, i+1, "against") {
			return c, false
		}
		for k := max(0, i-8); k < i; k++ {
			if assailantWords[toks[k].Lower] || toks[k].Is("police", "soldiers", "policemen", "guerrillas", "jihadists", "gangs", "gang") {
				return CueClash, true
			}
		}
		return c, false
	case "rallied":
		// People rallied; shares and markets rallied too, and players
		// "rallied to beat" a rival.
		if s.sport || lex.HasAt(toks, i+1, "to", "beat") || lex.HasAt(toks, i+1, "to", "win") || lex.HasAt(toks, i+1, "from") || lex.HasAt(toks, i+1, "back") {
			return c, false
		}
		for k := max(0, i-4); k < i; k++ {
			if toks[k].Is("shares", "stocks", "markets", "market", "prices", "oil", "index", "dollar", "currency", "bonds", "team", "investors") {
				return c, false
			}
		}
		if t.Text == t.Lower {
			return CueProtest, true
		}
		return c, false
	case "break", "broke":
		// Police "broke up a protest".
		if lex.HasAt(toks, i+1, "up") {
			for k := i + 2; k < len(toks) && k <= i+6; k++ {
				if toks[k].Is("protest", "protests", "rally", "rallies", "demonstration", "demonstrations", "sit-in", "sit-ins", "gathering", "march", "marches", "crowd", "strike",
					"blockade", "blockades", "vigil", "picket") {
					return CueProtestForce, true
				}
			}
		}
		return c, false
	case "fire", "blaze", "inferno":
		if fireAccident(toks, i) || fireGutted(toks, i) {
			return CueAccident, true
		}
		// "A fire in the intensive care unit of a hospital killed 11":
		// a blaze somewhere, with no weapon or armed man named.
		// The headline's "Fire at chemical warehouse kills 70" opens on
		// the blaze.
		if !s.weapon && (i > 0 && toks[i-1].Is("a", "the", "massive", "huge", "major", "big", "deadly", "devastating") || i == 0 && t.Text != t.Lower) &&
			i+1 < len(toks) && toks[i+1].Is("in", "at", "aboard", "inside", "on") && !(i > 1 && toks[i-2].Is("opened", "open", "under", "returned", "set")) {
			return CueAccident, true
		}
		return c, false
	case "marched", "marching", "marches", "march":
		// "Worshippers were marched into the bush by gunmen": people
		// marched off in the passive are captives, not marchers; by
		// the police, arrested.
		if w == "marched" && i > 0 && toks[i-1].Is("was", "were", "been", "being") {
			if forcesBy(toks, i) {
				return CueArrest, true
			}
			return CueAbduct, true
		}
		// "teachers marched through Nairobi", "a peaceful march"; not
		// "28 March", not "troops marched into the town". A headline in
		// capitals writes every word so.
		if t.Text != t.Lower && !lex.Capitals(t.Text) {
			return c, false
		}
		if lex.HasAt(toks, i+1, "band") || lex.HasAt(toks, i+1, "orders") {
			return c, false
		}
		// "LIMA — Thousands of farmers march through central Lima": the
		// present of a dateline lead, people marching somewhere.
		if w == "march" && i > 0 && toks[i-1].Is("farmers", "workers", "students", "teachers", "women", "residents", "supporters",
			"protesters", "thousands", "hundreds", "doctors", "nurses", "activists", "people", "villagers", "miners", "pensioners") &&
			lex.HasAt(toks, i+1, "through") || w == "march" && i > 0 && toks[i-1].Is("thousands", "hundreds", "farmers", "workers", "students") &&
			i+1 < len(toks) && toks[i+1].Is("on", "to", "in", "towards", "toward", "across", "along", "against") {
			return CueProtest, true
		}
		// "tried to march to the square" in defiance of a ban: the
		// attempt is the protest.
		// "tried to join the weekly march": people joining a march.
		joined := false
		for k := max(0, i-4); k < i; k++ {
			if toks[k].Is("join", "joined", "joining", "joins") {
				joined = true
			}
		}
		if w == "march" && !joined && !(i > 0 && toks[i-1].Is("a", "the", "peaceful", "peace", "protest", "long", "silent", "candlelight", "solidarity", "their",
			"candle-lit", "candlelit", "torchlight", "torch-lit", "mass", "opposition", "student", "students", "anti-government", "pro-democracy",
			"banned", "outlawed", "unauthorised", "unauthorized", "illegal") ||
			lex.HasAt(toks, i-2, "attempted", "to") || lex.HasAt(toks, i-2, "tried", "to")) {
			return c, false
		}
		for k := max(0, i-3); k < i; k++ {
			if toks[k].Is("troops", "soldiers", "army", "forces", "fighters", "rebels", "militants", "band") {
				return c, false
			}
		}
		return CueProtest, true
	case "demonstrated", "demonstrating":
		// "demonstrated outside the port", "students demonstrating in
		// Rangpur", not "demonstrated its capability".
		if i+1 < len(toks) && (toks[i+1].Is("outside", "in", "against", "at", "near", "on", "for", "across", "along", "peacefully", "over") || toks[i+1].Punct) {
			return CueProtest, true
		}
		return c, false
	case "gathered", "assembled", "converged", "blocked", "waved":
		// "Residents blocked the main road": people's blockade.
		if t.Is("blocked") && blockedRoad(toks, i) {
			return CueProtest, true
		}
		// Gathering "despite a ban" defies it: a protest.
		if !t.Is("blocked", "waved") && defiedBan(toks, i) {
			return CueProtest, true
		}
		// Gathering "to protest" is the protest itself.
		for k := i + 1; k < len(toks) && k <= i+14; k++ {
			if toks[k].Is(".", ";") {
				break
			}
			if toks[k].Is("protest", "demand", "denounce", "condemn", "demanding", "chanting", "protesting", "demonstrate",
				"reject", "oppose", "denouncing", "condemning", "rejecting", "opposing") {
				return CueProtest, true
			}
		}
		return c, false
	case "threw", "throwing", "hurling":
		// "Demonstrators threw flares and bottles at police": a crowd's
		// missiles, a riot; a grenade thrown is told by its own word.
		if missilesNear(toks, i) {
			return CueRiot, true
		}
		return c, false
	case "removed", "evicted", "retained":
		// Translated African and Latin American press: an official "was
		// removed by individuals armed" (enlevé), soldiers "were
		// retained by an armed group" (retenidos): taken hostage.
		if takenByArmed(toks, i) {
			return CueAbduct, true
		}
		// "Security forces removed protesters from the square".
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].Is("protesters", "protestors", "demonstrators", "strikers", "marchers", "sit-in", "squatters") {
				return CueProtestForce, true
			}
		}
		return c, false
	case "combat":
		// "locked in fierce combat around the town", not "combat
		// troops" or "combat training".
		if i+1 < len(toks) && !toks[i+1].Punct && !toks[i+1].Is("around", "near", "in", "with", "between", "on", "for", "since", "at", "against", "along") {
			return c, false
		}
		if i > 0 && toks[i-1].Is("fierce", "heavy", "intense", "bitter", "sustained", "close", "hand-to-hand", "direct", "armed") ||
			lex.HasAt(toks, max(0, i-3), "locked", "in") || lex.HasAt(toks, max(0, i-2), "locked", "in") {
			return CueClash, true
		}
		return c, false
	case "chlorine":
		// "shells filled with chlorine", "a smell of chlorine after the
		// barrels fell": a gas used as a weapon; chlorine that leaked
		// from a plant or treats water is an accident or no news.
		// A tanker or a cylinder of it is a leak's unless it was dropped
		// or blown up as a weapon: "dropped a cylinder of chlorine".
		for k := max(0, i-4); k < len(toks) && k <= i+4; k++ {
			if toks[k].Is("leak", "leaked", "leaking", "leakage", "plant", "factory",
				"water", "pool", "treatment", "supply", "supplies", "price", "prices", "production", "imports") ||
				toks[k].Is("tanker", "tank", "cylinder", "cylinders") && !chlorineDelivered(toks, i) {
				return c, false
			}
		}
		return CueChemical, true
	case "burn":
		// The headline's "NPA rebels burn construction equipment": armed
		// men burning things, told in the present.
		if i > 0 && (nonStateNoun(toks[i-1:i]) || toks[i-1].Is("gunmen", "militiamen", "bandits", "maoists", "insurgents", "militants")) &&
			i+1 < len(toks) && !toks[i+1].Punct && !toks[i+1].Is("to", "down", "out", "off", "up") {
			return CueDestroy, true
		}
		return c, false
	case "drove", "driven", "pushed", "chased", "ousted", "expelled", "flushed", "dislodged":
		// "Government forces drove separatists out of Sloviansk", "rebels
		// drove the army out of the town": ground taken, by the state
		// (retaken) or from it, as the classifier reads the subject.
		// Not "drove a car" nor "pushed prices out of reach".
		if _, ok := expelled(toks, i); ok {
			return CueCapture, true
		}
		// "A man drove a lorry into a Christmas market": a vehicle driven
		// into a crowd is a weapon.
		if toks[i].Is("drove") && vehicleIntoCrowd(toks, i) {
			return CueAttack, true
		}
		return c, false
	case "bundled":
		// "bundled the activist into an unmarked car": a person forced
		// into a vehicle, taken ("bundled into" itself is a phrase).
		// Not "bundled the documents into a folder".
		if vehicleInto(toks, i) {
			return CueAbduct, true
		}
		return c, false
	case "rammed", "ploughed", "plowed":
		// "rammed his car into worshippers", "a van ploughed into
		// pedestrians": as "drove", only into a crowd.
		if vehicleIntoCrowd(toks, i) {
			return CueAttack, true
		}
		return c, false
	case "uprooted":
		// "Settlers uprooted hundreds of olive trees": crops destroyed;
		// people uprooted are displaced, and storms are no one's deed.
		if cropsAfter(toks, i) {
			return CueDestroy, true
		}
		return c, false
	case "liberate", "liberates":
		// The headline's "Troops liberate Bama from insurgents": ground,
		// not a people or a mind set free.
		if Territory(toks, i) || placeFromArmed(toks, i+1) {
			return CueRecapture, true
		}
		return c, false
	case "reclaimed":
		// "reclaimed the port town": ground retaken; not "reclaimed the
		// title".
		if Territory(toks, i) {
			return CueRecapture, true
		}
		return c, false
	case "gas", "gases":
		// "bombs releasing a yellow gas": a gas used as a weapon; gas
		// prices, pipelines and leaks are not.
		if i > 0 && toks[i-1].Is("toxic", "poisonous", "poison", "yellow", "green", "noxious", "choking", "unknown", "strange",
			"mysterious", "suffocating", "chemical", "deadly", "nerve", "chlorine") && gasDelivered(toks, i) {
			return CueChemical, true
		}
		// "A yellowish gas spread after the rockets hit, and people
		// began foaming at the mouth": a gas that choked people where
		// weapons fell.
		if gasSymptoms(toks) && attackWordNear(toks, i) && !fireAccident(toks, i) {
			return CueChemical, true
		}
		// "patients foaming at the mouth after a gas canister was
		// dropped on a building": a gas dropped where people choked.
		if gasSymptoms(toks) && gasDelivered(toks, i) && !fireAccident(toks, i) && !protestNamed(toks) {
			return CueChemical, true
		}
		return c, false
	case "engaged":
		// "Security forces engaged a group of khwarij", "troops engaged
		// the terrorists' hideout": forces as the subject and fighters or
		// their ground as the object; not "engaged in talks", nor an
		// agency that "engaged terrorists to enter" (hired them).
		// Communiques name the unit at length first: "Troops of
		// Operation Hadin Kai on Friday engaged ISWAP terrorists".
		forces := false
		for k := i - 1; k >= 0 && k >= i-10 && !toks[k].Punct; k-- {
			forces = forces || toks[k].Is("forces", "troops", "soldiers", "police", "army", "personnel", "sfs", "commandos")
		}
		for k := i + 1; forces && k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
			if toks[k].Is("in", "with", "to") && k == i+1 {
				break
			}
			if toks[k].Is("khwarij", "khawarij", "terrorists", "militants", "insurgents", "rebels", "attackers", "gunmen",
				"fighters", "hideout", "hideouts", "infiltrators", "miscreants", "assailants", "bandits") {
				return CueClash, true
			}
		}
		return c, false
	case "sealed", "brokered", "initialled", "initialed", "clinched":
		// "sealed a peace deal", "brokered a truce between the army and
		// the rebels", "initialled the accord".
		if conflictDeal(toks, i) || dealAfter(toks, i) && (s.assailant || nonStateNoun(toks[:i]) || armedGroup(toks[:i], int(^uint(0)>>1))) {
			return CueAgreement, true
		}
		return c, false
	case "signed":
		// A ceasefire or peace deal signed, not a trade agreement, and
		// not one signed long ago ("states that have signed peace
		// treaties").
		if (conflictDeal(toks, i) || dealAfter(toks, i) && (s.assailant || nonStateNoun(toks[:i]))) && !(i > 0 && toks[i-1].Is("have", "had")) {
			return CueAgreement, true
		}
		return c, false
	case "agreed":
		if conflictDeal(toks, i) {
			return CueAgreement, true
		}
		return c, false
	case "exchanged", "swapped", "traded":
		// "exchanged more than a thousand prisoners": a count between.
		for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
			if toks[k].Is("prisoners", "detainees", "captives", "bodies", "hostages", "pows") {
				return CueAgreement, true
			}
		}
		// "exchanged heavy fire", "exchanged small-arms fire": the
		// phrase with words between ("exchanged fire" is a phrase).
		if t.Is("exchanged", "traded") {
			for k := i + 2; k < len(toks) && k <= i+3 && !toks[k-1].Punct; k++ {
				if toks[k].Is("fire", "gunfire", "firing", "shots", "blows") && !toks[k-1].Is("of", "the", "a") {
					// "traded artillery fire across the border": an
					// exchange of shelling, not a fight at close range.
					if toks[i+1].Is("artillery", "mortar", "rocket", "missile", "shell", "tank") && t.Is("traded") {
						return CueShelling, true
					}
					return CueClash, true
				}
			}
		}
		return c, false
	case "aircraft", "jets", "warplanes", "warplane", "planes", "helicopters", "helicopter", "bombers", "jet", "uav", "uavs":
		// "Military jets bombed a village", "aircraft struck targets".
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			// Aircraft drop leaflets and aid as well as bombs.
			if toks[k].Is("dropped") && !munitionAfter(toks, k) {
				break
			}
			if toks[k].Is("bombed", "struck", "hit", "pounded", "targeted", "attacked", "fired", "dropped", "strafed",
				"raided", "shelled", "bombarded", "launched", "carried", "destroyed") {
				return CueAir, true
			}
			if toks[k].Punct {
				break
			}
		}
		if w == "warplanes" || w == "warplane" {
			return CueAir, true
		}
		return c, false
	case "drone", "drones", "quadcopter", "quadcopters":
		// "Police recovered four quadcopters and 11 propellers": drones
		// seized are weapons taken out of use, not a strike.
		if droneSeized(toks, i) {
			return CueDisrupt, true
		}
		// Drones that film, search or deliver strike no one: "police used
		// a drone to find the missing hiker", "drone footage of the
		// parade".
		if lex.HasAt(toks, i+1, "footage") || lex.HasAt(toks, i+1, "images") || lex.HasAt(toks, i+1, "video") ||
			lex.HasAt(toks, i+1, "videos") || lex.HasAt(toks, i+1, "camera") || lex.HasAt(toks, i+1, "photography") ||
			lex.HasAt(toks, i+1, "delivery") || lex.HasAt(toks, i+1, "deliveries") || lex.HasAt(toks, i+1, "show") ||
			lex.HasAt(toks, i+1, "racing") || lex.HasAt(toks, i+1, "pilot") || lex.HasAt(toks, i+1, "pilots") {
			return c, false
		}
		// "drones were seen flying over the airbase": a sighting.
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].Is("seen", "spotted", "sighted", "hovering", "hovered", "flying") {
				return c, false
			}
		}
		if lex.HasAt(toks, i+1, "to") && i+2 < len(toks) && toks[i+2].Is("find", "search", "monitor", "film", "survey", "map", "inspect",
			"deliver", "track", "locate", "spot", "patrol", "watch", "record", "photograph", "spray") {
			return c, false
		}
	case "vest", "vests":
		// "detonated a vest packed with explosives": a suicide bomber's,
		// not a bulletproof vest.
		if explosiveNear(toks, i) {
			return CueSuicide, true
		}
		return c, false
	case "snatched":
		// "snatched three fishermen off the coast": people taken, not
		// a bag or a victory.
		// Weapons "snatched from the guards" are not people taken.
		if seizedPeople(toks, i) && !lex.HasAt(toks, i+1, "from") && !(i > 0 && toks[i-1].Is("was", "were", "been", "being", "are", "is")) {
			return CueAbduct, true
		}
		// "An activist was snatched off the street by armed men": a
		// person named as the subject of the passive.
		if personSnatched(toks, i) && !lex.HasAt(toks, i+1, "from") {
			return CueAbduct, true
		}
		return c, false
	case "taken":
		// "the schoolgirls, who were taken from their dormitory by
		// gunmen": taken by armed men is abducted.
		if takenByArmed(toks, i) {
			return CueAbduct, true
		}
		// "Seven men taken by junta soldiers a month ago remain
		// missing": taken by anyone to where no one knows, a
		// disappearance.
		if lex.HasAt(toks, i+1, "by") && (disappeared(toks) || unknownWhereabouts(toks)) {
			return CueAbduct, true
		}
		// "Insurgents have taken dozens of boys and girls from
		// villages": the perfect of armed men taking people.
		if i > 0 && toks[i-1].Is("have", "has", "had") && s.assailant && takenAway(toks, i) && !forcesRaid(toks, i) {
			return CueAbduct, true
		}
		// "was taken from his flat by men in plain clothes, and his
		// whereabouts remain unknown": a disappearance.
		if lex.HasAt(toks, i+1, "from") && (byUnknownSoon(toks, i) || unknownWhereabouts(toks)) {
			return CueAbduct, true
		}
		return c, false
	case "forced":
		// "Masked men forced the activist into a car": taken.
		if forcedIntoVehicle(toks, i) {
			return CueAbduct, true
		}
		return c, false
	case "crush":
		// "The crush at the festival killed 150": a crowd crushed,
		// an accident; not a vow "to crush the rebellion".
		if i > 0 && toks[i-1].Is("the", "a", "deadly", "fatal", "crowd", "human") && !lex.HasAt(toks, i-2, "to") {
			return CueAccident, true
		}
		return c, false
	case "intercepted", "downed", "intercepts", "downs":
		// Missiles and drones brought down are disrupted weapons use,
		// told in the headline's present too ("Iron Dome intercepts
		// rockets fired from Gaza").
		if interceptedWeapon(toks, i) {
			return CueDisrupt, true
		}
		// "Police intercepted a vehicle carrying explosives": arms
		// stopped on their way.
		if t.Is("intercepted") && (weaponNear(toks, i) || carriedArms(toks, i)) && !(i > 0 && toks[i-1].Is("was", "were", "been", "be")) {
			return CueDisrupt, true
		}
		return c, false
	}
	return c, true
}

// carriedArms reports arms named as carried by what was stopped at i,
// further on in the clause: "intercepted a logistics supplier of the
// terrorists with 1,000 rounds of ammunition", "a truck loaded with
// rifles".
func carriedArms(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+12 && !toks[k].Punct; k++ {
		if !toks[k].Is("with", "carrying", "ferrying", "transporting") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5 && !toks[j].Punct; j++ {
			if weaponNouns[toks[j].Lower] {
				return true
			}
		}
	}
	return false
}

// cropsAfter reports trees or crops named within five words after i, in
// a sentence that names no storm or flood: "uprooted hundreds of olive
// trees", "cut down dozens of olive trees".
func cropsAfter(toks []lex.Token, i int) bool {
	for _, t := range toks {
		if t.Is("storm", "storms", "cyclone", "hurricane", "typhoon", "winds", "flood", "floods", "landslide", "earthquake") {
			return false
		}
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("trees", "olive", "crops", "orchards", "orchard", "vines", "saplings", "plantations") {
			return true
		}
	}
	return false
}

// refinePhrase returns the cue of a phrase trigger at i in its sentence:
// gunfire told of a game ("fired a shot at the goalkeeper") or of a try
// ("took a shot at the title") is none.
func refinePhrase(toks []lex.Token, i int, c Cue, s *sentence) Cue {
	// "Workers walked out over unpaid wages"; not "walked out of the
	// talks" nor a man who walked out of a shop.
	if lex.HasAt(toks, i, "walked", "out") && (lex.HasAt(toks, i+2, "of") || !workersBefore(toks, i)) {
		return CueNone
	}
	// "Troops mowed down five marchers"; "a speeding truck mowed down
	// pedestrians" is a road's accident or a ramming, told by other
	// words.
	if toks[i].Is("mowed", "mown") && vehicleBefore(toks, i) {
		return CueNone
	}
	// "Residents banged pots and pans against the pension plan": a
	// cacerolazo; a cook banging pots in the kitchen protests nothing.
	if toks[i].Is("banged", "banging") && !potsAgainst(toks) {
		return CueNone
	}
	// "set the stage on fire with a blistering performance": a show,
	// not arson.
	if lex.HasAt(toks, i, "on", "fire", "with") && i > 2 && toks[i-1].Is("stage", "internet", "dancefloor") && toks[i-2].Is("the") &&
		toks[i-3].Is("set", "sets", "setting") {
		for k := i + 3; k < len(toks) && k <= i+7 && !toks[k].Punct; k++ {
			if toks[k].Is("performance", "performances", "show", "song", "songs", "dance", "voice", "act", "display", "innings", "knock", "moves") {
				return CueNone
			}
		}
	}
	// "protested against plans to outsource hospitals": the plan is what
	// the crowd opposes, not a deed to come.
	if lex.HasAt(toks, i, "plans", "to") && i > 0 && toks[i-1].Is("against", "over", "opposing", "protesting", "protest") {
		return CueNone
	}
	// "detonated an IED against a bomb disposal vehicle": the squad was
	// the bomb's target, not a team disposing of it.
	if lex.HasAt(toks, i, "bomb", "disposal") && disposalTargeted(toks, i) {
		return CueNone
	}
	// "An elephant trampled a farmer to death": an animal's kill.
	if lex.HasAt(toks, i, "to", "death") && animalKiller(toks, i) {
		return CueNone
	}
	// "a flu shot at the health centre": a vaccine given, no gunfire.
	if lex.HasAt(toks, i, "shot", "at") && i > 0 && toks[i-1].Is("flu", "booster", "vaccine", "vaccination", "polio", "covid", "tetanus") {
		return CueNone
	}
	// "opened up on a column of troops"; not "opened up on her
	// struggles".
	if lex.HasAt(toks, i, "opened", "up", "on") && !forcesAhead(toks, i+3) {
		return CueNone
	}
	// "Aerial firing on New Year's night injured 20", "celebratory
	// gunfire at a wedding": shots fired into the air to celebrate hit
	// people by accident. The police's aerial firing to disperse a crowd
	// is force used on a protest.
	// ("Aerial bombardment by jets" and an "aerial strike" are from the
	// air: only the aerial firing.)
	if toks[i].Is("aerial", "celebratory", "happy") && c != CueAir {
		s.context(toks)
		if s.protest {
			return CueProtestForce
		}
		return CueAccident
	}
	// A device, a bomb or a mine "went off"; an alarm or a phone did not.
	// "Two explosive devices attached to a bus carrying soldiers went
	// off": the device may stand a clause of its own before the verb.
	if lex.HasAt(toks, i, "went", "off") {
		for k := i - 1; k >= 0 && k >= i-10; k-- {
			if k < i-3 && toks[k].Punct {
				break
			}
			if weaponNouns[toks[k].Lower] || toks[k].Is("charge", "charges", "bomb") {
				return c
			}
		}
		return CueNone
	}
	// "The bill was shot down in the Senate", "the senator shot down the
	// proposal".
	if lex.HasAt(toks, i, "shot", "down") {
		for k := max(0, i-3); k < len(toks) && k <= i+5; k++ {
			if toks[k].Is("bill", "proposal", "plan", "idea", "motion", "amendment", "resolution", "request", "bid", "suggestion", "claim", "claims",
				"rumours", "rumors", "speculation", "notion", "offer", "theory", "argument") {
				return CueNone
			}
		}
	}
	// Petrol bombs thrown by protesters are a riot's weapons.
	// An explosion called accidental is an accident, unless militants
	// were handling the bombs: their own blast is a bombing's.
	if c == CueAccident && toks[i].Is("accidental", "accidentally") {
		for _, t := range toks {
			if t.Is("militants", "militant", "rebels", "maoist", "maoists", "insurgents", "terrorists", "jihadists", "guerrillas", "cadres", "bomb-makers") {
				return CueExplosive
			}
		}
		return c
	}
	if c == CueExplosive && toks[i].Is("petrol", "molotov", "firebomb") {
		s.context(toks)
		if s.protest || crowdPoliced(toks) {
			return CueRiot
		}
		return c
	}
	if c != CueFiring && c != CueAttack {
		return c
	}
	s.context(toks)
	if (s.sport || s.fiction) && !s.weapon || s.cyber {
		return CueNone
	}
	// "The minister was shot down in the debate".
	if s.speech && !s.weapon && (c == CueAttack || lex.HasAt(toks, i, "shot", "down")) {
		return CueNone
	}
	if toks[i].Is("shot") && i > 0 && (toks[i-1].Is("a", "another", "one", "his", "her", "their", "best", "good", "first", "last") ||
		strings.HasSuffix(toks[i-1].Lower, "'s") || toks[i-1].Is("warning")) {
		return CueNone
	}
	return c
}

// accidentSubject reports whether "exploded" at i has a thing of
// accidentNouns for its subject, a few words before ("a fuel tank
// exploded", "the gas tanker exploded"), and the sentence names no
// device, no weapon and nothing sabotaged: "a fuel tanker laden with
// explosives exploded" is a bomb, "a gas pipeline exploded" sabotage.
func accidentSubject(toks []lex.Token, i int) bool {
	subject := false
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k].Punct; k-- {
		if accidentNouns[toks[k].Lower] {
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	for _, t := range toks {
		if t.Is("bomb", "bombs", "explosives", "explosive", "ied", "ieds", "vbied", "booby-trapped", "rigged", "laden", "explosive-laden",
			"explosives-laden", "bomb-laden", "mine", "landmine", "grenade", "rocket", "missile", "drone", "shell", "attack", "attacked",
			"pipeline", "pipelines", "tower", "towers", "pylon", "pylons", "track", "tracks", "railway", "sabotage") {
			return false
		}
	}
	return true
}

// explosiveUse decides an explosion word: "stellar explosions" and sales
// that "exploded" are none, a battery or a gas tanker that exploded is an
// accident.
func explosiveUse(toks []lex.Token, i int, c Cue, s *sentence) (Cue, bool) {
	t := toks[i]
	if t.Is("mine") {
		// "attacking a mine", "workers at the mine": a place people work
		// or are attacked at, not a landmine stepped on.
		if i > 1 && toks[i-1].Is("a", "the") && toks[i-2].Is("at", "attacking", "attacked", "raided", "raiding", "stormed", "storming", "into", "inside") {
			return c, false
		}
		// "gold miners at a mine", "a coal mine": a pit, not a landmine.
		for k := max(0, i-5); k < len(toks) && k <= i+2; k++ {
			if toks[k].Is("miners", "mining", "gold", "coal", "copper", "diamond", "tin", "cobalt", "artisanal", "uranium", "salt", "lithium", "iron",
				"iron-ore", "ore", "tailings", "quarry", "opencast", "open-pit") {
				return c, false
			}
		}
	}
	if t.Is("exploded") && i+1 < len(toks) && toks[i+1].Is("view", "views", "drawing", "drawings", "diagram", "diagrams") {
		return c, false
	}
	// "an explosive interview", "explosive allegations": words that
	// shock, not a bomb.
	if t.Is("explosive") && i+1 < len(toks) && explosiveFigures[toks[i+1].Lower] {
		return c, false
	}
	if !t.Is("explosion", "explosions", "exploded", "blast", "blasts", "explode", "explodes", "exploding", "blew", "blown") {
		return c, true
	}
	if figurativeBlast(toks, i) {
		return c, false
	}
	// "explosions at a military barracks, caused by the mishandling of
	// dynamite": a blast its cause calls an accident, whatever exploded.
	if mishandled(toks, i) || storedGoodsAfter(toks, i) {
		return CueAccident, true
	}
	// "A fuel tank exploded as residents gathered to collect petrol the
	// army had confiscated": a tank, a tanker or a boiler that blew up
	// by itself is an accident, whatever force is named later.
	if t.Is("exploded", "explodes") && accidentSubject(toks, i) {
		return CueAccident, true
	}
	// Blowing something up is deliberate; a pipeline blast is sabotage.
	// The police that only tell of the blast ("police said") name no
	// armed men at it.
	if t.Is("blew", "blown") || s.weapon && !weaponOnlySource(toks) {
		return c, true
	}
	for k := max(0, i-4); k < len(toks) && k <= i+6; k++ {
		if toks[k].Is("pipeline", "pipelines", "tower", "towers", "pylon", "pylons", "track", "tracks", "railway") {
			return c, true
		}
	}
	for k := max(0, i-4); k < len(toks) && k <= i+6; k++ {
		if k != i && accidentNouns[toks[k].Lower] {
			return CueAccident, true
		}
	}
	// "an explosion of ammonium nitrate stored at the port": goods kept
	// in store that blew up, an accident.
	if t.Is("explosion", "explosions", "blast") && lex.HasAt(toks, i+1, "of") {
		for k := i + 2; k < len(toks) && k <= i+6; k++ {
			if toks[k].Punct {
				break
			}
			if toks[k].Is("stored", "stockpiled", "warehoused") {
				return CueAccident, true
			}
		}
	}
	// "A huge explosion at the port killed 100 people; officials said
	// tonnes of ammonium nitrate had been stored there for years": the
	// goods kept there, told later in the sentence, blew up.
	for k := i + 1; k < len(toks) && k <= i+30 && !toks[k].Is("."); k++ {
		if toks[k].Is("stored", "stockpiled", "warehoused") && toks[k-1].Is("been", "was", "were") {
			return CueAccident, true
		}
	}
	return c, true
}

// mishandled reports a cause of negligence told after the explosion at
// i in its sentence: "caused by the mishandling of dynamite", "due to
// negligence in storing the explosives".
func mishandled(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+16 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("mishandling", "mishandled", "negligence", "negligent", "improper", "careless", "carelessness") {
			return true
		}
		// "explosions at an ammunition depot set off by stubble burning
		// nearby", "caused by lightning": a fire or the weather lit it.
		if (lex.HasAt(toks, k, "set", "off", "by") || lex.HasAt(toks, k, "caused", "by") || lex.HasAt(toks, k, "triggered", "by")) && accidentalCause(toks, k+3) {
			return true
		}
		// "The explosion, which was caused by ammonium nitrate stored in
		// a warehouse": goods in store its cause.
		if lex.HasAt(toks, k, "caused", "by") && storedAfter(toks, k+2) {
			return true
		}
	}
	return false
}

// accidentalCause reports a fire or the weather named within a few words
// from i: "stubble burning", "a bush fire", "lightning", "the heat".
func accidentalCause(toks []lex.Token, i int) bool {
	for k := max(0, i-1); k < len(toks) && k <= i+3; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("stubble", "lightning", "bushfire", "wildfire", "heatwave", "overheating") || lex.HasAt(toks, k, "bush", "fire") ||
			lex.HasAt(toks, k, "grass", "fire") || lex.HasAt(toks, k, "high", "temperatures") {
			return true
		}
	}
	return false
}

// dealAfter reports whether what is signed at i is a deal or an accord:
// "signed a deal in Doha". Said of an armed group ("the US and the
// Taliban signed a deal") it is a conflict's agreement, whatever the deal
// is about.
func dealAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("deal", "accord", "agreement", "pact") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// fireAccident reports whether "fire" at i is a blaze that broke out ("a
// fire at a garment factory", "a fire broke out"), not gunfire.
func fireAccident(toks []lex.Token, i int) bool {
	if i == 0 || !toks[i-1].Is("a", "the", "massive", "huge", "major", "big", "deadly", "devastating", "factory", "house",
		"market", "building", "forest", "bush", "electrical", "accidental") {
		return false
	}
	if i > 1 && toks[i-2].Is("opened", "open", "returned", "return", "heavy", "set", "under", "ceasefire") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Is(".", ";") {
			break
		}
		if buildingNouns[toks[k].Lower] || toks[k].Is("gutted", "engulfed", "swept", "razed") || lex.HasAt(toks, k, "broke", "out") {
			return true
		}
	}
	return toks[i-1].Is("factory", "house", "market", "building", "forest", "bush", "electrical", "accidental")
}

// conflictDeal reports whether a ceasefire, truce or peace deal is named
// just after token i: "signed a ceasefire agreement", "agreed to a
// bilateral ceasefire".
func conflictDeal(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Is(".", ";") {
			break
		}
		// "agreed to swap about 1,000 prisoners", "agreed to form a unity
		// government": captives traded, power shared.
		if toks[k].Is("swap", "exchange", "release", "free", "trade") && captivesAfter(toks, k) ||
			toks[k].Is("unity", "power-sharing") || lex.HasAt(toks, k, "power", "sharing") {
			return true
		}
		// "signed a deal to end the fighting": a deal made to stop a war.
		if toks[k].Is("end", "ending", "halt", "stop") && k+2 < len(toks) && toks[k+1].Is("the", "a") &&
			toks[k+2].Is("fighting", "war", "conflict", "hostilities", "violence", "insurgency") {
			return true
		}
		// "agreed on a plan to reduce violence in the south": the
		// fighting cut down by the deal.
		if toks[k].Is("reduce", "curb", "de-escalate") && lex.HasAt(toks, k+1, "violence") {
			return true
		}
		if toks[k].Is("ceasefire", "cease-fire", "truce", "armistice", "peace", "disarm", "disarmament", "demobilisation", "demobilization",
			"cessation", "hostilities") ||
			lex.HasAt(toks, k, "prisoner", "exchange") || lex.HasAt(toks, k, "prisoner", "swap") {
			// "agreed to peace talks" agrees to talk, not to a peace;
			// "agreed to resume peace talks and to a ceasefire" agrees
			// to both.
			if k+1 < len(toks) && toks[k+1].Is("talks", "negotiations", "dialogue", "process", "conference", "plan", "proposal") {
				continue
			}
			return true
		}
	}
	return false
}

// interceptedWeapon reports whether a missile, rocket or drone is named
// next to an intercepting verb at i.
func interceptedWeapon(toks []lex.Token, i int) bool {
	// Forward the object may be counted first: "shot down 28 of 30
	// Russian drones".
	for k := max(0, i-5); k < len(toks) && k <= i+8; k++ {
		if k > i+5 && toks[k].Punct {
			break
		}
		if toks[k].Is("missile", "missiles", "rocket", "rockets", "drone", "drones", "uav", "uavs", "projectile", "projectiles", "shahed") {
			return true
		}
	}
	return false
}

// numberSoon reports whether a number or a percentage follows within
// three tokens of i.
func numberSoon(toks []lex.Token, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		if toks[k].Is("percent", "per", "%") || toks[k].Lower != "" && toks[k].Lower[0] >= '0' && toks[k].Lower[0] <= '9' {
			return true
		}
	}
	return false
}

// intercepts removes the weapons an intercepting verb brought down from
// hits: "intercepted a ballistic missile fired at Jizan" tells of no
// missile strike.
func intercepts(toks []lex.Token, hits []Hit) []Hit {
	out := hits[:0]
	for _, h := range hits {
		drop := false
		if h.Cue == CueShelling || h.Cue == CueAir || h.Cue == CueFiring || h.Cue == CueExplosive {
			for _, o := range hits {
				if o.Cue == CueDisrupt && toks[o.Token].Is("intercepted", "downed", "shot") && abs(o.Token-h.Token) <= 8 && !stopBetween(toks, o.Token, h.Token) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, h)
		}
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// activistsBefore reports whether activists or protesters are named in
// the clause before token i: "TLP activists blocked the road and fought".
func activistsBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-14 && !toks[k].Is(".", ";"); k-- {
		if toks[k].Is("activists", "protesters", "protestors", "demonstrators") {
			return true
		}
	}
	return false
}

// defiedBan reports whether the clause after token i says it was done in
// defiance of a ban: "despite a ban", "despite a government ban",
// "defying a ban", "in defiance of Section 144", "in violation of Section
// 144".
func defiedBan(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+16 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("defying", "defied", "defiance") || lex.HasAt(toks, k, "in", "violation", "of") {
			return true
		}
		if !toks[k].Is("despite") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].Is("ban", "bans", "curfew", "prohibition") {
				return true
			}
		}
	}
	return false
}

// heldGathering reports whether "held" at i has for its object a meeting
// or march ("held a jirga", "held its Pashtun Qaumi Jirga", "held a peace
// march") that its clause says defied a ban or made a demand, and no force
// or official for its subject ("police held a meeting with elders").
func heldGathering(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if stateForceWord(toks[k]) || toks[k].Is("government", "administration", "authorities", "minister", "ministers") {
			return false
		}
	}
	meeting := -1
	for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
		if toks[k].Is("jirga", "jirgas", "gathering", "gatherings", "convention", "march", "marches", "meeting", "assembly") {
			meeting = k
			break
		}
	}
	if meeting < 0 {
		return false
	}
	if defiedBan(toks, meeting) {
		return true
	}
	for k := meeting + 1; k < len(toks) && k <= meeting+20 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("demanding", "demand", "protesting", "protest") {
			return true
		}
	}
	return false
}

// stopBetween reports whether a full stop or semicolon stands between
// tokens a and b.
func stopBetween(toks []lex.Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if toks[k].Is(".", ";") {
			return true
		}
	}
	return false
}

// setBefore reports whether "set" or "sets" stands within nine words
// before token i, in the same clause: "set two buses on fire", "set the
// Levies station and the NADRA office on fire" (a list of two places).
func setBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("set", "sets", "setting") {
			return true
		}
	}
	return false
}

// crowdSetAlight reports whether the "set" of "set ... alight" at i has a
// crowd for its subject: "residents set the shops alight".
func crowdSetAlight(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("set") {
			return crowdSubject(toks, k)
		}
	}
	return false
}

// figurativeBlast reports whether the explosion word at i has a subject
// that cannot carry a bomb: "sales exploded", "her career blew up".
func figurativeBlast(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Is(".", ";", ",") {
			break
		}
		if nonWeaponSubjects[toks[k].Lower] || lex.HasAt(toks, k, "box", "office") {
			return true
		}
	}
	// "The film exploded at the box office".
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if lex.HasAt(toks, k, "box", "office") {
			return true
		}
	}
	return false
}

// airBefore reports whether aircraft are named just before token i: "the
// air force bombed", "military planes struck".
func airBefore(toks []lex.Token, i int) bool {
	// "A Nigerian Air Force jet on a mission against insurgents
	// mistakenly bombed a village": the aircraft may stand further back
	// behind a phrase, not behind another clause or verb.
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Punct || k < i-5 && (toks[k].Is("and", "but", "while", "when", "after", "before", "as", "who", "which", "that") ||
			strings.HasSuffix(toks[k].Lower, "ed")) {
			return false
		}
		if toks[k].Is("aircraft", "jets", "jet", "warplanes", "warplane", "planes", "helicopters", "bombers", "gunships", "gunship", "drones", "drone",
			"uav", "uavs", "antonov", "antonovs") || lex.HasAt(toks, k, "air", "force") || lex.HasAt(toks, k, "aerial", "vehicles") ||
			lex.HasAt(toks, k, "aerial", "vehicle") {
			return true
		}
	}
	return false
}

// personSeizedBy reports whether the verb at i is a passive whose subject
// is a person and whose doer, after "by", is armed men: "the engineer was
// seized by suspected militants"; not "the town was seized by militants".
func personSeizedBy(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("was", "were") {
		return false
	}
	// "were seized from their trawler off Sabah by Abu Sayyaf gunmen":
	// where they were taken from may stand before the captors.
	by := i + 1
	for by < len(toks) && by <= i+7 && !toks[by].Punct && !toks[by].Is("by") {
		by++
	}
	if !lex.HasAt(toks, by, "by") {
		return false
	}
	armed := false
	for k := by + 1; k < len(toks) && k <= by+3; k++ {
		if assailantWords[toks[k].Lower] || toks[k].Is("gunmen", "kidnappers", "bandits", "pirates", "maoists") {
			armed = true
			break
		}
		if toks[k].Punct {
			break
		}
	}
	if !armed {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if peopleSeized[toks[k].Lower] || toks[k].Is("he", "she", "they", "man", "woman", "boy", "girl", "men", "women") {
			return true
		}
		if toks[k].Punct || territoryNouns[toks[k].Lower] {
			return false
		}
	}
	return false
}

// workersBefore reports whether a body of workers or students is named
// within six words before i, in the clause: "Workers at the garment
// factory walked out".
func workersBefore(toks []lex.Token, i int) bool {
	// "Workers at a garment factory in Gazipur staged a walkout": the
	// workers' place may stand between them and their walkout.
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("workers", "staff", "employees", "students", "teachers", "nurses", "doctors", "miners", "drivers", "lawyers",
			"pupils", "dockers", "labourers", "laborers", "journalists") {
			return true
		}
	}
	return false
}

// forcesAhead reports whether armed men, forces or their posts are named
// within six words from k, in the clause: "opened up on a column of junta
// troops".
func forcesAhead(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+6; j++ {
		if toks[j].Punct {
			return false
		}
		if assailantWords[toks[j].Lower] || toks[j].Is("soldiers", "police", "policemen", "convoy", "column", "patrol", "positions", "base",
			"checkpoint", "post", "camp", "vehicle", "vehicles", "crowd", "protesters", "villagers", "civilians", "worshippers") {
			return true
		}
	}
	return false
}

// stateBombed reports whether "bombed" at i is done by a state's armed
// forces, named just before it in the active voice, to an armed group's
// ground: "the Colombian armed forces bombed a guerrilla camp", "the
// military bombed rebel positions". Armies bomb from the air; a bomb
// planted is told of militants, by "planted" or "blew up".
func stateBombed(toks []lex.Token, i int) bool {
	if i == 0 || toks[i-1].Is("was", "were", "been", "being", "is", "are", "be") || lex.HasAt(toks, i+1, "by") {
		return false
	}
	state := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			break
		}
		if toks[k].Is("military", "army", "junta", "regime", "coalition", "tatmadaw") || lex.HasAt(toks, k, "armed", "forces") ||
			lex.HasAt(toks, k, "government", "forces") {
			state = true
			break
		}
	}
	if !state {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("camp", "camps", "positions", "position", "hideout", "hideouts", "base", "bases", "stronghold", "strongholds",
			"village", "villages", "town", "towns", "areas", "area") {
			return true
		}
	}
	return false
}

// peopleFirst reports whether the words right after the verb at i name
// people, with at most a count or a nationality before them: "seized
// five Indonesian fishermen", not "seized the town of Palma".
func peopleFirst(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if peopleSeized[toks[k].Lower] {
			return true
		}
		if toks[k].Punct || territoryNouns[toks[k].Lower] {
			return false
		}
	}
	return false
}

// politicalAttack reports whether the attack verb at i has a party, a
// government or a leader for its object and the issue after "over" or
// "for": "attacked the BJP government over the fuel price hike",
// "blasted the election commission for delaying the polls". Armed men
// before the verb, or a thing of the object's ("the convoy of the
// minister", "the government office"), make it a deed.
func politicalAttack(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && !toks[k].Punct; k-- {
		if assailantWords[toks[k].Lower] || toks[k].Is("gunmen", "men", "mob", "crowd", "police", "soldiers") {
			return false
		}
	}
	k := i + 1
	for k < len(toks) && toks[k].Is("the", "a", "its", "his", "her", "their", "ruling", "federal", "state", "central", "union", "election", "electoral") {
		k++
	}
	if k >= len(toks) || !politicalBody[toks[k].Lower] {
		return false
	}
	for j := k; j < len(toks) && j <= k+6 && !toks[j].Is(".", ";"); j++ {
		if thingsOfBodies[toks[j].Lower] {
			return false
		}
		if j > k && toks[j].Is("over", "for") {
			return true
		}
	}
	return false
}

// politicalBody names what is criticised in politics: a party, a
// government, a leader by title.
var politicalBody = lex.WordSet(`prime chief minister ministers government centre center opposition commission president premier
	leader leaders party parties bjp congress pti ppp pml-n aap tmc cabinet administration chairman rivals judiciary governor`)

// thingsOfBodies are places and things of a government or a leader that
// armed men attack: "the government office", "the minister's convoy".
var thingsOfBodies = lex.WordSet(`office offices building buildings school schools hospital compound vehicle vehicles convoy convoys
	house houses residence headquarters forces troops post posts camp property motorcade car guards`)

// verbalSalvo reports whether "fired" at i fires a salvo of words: "fired
// a fresh salvo at the Centre", "fired a verbal broadside"; not "fired a
// salvo of rockets".
func verbalSalvo(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("salvo", "salvos", "broadside", "broadsides") {
			return !lex.HasAt(toks, k+1, "of")
		}
	}
	return false
}

// draggedIntoVehicle reports someone dragged at i into a car or a van by
// men named as such, no police or soldiers: "masked men dragged the
// activist into a minivan". Police who do it arrest, and are told so;
// rescuers who do it rescue.
func draggedIntoVehicle(toks []lex.Token, i int) bool {
	men := false
	for k := i - 1; k >= 0 && k >= i-5 && !toks[k].Punct; k-- {
		if stateForceWord(toks[k]) || toks[k].Is("officers", "agents", "troops", "soldiers") {
			return false
		}
		men = men || toks[k].Is("men", "gunmen", "assailants", "kidnappers", "abductors", "attackers", "militants", "rebels")
	}
	if !men {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
		if toks[k].Is("into") {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if toks[j].Is("car", "van", "minivan", "vehicle", "truck", "suv", "jeep", "pickup") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// vanishedAfterForces reports a person who "vanished" at i after state
// forces or armed men met, took or detained him: "he vanished after
// Chinese police met him at the airport". Fighters who vanished into the
// forest, or a person who vanished with no one named, are none.
func vanishedAfterForces(toks []lex.Token, i int) bool {
	if i == 0 || !toks[i-1].Is("he", "she", "they", "activist", "student", "journalist", "lawyer", "man", "woman", "blogger", "dissident") {
		return false
	}
	if !lex.HasAt(toks, i+1, "after") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
		if stateForceWord(toks[k]) || toks[k].Is("agents", "officers", "soldiers", "troops", "gunmen", "men") {
			return true
		}
	}
	return false
}

// chemicalAfter reports a chemical agent as the object of the verb at i,
// a few words on: "dropped sarin", "dropped a poisonous substance",
// "dropped chlorine gas"; not tear gas, nor leaflets.
func chemicalAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("sarin", "chlorine", "poisonous", "toxic", "chemical", "chemicals", "nerve", "mustard") {
			return true
		}
		if toks[k].Is("tear") {
			return false
		}
	}
	return false
}

// swappedBefore reports a verb of exchange or handover a few words before
// i, in its clause: "exchanged the bodies", "swapped the remains and
// bodies", "handed over the bodies".
func swappedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && !toks[k].Punct; k-- {
		if toks[k].Is("exchanged", "swapped", "traded", "exchange", "swap", "handed", "repatriated") {
			return true
		}
	}
	return false
}

// attacksPaused reports attacks that a verb of pausing governs, one or
// two words before: "would halt attacks", "suspended its attacks",
// "to stop all attacks". A pause (or its end) is a group's move, told by
// the verb; warPaused reads it there.
func attacksPaused(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("halt", "halted", "halting", "halts", "suspend", "suspended", "suspending", "suspends", "stop", "stopped", "stopping",
			"cease", "ceased", "pause", "paused", "pausing") {
			return true
		}
		if toks[k].Punct || !toks[k].Is("its", "their", "all", "his", "the", "further", "armed", "military") {
			return false
		}
	}
	return false
}

// abstractAfter reports whether the object of an attack at i is a bill, a
// policy or a record: an attack in words.
func abstractAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("bill", "plan", "policy", "policies", "decision", "proposal", "budget", "law", "ruling", "remarks",
			"comments", "idea", "record", "handling", "stance", "report", "reforms", "reform", "verdict", "legislation") {
			return true
		}
		// "an assault on inflation", "an attack on poverty": a campaign
		// against an ill, not against anyone. "An attack on democracy",
		// "on the constitution": an idea attacked in words.
		if toks[k].Is("on") && ideaAfter(toks, k+1) {
			return true
		}
		if toks[k].Punct || toks[k].Is("with", "in", "at", "near", "on") {
			return false
		}
	}
	return false
}

// ideaAfter reports whether the words from k name an ill or an idea, after
// any article or qualifier: "inflation", "the constitution", "press
// freedom".
func ideaAfter(toks []lex.Token, k int) bool {
	for k < len(toks) && toks[k].Is("the", "our", "its", "their", "press", "free", "media", "religious", "civil", "basic", "fundamental") {
		k++
	}
	return k < len(toks) && toks[k].Is("inflation", "poverty", "unemployment", "prices", "corruption", "deficits", "deficit", "debt",
		"costs", "red", "bureaucracy", "illiteracy", "obesity", "democracy", "constitution", "freedom", "freedoms", "liberty",
		"liberties", "rights", "sovereignty", "independence", "dignity", "values", "principles", "speech", "judiciary", "federation", "autonomy")
}

// recoveredArms are weapons and parts that police recover, besides the
// weapon nouns: "recovered 70 rounds", "seized magazines and a
// launcher".
var recoveredArms = lex.WordSet(`gun guns rounds magazines magazine cartridges bullets launcher launchers kalashnikov
	ak-47 ak-47s carbine carbines shotgun shotguns revolver revolvers ammo gunpowder fuse fuses claymore claymores
	ordnance munitions nitrate ammonium gelatin gelatine tnt rdx firearms firearm`)

// protestAsCause reports whether the protest noun at i is named as a cause
// or a backdrop, not reported: "cancelled because of protests", "hit by
// months of protests".
func protestAsCause(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if lex.HasAt(toks, k, "because", "of") || lex.HasAt(toks, k, "due", "to") || toks[k].Is("months", "weeks", "years") && lex.HasAt(toks, k+1, "of") {
			return true
		}
		// "arrested 25 supporters ahead of the rally", "a planned
		// march": a protest still to come. "Arrested for reporting on
		// the protests", "for organising the march": the protest is
		// what the arrested did or wrote about.
		if lex.HasAt(toks, k, "ahead", "of") || toks[k].Is("planned", "proposed", "scheduled", "upcoming") ||
			lex.HasAt(toks, k, "reporting", "on") || lex.HasAt(toks, k, "coverage", "of") || toks[k].Is("covering", "organising", "organizing", "inciting") {
			return true
		}
	}
	return false
}

// takenAway reports whether "took" at i takes people away or from a home:
// "took the driver away", "took a student from his home"; the people are
// named between ("took the weapons away with them" takes none; "took him
// away" is read above, by what became of him).
func takenAway(toks []lex.Token, i int) bool {
	person := false
	// "took three members of a resistance committee from their homes":
	// the people may be named at length.
	for k := i + 1; k < len(toks) && k <= i+9 && !toks[k].Punct; k++ {
		switch {
		case peopleSeized[toks[k].Lower] || toks[k].Is("man", "woman", "boy", "girl", "boys", "girls", "student", "inspector", "official", "teacher", "suspects", "suspect", "youths", "youth",
			"members", "member", "leaders", "leader"):
			person = true
		case toks[k].Is("away"):
			return person
		case toks[k].Is("from") && k+2 < len(toks) && toks[k+1].Is("his", "her", "their", "a", "the") &&
			toks[k+2].Is("home", "house", "houses", "homes", "shop", "residence", "hostel", "office", "village"):
			return person
		// "took dozens of boys and girls from villages".
		case toks[k].Is("from") && k+1 < len(toks) && toks[k+1].Is("villages", "homes", "schools"):
			return person
		}
	}
	return false
}

// jobHolders are people who are "fired" from their jobs.
var jobHolders = lex.WordSet(`workers employees staff staffers ceo coach manager executive executives director boss
	employee worker chairman editor principal anchor host`)

// figureAfter reports whether what is "targeted" at i is a figure to
// reach: "targeted a growth rate", "targeting revenue of Rs9 trillion".
func figureAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
		if toks[k].Is("rate", "growth", "percent", "revenue", "revenues", "deficit", "inflation", "sales", "exports", "collection", "collections", "savings") {
			return true
		}
	}
	return false
}

// explosiveFigures are the nouns "explosive" qualifies as a figure of
// speech.
var explosiveFigures = lex.WordSet(`interview interviews report reports revelation revelations allegation allegations
	claim claims testimony book memoir memo growth issue issues situation debate remarks comments speech letter
	hearing season start performance innings pace temper row mix`)

// animals that attack crops, herds or people.
var animals = lex.WordSet(`locust locusts swarm swarms insects pests dog dogs stray bees wolf wolves bear bears leopard
	leopards tiger tigers elephant elephants snake snakes crocodile crocodiles monkeys jackals boar boars`)

// animalBefore reports whether an animal is named in the two words before
// i, as the subject of the attack.
func animalBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if animals[toks[k].Lower] {
			return true
		}
	}
	return false
}

// offenceGerunds are ordinary offences an arrest is made "for": "for
// defrauding investors", "for stealing cars", "for taking a bribe".
var offenceGerunds = lex.WordSet(`defrauding cheating stealing selling taking accepting demanding hoarding
	adulterating forging duping swindling embezzling misappropriating blackmailing overcharging betting gambling
	impersonating`)

// ordinaryOffence reports whether the arrest word at i is followed, within
// its clause, by "for" or "after" and an ordinary offence within a few
// words: "arrested a man for defrauding investors", "arrested 12 suspects
// for running an online betting ring", "was arrested after a video showed
// him beating a student". Not "for protesting", "for facilitating suicide
// bombers", "for firing on a polio team".
func ordinaryOffence(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
		if !toks[k].Is("for", "after") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6 && !toks[j].Punct; j++ {
			if offenceGerunds[toks[j].Lower] {
				// "taking" and "demanding" a bribe; "taking" hostages is
				// no offence of this kind.
				if toks[j].Is("taking", "accepting", "demanding") && !(lex.HasAt(toks, j+1, "a", "bribe") || lex.HasAt(toks, j+1, "bribes") || lex.HasAt(toks, j+1, "bribe")) {
					continue
				}
				// "for selling weapons to militants": arms are ACLED's.
				for w := j + 1; w < len(toks) && w <= j+4 && !toks[w].Punct; w++ {
					if weaponNouns[toks[w].Lower] || recoveredArms[toks[w].Lower] || toks[w].Is("weapons", "arms", "pistols", "rifles") {
						return false
					}
				}
				return true
			}
			if toks[j].Is("betting", "bribe", "bribes") {
				return true
			}
		}
		return false
	}
	return false
}

// blazeTold reports a sentence about a fire put out: "the blaze",
// "firefighters", "the fire brigade".
func blazeTold(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("blaze", "firefighters", "firemen", "fire-fighters", "inferno") || t.Is("brigade", "tenders") && i > 0 && toks[i-1].Is("fire") {
			return true
		}
	}
	return false
}

// surrenderedMen reports "surrendered" at i used of the fighters named
// next ("surrendered Maoists were given cheques"): who they are, not a
// surrender made.
func surrenderedMen(toks []lex.Token, i int) bool {
	return toks[i].Is("surrendered") && i+1 < len(toks) &&
		(assailantWords[toks[i+1].Lower] || toks[i+1].Is("maoists", "maoist", "cadres", "cadre", "naxals", "naxalites", "ultras"))
}

// celebratoryAir reports gunfire at i fired "into the air" at a wedding or
// a celebration told in its sentence.
func celebratoryAir(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "into", "the", "air") && !lex.HasAt(toks, i+1, "in", "the", "air") {
		return false
	}
	for k := i + 4; k < len(toks) && k <= i+12 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("wedding", "weddings", "celebration", "celebrations", "celebrate", "celebrating", "festivities", "birthday", "victory") {
			return true
		}
	}
	return false
}

// animalKiller reports whether the killing word at i has an animal for
// its subject, a few words before it in its clause ("An elephant trampled
// a farmer to death"), or for its agent after "by" ("was mauled to death
// by a leopard").
func animalKiller(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !toks[k].Punct; k-- {
		if animals[toks[k].Lower] {
			return !(k > 0 && toks[k-1].Is("of", "his", "her", "their", "its"))
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("by") {
			for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].Punct; j++ {
				if animals[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// blastedWords reports whether "blasted" at i is said of a decision or a
// critic: "blasted the decision as a betrayal", "the government blasted
// the lender's conditions as unfair" (a speaker blasts what he is "as").
func blastedWords(toks []lex.Token, i int) bool {
	if i > 0 && toks[i-1].Is("government", "opposition", "minister", "ministry", "party", "leader", "leaders", "spokesman",
		"spokesperson", "president", "premier", "chief", "lawmakers", "senator", "senators", "critics", "court", "judge", "chairman", "chairperson", "secretary") {
		for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
			if toks[k].Is("as", "for", "over") {
				return true
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("decision", "plan", "policy", "move", "ruling", "remarks", "comments", "government", "critics",
			"report", "proposal", "deal", "bill", "law", "as", "media", "press", "opposition", "verdict", "judge") {
			return true
		}
	}
	return false
}

// seizedPeople reports whether people are what was seized at i: "seized
// 30 passengers from a bus".
func seizedPeople(toks []lex.Token, i int) bool {
	// "Eleven fishermen are being held by bandits, who seized them from
	// their boats": the people named before, taken up by a pronoun.
	if i+1 < len(toks) && toks[i+1].Is("them", "him", "her") {
		for k := i - 1; k >= 0 && k >= i-25; k-- {
			if peopleSeized[toks[k].Lower] {
				return true
			}
		}
	}
	// "seized a group of oil workers": the count or the group may come
	// before who they were.
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if peopleSeized[toks[k].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// seizedPerson reports one person named right after "seized": "seized a
// French aid worker from his car"; not "seized a worker's phone".
func seizedPerson(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "a") && !lex.HasAt(toks, i+1, "an") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("worker", "man", "woman", "tourist", "trader", "teacher", "doctor", "nurse", "official", "farmer", "student",
			"businessman", "pilot", "missionary", "contractor", "engineer", "journalist", "priest") {
			return !lex.HasAt(toks, k+1, "'")
		}
	}
	return false
}

// unknownWhereabouts reports whether a sentence says that someone taken is
// not accounted for: "his whereabouts remain unknown", "their whereabouts
// are not known".
// PickUpGone reports whether the arrest hit h is a pick-up ("picked up",
// "took away", "whisked away") and the sentences after tell the people
// taken are gone: "Their whereabouts remain unknown", "they have not been
// seen since", "have gone missing". Forces taking men to where no one
// knows make a forced disappearance, as ACLED codes it, not an arrest.
// later holds the tokens of the sentences after the pick-up's.
func PickUpGone(toks []lex.Token, h Hit, later []lex.Token) bool {
	if h.Cue != CueArrest || !toks[h.Token].Is("picked", "took", "whisked", "taken") {
		return false
	}
	return unknownWhereabouts(later) || disappeared(later)
}

func unknownWhereabouts(toks []lex.Token) bool {
	for i, t := range toks {
		// "has not been seen since", "was never seen again".
		if lex.HasAt(toks, i, "not", "been", "seen", "since") || lex.HasAt(toks, i, "never", "seen", "again") ||
			lex.HasAt(toks, i, "not", "been", "heard", "from") {
			return true
		}
		// "her family has not been told where she is held".
		if lex.HasAt(toks, i, "not", "been", "told", "where") && familyBefore(toks, i) {
			return true
		}
		// "Their whereabouts remain unknown", "his whereabouts are still
		// not known"; not a fugitive's, "had been unknown since May".
		if t.Is("whereabouts") {
			for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct && !toks[k].Is("had"); k++ {
				if toks[k].Is("unknown") || toks[k].Is("not") && k+1 < len(toks) && toks[k+1].Is("known") {
					return true
				}
			}
		}
		// "his family has been unable to find out where he is held",
		// "relatives do not know where they were taken".
		if (lex.HasAt(toks, i, "unable", "to", "find", "out", "where") || lex.HasAt(toks, i, "unable", "to", "learn", "where") ||
			lex.HasAt(toks, i, "not", "know", "where") || lex.HasAt(toks, i, "not", "been", "able", "to", "find")) && familyBefore(toks, i) {
			return true
		}
		// "took them to an unknown location": taken where no one knows;
		// suspects "sent to an undisclosed location for interrogation"
		// are held by the state, who says where.
		if t.Is("unknown", "undisclosed") && i > 3 && toks[i-1].Is("an") && toks[i-2].Is("to") && lex.HasAt(toks, i+1, "location") &&
			(toks[i-3].Is("took", "taken", "whisked", "dragged", "driven") || toks[i-4].Is("took", "taken", "whisked", "dragged", "driven")) {
			return true
		}
		// "held at unknown locations", "held in an unknown location":
		// kept where no one knows.
		if t.Is("unknown") && (lex.HasAt(toks, i+1, "location") || lex.HasAt(toks, i+1, "locations")) &&
			(i > 1 && toks[i-1].Is("at", "in") && toks[i-2].Is("held", "kept") || i > 2 && toks[i-1].Is("an") && toks[i-2].Is("at", "in") && toks[i-3].Is("held", "kept")) {
			return true
		}
		// Not a fugitive caught: "the suspect, whose whereabouts had
		// been unknown".
		if !t.Is("whereabouts") || i == 0 || !toks[i-1].Is("his", "her", "their") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].Is("had", "was", "were") {
				break
			}
			if toks[k].Is("unknown", "unclear", "not", "undisclosed", "uncertain") {
				return true
			}
		}
	}
	return false
}

// takenByUnknown reports whether the people "seized" at i were taken by
// men nobody names: "seized by masked men", "seized by gunmen".
func takenByUnknown(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "by") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("masked", "unidentified", "unknown", "armed", "gunmen", "plainclothes", "plain-clothes", "hooded") {
			return true
		}
		// "seized by men in plain clothes".
		if lex.HasAt(toks, k, "in", "plain", "clothes") || lex.HasAt(toks, k, "in", "civilian", "clothes") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// munitionAfter reports whether what was dropped at i is a weapon:
// "dropped barrels of chlorine", not "dropped leaflets" or aid.
func munitionAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("bomb", "bombs", "barrel", "barrels", "munitions", "explosives", "explosive", "gas", "chlorine", "missiles",
			"shells", "grenades", "napalm", "incendiary") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// fromTheAir reports whether "from the air" follows token i in its
// clause: "bombed a village from the air".
func fromTheAir(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if toks[k].Punct {
			return false
		}
		if lex.HasAt(toks, k, "from", "the", "air") {
			return true
		}
	}
	return false
}

// volcanoBefore reports whether a volcano is the subject of "erupted" at
// i: "Mount Semeru erupted", "the Taal volcano erupted".
func volcanoBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("mount", "mt", "volcano", "volcanoes") {
			return true
		}
	}
	return false
}

// crowdNouns are the people whose violence is a mob's, not an armed
// group's: "villagers attacked", "residents set upon".
var crowdNouns = lex.WordSet(`villagers residents locals mob mobs crowd crowds townspeople onlookers neighbours neighbors`)

// crowdSubject reports whether the attack verb at i has a crowd for its
// subject: "Villagers armed with sticks attacked a family", "residents
// set upon foreign shop owners". The subject is the nearest actor noun
// before the verb in its clause; a passive ("were attacked by") has none.
func crowdSubject(toks []lex.Token, i int) bool {
	if !toks[i].Is("attacked", "assaulted", "set", "beat", "lynched", "killed", "burned", "burnt", "stormed", "stoned", "clubbed", "hacked", "tortured") || i == 0 || toks[i-1].Is("was", "were", "been", "being", "is", "are") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := toks[k]
		if t.Is(".", ";", ":") {
			return false
		}
		// "pulled him out of the crowd and hacked him": the crowd the
		// victim was in, not the one who struck.
		if crowdNouns[t.Lower] {
			return !(k > 1 && toks[k-1].Is("the", "a") && toks[k-2].Is("of", "into", "from", "at", "on", "in", "among")) &&
				!crowdTaken(toks, k)
		}
		// "Crowds of men armed with sticks attacked the villages": men
		// counted as a crowd.
		if t.Is("men", "youths") && k > 1 && toks[k-1].Is("of") && crowdNouns[toks[k-2].Lower] {
			return true
		}
		// "Hundreds of people set fire to houses": people counted by
		// the hundred are a crowd.
		if t.Is("people") && k > 1 && toks[k-1].Is("of") && toks[k-2].Is("hundreds", "thousands", "scores", "dozens") {
			return true
		}
		// "dragged him from a police car": the police named as a
		// modifier are no subject.
		if t.Is("police") && k+1 < len(toks) && toks[k+1].Is("car", "van", "vehicle", "station", "post", "truck", "cell", "custody") {
			continue
		}
		// "Villagers who accused a woman of witchcraft set fire to her
		// house": the relative clause told, the crowd before it acts.
		if k > 0 && crowdNouns[toks[k-1].Lower] && relativeDone(toks, k, i) {
			return true
		}
		if assailantWords[t.Lower] || t.Is("gunmen", "police", "policemen", "soldiers", "men", "bandits", "militiamen", "herders",
			"vigilantes", "who", "which") {
			return false
		}
	}
	return false
}

// bomberDied reports whether the tokens tell a bomber among the dead:
// "the bomber also died", "the bomber was killed", "including eight
// bombers", or one who blew up something "killing himself".
func bomberDied(toks []lex.Token) bool {
	for i, t := range toks {
		switch {
		case t.Is("bomber", "bombers"):
			if i > 0 && toks[i-1].Is("including") || i > 1 && toks[i-2].Is("including") {
				return true
			}
			for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
				if toks[k].Is("died", "dead") || toks[k].Is("killed") && toks[k-1].Is("was", "were", "also") {
					return true
				}
				if toks[k].Is("planted", "placed", "fled", "escaped", "arrested", "detained") {
					break
				}
			}
		case t.Is("killing") && i+1 < len(toks) && toks[i+1].Is("himself", "herself", "themselves"):
			return true
		}
	}
	return false
}

// vehicles are the craft whose crash is an accident.
var vehicles = lex.WordSet(`car cars van vans bus buses coach coaches truck trucks lorry lorries jeep jeeps vehicle vehicles
	suv minivan motorcycle motorbike rickshaw tractor trailer tanker train trains plane planes jet jets airliner
	aircraft helicopter helicopters chopper boat boats ferry`)

// vehicleBefore reports whether a vehicle is named in the three words
// before i: "a bus crash", "the helicopter crashed".
func vehicleBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if vehicles[toks[k].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// hijackNamed reports whether the sentence tells of a hijack: a plane
// that crashed after one is left to the abduction it was.
func hijackNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("hijack", "hijacked", "hijackers", "hijacker", "hijacking") {
			return true
		}
	}
	return false
}

// vehicleOf reports whether the crash at i is "of" a vehicle named in the
// next few words: "two crashes of its 737 Max jet".
func vehicleOf(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "of") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if vehicles[toks[k].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// vehicleIntoCrowd reports whether the verb at i drives a vehicle into a
// crowd of people: "drove a truck into the crowd", "rammed his car into
// worshippers", "a van ploughed into pedestrians on the bridge". A driver
// who lost control, was drunk or crashed by accident, or a vehicle driven
// into a wall or a river, makes no attack.
func vehicleIntoCrowd(toks []lex.Token, i int) bool {
	into := -1
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("into", "through") {
			into = k
			break
		}
		if toks[k].Punct {
			return false
		}
	}
	if into < 0 {
		return false
	}
	// "drove into" with no vehicle named needs the vehicle before the
	// verb ("a van ploughed into"); "drove a lorry into" names it after.
	vehicle := false
	for k := max(0, i-3); k < into; k++ {
		if toks[k].Is("car", "cars", "van", "lorry", "truck", "vehicle", "suv", "bus", "jeep", "tractor", "pickup", "minivan", "motorcycle") {
			vehicle = true
		}
	}
	if !vehicle {
		return false
	}
	for _, t := range toks {
		if t.Is("accidentally", "accident", "drunk", "drunken", "lost", "brakes", "skidded") {
			return false
		}
	}
	for k := into + 1; k < len(toks) && k <= into+4; k++ {
		if toks[k].Is("crowd", "crowds", "pedestrians", "shoppers", "worshippers", "protesters", "demonstrators", "marchers",
			"revellers", "spectators", "people", "market", "parade", "procession", "festival", "gathering", "mourners") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// hijackersCrashed reports whether "crashed" at i tells of hijackers who
// flew the craft they seized into a target: "hijackers crashed the
// airliner into the tower", "the hijacked plane was crashed into the
// building". The crash must be into something, and the hijack named as
// the deed of those aboard, in the words just before "crashed"; a plane
// that crashed after a hijacking without an "into" is left to the
// abduction it was.
func hijackersCrashed(toks []lex.Token, i int) bool {
	into := false
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("into") {
			into = true
			break
		}
		if toks[k].Punct {
			break
		}
	}
	if !into {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Is("hijackers", "hijacker", "hijacked") {
			return true
		}
		if toks[k].Punct {
			break
		}
	}
	return false
}

// passengerVehicleNear reports whether a vehicle that carries passengers
// is named within four words of toks[i]: "hijacked a passenger train",
// "the Jaffar Express was hijacked".
func passengerVehicleNear(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("train", "trains", "bus", "buses", "coach", "plane", "planes", "aircraft", "airliner", "flight", "express", "ferry", "ship", "vessel", "passengers") {
			return true
		}
	}
	return false
}

// crowdTaken reports whether the crowd noun at toks[k] is the object of a
// deed done to it just before ("Maoists abducted two villagers and killed
// them"): the people taken, not those who struck.
func crowdTaken(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Is("abducted", "kidnapped", "seized", "dragged", "captured", "took", "attacked", "assaulted", "rounded") {
			return true
		}
		if toks[j].Punct || toks[j].Is("and", "who", "which") {
			return false
		}
	}
	return false
}

// nominalDeed reports whether a trigger word is a noun naming a deed, the
// kind an attribution points back at: "the killing", "the kidnapping".
func nominalDeed(t lex.Token) bool {
	return t.Is("killing", "killings", "kidnapping", "kidnappings", "abduction", "abductions", "attack", "attacks", "bombing",
		"bombings", "blast", "explosion", "assassination", "massacre", "shooting", "murder", "ambush")
}

// blamedFor reports whether the deed noun at i, with a definite article,
// is what someone is blamed or accused of: "blamed the Clan del Golfo for
// the killing of the officers", "accused Boko Haram of carrying out the
// school kidnapping". An indefinite "accused of an attack on a convoy"
// may tell of a new one and is kept.
func blamedFor(toks []lex.Token, i int) bool {
	definite := false
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Is("the", "this", "that", "these", "those", "last") || strings.HasSuffix(toks[k].Lower, "'s") {
			definite = true
		}
	}
	if !definite {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("blamed", "blames", "blaming", "accused", "accuses", "accusing", "attributed", "attributes") {
			return true
		}
		// "The Islamic State claimed the attack on a mosque": a deed
		// already known, now claimed; not "claimed that the attack
		// inflicted heavy losses", which tells the deed's toll.
		if toks[k].Is("claimed", "claims") && k+1 < i && (k >= i-3 && (toks[k+1].Is("the", "this", "these", "last") || strings.HasSuffix(toks[k+1].Lower, "'s")) ||
			lex.HasAt(toks, k+1, "responsibility", "for")) {
			return true
		}
	}
	return false
}

// protestNamed reports whether a sentence names protesters or a protest.
func protestNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("protesters", "protestors", "demonstrators", "protest", "protests", "protesting", "blockade", "sit-in", "rally", "march",
			"strikers", "marchers") {
			return true
		}
	}
	return false
}

// petrolNear reports whether petrol bombs or Molotov cocktails are what
// was thrown at token i.
func petrolNear(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("petrol", "molotov", "firebombs", "fire-bombs", "firebomb") {
			return true
		}
	}
	return false
}

// crudeClash reports whether the clash at i was fought with stones or
// sticks: "clashed with stones and sticks", "clashes with rods".
func crudeClash(toks []lex.Token, i int) bool {
	// "Fighting between Kuki and Naga villagers with stones and clubs":
	// the two sides may stand between the fight and its weapons.
	w := i + 1
	if lex.HasAt(toks, i+1, "between") {
		for w = i + 2; w < len(toks) && w <= i+8 && !toks[w].Punct && !toks[w].Is("with"); w++ {
		}
	}
	if !lex.HasAt(toks, w, "with") {
		return false
	}
	for k := w + 1; k < len(toks) && k <= w+3; k++ {
		if toks[k].Is("stones", "sticks", "rods", "bricks", "clubs", "batons", "fists", "iron") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// explosiveNear reports whether explosives or their detonation are named
// within four words of token i, in its clause: "a vest packed with
// explosives", "detonated his vest".
func explosiveNear(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			break
		}
		if toks[k].Is("explosive", "explosives", "detonated", "detonate", "detonating", "bomb", "triggered") {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			break
		}
		if toks[k].Is("explosive", "explosives", "detonated", "exploded", "bomb", "bombs") {
			return true
		}
	}
	return false
}

// takenByArmed reports whether "taken" at i is a passive whose agent,
// named by "by" later in the clause, is armed men: "were taken from
// their dormitory by gunmen", not "taken to hospital by relatives".
func takenByArmed(toks []lex.Token, i int) bool {
	if i == 0 || !toks[i-1].Is("was", "were", "been", "being") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if toks[k].Is(".", ";", ",") {
			return false
		}
		if toks[k].Is("by") && k+2 < len(toks) {
			for j := k + 1; j <= k+3 && j < len(toks); j++ {
				if assailantWords[toks[j].Lower] && !toks[j].Is("forces", "troops", "army") || toks[j].Is("kidnappers", "abductors", "bandits", "militiamen", "jihadists", "guerrillas", "pirates") {
					return true
				}
				// "was taken by masked men from his home": men who hide
				// who they are.
				if toks[j].Is("masked", "hooded", "unidentified") && lex.HasAt(toks, j+1, "men") {
					return true
				}
				// "were retained by an armed group", "was removed by
				// individuals armed unidentified" (a translation's word
				// order).
				if toks[j].Is("armed") && j+1 < len(toks) && toks[j+1].Is("group", "groups", "men", "elements") ||
					toks[j].Is("individuals") && lex.HasAt(toks, j+1, "armed") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// personAfter reports whether people are the object after the verb at i:
// "captured a senior commander", "captured two soldiers".
func personAfter(toks []lex.Token, i int) bool {
	if seizedPeople(toks, i) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("commander", "commanders", "leader", "leaders", "militant", "militants", "fighter", "fighters", "rebel", "rebels",
			"soldier", "soldiers", "officer", "officers", "policeman", "policemen", "suspect", "suspects", "kingpin", "chief", "member",
			"members", "man", "woman", "boy", "girl", "men", "women", "boys", "girls", "brothers", "brother", "sons", "son", "youths",
			"youth", "students", "student", "people", "persons", "villagers", "passengers", "him", "them", "her", "relatives",
			"administrator", "official", "headman", "head", "journalist", "activist", "priest", "teacher", "farmer", "trader", "supplier", "courier", "informant",
			"organiser", "organizer", "campaigner", "blogger", "lawyer", "delegate", "prefect", "mayor", "councillor", "engineer", "nurse", "doctor", "pastor", "imam",
			// An armed group's men named by their part in it.
			"bomb-maker", "bomb-makers", "bombmaker", "bombmakers", "financier", "financiers", "recruiter", "recruiters",
			"insurgent", "insurgents", "jihadist", "jihadists", "militiaman", "militiamen", "gunman") {
			return true
		}
	}
	return false
}

// politicalCrowd reports whether a sentence names the crowds of a party
// or a cause: activists, supporters, cadres, students.
func politicalCrowd(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("activists", "supporters", "cadres", "students", "workers", "agitators", "agitating", "irate", "angry", "party") {
			return true
		}
	}
	return false
}

// strikeBackdrop reports whether the strike word at i tells when
// something else happened: "during the bandh", "amid a hartal", "as the
// bandh began".
func strikeBackdrop(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("during", "amid", "amidst", "as", "despite", "ahead", "before", "after", "following", "enforcing", "enforce") {
			return true
		}
	}
	return false
}

// bodyPartAfter reports whether a limb or part of the body follows the
// phrase ending at e: "chopped off the hands of two villagers".
func bodyPartAfter(toks []lex.Token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		if bodyParts[toks[k].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// woundedIn reports "in the leg", "in his shoulder", "by a bullet in the
// chest" within a few words after the word at i: where a man was hit.
func woundedIn(toks []lex.Token, i int) bool {
	for k := i + 1; k+2 < len(toks) && k <= i+5; k++ {
		if toks[k].Is("in", "on") && toks[k+1].Is("the", "his", "her", "their", "both") && bodyParts[toks[k+2].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// bodyParts are the parts of the body the news names a wound or a
// mutilation by.
var bodyParts = lex.WordSet(`hand hands finger fingers ear ears nose noses limb limbs leg legs arm arms foot feet head heads tongue tongues lips
	chest abdomen stomach back shoulder shoulders thigh thighs neck face knee knees eye eyes`)

// crowdBy reports whether a crowd is the agent after "by" following
// token e: "burned alive by a crowd", "by angry villagers".
func crowdBy(toks []lex.Token, e int) bool {
	if !lex.HasAt(toks, e+1, "by") {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4; k++ {
		if crowdNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// gasDelivered reports whether a gas named at e was dropped, fired or
// shelled as a weapon: "a toxic gas dropped from a drone".
func gasDelivered(toks []lex.Token, e int) bool {
	// "Government forces used toxic gas on opposition fighters": a gas
	// turned on people.
	if e > 2 && toks[e-2].Is("used", "using") && lex.HasAt(toks, e+1, "on") || e > 2 && toks[e-2].Is("used", "using") && lex.HasAt(toks, e+1, "against") {
		return true
	}
	for k := max(0, e-6); k < len(toks) && k <= e+6; k++ {
		if toks[k].Is("dropped", "fired", "drone", "drones", "shells", "shell", "munitions", "bombs", "grenades", "canisters", "rockets", "shelling",
			"attack", "attacks", "bombing", "bombardment", "airstrike", "airstrikes", "barrel", "barrels", "canister", "helicopter", "helicopters") {
			return true
		}
	}
	return false
}

// eachOther reports whether the attack at i is mutual: "attacked each
// other", "attacked one another".
func eachOther(toks []lex.Token, i int) bool {
	return mutualAt(toks, i+1)
}

// objectAfter reports whether the verb at i takes an object, a count or a
// determiner, so that it is active: "killed three alleged gang members",
// not the headline participle "villagers killed in an attack".
func objectAfter(toks []lex.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Is("a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "alleged", "suspected",
		"him", "her", "them") || n.Lower != "" && n.Lower[0] >= '0' && n.Lower[0] <= '9'
}

// protestCause reports whether the deed noun at i is what a protest is
// against: "protesting against an assault on a colleague", "a strike
// over the killing of a driver".
func protestCause(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("against", "over", "condemning", "denouncing", "protesting", "decrying") {
			return protestNamed(toks) || strikeNamed(toks)
		}
	}
	return false
}

// strikeNamed reports whether a sentence names a strike or a boycott by
// workers: "stayed away from work", "boycotted the courts".
func strikeNamed(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("boycotted", "boycotting", "boycott", "strike", "strikes", "walkout") || lex.HasAt(toks, i, "stayed", "away") {
			return true
		}
	}
	return false
}

// boycottObject reports whether what is boycotted at i is work, classes
// or courts, a protest by those who stay away: "lawyers boycotted the
// courts"; not an election or a summit.
func boycottObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("court", "courts", "classes", "class", "work", "duties", "duty", "proceedings", "hearings", "sessions",
			"exams", "examinations", "offices", "lectures", "schools", "hospitals", "opds") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// peopleObject reports whether people follow the verb at i as its object:
// "beating residents", "beating two protesters".
func peopleObject(toks []lex.Token, i int) bool {
	if personAfter(toks, i) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("residents", "villagers", "civilians", "protesters", "protestors", "demonstrators", "him", "her", "them", "locals",
			"shopkeepers", "drivers", "youths", "worshippers") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// vehicleInto reports "into" and a vehicle a few words after the verb at
// i, in its clause: "bundled the activist into an unmarked car".
func vehicleInto(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Punct {
			return false
		}
		if !toks[k].Is("into") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].Is("car", "cars", "vehicle", "vehicles", "van", "vans", "truck", "suv", "jeep", "minibus", "pickup", "pick-up", "microbus") {
				return true
			}
		}
		return false
	}
	return false
}

// gunsAfter reports "with" and a firearm at i: "fought back with dane
// guns", "with their rifles".
func gunsAfter(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i, "with") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("guns", "gun", "rifles", "rifle", "shotguns", "shotgun", "firearms", "pistols", "kalashnikovs") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// blockedRoad reports whether people blocked a road, a bridge or a
// railway at i: the blockade is their protest. Armed men who block a
// road ("militants blocked the highway") are left to other rules.
func blockedRoad(toks []lex.Token, i int) bool {
	road := false
	// ("blocked the N-25 highway": a road's number is three tokens.)
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Is("road", "roads", "highway", "highways", "bridge", "bridges", "railway", "rail", "street", "streets", "junction",
			"intersection", "traffic", "roundabout", "motorway", "gate", "crossing", "expressway", "expressways", "freeway") {
			road = true
			break
		}
	}
	if !road {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if crowdNouns[toks[k].Lower] || toks[k].Is("activists", "protesters", "protestors", "demonstrators", "farmers", "workers", "students",
			"drivers", "traders", "truckers", "women", "youths", "people", "hundreds", "thousands", "dozens",
			"supporters", "families", "relatives", "tribesmen", "lawyers", "transporters", "labourers", "laborers", "communities") {
			return true
		}
		if assailantWords[toks[k].Lower] || toks[k].Is("gunmen", "police", "gangs", "gang", "bandits") {
			return false
		}
	}
	return false
}

// abstractSubjects are what "is killing" something without a weapon:
// "inflation is killing the middle class".
var abstractSubjects = lex.WordSet(`inflation poverty unemployment prices debt corruption bureaucracy taxes tax competition
	recession austerity regulation regulations loneliness boredom`)

// airBefore12 reports whether aircraft or drones are named before token i
// in its sentence: "its aircraft neutralised dozens of terrorists in
// strikes".
func airBefore12(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("aircraft", "jets", "jet", "warplanes", "warplane", "planes", "helicopters", "bombers", "drone", "drones", "uav", "uavs") {
			return true
		}
	}
	return false
}

// stormedFigure reports whether "stormed" at i takes what cannot be
// stormed by force, or tells of someone walking out: "stormed the charts",
// "stormed the box office", "stormed out of the meeting".
func stormedFigure(toks []lex.Token, i int) bool {
	if lex.HasAt(toks, i+1, "out") || lex.HasAt(toks, i+1, "off") || lex.HasAt(toks, i+1, "back") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("charts", "chart", "box", "billboard", "polls", "rankings", "leaderboard", "headlines", "bestseller", "playlists",
			"catwalk", "runway", "dancefloor", "lead", "final", "finals", "semifinal", "semifinals", "semi-finals", "quarterfinals",
			"quarter-finals", "playoffs", "stage", "pitch", "podium", "dais") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// aircraftNouns are what bombs fall from.
// familyBefore reports whether a family or relatives are named in the
// few words before i: whose not knowing makes a man disappeared.
func familyBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Is("family", "families", "relatives", "wife", "mother", "father", "parents", "lawyer", "lawyers") {
			return true
		}
	}
	return false
}

// countWord reports whether t counts people: "four", "12", "dozens".
func countWord(t lex.Token) bool {
	return lex.Digits(t.Lower) || t.Is("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"dozens", "scores", "several", "hundreds")
}

// violenceBefore reports whether a violent trigger word stands earlier in
// the sentence of token i.
func violenceBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if c, ok := words[toks[k].Lower]; ok && Violent(c) {
			return true
		}
	}
	return false
}

// shellFired reports whether "fired" at i tells the launch of a rocket,
// missile or shell named just before it: "a ballistic missile fired by
// the Houthis", "three rockets were fired from Gaza".
func shellFired(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("was", "were", "been", "being") {
		k--
	}
	return k >= 0 && toks[k].Is("missile", "missiles", "rocket", "rockets", "shell", "shells", "mortars", "projectile", "projectiles")
}

var aircraftNouns = lex.WordSet(`aircraft helicopter helicopters plane planes jet jets warplane warplanes gunship gunships
	drone drones`)

// fromAircraft reports whether bombs at i are said to come from
// aircraft later in the clause: "bombs and gunfire from helicopters",
// "bombs dropped from a plane".
func fromAircraft(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("from") {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if aircraftNouns[toks[j].Lower] {
					return true
				}
			}
		}
		// "a bombing by the Colombian air force".
		if toks[k].Is("by") {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if lex.HasAt(toks, j, "air", "force") || aircraftNouns[toks[j].Lower] {
					return true
				}
				if toks[j].Punct {
					break
				}
			}
		}
	}
	return false
}

// disposalTargeted reports whether the bomb disposal team or vehicle
// named at i is the object of an attack: "an IED against a bomb disposal
// vehicle", "targeted a bomb disposal squad", "a bomb disposal squad
// vehicle was hit by a roadside IED".
func disposalTargeted(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("a", "an", "the") {
		k--
	}
	if k >= 0 && toks[k].Is("against", "targeting", "targeted", "at", "on", "ambushed", "attacked", "hit", "struck") {
		return true
	}
	// "a bomb disposal squad vehicle was hit by a roadside IED": the
	// squad told as the target of a passive.
	for m := i + 2; m+1 < len(toks) && m <= i+5; m++ {
		if toks[m].Is("was", "were") {
			return toks[m+1].Is("hit", "targeted", "struck", "attacked", "ambushed")
		}
		if toks[m].Punct {
			return false
		}
	}
	return false
}

// disposedBy reports whether the detonation at i was a disposal team's:
// "safely detonated", "detonated by an explosives team", "detonated by
// the bomb squad".
func disposedBy(toks []lex.Token, i int) bool {
	// "was safely detonated", "was detonated in a controlled
	// explosion".
	if i > 0 && toks[i-1].Is("safely") || lex.HasAt(toks, i+1, "in", "a", "controlled") {
		return true
	}
	if !lex.HasAt(toks, i+1, "by") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if toks[k].Is("team", "squad", "experts", "sappers", "technicians", "engineers", "unit") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// warningShotFigure reports whether "fired" at i fires a warning shot at
// what no gun can hit: "fired a warning shot at markets", "across the
// bows of the government".
func warningShotFigure(toks []lex.Token, i int) bool {
	k := i + 1
	for k < len(toks) && k <= i+2 && toks[k].Is("a", "another", "its", "their", "his", "her", "an") {
		k++
	}
	if !lex.HasAt(toks, k, "warning", "shot") && !lex.HasAt(toks, k, "warning", "shots") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		if toks[j].Punct {
			return false
		}
		if toks[j].Is("bows", "investors", "lenders", "banks", "rivals", "traders", "regulators", "markets", "market", "bondholders", "competitors") ||
			abstractObjects[toks[j].Lower] {
			return true
		}
	}
	return false
}

// fireGutted reports whether "fire" at i opens its sentence as the
// subject of a blaze's verb: "Fire gutted a seven-storey building",
// "Fire swept through the market".
func fireGutted(toks []lex.Token, i int) bool {
	if i > 0 && !toks[i-1].Punct {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Is("gutted", "engulfed", "razed", "ravaged", "swept", "tore", "destroyed", "consumed") {
			return true
		}
	}
	return false
}

// visitVerbs are what officials do at the scene of a deed already told:
// a visit is the news, not the deed.
var visitVerbs = lex.WordSet(`visited visiting visit visits toured touring inspected inspecting met meeting consoled
	comforted wreath wreaths flowers candles prayed tribute tributes`)

// visitedSite reports whether the trigger at i names the deed whose site
// someone visited, or the people it hurt whom someone met: "visited the
// site of Monday's bombing", "met the wounded in hospital".
func visitedSite(toks []lex.Token, i int) bool {
	if toks[i].Is("wounded", "injured", "dead") {
		return i > 1 && toks[i-1].Is("the") && visitVerbs[toks[i-2].Lower]
	}
	if !nominalDeed(toks[i]) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if toks[k].Punct {
			return false
		}
		if lex.HasAt(toks, k, "site", "of") || lex.HasAt(toks, k, "scene", "of") {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if visitVerbs[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// shellingBefore reports whether artillery, mortars or rockets are the
// subject of the verb at i, named just before it in its clause.
func shellingBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("artillery", "mortar", "mortars", "rockets", "shells", "howitzers", "missiles", "rounds", "rocket", "shell", "missile", "round", "katyusha") {
			return true
		}
	}
	return false
}

// captivesAfter reports whether prisoners, hostages or bodies are named
// within a few words after token k: what is swapped or released.
func captivesAfter(toks []lex.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].Is("prisoners", "detainees", "captives", "hostages", "bodies", "pows", "prisoner") {
			return true
		}
		if toks[j].Punct && !toks[j].Is(",") {
			return false
		}
	}
	return false
}

// expelled reports whether the verb at i drives armed men out of ground
// ("drove separatists out of Sloviansk", "pushed the militants from the
// district centre"), and returns the index of the armed men driven out.
func expelled(toks []lex.Token, i int) (int, bool) {
	obj := -1
	for k := i + 1; k < len(toks) && (k <= i+5 || obj >= 0 && k <= obj+9); k++ {
		t := toks[k]
		if t.Punct {
			return 0, false
		}
		// "drove rebels of the Front for Change and Concord out of the
		// post": the group's long name between the men and "out of".
		if obj >= 0 && k > i+5 && !(t.Text != t.Lower || t.Is("of", "for", "the", "and")) && !lex.HasAt(toks, k, "out", "of") && !t.Is("from") {
			return 0, false
		}
		if obj < 0 && (nonStateNoun(toks[k:k+1]) || armedName[t.Lower] || stateForce(t) ||
			t.Is("gunmen", "extremists", "terrorists", "jihadists", "insurgents", "separatists", "militants")) {
			obj = k
			continue
		}
		if obj >= 0 && (lex.HasAt(toks, k, "out", "of") || t.Is("from")) {
			from := k + 1
			if t.Is("out") {
				from = k + 2
			}
			for j := from; j < len(toks) && j <= from+4; j++ {
				if toks[j].Punct {
					break
				}
				if territoryNouns[toks[j].Lower] || territoryNouns[strings.TrimSuffix(toks[j].Lower, "'s")] || j == from && namedPlace(toks, j) {
					return obj, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// stateForce reports whether the token names the state's forces.
func stateForce(t lex.Token) bool {
	return t.Is("troops", "soldiers", "army", "police", "policemen", "forces", "military", "garrison")
}

// attackWordNear reports whether an attack or a weapon that delivers a
// gas is named in the sentence of token i: "exposure to a toxic chemical
// after an attack on the town", "rockets carrying toxic chemicals".
func attackWordNear(toks []lex.Token, i int) bool {
	for k := max(0, i-12); k < len(toks) && k <= i+12; k++ {
		if toks[k].Is("attack", "attacks", "attacked", "shells", "shell", "rockets", "rocket", "bombs", "bomb", "barrel", "barrels", "munitions", "strike", "strikes", "weapon", "weapons") {
			return true
		}
	}
	return false
}

// deedAfter reports whether a violent deed is named just after token e:
// "held over the bus bombing", "held over the killing of a judge".
func deedAfter(toks []lex.Token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("bombing", "bombings", "attack", "attacks", "killing", "killings", "murder", "murders", "blast", "blasts", "kidnapping",
			"abduction", "assassination", "massacre", "riots", "shooting", "explosion", "ambush", "lynching", "arson") {
			return true
		}
	}
	return false
}

// armsGivenUp reports whether the weapons at i are handed over, given up
// or withdrawn: "agreed to give up their heavy weapons", "the withdrawal
// of heavy weapons from the front line".
func armsGivenUp(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if toks[k].Is("give", "gave", "giving", "hand", "handed", "handing", "surrender", "surrendered", "withdraw", "withdrew", "withdrawing",
			"withdrawal", "pullback", "removal", "remove", "removed", "decommission", "decommissioning", "collect", "collected") {
			return true
		}
	}
	return false
}

// eachOtherSoon reports whether "each other" or "one another" follows
// token i within a few words: "threw stones at each other".
func eachOtherSoon(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Punct {
			return false
		}
		if mutualAt(toks, k) {
			return true
		}
	}
	return false
}

// purposeBefore reports whether the attack noun at i names what something
// was meant for: "explosives intended for attacks", "weapons meant for an
// attack".
func purposeBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].Is("for") && toks[k-1].Is("intended", "meant", "destined", "earmarked", "used", "planned", "preparing", "prepared") {
			return true
		}
	}
	return false
}

// crowdPoliced reports whether the sentence tells of a crowd the police
// faced: tear gas, police lines, a march or a rally.
func crowdPoliced(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("teargas", "marchers", "rally", "rallies", "riot", "unauthorised", "unauthorized") || lex.HasAt(toks, i, "tear", "gas") || lex.HasAt(toks, i, "police", "lines") {
			return true
		}
	}
	return false
}

// byUnknownSoon reports whether "by" and unknown or plain-clothed men
// follow the verb at i within a few words: "taken from his flat in Minsk
// by men in plain clothes".
func byUnknownSoon(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("by") {
			return takenByUnknown(toks, k-1)
		}
	}
	return false
}

// gasSymptoms reports whether the sentence tells of people choking or
// foaming at the mouth, as a gas used as a weapon leaves them.
func gasSymptoms(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("choking", "suffocating", "suffocated", "suffocation", "asphyxiation", "asphyxiated") || lex.HasAt(toks, i, "foaming", "at", "the", "mouth") ||
			lex.HasAt(toks, i, "breathing", "difficulties") || lex.HasAt(toks, i, "breathing", "problems") {
			return true
		}
	}
	return false
}

// paradedBefore reports whether the weapon at i is paraded or put on
// show: "militias parade rockets and tanks", "displayed missiles at a
// parade".
func paradedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("parade", "parades", "paraded", "parading", "displayed", "displaying", "showcased", "showcasing", "unveiled", "unveiling") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// peopleSeized are the people armed men or the police are told to seize.
var peopleSeized = lex.WordSet(`passengers villagers students people men women children workers engineers
	tourists priest priests pilgrims travellers travelers farmers schoolgirls schoolchildren
	journalist journalists activist activists worshippers nuns sailors crew fishermen traders
	officials doctors nurses teachers missionaries contractors officers policemen soldier soldiers guards
	employees staff labourers laborers engineer drivers driver member members`)

// chlorineDelivered reports whether the chlorine at i was used as a
// weapon: dropped, fired or blown up, or named with an attack ("insurgents
// gassed a police station with a tanker of chlorine that was blown up").
func chlorineDelivered(toks []lex.Token, i int) bool {
	for k := max(0, i-8); k < len(toks) && k <= i+8; k++ {
		if toks[k].Is("dropped", "fired", "gassed", "blown", "detonated", "exploded", "helicopter", "helicopters", "barrel", "barrels",
			"attack", "attacks", "bomb", "bombs", "shells", "rockets") {
			return true
		}
	}
	return false
}

// potsAgainst reports whether pots banged are banged against something:
// a cause or a protest named in the sentence.
func potsAgainst(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("against", "protest", "protesting", "demanding", "denounce", "denouncing", "cacerolazo", "cacerolazos") {
			return true
		}
	}
	return false
}

// girlNamed reports whether a sentence names a girl, a woman or a child,
// the victims whom "defiled" tells were raped.
func girlNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("girl", "girls", "woman", "women", "minor", "minors", "child", "children", "daughter", "daughters", "schoolgirl",
			"schoolgirls", "teenager", "teenagers", "pupil", "pupils", "student", "students", "niece", "widow") ||
			strings.HasSuffix(t.Lower, "-year-old") {
			return true
		}
	}
	return false
}

// takenCaptive reports whether "captive" at i tells people taken: a verb
// of taking a few words before it, in its clause ("took ten aid workers
// captive"). One "held captive" for years is told as a state, the
// background of a release or a death, not the deed.
func takenCaptive(toks []lex.Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Is("audience", "audiences", "market", "markets", "breeding", "animals", "insurance") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("took", "taken", "take", "takes", "taking") {
			return true
		}
	}
	return false
}

// figureBombarded reports whether what "bombarded" at i rains down is no
// munition: "bombarded with questions", "bombarded the minister with
// calls".
func figureBombarded(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("questions", "calls", "messages", "emails", "letters", "complaints", "requests", "criticism", "abuse",
			"advertisements", "ads", "offers", "images", "information", "propaganda", "texts") {
			return true
		}
	}
	return false
}

// airAfter reports whether aircraft are named as the means after the verb
// at i: "bombarded the town with jets", "bombarded by warplanes".
func airAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("aircraft", "jets", "jet", "warplanes", "warplane", "planes", "helicopters", "helicopter", "bombers", "drones", "drone", "uavs") {
			return true
		}
	}
	return false
}

// weaponOnlySource reports whether the only words of weapons or armed men
// in a sentence are the police told as its source: "A blast at a
// firecracker factory killed 19 workers, police said."
func weaponOnlySource(toks []lex.Token) bool {
	for k, t := range toks {
		if t.Punct || contextWords[strings.TrimSuffix(t.Lower, "'s")]&ctxWeapon == 0 {
			continue
		}
		if !t.Is("police") || !(lex.HasAt(toks, k+1, "said") || lex.HasAt(toks, k+1, "say") || lex.HasAt(toks, k+1, "says") ||
			k > 0 && toks[k-1].Is("said") || k > 1 && lex.HasAt(toks, k-2, "according", "to")) {
			return false
		}
	}
	return true
}

// droneSeized reports whether the drone at i is the object of a verb of
// seizing a few words before it, in the same clause: "recovered four
// quadcopters", "seized two drones and explosives". A drone told with
// its load ("recovered a drone carrying three pistols") is read by what
// it carried.
func droneSeized(toks []lex.Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Is("carrying", "laden", "loaded", "with") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("recovered", "seized", "confiscated", "impounded", "recovering", "seizing", "confiscating") {
			return true
		}
	}
	return false
}

// heldPeople reports whether "held" at i takes people for its object
// within three words: "held its passengers", "held 20 travellers"; not
// "held talks with the militants" nor "held the town".
func heldPeople(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("passengers", "travellers", "travelers", "villagers", "workers", "labourers", "laborers", "employees", "staff",
			"people", "men", "women", "children", "pilgrims", "students", "teachers", "engineers") {
			return true
		}
	}
	return false
}

// tookOff reports whether "took" at i takes travellers off a vehicle:
// "took off four passengers", "took five passengers from Punjab off the
// bus".
func tookOff(toks []lex.Token, i int) bool {
	person := false
	for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
		switch {
		case toks[k].Is("passengers", "passenger", "travellers", "travelers", "traveller", "traveler", "labourers", "laborers", "workers", "men"):
			if k > i+1 && toks[k-1].Is("off") || k > i+2 && toks[k-2].Is("off") || k > i+3 && toks[k-3].Is("off") {
				return true
			}
			person = true
		case toks[k].Is("off") && person:
			return true
		}
	}
	return false
}
