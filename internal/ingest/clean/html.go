package clean

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Result is an article as read from a page.
type Result struct {
	Title     string
	Text      string // the article body, boilerplate removed
	Outlet    string // the site's name, when the page gives it
	Published time.Time
}

// Extractor finds the article in a parsed HTML page. It sits behind an
// interface so the boilerplate remover can be swapped and the candidates
// compared on the same benchmark (see boilerplate_test.go).
type Extractor interface {
	// Extract returns the article of doc. It may modify doc.
	Extract(doc *html.Node, pageURL *url.URL) (Result, error)
}

// MaxDepth is the deepest element nesting Article hands to the extractor.
// Real pages nest a few dozen levels; deeper pages are pathological (or
// hostile) and are read with a flat, non-recursive text pass instead, so no
// recursive walk can exhaust the stack.
const MaxDepth = 256

// ErrNoText is returned when a page holds no readable text at all.
var ErrNoText = errors.New("no readable text")

// Article reduces an HTML page to its article text (boilerplate removed),
// keeping the title, publication date and outlet when the page has them
// (meta tags, JSON-LD, og:site_name, <time>). pageURL may be empty.
func Article(page string, pageURL string) (Result, error) {
	return ArticleWith(Readability{}, page, pageURL)
}

// ArticleWith is Article with a chosen extractor.
func ArticleWith(x Extractor, page string, pageURL string) (Result, error) {
	var u *url.URL
	if pageURL != "" {
		var err error
		if u, err = url.Parse(pageURL); err != nil {
			return Result{}, fmt.Errorf("page URL %q: %w", pageURL, err)
		}
	}
	if depth(page) > MaxDepth {
		text := Text(flatText(page))
		if strings.TrimSpace(text) == "" {
			return Result{}, ErrNoText
		}
		return Result{Text: text}, nil
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Result{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta := metadata(doc)
	r, err := safeExtract(x, doc, u)
	if err != nil || len(strings.Fields(r.Text)) < 10 {
		// The extractor found no article: fall back to all the page's
		// text, cleaned line by line, rather than losing the document.
		r.Text = Text(flatText(page))
	}
	if strings.TrimSpace(r.Text) == "" {
		return Result{}, ErrNoText
	}
	if r.Title == "" {
		r.Title = meta.Title
	}
	if r.Outlet == "" {
		r.Outlet = meta.Outlet
	}
	if r.Published.IsZero() {
		r.Published = meta.Published
	}
	r.Title = trimSiteName(r.Title, r.Outlet)
	return r, nil
}

// trimSiteName drops the site name pages append to their titles
// ("Bannu checkpost attacked | Frontier Gazette").
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// safeExtract runs x, turning a panic inside it (a third-party library
// meeting an unforeseen page) into an error for that page, so Article falls
// back to the page's flat text instead of ending a whole ingest.
func safeExtract(x Extractor, doc *html.Node, u *url.URL) (r Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			r, err = Result{}, fmt.Errorf("article extractor failed: %v", v)
		}
	}()
	return x.Extract(doc, u)
}

// Readability is the Extractor built on go-readability, a port of Firefox's
// reader view.
type Readability struct{}

// Extract implements Extractor.
func (Readability) Extract(doc *html.Node, pageURL *url.URL) (Result, error) {
	p := readability.NewParser()
	a, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return Result{}, fmt.Errorf("readability: %w", err)
	}
	if a.Node == nil {
		return Result{}, ErrNoText
	}
	r := Result{Title: strings.TrimSpace(a.Title()), Outlet: strings.TrimSpace(a.SiteName()), Text: Text(render.InnerText(a.Node))}
	if t, err := a.PublishedTime(); err == nil {
		r.Published = t // with its offset, as ParseTime
	}
	return r, nil
}

// depth returns the deepest element nesting of page, counted on the token
// stream without building a tree.
func depth(page string) int {
	z := html.NewTokenizer(strings.NewReader(page))
	d, max := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return max
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[atom.Lookup(name)] {
				d++
				if d > max {
					max = d
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !void[atom.Lookup(name)] && d > 0 {
				d--
			}
		}
	}
}

// void elements have no end tag and so do not nest.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.P: true, atom.Li: true,
}

// skipped elements hold no readable text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Head: true,
	atom.Template: true, atom.Svg: true, atom.Iframe: true, atom.Select: true,
	atom.Nav: true, atom.Footer: true, atom.Button: true,
}

// block elements end a line of text.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Tr: true, atom.Blockquote: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Aside: true, atom.Pre: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Hr: true, atom.Figcaption: true,
}

// flatText is every visible text of page, one block element a paragraph,
// read from the token stream: no tree, no recursion, any nesting depth.
func flatText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b, line strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(line.String()), " "); t != "" {
			b.WriteString(t)
			b.WriteString("\n\n")
		}
		line.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			if z.Err() != io.EOF {
				return b.String()
			}
			return strings.TrimRight(b.String(), "\n")
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if block[a] {
				flush()
			}
		case html.TextToken:
			if skip == 0 {
				line.Write(z.Text())
				line.WriteByte(' ')
			}
		}
	}
}

// pageMeta is what a page says about itself outside the article body.
type pageMeta struct {
	Title     string
	Outlet    string
	Published time.Time
}

// metadata reads title, site name and publication date from meta tags,
// JSON-LD and the first <time datetime>. The walk uses an explicit stack:
// the tree's depth is bounded by MaxDepth, but there is no need to recurse.
func metadata(doc *html.Node) pageMeta {
	var m pageMeta
	var published []string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			if m.Title == "" && n.FirstChild != nil {
				m.Title = strings.TrimSpace(n.FirstChild.Data)
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			content := strings.TrimSpace(attr(n, "content"))
			switch key {
			case "og:site_name", "application-name":
				if m.Outlet == "" {
					m.Outlet = content
				}
			case "og:title":
				m.Title = content
			case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "publish-date":
				published = append(published, content)
			}
		case atom.Script:
			if attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
				ld := jsonLD(n.FirstChild.Data)
				if ld.DatePublished != "" {
					published = append(published, ld.DatePublished)
				}
				if m.Outlet == "" {
					m.Outlet = ld.Publisher.Name
				}
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				published = append(published, dt)
			}
		}
	}
	for _, p := range published {
		if t, ok := ParseTime(p); ok {
			m.Published = t
			break
		}
	}
	return m
}

type ldArticle struct {
	DatePublished string `json:"datePublished"`
	Publisher     struct {
		Name string `json:"name"`
	} `json:"publisher"`
}

// jsonLD reads the article fields of a JSON-LD block: one object, an array,
// or an @graph of objects. Malformed blocks are ignored: metadata is a bonus.
func jsonLD(s string) ldArticle {
	var one struct {
		ldArticle
		Graph []ldArticle `json:"@graph"`
	}
	if json.Unmarshal([]byte(s), &one) == nil {
		if one.DatePublished != "" {
			return one.ldArticle
		}
		for _, g := range one.Graph {
			if g.DatePublished != "" {
				return g
			}
		}
		return one.ldArticle
	}
	var many []ldArticle
	if json.Unmarshal([]byte(s), &many) == nil {
		for _, a := range many {
			if a.DatePublished != "" {
				return a
			}
		}
	}
	return ldArticle{}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// timeLayouts are the date forms pages and feeds use, most specific first.
var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "2 January 2006", "Jan 2, 2006",
}

// ParseTime reads a date or timestamp in one of the forms news pages use.
// A timestamp keeps the offset it was written with: the extractor reads
// "yesterday" in a Pakistani paper filed at 03:00 PKT on Pakistan's day,
// not on UTC's (stores write every time in UTC).
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Fragment is the text of an HTML fragment that is already the article,
// such as a feed item's content, one block element a paragraph, with
// boilerplate lines removed. It reads the token stream, so any nesting
// depth is safe.
func Fragment(fragment string) string {
	return Text(flatText(fragment))
}
