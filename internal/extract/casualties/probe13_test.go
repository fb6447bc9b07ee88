package casualties

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindMajorIncidentPhrasing covers phrasings of encyclopaedia-style
// summaries of major attacks: a bare count before a perfect's auxiliaries,
// a counted share set off as an aside inside a list of fates, and counts
// in words ("half a dozen", "a hundred or so", "upwards of", "wounding a
// dozen"). Each rule has a case where it must not fire.
func TestFindMajorIncidentPhrasing(t *testing.T) {
	tests := []sentenceWant{
		{"a bare count before had been", "By evening 12 soldiers had died and 40 had been hurt.", "security_forces.injured=40 security_forces.killed=12"},
		{"a bare count before has been", "Officials said 9 had been killed.", "unknown.killed=9"},
		{"a bare count before was left", "Two soldiers were killed and one was left injured.", "security_forces.injured=1 security_forces.killed=2"},
		{"a count with its noun before had been keeps the noun", "Two soldiers died and 40 villagers had been hurt.", "civilians.injured=40 security_forces.killed=2"},
		{"a share aside is not a list item", "Forty people were killed, 30 of them women, and 60 were injured.", "civilians.injured=60 civilians.killed=40"},
		{"a share aside with a noun after the and", "Fifty hostages were killed, 20 of them children, and more than 90 people were injured.", "civilians.injured=90 civilians.killed=50 unknown.abducted=50"},
		{"a list with commas is still a list", "Twenty civilians, two soldiers, and five militants were killed.", "civilians.killed=20 militants.killed=5 security_forces.killed=2"},
		{"a share at the end adds nothing", "Twelve villagers were killed, two of them children.", "civilians.killed=12"},
		{"half a dozen", "Half a dozen soldiers were injured in the ambush.", "security_forces.injured=6"},
		{"half alone is no count", "Half the village fled and a dozen were wounded.", "unknown.injured=12"},
		{"upwards of a count", "The blast killed upwards of 50 people.", "civilians.killed=50"},
		{"upwards of a place", "The troops moved upwards of the ridge and killed two militants.", "militants.killed=2"},
		{"a hundred or so", "A hundred or so were hurt in the stampede.", "unknown.injured=100"},
		{"a hundred things are not people", "The gunmen fired a hundred rounds, wounding two.", "unknown.injured=2"},
		{"a range's end or so", "Six to eight or so were killed.", "unknown.killed=6"},
		{"wounding a dozen", "The bomb killed two soldiers and wounded a dozen.", "security_forces.injured=12 security_forces.killed=2"},
		{"wounding a person", "The bomb killed two soldiers and wounded a boy.", "civilians.injured=1 security_forces.killed=2"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindShortenedLists covers lists whose items share a count or carry
// none: a collective noun and a bare plural after "and" are counted with
// the phrase before, a guide, a player and a coach are people, and the
// people joined to a death told with no auxiliary share it.
func TestFindShortenedLists(t *testing.T) {
	tests := []sentenceWant{
		{"a collective noun shares the count", "The gunmen stormed the college, killing 14 students and staff.", "civilians.killed=14"},
		{"a counted person after and is one more", "The gunmen stormed the college, killing 14 students and a teacher.", "civilians.killed=1 civilians.killed=14"},
		{"a bare plural shares the count", "Thirty recruits and guards were killed in the blast.", "security_forces.killed=30"},
		{"a counted plural after and counts apart", "Thirty recruits and four guards were killed in the blast.", "civilians.killed=4 security_forces.killed=30"},
		{"a guide after a possessive", "The bomb killed two tourists and their guide.", "civilians.killed=1 civilians.killed=2"},
		{"players and a coach", "Gunmen fired on the team bus, wounding five players and a coach.", "civilians.injured=1 civilians.injured=5"},
		{"a death with no auxiliary along with others", "The bomber died, along with three passers-by.", "civilians.killed=3 perpetrators.killed=1"},
		{"a passive's list set off by a comma stays apart", "Ten hostages were killed, along with six militants.", "civilians.killed=10 unknown.abducted=10"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindTollsByPlace covers tolls told place by place: a count after a
// place name with a particle in it ("in Dar es Salaam 11 were killed") and
// counts that share one noun with "respectively".
func TestFindTollsByPlace(t *testing.T) {
	tests := []sentenceWant{
		{"a count after a place with a particle", "In Rio de Janeiro 4 were killed.", "unknown.killed=4"},
		{"a count after a name with a particle is an age", "Mohammed al Hassan 40 was killed.", ""},
		{"counts told respectively are summed", "Blasts in two towns killed 5 and 7 soldiers respectively.", "security_forces.killed=12"},
		{"three counts told respectively", "Bombs exploded in three markets, killing 9, 4 and 2 people respectively.", "civilians.killed=15"},
		{"counts of two nouns stay apart", "The blasts killed 5 soldiers and 7 civilians.", "civilians.killed=7 security_forces.killed=5"},
		{"counts of two verbs stay apart", "Blasts hit two towns, killing 5 and wounding 7.", "unknown.injured=7 unknown.killed=5"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindHostagesInLists covers hostages listed among the dead: an aside
// of several words on the hostages before the list goes on, a single
// hostage as a list item, and hijackers, who are the attackers.
func TestFindHostagesInLists(t *testing.T) {
	tests := []sentenceWant{
		{"a longer aside on hostages", "Twelve hostages, most of them foreign aid workers, and three guards were killed.", "civilians.killed=12 civilians.killed=3 unknown.abducted=12"},
		{"hostages alone are taken, not killed", "Twelve hostages, most of them foreign aid workers, were freed.", "unknown.abducted=12"},
		{"one hostage in a list of the dead", "One hostage, two soldiers and all six kidnappers died.", "civilians.killed=1 militants.killed=6 security_forces.killed=2 unknown.abducted=1"},
		{"one hostage held", "One hostage was held for a week.", "unknown.abducted=1"},
		{"hijackers are the attackers", "All 90 passengers were freed and two of the three hijackers were killed.", "perpetrators.killed=2"},
	}
	checkSummaries(t, nil, tests)
}

// TestFindLaterFates covers fates told after the main toll: a "who"
// clause set off by a comma that ends the sentence, a toll someone puts
// "at" a figure for one side, a bare count with "more" opening the
// sentence, and the injured a share of whom died.
func TestFindLaterFates(t *testing.T) {
	tests := []sentenceWant{
		{"a who clause ending the sentence", "The minister was shot dead as he left the mosque with his brother, who was slightly wounded.", "civilians.injured=1 civilians.killed=1"},
		{"a who clause before the main verb", "The teacher, who was injured last year, was abducted.", "civilians.abducted=1"},
		{"a taking in a who clause is background", "Police arrested Vinay, a student, who was abducted by the group.", "civilians.arrested=1"},
		{"a toll put at a figure for one side", "Officials put the number of Kenyan soldiers killed at 41.", "security_forces.killed=41"},
		{"at a place is no figure", "The number of soldiers killed at the camp rose to 9.", "security_forces.killed=9"},
		{"more opening the sentence", "Eight more died in hospital.", "unknown.killed+8"},
		{"the pool of injured", "Two of the 12 injured later died.", "unknown.injured=12 unknown.killed+2"},
		{"the injured with no count", "One of the injured died in hospital.", "unknown.killed+1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
			var parts []string
			for _, f := range Find(toks, nil) {
				op := "="
				if f.More {
					op = "+"
				}
				parts = append(parts, f.Category+"."+f.Kind+op+strconv.Itoa(f.Count))
			}
			sort.Strings(parts)
			if got := strings.Join(parts, " "); got != tc.want {
				t.Errorf("Find(%q) = %q, want %q", tc.sentence, got, tc.want)
			}
		})
	}
}
