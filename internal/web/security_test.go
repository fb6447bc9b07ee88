package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/securitytest"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// hostileReports stores, for each payload, a report whose title, outlet,
// URL and text carry it, an event whose place and actors are it, a claim
// attributed to it and an equipment record of it, fused into an incident.
// It returns the ids of the documents and incidents stored; payloads the
// store refuses as invalid (a clear EINVALID) are skipped.
func hostileReports(t *testing.T, s vigil.Store) (docs, incidents []int64) {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	for i, p := range securitytest.Payloads() {
		text := "Six soldiers were killed in an attack claimed by " + p.Value + " on Tuesday."
		sum := sha256.Sum256([]byte(text))
		url := p.Value
		if i%2 == 0 {
			url = "javascript:alert(" + strconv.Itoa(i) + ")"
		}
		d := &vigil.Document{ExternalID: "hostile-" + p.Name, Origin: p.Value, Outlet: p.Value, URL: url, Title: p.Value,
			Published: time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC), Raw: text, Text: text, ContentHash: hex.EncodeToString(sum[:])}
		id, _, err := s.AddDocument(ctx, d)
		if vigil.ErrorCode(err) == vigil.EINVALID {
			t.Logf("%s: the store refuses the document: %v", p.Name, err)
			continue
		}
		if err != nil {
			t.Fatalf("%s: add document: %v", p.Name, err)
		}
		docs = append(docs, id)
		at := strings.Index(text, p.Value)
		ev := []vigil.Evidence{{Field: "perpetrator", Start: at, End: at + len(p.Value), Quote: p.Value},
			{Field: "casualties.security_forces.killed", Start: 0, End: len("Six soldiers"), Quote: "Six soldiers"}}
		day, six := "2024-05-07", 6
		e := vigil.Event{EventDate: &day, EventType: "Battles", SubEventType: "Armed clash", Actor1: p.Value, Actor2: p.Value,
			Perpetrator: p.Value, ClaimedBy: p.Value, Country: "Pakistan", ISO3: "PAK", Admin1: p.Value, Admin2: p.Value,
			Location: p.Value, Fatalities: &six, Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 6}},
			Weapons: []string{p.Value}, SourceAttribution: []string{p.Value}, Evidence: ev, Confidence: 0.5}
		n := int64(3)
		x := vigil.Extraction{Events: []vigil.Event{e},
			Claims: []vigil.Claim{{Metric: "incidents", Value: 12, Bound: vigil.BoundLower, PeriodStart: "2024-01-01", PeriodEnd: "2024-05-31",
				Country: "Pakistan", Admin1: p.Value, AttributedTo: p.Value, Evidence: ev[:1]}},
			Equipment: []vigil.Equipment{{Kind: "seizure", Category: "weapons", Item: p.Value, Quantity: &n, Holder: p.Value,
				OriginCountry: p.Value, LocationCountry: "Pakistan", AttributedTo: p.Value, Evidence: ev[:1]}}}
		if err := s.SaveExtraction(ctx, id, x); err != nil {
			t.Fatalf("%s: save extraction: %v", p.Name, err)
		}
		events, err := s.Events(ctx, vigil.Filter{DocumentID: id})
		if err != nil || len(events) != 1 {
			t.Fatalf("%s: events of document %d: %v, %v", p.Name, id, events, err)
		}
		inc := vigil.Incident{Event: e, FatalitiesLow: 6, FatalitiesHigh: 6, ReconcileRule: "single source", SourceCount: 1,
			EventIDs: []int64{events[0].ID}, FusionReason: p.Value}
		incID, err := s.SaveIncident(ctx, &inc)
		if err != nil {
			t.Fatalf("%s: save incident: %v", p.Name, err)
		}
		incidents = append(incidents, incID)
	}
	return docs, incidents
}

// getPage fetches path with client c and returns the status and body.
func getPage(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatalf("GET %.100s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// Reports carrying hostile text in every field a page shows (title,
// outlet, URL, text, places, actors, weapons, claims, equipment) are shown
// on every page as text: no script runs, no attribute is broken out of, no
// link is a javascript: URL.
func TestHostileReportsShownAsText(t *testing.T) {
	f := apitest.Seed(t)
	docs, incidents := hostileReports(t, f.Store)
	if len(docs) < len(securitytest.Payloads())/2 {
		t.Fatalf("only %d of the hostile reports were stored", len(docs))
	}
	h, err := NewServer(f.Store, Options{Operator: true, Reviewer: review.New(f.Store), Analyst: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	pages := []string{"/", "/incidents", "/incidents?limit=500", "/review", "/claims", "/equipment", "/sources"}
	for _, n := range docs {
		pages = append(pages, "/documents/"+id(n))
	}
	for _, n := range incidents {
		pages = append(pages, "/incidents/"+id(n))
	}
	for _, p := range securitytest.Payloads() {
		pages = append(pages, "/sources?outlet="+url.QueryEscape(p.Value))
	}
	shown := 0
	for _, path := range pages {
		status, body := getPage(t, srv.Client(), srv.URL+path)
		if status != http.StatusOK {
			t.Errorf("GET %.80s: status %d", path, status)
			continue
		}
		for _, bad := range securitytest.UnsafeHTML(body) {
			t.Errorf("GET %.80s: hostile text reached the page unescaped: %q", path, bad)
		}
		if strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			shown++
		}
	}
	// The payloads are shown, as text, not dropped.
	if shown < 5 {
		t.Errorf("the escaped <script> payload is on only %d pages", shown)
	}
}

// pageParams are the query parameters the pages read.
var pageParams = []string{"from", "to", "country", "admin1", "admin2", "type", "actor", "text", "review_state",
	"document", "limit", "offset", "cursor", "outlet", "sort", "done", "next"}

// Each hostile payload in each query parameter of each page gets the page
// or a clear 400, never a 500, and the page shows the payload only as
// text; the database is unchanged.
func TestPageQueryPayloads(t *testing.T) {
	ctx := context.Background()
	f := apitest.Seed(t)
	before, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewServer(f.Store, Options{Operator: true, Reviewer: review.New(f.Store), Analyst: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	paths := []string{"/", "/incidents", "/incidents/" + id(f.MirAli), "/review", "/claims", "/equipment", "/sources",
		"/documents/" + id(f.SecondDoc)}
	for _, p := range securitytest.Payloads() {
		for _, path := range paths {
			for _, name := range pageParams {
				u := srv.URL + path + "?" + name + "=" + url.QueryEscape(p.Value)
				status, body := getPage(t, srv.Client(), u)
				what := path + "?" + name + "=" + p.Name
				switch status {
				case http.StatusOK:
				case http.StatusBadRequest:
					if !strings.Contains(body, name) {
						t.Errorf("%s: the 400 page does not name the parameter", what)
					}
				default:
					t.Errorf("%s: status %d", what, status)
				}
				for _, bad := range securitytest.UnsafeHTML(body) {
					t.Errorf("%s: hostile text reached the page unescaped: %q", what, bad)
				}
			}
			// In the path itself.
			if strings.Contains(path, "/incidents/") || strings.Contains(path, "/documents/") {
				u := srv.URL + path[:strings.LastIndex(path, "/")+1] + url.PathEscape(p.Value)
				status, body := getPage(t, srv.Client(), u)
				if status != http.StatusBadRequest && status != http.StatusNotFound {
					t.Errorf("%s in the path of %s: status %d", p.Name, path, status)
				}
				for _, bad := range securitytest.UnsafeHTML(body) {
					t.Errorf("%s in the path of %s: hostile text reached the page unescaped: %q", p.Name, path, bad)
				}
			}
		}
	}
	after, err := securitytest.Counts(ctx, f.Store)
	if err != nil || !reflect.DeepEqual(before, after) {
		t.Errorf("hostile page requests changed the database: %v, then %v (%v)", before, after, err)
	}
}

// Each hostile payload in each field of the review forms, posted with the
// session's CSRF token, gets a page or a redirect, never a 500; the pages
// that follow show it as text.
func TestReviewFormPayloads(t *testing.T) {
	ctx := context.Background()
	f := apitest.Seed(t)
	before, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewServer(f.Store, Options{Operator: true, Reviewer: review.New(f.Store), Analyst: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	b := newLoginClient(t, srv)
	if status, _, _ := b.get("/"); status != http.StatusOK {
		t.Fatalf("GET /: %d", status)
	}
	reviewPath := "/incidents/" + id(f.Kurram) + "/review"
	forms := []struct {
		path  string
		base  url.Values
		field string
	}{
		{reviewPath, url.Values{"action": {"verify"}}, "reason"},
		{reviewPath, url.Values{"action": {"reopen"}}, "reason"},
		{reviewPath, url.Values{}, "action"},
		{reviewPath, url.Values{"action": {"correct"}, "value": {"Kurram"}}, "field"},
		{reviewPath, url.Values{"action": {"correct"}, "field": {"location"}}, "value"},
		{reviewPath, url.Values{"action": {"correct"}, "field": {"fatalities"}}, "value"},
		{reviewPath, url.Values{"action": {"merge"}}, "others"},
		{reviewPath, url.Values{"action": {"split"}}, "event_id"},
		{reviewPath, url.Values{"action": {"verify"}}, "from"},
		{"/audit/1/undo", url.Values{}, "reason"},
		{"/audit/1/undo", url.Values{"reason": {"checked"}}, "incident"},
	}
	for _, p := range securitytest.Payloads() {
		for _, form := range forms {
			v := url.Values{}
			for k, vs := range form.base {
				v[k] = slices.Clone(vs)
			}
			v.Set(form.field, p.Value)
			status, loc, body := b.post(form.path, v)
			what := form.path + " " + form.field + "=" + p.Name
			if status >= 500 || status == http.StatusForbidden {
				t.Errorf("%s: status %d: %.200s", what, status, body)
			}
			if status == http.StatusSeeOther {
				if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
					t.Errorf("%s: redirected off the site to %q", what, loc)
				}
				status, _, body = b.get(loc)
				if status != http.StatusOK {
					t.Errorf("%s: the page redirected to, %q, answers %d", what, loc, status)
				}
			}
			for _, bad := range securitytest.UnsafeHTML(body) {
				t.Errorf("%s: hostile text reached the page unescaped: %q", what, bad)
			}
		}
	}
	_, _, page := b.get("/incidents/" + id(f.Kurram))
	for _, bad := range securitytest.UnsafeHTML(page) {
		t.Errorf("the reviewed incident's page shows hostile text unescaped: %q", bad)
	}
	after, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatal(err)
	}
	delete(before, "verified")
	delete(after, "verified")
	if !reflect.DeepEqual(before, after) {
		t.Errorf("hostile review forms changed more than one incident: %v, then %v", before, after)
	}
}

// routePatterns returns every ServeMux pattern this package registers, read
// from its source: each Handle or HandleFunc call whose pattern is a
// literal. A registration whose pattern is not a literal fails the test, so
// that no route can be added where this test cannot see it.
func routePatterns(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Handle" && sel.Sel.Name != "HandleFunc") || len(call.Args) != 2 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: a route whose pattern is not a literal", fset.Position(call.Pos()))
				return true
			}
			p, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			patterns = append(patterns, p)
			return true
		})
	}
	return patterns
}

// concrete turns a pattern into a method and a path to request.
func concrete(pattern string, incident int64) (method, path string) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = "", pattern
	}
	path = strings.NewReplacer("{$}", "", "{id}", id(incident), "{action}", "verify", "{format}", "incidents.csv").Replace(path)
	if strings.HasSuffix(path, "/static/") {
		path += "vigil.css"
	}
	return method, path
}

// Every route of the desk and the API, listed from the source and the
// API's route table, refuses an unsafe request without the session's CSRF
// token, and every state-changing route also refuses a cross-site one that
// has the token; the same request from this site goes through, so the
// refusals are the CSRF check's. Checked on the open desk and, logged in,
// on the desk that requires a login.
func TestCSRFOnEveryRoute(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	pages := routePatterns(t)
	apiRoutes := (&api.API{}).Routes()
	if !slices.Contains(pages, "POST /incidents/{id}/review") || !slices.Contains(pages, "POST /login") || len(apiRoutes) < 10 {
		t.Fatalf("the route list misses known routes: %v %v", pages, apiRoutes)
	}
	for _, mode := range []struct {
		name string
		opts Options
	}{
		{"open desk", Options{Operator: true, Reviewer: review.New(f.Store), Analyst: "tester"}},
		{"login required", Options{RequireLogin: true, Accounts: svc, Reviewer: review.New(f.Store)}},
	} {
		t.Run(mode.name, func(t *testing.T) {
			h, err := NewServer(f.Store, mode.opts)
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			b := newLoginClient(t, srv)
			if mode.opts.RequireLogin {
				if status, _ := b.login("rukhsana", "correct horse battery"); status != http.StatusSeeOther {
					t.Fatalf("login: %d", status)
				}
			} else if status, _, _ := b.get("/"); status != http.StatusOK {
				t.Fatalf("GET /: %d", status)
			}
			u, _ := url.Parse(srv.URL)
			var token string
			for _, c := range b.client.Jar.Cookies(u) {
				if c.Name == csrfCookie {
					token = c.Value
				}
			}
			if token == "" {
				t.Fatal("no CSRF cookie")
			}
			send := func(method, path, origin, csrf string) int {
				form := url.Values{"action": {"verify"}, "reason": {"csrf test"}}
				if csrf != "" {
					form.Set(csrfField, csrf)
				}
				req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				if origin != "" {
					req.Header.Set("Origin", origin)
				}
				status, _, _ := b.do(req)
				return status
			}
			startTrail, err := f.Store.Audit(ctx, "incident:"+id(f.Kurram), 0)
			if err != nil {
				t.Fatal(err)
			}
			start, err := f.Store.Incident(ctx, f.Kurram)
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			var posts []string
			for _, pattern := range append(slices.Clone(pages), apiRoutes...) {
				method, path := concrete(pattern, f.Kurram)
				unsafe := []string{"POST", "PUT", "PATCH", "DELETE"}
				if method != "" && method != "GET" {
					unsafe = []string{method}
				}
				for _, m := range unsafe {
					if got := send(m, path, srv.URL, ""); got != http.StatusForbidden {
						t.Errorf("%s %s without the CSRF token: %d, want 403", m, path, got)
					}
					if got := send(m, path, "https://evil.example", token); got != http.StatusForbidden {
						t.Errorf("%s %s from another site: %d, want 403", m, path, got)
					}
					if got := send(m, path, "null", token); got != http.StatusForbidden {
						t.Errorf("%s %s from an opaque origin: %d, want 403", m, path, got)
					}
					checked++
				}
				if method == "POST" && !strings.Contains(path, "/logout") && !strings.Contains(path, "/login") {
					posts = append(posts, path)
				}
			}
			if checked < 20 {
				t.Errorf("only %d route and method pairs checked", checked)
			}
			trail, err := f.Store.Audit(ctx, "incident:"+id(f.Kurram), 0)
			if err != nil {
				t.Fatal(err)
			}
			if inc, err := f.Store.Incident(ctx, f.Kurram); err != nil || inc.ReviewState != start.ReviewState || len(trail) != len(startTrail) {
				t.Errorf("refused requests changed the incident: %+v, %d audit entries then %d, %v", inc, len(startTrail), len(trail), err)
			}
			// The same requests from this site, with the token, are not
			// refused by the CSRF check (they may fail for their own
			// reasons), so the refusals above were the check's.
			for _, path := range posts {
				if got := send("POST", path, srv.URL, token); got == http.StatusForbidden {
					t.Errorf("POST %s from this site with the token: 403", path)
				}
			}
			trail, err = f.Store.Audit(ctx, "incident:"+id(f.Kurram), 0)
			if err != nil || len(trail) == len(startTrail) {
				t.Errorf("the requests from this site did nothing: %d audit entries, %v", len(trail), err)
			}
		})
	}
}

// testAccounts returns an accounts service on store with a reviewer,
// rukhsana, and a viewer, vera, and cheap password hashing.
// loginServer serves the desk over store on a loopback test server that
// requires a login through svc; the server closes when the test ends.
func loginServer(t *testing.T, store vigil.Store, svc *accounts.Service) *httptest.Server {
	t.Helper()
	h, err := NewServer(store, Options{RequireLogin: true, Accounts: svc, Reviewer: review.New(store)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func testAccounts(t *testing.T, store vigil.Store) *accounts.Service {
	t.Helper()
	ctx := context.Background()
	as, ok := store.(accounts.Store)
	if !ok {
		t.Fatal("the SQLite store does not keep accounts")
	}
	svc := accounts.New(as, accounts.WithLogger(slog.New(slog.DiscardHandler)))
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	svc.SecureCookies = false
	for _, err := range []error{
		svc.AddOrg(ctx, "cli", "ctd"),
		svc.AddUser(ctx, "cli", "rukhsana", "ctd", vigil.RoleReviewer, "correct horse battery"),
		svc.AddUser(ctx, "cli", "vera", "ctd", vigil.RoleViewer, "staple paper clip 42"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return svc
}

// On a desk that requires a login, a bad bearer token on any API route
// gets the API's JSON 401 with a Bearer challenge, never a page or plain
// text; so does a request without credentials.
func TestBadBearerTokenJSON(t *testing.T) {
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	srv := loginServer(t, f.Store, svc)
	for _, pattern := range (&api.API{}).Routes() {
		method, path := concrete(pattern, f.MirAli)
		for _, auth := range []string{"Bearer vigil_forged", "Bearer not-a-token", ""} {
			req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(`{}`))
			if auth != "" {
				req.Header.Set("Authorization", auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var e map[string]map[string]string
			derr := json.NewDecoder(resp.Body).Decode(&e)
			resp.Body.Close()
			if resp.StatusCode != http.StatusUnauthorized || derr != nil || e["error"]["code"] != "unauthorized" ||
				!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
				!strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%s %s with %q: %d %s %v (%v)", method, path, auth, resp.StatusCode, resp.Header.Get("Content-Type"), e, derr)
			}
		}
	}
}

// The desk's request log and error log, through good and bad logins, API
// calls with a token and a logout, hold no password, session id, CSRF
// token or API token.
func TestDeskLogsNoSecrets(t *testing.T) {
	ctx := context.Background()
	f := apitest.Seed(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	as := f.Store.(accounts.Store)
	svc := accounts.New(as, accounts.WithLogger(logger))
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	svc.SecureCookies = false
	const password = "correct horse battery"
	for _, err := range []error{svc.AddOrg(ctx, "cli", "ctd"), svc.AddUser(ctx, "cli", "rukhsana", "ctd", vigil.RoleReviewer, password)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	h, err := NewServer(f.Store, Options{Logger: logger, RequireLogin: true, Accounts: svc, Reviewer: review.New(f.Store)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	b := newLoginClient(t, srv)
	secrets := []string{password, "wrong password 17"}
	if status, _ := b.login("rukhsana", "wrong password 17"); status != http.StatusUnauthorized {
		t.Fatalf("bad login: %d", status)
	}
	if status, _ := b.login("rukhsana", password); status != http.StatusSeeOther {
		t.Fatalf("good login: %d", status)
	}
	u, _ := url.Parse(srv.URL)
	for _, c := range b.client.Jar.Cookies(u) {
		secrets = append(secrets, c.Value) // the session id and the CSRF token
	}
	b.post("/incidents/"+id(f.MirAli)+"/review", url.Values{"action": {"verify"}, "reason": {"checked"}})
	tok, _, err := svc.CreateToken(ctx, "cli", "rukhsana", vigil.ScopeWrite, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	secrets = append(secrets, tok)
	bearer(t, srv, "GET", "/api/v1/incidents", tok, "")
	bearer(t, srv, "POST", "/api/v1/incidents/"+id(f.Kurram)+"/verify", tok, `{"reason":"checked"}`)
	bearer(t, srv, "GET", "/api/v1/incidents", tok+"x", "")
	b.post("/logout", url.Values{})
	out := logs.String()
	for _, want := range []string{"login failed", "path=/login", "path=/api/v1/incidents", "unknown token"} {
		if !strings.Contains(out, want) {
			t.Fatalf("the log lacks %q, so the test saw too little:\n%s", want, out)
		}
	}
	for _, s := range secrets {
		if len(s) >= 8 && strings.Contains(out, s) {
			t.Errorf("the log holds a secret %q", s)
		}
	}
}

// On a desk that requires a login, each hostile payload in the login
// page's next parameter and in each field of the login form gets the page,
// a refusal (400, 401) or a redirect on this site, never a 500, and the
// login page keeps any payload out of its markup and its link targets.
func TestLoginPayloads(t *testing.T) {
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	lenient := accounts.NewLimiter()
	lenient.MaxFailures = 1 << 20 // every payload fails a login: test the form, not the limiter
	accounts.WithLimiter(lenient)(svc)
	srv := loginServer(t, f.Store, svc)
	for _, p := range securitytest.Payloads() {
		b := newLoginClient(t, srv)
		status, _, page := b.get("/login?next=" + url.QueryEscape(p.Value))
		if status != http.StatusOK {
			t.Errorf("GET /login?next=%s: %d", p.Name, status)
		}
		for _, bad := range securitytest.UnsafeHTML(page) {
			t.Errorf("GET /login?next=%s: %q", p.Name, bad)
		}
		if m := regexp.MustCompile(`name="next" value="([^"]*)"`).FindStringSubmatch(page); m == nil ||
			!strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") || strings.HasPrefix(m[1], `/\`) {
			t.Errorf("GET /login?next=%s: the form's next is %q", p.Name, m)
		}
		for _, field := range []string{"user", "password", "next"} {
			form := url.Values{"user": {"rukhsana"}, "password": {"not her password"}, "next": {"/review"}}
			form.Set(field, p.Value)
			status, loc, body := b.post("/login", form)
			what := "login with " + field + "=" + p.Name
			switch status {
			case http.StatusUnauthorized, http.StatusBadRequest:
			default:
				t.Errorf("%s: %d %q %.100s", what, status, loc, body)
			}
			if strings.Contains(body, "<script") {
				t.Errorf("%s: the answer echoes markup: %.200s", what, body)
			}
		}
		form := url.Values{"user": {"rukhsana"}, "password": {"correct horse battery"}, "next": {p.Value}}
		status, loc, _ := b.post("/login", form)
		if status == http.StatusBadRequest && len(p.Value) > 8<<10 {
			continue // over the size a login form may have
		}
		if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") ||
			strings.HasPrefix(loc, `/\`) || strings.ContainsAny(loc, "\r\n") {
			t.Errorf("good login with next=%s: %d to %q", p.Name, status, loc)
		}
	}
}
