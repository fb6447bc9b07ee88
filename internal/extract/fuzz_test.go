package extract

import (
	"testing"
	"time"
)

// FuzzExtract checks that Extract never panics and that every evidence
// span lies inside the text and quotes it exactly.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Two soldiers were martyred and six khwarij were sent to hell in North Waziristan yesterday.",
		"12 people, including three soldiers, were killed in a blast in Quetta on 3 March 2024.",
		"No one was hurt. In another incident, gunmen abducted two engineers.",
		"Over 140 terrorist incidents in 2024 killed more than 180 people, security sources said.",
		"nearly $7.2 billion worth of military assets were left behind, including 78 aircraft.",
		"The death toll in the blast rose to 12. At least 900 policemen have been killed since 2006. In Bannu, 120 have died till July 21.",
		"Gunmen shot dead two labourers on 5 May. Both had been abducted on 4 May, taken away and later killed.",
		"Police recovered four hand grenades, 60 rounds and a shot gun; an IED was found (July 13, 2011) and defused.",
		"", "killed", "a a a a", "\xff\xfekilled 3 soldiers", "On 31 February 2024, 1,000,000,000,000 were killed.",
	} {
		f.Add(s, true)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, dated bool) {
		var published time.Time
		if dated {
			published = time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC)
		}
		checkEvidence(t, text, x.Extract(text, published, ""))
	})
}
