package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigil-osint/vigil/internal/ingest/clean"
	"github.com/vigil-osint/vigil/internal/ingest/feed"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// kind is how an input's bytes are read.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindHTML
	kindJSON
	kindJSONL
	kindFeed
)

// kindByExt maps file extensions (after any .gz) to kinds.
var kindByExt = map[string]kind{
	".txt": kindText, ".text": kindText, ".md": kindText, ".markdown": kindText,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".json": kindJSON, ".jsonl": kindJSONL, ".ndjson": kindJSONL,
	".xml": kindFeed, ".rss": kindFeed, ".atom": kindFeed,
}

// kindByType maps HTTP media types to kinds.
var kindByType = map[string]kind{
	"text/plain": kindText, "text/markdown": kindText,
	"text/html": kindHTML, "application/xhtml+xml": kindHTML,
	"application/json": kindJSON, "application/x-ndjson": kindJSONL, "application/jsonl": kindJSONL,
	"application/rss+xml": kindFeed, "application/atom+xml": kindFeed, "application/feed+json": kindFeed,
	"application/xml": kindFeed, "text/xml": kindFeed,
}

// sniff guesses the kind of decoded content that neither its name nor its
// media type settled.
func sniff(data []byte) kind {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")),
		bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<p"))):
		return kindHTML
	case (bytes.HasPrefix(head, []byte("[")) || bytes.HasPrefix(head, []byte("{"))) && json.Valid(data):
		return kindJSON
	case bytes.HasPrefix(head, []byte("{")):
		// One object per line is JSON Lines; anything else starting with a
		// brace is text that happens to.
		first, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
		if json.Valid(first) {
			return kindJSONL
		}
	}
	return kindText
}

// source is one input as read: its bytes, what it is called and what the
// server said its type was.
type source struct {
	origin      string // path or URL, as errors name it
	name        string // file name or URL path, for its extension
	contentType string // HTTP Content-Type, "" for files
	pageURL     string // the URL the page was fetched from
	data        []byte
}

// readPath reads a file, refusing it when it is larger than the limit
// before reading a byte of it.
func (p *Pipeline) readPath(path string) (source, error) {
	f, err := os.Open(path)
	if err != nil {
		return source{}, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > p.Options.MaxSize {
		return source{}, fmt.Errorf("%s is larger than the %s size limit", FormatSize(fi.Size()), FormatSize(p.Options.MaxSize))
	}
	data, err := readLimited(f, p.Options.MaxSize)
	if err != nil {
		return source{}, err
	}
	return source{origin: path, name: path, data: data}, nil
}

// items reads a source into documents. A source yields one document (a
// page, a text) or many (JSON arrays, JSON Lines, feeds); a JSON Lines
// file with bad lines yields the good ones and one error per bad line.
func (p *Pipeline) items(ctx context.Context, src source) ([]item, []error) {
	data, name := src.data, src.name
	if isGzip(data) || strings.EqualFold(filepath.Ext(name), ".gz") {
		var err error
		if data, err = gunzip(data, p.Options.MaxSize); err != nil {
			return nil, []error{err}
		}
		name = strings.TrimSuffix(name, filepath.Ext(name))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []error{errors.New("empty input")}
	}
	if err := checkText(data); err != nil {
		return nil, []error{err}
	}
	k := kindByExt[strings.ToLower(filepath.Ext(name))]
	if src.contentType != "" {
		if mt, _, err := mime.ParseMediaType(src.contentType); err == nil && kindByType[mt] != kindUnknown {
			k = kindByType[mt]
		}
	}
	// A feed is recognised by its content whatever it is called: servers
	// often send RSS as text/xml or text/html, and JSON Feeds as JSON.
	if feed.Detect(data) {
		f, err := feed.Parse(data)
		if err != nil {
			return nil, []error{err}
		}
		return p.feedItems(ctx, src.origin, f)
	}
	if k == kindFeed {
		return nil, []error{feed.ErrNotFeed}
	}
	text, err := toUTF8(data, src.contentType)
	if err != nil {
		return nil, []error{err}
	}
	if k == kindUnknown {
		k = sniff([]byte(text))
	}
	switch k {
	case kindHTML:
		r, err := clean.Article(text, src.pageURL)
		if err != nil {
			return nil, []error{fmt.Errorf("html: %w", err)}
		}
		it := item{origin: src.origin, externalID: src.origin, url: src.pageURL, raw: text}
		it.fillFromArticle(r)
		return []item{it}, nil
	case kindJSON:
		ins, err := parseJSON([]byte(text))
		if err != nil {
			return nil, []error{err}
		}
		return inputItems(src.origin, ins, nil)
	case kindJSONL:
		ins, lines, errs := parseJSONL([]byte(text), p.Options.MaxSize)
		its, ierrs := inputItems(src.origin, ins, lines)
		return its, append(errs, ierrs...)
	default:
		it := item{origin: src.origin, externalID: src.origin, url: src.pageURL, raw: text, text: clean.Text(text)}
		it.title = firstLine(it.text)
		if strings.TrimSpace(it.text) == "" {
			return nil, []error{errors.New("no text left once boilerplate is removed")}
		}
		return []item{it}, nil
	}
}

// inputItems converts contract inputs; lines, when given, are their line
// numbers for error messages.
func inputItems(origin string, ins []vigil.Input, lines []int) ([]item, []error) {
	var its []item
	var errs []error
	for i, in := range ins {
		it, err := fromInput(origin, in)
		if err != nil {
			if lines != nil {
				err = &lineError{lines[i], err}
			} else if len(ins) > 1 {
				err = fmt.Errorf("element %d: %w", i, err)
			}
			errs = append(errs, err)
			continue
		}
		if it.externalID == "" {
			it.externalID = origin
			if lines != nil {
				it.externalID = fmt.Sprintf("%s:%d", origin, lines[i])
			}
		}
		its = append(its, it)
	}
	return its, errs
}

// firstLine is the first non-blank line of text, used as a title for plain
// text documents.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#")); t != "" {
			if len(t) > 300 {
				return ""
			}
			return t
		}
	}
	return ""
}

// errFollowLink marks a feed item that failed because its linked page could
// not be fetched: a poll retries it next time, unlike an item that is bad
// in itself.
var errFollowLink = errors.New("follow link")

// minFeedWords is the length at which a feed item's own content counts as
// the article. Shorter items are summaries: with FollowLinks the linked page
// is fetched; without it the summary is stored, since even a one-line
// summary may report an incident.
const minFeedWords = 50

// feedItems turns a feed's entries into documents, the feed's title as
// their outlet.
func (p *Pipeline) feedItems(ctx context.Context, origin string, f *feed.Feed) ([]item, []error) {
	var its []item
	var errs []error
	for _, e := range f.Items {
		it, err := p.feedItem(ctx, origin, f.Title, e)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %s: %w", e.ID, err))
			continue
		}
		its = append(its, it)
	}
	return its, errs
}

func (p *Pipeline) feedItem(ctx context.Context, origin, outlet string, e feed.Item) (item, error) {
	it := item{origin: origin, externalID: e.ID, url: e.Link, title: e.Title, outlet: outlet, published: e.Published, raw: e.Content}
	body := clean.Fragment(e.Content)
	if len(strings.Fields(body)) < minFeedWords && p.Options.FollowLinks && strings.HasPrefix(e.Link, "http") {
		src, err := p.fetch(ctx, e.Link)
		if err != nil {
			return it, fmt.Errorf("%w %s: %w", errFollowLink, e.Link, err)
		}
		if text, err := toUTF8(src.data, src.contentType); err == nil {
			if r, err := clean.Article(text, src.pageURL); err == nil && len(r.Text) > len(body) {
				it.raw = text
				it.fillFromArticle(r)
				return it, nil
			}
		}
	}
	it.text = withTitle(it.title, body)
	if strings.TrimSpace(it.text) == "" {
		return it, errors.New("empty item")
	}
	return it, nil
}
