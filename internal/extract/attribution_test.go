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
	cases := []struct {
		text string
		want []string
	}{
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
