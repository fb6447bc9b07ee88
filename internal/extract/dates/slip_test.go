package dates

import (
	"testing"
	"time"
)

// TestMisspeltMonth checks a month's name misspelt by one slip between a
// day and a year, and near words that name no month.
func TestMisspeltMonth(t *testing.T) {
	tests := []struct{ text, want string }{
		{"On 15 Febuary 2023, militants attacked a post.", "2023-02-15"},
		{"On 20 Novmber 2023, a grenade was lobbed.", "2023-11-20"},
		{"On 8 Agust 2023, a post was attacked.", "2023-08-08"},
		{"On 15 Mayor Street 2023 a shop was looted.", ""},
		{"He read 15 Agust stories.", ""},
	}
	for _, tc := range tests {
		got := ""
		for _, d := range Find(tc.text, time.Time{}) {
			got = d.Date.Format("2006-01-02")
			break
		}
		if got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
