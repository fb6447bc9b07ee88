package demo

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// groups are the incidents the corpus reports more than once, by the ids of
// the reports that cover each. Fusion should make one incident of each.
var groups = map[string][]string{
	"Mir Ali post attack, 16 March":        {"dawn-2024-03-16-mir-ali", "ispr-2024-03-16-mir-ali", "tribune-2024-03-17-mir-ali"},
	"Besham convoy bombing, 26 March":      {"dawn-2024-03-26-besham", "app-2024-03-26-besham", "pakistantoday-2024-03-26-besham-wire"},
	"Musakhel highway killings, 26 August": {"dawn-2024-08-26-musakhel", "ispr-2024-08-26-balochistan"},
	"Karachi airport bombing, 6 October":   {"dawn-2024-10-07-karachi-airport", "tribune-2024-10-07-karachi-airport"},
	"Quetta railway station, 9 November":   {"pakistantoday-2024-11-09-quetta-station", "dawn-2024-11-10-quetta-station", "tbp-2024-11-09-quetta-station"},
	"Mali Khel checkpost, 19 November":     {"ispr-2024-11-20-mali-khel", "tribune-2024-11-20-mali-khel"},
	"Kurram convoy, 21 November":           {"tribune-2024-11-21-kurram", "dawn-2024-11-22-kurram"},
	"Kabul refugees ministry, 11 December": {"tolonews-2024-12-11-kabul-ministry", "khaama-2024-12-12-kabul-ministry"},
	"Makeen post attack, 21 December":      {"ispr-2024-12-21-makeen", "dawn-2024-12-21-makeen"},
}

// revised are incidents whose first report gives a lower toll than a later
// one: each report must carry the phrase that states its own figure.
var revised = map[string]map[string]string{
	"Mir Ali":       {"dawn-2024-03-16-mir-ali": "At least five soldiers", "tribune-2024-03-17-mir-ali": "has risen to seven"},
	"Quetta":        {"pakistantoday-2024-11-09-quetta-station": "at least 24 people", "dawn-2024-11-10-quetta-station": "rose to 26"},
	"Kurram convoy": {"tribune-2024-11-21-kurram": "at least 38 people", "dawn-2024-11-22-kurram": "rose to 42"},
}

func inputsByID(t *testing.T) map[string]string {
	t.Helper()
	in, err := Inputs()
	if err != nil {
		t.Fatalf("Inputs: %v", err)
	}
	byID := map[string]string{}
	for _, r := range in {
		byID[r.ID] = r.Text
	}
	return byID
}

func TestInputsAreComplete(t *testing.T) {
	in, err := Inputs()
	if err != nil {
		t.Fatalf("Inputs: %v", err)
	}
	if len(in) < 30 {
		t.Errorf("corpus has %d records, want at least 30", len(in))
	}
	seen := map[string]bool{}
	for _, r := range in {
		if seen[r.ID] {
			t.Errorf("duplicate id %q", r.ID)
		}
		seen[r.ID] = true
		if r.Text == "" || r.Title == "" || r.Source == "" || r.URL == "" || r.Published == "" {
			t.Errorf("%s: missing a field: %+v", r.ID, r)
			continue
		}
		if r.HTML != "" {
			t.Errorf("%s: demo records are plain text, got html", r.ID)
		}
		day, err := time.Parse("2006-01-02", r.Published)
		if err != nil {
			t.Errorf("%s: published %q: %v", r.ID, r.Published, err)
		} else if day.Year() != 2024 {
			t.Errorf("%s: published %s, want a 2024 date", r.ID, r.Published)
		}
		// The URLs must never pass for the outlets' own.
		u, err := url.Parse(r.URL)
		if err != nil || u.Scheme != "https" || u.Host != "demo.vigil.invalid" {
			t.Errorf("%s: url %q is not on https://demo.vigil.invalid", r.ID, r.URL)
		}
		if r.ID == Reference().ID {
			continue
		}
		if !strings.Contains(r.ID, r.Published) {
			t.Errorf("%s: id does not carry the publication date %s", r.ID, r.Published)
		}
		if n := len(strings.Fields(r.Text)); n < 75 || n > 200 {
			t.Errorf("%s: %d words, want a short report of about 80-200", r.ID, n)
		}
	}
}

func TestReferenceArticleIsTheSharedOne(t *testing.T) {
	ref := Reference()
	for _, want := range []string{"two Pakistani soldiers were martyred", "six terrorists", "North Waziristan"} {
		if !strings.Contains(ref.Text, want) {
			t.Errorf("reference text lacks %q", want)
		}
	}
}

func TestIncidentsReportedMoreThanOnce(t *testing.T) {
	byID := inputsByID(t)
	if len(groups) < 6 {
		t.Fatalf("%d multi-report incidents, want at least 6", len(groups))
	}
	inGroup := map[string]string{}
	for name, ids := range groups {
		if len(ids) < 2 {
			t.Errorf("%s: %d reports, want two or more", name, len(ids))
		}
		outlets := map[string]bool{}
		for _, id := range ids {
			if _, ok := byID[id]; !ok {
				t.Errorf("%s: no record %q in the corpus", name, id)
			}
			if other, dup := inGroup[id]; dup {
				t.Errorf("%s is in two groups: %s and %s", id, other, name)
			}
			inGroup[id] = name
			outlets[strings.SplitN(id, "-", 2)[0]] = true
		}
		if len(outlets) != len(ids) {
			t.Errorf("%s: reports must come from different outlets, got %v", name, ids)
		}
	}
}

func TestRevisedTolls(t *testing.T) {
	byID := inputsByID(t)
	for name, reports := range revised {
		for id, phrase := range reports {
			if !strings.Contains(byID[id], phrase) {
				t.Errorf("%s: report %s does not say %q", name, id, phrase)
			}
		}
	}
}

// The wire copy is the same story under another headline and dateline:
// everything after the dateline must match word for word.
func TestWireCopy(t *testing.T) {
	byID := inputsByID(t)
	orig, wire := byID["app-2024-03-26-besham"], byID["pakistantoday-2024-03-26-besham-wire"]
	_, origBody, ok1 := strings.Cut(orig, "(APP):")
	_, wireBody, ok2 := strings.Cut(wire, "(APP):")
	if !ok1 || !ok2 {
		t.Fatal("wire copy pair missing or without an APP dateline")
	}
	if orig == wire {
		t.Error("wire copy is byte-identical; it should differ in its dateline")
	}
	if origBody != wireBody {
		t.Error("wire copy body differs from the original")
	}
}

func TestParseRejectsBadRecords(t *testing.T) {
	tests := []struct {
		name, data, wantErr string
	}{
		{"not json", "{oops\n", "line 1"},
		{"no id", `{"text":"a"}` + "\n", "needs an id"},
		{"no text", "\n" + `{"id":"a"}` + "\n", "line 2"},
		{"unknown field", `{"id":"a","text":"b","outlet":"x"}`, "unknown field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("parse(%q) error = %v, want one containing %q", tc.data, err, tc.wantErr)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"b"}`))
	f.Add(corpus[:200])
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := parse(data)
		if err != nil {
			return
		}
		for _, r := range in {
			if r.ID == "" || r.Text == "" {
				t.Fatalf("parse accepted a record without id or text: %+v", r)
			}
		}
	})
}
