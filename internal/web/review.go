package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// review carries out an analyst's decision posted from the review queue or
// an incident page (field action: verify, reject, reopen, correct, merge,
// split), then sends the browser back where it came from, saying what was
// done. The CSRF middleware has checked the form's token by then.
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
	req := api.ReviewRequest{Reason: r.PostFormValue("reason"), Field: r.PostFormValue("field"), Value: r.PostFormValue("value")}
	if req.Others, err = idList("incident", r.PostFormValue("others")); err != nil {
		s.errorPage(w, r, err)
		return
	}
	for _, v := range r.PostForm["event_id"] {
		e, err := api.ParseID("event", v)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		req.EventIDs = append(req.EventIDs, e)
	}
	by, ok := s.actor(w, r)
	if !ok {
		return
	}
	res, err := api.DoReview(r.Context(), s.reviewer, id, action, by, req)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	done := fmt.Sprintf("incident %d %s", id, pastTense(action))
	if res.NewID != 0 {
		done += fmt.Sprintf(" into incident %d", res.NewID)
	}
	back := "/incidents/" + strconv.FormatInt(id, 10)
	if r.PostFormValue("from") == "queue" {
		back = "/review"
	}
	http.Redirect(w, r, back+"?done="+url.QueryEscape(done), http.StatusSeeOther)
}

// undo takes back an audited change, from an incident page's review trail.
func (s *Server) undo(w http.ResponseWriter, r *http.Request) {
	id, err := api.ParseID("audit entry", r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if s.reviewer == nil {
		s.errorPage(w, r, vigil.Errorf(vigil.EINVALID, "this desk is read-only: start vigil serve with --analyst NAME to review"))
		return
	}
	by, ok := s.actor(w, r)
	if !ok {
		return
	}
	if _, err := s.reviewer.Undo(r.Context(), id, by, strings.TrimSpace(r.PostFormValue("reason"))); err != nil {
		s.errorPage(w, r, err)
		return
	}
	back := "/review"
	if inc, err := api.ParseID("incident", r.PostFormValue("incident")); err == nil {
		back = "/incidents/" + strconv.FormatInt(inc, 10)
	}
	http.Redirect(w, r, back+"?done="+url.QueryEscape(fmt.Sprintf("change %d undone", id)), http.StatusSeeOther)
}

// idList reads "12, 15 17" as IDs; empty is none.
func idList(what, v string) ([]int64, error) {
	var out []int64
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		id, err := api.ParseID(what, f)
		if err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, nil
}

func pastTense(action string) string {
	switch action {
	case vigil.ActionVerify:
		return "verified"
	case vigil.ActionReject:
		return "rejected"
	case vigil.ActionReopen:
		return "reopened"
	case vigil.ActionCorrect:
		return "corrected"
	case vigil.ActionMerge:
		return "merged"
	case vigil.ActionSplit:
		return "split"
	}
	return action
}
