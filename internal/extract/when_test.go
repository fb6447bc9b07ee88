package extract

import (
	"strings"
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

// TestSequelTakesTheLeadsDay checks that a deed told as following the
// one before on the same day ("Following the blast", "Later in the
// day"), with no date of its own, takes the lead's day even when the lead
// gives it late in a long sentence; a deed told with a day of its own
// keeps it.
func TestSequelTakesTheLeadsDay(t *testing.T) {
	x := extractor(t)
	lead := "Two soldiers of the Frontier Corps were killed when a roadside bomb struck their vehicle near the Jhaho bazaar in Awaran District of Balochistan on 28 May 2024. "
	tests := []struct {
		name, text string
		want       []string // each event's date, "" for none
	}{
		{"following the blast", lead + "Following the blast, militants opened fire on the troops.", []string{"2024-05-28", "2024-05-28"}},
		{"later in the day", lead + "Later in the day, militants fired rockets at a Levies post in Awaran.", []string{"2024-05-28", "2024-05-28"}},
		{"a day of its own", lead + "On 30 May 2024, militants fired rockets at a Levies post in Awaran.", []string{"2024-05-28", "2024-05-30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, time.Time{}, "")
			var got []string
			for _, e := range out.Events {
				s := ""
				if e.EventDate != nil {
					s = *e.EventDate
				}
				got = append(got, s)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("dates %q, want %q", got, tc.want)
			}
		})
	}
}
