package api

import (
	"net/url"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		query   string
		want    vigil.Filter
		wantErr string // part of the message; "" for success
	}{
		{"", vigil.Filter{Limit: DefaultLimit}, ""},
		{"from=2024-03-01&to=2024-03-31&admin1=Balochistan&type=Battles&text=+Quetta+",
			vigil.Filter{From: "2024-03-01", To: "2024-03-31", Admin1: "Balochistan", EventType: "Battles", Text: "Quetta", Limit: DefaultLimit}, ""},
		{"limit=10&offset=20&document=4&review_state=verified",
			vigil.Filter{Limit: 10, Offset: 20, DocumentID: 4, ReviewState: "verified"}, ""},
		{"from=2024-13-01", vigil.Filter{}, `from date "2024-13-01"`},
		{"to=yesterday", vigil.Filter{}, `to date "yesterday"`},
		{"from=2024-05-01&to=2024-04-01", vigil.Filter{}, "is after"},
		{"limit=0", vigil.Filter{}, "limit"},
		{"limit=501", vigil.Filter{}, "limit"},
		{"limit=ten", vigil.Filter{}, "limit"},
		{"offset=-1", vigil.Filter{}, "offset"},
		{"document=x", vigil.Filter{}, `document id "x"`},
		{"review_state=approved", vigil.Filter{}, "review_state"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseFilter(q)
			if tc.wantErr != "" {
				if vigil.ErrorCode(err) != vigil.EINVALID || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want an invalid error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
			// Paging links must round-trip.
			back, err := ParseFilter(FilterQuery(got))
			if err != nil || back != got {
				t.Errorf("FilterQuery round trip: got %+v, %v", back, err)
			}
		})
	}
}

func TestParseID(t *testing.T) {
	for _, v := range []string{"", "0", "-3", "1.5", "abc", "99999999999999999999"} {
		if _, err := ParseID("incident", v); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("ParseID(%q) = %v, want invalid", v, err)
		}
	}
	if id, err := ParseID("incident", "42"); err != nil || id != 42 {
		t.Errorf("ParseID(42) = %d, %v", id, err)
	}
}

func FuzzParseFilter(f *testing.F) {
	f.Add("from=2024-01-01&to=2024-02-01&limit=5")
	f.Add("offset=3&document=7&text=a+b")
	f.Add("cursor=" + encodeCursor(100) + "&limit=20&review_state=verified")
	f.Add("cursor=" + encodeAfter("", 31, "2024-11-02") + "&admin1=Sindh")
	f.Add("cursor=" + encodeAfter(listIncidents, 31, "2024-11-02") + "&admin1=Sindh")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		got, err := ParseFilter(q)
		if err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Fatalf("error %v is not coded invalid", err)
			}
			return
		}
		if got.Limit < 1 || got.Limit > MaxLimit || got.Offset < 0 {
			t.Fatalf("accepted out-of-range paging: %+v", got)
		}
		back, err := ParseFilter(FilterQuery(got))
		if err != nil || back != got {
			t.Fatalf("round trip of %+v: got %+v, %v", got, back, err)
		}
	})
}

// A cursor vigil gave out reads back as its position; anything else is a
// clear EINVALID, never a panic, a negative offset or a position no row
// can have.
func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(0))
	f.Add(encodeCursor(123456))
	f.Add(encodeAfter("", 42, "2024-03-17"))
	f.Add(encodeAfter(listClaims, 42, ""))
	f.Add(encodeAfter("", 7, ""))
	f.Add("bzE6LTE")      // "o1:-1"
	f.Add("azE6MDoyMDI0") // "k1:0:2024"
	f.Add("not base64!")
	f.Fuzz(func(t *testing.T, c string) {
		p, err := decodeCursor(c)
		if err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Fatalf("error %v is not coded invalid", err)
			}
			return
		}
		if p.offset < 0 || p.afterID < 0 || (p.afterID == 0 && p.afterDate != "") || (p.afterID > 0 && p.offset > 0) {
			t.Fatalf("cursor %q gave position %+v", c, p)
		}
		back := encodeCursor(p.offset)
		if p.afterID > 0 {
			back = encodeAfter(p.list, p.afterID, p.afterDate)
		}
		if q, err := decodeCursor(back); err != nil || q != p {
			t.Fatalf("round trip of %+v: %+v, %v", p, q, err)
		}
	})
}
