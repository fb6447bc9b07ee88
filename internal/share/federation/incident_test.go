package federation

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestIncidentRoundTrip exports incidents as vigil's STIX and reads them
// back: what the extension and the location carry must survive.
func TestIncidentRoundTrip(t *testing.T) {
	lat, lon := 33.0, 70.08
	revision := vigil.StoredEvent{ID: 3, Published: time.Date(2026, 11, 19, 6, 0, 0, 0, time.UTC), Event: vigil.Event{Fatalities: ptr(12), TollRevision: true}}
	tests := []struct {
		name    string
		inc     vigil.Incident
		members []vigil.StoredEvent
		rule    string // the imported incident's reconcile rule
	}{
		{"full", vigil.Incident{Event: vigil.Event{
			EventDate: ptr("2026-11-18"), TimePrecision: ptr(1), EventType: "Explosions/Remote violence", SubEventType: "Suicide bomb",
			DisorderType: "Political violence", Actor1: "TTP: Tehreek-i-Taliban Pakistan", Actor2: "Police Forces of Pakistan",
			Perpetrator: "TTP: Tehreek-i-Taliban Pakistan", ClaimedBy: "TTP: Tehreek-i-Taliban Pakistan",
			Country: "Pakistan", ISO3: "PAK", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bannu", Location: "Bannu",
			Latitude: &lat, Longitude: &lon, GeoPrecision: ptr(1), Fatalities: ptr(12), FatalitiesBound: "lower",
			Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 9, Injured: 4}, Civilians: vigil.Counts{Killed: 3}},
			Weapons:    []string{"suicide vest", "rifle"}, Summary: "A suicide bomber struck a police post.", Confidence: 0.8,
		}, FatalitiesLow: 10, FatalitiesHigh: 12, ReviewState: vigil.StateVerified, SourceCount: 3},
			[]vigil.StoredEvent{revision}, "imported; the partner's toll was revised on 2026-11-19"},
		{"sparse", vigil.Incident{Event: vigil.Event{Country: "Afghanistan", ISO3: "AFG", EventType: "Battles"}, ReviewState: vigil.StateUnreviewed},
			nil, "imported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.inc
			in.ID, in.CreatedAt, in.UpdatedAt = 7, time.Date(2026, 11, 19, 8, 0, 0, 0, time.UTC), time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
			objs, err := stix.Build(stix.Input{Producer: stix.Producer{Org: "ctd", Name: "CTD"}, Time: in.UpdatedAt,
				Incidents: []stix.Incident{{Incident: in, Events: tt.members, Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}}}})
			if err != nil {
				t.Fatal(err)
			}
			var incObj object
			var loc json.RawMessage
			for _, o := range objs {
				switch o.Type {
				case "incident":
					if incObj, err = parseObject(o.JSON); err != nil {
						t.Fatal(err)
					}
				case "location":
					loc = o.JSON
				}
			}
			got, err := incidentFrom(incObj, loc)
			if err != nil {
				t.Fatal(err)
			}
			want := in.Event
			// What vigil's STIX does not carry: evidence, attributions and
			// inter codes stay behind with the documents.
			want.Admin3, want.AssocActor1, want.Inter1, want.Inter2 = "", "", 0, 0
			want.SourceAttribution, want.Evidence = nil, nil
			if !reflect.DeepEqual(got.Event, want) {
				t.Errorf("read back:\n got %+v\nwant %+v", got.Event, want)
			}
			if got.FatalitiesLow != in.FatalitiesLow || got.FatalitiesHigh != in.FatalitiesHigh || got.ReviewState != in.ReviewState || got.SourceCount != in.SourceCount {
				t.Errorf("read back %d-%d %s %d sources", got.FatalitiesLow, got.FatalitiesHigh, got.ReviewState, got.SourceCount)
			}
			if got.ReconcileRule != tt.rule {
				t.Errorf("reconcile rule %q, want %q", got.ReconcileRule, tt.rule)
			}
			if m := marking(incObj, "ctd"); m.TLP != vigil.TLPGreen || m.Owner != "ctd" {
				t.Errorf("marking read back as %v", m)
			}
		})
	}
}

func TestParseObjectRefusesWhatIsNoSTIXObject(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"not JSON", `{"id":`, "not a STIX object"},
		{"id of another type", `{"type":"incident","id":"location--11111111-1111-4111-8111-111111111111","modified":"2026-11-20T00:00:00Z"}`, "the id must be the type"},
		{"no version", `{"type":"incident","id":"incident--11111111-1111-4111-8111-111111111111"}`, "neither modified nor created"},
		{"bad version", `{"type":"incident","id":"incident--11111111-1111-4111-8111-111111111111","modified":"last tuesday"}`, "not a timestamp"},
	}
	for _, tt := range tests {
		_, err := parseObject(json.RawMessage(tt.json))
		if vigil.ErrorCode(err) != vigil.EINVALID || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want EINVALID about %q", tt.name, err, tt.want)
		}
	}
}

// FuzzIncidentFrom feeds arbitrary objects to the reader: it must refuse
// or read, never panic, and what it reads must be storable.
func FuzzIncidentFrom(f *testing.F) {
	f.Add([]byte(incident(incA, "2026-11-20T10:00:00.000Z", vigil.TLPAmber, 3, false)), []byte(locationObject(vigil.TLPAmber)))
	f.Add([]byte(`{"type":"incident","id":"incident--11111111-1111-4111-8111-111111111111","created":"2026-11-20T00:00:00Z","name":"x"}`), []byte(`{"latitude":91}`))
	f.Add([]byte(`{"type":"incident","id":"incident--1","modified":"2026-11-20T00:00:00Z","extensions":{"`+stix.ExtensionID+`":{"fatalities":-1}}}`), []byte(`null`))
	f.Fuzz(func(t *testing.T, obj, loc []byte) {
		o, err := parseObject(obj)
		if err != nil {
			return
		}
		inc, err := incidentFrom(o, loc)
		if err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		if inc.EventDate != nil {
			if _, err := time.Parse(time.DateOnly, *inc.EventDate); err != nil {
				t.Fatalf("read an unstorable date %q", *inc.EventDate)
			}
		}
		if inc.Fatalities != nil && *inc.Fatalities < 0 {
			t.Fatalf("read negative fatalities")
		}
		if inc.Latitude != nil && (*inc.Latitude < -90 || *inc.Latitude > 90) {
			t.Fatalf("read latitude %v", *inc.Latitude)
		}
	})
}
