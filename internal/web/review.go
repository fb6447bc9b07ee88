package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// reviewActions are the decisions the desk's buttons and shortcuts send.
var reviewActions = map[string]string{"verify": "verified", "reject": "rejected", "reopen": "reopened"}

// review records an analyst's decision posted from the review queue or an
// incident page, then sends the browser back where it came from (the
// queue, or the incident), saying what was done.
func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	id, err := api.ParseID("incident", r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if s.reviewer == nil {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "this desk is read-only: start vigil serve with --analyst NAME to review"))
		return
	}
	action := r.PostFormValue("action")
	done, ok := reviewActions[action]
	if !ok {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "review action %q is not one of verify, reject, reopen", action))
		return
	}
	if err := s.reviewer.Review(r.Context(), id, action, s.analyst, strings.TrimSpace(r.PostFormValue("reason"))); err != nil {
		s.errorPage(w, r, err)
		return
	}
	back := "/incidents/" + strconv.FormatInt(id, 10)
	if r.PostFormValue("from") == "queue" {
		back = "/review"
	}
	http.Redirect(w, r, back+"?done="+url.QueryEscape("incident "+strconv.FormatInt(id, 10)+" "+done), http.StatusSeeOther)
}
