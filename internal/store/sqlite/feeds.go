package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// FeedState returns what is remembered of the feed at url, ENOTFOUND for a
// feed never polled.
func (s *Store) FeedState(ctx context.Context, url string) (*vigil.FeedState, error) {
	st := vigil.FeedState{URL: url, Seen: map[string]bool{}}
	err := s.read(ctx, func(tx *sql.Tx) error {
		var checked string
		err := tx.QueryRowContext(ctx, `SELECT etag, last_modified, checked_at FROM feed_state WHERE url = ?`, url).
			Scan(&st.ETag, &st.LastModified, &checked)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "feed %s has no state", url)
		}
		if err != nil {
			return err
		}
		if st.CheckedAt, err = parseTime(checked); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT item FROM feed_seen WHERE url = ?`, url)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var item string
			if err := rows.Scan(&item); err != nil {
				return err
			}
			st.Seen[item] = true
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: load feed state %s: %w", url, err)
	}
	return &st, nil
}

// SaveFeedState stores st, replacing what was remembered of its feed. Seen
// items mapped to false are not kept.
func (s *Store) SaveFeedState(ctx context.Context, st *vigil.FeedState) error {
	if st.URL == "" {
		return vigil.Errorf(vigil.EINVALID, "feed state has no URL")
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_state(url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			checked_at = excluded.checked_at`, st.URL, st.ETag, st.LastModified, formatTime(st.CheckedAt)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM feed_seen WHERE url = ?`, st.URL); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO feed_seen(url, item) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for item, seen := range st.Seen {
			if !seen {
				continue
			}
			if _, err := stmt.ExecContext(ctx, st.URL, item); err != nil {
				return fmt.Errorf("item %q: %w", item, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: save feed state %s: %w", st.URL, err)
	}
	return nil
}
