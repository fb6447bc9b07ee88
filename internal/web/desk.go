package web

import (
	"net/http"
	"sort"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/stats"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// dashboardData is the dashboard's server-rendered part: the filter form,
// its choices and the totals. The map and charts are drawn in the browser
// from the API's JSON (/api/v1/map and /api/v1/stats) with the same query.
type dashboardData struct {
	Page
	Filter                      vigil.Filter
	Query                       string // the filter as a query string, for the API
	ListURL, CSVURL, GeoJSONURL string
	Total                       stats.Tally
	Countries                   []string
	Provinces                   []string
	Types                       []string
	States                      []string
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	f, err := api.ParseFilter(r.URL.Query())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	f.Limit = api.DefaultLimit // paging means nothing here
	f.Offset = 0
	ctx := r.Context()
	// One grouping over everything gives the filter's choices, and, when
	// nothing is filtered (the page as it first opens), the totals too, so
	// that page makes one aggregate query, not two.
	all, err := api.Stats(ctx, s.store, vigil.Filter{}, []string{stats.ByCountry, stats.ByAdmin1, stats.ByType})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	rep := all
	if f != (vigil.Filter{Limit: api.DefaultLimit}) {
		if rep, err = api.Stats(ctx, s.store, f, nil); err != nil {
			s.errorPage(w, r, err)
			return
		}
	}
	d := &dashboardData{Page: Page{Title: "Dashboard", Nav: "dashboard"}, Filter: f, Query: api.FilterQuery(f).Encode(),
		Total: rep.Total, States: []string{vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected}}
	d.ListURL = withQuery("/incidents", d.Query)
	d.CSVURL = withQuery("/api/v1/export/incidents.csv", d.Query)
	d.GeoJSONURL = withQuery("/api/v1/export/incidents.geojson", d.Query)
	d.Countries, d.Provinces, d.Types = distinct(all.Rows, 0), distinct(all.Rows, 1), distinct(all.Rows, 2)
	s.render(w, r, http.StatusOK, "dashboard", d)
}

// distinct lists the known values of one key position, sorted.
func distinct(rows []stats.Row, i int) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		if v := r.Key[i]; v != stats.Unknown && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// reviewQueueSize is how many unreviewed incidents the queue shows at once:
// a morning's work, ordered by impact.
const reviewQueueSize = 100

type reviewData struct {
	Page
	Incidents []vigil.Incident
	Waiting   int
	CanReview bool
	Message   string
}

func (s *Server) reviewQueue(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	f := vigil.Filter{ReviewState: vigil.StateUnreviewed, Limit: reviewQueueSize}
	list, err := s.sortedIncidents(ctx, f, vigil.OrderImpact)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	f.Limit = 0
	n, err := s.store.CountIncidents(ctx, f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := &reviewData{Page: Page{Title: "Review queue", Nav: "review"}, Incidents: list, Waiting: n,
		CanReview: s.canReview(r), Message: r.URL.Query().Get("done")}
	s.render(w, r, http.StatusOK, "review", d)
}

type claimsData struct {
	Page
	Filter vigil.Filter
	Checks []api.ClaimCheckJSON
	Holds  int
}

func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request) {
	f, err := api.ParseClaimFilter(r.URL.Query())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	f.Limit = api.MaxLimit
	checks, err := api.ClaimChecks(r.Context(), s.store, f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := &claimsData{Page: Page{Title: "Claims check", Nav: "claims"}, Filter: f, Checks: checks}
	for _, c := range checks {
		if c.Holds {
			d.Holds++
		}
	}
	s.render(w, r, http.StatusOK, "claims", d)
}

// inventoryRow is one category of equipment with its totals by kind.
type inventoryRow struct {
	Category string
	Kinds    map[string]int64 // kind -> quantity (records without one count 1)
	Records  int
}

type equipmentData struct {
	Page
	Filter    vigil.Filter
	Query     string
	Kinds     []string
	Inventory []inventoryRow
	Items     []vigil.StoredEquipment
}

func (s *Server) equipmentPage(w http.ResponseWriter, r *http.Request) {
	f, err := api.ParseEquipmentFilter(r.URL.Query())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	f.Limit = api.MaxLimit
	items, err := s.store.Equipment(r.Context(), f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	byCat := map[string]*inventoryRow{}
	kinds := map[string]bool{}
	for _, q := range items {
		cat := q.Category
		if cat == "" {
			cat = "uncategorised"
		}
		row := byCat[cat]
		if row == nil {
			row = &inventoryRow{Category: cat, Kinds: map[string]int64{}}
			byCat[cat] = row
		}
		n := int64(1)
		if q.Quantity != nil {
			n = *q.Quantity
		}
		row.Kinds[q.Kind] += n
		row.Records++
		kinds[q.Kind] = true
	}
	d := &equipmentData{Page: Page{Title: "Equipment", Nav: "equipment"}, Filter: f, Items: items}
	q := api.FilterQuery(f)
	q.Del("limit")
	d.Query = q.Encode()
	for k := range kinds {
		d.Kinds = append(d.Kinds, k)
	}
	sort.Strings(d.Kinds)
	for _, row := range byCat {
		d.Inventory = append(d.Inventory, *row)
	}
	sort.Slice(d.Inventory, func(i, j int) bool { return d.Inventory[i].Category < d.Inventory[j].Category })
	s.render(w, r, http.StatusOK, "equipment", d)
}

type sourcesData struct {
	Page
	Outlet    string
	Outlets   []api.OutletJSON
	Documents []vigil.Document
	Errors    []vigil.IngestError
}

// sourcesErrors is how many of the latest ingestion errors the page shows.
const sourcesErrors = 50

func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	outlet := r.URL.Query().Get("outlet")
	outlets, err := api.Outlets(ctx, s.store)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	docs, err := s.store.Documents(ctx, vigil.DocumentFilter{Outlet: outlet, Limit: api.DefaultLimit})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	errs, err := s.store.IngestErrors(ctx, sourcesErrors)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "sources", &sourcesData{Page: Page{Title: "Sources", Nav: "sources"},
		Outlet: outlet, Outlets: outlets, Documents: docs, Errors: errs})
}

func withQuery(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + query
}
