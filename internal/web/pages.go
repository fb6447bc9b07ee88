package web

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// funcs are the helpers templates may call; each formats one value.
var funcs = template.FuncMap{
	"place":  place,
	"num":    num,
	"day":    day,
	"state":  state,
	"split":  split,
	"actors": actors,
	"pub":    pub,
	"injured": func(c vigil.Casualties) int {
		return c.SecurityForces.Injured + c.Civilians.Injured + c.Militants.Injured + c.Unknown.Injured
	},
	"bound":    bound,
	"explain":  explain,
	"mark":     vigil.Marking.OrClear,
	"tlpClass": tlpClass,
}

// Page is what the layout needs of every page: its title, the section of
// the navigation it belongs to, and the session's CSRF token for its forms
// and scripts. Every page's data embeds it.
type Page struct {
	Title string
	Nav   string // "dashboard", "incidents", "review", "claims", "equipment", "sources"
	CSRF  string
	User  string // the logged-in user, "" when no login is required
	Org   string // the logged-in user's organisation
	// Operator says the page was served without a login to the
	// instance's operator, who sees every record whatever its marking.
	Operator bool
	// LoginRequired says this server shows nothing without a login.
	LoginRequired bool
}

func (p *Page) page() *Page { return p }

// pageData is a page's data: anything embedding Page.
type pageData interface{ page() *Page }

// render executes a page into a buffer first, so a template error becomes a
// clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data pageData) {
	data.page().CSRF = csrfToken(r)
	if p := accounts.PrincipalFrom(r.Context()); p != nil {
		data.page().User, data.page().Org = p.User.Name, p.User.Org
	}
	data.page().Operator = vigil.ViewerFrom(r.Context()).All
	data.page().LoginRequired = s.accounts != nil
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.ErrorContext(r.Context(), "render page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorData struct {
	Page
	Status  int
	Message string
}

// errorPage shows err with the status its code maps to; internal details are
// logged, never shown.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	status := api.Status(err)
	if status == http.StatusInternalServerError {
		s.log.ErrorContext(r.Context(), "page failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.render(w, r, status, "error", &errorData{Page: Page{Title: http.StatusText(status)}, Status: status, Message: vigil.ErrorMessage(err)})
}

type listData struct {
	Page
	Filter    vigil.Filter
	Order     string
	Orders    []string
	Incidents []vigil.Incident
	Total     int
	First     int // 1-based number of the first row shown
	Last      int
	Prev      string // link to the previous page, "" on the first
	Next      string
}

// listOrders are the orders the incident list offers.
var listOrders = []string{vigil.OrderNewest, vigil.OrderOldest, vigil.OrderToll}

func (s *Server) incidentList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := api.ParseFilter(q)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	order := q.Get("sort")
	if order == "" {
		order = vigil.OrderNewest
	}
	if !slices.Contains(listOrders, order) {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "sort %q is not one of newest, oldest, toll", order))
		return
	}
	ctx := r.Context()
	list, err := s.sortedIncidents(ctx, f, order)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	total, err := s.store.CountIncidents(ctx, f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := &listData{Page: Page{Title: "Incidents", Nav: "incidents"}, Filter: f, Order: order, Orders: listOrders, Incidents: list, Total: total}
	if len(list) > 0 {
		d.First, d.Last = f.Offset+1, f.Offset+len(list)
	}
	if f.Offset > 0 {
		p := f
		p.Offset = max(0, f.Offset-f.Limit)
		d.Prev = pageLink("/incidents", p, order)
	}
	if f.Offset+len(list) < total {
		n := f
		n.Offset = f.Offset + f.Limit
		d.Next = pageLink("/incidents", n, order)
	}
	s.render(w, r, http.StatusOK, "incidents", d)
}

// sortedIncidents lists incidents in order, asking the store to sort when it
// can; otherwise only the newest order is exact and other orders sort the
// page the store returned.
func (s *Server) sortedIncidents(ctx context.Context, f vigil.Filter, order string) ([]vigil.Incident, error) {
	if st, ok := s.store.(vigil.IncidentSorter); ok {
		return st.SortedIncidents(ctx, f, order)
	}
	list, err := s.store.Incidents(ctx, f)
	if err != nil || order == vigil.OrderNewest {
		return list, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		if order == vigil.OrderOldest {
			return dateOf(list[i]) < dateOf(list[j])
		}
		return toll(list[i]) > toll(list[j])
	})
	return list, nil
}

func dateOf(inc vigil.Incident) string {
	if inc.EventDate == nil {
		return "9999" // undated last
	}
	return *inc.EventDate
}

func toll(inc vigil.Incident) int {
	if inc.Fatalities != nil {
		return *inc.Fatalities
	}
	return inc.Casualties.Killed()
}

// pageLink is path with f's filter and a non-default order as its query.
func pageLink(path string, f vigil.Filter, order string) string {
	q := api.FilterQuery(f)
	if order != "" && order != vigil.OrderNewest {
		q.Set("sort", order)
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// sourceView is one report of an incident: its event, its document and the
// document's text cut into highlighted segments.
type sourceView struct {
	Event    vigil.StoredEvent
	Document *vigil.Document
	Segments []Segment
}

type incidentData struct {
	Page
	Incident  vigil.Incident
	Sources   []sourceView
	Trail     []vigil.AuditEntry
	CanReview bool
	Message   string
	Fields    []string // the fields an analyst may correct
}

func (s *Server) incidentPage(w http.ResponseWriter, r *http.Request) {
	id, err := api.ParseID("incident", r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d, err := api.LoadIncident(r.Context(), s.store, id)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	object := fmt.Sprintf("incident:%d", id)
	api.AuditRead(r.Context(), s.store, s.log, object, d.Incident.Marking)
	data := &incidentData{Page: Page{Title: fmt.Sprintf("Incident %d", id), Nav: "incidents"}, Incident: d.Incident,
		CanReview: s.canReview(r), Message: r.URL.Query().Get("done"), Fields: vigil.CorrectableFields}
	trail, err := s.store.Audit(r.Context(), object, 100)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	// The review trail shows what was done to the incident; who read it is
	// in the audit log, not among the changes an analyst may undo.
	for _, e := range trail {
		if e.Action != api.ActionRead && e.Action != api.ActionShare {
			data.Trail = append(data.Trail, e)
		}
	}
	for _, src := range d.Sources {
		v := sourceView{Event: src.Event, Document: src.Document}
		if src.Document != nil {
			v.Segments = Highlight(src.Document.Text, src.Event.Evidence)
		}
		data.Sources = append(data.Sources, v)
	}
	s.render(w, r, http.StatusOK, "incident", data)
}

type documentData struct {
	Page
	Document *vigil.Document
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	id, err := api.ParseID("document", r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	doc, err := s.store.Document(r.Context(), id)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	api.AuditRead(r.Context(), s.store, s.log, fmt.Sprintf("document:%d", id), doc.Marking)
	title := doc.Title
	if title == "" {
		title = fmt.Sprintf("Document %d", id)
	}
	s.render(w, r, http.StatusOK, "document", &documentData{Page: Page{Title: title, Nav: "sources"}, Document: doc})
}

// place is the most precise place name followed by its larger areas.
func place(e vigil.Event) string {
	var parts []string
	for _, p := range []string{e.Location, e.Admin2, e.Admin1, e.Country} {
		if p != "" && (len(parts) == 0 || !strings.EqualFold(parts[len(parts)-1], p)) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "unknown place"
	}
	return strings.Join(parts, ", ")
}

// num prints an optional count, "–" when the source gave none.
func num(n *int) string {
	if n == nil {
		return "–"
	}
	return strconv.Itoa(*n)
}

// day prints an optional event date with its precision, or "undated".
func day(e vigil.Event) string {
	if e.EventDate == nil {
		return "undated"
	}
	if e.TimePrecision != nil {
		switch *e.TimePrecision {
		case vigil.TimePrecisionWk:
			return *e.EventDate + " (week)"
		case vigil.TimePrecisionMo:
			return *e.EventDate + " (month)"
		}
	}
	return *e.EventDate
}

// state shows machine output as unreviewed whatever the store left empty.
func state(s string) string {
	if s == "" {
		return vigil.StateUnreviewed
	}
	return s
}

// split summarises the casualty categories with anything reported:
// "security forces 2 killed; militants 6 killed".
func split(c vigil.Casualties) string {
	var parts []string
	for _, cat := range []struct {
		name string
		c    vigil.Counts
	}{{"security forces", c.SecurityForces}, {"civilians", c.Civilians}, {"militants", c.Militants}, {"unknown", c.Unknown}} {
		if cat.c.IsZero() {
			continue
		}
		var n []string
		for _, k := range []struct {
			v    int
			verb string
		}{{cat.c.Killed, "killed"}, {cat.c.Injured, "injured"}, {cat.c.Abducted, "abducted"}, {cat.c.Arrested, "arrested"}} {
			if k.v > 0 {
				n = append(n, fmt.Sprintf("%d %s", k.v, k.verb))
			}
		}
		parts = append(parts, cat.name+" "+strings.Join(n, ", "))
	}
	return strings.Join(parts, "; ")
}

// actors names the sides of an event: "actor1 v actor2".
func actors(e vigil.Event) string {
	switch {
	case e.Actor1 != "" && e.Actor2 != "":
		return e.Actor1 + " v " + e.Actor2
	case e.Actor1 != "":
		return e.Actor1
	default:
		return e.Actor2
	}
}

// pub prints a publication time as a date, or "unknown".
func pub(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format(time.DateOnly)
}

// bound writes a claim's bound as a reader would say it.
func bound(b string) string {
	switch b {
	case vigil.BoundLower:
		return "at least"
	case vigil.BoundUpper:
		return "at most"
	case vigil.BoundApprox:
		return "about"
	}
	return ""
}

// explain says why a claimed figure and vigil's may differ, so a mismatch
// reads as a lead to follow, not an error.
func explain(c api.ClaimCheckJSON) string {
	switch {
	case !c.Checked:
		return c.Note
	case c.Holds:
		return "vigil's incidents support the figure."
	case c.Computed < c.Claim.Value:
		return fmt.Sprintf("vigil counts %d fewer: its coverage of the period may be incomplete (%d incidents found), or the source counts more widely (e.g. including unreported or non-violent events).",
			c.Claim.Value-c.Computed, c.Incidents)
	default:
		return fmt.Sprintf("vigil counts %d more: the source may define the metric more narrowly, cover a shorter period, or vigil may hold duplicates or incidents an analyst should reject.",
			c.Computed-c.Claim.Value)
	}
}

// tlpClass is the CSS class suffix of a TLP level's badge: "clear",
// "amber-strict"; "unknown" for a level vigil does not know.
func tlpClass(t vigil.TLP) string {
	if t.Rank() >= len(vigil.TLPLevels) {
		return "unknown"
	}
	return strings.ReplaceAll(strings.ToLower(string(t)), "+", "-")
}
