package casualties

import (
	"fmt"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestFindArticleFour covers the phrasing of whole articles that article
// probe 4 (Afghan outlets, India's press on Kashmir and Manipur, wire
// stories about Pakistan) met. Each has a near sentence it must leave
// alone.
func TestFindArticleFour(t *testing.T) {
	sides := map[string]string{"BLA": Militants}
	tests := []sentenceWant{
		{"the group before a claimed killing is the claimant", "BLA claimed killing and injuring several, however no fatalities were confirmed.", "none.killed"},
		{"a claimed killing of counted soldiers", "BLA claimed killing two soldiers.", "security_forces.killed=2"},
		{"an intruder killed on the border", "Troops foiled the bid on the frontier, where one intruder was killed.", "militants.killed=1"},
		{"infiltrators eliminated", "Two infiltrators were eliminated in the ensuing firefight.", "militants.killed=2"},
		{"an army porter is a civilian", "An Army porter was killed in the shelling.", "civilians.killed=1"},
		{"an army officer stays of the forces", "An Army officer was killed in the shelling.", "security_forces.killed=1"},
		{"members of the forces", "The blast wounded three members of the forces.", "security_forces.injured=3"},
		{"members of the security forces", "The blast wounded three members of the security forces.", "security_forces.injured=3"},
		{"members of a wing of Scouts", "Four members of the Sibi Scouts were killed.", "security_forces.killed=4"},
		{"members of a family", "The blast wounded three members of a family.", "civilians.injured=3"},
		{"wounded after soldiers killed share their side", "The bomb struck the convoy, killing two soldiers and wounding five.", "security_forces.injured=5 security_forces.killed=2"},
		{"the members of the force that speaks", "The Taliban's border brigade in Paktia said two of its members had been killed and four wounded.", "security_forces.injured=4 security_forces.killed=2"},
		{"the members of the group that speaks", "The TTP confirmed that three of its members were killed in the raid.", "militants.killed=3"},
		{"the members of a family that speaks", "The family said two of its members had been killed.", "civilians.killed=2"},
		{"a bare count told by its fate ends a list of fates", "The hospital said it had received the bodies of 11 people and 24 wounded.", "civilians.injured=24 civilians.killed=11"},
		{"a counted phrase joined by and shares the fate", "Four policemen and 12 civilians were wounded.", "civilians.injured=12 security_forces.injured=4"},
		{"attackers killed beside soldiers", "Three soldiers and two attackers were killed in the gunbattle.", "perpetrators.killed=2 security_forces.killed=3"},
	}
	checkSummaries(t, sides, tests)
}

// TestOneOfTwo checks which deaths among the wounded are told as one of
// two whose other still lives.
func TestOneOfTwo(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"One of them died on the way to hospital, while the other is being treated in Srinagar.", true},
		{"One of them died on the way to hospital.", false},
		{"Two of them died on the way to hospital, while the other is being treated.", false},
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		if len(figs) != 1 || figs[0].OneOfTwo != tc.want {
			t.Errorf("Find(%q) = %+v, want one figure, OneOfTwo %v", tc.sentence, figs, tc.want)
		}
	}
}

// TestMarkClaimed checks which figures a sentence gives as a group's claim.
func TestMarkClaimed(t *testing.T) {
	tests := []flagCase{
		{"BLA claimed that 11 Pakistan soldiers were killed in the attack.", []bool{true}},
		{"BLF claimed to have killed three military personnel and injured another.", []bool{true, true}},
		// A side's spokesman's count of the enemy its men killed.
		{"Zabihullah Mujahid said Afghan forces had killed 11 Pakistani soldiers.", []bool{true}},
		{"The army said its troops killed 12 militants in the raid.", []bool{true}},
		{"Police said militants had killed three soldiers.", []bool{false}},
		{"The AFF said on Tuesday that its fighters attacked a checkpoint, killing four Taliban fighters.", []bool{true}},
		{"Police said on Tuesday that gunmen attacked a checkpoint, killing four policemen.", []bool{false}},
		{"Officials said the forces were attacked and two soldiers were killed.", []bool{false}},
		// A claim of responsibility claims no toll.
		{"BLA claimed responsibility for the attack, in which four soldiers were killed.", []bool{false}},
		{"Four soldiers were killed in the attack, which the BLA claimed.", []bool{false}},
		// An official toll set beside the claim in a clause of its own.
		{"BLF claimed 6 soldiers killed, 2 SFs KIA per officials.", []bool{true, false}},
		{"BLA claimed 11 soldiers killed; 3 soldiers killed according to police.", []bool{true, false}},
		{"BLA claimed 11 soldiers killed, per its spokesman.", []bool{true}},
		{"BLA claimed 11 soldiers killed, and 3 wounded, per its spokesman.", []bool{true, true}},
		{"The BLF claimed four soldiers were killed; the army said one soldier was wounded.", []bool{true, false}},
		{"The BLA claimed ten soldiers were killed; officials confirmed seven deaths.", []bool{true, false}},
	}
	checkFlags(t, "claimed", tests, func(f Figure) bool { return f.Claimed })
}

// TestMarkDissent checks which figures a sentence gives as a second
// source's toll: after "however", "but" or "whereas" and a verb of saying,
// in a sentence that tells no change of the toll.
func TestMarkDissent(t *testing.T) {
	tests := []flagCase{
		{"The hospital, however, said it had received the bodies of 11 people.", []bool{true}},
		{"Two FC soldiers were killed, however some other sources reported only one killed.", []bool{false, true}},
		{"Police put the toll at six, but a hospital official said eight people had been killed.", []bool{false, true}},
		// A toll that changed, and people told as more, are no rival.
		{"Police said six were killed, but the toll later rose to eight.", []bool{false}},
		{"Three soldiers were killed, but officials said two more civilians were wounded.", []bool{false, false}},
		// A contrast with no source.
		{"Two policemen were injured but the attackers escaped.", []bool{false}},
	}
	checkFlags(t, "dissent", tests, func(f Figure) bool { return f.Dissent })
}

// flagCase is a sentence and, for each figure Find reads in it in order,
// whether a flag of the figure is set.
type flagCase struct {
	sentence string
	want     []bool
}

// checkFlags runs Find on each case and compares the flag of its figures.
func checkFlags(t *testing.T, name string, tests []flagCase, flag func(Figure) bool) {
	t.Helper()
	for _, tc := range tests {
		toks := lex.Tokens(tc.sentence, 0, len(tc.sentence))
		figs := Find(toks, nil)
		var got []bool
		for _, f := range figs {
			got = append(got, flag(f))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Find(%q): %s %v, want %v (%s)", tc.sentence, name, got, tc.want, summary(figs))
		}
	}
}

// TestOfficialDeadSide checks that the dead the officials confirm against
// a claim of one side's dead are of that side, while dead the officials
// give a side of their own keep it, and a denial of losses is read.
func TestOfficialDeadSide(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"deaths confirmed after but", "The BLF claimed 12 soldiers were killed, but the army confirmed two deaths.", "security_forces.killed=2"},
		{"deaths confirmed after a semicolon", "The BLA claimed ten soldiers were killed; officials confirmed seven deaths.", "security_forces.killed=10 security_forces.killed=7"},
		{"the officials' dead of another side", "The BLF claimed 12 soldiers were killed, but hospital sources said two civilians died in the crossfire.", "civilians.killed=2"},
		{"a claim of two sides leaves the deaths of none", "The BLA claimed six soldiers and four civilians were killed; officials confirmed three deaths.", "civilians.killed=4 security_forces.killed=6 unknown.killed=3"},
		{"losses denied", "The FC said the attack was repulsed without losses.", "none.killed"},
	})
}
