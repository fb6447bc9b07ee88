package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/equipment"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/numbers"
	"github.com/vigil-osint/vigil/internal/extract/places"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// event builds one event from the sentences of group.
func (x *Extractor) event(d *doc, group []int) (vigil.Event, bool) {
	return x.eventWith(d, group, nil)
}

// classified is what an event's sentences say before the event is built:
// the group's joined tokens, its own sentences (without those recalling
// an earlier incident), its toll and the actors named in it, and the
// classification they give.
type classified struct {
	toks       []lex.Token
	own        []int
	victims    map[string]int
	mentions   []actors.Mention
	input      taxonomy.Input
	class      taxonomy.Class
	cas        vigil.Casualties
	fatal      int
	fatalBound string
	casEv      []evidenceSpan
}

// classify reads the type of the event the sentences of group tell, with
// the triggers drop tells (sentence i, hit h) left out. It is the first
// half of eventWith, apart so that a caller that needs only the type
// (quietLead) does not build the whole event.
func (x *Extractor) classify(d *doc, group []int, drop func(i int, h taxonomy.Hit) bool) (classified, bool) {
	first := d.sents[group[0]]
	var toks []lex.Token
	var hits []taxonomy.Hit
	for _, i := range group {
		toks = append(toks, d.sents[i].Toks...)
	}
	// Hits index into the joined token slice.
	off := 0
	for _, i := range group {
		for _, h := range d.liveHits(i) {
			if drop != nil && drop(i, h) {
				continue
			}
			h.Token += off
			hits = append(hits, h)
		}
		off += len(d.sents[i].Toks)
	}
	// Sentences that recall an earlier incident by its own date give
	// none of this event's toll, date or place.
	own := d.withoutRecalled(group)
	perSentence := d.figuresOf(own)
	// The people the left-out triggers' clause counts are that deed's
	// too: "A prayer leader was shot dead in Orangi Town, while a
	// constable was killed in a separate incident in Lyari" gives the
	// Orangi Town killing one death, not two.
	if drop != nil {
		for k, i := range own {
			var kept []casualties.Figure
			for _, f := range perSentence[k] {
				if !drop(i, taxonomy.Hit{Token: tokenFrom(d.sents[i].Toks, f.Start)}) {
					kept = append(kept, f)
				}
			}
			perSentence[k] = kept
		}
	}
	if d.leadOverIncidents(own[0]) {
		perSentence[0] = d.notToldApart(own[0], group, perSentence[0])
	}
	d.dropToldBefore(own, perSentence)
	d.countIncluded(own, perSentence)
	cas, fatal, fatalBound, casEv := tally(d.beyond(append(perSentence, d.lateTolls(group)...)))
	cas = d.allCivilians(own, cas)
	victims := map[string]int{
		casualties.Security:  cas.SecurityForces.Killed + cas.SecurityForces.Injured + cas.SecurityForces.Abducted,
		casualties.Civilians: cas.Civilians.Killed + cas.Civilians.Injured + cas.Civilians.Abducted,
		casualties.Militants: cas.Militants.Killed + cas.Militants.Injured,
		casualties.Unknown:   cas.Unknown.Killed + cas.Unknown.Injured + cas.Unknown.Abducted,
	}
	var mentions []actors.Mention
	for _, m := range d.actorsNamed() {
		for _, i := range group {
			if m.Start >= d.sents[i].Start && m.End <= d.sents[i].End {
				mentions = append(mentions, m)
			}
		}
	}
	armed, security := false, false
	for _, m := range mentions {
		if m.Actor.Side == actors.SideMilitants || m.Actor.Side == actors.SideSecurity || m.Actor.Side == actors.SideUnidentified {
			armed = true
		}
		if m.Actor.Side == actors.SideSecurity {
			security = true
		}
	}
	// "Eleven militants were killed in an operation": only militants fell,
	// in a security operation, an encounter or a raid. The state forces
	// fought them though the text does not name them.
	if !security && onlyMilitantsHurt(victims) && forcesImplied(d.sents[group[0]].Toks) {
		security, armed = true, true
	}
	input := taxonomy.Input{Toks: toks, Hits: hits, LeadEnd: first.End, Victims: victims, ArmedActors: armed, Security: security, Deaths: max(fatal, 0),
		Places: d.placeTokens(toks, hits)}
	class, ok := taxonomy.Classify(input)
	if !ok {
		return classified{}, false
	}
	// "FC personnel picked up two brothers from their home. Their
	// whereabouts remain unknown.": the men's fate told in the next
	// sentences, which need not join the event, makes the pick-up a
	// forced disappearance.
	if class.SubEventType == taxonomy.Arrests && x.goneAfter(d, group, toks, class.Trigger) {
		class = taxonomy.Class{EventType: taxonomy.VAC, SubEventType: taxonomy.Abduction, Disorder: taxonomy.PoliticalViolence, Trigger: class.Trigger}
	}
	return classified{toks: toks, own: own, victims: victims, mentions: mentions, input: input, class: class,
		cas: cas, fatal: fatal, fatalBound: fatalBound, casEv: casEv}, true
}

// eventWith is event with the triggers drop tells (sentence i, hit h) left
// out of the classification: twoMeans reads each of two deeds a sentence
// tells by its own triggers.
func (x *Extractor) eventWith(d *doc, group []int, drop func(i int, h taxonomy.Hit) bool) (vigil.Event, bool) {
	c, ok := x.classify(d, group, drop)
	if !ok {
		return vigil.Event{}, false
	}
	first := d.sents[group[0]]
	toks, own, victims, mentions, input, class := c.toks, c.own, c.victims, c.mentions, c.input, c.class
	cas, fatal, fatalBound, casEv := c.cas, c.fatal, c.fatalBound, c.casEv
	ev := vigil.Event{
		EventType:         class.EventType,
		SubEventType:      class.SubEventType,
		DisorderType:      class.Disorder,
		Casualties:        cas,
		Weapons:           []string{},
		SourceAttribution: []string{},
		Evidence:          []vigil.Evidence{},
	}
	evid := d.evidenceTo(&ev)
	evid("event_type", class.Trigger.Start, class.Trigger.End)
	evid("sub_event_type", class.Trigger.Start, class.Trigger.End)
	evid("disorder_type", class.Trigger.Start, class.Trigger.End)
	// A peaceful protest kills no one: deaths told with one are those it
	// protests ("staged a sit-in with the bodies of four children killed
	// in a drone strike"), which belong to an incident before it. Were
	// anyone killed at the protest, it would be force used on it or a
	// riot, not a peaceful protest.
	// Likewise a riot told with the killing that caused it after it ("set
	// fire to a Levies post after a youth was killed in firing").
	if (class.SubEventType == taxonomy.PeacefulProtest || class.SubEventType == taxonomy.ViolentDemo && taxonomy.CrowdDeedForCause(input)) && fatal > 0 {
		fatal = 0
		for _, c := range []*vigil.Counts{&ev.Casualties.SecurityForces, &ev.Casualties.Civilians, &ev.Casualties.Militants, &ev.Casualties.Unknown} {
			c.Killed = 0
		}
		kept := casEv[:0]
		for _, e := range casEv {
			if !strings.HasSuffix(e.Field, ".killed") && e.Field != "fatalities" {
				kept = append(kept, e)
			}
		}
		casEv = kept
	}
	for _, e := range casEv {
		evid(e.Field, e.Start, e.End)
	}
	if fatal >= 0 {
		f := fatal
		ev.Fatalities = &f
		if fatalBound != "" && fatalBound != vigil.BoundExact {
			ev.FatalitiesBound = fatalBound
		}
		for _, e := range casEv {
			if len(e.Field) > 7 && e.Field[len(e.Field)-7:] == ".killed" {
				evid("fatalities", e.Start, e.End)
			}
		}
	}

	if !x.dateEvent(d, group, own, &ev, evid) {
		return vigil.Event{}, false
	}
	// Where.
	loc, locOK := x.place(d, own)
	if locOK {
		loc = x.narrowPlace(d, own, loc)
		ev.Country, ev.ISO3, ev.Admin1, ev.Admin2, ev.Admin3 = loc.Country, loc.ISO3, loc.Admin1, loc.Admin2, loc.Admin3
		ev.Location = loc.Name
		lat, lon, gp := loc.Lat, loc.Lon, loc.GeoPrecision
		ev.Latitude, ev.Longitude, ev.GeoPrecision = &lat, &lon, &gp
		if loc.End > loc.Start {
			for _, f := range []string{"location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision"} {
				evid(f, loc.Start, loc.End)
			}
		}
	}
	if !locOK {
		// No place named: the country where the named group operates.
		if c := homeCountry(mentions, d.actorsNamed()); c != "" {
			ev.Country = c
			if p, ok := x.gaz.Country(c); ok {
				ev.ISO3 = p.ISO3
			}
		}
	}
	// Who.
	// The force a sentence cites ("according to police") told of the
	// deed; it is no side of it.
	// (Forces that "said" they arrested someone made the arrests.)
	sides := make([]actors.Mention, 0, len(mentions))
	var cited []actors.Mention
	for _, m := range mentions {
		if class.Disorder != taxonomy.PoliticalViolence || !d.sourceOnly(m, group) {
			sides = append(sides, m)
		} else {
			cited = append(cited, m)
		}
	}
	// A unit that tells of a raid or a fight in which no other force is
	// named fought it: "CTD said five terrorists were killed in an
	// exchange of fire during a raid" is the CTD's raid. (Police or
	// officials at large who say so only report it.)
	if class.EventType == taxonomy.Battles && !slices.ContainsFunc(sides, func(m actors.Mention) bool { return m.Actor.Side == actors.SideSecurity }) {
		for _, m := range cited {
			if m.Actor.Associate != "" && !m.Actor.Generic {
				sides = append(sides, m)
				break
			}
		}
	}
	r := assignRoles(toks, sides, class, victims, ev.Country)
	// A state named bare as the subject of a strike ("Iran carried out
	// missile and drone strikes") is its military: the dictionary cannot
	// hold a country's name as an actor, which it mostly is not.
	if (class.SubEventType == taxonomy.AirDrone || class.SubEventType == taxonomy.Shelling) && (r.actor1 == "" || r.inter1 == 3 && strings.HasPrefix(r.actor1, "Unidentified")) {
		if name, start, end, ok := d.stateStriking(group); ok {
			r.actor1, r.inter1, r.actor1Span = "Military Forces of "+name, 1, [2]int{start, end}
			r.perpetrator = r.actor1
		}
	}
	// A force's unit is no associated actor: ACLED writes it in the
	// force's name (actors.Actor.Named), and vigil reads no other kind.
	ev.Actor1, ev.Actor2 = r.actor1, r.actor2
	ev.Inter1, ev.Inter2 = r.inter1, r.inter2
	ev.Perpetrator, ev.ClaimedBy = r.perpetrator, r.claimedBy
	if r.actor1Span[1] > 0 {
		evid("actor1", r.actor1Span[0], r.actor1Span[1])
		if ev.Perpetrator == ev.Actor1 && ev.Perpetrator != "" {
			evid("perpetrator", r.actor1Span[0], r.actor1Span[1])
		}
	}
	if r.actor2Span[1] > 0 {
		evid("actor2", r.actor2Span[0], r.actor2Span[1])
	}
	if r.claimSpan[1] > 0 {
		evid("claimed_by", r.claimSpan[0], r.claimSpan[1])
	}
	// With what.
	seen := map[string]bool{}
	for _, i := range group {
		for _, w := range equipment.Weapons(d.sents[i].Toks) {
			if !seen[w.Name] {
				seen[w.Name] = true
				ev.Weapons = append(ev.Weapons, w.Name)
				evid("weapons", w.Start, w.End)
			}
		}
	}
	// Says who: sources of the event's sentences and the sentence before
	// each (a quote is often introduced there).
	srcSeen := map[string]bool{}
	for _, i := range group {
		for _, a := range sourcesIn(d.sents[i].Toks) {
			if !srcSeen[a.label] {
				srcSeen[a.label] = true
				ev.SourceAttribution = append(ev.SourceAttribution, a.label)
				evid("source_attribution", a.start, a.end)
			}
		}
	}
	ev.Summary = d.text[first.Start:first.End]
	ev.Confidence = confidence(&ev, d, group)
	return ev, true
}

// evidenceTo returns the function that adds to ev the evidence of a field
// read from d.text[start:end] (none for an empty or impossible span).
func (d *doc) evidenceTo(ev *vigil.Event) func(field string, start, end int) {
	return func(field string, start, end int) {
		if start >= 0 && end <= len(d.text) && start < end {
			ev.Evidence = append(ev.Evidence, vigil.Evidence{Field: field, Start: start, End: end, Quote: d.text[start:end]})
		}
	}
}

// dateEvent dates the event of group (own: its sentences that recall no
// earlier incident): the first date of the event's sentences, else a
// dateline at the very start of the text; a toll revision's lead dated
// as reviseDate says. It reports false for an incident dated long before
// the report, which is no event of it.
func (x *Extractor) dateEvent(d *doc, group, own []int, ev *vigil.Event, evid func(string, int, int)) bool {
	x.date(d, own, ev, evid)
	if group[0] == 0 && d.revision() {
		ev.TollRevision = true
		d.reviseDate(group, ev, evid)
	}
	return !d.longBefore(ev.EventDate)
}

// withoutRecalled returns group without the sentences after its first
// that open by dating what they tell weeks before the event: "In October
// last year, suicide bombers killed more than 70 worshippers in Kunduz",
// "In March, strikes on Khost killed eight people". An article recalls
// earlier attacks beside its news; their tolls, dates and places are not
// the event's. The event's day is its lead's date, else the publication.
// Nor is the toll of a deed claimed weeks after it, the lead included
// ("The CPI-Maoist claimed responsibility for the killing of two villagers
// last week"): the news is the claim.
func (d *doc) withoutRecalled(group []int) []int {
	if len(group) < 2 {
		return group
	}
	ref := d.eventDay(group)
	var own []int
	dropped := false
	for k, i := range group {
		if k > 0 && !ref.IsZero() && d.recalls(i, ref) || pastClaim(d.sents[i].Toks) {
			if !dropped {
				own, dropped = append([]int(nil), group[:k]...), true
			}
			continue
		}
		if dropped {
			own = append(own, i)
		}
	}
	if !dropped || len(own) == 0 {
		return group
	}
	return own
}

// pastClaim reports a sentence that claims responsibility for a deed it
// dates weeks before the news, in the clause of the claim: "claimed
// responsibility for the killing of two villagers at Jaldega last week",
// "owned responsibility for the blast of a month ago".
func pastClaim(toks []lex.Token) bool {
	for k, t := range toks {
		if !t.Is("responsibility") || k == 0 || !toks[k-1].Is("claimed", "owned", "accepted", "claiming", "owning") {
			continue
		}
		for j := k + 1; j+1 < len(toks); j++ {
			if toks[j].Punct && !toks[j].Is("(", ")", "'", "’") {
				break
			}
			if lex.HasAt(toks, j, "last", "week") || lex.HasAt(toks, j, "last", "month") || lex.HasAt(toks, j, "earlier", "this", "month") ||
				toks[j+1].Is("ago") && toks[j].Is("weeks", "months", "fortnight", "week", "month") {
				return true
			}
		}
	}
	return false
}

// sideKind keys casualty counts by side (casualties.Figure's Category)
// and kind.
type sideKind struct{ cat, kind string }

// leadOverIncidents reports whether sentence i gives its figures over
// several incidents: "In two separate incidents in Bijapur District, the
// Maoists killed a villager and injured two SF personnel", "Three persons
// were killed in a series of incidents", "in two incidents of Maoist
// violence". A summary goes on to tell each incident.
func (d *doc) leadOverIncidents(i int) bool {
	toks := d.sents[i].Toks
	if d.leadOfTwoPlaces(i) {
		return true
	}
	// "A polio worker was shot dead in Bajaur, and four militants were
	// killed in Tirah": two deeds, each with its own place.
	if _, _, ok := d.twoDeedLead(i); ok {
		return true
	}
	for k, t := range toks {
		if !t.Is("incidents") {
			continue
		}
		// Back from "incidents" over "two", "separate", "a series of"
		// to "in".
		several := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			w := toks[j]
			if w.Is("in") {
				if several {
					return true
				}
				break
			}
			if w.Is("separate", "different", "series") || numbers.IsWord(w.Lower) && !w.Is("one") || lex.Digits(w.Lower) {
				several = true
				continue
			}
			if !w.Is("a", "of") {
				break
			}
		}
	}
	return false
}

// leadOfTwoPlaces reports whether sentence i tells two deeds in two
// places or on two days, the second set against the first by ", while":
// "Militants abducted an official in Tank district, while a policeman was
// martyred in an attack on a checkpost in neighbouring Karak". Each clause
// has a figure, and a place the other does not name or a day of its own.
func (d *doc) leadOfTwoPlaces(i int) bool {
	s := d.sents[i]
	w := -1
	for k := 1; k+1 < len(s.Toks); k++ {
		if s.Toks[k].Is("while") && s.Toks[k-1].Is(",") {
			w = k
			break
		}
	}
	if w < 0 {
		return false
	}
	mid := s.Toks[w].Start
	before, after := false, false
	for _, f := range d.figs[i] {
		if f.Negated || f.Count <= 0 {
			continue
		}
		before = before || f.End <= mid
		after = after || f.Start > mid
	}
	if !before || !after {
		return false
	}
	names := func(start, end int) map[string]bool {
		out := map[string]bool{}
		for _, m := range d.placesWithin(start, end) {
			if !m.Demonym {
				out[strings.ToLower(m.Text)] = true
			}
		}
		return out
	}
	// "... attacked a checkpost late on Thursday night, while four
	// terrorists were killed in a follow-up operation on Friday": two
	// days are two deeds too.
	var day1, day2 *time.Time
	for k, given := 0, d.datesGiven(); k < len(given); k++ {
		m := &given[k]
		if m.Precision != vigil.TimePrecisionDay || m.Start < s.Start || m.End > s.End {
			continue
		}
		switch {
		case m.End <= mid && day1 == nil:
			day1 = &m.Date
		case m.Start > mid && day2 == nil:
			day2 = &m.Date
		}
	}
	if day1 != nil && day2 != nil && !day1.Equal(*day2) {
		return true
	}
	first, second := names(s.Start, mid), names(mid, s.End)
	if len(first) == 0 || len(second) == 0 {
		return false
	}
	for n := range second {
		if first[n] {
			return false
		}
	}
	return true
}

// notToldApart returns the figures of a lead over several incidents
// (sentence i, the first of group) less what the events told after it
// count: the lead's "killed two persons and injured another in two
// incidents" totals what "In the first incident, ... shot dead a BJP
// worker. In the second, a villager was killed and another injured"
// tells, and the second incident, an event of its own, counts its dead
// and wounded itself. A later event counts for a lead's figure of its
// side, or for one of people or of no side; one told as another matter
// ("Separately, two Maoists were killed") counts for none. What no later
// event counts stays the lead's, and the incidents told in the lead's
// own event are what is left of it.
func (d *doc) notToldApart(i int, group []int, figs []casualties.Figure) []casualties.Figure {
	// The most one sentence of each later event gives, summed over the
	// events (a sentence that opens an event begins the next).
	told := map[sideKind]int{}
	most := map[sideKind]int{}
	flush := func() {
		for k, n := range most {
			told[k] += n
		}
		clear(most)
	}
	later, apart := false, false // past a later event's lead; that event is another matter
	for j := i + 1; j < len(d.sents); j++ {
		in := slices.Contains(group, j)
		if d.leads[j] && !in {
			flush()
			later = true
			toks := d.sents[j].Toks
			apart = len(toks) > 0 && toks[0].Is("separately", "meanwhile", "elsewhere", "similarly")
		}
		if !later || apart || in || d.claimSent[j] {
			continue
		}
		sum := map[sideKind]int{}
		for _, f := range d.figs[j] {
			if !f.Negated && f.Count > 0 {
				sum[sideKind{f.Category, f.Kind}] += f.Count
			}
		}
		for k, n := range sum {
			most[k] = max(most[k], n)
		}
	}
	flush()
	if len(told) == 0 {
		return figs
	}
	take := func(f *casualties.Figure, k sideKind) {
		n := min(told[k], f.Count)
		told[k] -= n
		f.Count -= n
	}
	out := append([]casualties.Figure(nil), figs...)
	// A side's figures take their own side's first; then those of people
	// or of no side take what is left of every side's.
	for k := range out {
		if f := &out[k]; !f.Negated && !f.Generic && f.Category != casualties.Unknown {
			take(f, sideKind{f.Category, f.Kind})
		}
	}
	for k := range out {
		if f := &out[k]; !f.Negated && (f.Generic || f.Category == casualties.Unknown) {
			for _, cat := range []string{casualties.Unknown, casualties.Civilians, casualties.Security, casualties.Militants} {
				take(f, sideKind{cat, f.Kind})
			}
		}
	}
	// "... while two labourers were shot dead in Panjgur ... In Panjgur,
	// armed men opened fire on two labourers, killing both": a later
	// event's dead of no side, left over, are those of a side the lead
	// named.
	for k := range out {
		if f := &out[k]; !f.Negated && !f.Generic && f.Category != casualties.Unknown {
			take(f, sideKind{casualties.Unknown, f.Kind})
		}
	}
	kept := out[:0]
	for _, f := range out {
		if f.Negated || f.Count > 0 {
			kept = append(kept, f)
		}
	}
	return kept
}

// dropToldBefore takes out of an event's figures (perSentence, of the
// sentences own) the people it points back to with a definite count that
// an event before it counted: "Three Maoists were killed in an exchange of
// fire. [A Sub-Inspector was injured in the gunfight, a new event.] The
// bodies of the three were recovered" counts the three once, in the first
// event. A count the event itself gave before stays, as the tally's.
func (d *doc) dropToldBefore(own []int, perSentence [][]casualties.Figure) {
	var before map[sideKind]int // the most one sentence before the event told, found once
	mine := map[string]int{}    // the most one sentence of the event told, by kind
	for si, figs := range perSentence {
		kept := figs[:0:0]
		changed := false
		for _, f := range figs {
			n := d.definiteCount(f)
			if n > 0 && !f.Negated && mine[f.Kind] < n {
				if before == nil {
					before = map[sideKind]int{}
					for j := 0; j < own[0]; j++ {
						if d.claimSent[j] {
							continue
						}
						sum := map[sideKind]int{}
						for _, g := range d.figs[j] {
							if !g.Negated && g.Count > 0 {
								sum[sideKind{g.Category, g.Kind}] += g.Count
								if g.Category != casualties.Unknown {
									sum[sideKind{casualties.Unknown, g.Kind}] += g.Count
								}
							}
						}
						for k, m := range sum {
							before[k] = max(before[k], m)
						}
					}
				}
				if before[sideKind{f.Category, f.Kind}] >= n {
					changed = true
					continue
				}
			}
			kept = append(kept, f)
		}
		if changed {
			perSentence[si] = kept
		}
		sum := map[string]int{}
		for _, f := range perSentence[si] {
			if !f.Negated && f.Count > 0 {
				sum[f.Kind] += f.Count
			}
		}
		for kind, m := range sum {
			mine[kind] = max(mine[kind], m)
		}
	}
}

// definiteCount returns the count of people a figure points back to with
// "the" and a number ("the bodies of the three", "the 11 injured
// jawans"), else 0.
func (d *doc) definiteCount(f casualties.Figure) int {
	if f.Kind != casualties.Killed && f.Kind != casualties.Injured {
		return 0
	}
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	for k := 0; k+1 < len(words); k++ {
		if words[k] == "the" && (lex.Digits(words[k+1]) || numbers.IsWord(words[k+1])) {
			return f.Count
		}
	}
	return 0
}

// longBefore reports whether an event's date lies more than a year before
// the text's publication: an article tells such an incident as its
// background ("The bombing on March 4, 2022, killed 63 worshippers" in a
// report of the trial three years on), not as news. Without a publication
// date nothing is long before.
func (d *doc) longBefore(date *string) bool {
	if date == nil || d.published.IsZero() {
		return false
	}
	day, err := time.Parse("2006-01-02", *date)
	return err == nil && day.Before(d.published.AddDate(-1, 0, 0))
}

// eventDay is the day an event's lead gives, else the publication's, or
// zero.
func (d *doc) eventDay(group []int) time.Time {
	if m := d.dateIn(group[0]); m != nil {
		return m.Date
	}
	return d.published
}

// recalls reports whether sentence i opens by dating what it tells more
// than two weeks before day ref: "In October last year, ...", "Last
// month, ...".
func (d *doc) recalls(i int, ref time.Time) bool {
	m := d.dateIn(i)
	return m != nil && !m.Dateline && m.Start-d.sents[i].Start <= 25 && m.Date.Before(ref.AddDate(0, 0, -14))
}

// placeTokens returns the indexes of toks where a place name begins, for
// the classifier to tell ground taken ("captured Kunduz"); only when a
// hit asks, since the gazetteer's pass costs.
func (d *doc) placeTokens(toks []lex.Token, hits []taxonomy.Hit) []int {
	if !slices.ContainsFunc(hits, func(h taxonomy.Hit) bool {
		return h.Cue == taxonomy.CueCapture || h.Cue == taxonomy.CueRecapture || h.Cue == taxonomy.CueDisrupt
	}) {
		return nil
	}
	var at []int
	k := 0
	for _, m := range d.placesNamed() {
		if m.Demonym {
			continue
		}
		for k < len(toks) && toks[k].Start < m.Start {
			k++
		}
		if k < len(toks) && toks[k].Start == m.Start {
			at = append(at, k)
		}
	}
	return at
}

// lateTolls returns the toll updates told after the event's first
// sentence, up to the next event, in sentences that belong to no event:
// "The death toll rose to 141 a few days later", "Two of the injured
// later died in hospital". Such sentences name no violence, so
// segmenting leaves them out, yet they change this event's toll.
func (d *doc) lateTolls(group []int) [][]casualties.Figure {
	var out [][]casualties.Figure
	ref := d.eventDay(group)
	next := 0 // the group's members come in order
	for j := group[0]; j < len(d.sents) && (j == group[0] || !d.leads[j]); j++ {
		for next < len(group) && group[next] < j {
			next++
		}
		if next < len(group) && group[next] == j || d.claimSent[j] {
			continue
		}
		s := d.sents[j]
		if !casualties.MayUpdate(s.Toks) || !ref.IsZero() && d.recalls(j, ref) {
			continue
		}
		if figs := casualties.Updates(s.Toks, d.hintsIn(s.Start, s.End)); len(figs) > 0 {
			out = append(out, figs)
		}
	}
	return out
}

// beyond marks as told beyond those counted before (casualties.Figure's
// More) the figures a summary adds to a toll it has given: "others" after
// a toll of an earlier sentence ("Bhutto was killed... Twenty-four others
// died"), "other" people named beside a side's dead ("nine Chinese
// nationals, two soldiers and two other locals were killed"), "eight more
// died in hospital", and the dead of a second attack or of another place
// told in the same sentence ("28 died in Tanta, and the second, in
// Alexandria, killed 17"; "in Nairobi 213 died; in Dar es Salaam 11 were
// killed"), and the dead of a reprisal told on a later day. Restating or
// breaking down a toll ("killing five, including two soldiers", "two of
// the jawans died on the spot and two more on the way", "the body of a
// second villager" after two villagers killed, "the bodies of all 22") is
// none of these. It also marks the dead told as dying of the wounds told
// before ("He succumbed to his injuries"). It returns perSentence, copied
// where a figure changes.
func (d *doc) beyond(perSentence [][]casualties.Figure) [][]casualties.Figure {
	told := map[string]bool{} // kinds told in the sentences before
	// The largest number of each kind one sentence before told: the pool
	// a share of it ("two of the jawans") is taken from.
	toldMost := map[string]int{}
	// The same by side: the toll an ordinal person ("a second villager")
	// may be one of.
	toldSide := map[sideKind]int{}
	// Kinds told before as more than those counted ("six more were
	// killed"), and otherwise.
	moreBefore, plainBefore := map[string]bool{}, map[string]bool{}
	toldPeople := 0 // the most wounded "people" (of no side told) one sentence before gave
	for si, figs := range perSentence {
		order := make([]int, len(figs))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(a, b int) bool { return figs[order[a]].Start < figs[order[b]].Start })
		// "The toll rose to 21 as two more died": the toll holds them.
		tolled := map[string]bool{}
		for _, f := range figs {
			if f.Toll && !f.Negated {
				tolled[f.Kind] = true
			}
		}
		// own copies the sentence's figures before the first change.
		copied := false
		own := func() {
			if !copied {
				figs = append([]casualties.Figure(nil), figs...)
				perSentence[si] = figs
				copied = true
			}
		}
		var drop []int // restated totals this event holds no part of
		// The dead this sentence tells of each side.
		killedHere := map[string]int{}
		for _, f := range figs {
			if f.Kind == casualties.Killed && !f.Negated && f.Count > 0 {
				killedHere[f.Category] += f.Count
			}
		}
		// "The JJMP shot dead two Maoists. The next day, the Maoists
		// retaliated by killing a JJMP cadre": a reprisal told on a
		// later day is a deed of its own, and its dead are beyond
		// those told before.
		if told[casualties.Killed] && d.laterReprisal(figs) {
			for k, f := range figs {
				if f.Kind == casualties.Killed && !f.Negated && !f.More && !f.Toll && !f.WereInjured && f.Count > 0 {
					own()
					figs[k].More = true
				}
			}
		}
		for n, k := range order {
			f := figs[k]
			// Only the dead and the wounded: an arrest "with two others"
			// is told with its whole count more often than not.
			if f.Kind != casualties.Killed && f.Kind != casualties.Injured {
				continue
			}
			// "Twenty-three people have been martyred ... The hospital
			// received 18 bodies, while five of the injured died in
			// Peshawar": the toll told before, set out by where its
			// dead lie, not five dead beyond it.
			if f.More && f.WereInjured && told[casualties.Killed] {
				if b := d.bodiesBeside(f); b > 0 && b+f.Count == toldMost[casualties.Killed] {
					own()
					figs[k].More, figs[k].WereInjured = false, false
					continue
				}
			}
			// "... was shot dead along with his nephew. His nephew, Abdul
			// Basit, was also killed": the kinsman told before, told
			// again, not one more.
			if f.More && f.Count == 1 && d.kinToldBefore(f, perSentence[:si]) {
				own()
				figs[k].More = false
				continue
			}
			// "Police killed 16 Maoists on Sunday. On Monday, six more
			// were killed. The bodies of all 22 were recovered": a
			// total restated after those told as more holds them, as a
			// stated toll does; when the event told none of the dead
			// before the more (the 16 are another event's), it is
			// none of this event's toll.
			if moreBefore[f.Kind] && !f.Negated && !f.Toll && d.restatesAll(f) {
				own()
				if plainBefore[f.Kind] {
					figs[k].Toll = true
				} else {
					drop = append(drop, k)
				}
				continue
			}
			// "Five policemen were killed in the ambush. Three of them
			// died on the spot": a share of the dead told before, not
			// of wounded no sentence told.
			if f.More && f.WereInjured && f.Kind == casualties.Killed && d.shareOf(f) && !d.namesWounded(f) &&
				!told[casualties.Injured] && f.Count <= toldMost[casualties.Killed] &&
				!slices.ContainsFunc(figs, func(g casualties.Figure) bool {
					return g.Kind == casualties.Injured && !g.Negated && g.Start < f.Start
				}) {
				own()
				figs[k].More, figs[k].WereInjured = false, false
				f = figs[k]
			}
			// "Two villagers were killed in two days. ... On Monday,
			// the body of a second villager was found": the second of
			// the two, not one beyond them. (After "A villager was
			// shot dead", a second villager is one more.)
			if rank := d.ordinalOf(f); rank > 0 && !f.Negated && !f.Toll && !f.WereInjured &&
				(rank <= toldSide[sideKind{f.Category, f.Kind}] || rank <= toldSide[sideKind{casualties.Unknown, f.Kind}]) {
				if f.More {
					own()
					figs[k].More = false
				}
				continue
			}
			if f.Negated || f.More || f.Toll || f.WereInjured || f.Count <= 0 || tolled[f.Kind] || breaksDown(d.text[f.Start:f.End]) {
				continue
			}
			// "A jawan was injured in the firing. He succumbed to his
			// injuries": the one wounded man of the sentence before
			// died of his wounds, when no one was killed before.
			if si > 0 && !told[casualties.Killed] && d.theWoundedDied(f, perSentence[si-1]) {
				own()
				figs[k].More, figs[k].WereInjured = true, true
				continue
			}
			// "A grenade exploded at a rally, wounding 49 people. Two
			// security guards later died of their injuries": dead of a
			// side beyond those told before, who died of wounds, are
			// of the wounded people told before. (Wounded of a side
			// may leave some out: "25 passengers were injured ... the
			// bus driver succumbed".)
			if f.Kind == casualties.Killed && f.Category != casualties.Unknown && !f.SideBefore && toldPeople >= f.Count &&
				killedHere[f.Category]-toldSide[sideKind{f.Category, casualties.Killed}] >= f.Count && d.diedOfWounds(f) {
				own()
				figs[k].WereInjured = true
				continue
			}
			// The figures of the same kind told before it in the
			// sentence, and where the one just before it ends.
			var first *casualties.Figure
			overall := false
			prevEnd := -1
			for _, j := range order[:n] {
				g := &figs[j]
				if g.Negated {
					continue
				}
				prevEnd = max(prevEnd, g.End)
				if g.Kind == f.Kind {
					if first == nil {
						first = g
					}
					overall = overall || g.Generic || g.Toll || g.Kind == casualties.Killed && g.Category == casualties.Unknown
				}
			}
			add := false
			switch {
			case first == nil:
				// "Twenty-four others died": beyond the toll of a
				// sentence before; "eight more died" likewise.
				// (Only the dead: "Initially, three others were
				// injured" restates the wounded more often than not.)
				add = told[f.Kind] && f.Kind == casualties.Killed && (f.SideBefore && d.saysOther(f) || d.countedAsMore(f))
			case d.shareOf(*first) && first.Count+f.Count <= toldMost[f.Kind]:
				// "Four jawans were killed. Two of the jawans died on
				// the spot and two more succumbed on the way": the
				// share and the more after it break down the toll told
				// before, when they fit in it.
			case prevEnd <= f.Start && !breaksDown(d.text[first.End:f.Start]):
				gap := d.text[prevEnd:f.Start]
				add = !overall && f.SideBefore || d.countedAsMore(f) || secondAttack(gap) || d.otherPlace(first.Start, prevEnd, f.Start)
			}
			if !add {
				continue
			}
			own()
			figs[k].More = true
		}
		if len(drop) > 0 {
			kept := figs[:0]
			for k, f := range figs {
				if !slices.Contains(drop, k) {
					kept = append(kept, f)
				}
			}
			figs = kept
			perSentence[si] = figs
		}
		sum := map[string]int{}
		bySide := map[sideKind]int{}
		for _, f := range figs {
			if !f.Negated && f.Count > 0 && !f.Toll {
				if f.More || d.countedAsMore(f) {
					moreBefore[f.Kind] = true
				} else {
					plainBefore[f.Kind] = true
				}
			}
			if !f.Negated && f.Count > 0 {
				told[f.Kind] = true
				sum[f.Kind] += f.Count
				bySide[sideKind{f.Category, f.Kind}] += f.Count
			}
		}
		for kind, n := range sum {
			toldMost[kind] = max(toldMost[kind], n)
		}
		for sk, n := range bySide {
			toldSide[sk] = max(toldSide[sk], n)
		}
		people := 0
		for _, f := range figs {
			if f.Generic && f.Kind == casualties.Injured && !f.Negated {
				people += f.Count
			}
		}
		toldPeople = max(toldPeople, people)
	}
	return perSentence
}

// laterReprisal reports whether the sentence of figs tells a reprisal on
// a later day: "The next day, the Maoists retaliated by killing a JJMP
// cadre", "Two days later, the cadres killed a villager in retaliation".
// ("The SFs retaliated, killing two Maoists" goes on with the fight.)
func (d *doc) laterReprisal(figs []casualties.Figure) bool {
	if !slices.ContainsFunc(figs, func(f casualties.Figure) bool { return f.Kind == casualties.Killed && !f.Negated }) {
		return false
	}
	for _, s := range d.sents {
		if figs[0].Start < s.Start || figs[0].Start >= s.End {
			continue
		}
		if !slices.ContainsFunc(s.Toks, func(t lex.Token) bool {
			return t.Is("retaliated", "retaliation", "avenge", "avenging", "reprisal")
		}) {
			return false
		}
		return laterTime(s.Toks)
	}
	return false
}

// diedOfWounds reports whether a figure's dead are told as dying of
// wounds: "her husband succumbed", "two guards later died of their
// injuries".
func (d *doc) diedOfWounds(f casualties.Figure) bool {
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "succumbed", "succumbs":
		return true
	case "died", "dies":
		after := strings.Fields(strings.ToLower(d.text[f.End:min(len(d.text), f.End+30)]))
		return len(after) > 2 && (after[0] == "of" || after[0] == "from") && (after[1] == "his" || after[1] == "her" || after[1] == "their") &&
			(strings.HasPrefix(after[2], "injuries") || strings.HasPrefix(after[2], "wounds"))
	}
	return false
}

// theWoundedDied reports whether f tells one person by a pronoun who died
// ("He succumbed to his injuries", "She died in hospital") after a
// sentence whose figures told one person injured: that person.
func (d *doc) theWoundedDied(f casualties.Figure, before []casualties.Figure) bool {
	if f.Kind != casualties.Killed || f.Count != 1 || !f.SideBefore {
		return false
	}
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	if len(words) == 0 || words[0] != "he" && words[0] != "she" {
		return false
	}
	injured := 0
	for _, g := range before {
		if g.Negated {
			continue
		}
		if g.Kind == casualties.Killed {
			return false
		}
		if g.Kind == casualties.Injured {
			injured += g.Count
		}
	}
	return injured == 1
}

// namesWounded reports whether a figure's words name the wounded: "two
// of the injured died".
func (d *doc) namesWounded(f casualties.Figure) bool {
	for _, w := range strings.Fields(strings.ToLower(d.text[f.Start:f.End])) {
		switch w {
		case "injured", "wounded", "hurt", "injured,", "wounded,":
			return true
		}
	}
	return false
}

// shareOf reports whether a figure counts a share of people told before:
// "two of the jawans died", "three of them".
func (d *doc) shareOf(f casualties.Figure) bool {
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	return len(words) > 2 && words[1] == "of" && (words[2] == "the" || words[2] == "them" || words[2] == "those" || words[2] == "these")
}

// countedAsMore reports whether a figure is written as a count followed by
// "more" ("eight more died in hospital") or as one more than those counted
// ("a fifth victim died in hospital", "a third policeman").
func (d *doc) countedAsMore(f casualties.Figure) bool {
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	if len(words) < 3 {
		return false
	}
	// "killed more than 70" is a bound, not 70 more.
	if words[1] == "more" && words[2] != "than" {
		return true
	}
	// "A fifth victim" comes on top; "the fourth was shot dead" is the
	// last of four counted before.
	return words[0] == "a" && ordinals[words[1]]
}

// bodiesBeside returns the count of bodies the sentence of f tells before
// f ("had received 18 bodies, while five of the injured died"), or 0.
func (d *doc) bodiesBeside(f casualties.Figure) int {
	for _, s := range d.sents {
		if f.Start < s.Start || f.Start >= s.End {
			continue
		}
		for k := 1; k < len(s.Toks) && s.Toks[k].Start < f.Start; k++ {
			if !s.Toks[k].Is("bodies") {
				continue
			}
			if q, ok := lex.QuantityAt(s.Toks, k-1); ok && q.Last == k-1 && !q.Vague {
				return int(q.Value)
			}
		}
		return 0
	}
	return 0
}

// kinToldBefore reports whether f, one person, is named by a possessive
// and a noun of kinship or service ("his nephew", "her driver") that a
// figure of an earlier sentence already names with a possessive: the same
// person told again.
func (d *doc) kinToldBefore(f casualties.Figure, before [][]casualties.Figure) bool {
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	if len(words) == 0 {
		return false
	}
	noun := strings.TrimRight(words[0], ",")
	if !kinNouns[noun] {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(d.text[max(0, f.Start-5):f.Start]))
	if !strings.HasSuffix(head, "his") && !strings.HasSuffix(head, "her") {
		return false
	}
	for _, figs := range before {
		for _, g := range figs {
			if g.Kind == f.Kind && !g.Negated {
				told := strings.ToLower(d.text[max(0, g.Start-5):g.End])
				if strings.Contains(told, "his "+noun) || strings.Contains(told, "her "+noun) {
					return true
				}
			}
		}
	}
	return false
}

// kinNouns name one person by kinship or service to another ("his
// nephew", "her driver"): told again with the possessive, the same one.
var kinNouns = map[string]bool{"nephew": true, "niece": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"cousin": true, "father": true, "mother": true, "wife": true, "husband": true, "uncle": true,
	"driver": true, "guard": true, "bodyguard": true, "gunman": true, "companion": true}

// ordinals past the first, as a summary counts victims on: "a fifth
// victim".
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true}

// restatesAll reports whether a figure counts people as all of a number
// ("the bodies of all 22 Maoists", "all the 12 injured"): a total
// restated.
func (d *doc) restatesAll(f casualties.Figure) bool {
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	for k := 0; k+1 < len(words); k++ {
		if words[k] != "all" {
			continue
		}
		w := words[k+1]
		if w == "the" && k+2 < len(words) {
			w = words[k+2]
		}
		return lex.Digits(w) || numbers.IsWord(w)
	}
	return false
}

// ordinalOf returns the rank of one person a figure counts by an ordinal
// ("the body of a second villager": 2, "a third policeman": 3), else 0.
func (d *doc) ordinalOf(f casualties.Figure) int {
	if f.Count != 1 {
		return 0
	}
	words := strings.Fields(strings.ToLower(d.text[f.Start:f.End]))
	for k := 0; k+1 < len(words); k++ {
		if words[k] == "a" && ordinals[words[k+1]] {
			return ordinalRank[words[k+1]]
		}
	}
	return 0
}

// ordinalRank is the number each of ordinals stands for.
var ordinalRank = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// saysOther reports whether a figure's words say "other", "others" or
// "another": "He was found dead" is the gunman, no victim beyond those
// counted.
func (d *doc) saysOther(f casualties.Figure) bool {
	for _, w := range strings.Fields(strings.ToLower(d.text[f.Start:f.End])) {
		if w == "other" || w == "others" || w == "another" {
			return true
		}
	}
	return false
}

// breaksDown reports whether the words between two figures make the second
// a part of the first: "killing five, including two soldiers", "12 people,
// among them", "of whom".
func breaksDown(between string) bool {
	b := strings.ToLower(between)
	for _, w := range []string{"including", "among", "of them", "of whom", "mostly", "most of", "many of", "all of"} {
		if strings.Contains(b, w) {
			return true
		}
	}
	return false
}

// secondAttack reports whether the words before a figure tell of another
// attack than the one counted before: "a second bomber killed 14", "the
// second, hours later, ... killing 17", "another blast".
func secondAttack(between string) bool {
	words := strings.FieldsFunc(strings.ToLower(between), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	for k, w := range words {
		if w != "second" && w != "third" && w != "another" {
			continue
		}
		next := ""
		if k+1 < len(words) {
			next = words[k+1]
		}
		switch next {
		case "day", "days", "time", "times", "week", "month", "year", "floor", "largest", "deadliest", "worst", "phase", "half":
			continue
		}
		// "a second", "the second", "another": the words name a deed, not a rank.
		if w == "another" || k > 0 && (words[k-1] == "a" || words[k-1] == "the") {
			return true
		}
	}
	return false
}

// otherPlace reports whether the words between the previous figure (ending
// at prevEnd) and the next (starting at start) name a place the sentence
// did not name before its first figure of the kind (starting at first):
// "in Nairobi 213 people died ...; in Dar es Salaam 11 were killed".
func (d *doc) otherPlace(first, prevEnd, start int) bool {
	if !strings.ContainsAny(d.text[prevEnd:start], ";") {
		return false
	}
	sentStart := strings.LastIndexAny(d.text[:first], ".!?") + 1
	var before []string
	for _, m := range d.placesNamed() {
		if m.Demonym || m.Start < sentStart || m.End > start {
			continue
		}
		if m.End <= first {
			before = append(before, strings.ToLower(m.Text))
			continue
		}
		if m.Start >= prevEnd && len(before) > 0 && !slices.Contains(before, strings.ToLower(m.Text)) {
			return true
		}
	}
	return false
}

// allCivilians gives the civilians the dead and wounded of no side when
// the event's sentences, or those told right after its first, say they
// all were: "The death toll has risen to five ... He said all the victims
// were civilians".
func (d *doc) allCivilians(own []int, c vigil.Casualties) vigil.Casualties {
	if c.Unknown.Killed+c.Unknown.Injured == 0 {
		return c
	}
	for _, i := range append(slices.Clone(own), d.toldNext(own)...) {
		toks := d.sents[i].Toks
		for k := 3; k < len(toks); k++ {
			if !toks[k].Is("civilians") || !toks[k-1].Is("were") {
				continue
			}
			all, who := false, false
			for j := k - 2; j >= 0 && j >= k-5; j-- {
				all = all || toks[j].Is("all")
				who = who || toks[j].Is("victims", "dead", "killed", "casualties", "wounded", "injured")
			}
			if all && who {
				c.Civilians.Killed += c.Unknown.Killed
				c.Civilians.Injured += c.Unknown.Injured
				c.Unknown.Killed, c.Unknown.Injured = 0, 0
				return c
			}
		}
	}
	return c
}

// homeCountry returns the home country of the first named group of the
// event, else of the text.
func homeCountry(event, all []actors.Mention) string {
	for _, ms := range [][]actors.Mention{event, all} {
		for _, m := range ms {
			if m.Actor.Home != "" {
				return m.Actor.Home
			}
		}
	}
	return ""
}

// evidenceSpan is a field and the span it was read from.
type evidenceSpan struct {
	Field      string
	Start, End int
}

// tally combines the casualty figures of an event's sentences. Within one
// sentence, figures of the same category and kind add up ("two soldiers
// and a policeman"); across sentences the largest wins, because later
// sentences restate the toll ("killing six... the six terrorists were...")
// rather than add to it, unless a figure says it comes on top ("four
// more people were killed"). An overall toll, of "people" or of no side,
// that the sides' figures break down is not added either. fatalities is -1 when
// the text gives no toll at all, 0 for an explicit "no casualties".
func tally(perSentence [][]casualties.Figure) (vigil.Casualties, int, string, []evidenceSpan) {
	type key struct{ cat, kind string }
	// generic keys the tolls of "people" apart from other civilians
	// until the end, where they are settled against the sides' figures.
	const generic = "generic"
	best := map[key]int{}
	bestBound := map[key]string{}
	vague := map[key]bool{}
	var ev []evidenceSpan
	negated := false
	// A vague figure ("the slain militants", "several were hurt") adds
	// nothing when the text gives an exact one of the same kind.
	exactKind := map[string]bool{}
	// A person told only by name adds nothing when a counted phrase of
	// the same kind is given: "A cadre, identified as Somnath, was
	// killed... Somnath was killed in retaliatory action".
	countedKind := map[string]bool{}
	amongInjured := map[string]int{} // the sides' shares of the wounded: see casualties.Figure
	var dissent []casualties.Figure  // second sources' tolls: see casualties.Figure
	var claimed []casualties.Figure  // groups' claimed tolls: see casualties.Figure
	for _, figs := range perSentence {
		for _, f := range figs {
			if f.AmongInjured && !f.Negated {
				amongInjured[f.Category] = max(amongInjured[f.Category], f.Count)
			}
			if !f.Negated && !f.Vague && f.Count > 0 {
				exactKind[f.Kind] = true
				// "Nine others died" counts people beyond the one
				// named, not the named one again.
				if !f.Named && !f.More {
					countedKind[f.Kind] = true
				}
			}
		}
	}
	// Figures told as beyond those counted before ("four more people")
	// are added after the tolls are settled, so that no overall toll
	// absorbs them.
	more := map[key]int{}
	// The largest toll stated after the first of those, per side and
	// kind: "SFs found two more bodies. The toll thus rose to five"
	// counts them.
	moreAt, tollAfter := map[string]int{}, map[key]int{}
	for si, figs := range perSentence {
		for _, f := range figs {
			if f.Negated {
				continue
			}
			if _, seen := moreAt[f.Kind]; f.More && !seen {
				moreAt[f.Kind] = si
			}
			if from, seen := moreAt[f.Kind]; f.Toll && !f.More && seen && si > from {
				k := key{f.Category, f.Kind}
				tollAfter[k] = max(tollAfter[k], f.Count)
			}
		}
	}
	// The wounded who died later: how many, and how many of them the
	// text gives no side ("one of the injured succumbed"), whose side is
	// that of the injured they were.
	diedOfWounds, diedUnsided := 0, 0
	diedSides := map[string]bool{} // the sides the wounded who died are told of
	// The dead of a side told in a sentence that states the toll ("one
	// of the injured jawans died, taking the toll to 26"): fewer than the
	// side's dead told elsewhere, they are dead beyond them, and the
	// toll's dead beyond the sides' figures are theirs.
	type sided struct {
		cat string
		n   int
	}
	var inToll []sided
	// The side of the last figure told, for "others" that open a
	// sentence: "A trooper was killed. Three others were injured."
	lastSide := ""
	lastDeadSide := "" // the side of the last dead told
	// The wounded told in the sentences before, of every side.
	woundedSoFar := func() int {
		n := 0
		for k, v := range best {
			if k.kind == casualties.Injured && k.cat != casualties.Perpetrators {
				n += v
			}
		}
		return n
	}
	for _, figs := range perSentence {
		sum := map[key]int{}
		bound := map[key]string{}
		// "The toll rose to 21 as two more people died": the two are in
		// the 21.
		stated := map[string]bool{}
		for _, f := range figs {
			if f.Toll && !f.Negated {
				stated[f.Kind] = true
			}
		}
		side, deadSide := lastSide, lastDeadSide
		for _, f := range figs {
			if f.Negated {
				negated = true
				continue
			}
			if f.Dissent {
				dissent = append(dissent, f)
				continue
			}
			if f.Claimed {
				claimed = append(claimed, f)
				continue
			}
			if f.OneOfTwo && woundedSoFar() < 2 {
				continue
			}
			if f.SideBefore && f.Category == casualties.Unknown && side != "" {
				f.Category = side
				// "A shopkeeper was shot dead and a soldier injured.
				// ... He was declared brought dead": one man dead with
				// no side of his own is the dead told before, not of
				// the side last told.
				if f.Kind == casualties.Killed && f.Count == 1 && !f.More && deadSide != "" {
					f.Category = deadSide
				}
			}
			if f.Category != casualties.Perpetrators {
				lastSide = f.Category
				if f.Kind == casualties.Killed && f.Category != casualties.Unknown {
					lastDeadSide = f.Category
				}
			}
			diedOf := func() {
				if f.WereInjured {
					diedOfWounds += f.Count
					if f.Category != casualties.Unknown {
						diedSides[f.Category] = true
					}
					if f.Category == casualties.Unknown {
						diedUnsided += f.Count
					}
				}
			}
			if stated[casualties.Killed] && f.Kind == casualties.Killed && !f.Toll &&
				(f.Category == casualties.Security || f.Category == casualties.Civilians || f.Category == casualties.Militants) {
				inToll = append(inToll, sided{f.Category, f.Count})
			}
			if f.More && stated[f.Kind] {
				// The wounded who died leave the injured even when the
				// sentence's toll counts them: "two of the injured
				// later died, raising the death toll to three".
				diedOf()
				continue
			}
			if f.Vague && exactKind[f.Kind] || f.Named && countedKind[f.Kind] {
				continue
			}
			k := key{f.Category, f.Kind}
			if f.Generic {
				k.cat = generic
			}
			diedOf()
			if f.More {
				if k.cat == generic {
					k.cat = casualties.Civilians
				}
				more[k] += f.Count
			} else {
				sum[k] += f.Count
			}
			if f.Bound != lex.BoundExact {
				bound[k] = f.Bound
			}
			if f.Vague {
				vague[k] = true
			}
			field := "casualties." + f.Category + "." + f.Kind
			if f.Category == casualties.Perpetrators {
				field = "fatalities"
				if f.Kind != casualties.Killed {
					continue
				}
			}
			ev = append(ev, evidenceSpan{field, f.Start, f.End})
		}
		for k, n := range sum {
			if n > best[k] {
				best[k] = n
				bestBound[k] = bound[k]
			}
		}
	}
	// A second source's toll lowers the first's, never raises it, as
	// ACLED codes the lower of two sources' counts.
	for _, f := range dissent {
		cat := f.Category
		if f.Generic {
			cat = generic
		}
		k := key{cat, f.Kind}
		var held []key // the sides' tolls of the kind told before
		for _, c := range []string{casualties.Security, casualties.Civilians, casualties.Militants, casualties.Unknown, generic} {
			if hk := (key{c, f.Kind}); best[hk] > 0 && (hk == k || cat == casualties.Unknown || cat == generic) {
				held = append(held, hk)
			}
		}
		switch {
		case len(held) == 0:
			best[k] = max(best[k], f.Count)
		case len(held) == 1 && f.Count < best[held[0]]:
			best[held[0]] = f.Count
		default:
			continue
		}
		ev = append(ev, evidenceSpan{"casualties." + f.Category + "." + f.Kind, f.Start, f.End})
	}
	// A claimed toll counts only where no one else counts that side's
	// dead or wounded (any side's, for a toll of no side): "Four members
	// of the Sibi Scouts were killed ... BLA claimed that 11 Pakistan
	// soldiers were killed" is four dead, while "Two CRPF personnel were
	// killed ... Police sources claimed that over a dozen Maoists were
	// killed" counts the Maoists.
	counted := map[key]bool{}
	for k, n := range best {
		if n > 0 && k.cat != casualties.Perpetrators {
			counted[k] = true
			counted[key{casualties.Unknown, k.kind}] = true
		}
	}
	for _, f := range claimed {
		// "The AFF said its fighters attacked a checkpoint, killing
		// four. A Taliban official confirmed the attack but said that
		// only one guard had been wounded": a second source's account
		// set against the claim stands in its place, as within one
		// sentence (casualties' dropRivalClaims).
		if len(dissent) > 0 {
			break
		}
		// ("The CRPF claimed that a number of Maoists were also killed,
		// but no bodies were found": a vague claim beside exact tolls
		// adds nothing, as a vague toll does.)
		if f.Vague && exactKind[f.Kind] || f.Named && countedKind[f.Kind] {
			continue
		}
		k := key{f.Category, f.Kind}
		if f.Generic {
			k.cat = casualties.Unknown
		}
		if counted[k] {
			continue
		}
		if f.Generic {
			k.cat = generic
		}
		best[k] = max(best[k], f.Count)
		ev = append(ev, evidenceSpan{"casualties." + f.Category + "." + f.Kind, f.Start, f.End})
	}
	// A toll of "people" the sides' figures of other sentences break
	// down is not extra: "At least 30 people were killed... gunmen killed
	// 10 soldiers and 20 civilians". What it says beyond the sides is
	// civilians; alone it is civilians. Smaller than the sides' figures
	// it cannot be their total, and counts as civilians ("Ten soldiers
	// were killed. Three people died in hospital.").
	for _, kind := range []string{casualties.Killed, casualties.Injured, casualties.Abducted, casualties.Arrested} {
		g := key{generic, kind}
		n := best[g]
		delete(best, g)
		if n == 0 {
			continue
		}
		civ := key{casualties.Civilians, kind}
		if b := bestBound[g]; b != "" {
			bestBound[civ] = b
		}
		if vague[g] {
			vague[civ] = true
		}
		known := 0
		for _, c := range []string{casualties.Security, casualties.Civilians, casualties.Militants} {
			known += best[key{c, kind}]
		}
		if known <= n {
			best[civ] += n - known
		} else if n > best[civ] {
			best[civ] = n
		}
	}
	// An "unknown" toll that restates a categorised one is not extra:
	// "two soldiers were killed... the attack killed two". The attackers'
	// deaths are no part of it: "killing 25, ... all four attackers were
	// killed" is 29 dead.
	for _, kind := range []string{casualties.Killed, casualties.Injured, casualties.Abducted, casualties.Arrested} {
		u := key{casualties.Unknown, kind}
		if best[u] == 0 {
			continue
		}
		known := 0
		for _, c := range []string{casualties.Security, casualties.Civilians, casualties.Militants} {
			known += best[key{c, kind}]
		}
		if known > 0 {
			if best[u] <= known {
				delete(best, u)
			} else {
				best[u] -= known
			}
		}
	}
	// "22 others were injured ... two FC personnel were among the
	// injured": the side's wounded are of the 22, taken from the wounded
	// of no side (or the civilians a toll of people gave) that hold them.
	for cat, n := range amongInjured {
		for _, pool := range []string{casualties.Unknown, casualties.Civilians} {
			if k := (key{pool, casualties.Injured}); pool != cat && best[k] >= n {
				best[k] -= n
				break
			}
		}
	}
	for k, n := range more {
		best[k] += n
	}
	// A toll stated after them holds those told as more: what is counted
	// beyond it, up to the more, is counted twice. A side's toll ("the
	// number of Maoists killed rose to 28") holds that side's; a toll of
	// no side holds every side's, the unknown taken off first.
	for tk, toll := range tollAfter {
		cats := []string{tk.cat}
		if tk.cat == casualties.Unknown {
			cats = []string{casualties.Unknown, casualties.Civilians, casualties.Security, casualties.Militants}
		}
		added, total := 0, 0
		for k, n := range more {
			if k.kind == tk.kind && slices.Contains(cats, k.cat) {
				added += n
			}
		}
		for _, cat := range cats {
			total += best[key{cat, tk.kind}]
		}
		excess := min(total-toll, added)
		for _, cat := range cats {
			k := key{cat, tk.kind}
			n := min(max(excess, 0), best[k])
			best[k] -= n
			excess -= n
		}
	}
	// "Three were injured... one of the injured later died": the dead
	// leave the injured, taken from the first side that has as many, and
	// those told without a side are of that side: "two Levies personnel
	// were killed and four injured; one of the injured succumbed,
	// bringing the number of dead to three" is three Levies dead.
	// ("Two more injured policemen succumbed ... injuring six others,
	// including two passers-by": the wounded of the dead's own side
	// first.)
	order := []string{casualties.Unknown, casualties.Civilians, casualties.Security, casualties.Militants}
	if len(diedSides) == 1 {
		for c := range diedSides {
			order = append([]string{c}, order...)
		}
	}
	for _, cat := range order {
		if k := (key{cat, casualties.Injured}); diedOfWounds > 0 && best[k] >= diedOfWounds {
			best[k] -= diedOfWounds
			u := key{casualties.Unknown, casualties.Killed}
			if n := min(diedUnsided, best[u]); cat != casualties.Unknown && n > 0 {
				best[u] -= n
				best[key{cat, casualties.Killed}] += n
			}
			break
		}
	}
	for _, t := range inToll {
		k, u := key{t.cat, casualties.Killed}, key{casualties.Unknown, casualties.Killed}
		if n := min(t.n, best[u]); t.n < best[k] && n > 0 {
			best[u] -= n
			best[k] += n
		}
	}
	var c vigil.Casualties
	set := func(cnt *vigil.Counts, cat string) {
		cnt.Killed = best[key{cat, casualties.Killed}]
		cnt.Injured = best[key{cat, casualties.Injured}]
		cnt.Abducted = best[key{cat, casualties.Abducted}]
		cnt.Arrested = best[key{cat, casualties.Arrested}]
	}
	set(&c.SecurityForces, casualties.Security)
	set(&c.Civilians, casualties.Civilians)
	set(&c.Militants, casualties.Militants)
	set(&c.Unknown, casualties.Unknown)
	// Attackers killed in their own attack count among the fatalities
	// (ACLED's total) but in no victim category. Militants' dead told
	// too are those attackers told again ("repulsed the attack, killing
	// all eight attackers ... all eight terrorists were killed"): only
	// attackers beyond them add.
	fatal := c.Killed() + max(0, best[key{casualties.Perpetrators, casualties.Killed}]-c.Militants.Killed)
	// The bound of the largest qualified death toll qualifies the total
	// (ties go to the first side in this fixed order). Reading it off the
	// map in its random order made the same text give "approx" on one run
	// and "lower" on the next.
	bound, boundN := "", 0
	for _, cat := range []string{casualties.Security, casualties.Civilians, casualties.Militants, casualties.Unknown, casualties.Perpetrators} {
		k := key{cat, casualties.Killed}
		if b := bestBound[k]; b != "" && best[k] > boundN {
			bound, boundN = b, best[k]
		}
	}
	for k := range vague {
		if k.kind == casualties.Killed && best[k] > 0 {
			bound = lex.BoundApprox
		}
	}
	if fatal == 0 && !negated {
		anyFig := false
		for _, n := range best {
			if n > 0 {
				anyFig = true
			}
		}
		if !anyFig {
			// Nothing said about casualties: ACLED codes 0.
			fatal = 0
		}
	}
	sort.SliceStable(ev, func(i, j int) bool { return ev[i].Start < ev[j].Start })
	return c, fatal, bound, ev
}

// confidence is a documented heuristic in [0, 1]: 0.4 for an event
// classified from trigger words, plus 0.15 each for a date and a place
// from the text, 0.1 for a named (not generic) actor, 0.1 for casualty
// figures, 0.1 for a named source; minus 0.2 when the text hedges
// ("allegedly", "reportedly").
func confidence(ev *vigil.Event, d *doc, group []int) float64 {
	c := 0.4
	if ev.EventDate != nil {
		c += 0.15
	}
	if ev.GeoPrecision != nil {
		c += 0.15
	}
	if ev.Actor1 != "" && !isGenericName(ev.Actor1) {
		c += 0.1
	}
	if ev.Fatalities != nil && (*ev.Fatalities > 0 || ev.Casualties.Injured() > 0) {
		c += 0.1
	}
	if len(ev.SourceAttribution) > 0 {
		c += 0.1
	}
	for _, i := range group {
		if hedged(d.sents[i].Toks) {
			c -= 0.2
			break
		}
	}
	if c < 0.05 {
		c = 0.05
	}
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

func isGenericName(n string) bool {
	return len(n) > 12 && (n[:12] == "Unidentified" || n[:9] == "Civilians")
}

// place resolves the event's location: the places named in its sentences,
// else those of the first sentence's paragraph, else the text's home. A
// lead that names a place only as a victim's home ("a resident of
// District Kohat") gives way to a place the paragraph names as one.
func (x *Extractor) place(d *doc, group []int) (places.Location, bool) {
	regions := groundOf(d, group)
	home, homeOK := x.homeWith(d, regions)
	hint := ""
	if homeOK {
		hint = home.ISO3
	}
	// The places of the event's first sentences: the lead names where it
	// happened, and a long report's later names are often elsewhere.
	lead := group
	if len(lead) > 3 {
		lead = lead[:3]
	}
	var ms []places.Match
	for _, m := range d.placesNamed() {
		for _, i := range lead {
			if m.Start >= d.sents[i].Start && m.End <= d.sents[i].End {
				ms = append(ms, m)
				break
			}
		}
	}
	ms = d.onScene(ms)
	// A demonym alone ("the son of the former German president") says
	// whose, not where: a place of that country named in the paragraph
	// or the text says where better.
	var demonym, home2 places.Location
	if len(ms) > 0 {
		loc, ok := x.gaz.ResolveIn(d.placeText, ms, hint, regions)
		switch {
		case ok && !loc.Demonym && !onlyHomes(ms):
			return loc, true
		case ok && !loc.Demonym:
			// Only where a victim lived ("a resident of District
			// Kohat"): the paragraph may say where it happened.
			home2 = loc
		case ok:
			demonym = loc
		}
	}
	better := func(loc places.Location) bool {
		return demonym.ISO3 == "" || !loc.Demonym && loc.ISO3 == demonym.ISO3
	}
	// The first sentence's paragraph, without its claim sentences.
	first := group[0]
	pStart, pEnd := first, first
	for pStart > 0 && d.sents[pStart-1].Para == d.sents[first].Para {
		pStart--
	}
	for pEnd+1 < len(d.sents) && d.sents[pEnd+1].Para == d.sents[first].Para {
		pEnd++
	}
	ms = ms[:0]
	for _, m := range d.placesNamed() {
		if m.Start < d.sents[pStart].Start || m.End > d.sents[pEnd].End {
			continue
		}
		for i := pStart; i <= pEnd; i++ {
			if s := d.sents[i]; m.Start >= s.Start && m.End <= s.End && !d.claimSent[i] {
				ms = append(ms, m)
				break
			}
		}
	}
	if len(ms) > 0 && home2.ISO3 != "" {
		// A place the paragraph names as a place, not as someone's home.
		var plain []places.Match
		for _, m := range d.onScene(ms) {
			if !m.Landmark && !m.Demonym {
				plain = append(plain, m)
			}
		}
		if len(plain) > 0 {
			if loc, ok := x.gaz.ResolveIn(d.placeText, plain, hint, regions); ok {
				return loc, true
			}
		}
		return home2, true
	}
	if len(ms) > 0 {
		if loc, ok := x.gaz.ResolveIn(d.placeText, ms, hint, regions); ok && better(loc) {
			return loc, true
		}
	}
	if homeOK && better(home) {
		return home, true
	}
	if demonym.ISO3 != "" {
		return demonym, true
	}
	if !homeOK {
		// No place named: the province where the event's groups fight,
		// when they fight in one.
		if loc, ok := x.gaz.GroundProvince(regions); ok {
			return loc, true
		}
	}
	return home, homeOK
}

// narrowPlace narrows a place the event's lead gives only broadly: a
// country ("struck a bank in southern Afghanistan"), the dateline's town,
// where the report was filed ("PESHAWAR, Pakistan (AP) —"), or a province
// without its district ("on Afghanistan's eastern province of Paktika").
// An article says where in the sentences after its lead: "The attack
// happened in Kandahar city", "The strikes hit several villages in Barmal
// district". The first place of those sentences, up to the next event's
// lead and within the paragraph after the lead's, narrows the lead's when
// it lies inside it: in the same country, or in the same province.
func (x *Extractor) narrowPlace(d *doc, group []int, loc places.Location) places.Location {
	filed := false
	for _, m := range d.placesWithin(loc.Start, loc.End) {
		if m.Start == loc.Start && m.End == loc.End && places.Dateline(d.text, m) {
			filed = true
		}
	}
	if !filed && loc.Admin2 != "" || loc.ISO3 == "" {
		return loc
	}
	var regions []places.Region
	for _, j := range d.toldNext(group) {
		var ms []places.Match
		for _, m := range d.placesWithin(d.sents[j].Start, d.sents[j].End) {
			if !m.Demonym && !m.Landmark {
				ms = append(ms, m)
			}
		}
		if ms = d.scene(ms); len(ms) == 0 {
			continue
		}
		if regions == nil {
			regions = groundOf(d, group)
		}
		got, ok := x.gaz.ResolveIn(d.placeText, ms, loc.ISO3, regions)
		if !ok || got.ISO3 != loc.ISO3 || got.Admin1 == "" || got.Demonym {
			continue
		}
		switch {
		case filed && got.Name != loc.Name && (got.Admin2 != "" || loc.Admin2 == ""):
			// ("GWADAR: ... It was the second attack in Balochistan
			// this month": a province is no narrower than the dateline's
			// town.)
			return got
		case loc.Admin1 == "":
			return got
		case got.Admin1 == loc.Admin1 && got.Admin2 != "":
			return got
		}
	}
	return loc
}

// onlyHomes reports whether every place of ms is named as a landmark or
// as where someone lives or comes from ("a resident of Turbat"), none as
// a place of its own.
func onlyHomes(ms []places.Match) bool {
	for _, m := range ms {
		if !m.Landmark || m.Demonym {
			return false
		}
	}
	return true
}

// groundOf returns the regions where the armed groups named in the
// event's sentences operate, else those of the groups the text names. A
// group known only by its country (the Taliban, a state's forces) grounds
// that whole country, unless another group names its provinces there: "the
// Taliban seized Faizabad" is Badakhshan's town, not Uttar Pradesh's, while
// the BLA keeps a police raid's ground to Balochistan.
func groundOf(d *doc, group []int) []places.Region {
	var event, all ground
	seen := map[*actors.Actor]bool{}
	seenEvent := map[*actors.Actor]bool{}
	for _, m := range d.actorsNamed() {
		a := m.Actor
		if len(a.Regions) == 0 && a.Home == "" || seen[a] && seenEvent[a] {
			continue
		}
		inEvent := false
		for _, i := range group {
			if m.Start >= d.sents[i].Start && m.End <= d.sents[i].End {
				inEvent = true
				break
			}
		}
		// A group is named many times in a report: its regions count once.
		if !seen[a] {
			all.add(a)
		}
		if inEvent && !seenEvent[a] {
			event.add(a)
		}
		seen[a] = true
		seenEvent[a] = seenEvent[a] || inEvent
	}
	if len(event.regions) > 0 || len(event.homes) > 0 {
		return event.list()
	}
	return all.list()
}

// ground gathers the regions of a text's groups and the countries of the
// groups the dictionary knows only by country.
type ground struct {
	regions []places.Region
	homes   []string
}

func (g *ground) add(a *actors.Actor) {
	if len(a.Regions) == 0 {
		g.homes = append(g.homes, a.Home)
		return
	}
	for _, r := range a.Regions {
		g.regions = append(g.regions, places.Region{Country: r.Country, Admin1: r.Admin1, Admin2: r.Admin2})
	}
}

// list returns the regions, with each home country no region lies in as a
// region of its own.
func (g *ground) list() []places.Region {
	out := g.regions
	for _, c := range g.homes {
		covered := false
		for _, r := range out {
			if r.Country == c {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, places.Region{Country: c})
		}
	}
	return out
}

// homeWith returns the story's home as the regions of its armed groups
// decide it: the text's first names resolved again, so that a namesake of
// the story's place abroad ("Nagar" in a report from Odisha) or a bare
// village name the gazetteer gives to a town far from the groups' ground
// does not set the story's country or place. When no name is left, the
// home is the groups' province, or their country alone: right, if less
// precise, rather than a wrong town.
func (x *Extractor) homeWith(d *doc, regions []places.Region) (places.Location, bool) {
	home, homeOK := d.homePlace()
	ms := d.placesNamed()
	if len(regions) == 0 || len(ms) == 0 {
		return home, homeOK
	}
	if len(ms) > 40 {
		ms = ms[:40]
	}
	if loc, ok := x.gaz.ResolveIn(d.placeText, ms, "", regions); ok {
		return loc, true
	}
	if !homeOK {
		return home, false
	}
	if loc, ok := x.gaz.GroundProvince(regions); ok && loc.ISO3 == home.ISO3 {
		return loc, true
	}
	for _, r := range regions {
		if c, ok := x.gaz.Country(r.Country); ok && c.ISO3 == home.ISO3 {
			return places.Location{Country: c.Country, ISO3: c.ISO3, Lat: c.Lat, Lon: c.Lon, GeoPrecision: 3}, true
		}
	}
	return home, true
}

// offScene are the words that name a place where the incident was not:
// where the dead and wounded were taken ("died in hospital in Peshawar",
// "shifted to CMH Quetta") or where travellers were going ("the Jaffar
// Express to Peshawar", "a bus bound for Gilgit").
var offScene = []string{"died", "succumbed", "treated", "admitted", "taken to", "shifted to", "rushed to", "referred to",
	"airlifted", "moved to", "transported", "brought to", "evacuated to",
	"express to", "bound for", "en route to", "on its way to", "on their way to", "travelling to", "traveling to",
	"heading to", "headed to", "destined for", "going to",
	// Where the victims came from: "two labourers, both from Bihar's
	// Araria district", "hailing from Uttar Pradesh", "a native of Kohat".
	"both from", "all from", "hailing from", "hails from", "native of", "natives of"}

// bearings, before "of" or "from", make the place after them a point of
// reference: "about 70 km southeast of the provincial capital Quetta".
var bearings = []string{"north of", "south of", "east of", "west of", "km from", "kilometres from", "kilometers from", "miles from"}

// refPoint reports whether before, the words just before a place, end with
// a bearing and at most a few words ("the provincial capital") after it.
func refPoint(before string) bool {
	for _, b := range bearings {
		if i := strings.LastIndex(before, b); i >= 0 && len(before)-(i+len(b)) <= 26 && !strings.ContainsAny(before[i:], ",;") {
			return true
		}
	}
	return false
}

// launchedFrom, just before a place, name whence a rocket was fired: "a
// rocket fired from Gaza hit a house in Ashkelon" struck where it landed.
var launchedFrom = []string{"fired from", "launched from", "fired from the", "launched from the"}

// onScene drops the places named as where victims were treated or
// travellers were going, when another place remains: the incident
// happened elsewhere.
func (d *doc) onScene(ms []places.Match) []places.Match {
	if kept := d.scene(ms); len(kept) > 0 {
		return kept
	}
	return ms
}

// scene returns the places of ms not named as where victims were treated
// or travellers were going.
func (d *doc) scene(ms []places.Match) []places.Match {
	var kept []places.Match
	for _, m := range ms {
		before := strings.ToLower(d.text[max(0, m.Start-45):m.Start])
		if i := strings.LastIndexAny(before, ".;"); i >= 0 {
			before = before[i+1:]
		}
		off := false
		for _, v := range offScene {
			if strings.Contains(before, v) {
				off = true
				break
			}
		}
		for _, v := range launchedFrom {
			if strings.HasSuffix(strings.TrimRight(before, " "), v) {
				off = true
			}
		}
		if refPoint(before) {
			off = true
		}
		if !off {
			kept = append(kept, m)
		}
	}
	return kept
}

// strikeVerbs follow a state named as the one that struck.
var strikeVerbs = []string{"carried", "launched", "conducted", "struck", "fired", "shelled", "bombed", "pounded", "targeted"}

// stateStriking returns the country a sentence of group names, bare, as
// the subject of a strike verb ("Iran carried out strikes", "Pakistan
// launched air strikes"), with the span of its name.
func (d *doc) stateStriking(group []int) (string, int, int, bool) {
	for _, i := range group {
		s := d.sents[i]
		for _, m := range d.placesWithin(s.Start, s.End) {
			country := ""
			for _, p := range m.Places {
				if p.Kind == "country" {
					country = p.Name
				}
			}
			if country == "" || m.Demonym {
				continue
			}
			rest := strings.Fields(d.text[m.End:min(len(d.text), m.End+20)])
			if len(rest) > 0 && slices.Contains(strikeVerbs, strings.ToLower(rest[0])) {
				return country, m.Start, m.End, true
			}
		}
	}
	return "", 0, 0, false
}

// onlyMilitantsHurt reports whether militants, and nobody else, were
// killed or hurt.
func onlyMilitantsHurt(victims map[string]int) bool {
	return victims[casualties.Militants] > 0 && victims[casualties.Security] == 0 &&
		victims[casualties.Civilians] == 0 && victims[casualties.Unknown] == 0
}

// forcesImplied reports whether a sentence names the kind of fight only
// state forces wage on militants: an operation, an encounter, a raid, a
// crackdown, a cordon and search.
func forcesImplied(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("operation", "operations", "encounter", "raid", "raids", "crackdown", "cordon", "offensive") {
			return true
		}
	}
	return false
}

// twoMeans returns the two deeds one sentence of the group tells by
// different means: a blast and then gunfire ("hurled a grenade and then
// opened fire on the patrol", "first detonated an explosive device at the
// gate and then fired on the personnel", "a suicide bomber rammed the
// gate, after which gunmen fought the guards"), gunfire and then a blast,
// rockets and then a gunfight, or two such verbs joined by "and" ("hurled
// hand grenades and opened fire"). SATP's coders label such a story with
// both attack types, and ACLED's sub-types tell the means, so each deed is
// an event, classified on its own triggers. ev is the group's event,
// classified on all of them; it must be one of the two deeds (an arrest of
// men who did both is neither). Deeds in turn come in the text's order,
// the first keeping the toll, which the text gives the attack as a whole.
// Two means joined in one act are the one attack ACLED codes as ev ("BLA
// militants lobbed grenades and fired at a military post" is an armed
// clash), so ev comes first with the toll and the other means beside it;
// so does a suicide bombing, which ACLED codes whatever the bombers did
// before ("opened fire and then blew themselves up"), and an armed clash
// after rockets or shells ("fired rockets at the post and then attacked
// it"). A bomber told after
// other men's gunfire ("gunmen fired on the van and a suicide bomber then
// blew himself up") did a deed of his own: the two come in the text's
// order, the bombing still with the toll.
// The other event counts no one, so that no one is counted twice.
func (x *Extractor) twoMeans(d *doc, group []int, ev vigil.Event) (first, second vigil.Event, ok bool) {
	kindBefore, kindAfter, joined, bomberAfter, ok := d.meansInTurn(group)
	if !ok {
		return first, second, false
	}
	mainKind := subEventKind(ev.SubEventType)
	if mainKind != kindBefore && mainKind != kindAfter {
		return first, second, false
	}
	// A fight after rockets or shells is the armed clash ACLED codes, the
	// shelling its prelude ("fired mortars at the post and then exchanged
	// fire with the personnel").
	fightAfterShells := kindBefore == 4 && kindAfter == 2 && mainKind == 2
	if joined || fightAfterShells || ev.SubEventType == taxonomy.SuicideBomb {
		other := kindBefore
		if mainKind == kindBefore {
			other = kindAfter
		}
		beside, ok := x.eventWith(d, group, func(_ int, h taxonomy.Hit) bool { return deedKind(h.Cue) == mainKind })
		if !ok || subEventKind(beside.SubEventType) != other {
			return first, second, false
		}
		if bomberAfter && !joined && mainKind == kindAfter {
			return withoutToll(beside), ev, true
		}
		return ev, withoutToll(beside), true
	}
	first, ok1 := x.eventWith(d, group, func(i int, h taxonomy.Hit) bool { return meansKind(d.sents[i].Toks, h) == kindAfter })
	second, ok2 := x.eventWith(d, group, func(i int, h taxonomy.Hit) bool { return meansKind(d.sents[i].Toks, h) == kindBefore })
	if !ok1 || !ok2 || subEventKind(first.SubEventType) != kindBefore || subEventKind(second.SubEventType) != kindAfter {
		return first, second, false
	}
	return first, withoutToll(second), true
}

// meansInTurn reports a sentence of the group that tells a deed of one
// kind (deedKind: a blast, gunfire, shelling) and then a deed of another
// of those kinds: after a word of sequence ("then", "thereafter",
// "subsequently", "after which") within a few words ("hurled a grenade and
// then opened fire", "a grenade attack ...; the militants then opened
// fire"), or as the verb joined to the first by "and"
// ("hurled hand grenades and opened fire", "fired at the house and also
// lobbed a grenade"). It returns the two kinds, whether they were
// joined by "and" and whether a bomber is named between the two triggers
// (the second deed a bomber's own: "and a suicide bomber then blew
// himself up"). Gunfire returned is no deed of its own: "the police
// then fired back" goes on with the attack it answers, and means joined in
// a sentence that tells fire returned ("the army opened fire and fired
// mortars in retaliation", "triggered an IED and opened fire on a patrol,
// and the troops retaliated") are one side of one fight; nor is a deed of
// another subject ("a bomb went off and police opened fire") joined so.
// (Shots told in a later sentence, "The rebels then fired on the
// survivors", go on with the ambush the blast began.)
func (d *doc) meansInTurn(group []int) (before, after uint32, joined, bomberAfter, ok bool) {
	const means = 1 | 2 | 4 // blast, gunfire, shelling
	for _, i := range group {
		toks := d.sents[i].Toks
		hits := d.liveHits(i)
		// Fire returned anywhere in the sentence makes means joined by
		// "and" one side of a fight (or the fire returned itself).
		answered := slices.ContainsFunc(hits, func(h taxonomy.Hit) bool { return h.Cue == taxonomy.CueRetaliation })
		firstKind, first, seq, reach := uint32(0), 0, -1, 0
		for _, h := range hits {
			k := deedKind(h.Cue)
			if k == 0 && firstKind != 0 && seq >= 0 && !toks[seq].Is("and") {
				k = meansKind(toks, h)
			}
			if h.Item || k&means == 0 || operationWord(toks[h.Token]) || h.Cue == taxonomy.CueFiring && firedShells(hits, h) {
				continue // the verb of rockets fired is the shelling's
			}
			if firstKind == 0 {
				firstKind, first = k, h.Token
				seq, reach = sequenceAfter(toks, h.Token)
				continue
			}
			joined := seq >= 0 && toks[seq].Is("and")
			if k != firstKind && seq >= 0 && h.Token > seq && h.Token-seq <= reach && h.Cue != taxonomy.CueRetaliation && !(joined && answered) {
				bomber := slices.ContainsFunc(toks[first+1:h.Token], func(t lex.Token) bool { return t.Is("bomber", "bombers") })
				return firstKind, k, joined, bomber, true
			}
		}
	}
	return 0, 0, false, false, false
}

// meansKind returns the deedKind of hit h of a sentence, and gunfire (2)
// for an assault on armed men or their post ("attacked an FC picket",
// "stormed the camp"): the attackers fight the guards, a deed of gunfire
// when a word of sequence puts it after rockets or a blast ("fired rockets
// at the post and then attacked it", the assault named with no means).
func meansKind(toks []lex.Token, h taxonomy.Hit) uint32 {
	if k := deedKind(h.Cue); k != 0 || h.Cue != taxonomy.CueAttack || !toks[h.Token].Is("attacked", "stormed", "raided", "assaulted") {
		return k
	}
	for j := h.Token + 1; j < len(toks) && j <= h.Token+4 && !toks[j].Punct; j++ {
		if toks[j].Is("post", "posts", "picket", "pickets", "checkpost", "checkpoint", "outpost", "camp", "convoy", "patrol", "troops", "soldiers", "policemen", "personnel", "guards") {
			return 2
		}
	}
	return 0
}

// sequenceAfter returns the token of the first word that puts a second
// deed after the trigger at k, and how many words after it the second
// deed's trigger may stand; -1 for none. A word of sequence ("then",
// "thereafter", "subsequently", "after which") reaches ten words, over a
// semicolon too; "and" (or "and also") just before a verb of the same
// subject reaches four ("and opened fire", "and hurled a grenade"), in
// the clause.
func sequenceAfter(toks []lex.Token, k int) (int, int) {
	clause := true
	for j := k + 1; j < len(toks); j++ {
		switch {
		case toks[j].Text == ";":
			clause = false
		case toks[j].Is("then", "thereafter", "subsequently"), lex.HasAt(toks, j, "after", "which"):
			return j, 10
		case clause && toks[j].Is("and"):
			v := j + 1
			if v < len(toks) && toks[v].Is("also") {
				v++
			}
			if v < len(toks) && meansVerb(toks, v) {
				return j, 4
			}
		}
	}
	return -1, 0
}

// meansVerb reports a verb in the past at v that opens a deed of attack
// by the subject of the verb before it: "opened (fire)", "fired",
// "hurled", "lobbed", "threw", "sprayed", and "exploded", "detonated" or
// "triggered" with an object ("and exploded a bomb"); "rockets landed and
// exploded near the post" tells the rockets' own blast.
func meansVerb(toks []lex.Token, v int) bool {
	t := toks[v]
	if t.Is("exploded", "detonated", "triggered") {
		return v+1 < len(toks) && toks[v+1].Is("a", "an", "the", "two", "three", "several", "their", "his", "explosives", "bombs", "ieds", "grenades", "mines")
	}
	return t.Is("opened", "fired", "hurled", "lobbed", "threw", "sprayed", "started", "shot")
}

// subEventKind returns the deedKind of the means a sub-event type names:
// 1 for a blast, 2 for gunfire, 4 for shelling, 0 for any other.
func subEventKind(sub string) uint32 {
	switch sub {
	case taxonomy.SuicideBomb, taxonomy.RemoteExplosive, taxonomy.Grenade:
		return 1
	case taxonomy.ArmedClash, taxonomy.Attack:
		return 2
	case taxonomy.Shelling:
		return 4
	}
	return 0
}

// withoutToll returns ev counting no one killed, hurt or taken: the toll is
// the other event's, told of the same attack.
func withoutToll(ev vigil.Event) vigil.Event {
	ev.Casualties = vigil.Casualties{}
	zero := 0
	ev.Fatalities, ev.FatalitiesBound = &zero, ""
	kept := make([]vigil.Evidence, 0, len(ev.Evidence))
	for _, e := range ev.Evidence {
		if e.Field != "fatalities" && !strings.HasPrefix(e.Field, "casualties.") {
			kept = append(kept, e)
		}
	}
	ev.Evidence = kept
	return ev
}

// heldAlsoIn returns a protest event for each place the similar sentences
// name after "in" ("Similar protests were held in Khuzdar, Turbat and
// Gwadar"), a copy of ev, the protest told before them, in that place and
// with no casualties: ACLED codes one protest event per town. None when ev
// is no protest.
func (x *Extractor) heldAlsoIn(d *doc, similar []int, ev vigil.Event) []vigil.Event {
	if len(similar) == 0 || ev.EventType != taxonomy.Protests {
		return nil
	}
	var out []vigil.Event
	for _, i := range similar {
		at, _ := heldAlsoAt(d.sents[i].Toks)
		for _, m := range d.placesWithin(d.sents[i].Toks[at].Start, d.sents[i].End) {
			if m.Demonym {
				continue
			}
			loc, ok := x.gaz.ResolveIn(d.placeText, []places.Match{m}, ev.ISO3, nil)
			if !ok || loc.Demonym {
				continue
			}
			e := ev
			e.Country, e.ISO3, e.Admin1, e.Admin2, e.Admin3 = loc.Country, loc.ISO3, loc.Admin1, loc.Admin2, loc.Admin3
			e.Location = loc.Name
			lat, lon, gp := loc.Lat, loc.Lon, loc.GeoPrecision
			e.Latitude, e.Longitude, e.GeoPrecision = &lat, &lon, &gp
			zero := 0
			e.Fatalities, e.FatalitiesBound, e.Casualties = &zero, "", vigil.Casualties{}
			e.Evidence = nil
			for _, ev := range ev.Evidence {
				if ev.Field == "event_type" || ev.Field == "sub_event_type" || ev.Field == "disorder_type" || ev.Field == "event_date" {
					e.Evidence = append(e.Evidence, ev)
				}
			}
			for _, f := range []string{"location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision"} {
				e.Evidence = append(e.Evidence, vigil.Evidence{Field: f, Start: m.Start, End: m.End, Quote: d.text[m.Start:m.End]})
			}
			out = append(out, e)
		}
	}
	return out
}

// goneAfter reports whether the arrest told by h is a pick-up whose people
// the next two sentences after the event's say are gone ("Their whereabouts
// remain unknown").
func (x *Extractor) goneAfter(d *doc, group []int, toks []lex.Token, h taxonomy.Hit) bool {
	last := group[len(group)-1]
	var later []lex.Token
	for i := group[0] + 1; i < len(d.sents) && i <= last+2; i++ {
		later = append(later, d.sents[i].Toks...)
	}
	return len(later) > 0 && taxonomy.PickUpGone(toks, h, later)
}

// countIncluded reads who a toll was when the sentence after it opens
// with its count alone: "The Maoists killed 12 persons ... The 12
// included two SPOs and a woman" (two SPOs of the twelve dead), "...
// killing nine. The nine included two SPOs and a constable". Such a
// sentence names no violence, so no event holds it: it is read with the
// sentence before, whose toll of the same count gives its kind.
func (d *doc) countIncluded(own []int, perSentence [][]casualties.Figure) {
	for si, i := range own {
		next := i + 1
		if next >= len(d.sents) || si+1 < len(own) && own[si+1] == next || len(d.liveHits(next)) > 0 || d.sents[next].Para != d.sents[i].Para {
			continue
		}
		s := d.sents[next]
		n, j, ok := casualties.CountIncluded(s.Toks)
		if !ok {
			continue
		}
		kind, sided := "", false
		for _, f := range perSentence[si] {
			if !f.Negated && f.Count == n && (f.Kind == casualties.Killed || f.Kind == casualties.Injured) {
				kind, sided = f.Kind, f.Category != casualties.Unknown
			}
		}
		switch {
		case kind != "" && sided:
			perSentence[si] = append(slices.Clone(perSentence[si]), casualties.Included(s.Toks, j, kind, d.hintsIn(s.Start, s.End))...)
		case kind != "":
			perSentence[si] = append(slices.Clone(perSentence[si]), casualties.IncludedOfNoSide(s.Toks, j, kind, d.hintsIn(s.Start, s.End))...)
		}
	}
}
