package federation

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// object is the part of a STIX object every import reads.
type object struct {
	ID                string   `json:"id"`
	Type              string   `json:"type"`
	Created           string   `json:"created"`
	Modified          string   `json:"modified"`
	Revoked           bool     `json:"revoked"`
	ObjectMarkingRefs []string `json:"object_marking_refs"`
	// relationship
	RelationshipType string `json:"relationship_type"`
	SourceRef        string `json:"source_ref"`
	TargetRef        string `json:"target_ref"`
	raw              json.RawMessage
}

// version is the object's version: its modified timestamp, or created for
// objects that are never versioned.
func (o object) version() string { return cmp.Or(o.Modified, o.Created) }

// parseObject reads the common properties of one STIX object.
func parseObject(raw json.RawMessage) (object, error) {
	var o object
	if err := json.Unmarshal(raw, &o); err != nil {
		return o, vigil.Errorf(vigil.EINVALID, "not a STIX object: %v", err)
	}
	if o.ID == "" || o.Type == "" || !strings.HasPrefix(o.ID, o.Type+"--") {
		return o, vigil.Errorf(vigil.EINVALID, "STIX object %q of type %q: the id must be the type, two dashes and a UUID", o.ID, o.Type)
	}
	if o.version() == "" {
		return o, vigil.Errorf(vigil.EINVALID, "STIX object %s has neither modified nor created", o.ID)
	}
	if _, err := time.Parse(time.RFC3339Nano, o.version()); err != nil {
		return o, vigil.Errorf(vigil.EINVALID, "STIX object %s: version %q is not a timestamp", o.ID, o.version())
	}
	o.raw = raw
	return o, nil
}

// marking is the marking an object from partner gets here: its TLP level,
// owned by the partner organisation. An object without a TLP marking stays
// inside the partner (AMBER+STRICT), the safe reading of a producer who did
// not say.
func marking(o object, partner string) vigil.Marking {
	m := vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: partner}
	if t, ok := stix.TLPFromRefs(o.ObjectMarkingRefs); ok {
		m.TLP = t
	}
	return m
}

// stixIncident is the part of a STIX incident vigil reads: the standard
// properties and vigil's extension.
type stixIncident struct {
	Name        string                     `json:"name"`
	Description string                     `json:"description"`
	Confidence  *int                       `json:"confidence"`
	Extensions  map[string]json.RawMessage `json:"extensions"`
}

// extension is vigil's property extension (stix.ExtensionID).
type extension struct {
	EventDate       string           `json:"event_date"`
	TimePrecision   *int             `json:"time_precision"`
	EventType       string           `json:"event_type"`
	SubEventType    string           `json:"sub_event_type"`
	DisorderType    string           `json:"disorder_type"`
	Actor1          string           `json:"actor1"`
	Actor2          string           `json:"actor2"`
	Perpetrator     string           `json:"perpetrator"`
	ClaimedBy       string           `json:"claimed_by"`
	Admin2          string           `json:"admin2"`
	GeoPrecision    *int             `json:"geo_precision"`
	Fatalities      *int             `json:"fatalities"`
	FatalitiesBound string           `json:"fatalities_bound"`
	FatalitiesLow   int              `json:"fatalities_low"`
	FatalitiesHigh  int              `json:"fatalities_high"`
	Casualties      vigil.Casualties `json:"casualties"`
	Weapons         []string         `json:"weapons"`
	ReviewState     string           `json:"review_state"`
	SourceCount     int              `json:"source_count"`
	TollRevisedOn   string           `json:"toll_revised_on"`
}

// location is the part of a STIX location vigil reads.
type location struct {
	Country            string   `json:"country"`
	AdministrativeArea string   `json:"administrative_area"`
	City               string   `json:"city"`
	Latitude           *float64 `json:"latitude"`
	Longitude          *float64 `json:"longitude"`
}

// countries maps the ISO 3166-1 alpha-2 codes vigil's exports use to the
// name and alpha-3 code its records use.
var countries = map[string][2]string{
	"PK": {"Pakistan", "PAK"}, "AF": {"Afghanistan", "AFG"}, "IN": {"India", "IND"},
	"IR": {"Iran", "IRN"}, "CN": {"China", "CHN"},
}

// incidentFrom reads a STIX incident, and the location it is located at
// (nil when none), into a vigil incident. Fields vigil's extension does not
// carry stay empty; an incident from another producer without the
// extension keeps its name as its summary.
func incidentFrom(o object, loc json.RawMessage) (vigil.Incident, error) {
	var inc vigil.Incident
	var si stixIncident
	if err := json.Unmarshal(o.raw, &si); err != nil {
		return inc, vigil.Errorf(vigil.EINVALID, "incident %s: %v", o.ID, err)
	}
	inc.Summary = si.Description
	if si.Confidence != nil && *si.Confidence >= 0 && *si.Confidence <= 100 {
		inc.Confidence = float64(*si.Confidence) / 100
	}
	revisedOn := ""
	if raw, ok := si.Extensions[stix.ExtensionID]; ok {
		var x extension
		if err := json.Unmarshal(raw, &x); err != nil {
			return inc, vigil.Errorf(vigil.EINVALID, "incident %s: vigil extension: %v", o.ID, err)
		}
		if x.EventDate != "" {
			if _, err := time.Parse(time.DateOnly, x.EventDate); err != nil {
				return inc, vigil.Errorf(vigil.EINVALID, "incident %s: event_date %q is not YYYY-MM-DD", o.ID, x.EventDate)
			}
			d := x.EventDate
			inc.EventDate = &d
		}
		if x.Fatalities != nil && *x.Fatalities < 0 {
			return inc, vigil.Errorf(vigil.EINVALID, "incident %s: negative fatalities %d", o.ID, *x.Fatalities)
		}
		inc.TimePrecision, inc.GeoPrecision = x.TimePrecision, x.GeoPrecision
		inc.EventType, inc.SubEventType, inc.DisorderType = x.EventType, x.SubEventType, x.DisorderType
		inc.Actor1, inc.Actor2, inc.Perpetrator, inc.ClaimedBy = x.Actor1, x.Actor2, x.Perpetrator, x.ClaimedBy
		inc.Admin2 = x.Admin2
		inc.Fatalities, inc.FatalitiesBound = x.Fatalities, x.FatalitiesBound
		inc.FatalitiesLow, inc.FatalitiesHigh = x.FatalitiesLow, x.FatalitiesHigh
		inc.Casualties, inc.Weapons = x.Casualties, x.Weapons
		inc.SourceCount = x.SourceCount
		if x.TollRevisedOn != "" {
			if _, err := time.Parse(time.DateOnly, x.TollRevisedOn); err != nil {
				return inc, vigil.Errorf(vigil.EINVALID, "incident %s: toll_revised_on %q is not YYYY-MM-DD", o.ID, x.TollRevisedOn)
			}
			revisedOn = x.TollRevisedOn
		}
		switch x.ReviewState {
		case vigil.StateVerified, vigil.StateUnreviewed:
			inc.ReviewState = x.ReviewState
		}
	}
	if _, ok := si.Extensions[stix.ExtensionID]; !ok {
		// Another producer's incident: its name is all it says of itself.
		inc.Summary = cmp.Or(si.Description, si.Name)
	}
	if inc.ReviewState == "" {
		inc.ReviewState = vigil.StateUnreviewed
	}
	if len(loc) > 0 {
		var l location
		if err := json.Unmarshal(loc, &l); err != nil {
			return inc, vigil.Errorf(vigil.EINVALID, "location of incident %s: %v", o.ID, err)
		}
		if c, ok := countries[strings.ToUpper(l.Country)]; ok {
			inc.Country, inc.ISO3 = c[0], c[1]
		}
		inc.Admin1, inc.Location = l.AdministrativeArea, l.City
		if l.Latitude != nil && l.Longitude != nil && *l.Latitude >= -90 && *l.Latitude <= 90 && *l.Longitude >= -180 && *l.Longitude <= 180 {
			inc.Latitude, inc.Longitude = l.Latitude, l.Longitude
		}
	}
	inc.ReconcileRule = "imported"
	if revisedOn != "" {
		// Keep the partner's word that its toll supersedes earlier figures.
		inc.ReconcileRule += "; the partner's toll was revised on " + revisedOn
	}
	inc.FusionReason = fmt.Sprintf("imported from a partner as %s", o.ID)
	return inc, nil
}
