package accounts

import (
	"sync"
	"time"
)

// Limiter throttles login attempts. It counts failures per key (a user name,
// an IP address) in memory: a restart forgets them, and several vigil
// processes each keep their own count. After MaxFailures failures within
// Window, a key is refused until Window has passed since its last failure,
// and every further failure doubles that wait (up to a day).
type Limiter struct {
	MaxFailures int
	Window      time.Duration

	mu   sync.Mutex
	keys map[string]*failures
}

type failures struct {
	count int
	last  time.Time
}

// NewLimiter returns a Limiter allowing 5 failures per 15 minutes.
func NewLimiter() *Limiter {
	return &Limiter{MaxFailures: 5, Window: 15 * time.Minute, keys: map[string]*failures{}}
}

// wait is how long key must wait after its last failure: zero below the
// limit, Window at it, doubling for each failure beyond.
func (l *Limiter) wait(f *failures) time.Duration {
	if f.count < l.MaxFailures {
		return 0
	}
	d := l.Window
	for i := l.MaxFailures; i < f.count && d < 24*time.Hour; i++ {
		d *= 2
	}
	return min(d, 24*time.Hour)
}

// Allow reports whether every key may try now, and if not, how long until
// the last of them may.
func (l *Limiter) Allow(now time.Time, keys ...string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var retry time.Duration
	for _, k := range keys {
		f := l.current(k, now)
		if f == nil {
			continue
		}
		if until := f.last.Add(l.wait(f)); until.After(now) {
			retry = max(retry, until.Sub(now))
		}
	}
	return retry == 0, retry
}

// Fail records a failed attempt against every key.
func (l *Limiter) Fail(now time.Time, keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.keys) > 100_000 {
		l.prune(now)
	}
	for _, k := range keys {
		f := l.current(k, now)
		if f == nil {
			f = &failures{}
			l.keys[k] = f
		}
		f.count++
		f.last = now
	}
}

// Reset forgets key's failures, after a successful login.
func (l *Limiter) Reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.keys, key)
}

// current returns key's failures unless they are forgotten: a Window (or
// the longer wait) after the last one.
func (l *Limiter) current(key string, now time.Time) *failures {
	f := l.keys[key]
	if f != nil && now.Sub(f.last) >= max(l.Window, l.wait(f)) {
		delete(l.keys, key)
		return nil
	}
	return f
}

// prune drops forgotten keys so that many addresses cannot grow the map
// without bound.
func (l *Limiter) prune(now time.Time) {
	for k := range l.keys {
		l.current(k, now)
	}
}
