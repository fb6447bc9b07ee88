// Package vigil holds vigil's domain types and the interfaces between the
// pipeline stages. It imports nothing of the project, so every other package
// can depend on it without cycles.
package vigil

// Evidence ties an extracted value to the characters of the document text it
// came from. Start and End are byte offsets into the text as given (for HTML
// input, into the cleaned text), End exclusive.
type Evidence struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
}

// Counts is one casualty category's tally. A zero means "not reported" unless
// the text said so explicitly; the evidence tells which.
type Counts struct {
	Killed   int `json:"killed,omitempty"`
	Injured  int `json:"injured,omitempty"`
	Abducted int `json:"abducted,omitempty"`
	Arrested int `json:"arrested,omitempty"`
}

// Total is the sum of the four tallies.
func (c Counts) Total() int { return c.Killed + c.Injured + c.Abducted + c.Arrested }

// IsZero reports whether nothing was counted.
func (c Counts) IsZero() bool { return c == Counts{} }

// Casualties splits an event's toll by who suffered it.
type Casualties struct {
	SecurityForces Counts `json:"security_forces"`
	Civilians      Counts `json:"civilians"`
	Militants      Counts `json:"militants"`
	Unknown        Counts `json:"unknown"`
}

// Killed is the number of deaths over all categories.
func (c Casualties) Killed() int {
	return c.SecurityForces.Killed + c.Civilians.Killed + c.Militants.Killed + c.Unknown.Killed
}

// Injured is the number of injured over all categories.
func (c Casualties) Injured() int {
	return c.SecurityForces.Injured + c.Civilians.Injured + c.Militants.Injured + c.Unknown.Injured
}

// Precision codes follow ACLED: 1 is the most precise.
//   - time: 1 day, 2 week, 3 month.
//   - geo: 1 exact town, 2 near a town or a sub-district, 3 district or province.
const (
	PrecisionExact   = 1
	PrecisionNear    = 2
	PrecisionRegion  = 3
	TimePrecisionDay = 1
	TimePrecisionWk  = 2
	TimePrecisionMo  = 3
)

// Bound says how a reported figure relates to the true one.
const (
	BoundExact  = "exact"
	BoundLower  = "lower"  // "at least", "over", "more than"
	BoundUpper  = "upper"  // "up to", "fewer than"
	BoundApprox = "approx" // "about", "nearly", "some"
)

// Event is one real-world incident as one document reports it: the unit of
// the extraction contract (see DESIGN.md). Field names and JSON tags are part
// of that stable contract; fields may be added, never renamed.
type Event struct {
	EventDate     *string `json:"event_date"` // YYYY-MM-DD, nil when the text gives no date
	TimePrecision *int    `json:"time_precision"`
	EventType     string  `json:"event_type"`
	SubEventType  string  `json:"sub_event_type"`
	DisorderType  string  `json:"disorder_type,omitempty"`
	Actor1        string  `json:"actor1"`
	Actor2        string  `json:"actor2"`
	AssocActor1   string  `json:"assoc_actor_1,omitempty"`
	Inter1        int     `json:"inter1,omitempty"`
	Inter2        int     `json:"inter2,omitempty"`
	Perpetrator   string  `json:"perpetrator"`
	ClaimedBy     string  `json:"claimed_by"`

	Country      string   `json:"country"`
	ISO3         string   `json:"iso3"`
	Admin1       string   `json:"admin1"`
	Admin2       string   `json:"admin2"`
	Admin3       string   `json:"admin3,omitempty"`
	Location     string   `json:"location"`
	Latitude     *float64 `json:"latitude"`
	Longitude    *float64 `json:"longitude"`
	GeoPrecision *int     `json:"geo_precision"`

	Fatalities      *int       `json:"fatalities"`
	FatalitiesBound string     `json:"fatalities_bound,omitempty"`
	Casualties      Casualties `json:"casualties"`

	Weapons           []string   `json:"weapons"`
	SourceAttribution []string   `json:"source_attribution"`
	Evidence          []Evidence `json:"evidence"`
	Confidence        float64    `json:"confidence"`
	Summary           string     `json:"summary,omitempty"` // the sentence(s) the event was read from
	// TollRevision marks a report that only revises the toll of an
	// incident told before ("the death toll in the Jamrud bazaar bombing
	// rose to 21 on Tuesday"). Its date is the revision's, at week
	// precision (the incident came before it); fusion joins it to the
	// incident it revises and lets its figure replace those reported
	// before it.
	TollRevision bool `json:"toll_revision,omitempty"`
}

// Claim is an aggregate statistic a text cites ("over 140 incidents in
// 2024"). Claims are never events.
type Claim struct {
	Metric       string     `json:"metric"` // incidents, deaths, security_forces_killed, injured, attacks, arrests, attacks_foiled, displaced...: the extract/claims constants
	Value        int64      `json:"value"`
	Bound        string     `json:"bound"`
	PeriodStart  string     `json:"period_start"`
	PeriodEnd    string     `json:"period_end"`
	Country      string     `json:"country"`
	Admin1       string     `json:"admin1"`
	AttributedTo string     `json:"attributed_to"`
	Evidence     []Evidence `json:"evidence"`
}

// Equipment is a record of weapons or materiel: an inventory, a sighting, a
// seizure, a use or a transfer.
type Equipment struct {
	Kind            string     `json:"kind"`     // inventory, sighting, seizure, use, transfer
	Category        string     `json:"category"` // aircraft, vehicles, weapons, night_vision, munitions, surveillance, communications, biometric, explosives, ammunition, all_assets
	Item            string     `json:"item"`
	Quantity        *int64     `json:"quantity"`
	Bound           string     `json:"bound,omitempty"`
	ValueUSD        *int64     `json:"value_usd"`
	OriginCountry   string     `json:"origin_country"`
	LocationCountry string     `json:"location_country"`
	Holder          string     `json:"holder"`
	AsOf            string     `json:"as_of"` // YYYY-MM or YYYY-MM-DD
	AttributedTo    string     `json:"attributed_to"`
	Evidence        []Evidence `json:"evidence"`
}

// Extraction is everything extracted from one document.
type Extraction struct {
	Events    []Event     `json:"events"`
	Claims    []Claim     `json:"claims"`
	Equipment []Equipment `json:"equipment"`
	// Text is the text the evidence offsets point into, set when it differs
	// from the input text (HTML input is cleaned first).
	Text string `json:"text,omitempty"`
}
