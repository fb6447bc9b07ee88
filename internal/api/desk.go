package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/stats"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// MaxMapPoints caps the incidents one map response carries: beyond a few
// thousand markers a browser map is unreadable and slow, and the totals
// still count everything.
const MaxMapPoints = 2000

// Stats answers the aggregations of `vigil stats` for the incidents matching
// f, grouped by the dimensions in by. It asks the store to sum in SQL when
// it can (vigil.IncidentAggregator) and otherwise loads the incidents and
// tallies them with package stats.
func Stats(ctx context.Context, s vigil.Store, f vigil.Filter, by []string) (stats.Report, error) {
	f.Limit, f.Offset = 0, 0
	agg, ok := s.(vigil.IncidentAggregator)
	if !ok {
		incs, err := s.Incidents(ctx, f)
		if err != nil {
			return stats.Report{}, fmt.Errorf("stats: list incidents: %w", err)
		}
		return stats.Aggregate(incs, by...)
	}
	groups, err := agg.AggregateIncidents(ctx, f, by)
	if err != nil {
		return stats.Report{}, fmt.Errorf("stats: aggregate incidents: %w", err)
	}
	rep := stats.Report{By: by, Rows: make([]stats.Row, 0, len(groups))}
	for _, g := range groups {
		t := stats.Tally{Incidents: g.Incidents, Fatalities: g.Fatalities, Casualties: g.Casualties}
		rep.Rows = append(rep.Rows, stats.Row{Key: g.Key, Tally: t})
		rep.Total.Incidents += t.Incidents
		rep.Total.Fatalities += t.Fatalities
		addCasualties(&rep.Total.Casualties, t.Casualties)
	}
	sort.Slice(rep.Rows, func(i, j int) bool { return keyLess(rep.Rows[i].Key, rep.Rows[j].Key) })
	return rep, nil
}

func addCasualties(dst *vigil.Casualties, c vigil.Casualties) {
	for _, p := range []struct{ d, s *vigil.Counts }{{&dst.SecurityForces, &c.SecurityForces},
		{&dst.Civilians, &c.Civilians}, {&dst.Militants, &c.Militants}, {&dst.Unknown, &c.Unknown}} {
		p.d.Killed += p.s.Killed
		p.d.Injured += p.s.Injured
		p.d.Abducted += p.s.Abducted
		p.d.Arrested += p.s.Arrested
	}
}

// keyLess orders group keys as package stats does: value by value, the
// missing-value labels last.
func keyLess(a, b []string) bool {
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		am, bm := a[i] == stats.Undated || a[i] == stats.Unknown, b[i] == stats.Undated || b[i] == stats.Unknown
		if am != bm {
			return bm
		}
		return a[i] < b[i]
	}
	return false
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := ParseFilter(q)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	var by []string
	if v := q.Get("by"); v != "" {
		if by, err = stats.ParseBy(v); err != nil {
			a.Error(w, r, err)
			return
		}
	}
	rep, err := Stats(r.Context(), a.Store, f, by)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	if rep.Rows == nil {
		rep.Rows = []stats.Row{}
	}
	writeCached(w, r, rep)
}

// ClaimCheckJSON is one claim, where it was read, and its check.
type ClaimCheckJSON struct {
	ID         int64         `json:"id"`
	DocumentID int64         `json:"document_id"`
	Outlet     string        `json:"outlet"`
	Published  string        `json:"published,omitempty"`
	Marking    vigil.Marking `json:"marking"` // the claim's document's
	stats.Check
}

func (a *API) claimsCheck(w http.ResponseWriter, r *http.Request) {
	f, err := ParseClaimFilter(r.URL.Query())
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out, err := ClaimChecks(r.Context(), a.Store, f)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	writeCached(w, r, page[ClaimCheckJSON]{Items: out, Limit: f.Limit, Offset: f.Offset})
}

// ClaimChecks sets every stored claim matching f beside the figure the
// database computes for the same metric, period and place (stats.CheckClaims),
// with the document each claim was read from.
func ClaimChecks(ctx context.Context, s vigil.Store, f vigil.Filter) ([]ClaimCheckJSON, error) {
	claims, err := s.Claims(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("check claims: list claims: %w", err)
	}
	out := make([]ClaimCheckJSON, 0, len(claims))
	if len(claims) == 0 {
		return out, nil
	}
	// Only incidents within the claims' periods can count; a claim without a
	// valid period is not computed at all, so it need not widen the window.
	var incf vigil.Filter
	list := make([]vigil.Claim, 0, len(claims))
	for _, c := range claims {
		list = append(list, c.Claim)
		if !isDay(c.PeriodStart) || !isDay(c.PeriodEnd) {
			continue
		}
		if incf.From == "" || c.PeriodStart < incf.From {
			incf.From = c.PeriodStart
		}
		if c.PeriodEnd > incf.To {
			incf.To = c.PeriodEnd
		}
	}
	if incf.From > incf.To {
		incf.From, incf.To = incf.To, incf.From
	}
	incs, err := s.Incidents(ctx, incf)
	if err != nil {
		return nil, fmt.Errorf("check claims: list incidents: %w", err)
	}
	for i, ch := range stats.CheckClaims(list, incs) {
		c := claims[i]
		out = append(out, ClaimCheckJSON{ID: c.ID, DocumentID: c.DocumentID, Outlet: c.Outlet, Published: date(c.Published), Marking: c.Marking.OrClear(), Check: ch})
	}
	return out, nil
}

func isDay(s string) bool {
	_, _, ok := around(s, 0)
	return ok
}

func (a *API) documents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := ParseFilter(q)
	if err == nil {
		// The outlet is the documents' own parameter, not a filter one.
		err = onlyFilters(q, "documents", "text")
	}
	if err != nil {
		a.Error(w, r, err)
		return
	}
	df := vigil.DocumentFilter{Outlet: strings.TrimSpace(q.Get("outlet")), Text: f.Text, Limit: f.Limit, Offset: f.Offset}
	docs, err := a.Store.Documents(r.Context(), df)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out := page[DocumentJSON]{Items: make([]DocumentJSON, 0, len(docs)), Limit: f.Limit, Offset: f.Offset}
	for _, d := range docs {
		out.Items = append(out.Items, NewDocumentJSON(d))
	}
	if len(docs) == f.Limit {
		next := url.Values{}
		if df.Outlet != "" {
			next.Set("outlet", df.Outlet)
		}
		if df.Text != "" {
			next.Set("text", df.Text)
		}
		next.Set("limit", strconv.Itoa(f.Limit))
		next.Set("cursor", encodeCursor(f.Offset+f.Limit))
		out.Next, out.NextCursor = "?"+next.Encode(), next.Get("cursor")
	}
	writeCached(w, r, out)
}

// OutletJSON is how many documents one outlet has in the store.
type OutletJSON struct {
	Outlet    string `json:"outlet"`
	Documents int    `json:"documents"`
}

// Outlets counts the stored documents per outlet, most first. It pages
// through the documents, which is fine for the thousands of reports a desk
// holds.
func Outlets(ctx context.Context, s vigil.Store) ([]OutletJSON, error) {
	counts := map[string]int{}
	const batch = 500
	for off := 0; ; off += batch {
		docs, err := s.Documents(ctx, vigil.DocumentFilter{Limit: batch, Offset: off})
		if err != nil {
			return nil, fmt.Errorf("count outlets: %w", err)
		}
		for _, d := range docs {
			counts[d.Outlet]++
		}
		if len(docs) < batch {
			break
		}
	}
	out := make([]OutletJSON, 0, len(counts))
	for o, n := range counts {
		out = append(out, OutletJSON{Outlet: o, Documents: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Documents != out[j].Documents {
			return out[i].Documents > out[j].Documents
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out, nil
}

func (a *API) outlets(w http.ResponseWriter, r *http.Request) {
	out, err := Outlets(r.Context(), a.Store)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	writeCached(w, r, page[OutletJSON]{Items: out, Limit: len(out)})
}

// IngestErrorJSON is an input that failed to ingest.
type IngestErrorJSON struct {
	ID      int64  `json:"id"`
	Origin  string `json:"origin"`
	Message string `json:"message"`
	At      string `json:"at"`
}

func (a *API) ingestErrors(w http.ResponseWriter, r *http.Request) {
	f, err := ParseFilter(r.URL.Query())
	if err == nil {
		err = onlyFilters(r.URL.Query(), "ingest errors")
	}
	if err != nil {
		a.Error(w, r, err)
		return
	}
	list, err := a.Store.IngestErrors(r.Context(), f.Limit)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out := page[IngestErrorJSON]{Items: make([]IngestErrorJSON, 0, len(list)), Limit: f.Limit}
	for _, e := range list {
		out.Items = append(out.Items, IngestErrorJSON{ID: e.ID, Origin: e.Origin, Message: e.Message, At: e.At.UTC().Format("2006-01-02T15:04:05Z")})
	}
	writeCached(w, r, out)
}

// MapFeature is one incident on the map. Precision is the geo precision of
// the contract: 1 the exact place, 2 near it, 3 only the district or
// province is known, so the map draws an area symbol, not a point.
type MapFeature struct {
	Type       string          `json:"type"` // "Feature"
	Geometry   export.Geometry `json:"geometry"`
	Properties MapProperties   `json:"properties"`
}

// MapProperties are what a map popup shows of an incident.
type MapProperties struct {
	ID          int64  `json:"id"`
	Date        string `json:"date,omitempty"`
	Place       string `json:"place"`
	Country     string `json:"country"`
	Admin1      string `json:"admin1"`
	Admin2      string `json:"admin2"`
	Type        string `json:"type"`
	Fatalities  int    `json:"fatalities"`
	Precision   int    `json:"geo_precision"`
	ReviewState string `json:"review_state"`
}

// MapJSON is a GeoJSON FeatureCollection of the newest MaxMapPoints
// located incidents matching the filter; Total counts all that match,
// located or not, and Truncated says more located ones were left out.
type MapJSON struct {
	Type      string       `json:"type"` // "FeatureCollection"
	Features  []MapFeature `json:"features"`
	Total     int          `json:"total"`
	Truncated bool         `json:"truncated"`
}

func (a *API) mapPoints(w http.ResponseWriter, r *http.Request) {
	f, err := ParseFilter(r.URL.Query())
	if err != nil {
		a.Error(w, r, err)
		return
	}
	f.Limit, f.Offset = 0, 0
	ctx := r.Context()
	points, err := MapPoints(ctx, a.Store, f, MaxMapPoints)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	total, err := a.Store.CountIncidents(ctx, f)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	out := MapJSON{Type: "FeatureCollection", Features: make([]MapFeature, 0, len(points)), Total: total, Truncated: len(points) == MaxMapPoints}
	for _, p := range points {
		state := p.ReviewState
		if state == "" {
			state = vigil.StateUnreviewed
		}
		out.Features = append(out.Features, MapFeature{Type: "Feature",
			Geometry: export.Geometry{Type: "Point", Coordinates: [2]float64{p.Longitude, p.Latitude}},
			Properties: MapProperties{ID: p.ID, Date: p.Date, Place: p.Place, Country: p.Country, Admin1: p.Admin1, Admin2: p.Admin2, Type: p.EventType, Fatalities: p.Fatalities,
				Precision: p.Precision, ReviewState: state}})
	}
	writeCached(w, r, out)
}

// MapPoints lists up to limit located incidents matching f, newest first,
// with the store's own query when it has one (vigil.IncidentMapper).
func MapPoints(ctx context.Context, s vigil.Store, f vigil.Filter, limit int) ([]vigil.MapPoint, error) {
	if m, ok := s.(vigil.IncidentMapper); ok {
		return m.MapPoints(ctx, f, limit)
	}
	var out []vigil.MapPoint
	const batch = 1000
	for off := 0; len(out) < limit; off += batch {
		f.Limit, f.Offset = batch, off
		incs, err := s.Incidents(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("map points: %w", err)
		}
		for _, inc := range incs {
			if inc.Latitude == nil || inc.Longitude == nil || len(out) == limit {
				continue
			}
			p := vigil.MapPoint{ID: inc.ID, Latitude: *inc.Latitude, Longitude: *inc.Longitude, Precision: 1,
				Place: placeName(inc.Event), Country: inc.Country, Admin1: inc.Admin1, Admin2: inc.Admin2, EventType: inc.EventType, ReviewState: inc.ReviewState, Fatalities: fatalitiesOf(inc)}
			if inc.EventDate != nil {
				p.Date = *inc.EventDate
			}
			if inc.GeoPrecision != nil {
				p.Precision = *inc.GeoPrecision
			}
			out = append(out, p)
		}
		if len(incs) < batch {
			break
		}
	}
	return out, nil
}

func fatalitiesOf(inc vigil.Incident) int {
	if inc.Fatalities != nil {
		return *inc.Fatalities
	}
	return inc.Casualties.Killed()
}

// placeName is the most precise place name and its province.
func placeName(e vigil.Event) string {
	var parts []string
	for _, p := range []string{e.Location, e.Admin2, e.Admin1, e.Country} {
		if p != "" && (len(parts) == 0 || !strings.EqualFold(parts[len(parts)-1], p)) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// exportIncidents writes the incidents matching the filter in one of the
// export formats. Without an explicit limit it exports all of them.
func (a *API) exportIncidents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := ParseFilter(q)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	if q.Get("limit") == "" {
		f.Limit = 0
	}
	format := r.PathValue("format")
	var write func(http.ResponseWriter, []vigil.Incident) error
	switch format {
	case "incidents.csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		write = func(w http.ResponseWriter, incs []vigil.Incident) error { return export.WriteACLEDCSV(w, incs) }
	case "incidents.geojson":
		w.Header().Set("Content-Type", "application/geo+json")
		write = func(w http.ResponseWriter, incs []vigil.Incident) error { return export.WriteGeoJSON(w, incs) }
	case "incidents.jsonl":
		w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
		write = func(w http.ResponseWriter, incs []vigil.Incident) error { return export.WriteJSONL(w, incs) }
	default:
		a.Error(w, r, vigil.Errorf(vigil.ENOTFOUND, "no export %q: use incidents.csv, incidents.geojson or incidents.jsonl", format))
		return
	}
	incs, err := a.Store.Incidents(r.Context(), f)
	if err != nil {
		w.Header().Del("Content-Type")
		a.Error(w, r, err)
		return
	}
	AuditShare(r.Context(), a.Store, a.Logger, "export:"+format, incs)
	w.Header().Set("Content-Disposition", `attachment; filename="vigil-`+format+`"`)
	if err := write(w, incs); err != nil && a.Logger != nil {
		// Headers are gone by now; all that is left is to log it.
		a.Logger.ErrorContext(r.Context(), "export failed", "format", format, "err", err)
	}
}
