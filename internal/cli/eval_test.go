package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalRows are rows written for these tests, one per dataset vigil scores.
var evalRows = []string{
	`{"id":"t1","dataset":"case2021-subtype","text":"A roadside bomb killed two soldiers in North Waziristan on Monday.","gold":{"case_subtype":"REM_EXPLOS"}}`,
	`{"id":"t2","dataset":"case2021-subtype","text":"Heavy rain flooded villages across the valley.","gold":{"case_subtype":"NATURAL_DISASTER"}}`,
	`{"id":"t3","dataset":"major-incidents","text":"A suicide bomber killed 12 people and injured 30 at a market in Peshawar, Pakistan.","gold":{"country":"Pakistan","killed_total":12,"injured_total":30}}`,
	`{"id":"t4","dataset":"acled-balochistan","text":"","gold":{"event_date":"2021-03-02","event_type":"Battles","sub_event_type":"Armed clash","admin1":"Balochistan","admin2":"Kech","latitude":26.0,"longitude":63.05,"fatalities":0}}`,
}

func writeEvalRows(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "rows.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(evalRows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runEvalCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestEvalCommand(t *testing.T) {
	rows := writeEvalRows(t)
	jsonPath := filepath.Join(t.TempDir(), "results.json")
	code, out, stderr := runEvalCLI(t, "eval", "--json", jsonPath, rows)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"case2021-subtype (n=2)", "major-incidents (n=1)", "acled-balochistan [empty text] (n=1)", "vigil", "no events", "one empty event", "subtype_accuracy", "killed_mae"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var results []struct {
		Dataset, System string
		N               int
		Metrics         map[string]float64
	}
	if err := json.Unmarshal(b, &results); err != nil {
		t.Fatalf("results JSON: %v", err)
	}
	found := false
	for _, r := range results {
		if r.Dataset == "case2021-subtype" && r.System == "no events" && r.N == 2 {
			found = true
			if r.Metrics["subtype_accuracy"] != 0.5 {
				t.Errorf("no-events baseline scored %v on CASE, want 0.5", r.Metrics["subtype_accuracy"])
			}
		}
	}
	if !found {
		t.Errorf("results JSON lacks the CASE no-events line: %s", b)
	}
}

func TestEvalCommandDatasetFilter(t *testing.T) {
	code, out, stderr := runEvalCLI(t, "eval", "--dataset", "major-incidents", writeEvalRows(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(out, "case2021") || !strings.Contains(out, "major-incidents") {
		t.Errorf("filter not applied:\n%s", out)
	}
}

func TestEvalCommandErrors(t *testing.T) {
	rows := writeEvalRows(t)
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{not json\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"eval", filepath.Join(t.TempDir(), "absent.jsonl")}, "absent.jsonl"},
		{"bad row", []string{"eval", bad}, "bad.jsonl line 1"},
		{"unknown dataset filter", []string{"eval", "--dataset", "nope", rows}, `no rows of dataset "nope"`},
		{"no shared folder", []string{"eval"}, "shared dev folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "no shared folder" {
				t.Setenv("VIGIL_SHARED", filepath.Join(t.TempDir(), "nothing-here"))
			}
			code, _, stderr := runEvalCLI(t, tt.args...)
			if code == 0 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q: want failure mentioning %q", code, stderr, tt.want)
			}
		})
	}
}

func TestBenchCommand(t *testing.T) {
	code, out, stderr := runEvalCLI(t, "bench", writeEvalRows(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"extractor load", "rows.jsonl", "docs/s", "MB/s", "peak memory"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
