package extract

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/shareddata"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

// extractor returns one Extractor shared by the package's tests.
func extractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testX, testErr = New() })
	if testErr != nil {
		t.Fatalf("New: %v", testErr)
	}
	return testX
}

// reference is the part of the reference expectation the test reads.
type reference struct {
	Events    []map[string]any `json:"events"`
	NotEvents []string         `json:"not_events"`
	Claims    []map[string]any `json:"claims"`
	Equipment []map[string]any `json:"equipment"`
}

func loadReference(t *testing.T) (string, reference) {
	t.Helper()
	txtPath, ok1 := shareddata.Path("corpus/pakistan-us-weapons-afghanistan.txt")
	expPath, ok2 := shareddata.Path("corpus/pakistan-us-weapons-afghanistan.expected.json")
	if !ok1 || !ok2 {
		t.Skip("shared reference corpus absent: corpus/pakistan-us-weapons-afghanistan.*")
	}
	text, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(expPath)
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatalf("parse %s: %v", expPath, err)
	}
	return string(text), ref
}

// asMap renders v through JSON, so expected fields compare by their
// contract names.
func asMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// checkFields asserts every field of want (except notes) in got. Nested
// objects (casualties) compare field by field; a missing count is zero.
func checkFields(t *testing.T, what string, got, want map[string]any) {
	t.Helper()
	for k, w := range want {
		if k == "notes" {
			continue
		}
		g := got[k]
		if wm, ok := w.(map[string]any); ok {
			gm, _ := g.(map[string]any)
			if gm == nil {
				gm = map[string]any{}
			}
			checkFields(t, what+"."+k, gm, wm)
			continue
		}
		if w == nil && g == nil {
			continue
		}
		if wn, ok := w.(float64); ok && wn == 0 && g == nil {
			continue
		}
		wb, _ := json.Marshal(w)
		gb, _ := json.Marshal(g)
		if string(wb) != string(gb) {
			t.Errorf("%s.%s = %s, want %s", what, k, gb, wb)
		}
	}
}

func TestReferenceArticle(t *testing.T) {
	text, ref := loadReference(t)
	x := extractor(t)
	for _, tc := range []struct {
		name      string
		published time.Time
	}{
		{"published", time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC)},
		{"no published date", time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := x.Extract(text, tc.published, "Coverpage")
			if len(got.Events) != len(ref.Events) {
				for _, e := range got.Events {
					t.Logf("event: %s / %s: %q", e.EventType, e.SubEventType, e.Summary)
				}
				t.Fatalf("got %d events, want %d", len(got.Events), len(ref.Events))
			}
			for i, want := range ref.Events {
				want = copyMap(want)
				if tc.published.IsZero() {
					// Never invent a date.
					want["event_date"], want["time_precision"] = nil, nil
				}
				checkFields(t, "event", asMap(t, got.Events[i]), want)
			}
			checkRecords(t, "claim", got.Claims, ref.Claims, "metric")
			checkRecords(t, "equipment", got.Equipment, ref.Equipment, "item")
			checkEvidence(t, text, got)
		})
	}
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// checkRecords matches expected claims or equipment records to extracted
// ones by a key field and checks every expected field.
func checkRecords[T any](t *testing.T, what string, got []T, want []map[string]any, key string) {
	t.Helper()
	byKey := map[string]map[string]any{}
	for _, g := range got {
		m := asMap(t, g)
		k, _ := m[key].(string)
		if _, dup := byKey[k]; dup {
			t.Errorf("%s %s=%q extracted twice", what, key, k)
		}
		byKey[k] = m
	}
	for _, w := range want {
		k, _ := w[key].(string)
		g, ok := byKey[k]
		if !ok {
			t.Errorf("%s %s=%q not extracted", what, key, k)
			continue
		}
		checkFields(t, what+"["+k+"]", g, w)
	}
	if len(got) != len(want) {
		t.Errorf("got %d %s records, want %d", len(got), what, len(want))
	}
}

// checkEvidence asserts that every evidence span lies inside the text and
// quotes it.
func checkEvidence(t *testing.T, text string, x vigil.Extraction) {
	t.Helper()
	var all []vigil.Evidence
	for _, e := range x.Events {
		if len(e.Evidence) == 0 {
			t.Errorf("event %q has no evidence", e.Summary)
		}
		all = append(all, e.Evidence...)
	}
	for _, c := range x.Claims {
		all = append(all, c.Evidence...)
	}
	for _, e := range x.Equipment {
		all = append(all, e.Evidence...)
	}
	for _, ev := range all {
		if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
			t.Errorf("evidence %s span [%d,%d) outside text of %d bytes", ev.Field, ev.Start, ev.End, len(text))
			continue
		}
		if text[ev.Start:ev.End] != ev.Quote {
			t.Errorf("evidence %s quote %q != text %q", ev.Field, ev.Quote, text[ev.Start:ev.End])
		}
	}
}

// TestReferenceNotEvents checks that the passages the reference lists as
// not events produce none when read alone.
func TestReferenceNotEvents(t *testing.T) {
	text, _ := loadReference(t)
	x := extractor(t)
	for _, passage := range []string{"Zarb-e-Azb", "withdrawal of American troops in August 2021", "over 140 terrorist incidents"} {
		i := strings.Index(text, passage)
		if i < 0 {
			t.Fatalf("passage %q not in the reference text", passage)
		}
		// The paragraph holding the passage.
		start := strings.LastIndex(text[:i], "\n") + 1
		end := i + strings.Index(text[i:], "\n")
		if end < i {
			end = len(text)
		}
		got := x.Extract(text[start:end], time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC), "")
		if len(got.Events) != 0 {
			t.Errorf("paragraph with %q: got %d events (%s), want none", passage, len(got.Events), got.Events[0].SubEventType)
		}
	}
}
