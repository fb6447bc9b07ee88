package taxii

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseQuery(t *testing.T) {
	at := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	next := EncodeNext(Cursor{Added: at, ID: "incident--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f", Version: "2026-03-05T10:00:00.000Z"})
	tests := []struct {
		name    string
		raw     string
		check   func(Query) bool
		wantErr string
	}{
		{"defaults", "", func(q Query) bool {
			return q.Limit == 100 && q.AddedAfter.IsZero() && q.After == nil && q.Versions == nil
		}, ""},
		{"added_after with offset", "added_after=2026-03-05T15:00:00%2B05:00", func(q Query) bool { return q.AddedAfter.Equal(at) }, ""},
		{"limit capped", "limit=5000", func(q Query) bool { return q.Limit == 100 }, ""},
		{"limit", "limit=7", func(q Query) bool { return q.Limit == 7 }, ""},
		{"types", "match[type]=incident,report", func(q Query) bool { return slices.Equal(q.Types, []string{"incident", "report"}) }, ""},
		{"ids", "match[id]=incident--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f", func(q Query) bool { return len(q.IDs) == 1 }, ""},
		{"versions", "match[version]=first,2026-03-05T10:00:00.000Z", func(q Query) bool { return len(q.Versions) == 2 && q.Versions[0] == "first" }, ""},
		{"next", "next=" + next, func(q Query) bool { return q.After != nil && q.After.Added.Equal(at) }, ""},
		{"zero limit", "limit=0", nil, "limit"},
		{"word limit", "limit=ten", nil, "limit"},
		{"date only", "added_after=2026-03-05", nil, "added_after"},
		{"bad type", "match[type]=Incident!", nil, "match[type]"},
		{"bad id", "match[id]=incident--12", nil, "match[id]"},
		{"bad version", "match[version]=newest", nil, "match[version]"},
		{"unknown filter", "match[label]=x", nil, "match[label]"},
		{"forged next", "next=bm90IGEgdG9rZW4", nil, "next"},
		{"long next", "next=" + strings.Repeat("A", 2000), nil, "next"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := url.ParseQuery(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			q, err := ParseQuery(v, 100)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseQuery(%q) error %v, want one about %s", tt.raw, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(q) {
				t.Errorf("ParseQuery(%q) = %+v", tt.raw, q)
			}
		})
	}
}

func TestNextTokenRoundTrip(t *testing.T) {
	c := Cursor{Added: time.Date(2026, 3, 5, 10, 0, 0, 123456000, time.UTC), ID: "report--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f", Version: "2026-03-05T10:00:00.000Z"}
	got, err := DecodeNext(EncodeNext(c))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Added.Equal(c.Added) || got.ID != c.ID || got.Version != c.Version {
		t.Errorf("round trip %+v, want %+v", got, c)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "added_after=2026-03-05T10:00:00Z&limit=10",
		"match[type]=incident,report&match[version]=all",
		"match[id]=incident--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f&match[version]=first,last",
		"next=" + EncodeNext(Cursor{Added: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), ID: "incident--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f", Version: "v"}),
		"limit=-1", "match[x]=1", "next=%%%", "added_after=9999-99-99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := ParseQuery(v, 50)
		if err != nil {
			return
		}
		if q.Limit < 1 || q.Limit > 50 {
			t.Errorf("limit %d outside 1..50 for %q", q.Limit, raw)
		}
		for _, id := range q.IDs {
			if !stixID.MatchString(id) {
				t.Errorf("accepted id %q", id)
			}
		}
		if q.After != nil {
			// A cursor that parsed must survive another round trip.
			if _, err := DecodeNext(EncodeNext(*q.After)); err != nil {
				t.Errorf("cursor %+v from %q does not round-trip: %v", *q.After, raw, err)
			}
		}
	})
}

func FuzzDecodeNext(f *testing.F) {
	f.Add(EncodeNext(Cursor{Added: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), ID: "incident--6f0b3b5e-1c1a-5d3c-9a8e-0b7c2a1d4e5f"}))
	f.Add("")
	f.Add("eyJhIjoiIn0")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := DecodeNext(s)
		if err != nil {
			return
		}
		if c.Added.IsZero() || !stixID.MatchString(c.ID) {
			t.Errorf("DecodeNext(%q) accepted %+v", s, c)
		}
	})
}
