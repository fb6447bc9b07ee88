package taxii

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Paths the server answers under. Mount the Server at DiscoveryPath:
//
//	mux.Handle(taxii.DiscoveryPath, srv)
const (
	DiscoveryPath = "/taxii2/"
	APIRootPath   = "/taxii2/vigil/"
)

// Config sets up a Server.
type Config struct {
	Title       string // shown in discovery and the API root
	Description string
	Source      Source
	Auth        Authenticator
	// Collections default to DefaultCollections.
	Collections []Collection
	// Levels maps each collection id to the most restrictive TLP level it
	// holds; DefaultCollections' levels are used when nil.
	Levels map[string]vigil.TLP
	// PageSize is the most objects one response carries (default 100).
	PageSize int
	Logger   *slog.Logger // default: slog.Default()
}

// Server is a TAXII 2.1 server: an http.Handler serving discovery, one API
// root and its read-only collections.
type Server struct {
	cfg Config
	mux *http.ServeMux
}

// collectionIDs are fixed, so partners' configurations survive restarts.
var collectionIDs = map[vigil.TLP]string{
	vigil.TLPClear:       "0d2d5b5c-5a3e-4a39-9a3e-7f1b1c0e0a01",
	vigil.TLPGreen:       "0d2d5b5c-5a3e-4a39-9a3e-7f1b1c0e0a02",
	vigil.TLPAmber:       "0d2d5b5c-5a3e-4a39-9a3e-7f1b1c0e0a03",
	vigil.TLPAmberStrict: "0d2d5b5c-5a3e-4a39-9a3e-7f1b1c0e0a04",
	vigil.TLPRed:         "0d2d5b5c-5a3e-4a39-9a3e-7f1b1c0e0a05",
}

// DefaultCollections returns one read-only collection per TLP level, each
// holding the objects marked at that level or below, and the level of each.
// Whoever reads a collection still gets only what they may see.
func DefaultCollections() ([]Collection, map[string]vigil.TLP) {
	var cs []Collection
	levels := map[string]vigil.TLP{}
	for _, l := range vigil.TLPLevels {
		alias := strings.ToLower(strings.ReplaceAll(string(l), "+", "-"))
		c := Collection{
			ID:          collectionIDs[l],
			Alias:       alias,
			Title:       "TLP:" + string(l) + " and below",
			Description: fmt.Sprintf("vigil's objects marked TLP:%s or less restrictive, as far as the reader may see them.", l),
			CanRead:     true,
			MediaTypes:  []string{MediaSTIX},
		}
		cs = append(cs, c)
		levels[c.ID] = l
	}
	return cs, levels
}

// NewServer builds a server. Source and Auth are required.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Source == nil || cfg.Auth == nil {
		return nil, errors.New("taxii: a server needs a source and an authenticator")
	}
	if cfg.Collections == nil {
		cfg.Collections, cfg.Levels = DefaultCollections()
	}
	for _, c := range cfg.Collections {
		if _, ok := cfg.Levels[c.ID]; !ok {
			return nil, fmt.Errorf("taxii: collection %s has no TLP level", c.ID)
		}
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = 100
	}
	if cfg.Title == "" {
		cfg.Title = "vigil"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	s.mux.HandleFunc(DiscoveryPath+"{$}", s.discovery)
	s.mux.HandleFunc(APIRootPath+"{$}", s.apiRoot)
	s.mux.HandleFunc(APIRootPath+"collections/{$}", s.collections)
	s.mux.HandleFunc(APIRootPath+"collections/{cid}/{$}", s.collection)
	s.mux.HandleFunc(APIRootPath+"collections/{cid}/objects/{$}", s.objects)
	s.mux.HandleFunc(APIRootPath+"collections/{cid}/objects/{oid}/{$}", s.object)
	s.mux.HandleFunc(APIRootPath+"collections/{cid}/objects/{oid}/versions/{$}", s.versions)
	s.mux.HandleFunc(APIRootPath+"collections/{cid}/manifest/{$}", s.manifest)
	s.mux.HandleFunc(APIRootPath+"status/{sid}/{$}", s.status)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not found", "no TAXII resource at "+r.URL.Path)
	})
	return s, nil
}

type viewerKey struct{}

// ServeHTTP checks the request's media types, method and credentials, then
// routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !acceptable(r.Header.Get("Accept")) {
		writeError(w, http.StatusNotAcceptable, "not acceptable", "this server answers "+MediaTAXII)
		return
	}
	if r.ContentLength != 0 && r.Body != nil && r.Body != http.NoBody {
		if !isTAXII(r.Header.Get("Content-Type")) {
			writeError(w, http.StatusUnsupportedMediaType, "unsupported media type", "request bodies must be "+MediaTAXII)
			return
		}
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "method not allowed", "this server's collections are read-only")
		return
	}
	v, err := s.cfg.Auth.Authenticate(r)
	if err != nil {
		if !errors.Is(err, ErrUnauthenticated) {
			s.cfg.Logger.Error("taxii: authenticate", "err", err)
			writeError(w, http.StatusInternalServerError, "internal error", "")
			return
		}
		w.Header().Add("WWW-Authenticate", `Basic realm="vigil TAXII", charset="UTF-8"`)
		w.Header().Add("WWW-Authenticate", `Bearer realm="vigil TAXII"`)
		writeError(w, http.StatusUnauthorized, "unauthorized", "give an API token as a bearer token or as the password of HTTP Basic authentication")
		return
	}
	s.mux.ServeHTTP(w, r.WithContext(withViewer(r.Context(), v)))
}

func (s *Server) discovery(w http.ResponseWriter, r *http.Request) {
	root := baseURL(r) + APIRootPath
	writeJSON(w, http.StatusOK, Discovery{Title: s.cfg.Title, Description: s.cfg.Description, Default: root, APIRoots: []string{root}})
}

func (s *Server) apiRoot(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, APIRoot{Title: s.cfg.Title, Description: s.cfg.Description, Versions: []string{MediaTAXII}, MaxContentLength: 0})
}

func (s *Server) collections(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Collections []Collection `json:"collections"`
	}{s.cfg.Collections})
}

// findCollection looks a collection up by id or alias, answering 404 when
// there is none.
func (s *Server) findCollection(w http.ResponseWriter, r *http.Request) (Collection, bool) {
	cid := r.PathValue("cid")
	for _, c := range s.cfg.Collections {
		if c.ID == cid || (c.Alias != "" && c.Alias == cid) {
			return c, true
		}
	}
	writeError(w, http.StatusNotFound, "collection not found", fmt.Sprintf("no collection %q", cid))
	return Collection{}, false
}

func (s *Server) collection(w http.ResponseWriter, r *http.Request) {
	if c, ok := s.findCollection(w, r); ok {
		writeJSON(w, http.StatusOK, c)
	}
}

// page finds the request's collection, parses its query and asks the
// source, answering the error itself when one of those fails (ok false).
// objectID, when set, restricts the page to that object.
func (s *Server) page(w http.ResponseWriter, r *http.Request, objectID string) (recs []Record, more, ok bool) {
	c, ok := s.findCollection(w, r)
	if !ok {
		return nil, false, false
	}
	q, err := ParseQuery(r.URL.Query(), s.cfg.PageSize)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad query", err.Error())
		return nil, false, false
	}
	q.MaxTLP = s.cfg.Levels[c.ID]
	if objectID != "" {
		if !stixID.MatchString(objectID) {
			writeError(w, http.StatusNotFound, "object not found", fmt.Sprintf("%q is not a STIX identifier", objectID))
			return nil, false, false
		}
		q.IDs = []string{objectID}
	}
	v := viewerFrom(r.Context())
	recs, more, err = s.cfg.Source.Records(r.Context(), v, q)
	if err != nil {
		s.cfg.Logger.Error("taxii: read records", "collection", c.ID, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error", "")
		return nil, false, false
	}
	// The source filtered already; this is the check no source can skip.
	kept := make([]Record, 0, len(recs)) // not recs[:0]: the source may share its slice
	for _, rec := range recs {
		if v.CanSee(rec.Marking) && rec.Marking.TLP.Rank() <= q.MaxTLP.Rank() {
			kept = append(kept, rec)
		} else {
			s.cfg.Logger.Error("taxii: source returned a record the viewer may not see", "id", rec.ID, "marking", rec.Marking.String())
		}
	}
	if len(kept) > 0 {
		w.Header().Set("X-TAXII-Date-Added-First", timestamp(kept[0].Added))
		w.Header().Set("X-TAXII-Date-Added-Last", timestamp(kept[len(kept)-1].Added))
	}
	return kept, more, true
}

// nextToken is the next parameter after recs, when more follow.
func nextToken(recs []Record, more bool) string {
	if !more || len(recs) == 0 {
		return ""
	}
	last := recs[len(recs)-1]
	return EncodeNext(Cursor{Added: last.Added, ID: last.ID, Version: last.Version})
}

func (s *Server) objects(w http.ResponseWriter, r *http.Request) {
	recs, more, ok := s.page(w, r, "")
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, envelope(recs, more))
}

func envelope(recs []Record, more bool) Envelope {
	env := Envelope{More: more && len(recs) > 0, Next: nextToken(recs, more)}
	for _, rec := range recs {
		env.Objects = append(env.Objects, rec.JSON)
	}
	return env
}

func (s *Server) object(w http.ResponseWriter, r *http.Request) {
	recs, more, ok := s.page(w, r, r.PathValue("oid"))
	if !ok {
		return
	}
	if len(recs) == 0 && r.URL.Query().Get("next") == "" {
		// Not held, or not for this viewer: the answer is the same, so the
		// status code reveals nothing.
		writeError(w, http.StatusNotFound, "object not found", fmt.Sprintf("no object %s in this collection", r.PathValue("oid")))
		return
	}
	writeJSON(w, http.StatusOK, envelope(recs, more))
}

func (s *Server) versions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("match[version]") == "" {
		q.Set("match[version]", "all")
		r.URL.RawQuery = q.Encode()
	}
	recs, more, ok := s.page(w, r, r.PathValue("oid"))
	if !ok {
		return
	}
	if len(recs) == 0 && q.Get("next") == "" {
		writeError(w, http.StatusNotFound, "object not found", fmt.Sprintf("no object %s in this collection", r.PathValue("oid")))
		return
	}
	vs := Versions{More: more && len(recs) > 0, Next: nextToken(recs, more)}
	for _, rec := range recs {
		vs.Versions = append(vs.Versions, rec.Version)
	}
	writeJSON(w, http.StatusOK, vs)
}

func (s *Server) manifest(w http.ResponseWriter, r *http.Request) {
	recs, more, ok := s.page(w, r, "")
	if !ok {
		return
	}
	m := Manifest{More: more && len(recs) > 0, Next: nextToken(recs, more)}
	for _, rec := range recs {
		m.Objects = append(m.Objects, ManifestRecord{ID: rec.ID, DateAdded: timestamp(rec.Added), Version: rec.Version, MediaType: MediaSTIX})
	}
	writeJSON(w, http.StatusOK, m)
}

// status answers 404 for every id: the collections accept no objects, so
// there is never a status to report.
func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "status not found", "this server accepts no objects, so it has no status resources")
}

// acceptable reports whether an Accept header admits TAXII 2.1 JSON. A
// missing header or a wildcard does.
func acceptable(accept string) bool {
	if strings.TrimSpace(accept) == "" {
		return true
	}
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*":
			return true
		case "application/taxii+json":
			if v, ok := params["version"]; !ok || v == "2.1" {
				return true
			}
		}
	}
	return false
}

// isTAXII reports whether a Content-Type is TAXII 2.1 JSON.
func isTAXII(ct string) bool {
	mt, params, err := mime.ParseMediaType(ct)
	return err == nil && mt == "application/taxii+json" && params["version"] == "2.1"
}

func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal error", "")
		return
	}
	w.Header().Set("Content-Type", MediaTAXII)
	w.WriteHeader(status)
	w.Write(b)
}

func writeError(w http.ResponseWriter, status int, title, description string) {
	b, _ := json.Marshal(Error{Title: title, Description: description, HTTPStatus: fmt.Sprint(status)})
	w.Header().Set("Content-Type", MediaTAXII)
	w.WriteHeader(status)
	w.Write(b)
}

func withViewer(ctx context.Context, v vigil.Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// viewerFrom returns the authenticated viewer; a request that somehow
// skipped authentication is anonymous.
func viewerFrom(ctx context.Context) vigil.Viewer {
	v, _ := ctx.Value(viewerKey{}).(vigil.Viewer)
	return v
}
