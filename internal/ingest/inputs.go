package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest/clean"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// item is one document read from a source, before it is fingerprinted,
// extracted and stored.
type item struct {
	origin     string // the path, URL or feed it was read from
	externalID string
	url        string
	title      string
	outlet     string
	published  time.Time
	raw        string // the input as read, decoded to UTF-8
	text       string // the cleaned article text
}

// lineError is a failure of one line of a JSON Lines file: the rest of the
// file is still read.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

// parseJSONL reads JSON Lines in the extraction contract's input form, one
// input per line; blank lines are skipped. Lines that fail are returned as
// *lineError values beside the inputs that parsed.
func parseJSONL(data []byte, maxLine int64) (ins []vigil.Input, lines []int, errs []error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), int(maxLine)+1)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		in, err := decodeInput(line)
		if err != nil {
			errs = append(errs, &lineError{n, err})
			continue
		}
		ins = append(ins, in)
		lines = append(lines, n)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &lineError{n + 1, err})
	}
	return ins, lines, errs
}

// decodeInput reads one input object and checks it carries a text or HTML.
func decodeInput(data []byte) (vigil.Input, error) {
	var in vigil.Input
	if err := json.Unmarshal(data, &in); err != nil {
		return in, fmt.Errorf("invalid JSON: %w", err)
	}
	if strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.HTML) == "" {
		return in, errors.New(`neither "text" nor "html" is given`)
	}
	return in, nil
}

// parseJSON reads a JSON file holding one input object or an array of them.
func parseJSON(data []byte) ([]vigil.Input, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
		ins := make([]vigil.Input, 0, len(raws))
		for i, r := range raws {
			in, err := decodeInput(r)
			if err != nil {
				return nil, fmt.Errorf("element %d: %w", i, err)
			}
			ins = append(ins, in)
		}
		return ins, nil
	}
	in, err := decodeInput(data)
	if err != nil {
		return nil, err
	}
	return []vigil.Input{in}, nil
}

// fromInput turns an input in the contract's form into an item. HTML is
// reduced to its article; text is cleaned of boilerplate lines.
func fromInput(origin string, in vigil.Input) (item, error) {
	it := item{origin: origin, externalID: in.ID, url: in.URL, title: strings.TrimSpace(in.Title), outlet: strings.TrimSpace(in.Source)}
	if it.externalID == "" {
		it.externalID = in.URL
	}
	if in.Published != "" {
		t, err := ParsePublished(in.Published)
		if err != nil {
			return it, err
		}
		it.published = t
	}
	if strings.TrimSpace(in.Text) != "" {
		it.raw = in.Text
		it.text = clean.Text(in.Text)
	} else {
		it.raw = in.HTML
		r, err := clean.Article(in.HTML, in.URL)
		if err != nil {
			return it, fmt.Errorf("html: %w", err)
		}
		it.fillFromArticle(r)
	}
	if strings.TrimSpace(it.text) == "" {
		return it, errors.New("no text left once boilerplate is removed")
	}
	return it, nil
}

// fillFromArticle takes an article read from a page, keeping what the input
// already said about title, outlet and date.
func (it *item) fillFromArticle(r clean.Result) {
	if it.title == "" {
		it.title = r.Title
	}
	if it.outlet == "" {
		it.outlet = r.Outlet
	}
	if it.published.IsZero() {
		it.published = r.Published
	}
	it.text = withTitle(it.title, r.Text)
}

// withTitle puts the headline on the first line of the text the extractor
// reads, as in a page copy: headlines often carry the toll and the place.
func withTitle(title, body string) string {
	body = strings.TrimLeft(body, "\n")
	if title == "" || strings.HasPrefix(body, title) {
		return body
	}
	return title + "\n\n" + body
}

// ParsePublished reads the contract's publication date: YYYY-MM-DD or
// RFC 3339; "" is unknown (the zero time). A timestamp keeps its offset
// (see clean.ParseTime).
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range []string{"2006-01-02", time.RFC3339Nano} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", s)
}
