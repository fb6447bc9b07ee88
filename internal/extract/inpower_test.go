package extract

import (
	"testing"
	"time"
)

// TestInPowerCasualties checks that the dead of a group that had taken
// power are its state's security forces, as its actor is ("three Taliban
// members" in an Afghan story of 2023), and stay militants before it
// took power or with no day to tell.
func TestInPowerCasualties(t *testing.T) {
	x := extractor(t)
	const text = "Gunmen attacked a Taliban checkpoint in Kunduz on Sunday, killing three Taliban members."
	tests := []struct {
		name                string
		published           time.Time
		security, militants int
	}{
		{"in power", time.Date(2023, 8, 14, 0, 0, 0, 0, time.UTC), 3, 0},
		{"before it took power", time.Date(2019, 8, 14, 0, 0, 0, 0, time.UTC), 0, 3},
		{"no day to tell", time.Time{}, 0, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(text, tc.published, "").Events
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1", len(evs))
			}
			c := evs[0].Casualties
			if c.SecurityForces.Killed != tc.security || c.Militants.Killed != tc.militants {
				t.Errorf("killed: security forces %d, militants %d; want %d, %d", c.SecurityForces.Killed, c.Militants.Killed, tc.security, tc.militants)
			}
		})
	}
}
