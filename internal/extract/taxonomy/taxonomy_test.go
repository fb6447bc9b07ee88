package taxonomy

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		text    string
		victims map[string]int
		armed   bool
		sec     bool
		want    string // sub-event type, "" for no event
	}{
		{"A suicide bomber blew himself up near a police van.", map[string]int{"security_forces": 3}, true, true, SuicideBomb},
		{"A drone strike hit a compound in the district.", nil, false, false, AirDrone},
		{"Militants fired mortar shells at a check post.", nil, true, false, Shelling},
		{"Militants hurled a hand grenade at a shop.", map[string]int{"civilians": 2}, true, false, Grenade},
		{"An IED planted on the roadside exploded near a van.", map[string]int{"civilians": 1}, false, false, RemoteExplosive},
		// A bomber among the dead carried the bomb; one who planted it
		// and fled did not, nor does a gunman who killed himself.
		{"A bomb exploded at a concert hall, killing 22 people. The bomber also died in the blast.", map[string]int{"civilians": 22}, false, false, SuicideBomb},
		{"Blasts at three churches killed 269 people, including eight bombers.", map[string]int{"civilians": 269}, false, false, SuicideBomb},
		{"A bomber blew up a car near a checkpoint, killing himself and five soldiers.", map[string]int{"security_forces": 5}, false, false, SuicideBomb},
		{"A bomb exploded at a market, killing 12 people. Police said the bomber planted it and fled.", map[string]int{"civilians": 12}, false, false, RemoteExplosive},
		{"A gunman opened fire in a mall, killing nine people before killing himself.", map[string]int{"civilians": 9}, true, false, Attack},
		{"Militants attacked a check post with a grenade. Security forces fired in retaliation.", nil, true, true, ArmedClash},
		{"Gunmen opened fire on a shopkeeper in the market.", map[string]int{"civilians": 1}, true, false, Attack},
		{"Gunmen shot dead two soldiers near the camp.", map[string]int{"security_forces": 2}, true, true, ArmedClash},
		{"Gunmen abducted three engineers from the site.", map[string]int{"civilians": 3}, true, false, Abduction},
		{"Traders staged a protest against power cuts.", nil, false, false, PeacefulProtest},
		{"Police used tear gas to disperse the protesters.", nil, false, true, ProtestWithForce},
		{"Protesters pelted stones and torched a police van.", nil, false, false, ViolentDemo},
		{"A mob lynched a man accused of blasphemy.", map[string]int{"civilians": 1}, false, false, MobViolence},
		{"Police arrested five suspects in a raid.", nil, false, true, Arrests},
		{"The bomb disposal squad defused an IED found near a school.", nil, false, true, DisruptedWeapons},
		{"Taliban fighters captured the district headquarters.", nil, true, false, NSAOvertakes},
		{"Security forces recaptured the district after a week.", nil, true, true, GovRegains},
		{"The two sides signed a ceasefire agreement.", nil, false, false, Agreement},
		{"Police arrested a bomb maker wanted for the market blast last year.", nil, true, true, Arrests},
		{"Soldiers arrested two men who had planted an IED under a bridge.", nil, true, true, Arrests},
		{"Police came under fire and arrested two gunmen after a brief exchange of fire.", nil, true, true, ArmedClash},
		{"A special court sentenced two men to death for the bombing of a bus depot in 2019.", map[string]int{"civilians": 9}, true, false, ""},
		{"Investigators said the gunmen who attacked the bank had trained across the border.", nil, true, false, ""},
		{"Gunmen shot dead a lawyer outside the district court.", map[string]int{"civilians": 1}, true, false, Attack},
		{"Eleven rebels surrendered before the deputy commissioner with their weapons.", nil, true, true, Agreement},
		{"Police arrested two robbers after a shootout in the bazaar.", nil, true, true, ArmedClash},
		{"Gunmen attacked a passenger convoy on the highway. Traders protested in the town the next day.", map[string]int{"civilians": 12}, true, false, Attack},
		{"Armed men set ablaze two trucks and a crane at a road construction site and attacked the site office.", nil, true, false, Looting},
		{"Gunmen set a house on fire and shot dead its owner.", map[string]int{"civilians": 1}, true, false, Attack},
		{"Gunmen opened fire on the vehicle of an aid group, killing two women.", map[string]int{"civilians": 2}, true, false, Attack},
		{"Gunmen opened fire on a police vehicle near the bazaar.", map[string]int{"security_forces": 1}, true, false, ArmedClash},
		{"An earthquake killed 20 people in the district.", map[string]int{"civilians": 20}, false, false, ""},
		{"Heavy monsoon rains have killed 40 people in the province since June.", map[string]int{"civilians": 40}, false, false, ""},
		{"At least 30 people have died of heatstroke in the city this week.", map[string]int{"civilians": 30}, false, false, ""},
		{"Traffic accidents killed 900 people on the province's roads last year.", map[string]int{"civilians": 900}, false, false, ""},
		{"A suicide bombing at a political rally killed 44 people.", map[string]int{"civilians": 44}, false, false, SuicideBomb},
		{"Gunmen ambushed a bus carrying pilgrims, killing nine passengers.", map[string]int{"civilians": 9}, true, false, Attack},
		{"Rioters torched government offices and a police station in the town after a clash between herders and farmers.", nil, false, false, ViolentDemo},
		{"Fighters detonated a suicide bomb and stormed a beachfront hotel, killing 32 people.", map[string]int{"civilians": 32}, true, false, SuicideBomb},
		{"A quadcopter dropped an explosive device on a police post, injuring two policemen.", map[string]int{"security_forces": 2}, false, false, AirDrone},
		{"Gunmen ambushed a police patrol, killing two constables.", map[string]int{"security_forces": 2}, true, false, ArmedClash},
		{"Hundreds rallied against the suicide bombing that killed 44 people.", map[string]int{"civilians": 44}, false, false, PeacefulProtest},
		{"A gas cylinder explosion killed three people at a shop.", map[string]int{"civilians": 3}, false, false, ""},
		// A rocket-propelled grenade is a rocket; thrown grenades with
		// gunfire at forces make a battle; grenades fired with rockets are
		// shelling.
		{"Militants fired rocket-propelled grenades at a border post.", nil, true, false, Shelling},
		{"Rebels opened fire and lobbed a grenade at a check post.", nil, true, false, ArmedClash},
		{"Rebels fired rockets and grenades at a polling station.", nil, true, false, Shelling},
		{"Rebels lobbed a grenade at a shop.", nil, true, false, Grenade},
		{"Rebels fired 120mm shells at an army post.", nil, true, false, Shelling},
		// Off-duty forces and informers are civilians to ACLED.
		{"Gunmen shot dead an off-duty police officer near his home.", map[string]int{"security_forces": 1}, true, false, Attack},
		{"Gunmen fired at a suspected army informant in the bazaar.", map[string]int{"unknown": 1}, true, false, Attack},
		{"Gunmen fired at an army patrol in the bazaar.", nil, true, false, ArmedClash},
		// Casualties an armed group says it inflicted were the forces'.
		{"The front said its fighters attacked in the hills and inflicted heavy losses.", map[string]int{"unknown": 3}, true, false, ArmedClash},
		{"Gunmen attacked a wedding party in the hills.", map[string]int{"unknown": 3}, true, false, Attack},
		// A suicide bomber inside a gunfight with attackers killed is a
		// battle; after an explosion lead it is a suicide bombing.
		{"Rebels exchanged fire with troops and a suicide bomber rammed the gate of the camp.", map[string]int{"militants": 5, "security_forces": 2}, true, true, ArmedClash},
		{"Rebels fired at a camp. Five rebels were killed, among them a suicide bomber.", map[string]int{"militants": 5}, true, true, ArmedClash},
		{"An explosion tore through a shrine. Police said a suicide bomber blew himself up.", map[string]int{"civilians": 20}, false, false, SuicideBomb},
		// An ambush that opens with gunfire and adds a bomb is a battle; a
		// bomb the forces answer with fire is one too.
		{"Rebels fired at an army convoy and set off an IED under a second army vehicle.", map[string]int{"security_forces": 2}, true, false, ArmedClash},
		{"Rebels set off an IED near an army convoy whose troops responded by firing.", nil, true, false, ArmedClash},
		{"A bomb planted on a motorcycle exploded near a police van.", map[string]int{"security_forces": 2}, false, false, RemoteExplosive},
		{"Rebels opened fire on an army post with small arms and rockets.", nil, true, false, ArmedClash},
		// Weapons found or detected unused, and a bomb squad's controlled
		// explosion, are disrupted weapons use.
		{"A hand grenade was found outside a church in the town.", nil, false, false, DisruptedWeapons},
		{"A patrol detected a pressure bomb buried on the road to the camp.", nil, false, true, DisruptedWeapons},
		{"The bomb squad defused a magnetic bomb in a controlled explosion at the terminal.", nil, false, true, DisruptedWeapons},
		{"Police neutralised a militant camp in the forest.", nil, false, true, ""},
		// Forces raiding a house search it; militants raiding a village attack it.
		{"Police raided a house in the bazaar and arrested two suspects.", nil, false, true, Arrests},
		{"Militants raided a village at night.", map[string]int{"civilians": 2}, true, false, Attack},
		{"Two men were found dead near the bus stand after a bomb blast.", map[string]int{"civilians": 2}, false, false, RemoteExplosive},
		// State forces firing on a crowd are the protest's story; an armed
		// group firing on it attacks civilians.
		{"Police opened fire on protesters in the capital.", map[string]int{"civilians": 3}, true, true, ProtestWithForce},
		{"Gunmen opened fire on protesters in the capital.", map[string]int{"civilians": 3}, true, false, Attack},
		{"Protesters hurled stones and petrol bombs at the police.", nil, true, true, ViolentDemo},
		{"Demonstrators stormed the parliament building.", nil, false, false, ViolentDemo},
		{"A crowd of villagers torched the house of a suspected witch.", nil, false, false, MobViolence},
		{"A crowd of mourners was attacked by gunmen outside the mosque.", map[string]int{"civilians": 5}, true, false, Attack},
		{"Gunmen attacked a protest rally in the capital.", map[string]int{"civilians": 4}, true, false, Attack},
		// Strategic moves with no violence: ground given up, a base set
		// up, troops deployed.
		{"The army withdrew from the town, leaving it to armed groups.", nil, true, true, NonViolentTransf},
		{"The rebels established their headquarters in the town.", nil, true, false, BaseEstablished},
		{"The army deployed 2,000 more troops to the city.", nil, true, true, GroupChange},
		// Disasters and accidents are none, unless armed men kill.
		{"A typhoon killed 50 people on the coast.", map[string]int{"civilians": 50}, false, false, ""},
		{"A fire at a garment factory killed 52 workers.", map[string]int{"civilians": 52}, false, false, ""},
		{"Customs officers arrested two men for smuggling gold at the airport.", nil, false, true, ""},
	}
	for _, tc := range tests {
		c, ok := classifyText(tc.text, tc.victims, tc.armed, tc.sec)
		got := ""
		if ok {
			got = c.SubEventType
			if c.Trigger.End <= c.Trigger.Start {
				t.Errorf("%q: classified %s with no trigger evidence", tc.text, got)
			}
		}
		if got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestScanMayIsAMonth(t *testing.T) {
	text := "On 28 May 2021, militants planted a landmine."
	for _, h := range Scan(lex.Tokens(text, 0, len(text))) {
		if h.Cue == CueHypothetical {
			t.Errorf("%q: %q read as a modal verb", text, text[h.Start:h.End])
		}
	}
}

// TestScanInCompany checks single triggers in their company: a verb of
// finding is a trigger only beside a weapon, neutralising a thing is no
// killing, and the worldwide phrasings of the blind probe.
func TestScanInCompany(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"An IED was found under the culvert.", "found", CueDisrupt},
		{"Troops detected two landmines near the post.", "detected", CueDisrupt},
		{"The body of a trader was found in a field.", "found", CueNone},
		{"Two bomb makers were found dead in their workshop.", "found", CueNone},
		{"The bomb disposal squad found nothing in the suspicious bag.", "found", CueNone},
		{"Searchers found no explosives in the abandoned car.", "found", CueNone},
		{"Troops neutralised the IED before it went off.", "neutralised", CueDisrupt},
		{"Police neutralized a racket of forgers.", "neutralized", CueNone},
		{"Troops neutralised two terrorists in the raid.", "neutralised", CueKill},
		{"Police recovered a shot gun and two pistols.", "shot", CueNone},
		{"The group's banner was planted at the crossing.", "planted", CueNone},
		{"Students' bodies staged a sit-in at the hall.", "bodies", CueNone},
		{"Two bodies were found in the river.", "bodies", CueKill},
		{"A grocer who lives beside the temple was attacked.", "lives", CueNone},
		{"Two soldiers lost their lives in the blast.", "lives", CueKill},
		{"Targeted killings fell in the city.", "targeted", CueNone},
		{"Activists hurled brickbats at the police.", "hurled", CueRiot},
		{"Militants hurled a grenade at the police.", "hurled", CueGrenade},
		{"All the weapons taken away by the deserter were recovered.", "taken", CueNone},
		{"Gunmen took the driver and his son away; the driver was taken away to the hills.", "taken", CueAbduct},
		{"Rebels planted a bomb under the bridge.", "planted", CueExplosive},
		// Worldwide phrasings found by the blind probe testdata/probe-2.txt.
		{"Youths stoned a police van.", "stoned", CueRiot},
		{"A woman was stoned to death in the square.", "stoned", CueNone},
		{"The attackers were never arrested.", "arrested", CueNone},
		{"Police arrested the attackers.", "arrested", CueArrest},
		{"Unknown men hurled a petrol bomb at a shop.", "hurled", CueGrenade},
		{"Protesters hurled petrol bombs at the police.", "hurled", CueRiot},
		{"Mount Etna erupted overnight.", "erupted", CueDisaster},
		{"Protests erupted in the capital.", "erupted", CueNone},
		{"An accidental explosion destroyed the depot.", "accidental", CueAccident},
		{"Rebels were killed in an accidental explosion at their camp.", "accidental", CueExplosive},
		{"Demonstrators were forcibly removed from the blockade.", "forcibly", CueProtestForce},
		{"The activist was forcibly removed from his home at night.", "forcibly", CueNone},
		{"The army blamed the rebels for the attack on the market.", "attack", CueNone},
		{"Rebels were accused of an attack on a convoy.", "attack", CueAttack},
		// From the third probe: threats received are a fact, not a
		// hypothetical; a plot foiled is no plot to come.
		{"The mayor, who had received threats from the gang, was shot dead.", "threats", CueNone},
		{"The gang issued threats against the mayor.", "threats", CueHypothetical},
		{"Police foiled a bomb plot in the capital.", "plot", CueNone},
		{"Police said the men were part of a plot to bomb the embassy.", "plot", CueHypothetical},
		{"Rioters vandalised shops in the capital.", "vandalised", CueRiot},
		{"Unknown men vandalised a temple in the village.", "vandalised", CueDestroy},
		{"Guards shot and wounded a man; rifles were snatched from the guards.", "snatched", CueNone},
		{"The girls were taken from the school by gunmen.", "taken", CueAbduct},
		{"The wounded were taken to hospital by relatives.", "taken", CueNone},
		{"Prices of vegetables shot up after the strike.", "shot", CueNone},
		{"The army accused the rebels of the massacre at the church.", "massacre", CueNone},
		{"Students took out a rally against the group for the massacre of 60 villagers.", "massacre", CueNone},
		{"A massacre in the village left 40 dead.", "massacre", CueAttack},
		{"Gunmen shot up a bar in the old town.", "shot", CueFiring},
		// From the fourth probe: limbs cut off, people taken away or
		// burned alive, boycotts, road blocks, dateline marches, strikes
		// from the air, and their figurative twins.
		{"Maoists chopped off the hands of two villagers.", "chopped", CueAttack},
		{"Two men on a motorcycle threw acid on two schoolgirls.", "threw", CueAttack},
		{"A woman was hurt in an acid attack in Quetta.", "acid", CueAttack},
		{"The army cut off the town from the coast.", "cut", CueNone},
		{"Armed men took away three passengers from the bus.", "took", CueAbduct},
		{"Militants hijacked a passenger train in Bolan on Tuesday.", "hijacked", CueAbduct},
		{"The Jaffar Express was hijacked by armed men near a tunnel.", "hijacked", CueAbduct},
		{"The opposition hijacked the debate on the budget.", "hijacked", CueNone},
		{"The navy boarded a hijacked vessel with nine people on board.", "hijacked", CueNone},
		{"Indian and Pakistani troops exchanged heavy fire along the Line of Control.", "exchanged", CueClash},
		{"Border forces exchanged small-arms fire at the crossing.", "exchanged", CueClash},
		{"The two ministers exchanged views on trade.", "exchanged", CueNone},
		{"The leaders exchanged fiery words at the summit.", "exchanged", CueNone},
		{"Police took away three suspects from the house.", "took", CueArrest},
		{"The court took away his licence for a year.", "took", CueNone},
		{"A woman was burned alive by a crowd in the village.", "burned", CueMob},
		{"Lawyers boycotted the courts on Monday.", "boycotted", CueProtest},
		{"The opposition boycotted the election on Monday.", "boycotted", CueNone},
		{"Residents blocked the main road for hours.", "blocked", CueProtest},
		{"Militants blocked the main road for hours.", "blocked", CueNone},
		{"Supporters of two parties blocked the N-25 highway near Mastung.", "blocked", CueProtest},
		{"Families of missing persons blocked the Quetta-Karachi highway.", "blocked", CueProtest},
		{"Armed men blocked the N-25 highway near Mastung.", "blocked", CueNone},
		{"Landslides blocked the N-35 highway near Chilas.", "blocked", CueNone},
		{"Traders burned tyres on the main road against power outages.", "burned", CueProtest},
		{"A CRPF jawan, hit in the leg, was airlifted to Ranchi.", "hit", CueKill},
		{"The town was hit by a power cut in the evening.", "hit", CueNone},
		{"Demonstrators burned tyres and blocked roads, clashing with police.", "burned", CueDestroy},
		{"Militants torched a truck carrying tyres near Kalat.", "torched", CueDestroy},
		{"Thousands of farmers march through the capital.", "march", CueProtest},
		{"Troops march through the capital.", "march", CueNone},
		{"Its aircraft killed dozens of terrorists in strikes near the border.", "strikes", CueAir},
		{"Workers held strikes near the border.", "strikes", CueNone},
		{"Militiamen and troops fought for hours near the town.", "fought", CueClash},
		{"The militants fought for their cause for years.", "fought", CueNone},
		{"Inflation is killing the middle class.", "killing", CueNone},
		{"Soldiers fired on a crowd, killing the protest leader.", "killing", CueKill},
		// The crowd taken by armed men is not the one that killed.
		{"Maoists abducted two villagers and killed them.", "killed", CueKill},
		{"Armed villagers killed two cattle thieves.", "killed", CueMob},
		{"Doctors stayed away from work, protesting against an assault on a colleague.", "assault", CueNone},
		{"Gunmen carried out an assault on a colleague of the mayor.", "assault", CueAttack},
		{"Protesting nurses were dragged from the courtyard by officers.", "dragged", CueProtestForce},
		{"Hindu and Muslim groups attacked each other with sticks.", "attacked", CueMob},
		{"Settlers attacked the village, beating residents.", "beating", CueAttack},
		{"Police busted a racket, arresting three people.", "arresting", CueArrest},
		{"The rules apply when arresting suspects.", "arresting", CueNone},
		{"He was seized by men in plain clothes outside his home.", "seized", CueAbduct},
		{"Soldiers were exposed to a toxic gas dropped from a drone.", "toxic", CueChemical},
		{"A toxic gas leak at the plant killed two workers.", "toxic", CueAccident},
	})
}

// wordCue is a sentence, a word of it, and the cue Scan should give that
// word (CueNone: no hit on it).
type wordCue struct {
	text string
	word string
	want Cue
}

// checkWordCues scans each sentence and checks the cue of its word.
func checkWordCues(t *testing.T, cases []wordCue) {
	t.Helper()
	for _, tc := range cases {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		got := CueNone
		for _, h := range Scan(toks) {
			if toks[h.Token].Lower == tc.word {
				got = h.Cue
			}
		}
		if got != tc.want {
			t.Errorf("Scan(%q): %q has cue %d, want %d", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestClassifyWorldwide covers phrasings of wire copy from outside South
// Asia that the blind probes (testdata/probe-2.txt, probe-3.txt) found
// misread, each beside the sentence the same rule must leave alone.
func TestClassifyWorldwide(t *testing.T) {
	tests := []struct {
		text    string
		victims map[string]int
		armed   bool
		sec     bool
		want    string // sub-event type, "" for no event
	}{
		// "Battled" is fought by armed men, not by players or patients.
		{"Two militias battled with machine guns in the port city overnight.", nil, true, false, ArmedClash},
		{"The striker battled past two defenders to score.", nil, false, false, ""},
		{"She battled cancer for years.", nil, false, false, ""},
		// Ground taken back, or liberated in the passive.
		{"Troops took back the village from the rebels on Monday.", nil, true, true, GovRegains},
		{"The minister took back his remarks a day later.", nil, false, false, ""},
		{"The town of Dara was liberated from the militants by the army.", nil, true, true, GovRegains},
		{"The residents were liberated by the army.", nil, true, true, ""},
		{"The northern town of Palma has fallen to Islamist insurgents after four days of fighting.", nil, true, false, NSAOvertakes},
		{"The town's exports have fallen to their lowest level in four years.", nil, false, false, ""},
		{"The area commander's rifles were seized by police.", nil, false, true, DisruptedWeapons},
		// Chemical agents by name, and what aircraft dropped.
		{"Rebels fired shells loaded with a chemical agent at the army's lines.", nil, true, false, ChemicalWeapon},
		{"Helicopters dropped barrels of poison gas on the village.", nil, false, false, ChemicalWeapon},
		{"Helicopters dropped barrels of explosives on the village.", nil, false, false, AirDrone},
		{"Helicopters dropped leaflets over the city.", nil, false, false, ""},
		{"Oil prices dropped on Monday.", nil, false, false, ""},
		// Bombing from the air.
		{"The army bombed a rebel camp from the air, killing 12 fighters.", map[string]int{"militants": 12}, true, true, AirDrone},
		{"Rebels bombed a bridge on the highway.", nil, true, false, RemoteExplosive},
		// A bomb vest or belt is a suicide bomber's.
		{"A man wearing an explosives vest detonated it at the gate of a mosque.", map[string]int{"civilians": 4}, false, false, SuicideBomb},
		{"A woman wearing a bomb belt set it off at a bus station.", map[string]int{"civilians": 2}, false, false, SuicideBomb},
		// Sexual violence told before the custody it happened in.
		{"Soldiers raped two women held in custody at the barracks.", nil, true, true, SexualViolence},
		{"Police arrested two soldiers for raping a woman at a checkpoint.", nil, true, true, Arrests},
		{"Militiamen raped a girl in the village; the attackers were never arrested.", nil, true, false, SexualViolence},
		// Seized by unknown men is an abduction; goods seized are not.
		{"A lawyer was seized by masked men outside his office.", nil, false, false, Abduction},
		{"Rebels seized a group of fishermen off the coast.", nil, true, false, Abduction},
		{"Police seized 20 kg of heroin at the port.", nil, false, true, ""},
		// Tear gas or batons on a crowd tell of a protest the text need
		// not name; on boats they do not.
		{"Police used tear gas and baton charges to disperse the supporters and arrested several participants.", nil, true, true, ProtestWithForce},
		{"The coast guard used water cannon against two fishing boats near the reef.", nil, true, true, ""},
		// The custody a sit-in is against is no arrest made at it.
		{"Activists began a sit-in outside the commissioner's office against the killing of a young man in police custody.", nil, false, true, PeacefulProtest},
		{"Activists began a sit-in outside the commissioner's office; police took ten of them into custody.", nil, false, true, ProtestWithForce},
		// Forces engaging fighters fight them; engaging in talks is no fight.
		{"Security forces engaged a group of khwarij as they tried to infiltrate. Seven khwarij were sent to hell.", map[string]int{"militants": 7}, true, true, ArmedClash},
		{"The governor engaged in talks with the elders of the tribe.", nil, false, false, ""},
		// Freeing hostages by killing their captors is a battle; taking
		// hostages is an abduction.
		{"Security forces launched a clearance operation to free the hostages held on the train; all 33 terrorists were sent to hell.", map[string]int{"militants": 33}, true, true, ArmedClash},
		{"Militants took 20 passengers hostage on the train.", nil, true, false, Abduction},
		// A crowd's violence is a mob's.
		{"Angry residents attacked a man accused of theft.", map[string]int{"civilians": 1}, false, false, MobViolence},
		{"Residents set upon two traders and beat them.", map[string]int{"civilians": 2}, false, false, MobViolence},
		{"Militants attacked villagers in the district.", map[string]int{"civilians": 3}, true, false, Attack},
		{"Villagers were attacked by gunmen.", map[string]int{"civilians": 3}, true, false, Attack},
		{"Two clans clashed with sticks and stones over grazing land.", map[string]int{"civilians": 5}, false, false, MobViolence},
		{"Two clans clashed with rifles over grazing land.", map[string]int{"civilians": 5}, true, false, ArmedClash},
		// Rioters at work, the shooting that set them off told as cause.
		{"Rioters burned shops and cars after police shot a young man.", nil, true, true, ViolentDemo},
		{"Police shot a young man near the market.", map[string]int{"civilians": 1}, true, true, Attack},
		{"Demonstrators hurled petrol bombs at the police lines.", nil, true, true, ViolentDemo},
		{"Youths stoned police vehicles during the protest.", nil, true, true, ViolentDemo},
		// Protesters counted before they are named.
		{"Troops shot dead at least six people taking part in protests against the election result.", map[string]int{"civilians": 6}, true, true, ProtestWithForce},
		{"Police detained 30 activists who tried to march to the parliament.", nil, false, true, ProtestWithForce},
		{"Troops tried to march into the town.", nil, true, true, ""},
		// A handover under a deal is the handover.
		{"Government troops entered the city under a deal after the rebels handed over their positions.", nil, true, true, NonViolentTransf},
		{"The two sides reached a deal in the capital.", nil, false, false, Agreement},
		{"The two sides swapped 200 prisoners.", nil, true, true, Agreement},
		{"The two clubs swapped players.", nil, false, false, ""},
		// A mass grave found is another development; a killing told with
		// it is the killing.
		{"Forensic teams exhumed 30 bodies from a mass grave near the town.", nil, false, false, OtherDev},
		{"Gunmen killed 30 villagers and buried them in a mass grave.", map[string]int{"civilians": 30}, true, false, Attack},
		// Volcanoes and accidents.
		{"Mount Merapi erupted on Sunday, killing three hikers.", map[string]int{"civilians": 3}, false, false, ""},
		{"Fighting erupted between rebels and troops near the border.", nil, true, true, ArmedClash},
		{"An accidental explosion at an arms depot killed 20 soldiers.", map[string]int{"security_forces": 20}, true, true, ""},
		{"Two militants were killed in an accidental explosion while making a bomb.", map[string]int{"militants": 2}, true, false, RemoteExplosive},
		// Blame for a known deed is not the deed.
		{"The minister blamed the rebels for the killing of the two officers.", nil, true, false, ""},
		{"The army accused the group of carrying out the kidnapping.", nil, true, true, ""},
		{"Gunmen kidnapped two officers on the highway.", map[string]int{"security_forces": 2}, true, false, Abduction},
		// Figures of speech.
		{"The home side stormed to a 3-0 win in Lagos.", nil, false, false, ""},
		{"Rioters stormed the town hall.", nil, false, false, ViolentDemo},
		{"A late penalty killed off the game.", nil, false, false, ""},
		{"The central bank launched an assault on inflation.", nil, false, false, ""},
		// Drones shot down, counted first.
		{"Air defences shot down 12 of 15 drones launched overnight.", nil, true, true, DisruptedWeapons},
		// From the third probe (testdata/probe-3.txt).
		// Fire traded, and gunfights in the plural, are clashes; cartels
		// and a national guard are armed sides.
		{"Troops and rebels traded fire near the river for two hours.", nil, true, true, ArmedClash},
		{"Gunfights between a cartel and the National Guard left six dead.", map[string]int{"unknown": 6}, false, false, ArmedClash},
		{"The two leaders traded barbs over the budget.", nil, false, false, ""},
		// Control regained of a place however it is qualified, and a
		// named city liberated.
		{"Government forces regained full control of the eastern Ghouta enclave.", nil, true, true, GovRegains},
		{"Marawi city was liberated by the army after five months.", nil, true, true, GovRegains},
		{"The team regained full control of the match in the second half.", nil, false, false, ""},
		// Ground taken by state forces is regained; by rebels, overtaken.
		{"Security forces took control of the entire valley after flushing out the militants.", nil, true, true, GovRegains},
		{"Jihadists overran an army camp and took control of the area.", nil, true, false, NSAOvertakes},
		{"Rebels of the Liberation Army captured the township.", nil, true, false, NSAOvertakes},
		// Ground taken without a fight is handed over.
		{"The rebels took over the district headquarters without a fight after the army left.", nil, true, false, NonViolentTransf},
		{"The rebels took over the district headquarters after a day of fighting.", nil, true, false, NSAOvertakes},
		// A vest packed with explosives is a suicide bomber's; a bomber
		// stopped before the blast is a disrupted attack.
		{"The attacker detonated a vest packed with explosives at the church gate.", map[string]int{"civilians": 14}, false, false, SuicideBomb},
		{"The guard wore a bulletproof vest when gunmen opened fire on the bank.", map[string]int{"civilians": 1}, true, false, Attack},
		{"A suicide bomber was shot dead by soldiers before he could detonate his vest at the camp gate.", map[string]int{"militants": 1}, true, true, DisruptedWeapons},
		{"A suicide bomber blew himself up at the camp gate after soldiers shot at him.", map[string]int{"security_forces": 3}, true, true, SuicideBomb},
		// Abducted and raped, no one killed: sexual violence.
		{"Militiamen abducted and raped three women near the market.", nil, true, false, SexualViolence},
		{"Militiamen abducted three women near the market.", nil, true, false, Abduction},
		// People snatched, or taken by gunmen, are abducted; weapons
		// snatched from guards, or people taken to hospital, are not.
		{"Pirates snatched four fishermen off the coast.", nil, true, false, Abduction},
		{"The pupils, who were taken from their school by gunmen on Friday, are still missing.", nil, true, false, Abduction},
		// People captured by state forces are arrested, by armed men
		// abducted; ground captured is taken.
		{"Counterterrorism forces captured a senior commander of the group.", nil, true, true, Arrests},
		{"Rebels captured two soldiers at the checkpoint.", nil, true, false, Abduction},
		// Picked up by the police is an arrest, unless the man has gone
		// missing.
		{"Police picked up a separatist leader from his home.", nil, true, true, Arrests},
		{"Police picked up a student from his home and he has been missing since.", nil, true, true, Abduction},
		// The arrest a crowd protests is no intervention.
		{"Supporters gathered in the square to protest the arrest of the mayor.", nil, false, false, PeacefulProtest},
		{"Supporters gathered in the square to protest, and police arrested ten of them.", nil, false, true, ProtestWithForce},
		// Rioters who clash with forces riot; a crowd stoning an office
		// riots too.
		{"Rioters clashed with security forces and looted shops in the capital.", nil, true, true, ViolentDemo},
		{"Supporters of the candidate attacked the election office with stones.", nil, false, false, ViolentDemo},
		{"Gunmen attacked the election office with rifles.", nil, true, false, Attack},
		// Beaten to death by villagers, and communal clashes: mob violence.
		{"Villagers beat two suspected thieves to death in the market.", map[string]int{"civilians": 2}, false, false, MobViolence},
		{"Militants beat two traders to death in the market.", map[string]int{"civilians": 2}, true, false, Attack},
		{"Communal clashes broke out in the town, leaving three dead.", map[string]int{"civilians": 3}, false, false, MobViolence},
		// Agreeing to end hostilities; not agreeing to talk.
		{"The two clans agreed to end hostilities after mediation by elders.", nil, false, false, Agreement},
		{"The two clans agreed to hold talks next month.", nil, false, false, ""},
		// A bomb plot foiled is disrupted weapons use.
		{"Police foiled a bomb plot and seized explosives in the capital.", nil, false, true, DisruptedWeapons},
		// A curfew imposed, a state of emergency declared; not a curfew
		// lifted.
		{"Authorities imposed an indefinite curfew in the city after the riots.", nil, false, false, GroupChange},
		{"The government declared a state of emergency in three provinces.", nil, false, false, GroupChange},
		{"Authorities lifted the curfew in the city on Monday.", nil, false, false, ""},
		{"Authorities imposed a night curfew in the city to curb the spread of infections.", nil, false, false, ""},
		// A group's new leader; not a firm's.
		{"The Islamic State group announced a new leader on Thursday.", nil, false, false, GroupChange},
		{"The rebels named a new commander after the death of their chief.", nil, true, false, GroupChange},
		{"The Adani Group named a new chief executive.", nil, false, false, ""},
		{"The city police named a new chief on Monday.", nil, true, true, ""},
		// Bases and outposts built or set up.
		{"The army established a new military outpost near the town.", nil, true, true, BaseEstablished},
		{"Militants have built a camp on an island in the lake.", nil, true, false, BaseEstablished},
		{"Mercenaries set up their headquarters in an old hotel.", nil, false, false, BaseEstablished},
		{"The company built a new factory near the town.", nil, false, false, ""},
		// Peacekeepers leaving their camp hand it over.
		{"Peacekeepers withdrew from the camp and handed it to the national army.", nil, true, true, NonViolentTransf},
		// Vandalism with no crowd named is property destruction; by party
		// cadres, a riot.
		{"Settlers vandalised an orchard and torched two cars in the village.", nil, false, false, Looting},
		{"Party cadres vandalised the office of a rival party.", nil, false, false, ViolentDemo},
		// Drones seen are no strike; drones that struck are.
		{"Unidentified drones were seen flying over the airbase at night.", nil, false, false, ""},
		{"Drones struck a fuel depot near the airbase at night.", nil, false, false, AirDrone},
		// Fire exchanged in the present of a headline.
		{"Troops exchange fire with rebels in the hills.", nil, true, true, ArmedClash},
		// Strikes called by parties, and pickets.
		{"Traders observed a bandh in the town against the killing of a shopkeeper.", nil, false, false, PeacefulProtest},
		{"A rebel was killed in an encounter with the police during the bandh called by the rebels.", map[string]int{"militants": 1}, true, true, ArmedClash},
		// A lead of stones and arson is a riot though it names the police
		// hit; gunmen firing on them is no riot.
		{"The agitators set fire to a bus and pelted stones at police personnel.", nil, true, true, ViolentDemo},
		{"Gunmen set fire to a bus and fired at police personnel.", nil, true, false, ArmedClash},
		// The investigation agency's own arrest is news; its chargesheet
		// about a bombing is not.
		{"The NIA arrested two men for funding terror activities.", nil, true, true, Arrests},
		{"The NIA filed a chargesheet against two men for the bombing of the market.", nil, true, true, ""},
		{"The NIA had arrested two men in 2016 for the bombing of the market.", nil, true, true, ""},
		// UN investigators report abuses; police investigators probe a
		// known incident.
		{"UN investigators said soldiers raped at least 30 women during a raid on the village.", nil, true, true, SexualViolence},
		{"Police investigators said the men who bombed the bus had trained abroad.", nil, true, true, ""},
		// Massacres, fire exchanged in the plural, suicide blasts.
		{"At least 15 villagers were massacred by rebels near the town.", map[string]int{"civilians": 15}, true, false, Attack},
		{"Heavy exchanges of fire were reported between the rebels and the army.", nil, true, true, ArmedClash},
		{"Twin suicide blasts tore through a market in the capital.", map[string]int{"civilians": 30}, false, false, SuicideBomb},
		{"The journalist was arrested for reporting on the protests.", nil, false, true, Arrests},
		// Arrests before a rally are arrests; at one, an intervention.
		{"Police arrested 25 supporters of the opposition ahead of the rally.", nil, false, true, Arrests},
		{"Police arrested 25 supporters of the opposition at the rally.", nil, false, true, ProtestWithForce},
		// A crowd's arson is a mob's; armed men's is property destroyed.
		{"Angry residents torched two police vehicles in the town.", nil, true, true, MobViolence},
		{"Gunmen torched two police vehicles in the town.", nil, true, false, Looting},
		// Disasters and accidents by other names; a fire set by armed
		// men is no accident.
		{"A cloudburst in the district killed five people.", map[string]int{"civilians": 5}, false, false, ""},
		{"A fire in the intensive care unit of a hospital killed 11 patients.", map[string]int{"civilians": 11}, false, false, ""},
		{"Gunmen started a fire in the market and shot two traders.", map[string]int{"civilians": 2}, true, false, Attack},
		{"A gas leak at a chemical plant killed 12 people.", map[string]int{"civilians": 12}, false, false, ""},
		// Figures of speech.
		{"The opposition launched a blistering attack on the finance minister in parliament.", nil, false, false, ""},
		{"The captain fired his side into the lead before the break.", nil, false, false, ""},
		{"The film exploded at the box office over the holiday weekend.", nil, false, false, ""},
		// From the fourth probe and the event probes: arrests beside
		// surrenders, arrests made in a raid, gangs acting as armed
		// groups, denials, ground named by its name, handovers, coups.
		{"Six militia members were arrested and two others surrendered in the district.", nil, true, true, Arrests},
		{"Eleven rebels surrendered to the army in the district.", nil, true, true, Agreement},
		{"Police arrested four suspects in a raid in the town and recovered explosives and two pistols.", nil, true, true, Arrests},
		{"Police defused a bomb and recovered explosives in the town.", nil, true, true, DisruptedWeapons},
		{"Gang members looted and burned the main police station in the town.", nil, false, false, Looting},
		{"Six robbers looted a bank in the city.", nil, false, false, ""},
		{"Two rival gangs announced a truce in the capital.", nil, false, false, Agreement},
		{"The ministry denied reports that its troops had opened fire on a border village.", nil, true, true, ""},
		{"Officials denied that a soldier was killed when troops opened fire on the village.", map[string]int{"civilians": 1}, true, true, Attack},
		{"Federal forces regained control of Lalibela from the militia.", nil, true, true, GovRegains},
		{"The company took control of Twitter last year.", nil, false, false, ""},
		{"The Rapid Support Forces took control of Wad Madani, the capital of Gezira state.", nil, true, false, NSAOvertakes},
		{"Israel Defense Forces took control of the town of Rafah on Tuesday.", nil, true, true, GovRegains},
		{"Militants took control of the highway for hours, stopping vehicles.", nil, true, false, NSAOvertakes},
		{"Troops entered the district after the rebels handed it over under the ceasefire agreement.", nil, true, true, NonViolentTransf},
		{"The two sides signed a ceasefire agreement in the capital.", nil, true, true, Agreement},
		{"Soldiers seized power in the capital, announcing it on state television.", nil, true, true, OtherDev},
		{"Settlers attacked the village, beating residents and smashing car windows.", nil, true, false, Attack},
		{"Settlers smashed car windows in the village.", nil, true, false, Looting},
		{"Violent protests erupted in the city, where a crowd attacked the house of a minister.", nil, false, false, ViolentDemo},
		{"Residents armed with machetes killed three alleged gang members.", map[string]int{"unknown": 3}, false, false, MobViolence},
		{"Gunmen pulled the headmaster out of the crowd and hacked him to death.", map[string]int{"civilians": 1}, true, false, Attack},
	}
	for _, tc := range tests {
		c, ok := classifyText(tc.text, tc.victims, tc.armed, tc.sec)
		got := ""
		if ok {
			got = c.SubEventType
		}
		if got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestClassifyProtestDeaths checks deaths at a protest: marchers fired on
// and killed, a protester who died after a beating by police, not one who
// died of illness.
func TestClassifyProtestDeaths(t *testing.T) {
	deaths := []struct {
		text   string
		killed int
		sec    bool
		want   string
	}{
		{"Troops fired live rounds at marchers in the capital, killing seven.", 7, true, ExcessiveForce},
		{"A protester died after being beaten by police during the rally.", 1, true, ExcessiveForce},
		{"A protester died of a heart attack during the rally.", 1, false, PeacefulProtest},
		{"Troops killed six people during protests near the airport.", 6, true, ExcessiveForce},
	}
	for _, tc := range deaths {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		c, ok := Classify(Input{Toks: toks, Hits: Scan(toks), LeadEnd: len(tc.text), Victims: map[string]int{"civilians": tc.killed},
			ArmedActors: tc.sec, Security: tc.sec, Deaths: tc.killed})
		got := ""
		if ok {
			got = c.SubEventType
		}
		if got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStrategicMoveHandover checks that a force handing over its camp is
// a move only when the one handing it over is armed or a peace mission.
func TestStrategicMoveHandover(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The UN mission handed over its camp in the north to the national army.", true},
		{"Peacekeepers handed over their camp near the border to the army.", true},
		{"The mining company handed over its camp to the workers' union.", false},
		{"The army handed over the town to the police.", true},
	})
}

// classifyText classifies a test's text, its first sentence the lead.
func classifyText(text string, victims map[string]int, armed, sec bool) (Class, bool) {
	toks := lex.Tokens(text, 0, len(text))
	lead := len(text)
	for i, tk := range toks {
		if tk.Text == "." && i < len(toks)-1 {
			lead = tk.End
			break
		}
	}
	return Classify(Input{Toks: toks, Hits: Scan(toks), LeadEnd: lead, Victims: victims, ArmedActors: armed, Security: sec})
}

// classifyCase is a sentence, who suffered, whether armed men or state
// forces are named, and the sub-event type Classify should give ("" for
// no event).
type classifyCase struct {
	text   string
	vict   map[string]int
	deaths int
	armed  bool
	sec    bool
	want   string
}

// strategicCase is a text and whether StrategicMove reads a strategic
// move told without a deed in it.
type strategicCase struct {
	text string
	want bool
}

// checkStrategicMove runs StrategicMove on each case's text.
func checkStrategicMove(t *testing.T, cases []strategicCase) {
	t.Helper()
	for _, tc := range cases {
		if got := StrategicMove(lex.Tokens(tc.text, 0, len(tc.text))); got != tc.want {
			t.Errorf("StrategicMove(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// checkClassify classifies each case's sentence alone, as an event's lead.
func checkClassify(t *testing.T, cases []classifyCase) {
	t.Helper()
	for _, tc := range cases {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		c, ok := Classify(Input{Toks: toks, Hits: Scan(toks), LeadEnd: len(tc.text), Victims: tc.vict, ArmedActors: tc.armed, Security: tc.sec, Deaths: tc.deaths})
		got := ""
		if ok {
			got = c.SubEventType
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestClassifyFifthProbe covers the phrasings the fifth probe's misses
// showed, each beside a sentence of the same words the rule must leave
// alone.
func TestClassifyFifthProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// Violent words used figuratively.
		{"The band stormed the charts with its debut album.", nil, 0, false, false, ""},
		{"The minister stormed out of the meeting after the vote.", nil, 0, false, false, ""},
		{"The home side stormed into the semi-finals with a late goal.", nil, 0, false, false, ""},
		{"Mourners laid wreaths at the site of the bombing on Sunday.", nil, 0, false, false, ""},
		{"Gunmen stormed a hotel in the capital, killing three guests.", civ(3), 3, true, false, Attack},
		{"The regulator fired a warning shot at lenders over risky loans.", nil, 0, false, false, ""},
		{"Gunmen fired at a bus on the highway, wounding two passengers.", civ(2), 0, true, false, Attack},
		// A blaze that opens its sentence is an accident; arson is not.
		{"Fire gutted a market in the old town, killing nine traders.", civ(9), 9, false, false, ""},
		{"Gunmen set fire to a market in the old town, killing nine traders.", civ(9), 9, true, false, Attack},
		// A visit to the site of a deed is not the deed.
		{"The governor visited the site of the bombing and met the wounded at the hospital.", nil, 0, false, false, ""},
		{"A bomb exploded at the site of the rally, wounding four people.", civ(4), 0, false, false, RemoteExplosive},
		// People demonstrating, missiles thrown, protesters removed.
		{"Police opened fire on workers demonstrating outside the mill, killing two.", civ(2), 2, true, true, ExcessiveForce},
		{"Soldiers shot dead a student taking part in a peaceful march.", civ(1), 1, true, true, ExcessiveForce},
		{"The firm is demonstrating its new engine to buyers this week.", nil, 0, false, false, ""},
		{"Demonstrators threw stones and bottles at police in the square.", nil, 0, false, true, ViolentDemo},
		{"The pitcher threw the ball past the batter in the ninth.", nil, 0, false, false, ""},
		{"Police removed protesters blocking the highway to the port.", nil, 0, false, true, ProtestWithForce},
		{"Workers removed rubble from the highway to the port.", nil, 0, false, false, ""},
		// Mobs in the plural are crowds.
		{"Mobs attacked shops owned by migrants in the township.", nil, 0, false, false, MobViolence},
		// Combat, reclaimed ground.
		{"Troops and rebels were locked in fierce combat near the border.", nil, 0, true, true, ArmedClash},
		{"The army sent combat troops to the border.", nil, 0, true, true, ""},
		{"Government troops reclaimed the town of Kalemie from the rebels.", nil, 0, true, true, GovRegains},
		{"The exporter reclaimed its title as the largest in the region.", nil, 0, false, false, ""},
		// Gas used as a weapon; gas leaked.
		{"Aircraft dropped bombs that released a yellow gas over the village.", nil, 0, true, false, ChemicalWeapon},
		{"A toxic gas released during an attack on the village left children choking.", nil, 0, false, false, ChemicalWeapon},
		{"A toxic gas leak at a fertiliser plant killed four workers.", civ(4), 4, false, false, ""},
		// Bombs from aircraft; bombers who detonate themselves.
		{"The village was hit by bombs and gunfire from helicopters.", nil, 0, false, false, AirDrone},
		{"Bombs planted by militants hit the market.", nil, 0, true, false, RemoteExplosive},
		{"Two bombers detonated themselves at a checkpoint near the market.", civ(5), 5, false, false, SuicideBomb},
		// People taken.
		{"Men in plain clothes picked him up outside his home and he has been missing since.", nil, 0, false, false, Abduction},
		{"The school bus picked them up at the station.", nil, 0, false, false, ""},
		{"Guerrillas seized two police officers at a roadblock.", nil, 0, true, false, Abduction},
		// Artillery as the subject of its verb.
		{"Artillery pounded villages near the front line for a second day.", nil, 0, true, false, Shelling},
		{"Heavy rain pounded the coast for a second day.", nil, 0, false, false, ""},
		// A bomb destroyed by its disposal team.
		{"A bomb found under the bridge was safely detonated by the bomb squad.", nil, 0, false, true, DisruptedWeapons},
		{"A bomb detonated under the bridge, wounding two passers-by.", civ(2), 0, false, false, RemoteExplosive},
		// Strategic moves: a base opened or made, ground handed over, a
		// show of force, captives freed, a grave found.
		{"Troops opened a new military camp near the town after it was attacked last month.", nil, 0, true, true, BaseEstablished},
		{"The government opened a camp for displaced families near the town.", nil, 0, false, false, ""},
		{"Rebels turned a school into a military base.", nil, 0, true, false, BaseEstablished},
		{"The rebels established a command post in the mining town.", nil, 0, true, false, BaseEstablished},
		{"The rebels established a post office in the mining town.", nil, 0, true, false, ""},
		{"Rebels turned the vote into a test of loyalty.", nil, 0, true, false, ""},
		{"The peacekeepers completed their withdrawal from the base, handing it over to the army.", nil, 0, true, true, NonViolentTransf},
		{"Armed militiamen paraded through the town in a show of force.", nil, 0, true, false, OtherDev},
		{"Police paraded the suspects before journalists.", nil, 0, false, true, ""},
		{"The group freed the hostages it had held for a year.", nil, 0, true, false, OtherDev},
		{"The court released the prisoners held since May.", nil, 0, false, false, ""},
		{"Forensic teams exhumed 12 bodies from a clandestine grave near the river.", nil, 0, false, false, OtherDev},
		// "a journalist who covered corruption" was arrested; no crime
		// is told.
		{"A reporter who covered corruption was taken into custody by police.", nil, 0, false, true, Arrests},
		{"A clerk was taken into custody by police for corruption.", nil, 0, false, true, ""},
		// A police operation against a crime is no battle.
		{"Police arrested nine people in an operation against a money-laundering ring.", nil, 0, true, true, ""},
		{"Police arrested nine militants in an operation in the hills.", nil, 0, true, true, Arrests},
	})
}

// TestStrategicMoveGrave: a mass grave found opens an event of its own; a
// grave named beside a killing, or a grave not found, does not.
func TestStrategicMoveGrave(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"A mass grave containing 25 bodies was discovered near the village.", true},
		{"Investigators exhumed the remains of nine people from a clandestine grave.", true},
		{"Gunmen killed 30 villagers and buried them in a mass grave.", false},
		{"Relatives visited the mass grave on the anniversary.", false},
	})
}

// TestClassifySixthProbe covers the phrasings the sixth probe's misses
// showed (Pakistan, Afghanistan, Kashmir and their neighbours), each beside
// a sentence of the same words the rule must leave alone.
func TestClassifySixthProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		// A vehicle laden with explosives driven into its target is a
		// suicide attack; one parked and set off from afar is not.
		{"Insurgents drove an explosives-laden truck into the wall of a police station, killing six officers.", sec(6), 6, true, true, SuicideBomb},
		{"An explosive-laden car rammed the gate of the district compound.", nil, 0, true, false, SuicideBomb},
		{"An explosives-laden car parked near the market went off, killing four shoppers.", civ(4), 4, false, false, RemoteExplosive},
		// A bomber who sets off his own explosives.
		{"A bomber on foot set off his explosives at the gate of the ministry, killing 12.", civ(12), 12, false, false, SuicideBomb},
		{"The attacker detonated his vest at the checkpoint.", nil, 0, true, false, SuicideBomb},
		{"Sappers detonated the explosives they had found in a controlled blast.", nil, 0, false, true, RemoteExplosive},
		// People taken to where no one knows are abducted; suspects the
		// state sends to an undisclosed place are arrested.
		{"Armed men seized four employees of a construction firm and took them to an unknown location.", nil, 0, true, false, Abduction},
		{"Police arrested 12 suspects who were sent to an undisclosed location for questioning.", nil, 0, false, true, Arrests},
		// Warning shots aimed at no one break up a protest; shots at the
		// crowd by armed men attack it.
		{"Fighters fired into the air to break up a protest by teachers and beat some of them.", nil, 0, true, false, ProtestWithForce},
		// A crowd counted by the hundred that sets houses on fire is a
		// mob; armed men doing so destroy property.
		{"Hundreds of people set fire to houses of a minority community after rumours of blasphemy.", nil, 0, false, false, MobViolence},
		{"Gunmen set fire to houses of a minority community in the valley.", nil, 0, true, false, Looting},
		// Youths named by their stones who clash with troops riot.
		{"Stone-pelting youths clashed with security forces after the funeral, leaving 20 injured.", nil, 0, true, true, ViolentDemo},
		{"Militants clashed with security forces after the funeral, leaving 20 injured.", sec(3), 0, true, true, ArmedClash},
		// Ground surrendered to armed men changes hands; men who
		// surrender before the police lay down arms.
		{"Officials surrendered the district to the insurgents after elders negotiated a deal.", nil, 0, true, true, NonViolentTransf},
		{"Three rebels surrendered before the district police with their weapons.", nil, 0, true, true, Agreement},
		// Headlines in the present: a weapon recovered.
		{"Army recovers IED on highway near the border", nil, 0, true, true, DisruptedWeapons},
		// Figurative: a team blown away, power killed.
		{"The batsmen were blown away by the visitors' pace attack in the final.", nil, 0, false, false, ""},
		{"Inflation had killed the purchasing power of the middle class.", nil, 0, false, false, ""},
		{"The bomb killed the power station's guard.", nil, 1, false, false, RemoteExplosive},
		// Ground named with a possessive is still ground.
		{"Troops regained control of the valley's strategic heights after a week.", nil, 0, true, true, GovRegains},
		// Ground "wrested back", told in the passive with the place first.
		{"The town was wrested back from the rebels on Friday.", nil, 0, true, true, GovRegains},
		{"Kandahar city was wrested back from the insurgents after a week of fighting.", nil, 0, true, true, GovRegains},
		{"The initiative was wrested back from the rebels by the army.", nil, 0, true, true, ""},
		{"The district was taken over by the Taliban on Sunday.", nil, 0, true, false, NSAOvertakes},
		{"The company was taken over by a rival firm on Sunday.", nil, 0, false, false, ""},
		{"The town was taken back by troops after two days.", nil, 0, true, true, GovRegains},
	})
}

// TestStrategicMoveSixthProbe: bases set up and groups split by armed men,
// ground abandoned by forces, and the same verbs said of others.
func TestStrategicMoveSixthProbe(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The Islamic State group has set up a training camp in the valley.", BaseEstablished},
		{"The Taliban had opened a base in a government school.", BaseEstablished},
		{"The charity opened a camp for displaced families near the town.", ""},
		{"Militants set up new positions in the mountains after the offensive.", BaseEstablished},
		{"Engineers set up new positions for the cameras along the road.", ""},
		{"The rebels established a court and a new headquarters in the town.", BaseEstablished},
		{"A faction of the militant movement split from the group and announced a new name.", GroupChange},
		{"The party split from the ruling coalition over the budget.", ""},
		{"The Taliban named Haibatullah Akhundzada as their new leader.", GroupChange},
		{"Security forces abandoned the district centre without a fight.", NonViolentTransf},
		{"Residents abandoned the village after the floods.", ""},
		{"Fazlullah's men established a headquarters in the village.", BaseEstablished},
		{"Fazlullah's relatives established a school in the village.", ""},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		c, ok := strategicMove(Input{Toks: toks, LeadEnd: len(tc.text)})
		got := ""
		if ok {
			got = c.SubEventType
		}
		if got != tc.want {
			t.Errorf("strategicMove(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if want := tc.want != ""; StrategicMove(toks) != want {
			t.Errorf("StrategicMove(%q) = %v, want %v", tc.text, !want, want)
		}
	}
}

// TestScanSignedDeal: a deal signed with an armed group is the conflict's
// agreement, and "signed" says it was made; firms signing a deal make no
// agreement of ACLED's.
func TestScanSignedDeal(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The government and the Taliban signed a deal in the capital on Saturday.", true},
		{"The rebels signed an accord with the army in the border town.", true},
		{"The two companies signed a deal to build a power plant.", false},
		{"Militants who have signed a deal before broke it.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		got := false
		for _, h := range Scan(toks) {
			if h.Cue == CueAgreement && toks[h.Token].Is("signed") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: signed is an agreement = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestClassifySeventhProbe covers the phrasings the seventh probe's
// misses showed (wire copy from everywhere but Pakistan and Afghanistan),
// each beside a sentence of the same words the rule must leave alone.
func TestClassifySeventhProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// Chlorine and agents called toxic used as weapons; a leak is not.
		{"Rebels fired rockets loaded with chlorine at an army post.", nil, 0, true, false, ChemicalWeapon},
		{"Shells carrying a toxic agent hit the eastern district, residents said.", nil, 0, false, false, ChemicalWeapon},
		{"A chlorine leak at a water treatment plant sickened 30 workers.", nil, 0, false, false, ""},
		// Jets that destroyed a camp struck it from the air.
		{"The army said its jets destroyed three insurgent camps in the hills.", nil, 0, true, true, AirDrone},
		// A bomber's own charge.
		{"The attacker set off his charge at the gate of the mosque, killing nine.", civ(9), 9, false, false, SuicideBomb},
		// Sexual violence named as a deed, not as a topic.
		{"Militiamen subjected the detained women to sexual violence at the camp.", nil, 0, true, false, SexualViolence},
		{"The minister opened a conference on sexual violence in conflict.", nil, 0, false, false, ""},
		// Ground whose control is taken in the present, or liberated.
		{"Insurgents take control of the district centre after a night of fighting", nil, 0, true, false, NSAOvertakes},
		{"The new board will take control of the company next month.", nil, 0, false, false, ""},
		{"Troops liberate Konna from jihadists", nil, 0, true, true, GovRegains},
		{"The reforms liberate farmers from debt.", nil, 0, false, false, ""},
		{"Soldiers have taken back Palma from the insurgents.", nil, 0, true, true, GovRegains},
		{"She has taken back Palma from the repair shop.", nil, 0, false, false, ""},
		// Captives swapped and power shared by warring parties are deals;
		// players swapped by clubs are not.
		{"The army and the rebels agreed to swap 200 prisoners.", nil, 0, true, true, Agreement},
		{"The two clubs agreed to swap players before the deadline.", nil, 0, false, false, ""},
		{"The warring factions agreed to form a unity government.", nil, 0, false, false, Agreement},
		{"Qatar brokered a truce between the army and the rebels.", nil, 0, true, true, Agreement},
		{"The bank brokered the sale of two airlines.", nil, 0, false, false, ""},
		// Hostages a deal will free are not taken.
		{"Under the accord, the rebels will free 20 hostages.", nil, 0, true, false, Agreement},
		{"Gunmen seized 20 hostages at the hotel.", nil, 0, true, false, Abduction},
		// A base and what it is used for; a base and a raid told beside it.
		{"The rebels have set up camps in the forest, from where they launch raids on villages.", nil, 0, true, false, BaseEstablished},
		{"The rebels set up camps in the forest and attacked two villages.", nil, 0, true, false, Attack},
		// A place of crime raided with no raider named is a police search;
		// gunmen who raid a village attack it.
		{"A warehouse storing counterfeit medicines was raided in the port city.", nil, 0, false, false, ""},
		{"Gunmen raided a village and killed four farmers.", civ(4), 4, true, false, Attack},
		// Armed men driven out of ground: by the state it is retaken, by
		// rebels taken; cars and prices driven are neither.
		{"Government troops drove the insurgents out of the town on Sunday.", nil, 0, true, true, GovRegains},
		{"Rebels drove the army out of Kidal after a week of fighting.", nil, 0, true, false, NSAOvertakes},
		{"The driver drove the minister out of the town on Sunday.", nil, 0, false, false, ""},
		{"Inflation pushed prices out of reach of the poor.", nil, 0, false, false, ""},
		// A place named alone, declared freed from armed men.
		{"Kobani was declared liberated from the jihadists on Monday.", nil, 0, true, false, GovRegains},
		{"Ahmed was declared innocent by the court on Monday.", nil, 0, false, false, ""},
		// Youths who fight the police with stones riot; militants who
		// clash with the police fight a battle.
		{"Youths clashed with police in the old town, throwing stones.", nil, 0, true, true, ViolentDemo},
		{"Militants clashed with police in the old town, throwing stones.", nil, 0, true, true, ArmedClash},
		// A march that tear gas stopped is a protest met with force.
		{"Police used tear gas to stop an opposition march in the capital.", nil, 0, false, true, ProtestWithForce},
	})
}

// TestStrategicMoveSeventhProbe: ground handed to a state or entered
// unopposed, bases and deals made, groups renamed, told of states and
// named groups as the wire services name them; and the same verbs said of
// others.
func TestStrategicMoveSeventhProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"Kyrgyzstan handed over the disputed villages to Tajikistan on Monday.", true},
		{"The contractor handed over the new road to the municipality.", false},
		{"Rebel fighters entered the town without a fight after the garrison fled.", true},
		{"Fighters entered the town and clashed with the garrison.", false},
		{"Government troops moved into the district under an agreement with the militia.", true},
		{"Government troops withdrew from Tessalit on Friday.", true},
		{"Government troops withdrew from the Paris talks on Friday.", false},
		{"The army pulled back, leaving the town to the rebels.", true},
		{"The floods receded, leaving the town to rebuild.", false},
		{"The rebels' alliance renamed itself after cutting ties with its parent group.", true},
		{"The bank renamed itself after the merger.", false},
		{"The armed wing broke away from the party last year.", true},
		{"The east wing broke away from the building in the quake.", false},
		{"The insurgents made the old school their headquarters.", true},
		{"The company made the old school its headquarters.", false},
		{"Russia has established a military base near the border.", true},
		{"The university has established a research base near the border.", false},
		{"Al-Shabaab has set up a new camp near the river.", true},
		{"A truce between the army and the rebels took effect at dawn.", true},
		{"The trade deal took effect in January.", false},
		{"The government and the rebels sealed a peace agreement on Sunday.", true},
		{"The two firms sealed a deal on Sunday.", false},
		{"Government troops have taken back Palma from insurgents.", true},
		{"Troops cleared the area after the operation.", false},
		{"The rebels vowed to take control of the city.", false},
		// A group back at war, told in reported speech.
		{"The former FARC commanders announced they were taking up arms again.", true},
		{"The farmers said they were taking up the matter again.", false},
		// Groups splitting, resuming their war or naming a leader, named
		// as the wire names them.
		{"The rebel movement announced it was splitting into two factions.", true},
		{"The rebels' convoy split into two columns near the bridge.", false},
		{"The rebel alliance said it was resuming its armed struggle.", true},
		{"The rebel alliance said it was resuming talks with the government.", false},
		{"Al-Shabaab named a new commander for the region.", true},
		{"The police named a new commander for the district.", false},
		{"The RSF pulled out of the town, leaving it to a local militia.", true},
		// A camp used for raids is armed men's, whatever they are called;
		// one used for study is not.
		{"Dissidents set up a camp across the border, from where they coordinate operations.", true},
		{"Students set up a camp across the border, from where they study the glaciers.", false},
		// A tally over years is no move made.
		{"Militants have destroyed more than 200 schools in the region since 2009.", false},
		{"The rebels have taken over dozens of villages since the start of the war.", false},
		// Property destroyed by armed men not of the state.
		{"Militants destroyed a telecom tower in the district overnight.", true},
		{"Gunmen burned a school in the village overnight.", true},
		{"Settlers uprooted dozens of olive trees near the village.", true},
		{"Troops destroyed a militant hideout in the forest.", false},
		{"Floods destroyed hundreds of houses in the valley.", false},
		{"The storm uprooted trees across the city.", false},
	})
}

// TestScanSeventhProbe: cues the seventh probe added, in company and out.
func TestScanSeventhProbe(t *testing.T) {
	tests := []struct {
		text string
		cue  Cue
		want bool
	}{
		{"Protesters formed a human chain along the coast road.", CueProtest, true},
		{"Sappers set off a charge to clear the rubble.", CueSuicide, false},
		{"The bomber set off her charge at the bus stop.", CueSuicide, true},
		{"Jets carried out air raids on the rebel-held town.", CueAir, true},
		{"Rioters destroyed two jets parked at the airfield.", CueAir, false},
		// Hostages liberated were taken before: their release is the news.
		{"The army liberated the hostages from the militants in a night raid.", CueAbduct, false},
		{"The militants took 12 hostages at the mine.", CueAbduct, true},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		got := false
		for _, h := range Scan(toks) {
			got = got || h.Cue == tc.cue
		}
		if got != tc.want {
			t.Errorf("%q: cue %d found = %v, want %v", tc.text, tc.cue, got, tc.want)
		}
	}
}

// TestClassifyOneSided: killings of men at home or going home, of a
// politician's convoy and of a workers' camp are attacks; forces fired
// upon that fire back, tribes that fight with guns and shelling answered
// across a border keep their battle or shelling.
func TestClassifyOneSided(t *testing.T) {
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A policeman shot at his home or on his way home was off duty;
		// one shot at his post was not; a militiaman is a fighter anywhere.
		{"Gunmen shot dead a police constable outside his house in the town.", sec(1), 1, true, true, Attack},
		{"Gunmen shot dead a police constable at his post in the town.", sec(1), 1, true, true, ArmedClash},
		{"A soldier was shot dead by rebels. They fired at him when he was on his way home.", sec(1), 1, true, true, Attack},
		{"Rebels shot dead a pro-government militia commander near his house.", sec(1), 1, true, false, ArmedClash},
		// A lawmaker's convoy is no forces' convoy.
		{"Rebels killed a lawmaker and four guards when they ambushed his convoy.", civ(5), 5, true, false, Attack},
		{"Rebels killed four soldiers when they ambushed their convoy.", sec(4), 4, true, true, ArmedClash},
		// Workers' camps are no forces' camps.
		{"Four labourers were killed when gunmen opened fire on their camp.", civ(4), 4, true, false, Attack},
		{"Four soldiers were killed when gunmen opened fire on their camp.", sec(4), 4, true, true, ArmedClash},
		// A checkpoint the gunmen set up is theirs; one newly set up by
		// the forces is a target.
		{"Militants set up a checkpoint on the highway, took two passengers off a bus and shot them dead.", civ(2), 2, true, false, Attack},
		{"Militants attacked a newly set up checkpoint on the highway, killing two soldiers.", sec(2), 2, true, true, ArmedClash},
		// A force named Rifles fired upon, and firing upon troops.
		{"Rebels fired upon an Assam Rifles patrol near the border. Two riflemen were injured.", nil, 0, true, false, ArmedClash},
		{"Rebels fired upon a group of villagers near the border.", civ(2), 0, true, false, Attack},
		// Tribes fighting with guns fight a battle; clans brawling with
		// sticks are a mob.
		{"Two tribes fought with guns over a land dispute, leaving three dead.", nil, 3, false, false, ArmedClash},
		{"Fighting between two rival tribes continued for a second day, leaving 12 dead.", nil, 12, false, false, ArmedClash},
		{"Two clans clashed with sticks over a land dispute.", nil, 0, false, false, MobViolence},
		// Gunmen who storm a mine with rockets attack the miners; rockets
		// fired at a town shell it.
		{"Gunmen attacked a coal mine with rockets and grenades and killed 21 miners.", civ(21), 21, true, false, Attack},
		{"Militants fired rockets at the town, killing four civilians.", civ(4), 4, true, false, Shelling},
		// Quadcopters that drop bombs strike from the air.
		{"Militants attacked a police station with quadcopters dropping mortar rounds.", sec(2), 0, true, true, AirDrone},
		{"Police used quadcopters to film the procession.", nil, 0, false, true, ""},
	})
	// Shelling answered after the lead is an exchange of shells; an
	// attack answered is a fight.
	for _, tc := range []struct{ lead, rest, want string }{
		{"Troops shelled forward posts and villages along the border, killing a woman.", " The army retaliated.", Shelling},
		{"Militants attacked a border post with guns.", " The army retaliated.", ArmedClash},
	} {
		text := tc.lead + tc.rest
		toks := lex.Tokens(text, 0, len(text))
		c, _ := Classify(Input{Toks: toks, Hits: Scan(toks), LeadEnd: len(tc.lead), Victims: civ(1), ArmedActors: true, Security: true, Deaths: 1})
		if c.SubEventType != tc.want {
			t.Errorf("%q: got %q, want %q", text, c.SubEventType, tc.want)
		}
	}
}

// TestClassifyCrowdsAndArrests: crowds that go home, sit-ins cleared, shots
// fired with tear gas, and members of an armed group arrested for its
// extortion.
func TestClassifyCrowdsAndArrests(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A crowd that dispersed went home; one dispersed was driven off.
		{"Hundreds staged a peaceful protest in the town. The protesters dispersed peacefully after submitting a memorandum.", nil, 0, false, false, PeacefulProtest},
		{"Hundreds staged a protest in the town. Police dispersed the protesters.", nil, 0, false, true, ProtestWithForce},
		// Sit-ins cleared with batons.
		{"Shia groups held sit-ins in the city; police used batons and tear gas to clear the main square.", nil, 0, false, true, ProtestWithForce},
		// Live rounds fired with tear gas on a crowd that left a dead
		// protester; gunmen firing on a crowd with no tear gas attack it.
		{"Security forces fired tear gas and live rounds to disperse the supporters; one protester was killed.", civ(1), 1, true, true, ExcessiveForce},
		{"Gunmen fired on a crowd of supporters in the market, killing one.", civ(1), 1, true, false, Attack},
		// An armed group's men arrested over its extortion; smugglers
		// arrested over theirs are a gang.
		{"Police arrested three linkmen of the rebel outfit and recovered extortion letters from them.", nil, 0, true, true, Arrests},
		{"Police arrested three smugglers and recovered extortion letters from them.", nil, 0, false, true, ""},
	})
}

// TestStrategicMoveAllegiance: an armed group that pledges allegiance to
// another changes what it is; a politician's pledge of loyalty does not.
func TestStrategicMoveAllegiance(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"A militant group in the south pledged allegiance to the Islamic State on Monday.", true},
		{"Rebel fighters swore allegiance to the new emir in a video.", true},
		{"The new mayor pledged allegiance to the constitution on Monday.", false},
	})
}

// TestClassifyEighthProbe: the eighth probe's news sentences, each beside
// a sentence where the same words must not fire.
func TestClassifyEighthProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// Chemical attacks in the plural, mustard by its full name, a
		// toxic chemical used in an attack; a chemical spilled is none.
		{"Government forces carried out chemical attacks on three villages in the hills.", nil, 0, true, true, ChemicalWeapon},
		{"Inspectors confirmed that sulfur mustard was used in the town in August.", nil, 0, false, false, ChemicalWeapon},
		{"Doctors treated six people for exposure to a toxic chemical after an attack on the town.", nil, 0, false, false, ChemicalWeapon},
		{"A toxic chemical leaked from a fertiliser plant, sickening 40 workers.", nil, 0, false, false, ""},
		// Bombs dismantled are defused; a bomb that went off is not.
		{"Police dismantled 14 explosive devices planted in farmland north of the city.", nil, 0, true, true, DisruptedWeapons},
		{"Police dismantled a network that sold stolen cars.", nil, 0, false, true, ""},
		// A minefield destroyed by troops is weapons disrupted.
		{"Soldiers found and destroyed a minefield laid by the guerrillas near a school.", nil, 0, true, true, DisruptedWeapons},
		// Explosives meant for attacks were seized, not used.
		{"Thirty kilograms of explosives intended for attacks on the police were seized from a house.", nil, 0, false, true, DisruptedWeapons},
		// Two crowds throwing stones at each other, or fighting with
		// sticks, are a mob; protesters stoning the police riot.
		{"Hindu and Muslim groups threw stones at each other during a procession, injuring 15.", civ(15), 0, false, false, MobViolence},
		{"Protesters threw stones at the police outside the town hall.", nil, 0, false, true, ViolentDemo},
		{"Members of two clans fought with sticks and stones over grazing land, leaving three dead.", civ(3), 3, false, false, MobViolence},
		// Troops entering ground without fighting take it over; taking it
		// in battle is ground regained.
		{"Federal troops took over the city's oilfields without fighting after the Peshmerga withdrew.", nil, 0, true, true, NonViolentTransf},
		{"Federal troops took over the town after two days of fighting with the rebels.", nil, 0, true, true, GovRegains},
		// "Without a shot being fired" fired none.
		{"Soldiers abandoned their camp and jihadists moved into the town without a shot being fired.", nil, 0, true, false, NonViolentTransf},
		// Control taken "full".
		{"Rebels took full control of the town on Sunday.", nil, 0, true, false, NSAOvertakes},
		// Insurgents dislodged from a town by troops: ground regained.
		{"Troops dislodged the insurgents from Bama and restored government authority.", nil, 0, true, true, GovRegains},
		// Heavy weapons given up under a deal are no shelling.
		{"Under a deal brokered by the mediators, the rebels agreed to give up their heavy weapons.", nil, 0, true, false, Agreement},
		{"The rebels pounded the town with heavy weapons overnight.", nil, 0, true, false, Shelling},
		// Petrol bombs thrown at police lines during a march are a riot.
		{"Petrol bombs were thrown at police lines after an unauthorised march, and officers fired tear gas.", nil, 0, false, true, ViolentDemo},
		// Police who shot people as they broke up protests used
		// excessive force.
		{"Police shot dead at least 18 people across the country on Sunday as they tried to break up protests.", civ(18), 18, true, true, ExcessiveForce},
		// A group's change done under a deal is the change.
		{"The front began decommissioning its first batch of 145 combatants under the peace deal signed in 2014.", nil, 0, true, false, GroupChange},
		// Deaths by a plunge into a gorge or by bootleg liquor are
		// accidents.
		{"Bus plunges into gorge, 24 dead", civ(24), 24, false, false, ""},
		{"At least 50 people died after drinking bootleg liquor in the district.", civ(50), 50, false, false, ""},
		// "Held over" a bombing is an arrest.
		{"Three held over bus bombing", nil, 0, false, false, Arrests},
		// A place named and then said to be a town, after a comma.
		{"The rebels seized Bambari, the country's third largest town, on Sunday.", nil, 0, true, false, NSAOvertakes},
		{"The rebels seized Bambari, the country's largest gold buyer, on Sunday.", nil, 0, true, false, ""},
		// Armed men fighting for control of ground fight a battle;
		// parties fighting for control of a council do not.
		{"Al-Shabaab fighters and troops fought for control of the town for several hours.", nil, 0, true, true, ArmedClash},
		{"The two parties fought for control of the council for several years.", nil, 0, false, false, ""},
		// A gas that choked people where rockets fell; a leak that did.
		{"A yellowish gas spread across the district after the rockets hit, and people began foaming at the mouth.", nil, 0, false, false, ChemicalWeapon},
		{"A gas leak at the fertiliser factory left dozens of workers choking.", nil, 0, false, false, ""},
		// Taken by men in plain clothes and not seen since.
		{"The activist was taken from his flat by men in plain clothes, and his whereabouts remain unknown.", nil, 0, false, false, Abduction},
		{"The files were taken from his office by the auditors on Monday.", nil, 0, false, false, ""},
		// People seized and missing since are disappeared; seized by
		// the police and charged, arrested.
		{"Eleven fishermen reported missing off the coast are being held by bandits, who seized them from their boats.", nil, 0, true, false, Abduction},
		{"Students still missing days after local police seized them", nil, 0, true, true, Abduction},
		{"Two students were charged in court after police seized them at a checkpoint.", nil, 0, true, true, Arrests},
		{"Soldiers found two rifles in the house and seized them.", nil, 0, true, true, DisruptedWeapons},
		// An army named by a nation's adjective is the state's; one
		// named by a people or a cause may be a rebel army.
		{"ETHIOPIAN ARMY TAKES FULL CONTROL OF MEKELLE FROM TPLF, PRIME MINISTER SAYS", nil, 0, true, true, GovRegains},
		{"The Arakan Army took full control of the town after a week of fighting.", nil, 0, true, false, NSAOvertakes},
		{"The Free Syrian Army took full control of the town on Sunday.", nil, 0, true, false, NSAOvertakes},
		// Snipers placed on a roof fired no shot.
		{"The Houthis turned a school into a command centre and placed snipers on its roof.", nil, 0, true, false, BaseEstablished},
		{"Snipers fired on the crowd from the roof of the school.", civ(3), 3, true, false, Attack},
		// Rockets paraded are on show.
		{"The militias parade rockets and tanks in the city to mark the anniversary", nil, 0, true, false, OtherDev},
		{"The militias fired rockets at the city on the anniversary.", nil, 0, true, false, Shelling},
		// The headline's present: rebels burn equipment, crowds march.
		{"Rebels burn construction equipment at road project", nil, 0, true, false, Looting},
		{"Farmers burn crop stubble despite the ban", nil, 0, false, false, ""},
		{"HUNDREDS OF THOUSANDS MARCH AGAINST EXTRADITION BILL", nil, 0, false, false, PeacefulProtest},
		{"PRICES ROSE IN MARCH AGAINST THE TREND", nil, 0, false, false, ""},
		// Killed at a peaceful blockade by security forces: excessive
		// force; a blockade by the navy is no protest.
		{"Security forces killed eight supporters of the former president at a peaceful blockade near the city.", civ(8), 8, true, true, ExcessiveForce},
		{"Security forces killed eight smugglers who tried to break the naval blockade of the port.", civ(8), 8, true, true, Attack},
		// An agency named for investigation makes an arrest.
		{"The National Investigation Agency has arrested a suspected courier of the rebels in the district.", nil, 0, true, true, Arrests},
		{"The National Investigation Agency (NIA) arrested two men in connection with the blast.", nil, 0, true, true, Arrests},
		{"The National Investigation Agency (NIA), which is probing the blast, arrested two men.", nil, 0, true, true, ""},
		{"An investigation into the killing of the judge has been opened, the police said.", civ(1), 1, false, true, ""},
	})
}

// TestStrategicMoveEighthProbe: groups halting or resuming their war,
// moving their fighters, laying down arms, breaking away or naming a
// leader; bases and deals as the wire tells them; the same verbs said of
// others.
func TestStrategicMoveEighthProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The Niger Delta Avengers said they were suspending attacks on oil facilities.", true},
		{"The airline said it was suspending flights to the capital.", false},
		{"The Communist Party of India (Maoist) announced it was suspending its operations for the monsoon.", true},
		{"The teachers' union said it was ending the strike after the talks.", false},
		{"The rebels announced they were ending the ceasefire they had declared for Easter.", true},
		{"The company announced it was ending the contract.", false},
		{"Boko Haram's faction has moved most of its fighters from the forest to the islands.", true},
		{"The company has moved most of its staff from the capital to the coast.", false},
		{"The rebel group said it would pull its fighters out of the country.", true},
		{"The rebel group said it would pull out of the talks.", false},
		{"The rebels would pull their fighters out of the country if attacked.", false},
		{"The Moro Islamic Liberation Front began decommissioning its combatants on Monday.", true},
		{"The utility began decommissioning its coal plants on Monday.", false},
		{"The Oromo Liberation Army split from the political wing of the front.", true},
		{"The singer split from her band last year.", false},
		{"The Islamic State's West Africa Province has a new leader, an audio message said.", true},
		{"The football club has a new leader after the vote.", false},
		{"The Islamic State group named Abu Musab as its wali, according to a message.", true},
		{"The Houthis have turned a school into a command centre.", true},
		{"The council turned a school into a community centre.", false},
		{"Armed men of the militia have set up positions around the mining town.", true},
		{"Engineers have set up positions around the mining town.", false},
		{"Russian military instructors have set up a base at the airport.", true},
		{"The Houthis have begun withdrawing from the ports of Salif and Ras Isa.", true},
		{"The government and Renamo announced a truce for the holidays.", true},
		{"The shop announced a sale for the holidays.", false},
		{"Prisoner swap: rebels and government free more than 1,000 detainees", true},
		{"A mass grave containing 28 bodies, believed to be villagers killed by the militants, was found near the town.", true},
		{"Militants killed 28 villagers and buried them in a mass grave.", false},
		{"The Kurdistan Workers' Party announced it would withdraw its fighters from Turkey to its bases in Iraq.", true},
		{"The Kurdistan Workers' Party announced it would hold a congress in Iraq.", false},
		{"The Kurdistan Workers' Party has opened new camps in the mountains.", true},
		{"The Labour Party has opened new offices in the city.", false},
		{"The Bharatiya Janata Party has opened new camps for flood victims in the district.", false},
		{"The Bharatiya Janata Party announced it would withdraw its candidates from the race.", false},
		{"Armed men of the militia have set up positions around the gold-mining town.", true},
		{"The last rebel fighters left the town under an evacuation deal.", true},
		{"The last tourists left the town under a travel advisory.", false},
		{"The transitional government and the Sudan Revolutionary Front initialled a deal on security arrangements.", true},
		{"The ministry and the Sudan Cotton Company initialled a deal on prices.", false},
	})
}

// TestClassifyMajorIncidents: derailments, hijacked planes and massacres
// with police among the dead, as encyclopaedia summaries of major attacks
// tell them, each beside the phrasing the rule must leave alone.
func TestClassifyMajorIncidents(t *testing.T) {
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	both := func(c, s int) map[string]int { return map[string]int{"civilians": c, "security_forces": s} }
	checkClassify(t, []classifyCase{
		// A train derailed by a bomb was bombed; one derailed alone, or
		// with a bomb squad only come to look, had an accident.
		{"An explosive device placed on the rails derailed a freight train near the junction, killing two crew.", civ(2), 2, false, false, RemoteExplosive},
		{"A blast under the line derailed a passenger train outside the city, wounding 40.", civ(40), 0, false, false, RemoteExplosive},
		{"A passenger train derailed near the junction, killing 14 people.", civ(14), 14, false, false, ""},
		{"A freight train derailed near the bridge and a bomb disposal squad searched the wreck, though nine crew died.", civ(9), 9, false, false, ""},
		// Hijackers who fly a plane into a target attack; a plane that
		// crashed into a hillside, or was hijacked and flown elsewhere, did not.
		{"Hijackers crashed a passenger jet into an office tower, killing hundreds.", civ(300), 300, false, false, Attack},
		{"A cargo plane crashed into a hillside near the airport, killing its crew of six.", civ(6), 6, false, false, ""},
		{"Gunmen hijacked a domestic flight, which later crashed in the sea off the coast.", nil, 0, true, false, Abduction},
		// A road accident the police tell of is no attack on the dead.
		{"A passenger coach fell into a ravine on the mountain road, killing 20 people, police said.", civ(20), 20, false, false, ""},
		{"A bus crash on the highway killed 12 people on Tuesday, police said.", civ(12), 12, false, false, ""},
		{"Gunmen fired on a bus, which crashed into a ditch, killing nine passengers.", civ(9), 9, true, false, Attack},
		// Police among a larger count of people killed, with no fight
		// named, were victims of a one-sided attack; police the gunmen
		// fought, or attacked at their post, make a battle.
		{"Gunmen burst into a newsroom and killed nine people, including a police bodyguard.", both(8, 1), 9, true, true, Attack},
		{"Attackers shot dead 20 people at a wedding, among them three soldiers on leave.", both(17, 3), 20, true, true, Attack},
		{"Gunmen killed nine people, including two police officers, in a gun battle at the bank.", both(7, 2), 9, true, true, ArmedClash},
		{"Gunmen opened fire on a police checkpoint, killing five people, including three officers.", both(2, 3), 5, true, true, ArmedClash},
		{"Rebels stormed a militia depot and shot dead six persons, including five guards.", both(1, 5), 6, true, true, ArmedClash},
		{"Gunmen shot dead two police officers outside the court.", sec(2), 2, true, true, ArmedClash},
	})
}

// TestScanCrashedAndDerailed: "crashed" is an attack when hijackers fly a
// plane into a target, an accident when a vehicle crashes into something;
// "derailed" is no accident when a bomb did it.
func TestScanCrashedAndDerailed(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Hijackers crashed a passenger jet into an office tower.", "crashed", CueAttack},
		{"The hijacked airliner was crashed into the ministry by the men who seized it.", "crashed", CueAttack},
		{"A lorry crashed into a bus on the highway.", "crashed", CueAccident},
		{"The hijackers surrendered after the plane crashed on landing.", "crashed", CueNone},
		{"A bomb under the line derailed the night train.", "derailed", CueNone},
		{"Saboteurs blew up a stretch of track, and the derailment killed 30.", "derailment", CueNone},
		{"A goods train derailed near the station.", "derailed", CueAccident},
		{"A freight train derailed after an accidental explosion in a tanker wagon.", "derailed", CueAccident},
		// A vehicle that crashed, a crash of one, a coach fallen into a
		// ravine: accidents, told by the police or not; a crash armed men
		// caused, a market's crash or a ravine men hid in are none.
		{"A helicopter crashed in the mountains, killing all six on board, police said.", "crashed", CueAccident},
		{"Militants said they shot down the helicopter, which crashed near the base.", "crashed", CueNone},
		{"A bus crash on the motorway killed 12 people, police said.", "crash", CueAccident},
		{"Two crashes of the airline's new jet killed 346 people.", "crashes", CueAccident},
		{"The stock market crash of 2008 wiped out their savings.", "crash", CueNone},
		{"A passenger coach fell into a ravine on the mountain road.", "ravine", CueAccident},
		{"Troops killed three militants hiding in a ravine near the village.", "ravine", CueNone},
		{"The bus skidded off the road and fell into the river, killing 23 passengers.", "river", CueAccident},
		{"Militants dumped the bodies in the river near the village.", "river", CueNone},
		{"A roadside bomb blew the jeep off the road and it rolled into a gorge.", "gorge", CueNone},
	})
}

// TestScanVehicleIntoCrowd: a vehicle driven into a crowd is a weapon; one
// driven into a wall, or into a crowd by a driver who lost control, is not.
func TestScanVehicleIntoCrowd(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"A man drove a truck into a crowd watching fireworks on the seafront.", "drove", CueAttack},
		{"An attacker rammed his car into worshippers leaving the mosque.", "rammed", CueAttack},
		{"A white van ploughed into pedestrians on the bridge.", "ploughed", CueAttack},
		{"A man drove a truck into a river after the floods.", "drove", CueNone},
		{"A bus driver lost control and ploughed into a crowd at the stop.", "ploughed", CueNone},
		{"Farmers drove their tractors into the city centre.", "drove", CueNone},
		{"The ship rammed a fishing boat off the coast.", "rammed", CueNone},
	})
}

// TestClassifyNinthProbe covers the phrasings the ninth probe's misses
// showed, each beside a sentence of the same words the rule must leave
// alone.
func TestClassifyNinthProbe(t *testing.T) {
	mil := func(n int) map[string]int { return map[string]int{"militants": n} }
	checkClassify(t, []classifyCase{
		// Chlorine dropped or blown up is a weapon; a tanker of it that
		// leaked is an accident.
		{"A helicopter dropped a cylinder of chlorine on the market, residents said.", nil, 0, false, false, ChemicalWeapon},
		{"A tanker of chlorine overturned on the highway and leaked, forcing residents indoors.", nil, 0, false, false, ""},
		{"Gunmen gassed a checkpoint with a tanker of chlorine that was blown up beside it.", nil, 0, true, false, ChemicalWeapon},
		// Poisons named by what they are, beside an attack; one spilled
		// from a plant is none.
		{"An attack with a poisonous chemical on the village injured 23 people.", map[string]int{"civilians": 23}, 0, false, false, ChemicalWeapon},
		{"A poisonous chemical spilled from a tannery into the river.", nil, 0, false, false, ""},
		// A coup, however it is told; one named as a cause is not news.
		{"Army officers detained the president and the prime minister and forced them to resign, state television said.", nil, 0, true, true, OtherDev},
		{"Police detained the mayor and forced him to hand over the keys.", nil, 0, false, true, Arrests},
		{"Soldiers mutinied at the camp and marched on the capital, where they announced they had taken power.", nil, 0, true, true, OtherDev},
		{"The bloc suspended the country's membership after the army seized power.", nil, 0, true, true, ""},
		// People displaced, the fighting only their flight's cause; a
		// fight told with people fleeing beside it is the fight.
		{"Heavy fighting between the army and rebels has displaced about 40,000 people in a month, the UN said.", nil, 0, true, true, OtherDev},
		{"More than 5,000 people fled their villages after the fighting of recent days, aid agencies said.", nil, 0, false, false, OtherDev},
		{"Clashes between the rebels and troops entered a third day, with thousands fleeing their villages.", nil, 0, true, true, ArmedClash},
		{"Gunmen attacked the village on Sunday and hundreds of residents fled.", nil, 0, true, false, Attack},
		// A bomb that went off in its makers' hands is disrupted; one
		// that went off in a market is a bombing.
		{"Two militants died when the bomb they were assembling exploded prematurely in a house.", mil(2), 2, true, false, DisruptedWeapons},
		{"Two people died when a bomb exploded in a market.", map[string]int{"civilians": 2}, 2, false, false, RemoteExplosive},
		// Ground handed to another side, and the fighting a deal ended.
		{"Armenian forces handed over the district to Azerbaijan under the agreement that ended the fighting.", nil, 0, true, true, NonViolentTransf},
		{"The Kurdish-led forces handed their positions around the town to government troops under a deal.", nil, 0, true, true, NonViolentTransf},
		{"The minister handed the prize to the winner.", nil, 0, false, false, ""},
	})
}

// TestStrategicMoveNinthProbe covers leads with no deed told that the
// ninth probe showed unread, each beside one the rule must refuse.
func TestStrategicMoveNinthProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The military seized power in a coup, detaining the president before dawn.", true},
		{"The company seized power from its founders in a boardroom coup.", false},
		{"Soldiers seized the state broadcaster, in what the African Union called a coup.", true},
		{"Soldiers foiled a coup attempt, the government said.", false},
		{"Tens of thousands of residents have fled to evacuation centres in the city.", true},
		{"The gunmen fled towards the forest.", false},
		{"The camp for displaced families was expanded.", false},
		{"The Basque separatist group ETA announced that it had dissolved all its structures.", true},
		{"The president dissolved the cabinet on Monday.", false},
		{"The shadow government announced the formation of a People's Defence Force as its armed wing.", true},
		{"The ministry announced the formation of a committee on water.", false},
		{"The Houthis recruited hundreds of young men in the districts of Dhamar.", true},
		{"The company recruited hundreds of young engineers.", false},
		{"The government mobilised thousands of militia members and sent them to the border.", true},
		{"The government mobilised thousands of volunteers for the vaccination drive.", false},
		{"The Islamic State confirmed the death of its leader and named a successor.", true},
		{"The ELN declared an end to its unilateral ceasefire.", true},
		{"The union declared an end to its strike.", false},
		{"Russian peacekeepers set up a headquarters in the city.", true},
		{"The Arakan Army has stationed hundreds of fighters in a new base near the border.", true},
		{"The troops stationed at the base were relieved.", false},
		{"The Houthis turned a school in the Hali district of the city into a military command centre.", true},
		// A state force recruiting, or a force only planned, is no
		// armed group's change; a flight with no place is none.
		{"The Central Reserve Police Force has recruited 743 candidates from the region.", false},
		{"The state was planning a new approach, including the establishment of a special anti-terrorist force.", false},
		{"Hundreds of families were forced to flee when the group launched a fresh offensive.", false},
	})
}

// TestScanNinthProbe covers the cues the ninth probe's misses showed.
func TestScanNinthProbe(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Activists called it a chlorine attack on the town.", "chlorine", CueChemical},
		{"Police officers sexually abused a detained woman.", "abused", CueSexual},
		{"Villagers doused him with petrol and set him alight.", "set", CueMob},
		{"A Colombian air force bombardment of a camp killed ten.", "air", CueAir},
		{"Soldiers plundered the warehouse.", "plundered", CueDestroy},
		{"The volcano sent pyroclastic flows into villages.", "pyroclastic", CueDisaster},
		{"A tailings dam at an iron-ore mine burst.", "mine", CueNone},
		{"A mine exploded under a bus.", "mine", CueExplosive},
		{"A network that smuggled migrants was broken up.", "smuggled", CueCrime},
	})
}

// TestClassifyNinthProbeCrowds covers the crowds, protests and bombs of
// the ninth probe's second round of fixes, each beside a sentence the
// rule must leave alone.
func TestClassifyNinthProbeCrowds(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	mil1 := func() map[string]int { return map[string]int{"militants": 1} }
	checkClassify(t, []classifyCase{
		// Villagers who burn a man alive or set him alight are a mob;
		// gunmen who do are not; "accused of kidnapping" is no abduction.
		{"Villagers beat two men accused of child kidnapping in the town, then doused them with petrol and burned them alive.", civ(2), 2, false, false, MobViolence},
		{"Residents of a village captured a man accused of murder, doused him with petrol and set him alight.", civ(1), 1, false, false, MobViolence},
		{"Gunmen doused the driver with petrol and set him alight.", civ(1), 1, true, false, Attack},
		{"Militiamen were accused of raping 12 women during the attack.", nil, 0, true, false, SexualViolence},
		// A crowd that storms a police station riots as a mob.
		{"A crowd stormed a police station and set fire to a clinic nearby, killing a policeman.", map[string]int{"security_forces": 1}, 1, true, true, MobViolence},
		{"Gunmen stormed a police station and killed a policeman.", map[string]int{"security_forces": 1}, 1, true, true, ArmedClash},
		// Stones answered with pellets and tear gas are a riot, not a
		// battle; gunfire answered with gunfire is.
		{"Youths threw stones at security forces after prayers, and police fired pellets and tear gas in response.", nil, 0, true, true, ViolentDemo},
		// Live ammunition or grave wounds at a peaceful march are
		// excessive force; tear gas alone is intervention.
		{"Police used live ammunition to disperse a peaceful march, leaving three seriously wounded in hospital.", nil, 0, true, true, ExcessiveForce},
		{"Police used tear gas to disperse a peaceful march in the capital.", nil, 0, true, true, ProtestWithForce},
		{"Police fired live rounds into the air to disperse a peaceful march.", nil, 0, true, true, ProtestWithForce},
		// Protesters arrested in the passive were arrested at their
		// protest; a protest against an arrest is a protest.
		{"Nurses protesting over pay were arrested by police as they sang outside the hospital.", nil, 0, false, true, ProtestWithForce},
		{"Nurses marched to protest against the arrest of their leader.", nil, 0, false, false, PeacefulProtest},
		// Leaders of a protest movement arrested are arrests.
		{"Police arrested three leaders of the student protest movement at a hotel.", nil, 0, false, true, Arrests},
		// Ground "recovered" from rebels is regained; weapons recovered
		// are disrupted.
		{"The army said it had recovered the locality of Rumangabo from M23 rebels after two days of combat.", nil, 0, true, true, GovRegains},
		{"The army recovered two rifles and a grenade from a hideout.", nil, 0, true, true, DisruptedWeapons},
		// Goods stored that blew up are an accident.
		{"A massive explosion of ammonium nitrate stored at the port destroyed whole districts, killing 200 people.", civ(200), 200, false, false, ""},
		{"A massive explosion hit a market, killing 20 people.", civ(20), 20, false, false, RemoteExplosive},
		// Regional forces that capture a town are not the state's.
		{"Tigrayan forces captured the town of Lalibela after clashes with federal troops.", nil, 0, true, true, NSAOvertakes},
		// A gunman shot dead after he opened fire on officers fought
		// them; one who opened fire on shoppers attacked them.
		{"A suspect was shot dead after he opened fire on counter-terrorism officers during a raid.", mil1(), 1, true, true, ArmedClash},
		{"A gunman opened fire on shoppers in a market, killing three.", civ(3), 3, true, false, Attack},
		// A soldier seized by guerrillas is abducted.
		{"Guerrillas seized a soldier on leave at a roadblock.", nil, 0, true, false, Abduction},
	})
}

// TestScanNinthProbeCrowds covers the second round's cues.
func TestScanNinthProbeCrowds(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"An activist was snatched off the street by armed men.", "snatched", CueAbduct},
		{"A thief snatched a phone from a woman.", "snatched", CueNone},
		{"The activist was bundled into a car by men in civilian clothes.", "bundled", CueAbduct},
		{"Russian and Syrian aircraft carried out twenty raids on villages.", "raids", CueAir},
		{"Police carried out raids on homes in the district.", "raids", CueNone},
		{"The two sides freed a thousand prisoners in a swap.", "swap", CueAgreement},
		{"The company agreed a debt swap with its lenders.", "swap", CueNone},
		{"Supporters of the president forced their way into the parliament.", "forced", CueRiot},
		{"Thousands waved national flags in the square to denounce corruption.", "waved", CueProtest},
		{"Fans waved flags to celebrate the win.", "waved", CueNone},
		{"A tailings dam at a mine burst, burying homes.", "tailings", CueAccident},
		{"Thousands rallied in the square to denounce corruption.", "corruption", CueNone},
		{"The minister was arrested for corruption.", "corruption", CueCrime},
	})
}

// TestScanTenthProbe covers the cues the tenth probe's misses showed,
// each beside a use the rule must leave alone.
func TestScanTenthProbe(t *testing.T) {
	checkWordCues(t, []wordCue{
		// Aircraft that "hit" or "pounded", named by any of their names.
		{"Helicopter gunships pounded rebel positions on Wednesday.", "pounded", CueAir},
		{"Drones hit a convoy of fighters south of the city.", "hit", CueAir},
		{"A helicopter was hit by ground fire near the border.", "hit", CueNone},
		{"Floods hit the region on Monday.", "hit", CueNone},
		{"A Sudanese Antonov dropped barrels of explosives on the villages.", "dropped", CueAir},
		{"Three fighters died when unmanned aerial vehicles struck their convoy.", "struck", CueAir},
		{"Police recovered an unmanned aerial vehicle and a boat from the hideout.", "unmanned", CueNone},
		// A state's forces bomb from the air; militants' bombs are
		// planted.
		{"The Colombian armed forces bombed a guerrilla camp in Guaviare.", "bombed", CueAir},
		{"The military bombed rebel positions near the town.", "bombed", CueAir},
		{"The army camp was bombed by militants.", "bombed", CueExplosive},
		{"Militants bombed a police station in the town.", "bombed", CueExplosive},
		// Rockets that landed, shells that hit.
		{"A Katyusha rocket landed near the airport late on Monday.", "landed", CueShelling},
		{"Mortar shells hit a house in the old city.", "hit", CueShelling},
		{"The plane landed safely at the airport.", "landed", CueNone},
		// Fire traded with words between; artillery traded is shelling.
		{"Troops and rebels traded heavy machine-gun fire overnight.", "traded", CueClash},
		{"The two armies traded artillery fire across the border.", "traded", CueShelling},
		{"The two firms traded shares on Monday.", "traded", CueNone},
		// Tear gas as a verb.
		{"Protesters were teargassed as they marched to parliament.", "teargassed", CueProtestForce},
		// People seized, whatever place follows; a town seized.
		{"Militants seized five fishermen off the island and took them away.", "seized", CueAbduct},
		{"Insurgents seized the town of Palma after a three-day assault.", "seized", CueCapture},
		// People carted away are taken; goods carted away are looted.
		{"Bandits stormed the village and carted away 40 women and children.", "carted", CueAbduct},
		{"Gunmen looted shops and carted away foodstuffs.", "carted", CueDestroy},
		// Captured in the passive, by the police or by guerrillas.
		{"A rebel commander was captured by the police on Sunday.", "captured", CueArrest},
		{"A soldier was captured by guerrillas on leave.", "captured", CueAbduct},
		// A mine attacked is a pit; a mine stepped on is a landmine.
		{"Militiamen raped several women after attacking a mine in the territory.", "mine", CueNone},
		{"Two children died after stepping on a mine near the village.", "mine", CueExplosive},
		// A crowd's burning, a man's or a car's.
		{"A suspected thief was set ablaze by an angry crowd.", "set", CueMob},
		{"The car was set ablaze by gunmen.", "set", CueDestroy},
		// Workers gathered to reject a law protest it.
		{"Thousands of workers gathered outside parliament to reject the new law.", "gathered", CueProtest},
		{"Thousands gathered outside the stadium to watch the match.", "gathered", CueNone},
		// A deal signed to end the fighting is a conflict's.
		{"The two leaders signed a deal brokered by Moscow to end the fighting.", "signed", CueAgreement},
		{"The two firms signed a deal to supply gas.", "signed", CueNone},
	})
}

// TestClassifyTenthProbe covers the tenth probe's classifications, each
// beside a sentence the rule must leave alone.
func TestClassifyTenthProbe(t *testing.T) {
	checkClassify(t, []classifyCase{
		// Weapons found and destroyed are disrupted; houses destroyed by
		// gunmen are property destroyed.
		{"Iraqi forces found and destroyed a weapons cache in the mountains.", nil, 0, true, true, DisruptedWeapons},
		{"Gunmen destroyed three houses in the village.", nil, 0, true, false, Looting},
		{"Air defences intercepted and destroyed a drone launched towards the city.", nil, 0, true, true, DisruptedWeapons},
		// A coup's emergency is the coup's; an emergency after riots is
		// the government's move.
		{"The military dissolved the transitional government on Monday and declared a state of emergency.", nil, 0, true, true, OtherDev},
		// Ground left by one side and taken over by another.
		{"Eritrean troops withdrew from the town, where federal forces took over their positions.", nil, 0, true, true, NonViolentTransf},
		{"Federal forces took over the town after fierce clashes with the rebels.", nil, 0, true, true, GovRegains},
		// A crowd's violence in an epidemic is mob violence; deaths of
		// the disease are none.
		{"A crowd attacked health workers responding to Ebola in the town.", nil, 0, false, false, MobViolence},
		{"Ebola has killed 40 people in the province since June.", map[string]int{"civilians": 40}, 40, false, false, ""},
	})
}

// TestStrategicMoveTenthProbe covers the tenth probe's leads with no
// deed told, each beside one the rule must refuse.
func TestStrategicMoveTenthProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The ELN declared a unilateral ceasefire for the duration of the election.", true},
		{"The Houthi movement declared a general mobilisation on Saturday.", true},
		{"The bank declared a dividend on Saturday.", false},
		{"ISWAP appointed a new governor for its Lake Chad province.", true},
		{"Turkish soldiers evacuated their observation post near the town.", true},
		{"Residents evacuated their homes near the river.", false},
		{"Israeli forces demolished the homes of two families in the city.", true},
		{"Troops destroyed a hideout used by the militants.", false},
		{"The military dissolved the transitional government on Monday.", true},
		{"The president dissolved the cabinet on Monday.", false},
	})
}

// TestScanTenthProbeSecond covers the second round of the tenth probe's
// fixes, each beside a use the rule must leave alone.
func TestScanTenthProbeSecond(t *testing.T) {
	checkWordCues(t, []wordCue{
		// Fire "opened up on" troops; a speaker opens up on a subject.
		{"Rebels opened up on a column of junta troops on the road.", "opened", CueFiring},
		{"The singer opened up on her struggles in an interview.", "opened", CueNone},
		// A man taken and not seen since is disappeared.
		{"He has not been seen since soldiers took him from his home.", "took", CueAbduct},
		{"Soldiers took him to hospital after the crash.", "took", CueNone},
		// Held by armed men is a captive; held by the police, in custody.
		{"An engineer has been held by Maoists since Monday, police said.", "held", CueAbduct},
		{"The suspect has been held by police since Monday.", "held", CueArrest},
		{"The meeting was held by the council on Monday.", "held", CueNone},
		// People's blockade is a protest; a navy's is none.
		{"Farmers continued their blockade of highways around the capital.", "blockade", CueProtest},
		{"The navy imposed a blockade on the port.", "blockade", CueNone},
		// A crowd named by its demand.
		{"Workers demanding unpaid wages smashed machinery at the factory.", "demanding", CueProtest},
		{"Gunmen demanding a ransom called the family.", "demanding", CueNone},
		// A banned march is a protest.
		{"Police arrested supporters who tried to hold a banned march.", "march", CueProtest},
		// A shell that landed or was fired; Shell the company.
		{"A shell fired by government forces landed in a crowded market.", "shell", CueShelling},
		{"Shell reported higher profits on Thursday.", "shell", CueNone},
		{"The firm was a shell company for the cartel.", "shell", CueNone},
		// Mortar bombs that rained down.
		{"Mortar bombs rained down on the outskirts of the city overnight.", "rained", CueShelling},
		{"It rained heavily on the outskirts of the city overnight.", "rained", CueNone},
		// A person seized by armed men; a town seized by them is no
		// abduction.
		{"The engineer was seized by suspected militants in the desert.", "seized", CueAbduct},
		{"The town was seized by militants after a long battle.", "seized", CueNone},
		// Firearms make seized weapons.
		{"Troops seized high-powered firearms from the camp.", "seized", CueDisrupt},
	})
}

// TestClassifyTenthProbeSecond covers the second round's crowds and
// arrests, each beside a sentence the rule must leave alone.
func TestClassifyTenthProbeSecond(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A crowd that beat a man to death, though the police are named
		// as where it took him from.
		{"A crowd dragged a suspected robber from a police car and beat him to death.", civ(1), 1, true, true, MobViolence},
		{"Police dragged a suspect from a car and beat him to death.", civ(1), 1, true, true, Attack},
		// Two communities fighting with machetes and stones are a mob;
		// troops and rebels clashing are a battle.
		{"Youths of two communities clashed with machetes and stones in the town, leaving four dead.", civ(4), 4, false, false, MobViolence},
		{"Troops and rebels clashed in the town, leaving four dead.", map[string]int{"militants": 4}, 4, true, true, ArmedClash},
		{"A land dispute between two tribes turned into armed clashes near the town; 11 people were killed.", civ(11), 11, true, false, ArmedClash},
		// Workers named by a demand who smash and burn riot.
		{"Workers demanding unpaid wages smashed machinery and set fire to the factory office.", nil, 0, false, false, ViolentDemo},
		// An arrest by an agency named for investigation.
		{"A suspect was taken into custody by the National Investigation Agency on Friday.", nil, 0, true, true, Arrests},
		{"The National Investigation Agency is investigating the blast that killed four.", civ(4), 4, true, true, ""},
	})
}

// TestStrategicMoveTenthProbeThird covers strategic moves found with
// fresh phrasings after the tenth probe, each beside one to refuse.
func TestStrategicMoveTenthProbeThird(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The regional government declared a mobilisation of all armed youths.", true},
		{"The ELN suspended its unilateral ceasefire on Monday.", true},
		{"The militia announced an alliance with other armed groups in the province.", true},
		{"The two parties announced an alliance for the election.", false},
		{"Soldiers detained the president and announced that they had removed him from power.", true},
		{"The board removed him from the company's management.", false},
	})
}

// TestClassifyTenthProbeThird covers the classifications of the same
// round, each beside a sentence the rule must leave alone.
func TestClassifyTenthProbeThird(t *testing.T) {
	checkClassify(t, []classifyCase{
		// A truce suspended, the attacks only its stated cause.
		{"The ELN suspended its unilateral ceasefire on Monday, citing attacks by the army.", nil, 0, true, true, GroupChange},
		{"The ELN attacked an army post on Monday.", nil, 0, true, true, ArmedClash},
		// Ground taken over after another side handed it over.
		{"Russian peacekeepers took control of the town after Armenian forces handed it over under the ceasefire.", nil, 0, true, true, NonViolentTransf},
		{"Rebels took control of the town after two days of fighting.", nil, 0, true, true, NSAOvertakes},
		// Victims foaming at the mouth after a bombing were gassed.
		{"Witnesses said victims were foaming at the mouth after planes dropped bombs on the town.", nil, 0, true, true, ChemicalWeapon},
		{"Planes dropped bombs on the town, witnesses said.", nil, 0, true, true, AirDrone},
		// A coup told by a ruler removed from power.
		{"Soldiers detained the president and announced on television that they had removed him from power.", nil, 0, true, true, OtherDev},
	})
}

// TestScanTenthProbeThird covers the cues of the same round.
func TestScanTenthProbeThird(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Former fighters handed in their weapons under the amnesty.", "handed", CueAgreement},
		{"The clerk handed in his resignation.", "handed", CueNone},
		{"Assailants slit the throats of two farmers in their field.", "slit", CueFiring},
		{"Two suspected cadres were held by Assam Rifles in the district.", "held", CueArrest},
		{"Police intercepted a vehicle carrying explosives near the border.", "intercepted", CueDisrupt},
		{"Customs officers intercepted ten containers of smuggled tramadol.", "intercepted", CueNone},
		{"The army blamed the rebels for the ambush that killed four soldiers.", "killed", CueNone},
		{"Rebels staged an ambush that killed four soldiers.", "killed", CueKill},
		{"Insurgents besieged the town for two days before troops pushed them back.", "besieged", CueClash},
		{"Protesters besieged the ministry for two days.", "besieged", CueNone},
		{"Fans besieged the hotel where the band stayed.", "besieged", CueNone},
		{"Armed militants besieged their camp and kidnapped eight coal miners.", "besieged", CueNone},
		{"The government and the rebels agreed to resume peace talks and to a ceasefire.", "agreed", CueAgreement},
		{"The two sides agreed to peace talks in the capital.", "agreed", CueNone},
	})
}

// TestClassifyTenthProbeProtests covers the protests found with fresh
// phrasings after the tenth probe, each beside a sentence the rule must
// leave alone.
func TestClassifyTenthProbeProtests(t *testing.T) {
	checkClassify(t, []classifyCase{
		// Protesters killed by the state; killed by gunmen they were
		// attacked.
		{"At least 100 protesters were killed by the military on Saturday.", map[string]int{"civilians": 100}, 100, true, true, ExcessiveForce},
		// People shot and wounded at a protest by the state.
		{"Security forces shot and wounded 12 people who were protesting the death of a detainee.", map[string]int{"civilians": 12}, 0, true, true, ExcessiveForce},
		{"Police fired tear gas at people who were protesting the death of a detainee.", nil, 0, true, true, ProtestWithForce},
		// Supporters who storm a courthouse riot; gunmen who storm it
		// attack.
		{"Supporters of the jailed politician stormed the courthouse and smashed windows.", nil, 0, false, false, ViolentDemo},
		{"Gunmen stormed the courthouse and smashed windows.", nil, 0, true, false, Looting},
		// A walkout is a protest.
		{"Workers at the garment factory walked out over unpaid wages and gathered at the gates.", nil, 0, false, false, PeacefulProtest},
	})
}

// TestScanTenthProbeProtests covers the cues of the same round.
func TestScanTenthProbeProtests(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Workers at the factory walked out over unpaid wages.", "walked", CueProtest},
		{"The minister walked out of the meeting.", "walked", CueNone},
		{"He walked out of the shop with a bag.", "walked", CueNone},
		{"Nurses staged a walkout at the hospital.", "walkout", CueProtest},
		{"The bill passed as the opposition staged a walkout.", "walkout", CueNone},
		{"Traders observed a shutdown in the city.", "observed", CueProtest},
	})
}

// TestClassifyTenthProbeVictims covers who was hit, found with fresh
// phrasings after the tenth probe, each beside a sentence to leave alone.
func TestClassifyTenthProbeVictims(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A camp of displaced people is no forces' camp.
		{"Militiamen armed with machetes attacked a camp for displaced people, killing 22.", civ(22), 22, true, false, Attack},
		{"Militants attacked an army camp, killing two soldiers.", map[string]int{"security_forces": 2}, 2, true, true, ArmedClash},
		// The fighting people fled is not the deed they tell of.
		{"Women who fled the fighting said soldiers had raped them in front of their children.", nil, 0, true, true, SexualViolence},
		{"Heavy fighting broke out between soldiers and rebels near the town.", nil, 0, true, true, ArmedClash},
	})
}

// TestScanEleventhProbe covers the cues that the eleventh probe
// (testdata/probe-11.txt, CASE-style snippets cut mid-story) found
// misread, each beside a sentence the same rule must leave alone.
func TestScanEleventhProbe(t *testing.T) {
	checkWordCues(t, []wordCue{
		// A strike observed is a protest.
		{"The lawyers' association observed a strike in the town.", "observed", CueProtest},
		{"Analysts observed a sharp fall in prices.", "observed", CueNone},
		// Men taken into custody, in the active voice.
		{"The agency took into custody three suspects on Monday.", "took", CueArrest},
		{"The court took the plea into account.", "took", CueNone},
		// A controlled explosion disposes of a bomb; a remote controlled
		// one is the bomb.
		{"The device was destroyed in a controlled explosion by the army.", "controlled", CueDisrupt},
		{"Rebels conducted a remote controlled explosion against a convoy.", "controlled", CueExplosive},
		{"The bomb squad reached the scene an hour later.", "bomb", CueNone},
		{"The bomb went off near the gate.", "bomb", CueExplosive},
		// Mortar rounds lobbed are shelling, a grenade lobbed a grenade.
		{"Militants lobbed mortar rounds into the compound.", "lobbed", CueNone},
		{"Militants lobbed a grenade into the compound.", "lobbed", CueGrenade},
		// A plot people are arrested over is no hypothesis.
		{"Police arrested ten men over a plot to storm the parliament.", "plot", CueNone},
		{"Officials said the cell was a plot in the making.", "plot", CueHypothetical},
		// Fighting called for is not fighting told.
		{"The group called on tribesmen to join the fighting in the east.", "fighting", CueNone},
		// A missile fired is a missile launched; men fired at are shot at.
		{"A missile fired by the rebels hit a school.", "fired", CueShelling},
		{"Three rockets were fired from the hills.", "fired", CueShelling},
		{"Police fired at the car as it sped away.", "fired", CueFiring},
		// An agitation held, agitating crowds; not a movement's politics.
		{"Agitating farmers blocked the highway.", "agitating", CueProtest},
		{"The leader met the agitating parties for talks.", "agitating", CueNone},
		{"Two men died during an agitation for higher wages.", "agitation", CueProtest},
		{"The agitation suffered a setback last month.", "agitation", CueNone},
		// A bombing by the air force is an air strike.
		{"A bombing by the air force killed ten rebels.", "bombing", CueAir},
		{"A bombing by the rebels killed ten soldiers.", "bombing", CueExplosive},
	})
}

// TestClassifyEleventhProbe covers the classifications of the same round.
func TestClassifyEleventhProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A protester shot dead or demonstrators killed by the state,
		// though the toll was not counted.
		{"Police shot dead a protester during demonstrations in the capital.", nil, 0, true, true, ExcessiveForce},
		{"Troops fired on demonstrators in the capital, killing a teenager.", nil, 0, true, true, ExcessiveForce},
		{"Police fired tear gas at protesters during demonstrations in the capital.", nil, 0, true, true, ProtestWithForce},
		// A protester shot by the police, the crowd named in the
		// singular.
		{"A protester died after a police officer shot him during the strike.", civ(1), 1, true, true, ExcessiveForce},
		// A gang's killing is organised crime; gunmen's an attack; a
		// gang killed by the police a fight.
		{"Members of a drug gang shot dead two men outside a bar.", civ(2), 2, false, false, ""},
		{"Gunmen of the cartel shot dead four men at a bar.", civ(4), 4, true, false, ""},
		{"A cartel boss was shot dead by gunmen outside a bar.", civ(1), 1, true, false, Attack},
		{"Members of an extortion gang shot dead a builder who refused to pay.", civ(1), 1, false, false, Attack},
		{"Gunmen of a criminal group killed five people at a party.", civ(5), 5, true, false, ""},
		{"Gunmen linked to organised crime shot dead a shopkeeper.", civ(1), 1, true, false, ""},
		{"Gunmen shot dead a shopkeeper who had reported a criminal group.", civ(1), 1, true, false, Attack},
		{"Gunmen shot dead two men outside a bar.", civ(2), 2, true, false, Attack},
		{"Gunmen shot dead two men who belonged to a rival gang.", civ(2), 2, true, false, Attack},
	})
}

// TestScanEleventhProbeSecond covers the cues of the second round after
// the eleventh probe.
func TestScanEleventhProbeSecond(t *testing.T) {
	checkWordCues(t, []wordCue{
		// Ground occupied by armed men; not the occupied territories,
		// nor ground occupied in a fight told before.
		{"Jihadists occupied the town of Boni on Sunday.", "occupied", CueCapture},
		{"Settlers moved into homes in the occupied West Bank.", "occupied", CueNone},
		{"Militants attacked the base and occupied a few strongholds.", "occupied", CueNone},
		// Guns answering rockets shell back.
		{"Its artillery responded by firing at the launch site.", "responded", CueShelling},
		{"Troops responded by firing at the attackers.", "responded", CueRetaliation},
		// A bomb destroyed in a controlled explosion was disposed of.
		{"The pipe bomb was detonated in a controlled explosion.", "detonated", CueDisrupt},
		{"The bomb was detonated in a crowded market.", "detonated", CueExplosive},
		// Fighting between two villages with stones is a brawl.
		{"Fighting between two villages with stones and clubs left two dead.", "fighting", CueMob},
		{"Fighting between troops and rebels with heavy weapons left two dead.", "fighting", CueClash},
	})
}

// TestClassifyEleventhProbeSecond covers the classifications of the same
// round.
func TestClassifyEleventhProbeSecond(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A unit ambushed is armed men hit; a bus ambushed is not.
		{"Nine militiamen died when their unit was ambushed by jihadists near the town.", civ(9), 9, true, false, ArmedClash},
		{"Nine villagers died when their bus was ambushed by jihadists near the town.", civ(9), 9, true, false, Attack},
		// A camp of displaced people told before the camp.
		{"Fourteen displaced people were hacked to death at a camp near the town.", civ(14), 14, true, false, Attack},
		// A coup counted as the second.
		{"The army arrested the president and the prime minister in a second coup in nine months.", nil, 0, true, true, OtherDev},
		{"The army arrested two men accused of plotting a second attack.", nil, 0, true, true, Arrests},
		// A truce for a disaster is the group's move; the disaster alone
		// no event.
		{"The Arakan Army declared a unilateral ceasefire to allow relief work during the pandemic.", nil, 0, true, false, GroupChange},
		{"The rebels said the pandemic had killed twenty of their fighters.", nil, 20, true, false, ""},
	})
}

// TestStrategicMoveEleventhProbe covers the moves of the same round.
func TestStrategicMoveEleventhProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"Maoists established a new base in the forests of the district.", true},
		{"The People's Defence Force established a base in the jungle.", true},
		{"MONUSCO deployed a new company operating base near the displacement site.", true},
		{"The police deployed officers to the stadium.", false},
		{"The National Unity Government declared a people's defensive war against the junta.", true},
		{"The government declared war on drugs.", false},
		{"Several militia groups announced they had united under a single banner.", true},
		{"Residents united under a single banner to clean the river.", false},
		// Armed groups merged, or to merge as they announce.
		{"Ansar Dine and the Macina Liberation Front announced they had merged into a single group.", true},
		{"Two rival factions of the Naga rebels announced that they would merge and form a unified command.", true},
		{"The two banks announced they had merged into a single group.", false},
	})
}

// TestScanEleventhProbeThird covers the cues of the third round after
// the eleventh probe.
func TestScanEleventhProbeThird(t *testing.T) {
	checkWordCues(t, []wordCue{
		// People seized, the captors named after where they were taken.
		{"Two fishermen were seized from their boat off the coast by armed pirates.", "seized", CueAbduct},
		// A fight measured by its days.
		{"Rebels and troops fought for a second day near the town.", "fought", CueClash},
		{"The farmers fought for a second chance in court.", "fought", CueNone},
		// The fight an abduction came after dates it; one that broke out
		// is told.
		{"Maoists abducted a commando after the gunfight in the forest.", "gunfight", CueNone},
		{"Two soldiers died after the gunfight broke out.", "gunfight", CueClash},
		// A force holding people it counts arrests them.
		{"RAB members held four suspected militants in a raid.", "held", CueArrest},
		{"Police held a meeting with the families of militants.", "held", CueNone},
		// A man taken by troops whom his family cannot find has
		// disappeared; one whom the police took and charged is arrested.
		{"Troops took away the village administrator, and his family has been unable to find out where he is held.", "took", CueAbduct},
		{"Troops took away the village administrator and charged him with sedition.", "took", CueArrest},
		// Clashes between two faiths' crowds are a brawl of mobs.
		{"Clashes between Hindu and Muslim groups broke out in the old city.", "clashes", CueMob},
		{"Clashes between troops and rebels broke out in the old city.", "clashes", CueClash},
		// Supporters who ransack an office riot; gunmen who do loot.
		{"Supporters of the ousted mayor ransacked the offices of the election board.", "ransacked", CueRiot},
		{"Gunmen ransacked the offices of the election board.", "ransacked", CueDestroy},
		// A known deed claimed, and the toll that says which; a deed
		// claimed with an indefinite article is told, as is a toll the
		// claim gives.
		{"The Islamic State claimed the attack on a mosque in the city that killed dozens.", "attack", CueNone},
		{"The Islamic State claimed the attack on a mosque in the city that killed dozens.", "killed", CueNone},
		{"The Islamic State claimed an attack on a mosque in the city that killed dozens.", "attack", CueAttack},
		{"The group claimed that the attack inflicted heavy losses on the army.", "attack", CueAttack},
	})
}

// TestClassifyEleventhProbeThird covers the classifications of the same
// round.
func TestClassifyEleventhProbeThird(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		// A truce one side declares changes what it does; two sides
		// declaring one agree it.
		{"The Arakan Army declared a ceasefire on Thursday.", nil, 0, true, false, GroupChange},
		{"The army and the rebels declared a ceasefire on Thursday.", nil, 0, true, true, Agreement},
		// A man captured by troops is arrested; a town captured regained.
		{"Troops captured a logistics supplier of the insurgents at a checkpoint.", nil, 0, true, true, Arrests},
		{"Troops captured the town from the insurgents.", nil, 0, true, true, GovRegains},
		// The sweep after a bombing is its aftermath; the rebels' town
		// cleared is ground regained.
		{"Two bombers blew themselves up at a market, killing 12 people; troops later cleared the area.", civ(12), 12, true, true, SuicideBomb},
		{"Troops cleared the town of rebels after a week of fighting.", nil, 0, true, true, GovRegains},
	})
}

// TestStrategicMoveEleventhProbeThird covers the moves of the same round.
func TestStrategicMoveEleventhProbeThird(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The African Union mission handed over its team site to the authorities.", true},
		{"Jama'at Nusrat al-Islam wal-Muslimin named a new commander for the region.", true},
		{"The government declared a \"people's defensive war\" against the junta.", true},
		{"The club named a new commander of its youth section.", false},
		// Armed men's stronghold cleared by troops is ground regained;
		// a road cleared is not.
		{"Troops cleared the last stronghold of the rebels in the city.", true},
		{"Troops cleared the road of debris after the storm.", false},
		// Troops standing in a town the militia handed over: the
		// handover is the move; troops standing there alone are none.
		{"Army units deployed in the border town after the militia handed over its positions there.", true},
		{"Army units deployed in the border town after the clashes.", false},
	})
}

// TestClassifyDeathsAlone: people who "died" with no deed, weapon or armed
// men named are no incident; "killed" says someone killed, and a deed told
// as coming "under fire" is one.
func TestClassifyDeathsAlone(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Two children died after eating poisonous food at a wedding in the village.", civ(2), 2, false, false, ""},
		{"A labourer died after falling from the roof of a building under construction.", civ(1), 1, false, false, ""},
		{"Two children were killed in the village on Monday.", civ(2), 2, false, false, Attack},
		{"Jeffrey Epstein is dead, his lawyer said.", civ(1), 1, false, false, ""},
		{"The body of a man was found dead in a field near the village.", civ(1), 1, false, false, Attack},
		{"Worshippers came under fire from bandits on Friday and five of them died.", civ(5), 5, false, false, Attack},
	})
}

// TestScanFigurativeViolence: a speaker who "blasted" a policy, a batsman
// who "smashed" a century, locusts that "attacked" crops do no violence;
// the same verbs with a bomb, a crowd or gunmen do.
func TestScanFigurativeViolence(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"The government blasted the lender's conditions as unfair on Monday.", "blasted", CueNone},
		{"Militants blasted the bridge with explosives on Monday.", "blasted", CueExplosive},
		{"The opener smashed a century as the visitors won by seven wickets.", "smashed", CueNone},
		{"The crowd smashed the windows of the police station.", "smashed", CueMob},
		{"Locust swarms attacked crops in forty districts of the province.", "attacked", CueNone},
		{"The former spokesman was eliminated from the dancing show on Monday night.", "eliminated", CueNone},
		{"Security forces eliminated three terrorists in the operation.", "eliminated", CueKill},
		{"Militants opened indiscriminate fire on a police party in the town.", "opened", CueFiring},
		{"A nurse gives a flu shot at a community health centre in the capital.", "shot", CueNone},
		{"Gunmen shot at a police van in the town.", "shot", CueFiring},
		{"Troops across the border opened heavy firing on the posts in the evening.", "opened", CueFiring},
		{"Gunmen attacked a checkpost in the district on Monday.", "attacked", CueAttack},
	})
}

// TestScanFiguresOfSpeech: an attack on an idea, a coach fired, a goal
// targeted and an explosive interview are no violence; an attack on a
// place, shots fired at a post, a market targeted and an explosive device
// are.
func TestScanFiguresOfSpeech(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"The prime minister said the opposition's march was an attack on democracy.", "attack", CueNone},
		{"The militants' attack on the police station lasted two hours.", "attack", CueAttack},
		{"The coach was fired after the team's defeat in the final.", "fired", CueNone},
		{"Shots were fired at the checkpost from the hills overnight.", "fired", CueFiring},
		{"The government has targeted a growth rate of 3.5 percent for next year.", "targeted", CueNone},
		{"Militants targeted a market in the city with a bomb.", "targeted", CueAttack},
		{"The tycoon's explosive interview rocked the stock market on Monday.", "explosive", CueNone},
		{"An explosive device was found under the bridge.", "explosive", CueExplosive},
	})
}

// TestClassifyOrdinaryArrests: arrests for ordinary offences (gambling, a
// fake visa racket, kite flying) are no political event; arrests of a
// party's workers or of militants are.
func TestClassifyOrdinaryArrests(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police arrested 40 gamblers in a raid in the old city on Sunday.", nil, 0, false, true, ""},
		{"The agency arrested a man for running a fake visa racket in the capital.", nil, 0, false, true, ""},
		{"Police arrested 12 people for kite flying in the city on Sunday.", nil, 0, false, true, ""},
		{"The counter-terrorism department arrested two militants in the district on Monday.", nil, 0, true, true, Arrests},
	})
}

// TestScanTookAway: people "took ... away" or "from his home" were taken,
// by armed men abducted, by a force arrested unless gone since; things and
// the wounded taken away are neither.
func TestScanTookAway(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Armed men stopped a van near the town and took the driver away with them.", "took", CueAbduct},
		{"Gunmen took two teachers away from a school on Monday.", "took", CueAbduct},
		{"Security forces took a student from his home on Monday; his family said he had been forcibly disappeared.", "took", CueAbduct},
		{"Police took three suspects away from the scene for questioning.", "took", CueArrest},
		{"The attackers took the weapons away with them.", "took", CueNone},
		{"Rescuers took the bodies away to the hospital.", "took", CueNone},
		{"Police took the injured from the scene to the district hospital.", "took", CueNone},
	})
}

// TestScanCelebratoryFiring: shots fired in the air to celebrate that hit
// people are an accident; the police's aerial firing at a protest is force
// used on it.
func TestScanCelebratoryFiring(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Aerial firing on New Year's night injured 20 people in the city.", "aerial", CueAccident},
		{"Celebratory gunfire at a wedding killed a young boy on Sunday.", "celebratory", CueAccident},
		{"Police resorted to aerial firing to disperse the protesters outside the assembly.", "aerial", CueProtestForce},
	})
	checkClassify(t, []classifyCase{
		{"Aerial firing on New Year's night injured 20 people in the city.", map[string]int{"civilians": 20}, 0, false, false, ""},
	})
}

// TestScanNoArrestsAndPlaceBandh: arrests said not to have been made are
// none, and a place named "... Bandh" is no shutdown.
func TestScanNoArrestsAndPlaceBandh(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Protesters chained themselves to the ministry gates on Monday, and no arrests were made.", "arrests", CueNone},
		{"Police made 12 arrests outside the ministry on Monday.", "arrests", CueArrest},
		{"No one was arrested after the march, police said.", "arrested", CueNone},
		{"Police took two men into custody at Navegaon Bandh area on Monday.", "Bandh", CueNone},
		{"A bandh called by the students' front passed off peacefully on Monday.", "bandh", CueProtest},
	})
}

// TestClassifyInvestigationAgencyCustody: an agency named for investigation
// that took people into custody arrested them; one that took over a probe
// did not.
func TestClassifyInvestigationAgencyCustody(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The National Investigation Agency took into custody three men from the port city on Friday.", nil, 0, false, true, Arrests},
		{"The National Investigation Agency took over the probe into the market blast on Friday.", nil, 0, false, true, ""},
	})
}

// TestScanTwelfthProbe covers the phrases the twelfth probe's misses
// showed, each beside a sentence of the same words the rule must leave
// alone: bombs strapped to the body, a device set off, a bomb thrown by
// hand, fire opened, a walkout, a gas leak, people carried off, a device
// that went off a clause after it is named, a person burned, a crowd's break-in, communal violence, one
// crowd set on a protest, a road blockade broken up.
func TestScanTwelfthProbe(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Two men detonated bombs strapped to their bodies outside the station.", "strapped", CueSuicide},
		{"Police found a bag strapped to the back of a motorbike.", "strapped", CueNone},
		{"The attacker set off the device hidden in her bag at the bus stop.", "set", CueExplosive},
		{"The workers set off for the factory at dawn.", "set", CueNone},
		{"A hand-thrown bomb went off in the crowded bazaar.", "hand-thrown", CueGrenade},
		{"Gunmen burst into the hall, opening fire on the guests.", "opening", CueFiring},
		{"The minister spoke at the opening of the fire station.", "opening", CueNone},
		{"Nurses walked off the job at three hospitals over unpaid wages.", "walked", CueProtest},
		{"The striker walked off the pitch with an injury.", "walked", CueNone},
		{"Styrene gas leaked from a storage tank at the factory, killing two workers.", "gas", CueAccident},
		{"Rebels carried off twelve women from the village.", "carried", CueAbduct},
		{"Rescuers carried off the wounded on stretchers.", "carried", CueNone},
		{"Thieves carried off the generator and two pumps.", "carried", CueNone},
		{"Two explosive devices hidden under the seats of the bus went off during the rush hour.", "went", CueExplosive},
		{"The fire alarm at the school went off twice during the morning assembly.", "went", CueNone},
		{"A student was badly burned when two men threw acid at her.", "burned", CueNone},
		{"The house was badly burned in the attack.", "burned", CueDestroy},
		{"Supporters of the cleric tore down concrete barriers on Saturday.", "tore", CueRiot},
		{"Workers tore down the old tent after the festival.", "tore", CueNone},
		{"Hundreds of supporters of the party broke into the parliament.", "broke", CueRiot},
		{"Thieves broke into the shop overnight.", "broke", CueNone},
		{"Rioters torched shops as communal violence spread through the town.", "communal", CueMob},
		{"Supporters of the ruling party attacked the protest camp with sticks.", "attacked", CueMob},
		{"Police broke up a road blockade near the port, detaining ten people.", "broke", CueProtestForce},
		{"Police broke up a road blockade near the port, detaining ten people.", "blockade", CueProtest},
		{"The navy kept up its blockade of the port for a month.", "blockade", CueNone},
	})
}

// TestClassifyTwelfthProbe: the twelfth probe's distinctions within a
// type, each beside the sentence the same rule must leave alone.
func TestClassifyTwelfthProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	sf := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		// Gunmen who came in shooting attack the people inside, whatever
		// bombs they set off besides; at an army post they fight.
		{"Gunmen stormed a church in the town during mass, opening fire on worshippers and setting off explosives, killing 20.", map[string]int{"unknown": 20}, 20, true, false, Attack},
		{"Gunmen stormed an army post in the town, opening fire on soldiers and setting off explosives, killing 20.", sf(20), 20, true, true, ArmedClash},
		// The checkpoint where soldiers shot civilians is where it
		// happened; one militants attack is a target.
		{"Soldiers shot dead five civilians at a checkpoint near the town.", civ(5), 5, true, true, Attack},
		{"Militants shot dead five soldiers at a checkpoint near the town.", sf(5), 5, true, true, ArmedClash},
		{"Militants shot dead five travellers at a fake checkpoint on the highway.", civ(5), 5, true, false, Attack},
		// A civilian by title ambushed is attacked; a soldier fights.
		{"The mayor of the town was killed in an ambush on his car by gunmen on Thursday.", nil, 1, true, false, Attack},
		{"A soldier was killed in an ambush on his convoy by gunmen on Thursday.", nil, 1, true, false, ArmedClash},
		{"A student was badly burned when two men threw acid at her.", civ(1), 0, false, false, Attack},
		// A rape told before the protest it was done at is the event.
		{"Soldiers raped women protesters during the dispersal of the sit-in.", nil, 0, true, true, SexualViolence},
		{"Women protesters said soldiers had fired tear gas at the sit-in.", nil, 0, true, true, ProtestWithForce},
		// A live round in the chest, a critical condition, an eye lost:
		// grave force; rubber bullets alone are intervention.
		{"A police officer shot a protester in the chest with a live round; he was in a critical condition.", nil, 0, false, true, ExcessiveForce},
		{"A protester lost an eye when police fired pellets at the march.", nil, 0, false, true, ExcessiveForce},
		{"Police fired rubber bullets at protesters outside the court.", nil, 0, false, true, ProtestWithForce},
		{"Riot police broke up a road blockade on the highway, detaining twelve people.", nil, 0, false, true, ProtestWithForce},
		{"Supporters of the cleric tore down concrete barriers and broke into the parliament.", nil, 0, false, false, ViolentDemo},
		{"Rioters torched shops as communal violence spread through the town.", nil, 0, false, false, MobViolence},
		{"Supporters of Hezbollah attacked the protest camp in the city, beating demonstrators with sticks.", nil, 0, true, false, MobViolence},
		// A police station or an army camp taken is ground taken.
		{"Rebels captured the police station in the town after a siege.", nil, 0, true, false, NSAOvertakes},
		{"Jihadists overran the military camp at the border after the soldiers fled.", nil, 0, true, false, NSAOvertakes},
		{"Armed militants besieged their camp and kidnapped eight coal miners.", nil, 0, true, false, Abduction},
		// Bombs on the body, a device under clothes with the bomber dead,
		// a vehicle packed with explosives driven in: suicide bombs; one
		// parked is a remote bomb.
		{"Two men detonated bombs strapped to their bodies near the police station, killing three people.", civ(3), 3, true, false, SuicideBomb},
		{"The bomber set off the device hidden under her clothes at the market, killing herself and four others.", civ(4), 4, false, false, SuicideBomb},
		{"A man drove a truck packed with explosives into the gate of the base and blew it up.", nil, 0, true, false, SuicideBomb},
		{"A truck packed with explosives that was parked outside the market blew up on Monday.", nil, 0, false, false, RemoteExplosive},
		{"Gas leaked from a chemical plant near the city, killing eleven people.", civ(11), 11, false, false, ""},
	})
}

// TestScanTwelfthProbeMoves covers the second round of the twelfth
// probe's phrases: armed men fighting for control, people taken from
// their homes and not found since, a place taken and named a town, a swap
// of prisoners, a toxic smoke from shells, a battalion's arrest, a
// bomb-making workshop found, a blast caused by mishandling.
func TestScanTwelfthProbeMoves(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Rebels and militias have been fighting for control of the district since Sunday.", "fighting", CueClash},
		{"Activists are fighting for control of the party's youth wing.", "fighting", CueNone},
		{"Security agents took three members of the committee from their homes at night, and their families have not been able to find them since.", "took", CueAbduct},
		{"Police took three members of the gang from their homes for questioning.", "took", CueArrest},
		{"Rebels took Bunagana, a town on the border, after heavy fighting.", "took", CueCapture},
		{"The president took Maria, a teacher from the town, as his adviser.", "took", CueNone},
		{"The government freed 200 prisoners in exchange for the release of four hostages.", "in", CueAgreement},
		{"Farmers sold cattle in exchange for grain at the market.", "in", CueNone},
		// A swap demanded is none, and the hostages asked for are
		// still held.
		{"The kidnappers demanded the release of 20 prisoners in exchange for the hostages they seized.", "in", CueNone},
		{"The kidnappers demanded the release of 20 prisoners in exchange for the hostages they seized.", "hostages", CueAbduct},
		{"The two sides exchanged more than a thousand prisoners over two days.", "exchanged", CueAgreement},
		{"Troops fired shells releasing a toxic smoke that made the fighters vomit.", "toxic", CueChemical},
		{"A fire at the plastics factory sent toxic smoke over the town.", "toxic", CueAccident},
		{"The Rapid Action Battalion picked up a suspected commander of the group from a flat.", "picked", CueArrest},
		{"Troops found a bomb-making workshop containing detonators in the forest.", "found", CueDisrupt},
		{"A series of explosions at the barracks, caused by the mishandling of dynamite, killed 100 people.", "explosions", CueAccident},
		{"A series of explosions at the barracks killed 100 people.", "explosions", CueExplosive},
		{"A crowd broke into the police station and dragged out two men.", "broke", CueMob},
	})
}

// TestClassifyTwelfthProbeMoves: the twelfth probe's strategic moves and
// crimes, each beside the sentence the same rule must leave alone.
func TestClassifyTwelfthProbeMoves(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"The last French soldiers left the base on Monday, which was handed over to the Malian army.", nil, 0, true, true, NonViolentTransf},
		{"Troops entered the district on Tuesday, the last of the three districts the rebels returned under the truce.", nil, 0, true, true, NonViolentTransf},
		{"The army took over the former UN base in the town, which the peacekeepers handed over before they left.", nil, 0, true, true, NonViolentTransf},
		{"The army took over the rebel base in the town after heavy fighting.", nil, 0, true, true, GovRegains},
		{"The rebels opened a training camp in the jungle near the border.", nil, 0, true, false, BaseEstablished},
		{"The government opened a relief camp for displaced families near the border.", nil, 0, false, false, ""},
		{"The Arakan Army set up an administrative office and checkpoints in villages of the township.", nil, 0, true, false, BaseEstablished},
		{"The council set up an administrative office in the town.", nil, 0, false, false, ""},
		{"Mutinous soldiers arrested President Keita and the prime minister in the capital.", nil, 0, true, true, OtherDev},
		{"Soldiers arrested the president of the traders' union in the capital.", nil, 0, true, true, Arrests},
		{"Special forces seized President Conde and announced the dissolution of the government.", nil, 0, true, true, OtherDev},
		{"Foreign ministers met in Tokyo and discussed the military coup in Myanmar.", nil, 0, false, false, ""},
		{"Dissidents of the guerrilla announced the creation of a new armed group along the border.", nil, 0, true, false, GroupChange},
		{"Traders announced the creation of a new trade group in the city.", nil, 0, false, false, ""},
		{"Police arrested a suspected drug lord and seized shabu in a buy-bust operation.", nil, 0, false, true, ""},
		{"Illegal miners linked to a criminal network killed a rival over a gold pit, police said.", civ(1), 1, false, true, ""},
		{"Illegal miners killed a rival over a gold pit, police said.", civ(1), 1, false, true, Attack},
		{"A crowd broke into the police station, dragged out two men and beat them to death.", civ(2), 2, false, true, MobViolence},
		{"The government freed 200 prisoners in exchange for the release of four hostages.", nil, 0, false, false, Agreement},
		{"Tens of thousands of residents fled Stepanakert towards Armenia during the night.", nil, 0, false, false, OtherDev},
		{"The government said it would free 200 prisoners in exchange for the release of the hostages.", nil, 0, false, false, ""},
	})
	checkStrategicMove(t, []strategicCase{
		{"Rwanda deployed a thousand soldiers to the province on Friday.", true},
		{"The city deployed a thousand volunteers for the marathon.", false},
		{"The last French soldiers left the base on Monday, which was handed over to the Malian army.", true},
		{"The last French soldiers left the base on Monday.", false},
		{"The rebels opened a training camp in the jungle near the border.", true},
		// A swap told by its terms; people who fled a town named.
		{"Mali freed some 200 prisoners in exchange for the release of three hostages.", true},
		{"Farmers sold cattle in exchange for grain at the market.", false},
		{"Tens of thousands of residents fled Stepanakert towards Armenia during the night.", true},
		{"The gunmen fled Kabul after the attack.", false},
	})
}

// TestClassifyTwelfthProbeVariants: phrasings found by writing variants
// of the twelfth probe's distinctions: the dead a vigil is for, a
// protester beaten to death, a drone by its long name in the singular, a
// man taken by masked men; each beside the sentence the rule must leave
// alone.
func TestClassifyTwelfthProbeVariants(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Hundreds of people held a candlelight vigil in the capital for the protester killed by police.", civ(1), 1, false, true, PeacefulProtest},
		{"Police killed a protester during a march in the capital.", civ(1), 1, false, true, ExcessiveForce},
		{"Police beat a protester to death during a march in the capital, activists said.", nil, 0, false, true, ExcessiveForce},
		{"Police beat protesters with batons during a march in the capital.", nil, 0, false, true, ProtestWithForce},
		// A headline's present: forces "kill" protesters.
		{"Security forces kill seven protesters as thousands rally against the coup", nil, 0, false, true, ExcessiveForce},
		{"Security forces fire tear gas at protesters as thousands rally against the coup", nil, 0, false, true, ProtestWithForce},
		{"An unmanned aerial vehicle struck a house in the town, killing a family of five.", civ(5), 5, true, false, AirDrone},
	})
	checkWordCues(t, []wordCue{
		{"A journalist was taken by masked men from his home and has not been seen since.", "taken", CueAbduct},
		{"A journalist was taken by ambulance from his home to the hospital.", "taken", CueNone},
		{"An unmanned aerial vehicle struck a house in the town.", "struck", CueAir},
		{"A car struck a house in the town.", "struck", CueNone},
		{"Fans of rival football clubs fought with knives outside the stadium after the match.", "fought", CueMob},
		{"The two hockey teams fought with sticks for the ball in the final.", "fought", CueNone},
	})
}

// TestStrategicMoveTwelfthProbeVariants: moves found by writing variants
// of the twelfth probe: a command centre set up, prisoners swapped with a
// count between, troops sent somewhere by a state; each beside a sentence
// of the same verb that is no move.
func TestStrategicMoveTwelfthProbeVariants(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The Tigray Defence Forces set up their command centre in a school in the town.", true},
		{"The government and the rebels swapped 900 prisoners under a deal.", true},
		{"The two clubs swapped 900 tickets for the final.", false},
		{"The Kenyan government sent 1,000 troops to the border with Somalia on Tuesday.", true},
		{"The charity sent 1,000 blankets to the border with Somalia on Tuesday.", false},
	})
	checkClassify(t, []classifyCase{
		{"The Tigray Defence Forces set up their command centre in a school in the town.", nil, 0, true, false, BaseEstablished},
		{"The Kenyan government sent 1,000 troops to the border with Somalia on Tuesday.", nil, 0, true, true, GroupChange},
	})
}

// TestClassifyTwelfthProbeLast: a group's new leader named after its
// commander was killed is the move, the death its cause; an organiser
// picked up by the police is arrested, the debris they picked up is not.
func TestClassifyTwelfthProbeLast(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The militia announced a new leader after its commander was killed.", map[string]int{"militants": 1}, 1, true, false, GroupChange},
		{"The militia attacked the village after its commander was killed.", map[string]int{"militants": 1}, 1, true, false, Attack},
	})
	checkWordCues(t, []wordCue{
		{"The secret police picked up an opposition organiser at his home.", "picked", CueArrest},
		{"Police picked up the debris from the road after the crash.", "picked", CueNone},
	})
}

// TestClassifyFollowersFired covers forces firing on the followers of a
// party or a movement, whom the text never calls protesters, beside
// gunfire on a wedding's guests or on militants that stays as it was.
func TestClassifyFollowersFired(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Rangers opened fire on a bus of PTI supporters heading to the rally in Islamabad, wounding nine people.", map[string]int{"civilians": 9}, 0, true, true, ExcessiveForce},
		{"Police fired on participants of the tribal jirga at Bannu, killing one man.", map[string]int{"civilians": 1}, 1, true, true, ExcessiveForce},
		{"Soldiers opened fire on guests at a wedding in Turbat, killing two men.", map[string]int{"civilians": 2}, 2, true, true, Attack},
		{"Gunmen opened fire on supporters of the candidate in Turbat, killing two men.", map[string]int{"civilians": 2}, 2, true, false, Attack},
		{"Troops opened fire on a hideout of militants in Kech, killing four.", map[string]int{"militants": 4}, 4, true, true, ArmedClash},
	})
}

// TestClassifyRiotOverKilling covers a crowd's burning told before the
// killing that caused it, beside a crowd that burned and killed, and
// gunmen who burned a building after a killing of their own.
func TestClassifyRiotOverKilling(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Angry villagers torched a Levies checkpoint in Nushki after a driver was shot dead by the guards.", map[string]int{"civilians": 1}, 1, true, true, ViolentDemo},
		{"Traders set fire to the office of the deputy commissioner after two boys were killed in firing by police.", map[string]int{"civilians": 2}, 2, true, true, ViolentDemo},
		{"Villagers torched a Levies checkpoint in Nushki and shot dead a guard.", map[string]int{"security_forces": 1}, 1, true, true, ArmedClash},
		{"Gunmen shot dead a guard at the checkpoint in Nushki after an argument.", map[string]int{"security_forces": 1}, 1, true, true, ArmedClash},
	})
}

// TestClassifyWorkersCampNamedAfter covers a camp whose workers are named
// after it ("a camp of road workers"), beside a forces' camp guarding
// workers, which stays a battle.
func TestClassifyWorkersCampNamedAfter(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants stormed a camp of dam construction labourers in Kech, killing three men.", map[string]int{"civilians": 3}, 3, true, false, Attack},
		{"Militants stormed a camp of the Levies guarding dam labourers in Kech, killing three men.", map[string]int{"security_forces": 3}, 3, true, true, ArmedClash},
	})
}

// TestClassifyPostOfState covers a border post named by its state's
// people ("a Pakistani post"), a forces' target, beside a post office
// named so, which is none.
func TestClassifyPostOfState(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Iranian border guards opened fire on a Pakistani post near Taftan, wounding two men.", map[string]int{"unknown": 2}, 0, true, true, ArmedClash},
		{"Iranian border guards opened fire on a Pakistani post office near Taftan, wounding two men.", map[string]int{"unknown": 2}, 0, true, true, Attack},
	})
}

// TestClassifyPostOfForceName covers a post named by the last word of a
// force's name ("a Coast Guard post", "a Frontier Corps post"), the forces'
// target, beside a post office and a commandant's house, which are not.
func TestClassifyPostOfForceName(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"BLF militants attacked a Coast Guard post in Pasni on Friday.", nil, 0, true, false, ArmedClash},
		{"BLA militants attacked a Frontier Corps post in Kohlu on Friday.", nil, 0, true, false, ArmedClash},
		{"Gunmen attacked a Rangers post on the outskirts of Karachi.", nil, 0, true, false, ArmedClash},
		{"BLF militants attacked a post office in Pasni on Friday.", nil, 0, true, false, Attack},
		{"A grenade was thrown at the Coast Guard commandant's house in Gwadar.", nil, 0, true, false, Grenade},
	})
}

// TestClassifyGrenadesWithSmallArms covers grenades named with small arms
// in an assault on forces ("with small arms and grenades"), a battle,
// beside grenades alone and small arms and grenades on a shop.
func TestClassifyGrenadesWithSmallArms(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"BLA militants attacked an FC post in Nushki with small arms and grenades.", nil, 0, true, false, ArmedClash},
		{"Militants stormed a police station in Mastung with automatic weapons and hand grenades.", nil, 0, true, false, ArmedClash},
		{"Militants lobbed a grenade at an FC post in Turbat.", nil, 0, true, false, Grenade},
		{"Militants targeted a police station in Srinagar by firing a rifle grenade at it.", nil, 0, true, false, Grenade},
		{"Militants attacked a shop in Turbat with small arms and grenades, injuring the owner.", map[string]int{"civilians": 1}, 0, true, false, Grenade},
	})
}

// TestClassifyCracker covers the "cracker" of Pakistan's press, a small
// bomb when planted or set off, beside fireworks seized or burst.
func TestClassifyCracker(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Unidentified men planted a cracker on a gas pipeline near Hyderabad on Tuesday.", nil, 0, true, false, RemoteExplosive},
		{"A cracker exploded outside the house of a councillor in Quetta on Tuesday.", nil, 0, true, false, RemoteExplosive},
		{"Police seized a large stock of crackers from a shop in Quetta on Tuesday.", nil, 0, true, true, ""},
		{"Children burst crackers to celebrate the win in Quetta on Tuesday.", nil, 0, false, false, ""},
	})
}

// TestClassifyArmedWith covers the arms attackers were "armed with",
// which do not tell how they struck, beside the same weapons thrown or
// fired.
func TestClassifyArmedWith(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Assailants armed with rockets and grenades fired on the miners' quarters in Harnai, killing 12 miners.", map[string]int{"civilians": 12}, 12, true, false, Attack},
		{"Gunmen armed with grenades opened fire on a bus in Quetta, killing four passengers.", map[string]int{"civilians": 4}, 4, true, false, Attack},
		{"The attackers hurled grenades at the miners' quarters in Harnai, killing 12 miners.", map[string]int{"civilians": 12}, 12, true, false, Grenade},
		{"Militants armed with rifles fired rockets at an FC post in Harnai.", nil, 0, true, false, Shelling},
	})
}

// TestClassifyArrestAtHearing covers forces' arrest made at a bail
// hearing, beside men arrested for a bombing who were denied bail, a case
// about an incident.
func TestClassifyArrestAtHearing(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police arrested the trader leader at the sessions court in Turbat, where he had come for a bail hearing.", nil, 0, true, true, Arrests},
		{"The anti-terrorism court in Turbat granted bail to the trader leader, whom police had detained in May.", nil, 0, true, true, ""},
	})
}

// TestClassifyWordsAsWeapons covers attacks made in words on a party, a
// government or a leader ("attacked the government over", "blasted the
// commission for", "fired a fresh salvo at"), a bowler who "fired out"
// batsmen, beside the deeds the same verbs tell.
func TestClassifyWordsAsWeapons(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The PPP attacked the federal government over the water shortage in Sindh.", nil, 0, false, false, ""},
		{"Imran Khan attacked the chief minister for the flood relief delays on Friday.", nil, 0, false, false, ""},
		{"Unknown men attacked the office of the governor over a land dispute in Swat.", nil, 0, true, false, Attack},
		{"Gunmen attacked the convoy of a chief minister in Zhob.", nil, 0, true, false, ArmedClash},
		{"The opposition leader fired a fresh salvo at the prime minister over the budget.", nil, 0, false, false, ""},
		{"Militants fired a salvo of rockets at the cantonment in Bannu.", nil, 0, true, false, Shelling},
		{"The party chairman blasted the election commission over the delay in the count.", nil, 0, false, false, ""},
		{"Naseem Shah fired out the captain with his second ball.", nil, 0, false, false, ""},
	})
}

// TestClassifyShowsAndGames covers a singer who "set the stage on fire
// with" a performance, students who "stormed the stage", and cricket told
// by its words ("an unbeaten 95", "the PSL final"), beside arson and
// storming by armed men or crowds and a bomb at a match.
func TestClassifyShowsAndGames(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"The qawwal set the stage on fire with a rousing performance at the festival in Lahore.", nil, 0, false, false, ""},
		{"Rioters set the stage on fire with petrol at the venue in Lahore.", nil, 0, false, false, ViolentDemo},
		{"Fans stormed the pitch after the home side won the final in Karachi.", nil, 0, false, false, ""},
		{"Gunmen stormed a hostel in Quetta on Friday.", nil, 0, true, false, Attack},
		{"Babar Azam struck an unbeaten 95 as Pakistan crushed the hosts by seven wickets.", nil, 0, false, false, ""},
		{"Quetta Gladiators were blown away by Lahore Qalandars in the PSL final.", nil, 0, false, false, ""},
		{"A bomb went off outside the stadium before the PSL final in Quetta, wounding five people.", map[string]int{"civilians": 5}, 0, false, false, RemoteExplosive},
	})
}

// TestClassifyAnimalKills covers people killed by animals, subject or
// agent after "by", beside men killed by militants in the same words.
func TestClassifyAnimalKills(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"A wild elephant trampled a woodcutter to death near Sambalpur on Friday.", map[string]int{"civilians": 1}, 1, false, false, ""},
		{"A leopard killed a goatherd in the hills above Murree.", map[string]int{"civilians": 1}, 1, false, false, ""},
		{"A schoolboy was mauled to death by stray dogs in Sukkur.", map[string]int{"civilians": 1}, 1, false, false, ""},
		{"Maoists beat a villager to death near Sambalpur on Friday.", map[string]int{"civilians": 1}, 1, true, false, Attack},
		{"Gunmen killed a goatherd in the hills above Murree.", map[string]int{"civilians": 1}, 1, true, false, Attack},
	})
}

// TestClassifyCelebratoryFiring covers shots fired into the air at a
// wedding, beside shots fired into the air to disperse a crowd, and
// gunmen who fired at a wedding's guests.
func TestClassifyCelebratoryFiring(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police arrested three guests for firing in the air at a wedding in Mardan.", nil, 0, false, true, ""},
		{"Police fired into the air to disperse traders protesting in Mardan.", nil, 0, false, true, ProtestWithForce},
		{"Gunmen fired at the guests of a wedding in Mardan, killing two men.", map[string]int{"civilians": 2}, 2, true, false, Attack},
	})
}

// TestClassifyHarmDeniedAndSurrenderedMen covers harm denied ("no one was
// hurt") with no deed, and "surrendered" naming who men are ("surrendered
// cadres were given"), beside a deed with harm denied and a surrender
// made.
func TestClassifyHarmDeniedAndSurrenderedMen(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Firemen put out the fire in the warehouse by the evening; nobody was injured.", nil, 0, false, false, ""},
		{"A grenade was thrown at a shop in Quetta; nobody was injured.", nil, 0, false, false, Grenade},
		{"Surrendered cadres received plots of land at a ceremony in Malkangiri.", nil, 0, false, false, ""},
		{"Nine cadres surrendered before the superintendent of police in Malkangiri.", nil, 0, true, true, Agreement},
	})
}

// TestClassifyOrdinaryOffenceArrests covers arrests made for ordinary
// offences told by a gerund ("for cheating", "for hoarding", "for taking
// a bribe"), beside arrests for an armed group's deeds, for arms sold and
// for protesting.
func TestClassifyOrdinaryOffenceArrests(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Police arrested three men for cheating pensioners of their savings in Gujranwala.", nil, 0, false, true, ""},
		{"The food authority arrested a dealer for hoarding sugar in Sargodha.", nil, 0, false, true, ""},
		{"The anti-corruption police arrested a revenue clerk for taking a bribe in Okara.", nil, 0, false, true, ""},
		{"Police arrested a dealer for selling rifles to the outlaws in Rajanpur.", nil, 0, true, true, Arrests},
		{"The CTD arrested two men for sheltering suicide bombers in Okara.", nil, 0, true, true, Arrests},
		{"Police arrested twenty nurses for protesting outside the assembly in Lahore.", nil, 0, false, true, ProtestWithForce},
	})
}

// TestClassifyAssaultWithHeavyWeapons covers an assault on forces "with
// heavy weapons", a battle, beside a post attacked with rockets and a
// town pounded with heavy weapons, both shelling.
func TestClassifyAssaultWithHeavyWeapons(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Insurgents attacked a Levies checkpost near Kalat with heavy weapons, killing three guards.", map[string]int{"security_forces": 3}, 3, true, true, ArmedClash},
		{"Insurgents attacked a Levies checkpost near Kalat with rockets, killing three guards.", map[string]int{"security_forces": 3}, 3, true, true, Shelling},
		{"The insurgents pounded the town with heavy weapons overnight.", nil, 0, true, false, Shelling},
	})
}

// TestClassifyDisposalTargeted covers a bomb set off against a bomb
// disposal team, a bombing, beside the team defusing a mine.
func TestClassifyDisposalTargeted(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Militants detonated an IED targeting a bomb disposal van near Kalat, killing two soldiers.", map[string]int{"security_forces": 2}, 2, true, true, RemoteExplosive},
		{"A bomb disposal squad defused a landmine planted near Kalat.", nil, 0, false, true, DisruptedWeapons},
	})
}

// TestClassifyArrestAwaited covers an arrest a protest waits for ("until
// the killers are arrested"), a peaceful protest, beside protesters
// arrested.
func TestClassifyArrestAwaited(t *testing.T) {
	checkClassify(t, []classifyCase{
		{"Relatives staged a sit-in on the highway near Kalat, vowing to stay until the murderers were arrested.", nil, 0, false, false, PeacefulProtest},
		{"Relatives staged a sit-in on the highway near Kalat until police arrested nine of them.", nil, 0, false, true, ProtestWithForce},
	})
}

// TestClassifyThirteenthProbe covers the wire phrasings of the thirteenth
// probe, each beside a near sentence the rule must leave alone: strikes
// told as tools downed or in a possessive, a blockade by truckers, fighting
// told as going on or "with" forces, defenders who fought back, tear gas
// lobbed, a crowd by the hundred, protesters arrested after a verb ends
// their clause, a march joined, people fired on who had marched, stones
// hurled at each other, rival supporters clashing, a killing where cartels
// fight, robbers, an aircraft far before its verb, a participle of
// shooting, a place of several words retaken, witnesses who told
// investigators, an agency that said, a new outfit launched, goods stored
// that blew up, a depot set on fire by a missile.
func TestClassifyThirteenthProbe(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Lecturers at the state university downed tools on Monday over unpaid allowances.", nil, 0, false, false, PeacefulProtest},
		{"The carpenter laid down his tools and went home.", nil, 0, false, false, ""},
		{"Police said the two attackers had blown themselves up at the gate of the hotel.", civ(5), 5, true, false, SuicideBomb},
		{"Militants had blown up a bridge near the town.", nil, 0, true, false, RemoteExplosive},
		{"Nurses' strike over pay enters its third week in Kano", nil, 0, false, false, PeacefulProtest},
		{"The president's strike on corruption won praise.", nil, 0, false, false, ""},
		{"Police broke up a blockade by farmers on the highway near Tumaco.", nil, 0, false, true, ProtestWithForce},
		{"The farmers' blockade of the highway entered its fifth day.", nil, 0, false, false, PeacefulProtest},
		{"The navy's blockade of the port entered its fifth day.", nil, 0, false, false, ""},
		{"Police shot dead two miners demonstrating over unpaid wages outside the pit.", civ(2), 2, true, true, ExcessiveForce},
		{"Government and rebel forces were fighting street by street in the town on Friday.", nil, 0, true, true, ArmedClash},
		{"Government forces were fighting a long war against extremism, the minister said.", nil, 0, true, true, ""},
		{"Two cartels are fighting over the town's drug market, police said.", nil, 0, false, false, ""},
		{"The militants attacked the town at dawn, and fighting with the army went on until noon.", nil, 0, true, true, ArmedClash},
		{"Raiders attacked the cattle camp at night, and the camp's defenders fought back for hours.", nil, 0, false, false, ArmedClash},
		{"Raiders attacked the village at night, and the villagers fought back with sticks.", civ(3), 0, true, false, Attack},
		{"Jihadists attacked a gendarmerie post at dawn, and the gendarmes fought back for an hour.", nil, 0, true, true, ArmedClash},
		{"Gunmen shot dead five men at a bar in Uruapan, where two cartels are fighting for control of the avocado trade.", civ(5), 5, true, false, ""},
		{"Rebels and militiamen are fighting for control of the mining town, residents said.", nil, 0, true, false, ArmedClash},
		{"Police lobbed tear gas at traders protesting against the new tax in the market.", nil, 0, false, true, ProtestWithForce},
		{"Militants lobbed a grenade at the police station.", nil, 0, true, false, Grenade},
		{"Police fired tear gas to scatter hundreds of jobless graduates outside the ministry.", nil, 0, false, true, ProtestWithForce},
		{"Farmers protesting the land law were dragged from their tractors and detained by police.", nil, 0, false, true, ProtestWithForce},
		{"Hundreds gathered to protest against the arrest of the union leader.", nil, 0, false, false, PeacefulProtest},
		{"Police arrested dozens of students as they tried to join the weekly march in the capital.", nil, 0, false, true, ProtestWithForce},
		{"Soldiers shot dead four villagers who had marched to the district office over the land seizure.", civ(4), 4, true, true, ExcessiveForce},
		{"Two groups of villagers hurled stones at each other over a land dispute.", nil, 0, false, false, MobViolence},
		{"Protesters hurled stones at the police station.", nil, 0, false, false, ViolentDemo},
		{"Supporters of rival candidates clashed outside the polling station, injuring six.", civ(6), 0, false, false, MobViolence},
		{"Supporters of the candidate clashed with police outside the polling station, hurling stones.", nil, 0, false, false, ViolentDemo},
		{"Gunmen shot dead six men at a bar in Celaya, where two cartels are fighting over drug routes.", civ(6), 6, true, false, ""},
		{"Gunmen shot dead six men at a bar in Celaya, where the mayor was visiting.", civ(6), 6, true, false, Attack},
		{"Armed robbers attacked a bank in the town and carted away cash.", nil, 0, true, false, ""},
		{"Armed militants attacked a bank in the town, killing a cashier.", civ(1), 1, true, false, Attack},
		{"An air force jet on a mission against the rebels mistakenly bombed a market, killing ten.", civ(10), 10, true, true, AirDrone},
		{"A jet landed at the airport and two hours later militants bombed the market.", nil, 0, true, false, RemoteExplosive},
		{"Gunmen stormed the village at dusk, shooting residents as they ran.", civ(5), 5, true, false, Attack},
		{"The film's shooting resumed in the village at dusk.", nil, 0, false, false, ""},
		{"Government forces retook Kafr Nabl, the largest town in the area, on Monday.", nil, 0, true, true, GovRegains},
		{"Government forces visited Kafr Nabl, the largest town in the area, on Monday.", nil, 0, true, true, ""},
		{"Villagers told investigators that soldiers had raped six women in the village.", nil, 0, true, true, SexualViolence},
		{"Detectives arrested a suspected arms dealer in Mombasa, the Directorate of Criminal Investigations said.", nil, 0, false, true, Arrests},
		{"The Directorate of Criminal Investigations is investigating the bombing of the bus.", nil, 0, false, true, ""},
		{"The state governors launched a regional security outfit on Sunday to fight banditry.", nil, 0, false, false, GroupChange},
		{"The governors launched a campaign against malaria on Sunday.", nil, 0, false, false, ""},
		{"The governors launched a task force on road safety on Sunday.", nil, 0, false, false, ""},
		{"A blast at the port warehouse killed 30 people; officials said tonnes of fertiliser had been stored there for years.", civ(30), 30, false, false, ""},
		{"A blast at the port killed 30 people; police said the bomb had been hidden in a truck.", civ(30), 30, false, false, RemoteExplosive},
		{"A fuel depot was set on fire on Friday by a missile attack, the coalition said.", nil, 0, true, true, Shelling},
		{"Soldiers destroyed a cache of rockets found in a cave near the border.", nil, 0, true, true, DisruptedWeapons},
	})
}

// TestStrategicMoveThirteenthProbe covers a new outfit launched, which
// opens an event, beside a campaign launched, which does not.
func TestStrategicMoveThirteenthProbe(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The state governors launched a regional security outfit on Sunday.", true},
		{"The governors launched a campaign against malaria on Sunday.", false},
	})
}

// TestClassifyThirteenthProbeHeadlines covers the headline's present told
// after probe 13: gunmen who "storm" a place with no article, tear gas
// "canisters" lobbed, villagers who "lynch" and protesters who "torch",
// air defences that "intercept", a fire opening the headline; and, from
// sentences written after the probe, one person "seized" by armed men
// and a killing in a gangs' "turf war", "sound grenades" fired at a
// crowd, a cartel's grave; each beside a near sentence left
// alone.
func TestClassifyThirteenthProbeHeadlines(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkClassify(t, []classifyCase{
		{"Six killed as gunmen storm mosque in Katsina", civ(6), 6, true, false, Attack},
		{"A storm surge flooded the coast, killing six.", civ(6), 6, false, false, ""},
		{"Officers lobbed canisters at protesters outside the hospital.", nil, 0, false, true, ProtestWithForce},
		{"Militants lobbed grenades at the police post.", nil, 0, true, false, Grenade},
		{"Villagers lynch suspected thief in Kisumu", civ(1), 1, false, false, MobViolence},
		{"Protesters torch ruling party offices in Kumasi", nil, 0, false, false, ViolentDemo},
		{"Runners carried the torch through the city.", nil, 0, false, false, ""},
		{"Israel's Iron Dome intercepts rockets fired from Gaza", nil, 0, true, true, DisruptedWeapons},
		{"Fire at Lagos market kills 12", civ(12), 12, false, false, ""},
		{"Armed men seized a Canadian engineer from his car near Kidal and drove off.", nil, 0, true, false, Abduction},
		{"Armed men seized a trader's motorbike near Kidal and drove off.", nil, 0, true, false, ""},
		{"Gunmen shot dead five men at a tavern in Nyanga in a turf war between drug dealers, police said.", civ(5), 5, true, false, ""},
		{"Gunmen shot dead five men at a tavern in Nyanga, police said.", civ(5), 5, true, false, Attack},
		{"Police in Durban said gang members shot dead four men in a turf war over drug corners.", civ(4), 4, true, true, ""},
		{"Police in Durban shot dead four gang members in a gunfight.", nil, 4, true, true, ArmedClash},
		{"Police fired rubber bullets and sound grenades at opposition supporters near the party office.", nil, 0, false, true, ProtestWithForce},
		{"Militants threw two grenades at opposition supporters near the party office.", civ(3), 0, true, false, Grenade},
		{"Investigators found the bodies of nine men in a clandestine grave used by a drug cartel in Sonora.", nil, 0, false, false, ""},
		{"Investigators found the bodies of nine men in a mass grave near the town after the militia withdrew.", nil, 0, false, false, OtherDev},
		{"Gunmen set fire to a market in Lagos, killing 12.", civ(12), 12, true, false, Attack},
	})
}
