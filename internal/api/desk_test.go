package api_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/stats"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestStats(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	tests := []struct {
		query    string
		keys     [][]string
		total    int
		fatal    int
		sfKilled int
	}{
		{"?by=month", [][]string{{"2024-03"}, {"2024-11"}}, 2, 43, 7},
		{"?by=month,type", [][]string{{"2024-03", "Battles"}, {"2024-11", "Violence against civilians"}}, 2, 43, 7},
		{"?by=admin1&from=2024-11-01", [][]string{{"Khyber Pakhtunkhwa"}}, 1, 38, 0},
		{"?by=month&type=Battles", [][]string{{"2024-03"}}, 1, 5, 7},
		{"?from=2030-01-01", nil, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var rep stats.Report
			if status := get(t, srv, "/api/v1/stats"+tc.query, &rep); status != 200 {
				t.Fatalf("status %d", status)
			}
			if len(rep.Rows) != len(tc.keys) {
				t.Fatalf("rows %+v, want keys %v", rep.Rows, tc.keys)
			}
			for i, k := range tc.keys {
				if strings.Join(rep.Rows[i].Key, "|") != strings.Join(k, "|") {
					t.Errorf("row %d key %v, want %v", i, rep.Rows[i].Key, k)
				}
			}
			if rep.Total.Incidents != tc.total || rep.Total.Fatalities != tc.fatal || rep.Total.Casualties.SecurityForces.Killed != tc.sfKilled {
				t.Errorf("total %+v, want %d incidents, %d fatalities, %d soldiers killed", rep.Total, tc.total, tc.fatal, tc.sfKilled)
			}
		})
	}
}

// goStore hides the SQLite store's aggregation so Stats falls back to
// tallying in Go; both paths must give the same report.
type goStore struct{ vigil.Store }

func TestStatsSQLMatchesGo(t *testing.T) {
	f := apitest.Seed(t)
	ctx := context.Background()
	rejected, err := f.Store.Incident(ctx, f.Kurram)
	if err != nil {
		t.Fatal(err)
	}
	for _, by := range [][]string{nil, {"month"}, {"admin1", "type"}, {"country", "admin2"}} {
		for _, flt := range []vigil.Filter{{}, {From: "2024-03-01", To: "2024-03-31"}, {ReviewState: vigil.StateUnreviewed}} {
			sql, err := api.Stats(ctx, f.Store, flt, by)
			if err != nil {
				t.Fatal(err)
			}
			inGo, err := api.Stats(ctx, goStore{f.Store}, flt, by)
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(sql)
			b, _ := json.Marshal(inGo)
			if string(a) != string(b) {
				t.Errorf("by %v filter %+v:\nSQL %s\nGo  %s", by, flt, a, b)
			}
		}
	}
	// A rejected incident leaves both.
	rejected.ReviewState = vigil.StateRejected
	if _, err := f.Store.SaveIncident(ctx, rejected); err != nil {
		t.Fatal(err)
	}
	rep, err := api.Stats(ctx, f.Store, vigil.Filter{}, nil)
	if err != nil || rep.Total.Incidents != 1 {
		t.Errorf("with Kurram rejected: %+v, %v; want 1 incident", rep.Total, err)
	}
}

func TestClaimsCheck(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	var got struct{ Items []api.ClaimCheckJSON }
	if status := get(t, srv, "/api/v1/claims/check", &got); status != 200 {
		t.Fatalf("status %d", status)
	}
	if len(got.Items) != 1 {
		t.Fatalf("items %+v, want the one PICSS claim", got.Items)
	}
	c := got.Items[0]
	// "over 140 incidents in 2024" against the two incidents stored.
	if !c.Checked || c.Computed != 2 || c.Holds || c.DocumentID != f.SecondDoc || c.Outlet != "The Express Tribune" {
		t.Errorf("check %+v, want computed 2 of a claimed 140, not holding, from the second document", c)
	}
}

func TestDocumentsOutletsAndErrors(t *testing.T) {
	f := apitest.Seed(t)
	if err := f.Store.AddIngestError(context.Background(), vigil.IngestError{Origin: "feed.xml", Message: "not a feed: <html>"}); err != nil {
		t.Fatal(err)
	}
	srv := serve(t, f.Store)
	var docs struct {
		Items      []api.DocumentJSON
		NextCursor string `json:"next_cursor"`
	}
	if status := get(t, srv, "/api/v1/documents?outlet=The+Express+Tribune&limit=1", &docs); status != 200 || len(docs.Items) != 1 || docs.NextCursor == "" {
		t.Fatalf("status %d, page %+v", status, docs)
	}
	first := docs.Items[0].ID
	if status := get(t, srv, "/api/v1/documents?outlet=The+Express+Tribune&limit=1&cursor="+docs.NextCursor, &docs); status != 200 ||
		len(docs.Items) != 1 || docs.Items[0].ID == first {
		t.Errorf("second page: status %d, %+v (first page held %d)", status, docs.Items, first)
	}
	var outlets struct{ Items []api.OutletJSON }
	if status := get(t, srv, "/api/v1/outlets", &outlets); status != 200 || len(outlets.Items) != 2 ||
		outlets.Items[0] != (api.OutletJSON{Outlet: "The Express Tribune", Documents: 2}) {
		t.Errorf("outlets: %d %+v", status, outlets.Items)
	}
	var errs struct{ Items []api.IngestErrorJSON }
	if status := get(t, srv, "/api/v1/ingest-errors", &errs); status != 200 || len(errs.Items) != 1 || errs.Items[0].Origin != "feed.xml" {
		t.Errorf("ingest errors: %d %+v", status, errs.Items)
	}
}

func TestMap(t *testing.T) {
	f := apitest.Seed(t)
	ctx := context.Background()
	inc, err := f.Store.Incident(ctx, f.MirAli)
	if err != nil {
		t.Fatal(err)
	}
	lat, lon, prec := 33.0, 70.0, 3
	inc.Latitude, inc.Longitude, inc.GeoPrecision = &lat, &lon, &prec
	if _, err := f.Store.SaveIncident(ctx, inc); err != nil {
		t.Fatal(err)
	}
	srv := serve(t, f.Store)
	var m api.MapJSON
	if status := get(t, srv, "/api/v1/map", &m); status != 200 {
		t.Fatalf("status %d", status)
	}
	// Kurram has no coordinates: counted, not drawn.
	if m.Total != 2 || len(m.Features) != 1 || m.Truncated {
		t.Fatalf("map %+v", m)
	}
	p := m.Features[0]
	if p.Properties.ID != f.MirAli || p.Properties.Precision != 3 || p.Geometry.Coordinates != [2]float64{70, 33} {
		t.Errorf("feature %+v", p)
	}
	// The dashboard draws district-level incidents by their parts, not by
	// parsing the joined place name.
	if p.Properties.Country != "Pakistan" || p.Properties.Admin1 != "Khyber Pakhtunkhwa" || p.Properties.Admin2 != "" {
		t.Errorf("feature place parts %+v", p.Properties)
	}
	// The store's query and the fallback in Go agree.
	inSQL, err := api.MapPoints(ctx, f.Store, vigil.Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	inGo, err := api.MapPoints(ctx, goStore{f.Store}, vigil.Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(inSQL) != 1 || len(inGo) != 1 || inSQL[0] != inGo[0] {
		t.Errorf("map points: SQL %+v, Go %+v", inSQL, inGo)
	}
}

func TestExports(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	for _, tc := range []struct {
		format, contentType string
		records             func(body string) int
	}{
		{"incidents.csv", "text/csv", func(b string) int {
			rows, err := csv.NewReader(strings.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatalf("csv: %v", err)
			}
			return len(rows) - 1 // header
		}},
		{"incidents.geojson", "application/geo+json", func(b string) int {
			var fc struct{ Features []json.RawMessage }
			if err := json.Unmarshal([]byte(b), &fc); err != nil {
				t.Fatalf("geojson: %v", err)
			}
			return len(fc.Features)
		}},
		{"incidents.jsonl", "application/jsonl", func(b string) int { return strings.Count(b, "\n") }},
	} {
		for query, want := range map[string]int{"": 2, "?type=Battles": 1, "?limit=1": 1} {
			resp, err := http.Get(srv.URL + "/api/v1/export/" + tc.format + query)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), tc.contentType) {
				t.Errorf("%s%s: status %d, type %q", tc.format, query, resp.StatusCode, resp.Header.Get("Content-Type"))
				continue
			}
			if got := tc.records(string(body)); got != want {
				t.Errorf("%s%s: %d records, want %d", tc.format, query, got, want)
			}
		}
	}
}

// List responses carry an ETag; asking again with it gets a bodiless 304,
// and a changed list gets a new tag.
func TestETag(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	fetch := func(path, etag string) (int, string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 304 && len(body) > 0 {
			t.Errorf("%s: 304 with a body", path)
		}
		return resp.StatusCode, resp.Header.Get("ETag")
	}
	for _, path := range []string{"/api/v1/incidents", "/api/v1/claims", "/api/v1/equipment", "/api/v1/stats?by=month",
		"/api/v1/documents", "/api/v1/map", "/api/v1/claims/check", "/api/v1/outlets", "/api/v1/ingest-errors"} {
		status, tag := fetch(path, "")
		if status != 200 || tag == "" {
			t.Errorf("%s: status %d, ETag %q", path, status, tag)
			continue
		}
		if status, _ := fetch(path, tag); status != 304 {
			t.Errorf("%s with If-None-Match: status %d, want 304", path, status)
		}
	}
	_, before := fetch("/api/v1/incidents", "")
	inc, err := f.Store.Incident(context.Background(), f.MirAli)
	if err != nil {
		t.Fatal(err)
	}
	inc.ReviewState = vigil.StateVerified
	if _, err := f.Store.SaveIncident(context.Background(), inc); err != nil {
		t.Fatal(err)
	}
	if status, after := fetch("/api/v1/incidents", before); status != 200 || after == before {
		t.Errorf("after a change: status %d, ETag %q (was %q)", status, after, before)
	}
}
