package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/api"
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
}

// render executes a page into a buffer first, so a template error becomes a
// clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
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
	Title   string
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
	s.render(w, r, status, "error", errorData{Title: http.StatusText(status), Status: status, Message: vigil.ErrorMessage(err)})
}

type listData struct {
	Title     string
	Filter    vigil.Filter
	Incidents []vigil.Incident
	Total     int
	First     int // 1-based number of the first row shown
	Last      int
	Prev      string // link to the previous page, "" on the first
	Next      string
}

func (s *Server) incidentList(w http.ResponseWriter, r *http.Request) {
	f, err := api.ParseFilter(r.URL.Query())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ctx := r.Context()
	list, err := s.store.Incidents(ctx, f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	total, err := s.store.CountIncidents(ctx, f)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := listData{Title: "Incidents", Filter: f, Incidents: list, Total: total}
	if len(list) > 0 {
		d.First, d.Last = f.Offset+1, f.Offset+len(list)
	}
	if f.Offset > 0 {
		p := f
		p.Offset = max(0, f.Offset-f.Limit)
		d.Prev = pageLink(p)
	}
	if f.Offset+len(list) < total {
		n := f
		n.Offset = f.Offset + f.Limit
		d.Next = pageLink(n)
	}
	s.render(w, r, http.StatusOK, "incidents", d)
}

func pageLink(f vigil.Filter) string {
	q := api.FilterQuery(f)
	if len(q) == 0 {
		return "/"
	}
	return "/?" + q.Encode()
}

// sourceView is one report of an incident: its event, its document and the
// document's text cut into highlighted segments.
type sourceView struct {
	Event    vigil.StoredEvent
	Document *vigil.Document
	Segments []Segment
}

type incidentData struct {
	Title    string
	Incident vigil.Incident
	Sources  []sourceView
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
	data := incidentData{Title: fmt.Sprintf("Incident %d", id), Incident: d.Incident}
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
	Title    string
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
	title := doc.Title
	if title == "" {
		title = fmt.Sprintf("Document %d", id)
	}
	s.render(w, r, http.StatusOK, "document", documentData{Title: title, Document: doc})
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
