package sqlq

import (
	"strings"
	"testing"
	"time"
)

// A stored time reads back in UTC whichever form the driver hands it in.
func TestScanTime(t *testing.T) {
	text := Dialect{ParseTime: func(s string) (time.Time, error) { return time.Parse(time.RFC3339, s) }}
	native := Dialect{}
	at := time.Date(2025, 3, 9, 14, 30, 0, 0, time.UTC)
	karachi := time.FixedZone("PKT", 5*3600)
	tests := []struct {
		name string
		d    Dialect
		in   any
		want time.Time
		err  string
	}{
		{"NULL is the zero time", native, nil, time.Time{}, ""},
		{"a time.Time in another zone", native, at.In(karachi), at, ""},
		{"text in another zone", text, "2025-03-09T19:30:00+05:00", at, ""},
		{"text as bytes", text, []byte("2025-03-09T14:30:00Z"), at, ""},
		{"bad text", text, "9 March", time.Time{}, "9 March"},
		{"text where times are native", native, "2025-03-09T14:30:00Z", time.Time{}, "is text"},
		{"a number", native, int64(7), time.Time{}, "int64"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := time.Unix(1, 0)
			err := tc.d.ScanTime(&got).Scan(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) || got.Location() != time.UTC {
				t.Errorf("read %v, want %v in UTC", got, tc.want)
			}
		})
	}
}
