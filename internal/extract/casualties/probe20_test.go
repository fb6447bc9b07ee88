package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindWhoCountsAsWhat covers the categories of people that SATP's
// Maoist summaries leave to the phrasing: a member of a group "against"
// a side is not of it ("the anti-Maoist Nagarik Suraksha Samiti"); a
// former cadre who "had surrendered", told after his group and his name;
// the people counted before a "who" clause that a pronoun after it
// stands for ("caught two cadres who had come to collect levy and beat
// them to death"); a cadre "who was injured in an encounter" and
// arrested, unless the encounter is dated before; "companions" and
// "porters" as people, and "after thrashing them" as a beating; a
// leader's "gunman" as his police guard; an apposition set off by commas
// after the last of a list, or of one man, as no person more; "the
// engineer's body" as one dead.
// Each has a near sentence it must leave alone.
func TestFindWhoCountsAsWhat(t *testing.T) {
	sides := map[string]string{"Maoists": Militants, "Maoist": Militants, "Police": Security, "DRG": Security}
	tests := []sentenceWant{
		{"a leader of an anti-Maoist group", "A leader of the anti-Maoist Nagarik Suraksha Samiti was shot dead near his house.", "civilians.killed=1"},
		{"members of an anti-Maoist group", "Two anti-Maoist activists were hacked to death in the village.", "civilians.killed=2"},
		{"a leader of a Maoist group is one", "A leader of the CPI-Maoist was shot dead near his house.", "militants.killed=1"},
		{"a surrendered cadre told after his group and name", "A former 'area commander' of the CPI-Maoist, Sukhdev Munda, who had surrendered in 2011, was shot dead at his house.", "civilians.killed=1"},
		{"a cadre told after his group and name who escaped", "A 'commander' of the CPI-Maoist, Sukhdev Munda, who had escaped from jail, was shot dead.", "militants.killed=1"},
		{"a surrendered cadre named who joined the force", "A surrendered cadre, Sukhdev Munda, who had joined the DRG, was killed in the ambush.", "security_forces.killed=1"},
		{"counted people before a who clause, beaten to death", "Villagers caught three CPI-Maoist cadres who had come to extort money from a trader and beat them to death.", "militants.killed=3"},
		{"counted people before a who clause, killed", "Villagers caught two armed cadres who had come to the market and killed them.", "militants.killed=2"},
		{"the killers before a who clause", "Police arrested two cadres who had abducted and killed them.", "militants.arrested=2"},
		{"the killers hacked them", "The cadres hacked them to death.", ""},
		{"companions are people", "The Maoists fired at the trader, injuring him and three of his companions.", "civilians.injured=1 civilians.injured=3"},
		{"after thrashing them", "The cadres let off three labourers after thrashing them.", "civilians.injured=3"},
		{"wounded in an encounter and arrested", "A Maoist who was injured in an encounter was arrested by the DRG.", "militants.arrested=1 militants.injured=1"},
		{"a quoted rank of a group wounded and captured", "A 'section commander' of the PLFI who was injured in an encounter near the village of Tapkara in the District was captured.", "militants.injured=1"},
		{"a quoted rank arrested after a clause of another fate", "The 'commander' of the PLFI who was arrested in June was released.", ""},
		{"wounded in an encounter last year and arrested", "A Maoist who was injured in an encounter last year was arrested by the DRG.", "militants.arrested=1"},
		{"a porter with the jawans", "Six CRPF jawans and a porter carrying their rations were injured in the blast.", "civilians.injured=1 security_forces.injured=6"},
		{"a leader's gunman is his police guard", "A mandal parishad president and his gunman were shot dead near the market.", "civilians.killed=1 security_forces.killed=1"},
		{"a gunman with no one to guard attacks", "The gunman was shot dead by the Police.", "perpetrators.killed=1"},
		{"an apposition after the last of two", "A sarpanch and his son, a teacher, were shot dead near the market.", "civilians.killed=1 civilians.killed=1"},
		{"an apposition of one man", "A villager, a farmer, was shot dead near the market.", "civilians.killed=1"},
		{"a list of three with commas", "A sarpanch, a teacher, and a trader were shot dead near the market.", "civilians.killed=1 civilians.killed=1 civilians.killed=1"},
		{"a body named by a possessive", "The engineer's body was found two days later.", "civilians.killed=1"},
		{"a body of work", "The student's body of work was praised.", ""},
		{"a thrashing is a noun", "The Police gave the looters a thrashing.", ""},
		{"the thrashing of a team", "The thrashing of the visitors in the final was the talk of the town.", ""},
	}
	checkSummaries(t, sides, tests)
}

// TestFindOneMoreMilitant covers one cadre "also killed" after the dead
// of another side or group told before ("Four TPC cadres were killed ...
// A Maoist was also killed in the clash"): he is one more, not the toll
// told again; "the Maoist" is one told before.
func TestFindOneMoreMilitant(t *testing.T) {
	tests := []struct {
		sentence string
		more     bool
	}{
		{"A Maoist was also killed in the clash.", true},
		{"One PLFI cadre was also killed in the exchange of fire.", true},
		{"The Maoist was also killed in the clash.", false},
		{"Two Maoists were also killed in the clash.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].Category != Militants || figs[0].More != tc.more {
			t.Errorf("Find(%q) = %+v, want one militant figure with More %v", tc.sentence, figs, tc.more)
		}
	}
}

// TestFindVigilanteHintedAsState covers the Salwa Judum, the anti-Maoist
// campaign the caller's actor list may give to the state: its members are
// counted as the coders count them, an armed non-state side ("a member of
// the Salwa Judum was killed"); a state force the caller names keeps its
// side ("a member of the STF").
func TestFindVigilanteHintedAsState(t *testing.T) {
	sides := map[string]string{"Judum": Security, "STF": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"a member of the Salwa Judum", "A member of the Salwa Judum was killed by the Maoists.", "militants.killed=1"},
		{"a member of the STF", "A member of the STF was killed by the Maoists.", "security_forces.killed=1"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindKinOfTheForces covers the kin of a jawan or a Home Guard named
// by a possessive ("a CRPF jawan's father", "a Home Guard's son"): the
// kin is the head, a civilian, whatever force the name before him gives;
// the man himself, with no possessive, keeps his force.
func TestFindKinOfTheForces(t *testing.T) {
	sides := map[string]string{"CRPF": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"a jawan's father, active", "The Maoists killed a CRPF jawan's father at the market.", "civilians.killed=1"},
		{"a jawan's father, passive", "A CRPF jawan's father was killed by the Maoists.", "civilians.killed=1"},
		{"a policeman's son", "The Maoists killed a policeman's son at the market.", "civilians.killed=1"},
		{"the jawan himself", "The Maoists killed a CRPF jawan at the market.", "security_forces.killed=1"},
		{"the jawan and his father", "The Maoists killed a CRPF jawan and his father at the market.", "civilians.killed=1 security_forces.killed=1"},
	}
	checkSummaries(t, sides, tests)
}
