package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestWriteTableGolden pins the printed layout: one block per dataset and
// subset, metrics sorted, shares as percentages, errors and counts plain.
func TestWriteTableGolden(t *testing.T) {
	results := []Result{
		{Dataset: "major-incidents", System: SystemVigil, N: 4, Metrics: map[string]float64{"killed_exact": 0.75, "killed_mae": 1.25, "country": 1}},
		{Dataset: "major-incidents", System: SystemNoEvents, N: 4, Metrics: map[string]float64{"killed_exact": 0.25, "killed_mae": 9.5, "country": 0}},
		{Dataset: "major-incidents", Subset: "Pakistan/Afghanistan", System: SystemVigil, N: 2, Metrics: map[string]float64{"killed_exact": 0.5}},
		{Dataset: "satp-attack-type", System: SystemVigil, N: 3, Metrics: map[string]float64{"relevant_rows": 2, "relevance_f1": 2.0 / 3}},
	}
	var got bytes.Buffer
	if err := WriteTable(&got, results); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("table differs from %s:\n got:\n%s\nwant:\n%s", golden, got.Bytes(), want)
	}
}
