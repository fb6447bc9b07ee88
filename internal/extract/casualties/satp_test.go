package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindSummaryPhrasing covers the phrasing of incident summaries in
// the style of the South Asia Terrorism Portal: ranks in quotes, leaders
// and their associates, officials and their drivers, people who laid down
// arms, militias of armed groups and maimings. Each rule has a case where
// it must not fire.
func TestFindSummaryPhrasing(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"a count after a possessive", "Maoists shot dead his two Personal Security Officers (PSOs).", "security_forces.killed=2"},
		{"a possessive with no count is one", "Militants shot dead his brother near the market.", "civilians.killed=1"},
		{"bodyguards are security forces", "Two of his bodyguards were injured.", "security_forces.injured=2"},
		{"a Home Guard is a policeman", "A Home Guard was shot dead by the Maoists.", "security_forces.killed=1"},
		{"a security guard stays a civilian", "A security guard was shot dead by the Maoists.", "civilians.killed=1"},
		{"a surrendered militant is a civilian", "A surrendered Maoist was killed by his former comrades.", "civilians.killed=1"},
		{"a militant who had surrendered is a civilian", "A Hizb-ul-Mujahideen 'commander' who had surrendered in 2012 was shot dead by gunmen.", "civilians.killed=1"},
		{"militants killed while others surrendered stay militants", "Two Maoists were killed in the encounter while three others surrendered.", "militants.killed=2"},
		{"an armed group's militia is of its side", "Six Maoist militia members were arrested.", "militants.arrested=6"},
		{"a pro-government militia is of the state's side", "Two pro-government militia members were killed by the Taliban.", "security_forces.killed=2"},
		{"a phrase with a verb of its own is no list item", "Three Maoists surrendered and two were arrested.", "unknown.arrested=2"},
		{"a list of two phrases before a passive verb", "Three Maoists and two villagers were arrested.", "civilians.arrested=2 militants.arrested=3"},
		{"the agent of a participle is not the subject", "A youth abducted by the cadres last week had been killed.", "civilians.abducted=1 civilians.killed=1"},
		{"the agent after the verb is not the subject", "Two Maoists were killed by the police and three villagers were injured.", "civilians.injured=3 militants.killed=2"},
		{"a subject a participle describes", "Two soldiers attacked by militants were injured.", "security_forces.injured=2"},
		{"a driver joined after the force's name", "Fifteen commandos of the Maharashtra Police and their civilian driver were killed.", "civilians.killed=1 security_forces.killed=15"},
		{"a driver joined after an official's abbreviation", "A Block Development Officer (BDO) and his driver were killed.", "civilians.killed=1 civilians.killed=1"},
		{"a list after a force's name is not counted twice", "Three soldiers of the FC and two civilians were injured in the blast.", "civilians.injured=2 security_forces.injured=3"},
		{"a word of no side joined after the subject adds no one", "The commander of the unit and his deputy were killed.", "militants.killed=1"},
		{"a rank in quotes heads the phrase", "Police arrested a CPI-Maoist 'area commander' and two cadres in Gaya.", "militants.arrested=1 militants.arrested=2"},
		{"a hardcore's rank in quotes", "Police arrested a hardcore PLFI 'area commander' and his two associates.", "militants.arrested=1 militants.arrested=2"},
		{"a commander's associates before a passive verb", "A CPI-Maoist 'zonal commander' and his two associates were arrested.", "militants.arrested=1 militants.arrested=2"},
		{"a trader's associates stay civilians", "A trader and his two associates were abducted.", "civilians.abducted=1 civilians.abducted=2"},
		{"a headman and his sons", "The headman and his two sons were killed.", "civilians.killed=1 civilians.killed=2"},
		{"a maiming wounds", "Maoists chopped off the hands of two villagers.", "civilians.injured=2"},
		{"a member of a provincial assembly is a civilian", "Unidentified gunmen killed an MPA in Quetta.", "civilians.killed=1"},
		{"members of the national assembly are civilians", "Two MNAs were injured in the blast.", "civilians.injured=2"},
		{"people named by their community", "Three Hazaras were shot dead in Quetta.", "civilians.killed=3"},
		{"a community word before a noun is no person", "Gunmen attacked a Christian school, injuring two teachers.", "civilians.injured=2"},
		{"a scholar and his son", "A Shia scholar and his son were killed.", "civilians.killed=1 civilians.killed=1"},
		{"a police rank by its abbreviation", "Militants killed the AIG of police in Peshawar.", "security_forces.killed=1"},
		{"people slaughtered", "Militants slaughtered four villagers.", "civilians.killed=4"},
		{"people burnt alive", "Two shopkeepers were burnt alive by the mob.", "civilians.killed=2"},
		{"people mowed down", "Gunmen mowed down six worshippers.", "civilians.killed=6"},
		{"the manner before the victims", "Unidentified gunmen bludgeoned to death a shopkeeper.", "civilians.killed=1"},
		{"a beating's verb before to death and the victims", "Militants tortured to death two villagers.", "civilians.killed=2"},
		{"a beating to death in the passive", "A shopkeeper was beaten to death by the mob.", "civilians.killed=1"},
		{"a beating with no death wounds no one here", "Militants tortured two villagers.", ""},
		{"the manner after the victims", "Unidentified gunmen bludgeoned a shopkeeper to death.", "civilians.killed=1"},
		{"a participle before capitals that end the sentence", "Two soldiers were martyred and an injured SPO", "security_forces.killed=2"},
		{"people joined along with the object", "The attack killed 85 soldiers along with 50 civilians.", "civilians.killed=50 security_forces.killed=85"},
		{"people joined together with the object", "Troops killed five terrorists together with their commander.", "militants.killed=1 militants.killed=5"},
		{"people joined as well as the object", "Gunmen killed three policemen as well as two civilians.", "civilians.killed=2 security_forces.killed=3"},
		{"things along with the object are no people", "Police arrested three suspects along with their weapons.", "unknown.arrested=3"},
		{"cutting off a supply hurts no one", "Maoists cut off the power supply to the village.", ""},
		{"an injured officer who died is no new wounded", "The toll rose to seven after one more injured Special Police Officer (SPO) died.", "security_forces.killed=1 unknown.killed=7"},
		{"a long name with an abbreviation in two parts", "SFs killed a suspected Nationalist Socialist Council of Nagaland Isak Muivah (NSCN IM) militant in an encounter.", "militants.killed=1"},
		{"others after an including list are of the whole", "At least 12 persons, including four Policemen, were killed and 25 others injured.", "civilians.injured=25 civilians.killed=8 security_forces.killed=4"},
		{"others after a whole of one side", "Two soldiers, including an officer, were killed and three others injured.", "security_forces.injured=3 security_forces.killed=2"},
		{"others after a part of the same side", "Two soldiers were killed and three others injured.", "security_forces.injured=3 security_forces.killed=2"},
		{"deaths of last month told in the past perfect", "The Maoists admitted in a press release that 14 of their cadres had been killed in the encounter last month.", ""},
		{"deaths of this week told in the past perfect", "Police said that two Maoists had been killed in the encounter on Monday.", "militants.killed=2"},
		{"a rank in quotes with an of complement", "Security Forces killed a 'divisional committee member' of the CPI-Maoist in an encounter.", "militants.killed=1"},
		{"a member in quotes of no armed group", "Police arrested a 'member' of the village committee.", "civilians.arrested=1"},
		{"a victim after two verbs and an adverb", "The Maoists abducted and later killed a former SPO, Kunjam Budhra, in Bijapur.", "civilians.abducted=1 civilians.killed=1"},
		{"their own cadres", "Maoists killed two of their own cadres suspecting them of being police informers.", "militants.killed=2"},
		{"a rank with its abbreviation and of complement joined to another", "An Assistant Sub-Inspector (ASI) of Police and a constable were killed when Maoists ambushed their patrol.", "security_forces.killed=1 security_forces.killed=1"},
		{"a force's complement joined to a civilian", "Two jawans of the CRPF and a civilian were injured.", "civilians.injured=1 security_forces.injured=2"},
		{"a rank in quotes is an armed group's", "Police killed a 'lance corporal' of the ULFA-I in Tinsukia.", "militants.killed=1"},
		{"a rank with no quotes is the state's", "Militants killed a lance naik of the Army in Kupwara.", "security_forces.killed=1"},
		{"a list item with its abbreviation and complement", "Two persons, including a Junior Commissioned Officer (JCO) of Army and a militant, were killed in the gun battle.", "civilians.killed=0 militants.killed=1 security_forces.killed=1"},
		{"ranks of a force's superintendents and inspectors", "At least eight persons, including a Senior Superintendent of Police (SSP), two Inspectors of the Nepal Police, and a toddler were killed in the clash.", "civilians.killed=5 security_forces.killed=1 security_forces.killed=2"},
		{"an including list after the verb of another phrase", "Three soldiers were killed and 60 others, including 57 policemen, were injured.", "security_forces.injured=57 security_forces.killed=3 unknown.injured=60"},
		{"an including list after the verb of the same phrase", "Sixteen people were killed in the attack, including the bomber.", "civilians.killed=15 perpetrators.killed=1"},
		{"people assaulted and counted are wounded", "Maoists raided the houses of party supporters and assaulted 20 villagers.", "civilians.injured=20"},
		{"one person assaulted is wounded", "The Maoists also assaulted his brother Binod.", "civilians.injured=1"},
		{"people assaulted in the passive", "Two traders were assaulted by the cadres.", "civilians.injured=2"},
		{"people thrashed and not counted are no casualties", "The Maoists also thrashed the labourers.", ""},
		{"the subject of an active beating is no victim", "A Maoist 'area commander' and his associate thrashed and shot a PACS 'President' in Garwah.", ""},
		{"assaulted and later beheaded is a killing", "Two villagers were assaulted and later beheaded by PLFI cadres.", "civilians.killed=2"},
		{"assaulted to death is a killing", "A villager was assaulted to death by the Maoists.", "civilians.killed=1"},
		{"injuries sustained before a death told after", "Constable Satish Gaur (28) who was on sentry duty sustained bullet injuries and later succumbed to his injuries.", "security_forces.killed=1"},
		{"injuries sustained with no death", "Two jawans sustained bullet injuries in the encounter.", "security_forces.injured=2"},
		{"a named leader and his associate after a quoted rank", "Maoists attacked the village, killing TPC 'area commander' Mohan Ganju and his associate Ramdeo Ganju.", "militants.killed=1 militants.killed=1"},
		{"the chief of an armed group", "The chief of the CPI-Maoist's Jharkhand unit was killed in an encounter.", "militants.killed=1"},
		{"the secretary of a party", "The secretary of the CPI-M's branch committee was found dead.", "civilians.killed=1"},
		{"the chief of a village", "The chief of the village was shot dead.", "civilians.killed=1"},
		{"a founder is a civilian", "The founder of the blog was hacked to death by extremists.", "civilians.killed=1"},
		{"a secretary among the militants stays one", "Three Maoists, including an 'area committee secretary', were killed in the encounter.", "militants.killed=3"},
		{"both of two people named one by one", "The Maoists shot at a Policeman and his son, injuring both critically.", "civilians.injured=1 security_forces.injured=1"},
		{"both of a pair counted", "Militants attacked two soldiers, injuring both.", "security_forces.injured=2"},
		{"both of no people named", "The gunmen fired at the car, injuring both.", "unknown.injured=2"},
		{"more of the injured died with the toll restated", "The death toll of the bombing has risen to 25 after three more injured succumbed to their wounds.", "unknown.killed=25 unknown.killed=3"},
		{"more injured persons died", "Two more injured persons died in hospital.", "unknown.killed=2"},
		{"more injured moved are no deaths", "Three more injured policemen were shifted to Peshawar.", ""},
		{"a long name with no person after it", "SFs killed a suspected Nationalist Socialist Council of Nagaland Isak Muivah (NSCN IM) in an encounter.", ""},
		{"a past marker inside a relative clause recalls only the clause", "A Maoist, who was wanted in 12 cases, was shot dead by the police.", "militants.killed=1"},
		{"a past marker in the subject still recalls the rest", "Two Maoists wanted in 12 cases were arrested after an encounter in which a jawan was killed.", "militants.arrested=2"},
		{"a relative clause without commas before the verb", "A villager who had gone to the forest was injured in a blast.", "civilians.injured=1"},
		{"a relative clause without commas with no passive verb after it", "Police arrested the man who was injured in the blast.", "civilians.arrested=1"},
		{"a journalist's trade", "A cameraman of a television channel, Achyut Behera, who was travelling with a media team to cover the elections, was also killed in the attack.", "civilians.killed=1"},
		{"a name between the list's items", "Maoists killed a former sarpanch, Ramu Kunjam, and his son.", "civilians.killed=1 civilians.killed=1"},
		{"a title's abbreviation and name between the list's items", "Maoists shot dead a former Member of Legislative Assembly (MLA), Sivaji Rao, and his Personal Security Officer (PSO).", "civilians.killed=1 security_forces.killed=1"},
		{"a second title with no article is the same person", "Maoists killed a party leader and former sarpanch of the village.", "civilians.killed=1"},
		{"a second person with a possessive is another", "Maoists killed a villager and his son.", "civilians.killed=1 civilians.killed=1"},
		{"a second title before a passive verb is the same person", "A polio worker and supervisor was shot dead by militants.", "civilians.killed=1"},
		{"a death in the past perfect dated by a month alone is an earlier one", "The police said a jawan had been killed in an IED blast in April.", ""},
		{"a death in the past perfect dated by its day stays", "Six SPOs had been killed on the spot on April 6.", "security_forces.killed=6"},
		{"killed or injured gives neither", "Three Maoists were believed to have been killed or injured.", ""},
		{"killed and injured gives both", "Three Maoists were killed and injured.", "militants.injured=3 militants.killed=3"},
		{"a count of other injured people", "Six other injured jawans were airlifted.", "security_forces.injured=6"},
		{"injured people who died are dead", "Two injured jawans died in hospital.", "security_forces.killed=2"},
		{"the sexes of the dead told after them", "The bodies of the two, a man and a woman, were recovered.", "unknown.killed=2"},
		{"the sex of one told after him", "Another Maoist, a man, was injured.", "militants.injured=1"},
		{"a man and a woman as the subject", "A man and a woman were injured.", "civilians.injured=1 civilians.injured=1"},
		{"the number of one side's dead", "The number of Maoists killed in the encounter rose to seven.", "militants.killed=7"},
		{"a leader's associates along with him", "A commander was arrested along with four associates.", "militants.arrested=1 militants.arrested=4"},
		{"a civilian's associates along with him", "A trader was abducted along with two associates.", "civilians.abducted=1 civilians.abducted=2"},
		{"a unit's name before a rank", "An STF Assistant Platoon Commander was killed.", "security_forces.killed=1"},
		{"an ordinal after a count is one more", "Two SPOs were killed and a third was injured.", "security_forces.injured=1 security_forces.killed=2"},
		{"one of the injured hurt again is no new wounded", "One of the injured, a constable, lost a leg.", ""},
		{"the wounded of a who clause in care", "Two CoBRA commandos who were injured in the same blast are recovering.", "security_forces.injured=2"},
		{"the people of a who clause of another fate", "The cadre who was arrested on 12 June was released.", ""},
		{"the body of the dead told before in the sentence", "One Maoist was killed in the exchange of fire; the body of the cadre was recovered.", "militants.killed=1"},
		{"the body of someone alone in the sentence", "Police recovered the body of the constable.", "security_forces.killed=1"},
		{"deaths at a place told by where and dated by a month", "They planted IEDs on the road, where three CRPF personnel were killed in a blast in August.", ""},
		{"a list after a clause opener is of the other clause's people", "Two villagers were killed and five persons injured when about 50 cadres, including some women, opened fire.", "civilians.injured=5 civilians.killed=2"},
		{"a list right after the verb is of the toll", "Sixteen people were killed in the attack, including two policemen.", "civilians.killed=14 security_forces.killed=2"},
		{"a side's total with the of left out", "The total number Maoists killed in the operation rose to 28.", "militants.killed=28"},
		{"none of a force hurt", "The Maoists triggered three blasts in which none of the joint force personnel was injured.", "none.injured"},
		{"none of the people arrested is no negation", "None of the accused has been arrested so far.", ""},
		{"wounded with no count are not counted", "Several commandos were injured during the encounter.", ""},
		{"wounded with no count beside a counted toll", "Two jawans were killed and several others injured.", "security_forces.killed=2"},
		{"hundreds of wounded keep their figure", "At least 62 people were killed and hundreds injured.", "civilians.injured~100 civilians.killed=62"},
		{"the dead with no count keep the unspecified toll", "Several Maoists were killed in the encounter.", "militants.killed~3"},
		{"a wounded man caught", "The Policemen overpowered an injured Maoist.", "militants.injured=1"},
		{"a wounded man carried is no new wounded", "The villagers carried an injured Maoist to the road.", ""},
		{"a police patil is of the police", "The Maoists killed a Police patil in Aheri.", "security_forces.killed=1"},
		{"a patil alone is a village head", "The Maoists killed a patil in Aheri.", "civilians.killed=1"},
		{"another member after a side's figure", "A Maoist was killed and another member was injured.", "militants.injured=1 militants.killed=1"},
		{"another member of a named body keeps its side", "A Maoist was killed and another member of the family was injured.", "civilians.injured=1 militants.killed=1"},
		{"deaths at a place told by where and dated by their day", "The Maoists attacked the camp, where three CRPF personnel were killed on August 4.", "security_forces.killed=3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			got := summary(Find(toks, nil))
			if got != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}

// TestMoreTakesTheSideBefore checks that a bare "two more" with no figure
// before it in the sentence leaves its side to the sentence before, and
// that one after a figure of the sentence takes that figure's side.
func TestMoreTakesTheSideBefore(t *testing.T) {
	tests := []struct {
		sentence   string
		sideBefore bool
		want       string
	}{
		{"The Maoists then fired on the survivors, injuring two more.", true, "unknown.injured=2"},
		{"Rebels ambushed a patrol, killing two soldiers and wounding three more.", false, "security_forces.injured=3 security_forces.killed=2"},
		{"The Maoists then fired on the survivors, injuring two.", false, "unknown.injured=2"},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if got := summary(figs); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
		got := false
		for _, f := range figs {
			got = got || f.SideBefore
		}
		if got != tc.sideBefore {
			t.Errorf("Find(%q): SideBefore %v, want %v", tc.sentence, got, tc.sideBefore)
		}
	}
}

// TestBareMoreIsMore checks that a bare count with "more" after it, the
// object of a verb of harm, comes on top of the toll told before, and that
// "one more" closing a list of names is one of the list.
func TestBareMoreIsMore(t *testing.T) {
	tests := []struct {
		sentence string
		more     bool
	}{
		{"A second bomb exploded an hour later as rescuers gathered, killing four more.", true},
		{"The Maoists then fired on the survivors, injuring two more.", true},
		{"Three of the injured troopers identified as Bhola Prasad, RK Raina and one more succumbed to their injuries.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		got := false
		for _, f := range Find(toks, nil) {
			got = got || f.More
		}
		if got != tc.more {
			t.Errorf("Find(%q): More %v, want %v", tc.sentence, got, tc.more)
		}
	}
}
