package extract

import (
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/taxonomy"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// captivity returns the abduction that led to an attack's killing, as an
// event of its own. ACLED codes a killing as an attack even when its
// victims were abducted first, and codes the abduction separately when the
// violence came later, in captivity ("abducted him on 24 May ... his body
// was found on 27 May"; "abducted three villagers, took them to the forest
// and later slit their throats"). Analysts counting abductions need that
// abduction, and SATP's coders label such a story both a kidnapping and an
// armed assault.
//
// The abduction event shares the attack's place and actors; it carries the
// abducted, not the dead (the attack has them), and the date its own
// sentence gives, else the attack's: the abduction happened then or
// before.
func (x *Extractor) captivity(d *doc, group []int, killing vigil.Event) (vigil.Event, bool) {
	if killing.SubEventType != taxonomy.Attack || killing.Fatalities == nil || *killing.Fatalities == 0 {
		return vigil.Event{}, false
	}
	at, hit, ok := d.abductionBefore(group)
	if !ok {
		return vigil.Event{}, false
	}
	ev := killing
	ev.SubEventType = taxonomy.Abduction
	ev.Casualties = vigil.Casualties{
		SecurityForces: vigil.Counts{Abducted: killing.Casualties.SecurityForces.Abducted},
		Civilians:      vigil.Counts{Abducted: killing.Casualties.Civilians.Abducted},
		Militants:      vigil.Counts{Abducted: killing.Casualties.Militants.Abducted},
		Unknown:        vigil.Counts{Abducted: killing.Casualties.Unknown.Abducted},
	}
	zero := 0
	ev.Fatalities, ev.FatalitiesBound = &zero, ""
	ev.Weapons = []string{}
	if abducted(ev.Casualties) == 0 {
		// "Both had been abducted": those killed in captivity are the
		// abducted when the text gives no count of its own.
		ev.Casualties.SecurityForces.Abducted = killing.Casualties.SecurityForces.Killed
		ev.Casualties.Civilians.Abducted = killing.Casualties.Civilians.Killed
		ev.Casualties.Militants.Abducted = killing.Casualties.Militants.Killed
		ev.Casualties.Unknown.Abducted = killing.Casualties.Unknown.Killed
	}
	ev.SourceAttribution = append([]string(nil), killing.SourceAttribution...)
	// The abduction's own date follows its verb, before the killing when
	// the sentence goes on to tell it.
	until := d.sents[at].End
	if _, after := d.killingAround(at, hit); after >= 0 {
		until = d.sents[at].Toks[after].Start
	}
	day := d.dateAfter(at, hit.End)
	if day != nil && (day.Precision != 1 || day.End > until) {
		day = nil
	}
	ev.Evidence = nil
	for _, e := range killing.Evidence {
		switch {
		case e.Field == "event_type", e.Field == "sub_event_type", e.Field == "disorder_type",
			e.Field == "fatalities", e.Field == "weapons",
			strings.HasSuffix(e.Field, ".killed"), strings.HasSuffix(e.Field, ".injured"),
			day != nil && (e.Field == "event_date" || e.Field == "time_precision"):
			continue
		}
		ev.Evidence = append(ev.Evidence, e)
	}
	evid := func(field string, start, end int) {
		ev.Evidence = append(ev.Evidence, vigil.Evidence{Field: field, Start: start, End: end, Quote: d.text[start:end]})
	}
	for _, f := range []string{"event_type", "sub_event_type", "disorder_type"} {
		evid(f, hit.Start, hit.End)
	}
	if day != nil {
		s, p := day.Date.Format("2006-01-02"), day.Precision
		ev.EventDate, ev.TimePrecision = &s, &p
		evid("event_date", day.Start, day.End)
		evid("time_precision", day.Start, day.End)
	}
	s := d.sents[at]
	ev.Summary = d.text[s.Start:s.End]
	// Read from the attack's story, not told as an event of its own.
	ev.Confidence = killing.Confidence * 0.9
	return ev, true
}

// abducted returns how many people c counts abducted.
func abducted(c vigil.Casualties) int {
	return c.SecurityForces.Abducted + c.Civilians.Abducted + c.Militants.Abducted + c.Unknown.Abducted
}

// withoutAbducted returns the attack whose abduction captivity told as an
// event of its own, without the abducted: the abduction event counts them,
// and an analyst summing abductions over both must not count them twice.
func withoutAbducted(killing vigil.Event) vigil.Event {
	c := &killing.Casualties
	for _, n := range []*vigil.Counts{&c.SecurityForces, &c.Civilians, &c.Militants, &c.Unknown} {
		n.Abducted = 0
	}
	kept := make([]vigil.Evidence, 0, len(killing.Evidence))
	for _, e := range killing.Evidence {
		if !strings.HasSuffix(e.Field, ".abducted") {
			kept = append(kept, e)
		}
	}
	killing.Evidence = kept
	return killing
}

// abductionBefore returns the sentence of the group that tells people
// abducted before they were killed, and the abduction's trigger: a deed
// done ("abducted", "kidnapped", "taken hostage"), not one tried ("tried
// to kidnap"), wanted or named as a crime ("wanted in cases of
// kidnapping"), and told apart from the killing (killedLater). An
// abduction told in a relative clause of the victim ("the body of a
// trader, who had been abducted on the previous night, was found") is
// recalled for the sentence, but it is the captivity that led to the
// killing the group reports; so is one told, with the death it led to, in
// a sentence among or just after the group's that reports nothing of its
// own.
func (d *doc) abductionBefore(group []int) (int, taxonomy.Hit, bool) {
	for _, i := range group {
		toks := d.sents[i].Toks
		for _, h := range d.liveHits(i) {
			if h.Cue == taxonomy.CueAbduct && abductionDone(toks, h.Token) && d.killedLater(i, h) {
				return i, h, true
			}
		}
		for _, h := range d.hits[i] {
			if h.Cue == taxonomy.CueAbduct && abductionDone(toks, h.Token) && victimClause(toks, h.Token) && d.killedLater(i, h) {
				return i, h, true
			}
		}
	}
	// "X was killed in Wana on April 4. Militants had abducted him two
	// months ago and his body was found near Wana on April 4": a sentence
	// of the lead's paragraph between the event's own or just after them,
	// which reports nothing new of its own (the abduction is months old),
	// tells the captivity when it goes on to the death.
	for i := group[0] + 1; i <= group[len(group)-1]+1 && i < len(d.sents); i++ {
		if slices.Contains(group, i) || d.sents[i].Para != d.sents[group[0]].Para || d.reports(i) {
			continue
		}
		toks := d.sents[i].Toks
		for _, h := range d.hits[i] {
			if h.Cue != taxonomy.CueAbduct || !abductionDone(toks, h.Token) {
				continue
			}
			if _, after := d.killingAround(i, h); after >= 0 && d.killedLater(i, h) {
				return i, h, true
			}
		}
	}
	return 0, taxonomy.Hit{}, false
}

// victimClause reports an abduction told in a relative clause of its
// victim ("who had been abducted by militants on the previous night")
// and not set in an earlier year or a long time before ("who was
// kidnapped in 2015", "who had been abducted two years ago"), nor
// recalled by a charge ("who was wanted in the abduction").
func victimClause(toks []lex.Token, k int) bool {
	if !relativeBefore(toks, k) || yearDated(toks, k) {
		return false
	}
	for j := max(0, k-6); j < k; j++ {
		if recallWords[toks[j].Lower] {
			return false
		}
	}
	for j := k + 1; j+1 < len(toks) && j <= k+10; j++ {
		if toks[j].Is("years", "months", "decades") && toks[j+1].Is("ago", "back", "earlier") || year(toks[j].Lower) {
			return false
		}
	}
	return true
}

// abductionDone reports whether the abduction cue at toks[k] tells a deed
// done: a past verb or "taken/held hostage", not after a word of attempt.
func abductionDone(toks []lex.Token, k int) bool {
	t := toks[k]
	switch {
	case t.Is("abducted", "kidnapped"):
	case t.Is("taken", "held") && k+1 < len(toks) && toks[k+1].Is("hostage", "captive"):
	default:
		return false
	}
	for j := max(0, k-3); j < k; j++ {
		if toks[j].Is("tried", "trying", "attempted", "attempting", "attempt", "bid", "foiled", "failed", "wanted", "plot", "plotting") {
			return false
		}
	}
	return true
}

// killedLater reports whether the killing came after the abduction, in
// captivity, rather than in the same act: "abducted and shot dead two men"
// and "killed two and abducted three" are one attack. The abduction is
// told apart from the killing (in a sentence without one; after it, in
// the past perfect: "killed a man who had been abducted"), or a word of
// sequence or a date stands between them ("abducted them on 1 October,
// took them to the forest and later slit their throats").
func (d *doc) killedLater(at int, hit taxonomy.Hit) bool {
	toks := d.sents[at].Toks
	before, after := d.killingAround(at, hit)
	date := d.dateAfter(at, hit.End)
	switch {
	case after >= 0:
		for j := hit.Token + 1; j < after; j++ {
			// "abducted the collector after they shot dead his guards":
			// the killing opens the clause "after" leads, so it came
			// first; "after two days" is time passing.
			if toks[j].Is("after") && after-j <= 3 {
				return false
			}
			if toks[j].Is(sequenceWords...) {
				return true
			}
		}
		// "kidnapped the man, tortured him and then shot him dead": the
		// first violence told after the abduction may be done in
		// captivity, and the word of sequence stands before the killing
		// that ends it.
		for j := after; j < d.lastKilling(at, after); j++ {
			if toks[j].Is("then", "later", "subsequently", "afterwards", "eventually") {
				return true
			}
		}
		// "abducted a secretary on January 11 and killed him the next
		// day": the killing's own words may say it came later, where a
		// day without its year cannot be read.
		if killedAfter(toks, after) {
			return true
		}
		return date != nil && date.End <= toks[after].Start
	case before >= 0:
		for j := max(0, hit.Token-3); j < hit.Token; j++ {
			if toks[j].Is("had") {
				return true
			}
		}
		for _, t := range toks[hit.Token+1:] {
			if t.Is("ago", "earlier", "before") {
				return true
			}
		}
		return false
	}
	return true
}

// killingAround returns the token of the last killing or shooting cue
// sentence at tells before the abduction hit, and of the first after it
// (-1 for none).
func (d *doc) killingAround(at int, hit taxonomy.Hit) (before, after int) {
	before, after = -1, -1
	for _, h := range d.liveHits(at) {
		if h.Cue != taxonomy.CueKill && h.Cue != taxonomy.CueFiring {
			continue
		}
		if h.Token < hit.Token {
			before = h.Token
		} else if h.Token > hit.Token && after < 0 {
			after = h.Token
		}
	}
	return before, after
}

// lastKilling returns the token of the last killing or shooting cue that
// sentence at tells from token from on, in the clause: before a semicolon.
func (d *doc) lastKilling(at, from int) int {
	toks := d.sents[at].Toks
	last := from
	for _, h := range d.liveHits(at) {
		if h.Token <= from || h.Cue != taxonomy.CueKill && h.Cue != taxonomy.CueFiring {
			continue
		}
		semicolon := false
		for j := from; j < h.Token; j++ {
			semicolon = semicolon || toks[j].Text == ";"
		}
		if semicolon {
			break
		}
		last = h.Token
	}
	return last
}

// killedAfter reports words just after the killing at k that put it
// later than what came before: "killed him the next day", "shot them
// dead two days later", "killed him on the following morning".
func killedAfter(toks []lex.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if t.Punct || t.Is("and", "but", "while", "when") {
			return false
		}
		if t.Is("later", "afterwards", "subsequently") ||
			t.Is("next", "following") && j+1 < len(toks) && toks[j+1].Is("day", "morning", "evening", "night", "week") {
			return true
		}
	}
	return false
}

// sequenceWords tell that time passed between two deeds.
// "Took them to the forest" moves captives: the killing came later.
var sequenceWords = []string{"later", "after", "subsequently", "then", "afterwards", "days", "weeks", "months", "took", "taken", "before"}

// deathInCaptivity returns the killing of captives that an abduction's
// story tells only by their bodies found: "abducted a Special Police
// Officer on September 21 and his bullet-riddled body was found two days
// later", "Gunmen abducted five labourers. Their bodies were found dumped
// near the tower". The casualty reader counts the abducted, not the dead,
// since the bodies are named by a possessive and no number; the dead are
// the abducted. ACLED codes the killing as an attack beside the abduction,
// and SATP's coders label the story a kidnapping and an armed assault. The
// killing comes first, as captivity orders them; it counts the dead, and
// the abduction keeps the abducted.
func (x *Extractor) deathInCaptivity(d *doc, group []int, abduction vigil.Event) (vigil.Event, bool) {
	if abduction.SubEventType != taxonomy.Abduction || abduction.Fatalities != nil && *abduction.Fatalities > 0 || abducted(abduction.Casualties) == 0 {
		return vigil.Event{}, false
	}
	at, body, ok := d.captivesFound(group)
	if !ok {
		return vigil.Event{}, false
	}
	ev := abduction
	ev.EventType, ev.SubEventType, ev.DisorderType = taxonomy.VAC, taxonomy.Attack, taxonomy.PoliticalViolence
	c := abduction.Casualties
	ev.Casualties = vigil.Casualties{
		SecurityForces: vigil.Counts{Killed: c.SecurityForces.Abducted},
		Civilians:      vigil.Counts{Killed: c.Civilians.Abducted},
		Militants:      vigil.Counts{Killed: c.Militants.Abducted},
		Unknown:        vigil.Counts{Killed: c.Unknown.Abducted},
	}
	dead := abducted(c)
	ev.Fatalities, ev.FatalitiesBound = &dead, ""
	ev.Evidence = nil
	for _, e := range abduction.Evidence {
		switch {
		case e.Field == "event_type", e.Field == "sub_event_type", e.Field == "disorder_type", e.Field == "fatalities",
			strings.HasPrefix(e.Field, "casualties."):
			continue
		}
		ev.Evidence = append(ev.Evidence, e)
	}
	tok := d.sents[at].Toks[body]
	for _, f := range []string{"event_type", "sub_event_type", "disorder_type", "fatalities"} {
		ev.Evidence = append(ev.Evidence, vigil.Evidence{Field: f, Start: tok.Start, End: tok.End, Quote: d.text[tok.Start:tok.End]})
	}
	// Read from the abduction's story, not told as an event of its own.
	ev.Confidence = abduction.Confidence * 0.9
	return ev, true
}

// captivesFound returns the sentence and token where the group tells the
// bodies of its captives found: "his bullet-riddled body was found",
// "their bodies were recovered", after the abduction, in the group's
// sentences or in one of the lead's paragraph among or just after them
// that reports nothing of its own. A possessive names them; "the body of
// a man was found" may be anyone's. An aside between the body and its
// verb ("his body, with bullet wounds, was found") is passed over.
func (d *doc) captivesFound(group []int) (int, int, bool) {
	abducted := false
	for i := group[0]; i <= group[len(group)-1]+1 && i < len(d.sents); i++ {
		if !slices.Contains(group, i) && (d.sents[i].Para != d.sents[group[0]].Para || d.reports(i)) {
			continue
		}
		toks := d.sents[i].Toks
		for k, t := range toks {
			if t.Is("abducted", "kidnapped", "abducting", "kidnapping", "hostage", "hostages") {
				abducted = true
			}
			if !abducted || !t.Is("body", "bodies") {
				continue
			}
			own := false
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j].Is("his", "her", "their") {
					own = true
					break
				}
				if toks[j].Punct && !toks[j].Is("-") {
					break
				}
			}
			if !own {
				continue
			}
			from := k
			if k+1 < len(toks) && toks[k+1].Text == "," {
				from = bodyAsideEnd(toks, k+1)
			}
			for j := from + 1; j < len(toks) && j <= from+3; j++ {
				if toks[j].Is("found", "recovered", "discovered", "dumped") {
					return i, k, true
				}
			}
		}
	}
	return 0, 0, false
}

// bodyAsideEnd returns the comma that closes the short aside a comma at open
// sets off ("His body, with bullet wounds, was found"; "their bodies,
// bearing torture marks, were recovered"), or open when no comma closes
// one within six words: the words after open then go on with the clause.
func bodyAsideEnd(toks []lex.Token, open int) int {
	for j := open + 1; j < len(toks) && j <= open+7; j++ {
		if toks[j].Text == "," {
			return j
		}
		if toks[j].Punct && !toks[j].Is("-") {
			break
		}
	}
	return open
}
