package taxii

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Client talks to a TAXII 2.1 server: vigil's or a partner's.
type Client struct {
	HTTP *http.Client // default: http.DefaultClient
	// Token is sent as a bearer token; with User set, as the password of
	// HTTP Basic authentication instead.
	Token string
	User  string
	// MaxResponse bounds one response body (default 64 MiB), so a faulty
	// server cannot exhaust memory.
	MaxResponse int64
	// MaxPages bounds how many pages one pull follows (default 10000).
	MaxPages int
}

// Discover reads the server's discovery resource, e.g. at
// https://partner.example/taxii2/.
func (c *Client) Discover(ctx context.Context, discoveryURL string) (*Discovery, error) {
	var d Discovery
	if _, err := c.get(ctx, discoveryURL, nil, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Collections lists the collections of an API root.
func (c *Client) Collections(ctx context.Context, apiRoot string) ([]Collection, error) {
	var cs struct {
		Collections []Collection `json:"collections"`
	}
	if _, err := c.get(ctx, join(apiRoot, "collections/"), nil, &cs); err != nil {
		return nil, err
	}
	return cs.Collections, nil
}

// PullQuery selects what Pull fetches.
type PullQuery struct {
	AddedAfter time.Time // zero for everything
	Types      []string  // match[type]
	IDs        []string  // match[id]
	Version    string    // match[version]; "" for the server's default, the last version
	Limit      int       // page size asked for; 0 leaves it to the server
}

// Pulled is what a pull fetched.
type Pulled struct {
	Objects []json.RawMessage
	// LastAdded is the date the server added the last object fetched: the
	// AddedAfter of the next pull. Zero when nothing came.
	LastAdded time.Time
	Pages     int
}

// Pull fetches a collection's objects, following next until the server
// says there are no more.
func (c *Client) Pull(ctx context.Context, apiRoot, collection string, q PullQuery) (*Pulled, error) {
	base := join(apiRoot, "collections/"+url.PathEscape(collection)+"/objects/")
	params := url.Values{}
	if !q.AddedAfter.IsZero() {
		params.Set("added_after", q.AddedAfter.UTC().Format(time.RFC3339Nano))
	}
	if len(q.Types) > 0 {
		params.Set("match[type]", strings.Join(q.Types, ","))
	}
	if len(q.IDs) > 0 {
		params.Set("match[id]", strings.Join(q.IDs, ","))
	}
	if q.Version != "" {
		params.Set("match[version]", q.Version)
	}
	if q.Limit > 0 {
		params.Set("limit", strconv.Itoa(q.Limit))
	}
	maxPages := c.MaxPages
	if maxPages <= 0 {
		maxPages = 10000
	}
	out := &Pulled{}
	seen := map[string]bool{}
	for {
		var env Envelope
		h, err := c.get(ctx, base, params, &env)
		if err != nil {
			return out, err
		}
		out.Pages++
		out.Objects = append(out.Objects, env.Objects...)
		if last := h.Get("X-TAXII-Date-Added-Last"); last != "" {
			t, err := time.Parse(time.RFC3339Nano, last)
			if err != nil {
				return out, fmt.Errorf("taxii: %s: X-TAXII-Date-Added-Last %q is not a timestamp", base, last)
			}
			out.LastAdded = t
		}
		if !env.More {
			return out, nil
		}
		if env.Next == "" || seen[env.Next] {
			return out, fmt.Errorf("taxii: %s: the server says more objects follow but gives no new next token", base)
		}
		if out.Pages >= maxPages {
			return out, fmt.Errorf("taxii: %s: stopped after %d pages", base, out.Pages)
		}
		seen[env.Next] = true
		params.Set("next", env.Next)
	}
}

// get fetches u with params into v, and returns the response headers.
func (c *Client) get(ctx context.Context, u string, params url.Values, v any) (http.Header, error) {
	if len(params) > 0 {
		u += "?" + params.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("taxii: %s: %w", u, err)
	}
	req.Header.Set("Accept", MediaTAXII)
	switch {
	case c.User != "":
		req.SetBasicAuth(c.User, c.Token)
	case c.Token != "":
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("taxii: GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	limit := c.MaxResponse
	if limit <= 0 {
		limit = 64 << 20
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("taxii: GET %s: read: %w", u, err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("taxii: GET %s: response larger than %d bytes", u, limit)
	}
	mt, params2, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	isTaxii := mt == "application/taxii+json" && (params2["version"] == "" || params2["version"] == "2.1")
	if resp.StatusCode != http.StatusOK {
		e := &Error{HTTPStatus: strconv.Itoa(resp.StatusCode), Title: http.StatusText(resp.StatusCode)}
		if isTaxii {
			var te Error
			if json.Unmarshal(body, &te) == nil && te.Title != "" {
				e.Title, e.Description = te.Title, te.Description
			}
		}
		return nil, fmt.Errorf("GET %s: %w", u, e)
	}
	if !isTaxii {
		return nil, fmt.Errorf("taxii: GET %s: response is %q, not %s", u, resp.Header.Get("Content-Type"), MediaTAXII)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return nil, fmt.Errorf("taxii: GET %s: %w", u, err)
	}
	return resp.Header, nil
}

// join appends a relative path to a URL that ends in a slash (or gets one).
func join(base, rel string) string {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + rel
}
