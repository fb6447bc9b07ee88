// Package federation shares incidents between vigil instances over TAXII
// 2.1: a Source that serves the store's incident history as STIX, each
// version under its own marking and as the requesting viewer, and a Puller
// that imports what a partner shares, keeping every version received,
// applying updates, retracting revoked incidents and keeping the versions
// that would overwrite a local analyst's work as conflicts.
package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Store is what federation needs of a vigil store.
type Store interface {
	vigil.Store
	vigil.FederationStore
	vigil.ConflictStore
}

// Source serves the store's incidents to a taxii.Server. It answers each
// request from the store as the requesting viewer, so the store's marking
// filter decides what is read (and the server checks every record again).
// Each stored version of an incident is one STIX version, modified at the
// incident's UpdatedAt and marked with the incident's marking then, added
// (date_added) when it was stored. An incident rejected, deleted, or marked
// anew so that the viewer may no longer see it is published to the viewer
// as revoked: a partner that imported it retracts it. Every response that
// shares objects is audited.
//
// A page reads only the part of the history it needs (see Records), and
// versions built recently come from a cache: a page costs what it holds,
// however long the history.
//
// An incident imported from a partner is served as its marking allows,
// except to its owner: an organisation is never sent its own records back,
// so two partners pulling from each other do not import each other's copies.
type Source struct {
	Store    Store
	Producer stix.Producer
	Logger   *slog.Logger // default: slog.Default()

	// built caches the STIX objects of recent versions: a version never
	// changes once stored, and a partner's pull asks for page after page
	// of the same history.
	mu    sync.Mutex
	built map[builtKey][]stix.Object
}

// builtKey names one stored version as built: its incident, when it was
// stored and the modified date it was given.
type builtKey struct {
	incident       int64
	from, modified time.Time
}

// maxBuilt bounds the cache: about 10 KB of STIX per version.
const maxBuilt = 20000

var _ taxii.Source = (*Source)(nil)

// Records implements taxii.Source. It reads the history a window at a
// time (FederationStore.IncidentHistories): the incidents with a version
// stored (or ended) after the request's lower bound and up to the window's
// end, each with its whole history, so that "last", "first" and "all"
// pick among every version; what falls after the window's end waits for a
// later page.
func (s *Source) Records(ctx context.Context, v vigil.Viewer, q taxii.Query) ([]taxii.Record, bool, error) {
	ctx = vigil.WithViewer(ctx, v)
	limit := q.Limit
	if limit <= 0 {
		limit = maxUnpaged
	}
	whole := q
	whole.Limit = 0
	for events := limit; ; events *= 4 {
		versions, until, err := s.Store.IncidentHistories(ctx, since(q), events)
		if err != nil {
			return nil, false, fmt.Errorf("federation: read incident history: %w", err)
		}
		all, err := s.records(v, versions)
		if err != nil {
			return nil, false, err
		}
		recs, _ := taxii.Select(all, v, whole)
		if !until.IsZero() {
			// Sorted by date added: keep what falls inside the window.
			recs = recs[:sort.Search(len(recs), func(i int) bool { return recs[i].Added.After(until) })]
		}
		more := !until.IsZero()
		if len(recs) > limit {
			recs, more = recs[:limit], true
		}
		// A window may hold nothing this viewer receives (versions sent
		// back to no owner, or after a revocation): look further, since an
		// empty page would end the client's pull.
		if len(recs) == 0 && more {
			continue
		}
		if len(recs) > 0 {
			s.audit(ctx, v, recs)
		}
		return recs, more, nil
	}
}

// maxUnpaged is the page of a request that sets no limit (the server
// always sets one).
const maxUnpaged = 1000

// since is the lower bound of q's date added: the versions added after it
// (a page cursor's date counts, as more may have been added at that very
// instant).
func since(q taxii.Query) time.Time {
	t := q.AddedAfter
	if q.After != nil && q.After.Added.After(t) {
		t = q.After.Added.Add(-time.Nanosecond)
	}
	return t
}

// records builds the STIX objects of every version, each added at the
// instant the version was stored. An object several versions share (an
// identity, a TLP definition, a place) is held once, with the earliest
// date.
func (s *Source) records(v vigil.Viewer, versions []vigil.IncidentVersion) ([]taxii.Record, error) {
	var all []timed
	for start := 0; start < len(versions); {
		end := start + 1
		for end < len(versions) && versions[end].Incident.ID == versions[start].Incident.ID {
			end++
		}
		objs, err := s.incidentObjects(v, versions[start:end])
		if err != nil {
			return nil, err
		}
		all = append(all, objs...)
		start = end
	}
	slices.SortStableFunc(all, func(a, b timed) int { return a.added.Compare(b.added) })
	type key struct{ id, version string }
	held := make(map[key]bool, len(all))
	recs := make([]taxii.Record, 0, len(all))
	for _, o := range all {
		k := key{o.ID, o.Version}
		if held[k] {
			continue
		}
		held[k] = true
		recs = append(recs, taxii.Record{ID: o.ID, Type: o.Type, Version: o.Version, Added: o.added, Marking: o.Marking, JSON: o.JSON})
	}
	return recs, nil
}

// timed is a STIX object version with the instant this instance stored it.
type timed struct {
	stix.Object
	added time.Time
}

// at dates objects built from a version stored at t. The objects every
// export holds (the identities, vigil's extension definition, the TLP
// marking definitions) never change: they are dated by their own version,
// so they keep one date added whichever versions a request reads.
func at(t time.Time, objs ...stix.Object) []timed {
	out := make([]timed, len(objs))
	for i, o := range objs {
		added := t
		switch o.Type {
		case "identity", "extension-definition", "marking-definition":
			if v, err := time.Parse(time.RFC3339Nano, o.Version); err == nil {
				added = v
			}
		}
		out[i] = timed{o, added}
	}
	return out
}

// incidentObjects builds the versions of one incident, oldest first. A
// revoked version is the last one published: STIX objects cannot be
// un-revoked.
func (s *Source) incidentObjects(v vigil.Viewer, versions []vigil.IncidentVersion) ([]timed, error) {
	var out []timed
	var prev time.Time // the last version's modified, in STIX's milliseconds
	for i, ver := range versions {
		inc := ver.Incident
		if inc.Origin != "" && v.Org != "" && inc.Marking.Owner == v.Org {
			continue
		}
		// STIX timestamps keep milliseconds: two versions stored within one
		// millisecond would share a version. The later one moves on a
		// millisecond, so every stored version stays a version.
		inc.UpdatedAt = inc.UpdatedAt.Truncate(time.Millisecond)
		if !inc.UpdatedAt.After(prev) && !prev.IsZero() {
			inc.UpdatedAt = prev.Add(time.Millisecond)
		}
		prev = inc.UpdatedAt
		objs, err := s.build(inc, ver.From)
		if err != nil {
			return nil, err
		}
		obj, ok := find(objs, "incident")
		if !ok {
			return out, nil
		}
		if inc.ReviewState == vigil.StateRejected {
			return append(out, at(ver.From, revoke(obj, inc.UpdatedAt))...), nil
		}
		out = append(out, at(ver.From, objs...)...)
		if i == len(versions)-1 && !ver.To.IsZero() {
			// The incident was deleted then: its last version is revoked.
			out = append(out, at(ver.To, revoke(obj, ver.To))...)
		}
	}
	return out, nil
}

// build returns the STIX objects of one version, stored at from.
func (s *Source) build(inc vigil.Incident, from time.Time) ([]stix.Object, error) {
	k := builtKey{inc.ID, from, inc.UpdatedAt}
	s.mu.Lock()
	objs, ok := s.built[k]
	s.mu.Unlock()
	if ok {
		return objs, nil
	}
	objs, err := stix.Build(stix.Input{
		Producer:  s.Producer,
		Incidents: []stix.Incident{{Incident: inc, Marking: inc.Marking.OrClear()}},
		Time:      from,
	})
	if err != nil {
		return nil, fmt.Errorf("federation: incident %d as of %s: %w", inc.ID, from.Format(time.RFC3339), err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.built == nil || len(s.built) >= maxBuilt {
		s.built = map[builtKey][]stix.Object{}
	}
	s.built[k] = objs
	return objs, nil
}

func find(objs []stix.Object, typ string) (stix.Object, bool) {
	i := slices.IndexFunc(objs, func(o stix.Object) bool { return o.Type == typ })
	if i < 0 {
		return stix.Object{}, false
	}
	return objs[i], true
}

// revoke returns a new version of o, modified at t, with revoked set.
func revoke(o stix.Object, t time.Time) stix.Object {
	var m map[string]any
	if err := json.Unmarshal(o.JSON, &m); err != nil {
		return o // stix.Build wrote it; it always decodes
	}
	modified := t.UTC().Format("2006-01-02T15:04:05.000Z")
	if created, _ := m["created"].(string); modified <= created {
		modified = created
	}
	if old, _ := m["modified"].(string); modified <= old {
		// A revocation is a new version: it must come after the last.
		if ot, err := time.Parse(time.RFC3339Nano, old); err == nil {
			modified = ot.Add(time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z")
		}
	}
	m["modified"], m["revoked"] = modified, true
	b, err := json.Marshal(m)
	if err != nil {
		return o
	}
	o.JSON, o.Version = b, modified
	return o
}

// audit records what one response shared, counted per TLP level.
func (s *Source) audit(ctx context.Context, v vigil.Viewer, recs []taxii.Record) {
	n := map[vigil.TLP]int{}
	for _, r := range recs {
		n[r.Marking.TLP]++
	}
	var parts []string
	for _, l := range vigil.TLPLevels {
		if n[l] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", l, n[l]))
		}
	}
	e := vigil.AuditEntry{
		At:     time.Now().UTC(),
		Actor:  actor(v),
		Action: "share",
		Object: "taxii",
		Reason: fmt.Sprintf("TAXII: %d objects (%s)", len(recs), strings.Join(parts, ", ")),
	}
	if err := s.Store.AddAudit(vigil.AsOperator(ctx), e); err != nil {
		s.logger().Error("federation: audit a share", "actor", e.Actor, "err", err)
	}
}

// actor names a viewer in the audit log: "org/user", "org" for an
// organisation's token, "anonymous".
func actor(v vigil.Viewer) string {
	switch {
	case v.All:
		return "operator"
	case v.Org == "":
		return "anonymous"
	case v.User == "":
		return v.Org
	}
	return v.Org + "/" + v.User
}

func (s *Source) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.Default()
	}
	return s.Logger
}
