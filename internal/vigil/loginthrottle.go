package vigil

import (
	"context"
	"time"
)

// LoginLimit is the rule that throttles logins: after MaxFailures failed
// logins under one key (a user name, a client address) within Window, the
// key is refused until Window has passed since its last failure, and every
// further failure doubles that wait, up to MaxLoginWait.
type LoginLimit struct {
	MaxFailures int
	Window      time.Duration
}

// MaxLoginWait caps how long a key can be refused.
const MaxLoginWait = 24 * time.Hour

// Wait is how long a key with failures failed logins must wait after the
// last of them: zero below the limit, Window at it, doubling for each
// failure beyond.
func (l LoginLimit) Wait(failures int) time.Duration {
	if failures < l.MaxFailures {
		return 0
	}
	d := l.Window
	for i := l.MaxFailures; i < failures && d < MaxLoginWait; i++ {
		d *= 2
	}
	return min(d, MaxLoginWait)
}

// Forgotten reports whether failures whose last one was at last no longer
// count at now: a Window, or the longer wait, after it.
func (l LoginLimit) Forgotten(failures int, last, now time.Time) bool {
	return now.Sub(last) >= max(l.Window, l.Wait(failures))
}

// Retry is how long a key with failures, the last at last, must still wait
// at now; zero when it may try.
func (l LoginLimit) Retry(failures int, last, now time.Time) time.Duration {
	if l.Forgotten(failures, last, now) {
		return 0
	}
	if until := last.Add(l.Wait(failures)); until.After(now) {
		return until.Sub(now)
	}
	return 0
}

// KeepFor is how long after its last failure a key's count can still
// matter; a store may drop older counts.
func (l LoginLimit) KeepFor() time.Duration { return max(l.Window, MaxLoginWait) }

// LoginKey is one thing failed logins are counted against. Kind says what
// it is ("user" or "address"); Digest is a SHA-256 of the key, so that the
// store keeps no typed user name or client address in plain text (a digest
// hides neither from someone who tries every address or common name).
type LoginKey struct {
	Kind   string
	Digest []byte
}

// LoginThrottle keeps the failed-login counts in the store, so that every
// server on one database counts the same failures and a restart keeps
// them. The rule (LoginLimit) and the keys come from package accounts.
type LoginThrottle interface {
	// TakeLoginAttempt decides, in one transaction, whether a login may be
	// tried at now under every key. If any key is refused it records
	// nothing and returns how long until the last of them may try. If not,
	// it counts a failure against every key before the password is checked,
	// so that guesses made at once, on any server, cannot all slip under
	// the limit, and returns 0.
	TakeLoginAttempt(ctx context.Context, now time.Time, limit LoginLimit, keys ...LoginKey) (time.Duration, error)
	// SettleLoginAttempt follows a login that succeeded: it forgets every
	// failure of clear and takes back the failure counted in advance
	// against each of refund.
	SettleLoginAttempt(ctx context.Context, clear, refund []LoginKey) error
}
