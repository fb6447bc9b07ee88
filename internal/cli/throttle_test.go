package cli

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Two vigil serve handlers on one PostgreSQL database, each with its own
// connection pool as two server processes would have, count the same
// failed logins: guesses spread over both servers are held up at either
// once five have failed, so adding servers does not add guesses.
func TestLoginThrottleSharedAcrossServers(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	dsn := pgtest.Start(t).NewDatabase(t)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	var servers [2]*httptest.Server
	for i := range servers {
		store, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		if i == 0 {
			svc := accounts.New(store, accounts.WithLogger(logger))
			svc.Params.Memory, svc.Params.Time = 1024, 1 // cheap hashes: the test does not measure them
			for _, err := range []error{
				svc.AddOrg(ctx, "test", "ctd"),
				svc.AddUser(ctx, "test", "amina", "ctd", vigil.RoleViewer, "correct horse battery"),
			} {
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		// Not a loopback address: the handler requires a login, as a
		// server other machines reach does.
		h, requireLogin, err := serveHandler(store, "0.0.0.0:8080", "", "vigil", logger)
		if err != nil || !requireLogin {
			t.Fatalf("serve handler: login required %v, %v", requireLogin, err)
		}
		servers[i] = httptest.NewServer(h)
		t.Cleanup(servers[i].Close)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	login := func(server int, password string) *http.Response {
		t.Helper()
		form := url.Values{"user": {"amina"}, "password": {password}, "next": {"/"}}
		req, err := http.NewRequest("POST", servers[server].URL+"/login", strings.NewReader(form.Encode()))
		if err != nil {
			t.Fatal(err)
		}
		// The desk's CSRF check wants its cookie and the same token sent
		// back, as its login page would have set and sent them.
		const csrf = "a-token-of-at-least-32-characters-for-the-test"
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-CSRF-Token", csrf)
		req.AddCookie(&http.Cookie{Name: "vigil_csrf", Value: csrf})
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	steps := []struct {
		server   int
		password string
		want     int
	}{
		{1, "correct horse battery", http.StatusSeeOther}, // a good login counts nothing
		{0, "wrong guess one", http.StatusUnauthorized},
		{0, "wrong guess two", http.StatusUnauthorized},
		{0, "wrong guess three", http.StatusUnauthorized},
		{1, "wrong guess four", http.StatusUnauthorized},
		{1, "wrong guess five", http.StatusUnauthorized},
		// Each server has seen fewer than five failures, but together they
		// have five: both refuse, even the right password.
		{0, "correct horse battery", http.StatusTooManyRequests},
		{1, "correct horse battery", http.StatusTooManyRequests},
	}
	for i, s := range steps {
		resp := login(s.server, s.password)
		if resp.StatusCode != s.want {
			t.Fatalf("step %d at server %d: %d, want %d", i, s.server, resp.StatusCode, s.want)
		}
		if s.want == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			t.Errorf("step %d: 429 without Retry-After", i)
		}
		if s.want == http.StatusSeeOther && !strings.Contains(resp.Header.Get("Set-Cookie"), accounts.CookieName) {
			t.Errorf("step %d: a good login set no session cookie", i)
		}
	}
}
