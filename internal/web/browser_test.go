package web

import (
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// browser drives a real headless Chromium against a desk served on
// loopback, and records what would make a page unfit: console errors,
// uncaught exceptions, failed loads and any request leaving localhost.
type browser struct {
	t        *testing.T
	ctx      context.Context
	base     string
	artefact string
	mu       sync.Mutex
	problems []string
}

// chromiumPath finds Debian's chromium (CI installs it) or another Chrome.
func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func newBrowser(t *testing.T, srv *httptest.Server) *browser {
	t.Helper()
	exe := chromiumPath()
	if exe == "" {
		t.Skip("chromium is not installed (apt-get install chromium); the browser tests need it and CI installs it")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })

	dir := os.Getenv("VIGIL_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artefacts folder: %v", err)
	}
	b := &browser{t: t, ctx: ctx, base: srv.URL, artefact: dir}
	// The first run starts the browser and must have no deadline, or the
	// deadline would end the browser; each step gets its own below.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				b.problem("console error: %s", strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problem("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg)
		case *cdplog.EventEntryAdded:
			// Failed loads and Content-Security-Policy violations land here.
			if ev.Entry.Level == cdplog.EntryLevelError {
				b.problem("browser log: %s %s", ev.Entry.Text, ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			if !isLocal(ev.Request.URL) {
				b.problem("request left localhost: %s", ev.Request.URL)
			}
		}
	})
	if err != nil {
		t.Fatalf("listen to chromium: %v", err)
	}
	return b
}

// isLocal reports whether a URL the page asked for stays on this machine.
// data: and blob: URLs are made in the page itself.
func isLocal(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob", "about":
		return true
	}
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (b *browser) problem(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

// stepTimeout bounds one step, so a page that never becomes ready fails
// the test instead of hanging it.
const stepTimeout = 20 * time.Second

// do runs the actions and fails the test on an error or on any problem the
// page reported meanwhile.
func (b *browser) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
	b.check(step)
}

// check fails the test for every problem reported since the last check.
func (b *browser) check(step string) {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		b.t.Errorf("%s: %s", step, p)
	}
	b.problems = nil
}

// value runs one action that reads a value from the page.
func value[T any](b *browser, step string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
	return v
}

// screenshot saves the whole page as name.png among the artefacts.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	png := value(b, "screenshot "+name, chromedp.FullScreenshot(100))
	path := filepath.Join(b.artefact, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s", path)
}

// locate gives the fixture's incidents coordinates: Mir Ali known only to
// its district (precision 3), Parachinar exactly.
func locate(t *testing.T, f *apitest.Fixture) {
	t.Helper()
	ctx := context.Background()
	for _, p := range []struct {
		id        int64
		lat, lon  float64
		precision int
	}{{f.MirAli, 33.0, 70.07, 3}, {f.Kurram, 33.9, 70.1, 1}} {
		inc, err := f.Store.Incident(ctx, p.id)
		if err != nil {
			t.Fatal(err)
		}
		inc.Latitude, inc.Longitude, inc.GeoPrecision = &p.lat, &p.lon, &p.precision
		if _, err := f.Store.SaveIncident(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests start Chromium; skipped with -short")
	}
	f := apitest.Seed(t)
	locate(t, f)
	h, err := NewServer(f.Store, Options{Reviewer: review.New(f.Store), Analyst: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	b := newBrowser(t, srv)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	ready := css(`#desk[data-map-ready="true"][data-charts-ready="true"]`)
	count := func(sel string) int {
		return value(b, "count "+sel, chromedp.Evaluate[int](`document.querySelectorAll('`+sel+`').length`))
	}

	b.do("dashboard", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(ready))
	total := value(b, "dashboard", chromedp.Text(css(`#total-incidents`)))
	markers, rings, charts := count(`.leaflet-marker-icon`), count(`path.leaflet-interactive[stroke-dasharray]`), count(`canvas`)
	b.screenshot("dashboard")
	if total != "2" || markers != 1 || rings != 1 || charts != 3 {
		t.Errorf("dashboard: total %q, %d markers (want 1 exact), %d rings (want 1 district-level), %d charts", total, markers, rings, charts)
	}

	b.do("filter",
		chromedp.SetValue(css(`select[name="type"]`), "Violence against civilians"),
		chromedp.Submit(css(`#filters`)),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.WaitVisible(ready),
	)
	total = value(b, "filter", chromedp.Text(css(`#total-incidents`)))
	url := value(b, "filter", chromedp.Location())
	b.screenshot("dashboard-filtered")
	if total != "1" || !strings.Contains(url, "type=Violence+against+civilians") {
		t.Errorf("after filtering: total %q, URL %s", total, url)
	}

	b.do("incident", chromedp.Navigate(fmt.Sprintf("%s/incidents/%d", b.base, f.MirAli)), chromedp.WaitVisible(css(`.source mark`)))
	marks := count(`.source mark`)
	first := value(b, "incident", chromedp.Text(css(`.source mark`)))
	b.screenshot("incident")
	if marks != 3 || first != "five soldiers" {
		t.Errorf("incident: %d highlighted spans, first %q; want 3, \"five soldiers\"", marks, first)
	}

	// The queue lists by impact: Parachinar (38 killed) first. "v" verifies it.
	b.do("review queue", chromedp.Navigate(b.base+"/review"), chromedp.WaitVisible(css(`#queue tr.selected`)))
	b.screenshot("review-queue")
	b.do("verify", chromedp.KeyEvent("v"), chromedp.WaitVisible(css(`.notice`)))
	notice := value(b, "verify", chromedp.Text(css(`.notice`)))
	b.screenshot("review-queue-after")
	b.do("verified incident", chromedp.Navigate(fmt.Sprintf("%s/incidents/%d", b.base, f.Kurram)), chromedp.WaitVisible(css(`#review-state`)))
	state := value(b, "verified incident", chromedp.Text(css(`#review-state`)))
	if !strings.Contains(notice, fmt.Sprintf("incident %d verified", f.Kurram)) || state != "verified" {
		t.Errorf("after pressing v: notice %q, incident state %q", notice, state)
	}
	inc, err := f.Store.Incident(context.Background(), f.Kurram)
	if err != nil || inc.ReviewState != vigil.StateVerified {
		t.Errorf("stored state %+v, %v", inc, err)
	}

	for _, page := range []string{"/claims", "/equipment", "/sources"} {
		sel := `main h1`
		if page == "/equipment" {
			sel = `#equipment[data-ready="true"]`
		}
		b.do(page, chromedp.Navigate(b.base+page), chromedp.WaitVisible(css(sel)))
		b.screenshot(strings.TrimPrefix(page, "/"))
	}
	b.check("end")
}

// TestBrowserDistricts checks the Afghan district outlines: an Afghan
// incident known only to its district is drawn as that district's outline,
// one known only to its province and a Pakistani district-level one keep
// the dashed ring, and the exact one stays a marker.
func TestBrowserDistricts(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests start Chromium; skipped with -short")
	}
	f := apitest.Seed(t)
	locate(t, f)
	ctx := context.Background()
	for _, e := range []struct{ admin1, admin2, location string }{
		{"Nangarhar", "Achin", ""},      // district known: its outline
		{"Nangarhar", "Achin", "Pekha"}, // a village in it, placed at the district: the same outline
		{"Helmand", "", ""},             // province only: a ring
		{"Kunar", "Nowhere Valley", ""}, // a district the outlines lack: a ring
	} {
		lat, lon, precision, day := 34.12, 70.70, 3, "2024-05-02"
		inc := vigil.Incident{Event: vigil.Event{EventDate: &day, EventType: "Battles", Country: "Afghanistan", ISO3: "AFG",
			Admin1: e.admin1, Admin2: e.admin2, Location: e.location, Latitude: &lat, Longitude: &lon, GeoPrecision: &precision}}
		if _, err := f.Store.SaveIncident(ctx, &inc); err != nil {
			t.Fatalf("save %+v: %v", e, err)
		}
	}
	h, err := NewServer(f.Store, Options{Reviewer: review.New(f.Store), Analyst: "tester"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	b := newBrowser(t, srv)
	count := func(sel string) int {
		return value(b, "count "+sel, chromedp.Evaluate[int](`document.querySelectorAll('`+sel+`').length`))
	}

	b.do("dashboard", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS(`#desk[data-map-ready="true"][data-charts-ready="true"]`)))
	b.screenshot("dashboard-districts")
	outlines := value(b, "outlines", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('path.district')).map(p => p.dataset.district + '/' + p.dataset.province + '/' + p.dataset.incidents)`))
	if len(outlines) != 1 || outlines[0] != "Achin/Nangarhar/2" {
		t.Errorf("district outlines %q; want one, Achin in Nangarhar with 2 incidents", outlines)
	}
	// The outline is a closed polygon (a ring would be drawn as an arc).
	d := value(b, "outline path", chromedp.Evaluate[string](`(document.querySelector('path.district') || {}).getAttribute?.('d') || ''`))
	if strings.Count(d, "L") < 3 || !strings.HasSuffix(d, "z") || strings.Contains(d, "a") {
		t.Errorf("Achin's outline path %q is not a polygon", d)
	}
	rings, markers := count(`path.leaflet-interactive[stroke-dasharray]`), count(`.leaflet-marker-icon`)
	legend := value(b, "legend", chromedp.Evaluate[string](`(document.getElementById('district-legend') || {}).textContent || ''`))
	if rings != 3 || markers != 1 || !strings.Contains(legend, "25 or more") {
		t.Errorf("%d rings (want 3: Mir Ali, Helmand, the unknown district), %d markers (want 1), legend %q", rings, markers, legend)
	}

	// Filtering to Pakistan leaves no Afghan outline and no district
	// legend, and the outlines are not even fetched.
	b.do("filter", chromedp.Navigate(b.base+"/?country=Pakistan"), chromedp.WaitVisible(chromedp.CSS(`#desk[data-map-ready="true"]`)))
	fetched := value(b, "fetched outlines", chromedp.Evaluate[int](
		`performance.getEntriesByType('resource').filter(e => e.name.includes('afghanistan-districts')).length`))
	if n, l := count(`path.district`), count(`#district-legend`); n != 0 || l != 0 || fetched != 0 {
		t.Errorf("filtered to Pakistan: %d district outlines, %d legends, outlines fetched %d times; want none", n, l, fetched)
	}
	b.check("end")
}
