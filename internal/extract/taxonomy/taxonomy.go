// Package taxonomy classifies the sentences that report one incident into
// ACLED's event type, sub-event type and disorder type, from trigger
// lexicons and the sides of the people involved.
//
// The rules read general phrasing in a fixed order of precedence, the order
// ACLED's codebook resolves overlaps in: a protest is a protest unless it
// turns violent; a suicide bomb is a suicide bomb even when gunmen join in;
// an exchange of fire makes a battle even if it began with a grenade; an
// attack on armed forces is a battle, on civilians violence against
// civilians.
package taxonomy

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// ACLED event types.
const (
	Battles    = "Battles"
	Explosions = "Explosions/Remote violence"
	VAC        = "Violence against civilians"
	Protests   = "Protests"
	Riots      = "Riots"
	Strategic  = "Strategic developments"
)

// ACLED disorder types.
const (
	PoliticalViolence = "Political violence"
	Demonstrations    = "Demonstrations"
	StrategicDev      = "Strategic developments"
)

// Cue is a kind of trigger word or phrase.
type Cue int

// Cues, in no particular order.
const (
	CueNone Cue = iota
	CueSuicide
	CueAir
	CueShelling
	CueGrenade
	CueExplosive
	CueClash
	CueRetaliation
	CueFiring
	CueAttack
	CueKill
	CueAbduct
	CueSexual
	CueChemical
	CueProtest
	CueProtestForce
	CueRiot
	CueMob
	CueArrest
	CueDisrupt
	CueCapture
	CueRecapture
	CueAgreement
	CueDestroy
	CueBase
	CueGroupChange
	CueDisaster
	CueAccident
	CueHypothetical
	CueCrime
	// CueFind is a verb of finding ("found", "detected"): Scan reports
	// it as CueDisrupt when weapons are named beside it, else not at all.
	CueFind
	numCues
)

// Hit is one trigger found in the tokens.
type Hit struct {
	Cue        Cue
	Start, End int // byte offsets
	Token      int // index of the first token
	// Item marks a weapon named in a list of things recovered or found
	// ("recovered two rifles and four hand grenades"): it tells what was
	// seized, not how anyone attacked.
	Item bool
}

type phrase struct {
	words []string
	cue   Cue
}

// phrases are multi-word triggers, tried before single words.
var phrases = []phrase{
	{[]string{"suicide", "bomber"}, CueSuicide}, {[]string{"suicide", "bombers"}, CueSuicide},
	{[]string{"suicide", "attack"}, CueSuicide}, {[]string{"suicide", "attacker"}, CueSuicide},
	{[]string{"suicide", "bombing"}, CueSuicide}, {[]string{"suicide", "blast"}, CueSuicide},
	{[]string{"suicide", "attacks"}, CueSuicide}, {[]string{"suicide", "car", "bomb"}, CueSuicide},
	{[]string{"suicide", "bomb"}, CueSuicide}, {[]string{"quadcopter", "dropped"}, CueAir}, {[]string{"drone", "dropped"}, CueAir},
	{[]string{"blew", "himself", "up"}, CueSuicide}, {[]string{"blew", "themselves", "up"}, CueSuicide},
	{[]string{"blew", "herself", "up"}, CueSuicide}, {[]string{"suicide", "vest"}, CueSuicide},
	// The present of leads that summarise an incident: "two bombers blow
	// themselves up at a market", "a gunman opens fire".
	{[]string{"blow", "themselves", "up"}, CueSuicide}, {[]string{"blows", "himself", "up"}, CueSuicide},
	{[]string{"blows", "herself", "up"}, CueSuicide}, {[]string{"opens", "fire"}, CueFiring},
	{[]string{"suicide", "jacket"}, CueSuicide}, {[]string{"self-detonated"}, CueSuicide},
	{[]string{"drone", "strike"}, CueAir}, {[]string{"drone", "strikes"}, CueAir}, {[]string{"air", "strike"}, CueAir},
	{[]string{"air", "strikes"}, CueAir}, {[]string{"air", "raid"}, CueAir}, {[]string{"drone", "attack"}, CueAir},
	{[]string{"aerial", "firing"}, CueNone}, {[]string{"celebratory", "firing"}, CueNone}, {[]string{"celebratory", "gunfire"}, CueNone},
	{[]string{"happy", "firing"}, CueNone}, {[]string{"celebratory", "shots"}, CueNone},
	{[]string{"aerial", "bombardment"}, CueAir}, {[]string{"fighter", "jets"}, CueAir}, {[]string{"jet", "fighters"}, CueAir},
	{[]string{"helicopter", "gunships"}, CueAir}, {[]string{"gunship", "helicopters"}, CueAir},
	{[]string{"aerial", "strike"}, CueAir}, {[]string{"air", "force", "jets"}, CueAir}, {[]string{"quadcopter", "attack"}, CueAir},
	// Cartridge cases found at the scene are not artillery shells.
	{[]string{"bullet", "shells"}, CueNone}, {[]string{"empty", "shells"}, CueNone}, {[]string{"spent", "shells"}, CueNone},
	{[]string{"shell", "casings"}, CueNone}, {[]string{"bullet", "casings"}, CueNone},
	{[]string{"hand", "grenade"}, CueGrenade}, {[]string{"hand", "grenades"}, CueGrenade},
	// A rocket-propelled grenade is a rocket, not a thrown grenade.
	{[]string{"rocket", "propelled", "grenade"}, CueShelling}, {[]string{"rocket", "propelled", "grenades"}, CueShelling},
	{[]string{"rocket-propelled", "grenade"}, CueShelling}, {[]string{"rocket-propelled", "grenades"}, CueShelling},
	{[]string{"exchange", "of", "fire"}, CueClash}, {[]string{"exchanged", "fire"}, CueClash},
	{[]string{"gun", "battle"}, CueClash}, {[]string{"gun", "fight"}, CueClash}, {[]string{"fire", "fight"}, CueClash}, {[]string{"exchange", "of", "firing"}, CueClash},
	{[]string{"returned", "fire"}, CueRetaliation}, {[]string{"retaliatory", "fire"}, CueRetaliation},
	{[]string{"in", "retaliation"}, CueRetaliation}, {[]string{"fired", "back"}, CueRetaliation},
	{[]string{"responded", "effectively"}, CueRetaliation}, {[]string{"responded", "by", "firing"}, CueRetaliation},
	{[]string{"responded", "with", "fire"}, CueRetaliation}, {[]string{"effectively", "engaged"}, CueRetaliation},
	{[]string{"intelligence-based", "operation"}, CueClash}, {[]string{"intelligence", "based", "operation"}, CueClash},
	{[]string{"search", "operation"}, CueClash}, {[]string{"combing", "operation"}, CueClash},
	{[]string{"clearance", "operation"}, CueClash}, {[]string{"sanitisation", "operation"}, CueClash},
	{[]string{"sanitization", "operation"}, CueClash}, {[]string{"cordon", "and", "search"}, CueClash},
	{[]string{"came", "under", "fire"}, CueFiring}, {[]string{"came", "under", "heavy", "fire"}, CueFiring},
	{[]string{"came", "under", "intense", "fire"}, CueFiring}, {[]string{"come", "under", "fire"}, CueFiring},
	{[]string{"opened", "fire"}, CueFiring}, {[]string{"open", "fire"}, CueFiring}, {[]string{"shot", "dead"}, CueFiring},
	// "opened indiscriminate fire", "opened heavy firing".
	{[]string{"opened", "indiscriminate", "fire"}, CueFiring}, {[]string{"opened", "indiscriminate", "firing"}, CueFiring},
	{[]string{"opened", "heavy", "fire"}, CueFiring}, {[]string{"opened", "heavy", "firing"}, CueFiring},
	{[]string{"opened", "random", "fire"}, CueFiring}, {[]string{"opened", "intense", "fire"}, CueFiring},
	{[]string{"opened", "unprovoked", "fire"}, CueFiring}, {[]string{"opened", "sporadic", "fire"}, CueFiring},
	{[]string{"opened", "firing"}, CueFiring},
	{[]string{"gunned", "down"}, CueFiring}, {[]string{"fired", "at"}, CueFiring}, {[]string{"fired", "upon"}, CueFiring},
	{[]string{"fired", "on"}, CueFiring}, {[]string{"shot", "at"}, CueFiring}, {[]string{"firing", "incident"}, CueFiring},
	{[]string{"shot", "and", "killed"}, CueFiring}, {[]string{"shot", "and", "injured"}, CueFiring},
	{[]string{"shot", "to", "death"}, CueFiring}, {[]string{"sniper", "fire"}, CueFiring},
	{[]string{"to", "death"}, CueKill}, {[]string{"beaten", "to", "death"}, CueMob},
	{[]string{"beaten", "up"}, CueAttack}, {[]string{"beat", "up"}, CueAttack},
	{[]string{"taken", "hostage"}, CueAbduct}, {[]string{"held", "hostage"}, CueAbduct}, {[]string{"whisked", "away"}, CueAbduct},
	{[]string{"forcibly", "disappeared"}, CueAbduct}, {[]string{"enforced", "disappearance"}, CueAbduct},
	{[]string{"went", "missing"}, CueAbduct}, {[]string{"picked", "up"}, CueAbduct}, {[]string{"taken", "away"}, CueAbduct},
	{[]string{"sexual", "assault"}, CueSexual},
	{[]string{"chemical", "weapon"}, CueChemical}, {[]string{"chemical", "weapons"}, CueChemical}, {[]string{"chlorine", "gas"}, CueChemical},
	{[]string{"sit-in"}, CueProtest}, {[]string{"took", "to", "the", "streets"}, CueProtest}, {[]string{"staged", "a", "protest"}, CueProtest},
	{[]string{"shutter-down", "strike"}, CueProtest}, {[]string{"wheel-jam", "strike"}, CueProtest}, {[]string{"hunger", "strike"}, CueProtest},
	{[]string{"shot", "gun"}, CueNone}, {[]string{"shot", "guns"}, CueNone},
	{[]string{"tear", "gas", "shells"}, CueProtestForce}, {[]string{"tear", "smoke", "shells"}, CueProtestForce},
	{[]string{"teargas", "shells"}, CueProtestForce},
	{[]string{"tear", "gas"}, CueProtestForce}, {[]string{"teargas"}, CueProtestForce}, {[]string{"baton", "charge"}, CueProtestForce},
	{[]string{"baton-charged"}, CueProtestForce}, {[]string{"lathi", "charge"}, CueProtestForce}, {[]string{"lathi-charged"}, CueProtestForce},
	{[]string{"water", "cannon"}, CueProtestForce}, {[]string{"dispersed", "the", "protesters"}, CueProtestForce},
	{[]string{"pelted", "stones"}, CueRiot}, {[]string{"stone", "pelting"}, CueRiot}, {[]string{"stone-pelting"}, CueRiot},
	{[]string{"violent", "protest"}, CueRiot}, {[]string{"violent", "protesters"}, CueRiot}, {[]string{"set", "on", "fire"}, CueDestroy},
	{[]string{"set", "ablaze"}, CueDestroy}, {[]string{"on", "fire"}, CueDestroy}, {[]string{"set", "fire", "to"}, CueDestroy}, {[]string{"blew", "up"}, CueExplosive},
	{[]string{"taken", "into", "custody"}, CueArrest}, {[]string{"rounded", "up"}, CueArrest},
	{[]string{"bomb", "disposal"}, CueDisrupt}, {[]string{"arms", "cache"}, CueDisrupt}, {[]string{"weapons", "cache"}, CueDisrupt},
	{[]string{"arms", "dump"}, CueDisrupt}, {[]string{"arms", "and", "ammunition"}, CueDisrupt},
	{[]string{"took", "control"}, CueCapture}, {[]string{"taken", "control"}, CueCapture}, {[]string{"fell", "to"}, CueCapture}, {[]string{"fallen", "to"}, CueCapture},
	{[]string{"peace", "deal"}, CueAgreement}, {[]string{"peace", "agreement"}, CueAgreement},
	{[]string{"laid", "down", "arms"}, CueAgreement}, {[]string{"laid", "down", "their", "arms"}, CueAgreement},
	{[]string{"prisoner", "exchange"}, CueAgreement}, {[]string{"prisoner", "swap"}, CueAgreement},
	// Deaths of illness are no violence: "died of a heart attack".
	{[]string{"heart", "attack"}, CueAccident}, {[]string{"cardiac", "arrest"}, CueAccident},
	{[]string{"snake", "bite"}, CueAccident}, {[]string{"prolonged", "illness"}, CueAccident},
	{[]string{"natural", "causes"}, CueAccident}, {[]string{"natural", "death"}, CueAccident},
	// "A targeted raid", "a targeted operation": the police's, not an attack.
	{[]string{"targeted", "killings"}, CueNone}, {[]string{"targeted", "raid"}, CueClash}, {[]string{"targeted", "operation"}, CueClash},
	{[]string{"targeted", "operations"}, CueClash},
	{[]string{"kite", "flying"}, CueCrime},
	{[]string{"road", "accident"}, CueAccident}, {[]string{"traffic", "accident"}, CueAccident},
	{[]string{"road", "accidents"}, CueAccident}, {[]string{"traffic", "accidents"}, CueAccident}, {[]string{"heat", "stroke"}, CueDisaster},
	{[]string{"cylinder", "blast"}, CueAccident}, {[]string{"cylinder", "explosion"}, CueAccident}, {[]string{"gas", "leakage"}, CueAccident},
	{[]string{"gas", "leak"}, CueAccident}, {[]string{"chemical", "leak"}, CueAccident}, {[]string{"toxic", "gas"}, CueAccident},
	{[]string{"boiler", "explosion"}, CueAccident}, {[]string{"short", "circuit"}, CueAccident}, {[]string{"fire", "broke", "out"}, CueAccident},
	{[]string{"plane", "crash"}, CueAccident}, {[]string{"helicopter", "crash"}, CueAccident}, {[]string{"mine", "collapse"}, CueAccident},
	{[]string{"building", "collapse"}, CueAccident}, {[]string{"roof", "collapse"}, CueAccident},
	{[]string{"could", "be"}, CueHypothetical}, {[]string{"plans", "to"}, CueHypothetical}, {[]string{"planning", "to"}, CueHypothetical},
	{[]string{"threatened", "to"}, CueHypothetical},
	{[]string{"claimed", "responsibility"}, CueAttack}, {[]string{"heavy", "weapons"}, CueShelling},
	{[]string{"rocket", "attack"}, CueShelling},
	// Beyond South Asia's wording: car bombers, chemical agents, strikes
	// and marches, the weapons police use on crowds.
	{[]string{"suicide", "car", "bomber"}, CueSuicide}, {[]string{"suicide", "car", "bombers"}, CueSuicide},
	{[]string{"suicide", "car", "bombing"}, CueSuicide}, {[]string{"suicide", "truck", "bomb"}, CueSuicide},
	{[]string{"suicide", "truck", "bomber"}, CueSuicide}, {[]string{"car", "bomber"}, CueSuicide},
	{[]string{"poison", "gas"}, CueChemical}, {[]string{"nerve", "agent"}, CueChemical}, {[]string{"mustard", "gas"}, CueChemical},
	{[]string{"chemical", "attack"}, CueChemical}, {[]string{"gas", "attack"}, CueChemical},
	{[]string{"exchanged", "gunfire"}, CueClash}, {[]string{"exchange", "of", "gunfire"}, CueClash},
	{[]string{"took", "over"}, CueCapture}, {[]string{"taken", "over"}, CueCapture},
	{[]string{"petrol", "bombs"}, CueExplosive}, {[]string{"molotov", "cocktail"}, CueExplosive}, {[]string{"molotov", "cocktails"}, CueExplosive},
	{[]string{"fought", "off"}, CueRetaliation}, {[]string{"beat", "back"}, CueRetaliation},
	{[]string{"went", "off"}, CueExplosive},
	{[]string{"on", "strike"}, CueProtest}, {[]string{"general", "strike"}, CueProtest},
	// "people who had taken to the streets": a protest told mid-story.
	{[]string{"taken", "to", "the", "streets"}, CueProtest}, {[]string{"take", "to", "the", "streets"}, CueProtest},
	{[]string{"taking", "to", "the", "streets"}, CueProtest},
	// "dug up a cache of rifles": weapons found, read as "unearthed".
	{[]string{"dug", "up"}, CueDisrupt},
	// Election campaign rallies are no protests to ACLED.
	{[]string{"campaign", "rally"}, CueNone}, {[]string{"campaign", "rallies"}, CueNone},
	{[]string{"election", "rally"}, CueNone}, {[]string{"election", "rallies"}, CueNone},
	{[]string{"rubber", "bullets"}, CueProtestForce}, {[]string{"rubber-coated", "bullets"}, CueProtestForce},
	{[]string{"plastic", "bullets"}, CueProtestForce}, {[]string{"pellet", "guns"}, CueProtestForce},
	{[]string{"stun", "grenade"}, CueProtestForce}, {[]string{"stun", "grenades"}, CueProtestForce},
	{[]string{"pepper", "spray"}, CueProtestForce},
	{[]string{"setting", "fire"}, CueDestroy}, {[]string{"set", "fire"}, CueDestroy}, {[]string{"sets", "fire"}, CueDestroy},
	{[]string{"shot", "down"}, CueFiring}, {[]string{"fired", "up"}, CueNone},
	{[]string{"stabbed", "in", "the", "back"}, CueNone}, {[]string{"touchdown", "bomb"}, CueNone},
	{[]string{"panic", "attack"}, CueAccident}, {[]string{"asthma", "attack"}, CueAccident}, {[]string{"anxiety", "attack"}, CueAccident},
	{[]string{"plunged", "into"}, CueAccident}, {[]string{"heavy", "rain"}, CueDisaster}, {[]string{"heavy", "rains"}, CueDisaster},
	{[]string{"torrential", "rain"}, CueDisaster}, {[]string{"torrential", "rains"}, CueDisaster}, {[]string{"heat", "wave"}, CueDisaster}, {[]string{"remote", "controlled", "device"}, CueExplosive},
	// Worldwide wire copy: a bomb vest or belt is a suicide bomber's;
	// ground "taken back" is retaken; chemical agents by their names;
	// "set upon" is an assault; an explosion called accidental is an
	// accident.
	{[]string{"explosive", "vest"}, CueSuicide}, {[]string{"explosives", "vest"}, CueSuicide}, {[]string{"bomb", "vest"}, CueSuicide},
	{[]string{"explosive", "belt"}, CueSuicide}, {[]string{"explosives", "belt"}, CueSuicide}, {[]string{"bomb", "belt"}, CueSuicide},
	{[]string{"suicide", "belt"}, CueSuicide},
	{[]string{"took", "back"}, CueRecapture}, {[]string{"taken", "back"}, CueRecapture}, {[]string{"take", "back"}, CueRecapture},
	{[]string{"takes", "back"}, CueRecapture},
	{[]string{"mustard", "agent"}, CueChemical}, {[]string{"chemical", "agent"}, CueChemical}, {[]string{"chemical", "agents"}, CueChemical},
	{[]string{"chemical", "munitions"}, CueChemical},
	{[]string{"set", "upon"}, CueAttack},
	{[]string{"forcibly", "removed"}, CueProtestForce}, {[]string{"forcibly", "evicted"}, CueProtestForce},
	{[]string{"accidental", "explosion"}, CueAccident}, {[]string{"accidental", "explosions"}, CueAccident},
	{[]string{"accidental", "blast"}, CueAccident}, {[]string{"accidental", "blasts"}, CueAccident},
	{[]string{"accidentally", "exploded"}, CueAccident}, {[]string{"accidentally", "detonated"}, CueAccident},
	// Wire copy's other words for an exchange of fire, and their
	// plurals: "troops and guerrillas traded fire", "gunfights between
	// cartels and the National Guard".
	{[]string{"traded", "fire"}, CueClash}, {[]string{"trade", "fire"}, CueClash}, {[]string{"trading", "fire"}, CueClash},
	{[]string{"exchanges", "of", "fire"}, CueClash}, {[]string{"exchanges", "of", "gunfire"}, CueClash},
	{[]string{"suicide", "blasts"}, CueSuicide}, {[]string{"suicide", "bombings"}, CueSuicide}, {[]string{"suicide", "bombs"}, CueSuicide},
	{[]string{"suicide", "explosion"}, CueSuicide}, {[]string{"suicide", "explosions"}, CueSuicide},
	{[]string{"traded", "gunfire"}, CueClash}, {[]string{"exchange", "fire"}, CueClash}, {[]string{"exchanges", "fire"}, CueClash},
	{[]string{"exchanging", "fire"}, CueClash}, {[]string{"exchanging", "gunfire"}, CueClash}, {[]string{"gun", "battles"}, CueClash}, {[]string{"gun", "fights"}, CueClash},
	// The fourth probe's wire copy: limbs cut off are a maiming, an
	// attack; people "taken away" by armed men, or "burned alive", are
	// abducted or killed; chemical bombs are chemical weapons; violent
	// protests in the plural are riots.
	{[]string{"threw", "acid"}, CueAttack}, {[]string{"thrown", "acid"}, CueAttack}, {[]string{"hurled", "acid"}, CueAttack}, {[]string{"splashed", "acid"}, CueAttack},
	{[]string{"acid", "attack"}, CueAttack},
	{[]string{"chopped", "off"}, CueAttack}, {[]string{"cut", "off"}, CueAttack}, {[]string{"hacked", "off"}, CueAttack},
	{[]string{"took", "away"}, CueAbduct}, {[]string{"burned", "alive"}, CueKill}, {[]string{"burnt", "alive"}, CueKill},
	{[]string{"chemical", "bombs"}, CueChemical}, {[]string{"chemical", "bomb"}, CueChemical},
	{[]string{"violent", "protests"}, CueRiot}, {[]string{"violent", "demonstrations"}, CueRiot},
	// The fifth probe's wire copy: bombers who "detonated themselves";
	// a man "picked him up" and gone, told with the pronoun inside.
	{[]string{"detonated", "themselves"}, CueSuicide}, {[]string{"detonated", "himself"}, CueSuicide},
	{[]string{"detonated", "herself"}, CueSuicide},
	{[]string{"picked", "him", "up"}, CueAbduct}, {[]string{"picked", "her", "up"}, CueAbduct}, {[]string{"picked", "them", "up"}, CueAbduct},
	// The sixth probe's wire copy: a bomber who "set off his
	// explosives" or walked up "on foot" is a suicide bomber; ground
	// "wrested back" is retaken.
	{[]string{"set", "off", "his", "explosives"}, CueSuicide}, {[]string{"set", "off", "her", "explosives"}, CueSuicide},
	{[]string{"detonated", "his", "explosives"}, CueSuicide}, {[]string{"detonated", "her", "explosives"}, CueSuicide},
	{[]string{"detonated", "his", "vest"}, CueSuicide}, {[]string{"detonated", "her", "vest"}, CueSuicide},
	{[]string{"bomber", "on", "foot"}, CueSuicide}, {[]string{"wrested", "back"}, CueRecapture},
	// The seventh probe's wire copy: raids from the air in the plural, a
	// bomber's "charge", agents named toxic, sexual violence named as
	// such, a human chain, ground whose control is taken in the present.
	{[]string{"air", "raids"}, CueAir},
	{[]string{"set", "off", "his", "charge"}, CueSuicide}, {[]string{"set", "off", "her", "charge"}, CueSuicide},
	{[]string{"detonated", "his", "charge"}, CueSuicide}, {[]string{"detonated", "her", "charge"}, CueSuicide},
	{[]string{"toxic", "agent"}, CueChemical}, {[]string{"toxic", "agents"}, CueChemical},
	{[]string{"sexual", "violence"}, CueSexual}, {[]string{"human", "chain"}, CueProtest},
	{[]string{"take", "control"}, CueCapture}, {[]string{"takes", "control"}, CueCapture}, {[]string{"now", "control"}, CueCapture},
	{[]string{"now", "controls"}, CueCapture},
	// The eighth probe's news sentences: chemical attacks in the
	// plural and sulfur mustard by name; control taken "full"; ground
	// changing hands "without a shot being fired", which fired none;
	// "no injuries" hurt no one; deaths by a plunge or by bootleg
	// liquor, accidents; the headline's "three held over the bombing".
	{[]string{"chemical", "attacks"}, CueChemical}, {[]string{"sulfur", "mustard"}, CueChemical}, {[]string{"sulphur", "mustard"}, CueChemical},
	{[]string{"toxic", "chemical"}, CueChemical}, {[]string{"toxic", "chemicals"}, CueChemical},
	{[]string{"take", "full", "control"}, CueCapture}, {[]string{"takes", "full", "control"}, CueCapture},
	{[]string{"took", "full", "control"}, CueCapture}, {[]string{"taken", "full", "control"}, CueCapture},
	{[]string{"without", "a", "shot", "being", "fired"}, CueNone}, {[]string{"without", "a", "shot", "fired"}, CueNone},
	{[]string{"without", "firing", "a", "shot"}, CueNone}, {[]string{"no", "injuries"}, CueNone}, {[]string{"no", "casualties"}, CueNone},
	{[]string{"plunges", "into"}, CueAccident}, {[]string{"plunge", "into"}, CueAccident},
	{[]string{"bootleg", "liquor"}, CueAccident}, {[]string{"spurious", "liquor"}, CueAccident}, {[]string{"toxic", "liquor"}, CueAccident},
	{[]string{"illicit", "liquor"}, CueAccident}, {[]string{"poisonous", "liquor"}, CueAccident}, {[]string{"adulterated", "liquor"}, CueAccident},
	{[]string{"hooch", "tragedy"}, CueAccident}, {[]string{"alcohol", "poisoning"}, CueAccident}, {[]string{"methanol", "poisoning"}, CueAccident},
	{[]string{"held", "over"}, CueArrest}, {[]string{"peaceful", "blockade"}, CueProtest}, {[]string{"peaceful", "blockades"}, CueProtest},
	// The ninth probe's snippets: a chlorine attack by its name; poisons
	// named by what they do, weapons only beside an attack word (as
	// "toxic chemical" reads); abuse named sexual; a man burned or set
	// alight with the pronoun inside the phrase; bombing by an air
	// force.
	{[]string{"chlorine", "attack"}, CueChemical}, {[]string{"chlorine", "attacks"}, CueChemical},
	{[]string{"poisonous", "chemical"}, CueChemical}, {[]string{"poisonous", "chemicals"}, CueChemical},
	{[]string{"toxic", "substance"}, CueChemical}, {[]string{"toxic", "substances"}, CueChemical},
	{[]string{"poisonous", "substance"}, CueChemical}, {[]string{"poisonous", "substances"}, CueChemical},
	{[]string{"chemical", "substance"}, CueChemical}, {[]string{"chemical", "substances"}, CueChemical},
	{[]string{"poisonous", "gas"}, CueAccident},
	{[]string{"burned", "him", "alive"}, CueKill}, {[]string{"burned", "her", "alive"}, CueKill}, {[]string{"burned", "them", "alive"}, CueKill},
	{[]string{"burnt", "him", "alive"}, CueKill}, {[]string{"burnt", "her", "alive"}, CueKill}, {[]string{"burnt", "them", "alive"}, CueKill},
	{[]string{"set", "him", "alight"}, CueKill}, {[]string{"set", "her", "alight"}, CueKill}, {[]string{"set", "them", "alight"}, CueKill},
	{[]string{"air", "force", "bombardment"}, CueAir}, {[]string{"air", "force", "bombing"}, CueAir}, {[]string{"air", "force", "strike"}, CueAir},
	{[]string{"air", "force", "strikes"}, CueAir},
	// A dam that burst and the mud of a mine's tailings are disasters
	// of industry; people "bundled into a car" are taken.
	{[]string{"dam", "burst"}, CueAccident}, {[]string{"dam", "collapsed"}, CueAccident}, {[]string{"dam", "collapse"}, CueAccident},
	{[]string{"dam", "breach"}, CueAccident}, {[]string{"tailings", "dam"}, CueAccident}, {[]string{"bundled", "into"}, CueAbduct},
	{[]string{"forced", "their", "way", "into"}, CueAttack},
	// The tenth probe's phrases: people "carted away" by their captors.
	// (Drones by their long name, "unmanned aerial vehicles", strike
	// only by the verb after them: police recover them too.)
	// A walkout and a shutdown observed are protests; shots that wound
	// are gunfire.
	{[]string{"walked", "out"}, CueProtest}, {[]string{"observed", "a", "shutdown"}, CueProtest},
	{[]string{"observed", "a", "complete", "shutdown"}, CueProtest}, {[]string{"shot", "and", "wounded"}, CueFiring},
	// ... and told in the passive: "a complete shutdown was observed".
	{[]string{"shutdown", "was", "observed"}, CueProtest}, {[]string{"shutdown", "observed"}, CueProtest},
	{[]string{"shutdowns", "were", "observed"}, CueProtest}, {[]string{"strike", "was", "observed"}, CueProtest},
	// Throats slit are a killing, as "beheaded" is.
	{[]string{"slit", "the", "throats"}, CueFiring}, {[]string{"slit", "the", "throat"}, CueFiring}, {[]string{"slit", "their", "throats"}, CueFiring},
	{[]string{"slit", "his", "throat"}, CueFiring}, {[]string{"slit", "her", "throat"}, CueFiring}, {[]string{"slitting", "the", "throats"}, CueFiring},
	{[]string{"carted", "away"}, CueAbduct}, {[]string{"foaming", "at", "the", "mouth"}, CueChemical}, {[]string{"opened", "up", "on"}, CueFiring}, {[]string{"carted", "off"}, CueAbduct},
	// The eleventh probe's phrases: a strike observed is a protest, as a
	// shutdown is; men "took into custody" are arrested; a bomb
	// destroyed "in a controlled explosion" was disposed of, and the bomb
	// squad that did it is no bomb.
	{[]string{"observed", "a", "strike"}, CueProtest}, {[]string{"observed", "a", "day-long", "strike"}, CueProtest},
	{[]string{"took", "into", "custody"}, CueArrest}, {[]string{"takes", "into", "custody"}, CueArrest},
	{[]string{"controlled", "explosion"}, CueDisrupt}, {[]string{"controlled", "explosions"}, CueDisrupt},
	{[]string{"bomb", "squad"}, CueNone}, {[]string{"bomb", "squads"}, CueNone},
	// The twelfth probe's phrases: bombs "strapped to" the body are a
	// suicide bomber's; a device "set off" is a bomb; a bomb thrown by
	// hand is a grenade; fire opened, told as going on; workers who
	// "walked off the job" and civil disobedience are a strike; a gas
	// leak is an accident; people "carried off" are taken; a crowd that
	// tore down barriers or broke into a building riots.
	{[]string{"strapped", "to", "his", "body"}, CueSuicide}, {[]string{"strapped", "to", "her", "body"}, CueSuicide},
	{[]string{"strapped", "to", "their", "bodies"}, CueSuicide}, {[]string{"strapped", "to", "his", "chest"}, CueSuicide},
	{[]string{"strapped", "to", "her", "chest"}, CueSuicide}, {[]string{"strapped", "to", "himself"}, CueSuicide},
	{[]string{"strapped", "to", "herself"}, CueSuicide}, {[]string{"strapped", "to", "themselves"}, CueSuicide},
	{[]string{"set", "off", "the", "device"}, CueExplosive}, {[]string{"set", "off", "a", "device"}, CueExplosive},
	{[]string{"set", "off", "the", "devices"}, CueExplosive}, {[]string{"hand", "thrown"}, CueGrenade},
	{[]string{"opening", "fire"}, CueFiring},
	{[]string{"walked", "off", "the", "job"}, CueProtest}, {[]string{"walked", "off", "their", "jobs"}, CueProtest},
	{[]string{"walk", "off", "the", "job"}, CueProtest}, {[]string{"civil", "disobedience"}, CueProtest},
	{[]string{"gas", "leak"}, CueAccident}, {[]string{"gas", "leaks"}, CueAccident}, {[]string{"gas", "leaked"}, CueAccident},
	{[]string{"gas", "leakage"}, CueAccident},
	{[]string{"carried", "off"}, CueAbduct},
	{[]string{"tore", "down"}, CueRiot}, {[]string{"broke", "into"}, CueRiot},
	{[]string{"communal", "violence"}, CueMob},
	{[]string{"in", "exchange", "for"}, CueAgreement},
	{[]string{"toxic", "smoke"}, CueAccident}, {[]string{"toxic", "gas"}, CueAccident}, {[]string{"toxic", "gases"}, CueAccident},
	{[]string{"remote-controlled", "device"}, CueExplosive}, {[]string{"firebomb"}, CueExplosive}, {[]string{"petrol", "bomb"}, CueExplosive}, {[]string{"assault", "rifles"}, CueNone}, {[]string{"assault", "rifle"}, CueNone}, {[]string{"rocket", "shells"}, CueShelling}, {[]string{"ambushed"}, CueClash},
	// The thirteenth probe's wire copy: workers who "downed tools" strike;
	// bombers who "had blown themselves up" are suicide bombers, as those
	// who "blew themselves up" are.
	{[]string{"downed", "tools"}, CueProtest}, {[]string{"down", "tools"}, CueProtest}, {[]string{"downing", "tools"}, CueProtest},
	{[]string{"blown", "themselves", "up"}, CueSuicide}, {[]string{"blown", "himself", "up"}, CueSuicide},
	{[]string{"blown", "herself", "up"}, CueSuicide},
	// Crowd-control weapons by their other names: "sound grenades",
	// "flash grenades" are stun grenades, no grenade attack.
	{[]string{"sound", "grenades"}, CueProtestForce}, {[]string{"sound", "grenade"}, CueProtestForce},
	{[]string{"flash", "grenades"}, CueProtestForce}, {[]string{"flash", "grenade"}, CueProtestForce},
	{[]string{"flash-bang", "grenades"}, CueProtestForce},
	// India's police fire "mock bombs", noise shells that scatter a
	// crowd: crowd control, not a bomb.
	{[]string{"mock", "bombs"}, CueProtestForce}, {[]string{"mock", "bomb"}, CueProtestForce},
	// The fourteenth probe's mid-story sentences: people "led away" as
	// "taken away" are; violence named vigilante's or xenophobic, and
	// a beating by a crowd told in the passive, are a mob's.
	{[]string{"led", "away"}, CueAbduct},
	{[]string{"vigilante", "violence"}, CueMob}, {[]string{"vigilante", "justice"}, CueMob}, {[]string{"mob", "justice"}, CueMob},
	// West Africa's "jungle justice" is a mob's too.
	{[]string{"jungle", "justice"}, CueMob},
	{[]string{"xenophobic", "violence"}, CueMob}, {[]string{"xenophobic", "attacks"}, CueMob}, {[]string{"xenophobic", "attack"}, CueMob},
	{[]string{"beaten", "by"}, CueMob},
	// Protesters "pushed back" by troops are a crowd held off; ground
	// the forces are "back in control of" is retaken.
	{[]string{"pushed", "back"}, CueProtestForce}, {[]string{"back", "in", "control"}, CueRecapture},
	// Shops that "stayed shut" or "remained closed" over a call for a
	// shutdown observed it.
	{[]string{"stayed", "shut"}, CueProtest}, {[]string{"remained", "shut"}, CueProtest},
	{[]string{"stayed", "closed"}, CueProtest}, {[]string{"remained", "closed"}, CueProtest},
	// Armed men who "hoisted their flag" over a town or a base hold it
	// now.
	{[]string{"hoisted", "their", "flag"}, CueCapture}, {[]string{"hoisted", "its", "flag"}, CueCapture},
	{[]string{"raised", "their", "flag"}, CueCapture},
	// People "mowed down" by gunfire; pepper balls fired at a crowd.
	{[]string{"mowed", "down"}, CueFiring}, {[]string{"mown", "down"}, CueFiring},
	{[]string{"pepper", "balls"}, CueProtestForce}, {[]string{"pepper-ball", "rounds"}, CueProtestForce},
	// The sixteenth probe's briefs: a trade that "downed their
	// stethoscopes" or pens struck, as one that downed tools did; pots
	// and pans banged are a cacerolazo.
	{[]string{"downed", "their", "tools"}, CueProtest}, {[]string{"downed", "their", "stethoscopes"}, CueProtest},
	{[]string{"downed", "their", "pens"}, CueProtest}, {[]string{"downed", "their", "chalk"}, CueProtest},
	{[]string{"downed", "their", "scalpels"}, CueProtest},
	{[]string{"banged", "pots"}, CueProtest}, {[]string{"banging", "pots"}, CueProtest},
	// The seventeenth probe's snippets: a flash mob is a crowd's brief
	// protest, not a mob; an arson attack burns property.
	{[]string{"flash", "mob"}, CueProtest}, {[]string{"flash", "mobs"}, CueProtest},
	{[]string{"arson", "attack"}, CueDestroy}, {[]string{"arson", "attacks"}, CueDestroy},
	// The eighteenth probe's communiques and translated press: troops
	// who "engaged terrorists in a fierce gun duel"; fighters who "lost
	// their life" in the fight.
	{[]string{"gun", "duel"}, CueClash}, {[]string{"gun", "duels"}, CueClash},
	{[]string{"lost", "their", "life"}, CueKill}, {[]string{"lost", "his", "life"}, CueKill}, {[]string{"lost", "her", "life"}, CueKill},
	// WAFA's "colonists cut down dozens of olive trees": crops
	// destroyed, as "uprooted" reads (refined below).
	{[]string{"cut", "down"}, CueDestroy},
	// Air forces' communiques: terrorists "neutralised in air
	// interdiction missions" were bombed from the air.
	{[]string{"air", "interdiction"}, CueAir},
}

// words are single-word triggers.
var words = map[string]Cue{
	"airstrike": CueAir, "airstrikes": CueAir, "drone": CueAir, "drones": CueAir, "quadcopter": CueAir, "quadcopters": CueAir, "quadcopter-borne": CueAir, "drone-borne": CueAir, "bombed": CueExplosive,
	"mortar": CueShelling, "mortars": CueShelling, "rocket": CueShelling, "rockets": CueShelling,
	"artillery": CueShelling, "shelling": CueShelling, "shells": CueShelling, "shelled": CueShelling,
	"missile": CueShelling, "missiles": CueShelling, "rpg": CueShelling, "rpgs": CueShelling,
	"grenade": CueGrenade, "grenades": CueGrenade, "hurled": CueGrenade, "lobbed": CueGrenade,
	// Pakistan's press calls a small bomb a "cracker" ("planted a cracker
	// on a gas pipeline"); read only beside a deed (crackerBomb).
	"cracker": CueExplosive, "crackers": CueExplosive,
	"ied": CueExplosive, "ieds": CueExplosive, "bomb": CueExplosive, "bombs": CueExplosive, "blast": CueExplosive,
	"blasts": CueExplosive, "explosion": CueExplosive, "explosions": CueExplosive, "exploded": CueExplosive,
	"landmine": CueExplosive, "landmines": CueExplosive, "mine": CueExplosive, "vbied": CueExplosive,
	"detonated": CueExplosive, "explosive": CueExplosive, "explosives": CueExplosive, "rcied": CueExplosive,
	"planted": CueExplosive, "bombing": CueExplosive, "bombings": CueExplosive, "detonation": CueExplosive,
	"went": CueNone, "blown": CueExplosive,
	"gun-battle": CueClash, "gun-duel": CueClash, "confrontation": CueClash, "confrontations": CueClash, "gun-fight": CueClash, "decapitated": CueFiring, "clash": CueClash, "clashes": CueClash, "clashed": CueClash, "gunfight": CueClash, "encounter": CueClash,
	"firefight": CueClash, "firefights": CueClash, "gunfights": CueClash, "gunbattles": CueClash, "shootouts": CueClash, "shootout": CueClash, "shoot-out": CueClash, "skirmish": CueClash, "skirmishes": CueClash, "ambush": CueClash, "gunbattle": CueClash,
	"operation": CueClash, "raid": CueClash, "ibo": CueClash, "retaliated": CueRetaliation,
	"retaliation": CueRetaliation, "retaliatory": CueRetaliation,
	"firing": CueFiring, "fired": CueFiring, "shot": CueFiring, "gunshot": CueFiring, "snipers": CueFiring,
	"sniper": CueFiring, "stabbed": CueFiring, "beheaded": CueFiring, "tortured": CueFiring, "lynched": CueMob,
	"attacked": CueAttack, "attack": CueAttack, "attacks": CueAttack, "stormed": CueAttack, "targeted": CueAttack,
	"assault": CueAttack, "raided": CueAttack, "assaulted": CueAttack, "blasted": CueExplosive, "thrashed": CueAttack, "attacking": CueAttack,
	"hell": CueKill, "neutralised": CueKill, "neutralized": CueKill, "eliminated": CueKill, "succumbed": CueKill,
	"injuries": CueKill, "injury": CueKill, "lives": CueKill, "shahadat": CueKill, "martyrdom": CueKill,
	"bodies": CueKill, "body": CueKill, "perished": CueKill, "executed": CueKill, "hurt": CueKill,
	"custody": CueArrest,
	"killed":  CueKill, "kill": CueKill, "kills": CueKill, "martyred": CueKill, "dead": CueKill, "died": CueKill, "killing": CueKill,
	"wounded": CueKill, "injured": CueKill, "murdered": CueKill, "assassinated": CueKill, "slain": CueKill,
	"massacred": CueAttack, "massacre": CueAttack,
	"abducted": CueAbduct, "kidnapped": CueAbduct, "abduction": CueAbduct, "kidnapping": CueAbduct,
	"abducts": CueAbduct, "kidnaps": CueAbduct, "hostage": CueAbduct, "hostages": CueAbduct,
	"raped": CueSexual, "gang-raped": CueSexual, "rape": CueSexual,
	// East and West Africa's press: a girl "defiled" was raped; people
	// "taken captive" abducted; a suspect "collared" arrested. Refine
	// decides each.
	"defiled": CueSexual, "captive": CueAbduct, "captives": CueAbduct, "collared": CueArrest,
	"protest": CueProtest, "protests": CueProtest, "protested": CueProtest, "protesters": CueProtest, "protester": CueProtest, "protestor": CueProtest, "demonstrator": CueProtest,
	"protestors": CueProtest, "demonstration": CueProtest, "demonstrations": CueProtest,
	"demonstrators": CueProtest, "marchers": CueProtest, "rally": CueProtest, "rallies": CueProtest, "dharna": CueProtest,
	"protesting": CueProtest, "march": CueNone,
	// South Asia's protests: a general strike called by a party
	// ("bandh", "hartal"), offices surrounded ("gherao"), pickets.
	// Southern Africa's stayaway, a go-slow, Latin America's
	// cacerolazo.
	"stayaway": CueProtest, "stay-away": CueProtest, "go-slow": CueProtest, "cacerolazo": CueProtest, "cacerolazos": CueProtest,
	"bandh": CueProtest, "hartal": CueProtest, "sit-ins": CueProtest, "gherao": CueProtest, "gheraoed": CueProtest, "picketed": CueProtest,
	"picketing":     CueProtest,
	"stone-pelters": CueRiot, "explosives-laden": CueExplosive, "explosive-laden": CueExplosive, "bomb-laden": CueExplosive,
	"pelted": CueRiot, "rioters": CueRiot, "riot": CueRiot, "riots": CueRiot, "rioting": CueRiot, "vandalised": CueRiot, "vandalized": CueRiot,
	"mob": CueMob, "mobs": CueMob, "alight": CueDestroy,
	// South Africa's necklacing: a tyre set alight round a suspect's
	// neck by a crowd.
	"necklacing": CueMob, "necklaced": CueMob,
	"arrested": CueArrest, "apprehended": CueArrest, "nabbed": CueArrest, "detained": CueArrest, "arrest": CueArrest,
	"arrests": CueArrest, "captured": CueCapture, "jailed": CueArrest,
	"found": CueFind, "detected": CueFind, "detection": CueFind, "spotted": CueFind, "discovered": CueFind,
	"defused": CueDisrupt, "recovered": CueDisrupt, "seized": CueDisrupt, "foiled": CueDisrupt,
	"thwarted": CueDisrupt, "unearthed": CueDisrupt, "recovers": CueDisrupt, "defuses": CueDisrupt, "foils": CueDisrupt, "confiscated": CueDisrupt, "diffused": CueDisrupt,
	"destroyed": CueDestroy, "torched": CueDestroy, "ablaze": CueDestroy, "burnt": CueDestroy, "burned": CueDestroy, "looted": CueDestroy,
	"razed":      CueDestroy,
	"demolished": CueDestroy, "ransacked": CueDestroy, "plundered": CueDestroy, "pillaged": CueDestroy,
	"overran": CueCapture, "overrun": CueCapture, "seize": CueCapture,
	"recaptured": CueRecapture, "retakes": CueRecapture, "retook": CueRecapture, "regained": CueRecapture, "retaken": CueRecapture,
	// Translated communiques: troops that "reoccupied" a camp the rebels
	// had seized took it back.
	"liberated": CueRecapture, "cleared": CueRecapture, "liberate": CueRecapture, "liberates": CueRecapture, "reoccupied": CueRecapture,
	"chlorine": CueNone, "uprooted": CueNone, "drove": CueNone, "bundled": CueNone, "rammed": CueNone, "ploughed": CueNone, "plowed": CueNone, "pushed": CueNone, "chased": CueNone, "ousted": CueNone,
	"expelled": CueNone, "flushed": CueNone, "sealed": CueNone, "brokered": CueNone, "initialled": CueNone, "initialed": CueNone, "clinched": CueNone,
	"agreement": CueAgreement, "ceasefire": CueAgreement, "truce": CueAgreement, "surrendered": CueAgreement,
	"deal": CueAgreement, "accord": CueAgreement,
	"headquarters": CueBase, "formed": CueGroupChange, "merged": CueGroupChange, "mobilized": CueGroupChange,
	"mobilised": CueGroupChange, "split": CueGroupChange,
	"earthquake": CueDisaster, "flood": CueDisaster, "floods": CueDisaster, "flooding": CueDisaster,
	"landslide": CueDisaster, "landslides": CueDisaster, "avalanche": CueDisaster, "avalanches": CueDisaster,
	"cyclone": CueDisaster, "tremors": CueDisaster, "quake": CueDisaster, "storm": CueDisaster,
	"drowned": CueAccident, "collided": CueAccident, "collision": CueAccident, "electrocuted": CueAccident,
	"smuggling": CueCrime, "smuggle": CueCrime, "smugglers": CueCrime, "robbery": CueCrime, "robbers": CueCrime,
	"dacoity": CueCrime, "narcotics": CueCrime, "drugs": CueCrime, "heroin": CueCrime, "theft": CueCrime,
	"extortion": CueCrime, "fraud": CueCrime, "corruption": CueCrime, "honour": CueCrime,
	// Ordinary offences whose arrests ACLED does not code: "arrested 40
	// gamblers", "a fake visa racket", "for kite flying".
	"gamblers": CueCrime, "gambling": CueCrime, "racket": CueCrime, "racketeers": CueCrime, "thieves": CueCrime,
	"burglars": CueCrime, "burglary": CueCrime, "pickpockets": CueCrime, "fraudsters": CueCrime, "swindlers": CueCrime,
	"forgery": CueCrime, "bribery": CueCrime, "kite-flying": CueCrime,
	"would": CueHypothetical, "will": CueHypothetical, "warned": CueHypothetical, "anticipating": CueHypothetical,
	"anticipated": CueHypothetical, "expected": CueHypothetical, "threat": CueHypothetical, "threats": CueHypothetical,
	"alert": CueHypothetical, "vulnerable": CueHypothetical, "likely": CueHypothetical, "possible": CueHypothetical,
	"plot": CueHypothetical, "feared": CueHypothetical, "fears": CueHypothetical, "may": CueHypothetical,
	// Disasters and diseases kill without an attacker.
	"typhoon": CueDisaster, "typhoons": CueDisaster, "hurricane": CueDisaster, "hurricanes": CueDisaster,
	"tornado": CueDisaster, "tornadoes": CueDisaster, "lightning": CueDisaster, "heatwave": CueDisaster,
	"drought": CueDisaster, "tsunami": CueDisaster, "volcano": CueDisaster, "eruption": CueDisaster, "volcanic": CueDisaster, "pyroclastic": CueDisaster, "lava": CueDisaster,
	"wildfire": CueDisaster, "wildfires": CueDisaster, "blizzard": CueDisaster, "mudslide": CueDisaster,
	"virus": CueDisaster, "coronavirus": CueDisaster, "covid": CueDisaster, "covid-19": CueDisaster,
	"pandemic": CueDisaster, "epidemic": CueDisaster, "outbreak": CueDisaster, "cholera": CueDisaster,
	"ebola": CueDisaster, "plague": CueDisaster, "disease": CueDisaster, "dengue": CueDisaster, "malaria": CueDisaster,
	"measles": CueDisaster, "monsoon": CueDisaster, "heatstroke": CueDisaster, "rains": CueDisaster,
	"cloudburst": CueDisaster, "cloudbursts": CueDisaster, "hailstorm": CueDisaster, "snowstorm": CueDisaster, "snowfall": CueDisaster,
	"landslip": CueDisaster, "landslips": CueDisaster, "earthquakes": CueDisaster, "quakes": CueDisaster, "aftershock": CueDisaster,
	"aftershocks": CueDisaster, "floodwaters": CueDisaster, "deluge": CueDisaster, "rainfall": CueDisaster,
	"derailed": CueAccident, "derailment": CueAccident, "capsized": CueAccident, "overturned": CueAccident,
	"stampede": CueAccident,
	"cocaine":  CueCrime, "methamphetamine": CueCrime, "cannabis": CueCrime, "hashish": CueCrime, "opium": CueCrime,
	"money-laundering": CueCrime, "smuggled": CueCrime, "trafficked": CueCrime, "trafficking": CueCrime, "traffickers": CueCrime, "laundering": CueCrime, "contraband": CueCrime, "counterfeit": CueCrime,
	"sarin": CueChemical, "warplanes": CueAir, "warplane": CueAir, "chloropicrin": CueChemical, "phosgene": CueChemical,
	"stoned": CueRiot, "battled": CueNone, "swapped": CueNone, "dropped": CueNone, "erupted": CueNone,
	"repelled": CueRetaliation, "repulsed": CueRetaliation,
	// Guns that "bombarded" a town shell it; aircraft that did, bomb it
	// (refine decides). UAVs strike by the verb after them.
	"bombarded": CueShelling, "uav": CueNone, "uavs": CueNone,
	"vigil": CueProtest, "dispersed": CueProtestForce, "disperse": CueProtestForce,
	"smashed": CueDestroy, "smashing": CueDestroy,
	"boycotted": CueNone, "boycotting": CueNone, "dragged": CueNone, "arresting": CueArrest, "beating": CueNone, "beat": CueNone, "abused": CueNone, "abusing": CueNone, "slammed": CueNone, "vanished": CueNone, "blocking": CueNone,
	"mutilated": CueAttack, "maimed": CueAttack, "hand-thrown": CueGrenade,
	"burn": CueNone,
	// The tenth probe's words: tear gas as a verb, fire "traded" with
	// words between, rockets that "landed" and aircraft that "hit".
	// (India's "lathi-charge" is a baton charge, written as one word.)
	"kettled": CueProtestForce, "kettling": CueProtestForce, "lathi-charge": CueProtestForce, "lathicharge": CueProtestForce,
	"teargassed": CueProtestForce, "tear-gassed": CueProtestForce, "teargassing": CueProtestForce, "traded": CueNone,
	"landed": CueNone, "hit": CueNone, "shell": CueNone, "rained": CueNone, "handed": CueNone, "besieged": CueNone, "besieging": CueNone, "walkout": CueNone, "walkouts": CueNone, "took": CueNone, "held": CueNone, "blockade": CueNone, "blockades": CueNone, "demanding": CueNone,
	// South Asia's word for a protest campaign ("during an agitation
	// for loan waivers", "agitating farmers"); refine decides, for the
	// campaign is as often a party's politics.
	"agitation": CueNone, "agitating": CueNone, "occupied": CueNone,
	"minefield": CueExplosive, "minefields": CueExplosive, "dismantled": CueNone, "dislodged": CueNone, "seizing": CueDisrupt,
	// Triggers only in some company; refine decides.
	"fire": CueNone, "blaze": CueNone, "inferno": CueNone, "marched": CueNone, "marching": CueNone, "marches": CueNone,
	"demonstrated": CueNone, "waved": CueNone, "raids": CueNone, "swap": CueNone, "gathered": CueNone, "assembled": CueNone, "converged": CueNone, "signed": CueNone,
	"agreed": CueNone, "exchanged": CueNone, "aircraft": CueNone, "jets": CueNone, "jet": CueNone, "planes": CueNone,
	"helicopters": CueNone, "helicopter": CueNone, "bombers": CueNone, "intercepted": CueNone, "downed": CueNone, "intercepts": CueNone, "downs": CueNone, "lynch": CueNone, "torch": CueNone,
	"broke": CueNone, "break": CueNone, "fought": CueNone, "shooting": CueNone, "shootings": CueNone, "rallied": CueNone, "blocked": CueNone, "fighting": CueNone,
	"demonstrating": CueNone, "threw": CueNone, "throwing": CueNone, "hurling": CueNone, "combat": CueNone,
	"reclaimed": CueNone, "gas": CueNone, "gases": CueNone,
	"batons": CueProtestForce, "raping": CueSexual, "strike": CueNone, "strikes": CueNone, "crowd": CueNone,
	"collapsed": CueNone, "sank": CueNone, "crashed": CueNone, "crash": CueNone, "crashes": CueNone,
	"ravine": CueNone, "gorge": CueNone, "gully": CueNone, "abyss": CueNone, "river": CueNone, "canal": CueNone, "ditch": CueNone, "stream": CueNone, "pounded": CueNone, "strafed": CueNone, "struck": CueNone,
	"removed": CueNone, "evicted": CueNone, "retained": CueNone, "engaged": CueNone, "vest": CueNone, "vests": CueNone, "snatched": CueNone, "hijacked": CueNone, "hijack": CueNone, "hijacking": CueNone, "hijacks": CueNone, "taken": CueNone, "abduct": CueAbduct, "kidnap": CueAbduct, "drug": CueCrime, "cartel": CueCrime, "gang": CueCrime,
	"forced": CueNone, "crush": CueNone, "driven": CueNone,
}

// phrasesByFirst indexes phrases by their first word, so Scan tries only
// the phrases that can start at a token.
// cueShapes are the shapes of the cue words and of the phrases' first
// words.
var cueShapes = func() *lex.Shapes {
	s := lex.ShapesOf(words)
	s.Add(lex.ShapesOf(phrasesByFirst))
	return s
}()

var phrasesByFirst = func() map[string][]phrase {
	m := map[string][]phrase{}
	for _, p := range phrases {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// Scan returns the triggers of tokens, in order.
func Scan(toks []lex.Token) []Hit {
	var hits []Hit
	var sent sentence
	for i := 0; i < len(toks); i++ {
		if toks[i].Punct {
			continue
		}
		// Most words start no phrase and are no cue: the shapes say so
		// without the two map lookups.
		if !cueShapes.May(toks[i].Lower) {
			continue
		}
		matched := false
		for _, p := range phrasesByFirst[toks[i].Lower] {
			if lex.HasAt(toks, i, p.words...) {
				e := i + len(p.words) - 1
				// "the weapons taken away", "containers went missing":
				// things, not people, are gone.
				c := p.cue
				// Drones or missiles "shot down" are disrupted weapons use.
				if toks[i].Is("shot") && toks[e].Is("down") && interceptedWeapon(toks, i) {
					c = CueDisrupt
				}
				// Something "on fire" was set on fire, or it is a figure of
				// speech ("her mind was on fire") or an accident.
				if toks[i].Is("on") && toks[e].Is("fire") && !setBefore(toks, i) {
					c = CueNone
				}
				if toks[i].Is("blew") && figurativeBlast(toks, i) {
					c = CueNone
				}
				// "Two guerrillas lost their life in the confrontation with
				// troops": a death in a fight; one lost to an illness or a
				// road names no armed men.
				if toks[i].Is("lost") && c == CueKill {
					if sent.context(toks); !sent.assailant && !sent.arms {
						c = CueNone
					}
				}
				// "took over the town", not "took over the company"; "took
				// back the town", not "took back his words". In the passive
				// the ground comes first: "the city was wrested back".
				if (c == CueCapture || c == CueRecapture) && toks[e].Is("over", "back") && !captureObject(toks, e) && !territorySubject(toks, i) &&
					!(c == CueRecapture && (placeFromArmed(toks, e+1) || forcesRetook(toks, i, e))) {
					c = CueNone
				}
				// "Rebels take control of Idlib city", "now control the
				// town"; not "take control of the economy".
				if c == CueCapture && toks[e].Is("control", "controls") && !captureObject(toks, i) {
					c = CueNone
				}
				// "Campaigners against sexual violence", "a report on
				// sexual violence": the subject of a cause or a study.
				if c == CueSexual && toks[i].Is("sexual") && sexualTopic(toks, i) {
					c = CueNone
				}
				// "Forcibly removed" from a road blockade is a protest
				// broken up; from a home by men in plain clothes it is not.
				if c == CueProtestForce && toks[i].Is("forcibly") && !protestNamed(toks) {
					c = CueNone
				}
				// "its artillery responded by firing at the launch site":
				// guns answering rockets shell back.
				if c == CueRetaliation && artilleryBefore(toks, i) {
					c = CueShelling
				}
				// "a remote controlled explosion against a convoy": a
				// bomb set off from afar, not one disposed of.
				if c == CueDisrupt && toks[i].Is("controlled") && i > 0 && toks[i-1].Is("remote", "remotely") {
					c = CueExplosive
				}
				c = refinePhrase(toks, i, c, &sent)
				// "Two military helicopters opened fire on the school":
				// gunfire from the air is an air strike.
				if c == CueFiring && aircraftOpenedFire(toks, i) {
					c = CueAir
				}
				// "was beaten by a group of men": a crowd's beating, mob
				// violence; beaten by anyone else is told by other words.
				if c == CueMob && toks[i].Is("beaten") && toks[e].Is("by") && !crowdByAfter(toks, e) {
					c = CueNone
				}
				if c == CueProtestForce && toks[i].Is("pushed") && !crowdPushedBack(toks, i) {
					c = CueNone
				}
				if c == CueProtest && toks[i].Is("stayed", "remained") && !shutdownObserved(toks, i) {
					c = CueNone
				}
				if c == CueRecapture && toks[i].Is("back") && !captureObject(toks, i) {
					c = CueNone
				}
				if c == CueDisrupt && toks[i].Is("dug") && !weaponNear(toks, e) {
					c = CueNone
				}
				// "arrested him over his support for the civil disobedience
				// movement", "setting off a general strike": the cause or
				// the aftermath of the deed told, not a protest held.
				if c == CueProtest && (consequenceBefore(toks, i) || supportedCause(toks, i)) {
					c = CueNone
				}
				// "No shutdown was observed": none was held.
				if c == CueProtest && toks[i].Is("shutdown", "shutdowns", "strike") && i > 0 && toks[i-1].Is("no") {
					c = CueNone
				}
				// "Supporters forced their way into the Capitol": a
				// crowd's break-in, a riot; armed men's, an attack.
				if c == CueAttack && toks[i].Is("forced") && crowdBefore(toks, i) {
					c = CueRiot
				}
				// "exposure to a toxic chemical after an attack": a
				// chemical used as a weapon; one spilled from a plant is
				// an accident.
				if c == CueChemical && toks[i].Is("toxic", "poisonous", "chemical") && toks[e].Is("chemical", "chemicals", "substance", "substances") && !attackWordNear(toks, i) {
					c = CueAccident
				}
				// "Three held over the bus bombing": detained for a deed;
				// "the vote was held over to May" is put off.
				if c == CueArrest && toks[i].Is("held") && !deedAfter(toks, e) {
					c = CueNone
				}
				// "agreed to give up their heavy weapons": arms handed
				// over, not fired.
				if c == CueShelling && toks[i].Is("heavy") && armsGivenUp(toks, i) {
					c = CueNone
				}
				// "cut down olive trees" destroys crops; "cut down on
				// spending" or "cut down a rival" does not.
				if c == CueDestroy && toks[i].Is("cut") && !cropsAfter(toks, e) {
					c = CueNone
				}
				// "chopped off the hands of two villagers": a maiming; "cut
				// off the town" or "cut off supplies" hurts no one.
				if toks[e].Is("off") && c == CueAttack && !bodyPartAfter(toks, e) {
					c = CueNone
				}
				// "carted away 40 women and children" takes people;
				// "carted away foodstuffs" loots.
				if c == CueAbduct && toks[i].Is("carted", "carried") && !personAfter(toks, e) {
					c = CueNone
					if toks[i].Is("carted") {
						c = CueDestroy
					}
				}
				// "Rescuers carried off the wounded": people carried to
				// safety are not taken.
				if c == CueAbduct && toks[i].Is("carried") && rescueNamed(toks) {
					c = CueNone
				}
				// "freed 200 prisoners in exchange for the release of four
				// hostages": a swap; "sold cattle in exchange for guns" is
				// none.
				// A swap demanded or offered is not made.
				if c == CueAgreement && toks[i].Is("in") && (!releaseNear(toks, i) || swapProposed(toks, i)) {
					c = CueNone
				}
				// "Supporters tore down the barriers and broke into the
				// parliament": a crowd's break-in, a riot. Thieves who
				// broke into a shop, or a tent torn down, are none.
				if c == CueRiot && toks[i].Is("tore", "broke") && !(crowdBefore(toks, i) && (toks[i].Is("broke") || barrierAfter(toks, e))) {
					c = CueNone
				}
				// "A crowd broke into the police station and dragged out
				// two men": villagers or a mob with no cause of their own
				// named are a mob, not demonstrators.
				if c == CueRiot && toks[i].Is("tore", "broke") && mobBefore(toks, i) {
					c = CueMob
				}
				// "Armed men took away three passengers": people taken, by
				// the police an arrest; "took away his licence" is neither.
				if c == CueAbduct && toks[i].Is("took", "led") {
					sent.context(toks)
					switch {
					// "The guide led away the tourists": people led off
					// are taken only with armed men or weapons named.
					case toks[i].Is("led") && !sent.assailant && !sent.arms && !forcesRaid(toks, i):
						c = CueNone
					case !personAfter(toks, e):
						c = CueNone
					// "took away two brothers, who have since gone
					// missing": taken by forces to where no one knows,
					// a disappearance.
					case forcesRaid(toks, i) && !disappeared(toks) && !unknownWhereabouts(toks):
						c = CueArrest
					}
				}
				// "burned alive by a crowd": the mob's killing.
				if c == CueKill && toks[i].Is("burned", "burnt", "set") && (crowdBy(toks, e) || crowdSubject(toks, i) || crowdOpens(toks)) {
					c = CueMob
				}
				// "A suspected thief was set ablaze by an angry crowd":
				// the crowd's burning, as "torched" by a crowd reads.
				if c == CueDestroy && toks[i].Is("set") && crowdBy(toks, e) {
					c = CueMob
				}
				// "a toxic gas dropped from a drone": a gas used as a
				// weapon, not a leak.
				if c == CueAccident && toks[i].Is("toxic", "poisonous") && gasDelivered(toks, e) {
					c = CueChemical
				}
				// "Security forces picked up a separatist leader", "was
				// picked up by the police": an arrest, unless no one
				// knows where he was taken.
				// "Police picked up the debris": things, not people.
				if c == CueAbduct && toks[i].Is("picked") && e == i+1 && thingsAfter(toks, e) {
					c = CueNone
				}
				if c == CueAbduct && toks[i].Is("picked") && forcesRaid(toks, i) && !unknownWhereabouts(toks) && !disappeared(toks) {
					c = CueArrest
				}
				// "Men in plain clothes picked him up and he has been
				// missing since": taken; "the bus picked them up" is no
				// deed unless he is gone or the police took him.
				if c == CueAbduct && toks[i].Is("picked") && e == i+2 && !disappeared(toks) && !unknownWhereabouts(toks) && !forcesRaid(toks, i) {
					c = CueNone
				}
				// "Villagers beat two suspected kidnappers to death": the
				// crowd that beat them is a mob.
				if c == CueKill && toks[i].Is("to") && crowdKilled(toks, i) {
					c = CueMob
				}
				// "Hundreds of people set fire to houses": a crowd's
				// arson, as the single verbs "torched" and "burned" read.
				if (c == CueAttack || c == CueDestroy && toks[i].Is("set")) && crowdSubject(toks, i) {
					c = CueMob
				}
				if c != CueNone && !(c == CueAbduct && thingGone(toks, i, e)) {
					hits = append(hits, Hit{Cue: c, Start: toks[i].Start, End: toks[e].End, Token: i})
				}
				i = e
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if c, ok := words[toks[i].Lower]; ok {
			c, ok = refine(toks, i, c, &sent)
			if !ok || c == CueNone {
				continue
			}
			// "may", "will" are modal only in lower case: "28 May 2021"
			// is a date.
			if c == CueHypothetical && toks[i].Text != toks[i].Lower {
				continue
			}
			switch {
			case c == CueFind:
				// "An IED was found", "detected a bomb": weapons found
				// unused. "Found" alone (a body found) is no trigger, nor
				// "found nothing in the bag", "found no explosives".
				if !weaponNear(toks, i) || i+1 < len(toks) && toks[i+1].Is("dead", "nothing", "no") {
					continue
				}
				c = CueDisrupt
			case toks[i].Is("body", "bodies") && organisation(toks, i):
				// "students' bodies", "urban local bodies": organisations.
				continue
			case toks[i].Is("lives") && i > 0 && toks[i-1].Is("who", "he", "she", "it", "that", "which", "family", "currently", "now", "still"):
				// "a grocer who lives beside the temple".
				continue
			case c == CueClash && crudeClash(toks, i) && !sent.protest && !sent.arms:
				// "two clans clashed with sticks and stones": a brawl
				// without guns is mob violence.
				c = CueMob
			case c == CueDestroy && toks[i].Is("alight") && !setBefore(toks, i):
				// "the lamps were alight": only what was set alight burned.
				continue
			case c == CueDestroy && toks[i].Is("alight") && crowdSetAlight(toks, i):
				// "Residents chased foreign nationals from their shops
				// and set the shops alight": a crowd's arson, as "set
				// fire to" by residents reads.
				c = CueMob
			case c == CueAttack && crudeCrowdAttack(toks, i):
				// "Youths armed with sticks and machetes attacked
				// residents": a crowd set on people, mob violence.
				c = CueMob
			case c == CueProtest && (consequenceBefore(toks, i) || supportedCause(toks, i)):
				// "arrested the opposition leader, setting off protests":
				// the arrest's aftermath, not the event.
				continue
			case c == CueAttack && crowdSubject(toks, i):
				// "angry residents attacked a suspected thief": a crowd's
				// violence, not an armed group's.
				c = CueMob
			case c == CueAttack && eachOther(toks, i) && !sent.arms:
				// "Hindu and Muslim groups attacked each other with sticks":
				// two crowds fighting, mob violence.
				c = CueMob
			case c == CueFiring && toks[i].Is("tortured") && crowdSubject(toks, i):
				// "Villagers tortured and killed a woman accused of
				// sorcery": a crowd's cruelty, mob violence.
				c = CueMob
			case c == CueKill && toks[i].Is("killed") && crowdSubject(toks, i) && objectAfter(toks, i):
				// "residents armed with machetes killed three alleged gang
				// members": vigilantes, a mob.
				c = CueMob
			case (nominalDeed(toks[i]) || toks[i].Is("assault", "assaults")) && protestCause(toks, i):
				// "protesting against an assault on a colleague": what the
				// protest is about, not a deed told.
				continue
			case c == CueDestroy && personBurned(toks, i):
				// "A student was badly burned when two men threw acid at
				// her": a wound, not property destroyed.
				continue
			case c == CueDestroy && protestProps(toks, i):
				// "burned tyres to protest", "burnt an effigy of the
				// minister": a protest's props, no property destroyed.
				c = CueProtest
			case c == CueDestroy && toks[i].Is("ransacked", "torched", "vandalised", "vandalized") && !sent.assailant && !sent.arms && supportersBefore(toks, i):
				// "Supporters of the ousted prime minister ransacked the
				// election office": a political crowd's break-in, a riot,
				// as "stormed" by them reads.
				c = CueRiot
			case c == CueRiot && toks[i].Is("vandalised", "vandalized") && (sent.assailant || unknownDoers(toks, i)):
				// "Unknown persons vandalised the party office": damage by
				// unnamed or armed men, with no crowd or cause named, is
				// property destroyed, not a riot.
				c = CueDestroy
			case c == CueDestroy && toks[i].Is("torched", "burned", "burnt", "ransacked", "looted", "smashed") && crowdAgent(toks, i):
				// "Angry residents torched two police vehicles": a
				// crowd's arson, not armed men's.
				c = CueMob
			case c == CueAttack && toks[i].Is("attacked", "assaulted") && supportersBefore(toks, i) && rivalObject(toks, i) && !sent.assailant:
				// "Supporters of the ruling party attacked an opposition
				// candidate's convoy": one party's crowd set on its
				// rivals, mob violence, as an election's brawls are coded.
				c = CueMob
			case c == CueAttack && toks[i].Is("attacked", "stormed", "raided") && supportersBefore(toks, i) && protestObject(toks, i):
				// "Supporters of the two parties attacked the protest camp,
				// beating demonstrators": one crowd set on another, mob
				// violence, whatever party the attackers back.
				c = CueMob
			case c == CueAttack && toks[i].Is("stormed") && !sent.assailant && !sent.arms && supportersBefore(toks, i):
				// "Supporters of the jailed politician stormed the
				// courthouse": a political crowd's break-in, a riot.
				c = CueRiot
			case c == CueAttack && stonesUsed(toks, i) && !sent.assailant && !sent.arms:
				// "supporters attacked the electoral office with stones":
				// a crowd's weapons, a riot.
				c = CueRiot
			case c == CueClash && communal(toks, i) && !sent.arms:
				// "communal clashes between Hindu and Muslim groups":
				// crowds of two communities, mob violence.
				c = CueMob
			case accusedOf(toks, i) && (c == CueAbduct || c == CueKill || c == CueAttack || c == CueSexual) && !strings.HasSuffix(toks[i].Lower, "ed"):
				// "two men accused of child kidnapping": what the crowd
				// or the police accuse them of, not a deed told.
				continue
			case c == CueClash && toks[i].Is("fighting", "clashes", "hostilities", "war", "combat") && fightEnded(toks, i):
				// "the agreement that ended the fighting": the fight a
				// deal stopped, named to say what the deal did.
				continue
			case c == CueProtest && toks[i].Is("protest", "student", "opposition") && i+1 < len(toks) &&
				toks[i+1].Is("movement", "movements", "leader", "leaders", "group", "groups", "organiser", "organisers", "organizer", "organizers", "activist", "activists"):
				// "arrested three leaders of the student protest
				// movement": who the people are, not a protest held.
				continue
			case toks[i].Is("massacre") && massacreRecalled(toks, i):
				// "a rally against the group for the massacre of 69
				// villagers", "the anniversary of the massacre": a
				// massacre named as a cause or remembered.
				continue
			case toks[i].Is("hostage", "hostages") && releasedBefore(toks, i):
				// "freed the hostages it had held": the release is the
				// news, not a taking.
				continue
			case c == CueCrime && (reportedOn(toks, i) || crimeProtested(toks, i)):
				// "a journalist who covered corruption": the beat of the
				// one arrested, not a crime told. "Thousands rallied to
				// denounce corruption": what a protest is against.
				continue
			case visitedSite(toks, i):
				// "The minister visited the site of Monday's bombing and
				// met the wounded": the visit is the news.
				continue
			case c == CueClash && toks[i].Is("fighting", "clashes", "violence") && fledFrom(toks, i):
				// "Women who fled the fighting said soldiers had raped
				// them": the fighting is what they fled, not the deed.
				continue
			case c == CueKill && i > 1 && toks[i-1].Is("that", "which") && (nominalDeed(toks[i-2]) && blamedFor(toks, i-2) || claimedDeedBefore(toks, i-1)):
				// "blamed the rebels for the ambush that killed four
				// soldiers": the toll says which deed is blamed.
				continue
			case nominalDeed(toks[i]) && blamedFor(toks, i):
				// "blamed the gang for the killing", "accused the group
				// of carrying out the kidnapping": the deed is one already
				// known; the news is who is blamed for it.
				continue
			case c == CueGrenade && toks[i].Is("hurled", "lobbed") && (missilesNear(toks, i) || sent.protest && petrolNear(toks, i)):
				// "brickbats hurled by activists", "demonstrators hurled
				// petrol bombs": a riot, not a grenade. "Two groups hurled
				// stones at each other": two crowds fighting, a mob.
				c = CueRiot
				if mutualAfter(toks, i) && !sent.arms {
					c = CueMob
				}
			case c == CueClash && rivalCrowds(toks, i) && !sent.arms:
				// "Supporters of rival candidates clashed at the party's
				// congress": party crowds fighting each other, mob
				// violence, as ACLED codes it.
				c = CueMob
			case c == CueGrenade && toks[i].Is("hurled", "lobbed") && shellsAfter(toks, i):
				// "lobbed mortar rounds into the compound": the mortar
				// is the weapon, shelling, not a grenade.
				continue
			case c == CueHypothetical && toks[i].Is("plot", "plots") && causeOfArrest(toks, i):
				// "police arrest 25 over a plot to overthrow the
				// government": the plot is what they are held for; the
				// arrest is done.
				continue
			case c == CueRiot && deniedAfter(toks, i):
				// "the police said the protesters had pelted them with
				// stones, a claim the BYC denied": a deed alleged and
				// denied is no deed told.
				continue
			case c == CueClash && toks[i].Is("operation") && namedOperationFrame(toks, i):
				// "set fire to the machinery of a firm, part of Operation
				// Baam": the campaign the deed belongs to is named, not a
				// fight told.
				continue
			case c == CueClash && fightAfterDeed(toks, i):
				// "Maoists abducted a commando after the gunfight": the
				// fight dates the abduction the sentence tells.
				continue
			case c == CueClash && toks[i].Is("fighting") && lex.HasAt(toks, i-3, "to", "join", "the"):
				// "calling on tribesmen to join the fighting": fighting
				// called for, not told.
				continue
			case toks[i].Is("planted") && !weaponNear(toks, i):
				// "A banner was planted at the crossing": not a bomb.
				continue
			case c == CueAttack && toks[i].Is("raided") && i > 0 && toks[i-1].Is("was", "were") && !lex.HasAt(toks, i+1, "by") && crimeNear(toks, i):
				// "A press printing counterfeit notes was raided": a
				// place of crime raided with no raider named is searched
				// by the police, as the press tells it.
				c = CueClash
			case c == CueAttack && toks[i].Is("raided", "raiding") && forcesRaid(toks, i):
				// Police or troops raiding a house search it: a weak
				// operation like "raid", not an attack.
				c = CueClash
			case c == CueAccident && toks[i].Is("derailed", "derailment") && bombDerailed(toks, i):
				// "A bomb planted under the track derailed the express": the
				// bomb's deed, not a rail accident.
				continue
			case c == CueExplosive && (toks[i].Is("explosives-laden", "explosive-laden", "bomb-laden") || ladenWith(toks, i)) && droneLaden(toks, i):
				// "A drone packed with explosives crashed into the
				// parade": the drone struck from the air; no one died
				// with it.
				c = CueAir
			case c == CueExplosive && (toks[i].Is("explosives-laden", "explosive-laden", "bomb-laden", "vbied", "vbieds") && drivenInto(toks, i) || ladenDrivenInto(toks, i)):
				// "drove an explosives-laden car into the gate", "a VBIED
				// rammed into the convoy": the driver died with his bomb,
				// a suicide attack.
				c = CueSuicide
			case (c == CueGrenade || c == CueShelling) && armedWith(toks, i):
				// "assailants armed with rockets and grenades fired on
				// the quarters": the arms they carried, not how they
				// struck.
				continue
			case toks[i].Is("cracker", "crackers") && !crackerBomb(toks, i):
				// "seized crackers from a shop": fireworks.
				continue
			case toks[i].Is("snipers", "sniper") && i > 0 && toks[i-1].Is("placed", "posted", "positioned", "stationed", "deployed"):
				// "placed snipers on its roof": a post manned, no shot.
				continue
			case (c == CueShelling || c == CueAir) && paradedBefore(toks, i):
				// "militias parade rockets and tanks": a show of force.
				continue
			case c == CueRiot && eachOtherSoon(toks, i) && !(sent.protest && protestNamed(toks)):
				// "Hindu and Muslim groups threw stones at each other":
				// two crowds fighting, mob violence. Youths of two
				// communities are crowds too; protesters and the police
				// stoning each other riot.
				c = CueMob
			case c == CueAttack && toks[i].Is("attack", "attacks") && (purposeBefore(toks, i) || averted(toks, i) || i > 0 && warPaused(toks, i-1) || i > 1 && warPaused(toks, i-2)):
				// "explosives intended for attacks on the police",
				// "suspending its attacks": what they were for, or a war
				// halted, not a deed told.
				continue
			case toks[i].Is("neutralised", "neutralized", "neutralise", "neutralize"):
				// "neutralised an IED" defuses it; "neutralised a camp"
				// or "a racket" kills no one.
				if weaponNear(toks, i) {
					c = CueDisrupt
				} else if thingAfter(toks, i) {
					continue
				}
			}
			// "IED" etc. are acronyms; "mine" as a pronoun is rare in news
			// but "mine collapse" is an accident, handled by phrases.
			hits = append(hits, Hit{Cue: c, Start: toks[i].Start, End: toks[i].End, Token: i})
		}
	}
	return intercepts(toks, hits)
}

// armedWith reports a weapon at i named among the arms people were
// "armed with" ("gunmen armed with rockets and grenades"), no verb
// between: not "armed with rifles, fired rockets at".
func armedWith(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		t := toks[k]
		if t.Is("with") {
			return toks[k-1].Is("armed", "heavily-armed")
		}
		if t.Punct && !t.Is(",") || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") || t.Is("threw", "fired", "hurled", "lobbed") {
			return false
		}
	}
	return false
}

// crackerBomb reports a "cracker" planted, thrown or set off, the small
// bomb of Pakistan's press: "planted a cracker on a gas pipeline", "a
// cracker exploded outside his house", "a cracker attack".
func crackerBomb(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < len(toks) && k <= i+4; k++ {
		if k != i && toks[k].Is("planted", "hurled", "thrown", "threw", "lobbed", "exploded", "explosion", "blast", "attack", "detonated", "went") {
			return true
		}
	}
	return false
}

// bombDerailed reports whether the derailment at i was a bomb's: a bomb,
// blast or mine named in the same clause ("a blast on the line derailed
// the train", "the derailment, caused by an explosion under the track").
// A bomb disposal squad sent to the scene, or a blast called accidental,
// makes none.
func bombDerailed(toks []lex.Token, i int) bool {
	from := max(0, i-10)
	for k := i - 1; k >= from; k-- {
		if toks[k].Is(";") {
			from = k + 1
			break
		}
	}
	for k := from; k < len(toks) && k <= i+8; k++ {
		if toks[k].Is(";") {
			break
		}
		if k != i && (toks[k].Is("bomb", "bombs", "blast", "blasts", "explosion", "explosions", "explosive", "explosives", "ied", "ieds", "landmine", "landmines", "saboteurs", "sabotage") ||
			lex.HasAt(toks, k, "blew", "up")) &&
			!lex.HasAt(toks, k, "bomb", "disposal") && !(k > 0 && toks[k-1].Is("accidental", "no")) {
			return true
		}
	}
	return false
}

// ladenDrivenInto reports a vehicle "packed with explosives" or "laden
// with explosives" at i that was driven or rammed into its target:
// "drove a vehicle packed with explosives into the gate". One parked
// and set off from afar is a remote bomb.
func ladenDrivenInto(toks []lex.Token, i int) bool {
	if !ladenWith(toks, i) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Is("that", "which") {
		return false
	}
	return drivenInto(toks, i-2)
}

// ladenWith reports "explosives" at i as what something is "packed with"
// or "laden with".
func ladenWith(toks []lex.Token, i int) bool {
	return i >= 2 && toks[i].Is("explosives", "explosive") && toks[i-1].Is("with") && toks[i-2].Is("packed", "laden", "loaded", "rigged", "filled", "stuffed")
}

// droneLaden reports whether the thing laden with explosives at i is a
// drone: "an explosive-laden drone", "a drone packed with explosives".
func droneLaden(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < len(toks) && k <= i+1; k++ {
		if toks[k].Is("drone", "drones", "uav", "uavs", "quadcopter", "quadcopters") {
			return true
		}
	}
	return false
}

// personBurned reports whether "burned" at i is said of a person in the
// passive: "a student was badly burned", "two children were burnt".
func personBurned(toks []lex.Token, i int) bool {
	if !toks[i].Is("burned", "burnt") {
		return false
	}
	v := i - 1
	if v >= 0 && toks[v].Is("badly", "severely", "seriously", "critically", "partially") {
		v--
	}
	if v < 1 || !toks[v].Is("was", "were") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6 && !toks[k].Punct; k-- {
		if toks[k].Is("student", "students", "man", "men", "woman", "women", "girl", "girls", "boy", "boys", "child", "children", "people",
			"he", "she", "they", "teenager", "worker", "workers", "wife", "husband", "mother", "daughter", "son") {
			return true
		}
	}
	return false
}

// protestObject reports whether the object of the verb at i is a protest
// or its people: "attacked the protest camp", "stormed the sit-in",
// "attacked demonstrators".
func protestObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("protest", "protesters", "protestors", "demonstrators", "sit-in", "march", "marchers", "rally", "vigil", "demonstration") {
			return true
		}
	}
	return false
}

// rivalObject reports whether the object of the deed at i, in the few
// words after it, is a political rival: "an opposition candidate's
// convoy", "the rival party's supporters".
func rivalObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if toks[k].Is("opposition", "rival", "rivals", "candidate", "candidate's", "aspirant", "aspirant's") {
			return true
		}
	}
	return false
}

// releaseNear reports a release or freeing told within eight words of i,
// in its sentence: "freed 200 prisoners in exchange for the release of".
func releaseNear(toks []lex.Token, i int) bool {
	for k := max(0, i-8); k < len(toks) && k <= i+8; k++ {
		if toks[k].Is(".", ";") && k > i {
			break
		}
		if toks[k].Is("freed", "released", "release", "releasing", "freeing", "free", "prisoners", "detainees", "hostages", "captives") {
			return true
		}
	}
	return false
}

// swapProposed reports a demand, an offer or a future before the swap at
// i in its sentence: "demanded the release of 20 prisoners in exchange
// for the hostages", "said it would free 200 prisoners in exchange for".
func swapProposed(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && !toks[k].Is(".", ";"); k-- {
		if toks[k].Is("demanded", "demand", "demands", "demanding", "would", "will", "offered", "offer", "offers", "proposed", "sought", "asked",
			"wants", "want", "plans", "ready", "willing", "if") {
			return true
		}
	}
	return false
}

// thingsAfter reports debris, bodies, litter or goods as the object of
// the verb ending at e: "picked up the debris", "picked up the bodies".
func thingsAfter(toks []lex.Token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+3 && !toks[k].Punct; k++ {
		if toks[k].Is("debris", "bodies", "body", "litter", "rubbish", "garbage", "remains", "pieces", "parts", "shells", "casings", "evidence", "samples") {
			return true
		}
	}
	return false
}

// mobBefore reports whether the nearest crowd named before i in its
// clause is a mob, villagers or residents ("a crowd broke into"), not
// supporters, protesters or students.
func mobBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !toks[k].Is(".", ";"); k-- {
		if crowdNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Is("supporters", "protesters", "protestors", "demonstrators", "rioters", "students", "activists", "workers", "farmers") {
			return false
		}
	}
	return false
}

// barrierAfter reports a barrier, a fence or a gate as the object of the
// verb ending at e: "tore down concrete barriers".
func barrierAfter(toks []lex.Token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4 && !toks[k].Punct; k++ {
		if toks[k].Is("barriers", "barrier", "barricades", "barricade", "fences", "fence", "gates", "gate", "walls", "wall", "statue", "statues") {
			return true
		}
	}
	return false
}

// rescueNamed reports whether a sentence names rescuers or the water
// that carries people off: "rescuers carried off the wounded", "the
// flood carried off two children".
func rescueNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("rescuers", "rescue", "medics", "paramedics", "volunteers", "stretchers", "stretcher", "flood", "floods", "floodwaters",
			"current", "waters", "wounded", "injured") {
			return true
		}
	}
	return false
}

// drivenInto reports whether the vehicle laden with explosives at i was
// driven or rammed into its target: "drove an explosives-laden car into
// the gate", "an explosive-laden truck rammed the wall". A laden car
// parked and set off from afar is a remote bomb.
func drivenInto(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < len(toks) && k <= i+4; k++ {
		if k != i && toks[k].Is("drove", "driven", "drives", "driving", "rammed", "rams", "ramming", "crashed", "slammed") {
			return true
		}
	}
	return false
}

// disappeared reports whether a sentence calls someone taken disappeared
// or missing: "picked up and has been missing since".
func disappeared(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("missing", "disappeared", "disappearance", "disappearances", "untraceable", "untraced") {
			return true
		}
	}
	return false
}

// massacreRecalled reports whether the noun "massacre" at i is named as
// what a protest is against or what is remembered, not as news.
func massacreRecalled(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("for", "against", "over", "condemning", "condemn", "anniversary", "commemorate", "commemorating", "remember",
			"remembering", "survivors", "victims", "memorial") {
			return true
		}
	}
	return false
}

// crowdAgent reports whether the verb at i has a crowd for its subject,
// the nearest actor noun before it in its clause: "angry residents
// torched", "villagers ransacked"; not "the crowd was attacked" nor
// "gunmen torched".
func crowdAgent(toks []lex.Token, i int) bool {
	if i == 0 || toks[i-1].Is("was", "were", "been", "being", "is", "are") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.Is(".", ";", ":", ",") {
			return false
		}
		if crowdNouns[t.Lower] {
			return true
		}
		if assailantWords[t.Lower] || t.Is("police", "soldiers", "men", "bandits", "militiamen", "maoists", "cadres", "who", "which") {
			return false
		}
	}
	return false
}

// fledFrom reports whether the fight named at i is what people fled: "who
// fled the fighting", "fleeing the clashes in the north".
func fledFrom(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("fled", "fleeing", "flee", "flees", "escaped", "escaping", "displaced") {
			return true
		}
		if !toks[k].Is("the", "heavy", "fierce", "recent", "renewed", "ongoing", "by") {
			return false
		}
	}
	return false
}

// supportersBefore reports whether the subject of the verb at i, within
// its clause, is a political crowd: supporters, protesters, activists.
func supportersBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Is(".", ";", ",") {
			return false
		}
		if toks[k].Is("supporters", "protesters", "protestors", "demonstrators", "activists", "rioters", "loyalists", "partisans") {
			return true
		}
	}
	return false
}

// unknownDoers reports whether the subject of the deed at i, in its
// clause, is people the police cannot name: "unknown persons",
// "unidentified men", "miscreants", "arsonists".
func unknownDoers(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Is(".", ";", ",") {
			return false
		}
		if toks[k].Is("unknown", "unidentified", "miscreants", "arsonists", "vandals", "hooligans") {
			return true
		}
	}
	return false
}

// mutualAfter reports whether the deed at i is told as mutual within its
// clause: "hurled stones at each other", "clashed with one another".
func mutualAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if mutualAt(toks, k) {
			return true
		}
	}
	return false
}

// rivalCrowds reports whether the clash at i is one of rival crowds of
// supporters: "supporters of rival candidates clashed", "party workers
// clashed with each other"; not supporters who clashed with the police.
func rivalCrowds(toks []lex.Token, i int) bool {
	supporters, rival := false, false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Is(".", ";", ",") {
			break
		}
		if toks[k].Is("supporters", "activists", "cadres", "loyalists", "partisans", "followers") {
			supporters = true
		}
		if toks[k].Is("rival", "rivals", "opposing") {
			rival = true
		}
		// "Supporters of two ruling party candidates clashed".
		if toks[k].Is("two") && k+1 < i && (lex.Find(toks[k:i], 0, "candidates") >= 0 || lex.Find(toks[k:i], 0, "factions") >= 0 || lex.Find(toks[k:i], 0, "parties") >= 0) {
			rival = true
		}
	}
	return supporters && (rival || mutualAfter(toks, i))
}

// stonesUsed reports whether the attack at i was made with stones,
// bricks or sticks, named after "with" later in its clause.
func stonesUsed(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("with") {
			for j := k + 1; j < len(toks) && j <= k+2; j++ {
				if toks[j].Is("stones", "rocks", "bricks", "brickbats", "sticks", "clubs", "rods") {
					return true
				}
			}
		}
	}
	return false
}

// communal reports whether the clash at i is said of communities:
// "communal clashes", "inter-communal violence".
func communal(toks []lex.Token, i int) bool {
	if i > 0 && toks[i-1].Is("communal", "inter-communal", "intercommunal", "caste", "interfaith") {
		return true
	}
	// "Youths of two communities clashed": two crowds named as the
	// subject. Tribes and clans bear arms; "armed clashes" are a
	// battle whoever fights them.
	if i > 0 && toks[i-1].Is("armed", "gun") {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("communities", "villages") && toks[k-1].Is("two", "rival", "neighbouring", "neighboring") {
			return true
		}
	}
	// "Clashes between Hindu and Muslim groups": two faiths' crowds.
	if lex.HasAt(toks, i+1, "between") {
		for k := i + 2; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
			if toks[k].Is("hindu", "hindus", "muslim", "muslims", "christian", "christians", "buddhist", "buddhists", "sikh", "sikhs") {
				return true
			}
		}
	}
	return false
}

// crowdKilled reports whether the verb that "to death" at i completes has
// a crowd for its subject: "villagers beat two men to death", "a mob
// stoned him to death".
func crowdKilled(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("beat", "beaten", "stoned", "clubbed", "hacked", "lynched", "burned", "burnt") {
			return crowdSubject(toks, k) || k > 0 && crowdNouns[toks[k-1].Lower]
		}
	}
	return false
}

// weaponNouns are the weapons that can be found, recovered or defused
// unused.
var weaponNouns = lex.WordSet(`ied ieds rcied vbied bomb bombs grenade grenades explosive explosives device devices minefield minefields
	mine mines landmine landmines rocket rockets mortar mortars shell shells detonator detonators weapons arms
	ammunition rifle rifles pistol pistols cache caches tiffin bomb-making rounds cartridges`)

// weaponNear reports whether a weapon is named within six words of token
// i, in the same clause: "an IED planted under the bridge was found",
// "detected a pressure bomb".
func weaponNear(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			break
		}
		if weaponNouns[toks[k].Lower] {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			break
		}
		if weaponNouns[toks[k].Lower] {
			return true
		}
		// "found a car packed with explosives": what fills the thing
		// found, a word or two further on.
		if toks[k].Is("packed", "laden", "rigged", "stuffed", "loaded") && lex.HasAt(toks, k+1, "with") {
			for j := k + 2; j < len(toks) && j <= k+3; j++ {
				if weaponNouns[toks[j].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// forcesRaid reports whether the one who raids at token i is a state
// force: named just before in the same clause ("police raided a house",
// "SFs on Monday raided") or after "by" ("was raided by the CTD").
func forcesRaid(toks []lex.Token, i int) bool {
	state := stateForceWord
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Punct && !toks[k].Is("(", ")") {
			break
		}
		if state(toks[k]) {
			return true
		}
		if toks[k].Is("militants", "gunmen", "rebels", "terrorists", "insurgents", "cadres", "maoists", "attackers", "assailants", "men", "mob") {
			return false
		}
	}
	return forcesBy(toks, i)
}

// stateForceWord reports whether t names a state force or its men.
func stateForceWord(t lex.Token) bool {
	return t.Is("police", "policemen", "forces", "sfs", "troops", "army", "soldiers", "personnel", "ctd", "rangers", "fc",
		"levies", "corps", "nia", "rab", "battalion", "team", "officials", "agencies", "cid", "bsf", "crpf", "rifles", "squad", "ats", "lea", "leas",
		"operatives", "agents", "gendarmes", "gendarmerie", "officers")
}

// forcesBy reports whether the verb at i is followed by "by" and a state
// force: "was raided by the CTD", "were held by Assam Rifles".
func forcesBy(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "by") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		// "held by Maoists since Monday, police said": the police
		// after the comma tell it, they did not do it.
		if toks[k].Punct {
			break
		}
		if stateForceWord(toks[k]) {
			return true
		}
	}
	return false
}

// organisation reports whether "body" at i names an organisation:
// "students' bodies", "urban local bodies", "a civil society body".
func organisation(toks []lex.Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Is("'", "’") {
		k--
	}
	return k >= 0 && toks[k].Is("student", "students", "local", "civic", "civil", "society", "political", "statutory", "governing",
		"apex", "umbrella", "trade", "regulatory", "representative", "elected", "religious", "social", "various", "different",
		"several", "advisory", "professional", "international", "world", "global", "national")
}

// missilesNear reports whether stones or the like are what was thrown at
// token i: "brickbats hurled by activists", "hurled stones at the police".
func missilesNear(toks []lex.Token, i int) bool {
	for k := max(0, i-3); k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("stones", "stone", "brickbats", "bricks", "rocks", "shoes", "eggs", "bottles", "chairs", "sticks", "flares",
			"fireworks", "firecrackers", "projectiles") {
			return true
		}
	}
	return false
}

// deniedAfter reports whether the clause of token i ends with its denial:
// "..., a claim the BYC denied", "..., an allegation the organisers
// rejected".
func deniedAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && !toks[k].Is(".", ";"); k++ {
		if !toks[k].Is("claim", "allegation", "charge", "accusation") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5 && !toks[j].Is(".", ";"); j++ {
			if toks[j].Is("denied", "rejected", "denies", "rejects", "disputed") {
				return true
			}
		}
	}
	return false
}

// namedOperationFrame reports whether "Operation" at i begins a campaign's
// name ("Operation Herof", "'Operation Baam'") that frames a deed as "part
// of" it: "part of the group's coordinated Operation Herof". A named
// operation launched or conducted is no frame.
func namedOperationFrame(toks []lex.Token, i int) bool {
	if toks[i].Text != "Operation" {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].Is("'", "\"", "‘", "“") {
		k++
	}
	if k >= len(toks) || toks[k].Punct || toks[k].Text == toks[k].Lower {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].Is(".", ";", ":") {
			return false
		}
		if toks[j].Is("part") && j+1 < i && toks[j+1].Is("of") {
			return true
		}
	}
	return false
}

// fightAfterDeed reports whether the clash noun at i is "the" fight that an
// abduction or arrest told before it in the sentence came after: "abducted
// a commando after the gunfight at Tekalguda". A fight told with its own
// verb ("after the gunfight broke out") is a deed of its own.
func fightAfterDeed(toks []lex.Token, i int) bool {
	if i < 3 || !toks[i-1].Is("the") || !toks[i-2].Is("after", "following") ||
		i+1 < len(toks) && toks[i+1].Is("broke", "erupted", "began", "started", "ended", "raged", "that", "which") {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("abducted", "kidnapped", "arrested", "detained") {
			return true
		}
	}
	return false
}

// claimedDeedBefore reports whether the relative clause opening at i
// ("that killed dozens") tells the toll of a deed named just before it
// that a group claims or is blamed for: "claimed the attack on a mosque
// in Kunduz that killed dozens".
func claimedDeedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Punct {
			return false
		}
		if nominalDeed(toks[k]) {
			return blamedFor(toks, k)
		}
	}
	return false
}

// artilleryBefore reports whether artillery, tanks or howitzers are the
// subject just before token i: "its artillery responded by firing".
func artilleryBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("artillery", "tanks", "howitzers", "mortars", "batteries") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// shellsAfter reports whether a mortar, rocket or shell is what the verb
// at i throws: "lobbed mortar rounds", "hurled two rockets".
func shellsAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("mortar", "mortars", "rocket", "rockets", "shells", "artillery") {
			return true
		}
		if toks[k].Punct || toks[k].Is("at", "on", "into", "towards") {
			return false
		}
	}
	return false
}

// causeOfArrest reports whether the plot at i is what people are held
// over or for: "arrested over a plot", "detained for the plot", the
// headline's "police arrest 25 over plot".
func causeOfArrest(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("a", "an", "the", "alleged", "suspected", "foiled") {
		k--
	}
	return k >= 0 && toks[k].Is("over", "for", "in")
}

// thingGone reports whether the abduction phrase at toks[i..e] ("taken
// away", "went missing", "picked up") tells of things rather than people:
// "all the weapons taken away by the deserter", "19,000 containers went
// missing", "picked up for the talks".
func thingGone(toks []lex.Token, i, e int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("weapons", "arms", "rifles", "rifle", "guns", "ammunition", "containers", "container", "vehicles", "vehicle",
			"files", "documents", "money", "cash", "goods", "consignment", "consignments", "equipment", "trucks", "laptops") {
			return true
		}
	}
	if e+1 < len(toks) && toks[e+1].Is("for", "speed", "pace", "momentum") {
		return true
	}
	// "picked up the phone", "picked up the award".
	for k := e + 1; k < len(toks) && k <= e+2; k++ {
		if toks[k].Is("phone", "call", "tab", "bill", "award", "trophy", "prize", "ball", "pieces", "signal", "steam", "slack",
			"votes", "seats", "points", "wicket", "wickets", "title") {
			return true
		}
	}
	return false
}

// thingAfter reports whether the object after token i is a place, a
// group or a thing rather than a person: "neutralised a camp", "a
// racket", "neutralised it".
func thingAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("camp", "camps", "hideout", "hideouts", "racket", "module", "modules", "network", "networks",
			"cell", "cells", "den", "dens", "plot", "plots", "threat", "threats", "it", "base", "bases", "factory") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// Violent reports whether a trigger by itself says violence happened: such
// a sentence can start an event.
func Violent(c Cue) bool {
	switch c {
	case CueSuicide, CueAir, CueShelling, CueGrenade, CueExplosive, CueClash, CueFiring, CueAttack,
		CueKill, CueAbduct, CueSexual, CueChemical, CueMob, CueRiot, CueRetaliation:
		return true
	}
	return false
}

// Eventful reports whether a trigger can start an event of any type.
func Eventful(c Cue) bool {
	if Violent(c) {
		return true
	}
	switch c {
	case CueProtest, CueProtestForce, CueArrest, CueDisrupt, CueCapture, CueRecapture, CueAgreement, CueDestroy:
		return true
	}
	return false
}

// releasedBefore reports whether the hostages at i are the object of their
// release: "freed the hostages", "the release of two hostages".
func releasedBefore(toks []lex.Token, i int) bool {
	// "in exchange for the release of the opposition leader and three
	// foreign hostages", "released a few of the two dozen hostage
	// policemen": the release may govern a list; not "the release of 20
	// prisoners in exchange for the hostages", whose hostages are still
	// held.
	swap := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Punct {
			return false
		}
		swap = swap || toks[k].Is("exchange", "for")
		// "released the women but held the remaining passengers
		// hostage": the hostages are the object of the verb that holds
		// them, nearer than the release.
		if toks[k].Is("held", "holding", "kept", "keeping", "took", "taking") {
			return false
		}
		if toks[k].Is("freed", "released", "freeing", "releasing", "release", "releases", "frees", "free", "liberated") {
			return k >= i-4 || !swap
		}
	}
	return false
}

// reportedOn reports whether the crime word at i is what someone reported
// on or investigated: "a journalist who covered corruption", "known for
// exposing drug trafficking".
func reportedOn(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("covered", "covering", "covers", "investigated", "investigating", "exposed", "exposing", "reported", "reporting",
			"documented", "documenting", "wrote", "writing") {
			return true
		}
	}
	return false
}

// placeFromArmed reports whether a place named at k is taken from armed
// men: "took back Mocimboa da Praia from insurgents", "liberate Bama from
// Boko Haram". A capitalised name and "from" with rebels after it say the
// object is ground, though no noun of territory names it.
func placeFromArmed(toks []lex.Token, k int) bool {
	if k >= len(toks) || !properName(toks, k) && !strings.HasPrefix(toks[k].Lower, "al-") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].Is("from") {
			for m := j + 1; m < len(toks) && m <= j+4; m++ {
				if nonStateNoun(toks[m:m+1]) || armedName[toks[m].Lower] || toks[m].Is("extremists", "terrorists", "gunmen") {
					return true
				}
			}
			return false
		}
		if toks[j].Punct {
			return false
		}
	}
	return false
}

// sexualTopic reports whether "sexual violence" at i is named as a topic,
// a cause or a category, not a deed: "a campaign against sexual
// violence", "a report on sexual violence", "survivors of sexual
// violence".
func sexualTopic(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("against", "on", "about", "combat", "combating", "combatting", "end", "ending", "prevent", "preventing",
			"survivors", "victims", "cases", "risk", "risks", "forms", "conflict-related", "gender-based", "envoy", "campaign", "law", "laws") {
			return true
		}
	}
	return false
}

// armedName are the names of armed groups the wire services use alone,
// with no word saying what they are: "Al-Shabaab set up a base", "the
// Houthis signed a truce".
var armedName = lex.WordSet(`al-shabaab shabaab boko iswap jnim aqap aqim isis isil daesh hezbollah hamas houthis houthi
	farc eln pkk ypg m23 adf nusra al-nusra nusrat wal-muslimin al-qaeda qaeda ttp bla blf ansar ansarullah mnla rsf hts sdf iskp tplf
	npa brn milf biff knla tnla mndaa tpnpb`)

// crimeNear reports whether a word of crime stands in the clause before
// token i: "a press producing counterfeit currency was raided".
func crimeNear(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if words[toks[k].Lower] == CueCrime {
			return true
		}
	}
	return false
}

// protestProps reports whether the burning at toks[i] burns only what
// protesters burn to be seen: tyres, effigies, flags, posters ("burned
// tyres", "set fire to an effigy of the governor"). Beside a clash
// ("burned tyres and blocked roads, clashing with police") the burning is
// a fight's, and stays.
func protestProps(toks []lex.Token, i int) bool {
	if !toks[i].Is("burned", "burnt", "burning", "torched", "set") {
		return false
	}
	for _, t := range toks {
		if t.Is("clashing", "clashed", "clashes", "clash") {
			return false
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("tyres", "tires", "tyre", "tire", "effigy", "effigies", "flag", "flags", "posters", "banners") {
			return true
		}
		// Only the object's determiners, or "set fire to", between.
		if !toks[k].Is("a", "an", "the", "some", "old", "used", "fire", "to") {
			return false
		}
	}
	return false
}
