package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
)

// TestTallyAcrossSentences pins how tally merges the casualty figures of
// an event's sentences: tolls of different sides given in separate
// sentences add up, while a side's toll told again, or an overall toll
// of "people" the sides break down, is counted once.
func TestTallyAcrossSentences(t *testing.T) {
	fig := func(cat, kind string, n int) casualties.Figure {
		return casualties.Figure{Kind: kind, Category: cat, Count: n, Bound: lex.BoundExact}
	}
	gen := func(kind string, n int) casualties.Figure {
		f := fig(casualties.Civilians, kind, n)
		f.Generic = true
		return f
	}
	named := func(cat, kind string) casualties.Figure {
		f := fig(cat, kind, 1)
		f.Named = true
		return f
	}
	more := func(cat, kind string, n int) casualties.Figure {
		f := fig(cat, kind, n)
		f.More = true
		if cat == casualties.Civilians {
			f.Generic = true
		}
		return f
	}
	// "one of the injured succumbed", "two of the injured later died".
	died := func(cat string, n int) casualties.Figure {
		f := fig(cat, casualties.Killed, n)
		f.More, f.WereInjured = true, true
		return f
	}
	// "bringing the number of dead to three".
	toll := func(n int) casualties.Figure {
		f := fig(casualties.Unknown, casualties.Killed, n)
		f.Toll = true
		return f
	}
	others := func(kind string, n int) casualties.Figure {
		f := fig(casualties.Unknown, kind, n)
		f.SideBefore = true
		return f
	}
	// "two FC personnel were among the injured".
	among := func(cat string, n int) casualties.Figure {
		f := fig(cat, casualties.Injured, n)
		f.AmongInjured = true
		return f
	}
	// "The hospital, however, said it had received 11 bodies": a second
	// source's toll.
	dissent := func(f casualties.Figure) casualties.Figure {
		f.Dissent = true
		return f
	}
	// "One of them died on the way to hospital, while the other is
	// being treated".
	oneOfTwo := func() casualties.Figure {
		f := died(casualties.Unknown, 1)
		f.OneOfTwo = true
		return f
	}
	// "BLA claimed that 11 soldiers were killed": a group's claim.
	claim := func(f casualties.Figure) casualties.Figure {
		f.Claimed = true
		return f
	}
	k, i := casualties.Killed, casualties.Injured
	sf, civ, mil, unk := casualties.Security, casualties.Civilians, casualties.Militants, casualties.Unknown
	tests := []struct {
		name        string
		perSentence [][]casualties.Figure
		want        string // split of the result
		wantFatal   int
	}{
		// "The bomb killed six people. The hospital, however, said it
		// had received 11 bodies."
		{"a second source's higher toll does not raise the first",
			[][]casualties.Figure{{gen(k, 6)}, {dissent(gen(k, 11))}},
			"civ.k=6", 6},
		// "Two FC soldiers were killed, however other sources reported
		// only one killed."
		{"a second source's lower toll lowers the first",
			[][]casualties.Figure{{fig(sf, k, 2), dissent(fig(unk, k, 1))}},
			"sf.k=1", 1},
		// "Three soldiers were killed, but police said two militants
		// were killed": another side's toll, told by no one before.
		{"a second source's toll of another side adds",
			[][]casualties.Figure{{fig(sf, k, 3)}, {dissent(fig(mil, k, 2))}},
			"sf.k=3,mil.k=2", 5},
		// "Two soldiers and four militants were killed. Officials,
		// however, said three had died": a toll of no side against two
		// sides' is left alone.
		{"a second source's toll of no side against two sides",
			[][]casualties.Figure{{fig(sf, k, 2), fig(mil, k, 4)}, {dissent(fig(unk, k, 3))}},
			"sf.k=2,mil.k=4", 6},
		// "Gunmen shot dead a shopkeeper, and a soldier was injured.
		// He was declared brought dead at the hospital."
		{"one man dead with no side is the dead told before",
			[][]casualties.Figure{{fig(civ, k, 1), fig(sf, i, 1)}, {others(k, 1)}},
			"sf.i=1,civ.k=1", 1},
		// "A soldier was killed. Three others were injured."
		{"others of another kind take the last side",
			[][]casualties.Figure{{fig(civ, k, 1), fig(sf, i, 1)}, {others(i, 3)}},
			"sf.i=3,civ.k=1", 1},
		// "A labourer was shot dead and another injured. One of them
		// died on the way to hospital, while the other is being
		// treated": the dead one told again.
		{"one of two dead, the other wounded, after one dead and one wounded",
			[][]casualties.Figure{{fig(civ, k, 1), fig(civ, i, 1)}, {oneOfTwo()}},
			"civ.k=1,civ.i=1", 1},
		// "Two labourers were shot and injured. One of them died on the
		// way to hospital, while the other is being treated."
		{"one of two wounded dead, the other wounded",
			[][]casualties.Figure{{fig(civ, i, 2)}, {oneOfTwo()}},
			"civ.k=1,civ.i=1", 1},
		// "Four FC soldiers were killed. BLA claimed that 11 soldiers
		// were killed."
		{"a claimed toll of a side counted before adds nothing",
			[][]casualties.Figure{{fig(sf, k, 4)}, {claim(fig(sf, k, 11))}},
			"sf.k=4", 4},
		// "25 troopers were killed. The CRPF claimed that a number of
		// Maoists were also killed, but no bodies were found."
		{"a vague claim beside exact tolls adds nothing",
			[][]casualties.Figure{{fig(sf, k, 25)}, {claim(casualties.Figure{Kind: k, Category: mil, Count: 3, Vague: true})}},
			"sf.k=25", 25},
		// "The AFF said its fighters attacked a checkpoint, killing four
		// Taliban fighters. A Taliban official, however, said only one
		// guard had been wounded."
		{"a second source's account against a claim stands in its place",
			[][]casualties.Figure{{claim(fig(sf, k, 4))}, {dissent(fig(sf, i, 1))}},
			"sf.i=1", 0},
		// "BLF claimed to have killed eight soldiers."
		{"a claimed toll alone counts",
			[][]casualties.Figure{{claim(fig(sf, k, 8))}},
			"sf.k=8", 8},
		// "Two CRPF personnel were killed. Police sources claimed that
		// over a dozen Maoists were killed."
		{"a claimed toll of another side counts",
			[][]casualties.Figure{{fig(sf, k, 2)}, {claim(fig(mil, k, 12))}},
			"sf.k=2,mil.k=12", 14},
		// "Two soldiers were killed. The group claimed to have killed
		// five."
		{"a claimed toll of no side after a counted one adds nothing",
			[][]casualties.Figure{{fig(sf, k, 2)}, {claim(fig(unk, k, 5))}},
			"sf.k=2", 2},
		// "Three soldiers were killed. Two civilians also died in the crossfire."
		{"different sides in separate sentences add up",
			[][]casualties.Figure{{fig(sf, k, 3)}, {fig(civ, k, 2)}},
			"sf.k=3,civ.k=2", 5},
		// "Gunmen killed four policemen. Three attackers were shot dead. Six bystanders were hurt."
		{"three sides and two kinds",
			[][]casualties.Figure{{fig(sf, k, 4)}, {fig(mil, k, 3)}, {fig(civ, i, 6)}},
			"sf.k=4,civ.i=6,mil.k=3", 7},
		// "Troops raided a hideout, killing six militants. The six militants were wanted."
		{"a restated toll counts once",
			[][]casualties.Figure{{fig(mil, k, 6)}, {fig(mil, k, 6)}},
			"mil.k=6", 6},
		// "Two soldiers died on the spot. Five soldiers were killed in all."
		{"the larger restatement of a side wins",
			[][]casualties.Figure{{fig(sf, k, 2)}, {fig(sf, k, 5)}},
			"sf.k=5", 5},
		// "Two soldiers and a policeman were killed."
		{"one sentence adds its figures",
			[][]casualties.Figure{{fig(sf, k, 2), fig(sf, k, 1)}},
			"sf.k=3", 3},
		// "Two soldiers were killed. The attack killed two."
		{"an overall toll restating a side's is not extra",
			[][]casualties.Figure{{fig(sf, k, 2)}, {fig(unk, k, 2)}},
			"sf.k=2", 2},
		// "Two soldiers were killed. The attack killed five people."
		{"an overall toll beyond a side's keeps the rest unknown",
			[][]casualties.Figure{{fig(sf, k, 2)}, {fig(unk, k, 5)}},
			"sf.k=2,unk.k=3", 5},
		// "Three soldiers were killed. Two civilians died. Five people were killed in all."
		{"an overall toll equal to the sides' sum is not extra",
			[][]casualties.Figure{{fig(sf, k, 3)}, {fig(civ, k, 2)}, {fig(unk, k, 5)}},
			"sf.k=3,civ.k=2", 5},
		// "At least 30 people were killed. Gunmen killed 10 soldiers at the post and 20 civilians at the market."
		{"a toll of people broken down by side later counts once",
			[][]casualties.Figure{{gen(k, 30)}, {fig(sf, k, 10), fig(civ, k, 20)}},
			"sf.k=10,civ.k=20", 30},
		// "Thirty people were killed, among them ten soldiers."
		{"a toll of people beyond the sides' is civilians",
			[][]casualties.Figure{{gen(k, 30)}, {fig(sf, k, 10)}},
			"sf.k=10,civ.k=20", 30},
		// "Ten soldiers were killed. Three people died in hospital."
		{"a smaller toll of people adds",
			[][]casualties.Figure{{fig(sf, k, 10)}, {gen(k, 3)}},
			"sf.k=10,civ.k=3", 13},
		// "Forty people were killed. Bombs in two markets killed 40."
		{"a toll of people is a side for the overall toll",
			[][]casualties.Figure{{gen(k, 40)}, {fig(unk, k, 40)}},
			"civ.k=40", 40},
		// "A cadre, identified as Somnath, was killed. Somnath was killed in retaliatory action."
		{"a person told by name adds nothing to a counted toll",
			[][]casualties.Figure{{fig(mil, k, 1)}, {named(civ, k)}},
			"mil.k=1", 1},
		// "A commander was killed. The body of Yadav was recovered."
		{"the body of a named person adds nothing to a counted toll",
			[][]casualties.Figure{{fig(mil, k, 1)}, {named(civ, k)}},
			"mil.k=1", 1},
		// "Ram Lal was shot dead. His brother Shyam Lal was injured."
		{"a named person alone counts",
			[][]casualties.Figure{{named(civ, k)}, {fig(civ, i, 1)}},
			"civ.k=1,civ.i=1", 1},
		// "Ten soldiers were killed. Two more soldiers were also killed later."
		{"a toll told as more adds",
			[][]casualties.Figure{{fig(sf, k, 10)}, {more(sf, k, 2)}},
			"sf.k=12", 12},
		// "Twelve hostages were executed. Four more people were also killed."
		{"more people add to the civilians",
			[][]casualties.Figure{{fig(civ, k, 12)}, {more(civ, k, 4)}},
			"civ.k=16", 16},
		// "Three people died. One of the injured later died in hospital."
		{"a death told as more is beyond a toll of people",
			[][]casualties.Figure{{gen(k, 3)}, {more(unk, k, 1)}},
			"civ.k=3,unk.k=1", 4},
		// "Gunmen killed 25. All four attackers were killed."
		{"the attackers' deaths are no part of an overall toll",
			[][]casualties.Figure{{fig(unk, k, 25)}, {fig(casualties.Perpetrators, k, 4)}},
			"unk.k=25", 29},
		// "Two more injured policemen succumbed. The bomb killed eight policemen and injured four policemen and two passers-by."
		{"the wounded who died leave the wounded of their own side first",
			[][]casualties.Figure{{died(sf, 2)}, {fig(sf, k, 8), fig(sf, i, 4), fig(civ, i, 2)}},
			"sf.k=10,sf.i=2,civ.i=2", 10},
		// "Two people were killed and 17 injured. Three policemen were among the injured."
		{"a side's share of the wounded is taken out of them",
			[][]casualties.Figure{{gen(k, 2), fig(civ, i, 17)}, {among(sf, 3)}},
			"sf.i=3,civ.k=2,civ.i=14", 2},
		// "Three policemen were among the injured." with no wounded told before.
		{"a side's share of no wounded told stands",
			[][]casualties.Figure{{among(sf, 3)}},
			"sf.i=3", 0},
		// "Troops repulsed the attack, killing all eight attackers. All eight terrorists were killed."
		{"the attackers told again as militants count once",
			[][]casualties.Figure{{fig(casualties.Perpetrators, k, 8)}, {fig(mil, k, 8)}},
			"mil.k=8", 8},
		// "Two soldiers were martyred and three terrorists killed. The two suicide bombers also died."
		{"attackers beyond the militants' dead add",
			[][]casualties.Figure{{fig(sf, k, 2), fig(mil, k, 3)}, {fig(casualties.Perpetrators, k, 5)}},
			"sf.k=2,mil.k=3", 7},
		// "A trooper was killed in the blast. Three others were injured."
		{"others opening a sentence are of the side before",
			[][]casualties.Figure{{fig(sf, k, 1)}, {others(i, 3)}},
			"sf.k=1,sf.i=3", 1},
		// "A bomber blew himself up. Three others were injured."
		{"others after the attacker stay of no side",
			[][]casualties.Figure{{fig(casualties.Perpetrators, k, 1)}, {others(i, 3)}},
			"unk.i=3", 1},
		// "Three others were injured." with nothing told before.
		{"others with no figure before stay of no side",
			[][]casualties.Figure{{others(i, 3)}},
			"unk.i=3", 0},
		// "Two Levies personnel were killed and four injured. One of the
		// injured succumbed, bringing the number of dead to three."
		{"the wounded who died are of the injured's side",
			[][]casualties.Figure{{fig(sf, k, 2), fig(sf, i, 4)}, {died(unk, 1), toll(3)}},
			"sf.k=3,sf.i=3", 3},
		// "A grenade killed one person and injured 11. Two of the injured
		// later died in hospital, raising the death toll to three."
		{"the wounded who died leave the injured though the toll counts them",
			[][]casualties.Figure{{fig(civ, k, 1), fig(civ, i, 11)}, {died(unk, 2), toll(3)}},
			"civ.k=3,civ.i=9", 3},
		// "Two soldiers were killed and three injured. One of the injured
		// soldiers died later."
		{"the wounded who died with a side keep it",
			[][]casualties.Figure{{fig(sf, k, 2), fig(sf, i, 3)}, {died(sf, 1)}},
			"sf.k=3,sf.i=2", 3},
		// "Three people were killed. Five were injured. One of the injured
		// died later."
		{"the wounded who died of no side stay of none",
			[][]casualties.Figure{{gen(k, 3)}, {fig(unk, i, 5)}, {died(unk, 1)}},
			"civ.k=3,unk.k=1,unk.i=4", 4},
		// "Twenty-five jawans were killed and seven injured. One of the
		// injured jawans died the next day, taking the toll to 26."
		{"the wounded of a side who died are in the toll they raise",
			[][]casualties.Figure{{fig(sf, k, 25), fig(sf, i, 7)}, {died(sf, 1), toll(26)}},
			"sf.k=26,sf.i=6", 26},
		// "Six SPOs were killed. The toll rose to seven as one more SPO died."
		{"one more of a side is in the toll it raises",
			[][]casualties.Figure{{fig(sf, k, 6)}, {more(sf, k, 1), toll(7)}},
			"sf.k=7", 7},
		// "Six SPOs were killed. The toll rose to nine as one more SPO died."
		{"a toll beyond the side's dead and the one more keeps the rest of no side",
			[][]casualties.Figure{{fig(sf, k, 6)}, {more(sf, k, 1), toll(9)}},
			"sf.k=7,unk.k=2", 9},
		// "Twenty-five jawans were killed. One of the injured jawans died
		// the next day, taking the toll to 26."
		{"a side's dead told with the toll they raise are of that side",
			[][]casualties.Figure{{fig(sf, k, 25)}, {fig(sf, k, 1), toll(26)}},
			"sf.k=26", 26},
		// "Twenty people were killed, among them five policemen. The toll
		// rose to 30, including the five policemen."
		{"a side's dead restated with the toll add nothing to it",
			[][]casualties.Figure{{gen(k, 20), fig(sf, k, 5)}, {toll(30), fig(sf, k, 5)}},
			"sf.k=5,civ.k=15,unk.k=10", 30},
		// "Two soldiers were killed and three injured. The attack killed
		// five people."
		{"a larger toll with no wounded dying stays of no side",
			[][]casualties.Figure{{fig(sf, k, 2), fig(sf, i, 3)}, {fig(unk, k, 5)}},
			"sf.k=2,sf.i=3,unk.k=3", 5},
		// "Three cadres were killed. The SFs found two more bodies. The
		// toll thus rose to five."
		{"a toll stated after the more holds them",
			[][]casualties.Figure{{fig(mil, k, 3)}, {more(unk, k, 2)}, {toll(5)}},
			"mil.k=3,unk.k=2", 5},
		// "Eighteen Maoists were killed. SFs recovered bodies of four more
		// Maoists. The number of Maoists killed rose to 28. A commando was
		// also killed."
		{"a side's toll stated after the more holds that side's only",
			[][]casualties.Figure{{fig(mil, k, 18)}, {more(mil, k, 4)}, {func() casualties.Figure { f := toll(28); f.Category = mil; return f }()}, {fig(sf, k, 1)}},
			"sf.k=1,mil.k=28", 29},
		// "A blast killed ten people; the death toll stood at ten. A second
		// blast killed four more."
		{"a toll stated before the more does not hold them",
			[][]casualties.Figure{{gen(k, 10), toll(10)}, {more(civ, k, 4)}},
			"civ.k=14", 14},
		{"no figures",
			nil,
			"", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, fatal, _, _ := tally(tc.perSentence)
			if got := split(c); got != tc.want || fatal != tc.wantFatal {
				t.Errorf("tally = %q, fatalities %d; want %q, %d", got, fatal, tc.want, tc.wantFatal)
			}
		})
	}
}

// TestTallyBound pins which bound qualifies the fatalities when the sides'
// tolls carry different ones: the largest toll's, the same on every run
// (the bound was once read off a map in its random order).
func TestTallyBound(t *testing.T) {
	fig := func(cat string, n int, bound string) casualties.Figure {
		return casualties.Figure{Kind: casualties.Killed, Category: cat, Count: n, Bound: bound}
	}
	sf, civ, mil := casualties.Security, casualties.Civilians, casualties.Militants
	tests := []struct {
		name        string
		perSentence [][]casualties.Figure
		want        string
	}{
		// "About 5 soldiers and at least 20 militants were killed."
		{"the larger toll's bound", [][]casualties.Figure{{fig(sf, 5, lex.BoundApprox), fig(mil, 20, lex.BoundLower)}}, lex.BoundLower},
		{"the larger toll's bound, other way round", [][]casualties.Figure{{fig(sf, 20, lex.BoundApprox)}, {fig(mil, 5, lex.BoundLower)}}, lex.BoundApprox},
		{"equal tolls: the first side in order", [][]casualties.Figure{{fig(mil, 7, lex.BoundLower), fig(civ, 7, lex.BoundApprox)}}, lex.BoundApprox},
		{"an exact larger toll leaves the smaller one's bound", [][]casualties.Figure{{fig(sf, 3, lex.BoundApprox), fig(civ, 30, lex.BoundExact)}}, lex.BoundApprox},
		{"exact tolls have no bound", [][]casualties.Figure{{fig(sf, 3, lex.BoundExact)}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Map order varies from run to run: ask enough times to see it.
			for range 50 {
				if _, _, got, _ := tally(tc.perSentence); got != tc.want {
					t.Fatalf("bound = %q, want %q", got, tc.want)
				}
			}
		})
	}
}

// TestEventTolls pins the casualty totals of whole texts whose toll is
// told across sentences, some of which name no violence themselves.
func TestEventTolls(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name            string
		text            string
		killed, injured int
	}{
		{"a police station's area names no policeman among the dead",
			"A village headman was abducted and killed by Maoists in Jamui. 'The headman, president of the village council in Chakai Police Station area, was found dead in the morning,' said the SP.", 1, 0},
		{"the toll a death among the wounded raises is not more of them",
			"A grenade was hurled at a tea shop in Quetta on Tuesday, killing one person and injuring 12 others. The injured were taken to the Civil Hospital, where one of them died on Wednesday, raising the death toll to two.", 2, 11},
		{"bodies and the wounded who died elsewhere set out the toll",
			"A suicide bomber struck a gathering in Bajaur on Tuesday. Twenty-three people were killed and 41 injured. The hospital in Khar received 18 bodies, while five of the injured died after being referred to Peshawar.", 24, 41},
		{"bodies and the wounded who died that do not make the toll add",
			"A suicide bomber struck a gathering in Bajaur on Tuesday. Twenty-three people were killed and 41 injured. The hospital in Khar received 12 bodies, while five of the injured died after being referred to Peshawar.", 29, 36},
		{"the wounded who died leave the wounded of their side",
			"The death toll of Monday's suicide attack on a police post in Kulachi rose to 10 after two more injured policemen succumbed to their wounds. The bomber struck the post on Monday, killing eight policemen and injuring six others, including two passers-by.", 10, 4},
		{"a kinsman told again is not one more",
			"A local leader was shot dead along with his nephew in Bajaur on Wednesday. His nephew, Abdul Basit, who was accompanying him, was also killed.", 2, 0},
		{"another kinsman is one more",
			"A local leader was shot dead along with his nephew in Bajaur on Wednesday. His son, who was accompanying him, was also killed.", 3, 0},
		{"the killed, then others told hurt in a clause of their own",
			"A bomb exploded in a market in Quetta on Monday, killing eight people, and 24 others were injured.", 8, 24},
		{"the wounded told by their stay in hospital",
			"A bomb exploded in a market in Quetta on Monday, killing eight people, and 24 others remain in hospital.", 8, 24},
		{"others missing are not wounded",
			"A bomb exploded in a market in Quetta on Monday, killing eight people. Two others remain missing.", 8, 0},
		{"the killed and others in one list",
			"A bomb exploded in a market in Quetta on Monday, killing eight people and 24 others.", 32, 0},
		{"a toll that rose later",
			"Gunmen attacked a market in Quetta, killing 11 people. The death toll rose to 41 by the evening.", 41, 0},
		{"a toll stated after the injured",
			"A bomb went off at a bus stop in Peshawar. Seven people were killed and 20 were injured. Officials said on Friday the death toll was nine.", 9, 20},
		{"the missing found dead the next day stay with the ambush",
			"Militants ambushed an FC patrol near Kohlu on Monday. One FC soldier was killed and two went missing; their bodies were found the next day.", 3, 0},
		{"a later death of the wounded",
			"A suicide bomber struck a police post in Bannu, killing three policemen. One of the injured later died in hospital.", 5, 0},
		{"the wounded who died leave the injured",
			"A gunman opened fire on a bus in Kurram, killing two passengers. Five others were wounded. One of the wounded later died in hospital.", 3, 4},
		{"a wound told by where the man was hit",
			"Two Maoists were killed in an encounter with the CRPF in Gumla District on May 4. A CRPF jawan, hit in the leg, was airlifted to Ranchi.", 2, 1},
		{"a second victim adds to the injured",
			"A man stabbed a cleric outside a mosque in Lahore. A second worshipper was also stabbed in the scuffle.", 0, 2},
		{"a further victim of the attacker",
			"A gunman opened fire in a cafe in Karachi, killing two customers and wounding seven. After fleeing, he then shot a taxi driver dead.", 3, 7},
		{"a deed of the attacker's past",
			"A gunman opened fire in a cafe in Karachi, killing two customers. He had also killed a guard in 2019.", 2, 0},
		{"the number of dead rose",
			"A car bomb exploded near a checkpoint in Kabul, killing 12 people. By the evening the number of dead had risen to 19, officials said.", 19, 0},
		{"others who died later in hospital",
			"Gunmen attacked a wedding party in Khost, killing four guests. Two others later died in hospital.", 6, 0},
		{"a rival claim yields to the injured told plainly",
			"On 3 May 2024, an IED went off near an FC vehicle in Kohlu. Three FC personnel were injured. However, the BLA claimed that five soldiers were killed.", 0, 3},
		{"a riot's cause told after it is not its toll",
			"On 2 March 2025, traders torched a police checkpoint and two trucks in Nushki after a shopkeeper was shot dead at the checkpoint.", 0, 0},
		{"a crowd that burned and then shot keeps its toll",
			"On 2 March 2025, villagers torched a police checkpoint in Nushki and shot dead a constable.", 1, 0},
		{"a claim alone stands",
			"On 3 May 2024, an IED went off near an FC vehicle in Kohlu. The BLA claimed that five soldiers were killed.", 5, 0},
		{"a claim that agrees in kind yields to the plain toll",
			"On 3 May 2024, an IED went off near an FC vehicle in Kohlu, killing two soldiers. However, the BLA claimed seven killed and four injured.", 2, 0},
		{"what the claimant goes on to say is its claim",
			"On 3 May 2024, an IED went off near an FC vehicle in Kech, killing three FC personnel. The BLF claimed responsibility, saying seven soldiers were killed.", 3, 0},
		{"a claimant's word alone stands",
			"On 3 May 2024, militants attacked an FC camp in Kech. The BLF claimed responsibility, saying seven soldiers were killed.", 7, 0},
		{"a month's toll in the perfect is not the incident's",
			"On 3 May 2024, a policeman was shot dead by gunmen in Tank. It was the third such attack this month, in which seven policemen have been killed.", 1, 0},
		{"the running toll of the incident itself stands",
			"On 3 May 2024, gunmen attacked a bus in Kurram, killing four people. Two more passengers have died since the attack.", 6, 0},
		{"the dead a sit-in protests are not its toll",
			"On 9 June 2025, residents staged a sit-in in Mir Ali with the bodies of four children killed in a drone strike the day before, demanding justice.", 0, 0},
		{"protesters killed by police are the toll of force on a protest",
			"On 9 June 2025, police opened fire on residents staging a sit-in in Mir Ali, killing two protesters.", 2, 0},
		{"the toll of another incident is not this one's",
			"A bomb killed two soldiers in Kech. In another incident, a grenade attack in Turbat left five people dead. The death toll rose to seven.", 9, 0},
		// A summary adds to a toll it has given (beyond).
		{"others after a named victim",
			"Senator Ahmed Khan was killed when a bomb hit his convoy in Zhob. Nine others died in the blast.", 10, 0},
		{"the attacker found dead is no other victim",
			"A gunman killed six people at a shopping centre in Lahore. He was found dead a day later.", 6, 0},
		{"other people beside a side's dead",
			"A bomb hit a van in Gwadar. Four Chinese engineers, a soldier and three other passengers were killed.", 8, 0},
		{"others inside an overall toll are no more",
			"A bomb hit a van in Gwadar, killing eight people, including a soldier and three others.", 8, 0},
		{"more who died in hospital",
			"A grenade thrown into a crowd in Dhaka killed nine people on the spot; four more died in hospital.", 13, 0},
		{"a second bomber's dead",
			"A suicide bomber killed 12 people at a bus station in Quetta; an hour later a second bomber killed five at a market.", 17, 0},
		{"the second attack told by its rank",
			"Bombs struck two churches on Sunday: the first in Tanta, where 20 people died, and the second hours later in Alexandria, killing nine.", 29, 0},
		{"the next victim by its rank",
			"A car bomb exploded in a market in Lahore; three people died that day, and a fourth victim died in hospital a week later.", 4, 0},
		{"the dead of another place told in the same sentence",
			"Bombs went off in two towns on Sunday: in Quetta 20 people died; in Turbat three soldiers were killed.", 23, 0},
		{"a side's dead within the toll of one place",
			"A bomb went off in Quetta on Sunday: 20 people died; three soldiers were killed.", 20, 0},
		{"a share and more after it break down the toll before",
			"Four CRPF jawans were killed in an IED blast in Sukma. Two of the jawans died on the spot and two more succumbed on the way to the hospital.", 4, 0},
		{"a share of them and more after it break down the toll before",
			"Five soldiers were killed in an ambush in Kurram. Three of the soldiers died on the spot and two more died in hospital.", 5, 0},
		{"a share of them with no wounded told is of the dead",
			"Five policemen were killed in an ambush in Kurram. Three of them died on the spot and two more died in hospital.", 5, 0},
		{"a share of them after the wounded is of the wounded",
			"Five policemen were injured in an ambush in Kurram. Three of them died in hospital.", 3, 2},
		{"a share of them after the wounded of its sentence is of the wounded",
			"Gunmen shot dead five people in a market in Karachi. Two policemen were injured in the ensuing shootout and one of them succumbed to his injuries.", 6, 1},
		{"more with no share before add to the toll before",
			"Four CRPF jawans were killed in an IED blast in Sukma. Two more succumbed on the way to the hospital.", 6, 0},
		{"a share and more beyond the toll before add",
			"Two CRPF jawans were killed in an IED blast in Sukma. Two of the jawans died on the spot and three more succumbed on the way to the hospital.", 5, 0},
		{"the one wounded man who succumbed leaves the injured",
			"A Hawk Force jawan was injured in a firing by the Maoists near Sitapala in Balaghat District. He succumbed to his injuries on the way to the hospital.", 1, 0},
		{"the one wounded man who died later leaves the injured",
			"A constable was wounded when militants fired on a checkpost in Bannu. He later died in hospital.", 1, 0},
		{"one of those killed who succumbed is no wounded man",
			"The mayor was among those killed in the bombing in Kabul. He succumbed to his wounds in hospital.", 1, 0},
		{"he who died after two wounded is not told apart",
			"Two constables were injured when militants fired on a checkpost in Bannu. He later died in hospital.", 1, 2},
		{"a second person within the toll before is one of it",
			"Two villagers were killed in Jamui District in two days. On Saturday, the Maoists shot dead Rajesh Turi at Chakai. On Monday, the body of a second villager was found in the forest.", 2, 0},
		{"a third person within the toll before is one of it",
			"Three policemen were killed when militants attacked a checkpost in Tank. A third policeman was shot in the head and died on the spot.", 3, 0},
		{"a second person beyond a toll of one adds",
			"A villager was shot dead by the Maoists at Chakai in Jamui District. On Monday, the body of a second villager was found in the forest.", 2, 0},
		{"all of a number after more restates the total of two events",
			"Police killed 16 Maoists in an encounter in Gadchiroli District on Sunday. On Monday, six more were killed in another encounter in the same District. The bodies of all 22 were recovered.", 22, 0},
		{"all of a number after more restates the total of one event",
			"Police killed 16 Maoists in an encounter in Gadchiroli District on Sunday. Six more Maoists were killed later in the day. The bodies of all 22 were recovered.", 22, 0},
		{"all of a number with no more before restates the toll",
			"Police killed 16 Maoists in an encounter in Gadchiroli District. The bodies of all 16 were recovered.", 16, 0},
		{"all of the attackers are dead beyond the victims",
			"Gunmen killed 25 people at a market in Kabul. All four attackers were killed by the police.", 29, 0},
		{"a lead's toll over two incidents told one by one counts once",
			"In two incidents in Bijapur District, the Maoists killed two villagers. In the first, they shot dead a trader at Gangaloor. In the second, a farmer was killed in an IED blast at Pamed.", 2, 0},
		{"a lead over two deeds in two places set apart by while counts each once",
			"Militants abducted an official and his driver in Tank district, while a policeman was martyred in an attack on a checkpost in neighbouring Karak on Tuesday. In Karak, militants opened fire on the police post at dawn, martyring a constable.", 1, 0},
		{"a lead over two deeds on two days set apart by while counts each once",
			"Five soldiers were martyred when militants attacked a checkpost in Mir Ali late on Thursday night, while four terrorists were killed in a follow-up operation on Friday. In the follow-up operation on Friday, the troops traced the attackers to a compound in Hassu Khel, and four terrorists were killed.", 9, 0},
		{"a lead with while in one place keeps its toll beside a separate incident",
			"Two soldiers were killed in an attack on a post in Kech on Tuesday, while three militants died in the exchange of fire. In a separate incident in Panjgur, a soldier was killed.", 6, 0},
		{"a lead's side counted again with no side by the later event counts once",
			"Two policemen were injured in a grenade attack in Turbat, while two labourers were shot dead in Panjgur on Monday.\n\nMilitants hurled a grenade at a police van in Turbat's main bazaar, injuring the two policemen.\n\nIn Panjgur, gunmen opened fire on two men working at a construction site, killing both.", 2, 2},
		{"a lead's toll and wounded over two separate incidents count once",
			"The Maoists killed two persons and injured another in two separate incidents in Kanker District. In the first incident, the Maoists shot dead a BJP worker at Koyalibeda. In the second, a villager was killed and another injured when a pressure IED went off near Partapur.", 2, 1},
		{"a lead's toll over separate operations with a modifier counts once",
			"Security forces killed six terrorists in two separate intelligence-based operations in Kech and Panjgur districts, the ISPR said on Friday.\n\nThe first operation was conducted on May 3 in the Buleda area of Kech district, where own troops engaged the terrorists and four terrorists were neutralised.\n\nIn another operation in the Gichk area of Panjgur district, security forces killed two more terrorists.", 6, 0},
		{"a lead over a series of incidents gives way to its parts by kind",
			"Three persons were killed in a series of incidents of Maoist violence in Odisha. In Malkangiri District, the Maoists shot dead a villager at Jantri. In Kandhamal District, two Maoists were killed in an exchange of fire with the SOG near Sirla.", 3, 0},
		{"a lead over several incidents stands when its parts give no toll",
			"The Maoists killed three persons in two separate incidents in Gadchiroli District. The Maoists had abducted a couple from a relative's house in Jhari village.", 3, 0},
		{"a lead over several incidents keeps its toll from another matter told after it",
			"Four persons were killed in two separate incidents in Bijapur District. In the first, the Maoists shot dead a villager at Mankeli. Separately, two Maoists were killed in an encounter with the STF near Usur.", 6, 0},
		{"a lead's toll of a side keeps it from an incident of another side",
			"The Maoists killed two villagers in separate incidents in Narayanpur District. In another incident, a Maoist was killed in an encounter with the ITBP near Orchha.", 3, 0},
		{"a toll with another incident after it is no lead over both",
			"The Maoists killed two villagers at Gangaloor in Bijapur District. In another incident, a jawan was injured in an IED blast at Pamed.", 2, 1},
		{"a reprisal the next day adds its dead",
			"Cadres of the JJMP shot dead two CPI-Maoist cadres at Herhanj in Latehar District. The next day, the CPI-Maoist cadres retaliated by killing a JJMP cadre at Balumath.", 3, 0},
		{"a reprisal told of no later day may restate the dead",
			"Cadres of the JJMP shot dead two CPI-Maoist cadres at Herhanj in Latehar District. The CPI-Maoist cadres retaliated by killing a JJMP cadre.", 2, 0},
		{"fire returned in the fight is no later reprisal",
			"The Maoists opened fire on a CRPF patrol near Kistaram in Sukma District. The jawans retaliated, killing two Maoists. The bodies of two Maoists were recovered the next day.", 2, 0},
		{"dead of wounds leave the wounded people told before",
			"A grenade exploded at a rally in Bulawayo, wounding 49 people. Two security guards later died of their injuries.", 2, 47},
		{"policemen dead of wounds leave the wounded people told before",
			"A bomb went off at a market in Quetta, wounding 20 people. Two policemen later died of their wounds.", 2, 18},
		{"a man dead of wounds beside the wounded of a side stays beside them",
			"Maoists fired at two buses near Daltonganj. Around 25 passengers were injured. The bus driver, who had also been hit, succumbed to his injuries later.", 1, 25},
		{"one of the dead who succumbed leaves no wounded",
			"A bomb killed 30 people and wounded 65 at a football ground in Iskandariya. The mayor was among those killed. He succumbed to his wounds in hospital.", 30, 65},
		{"the three pointed back to in a later event are the first event's",
			"Three Maoists were killed in an exchange of fire with CoBRA commandos in the Bhejji forest of Sukma District. A CoBRA Sub-Inspector was injured in the gunfight and was airlifted to Raipur. The bodies of the three were recovered along with a rifle.", 3, 1},
		{"the three Maoists pointed back to after another incident are counted once",
			"Police killed three Maoists in an encounter in Sukma District. In another incident, Maoists shot dead a villager at Gadiras. The bodies of the three Maoists were sent for post-mortem.", 4, 0},
		{"the three no event counted before are counted",
			"A CoBRA Sub-Inspector was injured in a gunfight with the Maoists in Sukma District. The bodies of the three Maoists killed in the gunfight were recovered later.", 3, 1},
		{"the second day is no second attack",
			"Gunmen besieged a hotel in Kabul, killing 14 people; on the second day the army said 14 were killed.", 14, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, time.Time{}, "")
			k, inj := 0, 0
			for _, e := range out.Events {
				if e.Fatalities != nil {
					k += *e.Fatalities
				}
				inj += e.Casualties.Injured()
			}
			if k != tc.killed || inj != tc.injured {
				t.Errorf("killed %d, injured %d; want %d, %d (%d events)", k, inj, tc.killed, tc.injured, len(out.Events))
			}
		})
	}
}

// TestEventLocation: a demonym alone in an event's sentences gives way to
// a town of that country named in its paragraph, and stands when nothing
// better is named; the place where victims were treated gives way to the
// place where they were hit.
func TestEventLocation(t *testing.T) {
	x := extractor(t)
	tests := []struct{ text, location string }{
		{"The son of a former German minister was stabbed to death at a clinic on Tuesday. He worked there as a doctor in Berlin.", "Berlin"},
		{"Afghan forces killed five militants in an operation on Tuesday.", "Afghanistan"},
		// Where the wounded were treated is not where they were hit,
		// unless it is the only place named.
		{"A bomb exploded in Landi Kotal on Sunday, killing 15 people; the injured were shifted to Lady Reading Hospital in Peshawar.", "Landi Kotal"},
		{"The death toll in the Jamrud bazaar bombing rose to 21 on Tuesday as more of the injured died in hospital in Peshawar.", "Jamrud"},
		{"A blast near a hospital in Quetta killed five people on Monday.", "Quetta"},
		{"Two policemen wounded in Sunday's attack died in hospital in Peshawar on Monday.", "Peshawar"},
		// Where the victims came from is not where they were killed.
		{"Gunmen stopped a bus near Noshki late on Friday and shot dead nine passengers, all from Punjab.", "Nushki"},
		{"A labourer was shot dead in Shopian on Tuesday evening. The two men, both from Bihar's Araria district, were working at an orchard.", "Shopian"},
		{"Two labourers hailing from Uttar Pradesh were shot dead in Kulgam on Sunday.", "Kulgam"},
		{"Gunmen killed a trader, a native of Kohat, in Hangu on Friday.", "Hangu"},
		// A place the victims came from that is the only one named stays.
		{"Two labourers, both from Araria, were shot dead on Tuesday.", "Araria"},
		// Nor where the travellers were going.
		{"A suicide bomber struck the platform of Quetta railway station on Saturday, killing 24 people. Passengers were waiting for the Jaffar Express to Peshawar when the blast took place.", "Quetta"},
		// Nor a town named as a point of reference, when the scene is
		// named too; alone it stays.
		{"A bomb exploded on a railway track about 70 km southeast of Quetta, near Mach, on Thursday, wounding nine passengers.", "Mach"},
		{"A bomb exploded on a railway track about 70 km southeast of Quetta on Thursday, wounding nine passengers.", "Quetta"},
		// Nor whence a rocket was fired; a place further on is.
		{"A rocket fired from Gaza struck a school in Ashdod, wounding three pupils.", "Ashdod"},
		{"A rocket fired from an unknown location struck a house in Hayatabad, Peshawar, on Monday.", "Hayatabad"},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if got := out.Events[0].Location; got != tc.location {
			t.Errorf("%q: location %q, want %q", tc.text, got, tc.location)
		}
	}
}

// TestEventAllCivilians checks that the dead and wounded of no side are
// civilians when the text says all the victims were, and only then.
func TestEventAllCivilians(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, want string }{
		{"A bomb exploded in Kabul on Tuesday. The death toll rose to five, police said. He said all the victims were civilians.", "civ.k=5"},
		{"A bomb exploded in Kabul on Tuesday. The death toll rose to five, police said. He said most of the victims were civilians.", "unk.k=5"},
	} {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if got := split(out.Events[0].Casualties); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestEventNarrowedPlace checks that a lead that names only a country,
// the dateline's town or a province gives way to a place inside it that
// the next sentences name ("The attack happened in Kandahar city"), and
// that a place outside it, or a lead that already names a district, does
// not.
func TestEventNarrowedPlace(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2024, 3, 22, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, admin1, admin2 string }{
		// A country in the lead, the city in the next paragraph.
		{"A suicide bomber struck a bank in southern Afghanistan on Thursday, killing 21 people, officials said.\n\nThe attack happened in Kandahar city, the capital of Kandahar province.", "Kandahar", "Kandahar"},
		// A province in the lead, its district after.
		{"Air strikes on Afghanistan's eastern province of Paktika killed 46 people on Thursday, officials said.\n\nThe strikes hit several villages in Barmal district.", "Paktika", "Barmal"},
		// The dateline's town gives way to the body's place.
		{"ISLAMABAD/KABUL, March 21 (Reuters) - Air strikes inside Afghanistan killed eight people on Thursday, the Taliban said.\n\nThe strikes hit houses in the Nadir Shah Kot district of Khost province.", "Khost", "Nadir Shah Kot"},
		// A district in the lead stays.
		{"A bomb killed three people in Spin Boldak district on Thursday, officials said.\n\nThe blast happened near a market in Kandahar city.", "Kandahar", "Spin Boldak"},
		// A place abroad after a country does not narrow it.
		{"A suicide bomber struck a bank in southern Afghanistan on Thursday, killing 21 people.\n\nPakistan's foreign office in Islamabad condemned the attack.", "", ""},
		// Where the wounded were taken does not narrow it.
		{"A bomb struck a bus in Paktika province on Thursday, killing five people.\n\nThe wounded were taken to hospital in Sharana.", "Paktika", ""},
		// A province further on is no narrower than the dateline's town.
		{"GWADAR: Security forces repulsed an attack on the port on Wednesday, killing all six attackers, officials said.\n\nIt was the third attack on a government building in Balochistan this year.", "Balochistan", "Gwadar"},
		// A dateline only filed from still is.
		{"KULGAM: Two labourers were shot dead on Thursday, police said.\n\nThe two men were working at an orchard in Shopian district.", "Jammu and Kashmir", "Shopian"},
		// Where the victims came from does not narrow a dateline, nor
		// take the place of the scene the lead names.
		{"QUETTA: Gunmen shot dead two labourers on Thursday, police said.\n\nThe two men, both from Punjab's Rahim Yar Khan district, were working at a brick kiln.", "Balochistan", "Quetta"},
		{"SHOPIAN: A labourer was shot dead in south Kashmir's Shopian district on Tuesday, police said.\n\nThe two men, both from Bihar's Araria district, were working at an orchard.", "Jammu and Kashmir", "Shopian"},
		// Nor does a town named as a point of reference.
		{"A bomb struck a train in Balochistan on Thursday, wounding nine passengers.\n\nThe blast took place near the town of Mach, about 70 km southeast of Quetta.", "Balochistan", "Kachhi"},
	} {
		out := x.Extract(tc.text, pub, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if e := out.Events[0]; e.Admin1 != tc.admin1 || e.Admin2 != tc.admin2 {
			t.Errorf("%q: %s/%s, want %s/%s", tc.text, e.Admin1, e.Admin2, tc.admin1, tc.admin2)
		}
	}
}

// TestEventRecalledToll checks that a sentence recalling an earlier
// attack by its own date ("In October last year, ... killed more than 70")
// adds nothing to the event's toll, and that "more than 70" is a bound,
// not 70 more; a sentence dated on the event's day still counts.
func TestEventRecalledToll(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2022, 4, 22, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		fatal int
	}{
		{"A suicide bomber killed 31 worshippers at a mosque in Mazar-i-Sharif on Thursday. In October last year, suicide bombers killed more than 70 worshippers at a mosque in Kunduz.", 31},
		{"A suicide bomber killed 31 worshippers at a mosque in Mazar-i-Sharif on Thursday. Last month, a bomb killed nine people at a school in Kabul.", 31},
		// A sentence dated on the event's day tells its toll.
		{"A bomb exploded at a market in Kunduz on Thursday. On Thursday evening, officials said five people had been killed.", 5},
		// A report's later day dates no recall.
		{"A bomb exploded at a market in Kunduz on Thursday. On Friday, officials said five people had been killed.", 5},
		// A killing claimed weeks after it is no toll of the day's deed.
		{"The Maoists claimed responsibility for the killing of two villagers at Daltonganj in Palamu District last week. On Thursday, security forces shot dead a Maoist in an encounter near Latehar.", 1},
		// A killing claimed on the day of the news still counts.
		{"The Maoists claimed responsibility for the killing of two villagers at Daltonganj on Thursday night. On Thursday, security forces shot dead a Maoist in an encounter near Latehar.", 3},
	} {
		out := x.Extract(tc.text, pub, "")
		if len(out.Events) == 0 || out.Events[0].Fatalities == nil {
			t.Errorf("%q: no event with a toll", tc.text)
			continue
		}
		if got := *out.Events[0].Fatalities; got != tc.fatal {
			t.Errorf("%q: fatalities %d, want %d", tc.text, got, tc.fatal)
		}
	}
}

// TestEventLongBefore checks that an incident dated more than a year
// before the article's publication is its background, no event, and that
// one of the last months, or any without a publication date, stays.
func TestEventLongBefore(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text      string
		published time.Time
		events    int
	}{
		{"A suicide bombing of a mosque in Peshawar on March 4, 2022, killed 63 worshippers.", pub, 0},
		{"A suicide bombing of a mosque in Peshawar on January 4, 2025, killed 63 worshippers.", pub, 1},
		{"A suicide bombing of a mosque in Peshawar on March 4, 2022, killed 63 worshippers.", time.Time{}, 1},
	} {
		if got := len(x.Extract(tc.text, tc.published, "").Events); got != tc.events {
			t.Errorf("%q (published %s): %d events, want %d", tc.text, tc.published.Format("2006-01-02"), got, tc.events)
		}
	}
}

// TestEventGroundCountry checks that a group the dictionary knows only by
// its country (the Taliban, a state's forces) grounds namesake places
// there: the Taliban's Faizabad is Badakhshan's, not Uttar Pradesh's larger
// town, and Indian troops' Poonch is Jammu and Kashmir's, not Azad
// Kashmir's.
func TestEventGroundCountry(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, country, admin1 string }{
		{"Taliban fighters captured the city of Faizabad on Wednesday.", "Afghanistan", "Badakhshan"},
		{"Gunmen captured the city of Faizabad on Wednesday.", "India", "Uttar Pradesh"},
		{"Indian troops killed two Pakistani soldiers in Poonch District on Friday.", "India", "Jammu and Kashmir"},
		// A group's own provinces still decide within its country.
		{"BLA militants attacked a police post on Friday, killing two policemen.", "Pakistan", "Balochistan"},
	} {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if e := out.Events[0]; e.Country != tc.country || e.Admin1 != tc.admin1 {
			t.Errorf("%q: %s/%s, want %s/%s", tc.text, e.Country, e.Admin1, tc.country, tc.admin1)
		}
	}
}

// TestTwoMeans checks that a sentence telling a blast and then gunfire, or
// gunfire and then a blast, by a word of sequence makes two events in the
// text's order, the first with the toll and the second with none; that two
// means joined by "and" make the sentence's event and the other means
// beside it; and that gunfire returned, two means named as nouns, a deed
// of another subject and an arrest of men who did both stay one event
// (whose kind other tests pin).
func TestTwoMeans(t *testing.T) {
	x := extractor(t)
	tests := []struct{ name, text, want string }{
		{"grenade and then gunfire on a post",
			"Militants lobbed a hand grenade at a police post in Tral on 3 June 2024 and then opened fire on the policemen, killing one constable.",
			"Grenade/1,Armed clash/0"},
		{"IED and then gunfire, one clause after the other",
			"Maoists first exploded an IED under a CRPF vehicle near Dornapal on 8 May 2024 and then fired on the jawans, killing two of them.",
			"Remote explosive/landmine/IED/2,Armed clash/0"},
		{"a suicide bomber, after which gunmen fought",
			"A suicide bomber blew himself up at the gate of a police training centre in Quetta on 2 March 2024, after which four gunmen stormed it and fought the guards; six policemen were killed.",
			"Suicide bomb/7,Armed clash/0"},
		{"gunfire and then a suicide bombing: the bombing is the attack",
			"Two gunmen opened fire on worshippers at a mosque in Peshawar on 5 May 2024 and then blew themselves up, killing nine people.",
			"Suicide bomb/9,Attack/0"},
		{"gunmen and then a suicide bomber of his own: the text's order",
			"Gunmen fired on a police van in Quetta on 2 March 2024 and a suicide bomber then blew himself up beside it, killing four policemen.",
			"Armed clash/0,Suicide bomb/5"},
		{"a suicide bomber and then gunmen: the text's order, unchanged",
			"A suicide bomber blew himself up beside a police van in Quetta on 2 March 2024 and gunmen then fired on the survivors, killing four policemen.",
			"Suicide bomb/5,Armed clash/0"},
		{"rockets and then an assault on the post they hit",
			"Militants fired rockets at a Levies post in Kohlu on 2 March 2024 and then attacked the post from three sides, killing two Levies men.",
			"Shelling/artillery/missile attack/2,Armed clash/0"},
		{"shells and then a fight: the clash ACLED codes, the shelling beside",
			"Militants fired more than a dozen mortar shells at an FC camp in Kohlu on 2 March 2024 and then exchanged fire with the soldiers for an hour, killing two of them.",
			"Armed clash/2,Shelling/artillery/missile attack/0"},
		{"rockets and the attack that names them: one deed",
			"Militants fired rockets at a Levies post in Kohlu on 2 March 2024, and the attack damaged the post.",
			"Shelling/artillery/missile attack/0"},
		{"a blast and then an attack on a village: no armed men's post",
			"Militants exploded a bomb near a bazaar in Kohlu on 2 March 2024 and then attacked a village nearby, killing two shopkeepers.",
			"one"},
		{"gunfire and then a blast",
			"Gunmen shot dead a shopkeeper in Bannu on 9 April 2024 and then exploded a bomb near his shop as people gathered, injuring three.",
			"Attack/1,Remote explosive/landmine/IED/0"},
		{"a grenade and then gunfire past a semicolon",
			"A police patrol came under grenade attack in Tral on 9 June 2024; the militants then opened fire from an orchard.",
			"Grenade/0,Armed clash/0"},
		{"gunfire returned after a grenade is the same attack",
			"Militants hurled a grenade at an Army patrol in Sopore on 6 July 2024; the troops then fired back and the militants fled.",
			"one"},
		{"grenades hurled and fire opened, one verb after the other",
			"Militants hurled two grenades and opened fire on a CRPF vehicle in Anantnag on 12 June 2024, injuring three troopers.",
			"Armed clash/0,Grenade/0"},
		{"the army's fire and mortars in retaliation answer the attack",
			"Militants attacked an army post in Tump on 2 May 2024 and the soldiers opened fire and fired mortar shells in retaliation.",
			"one"},
		{"rockets that landed and exploded: their own blast",
			"Three rockets were fired at a Frontier Corps post in Panjgur on 16 April 2024 and exploded near the gate, killing a soldier.",
			"one"},
		{"gunfire and then a bomb exploded by the same men",
			"Gunmen opened fire on a police van in Bannu on 16 April 2024 and exploded a bomb near it, injuring four policemen.",
			"Armed clash/0,Remote explosive/landmine/IED/0"},
		{"grenade and gunfire named together as the means, no second verb",
			"Two policemen were injured when militants attacked a police picket with grenades and gunfire in Pulwama on 11 August 2024.",
			"one"},
		{"a blast and then police fire, another subject",
			"A bomb went off near a bus stand in Quetta on 14 June 2024 and police opened fire in the air to disperse the crowd.",
			"one"},
		{"an arrest of men who threw a grenade and then fired",
			"Police arrested two men in Srinagar on 4 September 2024 who had hurled a grenade at a CRPF bunker and then fired on it last month.",
			"one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := typesAndTolls(x, tc.text)
			if tc.want == "one" && (got == "" || strings.Contains(got, ",")) || tc.want != "one" && got != tc.want {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestEventFirstSubType covers phrasings that decide the sub-event type of
// a text's one event, each beside a near sentence the rule must leave
// alone ("" for no event):
//   - a pick-up by forces whose people a later sentence says are gone, a
//     forced disappearance, beside a pick-up told as a hand-over and an
//     arrest whose men's fate is unknown, both arrests;
//   - a forces' arrest made at a court where the man sought bail, an
//     arrest, beside a court granting bail, a case;
//   - a protest against "plans to" do something, a protest, beside a
//     protest a union "plans to" hold, none yet.
func TestEventFirstSubType(t *testing.T) {
	x := extractor(t)
	tests := []struct{ text, want string }{
		{"On 3 May 2024, Levies personnel picked up a shopkeeper from the bazaar in Kharan. He has not been seen since, his brother said.", taxonomy.Abduction},
		{"On 3 May 2024, Levies personnel picked up a shopkeeper from the bazaar in Kharan and handed him over to the police.", taxonomy.Arrests},
		{"On 3 May 2024, Levies personnel arrested a shopkeeper in the bazaar in Kharan. His whereabouts are not known.", taxonomy.Arrests},
		{"Police detained the union leader outside the sessions court in Turbat on Monday, where he had come for his bail hearing.", taxonomy.Arrests},
		{"The sessions court in Turbat granted bail on Monday to the union leader whom police had detained in May.", ""},
		{"Nurses protested outside the assembly in Peshawar on Monday against plans to privatise teaching hospitals.", taxonomy.PeacefulProtest},
		{"The nurses' union said on Monday it plans to protest outside the assembly in Peshawar next week.", ""},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		got := ""
		if len(out.Events) > 0 {
			got = out.Events[0].SubEventType
		}
		if got != tc.want || tc.want != "" && len(out.Events) != 1 {
			t.Errorf("%q: got %q (%d events), want %q", tc.text, got, len(out.Events), tc.want)
		}
	}
}

// TestCountIncluded pairs a sentence that opens with a toll's count alone
// ("The nine included two SPOs and a constable"), read as who the toll
// of the sentence before was, with near texts where no toll before has
// that count.
func TestCountIncluded(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text                 string
		security, civilians  int
		unknown, kindInjured bool
	}{
		{"Maoists ambushed a tractor near Basaguda in Bijapur District, killing seven. The seven included three SPOs and a driver.", 3, 0, true, false},
		{"Maoists shot dead 11 persons at a weekly market in Bijapur District. The 11 included a constable and two traders.", 1, 10, false, false},
		{"Eight persons were injured in the IED blast near Usoor. The eight included two constables.", 2, 6, false, true},
		{"Maoists shot dead 11 persons at a weekly market in Bijapur District. The 12 included a constable.", 0, 11, false, false},
		{"Maoists fired on a jeep near Basaguda in Bijapur District, killing eight. The eight included two constables and six labourers.", 2, 6, false, false},
		{"Maoists fired on a jeep near Basaguda in Bijapur District, killing eight. The eight included two constables and a cook.", 2, 0, true, false},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(out.Events))
			continue
		}
		c := out.Events[0].Casualties
		sec, civ := c.SecurityForces.Killed, c.Civilians.Killed
		if tc.kindInjured {
			sec, civ = c.SecurityForces.Injured, c.Civilians.Injured
		}
		if sec != tc.security || civ != tc.civilians || tc.unknown != (c.Unknown.Killed > 0) {
			t.Errorf("%q: security %d, civilians %d, unknown %d; want %d, %d, unknown %v", tc.text, sec, civ, c.Unknown.Killed, tc.security, tc.civilians, tc.unknown)
		}
	}
}
