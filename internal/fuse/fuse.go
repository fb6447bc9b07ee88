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
// their IDs, so the same reports fuse the same way whatever order they were
// ingested in.
func Update(ctx context.Context, s vigil.Store) (Result, error) {
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
	ix := newIndex()
	byIncident := map[int64]*cluster{}
	if from, to, ok := dateSpan(fresh); ok {
		near, err := s.Events(ctx, vigil.Filter{From: from, To: to})
		if err != nil {
			return res, fmt.Errorf("fuse: load events %s..%s: %w", from, to, err)
		}
		var stored []*cluster
		for _, e := range near {
			if e.IncidentID == 0 {
				continue
			}
			c := byIncident[e.IncidentID]
			if c == nil {
				c = &cluster{id: e.IncidentID}
				byIncident[e.IncidentID] = c
				stored = append(stored, c)
			}
			c.members = append(c.members, newItem(e))
		}
		sort.Slice(stored, func(i, j int) bool { return stored[i].id < stored[j].id })
		for _, c := range stored {
			ix.add(c)
		}
	}

	items := make([]item, len(fresh))
	for i, e := range fresh {
		items[i] = newItem(e)
	}
	sortItems(items)
	var rest []item
	for _, it := range items {
		// A re-extracted event goes back to the incident its document's
		// event was in, so the analyst's review and corrections of that
		// incident still apply to it.
		if it.PriorIncidentID == 0 {
			rest = append(rest, it)
			continue
		}
		c, err := storedCluster(ctx, s, ix, byIncident, it.PriorIncidentID)
		if err != nil {
			return res, err
		}
		if c == nil { // dissolved since
			rest = append(rest, it)
			continue
		}
		c.join(it, fmt.Sprintf("event %d: back in its incident after document %d was extracted again", it.ID, it.DocumentID))
		ix.file(c, it)
		res.Joined++
	}
	for _, it := range rest {
		if ix.place(it) {
			res.Joined++
		}
	}

	var reopen []vigil.AuditEntry
	for _, c := range ix.clusters {
		if !c.dirty {
			continue
		}
		members := make([]vigil.StoredEvent, 0, len(c.members))
		have := map[int64]bool{}
		if c.id != 0 {
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
			res.Created++
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
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	if a.Outlet != b.Outlet {
		return a.Outlet < b.Outlet
	}
	if a.URL != b.URL {
		return a.URL < b.URL
	}
	if a.Index != b.Index {
		return a.Index < b.Index
	}
	return a.ID < b.ID
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
