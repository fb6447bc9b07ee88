package cli

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStatsCommand(t *testing.T) {
	db := seedRecords(t)
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"by month", nil, 0, []string{"MONTH", "2024-10", "2024-11", "TOTAL"}},
		{"by province", []string{"--by", "admin1"}, 0, []string{"Balochistan", "Khyber Pakhtunkhwa"}},
		{"by month and district", []string{"--by", "month,admin2"}, 0, []string{"2024-11", "Kech"}},
		{"filtered", []string{"--admin1", "Balochistan", "--by", "admin2"}, 0, []string{"Kech"}},
		{"claims", []string{"--claims"}, 0, []string{"incidents", "at least 1", "yes", "PICSS", "at least 20", "no"}},
		// Claims have no district, type, actor or review state: listing
		// every claim for such a filter would be a wrong answer.
		{"claims by district", []string{"--claims", "--admin2", "Kech"}, 1, []string{"cannot be filtered by admin2"}},
		{"claims by type", []string{"--claims", "--type", "Battles"}, 1, []string{"cannot be filtered by type"}},
		{"claims by actor", []string{"--claims", "--actor", "TTP"}, 1, []string{"cannot be filtered by actor"}},
		{"claims by state", []string{"--claims", "--state", "verified"}, 1, []string{"--state does not apply"}},
		{"bad by", []string{"--by", "week"}, 1, []string{`cannot group by "week"`}},
		{"bad format", []string{"--format", "csv"}, 1, []string{`--format "csv"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runVigil(t, append([]string{"stats", "--db", db}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, s := range tt.contains {
				if !strings.Contains(out+errOut, s) {
					t.Errorf("output lacks %q:\n%s%s", s, out, errOut)
				}
			}
		})
	}
}

func TestStatsJSON(t *testing.T) {
	db := seedRecords(t)
	code, out, errOut := runVigil(t, "stats", "--db", db, "--by", "admin1", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep struct {
		Rows []struct {
			Key        []string `json:"key"`
			Incidents  int      `json:"incidents"`
			Fatalities int      `json:"fatalities"`
		} `json:"rows"`
		Total struct {
			Incidents  int `json:"incidents"`
			Fatalities int `json:"fatalities"`
			Casualties struct {
				SecurityForces struct {
					Killed int `json:"killed"`
				} `json:"security_forces"`
			} `json:"casualties"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 2 || rep.Rows[0].Key[0] != "Balochistan" || rep.Rows[0].Fatalities != 3 ||
		rep.Total.Incidents != 2 || rep.Total.Fatalities != 11 || rep.Total.Casualties.SecurityForces.Killed != 5 {
		t.Errorf("report = %+v", rep)
	}

	code, out, errOut = runVigil(t, "stats", "--db", db, "--claims", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var checks []struct {
		ClaimID  int64 `json:"claim_id"`
		Checked  bool  `json:"checked"`
		Computed int64 `json:"computed"`
		Holds    bool  `json:"holds"`
	}
	if err := json.Unmarshal([]byte(out), &checks); err != nil {
		t.Fatal(err)
	}
	// October: 1 incident, claimed at least 1. Balochistan November: 3
	// deaths in the one incident, claimed at least 20.
	if len(checks) != 2 || !checks[0].Holds || checks[0].Computed != 1 || checks[1].Holds || checks[1].Computed != 3 {
		t.Errorf("claim checks = %+v", checks)
	}
}

func TestStatsRefusesANonDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("not a database\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runVigil(t, "stats", "--db", path)
	if code != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "not an SQLite database") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != "not a database\n" {
		t.Errorf("the file was changed: %q", data)
	}
}

var updateStats = flag.Bool("update-stats", false, "rewrite the stats golden files under testdata/")

// TestStatsGolden pins the exact tables; run with -update-stats after a
// deliberate change and review the diff.
func TestStatsGolden(t *testing.T) {
	db := seedRecords(t)
	tests := []struct {
		file string
		args []string
	}{
		{"stats-month-admin1.golden", []string{"--by", "month,admin1"}},
		{"stats-claims.golden", []string{"--claims"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			code, out, errOut := runVigil(t, append([]string{"stats", "--db", db}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			path := filepath.Join("testdata", tt.file)
			if *updateStats {
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update-stats to create it)", err)
			}
			if out != string(want) {
				t.Errorf("vigil stats %v:\n got:\n%s\nwant:\n%s", tt.args, out, want)
			}
		})
	}
}
