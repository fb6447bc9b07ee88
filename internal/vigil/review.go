package vigil

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Audit actions of analyst review. Machine actions ("fuse", "detach",
// "dissolve") use the actor "vigil".
const (
	ActionVerify  = "verify"
	ActionReject  = "reject"
	ActionReopen  = "reopen" // back to unreviewed
	ActionCorrect = "correct"
	ActionMerge   = "merge"
	ActionSplit   = "split"
	ActionUndo    = "undo"
)

// Correction is an analyst's value for one field of an incident. It
// overrides the machine's reconciled value every time the incident is saved,
// so it survives re-extraction and re-fusion. Field is the extraction
// contract's JSON name (see CorrectableFields); Value is its text form.
type Correction struct {
	IncidentID int64  `json:"incident_id"`
	Field      string `json:"field"`
	Value      string `json:"value"`
}

// Change is one analyst action on incidents, applied by Store.ApplyChange in
// one transaction and audited with every touched incident's state before
// and after, so Store.Undo can restore it exactly.
type Change struct {
	Action string // one of the Action constants
	Object string // audit object, e.g. "incident:12"
	Actor  string // the analyst; required
	Reason string
	// Save lists incidents to create (ID 0) or update, each with its full
	// member list in EventIDs; events listed leave the incident they were in.
	Save []Incident
	// Delete lists incidents to remove; they must have no member left once
	// Save is applied.
	Delete []int64
	// Correct records field overrides, applied before Save is written.
	Correct []Correction
}

// Snapshot is everything review can change about one incident, as audit
// entries of changes record it (Before and After hold a JSON []Snapshot).
type Snapshot struct {
	Incident    Incident     `json:"incident"`
	Corrections []Correction `json:"corrections"`
}

// CorrectableFields are the incident fields an analyst may correct, by
// their extraction-contract names.
var CorrectableFields = []string{
	"event_date", "event_type", "sub_event_type", "actor1", "actor2", "perpetrator", "claimed_by",
	"country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "fatalities",
}

// CheckCorrection refuses a correction whose field is unknown or whose value
// does not fit the field.
func CheckCorrection(c Correction) error {
	var e Event
	return setField(&e, c.Field, c.Value)
}

// ApplyCorrections overrides inc's fields with the corrections, in field
// order, and notes a corrected toll in the reconcile rule so a figure never
// reads as machine-made when an analyst set it.
func ApplyCorrections(inc *Incident, cs []Correction) error {
	cs = append([]Correction(nil), cs...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Field < cs[j].Field })
	for _, c := range cs {
		if err := setField(&inc.Event, c.Field, c.Value); err != nil {
			return err
		}
		if c.Field == "fatalities" && !strings.HasPrefix(inc.ReconcileRule, "analyst correction") {
			inc.ReconcileRule = "analyst correction (machine: " + inc.ReconcileRule + ")"
		}
	}
	return nil
}

func setField(e *Event, field, value string) error {
	bad := func(why string) error {
		return Errorf(EINVALID, "correction of %s to %q: %s", field, value, why)
	}
	str := map[string]*string{
		"event_type": &e.EventType, "sub_event_type": &e.SubEventType, "actor1": &e.Actor1, "actor2": &e.Actor2,
		"perpetrator": &e.Perpetrator, "claimed_by": &e.ClaimedBy, "country": &e.Country, "iso3": &e.ISO3,
		"admin1": &e.Admin1, "admin2": &e.Admin2, "location": &e.Location,
	}
	if p, ok := str[field]; ok {
		*p = strings.TrimSpace(value)
		return nil
	}
	switch field {
	case "event_date":
		if value == "" {
			e.EventDate = nil
			return nil
		}
		if _, err := time.Parse(time.DateOnly, value); err != nil {
			return bad("not a YYYY-MM-DD date")
		}
		v, day := value, TimePrecisionDay
		e.EventDate, e.TimePrecision = &v, &day
	case "fatalities":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 {
			return bad("not a whole number of deaths")
		}
		e.Fatalities, e.FatalitiesBound = &n, ""
	case "latitude", "longitude":
		x, err := strconv.ParseFloat(value, 64)
		limit := 90.0
		if field == "longitude" {
			limit = 180
		}
		if err != nil || math.IsNaN(x) || math.Abs(x) > limit {
			return bad(fmt.Sprintf("not a coordinate within ±%g", limit))
		}
		if field == "latitude" {
			e.Latitude = &x
		} else {
			e.Longitude = &x
		}
	default:
		return Errorf(EINVALID, "field %q cannot be corrected; use one of %s", field, strings.Join(CorrectableFields, ", "))
	}
	return nil
}

// Matches reports whether an incident passes f's conditions on incidents,
// compared as the stores compare them (places, types and actors without
// regard to case). Text, Limit and Offset are not looked at.
func (f Filter) Matches(inc *Incident) bool {
	date := ""
	if inc.EventDate != nil {
		date = *inc.EventDate
	}
	if f.From != "" && (date == "" || date < f.From) || f.To != "" && (date == "" || date > f.To) {
		return false
	}
	eq := strings.EqualFold
	if f.Country != "" && !eq(f.Country, inc.Country) && !eq(f.Country, inc.ISO3) {
		return false
	}
	if f.Admin1 != "" && !eq(f.Admin1, inc.Admin1) || f.Admin2 != "" && !eq(f.Admin2, inc.Admin2) {
		return false
	}
	if f.EventType != "" && !eq(f.EventType, inc.EventType) {
		return false
	}
	if f.Actor != "" && !ActorIs(f.Actor, inc.Actor1) && !ActorIs(f.Actor, inc.Actor2) && !ActorIs(f.Actor, inc.Perpetrator) {
		return false
	}
	return f.ReviewState == "" || f.ReviewState == inc.ReviewState
}

// ActorIs reports whether name is the actor a filter asks for, letters
// compared without regard to case, or one of its units: "Police Forces of
// Pakistan Frontier Corps" is of "Police Forces of Pakistan", as ACLED
// names a force's unit after it.
func ActorIs(filter, name string) bool {
	if strings.EqualFold(filter, name) {
		return true
	}
	n := len(filter)
	return len(name) > n && name[n] == ' ' && strings.EqualFold(name[:n], filter)
}
