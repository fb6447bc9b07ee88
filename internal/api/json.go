package api

import (
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// IncidentJSON is an incident as the API writes it: the reconciled event's
// contract fields plus the incident's own.
type IncidentJSON struct {
	ID int64 `json:"id"`
	vigil.Event
	FatalitiesLow  int       `json:"fatalities_low"`
	FatalitiesHigh int       `json:"fatalities_high"`
	ReconcileRule  string    `json:"reconcile_rule"`
	ReviewState    string    `json:"review_state"`
	SourceCount    int       `json:"source_count"`
	EventIDs       []int64   `json:"event_ids"`
	FusionReason   string    `json:"fusion_reason,omitempty"`
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	// Marking says who may see the incident; Origin where an imported
	// one came from.
	Marking vigil.Marking `json:"marking"`
	Origin  string        `json:"origin,omitempty"`
}

// NewIncidentJSON converts inc. An empty review state is written as
// unreviewed: machine output is never shown as anything else.
func NewIncidentJSON(inc vigil.Incident) IncidentJSON {
	state := inc.ReviewState
	if state == "" {
		state = vigil.StateUnreviewed
	}
	ids := inc.EventIDs
	if ids == nil {
		ids = []int64{}
	}
	return IncidentJSON{
		ID: inc.ID, Event: inc.Event,
		FatalitiesLow: inc.FatalitiesLow, FatalitiesHigh: inc.FatalitiesHigh,
		ReconcileRule: inc.ReconcileRule, ReviewState: state, SourceCount: inc.SourceCount,
		EventIDs: ids, FusionReason: inc.FusionReason, CreatedAt: inc.CreatedAt, UpdatedAt: inc.UpdatedAt,
		Marking: inc.Marking.OrClear(), Origin: inc.Origin,
	}
}

// IncidentDetailJSON is one incident with each source's own report.
type IncidentDetailJSON struct {
	IncidentJSON
	Sources []SourceJSON `json:"sources"`
}

// SourceJSON is a member event with its document's title.
type SourceJSON struct {
	Event EventJSON `json:"event"`
	Title string    `json:"title,omitempty"`
}

// EventJSON is an extracted event with the document it came from.
type EventJSON struct {
	ID              int64         `json:"id"`
	DocumentID      int64         `json:"document_id"`
	IncidentID      int64         `json:"incident_id,omitempty"`
	Outlet          string        `json:"outlet"`
	URL             string        `json:"url"`
	Published       string        `json:"published,omitempty"`
	NearDuplicateOf int64         `json:"near_duplicate_of,omitempty"`
	Marking         vigil.Marking `json:"marking"` // the document's
	vigil.Event
}

// NewEventJSON converts e.
func NewEventJSON(e vigil.StoredEvent) EventJSON {
	return EventJSON{ID: e.ID, DocumentID: e.DocumentID, IncidentID: e.IncidentID, Outlet: e.Outlet,
		URL: e.URL, Published: date(e.Published), NearDuplicateOf: e.NearDuplicateOf, Marking: e.Marking.OrClear(), Event: e.Event}
}

// DocumentJSON is a stored document without its raw bytes.
type DocumentJSON struct {
	ID              int64         `json:"id"`
	ExternalID      string        `json:"external_id"`
	Origin          string        `json:"origin"`
	Outlet          string        `json:"outlet"`
	URL             string        `json:"url"`
	Title           string        `json:"title"`
	Published       string        `json:"published,omitempty"`
	Text            string        `json:"text"`
	ContentHash     string        `json:"content_hash"`
	NearDuplicateOf int64         `json:"near_duplicate_of,omitempty"`
	IngestedAt      time.Time     `json:"ingested_at"`
	Marking         vigil.Marking `json:"marking"`
}

// NewDocumentJSON converts d.
func NewDocumentJSON(d vigil.Document) DocumentJSON {
	return DocumentJSON{ID: d.ID, ExternalID: d.ExternalID, Origin: d.Origin, Outlet: d.Outlet, URL: d.URL,
		Title: d.Title, Published: date(d.Published), Text: d.Text, ContentHash: d.ContentHash,
		NearDuplicateOf: d.NearDuplicateOf, IngestedAt: d.IngestedAt, Marking: d.Marking.OrClear()}
}

// ClaimJSON is a claim with the document it came from and its marking.
type ClaimJSON struct {
	ID         int64         `json:"id"`
	DocumentID int64         `json:"document_id"`
	Outlet     string        `json:"outlet"`
	Published  string        `json:"published,omitempty"`
	Marking    vigil.Marking `json:"marking"`
	vigil.Claim
}

// EquipmentJSON is an equipment record with the document it came from and
// its marking.
type EquipmentJSON struct {
	ID         int64         `json:"id"`
	DocumentID int64         `json:"document_id"`
	Outlet     string        `json:"outlet"`
	Published  string        `json:"published,omitempty"`
	Marking    vigil.Marking `json:"marking"`
	vigil.Equipment
}

// date writes a publication time as YYYY-MM-DD, or "" when unknown.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}
