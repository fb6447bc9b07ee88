package extract

import (
	"testing"
	"time"
)

// TestGroundTakenUnderBackground: under a lead of background that names no
// deed ("The war spread into Afar this month."), ground taken on a day of
// its own is news though fighting is told beside it; ground taken in the
// past perfect, or fighting alone, stays background.
func TestGroundTakenUnderBackground(t *testing.T) {
	pub := time.Date(2021, 7, 20, 0, 0, 0, 0, time.UTC)
	const lead = "The war spread into Afar this month. "
	checkArticles(t, []articleCase{
		{"seized after fighting, on Monday", lead + "On Monday Tigrayan forces seized the Afar town of Chifra after fighting with the regional special forces.", pub, 1, 0},
		{"had seized", lead + "Tigrayan forces had seized the Afar town of Chifra after fighting with the regional special forces.", pub, 0, -1},
		{"fighting alone", lead + "Fighting with the regional special forces continued near Chifra.", pub, 0, -1},
	})
}
