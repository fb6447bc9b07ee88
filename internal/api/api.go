// Package api serves vigil's JSON API under /api/v1/: incidents, documents,
// claims and equipment, read from a vigil.Store. Errors are JSON bodies
// {"error": {"code", "message"}} whose status follows the error's code; the
// message never carries internal details.
package api

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// openAPI describes the routes below; a test checks the two agree.
//
//go:embed openapi.json
var openAPI []byte

// API holds what the handlers need.
type API struct {
	Store  vigil.Store
	Logger *slog.Logger // internal errors are logged here; nil logs nowhere
	// Reviewer takes analysts' decisions, recorded under the name Analyst;
	// without both the review routes answer 400 and the API is read-only.
	Reviewer Reviewer
	Analyst  string
	// RequireLogin records review decisions under the logged-in user's
	// name (see Actor) instead of Analyst.
	RequireLogin bool
}

// route is one API endpoint: its ServeMux pattern and handler.
type route struct {
	pattern string
	handler http.HandlerFunc
}

func (a *API) routes() []route {
	return []route{
		{"GET /api/v1/healthz", a.healthz},
		{"GET /api/v1/incidents", a.incidents},
		{"GET /api/v1/incidents/{id}", a.incident},
		{"GET /api/v1/documents", a.documents},
		{"GET /api/v1/documents/{id}", a.document},
		{"GET /api/v1/claims", a.claims},
		{"GET /api/v1/claims/check", a.claimsCheck},
		{"GET /api/v1/equipment", a.equipment},
		{"GET /api/v1/stats", a.stats},
		{"GET /api/v1/map", a.mapPoints},
		{"GET /api/v1/outlets", a.outlets},
		{"GET /api/v1/ingest-errors", a.ingestErrors},
		{"GET /api/v1/export/{format}", a.exportIncidents},
		{"POST /api/v1/incidents/{id}/{action}", a.review},
		{"POST /api/v1/audit/{id}/undo", a.undo},
		{"GET /api/v1/conflicts", a.conflicts},
		{"POST /api/v1/conflicts/{id}/{decision}", a.resolve},
		{"GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Write(openAPI)
		}},
	}
}

// Routes lists the ServeMux patterns the API registers ("GET
// /api/v1/incidents"), so tests can hold the OpenAPI document to them.
func (a *API) Routes() []string {
	var out []string
	for _, rt := range a.routes() {
		out = append(out, rt.pattern)
	}
	return out
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	for _, rt := range a.routes() {
		mux.HandleFunc(rt.pattern, rt.handler)
	}
	// Anything else under the prefix is a JSON error, not the HTML page: 405
	// for a known route asked with another method, 404 otherwise.
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		probe := r.Clone(r.Context())
		probe.Method = http.MethodGet
		if _, pattern := mux.Handler(probe); pattern != "/api/" {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, errorBody("method_not_allowed",
				fmt.Sprintf("%s is read-only: use GET", r.URL.Path)))
			return
		}
		probe.Method = http.MethodPost
		if _, pattern := mux.Handler(probe); pattern != "/api/" {
			w.Header().Set("Allow", "POST")
			writeJSON(w, http.StatusMethodNotAllowed, errorBody("method_not_allowed",
				fmt.Sprintf("%s changes data: use POST", r.URL.Path)))
			return
		}
		a.Error(w, r, vigil.Errorf(vigil.ENOTFOUND, "no API route %s %s", r.Method, r.URL.Path))
	})
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	// Counting incidents proves the database answers.
	if _, err := a.Store.CountIncidents(r.Context(), vigil.Filter{}); err != nil {
		a.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// page is the envelope of every list response. Next is the query string of
// the following page and NextCursor its opaque cursor (pass it back as
// ?cursor=), both empty on the last page.
type page[T any] struct {
	Items      []T    `json:"items"`
	Total      *int   `json:"total,omitempty"`
	Limit      int    `json:"limit"`
	Offset     int    `json:"offset"`
	Next       string `json:"next,omitempty"`
	NextCursor string `json:"next_cursor,omitempty"`
}

func (a *API) incidents(w http.ResponseWriter, r *http.Request) {
	f, err := ParseFilter(r.URL.Query())
	if err != nil {
		a.Error(w, r, err)
		return
	}
	ctx := r.Context()
	list, more, err := fetchPage(ctx, a.Store.Incidents, f)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	// The total counts every match, wherever the page starts.
	total, err := a.Store.CountIncidents(ctx, f)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out := page[IncidentJSON]{Items: make([]IncidentJSON, 0, len(list)), Total: &total, Limit: f.Limit, Offset: f.Offset}
	for _, inc := range list {
		out.Items = append(out.Items, NewIncidentJSON(inc))
	}
	if more {
		last := list[len(list)-1]
		date := ""
		if last.EventDate != nil {
			date = *last.EventDate
		}
		out.Next, out.NextCursor = nextQuery(listIncidents, f, last.ID, date)
	}
	writeCached(w, r, out)
}

// fetchPage reads f's page with fetch, asking for one row more than the
// page holds to learn whether another page follows.
func fetchPage[T any](ctx context.Context, fetch func(context.Context, vigil.Filter) ([]T, error), f vigil.Filter) (list []T, more bool, err error) {
	f.Limit++
	if list, err = fetch(ctx, f); err != nil {
		return nil, false, err
	}
	if len(list) == f.Limit {
		return list[:len(list)-1], true, nil
	}
	return list, false, nil
}

func (a *API) incident(w http.ResponseWriter, r *http.Request) {
	id, err := ParseID("incident", r.PathValue("id"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	d, err := LoadIncident(r.Context(), a.Store, id)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	AuditRead(r.Context(), a.Store, a.Logger, fmt.Sprintf("incident:%d", id), d.Incident.Marking)
	out := IncidentDetailJSON{IncidentJSON: NewIncidentJSON(d.Incident), Sources: []SourceJSON{}}
	for _, s := range d.Sources {
		src := SourceJSON{Event: NewEventJSON(s.Event)}
		if s.Document != nil {
			src.Title = s.Document.Title
		}
		out.Sources = append(out.Sources, src)
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *API) document(w http.ResponseWriter, r *http.Request) {
	id, err := ParseID("document", r.PathValue("id"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	d, err := a.Store.Document(r.Context(), id)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	AuditRead(r.Context(), a.Store, a.Logger, fmt.Sprintf("document:%d", id), d.Marking)
	writeJSON(w, http.StatusOK, NewDocumentJSON(*d))
}

// claims and equipment are plain filtered lists in ID order without a
// total: Next is set when another page follows.
func (a *API) claims(w http.ResponseWriter, r *http.Request) {
	serveList(a, w, r, listClaims, ParseClaimFilter, a.Store.Claims, func(c vigil.StoredClaim) int64 { return c.ID }, func(c vigil.StoredClaim) ClaimJSON {
		return ClaimJSON{ID: c.ID, DocumentID: c.DocumentID, Outlet: c.Outlet, Published: date(c.Published), Marking: c.Marking.OrClear(), Claim: c.Claim}
	})
}

func (a *API) equipment(w http.ResponseWriter, r *http.Request) {
	serveList(a, w, r, listEquipment, ParseEquipmentFilter, a.Store.Equipment, func(q vigil.StoredEquipment) int64 { return q.ID }, func(q vigil.StoredEquipment) EquipmentJSON {
		return EquipmentJSON{ID: q.ID, DocumentID: q.DocumentID, Outlet: q.Outlet, Published: date(q.Published), Marking: q.Marking.OrClear(), Equipment: q.Equipment}
	})
}

// serveList answers the list named name in ID order: parse reads its
// filter, fetch lists it, id gives a row's ID for the next page's cursor
// and convert writes a row.
func serveList[T, J any](a *API, w http.ResponseWriter, r *http.Request, name string, parse func(url.Values) (vigil.Filter, error),
	fetch func(context.Context, vigil.Filter) ([]T, error), id func(T) int64, convert func(T) J) {
	f, err := parse(r.URL.Query())
	if err != nil {
		a.Error(w, r, err)
		return
	}
	list, more, err := fetchPage(r.Context(), fetch, f)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out := page[J]{Items: make([]J, 0, len(list)), Limit: f.Limit, Offset: f.Offset}
	for _, v := range list {
		out.Items = append(out.Items, convert(v))
	}
	if more {
		out.Next, out.NextCursor = nextQuery(name, f, id(list[len(list)-1]), "")
	}
	writeCached(w, r, out)
}

// nextQuery is the query string of the page after f's, whose last row had
// the given ID and (incidents only) event date, and its cursor.
func nextQuery(list string, f vigil.Filter, lastID int64, lastDate string) (query, cursor string) {
	f.Offset, f.AfterID, f.AfterDate = 0, 0, ""
	q := FilterQuery(f)
	q.Set("limit", strconv.Itoa(f.Limit))
	cursor = encodeAfter(list, lastID, lastDate)
	q.Set("cursor", cursor)
	return "?" + q.Encode(), cursor
}

// Status maps an error's vigil code to an HTTP status.
func Status(err error) int {
	switch vigil.ErrorCode(err) {
	case vigil.ENOTFOUND:
		return http.StatusNotFound
	case vigil.EINVALID:
		return http.StatusBadRequest
	case vigil.ECONFLICT:
		return http.StatusConflict
	default:
		return http.StatusInternalServerError
	}
}

// Error writes err as a JSON error body. Internal errors are logged with
// their detail and answered with a generic message.
func (a *API) Error(w http.ResponseWriter, r *http.Request, err error) {
	code := vigil.ErrorCode(err)
	if code == vigil.EINTERNAL && a.Logger != nil {
		a.Logger.ErrorContext(r.Context(), "api request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, Status(err), errorBody(code, vigil.ErrorMessage(err)))
}

// WriteInternalError answers 500 with the JSON error body and a message
// that says nothing of the cause, for middleware in front of the API whose
// failure (a panic, say) must still read as the API's error.
func WriteInternalError(w http.ResponseWriter) {
	writeJSON(w, http.StatusInternalServerError, errorBody(vigil.EINTERNAL, "internal error"))
}

func errorBody(code, message string) map[string]map[string]string {
	return map[string]map[string]string{"error": {"code": code, "message": message}}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// The client may have gone; nothing useful can be done about it here.
	_ = enc.Encode(v)
}
