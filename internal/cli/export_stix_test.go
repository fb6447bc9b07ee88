package cli

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestExportSTIX(t *testing.T) {
	db := seedRecords(t)
	dir := t.TempDir()
	export := func(name string, args ...string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		code, stdout, stderr := runVigil(t, append([]string{"export", "--db", db, "--format", "stix", "--out", out}, args...)...)
		if code != 0 || stdout != "" {
			t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	first := export("a.json", "--org", "ctd-punjab", "--org-name", "CTD Punjab", "--tlp", "green")
	var b struct {
		Type    string           `json:"type"`
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(first, &b); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, o := range b.Objects {
		count[o["type"].(string)]++
		if o["type"] == "marking-definition" {
			continue
		}
		refs, _ := o["object_marking_refs"].([]any)
		if len(refs) != 1 {
			t.Errorf("%s marked %v", o["id"], refs)
		}
	}
	// seedRecords fuses two events of two documents into two incidents;
	// both documents carry a claim, placed in a country or province.
	if b.Type != "bundle" || count["incident"] != 2 || count["report"] != 2 || count["note"] != 2 || count["location"] != 4 {
		t.Errorf("bundle %s holds %v", b.Type, count)
	}
	if !strings.Contains(string(first), `"name": "CTD Punjab"`) || !strings.Contains(string(first), `"TLP:GREEN"`) {
		t.Error("the bundle lacks the producer or its GREEN marking")
	}
	if again := export("b.json", "--org", "ctd-punjab", "--org-name", "CTD Punjab", "--tlp", "green"); string(again) != string(first) {
		t.Error("exporting the same records twice gave different bundles")
	}
	// Filters narrow the incidents.
	verified := export("c.json", "--tlp", "clear", "--state", "verified")
	if n := strings.Count(string(verified), `"type": "incident"`); n != 1 {
		t.Errorf("--state verified exported %d incidents, want 1", n)
	}
}

func TestExportSTIXRefusesBadMarkings(t *testing.T) {
	db := seedRecords(t)
	for _, tlp := range []string{"red", "purple", ""} {
		code, _, stderr := runVigil(t, "export", "--db", db, "--format", "stix", "--tlp", tlp)
		if code == 0 || !strings.Contains(stderr, "--tlp") {
			t.Errorf("--tlp %q: exit %d, stderr %q", tlp, code, stderr)
		}
	}
}

// TestExportSTIXKeepsEachRecordsMarking checks that every exported object
// carries its own record's marking, and that --tlp raises only those below
// it.
func TestExportSTIXKeepsEachRecordsMarking(t *testing.T) {
	m := newMatrix(t)
	levels := func(args ...string) map[string]vigil.TLP {
		t.Helper()
		code, out, errOut := runVigil(t, append([]string{"export", "--db", m.db, "--format", "stix", "--org", "a"}, args...)...)
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, errOut)
		}
		var b struct{ Objects []json.RawMessage }
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatal(err)
		}
		got := map[string]vigil.TLP{}
		for _, raw := range b.Objects {
			var o struct {
				Type, Name string
				Refs       []string `json:"object_marking_refs"`
			}
			if err := json.Unmarshal(raw, &o); err != nil {
				t.Fatal(err)
			}
			if o.Type != "incident" {
				continue
			}
			l, ok := stix.TLPFromRefs(o.Refs)
			if !ok {
				t.Fatalf("incident %q has no TLP marking: %v", o.Name, o.Refs)
			}
			for _, p := range placesIn(o.Name) {
				got[p] = l
			}
		}
		return got
	}
	own := map[string]vigil.TLP{}
	for _, r := range matrixRecords {
		own[r.place] = r.tlp
	}
	if got := levels("--tlp", "clear"); !maps.Equal(got, own) {
		t.Errorf("exported with --tlp clear: %v, want each record's own %v", got, own)
	}
	raised := maps.Clone(own)
	raised["Gwadar"], raised["Turbat"] = vigil.TLPAmber, vigil.TLPAmber
	if got := levels("--tlp", "amber"); !maps.Equal(got, raised) {
		t.Errorf("exported with --tlp amber: %v, want %v", got, raised)
	}
}
