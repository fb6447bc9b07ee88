package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// seedFused stores three reports through the real extractor and fuses
// them: one incident reported twice, and another one.
func seedFused(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigil.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Store: s, Extractor: x, Options: ingest.Options{Workers: 1}}
	_, err = p.IngestInputs(ctx, "test", []vigil.Input{
		{ID: "a", Source: "Dawn", Published: "2024-10-21", URL: "https://dawn.example/a",
			Text: "Eight soldiers were martyred on October 20, 2024 when militants attacked a check post in Bannu district, officials said."},
		{ID: "b", Source: "ISPR", Published: "2024-10-21", URL: "https://ispr.example/b",
			Text: "On 20 October 2024, terrorists attacked a check post in Bannu District. Ten soldiers embraced shahadat."},
		{ID: "c", Source: "Dawn", Published: "2024-10-26", URL: "https://dawn.example/c",
			Text: "Two policemen were shot dead in Dera Ismail Khan on October 25, 2024, police said."},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fuse.Update(ctx, s); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runVigil(t, args...)
	if code != 0 {
		t.Fatalf("vigil %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func totalFatalities(t *testing.T, args ...string) (incidents, fatalities int) {
	t.Helper()
	var rep struct {
		Total struct {
			Incidents  int `json:"incidents"`
			Fatalities int `json:"fatalities"`
		} `json:"total"`
	}
	out := mustRun(t, append(args, "--format", "json")...)
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stats json: %v\n%s", err, out)
	}
	return rep.Total.Incidents, rep.Total.Fatalities
}

func TestIncidentsCommand(t *testing.T) {
	db := seedFused(t)
	out := mustRun(t, "incidents", "--db", db)
	for _, want := range []string{"ID", "SOURCES", "Bannu", "8", "8-10", "unreviewed", "Dera Ismail Khan"} {
		if !strings.Contains(out, want) {
			t.Errorf("incidents lacks %q:\n%s", want, out)
		}
	}
	var list []struct {
		ID          int64  `json:"id"`
		Admin2      string `json:"admin2"`
		SourceCount int    `json:"source_count"`
		ReviewState string `json:"review_state"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "incidents", "list", "--db", db, "--format", "json")), &list); err != nil || len(list) != 2 {
		t.Fatalf("incidents --format json = %+v, %v; want 2", list, err)
	}
	var bannu int64
	for _, inc := range list {
		if inc.Admin2 == "Bannu" {
			bannu = inc.ID
			if inc.SourceCount != 2 {
				t.Errorf("Bannu incident has %d sources, want 2", inc.SourceCount)
			}
		}
	}
	show := mustRun(t, "incidents", "show", itoa(bannu), "--db", db)
	for _, want := range []string{"[unreviewed]", "fatalities:  8 (sources range 8-10)", fuse.RuleConservative,
		"Why fused:", "same district Bannu", "Sources:", "Dawn", "ISPR", `"Ten soldiers embraced shahadat"`,
		"Review trail:", "not reviewed"} {
		if !strings.Contains(show, want) {
			t.Errorf("incidents show lacks %q:\n%s", want, show)
		}
	}
	var detail struct {
		Incident struct {
			ID int64 `json:"id"`
		} `json:"incident"`
		Sources []struct {
			Outlet   string           `json:"outlet"`
			Evidence []vigil.Evidence `json:"evidence"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "incidents", "--db", db, "show", itoa(bannu), "--format", "json")), &detail); err != nil ||
		detail.Incident.ID != bannu || len(detail.Sources) != 2 || len(detail.Sources[0].Evidence) == 0 {
		t.Errorf("incidents show --format json = %+v, %v", detail, err)
	}

	for _, bad := range [][]string{{"show"}, {"show", "x"}, {"show", "999"}, {"delete", "1"}, {"list", "--format", "csv"}} {
		code, _, errOut := runVigil(t, append([]string{"incidents", "--db", db}, bad...)...)
		if code == 0 || errOut == "" {
			t.Errorf("incidents %v: exit %d, stderr %q; want a failure that says why", bad, code, errOut)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

var auditRe = regexp.MustCompile(`audit entry (\d+)`)

func TestReviewCommandAndStatsAsOf(t *testing.T) {
	db := seedFused(t)
	n, before := totalFatalities(t, "stats", "--db", db)
	if n != 2 || before != 10 {
		t.Fatalf("stats before review: %d incidents, %d fatalities; want 2 and 8+2", n, before)
	}
	var list []struct {
		ID     int64  `json:"id"`
		Admin2 string `json:"admin2"`
	}
	json.Unmarshal([]byte(mustRun(t, "incidents", "--db", db, "--format", "json")), &list)
	bannu := itoa(list[len(list)-1].ID)
	time.Sleep(5 * time.Millisecond)
	published := time.Now().UTC().Format(time.RFC3339Nano)
	time.Sleep(5 * time.Millisecond)

	out := mustRun(t, "review", "correct", bannu, "fatalities", "11", "--by", "amina", "--why", "hospital list", "--db", db)
	m := auditRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("review correct printed %q, want the audit entry", out)
	}
	if _, after := totalFatalities(t, "stats", "--db", db); after != 13 {
		t.Errorf("stats after the correction: %d fatalities, want 11+2", after)
	}
	// As of the instant before the correction, and as of a day long past.
	if _, then := totalFatalities(t, "stats", "--db", db, "--as-of", published); then != before {
		t.Errorf("stats --as-of %s = %d fatalities, want the %d published then", published, then, before)
	}
	if n, _ := totalFatalities(t, "stats", "--db", db, "--as-of", "2001-01-01"); n != 0 {
		t.Errorf("stats --as-of 2001-01-01 = %d incidents, want 0", n)
	}
	today := time.Now().UTC().Format(time.DateOnly)
	if _, end := totalFatalities(t, "stats", "--db", db, "--as-of", today); end != 13 {
		t.Errorf("stats --as-of %s (end of today) = %d, want the corrected 13", today, end)
	}

	show := mustRun(t, "incidents", "show", bannu, "--db", db)
	for _, want := range []string{"fatalities:  11", "analyst correction", `corrected:   fatalities = "11"`, "amina  correct", "hospital list"} {
		if !strings.Contains(show, want) {
			t.Errorf("show after correction lacks %q:\n%s", want, show)
		}
	}

	mustRun(t, "review", "--db", db, "undo", m[1], "--by", "amina", "--why", "wrong incident")
	if _, undone := totalFatalities(t, "stats", "--db", db); undone != before {
		t.Errorf("stats after undo: %d, want %d", undone, before)
	}
	mustRun(t, "review", "verify", bannu, "--by", "amina", "--db", db)
	if out := mustRun(t, "incidents", "--db", db, "--state", "verified"); !strings.Contains(out, "Bannu") || strings.Contains(out, "Dera") {
		t.Errorf("incidents --state verified:\n%s", out)
	}

	bad := []struct {
		args []string
		want string
	}{
		{[]string{"verify", bannu}, "--by NAME is required"},
		{[]string{"verify", bannu, "--by", "vigil"}, "name of the analyst"},
		{[]string{"correct", bannu, "fatalities", "many", "--by", "a"}, "not a whole number"},
		{[]string{"correct", bannu, "summary", "x", "--by", "a"}, "cannot be corrected"},
		{[]string{"merge", bannu, "--by", "a"}, "at least one more ID"},
		{[]string{"split", bannu, "99999", "--by", "a"}, "not members"},
		{[]string{"undo", m[1], "--by", "a"}, "changed since"},
		{[]string{"approve", bannu, "--by", "a"}, "unknown review action"},
		{[]string{"verify", "0", "--by", "a"}, "not a positive whole number"},
		{[]string{"verify", "4242", "--by", "a"}, "not found"},
	}
	for _, tt := range bad {
		code, out, errOut := runVigil(t, append([]string{"review", "--db", db}, tt.args...)...)
		if code == 0 || !strings.Contains(errOut, tt.want) {
			t.Errorf("review %v: exit %d, stderr %q, stdout %q; want a failure saying %q", tt.args, code, errOut, out, tt.want)
		}
	}
	code, _, errOut := runVigil(t, "stats", "--db", db, "--as-of", "last week")
	if code == 0 || !strings.Contains(errOut, "--as-of") {
		t.Errorf("stats --as-of 'last week': exit %d, %q", code, errOut)
	}
}
