package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Conflict is one pending federation conflict as the API lists it.
type Conflict struct {
	IncidentID int64  `json:"incident_id"`
	Partner    string `json:"partner"`
	STIXID     string `json:"stix_id"`
	// Version is the partner's newest version not applied; Pending counts
	// those settled with it.
	Version string `json:"version"`
	Pending int    `json:"pending"`
	// Seen is the local incident's version (its updated_at): send it back
	// to have the decision refused if the incident changed since.
	Seen        string             `json:"seen"`
	Differences []ConflictingField `json:"differences"`
}

// ConflictingField is a field the two versions disagree on.
type ConflictingField struct {
	Field   string `json:"field"`
	Local   string `json:"local"`
	Partner string `json:"partner"`
}

// ResolveRequest is the optional body of POST /api/v1/conflicts/{id}/accept
// or /keep: the version and seen of the listing decided on (each refused
// with 409 when no longer current; omitted, the current ones are taken)
// and the reason for the audit log.
type ResolveRequest struct {
	Version string `json:"version"`
	Seen    string `json:"seen"`
	Reason  string `json:"reason"`
}

// federationStore is the API's store as a federation store.
func (a *API) federationStore() (federation.Store, error) {
	fs, ok := a.Store.(federation.Store)
	if !ok {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "this database keeps no partners, so it has no conflicts with them")
	}
	return fs, nil
}

// conflicts answers GET /api/v1/conflicts.
func (a *API) conflicts(w http.ResponseWriter, r *http.Request) {
	fs, err := a.federationStore()
	if err != nil {
		a.Error(w, r, err)
		return
	}
	cs, err := federation.Conflicts(r.Context(), fs, r.URL.Query().Get("partner"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	items := make([]Conflict, 0, len(cs))
	for _, c := range cs {
		out := Conflict{IncidentID: c.Local.ID, Partner: c.Received.Partner, STIXID: c.Received.ID, Version: c.Received.Version,
			Pending: c.Pending, Seen: c.Local.UpdatedAt.UTC().Format(time.RFC3339Nano), Differences: []ConflictingField{}}
		for _, d := range federation.Differences(c.Local, c.Partner) {
			out.Differences = append(out.Differences, ConflictingField(d))
		}
		items = append(items, out)
	}
	writeJSON(w, http.StatusOK, map[string][]Conflict{"items": items})
}

// resolve answers POST /api/v1/conflicts/{id}/accept and /keep.
func (a *API) resolve(w http.ResponseWriter, r *http.Request) {
	id, err := ParseID("incident", r.PathValue("id"))
	if err != nil {
		a.Error(w, r, err)
		return
	}
	decision := r.PathValue("decision")
	if decision != "accept" && decision != "keep" {
		a.Error(w, r, vigil.Errorf(vigil.ENOTFOUND, "no decision %q on a conflict: accept or keep", decision))
		return
	}
	req, err := a.resolveRequest(r)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	by, ok := a.actor(w, r)
	if !ok {
		return
	}
	fs, err := a.federationStore()
	if err != nil {
		a.Error(w, r, err)
		return
	}
	c, err := federation.ConflictOf(r.Context(), fs, id)
	if err != nil {
		a.Error(w, r, err)
		return
	}
	if req.Version != "" && req.Version != c.Received.Version {
		a.Error(w, r, vigil.Errorf(vigil.ECONFLICT, "%s sent version %s of incident %d since version %s was listed", c.Received.Partner, c.Received.Version, id, req.Version))
		return
	}
	if req.Seen != "" {
		if c.Local.UpdatedAt, err = time.Parse(time.RFC3339Nano, req.Seen); err != nil {
			a.Error(w, r, vigil.Errorf(vigil.EINVALID, "seen %q is not a version as GET /api/v1/conflicts lists it", req.Seen))
			return
		}
	}
	if err := federation.Resolve(r.Context(), fs, *c, decision == "accept", by, strings.TrimSpace(req.Reason)); err != nil {
		a.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"incident_id": id, "decision": decision, "version": c.Received.Version})
}

// resolveRequest reads the optional body of a resolve request.
func (a *API) resolveRequest(r *http.Request) (ResolveRequest, error) {
	return decisionRequest[ResolveRequest](a, r, "resolve request")
}
