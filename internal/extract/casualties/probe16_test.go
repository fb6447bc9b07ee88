package casualties

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindListsOfTheDead covers tolls told as lists in the summaries of
// Jharkhand, Bihar and Odisha: a counted subject broken down by an aside
// whose items carry counts, quotes or a "who" clause of their own; "the"
// and a singular noun (or a possessive) inside an "including" list; a
// bus's crew; a party named with its faction in brackets. A list whose
// counts exceed the subject's is still a list of its own people.
func TestFindListsOfTheDead(t *testing.T) {
	sides := map[string]string{"Police": Security, "CoBRA": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"an aside of ranks in quotes", "Two Maoists, a 'deputy commander' and a woman cadre, were killed in the encounter.", "militants.killed=2"},
		{"an aside of counted items with a who clause", "Two jawans, a constable and a head constable who were on patrol, were killed.", "security_forces.killed=2"},
		{"a toll of persons is read by its list", "Three persons, a constable and two villagers who had taken a lift, were killed.", "civilians.killed=2 security_forces.killed=1"},
		{"items counting more than the subject are a list", "Two jawans, a constable and two villagers, were killed.", "civilians.killed=2 security_forces.killed=1 security_forces.killed=2"},
		{"the and a possessive inside an including list", "Five persons, including the bride's father and two children, were killed in the blast.", "civilians.killed=5"},
		{"the and a singular noun joined to a count", "The driver and two passengers were injured.", "civilians.injured=1 civilians.injured=2"},
		{"a force's name joined to a count adds no one", "The Police and two villagers were injured.", "civilians.injured=2"},
		{"a bus's driver and conductor", "The Maoists attacked the bus, killing its driver and conductor.", "civilians.killed=1 civilians.killed=1"},
		{"a Panchayat Sevak abducted and killed", "The Maoists abducted a Panchayat Sevak and killed him.", "civilians.abducted=1 civilians.killed=1"},
		{"a party's faction in brackets", "The Maoists shot dead two Jharkhand Party (Naren) leaders at the market.", "civilians.killed=2"},
		{"an abbreviation in mixed case", "Police arrested three Jaish-e-Mohammed (JeM) terrorists.", "militants.arrested=3"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindFatesOfCadres covers what befalls the cadres of the Maoists and
// of their splinter groups: beaten to death by villagers, caught wounded
// ("arrested in injured condition", "two others, one of them injured"),
// "reported to have been injured" after a "who" clause, an aide of a
// leader killed in the same sentence, and a side's loss of its men told
// with "lost". Each has a case where it must not fire.
func TestFindFatesOfCadres(t *testing.T) {
	sides := map[string]string{"Police": Security, "CRPF": Security, "Maoists": Militants, "Maoist": Militants, "PLFI": Militants}
	tests := []sentenceWant{
		{"cadres beaten to death", "Villagers beat two Maoists to death and handed over a third to the Police.", "militants.killed=2"},
		{"policemen stoned to death", "The mob stoned two Policemen to death.", "security_forces.killed=2"},
		{"a name beaten to death stays a civilian", "The Maoists beat up Ram Singh to death.", "civilians.killed=1"},
		{"arrested in injured condition", "Five cadres were killed and one was arrested in injured condition in the encounter.", "militants.arrested=1 militants.injured=1 militants.killed=5"},
		{"caught in an injured condition", "A Maoist was arrested in an injured condition from the forest.", "militants.arrested=1 militants.injured=1"},
		{"a share with its casualty word", "The Police shot dead a Maoist and arrested two others, one of them injured, near the village.", "militants.arrested=2 militants.injured=1 militants.killed=1"},
		{"a share set off as an aside describes", "Two security personnel, one of them of the CoBRA, were injured.", "security_forces.injured=2"},
		{"reported to have been injured after a who clause", "The PLFI 'area commander' who led the attack is also reported to have been injured.", "militants.injured=1"},
		{"an aide of the leader killed", "The cadres shot dead a Maoist 'commander' and injured his associate.", "militants.injured=1 militants.killed=1"},
		{"an aide of a civilian stays a civilian", "Militants shot dead a trader and injured his associate.", "civilians.injured=1 civilians.killed=1"},
		{"a force lost a man", "The Police also lost a head constable in the firing.", "security_forces.killed=1"},
		{"an outfit lost its cadres", "The outfit lost three of its cadres in the clash.", "militants.killed=3"},
		{"lost contact is no loss", "The Police lost contact with two jawans.", ""},
		{"lost rifles are no loss", "The CRPF lost two rifles in the ambush.", ""},
		{"lost two boys is a figure of speech", "We have lost two boys in the gun battle.", ""},
		{"lost his life is still read", "A CRPF jawan also lost his life.", "security_forces.killed=1"},
		{"a villager who was with the Maoists", "A villager who was with the Maoists was also killed.", "civilians.killed=1"},
		{"the number of slain cadres", "Four more bodies were found, taking the number of slain Maoists to 14.", "militants.killed=14"},
	}
	checkSummaries(t, sides, tests)
}

// TestFindWoundedWhoDied covers the wounded told before who died, whose
// deaths leave the injured's count: "the seriously injured jawan died",
// "the injured were shifted to hospital, where one more Policeman died".
// A transfer to hospital with no death, or a death with no wounded told
// first, is no such figure.
func TestFindWoundedWhoDied(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           int // deaths among the wounded
		wantAll        string
	}{
		{"the injured jawan died", "The seriously injured jawan died on the way to hospital.", 1, "security_forces.killed=1"},
		{"died where the injured were taken", "The injured were shifted to the hospital at Phulbani, where one more Policeman died on Thursday.", 1, "security_forces.killed=1"},
		{"taken to hospital with no death", "The injured were shifted to the hospital at Phulbani.", 0, ""},
		{"a death of no wounded", "One more Policeman died on Thursday.", 0, "security_forces.killed=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			figs := Find(toks, nil)
			n := 0
			for _, f := range figs {
				if f.WereInjured {
					n += f.Count
				}
			}
			if got := summary(figs); n != tc.want || got != tc.wantAll {
				t.Errorf("Find(%q) = %q with %d wounded who died, want %q with %d", tc.sentence, got, n, tc.wantAll, tc.want)
			}
		})
	}
}

// TestFindTheDeadNamed covers a toll's dead told by side in a sentence
// of their own ("The dead included four Policemen and a Home Guard",
// "Two of the deceased were Policemen", "Among the dead were an
// Inspector and an ASI"), read so that a toll of persons told before is
// split by them, as are people named civilians by their noun ("five
// passers-by"). People of no side ("two women", "the driver"), a share
// told by where the dead came from, and an actor joined to the list by a
// clause of its own are not read.
func TestFindTheDeadNamed(t *testing.T) {
	sides := map[string]string{"Police": Security, "Islamic": Militants, "State": Militants}
	tests := []sentenceWant{
		{"the dead included a force's men", "The dead included four Policemen and a Home Guard; the sixth was a civilian.", "security_forces.killed=1 security_forces.killed=4"},
		{"a share of the deceased by their noun", "Two of the deceased were Policemen on their way to a polling booth.", "security_forces.killed=2"},
		{"among the dead were ranks", "Among the dead were an Inspector and an ASI.", "security_forces.killed=1 security_forces.killed=1"},
		{"people of no side are not read", "The dead included two women and the driver of the truck.", ""},
		{"people named civilians by their noun", "The dead include six FC personnel and five passers-by.", "civilians.killed=5 security_forces.killed=6"},
		{"among the dead were civilians", "Among the dead were three soldiers and two civilians.", "civilians.killed=2 security_forces.killed=3"},
		{"a share told by where the dead came from", "Six of the dead were from South Waziristan.", ""},
		{"an actor's clause after the list", "Among the dead were two journalists and the Islamic State claimed the attack.", ""},
	}
	checkSummaries(t, sides, tests)
}

// TestFindOwnAndFollowers covers the side of people named only by whose
// they are: "one of their own 'dalam' members" killed by the Maoists are
// Maoists, and "his associates" with no leader named in the sentence are
// of the side of the figure told in the sentence before (the caller's
// SideBefore), her sex in an "including" list not setting a woman apart.
// Followers of a leader named in the sentence keep his side.
func TestFindOwnAndFollowers(t *testing.T) {
	sides := map[string]string{"Police": Security, "Maoists": Militants}
	tests := []sentenceWant{
		{"their own members in quotes", "The Maoists killed one of their own 'dalam' members at the village.", "militants.killed=1"},
		{"villagers' own members stay villagers", "The villagers killed one of their own members.", "civilians.killed=1"},
		{"followers of no leader named", "Two of his associates, including a woman, managed to escape with injuries.", "unknown.injured=2"},
		{"followers of a trader named", "A trader and his two associates were abducted.", "civilians.abducted=1 civilians.abducted=2"},
	}
	checkSummaries(t, sides, tests)
	s := "Two of his associates escaped with injuries."
	toks := lex.Tokens(s, 0, len(s))
	if figs := Find(toks, nil); len(figs) != 1 || !figs[0].SideBefore {
		t.Errorf("Find(%q) = %+v, want one figure of the side before", s, figs)
	}
}
