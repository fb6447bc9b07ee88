// Package extract turns a document's text into events, aggregate claims and
// equipment records (vigil.Extraction), deterministically, with evidence
// offsets on every extracted value.
//
// The pipeline for one text: split sentences and tokenise them; set aside
// the sentences that state aggregate claims; look for trigger words; group
// the sentences that report an incident into events; then classify each
// event, count its casualties, and pick its date, place, actors and
// sources. Sentences without a trigger word are never analysed further,
// and the actors (one dictionary pass), places (one gazetteer pass) and
// dates of the whole text are found only when a rule first asks for them,
// which keeps extraction fast on long articles that report nothing.
package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/claims"
	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/equipment"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/match"
	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Extractor extracts events, claims and equipment from text. It holds the
// loaded gazetteer and actor dictionary, is read-only after New, and is
// safe for concurrent use.
type Extractor struct {
	actors *actors.Dictionary
	gaz    *places.Gazetteer
}

var _ vigil.Extractor = (*Extractor)(nil)

// New loads the embedded gazetteer and actor dictionary.
func New() (*Extractor, error) {
	a, err := actors.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: load actor dictionary: %w", err)
	}
	g, err := places.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: load gazetteer: %w", err)
	}
	return &Extractor{actors: a, gaz: g}, nil
}

// ActorsVersion is the version of the actor dictionary in use.
func (x *Extractor) ActorsVersion() string { return x.actors.Version }

// doc is the working state of one extraction.
type doc struct {
	x         *Extractor
	text      string
	placeText places.Text // the text as the place resolver reads it, once
	published time.Time
	sents     []lex.Sentence
	hits      [][]taxonomy.Hit
	figs      [][]casualties.Figure
	found     found        // what the text names, read through its accessors
	claimSent map[int]bool // sentences that state a statistic, not an incident
	claimTail map[int]int  // sentences that state one after an incident: its first token
	leads     map[int]bool // sentences that open an event; nil until segmented
	lonely    int8         // lonelyLead's answer: 0 not yet read, 1 yes, -1 no
	leadNews  int8         // reports(0)'s answer, as lonely
	revised   int8         // revision's answer, as lonely
}

// found holds the actors, places and dates a text names. Finding them costs
// as much as all the rest of a text's reading, and most texts never need
// them: those that report no incident, statistic or equipment, even when a
// sentence has a trigger word. So each is found the first time a rule asks
// for it, through the doc's accessors (words, actorsNamed, placesNamed,
// homePlace, datesGiven).
type found struct {
	cut                               *match.Text
	actors                            []actors.Mention // as ACLED codes them (inPower)
	groups                            []actors.Mention // as the text names them
	places                            []places.Match
	home                              places.Location // the place the whole text is about
	homeOK                            bool
	dates                             []dates.Mention
	actorsDone, placesDone, datesDone bool
}

// Extract returns the events, claims and equipment records text reports.
// published (zero when unknown) resolves relative dates; outlet is recorded
// for the caller and not used by the rules.
func (x *Extractor) Extract(text string, published time.Time, outlet string) vigil.Extraction {
	out := vigil.Extraction{Events: []vigil.Event{}, Claims: []vigil.Claim{}, Equipment: []vigil.Equipment{}}
	if text == "" {
		return out
	}
	d := &doc{text: text, placeText: places.ReadText(text), published: published, x: x}
	buf := tokenArrays.Get().(*[]lex.Token)
	d.sents, *buf = lex.SplitInto(text, *buf)
	defer tokenArrays.Put(buf)
	defer func() {
		if d.found.cut != nil {
			cutTexts.Put(d.found.cut)
		}
	}()
	cl, claimFrom := claims.Find(text, d.sents, published, claimContext{d})
	out.Claims = append(out.Claims, cl...)
	d.claimSent, d.claimTail = map[int]bool{}, map[int]int{}
	for i, from := range claimFrom {
		if from == 0 {
			d.claimSent[i] = true
		} else {
			d.claimTail[i] = from
		}
	}
	out.Equipment = append(out.Equipment, equipment.Find(text, d.sents, equipmentContext{d})...)

	d.hits = make([][]taxonomy.Hit, len(d.sents))
	d.figs = make([][]casualties.Figure, len(d.sents))
	for i, s := range d.sents {
		// The incident a sentence reports ends where its statistic
		// begins.
		toks := s.Toks
		if from, ok := d.claimTail[i]; ok {
			toks = toks[:from]
		}
		d.hits[i] = taxonomy.Scan(toks)
		if len(d.hits[i]) > 0 && !d.claimSent[i] {
			var hints []casualties.Hint
			if casualties.ReadsHints(toks) {
				hints = d.hintsIn(s.Start, s.End)
			}
			d.figs[i] = protestCauses(toks, casualties.Find(toks, hints))
		}
	}
	var pairs []int // the first of two events twoMeans read from one group
	groups := d.segment(x)
	for gi, group := range groups {
		group, similar := d.similarApart(group)
		ev, ok := x.eventWith(d, group, d.secondDeedLeft(groups, gi))
		if !ok {
			continue
		}
		if ab, ok := x.captivity(d, group, ev); ok {
			out.Events = append(out.Events, withoutAbducted(ev), ab)
			continue
		}
		if killing, ok := x.deathInCaptivity(d, group, ev); ok {
			out.Events = append(out.Events, killing, ev)
			continue
		}
		if first, second, ok := x.twoMeans(d, group, ev); ok {
			pairs = append(pairs, len(out.Events))
			out.Events = append(out.Events, first, second)
			continue
		}
		out.Events = append(out.Events, ev)
		out.Events = append(out.Events, x.heldAlsoIn(d, similar, ev)...)
	}
	d.attachClaims(out.Events)
	d.attachSuspects(out.Events)
	for _, p := range pairs {
		shareClaimant(&out.Events[p], &out.Events[p+1])
		shareClaimant(&out.Events[p+1], &out.Events[p])
	}
	return out
}

// shareClaimant gives the event to the claimant and the named attacker
// from has and to lacks: the two deeds of one attack (twoMeans) were done
// by one group, and a claim told after them falls in the span of the
// second alone.
func shareClaimant(from, to *vigil.Event) {
	named := func(actor string) bool { return actor != "" && !strings.HasPrefix(actor, "Unidentified") }
	if to.ClaimedBy == "" && from.ClaimedBy != "" {
		to.ClaimedBy = from.ClaimedBy
		to.Evidence = append(to.Evidence, evidenceOf(from, "claimed_by")...)
	}
	if strings.HasPrefix(to.Actor1, "Unidentified") && named(from.Actor1) {
		to.Actor1, to.Inter1 = from.Actor1, from.Inter1
		to.Evidence = append(to.Evidence, evidenceOf(from, "actor1")...)
		if strings.HasPrefix(to.Perpetrator, "Unidentified") || to.Perpetrator == "" {
			to.Perpetrator = from.Perpetrator
		}
	}
}

// evidenceOf returns ev's evidence for field.
func evidenceOf(ev *vigil.Event, field string) []vigil.Evidence {
	var out []vigil.Evidence
	for _, e := range ev.Evidence {
		if e.Field == field {
			out = append(out, e)
		}
	}
	return out
}

// words returns the text cut into words for the dictionaries: both read
// the same cutting.
func (d *doc) words() *match.Text {
	if d.found.cut == nil {
		d.found.cut = match.CutInto(d.text, cutTexts.Get().(*match.Text))
	}
	return d.found.cut
}

// actorsNamed returns the actor names in the text.
func (d *doc) actorsNamed() []actors.Mention {
	if !d.found.actorsDone {
		d.found.actorsDone = true
		d.found.groups = d.pairedForces(d.x.actors.FindIn(d.words()))
		d.found.actors = d.inPower(d.found.groups)
	}
	return d.found.actors
}

// groupsNamed returns the actor names in the text as written, a group
// that took power still itself: who holds equipment is the group the text
// names.
func (d *doc) groupsNamed() []actors.Mention {
	d.actorsNamed()
	return d.found.groups
}

// pairedForces adds the forces demonyms name when they are paired with
// another state's force by "and": "Indian and Pakistani troops exchanged
// fire" names India's troops as well as Pakistan's.
func (d *doc) pairedForces(ms []actors.Mention) []actors.Mention {
	var out []actors.Mention
	for k, m := range ms {
		if p, ok := d.pairedForce(m); ok {
			if out == nil {
				out = append(make([]actors.Mention, 0, len(ms)+1), ms[:k]...)
			}
			out = append(out, p)
		}
		if out != nil {
			out = append(out, m)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// pairedForce returns the force named by the demonym before "and" and a
// state force of two or more words ("Indian" in "Indian and Pakistani
// troops"): the demonym with the force's last word ("Indian troops")
// must name another state force of the dictionary.
func (d *doc) pairedForce(m actors.Mention) (actors.Mention, bool) {
	if m.Actor.Generic || m.Actor.Side != actors.SideSecurity {
		return actors.Mention{}, false
	}
	name := d.text[m.Start:m.End]
	sp := strings.LastIndexByte(name, ' ')
	rest, ok := strings.CutSuffix(d.text[max(0, m.Start-30):m.Start], " and ")
	if sp < 0 || !ok {
		return actors.Mention{}, false
	}
	word := rest[strings.LastIndexAny(rest, " \t\n(\"")+1:]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) {
		return actors.Mention{}, false
	}
	found := d.x.actors.Find(word + name[sp:])
	if len(found) != 1 || found[0].Start != 0 || found[0].Actor == m.Actor || found[0].Actor.Side != actors.SideSecurity {
		return actors.Mention{}, false
	}
	start := m.Start - len(" and ") - len(word)
	return actors.Mention{Start: start, End: start + len(word), Actor: found[0].Actor}, true
}

// inPower names a group that had taken power in its home country by the
// text's day as the state force it became, as ACLED codes it: "Taliban
// fighters" in an Afghan story of 2023 are Afghanistan's forces, their
// dead security forces, a crowd they disperse a protest met with force.
// The text's day is its publication, else the first date it gives; with
// neither, or in a story placed in another country, the group stays
// itself.
func (d *doc) inPower(ms []actors.Mention) []actors.Mention {
	coded := ms
	for i, m := range ms {
		a := m.Actor
		if a.State == nil {
			continue
		}
		day := d.published
		if day.IsZero() {
			if given := d.datesGiven(); len(given) > 0 {
				day = given[0].Date
			}
		}
		if day.IsZero() || day.Before(a.StateFrom) {
			continue
		}
		if home, ok := d.homePlace(); ok && home.Country != a.Home {
			continue
		}
		if &coded[0] == &ms[0] {
			coded = append([]actors.Mention(nil), ms...)
		}
		coded[i].Actor = a.State
	}
	return coded
}

// placesNamed returns the place names in the text.
func (d *doc) placesNamed() []places.Match {
	if !d.found.placesDone {
		d.found.placesDone = true
		d.found.places = d.x.gaz.FindIn(d.words())
		// In text order, for placesWithin's binary search.
		slices.SortStableFunc(d.found.places, func(a, b places.Match) int { return cmp.Compare(a.Start, b.Start) })
		// The text's home: its first place names say where the story is
		// (and the resolver weighs every pair, so a long text's names are
		// capped).
		home := d.found.places
		if len(home) > 40 {
			home = home[:40]
		}
		if loc, ok := d.x.gaz.ResolveIn(d.placeText, home, "", nil); ok {
			d.found.home, d.found.homeOK = loc, true
		}
	}
	return d.found.places
}

// placesWithin returns the place names that lie wholly within
// text[start:end], found by binary search: a long text names places
// thousands of times, and each of its sentences asks for its own.
func (d *doc) placesWithin(start, end int) []places.Match {
	all := d.placesNamed()
	i, _ := slices.BinarySearchFunc(all, start, func(m places.Match, s int) int { return cmp.Compare(m.Start, s) })
	j := i
	for j < len(all) && all[j].Start < end {
		j++
	}
	in := all[i:j:j]
	past := func(m places.Match) bool { return m.End > end }
	if slices.ContainsFunc(in, past) {
		// A name running past end: copy those within.
		return slices.DeleteFunc(slices.Clone(in), past)
	}
	return in
}

// toldNext returns the sentences that follow an event's first, in its
// paragraph and the next, up to the next event's lead, statistics left
// out: where a report goes on to tell the deed's place and day.
func (d *doc) toldNext(group []int) []int {
	var next []int
	first := group[0]
	for j := first + 1; j < len(d.sents) && d.sents[j].Para <= d.sents[first].Para+1; j++ {
		if d.leads[j] && !slices.Contains(group, j) {
			break
		}
		if !d.claimSent[j] {
			next = append(next, j)
		}
	}
	return next
}

// homePlace returns the place the whole text is about, if any.
func (d *doc) homePlace() (places.Location, bool) {
	d.placesNamed()
	return d.found.home, d.found.homeOK
}

// datesGiven returns the dates the text gives.
func (d *doc) datesGiven() []dates.Mention {
	if !d.found.datesDone {
		d.found.datesDone = true
		d.found.dates = dates.Find(d.text, d.published)
	}
	return d.found.dates
}

// tokenArrays and cutTexts recycle the two largest allocations of an
// extraction, its tokens and its words cut for the dictionaries, between
// extractions: neither outlives the extraction that made it.
var (
	tokenArrays = sync.Pool{New: func() any { return new([]lex.Token) }}
	cutTexts    = sync.Pool{New: func() any { return new(match.Text) }}
)

// hintsIn returns the actor names inside [start, end) as casualty hints.
func (d *doc) hintsIn(start, end int) []casualties.Hint {
	var hs []casualties.Hint
	for k, m := range d.actorsNamed() {
		if m.Start >= start && m.End <= end {
			c := m.Actor.Side
			switch c {
			case actors.SideUnidentified:
				// "gunmen", "assailants": the noun decides (perpetrators
				// or militants).
				c = ""
			case actors.SideProtesters:
				c = casualties.Civilians
			}
			// A group inPower renamed as the state force it became.
			inPower := m.Actor != d.found.groups[k].Actor
			hs = append(hs, casualties.Hint{Start: m.Start, End: m.End, Category: c, InPower: inPower})
		}
	}
	return hs
}
