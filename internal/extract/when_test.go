package extract

import (
	"testing"
	"time"
)

// TestReportedDayBefore checks that a report dated on the day it was made
// about a deed of the day before gives the deed's day, and that a day
// before told of something else leaves the date alone.
func TestReportedDayBefore(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"a statement about the previous day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech the previous day.", "2025-03-11"},
		{"a day earlier",
			"On 12 March 2025, police reported that gunmen had shot dead a shopkeeper in Turbat a day earlier.", "2025-03-11"},
		{"the deed on the day, the day before told of another",
			"On 12 March 2025, militants attacked a check post in Kech, the previous day they had blocked the highway.", "2025-03-12"},
		{"a statement about the deed of the day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech.", "2025-03-12"},
		{"the day before yesterday is resolved elsewhere",
			"On 12 March 2025, police said gunmen shot dead a shopkeeper in Turbat the day before yesterday.", "2025-03-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, time.Time{}, "")
			if len(out.Events) == 0 || out.Events[0].EventDate == nil {
				t.Fatalf("no dated event: %+v", out.Events)
			}
			if got := *out.Events[0].EventDate; got != tc.want {
				t.Errorf("date %s, want %s", got, tc.want)
			}
		})
	}
}
