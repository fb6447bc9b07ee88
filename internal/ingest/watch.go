package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest/feed"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Poll fetches one feed and ingests the items it has not seen before. The
// fetch is conditional on the ETag and Last-Modified vigil remembers, so an
// unchanged feed costs one 304 response; the state is saved after the items
// are stored, so a poll killed midway re-reads them next time and dedup
// makes that harmless. A failing feed is recorded as a failure, not
// returned: only a store error or the context ending is.
func (p *Pipeline) Poll(ctx context.Context, feedURL string) (Summary, error) {
	p.setup()
	start := time.Now()
	var sum Summary
	failed := func(err error) (Summary, error) {
		ferr := p.fail(ctx, &sum, Failure{feedURL, err})
		return p.finish(sum, start), ferr
	}
	if !isURL(feedURL) {
		return failed(fmt.Errorf("not an http(s) URL"))
	}
	st, err := p.Store.FeedState(ctx, feedURL)
	if vigil.ErrorCode(err) == vigil.ENOTFOUND {
		st, err = &vigil.FeedState{URL: feedURL}, nil
	}
	if err != nil {
		return sum, fmt.Errorf("ingest: feed state of %s: %w", feedURL, err)
	}
	if st.Seen == nil {
		st.Seen = map[string]bool{}
	}
	resp, err := p.get(ctx, feedURL, st.ETag, st.LastModified)
	if err != nil {
		return failed(err)
	}
	if resp.notModified {
		st.CheckedAt = time.Now().UTC()
		return p.finish(sum, start), p.saveFeedState(ctx, st)
	}
	f, err := feed.Parse(resp.data)
	if err != nil {
		return failed(err)
	}
	seen := map[string]bool{}
	for _, e := range f.Items {
		if ctx.Err() != nil {
			break
		}
		if st.Seen[e.ID] {
			seen[e.ID] = true
			continue
		}
		it, err := p.feedItem(ctx, feedURL, f.Title, e)
		if err != nil {
			// An item bad in itself is reported once, not at every poll.
			seen[e.ID] = !errors.Is(err, errFollowLink)
			if err := p.fail(ctx, &sum, Failure{feedURL, fmt.Errorf("item %s: %w", e.ID, err)}); err != nil {
				return p.finish(sum, start), err
			}
			continue
		}
		pd, err := p.prepare(it)
		if err != nil {
			seen[e.ID] = true // extraction is deterministic: it would fail again
			if err := p.fail(ctx, &sum, Failure{feedURL, err}); err != nil {
				return p.finish(sum, start), err
			}
			continue
		}
		if err := p.store(ctx, &sum, &pd); err != nil {
			return p.finish(sum, start), fmt.Errorf("ingest: store %s: %w", e.ID, err)
		}
		seen[e.ID] = true
	}
	// Only the items still in the feed are remembered: older ones cannot
	// come back, and the state stays as small as the feed.
	st.Seen, st.ETag, st.LastModified, st.CheckedAt = seen, resp.etag, resp.lastModified, time.Now().UTC()
	if ctx.Err() != nil {
		// Not every item was read: a conditional GET next time could skip them.
		st.ETag, st.LastModified = "", ""
	}
	if err := p.saveFeedState(ctx, st); err != nil {
		return p.finish(sum, start), err
	}
	return p.finish(sum, start), ctx.Err()
}

func (p *Pipeline) saveFeedState(ctx context.Context, st *vigil.FeedState) error {
	// Saved even when ctx has ended, so the items stored are remembered.
	if err := p.Store.SaveFeedState(context.WithoutCancel(ctx), st); err != nil {
		return fmt.Errorf("ingest: save feed state of %s: %w", st.URL, err)
	}
	return nil
}

// Watch polls the feeds every interval until ctx ends, or once when
// interval is 0. After each round it calls report with that round's
// summary. It returns nil when ctx ends between rounds.
func (p *Pipeline) Watch(ctx context.Context, feeds []string, interval time.Duration, report func(Summary)) error {
	p.setup()
	for {
		var round Summary
		start := time.Now()
		for _, u := range feeds {
			s, err := p.Poll(ctx, u)
			round.add(s)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
		}
		round.Elapsed = time.Since(start)
		if report != nil {
			report(round)
		}
		if interval <= 0 {
			return nil
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}
