package casualties

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// summary renders figures as "category.kind=count" sorted, negations as
// "none.kind", vague counts with a "~".
func summary(figs []Figure) string {
	var parts []string
	for _, f := range figs {
		switch {
		case f.Negated:
			parts = append(parts, "none."+f.Kind)
		case f.Vague:
			parts = append(parts, fmt.Sprintf("%s.%s~%d", f.Category, f.Kind, f.Count))
		default:
			parts = append(parts, fmt.Sprintf("%s.%s=%d", f.Category, f.Kind, f.Count))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"passive digits", "Three soldiers were killed in the attack.", "security_forces.killed=3"},
		{"a toll from a bombing of a train", "The death toll from Tuesday's bombing of a passenger train has risen to 12.", "unknown.killed=12"},
		{"a toll in a bombing at a rally", "The death toll in the suicide bombing at a political rally climbed to 44.", "unknown.killed=44"},
		{"a body of an abducted teacher", "Police recovered the bullet-riddled body of an abducted teacher on Sunday.", "civilians.killed=1"},
		{"a body of a policeman", "The body of a policeman was found in a drain.", "security_forces.killed=1"},
		{"the speaker is not the dead", "Police said two robbers were killed in an encounter.", "militants.killed=2"},
		{"the speaker's own dead", "Two policemen were killed in the encounter, officials said.", "security_forces.killed=2"},
		{"a count after a place is no age", "In Quetta 12 were killed and 20 injured.", "unknown.injured=20 unknown.killed=12"},
		{"a count after a place in a run-on text", "Gunmen attacked a camp in Kohlu Sibi 3 soldiers were killed reports Dawn", "security_forces.killed=3"},
		{"a count after the speaker with a noun of no side", "Officials said 7 suspects were arrested and 1 others escaped.", "unknown.arrested=7"},
		{"a passive claim is no speaker", "Four soldiers were claimed to be killed in the attack.", "security_forces.killed=4"},
		{"a passive saying is no speaker", "Three militants are said to have been killed in the raid.", "militants.killed=3"},
		{"part of the dead is no new toll", "Six of the dead were from South Waziristan and four from Karak.", ""},
		{"part of the injured who died is a death", "One of the injured died in hospital.", "unknown.killed=1"},
		{"passive words and martyred", "Two Pakistani soldiers were martyred during the operation.", "security_forces.killed=2"},
		{"active participle", "The militants stormed the post, killing four policemen.", "security_forces.killed=4"},
		{"killing of", "The raid led to the killing of six terrorists.", "militants.killed=6"},
		{"idiom sent to hell", "Our troops engaged the hideout and five khwarij were sent to hell.", "militants.killed=5"},
		{"article is one", "A policeman was shot dead near the market.", "security_forces.killed=1"},
		{"another", "One soldier was killed and another was injured.", "security_forces.injured=1 security_forces.killed=1"},
		{"others take the side before", "Nine villagers were killed and four others injured.", "civilians.injured=4 civilians.killed=9"},
		{"the attackers' others are not attackers", "Two bombers were killed and five others wounded when their car exploded.", "perpetrators.killed=2 unknown.injured=5"},
		{"including is carved out", "Twelve people, including three soldiers, were killed.", "civilians.killed=9 security_forces.killed=3"},
		{"including active", "The bomb killed 10 people, including two policemen, and wounded 20.", "civilians.killed=8 security_forces.killed=2 unknown.injured=20"},
		{"qualifier", "At least 14 persons were injured in the grenade attack.", "civilians.injured=14"},
		{"dozens", "Dozens of civilians were wounded by the shelling.", "civilians.injured=12"},
		{"vague plural", "Several soldiers were killed when rebels ambushed the convoy.", "security_forces.killed~3"},
		{"negation", "There were no casualties in the attack.", "none.killed"},
		{"a bare count after the verb shares the side before", "Rebels ambushed a patrol, killing two soldiers and wounding three.", "security_forces.injured=3 security_forces.killed=2"},
		{"a bare count after people has no side", "Gunmen killed two people and injured three.", "civilians.killed=2 unknown.injured=3"},
		{"a bare count of protesters fired on", "Police fired on protesters, killing two and wounding five.", "civilians.injured=5 civilians.killed=2"},
		{"a bare count with no crowd before", "Militants attacked the post, killing three.", "unknown.killed=3"},
		{"the killing a protest is against", "Residents staged a protest against the killing of a shopkeeper.", ""},
		{"the killing a mob protests", "A mob torched a police post protesting the killing of two youths.", ""},
		{"the killing a mob rioted over", "Rioters torched shops over the killing of a student.", ""},
		{"a killing over a dispute is a toll", "Two brothers were shot dead over a land dispute.", "civilians.killed=2"},
		{"a killing condemned at a rally", "Workers held a rally to condemn the brutal killing of a party leader.", ""},
		{"a death after a raid is a toll", "Troops raided the village after the killing of three soldiers.", "security_forces.killed=3"},
		{"the killing of in a raid is a toll", "The raid led to the killing of six terrorists after a gunfight.", "militants.killed=6"},
		{"a passer-by joined to the counted", "The bomb killed three policemen and a passer-by.", "civilians.killed=1 security_forces.killed=3"},
		{"a kinsman joined to the victim", "Gunmen killed a tribal elder and his nephew.", "civilians.killed=1 civilians.killed=1"},
		{"a driver joined to a soldier", "Gunmen abducted a Levies havaldar and a driver from the road.", "civilians.abducted=1 security_forces.abducted=1"},
		{"an abbreviated group joined to soldiers", "Rebels ambushed the convoy, killing 17 soldiers and 36 VDP.", "security_forces.killed=17 security_forces.killed=36"},
		{"an abbreviation before a weapon is no group", "Rebels killed 17 soldiers and seized 36 AK rifles.", "security_forces.killed=17"},
		{"members of a family including children", "Seven members of a family, including four children, were killed.", "civilians.killed=7"},
		{"a party's abbreviation inside its name", "Gunmen shot dead a Pakistan Peoples Party (PPP) leader near his home.", "civilians.killed=1"},
		{"a soldier's home town is no civilian", "Sepoy Akram (age: 24 years, resident of District Kohat) embraced shahadat.", "security_forces.killed=1"},
		{"a resident counted is a civilian", "A resident of Kohat was shot dead.", "civilians.killed=1"},
		{"a force's abbreviation between count and noun", "Two Security Force (SF) personnel were killed in the ambush.", "security_forces.killed=2"},
		{"abbreviations in the whole and its part", "Two Security Force (SF) personnel including a District Reserve Guard (DRG) jawan were killed.", "security_forces.killed=2"},
		{"a committee member among militants", "Six Maoists including a committee member were killed.", "militants.killed=6"},
		{"a committee member among people", "Ten people including a committee member were killed.", "civilians.killed=10"},
		{"a person word as an adjective in a list", "Rebels killed 15 soldiers and civilian auxiliaries.", "security_forces.killed=15"},
		{"participants of a rally", "Police fired on the rally, leaving one participant dead and 14 injured.", "civilians.injured=14 civilians.killed=1"},
		{"martyring", "Terrorists stormed the post, martyring two policemen.", "security_forces.killed=2"},
		{"escaped unhurt", "The driver escaped unhurt when the device went off.", "none.injured"},
		{"sustained injuries", "A passerby sustained injuries in the blast.", "civilians.injured=1"},
		{"abducted", "Gunmen abducted two engineers from the site.", "civilians.abducted=2"},
		{"arrested", "Police arrested five suspected militants in a raid.", "militants.arrested=5"},
		{"taken into custody", "Three men were taken into custody after the clash.", "civilians.arrested=3"},
		{"succumbed", "An injured constable later succumbed to his wounds.", "security_forces.killed=1"},
		{"bare count", "The blast killed 12 and injured 30 others.", "unknown.injured=30 unknown.killed=12"},
		{"lost their lives", "Four labourers lost their lives in the attack.", "civilians.killed=4"},
		{"actor hint", "Two FC personnel were martyred.", "security_forces.killed=2"},
		{"gunned down", "Unidentified assailants gunned down a tribal elder in the village.", "civilians.killed=1"},
		{"including a list", "At least 31 people, including 5 policemen and 2 children, were killed.", "civilians.killed=26 security_forces.killed=5"},
		{"coordinated active", "Maoists killed five policemen and two civilians.", "civilians.killed=2 security_forces.killed=5"},
		{"no one written with a digit", "A bomb went off near the bridge but no 1 was injured.", "none.injured"},
		{"no people of a kind", "No officers or bystanders were hurt in the exchange of fire.", "none.injured"},
		{"an injury with an adjective", "One guard sustained a minor injury when the gate was rammed.", "civilians.injured=1"},
		{"stab wounds received", "A shopkeeper received multiple stab wounds to his arm.", "civilians.injured=1"},
		{"stabbing active", "The assailant ran through the market stabbing four shoppers.", "civilians.injured=4"},
		{"an article before the count", "The two suspects were then shot dead by the guards.", "civilians.killed=2"},
		{"a list of sides before the verb", "Five peacekeepers, three police officers and two bystanders were injured.", "civilians.injured=2 security_forces.injured=3 security_forces.injured=5"},
		{"a range with between", "Between 20 and 25 villagers were abducted from the fields.", "civilians.abducted=20"},
		{"a count with a plus", "At least 40+ people were killed in the bombing.", "civilians.killed=40"},
		{"fatally stabbing", "The attacker fled, fatally stabbing a police officer at the gate.", "security_forces.killed=1"},
		{"a passive pair of participles", "One of the drivers was then kidnapped and murdered shortly after.", "civilians.abducted=1 civilians.killed=1"},
		{"the other of the victims", "One of the victims died and the other was critically injured.", "civilians.injured=1 unknown.killed=1"},
		{"a total of", "Two suicide bombers struck the market, killing a total of 45 people.", "civilians.killed=45"},
		{"taken to hospital", "Twelve people were taken to hospital after the blast.", "civilians.injured=12"},
		{"hospitalised", "Four soldiers were hospitalised.", "security_forces.injured=4"},
		{"uncounted victims taken to hospital may be dead", "The victims were rushed to hospital.", ""},
		{"bodies taken to hospital", "The bodies of three men were shifted to hospital.", "civilians.killed=3"},
		{"wounded then killed is one death", "The man stabbed and beheaded a shopkeeper in the bazaar.", "civilians.killed=1"},
		{"a share of the wounded", "Four other police officers were wounded, 1 of whom was seriously injured.", "security_forces.injured=4"},
		{"one of them died", "Two policemen were injured in the shootout and one of them succumbed to his injuries.", "security_forces.injured=2 unknown.killed=1"},
		{"a year is no count", "The trader, who was in 2005 arrested, was freed on bail.", ""},
		{"a party's name between the count and the noun", "Militants killed a local Rashtriya Janta Dal party leader near the market.", "civilians.killed=1"},
		{"injuries then death", "The elder suffered bullet injuries and died on the way to hospital.", "civilians.killed=1"},
		{"a stabbing is the attack", "A policeman was hurt in a coordinated stabbing and shooting attack.", "security_forces.injured=1"},
		{"the items of an including list belong to it", "Nine people were killed, including a Briton and an American tourist, and 20 other people were injured.", "civilians.injured=20 civilians.killed=9"},
		{"apposition is not a victim", "Militants killed Ali Khan, a resident of the village.", "civilians.killed=1"},
		{"person word as adjective", "The gunmen killed two Chinese engineers and their local driver.", "civilians.killed=1 civilians.killed=2"},
		{"as well as", "Rebels killed four soldiers, as well as three villagers.", "civilians.killed=3 security_forces.killed=4"},
		{"unread object is not the subject's fate", "Armed cadres shot dead ruling party worker Ram Lal near the market.", "civilians.killed=1"},
		{"agent before an object", "The insurgents killed whoever resisted them.", ""},
		{"victim between verb and to death", "A mob of rebels beat up Sunil Oraon to death.", "civilians.killed=1"},
		{"pronoun before to death", "The squad dragged him out and assaulted him to death.", "civilians.killed=1"},
		{"active idiom with object", "The cadres hacked to death a 40-year-old Police constable.", "security_forces.killed=1"},
		{"both", "Gunmen fired at a teacher and his brother, injuring both critically.", "civilians.injured=1 civilians.injured=1"},
		{"bare count before a place", "A grenade exploded at a shop, injuring one near the bazaar.", "unknown.injured=1"},
		{"injure", "The twin blasts kill nine people and injure 40.", "civilians.killed=9 unknown.injured=40"},
		{"vague count before the verb", "At least 30 people were killed and hundreds injured.", "civilians.injured~100 civilians.killed=30"},
		{"stabbed is a wounding", "Three shoppers were stabbed outside the mall.", "civilians.injured=3"},
		{"stabbed to death is a killing", "The man stabbed two guards to death.", "civilians.killed=2"},
		{"age is not a count", "A 32 year old trader was wounded in the attack.", "civilians.injured=1"},
		{"singular joined by and", "Two constables and a civilian were killed in the attack.", "civilians.killed=1 security_forces.killed=2"},
		{"unfamiliar noun then a list", "Rebels killed a ward secretary and one security guard.", "civilians.killed=1 civilians.killed=1"},
		{"comma list", "The blast killed a driver, a soldier and three labourers.", "civilians.killed=1 civilians.killed=3 security_forces.killed=1"},
		{"death toll rose", "The death toll from the market blast rose to 41 on Sunday.", "unknown.killed=41"},
		{"death toll rose to", "By evening the death toll rose to 23.", "unknown.killed=23"},
		{"toll stood at", "The official toll stood at nine.", "unknown.killed=9"},
		{"unspecified number", "An unspecified number of soldiers were killed in the raid.", "security_forces.killed~3"},
		{"vague fatalities", "The group said the rockets caused several fatalities at the camp.", "unknown.killed~3"},
		{"couple", "A Maoist couple was killed in the exchange of fire.", "militants.killed=2"},
		{"apposition with a singular", "Two rebels, members of a Maoist splinter group, were killed by the police.", "militants.killed=2"},
		{"herself", "The bomber blew herself up, killing herself and a guard.", "civilians.killed=1 perpetrators.killed=1"},
		{"object pronoun of an idiom", "Five Maoists shot him dead near the bank.", ""},
		{"breakdown after a comma", "The clash killed 14 people, seven soldiers and seven guards.", "civilians.killed=7 security_forces.killed=7"},
		{"unfamiliar victim noun", "Maoists killed a gram rakhi in the village.", "civilians.killed=1"},
		{"informers are civilians", "Militants shot dead a police informer.", "civilians.killed=1"},
		{"no casualty words", "The foreign office summoned the envoy over the remarks.", ""},
		{"the death of a counted phrase", "The shelling resulted in the death of 4 people and the wounding of 9 others.", "civilians.injured=9 civilians.killed=4"},
		{"the death of a named person is no toll", "Traders shut their shops to mourn the death of Ali Khan in custody.", ""},
		{"lives claimed", "The ambush claimed nine soldiers' lives near the pass.", "security_forces.killed=9"},
		{"lives taken", "The blast took 12 lives in the market.", "unknown.killed=12"},
		{"a suicide bomber stays the attacker", "Four civilians and two suicide bombers were killed in the blasts.", "civilians.killed=4 perpetrators.killed=2"},
		{"comma before the last and", "Ten villagers, three policemen, and two gunmen were killed.", "civilians.killed=10 perpetrators.killed=2 security_forces.killed=3"},
		{"a list's total before its breakdown", "Twenty people, five soldiers and fifteen villagers, were killed.", "civilians.killed=15 security_forces.killed=5"},
		{"a list that adds up is no breakdown without a total word", "Five soldiers, two policemen and three civilians were killed.", "civilians.killed=3 security_forces.killed=2 security_forces.killed=5"},
		{"including after a bare count", "Over 40 more, including six children, were injured.", "civilians.injured=6 unknown.injured=40"},
		{"a bare total stays whole for the tally", "The bomb killed 12, including three soldiers.", "security_forces.killed=3 unknown.killed=12"},
		{"relative clause before a passive verb", "A rebel, who had a bounty on his head, was killed in the raid.", "militants.killed=1"},
		{"named person with an age", "Ram Prasad (52), was shot dead near his house.", "civilians.killed=1"},
		{"a name is not a group", "Police were attacked and Ram Prasad was injured.", "civilians.injured=1"},
		{"a name and his guard", "Khan and his guard were killed near the gate.", "civilians.killed=1 civilians.killed=1"},
		{"a name and a counted phrase", "Karim and two guards were injured in the raid.", "civilians.injured=1 civilians.injured=2"},
		{"hostages executed", "Nine hostages were executed by the gang.", "civilians.killed=9 unknown.abducted=9"},
		{"a count from a force", "Five soldiers and two from the Levies were killed.", "security_forces.killed=2 security_forces.killed=5"},
		{"an unknown number", "The second blast killed an unknown number of people.", "civilians.killed~3"},
		{"a verb after and opens a clause", "The gunman killed a guard and took a nurse hostage.", "civilians.abducted=1 civilians.killed=1"},
		{"he after a victim of his kind", "The gunman killed a guard before he was shot dead by police.", "civilians.killed=1"},
		{"others in a list take the side before", "A soldier was killed, 2 others and a woman injured.", "civilians.injured=1 security_forces.injured=2 security_forces.killed=1"},
		{"a parenthesis before the verb", "Two soldiers were killed and 15 others (three of them children) were wounded.", "security_forces.injured=15 security_forces.killed=2"},
		{"one of a count of injured died", "Police said 1 of 4 young children injured has died.", "unknown.killed=1"},
		{"a toll that was over", "Later reports said the death toll was over 100.", "unknown.killed=100"},
		{"another after an including list", "A bomb killed 18 people including 8 civilians and 10 soldiers and another 27 people were wounded.", "civilians.injured=27 civilians.killed=8 security_forces.killed=10"},
		{"an including list ends at a new clause", "At least 72 people were killed, including 29 children and over 200 others were injured.", "civilians.injured=200 civilians.killed=72"},
		{"the object of another verb is no list item", "The bomb killed 6 soldiers and another was injured.", "security_forces.injured=1 security_forces.killed=6"},
		// Reports use "assaulted" for beatings their coders do not count
		// as injuries, unless the beaten are counted (satp_test.go).
		{"assaulted people not counted are no casualties", "Rebels assaulted the workers at the mine.", ""},
		{"beaten up", "Two traders were severely beaten up by the gang.", "civilians.injured=2"},
		{"received bullet injury", "Constable Ram Lal received bullet injury in the firing.", "security_forces.injured=1"},
		{"sustain injuries in the present", "A policeman is killed and two civilians sustain injuries.", "civilians.injured=2 security_forces.killed=1"},
		{"beaten up to death is a killing", "The mob beat up a trader to death.", "civilians.killed=1"},
		{"along with after the verb", "The guard was killed along with his wife near the gate.", "civilians.killed=1 civilians.killed=1"},
		{"along with before the verb", "Officer along with two civilians were killed in the attack.", "civilians.killed=2 security_forces.killed=1"},
		{"out of a pool", "Out of a dozen workers, 3 were killed.", "unknown.killed=3"},
		{"staff", "One company staff and one soldier were killed.", "civilians.killed=1 security_forces.killed=1"},
		{"a participle phrase inside a list", "The blast killed a candidate running for the assembly, his driver and a guard.", "civilians.killed=1 civilians.killed=1 civilians.killed=1"},
		{"a participle phrase then no list", "Gunmen killed a man walking home, police said.", "civilians.killed=1"},
		{"members of an armed group", "Police shot dead two members of the BLA near the border.", "militants.killed=2"},
		{"a woman among cadres", "Two rebels, including a woman, were killed in the raid.", "militants.killed=2"},
		{"a woman among people", "Five people, including a woman, were killed.", "civilians.killed=5"},
		{"the injured who died later", "Three people died. One of the injured later died in hospital.", "civilians.killed=3 unknown.killed=1"},
		{"others as a list's total", "Ten others, four policemen and six civilians, were injured.", "civilians.injured=6 security_forces.injured=4"},
		{"a deed before the reported one", "Police killed two rebels who had killed a teacher last year.", "militants.killed=2"},
		{"a claim in the past perfect", "The group claimed it had killed four soldiers.", "security_forces.killed=4"},
		{"them after another fate", "Gunmen abducted three traders and killed them near the river.", "civilians.abducted=3 civilians.killed=3"},
		{"a police station is no people", "A trader was shot dead near the Saddar Police Station area.", "civilians.killed=1"},
		{"found dead after a relative clause", "A farmer and his son, who left home last week, were found dead.", "civilians.killed=1 civilians.killed=1"},
		{"identified as between the subject and the verb", "Two commanders, identified as Ali and Umar, were killed.", "militants.killed=2"},
		{"the and a count", "Troops recovered the bodies of the two rebels.", "militants.killed=2"},
		{"neutralised takes camps", "Troops neutralised a training camp in the forest.", ""},
		{"neutralised a group's camp", "Police neutralised a rebel hideout and a training camp of the group.", ""},
		{"neutralised people", "Troops neutralised three terrorists in the raid.", "militants.killed=3"},
		{"a toll the arrested were involved in", "Two rebels, involved in the killing of four traders, were arrested by police.", "militants.arrested=2"},
		{"a toll in a clause after an arrest", "Police arrested three men for an ambush in which five soldiers were killed.", "civilians.arrested=3"},
		{"a toll in a clause after a surrender", "Six cadres who took part in a raid that killed two guards surrendered.", ""},
		{"a toll recalled with a day after", "A day after four rebels were killed in a raid, the group set a bus on fire.", ""},
		{"an arrest and a toll of the same day", "Troops killed two militants and arrested three others.", "militants.arrested=3 militants.killed=2"},
		{"including after the verb's adjuncts", "Nine people were killed in the market, including the suicide bomber.", "civilians.killed=8 perpetrators.killed=1"},
		// "among the dead were..." names people of the toll told before.
		{"among the dead is no toll", "Twelve were injured, among the dead were two children.", "unknown.injured=12"},
		{"among the injured is no toll", "Four people were killed; among the injured were three policemen.", "civilians.killed=4"},
		{"dead stays a toll", "The blast left six dead.", "unknown.killed=6"},
		// A total the sentence states replaces the parts told before it.
		{"in total replaces the parts", "The first blast killed 4 people, then a bomber struck the crowd; in total 20 were killed and 50 were injured.", "civilians.injured=50 civilians.killed=20"},
		{"in total after the figure", "The first blast killed 4 people and the second 9, so 13 were killed in total.", "civilians.killed=13"},
		{"a total of replaces parts of its kind only", "Two soldiers were killed and three injured; a total of 9 people were hurt.", "civilians.injured=9 security_forces.killed=2"},
		{"no total: the parts add up", "The first blast killed 4 people and the second killed 9 others.", "civilians.killed=4 civilians.killed=9"},
		{"a total of with including", "A total of 40 people were injured, including 6 policemen.", "civilians.injured=34 security_forces.injured=6"},
		// A bare count after the attackers is their victims'.
		{"a bare count after the bomber", "The bomber was killed and 20 were injured.", "perpetrators.killed=1 unknown.injured=20"},
		{"a bare count after militants keeps their side", "Three militants were killed while two were injured.", "militants.injured=2 militants.killed=3"},
		// Sides of the Maoist conflict.
		{"a group's hyphenated name", "A senior CPI-Maoist leader was killed in an encounter.", "militants.killed=1"},
		{"anti- names the other side", "Two anti-Maoist activists were shot dead.", "civilians.killed=2"},
		{"a militia's leader", "A Salwa Judum leader was killed by the rebels.", "militants.killed=1"},
		{"company officers are civilians", "Two mining company officers were shot dead by the rebels.", "civilians.killed=2"},
		{"police officers stay police", "Two police officers were shot dead by the rebels.", "security_forces.killed=2"},
		{"a surname is no rank", "Rebels killed Ramesh Naik, a farmer, at his home.", "civilians.killed=1"},
		// A wounding the clause turns into a killing of the same victim.
		{"stabbed and killed her", "A man stabbed a young nurse near the station and killed her.", "civilians.killed=1"},
		{"stabbed one, killed another", "A man stabbed a nurse and killed a guard.", "civilians.injured=1 civilians.killed=1"},
		{"members of a named armed group", "Rebels shot dead two members of the PCPA in the village.", "militants.killed=2"},
		{"members of a village stay civilians", "Rebels shot dead two members of the village council.", "civilians.killed=2"},
		{"a woman cadre is a cadre", "Troops killed a suspected woman Maoist cadre in the forest.", "militants.killed=1"},
		{"women soldiers are soldiers", "Two women soldiers were injured in the blast.", "security_forces.injured=2"},
		{"a woman stays a civilian", "A woman teacher was killed in the crossfire.", "civilians.killed=1"},
		{"a quoted title keeps its count", "Two self-styled 'area commanders' of the rebels were killed in a gunfight.", "militants.killed=2"},
		{"a former soldier is a civilian", "Rebels shot dead a retired police constable at his home.", "civilians.killed=1"},
		{"an ex-serviceman is a civilian", "An ex-serviceman was killed by the rebels.", "civilians.killed=1"},
		{"a serving soldier is not", "Rebels shot dead a police constable at his home.", "security_forces.killed=1"},
		{"a former militant stays a militant", "A former militant was injured in the clash.", "militants.injured=1"},
		{"a clause after the wounding is not its object", "Three policemen were killed and two others injured as rebels attacked a police team.", "security_forces.injured=2 security_forces.killed=3"},
		{"as many as is a count", "The rebels stormed the camp, killing as many as 12 soldiers.", "security_forces.killed=12"},
		{"other before a noun takes the noun's side", "Policemen fired at her, killing her and injuring two other villagers.", "civilians.injured=2"},
		// A running total over a period is no toll of the incident.
		{"bringing the number killed this month", "Militants shot dead 3 soldiers at a checkpoint, bringing to 60 the number of people killed this month.", "security_forces.killed=3"},
		{"taking the toll this year", "Gunmen killed two policemen, taking the death toll in the province this year to 112.", "security_forces.killed=2"},
		{"taking the incident's toll", "The attack killed two policemen, taking the death toll to 12.", "security_forces.killed=2 unknown.killed=12"},
		{"a name after two verbs is the object of both", "Armed rebels abducted and killed Ramu Naik, a farmer, in the district.", "civilians.abducted=1 civilians.killed=1"},
		{"the killers stay killers", "Armed rebels abducted and killed a farmer in the district.", "civilians.abducted=1 civilians.killed=1"},
		{"the last of an including list before the verb", "A shootout followed in which 8 people, including 4 hotel employees, 1 soldier and all 3 attackers were killed.", "civilians.killed=4 perpetrators.killed=3 security_forces.killed=1"},
		{"an including list with a verb of its own", "The blast killed 5 people, including 2 policemen and 20 people were injured.", "civilians.injured=20 civilians.killed=3 security_forces.killed=2"},
		{"a leader's associate is of his side", "Police shot dead a Maoist commander and his associate in the forest.", "militants.killed=1 militants.killed=1"},
		{"a victim's associate stays a civilian", "Rebels shot dead a trader and his associate in the market.", "civilians.killed=1 civilians.killed=1"},
		{"a rank stays a rank", "A naik was killed in the ambush.", "security_forces.killed=1"},
		{"a soldier's home after an article is no civilian", "Two militants were killed while a sepoy, a resident of Bannu, embraced shahadat.", "militants.killed=2 security_forces.killed=1"},
		{"a resident of a place alone is one", "A resident of Turbat was shot dead.", "civilians.killed=1"},
		{"the bomber besides the toll", "The bomber blew himself up, killing 14 soldiers and 12 civilians as well as himself.", "civilians.killed=12 perpetrators.killed=1 security_forces.killed=14"},
		{"the bomber in addition to the toll", "Three policemen were killed, in addition to the bomber, and ten were hurt.", "perpetrators.killed=1 security_forces.injured=10 security_forces.killed=3"},
		{"only the bomber died", "Apart from the bomber, no one was killed.", "none.killed perpetrators.killed=1"},
		{"counted bombers besides the toll", "Nine people died besides the two attackers.", "civilians.killed=9 perpetrators.killed=2"},
		{"attackers of no count besides the toll", "Nine people died besides the attackers.", "civilians.killed=9"},
		{"a bomber who blew himself up died too", "A suicide bomber blew himself up in a market, killing five people.", "civilians.killed=5 perpetrators.killed=1"},
		{"a bomber who detonated her vest died too", "The bomber detonated her suicide vest near the van, killing three teachers.", "civilians.killed=3 perpetrators.killed=1"},
		{"a bomber who blew himself up, the wounded only", "A suicide bomber blew himself up at the gate, wounding two guards.", "civilians.injured=2 perpetrators.killed=1"},
		{"a bomber counted in the toll is not counted again", "A suicide bomber blew himself up at the gate, killing himself and two guards.", "civilians.killed=2 perpetrators.killed=1"},
		{"a bomber who only tried", "A suicide bomber tried to blow himself up at the gate.", ""},
		{"both of a pair named before words of place", "Gunmen opened fire on two policemen guarding a bank in the city centre, injuring both.", "security_forces.injured=2"},
		{"both with no pair named before", "Gunmen opened fire on three labourers working at a site near the bazaar, killing both.", "unknown.killed=2"},
		{"a passive denied hurts no one", "The guard escorting the engineers was not hurt.", "none.injured"},
		{"a passive denied beside a toll", "The driver was not injured, but two passengers were killed.", "civilians.killed=2 none.injured"},
		{"bodies recovered settle a range", "Between six and eight rebels were killed in the clash and troops recovered five bodies.", "militants.killed=5"},
		{"bodies recovered settle a toll of more than", "More than a dozen rebels were killed in the clash; troops recovered 15 bodies from the hillside.", "militants.killed=15"},
		{"no bodies recovered leave no estimated toll", "Several rebels were killed in the clash, the army claimed, though no bodies were recovered.", ""},
		{"bodies recovered leave a counted toll", "At least nine rebels were killed in the clash and troops recovered five bodies.", "militants.killed=9"},
		{"things recovered leave an estimated toll", "About 20 rebels were killed in the clash and troops recovered five rifles.", "militants.killed=20"},
		{"besides with no death is no death", "Besides the bomber, two policemen were injured.", "security_forces.injured=2"},
		{"the people a pronoun stands for", "Armed men offloaded nine passengers from a bus and killed them.", "civilians.killed=9"},
		{"a share shot dead", "Gunmen offloaded passengers from a coach and shot 23 of them dead.", "civilians.killed=23"},
		{"a passive share of the people named further back", "Troops surrounded a group of rebels hiding in a ravine near the border crossing at dawn; the army said 12 of them were killed.", "militants.killed=12"},
		{"a passive share with no people named before", "The convoy came under fire near the old market at dawn; five of them were injured.", "unknown.injured=5"},
		{"a share a pronoun stands for", "They checked the passengers' papers, offloaded seven of them and shot them dead.", "civilians.killed=7"},
		{"one person a pronoun stands for and his kin", "Militants attacked the house of a tribal elder, killing him and his son.", "civilians.killed=1 civilians.killed=1"},
		{"a pronoun's killer is no victim", "A policeman shot him dead.", ""},
		{"people taken off a bus a pronoun stands for", "Armed men took nine passengers off a bus and shot them dead.", "civilians.killed=9"},
		{"what the counted people were is not them", "Gunmen identified three passengers as residents of Punjab and shot them dead.", "civilians.killed=3"},
		{"what uncounted people were counts nothing", "Gunmen identified the passengers as residents of Punjab and shot them dead.", ""},
		{"a subject who took people is no antecedent", "Two gunmen took the road to the village and shot them dead.", ""},
		{"a subject is no antecedent", "A police team raided the village and arrested him.", ""},
		{"a titled name ends no list", "Police arrested party leader Ali Khan and 16 other activists.", "civilians.arrested=1 civilians.arrested=16"},
		{"places after a victim are no victims", "Militants killed a shopkeeper in Quetta and Turbat.", "civilians.killed=1"},
		{"sons of soil are soldiers", "Five terrorists were neutralised, while three brave sons of soil embraced shahadat.", "militants.killed=5 security_forces.killed=3"},
		{"the sons of a man are his kin", "The sons of a tribal elder were shot dead.", "civilians.killed=1"},
		{"adults are civilians", "The blast killed five children and two adults.", "civilians.killed=2 civilians.killed=5"},
		{"a share arrested of the people before", "Police baton-charged activists protesting in Turbat and arrested 12 of them.", "civilians.arrested=12"},
		// A share set off as an aside describes the counted subject; it
		// is no figure of its own (the summary's total stays two).
		{"a share in the subject stays a share", "Two security personnel, one of them a commando, were injured.", "security_forces.injured=2"},
		{"schoolchildren are civilians", "The blast killed five schoolchildren and a passer-by.", "civilians.killed=1 civilians.killed=5"},
		{"an administrator is a civilian", "The assistant commissioner was shot dead by the militants.", "civilians.killed=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			var hints []Hint
			if i := strings.Index(tc.sentence, "FC personnel"); i >= 0 {
				hints = append(hints, Hint{Start: i, End: i + len("FC personnel"), Category: Security})
			}
			if i := strings.Index(tc.sentence, "BLA"); i >= 0 {
				hints = append(hints, Hint{Start: i, End: i + len("BLA"), Category: Militants})
			}
			got := summary(Find(toks, hints))
			if got != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}

func TestEvidenceInsideSentence(t *testing.T) {
	s := "Militants attacked the checkpost, killing two soldiers and injuring three others."
	toks := lex.Tokens(s, 0, len(s))
	for _, f := range Find(toks, nil) {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			t.Fatalf("figure %+v has span outside the sentence", f)
		}
	}
}

// TestFlags checks the marks the tally reads: which tolls are of
// "people" that other sentences may break down by side (Generic), and
// which figures say they come on top of a toll told before (More), which
// the tally adds rather than takes the larger of.
func TestFlags(t *testing.T) {
	tests := []struct {
		sentence string
		flag     string
		want     bool
	}{
		{"At least 30 people were killed in the blast.", "generic", true},
		{"The bombing killed 12 persons and wounded 40 persons.", "generic", true},
		{"Thirty civilians were killed in the blast.", "generic", false},
		{"Twelve people, including three soldiers, were killed.", "generic", false},
		{"Five soldiers were killed in the blast.", "generic", false},
		{"Two more soldiers were killed in the second blast.", "more", true},
		{"Another policeman died in hospital.", "more", true},
		{"Four villagers were also killed.", "more", false},
		{"Four villagers were killed.", "more", false},
		// "others" sets the injured apart from the dead.
		{"Two soldiers were killed and five others injured.", "more", false},
		// "another" after a figure of its kind in the sentence is summed there.
		{"A policeman was killed on the spot while another succumbed later.", "more", false},
		{"One of the injured died in hospital.", "more", true},
		// A whole with its parts is settled as a toll of its own.
		{"The blast wounded another 25, including six children.", "more", false},
	}
	for _, tc := range tests {
		t.Run(tc.flag+" "+tc.sentence, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			if len(figs) == 0 {
				t.Fatalf("Find(%q) found no figure", tc.sentence)
			}
			// Generic holds for every figure or none; More for one.
			got := false
			for _, f := range figs {
				if tc.flag == "generic" && f.Generic != tc.want {
					t.Errorf("Find(%q): figure %+v has Generic %v, want %v", tc.sentence, f, f.Generic, tc.want)
				}
				got = got || f.More
			}
			if tc.flag == "generic" {
				return
			}
			if got != tc.want {
				t.Errorf("Find(%q): More %v, want %v (%+v)", tc.sentence, got, tc.want, figs)
			}
		})
	}
}

func TestUpdates(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"toll rose", "The death toll rose to 41 on Sunday.", "unknown.killed=41"},
		{"toll after a long name with a title in quotes", "One more youth succumbed, taking the death toll in the violence after the killing of the group's 'commander' Ali Wani, to 37.", "civilians.killed=1 unknown.killed=37"},
		{"toll of a named incident", "The death toll in the bombing of the Jamrud bazaar rose to 21 on Tuesday.", "unknown.killed=21"},
		{"a toll not yet known", "The toll of the attack is not yet known.", ""},
		{"a date in brackets", "The death toll in the serial blasts (13 July) rose to 25 when one more person died.", "unknown.killed=25"},
		{"raising the toll", "Two more bodies were pulled from the rubble, raising the toll to 17.", "unknown.killed=17"},
		{"wounded died later", "Two of the wounded later died in hospital.", "unknown.killed=2"},
		{"more people died", "Three more people died of their wounds overnight.", "civilians.killed=3"},
		{"a restated toll without more is no update", "Seven people were killed in the blast.", ""},
		{"no cue word", "Police cordoned off the area.", ""},
		{"the number of dead", "The number of dead rose to 30 on Tuesday.", "unknown.killed=30"},
		{"the number of injured", "The number of people injured has climbed to 45.", "unknown.injured=45"},
		{"others who died later", "Three others later died in hospital.", "unknown.killed=3"},
		{"others of another kind are no update", "Five others were wounded.", ""},
		{"a deed of the past is no update", "The group had also killed two traders in 2019.", ""},
		{"a further deed may be background", "They also killed two traders at the market in June.", ""},
		{"a second victim", "A second woman was also stabbed in the back.", "civilians.injured=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			if got := summary(Updates(toks, nil)); got != tc.want {
				t.Errorf("Updates(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}

// TestFindMore pins which figures are told as beyond a toll told before:
// across sentences, the tally adds them instead of taking the largest.
func TestFindMore(t *testing.T) {
	tests := []struct {
		sentence string
		more     bool
	}{
		{"Four more people died in hospital.", true},
		{"The attacker then shot the driver dead.", true},
		{"Before he was caught, the gunman also killed a guard.", true},
		{"The gunman had also killed a guard in 2019.", false},
		{"The gunman killed a guard.", false},
		{"Two soldiers were also killed.", false},
		{"Security forces later killed four suspects.", false},
		{"Two others died later in hospital.", true},
		{"Two others died.", false},
		{"One of the survivors was murdered a week later.", true},
		{"One of the soldiers was murdered.", false},
		{"This is the third killing of an off-duty jawan this year.", false},
		{"Hours later another bomber killed 17 people at the cathedral.", true},
		{"A second blast killed three policemen.", true},
		{"The bomber killed 17 people at the cathedral.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].More != tc.more {
			t.Errorf("Find(%q) = %+v; want one figure with More=%v", tc.sentence, figs, tc.more)
		}
	}
}

// TestFindHedged: a toll told as possible or supposed is no toll; the
// same toll told as done is.
func TestFindHedged(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"may have", "Historians say more than two million people may have perished in the famine.", ""},
		{"may have been", "His relatives suggested a man may have been murdered.", ""},
		{"could", "Officials warned that the storm could kill hundreds of people.", ""},
		{"would have", "Without the wall, dozens of villagers would have died.", ""},
		{"could hurt", "Analysts fear the tariffs could hurt farmers.", ""},
		{"if", "If the guards were shot, the convoy would have stopped.", ""},
		{"will", "The militants said two guards will be killed.", ""},
		{"will, contracted", "The militants warned that they'll kill two guards.", ""},
		{"not done", "The guards won't be hurt, the commander said.", ""},
		{"May opening a sentence", "May 5: three soldiers were killed in an ambush.", "security_forces.killed=3"},
		{"done", "Two million people perished in the famine.", "civilians.killed=2000000"},
		{"done passive", "A man was murdered in his cell.", "civilians.killed=1"},
		{"May the month", "Three soldiers were killed in an ambush on 5 May.", "security_forces.killed=3"},
		{"modal elsewhere", "Three soldiers were killed and officials said the toll could rise.", "security_forces.killed=3"},
		{"general present", "Security forces who kill protesters are never punished.", ""},
		{"headline present", "Gunmen kill five villagers in raid.", "civilians.killed=5"},
		{"a death that dates", "Three weeks before he died, the prisoner had been moved to another cell.", ""},
		{"an aim", "The module had planned to kill 16 residents of the town.", ""},
		{"an aim, abduction", "The gang was sent to abduct two engineers, police said.", ""},
		{"an aim, then a deed", "Gunmen who came to kill a witness shot dead two policemen.", "security_forces.killed=2"},
		{"beaten to death", "A mob beat two men to death.", "civilians.killed=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(Find(lex.Tokens(tt.sentence, 0, len(tt.sentence)), nil)); got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestFindNumbersThatCountNobody pairs sentences whose number is an age, a
// date, a year, a weapon's model, a time or a unit's number, which must not
// be read as a count of people, with close sentences whose number does
// count people. Texts that lost their punctuation write ages and dates
// bare ("Ram Kumar 40 was shot dead", "was on August 24 killed").
func TestFindNumbersThatCountNobody(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		// Ages.
		{"a bare age after a name", "A shopkeeper identified as Ram Kumar 40 was shot dead by gunmen.", "civilians.killed=1"},
		{"an age between commas", "Aju, 40, was shot dead near his shop.", "civilians.killed=1"},
		{"a bare age after a name alone", "Rai Singh 40 was injured in the firing.", "civilians.injured=1"},
		{"two names with ages", "Two persons identified as Altaf Hussain 19 and Sajid Ali 37 were arrested with pistols.", "civilians.arrested=2"},
		{"ages in a list of names", "Two men identified as Abbas Ali 27 and Suleman Khan 23 were arrested.", "civilians.arrested=2"},
		{"an age before a description", "Veko Budhru 25 active as a squad member was arrested.", "civilians.arrested=1"},
		{"a count after a name with more", "In Rampur 12 more people were arrested.", "civilians.arrested=12"},
		{"an age before a title in quotes", "A rebel identified as Mangal Oram 22 'militia member' was killed in the encounter.", "militants.killed=1"},
		{"a count with no name before it", "40 were shot dead in the village.", "unknown.killed=40"},
		{"an age after a name joined to a count", "Hamid Khan 40 and two guards were killed.", "civilians.killed=1 civilians.killed=2"},
		{"a count of people after a name", "The convoy of Ram Kumar 12 guards were injured.", "civilians.injured=12"},
		// Weapons.
		{"a rifle's model before a person", "A policeman and an AK 47 toting rebel commander were killed.", "militants.killed=1 security_forces.killed=1"},
		{"a rifle's model as the object", "Troops recovered an AK 47 rifle after 2 militants were killed.", "militants.killed=2"},
		{"rifles seized and militants killed", "Two AK-47 rifles were seized and 3 militants killed.", "militants.killed=3"},
		{"a bore", "A man carrying a 12 bore gun was arrested.", "civilians.arrested=1"},
		// Dates and years.
		{"a day after a month, passive", "A rebel cadre was on August 24 killed in an exchange of fire.", "militants.killed=1"},
		{"a day after a month, arrest", "Two Maoists were on May 16 arrested from the district.", "militants.arrested=2"},
		{"a day and a comma before the verb", "A constable injured in the attack on August 15, died in hospital.", "security_forces.killed=1"},
		{"a year after a day", "A trooper shot and injured on September 8, 2012 near the square succumbed to his injuries.", "security_forces.killed=1"},
		{"a year with no day", "A youth who was wounded in 2016 succumbed to his injuries.", "civilians.killed=1"},
		{"a day before a month", "The cadre who was arrested on 12 June was released.", ""},
		{"a count after a dated comma", "On March 3, 12 soldiers were killed in the ambush.", "security_forces.killed=12"},
		{"a count larger than a day after a month", "In March 45 people were killed in the district.", "civilians.killed=45"},
		{"a year-sized count of people", "More than 2000 people were killed in the riots.", "civilians.killed=2000"},
		{"a year-sized count with a comma", "Over 2,012 people were killed in the riots.", "civilians.killed=2012"},
		// Once the date is no count, the subject before a relative
		// clause that the date closes is.
		{"a relative clause closed by a date", "A sarpanch who was abducted along with a dozen villagers on January 22 was killed.", "civilians.killed=1"},
		{"a named subject before a relative clause", "Jager Hossain (50) who received a stray bullet when activists clashed with police on November 29 succumbed to his injuries.", "civilians.killed=1"},
		{"the wounded who stay wounded", "Three soldiers injured in the blast were taken to hospital, where one of them died.", "security_forces.injured=3 unknown.killed=1"},
		{"a wounding told before the death", "A Policeman injured in a militant attack on SFs in the city on June 15 succumbed to his injuries.", "security_forces.killed=1"},
		{"the wounded of whom one died", "Of the three persons injured, one died on the way to hospital.", "civilians.injured=3 civilians.killed=1"},
		{"a militant attack is no militant", "A trader injured in a militant attack on Monday died in hospital.", "civilians.killed=1"},
		{"sympathisers of an extremist group", "Two sympathisers of the extremist group were killed by rival cadres.", "militants.killed=2"},
		// Times and units.
		{"a time", "Two jawans were killed when rebels fired at 10 30 am.", "security_forces.killed=2"},
		{"a time with a dot", "Militants opened fire at 9.15 am, injuring four policemen.", "security_forces.injured=4"},
		{"a unit's number", "Three personnel of 24 Assam Rifles were injured in the blast.", "security_forces.injured=3"},
		{"a battalion's number", "Troops of 27 AR were ambushed and two jawans were killed.", "security_forces.killed=2"},
		{"a count of a unit's men", "12 Frontier Corps soldiers were killed in the ambush.", "security_forces.killed=12"},
		{"a count of soldiers in a unit", "27 soldiers of the battalion were killed.", "security_forces.killed=27"},
		// Distances and sums.
		{"a sum of money", "A rebel carrying a reward of INR 30,000 was arrested in the forest.", "militants.arrested=1"},
		{"a distance", "A villager was killed 12 km from the camp.", "civilians.killed=1"},
		// A share told after "of them" is a part of the whole.
		{"a share of the same side", "The blast killed 30 people, 12 of them children.", "civilians.killed=30"},
		{"a share of another side", "Gunmen killed nine people, three of them policemen.", "civilians.killed=6 security_forces.killed=3"},
		{"a share of the wounded of another side", "The gunman killed five worshippers and wounded six, four of them police officers.", "civilians.injured=2 civilians.killed=5 security_forces.injured=4"},
		{"a share that is the attackers", "The bombing killed 20 people, two of them the bombers, and wounded 40.", "civilians.killed=18 perpetrators.killed=2 unknown.injured=40"},
		{"a share of no count carves nothing", "The bomb killed 10 people and injured more than 50, many of them children.", "civilians.killed=10 unknown.injured=50"},
		{"a share naming no people is none", "The attacker wounded five passengers, four of them seriously.", "civilians.injured=5"},
		// Hostages who died are of the dead, and their taking stays.
		{"hostages killed in the past perfect", "The siege ended at dawn; 20 hostages had been killed.", "civilians.killed=20 unknown.abducted=20"},
		{"hostages listed with a guard", "39 hostages and a guard were killed.", "civilians.killed=1 civilians.killed=39 unknown.abducted=39"},
		{"hostages taken by the killers", "Gunmen stormed the hotel and took 20 hostages and killed two guards.", "civilians.killed=2 unknown.abducted=20"},
		{"an aside between listed people", "Twenty tourists, mostly foreigners, and two police officers were killed.", "civilians.killed=20 security_forces.killed=2"},
		// One count shared by killing and wounding is the wounded.
		{"killing and injuring a count", "A gunman opened fire on shoppers, killing and injuring four.", "unknown.injured=4"},
		{"killing and wounding with no count", "Rebels ambushed a convoy, killing and wounding several soldiers.", "security_forces.killed~3"},
		{"killed and injured each with a count", "The gunmen killed four and injured nine.", "unknown.injured=9 unknown.killed=4"},
		// Spans and pronouns.
		{"a span in words is no count", "Police shot him dead nine minutes after the first call.", "perpetrators.killed=1"},
		{"the man the police shot dead is the attacker", "A man with an axe attacked passengers on a train, injuring five people before police shot him dead as he fled.", "civilians.injured=5 perpetrators.killed=1"},
		{"a militant the police shot dead is left to his side", "A Maoist fired at a patrol before police shot him dead.", ""},
		{"a gunman who shot him dead killed someone unknown", "Two gunmen shot him dead near his house.", ""},
		{"all five are the five attackers", "Five attackers drove into pedestrians, killing a woman; all five were shot dead by police.", "civilians.killed=1 perpetrators.killed=5"},
		{"all five are the five villagers", "Gunmen abducted five villagers; all five were shot dead.", "civilians.abducted=5 civilians.killed=5"},
		// More wounded, care and tolls put at a figure.
		{"a count with more before the verb", "Two were killed and four more were wounded.", "unknown.injured=4 unknown.killed=2"},
		{"more wounded after a death", "One man died and four more were wounded.", "civilians.injured=4 civilians.killed=1"},
		{"treated for injuries", "Five others were treated for injuries.", "unknown.injured=5"},
		{"tolls someone puts at figures", "Officials put the dead at 15 to 20 and the wounded at about 30.", "unknown.injured=30 unknown.killed=15"},
		{"a death toll put at a figure", "Officials put the death toll at 25.", "unknown.killed=25"},
		{"put something else at a place", "Officials put the blame at the door of the militants.", ""},
		{"him is not the hostages before", "A gunman held 15 shoppers hostage; police stormed the shop, killing him.", "civilians.abducted=15"},
		{"them is the people taken before", "Gunmen abducted four traders and killed them.", "civilians.abducted=4 civilians.killed=4"},
		{"the bomber's others are her victims", "A suicide bomber blew herself up at a bus stop, killing herself and six others.", "perpetrators.killed=1 unknown.killed=6"},
		{"the bomber's listed victims", "A suicide bomber blew herself up at a bus stop, killing herself and six passengers.", "civilians.killed=6 perpetrators.killed=1"},
		// A revised toll replaces the figures of no side it revises.
		{"a toll that rose past the first count", "At least 40 people were killed; the toll later rose to 52 dead.", "unknown.killed=52"},
		{"a first report and the toll that replaced it", "Officials first reported 14 dead, but the toll rose to 25 overnight as wounded victims died in hospital.", "unknown.killed=25"},
		{"a toll of the injured that rose", "The gunman wounded 400 people; the number of injured later rose to 850.", "unknown.injured=850"},
		{"a split by side stays beside a revised toll", "Three soldiers and two civilians were killed, and the toll later rose to 7.", "civilians.killed=2 security_forces.killed=3 unknown.killed=7"},
		{"a toll that did not change keeps the figures before it", "Twelve people were killed and the toll in the district stood at 40 for the month.", "civilians.killed=12 unknown.killed=40"},
	})
}
