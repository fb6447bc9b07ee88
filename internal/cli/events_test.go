package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func valuePtr[T any](v T) *T { return &v }

// seedRecords builds a real database with two documents, three events, two
// incidents and two claims, and returns its path.
func seedRecords(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigil.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ev := func(day, admin1, admin2, typ string, lat, lon float64, sf, mil int) vigil.Event {
		return vigil.Event{EventDate: valuePtr(day), TimePrecision: valuePtr(1), EventType: typ, Actor1: "Military Forces of Pakistan",
			Actor2: "TTP", Country: "Pakistan", ISO3: "PAK", Admin1: admin1, Admin2: admin2, Location: admin2,
			Latitude: valuePtr(lat), Longitude: valuePtr(lon), GeoPrecision: valuePtr(2), Fatalities: valuePtr(sf + mil),
			Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: sf}, Militants: vigil.Counts{Killed: mil}},
			Summary:    "Security forces, acting on intelligence, raided a \"hideout\"."}
	}
	docs := []struct {
		outlet, text string
		x            vigil.Extraction
	}{
		{"Dawn", "Six militants and two soldiers were killed in North Waziristan on Friday.", vigil.Extraction{
			Events: []vigil.Event{ev("2024-10-04", "Khyber Pakhtunkhwa", "North Waziristan", "Battles", 32.95, 70.1, 2, 6)},
			Claims: []vigil.Claim{{Metric: "incidents", Value: 1, Bound: "lower", PeriodStart: "2024-10-01", PeriodEnd: "2024-10-31",
				Country: "Pakistan", AttributedTo: "PICSS"}},
		}},
		{"ISPR", "A bomb killed three soldiers in Kech; in Quetta, two militants died in a raid.", vigil.Extraction{
			Events: []vigil.Event{
				ev("2024-11-02", "Balochistan", "Kech", "Explosions/Remote violence", 26.0, 63.0, 3, 0),
				ev("2024-11-09", "Balochistan", "Quetta", "Battles", 30.18, 67.0, 0, 2),
			},
			Claims: []vigil.Claim{{Metric: "deaths", Value: 20, Bound: "lower", PeriodStart: "2024-11-01", PeriodEnd: "2024-11-30",
				Country: "Pakistan", Admin1: "Balochistan", AttributedTo: "provincial government"}},
		}},
	}
	for i, d := range docs {
		id, _, err := s.AddDocument(ctx, &vigil.Document{Outlet: d.outlet, Title: d.outlet, Text: d.text, ContentHash: d.text})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SaveExtraction(ctx, id, d.x); err != nil {
			t.Fatal(err)
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil {
			t.Fatal(err)
		}
		// The first two events become incidents; the Quetta one stays unfused.
		inc := vigil.Incident{Event: evs[0].Event, EventIDs: []int64{evs[0].ID}, SourceCount: 1,
			FatalitiesLow: *evs[0].Fatalities, FatalitiesHigh: *evs[0].Fatalities}
		if i == 1 {
			inc.ReviewState = vigil.StateVerified
		}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func runVigil(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb strings.Builder
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestEventsCommand(t *testing.T) {
	db := seedRecords(t)
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
		absent   []string
	}{
		{"table", []string{"--db", db}, 0, []string{"North Waziristan", "Kech", "Quetta", "FATALITIES"}, nil},
		{"admin1", []string{"--db", db, "--admin1", "balochistan"}, 0, []string{"Kech", "Quetta"}, []string{"North Waziristan"}},
		{"type and dates", []string{"--db", db, "--type", "Battles", "--from", "2024-11-01"}, 0, []string{"Quetta"}, []string{"Kech", "Waziristan"}},
		{"text", []string{"--db", db, "--text", "bomb"}, 0, []string{"Kech", "Quetta"}, []string{"Waziristan"}},
		{"limit", []string{"--db", db, "--limit", "1"}, 0, []string{"North Waziristan"}, []string{"Kech"}},
		{"bad date", []string{"--db", db, "--from", "last week"}, 1, []string{`from date "last week" is not YYYY-MM-DD`}, nil},
		{"hostile search", []string{"--db", db, "--text", `"`}, 1, []string{"no words to search for"}, nil},
		{"bad format", []string{"--db", db, "--format", "xml"}, 1, []string{`--format "xml"`}, nil},
		{"stray argument", []string{"--db", db, "extra"}, 1, []string{`unexpected argument "extra"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runVigil(t, append([]string{"events"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, s := range tt.contains {
				if !strings.Contains(out+errOut, s) {
					t.Errorf("output lacks %q:\n%s%s", s, out, errOut)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(out, s) {
					t.Errorf("output has %q:\n%s", s, out)
				}
			}
		})
	}
}

func TestEventsJSONAndCSV(t *testing.T) {
	db := seedRecords(t)
	code, out, errOut := runVigil(t, "events", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	var n int
	for sc.Scan() {
		var e struct {
			ID         int64   `json:"id"`
			DocumentID int64   `json:"document_id"`
			EventDate  *string `json:"event_date"`
			Admin2     string  `json:"admin2"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if e.ID == 0 || e.DocumentID == 0 || e.EventDate == nil || e.Admin2 == "" {
			t.Errorf("line %d lacks fields: %s", n+1, sc.Text())
		}
		n++
	}
	if n != 3 {
		t.Errorf("%d JSON lines, want 3", n)
	}

	t.Setenv("VIGIL_DB", db) // --db from the environment
	code, out, errOut = runVigil(t, "events", "--format", "csv", "--admin2", "Kech")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The outlet comes three columns before the marking's two (tlp, tlp_owner).
	if len(rows) != 2 || rows[0][0] != "event_id_cnty" || rows[1][len(rows[1])-5] != "ISPR" || rows[1][len(rows[1])-2] != "CLEAR" {
		t.Errorf("CSV = %v", rows)
	}
}
