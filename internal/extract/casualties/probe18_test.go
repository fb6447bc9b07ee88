package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindLongSummaries covers the phrasing of SATP's long summaries of a
// day or a week: "half a dozen" as a bare count; the uncounted bodies a
// side carried away; a toll of one side ("the toll of Maoists"); a
// restatement with "the" and the count ("killing the three on the
// spot"); a bare count sharing the side of the share after it ("killing
// two and injuring five of the Policemen"); two people of one possessive
// ("his driver and peon were injured"); "others" of the side before with
// a list naming people only by sex or age. Each has a near sentence it
// must leave alone.
func TestFindLongSummaries(t *testing.T) {
	sides := map[string]string{"Police": Security, "Policemen": Security, "CRPF": Security, "Maoists": Militants, "Maoist": Militants}
	tests := []sentenceWant{
		{"half a dozen as a bare count", "Two jawans were killed and half a dozen injured in the blast.", "security_forces.injured=6 security_forces.killed=2"},
		{"a dozen as a bare count", "Two jawans were killed and a dozen injured in the blast.", "security_forces.injured=12 security_forces.killed=2"},
		{"bodies of their dead comrades carried away", "The Maoists carried away the bodies of their dead comrades.", ""},
		{"bodies of their other dead cadres", "The rebels dragged away the bodies of their other dead cadres.", ""},
		{"bodies of their two comrades are counted", "The Maoists carried away the bodies of their two comrades.", "unknown.killed=2"},
		{"a toll of one side", "The bodies of three more were found, taking the toll of Maoists to 11.", "militants.killed=11 unknown.killed=3"},
		{"a toll of the attack names no side", "The toll of the attack rose to 11.", "unknown.killed=11"},
		{"a restatement with the count", "Three jawans were killed when the Maoists fired on the patrol, killing the three on the spot.", "security_forces.killed=3"},
		{"the count of other people is kept", "Two jawans were killed when the Maoists ambushed the patrol, killing the two villagers with them too.", "civilians.killed=2 security_forces.killed=2"},
		{"a bare count shares the share's side", "The Maoists ambushed the vehicle, killing two and injuring four of the Policemen on board.", "security_forces.injured=4 security_forces.killed=2"},
		{"a bare count with a share of no side", "The Maoists fired on the bus, killing two and injuring four of the passengers.", "civilians.injured=4 civilians.killed=2"},
		{"a bare count with no share after", "The Maoists fired on the Policemen, killing two and injuring four.", "unknown.injured=4 unknown.killed=2"},
		{"two people of one possessive", "The engineer was killed and his driver and cook were injured.", "civilians.injured=2 civilians.killed=1"},
		{"her husband and son", "A woman died and her husband and son were injured.", "civilians.injured=2 civilians.killed=1"},
		{"one man of two posts", "His driver and cook was injured.", "civilians.injured=1"},
		{"others of the side before, including a woman", "Four Maoists were killed in the morning, while three others, including a woman, were killed at night.", "militants.killed=3 militants.killed=4"},
		{"others including a side stay a whole", "Three jawans were killed and 20 others, including 15 Policemen, were injured.", "security_forces.injured=15 security_forces.killed=3 unknown.injured=20"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindRecalledInSummaries covers the earlier deeds a summary recalls
// in the past perfect, which are not its news: a sentence opened by
// "Earlier," or "Earlier this month", "had earlier killed ... last month",
// a running total "this year". The same day's deed ("Earlier in the
// day") and a past perfect with no such marker are read.
func TestFindRecalledInSummaries(t *testing.T) {
	sides := map[string]string{"Maoists": Militants, "Police": Security}
	tests := []sentenceWant{
		{"a sentence set earlier with a date", "Earlier, on June 4, the Maoists had killed a villager at Gumla.", ""},
		{"earlier this month", "Earlier this month, the Maoists had shot dead two traders at the market.", ""},
		{"had earlier killed last month", "Police said the Maoists had earlier killed a jawan there last month.", ""},
		{"a running total this year", "The Maoists had killed 12 villagers in the District this year, Police said.", ""},
		{"earlier in the day is the news", "Earlier in the day, the Maoists had killed two jawans at the market.", "security_forces.killed=2"},
		{"a past perfect with no marker", "The Maoists had killed two villagers at the market before the Police arrived.", "civilians.killed=2"},
		{"earlier without past perfect", "Earlier, two jawans were injured in a blast at the market.", "security_forces.injured=2"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindWoundsTold covers woundings a long summary tells aside: a "who"
// clause of a wounding idiom before the wounded's care ("who was hit by a
// bullet in the arm, was shifted"), the wounded comrades a fleeing side
// carried away, a share of "them" or one man told by a definite noun
// ("the driver") that died later of wounds (deaths among the wounded of
// the sentence before; a pronoun may be one of the dead told before and
// is left alone), and a share of the survivors
// wounded (of the victims' side told before). Near sentences that tell no
// such thing are left alone.
func TestFindWoundsTold(t *testing.T) {
	sides := map[string]string{"CRPF": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"a who clause of a wounding idiom", "A CRPF jawan, who was hit by a bullet in the leg, was airlifted to Raipur.", "security_forces.injured=1"},
		{"a who clause of no wounding", "A CRPF jawan, who was hit by a truck last year, was posted to Raipur.", ""},
		{"wounded comrades carried away", "The Maoists fled into the forest, carrying three injured comrades.", "militants.injured=3"},
		{"comrades of no armed side", "The villagers fled, carrying three injured comrades.", ""},
		{"a share of them died later in hospital", "Two of them died later in hospital.", "unknown.killed=2"},
		{"a share of them died on the spot", "Two of them died on the spot.", "unknown.killed=2"},
		{"a share of the survivors wounded", "Only 20 of the 40 men on the truck survived; five of the survivors were injured.", "unknown.injured=5"},
		{"survivors with no share", "Five survivors were injured.", "civilians.injured=5"},
	}
	checkSummaries(t, sides, tests)
	for _, tc := range []struct {
		sentence string
		wounded  bool
	}{
		{"Two of them died later in hospital.", true},
		{"One of them succumbed to his injuries on Friday.", true},
		{"Two of them died on the spot.", false},
		{"One of them died on Wednesday.", true},
		{"The driver later died at the District Hospital.", true},
		{"The driver died on the spot.", false},
		{"He succumbed to his wounds in hospital.", false},
	} {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].WereInjured != tc.wounded {
			t.Errorf("Find(%q) = %+v, want one figure with WereInjured=%v", tc.sentence, figs, tc.wounded)
		}
	}
	s := "Only 20 of the 40 men on the truck survived; five of the survivors were injured."
	toks := lex.Tokens(s, 0, len(s))
	if figs := Find(toks, nil); len(figs) != 1 || !figs[0].SideBefore {
		t.Errorf("Find(%q) = %+v, want one figure of the side before", s, figs)
	}
}

// TestFindFirstReports pins that the toll of the first reports ("Initial
// reports said ...", "Initially, ...") is told as vague, so that an exact
// figure told later replaces it, while the same toll told plainly is
// exact.
func TestFindFirstReports(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		vague    bool
	}{
		{"Initial reports said over 30 Policemen had been killed in the ambush.", true},
		{"Initially, five jawans were reported injured.", true},
		{"Police said over 30 Policemen had been killed in the ambush.", false},
		{"The initial toll of five rose to nine.", false},
	} {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].Vague != tc.vague {
			t.Errorf("Find(%q) = %+v, want one figure with Vague=%v", tc.sentence, figs, tc.vague)
		}
	}
}
