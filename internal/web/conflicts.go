package web

import (
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// registerConflicts adds the page that lists federation conflicts and the
// forms that settle them.
func (s *Server) registerConflicts() {
	s.mux.HandleFunc("GET /conflicts", s.conflictsPage)
	s.mux.HandleFunc("POST /conflicts/{id}/{decision}", s.resolveConflict)
}

// conflictView is one conflict as the page shows it.
type conflictView struct {
	federation.Conflict
	Fields []federation.Difference // every field, here and the partner's
	Seen   string                  // the local version shown, sent back by the forms
}

type conflictsData struct {
	Page
	Conflicts []conflictView
	CanReview bool
	Message   string
}

// federationStore is the server's store as a federation store, or an
// error page's reason when it keeps no partners.
func (s *Server) federationStore() (federation.Store, error) {
	fs, ok := s.store.(federation.Store)
	if !ok {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "this database keeps no partners, so it has no conflicts with them")
	}
	return fs, nil
}

// conflictsPage serves GET /conflicts: each incident a partner sent a newer
// version of after someone here changed it, the two side by side, with
// the forms that settle it for reviewers.
func (s *Server) conflictsPage(w http.ResponseWriter, r *http.Request) {
	fs, err := s.federationStore()
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	cs, err := federation.Conflicts(r.Context(), fs, "")
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	data := &conflictsData{Page: Page{Title: "Conflicts with partners", Nav: "conflicts"},
		CanReview: s.canReview(r), Message: r.URL.Query().Get("done")}
	for _, c := range cs {
		data.Conflicts = append(data.Conflicts, conflictView{Conflict: c, Fields: federation.Compare(c.Local, c.Partner),
			Seen: c.Local.UpdatedAt.UTC().Format(time.RFC3339Nano)})
	}
	s.render(w, r, http.StatusOK, "conflicts", data)
}

// resolveConflict serves POST /conflicts/{id}/accept and /keep, with the
// form fields version and seen (the partner's version and the local
// version the page showed) and reason. A decision on what the page showed
// is refused (409) when either changed since.
func (s *Server) resolveConflict(w http.ResponseWriter, r *http.Request) {
	id, err := api.ParseID("incident", r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	decision := r.PathValue("decision")
	if decision != "accept" && decision != "keep" {
		s.errorPage(w, r, vigil.Errorf(vigil.ENOTFOUND, "no decision %q on a conflict: accept or keep", decision))
		return
	}
	if s.reviewer == nil {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "this desk is read-only: start vigil serve with --analyst NAME to review"))
		return
	}
	seen, err := time.Parse(time.RFC3339Nano, r.PostFormValue("seen"))
	if err != nil {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "the form does not say which version of incident %d was shown: reload the conflicts page", id))
		return
	}
	by, ok := s.actor(w, r)
	if !ok {
		return
	}
	fs, err := s.federationStore()
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	c, err := federation.ConflictOf(r.Context(), fs, id)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if v := r.PostFormValue("version"); v != c.Received.Version {
		s.errorPage(w, r, vigil.Errorf(vigil.ECONFLICT, "%s sent version %s of incident %d since version %q was shown: reload the conflicts page", c.Received.Partner, c.Received.Version, id, v))
		return
	}
	c.Local.UpdatedAt = seen
	if err := federation.Resolve(r.Context(), fs, *c, decision == "accept", by, r.PostFormValue("reason")); err != nil {
		s.errorPage(w, r, err)
		return
	}
	done := fmt.Sprintf("incident %d kept as it is here", id)
	if decision == "accept" {
		done = fmt.Sprintf("incident %d now holds %s's version", id, c.Received.Partner)
	}
	http.Redirect(w, r, "/conflicts?done="+url.QueryEscape(done), http.StatusSeeOther)
}
