package sentences

import (
	"strings"
	"testing"
)

// TestSplitBare covers summaries whose punctuation was stripped: each case
// is one long text without a full stop or comma, and want lists its
// sentences.
func TestSplitBare(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"attribution then article", []string{
			"Two soldiers were killed and three others injured in an ambush on a patrol in the Sadda area of Kurram District on May 3 reports Dawn",
			"The attackers fled towards the border after an exchange of fire that lasted for nearly an hour",
		}},
		{"attribution with article in the name and a date", []string{
			"Police arrested a suspected militant from a rented house in the outskirts of Quetta reports The Express Tribune on March 12",
			"Three pistols and a hand grenade were recovered from the house during the search",
		}},
		{"a masthead noun ends the source's name", []string{
			"Two shops were set on fire by a mob after a dispute over a land deal in the old city area on Sunday reports The Kabul Times",
			"Ahmad Zia a shopkeeper in the area said the mob had gathered after the noon prayers",
		}},
		{"a name the masthead nouns continue", []string{
			"Police arrested three men suspected of running an extortion racket in the industrial area of the city reports The Express Tribune on May 9",
			"Their accomplices are still at large and raids are being carried out to arrest them",
		}},
		{"according to a newspaper", []string{
			"Two rifles and a rocket launcher were found in an abandoned compound near the bypass in Bannu according to The News",
			"He said the owner of the compound had been missing for a week and his relatives were being questioned",
		}},
		{"attribution in lower case then a number word", []string{
			"A landmine exploded under a tractor carrying labourers in a field near the border village on Sunday reports tribune online",
			"Four labourers were injured and taken to the district hospital where one of them remains in critical condition",
		}},
		{"source named before the formula", []string{
			"Security forces cleared the last of the hideouts in the valley after a week long operation The Nation reports on June 4",
			"The militants had used the caves to store ammunition and explosives for attacks on the highway",
		}},
		{"the body after the lead stays one sentence", []string{
			"A suspect was arrested at a checkpoint on the main road near the market in Mardan on Friday evening reports The News",
			"One pistol and six rounds were recovered from him The arrested man was reportedly involved in an attack on a shop owner last year",
		}},
		{"names and titles stay inside the sentence", []string{
			"A senior officer told The Express Tribune that Superintendent of Police Ali Khan and the local Police had cordoned off the whole area around the compound before the raid began in the early hours of the morning on Tuesday",
		}},
		{"a speech tag ends the quotation's sentence", []string{
			"“The area has been cleared of all militants and normal life will resume in the coming days ” a military spokesman said",
			"The operation began after intelligence reports about the presence of a group in the forest",
		}},
		{"what was said begins after the speech verb", []string{
			"The commander of the group in a recorded message released to the media on Saturday said We will continue our struggle until all of our demands are met in full by the provincial and federal authorities",
		}},
		{"a subject with its verb after the attribution", []string{
			"The bodies of the two men were found in a dry stream bed on the outskirts of the town early on Sunday morning reports Daily Times",
			"Police said the men had been abducted from their homes in the village three days earlier by armed men in a pickup truck",
		}},
		{"a noun subject elsewhere stays inside", []string{
			"The shops in the main bazaar remained closed for the second day when the district Police arrived to reopen the road that protesters had blocked with burning tyres and stones since early in the morning",
		}},
		{"a number word opening a sum", []string{
			"The provincial government announced compensation of Rupees One Million for the family of each of the men killed in the attack on the checkpoint and a further amount for each of the injured policemen and passers by",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.want, " ")
			if !isBare(text, 0, len(text)) {
				t.Fatalf("test text is not bare (%d bytes): %q", len(text), text)
			}
			got := texts(text, Split(text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got  %q\n want %q", text, got, tt.want)
			}
		})
	}
}

// TestSplitBareOnlyWhenBare checks that texts with punctuation, and short
// unpunctuated ones, are split as before.
func TestSplitBareOnlyWhenBare(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"short headline", "Two soldiers killed in Kurram ambush The attackers fled", []string{"Two soldiers killed in Kurram ambush The attackers fled"}},
		{"punctuated long sentence", "Security forces said on Tuesday that they had killed the commander of the group, whose men had attacked a checkpoint in the district The Nation had reported earlier, and recovered weapons.",
			[]string{"Security forces said on Tuesday that they had killed the commander of the group, whose men had attacked a checkpoint in the district The Nation had reported earlier, and recovered weapons."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func BenchmarkSplitBare(b *testing.B) {
	para := "Two soldiers were killed in an ambush in Kurram District on May 3 reports Dawn The attackers fled towards the border " +
		"One pistol and six rounds were recovered from him Police said the men had been abducted three days earlier " +
		"“The area has been cleared ” a spokesman said The operation began after intelligence reports about a group in the forest "
	text := strings.Repeat(para, 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
