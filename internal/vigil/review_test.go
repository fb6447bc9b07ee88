package vigil

import (
	"encoding/json"
	"testing"
)

func TestApplyCorrections(t *testing.T) {
	day := "2024-03-14"
	five := 5
	cases := []struct {
		name  string
		c     Correction
		check func(inc Incident) bool
		code  string
	}{
		{"toll", Correction{Field: "fatalities", Value: "7"}, func(i Incident) bool {
			return *i.Fatalities == 7 && i.FatalitiesBound == "" && i.ReconcileRule == "analyst correction (machine: most conservative)"
		}, ""},
		{"district", Correction{Field: "admin2", Value: " Kech "}, func(i Incident) bool { return i.Admin2 == "Kech" }, ""},
		{"date sets day precision", Correction{Field: "event_date", Value: "2024-03-13"}, func(i Incident) bool {
			return *i.EventDate == "2024-03-13" && *i.TimePrecision == TimePrecisionDay
		}, ""},
		{"date cleared", Correction{Field: "event_date", Value: ""}, func(i Incident) bool { return i.EventDate == nil }, ""},
		{"latitude", Correction{Field: "latitude", Value: "26.0"}, func(i Incident) bool { return *i.Latitude == 26 }, ""},
		{"negative toll", Correction{Field: "fatalities", Value: "-1"}, nil, EINVALID},
		{"toll in words", Correction{Field: "fatalities", Value: "seven"}, nil, EINVALID},
		{"bad date", Correction{Field: "event_date", Value: "14/03/2024"}, nil, EINVALID},
		{"latitude out of range", Correction{Field: "latitude", Value: "91"}, nil, EINVALID},
		{"longitude NaN", Correction{Field: "longitude", Value: "NaN"}, nil, EINVALID},
		{"unknown field", Correction{Field: "evidence", Value: "x"}, nil, EINVALID},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			inc := Incident{Event: Event{EventDate: &day, Fatalities: &five, FatalitiesBound: BoundLower}, ReconcileRule: "most conservative"}
			err := ApplyCorrections(&inc, []Correction{tt.c})
			if ErrorCode(err) != tt.code {
				t.Fatalf("ApplyCorrections(%+v) = %v, want code %q", tt.c, err, tt.code)
			}
			if ErrorCode(CheckCorrection(tt.c)) != tt.code {
				t.Errorf("CheckCorrection disagrees with ApplyCorrections on %+v", tt.c)
			}
			if tt.check != nil && !tt.check(inc) {
				t.Errorf("after %+v: %+v", tt.c, inc)
			}
		})
	}
}

func TestFilterMatches(t *testing.T) {
	day := "2024-03-14"
	inc := Incident{Event: Event{EventDate: &day, Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Admin2: "Kech",
		EventType: "Battles", Actor1: "Military Forces of Pakistan", Perpetrator: "BLA"}, ReviewState: StateVerified}
	cases := []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{From: "2024-03-14", To: "2024-03-14"}, true},
		{Filter{From: "2024-03-15"}, false},
		{Filter{To: "2024-03-13"}, false},
		{Filter{Country: "pak"}, true},
		{Filter{Country: "Afghanistan"}, false},
		{Filter{Admin1: "balochistan", Admin2: "KECH"}, true},
		{Filter{Admin2: "Gwadar"}, false},
		{Filter{EventType: "battles"}, true},
		{Filter{Actor: "bla"}, true},
		{Filter{Actor: "TTP"}, false},
		{Filter{ReviewState: StateVerified}, true},
		{Filter{ReviewState: StateUnreviewed}, false},
	}
	for _, tt := range cases {
		if got := tt.f.Matches(&inc); got != tt.want {
			t.Errorf("%+v.Matches = %v, want %v", tt.f, got, tt.want)
		}
	}
	undated := inc
	undated.EventDate = nil
	if (Filter{From: "2024-01-01"}).Matches(&undated) {
		t.Error("an undated incident matched a date range")
	}
}

// FuzzCorrection checks that any field and value is either refused with
// EINVALID or applied so that applying it again changes nothing.
func FuzzCorrection(f *testing.F) {
	for _, s := range [][2]string{{"fatalities", "7"}, {"event_date", "2024-02-30"}, {"latitude", "-90"},
		{"longitude", "1e400"}, {"admin2", "Kech"}, {"fatalities", "99999999999999999999"}, {"location", "\x00"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, field, value string) {
		var inc Incident
		err := ApplyCorrections(&inc, []Correction{{Field: field, Value: value}})
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("refused with %v, want an EINVALID error", err)
			}
			return
		}
		once, _ := json.Marshal(inc)
		if err := ApplyCorrections(&inc, []Correction{{Field: field, Value: value}}); err != nil {
			t.Fatalf("second application failed: %v", err)
		}
		if twice, _ := json.Marshal(inc); string(twice) != string(once) {
			t.Fatalf("not idempotent:\n%s\n%s", once, twice)
		}
	})
}

// TestActorIs checks that a filter's actor matches its units, as ACLED
// names them after the force, and nothing else that merely starts alike.
func TestActorIs(t *testing.T) {
	tests := []struct {
		filter, name string
		want         bool
	}{
		{"Police Forces of Pakistan", "Police Forces of Pakistan", true},
		{"police forces of pakistan", "Police Forces of Pakistan Frontier Corps", true},
		{"Police Forces of Pak", "Police Forces of Pakistan", false},
		{"Police Forces of Pakistan Frontier Corps", "Police Forces of Pakistan", false},
		{"TTP", "TTP: Tehreek-i-Taliban Pakistan", false},
	}
	for _, tc := range tests {
		if got := ActorIs(tc.filter, tc.name); got != tc.want {
			t.Errorf("ActorIs(%q, %q) = %v, want %v", tc.filter, tc.name, got, tc.want)
		}
	}
}
