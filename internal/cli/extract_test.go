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

func TestExtractCommand(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "Two soldiers were killed when militants attacked a check post in Kech district on Tuesday.", "published": "2024-03-14"}`,
		`{"id": "b", "text": "The cabinet met to discuss the budget."}`,
		`not json`,
		`{"id": "c", "text": "A blast injured four people in Quetta.", "published": "14/03/2024"}`,
		`{"id": "d"}`,
		``,
		`{"id": "e", "text": "Gunmen shot dead a tribal elder in Panjgur on 3 March 2024.", "published": "2024-03-14T08:00:00Z"}`,
	}, "\n")
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"extract", "--jsonl", "--workers", "3"}, strings.NewReader(input), &out, &errb)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (some lines failed); stderr: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	wantIDs := []string{"a", "b", "", "c", "d", "e"}
	if len(lines) != len(wantIDs) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(wantIDs), out.String())
	}
	for i, l := range lines {
		var o struct {
			ID     string            `json:"id"`
			Events []json.RawMessage `json:"events"`
			Claims []json.RawMessage `json:"claims"`
			Error  string            `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, l)
		}
		if o.ID != wantIDs[i] {
			t.Errorf("line %d id = %q, want %q (output must keep input order)", i+1, o.ID, wantIDs[i])
		}
		if o.Events == nil || o.Claims == nil {
			t.Errorf("line %d: events and claims must be arrays, got %s", i+1, l)
		}
		wantErr := o.ID == "" || o.ID == "c" || o.ID == "d"
		if (o.Error != "") != wantErr {
			t.Errorf("line %d (%s): error = %q, want error: %v", i+1, o.ID, o.Error, wantErr)
		}
	}
	if !strings.Contains(lines[0], `"event_date":"2024-03-12"`) {
		t.Errorf("line 1 should date the attack Tuesday 2024-03-12: %s", lines[0])
	}
	if !strings.Contains(lines[3], "published") || !strings.Contains(lines[4], "text") {
		t.Errorf("errors should name the reason: %s / %s", lines[3], lines[4])
	}
}

// TestExtractCommandReadsTheWritersDay: "yesterday" in a report filed at
// 03:00 in Quetta is the Pakistani yesterday; the same instant written in
// UTC is a day earlier.
func TestExtractCommandReadsTheWritersDay(t *testing.T) {
	text := "Gunmen shot dead a shopkeeper in Quetta yesterday."
	for published, want := range map[string]string{
		"2024-08-20T03:00:00+05:00": "2024-08-19",
		"2024-08-19T22:00:00Z":      "2024-08-18",
	} {
		in, _ := json.Marshal(map[string]string{"id": "a", "text": text, "published": published})
		var out, errb bytes.Buffer
		if code := Main(context.Background(), []string{"extract", "--jsonl"}, bytes.NewReader(in), &out, &errb); code != 0 {
			t.Fatalf("published %s: exit status %d: %s", published, code, errb.String())
		}
		if !strings.Contains(out.String(), `"event_date":"`+want+`"`) {
			t.Errorf("published %s: want the attack dated %s: %s", published, want, out.String())
		}
	}
}

func TestExtractCommandFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "docs.jsonl")
	if err := os.WriteFile(p, []byte(`{"id": "x", "text": "Police arrested three suspects in Peshawar on 2 March 2024."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"extract", "--jsonl", p}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit status %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"id":"x"`) || !strings.Contains(out.String(), "Arrests") {
		t.Errorf("output = %s", out.String())
	}
	code := Main(context.Background(), []string{"extract", "--jsonl", filepath.Join(dir, "missing.jsonl")}, strings.NewReader(""), &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "missing.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q; want a failure naming the file", code, errb.String())
	}
}

func TestExtractCommandHTML(t *testing.T) {
	page := `<html><head><title>Blast</title></head><body><nav>Home | News</nav><article><h1>Blast in Quetta</h1>` +
		`<p>Two policemen were killed when a bomb exploded near their van in Quetta on 3 March 2024, police said.</p>` +
		`<p>No group claimed responsibility.</p></article><footer>Copyright</footer></body></html>`
	line, _ := json.Marshal(map[string]string{"id": "h", "html": page})
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"extract", "--jsonl"}, bytes.NewReader(line), &out, &errb); code != 0 {
		t.Fatalf("exit status %d: %s", code, errb.String())
	}
	var o struct {
		Text   string `json:"text"`
		Events []struct {
			Evidence []struct {
				Start, End int
				Quote      string
			} `json:"evidence"`
		} `json:"events"`
	}
	if err := json.Unmarshal(out.Bytes(), &o); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(o.Text, "Home | News") || !strings.Contains(o.Text, "Two policemen") {
		t.Errorf("cleaned text = %q", o.Text)
	}
	if len(o.Events) != 1 {
		t.Fatalf("got %d events, want 1: %s", len(o.Events), out.String())
	}
	for _, e := range o.Events[0].Evidence {
		if e.End > len(o.Text) || o.Text[e.Start:e.End] != e.Quote {
			t.Errorf("evidence %q does not point into the cleaned text", e.Quote)
		}
	}
}
