package casualties

import "testing"

// TestHurriedTolls checks the tolls of a hurried note: "KIA", two tolls
// with no comma between, and two sides joined by "&", with near sentences
// whose count belongs to the verb before it; a source after the toll
// ("per officials", "acc. to police") is no victim of it, and a list
// right after the verb ("26 killed incl. the bomber") is a share of the
// toll before it.
func TestHurriedTolls(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"KIA", "3 FC men KIA, 2 injured.", "security_forces.injured=2 security_forces.killed=3"},
		{"MIA is no death", "Two soldiers MIA after the ambush.", ""},
		{"two tolls, no comma", "2 soldiers killed 3 injured in the IED blast.", "security_forces.injured=3 security_forces.killed=2"},
		{"two tolls in words", "One soldier killed two injured.", "security_forces.injured=2 security_forces.killed=1"},
		{"a count after the verb is its victims", "Militants killed 3 soldiers near Kohlu.", "security_forces.killed=3"},
		{"sides joined by &", "ISPR said 4 soldiers & 6 terrorists were killed in Bela.", "militants.killed=6 security_forces.killed=4"},
		{"a toll and its source after per", "3 Levies men killed per officials.", "security_forces.killed=3"},
		{"a toll and its source after according to", "Two soldiers killed according to police.", "security_forces.killed=2"},
		{"a toll and its source after acc. to", "4 FC men killed acc. to officials.", "security_forces.killed=4"},
		{"officials killed are victims", "Militants killed 2 officials in the attack.", "civilians.killed=2"},
		{"a list right after the verb", "26 killed including the bomber.", "perpetrators.killed=1 unknown.killed=25"},
		{"the list after incl.", "26 killed incl. the bomber.", "perpetrators.killed=1 unknown.killed=25"},
		{"the list set off by a comma", "26 killed, including the bomber.", "perpetrators.killed=1 unknown.killed=25"},
		{"a side's share of a whole of no side", "26 killed including 14 soldiers.", "security_forces.killed=14 unknown.killed=26"},
		{"a list after an active count", "Militants shot dead two including a constable.", "security_forces.killed=1 unknown.killed=2"},
		{"a list after a counted object", "The bomber killed 26 people including a constable.", "civilians.killed=25 security_forces.killed=1"},
		{"a suicide bomber who rammed died", "A suicide bomber rammed his car into the convoy, killing four soldiers.", "perpetrators.killed=1 security_forces.killed=4"},
		{"a suicide car bomber who struck died", "A suicide car bomber struck the post, killing two policemen.", "perpetrators.killed=1 security_forces.killed=2"},
		{"a bomber who planted a bomb may live", "A bomber struck the market with a timed device, killing two people.", "civilians.killed=2"},
		{"a suicide bomber stopped did not strike", "A suicide bomber who tried to enter the camp was shot dead before he struck.", "perpetrators.killed=1"},
		{"a suicide bomber told as struck, counted by the toll", "A suicide bomber struck the rally; six people died, the bomber among them.", "civilians.killed=5 perpetrators.killed=1"},
		{"gunmen who followed the bomber are beside him", "A suicide bomber blew himself up at the gate and the guards shot dead two gunmen who followed him.", "perpetrators.killed=1 perpetrators.killed=2"},
		{"the attackers killed hold the bomber", "A suicide bomber blew himself up at the gate and all four attackers were killed.", "perpetrators.killed=4"},
	})
}

// TestWiderTotals checks that a toll summed over a wider operation, told
// after this place's toll, is not this place's, while a wider toll told
// alone and a total of the same incident stay.
func TestWiderTotals(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"across the province", "Three FC personnel were killed; across the province the operation killed 20 security personnel.", "security_forces.killed=3"},
		{"in four towns", "Two policemen were killed at Kharan; the group's attacks in four towns that night killed 15 people in all.", "security_forces.killed=2"},
		{"in the four attacks", "Two policemen were killed in Kharan; in the four attacks 15 people were killed.", "security_forces.killed=2"},
		{"a wider toll alone", "On Monday, militants carried out coordinated attacks on two posts in Turbat, killing five soldiers.", "security_forces.killed=5"},
		{"the same incident's total", "Two soldiers and a civilian were killed; in all, three people died.", "civilians.killed=3"},
	})
}

// TestTookCaptive checks people "taken" by their captors ("took two Levies
// men with them", "took away four passengers") against things taken
// ("took away the personnel's weapons", "took away three bodies") and
// "took" of time or ground.
func TestTookCaptive(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"taken with them", "Militants attacked the post and took two Levies men with them.", "security_forces.abducted=2"},
		{"taken away", "Gunmen stopped the van and took away four passengers.", "civilians.abducted=4"},
		{"taken along", "The rebels took the driver along.", "civilians.abducted=1"},
		{"weapons taken away", "Militants took away the Levies personnel's weapons.", ""},
		{"bodies taken away", "The Maoists took away the other three bodies.", ""},
		{"ground taken", "Militants took control of the bazaar for three hours.", ""},
		{"the missing found dead", "One soldier was killed and two went missing; their bodies were found the next day.", "security_forces.abducted=2 security_forces.killed=1 security_forces.killed=2"},
		{"bodies of no one missing", "One soldier was killed; their bodies were found the next day.", "security_forces.killed=1"},
	})
}

// TestUnderTreatment checks the wounded told by their care after "N
// others" ("while 23 others remain under treatment") against the wounded
// restated by it ("five of them are under treatment").
func TestUnderTreatment(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"others under treatment", "Six soldiers were killed, while 23 others remain under treatment.", "security_forces.injured=23 security_forces.killed=6"},
		{"others being treated", "Eighteen passengers were killed and 27 others were being treated for gunshot wounds.", "civilians.injured=27 civilians.killed=18"},
		{"a share of the wounded restated", "Twelve people were injured; five of them are under treatment in Quetta.", "civilians.injured=12"},
		{"the wounded of no count", "The injured are under treatment at the hospital.", ""},
	})
}
