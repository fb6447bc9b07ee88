package dates

import (
	"testing"
	"time"
)

// TestTabularIslamicFollowsListedDays checks the fallback against every day
// lunarDays lists: the tabular calendar must give that day or the day
// before it (Pakistan sights the moon late, never early), or the week
// precision it is given would not hold.
func TestTabularIslamicFollowsListedDays(t *testing.T) {
	for kind, listed := range lunarDays {
		for _, want := range listed {
			var got time.Time
			for _, d := range tabularDays(kind, want) {
				if diff := want.Sub(d); diff >= 0 && diff <= 24*time.Hour {
					got = d
				}
			}
			if got.IsZero() {
				t.Errorf("holiday %d of %s: the tabular calendar gives %v, none of them that day or the day before", kind, want.Format(time.DateOnly), tabularDays(kind, want))
			}
		}
	}
}
