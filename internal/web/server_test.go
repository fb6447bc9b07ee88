package web

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
)

func start(t *testing.T, f *apitest.Fixture, logs io.Writer) *httptest.Server {
	t.Helper()
	opts := Options{}
	if logs != nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	h, err := NewServer(f.Store, opts)
	if err != nil {
		t.Fatalf("NewServer: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func fetch(t *testing.T, srv *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func id(n int64) string { return strconv.FormatInt(n, 10) }

func TestPages(t *testing.T) {
	f := apitest.Seed(t)
	srv := start(t, f, nil)
	tests := []struct {
		name, path string
		status     int
		want       []string
		notWant    []string
	}{
		{"list", "/incidents", 200,
			[]string{"Mir Ali, Khyber Pakhtunkhwa, Pakistan", "Parachinar", "2024-03-16", "(5–13)",
				"security forces 7 killed; militants 6 killed", `<span class="state state-unreviewed">unreviewed</span>`,
				"Military Forces of Pakistan v TTP", "Showing 1–2 of 2"},
			[]string{"verified"}},
		{"list filtered by date", "/incidents?from=2024-11-01&to=2024-11-30", 200, []string{"Parachinar", `value="2024-11-01"`}, []string{"Mir Ali"}},
		{"list filtered by text", "/incidents?text=Waziristan", 200, []string{"Mir Ali"}, []string{"Parachinar"}},
		{"list filtered by type", "/incidents?type=Violence+against+civilians", 200, []string{"Parachinar"}, []string{"Mir Ali"}},
		{"list empty", "/incidents?admin1=Balochistan", 200, []string{"No incidents match"}, []string{"Mir Ali"}},
		{"list paged", "/incidents?limit=1", 200, []string{"Showing 1–1 of 2", `rel="next" href="/incidents?limit=1&amp;offset=1"`}, []string{"Mir Ali", "Previous"}},
		{"list second page", "/incidents?limit=1&offset=1", 200, []string{"Mir Ali", "Showing 2–2 of 2", `rel="prev" href="/incidents?limit=1"`}, []string{"Next"}},
		{"list bad date", "/incidents?from=16-03-2024", 400, []string{`from date &#34;16-03-2024&#34; is not a date`}, nil},
		{"incident", "/incidents/" + id(f.MirAli), 200,
			[]string{"Dawn", "The Express Tribune", "2024-03-17", "most conservative figure", "sources range 5–13",
				"same day, place and type", `href="/documents/` + id(f.FirstDoc) + `"`, `href="https://example.invalid/dawn-1"`,
				"5 killed", "7 killed", "6 killed"},
			nil},
		{"incident bad id", "/incidents/abc", 400, []string{`incident id &#34;abc&#34; is not a positive number`}, nil},
		{"incident missing", "/incidents/9999", 404, []string{"incident 9999 not found"}, nil},
		{"document", "/documents/" + id(f.FirstDoc), 200, []string{apitest.FirstText, "Soldiers killed in Mir Ali", "dawn-1"}, nil},
		{"document missing", "/documents/9999", 404, []string{"document 9999 not found"}, nil},
		{"document bad id", "/documents/-1", 400, []string{"document id"}, nil},
		{"no such page", "/reports", 404, []string{"no page at /reports"}, nil},
		{"stylesheet", "/static/vigil.css", 200, []string{"mark {"}, nil},
		{"api", "/api/v1/incidents", 200, []string{`"review_state": "unreviewed"`}, nil},
		{"list sorted by toll", "/incidents?sort=toll", 200, []string{`<option selected>toll</option>`}, nil},
		{"list bad sort", "/incidents?sort=loudest", 400, []string{`sort &#34;loudest&#34; is not one of`}, nil},
		{"dashboard", "/", 200, []string{`id="total-incidents">2<`, `id="total-fatalities">43<`, `<option>Khyber Pakhtunkhwa</option>`,
			`src="/static/dashboard.js"`, `<canvas id="chart-category">`}, nil},
		{"dashboard filtered", "/?type=Battles", 200, []string{`id="total-incidents">1<`, `id="total-fatalities">5<`,
			`<option selected>Battles</option>`, `data-query="type=Battles"`, `href="/api/v1/export/incidents.csv?type=Battles"`}, nil},
		{"dashboard bad filter", "/?review_state=perhaps", 400, []string{"review_state"}, nil},
		{"review queue", "/review", 200, []string{"2 incidents wait for review", "Parachinar", "read-only"}, []string{`action="/incidents/`}},
		{"claims", "/claims", 200, []string{"0 of 1 hold", "PICSS", "at least 140", `<span class="state state-rejected">differs</span>`, "coverage"}, nil},
		{"claims bad date", "/claims?from=2024-99-01", 400, []string{"from date"}, nil},
		{"equipment", "/equipment", 200, []string{"M4 rifles", "United States", `<td>weapons</td>`, `src="/static/equipment.js"`}, nil},
		{"sources", "/sources", 200, []string{"The Express Tribune", "Dawn", "No input has failed"}, nil},
		{"sources of one outlet", "/sources?outlet=Dawn", 200, []string{"Latest documents from Dawn", "Soldiers killed in Mir Ali"}, []string{"Kurram convoy"}},
		{"dashboard script", "/static/dashboard.js", 200, []string{"/api/v1/stats"}, nil},
		{"vendored map library", "/static/vendor/leaflet/leaflet.js", 200, []string{"Leaflet"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := fetch(t, srv, tc.path)
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d\n%s", resp.StatusCode, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body has %q", w)
				}
			}
			h := resp.Header
			if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP %q", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", h.Get("X-Content-Type-Options"))
			}
		})
	}
}

// A state-changing request without the session's CSRF token is refused
// before anything else looks at it; with the token, read-only pages still
// answer 405.
func TestCSRF(t *testing.T) {
	f := apitest.Seed(t)
	srv := start(t, f, nil)
	resp, body := fetch(t, srv, "/")
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
		t.Fatalf("CSRF cookie %+v", cookie)
	}
	if !strings.Contains(body, `<meta name="csrf-token" content="`+cookie.Value+`">`) {
		t.Errorf("the page does not carry the session's token")
	}
	post := func(path, token, origin string, withCookie bool) int {
		form := url.Values{"action": {"verify"}}
		if token != "" {
			form.Set(csrfField, token)
		}
		req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if withCookie {
			req.AddCookie(cookie)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	review := "/incidents/" + id(f.MirAli) + "/review"
	for _, tc := range []struct {
		name, path, token, origin string
		cookie                    bool
		status                    int
	}{
		{"no cookie, no token", review, "", "", false, 403},
		{"cookie, no token", review, "", "", true, 403},
		{"token, no cookie", review, cookie.Value, "", false, 403},
		{"wrong token", review, strings.Repeat("x", 43), "", true, 403},
		{"other origin", review, cookie.Value, "https://evil.example", true, 403},
		{"api without token", "/api/v1/incidents", "", "", true, 403},
		{"good token, read-only desk", review, cookie.Value, srv.URL, true, 400},
		{"good token, read-only page", "/incidents", cookie.Value, "", true, 405},
		{"good token, dashboard", "/", cookie.Value, "", true, 405},
		{"good token, document", "/documents/1", cookie.Value, "", true, 405},
	} {
		if got := post(tc.path, tc.token, tc.origin, tc.cookie); got != tc.status {
			t.Errorf("%s: POST %s: status %d, want %d", tc.name, tc.path, got, tc.status)
		}
	}
	if inc, err := f.Store.Incident(context.Background(), f.MirAli); err != nil || inc.ReviewState != "unreviewed" {
		t.Errorf("a refused request changed the incident: %+v, %v", inc, err)
	}
}

// The report text is untrusted: markup in it must arrive as text, both in
// the document page and in the highlighted sources of an incident, and in
// titles.
func TestReportTextIsEscaped(t *testing.T) {
	f := apitest.Seed(t)
	srv := start(t, f, nil)
	for _, path := range []string{"/incidents/" + id(f.MirAli), "/documents/" + id(f.SecondDoc), "/sources"} {
		_, body := fetch(t, srv, path)
		if strings.Contains(body, "<script") {
			t.Errorf("%s: a <script> tag reached the page", path)
		}
		if !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("%s: the report's markup is not shown as text", path)
		}
	}
}

// Overlapping evidence spans become one mark naming every field; separate
// spans get their own marks, in every source.
func TestEvidenceHighlighted(t *testing.T) {
	f := apitest.Seed(t)
	srv := start(t, f, nil)
	_, body := fetch(t, srv, "/incidents/"+id(f.MirAli))
	for _, want := range []string{
		`<mark title="casualties.security_forces.killed">five soldiers</mark>`,
		`<mark title="fatalities, casualties.security_forces.killed">The toll rose to seven soldiers</mark>, the military said.`,
		`<mark title="casualties.militants.killed">Six attackers were killed</mark>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("incident page lacks %s", want)
		}
	}
	if n := strings.Count(body, "<mark"); n != 3 {
		t.Errorf("%d marks, want 3", n)
	}
}

func TestRequestsAreLogged(t *testing.T) {
	f := apitest.Seed(t)
	var logs bytes.Buffer
	srv := start(t, f, &logs)
	fetch(t, srv, "/incidents/9999")
	if line := logs.String(); !strings.Contains(line, "path=/incidents/9999") || !strings.Contains(line, "status=404") {
		t.Errorf("log lacks the request: %q", line)
	}
}

// A failing store gives a 500 page that names nothing of the database, and
// the detail goes to the log.
func TestInternalErrorPage(t *testing.T) {
	f := apitest.Seed(t)
	var logs bytes.Buffer
	srv := start(t, f, &logs)
	f.Store.Close()
	resp, body := fetch(t, srv, "/incidents")
	if resp.StatusCode != 500 || !strings.Contains(body, "internal error") || strings.Contains(strings.ToLower(body), "sql") {
		t.Errorf("status %d, body %s", resp.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "sql") {
		t.Errorf("the error's detail was not logged: %s", logs.String())
	}
}

func BenchmarkIncidentPage(b *testing.B) {
	f := apitest.Seed(b)
	h, err := NewServer(f.Store, Options{})
	if err != nil {
		b.Fatal(err)
	}
	path := "/incidents/" + id(f.MirAli)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

func BenchmarkIncidentList(b *testing.B) {
	f := apitest.Seed(b)
	h, err := NewServer(f.Store, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/incidents?from=2024-01-01&to=2024-12-31", nil))
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
