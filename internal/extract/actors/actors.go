// Package actors recognises the armed groups, state forces and civilian
// groups a text names and normalises them to ACLED-style actor names through
// a versioned dictionary with aliases (data/actors.tsv, embedded).
package actors

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// Sides an actor can be on; they double as casualty categories.
const (
	SideSecurity     = "security_forces"
	SideMilitants    = "militants"
	SideCivilians    = "civilians"
	SideUnidentified = "unidentified"
	SideProtesters   = "protesters"
)

// Actor is one dictionary entry.
type Actor struct {
	// Name is the ACLED-style name. Generic entries hold "{country}", which
	// Named fills with the event's country.
	Name  string
	Side  string // one of the Side constants
	Inter int    // ACLED interaction code
	// Associate is the force's unit ("Frontier Corps"): ACLED writes it
	// after the force's name, and Named does too.
	Associate string
	// Generic is true for entries such as "security forces" or "gunmen"
	// whose full name depends on the country of the event. An armed
	// group's name may hold "{country}" too (ACLED names Islamic State's
	// branches by the country they fight in: "Islamic State
	// (Afghanistan)") and still be a named group, not a generic one.
	Generic bool
	// Home is the country the group operates in, when it has one: the
	// event's country when the text names no place.
	Home string
	// Regions are the provinces or states, or single districts of them,
	// where the group operates, when the dictionary says: they decide
	// between namesake places ("Bijapur District" with Maoists is
	// Chhattisgarh's, not Karnataka's) when the text itself does not.
	Regions []Region
	// State is the state force the group became when it took power, and
	// StateFrom the day it did: from then on, in its home country, ACLED
	// codes the group as that force (the Taliban as Afghanistan's
	// military from 15 August 2021). Nil for every other group.
	State     *Actor
	StateFrom time.Time
}

// Region is a province or state where a group operates, or one district of
// it (Admin2 set): a group active in a few districts of a large state names
// those, so that the state's other districts are not taken for its ground.
type Region struct {
	Country, Admin1, Admin2 string
}

// Named returns the actor's name as ACLED writes it: {country} filled in
// and the unit, if any, after the force's name ("Police Forces of Pakistan
// Frontier Corps"). An unknown country leaves the generic part out
// ("Military Forces", "Civilians"); a named group whose name takes a
// country takes its home then ("Islamic State (Afghanistan)").
func (a *Actor) Named(country string) string {
	n := a.Name
	if country == "" && !a.Generic {
		country = a.Home
	}
	if strings.Contains(n, "{country}") {
		if country == "" {
			n = strings.ReplaceAll(n, " of {country}", "")
			n = strings.TrimSpace(strings.ReplaceAll(n, "({country})", ""))
		} else {
			n = strings.ReplaceAll(n, "{country}", country)
		}
	}
	if a.Associate != "" {
		n += " " + a.Associate
	}
	return n
}

// Mention is one place a text names an actor.
type Mention struct {
	Start, End int // byte offsets, End exclusive
	Actor      *Actor
}

// Dictionary is the loaded actor dictionary. It is read-only after Load and
// safe for concurrent use.
type Dictionary struct {
	Version string
	actors  []*Actor
	aliases []alias // by match ID
	dict    *match.Dict
}

type alias struct {
	actor *Actor
	// upper is set for short all-capital acronyms ("IS", "BLA"): they match
	// only when written in capitals, so "is" and "bra" stay words.
	upper bool
	// exact holds a short acronym written in mixed case ("BRaS", "LeT"):
	// it matches only as written or in capitals, so "bras" and "let"
	// stay words.
	exact string
}

//go:embed data/actors.tsv
var actorsTSV string

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded dictionary, loaded once.
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() { defaultDict, defaultErr = Load(actorsTSV) })
	return defaultDict, defaultErr
}

// Load parses a dictionary in the actors.tsv format: a "# version" line,
// comment lines starting with '#', and rows of name, side, inter,
// associate, '|'-separated aliases and an optional home, tab-separated.
// The home is a country ("Pakistan"), optionally followed by the regions
// the group operates in ("India: Chhattisgarh, Jharkhand,
// Maharashtra/Gadchiroli"), and further countries with theirs after a
// semicolon; the first country is the home. A seventh field, for a group
// that took power, gives the day it did and the entry of the state force
// it became ("2021-08-15 Military Forces of Afghanistan").
func Load(tsv string) (*Dictionary, error) {
	d := &Dictionary{}
	b := match.NewBuilder()
	type stateRow struct {
		actor *Actor
		name  string
		line  int
	}
	var states []stateRow
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "# version\t") {
			d.Version = strings.TrimSpace(strings.TrimPrefix(line, "# version\t"))
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 || len(f) > 7 {
			return nil, fmt.Errorf("actors: line %d: want 5 to 7 tab-separated fields, got %d", n+1, len(f))
		}
		inter, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("actors: line %d: inter %q: %w", n+1, f[2], err)
		}
		switch f[1] {
		case SideSecurity, SideMilitants, SideCivilians, SideUnidentified, SideProtesters:
		default:
			return nil, fmt.Errorf("actors: line %d: unknown side %q", n+1, f[1])
		}
		a := &Actor{Name: f[0], Side: f[1], Inter: inter, Associate: f[3],
			Generic: strings.Contains(f[0], "{country}") && f[1] != SideMilitants}
		if len(f) >= 6 {
			if a.Home, a.Regions, err = parseHome(f[5]); err != nil {
				return nil, fmt.Errorf("actors: line %d: %w", n+1, err)
			}
		}
		if len(f) == 7 {
			day, name, _ := strings.Cut(strings.TrimSpace(f[6]), " ")
			if a.StateFrom, err = time.Parse(time.DateOnly, day); err != nil || name == "" || a.Home == "" {
				return nil, fmt.Errorf("actors: line %d: state column %q: want the day the group took power in its home country and the force it became (\"2021-08-15 Military Forces of Afghanistan\")", n+1, f[6])
			}
			states = append(states, stateRow{a, name, n + 1})
		}
		d.actors = append(d.actors, a)
		for _, al := range strings.Split(f[4], "|") {
			al = strings.TrimSpace(al)
			if al == "" {
				continue
			}
			b.Add(al, int32(len(d.aliases)))
			short := len(al) <= 4 && al != strings.ToLower(al)
			na := alias{actor: a, upper: short && al == strings.ToUpper(al)}
			if short && !na.upper {
				na.exact = al
			}
			d.aliases = append(d.aliases, na)
			// An acronym may be written with dots or spaced ("B.L.F
			// militants", "B. L. A."): its letters as words match both.
			if na.upper && len(al) >= 3 && !strings.Contains(al, " ") {
				b.Add(strings.Join(strings.Split(al, ""), " "), int32(len(d.aliases)))
				d.aliases = append(d.aliases, alias{actor: a})
			}
		}
	}
	if d.Version == "" {
		return nil, fmt.Errorf("actors: dictionary has no \"# version\" line")
	}
	for _, st := range states {
		for _, a := range d.actors {
			if a.Name == st.name && a.Associate == "" {
				st.actor.State = a
				break
			}
		}
		if st.actor.State == nil || st.actor.State.Side != SideSecurity {
			return nil, fmt.Errorf("actors: line %d: %q is no state force of the dictionary", st.line, st.name)
		}
	}
	d.dict = b.Build()
	return d, nil
}

// parseHome reads the home column: "Country", or "Country: Admin1,
// Admin1/Admin2, ..." with more countries after ';'.
func parseHome(col string) (string, []Region, error) {
	home := ""
	var regions []Region
	for _, part := range strings.Split(col, ";") {
		country, list, hasList := strings.Cut(part, ":")
		country = strings.TrimSpace(country)
		if country == "" {
			if strings.TrimSpace(part) == "" {
				continue
			}
			return "", nil, fmt.Errorf("home %q: regions without a country", col)
		}
		if home == "" {
			home = country
		}
		if !hasList {
			continue
		}
		n := 0
		for _, item := range strings.Split(list, ",") {
			item = strings.TrimSpace(item)
			if item == "" {
				continue
			}
			a1, a2, _ := strings.Cut(item, "/")
			a1, a2 = strings.TrimSpace(a1), strings.TrimSpace(a2)
			if a1 == "" || strings.Contains(item, "/") && a2 == "" {
				return "", nil, fmt.Errorf("home %q: bad region %q", col, item)
			}
			regions = append(regions, Region{Country: country, Admin1: a1, Admin2: a2})
			n++
		}
		if n == 0 {
			return "", nil, fmt.Errorf("home %q: %s has a colon but no regions", col, country)
		}
	}
	return home, regions, nil
}

// Find returns the actors text names, in order, one per name.
func (d *Dictionary) Find(text string) []Mention { return d.FindIn(match.Cut(text)) }

// FindIn is Find over a text already cut into words (match.Cut), which the
// gazetteer can share.
func (d *Dictionary) FindIn(t *match.Text) []Mention {
	text := t.String()
	hits := d.dict.FindIn(t)
	out := make([]Mention, 0, len(hits))
	for _, h := range hits {
		var chosen *Actor
		for _, id := range h.IDs {
			al := d.aliases[id]
			if al.upper && text[h.Start:h.End] != strings.ToUpper(text[h.Start:h.End]) && !lowerBeforeFighters(text, h.Start, h.End) ||
				al.exact != "" && text[h.Start:h.End] != al.exact && text[h.Start:h.End] != strings.ToUpper(al.exact) {
				continue
			}
			// Several entries may share an alias ("Taliban" vs a generic
			// word); the specific one wins.
			if chosen == nil || (chosen.Generic && !al.actor.Generic) {
				chosen = al.actor
			}
		}
		if chosen != nil {
			out = append(out, Mention{Start: h.Start, End: h.End, Actor: chosen})
		}
	}
	return out
}

// lowerBeforeFighters reports whether text[start:end], an acronym of three
// letters or more, is written all in lower case right before a noun for
// a group's men, as a hurried note writes it ("bla militants", "blf
// fighters"): the acronym then, though "bra" and "isi" alone stay words.
func lowerBeforeFighters(text string, start, end int) bool {
	w := text[start:end]
	if len(w) < 3 || w != strings.ToLower(w) {
		return false
	}
	rest := text[end:]
	for _, n := range []string{" militants", " militant", " fighters", " cadres", " terrorists", " rebels", " insurgents"} {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// Len is the number of actors in the dictionary.
func (d *Dictionary) Len() int { return len(d.actors) }
