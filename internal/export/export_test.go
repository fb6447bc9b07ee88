package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func ptr[T any](v T) *T { return &v }

// sample is a small set of incidents covering both countries, a missing
// location and text that needs quoting. A force's unit is part of its name
// (as ACLED writes it); the associated actor is another force that took
// part.
func sample() []vigil.Incident {
	updated := time.Date(2024, 10, 6, 8, 0, 0, 0, time.UTC)
	return []vigil.Incident{
		{ID: 12, Event: vigil.Event{EventDate: ptr("2024-10-04"), TimePrecision: ptr(1), DisorderType: "Political violence",
			EventType: "Battles", SubEventType: "Armed clash", Actor1: "Police Forces of Pakistan Frontier Corps", AssocActor1: "Military Forces of Pakistan",
			Inter1: 1, Actor2: "TTP: Tehreek-i-Taliban Pakistan", Inter2: 2, Perpetrator: "TTP", ClaimedBy: "",
			Country: "Pakistan", ISO3: "PAK", Admin1: "Khyber Pakhtunkhwa", Admin2: "North Waziristan", Location: "Mir Ali",
			Latitude: ptr(33.0167), Longitude: ptr(70.0667), GeoPrecision: ptr(2), Fatalities: ptr(8),
			Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 2}, Militants: vigil.Counts{Killed: 6, Injured: 1}},
			Weapons:    []string{"small arms", "IED"}, SourceAttribution: []string{"ISPR", "Dawn"},
			Summary: `Six "khwarij" were killed, ISPR said; two soldiers, including a captain, were martyred.`},
			FatalitiesLow: 8, FatalitiesHigh: 10, ReconcileRule: "most conservative", ReviewState: vigil.StateVerified,
			SourceCount: 2, EventIDs: []int64{3, 7}, FusionReason: "same day, same district", CreatedAt: updated, UpdatedAt: updated},
		{ID: 13, Event: vigil.Event{EventDate: ptr("2024-10-02"), TimePrecision: ptr(1), EventType: "Violence against civilians",
			SubEventType: "Attack", Actor1: "ISKP", Inter1: 2, Actor2: "Civilians (Afghanistan)", Inter2: 7,
			Country: "Afghanistan", Admin1: "Kabul", Admin2: "Kabul", Location: "Kabul",
			Latitude: ptr(34.5553), Longitude: ptr(69.2075), GeoPrecision: ptr(1), Fatalities: ptr(3),
			Casualties: vigil.Casualties{Civilians: vigil.Counts{Killed: 3, Injured: 11}},
			Summary:    "Line one,\nline two, with a comma."},
			ReviewState: vigil.StateUnreviewed, SourceCount: 1, EventIDs: []int64{9}, UpdatedAt: updated},
		{ID: 14, Event: vigil.Event{EventType: "Explosions/Remote violence", Country: "Pakistan", ISO3: "PAK",
			Admin1: "بلوچستان", Location: "کوئٹہ", Summary: "کوئٹہ میں دھماکہ، تین افراد جاں بحق"},
			ReviewState: vigil.StateUnreviewed, SourceCount: 1},
	}
}

func TestACLEDHeader(t *testing.T) {
	// ACLED's export columns, in the order ACLED's own files use.
	acled := []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
		"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
		"civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
		"longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}
	var buf bytes.Buffer
	if err := WriteACLEDCSV(&buf, nil); err != nil {
		t.Fatal(err)
	}
	header, err := csv.NewReader(&buf).Read()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(header[:len(acled)], acled) {
		t.Errorf("ACLED columns:\n got %v\nwant %v", header[:len(acled)], acled)
	}
	if !reflect.DeepEqual(header[len(acled):], ExtraColumns) {
		t.Errorf("extra columns = %v, want %v", header[len(acled):], ExtraColumns)
	}
	seen := map[string]bool{}
	for _, h := range header {
		if seen[h] {
			t.Errorf("column %q appears twice", h)
		}
		seen[h] = true
	}
}

// readCSV returns the rows of a CSV as maps from column name to value.
func readCSV(t *testing.T, data []byte) []map[string]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("written CSV does not parse: %v", err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, v := range r {
			m[rows[0][i]] = v
		}
		out = append(out, m)
	}
	return out
}

func TestACLEDCSVValues(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteACLEDCSV(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	tests := []struct {
		row    int
		column string
		want   string
	}{
		{0, "event_id_cnty", "PAK12"},
		{0, "event_date", "2024-10-04"},
		{0, "year", "2024"},
		{0, "iso", "586"},
		{0, "region", "South Asia"},
		{0, "interaction", "12"},
		{0, "latitude", "33.0167"},
		{0, "longitude", "70.0667"},
		{0, "fatalities", "8"},
		{0, "source", "ISPR; Dawn"},
		{0, "notes", sample()[0].Summary},
		{0, "security_forces_killed", "2"},
		{0, "militants_killed", "6"},
		{0, "militants_injured", "1"},
		{0, "fatalities_high", "10"},
		{0, "review_state", "verified"},
		{0, "vigil_incident_id", "12"},
		{0, "weapons", "small arms; IED"},
		{0, "timestamp", "1728201600"},
		{1, "event_id_cnty", "AFG13"}, // ISO3 derived from the country name
		{1, "iso", "4"},
		{1, "interaction", "27"},
		{1, "civilian_targeting", "Civilian targeting"},
		{1, "notes", "Line one,\nline two, with a comma."},
		{1, "civilians_injured", "11"},
		{0, "civilian_targeting", ""},
		{2, "civilian_targeting", ""},
		{2, "event_date", ""},
		{2, "year", ""},
		{2, "latitude", ""},
		{2, "fatalities", "0"}, // ACLED's code for an unknown toll
		{2, "admin1", "بلوچستان"},
		{2, "location", "کوئٹہ"},
		{2, "interaction", ""},
		{2, "timestamp", ""},
	}
	for _, tt := range tests {
		if got := rows[tt.row][tt.column]; got != tt.want {
			t.Errorf("row %d %s = %q, want %q", tt.row, tt.column, got, tt.want)
		}
	}
}

func TestCivilianTargeting(t *testing.T) {
	tests := []struct {
		typ    string
		inter2 int
		want   string
	}{
		{"Violence against civilians", 0, "Civilian targeting"},
		{"Explosions/Remote violence", 7, "Civilian targeting"},
		{"Explosions/Remote violence", 1, ""},
		{"Battles", 2, ""},
	}
	col := 0
	for i, c := range ACLEDColumns {
		if c == "civilian_targeting" {
			col = i
		}
	}
	for _, tt := range tests {
		e := vigil.Event{EventType: tt.typ, Inter1: 2, Inter2: tt.inter2}
		if got := acledFields(&e, 1, time.Time{})[col]; got != tt.want {
			t.Errorf("%s with inter2 %d: civilian_targeting = %q, want %q", tt.typ, tt.inter2, got, tt.want)
		}
	}
}

func TestInteraction(t *testing.T) {
	tests := []struct {
		a, b int
		want string
	}{{1, 2, "12"}, {2, 1, "12"}, {3, 0, "30"}, {0, 0, ""}, {7, 7, "77"}, {8, 1, "18"}}
	for _, tt := range tests {
		if got := interaction(tt.a, tt.b); got != tt.want {
			t.Errorf("interaction(%d, %d) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestGeoJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGeoJSON(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	// Check the structure RFC 7946 asks for, from the raw JSON.
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GeoJSON does not parse: %v", err)
	}
	if doc["type"] != "FeatureCollection" {
		t.Fatalf("type = %v, want FeatureCollection", doc["type"])
	}
	features, ok := doc["features"].([]any)
	if !ok || len(features) != len(sample()) {
		t.Fatalf("features = %T of %d, want an array of %d", doc["features"], len(features), len(sample()))
	}
	for i, f := range features {
		inc := sample()[i]
		feat, ok := f.(map[string]any)
		if !ok || feat["type"] != "Feature" {
			t.Errorf("feature %d is not a Feature: %v", i, f)
			continue
		}
		if _, ok := feat["properties"].(map[string]any); !ok {
			t.Errorf("feature %d has no properties object", i)
		}
		geom, present := feat["geometry"]
		if !present {
			t.Errorf("feature %d lacks the geometry member", i)
			continue
		}
		if inc.Latitude == nil {
			if geom != nil {
				t.Errorf("feature %d without coordinates has geometry %v, want null", i, geom)
			}
			continue
		}
		g, ok := geom.(map[string]any)
		if !ok || g["type"] != "Point" {
			t.Errorf("feature %d geometry = %v, want a Point", i, geom)
			continue
		}
		c, ok := g["coordinates"].([]any)
		if !ok || len(c) != 2 || c[0] != *inc.Longitude || c[1] != *inc.Latitude {
			t.Errorf("feature %d coordinates = %v, want [lon %v, lat %v]", i, g["coordinates"], *inc.Longitude, *inc.Latitude)
		}
	}
	// And the properties carry the incident back.
	var fc FeatureCollection
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	for i, f := range fc.Features {
		if want := NewRecord(sample()[i]); !reflect.DeepEqual(f.Properties, want) {
			t.Errorf("feature %d properties:\n got %+v\nwant %+v", i, f.Properties, want)
		}
	}
}

func TestGeoJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGeoJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != `{"type":"FeatureCollection","features":[]}` {
		t.Errorf("empty collection = %s", got)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	i := 0
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if want := NewRecord(sample()[i]); !reflect.DeepEqual(r, want) {
			t.Errorf("line %d:\n got %+v\nwant %+v", i+1, r, want)
		}
		i++
	}
	if i != len(sample()) {
		t.Errorf("%d lines, want %d", i, len(sample()))
	}
}

func TestEventsCSV(t *testing.T) {
	published := time.Date(2024, 10, 5, 6, 0, 0, 0, time.UTC)
	evs := []vigil.StoredEvent{
		{ID: 3, DocumentID: 1, IncidentID: 12, Outlet: "Dawn", URL: "https://example.org/a,b", Published: published, Event: sample()[0].Event},
		{ID: 4, DocumentID: 2, Event: sample()[2].Event},
	}
	var buf bytes.Buffer
	if err := WriteEventsCSV(&buf, evs); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	want := []map[string]string{
		{"event_id_cnty": "PAK3", "vigil_event_id": "3", "document_id": "1", "vigil_incident_id": "12", "outlet": "Dawn",
			"url": "https://example.org/a,b", "published": "2024-10-05T06:00:00Z", "militants_killed": "6"},
		{"event_id_cnty": "PAK4", "vigil_incident_id": "", "published": "", "location": "کوئٹہ"},
	}
	for i, w := range want {
		for col, v := range w {
			if rows[i][col] != v {
				t.Errorf("row %d %s = %q, want %q", i, col, rows[i][col], v)
			}
		}
	}
}

// TestGolden pins the exact bytes of each format; run with -update after a
// deliberate change and review the diff.
func TestGolden(t *testing.T) {
	tests := []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"incidents.acled.csv", func(b *bytes.Buffer) error { return WriteACLEDCSV(b, sample()) }},
		{"incidents.geojson", func(b *bytes.Buffer) error { return WriteGeoJSON(b, sample()) }},
		{"incidents.jsonl", func(b *bytes.Buffer) error { return WriteJSONL(b, sample()) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file:\n got %s\nwant %s", tt.file, buf.Bytes(), want)
			}
		})
	}
}

func BenchmarkWriteACLEDCSV(b *testing.B) {
	incs := make([]vigil.Incident, 0, 3000)
	for range 1000 {
		incs = append(incs, sample()...)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteACLEDCSV(&buf, incs); err != nil {
			b.Fatal(err)
		}
	}
}
