package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

const conflictSTIXID = "incident--3c1e4a52-7f0b-4c55-9d1e-6a2b8f4e9c10"

// partnerVersion is a version of conflictSTIXID as the partner ctd sends it.
func partnerVersion(version, summary string) vigil.Received {
	return vigil.Received{Partner: "ctd", ID: conflictSTIXID, Type: "incident", Version: version,
		Marking: vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"},
		JSON: fmt.Appendf(nil, `{"type":"incident","spec_version":"2.1","id":%q,"created":"2026-11-20T08:00:00Z","modified":%q,"name":"Battles in Panjgur","description":%q}`,
			conflictSTIXID, version, summary)}
}

// TestConflictsPage settles a conflict from the desk: only reviewers get
// the forms and may post them, and a decision on what the page showed is
// refused once the incident or the partner's version changed.
func TestConflictsPage(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	f := apitest.Seed(t)
	store := f.Store.(federation.Store)
	svc := accounts.New(f.Store.(accounts.Store))
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	svc.SecureCookies = false
	for _, err := range []error{
		svc.AddOrg(ctx, "cli", "ncc"), svc.AddOrg(ctx, "cli", "ctd"), svc.AddOrg(ctx, "cli", "kp-police"),
		svc.Partner(ctx, "cli", "ncc", "ctd"),
		svc.AddUser(ctx, "cli", "rukhsana", "ncc", vigil.RoleReviewer, "correct horse battery"),
		svc.AddUser(ctx, "cli", "vera", "ncc", vigil.RoleViewer, "staple paper clip 42"),
		svc.AddUser(ctx, "cli", "sana", "kp-police", vigil.RoleReviewer, "a long enough password"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	// ctd's incident imported, corrected here, then a newer version from
	// ctd kept as a conflict.
	first := partnerVersion("2026-11-20T08:00:00Z", "ctd says three")
	first.Status = vigil.ReceivedApplied
	m := first.Marking
	id, err := store.ApplyImport(ctx, vigil.Import{Received: first,
		Save:  &vigil.Incident{Event: vigil.Event{Location: "Panjgur", Summary: "ctd says three"}, Marking: m, Origin: federation.Origin("ctd", conflictSTIXID)},
		Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "import"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := review.New(store).Correct(ctx, id, "location", "Gwargo", "bilal", "the village, not the district town"); err != nil {
		t.Fatal(err)
	}
	conflict := func(version, summary string) {
		t.Helper()
		link, err := store.ImportLink(ctx, "ctd", conflictSTIXID)
		if err != nil {
			t.Fatal(err)
		}
		r := partnerVersion(version, summary)
		r.Status, r.IncidentID = vigil.ReceivedConflict, id
		if _, err := store.ApplyImport(ctx, vigil.Import{Received: r, Link: *link, Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "conflict"}}); err != nil {
			t.Fatal(err)
		}
	}
	conflict("2026-11-21T08:00:00Z", "ctd says seven")

	srv := loginServer(t, f.Store, svc)
	logIn := func(user, password string) *loginClient {
		b := newLoginClient(t, srv)
		if status, _ := b.login(user, password); status != http.StatusSeeOther {
			t.Fatalf("login %s: %d", user, status)
		}
		return b
	}
	seenRe := regexp.MustCompile(`name="seen" value="([^"]+)"`)
	incident := "/conflicts/" + strconv.FormatInt(id, 10)

	reviewer := logIn("rukhsana", "correct horse battery")
	status, _, page := reviewer.get("/conflicts")
	seen := seenRe.FindStringSubmatch(page)
	if status != http.StatusOK || seen == nil || !strings.Contains(page, "ctd says seven") || !strings.Contains(page, "Gwargo") ||
		!strings.Contains(page, `action="`+incident+`/accept"`) {
		t.Fatalf("GET /conflicts as a reviewer: %d\n%s", status, page)
	}
	accept := url.Values{"version": {"2026-11-21T08:00:00Z"}, "seen": {seen[1]}, "reason": {"ctd's account is the fuller"}}

	viewer := logIn("vera", "staple paper clip 42")
	if status, _, page := viewer.get("/conflicts"); status != http.StatusOK || !strings.Contains(page, "ctd says seven") || strings.Contains(page, `/accept"`) {
		t.Errorf("GET /conflicts as a viewer: %d, want the conflict without forms\n%s", status, page)
	}
	if status, _, _ := viewer.post(incident+"/accept", accept); status != http.StatusForbidden {
		t.Errorf("a viewer accepts: %d, want 403", status)
	}
	stranger := logIn("sana", "a long enough password")
	if status, _, page := stranger.get("/conflicts"); status != http.StatusOK || strings.Contains(page, "ctd says seven") || !strings.Contains(page, "No conflicts") {
		t.Errorf("GET /conflicts as another organisation: %d\n%s", status, page)
	}
	if status, _, _ := stranger.post(incident+"/accept", accept); status != http.StatusNotFound {
		t.Errorf("another organisation's reviewer accepts: %d, want 404", status)
	}
	// Without the CSRF token: refused before anything is read.
	req, _ := http.NewRequest("POST", srv.URL+incident+"/accept", strings.NewReader(accept.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if status, _, _ := reviewer.do(req); status != http.StatusForbidden {
		t.Errorf("a post without the CSRF token: %d, want 403", status)
	}
	for _, tc := range []struct {
		name   string
		path   string
		form   url.Values
		status int
	}{
		{"unknown decision", incident + "/merge", accept, http.StatusNotFound},
		{"no version shown", incident + "/accept", url.Values{"version": accept["version"]}, http.StatusBadRequest},
		{"an older partner version", incident + "/accept", url.Values{"version": {"2026-11-20T08:00:00Z"}, "seen": {seen[1]}}, http.StatusConflict},
		{"an older local version", incident + "/accept", url.Values{"version": accept["version"], "seen": {"2026-01-01T00:00:00Z"}}, http.StatusConflict},
		{"no conflict", "/conflicts/999999/keep", accept, http.StatusNotFound},
	} {
		if status, _, _ := reviewer.post(tc.path, tc.form); status != tc.status {
			t.Errorf("%s: %d, want %d", tc.name, status, tc.status)
		}
	}
	// A newer version arrives after the page was shown: refused.
	conflict("2026-11-22T08:00:00Z", "ctd says eight")
	if status, _, page := reviewer.post(incident+"/accept", accept); status != http.StatusConflict || !strings.Contains(page, "reload the conflicts page") {
		t.Errorf("accepting what is no longer the newest version: %d\n%s", status, page)
	}
	status, _, page = reviewer.get("/conflicts")
	seen = seenRe.FindStringSubmatch(page)
	if status != http.StatusOK || seen == nil || !strings.Contains(page, "ctd says eight") || !strings.Contains(page, "the newest of 2 versions") {
		t.Fatalf("GET /conflicts after the newer version: %d\n%s", status, page)
	}
	accept.Set("version", "2026-11-22T08:00:00Z")
	status, loc, _ := reviewer.post(incident+"/accept", accept)
	if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/conflicts?done=") {
		t.Fatalf("accept: %d → %q", status, loc)
	}
	inc, err := store.Incident(ctx, id)
	if err != nil || inc.Summary != "ctd says eight" || inc.Location != "" {
		t.Errorf("after accepting: %+v, %v; want ctd's version, the correction dropped", inc, err)
	}
	if _, _, page := reviewer.get(loc); !strings.Contains(page, "now holds ctd&#39;s version") || !strings.Contains(page, "No conflicts") {
		t.Errorf("the page after accepting:\n%s", page)
	}
	trail, err := store.Audit(ctx, "incident:"+strconv.FormatInt(id, 10), 0)
	if err != nil || len(trail) == 0 || trail[0].Action != "resolve" || trail[0].Actor != "rukhsana" || !strings.Contains(trail[0].Reason, "fuller") {
		t.Errorf("audit after accepting: %+v, %v", trail, err)
	}
}
