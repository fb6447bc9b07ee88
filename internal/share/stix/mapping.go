package stix

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// iso2 maps the ISO 3166-1 alpha-3 codes of the countries vigil covers and
// borders to the alpha-2 codes STIX locations use.
var iso2 = map[string]string{"PAK": "PK", "AFG": "AF", "IND": "IN", "IRN": "IR", "CHN": "CN"}

var countryName = map[string]string{"PK": "Pakistan", "AF": "Afghanistan", "IN": "India", "IR": "Iran", "CN": "China"}

// iso3Of reads a country as records give it, a name or an alpha-3 code.
func iso3Of(country string) string {
	c := strings.TrimSpace(country)
	if _, ok := iso2[strings.ToUpper(c)]; ok {
		return strings.ToUpper(c)
	}
	for a3, a2 := range iso2 {
		if strings.EqualFold(countryName[a2], c) {
			return a3
		}
	}
	return ""
}

// isNamedGroup tells a named armed group from the generic actors vigil's
// dictionary fills with a country ("Unidentified Armed Group (Pakistan)",
// "Military Forces of Pakistan") and from state forces. Named groups come
// from the actor dictionary as "SHORT: Long Name" or as a proper name.
func isNamedGroup(name string) bool {
	n := strings.TrimSpace(name)
	if n == "" {
		return false
	}
	for _, generic := range []string{"Unidentified", "Unknown", "Military Forces", "Police Forces", "Civilians", "Protesters", "Militia (Pro-Government)", "Government of"} {
		if strings.HasPrefix(n, generic) {
			return false
		}
	}
	return true
}

// incidentName is a readable title: "Suicide bomb in Quetta, Balochistan
// on 2024-03-05".
func incidentName(inc vigil.Incident) string {
	what := firstNonEmpty(inc.SubEventType, inc.EventType, "Incident")
	where := firstNonEmpty(inc.Location, inc.Admin2, inc.Admin1, inc.Country)
	name := what
	if where != "" {
		name += " in " + where
		if inc.Admin1 != "" && inc.Admin1 != where {
			name += ", " + inc.Admin1
		}
	}
	if inc.EventDate != nil && *inc.EventDate != "" {
		name += " on " + *inc.EventDate
	}
	return name
}

// The extension's properties leave out what is unknown: STIX forbids empty
// lists and nulls, and an absent property is how STIX says "not reported".

func counts(c vigil.Counts) map[string]any {
	return map[string]any{"killed": c.Killed, "injured": c.Injured, "abducted": c.Abducted, "arrested": c.Arrested}
}

func incidentExtension(inc vigil.Incident) map[string]any {
	x := map[string]any{"extension_type": "property-extension"}
	str := func(k, v string) {
		if v != "" {
			x[k] = v
		}
	}
	num := func(k string, v *int) {
		if v != nil {
			x[k] = *v
		}
	}
	if inc.EventDate != nil {
		str("event_date", *inc.EventDate)
	}
	num("time_precision", inc.TimePrecision)
	str("event_type", inc.EventType)
	str("sub_event_type", inc.SubEventType)
	str("disorder_type", inc.DisorderType)
	str("actor1", inc.Actor1)
	str("actor2", inc.Actor2)
	str("perpetrator", inc.Perpetrator)
	str("claimed_by", inc.ClaimedBy)
	str("admin2", inc.Admin2)
	num("geo_precision", inc.GeoPrecision)
	num("fatalities", inc.Fatalities)
	str("fatalities_bound", inc.FatalitiesBound)
	if inc.FatalitiesLow != 0 || inc.FatalitiesHigh != 0 {
		x["fatalities_low"], x["fatalities_high"] = inc.FatalitiesLow, inc.FatalitiesHigh
	}
	x["casualties"] = map[string]any{
		"security_forces": counts(inc.Casualties.SecurityForces),
		"civilians":       counts(inc.Casualties.Civilians),
		"militants":       counts(inc.Casualties.Militants),
		"unknown":         counts(inc.Casualties.Unknown),
	}
	if len(inc.Weapons) > 0 {
		x["weapons"] = inc.Weapons
	}
	str("review_state", firstNonEmpty(inc.ReviewState, vigil.StateUnreviewed))
	if inc.SourceCount > 0 {
		x["source_count"] = inc.SourceCount
	}
	return x
}

func claimExtension(c vigil.Claim) map[string]any {
	x := map[string]any{"extension_type": "property-extension", "metric": c.Metric, "value": c.Value}
	for k, v := range map[string]string{"bound": c.Bound, "period_start": c.PeriodStart, "period_end": c.PeriodEnd, "country": c.Country, "admin1": c.Admin1, "attributed_to": c.AttributedTo} {
		if v != "" {
			x[k] = v
		}
	}
	return x
}

// claimText says the claim in a sentence: "incidents: 140 (lower bound),
// 2024-01-01 to 2024-12-31, Punjab, Pakistan, according to ISPR."
func claimText(c vigil.Claim) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s: %d", c.Metric, c.Value)
	if c.Bound != "" && c.Bound != vigil.BoundExact {
		fmt.Fprintf(&sb, " (%s bound)", c.Bound)
	}
	if c.PeriodStart != "" || c.PeriodEnd != "" {
		fmt.Fprintf(&sb, ", %s to %s", firstNonEmpty(c.PeriodStart, "?"), firstNonEmpty(c.PeriodEnd, "?"))
	}
	for _, p := range []string{c.Admin1, c.Country} {
		if p != "" {
			sb.WriteString(", " + p)
		}
	}
	if c.AttributedTo != "" {
		sb.WriteString(", according to " + c.AttributedTo)
	}
	sb.WriteString(".")
	return sb.String()
}

func equipmentExtension(e vigil.Equipment) map[string]any {
	x := map[string]any{"extension_type": "property-extension"}
	for k, v := range map[string]string{"kind": e.Kind, "category": e.Category, "item": e.Item, "bound": e.Bound, "origin_country": e.OriginCountry, "location_country": e.LocationCountry, "holder": e.Holder, "as_of": e.AsOf, "attributed_to": e.AttributedTo} {
		if v != "" {
			x[k] = v
		}
	}
	if e.Quantity != nil {
		x["quantity"] = *e.Quantity
	}
	if e.ValueUSD != nil {
		x["value_usd"] = *e.ValueUSD
	}
	return x
}

// equipmentText: "seizure of 12 AK-47 rifles (weapons), held by BLA."
func equipmentText(e vigil.Equipment) string {
	var sb strings.Builder
	sb.WriteString(firstNonEmpty(e.Kind, "record") + " of ")
	if e.Quantity != nil {
		fmt.Fprintf(&sb, "%d ", *e.Quantity)
	}
	sb.WriteString(firstNonEmpty(e.Item, e.Category, "equipment"))
	if e.Category != "" && e.Item != "" {
		sb.WriteString(" (" + e.Category + ")")
	}
	if e.Holder != "" {
		sb.WriteString(", held by " + e.Holder)
	}
	sb.WriteString(".")
	return sb.String()
}

// asOf reads an equipment record's date, YYYY-MM-DD or YYYY-MM.
func asOf(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
