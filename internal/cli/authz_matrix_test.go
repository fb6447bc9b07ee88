package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// matrixRecord is one record of the authorisation matrix: a document, its
// event, claim and equipment record, and the incident fused from the
// event, all under one marking owned by organisation "a". Its place names
// it wherever it shows (pages, JSON, exports), and its toll is a power of
// two, so a total of fatalities says exactly which records were counted.
type matrixRecord struct {
	tlp   vigil.TLP
	place string
	toll  int
}

var matrixRecords = []matrixRecord{
	{vigil.TLPClear, "Gwadar", 1},
	{vigil.TLPGreen, "Turbat", 2},
	{vigil.TLPAmber, "Panjgur", 4},
	{vigil.TLPAmberStrict, "Kharan", 8},
	{vigil.TLPRed, "Awaran", 16},
}

// matrixWord is in every document's text, for the full-text search path.
const matrixWord = "zarghunwatch"

// matrix is the instance under test: one SQLite file, served as vigil serve
// serves it off loopback (login required) and on loopback (no login, the
// operator), with the ids of each place's incident and document.
type matrix struct {
	db         string // the --db the command line takes: a file or a postgres:// URL
	store      vigil.Store
	svc        *accounts.Service
	login, op  *httptest.Server
	incidentID map[string]int64
	documentID map[string]int64
	tokens     map[string]string // user name -> read token
}

// matrixStore opens a new empty database and returns it with the --db
// that names it.
type matrixStore func(t *testing.T) (vigil.Store, string)

// sqliteMatrix is a real SQLite file.
func sqliteMatrix(t *testing.T) (vigil.Store, string) {
	db := filepath.Join(t.TempDir(), "vigil.db")
	s, err := sqlite.Open(vigil.AsOperator(context.Background()), db)
	if err != nil {
		t.Fatal(err)
	}
	return s, db
}

// postgresMatrix is a database in a throw-away PostgreSQL cluster; it skips
// the test where PostgreSQL is not installed.
func postgresMatrix(t *testing.T) (vigil.Store, string) {
	dsn := pgtest.Start(t).NewDatabase(t)
	s, err := postgres.Open(vigil.AsOperator(context.Background()), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s, dsn
}

// newMatrix builds the matrix's instance on a SQLite file.
func newMatrix(t *testing.T) *matrix { return newMatrixOn(t, sqliteMatrix) }

func newMatrixOn(t *testing.T, open matrixStore) *matrix {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	m := &matrix{incidentID: map[string]int64{}, documentID: map[string]int64{}, tokens: map[string]string{}}
	store, db := open(t)
	t.Cleanup(func() { store.Close() })
	m.store, m.db = store, db
	as, ok := store.(accounts.Store)
	if !ok {
		t.Fatalf("%T keeps no accounts", store)
	}

	// Organisations: a owns the records, b is a's partner, c a stranger.
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := accounts.New(as, accounts.WithLogger(logger))
	svc.Params.Memory, svc.Params.Time = 1024, 1 // cheap hashes: the test does not measure them
	m.svc = svc
	for _, org := range []string{"a", "b", "c"} {
		if err := svc.AddOrg(ctx, "test", org); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.Partner(ctx, "test", "a", "b"); err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct{ name, org string }{{"alice", "a"}, {"ahmed", "a"}, {"bilal", "b"}, {"chen", "c"}} {
		if err := svc.AddUser(ctx, "test", u.name, u.org, vigil.RoleViewer, "a long enough password"); err != nil {
			t.Fatal(err)
		}
		tok, _, err := svc.CreateToken(ctx, "test", u.name, vigil.ScopeRead, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		m.tokens[u.name] = tok
	}

	day := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for i, r := range matrixRecords {
		mark := vigil.Marking{TLP: r.tlp, Owner: "a"}
		switch r.tlp {
		case vigil.TLPClear:
			mark.Owner = ""
		case vigil.TLPRed:
			mark.Recipients = []vigil.Recipient{{Org: "a", User: "alice"}}
		}
		date := day.AddDate(0, 0, 3*i) // days apart, so fusion keeps them apart
		text := fmt.Sprintf("%s report: %d people were killed in %s on %s.", matrixWord, r.toll, r.place, date.Format(time.DateOnly))
		doc := &vigil.Document{ExternalID: r.place, Origin: r.place + ".txt", Outlet: r.place + " Courier", Title: "Report from " + r.place,
			Published: date, Raw: text, Text: text, ContentHash: fmt.Sprintf("%064d", i+1), IngestedAt: date, Marking: mark}
		id, _, err := store.AddDocument(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		m.documentID[r.place] = id
		ds := date.Format(time.DateOnly)
		lat, lon := 25.0+float64(i), 62.0+float64(i)
		x := vigil.Extraction{
			Events: []vigil.Event{{EventDate: &ds, EventType: "Violence against civilians", SubEventType: "Attack",
				Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Admin2: r.place, Location: r.place,
				Latitude: &lat, Longitude: &lon, GeoPrecision: valuePtr(1), Fatalities: valuePtr(r.toll),
				Casualties: vigil.Casualties{Civilians: vigil.Counts{Killed: r.toll}}}},
			Claims: []vigil.Claim{{Metric: "deaths", Value: int64(r.toll), PeriodStart: ds, PeriodEnd: ds, Country: "Pakistan",
				Admin1: "Balochistan", AttributedTo: r.place + " levies"}},
			Equipment: []vigil.Equipment{{Kind: "seizure", Category: "weapons", Item: r.place + " carbine", LocationCountry: "Pakistan", AsOf: ds}},
		}
		if err := store.SaveExtraction(ctx, id, x); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := fuse.Update(ctx, store); err != nil {
		t.Fatal(err)
	}
	incs, err := store.Incidents(ctx, vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != len(matrixRecords) {
		t.Fatalf("fusion made %d incidents of %d records, want one each", len(incs), len(matrixRecords))
	}
	for _, inc := range incs {
		m.incidentID[inc.Location] = inc.ID
	}

	// The handlers vigil serve builds: off loopback (login required) and
	// on loopback (no login: the operator; TAXII anonymous).
	for _, s := range []struct {
		addr string
		srv  **httptest.Server
	}{{"0.0.0.0:8080", &m.login}, {"127.0.0.1:8080", &m.op}} {
		h, _, err := serveHandler(store, s.addr, "", "a", logger)
		if err != nil {
			t.Fatal(err)
		}
		*s.srv = httptest.NewServer(h)
		t.Cleanup((*s.srv).Close)
	}
	return m
}

// matrixViewer is one row of the matrix: who asks, how, and which places
// they must see (nil: none; for a login-required server, anonymous callers
// are refused outright).
type matrixViewer struct {
	name   string
	srv    func(m *matrix) *httptest.Server
	user   string // whose token is sent; "" for none
	as     string // --as for the command line; "" when the row has no CLI form
	want   []string
	taxiiW []string // what TAXII serves them, when it differs from want
}

func matrixViewers() []matrixViewer {
	login := func(m *matrix) *httptest.Server { return m.login }
	op := func(m *matrix) *httptest.Server { return m.op }
	return []matrixViewer{
		{name: "RED recipient (a/alice)", srv: login, user: "alice", as: "a/alice", want: []string{"Gwadar", "Turbat", "Panjgur", "Kharan", "Awaran"}},
		{name: "same org (a/ahmed)", srv: login, user: "ahmed", as: "a/ahmed", want: []string{"Gwadar", "Turbat", "Panjgur", "Kharan"}},
		{name: "partner (b/bilal)", srv: login, user: "bilal", as: "b/bilal", want: []string{"Gwadar", "Turbat", "Panjgur"}},
		{name: "partner org-wide (--as b)", as: "b", want: []string{"Gwadar", "Turbat", "Panjgur"}},
		{name: "stranger (c/chen)", srv: login, user: "chen", as: "c/chen", want: []string{"Gwadar"}},
		{name: "anonymous, login required", srv: login, want: nil},
		// On loopback without login pages and API serve the operator, but
		// TAXII never does: a caller without a token is anonymous there.
		{name: "operator, loopback", srv: op, want: []string{"Gwadar", "Turbat", "Panjgur", "Kharan", "Awaran"}, taxiiW: []string{"Gwadar"}},
	}
}

// get fetches path as user (a bearer token; none for "") and returns the
// status and body. Redirects are not followed: a login redirect is a
// refusal.
func (m *matrix) get(t *testing.T, srv *httptest.Server, user, path string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if user != "" {
		req.Header.Set("Authorization", "Bearer "+m.tokens[user])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// placesIn lists the record places body mentions, in matrixRecords order.
func placesIn(body string) []string {
	var out []string
	for _, r := range matrixRecords {
		if strings.Contains(body, r.place) {
			out = append(out, r.place)
		}
	}
	return out
}

// tollOf is the total of the places' tolls: the fatalities a viewer who
// sees exactly them must be told.
func tollOf(places []string) int {
	n := 0
	for _, r := range matrixRecords {
		if slices.Contains(places, r.place) {
			n += r.toll
		}
	}
	return n
}

// readPath is one read path of the matrix: it returns the places the
// viewer was shown, and checks its own counts against them.
type readPath struct {
	name string
	read func(t *testing.T, m *matrix, v matrixViewer) []string
}

// listed is a read path that lists records in one response: refused
// (401, 303 to the login page) means nothing was shown.
func listed(path string) func(*testing.T, *matrix, matrixViewer) []string {
	return func(t *testing.T, m *matrix, v matrixViewer) []string {
		status, body := m.get(t, v.srv(m), v.user, path)
		switch {
		case status == http.StatusOK:
			return placesIn(body)
		case v.user == "" && (status == http.StatusUnauthorized || status == http.StatusSeeOther):
			if p := placesIn(body); len(p) > 0 {
				t.Errorf("refused with %d, yet the answer names %v", status, p)
			}
			return nil
		}
		t.Fatalf("GET %s: status %d\n%s", path, status, body)
		return nil
	}
}

// each is a read path that opens every record's own page or route: the
// places whose page answered 200 (and named the place) were shown; a
// record the viewer may not see must be 404, as if it did not exist.
func each(kind string, ids func(*matrix) map[string]int64, path string) func(*testing.T, *matrix, matrixViewer) []string {
	return func(t *testing.T, m *matrix, v matrixViewer) []string {
		var out []string
		for _, r := range matrixRecords {
			p := fmt.Sprintf(path, ids(m)[r.place])
			status, body := m.get(t, v.srv(m), v.user, p)
			switch {
			case status == http.StatusOK && strings.Contains(body, r.place):
				out = append(out, r.place)
			case status == http.StatusNotFound, v.user == "" && (status == http.StatusUnauthorized || status == http.StatusSeeOther):
				if strings.Contains(body, r.place) {
					t.Errorf("%s %s refused with %d names %s", kind, p, status, r.place)
				}
			default:
				t.Errorf("GET %s: status %d", p, status)
			}
		}
		return out
	}
}

var (
	totalIncidentsRe  = regexp.MustCompile(`id="total-incidents">(\d+)<`)
	totalFatalitiesRe = regexp.MustCompile(`id="total-fatalities">(\d+)<`)
)

// shownTotals checks a stats answer (incidents and fatalities) against
// the places the same viewer was shown.
func shownTotals(t *testing.T, what string, incidents, fatalities int, shown []string) {
	t.Helper()
	if incidents != len(shown) || fatalities != tollOf(shown) {
		t.Errorf("%s counts %d incidents and %d fatalities; the viewer sees %v (%d, %d)", what, incidents, fatalities, shown, len(shown), tollOf(shown))
	}
}

func readPaths() []readPath {
	incidents := func(m *matrix) map[string]int64 { return m.incidentID }
	documents := func(m *matrix) map[string]int64 { return m.documentID }
	return []readPath{
		{"page: dashboard", func(t *testing.T, m *matrix, v matrixViewer) []string {
			status, body := m.get(t, v.srv(m), v.user, "/")
			if status != http.StatusOK {
				if v.user != "" || status != http.StatusSeeOther {
					t.Fatalf("dashboard: status %d", status)
				}
				return nil
			}
			// The dashboard names no record: its totals say what it counted,
			// and the powers of two say which.
			in, fa := totalIncidentsRe.FindStringSubmatch(body), totalFatalitiesRe.FindStringSubmatch(body)
			if in == nil || fa == nil {
				t.Fatalf("dashboard without totals:\n%s", body)
			}
			n, _ := strconv.Atoi(in[1])
			f, _ := strconv.Atoi(fa[1])
			var shown []string
			for _, r := range matrixRecords {
				if f&r.toll != 0 {
					shown = append(shown, r.place)
				}
			}
			shownTotals(t, "the dashboard", n, f, shown)
			return shown
		}},
		{"page: incident list", listed("/incidents")},
		{"page: each incident", each("incident page", incidents, "/incidents/%d")},
		{"page: review queue", listed("/review")},
		{"page: claims", listed("/claims")},
		{"page: equipment", listed("/equipment")},
		{"page: sources", listed("/sources")},
		{"page: each document", each("document page", documents, "/documents/%d")},
		{"page: search", listed("/incidents?text=" + matrixWord)},
		{"api: incidents", func(t *testing.T, m *matrix, v matrixViewer) []string {
			shown := listed("/api/v1/incidents?limit=100")(t, m, v)
			if shown != nil {
				var page struct{ Total int }
				_, body := m.get(t, v.srv(m), v.user, "/api/v1/incidents?limit=100")
				json.Unmarshal([]byte(body), &page)
				if page.Total != len(shown) {
					t.Errorf("the incident list's total is %d; it lists %v", page.Total, shown)
				}
			}
			return shown
		}},
		{"api: each incident", each("incident", incidents, "/api/v1/incidents/%d")},
		{"api: documents", listed("/api/v1/documents?limit=100")},
		{"api: each document", each("document", documents, "/api/v1/documents/%d")},
		{"api: search", listed("/api/v1/incidents?text=" + matrixWord)},
		{"api: claims", listed("/api/v1/claims?limit=100")},
		{"api: claims check", listed("/api/v1/claims/check")},
		{"api: equipment", listed("/api/v1/equipment?limit=100")},
		{"api: outlets", listed("/api/v1/outlets")},
		{"api: incidents by district", func(t *testing.T, m *matrix, v matrixViewer) []string {
			// Filtered by district, the list is another query shape that
			// must keep the markings too.
			var out []string
			for _, r := range matrixRecords {
				if p := listed("/api/v1/incidents?admin2="+r.place)(t, m, v); slices.Contains(p, r.place) {
					out = append(out, r.place)
				}
			}
			return out
		}},
		{"api: stats", func(t *testing.T, m *matrix, v matrixViewer) []string {
			status, body := m.get(t, v.srv(m), v.user, "/api/v1/stats?by=admin2")
			if status != http.StatusOK {
				if v.user != "" {
					t.Fatalf("stats: status %d", status)
				}
				return nil
			}
			var rep struct {
				Rows []struct {
					Key       []string
					Incidents int
				}
				Total struct{ Incidents, Fatalities int }
			}
			if err := json.Unmarshal([]byte(body), &rep); err != nil {
				t.Fatal(err)
			}
			var shown []string
			for _, row := range rep.Rows {
				shown = append(shown, row.Key[0])
			}
			shown = placesIn(strings.Join(shown, " "))
			shownTotals(t, "the stats", rep.Total.Incidents, rep.Total.Fatalities, shown)
			return shown
		}},
		{"api: map", func(t *testing.T, m *matrix, v matrixViewer) []string {
			shown := listed("/api/v1/map")(t, m, v)
			if shown != nil {
				var mp struct {
					Total    int
					Features []json.RawMessage
				}
				_, body := m.get(t, v.srv(m), v.user, "/api/v1/map")
				json.Unmarshal([]byte(body), &mp)
				if mp.Total != len(shown) || len(mp.Features) != len(shown) {
					t.Errorf("the map counts %d and draws %d incidents; it names %v", mp.Total, len(mp.Features), shown)
				}
			}
			return shown
		}},
		{"api: export CSV", listed("/api/v1/export/incidents.csv")},
		{"api: export GeoJSON", listed("/api/v1/export/incidents.geojson")},
		{"api: export JSON Lines", listed("/api/v1/export/incidents.jsonl")},
	}
}

// cliPaths are the command line's exports and stats for --as someone.
func cliPaths() []readPath {
	export := func(format string) func(*testing.T, *matrix, matrixViewer) []string {
		return func(t *testing.T, m *matrix, v matrixViewer) []string {
			code, out, errOut := runVigil(t, "export", "--db", m.db, "--format", format, "--as", v.as, "--org", "a")
			if code != 0 {
				t.Fatalf("export --as %s: exit %d: %s", v.as, code, errOut)
			}
			return placesIn(out)
		}
	}
	return []readPath{
		{"cli: export acled-csv --as", export("acled-csv")},
		{"cli: export geojson --as", export("geojson")},
		{"cli: export jsonl --as", export("jsonl")},
		{"cli: export stix --as", export("stix")},
		{"cli: stats --as", func(t *testing.T, m *matrix, v matrixViewer) []string {
			code, out, errOut := runVigil(t, "stats", "--db", m.db, "--by", "admin2", "--format", "json", "--as", v.as)
			if code != 0 {
				t.Fatalf("stats --as %s: exit %d: %s", v.as, code, errOut)
			}
			var rep struct {
				Total struct{ Incidents, Fatalities int }
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			shown := placesIn(out)
			shownTotals(t, "vigil stats", rep.Total.Incidents, rep.Total.Fatalities, shown)
			return shown
		}},
		{"cli: stats --claims --as", func(t *testing.T, m *matrix, v matrixViewer) []string {
			code, out, errOut := runVigil(t, "stats", "--db", m.db, "--claims", "--format", "json", "--as", v.as)
			if code != 0 {
				t.Fatalf("stats --claims --as %s: exit %d: %s", v.as, code, errOut)
			}
			return placesIn(out)
		}},
	}
}

// taxiiPlaces lists the places of the incidents the viewer pulls from the
// server's TAXII collection "red" (the widest: each object as its marking
// allows the caller). Incident names name the place.
func taxiiPlaces(t *testing.T, m *matrix, v matrixViewer) []string {
	token := ""
	if v.user != "" {
		token = m.tokens[v.user]
	}
	got, err := (&taxii.Client{Token: token}).Pull(context.Background(), v.srv(m).URL+taxii.APIRootPath, "red", taxii.PullQuery{Types: []string{"incident"}})
	if err != nil {
		var te *taxii.Error
		if v.user == "" && v.srv(m) == m.login && errors.As(err, &te) && te.HTTPStatus == "401" {
			return nil
		}
		t.Fatalf("TAXII pull: %v", err)
	}
	var names []string
	for _, raw := range got.Objects {
		var o struct {
			Name    string
			Revoked bool
		}
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		if !o.Revoked {
			names = append(names, o.Name)
		}
	}
	return placesIn(strings.Join(names, "\n"))
}

// TestAuthorisationMatrix is issue #6's acceptance test for reads: records
// of every marking owned by organisation a; viewers of a (a RED recipient
// and a non-recipient), of a's partner b, of the stranger c, anonymous, and
// the operator on loopback; every page, API route, search, stats, export
// (API and command line with --as) and TAXII. Each viewer must be shown
// exactly the records the marking rules allow, and every count must equal
// what the viewer is shown.
func TestAuthorisationMatrix(t *testing.T) {
	for _, b := range []struct {
		name string
		open matrixStore
	}{{"sqlite", sqliteMatrix}, {"postgres", postgresMatrix}} {
		t.Run(b.name, func(t *testing.T) { runMatrix(t, newMatrixOn(t, b.open)) })
	}
}

// runMatrix checks every viewer on every read path of m.
func runMatrix(t *testing.T, m *matrix) {
	checked := 0
	for _, v := range matrixViewers() {
		t.Run(v.name, func(t *testing.T) {
			var paths []readPath
			if v.srv != nil {
				paths = append(paths, readPaths()...)
				paths = append(paths, readPath{"taxii: collection red", taxiiPlaces})
			}
			if v.as != "" {
				paths = append(paths, cliPaths()...)
			}
			for _, p := range paths {
				want := v.want
				if p.name == "taxii: collection red" && v.taxiiW != nil {
					want = v.taxiiW
				}
				t.Run(p.name, func(t *testing.T) {
					if got := p.read(t, m, v); !slices.Equal(got, want) {
						t.Errorf("shown %v, want exactly %v", got, want)
					}
				})
				checked++
			}
		})
	}
	t.Logf("%d viewer × read path combinations over %d markings", checked, len(matrixRecords))
}
