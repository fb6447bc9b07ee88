package accounts_test

import (
	"bytes"
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/securitytest"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// countingStore is a real SQLite store that counts user look-ups: a login
// looks its user up only to check the password, so a throttled login must
// not look anyone up.
type countingStore struct {
	*sqlite.Store
	lookups atomic.Int64
	// tokenHash, when set, replaces the hash of every token the store
	// finds, as a store that found the wrong row would.
	tokenHash []byte
}

func (s *countingStore) User(ctx context.Context, name string) (*vigil.User, error) {
	s.lookups.Add(1)
	return s.Store.User(ctx, name)
}

func (s *countingStore) TokenByHash(ctx context.Context, hash []byte) (*vigil.APIToken, error) {
	t, err := s.Store.TokenByHash(ctx, hash)
	if err == nil && s.tokenHash != nil {
		t.Hash = s.tokenHash
	}
	return t, err
}

// secEnv is a service on a real store with a fixed clock and a captured log.
type secEnv struct {
	store *countingStore
	svc   *accounts.Service
	log   *bytes.Buffer
}

// Passwords of the seeded users.
const (
	aminaPassword = "correct horse battery"
	bilalPassword = "staple paper clip 42"
)

func newSecEnv(t *testing.T) *secEnv {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &secEnv{store: &countingStore{Store: db}, log: &bytes.Buffer{}}
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	logger := slog.New(slog.NewTextHandler(e.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.svc = accounts.New(e.store, accounts.WithLogger(logger), accounts.WithClock(func() time.Time { return clock }))
	e.svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	e.svc.SecureCookies = false
	for _, err := range []error{
		e.svc.AddOrg(ctx, "admin", "ctd"),
		e.svc.AddUser(ctx, "admin", "amina", "ctd", vigil.RoleAnalyst, aminaPassword),
		e.svc.AddUser(ctx, "admin", "bilal", "ctd", vigil.RoleViewer, bilalPassword),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// loginAttempt is one POST /login from an address.
type loginAttempt struct{ user, password, ip string }

// post sends the attempt to the login handler, as the server would with
// the connection's remote address, and returns the response.
func (e *secEnv) post(a loginAttempt) *httptest.ResponseRecorder {
	form := url.Values{"user": {a.user}, "password": {a.password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = remoteAddr(a.ip)
	rec := httptest.NewRecorder()
	e.svc.LoginHandler().ServeHTTP(rec, req)
	return rec
}

// remoteAddr renders ip as a connection's remote address, with a port.
func remoteAddr(ip string) string {
	if strings.Contains(ip, ":") {
		return "[" + ip + "]:40000"
	}
	return ip + ":40000"
}

// Failed logins are counted per user and per address: once either has had
// its five failures, the next login is refused with 429 and Retry-After,
// even with the right password, and without looking the user up, so a
// throttled guess costs no hashing and tells nothing.
func TestLoginThrottledBeforePasswordCheck(t *testing.T) {
	bad := func(user, ip string) loginAttempt { return loginAttempt{user, "not the password", ip} }
	tests := []struct {
		name   string
		before []loginAttempt
		then   loginAttempt
		status int
	}{
		{"four failures are allowed",
			[]loginAttempt{bad("amina", "198.51.100.1"), bad("amina", "198.51.100.1"), bad("amina", "198.51.100.1"), bad("amina", "198.51.100.1")},
			loginAttempt{"amina", aminaPassword, "198.51.100.1"}, http.StatusSeeOther},
		{"one user from many addresses",
			[]loginAttempt{bad("amina", "198.51.100.1"), bad("amina", "198.51.100.2"), bad("amina", "198.51.100.3"), bad("amina", "198.51.100.4"), bad("amina", "198.51.100.5")},
			loginAttempt{"amina", aminaPassword, "203.0.113.9"}, http.StatusTooManyRequests},
		{"one address guessing many users",
			[]loginAttempt{bad("amina", "198.51.100.7"), bad("bilal", "198.51.100.7"), bad("root", "198.51.100.7"), bad("admin", "198.51.100.7"), bad("test", "198.51.100.7")},
			loginAttempt{"bilal", bilalPassword, "198.51.100.7"}, http.StatusTooManyRequests},
		{"one IPv6 network from many addresses",
			[]loginAttempt{bad("a", "2001:db8:1:2::1"), bad("b", "2001:db8:1:2::2"), bad("c", "2001:db8:1:2::3"), bad("d", "2001:db8:1:2::4"), bad("e", "2001:db8:1:2::5")},
			loginAttempt{"bilal", bilalPassword, "2001:db8:1:2:ffff::9"}, http.StatusTooManyRequests},
		{"IPv4 mapped into IPv6 is the same address",
			[]loginAttempt{bad("a", "198.51.100.8"), bad("b", "198.51.100.8"), bad("c", "::ffff:198.51.100.8"), bad("d", "::ffff:198.51.100.8"), bad("e", "198.51.100.8")},
			loginAttempt{"bilal", bilalPassword, "::ffff:198.51.100.8"}, http.StatusTooManyRequests},
		{"another IPv6 network is not held up",
			[]loginAttempt{bad("a", "2001:db8:1:2::1"), bad("b", "2001:db8:1:2::2"), bad("c", "2001:db8:1:2::3"), bad("d", "2001:db8:1:2::4"), bad("e", "2001:db8:1:2::5")},
			loginAttempt{"bilal", bilalPassword, "2001:db8:1:3::1"}, http.StatusSeeOther},
		{"a good login does not clear the address",
			[]loginAttempt{bad("x", "198.51.100.9"), bad("y", "198.51.100.9"), bad("z", "198.51.100.9"), bad("w", "198.51.100.9"),
				{"amina", aminaPassword, "198.51.100.9"}, bad("v", "198.51.100.9")},
			loginAttempt{"bilal", bilalPassword, "198.51.100.9"}, http.StatusTooManyRequests},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newSecEnv(t)
			for i, a := range tt.before {
				want := http.StatusUnauthorized
				if a.password != "not the password" {
					want = http.StatusSeeOther
				}
				if rec := e.post(a); rec.Code != want {
					t.Fatalf("attempt %d (%s from %s): %d, want %d", i+1, a.user, a.ip, rec.Code, want)
				}
			}
			lookups := e.store.lookups.Load()
			rec := e.post(tt.then)
			if rec.Code != tt.status {
				t.Fatalf("login of %s from %s: %d %q, want %d", tt.then.user, tt.then.ip, rec.Code, rec.Body.String(), tt.status)
			}
			looked := e.store.lookups.Load() - lookups
			switch tt.status {
			case http.StatusTooManyRequests:
				if looked != 0 {
					t.Errorf("a throttled login looked the user up %d times: the password was checked", looked)
				}
				if rec.Header().Get("Retry-After") != "900" {
					t.Errorf("Retry-After %q, want the 15-minute window, 900", rec.Header().Get("Retry-After"))
				}
				if len(rec.Result().Cookies()) != 0 {
					t.Errorf("a throttled login set cookies %v", rec.Result().Cookies())
				}
			default:
				if looked == 0 {
					t.Error("an allowed login did not look the user up")
				}
			}
		})
	}
}

// Hostile text in every field of the login form, and in a bearer token,
// gets a refusal (400, 401 or 403), never a 500; a login never redirects
// off the site, and nothing is added to the accounts tables.
func TestLoginFormPayloads(t *testing.T) {
	e := newSecEnv(t)
	ctx := context.Background()
	// Every payload fails a login as amina: this test is of the form, so
	// the limiter must not step in.
	lenient := accounts.NewLimiter()
	lenient.MaxFailures = 1 << 20
	accounts.WithLimiter(lenient)(e.svc)
	for i, p := range securitytest.Payloads() {
		ip := "192.0.2." + itoa(i+1)
		for _, field := range []string{"user", "password", "next"} {
			form := url.Values{"user": {"amina"}, "password": {"wrong, but this is not the test"}, "next": {"/incidents"}}
			form.Set(field, p.Value)
			req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.RemoteAddr = remoteAddr(ip)
			rec := httptest.NewRecorder()
			e.svc.LoginHandler().ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusBadRequest, http.StatusUnauthorized:
			default:
				t.Errorf("%s in %s: status %d %q", p.Name, field, rec.Code, rec.Body.String())
			}
			if strings.Contains(rec.Body.String(), "<script") {
				t.Errorf("%s in %s: the answer echoes markup: %q", p.Name, field, rec.Body.String())
			}
		}
		// The next field of a good login: wherever it points, the redirect
		// stays on this site and carries no header of the payload's.
		form := url.Values{"user": {"bilal"}, "password": {bilalPassword}, "next": {p.Value}}
		req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.RemoteAddr = remoteAddr(ip)
		rec := httptest.NewRecorder()
		e.svc.LoginHandler().ServeHTTP(rec, req)
		loc := rec.Header().Get("Location")
		if rec.Code == http.StatusBadRequest && len(p.Value) > 8<<10 {
			continue // the form is over the size a login form may have
		}
		if rec.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") ||
			strings.ContainsAny(loc, "\r\n") || strings.Contains(strings.ToLower(loc), "javascript:") {
			t.Errorf("next=%s: %d to %q", p.Name, rec.Code, loc)
		}
		if len(rec.Header().Values("Set-Cookie")) != 1 {
			t.Errorf("next=%s: cookies %q, want only the session's", p.Name, rec.Header().Values("Set-Cookie"))
		}

		// As a bearer token (header values cannot carry NUL or newlines).
		if strings.ContainsAny(p.Value, "\x00\r\n") {
			continue
		}
		for _, header := range []string{"Bearer " + p.Value, "Bearer vigil_" + p.Value, "Basic " + p.Value} {
			req := httptest.NewRequest("GET", "/api/v1/incidents", nil)
			req.Header.Set("Authorization", header)
			rec := httptest.NewRecorder()
			e.svc.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				t.Errorf("%s: a hostile token got through", p.Name)
			})).ServeHTTP(rec, req)
			if rec.Code != http.StatusUnauthorized {
				t.Errorf("token %s: status %d, want 401", p.Name, rec.Code)
			}
		}
	}
	users, err := e.store.Users(ctx)
	if err != nil || len(users) != 2 {
		t.Errorf("users after the payloads: %d, %v; want the 2 seeded", len(users), err)
	}
	tokens, err := e.store.Tokens(ctx)
	if err != nil || len(tokens) != 0 {
		t.Errorf("tokens after the payloads: %d, %v; want none", len(tokens), err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// A bad bearer token is refused with the API's JSON error body, 401 and a
// WWW-Authenticate challenge; so are Require's refusals.
func TestRefusalsAreJSON(t *testing.T) {
	e := newSecEnv(t)
	ctx := context.Background()
	viewerToken, _, err := e.svc.CreateToken(ctx, "admin", "bilal", vigil.ScopeRead, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	expired, tok, err := e.svc.CreateToken(ctx, "admin", "amina", vigil.ScopeRead, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.RevokeToken(ctx, "admin", tok.ID); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /admin", accounts.Require(vigil.RoleAdmin, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})))
	srv := httptest.NewServer(e.svc.Middleware(mux))
	defer srv.Close()
	tests := []struct {
		name, auth string
		status     int
		code       string
	}{
		{"forged token", "Bearer vigil_forged", http.StatusUnauthorized, "unauthorized"},
		{"not a vigil token", "Bearer abc", http.StatusUnauthorized, "unauthorized"},
		{"empty bearer", "Bearer ", http.StatusUnauthorized, "unauthorized"},
		{"revoked token", "Bearer " + expired, http.StatusUnauthorized, "unauthorized"},
		{"unknown scheme", "Digest x", http.StatusUnauthorized, "unauthorized"},
		{"anonymous", "", http.StatusUnauthorized, "unauthorized"},
		{"role too low", "Bearer " + viewerToken, http.StatusForbidden, "forbidden"},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+"/admin", nil)
		if tt.auth != "" {
			req.Header.Set("Authorization", tt.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		derr := json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || derr != nil || body.Error.Code != tt.code || body.Error.Message == "" {
			t.Errorf("%s: %d %+v (%v), want %d with a JSON error %q", tt.name, resp.StatusCode, body, derr, tt.status, tt.code)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: content type %q", tt.name, ct)
		}
		if tt.status == http.StatusUnauthorized && !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), "Bearer ") {
			t.Errorf("%s: WWW-Authenticate %q", tt.name, resp.Header.Get("WWW-Authenticate"))
		}
	}
}

// A token is found by the SHA-256 of what the caller sent, and the digest
// the store returns is compared again in constant time: a store that found
// the wrong row (a bug, or a collision in an index on a digest prefix) must
// not let the caller in.
func TestTokenDigestComparedAfterLookup(t *testing.T) {
	e := newSecEnv(t)
	ctx := context.Background()
	token, _, err := e.svc.CreateToken(ctx, "admin", "amina", vigil.ScopeRead, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.FromToken(ctx, token); err != nil {
		t.Fatalf("the token does not work before the test: %v", err)
	}
	e.store.tokenHash = bytes.Repeat([]byte{7}, 32)
	if _, err := e.svc.FromToken(ctx, token); err == nil {
		t.Fatal("a token whose stored digest differs from the caller's was accepted")
	}
}

// secretName matches identifiers that hold a secret or its digest.
var secretName = regexp.MustCompile(`(?i)(token|secret|password|passwd|digest|hash|sessionid|cookie)`)

// Secrets are compared only by looking up their digest or with
// crypto/subtle: no == or != in vigil's authentication code has an operand
// named like a token, password, digest or hash, other than a test for
// emptiness, and bytes.Equal never sees one. A new comparison of a raw
// token fails here.
func TestSecretsComparedInConstantTime(t *testing.T) {
	dirs := []string{".", "../taxii", "../../web", "../../api"}
	checked := 0
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					if n.Op != token.EQL && n.Op != token.NEQ {
						return true
					}
					if isEmptiness(n.X) || isEmptiness(n.Y) {
						return true
					}
					for _, side := range []ast.Expr{n.X, n.Y} {
						if name := exprName(side); isSecret(name) {
							t.Errorf("%s: %s compares %s with %s", fset.Position(n.Pos()), path, name, n.Op)
						}
					}
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok && exprName(sel.X) == "bytes" && sel.Sel.Name == "Equal" {
						for _, a := range n.Args {
							if name := exprName(a); isSecret(name) {
								t.Errorf("%s: bytes.Equal on %s; use subtle.ConstantTimeCompare", fset.Position(n.Pos()), name)
							}
						}
					}
				}
				return true
			})
		}
	}
	if checked < 10 {
		t.Fatalf("checked only %d files: the package paths moved", checked)
	}
}

// isSecret reports whether an expression's name says it holds a secret: a
// record's id (TokenID) is not one.
func isSecret(name string) bool {
	last := name[strings.LastIndex(name, ".")+1:]
	return secretName.MatchString(last) && !strings.HasSuffix(last, "ID") && !strings.HasSuffix(last, "Id")
}

// isEmptiness reports whether e is "", nil or a len() call, against which
// comparing says nothing of a secret's value.
func isEmptiness(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Value == `""`
	case *ast.Ident:
		return e.Name == "nil"
	case *ast.CallExpr:
		id, ok := e.Fun.(*ast.Ident)
		return ok && id.Name == "len"
	}
	return false
}

// exprName is the name an expression reads: x, x.Field, x[i], string(x),
// the last selector of a call's result.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprName(e.X) + "." + e.Sel.Name
	case *ast.IndexExpr:
		return exprName(e.X)
	case *ast.SliceExpr:
		return exprName(e.X)
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			return exprName(e.Args[0])
		}
		return exprName(e.Fun)
	case *ast.ParenExpr:
		return exprName(e.X)
	case *ast.StarExpr:
		return exprName(e.X)
	}
	return ""
}

// Logins (good, bad, throttled), logouts, token creation and token use over
// HTTP and TAXII write their log lines and audit entries without the
// password, the session id or the token: only user names and token ids.
func TestSecretsNeverLoggedOverHTTP(t *testing.T) {
	e := newSecEnv(t)
	ctx := context.Background()
	// Anything that logs through the default logger is captured too.
	var defaultLog bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&defaultLog, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(old) })

	secrets := []string{aminaPassword, bilalPassword, "wrong guess 1", "wrong guess 2"}
	for i := range 6 { // the sixth is throttled
		e.post(loginAttempt{"bilal", "wrong guess " + itoa(i%2+1), "198.51.100.20"})
	}
	rec := e.post(loginAttempt{"amina", aminaPassword, "198.51.100.21"})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("good login: %d", rec.Code)
	}
	var session string
	for _, c := range rec.Result().Cookies() {
		if c.Name == accounts.CookieName {
			session = c.Value
		}
	}
	if session == "" {
		t.Fatal("no session cookie")
	}
	secrets = append(secrets, session)

	token, tok, err := e.svc.CreateToken(ctx, "admin", "amina", vigil.ScopeRead, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	secrets = append(secrets, token, strings.TrimPrefix(token, "vigil_"))
	whoami := e.svc.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(accounts.ViewerFrom(r.Context()).User))
	}))
	for _, h := range []string{"Bearer " + token, "Bearer " + token + "x", "Bearer vigil_forged-" + session} {
		req := httptest.NewRequest("GET", "/api/v1/incidents", nil)
		req.Header.Set("Authorization", h)
		whoami.ServeHTTP(httptest.NewRecorder(), req)
	}
	taxiiReq := httptest.NewRequest("GET", "/taxii2/", nil)
	taxiiReq.SetBasicAuth("amina", token)
	if v, err := (accounts.TAXII{Service: e.svc}).Authenticate(taxiiReq); err != nil || v.User != "amina" {
		t.Errorf("TAXII with the token: %+v, %v", v, err)
	}
	if err := e.svc.RevokeToken(ctx, "admin", tok.ID); err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	whoami.ServeHTTP(httptest.NewRecorder(), req)

	out := httptest.NewRequest("POST", "/logout", nil)
	out.AddCookie(&http.Cookie{Name: accounts.CookieName, Value: session})
	e.svc.LogoutHandler().ServeHTTP(httptest.NewRecorder(), out)

	var audit strings.Builder
	entries, err := e.store.Audit(vigil.AsOperator(ctx), "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range entries {
		audit.WriteString(a.Actor + " " + a.Action + " " + a.Object + " " + a.Reason + " " + a.Before + " " + a.After + "\n")
	}
	logs := e.log.String() + defaultLog.String()
	for _, want := range []string{"login failed", "login throttled", "accounts: login", "refused token"} {
		if !strings.Contains(logs, want) {
			t.Fatalf("the log lacks %q, so the test saw too little:\n%s", want, logs)
		}
	}
	for _, want := range []string{"token-use", "token-create", "logout", "login-throttled"} {
		if !strings.Contains(audit.String(), want) {
			t.Fatalf("the audit log lacks %q:\n%s", want, audit.String())
		}
	}
	for _, s := range secrets {
		if strings.Contains(logs, s) {
			t.Errorf("the log holds a secret %q:\n%s", s, logs)
		}
		if strings.Contains(audit.String(), s) {
			t.Errorf("the audit log holds a secret %q", s)
		}
	}
}
