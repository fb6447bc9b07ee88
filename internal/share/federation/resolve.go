package federation

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Conflict is one pending conflict as a reviewer settles it: the newest
// version a partner sent of an incident someone here changed since its
// last import, beside the local incident.
type Conflict struct {
	// Received is the newest conflicting version; older pending ones are
	// settled with it.
	Received vigil.Received
	// Pending counts the conflicting versions of the incident, this one
	// included; Versions lists them.
	Pending  int
	Versions []string
	// Local is the incident as it stands here; Local.UpdatedAt is what a
	// resolution checks it against.
	Local vigil.Incident
	// Partner is the partner's version as accepting it would save it.
	Partner vigil.Incident
}

// Conflicts lists the pending conflicts the context's viewer may see, of
// one partner or ("") of all, one per incident, by incident.
func Conflicts(ctx context.Context, s Store, partner string) ([]Conflict, error) {
	rs, err := s.Conflicts(ctx, partner)
	if err != nil {
		return nil, err
	}
	newest := map[int64]*Conflict{}
	var ids []int64
	for _, r := range rs {
		c, ok := newest[r.IncidentID]
		if !ok {
			c = &Conflict{}
			newest[r.IncidentID] = c
			ids = append(ids, r.IncidentID)
		}
		c.Pending++
		c.Versions = append(c.Versions, r.Version)
		if c.Pending == 1 || compareVersions(r.Version, c.Received.Version) > 0 {
			c.Received = r
		}
	}
	slices.Sort(ids)
	out := make([]Conflict, 0, len(ids))
	for _, id := range ids {
		c := newest[id]
		local, err := s.Incident(ctx, id)
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			// Deleted here, or not the viewer's to see: nothing to settle.
			continue
		}
		if err != nil {
			return nil, err
		}
		c.Local = *local
		if c.Partner, err = partnerVersion(ctx, s, c.Received); err != nil {
			return nil, fmt.Errorf("federation: conflict over incident %d: %w", id, err)
		}
		out = append(out, *c)
	}
	return out, nil
}

// ConflictOf returns the pending conflict over the local incident id;
// ENOTFOUND when there is none the viewer may see.
func ConflictOf(ctx context.Context, s Store, id int64) (*Conflict, error) {
	cs, err := Conflicts(ctx, s, "")
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c.Local.ID == id {
			return &c, nil
		}
	}
	return nil, vigil.Errorf(vigil.ENOTFOUND, "no pending conflict over incident %d", id)
}

// partnerVersion reads a received incident version, with the place its
// partner located it at, as importing it would save it.
func partnerVersion(ctx context.Context, s Store, r vigil.Received) (vigil.Incident, error) {
	o, err := parseObject(r.JSON)
	if err != nil {
		return vigil.Incident{}, err
	}
	rels, err := s.ReceivedRelationships(ctx, r.Partner, o.ID)
	if err != nil {
		return vigil.Incident{}, err
	}
	var located []object
	for _, rr := range rels {
		if ro, err := parseObject(rr.JSON); err == nil && ro.RelationshipType == "located-at" {
			located = append(located, ro)
		}
	}
	var loc json.RawMessage
	if rel, ok := placeOf(o, located); ok {
		vs, err := s.ReceivedVersions(ctx, r.Partner, rel.TargetRef)
		if err != nil {
			return vigil.Incident{}, err
		}
		if len(vs) > 0 {
			loc = vs[len(vs)-1].JSON
		}
	}
	inc, err := incidentFrom(o, loc)
	if err != nil {
		return inc, err
	}
	inc.Origin, inc.Marking = Origin(r.Partner, o.ID), r.Marking
	return inc, nil
}

// Resolve settles a conflict listed by Conflicts: accept saves the
// partner's version over the local incident, dropping the corrections
// made here (the audit entry keeps them, to be made again if wanted);
// otherwise the local incident stays as it is. Either way the partner's
// next version is judged against the incident as it stands after the
// decision. It fails with ECONFLICT, changing nothing, when the incident
// changed or the partner sent another version since c was listed.
func Resolve(ctx context.Context, s Store, c Conflict, accept bool, by, why string) error {
	if by == "" {
		return vigil.Errorf(vigil.EINVALID, "settling a conflict needs the name of who decides")
	}
	r := vigil.Resolution{Conflict: c.Received, Pending: c.Versions, Seen: c.Local.UpdatedAt}
	verb := "incident %d kept as it is here, not %s's version %s of %s"
	if accept {
		p := c.Partner
		r.Accept = &p
		verb = "incident %d replaced by %s's version %s of %s"
	}
	reason := fmt.Sprintf(verb, c.Local.ID, c.Received.Partner, c.Received.Version, c.Received.ID)
	if why != "" {
		reason += ": " + why
	}
	r.Audit = vigil.AuditEntry{Actor: by, Action: "resolve", Reason: reason}
	return s.ResolveConflict(ctx, r)
}

// Difference is one field of the local incident and of a partner's
// version of it, each value as text ("" when unset).
type Difference struct {
	Field   string // the extraction contract's name
	Local   string
	Partner string
}

// Differences lists the fields a partner's version carries on which it
// disagrees with the local incident, in the contract's order.
func Differences(local, partner vigil.Incident) []Difference {
	var out []Difference
	for _, d := range Compare(local, partner) {
		if d.Local != d.Partner {
			out = append(out, d)
		}
	}
	return out
}

// Compare sets the fields a partner's version carries side by side with
// the local incident's, agreeing or not, in the contract's order.
func Compare(local, partner vigil.Incident) []Difference {
	fields := []struct {
		name  string
		value func(vigil.Incident) string
	}{
		{"event_date", func(i vigil.Incident) string { return text(i.EventDate) }},
		{"event_type", func(i vigil.Incident) string { return i.EventType }},
		{"sub_event_type", func(i vigil.Incident) string { return i.SubEventType }},
		{"actor1", func(i vigil.Incident) string { return i.Actor1 }},
		{"actor2", func(i vigil.Incident) string { return i.Actor2 }},
		{"perpetrator", func(i vigil.Incident) string { return i.Perpetrator }},
		{"claimed_by", func(i vigil.Incident) string { return i.ClaimedBy }},
		{"country", func(i vigil.Incident) string { return i.Country }},
		{"admin1", func(i vigil.Incident) string { return i.Admin1 }},
		{"admin2", func(i vigil.Incident) string { return i.Admin2 }},
		{"location", func(i vigil.Incident) string { return i.Location }},
		{"latitude", func(i vigil.Incident) string { return text(i.Latitude) }},
		{"longitude", func(i vigil.Incident) string { return text(i.Longitude) }},
		{"fatalities", func(i vigil.Incident) string { return text(i.Fatalities) }},
		{"casualties", func(i vigil.Incident) string { return casualties(i.Casualties) }},
		{"weapons", func(i vigil.Incident) string { return strings.Join(i.Weapons, ", ") }},
		{"summary", func(i vigil.Incident) string { return i.Summary }},
		{"review_state", func(i vigil.Incident) string { return i.ReviewState }},
		{"marking", func(i vigil.Incident) string { return i.Marking.OrClear().String() }},
	}
	out := make([]Difference, len(fields))
	for i, f := range fields {
		out[i] = Difference{Field: f.name, Local: f.value(local), Partner: f.value(partner)}
	}
	return out
}

// text renders an optional value, "" when it is unset.
func text[T any](v *T) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(*v)
}

// casualties renders the non-zero counts, e.g. "militants killed 4".
func casualties(c vigil.Casualties) string {
	var parts []string
	for _, g := range []struct {
		who string
		n   vigil.Counts
	}{{"security forces", c.SecurityForces}, {"civilians", c.Civilians}, {"militants", c.Militants}, {"unknown", c.Unknown}} {
		for _, k := range []struct {
			what string
			n    int
		}{{"killed", g.n.Killed}, {"injured", g.n.Injured}, {"abducted", g.n.Abducted}, {"arrested", g.n.Arrested}} {
			if k.n != 0 {
				parts = append(parts, fmt.Sprintf("%s %s %d", g.who, k.what, k.n))
			}
		}
	}
	return strings.Join(parts, ", ")
}
