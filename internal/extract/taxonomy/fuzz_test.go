package taxonomy

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// FuzzClassify checks that scanning, classifying and reading a strategic
// move in any text never panic and that the trigger a class cites lies
// inside the text.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"Rebels opened fire and lobbed a grenade at a check post.",
		"Militants fired rocket-propelled grenades at a border post.",
		"Gunmen shot dead an off-duty police officer near his home.",
		"The front said its fighters attacked in the hills and inflicted heavy losses.",
		"fired 120mm shells at",
		"An IED was found and neutralised by the bomb squad.",
		"Police raided a house and recovered a shot gun and 3 hand grenades.",
		"Students' bodies staged a sit-in; a banner was planted.",
		"detected",
		"Troops liberate",
		"Soldiers have taken back Palma",
		"Troops drove the rebels out of",
		"Kobani was declared liberated from",
		"Raided",
		"The army handed over the town to",
		"Militants destroyed",
		"",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, text string, hurt int) {
		toks := lex.Tokens(text, 0, len(text))
		hits := Scan(toks)
		for _, h := range hits {
			if h.Start < 0 || h.End > len(text) || h.Start > h.End || h.Token < 0 || h.Token >= len(toks) {
				t.Fatalf("hit %+v out of range for %q", h, text)
			}
		}
		StrategicMove(toks)
		c, ok := Classify(Input{Toks: toks, Hits: hits, LeadEnd: len(text) / 2, Victims: map[string]int{"security_forces": hurt % 5}, ArmedActors: hurt%2 == 0, Deaths: hurt % 3})
		if ok && (c.Trigger.Start < 0 || c.Trigger.End > len(text)) {
			t.Fatalf("trigger %+v outside %q", c.Trigger, text)
		}
	})
}
