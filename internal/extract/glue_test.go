package extract

import (
	"testing"
	"time"
)

// TestTownTollIsAnIncident checks that a toll dated by a month at a town
// abroad, whose district the gazetteer may not know, is read as the
// incident it recalls when the text has no other, while a month's toll
// over a province or a country stays a statistic, and the same incident
// recalled in a dated news report opens no event of its own.
func TestTownTollIsAnIncident(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		published  time.Time
		events     int
		claims     bool
	}{
		{"a town abroad, no publication date",
			"A gunman shot worshippers at a mosque in Oslo in August 2019, killing three.", time.Time{}, 1, false},
		{"recalled in a dated report",
			"Gunmen shot dead two traders in Turbat on Monday. A gunman had shot worshippers at a mosque in Oslo in August 2019, killing three.",
			time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC), 1, false},
		{"a province's month",
			"In August 2019, 40 people were killed in attacks across Punjab.", time.Time{}, 0, true},
		{"a country's month",
			"In August 2019, 40 people were killed in Norway.", time.Time{}, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, tc.published, "")
			if len(out.Events) != tc.events {
				t.Errorf("%d events, want %d: %+v", len(out.Events), tc.events, out.Events)
			}
			if got := len(out.Claims) > 0; got != tc.claims {
				t.Errorf("claims %v, want %v", got, tc.claims)
			}
		})
	}
}
