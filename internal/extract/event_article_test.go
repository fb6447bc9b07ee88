package extract

import (
	"testing"
	"time"
)

// TestSecondDeedFiguresLeft checks that, when a lead tells two deeds in
// two places and a later paragraph opens on the second's place, the
// people the second deed's clause counts are left out of the first
// event's toll and type, while a lead whose second deed no later
// paragraph tells apart keeps them.
func TestSecondDeedFiguresLeft(t *testing.T) {
	x := extractor(t)
	pub := time.Date(2024, 7, 13, 0, 0, 0, 0, time.UTC)
	const lead = "QUETTA: Gunmen shot dead a tailor in the Sariab area of Quetta, while two policemen were injured in a grenade attack in Mastung on Friday, officials said."
	tests := []struct {
		name    string
		text    string
		events  int
		sub     string // the first event's sub-event type
		injured int    // the first event's security forces injured
	}{
		{"told apart later", lead + "\n\nIn Mastung, militants hurled a grenade at a police van near the bazaar.", 2, "Attack", 0},
		{"not told apart", lead, 1, "Armed clash", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, pub, "").Events
			if len(evs) != tc.events {
				t.Fatalf("%d events, want %d: %+v", len(evs), tc.events, evs)
			}
			if evs[0].SubEventType != tc.sub || evs[0].Casualties.SecurityForces.Injured != tc.injured {
				t.Errorf("first event %s with %d security forces injured, want %s with %d", evs[0].SubEventType, evs[0].Casualties.SecurityForces.Injured, tc.sub, tc.injured)
			}
		})
	}
}
