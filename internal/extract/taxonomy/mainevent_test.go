package taxonomy

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// checkSnippets classifies snippets of one or two sentences, the first
// the lead, as the extractor joins an event's sentences.
func checkSnippets(t *testing.T, cases []classifyCase) {
	t.Helper()
	for _, tc := range cases {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		lead := len(tc.text)
		for i, tk := range toks {
			if tk.Text == "." && i < len(toks)-1 {
				lead = tk.End
				break
			}
		}
		got := ""
		if c, ok := Classify(Input{Toks: toks, Hits: Scan(toks), LeadEnd: lead, Victims: tc.vict, ArmedActors: tc.armed, Security: tc.sec, Deaths: tc.deaths}); ok {
			got = c.SubEventType
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestScanMainEventWords: the words the fifteenth probe's snippets of
// several deeds showed unread or misread, each beside a sentence of the
// same words the rule must leave alone.
func TestScanMainEventWords(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Thousands have taken to the streets of Lomé since Monday.", "taken", CueProtest},
		{"Dockworkers stayed home on Monday in a strike over unpaid wages.", "strike", CueProtest},
		{"Two fighters were killed in a strike over the weekend.", "strike", CueNone},
		{"The wounded were taken to the district hospital.", "taken", CueNone},
		{"Rioters set three buses alight in the city centre.", "alight", CueDestroy},
		{"The lanterns in the square were alight all night.", "alight", CueNone},
		{"Police dug up a cache of rifles on a farm near the border.", "dug", CueDisrupt},
		{"Workers dug up the road to lay a water pipe.", "dug", CueNone},
		{"Youths armed with clubs and knives attacked traders at the market on Monday.", "attacked", CueMob},
		{"Gunmen armed with machetes attacked villagers at dawn.", "attacked", CueAttack},
		{"Youths armed with rifles and sticks attacked villagers at dawn.", "attacked", CueAttack},
		{"Engineers defused a bomb under the bridge, averting an attack on the convoy.", "attack", CueNone},
		{"Militants launched an attack on the convoy near the bridge.", "attack", CueAttack},
		{"The council formed a village guard to protect farmers from bandit attacks.", "attacks", CueNone},
		{"Police arrested the union leader on Friday, sparking protests in the capital.", "protests", CueNone},
		{"Protests spread across the capital after police arrested the union leader.", "protests", CueProtest},
		{"Soldiers detained a singer over his support for the strike movement.", "strike", CueNone},
		{"Supporters of two candidates clashed at the polling station.", "clashed", CueMob},
		{"Supporters of the candidate clashed with police at the polling station.", "clashed", CueClash},
		// People taken from their homes, and where to no one says.
		{"Gunmen took a woman from her home in the village on Monday.", "took", CueAbduct},
		{"Police took a woman from her home for questioning on Monday.", "took", CueArrest},
		{"Soldiers took a woman from her home on Monday; her family has not been told where she is held.", "took", CueAbduct},
		{"Insurgents have taken dozens of boys and girls from villages in the district.", "taken", CueAbduct},
		{"Insurgents have taken control of three villages in the district.", "taken", CueCapture},
		{"Men in plain clothes seized a member of the council from his car; his whereabouts are unknown.", "seized", CueAbduct},
		{"Police seized a member of the gang at a checkpoint on Monday.", "seized", CueArrest},
	})
}

// TestClassifyMainEvent: the snippet's one main event is the deed its
// lead tells, not the protest it set off, the attack it averted, the
// statement that names it or what followed a disaster.
func TestClassifyMainEvent(t *testing.T) {
	civ := func(n int) map[string]int { return map[string]int{"civilians": n} }
	checkSnippets(t, []classifyCase{
		// Ground retaken by name.
		{"Army troops took back Gwoza on Friday, the defence ministry said.", nil, 0, true, true, GovRegains},
		{"The minister took back Monday's remarks after the outcry.", nil, 0, false, false, ""},
		// A protest after a killing is its aftermath; a protest told
		// first with the killing as its cause is the protest.
		{"Gunmen killed nine farmers near the village on Sunday. Residents later marched to the governor's office.", civ(9), 9, true, false, Attack},
		{"Residents marched to the governor's office on Monday after gunmen killed nine farmers.", civ(9), 9, true, false, PeacefulProtest},
		// A disaster told first is the news.
		{"A flood killed 40 people in the valley; residents later protested over the slow relief.", civ(40), 40, false, false, ""},
		{"Residents protested on Monday over the slow relief after last week's flood.", nil, 0, false, false, PeacefulProtest},
		// Tear gas is a crowd policed, whatever rule of a pandemic it
		// broke.
		{"Police fired tear gas at a crowd that defied the Covid lockdown in the market.", nil, 0, true, true, ProtestWithForce},
		{"Covid cases rose in the market town, and police closed the shops.", nil, 0, true, true, ""},
		// Statements about a deed.
		{"The rebel group admitted on Monday that it carried out the ambush on the convoy.", nil, 0, true, false, ""},
		{"The junta accused the militia of planting the bomb that killed four people.", civ(4), 4, true, true, ""},
		{"The government accused the rebels of shelling the market town, killing two.", civ(2), 2, true, true, Shelling},
		{"The two neighbours traded accusations over the border area, where their troops clashed in May.", nil, 0, true, true, ""},
		{"The council met on Friday to discuss the killing of civilians in the region.", civ(3), 3, false, false, ""},
		{"The rebels denied that they had attacked the school.", nil, 0, true, false, ""},
		// Shells fired and fire returned.
		{"Insurgents fired mortars at the airport on Sunday. Troops returned fire.", nil, 0, true, true, Shelling},
		{"Insurgents fired rifles and mortars at the airport on Sunday. Troops returned fire.", nil, 0, true, true, ArmedClash},
		// A protester killed by the forces, or blinded.
		{"A student was killed by soldiers' bullets during a march in the capital.", civ(1), 1, false, false, ExcessiveForce},
		{"Mourners held a vigil for the student killed by soldiers during the march.", nil, 0, true, true, PeacefulProtest},
		{"Police fired rubber bullets at protesters in the square, blinding a student.", nil, 0, true, true, ExcessiveForce},
		{"Police fired rubber bullets at protesters in the square, injuring a student.", civ(1), 0, true, true, ProtestWithForce},
		// People fired on who were taking part in a strike, or who had
		// taken to the streets.
		{"Two men were killed when police fired live rounds at people taking part in the transport strike.", civ(2), 2, true, true, ExcessiveForce},
		{"Soldiers shot dead four people who had taken to the streets after the vote.", civ(4), 4, true, true, ExcessiveForce},
		{"Soldiers shot dead four people who had taken shelter in a school.", civ(4), 4, true, true, Attack},
		// Crowds fighting each other, the police's answer after.
		{"Supporters of two rival candidates clashed in the town on Saturday. Police fired shots in the air.", nil, 0, true, true, MobViolence},
		// A mob's stoning.
		{"Villagers stoned to death a man accused of theft on Sunday.", civ(1), 1, false, false, MobViolence},
		{"Militants stoned to death a woman accused of adultery on Sunday.", civ(1), 1, true, false, Attack},
		// Arrests and their aftermath or cause.
		{"Police arrested the union leader on Friday, sparking protests in the capital.", nil, 0, true, true, Arrests},
		{"Police fired tear gas and arrested 30 of them.", nil, 0, true, true, ProtestWithForce},
		// A truce told before the fighting it ended.
		{"The two militias agreed to a ceasefire on Sunday after a week of clashes that killed 30.", nil, 30, true, false, Agreement},
		{"The two militias clashed on Sunday, killing 30, before agreeing to a ceasefire.", nil, 30, true, false, ArmedClash},
		// Goods in store that blew up.
		{"A blast at a quarry killed six workers; police said a spark set off the stored dynamite.", civ(6), 6, false, false, ""},
		{"An explosion at a police post killed six officers on Monday.", map[string]int{"security_forces": 6}, 6, true, true, RemoteExplosive},
		// An attack averted.
		{"Engineers defused a bomb under the bridge, averting an attack on the convoy.", nil, 0, false, false, DisruptedWeapons},
	})
}

// TestStrategicMoveMainEvent: a peace mission leaving its camp and
// handing it over, an armed wing launched in the passive, recruiting
// begun to fight, each beside a sentence the rule must leave alone.
func TestStrategicMoveMainEvent(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The UN mission left its camp near the town and handed it to the national army.", true},
		{"The mining company left its camp near the town and handed it to the workers.", false},
		{"The Forest Guard, a new armed wing of the movement, was launched on Sunday.", true},
		{"A new website of the movement was launched on Sunday.", false},
		{"The government began recruiting thousands of volunteers to fight the rebels.", true},
		{"The company began recruiting thousands of workers for the harvest.", false},
	})
}
