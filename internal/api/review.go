package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Reviewer carries out analysts' decisions on incidents; package review's
// Service is one. Every method returns the ID of the audit entry that
// records the decision, which Undo takes back. Errors carry vigil codes.
type Reviewer interface {
	Verify(ctx context.Context, id int64, by, why string) (int64, error)
	Reject(ctx context.Context, id int64, by, why string) (int64, error)
	Reopen(ctx context.Context, id int64, by, why string) (int64, error)
	Correct(ctx context.Context, id int64, field, value, by, why string) (int64, error)
	Merge(ctx context.Context, into int64, others []int64, by, why string) (int64, error)
	Split(ctx context.Context, id int64, eventIDs []int64, by, why string) (newID, auditID int64, err error)
	Undo(ctx context.Context, auditID int64, by, why string) (int64, error)
}

// ReviewRequest is the JSON body of a review action. Reason is kept in the
// audit log; the other fields belong to one action each.
type ReviewRequest struct {
	Reason   string  `json:"reason"`
	Field    string  `json:"field,omitempty"`     // correct
	Value    string  `json:"value,omitempty"`     // correct
	Others   []int64 `json:"others,omitempty"`    // merge: incidents to fold into this one
	EventIDs []int64 `json:"event_ids,omitempty"` // split: events to move to a new incident
}

// ReviewResult answers a review action: the audit entry recording it, and
// for a split the incident it created.
type ReviewResult struct {
	AuditID    int64  `json:"audit_id"`
	IncidentID int64  `json:"incident_id"`
	NewID      int64  `json:"new_incident_id,omitempty"`
	State      string `json:"review_state,omitempty"`
}

// maxReviewBody bounds a review request body; a real one is a few hundred
// bytes.
const maxReviewBody = 64 << 10

// DoReview runs one review action on incident id for analyst by. The web
// desk's forms and the JSON API both come through here.
func DoReview(ctx context.Context, rv Reviewer, id int64, action, by string, req ReviewRequest) (ReviewResult, error) {
	res := ReviewResult{IncidentID: id}
	why := strings.TrimSpace(req.Reason)
	var err error
	switch action {
	case vigil.ActionVerify:
		res.AuditID, err = rv.Verify(ctx, id, by, why)
		res.State = vigil.StateVerified
	case vigil.ActionReject:
		res.AuditID, err = rv.Reject(ctx, id, by, why)
		res.State = vigil.StateRejected
	case vigil.ActionReopen:
		res.AuditID, err = rv.Reopen(ctx, id, by, why)
		res.State = vigil.StateUnreviewed
	case vigil.ActionCorrect:
		if strings.TrimSpace(req.Field) == "" {
			return res, vigil.Errorf(vigil.EINVALID, "a correction needs a field, one of %s", strings.Join(vigil.CorrectableFields, ", "))
		}
		res.AuditID, err = rv.Correct(ctx, id, strings.TrimSpace(req.Field), req.Value, by, why)
	case vigil.ActionMerge:
		if len(req.Others) == 0 {
			return res, vigil.Errorf(vigil.EINVALID, "a merge needs the ids of the incidents to fold into incident %d (others)", id)
		}
		res.AuditID, err = rv.Merge(ctx, id, req.Others, by, why)
	case vigil.ActionSplit:
		if len(req.EventIDs) == 0 {
			return res, vigil.Errorf(vigil.EINVALID, "a split needs the ids of the events to move out of incident %d (event_ids)", id)
		}
		res.NewID, res.AuditID, err = rv.Split(ctx, id, req.EventIDs, by, why)
	default:
		return res, vigil.Errorf(vigil.EINVALID, "review action %q is not one of verify, reject, reopen, correct, merge, split", action)
	}
	return res, err
}

// review answers POST /api/v1/incidents/{id}/{action}.
func (a *API) review(w http.ResponseWriter, r *http.Request) {
	id, err := ParseID("incident", r.PathValue("id"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	req, err := a.reviewRequest(r)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	by, ok := a.actor(w, r)
	if !ok {
		return
	}
	res, err := DoReview(r.Context(), a.Reviewer, id, r.PathValue("action"), by, req)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// undo answers POST /api/v1/audit/{id}/undo.
func (a *API) undo(w http.ResponseWriter, r *http.Request) {
	id, err := ParseID("audit entry", r.PathValue("id"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	req, err := a.reviewRequest(r)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	by, ok := a.actor(w, r)
	if !ok {
		return
	}
	undoID, err := a.Reviewer.Undo(r.Context(), id, by, strings.TrimSpace(req.Reason))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ReviewResult{AuditID: undoID})
}

// Actor returns the name a review request from r is recorded under. Without
// requireLogin that is analyst. With it, it is the logged-in user's name, and
// the user must be a reviewer or an admin: otherwise Actor returns status
// 401 (nobody logged in) or 403 (role too low) and a message to show.
func Actor(r *http.Request, requireLogin bool, analyst string) (name string, status int, message string) {
	if !requireLogin {
		return analyst, 0, ""
	}
	p := accounts.PrincipalFrom(r.Context())
	switch {
	case p == nil:
		return "", http.StatusUnauthorized, "log in first"
	case !p.Role().AtLeast(vigil.RoleReviewer):
		return "", http.StatusForbidden, "your role may not review: a reviewer or an admin must"
	}
	return p.User.Name, 0, ""
}

// actor is Actor for the API: it writes the 401 or 403 JSON error itself
// and reports whether the request may go on.
func (a *API) actor(w http.ResponseWriter, r *http.Request) (string, bool) {
	name, status, message := Actor(r, a.RequireLogin, a.Analyst)
	switch status {
	case 0:
		return name, true
	case http.StatusUnauthorized:
		WriteUnauthorized(w, message)
	default:
		writeJSON(w, status, errorBody("forbidden", message))
	}
	return "", false
}

// WriteUnauthorized answers 401 with the JSON error body
// {"error":{"code":"unauthorized","message":...}}.
func WriteUnauthorized(w http.ResponseWriter, message string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="vigil"`)
	writeJSON(w, http.StatusUnauthorized, errorBody("unauthorized", message))
}

// reviewRequest checks that this server takes review decisions and reads
// the request's JSON body (an empty body is an empty request).
func (a *API) reviewRequest(r *http.Request) (ReviewRequest, error) {
	return decisionRequest[ReviewRequest](a, r, "review request")
}

// decisionRequest checks that this server takes review decisions and reads
// the request's JSON body as a T named what in errors (an empty body is
// an empty request). Review actions and conflict resolutions share it.
func decisionRequest[T any](a *API, r *http.Request, what string) (T, error) {
	var req T
	if a.Reviewer == nil || (a.Analyst == "" && !a.RequireLogin) {
		return req, vigil.Errorf(vigil.EINVALID, "this server is read-only: start vigil serve with --analyst NAME to review")
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxReviewBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return req, vigil.Errorf(vigil.EINVALID, "request body is over %d bytes", maxReviewBody)
		}
		return req, vigil.Errorf(vigil.EINVALID, "read request body: %v", err)
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return req, nil
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, vigil.Errorf(vigil.EINVALID, "request body is not a %s: %s", what, jsonProblem(err))
	}
	return req, nil
}

// jsonProblem describes a decoding error without echoing the body.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q should be %s", typ.Field, typ.Type)
	default:
		return err.Error()
	}
}
