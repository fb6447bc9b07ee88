// Package export writes incidents in the formats analysts exchange: an
// ACLED-compatible CSV, GeoJSON and JSON Lines.
package export

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Record is an incident as the JSON formats carry it: the reconciled event
// fields under the extraction contract's names, plus what fusion and review
// added.
type Record struct {
	ID int64 `json:"vigil_incident_id"`
	vigil.Event
	FatalitiesLow  int       `json:"fatalities_low"`
	FatalitiesHigh int       `json:"fatalities_high"`
	ReconcileRule  string    `json:"reconcile_rule"`
	ReviewState    string    `json:"review_state"`
	SourceCount    int       `json:"source_count"`
	EventIDs       []int64   `json:"event_ids"`
	FusionReason   string    `json:"fusion_reason"`
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	// Marking travels with the record: who may read it, and who owns it.
	Marking vigil.Marking `json:"marking"`
}

// NewRecord flattens an incident into a Record.
func NewRecord(inc vigil.Incident) Record {
	return Record{ID: inc.ID, Event: inc.Event, FatalitiesLow: inc.FatalitiesLow, FatalitiesHigh: inc.FatalitiesHigh,
		ReconcileRule: inc.ReconcileRule, ReviewState: inc.ReviewState, SourceCount: inc.SourceCount,
		EventIDs: inc.EventIDs, FusionReason: inc.FusionReason, CreatedAt: inc.CreatedAt, UpdatedAt: inc.UpdatedAt,
		Marking: inc.Marking.OrClear()}
}

// WriteJSONL writes one incident per line.
func WriteJSONL(w io.Writer, incs []vigil.Incident) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, inc := range incs {
		if err := enc.Encode(NewRecord(inc)); err != nil {
			return fmt.Errorf("export: jsonl: incident %d: %w", inc.ID, err)
		}
	}
	return nil
}

// FeatureCollection is a GeoJSON document (RFC 7946).
type FeatureCollection struct {
	Type     string    `json:"type"` // "FeatureCollection"
	Features []Feature `json:"features"`
}

// Feature is one incident on the map.
type Feature struct {
	Type       string    `json:"type"` // "Feature"
	ID         int64     `json:"id"`
	Geometry   *Geometry `json:"geometry"` // null when the incident has no coordinates
	Properties Record    `json:"properties"`
}

// Geometry is a GeoJSON Point: Coordinates are longitude, latitude.
type Geometry struct {
	Type        string     `json:"type"` // "Point"
	Coordinates [2]float64 `json:"coordinates"`
}

// WriteGeoJSON writes the incidents as one FeatureCollection. An incident
// without coordinates is kept, with a null geometry (RFC 7946 section 3.2),
// so that the file holds the same incidents as the other formats and a
// count of features is a count of incidents; map clients skip such
// features.
func WriteGeoJSON(w io.Writer, incs []vigil.Incident) error {
	fc := FeatureCollection{Type: "FeatureCollection", Features: make([]Feature, 0, len(incs))}
	for _, inc := range incs {
		f := Feature{Type: "Feature", ID: inc.ID, Properties: NewRecord(inc)}
		if inc.Latitude != nil && inc.Longitude != nil {
			f.Geometry = &Geometry{Type: "Point", Coordinates: [2]float64{*inc.Longitude, *inc.Latitude}}
		}
		fc.Features = append(fc.Features, f)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fc); err != nil {
		return fmt.Errorf("export: geojson: %w", err)
	}
	return nil
}
