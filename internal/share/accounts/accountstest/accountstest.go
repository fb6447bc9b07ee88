// Package accountstest is the test suite every vigil.AccountStore passes,
// run through package accounts on a real store: each store's tests call Run.
package accountstest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Store is a store under test: the accounts tables and the audit log.
type Store interface {
	accounts.Store
	Audit(ctx context.Context, object string, limit int) ([]vigil.AuditEntry, error)
}

// cheap are argon2id costs low enough for many logins in a test; the
// encoded hash records them, so verification is the same code path.
var cheap = accounts.Params{Memory: 64, Time: 1, Threads: 1}

// Clock is a settable clock for expiry and throttling.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// env is one test's store, service, clock and captured log.
type env struct {
	store Store
	svc   *accounts.Service
	clock *Clock
	log   *bytes.Buffer
}

func newEnv(t *testing.T, open func(t *testing.T) Store) *env {
	t.Helper()
	e := &env{store: open(t), clock: &Clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}, log: &bytes.Buffer{}}
	logger := slog.New(slog.NewTextHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.svc = accounts.New(e.store, accounts.WithLogger(logger), accounts.WithClock(e.clock.Now))
	e.svc.Params = cheap
	return e
}

// seed adds organisations ctd, ngo (partners) and far, and users.
func (e *env) seed(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	for _, o := range []string{"ctd", "ngo", "far"} {
		must(t, e.svc.AddOrg(ctx, "admin", o))
	}
	must(t, e.svc.Partner(ctx, "admin", "ctd", "ngo"))
	must(t, e.svc.AddUser(ctx, "admin", "amina", "ctd", vigil.RoleAnalyst, "correct horse battery"))
	must(t, e.svc.AddUser(ctx, "admin", "bilal", "far", vigil.RoleAdmin, "staple paper clip 42"))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if vigil.ErrorCode(err) != code {
		t.Errorf("%s: got error %v (code %q), want code %q", what, err, vigil.ErrorCode(err), code)
	}
}

// Run runs the suite on stores made by open, each new and empty.
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, e *env)
	}{
		{"Orgs", testOrgs},
		{"Users", testUsers},
		{"InjectionInNames", testInjection},
		{"Login", testLogin},
		{"Throttle", testThrottle},
		{"LoginThrottleStore", testLoginThrottleStore},
		{"LoginThrottleAtOnce", testLoginThrottleAtOnce},
		{"Sessions", testSessions},
		{"Tokens", testTokens},
		{"SecretsNeverLogged", testSecretsNeverLogged},
		{"HTTP", testHTTP},
		{"TAXII", testTAXII},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, newEnv(t, open)) })
	}
}

func testOrgs(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	wantCode(t, "duplicate organisation", e.svc.AddOrg(ctx, "admin", "ctd"), vigil.ECONFLICT)
	wantCode(t, "empty name", e.svc.AddOrg(ctx, "admin", ""), vigil.EINVALID)
	wantCode(t, "control character", e.svc.AddOrg(ctx, "admin", "a\nb"), vigil.EINVALID)
	wantCode(t, "self partnership", e.svc.Partner(ctx, "admin", "ctd", "ctd"), vigil.EINVALID)
	wantCode(t, "unknown partner", e.svc.Partner(ctx, "admin", "ctd", "nobody"), vigil.ENOTFOUND)
	// Partnering again, in either order, changes nothing.
	must(t, e.svc.Partner(ctx, "admin", "ngo", "ctd"))
	orgs, err := e.store.Orgs(ctx)
	must(t, err)
	got := map[string]string{}
	for _, o := range orgs {
		got[o.Name] = strings.Join(o.Partners, ",")
	}
	want := map[string]string{"ctd": "ngo", "ngo": "ctd", "far": ""}
	if len(got) != len(want) {
		t.Fatalf("orgs = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("partners of %s = %q, want %q", k, got[k], v)
		}
	}
	if orgs[0].Name != "ctd" || orgs[2].Name != "ngo" {
		t.Errorf("orgs not sorted by name: %v", orgs)
	}
	_, err = e.store.Org(ctx, "nobody")
	wantCode(t, "unknown org", err, vigil.ENOTFOUND)
}

func testUsers(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	wantCode(t, "duplicate user", e.svc.AddUser(ctx, "admin", "amina", "ngo", vigil.RoleViewer, "another long password"), vigil.ECONFLICT)
	wantCode(t, "unknown org", e.svc.AddUser(ctx, "admin", "chen", "nobody", vigil.RoleViewer, "another long password"), vigil.ENOTFOUND)
	if err := e.svc.AddUser(ctx, "admin", "chen", "ngo", "overlord", "another long password"); err == nil {
		t.Error("unknown role accepted")
	}
	if err := e.svc.AddUser(ctx, "admin", "chen", "ngo", vigil.RoleViewer, "short"); err == nil {
		t.Error("short password accepted")
	}
	users, err := e.store.Users(ctx)
	must(t, err)
	if len(users) != 2 || users[0].Name != "amina" || users[0].Org != "ctd" || users[0].Role != vigil.RoleAnalyst || users[1].Name != "bilal" {
		t.Fatalf("users = %+v", users)
	}
	if !strings.HasPrefix(users[0].PasswordHash, "$argon2id$v=19$m=64,t=1,p=1$") || strings.Contains(users[0].PasswordHash, "horse") {
		t.Errorf("stored hash %q is not an argon2id encoding", users[0].PasswordHash)
	}
	must(t, e.svc.DisableUser(ctx, "admin", "amina"))
	u, err := e.store.User(ctx, "amina")
	must(t, err)
	if !u.Disabled {
		t.Error("user not disabled")
	}
	wantCode(t, "disable unknown", e.svc.DisableUser(ctx, "admin", "nobody"), vigil.ENOTFOUND)
}

func testInjection(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	payloads := []string{
		`x'; DROP TABLE users; --`,
		`" OR 1=1 --`,
		`amina' --`,
		`') OR ('1'='1`,
		`<script>alert(1)</script>`,
		`Robert'); DELETE FROM orgs;--`,
	}
	for i, p := range payloads {
		must(t, e.svc.AddOrg(ctx, "admin", p))
		must(t, e.svc.AddUser(ctx, "admin", p, p, vigil.RoleViewer, "payload password 1"))
		u, err := e.store.User(ctx, p)
		must(t, err)
		if u.Name != p || u.Org != p {
			t.Errorf("user %q read back as %q of %q", p, u.Name, u.Org)
		}
		// A payload shaped to match another user's row logs in no one.
		if _, _, err := e.svc.Login(ctx, p, "correct horse battery", fmt.Sprintf("192.0.2.%d", i+1)); !errors.Is(err, accounts.ErrBadCredentials) {
			t.Errorf("login as %q with amina's password: %v", p, err)
		}
	}
	users, err := e.store.Users(ctx)
	must(t, err)
	if len(users) != 2+len(payloads) {
		t.Errorf("%d users after injection attempts, want %d", len(users), 2+len(payloads))
	}
	orgs, err := e.store.Orgs(ctx)
	must(t, err)
	if len(orgs) != 3+len(payloads) {
		t.Errorf("%d orgs after injection attempts, want %d", len(orgs), 3+len(payloads))
	}
}

func testLogin(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	id, u, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1")
	must(t, err)
	if u.Name != "amina" || len(id) < 43 {
		t.Fatalf("login gave user %q, session id of %d characters", u.Name, len(id))
	}
	p, err := e.svc.FromSession(ctx, id)
	must(t, err)
	want := vigil.Viewer{Org: "ctd", User: "amina", Partners: []string{"ngo"}}
	if p.Viewer.Org != want.Org || p.Viewer.User != want.User || strings.Join(p.Viewer.Partners, ",") != "ngo" {
		t.Errorf("viewer = %+v, want %+v", p.Viewer, want)
	}
	if p.Role() != vigil.RoleAnalyst {
		t.Errorf("role = %q", p.Role())
	}
	for _, c := range []struct{ user, pass string }{
		{"amina", "correct horse batterY"},
		{"amina", ""},
		{"nobody", "correct horse battery"},
		{"AMINA", "correct horse battery"},
	} {
		if _, _, err := e.svc.Login(ctx, c.user, c.pass, "192.0.2.2"); !errors.Is(err, accounts.ErrBadCredentials) {
			t.Errorf("login %q/%q: %v, want ErrBadCredentials", c.user, c.pass, err)
		}
	}
	must(t, e.svc.DisableUser(ctx, "admin", "amina"))
	if _, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.3"); !errors.Is(err, accounts.ErrBadCredentials) {
		t.Errorf("disabled user logged in: %v", err)
	}
	if _, err := e.svc.FromSession(ctx, id); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("disabled user's session still valid: %v", err)
	}
	entries, err := e.store.Audit(vigil.AsOperator(ctx), "user:amina", 100)
	must(t, err)
	actions := map[string]int{}
	for _, a := range entries {
		actions[a.Action]++
	}
	if actions["login"] != 1 || actions["login-failed"] != 3 {
		t.Errorf("audited actions for amina = %v, want 1 login and 3 login-failed", actions)
	}
}

func testThrottle(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	for i := 0; i < 5; i++ {
		if _, _, err := e.svc.Login(ctx, "amina", "wrong guess number", "198.51.100.7"); !errors.Is(err, accounts.ErrBadCredentials) {
			t.Fatalf("guess %d: %v", i+1, err)
		}
	}
	// The sixth attempt is refused even with the right password, from
	// another address too, since the user is locked.
	_, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "203.0.113.1")
	var th *accounts.ThrottledError
	if !errors.As(err, &th) || th.RetryAfter <= 0 {
		t.Fatalf("sixth attempt: %v, want ThrottledError", err)
	}
	// The guessing address is locked for other users as well.
	if _, _, err := e.svc.Login(ctx, "bilal", "staple paper clip 42", "198.51.100.7"); !errors.Is(err, accounts.ErrThrottled) {
		t.Errorf("other user from the guessing address: %v, want ErrThrottled", err)
	}
	// Another user from another address is not affected.
	if _, _, err := e.svc.Login(ctx, "bilal", "staple paper clip 42", "203.0.113.2"); err != nil {
		t.Errorf("unrelated login: %v", err)
	}
	e.clock.Advance(14 * time.Minute)
	if _, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "203.0.113.1"); !errors.Is(err, accounts.ErrThrottled) {
		t.Errorf("within the window: %v, want ErrThrottled", err)
	}
	e.clock.Advance(2 * time.Minute)
	if _, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "203.0.113.1"); err != nil {
		t.Errorf("after the window: %v", err)
	}
	entries, err := e.store.Audit(vigil.AsOperator(ctx), "user:amina", 100)
	must(t, err)
	throttled := 0
	for _, a := range entries {
		if a.Action == "login-throttled" {
			throttled++
		}
	}
	if throttled != 2 {
		t.Errorf("%d throttled logins audited, want 2", throttled)
	}
}

func testSessions(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	id, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1")
	must(t, err)
	id2, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1")
	must(t, err)
	if id == id2 {
		t.Fatal("two logins got the same session id")
	}
	if _, err := e.svc.FromSession(ctx, id+"x"); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("altered session id: %v", err)
	}
	must(t, e.svc.Logout(ctx, id2))
	if _, err := e.svc.FromSession(ctx, id2); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("session valid after logout: %v", err)
	}
	e.clock.Advance(e.svc.SessionTTL - time.Second)
	must(t, func() error { _, err := e.svc.FromSession(ctx, id); return err }())
	e.clock.Advance(time.Second)
	if _, err := e.svc.FromSession(ctx, id); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("expired session accepted: %v", err)
	}
	// A new password ends every session.
	id3, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1")
	must(t, err)
	must(t, e.svc.SetPassword(ctx, "amina", "amina", "a brand new passphrase"))
	if _, err := e.svc.FromSession(ctx, id3); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("session valid after password change: %v", err)
	}
	if _, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1"); !errors.Is(err, accounts.ErrBadCredentials) {
		t.Errorf("old password still works: %v", err)
	}
	if _, _, err := e.svc.Login(ctx, "amina", "a brand new passphrase", "192.0.2.1"); err != nil {
		t.Errorf("new password: %v", err)
	}
}

func testTokens(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	read, rt, err := e.svc.CreateToken(ctx, "admin", "bilal", vigil.ScopeRead, 90*24*time.Hour)
	must(t, err)
	write, _, err := e.svc.CreateToken(ctx, "admin", "bilal", vigil.ScopeWrite, time.Hour)
	must(t, err)
	if read == write || !strings.HasPrefix(read, "vigil_") || len(read) < 40 {
		t.Fatalf("tokens %q and %q", read, write)
	}
	p, err := e.svc.FromToken(ctx, read)
	must(t, err)
	if p.Viewer.Org != "far" || p.Viewer.User != "bilal" || p.Role() != vigil.RoleViewer {
		t.Errorf("read token: viewer %+v role %q", p.Viewer, p.Role())
	}
	p, err = e.svc.FromToken(ctx, write)
	must(t, err)
	if p.Role() != vigil.RoleReviewer {
		t.Errorf("admin's write token acts as %q, want reviewer", p.Role())
	}
	list, err := e.store.Tokens(ctx)
	must(t, err)
	if len(list) != 2 || list[0].ID != rt.ID || list[0].LastUsedAt.IsZero() || list[0].Hash != nil {
		t.Fatalf("tokens = %+v", list)
	}
	stored, err := e.store.TokenByHash(ctx, rt.Hash)
	must(t, err)
	if bytes.Contains(stored.Hash, []byte(read)) || len(stored.Hash) != 32 {
		t.Errorf("stored token hash %x is not a SHA-256", stored.Hash)
	}
	for _, bad := range []string{"", "vigil_", read[:len(read)-1], read + "A", strings.ToUpper(read), "Bearer " + read} {
		if _, err := e.svc.FromToken(ctx, bad); !errors.Is(err, accounts.ErrBadToken) {
			t.Errorf("token %q: %v, want ErrBadToken", bad, err)
		}
	}
	must(t, e.svc.RevokeToken(ctx, "admin", rt.ID))
	if _, err := e.svc.FromToken(ctx, read); !errors.Is(err, accounts.ErrBadToken) {
		t.Errorf("revoked token: %v", err)
	}
	wantCode(t, "revoke unknown", e.svc.RevokeToken(ctx, "admin", 999), vigil.ENOTFOUND)
	e.clock.Advance(time.Hour)
	if _, err := e.svc.FromToken(ctx, write); !errors.Is(err, accounts.ErrBadToken) {
		t.Errorf("expired token: %v", err)
	}
	// A disabled user's tokens stop working.
	live, _, err := e.svc.CreateToken(ctx, "admin", "bilal", vigil.ScopeAdmin, time.Hour)
	must(t, err)
	must(t, e.svc.DisableUser(ctx, "admin", "bilal"))
	if _, err := e.svc.FromToken(ctx, live); !errors.Is(err, accounts.ErrBadToken) {
		t.Errorf("disabled user's token: %v", err)
	}
	if _, _, err := e.svc.CreateToken(ctx, "admin", "nobody", vigil.ScopeRead, time.Hour); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("token for unknown user: %v", err)
	}
	if _, _, err := e.svc.CreateToken(ctx, "admin", "amina", "everything", time.Hour); err == nil {
		t.Error("unknown scope accepted")
	}
}

func testSecretsNeverLogged(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	secrets := []string{"correct horse battery", "wrong guess number"}
	_, _, _ = e.svc.Login(ctx, "amina", "wrong guess number", "192.0.2.1")
	id, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.1")
	must(t, err)
	token, tok, err := e.svc.CreateToken(ctx, "admin", "amina", vigil.ScopeRead, time.Hour)
	must(t, err)
	_, err = e.svc.FromToken(ctx, token)
	must(t, err)
	must(t, e.svc.RevokeToken(ctx, "admin", tok.ID))
	_, _ = e.svc.FromToken(ctx, token)
	must(t, e.svc.Logout(ctx, id))
	secrets = append(secrets, id, token, strings.TrimPrefix(token, "vigil_"))

	var audit strings.Builder
	for _, obj := range []string{"user:amina", "token:1", ""} {
		entries, err := e.store.Audit(vigil.AsOperator(ctx), obj, 1000)
		must(t, err)
		for _, a := range entries {
			audit.WriteString(a.Actor + a.Action + a.Object + a.Reason + a.Before + a.After + "\n")
		}
	}
	if !strings.Contains(e.log.String(), "login failed") || !strings.Contains(audit.String(), "token-use") {
		t.Fatalf("nothing captured: log %q audit %q", e.log.String(), audit.String())
	}
	for _, s := range secrets {
		if strings.Contains(e.log.String(), s) {
			t.Errorf("log holds a secret %q:\n%s", s, e.log.String())
		}
		if strings.Contains(audit.String(), s) {
			t.Errorf("audit log holds a secret %q", s)
		}
	}
}

// client is an HTTP client that keeps cookies and does not follow
// redirects.
func client(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	must(t, err)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func testHTTP(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	e.svc.SecureCookies = false // plain HTTP on loopback
	mux := http.NewServeMux()
	mux.Handle("POST /login", e.svc.LoginHandler())
	mux.Handle("POST /logout", e.svc.LogoutHandler())
	mux.HandleFunc("GET /whoami", func(w http.ResponseWriter, r *http.Request) {
		v := accounts.ViewerFrom(r.Context())
		w.Write([]byte(v.Org + "/" + v.User + "/" + strings.Join(v.Partners, ",") + "/" + string(accounts.RoleFrom(r.Context()))))
	})
	mux.Handle("GET /admin", accounts.Require(vigil.RoleAdmin, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
	srv := httptest.NewServer(e.svc.Middleware(mux))
	defer srv.Close()
	c := client(t)

	get := func(path string, header ...string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := c.Do(req)
		must(t, err)
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	if code, body := get("/whoami"); code != 200 || body != "///" {
		t.Errorf("anonymous whoami = %d %q", code, body)
	}
	if code, _ := get("/admin"); code != http.StatusUnauthorized {
		t.Errorf("anonymous /admin = %d", code)
	}

	// Session fixation: a session id planted in the browser before login
	// is ended, and the login sets a different one.
	planted, _, err := e.svc.Login(ctx, "amina", "correct horse battery", "192.0.2.50")
	must(t, err)
	u, _ := url.Parse(srv.URL)
	c.Jar.SetCookies(u, []*http.Cookie{{Name: accounts.CookieName, Value: planted}})

	resp, err := c.PostForm(srv.URL+"/login", url.Values{"user": {"amina"}, "password": {"correct horse battery"}, "next": {"//evil.example/"}})
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("login = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	var session *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == accounts.CookieName {
			session = ck
		}
	}
	if session == nil || session.Value == planted || !session.HttpOnly || session.SameSite != http.SameSiteStrictMode || session.Secure {
		t.Fatalf("session cookie = %+v", session)
	}
	if _, err := e.svc.FromSession(ctx, planted); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("planted session survived login: %v", err)
	}
	if code, body := get("/whoami"); code != 200 || body != "ctd/amina/ngo/analyst" {
		t.Errorf("logged-in whoami = %d %q", code, body)
	}
	if code, _ := get("/admin"); code != http.StatusForbidden {
		t.Errorf("analyst /admin = %d, want 403", code)
	}

	// Bearer tokens; a bad one is refused rather than treated as anonymous.
	token, _, err := e.svc.CreateToken(ctx, "admin", "bilal", vigil.ScopeAdmin, time.Hour)
	must(t, err)
	if code, body := get("/whoami", "Authorization", "Bearer "+token); code != 200 || body != "far/bilal//admin" {
		t.Errorf("token whoami = %d %q", code, body)
	}
	if code, _ := get("/whoami", "Authorization", "Bearer vigil_forged"); code != http.StatusUnauthorized {
		t.Errorf("forged token = %d, want 401", code)
	}

	// Cross-site login posts are refused.
	req, _ := http.NewRequest("POST", srv.URL+"/login", strings.NewReader("user=amina&password=correct+horse+battery"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	resp, err = c.Do(req)
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site login = %d, want 403", resp.StatusCode)
	}

	// Throttling over HTTP answers 429 with Retry-After.
	for i := 0; i < 5; i++ {
		resp, err := c.PostForm(srv.URL+"/login", url.Values{"user": {"bilal"}, "password": {"not the password"}})
		must(t, err)
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password = %d, want 401", resp.StatusCode)
		}
	}
	resp, err = c.PostForm(srv.URL+"/login", url.Values{"user": {"bilal"}, "password": {"staple paper clip 42"}})
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("sixth login = %d (Retry-After %q), want 429", resp.StatusCode, resp.Header.Get("Retry-After"))
	}

	// Logout ends the session server-side, not only in the browser.
	resp, err = c.Post(srv.URL+"/logout", "", nil)
	must(t, err)
	resp.Body.Close()
	if _, err := e.svc.FromSession(ctx, session.Value); !errors.Is(err, accounts.ErrNoSession) {
		t.Errorf("session valid after logout: %v", err)
	}
	if code, body := get("/whoami"); code != 200 || body != "///" {
		t.Errorf("whoami after logout = %d %q", code, body)
	}
}

func testTAXII(t *testing.T, e *env) {
	ctx := context.Background()
	e.seed(t)
	token, _, err := e.svc.CreateToken(ctx, "admin", "amina", vigil.ScopeRead, time.Hour)
	must(t, err)
	cases := []struct {
		name      string
		set       func(r *http.Request)
		anonymous bool
		wantOrg   string
		wantErr   bool
	}{
		{"bearer", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }, false, "ctd", false},
		{"basic", func(r *http.Request) { r.SetBasicAuth("amina", token) }, false, "ctd", false},
		{"wrong token", func(r *http.Request) { r.Header.Set("Authorization", "Bearer vigil_nope") }, true, "", true},
		{"none, anonymous allowed", func(r *http.Request) {}, true, "", false},
		{"none, anonymous refused", func(r *http.Request) {}, false, "", true},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", "/taxii2/", nil)
		c.set(r)
		v, err := accounts.TAXII{Service: e.svc, AllowAnonymous: c.anonymous}.Authenticate(r)
		if (err != nil) != c.wantErr || v.Org != c.wantOrg {
			t.Errorf("%s: viewer %+v, err %v", c.name, v, err)
		}
	}
}
