// Package claims reads aggregate statistics from text — "over 140
// terrorist incidents in 2024", "more than 180 deaths", "at least 80
// soldiers" — with the metric, value, bound, period, place and source. A
// sentence that states a claim reports no single incident, so extract
// keeps it out of events.
package claims

import (
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/numbers"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Source is a source a sentence names ("security sources").
type Source struct {
	Label      string
	Start, End int
}

// Context is what Find needs from the rest of extraction: places and
// sources.
type Context interface {
	// Where returns the country and province named in text[start:end],
	// if any.
	Where(start, end int) (country, admin1 string)
	// Home is the country the whole text is about, or "".
	Home() string
	// Sources returns the sources a sentence names.
	Sources(toks []lex.Token) []Source
}

// Metrics.
const (
	Incidents       = "incidents"
	Attacks         = "attacks"
	Deaths          = "deaths"
	Injured         = "injured"
	SecurityKilled  = "security_forces_killed"
	CiviliansKilled = "civilians_killed"
	MilitantsKilled = "militants_killed"
	Arrests         = "arrests"
	Abductions      = "abductions"
	Operations      = "operations"
)

// metricNouns follow a number: "140 terrorist incidents", "180 deaths".
// metricShapes turns away most words before the metricNouns lookup.
var metricShapes = lex.ShapesOf(metricNouns)

var metricNouns = map[string]string{
	"incidents": Incidents, "attacks": Attacks, "deaths": Deaths, "fatalities": Deaths, "casualties": Deaths,
	"killings": Deaths, "individuals": Deaths, "people": Deaths, "persons": Deaths, "lives": Deaths,
	"soldiers": SecurityKilled, "troops": SecurityKilled, "personnel": SecurityKilled, "policemen": SecurityKilled,
	"officers": SecurityKilled, "civilians": CiviliansKilled, "militants": MilitantsKilled,
	"terrorists": MilitantsKilled, "insurgents": MilitantsKilled, "arrests": Arrests,
	"abductions": Abductions, "kidnappings": Abductions, "bombings": Attacks, "blasts": Attacks,
	"operations": Operations, "protesters": CiviliansKilled, "demonstrators": CiviliansKilled,
}

// modifiers may stand between the number and the metric noun.
var modifiers = map[string]bool{
	"terrorist": true, "terror": true, "militant": true, "violent": true, "security": true, "pakistani": true,
	"afghan": true, "separate": true, "major": true, "suicide": true, "cross-border": true, "innocent": true,
	"law": true, "enforcement": true, "police": true, "army": true, "military": true, "fc": true,
	"security-related": true, "terrorism-related": true, "other": true,
	"intelligence-based": true, "counter-terrorism": true, "counterterrorism": true, "search": true, "combing": true,
}

// aggregate words mark a sentence as a statistic rather than a report.
var aggregate = map[string]bool{
	"total": true, "overall": true, "cumulative": true, "tally": true, "so": true, "since": true,
	"annual": true, "monthly": true, "statistics": true, "data": true, "figures": true, "tide": true,
	"include": true, "includes": true, "throughout": true, "current": true,
}

// Find returns the claims of the text and the indexes of the sentences
// that state them.
func Find(text string, sents []lex.Sentence, published time.Time, c Context) ([]vigil.Claim, map[int]bool) {
	claimSents := map[int]bool{}
	var out []vigil.Claim
	// Most texts hold no statistic: find candidate figures first and
	// resolve periods only when there is one.
	cands := make([][]candidate, len(sents))
	anyCand := false
	for si, s := range sents {
		cands[si] = candidates(text, s)
		anyCand = anyCand || len(cands[si]) > 0
	}
	if !anyCand {
		return nil, claimSents
	}
	// Periods come from the paragraphs that hold a candidate: a claim's
	// period is in its sentence or its paragraph.
	var periods []dates.Period
	seenPara := map[int]bool{}
	for si, s := range sents {
		if len(cands[si]) == 0 || seenPara[s.Para] {
			continue
		}
		seenPara[s.Para] = true
		start, end := s.Start, s.End
		for k := si - 1; k >= 0 && sents[k].Para == s.Para; k-- {
			start = sents[k].Start
		}
		for k := si + 1; k < len(sents) && sents[k].Para == s.Para; k++ {
			end = sents[k].End
		}
		for _, p := range dates.Periods(text[start:end], published) {
			p.StartOff += start
			p.EndOff += start
			if inRanking(sents, start, end, p.StartOff) {
				continue
			}
			periods = append(periods, p)
		}
	}
	lastAttr := map[int]Source{} // by paragraph
	for si, s := range sents {
		cands := cands[si]
		if len(cands) == 0 {
			continue
		}
		inPeriod := periodIn(periods, s.Start, s.End)
		plain := plainTokens(s.Toks, si > 0 && sents[si-1].Para == s.Para && inPeriod == nil && singleIncident(sents[si-1].Toks))
		isAgg := inPeriod != nil || hasAggregateWord(plain) ||
			(si > 0 && claimSents[si-1] && sents[si-1].Para == s.Para && perfect(s.Toks))
		if !isAgg {
			continue
		}
		// A statistic counts many incidents: a sentence whose only figure
		// is a small toll with no period is an incident report.
		if inPeriod == nil && !hasAggregateWord(plain) && !claimSents[si-1] {
			continue
		}
		claimSents[si] = true
		p := inPeriod
		if p == nil {
			p = nearestPeriod(periods, sents, si)
		}
		srcs := c.Sources(s.Toks)
		var src Source
		if len(srcs) > 0 {
			src = srcs[0]
			lastAttr[s.Para] = src
		} else if a, ok := lastAttr[s.Para]; ok {
			src = a
		}
		country, admin1 := c.Where(s.Start, s.End)
		if country == "" {
			country = c.Home()
		}
		for _, cd := range cands {
			cl := vigil.Claim{Metric: cd.metric, Value: cd.n.Value, Bound: cd.n.Bound, Country: country, Admin1: admin1, AttributedTo: src.Label}
			cl.Evidence = append(cl.Evidence, ev(text, "value", cd.n.Start, cd.n.End), ev(text, "metric", cd.mStart, cd.mEnd))
			if p != nil {
				cl.PeriodStart = p.Start.Format("2006-01-02")
				if !p.End.IsZero() {
					cl.PeriodEnd = p.End.Format("2006-01-02")
				}
				cl.Evidence = append(cl.Evidence, ev(text, "period", p.StartOff, p.EndOff))
			}
			if src.Label != "" && src.End > src.Start {
				cl.Evidence = append(cl.Evidence, ev(text, "attributed_to", src.Start, src.End))
			}
			out = append(out, cl)
		}
	}
	return out, claimSents
}

func ev(text, field string, a, b int) vigil.Evidence {
	return vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]}
}

type candidate struct {
	n            numbers.Number
	metric       string
	mStart, mEnd int
}

// candidates returns the numbers of a sentence that count a metric: "over
// 140 terrorist incidents", "the deaths of more than 180 individuals", "at
// least 80 Pakistani soldiers who have laid down their lives".
func candidates(text string, s lex.Sentence) []candidate {
	toks := s.Toks
	// Cheap test first: no metric noun, no claim.
	noun, count := false, false
	for _, t := range toks {
		if !metricShapes.May(t.Lower) {
			continue
		}
		if _, ok := metricNouns[t.Lower]; ok {
			noun = true
			break
		}
	}
	if !noun {
		return nil
	}
	for i := range toks {
		if _, _, ok := lex.NumberAt(toks, i); ok {
			count = true
			break
		}
	}
	if !count {
		return nil
	}
	nums := numbers.Find(text[s.Start:s.End])
	var out []candidate
	for _, n := range nums {
		if n.Money || n.Value < 2 {
			continue
		}
		n.Start += s.Start
		n.End += s.Start
		// The token after the number.
		k := 0
		for k < len(toks) && toks[k].Start < n.End {
			k++
		}
		m := k
		for m < len(toks) && m < k+3 && modifiers[toks[m].Lower] {
			m++
		}
		if m >= len(toks) {
			continue
		}
		metric, ok := metricNouns[toks[m].Lower]
		if !ok {
			continue
		}
		// "deaths of more than 180 individuals": the metric came first.
		if b := firstBefore(toks, n.Start); b >= 1 && toks[b].Is("of") && toks[b-1].Is("deaths", "death", "lives", "killing") {
			metric = Deaths
		}
		// A toll with only a year beside it ("a gunman killed 39 people in
		// 2016") is an incident; a toll is a statistic when the sentence
		// also counts incidents or speaks in aggregate.
		if metric != Incidents && metric != Attacks && metric != Arrests && metric != Abductions && metric != Operations &&
			!hasAggregateWord(plainTokens(toks, false)) && !perfect(toks) && !countsIncidents(toks) {
			continue
		}
		switch metric {
		case SecurityKilled, CiviliansKilled, MilitantsKilled:
			// A count of people is a casualty claim only when the
			// sentence says they died.
			if !diedIn(toks[m:]) && !diedIn(toks[:k]) {
				continue
			}
		case Deaths:
			if toks[m].Is("people", "persons", "individuals") && !diedIn(toks) {
				continue
			}
		}
		out = append(out, candidate{n: n, metric: metric, mStart: toks[m].Start, mEnd: toks[m].End})
	}
	return out
}

// countsIncidents reports a sentence that counts incidents or attacks in
// the plural ("in 120 terrorist attacks").
func countsIncidents(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("incidents", "attacks", "bombings", "blasts") && i > 0 {
			for k := max(0, i-3); k < i; k++ {
				if _, _, ok := lex.NumberAt(toks, k); ok {
					return true
				}
			}
		}
	}
	return false
}

func firstBefore(toks []lex.Token, off int) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].End <= off {
			return i
		}
	}
	return -1
}

func diedIn(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("killed", "martyred", "died", "deaths", "death", "dead", "lives", "casualties") || lex.HasAt(toks, i, "laid", "down") {
			return true
		}
	}
	return false
}

func hasAggregateWord(toks []lex.Token) bool {
	for i, t := range toks {
		if aggregate[t.Lower] && !(t.Is("so") && !lex.HasAt(toks, i, "so", "far")) &&
			!(t.Is("include", "includes", "included") && inventory(toks[:i])) {
			return true
		}
		// "killed during the year": a year's toll, however it is told.
		if lex.HasAt(toks, i, "during", "the", "year") || lex.HasAt(toks, i, "throughout", "the", "year") ||
			lex.HasAt(toks, i, "over", "the", "year") || lex.HasAt(toks, i, "the", "past", "year") {
			return true
		}
		// "in the last four years", "over the past six months": a span
		// of many periods is a tally's.
		if t.Is("last", "past") && i+2 < len(toks) && toks[i+2].Is("years", "months", "weeks", "decades") {
			if _, _, ok := lex.NumberAt(toks, i+1); ok || toks[i+1].Is("few", "several", "many") {
				return true
			}
		}
		// "killed in the hills this year", "so far this year": a year's
		// tally, unless a day or month comes first ("on 5 March this
		// year").
		if lex.HasAt(toks, i, "this", "year") && (i == 0 || !months[toks[i-1].Lower] && !isDigits(toks[i-1].Lower)) {
			return true
		}
		// "between 1983 and 2009".
		if t.Is("between") && i+3 < len(toks) && year(toks[i+1].Lower) && toks[i+2].Is("and") && year(toks[i+3].Lower) {
			return true
		}
		// "in 21 cities", "across the country", "nationwide": a toll
		// spread over many places is a tally of many incidents.
		if t.Is("in", "across") {
			if n, last, ok := lex.NumberAt(toks, i+1); ok && n >= 3 && last+1 < len(toks) && toks[last+1].Is(spreadUnits...) {
				return true
			}
			if i+2 < len(toks) && toks[i+1].Is("several", "many", "dozens") && toks[i+2].Is(spreadUnits...) {
				return true
			}
		}
		if lex.HasAt(toks, i, "across", "the", "country") || lex.HasAt(toks, i, "across", "the", "nation") || t.Is("nationwide", "countrywide") {
			return true
		}
		if lex.HasAt(toks, i, "there", "have", "been") || lex.HasAt(toks, i, "there", "were") && i+2 < len(toks) && toks[i+2].Is("over", "more", "at") {
			return true
		}
	}
	return false
}

// spreadUnits are the places a tally is spread over: "in 21 cities".
var spreadUnits = []string{"cities", "towns", "provinces", "states", "districts", "countries", "regions", "villages", "locations"}

// inventory reports that the words before "include" name things seized:
// "the items recovered from the two militants include two rifles" lists a
// haul, not a statistic.
func inventory(before []lex.Token) bool {
	for _, t := range before {
		if t.Is("recovered", "seized", "confiscated", "found", "items", "weapons", "arms",
			"ammunition", "haul", "recovery", "seizure", "explosives") {
			return true
		}
	}
	return false
}

// perfect reports present-perfect phrasing ("who have laid down their
// lives", "have been killed"): statistics speak so.
func perfect(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("have", "has", "had") || t.Is("include", "includes") && !inventory(toks[:i]) {
			return true
		}
	}
	return false
}

func periodIn(ps []dates.Period, start, end int) *dates.Period {
	for i := range ps {
		if ps[i].StartOff >= start && ps[i].EndOff <= end {
			return &ps[i]
		}
	}
	return nil
}

// nearestPeriod finds the period of the closest sentence of the same
// paragraph, earlier sentences first: "throughout 2024. ... in the current
// year" (with no publication date the second does not resolve).
func nearestPeriod(ps []dates.Period, sents []lex.Sentence, si int) *dates.Period {
	para := sents[si].Para
	for d := 1; d < 6; d++ {
		for _, k := range []int{si - d, si + d} {
			if k < 0 || k >= len(sents) || sents[k].Para != para {
				continue
			}
			if p := periodIn(ps, sents[k].Start, sents[k].End); p != nil {
				return p
			}
		}
	}
	return nil
}

// year reports whether w is a year written in digits ("2009").
func year(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && isDigits(w)
}

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// months holds the month names.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// plainTokens returns the sentence without the words that only look like
// a statistic's: a ranking ("the deadliest attack in the capital since
// 2011", "the worst attack in the city this year" ranks one incident; its
// period dates the ranking, not the toll), and "total" or "overall" in a
// sentence that tells one incident ("another attacker blew himself up when
// rescuers arrived; in total 26 were killed" sums that incident's dead),
// and "so far" there ("so far 15 people have been killed in the attack"
// counts a toll that may still rise). afterIncident says the sentence
// before, in its paragraph and with no period, tells one incident: "In
// total, 20 people were killed" then sums that incident's dead.
func plainTokens(toks []lex.Token, afterIncident bool) []lex.Token {
	one := singleIncident(toks) || afterIncident && !pluralIncidents(toks)
	var out []lex.Token
	skip := -1 // a ranking runs to this token
	for i, t := range toks {
		if i <= skip {
			continue
		}
		if end := ranking(toks, i); end >= 0 {
			skip = end
			continue
		}
		if one && (t.Is("total", "overall") || lex.HasAt(toks, i, "so", "far")) {
			continue
		}
		if out == nil {
			out = make([]lex.Token, 0, len(toks))
		}
		out = append(out, t)
	}
	return out
}

// superlatives rank an incident against the past.
var superlatives = map[string]bool{
	"deadliest": true, "bloodiest": true, "worst": true, "biggest": true, "largest": true,
	"heaviest": true, "first": true, "most": true,
}

// ranking returns the last token of the ranking that a superlative at
// toks[i] opens, to the end of its clause, or -1 when there is none.
// Rankings of periods ("the deadliest year since 2014", "the first half of
// 2023") and rankings that hold a toll or a count ("the most people killed
// since 2011", "the first time since a strike that killed 24 soldiers")
// belong to a statistic and are kept.
func ranking(toks []lex.Token, i int) int {
	t := toks[i]
	if !superlatives[t.Lower] {
		return -1
	}
	if t.Is("most") && (i+1 >= len(toks) || !toks[i+1].Is("deadly", "lethal", "violent", "serious", "devastating")) {
		return -1
	}
	end := phraseEnd(toks, i)
	for k := i + 1; k <= end; k++ {
		w := toks[k]
		if w.Is("year", "years", "month", "months", "decade", "week", "weeks", "half", "quarter", "period", "time", "times",
			"killed", "people", "deaths", "dead", "died", "casualties", "lives", "attacks", "incidents", "number", "toll", "tally") {
			return -1
		}
		if _, _, ok := lex.NumberAt(toks, k); ok && !year(w.Lower) {
			return -1
		}
	}
	return end
}

// phraseEnd returns the last token of the phrase that opens at toks[i]:
// up to the next punctuation mark or the end of the sentence.
func phraseEnd(toks []lex.Token, i int) int {
	k := i + 1
	for k < len(toks) && !toks[k].Punct {
		k++
	}
	return k - 1
}

// inRanking reports that the period starting at off, in text[start:end],
// dates a ranking.
func inRanking(sents []lex.Sentence, start, end, off int) bool {
	for _, s := range sents {
		if s.End <= start || s.Start >= end || off < s.Start || off >= s.End {
			continue
		}
		for i, t := range s.Toks {
			if t.Start > off {
				break
			}
			if e := ranking(s.Toks, i); e >= 0 && off <= s.Toks[e].End {
				return true
			}
		}
	}
	return false
}

// singleIncident reports a sentence that tells one incident: it names the
// incident in the singular ("a blast", "the bombing", "a suicide bomb and
// gun assault") or tells its act ("blew himself up", "exploded") in the
// past, and counts no incidents in the plural, as statistics do. A toll
// still being counted ("so far 15 people have been killed in the attack")
// speaks in the perfect and names the incident.
func singleIncident(toks []lex.Token) bool {
	if pluralIncidents(toks) {
		return false
	}
	named, act, perf := false, false, false
	for i, t := range toks {
		perf = perf || t.Is("have", "has", "had")
		if t.Is("exploded", "detonated", "stormed") || lex.HasAt(toks, i, "blew", "himself", "up") || lex.HasAt(toks, i, "blew", "herself", "up") {
			act = true
		}
		if incidentNouns[t.Lower] {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if toks[k].Punct {
					break
				}
				if toks[k].Is("a", "an", "the", "this", "that") {
					named = true
					break
				}
			}
		}
	}
	return named || act && !perf
}

// pluralIncidents reports a sentence that counts incidents in the plural,
// as statistics do.
func pluralIncidents(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("attacks", "incidents", "bombings", "blasts", "explosions", "clashes", "encounters",
			"operations", "raids", "strikes", "ambushes", "shootings", "killings") {
			return true
		}
	}
	return false
}

// incidentNouns name one incident.
var incidentNouns = map[string]bool{
	"attack": true, "blast": true, "bombing": true, "bomb": true, "explosion": true, "assault": true,
	"ambush": true, "raid": true, "shooting": true, "massacre": true, "siege": true, "encounter": true,
	"clash": true, "gunfight": true, "attacker": true, "bomber": true, "gunman": true,
}
