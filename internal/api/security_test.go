package api_test

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/securitytest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// serveReviewing serves the API of store with review decisions taken as
// "tester", each request reading as the operator, as vigil serve does on
// loopback with --analyst.
func serveReviewing(t *testing.T, store vigil.Store) (*httptest.Server, *api.API) {
	t.Helper()
	a := &api.API{Store: store, Reviewer: review.New(store), Analyst: "tester"}
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r.WithContext(vigil.AsOperator(r.Context())))
	}))
	t.Cleanup(srv.Close)
	return srv, a
}

// openAPIDoc is the part of the OpenAPI document these tests read.
type openAPIDoc struct {
	Security   []map[string][]string `json:"security"`
	Components struct {
		Parameters      map[string]struct{ Name, In string } `json:"parameters"`
		Responses       map[string]json.RawMessage           `json:"responses"`
		SecuritySchemes map[string]struct {
			Type, Scheme, In, Name string
		} `json:"securitySchemes"`
	} `json:"components"`
	Paths map[string]map[string]struct {
		Responses map[string]struct {
			Ref string `json:"$ref"`
		} `json:"responses"`
	} `json:"paths"`
}

func loadOpenAPI(t *testing.T, srv *httptest.Server) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if status := get(t, srv, "/api/v1/openapi.json", &doc); status != http.StatusOK {
		t.Fatalf("openapi.json: %d", status)
	}
	return doc
}

// call sends one request and returns the status, content type and body.
func call(t *testing.T, method, u string, body io.Reader) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatalf("%s %.80s: %v", method, u, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %.80s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

// checkRefusal checks that a 4xx answer is the API's JSON error body with
// a message, and that no answer is a 500.
func checkRefusal(t *testing.T, what string, status int, ctype string, body []byte) {
	t.Helper()
	if status >= 500 {
		t.Errorf("%s: status %d: %.200s", what, status, body)
		return
	}
	if status < 400 {
		return
	}
	var e errorBody
	if !strings.HasPrefix(ctype, "application/json") || json.Unmarshal(body, &e) != nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Errorf("%s: status %d is not a JSON error: %s %.200s", what, status, ctype, body)
	}
	if status == http.StatusBadRequest && e.Error.Code != vigil.EINVALID {
		t.Errorf("%s: 400 with code %q", what, e.Error.Code)
	}
}

// Every query parameter the OpenAPI document names, sent with each hostile
// payload to every GET route, gets an answer (200, or a 400 naming the
// parameter), never a 500; JSON answers stay JSON whose text cannot be
// read as markup, and the database is unchanged. Path parameters get the
// same payloads.
func TestQueryPayloads(t *testing.T) {
	ctx := context.Background()
	f := apitest.Seed(t)
	srv, a := serveReviewing(t, f.Store)
	before, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatal(err)
	}
	doc := loadOpenAPI(t, srv)
	var params []string
	for _, p := range doc.Components.Parameters {
		if p.In == "query" {
			params = append(params, p.Name)
		}
	}
	slices.Sort(params)
	if len(params) < 10 {
		t.Fatalf("the OpenAPI document names only the query parameters %v", params)
	}
	concrete := strings.NewReplacer("{id}", itoa(f.MirAli), "{format}", "incidents.jsonl")
	requests := 0
	for _, route := range a.Routes() {
		method, path, _ := strings.Cut(route, " ")
		if method != http.MethodGet {
			continue
		}
		for _, p := range securitytest.Payloads() {
			for _, name := range params {
				status, ctype, body := call(t, method, srv.URL+concrete.Replace(path)+"?"+name+"="+url.QueryEscape(p.Value), nil)
				requests++
				what := route + "?" + name + "=" + p.Name
				checkRefusal(t, what, status, ctype, body)
				if status == http.StatusBadRequest && !strings.Contains(string(body), name) {
					t.Errorf("%s: the 400 does not name the parameter: %.200s", what, body)
				}
				if mt, _, _ := mime.ParseMediaType(ctype); mt == "application/json" && !json.Valid(body) {
					t.Errorf("%s: the JSON answer is not JSON: %.200s", what, body)
				}
				if strings.Contains(string(body), "<script") {
					t.Errorf("%s: the answer carries raw markup: %.200s", what, body)
				}
			}
			// The same payload in each path parameter.
			for _, param := range []string{"{id}", "{format}", "{action}"} {
				if !strings.Contains(path, param) {
					continue
				}
				u := strings.Replace(path, param, url.PathEscape(p.Value), 1)
				status, ctype, body := call(t, method, srv.URL+concrete.Replace(u), nil)
				requests++
				what := route + " with " + param + "=" + p.Name
				checkRefusal(t, what, status, ctype, body)
				if status == http.StatusOK {
					t.Errorf("%s: 200 for a hostile path parameter", what)
				}
			}
		}
	}
	after, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatalf("the database does not answer after %d hostile requests: %v", requests, err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("hostile GET requests changed the database: %v, then %v", before, after)
	}
	t.Logf("%d requests: %d payloads, %d query parameters", requests, len(securitytest.Payloads()), len(params))
}

// Each hostile payload in each string field of a review request's JSON
// body, and as the raw body, gets 200 or a 400, never a 500. A reason is
// kept in the audit log exactly as sent (after JSON's own replacement of
// invalid UTF-8), and a correction's value is stored as text; nothing but
// the one incident changes.
func TestReviewBodyPayloads(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	f := apitest.Seed(t)
	srv, _ := serveReviewing(t, f.Store)
	before, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatal(err)
	}
	incident := srv.URL + "/api/v1/incidents/" + itoa(f.Kurram)
	post := func(what, u string, body []byte) (int, []byte) {
		t.Helper()
		status, ctype, out := call(t, "POST", u, strings.NewReader(string(body)))
		checkRefusal(t, what, status, ctype, out)
		return status, out
	}
	for _, p := range securitytest.Payloads() {
		body := func(fields map[string]any) []byte {
			b, err := json.Marshal(fields)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		// A body over the size a review request may have is refused whole.
		tooBig := len(mustJSON(t, p.Value)) > 64<<10
		// The reason, on a verify and its reopening.
		for _, action := range []string{"verify", "reopen"} {
			status, out := post(p.Name+" as the reason to "+action, incident+"/"+action, body(map[string]any{"reason": p.Value}))
			if tooBig && status == http.StatusBadRequest {
				continue
			}
			if status != http.StatusOK {
				t.Errorf("%s as the reason to %s: %d %.200s", p.Name, action, status, out)
				continue
			}
			var res api.ReviewResult
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatal(err)
			}
			entry, err := f.Store.AuditEntry(ctx, res.AuditID)
			if err != nil {
				t.Fatalf("audit entry %d: %v", res.AuditID, err)
			}
			var sent string // what the JSON body carries: invalid UTF-8 became U+FFFD
			if err := json.Unmarshal(mustJSON(t, p.Value), &sent); err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSpace(sent)
			if entry.Reason != want {
				t.Errorf("%s: the audit log keeps the reason as %.80q, want %.80q", p.Name, entry.Reason, want)
			}
		}
		// The field of a correction is one of a fixed list.
		status, _ := post(p.Name+" as the field", incident+"/correct", body(map[string]any{"field": p.Value, "value": "x"}))
		if status != http.StatusBadRequest {
			t.Errorf("%s as the correction's field: %d, want 400", p.Name, status)
		}
		// A correction's value, to a text field and to a number.
		if status, out := post(p.Name+" as a location", incident+"/correct", body(map[string]any{"field": "location", "value": p.Value})); tooBig && status == http.StatusBadRequest {
			// refused whole, as above
		} else if status != http.StatusOK {
			t.Errorf("%s as a location: %d %.200s", p.Name, status, out)
		} else if utf8.ValidString(p.Value) && !strings.ContainsRune(p.Value, 0) {
			inc, err := f.Store.Incident(ctx, f.Kurram)
			if err != nil || inc.Location != strings.TrimSpace(p.Value) {
				t.Errorf("%s as a location: stored as %.80q (%v)", p.Name, inc.Location, err)
			}
		}
		if status, _ := post(p.Name+" as fatalities", incident+"/correct", body(map[string]any{"field": "fatalities", "value": p.Value})); status != http.StatusBadRequest {
			t.Errorf("%s as fatalities: %d, want 400", p.Name, status)
		}
		// In the id lists, and as the whole body.
		post(p.Name+" in others", incident+"/merge", []byte(`{"others": [`+string(mustJSON(t, p.Value))+`]}`))
		post(p.Name+" in event_ids", incident+"/split", []byte(`{"event_ids": [`+string(mustJSON(t, p.Value))+`]}`))
		if status, _ := post(p.Name+" as the body", incident+"/verify", []byte(p.Value)); status != http.StatusBadRequest && strings.TrimSpace(p.Value) != "" {
			t.Errorf("%s as the raw body: %d, want 400", p.Name, status)
		}
		post(p.Name+" undoing", srv.URL+"/api/v1/audit/1/undo", body(map[string]any{"reason": p.Value}))
	}
	after, err := securitytest.Counts(ctx, f.Store)
	if err != nil {
		t.Fatalf("the database does not answer after the hostile reviews: %v", err)
	}
	delete(before, "verified")
	delete(after, "verified")
	if !reflect.DeepEqual(before, after) {
		t.Errorf("hostile review requests changed more than one incident: %v, then %v", before, after)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The OpenAPI document says how callers authenticate (a bearer token, or
// the browser's session cookie) and that every operation may answer 401,
// and every state-changing one 403, with the JSON error body the server
// really sends.
func TestOpenAPIDocumentsAuthentication(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	doc := loadOpenAPI(t, srv)
	bearer, ok := doc.Components.SecuritySchemes["bearer"]
	if !ok || bearer.Type != "http" || !strings.EqualFold(bearer.Scheme, "bearer") {
		t.Errorf("securitySchemes.bearer = %+v, want an http bearer scheme", bearer)
	}
	session, ok := doc.Components.SecuritySchemes["session"]
	if !ok || session.Type != "apiKey" || session.In != "cookie" || session.Name != "vigil_session" {
		t.Errorf("securitySchemes.session = %+v, want the vigil_session cookie", session)
	}
	schemes := map[string]bool{}
	for _, req := range doc.Security {
		for name := range req {
			schemes[name] = true
			if _, ok := doc.Components.SecuritySchemes[name]; !ok {
				t.Errorf("security names an undefined scheme %q", name)
			}
		}
	}
	if !schemes["bearer"] || !schemes["session"] {
		t.Errorf("the document's security requirements %v do not offer both schemes", doc.Security)
	}
	for _, name := range []string{"Unauthorized", "Forbidden"} {
		if _, ok := doc.Components.Responses[name]; !ok {
			t.Errorf("components.responses.%s is missing", name)
		}
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if got := op.Responses["401"].Ref; got != "#/components/responses/Unauthorized" {
				t.Errorf("%s %s: 401 is %q", method, path, got)
			}
			if method == "post" && op.Responses["403"].Ref != "#/components/responses/Forbidden" {
				t.Errorf("%s %s: 403 is %q", method, path, op.Responses["403"].Ref)
			}
		}
	}
	// The 401 the API writes is the documented body with a challenge.
	rec := httptest.NewRecorder()
	api.WriteUnauthorized(rec, "log in first")
	var e errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != 401 || e.Error.Code != "unauthorized" ||
		!strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("WriteUnauthorized: %d %q %s", rec.Code, rec.Header().Get("WWW-Authenticate"), rec.Body.String())
	}
}
