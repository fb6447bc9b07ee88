package extract

import (
	"testing"
	"time"
)

// articleCase is an article, its publication day, the events vigil must
// give for it and the first event's fatalities (-1 not checked).
type articleCase struct {
	name      string
	text      string
	published time.Time
	want      int
	fatal     int
}

// checkArticles runs the article cases.
func checkArticles(t *testing.T, tests []articleCase) {
	t.Helper()
	x := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, tc.published, "").Events
			if len(evs) != tc.want {
				t.Fatalf("%d events, want %d: %+v", len(evs), tc.want, evs)
			}
			if tc.fatal >= 0 && (evs[0].Fatalities == nil || *evs[0].Fatalities != tc.fatal) {
				t.Errorf("fatalities %v, want %d", evs[0].Fatalities, tc.fatal)
			}
		})
	}
}

// TestCameDaysAfter checks that a later paragraph that sets the news days
// after a deed it tells ("The encounter comes ten days after terrorists
// ambushed ...") recalls that deed, with no date of its own for it, and
// gives the news's event none of its toll; a deed hours after the news's
// stays news.
func TestCameDaysAfter(t *testing.T) {
	pub := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)
	const lead = "JAMMU: Two terrorists were killed in an encounter with security forces in Kathua district on Monday, officials said.\n\n"
	checkArticles(t, []articleCase{
		{"comes days after a deed",
			lead + "The encounter comes ten days after terrorists ambushed an Army vehicle in the same area, killing two soldiers.", pub, 1, 2},
		{"came a week after a deed",
			lead + "The operation came a week after gunmen shot dead two porters in the same forest.", pub, 1, 2},
		{"hours after the news's deed is news",
			lead + "Hours after the encounter, terrorists ambushed an Army vehicle in Rajouri, killing two soldiers.", pub, 2, 2},
	})
}
