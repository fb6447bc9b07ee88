package accountstest

import (
	"context"
	"crypto/sha256"
	"sync"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// key is a login key for the store tests: the store takes any digest.
func key(kind, name string) vigil.LoginKey {
	sum := sha256.Sum256([]byte(name))
	return vigil.LoginKey{Kind: kind, Digest: sum[:]}
}

// testLoginThrottleStore drives the store's failed-login counts with a
// fixed clock: refusals, the doubling wait, forgetting, settling, and bad
// input.
func testLoginThrottleStore(t *testing.T, e *env) {
	ctx := context.Background()
	limit := *accounts.NewLimiter()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	user, addr, other := key("user", "amina"), key("address", "198.51.100.7"), key("user", "bilal")
	take := func(at time.Duration, keys ...vigil.LoginKey) time.Duration {
		t.Helper()
		retry, err := e.store.TakeLoginAttempt(ctx, t0.Add(at), limit, keys...)
		if err != nil {
			t.Fatalf("take at +%s: %v", at, err)
		}
		return retry
	}
	// Five attempts are allowed and counted; the sixth is refused with the
	// window to wait, and refusals are not counted.
	for i := 0; i < 5; i++ {
		if retry := take(0, user); retry != 0 {
			t.Fatalf("attempt %d refused for %s", i+1, retry)
		}
	}
	steps := []struct {
		at   time.Duration
		keys []vigil.LoginKey
		want time.Duration
	}{
		{0, []vigil.LoginKey{user}, 15 * time.Minute},
		{10 * time.Minute, []vigil.LoginKey{user}, 5 * time.Minute},
		{10 * time.Minute, []vigil.LoginKey{other}, 0},                     // another key is not held up
		{10 * time.Minute, []vigil.LoginKey{other, user}, 5 * time.Minute}, // any refused key refuses
		// A window after the last failure they are forgotten, and counting
		// starts again: this is the first.
		{15 * time.Minute, []vigil.LoginKey{user}, 0},
		{15 * time.Minute, []vigil.LoginKey{user, user}, 0}, // a key given twice counts once
		{15 * time.Minute, []vigil.LoginKey{user}, 0},
		{15 * time.Minute, []vigil.LoginKey{user}, 0},
		{15 * time.Minute, []vigil.LoginKey{user}, 0},
		{16 * time.Minute, []vigil.LoginKey{user}, 14 * time.Minute},
	}
	for i, s := range steps {
		if got := take(s.at, s.keys...); got != s.want {
			t.Errorf("step %d at +%s: retry %s, want %s", i, s.at, got, s.want)
		}
	}

	// Settling clears the user's failures and takes back the address's
	// failure counted in advance, leaving its earlier ones.
	t1 := t0.Add(10 * time.Hour)
	for i := 0; i < 4; i++ {
		if retry := take(10*time.Hour, user, addr); retry != 0 {
			t.Fatalf("attempt %d at t1 refused for %s", i+1, retry)
		}
	}
	if err := e.store.SettleLoginAttempt(ctx, []vigil.LoginKey{user}, []vigil.LoginKey{addr}); err != nil {
		t.Fatal(err)
	}
	// The address has 3 failures now: two more attempts pass, the third is
	// refused. The user, cleared, starts again at none.
	for i, want := range []time.Duration{0, 0, 15 * time.Minute} {
		if got := take(10*time.Hour, addr); got != want {
			t.Errorf("address attempt %d after settling: retry %s, want %s", i+1, got, want)
		}
	}
	for i := 0; i < 5; i++ {
		if got := take(10*time.Hour, user); got != 0 {
			t.Errorf("user attempt %d after settling: refused for %s", i+1, got)
		}
	}
	if got := take(10*time.Hour, user); got != 15*time.Minute {
		t.Errorf("user's sixth attempt after settling: retry %s, want the window", got)
	}
	// Settling unknown keys, or a refund below zero, is harmless.
	if err := e.store.SettleLoginAttempt(ctx, []vigil.LoginKey{key("user", "nobody")}, []vigil.LoginKey{key("address", "192.0.2.99"), key("address", "192.0.2.99")}); err != nil {
		t.Errorf("settling unknown keys: %v", err)
	}
	if got := take(10*time.Hour, key("address", "192.0.2.99")); got != 0 {
		t.Errorf("a refunded unknown key is refused for %s", got)
	}

	// Bad input is refused, naming what is wrong, and counts nothing.
	for _, tc := range []struct {
		name  string
		limit accounts.Limiter
		keys  []vigil.LoginKey
	}{
		{"no failures allowed", accounts.Limiter{Window: time.Minute}, []vigil.LoginKey{other}},
		{"no window", accounts.Limiter{MaxFailures: 5}, []vigil.LoginKey{other}},
		{"unknown kind", limit, []vigil.LoginKey{other, {Kind: "org", Digest: other.Digest}}},
		{"no digest", limit, []vigil.LoginKey{other, {Kind: "user"}}},
	} {
		_, err := e.store.TakeLoginAttempt(ctx, t1, tc.limit, tc.keys...)
		wantCode(t, tc.name, err, vigil.EINVALID)
	}
	if err := e.store.SettleLoginAttempt(ctx, nil, []vigil.LoginKey{{Kind: "user"}}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("settling a key without a digest: %v, want EINVALID", err)
	}
	for i := 0; i < 5; i++ {
		if got := take(10*time.Hour, other); got != 0 {
			t.Fatalf("bilal's attempt %d refused for %s: bad input was counted", i+1, got)
		}
	}
}

// testLoginThrottleAtOnce sends many attempts on one key at the same time:
// the check and the count share a transaction, so exactly the allowed
// number pass, however the attempts interleave.
func testLoginThrottleAtOnce(t *testing.T, e *env) {
	ctx := context.Background()
	limit := *accounts.NewLimiter()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	const attempts = 24
	var (
		mu   sync.Mutex
		errs []error
	)
	// burst runs attempts at once, each under the key of(i) and an address
	// of its own, as a guesser spreading over many would, and returns how
	// many were allowed.
	burst := func(of func(i int) vigil.LoginKey) int {
		var wg sync.WaitGroup
		start := make(chan struct{})
		n := 0
		for i := 0; i < attempts; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				retry, err := e.store.TakeLoginAttempt(ctx, now, limit, of(i), key("address", string(rune('a'+i))))
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
				} else if retry == 0 {
					n++
				}
			}()
		}
		close(start)
		wg.Wait()
		return n
	}
	// A first burst, on a user key each, opens the store's connections, so
	// that the second is not spread out by connecting.
	burst(func(i int) vigil.LoginKey { return key("user", string(rune('A'+i))) })
	allowed := burst(func(int) vigil.LoginKey { return key("user", "amina") })
	for _, err := range errs {
		t.Errorf("attempt failed: %v", err)
	}
	if allowed != limit.MaxFailures {
		t.Errorf("%d of %d attempts at once were allowed, want %d", allowed, attempts, limit.MaxFailures)
	}
}
