package extract

import (
	"github.com/vigil-osint/vigil/internal/extract/claims"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
)

// claimContext gives the claims reader the document's places and sources.
type claimContext struct {
	d *doc
	x *Extractor
}

// Where resolves the places named in text[start:end].
func (c claimContext) Where(start, end int) (string, string) {
	var ms []places.Match
	for _, m := range c.d.places {
		if m.Start >= start && m.End <= end {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return "", ""
	}
	hint := ""
	if c.d.homeOK {
		hint = c.d.home.ISO3
	}
	loc, ok := c.x.gaz.Resolve(c.d.text, ms, hint)
	if !ok {
		return "", ""
	}
	return loc.Country, loc.Admin1
}

// Home is the country the text is about.
func (c claimContext) Home() string {
	if c.d.homeOK {
		return c.d.home.Country
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
