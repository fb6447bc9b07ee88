package extract

import (
	"fmt"
	"testing"
	"time"
)

// A story that opens with a toll rising is one event marked as a toll
// revision: the revised toll, the incident's own date when the text gives
// it (else the revision's, at week precision), and the sentences that tell
// the incident again belong to it rather than making a second event.
func TestTollRevision(t *testing.T) {
	x := extractor(t)
	published := time.Date(2023, 12, 20, 8, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name, text string
		want       string // events as sub|date|precision|fatalities|revision
	}{
		{"the revision's day only, at week precision",
			"The death toll in the Jamrud bazaar bombing rose to 21 on Tuesday.",
			"Remote explosive/landmine/IED|2023-12-19|2|21|true"},
		{"the incident's day named before the toll rises",
			"The death toll from Monday's bombing in the Jamrud bazaar rose to 21 on Tuesday.",
			"Remote explosive/landmine/IED|2023-12-18|1|21|true"},
		{"the incident told again on its own day is the same event, dated by it",
			"The death toll in the Jamrud bazaar bombing rose to 21 on Tuesday. A bomb planted on a motorcycle went off in the crowded bazaar in Jamrud, Khyber district, on Sunday, killing 15 people.",
			"Remote explosive/landmine/IED|2023-12-17|1|21|true"},
		{"the number of people killed, rising, is a toll revision too",
			"The number of people killed in Thursday's attack on a passenger convoy in Lower Kurram rose to 42 on Friday, officials said.",
			"Attack|2023-12-14|1|42|true"},
		{"a toll rising after a report is that report's toll, no revision",
			"A bomb exploded in the bazaar of Turbat on Sunday, killing five people. The death toll rose to seven on Monday.",
			"Remote explosive/landmine/IED|2023-12-17|1|7|false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, published, "")
			got := ""
			for _, e := range out.Events {
				date, prec, fat := "-", 0, -1
				if e.EventDate != nil {
					date = *e.EventDate
				}
				if e.TimePrecision != nil {
					prec = *e.TimePrecision
				}
				if e.Fatalities != nil {
					fat = *e.Fatalities
				}
				got += fmt.Sprintf("%s|%s|%d|%d|%v;", e.SubEventType, date, prec, fat, e.TollRevision)
			}
			if got != tc.want+";" {
				t.Errorf("events %s\nwant   %s;", got, tc.want)
			}
			checkEvidence(t, tc.text, out)
		})
	}
}
