package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// ACLEDColumns are ACLED's export columns, in ACLED's order, so a file
// vigil writes loads wherever an ACLED download does.
var ACLEDColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
}

// ExtraColumns follow ACLED's: what vigil knows that ACLED does not code.
var ExtraColumns = []string{
	"security_forces_killed", "security_forces_injured", "security_forces_abducted", "security_forces_arrested",
	"civilians_killed", "civilians_injured", "civilians_abducted", "civilians_arrested",
	"militants_killed", "militants_injured", "militants_abducted", "militants_arrested",
	"unknown_killed", "unknown_injured", "unknown_abducted", "unknown_arrested",
	"fatalities_low", "fatalities_high", "review_state", "source_count", "vigil_incident_id",
	"weapons", "perpetrator", "claimed_by", "tlp", "tlp_owner",
}

// EventColumns follow ACLED's in the events CSV, in place of ExtraColumns'
// incident fields: where each event came from.
var EventColumns = []string{
	"security_forces_killed", "security_forces_injured", "security_forces_abducted", "security_forces_arrested",
	"civilians_killed", "civilians_injured", "civilians_abducted", "civilians_arrested",
	"militants_killed", "militants_injured", "militants_abducted", "militants_arrested",
	"unknown_killed", "unknown_injured", "unknown_abducted", "unknown_arrested",
	"weapons", "perpetrator", "claimed_by", "vigil_event_id", "document_id", "vigil_incident_id", "outlet", "url", "published",
	"tlp", "tlp_owner",
}

// countries maps the countries vigil covers to ISO 3166 alpha-3, numeric
// code and ACLED region.
var countries = map[string]struct {
	iso3    string
	numeric int
	region  string
}{
	"PAK": {"PAK", 586, "South Asia"},
	"AFG": {"AFG", 4, "South Asia"},
	"IND": {"IND", 356, "South Asia"},
	"IRN": {"IRN", 364, "Middle East"},
	"CHN": {"CHN", 156, "East Asia"},
	"TJK": {"TJK", 762, "Caucasus and Central Asia"},
	"UZB": {"UZB", 860, "Caucasus and Central Asia"},
	"TKM": {"TKM", 795, "Caucasus and Central Asia"},
}

var countryNames = map[string]string{
	"pakistan": "PAK", "afghanistan": "AFG", "india": "IND", "iran": "IRN", "china": "CHN",
	"tajikistan": "TJK", "uzbekistan": "UZB", "turkmenistan": "TKM",
}

// iso3Of is the event's ISO3 code, from its country name when not given.
func iso3Of(e *vigil.Event) string {
	if e.ISO3 != "" {
		return strings.ToUpper(e.ISO3)
	}
	return countryNames[strings.ToLower(strings.TrimSpace(e.Country))]
}

// acledFields renders the event in ACLEDColumns' order. id is the record's
// number inside vigil, updated its last change (the zero time when unknown).
func acledFields(e *vigil.Event, id int64, updated time.Time) []string {
	iso3 := iso3Of(e)
	c := countries[iso3]
	prefix := iso3
	if prefix == "" {
		prefix = "VGL"
	}
	date, year := "", ""
	if e.EventDate != nil {
		date = *e.EventDate
		year, _, _ = strings.Cut(date, "-")
	}
	fatalities := 0 // ACLED codes an unknown toll as 0
	if e.Fatalities != nil {
		fatalities = *e.Fatalities
	}
	// ACLED marks events whose target is civilians: all violence against
	// civilians, and any other event whose second actor is civilians
	// (inter code 7), such as a bombing of a market.
	civTarget := ""
	if e.EventType == "Violence against civilians" || e.Inter2 == 7 {
		civTarget = "Civilian targeting"
	}
	timestamp := ""
	if !updated.IsZero() {
		timestamp = strconv.FormatInt(updated.Unix(), 10)
	}
	return []string{
		fmt.Sprintf("%s%d", prefix, id), date, year, optInt(e.TimePrecision), e.DisorderType, e.EventType, e.SubEventType,
		e.Actor1, e.AssocActor1, nonZero(e.Inter1), e.Actor2, "", nonZero(e.Inter2), interaction(e.Inter1, e.Inter2), civTarget,
		nonZero(c.numeric), c.region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location,
		optFloat(e.Latitude), optFloat(e.Longitude), optInt(e.GeoPrecision),
		strings.Join(e.SourceAttribution, "; "), "", e.Summary, strconv.Itoa(fatalities), "", timestamp,
	}
}

// casualtyFields renders the sixteen casualty columns.
func casualtyFields(c vigil.Casualties) []string {
	var out []string
	for _, k := range []vigil.Counts{c.SecurityForces, c.Civilians, c.Militants, c.Unknown} {
		out = append(out, strconv.Itoa(k.Killed), strconv.Itoa(k.Injured), strconv.Itoa(k.Abducted), strconv.Itoa(k.Arrested))
	}
	return out
}

// interaction is ACLED's two-digit code of the two actors' inter codes,
// lower first; a lone actor's code is followed by 0.
func interaction(a, b int) string {
	switch {
	case a == 0:
		return ""
	case b == 0:
		return strconv.Itoa(a * 10)
	case b < a:
		a, b = b, a
	}
	return strconv.Itoa(a*10 + b)
}

func nonZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func optFloat(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// WriteACLEDCSV writes incidents as CSV: ACLEDColumns, then ExtraColumns.
// Values follow ACLED's API: event_date is YYYY-MM-DD, fatalities is 0 when
// no source gave a toll (fatalities_low and fatalities_high tell more),
// timestamp is the Unix time of the incident's last change, and
// event_id_cnty is the ISO3 code followed by vigil's incident number.
func WriteACLEDCSV(w io.Writer, incs []vigil.Incident) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append(append([]string(nil), ACLEDColumns...), ExtraColumns...)); err != nil {
		return fmt.Errorf("export: csv header: %w", err)
	}
	for _, inc := range incs {
		row := acledFields(&inc.Event, inc.ID, inc.UpdatedAt)
		row = append(row, casualtyFields(inc.Casualties)...)
		row = append(row, strconv.Itoa(inc.FatalitiesLow), strconv.Itoa(inc.FatalitiesHigh), inc.ReviewState,
			strconv.Itoa(inc.SourceCount), strconv.FormatInt(inc.ID, 10),
			strings.Join(inc.Weapons, "; "), inc.Perpetrator, inc.ClaimedBy)
		row = append(row, markingFields(inc.Marking)...)
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("export: csv: incident %d: %w", inc.ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

// WriteEventsCSV writes extracted events as CSV: ACLEDColumns, then
// EventColumns. event_id_cnty numbers events, not incidents.
func WriteEventsCSV(w io.Writer, evs []vigil.StoredEvent) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append(append([]string(nil), ACLEDColumns...), EventColumns...)); err != nil {
		return fmt.Errorf("export: csv header: %w", err)
	}
	for _, e := range evs {
		row := acledFields(&e.Event, e.ID, time.Time{})
		row = append(row, casualtyFields(e.Casualties)...)
		published := ""
		if !e.Published.IsZero() {
			published = e.Published.UTC().Format(time.RFC3339)
		}
		incident := ""
		if e.IncidentID != 0 {
			incident = strconv.FormatInt(e.IncidentID, 10)
		}
		row = append(row, strings.Join(e.Weapons, "; "), e.Perpetrator, e.ClaimedBy, strconv.FormatInt(e.ID, 10),
			strconv.FormatInt(e.DocumentID, 10), incident, e.Outlet, e.URL, published)
		row = append(row, markingFields(e.Marking)...)
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("export: csv: event %d: %w", e.ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

// markingFields renders a record's marking as the tlp and tlp_owner
// columns, so a file handed on still says who may read each row.
func markingFields(m vigil.Marking) []string {
	m = m.OrClear()
	return []string{string(m.TLP), m.Owner}
}
