package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// newClient is the HTTP client used when Options.Client is nil: a timeout
// per request and a redirect limit.
func newClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
}

// response is a fetched body with the validators a feed poll remembers.
type response struct {
	source
	notModified        bool
	etag, lastModified string
}

// fetch GETs url.
func (p *Pipeline) fetch(ctx context.Context, url string) (source, error) {
	r, err := p.get(ctx, url, "", "")
	return r.source, err
}

// get GETs url, conditionally when etag or lastModified are set. Any status
// other than 200 (and 304 for a conditional request) is an error naming it;
// a body over the size limit is an error, not a truncated document.
func (p *Pipeline) get(ctx context.Context, url, etag, lastModified string) (response, error) {
	if p.Options.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.Options.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return response{}, err
	}
	req.Header.Set("User-Agent", p.Options.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, text/plain;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return response{}, fmt.Errorf("no response within %s: %w", p.Options.Timeout, err)
		}
		return response{}, err
	}
	defer resp.Body.Close()
	r := response{etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified && (etag != "" || lastModified != "") {
		r.notModified = true
		return r, nil
	}
	if resp.StatusCode != http.StatusOK {
		return r, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > p.Options.MaxSize {
		return r, fmt.Errorf("body of %s is larger than the %s size limit", FormatSize(resp.ContentLength), FormatSize(p.Options.MaxSize))
	}
	data, err := readLimited(resp.Body, p.Options.MaxSize)
	if err != nil {
		return r, fmt.Errorf("read body: %w", err)
	}
	final := resp.Request.URL.String()
	r.source = source{origin: url, name: resp.Request.URL.Path, contentType: resp.Header.Get("Content-Type"), pageURL: final, data: data}
	return r, nil
}
