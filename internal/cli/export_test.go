package cli

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	db := seedRecords(t)
	dir := t.TempDir()
	tests := []struct {
		format string
		args   []string
		check  func(t *testing.T, data []byte)
	}{
		{"acled-csv", nil, func(t *testing.T, data []byte) {
			rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 || rows[0][0] != "event_id_cnty" || rows[0][30] != "timestamp" {
				t.Errorf("CSV has %d rows, header %v", len(rows), rows[0])
			}
			// Newest first: the Kech incident, then North Waziristan.
			if rows[1][20-1] != "Kech" || rows[2][20-1] != "North Waziristan" {
				t.Errorf("admin2 column = %q, %q", rows[1][19], rows[2][19])
			}
		}},
		{"geojson", nil, func(t *testing.T, data []byte) {
			var fc struct {
				Type     string `json:"type"`
				Features []struct {
					Type     string `json:"type"`
					Geometry struct {
						Type        string     `json:"type"`
						Coordinates [2]float64 `json:"coordinates"`
					} `json:"geometry"`
				} `json:"features"`
			}
			if err := json.Unmarshal(data, &fc); err != nil {
				t.Fatal(err)
			}
			if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
				t.Fatalf("GeoJSON %s with %d features", fc.Type, len(fc.Features))
			}
			if g := fc.Features[0].Geometry; g.Type != "Point" || g.Coordinates != [2]float64{63.0, 26.0} {
				t.Errorf("Kech geometry = %+v, want Point [63, 26] (lon, lat)", g)
			}
		}},
		{"jsonl", []string{"--state", "verified"}, func(t *testing.T, data []byte) {
			sc := bufio.NewScanner(strings.NewReader(string(data)))
			var n int
			for sc.Scan() {
				var r struct {
					ReviewState string `json:"review_state"`
					Admin2      string `json:"admin2"`
				}
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				if r.ReviewState != "verified" || r.Admin2 != "Kech" {
					t.Errorf("line %d = %s", n+1, sc.Text())
				}
				n++
			}
			if n != 1 {
				t.Errorf("%d lines, want the 1 verified incident", n)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(dir, "incidents."+tt.format)
			args := append([]string{"export", "--db", db, "--format", tt.format, "--out", out}, tt.args...)
			code, stdout, stderr := runVigil(t, args...)
			if code != 0 || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, data)
		})
	}
}

func TestExportErrorsKeepTheOldFile(t *testing.T) {
	db := seedRecords(t)
	out := filepath.Join(t.TempDir(), "incidents.csv")
	if err := os.WriteFile(out, []byte("the previous export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--format", "kml"},
		{"--from", "2024-02-30"},
		{"--state", "approved"},
	} {
		code, _, stderr := runVigil(t, append([]string{"export", "--db", db, "--out", out}, args...)...)
		if code == 0 || stderr == "" {
			t.Errorf("export %v: exit %d, stderr %q", args, code, stderr)
		}
		if data, _ := os.ReadFile(out); string(data) != "the previous export\n" {
			t.Errorf("export %v changed the existing file: %q", args, data)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("export left files behind: %v", entries)
	}
}
