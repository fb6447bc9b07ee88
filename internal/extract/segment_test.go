package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestPastReference checks that a trigger naming an earlier incident —
// the subject of a verdict, a condemnation, a warrant — is told apart
// from one that reports the incident itself.
func TestPastReference(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    bool
	}{
		{"The court sentenced two men for the market bombing.", "bombing", true},
		{"The party issued a statement condemning the attack on its office.", "attack", true},
		{"A warrant was issued against the man wanted for the shooting.", "shooting", true},
		{"Two days after five rebels were killed in an encounter, their comrades called a strike.", "encounter", true},
		{"The ministry named the group it blamed for the bombing in the bazaar last week.", "bombing", true},
		{"Police registered a case against the men alleging that they attacked a shopkeeper.", "attacked", true},
		{"Investigators are probing all angles of the explosion at the hospital.", "explosion", true},
		{"Forensic reports suggest the bomb used in the Pune bombing of February 13, 2010 came from one maker.", "bombing", true},
		{"The two men confessed to killing a trader in the bazaar.", "killing", true},
		{"Police said the tip-off prevented an attack on the shrine.", "attack", true},
		{"The chief minister expressed grief over the killing of a boy in the village.", "killing", true},
		{"The death toll in the serial blasts (July 13, 2011) rose to 25.", "blasts", true},
		{"The engineer injured in the earlier reported grenade explosion died in hospital.", "grenade", true},
		{"The commanders were assigned districts to conduct bombings in the spring.", "bombings", true},
		{"The front claimed to attack a convoy near the pass.", "attack", false},
		{"The front claimed responsibility for an attack on a levies post near the pass.", "attack", false},
		{"The front claimed responsibility for the attack on the levies post.", "attack", true},
		{"The governor expressed deep shock at the killing of the trader.", "killing", true},
		{"Police named the party chief as instigator of the arson attack on a bus.", "attack", true},
		{"A suit seeks his arrest for his role in the killing of the former minister.", "killing", true},
		{"Security was tightened after the attack on an army convoy last week.", "attack", true},
		{"Security was tightened after the attack on an army convoy in which three soldiers were killed.", "killed", true},
		{"Alerts were sounded in the wake of the strike in the capital that left 20 people dead.", "dead", true},
		{"Militants attacked an army convoy in which three soldiers were travelling, and two were killed.", "killed", false},
		{"We extend our sincere condolences to the families of those who lost their lives.", "lives", true},
		{"Two men were convicted over the 2005 bombings of the courts.", "bombings", true},
		{"A memorial for the fighters killed in the 1984 operation was planned.", "killed", true},
		{"A statement claiming responsibility for the January 2, 2016 airbase attacks was found genuine.", "attacks", true},
		{"The party condemned the Tehreek-e-Taliban Pakistan (TTP) attack on the school.", "attack", true},
		{"The strikes came in retaliation for the ambush on a convoy.", "ambush", true},
		{"The outfit may use the Bhopal encounter, in which eight of its men were killed, to recruit.", "encounter", true},
		{"The Uri terror attack changed the army's plans.", "attack", true},
		{"Militants carried out an attack in Uri on Sunday.", "attack", false},
		{"Militants attacked a police post in the town on Monday.", "attacked", false},
		{"A roadside bomb exploded near a bus, killing two passengers.", "bomb", false},
	}
	for _, tc := range tests {
		toks, at := tokensAt(tc.text, tc.trigger)
		if at < 0 {
			t.Fatalf("%q: trigger %q not among the tokens", tc.text, tc.trigger)
		}
		if got := pastReference(toks, at); got != tc.want {
			t.Errorf("pastReference(%q, %q) = %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestHypotheticalAfterTheDeed checks that a sentence reports an incident
// when the violence is told as done before a hypothetical word, and not
// when the hypothetical word governs it.
func TestHypotheticalAfterTheDeed(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		events int
	}{
		{"On 4 May 2021, rebels fired rocket shells at a dam site near Sibi, saying it would be used to build army posts.", 1},
		{"On 4 May 2021, officials warned that rebels may attack the dam site near Sibi.", 0},
		{"On 4 May 2021, a study said a war in the region could kill two million people.", 0},
		{"On 28 May 2021, militants killed two soldiers near Sibi.", 1},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) != tc.events {
			t.Errorf("%q: %d events, want %d", tc.text, len(out.Events), tc.events)
		}
	}
}

// TestQuietLead checks that a story led by an arrest, a surrender, a court
// case or a statement does not turn the violence its later sentences
// recall into an incident, unless a sentence marks a new one.
func TestQuietLead(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want string // sub-event types of the events, in order
	}{
		{"arrest, then what the suspect confessed",
			"Police arrested a commander of the banned outfit in Kohat on 3 May 2024. During questioning he confessed that his men had shot dead two traders and planted a bomb near a school.",
			"Arrests"},
		{"surrender, then the rebel's past",
			"Four rebels surrendered to the district police chief in Sibi on 2 May 2024. They had ambushed a Levies patrol last year, killing three men.",
			"Agreement"},
		{"a statement, then the attack it recalls",
			"The interior minister told the assembly on 6 May 2024 that border security would be tightened. Militants had attacked a check post there in March, killing four soldiers.",
			""},
		{"a statement, then an incident the text marks as another",
			"The interior minister told the assembly on 6 May 2024 that border security would be tightened. In another incident, gunmen shot dead two policemen in Quetta on 6 May 2024.",
			"Armed clash"},
		{"an official act, then the killing it is about",
			"The provincial government on 7 May 2024 condemned the killing of a teacher and announced compensation. Gunmen had shot dead the teacher outside his school in Kech.",
			""},
		{"a statement, then an incident in a paragraph of its own",
			"The interior minister told the assembly on 6 May 2024 that border security would be tightened.\n\nGunmen shot dead two policemen in Quetta on 6 May 2024.",
			"Armed clash"},
		{"an arrest, then the fight it took",
			"Police arrested three militants in a raid in Kech on 4 May 2024. Two policemen were injured in the exchange of fire.",
			"Armed clash"},
		{"a claim of responsibility for an earlier killing",
			"The front claimed responsibility for killing four road workers in Awaran, in a statement on 9 May 2024. It said the workers had ignored its warnings.",
			""},
		{"a statement that names an operation reports it",
			"The military's media wing said on 4 May 2024 that security forces conducted an intelligence-based operation in North Waziristan. During the operation four terrorists were killed.",
			"Armed clash"},
		{"a statement, then the toll of a deed told as done",
			"The military's media wing issued a statement on 4 May 2024. Security forces killed four terrorists in Tank district, it said.",
			"Armed clash"},
		{"an arrest, then an attack in another district",
			"Police arrested two suspects in Quetta on 4 May 2024. Later, gunmen attacked a police station in Pishin, killing a constable.",
			"Arrests,Armed clash"},
		{"a lead about something else, then the violence it recalls",
			"A survey published on 5 May 2024 found that most traders in the bazaar fear extortion. Gunmen had attacked a shop there in March, killing its owner.",
			""},
		{"a lead about something else, then a fresh toll",
			"Campaigning for the local polls ended in Kech on 5 May 2024. Gunmen shot dead two party workers in Turbat on 5 May 2024.",
			"Attack"},
		{"a lead naming a gun fight keeps its details",
			"A gun fight took place between militants and Levies near the Tump post on 5 May 2024. The patrol came under fire and the Levies retaliated.",
			"Armed clash"},
		{"a lead naming no violence keeps a seizure told later",
			"Troops busted six rebel camps in the forest near Kohlu on 3 May 2024. Explosives and detonators were seized from the camps.",
			"Disrupted weapons use"},
		{"a lead naming no violence keeps it background after a seizure",
			"Troops busted six rebel camps in the forest near Kohlu on 3 May 2024. Explosives were seized from the camps. The rebels had attacked a Levies post from there last year.",
			"Disrupted weapons use"},
		{"a remand, then the murder it is about on an earlier day",
			"A court in Quetta on 16 September 2024 sent five men on remand over the murder of a blogger. The blogger was shot dead by gunmen in the bazaar on 12 May 2024.",
			""},
		{"a statement, then an incident on a later day",
			"The minister told the assembly on 6 May 2024 that border security would be tightened. Gunmen shot dead two policemen in Quetta on 8 May 2024.",
			"Armed clash"},
		{"a violent lead keeps its later sentences",
			"Militants attacked a police post in Turbat on 4 May 2024. Two policemen were killed in the exchange of fire, an official said.",
			"Armed clash"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(tc.text, time.Time{}, "").Events {
				got = append(got, e.SubEventType)
			}
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestReportsDeedPhrasing checks phrasings that report a deed without the
// usual verb beside the trigger: a thrown grenade, a blast named as the
// means of a deed, and an armed group's "claimed to attack".
func TestReportsDeedPhrasing(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string
	}{
		{"On 2 June 2023, rebels threw a hand grenade at a police station in Kalat.", "Grenade"},
		{"On 2 June 2023, rebels destroyed an electricity pylon near the town with a blast in Sibi.", "Remote explosive/landmine/IED"},
		{"On 2 June 2023, the front claimed to attack an army post in Kohlu and said it inflicted losses.", "Armed clash"},
		{"On 2 June 2023, the minister spoke about the threat of a blast in Sibi.", ""},
		{"On 2 June 2023, rebels set two trucks ablaze at a road construction site in Kech.", "Looting/property destruction"},
		{"On 2 June 2023, the front conducted two simultaneous attacks on check posts in Mand town (Kech district). Two soldiers were killed.", "Armed clash|Kech"},
		{"On 2 June 2023, officials said attacks on check posts in Kech had risen this year.", ""},
		{"In the past two weeks rebels attacked a pro-government militia three times in Kech. Three persons were killed in these attacks on 2 June 2023.", "Attack|Kech"},
		{"On 2 June 2023, unidentified men set a girls' school on fire in Pishin.", "Looting/property destruction"},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range x.Extract(tc.text, time.Time{}, "").Events {
			if strings.Contains(tc.want, "|") {
				got = append(got, e.SubEventType+"|"+e.Admin2)
			} else {
				got = append(got, e.SubEventType)
			}
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("Extract(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestAftermathIsNotTheMeans checks that what is found after an incident,
// or what a protest is against, does not decide the incident's type.
func TestAftermathIsNotTheMeans(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want string
	}{
		{"grenades recovered after a shooting",
			"On 8 June 2023, gunmen shot dead a shopkeeper in Hub. Police later recovered two hand grenades from the scene.",
			"Attack"},
		{"bullet shells at the scene",
			"On 8 June 2023, gunmen shot dead a shopkeeper in Hub. Police collected bullet shells from the scene.",
			"Attack"},
		{"a grenade found and defused is the event when it leads",
			"On 8 June 2023, police recovered a hand grenade near a school in Hub.",
			"Disrupted weapons use"},
		{"grenades listed among the recoveries of an encounter, in one run-on sentence",
			"On 8 June 2023 security forces killed two militants in an encounter in Kech and recovered two rifles four hand grenades and 60 rounds from the hideout",
			"Armed clash"},
		{"a grenade carried by a man arrested",
			"On 8 June 2023, police arrested a rebel along with a hand grenade near the bazaar in Turbat.",
			"Arrests"},
		{"arson told with burnt",
			"On 8 June 2023, unidentified men burnt a girls' school in Pishin.",
			"Looting/property destruction"},
		{"a beating",
			"On 8 June 2023, rebels beat up a shopkeeper in the bazaar of Turbat for refusing to pay.",
			"Attack"},
		{"an inventory of a seizure",
			"On 8 June 2023, police raided a house in Quetta and seized two pistols, three hand grenades, a rocket launcher and 50 rounds.",
			"Disrupted weapons use"},
		{"an IED found on a road",
			"On 8 June 2023, an IED was found on the road to the Levies post in Kohlu and defused by the bomb squad.",
			"Disrupted weapons use"},
		{"a blast protesting an encounter",
			"On 8 June 2023, rebels blew up a culvert in Kohlu, protesting an encounter in which two of their men were killed.",
			"Remote explosive/landmine/IED"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(tc.text, time.Time{}, "").Events {
				got = append(got, e.SubEventType)
			}
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestNoIncidentReported checks texts that name violence without
// reporting an incident — a supposed toll, a history's or a country's
// tally, what happens in general — against close sentences that do
// report one.
func TestNoIncidentReported(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name     string
		text     string
		events   int
		killed   int
		location string
	}{
		{"a supposed toll", "More than a million people may have perished in the plague.", 0, 0, ""},
		{"a supposed murder", "Relatives say the man may have been murdered in Karachi.", 0, 0, ""},
		{"a murder", "A man was murdered in Karachi on Monday.", 1, 1, "Karachi"},
		{"a famine's toll", "The famine killed more than 30,000 people in the province.", 0, 0, ""},
		{"a great but single toll", "A truck bomb killed 300 people at a market in Kabul on Saturday.", 1, 300, "Kabul"},
		{"a toll over many cities", "At least 60 protesters in 15 cities have been killed, the rights group said.", 0, 0, ""},
		{"protesters killed in one city", "Police killed four protesters in Karachi on Monday.", 1, 4, "Karachi"},
		{"what happens in general", "Security forces who kill protesters are never punished.", 0, 0, ""},
		{"a person named like a town", "Gunmen killed Paul Ahmed in Quetta on Monday.", 1, 1, "Quetta"},
		{"what may happen", "In the game you'll mainly be attacked by three enemy factions.", 0, 0, ""},
		{"what will not happen", "Officials said the convoy won't be attacked on the highway.", 0, 0, ""},
		{"a condition", "Officials asked whether the convoy was attacked near Turbat.", 0, 0, ""},
		{"what happened", "Militants attacked a convoy on the highway near Turbat on Monday.", 1, 0, "Turbat"},
		{"years ago", "Eighteen years ago, a gunman shot dead a guard at the embassy in Kabul.", 0, 0, ""},
		{"a shooting this week", "A gunman shot dead a guard at the embassy in Kabul on Monday.", 1, 1, "Kabul"},
		{"a protest told by its relative clause", "Thousands of teachers surrounded the statehouse in Indianapolis on Tuesday in a protest that closed half of the schools.", 1, 0, "Indianapolis"},
		{"a protest planned", "The union plans a protest in Indianapolis next week.", 0, 0, ""},
		{"a span of protests", "The city has been hit by months of anti-government protests.", 0, 0, ""},
		{"a day's protest", "Thousands protested against the government in Karachi on Friday.", 1, 0, "Karachi"},
		// Dated against the text's own time.
		{"history", "The pilot was shot down over Hanoi in 1967. The report was published on 20 November 2019.", 0, 0, ""},
		{"this year's news", "Gunmen shot dead a trader in Quetta in 2019. The report was published on 20 November 2019.", 1, 1, "Quetta"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, time.Time{}, "")
			if len(out.Events) != tc.events {
				t.Fatalf("%d events, want %d: %+v", len(out.Events), tc.events, out.Events)
			}
			if tc.events == 0 {
				return
			}
			ev := out.Events[0]
			if ev.Fatalities == nil || *ev.Fatalities != tc.killed || ev.Location != tc.location {
				t.Errorf("killed %v at %q, want %d at %q", ev.Fatalities, ev.Location, tc.killed, tc.location)
			}
		})
	}
}

// TestDeedsInOtherWords checks that deeds told in words beyond South
// Asian conflict reporting (irregular pasts, present-tense headlines and
// leads, strategic moves, force against a crowd) open an event, and that
// a close sentence telling no deed stays silent: background, talks,
// figures of speech, intentions, nouns.
func TestDeedsInOtherWords(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: the first event's sub-type, "" for none
	}{
		{"town retaken", "Government troops retook the river port of Malakal from the rebels on Sunday.", "Government regains territory"},
		{"past participle retaken", "Troops have retaken the hill town of Tsorona from the insurgents.", "Government regains territory"},
		{"ground regained", "The army regained control of the district capital after a week of fighting.", "Government regains territory"},
		{"figurative regaining", "After a rough spring the company regained its footing in the market.", ""},
		{"villages liberated", "Soldiers said they had liberated four villages in the valley from the militia.", "Government regains territory"},
		{"base overrun", "Insurgents overran an army outpost near the border before dawn.", "Non-state actor overtakes territory"},
		{"two sides fought", "Government troops and rebel fighters fought in the streets of the town on Tuesday.", "Armed clash"},
		{"a long war", "The army has fought militants in the mountains for years.", ""},
		{"fought for rights", "He fought for the rights of dock workers all his life.", ""},
		{"victim fought them off", "A shopkeeper was stabbed after he fought them off when robbers entered the shop.", "Attack"},
		{"truck rammed", "A suicide bomber rammed a car packed with explosives into the gate of a police station.", "Suicide bomb"},
		{"prisoners exchanged", "The warring parties exchanged 60 prisoners at the border crossing on Friday.", "Agreement"},
		{"exchange only talked of", "Talks on a prisoner exchange are expected to resume next week.", ""},
		{"drones shot down", "Air defences shot down six drones over the capital overnight.", "Disrupted weapons use"},
		{"mines cleared", "Army engineers cleared 150 landmines from fields near the village.", "Disrupted weapons use"},
		{"debris cleared", "The engineers cleared the debris from the road after the storm.", ""},
		{"bomb found", "Police found an improvised explosive device near the girls' school on Monday.", "Disrupted weapons use"},
		{"a deed dated by a court case", "A day after the National Investigation Agency (NIA) filed its charge sheet in the temple attack case, gunmen shot dead a party leader in Ludhiana on October 17.", "Attack"},
		{"a court case about a deed", "The National Investigation Agency (NIA) filed its charge sheet on Monday in the case of the gunmen who shot dead a party leader in Ludhiana last year.", ""},
		{"tyres burned in protest", "Residents blocked the main road in Turbat and burned tyres to protest against power outages.", "Peaceful protest"},
		{"an effigy burned", "Protesters burned an effigy of the chief minister outside the press club in Quetta.", "Peaceful protest"},
		{"a van burned by protesters", "Protesters burned tyres and set fire to a police van in Quetta.", "Violent demonstration"},
		{"nothing found", "The bomb disposal squad found nothing in the bag left at the bus stand.", ""},
		{"strike begun", "Doctors at public hospitals began an indefinite strike on Monday over unpaid salaries.", "Peaceful protest"},
		{"crowd demonstrated", "Several thousand people demonstrated in the capital against rising prices.", "Peaceful protest"},
		{"skill demonstrated", "She demonstrated her skill with a new routine at the gala.", ""},
		{"force against protesters", "Riot police used pepper spray against protesters outside the ministry.", "Protest with intervention"},
		{"protest far from its verb", "Police used tear gas and water cannon to break up a protest against the new mayor.", "Protest with intervention"},
		{"crowd dispersed", "Police forcibly dispersed a sit-in by farmers outside parliament on Sunday.", "Protest with intervention"},
		{"force used in the past", "Police have used tear gas in the past to break up protests.", ""},
		{"headline abduction", "Bandits Abduct 12 Travellers On Highway In Zamfara", "Abduction/forced disappearance"},
		{"headline arrests", "Authorities Arrest 12 Opposition Activists In Minsk", "Arrests"},
		{"headline protest", "Thousands Protest In Tbilisi Against Foreign Agents Law", "Peaceful protest"},
		{"headline of markets", "Stocks Rally As Inflation Cools", ""},
		{"headline noun", "Police Arrest Warrant Issued For Former Minister", ""},
		{"troops deployed", "The army deployed 1,500 more troops to the northern province after the raids.", "Change to group/activity"},
		{"groups merged", "Two militant factions in the north announced that they had merged into one front.", "Change to group/activity"},
		{"a company's group", "The startup formed a new group to handle its marketing.", ""},
		{"a base set up", "The rebels established their headquarters in the border town of Ndele.", "Headquarters or base established"},
		{"a company's headquarters", "The retailer established its headquarters in the port city last year.", ""},
		{"a base planned", "The army plans to set up a base near the border.", ""},
		{"ground given up", "The army withdrew from the garrison town of Kidira without a fight.", "Non-violent transfer of territory"},
		{"a move told with its source", "The rebels have set up a new base in a village near the river, local elders said.", "Headquarters or base established"},
		{"a move said to come", "The minister said the army would withdraw from the garrison town next month.", ""},
		{"a participle", "Troops deployed at the border said the night was quiet.", ""},
		{"a verbless lead", "A double bombing of a police bus in the provincial capital.", "Remote explosive/landmine/IED"},
		{"a lead in the present", "An explosion occurs near the central market in Kismayo", "Remote explosive/landmine/IED"},
		{"firing in the present", "Gunmen open fire on a minibus in the hills outside the city.", "Attack"},
		{"shootings took place", "The shootings took place at 11 p.m. in three cafes in the old town.", "Attack"},
		{"a film's shooting", "The shooting of the film took place in the old town.", ""},
		{"history, not news", "The bombing of the old town is remembered every year.", ""},
		{"armed men storm", "Militants storm a hotel in the capital, killing 12 guests.", "Attack"},
		{"watchfulness", "Troops were told to maintain tight vigil along the border.", ""},
		{"armed men attack, in the present", "Militants attack a military convoy on the road north of Gao.", "Armed clash"},
		{"abduction in the present", "Armed bandits abduct 30 pupils from a boarding school in the north.", "Abduction/forced disappearance"},
		{"critics attack", "Analysts attack the government's budget plan.", ""},
		{"a gunman opens fire", "A gunman opens fire at a nightclub in the city centre.", "Attack"},
		{"bombers blow themselves up", "Two suicide bombers blow themselves up at a crowded market.", "Suicide bomb"},
		{"a verbless attack", "A truck bomb attack on a hotel in the capital.", "Remote explosive/landmine/IED"},
		{"a threat, not a bomb", "A bomb threat at the airport forced an evacuation.", ""},
		{"an attack in words", "An attack on free speech, the editor said.", ""},
		{"police for a match", "Police deployed 500 officers to secure the marathon on Sunday.", ""},
		{"fire opened in words", "He opens fire on his critics in a new book.", ""},
		{"a proposal shot down", "The senator shot down the proposal in committee.", ""},
		{"a drone that searches", "The police used a drone to find the missing hiker.", ""},
		{"a drone that bombs", "Militants used a drone to drop explosives on an army post, wounding two soldiers.", "Air/drone strike"},
		{"armed men accused of rape", "Militiamen were accused of raping 12 women during an attack on a camp in the west.", "Sexual violence"},
		{"rape charged in court", "Prosecutors told the court that soldiers were accused of raping women in the village.", ""},
		{"taken and unaccounted for", "Police detained a journalist in the capital on Friday; his whereabouts are still not known.", "Abduction/forced disappearance"},
		{"a fugitive caught", "Police arrested two suspects in the capital; their whereabouts had been unknown since May.", "Arrests"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if evs := x.Extract(tc.text, time.Time{}, "").Events; len(evs) > 0 {
				got = evs[0].SubEventType
			}
			if got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRecalledAttack checks that a text whose news is a court case, a
// charge sheet, a confession, an inquiry's finding, aid to victims or an
// official's reaction gives no event for the attack it recalls, while a
// text that reports a fresh attack and then recalls an old one keeps the
// fresh attack.
func TestRecalledAttack(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want string // sub-event types of the events, in order
	}{
		{"a fresh attack, then a trial",
			"Militants killed two policemen in Kohat on Monday. The group's chief is on trial for a 2011 bombing.",
			"Armed clash"},
		{"a trial alone",
			"The group's chief is on trial in Karachi for a bombing in the bazaar that killed 12 people.",
			""},
		{"force used on people protesting",
			"Demonstrators protesting against a dam were forcibly removed from a road blockade by police in Gilgit on Monday.",
			"Protest with intervention"},
		{"protesting a killing recalls it",
			"Hundreds of traders protesting the killing of a shopkeeper blocked the highway in Quetta on Monday.",
			"Peaceful protest"},
		{"prosecutors who tell of a killing",
			"Gunmen shot dead a local journalist outside his home in Quetta on Monday, prosecutors said.",
			"Attack"},
		{"defence counsel arguing about an arrest",
			"Defence counsel told the court in Quetta on Tuesday that his clients had been picked up from their homes by the police weeks earlier.",
			""},
		{"a defence counsel shot dead is news",
			"A defence counsel was shot dead by gunmen outside his home in Quetta on Tuesday.",
			"Attack"},
		{"prosecutors who charge a killer",
			"Prosecutors charged a man in Quetta on Monday with shooting dead a local journalist last year.",
			""},
		{"a charge sheet, then the bombs it says he made",
			"Investigators filed a charge sheet against the outfit's commander in Lahore on Tuesday. According to them, he made the bombs used in the attack on a Mumbai train.",
			""},
		{"a confession names a bomb planted",
			"The commander planted the bomb at the bus stand himself, according to the confessional statement of an accomplice.",
			""},
		{"a bench hearing a case about an attack",
			"A bench of the high court in Quetta was hearing the case of the attack on the court complex, which killed 40 lawyers.",
			""},
		{"a court's acquittal, then the murder cases elsewhere",
			"A court in Guwahati acquitted the rebel leader on Tuesday. The cases in which he was accused included the killing of three traders in Dibrugarh.",
			""},
		{"an incident named by its full date",
			"Police said the mastermind of the March 3, 2019, bombing of a shrine in Sehwan had fled abroad.",
			""},
		{"a man identified as the bomber",
			"Investigators have identified the man who planted the bomb at the Peshawar bus stand, which killed three people.",
			""},
		{"a victim named, then abducted, is news",
			"A trader identified as Ali Khan, who was abducted by gunmen in Kech on Monday, called his family.",
			"Abduction/forced disappearance"},
		{"aid to the victims of a known blast",
			"The district administration distributed compensation among the victims of the suicide blast in Parachinar. Cheques were given to the families of the 20 people who were killed in the blast.",
			""},
		{"a lead about a reaction, then the killing it follows",
			"Mobile internet was restored in the valley on Tuesday. It had been snapped following the killing of a rebel commander in a gunfight in the district.",
			""},
		{"a meeting within hours of an attack",
			"Within hours of the killing of nine soldiers in an ambush, the army chief and the prime minister held a meeting.",
			""},
		{"a letter of condolence",
			"The ambassador wrote to the president on Tuesday. It is with sadness that I learnt of the death of 80 cadets killed in a terrorist attack, he wrote.",
			""},
		{"charges framed for a killing",
			"A court in Kohat framed charges against six militants for killing a police officer and five constables in the town.",
			""},
		{"an inquiry's proof of involvement",
			"The minister said police have evidence which proves the group's involvement in Friday's violence that claimed 14 lives.",
			""},
		{"a hostage taken months ago",
			"The minister said on Tuesday the government would spare no effort to free a priest abducted nine months ago by militants.",
			""},
		{"a recovery, then the fight of another day that left the weapon",
			"Police recovered a grenade in Tral on May 7. The grenade was probably left during an encounter on April 19 in which two militants were killed.",
			"Disrupted weapons use"},
		{"an arrest, then the fight it took on the same day",
			"Police arrested three militants in a raid in Kech on May 7. Two policemen were injured in the exchange of fire on May 7.",
			"Armed clash"},
		{"a shutdown to mourn a rebel killed in an encounter",
			"Traders observed a shutdown in the old city on Tuesday to mourn the death of a rebel who was killed along with two associates in an encounter.",
			""},
		{"threats over help to the families of the dead",
			"The rebels threatened an actor for extending financial help to families of 12 soldiers who were killed in an ambush in the district.",
			""},
		{"an arrest over a killing, then how it was done",
			"Police arrested a man in Chittagong on Tuesday over the killing of three people in a blast on April 23. They hurled a grenade during the robbery and the explosion killed a manager.",
			"Arrests"},
		{"a hostage taken a year ago",
			"The 39 workers held hostage by the militants over a year ago are safe, the minister said on Tuesday.",
			""},
		{"history, then the toll of the operation it names",
			"The group threatened the former ruler on Monday. He ordered troops in 2007 to storm the mosque. The operation left more than 100 people dead.",
			""},
		{"a speech, then an attack it gives as an example",
			"The ambassador said on Tuesday that his country stands with India. Japan is also a victim of terrorist attacks, he said. Seven tourists from Japan were killed in an attack on a cafe in Dhaka in that country.",
			""},
		{"a statement, then its content",
			"The military's media wing issued a statement on Tuesday. Security forces killed four terrorists in Tank district, it said.",
			"Armed clash"},
		{"a surrender, then a deed dated by its year alone",
			"Four rebels surrendered to the police in Sibi on Tuesday. They were part of the team which attacked an outpost in Kohlu in 2002 in which eight policemen were killed.",
			"Agreement"},
		{"an arrest, then the encounter the suspect fled after",
			"Police arrested a militant commander in Lahore on Tuesday. His brother fled the country after the Batla House encounter, in which two militants were killed.",
			"Arrests"},
		{"a fresh attack in another town under an arrest lead",
			"Police arrested two suspects in Quetta on Tuesday. Later, gunmen attacked a police station in Pishin, killing a constable.",
			"Arrests,Armed clash"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(tc.text, published, "").Events {
				got = append(got, e.SubEventType)
			}
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestRecalledWording checks the phrasings that mark a sentence as telling
// of deeds before the story's news.
func TestRecalledWording(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The cases in which he was accused included the killing of three traders.", true},
		{"He played a key role in procuring explosives used in the attack.", true},
		{"The services were snapped following the killing of the commander.", true},
		{"Cheques were given to the families of those killed.", true},
		{"He was referring to the attack on a cafe in which 29 people were killed.", true},
		{"For example, seven tourists were killed in the attack on a cafe.", true},
		{"They attacked the outpost in 2002, killing eight policemen.", true},
		{"The workers were shot dead in March 2015.", true},
		{"The suspect fled after the Batla House encounter.", true},
		{"Gunmen shot dead two traders in the bazaar on Monday.", false},
		{"Militants attacked a check post after the convoy passed.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		if got := recalled(toks); got != tc.want {
			t.Errorf("recalled(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestProtestsHeld checks protests told with a verb of their own ("observed
// a strike", a deed done "in protest") against strikes only called and
// deeds of another kind done in protest, and that the deaths a protest is
// against are not its toll.
func TestProtestsHeld(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: sub-event type and fatalities of each event
	}{
		{"a strike observed",
			"On 8 August 2024, traders observed a shutter-down strike in Turbat against the closure of the border.", "Peaceful protest/0"},
		{"a strike to be observed",
			"On 8 August 2024, traders said they would observe a shutter-down strike in Turbat next week.", ""},
		{"courts boycotted in protest, the killing protested is not the protest's toll",
			"On 5 June 2024, lawyers boycotted the courts in Quetta in protest against the killing of a colleague.", "Peaceful protest/0"},
		{"shops kept closed in protest",
			"On 2 May 2025, traders in Wana kept their shops closed in protest against the murder of two shopkeepers.", "Peaceful protest/0"},
		{"a strike called for a later day in protest",
			"On 2 May 2025, the party called for a shutter-down strike in Quetta on 4 May in protest against price rises.", ""},
		{"a resignation in protest",
			"On 2 May 2025, the minister resigned in protest against the budget in Quetta.", ""},
		{"a killing told with a month named March is the killing's toll",
			"Gunmen shot down an aircraft over Kech on 30 March 2000, killing at least 40 people.", "Attack/40"},
		{"a case registered over a killing names no protest",
			"On 2 May 2025, gunmen shot dead two labourers in Turbat. Police registered a case over the killing of the two labourers.", "Attack/2"},
		{"the kin of a man killed before protest, and his death is not the protest's",
			"Families of a shopkeeper killed in a firing incident last month staged a sit-in outside the press club in Kulgam on 6 May 2025, demanding justice.", "Peaceful protest/0"},
		{"a protest against plans: the plan is its grievance, not a hypothetical",
			"On 19 September 2024, young doctors protested in front of the Civil Hospital in Quetta against plans to outsource government hospitals.", "Peaceful protest/0"},
		{"a protest held with a warning of what would follow",
			"On 3 May 2024, traders protested in Chaman against the new visa rules, warning that the border trade would collapse.", "Peaceful protest/0"},
		{"an objection in the perfect with a warning is no protest held",
			"Health care providers have protested longer detention periods for migrants, warning that children would face more serious health risks.", ""},
		{"a protest planned is still to come",
			"On 19 September 2024, young doctors in Quetta said they planned to protest against the outsourcing of hospitals.", ""},
		{"a march against a death in custody: custody is no arrest told before the sit-in",
			"On 6 December 2023, participants of the long march against the killing of a young man in CTD custody staged a sit-in in Turbat city.", "Peaceful protest/0"},
		{"a sit-in after an arrest told first is the arrest's circumstance",
			"On 6 December 2023, police arrested three activists who were taken into custody at a sit-in in Turbat city.", "Arrests/0"},
		{"a protest told beside a new killing keeps the killing's toll",
			"Gunmen shot dead a shopkeeper in Kulgam on 6 May 2025, after which his family staged a protest on the highway.", "Attack/1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRivalTolls checks that of two tolls one sentence gives from two
// sources the lower stands, and that a clause giving another kind of
// casualty, or one with no source of its own, is no rival toll.
func TestRivalTolls(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		killed     int
	}{
		{"other sources higher",
			"On 23 June 2025, armed men attacked coal miners near Quetta. At least five miners were killed, while other sources put the death toll at eight.", 5},
		{"a toll of people with its sides, hospital higher",
			"On 30 September 2025, a bomb exploded in Quetta. At least ten people, including two policemen, were killed, while hospital officials put the toll at twelve.", 10},
		{"the second source lower",
			"On 12 October 2024, gunmen opened fire on a convoy near Parachinar. Officials said 15 people were killed, whereas hospital sources said 11 people had died.", 11},
		{"the injured after while, no source of their own",
			"On 12 October 2024, gunmen opened fire on a convoy near Parachinar. Two soldiers were killed while three were injured, police said.", 2},
		{"the other side's dead after while",
			"On 12 October 2024, militants attacked a post in Kech. Four soldiers were killed while three militants also died in the exchange of fire.", 7},
		{"officials confirmed fewer",
			"On 2 March 2024, BLF militants attacked an FC camp in Awaran. The BLF claimed that eight soldiers were killed, while officials confirmed the death of three.", 3},
		{"officials confirmed fewer after a semicolon",
			"On 2 March 2024, BLF militants attacked an FC camp in Awaran. The BLF claimed that eight soldiers were killed; officials confirmed three soldiers were killed.", 3},
		{"officials confirmed fewer deaths after a semicolon",
			"On 2 March 2024, BLF militants attacked an FC camp in Awaran. The BLF claimed that eight soldiers were killed; officials confirmed three deaths.", 3},
		{"a toll revised after a semicolon is no rival: the later count stands",
			"On 2 March 2024, three bombs exploded at a market in Quetta. Officials initially counted 30 dead; the following day they said 54 people had died.", 54},
		{"the claimant went on to say",
			"On 2 March 2024, militants attacked an FC camp in Awaran. Three soldiers were killed, officials said. The BLA claimed responsibility and said nine personnel had been killed.", 3},
		{"the police, not the claimant, said",
			"On 2 March 2024, militants attacked an FC camp in Awaran. The BLA claimed responsibility, and police said three soldiers were killed.", 3},
		{"a claim of the other side's dead adds to the plain toll",
			"On 4 May 2024, two policemen were killed in an encounter with Maoists in Giridih. Police claimed that six Maoists were also killed, but their comrades carried the bodies away.", 8},
		{"a claim of the same side's dead yields to the plain toll",
			"On 4 May 2024, two policemen were killed in an encounter with Maoists in Giridih. The Maoists claimed that nine policemen were killed.", 2},
		{"a claim of people killed yields to the plain toll of any side",
			"On 4 May 2024, two policemen were killed in an encounter with Maoists in Giridih. The Maoists claimed that nine people were killed.", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, time.Time{}, "")
			if len(out.Events) == 0 || out.Events[0].Fatalities == nil {
				t.Fatalf("no event with a toll: %+v", out.Events)
			}
			if got := *out.Events[0].Fatalities; got != tc.killed {
				t.Errorf("fatalities %d, want %d", got, tc.killed)
			}
		})
	}
}

// TestSameDaySecondDeed checks that a deed told as another of the same
// day opens an event of its own, while a toll of the same day stays with
// its incident.
func TestSameDaySecondDeed(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: sub-event type and fatalities of each event
	}{
		{"a second attack the same day",
			"On 5 May 2024, militants attacked a police station in Buleda, Kech. The same day, militants also fired rockets at an FC camp in Tump, injuring one soldier.",
			"Armed clash/0,Shelling/artillery/missile attack/0"},
		{"later that day",
			"On 5 May 2024, gunmen shot dead a shopkeeper in Turbat. Later that day, a grenade was hurled at a bank in Turbat, injuring two guards.",
			"Attack/1,Grenade/0"},
		{"the toll of the same day",
			"On 5 May 2024, a bomb exploded in a market in Quetta, killing four people. The same day, the death toll rose to seven.",
			"Remote explosive/landmine/IED/7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// typesAndTolls renders the events of text as "sub-event type/fatalities",
// comma-separated.
func typesAndTolls(x *Extractor, text string) string {
	var got []string
	for _, e := range x.Extract(text, time.Time{}, "").Events {
		f := 0
		if e.Fatalities != nil {
			f = *e.Fatalities
		}
		got = append(got, fmt.Sprintf("%s/%d", e.SubEventType, f))
	}
	return strings.Join(got, ",")
}

// TestDeedsToldOtherwise checks that a deed told in the present, as
// going on, or of one person with no count opens an event, and that a
// close sentence that tells no deed (a plan, a call, a habit, a
// hypothetical, an anniversary) still opens none.
func TestDeedsToldOtherwise(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: sub-event type and fatalities of each event
	}{
		// Boycotts and smashing told as done.
		{"lawyers boycotted court sessions",
			"Lawyers in Quetta boycotted court sessions on Thursday to press for the release of a colleague held by police.", "Peaceful protest/0"},
		{"a boycott only called for",
			"The bar council called on lawyers to boycott court sessions next week.", ""},
		{"vandals smashed windows",
			"Vandals smashed the windows of a shrine in Multan and daubed graffiti on its walls, police said.", "Looting/property destruction/0"},
		// A protest verb in the present after a plural subject, in a
		// text's lead.
		{"growers protest in a dateline lead",
			"SUCRE — Quinoa growers protest in Sucre against a new export tax.", "Peaceful protest/0"},
		{"teachers strike over pay",
			"Teachers strike in Mombasa over unpaid allowances.", "Peaceful protest/0"},
		{"thousands rally",
			"Thousands rally in Dhaka demanding safer roads after a student's death.", "Peaceful protest/0"},
		{"a strike planned",
			"Teachers plan to strike in Mombasa next week over unpaid allowances.", ""},
		{"a protest called for",
			"The union called on dock workers to protest outside the port authority.", ""},
		{"a strike as a habit",
			"Teachers often strike in Mombasa when allowances are late.", ""},
		{"a strike threatened",
			"Teachers will strike in Mombasa if allowances are not paid.", ""},
		{"a deal struck",
			"Exporters strike a deal with the ministry in Sucre.", ""},
		// Protests told with other forms.
		{"an office picketed",
			"Hundreds of cotton farmers picketed the district office in Multan on Monday.", "Peaceful protest/0"},
		{"protesting now",
			"Nurses are protesting outside the provincial assembly in Peshawar against unpaid salaries.", "Peaceful protest/0"},
		{"protesting since Monday",
			"Students have been protesting in Lahore since Monday against the fee increase.", "Peaceful protest/0"},
		{"a protest continued",
			"Traders continued their protest in Chaman for the fifth day on Wednesday.", "Peaceful protest/0"},
		{"a protest to continue",
			"Traders said they would continue their protest in Chaman until the border reopens.", ""},
		{"a ban continued",
			"The ban on protests in Chaman continued on Wednesday.", ""},
		{"a guard intensified",
			"The army has intensified its vigil along the border near Chaman.", ""},
		{"protesting yet to come",
			"Nurses will be protesting outside the provincial assembly in Peshawar next week.", ""},
		// Fighting told as going on.
		{"fire exchanged since dawn",
			"Afghan and Pakistani troops have been exchanging fire near Chaman since dawn, officials said.", "Armed clash/0"},
		{"fighting continued for a third day",
			"Fighting between the army and the rebels in Khost continued for a third day on Tuesday.", "Armed clash/0"},
		{"clashes raged",
			"Clashes raged between rival militias in the southern suburbs of Tripoli on Sunday.", "Armed clash/0"},
		{"sides clash in a lead",
			"Troops and insurgents clash near Kohlu, three soldiers killed.", "Armed clash/3"},
		{"sides exchange fire in a dateline lead",
			"ZHOB: Security forces, militants exchange fire near the Afghan border.", "Armed clash/0"},
		{"egos clash",
			"Ministers and advisers clash over the budget in Islamabad.", ""},
		{"sides that often clash",
			"Troops and insurgents often clash in the hills of Kohlu.", ""},
		{"a war of years",
			"The army has been fighting the insurgents in the mountains for years.", ""},
		{"fighting feared to continue",
			"Aid groups fear the fighting around Khost will continue into the winter.", ""},
		{"a legal battle",
			"The legal battle over the land in Khost continued on Tuesday.", ""},
		{"fighting for rights",
			"The miners are fighting for better wages in Quetta.", ""},
		// An arrest of one person with no count.
		{"a lawyer detained",
			"Police detained a prominent human rights lawyer in Islamabad on Tuesday.", "Arrests/0"},
		{"a leader named and arrested",
			"Police arrested opposition leader Karim Baksh in Karachi on Friday.", "Arrests/0"},
		{"a journalist detained, told in the passive",
			"A local journalist was detained at the airport in Quetta on Friday.", "Arrests/0"},
		{"an arrest ordered",
			"The court ordered the arrest of the former minister in Lahore.", ""},
		{"an arrest sought",
			"The family asked police to arrest the landlord in Multan.", ""},
		{"an arrest recalled in a relative clause",
			"Police said Karim, who has been detained since Monday, named two accomplices in Multan.", ""},
		{"arrests as a habit",
			"Officers said that when they are arrested, couriers of the gang usually name their handlers in Multan.", ""},
		{"nobody arrested yet",
			"Police have not arrested the killers of the trader in Multan.", ""},
		{"an adjective",
			"Relatives of the detained lawyer gathered in Islamabad to demand his release.", "Peaceful protest/0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRestatedCount checks that a definite count naming again the people
// a sentence before counted stays in that event though it gives another
// day, while a count of other things, or a deed told as another, opens
// its own; and that bodies found are dated by the killing the text tells.
func TestRestatedCount(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: sub-event type and fatalities of each event
		day              string // the first event's date
	}{
		{"the three, killed the day before",
			"Security forces recovered the bodies of three cadres in Kanker on 14 July 2023. Police said the three were killed on 13 July 2023 in an encounter with a rival group.",
			"Armed clash/3", "2023-07-13"},
		{"both, abducted the day before",
			"Gunmen shot dead two labourers in Turbat on 5 May 2024. Both had been abducted from a construction site on 4 May 2024.",
			"Attack/2,Abduction/forced disappearance/0", "2024-05-05"},
		{"the two check posts of another day",
			"Gunmen shot dead two labourers in Turbat on 5 May 2024. On 7 May 2024, militants attacked the two check posts in Turbat with rockets.",
			"Attack/2,Shelling/artillery/missile attack/0", "2024-05-05"},
		{"another attack counted alike",
			"Gunmen shot dead two labourers in Turbat on 5 May 2024. In another incident on 6 May 2024, the two sons of a trader were shot dead in Turbat.",
			"Attack/2,Attack/2", "2024-05-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
			evs := x.Extract(tc.text, time.Time{}, "").Events
			if len(evs) == 0 || evs[0].EventDate == nil || *evs[0].EventDate != tc.day {
				t.Errorf("Extract(%q): first event not dated %s", tc.text, tc.day)
			}
		})
	}
}

// TestAftermathAndRecall checks that a story about what followed an
// incident (a funeral, a tribute, relief paid, a victim discharged or
// named, remains exhumed), a statement that names a deed only about
// people it has named with "the", a deed dated by its year beside the
// day of the telling, a hoax or a blast said to be no attack opens no
// event, and that a new deed told beside such words still does.
func TestAftermathAndRecall(t *testing.T) {
	x := extractor(t)
	published := time.Date(2022, 10, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string // want: the sub-event types of the events, in order
	}{
		{"a funeral for one shot before",
			"Hundreds attended the funeral of the teacher who was shot dead by gunmen in Turbat on Monday.", ""},
		{"a funeral attacked",
			"A suicide bomber blew himself up at the funeral of a tribal elder in Bajaur on Monday, killing 12 mourners.", "Suicide bomb"},
		{"funeral prayers for the dead of yesterday's attack",
			"Funeral prayers of the three policemen killed in yesterday's attack in Tank were offered on Tuesday.", ""},
		{"the bodies of the dead of a blast flown home after a wreath-laying ceremony",
			"The bodies of the four soldiers killed in the landmine blast in Kohlu on Sunday were flown home on Monday after a wreath-laying ceremony at the garrison.", ""},
		{"a blast at a wreath-laying ceremony",
			"A bomb exploded at a wreath-laying ceremony for a slain police officer in Quetta on Monday, killing three policemen.", "Remote explosive/landmine/IED"},
		{"a meeting in the wake of a blast told before, its name in brackets",
			"Separately, in the wake of the improvised explosive device (IED) blast at Kohlu on March 3, the Chief Minister chaired a high level meeting in Quetta on March 5 to review the security situation.", ""},
		{"the government's word a day after an operation told before",
			"One day after three commanders of the banned Balochistan Liberation Army (BLA) were killed in a major operation in the Kech District on May 10, the Government on May 11 defended the deployment of troops in the area.", ""},
		{"a new attack a day after an operation told before",
			"One day after three commanders of the banned Balochistan Liberation Army (BLA) were killed in a major operation in the Kech District on May 10, militants of the BLA attacked a Frontier Corps (FC) post in Turbat on May 11, killing two soldiers.", "Armed clash"},
		{"a captive found dead two days after being abducted",
			"Two days after being abducted from his shop in Kech on May 2, a trader was found shot dead on May 4.", "Attack"},
		{"mourners shot on the way",
			"Gunmen opened fire on mourners returning from the funeral of a policeman in Tank on Tuesday, killing two.", "Attack"},
		{"relief for the families of the dead",
			"The government announced compensation for the families of the four labourers killed in the landmine blast in Kohlu.", ""},
		{"tributes to the dead of a named attack",
			"Residents paid tributes on Friday to the soldiers who were killed in the Zhob garrison attack.", ""},
		{"the injured visited",
			"The governor visited the hospital on Monday and inquired after the health of the policemen injured in the suicide attack on the convoy.", ""},
		{"a victim discharged",
			"The girl who was injured when gunmen fired on her school van was discharged from hospital on Monday.", ""},
		{"a victim named, then abducted, is news",
			"A trader identified as Aslam, who was abducted by gunmen in Kech on Monday, called his family.", "Abduction/forced disappearance"},
		{"the dead identified",
			"Officials said on Friday that the nine passengers killed in the attack on the coach had been identified.", ""},
		{"the dead identified, their bodies handed over",
			"Officials said the nine labourers killed in the attack in Kech had been identified and their bodies handed over to their families.", ""},
		{"remains of one abducted long ago",
			"Remains of a teacher who was abducted and killed by the rebels in 1998 were exhumed on 8 August.", ""},
		{"a statement about troopers killed before",
			"The rebels knew the route of the six troopers, who were killed in a blast in Kohlu on 3 October, the police chief said on Tuesday.", ""},
		{"a statement that tells a killing",
			"Rebels killed at least 12 villagers in a raid on a village in Kohlu on Monday, a local official said.", "Attack"},
		{"an ambush dated by its year, in a speech dated by its day",
			"The minister said on 9 October that the ambush on a patrol in Kohlu in 2015, which left nine soldiers dead, would not be forgotten.", ""},
		{"a ransom paid for women kidnapped years before",
			"The government paid a ransom in March 2020 for the release of two women kidnapped in Kech in March 2018.", ""},
		{"a murder solved, told last year",
			"Police said on Monday they had cracked the murder of a councillor who was shot dead in Quetta in August last year.", ""},
		{"a relative clause in the past perfect",
			"The army said on Monday that the three militants who had attacked the camp were still hiding in the forest near Kohlu.", ""},
		{"a relative clause dated last week",
			"Search operations around the airbase, which was attacked by militants last week, were completed on Monday.", ""},
		{"a relative clause dated by its month alone",
			"A trader, who was kidnapped from Quetta in January, was freed on 2 March 2024, his family said.", ""},
		{"a relative clause dated by its day",
			"Two labourers, who were kidnapped from a road project in Kech on 2 March 2024, have not been traced.", "Abduction/forced disappearance"},
		{"a killing as the goal of an operation that goes on",
			"The army chief said in Peshawar on 2 March 2024 that the operation would go on until the last militant was killed.", ""},
		{"a killing as the goal of a vow",
			"A spokesman of the militants said in Kech on 2 March 2024 that they had vowed to fight till every soldier was killed.", ""},
		{"a fight that went on until men were killed",
			"The gunfight in Kech on 2 March 2024 went on until two militants were killed.", "Armed clash"},
		{"a past perfect before the deed",
			"A commander who had surrendered in 2012 was shot dead by gunmen near his house in Sopore on Thursday.", "Attack"},
		{"an attack named at length before its toll",
			"Security was tightened on Monday after attack on an army convoy last week in the Pampore area of Pulwama district in which three soldiers were killed.", ""},
		{"a hoax",
			"A call claiming a bomb had been planted at the Quetta airport proved to be a hoax, police said on Monday.", ""},
		{"a cylinder blast",
			"Three people were injured when a gas cylinder exploded at a shop in Quetta on Monday.", ""},
		{"no act of terrorism",
			"Police said the blast that hurt two men at a scrap shop in Quetta on Monday was not an act of terrorism.", ""},
		{"terrorism not ruled out",
			"A blast injured two men at a shop in Quetta on Monday, and police did not rule out terrorism.", "Remote explosive/landmine/IED"},
		{"a death sentence upheld",
			"The Supreme Court on Monday upheld the death sentence of a man convicted of killing a judge in Quetta.", ""},
		{"surrendered militants paid",
			"The government paid 18 surrendered militants a grant under its rehabilitation policy on Monday.", ""},
		{"militants surrendered",
			"Eighteen militants surrendered before the police in Kohlu on Monday.", "Agreement"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, published, "")
			var got []string
			for _, ev := range out.Events {
				got = append(got, ev.SubEventType)
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, strings.Join(got, "|"), tc.want)
			}
		})
	}
}

// TestReducedRelative checks the participle told of a noun ("the miners
// killed in Mach") against the deed told of its doers.
func TestReducedRelative(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"the miners killed in Mach were buried", "killed", true},
		{"a manager abducted by rebels was found", "abducted", true},
		{"militants killed two soldiers in Mach", "killed", false},
		{"two soldiers were killed in Mach", "killed", false},
		{"a soldier was also killed in the clash", "killed", false},
		{"rebels killed at least 40 villagers", "killed", false},
		{"two children were among those killed in the blast", "killed", false},
	}
	for _, tc := range tests {
		toks, at := tokensAt(tc.text, tc.trigger)
		if got := reducedRelative(toks, at); got != tc.want {
			t.Errorf("reducedRelative(%q, %q) = %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestDatedParticiple checks that a participle qualifying a noun and dated
// before the news recalls its deed ("the relatives of a youth killed in
// firing last week"), and that one with no such date, or a deed done by
// a subject, stays the news.
func TestDatedParticiple(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"relatives of a youth killed in firing last week staged a sit-in", "killed", true},
		{"a policeman injured in a blast three days ago died in hospital", "injured", true},
		{"a policeman injured in a blast in Kulgam died in hospital", "injured", false},
		{"militants killed a youth in firing last week", "killed", false},
	}
	for _, tc := range tests {
		toks, at := tokensAt(tc.text, tc.trigger)
		if got := pastReference(toks, at); got != tc.want {
			t.Errorf("pastReference(%q, %q) = %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// tokensAt splits text into tokens and returns the index of the first
// token that is word (lower case), or -1.
func tokensAt(text, word string) ([]lex.Token, int) {
	toks := lex.Tokens(text, 0, len(text))
	for i, tk := range toks {
		if tk.Lower == word {
			return toks, i
		}
	}
	return toks, -1
}

// TestAttackToldOtherwise checks that deeds told in a participle, by a
// mine stepped on, by explosives used to damage, or with a prosecutor as
// the victim open an event, that a sentence opening on another place
// ("In Manipur, ...") opens an incident of its own, and that the close
// phrasings that tell no new deed open none.
func TestAttackToldOtherwise(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string // want: sub-event type and fatalities of each event
	}{
		{"a mine stepped on",
			"A shepherd lost a leg when he stepped on a landmine in the Shawal valley of North Waziristan on 2 March 2024.",
			"Remote explosive/landmine/IED/0"},
		{"a blast told by the train it derailed",
			"An explosion derailed five bogies of a passenger train near Sibi on 2 March 2024, injuring several passengers.",
			"Remote explosive/landmine/IED/0"},
		{"a train derailed with no blast",
			"A passenger train derailed near Sibi on 2 March 2024 after a rail broke, injuring four passengers.",
			""},
		{"an attack that derailed talks",
			"The suicide attack in Quetta on 2 March 2024 derailed the peace talks between the two sides.",
			""},
		{"security stepped up after an attack",
			"Police stepped up security in Quetta on 2 March 2024 after the attack on the market.",
			""},
		{"explosives used to damage",
			"Militants damaged a bridge on the highway with explosives near Sibi on 2 March 2024.",
			"Remote explosive/landmine/IED/0"},
		{"a participle of firing",
			"Troops violated the ceasefire in Poonch on 2 March 2024, firing mortar shells on villages.",
			"Shelling/artillery/missile attack/0"},
		{"a participle of protest",
			"The party called a strike in Dhaka on 2 March 2024, protesting a court verdict.",
			""},
		{"a participle that fires at nothing",
			"The Spaniard battled past his rival in Paris on 2 March 2024, firing 14 aces.",
			""},
		{"firing as a noun",
			"The firing on the border posts in Poonch was condemned by the minister on 2 March 2024.",
			""},
		{"a prosecutor shot dead",
			"Gunmen shot dead a prosecutor in Lashkar Gah on 2 March 2024.",
			"Attack/1"},
		{"a prosecutor shot dead, in the passive",
			"A former prosecutor of the republic was shot dead by gunmen in Herat on 2 March 2024.",
			"Attack/1"},
		{"prosecutors wounded, in the passive",
			"Two prosecutors were wounded in a blast outside the court in Quetta on 2 March 2024.",
			"Remote explosive/landmine/IED/0"},
		{"a prosecutor named by the blast's participle",
			"A magnetic bomb attached to a car exploded in Herat on 2 March 2024, killing a prosecutor and his driver.",
			"Remote explosive/landmine/IED/2"},
		{"a prosecutor who tells of a killing before",
			"The prosecutor told the court on 2 March 2024 that the accused was seen near the house where two men were shot dead.",
			""},
		{"another place, another incident",
			"Militants shot dead two villagers in Kokrajhar on 2 March 2024. In Manipur, a bomb exploded near a minister's house.",
			"Attack/2,Remote explosive/landmine/IED/0"},
		{"arson in another place",
			"A blast killed two soldiers in Kech on 2 March 2024. In Balochistan, militants set fire to three trucks near Sibi.",
			"Remote explosive/landmine/IED/2,Looting/property destruction/0"},
		{"the same place named again",
			"A bomb exploded in Quetta's Satellite Town on 2 March 2024. In Quetta, the blast injured six more people.",
			"Remote explosive/landmine/IED/0"},
		{"gunfire after a blast",
			"An IED went off near a police van in Quetta on 2 March 2024, killing a constable. Soon after, gunmen opened fire on the policemen and a gunfight went on for an hour.",
			"Remote explosive/landmine/IED/1,Armed clash/0"},
		{"gunfire following the blast",
			"A constable was injured when a pressure bomb exploded near Bijapur on 2 March 2024. Following the blast, the Maoists opened fire on the patrol.",
			"Remote explosive/landmine/IED/0,Armed clash/0"},
		{"shots that go on with the ambush",
			"Seven soldiers were killed when rebels blew up their vehicle with a landmine near Sibi on 2 March 2024. The rebels then fired on the survivors, injuring two more.",
			"Remote explosive/landmine/IED/7"},
		{"shots by gunmen brought in anew after a blast",
			"A bomb went off near a police van in Quetta on 2 March 2024, killing a constable. Unidentified gunmen then opened fire on the people who gathered at the site, injuring four.",
			"Remote explosive/landmine/IED/1,Attack/0"},
		{"shots by the same men after a blast",
			"A bomb went off near a police van in Quetta on 2 March 2024, killing a constable. They then opened fire on the people who gathered at the site, injuring four.",
			"Remote explosive/landmine/IED/1"},
		{"a fight later, after a suicide blast",
			"A suicide bomber blew himself up near the consulate in Jalalabad on 2 March 2024, killing three policemen. Security forces later exchanged fire with gunmen holed up in a house nearby.",
			"Suicide bomb/4,Armed clash/0"},
		{"the wounded who later died",
			"A suicide bomber blew himself up near the consulate in Jalalabad on 2 March 2024, killing three policemen. Two of the wounded later died in hospital.",
			"Suicide bomb/6"},
		{"a fight that followed rockets",
			"Militants fired seven rockets at an FC base in Miranshah on 2 March 2024. The rocket attack was followed by an exchange of fire between troops and militants.",
			"Shelling/artillery/missile attack/0,Armed clash/0"},
		{"a fight that followed a blast",
			"A soldier was injured in a pressure bomb blast near Sukma on 2 March 2024. An exchange of fire followed between the troops and the Maoists.",
			"Remote explosive/landmine/IED/0,Armed clash/0"},
		{"a search after a blast",
			"A soldier was injured in a pressure bomb blast near Sukma on 2 March 2024. Soon after the explosion, a combing operation was launched in the area.",
			"Remote explosive/landmine/IED/0"},
		{"firing with no word of sequence",
			"An IED went off near a police van in Quetta on 2 March 2024. Gunmen opened fire on the policemen, killing a constable.",
			"Remote explosive/landmine/IED/1"},
		{"firing followed by shelling is no fight that followed",
			"Troops violated the ceasefire in Poonch on 2 March 2024, resorting to firing followed by mortar shelling for an hour.",
			""},
		{"firing in a cordon",
			"Security forces cordoned off a village in Ganderbal on 2 March 2024 after a tip-off about militants. As the search went on, militants opened fire on the police, leading to a brief encounter.",
			"Armed clash/0"},
		{"a cordon, then a blast recalled",
			"Police cordoned off the market in Quetta on 2 March 2024 for the minister's visit. A bomb killed four people there in 2019.",
			""},
		{"another place that only condemns",
			"Gunmen killed a soldier in Kech on 2 March 2024. In Quetta, the chief minister condemned the attack.",
			"Armed clash/1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCordonLead checks that a lead of forces cordoning off a place counts
// as setting up an operation only when it names whom they are after.
func TestCordonLead(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Security forces cordoned off a village in Ganderbal after a tip-off about militants.", true},
		{"Police launched a search for the rebels in the hills near Sibi.", true},
		{"Police cordoned off the market in Quetta for the minister's visit.", false},
		{"Militants shot dead a policeman in Pulwama.", false},
	}
	for _, tc := range tests {
		if got := cordonLead(lex.Split(tc.text)[0].Toks); got != tc.want {
			t.Errorf("cordonLead(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestGroundTaken checks that ground told taken by "fell to" or "taken
// over" opens an event, and that the same words said of other things do
// not.
func TestGroundTaken(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"The district of Yamgan fell to the Taliban on Monday.", "Non-state actor overtakes territory/0"},
		{"The Taliban have taken over several villages in Kunduz province, officials said.", "Non-state actor overtakes territory/0"},
		{"Prices fell to a new low in Kunduz on Monday.", ""},
		{"The Taliban have taken over the running of schools in Kunduz.", ""},
		// A place of the gazetteer taken is ground taken.
		{"The Taliban captured Kunduz on Sunday.", "Non-state actor overtakes territory/0"},
		{"The army recaptured Kunduz from the Taliban on Sunday.", "Government regains territory/0"},
		{"Police captured a Taliban commander in Kunduz on Sunday.", "Arrests/0"},
	})
}

// TestAcidThrown checks that acid thrown on people is an attack whether
// or not a count of the hurt is told, and that acid attacks named as a
// kind are none.
func TestAcidThrown(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Two men on a motorcycle threw acid on two schoolgirls in Quetta on Monday.", "Attack/0"},
		{"The assembly passed a law against acid attacks on Monday.", ""},
	})
}

// textWant is a text and the sub-event types and tolls of the events it
// should give (typesAndTolls).
type textWant struct{ text, want string }

// namedTextWant is a textWant with a name that says what the case shows;
// want is the sub-event type and fatalities of each event.
type namedTextWant struct{ name, text, want string }

// checkNamedTypesAndTolls checks the events each named text gives.
func checkNamedTypesAndTolls(t *testing.T, cases []namedTextWant) {
	t.Helper()
	x := extractor(t)
	for _, tc := range cases {
		if got := typesAndTolls(x, tc.text); got != tc.want {
			t.Errorf("%s: Extract(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// checkTypesAndTolls checks the events each text gives.
func checkTypesAndTolls(t *testing.T, cases []textWant) {
	t.Helper()
	x := extractor(t)
	for _, tc := range cases {
		if got := typesAndTolls(x, tc.text); got != tc.want {
			t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRelicAndFireOpened checks two phrasings SATP's summaries use: a
// bomb left long ago that goes off now is a new blast (not a sentence of
// background), while a deed dated long ago stays background; and fire
// opened with words between verb and noun ("opened small arms fire")
// makes the fire returned next the rest of that fight, while a lead that
// names no fire leaves later fighting as background.
func TestRelicAndFireOpened(t *testing.T) {
	tests := []namedTextWant{
		{"a relic goes off",
			"A CRPF jawan was killed when a pressure IED planted by Maoists years ago went off in Bijapur District on February 2.",
			"Remote explosive/landmine/IED/1"},
		{"a mine laid decades ago",
			"Two farmers were injured when a landmine laid decades ago exploded in a field in Kilinochchi on May 4.",
			"Remote explosive/landmine/IED/0"},
		{"a blast told as long ago",
			"Two farmers were injured in a landmine blast years ago, the minister recalled.",
			""},
		{"small arms fire opened, fire returned",
			"Pakistani troops opened small arms fire on Indian posts along the International Border in the Arnia sector of Jammu District on October 3. The BSF returned fire; there was no loss of life.",
			"Armed clash/0"},
		{"a visit, then fire returned",
			"The Home Minister visited forward posts in the Arnia sector of Jammu District on October 3. The BSF had returned fire there last week.",
			""},
	}
	checkNamedTypesAndTolls(t, tests)
}

// TestDeedAfterQuietLead checks that under a lead that names no violence
// a deed told as what came next, or told just after the lead with a day
// of its own, opens an event, while a deed recalled there (in a relative
// clause, under a negation, as the cause of what the sentence tells, or
// dated before) stays background; and that bail that only says when a
// man was free, unlike a court's remand, silences nothing.
func TestDeedAfterQuietLead(t *testing.T) {
	tests := []namedTextWant{
		{"the militants later opened fire",
			"Armed miscreants entered a cold storage in Dimapur District on September 18 and served a tax slip on the owner. The militants later opened fire when their demand was not met.",
			"Attack/0"},
		{"a deed with its own day after a scene-setting lead",
			"With the village council polls drawing close, tension has been growing in Tripura. Two IPFT workers kidnapped a CPI-M worker from Barkathal in Khowai District on February 2.",
			"Abduction/forced disappearance/0"},
		{"who abducted them, not known",
			"The government paid a ransom to secure the release of two students. On March 28 they said they did not know who abducted them.",
			""},
		{"the cause of unrest, last week",
			"The district is under security cover. The SP on June 3 said violence erupted after activists attacked a construction site in Byrnihat last week.",
			""},
		{"killed soon after release on bail",
			"A gang leader, Hemayet Hossain, was shot dead by three assailants at the Jessore jail gate on June 20 soon after his release on bail.",
			"Attack/1"},
		{"remanded by a court",
			"The Colombo High Court on September 20 remanded five suspects arrested in connection with the Easter Sunday bombings.",
			""},
	}
	checkNamedTypesAndTolls(t, tests)
}

// TestDeedToBeDone checks that a deed told as planned, threatened or
// expected ("was threatened to be attacked", "were to be ambushed")
// opens no event, while the deed done, or an injury "said to be"
// serious, still does.
func TestDeedToBeDone(t *testing.T) {
	tests := []namedTextWant{
		{"threatened to be attacked",
			"A party leader in Dhanusha was threatened to be attacked by an unidentified armed group on January 28.",
			""},
		{"attacked",
			"A party leader in Dhanusha was attacked by an unidentified armed group on January 28.",
			"Attack/0"},
		{"were to be ambushed",
			"Police said the convoys that were to be ambushed by the militants in Kupwara District on May 3 changed their route.",
			""},
	}
	checkNamedTypesAndTolls(t, tests)
}

// TestFightAfterArrest checks that after an arrest a fight the text says
// followed is a clash of its own, while the rest of the arrest's story
// stays one event.
func TestFightAfterArrest(t *testing.T) {
	tests := []namedTextWant{
		{"an exchange of fire followed",
			"Police arrested two GNLA cadres in South Garo Hills District on January 12. Acting on their information, a police team reached the GNLA camp and an exchange of fire followed.",
			"Arrests/0,Armed clash/0"},
		{"a fight the arrest came in, not said to follow",
			"Police arrested two GNLA cadres in South Garo Hills District on January 12. They were caught during the raid on their camp.",
			"Arrests/0"},
	}
	checkNamedTypesAndTolls(t, tests)
}

// TestDeedsOpenedByTheirVerbs checks the verbs and phrasings that open an
// event the segmenter used to miss (bombings that ripped through a market,
// people who suffocated, a headline's "kills", arms laid down, a deal
// extended, strikes that passed off, counted arrests, police accused of
// rape), each beside a sentence of the same words that reports none.
func TestDeedsOpenedByTheirVerbs(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"bombings that ripped through a market",
			"Two suicide bombings ripped through a crowded market in the town on Sunday, police said.", "Suicide bomb/0"},
		{"people suffocated after a gas attack",
			"Dozens of people suffocated in the town after a chlorine attack on the rebel-held district, doctors said.", "Chemical weapon/0"},
		{"a headline's present",
			"Gas attack on rebel-held suburbs kills dozens, activists say", "Chemical weapon/12"},
		{"arms laid down",
			"Forty cadres of the rebel front laid down arms at a ceremony in the capital on Monday.", "Agreement/0"},
		{"a truce extended",
			"The ceasefire agreement between the government and the rebel groups was extended for another year on Monday.", "Agreement/0"},
		{"a truce to be extended",
			"The ceasefire agreement between the government and the rebel groups will be debated next year.", ""},
		{"a strike that passed off",
			"A bandh called by the students' front in support of its demands passed off peacefully in the hill districts on Monday.", "Peaceful protest/0"},
		{"a general strike that crippled life",
			"A general strike called by the traders' union against the new tax crippled life in the valley on Monday.", "Peaceful protest/0"},
		{"a strike called for a later day",
			"The traders' union called a general strike for next week against the new tax.", ""},
		{"a hartal against a verdict",
			"Opposition activists observed a hartal across the country on Monday to protest against the verdict.", "Peaceful protest/0"},
		{"a verdict alone",
			"The court upheld the verdict against the opposition leader on Monday.", ""},
		{"a counted arrest",
			"Police arrested three linkmen of the rebel outfit from the district on Monday and recovered extortion letters.", "Arrests/0"},
		{"agents who detained lawmakers accused of a plot",
			"Intelligence agents detained two opposition lawmakers accused of plotting a coup.", "Arrests/0"},
		{"police accused of rape",
			"Policemen were accused of raping a detained woman in a police station, her lawyer said.", "Sexual violence/0"},
		{"a man accused of rape",
			"A shopkeeper was accused of raping a girl in the town, her lawyer said.", ""},
		{"men taken away by forces who went missing",
			"On 4 June 2024, soldiers raided a house in the village and took away two brothers, who have since gone missing, their family said.", "Abduction/forced disappearance/0"},
		{"things taken away by forces",
			"On 4 June 2024, soldiers raided a house in the village and took away two cars, their family said.", ""},
		{"bullet-riddled bodies found",
			"On 21 July 2024, the bullet-riddled bodies of two men who had gone missing months earlier were found in a riverbed near the town.", "Attack/2"},
		{"a killing dated months before is background",
			"Two men were shot dead in the town months earlier, the police said.", ""},
		{"a human chain formed",
			"Protesters formed a human chain along the coast road on Sunday.", "Peaceful protest/0"},
		{"a committee formed",
			"The council formed a committee on the coast road on Sunday.", ""},
		{"protesters who clashed, the killing they protested recalled",
			"Youths protesting the killing of a student clashed with police in the town, throwing stones.", "Violent demonstration/0"},
		{"a protest against a killing",
			"Youths staged a protest against the killing of a student in the town.", "Peaceful protest/0"},
		{"fighting told by the toll it has taken",
			"Fierce fighting between the rebels and government forces south of the port has killed dozens over the past day, officials said.", "Armed clash/0"},
		{"a deal's future",
			"Under the deal reached on Monday, the militia will free 30 captives in exchange for the release of its prisoners, the mediators said.", "Agreement/0"},
		{"allegiance pledged by an armed group",
			"A militant group in the south pledged allegiance to the Islamic State, its leader said in a video.", "Change to group/activity/0"},
		{"support pledged",
			"A militant group in the south pledged support to the Islamic State, its leader said in a video.", ""},
		{"a future with no deal",
			"The rebels will free 50 hostages next week, a mediator said.", ""},
		{"a sit-in joined mid-story",
			"Hundreds of nurses joined the sit-in outside the ministry on Monday.", "Peaceful protest/0"},
		{"a company joined",
			"He joined the company in May.", ""},
		{"arms handed in",
			"Dozens of fighters handed in their rifles at a ceremony in the district.", "Agreement/0"},
		{"papers handed in",
			"The students handed in their papers on Monday.", ""},
		{"a grenade tossed",
			"A man tossed a grenade into the market, wounding four.", "Grenade/0"},
		{"a coin tossed",
			"He tossed a coin to decide.", ""},
		{"a post that came under fire from armed men",
			"On 3 May 2024, an FC post in the Kohlu district came under fire from BLA militants.", "Armed clash/0"},
		{"a checkpost that came under attack",
			"A Levies checkpost came under attack from unidentified gunmen near the town on Monday.", "Armed clash/0"},
		{"a post that came under rocket fire",
			"On 3 May 2024, an FC post in the Kohlu district came under rocket fire.", "Shelling/artillery/missile attack/0"},
		{"an official who came under fire from lawmakers",
			"The police chief came under fire from lawmakers over the killings.", ""},
		{"a minister who came under attack in parliament",
			"The minister came under attack in parliament over the budget.", ""},
		{"arrests counted so far",
			"The agency has so far arrested eight people in the case.", ""},
		{"arrests counted this year",
			"Police have arrested 312 suspects this year, the chief said.", ""},
		{"arrests a report documented",
			"The mission also documented 38 arbitrary arrests.", ""},
		{"arrests made on a day",
			"Police arrested eight people in the case on Monday.", "Arrests/0"},
		{"shots fired in the air in salute",
			"Three masked militants appeared at the funeral and fired shots in the air in salute.", ""},
		{"shots fired in the air that hurt a man",
			"Gunmen fired in the air in the bazaar, injuring a passer-by.", "Attack/0"},
		{"shots fired at a house",
			"Gunmen fired shots at the house of a trader on Monday.", "Attack/0"},
		{"a bomb disposal squad hit by a bomb",
			"On 3 May 2024, a bomb disposal squad vehicle was hit by a roadside IED near the town.", "Remote explosive/landmine/IED/0"},
		{"arms a group took from the guards of a post",
			"On 3 May 2024, BLA militants disarmed the Levies at a post near the town and seized their rifles.", "Looting/property destruction/0"},
		{"arms the forces seized from a hideout",
			"Security forces raided a hideout of militants near the town and seized weapons.", "Disrupted weapons use/0"},
		{"a bomb disposal squad that defused a bomb",
			"On 3 May 2024, the bomb disposal squad defused an IED planted on the road near the town.", "Disrupted weapons use/0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestToldBesideTheDeed checks two things SATP's summaries tell beside a
// deed that are no other incident nor background: the bodies "of the
// seven cadres" recovered a day later are the encounter's dead, and a
// victim's past "two years ago" in a relative clause dates the victim, not
// the killing; while a killing dated two years ago, and a court's verdict,
// stay background.
func TestToldBesideTheDeed(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Seven CPI-Maoist cadres were killed in an encounter with the SFs in Narayanpur District on 15 June 2024. Police recovered the bodies of the seven cadres on 16 June 2024 along with two rifles.",
			"Armed clash/7"},
		{"Maoists shot dead a villager, Ramesh Kumar, who had surrendered before the Police two years ago, at Palnar in Dantewada District on May 28.",
			"Attack/1"},
		{"Maoists shot dead a villager at Palnar in Dantewada District two years ago, the police officer recalled.",
			""},
		{"A special court in Raipur sentenced two Maoists to death for the killing of a villager in 2019.",
			""},
	})
}

// TestLaterDeedOfAnotherKind checks that a deed of another kind told
// hours or a day later without a date of its own ("later in the day",
// "hours later", "the next day") opens an event beside the first, while
// a death of the same means told later, a statement made the next day and
// a search launched later stay with the first incident.
func TestLaterDeedOfAnotherKind(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a fight later in the day after a blast",
			"Two soldiers were killed when a roadside bomb struck their vehicle near Wana in South Waziristan on 4 June 2024. Later in the day, troops killed four militants in an exchange of fire near Tiarza.",
			"Remote explosive/landmine/IED/2,Armed clash/4"},
		{"a bomb hours later after a shooting",
			"Gunmen shot dead a shopkeeper in Turbat on 4 June 2024. Hours later, a bomb planted on a bicycle exploded near the Levies office in Turbat, injuring two guards.",
			"Attack/1,Remote explosive/landmine/IED/0"},
		{"a protest the next day after an abduction",
			"Armed men abducted a trader from his shop in Ghotki on 4 June 2024. Traders staged a protest outside the Ghotki Press Club the next day, demanding his recovery.",
			"Abduction/forced disappearance/0,Peaceful protest/0"},
		{"the injured die the next day",
			"Four people were injured when a bomb exploded in a market in Quetta on 4 June 2024. Two of the injured died in hospital the next day.",
			"Remote explosive/landmine/IED/2"},
		{"a statement made the next day",
			"A car exploded outside a hospital in Peshawar on 4 June 2024, killing five people. The next day the police said that the car had been packed with explosives for a terrorist operation.",
			"Remote explosive/landmine/IED/5"},
		{"a search launched hours later",
			"Militants shot dead two policemen at a checkpost in Bannu on 4 June 2024. Hours later, security forces launched a search operation in the area.",
			"Armed clash/2"},
		{"a crowd's beating after a bare 'Later,'",
			"Gunmen shot dead two traders in a market at Jhalda on 4 June 2024. Later, a mob of shopkeepers caught one of the gunmen and beat him to death.",
			"Attack/2,Mob violence/1"},
		{"a rescue after a bare 'Later,' stays",
			"Gunmen shot dead two traders in a market at Jhalda on 4 June 2024. Later, villagers took three injured shopkeepers to the hospital.",
			"Attack/2"},
		{"a shot fired after a bare 'Later,' is no crowd's",
			"Militants hurled a grenade at a police picket in Tral on 4 June 2024. Later, they fired at the policemen, injuring one.",
			"Grenade/0"},
	})
}

// TestThreatenedAndSlain checks two words of killing that tell no new
// deed: a participle joined to a threatened one ("threatened to be
// assaulted and killed") and a title ("the slain TTP leader"), while the
// same words told as deeds still open events.
func TestThreatenedAndSlain(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"threatened to be assaulted and killed",
			"A local councillor has been threatened to be assaulted and killed by an unidentified group in Janakpur on 28 January 2024.",
			""},
		{"assaulted and killed",
			"A local councillor was assaulted and killed by an unidentified group in Janakpur on 28 January 2024.",
			"Attack/1"},
		{"the slain leader named in a surrender",
			"Six commanders, including the brother of the slain TTP leader Baitullah Mehsud, surrendered to the security forces in Kurram on 18 June 2024.",
			"Agreement/0"},
		{"the slain militants of the encounter",
			"Three militants were killed in an encounter with security forces in Kech on 18 June 2024. The slain militants were identified as members of the BLF.",
			"Armed clash/3"},
	})
}

// TestNamedNotDone checks phrasings that name violence without telling
// a deed done: what a group is capable of, attacks counted vaguely, a
// topic "regarding" killings, a deed given as the cause "in retaliation
// for", captives named at their release, a state's note of protest; and
// that the deeds told beside them still open events.
func TestNamedNotDone(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"capable of attacks",
			"The minister said on 2 June 2024 that the militants were no longer capable of going for concerted attacks in the country.",
			""},
		{"a few isolated attacks",
			"The minister said on 2 June 2024 that some splinter groups had conducted a few isolated attacks in the country.",
			""},
		{"two attacks conducted",
			"Militants conducted two attacks on check posts in Kech on 2 June 2024, killing three soldiers.",
			"Armed clash/3"},
		{"a topic regarding abductions",
			"The Chief Justice on 2 June 2024 asked the Government to act instead of issuing statements regarding abduction and targeted killings in Balochistan.",
			""},
		{"an arrest on a tip-off regarding militants",
			"Police on a tip-off regarding the presence of militants arrested three militants in Kohat on 2 June 2024.",
			"Arrests/0"},
		{"shelling in retaliation for an attack",
			"Troops fired mortar shells at militant positions in Kurram on 2 June 2024 in retaliation for an attack on a border post.",
			"Shelling/artillery/missile attack/0"},
		{"the release of kidnapped citizens",
			"The minister on 2 June 2024 cited the release of kidnapped citizens from Afghanistan as proof of the Government's resolve.",
			""},
		{"the families of kidnapped engineers",
			"The families of the kidnapped engineers appealed to the Government in Quetta on 2 June 2024 to secure their release.",
			""},
		{"a captive named by the adjective",
			"The ministry confirmed in Islamabad on 2 June 2024 that it had received a video of Ali Khan, the abducted son of a former governor.",
			""},
		{"a captive named by the adjective, in a story with no commas",
			"The ministry on 2 June 2024 said it had received a video of the kidnapped engineer and that his captors wanted a ransom",
			""},
		{"violence done to the captives",
			"Survivors said on 2 June 2024 that the gunmen subjected the abducted women to sexual violence in their camp near Kech.",
			"Sexual violence/0"},
		{"engineers kidnapped",
			"Militants kidnapped two engineers in Kech on 2 June 2024.",
			"Abduction/forced disappearance/0"},
		{"an engineer kidnapped, in the passive",
			"An engineer was kidnapped by gunmen in Kech on 2 June 2024.",
			"Abduction/forced disappearance/0"},
		{"a state protests at the UN",
			"Pakistan has protested at the UN Human Rights Council on 2 June 2024, saying India had given wrong figures.",
			""},
		{"residents protest",
			"Residents of Turbat protested on 2 June 2024 against power cuts.",
			"Peaceful protest/0"},
		{"students in a capital protest",
			"Students in Dhaka protested on 2 June 2024 against a rise in bus fares.",
			"Peaceful protest/0"},
	})
}

// TestAgencyNameRecallsNothing checks that a word of inquiry in an
// agency's name ("National Investigation Agency", "Central Bureau of
// Investigation") does not make the agency's own arrest a recalled deed,
// while "the investigation into the blast" still points back.
func TestAgencyNameRecallsNothing(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"The National Investigation Agency (NIA) arrested two men in Kochi.", "arrested", false},
		{"The Terrorism Investigation Division arrested two former cadres in Jaffna.", "arrested", false},
		{"The Central Bureau of Investigation arrested two men in Delhi.", "arrested", false},
		{"Police widened the investigation into the blast in Kochi.", "blast", true},
		{"The Investigation Agency widened its investigation into the blast in Kochi.", "blast", true},
	}
	for _, tc := range tests {
		toks, i := tokensAt(tc.text, tc.word)
		if got := pastReference(toks, i); got != tc.want {
			t.Errorf("pastReference(%q, %s) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestBlastToldAgainAfterGunfire checks that after gunfire that followed
// a blast opens an event of its own, a sentence that tells the blast
// again ("lost their lives in the blast") gives its toll to the blast,
// not to the gunfire, while a toll of the gunfire stays with it.
func TestBlastToldAgainAfterGunfire(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"the blast's toll told again",
			"A bomb exploded near an FC vehicle in Kech on 28 May 2024, killing two soldiers. Following the blast, armed men opened fire on the troops. Two soldiers lost their lives in the blast, a spokesman said.",
			"Remote explosive/landmine/IED/2,Armed clash/0"},
		{"the gunfire's own toll",
			"A bomb exploded near an FC vehicle in Kech on 28 May 2024, killing two soldiers. Following the blast, militants opened fire on the troops. One more soldier was killed in the exchange of fire that followed.",
			"Remote explosive/landmine/IED/2,Armed clash/1"},
	})
}

// TestMonthYearIsHistory checks that a deed dated by a month and a year
// two years or more before publication ("in September 2014") is history,
// as one dated by the year alone is, while one of the month before stays
// news.
func TestMonthYearIsHistory(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2016, 10, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want int
	}{
		{"A similar bomb exploded at their hideout in Bijnor in September 2014, injuring one of them.", 0},
		{"A similar bomb exploded at their hideout in Bijnor in 2014, injuring one of them.", 0},
		{"A bomb exploded at a hideout in Bijnor in September 2016, injuring one of the militants.", 1},
	}
	for _, tc := range tests {
		if got := len(x.Extract(tc.text, pub, "").Events); got != tc.want {
			t.Errorf("Extract(%q) gave %d events, want %d", tc.text, got, tc.want)
		}
	}
}

// TestPastPerfectClauseIsNoHistory checks that a year in a relative clause
// told in the past perfect (a victim's past, an earlier deed at the same
// place) does not make the sentence's own deed history, while a deed the
// year dates itself stays history.
func TestPastPerfectClauseIsNoHistory(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want int
	}{
		{"A Home Guard, who had quit the force in 2015, was shot dead by gunmen at his shop in Koraput District.", 1},
		{"Gunmen shot dead a shopkeeper in the village where his brother had been killed in 2016.", 1},
		{"A Home Guard, who quit the force, was shot dead by gunmen at his shop in Koraput District in 2015.", 0},
		{"Gunmen shot dead a Home Guard, who had quit the force, at his shop in Koraput District in 2015.", 0},
	}
	for _, tc := range tests {
		if got := len(x.Extract(tc.text, pub, "").Events); got != tc.want {
			t.Errorf("Extract(%q) gave %d events, want %d", tc.text, got, tc.want)
		}
	}
}

// TestOpensAnEventPhrasing checks phrasings that tell a deed done though
// the tagger's usual cues miss it (a source's anonymity, an agreement to
// yield, a person named after a title, a headline's present, a passive
// with its doer, a chemical's harm, a fight entering another day, the
// past few days, a court's business after a semicolon), against
// look-alikes that tell no deed.
func TestOpensAnEventPhrasing(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text string
		open bool
	}{
		{"A local elder, who asked not to be named, said the militants had set up a new base in the hills near Sangar.", true},
		{"The elders asked the militants to set up no base in the hills near Sangar.", false},
		{"Under a deal brokered by tribal elders, the militants in Dara agreed to give up their heavy weapons in exchange for safe passage.", true},
		{"Police in Lahore arrested opposition leader Asif Khan on Monday, his party said.", true},
		{"Police in Lahore have not arrested opposition leader Asif Khan, his party said.", false},
		{"REBEL AIRCRAFT BOMB KARMA AIRPORT, FLIGHTS HALTED", true},
		{"ARMY BOMB DISPOSAL SQUAD CLEARS KARMA AIRPORT", false},
		{"MILITANTS BURN POLICE VEHICLES AT KARMA CHECKPOINT", true},
		{"FIVE HELD OVER KARMA MARKET BOMBING", true},
		{"A girl was raped by armed men in a camp near Karma, the charity said, and warned that more women were at risk.", true},
		{"Rape by armed men could become more common in the camps near Karma, the charity warned.", false},
		{"Dozens of villagers, among them children, choked in Karma after a suspected chlorine attack, medics said.", true},
		{"Experts discussed the risk of a chlorine attack in the region at a conference.", false},
		{"Clashes between the militia and government troops in the hills of Karma district entered a second day on Monday, residents said.", true},
		{"Clashes between the militia and government troops in the hills of Karma district in the past few years have displaced thousands.", false},
		{"Three women were sexually assaulted by soldiers in Karma in the past ten days, the commission said.", true},
		{"Gunmen killed a schoolteacher in Kharan on Wednesday; the court will hear his family's petition next month.", true},
		{"The court sentenced two men for killing a schoolteacher in Kharan; the verdict was read out on Wednesday.", false},
	}
	for _, tc := range tests {
		got := len(x.Extract(tc.text, time.Time{}, "").Events) > 0
		if got != tc.open {
			t.Errorf("Extract(%q) opens an event: %v, want %v", tc.text, got, tc.open)
		}
	}
}

// TestRecalledByItsDate checks that an article's later paragraph that
// dates a deed well before the news recalls it (no event of its own, and
// no toll for the news's event), while a deed of the days just gone, one
// told "in a separate incident" and the dated deeds of a one-paragraph
// summary stay news.
func TestRecalledByItsDate(t *testing.T) {
	pub := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)
	const lead = "KARAK: Four soldiers were killed on Monday when militants attacked a checkpost in Karak, officials said.\n\n"
	tests := []articleCase{
		{"a day months before",
			lead + "The attack came weeks after another raid. On March 12, a suicide attack on a checkpost in Bannu killed seven soldiers.", pub, 1, 4},
		{"a month before",
			lead + "In January, two engineers were killed in a bombing in Swabi.", pub, 1, 4},
		{"a recalled deed and its toll told after it",
			lead + "On March 12, a suicide bomber struck a checkpost in Bannu. Seven soldiers were killed in the attack.", pub, 1, 4},
		{"two days before, told as earlier",
			lead + "The attack comes two days after a suicide bombing in Bajaur killed 40 people on Saturday.", pub, 1, 4},
		{"an anniversary recalls its massacre",
			"PESHAWAR: The anniversary of the school massacre was observed on Monday with prayers.\n\nOn December 16, 2014, six gunmen stormed the school and killed 140 people.", pub, 0, -1},
		{"with no publication date, the lead's day is the news",
			"KARAK: Four soldiers were killed on 15 July 2024 when militants attacked a checkpost in Karak.\n\nOn 12 March 2024, a suicide attack on a checkpost in Bannu killed seven soldiers.", time.Time{}, 1, 4},
		{"the day before is news of its own",
			lead + "On Sunday, militants attacked a police post in Tank, killing two policemen.", pub, 2, 4},
		{"a separate incident is news whatever its day",
			lead + "In a separate incident on Saturday, two policemen were shot dead in Tank.", pub, 2, 4},
		{"a one-paragraph summary keeps its dated deeds",
			"On 24 July 2024, militants killed four soldiers in Karak. On 12 July 2024, a blast injured two policemen in Tank.", time.Time{}, 2, 4},
		{"last week",
			lead + "Last week, a roadside bomb killed two soldiers in South Waziristan.", pub, 1, 4},
		{"a toll that grew overnight is the news's",
			lead + "Officials initially said two soldiers had died, but two of the wounded died overnight.", pub, 1, -1},
		{"an ambush the news comes ten days after",
			lead + "The attack comes ten days after militants ambushed a convoy in the same area, killing nine soldiers.", pub, 1, 4},
		{"a deed ten days after the news's is a deed of its own",
			lead + "Ten days after the attack, militants ambushed a convoy in Bannu, killing two soldiers.", pub, 2, 4},
		// Under a report's statistic, what the deed came before is the
		// report, and the deed is the week's news.
		{"a report that came a day after a bombing",
			"ISLAMABAD: Militants carried out 96 attacks in Pakistan in June, a think tank said on Tuesday.\n\nThe report came a day after a roadside bomb struck a vehicle in Kurram on Monday, killing three soldiers.", pub, 1, 3},
		{"a report with an older bombing recalled",
			"ISLAMABAD: Militants carried out 96 attacks in Pakistan in June, a think tank said on Tuesday.\n\nThe report came weeks after a roadside bomb struck a vehicle in Kurram on 12 May, killing three soldiers.", pub, 0, -1},
	}
	checkArticles(t, tests)
}

// TestKnownDeedToldMore checks that a later sentence that opens on the
// deed told before ("The attack took place ...") or dates the same deed
// apart from its report's day tells more of one incident, while a deed
// told as another, or of another day, opens an event of its own.
func TestKnownDeedToldMore(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC)
	tests := []datesWant{
		{"the attack took place on another day than the report's",
			"QUETTA: Gunmen shot dead nine bus passengers on a highway, officials said on Tuesday.\n\nThe attack took place late on Monday near Mangochar in Kalat district, an official said.",
			[]string{"2024-06-24"}},
		{"the explosion explained, in a quote",
			"QUETTA: Three passengers were injured when a blast hit a train near Mach on Monday.\n\n\"The explosion was caused by a device planted under the track,\" a police official told reporters on Tuesday.",
			[]string{"2024-06-24"}},
		{"a quote that explains the explosion, told to an outlet",
			"QUETTA: Three passengers were injured when a blast hit a train near Mach on Monday.\n\n\"The explosion was caused by a device planted under the track,\" a police official told Pakistan Today.",
			[]string{"2024-06-24"}},
		{"an arrest the statement dates apart",
			"LAHORE: The CTD said on Monday it had arrested two suspected militants in Lahore.\n\nThe suspects were arrested in a raid near Thokar Niaz Baig on Sunday.",
			[]string{"2024-06-23"}},
		{"another attack on another day",
			"QUETTA: Gunmen shot dead nine bus passengers on a highway on Monday, officials said.\n\nIn another attack, a bomb injured two policemen in Quetta on Sunday.",
			[]string{"2024-06-24", "2024-06-23"}},
		{"a new deed on another day, told without \"the\"",
			"LAHORE: Police arrested two suspected militants in Lahore on Monday.\n\nA bomb exploded near a police van in Kasur on Sunday, injuring three policemen.",
			[]string{"2024-06-24", "2024-06-23"}},
	}
	checkEventDates(t, x, pub, tests)
}

// placeDayCase is a text published on a day and the admin2 and date of
// each event vigil should give ("Bannu 2024-09-28").
type placeDayCase struct {
	name, text string
	want       []string
}

// checkPlaceDays extracts each case's text as published on pub and
// compares its events' admin2 and date, in order.
func checkPlaceDays(t *testing.T, pub time.Time, tests []placeDayCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, pub, "").Events
			got := eventDates(evs)
			for k, ev := range evs {
				got[k] = ev.Admin2 + " " + got[k]
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRoundUp checks that a lead summing separate incidents that later
// paragraphs tell one by one gives those incidents, dated by the lead's
// day or the one before them, and no event of its own; a lead that sums
// incidents it does not tell apart, or tells them in its own paragraph,
// stays an event.
func TestRoundUp(t *testing.T) {
	pub := time.Date(2024, 9, 29, 0, 0, 0, 0, time.UTC)
	tests := []placeDayCase{
		{"a day's round-up",
			"PESHAWAR: Three policemen were martyred in separate attacks in Khyber Pakhtunkhwa on Saturday.\n\nIn Lakki Marwat, militants attacked a police post, martyring two constables.\n\nIn Bajaur, a policeman was martyred when a bomb went off near his van.",
			[]string{"Lakki Marwat 2024-09-28", "Bajaur 2024-09-28"}},
		{"two operations, the second undated",
			"RAWALPINDI: Security forces killed 11 terrorists in two separate operations, the ISPR said on Sunday.\n\nThe first operation was conducted in the Tirah valley of Khyber district on Saturday, where eight terrorists were killed.\n\nIn the second operation, in Datta Khel in North Waziristan, three terrorists were killed.",
			[]string{"Khyber 2024-09-28", "North Waziristan 2024-09-28"}},
		{"separate attacks not told apart",
			"PESHAWAR: Three policemen were martyred in separate attacks in Bannu on Saturday.\n\nThe police chief said the attackers would be traced.",
			[]string{"Bannu 2024-09-28"}},
		{"the second engagement",
			"RAWALPINDI: Security forces killed nine terrorists in two separate operations, the ISPR said on Sunday.\n\nThe first operation was conducted in the Tirah valley of Khyber district on Saturday, where six terrorists were killed.\n\nIn the second engagement, in Datta Khel in North Waziristan, three terrorists were killed.",
			[]string{"Khyber 2024-09-28", "North Waziristan 2024-09-28"}},
		{"a third operation told with also in a place the lead names",
			"RAWALPINDI: Security forces killed 12 terrorists in three separate operations in Khyber, North Waziristan and Bannu districts, the ISPR said on Sunday.\n\nIn the first operation, in the Tirah valley of Khyber district on Saturday, six terrorists were killed.\n\nIn the second operation, in Datta Khel in North Waziristan, four terrorists were killed.\n\nSecurity forces also killed two terrorists in the Domel area of Bannu district, the statement said.",
			[]string{"Khyber 2024-09-28", "North Waziristan 2024-09-28", "Bannu 2024-09-28"}},
		{"the second told by a sentence of no violence, its toll after it",
			"RAWALPINDI: A soldier was martyred and three terrorists were killed in two separate incidents in Khyber Pakhtunkhwa on Saturday, the ISPR said.\n\nIn the first incident, terrorists opened fire on a patrol in the Spinwam area of North Waziristan, martyring a soldier.\n\nIn the second, security forces intercepted a group of terrorists trying to cross the border in Bajaur. Three terrorists were killed in the exchange of fire. Weapons were recovered from them.",
			[]string{"North Waziristan 2024-09-28", "Bajaur 2024-09-28"}},
		{"weapons recovered in a place the lead names open nothing",
			"RAWALPINDI: Security forces killed ten terrorists in two separate operations in Khyber and North Waziristan districts, the ISPR said on Sunday.\n\nIn the first operation, in the Tirah valley of Khyber district on Saturday, six terrorists were killed.\n\nIn the second operation, in Datta Khel, four terrorists were killed.\n\nSecurity forces also recovered weapons and ammunition in North Waziristan, the statement said.",
			[]string{"Khyber 2024-09-28", "North Waziristan 2024-09-28"}},
		{"\"the second attack\" counting the deed told opens nothing",
			"BANNU: Gunmen shot dead a policeman at his home in Bannu on Saturday. It was the second attack on a policeman in the area this month; on September 2, a constable had been killed near the same village.",
			[]string{"Bannu 2024-09-28"}},
	}
	checkPlaceDays(t, pub, tests)
}

// TestOneDeedToldOn checks phrasings that go on with the deed told
// before though they name another district or a long protest: a soldier
// who is a resident of another district, a victim who sat on the body of
// another district, a campaign of protest set
// against the news, a report recalled "earlier", and the article's
// "reported presence" of militants, which dates no report.
func TestOneDeedToldOn(t *testing.T) {
	pub := time.Date(2024, 9, 12, 0, 0, 0, 0, time.UTC)
	tests := []placeDayCase{
		{"a soldier resident of another district",
			"RAWALPINDI: On 11 September 2024, security forces conducted an operation in Hassan Khel, Peshawar District, and six khwarij were killed.\n\nDuring the exchange of fire, Sepoy Imran (resident of District Karak) embraced shahadat.",
			[]string{"Peshawar 2024-09-11"}},
		{"a soldier killed in another district",
			"RAWALPINDI: On 11 September 2024, security forces killed six khwarij in an operation in Hassan Khel, Peshawar District.\n\nOn 11 September 2024, a soldier was martyred when militants attacked a post in Karak.",
			[]string{"Peshawar 2024-09-11", "Karak 2024-09-11"}},
		{"a victim who sat on the body of another district",
			"Maoists shot dead two villagers in Gadchiroli District on 11 September 2024. One of them, a former member of the Rajnandgaon Zila Parishad, was shot dead near his house in the village.",
			[]string{"Gadchiroli 2024-09-11"}},
		{"a member of that body killed in its district",
			"Maoists shot dead two villagers in Gadchiroli District on 11 September 2024. A member of the Rajnandgaon Zila Parishad was shot dead in Rajnandgaon District on the same day.",
			[]string{"Gadchiroli 2024-09-11", "Rajnandgaon 2024-09-11"}},
		{"an earlier operation the release recalls",
			"RAWALPINDI: On 11 September 2024, security forces killed six khwarij in an operation in Hassan Khel, Peshawar District.\n\nEarlier, on 9 September 2024, three khwarij were killed in an operation in Tank District, the ISPR had said.",
			[]string{"Peshawar 2024-09-11"}},
		{"a protest campaign set against the news",
			"CHAMAN: Customs officials seized 40 pistols hidden in a truck at the Chaman border crossing on Wednesday, officials said.\n\nTraders in Chaman have been protesting for weeks against the new visa rule.",
			[]string{"Killa Abdullah 2024-09-11"}},
		{"the reported presence of militants",
			"BANNU: Security forces killed four militants in an operation in Jani Khel on Tuesday on the reported presence of terrorists, officials said on Wednesday.",
			[]string{"Bannu 2024-09-10"}},
	}
	checkPlaceDays(t, pub, tests)
}

// TestNoFreshDeedInAside checks phrasings that tell a death or a seizure
// only to say who someone is or what went on over a span: "whose son was
// killed", "over the past two years", and a lead's clause about "a
// separate incident" a later paragraph tells; against the same deeds told
// as news.
func TestNoFreshDeedInAside(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []int // the events' fatalities
	}{
		{"a speaker whose son was killed",
			"PESHAWAR: Parents gathered at the school on Monday for the anniversary.\n\n\"We want to know who failed our children,\" said Fazal Khan, whose son was killed in the auditorium.",
			nil},
		{"a son killed, told as news",
			"PESHAWAR: Gunmen killed the son of Fazal Khan outside his house in Peshawar on Monday, police said.",
			[]int{1}},
		{"weapons recovered over the past two years",
			"ISLAMABAD: An official told a Senate committee on Monday that the forces had recovered more than 500 American-made weapons from militants over the past two years.",
			nil},
		{"arrests over the past two days",
			"QUETTA: Police arrested 12 suspected militants in raids in Quetta over the past two days, officials said.",
			[]int{0}},
		{"a counted lead the next events add up to",
			"Six Maoists were killed in two encounters in Chhattisgarh. In Bijapur District, four Maoists were killed in an exchange of fire with the DRG, in which three commandos were injured. In Sukma District, two Maoists were killed in an encounter with the CoBRA.",
			[]int{4, 2}},
		{"a counted lead the next events do not add up to",
			"Six Maoists were killed in two encounters in Chhattisgarh. In Bijapur District, four Maoists were killed in an exchange of fire with the DRG. In Sukma District, a CoBRA jawan was killed in an encounter.",
			[]int{6, 4, 1}},
		{"a lead of one incident, the next two elsewhere",
			"Six Maoists were killed in an encounter in Narayanpur District. In Bijapur District, four Maoists were killed in an exchange of fire with the DRG. In Sukma District, two Maoists were killed in an encounter with the CoBRA.",
			[]int{6, 4, 2}},
		{"the lead's clause about a separate incident",
			"KARACHI: A prayer leader was shot dead in Orangi Town on Tuesday night, while a constable was killed in a separate incident in Lyari.\n\nIn a separate incident, constable Shahid Khan was shot dead near Chakiwara in Lyari on Tuesday evening.",
			[]int{1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, ev := range x.Extract(tc.text, pub, "").Events {
				f := -1
				if ev.Fatalities != nil {
					f = *ev.Fatalities
				}
				got = append(got, f)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("fatalities %v, want %v", got, tc.want)
			}
		})
	}
}

// TestNoNewIncidentBesideTalk checks stories that speak of violence
// without reporting a new incident (a tally in the perfect over years, a
// leader still alive after a claimed killing, a blast a sentence calls
// an accident, a bomber's identity, a captive's account, a raid dated by
// its year) stay silent, and that a new deed told beside such talk still
// opens its event.
func TestNoNewIncidentBesideTalk(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		want       []string // the events' sub-event types
	}{
		{"a force's dead since a year",
			"The Inspector General of the Levies said on May 2 that more than 400 personnel of the force had lost their lives in the line of duty since 2008.",
			nil},
		{"a tally over years, said in a condemnation",
			"The press club on June 4 condemned the threats to reporters, saying 19 of its members had been killed in six years.",
			nil},
		{"a tally over the first months of the year",
			"Figures released by the district police showed that the rebels had killed 14 villagers in the first seven months of the year.",
			nil},
		{"a deed in the past beside the tally",
			"Two soldiers were killed in an ambush in Kupwara on May 2, taking the number of soldiers who have been killed in the district since January to 11.",
			[]string{"Armed clash"}},
		{"a killing claimed before, the man alive",
			"The commander of the group is still alive, police said on June 9. Police had earlier claimed that he was killed in an encounter near the river.",
			nil},
		{"a killing claimed in a relative clause",
			"Ramesh, whom the police had claimed to have killed in an encounter, addressed his cadres in a video released on July 2.",
			nil},
		{"a killing told as news",
			"Police said that a commander of the group was killed in an encounter near the river on June 9.",
			[]string{"Armed clash"}},
		{"a blast called an accident, named again",
			"Police on May 3 said the blast at a hotel in the bazaar a day earlier was caused by a gas cylinder and not by a bomb. Three waiters were injured in the blast.",
			nil},
		{"an explosion with no terror link",
			"Officials said the explosion in a workshop had no terror link. The owner was injured in the explosion.",
			nil},
		{"a bomb that went off",
			"A bomb planted on a motorcycle exploded in the bazaar on May 3, injuring three people. Police said the explosion was caused by a remote-controlled device.",
			[]string{"Remote explosive/landmine/IED"}},
		{"a bomber's identity disclosed",
			"Police on June 2 disclosed the identity of the suicide bomber who blew himself up at the shrine last month.",
			nil},
		{"a captive's account",
			"A trader freed by his kidnappers told reporters on June 7 that he had been beaten by his captors every night.",
			nil},
		{"a raid dated by its year",
			"The army handed over on July 3 the records of a raid on a rebel camp in 2004 in which 12 people were killed.",
			nil},
		{"a kind of deed judged",
			"The army chief told the visiting envoy on May 25 that drone strikes by foreign forces were detrimental to relations between the two countries.",
			nil},
		{"a kind of deed judged beside a new one",
			"Two drone strikes killed six militants in the valley on May 25. Officials said such strikes were detrimental to relations.",
			[]string{"Air/drone strike"}},
		{"a recent wave of attacks sets the scene",
			"Following the recent wave of attacks in the capital that killed at least 40 people, the president on August 10 accused the neighbouring country of sheltering the organisers of terrorist attacks.",
			nil},
		{"a wave of attacks on a day",
			"A wave of attacks on police posts in the capital killed 12 policemen on August 10.",
			[]string{"Armed clash"}},
		{"what militants do in general",
			"The minister said on August 14 that militants are killing people to spoil communal harmony.",
			nil},
		{"reprisals vowed for strikes",
			"The minister said militants had vowed reprisals for the drone strikes in the tribal areas.",
			nil},
		{"a report of a death denied",
			"The ministry on April 2 said the four guards held by the rebels are in good health, disputing a report that one of them had been killed.",
			nil},
		{"party organisers killed",
			"Two men working for the party as organizers were shot dead by the rebels outside the village on March 3.",
			[]string{"Attack"}},
		{"gear named by what it withstands",
			"The district police received five new mine-proof vehicles for operations in the forests on May 4.",
			nil},
		{"launchers used in the deed",
			"Rebels used grenade launchers against an army post in the valley on November 6.",
			[]string{"Grenade"}},
		{"hearsay of a death elsewhere",
			"Officials said the recruiter, believed to have been killed in a drone strike abroad, had trained the men.",
			nil},
		{"an instance of a kind of attack",
			"The force said on May 12 that it was preparing for militant attacks like the killing of two constables at the market.",
			nil},
		{"a threat of reprisal",
			"The new outfit has threatened of retaliatory action against the rival group.",
			nil},
		{"a plan and a law's name",
			"Police said the men had made trips to the town to find the places where bombs were to be planted. A case was registered under the Explosive Substances Act.",
			nil},
		{"an incident named by its full date",
			"Police on May 3 released the sketches of two men they believe were behind July 23, 2012, blast outside the consulate.",
			nil},
		{"a captive freed after months",
			"A kidnapped engineer who was recovered after 18 months in captivity told reporters on May 6 that his captors had moved him often.",
			nil},
		{"a captive freed after hours",
			"Gunmen kidnapped a trader in the bazaar on May 6 and freed him after 12 hours in captivity.",
			[]string{"Abduction/forced disappearance"}},
		{"a killing named by its year, told in its relative clause",
			"The army said on June 8 that it had handed over the records of the 2003 Doramba killings, in which 19 cadres were executed, to the commission.",
			nil},
		{"a death abroad disclosed",
			"Police on August 21 disclosed that the youth killed in Afghanistan had joined the group along with 20 others.",
			nil},
		{"a deed disclosed",
			"Police on August 21 disclosed that militants shot dead two traders in the bazaar on August 20.",
			[]string{"Attack"}},
		{"a deed dated by other news",
			"A day after the agency filed its charge sheet in the bombing case, gunmen shot dead a shopkeeper in the bazaar on October 17.",
			[]string{"Attack"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, ev := range x.Extract(tc.text, time.Time{}, "").Events {
				got = append(got, ev.SubEventType)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDeedsByTheirOwnVerbs checks verbs that tell a deed done though they
// are no verb of happening in general: a strike "observed", a vehicle of
// explosives "intercepted", a bomber
// who "drove" a car of explosives into a base; and people counted after
// "held" or "took into custody". The near sentences keep the same verbs
// where they tell no deed.
func TestDeedsByTheirOwnVerbs(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a strike observed",
			"The teachers' union observed a strike across the district on Monday against the new transfer policy.", "Peaceful protest/0"},
		{"a fall observed",
			"Shopkeepers in the old city said they had observed a fall in trade since the floods.", ""},
		{"a truck of explosives intercepted",
			"Soldiers intercepted a truck loaded with explosives on the highway near the border town.", "Disrupted weapons use/0"},
		{"a call intercepted",
			"Investigators intercepted a call between the two suspects last month.", ""},
		{"a bomber drove a car of explosives, no toll counted",
			"A suicide bomber drove a truck laden with explosives into the wall of the police station, the army said, wounding several guards.", "Suicide bomb/0"},
		{"a bomber drove a car of explosives",
			"A suicide bomber drove a van packed with explosives into the gate of the army camp, wounding six soldiers.", "Suicide bomb/0"},
		{"people held, counted",
			"Police held five suspected militants of the outlawed front in raids across the district on Friday.", "Arrests/0"},
		{"people taken into custody, counted",
			"The anti-terror squad took into custody four men from the port city over alleged links to an armed group.", "Arrests/0"},
		{"a truce agreed by both sides",
			"The two militias have agreed a truce under which their fighters would leave the market town.", "Agreement/0"},
		{"protesters who chained themselves to gates",
			"Protesters chained themselves to the gates of the labour ministry on Monday morning.", "Peaceful protest/0"},
		{"protesters expected",
			"Protesters are expected to gather outside the parliament in the capital on Monday night.", ""},
		{"protesters who tried to block a road, chased away",
			"At some places protesters tried to block the ring road but they were chased away.", ""},
		{"a meeting held",
			"Police held a meeting with the traders of the district on Friday.", ""},
		{"a ceasefire extended, told in the active",
			"The government and the rebel front on Monday extended their ceasefire by six months.", "Agreement/0"},
		{"a ceasefire only urged to be extended",
			"Church leaders on Monday urged the government and the rebel front to extend their ceasefire by six months.", ""},
		{"a leader placed under house arrest",
			"Police placed the chairman of the opposition alliance under house arrest on Friday, a day before the by-election.", "Arrests/0"},
		{"a court asks why a leader had been placed under house arrest",
			"The high court on Monday asked the provincial government to explain why the cleric had been placed under house arrest.", ""},
		{"a leader kept under house arrest since last year",
			"The chairman of the opposition alliance has remained under house arrest since last year, his party said on Friday.", ""},
	})
}

// TestDeedsToldAsGoingOn checks a truce agreed before the "would" of its
// terms, shelling told as going on since a day, and a headline in sentence
// case with a present arrest; the near sentences (a truce only offered, a
// habit of years, a warrant) open no event.
func TestDeedsToldAsGoingOn(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a truce agreed, its terms in the future",
			"The rebel front and the army agreed a ceasefire on Sunday under which both sides would pull back from the hills.", "Agreement/0"},
		{"a truce only offered",
			"The rebel front said it would agree to a ceasefire if the army pulled back from the hills.", ""},
		{"shelling going on since a day",
			"Army artillery has been shelling villages around the hill town since Friday, residents said.", "Shelling/artillery/missile attack/0"},
		{"shelling going on for years",
			"Army artillery has been shelling villages around the hill town for years, residents said.", ""},
		{"a sentence-case headline's arrest",
			"Kenya: police arrest 30 suspects in crackdown on cattle rustlers", "Arrests/0"},
		{"a sentence-case headline's warrant",
			"Kenya: police arrest warrant issued for former minister", ""},
	})
}

// TestChemicalAndSuicideDeedsTold checks a chemical attack told by the
// harm it left or by the munition that fell with it, and suicide bombings
// "carried out" by people listed "including" some of them; the near
// sentences (a price that fell, smoke that left people choking with no
// chemical named, a recovered cache) open no such event.
func TestChemicalAndSuicideDeedsTold(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a gas attack told by the asphyxiation it left",
			"Doctors said a gas attack on the besieged suburb had left scores of residents with asphyxiation symptoms.", "Chemical weapon/0"},
		{"a barrel of chlorine that fell on a school",
			"A barrel filled with chlorine fell on a school in the town, the rescuers said, and the bodies were pulled from the rubble.", "Chemical weapon/0"},
		{"a price of chlorine that fell",
			"Chlorine prices fell on the commodity exchange in the city this week, traders said.", ""},
		{"suicide bombings carried out by people listed",
			"Five men, including two brothers, carried out the suicide bombings of two hotels in the capital on Friday, the police said.", "Suicide bomb/0"},
		{"a recovered cache that included suicide vests",
			"Police recovered a cache including two suicide vests and a pistol from a house in the town on Friday.", "Disrupted weapons use/0"},
	})
}

// TestDeedAfterAQuotedLead checks that a lead opening on a quote sets the
// scene for the deed told right after it, while a deed dated to a year
// after such a quote, or a deed after a plain statement, stays
// background.
func TestDeedAfterAQuotedLead(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a deed after a quoted lead",
			`"They came in the night," a resident said. Militants attacked the army post on the hill, and the firing went on for hours.`, "Armed clash/0"},
		{"a deed after a quoted lead in curly quotes",
			"“We could not sleep,” a shopkeeper said. Gunmen opened fire on a police patrol near the main bazaar before fleeing into the hills.", "Armed clash/0"},
		{"a deed of a year after a quoted lead",
			`"We never forget," the mayor said. Militants attacked the town hall in 2015.`, ""},
		{"a deed after a plain statement",
			"The minister said security would be tightened. Militants attacked the post on the hill.", ""},
	})
}

// TestFightsGoingOnAndCustody checks fighting told as going on in the
// progressive ("were continuing") or as the sides "locked" or "engaged"
// in it since a day, and people "took ... into custody" with the object
// between; the near sentences (a political battle, fighting of years, no
// one taken) open no event.
func TestFightsGoingOnAndCustody(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"clashes that were continuing",
			"Fierce clashes between the army and the rebels were continuing on the outskirts of the town on Friday, officials said.", "Armed clash/0"},
		{"sides locked in combat since a day",
			"Government troops and the rebel militia have been locked in heavy combat around the airport since Saturday, residents said.", "Armed clash/0"},
		{"sides engaged in exchanges of fire",
			"Border guards and smugglers have been engaged in sporadic exchanges of fire near the river since Monday night, officials said.", "Armed clash/0"},
		{"parties locked in a political battle",
			"The two parties have been locked in a political battle over the budget since Monday.", ""},
		{"sides locked in fighting for years",
			"Government troops and the rebel militia have been locked in fighting around the airport for years.", ""},
		{"a party leader taken into custody",
			"Police took a student leader into custody outside the university on Monday, his lawyer said.", "Arrests/0"},
		{"no one taken into custody",
			"Police did not take anyone into custody after the brawl outside the university on Monday.", ""},
	})
}

// TestAgreementReachedAndProsecutorSpeaking checks a deal told as
// "reached" and a deed a prosecutor general reports, as police report
// one; the near sentences (a deal not reached, a prosecutor's charges
// over a deed) open no event.
func TestAgreementReachedAndProsecutorSpeaking(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a deal reached",
			"The government and the striking teachers reached an agreement late on Friday.", "Agreement/0"},
		{"a deal not reached",
			"The government and the striking teachers failed to reach an agreement on Friday.", ""},
		{"a deed a prosecutor general reports",
			"Rebel forces shelled the port city overnight, killing four civilians, the country's prosecutor general said.", "Shelling/artillery/missile attack/4"},
		{"a prosecutor's charges over a deed",
			"The prosecutor general filed charges against the commander over the shelling of the port city.", ""},
	})
}

// TestStrikeAfterQuietLead checks strikes told by "bombed", "shelled" or
// "dropped" after a lead that quotes someone or names no violence, and a
// strike "they had bombed" recalled after such a lead.
func TestStrikeAfterQuietLead(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"bombs dropped after a quoted lead",
			`"We heard the engines first," a farmer said. A government aircraft dropped barrel bombs on two hamlets near the river, the rebels said.`, "Air/drone strike/0"},
		{"a village shelled after a quiet lead with no day",
			"Tension has been rising along the frontier for weeks. Army guns shelled a village near the river on 4 March 2024.", "Shelling/artillery/missile attack/0"},
		{"a strike recalled after a quoted lead",
			`"We heard the engines first," a farmer said. The helicopter that had bombed the hamlets last year was seen again.`, ""},
	})
}

// TestProtestAsPurpose checks a crowd that came out "to protest", told by
// a verb of moving or gathering in the past; a protest only planned, or
// one person's, opens no event.
func TestProtestAsPurpose(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"nurses who walked out to protest",
			"Thousands of nurses walked out of the wards in the capital to protest against unpaid wages on Monday.", "Peaceful protest/0"},
		{"lorry drivers who drove into the city to protest",
			"Scores of lorry drivers drove into the city centre on Friday to protest against a new road toll.", "Peaceful protest/0"},
		{"a protest planned",
			"The union plans to take its members to the capital to protest against the new law.", ""},
		{"one man who came to protest",
			"He came to the city to protest against the verdict.", ""},
	})
}

// TestProtestingAfterTheDeed checks a protest told by ", protesting
// against" after what the crowd did in the past; after a verb of saying,
// or beside a protest only planned, it opens no event.
func TestProtestingAfterTheDeed(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"drivers who parked their buses across a road, protesting",
			"Bus drivers parked their buses across the main road on Monday, protesting against the arrest of a union leader.", "Peaceful protest/0"},
		{"a minister who stated, protesting",
			"The minister stated, protesting against the remarks of the opposition.", ""},
		{"a rally planned",
			"The planned rally, protesting against the tax, will be held on Monday.", ""},
	})
}

// TestDeedToldByItsStart checks a deed named by its noun and told by when
// it began ("The raid began shortly after midnight"), and a deed's noun
// that "began" something else.
func TestDeedToldByItsStart(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"shelling that started after midnight",
			"The shelling started shortly after midnight and lasted for three hours, residents of the border village said.", "Shelling/artillery/missile attack/0"},
		{"an attack that began a phase",
			"The attack began a new phase of the war, analysts said.", ""},
	})
}

// TestDiedOfWounds checks that one hurt before, named by a relative
// clause, who dies of the wounds revises the toll of the incident that
// hurt him, whose kind the event keeps; a death of another cause revises
// nothing.
func TestDiedOfWounds(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		revision   bool
		want       string // sub-event type and fatalities of each event
	}{
		{"died of the injuries of a blast",
			"A Levies soldier, who had been injured in a roadside blast in Bajaur on 28 February 2024, died of his injuries in Peshawar on 2 March 2024.",
			true, "Remote explosive/landmine/IED/1"},
		{"succumbed to the injuries of an encounter",
			"A constable, who had suffered injuries in an encounter with militants in Tank on 28 February 2024, succumbed to his injuries on 2 March 2024.",
			true, "Armed clash/1"},
		{"died of another cause",
			"A Levies soldier who was injured in Bajaur died of a heart attack in Peshawar on 2 March 2024.",
			false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := woundedEarlierDied(lex.Split(tc.text)[0].Toks); got != tc.revision {
				t.Errorf("woundedEarlierDied(%q) = %v, want %v", tc.text, got, tc.revision)
			}
			if got := typesAndTolls(x, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestClashAfterTeargas checks that a clash told after teargas fired on a
// crowd goes on with the crowd's story: teargas "shelling" is no shelling
// after which a fight is a deed of its own.
func TestClashAfterTeargas(t *testing.T) {
	x := extractor(t)
	text := "Scores of protesters were injured as police resorted to teargas shelling in Srinagar on 2 March 2024. Soon after, youths clashed with the police near Lal Chowk."
	if n := len(x.Extract(text, time.Time{}, "").Events); n != 1 {
		t.Errorf("Extract(%q) gave %d events, want 1", text, n)
	}
}

// TestProtestsAndFightsToldOtherwise checks the protest and fight leads
// told without the verbs of happening the segmenter reads elsewhere: a
// strike "begun" in a headline's present, going on ("enters its second
// week", "kept up"), held "in a day-long strike", tools downed, a fight
// "between" two sides, a firefight someone "figured in", a town "seized"
// in a headline, the arrest of people "who tried to march", a headline's
// present deed by a crowd or armed men; and the near sentences that tell
// no new protest or fight.
func TestProtestsAndFightsToldOtherwise(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"a strike begun, a headline", "Doctors begin nationwide strike over unpaid salaries in Kenya", "Peaceful protest/0"},
		{"a strike going on, a headline", "Nurses' strike over unpaid arrears enters third week in Abuja hospitals", "Peaceful protest/0"},
		{"a sit-in kept up", "Farmers kept up their sit-in outside the provincial assembly in Lahore for a fifth day on Tuesday.", "Peaceful protest/0"},
		{"a day-long strike", "Transporters stayed off the roads in a day-long strike against the toll increase in Quetta on Monday.", "Peaceful protest/0"},
		{"tools downed", "Doctors at the civil hospital in Quetta downed tools on Monday over the arrest of a colleague.", "Peaceful protest/0"},
		{"a strike only called", "The traders' union called for a strike in Quetta next week.", ""},
		{"a fight between two sides", "Heavy fighting between the army and rebels was reported near Lashio on Monday.", "Armed clash/0"},
		{"talks to end the fighting between two sides", "Talks to end the fighting between the army and the rebels opened in Kunming on Monday.", ""},
		{"a firefight figured in", "Troopers figured in a 20-minute firefight with NPA rebels in Samar on Monday.", "Armed clash/0"},
		{"people arrested who tried to march", "Police detained forty people who tried to march to the governor's office in Minsk on Sunday.", "Protest with intervention/0"},
		{"people arrested, the march only their circumstance", "Police detained forty people who were taken into custody at a sit-in in Minsk on Sunday.", "Arrests/0"},
		{"a crowd's deed in a headline's present", "Villagers lynch suspected cattle rustler in Kericho", "Mob violence/0"},
		{"the same words with a closing stop, a reported claim", "Villagers lynch suspected cattle rustlers in Kericho, police say.", ""},
	})
}

// TestRoundUpParts checks that a paragraph opening on the next of the
// deeds a round-up lead counted, its noun left out ("In the second,"),
// opens that deed's event, and that "In the second half of the year"
// opens none.
func TestRoundUpParts(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"the second deed, its noun left out",
			"A soldier was martyred in Kech, and three terrorists were killed in Zhob, in two separate incidents on Thursday.\n\n" +
				"In the first incident, terrorists opened fire on a security forces' post in the Buleda area of Kech district, martyring a soldier.\n\n" +
				"In the second, security forces intercepted a group of terrorists in the Sambaza area of Zhob district and killed three of them.",
			"Armed clash/1,Armed clash/3"},
		{"the second half of a year",
			"A soldier was martyred in an attack on a post in the Buleda area of Kech district on Thursday.\n\n" +
				"In the second half of the year, attacks on posts in the district rose, officials said.",
			"Armed clash/1"},
	})
}

// TestAftermathNamedAndDisposed checks the aftermath told of people named
// by what befell them (a funeral of "a slain commander", the dead "were
// identified as", their bodies "handed over"), an arrest told again of
// "he", a captive freed "whom they had abducted" before, and a bomb found
// that the bomb squad set off or that lay "planted" where it was found;
// and, beside each, the near sentence that still tells a deed.
func TestAftermathNamedAndDisposed(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"the funeral of a slain commander",
			"Hundreds attended the funeral of a slain Lashkar commander in Sopore on Friday.", ""},
		{"gunmen at the funeral of a slain commander",
			"Gunmen shot dead a shopkeeper at the funeral of a slain commander in Sopore on Friday.", "Attack/1"},
		{"the dead identified, as the sentence's verb",
			"The militant killed in the gunfight at Tral on Sunday was identified as Adil Bhat, police said on Monday.", ""},
		{"a man identified as, then killed",
			"A militant identified as Adil Bhat was killed in a gunfight with the troops at Tral on Sunday.", "Armed clash/1"},
		{"bodies handed over",
			"The bodies of three rebels killed in a gunfight in Kohlu on Sunday were handed over to their families on Monday.", ""},
		{"a gunfight, then bodies handed over",
			"Three rebels were killed in a gunfight with the police in Kohlu on Sunday, and their bodies were handed over to their families on Monday.", "Armed clash/3"},
		{"an arrest told again of him",
			"Police arrested a Lashkar militant wanted for the killing of a trader in Lahore in 2016. He was arrested near Gujranwala.", "Arrests/0"},
		{"a captive freed, whom they had abducted",
			"The rebels freed an engineer, whom they had abducted a week earlier from Kech, on Monday.", ""},
		{"an engineer abducted",
			"The rebels abducted an engineer from Kech on Monday.", "Abduction/forced disappearance/0"},
		{"a grenade found, the bomb squad set it off",
			"A grenade with a threatening letter tied to it was found outside a school in Imphal on Monday. The bomb squad later exploded it at a safe place.", "Disrupted weapons use/0"},
		{"a grenade that went off",
			"A grenade exploded outside a school in Imphal on Monday.", "Grenade/0"},
		{"an IED found where it was planted, blown up by the police",
			"The police recovered an IED planted under a bridge in Latehar on Monday and blew it up in a controlled explosion.", "Disrupted weapons use/0"},
		{"an IED planted that went off",
			"An IED planted under a bridge in Latehar exploded on Monday, injuring two labourers.", "Remote explosive/landmine/IED/0"},
	})
}

// TestStatementLeadNamingViolence checks that a lead of someone speaking
// that names violence it reports no deed of ("the militant killed in an
// encounter on June 15 has been identified, police said") frames the
// story as a statement: the details told after it are background. A
// statement that tells a deed, and a fresh deed told after a statement,
// still open their events.
func TestStatementLeadNamingViolence(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"the dead of an earlier encounter identified, then its recoveries",
			"The militant killed in a police encounter in Kanker District on June 15 has been identified as Ramesh, a section commander of the rebels, police said on June 16. After the encounter, the police had recovered a rifle and the body from the encounter site.", ""},
		{"a statement that tells an encounter",
			"Police said on June 16 that two militants were killed in an encounter with the police in Kanker District.", "Armed clash/2"},
		{"a fresh ambush after a statement",
			"The minister said on Monday that the situation in Kanker was under control. Two policemen were killed when militants ambushed a patrol near Koyalibeda on Monday.", "Armed clash/2"},
	})
}

// TestAftermathLead checks that a lead about a funeral of one named only
// as "slain" frames what follows as that death's aftermath, while one that
// dates the deed on a day of its own before the funeral's tells the deed
// as news, and a new deed told with "Meanwhile" is still news. (Only the
// kinds are checked.)
func TestAftermathLead(t *testing.T) {
	x := extractor(t)
	tests := []struct{ name, text, want string }{
		{"a funeral, then how the man was killed",
			"Thousands attended the funeral of a slain commander at Karimabad on May 21. He had been killed in a gunfight with the troops in Shopian a day earlier.", ""},
		{"funeral prayers for the dead of an ambush dated the day before",
			"Funeral prayers for the four soldiers who were killed when militants ambushed their convoy in Kech on the night of June 10 were offered in Quetta on June 11. The militants had fired from the hills.", "Armed clash"},
		{"a funeral, then a new killing",
			"Thousands attended the funeral of a slain commander at Karimabad on May 21. Meanwhile, militants shot dead a shopkeeper in Shopian on May 21.", "Attack"},
	}
	for _, tc := range tests {
		var got []string
		for _, ev := range x.Extract(tc.text, time.Time{}, "").Events {
			got = append(got, ev.SubEventType)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: Extract(%q) = %q, want %q", tc.name, tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestLeadOfTwoDeedsInTwoPlaces checks that a lead telling two deeds, each
// in its own place, does not keep the second deed's later paragraph in the
// first event (nor the second deed's toll), against a lead of one deed in
// one place whose later paragraph opens on that place again.
func TestLeadOfTwoDeedsInTwoPlaces(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"two deeds in two places, the second told again",
			"A shopkeeper was shot dead in Kharan, and three militants were killed in a clash with the Levies in Washuk on Wednesday, officials said.\n\nThe shopkeeper was closing his shop when two men on a motorcycle opened fire on him.\n\nIn Washuk, a group of militants attacked a Levies post near the bazaar. The personnel returned fire and three militants were killed.",
			"Attack|2025-06-11|Kharan|1|civ.k=1\nArmed clash|2025-06-11|Washuk|3|mil.k=3"},
		{"one deed in one place, its place told again",
			"A shopkeeper was shot dead in Kharan on Wednesday, officials said.\n\nThe shopkeeper was closing his shop when two men on a motorcycle opened fire on him.\n\nIn Kharan, police launched a search for the attackers and set up checkpoints.",
			"Attack|2025-06-11|Kharan|1|civ.k=1"},
		{"two places of one deed",
			"Two soldiers were killed and three injured when militants attacked a post in Kech's Buleda area on Wednesday.\n\nIn Buleda, the attackers opened fire on the post from two sides before fleeing.",
			"Armed clash|2025-06-11|Kech|2|sf.k=2,sf.i=3"},
	}
	for _, tc := range tests {
		if got := brief(x.Extract(tc.text, pub, "")); got != tc.want {
			t.Errorf("%s: Extract(%q)\n got: %s\nwant: %s", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestCountedDeedsToll checks that the toll of deeds a statistic counted,
// named again in the plural ("the attacks killed 120 people"), continues
// the statistic and opens no event, while the same words after a lead
// reporting two attacks of one day give that day's toll.
func TestCountedDeedsToll(t *testing.T) {
	pub := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"a report's counted attacks", "Balochistan saw 41 militant attacks in August, according to a report released on Monday by a think tank.\n\nThe report said the attacks killed 66 people, including 30 soldiers, while 80 were injured.", pub, 0, -1},
		{"two attacks of one day", "Militants carried out two attacks on police posts in Bannu on Monday, officials said.\n\nThe attacks killed three policemen and injured two others.", pub, 1, -1},
	})
}

// TestSimilarProtestsElsewhere checks that "Similar protests were held in
// X, Y and Z" after a protest gives one protest event per town, as ACLED
// codes them, while such a sentence naming no town, or similar attacks,
// adds none.
func TestSimilarProtestsElsewhere(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"protests in three towns",
			"Traders staged a protest outside the press club in Quetta on Tuesday against the rising number of extortion calls. Similar protests were held in Kharan, Nushki and Sibi.",
			"Peaceful protest|2025-03-04|Quetta|0|\nPeaceful protest|2025-03-04|Kharan|0|\nPeaceful protest|2025-03-04|Nushki|0|\nPeaceful protest|2025-03-04|Sibi|0|"},
		{"protests also staged in a town",
			"Traders staged a protest outside the press club in Quetta on Tuesday against the rising number of extortion calls. Protests were also staged in Kharan.",
			"Peaceful protest|2025-03-04|Quetta|0|\nPeaceful protest|2025-03-04|Kharan|0|"},
		{"protests in towns not named",
			"Traders staged a protest outside the press club in Quetta on Tuesday against the rising number of extortion calls. Similar protests were held in several other towns of the province.",
			"Peaceful protest|2025-03-04|Quetta|0|"},
	}
	for _, tc := range tests {
		if got := brief(x.Extract(tc.text, pub, "")); got != tc.want {
			t.Errorf("%s: Extract(%q)\n got: %s\nwant: %s", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestHeldAlsoAt checks the sentences read as protests like the one before
// held in other places, against look-alikes of other deeds or of the
// protest told itself.
func TestHeldAlsoAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Similar protests were held in Kharan and Sibi.", true},
		{"Such demonstrations were also organised in Turbat.", true},
		{"Rallies were also held in Gwadar.", true},
		{"Similar attacks were carried out in Kharan and Sibi.", false},
		{"Protests were held in Kharan on Tuesday.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		if _, got := heldAlsoAt(toks); got != tc.want {
			t.Errorf("heldAlsoAt(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestProtestOverTheDeed checks that a protest against the killing told
// in a later paragraph opens a protest event of its own beside the
// killing, while a protest in the killing's own paragraph, or a later
// paragraph of the funeral alone, does not.
func TestProtestOverTheDeed(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a road blocked against the killing",
			"KHAR: Gunmen shot dead a tribal elder in Bajaur's Salarzai tehsil on Wednesday morning, police said.\n\nThe elder was on his way to the bazaar when two men opened fire on him.\n\nHundreds of tribesmen later blocked the Khar-Salarzai road for three hours to protest against the killing.",
			[]string{"Attack", "Peaceful protest"}},
		{"the funeral alone",
			"KHAR: Gunmen shot dead a tribal elder in Bajaur's Salarzai tehsil on Wednesday morning, police said.\n\nThe elder was on his way to the bazaar when two men opened fire on him.\n\nHundreds of tribesmen attended his funeral prayers in the afternoon.",
			[]string{"Attack"}},
	}
	for _, tc := range tests {
		var got []string
		for _, ev := range x.Extract(tc.text, pub, "").Events {
			got = append(got, ev.SubEventType)
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: events %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestTreatedElsewhere checks that the town the hurt were taken to
// ("evacuated to the Combined Military Hospital in Bannu", "shifted to
// Peshawar") opens no event of its own, while a wounding told in another
// district does.
func TestTreatedElsewhere(t *testing.T) {
	pub := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	const lead = "Militants attacked a check post in Mir Ali, North Waziristan, on Monday, officials said.\n\n"
	checkArticles(t, []articleCase{
		{"a military hospital in another town", lead + "Three soldiers were injured in the exchange of fire and were evacuated to the Combined Military Hospital in Bannu.", pub, 1, -1},
		{"shifted to another city", lead + "Three soldiers were injured in the exchange of fire and were shifted to Peshawar.", pub, 1, -1},
		{"a wounding in another district", lead + "In Bannu, militants fired on a police van, injuring three policemen.", pub, 2, -1},
	})
}

// TestCameAfter checks the days a sentence sets its news after an earlier
// deed, and the two thresholds read from them: more than two days for a
// deed with no date of its own, two or more for a toll beside "after".
func TestCameAfter(t *testing.T) {
	tests := []struct {
		text       string
		days       int64
		found      bool
		long, some bool
	}{
		{"The ambush comes ten days after militants stormed a post in the same valley.", 10, true, true, true},
		{"The raid came a week after a bomb hit the bazaar.", 7, true, true, true},
		{"The strike came weeks after the convoy was attacked.", 14, true, true, true},
		{"It comes two months after a suicide attack on the camp.", 60, true, true, true},
		{"The shooting came two days after a blast in the city.", 2, true, false, true},
		{"The shooting came days after a blast in the city.", 2, true, false, true},
		{"The report came a day after a bombing on Monday.", 1, true, false, false},
		{"Ten days after the attack, police arrested two suspects.", 0, false, false, false},
		{"The convoy came under fire, days after a similar ambush.", 0, false, false, false},
		{"Troops came back to the village after the clash.", 0, false, false, false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		days, found := cameAfter(toks)
		if days != tc.days || found != tc.found {
			t.Errorf("cameAfter(%q) = %d, %v, want %d, %v", tc.text, days, found, tc.days, tc.found)
		}
		if got := longAfter(toks); got != tc.long {
			t.Errorf("longAfter(%q) = %v, want %v", tc.text, got, tc.long)
		}
		if got := cameDaysAfter(toks); got != tc.some {
			t.Errorf("cameDaysAfter(%q) = %v, want %v", tc.text, got, tc.some)
		}
	}
}

// TestReportAndCommuniqueVerbs checks that a UN report's or an army
// communique's verb of the deed ("had committed acts of sexual violence",
// "neutralised scores of bandits in air interdiction missions") makes the
// noun beside it an incident, while the same verbs used of criticism or a
// promise open nothing.
func TestReportAndCommuniqueVerbs(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"The mission said armed men had committed acts of sexual violence against three women in the camp.", "Sexual violence/0"},
		{"The Air Component neutralised scores of bandits in air interdiction missions near the forest, the air force said.", "Air/drone strike/0"},
		{"The governor was subjected to harsh criticism over the attack on the convoy last year.", ""},
		{"The council committed to rebuilding the clinics destroyed in the attacks of 2019.", ""},
	})
}

// TestPlacedInCustody checks the translated French "placé en garde à
// vue", the object after the phrase ("placed in custody the spokesman"),
// as an arrest made, and a custody that goes on as none.
func TestPlacedInCustody(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"The gendarmerie placed in custody the opposition spokesman on Tuesday, his party said.", "Arrests/0"},
		{"The suspect remained in custody the whole week, his lawyer said.", ""},
	})
}

// TestSprayedWithWaterCannon checks a crowd "sprayed" with water cannon,
// the crowd named at length between the verb and the means, as force at
// a protest, and a field sprayed with water as nothing.
func TestSprayedWithWaterCannon(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Riot police sprayed teachers marching to the education ministry in the capital with water cannon.", "Protest with intervention/0"},
		{"Farmers sprayed their fields with water from the canal.", ""},
	})
}

// TestArsonAndBurntAfter checks property destroyed told by "arson" beside
// a verb of happening, or by a participle of burning after armed men
// passed ("found their homes burnt after troops had passed through"),
// and that a kind of crime under investigation or crops burnt by the sun
// open nothing.
func TestArsonAndBurntAfter(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Four lorries were gutted in an arson attack at the depot overnight.", "Looting/property destruction/0"},
		{"Police are investigating a spate of arson in the city.", ""},
		{"Villagers came back to find their school and several homes burnt after troops had passed through.", "Looting/property destruction/0"},
		{"Farmers came back to find their crops burnt by the sun.", ""},
	})
}

// TestDealAccepted checks a brokered deal or truce told as "accepted" as
// an agreement made, and a firm's deal to sell a stake as none.
func TestDealAccepted(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"The militia accepted a Qatari-brokered deal under which its fighters gave up their heavy weapons.", "Agreement/0"},
		{"The company accepted a deal to sell its stake in the mine.", ""},
	})
}

// TestProtestAttended checks a crowd's deed in the past told before "at
// a" protest further off than pastVerbNear looks, as the protest held,
// and a protest only talked about or merely attended as none.
func TestProtestAttended(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Pupils raised their fists and held up empty placards at a flash mob outside the railway station on Sunday.", "Peaceful protest/0"},
		{"Pupils talked about the flash mob in class.", ""},
		{"Pupils had often held up empty placards and paper lanterns at a flash mob outside the station before the ban.", ""},
	})
}

// TestShutInAStrike checks shops "shut" or "closed" in a strike as the
// strike held, and a shutdown only planned as none.
func TestShutInAStrike(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Traders shut their shops on Monday in a strike in support of the jailed students.", "Peaceful protest/0"},
		{"Traders will shut their shops on Monday in a strike in support of the jailed students.", ""},
	})
}

// TestArmedKilledOne checks a killing told in the active by armed men of
// one person named by his role, no figure read, as an attack, and a
// killing with no armed agent as none.
func TestArmedKilledOne(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		open bool
	}{
		{"Masked gunmen on a scooter killed a prominent student organiser near his house late on Friday, his friends said.", true},
		{"The drought killed a farmer's entire herd last summer.", false},
		{"The long winter killed the orchard's young trees, growers said.", false},
	} {
		if got := len(x.Extract(tc.text, time.Time{}, "").Events) > 0; got != tc.open {
			t.Errorf("Extract(%q) opens an event: %v, want %v", tc.text, got, tc.open)
		}
	}
}

// TestPetitionHandedIn checks a march that ends by handing in a petition
// as a protest, and a court that dismissed a petition as no event.
func TestPetitionHandedIn(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Midwives marched to the health ministry on Monday and submitted a petition to the minister.", "Peaceful protest/0"},
		{"The high court on Monday dismissed a petition seeking the release of the detained midwives.", ""},
	})
}

// TestHandedToProsecutors checks a capture whose captives are handed to
// prosecutors as an arrest, and prosecutors who charged suspects as a
// court at work (no event).
func TestHandedToProsecutors(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Soldiers arrested two suspected bomb-makers on Monday and handed them over to military prosecutors.", "Arrests/0"},
		{"Military prosecutors charged two suspected bomb-makers with terrorism on Monday.", ""},
	})
}

// TestProtestRunningCount checks a protest told with its running count
// ("for a fifth day", "for a third straight week") and a verb in the
// past as a protest held that day, and one only promised as none.
func TestProtestRunningCount(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Protesters sat outside the health ministry in the capital for a fifth day on Tuesday, singing and clapping.", "Peaceful protest/0"},
		{"Farmers kept a road blockade near the border post for a third straight week on Friday.", "Peaceful protest/0"},
		{"Farmers said they would keep a road blockade near the border post for a third week.", ""},
	})
}

// TestLaterOperationApart checks that a state force's operation told "the
// next day" after a militants' attack is an event of its own, its dead
// not the attack's, while attackers killed in the attack's own exchange
// of fire stay in its toll.
func TestLaterOperationApart(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"On 3 March 2025, BLF militants attacked a police post near Turbat (Kech district, Balochistan), killing two policemen. Security forces launched a search operation in the area the following day and said six militants were killed.", "Armed clash/2,Armed clash/6"},
		{"On 3 March 2025, BLF militants attacked a police post near Turbat (Kech district, Balochistan). Two policemen and three attackers were killed in the exchange of fire.", "Armed clash/5"},
	})
}

// TestCrowdProtestingBrokeIn checks a crowd named by its protest, the
// protest's object between, that "broke into" a building as a violent
// demonstration, while a break-in that protesters only tell of is not
// read as the crowd's deed.
func TestCrowdProtestingBrokeIn(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"An angry crowd protesting the peace accord broke into the regional assembly and beat two deputies.", "Violent demonstration/0"},
		{"Students protesting the fee rise said thieves broke into the hostel.", "Peaceful protest/0"},
	})
}

// TestCampedToProtest checks a crowd that "camped" or "sat" somewhere "to
// protest" as a protest held, and one person who camped to protest, or a
// camp only planned, as none.
func TestCampedToProtest(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Landless people camped outside the agriculture ministry in the capital to protest against the eviction law.", "Peaceful protest/0"},
		{"Landless families planned to camp outside the agriculture ministry to protest against the eviction law.", ""},
	})
}

// TestProsecutorsAfterArrest checks an arrest whose sentence goes on to
// the prosecutors' order of detention as an arrest, and prosecutors who
// charged a man arrested before as a court at work.
func TestProsecutorsAfterArrest(t *testing.T) {
	checkTypesAndTolls(t, []textWant{
		{"Police arrested the blogger in Alexandria on Sunday and the public prosecution ordered his detention for four days.", "Arrests/0"},
		{"The public prosecution charged the blogger, who was arrested in Alexandria, with spreading false news.", ""},
	})
}
