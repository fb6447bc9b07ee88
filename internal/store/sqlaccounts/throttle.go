package sqlaccounts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.LoginThrottle = (*Accounts)(nil)

// errRefused rolls back TakeLoginAttempt's transaction when a key is
// refused: the rows it locked are left as they were.
var errRefused = errors.New("login refused")

// TakeLoginAttempt checks and counts a login attempt; see
// vigil.LoginThrottle.
//
// Each key's row is locked first (an upsert), in digest order so that two
// attempts sharing keys cannot deadlock, and only then read: on PostgreSQL
// a second server's attempt on the same key waits for the first to commit
// and then reads its count; on SQLite the upsert takes the database's
// write lock. Either way no two attempts read the same count.
func (s *Accounts) TakeLoginAttempt(ctx context.Context, now time.Time, limit vigil.LoginLimit, keys ...vigil.LoginKey) (time.Duration, error) {
	if limit.MaxFailures <= 0 || limit.Window <= 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "login limit needs a positive number of failures and window, not %d in %s", limit.MaxFailures, limit.Window)
	}
	keys, err := sortedKeys(keys)
	if err != nil {
		return 0, err
	}
	var retry time.Duration
	err = s.inWrite(ctx, func(tx qtx) error {
		// Counts no rule can still use go first, so the table holds only
		// the keys of the last day or so.
		if _, err := tx.ExecContext(ctx, `DELETE FROM login_failures WHERE last_at < ?`,
			now.Add(-limit.KeepFor()).UnixMilli()); err != nil {
			return err
		}
		failures := make([]int, len(keys))
		for i, k := range keys {
			if _, err := tx.ExecContext(ctx, `INSERT INTO login_failures (key_digest, kind, failures, last_at)
				VALUES (?, ?, 0, ?) ON CONFLICT (key_digest) DO UPDATE SET kind = excluded.kind`,
				k.Digest, k.Kind, now.UnixMilli()); err != nil {
				return err
			}
			var last int64
			if err := tx.QueryRowContext(ctx, `SELECT failures, last_at FROM login_failures WHERE key_digest = ?`,
				k.Digest).Scan(&failures[i], &last); err != nil {
				return err
			}
			at := time.UnixMilli(last)
			if limit.Forgotten(failures[i], at, now) {
				failures[i] = 0
			}
			retry = max(retry, limit.Retry(failures[i], at, now))
		}
		if retry > 0 {
			return errRefused
		}
		for i, k := range keys {
			if _, err := tx.ExecContext(ctx, `UPDATE login_failures SET failures = ?, last_at = ? WHERE key_digest = ?`,
				failures[i]+1, now.UnixMilli(), k.Digest); err != nil {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, errRefused) {
		return retry, nil
	}
	if err != nil {
		return 0, fmt.Errorf("%s: count login attempt: %w", s.dialect, err)
	}
	return 0, nil
}

// SettleLoginAttempt forgets clear's failures and takes back the failure
// counted in advance against refund; see vigil.LoginThrottle.
func (s *Accounts) SettleLoginAttempt(ctx context.Context, clear, refund []vigil.LoginKey) error {
	clear, err := sortedKeys(clear)
	if err != nil {
		return err
	}
	refund, err = sortedKeys(refund)
	if err != nil {
		return err
	}
	err = s.inWrite(ctx, func(tx qtx) error {
		for _, k := range clear {
			if _, err := tx.ExecContext(ctx, `DELETE FROM login_failures WHERE key_digest = ?`, k.Digest); err != nil {
				return err
			}
		}
		for _, k := range refund {
			if _, err := tx.ExecContext(ctx, `UPDATE login_failures SET failures = failures - 1
				WHERE key_digest = ? AND failures > 0`, k.Digest); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: settle login attempt: %w", s.dialect, err)
	}
	return nil
}

// sortedKeys checks keys and returns them in digest order without
// repeats.
func sortedKeys(keys []vigil.LoginKey) ([]vigil.LoginKey, error) {
	for _, k := range keys {
		if k.Kind != "user" && k.Kind != "address" {
			return nil, vigil.Errorf(vigil.EINVALID, "login key kind %q is neither user nor address", k.Kind)
		}
		if len(k.Digest) == 0 {
			return nil, vigil.Errorf(vigil.EINVALID, "login key of kind %s has no digest", k.Kind)
		}
	}
	keys = slices.Clone(keys)
	slices.SortFunc(keys, func(a, b vigil.LoginKey) int { return bytes.Compare(a.Digest, b.Digest) })
	return slices.CompactFunc(keys, func(a, b vigil.LoginKey) bool { return bytes.Equal(a.Digest, b.Digest) }), nil
}
