package postgres

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
		var checked sql.NullTime
		err := tx.QueryRowContext(ctx, `SELECT etag, last_modified, checked_at FROM feed_state WHERE url = $1`, url).
			Scan(&st.ETag, &st.LastModified, &checked)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "feed %s has no state", url)
		}
		if err != nil {
			return err
		}
		st.CheckedAt = timeOf(checked)
		rows, err := tx.QueryContext(ctx, `SELECT item FROM feed_seen WHERE url = $1`, url)
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
		return nil, fmt.Errorf("postgres: load feed state %s: %w", url, err)
	}
	return &st, nil
}

// SaveFeedState stores st, replacing what was remembered of its feed. Seen
// items mapped to false are not kept.
func (s *Store) SaveFeedState(ctx context.Context, st *vigil.FeedState) error {
	if st.URL == "" {
		return vigil.Errorf(vigil.EINVALID, "feed state has no URL")
	}
	var items []string
	for item, seen := range st.Seen {
		if seen {
			items = append(items, item)
		}
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		// The upsert locks the feed's row, so two pollers saving the same
		// feed take turns rather than interleave their item lists.
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_state(url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			checked_at = excluded.checked_at`, st.URL, st.ETag, st.LastModified, nullTime(st.CheckedAt)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM feed_seen WHERE url = $1`, st.URL); err != nil {
			return err
		}
		// One statement for all items: a feed remembers hundreds.
		if len(items) > 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO feed_seen(url, item)
				SELECT $1, unnest($2::text[])`, st.URL, items); err != nil {
				return fmt.Errorf("seen items: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: save feed state %s: %w", st.URL, err)
	}
	return nil
}
