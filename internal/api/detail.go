package api

import (
	"context"
	"fmt"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// IncidentDetail is an incident with everything an analyst needs to check
// it: its member events, each with the document that reported it.
type IncidentDetail struct {
	Incident vigil.Incident
	Sources  []Source
}

// Source is one member event of an incident and its document. Document is
// nil when the document could not be found (it should always exist).
type Source struct {
	Event    vigil.StoredEvent
	Document *vigil.Document
}

// incidentEventLister is implemented by stores that can list an incident's
// member events directly. vigil.Store has no such query yet, so stores
// without it fall back to scanning the events (see memberEvents).
type incidentEventLister interface {
	IncidentEvents(ctx context.Context, incidentID int64) ([]vigil.StoredEvent, error)
}

// LoadIncident returns incident id with its sources, ordered as the store
// lists events (by document, then position).
func LoadIncident(ctx context.Context, s vigil.Store, id int64) (*IncidentDetail, error) {
	inc, err := s.Incident(ctx, id)
	if err != nil {
		return nil, err
	}
	events, err := memberEvents(ctx, s, inc)
	if err != nil {
		return nil, fmt.Errorf("load incident %d sources: %w", id, err)
	}
	d := &IncidentDetail{Incident: *inc}
	docs := map[int64]*vigil.Document{}
	for _, e := range events {
		doc, ok := docs[e.DocumentID]
		if !ok {
			doc, err = s.Document(ctx, e.DocumentID)
			if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
				return nil, fmt.Errorf("load incident %d document %d: %w", id, e.DocumentID, err)
			}
			docs[e.DocumentID] = doc
		}
		d.Sources = append(d.Sources, Source{Event: e, Document: doc})
	}
	return d, nil
}

// memberEvents returns the events listed in inc.EventIDs, using the store's
// own query when it has one.
func memberEvents(ctx context.Context, s vigil.Store, inc *vigil.Incident) ([]vigil.StoredEvent, error) {
	if l, ok := s.(incidentEventLister); ok {
		return l.IncidentEvents(ctx, inc.ID)
	}
	want := map[int64]bool{}
	for _, id := range inc.EventIDs {
		want[id] = true
	}
	if len(want) == 0 {
		return nil, nil
	}
	// Events of the incident are dated near it; when the incident has a
	// date, look only in a window around it, then fall back to a full scan
	// for any member the window missed (an undated report).
	var out []vigil.StoredEvent
	take := func(f vigil.Filter) error {
		evs, err := s.Events(ctx, f)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if want[e.ID] && e.IncidentID == inc.ID {
				out = append(out, e)
				delete(want, e.ID)
			}
		}
		return nil
	}
	if inc.EventDate != nil {
		if from, to, ok := around(*inc.EventDate, 62); ok {
			if err := take(vigil.Filter{From: from, To: to}); err != nil {
				return nil, err
			}
		}
	}
	if len(want) > 0 {
		if err := take(vigil.Filter{}); err != nil {
			return nil, err
		}
	}
	sortSources(out)
	return out, nil
}
