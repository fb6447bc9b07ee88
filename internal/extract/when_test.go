package extract

import (
	"testing"
	"time"
)

var pub5 = time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)

// TestReportedDayBefore checks that a report dated on the day it was made
// about a deed of the day before, or of a day it names, gives the deed's
// day, and that a day told of something else leaves the date alone.
func TestReportedDayBefore(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text, want string
		published        time.Time
	}{
		{"a statement about the previous day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech the previous day.", "2025-03-11", time.Time{}},
		{"a day earlier",
			"On 12 March 2025, police reported that gunmen had shot dead a shopkeeper in Turbat a day earlier.", "2025-03-11", time.Time{}},
		{"two days earlier",
			"On 28 August 2025, ISPR reported that troops had killed three terrorists in Kalat district two days earlier.", "2025-08-26", time.Time{}},
		{"3 days ago",
			"On 28 August 2025, police said gunmen had kidnapped two engineers near Kalat 3 days ago.", "2025-08-25", time.Time{}},
		{"days earlier, with no count, leaves the date",
			"On 28 August 2025, police said gunmen had kidnapped two engineers near Kalat days earlier.", "2025-08-28", time.Time{}},
		{"the deed on the day, the day before told of another",
			"On 12 March 2025, militants attacked a check post in Kech, the previous day they had blocked the highway.", "2025-03-12", time.Time{}},
		{"a statement about the deed of the day",
			"On 12 March 2025, the army said troops had killed four militants in an operation in Kech.", "2025-03-12", time.Time{}},
		{"the day before yesterday is resolved elsewhere",
			"On 12 March 2025, police said gunmen shot dead a shopkeeper in Turbat the day before yesterday.", "2025-03-12", time.Time{}},
		{"a statement dated on its day about an operation on an earlier day",
			"On 14 March 2025, ISPR stated that in an intelligence-based operation conducted on 12 March in Zhob, four khwarij were killed.", "2025-03-12", pub5},
		{"a statement about a funeral the next day",
			"On 14 March 2025, police said two policemen were killed in an attack in Tank and would be buried on 15 March.", "2025-03-14", pub5},
		{"a deed dated first, its report after",
			"On 12 March 2025, militants attacked a check post in Tank, police said on 14 March.", "2025-03-12", pub5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, tc.published, "")
			if len(out.Events) == 0 || out.Events[0].EventDate == nil {
				t.Fatalf("no dated event: %+v", out.Events)
			}
			if got := *out.Events[0].EventDate; got != tc.want {
				t.Errorf("date %s, want %s", got, tc.want)
			}
		})
	}
}
