package extract

import (
	"github.com/vigil-osint/vigil/internal/extract/claims"
	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/equipment"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
)

// claimContext gives the claims reader the document's places and sources.
type claimContext struct{ d *doc }

// Where resolves the places named in text[start:end]; local says the
// place is a district or finer, or a town.
func (c claimContext) Where(start, end int) (string, string, bool) {
	var ms []places.Match
	for _, m := range c.d.placesNamed() {
		if m.Start >= start && m.End <= end {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return "", "", false
	}
	hint := ""
	if home, ok := c.d.homePlace(); ok {
		hint = home.ISO3
	}
	loc, ok := c.d.x.gaz.ResolveIn(c.d.placeText, ms, hint, nil)
	if !ok {
		return "", "", false
	}
	// A town named is as local as a district, though the gazetteer may
	// not know the district of a town abroad ("in London", "in Kampala"):
	// a toll dated by a month there recalls an incident.
	return loc.Country, loc.Admin1, loc.Admin2 != "" || loc.GeoPrecision == 1 && !loc.Demonym
}

// Home is the country the text is about.
func (c claimContext) Home() string {
	if home, ok := c.d.homePlace(); ok {
		return home.Country
	}
	return ""
}

// Sources names the sources of a sentence.
func (c claimContext) Sources(toks []lex.Token) []claims.Source {
	var out []claims.Source
	for _, a := range sourcesIn(toks) {
		out = append(out, claims.Source{Label: a.label, Start: a.start, End: a.end})
	}
	return out
}

// equipmentContext gives the equipment reader the document's places,
// actors and sources.
type equipmentContext struct{ d *doc }

// Where resolves the places named in text[start:end], demonyms left out
// ("American rifles" says where they were made, not where they are).
func (c equipmentContext) Where(start, end int) (string, equipment.Span, bool) {
	var ms []places.Match
	for _, m := range c.d.placesNamed() {
		if m.Start >= start && m.End <= end && !m.Demonym {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return "", equipment.Span{}, false
	}
	hint := ""
	if home, ok := c.d.homePlace(); ok {
		hint = home.ISO3
	}
	loc, ok := c.d.x.gaz.ResolveIn(c.d.placeText, ms, hint, nil)
	if !ok || loc.Country == "" {
		return "", equipment.Span{}, false
	}
	return loc.Country, equipment.Span{Start: loc.Start, End: loc.End}, true
}

// Actors returns the actors named in text[start:end], their names filled
// with the country the text is about.
func (c equipmentContext) Actors(start, end int) []equipment.Actor {
	country := ""
	if home, ok := c.d.homePlace(); ok {
		country = home.Country
	}
	var out []equipment.Actor
	for _, m := range c.d.groupsNamed() {
		if m.Start >= start && m.End <= end {
			out = append(out, equipment.Actor{Name: m.Actor.Named(country), Side: m.Actor.Side, Span: equipment.Span{Start: m.Start, End: m.End}})
		}
	}
	return out
}

// Dates returns the dates the text gives.
func (c equipmentContext) Dates() []dates.Mention { return c.d.datesGiven() }

// Sources names the sources of a sentence.
func (c equipmentContext) Sources(toks []lex.Token) []equipment.Source {
	var out []equipment.Source
	for _, a := range sourcesIn(toks) {
		out = append(out, equipment.Source{Label: a.label, Span: equipment.Span{Start: a.start, End: a.end}})
	}
	return out
}
