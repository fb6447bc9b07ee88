package taxonomy

import (
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/numbers"
)

// Sub-event types, ACLED's 25.
const (
	ArmedClash       = "Armed clash"
	GovRegains       = "Government regains territory"
	NSAOvertakes     = "Non-state actor overtakes territory"
	ChemicalWeapon   = "Chemical weapon"
	AirDrone         = "Air/drone strike"
	SuicideBomb      = "Suicide bomb"
	Shelling         = "Shelling/artillery/missile attack"
	RemoteExplosive  = "Remote explosive/landmine/IED"
	Grenade          = "Grenade"
	SexualViolence   = "Sexual violence"
	Attack           = "Attack"
	Abduction        = "Abduction/forced disappearance"
	PeacefulProtest  = "Peaceful protest"
	ProtestWithForce = "Protest with intervention"
	ExcessiveForce   = "Excessive force against protesters"
	ViolentDemo      = "Violent demonstration"
	MobViolence      = "Mob violence"
	Agreement        = "Agreement"
	Arrests          = "Arrests"
	GroupChange      = "Change to group/activity"
	DisruptedWeapons = "Disrupted weapons use"
	BaseEstablished  = "Headquarters or base established"
	Looting          = "Looting/property destruction"
	NonViolentTransf = "Non-violent transfer of territory"
	OtherDev         = "Other"
)

// Class is the classification of one event.
type Class struct {
	EventType    string
	SubEventType string
	Disorder     string
	// Trigger is the hit that decided the sub-event type: the evidence.
	Trigger Hit
}

// Input is what Classify reads: the event's tokens and triggers, and who
// suffered.
type Input struct {
	Toks []lex.Token
	Hits []Hit
	// LeadEnd is the byte offset where the event's first sentence ends:
	// triggers there describe the incident, later ones may be background.
	LeadEnd int
	// Killed or hurt people by side (security_forces, civilians,
	// militants, unknown); protesters count as civilians.
	Victims map[string]int
	// ArmedActors is set when the text names an armed group or state force.
	ArmedActors bool
	// Security is set when the event's sentences name state forces.
	Security bool
	// Deaths is the number of people killed.
	Deaths int
	// Places holds the indexes of Toks where a name of the gazetteer
	// begins: "the Taliban captured Kunduz" took ground, though no noun
	// of territory says so.
	Places []int
}

// Classify returns the event's type and sub-type, or false when the
// triggers describe no ACLED event (a disaster, an accident, a crime).
func Classify(in Input) (Class, bool) {
	first := map[Cue]Hit{}
	count := map[Cue]int{}
	lead := map[Cue]bool{}
	items := false // explosives among the things recovered
	for _, h := range in.Hits {
		if h.Item {
			items = items || h.Cue == CueExplosive
			continue
		}
		if _, ok := first[h.Cue]; !ok {
			first[h.Cue] = h
		}
		count[h.Cue]++
		if h.Start < in.LeadEnd {
			lead[h.Cue] = true
		}
	}
	// "Violent protests erupted": a protest, though the phrase is a
	// riot's trigger.
	if h, ok := violentProtest(in); ok && !lead[CueProtest] {
		lead[CueProtest] = true
		count[CueProtest]++
		if _, seen := first[CueProtest]; !seen {
			first[CueProtest] = h
		}
	}
	has := func(c Cue) bool { return count[c] > 0 }
	pv := func(sub string, c Cue, typ string) (Class, bool) {
		return Class{EventType: typ, SubEventType: sub, Disorder: PoliticalViolence, Trigger: first[c]}, true
	}
	violentLead := false
	for c := range lead {
		if Violent(c) && c != CueKill {
			violentLead = true
		}
	}
	strongViolence := has(CueSuicide) || has(CueAir) || has(CueShelling) || has(CueGrenade) || has(CueExplosive) || has(CueFiring) || has(CueClash) || has(CueAbduct)
	// Disasters, diseases and accidents are not political violence unless
	// the lead says someone attacked or armed men killed; a protest about
	// them is a protest.
	// A crowd's violence is no disaster's either: "a crowd attacked
	// health workers responding to Ebola".
	// A disaster told first, with its dead, is the news whatever
	// protest or looting followed it.
	// Tear gas told in the lead is a crowd policed, whatever rules of a
	// pandemic it broke.
	if (has(CueDisaster) || has(CueAccident)) && (disasterFirst(in) || !lead[CueProtest] && !lead[CueMob] && !lead[CueProtestForce] &&
		!(violentLead && (in.ArmedActors || has(CueAttack)) || in.ArmedActors && lead[CueKill] && !lead[CueDisaster] && !lead[CueAccident])) {
		// "The rebels declared a ceasefire to allow relief work during
		// the pandemic": a group's move told before the disaster it
		// answers is the news.
		// Troops "deployed to evacuate residents" bring relief: no move.
		if c, ok := strategicMove(in); ok && c.SubEventType == GroupChange && !violentLead && moveBeforeDisaster(in, c.Trigger.Token) &&
			!deployedForRelief(in.Toks, c.Trigger.Token) {
			return c, true
		}
		return Class{}, false
	}
	// "Two children died after eating poisonous food", "a labourer died
	// after falling from a building": deaths told with no deed, weapon or
	// armed men are no political violence ("killed" says someone killed;
	// "died" does not).
	if onlyDied(in) && !in.ArmedActors {
		return Class{}, false
	}
	// "Authorities imposed a curfew after the riots": the rule imposed
	// is the news, the violence named as its cause is background.
	// "Soldiers detained the president and forced him to resign",
	// "announced they had taken power": a coup, however its arrests and
	// marches read, and whatever emergency the soldiers then declare.
	// "Thousands fled the fighting": people displaced, the fighting
	// named only as the cause. ACLED codes both as other strategic
	// developments.
	if h, ok := coupLead(in); ok {
		return Class{Strategic, OtherDev, StrategicDev, h}, true
	}
	if h, ok := emergencyLead(in); ok {
		return Class{Strategic, GroupChange, StrategicDev, h}, true
	}
	if h, ok := displacementLead(in); ok {
		return Class{Strategic, OtherDev, StrategicDev, h}, true
	}
	// "Troops opened a new camp near the town after it was attacked
	// last month": the move is the news, the attack named as its cause
	// is background.
	if c, ok := moveFirst(in); ok {
		return c, true
	}
	// "Rival gangs agreed to a truce, after two weeks of fighting that
	// killed dozens": the deal told first, the fighting it ended after.
	if h, ok := agreementFirst(in); ok {
		return Class{Strategic, Agreement, StrategicDev, h}, true
	}
	// "Angry residents set fire to a Levies post after a youth was killed
	// in firing": the crowd's burning is the event, the killing told
	// after it its cause.
	if h, ok := crowdDeedForCause(in); ok {
		return Class{Riots, ViolentDemo, Demonstrations, h}, true
	}
	// A bomb "planted to protest" a policy is a bombing: weapons in the
	// lead outrank a protest word beside them. State forces firing on a
	// crowd are the protest's story (excessive force or intervention):
	// only armed groups' gunfire makes an attack on protesters.
	leadWeapons := lead[CueSuicide] || lead[CueAir] || lead[CueShelling] || lead[CueGrenade] || lead[CueExplosive] ||
		lead[CueFiring] && !(in.Security && crowdFired(in)) && !airFireOnly(in)
	// "Gunmen attacked a protest rally": the crowd was the armed men's
	// target, an attack on civilians.
	targeted := lead[CueAttack] && lead[CueProtest] && in.ArmedActors && !in.Security && !crowdAttacked(in, lead)
	// Protests that follow an attack the lead reports ("protests broke
	// out after the attack") are its aftermath, not the event.
	// So do protests after a killing by armed men ("ADF rebels killed 22
	// civilians. Angry residents then marched to the town hall").
	aftermath := (lead[CueAttack] || lead[CueKill] && in.Deaths > 0 && in.ArmedActors && !in.Security && !lead[CueProtestForce]) && !lead[CueProtest]
	// "A suicide bombing at a political rally killed 44": a bomb told
	// before the crowd it hit, with people hurt, is the event; the rally
	// is where it went off.
	bombedCrowd := false
	for _, c := range []Cue{CueSuicide, CueExplosive, CueGrenade, CueShelling, CueAir} {
		if h, ok := first[c]; ok && lead[c] && h.Start < first[CueProtest].Start && hurt(in) > 0 {
			bombedCrowd = true
		}
	}
	// Tear gas or batons used on a crowd tell of a protest the text need
	// not name ("police used tear gas to disperse BYC supporters").
	protest, protestHit := has(CueProtest), first[CueProtest]
	if !protest && has(CueProtestForce) && !strongViolence && crowdNamed(in.Toks) {
		protest, protestHit = true, first[CueProtestForce]
	}
	// "FC personnel opened fire on a convoy of the movement's supporters,
	// injuring 14": a crowd of a movement fired on by the state.
	followers := false
	if !has(CueClash) && in.Victims["militants"] == 0 {
		if h, ok := followersFired(in); ok {
			followers = true
			if !protest {
				protest, protestHit = true, h
			}
		}
	}
	// "Security forces fired tear gas and live rounds to disperse them;
	// one protester was killed": shots fired with tear gas at a crowd
	// are crowd control gone lethal, not an attack.
	crowdControl := false
	if !protest && has(CueProtestForce) && in.Security && crowdNamed(in.Toks) && firingWithForce(in) {
		protest, protestHit, crowdControl = true, first[CueProtestForce], true
	}
	// "Security forces shot dead nine people who had taken to the
	// streets": the people fired on told as protesting in a relative
	// clause, which the segmenter reads as past.
	if !protest && in.Security && lead[CueFiring] && streetsTakenBy(in) {
		protest, protestHit, followers = true, first[CueFiring], true
	}
	// "Clashes broke out between youth and the police": a crowd's street
	// fight with the forces is a violent demonstration, not a battle.
	streetFight := streetClash(in)
	if streetFight && !protest {
		protest, protestHit = true, first[CueClash]
	}
	// "Paramilitary forces raped women protesters during the dispersal
	// of the sit-in": the rape told before the protest is the event, the
	// protest where it was done.
	// "A woman detained at a protest said she was sexually assaulted by
	// security agents": the assault she suffered is the event, the
	// protest where she was taken its circumstance.
	rapedFirst := lead[CueSexual] && (first[CueSexual].Start < protestHit.Start || sufferedSexual(in.Toks, first[CueSexual].Token))
	if protest && !targeted && !bombedCrowd && !rapedFirst && (lead[CueProtest] && !(leadWeapons && in.ArmedActors) || (!strongViolence || crowdControl || followers || streetFight) && !aftermath) {
		switch {
		case (has(CueFiring) || has(CueProtestForce) && !streetFight) && in.Deaths > 0,
			// "Police used live ammunition to disperse a peaceful march,
			// leaving three seriously wounded": lethal weapons or grave
			// wounds, though no one died.
			in.Security && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && (liveRounds(in.Toks) || gravelyHurt(in.Toks)),
			// "Police killed two protesters": state forces, dead civilians.
			in.Security && in.Deaths > 0 && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && protestersKilled(in),
			// "Security forces shot and wounded 12 people who were
			// protesting": people shot at a protest, though none died.
			in.Security && hurt(in) > 0 && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && shotLead(in),
			// "Police shot dead a protester", "troops fired on
			// demonstrators, killing a 17-year-old": a killing of the
			// crowd told in words, whether or not a toll was counted.
			in.Security && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && crowdShotDead(in),
			// "A teenager was killed by gendarmes' bullets during a march".
			in.Deaths > 0 && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && killedByForces(in.Toks, in.LeadEnd),
			// "Two students died of pellet wounds during the repression
			// of the march": a crowd put down by force, the state's
			// though no force is named.
			in.Deaths > 0 && !has(CueRiot) && !has(CueDestroy) && !has(CueClash) && diedInRepression(in),
			// Followers of a movement fired on and hurt.
			followers && hurt(in) > 0 && !has(CueRiot) && !has(CueDestroy):
			return Class{Protests, ExcessiveForce, Demonstrations, protestHit}, true
		// "A mob set ablaze the houses of three ministers protesting the
		// killing of six women": a crowd that burns property as its
		// protest demonstrates violently; one that beats people stays a
		// mob.
		case has(CueMob) && !has(CueRiot) && hurt(in) == 0 && burnedProtesting(in):
			return Class{Riots, ViolentDemo, Demonstrations, first[CueMob]}, true
		// "An angry crowd protesting the deal broke into the government
		// building and beat the speaker": a crowd named as protesting
		// turned violent demonstrates violently, whoever it beat.
		case has(CueMob) && !has(CueRiot) && lead[CueMob] && protestingCrowdBefore(in.Toks, first[CueMob].Token) && !crowdsFought(in):
			return Class{Riots, ViolentDemo, Demonstrations, first[CueMob]}, true
		case has(CueMob) && !has(CueRiot):
			return Class{Riots, MobViolence, Demonstrations, first[CueMob]}, true
		case streetFight && crowdsFought(in) && !has(CueRiot):
			return Class{Riots, MobViolence, Demonstrations, protestHit}, true
		// "Ruling party supporters armed with clubs attacked the protest
		// camp", "hoodlums attacked the protesters": a mob set on the
		// crowd, not the crowd's violence.
		case !in.Security && protestersSetUpon(in):
			return Class{Riots, MobViolence, Demonstrations, first[CueAttack]}, true
		// "Protesters clashed with police", "demonstrators stormed the
		// parliament": the crowd fought.
		case has(CueRiot) || has(CueDestroy) || (has(CueClash) && (!in.ArmedActors || lead[CueClash] && lead[CueProtest] || streetFight)) ||
			crowdAttacked(in, lead):
			return Class{Riots, ViolentDemo, Demonstrations, protestHit}, true
		case has(CueProtestForce) || arrestMade(in) || has(CueFiring) && in.Security:
			return Class{Protests, ProtestWithForce, Demonstrations, protestHit}, true
		}
		return Class{Protests, PeacefulProtest, Demonstrations, protestHit}, true
	}
	// A court hearing, an investigation or a surrender told in the lead
	// is about an incident, not one: the violence it names is background.
	violentAt := firstViolent(in)
	if proceedings(in.Toks, violentAt) || denial(in.Toks, violentAt) || talkLead(in.Toks, violentAt) {
		return Class{}, false
	}
	// "Six militiamen were arrested and two others surrendered": the
	// arrests told first are the event, the surrenders beside them.
	arrestFirst := lead[CueArrest] && arrestMade(in)
	if h, ok := leadWord(in, violentAt, "surrendered", "surrender"); ok && hurt(in) == 0 && !(arrestFirst && first[CueArrest].Start < h.Start) &&
		!surrenderedMen(in.Toks, h.Token) {
		// "Officials surrendered the district to the Taliban": ground
		// handed over, not men laying down arms.
		if in.Toks[h.Token].Is("surrendered") && groundObject(in.Toks, h.Token) {
			return Class{Strategic, NonViolentTransf, StrategicDev, h}, true
		}
		return Class{Strategic, Agreement, StrategicDev, h}, true
	}
	// Smugglers arrested or drugs seized, with no violence and no weapons,
	// are organised crime, which ACLED does not code.
	// Gangs that burn a police station, seize ground or agree a truce
	// act as armed groups do; robbers who loot a bank remain robbers.
	// Members of an armed group arrested for its extortion ("arrested
	// three linkmen of the outfit and recovered extortion letters") are
	// the group's, not a gang's.
	// "Gunmen of the cartel shot dead four men at a bar", "members of a
	// drug gang executed three men": a gang's killing, organised crime
	// to CASE's coders, however it is told.
	if gangKilling(in) {
		return Class{}, false
	}
	if has(CueCrime) && !hardViolentLead(in) && !items && !has(CueExplosive) && hurt(in) == 0 && !weaponObject(in.Toks, in.Hits) &&
		!(lead[CueArrest] && armedMembers(in.Toks, in.LeadEnd)) &&
		!(gangsOnly(in) && (lead[CueDestroy] || lead[CueAgreement] || lead[CueCapture])) {
		return Class{}, false
	}
	// An arrest told in the lead with no one hurt is the arrest: the
	// bombing or attack the suspects are accused of is background
	// ("arrested a militant involved in last month's blast").
	// Sexual violence told before the custody it happened in ("police
	// officers sexually assaulted activists held in custody") is the
	// event; "arrested for raping" is an arrest.
	// A raid or an operation the arrest was made in is no fight.
	if lead[CueArrest] && hurt(in) == 0 && !leadFight(in) && !lead[CueRetaliation] && !lead[CueFiring] &&
		!(lead[CueSexual] && first[CueSexual].Start < first[CueArrest].Start) &&
		!(lead[CueSexual] && sufferedSexual(in.Toks, first[CueSexual].Token) && victimDetained(in.Toks, first[CueArrest].Token)) {
		return Class{Strategic, Arrests, StrategicDev, first[CueArrest]}, true
	}
	// "Supporters of two candidates clashed, leaving a journalist dead.
	// Police fired shotgun rounds": crowds fighting each other told
	// first, the police's firing after it the answer. (A mob that
	// storms an army camp and is fired on is read below.)
	if has(CueMob) && (!strongViolence || mobThenCause(in) || lead[CueMob] && !leadStrong(lead) && in.Toks[first[CueMob].Token].Is("clashed", "clashes", "clash", "fought")) {
		return Class{Riots, MobViolence, Demonstrations, first[CueMob]}, true
	}
	// "Rioters torched government offices": rioters in the lead, and no
	// armed men, make a riot whatever clash came before it. A lead of
	// stones and arson alone ("set fire to a bus and pelted stones at
	// the police") is a riot though it names the police it hit.
	// "Youths clashed with police, throwing stones": a crowd that fights
	// the police with stones riots, though the police are armed.
	if lead[CueRiot] && (!in.ArmedActors && !lead[CueFiring] || riotOpens(in) || crowdDeedsOnly(in) || crowdClashed(in)) && !has(CueExplosive) && !has(CueSuicide) {
		return Class{Riots, ViolentDemo, Demonstrations, first[CueRiot]}, true
	}
	// Territory changes hands: only when the lead says so, later
	// sentences often add "and overran the post" to a battle.
	// "Two bombers blew themselves up at a market; troops later cleared
	// the area": the sweep after a bombing is its aftermath.
	if h, ok := leadCapture(in, CueRecapture); ok && !(in.Toks[h.Token].Is("cleared") && bombBefore(in, h)) {
		return Class{Battles, GovRegains, PoliticalViolence, h}, true
	}
	// "Security forces took control of the entire Sipah area": ground
	// taken by the state is ground regained.
	if h, ok := leadCapture(in, CueCapture); ok && stateSubject(in.Toks, h.Token) {
		// "Federal troops took over the city's oilfields without
		// fighting after the Peshmerga withdrew": ground handed over,
		// not won back in battle. "Eritrean troops withdrew from the
		// town, where federal forces took over their positions": the
		// withdrawal told first hands it over.
		// "The army took over the former UN base, which the
		// peacekeepers handed over before they left": likewise.
		if (unopposed(in.Toks, in.LeadEnd) || withdrewBefore(in.Toks, h.Token) || handedOverLead(in)) && !leadFight(in) && hurt(in) == 0 {
			return Class{Strategic, NonViolentTransf, StrategicDev, h}, true
		}
		return Class{Battles, GovRegains, PoliticalViolence, h}, true
	}
	if h, ok := leadCapture(in, CueCapture, CueDisrupt); ok {
		// "took over the district headquarters without a fight after
		// government forces left": ground handed over, not fought for.
		// "Peacekeepers took control of the town after the army handed
		// it over under the ceasefire": likewise.
		if (unopposed(in.Toks, in.LeadEnd) || handedOverLead(in)) && !leadFight(in) && hurt(in) == 0 {
			return Class{Strategic, NonViolentTransf, StrategicDev, h}, true
		}
		// "took control of the bazaar for hours, ... and exchanged fire
		// with FC personnel who arrived later; two were injured": the
		// fight with the forces who came after the takeover, with its
		// hurt, is the event.
		if hurt(in) > 0 && fightAfter(in, h) {
			return Class{Battles, ArmedClash, PoliticalViolence, h}, true
		}
		return Class{Battles, NSAOvertakes, PoliticalViolence, h}, true
	}
	// "raided a Levies station, seized its weapons and set the building
	// on fire without a fight": a place burned where no one fought is
	// property destroyed, as a post disarmed without a fight is looted.
	if lead[CueDestroy] && in.ArmedActors && hurt(in) == 0 && unopposed(in.Toks, in.LeadEnd) && !lead[CueFiring] && !lead[CueAbduct] &&
		!peopleInside(in.Toks, first[CueDestroy].Token) {
		return Class{Strategic, Looting, StrategicDev, first[CueDestroy]}, true
	}
	// "BLA militants disarmed the Levies at a post and seized their
	// rifles": arms an armed group takes are looted, not weapons the
	// state disrupted.
	// (A post raided or stormed is fought for, read below.)
	if lead[CueDisrupt] && hurt(in) == 0 && !lead[CueAttack] && !lead[CueFiring] && !lead[CueClash] && armsTakenByGroup(in.Toks, in.LeadEnd) {
		return Class{Strategic, Looting, StrategicDev, first[CueDisrupt]}, true
	}
	// Security forces destroying or recovering weapons is disrupted
	// weapons use, not an explosion.
	if (lead[CueDestroy] || lead[CueDisrupt]) && (has(CueExplosive) || items) && in.Security && !exploded(in.Toks, in.LeadEnd) &&
		in.Victims["civilians"]+in.Victims["security_forces"]+in.Victims["unknown"] == 0 && weaponObject(in.Toks, in.Hits) {
		return Class{Strategic, DisruptedWeapons, StrategicDev, firstOf(first, CueDestroy, CueDisrupt).hit(first)}, true
	}
	if has(CueChemical) {
		return pv(ChemicalWeapon, CueChemical, Explosions)
	}
	// "Two militants died when the bomb they were assembling exploded
	// prematurely": a bomb gone off in its makers' hands, with no one
	// else hurt, is disrupted weapons use to ACLED.
	if has(CueExplosive) && !has(CueSuicide) && prematureBlast(in.Toks, in.LeadEnd) &&
		in.Victims["civilians"]+in.Victims["security_forces"] == 0 {
		return Class{Strategic, DisruptedWeapons, StrategicDev, first[CueExplosive]}, true
	}
	// A suicide bomber within a gunfight the lead tells of ("exchanged
	// fire with FC forces and conducted a suicide attack"), with
	// attackers killed, is a battle, as ACLED codes these complex
	// attacks; a suicide attacker named only after a lead of gunfire is
	// a detail of that fight.
	// Likewise a militant who set off his vest after the lead told of
	// forces killing his comrades.
	// "A suicide bomber was shot dead before he could detonate his
	// vest": the bomb never went off, and no one but the bomber fell.
	if lead[CueSuicide] && stoppedBeforeBlast(in.Toks, in.LeadEnd) && in.Victims["civilians"]+in.Victims["security_forces"]+in.Victims["unknown"] == 0 {
		return Class{Strategic, DisruptedWeapons, StrategicDev, first[CueSuicide]}, true
	}
	foughtFirst := !lead[CueSuicide] && has(CueClash) && in.Victims["militants"] > 0 && in.Security
	if has(CueSuicide) && (lead[CueSuicide] || !(lead[CueFiring] || leadFight(in) || foughtFirst)) {
		if lead[CueSuicide] && leadFight(in) && in.Victims["militants"] > 0 {
			return pv(ArmedClash, CueClash, Battles)
		}
		return pv(SuicideBomb, CueSuicide, Explosions)
	}
	if has(CueAir) && (lead[CueAir] || !violentLead) {
		return pv(AirDrone, CueAir, Explosions)
	}
	// Weapons defused or recovered, when the lead says so and nothing
	// went off there.
	// "A fuel depot was set on fire by a missile attack": what burned
	// was hit by the weapon, not destroyed by the forces named.
	disrupted := (lead[CueDisrupt] || lead[CueDestroy] && in.Security && !destroyedByWeapon(in.Toks, first[CueDestroy].Token)) && !exploded(in.Toks, in.LeadEnd) &&
		in.Victims["civilians"]+in.Victims["security_forces"]+in.Victims["unknown"] == 0
	// "A grenade lobbed at a police post failed to explode. A bomb
	// disposal squad defused it."
	if dudDefused(in) && hurt(in) == 0 {
		return Class{Strategic, DisruptedWeapons, StrategicDev, first[CueDisrupt]}, true
	}
	// A clash makes a battle; when the lead names a bomb, grenade or
	// shelling, only a clash in the lead or forces returning fire ("fired
	// in retaliation", as ACLED codes it) does.
	strongClash := false
	// A roadside bomb cannot be fired back at: after one, later firing is
	// another phase, not what the incident was.
	leadBomb := lead[CueExplosive] && !lead[CueGrenade] && !lead[CueShelling] && !lead[CueFiring]
	// "shelled forward posts along the border ... the army retaliated":
	// forces answering shelling shell back, an exchange of artillery,
	// not a fight at close range.
	leadShells := lead[CueShelling] && (!lead[CueFiring] || firedShellsOnly(in)) && !lead[CueClash] && !lead[CueGrenade] && !lead[CueAttack]
	for _, h := range in.Hits {
		if h.Cue == CueClash && leadWeapons && h.Start >= in.LeadEnd {
			continue
		}
		if h.Cue == CueRetaliation && (leadBomb || leadShells) && h.Start >= in.LeadEnd {
			continue
		}
		// "Seven of a family were killed when a mortar shell fired during
		// clashes between troops and militants hit their home": the clash
		// is when the shell was fired; the shell killed them.
		if h.Cue == CueClash && in.Victims["security_forces"]+in.Victims["militants"] == 0 && shellDuring(in.Toks, in.Hits, h.Token) {
			continue
		}
		if (h.Cue == CueClash && !weakClash(in.Toks[h.Token])) || h.Cue == CueRetaliation {
			strongClash = true
			break
		}
	}
	// Casualties "inflicted" are what an armed group says it did to the
	// forces it fought: "BLF claimed heavy casualties were inflicted".
	securityTarget := in.Victims["security_forces"] > 0 || targetsForces(in.Toks) || inflicted(in.Toks)
	// ACLED counts off-duty soldiers and police as civilians: shooting
	// one is an attack, not a battle, unless the forces fought back.
	if offDuty(in.Toks, in.LeadEnd) {
		securityTarget = false
	}
	// "Killed two members of a state-backed 'death squad'", "killed a
	// person belonging to a pro-government militia group": the people hit
	// were the militia's, fighters on the state's side, though no count
	// of forces says so.
	if !securityTarget && in.Victims["security_forces"]+in.Victims["militants"] == 0 && militiaMembersHit(in.Toks, in.LeadEnd) {
		securityTarget = true
	}
	// "Gunmen stormed the office and killed 12 people, including two
	// police officers": the police were among the victims of a massacre
	// that the text tells as one-sided, no fight with them named. The
	// attack was on the people, as ACLED codes it.
	// Likewise "killing eleven worshippers and wounding six, four of them
	// police officers", the forces far fewer than the people hit.
	if securityTarget && (forcesAmongDead(in.Toks) || forcesOfThem(in.Toks) && 2*in.Victims["security_forces"] < in.Victims["civilians"]) &&
		in.Victims["civilians"] > 0 && in.Victims["militants"] == 0 &&
		!targetsForces(in.Toks) && !has(CueClash) && !has(CueRetaliation) {
		securityTarget = false
	}
	// "Gunmen shot dead two polio workers and a policeman guarding them",
	// "shot dead a former MLA and his personal security officer": the
	// guard fell beside the civilians he guarded, who were the target.
	if securityTarget && guardOfVictims(in.Toks, in.LeadEnd) && in.Victims["civilians"] > 0 && in.Victims["militants"] == 0 &&
		!targetsForces(in.Toks) && !has(CueClash) && !has(CueRetaliation) {
		securityTarget = false
	}
	// Dead militants make a battle when forces fought them; assailants
	// killed in an attack on a building do not.
	militantsFought := in.Victims["militants"] > 0 && in.Security
	// Gunmen who ambush a bus of pilgrims or a convoy of passengers, with
	// only civilians hurt and no forces there, attack civilians: an
	// ambush is a battle only when someone armed is ambushed.
	if strongClash && onlyAmbush(in) && !securityTarget && !in.Security && in.Victims["militants"] == 0 && in.Victims["civilians"] > 0 {
		strongClash = false
	}
	// "The mayor of the town was killed in an ambush on his car": a
	// civilian by his title, the only one the lead says was hit, with no
	// forces named.
	if strongClash && onlyAmbush(in) && !securityTarget && in.Victims["militants"]+in.Victims["security_forces"] == 0 && civilianAmbushed(in.Toks, in.LeadEnd) {
		strongClash = false
	}
	if strongClash && (in.ArmedActors || securityTarget || in.Victims["militants"] > 0 || armedNoun(in.Toks, in.LeadEnd)) {
		return pv(ArmedClash, firstOf(first, CueClash, CueRetaliation), Battles)
	}
	// "Gunmen attacked coal mines with rockets and grenades and killed 21
	// miners": men on the ground storming a place of civilians attack
	// them, whatever weapons they carried.
	if lead[CueAttack] && !securityTarget && in.Victims["civilians"]+in.Victims["unknown"] > 0 && in.Victims["security_forces"]+in.Victims["militants"] == 0 &&
		gunmenAttackedWith(in.Toks, in.LeadEnd) {
		return pv(Attack, CueAttack, VAC)
	}
	// Rockets together with small arms against forces ("fired rockets and
	// automatic weapons at a check post") is a battle, as ACLED codes it.
	if lead[CueShelling] && securityTarget && (smallArms(in.Toks, in.LeadEnd) || gunfire(in.Toks, in.Hits, in.LeadEnd)) {
		return pv(ArmedClash, CueShelling, Battles)
	}
	// "BLF militants attacked an army post with heavy weapons": an
	// assault on forces, the weapons named by no rocket or mortar, is a
	// battle.
	if lead[CueShelling] && securityTarget && lead[CueAttack] && heavyWeaponsOnly(in) {
		return pv(ArmedClash, CueAttack, Battles)
	}
	// "Armed men attacked an army camp ... Its fighters attacked the camp
	// with heavy weapons": the same, told in a later sentence.
	if has(CueShelling) && securityTarget && lead[CueAttack] && heavyWeaponsOnly(in) && onlyHeavyWeapons(in) {
		return pv(ArmedClash, CueAttack, Battles)
	}
	// Grenades thrown while firing on forces ("opened fire and lobbed a
	// grenade at a check post", "attacked an FC post with small arms and
	// grenades") make a battle; grenades fired with rockets ("fired
	// rockets and grenades at a convoy") are shelling.
	if lead[CueGrenade] && securityTarget && (gunfire(in.Toks, in.Hits, in.LeadEnd) || smallArmsNamed(in.Toks, in.LeadEnd)) {
		return pv(ArmedClash, CueFiring, Battles)
	}
	if lead[CueGrenade] && lead[CueShelling] && launched(in.Toks, in.Hits, in.LeadEnd) && !disrupted {
		return pv(Shelling, CueShelling, Explosions)
	}
	if has(CueGrenade) && !disrupted {
		return pv(Grenade, CueGrenade, Explosions)
	}
	// Firing on forces and then setting off a bomb against them ("fired
	// at a military convoy and conducted an IED explosion targeting
	// another vehicle") is an ambush: a battle.
	// "Militants attacked the port complex with guns and explosives; two
	// soldiers and eight attackers were killed in the fighting": an
	// assault on forces with small arms beside the bombs is a battle.
	// (A truck laden with explosives is a vehicle bomb, not the bombs
	// men carried in.)
	if lead[CueExplosive] && lead[CueAttack] && !lead[CueSuicide] && securityTarget && assaultWithGuns(in.Toks, first[CueAttack].Token, in.LeadEnd) &&
		!strings.HasSuffix(in.Toks[first[CueExplosive].Token].Lower, "-laden") && !lex.HasAt(in.Toks, first[CueExplosive].Token+1, "laden") {
		return pv(ArmedClash, CueAttack, Battles)
	}
	if lead[CueExplosive] && securityTarget && gunfireFirst(in) {
		return pv(ArmedClash, CueFiring, Battles)
	}
	// "An unexploded mortar round the children were playing with went
	// off": a remnant of war that blew up is a landmine's kind of blast,
	// as ACLED codes explosive remnants, not shelling.
	if has(CueShelling) && !disrupted && !(has(CueExplosive) && remnantShells(in)) {
		return pv(Shelling, CueShelling, Explosions)
	}
	// "blew up the railway track and stopped the train, taking its
	// passengers hostage": the blast that killed no one only stopped the
	// train; the hostages taken are the event.
	if lead[CueExplosive] && in.Deaths == 0 && hostagesTaken(in, first[CueExplosive].Token) {
		return pv(Abduction, CueAbduct, VAC)
	}
	// A death told after the lead (often a past one the text recalls)
	// does not make a defused bomb a bombing.
	if has(CueExplosive) && !(disrupted && !lead[CueKill]) {
		// "The bomber also died in the blast", "killed 269 people,
		// including eight bombers": a bomber who died in the bombing
		// carried it.
		if bomberDied(in.Toks) {
			return pv(SuicideBomb, CueExplosive, Explosions)
		}
		return pv(RemoteExplosive, CueExplosive, Explosions)
	}
	// "Armed men abducted and raped two women": with no one killed, the
	// rape the lead tells is what ACLED codes, the abduction its means.
	if lead[CueSexual] && has(CueAbduct) && in.Deaths == 0 && !(militantsFought && has(CueClash)) {
		return pv(SexualViolence, CueSexual, VAC)
	}
	// "A trader abducted by militants on May 16 was released by his
	// abductors on May 28": the release is the news.
	if h, ok := captiveReleased(in); ok && in.Deaths == 0 {
		return Class{Strategic, Agreement, StrategicDev, h}, true
	}
	// An operation to free hostages in which forces killed their captors
	// is a battle, not the abduction.
	// "attacked a Levies post and took two Levies men with them": the
	// assault on the forces' post told first is the event, the men taken
	// its outcome.
	if lead[CueAbduct] && lead[CueAttack] && first[CueAttack].Start < first[CueAbduct].Start && forcesPostObject(in.Toks, first[CueAttack].Token) {
		return pv(ArmedClash, CueAttack, Battles)
	}
	if has(CueAbduct) && !(militantsFought && has(CueClash)) {
		// Abducted and killed: ACLED codes the killing, an attack.
		if in.Deaths > 0 && (has(CueKill) || has(CueFiring)) || takenKilled(in) {
			return pv(Attack, CueAbduct, VAC)
		}
		return pv(Abduction, CueAbduct, VAC)
	}
	if has(CueSexual) {
		return pv(SexualViolence, CueSexual, VAC)
	}
	// Armed men torching vehicles or machinery with no one hurt destroy
	// property: the "attack" told around it is the arson itself.
	// People beaten with it ("attacked the village, beating residents
	// and smashing car windows") make it an attack on them.
	// "Troops found and destroyed a weapons cache": the arms destroyed
	// are disrupted weapons use, read below.
	// "set fire to the bus with the passengers still inside": people
	// burned, an attack on them, though no toll is counted.
	// "Militants attacked a Levies station, took away weapons and set the
	// building on fire": an assault on the forces' post told before the
	// burning is a battle with them, though no one was hurt.
	postAssaulted := lead[CueAttack] && first[CueAttack].Start < first[CueDestroy].Start && forcesPostObject(in.Toks, first[CueAttack].Token)
	if lead[CueDestroy] && hurt(in) == 0 && !lead[CueFiring] && !lead[CueClash] && !lead[CueRetaliation] && !lead[CueAbduct] && !peopleBeaten(in) &&
		!peopleInside(in.Toks, first[CueDestroy].Token) &&
		!(lead[CueDisrupt] && (weaponObject(in.Toks, in.Hits) || interceptedLead(in))) && !postAssaulted {
		// "Supporters of the jailed former president looted shops":
		// a party's or a cause's crowd riots.
		if !in.ArmedActors && supportersSubject(in.Toks, first[CueDestroy].Token) {
			return Class{Riots, ViolentDemo, Demonstrations, first[CueDestroy]}, true
		}
		return Class{Strategic, Looting, StrategicDev, first[CueDestroy]}, true
	}
	// "Bodies were exhumed from a mass grave": a grave found, with no
	// deed told, is what ACLED codes as another strategic development.
	// A grave "used by a drug cartel" is the cartel's: organised crime,
	// which ACLED does not code.
	if h, ok := massGrave(in); ok && !violentLead && !has(CueFiring) && !has(CueAttack) {
		if gangNamed(in) {
			return Class{}, false
		}
		return Class{Strategic, OtherDev, StrategicDev, h}, true
	}
	if has(CueFiring) || has(CueAttack) || has(CueKill) || (has(CueClash) && in.Victims["militants"] > 0) {
		c := firstOf(first, CueFiring, CueAttack, CueClash, CueKill)
		// The weak "operation" of security forces with no one hurt is an
		// arrest or search, not a battle.
		if !has(CueFiring) && !has(CueAttack) && !has(CueKill) && has(CueArrest) {
			return Class{Strategic, Arrests, StrategicDev, first[CueArrest]}, true
		}
		if securityTarget || militantsFought {
			return pv(ArmedClash, c, Battles)
		}
		if has(CueFiring) || has(CueKill) || has(CueAttack) {
			return pv(Attack, c, VAC)
		}
	}
	if has(CueArrest) {
		return Class{Strategic, Arrests, StrategicDev, first[CueArrest]}, true
	}
	// "Troops captured a Boko Haram logistics supplier at a checkpoint":
	// a man taken by state forces is arrested.
	if h, ok := first[CueCapture]; ok && lead[CueCapture] && in.Toks[h.Token].Is("captured") && !captureObject(in.Toks, h.Token) &&
		personAfter(in.Toks, h.Token) && forcesRaid(in.Toks, h.Token) && hurt(in) == 0 {
		return Class{Strategic, Arrests, StrategicDev, h}, true
	}
	if has(CueDisrupt) {
		return Class{Strategic, DisruptedWeapons, StrategicDev, first[CueDisrupt]}, true
	}
	if has(CueAgreement) {
		// "Troops entered the town under a deal, after the rebels handed
		// over their positions": a deal named as a noun frames the
		// handover, which is the event.
		// Likewise a group's change done under a deal: "began
		// decommissioning its combatants under the peace deal".
		if c, ok := strategicMove(in); ok && (c.SubEventType == NonViolentTransf || c.SubEventType == GroupChange || c.SubEventType == BaseEstablished) && dealNounsOnly(in) {
			return c, true
		}
		return Class{Strategic, Agreement, StrategicDev, first[CueAgreement]}, true
	}
	if has(CueDestroy) {
		if peopleInside(in.Toks, first[CueDestroy].Token) && in.ArmedActors {
			return pv(Attack, CueDestroy, VAC)
		}
		return Class{Strategic, Looting, StrategicDev, first[CueDestroy]}, true
	}
	// What is left are the strategic moves told with no violence: ground
	// given up, a base set up, a group formed or troops deployed. They are
	// read from the lead's words, not from triggers, so that they do not
	// count as deeds when the segmenter splits a text into incidents.
	if h, ok := strategicMove(in); ok {
		return h, true
	}
	return Class{}, false
}

// strategicMove reads a strategic move in the lead: "the army withdrew
// from the town" (non-violent transfer of territory), "the rebels
// established their headquarters in Kidal" (base established), "the army
// deployed 2,000 troops" (change to group/activity).
func strategicMove(in Input) (Class, bool) {
	toks := in.Toks
	hit := func(i int) Hit { return Hit{Cue: CueGroupChange, Start: toks[i].Start, End: toks[i].End, Token: i} }
	for i, t := range toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if !moveWords[t.Lower] {
			continue
		}
		switch {
		// "BLA militants blocked the coastal highway for several hours and
		// checked passing vehicles", "were seen patrolling the highway and
		// checking vehicles": armed men holding a road for a while, with
		// no one hurt and nothing burned, is another strategic
		// development.
		case roadChecked(toks, i) && (armedBefore(toks, i, in.LeadEnd) || armedNoun(toks[:i], in.LeadEnd)):
			return Class{Strategic, OtherDev, StrategicDev, hit(i)}, true
		case (lex.HasAt(toks, i, "withdrew", "from") || lex.HasAt(toks, i, "withdrawn", "from") || lex.HasAt(toks, i, "pulled", "out", "of") ||
			lex.HasAt(toks, i, "handed", "over")) && captureObject(toks, i+1),
			// "Security forces abandoned the district centre without a
			// fight": ground left to whoever comes.
			t.Is("abandoned", "vacated", "evacuated") && captureObject(toks, i) && armedNoun(toks[:i], in.LeadEnd),
			// "Soldiers abandoned their camp and the rebels moved in": a
			// force's own camp left.
			t.Is("abandoned", "vacated") && campAfter(toks, i) && armedNoun(toks[:i], in.LeadEnd),
			// A force leaving hands over its camp: "the mission handed
			// over its camp to the authorities", "peacekeepers withdrew
			// from the camp".
			(lex.HasAt(toks, i, "handed", "over") || lex.HasAt(toks, i, "withdrew", "from")) && campAfter(toks, i+1):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "The city of Kelbajar was handed over to Azerbaijan": ground
		// handed over, told in the passive.
		case groundHandedOver(toks, i):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "The handover of the city of Kufra to the army took place on
		// Thursday": the handover by its noun.
		case t.Is("handover") && lex.HasAt(toks, i+1, "of") && captureObject(toks, i+1) && handoverDone(toks, i):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "handed it over under the agreement" with the place named
		// before; "handing control of their positions to the army".
		case lex.HasAt(toks, i, "handed", "it", "over") && territoryBefore(toks, i),
			t.Is("handing", "handed", "ceded", "ceding") && lex.HasAt(toks, i+1, "control", "of") && captureObject(toks, i):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "Soldiers seized power", "the army staged a coup": a coup,
		// which ACLED codes as another strategic development.
		// "Hundreds of inmates escaped from the prison": a jailbreak,
		// another strategic development, too.
		case lex.HasAt(toks, i, "staged", "a", "coup") && military(toks[:i]) || coupAt(toks, i) || displacedAt(toks, i) || jailbreakAt(toks, i):
			return Class{Strategic, OtherDev, StrategicDev, hit(i)}, true
		// "ETA announced it had dissolved all its structures", "announced
		// the formation of an armed wing", "recruited hundreds of young
		// men": a group ended, made or grown.
		// "The newly formed militia opened a camp": what the group
		// is, not the move; the move comes after.
		case t.Is("formed") && i > 0 && toks[i-1].Is("newly", "recently"):
			continue
		case dissolvedItself(toks, i) && armedBefore(toks, i, in.LeadEnd), armedWingFormed(toks, i), outfitLaunched(toks, i), forceFormed(toks, i), wingLaunched(toks, i),
			volunteersJoined(toks, i), forcesArrived(toks, i),
			recruitmentDrive(toks, i) && (armedBefore(toks, i, in.LeadEnd) || recruitedToFight(toks, i)):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "handed their positions around Manbij to government troops".
		case handedToSide(toks, i):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		case t.Is("established", "built", "erected", "opened") || lex.HasAt(toks, i, "set", "up") || lex.HasAt(toks, i, "setting", "up") ||
			// "deployed a new company operating base near the site".
			t.Is("deployed") && baseObject(toks, i) ||
			// "has stationed hundreds of fighters in a new base".
			t.Is("stationed") && forcesObject(toks, i):
			// A camp opened is the army's only when it is called military
			// or troops open it: "opened a camp for displaced families"
			// is relief.
			// A base or headquarters opened is always armed men's.
			// A training camp is for fighters whoever opens it.
			if t.Is("opened") && !military(toks[:i]) && !militaryBefore(toks, i) && !baseAfter(toks, i) && !(armedBefore(toks, i, in.LeadEnd) && campsAfter(toks, i)) &&
				!trainingCampAfter(toks, i) {
				break
			}
			// "established a parallel court and a headquarters": the
			// base may come second in a short list.
			for k := i + 1; k < len(toks) && k <= i+7; k++ {
				// "established a command post": a post named military.
				post := toks[k].Is("post", "posts") && toks[k-1].Is("command", "military", "army", "forward", "observation")
				// "Militants set up new positions in the mountains":
				// positions are a base when armed men take them up.
				held := toks[k].Is("positions", "hideouts", "stronghold", "strongholds") && t.Is("established", "set", "setting") &&
					(nonStateNoun(toks[:i]) || armedGroup(toks[:i], in.LeadEnd) || armedMen(toks[:i]))
				// "set up an administrative office in the villages": an
				// armed group's seat of rule is its headquarters there.
				office := toks[k].Is("office", "offices") && toks[k-1].Is("administrative", "administration") &&
					(nonStateNoun(toks[:i]) || armedGroup(toks[:i], in.LeadEnd) || armedBefore(toks, i, in.LeadEnd))
				// "set up their command centre in a school".
				command := toks[k].Is("centre", "center", "centres", "centers") && toks[k-1].Is("command", "operations")
				if (post || held || office || command || toks[k].Is("base", "bases", "headquarters", "camp", "camps", "outpost", "outposts")) && !reliefCamp(toks, k) {
					return Class{Strategic, BaseEstablished, StrategicDev, hit(i)}, true
				}
				if toks[k].Punct {
					break
				}
			}
		// "Jihadists have made the governor's residence their
		// headquarters".
		case t.Is("made", "making") && theirBase(toks, i):
			return Class{Strategic, BaseEstablished, StrategicDev, hit(i)}, true
		// "Al-Shabaab fighters moved into the town without a fight",
		// "army units entered Kobani under a deal with Kurdish forces":
		// ground entered that no one defends.
		// "Al-Shabaab fighters walked into the town hours after the
		// troops pulled out": ground left, then entered.
		case (t.Is("entered") || lex.HasAt(toks, i, "moved", "into") || lex.HasAt(toks, i, "moved", "in") || lex.HasAt(toks, i, "walked", "into")) &&
			(unopposed(toks, in.LeadEnd) || underDeal(toks, i) || leftBeforeEntry(toks, i)) && (armedNoun(toks[:i], in.LeadEnd) || groupNamed(toks[:i])),
			// "Syrian army units deployed to Kobani under a deal with the
			// SDF": ground entered as the deal lets them.
			t.Is("deployed") && (lex.HasAt(toks, i+1, "to") || lex.HasAt(toks, i+1, "into")) && underDeal(toks, i) && armedNoun(toks[:i], in.LeadEnd),
			// "The Malian army took over the Menaka camp vacated by the
			// Barkhane force": ground the other side had left.
			(lex.HasAt(toks, i, "took", "over") || t.Is("entered") || lex.HasAt(toks, i, "moved", "into")) && vacatedBy(toks, i) &&
				(armedNoun(toks[:i], in.LeadEnd) || groupNamed(toks[:i])),
			// "The last rebel fighters left Eastern Ghouta under an
			// evacuation deal": ground left under a deal.
			t.Is("left") && i+1 < len(toks) && (namedPlace(toks, i+1) || captureObject(toks, i)) && underDeal(toks, i) && armedNoun(toks[:i], in.LeadEnd),
			// "withdrew from Kidal, leaving the town to the rebels".
			t.Is("leaving", "left") && captureObject(toks, i) && recipient(toks, i),
			// "The last French soldiers left the Menaka base, which was
			// handed over to the Malian army": ground left and handed over
			// in one sentence.
			t.Is("left", "vacated") && (captureObject(toks, i) || campAfter(toks, i)) && handoverAfter(toks, i) && (armedNoun(toks[:i], in.LeadEnd) || peacekeepers(toks[:i])),
			// "Armed forces withdrew from Kidal": a named place left.
			(lex.HasAt(toks, i, "withdrew", "from") || lex.HasAt(toks, i, "pulled", "out", "of")) && armedNoun(toks[:i], in.LeadEnd) &&
				namedPlace(toks, i+2+boolInt(t.Is("pulled"))):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "Former commanders announced they were taking up arms again":
		// a group back at war.
		case t.Is("took", "taking", "take", "takes") && lex.HasAt(toks, i+1, "up", "arms") && lex.HasAt(toks, i+3, "again"):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "The group announced it was splitting into two factions", "the
		// alliance is resuming its armed struggle".
		case t.Is("splitting", "split", "splits") && lex.HasAt(toks, i+1, "into") && factionsAfter(toks, i+2),
			t.Is("resuming", "resumed", "resume", "resumes") && (lex.HasAt(toks, i+1, "armed", "struggle") || lex.HasAt(toks, i+2, "armed", "struggle")):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "The Nusra Front renamed itself Jabhat Fateh al-Sham".
		case t.Is("renamed", "rebranded") && lex.HasAt(toks, i+1, "itself") || lex.HasAt(toks, i, "changed", "its", "name"):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "turned a hospital into a military base".
		case t.Is("turned", "converted", "transformed", "turning", "converting") && intoBase(toks, i):
			return Class{Strategic, BaseEstablished, StrategicDev, hit(i)}, true
		// "completed their withdrawal from the base, handing it over".
		case lex.HasAt(toks, i, "withdrawal", "from") && (captureObject(toks, i+1) || campAfter(toks, i+1)),
			lex.HasAt(toks, i, "handing", "it", "over") && territoryBefore(toks, i):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// "The militias parade rockets and tanks in the city": weapons
		// put on show, another strategic development.
		case t.Is("parade", "parades", "paraded") && i+1 < len(toks) && paradedBefore(toks, i+1) && weaponShown(toks[i+1]) &&
			(armedNoun(toks[:i], in.LeadEnd) || armedBefore(toks, i, in.LeadEnd)):
			return Class{Strategic, OtherDev, StrategicDev, hit(i)}, true
		// "Hundreds of armed militiamen paraded through the streets": a
		// show of force, another strategic development.
		case t.Is("paraded") && i+1 < len(toks) && toks[i+1].Is("through", "in", "down", "along", "around") && (armedNoun(toks[:i], in.LeadEnd) || armedGroup(toks[:i], in.LeadEnd)):
			return Class{Strategic, OtherDev, StrategicDev, hit(i)}, true
		// "Boko Haram released ten aid workers it had held for months":
		// captives freed by the group that held them.
		case captivesFreed(toks, i):
			return Class{Strategic, OtherDev, StrategicDev, hit(i)}, true
		// "Army units deployed in the town after the militia handed
		// over its positions": a participle of where troops stand; the
		// handover told after it is the move.
		case t.Is("deployed") && i+1 < len(toks) && toks[i+1].Is("in", "at", "along", "near", "across", "around", "on", "inside") && handoverAfter(toks, i):
			continue
		case t.Is("deployed", "formed", "merged", "mobilized", "mobilised") && (armedNoun(toks, in.LeadEnd) || armedGroup(toks, in.LeadEnd) || forcesSentAfter(toks, i)),
			t.Is("sent", "dispatched") && forcesSentAfter(toks, i):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "A faction of the TTP split from the group", "commanders broke
		// away from the movement": a group splitting.
		case (lex.HasAt(toks, i, "split", "from") || lex.HasAt(toks, i, "broke", "away", "from") || lex.HasAt(toks, i, "splintered", "from")) &&
			factionSubject(toks, i):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		case emergencyRule(toks, i):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "An armed group pledged allegiance to the Islamic State": a
		// group joining another changes what it is.
		// "34 groups had pledged allegiance as of December" counts
		// pledges made over time.
		case (lex.HasAt(toks, i, "pledged", "allegiance") || lex.HasAt(toks, i, "swore", "allegiance") || lex.HasAt(toks, i, "sworn", "allegiance")) &&
			!hadBefore(toks, i) && (armedNoun(toks[:i], in.LeadEnd) || armedGroup(toks[:i], in.LeadEnd) || nonStateNoun(toks[:i]) || namedGroup(toks[:i])):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "The Niger Delta Avengers said they were suspending attacks",
		// "announced it was ending the ceasefire": an armed group
		// halting or taking up its war again.
		case warPaused(toks, i) && armedBefore(toks, i, in.LeadEnd):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "moved most of its fighters from the forest to the islands",
		// "would pull its fighters out of Iraq": a group relocated; from
		// a town or a base it is ground left.
		case fightersMoved(toks, i) && (armedBefore(toks, i, in.LeadEnd) || t.Is("withdrawal") || troopsBroughtHome(toks, i)):
			if k := fromAfter(toks, i); k > 0 && (captureObject(toks, k-1) || campAfter(toks, k-1)) {
				return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
			}
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "began decommissioning its combatants", "the militia disbanded":
		// a group laying down its arms for good.
		case t.Is("decommissioning", "decommissioned", "demobilising", "demobilizing", "demobilised", "demobilized", "disbanded", "disbanding") &&
			(armedBefore(toks, i, in.LeadEnd) || combatantsAfter(toks, i)):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "The Oromo Liberation Army split from the political wing of the
		// front": a wing breaking away from its party.
		case (lex.HasAt(toks, i, "split", "from") || lex.HasAt(toks, i, "broke", "away", "from")) && wingAfter(toks, i):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "Houthis have begun withdrawing from the ports".
		case lex.HasAt(toks, i, "withdrawing", "from") && (captureObject(toks, i+1) || campAfter(toks, i+1)) && armedBefore(toks, i, in.LeadEnd):
			return Class{Strategic, NonViolentTransf, StrategicDev, hit(i)}, true
		// An armed group's new leader; a police force's or an army's
		// new chief is an appointment, not a change to a group.
		// "The ELN declared a unilateral ceasefire": a truce no other
		// side signed changes what the group does; "declared a general
		// mobilisation" calls up its men.
		// "The government declared a unilateral ceasefire in Tigray":
		// a state at war stops fighting alone, as a group does.
		case unilateralTruce(toks, i) && (armedBefore(toks, i, in.LeadEnd) || armedGroup(toks[:i], in.LeadEnd) || namedGroup(toks[:i]) || groupNamed(toks[:i]) ||
			armedNoun(toks[:i], in.LeadEnd) || warringState(toks[:i])),
			mobilisationDeclared(toks, i),
			// "The militia announced an alliance with other armed
			// groups": armed groups joining forces.
			allianceMade(toks, i) && (armedBefore(toks, i, in.LeadEnd) || armedNoun(toks, in.LeadEnd) || armedGroup(toks, in.LeadEnd) ||
				namedGroup(toks[:i]) || groupNamed(toks[:i])):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		// "The National Unity Government declared a people's defensive
		// war against the junta": a war begun by declaration.
		case warDeclared(toks, i):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		case newLeader(toks, i) && (nonStateNoun(toks[:i]) || armedGroup(toks[:i], in.LeadEnd) || namedGroup(toks[:i]) || groupNamed(toks[:i]) || armedBefore(toks, i, in.LeadEnd)):
			return Class{Strategic, GroupChange, StrategicDev, hit(i)}, true
		}
	}
	return Class{}, false
}

// armsTakenByGroup reports a lead that tells an armed group, as the
// subject just before the verb, taking arms from men: "militants
// disarmed the guards", "took away the weapons of the Levies personnel",
// "snatched their rifles". A state force that seizes arms ("FC personnel
// seized weapons from a hideout") is not.
func armsTakenByGroup(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if !t.Is("snatched", "disarmed") && !lex.HasAt(toks, i, "took", "away") {
			continue
		}
		// The group is the verb's subject, just before it.
		before := toks[max(0, i-4):i]
		if slices.ContainsFunc(before, stateForceWord) {
			return false
		}
		return nonStateNoun(before) || armedGroup(before, leadEnd) || namedGroup(before)
	}
	return false
}

// moveWords hold every word a case of strategicMove (or a test it asks
// first, as coupAt or newLeader) is read at: most words of a sentence
// are none of them, and the cases are many. A new case read at a word of
// none of them must add it here.
var moveWords = lex.WordSet(`escaped jailbreak jailbreaks withdrew withdrawn withdraw withdrawing withdrawal pulled pull pulling handed handing ceded ceding
	abandoned vacated evacuated staged seized seize seizes seizing took taken take takes taking grabbed coup putsch
	dissolved dissolves dissolving dissolution forced removed remove removing ousted overthrew overthrown deposed toppled
	arrested detained captured displaced fled flee fleeing formation creation establishment launch launched created
	unveiled inaugurated recruitment mobilisation mobilization conscription recruited conscripted established built
	erected opened set setting deployed stationed made making entered recruiting moved moving left leaving splitting split splits
	resuming resumed resume resumes renamed rebranded changed turned converted transformed turning converting parade
	parades paraded released freed formed merged merge mobilized mobilised sent dispatched broke splintered imposed
	declared declares clamped enforced pledged swore sworn suspending suspended suspends suspend halting halted halts halt ending
	ended ends calling called announced announces relocated relocating redeployed shifted decommissioning
	decommissioned demobilising demobilizing demobilised demobilized disbanded disbanding extended lifted ordered takeover
	seizure handover walked recruiting escaped join joined joining enlist enlisted enlisting arrived
	orders united unified forged sealed struck has have had named appointed chose elected picked checked checking
	searched searching`)

// StrategicMove reports whether a lead sentence tells of a strategic move
// by armed men or a state force (ground given up, a base set up, a group
// formed, troops deployed). Such a lead has no deed among its triggers, so
// the segmenter asks this to open an event on it when nothing else does.
// It is stricter than the classifier: the armed men are the subject, the
// verb is active and done ("the army deployed 2,000 troops"), not a
// passive, a participle or an intention ("a unit has been formed", "task
// forces formed by the parties", "so it can set up a base", "troops
// deployed at the border secured..."); a progressive in reported speech
// ("said they were taking up arms again") is told as done.
func StrategicMove(toks []lex.Token) bool {
	end := int(^uint(0) >> 1)
	// A mass grave found is news of its own, whoever dug it.
	if graveFound(toks) {
		return true
	}
	// "The government and the rebels sealed a peace deal", "a ceasefire
	// came into force at midnight": a deal concluded is news of its own.
	// "Militants have destroyed 200 schools since 2009": a tally over
	// years, not a move made.
	if tally(toks) {
		return false
	}
	if dealConcluded(toks) {
		return true
	}
	// Ground taken and property destroyed are read from the lead's
	// triggers, scanned once.
	if hits := Scan(toks); groundTaken(toks, hits) || propertyDestroyed(toks, hits) {
		return true
	}
	c, ok := strategicMove(Input{Toks: toks, LeadEnd: end})
	if !ok {
		return false
	}
	i := c.Trigger.Token
	// Peacekeepers and a UN mission hand over ground as armies do.
	keepers := (c.SubEventType == NonViolentTransf || c.SubEventType == BaseEstablished) && peacekeepers(toks[:i])
	// A curfew or a state of emergency is the government's move, whoever
	// announces it; a new leader strategicMove took only for an armed
	// group.
	// A coup or people displaced are news whoever is named; an armed
	// wing formed or troops sent are armed by what they are.
	rule := emergencyRule(toks, i) || newLeader(toks, i) || captivesFreed(toks, i) || coupAt(toks, i) || displacedAt(toks, i) || jailbreakAt(toks, i) ||
		armedWingFormed(toks, i) || outfitLaunched(toks, i) || forcesSentAfter(toks, i) || mobilisationDeclared(toks, i) || warDeclared(toks, i) ||
		forceFormed(toks, i) || recruitmentDrive(toks, i) && recruitedToFight(toks, i) || wingLaunched(toks, i) || volunteersJoined(toks, i) || forcesArrived(toks, i) ||
		// "its troops" say the withdrawal is an armed force's.
		toks[i].Is("withdrawal") && fightersMoved(toks, i) ||
		// "France withdrew its troops from Mali": a state's force
		// brought home from abroad.
		fightersMoved(toks, i) && troopsBroughtHome(toks, i) ||
		// "The government declared a unilateral ceasefire": a state's
		// truce, as strategicMove reads it.
		unilateralTruce(toks, i) && warringState(toks[:i])
	// "The Islamic State group has set up a camp", "the Taliban opened a
	// base", "a faction of the TTP split from the group".
	armed := armedNoun(toks[:i], end) || armedGroup(toks[:i], end) || nonStateNoun(toks[:i]) || namedGroup(toks[:i]) || factionSubject(toks, i) ||
		leadersMen(toks[:i]) || groupNamed(toks[:i]) || armedBefore(toks, i, end) || armedMen(toks[:i]) ||
		// "Turkey has established a military base": a base called
		// military is armed men's, whoever the subject.
		c.SubEventType == BaseEstablished && (militaryBefore(toks, i) || raidsFrom(toks, i) || military(toks[:i])) ||
		// "Armenia handed over the Kalbajar district to Azerbaijan": a
		// state hands ground to another, or to armed men.
		c.SubEventType == NonViolentTransf && recipient(toks, i)
	if i == 0 || !armed && !keepers && !rule {
		return false
	}
	// "They were taking up arms again": a progressive told in reported
	// speech is done, not a passive.
	progressive := strings.HasSuffix(toks[i].Lower, "ing") && toks[i-1].Is("was", "were")
	// "2,000 families have been displaced": people displaced are told
	// in the passive.
	if displacedAt(toks, i) {
		return true
	}
	// "The group announced it would withdraw its fighters": a group's
	// change announced by the group is made by the telling.
	announced := c.SubEventType == GroupChange && i > 1 && toks[i-1].Is("would", "will") && announcedBefore(toks, i-1)
	for k := max(0, i-3); k < i; k++ {
		if toks[k].Is("be", "been", "being", "is", "are", "was", "were", "to", "can", "could", "will", "would", "may", "might", "should", "must", "shall") &&
			!(progressive && k == i-1) && !(announced && k == i-1) && !wingLaunched(toks, i) && !groundHandedOver(toks, i) &&
			// "volunteers queued to join the units": the joining is
			// what they did.
			!(toks[k].Is("to") && k == i-1 && volunteersJoined(toks, i)) {
			return false
		}
	}
	// Police deployed for a match or a march are no change to an armed
	// group's activity: troops sent to a front are.
	// "Rwanda deployed a thousand soldiers to Cabo Delgado": a state
	// named by its country sends troops as its army does.
	if toks[i].Is("deployed") && !military(toks[:i]) && c.SubEventType != BaseEstablished && !forcesSentAfter(toks, i) {
		return false
	}
	if toks[i].Is("deployed", "formed") && c.SubEventType != NonViolentTransf {
		// Active and transitive: "deployed 2,000 troops", "formed a new
		// group"; "deployed at the border" is a participle.
		return i+1 < len(toks) && (toks[i+1].Is("a", "an", "the", "more", "additional", "new", "its", "their", "troops", "soldiers", "forces", "reinforcements") ||
			toks[i+1].Text != "" && toks[i+1].Text[0] >= '0' && toks[i+1].Text[0] <= '9')
	}
	return true
}

// crowdDeedsOnly reports whether every trigger of the lead is a crowd's
// deed or the answer to one: stones, arson, a protest, tear gas, arrests.
func crowdDeedsOnly(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		switch h.Cue {
		case CueRiot, CueDestroy, CueProtest, CueProtestForce, CueArrest, CueMob, CueNone, CueHypothetical:
		default:
			return false
		}
	}
	return true
}

// stateSubject reports whether the clause of token i opens with state
// forces for its subject, with no armed group named before i: "Security
// Forces on April 28 took control of", not "Jihadists overran an army
// camp and took control", "Rebel forces overran", "Rebels of the Arakan
// Army captured".
func stateSubject(toks []lex.Token, i int) bool {
	from := i
	for from > 0 && !toks[from-1].Is(".", ";") {
		from--
	}
	for k := from; k < i; k++ {
		t := toks[k]
		if t.Is("rebel", "rebels", "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "fighters", "militia", "tigrayan",
			"militias", "militiamen", "gunmen", "guerrillas", "guerrilla", "separatists", "separatist", "terrorists", "extremists", "taliban") {
			return false
		}
		// "The TPLF forces captured Dessie", "RSF forces seized the
		// base": an armed group named by its initials before its forces.
		if armedName[t.Lower] {
			return false
		}
		// "The Rapid Support Forces", "the Syrian Democratic Forces": a
		// group's name; "Israel Defense Forces", "Security Forces" are
		// the state's.
		if t.Text == "Forces" && k > 0 && properName(toks, k-1) && !toks[k-1].Is("armed", "security", "defence", "defense", "special", "police",
			"government", "federal", "border", "self-defense", "self-defence", "national", "military", "state") {
			return false
		}
		if t.Is("forces", "troops", "army", "soldiers", "military", "police", "sfs") {
			// A named army is as often a rebel one ("the Arakan Army"):
			// only the national or the plain noun counts.
			return !(t.Is("army") && k > 0 && toks[k-1].Text != "" && toks[k-1].Text[0] >= 'A' && toks[k-1].Text[0] <= 'Z' && !toks[k-1].Is("the", "The") &&
				!nationalArmy(toks, k))
		}
	}
	return false
}

// stoppedBeforeBlast reports whether the lead says a bomber was stopped
// before the blast: "before he could detonate", "before detonating his
// vest", "failed to detonate".
func stoppedBeforeBlast(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("before") {
			for k := i + 1; k < len(toks) && k <= i+4; k++ {
				if toks[k].Is("detonate", "detonating", "blow", "blowing", "trigger", "triggering", "explode") {
					return true
				}
				if toks[k].Punct {
					break
				}
			}
		}
		if lex.HasAt(toks, i, "failed", "to") && i+2 < len(toks) && toks[i+2].Is("detonate", "explode", "go") {
			return true
		}
	}
	return false
}

// unopposed reports whether the lead says ground changed hands without a
// fight: "without a fight", "without resistance", "unopposed".
func unopposed(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("unopposed") || lex.HasAt(toks, i, "without", "a", "fight") || lex.HasAt(toks, i, "without", "fighting") ||
			lex.HasAt(toks, i, "without", "resistance") || lex.HasAt(toks, i, "without", "any", "resistance") ||
			lex.HasAt(toks, i, "without", "firing", "a", "shot") || lex.HasAt(toks, i, "without", "a", "shot") {
			return true
		}
	}
	return false
}

// fightAfter reports an exchange of fire or a clash told in the lead after
// the trigger h.
func fightAfter(in Input, h Hit) bool {
	for _, g := range in.Hits {
		if g.Start > h.Start && g.Start < in.LeadEnd && (g.Cue == CueFiring || g.Cue == CueClash) {
			return true
		}
	}
	return false
}

// takenKilled reports the people taken told killed by a pronoun, though
// no count of the dead is read: "took off four passengers ... and killed
// them", "took five labourers off a van and shot them dead".
func takenKilled(in Input) bool {
	for _, h := range in.Hits {
		if h.Cue != CueKill && h.Cue != CueFiring {
			continue
		}
		if in.Toks[h.Token].Is("killed", "executed", "shot") && lex.HasAt(in.Toks, h.Token+1, "them") {
			return true
		}
	}
	return false
}

// hostagesTaken reports hostages taken in the lead after the blast at
// bomb that stopped them: an abduction cue on "hostage" or "hostages"
// after it ("blew up the track ..., taking its passengers hostage"). A
// blast told "after holding the staff hostage" is the deed the hostage
// taking led to.
func hostagesTaken(in Input, bomb int) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd || h.Cue != CueAbduct || h.Token <= bomb || !in.Toks[h.Token].Is("hostage", "hostages") {
			continue
		}
		for k := bomb + 1; k < h.Token; k++ {
			if in.Toks[k].Is("after") {
				return false
			}
		}
		return true
	}
	return false
}

// interceptedLead reports a weapon intercepted or downed in the lead:
// "air defences intercepted and destroyed a drone" stopped it in flight.
func interceptedLead(in Input) bool {
	for _, h := range in.Hits {
		if h.Start < in.LeadEnd && h.Cue == CueDisrupt && in.Toks[h.Token].Is("intercepted", "downed") {
			return true
		}
	}
	return false
}

// handedOverLead reports ground handed over in the lead: "after Armenian
// forces handed it over", "handing over their positions".
func handedOverLead(in Input) bool {
	for i, t := range in.Toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if t.Is("handed", "handing") && (lex.HasAt(in.Toks, i+1, "over") || lex.HasAt(in.Toks, i+1, "it", "over") || lex.HasAt(in.Toks, i+1, "them", "over")) {
			return true
		}
	}
	return false
}

// withdrewBefore reports whether the clause before token i, in its
// sentence, tells of a side withdrawing: "troops withdrew from the town,
// where the army took over".
func withdrewBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if lex.HasAt(toks, k, "withdrew", "from") || lex.HasAt(toks, k, "pulled", "out") || lex.HasAt(toks, k, "pulled", "back") ||
			toks[k].Is("evacuated", "vacated") {
			return true
		}
	}
	return false
}

// warringState reports a government, a junta or a president among toks,
// the subject of a truce a state declares alone.
func warringState(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("government", "junta", "president", "regime") {
			return true
		}
	}
	return false
}

// unilateralTruce reports "declared a unilateral ceasefire", "announced a
// unilateral truce" at i.
func unilateralTruce(toks []lex.Token, i int) bool {
	if !toks[i].Is("declared", "announced", "declares", "announces", "extended", "ended", "suspended", "suspends", "lifted", "broke", "called") {
		return false
	}
	// "called for a unilateral ceasefire" asks for one.
	if lex.HasAt(toks, i+1, "for") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("unilateral") && k+1 < len(toks) && toks[k+1].Is("ceasefire", "cease-fire", "truce") {
			return true
		}
	}
	// "The Arakan Army declared a ceasefire": a truce one side declares
	// alone; two sides that declare one agree it.
	return toks[i].Is("declared", "declares") && lex.HasAt(toks, i+1, "a") && i+2 < len(toks) && toks[i+2].Is("ceasefire", "cease-fire", "truce") &&
		!twoSides(toks, i)
}

// allianceMade reports "announced an alliance", "formed a coalition",
// "forged an alliance" at i.
func allianceMade(toks []lex.Token, i int) bool {
	// "announced they had united under a single banner", "unified into
	// one group".
	// "announced they had merged into a single group", "would merge and
	// form a unified command".
	if toks[i].Is("united", "unified", "merged", "merge") && (lex.HasAt(toks, i+1, "under") || lex.HasAt(toks, i+1, "into") || lex.HasAt(toks, i+1, "and", "form")) {
		return true
	}
	if !toks[i].Is("announced", "formed", "forged", "sealed", "struck") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("alliance", "coalition") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// warDeclared reports "declared war against the junta", "declared a
// people's defensive war against the military regime" at i: war on a
// regime, an army or armed men, not on drugs or corruption.
func warDeclared(toks []lex.Token, i int) bool {
	if !toks[i].Is("declared", "declares") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Is("war") {
			// "a \"people's defensive war\" against the junta".
			if k+1 < len(toks) && toks[k+1].Punct && !toks[k+1].Is(".", ";", ",") {
				k++
			}
			if !lex.HasAt(toks, k+1, "against") && !lex.HasAt(toks, k+1, "on") {
				return false
			}
			for j := k + 2; j < len(toks) && j <= k+5; j++ {
				if toks[j].Is("junta", "regime", "military", "army", "government", "rebels", "militants", "jihadists", "insurgents", "state") {
					return true
				}
				if toks[j].Punct {
					return false
				}
			}
			return false
		}
		if toks[k].Is(".", ";") {
			return false
		}
	}
	return false
}

// baseObject reports whether the verb at i takes a base for its object:
// "deployed a new company operating base", not "deployed troops to the
// base".
func baseObject(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("base", "bases", "outpost", "headquarters") {
			return true
		}
		if toks[k].Punct || toks[k].Is("to", "at", "in", "near", "from", "into", "on", "troops", "soldiers", "forces", "personnel") {
			return false
		}
	}
	return false
}

// mobilisationDeclared reports "declared a general mobilisation",
// "ordered a mobilization of reservists" at i.
func mobilisationDeclared(toks []lex.Token, i int) bool {
	if !toks[i].Is("declared", "announced", "ordered", "declares", "announces", "orders") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("mobilisation", "mobilization") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// emergencyLead finds a curfew or an emergency imposed in the lead
// sentence, every eventful trigger of which names its cause ("after the
// riots", "following clashes").
func emergencyLead(in Input) (Hit, bool) {
	at := firstInLead(in, emergencyRule)
	if at < 0 {
		return Hit{}, false
	}
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if Eventful(h.Cue) && !(h.Token > at && causeClause(in.Toks, h.Token)) {
			return Hit{}, false
		}
	}
	t := in.Toks[at]
	return Hit{Cue: CueGroupChange, Start: t.Start, End: t.End, Token: at}, true
}

// emergencyRule reports whether token i imposes or declares a curfew, a
// state of emergency or martial law, told as done: "authorities imposed
// an indefinite curfew", "declared a state of emergency". A curfew lifted,
// extended or relaxed is none.
func emergencyRule(toks []lex.Token, i int) bool {
	if !toks[i].Is("imposed", "declared", "clamped", "enforced") {
		return false
	}
	// A curfew against a disease is public health, not conflict.
	for _, t := range toks {
		if t.Is("virus", "coronavirus", "covid", "covid-19", "pandemic", "infections", "infection", "lockdown", "outbreak", "epidemic") {
			return false
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("curfew", "curfews") || lex.HasAt(toks, k, "martial", "law") || lex.HasAt(toks, k, "state", "of", "emergency") {
			return true
		}
	}
	return false
}

// newLeader reports whether token i names or announces a new leader of a
// group: "announced a new leader", "named a new emir", "appointed a new
// commander".
func newLeader(toks []lex.Token, i int) bool {
	// "The group has a new leader, according to an audio message".
	if toks[i].Is("has", "have", "had") && lex.HasAt(toks, i+1, "a", "new") && i+3 < len(toks) && toks[i+3].Is("leader", "emir", "amir", "wali", "commander", "chief") {
		return true
	}
	if !toks[i].Is("announced", "named", "appointed", "chose", "elected", "picked") {
		return false
	}
	// "named Mullah Fazlullah as their new chief": the leader's name
	// may stand between the verb and the title.
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("leader", "emir", "amir", "wali", "commander", "chief", "governor") && toks[k-1].Is("new") {
			return true
		}
		// "confirmed the death of its leader and named a successor".
		if toks[k].Is("successor") && toks[k-1].Is("a", "his", "its", "their", "new") {
			return true
		}
		// "named Abu Musab al-Barnawi as its wali".
		if toks[k].Is("wali", "emir", "amir", "leader") && toks[k-1].Is("its", "their") && toks[k-2].Is("as") {
			return true
		}
	}
	return false
}

// nonStateNoun reports whether the tokens name non-state armed men by a
// common noun: "the rebels", "the militia".
func nonStateNoun(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("rebels", "militants", "insurgents", "jihadists", "militia", "militias", "guerrillas", "separatists", "fighters", "taliban",
			"maoists", "naxals", "naxalites") {
			return true
		}
	}
	return false
}

// namedGroup reports whether the tokens name a group by its proper name
// and a jihadist, rebel or militant word: "the Islamic State group", "the
// Shabaab militant group". A firm ("the Adani Group") has none.
func namedGroup(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("group", "movement", "front") && i > 0 && toks[i-1].Text != "" && toks[i-1].Text[0] >= 'A' && toks[i-1].Text[0] <= 'Z' {
			for k := max(0, i-4); k < i; k++ {
				if toks[k].Is("islamic", "jihadist", "militant", "rebel", "armed", "liberation", "state", "qaeda", "al-qaeda", "shabaab", "al-shabaab") {
					return true
				}
			}
		}
	}
	return false
}

// military reports whether the tokens name soldiers or armed groups, not
// only the police.
func military(toks []lex.Token) bool {
	for _, t := range toks {
		// India's central armed police forces by their initials: "The
		// CRPF established a new camp".
		if t.Is("army", "troops", "soldiers", "forces", "military", "militia", "militias", "rebels", "militants", "fighters",
			"insurgents", "paramilitaries", "paramilitary", "guerrillas", "jihadists", "crpf", "bsf", "itbp", "ssb") {
			return true
		}
	}
	return false
}

// Territory reports whether territory (a town, a base, a district) is
// named within a few words after token i: the object of "retook" or
// "regained control of", not of "regained its footing".
func Territory(toks []lex.Token, i int) bool {
	return captureObject(toks, i) || territorySubject(toks, i)
}

// territorySubject reports whether territory is the subject of a passive
// or intransitive verb of taking ground at i: "the district of al-Qaim
// was liberated", "the town has fallen to the rebels".
func territorySubject(toks []lex.Token, i int) bool {
	// People are "captured" and goods "seized": only the verbs said of
	// ground alone, and a place named with its article ("the district
	// of", not "area commander").
	if !toks[i].Is("liberated", "retaken", "recaptured", "overrun", "fell", "fallen", "wrested", "taken") {
		return false
	}
	if i == 0 || !toks[i-1].Is("was", "were", "been", "is", "are", "declared") && !toks[i].Is("fell", "fallen") {
		return false
	}
	// "Marawi was declared liberated from militants": a place named
	// alone, freed from armed men.
	aux := i - 1
	if toks[aux].Is("declared") {
		aux--
	}
	if aux >= 1 && toks[aux].Is("was", "were") && properName(toks, aux-1) && (aux-1 == 0 || toks[aux-2].Punct) && lex.HasAt(toks, i+1, "from") {
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			if nonStateNoun(toks[k:k+1]) || armedName[toks[k].Lower] || toks[k].Is("extremists", "terrorists", "gunmen", "jihadists") {
				return true
			}
		}
	}
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if toks[k].Is(".", ";", "where", "who", "which", "that", "when") {
			return false
		}
		// "the district of al-Qaim", or a named one: "Kherson city".
		// "The northern town of Palma has fallen": an adjective may
		// stand between the article and the place.
		if territoryNouns[toks[k].Lower] && (toks[k-1].Is("the", "a", "an") || properName(toks, k-1) || k > 1 && toks[k-2].Is("the", "a", "an") && !toks[k-1].Punct) {
			return true
		}
	}
	return false
}

func (c Cue) hit(first map[Cue]Hit) Hit { return first[c] }

// leadCapture finds a capture trigger of one of cues in the lead sentence
// whose object is territory.
func leadCapture(in Input, cues ...Cue) (Hit, bool) {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		for _, c := range cues {
			if h.Cue == c && (c != CueDisrupt || in.Toks[h.Token].Is("seized")) && (Territory(in.Toks, h.Token) || placeTaken(in, h.Token) ||
				c == CueRecapture && (placeFromArmed(in.Toks, hitEnd(in.Toks, h)+1) || forcesRetook(in.Toks, h.Token, hitEnd(in.Toks, h))) || expelledAt(in.Toks, h.Token)) {
				return h, true
			}
		}
	}
	return Hit{}, false
}

// placeTaken reports whether the verb of taking at Toks[i] has a place of
// the gazetteer for its object, taken by armed men: "the Taliban captured
// Kunduz", "rebels seized Goma".
func placeTaken(in Input, i int) bool {
	if flagOverPlace(in.Toks, i) {
		return in.ArmedActors
	}
	if !in.Toks[i].Is("captured", "seized", "overran", "overrun", "took", "capture", "captures", "seize", "seizes", "recaptured", "retook", "retaken", "recapture", "recaptures") || !in.ArmedActors {
		return false
	}
	next := i + 1
	if in.Toks[i].Is("took") {
		if !lex.HasAt(in.Toks, i+1, "control", "of") {
			return false
		}
		next = i + 3
	}
	return slices.Contains(in.Places, next)
}

// flagOverPlace reports a flag raised at i over a place named:
// "Ukrainian forces raised their flag over Lyman". Who raised it decides
// whose ground it now is.
func flagOverPlace(toks []lex.Token, i int) bool {
	return toks[i].Is("raised", "hoisted") && i+4 < len(toks) && toks[i+1].Is("their", "its", "the") && toks[i+2].Is("flag", "flags") &&
		toks[i+3].Is("over", "above") && namedPlace(toks, i+4)
}

// smallArms reports whether the lead names small-arms fire beside heavier
// weapons.
func smallArms(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("sniper", "snipers", "gunfire", "firing") || smallArmsAt(toks, i) {
			return true
		}
	}
	return false
}

// smallArmsNamed reports whether the lead names small arms as weapons
// ("with small arms and grenades"), not as fire: "firing a rifle grenade"
// fires the grenade.
func smallArmsNamed(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if smallArmsAt(toks, i) {
			return true
		}
	}
	return false
}

func smallArmsAt(toks []lex.Token, i int) bool {
	return lex.HasAt(toks, i, "automatic", "weapons") || lex.HasAt(toks, i, "small", "weapons") ||
		lex.HasAt(toks, i, "light", "weapons") || lex.HasAt(toks, i, "small", "arms") || lex.HasAt(toks, i, "light", "and", "heavy")
}

// exploded reports whether the lead says a device went off or was thrown.
func exploded(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		// A bomb squad's "controlled explosion" destroys the device, as
		// does a disposal team detonating an unexploded one.
		if t.Is("explosion", "blast", "detonated") && (i > 0 && toks[i-1].Is("controlled") || disposal(toks, leadEnd)) ||
			t.Is("detonated") && disposedBy(toks, i) {
			continue
		}
		if t.Is("blast", "explosion", "exploded", "detonated", "lobbed", "hurled", "threw", "blew", "triggered") || lex.HasAt(toks, i, "went", "off") {
			return true
		}
	}
	return false
}

// weaponObject reports whether the destroy or recover trigger's object is
// weapons ("destroyed large caches of weapons and IEDs", "recovered an IED").
func weaponObject(toks []lex.Token, hits []Hit) bool {
	for _, h := range hits {
		if h.Cue != CueDestroy && h.Cue != CueDisrupt {
			continue
		}
		for k := h.Token + 1; k < len(toks) && k <= h.Token+8; k++ {
			if toks[k].Is("weapons", "ieds", "ied", "explosives", "explosive", "caches", "cache", "bombs", "bomb", "mines", "minefield", "minefields",
				"landmines", "devices", "device", "ammunition", "arms", "guns", "rockets", "grenades", "detonators", "mortar", "rcied") {
				return true
			}
		}
	}
	return false
}

func firstOf(first map[Cue]Hit, cues ...Cue) Cue {
	best := CueNone
	for _, c := range cues {
		h, ok := first[c]
		if !ok {
			continue
		}
		if best == CueNone || h.Start < first[best].Start {
			best = c
		}
	}
	return best
}

// captureObject reports whether a capture verb at i takes territory as its
// object ("captured the district", "took control of two check posts").
func captureObject(toks []lex.Token, i int) bool {
	// "back in control of the town": the place counted from "control".
	if lex.HasAt(toks, i, "back", "in", "control") {
		i += 2
	}
	// "regained full control of the eastern Ghouta enclave": the place
	// is counted from "control of", however the control is qualified.
	from := i
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if lex.HasAt(toks, k, "control", "of") {
			from = k + 1
			break
		}
	}
	// "regained control of Lalibela", "took control of Wad Madani":
	// control of a named place, when armed men are the ones taking it.
	if from > i && properName(toks, from+1) && !toks[from+1].Is("the") && armedNoun(toks, int(^uint(0)>>1)) {
		return true
	}
	// "seized Bambari, the country's third largest town": a named
	// place and the noun that says what it is, after a comma.
	// "took Bunagana, a town on the border with Uganda".
	// "retook Maarat al-Numan, the second-largest town": a name of
	// several words.
	end := i + 1
	for end < len(toks) && end <= i+3 && (properName(toks, end) || end > i+1 && nameParticle(toks[end])) {
		end++
	}
	if from == i && end > i+1 && (lex.HasAt(toks, end, ",", "the") || lex.HasAt(toks, end, ",", "a") || lex.HasAt(toks, end, ",", "an")) {
		for k := end + 2; k < len(toks) && k <= end+7; k++ {
			if toks[k].Punct {
				break
			}
			if territoryNouns[toks[k].Lower] {
				return true
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= from+6; k++ {
		// "the Tirah valley's strategic heights": the place may be named
		// with a possessive.
		if territoryNouns[toks[k].Lower] || territoryNouns[strings.TrimSuffix(toks[k].Lower, "'s")] {
			return true
		}
		// "overran the military camp", "captured the police station",
		// "seized the fuel terminal", "took over the bazaar", "took
		// control of the railway station": a post or a site held is
		// ground taken, though the words name no territory elsewhere.
		// A miners' or workers' camp ("besieged their camp") is where
		// people were, not a post.
		if toks[k].Is("camp", "terminal") && toks[k-1].Is("the", "a", "military", "army", "police", "border", "rebel", "rebels'", "militia", "fuel", "oil") ||
			toks[k].Is("station") && toks[k-1].Is("police", "railway") || toks[k].Is("bazaar", "bazaars", "bazar") {
			return true
		}
		// The object ends where its place begins: "seized explosives
		// in the capital" took no capital.
		if toks[k].Punct || toks[k].Is("in", "near", "at", "from", "outside", "inside", "across") {
			return false
		}
	}
	return false
}

// forcesPostObject reports whether the attack verb at i has a forces' post
// for its object: "attacked a Levies station", "attacked a police
// station", "stormed an FC check post"; not "attacked the camp of a
// construction firm" nor "attacked a convoy carrying food".
func forcesPostObject(toks []lex.Token, i int) bool {
	force := false
	for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
		if stateForceWord(toks[k]) || toks[k].Is("security", "military", "frontier", "border") {
			force = true
			continue
		}
		if force && toks[k].Is("station", "post", "posts", "checkpost", "checkposts", "camp", "picket", "outpost", "check", "thana") {
			return true
		}
	}
	return false
}

// assaultWithGuns reports whether the assault verb at i takes its weapons
// by "with" and names guns among them: "attacked the complex with guns
// and explosives", "stormed the camp with small arms and bombs". A place's
// district and province in brackets do not count toward the reach.
func assaultWithGuns(toks []lex.Token, i, leadEnd int) bool {
	if !toks[i].Is("attacked", "stormed", "assaulted", "raided") {
		return false
	}
	with := -1
	for k, n := i+1, 0; k < len(toks) && n < 10 && toks[k].Start < leadEnd; k, n = k+1, n+bracketStep(toks, k) {
		if toks[k].Is("with") {
			with = k
			break
		}
		if toks[k].Is(".", ";", ",") && !inBrackets(toks, k) {
			return false
		}
	}
	if with < 0 {
		return false
	}
	for k := with + 1; k < len(toks) && k <= with+5 && !toks[k].Is(".", ";", ","); k++ {
		if toks[k].Is("guns", "rifles", "firearms") || smallArmsAt(toks, k) {
			return true
		}
	}
	return false
}

// roadChecked reports whether the verb at i checks or searches what
// passes on a road the clause names before it: "blocked the highway and
// checked passing vehicles", "patrolling the N-40 highway and checking
// vehicles".
func roadChecked(toks []lex.Token, i int) bool {
	if !toks[i].Is("checked", "checking", "searched", "searching") {
		return false
	}
	// "conducted snap checking": the road check by its name.
	object := i > 0 && toks[i-1].Is("snap")
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("vehicles", "vehicle", "passengers", "traffic", "cars", "commuters", "travellers", "travelers", "identity", "id", "cnic", "cnics") {
			object = true
		}
	}
	if !object {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-20 && !toks[k].Is(".", ";"); k-- {
		if toks[k].Is("highway", "road", "motorway", "checkpoint", "checkpost") || roadCode(toks[k].Lower) {
			return true
		}
	}
	return false
}

// roadCode reports whether w is the code of one of Pakistan's national
// highways or motorways ("N-25", "N-40", "M-8"), as notes name the road
// held.
func roadCode(w string) bool {
	if len(w) < 3 || (w[0] != 'n' && w[0] != 'm') || w[1] != '-' {
		return false
	}
	for _, c := range w[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// shellDuring reports whether the clash word at i dates a shell named just
// before it: "a mortar shell fired during clashes", "a shell fired amid
// fighting".
func shellDuring(toks []lex.Token, hits []Hit, i int) bool {
	during := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("during", "amid", "amidst") {
			during = k
			break
		}
		if toks[k].Punct {
			return false
		}
	}
	if during < 0 {
		return false
	}
	for _, h := range hits {
		if h.Cue == CueShelling && h.Token < during && h.Token >= during-4 {
			return true
		}
	}
	return false
}

// remnantShells reports whether every shell the text names is a remnant
// of war: "an unexploded mortar round", "an old rocket shell".
func remnantShells(in Input) bool {
	seen := false
	for _, h := range in.Hits {
		if h.Cue != CueShelling {
			continue
		}
		remnant := false
		for k := h.Token - 1; k >= 0 && k >= h.Token-2; k-- {
			if in.Toks[k].Is("unexploded", "leftover", "old", "abandoned", "dud") {
				remnant = true
			}
		}
		if !remnant {
			return false
		}
		seen = true
	}
	return seen
}

// forcesOfThem reports whether a count of victims goes on to say how many
// of them were forces: "wounding six, four of them police officers".
func forcesOfThem(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("of") || i == 0 || i+1 >= len(toks) || !toks[i+1].Is("them") || countAt(toks[i-1]) == 0 {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			if toks[k].Is("police", "policemen", "policeman", "officers", "soldiers", "troops", "guards", "constables") {
				return true
			}
		}
	}
	return false
}

// militiaMembersHit reports whether the lead names the people hit as
// members of a militia or a death squad: "killed two members of a
// state-backed 'death squad'", "shot dead a person allegedly belonging to
// a pro government militia group". The deed's verb comes just before them:
// "members of a militia shot dead two traders" names the killers.
func militiaMembersHit(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if !t.Is("member", "members", "belonging", "operative", "operatives") || !hitBefore(toks, i) {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if toks[k].Is("militia") || lex.HasAt(toks, k, "death", "squad") {
				return true
			}
			if toks[k].Punct && !toks[k].Is("'", "\u2019", "\u2018", "\"", "-") {
				break
			}
		}
	}
	return false
}

// hitBefore reports whether a verb of killing or wounding stands a few
// words before token i, in its clause: "killed two members", "shot dead a
// person belonging to".
func hitBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("killed", "dead", "shot", "injured", "wounded", "attacked", "targeted", "abducted", "kidnapped") {
			return true
		}
	}
	return false
}

// armedGuarded reports a militia's or a peace committee's man named in
// toks, the words before "and his guard".
func armedGuarded(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("militia", "militiaman", "lashkar", "committee", "commander") {
			return true
		}
	}
	return false
}

// guardOfVictims reports whether the lead names the forces it counts
// among the victims as the guards of the others, joined after them by
// "and": "two polio workers and a policeman guarding them", "a former MLA
// and his personal security officer". A guard killed alone ("killing the
// policeman escorting the team") was the one the gunmen hit.
func guardOfVictims(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("policeman", "policemen", "constable", "constables", "guard", "guards", "soldier", "soldiers") && i+1 < len(toks) &&
			toks[i+1].Is("guarding", "escorting", "protecting") && i > 1 && (toks[i-1].Is("and") || toks[i-2].Is("and")) {
			return true
		}
		if !t.Is("his", "her", "their") || i+1 >= len(toks) || i == 0 || !toks[i-1].Is("and") {
			continue
		}
		// "a pro-government militia leader and his guard": a militia's
		// man is himself armed, and the attack on him a battle.
		if armedGuarded(toks[max(0, i-6) : i-1]) {
			continue
		}
		next := toks[i+1]
		if next.Is("guard", "guards", "bodyguard", "bodyguards", "pso", "psos", "escort", "escorts") ||
			next.Is("personal", "security") && i+2 < len(toks) && toks[i+2].Is("security", "officer", "officers", "guard", "guards") {
			return true
		}
	}
	return false
}

// onlyAmbush reports that every clash word of the input is an ambush.
func onlyAmbush(in Input) bool {
	seen := false
	for _, h := range in.Hits {
		if h.Cue == CueClash || h.Cue == CueRetaliation {
			if !in.Toks[h.Token].Is("ambush", "ambushed", "ambushes", "ambushing") {
				return false
			}
			seen = true
		}
	}
	return seen
}

// civilianAmbushed reports whether the lead's subject, killed or wounded
// in an ambush, is a civilian named by title, and no forces are named in
// the lead: "The mayor of a town was killed in an ambush on his car".
func civilianAmbushed(toks []lex.Token, leadEnd int) bool {
	titled := false
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("soldier", "soldiers", "troops", "army", "military", "police", "policeman", "policemen", "officers", "forces", "personnel", "guards", "escort", "convoy", "patrol") {
			return false
		}
		if t.Is("was", "were") && i+1 < len(toks) && toks[i+1].Is("killed", "wounded", "injured", "shot") {
			for k := 0; k < i; k++ {
				if politician(toks[k]) || toks[k].Is("chief", "official", "officials", "journalist", "journalists", "teacher", "teachers", "doctor", "priest",
					"imam", "businessman", "trader", "headman", "activist", "judge") {
					titled = true
				}
			}
		}
	}
	return titled
}

// checkpointSetUp reports a checkpoint at toks[i] that the sentence's
// subject set up ("militants set up a checkpoint on the highway"): the
// gunmen's own, no forces' post; "attacked a newly set up checkpoint" is
// a target still.
func checkpointSetUp(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Is("up") && toks[k-1].Is("set", "setting", "sets") || toks[k].Is("erected", "established", "mounted") {
			v := k - 1
			if toks[k].Is("up") {
				v = k - 2
			}
			return v < 0 || !toks[v].Is("newly", "recently", "a", "the", "an")
		}
		if !toks[k].Is("a", "an", "the", "their", "its", "his", "fake", "temporary", "illegal", "makeshift", "own") {
			return false
		}
	}
	return false
}

// ownCheckpoint reports whether the checkpoint at i is the one where state
// forces, the clause's subject, stood when they killed civilians there:
// "Soldiers shot dead five civilians at a checkpoint". The post is where
// it happened, not what was attacked.
func ownCheckpoint(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("a", "the", "their", "its") || !toks[i-2].Is("at") || !stateSubject(toks, i) {
		return false
	}
	for k := i - 3; k >= 0 && !toks[k].Is(".", ";"); k-- {
		if toks[k].Is("civilians", "civilian", "villagers", "residents", "passengers", "motorists", "travellers", "travelers", "farmers", "women", "children", "men", "man", "woman", "boy", "girl") {
			return true
		}
	}
	return false
}

// postOfState holds the demonyms of states whose forces hold border posts
// the press names by them ("a Pakistani post", "an Afghan post").
var postOfState = lex.WordSet(`pakistani afghan indian iranian chinese israeli syrian turkish russian ukrainian armenian azerbaijani
lebanese sudanese ethiopian eritrean thai cambodian enemy`)

// postsAndVillages reports posts at i named together with villages or
// homes: "Indian posts and villages".
func postsAndVillages(toks []lex.Token, i int) bool {
	return lex.HasAt(toks, i+1, "and") && i+2 < len(toks) && toks[i+2].Is("villages", "village", "homes", "houses", "hamlets", "civilian", "civilians")
}

// targetsForces reports whether the tokens name a military or police
// target: a check post, a convoy, a camp, a patrol.
// postForces are the words a post is named by when they stand right
// before it: a force ("a BSF post") or the last word of a force's name ("a
// Coast Guard post", "a Frontier Corps post").
var postForces = []string{"check", "security", "military", "army", "police", "border", "fc", "levies", "frontier",
	"bsf", "crpf", "itbp", "ssb", "rangers", "bgb", "guard", "guards", "corps", "navy", "naval", "ctd", "constabulary"}

// postOfForce reports whether the post at i is named by a force told with
// its province or region after its name ("a Frontier Corps Balochistan
// post", "an FC Khyber post") or by its name after the post ("a post of the
// Frontier Corps Balochistan", "posts of the FC"); not "the post of the
// police chief", an office.
func postOfForce(toks []lex.Token, i int) bool {
	if i > 1 && toks[i-1].Text != toks[i-1].Lower && !toks[i-1].Punct && toks[i-2].Is(postForces...) && !toks[i-2].Is("check", "security", "border") {
		return true
	}
	if !lex.HasAt(toks, i+1, "of") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		// (Not "the post of the police chief": a force named by a
		// common word heads an office's title.)
		if toks[k].Is("fc", "levies", "frontier", "bsf", "crpf", "itbp", "ssb", "rangers", "bgb", "ctd", "constabulary") {
			return true
		}
	}
	return false
}

func targetsForces(toks []lex.Token) bool {
	for i, t := range toks {
		// "attacked government positions", "dozens were killed on both
		// sides": an armed side's lines, a fight of two.
		if forcesPositions(toks, i) || tollOnBothSides(toks, i) {
			return true
		}
		if t.Is("checkpost", "checkposts", "check-post", "checkpoint", "checkpoints", "convoy", "convoys", "camp",
			"patrol", "patrolling", "outpost", "outposts", "cantonment", "garrison", "picket", "pickets", "post", "posts") {
			// "opened fire on a Pakistani post": a post named by a
			// state's people is that state's border post; not when
			// villages were hit with it ("mortar shells on Indian
			// posts and villages"), fire on people and forces alike.
			// A post named by its force ("fired at BSF posts") or by the
			// last word of a force's name ("a Coast Guard post", "a
			// Frontier Corps post").
			if t.Is("post", "posts") && i > 0 && !toks[i-1].Is(postForces...) && !postOfForce(toks, i) &&
				!(postOfState[toks[i-1].Lower] && !lex.HasAt(toks, i+1, "office") && !postsAndVillages(toks, i)) {
				continue
			}
			// "attacked a camp for displaced people": the camp of those
			// who fled, no forces' base.
			if t.Is("camp") && i > 0 && (toks[i-1].Is("refugee", "relief", "training", "medical") || workersCamp(toks, i) || reliefCamp(toks, i) || displacedBefore(toks, i)) {
				continue
			}
			if t.Is("convoy", "convoys") && civilianConvoy(toks, i) {
				continue
			}
			// "shot dead five travellers at a fake checkpoint": the
			// gunmen's own road block, no forces' post.
			if t.Is("checkpoint", "checkpoints", "checkpost", "checkposts") && (checkpointSetUp(toks, i) || ownCheckpoint(toks, i) ||
				i > 0 && toks[i-1].Is("fake", "illegal", "makeshift", "bogus")) {
				continue
			}
			return true
		}
		// "their unit was ambushed", "the patrol was attacked": men on
		// duty hit, told in the passive.
		if t.Is("unit", "units", "column", "columns", "patrol", "patrols", "platoon", "squad") && i+2 < len(toks) && toks[i+1].Is("was", "were") &&
			toks[i+2].Is("ambushed", "attacked", "targeted") {
			return true
		}
		// "attacked a police station", not "under Manpur Police Station"
		// nor "drove the vehicle to the police station".
		if t.Is("station") && i > 1 && toks[i-1].Is("police") && toks[i-2].Is("a", "the", "on", "at", "attacked", "stormed", "targeted") && !(i > 2 && toks[i-3].Is("under", "of", "within", "in", "to", "from")) {
			return true
		}
		// "fired at a Pakistan army soldier", "attacked a CTD officer".
		// "attacked a unit of the army's auxiliaries", "attacked
		// vigilantes": armed men on guard, a side of a fight.
		// "fired upon an Assam Rifles road opening party": a force named
		// Rifles, capitalised, is the object, not rifles fired.
		// "opened fire on counter-terrorism officers".
		if t.Is("attacked", "targeted", "targetted", "ambushed", "at", "on", "upon", "targeting") && i > 0 && toks[i-1].Is("attacked", "fired", "shot", "opened", "targeted", "attack", "targetted", "ambushed", "hurled", "lobbed") ||
			t.Is("on", "at", "upon") && i > 1 && toks[i-1].Is("fire") && toks[i-2].Is("opened", "open", "opens", "opening") || t.Is("attacked", "targeted", "targetted", "ambushed", "targeting") {
			for k := i + 1; k < len(toks) && k <= i+5; k++ {
				if toks[k].Is("soldier", "soldiers", "army", "military", "personnel", "officer", "officers", "policeman", "policemen",
					"police", "fc", "levies", "ctd", "militia", "troops", "forces", "sepoy", "jawans", "convoy", "checkpost", "rangers", "constable",
					"intelligence", "isi", "pro-government", "pro-state", "riflemen", "sfs", "leas", "auxiliaries", "vigilantes", "unit") &&
					!(toks[k].Is("convoy") && civilianConvoy(toks, k)) ||
					toks[k].Text == "Rifles" || coastGuard(toks, k) {
					// "fired at a suspected army informant": a civilian.
					if k+1 < len(toks) && toks[k+1].Is("informant", "informants", "informer", "informers") {
						break
					}
					return true
				}
				if toks[k].Punct && !toks[k].Is("(", ")") {
					break
				}
			}
		}
		// "fired at a police van", "attacked security forces": the forces
		// are the object of an attack.
		// A vehicle is the forces' only when they are named with it ("a
		// police van", "the vehicle of the FC"), not "the vehicle of an NGO".
		if t.Is("vehicle", "vehicles", "mobile", "van") && !forcesNear(toks, i) {
			continue
		}
		if t.Is("vehicle", "vehicles", "mobile", "van", "personnel", "soldiers", "troops", "forces", "policemen", "police") {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if toks[k].Is("at", "on", "targeting", "attacked", "ambushed", "against", "targeted") {
					return true
				}
				if toks[k].Punct {
					break
				}
			}
		}
	}
	return false
}

// bombBefore reports whether a bomb, shell or air strike is told before
// hit h.
func bombBefore(in Input, h Hit) bool {
	for _, o := range in.Hits {
		if o.Start >= h.Start {
			return false
		}
		switch o.Cue {
		case CueSuicide, CueExplosive, CueAir, CueShelling, CueGrenade:
			return true
		}
	}
	return false
}

// handoverAfter reports whether ground is handed over later in the
// sentence of token i: "after Hezbollah handed over its positions".
func handoverAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+15; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		// "left its camp and handed it to the army".
		if lex.HasAt(toks, k, "handed", "over") || lex.HasAt(toks, k, "handing", "over") || lex.HasAt(toks, k, "handed", "it", "to") {
			return true
		}
	}
	return false
}

// moveBeforeDisaster reports whether token at comes before every disaster
// or accident trigger of the event.
func moveBeforeDisaster(in Input, at int) bool {
	for _, h := range in.Hits {
		if (h.Cue == CueDisaster || h.Cue == CueAccident) && h.Token < at {
			return false
		}
	}
	return true
}

// displacedBefore reports whether the camp at i is told, earlier in its
// sentence, as one of displaced people: "fourteen displaced people were
// hacked to death at a camp".
func displacedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("displaced", "refugees", "idps") {
			return true
		}
	}
	return false
}

// forcesAmongDead reports whether state forces are named as a minority of
// a larger count of people killed: "killed 12 people, including two
// police officers", "20 people died, among them three soldiers". Forces
// that are most of the dead ("five persons, including four home guards")
// were the target.
func forcesAmongDead(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("including", "among") || i == 0 {
			continue
		}
		// The count of people comes just before: "12 people, including".
		total := 0
		for k := i - 1; k >= 1 && k >= i-3; k-- {
			if toks[k].Is("people", "persons", "civilians", "victims") {
				total = countAt(toks[k-1])
				break
			}
		}
		if total == 0 {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+10; k++ {
			if toks[k].Is(".", ";") {
				break
			}
			if toks[k].Is("police", "policemen", "policeman", "officers", "officer", "soldiers", "soldier", "troops", "guards", "constables", "constable") {
				n := countAt(toks[k-1])
				if n == 0 && k > i+1 {
					n = countAt(toks[k-2]) // "two police officers"
				}
				return n > 0 && 2*n < total
			}
		}
	}
	return false
}

// countAt reads a count written in one word: "12", "eight", "a".
func countAt(t lex.Token) int {
	if t.Is("a", "an", "one") {
		return 1
	}
	n, ok := numbers.Parse(t.Text)
	if !ok || n.Money || n.Value <= 0 || n.Value > 1<<20 {
		return 0
	}
	return int(n.Value)
}

// hurt is the number of people the event's figures say were killed,
// injured or abducted, on every side.
func hurt(in Input) int {
	n := in.Deaths
	for _, v := range in.Victims {
		n += v
	}
	return n
}

// firstViolent returns the byte offset of the lead's first violent
// trigger, or the end of the lead when it has none.
func firstViolent(in Input) int {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if Violent(h.Cue) {
			return h.Start
		}
	}
	return in.LeadEnd
}

// DatingClause returns the token after the comma that closes a clause
// opening the sentence with "a day after", "hours after", "two days
// after" ...: a time set by other news. 0 when there is none.
func DatingClause(toks []lex.Token) int {
	k := 0
	if k < len(toks) && toks[k].Is("a", "an", "one", "two", "three", "few", "barely", "just", "only") {
		k++
	}
	if k < len(toks) && toks[k].Is("few") {
		k++
	}
	if k >= len(toks) || !toks[k].Is("day", "days", "hours", "hour", "week", "weeks") || !lex.HasAt(toks, k+1, "after") {
		return 0
	}
	for j := k + 2; j < len(toks) && j <= k+40; j++ {
		if toks[j].Is(",") {
			return j + 1
		}
	}
	return 0
}

// proceedings reports whether the text before end tells of a trial, a
// sentence or an investigation ("the court sentenced", "investigators
// said the bombers"): the violence named after it is what the case is
// about. A clause dating the deed by the case ("A day after the agency
// filed its charge sheet, gunmen shot dead a leader") is not read.
func proceedings(toks []lex.Token, end int) bool {
	for i := DatingClause(toks); i < len(toks); i++ {
		t := toks[i]
		if t.Start >= end {
			break
		}
		if t.Is("trial", "sentenced", "convicted", "acquitted", "chargesheet", "charge-sheet", "chargesheeted",
			"verdict", "bail", "hearing", "indicted", "investigation", "investigations", "investigators", "probe", "nia", "tribunal") {
			// "The NIA arrested two men": the agency's own arrest is
			// news, not a case about an incident. So is one made by an
			// agency named for investigation ("the National
			// Investigation Agency has arrested").
			if (t.Is("nia") || t.Is("investigation", "investigations") && agencyName(toks, i)) && (arrestSoon(toks, i) || arrestedBy(toks, i)) {
				continue
			}
			// "UN investigators said soldiers raped 30 women": monitors
			// reporting abuses, not an inquiry into a known incident.
			if t.Is("investigators") && i > 0 && toks[i-1].Is("un", "u.n.", "nations", "rights") {
				continue
			}
			// "Women told investigators that soldiers had raped them":
			// witnesses telling what was done to them.
			if t.Is("investigators") && i > 0 && toks[i-1].Is("told") {
				continue
			}
			// "..., the Directorate of Criminal Investigations said": an
			// agency named for investigation, the source of the news.
			if t.Is("investigation", "investigations") && agencyName(toks, i) && saidAfter(toks, i) {
				continue
			}
			// "Investigators exhumed the remains of 45 people from a
			// mass grave": the grave they found is the news, not a
			// case about an incident.
			if t.Is("investigators", "investigation") && graveFound(toks) {
				continue
			}
			// "Police arrested the party's chief outside the court,
			// where he had appeared to seek bail": the hearing is
			// where the forces' arrest was made.
			if ArrestAtHearing(toks, i) {
				continue
			}
			return true
		}
	}
	return false
}

// forcesArrestedBefore reports whether the sentence of token i tells,
// before it, of a state force that arrested someone in the active voice:
// "police arrested ... outside the district court, where he had appeared
// to seek bail". Men "arrested for the blast" who were denied bail are
// not read.
func forcesArrestedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-30; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("arrested", "detained", "apprehended", "nabbed") && stateForceWord(toks[k-1]) {
			return true
		}
	}
	return false
}

// ArrestAtHearing reports whether the court word at i ("bail",
// "hearing") is where a state force's arrest told before it in its
// sentence was made: "police arrested him outside the court, where he had
// appeared to seek bail".
func ArrestAtHearing(toks []lex.Token, i int) bool {
	return toks[i].Is("bail", "hearing") && forcesArrestedBefore(toks, i)
}

// arrestedBy reports whether the agency at i is the one an arrest just
// before it was made by: "was taken into custody by the National
// Investigation Agency".
func arrestedBy(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("by") {
			return k > 0 && toks[k-1].Is("arrested", "detained", "custody", "nabbed", "apprehended", "held")
		}
	}
	return false
}

// saidAfter reports whether a verb of telling follows the name ending at
// token i: "the Directorate of Criminal Investigations said".
func saidAfter(toks []lex.Token, i int) bool {
	return lex.HasAt(toks, i+1, "said") || lex.HasAt(toks, i+1, "says") || lex.HasAt(toks, i+1, "reported") ||
		lex.HasAt(toks, i+1, "confirmed") || lex.HasAt(toks, i+1, "announced") || lex.HasAt(toks, i+1, "told")
}

// arrestSoon reports whether an arrest verb follows token i within four
// words of its clause: "the NIA on Monday arrested". The agency's acronym
// in brackets is no break ("the National Investigation Agency (NIA)
// arrested").
func arrestSoon(toks []lex.Token, i int) bool {
	limit := i + 4
	for k := i + 1; k < len(toks) && k <= limit; k++ {
		if toks[k].Is("(") && k+2 < len(toks) && toks[k+2].Is(")") {
			k += 2
			limit += 3
			continue
		}
		if k == i+1 && toks[k].Is(")") {
			continue // the acronym's own bracket: "(NIA) arrested"
		}
		if toks[k].Punct {
			return false
		}
		// "The NIA had arrested him in 2016": a past arrest recalled.
		if toks[k].Is("had") {
			return false
		}
		if toks[k].Is("arrested", "detained", "nabbed", "apprehended", "arrests", "arrest") ||
			lex.HasAt(toks, k, "took", "into", "custody") || lex.HasAt(toks, k, "taken", "into", "custody") {
			return true
		}
	}
	return false
}

// leadWord finds the first of words before end and returns it as a hit.
func leadWord(in Input, end int, words ...string) (Hit, bool) {
	for i, t := range in.Toks {
		if t.Start >= end {
			break
		}
		if t.Is(words...) {
			return Hit{Cue: CueAgreement, Start: t.Start, End: t.End, Token: i}, true
		}
	}
	return Hit{}, false
}

// civilianConvoy reports whether the convoy at i carries civilians ("a
// passenger convoy", "a convoy of passenger vehicles", "an aid convoy").
func civilianConvoy(toks []lex.Token, i int) bool {
	civil := func(t lex.Token) bool {
		return t.Is("passenger", "passengers", "civilian", "civilians", "aid", "relief", "wedding", "commercial", "travellers", "travelers", "pilgrims",
			"bus", "buses", "minibuses")
	}
	if i > 0 && civil(toks[i-1]) {
		return true
	}
	// "ambushed an MLA's convoy", "ambushed his convoy" after the lead
	// named the lawmaker: a politician's cars are no forces' convoy.
	if i > 0 && toks[i-1].Is("his", "her", "'s", "s") {
		for k := max(0, i-25); k < i; k++ {
			if politician(toks[k]) {
				return true
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if civil(toks[k]) {
			return true
		}
	}
	// "42 passengers were killed when gunmen ambushed a convoy of
	// vehicles": the people the sentence says fell were travelling in it,
	// unless it names forces too.
	civilFell := false
	for k := i - 1; k >= 0 && k >= i-30 && !toks[k].Is(".", ";"); k-- {
		if stateForceWord(toks[k]) || toks[k].Is("soldiers", "troops", "personnel", "policemen", "escort", "escorts") {
			return false
		}
		if toks[k].Is("passengers", "travellers", "travelers", "pilgrims", "commuters") {
			civilFell = true
		}
	}
	return civilFell
}

// gunmenAttackedWith reports whether the lead's subject is gunmen or armed
// men and their verb "attacked" takes its weapons by "with" ("gunmen
// attacked the mine with rockets and grenades") or goes on with fire
// opened ("stormed the church, opening fire on worshippers").
func gunmenAttackedWith(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if !t.Is("attacked", "stormed", "raided") || i == 0 || !(toks[i-1].Is("gunmen", "assailants", "attackers") || lex.HasAt(toks, i-2, "armed", "men")) {
			continue
		}
		// A place's district and province in brackets ("in the Duki area
		// (Duki, Balochistan) with rockets") does not count toward the
		// reach of either window.
		for k, n := i+1, 0; k < len(toks) && n < 8 && toks[k].Start < leadEnd; k, n = k+1, n+bracketStep(toks, k) {
			if toks[k].Is("with") {
				return true
			}
			if toks[k].Punct && !toks[k].Is("(", ")") && !inBrackets(toks, k) {
				break
			}
		}
		// "Gunmen stormed a church during mass, opening fire on
		// worshippers and setting off explosives": men who came in
		// shooting, whatever bombs they set off besides.
		for k, n := i+1, 0; k+1 < len(toks) && n < 16 && toks[k].Start < leadEnd && !toks[k].Is(".", ";", ":"); k, n = k+1, n+bracketStep(toks, k) {
			if toks[k].Is("opening", "opened") && toks[k+1].Is("fire") {
				return true
			}
		}
	}
	return false
}

// bracketStep is what token k adds to the length of a window that does not
// count a bracketed aside: 0 inside brackets or on them, 1 elsewhere.
func bracketStep(toks []lex.Token, k int) int {
	if toks[k].Is("(", ")") || inBrackets(toks, k) {
		return 0
	}
	return 1
}

// inBrackets reports whether token k stands within "( ... )" of the same
// sentence, looking back at most a few tokens for the opening bracket.
func inBrackets(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch {
		case toks[j].Is(")"):
			return false
		case toks[j].Is("("):
			return true
		}
	}
	return false
}

// armedMembers reports whether the lead names members or helpers of an
// armed group: "linkmen", "cadres", "militants".
func armedMembers(toks []lex.Token, leadEnd int) bool {
	for _, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("linkman", "linkmen", "cadre", "cadres", "militant", "militants", "insurgents", "rebels", "over-ground", "ogw", "ogws") {
			return true
		}
	}
	return false
}

// firingWithForce reports whether every strong trigger is gunfire told in
// the clause of tear gas, batons or dispersal: "fired tear gas and live
// rounds to disperse them".
func firingWithForce(in Input) bool {
	fired := false
	for _, h := range in.Hits {
		switch h.Cue {
		case CueSuicide, CueAir, CueShelling, CueGrenade, CueExplosive, CueClash, CueAbduct, CueAttack:
			return false
		case CueFiring:
			near := false
			for _, o := range in.Hits {
				if o.Cue == CueProtestForce && o.Token > h.Token-8 && o.Token < h.Token+8 && !clauseBreak(in.Toks, min(o.Token, h.Token), max(o.Token, h.Token)) {
					near = true
				}
			}
			if !near {
				return false
			}
			fired = true
		}
	}
	return fired
}

// clauseBreak reports whether a stop or semicolon stands between tokens a
// and b.
func clauseBreak(toks []lex.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Is(".", ";") {
			return true
		}
	}
	return false
}

// hadBefore reports a pluperfect "had" among the three words before i.
func hadBefore(toks []lex.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if toks[k].Is("had") {
			return true
		}
	}
	return false
}

// politician reports whether a token names an elected or party figure.
func politician(t lex.Token) bool {
	return t.Is("mla", "mlas", "mp", "mna", "mpa", "minister", "lawmaker", "legislator", "legislative", "parliamentarian", "politician",
		"candidate", "mayor", "senator", "councillor", "councilor")
}

// workersCamp reports whether the camp at token i is one of workers or
// other civilians: "a labour camp", "a camp of road construction workers",
// "opened fire on their camp" after the lead named labourers.
func workersCamp(toks []lex.Token, i int) bool {
	workers := func(t lex.Token) bool {
		return t.Is("labourers", "laborers", "labourer", "laborer", "labour", "labor", "workers", "worker", "miners", "construction",
			"nomads", "herders", "villagers", "civilians", "pilgrims", "students")
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if workers(toks[k]) {
			return true
		}
	}
	// "a camp of road construction workers": the workers named after it.
	if i+1 < len(toks) && toks[i+1].Is("of", "for") {
		for k := i + 2; k < len(toks) && k <= i+5 && !toks[k].Punct; k++ {
			if workers(toks[k]) && !(k+1 < len(toks) && toks[k+1].Is("camp", "camps")) {
				return true
			}
		}
	}
	// "attacked their residential camp ... The attackers entered the
	// camp": the camp named again is the workers' camp told before.
	if i > 0 && toks[i-1].Is("the") {
		for k := i - 2; k >= 0; k-- {
			if toks[k].Is("camp") {
				return workersCamp(toks, k)
			}
		}
	}
	// "attacked their residential camp": the camp's kind may stand
	// between.
	j := i - 1
	if j > 0 && toks[j].Is("residential", "living", "makeshift", "temporary") {
		j--
	}
	if j < 0 || !toks[j].Is("their") {
		return false
	}
	for k := max(0, j-24); k < j; k++ {
		if workers(toks[k]) {
			return true
		}
	}
	return false
}

// forcesNear reports whether a state force is named just before or after
// token i.
func forcesNear(toks []lex.Token, i int) bool {
	for k := max(0, i-2); k < len(toks) && k <= i+4; k++ {
		if k != i && toks[k].Is("police", "army", "military", "fc", "levies", "security", "ctd", "rangers", "soldiers", "troops",
			"forces", "frontier", "corps", "policemen", "patrolling", "official", "officials") {
			return true
		}
	}
	return false
}

// heavyWeapon reports whether a token names a weapon fired from a tube or
// launcher rather than a gun.
func heavyWeapon(t lex.Token) bool {
	return t.Is("rocket", "rockets", "mortar", "mortars", "shell", "shells", "missile", "missiles", "rpg", "rpgs", "grenade", "grenades",
		"rocket-propelled", "heavy", "artillery", "howitzer", "howitzers")
}

// gunfire reports whether the lead tells of shooting with guns: a firing
// trigger whose object is not a heavier weapon ("opened fire", "fired
// at", not "fired rockets").
func gunfire(toks []lex.Token, hits []Hit, leadEnd int) bool {
	for _, h := range hits {
		if h.Start >= leadEnd {
			break
		}
		if h.Cue != CueFiring {
			continue
		}
		// The object runs to the first preposition: "fired A-1 shells at
		// a post", "fired with heavy weapons at".
		heavy := false
		for k := h.Token + 1; k < len(toks) && k <= h.Token+4; k++ {
			if toks[k].Start < h.End {
				continue
			}
			if toks[k].Is("at", "on", "upon", "towards", "toward", "in", "and") || toks[k].Punct {
				break
			}
			if heavyWeapon(toks[k]) {
				heavy = true
				break
			}
		}
		if !heavy && !heavyFiredPassive(toks, h.Token) {
			return true
		}
	}
	return false
}

// heavyFiredPassive reports whether the firing verb at i is a passive one
// whose subject is a heavier weapon: "several mortar shells were fired at
// a military post" fires shells, not guns.
func heavyFiredPassive(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("was", "were", "been", "being") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if heavyWeapon(toks[k]) {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// heavyWeaponsOnly reports whether every shelling word of the lead is
// "heavy weapons" and an assault verb ("attacked", "stormed") tells the
// deed: "attacked an army post with heavy weapons".
func heavyWeaponsOnly(in Input) bool {
	assault := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueShelling && !lex.HasAt(in.Toks, h.Token, "heavy", "weapons") {
			return false
		}
		if h.Cue == CueAttack && in.Toks[h.Token].Is("attacked", "stormed", "assaulted", "raided") {
			assault = true
		}
	}
	return assault
}

// onlyHeavyWeapons reports whether every shelling word of the text is
// "heavy weapons": no rocket, mortar or shell is named anywhere.
func onlyHeavyWeapons(in Input) bool {
	for _, h := range in.Hits {
		if h.Cue == CueShelling && !lex.HasAt(in.Toks, h.Token, "heavy", "weapons") {
			return false
		}
	}
	return true
}

// launched reports whether the lead's shelling word is a rocket or mortar
// named before any grenade ("fired rockets and grenades"), not "heavy
// weapons" beside a grenade.
func launched(toks []lex.Token, hits []Hit, leadEnd int) bool {
	for _, h := range hits {
		if h.Start >= leadEnd {
			break
		}
		if h.Cue == CueGrenade {
			return false
		}
		if h.Cue == CueShelling && !toks[h.Token].Is("heavy") {
			return true
		}
	}
	return false
}

// offDuty reports whether the lead says the forces' man attacked was off
// duty ("an off-duty Levies officer", "a police officer (suspected off
// duty)", "a soldier on leave in his village").
func offDuty(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("off-duty") || lex.HasAt(toks, i, "off", "duty") || lex.HasAt(toks, i, "off", "-", "duty") ||
			lex.HasAt(toks, i, "on", "leave") || lex.HasAt(toks, i, "in", "civilian", "clothes") || atHome(toks, i) && !militiaVictim(toks, leadEnd) {
			return true
		}
	}
	// "fired upon him when he was on his way home after duty": a man
	// going home, told in any sentence, was off duty.
	for i, t := range toks {
		if t.Is("way") && i > 1 && toks[i-1].Is("his", "her") && toks[i-2].Is("on") && i+1 < len(toks) && toks[i+1].Is("home") ||
			lex.HasAt(toks, i, "after", "duty") || lex.HasAt(toks, i, "returning", "home") {
			return true
		}
	}
	return false
}

// militiaVictim reports whether the lead names a militia: its members
// are fighters wherever they are shot, never off duty.
func militiaVictim(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("militia", "militiaman", "militiamen") || lex.HasAt(toks, i, "death", "squad") {
			return true
		}
	}
	return false
}

// atHome reports whether token i opens "near his residence", "outside his
// house", "at her home", "inside their house" (his and his family's): a
// man shot at his home was not on duty. "Militants hiding inside their
// house fired" is the gunmen's house, not the victim's.
func atHome(toks []lex.Token, i int) bool {
	if i+2 >= len(toks) || !toks[i].Is("near", "outside", "at", "in", "inside") || !toks[i+1].Is("his", "her", "their") ||
		!toks[i+2].Is("residence", "house", "home") {
		return false
	}
	for k := i - 1; toks[i+1].Is("their") && k >= 0 && k >= i-3; k-- {
		if toks[k].Is("militants", "gunmen", "terrorists", "rebels", "insurgents", "ultras", "cadres", "assailants", "attackers") {
			return false
		}
	}
	return true
}

// inflicted reports whether the text speaks of casualties or losses
// inflicted, the wording of a fight with forces.
func inflicted(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("inflicted", "inflicting", "inflict") {
			return true
		}
	}
	return false
}

// leadFight reports whether the lead tells of an exchange of fire or a
// clash, not a security operation.
func leadFight(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueClash && !weakClash(in.Toks[h.Token]) {
			return true
		}
	}
	return false
}

// weakClash reports whether a clash word names a security operation
// rather than fighting.
func weakClash(t lex.Token) bool {
	return t.Is("operation", "raid", "raided", "raiding", "targeted", "ibo", "search", "combing", "clearance", "sanitisation", "sanitization", "cordon", "intelligence-based", "intelligence")
}

// gunfireFirst reports whether the lead tells of gunfire before it names
// an explosive.
func gunfireFirst(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd || h.Cue == CueExplosive {
			return false
		}
		if h.Cue == CueFiring && gunfire(in.Toks, []Hit{h}, in.LeadEnd) {
			return true
		}
	}
	return false
}

// disposal reports whether the lead tells of a bomb disposal team or an
// unexploded device: what it detonates, it destroys.
func disposal(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("unexploded") || lex.HasAt(toks, i, "bomb", "disposal") || lex.HasAt(toks, i, "explosive", "ordnance") {
			return true
		}
	}
	return false
}

// crowdFired reports whether the lead's gunfire is aimed at a crowd of
// protesters: "opened fire on protesters", "shot dead three
// demonstrators", "fired tear gas to disperse". A protest word within a
// few words of the firing says so.
func crowdFired(in Input) bool {
	if _, ok := followersFired(in); ok {
		return true
	}
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue != CueFiring {
			continue
		}
		// "fired on protesters", and the passive "ten demonstrators were
		// shot dead by the police".
		from := h.Token
		for from > 0 && from > h.Token-6 && !in.Toks[from-1].Is(".", ";") {
			from--
		}
		// "Seven people who were demonstrating against military rule
		// were killed when troops opened fire": the people told as
		// protesting in a relative clause may stand far before.
		if demonstratorsBefore(in.Toks, h.Token) {
			return true
		}
		// "shot dead at least 18 people across the country on Sunday as
		// they tried to break up protests": the crowd may come late.
		for k := from; k < len(in.Toks) && k <= h.Token+18; k++ {
			t := in.Toks[k]
			if t.Is(".", ";") {
				break
			}
			// "shot dead at least eight people taking part in protests":
			// the victims may be counted before they are called
			// protesters.
			if lex.HasAt(in.Toks, k, "part", "in") {
				// "taking part in a peaceful march".
				for j := k + 2; j < len(in.Toks) && j <= k+5; j++ {
					// "people taking part in the national strike".
					if in.Toks[j].Is("protests", "protest", "demonstrations", "demonstration", "rallies", "rally", "marches", "march", "strike", "strikes", "sit-in") {
						return true
					}
					if in.Toks[j].Punct {
						break
					}
				}
			}
			// "fired on worshippers who marched to a police station",
			// "as officers chased supporters who had been demonstrating":
			// the people fired on, told as protesting in a relative
			// clause.
			if t.Is("marched", "protested", "demonstrated", "rallied", "protesting", "demonstrating", "marching") && relativeBefore(in.Toks, k) {
				return true
			}
			// "shot dead nine people who had taken to the streets".
			if t.Is("taken", "took") && lex.HasAt(in.Toks, k+1, "to", "the", "streets") && relativeBefore(in.Toks, k) {
				return true
			}
			// Beyond ten words only a crowd broken up counts: "as they
			// tried to break up protests".
			if k > h.Token+10 && !(k > 1 && (in.Toks[k-1].Is("up", "disperse") || in.Toks[k-2].Is("up", "disperse"))) {
				continue
			}
			if t.Is("protesters", "protestors", "demonstrators", "crowd", "crowds", "march", "marchers", "rally", "protest",
				"students", "mourners", "strikers", "tear", "teargas", "rubber", "demonstration", "sit-in", "protests", "demonstrations",
				"rallies", "marches", "demonstrating", "protesting", "marching", "protester", "protestor", "demonstrator", "agitation") {
				return true
			}
		}
	}
	return false
}

// relativeBefore reports whether the verb at k opens a relative clause
// after its people: "worshippers who marched", "supporters who had been
// demonstrating".
func relativeBefore(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Is("who", "that") {
			return true
		}
		if !toks[j].Is("had", "have", "has", "been", "were", "was") {
			return false
		}
	}
	return false
}

// followersFired returns the lead's gunfire aimed at the followers of a
// party or a movement: "opened fire on participants of the gathering",
// "fired on a convoy of the party's supporters". People who follow a
// movement, fired on by state forces, are a crowd of protesters though
// the text never calls them so, as ACLED codes them; guests of a wedding
// or a match's crowd are not.
func followersFired(in Input) (Hit, bool) {
	if !in.Security {
		return Hit{}, false
	}
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue != CueFiring {
			continue
		}
		end := hitEnd(in.Toks, h)
		if end+1 < len(in.Toks) && in.Toks[end+1].Is("on", "at", "upon") {
			end++
		} else if !in.Toks[end].Is("on", "at", "upon") {
			continue
		}
		for k := end + 1; k < len(in.Toks) && k <= end+8 && !in.Toks[k].Punct; k++ {
			t := in.Toks[k]
			if t.Is("wedding", "funeral", "match", "festival", "fair", "guests", "spectators", "fans") {
				break
			}
			if t.Is("participants", "supporters", "activists") {
				return h, true
			}
			// "fired on a BYC convoy heading to Gwadar, injuring 14
			// marchers": a convoy the lead says carried marchers.
			if t.Is("convoy", "caravan", "procession") && marchersLater(in.Toks, k, in.LeadEnd) {
				return h, true
			}
		}
	}
	return Hit{}, false
}

// marchersLater reports whether the lead, after token i, names the people
// hit as marchers or protesters: "injuring 14 marchers".
func marchersLater(toks []lex.Token, i, leadEnd int) bool {
	for k := i + 1; k < len(toks) && toks[k].Start < leadEnd; k++ {
		if toks[k].Is("marchers", "protesters", "protestors", "demonstrators", "participants") {
			return true
		}
	}
	return false
}

// airFireOnly reports whether every firing the lead tells was into the
// air ("fired into the air to break up the protest"): warning shots
// aimed at no one.
func airFireOnly(in Input) bool {
	return everyLeadFiring(in, func(h Hit) bool {
		k := h.Token + 1
		for k < len(in.Toks) && in.Toks[k].Start < h.End {
			k++
		}
		return lex.HasAt(in.Toks, k, "into", "the", "air") || lex.HasAt(in.Toks, k, "in", "the", "air") || lex.HasAt(in.Toks, k, "into", "air") ||
			lex.HasAt(in.Toks, k, "in", "air")
	})
}

// everyLeadFiring reports whether the lead tells a firing and every
// firing it tells is of the kind ok says.
func everyLeadFiring(in Input, ok func(Hit) bool) bool {
	seen := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue != CueFiring {
			continue
		}
		if !ok(h) {
			return false
		}
		seen = true
	}
	return seen
}

// armedNoun reports whether the lead names armed men by a common noun
// ("Azerbaijani and Armenian forces", "rebels") where the actor
// dictionary knows no group.
func armedNoun(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		// "the People's Defence Force", "the Chinland Defense Force": a
		// force by its name.
		if t.Text == "Force" && i > 0 && toks[i-1].Is("defence", "defense") {
			return true
		}
		if t.Is("forces", "troops", "army", "soldiers", "rebels", "fighters", "militants", "militia", "militias", "gunmen",
			"insurgents", "guerrillas", "jihadists", "police", "separatists", "paramilitaries", "cartel", "cartels", "gangs",
			"militiamen", "mercenaries", "guerrilla", "commandos", "marines", "guard", "guards",
			// Tribes and clans that clash ("fighting between two tribes",
			// "a land dispute between clans turned into armed clashes")
			// fight as communal militias do: a battle, as ACLED codes it.
			"tribe", "tribes", "tribesmen", "clan", "clans", "defenders",
			// Myanmar's army by its own name and the military rulers.
			"tatmadaw", "junta") {
			return true
		}
		// "Several armed opposition groups merged".
		if t.Is("armed") && lex.HasAt(toks, i+1, "opposition") && i+2 < len(toks) && toks[i+2].Is("groups", "group", "factions", "faction", "forces") {
			return true
		}
		// "Armed youths raided the cattle camps": men named armed,
		// whatever they are called.
		if t.Is("armed") && i+1 < len(toks) && toks[i+1].Is("youths", "youth", "men", "herders", "herdsmen", "raiders", "civilians", "villagers", "groups", "group") {
			return true
		}
	}
	return false
}

// armedGroup reports whether the lead names armed groups ("two armed
// groups", "militant factions"), the usual subject of groups merging or
// splitting.
func armedGroup(toks []lex.Token, leadEnd int) bool {
	for i, t := range toks {
		if t.Start >= leadEnd {
			break
		}
		if t.Is("armed", "militant", "rebel", "jihadist", "insurgent", "separatist", "guerrilla") && i+1 < len(toks) &&
			toks[i+1].Is("group", "groups", "faction", "factions", "outfits", "coalition", "alliance", "movement", "movements") {
			return true
		}
	}
	return false
}

// crowdAttacked reports whether the lead names protesters before an
// attack verb, so that they are the ones who stormed or attacked.
func crowdAttacked(in Input, lead map[Cue]bool) bool {
	if !lead[CueAttack] || !lead[CueProtest] {
		return false
	}
	protestAt, attackAt := -1, -1
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueProtest && protestAt < 0 {
			protestAt = h.Start
		}
		// A verb: "protest against drone attacks" names no deed of the
		// crowd's.
		if h.Cue == CueAttack && attackAt < 0 && in.Toks[h.Token].Is("stormed", "attacked", "assaulted", "raided", "attacking", "thrashed", "beat", "beaten") {
			attackAt = h.Start
		}
	}
	return protestAt >= 0 && protestAt < attackAt
}

// protestersSetUpon reports a lead whose attack has protesters or their
// camp for its object and a mob for its subject: "supporters of the ruling
// party attacked the protest camp", "hoodlums armed with machetes
// attacked the protesters".
func protestersSetUpon(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			return false
		}
		if h.Cue != CueAttack || !in.Toks[h.Token].Is("attacked", "assaulted", "beat", "set") {
			continue
		}
		i := h.Token
		object := false
		for k := i + 1; k < len(in.Toks) && k <= i+5 && !in.Toks[k].Punct; k++ {
			if in.Toks[k].Is("protesters", "protestors", "demonstrators", "marchers", "protest", "sit-in", "rally") {
				object = true
				break
			}
		}
		if !object {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			t := in.Toks[k]
			if t.Is(".", ";") || stateForceWord(t) || t.Is("gunmen", "militants", "rebels", "bandits") {
				return false
			}
			if t.Is("hoodlums", "thugs", "supporters", "loyalists", "counter-protesters", "counter-demonstrators", "vigilantes") {
				return true
			}
		}
		return false
	}
	return false
}

// protestersKilled reports whether the lead's killing word has protesters
// for its object: "police killed two protesters", "three demonstrators
// were killed".
// shotLead reports a shooting that wounded people in the lead: "shot
// and wounded", "shot and injured". (Those shot dead are counted among
// the deaths.)
func shotLead(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueFiring && (lex.HasAt(in.Toks, h.Token, "shot", "and", "wounded") || lex.HasAt(in.Toks, h.Token, "shot", "and", "injured")) {
			return true
		}
	}
	return false
}

// stateAgent reports whether the words from k name a state force: "the
// military", "security forces", "riot police".
func stateAgent(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].Is("military", "army", "troops", "soldiers", "police", "policemen", "junta", "forces", "gendarmes") {
			return true
		}
		if toks[j].Punct {
			return false
		}
	}
	return false
}

// diedInRepression reports a death told in the lead as suffered in the
// putting down of a protest, as the translated Latin American and
// African press words it: "died during the repression of the march",
// "were killed in the crackdown on the protest".
func diedInRepression(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue != CueKill || !in.Toks[h.Token].Is("died", "killed") {
			continue
		}
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+8 && !in.Toks[k].Punct; k++ {
			if !in.Toks[k].Is("during", "in") {
				continue
			}
			j := k + 1
			if lex.HasAt(in.Toks, j, "the") {
				j++
			}
			if !lex.HasAt(in.Toks, j, "repression") && !lex.HasAt(in.Toks, j, "crackdown") && !lex.HasAt(in.Toks, j, "suppression") {
				continue
			}
			for m := j + 1; m < len(in.Toks) && m <= j+4 && !in.Toks[m].Punct; m++ {
				if in.Toks[m].Is("protest", "protests", "march", "marches", "demonstration", "demonstrations", "protesters", "demonstrators", "rally", "sit-in", "strike") {
					return true
				}
			}
		}
	}
	return false
}

func protestersKilled(in Input) bool {
	crowd := func(t lex.Token) bool {
		return t.Is("protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator")
	}
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		// "A protester died after being beaten by police": the crowd's
		// man is the subject of the death.
		if h.Cue == CueKill && in.Toks[h.Token].Is("died", "dies") {
			for k := h.Token - 1; k >= 0 && k >= h.Token-3; k-- {
				if crowd(in.Toks[k]) {
					return true
				}
			}
		}
		// "Sudanese forces kill 7 protesters as thousands rally": a
		// headline's present.
		if h.Cue != CueKill || !in.Toks[h.Token].Is("killed", "killing", "kill", "kills") {
			continue
		}
		// "troops killed six people during protests near the airport",
		// "killed eight supporters of the president at a peaceful
		// blockade".
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+8 && !in.Toks[k].Punct; k++ {
			if !in.Toks[k].Is("during", "at", "in") {
				continue
			}
			for j := k + 1; j < len(in.Toks) && j <= k+3 && !in.Toks[j].Punct; j++ {
				if in.Toks[j].Is("protests", "protest", "demonstrations", "demonstration", "rallies", "rally", "marches", "march", "blockade", "blockades", "sit-in") {
					return true
				}
				// "during the November protests", "at the EndSARS
				// protests": a month or a movement named before the noun.
				if !in.Toks[j].Is("a", "an", "the", "peaceful", "road", "student", "opposition") && !capitalisedWord(in.Toks[j]) {
					break
				}
			}
		}
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+3; k++ {
			if crowd(in.Toks[k]) {
				return true
			}
		}
		for k := h.Token - 1; k >= 0 && k >= h.Token-4; k-- {
			// "held a vigil for the protester killed by police": the
			// dead the vigil is for, not a killing at it.
			if crowd(in.Toks[k]) && mournedFor(in.Toks, k) {
				break
			}
			if crowd(in.Toks[k]) {
				// "protesters were killed by the military": by the
				// state, not by gunmen.
				return !lex.HasAt(in.Toks, h.Token+1, "by") || h.Token+2 < len(in.Toks) && stateAgent(in.Toks, h.Token+2)
			}
		}
	}
	return false
}

// riotOpens reports whether the lead opens with rioters at work, any
// gunfire in it told as their cause: "Rioting youths torched cars after
// a teenager was shot by police".
func riotOpens(in Input) bool {
	opened, at := false, 0
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if !opened {
			// "Stone-pelting youths clashed with troops": a crowd named by
			// its stones opens the lead as rioters do.
			if h.Cue != CueRiot || !in.Toks[h.Token].Is("rioting", "rioters", "riot", "riots", "rioted", "stone-pelting", "stone-pelters") &&
				!lex.HasAt(in.Toks, h.Token, "stone", "pelting") {
				return false
			}
			opened, at = true, h.Token
			continue
		}
		// "Rioters clashed with security forces": the rioters are the
		// clash's subject, the forces the ones they fought.
		if h.Cue == CueClash && h.Token-at <= 3 && !stopBetween(in.Toks, at, h.Token) && !in.Toks[h.Token-1].Is(",") {
			continue
		}
		if (h.Cue == CueFiring || h.Cue == CueClash || h.Cue == CueAttack) && !causeClause(in.Toks, h.Token) {
			return false
		}
	}
	return opened
}

// mournedFor reports whether the people named at k are those a vigil,
// a march or a prayer is for: "a vigil for the protester killed",
// "mourning the demonstrators shot last week".
func mournedFor(toks []lex.Token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].Is("the", "a", "two", "three", "young", "slain", "dead") {
		j--
	}
	return j >= 0 && toks[j].Is("for", "mourn", "mourning", "mourned", "honour", "honouring", "honor", "honoring", "commemorate", "commemorating", "remember", "remembering")
}

// crowdDeedForCause returns the lead's crowd deed against property ("set
// fire to a police post", "rioters ransacked the office") when every
// other violent word of the lead comes after it, in a clause that gives
// its cause: "after a youth was killed in firing at a check post". The
// crowd riots over the killing; the killing is another incident.
func crowdDeedForCause(in Input) (Hit, bool) {
	var deed Hit
	found, cause := false, false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Item || !Violent(h.Cue) && h.Cue != CueDestroy {
			continue
		}
		t := in.Toks[h.Token]
		switch {
		case !found && (h.Cue == CueRiot || (h.Cue == CueMob || h.Cue == CueDestroy && crowdBefore(in.Toks, h.Token)) &&
			t.Is("set", "torched", "burned", "burnt", "ransacked", "vandalised", "vandalized", "smashed")):
			deed, found = h, true
		case !found:
			return Hit{}, false
		case cause && !stopBetween(in.Toks, deed.Token, h.Token):
			// The cause clause goes on: "after a youth was killed in
			// firing at a check post".
		case h.Cue == CueRiot || h.Cue == CueMob || h.Cue == CueDestroy:
			// More of the crowd's deeds.
		case causeClause(in.Toks, h.Token):
			cause = true
		default:
			return Hit{}, false
		}
	}
	return deed, found && cause
}

// burnedProtesting reports whether the lead tells a crowd's deed against
// property ("set ablaze", "torched", "ransacked") followed in its clause
// by the protest it made: "protesting the killing", "in protest against".
func burnedProtesting(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		// "set it ablaze": the deed's hit is its last word.
		if h.Cue != CueMob && h.Cue != CueDestroy || !in.Toks[h.Token].Is("set", "torched", "burned", "burnt", "ransacked", "vandalised", "vandalized", "ablaze") {
			continue
		}
		// "A crowd protesting against a tariff hike stormed the offices
		// and vandalised them": the crowd named as protesting before.
		if protestingCrowdBefore(in.Toks, h.Token) {
			return true
		}
		for k := h.Token + 1; k < len(in.Toks) && k <= h.Token+20 && in.Toks[k].Start < in.LeadEnd && !in.Toks[k].Is(".", ";"); k++ {
			if in.Toks[k].Is("protesting") || lex.HasAt(in.Toks, k, "in", "protest") {
				return true
			}
			// "set it ablaze as protests over fuel prices spiralled": the
			// protests the burning was part of.
			if in.Toks[k].Is("as", "amid", "during") && lex.HasAt(in.Toks, k+1, "protests") {
				return true
			}
		}
	}
	return false
}

// CrowdDeedForCause reports whether the event's lead tells a crowd's
// deed against property with the killing that caused it told after it
// ("set fire to a post after a youth was killed"): the dead are the
// cause's, not the riot's, and ACLED counts none in it.
func CrowdDeedForCause(in Input) bool {
	_, ok := crowdDeedForCause(in)
	return ok
}

// sufferedSexual reports a sexual assault told at i in the passive, as
// suffered by someone: "she was sexually assaulted", "were raped".
func sufferedSexual(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("sexually") {
		k--
	}
	return k >= 0 && toks[i].Is("assaulted", "raped", "abused", "gang-raped") && toks[k].Is("was", "were", "been")
}

// victimDetained reports an arrest told at i as a participle after the
// person it befell, naming who she is: "A woman detained at a protest said
// she was sexually assaulted". Police who "detained" someone tell an
// arrest.
func victimDetained(toks []lex.Token, i int) bool {
	return i > 0 && toks[i].Is("detained", "arrested", "held") &&
		toks[i-1].Is("woman", "women", "man", "men", "girl", "girls", "boy", "student", "students", "protester", "protesters", "activist", "activists", "journalist")
}

// mobThenCause reports a lead whose crowd's deed comes first and whose
// every other violent trigger stands in the clause of its cause: "A crowd
// attacked Syrian-owned shops after a Turkish youth was stabbed in a
// fight". The stabbing is why the crowd struck, not the event.
func mobThenCause(in Input) bool {
	mob := -1
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		switch {
		case h.Cue == CueMob:
			if mob < 0 {
				mob = h.Token
			}
		case !Violent(h.Cue) || h.Cue == CueKill:
		case mob < 0 || !causeClause(in.Toks, h.Token):
			return false
		}
	}
	return mob >= 0
}

// causeClause reports whether the trigger at i stands in a clause that
// gives the cause of what was told before it: "after a teenager was shot
// by police", "following the killing of a student".
func causeClause(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("after", "following", "over") {
			return true
		}
		// "suspended its ceasefire, citing attacks by the army".
		if toks[k].Is("citing", "blaming") && k > 0 && toks[k-1].Is(",") {
			return true
		}
	}
	return false
}

// dealNounsOnly reports whether every agreement trigger is a deal named
// as a noun, not one signed or agreed.
func dealNounsOnly(in Input) bool {
	for _, h := range in.Hits {
		if h.Cue == CueAgreement && !in.Toks[h.Token].Is("deal", "accord", "agreement", "ceasefire", "cease-fire", "truce", "peace") {
			return false
		}
	}
	return true
}

// massGrave finds a mass grave or a burial site in the lead: "a mass
// grave was found", "bodies exhumed from a mass burial site".
func massGrave(in Input) (Hit, bool) {
	toks := in.Toks
	// "Gunmen killed 30 villagers and buried them in a mass grave" tells
	// the killing: only bodies and remains may be named beside the grave.
	for _, h := range in.Hits {
		// "bodies believed to be Yazidis killed by the militants": a
		// participle telling who the dead were, not a killing told.
		if h.Start < in.LeadEnd && h.Cue == CueKill && !toks[h.Token].Is("bodies", "body", "dead", "remains") && !reducedKilled(toks, h.Token) {
			return Hit{}, false
		}
	}
	for i, t := range toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if t.Is("mass", "clandestine", "common", "unmarked") && lex.HasAt(toks, i+1, "grave") || t.Is("mass", "clandestine", "common", "unmarked") && lex.HasAt(toks, i+1, "graves") ||
			lex.HasAt(toks, i, "mass", "burial") {
			return Hit{Cue: CueKill, Start: t.Start, End: toks[i+1].End, Token: i}, true
		}
	}
	return Hit{}, false
}

// territoryNouns are the places ground is taken or given up in.
var territoryNouns = lex.WordSet(`district districts area areas town towns city cities village villages territory positions
	position post posts checkpost checkposts base bases headquarters centre center province valley region outposts
	outpost checkpoints capital airport port ports airports crossings oilfields crossing bridge hill hilltop oilfield island settlement neighbourhood
	neighborhood suburb suburbs county municipality locality localities enclave enclaves stronghold strongholds
	township townships highway highways road roads mountain mountains junction complex compound barracks garrison heights ridge
	zone`)

// nameParticle reports a lower-case part of a place's name after its
// first word: "Maarat al-Numan", "Kafr el-Sheikh".
func nameParticle(t lex.Token) bool {
	return strings.HasPrefix(t.Text, "al-") || strings.HasPrefix(t.Text, "el-") || strings.HasPrefix(t.Text, "ad-") || strings.HasPrefix(t.Text, "as-")
}

// properName reports whether token k is a capitalised word, a place's
// name before its kind ("Kherson city"), and not a determiner opening the
// sentence ("This town").
func properName(toks []lex.Token, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].Punct || toks[k].Text == "" || toks[k].Text[0] < 'A' || toks[k].Text[0] > 'Z' {
		return false
	}
	return !toks[k].Is("this", "that", "these", "those", "every", "each", "no", "one", "his", "her", "their", "its", "our")
}

// campAfter reports whether a camp or barracks is named within a few
// words after token i, in its clause.
func campAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		// "handed over its team site": a UN mission's base.
		if toks[k].Is("camp", "camps", "barracks") || toks[k].Is("site", "sites") && toks[k-1].Is("team", "operating") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// peacekeepers reports whether the tokens name peacekeepers or a UN
// mission.
func peacekeepers(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("peacekeepers", "peacekeeping", "minusma", "monusco", "unmiss", "unifil") || lex.HasAt(toks, i, "blue", "helmets") ||
			t.Is("mission") && i > 0 && toks[i-1].Is("un", "nations", "union") {
			return true
		}
	}
	return false
}

// crowdNamed reports whether the event's words name a crowd or the people
// in it: whom tear gas or batons were used on.
func crowdNamed(toks []lex.Token) bool {
	for i, t := range toks {
		// "to scatter hundreds of unemployed graduates": people by the
		// hundred.
		if t.Is("hundreds", "thousands", "dozens", "scores") && lex.HasAt(toks, i+1, "of") {
			return true
		}
		if t.Is("crowd", "crowds", "supporters", "demonstrators", "protesters", "protestors", "participants", "activists", "protester", "demonstrator",
			"students", "workers", "marchers", "mob", "people", "residents", "villagers", "gathering", "rally", "sit-in", "march",
			"marches", "procession", "farmers") {
			return true
		}
		// "Police used tear gas to disperse them": only a crowd is
		// dispersed, whoever "them" are.
		// "fired tear gas and detained about 20 of them".
		if t.Is("disperse", "dispersed", "dispersing", "scatter", "scattered") && lex.HasAt(toks, i+1, "them") ||
			t.Is("of") && lex.HasAt(toks, i+1, "them") && i > 1 && (toks[i-2].Is("detained", "arrested") || toks[i-1].Is("detained", "arrested") || i > 2 && toks[i-3].Is("detained", "arrested")) {
			return true
		}
	}
	return false
}

// arrestMade reports an arrest the event tells of, not the custody or the
// detention a protest is against ("a sit-in against the killing of a young
// man in CTD custody", "protested over the arrest of their leader").
func arrestMade(in Input) bool {
	for _, h := range in.Hits {
		if h.Cue != CueArrest || h.Item {
			continue
		}
		cause := false
		// "Nurses protesting over pay were arrested": the protesters
		// themselves, arrested in the passive.
		passive := h.Token > 0 && in.Toks[h.Token-1].Is("was", "were", "been", "being")
		// "refusing to bury him until the killers were arrested": an
		// arrest the crowd waits for, not one made ("until police
		// arrested nine of them" ended the sit-in).
		awaited := passive || h.Token > 0 && in.Toks[h.Token-1].Is("are", "is", "be")
		for k := h.Token - 1; awaited && k >= 0 && k >= h.Token-6 && !in.Toks[k].Punct; k-- {
			if in.Toks[k].Is("until", "unless", "till") {
				cause = true
				break
			}
		}
		for k := h.Token - 1; k >= 0 && k >= h.Token-14 && !in.Toks[k].Punct && !passive; k-- {
			// "Truckers protesting toll hikes were pulled from their cabs
			// and detained": a verb between ends the protest's clause,
			// and the arrest is the protesters'.
			if in.Toks[k].Is("were", "was", "are", "is") {
				break
			}
			// "gathered to protest the arrest of the mayor".
			if in.Toks[k].Is("against", "over", "condemning", "demanding", "denouncing", "protest", "protesting", "protested", "condemn",
				"denounce", "decry", "decrying") {
				cause = true
				break
			}
		}
		if !cause {
			return true
		}
	}
	return false
}

// peopleBeaten reports whether the lead tells of people beaten: "beating
// residents".
func peopleBeaten(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueAttack && in.Toks[h.Token].Is("beating") {
			return true
		}
	}
	return false
}

// denial reports whether the text before end denies or rejects reports
// of the violence told after it: "denied Armenian reports that its
// troops had opened fire", "rejected claims that". A bare "denied that"
// may deny a detail of a fight the text tells ("denied that a soldier
// was killed in the clash"), and is left alone.
func denial(toks []lex.Token, end int) bool {
	for i, t := range toks {
		if t.Start >= end {
			break
		}
		if !t.Is("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if toks[k].Is("reports", "report", "claims", "claim", "allegations", "allegation", "accusations", "accusation") {
				return true
			}
		}
	}
	return false
}

// territoryBefore reports whether territory is named before token i in
// its sentence: the place "it" stands for in "handed it over".
func territoryBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if territoryNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// gangKilling reports a lead whose killers are a cartel or a drug gang,
// named before the deed as its subject ("cartel gunmen shot dead",
// "members of a drug gang killed"), with no state force, armed group,
// bomb or crowd in it. A gang of another trade (extortion, robbery) is
// left to the attack rules: SATP and ACLED code its killings as attacks.
func gangKilling(in Input) bool {
	deed, deedCue := -1, CueNone
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		switch h.Cue {
		case CueCrime:
		// "Two rival gangs fought with guns ... in a turf war": gangs
		// told as fighting; whether it is their crime the words after
		// decide.
		case CueClash:
			if !gangsBefore(in.Toks, h.Token) {
				return false
			}
			if deed < 0 {
				deed, deedCue = h.Token, h.Cue
			}
		case CueFiring, CueKill, CueAttack:
			// "A cartel boss was shot dead by gunmen": the gang's man
			// is the victim.
			if lex.HasAt(in.Toks, hitEnd(in.Toks, h)+1, "by") {
				return false
			}
			if deed < 0 {
				deed, deedCue = h.Token, h.Cue
			}
		default:
			if Violent(h.Cue) || h.Cue == CueProtest || h.Cue == CueAbduct {
				return false
			}
		}
	}
	if deed < 0 {
		return false
	}
	// Police or troops in the story fought the gang, unless they only
	// tell it. Robbers' victims may be police too: "armed robbers shot
	// dead a police officer, the police spokesman said" is a robbery's
	// killing (a cartel's ambush of police is a battle).
	robbers := lex.Find(in.Toks[:deed], 0, "robbers") >= 0
	if in.Security && !forcesOnlyTell(in.Toks) && !(robbers && forcesOnlyTell(in.Toks[:deed])) {
		return false
	}
	// The words are read only for a deed with no other violence: most
	// leads have none.
	gang := false
	for k := 0; k < deed && !gang; k++ {
		gang = crimeGroupAt(in.Toks, k) || deedCue != CueClash && namedGangAt(in.Toks, k)
	}
	// "Members of the MS-13 gang killed two drivers who refused to pay
	// extortion": a gang's killing for its racket.
	if !gang && lex.Find(in.Toks[:deed], 0, "gang") >= 0 {
		for k := deed + 1; k < len(in.Toks) && in.Toks[k].Start < in.LeadEnd; k++ {
			if in.Toks[k].Is("extortion", "extortions") {
				gang = true
				break
			}
		}
	}
	// "Gunmen shot dead nine people in Irapuato, where two cartels are
	// fighting over fuel theft": the place told as the gangs' ground
	// makes the killing theirs; so does a "turf war" the killing was in.
	for k := deed + 1; k < len(in.Toks) && in.Toks[k].Start < in.LeadEnd && !gang; k++ {
		// "in what police believe was gang violence over drug turf".
		// "in a feud between rival taxi associations": the taxi trade's
		// killings are its business war.
		if lex.HasAt(in.Toks, k, "turf", "war") || lex.HasAt(in.Toks, k, "turf", "wars") || lex.HasAt(in.Toks, k, "gang", "violence") ||
			lex.HasAt(in.Toks, k, "drug", "turf") || in.Toks[k].Is("gang-related", "drug-related") ||
			// "the latest of a string of gang feuds", "a gang war".
			lex.HasAt(in.Toks, k, "gang", "feud") || lex.HasAt(in.Toks, k, "gang", "feuds") || lex.HasAt(in.Toks, k, "gang", "war") ||
			lex.HasAt(in.Toks, k, "gang", "wars") || lex.HasAt(in.Toks, k, "gang", "warfare") || lex.HasAt(in.Toks, k, "rival", "taxi") ||
			lex.HasAt(in.Toks, k, "taxi", "feud") || lex.HasAt(in.Toks, k, "taxi", "war") || lex.HasAt(in.Toks, k, "taxi", "violence") {
			gang = true
			break
		}
		if !in.Toks[k].Is("where") {
			continue
		}
		for j := k + 1; j < len(in.Toks) && j <= k+5 && !gang; j++ {
			gang = crimeGroupAt(in.Toks, j)
		}
	}
	return gang && !nonStateNoun(in.Toks) && !armedPartyName(in.Toks)
}

// gangNamed reports a cartel or a criminal gang named in the lead: "a
// clandestine grave used by a drug cartel".
func gangNamed(in Input) bool {
	for k, t := range in.Toks {
		if t.Start >= in.LeadEnd {
			break
		}
		if crimeGroupAt(in.Toks, k) {
			return true
		}
	}
	return false
}

// policeInPlaceSaid reports a force named with its place as the teller:
// "Police in Cape Town said gang members shot dead six people".
func policeInPlaceSaid(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "in") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("said", "says", "say") {
			return true
		}
		if !properName(toks, k) {
			return false
		}
	}
	return false
}

// forcesOnlyTell reports whether every police or army named in the
// tokens is a source of the story ("police said", "according to the
// army"), not a side in it.
func forcesOnlyTell(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("police", "army", "military", "troops", "soldiers", "forces") {
			continue
		}
		// "in what police believe was gang violence": the police's
		// view of the cause is told too.
		told := i+1 < len(toks) && toks[i+1].Is("said", "says", "say", "told", "reported", "confirmed", "believe", "believed", "suspect", "suspected") ||
			i > 1 && lex.HasAt(toks, i-2, "according", "to") || i > 2 && toks[i-1].Is("the") && lex.HasAt(toks, i-3, "according", "to") ||
			policeInPlaceSaid(toks, i)
		if !told {
			return false
		}
	}
	return true
}

// crimeGroupAt reports whether token i names a cartel or a group of
// organised crime: "the Jalisco cartel", "members of a drug gang", "a
// criminal group", "organised crime".
func crimeGroupAt(toks []lex.Token, i int) bool {
	t := toks[i]
	switch {
	case t.Is("cartel", "cartels"):
		return true
	// "Armed robbers raided a bank, shooting dead two policemen": a
	// robbery's killing.
	case t.Is("robbers", "robber", "carjackers"):
		return true
	case t.Is("gang", "gangs", "group", "groups", "syndicate", "syndicates", "network", "networks", "ring", "rings") && i > 0:
		return toks[i-1].Is("drug", "drugs", "narco", "narcotics", "trafficking", "criminal", "crime")
	case t.Is("crime") && i > 0:
		return toks[i-1].Is("organised", "organized")
	}
	return false
}

// namedGangAt reports a gang named by its code or its rivalry at i:
// "members of the MS-13 gang", "inmates of rival gangs", "a street gang".
// Such gangs' killings are their crime; their fights for ground with
// guns (Haiti's G9 against G-Pep) the gangKilling reader leaves to
// gangsBefore.
func namedGangAt(toks []lex.Token, i int) bool {
	return toks[i].Is("gang", "gangs") && i > 0 && (toks[i-1].Is("rival", "street", "prison") || gangCode(toks[i-1]))
}

// gangCode reports a gang's name made of letters and digits: "MS-13",
// "18th", "400".
func gangCode(t lex.Token) bool {
	for _, r := range t.Text {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// beatenToDeath reports whether "to death" at i completes a beating of
// someone crowd names: "beat a protester to death".
func beatenToDeath(toks []lex.Token, i int, crowd func(int) bool) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].Punct; k-- {
		if !crowd(k) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if toks[j].Is("beat", "beaten", "clubbed", "bludgeoned", "kicked") {
				return true
			}
		}
	}
	return false
}

// crowdShotDead reports a crowd killed by gunfire told in words: "shot
// dead a protester", "fired on demonstrators, killing a teenager",
// "killed at least four protesters".
func crowdShotDead(in Input) bool {
	crowd := func(k int) bool {
		return in.Toks[k].Is("protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator", "mourners")
	}
	for i, h := range in.Hits {
		t := in.Toks[h.Token]
		// "Police beat a protester to death during a march".
		if h.Cue == CueKill && lex.HasAt(in.Toks, h.Token, "to", "death") && beatenToDeath(in.Toks, h.Token, crowd) {
			return true
		}
		lethal := h.Cue == CueFiring && (lex.HasAt(in.Toks, h.Token, "shot", "dead") || lex.HasAt(in.Toks, h.Token, "gunned", "down") ||
			lex.HasAt(in.Toks, h.Token, "mowed", "down") || lex.HasAt(in.Toks, h.Token, "mown", "down") ||
			lex.HasAt(in.Toks, h.Token, "shot", "and", "killed")) || h.Cue == CueKill && t.Is("killed", "killing", "kill", "kills")
		if h.Cue != CueFiring && !lethal {
			continue
		}
		end := hitEnd(in.Toks, h)
		named := false
		for k := end + 1; k < len(in.Toks) && k <= end+5 && !in.Toks[k].Punct; k++ {
			if crowd(k) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if lethal {
			return true
		}
		// Fired on the crowd, then a killing told in the same sentence.
		for _, o := range in.Hits[i+1:] {
			if stopBetween(in.Toks, h.Token, o.Token) {
				break
			}
			if o.Cue == CueKill && in.Toks[o.Token].Is("killing", "killed") {
				return true
			}
		}
	}
	return false
}

// gangsOnly reports whether every crime word of the input names a gang
// or a cartel, armed groups in their own right, not robbers or drugs.
func gangsOnly(in Input) bool {
	for _, h := range in.Hits {
		if h.Cue == CueCrime && !in.Toks[h.Token].Is("gang", "gangs", "cartel", "cartels") {
			return false
		}
	}
	return true
}

// violentProtest finds "violent protests" or "violent demonstrations" in
// the lead: a riot hit that names a protest too.
func violentProtest(in Input) (Hit, bool) {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if h.Cue == CueRiot && in.Toks[h.Token].Is("violent") {
			return h, true
		}
	}
	return Hit{}, false
}

// hardViolentLead reports whether the lead tells of violence other than a
// police operation against a crime: "arrested 12 people in an operation
// against a money-laundering scheme" tells of none.
func hardViolentLead(in Input) bool {
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if Violent(h.Cue) && h.Cue != CueKill && !(h.Cue == CueClash && weakClash(in.Toks[h.Token]) && againstCrime(in, h.Token)) &&
			!(h.Cue == CueAttack && robbersBefore(in.Toks, h.Token)) {
			return true
		}
	}
	return false
}

// destroyedByWeapon reports whether the passive destruction at i was done
// by a weapon or an attack named after "by": "was set on fire by a
// missile attack", "were destroyed by shelling".
func destroyedByWeapon(toks []lex.Token, i int) bool {
	if i == 0 || !toks[i-1].Is("was", "were", "been", "being") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if !toks[k].Is("by") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].Punct; j++ {
			if toks[j].Is("missile", "missiles", "rocket", "rockets", "shell", "shells", "shelling", "drone", "drones", "attack", "strike", "strikes",
				"airstrike", "airstrikes", "bomb", "bombs", "mortar", "mortars", "artillery") {
				return true
			}
		}
		return false
	}
	return false
}

// robbersBefore reports whether the attack at i is told of robbers or
// thieves: "armed robbers attacked a bank and carted away cash" is a
// robbery, which ACLED does not code.
func robbersBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k].Punct; k-- {
		if toks[k].Is("robbers", "robber", "thieves", "burglars", "dacoits") {
			return true
		}
	}
	return false
}

// againstCrime reports whether the operation or raid at i is aimed at a
// crime named just after it: "an operation against a money-laundering
// scheme", "a raid on drug traffickers"; or at the offenders it caught,
// named just before: "arrested 40 gamblers in a raid".
func againstCrime(in Input, i int) bool {
	// "in a buy-bust operation", "an anti-narcotics raid": the kind of
	// operation says what it is against.
	if i > 0 && in.Toks[i-1].Is("buy-bust", "anti-drug", "anti-drugs", "anti-narcotics", "counter-narcotics", "anti-smuggling", "sting") {
		return true
	}
	if i > 1 && in.Toks[i-1].Is("a", "an", "the") && in.Toks[i-2].Is("in", "during") {
		for _, h := range in.Hits {
			if h.Cue == CueCrime && h.Token < i-2 && h.Token >= i-8 {
				return true
			}
		}
	}
	if !lex.HasAt(in.Toks, i+1, "against") && !lex.HasAt(in.Toks, i+1, "targeting") && !lex.HasAt(in.Toks, i+1, "on") {
		return false
	}
	for _, h := range in.Hits {
		if h.Cue == CueCrime && h.Token > i+1 && h.Token <= i+5 {
			return true
		}
	}
	return false
}

// moveFirst reads a strategic move (a base set up, ground handed over, a
// group changed) that opens the lead, when every eventful trigger of the
// lead comes after it as its cause ("after the town was attacked") and no
// one is hurt.
func moveFirst(in Input) (Class, bool) {
	c, ok := strategicMove(in)
	if !ok {
		return Class{}, false
	}
	// People hurt belong to the move's cause only for a group's new
	// leader: "announced a new leader after its commander was killed".
	if hurt(in) > 0 && !(c.SubEventType == GroupChange && newLeader(in.Toks, c.Trigger.Token)) {
		return Class{}, false
	}
	at := c.Trigger.Token
	seen := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		if !Eventful(h.Cue) {
			continue
		}
		// "suspended its unilateral ceasefire": the truce is the move's
		// own object.
		if h.Cue == CueAgreement && h.Token > at && h.Token <= at+3 {
			continue
		}
		if h.Token < at || !causeClause(in.Toks, h.Token) && !baseUse(in.Toks, h.Token) {
			return Class{}, false
		}
		seen = true
	}
	return c, seen
}

// groundObject reports whether the verb at i takes a place as its direct
// object: "surrendered the district to the Taliban", not "surrendered
// before the district police".
func groundObject(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i+1, "the") && !lex.HasAt(toks, i+1, "their") && !lex.HasAt(toks, i+1, "its") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if territoryNouns[toks[k].Lower] {
			return k+1 >= len(toks) || !toks[k+1].Is("police", "authorities", "officials", "administration", "commander", "chief")
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// leadersMen reports whether the tokens name a commander's men: "Fazlullah's
// men", the way the press names a militant leader's followers.
func leadersMen(toks []lex.Token) bool {
	for k := 1; k < len(toks); k++ {
		p := toks[k-1]
		if toks[k].Is("men", "fighters", "followers") && strings.HasSuffix(p.Lower, "'s") && p.Text != "" && p.Text[0] >= 'A' && p.Text[0] <= 'Z' {
			return true
		}
	}
	return false
}

// baseAfter reports whether what is opened at i is a base or headquarters
// ("opened a base in a school"), which no one opens but armed men; a camp
// may be for the displaced.
func baseAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("base", "bases", "headquarters", "outpost", "outposts") {
			return true
		}
	}
	return false
}

// factionSubject reports whether the subject of the split at i is a
// faction or armed men: "a faction of the TTP split from the group",
// "militant commanders broke away", not "the party split from the
// coalition".
func factionSubject(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		// "The armed wing of the front broke away", not "the east wing".
		wing := toks[k].Is("wing") && k > 0 && toks[k-1].Is("armed", "military", "militant")
		if wing || toks[k].Is("faction", "factions", "commanders", "splinter", "breakaway") || nonStateNoun(toks[k:k+1]) {
			return true
		}
	}
	return false
}

// militaryBefore reports whether the word before the noun that "opened"
// at i takes is military: "opened a new military camp".
func militaryBefore(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("military", "army", "forward", "operating", "police") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// reliefCamp reports whether the camp at k shelters people: "a camp for
// displaced families", "a refugee camp".
func reliefCamp(toks []lex.Token, k int) bool {
	for j := max(0, k-2); j < len(toks) && j <= k+3; j++ {
		if toks[j].Is("refugee", "refugees", "displaced", "idp", "idps", "relief", "medical", "summer", "holiday", "families") {
			return true
		}
	}
	return false
}

// intoBase reports whether the verb at i makes something into a base:
// "turned a hospital into a military base".
func intoBase(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("into") {
			for j := k + 1; j < len(toks) && j <= k+5; j++ {
				if toks[j].Is("base", "bases", "barracks", "headquarters", "garrison", "stronghold", "outpost") {
					return true
				}
				// "turned a school into a command centre".
				if toks[j].Is("centre", "center", "post") && toks[j-1].Is("command", "military", "operations") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// captivesFreed reports whether the verb at i frees people the subject
// held captive: "released ten aid workers it had held for months",
// "freed the hostages". Prisoners and detainees released by a state are
// not captives.
func captivesFreed(toks []lex.Token, i int) bool {
	if !toks[i].Is("released", "freed") || i == 0 || toks[i-1].Is("was", "were", "been", "being", "be", "is", "are") {
		return false
	}
	for k := 0; k < i; k++ {
		if toks[k].Is("police", "court", "judge", "government", "authorities", "prison", "army", "troops", "soldiers", "forces") {
			return false
		}
	}
	people, held := false, false
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if toks[k].Is(".", ";") {
			break
		}
		if toks[k].Is("prisoners", "detainees", "inmates", "statement", "video", "report", "figures", "funds", "data") {
			return false
		}
		if toks[k].Is("hostages", "hostage", "captives", "captive") {
			return true
		}
		if toks[k].Is("workers", "people", "passengers", "engineers", "students", "villagers", "schoolgirls", "women", "children",
			"soldiers", "policemen", "officers", "journalists", "tourists", "missionaries", "nuns", "priest", "men") {
			people = true
		}
		if people && toks[k].Is("held", "abducted", "kidnapped", "seized", "captured") {
			held = true
		}
	}
	return people && held
}

// graveFound reports whether a lead tells of a mass grave found and no
// killing: "a mass grave containing 30 bodies was discovered", "exhumed
// the remains of 17 people from a clandestine grave".
func graveFound(toks []lex.Token) bool {
	grave, found := false, false
	for _, t := range toks {
		grave = grave || t.Is("grave", "graves", "burial")
		// "began exhuming more than 400 bodies from a mass burial site".
		found = found || t.Is("found", "discovered", "exhumed", "unearthed", "uncovered", "located", "exhuming", "unearthing", "uncovering")
	}
	if !grave || !found {
		return false
	}
	_, ok := massGrave(Input{Toks: toks, Hits: Scan(toks), LeadEnd: int(^uint(0) >> 1)})
	return ok
}

// theirBase reports whether what is made at i is made the subject's base:
// "made the governor's residence their headquarters".
func theirBase(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		if toks[k].Is(".", ";", ",") {
			return false
		}
		if toks[k].Is("their", "its") {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if toks[j].Is("headquarters", "base", "bases", "stronghold", "garrison", "barracks") {
					return true
				}
			}
		}
	}
	return false
}

// underDeal reports whether the move at i was made under a deal: "entered
// the town under a deal with Kurdish forces".
func underDeal(toks []lex.Token, i int) bool {
	// "entered the Lachin district on Tuesday, the last of the three
	// districts Armenia returned under the truce": the deal may close a
	// long sentence.
	for k := i + 1; k < len(toks) && k <= i+18; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("under", "per") {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].Is("deal", "agreement", "accord", "ceasefire", "truce", "arrangement") {
					return true
				}
			}
		}
	}
	return false
}

// recipient reports whether the ground given up at i goes "to" a state or
// armed men: "handed over the district to Azerbaijan", "leaving the town
// to the rebels"; not "handed over the road to the municipality".
func recipient(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if !toks[k].Is("to") {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+3 && toks[j].Is("the", "a", "an") {
			j++
		}
		if j >= len(toks) {
			return false
		}
		for m := j; m < len(toks) && m <= j+3; m++ {
			if armedNoun(toks[m:m+1], int(^uint(0)>>1)) || nonStateNoun(toks[m:m+1]) || armedName[toks[m].Lower] {
				return true
			}
		}
		return properName(toks, j) && !toks[j].Is("the")
	}
	return false
}

// namedPlace reports whether token k names a place by a capitalised name
// ("Kidal") or an Arabic one with its article ("al-Qaryatain"), and the
// clause goes on or ends after it, as a place's name does.
func namedPlace(toks []lex.Token, k int) bool {
	if k >= len(toks) || !properName(toks, k) && !(strings.HasPrefix(toks[k].Lower, "al-") && len(toks[k].Lower) > 4) {
		return false
	}
	// "withdrew from the Paris Agreement", "from NATO": a treaty or a
	// body, not ground.
	return !(k > 0 && toks[k-1].Is("the")) && !lex.Capitals(toks[k].Text)
}

// groupNamed reports whether the tokens name an armed group by the name
// the wire services use alone: "Al-Shabaab", "the Houthis".
func groupNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if armedName[t.Lower] {
			return true
		}
	}
	return false
}

// prisonersAfter reports prisoners or captives as the object of the verb
// at i, a count allowed between: "swapped 900 prisoners".
func prisonersAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
		if toks[k].Is("prisoners", "detainees", "captives", "pows", "hostages") {
			return true
		}
	}
	return false
}

// dealConcluded reports whether the tokens tell of a deal of a conflict
// concluded: "sealed a peace deal", "brokered a truce between the army and
// the rebels", "a ceasefire came into force at midnight".
func dealConcluded(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("signed", "sealed", "brokered", "initialled", "initialed", "clinched", "reached") && i > 0 &&
			!toks[i-1].Is("be", "been", "being", "to", "will", "would", "could", "may", "might", "not", "have", "had") &&
			(conflictDeal(toks, i) || dealAfter(toks, i) && (nonStateNoun(toks) || groupNamed(toks) || armedGroup(toks, int(^uint(0)>>1)) || armedBefore(toks, i, int(^uint(0)>>1)))) {
			return true
		}
		// "Under the deal reached on Sunday, the rebels will free 50
		// hostages": the deal named first, concluded in a participle.
		if t.Is("deal", "agreement", "accord", "ceasefire", "truce") && i+1 < len(toks) && toks[i+1].Is("reached", "signed", "sealed", "brokered") &&
			(t.Is("ceasefire", "truce") || nonStateNoun(toks) || groupNamed(toks) || armedGroup(toks, int(^uint(0)>>1))) {
			return true
		}
		// "The government and Renamo announced a truce": two sides
		// declaring one together.
		if t.Is("announced", "declared", "agreed") && i+2 < len(toks) && toks[i+1].Is("a", "an") && toks[i+2].Is("truce", "ceasefire", "cease-fire", "armistice") &&
			twoSides(toks, i) {
			return true
		}
		// "Mali freed 200 prisoners in exchange for the release of four
		// hostages": a swap told by its terms.
		if lex.HasAt(toks, i, "in", "exchange", "for") && releaseNear(toks, i) && !swapProposed(toks, i) {
			return true
		}
		// "The government and the Houthis swapped 900 prisoners".
		if t.Is("swapped", "exchanged") && i > 0 && !toks[i-1].Is("be", "been", "being", "to", "will", "would", "could", "may", "might", "not") && prisonersAfter(toks, i) {
			return true
		}
		// "Houthis and the government free 1,000 detainees in a prisoner
		// swap".
		if t.Is("swap", "exchange") && i > 0 && toks[i-1].Is("prisoner", "prisoners", "captive", "detainee") && freedNear(toks) {
			return true
		}
		if t.Is("ceasefire", "cease-fire", "truce", "armistice") {
			for k := i + 1; k < len(toks) && k <= i+8; k++ {
				if toks[k].Is(".", ";") {
					break
				}
				if lex.HasAt(toks, k, "came", "into") || lex.HasAt(toks, k, "went", "into") || lex.HasAt(toks, k, "took", "effect") ||
					lex.HasAt(toks, k, "entered", "into", "force") {
					return true
				}
			}
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// baseUse reports whether the trigger at i tells what a base is used for,
// in a clause opened by "from where" or "from which": "established camps
// on the islands, from where they launch attacks".
func baseUse(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("where", "which") && toks[k-1].Is("from") {
			return true
		}
	}
	return false
}

// groundTaken reports whether a lead tells of ground taken or retaken, as
// done, by armed men or the state named before the verb: "troops have
// taken back Mocimboa da Praia from insurgents", "Troops liberate Bama
// from Boko Haram", "rebels take control of Idlib city". The verb's
// object is territory or a place taken from armed men. A forces' sweep
// that "cleared the area" takes no ground from anyone.
func groundTaken(toks []lex.Token, hits []Hit) bool {
	for _, h := range hits {
		if h.Cue != CueCapture && h.Cue != CueRecapture {
			continue
		}
		i := h.Token
		if i == 0 || toks[i].Is("captured", "seize") || toks[i].Is("cleared") && !clearedStronghold(toks, i) {
			continue
		}
		if !Territory(toks, i) && !placeFromArmed(toks, hitEnd(toks, h)+1) && !expelledAt(toks, i) && !flagOverPlace(toks, i) {
			continue
		}
		modal := false
		for k := max(0, i-3); k < i; k++ {
			modal = modal || toks[k].Is("be", "been", "being", "to", "can", "could", "will", "would", "may", "might", "should", "must", "shall", "not")
		}
		if !modal && (armedNoun(toks[:i], int(^uint(0)>>1)) || nonStateNoun(toks[:i]) || groupNamed(toks[:i])) {
			return true
		}
	}
	return false
}

// clearedStronghold reports whether "cleared" at i clears armed men's
// ground, named as such: "cleared the last stronghold of the Maute
// group"; not "cleared the road" or "cleared the area of mines".
func clearedStronghold(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("stronghold", "strongholds", "hideout", "hideouts", "enclave", "bastion") {
			return !weaponNear(toks, k)
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// hitEnd returns the index of the last token of hit h.
func hitEnd(toks []lex.Token, h Hit) int {
	e := h.Token
	for e+1 < len(toks) && toks[e+1].End <= h.End {
		e++
	}
	return e
}

// crowdClashed reports whether every clash the lead tells has a crowd for
// its subject, the nearest actor noun before it in its clause: "youths
// clashed with police", "students fought running battles with troops";
// not "militants clashed with troops" nor a lead of gunfire.
func crowdClashed(in Input) bool {
	seen := false
	for _, h := range in.Hits {
		if h.Start >= in.LeadEnd {
			break
		}
		switch h.Cue {
		case CueFiring, CueSuicide, CueExplosive, CueGrenade, CueShelling, CueAir:
			return false
		case CueClash:
		default:
			continue
		}
		crowd := false
		for k := h.Token - 1; k >= 0 && k >= h.Token-8; k-- {
			t := in.Toks[k]
			if t.Is(".", ";", ":") {
				break
			}
			if t.Is("youths", "youth", "protesters", "protestors", "demonstrators", "students", "rioters", "supporters", "mourners") ||
				crowdNouns[t.Lower] {
				crowd = true
				break
			}
			if t.Is("militants", "rebels", "gunmen", "fighters", "insurgents", "troops", "soldiers", "police", "forces", "who", "which") {
				break
			}
		}
		if !crowd {
			return false
		}
		seen = true
	}
	return seen
}

// propertyDestroyed reports whether a lead tells of armed men destroying
// property, in the active and as done: "militants destroyed a phone
// mast", "armed herders burned dozens of houses", "jihadists demolished
// the mausoleums". ACLED codes it as a strategic development of its own;
// weapons destroyed are disrupted, and people burned are killed, which
// other rules read.
// homesAfter reports whether the object of the verb at i is people's
// homes: "demolished the homes of two families", "razed 30 houses".
func homesAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("home", "homes", "house", "houses", "dwellings", "shelters", "shops") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

func propertyDestroyed(toks []lex.Token, hits []Hit) bool {
	for _, h := range hits {
		i := h.Token
		if h.Cue != CueDestroy || i == 0 || !toks[i].Is("destroyed", "demolished", "burned", "burnt", "torched", "razed", "ransacked", "looted", "uprooted", "cut") ||
			toks[i-1].Is("was", "were", "been", "being", "be", "is", "are", "to", "not") {
			continue
		}
		if weaponNear(toks, i) || personAfter(toks, i) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			t := toks[k]
			if t.Punct && !t.Is("-") {
				break
			}
			// Armed men not of the state: troops that destroy a hideout
			// disrupt the group that used it.
			if nonStateNoun(toks[k:k+1]) || armedName[t.Lower] || k > 0 && toks[k-1].Is("armed") ||
				t.Is("gunmen", "settlers", "colonists", "herdsmen", "herders", "bandits", "militiamen", "guerrillas", "extremists", "terrorists") {
				return true
			}
			if t.Is("police", "policemen", "troops", "soldiers", "army", "forces", "military") {
				// "Israeli forces demolished the homes of two
				// families": homes pulled down by the state are
				// property destroyed, unlike a hideout.
				if toks[i].Is("demolished", "razed") && homesAfter(toks, i) {
					return true
				}
				break
			}
			if t.Is("who", "which", "that") || crowdNouns[t.Lower] || t.Is("protesters", "demonstrators", "rioters", "floods", "fire", "storm") {
				break
			}
		}
	}
	return false
}

// expelledAt reports whether the verb at i drives armed men out of ground.
func expelledAt(toks []lex.Token, i int) bool {
	_, ok := expelled(toks, i)
	return ok
}

// factionsAfter reports whether factions or wings are named within a few
// words from k: "into two factions", "into rival wings".
func factionsAfter(toks []lex.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		if toks[j].Is("factions", "wings", "groups", "camps") {
			return true
		}
		if toks[j].Punct {
			return false
		}
	}
	return false
}

// raidsFrom reports whether the base set up at i is said to be used for
// attacks or operations: "set up a camp, from where they coordinate
// operations", "from which they launch raids". Those who use a camp so
// are armed men, whatever the press calls them.
func raidsFrom(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+14; k++ {
		if toks[k].Is(".", ";") {
			return false
		}
		if !toks[k].Is("from") || !toks[k+1].Is("where", "which") {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+7; j++ {
			if toks[j].Is("attacks", "operations", "raids", "incursions", "ambushes", "offensives") {
				return true
			}
			if toks[j].Punct {
				return false
			}
		}
		return false
	}
	return false
}

// tally reports whether the tokens count deeds over a span of time: "since
// 2009", "since the start of the war", "over the past decade", "so far
// this year".
func tally(toks []lex.Token) bool {
	for i, t := range toks {
		switch {
		case t.Is("since") && i+1 < len(toks) && (len(toks[i+1].Text) == 4 && lex.Digits(toks[i+1].Text) ||
			lex.HasAt(toks, i+1, "the", "start") || lex.HasAt(toks, i+1, "the", "beginning") || lex.HasAt(toks, i+1, "the", "outbreak")),
			lex.HasAt(toks, i, "over", "the", "past") && i+3 < len(toks) && toks[i+3].Is("decade", "decades", "years", "months"),
			lex.HasAt(toks, i, "so", "far", "this", "year"):
			return true
		}
	}
	return false
}

// warPaused reports whether token i suspends, ends or resumes an armed
// group's war: "suspending attacks on oil facilities", "ending the
// ceasefire it had declared", "resumed its operations".
func warPaused(toks []lex.Token, i int) bool {
	if !toks[i].Is("suspending", "suspended", "suspends", "suspend", "halting", "halted", "halts", "halt", "ending", "ended", "ends", "resuming", "resumed", "resumes",
		"calling", "called", "declared", "announced") {
		return false
	}
	// "called off its attacks".
	k := i + 1
	// "declared an end to its unilateral ceasefire".
	if toks[i].Is("declared", "announced") && lex.HasAt(toks, i+1, "an", "end", "to") {
		for j := i + 4; j < len(toks) && j <= i+7; j++ {
			if toks[j].Is("ceasefire", "truce", "cease-fire", "attacks", "operations", "offensive", "hostilities") {
				return true
			}
			if toks[j].Punct {
				return false
			}
		}
		return false
	}
	if toks[i].Is("calling", "called") {
		if !lex.HasAt(toks, i+1, "off") {
			return false
		}
		k++
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].Punct {
			return false
		}
		if toks[j].Is("attacks", "operations", "offensive", "hostilities", "insurgency") ||
			toks[j].Is("ceasefire", "truce", "cease-fire") && toks[i].Is("ending", "ended", "ends") {
			return true
		}
	}
	return false
}

// armedBefore reports whether an armed group is named before token i:
// "the rebels", "the militant group", "Boko Haram's faction", "the Moro
// Islamic Liberation Front", "the Niger Delta Avengers".
func armedBefore(toks []lex.Token, i, leadEnd int) bool {
	before := toks[:i]
	if nonStateNoun(before) || armedGroup(before, leadEnd) || namedGroup(before) || groupNamed(before) || factionSubject(toks, i) {
		return true
	}
	// A capitalised name ending in a word armed groups call themselves;
	// the Islamic State and its provinces; a party named Maoist.
	for k := 1; k < len(before); k++ {
		if before[k].Is("maoist", "maoists") {
			return true
		}
		if before[k-1].Is("islamic") && before[k].Is("state", "state's") {
			return true
		}
		// "the Kurdistan Workers' Party": a plural possessive splits
		// off its apostrophe.
		prev := k - 1
		if before[prev].Text == "'" && prev > 0 {
			prev--
		}
		if before[k].Is("army", "front", "avengers", "brigade", "brigades", "militia") && properName(before, k) && properName(before, prev) &&
			!before[prev].Is("the") {
			return true
		}
		// A party is armed only when its name says it fights: "the
		// Kurdistan Workers' Party", not "the Bharatiya Janata Party".
		if before[k].Is("party") && properName(before, k) && properName(before, prev) && armedPartyName(before[max(0, k-4):k]) {
			return true
		}
	}
	return false
}

// fightersMoved reports whether token i moves a group's fighters: "moved
// most of its fighters from", "pull its fighters out of", "relocated
// their forces to".
func fightersMoved(toks []lex.Token, i int) bool {
	// "announced the withdrawal of its Barkhane troops from Mali": the
	// move by its noun, the force's name between.
	noun := toks[i].Is("withdrawal") && lex.HasAt(toks, i+1, "of")
	if !noun && !toks[i].Is("moved", "moving", "relocated", "relocating", "redeployed", "withdraw", "withdrew", "withdrawing", "pull", "pulled", "pulling", "shifted") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].Punct {
			return false
		}
		j := k + 1
		if noun && j+1 < len(toks) && properName(toks, j) {
			j++
		}
		if toks[k].Is("its", "their") && j < len(toks) && toks[j].Is("fighters", "forces", "troops", "combatants", "men", "units", "militants") {
			return true
		}
		// "the withdrawal of the Barkhane force from Mali": a force
		// named, its own word after the name.
		if noun && toks[k].Is("the") && j < len(toks) && j > k+1 && toks[j].Is("force", "forces", "troops", "contingent", "contingents") {
			return true
		}
	}
	return false
}

// troopsBroughtHome reports a state, named alone at the head of the
// sentence, that withdraws or pulls "its troops" from a named country:
// "France withdrew its troops from Mali", "Burundi will pull its troops
// out of Somalia". The army that withdrew from a town left ground
// (fightersMoved's other reading).
func troopsBroughtHome(toks []lex.Token, i int) bool {
	if !toks[i].Is("withdraw", "withdrew", "withdrawing", "pull", "pulled", "pulling") || !lex.HasAt(toks, i+1, "its", "troops") {
		return false
	}
	if !properName(toks, 0) || len(toks) < 2 || properName(toks, 1) || toks[0].Is("the") {
		return false
	}
	k := fromAfter(toks, i)
	// "from Mali", not "from Gao town".
	return k > 0 && properName(toks, k+1) && !(k+2 < len(toks) && territoryNouns[toks[k+2].Lower])
}

// groundHandedOver reports ground handed over in the passive at i, to a
// state or armed men: "the city of Kelbajar was handed over to
// Azerbaijan", "the base was handed over to the Malian army". The ground
// is the subject, named in the clause before the verb.
func groundHandedOver(toks []lex.Token, i int) bool {
	if !lex.HasAt(toks, i, "handed", "over") || i < 2 || !toks[i-1].Is("was", "were") || !recipient(toks, i) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8 && !toks[k].Punct; k-- {
		if toks[k].Is("city", "town", "district", "village", "villages", "base", "camp", "region", "territory", "province", "positions", "areas", "area") {
			return true
		}
	}
	return false
}

// vacatedBy reports ground named after the verb at i as left by another
// side: "the camp vacated by the French force", "positions abandoned by
// the rebels", "the base handed over by the mission".
func vacatedBy(toks []lex.Token, i int) bool {
	for k := i + 2; k+1 < len(toks) && k <= i+9 && !toks[k].Punct; k++ {
		if toks[k].Is("vacated", "abandoned", "evacuated") && toks[k+1].Is("by") || lex.HasAt(toks, k, "handed", "over", "by") {
			return true
		}
	}
	return false
}

// fromAfter returns the index of "from" or of the "of" of "out of" after
// the verb at i, within a few words, or 0.
func fromAfter(toks []lex.Token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		if toks[k].Punct {
			return 0
		}
		if toks[k].Is("from") || toks[k].Is("of") && toks[k-1].Is("out") {
			return k
		}
	}
	return 0
}

// combatantsAfter reports whether fighters are the object of the verb at
// i: "decommissioning 145 combatants", "demobilised its fighters".
func combatantsAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("combatants", "fighters", "militiamen", "guerrillas", "rebels", "militants", "cadres") {
			return true
		}
	}
	return false
}

// wingAfter reports whether a wing of a movement is what the split at i
// left: "split from the political wing of the front".
func wingAfter(toks []lex.Token, i int) bool {
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("wing") && k > 0 && toks[k-1].Is("political", "armed", "military") {
			return true
		}
	}
	return false
}

// armedMen reports whether the tokens name armed men by a common phrase:
// "armed men", "gunmen", "militiamen".
func armedMen(toks []lex.Token) bool {
	for k, t := range toks {
		if t.Is("gunmen", "militiamen") || t.Is("armed") && k+1 < len(toks) && toks[k+1].Is("men") {
			return true
		}
	}
	return false
}

// announcedBefore reports whether an announcing verb comes a few words
// before token i: "announced it would", "said on Thursday the group
// would".
func announcedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("announced", "said", "declared", "says", "announces") {
			return true
		}
	}
	return false
}

// twoSides reports whether the subject before token i is two parties
// joined by "and": "the government and Renamo announced a truce".
func twoSides(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("and") {
			return true
		}
	}
	return false
}

// freedNear reports whether captives are said to go free in the
// sentence: "free", "freed", "released".
func freedNear(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("free", "freed", "frees", "release", "released", "releases", "swapped", "exchanged", "completed") {
			return true
		}
	}
	return false
}

// reducedKilled reports whether "killed" at i is a participle after its
// noun, with its agent: "Yazidis killed by the militants", not "were
// killed by" nor "militants killed".
func reducedKilled(toks []lex.Token, i int) bool {
	return toks[i].Is("killed") && lex.HasAt(toks, i+1, "by") && i > 0 && !toks[i-1].Punct &&
		!toks[i-1].Is("was", "were", "been", "being", "is", "are", "be", "and", "who", "which", "that", "had", "have", "has")
}

// trainingCampAfter reports a training camp as the object of the verb
// at i: "opened a training camp in the jungle".
func trainingCampAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if toks[k].Is("training") && toks[k+1].Is("camp", "camps", "base", "centre", "center") {
			return true
		}
	}
	return false
}

// campsAfter reports whether camps are the object of the verb at i:
// "opened new camps in the mountains".
func campsAfter(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Is("camp", "camps", "base", "bases") {
			return true
		}
	}
	return false
}

// weaponShown reports whether t names weapons that can be paraded.
func weaponShown(t lex.Token) bool {
	return t.Is("rockets", "missiles", "tanks", "weapons", "drones", "artillery", "armoured", "armored", "launchers", "guns")
}

// agencyName reports whether the capitalised word at i is part of an
// agency's name: "the National Investigation Agency", "the Directorate of
// Criminal Investigations", "the Federal Bureau of Investigation".
func agencyName(toks []lex.Token, i int) bool {
	t := toks[i]
	if t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	return i+1 < len(toks) && toks[i+1].Is("agency", "department", "bureau", "directorate", "wing", "unit") && toks[i+1].Text[0] >= 'A' && toks[i+1].Text[0] <= 'Z' ||
		i > 0 && toks[i-1].Text != "" && toks[i-1].Text[0] >= 'A' && toks[i-1].Text[0] <= 'Z' && !toks[i-1].Is("the", "an", "a")
}

// armedPartyName reports whether the words of a party's name are those
// of a party that wages war: "Workers'", "Liberation", "Revolutionary",
// "Maoist".
func armedPartyName(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("workers", "liberation", "revolutionary", "maoist") {
			return true
		}
	}
	return false
}

// nationalArmy reports whether the army at k is named by a nation's
// adjective alone ("the Ethiopian Army", "SYRIAN ARMY"), a state's army,
// not a rebel one ("the Arakan Army", "the Free Syrian Army"). A
// country's possessive alone ("Chad's army", "Mali's army") names its
// army too.
func nationalArmy(toks []lex.Token, k int) bool {
	adj := strings.ToLower(toks[k-1].Text)
	if (strings.HasSuffix(adj, "'s") || strings.HasSuffix(adj, "’s")) && toks[k].Text == "army" && (k < 2 || toks[k-2].Punct) {
		return true
	}
	if !strings.HasSuffix(adj, "ian") && !strings.HasSuffix(adj, "ese") && !strings.HasSuffix(adj, "ish") && !strings.HasSuffix(adj, "i") {
		return false
	}
	return k < 2 || toks[k-2].Punct || toks[k-2].Is("the") || toks[k-2].Text == "" || toks[k-2].Text[0] < 'A' || toks[k-2].Text[0] > 'Z'
}

// onlyDied reports whether the event's only triggers are deaths told with
// "died", "death" or "is dead": no deed, weapon, crowd or arrest is named.
func onlyDied(in Input) bool {
	n := 0
	for _, h := range in.Hits {
		if h.Item {
			continue
		}
		if h.Cue != CueKill || !in.Toks[h.Token].Is("died", "dies", "die", "death", "deaths") && !stateDead(in.Toks, h.Token) {
			return false
		}
		n++
	}
	// "came under fire from bandits; five of them died": a deed told
	// without a verb of its own.
	for k := range in.Toks {
		if lex.HasAt(in.Toks, k, "under", "fire") || lex.HasAt(in.Toks, k, "under", "attack") {
			return false
		}
	}
	return n > 0
}

// stateDead reports whether "dead" at i says that someone is dead ("Jeffrey
// Epstein is dead"), not how he died ("found dead", "shot dead").
func stateDead(toks []lex.Token, i int) bool {
	return toks[i].Is("dead") && i > 0 && toks[i-1].Is("is", "are", "was", "were")
}

// coastGuard reports whether a Coast Guard is named at k, as hurried notes
// spell it too ("a Coast gaurd post"): a force, where "off the coast" is
// none.
func coastGuard(toks []lex.Token, k int) bool {
	return toks[k].Text == "Coast" && k+1 < len(toks) && toks[k+1].Is("guard", "guards", "gaurd", "gaurds")
}

// protestingCrowdBefore reports a crowd named as protesting before the
// deed at i, in its sentence: "a crowd protesting against the tariff
// hike stormed the offices", "residents demonstrating over a killing".
func protestingCrowdBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-20; k-- {
		if toks[k].Is(".", ";") {
			return false
		}
		if toks[k].Is("protesting", "demonstrating") && (crowdNouns[toks[k-1].Lower] || toks[k-1].Is("residents", "youths", "students", "people", "villagers")) {
			return true
		}
	}
	return false
}

// supportersSubject reports whether the subject of the deed at i is the
// supporters or activists of a party or a cause: "Supporters of the
// jailed former president looted shops".
func supportersSubject(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Punct {
			return false
		}
		// (Not "cadres": an armed party's men are told so too.)
		if toks[k].Is("supporters", "activists", "agitators", "loyalists", "partisans") {
			return true
		}
	}
	return false
}
