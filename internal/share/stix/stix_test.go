package stix

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var update = flag.Bool("update", false, "rewrite the golden files")

type bundleDoc struct {
	Type    string           `json:"type"`
	ID      string           `json:"id"`
	Objects []map[string]any `json:"objects"`
}

func parse(t *testing.T, data []byte) bundleDoc {
	t.Helper()
	var b bundleDoc
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("bundle is not JSON: %v", err)
	}
	return b
}

func (b bundleDoc) byID(id string) map[string]any {
	for _, o := range b.Objects {
		if o["id"] == id {
			return o
		}
	}
	return nil
}

func (b bundleDoc) ofType(typ string) []map[string]any {
	var out []map[string]any
	for _, o := range b.Objects {
		if o["type"] == typ {
			out = append(out, o)
		}
	}
	return out
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func TestBundleValidatesAgainstOASISSchemas(t *testing.T) {
	v := schemas(t)
	data, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	v.validateBundle(t, data)
	// A bundle of nothing but the producer is valid too.
	empty := Input{Producer: fixture().Producer, Time: exportTime}
	data, err = Bundle(empty)
	if err != nil {
		t.Fatal(err)
	}
	v.validateBundle(t, data)
}

// TestSchemaCheckCatchesFlaws makes sure the validation above could fail:
// each edit breaks one rule of the OASIS schemas.
func TestSchemaCheckCatchesFlaws(t *testing.T) {
	v := schemas(t)
	data, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(o map[string]any) bool // true when it changed o
	}{
		{"incident without name", func(o map[string]any) bool {
			if o["type"] != "incident" {
				return false
			}
			delete(o, "name")
			return true
		}},
		{"latitude off the globe", func(o map[string]any) bool {
			if o["type"] != "location" || o["latitude"] == nil {
				return false
			}
			o["latitude"] = 123.0
			return true
		}},
		{"timestamp without milliseconds", func(o map[string]any) bool {
			if o["type"] != "report" {
				return false
			}
			o["modified"] = "2026-03-05T10:30:00Z"
			return true
		}},
		{"empty list", func(o map[string]any) bool {
			if o["type"] != "threat-actor" {
				return false
			}
			o["aliases"] = []any{}
			return true
		}},
		{"altered TLP definition", func(o map[string]any) bool {
			if o["type"] != "marking-definition" {
				return false
			}
			delete(o, "extensions")
			return true
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parse(t, data)
			changed := false
			for _, o := range b.Objects {
				if tt.edit(o) {
					changed = true
					break
				}
			}
			if !changed {
				t.Fatal("the fixture has no object to break")
			}
			broken, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if errs := v.check(broken); len(errs) == 0 {
				t.Error("the schemas accepted a broken bundle")
			}
		})
	}
}

// TestExtensionsFollowTheirSchema checks vigil's own extension properties
// against the schema the extension definition points to.
func TestExtensionsFollowTheirSchema(t *testing.T) {
	data, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	if n := checkExtensions(t, parse(t, data)); n != 5 { // three incidents, a claim, an equipment record
		t.Errorf("%d objects carry the extension, want 5", n)
	}
}

// checkExtensions validates every vigil extension in b against the schema
// the extension definition points to, and returns how many it checked.
func checkExtensions(t *testing.T, b bundleDoc) int {
	t.Helper()
	c := jsonschema.NewCompiler()
	f, err := os.Open("vigil-extension-1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(ExtensionSchemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(ExtensionSchemaURL)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, o := range b.Objects {
		exts, _ := o["extensions"].(map[string]any)
		x, ok := exts[ExtensionID]
		if !ok {
			continue
		}
		n++
		// Round-trip through the validator's own decoding, which keeps
		// numbers exact.
		raw, _ := json.Marshal(x)
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s: %v", o["id"], err)
		}
	}
	return n
}

// TestTollRevisionMarked: an incident whose toll a later report revised
// says so, on the day of that report, so a partner holding the first
// figure reads it as superseded; an incident no report revised says
// nothing of it.
func TestTollRevisionMarked(t *testing.T) {
	in := fixture()
	inc := &in.Incidents[0]
	revision := vigil.StoredEvent{ID: 103, DocumentID: 1, Outlet: "Example Wire", Published: time.Date(2026, 3, 6, 23, 10, 0, 0, time.UTC),
		Event: vigil.Event{Fatalities: ptr(5), TollRevision: true}}
	silent := revision // a later report that says the toll rose but gives none
	silent.ID, silent.Fatalities, silent.Published = 104, ptr(0), silent.Published.Add(24*time.Hour)
	inc.Events = append(inc.Events, revision, silent)
	data, err := Bundle(in)
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, data)
	checkExtensions(t, b)
	for _, o := range b.ofType("incident") {
		x := o["extensions"].(map[string]any)[ExtensionID].(map[string]any)
		want := any(nil)
		if o["name"] == incidentName(inc.Incident) {
			want = "2026-03-06"
		}
		if got := x["toll_revised_on"]; got != want {
			t.Errorf("%s: toll_revised_on %v, want %v", o["name"], got, want)
		}
	}
}

func TestBundleGolden(t *testing.T) {
	data, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "fixture.bundle.json")
	if *update {
		if err := os.WriteFile(golden, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("bundle differs from %s; run go test -update and review the diff", golden)
	}
}

func TestBundleIsStable(t *testing.T) {
	a, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	in := fixture()
	slices.Reverse(in.Incidents)
	slices.Reverse(in.Documents)
	b, err := Bundle(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the same records in another order give another bundle")
	}
	// An edit gives the incident a new version under the same id.
	in = fixture()
	in.Incidents[0].UpdatedAt = in.Incidents[0].UpdatedAt.Add(time.Hour)
	in.Incidents[0].ReviewState = vigil.StateRejected
	c, err := Bundle(in)
	if err != nil {
		t.Fatal(err)
	}
	before, after := parse(t, a), parse(t, c)
	id := newID("incident", "ctd-punjab", "incident", "10")
	if before.byID(id) == nil || after.byID(id) == nil {
		t.Fatalf("incident %s missing", id)
	}
	if before.byID(id)["modified"] == after.byID(id)["modified"] {
		t.Error("an edited incident kept its modified time")
	}
	if before.ID == after.ID {
		t.Error("a changed bundle kept its id")
	}
}

func TestBundleContents(t *testing.T) {
	data, err := Bundle(fixture())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, data)
	inc10 := newID("incident", "ctd-punjab", "incident", "10")
	inc12 := newID("incident", "ctd-punjab", "incident", "12")
	report1 := reportID("ctd-punjab", 1)
	report2 := reportID("ctd-punjab", 2)

	t.Run("every reference resolves", func(t *testing.T) {
		for _, o := range b.Objects {
			for k, v := range o {
				var refs []string
				switch {
				case strings.HasSuffix(k, "_ref"):
					refs = []string{v.(string)}
				case strings.HasSuffix(k, "_refs"):
					refs = strs(v)
				}
				for _, r := range refs {
					if b.byID(r) == nil {
						t.Errorf("%s.%s points to %s, not in the bundle", o["id"], k, r)
					}
				}
			}
		}
	})
	t.Run("every object is marked", func(t *testing.T) {
		for _, o := range b.Objects {
			if o["type"] == "marking-definition" {
				continue
			}
			refs, ok := o["object_marking_refs"]
			if !ok {
				t.Errorf("%s has no object_marking_refs", o["id"])
				continue
			}
			if _, ok := TLPFromRefs(strs(refs)); !ok {
				t.Errorf("%s is marked %v, no TLP", o["id"], refs)
			}
		}
	})
	t.Run("incident carries vigil's numbers", func(t *testing.T) {
		o := b.byID(inc10)
		if o == nil {
			t.Fatal("incident 10 missing")
		}
		x := o["extensions"].(map[string]any)[ExtensionID].(map[string]any)
		cas := x["casualties"].(map[string]any)["security_forces"].(map[string]any)
		checks := []struct {
			name      string
			got, want any
		}{
			{"name", o["name"], "Remote explosive/landmine/IED in Quetta, Balochistan on 2026-03-05"},
			{"marking", strs(o["object_marking_refs"])[0], TLPMarkingID(vigil.TLPGreen)},
			{"security forces killed", cas["killed"], 4.0},
			{"fatalities low", x["fatalities_low"], 4.0},
			{"fatalities high", x["fatalities_high"], 5.0},
			{"geo precision", x["geo_precision"], 2.0},
			{"review state", x["review_state"], vigil.StateVerified},
			{"weapons", fmt.Sprint(x["weapons"]), "[IED]"},
			{"confidence", o["confidence"], 82.0},
			{"created", o["created"], "2026-03-05T11:30:00.000Z"},
			{"modified", o["modified"], "2026-03-06T09:30:00.000Z"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
			}
		}
	})
	t.Run("relationships", func(t *testing.T) {
		var located, attributed []map[string]any
		for _, r := range b.ofType("relationship") {
			if r["source_ref"] != inc10 {
				continue
			}
			switch r["relationship_type"] {
			case "located-at":
				located = append(located, r)
			case "attributed-to":
				attributed = append(attributed, r)
			}
		}
		if len(located) != 1 {
			t.Fatalf("incident 10 has %d located-at, want 1", len(located))
		}
		loc := b.byID(located[0]["target_ref"].(string))
		if loc["country"] != "PK" || loc["administrative_area"] != "Balochistan" || loc["latitude"] != 30.1798 {
			t.Errorf("location = %v", loc)
		}
		if len(attributed) != 1 {
			t.Fatalf("incident 10 has %d attributed-to, want 1 (perpetrator and claimant are one group)", len(attributed))
		}
		ta := b.byID(attributed[0]["target_ref"].(string))
		if ta["type"] != "threat-actor" || ta["name"] != "Tehreek-i-Taliban Pakistan" || fmt.Sprint(ta["aliases"]) != "[TTP]" {
			t.Errorf("threat actor = %v", ta)
		}
		if d := attributed[0]["description"]; d != "perpetrator named by the sources; claimed responsibility" {
			t.Errorf("attributed-to description = %v", d)
		}
	})
	t.Run("reports point only to what their readers may see", func(t *testing.T) {
		r1 := strs(b.byID(report1)["object_refs"])
		if !slices.Contains(r1, inc10) {
			t.Errorf("report 1 refs %v lack incident 10", r1)
		}
		r2 := strs(b.byID(report2)["object_refs"])
		if slices.Contains(r2, inc12) {
			t.Error("the GREEN report of document 2 points to the RED incident 12")
		}
		if slices.Contains(r2, newID("incident", "ctd-punjab", "incident", "11")) {
			t.Error("the GREEN report of document 2 points to the AMBER incident 11")
		}
		if !slices.Contains(r2, newID("note", "ctd-punjab", "claim", "20")) || !slices.Contains(r2, newID("sighting", "ctd-punjab", "equipment", "30")) {
			t.Errorf("report 2 refs %v lack the claim or the equipment", r2)
		}
	})
	t.Run("derived objects keep the record's marking", func(t *testing.T) {
		for _, r := range b.ofType("relationship") {
			if r["source_ref"] != inc12 {
				continue
			}
			target := b.byID(r["target_ref"].(string))
			if got := strs(target["object_marking_refs"])[0]; got != TLPMarkingID(vigil.TLPRed) {
				t.Errorf("%s of the RED incident is marked %s", target["id"], got)
			}
		}
	})
	t.Run("equipment is a sighting of its holder", func(t *testing.T) {
		s := b.byID(newID("sighting", "ctd-punjab", "equipment", "30"))
		holder := b.byID(s["sighting_of_ref"].(string))
		if holder["type"] != "threat-actor" || holder["name"] != "Baloch Liberation Army" || s["count"] != 12.0 {
			t.Errorf("sighting %v of %v", s, holder)
		}
	})
	t.Run("only the TLP definitions in use", func(t *testing.T) {
		var got []string
		for _, o := range b.ofType("marking-definition") {
			got = append(got, o["name"].(string))
		}
		slices.Sort(got)
		want := []string{"TLP:AMBER", "TLP:CLEAR", "TLP:GREEN", "TLP:RED"}
		if !slices.Equal(got, want) {
			t.Errorf("marking definitions %v, want %v", got, want)
		}
	})
}

func TestBundleRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Input)
		want string
	}{
		{"no time", func(in *Input) { in.Time = time.Time{} }, "export time"},
		{"no producer", func(in *Input) { in.Producer.Org = "" }, "producer"},
		{"unmarked incident", func(in *Input) { in.Incidents[1].Marking = vigil.Marking{} }, "incident 11"},
		{"ownerless amber document", func(in *Input) { in.Documents[0].Marking.Owner = "" }, "document 1"},
		{"red claim without recipients", func(in *Input) { in.Claims[0].Marking = vigil.Marking{TLP: vigil.TLPRed, Owner: "x"} }, "claim 20"},
		{"unknown level on equipment", func(in *Input) { in.Equipment[0].Marking.TLP = "WHITE" }, "equipment record 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixture()
			tt.edit(&in)
			_, err := Bundle(in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Bundle error = %v, want one naming %q", err, tt.want)
			}
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Errorf("error code %q, want %q", vigil.ErrorCode(err), vigil.EINVALID)
			}
		})
	}
}

func TestTLPFromRefs(t *testing.T) {
	tests := []struct {
		refs []string
		want vigil.TLP
		ok   bool
	}{
		{[]string{TLPMarkingID(vigil.TLPGreen)}, vigil.TLPGreen, true},
		{[]string{TLPMarkingID(vigil.TLPGreen), TLPMarkingID(vigil.TLPAmberStrict)}, vigil.TLPAmberStrict, true},
		{[]string{"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"}, vigil.TLPClear, true},
		{[]string{"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", TLPMarkingID(vigil.TLPAmber)}, vigil.TLPRed, true},
		{[]string{"marking-definition--00000000-0000-4000-8000-000000000000"}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		got, ok := TLPFromRefs(tt.refs)
		if got != tt.want || ok != tt.ok {
			t.Errorf("TLPFromRefs(%v) = %q, %v; want %q, %v", tt.refs, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNewIDIsUUIDv5(t *testing.T) {
	// RFC 9562 appendix: UUIDv5 of "www.example.com" in the DNS namespace.
	got := formatUUID(uuid5(mustUUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
	if want := "2ed6657d-e927-568b-95e1-2665a8aea6a2"; got != want {
		t.Errorf("uuid5 = %s, want %s", got, want)
	}
}

func BenchmarkBundle(b *testing.B) {
	in := fixture()
	base := in.Incidents[0]
	in.Incidents = nil
	for i := range 1000 {
		inc := base
		inc.ID = int64(1000 + i)
		in.Incidents = append(in.Incidents, inc)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bundle(in); err != nil {
			b.Fatal(err)
		}
	}
}
