package web

import (
	"database/sql"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// When the store fails while the session cookie's session is looked up,
// an API request still gets the API's JSON error body (500, code
// "internal", nothing of the cause), and a page a plain 500. The store
// really fails: it is closed under the running server.
func TestSessionLookupFailure(t *testing.T) {
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	srv := loginServer(t, f.Store, svc)
	b := newLoginClient(t, srv)
	if status, loc := b.login("vera", "staple paper clip 42"); status != http.StatusSeeOther || loc != "/review" {
		t.Fatalf("login: %d to %q", status, loc)
	}
	if status, _, body := b.get("/api/v1/incidents"); status != http.StatusOK {
		t.Fatalf("before the failure: GET /api/v1/incidents = %d\n%s", status, body)
	}

	if err := f.Store.Close(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/v1/incidents", "/api/v1/claims", "/api/v1/no-such-route"} {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		resp, err := b.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e struct {
			Error struct{ Code, Message string }
		}
		derr := json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != http.StatusInternalServerError || derr != nil ||
			!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
			e.Error.Code != vigil.EINTERNAL || e.Error.Message != "internal error" {
			t.Errorf("GET %s after the store failed: %d %q %+v (%v), want a JSON 500 %q", path,
				resp.StatusCode, resp.Header.Get("Content-Type"), e, derr, vigil.EINTERNAL)
		}
	}
	status, _, body := b.get("/incidents")
	if status != http.StatusInternalServerError || strings.Contains(body, "closed") || strings.Contains(body, "sql") {
		t.Errorf("GET /incidents after the store failed: %d\n%s", status, body)
	}
}

// A panicking handler under /api/ answers the API's JSON error body too.
func TestPanicUnderAPIIsJSON(t *testing.T) {
	s := &Server{log: slog.New(slog.DiscardHandler)}
	h := s.recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("a bad record") }))
	for _, tc := range []struct {
		path, contentType string
	}{
		{"/api/v1/incidents/7", "application/json"},
		{"/incidents/7", "text/plain"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		if rec.Code != http.StatusInternalServerError || !strings.HasPrefix(rec.Header().Get("Content-Type"), tc.contentType) ||
			strings.Contains(rec.Body.String(), "bad record") {
			t.Errorf("GET %s: %d %q %s, want 500 %s without the panic's text", tc.path, rec.Code, rec.Header().Get("Content-Type"), rec.Body, tc.contentType)
		}
	}
}

// When the failed-login counts cannot be read, the desk's login form is
// shown again with the service's reason, under 503 with Retry-After, and
// no session starts: the throttle fails closed on the page too.
func TestLoginFormWhenThrottleIsDown(t *testing.T) {
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	srv := loginServer(t, f.Store, svc)
	raw, ok := f.Store.(interface{ DB() *sql.DB })
	if !ok {
		t.Fatalf("%T does not expose its database", f.Store)
	}
	if _, err := raw.DB().Exec(`DROP TABLE login_failures`); err != nil {
		t.Fatal(err)
	}
	b := newLoginClient(t, srv)
	if status, _, page := b.get("/login"); status != http.StatusOK {
		t.Fatalf("GET /login: %d\n%s", status, page)
	}
	u, _ := url.Parse(srv.URL)
	form := url.Values{"user": {"vera"}, "password": {"staple paper clip 42"}, "next": {"/review"}}
	for _, c := range b.client.Jar.Cookies(u) {
		if c.Name == csrfCookie {
			form.Set(csrfField, c.Value)
		}
	}
	req, _ := http.NewRequest("POST", srv.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", srv.URL)
	resp, err := b.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" ||
		!strings.Contains(string(body), `action="/login"`) || !strings.Contains(string(body), "try again") {
		t.Errorf("login with unreadable counts: %d, Retry-After %q\n%s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	if status, _, _ := b.get("/api/v1/incidents"); status != http.StatusUnauthorized {
		t.Errorf("after the refused login the API answered %d, want 401 (no session)", status)
	}
}
