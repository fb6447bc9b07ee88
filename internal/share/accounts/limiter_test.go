package accounts

import (
	"bytes"
	"testing"
	"time"
)

// The default rule's waits: none below five failures, the window at five,
// doubling beyond, capped at a day.
func TestLimiterWait(t *testing.T) {
	l := NewLimiter()
	for _, tc := range []struct {
		failures int
		want     time.Duration
	}{
		{0, 0},
		{4, 0},
		{5, 15 * time.Minute},
		{6, 30 * time.Minute},
		{7, time.Hour},
		{12, 24 * time.Hour},
		{200, 24 * time.Hour},
	} {
		if got := l.Wait(tc.failures); got != tc.want {
			t.Errorf("Wait(%d) = %s, want %s", tc.failures, got, tc.want)
		}
	}
}

// Retry counts from the last failure, and failures a window (or the longer
// wait) old are forgotten.
func TestLimiterRetry(t *testing.T) {
	l := NewLimiter()
	last := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		failures  int
		after     time.Duration
		want      time.Duration
		forgotten bool
	}{
		{4, 0, 0, false},
		{4, 15 * time.Minute, 0, true},
		{5, 0, 15 * time.Minute, false},
		{5, 14 * time.Minute, time.Minute, false},
		{5, 15 * time.Minute, 0, true},
		{6, 29 * time.Minute, time.Minute, false},
		{6, 30 * time.Minute, 0, true},
		{200, 23 * time.Hour, time.Hour, false},
		{200, 24 * time.Hour, 0, true},
	} {
		now := last.Add(tc.after)
		if got := l.Retry(tc.failures, last, now); got != tc.want {
			t.Errorf("Retry(%d failures, %s later) = %s, want %s", tc.failures, tc.after, got, tc.want)
		}
		if got := l.Forgotten(tc.failures, last, now); got != tc.forgotten {
			t.Errorf("Forgotten(%d failures, %s later) = %v, want %v", tc.failures, tc.after, got, tc.forgotten)
		}
	}
}

// Login keys are digests: the same IPv4 address or IPv6 /64 gives the same
// key, another gives another, a user named like an address is not that
// address, and the digest does not hold what was typed.
func TestLoginKeys(t *testing.T) {
	same := [][2]string{
		{"192.0.2.7", "::ffff:192.0.2.7"},
		{"2001:db8:1:2::1", "2001:db8:1:2:ffff::9"},
		{"fe80::1%eth0", "fe80::2"},
	}
	for _, p := range same {
		_, a := loginKeys("amina", p[0])
		_, b := loginKeys("amina", p[1])
		if !bytes.Equal(a.Digest, b.Digest) || a.Kind != "address" {
			t.Errorf("%s and %s are counted apart, want one key", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"192.0.2.7", "192.0.2.8"}, {"2001:db8:1:2::1", "2001:db8:1:3::1"}} {
		_, a := loginKeys("amina", p[0])
		_, b := loginKeys("amina", p[1])
		if bytes.Equal(a.Digest, b.Digest) {
			t.Errorf("%s and %s are counted together, want two keys", p[0], p[1])
		}
	}
	user, addr := loginKeys("192.0.2.7", "192.0.2.7")
	if user.Kind != "user" || bytes.Equal(user.Digest, addr.Digest) {
		t.Errorf("a user named 192.0.2.7 shares the address's key")
	}
	if len(user.Digest) != 32 || bytes.Contains(user.Digest, []byte("192.0.2.7")) {
		t.Errorf("user key %x is not a SHA-256 digest", user.Digest)
	}
}
