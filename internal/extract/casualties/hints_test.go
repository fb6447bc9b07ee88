package casualties

import (
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// hintsForCapitals makes every capitalised word an actor hint, with the
// categories taken in turn, so that hints change what Find reads wherever
// it consults them.
func hintsForCapitals(toks []lex.Token) []Hint {
	cats := []string{Militants, Security, Civilians, Perpetrators, ""}
	var hs []Hint
	for i, t := range toks {
		if t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
			hs = append(hs, Hint{Start: t.Start, End: t.End, Category: cats[i%len(cats)]})
		}
	}
	return hs
}

// TestReadsHints checks both answers of ReadsHints on sentences written
// for it.
func TestReadsHints(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Maoists killed two villagers in Sukma.", true},
		{"The blast claimed seven lives.", true},
		{"Two policemen were injured.", true},
		{"Protesters blocked the highway in Quetta.", false},
		{"The death toll rose to 12.", false}, // a toll is read without hints
		{"No one was hurt.", true},            // "hurt" is a casualty verb
	}
	for _, tc := range tests {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		if got := ReadsHints(toks); got != tc.want {
			t.Errorf("ReadsHints(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	// The fuzz target's promise is not empty: hints do change Find.
	text := "Troops killed three Zorbans in the clash."
	toks := lex.Tokens(text, 0, len(text))
	if reflect.DeepEqual(Find(toks, hintsForCapitals(toks)), Find(toks, nil)) {
		t.Errorf("hints change nothing in %q: the fuzz target tests nothing", text)
	}
}

// FuzzReadsHints checks the promise callers rely on: where ReadsHints
// says no, Find gives the same figures with hints as without.
func FuzzReadsHints(f *testing.F) {
	for _, s := range []string{
		"Maoists killed two villagers in Sukma.",
		"CRPF personnel shot dead three Maoists.",
		"The attack took 12 lives.",
		"Protesters blocked the highway; Police arrested Ali.",
		"The death toll rose to 12, Officials said.",
		"No one was hurt when Militants fired at the post.",
		// Hints decide these: an unknown name is a person only as an actor.
		"Troops killed three Zorbans in the clash.",
		"The blast claimed the lives of two Zorbans.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := lex.Tokens(text, 0, len(text))
		if ReadsHints(toks) {
			return
		}
		with, without := Find(toks, hintsForCapitals(toks)), Find(toks, nil)
		if !reflect.DeepEqual(with, without) {
			t.Fatalf("ReadsHints(%q) = false, but hints change Find: %+v, want %+v", text, with, without)
		}
	})
}
