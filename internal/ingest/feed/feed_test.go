package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		items     int
		firstID   string
		firstLink string
		published time.Time
		contains  string // in the first item's content
	}{
		{"rss.xml", "Frontier Gazette", 2, "gazette-1001", "https://gazette.example/2024/10/mir-ali",
			time.Date(2024, 10, 4, 13, 30, 0, 0, time.UTC), "intelligence-based operation"},
		{"atom.xml", "Border Monitor", 1, "urn:uuid:zhob-1", "https://monitor.example/zhob-levies",
			time.Date(2024, 10, 6, 8, 15, 0, 0, time.UTC), "Levies post"},
		{"feed.json", "Valley Dispatch", 1, "valley-77", "https://valley.example/swat-blast",
			time.Date(2024, 10, 7, 2, 30, 0, 0, time.UTC), "improvised explosive device"},
		{"latin1.xml", "Café Chronicle", 1, "c-1", "", time.Time{}, "résumé"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Title != tt.title || len(f.Items) != tt.items {
				t.Fatalf("got title %q with %d items, want %q with %d", f.Title, len(f.Items), tt.title, tt.items)
			}
			it := f.Items[0]
			if it.ID != tt.firstID || it.Link != tt.firstLink || !it.Published.Equal(tt.published) {
				t.Errorf("first item = %q %q %v, want %q %q %v", it.ID, it.Link, it.Published, tt.firstID, tt.firstLink, tt.published)
			}
			if !strings.Contains(it.Content, tt.contains) {
				t.Errorf("first item content %q lacks %q", it.Content, tt.contains)
			}
		})
	}
}

func TestParseItemWithoutGUIDUsesLink(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Items[1].ID; got != "https://gazette.example/2024/10/bannu" {
		t.Errorf("ID of an item without GUID = %q, want its link", got)
	}
	if !strings.Contains(f.Items[1].Content, "constable") {
		t.Errorf("item without content:encoded should fall back to its description, got %q", f.Items[1].Content)
	}
}

func TestParseRejects(t *testing.T) {
	malformed, err := os.ReadFile(filepath.Join("testdata", "malformed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		data    []byte
		notFeed bool
	}{
		{"empty", nil, true},
		{"plain text", []byte("Two soldiers were martyred."), true},
		{"html page", []byte("<!doctype html><html><body><p>hello</p></body></html>"), true},
		{"truncated rss", malformed, false},
		{"json that is no feed", []byte(`{"id": "x", "text": "hello"}`), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.data)
			if err == nil {
				t.Fatalf("Parse accepted %q: %+v", tt.data, f)
			}
			if tt.notFeed != errors.Is(err, ErrNotFeed) {
				t.Errorf("error %v: ErrNotFeed is %v, want %v", err, errors.Is(err, ErrNotFeed), tt.notFeed)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json", "latin1.xml", "malformed.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fd, err := Parse(data)
		if err != nil {
			return
		}
		for _, it := range fd.Items {
			if it.ID == "" {
				t.Fatalf("item without ID: %+v", it)
			}
		}
	})
}
