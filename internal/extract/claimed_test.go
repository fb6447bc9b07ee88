package extract

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// A group a later sentence suspects of an attack, or says its men belonged
// to, names the side the text left unidentified; a denial, the state and
// a side already named stay as they were, and a suspicion is no claim.
func TestSuspects(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text, actor1, actor2, claimedBy string
	}{
		{"On 8 July 2023, unidentified gunmen shot dead a barber at his shop in Turbat, Kech. Baloch separatists were suspected to be behind the killing.",
			"Baloch Separatists (Pakistan)", "Civilians (Pakistan)", ""},
		{"On 18 January 2025, the police killed five terrorists during a raid on a hideout in Quetta. The police said the men belonged to the TTP.",
			"Police Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan", ""},
		{"On 8 July 2023, unidentified gunmen shot dead a barber at his shop in Turbat, Kech. Police said the BLA was not behind the killing.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", ""},
		{"On 8 July 2023, unidentified gunmen shot dead a man in Kohat. Officials blamed the local peace committee for the murder of the man, a former TTP commander.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", ""},
		// The group the attackers belonged to made the attack.
		{"On 2 June 2024, armed men attacked a Levies post near Kalat, Balochistan, killing one Levies man. Officials said the attackers belonged to the BLA.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Balochistan Levies", ""},
		{"On 2 June 2024, gunmen shot dead two barbers in Panjgur, Balochistan. Police said the gunmen were affiliated with the BLF.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)", ""},
		// The killed men's group is not who struck them.
		{"On 6 January 2014, a drone strike killed six militants in a compound near Miranshah, North Waziristan. Sources said the militants belonged to the TTP.",
			"Unidentified Armed Group (Pakistan)", "Unidentified Armed Group (Pakistan)", ""},
		{"On 8 July 2023, BLF militants shot dead a barber at his shop in Turbat, Kech. Police suspect the BLA.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)", ""},
		{"On 4 May 2024, an IED hit an FC vehicle in Kohlu, Balochistan, injuring two soldiers. The attack bore the hallmarks of the BLA.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Frontier Corps", ""},
		{"On 4 May 2024, an IED hit an FC vehicle in Kohlu, Balochistan, injuring two soldiers. Officials said the blast did not bear the hallmarks of the BLA.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps", ""},
		// A coder's "(assumed)" after the group, closing the note.
		{"On 8 July 2023, an IED hit a Levies vehicle in Kalat, Balochistan; two Levies men killed. Baloch separatists (assumed).",
			"Baloch Separatists (Pakistan)", "Police Forces of Pakistan Balochistan Levies", ""},
		{"On 8 July 2023, an IED hit a Levies vehicle in Kalat, Balochistan; two Levies men killed. The BLA (assumed) denied it.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Balochistan Levies", ""},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 || e.ClaimedBy != tc.claimedBy {
			t.Errorf("%q:\nactors %q / %q claimed by %q, want %q / %q / %q", tc.text, e.Actor1, e.Actor2, e.ClaimedBy, tc.actor1, tc.actor2, tc.claimedBy)
		}
	}
}

// A sentence claims responsibility when a group claimed an incident by its
// name ("claimed the blockade", "claimed Sunday's ambush", "claimed
// attacks on two posts"); a toll that "claimed the lives" of people, a
// claim of a toll and a denial claim none.
func TestClaimCue(t *testing.T) {
	tests := []struct {
		sentence string
		claims   bool
	}{
		{"The BLA claimed responsibility for the attack.", true},
		{"The Baloch Liberation Army claimed the blockade.", true},
		{"The BLF claimed Sunday's ambush in a statement.", true},
		{"The BRAS claimed attacks on two posts in Kech.", true},
		{"The TTP claimed the deadly bombing.", true},
		{"The blast claimed the lives of five people.", false},
		{"The BLA claimed killing and injuring several soldiers.", false},
		{"The BLA claimed that 12 soldiers were killed.", false},
		{"The BLA denied that it claimed the attack.", false},
		// A pronoun that ends the clause is the attack told before.
		{"The SRA claimed it.", true},
		{"The BLF claimed them in a statement.", true},
		{"The BLA claimed it had killed 12 soldiers.", false},
		// The press's other verbs of a claim, and a headline's present.
		{"The BLA accepted responsibility for the blast.", true},
		{"BLF owned responsibility in a statement.", true},
		{"The BRG owned the attack.", true},
		{"BLA claims responsibility for Kalat attack", true},
		{"The BLA has not accepted responsibility.", false},
		{"The minister accepted the responsibility of the ministry.", false},
		// A hurried note's bare claim, or its "resp.", claims the
		// incident told before; a claim of a toll or a statement does not.
		{"BLA claimed.", true},
		{"BLF claimed resp.", true},
		{"2 soldiers KIA (BRG claimed)", true},
		{"BLA claimed 12.", false},
		{"The BLA claimed that 12 soldiers died.", false},
		{"BLA has not claimed.", false},
		// What a group says its victims were owns the deed.
		{"BLF said in a statement that the slain man had been a member of a death squad.", true},
		{"The BLA claimed the two labourers were army informers.", true},
		{"The BLA said the attack was carried out by its fighters.", false},
		{"BLF said he was not an informer.", false},
		{"The BLA said Pakistani agents were behind the blast.", false},
		{"In a statement, the BLA said the five were off-duty soldiers.", true},
		{"The BLA said three of its fighters were killed by soldiers.", false},
		// What a group says its own men did owns the deed.
		{"The BLA said its fighters had identified the men as army personnel before killing them.", true},
		{"The BLF said that its men attacked the convoy.", true},
		{"The BLA said its fighters were not involved.", false},
		{"The BLA said its fighters were martyred in the clash.", false},
	}
	for _, tc := range tests {
		s := lex.Split(tc.sentence)
		if got := claimCue(s[0].Toks) >= 0; got != tc.claims {
			t.Errorf("%q: claim cue %v, want %v", tc.sentence, got, tc.claims)
		}
	}
}
