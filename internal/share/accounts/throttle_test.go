package accounts_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Failed logins are kept in the database: after the store is closed and
// the file opened again, by a new service as a restarted server would, the
// user and the address are still held up; and the table holds neither the
// typed name nor the address.
func TestLoginFailuresSurviveRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vigil.db")
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	open := func() (*sqlite.Store, *accounts.Service) {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		svc := accounts.New(s, accounts.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
			accounts.WithClock(func() time.Time { return clock }))
		svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
		return s, svc
	}
	s, svc := open()
	for _, err := range []error{
		svc.AddOrg(ctx, "admin", "ctd"),
		svc.AddUser(ctx, "admin", "amina", "ctd", vigil.RoleAnalyst, aminaPassword),
		svc.AddUser(ctx, "admin", "bilal", "ctd", vigil.RoleViewer, bilalPassword),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 5; i++ {
		if _, _, err := svc.Login(ctx, "amina", "not the password", "198.51.100.20"); !errors.Is(err, accounts.ErrBadCredentials) {
			t.Fatalf("guess %d: %v", i+1, err)
		}
	}
	// What the table holds: two keys, as digests.
	rows, err := s.DB().QueryContext(ctx, `SELECT kind, key_digest, failures FROM login_failures ORDER BY kind`)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for rows.Next() {
		var kind string
		var digest []byte
		var failures int
		if err := rows.Scan(&kind, &digest, &failures); err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, kind)
		if len(digest) != 32 || bytes.Contains(digest, []byte("amina")) || bytes.Contains(digest, []byte("198.51.100")) || failures != 5 {
			t.Errorf("%s key %q has %d failures: want a 32-byte digest with 5", kind, digest, failures)
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(kinds, ",") != "address,user" {
		t.Errorf("keys of kinds %v, want one address and one user", kinds)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, svc = open()
	defer s.Close()
	clock = clock.Add(10 * time.Minute)
	for _, tc := range []struct{ user, password, ip string }{
		{"amina", aminaPassword, "203.0.113.20"},  // the user, from elsewhere
		{"bilal", bilalPassword, "198.51.100.20"}, // the address, for another user
	} {
		_, _, err := svc.Login(ctx, tc.user, tc.password, tc.ip)
		var th *accounts.ThrottledError
		if !errors.As(err, &th) || th.RetryAfter != 5*time.Minute {
			t.Errorf("%s from %s after the restart: %v, want throttled for the 5 minutes left", tc.user, tc.ip, err)
		}
	}
	clock = clock.Add(5 * time.Minute)
	if _, _, err := svc.Login(ctx, "amina", aminaPassword, "203.0.113.20"); err != nil {
		t.Errorf("after the window: %v", err)
	}
}

// When the failed-login counts cannot be read, a login is refused with
// 503 and a plain message, before the password is checked: the throttle
// fails closed, never letting logins through uncounted. The store's error
// goes to the log, not to the client.
func TestLoginRefusedWhenCountsUnreadable(t *testing.T) {
	e := newSecEnv(t)
	if _, err := e.store.DB().Exec(`DROP TABLE login_failures`); err != nil {
		t.Fatal(err)
	}
	lookups := e.store.lookups.Load()
	rec := e.post(loginAttempt{"amina", aminaPassword, "198.51.100.30"})
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("login with unreadable counts: %d %q, want 503", rec.Code, rec.Body.String())
	}
	body := strings.TrimSpace(rec.Body.String())
	if body != accounts.ErrThrottleDown.Error() {
		t.Errorf("body %q, want only %q", body, accounts.ErrThrottleDown.Error())
	}
	if rec.Header().Get("Retry-After") == "" || len(rec.Result().Cookies()) != 0 {
		t.Errorf("Retry-After %q, cookies %v: want a wait and no session", rec.Header().Get("Retry-After"), rec.Result().Cookies())
	}
	if n := e.store.lookups.Load() - lookups; n != 0 {
		t.Errorf("the user was looked up %d times: the password was checked without a throttle", n)
	}
	log := e.log.String()
	if !strings.Contains(log, "login_failures") || strings.Contains(log, aminaPassword) {
		t.Errorf("log should name the store's error and never the password:\n%s", log)
	}
	// Service callers get the error too, marked as ErrThrottleDown.
	if _, _, err := e.svc.Login(context.Background(), "amina", aminaPassword, "198.51.100.30"); !errors.Is(err, accounts.ErrThrottleDown) {
		t.Errorf("Login: %v, want ErrThrottleDown", err)
	}
}
