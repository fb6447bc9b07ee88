package web

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// When the store fails while the session cookie's session is looked up,
// an API request still gets the API's JSON error body (500, code
// "internal", nothing of the cause), and a page a plain 500. The store
// really fails: it is closed under the running server.
func TestSessionLookupFailure(t *testing.T) {
	f := apitest.Seed(t)
	svc := testAccounts(t, f.Store)
	h, err := NewServer(f.Store, Options{RequireLogin: true, Accounts: svc, Reviewer: review.New(f.Store)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
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
