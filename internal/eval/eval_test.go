package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Kēch District", "kech"},
		{"KECH", "Kech"},
		{"Khyber Agency", "khyber"},
		{"District Kech", "Kech"},
		{"Dera  Bugti", "dera-bugti"},
		{"Nasīrābād", "Nasirabad"},
	}
	for _, tt := range tests {
		if foldName(tt.a) != foldName(tt.b) {
			t.Errorf("foldName(%q)=%q, foldName(%q)=%q: want equal", tt.a, foldName(tt.a), tt.b, foldName(tt.b))
		}
	}
	for _, pair := range [][2]string{{"Kech", "Kachhi"}, {"District", "Agency"}, {"Quetta", ""}} {
		if foldName(pair[0]) == foldName(pair[1]) {
			t.Errorf("foldName(%q) == foldName(%q) = %q: want different", pair[0], pair[1], foldName(pair[0]))
		}
	}
}

func row(t *testing.T, dataset, id, text string, gold any) Row {
	t.Helper()
	g, err := json.Marshal(gold)
	if err != nil {
		t.Fatal(err)
	}
	return Row{ID: id, Dataset: dataset, Text: text, Gold: g}
}

func ptr[T any](v T) *T { return &v }

func metricsOf(t *testing.T, rs []Result, subset string) Result {
	t.Helper()
	for _, r := range rs {
		if r.Subset == subset {
			return r
		}
	}
	t.Fatalf("no result for subset %q in %+v", subset, rs)
	return Result{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreACLED(t *testing.T) {
	gold := func(sub string, admin2 string, lat, lon float64, fat int) map[string]any {
		return map[string]any{"event_date": "2021-05-03", "event_type": "Battles", "sub_event_type": sub,
			"admin1": "Balochistan", "admin2": admin2, "latitude": lat, "longitude": lon, "fatalities": fat}
	}
	rows := []Row{
		row(t, "acled-balochistan", "a", "Two soldiers died in a clash in Turbat.", gold("Armed clash", "Kech", 26.0, 63.05, 2)),
		row(t, "acled-balochistan", "b", "A bomb went off in Quetta.", gold("Remote explosive/landmine/IED", "Quetta", 30.18, 66.99, 0)),
		row(t, "acled-balochistan", "c", "", gold("Armed clash", "Awaran", 26.45, 65.23, 3)),
	}
	outs := []vigil.Extraction{
		{Events: []vigil.Event{{EventDate: ptr("2021-05-03"), EventType: "Battles", SubEventType: "Armed clash",
			Admin1: "Balochistan", Admin2: "Kech District", Latitude: ptr(26.1), Longitude: ptr(63.05), Fatalities: ptr(2)}}},
		// Right type, wrong sub-type, 30 km off, one death too many.
		{Events: []vigil.Event{{EventType: "Battles", SubEventType: "Armed clash", Admin1: "BALOCHISTAN",
			Admin2: "Mastung", Latitude: ptr(30.18 - 0.27), Longitude: ptr(66.99),
			Casualties: vigil.Casualties{Civilians: vigil.Counts{Killed: 1}}}}},
		{},
	}
	rs, err := scoreACLED("test", rows, outs)
	if err != nil {
		t.Fatal(err)
	}
	all := metricsOf(t, rs, "")
	want := map[string]float64{
		"event_type": 2.0 / 3, "sub_event_type": 1.0 / 3, "admin1": 2.0 / 3, "admin2": 1.0 / 3,
		"within_25km": 1.0 / 3, "event_date": 1.0 / 3, "fatalities_exact": 1.0 / 3,
		"fatalities_mae": (0 + 1 + 3) / 3.0, "has_event": 2.0 / 3,
	}
	for m, v := range want {
		if !near(all.Metrics[m], v) {
			t.Errorf("%s = %v, want %v", m, all.Metrics[m], v)
		}
	}
	if all.N != 3 || metricsOf(t, rs, "empty text").N != 1 || metricsOf(t, rs, "non-empty text").N != 2 {
		t.Errorf("subset sizes wrong: %+v", rs)
	}
}

func TestBaselines(t *testing.T) {
	rows := []Row{
		row(t, "acled-balochistan", "a", "Nobody died.", map[string]any{"event_type": "Battles", "fatalities": 0}),
		row(t, "acled-balochistan", "b", "Three died.", map[string]any{"event_type": "Battles", "fatalities": 3}),
	}
	for _, tt := range []struct {
		x        vigil.Extractor
		hasEvent float64
	}{{NoEvents{}, 0}, {OneEmptyEvent{}, 1}} {
		outs, err := Run(context.Background(), tt.x, rows)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := scoreACLED("baseline", rows, outs)
		if err != nil {
			t.Fatal(err)
		}
		m := metricsOf(t, rs, "").Metrics
		if m["event_type"] != 0 || m["fatalities_exact"] != 0.5 || m["fatalities_mae"] != 1.5 || m["has_event"] != tt.hasEvent {
			t.Errorf("%T scored %v", tt.x, m)
		}
	}
}

func TestScoreSATP(t *testing.T) {
	g := func(types []string, pak bool) map[string]any {
		return map[string]any{"attack_types": types, "relevant": len(types) > 0, "mentions_pakistan": pak}
	}
	ev := func(subs ...string) vigil.Extraction {
		var x vigil.Extraction
		for _, s := range subs {
			x.Events = append(x.Events, vigil.Event{SubEventType: s})
		}
		return x
	}
	rows := []Row{
		row(t, "satp-attack-type", "1", "Militants fired on a post and planted a bomb.", g([]string{"armed_assault", "bombing"}, true)),
		row(t, "satp-attack-type", "2", "An IED exploded.", g([]string{"bombing"}, false)),
		row(t, "satp-attack-type", "3", "The minister held a meeting.", g(nil, true)),
		row(t, "satp-attack-type", "4", "Police arrested a courier.", g(nil, false)),
	}
	outs := []vigil.Extraction{
		ev("Armed clash"),                 // F1 = 2*1/(1+2) = 2/3
		ev("Grenade", "Suicide bomb"),     // F1 = 1
		ev("Attack"),                      // false positive: F1 0
		ev("Arrests", "Peaceful protest"), // maps to nothing: not relevant, F1 1
	}
	rs, err := scoreSATP("test", rows, outs)
	if err != nil {
		t.Fatal(err)
	}
	m := metricsOf(t, rs, "").Metrics
	checks := map[string]float64{
		"example_f1_relevant": (2.0/3 + 1) / 2,
		"example_f1_all":      (2.0/3 + 1 + 0 + 1) / 4,
		"relevance_precision": 2.0 / 3,
		"relevance_recall":    1,
		"relevance_f1":        0.8,
	}
	for k, v := range checks {
		if !near(m[k], v) {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
	if pak := metricsOf(t, rs, "mentions Pakistan"); pak.N != 2 || !near(pak.Metrics["example_f1_all"], (2.0/3+0)/2) {
		t.Errorf("Pakistan subset = %+v", pak)
	}
}

func TestScoreCASE(t *testing.T) {
	rows := []Row{
		row(t, "case2021-subtype", "1", "A roadside bomb hit a van.", map[string]string{"case_subtype": "REM_EXPLOS"}),
		row(t, "case2021-subtype", "2", "Floods hit the valley.", map[string]string{"case_subtype": "NATURAL_DISASTER"}),
		row(t, "case2021-subtype", "3", "Floods hit the plains.", map[string]string{"case_subtype": "NATURAL_DISASTER"}),
		row(t, "case2021-subtype", "4", "Troops clashed with fighters.", map[string]string{"case_subtype": "ARMED_CLASH"}),
		// The task's own spelling of a code scores as well as vigil's.
		row(t, "case2021-subtype", "5", "Artillery shelled the town.", map[string]string{"case_subtype": "ART_MISS_ATTACK"}),
		row(t, "case2021-subtype", "6", "Police shot dead two protesters.", map[string]string{"case_subtype": "EXCESSIVE_FORCE"}),
	}
	outs := []vigil.Extraction{
		{Events: []vigil.Event{{SubEventType: "Remote explosive/landmine/IED"}}},
		{},
		{Events: []vigil.Event{{SubEventType: "Attack"}}},
		{},
		{Events: []vigil.Event{{SubEventType: "Shelling/artillery/missile attack"}}},
		{Events: []vigil.Event{{SubEventType: "Excessive force against protesters"}}},
	}
	rs, err := scoreCASE("test", rows, outs)
	if err != nil {
		t.Fatal(err)
	}
	if m := metricsOf(t, rs, "").Metrics["subtype_accuracy"]; !near(m, 4.0/6) {
		t.Errorf("accuracy = %v, want 4/6", m)
	}
	if m := metricsOf(t, rs, "outside ACLED (want no event)").Metrics["subtype_accuracy"]; m != 0.5 {
		t.Errorf("non-ACLED accuracy = %v, want 0.5", m)
	}
}

func TestScoreMajor(t *testing.T) {
	rows := []Row{
		row(t, "major-incidents", "1", "A car bomb killed 12 and wounded 30 in Kabul.", map[string]any{"country": "Afghanistan", "killed_total": 12, "injured_total": 30}),
		row(t, "major-incidents", "2", "Gunmen killed 4 in Lyon.", map[string]any{"country": "France", "killed_total": 4, "injured_total": 0}),
	}
	outs := []vigil.Extraction{
		// The toll is split over two events: the sum counts.
		{Events: []vigil.Event{
			{Country: "afghanistan", Casualties: vigil.Casualties{Civilians: vigil.Counts{Killed: 10, Injured: 30}}},
			{Country: "Afghanistan", Fatalities: ptr(2)},
		}},
		{Events: []vigil.Event{{Country: "Belgium", Fatalities: ptr(5)}}},
	}
	rs, err := scoreMajor("test", rows, outs)
	if err != nil {
		t.Fatal(err)
	}
	m := metricsOf(t, rs, "").Metrics
	if m["killed_exact"] != 0.5 || m["killed_mae"] != 0.5 || m["injured_exact"] != 1 || m["country"] != 0.5 {
		t.Errorf("metrics = %v", m)
	}
	if pa := metricsOf(t, rs, "Pakistan/Afghanistan"); pa.N != 1 || pa.Metrics["killed_exact"] != 1 {
		t.Errorf("Pakistan/Afghanistan subset = %+v", pa)
	}
}

func TestScoreCasualties(t *testing.T) {
	cat := func(total, sf, civ, mil int) map[string]int {
		return map[string]int{"total": total, "security_forces": sf, "civilians": civ, "militants": mil}
	}
	rows := []Row{
		row(t, "code-satp-casualties", "1", "Four militants and a trooper were killed.", map[string]any{"killed": cat(5, 1, 0, 4), "injured": cat(0, 0, 0, 0)}),
		row(t, "code-satp-casualties", "2", "Seven villagers were hurt.", map[string]any{"killed": cat(0, 0, 0, 0), "injured": cat(7, 0, 7, 0)}),
	}
	outs := []vigil.Extraction{
		{Events: []vigil.Event{{Casualties: vigil.Casualties{Militants: vigil.Counts{Killed: 3}, SecurityForces: vigil.Counts{Killed: 1}}}}},
		{Events: []vigil.Event{{Casualties: vigil.Casualties{Civilians: vigil.Counts{Injured: 9}}}}},
	}
	rs, err := scoreCasualties("test", rows, outs)
	if err != nil {
		t.Fatal(err)
	}
	m := metricsOf(t, rs, "").Metrics
	checks := map[string]float64{
		"killed_total_exact": 0.5, "killed_total_bucket": 1, // 4 and 5 share the 3-5 bucket
		"killed_militants_exact": 0.5, "killed_militants_bucket": 1,
		"killed_security_forces_exact": 1, "injured_civilians_exact": 0.5,
		"injured_civilians_bucket": 1, // 9 and 7 are both 6+
		"killed_total_mae":         0.5,
	}
	for k, v := range checks {
		if !near(m[k], v) {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
	if d := metricsOf(t, rs, "someone killed"); d.N != 1 || d.Metrics["killed_total_exact"] != 0 {
		t.Errorf("someone-killed subset = %+v", d)
	}
}

func TestBucket(t *testing.T) {
	for n, want := range map[int]int{0: 0, 1: 1, 2: 2, 3: 3, 5: 3, 6: 6, 100: 6} {
		if got := bucket(n); got != want {
			t.Errorf("bucket(%d) = %d, want %d", n, got, want)
		}
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"bad json", `{"id":"1","dataset":"major-incidents","text":"x","gold":{}}` + "\n{oops\n", "line 2"},
		{"unknown dataset", `{"id":"1","dataset":"boilerplate","text":"x","gold":{}}`, `unknown dataset "boilerplate"`},
		{"missing id", `{"dataset":"major-incidents","text":"x","gold":{}}`, "needs an id"},
		{"empty file", "\n", "no rows"},
	}
	for _, tt := range tests {
		p := writeFile(t, "set.jsonl", tt.content)
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: err = %v, want it to name %s and say %q", tt.name, err, p, tt.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "absent.jsonl")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

// keywordExtractor is a deliberately tiny extractor for these tests: one
// event when the text names a bomb or a clash.
type keywordExtractor struct{}

func (keywordExtractor) Extract(text string, _ time.Time, _ string) vigil.Extraction {
	switch {
	case strings.Contains(text, "panic"):
		panic("keywordExtractor: asked to panic")
	case strings.Contains(text, "bomb"):
		return vigil.Extraction{Events: []vigil.Event{{EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED", Country: "Pakistan"}}}
	case strings.Contains(text, "clash"):
		return vigil.Extraction{Events: []vigil.Event{{EventType: "Battles", SubEventType: "Armed clash", Country: "Pakistan"}}}
	}
	return vigil.Extraction{}
}

func TestEvaluate(t *testing.T) {
	lines := []string{
		`{"id":"c1","dataset":"case2021-subtype","text":"A bomb exploded near the market.","gold":{"case_subtype":"REM_EXPLOS"}}`,
		`{"id":"c2","dataset":"case2021-subtype","text":"Troops clashed with raiders.","gold":{"case_subtype":"ARMED_CLASH"}}`,
		`{"id":"c3","dataset":"case2021-subtype","text":"An earthquake shook the town.","gold":{"case_subtype":"NATURAL_DISASTER"}}`,
		`{"id":"m1","dataset":"major-incidents","text":"A bomb killed nobody.","gold":{"country":"Pakistan","killed_total":0,"injured_total":0}}`,
	}
	rows, err := Load(writeFile(t, "set.jsonl", strings.Join(lines, "\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	results, err := Evaluate(context.Background(), keywordExtractor{}, rows)
	if err != nil {
		t.Fatal(err)
	}
	acc := map[string]float64{}
	for _, r := range results {
		if r.Dataset == "case2021-subtype" && r.Subset == "" {
			acc[r.System] = r.Metrics["subtype_accuracy"]
		}
	}
	if acc[SystemVigil] != 1 || !near(acc[SystemNoEvents], 1.0/3) || acc[SystemOneEvent] != 0 {
		t.Errorf("CASE accuracy by system = %v", acc)
	}
	var table bytes.Buffer
	if err := WriteTable(&table, results); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"case2021-subtype (n=3)", "major-incidents [Pakistan/Afghanistan] (n=1)", "subtype_accuracy", "100.0%", "33.3%", SystemOneEvent} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, results); err != nil {
		t.Fatal(err)
	}
	var back []Result
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back) != len(results) {
		t.Errorf("JSON round trip: %v, %d results", err, len(back))
	}
}

func TestRunNamesPanickingRow(t *testing.T) {
	rows := []Row{{ID: "ok", Text: "a clash"}, {ID: "bad-row", Text: "please panic"}}
	_, err := Run(context.Background(), keywordExtractor{}, rows)
	if err == nil || !strings.Contains(err.Error(), "bad-row") {
		t.Errorf("err = %v, want it to name bad-row", err)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, keywordExtractor{}, []Row{{ID: "1", Text: "x"}}); err == nil {
		t.Error("Run with a cancelled context succeeded")
	}
}
