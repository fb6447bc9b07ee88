// Package feed reads RSS, Atom and JSON feeds into the items vigil ingests.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is a parsed feed: its title (the outlet of its items) and items.
type Feed struct {
	Title string
	Link  string
	Items []Item
}

// Item is one feed entry.
type Item struct {
	// ID identifies the item across polls: its GUID, else its link, else a
	// hash of its title and content.
	ID        string
	Title     string
	Link      string
	Content   string // HTML or text: the full content when the feed has it, else the summary
	Published time.Time
}

// ErrNotFeed is returned for data that is no RSS, Atom or JSON feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Detect reports whether data starts like an RSS, Atom or JSON feed.
func Detect(data []byte) bool {
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	case gofeed.FeedTypeJSON:
		// Any JSON object passes gofeed's check; a JSON Feed names its
		// version, which vigil's own JSON inputs never do.
		var v struct {
			Version string `json:"version"`
		}
		return json.Unmarshal(data, &v) == nil && strings.Contains(v.Version, "jsonfeed.org")
	}
	return false
}

// Parse reads an RSS, Atom or JSON feed. A feed whose items have no
// publication date keeps them undated; items keep the feed's order.
func Parse(data []byte) (*Feed, error) {
	if !Detect(data) {
		return nil, ErrNotFeed
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	out := &Feed{Title: strings.TrimSpace(f.Title), Link: f.Link}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		item := Item{
			Title:   strings.TrimSpace(it.Title),
			Link:    strings.TrimSpace(it.Link),
			Content: it.Content,
		}
		if strings.TrimSpace(item.Content) == "" {
			item.Content = it.Description
		}
		switch {
		// The offset the feed wrote is kept, so the extractor reads
		// relative dates on the writer's day (clean.ParseTime).
		case it.PublishedParsed != nil:
			item.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Published = *it.UpdatedParsed
		}
		item.ID = strings.TrimSpace(it.GUID)
		if item.ID == "" {
			item.ID = item.Link
		}
		if item.ID == "" {
			sum := sha256.Sum256([]byte(item.Title + "\x00" + item.Content))
			item.ID = "sha256:" + hex.EncodeToString(sum[:])
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}
