// Package fuse turns extracted events into incidents: reports of the same
// real-world event, from any number of documents, become one incident that
// keeps every source's own figures and a reconciled figure.
package fuse

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Result counts what one Update did.
type Result struct {
	Events  int // unfused events considered
	Created int // new incidents
	Joined  int // events that joined an existing incident
}

// Threshold is the least score at which two events are taken to report the
// same incident. See Score.
const Threshold = 0.6

// Update fuses every event not yet in an incident: each joins the best
// matching incident it is compatible with, or starts a new one. Events are
// taken in an order that depends on their content and publication, not on
// their IDs, and the machine-only incidents near the new events are fused
// again with them, so the same reports give the same incidents whatever
// order they were ingested in and however many runs it took. Incidents an
// analyst has reviewed, corrected, merged or split are never taken apart:
// new events may join them, and re-extracted events return to them.
func Update(ctx context.Context, s vigil.Store) (Result, error) {
	// Fusion is the pipeline's, not a reader's: it must see every event
	// whoever set it going, or an event hidden from that person would
	// start a second incident. Markings keep apart what must stay apart.
	ctx = vigil.AsOperator(ctx)
	var res Result
	fresh, err := s.Events(ctx, vigil.Filter{Unfused: true})
	if err != nil {
		return res, fmt.Errorf("fuse: load unfused events: %w", err)
	}
	res.Events = len(fresh)
	if len(fresh) == 0 {
		return res, nil
	}

	// Every incident a fresh event could join has a member dated within
	// maxWindow of it: load those members once, grouped by incident.
	// Incidents only the machine has touched are taken apart and their
	// members placed again with the fresh events, so the incidents come
	// out as if every report had arrived at once, whatever the order they
	// did arrive in. Incidents an analyst has worked on stay as they are.
	ix := newIndex()
	byIncident := map[int64]*cluster{}
	var pool []item            // fresh events and members of machine-only incidents
	oldSize := map[int64]int{} // machine-only incident -> its member count
	if from, to, ok := dateSpan(fresh); ok {
		near, err := s.Events(ctx, vigil.Filter{From: from, To: to})
		if err != nil {
			return res, fmt.Errorf("fuse: load events %s..%s: %w", from, to, err)
		}
		var stored []int64
		seen := map[int64]bool{}
		for _, e := range near {
			if e.IncidentID != 0 && !seen[e.IncidentID] {
				seen[e.IncidentID] = true
				stored = append(stored, e.IncidentID)
			}
		}
		sort.Slice(stored, func(i, j int) bool { return stored[i] < stored[j] })
		for _, id := range stored {
			open, err := machineOnly(ctx, s, id)
			if err != nil {
				return res, err
			}
			members, err := s.Events(ctx, vigil.Filter{IncidentID: id})
			if err != nil {
				return res, fmt.Errorf("fuse: load members of incident %d: %w", id, err)
			}
			if open {
				oldSize[id] = len(members)
				for _, m := range members {
					pool = append(pool, newItem(m))
				}
				continue
			}
			c := &cluster{id: id, complete: true}
			for _, m := range members {
				c.members = append(c.members, newItem(m))
			}
			byIncident[id] = c
			ix.add(c)
		}
	}

	for _, e := range fresh {
		it := newItem(e)
		// A re-extracted event goes back to the incident its document's
		// event was in, when an analyst has worked on that incident, so
		// the review and corrections still apply to it.
		if it.PriorIncidentID != 0 {
			if _, open := oldSize[it.PriorIncidentID]; !open {
				c, err := storedCluster(ctx, s, ix, byIncident, it.PriorIncidentID)
				if err != nil {
					return res, err
				}
				if c != nil {
					c.join(it, fmt.Sprintf("event %d: back in its incident after document %d was extracted again", it.ID, it.DocumentID))
					ix.file(c, it)
					res.Joined++
					continue
				}
			}
		}
		pool = append(pool, it)
	}
	sortItems(pool)
	for _, it := range pool {
		if ix.place(it) {
			res.Joined++ // joined an incident an analyst has worked on
		}
	}
	keepIDs(ix.clusters, oldSize)
	for _, c := range ix.clusters {
		if c.rebuilt && c.id != 0 {
			for _, m := range c.members {
				if m.IncidentID == 0 {
					res.Joined++
				}
			}
		}
	}

	var reopen []vigil.AuditEntry
	for _, c := range ix.clusters {
		if !c.dirty {
			continue
		}
		if c.unchanged(oldSize) {
			continue
		}
		members := make([]vigil.StoredEvent, 0, len(c.members))
		have := map[int64]bool{}
		if c.id != 0 && !c.complete {
			// The window loaded only the members near the fresh events;
			// the incident keeps all of them.
			all, err := s.Events(ctx, vigil.Filter{IncidentID: c.id})
			if err != nil {
				return res, fmt.Errorf("fuse: load members of incident %d: %w", c.id, err)
			}
			for _, m := range all {
				have[m.ID] = true
				members = append(members, m)
			}
		}
		for _, m := range c.members {
			if !have[m.ID] {
				members = append(members, m.StoredEvent)
			}
		}
		inc := Reconcile(members)
		if c.id != 0 {
			old, err := s.Incident(ctx, c.id)
			if err != nil {
				return res, fmt.Errorf("fuse: load incident %d: %w", c.id, err)
			}
			inc.ID, inc.ReviewState, inc.CreatedAt = old.ID, old.ReviewState, old.CreatedAt
			inc.FusionReason = strings.TrimSpace(old.FusionReason + "\n" + strings.Join(c.reasons, "\n"))
			if c.rebuilt {
				inc.FusionReason = strings.Join(c.reasons, "\n")
			}
			// A verification covered the sources the analyst saw; a new
			// one may change the figures, which must not pass as verified.
			// Events returning after re-extraction are the same sources.
			if old.ReviewState == vigil.StateVerified && len(c.newSources) > 0 {
				inc.ReviewState = vigil.StateUnreviewed
				reopen = append(reopen, vigil.AuditEntry{Actor: "vigil", Action: vigil.ActionReopen,
					Object: fmt.Sprintf("incident:%d", c.id),
					Reason: fmt.Sprintf("new sources joined (events %v): back to unreviewed", c.newSources)})
			}
		} else {
			inc.FusionReason = strings.Join(c.reasons, "\n")
			if !c.hasStored() {
				res.Created++
			}
		}
		if _, err := s.SaveIncident(ctx, &inc); err != nil {
			return res, fmt.Errorf("fuse: save incident: %w", err)
		}
	}
	for _, e := range reopen {
		if err := s.AddAudit(ctx, e); err != nil {
			return res, fmt.Errorf("fuse: %w", err)
		}
	}
	return res, nil
}

// storedCluster returns the cluster of stored incident id, loading all its
// members and filing it in the index when the date window did not bring it;
// nil when the incident no longer exists.
func storedCluster(ctx context.Context, s vigil.Store, ix *index, byIncident map[int64]*cluster, id int64) (*cluster, error) {
	if c := byIncident[id]; c != nil {
		return c, nil
	}
	if _, err := s.Incident(ctx, id); vigil.ErrorCode(err) == vigil.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("fuse: load incident %d: %w", id, err)
	}
	members, err := s.Events(ctx, vigil.Filter{IncidentID: id})
	if err != nil {
		return nil, fmt.Errorf("fuse: load members of incident %d: %w", id, err)
	}
	c := &cluster{id: id}
	for _, m := range members {
		c.members = append(c.members, newItem(m))
	}
	byIncident[id] = c
	ix.add(c)
	return c, nil
}

// cluster is an incident being built: its member events.
type cluster struct {
	id         int64 // 0 until stored
	members    []item
	reasons    []string
	dirty      bool
	newSources []int64 // events that joined by score, not by returning
	complete   bool    // members holds every member of the stored incident
	rebuilt    bool    // built afresh from machine-only incidents' members
}

// machineOnly reports whether no analyst has worked on the incident: it is
// unreviewed, uncorrected, and every audit entry on it is the machine's.
// Only such incidents may be taken apart and fused again.
func machineOnly(ctx context.Context, s vigil.Store, id int64) (bool, error) {
	inc, err := s.Incident(ctx, id)
	if err != nil {
		return false, fmt.Errorf("fuse: load incident %d: %w", id, err)
	}
	if inc.ReviewState != vigil.StateUnreviewed {
		return false, nil
	}
	cs, err := s.Corrections(ctx, id)
	if err != nil {
		return false, fmt.Errorf("fuse: %w", err)
	}
	if len(cs) > 0 {
		return false, nil
	}
	log, err := s.Audit(ctx, fmt.Sprintf("incident:%d", id), 0)
	if err != nil {
		return false, fmt.Errorf("fuse: audit of incident %d: %w", id, err)
	}
	for _, e := range log {
		if e.Actor != "vigil" {
			return false, nil
		}
	}
	return true, nil
}

// keepIDs gives each cluster built afresh the ID of the machine-only
// incident most of its members came from (each ID once, clusters in the
// content order they were started in), so incidents keep their IDs when
// fusing again does not change them.
func keepIDs(clusters []*cluster, oldSize map[int64]int) {
	used := map[int64]bool{}
	for _, c := range clusters {
		if c.id != 0 {
			continue
		}
		c.rebuilt = true
		count := map[int64]int{}
		for _, m := range c.members {
			if m.IncidentID != 0 && !used[m.IncidentID] {
				count[m.IncidentID]++
			}
		}
		best := int64(0)
		for id, n := range count {
			if best == 0 || n > count[best] || n == count[best] && id < best {
				best = id
			}
		}
		if best != 0 {
			c.id, c.complete = best, true
			used[best] = true
		}
	}
}

// unchanged reports whether a rebuilt cluster holds exactly the members
// its incident had, so there is nothing to save.
func (c *cluster) unchanged(oldSize map[int64]int) bool {
	if !c.rebuilt || c.id == 0 || len(c.members) != oldSize[c.id] {
		return false
	}
	for _, m := range c.members {
		if m.IncidentID != c.id {
			return false
		}
	}
	return true
}

// hasStored reports whether any member was already in an incident.
func (c *cluster) hasStored() bool {
	for _, m := range c.members {
		if m.IncidentID != 0 {
			return true
		}
	}
	return false
}

// join adds e to the cluster with the reason it joined.
func (c *cluster) join(e item, why string) {
	c.members = append(c.members, e)
	c.reasons = append(c.reasons, why)
	c.dirty = true
}

// score is how well e fits the cluster: its best score against a member,
// provided it contradicts none of them (complete linkage on the hard
// constraints, so a chain of reports a day apart cannot grow into a week).
// An event never joins a cluster that already holds an event of its own
// document: a document that reports two events means two incidents.
func (c *cluster) score(e item) (float64, string) {
	best, why := 0.0, ""
	for _, m := range c.members {
		if m.DocumentID == e.DocumentID {
			return 0, ""
		}
		s, w, ok := score(m, e)
		if !ok {
			return 0, ""
		}
		if s > best {
			best, why = s, w
		}
	}
	return best, why
}

func sortItems(items []item) {
	sort.SliceStable(items, func(i, j int) bool { return itemLess(items[i], items[j]) })
}

// itemLess orders events by what they say and who published them, so the
// order does not depend on when they were ingested (which decides IDs).
func itemLess(a, b item) bool {
	if a.hasDay != b.hasDay {
		return !a.hasDay
	}
	if a.day != b.day {
		return a.day < b.day
	}
	return contentLess(a.StoredEvent, b.StoredEvent)
}

// maxWindow is the widest date gap any pair of events may have and still
// fuse (two month-precision dates).
const maxWindow = 31

func dateSpan(es []vigil.StoredEvent) (from, to string, ok bool) {
	lo, hi := int32(0), int32(0)
	for _, e := range es {
		it := newItem(e)
		if !it.hasDay {
			continue
		}
		if !ok || it.day < lo {
			lo = it.day
		}
		if !ok || it.day > hi {
			hi = it.day
		}
		ok = true
	}
	if !ok {
		return "", "", false
	}
	return dayString(lo - maxWindow), dayString(hi + maxWindow), true
}

// window is how many days apart an event's date may be from another's,
// given its precision: a day-precise date matches the next or previous day
// (reports dated by publication), a week-precise one a week, a
// month-precise one a month. A pair may be as far apart as the wider of
// their two windows.
func window(p *int) int32 {
	if p == nil {
		return 1
	}
	switch *p {
	case vigil.TimePrecisionWk:
		return 7
	case vigil.TimePrecisionMo:
		return maxWindow
	}
	return 1
}
