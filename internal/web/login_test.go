package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// loginClient is an HTTP client with a cookie jar that does not follow
// redirects, so tests see where the server sends it.
type loginClient struct {
	t      *testing.T
	srv    *httptest.Server
	client *http.Client
}

func newLoginClient(t *testing.T, srv *httptest.Server) *loginClient {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &loginClient{t: t, srv: srv, client: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// do sends req and returns the status, the Location header and the body.
func (b *loginClient) do(req *http.Request) (int, string, string) {
	b.t.Helper()
	resp, err := b.client.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Location"), string(body)
}

func (b *loginClient) get(path string) (int, string, string) {
	b.t.Helper()
	req, _ := http.NewRequest("GET", b.srv.URL+path, nil)
	return b.do(req)
}

// post submits a form with the CSRF token from the loginClient's cookie, as the
// pages do.
func (b *loginClient) post(path string, form url.Values) (int, string, string) {
	b.t.Helper()
	u, _ := url.Parse(b.srv.URL)
	for _, c := range b.client.Jar.Cookies(u) {
		if c.Name == csrfCookie {
			form.Set(csrfField, c.Value)
		}
	}
	req, _ := http.NewRequest("POST", b.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.srv.URL)
	return b.do(req)
}

// login opens the login page and logs in as user.
func (b *loginClient) login(user, password string) (int, string) {
	b.t.Helper()
	if status, _, page := b.get("/login"); status != http.StatusOK || !strings.Contains(page, `action="/login"`) {
		b.t.Fatalf("GET /login: %d\n%s", status, page)
	}
	status, loc, _ := b.post("/login", url.Values{"user": {user}, "password": {password}, "next": {"/review"}})
	return status, loc
}

// bearer sends an API request with an API token.
func bearer(t *testing.T, srv *httptest.Server, method, path, token, body string) (int, map[string]map[string]string) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]map[string]string
	raw, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(raw, &out) // success bodies are not errors; out stays nil or empty
	return resp.StatusCode, out
}

func TestRequireLogin(t *testing.T) {
	ctx := context.Background()
	f := apitest.Seed(t)
	as, ok := f.Store.(accounts.Store)
	if !ok {
		t.Fatal("the SQLite store does not keep accounts")
	}
	svc := accounts.New(as)
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	svc.SecureCookies = false // plain HTTP on loopback, as httptest serves
	for _, err := range []error{
		svc.AddOrg(ctx, "cli", "ctd"),
		svc.AddUser(ctx, "cli", "rukhsana", "ctd", vigil.RoleReviewer, "correct horse battery"),
		svc.AddUser(ctx, "cli", "vera", "ctd", vigil.RoleViewer, "staple paper clip 42"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	srv := loginServer(t, f.Store, svc)
	mir, kurram := id(f.MirAli), id(f.Kurram)

	t.Run("anonymous", func(t *testing.T) {
		b := newLoginClient(t, srv)
		for _, tc := range []struct {
			method, path string
			status       int
			location     string // for redirects
			code         string // for API errors
		}{
			{"GET", "/", http.StatusSeeOther, "/login", ""},
			{"GET", "/incidents/" + mir, http.StatusSeeOther, "/login?next=%2Fincidents%2F" + mir, ""},
			{"GET", "/review", http.StatusSeeOther, "/login?next=%2Freview", ""},
			{"POST", "/incidents/" + mir + "/review", http.StatusSeeOther, "/login", ""},
			{"GET", "/api/v1/incidents", http.StatusUnauthorized, "", "unauthorized"},
			{"POST", "/api/v1/incidents/" + mir + "/verify", http.StatusUnauthorized, "", "unauthorized"},
			{"GET", "/login", http.StatusOK, "", ""},
			{"GET", "/static/vigil.css", http.StatusOK, "", ""},
		} {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			status, loc, body := b.do(req)
			if status != tc.status || loc != tc.location {
				t.Errorf("%s %s: %d → %q, want %d → %q", tc.method, tc.path, status, loc, tc.status, tc.location)
			}
			if tc.code != "" {
				var e map[string]map[string]string
				if err := json.Unmarshal([]byte(body), &e); err != nil || e["error"]["code"] != tc.code {
					t.Errorf("%s %s: body %q, want error code %q", tc.method, tc.path, body, tc.code)
				}
			}
		}
		if status, _ := b.login("rukhsana", "wrong password"); status != http.StatusUnauthorized {
			t.Errorf("wrong password: %d, want 401", status)
		}
	})

	t.Run("viewer may read, not review", func(t *testing.T) {
		b := newLoginClient(t, srv)
		if status, loc := b.login("vera", "staple paper clip 42"); status != http.StatusSeeOther || loc != "/review" {
			t.Fatalf("login: %d → %q", status, loc)
		}
		status, _, page := b.get("/incidents/" + mir)
		if status != http.StatusOK || !strings.Contains(page, "vera") || !strings.Contains(page, `action="/logout"`) {
			t.Errorf("incident page: %d, names no user or has no logout:\n%s", status, page)
		}
		if strings.Contains(page, `action="/incidents/`+mir+`/review"`) {
			t.Error("a viewer is offered review buttons")
		}
		if status, _, _ := b.post("/incidents/"+mir+"/review", url.Values{"action": {"verify"}}); status != http.StatusForbidden {
			t.Errorf("viewer verify: %d, want 403", status)
		}
		if inc, _ := f.Store.Incident(ctx, f.MirAli); inc.ReviewState == vigil.StateVerified {
			t.Error("a viewer's verify went through")
		}
		if status, loc, _ := b.post("/logout", url.Values{}); status != http.StatusSeeOther || loc != "/" {
			t.Errorf("logout: %d → %q", status, loc)
		}
		if status, loc, _ := b.get("/"); status != http.StatusSeeOther || loc != "/login" {
			t.Errorf("after logout GET /: %d → %q, want the login page", status, loc)
		}
	})

	t.Run("reviewer reviews under their name", func(t *testing.T) {
		b := newLoginClient(t, srv)
		if status, loc := b.login("rukhsana", "correct horse battery"); status != http.StatusSeeOther || loc != "/review" {
			t.Fatalf("login: %d → %q", status, loc)
		}
		status, _, page := b.get("/review")
		if status != http.StatusOK || !strings.Contains(page, `action="/incidents/`+mir+`/review"`) {
			t.Fatalf("review queue: %d, offers no decisions:\n%s", status, page)
		}
		status, loc, _ := b.post("/incidents/"+mir+"/review", url.Values{"action": {"verify"}, "reason": {"both outlets agree"}})
		if status != http.StatusSeeOther || !strings.Contains(loc, "verified") {
			t.Fatalf("verify: %d → %q", status, loc)
		}
		trail, err := f.Store.Audit(ctx, "incident:"+mir, 0)
		if err != nil || len(trail) == 0 {
			t.Fatalf("audit trail: %v, %d entries", err, len(trail))
		}
		if trail[0].Actor != "rukhsana" || trail[0].Action != vigil.ActionVerify {
			t.Errorf("audit entry: %s by %q, want verify by rukhsana", trail[0].Action, trail[0].Actor)
		}
	})

	t.Run("API tokens", func(t *testing.T) {
		read, _, err := svc.CreateToken(ctx, "cli", "vera", vigil.ScopeRead, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		write, _, err := svc.CreateToken(ctx, "cli", "rukhsana", vigil.ScopeWrite, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name, method, path, token string
			status                    int
			code                      string
		}{
			{"read token lists incidents", "GET", "/api/v1/incidents", read, http.StatusOK, ""},
			{"read token may not verify", "POST", "/api/v1/incidents/" + kurram + "/verify", read, http.StatusForbidden, "forbidden"},
			{"write token verifies", "POST", "/api/v1/incidents/" + kurram + "/verify", write, http.StatusOK, ""},
			{"unknown token", "GET", "/api/v1/incidents", "not-a-token", http.StatusUnauthorized, ""},
		} {
			status, body := bearer(t, srv, tc.method, tc.path, tc.token, `{"reason":"checked"}`)
			if status != tc.status || (tc.code != "" && body["error"]["code"] != tc.code) {
				t.Errorf("%s: %d %v, want %d %q", tc.name, status, body, tc.status, tc.code)
			}
		}
		trail, err := f.Store.Audit(ctx, "incident:"+kurram, 0)
		if err != nil || len(trail) == 0 || trail[0].Actor != "rukhsana" {
			t.Errorf("audit trail of the API verify: %v %+v", err, trail)
		}
	})
}

// lockedBuffer is a log sink the server may write to while a test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestLoginErrors checks that every refused login shows the login form
// again, with the reason and the status, keeping where the user was going,
// and that a name no account has stays out of the logs and the audit.
func TestLoginErrors(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	f := apitest.Seed(t)
	as := f.Store.(accounts.Store)
	logs := &lockedBuffer{}
	svc := accounts.New(as, accounts.WithLogger(slog.New(slog.NewTextHandler(logs, nil))))
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	svc.SecureCookies = false
	if err := svc.AddOrg(ctx, "cli", "ctd"); err != nil {
		t.Fatal(err)
	}
	if err := svc.AddUser(ctx, "cli", "rukhsana", "ctd", vigil.RoleReviewer, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	h, err := NewServer(f.Store, Options{RequireLogin: true, Accounts: svc})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	b := newLoginClient(t, srv)
	if status, _, _ := b.get("/login?next=%2Freview"); status != http.StatusOK {
		t.Fatalf("GET /login: %d", status)
	}
	// The form again, with the message, the status and the next page.
	form := func(t *testing.T, what string, status, wantStatus int, page, message string) {
		t.Helper()
		if status != wantStatus || !strings.Contains(page, `action="/login"`) || !strings.Contains(page, message) ||
			!strings.Contains(page, `name="next" value="/review"`) {
			t.Errorf("%s: %d, want %d and the form saying %q, going on to /review:\n%s", what, status, wantStatus, message, page)
		}
	}

	status, _, page := b.post("/login", url.Values{"user": {"rukhsana"}, "password": {"wrong horse"}, "next": {"/review"}})
	form(t, "wrong password", status, http.StatusUnauthorized, page, "Wrong user name or password.")

	// A password typed into the name field, twice.
	const typed = "my-Secret-passphrase-77"
	for range 2 {
		status, _, page = b.post("/login", url.Values{"user": {typed}, "password": {"x"}, "next": {"/review"}})
		form(t, "unknown user", status, http.StatusUnauthorized, page, "Wrong user name or password.")
	}
	sum := sha256.Sum256([]byte(typed))
	pseudonym := "unknown#" + hex.EncodeToString(sum[:])[:12]
	if l := logs.String(); strings.Contains(l, typed) || strings.Count(l, pseudonym) != 2 {
		t.Errorf("the log holds the typed name, or not twice its pseudonym %s:\n%s", pseudonym, l)
	}
	entries, err := f.Store.Audit(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var failed int
	for _, e := range entries {
		if strings.Contains(e.Actor+e.Object+e.Reason, typed) {
			t.Errorf("audit entry %d holds the typed name: %+v", e.ID, e)
		}
		if e.Action == "login-failed" && e.Object == "user:"+pseudonym {
			failed++
		}
	}
	if failed != 2 {
		t.Errorf("%d login-failed entries for %s, want 2", failed, pseudonym)
	}

	// A form that cannot be read (its token in the header, so the CSRF
	// check leaves the body to the login).
	bad := func(body string) (int, string) {
		u, _ := url.Parse(srv.URL)
		req, _ := http.NewRequest("POST", srv.URL+"/login?next=%2Freview", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", srv.URL)
		for _, c := range b.client.Jar.Cookies(u) {
			if c.Name == csrfCookie {
				req.Header.Set(csrfHeader, c.Value)
			}
		}
		status, _, page := b.do(req)
		return status, page
	}
	status, page = bad("user=%zz&password=x")
	form(t, "malformed form", status, http.StatusBadRequest, page, "could not be read")
	status, page = bad("user=rukhsana&password=" + strings.Repeat("a", 9<<10))
	form(t, "oversized form", status, http.StatusBadRequest, page, "over 8 KiB")

	// Throttled: the address has failed too often by now.
	var retry string
	for i := 0; i < 10 && status != http.StatusTooManyRequests; i++ {
		req := func() *http.Request {
			u, _ := url.Parse(srv.URL)
			form := url.Values{"user": {"rukhsana"}, "password": {"guess " + strconv.Itoa(i)}, "next": {"/review"}}
			for _, c := range b.client.Jar.Cookies(u) {
				if c.Name == csrfCookie {
					form.Set(csrfField, c.Value)
				}
			}
			r, _ := http.NewRequest("POST", srv.URL+"/login", strings.NewReader(form.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Origin", srv.URL)
			return r
		}()
		resp, err := b.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		status, page, retry = resp.StatusCode, string(raw), resp.Header.Get("Retry-After")
	}
	form(t, "throttled", status, http.StatusTooManyRequests, page, "Too many failed logins")
	if n, err := strconv.Atoi(retry); err != nil || n <= 0 || !strings.Contains(page, "try again in "+retry+" seconds") {
		t.Errorf("throttled: Retry-After %q, page:\n%s", retry, page)
	}
	if strings.Contains(logs.String(), typed) {
		t.Error("the log holds the typed name")
	}
}

func TestUnknownUser(t *testing.T) {
	tests := []struct{ a, b string }{{"amna", "amna "}, {"", "x"}, {"hunter2", "Hunter2"}}
	for _, tt := range tests {
		pa, pb := unknownUser(tt.a), unknownUser(tt.b)
		if pa == pb || pa != unknownUser(tt.a) || len(pa) != len("unknown#")+12 || strings.Contains(pa, tt.a) && tt.a != "" {
			t.Errorf("unknownUser(%q) = %q, unknownUser(%q) = %q", tt.a, pa, tt.b, pb)
		}
	}
}
