package api_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func serve(t *testing.T, s vigil.Store) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	(&api.API{Store: s}).Register(mux)
	// These tests check what the API answers, so they ask as the operator,
	// who sees every record; vigil serve sets each request's viewer, and
	// internal/cli's authorisation matrix checks what each viewer sees.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r.WithContext(vigil.AsOperator(r.Context())))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// get fetches path and decodes its JSON body into v, returning the status.
func get(t *testing.T, srv *httptest.Server, path string, v any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: content type %q", path, ct)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: body is not JSON: %v\n%s", path, err, body)
	}
	return resp.StatusCode
}

type errorBody struct {
	Error struct{ Code, Message string } `json:"error"`
}

func TestWrongMethod(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	for _, tc := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"POST", "/api/v1/incidents", 405, "method_not_allowed"},
		{"DELETE", "/api/v1/incidents/1", 405, "method_not_allowed"},
		{"PUT", "/api/v1/nothing-here", 404, "not_found"},
	} {
		req, err := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e errorBody
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if err != nil || resp.StatusCode != tc.status || e.Error.Code != tc.code {
			t.Errorf("%s %s: status %d, error %+v (%v), want %d %s", tc.method, tc.path, resp.StatusCode, e.Error, err, tc.status, tc.code)
		}
		if tc.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tc.method, tc.path, resp.Header.Get("Allow"))
		}
	}
}

func TestErrors(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	tests := []struct {
		path, code, message string
		status              int
	}{
		{"/api/v1/incidents/abc", "invalid", `incident id "abc"`, 400},
		{"/api/v1/incidents/0", "invalid", "positive", 400},
		{"/api/v1/incidents/999", "not_found", "incident 999 not found", 404},
		{"/api/v1/documents/999", "not_found", "document 999", 404},
		{"/api/v1/documents/x1", "invalid", "document id", 400},
		{"/api/v1/incidents?from=2024-02-30", "invalid", "from date", 400},
		{"/api/v1/incidents?limit=-1", "invalid", "limit", 400},
		{"/api/v1/claims?to=soon", "invalid", "to date", 400},
		{"/api/v1/equipment?offset=x", "invalid", "offset", 400},
		{"/api/v1/nothing-here", "not_found", "no API route", 404},
		{"/api/v1/incidents?cursor=bogus", "invalid", "cursor", 400},
		{"/api/v1/incidents?cursor=bzE6MQ&offset=1", "invalid", "not both", 400},
		// A position another list gave out ("k2:claims:5:", "k2:incidents:5:2024-01-02")
		// and one of no list vigil has ("k2:stars:5:").
		{"/api/v1/incidents?cursor=azI6Y2xhaW1zOjU6", "invalid", "position in the claims list, not in the incidents list", 400},
		{"/api/v1/equipment?cursor=azI6aW5jaWRlbnRzOjU6MjAyNC0wMS0wMg", "invalid", "not in the equipment list", 400},
		{"/api/v1/claims?cursor=azI6c3RhcnM6NTo", "invalid", "not one vigil gave out", 400},
		{"/api/v1/documents?limit=0", "invalid", "limit", 400},
		{"/api/v1/claims/check?from=yesterday", "invalid", "from date", 400},
		{"/api/v1/stats?by=planet", "invalid", `group by "planet"`, 400},
		{"/api/v1/stats?review_state=maybe", "invalid", "review_state", 400},
		{"/api/v1/map?from=2024-05-01&to=2024-01-01", "invalid", "after to date", 400},
		{"/api/v1/ingest-errors?limit=9999", "invalid", "limit", 400},
		{"/api/v1/export/incidents.xls", "not_found", "no export", 404},
		{"/api/v1/export/incidents.csv?to=2024-13-01", "invalid", "to date", 400},
		// A filter the list cannot apply is refused by name, never ignored.
		{"/api/v1/claims?admin2=Quetta", "invalid", "claims cannot be filtered by admin2", 400},
		{"/api/v1/claims?type=Battles", "invalid", "claims cannot be filtered by type", 400},
		{"/api/v1/claims?actor=TTP", "invalid", "claims cannot be filtered by actor", 400},
		{"/api/v1/claims?review_state=verified", "invalid", "claims cannot be filtered by review_state", 400},
		{"/api/v1/claims?holder=TTP", "invalid", "claims cannot be filtered by holder", 400},
		{"/api/v1/claims/check?admin2=Quetta", "invalid", "claims cannot be filtered by admin2", 400},
		{"/api/v1/equipment?admin1=Balochistan", "invalid", "equipment cannot be filtered by admin1", 400},
		{"/api/v1/equipment?admin2=Quetta", "invalid", "equipment cannot be filtered by admin2", 400},
		{"/api/v1/equipment?type=Battles", "invalid", "equipment cannot be filtered by type", 400},
		{"/api/v1/equipment?actor=TTP", "invalid", "equipment cannot be filtered by actor", 400},
		{"/api/v1/equipment?review_state=rejected", "invalid", "equipment cannot be filtered by review_state", 400},
		{"/api/v1/incidents?document=3", "invalid", "incidents cannot be filtered by document", 400},
		{"/api/v1/documents?from=2024-01-01", "invalid", "documents cannot be filtered by from", 400},
		{"/api/v1/documents?outlet=Dawn&admin1=Sindh", "invalid", "documents cannot be filtered by admin1", 400},
		{"/api/v1/ingest-errors?text=feed", "invalid", "ingest errors cannot be filtered by text", 400},
		{"/api/v1/incidents?holder=TTP", "invalid", "incidents cannot be filtered by holder", 400},
		{"/api/v1/stats?attributed_to=ISPR", "invalid", "incidents cannot be filtered by attributed_to", 400},
		{"/api/v1/map?origin=China", "invalid", "incidents cannot be filtered by origin", 400},
		{"/api/v1/export/incidents.csv?category=weapons", "invalid", "incidents cannot be filtered by category", 400},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			var e errorBody
			if status := get(t, srv, tc.path, &e); status != tc.status {
				t.Errorf("status %d, want %d", status, tc.status)
			}
			if e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.message) {
				t.Errorf("error %+v, want code %s and a message containing %q", e.Error, tc.code, tc.message)
			}
		})
	}
}

// A store failure is a 500 whose body says nothing about the database.
func TestInternalErrorDoesNotLeak(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	f.Store.Close()
	for _, path := range []string{"/api/v1/incidents", "/api/v1/healthz", "/api/v1/incidents/1"} {
		var e errorBody
		if status := get(t, srv, path, &e); status != 500 {
			t.Errorf("%s: status %d, want 500", path, status)
		}
		if e.Error.Code != "internal" || e.Error.Message != "internal error" {
			t.Errorf("%s: error %+v leaks or is not generic", path, e.Error)
		}
	}
}

type incidentList struct {
	Items  []api.IncidentJSON `json:"items"`
	Total  int                `json:"total"`
	Limit  int                `json:"limit"`
	Offset int                `json:"offset"`
	Next   string             `json:"next"`
}

func TestIncidents(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	tests := []struct {
		query   string
		wantIDs []int64
		next    bool
	}{
		{"", []int64{f.Kurram, f.MirAli}, false}, // newest first
		{"?from=2024-03-01&to=2024-03-31", []int64{f.MirAli}, false},
		{"?text=Parachinar", []int64{f.Kurram}, false},
		{"?admin1=khyber+pakhtunkhwa&type=Battles", []int64{f.MirAli}, false},
		{"?limit=1", []int64{f.Kurram}, true},
		{"?limit=1&offset=1", []int64{f.MirAli}, false},
		{"?from=2025-01-01", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			var got incidentList
			if status := get(t, srv, "/api/v1/incidents"+tc.query, &got); status != 200 {
				t.Fatalf("status %d", status)
			}
			var ids []int64
			for _, inc := range got.Items {
				ids = append(ids, inc.ID)
				if inc.ReviewState != vigil.StateUnreviewed {
					t.Errorf("incident %d shown as %q", inc.ID, inc.ReviewState)
				}
			}
			if len(ids) != len(tc.wantIDs) || (len(ids) > 0 && ids[0] != tc.wantIDs[0]) {
				t.Errorf("ids %v, want %v", ids, tc.wantIDs)
			}
			if (got.Next != "") != tc.next {
				t.Errorf("next = %q, want a next page: %v", got.Next, tc.next)
			}
			if got.Next != "" {
				var more incidentList
				get(t, srv, "/api/v1/incidents"+got.Next, &more)
				if len(more.Items) != 1 || more.Items[0].ID == ids[0] {
					t.Errorf("next page %q gave %+v", got.Next, more.Items)
				}
			}
		})
	}
}

func TestIncidentDetail(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	var got api.IncidentDetailJSON
	if status := get(t, srv, "/api/v1/incidents/"+itoa(f.MirAli), &got); status != 200 {
		t.Fatalf("status %d", status)
	}
	if got.Fatalities == nil || *got.Fatalities != 5 || got.FatalitiesLow != 5 || got.FatalitiesHigh != 13 {
		t.Errorf("reconciled figures: %v %d-%d", got.Fatalities, got.FatalitiesLow, got.FatalitiesHigh)
	}
	if len(got.Sources) != 2 {
		t.Fatalf("%d sources, want 2", len(got.Sources))
	}
	// Each source keeps its own figures.
	first, second := got.Sources[0].Event, got.Sources[1].Event
	if first.DocumentID != f.FirstDoc || first.Casualties.SecurityForces.Killed != 5 || first.Outlet != "Dawn" {
		t.Errorf("first source: %+v", first)
	}
	if second.DocumentID != f.SecondDoc || second.Casualties.SecurityForces.Killed != 7 || second.Published != "2024-03-17" {
		t.Errorf("second source: %+v", second)
	}
	if len(second.Evidence) != 3 {
		t.Errorf("second source evidence: %+v", second.Evidence)
	}
}

func TestDocumentClaimsEquipment(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)

	var doc api.DocumentJSON
	if status := get(t, srv, "/api/v1/documents/"+itoa(f.SecondDoc), &doc); status != 200 {
		t.Fatalf("document status %d", status)
	}
	if doc.Text != apitest.SecondText || doc.Outlet != "The Express Tribune" || doc.Published != "2024-03-17" {
		t.Errorf("document: %+v", doc)
	}

	var claims struct{ Items []api.ClaimJSON }
	get(t, srv, "/api/v1/claims?from=2024-06-01&to=2024-06-30", &claims)
	if len(claims.Items) != 1 || claims.Items[0].Value != 140 || claims.Items[0].DocumentID != f.SecondDoc {
		t.Errorf("claims: %+v", claims.Items)
	}
	get(t, srv, "/api/v1/claims?from=2025-01-01", &claims)
	if len(claims.Items) != 0 {
		t.Errorf("claims outside the period: %+v", claims.Items)
	}

	var equipment struct{ Items []api.EquipmentJSON }
	get(t, srv, "/api/v1/equipment", &equipment)
	if len(equipment.Items) != 1 || equipment.Items[0].Item != "M4 rifles" || *equipment.Items[0].Quantity != 3 {
		t.Errorf("equipment: %+v", equipment.Items)
	}

	// Every filter the lists take narrows them.
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/api/v1/claims?attributed_to=picss", 1},
		{"/api/v1/claims?attributed_to=ISPR", 0},
		{"/api/v1/claims?admin1=Balochistan", 0},
		{"/api/v1/claims?country=Pakistan&document=" + itoa(f.SecondDoc), 1},
		{"/api/v1/claims?document=" + itoa(f.FirstDoc), 0},
		{"/api/v1/equipment?origin=United+States", 1},
		{"/api/v1/equipment?origin=Pakistan", 0},
		{"/api/v1/equipment?country=Pakistan", 1},
		{"/api/v1/equipment?category=weapons", 1},
		{"/api/v1/equipment?category=aircraft", 0},
		{"/api/v1/equipment?holder=TTP", 0},
		{"/api/v1/equipment?attributed_to=ISPR", 0},
		{"/api/v1/equipment?document=" + itoa(f.FirstDoc), 0},
	} {
		var list struct{ Items []json.RawMessage }
		if status := get(t, srv, tc.path, &list); status != 200 || len(list.Items) != tc.want {
			t.Errorf("GET %s: status %d, %d items, want 200 and %d", tc.path, status, len(list.Items), tc.want)
		}
	}

	var health map[string]string
	if status := get(t, srv, "/api/v1/healthz", &health); status != 200 || health["status"] != "ok" {
		t.Errorf("healthz: %d %v", status, health)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// The OpenAPI document lists exactly the routes the API registers, with
// the same methods, and every documented GET answers 200 on the fixture.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if status := get(t, srv, "/api/v1/openapi.json", &doc); status != 200 || doc.OpenAPI != "3.1.0" {
		t.Fatalf("status %d, openapi %q", status, doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, r := range (&api.API{Store: f.Store}).Routes() {
		served[r] = true
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for r := range documented {
		if !served[r] {
			t.Errorf("openapi.json documents %s, which the API does not serve", r)
			continue
		}
		method, path, _ := strings.Cut(r, " ")
		if method != "GET" {
			continue
		}
		concrete := strings.NewReplacer("{id}", "1", "{format}", "incidents.csv").Replace(path)
		if strings.Contains(path, "{action}") {
			t.Errorf("GET route %s has an action", path)
		}
		resp, err := http.Get(srv.URL + concrete)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("documented path %s: status %d", path, resp.StatusCode)
		}
	}
}
