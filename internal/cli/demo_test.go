package cli

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/demo"
)

// counts reads the figures of the "database:" line vigil demo prints.
func counts(t *testing.T, out string) (docs, events, incidents int) {
	t.Helper()
	m := regexp.MustCompile(`database: (\d+) documents, (\d+) events, (\d+) incidents`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in output:\n%s", out)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3])
}

func runDemoOnce(t *testing.T, db string) string {
	t.Helper()
	var stdout, stderr strings.Builder
	code := Main(context.Background(), []string{"demo", "--db", db, "--no-serve"}, strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("vigil demo exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// Loading the demo twice leaves the same database: no document, event or
// incident is added the second time.
func TestDemoIsIdempotent(t *testing.T) {
	in, err := demo.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	first := runDemoOnce(t, db)
	docs, events, incidents := counts(t, first)
	// The two Besham wire texts differ only in headline and dateline: both
	// are stored, the second linked as a near copy.
	if docs != len(in) {
		t.Errorf("%d documents stored, want one per report (%d)", docs, len(in))
	}
	if events == 0 || incidents == 0 || incidents > events {
		t.Errorf("%d events, %d incidents", events, incidents)
	}
	second := runDemoOnce(t, db)
	if !strings.Contains(second, "0 new, "+strconv.Itoa(len(in))+" already stored") {
		t.Errorf("second run stored something new:\n%s", second)
	}
	d2, e2, i2 := counts(t, second)
	if d2 != docs || e2 != events || i2 != incidents {
		t.Errorf("second run changed the database: %d/%d/%d, was %d/%d/%d", d2, e2, i2, docs, events, incidents)
	}
}

// vigil demo without --no-serve loads the corpus, then serves it.
func TestDemoServes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	base, _ := runServer(t, "demo", "--db", db, "--addr", "127.0.0.1:0")
	resp, err := http.Get(base + "api/v1/incidents?limit=5")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Items []struct {
			ID          int64  `json:"id"`
			ReviewState string `json:"review_state"`
		} `json:"items"`
		Total int `json:"total"`
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil || len(list.Items) == 0 || list.Total < len(list.Items) {
		t.Fatalf("incidents: %+v, %v", list, err)
	}
	page, err := http.Get(base + "incidents/" + strconv.FormatInt(list.Items[0].ID, 10))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	if page.StatusCode != 200 || !strings.Contains(string(body), "unreviewed") {
		t.Errorf("incident page: %d", page.StatusCode)
	}
}
