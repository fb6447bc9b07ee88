// Package securitytest holds what vigil's security tests share: a list of
// hostile inputs (SQL and full-text query injection, markup and script,
// NUL bytes, invalid UTF-8, very long text) that every input of vigil must
// survive, a check that an HTML page shows such input only as text, and a
// record count that tells whether a request changed the database. It is
// imported by tests only.
package securitytest

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Payload is one hostile input.
type Payload struct {
	Name  string // short, for test names
	Value string
	// Markup is set for payloads that would run script or inject markup if
	// a page wrote them unescaped.
	Markup bool
}

// Payloads returns the hostile inputs, a fresh slice each call.
func Payloads() []Payload {
	return []Payload{
		// SQL: ending the string, commenting out the rest, stacking a
		// statement, a union reading the schema, LIKE wildcards.
		{Name: "sql-or-true", Value: `' OR 1=1 --`},
		{Name: "sql-or-string", Value: `' OR 'a'='a`},
		{Name: "sql-drop-double-quote", Value: `"; DROP TABLE incidents; --`},
		{Name: "sql-drop-paren", Value: `'); DROP TABLE documents; --`},
		{Name: "sql-union", Value: `%' UNION SELECT name, sql, 1, 2, 3 FROM sqlite_master --`},
		{Name: "sql-stacked-delete", Value: `1; DELETE FROM events`},
		{Name: "sql-like-wildcards", Value: `%_%`},
		{Name: "sql-backslash", Value: `\'\"\\`},
		// SQLite FTS5 query syntax.
		{Name: "fts-near", Value: `NEAR(soldiers killed, 2)`},
		{Name: "fts-operators", Value: `soldiers OR NOT killed AND`},
		{Name: "fts-column-filter", Value: `text: soldiers`},
		{Name: "fts-column-set", Value: `{title text}: soldiers`},
		{Name: "fts-unbalanced-quote", Value: `"soldiers`},
		{Name: "fts-bare-star", Value: `*`},
		{Name: "fts-caret-minus", Value: `^soldiers -killed`},
		{Name: "fts-parens", Value: `((((`},
		// Markup and script, in element, attribute and URL positions.
		{Name: "xss-script", Value: `<script>alert(1)</script>`, Markup: true},
		{Name: "xss-attribute-break", Value: `"><img src=x onerror=alert(1)>`, Markup: true},
		{Name: "xss-single-quote-break", Value: `'><svg onload=alert(1)>`, Markup: true},
		{Name: "xss-javascript-url", Value: `javascript:alert(1)`, Markup: true},
		{Name: "xss-textarea-close", Value: `</textarea><script>alert(1)</script>`, Markup: true},
		{Name: "xss-template", Value: `{{.}}{{template "x"}}`},
		// Bytes and sizes no user types.
		{Name: "nul-byte", Value: "Mir\x00Ali"},
		{Name: "only-nul", Value: "\x00"},
		{Name: "invalid-utf8", Value: "caf\xe9 \xff\xfe"},
		{Name: "crlf-header", Value: "x\r\nSet-Cookie: vigil_session=stolen"},
		{Name: "rtl-override", Value: "\u202egnp.exe"},
		{Name: "terminal-escape", Value: "\x1b[2J\x1b]0;owned\x07"},
		{Name: "path-traversal", Value: `../../../../etc/passwd`},
		{Name: "protocol-relative-url", Value: `//evil.example/login`},
		{Name: "backslash-url", Value: `/\evil.example/login`},
		{Name: "very-long-word", Value: strings.Repeat("A", 64<<10)},
		{Name: "very-many-words", Value: strings.Repeat("soldiers ", 2000)},
	}
}

// UnsafeHTML parses page and returns every tag that shows hostile input
// reaching the HTML as markup: a script that is not one of the desk's own
// /static/ files, an event-handler attribute (onerror=, onload=...), a
// javascript:, vbscript: or data: URL in a link, source or form, or an
// element the desk never writes (svg, iframe, object, embed, base, an img
// from elsewhere). Text that merely reads like markup once escaped
// (&lt;img onerror=...&gt;) is not markup and is not reported. An empty
// result means the page is safe from the payloads above.
func UnsafeHTML(page string) []string {
	var found []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return found // io.EOF: the tokenizer reads any input to its end
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if why := unsafeTag(tok); why != "" {
			found = append(found, why+": "+tok.String())
		}
	}
}

// unsafeTag says what is wrong with a start tag, or "".
func unsafeTag(tok html.Token) string {
	attr := map[string]string{}
	for _, a := range tok.Attr {
		key := strings.ToLower(a.Key)
		if strings.HasPrefix(key, "on") {
			return "event handler " + key
		}
		switch key {
		case "href", "src", "action", "formaction", "xlink:href", "poster", "data":
			v := strings.ToLower(strings.Map(func(r rune) rune {
				if r <= ' ' {
					return -1 // browsers ignore spaces and controls in a scheme
				}
				return r
			}, a.Val))
			for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
				if strings.HasPrefix(v, scheme) {
					return scheme + " URL in " + key
				}
			}
		}
		attr[key] = a.Val
	}
	switch tok.Data {
	case "script":
		if !strings.HasPrefix(attr["src"], "/static/") {
			return "script not from /static/"
		}
	case "img":
		if !strings.HasPrefix(attr["src"], "/static/") {
			return "image not from /static/"
		}
	case "svg", "math", "iframe", "frame", "object", "embed", "base", "applet":
		return "element the desk never writes"
	}
	return ""
}

// Counts returns how many records of each kind the store holds, as the
// operator sees them: a request that must not change the database leaves
// these unchanged, and a store whose tables were dropped fails to count.
func Counts(ctx context.Context, s vigil.Store) (map[string]int, error) {
	ctx = vigil.AsOperator(ctx)
	out := map[string]int{}
	n, err := s.CountIncidents(ctx, vigil.Filter{})
	if err != nil {
		return nil, fmt.Errorf("count incidents: %w", err)
	}
	out["incidents"] = n
	docs, err := s.Documents(ctx, vigil.DocumentFilter{})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	out["documents"] = len(docs)
	events, err := s.Events(ctx, vigil.Filter{})
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	out["events"] = len(events)
	claims, err := s.Claims(ctx, vigil.Filter{})
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	out["claims"] = len(claims)
	equipment, err := s.Equipment(ctx, vigil.Filter{})
	if err != nil {
		return nil, fmt.Errorf("list equipment: %w", err)
	}
	out["equipment"] = len(equipment)
	verified, err := s.CountIncidents(ctx, vigil.Filter{ReviewState: vigil.StateVerified})
	if err != nil {
		return nil, fmt.Errorf("count verified incidents: %w", err)
	}
	out["verified"] = verified
	return out, nil
}
