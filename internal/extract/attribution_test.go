package extract

import (
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestSourcesInNameBetween pins which tellers sourcesIn reads when a name
// or a place stands between a source's label and its verb, and that a
// capitalised word there which is itself the teller leaves the label out.
func TestSourcesInNameBetween(t *testing.T) {
	cases := []sourcesCase{
		// A name or a place between the label and the verb.
		{"Two fighters were killed in the raid, Taliban spokesman Qari Yusuf said.", []string{"spokesperson"}},
		{"SHO Imran Baig said the attackers fled on a motorcycle.", []string{"police"}},
		{"Station House Officer Nadeem Akhtar told reporters that three men were held.", []string{"police"}},
		{"Officials in Kunduz said the convoy was hit by a roadside bomb.", []string{"officials"}},
		{"Police in Helmand province said four people died.", []string{"police"}},
		{"A police spokesman, Waqas Ahmed, said the blast wounded nine.", []string{"police"}},
		// The label right before the verb, as before.
		{"Three soldiers were killed, the army said.", []string{"military"}},
		// A capitalised word after the label that is the teller itself.
		{"Gunmen opened fire on the army, Taliban said.", nil},
		{"Militants attacked police in Bannu, witnesses said.", []string{"eyewitnesses"}},
		{"The bomb hit the police station, Reuters reported.", nil},
		// A headline in capitals: the words after the label are not a name.
		{"Army Kills Six Militants Says Report", nil},
		// Lower-case words between the label and the verb are not a name.
		{"Police fired tear gas at the crowd and said nothing.", nil},
	}
	checkSources(t, cases)
}

// TestSourcesInPress pins the newspapers read as sources: the Baloch and
// Urdu press the notes on Balochistan cite, by the name the note gives;
// the same words naming no teller are left alone.
func TestSourcesInPress(t *testing.T) {
	cases := []sourcesCase{
		{"Three FC personnel were killed, The Balochistan Post reported.", []string{"The Balochistan Post"}},
		{"According to Daily Intekhab, two Levies men were injured in the attack.", []string{"Daily Intekhab"}},
		{"Intekhab reported that the attackers fled on motorcycles.", []string{"Daily Intekhab"}},
		{"Daily Jang said the bank was looted before the militants left.", []string{"Daily Jang"}},
		{"According to the Express Tribune, the convoy was hit twice.", []string{"The Express Tribune"}},
		// A building named after a paper tells nothing; the police do.
		{"Two guards of the Balochistan Post Office were hurt, police said.", []string{"police"}},
		{"The attack was reported in the Express Tribune on Monday.", nil},
	}
	checkSources(t, cases)
}

// TestSourcesInShorthand pins a hurried note's "per X" and "as per X" as
// "according to X"; "per" before no source word names none.
func TestSourcesInShorthand(t *testing.T) {
	cases := []sourcesCase{
		{"2 soldiers killed per officials; BLF claimed 6.", []string{"officials"}},
		{"Three FC men were injured as per police.", []string{"police"}},
		{"Fuel prices rose 5 per cent after the attack on the tanker.", nil},
		{"Militants attacked two posts per day in Kech.", nil},
	}
	checkSources(t, cases)
}

// sourcesCase is a sentence and the source labels sourcesIn should read
// in it (nil for none).
type sourcesCase struct {
	text string
	want []string
}

func checkSources(t *testing.T, cases []sourcesCase) {
	t.Helper()
	for _, c := range cases {
		toks := lex.Tokens(c.text, 0, len(c.text))
		got := joinLabels(sourcesIn(toks))
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: sources %v, want %v", c.text, got, c.want)
		}
	}
}
