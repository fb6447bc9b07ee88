package extract

import (
	"testing"
	"time"
)

// articleCase is an article, its publication day, the events vigil must
// give for it and the first event's fatalities (-1 not checked).
type articleCase struct {
	name      string
	text      string
	published time.Time
	want      int
	fatal     int
}

// checkArticles runs the article cases.
func checkArticles(t *testing.T, tests []articleCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, tc.published, "").Events
			if len(evs) != tc.want {
				t.Fatalf("%d events, want %d: %+v", len(evs), tc.want, evs)
			}
			if tc.fatal >= 0 && (evs[0].Fatalities == nil || *evs[0].Fatalities != tc.fatal) {
				t.Errorf("fatalities %v, want %d", evs[0].Fatalities, tc.fatal)
			}
		})
	}
}

// TestCameDaysAfter checks that a later paragraph that sets the news days
// after a deed it tells ("The encounter comes ten days after terrorists
// ambushed ...") recalls that deed, with no date of its own for it, and
// gives the news's event none of its toll; a deed hours after the news's
// stays news.
func TestCameDaysAfter(t *testing.T) {
	pub := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)
	const lead = "JAMMU: Two terrorists were killed in an encounter with security forces in Kathua district on Monday, officials said.\n\n"
	checkArticles(t, []articleCase{
		{"comes days after a deed",
			lead + "The encounter comes ten days after terrorists ambushed an Army vehicle in the same area, killing two soldiers.", pub, 1, 2},
		{"came a week after a deed",
			lead + "The operation came a week after gunmen shot dead two porters in the same forest.", pub, 1, 2},
		{"hours after the news's deed is news",
			lead + "Hours after the encounter, terrorists ambushed an Army vehicle in Rajouri, killing two soldiers.", pub, 2, 2},
	})
}

// TestDeedNamedAsKnown checks that a later sentence that names the deed
// told before only by "the" and a noun of its kind ("wounded in the
// blast", "killed in the raid") tells more of that incident, though it
// names a hospital in another district or the day of a statement, while
// a deed one an ordinal or "another" marks, or one told without "the",
// opens an event of its own.
func TestDeedNamedAsKnown(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	const bomb = "QUETTA: A roadside bomb hit a Levies vehicle in Mastung on Monday, killing two men, officials said.\n\n"
	const raid = "KABUL: Two rebels were killed when Taliban forces raided a hideout in the Nijrab district of Kapisa province on Tuesday night, officials said.\n\n"
	const fight = "SRINAGAR: Two militants were killed in an encounter with security forces in Kulgam district on Tuesday, police said.\n\n"
	checkArticles(t, []articleCase{
		{"wounded in the blast, taken to a hospital elsewhere",
			bomb + "Two passers-by were wounded in the blast and taken to the civil hospital in Quetta.", pub, 1, 2},
		{"injured in the gunfight, shifted to a hospital elsewhere",
			fight + "A soldier was injured in the gunfight and was shifted to the Army hospital in Srinagar.", pub, 1, 2},
		{"killed in the raid, by a statement of the next day",
			raid + "The front said in a statement on Wednesday that two of its fighters had been killed in the raid.", pub, 1, 2},
		{"the second blast",
			bomb + "Two passers-by were wounded in the second blast, in Quetta.", pub, 2, 2},
		{"another raid",
			raid + "The front said in a statement on Wednesday that two of its fighters had been killed in another raid.", pub, 2, 2},
		{"a raid told without the",
			raid + "The front said in a statement on Wednesday that two of its fighters had been killed in a raid in Panjshir.", pub, 2, 2},
		{"a gunfight told without the",
			fight + "A soldier was injured in a gunfight in Srinagar.", pub, 2, 2},
	})
}

// TestCountedDeedsResultedIn checks that, after a statistic that counts
// attacks, a later paragraph's "the attacks resulted in 96 deaths" gives
// the counted attacks' toll, no incident, while the same words after a
// lead that tells two attacks of a day give that incident's toll.
func TestCountedDeedsResultedIn(t *testing.T) {
	pub := time.Date(2024, 11, 2, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"after a statistic",
			"ISLAMABAD: Militant attacks across Pakistan fell in March, with 41 attacks recorded during the month, a think tank said on Monday.\n\nThe report said the attacks resulted in 96 deaths, including 30 soldiers, while 80 people were injured.", pub, 0, -1},
		{"after the news of a day",
			"BANNU: Militants attacked two police posts in Bannu on Monday night, officials said.\n\nThe attacks resulted in four deaths, including two policemen.", pub, 1, 4},
	})
}

// TestTakenGoodsNamed checks that a participle of taking before a noun,
// after "of" or "the" ("a share of seized rifles", "the return of looted
// arms"), names things taken before and opens no seizure or looting,
// while the verb of a seizure ("seized weapons from a truck", "recovered
// the looted arms") still tells one.
func TestTakenGoodsNamed(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"seized rifles sold",
			"KABUL: Local commanders were allowed to keep a share of seized rifles, a UN report said on Tuesday.", pub, 0, -1},
		{"looted arms returned",
			"IMPHAL: The meeting on Monday discussed the return of looted arms to the police armouries, officials said.", pub, 0, -1},
		{"weapons seized",
			"KANDAHAR: The Taliban seized weapons from a smuggler's truck near Spin Boldak on Monday.", pub, 1, 0},
		{"looted arms recovered",
			"IMPHAL: Police recovered the looted arms from a house in Imphal East on Monday.", pub, 1, 0},
	})
}

// TestRepeatedDeed checks that a deed told in the perfect as done again
// and again ("have been attacked several times", "have repeatedly blown
// up") sums a history and opens no event, while the same deed told once,
// on a day or in the perfect, opens one.
func TestRepeatedDeed(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"attacked several times",
			"KARACHI: Foreign engineers in Sindh have been attacked several times by separatists, the police chief said.", pub, 0, -1},
		{"attacked several times, in a later paragraph",
			"ISLAMABAD: The ministers agreed on Sunday to expand trade.\n\nChinese nationals in Pakistan have been attacked several times by separatists.", pub, 0, -1},
		{"repeatedly blown up",
			"QUETTA: Separatists have repeatedly blown up the gas pipeline in Dera Bugti.", pub, 0, -1},
		{"attacked on a day",
			"KARACHI: Foreign engineers were attacked by separatists near Thatta on Monday, the police chief said.", pub, 1, 0},
		{"blown up, once",
			"QUETTA: Separatists have blown up the gas pipeline in Dera Bugti.", pub, 1, 0},
	})
}

// TestBodyReachedHome checks that a body or bodies told as reaching or
// arriving home ("as the body of a mason shot dead ... reached his native
// village") are the aftermath of a killing told before, no event, while
// bodies found, or a victim who "reached his home", still tell the deed.
func TestBodyReachedHome(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"the body reached his village",
			"GAYA: Hundreds of mourners gathered on Tuesday as the body of a mason shot dead by terrorists in Anantnag on Friday reached his native village in Gaya district.", pub, 0, -1},
		{"the bodies arrived in their village",
			"GAYA: The bodies of two masons shot dead by terrorists in Anantnag on Friday arrived in their village in Gaya district on Tuesday.", pub, 0, -1},
		{"the bodies found",
			"ANANTNAG: Terrorists shot dead two masons from Bihar in Anantnag on Monday; their bodies were found near their rented house.", pub, 1, 2},
		{"the victim reached his home",
			"ANANTNAG: Terrorists shot dead a mason from Bihar in Anantnag on Monday as he reached his home after work.", pub, 1, 1},
	})
}

// courtLead is the lead of a report of a verdict on a bombing years before.
const courtLead = "PESHAWAR: An anti-terrorism court on Tuesday sentenced two men to life in prison for the bombing of a bus in Peshawar in 2022.\n\n"

// TestArrestsOverMonths checks that arrests counted over the months or
// weeks since a deed ("in the months that followed", "over the past two
// weeks") are a running count, no arrest made that day, while an arrest
// on a day is one.
func TestArrestsOverMonths(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"in the months that followed",
			courtLead + "Police said they had arrested nine suspects in the months that followed.", pub, 0, -1},
		{"over the past two weeks",
			courtLead + "Police said they had arrested nine suspects over the past two weeks.", pub, 0, -1},
		{"on a day",
			courtLead + "Police said they arrested nine suspects in raids in Peshawar on Monday.", pub, 1, 0},
	})
}

// TestThatDayOfARecall checks that, after a deed recalled by its date, a
// deed dated only by "that day", in the next paragraph or beside it, is
// of the recalled day, and so is an undated deed told after it under a
// lead that reports no incident; a deed on a day of the news is still
// news.
func TestThatDayOfARecall(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	const recall = "The blast on June 3, 2022 killed 14 passengers.\n\n"
	const newsLead = "KARAK: Four soldiers were killed on Monday when militants attacked a checkpost in Karak, officials said.\n\n"
	checkArticles(t, []articleCase{
		{"killed that day, in a quote",
			courtLead + recall + "\"My son was killed that day,\" said a man outside the court.", pub, 0, -1},
		{"an undated deed after the recall",
			courtLead + recall + "The bomber had boarded the bus at Haji Camp and detonated his vest near the driver, killing the conductor.", pub, 0, -1},
		{"a deed on a day of the news",
			courtLead + recall + "On Monday, gunmen shot dead a witness in the case near his home in Peshawar.", pub, 1, 1},
		{"that day, under a lead of news",
			newsLead + "On March 12, a suicide attack on a checkpost in Bannu killed seven soldiers.\n\nTwo policemen were also shot dead in Bannu that day.", pub, 1, 4},
		{"on a day of the news, under a lead of news",
			newsLead + "On March 12, a suicide attack on a checkpost in Bannu killed seven soldiers.\n\nTwo policemen were also shot dead in Bannu on Monday.", pub, 2, 4},
	})
}

// TestClaimForTheDeed checks that a later claim of responsibility "for
// the killing", on a day after the deed and quoting the group's words for
// it, is news of the deed told before, while a claim for an attack the
// text names for the first time ("for an attack on a checkpoint") opens
// that attack's event.
func TestClaimForTheDeed(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	const lead = "KHOST: Unknown gunmen shot dead a Taliban police officer near his home in Khost city on Sunday evening, sources said.\n\n"
	checkArticles(t, []articleCase{
		{"claimed the killing the next day",
			lead + "The Islamic State Khorasan Province claimed responsibility for the killing on Monday, saying its fighters had \"eliminated a commander of the Taliban's police\".", pub, 1, 1},
		{"claimed an attack told for the first time",
			lead + "The Islamic State Khorasan Province claimed responsibility for an attack on a Taliban checkpoint in Paktia on Monday that killed two guards.", pub, 2, 1},
	})
}

// TestProtestOnADayOfItsOwn checks that a protest told in a later
// paragraph on a day of its own ("held a protest on Tuesday demanding
// better security") is an event apart from the deed told before it,
// though that deed's group gives no day it could differ from, while an
// undated protest there stays with it.
func TestProtestOnADayOfItsOwn(t *testing.T) {
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	const lead = "QUETTA: Gunmen shot dead a tailor in the Sariab area of Quetta, while two policemen were injured in a grenade attack in Mastung on Monday, officials said.\n\nIn Mastung, militants hurled a grenade at a police van near the bazaar.\n\n"
	checkArticles(t, []articleCase{
		{"a protest on Tuesday",
			lead + "Traders of Sariab held a protest on Tuesday demanding better security, and shops in the bazaar stayed shut.", pub, 3, 1},
		{"a protest with no day",
			lead + "Traders of Sariab held a protest demanding better security, and shops in the bazaar stayed shut.", pub, 2, 1},
	})
}

// TestRecallWordOfAnotherClause checks that a word that recalls an
// incident ("mourning") in a clause before ", and" or a semicolon leaves
// the next clause's protest a deed of its own ("declared a day of
// mourning, and shopkeepers observed a strike ... against the killings"),
// while a strike held to mourn stays no protest.
func TestRecallWordOfAnotherClause(t *testing.T) {
	pub := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	const lead = "QUETTA: A bomb killed six people near a bus stop on Quetta's Sariab Road on Tuesday evening.\n\nNo group claimed the attack.\n\n"
	checkArticles(t, []articleCase{
		{"mourning, and a strike",
			lead + "The chief minister declared a day of mourning, and shopkeepers observed a strike in the main bazaar on Wednesday against the killings.", pub, 2, 6},
		{"mourning; a sit-in",
			lead + "The chief minister declared a day of mourning; shopkeepers held a sit-in in the main bazaar on Wednesday against the killings.", pub, 2, 6},
		{"a strike to mourn",
			lead + "Shopkeepers observed a strike in the main bazaar on Wednesday to mourn the dead.", pub, 1, 6},
	})
}

// TestPerfectArrestsAfterAStatistic checks that arrests told in the past
// perfect right after a statistic, with no day of their own ("He said the
// police had arrested 215 militant associates"), go on with the
// statistic, while arrests on a day after it, or under a lead of news,
// are arrests made.
func TestPerfectArrestsAfterAStatistic(t *testing.T) {
	pub := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	const lead = "SRINAGAR: The police chief said on Tuesday that 48 militants had been killed in the valley this year.\n\n"
	checkArticles(t, []articleCase{
		{"the year's arrests",
			lead + "He said the police had arrested 215 militant associates and attached 30 properties under the anti-terror law.", pub, 0, -1},
		{"arrests on a day",
			lead + "He said the police had arrested two militant associates in Sopore on Monday.", pub, 1, 0},
		{"arrests as the news",
			"KUPWARA: Police said on Tuesday they had arrested three militant associates in Kupwara.", pub, 1, 0},
	})
}

// TestAlsoOnADay checks that a later sentence opening "Also on Sunday,"
// tells a further deed of the day, an event of its own, while a bare
// "Also," goes on with the deed told before.
func TestAlsoOnADay(t *testing.T) {
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	const lead = "SRINAGAR: Troops killed a militant in an encounter in Shopian on Sunday, police said.\n\nThe militant was a local recruit.\n\n"
	checkArticles(t, []articleCase{
		{"also on Sunday",
			lead + "Also on Sunday, militants hurled a grenade at a police post in Budgam town.", pub, 2, 1},
		{"a bare also",
			lead + "Also, militants hurled a grenade at the troops during the encounter.", pub, 1, 1},
	})
}

// TestSecondDeedToldInItsPlace checks that a lead's second deed, a bid
// foiled "while" the first was fought ("..., while an infiltration bid was
// foiled in Baramulla's Uri sector, where one intruder was killed"), is
// told apart by a later paragraph that opens on its place with no
// violence of its own ("In the Uri sector of Baramulla, troops spotted
// ... In the firefight that followed, one intruder was shot dead"): two
// events, each with its own toll. A paragraph that names no place keeps
// one event.
func TestSecondDeedToldInItsPlace(t *testing.T) {
	pub := time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)
	const lead = "SRINAGAR: Two militants were killed in an encounter with troops in Shopian district on Friday, while an infiltration bid was foiled in Baramulla's Uri sector, where one intruder was killed, officials said.\n\nThe bodies of the two militants were handed over to their families.\n\n"
	checkArticles(t, []articleCase{
		{"the paragraph opens on the second place",
			lead + "In the Uri sector of Baramulla, troops spotted suspicious movement along the fence on Thursday night and challenged the intruders. In the firefight that followed, one intruder was shot dead while the others fled.", pub, 2, 2},
		{"the paragraph names no place",
			lead + "Troops spotted suspicious movement along the fence on Thursday night and challenged the intruders. In the firefight that followed, one intruder was shot dead while the others fled.", pub, 1, 3},
	})
}

// TestRoundUpByPlaces checks that a lead that counts the districts or
// towns of its deeds ("in three districts", "in at least four districts")
// or three or more attacks is a round-up: its later paragraphs tell one
// deed each, opened by a place ("In Tank,"), by a part of a place ("In the
// Daraban area of Dera Ismail Khan,") or by a place no part named before,
// and the lead's sum is no event of its own, nor is a paragraph that
// speaks of all the deeds at once ("claimed the attacks"). A part of a
// place the story named before goes on with its deed.
func TestRoundUpByPlaces(t *testing.T) {
	pub := time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC)
	const districts = "PESHAWAR: Militants attacked the police in three districts of Khyber Pakhtunkhwa on Monday night, killing two policemen, officials said.\n\n"
	const towns = "QUETTA: Security forces were targeted in three towns of Kech district on Tuesday, officials said.\n\n"
	checkArticles(t, []articleCase{
		{"three districts, each opened by its place or area",
			districts + "In Tank, militants opened fire on a police post. Two policemen were martyred.\n\n" +
				"In the Daraban area of Dera Ismail Khan, a roadside bomb hit a police van, injuring three constables.\n\n" +
				"In Karak, militants fired rockets at a police station, causing no damage.", pub, 3, 2},
		{"an area of the district the lead named goes on",
			"LAKKI MARWAT: Militants attacked a police post in Lakki Marwat district on Monday night, killing two policemen, officials said.\n\n" +
				"In the Saddar area of Lakki Marwat, the attackers also set fire to a police van.", pub, 1, 2},
		{"four attacks counted",
			"TURBAT: Militants carried out three attacks in Kech district on Monday, killing a soldier and a shopkeeper.\n\n" +
				"In Tump, a soldier was killed when a roadside bomb hit an FC vehicle.\n\n" +
				"In Turbat, gunmen shot dead a shopkeeper near his home.\n\n" +
				"In Buleda, militants fired at an FC post. No one was hurt.", pub, 3, 1},
		{"one of three attacks is no sum",
			"PESHAWAR: Militants killed five policemen in an attack on a checkpoint in Lakki Marwat on Monday, officials said, in one of three attacks reported in the province in a day.\n\n" +
				"Dozens of militants attacked the checkpoint late on Monday, firing from several directions for an hour.\n\n" +
				"Separately, a roadside bomb struck a military vehicle in Bannu on Tuesday morning, wounding two soldiers.\n\n" +
				"Also on Tuesday, a grenade was thrown at a shop in Quetta, wounding the shopkeeper.", pub, 3, 5},
		{"a paragraph on all the attacks tells none",
			districts + "In Tank, militants opened fire on a police post. Two policemen were martyred.\n\n" +
				"In Karak, militants fired rockets at a police station, causing no damage.\n\n" +
				"The TTP claimed the attacks in a statement, saying 15 policemen had been killed.", pub, 2, 2},
		{"a town no part named opens the third part",
			towns + "In Tump, a roadside bomb went off near an FC vehicle, injuring three personnel.\n\n" +
				"Hours later, armed men attacked an army post in Hoshab. A soldier was martyred.\n\n" +
				"In the evening, a grenade was hurled at the house of a local politician in Turbat. No one was hurt.", pub, 3, 0},
		{"a town a part named goes on with it",
			towns + "In Tump, a roadside bomb went off near an FC vehicle, injuring three personnel.\n\n" +
				"Hours later, armed men attacked an army post in Hoshab. A soldier was martyred.\n\n" +
				"In the evening, a grenade was hurled at the same post in Hoshab. No one was hurt.", pub, 2, 0},
	})
}

// TestSpateAndPractice checks that a sentence telling a place as having
// seen many deeds ("The province has seen a series of attacks in recent
// weeks, including the killing of passengers") and one telling the weapons
// militants are using ("the militants were using drones fitted with mortar
// shells") report no incident, while a deed told before the spate, a deed
// with its day beside it, and a weapon used in a deed still do.
func TestSpateAndPractice(t *testing.T) {
	pub := time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"a spate seen is background",
			"QUETTA: The government imposed Section 144 across the province on Tuesday.\n\nThe province has seen a series of attacks in recent weeks, including the killing of passengers on the highways.", pub, 0, -1},
		{"a deed with its day beside the spate is news",
			"QUETTA: Gunmen killed two labourers in Kech on Tuesday.\n\nThe district has witnessed several attacks on workers, and on Monday a grenade was thrown at a shop in Turbat.", pub, 2, 2},
		{"a deed told before the spate is news",
			"Four policemen were killed in an attack on a checkpost in Tank on Tuesday, officials said, adding that the district had witnessed several such attacks this year.", pub, 1, 4},
		{"weapons militants are using are no deed",
			"PESHAWAR: Quadcopter attacks on the police have risen in the south, officials said on Monday.\n\nA police official said the militants were using drones fitted with mortar shells, dropped from a height.", pub, 0, -1},
		{"a weapon used in a deed is news",
			"BANNU: Militants used a quadcopter to drop a mortar shell on a police station in Bannu on Monday, injuring two constables.", pub, 1, 0},
	})
}

// TestGroupSpokesmanToll checks that a toll the claimant's spokesman gives
// in the sentence after the claim of responsibility ("Its spokesman said
// in a statement that 12 personnel had been killed") is the group's claim,
// which yields to the officials' toll, and counts only when no other is
// given; a police spokesman's toll is told plainly.
func TestGroupSpokesmanToll(t *testing.T) {
	pub := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)
	const claimed = "\n\nThe banned BLA claimed responsibility for the attack. "
	checkArticles(t, []articleCase{
		{"the group's spokesman's toll yields to the officials'",
			"QUETTA: Three FC personnel were martyred when a roadside bomb hit their vehicle in Nushki on Tuesday, officials said." + claimed +
				"Its spokesman said in a statement that 12 personnel had been killed, a figure officials rejected.", pub, 1, 3},
		{"the group's spokesman's toll alone counts",
			"QUETTA: A roadside bomb hit an FC vehicle in Nushki on Tuesday, officials said." + claimed +
				"The group's spokesman said in a statement that five personnel had been killed.", pub, 1, 5},
		{"a police spokesman's toll is plain",
			"QUETTA: A roadside bomb hit an FC vehicle in Nushki on Tuesday." + claimed +
				"A police spokesman said three personnel had been killed.", pub, 1, 3},
	})
}

// TestArrestsOverPluperfectDeed checks that under a lead of arrests, a
// later sentence that tells in the pluperfect, with no day, the deed the
// suspects are held for ("The bus attack had killed nine passengers")
// gives the arrests no toll and opens no event, while a deed of its own
// day told later ("In a separate incident on Tuesday, gunmen killed two
// policemen in Pishin") still does.
func TestArrestsOverPluperfectDeed(t *testing.T) {
	pub := time.Date(2026, 10, 28, 0, 0, 0, 0, time.UTC)
	const lead = "QUETTA: The Counter-Terrorism Department on Monday arrested two suspected facilitators of the bomber who attacked a passenger bus near Mastung last month, officials said.\n\nThe suspects were arrested in a raid in Quetta.\n\n"
	checkArticles(t, []articleCase{
		{"the deed they are held for, in the pluperfect",
			lead + "The bus attack had killed nine passengers.", pub, 1, 0},
		{"a deed of its own day",
			lead + "In a separate incident on Tuesday, gunmen killed two policemen in Pishin.", pub, 2, 0},
	})
}

// TestEarlierThanNews checks that a deed a sentence's clause dates before
// the news it gives its own day ("on Sunday resumed the service, following
// repairs to the track that was damaged in an explosion near Sibi last
// week") is the news's cause, no incident, while a deed dated last week
// with no day of other news before it is reported.
func TestEarlierThanNews(t *testing.T) {
	pub := time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC)
	checkArticles(t, []articleCase{
		{"a service resumed after a blast of last week",
			"QUETTA: Pakistan Railways on Sunday resumed the Jaffar Express service, following repairs to the track that was damaged in an explosion near Sibi last week.", pub, 0, -1},
		{"a blast of last week told as news",
			"QUETTA: Two FC men were killed in a blast near Sibi last week, officials said on Sunday.", pub, 1, 2},
	})
}

// TestFatehaForVictims checks that prayers offered for the dead ("The
// meeting offered fateha for the passengers martyred in recent attacks,
// including the 12 people killed in the attack on a bus in Kalat earlier
// this month") name the violence only as whom the prayers are for, as a
// funeral does, while a killing told as news beside no such word stays
// one.
func TestFatehaForVictims(t *testing.T) {
	pub := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	const lead = "QUETTA: The provincial apex committee on Wednesday decided to strengthen the Levies along the highways.\n\n"
	checkArticles(t, []articleCase{
		{"fateha for the victims of a recalled attack",
			lead + "The meeting offered fateha for the passengers martyred in recent attacks, including the 12 people killed in the attack on a bus in Kalat earlier this month.", pub, 0, -1},
		{"a killing of earlier this month told as news",
			"QUETTA: Earlier this month, gunmen killed two labourers in Awaran, police said on Wednesday.", pub, 1, 2},
	})
}
