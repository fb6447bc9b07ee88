package accounts

import (
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLimiter()
	for i := 0; i < 4; i++ {
		l.Fail(t0, "user:a")
	}
	if ok, _ := l.Allow(t0, "user:a"); !ok {
		t.Fatal("refused after 4 failures")
	}
	l.Fail(t0, "user:a")
	steps := []struct {
		at        time.Duration
		fail      bool // record a failure after checking
		wantOK    bool
		wantRetry time.Duration
	}{
		{0, false, false, 15 * time.Minute},
		{14 * time.Minute, true, false, time.Minute},                 // the sixth failure doubles the wait
		{14*time.Minute + 29*time.Minute, false, false, time.Minute}, // 30 minutes from the sixth
		{14*time.Minute + 30*time.Minute, false, true, 0},
	}
	for i, s := range steps {
		ok, retry := l.Allow(t0.Add(s.at), "user:a")
		if ok != s.wantOK || retry != s.wantRetry {
			t.Errorf("step %d: Allow = %v, %s; want %v, %s", i, ok, retry, s.wantOK, s.wantRetry)
		}
		if s.fail {
			l.Fail(t0.Add(s.at), "user:a")
		}
	}
	// Other keys are unaffected, and a key with any refusal refuses the
	// attempt.
	if ok, _ := l.Allow(t0, "user:b"); !ok {
		t.Error("unrelated key refused")
	}
	l.Fail(t0, "ip:x", "ip:x", "ip:x", "ip:x", "ip:x")
	if ok, _ := l.Allow(t0, "user:b", "ip:x"); ok {
		t.Error("attempt allowed although its address is locked")
	}
	l.Reset("ip:x")
	if ok, _ := l.Allow(t0, "user:b", "ip:x"); !ok {
		t.Error("refused after Reset")
	}
}

func TestLimiterWaitCapped(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLimiter()
	for i := 0; i < 200; i++ {
		l.Fail(t0, "ip:y")
	}
	if _, retry := l.Allow(t0, "ip:y"); retry != 24*time.Hour {
		t.Errorf("wait after 200 failures = %s, want the 24h cap", retry)
	}
	if ok, _ := l.Allow(t0.Add(24*time.Hour), "ip:y"); !ok {
		t.Error("still refused after a day")
	}
}
