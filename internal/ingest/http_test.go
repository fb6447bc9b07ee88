package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// newServer serves the test pages and feeds on loopback.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	latin1, err := charmap.Windows1252.NewEncoder().String(`<html><head><title>Café owner shot in Quetta</title></head><body><article>
<p>The owner of a café on Jinnah Road in Quetta was killed by gunmen on motorcycles on Sunday evening, police said. The attackers escaped.</p>
<p>Police said the motive was not yet known and that CCTV footage from nearby shops was being examined by investigators on Monday.</p></article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	mux := http.NewServeMux()
	serve := func(path, ctype, body string) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Write([]byte(body))
		})
	}
	serve("/rss", "application/rss+xml", mustRead(t, "feed/testdata/rss.xml"))
	serve("/atom", "text/xml", mustRead(t, "feed/testdata/atom.xml")) // servers often mislabel feeds
	serve("/feed.json", "application/feed+json", mustRead(t, "feed/testdata/feed.json"))
	serve("/page", "text/html; charset=utf-8", pageHTML)
	serve("/latin1", "text/html; charset=windows-1252", latin1)
	serve("/plain", "text/plain; charset=utf-8", "Levies post attacked in Zhob\n\nMilitants attacked a Levies post in Zhob; three personnel were injured.\n")
	serve("/big", "text/plain", strings.Repeat("word ", 20000))
	serve("/broken-feed", "application/rss+xml", mustRead(t, "feed/testdata/malformed.xml"))
	bomb := gzipBomb(t, 1<<20)
	mux.HandleFunc("GET /bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Encoding", "gzip") // the client decompresses it
		w.Write([]byte(bomb))
	})
	serve("/report.txt.gz", "application/gzip", gz(t, "Blast in Mingora\n\nFour people were injured in a blast in Mingora on Monday.\n"))
	mux.HandleFunc("GET /redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusFound)
	})
	mux.HandleFunc("GET /loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		case <-done:
		}
	})
	mux.HandleFunc("GET /ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Agent report\n\nThe request came from " + r.UserAgent() + ", and a soldier was killed.\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { close(done); srv.Close() })
	return srv
}

func TestIngestURLs(t *testing.T) {
	srv := newServer(t)
	s := openStore(t)
	p := newPipeline(t, s)
	p.Options.Timeout = 300 * time.Millisecond
	p.Options.MaxSize = 50 << 10
	p.Options.UserAgent = "vigil/test (+https://github.com/vigil-osint/vigil)"
	u := func(path string) string { return srv.URL + path }
	sum, err := p.Ingest(context.Background(), []string{
		u("/rss"), u("/atom"), u("/feed.json"), u("/redirect"), u("/latin1"), u("/plain"), u("/ua"), u("/report.txt.gz"),
		u("/missing"), u("/bomb"), u("/loop"), u("/slow"), u("/big"), u("/broken-feed"), "http://127.0.0.1:1/unreachable",
	})
	if err != nil {
		t.Fatal(err)
	}
	// 2 RSS items, 1 Atom entry, 1 JSON Feed item, 5 pages.
	if sum.New != 9 {
		t.Errorf("summary %s, want 9 new; failures:\n%s", sum, failureText(sum))
	}
	wantFail := map[string]string{
		u("/missing"):                    "HTTP 404 Not Found",
		u("/loop"):                       "stopped after 5 redirects",
		u("/slow"):                       "no response within 300ms",
		u("/big"):                        "larger than the 50KiB size limit",
		u("/bomb"):                       "larger than the 50KiB size limit",
		u("/broken-feed"):                "malformed feed",
		"http://127.0.0.1:1/unreachable": "connection refused",
	}
	got := map[string]string{}
	for _, f := range sum.Failures {
		got[f.Input] = f.Err.Error()
	}
	for in, want := range wantFail {
		if !strings.Contains(got[in], want) {
			t.Errorf("failure of %s = %q, want it to say %q", in, got[in], want)
		}
	}
	if len(sum.Failures) != len(wantFail) {
		t.Errorf("failures:\n%s", failureText(sum))
	}
	docs := byExternalID(documents(t, s))
	page := docs[u("/redirect")]
	if page.URL != u("/page") || page.Outlet != "Frontier Gazette" || !strings.Contains(page.Text, "Bannu") {
		t.Errorf("redirected page stored as %+v", page)
	}
	if l := docs[u("/latin1")]; !strings.Contains(l.Text, "owner of a café on Jinnah Road") || l.Title != "Café owner shot in Quetta" {
		t.Errorf("windows-1252 page decoded as title %q text %q", l.Title, l.Text)
	}
	if j := docs["valley-77"]; j.Outlet != "Valley Dispatch" || !strings.Contains(j.Text, "Mingora") {
		t.Errorf("JSON Feed item stored as %+v", j)
	}
	if ua := docs[u("/ua")]; !strings.Contains(ua.Text, "vigil/test (+https://github.com/vigil-osint/vigil)") {
		t.Errorf("User-Agent not sent: %q", ua.Text)
	}
}

// feedServer serves an RSS feed with an ETag that changes with its content,
// answering conditional requests with 304, and counts full responses.
type feedServer struct {
	mu    sync.Mutex
	items []string
	full  int
}

func (f *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	etag := `"v` + strconv.Itoa(len(f.items)) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f.full++
	w.Header().Set("Content-Type", "application/rss+xml")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Gazette</title>`)
	for i, it := range f.items {
		b.WriteString("<item><guid>g" + strconv.Itoa(i) + "</guid><title>Item " + strconv.Itoa(i) + "</title><description>" + it + "</description></item>")
	}
	b.WriteString("</channel></rss>")
	w.Write([]byte(b.String()))
}

func TestPollRemembersWhatItSaw(t *testing.T) {
	fs := &feedServer{items: []string{
		"Two soldiers were martyred in Mir Ali on Friday.",
		"A constable was killed in Bannu on Saturday.",
	}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	s := openStore(t)
	p := newPipeline(t, s)
	ctx := context.Background()

	first, err := p.Poll(ctx, srv.URL)
	if err != nil || first.New != 2 {
		t.Fatalf("first poll: %s, %v", first, err)
	}
	second, err := p.Poll(ctx, srv.URL)
	if err != nil || second.New+second.Duplicate != 0 {
		t.Fatalf("unchanged feed: %s, %v; want nothing read", second, err)
	}
	fs.mu.Lock()
	fs.items = append(fs.items, "Six militants were killed in Datta Khel on Sunday.")
	fs.mu.Unlock()
	third, err := p.Poll(ctx, srv.URL)
	if err != nil || third.New != 1 || third.Duplicate != 0 {
		t.Fatalf("feed with one new item: %s, %v; want 1 new and the seen items skipped", third, err)
	}
	if fs.full != 2 {
		t.Errorf("%d full responses, want 2 (the unchanged poll must be a 304)", fs.full)
	}
	st, err := s.FeedState(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Seen) != 3 || st.ETag != `"v3"` {
		t.Errorf("feed state %+v, want 3 seen items and ETag \"v3\"", st)
	}
}

func TestWatchStopsWithContext(t *testing.T) {
	fs := &feedServer{items: []string{"A constable was killed in Tank."}}
	srv := httptest.NewServer(fs)
	defer srv.Close()
	p := newPipeline(t, openStore(t))
	ctx, cancel := context.WithCancel(context.Background())
	rounds := 0
	errc := make(chan error, 1)
	go func() {
		errc <- p.Watch(ctx, []string{srv.URL}, time.Hour, func(Summary) {
			rounds++
			cancel() // as SIGINT would, between rounds
		})
	}()
	select {
	case err := <-errc:
		if err != nil || rounds != 1 {
			t.Errorf("Watch returned %v after %d rounds, want nil after 1", err, rounds)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Watch did not stop when its context ended")
	}
}

func TestPollFailures(t *testing.T) {
	srv := newServer(t)
	p := newPipeline(t, openStore(t))
	tests := []struct{ url, want string }{
		{srv.URL + "/missing", "HTTP 404"},
		{srv.URL + "/broken-feed", "malformed feed"},
		{srv.URL + "/page", "not an RSS, Atom or JSON feed"},
		{"feeds/local.xml", "not an http(s) URL"},
	}
	for _, tt := range tests {
		sum, err := p.Poll(context.Background(), tt.url)
		if err != nil {
			t.Fatalf("Poll(%s) stopped: %v", tt.url, err)
		}
		if sum.Failed != 1 || !strings.Contains(failureText(sum), tt.want) {
			t.Errorf("Poll(%s): %s; failures %q, want one saying %q", tt.url, sum, failureText(sum), tt.want)
		}
	}
}

func TestFollowLinks(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Gazette</title>
<item><guid>short-1</guid><title>Bannu checkpost attacked</title><link>` + srv.URL + `/story</link><description>A constable was killed.</description></item>
</channel></rss>`))
	})
	mux.HandleFunc("GET /story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(pageHTML))
	})
	for _, follow := range []bool{false, true} {
		s := openStore(t)
		p := newPipeline(t, s)
		p.Options.FollowLinks = follow
		sum, err := p.Ingest(context.Background(), []string{srv.URL + "/feed"})
		if err != nil || sum.New != 1 {
			t.Fatalf("follow=%v: %s, %v; failures %s", follow, sum, err, failureText(sum))
		}
		d := documents(t, s)[0]
		full := strings.Contains(d.Text, "search operation had been launched")
		if full != follow || !strings.Contains(d.Text, "Bannu checkpost attacked") || d.Outlet != "Frontier Gazette" {
			t.Errorf("follow=%v: stored text %q (outlet %q)", follow, d.Text, d.Outlet)
		}
	}
}

func TestPollReportsABadItemOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><guid>empty</guid></item>
<item><guid>ok</guid><title>Constable killed in Tank</title></item></channel></rss>`))
	}))
	defer srv.Close()
	p := newPipeline(t, openStore(t))
	first, err := p.Poll(context.Background(), srv.URL)
	if err != nil || first.New != 1 || first.Failed != 1 || !strings.Contains(failureText(first), "item empty: empty item") {
		t.Fatalf("first poll: %s, %v; failures %q", first, err, failureText(first))
	}
	second, err := p.Poll(context.Background(), srv.URL)
	if err != nil || second.New+second.Duplicate+second.Failed != 0 {
		t.Errorf("second poll: %s, %v; want both items skipped as seen", second, err)
	}
}
