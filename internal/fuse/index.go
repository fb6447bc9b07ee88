package fuse

import (
	"fmt"
	"strings"
)

// index finds the clusters an event could join without comparing it with
// every cluster. A member is filed under each day its date window reaches,
// in its country and province; an event looks up the days of its own
// window. A pair is compatible only within the wider of their two windows,
// so between them the two look-ups find every compatible pair.
type index struct {
	clusters []*cluster
	byKey    map[blockKey][]*cluster
}

type blockKey struct {
	day     int32
	country string
	admin1  string // "" files the member under every province's look-up
}

func newIndex() *index { return &index{byKey: map[blockKey][]*cluster{}} }

// add files a stored incident under its members' days.
func (ix *index) add(c *cluster) {
	ix.clusters = append(ix.clusters, c)
	for _, m := range c.members {
		ix.file(c, m)
	}
}

func (ix *index) file(c *cluster, e item) {
	if !e.hasDay {
		return
	}
	w := window(e.TimePrecision)
	country, admin1 := strings.ToLower(e.Country), strings.ToLower(e.Admin1)
	for d := e.day - w; d <= e.day+w; d++ {
		k := blockKey{d, country, admin1}
		list := ix.byKey[k]
		if n := len(list); n > 0 && list[n-1] == c {
			continue
		}
		ix.byKey[k] = append(list, c)
	}
}

// candidates are the clusters filed under the event's window: in its
// province and among those that give no province. An event that gives no
// province looks at every province of its country that day.
func (ix *index) candidates(e item) []*cluster {
	var out []*cluster
	seen := map[*cluster]bool{}
	take := func(list []*cluster) {
		for _, c := range list {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	w := window(e.TimePrecision)
	country, admin1 := strings.ToLower(e.Country), strings.ToLower(e.Admin1)
	for d := e.day - w; d <= e.day+w; d++ {
		if admin1 != "" {
			take(ix.byKey[blockKey{d, country, admin1}])
			take(ix.byKey[blockKey{d, country, ""}])
			continue
		}
		for k, list := range ix.byKey {
			if k.day == d && k.country == country {
				take(list)
			}
		}
	}
	return out
}

// place puts e into the best-scoring cluster it can join, or a new one, and
// reports whether it joined a cluster that was already stored.
func (ix *index) place(e item) (joinedStored bool) {
	var best *cluster
	bestScore, bestWhy := 0.0, ""
	if e.hasDay {
		for _, c := range ix.candidates(e) {
			s, why := c.score(e)
			if s > bestScore || s == bestScore && best != nil && s > 0 && itemLess(c.members[0], best.members[0]) {
				best, bestScore, bestWhy = c, s, why
			}
		}
	}
	if best != nil && bestScore >= Threshold {
		best.join(e, fmt.Sprintf("event %d: %s", e.ID, bestWhy))
		best.newSources = append(best.newSources, e.ID)
		ix.file(best, e)
		return best.id != 0
	}
	c := &cluster{members: []item{e}, dirty: true,
		reasons: []string{fmt.Sprintf("event %d: first report", e.ID)}}
	ix.clusters = append(ix.clusters, c)
	ix.file(c, e)
	return false
}
