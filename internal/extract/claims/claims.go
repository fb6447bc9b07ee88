// Package claims reads aggregate statistics from text — "over 140
// terrorist incidents in 2024", "more than 180 deaths", "at least 80
// soldiers" — with the metric, value, bound, period, place and source. A
// sentence that states a claim reports no single incident, so extract
// keeps it out of events.
package claims

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
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
	// if any; local says a district or a finer place is named.
	Where(start, end int) (country, admin1 string, local bool)
	// Home is the country the whole text is about, or "".
	Home() string
	// Sources returns the sources a sentence names.
	Sources(toks []lex.Token) []Source
}

// Metrics.
const (
	Incidents         = "incidents"
	Attacks           = "attacks"
	Deaths            = "deaths"
	Injured           = "injured"
	SecurityKilled    = "security_forces_killed"
	CiviliansKilled   = "civilians_killed"
	MilitantsKilled   = "militants_killed"
	Arrests           = "arrests"
	Abductions        = "abductions"
	Operations        = "operations"
	Casualties        = "casualties" // killed and injured together
	Surrenders        = "surrenders"
	Defused           = "explosives_defused"
	WeaponsSeized     = "weapons_seized"
	AttacksFoiled     = "attacks_foiled"   // attacks, plots and incursions stopped
	CasesRegistered   = "cases_registered" // cases under anti-terrorism law
	Displaced         = "displaced"        // people who fled or were driven from home
	FamiliesDisplaced = "families_displaced"
)

// metricNouns follow a number: "140 terrorist incidents", "180 deaths".
// metricShapes turns away most words before the metricNouns lookup.
var metricShapes = lex.ShapesOf(metricNouns)

var metricNouns = map[string]string{
	"incidents": Incidents, "attacks": Attacks, "deaths": Deaths, "injuries": Injured, "fatalities": Deaths, "casualties": Casualties,
	"killings": Deaths, "individuals": Deaths, "people": Deaths, "persons": Deaths, "lives": Deaths, "bodies": Deaths,
	"suspects": Deaths, "cases": Incidents, "ieds": Defused, "bombs": Defused, "landmines": Defused, "mines": Defused,
	"soldiers": SecurityKilled, "troops": SecurityKilled, "personnel": SecurityKilled, "policemen": SecurityKilled,
	"officers": SecurityKilled, "civilians": CiviliansKilled, "militants": MilitantsKilled,
	"terrorists": MilitantsKilled, "insurgents": MilitantsKilled, "rebels": MilitantsKilled, "cadres": MilitantsKilled,
	"extremists": MilitantsKilled, "guerrillas": MilitantsKilled, "maoists": MilitantsKilled, "naxals": MilitantsKilled,
	"jawans": SecurityKilled, "arrests": Arrests,
	// "fewer than 100 battles", "42 armed clashes": events as ACLED
	// counts them.
	"battles": Incidents, "clashes": Incidents,
	"abductions": Abductions, "kidnappings": Abductions, "bombings": Attacks, "blasts": Attacks, "acts": Attacks,
	"operations": Operations, "ibos": Operations, "instances": Incidents, "protesters": CiviliansKilled, "demonstrators": CiviliansKilled,
	"devices": Defused, "events": Incidents, "journalists": CiviliansKilled, "children": CiviliansKilled,
	"weapons": WeaponsSeized, "firearms": WeaponsSeized, "rifles": WeaponsSeized, "pistols": WeaponsSeized,
	// "136 Afghan nationals", "20 Chinese citizens": people counted by
	// their nationality, whose fate the clause tells.
	"nationals": Deaths, "citizens": Deaths, "foreigners": Deaths,
	// "arrested 18 kidnappers": criminals counted as people.
	"kidnappers": Deaths, "dacoits": Deaths, "criminals": Deaths, "smugglers": Deaths, "robbers": Deaths,
	"non-locals": CiviliansKilled, "activists": CiviliansKilled, "khwarij": MilitantsKilled, "khawarij": MilitantsKilled, "pilgrims": CiviliansKilled, "worshippers": CiviliansKilled, "workers": CiviliansKilled,
	"labourers": CiviliansKilled, "laborers": CiviliansKilled,
}

// modifiers may stand between the number and the metric noun.
var modifiers = map[string]bool{
	"terrorist": true, "terror": true, "militant": true, "violent": true, "security": true, "pakistani": true,
	"afghan": true, "separate": true, "major": true, "suicide": true, "cross-border": true, "innocent": true,
	"law": true, "enforcement": true, "police": true, "army": true, "military": true, "fc": true,
	"security-related": true, "terrorism-related": true, "other": true,
	"intelligence-based": true, "counter-terrorism": true, "counterterrorism": true, "search": true, "combing": true,
	"such": true, "similar": true, "suspected": true, "armed": true, "hardcore": true, "sectarian": true,
	"targeted": true, "target": true, "civilian": true, "bullet-riddled": true, "mutilated": true,
	"forces": true, "force": true, "sf": true, "improvised": true, "explosive": true, "terrorism": true, "reported": true, "political": true, "violence": true,
	// "1,091 Left Wing Extremism incidents", "Maoist-related incidents".
	"left": true, "wing": true, "left-wing": true, "extremism": true, "extremist": true, "lwe": true, "maoist": true,
	"naxal": true, "insurgent": true, "insurgency": true, "militancy": true,
	// "218 extrajudicial killings", "424 arbitrary arrests": how the
	// deeds were done, as a UN report counts them.
	"extrajudicial": true, "extra-judicial": true, "arbitrary": true, "unlawful": true,
	// Nationalities and peoples: "20 Chinese citizens", "4,000 Baloch
	// activists".
	"chinese": true, "foreign": true, "baloch": true,
	// "83 quadcopter attacks", "57 drone attacks": the weapon of the deeds
	// counted.
	"quadcopter": true, "drone": true,
}

// aggregate words mark a sentence as a statistic rather than a report.
var aggregate = map[string]bool{
	"total": true, "overall": true, "cumulative": true, "tally": true, "so": true, "since": true,
	"annual": true, "monthly": true, "statistics": true, "data": true, "figures": true, "tide": true,
	"include": true, "includes": true, "current": true,
}

// Find returns the claims of the text and, for each sentence that states
// one, the index of its first token that does: 0 when the whole sentence
// is a statistic, more when a statistic follows an incident the sentence
// reports ("Two policemen were killed in Jamrud on Monday; police have
// lost 12 officers in such attacks this year").
func Find(text string, sents []lex.Sentence, published time.Time, c Context) ([]vigil.Claim, map[int]int) {
	claimFrom := map[int]int{}
	// Most texts hold no statistic: find candidate figures first and
	// resolve periods only when there is one.
	cands := make([][]candidate, len(sents))
	anyCand := false
	for si, s := range sents {
		cands[si] = candidates(text, s)
		anyCand = anyCand || len(cands[si]) > 0
	}
	if !anyCand {
		return nil, claimFrom
	}
	f := finder{text: text, sents: sents, c: c, lastAttr: map[int]Source{}}
	// Periods come from the paragraphs that hold a candidate: a claim's
	// period is in its sentence or its paragraph.
	seenPara := map[int]bool{}
	for si, s := range sents {
		if len(cands[si]) == 0 || seenPara[s.Para] {
			continue
		}
		seenPara[s.Para] = true
		start, end := s.Start, s.End
		first := si
		for k := si - 1; k >= 0 && sents[k].Para == s.Para; k-- {
			start, first = sents[k].Start, k
		}
		// "Balochistan saw fewer attacks but more deaths in 2025.\n\nThe
		// home department's figures show 402 attacks": a lede of one
		// sentence with no figure dates the paragraph after it.
		if lede(sents, cands, first) {
			start = sents[first-1].Start
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
			f.periods = append(f.periods, p)
		}
	}
	f.periods = joinPeriods(text, f.periods, published)
	// afterClaim says the paragraph's last figure was a claim's, and no
	// sentence since told an incident of its own: "These 502 deaths ...
	// 145 were shot dead in Sindh, 55 in Gilgit" goes on with the tally.
	afterClaim := false
	// countedIncidents says a claim counted incidents ("512 terrorist
	// attacks took place in 2023") and no sentence since told one
	// incident: "these attacks" in a later paragraph are those counted.
	countedIncidents := false
	// fromReport says a claim came from a sentence naming a report
	// ("according to the monthly security assessment released by PICSS"):
	// the text retells a report, and its later figures told with no day
	// and no one incident are the report's too ("The attacks resulted in
	// 196 deaths", "Khyber Pakhtunkhwa accounted for 71 of the attacks").
	fromReport := false
	for si, s := range sents {
		if si > 0 && sents[si-1].Para != s.Para {
			afterClaim = false
		}
		cands := cands[si]
		// "There was a 32 per cent rise in the number of people killed":
		// how a count moved is a statistic, whatever it counts.
		if changeInTally(s.Toks) {
			claimFrom[si] = 0
			if len(cands) == 0 {
				continue
			}
		}
		if len(cands) == 0 && shareOfTally(s.Toks) {
			// "Three-quarters of the casualties were caused by IEDs":
			// a share of a tally, however it names their cause, is a
			// statistic and no incident.
			claimFrom[si] = 0
			continue
		}
		if len(cands) == 0 {
			if singleIncident(s.Toks) || dayIn(s.Toks) {
				afterClaim, countedIncidents = false, false
			} else if fromReport && (tallyNoun(s.Toks) || namesReport(s.Toks)) {
				// "the deaths of security personnel remained alarmingly
				// high", "accounting for more than half of the policemen
				// martyred", "The report said separatists had
				// increasingly targeted highways": a report's comment
				// on its tally, no incident.
				claimFrom[si] = 0
			}
			continue
		}
		// An incident told first, then a tally in a clause of its own:
		// the clause is the claim, the incident keeps its toll.
		if b, tail := tallyTail(s, cands); b > 0 {
			tail = overSpan(tail, periodIn(f.periods, s.Toks[b].Start, s.End))
			if len(tail) > 0 {
				claimFrom[si] = b
				f.emit(si, lex.Sentence{Start: s.Toks[b].Start, End: s.End, Para: s.Para, Toks: s.Toks[b:]}, tail)
			}
			afterClaim = false
			continue
		}
		inPeriod := periodIn(f.periods, s.Start, s.End)
		if inPeriod != nil && !inPeriod.End.IsZero() && inPeriod.End.Sub(inPeriod.Start) <= 24*time.Hour {
			// "in the last 24 hours" dates a day's reports, which may be
			// one operation's toll: the words of the sentence, not its
			// period, make it a tally ("in separate operations across").
			inPeriod = nil
		}
		plain := plainTokens(s.Toks, si > 0 && sents[si-1].Para == s.Para && inPeriod == nil && singleIncident(sents[si-1].Toks))
		// A toll dated by one year or month at a district or a village
		// recalls an incident ("shot dead in the Danna area of Mansehra
		// District in March 2015"); over a province or a span it is a
		// tally.
		// A month told without its year ("in November") is such a unit
		// too, though the date reader cannot place it without a
		// publication date.
		spanned := inPeriod != nil
		// A week ("last week") is such a unit too: "the six labourers who
		// were killed in Kech district last week" were killed in one
		// attack.
		unit := spanned && (calendarUnit(*inPeriod) || weekLong(*inPeriod)) && !strings.HasPrefix(strings.ToLower(inPeriod.Text), "during") &&
			!strings.HasPrefix(strings.ToLower(inPeriod.Text), "throughout")
		if !spanned && bareMonth(s.Toks) {
			spanned, unit = true, true
		}
		if unit {
			// ... but a year's toll in many incidents is a tally at a
			// district too: "150 to 200 civilians were killed in drone
			// strikes in North Waziristan in 2012".
			// Only the clause that the period ends counts: "Levies lost
			// 38 personnel in 2025, the spokesman said, as militants
			// attacked checkposts in Makran" places the attacks, not the
			// year's toll.
			_, _, local := c.Where(s.Start, clauseEnd(s, inPeriod, cands))
			spanned = !local || wholeYear(inPeriod) && (killedInMany(s.Toks) || yearsToll(s.Toks, cands))
		}
		// A table of figures is a statistic, whatever its head.
		// "..., the think tank said" after a claim credits this
		// sentence's figures to the report too.
		byReport := (fromReport || len(f.out) > 0 && namesReport(s.Toks)) && !singleIncident(s.Toks) && !dayIn(s.Toks)
		isTally := tally(s.Toks, plain, spanned, afterClaim, largest(cands)) || tableOf(cands) ||
			countedIncidents && (pointsBackAt(s.Toks, incidentCounts) || countedToll(s.Toks)) || byReport
		afterClaim = false
		// Hundreds of operations are no one raid's: "conducted 31,400
		// search and combing operations during Muharram".
		isTally = isTally || manyOperations(cands)
		// A statistic counts many incidents: a sentence whose only figure
		// is a small toll with no period is an incident report.
		if inPeriod == nil && !hasAggregateWord(plain) && !isTally {
			continue
		}
		// The report's span holds its figures: "Another 154 people were
		// injured" needs no period of its own.
		// So does the span of the incidents a claim before counted, when
		// the sentence points back at them: "In these attacks, 11
		// policemen were killed and 64 people were injured".
		spanCands := cands
		if !byReport && !(countedIncidents && pointsBackAt(s.Toks, incidentCounts)) {
			spanCands = overSpan(cands, inPeriod)
		}
		var kept []candidate
		for _, cd := range spanCands {
			if (cd.toll || cd.metric == Displaced || cd.metric == FamiliesDisplaced) && nonViolent(s.Toks) {
				continue
			}
			if !cd.toll || isTally || !cd.bare && (hasAggregateWord(plain) || perfect(s.Toks) || countsIncidents(s.Toks)) {
				kept = append(kept, cd)
			}
		}
		if len(kept) == 0 {
			continue
		}
		// People displaced are a statistic and news of their own: CASE
		// codes "More than 60,000 people have fled into Sudan since the
		// fighting began" as an event, so the sentence stays open to one.
		if !onlyDisplaced(kept) {
			claimFrom[si] = 0
		}
		afterClaim = true
		countedIncidents = countedIncidents || countsIncidentsIn(kept)
		fromReport = fromReport || namesReport(s.Toks)
		f.emit(si, s, kept)
	}
	return f.out, claimFrom
}

// finder holds what Find shares between the sentences of a text.
type finder struct {
	text     string
	sents    []lex.Sentence
	c        Context
	periods  []dates.Period
	lastAttr map[int]Source // the last source named, by paragraph
	counted  *dates.Period  // the period of the last claim that counted incidents
	out      []vigil.Claim
}

// emit adds the claims of the candidates cands in span, a sentence or the
// clause of sentence si that states them.
func (f *finder) emit(si int, span lex.Sentence, cands []candidate) {
	text, s := f.text, f.sents[si]
	near := nearestPeriod(f.periods, f.sents, si)
	// A body the sentence credits its figures to ("PIPS recorded") names
	// the source better than the general list of sources does.
	// Where both name the same words, the general list's label wins, so
	// that "police" is one source in claims and events alike.
	src, ok := publisher(s.Toks, f.c)
	for _, o := range f.c.Sources(s.Toks) {
		if !ok || o.Start < src.End && src.Start < o.End {
			src, ok = o, true
			break
		}
	}
	if ok && anaphor(src.Label) {
		// "the think tank said": the body the paragraph named before.
		if a, named := f.lastAttr[s.Para]; named {
			src = a
		} else if a, named := f.sourceBefore(si); named && !anaphor(a.Label) {
			src = a
		}
	}
	if ok {
		f.lastAttr[s.Para] = src
	} else if a, ok := f.lastAttr[s.Para]; ok {
		src = a
	} else if a, ok := f.sourceBefore(si); ok {
		src = a
	} else if a, ok := f.sourceAfter(si); ok {
		src = a
	} else if a, ok := f.lastAttr[s.Para-1]; ok && s.Para > 0 {
		// "The home department's figures show 41 attacks ...\n\nIn
		// those three months, 96 security personnel were killed": a
		// paragraph that names no source goes on with the figures of the
		// paragraph right before it.
		src = a
	}
	// Where the source spoke is not where the figures were counted: "...,
	// killing 925 terrorists, the DG ISPR told a press conference in
	// Rawalpindi".
	placeEnd := span.End
	if last := cands[len(cands)-1].n.End; ok && src.Start >= last && src.End <= span.End {
		placeEnd = src.End
		// "according to the Islamabad-based CRSS": the seat of the
		// body is not where the figures were counted either.
		for _, t := range span.Toks {
			if t.Start >= last && t.End <= src.Start && strings.HasSuffix(t.Lower, "-based") {
				placeEnd = t.Start
				break
			}
		}
	}
	// "..., roughly half of them in Khyber Pakhtunkhwa": the place of a
	// part of the figures, not of the whole (a part told as a figure of
	// its own finds its place in its part below).
	partEnd := placeEnd
	if p := partPlace(span.Toks, cands[0].n.End); p >= 0 && span.Toks[p].Start < placeEnd {
		placeEnd = span.Toks[p].Start
	}
	country, admin1, _ := f.c.Where(span.Start, placeEnd)
	for _, t := range span.Toks {
		if t.Start >= cands[0].n.Start {
			break
		}
		if strings.HasSuffix(t.Lower, "-based") {
			// "The Islamabad-based PICSS said militants carried out 96
			// attacks": the seat of the body names no place of the
			// figures before them either.
			country, admin1, _ = f.c.Where(t.End, placeEnd)
			if country == "" {
				country, admin1, _ = f.c.Where(span.Start, t.Start)
			}
			break
		}
	}
	if cs, ce, ok := sinceClause(span.Toks, placeEnd); ok {
		// "since the Afghan Taliban took over Kabul in August 2021": the
		// place of the event that opened the span is not where the
		// figures were counted.
		country, admin1, _ = f.c.Where(span.Start, cs)
		if country == "" && ce < placeEnd {
			country, admin1, _ = f.c.Where(ce, placeEnd)
		}
	}
	if admin1 == "" && theProvince(span.Toks) {
		// "97 attacks in the province": the province the paragraph
		// named before.
		for k := si - 1; k >= 0 && k >= si-3 && f.sents[k].Para == s.Para; k-- {
			if c, a, _ := f.c.Where(f.sents[k].Start, f.sents[k].End); a != "" {
				country, admin1 = c, a
				break
			}
		}
	}
	if country == "" && f.ledeOf(si) >= 0 && provincial(span.Toks) {
		// "Balochistan saw fewer attacks in 2025.\n\nThe provincial
		// home department's figures show 402 attacks": the province of
		// the lede.
		k := f.ledeOf(si)
		if c, a, _ := f.c.Where(f.sents[k].Start, f.sents[k].End); a != "" {
			country, admin1 = c, a
		}
	}
	if country == "" && !nationwide(span.Toks) && anaphoricOpening(s.Toks) {
		// "2024 had been the most violent year in the province since
		// 2013. It recorded 371 terrorist incidents": a statistic that
		// names no place is the province's its paragraph named before.
		for k := si - 1; k >= 0 && k >= si-3 && f.sents[k].Para == s.Para; k-- {
			// Not the place of an incident told before ("A bomber struck
			// a club in Kabul on Wednesday. In total, 900 people were
			// killed in such attacks in 2018").
			if singleIncident(f.sents[k].Toks) {
				break
			}
			// "It said ..." after a sentence of figures by place ("182
			// were in Chhattisgarh, followed by 137 in Jharkhand") is no
			// one place's; "Of them, ..." splits the figure before.
			if !lex.HasAt(s.Toks, 0, "of") && !lex.HasAt(s.Toks, 0, "among") && len(candidates(f.text, f.sents[k])) > 0 {
				break
			}
			if c, a, _ := f.c.Where(f.sents[k].Start, f.sents[k].End); c != "" {
				if a != "" && !nationwide(f.sents[k].Toks) {
					country, admin1 = c, a
				}
				break
			}
		}
	}
	if country == "" {
		country = f.c.Home()
	}
	partCountry, partAdmin1 := "", ""
	// lastCompared is the period of the last figure set against another
	// ("down from 451 in 2024"): a later one told with none ("..., but
	// 639 deaths, up from 511") is of the same period.
	var lastCompared *dates.Period
	for _, cd := range cands {
		country, admin1 := country, admin1
		// "302 attacks in Khyber Pakhtunkhwa, followed by Balochistan
		// with 168": a figure's own part of the sentence names its
		// place; a part that names none goes on with the place of the
		// part before ("... with 168 attacks and 331 deaths").
		if ps, pe, split := partOf(span.Toks, cd.n.Start); split {
			if c, a, _ := f.c.Where(ps, min(pe, partEnd)); c != "" {
				partCountry, partAdmin1 = c, a
			} else if restOfCountry(span.Toks, ps, min(pe, partEnd)) {
				// "45 in Balochistan, 37 in Khyber Pakhtunkhwa and 12 in
				// the rest of the country": no province's part.
				partCountry, partAdmin1 = country, ""
			}
			if partCountry != "" {
				country, admin1 = partCountry, partAdmin1
			}
		}
		// "89 fatalities in Punjab, Sindh and Islamabad combined", "380
		// deaths in the two provinces combined": no one province's.
		if joint(span.Toks, cd.n.End) {
			admin1 = ""
		}
		// A table's row names its own place: "Sindh 41".
		if cd.table {
			if c, a, _ := f.c.Where(cd.mStart, cd.mEnd); c != "" {
				country, admin1 = c, a
			}
		}
		p := periodOf(f.periods, span, cd.n)
		compared := comparedFigure(span.Toks, cd.n)
		if p == nil && compared {
			p = lastCompared
		}
		if compared && p != nil {
			lastCompared = p
		}
		// "at least 702 had lost their lives, the highest figure since
		// 2011": a ranking's baseline dates the figure only when no
		// sentence near it gives a period.
		if p == nil || near != nil && rankedSince(span.Toks, *p) {
			p = near
		}
		// "the highest since 2013, when 190 were killed": the figure
		// is the baseline year's; "put the number in 2023 at 1,373":
		// the year's the figure is put at.
		if w := whenPeriod(f.periods, span.Toks, cd.n); w != nil {
			p = w
		}
		// "1,046 people lost their lives in these attacks": the period
		// of the attacks counted before.
		if p == nil && pointsBackAt(span.Toks, incidentCounts) {
			p = f.counted
		}
		if p == nil {
			p = f.ledePeriod(si)
		}
		if cd.metric == Incidents || cd.metric == Attacks {
			f.counted = p
		}
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
		f.out = append(f.out, cl)
	}
}

// whenPeriod returns the period told right before ", when" that opens
// the figure n ("since 2013, when 190 were killed"), the year right
// before "at" ("put the number in 2023 at 1,373") or ranked before it
// ("2023 the worst year at 29"), or nil.
func whenPeriod(ps []dates.Period, toks []lex.Token, n numbers.Number) *dates.Period {
	b := firstBefore(toks, n.Start)
	if y := rankedYearAt(toks, b); y >= 0 {
		v, _ := strconv.Atoi(toks[y].Lower)
		return &dates.Period{Start: time.Date(v, time.January, 1, 0, 0, 0, 0, time.UTC), End: time.Date(v, time.December, 31, 0, 0, 0, 0, time.UTC),
			StartOff: toks[y].Start, EndOff: toks[y].End, Text: toks[y].Text}
	}
	if b >= 1 && toks[b].Is("at") && year(toks[b-1].Lower) {
		for i := range ps {
			if ps[i].EndOff == toks[b-1].End {
				return &ps[i]
			}
		}
		return nil
	}
	if b < 1 || !toks[b].Is("when") || !toks[b-1].Is(",") {
		return nil
	}
	for i := range ps {
		if ps[i].EndOff != toks[b-1].Start {
			continue
		}
		p := ps[i]
		if y := toks[b-2]; year(y.Lower) && strings.HasPrefix(strings.ToLower(p.Text), "since") {
			// "since 2013, when": the year itself, not the span since.
			p.Start = time.Date(p.Start.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
			p.End = p.Start.AddDate(1, 0, -1)
			p.StartOff = y.Start
		}
		return &p
	}
	return nil
}

// comparedFigure reports a figure told as the earlier count a change
// came from: "down from 451", "up from 511".
func comparedFigure(toks []lex.Token, n numbers.Number) bool {
	b := firstBefore(toks, n.Start)
	return b >= 1 && toks[b].Is("from") && toks[b-1].Is("up", "down")
}

// rankedYearAt returns the year of "YEAR the worst year at" that ends
// with "at" at toks[b] ("with 2023 the worst year at 29"), or -1.
func rankedYearAt(toks []lex.Token, b int) int {
	if b < 3 || !toks[b].Is("at") || !toks[b-1].Is("year") || !superlatives[toks[b-2].Lower] {
		return -1
	}
	y := b - 3
	if toks[y].Is("the") {
		y--
	}
	if y < 0 || !year(toks[y].Lower) {
		return -1
	}
	return y
}

// sinceClause returns the offsets of a "since" clause before end that
// tells the event a span opened with ("since the Afghan Taliban took over
// Kabul", "since the fall of Kabul in August 2021"): from "since" to the
// comma or the end of the clause. A clause of dates alone ("since January
// in Balochistan") names no event and is not returned.
func sinceClause(toks []lex.Token, end int) (int, int, bool) {
	for i, t := range toks {
		if t.Start >= end {
			break
		}
		if !t.Is("since") {
			continue
		}
		event := false
		j := i + 1
		for ; j < len(toks) && !toks[j].Punct; j++ {
			event = event || sinceEventWords[toks[j].Lower]
		}
		if !event {
			continue
		}
		ce := end
		if j < len(toks) {
			ce = toks[j].Start
		}
		return t.Start, ce, true
	}
	return 0, 0, false
}

// sinceEventWords tell an event that opened a span: a seizure of power, a
// city's fall, a withdrawal.
var sinceEventWords = lex.WordSet("took seized captured returned fall fell takeover take-over withdrawal withdrew")

// joint reports places counted together after the figure that ends at
// off: "in Punjab, Sindh and Islamabad combined", "in the two provinces
// together".
func joint(toks []lex.Token, off int) bool {
	n := 0
	for j, t := range toks {
		if t.Start < off {
			continue
		}
		if n++; n > 12 || t.Is(";") {
			return false
		}
		if t.Is("combined", "together") && j > 0 && (capital(toks[j-1]) || toks[j-1].Is("provinces", "regions", "districts", "areas")) {
			return true
		}
	}
	return false
}

// manyOperations reports a count of 100 operations or more among cands:
// a campaign's tally, whatever span the sentence gives.
func manyOperations(cands []candidate) bool {
	for _, cd := range cands {
		if cd.metric == Operations && cd.n.Value >= 100 {
			return true
		}
	}
	return false
}

// restOfCountry reports a part of a sentence, text[start:end], that
// counts the rest of the country or elsewhere, not a province.
func restOfCountry(toks []lex.Token, start, end int) bool {
	for i, t := range toks {
		if t.Start < start || t.End > end {
			continue
		}
		if t.Is("elsewhere") || t.Is("rest") && lex.HasAt(toks, i+1, "of", "the") {
			return true
		}
	}
	return false
}

// lede reports that the sentence before sents[first], the first of its
// paragraph, is a paragraph of its own with no figure: a headline or a
// lede that may date and place the figures after it.
func lede(sents []lex.Sentence, cands [][]candidate, first int) bool {
	if first < 1 || sents[first-1].Para != sents[first].Para-1 || len(cands[first-1]) > 0 {
		return false
	}
	return first < 2 || sents[first-2].Para != sents[first-1].Para
}

// ledeOf returns the lede before the paragraph of sentence si, when the
// paragraph opens with si or names no period before it, or -1.
func (f *finder) ledeOf(si int) int {
	first := si
	for first > 0 && f.sents[first-1].Para == f.sents[si].Para {
		first--
	}
	if first < 1 || f.sents[first-1].Para != f.sents[first].Para-1 || first >= 2 && f.sents[first-2].Para == f.sents[first-1].Para ||
		len(candidates(f.text, f.sents[first-1])) > 0 {
		return -1
	}
	return first - 1
}

// ledePeriod returns the period the lede before sentence si's paragraph
// names, when its paragraph names none, or nil.
func (f *finder) ledePeriod(si int) *dates.Period {
	k := f.ledeOf(si)
	if k < 0 {
		return nil
	}
	for i := range f.periods {
		p := &f.periods[i]
		if p.StartOff >= f.sents[k].Start && p.EndOff <= f.sents[k].End && !rankedSince(f.sents[k].Toks, *p) {
			return p
		}
	}
	return nil
}

// provincial reports words that point at a province named before: "the
// provincial home department", "in the province".
func provincial(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("provincial") || t.Is("province") && i > 0 && toks[i-1].Is("the") {
			return true
		}
	}
	return false
}

// anaphoricOpening reports a sentence that opens by pointing back at the
// one before: "It recorded ...", "They said ...", "Of them, ...".
func anaphoricOpening(toks []lex.Token) bool {
	return len(toks) > 0 && toks[0].Is("it", "they", "he", "she") ||
		lex.HasAt(toks, 0, "of", "them") || lex.HasAt(toks, 0, "of", "these") || lex.HasAt(toks, 0, "among", "them")
}

// nationwide reports words of a whole country's figure: "nationwide",
// "across the country", "in the country".
func nationwide(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("nationwide", "countrywide", "national") || t.Is("country", "nation") && i > 0 && toks[i-1].Is("the") {
			return true
		}
	}
	return false
}

// theProvince reports a figure placed "in the province", which names it
// no more.
func theProvince(toks []lex.Token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Is("the") && toks[i+1].Is("province") && toks[i-1].Is("in", "across", "throughout") {
			return true
		}
	}
	return false
}

// partPlace returns the token that opens a part of figures told after
// offset after ("half of them in", "most of them in", "of whom 40 in",
// "and that Sindh accounted for"), or -1.
func partPlace(toks []lex.Token, after int) int {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Start >= after && toks[i].Is("of") && toks[i+1].Is("them", "these", "those", "whom", "which") {
			return i
		}
		// "..., and that Balochistan accounted for 11 of them".
		if toks[i].Start >= after && toks[i].Is("and") && placeAccounted(toks, i+1) {
			return i
		}
		// "...; 51 of the attacks were in Khyber Pakhtunkhwa".
		if toks[i].Start >= after && lex.Digits(strings.ReplaceAll(toks[i].Lower, ",", "")) && lex.HasAt(toks, i+1, "of", "the") {
			return i
		}
	}
	return -1
}

// placeStart returns the first of the capitalised words that end at
// token b after "in" ("in Khyber Pakhtunkhwa"), or -1 when no "in" opens
// them.
func placeStart(toks []lex.Token, b int) int {
	s := b
	for s > 0 && s > b-3 && capital(toks[s-1]) {
		s--
	}
	if s > 0 && toks[s-1].Is("in") {
		return s
	}
	return -1
}

// yearAfterPlace reports a year right after the capitalised words from
// token i: "..., March 2024" is a date, no place's figure.
func yearAfterPlace(toks []lex.Token, i int) bool {
	k := i
	for k < len(toks) && k < i+3 && capital(toks[k]) {
		k++
	}
	return k < len(toks) && year(toks[k].Lower)
}

// placeThenFigure reports capitalised words from token i followed by a
// figure: "Sindh 18", "Khyber Pakhtunkhwa 142".
func placeThenFigure(toks []lex.Token, i int) bool {
	if i < 0 || i >= len(toks) || !capital(toks[i]) {
		return false
	}
	k := i
	for k < len(toks) && k < i+3 && capital(toks[k]) {
		k++
	}
	return k < len(toks) && numberAt(toks, k)
}

// clauseEnd returns where the words that place the period p and the
// figures cands end in sentence s: at the telling after them ("..., the
// force's spokesman said, as militants attacked checkposts in Makran"),
// or the sentence's end.
func clauseEnd(s lex.Sentence, p *dates.Period, cands []candidate) int {
	if p == nil {
		return s.End
	}
	from := p.EndOff
	for _, cd := range cands {
		from = max(from, cd.n.End)
	}
	for i, t := range s.Toks {
		if t.Start >= from && t.Is("said", "told", "added", "says") && i+1 < len(s.Toks) && s.Toks[i+1].Is(",") {
			return t.End
		}
	}
	return s.End
}

// wholeYear reports a period of one calendar year.
func wholeYear(p *dates.Period) bool {
	return p != nil && p.Start.Month() == time.January && p.Start.Day() == 1 && p.End.Month() == time.December &&
		p.End.Day() == 31 && p.Start.Year() == p.End.Year()
}

// killedInMany reports a toll told as the sum of incidents in the plural:
// "killed in drone strikes", "lost their lives in sectarian clashes".
func killedInMany(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("in") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].Is("attacks", "strikes", "clashes", "bombings", "blasts", "encounters", "raids", "shootings", "airstrikes") {
				return diedIn(toks[max(0, i-4):i])
			}
		}
	}
	return false
}

// yearsToll reports a toll dated by a whole year that no single incident
// could leave at one district: "Security forces neutralised 58 khwarij in
// North Waziristan in 2025", "At least 45 soldiers were killed in Kurram
// in 2024". A recalled incident names itself ("in an ambush in 2024") or
// counts few; "the 2010 Tadmetla incident in which 76 SF personnel were
// killed" and "the serial blasts of 1998 in which 58 persons were killed"
// recall one incident by its name.
func yearsToll(toks []lex.Token, cands []candidate) bool {
	most := int64(0)
	for _, c := range cands {
		if !bracketed(toks, c.n.Start) {
			most = max(most, c.n.Value)
		}
	}
	if most < minYearsToll || singleIncident(toks) {
		return false
	}
	for i, t := range toks {
		if incidentNouns[t.Lower] || t.Is("incident") || lex.HasAt(toks, i, "in", "which") {
			return false
		}
	}
	return true
}

// bracketed reports a number at offset off told in brackets, as ages are:
// "Anjan Deka (31) was arrested".
func bracketed(toks []lex.Token, off int) bool {
	for i, t := range toks {
		if t.Start == off {
			return i > 0 && toks[i-1].Is("(") && i+1 < len(toks) && toks[i+1].Is(")")
		}
	}
	return false
}

// minYearsToll is the smallest toll yearsToll reads as a year's: fewer
// dead at one district in a year may be one incident's.
const minYearsToll = 20

// sourceAfter returns the source the sentence after si names for the
// figures before it: "Thirty-two policemen were martyred in 2024. The
// figures were shared by the provincial police chief."
// sourceBefore returns the body that an earlier sentence of si's paragraph,
// one with no figure of its own, credits: "In its annual report, PICSS said
// 2024 was the deadliest year. Militants carried out 856 attacks ...",
// "..., the spokesman Zabihullah Mujahid said. He said 65 members had been
// killed".
func (f *finder) sourceBefore(si int) (Source, bool) {
	for k := si - 1; k >= 0 && k >= si-3 && f.sents[k].Para == f.sents[si].Para; k-- {
		if src, ok := publisher(f.sents[k].Toks, f.c); ok {
			return src, true
		}
		if srcs := f.c.Sources(f.sents[k].Toks); len(srcs) > 0 {
			return srcs[0], true
		}
	}
	return Source{}, false
}

func (f *finder) sourceAfter(si int) (Source, bool) {
	if si+1 >= len(f.sents) || f.sents[si+1].Para != f.sents[si].Para {
		return Source{}, false
	}
	next := f.sents[si+1]
	refers := false
	for _, t := range next.Toks {
		refers = refers || recordNouns[t.Lower] || t.Is("figures", "numbers", "statistics")
	}
	if !refers || len(candidates(f.text, next)) > 0 {
		return Source{}, false
	}
	if src, ok := publisher(next.Toks, f.c); ok {
		return src, true
	}
	if srcs := f.c.Sources(next.Toks); len(srcs) > 0 {
		return srcs[0], true
	}
	return Source{}, false
}

// placeForFigure reports a place and its figure at i: "Balochistan for
// 270".
func placeForFigure(toks []lex.Token, i int) bool {
	k := i
	for k < len(toks) && k < i+3 && capital(toks[k]) {
		k++
	}
	return k > i && k+1 < len(toks) && toks[k].Is("for") && numberAt(toks, k+1)
}

// placeAccounted reports a place at i, after "that", that accounted for a
// share: "(and) that Balochistan accounted for 11 of them".
func placeAccounted(toks []lex.Token, i int) bool {
	if i < len(toks) && toks[i].Is("that") {
		i++
	}
	k := i
	for k < len(toks) && k < i+3 && capital(toks[k]) {
		k++
	}
	// "and that Khyber Pakhtunkhwa alone accounted for 1,616 of them".
	if k > i && k < len(toks) && toks[k].Is("alone") {
		k++
	}
	return k > i && lex.HasAt(toks, k, "accounted", "for")
}

// numberEnd returns the token after the number that starts at i.
func numberEnd(toks []lex.Token, i int) int {
	if _, last, ok := lex.NumberAt(toks, i); ok {
		return last + 1
	}
	return i + 1
}

// partOf returns the part of a sentence that holds the figure at offset
// off, the sentence being split where it sets one place's figures against
// another's ("; ", "while", "whereas", "followed by", "and 88 in ..."); split is false when
// the sentence has one part.
func partOf(toks []lex.Token, off int) (start, end int, split bool) {
	if len(toks) == 0 {
		return 0, 0, false
	}
	start, end = toks[0].Start, toks[len(toks)-1].End
	// partOpened says a place's part was told as such ("of which",
	// "43 of them in"): the list of places' figures may go on.
	partOpened := false
	for i, t := range toks {
		if t.Is(",") && numberAt(toks, i+1) && (lex.HasAt(toks, numberEnd(toks, i+1), "of", "them") || lex.HasAt(toks, numberEnd(toks, i+1), "of", "these")) {
			partOpened = true
		}
		// "... and 88 in Balochistan": the next figure of a list.
		nextFigure := t.Is("and") && numberAt(toks, i+1)
		// "..., in Sindh 18": a place and its figure; "..., Balochistan
		// 421 and Sindh 39" too.
		placeFigure := t.Is("in") && i > 0 && toks[i-1].Is(",", "and") && placeThenFigure(toks, i+1) ||
			t.Is(",", "and") && i+1 < len(toks) && !months[toks[i+1].Lower] && placeThenFigure(toks, i+1) && !yearAfterPlace(toks, i+1)
		// "..., 348 in Balochistan and 19 in Sindh": the next place's
		// figure of a list.
		if t.Is(",") && numberAt(toks, i+1) && inPlaceAfter(toks, numberEnd(toks, i+1)) && !lex.HasAt(toks, numberEnd(toks, i+1), "of") {
			nextFigure = true
		}
		// "... and Balochistan for 270": another place's share; "...,
		// and that Balochistan accounted for 11 of them".
		if t.Is("and") && (placeForFigure(toks, i+1) || placeAccounted(toks, i+1)) {
			nextFigure = true
		}
		// "..., 43 of them in Khyber Pakhtunkhwa", "..., of which 390
		// were in Balochistan": a part of the figure before, by place.
		figurePlace := t.Is(",") && i+1 < len(toks) && (partOpened && numberAt(toks, i+1) && inPlaceAfter(toks, numberEnd(toks, i+1)) ||
			lex.HasAt(toks, i+1, "of", "which") && numberAt(toks, i+3) && inPlaceAfter(toks, numberEnd(toks, i+3)))
		if figurePlace {
			partOpened = true
		}
		if i == 0 || !(t.Is(";", "while", "whereas") || nextFigure || placeFigure || figurePlace || t.Is("followed") && i+1 < len(toks) && toks[i+1].Is("by")) {
			continue
		}
		split = true
		if t.Start <= off {
			start = t.Start
		} else if t.Start < end {
			end = t.Start
		}
	}
	return start, end, split
}

// tallyTail finds a tally told in a clause after an incident the sentence
// reports: "Two FC personnel were martyred as terrorists attacked a convoy
// in Panjgur; the area has seen more than 40 attacks this year", "...,
// bringing to 23 the number of police officials killed in the district
// since January", "..., the 11th policeman killed in the district this
// month". It returns the clause's first token and the candidates in it,
// or 0 when there is none. The clause may hold no candidate ("adding that
// the area had seen many such attacks"): its words then still make no
// statistic of the incident's toll.
func tallyTail(s lex.Sentence, cands []candidate) (int, []candidate) {
	toks := s.Toks
	for b := 3; b < len(toks)-2; b++ {
		if !clauseStart(toks, b) {
			continue
		}
		head, tail := toks[:b], toks[b:]
		if !incidentClause(head) || !tallyClause(tail) {
			continue
		}
		var in []candidate
		for _, cd := range cands {
			if cd.n.Start >= toks[b].Start {
				in = append(in, cd)
			}
		}
		return b, in
	}
	return 0, nil
}

// clauseStart reports a token that opens a clause of its own: after a
// semicolon or a dash, or a participle that goes on to a running count
// ("..., adding that", "bringing", "raising the number").
func clauseStart(toks []lex.Token, b int) bool {
	prev := toks[b-1]
	switch {
	case prev.Is(";", "—", "–"):
		return true
	case toks[b].Is("adding", "bringing", "raising", "taking", "pushing", "while", "whereas"):
		return true
	case prev.Is(",") && toks[b].Is("the") && b+1 < len(toks) && ordinal(toks[b+1].Lower):
		return true
	}
	return false
}

// incidentClause reports a clause that tells one incident: named in the
// singular, on a day, or as a violent deed in the past with no statistic's
// words.
func incidentClause(toks []lex.Token) bool {
	if singleIncident(toks) || dayIn(toks) {
		return true
	}
	if hasAggregateWord(toks) || span(toks) || manyIncidents(toks) || compares(toks) || inYear(toks) {
		return false
	}
	for _, t := range toks {
		if t.Is("attacked", "killed", "martyred", "shot", "gunned", "ambushed", "stormed", "exploded", "abducted", "kidnapped") ||
			t.Is("martyrdom") {
			return true
		}
	}
	return false
}

// inYear reports a clause dated by a whole year and no day: "the CTD said
// it killed 317 terrorists and arrested 1,046 in 2025" sums the year.
func inYear(toks []lex.Token) bool {
	for i := 1; i < len(toks); i++ {
		if year(toks[i].Lower) && toks[i-1].Is("in", "during", "throughout") {
			return true
		}
	}
	return false
}

// tallyClause reports a clause that states a statistic: a period, a count
// of incidents, a comparison, a class of incidents, or a running count
// over a campaign ("taking the death toll in the week-long fighting to
// 43"). A running count of one incident ("bringing the toll from the
// blast to 21") is no statistic.
func tallyClause(toks []lex.Token) bool {
	if manyIncidents(toks) || compares(toks) || pointsBack(toks) || campaign(toks) || span(toks) || kindOfViolence(toks) {
		return true
	}
	if singleIncident(toks) {
		return false
	}
	// "in total 31 were killed" after the incident sums its dead.
	return hasAggregateWord(plainTokens(toks, true)) || lasting(toks)
}

// lasting reports words for violence that lasts: "the week-long fighting",
// "the ongoing unrest", "36 days of violence".
func lasting(toks []lex.Token) bool {
	for i, t := range toks {
		if strings.HasSuffix(t.Lower, "-long") || t.Is("ongoing", "continuing", "unrest", "agitation") ||
			t.Is("days", "weeks", "months") && i+1 < len(toks) && toks[i+1].Is("of") {
			return true
		}
	}
	return false
}

// ordinal reports an ordinal written in digits: "11th", "24th", "3rd".
func ordinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	suf := w[len(w)-2:]
	return (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && lex.Digits(w[:len(w)-2])
}

func ev(text, field string, a, b int) vigil.Evidence {
	return vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]}
}

type candidate struct {
	n            numbers.Number
	metric       string
	mStart, mEnd int
	toll         bool // counts people hurt, not incidents
	bare         bool // a toll with no metric noun: "145 were shot dead"
	civilian     bool // "civilian casualties": the people counted are civilians
	part         bool // a place's part of the figure before: "43 of them in Sindh"
	table        bool // a figure of a table flattened into text: "Sindh 63; Punjab 51"
	spanOnly     bool // a claim only over a span the sentence names
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
	if !noun && !diedIn(toks) && !countCue(toks) {
		return nil
	}
	var out []candidate
	// "Of them, 924 were security personnel and 642 civilians": the dead
	// of the sentence before, split by side; no word of death is needed.
	// "Of last year's 3,417 deaths, 1,488 were militants, 1,142 security
	// personnel and 787 civilians": the dead the opening names.
	split := (lex.HasAt(toks, 0, "of", "them") || lex.HasAt(toks, 0, "of", "these") || lex.HasAt(toks, 0, "among", "them") || ofTheDead(toks)) &&
		!hurtWords(toks)
	for i := range toks {
		// "over a hundred militants": a number told in words only.
		if _, _, ok := lex.NumberAt(toks, i); ok || toks[i].Is("hundred", "thousand", "dozen") {
			count = true
		}
		if cd, ok := ordinalToll(toks, i); ok {
			out = append(out, cd)
		}
	}
	if !count {
		return out
	}
	nums := numbers.Find(text[s.Start:s.End])
	for _, extra := range afterYearTo(toks, s.Start) {
		covered := false
		for _, n := range nums {
			covered = covered || n.Start < extra.End && extra.Start < n.End
		}
		if !covered {
			nums = append(nums, extra)
		}
	}
	nums = movedFromTo(toks, s.Start, nums)
	sort.SliceStable(nums, func(a, b int) bool { return nums[a].Start < nums[b].Start })
	// meanOf is the metric of an average or a ratio passed over, and
	// meanAt its noun: a total told after it counts the same thing.
	meanOf, meanAt := "", 0
	for _, n := range nums {
		if n.Money || n.Value < 2 || vague(n.Text) {
			continue
		}
		n.Start += s.Start
		n.End += s.Start
		// The token after the number.
		k := 0
		for k < len(toks) && toks[k].Start < n.End {
			k++
		}
		if k < len(toks) && toks[k].Is("more") {
			continue // "two more protesters died": what a count grew by
		}
		m := k
		for m < len(toks) && m < k+3 && (modifiers[toks[m].Lower] || strings.HasSuffix(toks[m].Lower, "-related") ||
			strings.HasSuffix(toks[m].Lower, "-linked")) {
			m++
			// "31,400 search and combing operations": two modifiers
			// joined.
			if m+1 < len(toks) && toks[m].Is("and") && modifiers[toks[m+1].Lower] && m+2 < len(toks) {
				m++
			}
		}
		b0 := firstBefore(toks, n.Start)
		if notCount(toks, b0) {
			// "an average of 3.1 attacks a day in October, a total of
			// 96": the total after the mean counts what the mean did.
			if m < len(toks) {
				if metric, ok := metricNouns[toks[m].Lower]; ok {
					meanOf, meanAt = metric, m
				}
			}
			continue
		}
		if meanOf != "" && (strings.Contains(strings.ToLower(n.Text), "total of") || lex.HasAt(toks, k, "in", "all")) {
			out = append(out, candidate{n: n, metric: meanOf, mStart: toks[meanAt].Start, mEnd: toks[meanAt].End, toll: isToll(meanOf)})
			meanOf = ""
			continue
		}
		if at := terrorCases(toks, b0, k); at > 0 {
			out = append(out, candidate{n: n, metric: CasesRegistered, mStart: toks[at].Start, mEnd: toks[at].End, spanOnly: true})
			continue
		}
		if metric, at := displacedAt(toks, b0, k); at > 0 {
			out = append(out, candidate{n: n, metric: metric, mStart: toks[at].Start, mEnd: toks[at].End})
			continue
		}
		if at := foiledAt(toks, b0, k); at > 0 {
			out = append(out, candidate{n: n, metric: AttacksFoiled, mStart: toks[at].Start, mEnd: toks[at].End})
			continue
		}
		if metric, at, ok := countAfter(toks, b0, k); ok {
			out = append(out, candidate{n: n, metric: metric, mStart: toks[at].Start, mEnd: toks[at].End, toll: isToll(metric), bare: true})
			continue
		}
		// "Khyber Pakhtunkhwa accounted for 690 of the attacks and
		// Balochistan for 270": a place's share of the count.
		if share, at := shareOf(toks, b0, k); share != "" {
			out = append(out, candidate{n: n, metric: share, mStart: toks[at].Start, mEnd: toks[at].End, toll: isToll(share), part: true})
			continue
		}
		// "51 of the attacks were in Khyber Pakhtunkhwa", "only 7 of the
		// 52 attacks recorded": a part of a count of incidents or deeds,
		// told by the noun it is a part of.
		if metric, at := partOfCount(toks, k); metric != "" {
			out = append(out, candidate{n: n, metric: metric, mStart: toks[at].Start, mEnd: toks[at].End, part: true})
			continue
		}
		// "782 incidents were recorded in 2025, of which 311 were on
		// highways": a part of the count before.
		if len(out) > 0 && b0 >= 1 && toks[b0].Is("which") && toks[b0-1].Is("of") && lex.HasAt(toks, k, "were") && !isToll(out[len(out)-1].metric) {
			prev := out[len(out)-1]
			out = append(out, candidate{n: n, metric: prev.metric, mStart: prev.mStart, mEnd: prev.mEnd, part: true})
			continue
		}
		// "..., and that Balochistan accounted for 11 of them": a place's
		// share of the count before.
		if len(out) > 0 && b0 >= 1 && toks[b0].Is("for") && toks[b0-1].Is("accounted") && lex.HasAt(toks, k, "of", "them") {
			prev := out[len(out)-1]
			out = append(out, candidate{n: n, metric: prev.metric, mStart: prev.mStart, mEnd: prev.mEnd, toll: prev.toll, part: true})
			continue
		}
		// "militants made up 1,003 of the dead, security personnel 521
		// and civilians 426": each side's part of the dead, told by the
		// side before its figure.
		if side, at := sidePart(toks, b0, k, out); side != "" {
			out = append(out, candidate{n: n, metric: side, mStart: toks[at].Start, mEnd: toks[at].End, toll: true, part: true})
			continue
		}
		// "more than 4,000 people were killed, 2,600 of them security
		// personnel": a side's part of the dead counted before.
		if side, at := sideOfDead(toks, b0, k, out); side != "" {
			out = append(out, candidate{n: n, metric: side, mStart: toks[at].Start, mEnd: toks[at].End, toll: true})
			continue
		}
		if len(out) > 0 && out[len(out)-1].part && b0 >= 1 && toks[b0].Is("for") && capital(toks[b0-1]) && (k >= len(toks) || toks[k].Punct) {
			prev := out[len(out)-1]
			out = append(out, candidate{n: n, metric: prev.metric, mStart: prev.mStart, mEnd: prev.mEnd, toll: prev.toll, part: true})
			continue
		}
		// "it killed 317 terrorists and arrested 1,046 in 2025": the verb
		// before a figure with no noun, in a list after a tally's first
		// figure, says the fate of the others.
		if len(out) > 0 && b0 >= 1 && toks[b0-1].Is("and", ",") && (k >= len(toks) || toks[k].Punct || toks[k].Is("in", "during", "since", "so", "this", "over", "while")) {
			if f := fate(toks[b0 : b0+1]); f != "" {
				out = append(out, candidate{n: n, metric: f, mStart: toks[b0].Start, mEnd: toks[b0].End})
				continue
			}
		}
		// "432 terrorists had been killed and 1,207 arrested": the verb
		// after the figure says the fate of the others of the tally.
		if len(out) > 0 && b0 >= 0 && toks[b0].Is("and", ",") && k < len(toks) {
			if f := fate(toks[k : k+1]); f != "" {
				out = append(out, candidate{n: n, metric: f, mStart: toks[k].Start, mEnd: toks[k].End})
				continue
			}
		}
		// "from 13 in 2022", "against 31 in June and 24 in May", "while
		// Khyber Pakhtunkhwa lost 28": a figure set beside the one before
		// it counts the same thing.
		if len(out) > 0 && !year(n.Text) && placePart(toks, firstBefore(toks, n.Start), k, out) {
			prev := out[len(out)-1]
			out = append(out, candidate{n: n, metric: prev.metric, mStart: prev.mStart, mEnd: prev.mEnd, toll: prev.toll, bare: prev.bare, part: true})
			continue
		}
		if len(out) > 0 && !year(n.Text) {
			if prev := out[len(out)-1]; elliptic(toks, firstBefore(toks, n.Start), k, out) {
				out = append(out, candidate{n: n, metric: prev.metric, mStart: prev.mStart, mEnd: prev.mEnd, toll: prev.toll, bare: prev.bare})
				continue
			}
		}
		if m >= len(toks) {
			continue
		}
		b := firstBefore(toks, n.Start)
		if metric, first, ok := labelled(toks, b); ok && (k >= len(toks) || toks[k].Punct || toks[k].Is("and")) {
			out = append(out, candidate{n: n, metric: metric, mStart: toks[first].Start, mEnd: toks[b].End, toll: isToll(metric), bare: isToll(metric), table: true})
			continue
		}
		// "killed 123 militants and arrested 61 others": the verb says
		// the fate of the others, counted beside a figure of the same
		// tally.
		// "arrested 140 members of the Islamic State group in the past
		// year" is a tally as the fate rule below reads one.
		others := len(out) > 0 && toks[m].Is("others") ||
			(toks[m].Is("members") || groupMembers(toks, m)) && n.Value >= 10 && spanNamed(toks) && !dayIn(toks)
		if b >= 0 && m < len(toks) && others {
			// "killing 79 members of the group": militants killed.
			if toks[b].Is("killing", "killed") && (groupMembers(toks, m) || toks[m].Is("members") && m+3 < len(toks) &&
				lex.HasAt(toks, m+1, "of", "the") && toks[m+3].Is("group", "outfit", "network", "organisation", "organization")) {
				out = append(out, candidate{n: n, metric: MilitantsKilled, mStart: toks[m].Start, mEnd: toks[m].End, toll: true})
				continue
			}
			if f := fate(toks[b : b+1]); f != "" {
				out = append(out, candidate{n: n, metric: f, mStart: toks[b].Start, mEnd: toks[b].End})
				continue
			}
			// "arrested 412 members of Daesh and killed 57 others": the
			// others of the group counted before, killed.
			if toks[b].Is("killed", "killing") && toks[m].Is("others") && b > 0 && toks[b-1].Is("and") {
				metric := Deaths
				if out[len(out)-1].metric == Arrests && groupMembersBefore(toks, b) {
					metric = MilitantsKilled
				}
				out = append(out, candidate{n: n, metric: metric, mStart: toks[m].Start, mEnd: toks[m].End, toll: true})
				continue
			}
			// "925 terrorists were killed and 73 others arrested": the
			// participle after the others says their fate.
			if m+1 < len(toks) && toks[m].Is("others") && toks[b].Is("and", ",") {
				if f := fate(toks[m+1 : m+2]); f != "" {
					out = append(out, candidate{n: n, metric: f, mStart: toks[m+1].Start, mEnd: toks[m+1].End})
					continue
				}
			}
		}
		// "injuring 130 others": the verb says what the people suffered.
		if b >= 0 && toks[b].Is("injuring", "injured", "wounding", "wounded") && m < len(toks) && toks[m].Is("others", "people", "persons", "civilians") &&
			(b < 2 || !toks[b-1].Is("or", "and") || !toks[b-2].Is("killed", "killing")) {
			out = append(out, candidate{n: n, metric: Injured, mStart: toks[b].Start, mEnd: toks[b].End, toll: true})
			continue
		}
		metric, ok := metricNouns[toks[m].Lower]
		if !ok && split && k+1 < len(toks) && toks[k].Is("were") {
			// "Of them, 924 were security personnel": the side of the
			// dead the sentence before counted.
			j := k + 1
			for j < len(toks) && j < k+4 && modifiers[toks[j].Lower] {
				j++
			}
			if j < len(toks) {
				if side := metricNouns[toks[j].Lower]; side == SecurityKilled || side == CiviliansKilled || side == MilitantsKilled {
					out = append(out, candidate{n: n, metric: side, mStart: toks[j].Start, mEnd: toks[j].End, toll: true})
					continue
				}
			}
		}
		// "political violence events", not "20 cultural events": events
		// count incidents only after a word of violence.
		if ok && toks[m].Is("events") && (m == k || !toks[m-1].Is("violence", "violent", "terrorist", "terror", "security", "militant", "terrorism-related", "security-related")) {
			ok = false
		}
		// "arrested 312 suspects", "abducted 71 people": the verb before
		// the count tells their fate. That is how raids are reported too
		// ("detained 43 people in raids across Istanbul"): only a count
		// over a span ("in 2024", "over the past three months") is a
		// tally, and not a handful, nor a haul told by its day ("on May
		// 4", "in the past 24 hours").
		// A count beside the operations it came of is the same tally,
		// whatever span the sentence gives: "conducted 54 operations and
		// arrested 11 suspected terrorists in the last 24 hours".
		afterOperations := len(out) > 0 && out[len(out)-1].metric == Operations
		if ok && b >= 0 && n.Value >= 10 && (afterOperations || spanNamed(toks) && !dayIn(toks) && lex.Find(toks, 0, "hours") < 0) && (metric == Deaths || metric == MilitantsKilled || metric == SecurityKilled || metric == CiviliansKilled) {
			// ("rounded up a total of 1,400 suspects").
			roundedUp := toks[b].Is("up") && b > 0 && toks[b-1].Is("rounded", "picked")
			if f := fate(toks[b : b+1]); f != "" || roundedUp || toks[b].Is("arresting", "detaining", "abducting", "kidnapping") {
				if f == "" {
					f = Arrests
					if toks[b].Is("abducting", "kidnapping") {
						f = Abductions
					}
				}
				out = append(out, candidate{n: n, metric: f, mStart: toks[m].Start, mEnd: toks[m].End})
				continue
			}
			// "arrested 18 kidnappers and 40 dacoits": the list of the
			// people the verb befell goes on.
			if len(out) > 0 && toks[b].Is("and", ",") && chainedFate(toks, b, out[len(out)-1]) {
				out = append(out, candidate{n: n, metric: out[len(out)-1].metric, mStart: toks[m].Start, mEnd: toks[m].End})
				continue
			}
		}
		if !ok {
			// "145 were shot dead", "43 journalists died": a toll told
			// with any noun, or none.
			if metric, m, ok = bareToll(toks, k); ok {
				if metric == Deaths {
					metric = bareSide(toks, b, k, out)
				}
				out = append(out, candidate{n: n, metric: metric, mStart: toks[m].Start, mEnd: toks[m].End, toll: true, bare: true})
			}
			continue
		}
		// "deaths of more than 180 individuals": the metric came first.
		// "the deaths of 1,032 civilians" keeps the side of the dead.
		// "5,800 deaths of civilians": the people after the deaths say
		// whose they were.
		if metric == Deaths && toks[m].Is("deaths", "fatalities") && m+2 < len(toks) && toks[m+1].Is("of", "among") {
			if side := peopleMetric(toks[m+2]); side != Deaths {
				metric = side
			}
		}
		if b := firstBefore(toks, n.Start); b >= 1 && toks[b].Is("of") && toks[b-1].Is("deaths", "death", "lives", "killing") &&
			metric != SecurityKilled && metric != CiviliansKilled && metric != MilitantsKilled {
			metric = Deaths
		}
		// A count of people is a casualty claim only when the clause says
		// they died: the words near the count, not anywhere in a long
		// sentence (a report without punctuation is one sentence).
		near := toks[max(0, k-10):min(len(toks), m+40)]
		spanOnly := false
		switch metric {
		case SecurityKilled, CiviliansKilled, MilitantsKilled, Deaths:
			if split && metric != Deaths && len(out) > 0 {
				// "Of them, 924 were security personnel and 642
				// civilians": the split goes on.
				break
			}
			// "3,684 people have been killed ... since August 2021,
			// among them 1,509 security personnel": a side's part of the
			// dead counted before, however far the verb of death.
			if metric != Deaths && b >= 1 && lex.HasAt(toks, b-1, "among", "them") && len(out) > 0 &&
				(out[len(out)-1].metric == Deaths || out[len(out)-1].metric == Casualties) {
				break
			}
			// "1,284 children were killed or maimed": the dead and the
			// hurt together.
			if hurtToo(toks, m) {
				metric = Casualties
				break
			}
			// "killed or injured 1,041 people", "killed or wounded 1,050
			// Afghan civilians": the dead and the hurt together, whoever
			// they were.
			if b := firstBefore(toks, n.Start); b >= 2 && toks[b].Is("injured", "wounded", "maimed") && toks[b-1].Is("or", "and") && toks[b-2].Is("killed") {
				metric = Casualties
				break
			}
			if metric == Deaths && !toks[m].Is("people", "persons", "individuals", "suspects", "nationals", "citizens", "foreigners", "kidnappers", "dacoits", "criminals", "smugglers", "robbers") {
				// "191 civilian deaths": the noun before the deaths says
				// whose they were.
				if toks[m].Is("deaths", "fatalities", "killings") && m > k && toks[m-1].Is("civilian") {
					metric = CiviliansKilled
					break
				}
				if toks[m].Is("deaths", "fatalities") && b >= 0 && toks[b].Is("including") && civilianBefore(out) {
					// "2,347 civilian casualties ..., including 1,095
					// deaths": the dead of the civilians counted.
					metric = CiviliansKilled
				}
				break
			}
			// "632 policemen had been killed and 1,124 terrorists had
			// been arrested": the verb right after the people says their
			// fate, whatever death the clause told before.
			if other := fateNext(toks, m); other != "" {
				// People told hurt are a day's news as often as a
				// year's: "Nine persons were injured during the
				// blockade".
				metric, spanOnly = other, other == Injured
				break
			}
			// People are a toll when the clause says they died, not
			// when it names the dead beside them ("hundreds of people
			// marched for murdered leaders").
			if metric == Deaths && peopleDied(toks, firstBefore(toks, n.Start), m) || metric != Deaths && (diedIn(near) || deadList(toks, b)) {
				break
			}
			// "killed 1,873 terrorists including 136 Afghan nationals",
			// "62 Afghan nationals were among the terrorists killed":
			// people of a nationality among the dead.
			if metric == Deaths && toks[m].Is("nationals", "citizens", "foreigners") && (deadList(toks, b) || amongDead(toks, m)) {
				break
			}
			// People counted as arrested or abducted, not dead: "2,500
			// suspected militants have been arrested".
			if other := fate(toks[m:min(len(toks), m+8)]); other != "" {
				metric = other
				break
			}
			continue
		case WeaponsSeized:
			// Weapons are counted when taken: "1,300 weapons have been
			// seized over the past year", not an inventory's "300,000
			// weapons left behind".
			if !seizedNear(near) {
				continue
			}
		case Defused:
			// Bombs are counted when defused, not when they go off.
			if lex.Find(near, 0, "defused") < 0 && lex.Find(near, 0, "diffused") < 0 && lex.Find(near, 0, "neutralised") < 0 {
				continue
			}
		case Incidents:
			if lex.HasAt(toks, m, "cases", "of") && m+2 < len(toks) && toks[m+2].Is("kidnapping", "abduction", "abductions") {
				metric = Abductions
			} else if deed := deedOf(toks, m); deed != "" {
				// "173 cases of arbitrary arrest and detention".
				metric = deed
			} else if toks[m].Is("instances") {
				continue // "400 instances of dengue"
			} else if toks[m].Is("cases") && !lex.HasAt(toks, m, "cases", "of") {
				continue // court cases, disease cases
			}
		}
		// A toll with only a year beside it ("a gunman killed 39 people in
		// 2016") is an incident: Find keeps a toll only in a sentence that
		// reads as a tally.
		if isToll(metric) && singleOccasion(toks, m) {
			// "77 people died in a single day of coordinated attacks":
			// one incident's toll, told beside the statistics.
			continue
		}
		out = append(out, candidate{n: n, metric: metric, mStart: toks[m].Start, mEnd: toks[m].End, toll: isToll(metric),
			civilian: m > k && toks[m-1].Is("civilian"), spanOnly: spanOnly})
	}
	return out
}

// seizedNear reports a verb of weapons taken: "seized", "recovered",
// "confiscated".
func seizedNear(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("seized", "recovered", "confiscated", "seizing", "recovering", "confiscating") {
			return true
		}
	}
	return false
}

// singleOccasion reports a toll told right after its people as one
// occasion's: "died in a single day", "were killed in a single attack".
func singleOccasion(toks []lex.Token, m int) bool {
	for i := m + 1; i+2 < len(toks) && i <= m+6; i++ {
		if toks[i].Punct {
			return false
		}
		if toks[i].Is("a", "one") && toks[i+1].Is("single") && toks[i+2].Is("day", "attack", "incident", "blast", "bombing", "strike", "explosion") {
			return true
		}
	}
	return false
}

// groupMembers reports a group's acronym at m before its members:
// "arrested 1,900 suspected ISKP members".
func groupMembers(toks []lex.Token, m int) bool {
	return m+1 < len(toks) && isAcronym(toks[m].Text) && toks[m+1].Is("members", "militants", "fighters", "operatives")
}

// ofTheDead reports a sentence that opens with the dead it splits: "Of
// last year's 3,417 deaths, ...", "Among the 900 killed, ...".
func ofTheDead(toks []lex.Token) bool {
	if len(toks) == 0 || !toks[0].Is("of", "among") {
		return false
	}
	for _, t := range toks[1:min(len(toks), 9)] {
		if t.Is(",") {
			return false
		}
		if t.Is("deaths", "fatalities", "dead", "killed") {
			return true
		}
	}
	return false
}

// hurtWords reports words of the wounded, the arrested or the abducted,
// whose split is not of the dead.
func hurtWords(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("injured", "wounded", "hurt", "arrested", "detained", "abducted", "kidnapped", "missing") {
			return true
		}
	}
	return false
}

// bareSide returns the side of the dead of a toll told with no metric
// noun, b the token before its number and k the one after: "civilian
// casualties, including 701 killed" are civilians; "65 ISKP members had
// been killed" militants (a group's acronym before "members"); "68
// terrorists had been killed in 2023 and 134 had been killed in 2022" of
// the side counted before. Others are deaths.
func bareSide(toks []lex.Token, b, k int, before []candidate) string {
	if b >= 0 && civilianBefore(before) && (toks[b].Is("including") || toks[b].Is(",", "(") && civilianRightBefore(toks, b, before)) {
		return CiviliansKilled
	}
	if k+1 < len(toks) && toks[k+1].Is("members", "fighters", "militants") && isAcronym(toks[k].Text) {
		return MilitantsKilled
	}
	if len(before) > 0 && k < len(toks) && toks[k].Is("had", "have", "has", "were", "was") {
		switch prev := before[len(before)-1].metric; prev {
		case MilitantsKilled, SecurityKilled, CiviliansKilled:
			return prev
		}
	}
	// "1,450 ISKP members had been arrested and 385 killed": the others
	// of the militants counted before, whatever befell those.
	if len(before) > 0 && b >= 0 && toks[b].Is("and") {
		switch prev := before[len(before)-1]; prev.metric {
		case Arrests, Surrenders, Abductions:
			if militantsAt(toks, prev.n.End) {
				return MilitantsKilled
			}
		}
	}
	return Deaths
}

// chainedFate reports a figure after "and" at b that goes on with the
// people the verb of prev befell: "arrested 18 kidnappers and 40
// dacoits". Only the people's noun stands between the two figures.
func chainedFate(toks []lex.Token, b int, prev candidate) bool {
	if prev.metric != Arrests && prev.metric != Abductions || b < 1 || toks[b-1].Punct || metricNouns[toks[b-1].Lower] == "" {
		return false
	}
	return b <= firstBefore(toks, prev.n.End)+4
}

// militantsAt reports militants counted by the figure that ends at offset
// end: "1,450 ISKP members", "210 suspected terrorists".
func militantsAt(toks []lex.Token, end int) bool {
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	for k < len(toks) && modifiers[toks[k].Lower] {
		k++
	}
	if k >= len(toks) {
		return false
	}
	return metricNouns[toks[k].Lower] == MilitantsKilled || isAcronym(toks[k].Text) && k+1 < len(toks) && toks[k+1].Is("members", "fighters", "militants", "operatives")
}

// isAcronym reports a word of two or more capitals, "TTP", "ISKP".
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// vague reports a count told by a word that cites no figure: "several
// operations", "a few attacks" is no statistic anyone could check.
func vague(s string) bool {
	switch strings.ToLower(s) {
	case "several", "few", "a few", "some", "many", "a number":
		return true
	}
	return false
}

// civilianBefore reports that the last figure read counts civilian
// casualties: its metric noun follows "civilian".
func civilianBefore(before []candidate) bool {
	if len(before) == 0 {
		return false
	}
	return before[len(before)-1].metric == Casualties && before[len(before)-1].civilian
}

// civilianRightBefore reports the civilian casualties of before told
// right before the comma at b: "2,306 civilian casualties, 700 killed and
// 1,606 injured" splits them.
func civilianRightBefore(toks []lex.Token, b int, before []candidate) bool {
	if len(before) == 0 {
		return false
	}
	// Only the casualties' place and period may stand between: "900
	// civilian casualties in Sindh in 2022, 310 killed".
	j := b - 1
	for j >= 0 && toks[j].End > before[len(before)-1].mEnd {
		// ("between 1 January and 30 June 2025": a span by its days.)
		if !toks[j].Is("in", "during", "of", "the", "across", "between", "and", "from", "to") && !capital(toks[j]) && !year(toks[j].Lower) &&
			!(lex.Digits(toks[j].Lower) && len(toks[j].Lower) <= 2) {
			return false
		}
		j--
	}
	return j >= 0 && toks[j].End == before[len(before)-1].mEnd
}

// hurtToo reports people counted at toks[m] who were "killed or maimed",
// "killed or injured".
func hurtToo(toks []lex.Token, m int) bool {
	for k := m + 1; k+2 < len(toks) && k <= m+4; k++ {
		if toks[k].Is("killed") && toks[k+1].Is("or", "and") && toks[k+2].Is("maimed", "injured", "wounded") {
			return true
		}
	}
	return false
}

// afterYearTo returns the figures told right after "YEAR to" ("from 1,136
// incidents in 2013 to 485 in 2023"), which the number reader takes for
// the end of a span of years and leaves out; offsets are made relative to
// base, the sentence's start, as numbers.Find's are.
func afterYearTo(toks []lex.Token, base int) []numbers.Number {
	var out []numbers.Number
	for i := 2; i < len(toks); i++ {
		if !toks[i-1].Is("to") || !year(toks[i-2].Lower) || !lex.Digits(strings.ReplaceAll(toks[i].Lower, ",", "")) || year(toks[i].Lower) {
			continue
		}
		if v, last, ok := lex.NumberAt(toks, i); ok && last == i {
			out = append(out, numbers.Number{Start: toks[i].Start - base, End: toks[i].End - base, Value: v, Bound: vigil.BoundExact, Text: toks[i].Text})
		}
	}
	return out
}

// movedFromTo splits a figure the number reader took for a range when a
// verb of change leads to it: "rising from 212 to 509" tells the count
// before and the count after, two figures, not "212 or more". Offsets of
// nums are relative to base, the sentence's start, and so are those
// returned.
func movedFromTo(toks []lex.Token, base int, nums []numbers.Number) []numbers.Number {
	for ni := 0; ni < len(nums); ni++ {
		n := nums[ni]
		if n.Bound != vigil.BoundLower || !strings.Contains(n.Text, " to ") {
			continue
		}
		i := 0
		for i < len(toks) && toks[i].Start < n.Start+base {
			i++
		}
		if i < 2 || i >= len(toks) || !toks[i-1].Is("from") || !changeVerbs[toks[i-2].Lower] && !toks[i-2].Is("rising", "falling", "climbing", "increasing", "dropping", "declining", "jumping") {
			continue
		}
		from, last, ok := lex.NumberAt(toks, i)
		if !ok || last+2 >= len(toks) || !toks[last+1].Is("to") {
			continue
		}
		to, end, ok := lex.NumberAt(toks, last+2)
		if !ok {
			continue
		}
		a := numbers.Number{Start: toks[i].Start - base, End: toks[last].End - base, Value: from, Bound: vigil.BoundExact, Text: n.Text[:toks[last].End-toks[i].Start]}
		b := numbers.Number{Start: toks[last+2].Start - base, End: toks[end].End - base, Value: to, Bound: vigil.BoundExact, Text: n.Text[toks[last+2].Start-toks[i].Start:]}
		nums = append(nums[:ni], append([]numbers.Number{a, b}, nums[ni+1:]...)...)
		ni++
	}
	return nums
}

// isToll reports a metric that counts people hurt, not incidents, acts or
// things.
func isToll(metric string) bool {
	switch metric {
	case Incidents, Attacks, Arrests, Abductions, Operations, Defused, WeaponsSeized, AttacksFoiled, CasesRegistered, Displaced, FamiliesDisplaced:
		return false
	}
	return true
}

// changeVerbs tell a figure that moved from one period to another.
var changeVerbs = lex.WordSet("rose rise risen fell fall fallen increased increase decreased decrease dropped drop " +
	"declined decline doubled tripled climbed jumped surged soared plunged grew down up reduced")

// elliptic reports a figure told with no noun beside the last figure of
// before, in a comparison or a list: b is the token before the figure, k
// the one after. A noun after the figure says it counts something else.
func elliptic(toks []lex.Token, b, k int, before []candidate) bool {
	if len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	// "7,514 people had been kidnapped over three years, 2,011 of them in
	// 2025 alone": the count before, for a part of its time.
	if b >= 0 && toks[b].Is(",") && lex.HasAt(toks, k, "of", "them") && k+3 < len(toks) && toks[k+2].Is("in", "during") && year(toks[k+3].Lower) {
		return true
	}
	// "Of the 292 attacks recorded in 2025, 180 took place in ...".
	if b >= 0 && toks[b].Is(",") && partitive(toks, prev) && (k >= len(toks) || !numberAt(toks, k) && metricNouns[toks[k].Lower] == "") {
		return true
	}
	if b >= 0 && toks[b].Is(",", "and") && listedPlaceOrPeriod(toks, k) && clauseSince(toks, prev.n.End, b) {
		// "2,251 were arrested in the province in 2023, 2,700 in 2024
		// and 820 so far this year", "512 attacks took place in Khyber
		// Pakhtunkhwa in 2023, 348 in Balochistan": the count before,
		// for another place or time.
		return true
	}
	if gappedPlace(toks, b, k, prev) || followedWith(toks, b, k) || whileResponsible(toks, b, k) {
		return true
	}
	// "79 suicide attacks between 2021 and 2024, with 2023 the worst
	// year at 29": the same count in the year ranked.
	if rankedYearAt(toks, b) >= 0 {
		return true
	}
	// "of which 311 were on highways and 96 on railway lines": the next
	// part, told with the same preposition.
	if b >= 0 && toks[b].Is("and") && prev.part && k < len(toks) && toks[k].Is("on", "at", "along", "in", "inside", "near") {
		if j := numberEnd(toks, firstBefore(toks, prev.n.End)); lex.HasAt(toks, j, "were", toks[k].Lower) {
			return true
		}
	}
	// "1,287 people had been arrested for drug trafficking and 62 for
	// kidnapping": the same fate for another cause.
	if b >= 0 && toks[b].Is("and") && lex.HasAt(toks, k, "for") && !prev.toll {
		cause, fated := false, false
		for i := b - 1; i >= 0 && toks[i].Start >= prev.n.End && !toks[i].Punct; i-- {
			cause = cause || toks[i].Is("for")
			fated = fated || fate(toks[i:i+1]) != ""
		}
		if cause && fated {
			return true
		}
	}
	// "put the number killed in 2023 at 1,373, and in 2024 at 1,893":
	// the same count put at a figure for another year.
	if b >= 1 && toks[b].Is("at") && year(toks[b-1].Lower) && (k >= len(toks) || toks[k].Punct) {
		return true
	}
	// "the highest since 2014, when 1,206 were recorded": the same count
	// in the year of the ranking's baseline.
	if b >= 2 && toks[b].Is("when") && toks[b-1].Is(",") && year(toks[b-2].Lower) && lex.HasAt(toks, k, "were") {
		return true
	}
	if b < 0 || k < len(toks) && !toks[k].Punct && !toks[k].Is("in", "during", "last", "this", "a", "the", "over", "for") {
		return false
	}
	if b >= 2 && toks[b].Is(",") && capital(toks[b-1]) && (k >= len(toks) || toks[k].Punct) {
		// "In Khyber Pakhtunkhwa, 1,616 people were killed; in
		// Balochistan, 782": another place's figure, set off by a comma,
		// of the count before.
		if p := placeStart(toks, b-1); p >= 1 && toks[p-1].Is("in") {
			for i := p - 2; i >= 0; i-- {
				if toks[i].End <= prev.n.Start {
					return true
				}
				if toks[i].Punct && !toks[i].Is(",", ";") {
					return false
				}
			}
		}
	}
	switch {
	case toks[b].Is("against", "than", "versus", "vs", "lost"):
		return true
	case toks[b].Is("with") && b > 0 && toks[b-1].Is("compared", "comparison"):
		return true
	case capital(toks[b]) && (k >= len(toks) || toks[k].Punct) && !year(toks[b].Lower) && placeThenFigure(toks, placeStart(toks, b)):
		// "arrested 35 suspects in 2024, in Sindh 18": the same count in
		// another place.
		for i := placeStart(toks, b) - 2; i >= 0; i-- {
			if toks[i].End <= prev.n.Start {
				return true
			}
			if toks[i].Punct && toks[i].Text != "," {
				return false
			}
		}
	case toks[b].Is("recorded", "reported", "registered", "witnessed", "saw", "suffered", "lost"):
		// "..., while Balochistan recorded 422": another place's figure
		// of the same count.
		for i := b - 1; i >= 0 && i >= b-5; i-- {
			if toks[i].Is("while", "whereas") {
				return true
			}
		}
	case toks[b].Is("from", "to"):
		for i := b - 1; i >= 0; i-- {
			if changeVerbs[toks[i].Lower] {
				return true
			}
		}
	case toks[b].Is("and") && k+1 < len(toks) && toks[k].Is("in") && (year(toks[k+1].Lower) || lex.HasAt(toks, k+1, "the", "previous") || lex.HasAt(toks, k+1, "the", "preceding") ||
		lex.HasAt(toks, k+1, "the", "same")):
		// "140 policemen were killed in 2023, and 117 in the previous
		// year": the same count for another year.
		return true
	case toks[b].Is("and", ","):
		// "31 in June and 24 in May": the list goes on right after the
		// figure before.
		for i := b - 1; i >= 0 && i >= b-6; i-- {
			if toks[i].End <= prev.n.End {
				return i > 0 && toks[i].End == prev.n.End && elliptic(toks, firstBefore(toks, prev.n.Start), i+1, before[:len(before)-1])
			}
		}
	}
	return false
}

// groupMembersBefore reports members of a group counted before token b:
// "arrested 412 members of Daesh and killed 57 others".
func groupMembersBefore(toks []lex.Token, b int) bool {
	for i := b - 1; i >= 0 && i >= b-8 && !toks[i].Punct; i-- {
		if toks[i].Is("members", "militants", "terrorists", "insurgents", "fighters") {
			return true
		}
	}
	return false
}

// followedWith reports a figure told as the next place's after a ranked
// one, b the token before the figure and k the one after: "Khyber
// Pakhtunkhwa was the worst hit with 59 attacks, followed by Balochistan
// with 23".
func followedWith(toks []lex.Token, b, k int) bool {
	if b < 3 || !toks[b].Is("with") || !capital(toks[b-1]) || k < len(toks) && !toks[k].Punct && !toks[k].Is("and") {
		return false
	}
	p := b - 1
	for p > 0 && p > b-4 && capital(toks[p-1]) {
		p--
	}
	return p >= 2 && lex.HasAt(toks, p-2, "followed", "by")
}

// whileResponsible reports a figure told as another's share of the count
// before, b the token before the figure and k the one after: "..., while
// Baloch insurgent groups were responsible for 171", "while Balochistan
// accounted for 26".
func whileResponsible(toks []lex.Token, b, k int) bool {
	if b < 2 || !toks[b].Is("for") || !toks[b-1].Is("responsible", "accounted", "accounting") || k < len(toks) && !toks[k].Punct {
		return false
	}
	for i := b - 2; i >= 0 && i >= b-8 && !toks[i].Punct; i-- {
		if toks[i].Is("while", "whereas") {
			return true
		}
	}
	return false
}

// gappedPlace reports a figure told right after another place, its verb
// and noun left out, in the clause of the figure prev: "Khyber
// Pakhtunkhwa recorded 1,002 attacks, Balochistan 421 (up 38 percent) and
// Sindh 39". b is the token before the figure and k the one after.
func gappedPlace(toks []lex.Token, b, k int, prev candidate) bool {
	if b < 1 || !capital(toks[b]) || year(toks[b].Lower) || months[toks[b].Lower] || k < len(toks) && !toks[k].Punct && !toks[k].Is("and") {
		return false
	}
	s := b
	for s > 0 && s > b-3 && capital(toks[s-1]) {
		s--
	}
	if s == 0 || !toks[s-1].Is(",", "and") {
		return false
	}
	for i := s - 2; i >= 0 && i >= s-14; i-- {
		if toks[i].End <= prev.n.End {
			return true
		}
		if toks[i].Punct && !toks[i].Is(",", "(", ")") {
			return false
		}
	}
	return false
}

// listedPlaceOrPeriod reports a figure followed by only its place or its
// time: "in Balochistan", "in 2024", "so far this year".
func listedPlaceOrPeriod(toks []lex.Token, k int) bool {
	if lex.HasAt(toks, k, "so", "far") {
		return true
	}
	if k+1 >= len(toks) || !toks[k].Is("in", "during") {
		return false
	}
	next := toks[k+1]
	return year(next.Lower) || capital(next) && !next.Is("The", "A", "An")
}

// clauseSince reports that the tokens from offset from to token b are one
// clause that placed or dated the figure before ("took place in Khyber
// Pakhtunkhwa in 2023"): no stop but commas, a handful of words, one of
// them "in" or "during".
func clauseSince(toks []lex.Token, from, b int) bool {
	placed := false
	n := 0
	for i := b - 1; i >= 0 && toks[i].Start >= from; i-- {
		t := toks[i]
		if t.Punct && !t.Is(",") || t.Is("while", "whereas", "but", "which", "who") {
			return false
		}
		placed = placed || t.Is("in", "during")
		n++
	}
	return placed && n <= 14
}

// sidePart returns the side of a figure told as a side's part of the
// dead, b the token before the figure and k the one after, and the token
// that names the side: "militants made up 1,003 of the dead", and after
// it "security personnel 521 and civilians 426". It returns "" when the
// figure is none.
func sidePart(toks []lex.Token, b, k int, before []candidate) (string, int) {
	if b < 2 {
		return "", 0
	}
	if toks[b].Is("up") && toks[b-1].Is("made", "make", "makes") && lex.HasAt(toks, k, "of", "the") && k+2 < len(toks) &&
		toks[k+2].Is("dead", "deaths", "fatalities", "killed") {
		for j := b - 2; j >= 0 && j >= b-4 && !toks[j].Punct; j-- {
			if side := peopleMetric(toks[j]); side != Deaths {
				return side, j
			}
		}
		return "", 0
	}
	if len(before) == 0 {
		return "", 0
	}
	prev := before[len(before)-1]
	// "Security personnel made up 58 of the dead, while 44 were
	// civilians": another side's part, its side after the verb.
	if toks[b].Is("while", "whereas") && lex.HasAt(toks, k, "were") && k+1 < len(toks) && (prev.part || prev.metric == Deaths) {
		if side := peopleMetric(toks[k+1]); side != Deaths && side != "" && (k+2 >= len(toks) || toks[k+2].Punct) {
			return side, k + 1
		}
	}
	// The list goes on: a side, then its figure, after a side's part
	// or after the dead counted ("684 fatalities during the year,
	// civilians 598 and outlaws 1,132").
	if !prev.part && prev.metric != Deaths || (k < len(toks) && !toks[k].Punct && !toks[k].Is("and")) {
		return "", 0
	}
	switch prev.metric {
	case SecurityKilled, CiviliansKilled, MilitantsKilled, Deaths:
	default:
		return "", 0
	}
	for j := b; j >= 0 && j >= b-2 && !toks[j].Punct && !toks[j].Is("and"); j-- {
		if side := peopleMetric(toks[j]); side != Deaths {
			if j > 0 && toks[j-1].Is(",", "and") || j > 1 && peopleMetric(toks[j-1]) == side && toks[j-2].Is(",", "and") {
				return side, j
			}
			return "", 0
		}
	}
	return "", 0
}

// sideOfDead returns the side of a figure told as a part of the dead
// counted before it, b the token before the figure and k the one after,
// and the token that names the side: "4,000 people were killed, 2,600 of
// them security personnel". It returns "" when the figure is none.
func sideOfDead(toks []lex.Token, b, k int, before []candidate) (string, int) {
	if len(before) == 0 || b < 0 || !toks[b].Is(",") || !lex.HasAt(toks, k, "of", "them") && !lex.HasAt(toks, k, "of", "whom") {
		return "", 0
	}
	if m := before[len(before)-1].metric; m != Deaths && m != Casualties {
		return "", 0
	}
	// The side stands right after "of them", past its modifiers ("328
	// of them among civilians and security personnel" names no one side).
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if side := peopleMetric(toks[j]); side != Deaths {
			return side, j
		}
		if !modifiers[toks[j].Lower] {
			break
		}
	}
	return "", 0
}

// shareOf returns the metric of a figure told as a place's share of a
// count, b the token before the figure and k the one after: "accounted
// for 690 of the attacks". It returns "" when the figure is none.
func shareOf(toks []lex.Token, b, k int) (string, int) {
	if b < 1 || !toks[b].Is("for") || !toks[b-1].Is("accounted") || !lex.HasAt(toks, k, "of", "the") || k+2 >= len(toks) {
		return "", 0
	}
	switch m := metricNouns[toks[k+2].Lower]; m {
	case Attacks, Incidents, Deaths:
		return m, k + 2
	}
	return "", 0
}

// placePart reports a figure told as a place's part of the count before
// it, b the token before the figure and k the one after: "520
// fatalities, of which 390 were in Khyber Pakhtunkhwa and 110 in
// Balochistan", "67 attacks, 43 of them in Khyber Pakhtunkhwa, 19 in
// Balochistan". A list of places' figures with no such opening ("seven
// in Rangpur, five in Satkhira") is left to the rules of tolls.
func placePart(toks []lex.Token, b, k int, before []candidate) bool {
	if b < 1 || !inPlaceAfter(toks, k) {
		return false
	}
	switch {
	case toks[b].Is("which") && toks[b-1].Is("of"):
		return true
	case toks[b].Is(",") && (lex.HasAt(toks, k, "of", "them") || lex.HasAt(toks, k, "of", "these")):
		return true
	case toks[b].Is(",", "and"):
		return before[len(before)-1].part
	}
	return false
}

// inPlaceAfter reports a figure's part told by its place right after it,
// k the token after the figure: "43 of them in Khyber Pakhtunkhwa", "390
// were in Balochistan", "110 in Sindh".
func inPlaceAfter(toks []lex.Token, k int) bool {
	j := k
	if lex.HasAt(toks, j, "of", "them") || lex.HasAt(toks, j, "of", "these") {
		j += 2
	}
	if j < len(toks) && toks[j].Is("were", "was") {
		j++
	}
	return j+1 < len(toks) && toks[j].Is("in") && capital(toks[j+1]) && !months[toks[j+1].Lower]
}

// spanNamed reports a sentence that names a span of time: a year, or the
// words of a period's tally ("this year", "over the past three months").
func spanNamed(toks []lex.Token) bool {
	for _, t := range toks {
		if year(t.Lower) {
			return true
		}
	}
	return hasAggregateWord(toks)
}

// partitive reports a figure told as "of the N": "Of the 292 attacks, 180
// ...", whose parts follow.
func partitive(toks []lex.Token, prev candidate) bool {
	b := firstBefore(toks, prev.n.Start)
	return b >= 1 && toks[b].Is("the") && toks[b-1].Is("of") && (b == 1 || toks[b-2].Punct)
}

// countCue reports words that count people or incidents with no metric
// noun: "attacked 14 times", "1,100 Maoists had surrendered".
func countCue(toks []lex.Token) bool {
	for _, t := range toks {
		if countCueShapes.May(t.Lower) && countCueWords[t.Lower] {
			return true
		}
	}
	return false
}

// countCueWords count without a metric noun; countCueShapes turns away
// most words before the lookup, which every sentence's every word meets.
var (
	countCueWords  = lex.WordSet("times injured wounded surrendered arrested detained abducted kidnapped disappeared lost foiled thwarted averted foiling thwarting averting displaced displacing uprooted")
	countCueShapes = lex.ShapesOf(countCueWords)
)

// ordinalToll reads a running count told as an ordinal at toks[i]: "the
// 11th policeman killed in the district this month", "the 24th political
// worker killed this year".
func ordinalToll(toks []lex.Token, i int) (candidate, bool) {
	t := toks[i]
	if i == 0 || !toks[i-1].Is("the") || !ordinal(t.Lower) {
		return candidate{}, false
	}
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		if !toks[k].Is("killed", "martyred", "murdered", "slain", "to") {
			continue
		}
		metric := Deaths
		for j := i + 1; j < k; j++ {
			if m := peopleMetric(toks[j]); m != Deaths {
				metric = m
			}
		}
		v, _ := strconv.Atoi(t.Lower[:len(t.Lower)-2])
		n := numbers.Number{Start: t.Start, End: t.End, Value: int64(v), Bound: vigil.BoundExact, Text: t.Text}
		return candidate{n: n, metric: metric, mStart: toks[k].Start, mEnd: toks[k].End, toll: true, bare: true}, true
	}
	return candidate{}, false
}

// peopleDied reports that the people counted at toks[m] died: killed
// before the count ("killing 609 people", "the lives of 2,451 people"), or
// the verb of their clause after it ("412 people were killed", "people who
// lost their lives"). b is the token before the count.
func peopleDied(toks []lex.Token, b, m int) bool {
	if b >= 0 && (toks[b].Is("killed", "killing", "kill", "kills", "killings", "martyring") ||
		toks[b].Is("of") && b > 0 && toks[b-1].Is("lives", "deaths", "death", "killing")) {
		return true
	}
	// ("590 persons, including 298 security personnel, most of them
	// paramilitary troopers, have been killed": an aside may stand between.)
	for k := m + 1; k < len(toks) && k <= m+20; k++ {
		t := toks[k]
		if t.Is("died", "perished", "succumbed") || t.Is("lost") && k+2 < len(toks) && toks[k+2].Is("lives", "life") {
			return true
		}
		if t.Is("killed", "dead", "murdered", "martyred", "slain") && (k == m+1 || toks[k-1].Is("were", "was", "been", "have", "had", "shot", "also", "reportedly")) {
			return true
		}
	}
	return false
}

// amongDead reports people at m told to be among the dead: "were among
// the terrorists killed".
func amongDead(toks []lex.Token, m int) bool {
	k := m + 1
	if k < len(toks) && toks[k].Is("were", "are", "was") {
		k++
	}
	return k < len(toks) && toks[k].Is("among") && diedIn(toks[k:min(len(toks), k+6)])
}

// sentenced reports "death" at i as a court's sentence: "sentenced 12
// militants to death", "awarded the death sentence" (not "stabbed to
// death").
func sentenced(toks []lex.Token, i int) bool {
	if !toks[i].Is("death") {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Is("sentence", "sentences", "penalty", "row") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Is("sentenced", "sentencing", "condemned", "awarded", "sentences") {
			return true
		}
	}
	return false
}

// labelled reads a figure told after the people it counts, in a list
// that a colon opens after a word of death: "Fatalities in Balochistan in
// 2025: civilians 212, security forces 198, militants 431", or after the
// place it was counted in, in a list a colon opens after what it counts
// ("Attacks by province in 2025: Sindh 41; Punjab 38"). b is the token
// before the figure.
//
// It returns the metric and the first token of the label.
func labelled(toks []lex.Token, b int) (string, int, bool) {
	colon := -1
	for k := b; k >= 0; k-- {
		if toks[k].Is(":") {
			colon = k
			break
		}
	}
	if colon < 0 {
		return "", 0, false
	}
	head := toks[max(0, colon-8):colon]
	if diedIn(head) {
		for k := b; k >= b-1 && k > colon; k-- {
			if m := peopleMetric(toks[k]); m != Deaths {
				return m, k, true
			}
		}
	}
	// "Fatalities by province, 2025 (CRSS): Khyber Pakhtunkhwa 2,041;
	// Balochistan 911": a table flattened into text, each place with its
	// figure of what the head counts.
	if b <= colon || !capital(toks[b]) {
		return "", 0, false
	}
	k := b
	for k > colon+1 && k > b-3 && capital(toks[k-1]) {
		k--
	}
	if !toks[k-1].Is(":", ";", ",") {
		return "", 0, false
	}
	for _, t := range head {
		switch m := metricNouns[t.Lower]; m {
		case Deaths, Casualties, Incidents, Attacks, Injured:
			if !t.Is("people", "persons", "individuals", "suspects", "cases", "bodies", "nationals", "citizens", "foreigners", "kidnappers", "dacoits", "criminals", "smugglers", "robbers") {
				return m, k, true
			}
		}
	}
	return "", 0, false
}

// deadList reports a count in a list of the dead that opened before it,
// however long: "127 fatalities in 2024 including 42 civilians 26 SF
// personnel and 59 terrorists". b is the token before the count.
func deadList(toks []lex.Token, b int) bool {
	for j := b; j >= 0 && j > b-16; j-- {
		if toks[j].Is(".", ";") {
			return false
		}
		if toks[j].Is("including", "among", "comprising") {
			// The dead are named at the head of the list, which a
			// period and a place may stand between: "2,546 fatalities
			// in terrorism-linked violence in Pakistan in 2024,
			// including".
			from := j
			for from > 0 && from > j-14 && !toks[from-1].Is(".", ";") {
				from--
			}
			return diedIn(toks[from:j])
		}
	}
	return false
}

// armsLaidDown reports "laid down their arms" (or weapons) at token i:
// fighters who surrendered, not soldiers who "laid down their lives".
func armsLaidDown(toks []lex.Token, i int) bool {
	return lex.HasAt(toks, i, "laid", "down") && i+3 < len(toks) && toks[i+3].Is("arms", "weapons")
}

// fate returns the metric of people said to be arrested, abducted or to
// have surrendered right after their count, or "".
func fate(toks []lex.Token) string {
	for i, t := range toks {
		switch {
		case t.Is("arrested", "detained", "apprehended", "arresting", "detaining"):
			return Arrests
		case t.Is("abducted", "kidnapped", "disappeared"):
			return Abductions
		case t.Is("surrendered"):
			return Surrenders
		case armsLaidDown(toks, i):
			return Surrenders
		}
	}
	return ""
}

// fateNext returns the fate told by the verb right after the people
// counted at m, past its auxiliaries ("terrorists had been arrested",
// "suspects were detained"), or "".
func fateNext(toks []lex.Token, m int) string {
	for k := m + 1; k < len(toks) && k <= m+4; k++ {
		if toks[k].Is("had", "have", "has", "been", "were", "was", "are", "being", "also") {
			continue
		}
		// "86 people were reported missing", "went missing": the
		// disappeared, counted with the abducted.
		if toks[k].Is("reported", "went", "gone") && lex.HasAt(toks, k+1, "missing") {
			return Abductions
		}
		// "1,450 people were injured in attacks in 2023": the hurt,
		// not the dead.
		if toks[k].Is("injured", "wounded", "hurt") && !lex.HasAt(toks, k+1, "or", "killed") && !lex.HasAt(toks, k+1, "and", "killed") {
			return Injured
		}
		return fate(toks[k : k+1])
	}
	return ""
}

// countAfter reads a toll whose number comes after the words that say what
// it counts; b is the token before the number and k the one after it:
//   - "armed assaults, which killed 85, and bombings";
//   - "police have lost 12 officers", "lost more than 400 fighters";
//   - "bringing to 23 the number of police officials killed";
//   - "taking the death toll in the week-long fighting to 43", "raising
//     the number of civilians killed in the district this year to 11".
//
// It returns the metric and the token that names it.
func countAfter(toks []lex.Token, b, k int) (metric string, at int, ok bool) {
	if b < 0 {
		return "", 0, false
	}
	after := func(i int) bool { return i < len(toks) && !toks[i].Punct }
	switch {
	case toks[b].Is("killed", "killing") && (!after(k) || toks[k].Is("and", "while")):
		return Deaths, b, true
	case toks[b].Is("injured", "wounded", "injuring", "wounding") && b > 0 && toks[b-1].Is("and", ",") && (!after(k) || toks[k].Is("and", "while")):
		// "which killed 329 people and injured 731".
		return Injured, b, true
	case toks[b].Is("lost") && after(k) && lostPeople(toks, k):
		return lostMetric(toks, b, k), b, true
	case lex.HasAt(toks, k, "the", "number", "of"):
		return numberOf(toks, k+3), k + 1, true
	case toks[b].Is("attacked", "targeted", "struck", "hit") && after(k) && toks[k].Is("times"):
		return Attacks, b, true
	case toks[b].Is("with") && after(k) && toks[k].Is("recorded", "reported", "registered", "documented"):
		// "a 23 percent drop in terrorism-related incidents in the
		// first nine months, with 38 recorded": the count of the noun
		// the clause named.
		for i := b - 1; i >= 0 && i >= b-15; i-- {
			switch m := metricNouns[toks[i].Lower]; m {
			case Attacks, Incidents, Arrests, Abductions, Operations:
				if !toks[i].Is("cases", "events") {
					return m, i, true
				}
			}
			if toks[i].Is("deaths", "fatalities", "killings") {
				return Deaths, i, true
			}
		}
	case toks[b].Is("to", "at", "from", "reached", "numbered", "totalled", "totaled"):
		// The running count opens before: "the death toll ... to 43",
		// "the fatality count ... at 1,612", "security force fatalities
		// rose from 226 in 2021 to 444"; "kidnappings in Sindh numbered
		// 93", "attacks totalled 1,166": a verb that counts them.
		counts := toks[b].Is("numbered", "totalled", "totaled")
		for i := b - 1; i >= 0 && i >= b-15; i-- {
			if toks[i].Is("toll", "tally", "count") {
				return Deaths, i, true
			}
			if lex.HasAt(toks, i, "number", "of") {
				return numberOf(toks, i+2), i, true
			}
			if toks[i].Is("kidnappings", "abductions") {
				return Abductions, i, true
			}
			if toks[i].Is("arrests") {
				return Arrests, i, true
			}
			// "Terrorist attacks in Pakistan rose to 1,166".
			// Not "the fatalities in these incidents decreased from 288":
			// incidents after a preposition only qualify the figure.
			inPhrase := i > 0 && toks[i-1].Is("in", "of") || i > 1 && toks[i-1].Is("these", "such", "those", "the") && toks[i-2].Is("in", "of")
			if m := metricNouns[toks[i].Lower]; (m == Attacks || m == Incidents) && !toks[i].Is("cases") && !inPhrase {
				if counts {
					return m, i, true
				}
				for j := i + 1; j < b; j++ {
					if changeVerbs[toks[j].Lower] {
						return m, i, true
					}
				}
			}
			// "Deaths of policemen in Karachi's targeted killings fell to
			// 11": the killings after "in" only qualify the deaths.
			if toks[i].Is("killings") && qualifying(toks, i) {
				continue
			}
			if toks[i].Is("fatalities", "deaths", "killings", "casualties") {
				metric := Deaths
				if toks[i].Is("casualties") {
					metric = Casualties
				}
				for j := max(0, i-3); j < i; j++ {
					if m := peopleMetric(toks[j]); m != Deaths && metric == Deaths {
						metric = m
					}
				}
				// "fatalities among security forces".
				if i+2 < b && toks[i+1].Is("among", "of") && metric == Deaths {
					metric = peopleMetric(toks[i+2])
				}
				return metric, i, true
			}
		}
	}
	return "", 0, false
}

// qualifying reports a noun at i told in a phrase that qualifies an earlier
// one: "in Karachi's targeted killings", "of the killings".
func qualifying(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if t.Is("in", "of", "from") {
			return true
		}
		if t.Punct || !capital(t) && !modifiers[t.Lower] && !t.Is("the", "these", "such") && !strings.HasSuffix(t.Lower, "'s") {
			return false
		}
	}
	return false
}

// numberOf reads the metric of "the number of X killed" from the words at
// i: the people counted, when they died.
func numberOf(toks []lex.Token, i int) string {
	// "the number of attacks claimed by ISKP had dropped to 21": the
	// number counts the incidents named first, not their dead.
	for k := i; k < len(toks) && k <= i+2 && !toks[k].Punct; k++ {
		if m := metricNouns[toks[k].Lower]; m == Attacks || m == Incidents && !toks[k].Is("cases") || m == Arrests || m == Abductions || m == Operations {
			return m
		}
		if !modifiers[toks[k].Lower] {
			break
		}
	}
	for k := i; k < len(toks) && k <= i+4 && !toks[k].Punct; k++ {
		// "the number of injured stood at 533", "the number of
		// people wounded": the hurt, not the dead.
		if toks[k].Is("injured", "wounded", "injuries") {
			return Injured
		}
		if toks[k].Is("killed", "dead", "deaths", "martyred") {
			for j := i; j < k; j++ {
				if m := peopleMetric(toks[j]); m != Deaths {
					return m
				}
			}
			return Deaths
		}
	}
	return Deaths
}

// peopleMetric returns the death metric of the people a noun names:
// "officers" are security forces; a noun of no known side counts deaths.
func peopleMetric(t lex.Token) string {
	switch m := metricNouns[t.Lower]; m {
	case SecurityKilled, CiviliansKilled, MilitantsKilled:
		return m
	}
	switch {
	case t.Is("fighters", "commanders", "outlaws"): // "outlaws": CRSS's word for militants
		return MilitantsKilled
	case t.Is("police", "security", "army", "military", "paramilitary", "fc", "levies", "policeman", "soldier", "cops"):
		return SecurityKilled
	case t.Is("civilian", "women", "community", "communities", "minority", "villagers", "residents", "passengers", "students", "teachers", "worshippers"):
		return CiviliansKilled
	}
	return Deaths
}

// lostPeople reports whether the count lost before k is of people ("lost
// 12 officers", "lost 9 colleagues"), not of seats, games or followers
// ("the party lost 14 seats", "have lost four of five").
func lostPeople(toks []lex.Token, k int) bool {
	// "had lost 40 of its men": the people after "of" and a possessive.
	if toks[k].Is("of") && k+2 < len(toks) && toks[k+1].Is("its", "their", "his", "her", "our", "the") {
		k += 2
	}
	t := toks[k]
	if modifiers[t.Lower] && k+1 < len(toks) && !toks[k+1].Punct {
		t = toks[k+1]
	}
	return peopleMetric(t) != Deaths || t.Is("people", "persons", "lives", "individuals", "men", "members", "colleagues",
		"comrades", "officials", "employees", "relatives", "sons", "daughters", "children")
}

// lostMetric is the side of the people lost after b: the noun's own
// ("lost 12 officers"), or else the side of the subject just before "lost"
// ("Security forces lost 211 men", "the militants lost 40 of their men").
func lostMetric(toks []lex.Token, b, k int) string {
	if m := peopleMetric(toks[k]); m != Deaths {
		return m
	}
	for i := b - 1; i >= 0 && i >= b-4 && !toks[i].Punct; i-- {
		if toks[i].Is("have", "has", "had") {
			continue
		}
		if m := peopleMetric(toks[i]); m != Deaths {
			return m
		}
	}
	return Deaths
}

// bareToll reads a toll whose people stand between the number and a
// verb of death or injury: "145 were shot dead", "420 police officials had
// been shot dead", "43 journalists died". k is the token after the number.
// It returns the metric and the token that names it (the verb when no
// noun does).
func bareToll(toks []lex.Token, k int) (metric string, at int, ok bool) {
	noun := -1
	for m := k; m < len(toks) && m <= k+10; m++ {
		t := toks[m]
		// The people come before any preposition, relative pronoun or
		// unit: not "in less than five months that killed".
		if t.Punct && !t.Is("(", ")", ",") || t.Is("in", "at", "on", "across", "near", "during", "from", "by", "that", "which", "who", "when") ||
			t.Is(spreadUnits...) || t.Is("minutes", "hours", "days", "weeks", "months", "years", "decades", "times") {
			return "", 0, false
		}
		if numberAt(toks, m) {
			return "", 0, false
		}
		if _, ok := metricNouns[t.Lower]; ok && noun < 0 {
			noun = m
		}
		// "a dozen journalists killed in 2011": a participle after the
		// people.
		participle := t.Is("killed", "dead", "injured", "wounded")
		if !participle && !t.Is("were", "was", "have", "has", "had", "died", "perished", "succumbed", "lost", "surrendered") {
			continue
		}
		v := m
		for v < len(toks) && toks[v].Is("were", "was", "have", "has", "had", "been", "also", "so", "far", "reportedly", "allegedly", "either") {
			v++
		}
		if v >= len(toks) {
			return "", 0, false
		}
		switch {
		case toks[v].Is("killed", "dead", "murdered", "martyred", "slain", "executed", "died", "perished", "succumbed") ||
			toks[v].Is("shot", "gunned") && v+1 < len(toks) && toks[v+1].Is("dead", "down") ||
			toks[v].Is("stabbed", "beaten", "hacked", "burnt", "burned", "tortured", "stoned") && lex.HasAt(toks, v+1, "to", "death") ||
			toks[v].Is("lost") && v+2 < len(toks) && toks[v+2].Is("lives", "life"):
			metric = Deaths
			if noun >= 0 && metricNouns[toks[noun].Lower] != Deaths && metricNouns[toks[noun].Lower] != Injured {
				metric = metricNouns[toks[noun].Lower]
			}
			// "18 police officials were martyred": a word of the people's
			// side when no noun names it.
			for j := k; j < m && metric == Deaths; j++ {
				metric = peopleMetric(toks[j])
			}
			// "1,200 Afghans, most of them children, had been killed or
			// maimed": the dead and the hurt together.
			if v+2 < len(toks) && toks[v+1].Is("or", "and") && toks[v+2].Is("maimed", "injured", "wounded") && toks[v].Is("killed") {
				metric = Casualties
			}
		case toks[v].Is("injured", "wounded"):
			metric = Injured
		case toks[v].Is("abducted", "kidnapped", "disappeared") || toks[v].Is("forcibly") && v+1 < len(toks) && toks[v+1].Is("disappeared"):
			metric = Abductions
		case toks[v].Is("arrested", "detained", "apprehended"):
			metric = Arrests
		case toks[v].Is("surrendered"):
			metric = Surrenders
		default:
			return "", 0, false
		}
		if noun < 0 {
			noun = v
		}
		return metric, noun, true
	}
	return "", 0, false
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

// notCount reports a number that the words right before it, ending at
// toks[b], make an average or a ratio rather than a count: "an average of
// 92 attacks a month", "averaging 3 a day", "one in every four attacks".
// Analysts check monthly totals against claims, so a mean must not pass
// for a total.
func notCount(toks []lex.Token, b int) bool {
	if b < 0 {
		return false
	}
	if toks[b].Is("averaging") || b >= 1 && lex.HasAt(toks, b-1, "average", "of") {
		return true
	}
	// "one in four", "one in every four".
	if toks[b].Is("every") {
		b--
	}
	return b >= 1 && toks[b].Is("in") && toks[b-1].Is("one")
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
		// "embraced shahadat"; "sent to hell" is how ISPR tells
		// militants killed.
		if deathShapes.May(t.Lower) && deathWords[t.Lower] && (!t.Is("hell") || lex.HasAt(toks, max(0, i-2), "sent", "to", "hell")) && !sentenced(toks, i) ||
			lex.HasAt(toks, i, "laid", "down") && !armsLaidDown(toks, i) {
			return true
		}
	}
	return false
}

// deathShapes turns away most words before the deathWords lookup.
var deathShapes = lex.ShapesOf(deathWords)

// deathWords tell that people died. (A set: diedIn reads every sentence.)
var deathWords = map[string]bool{
	"killed": true, "killing": true, "kill": true, "martyred": true, "martyrdom": true, "murdered": true, "died": true,
	"deaths": true, "death": true, "dead": true, "lives": true, "casualties": true, "fatality": true, "fatalities": true,
	"toll": true, "shahadat": true, "hell": true, "neutralised": true, "neutralized": true,
	// "martyring 71 policemen".
	"martyring": true,
}

// deadInclude reports "include" at i told of one toll's dead or hurt:
// "the dead include six FC personnel and five passers-by", "the injured
// include two children". It splits the incident's toll; a tally names
// its span ("the 2024 deaths include").
func deadInclude(toks []lex.Token, i int) bool {
	return i >= 2 && toks[i-2].Is("the") && toks[i-1].Is("dead", "deceased", "victims", "injured", "wounded", "martyred")
}

// hasAggregateWord reports a word that marks a sentence as a statistic
// (aggregate), "throughout 2024" or "during the year".
func hasAggregateWord(toks []lex.Token) bool {
	for i, t := range toks {
		if aggregate[t.Lower] && !(t.Is("so") && !lex.HasAt(toks, i, "so", "far")) && !shortSince(toks, i) &&
			!(t.Is("include", "includes", "included") && (inventory(toks[:i]) || deadInclude(toks, i))) {
			return true
		}
		// "killed during the year": a year's toll, however it is told.
		// "throughout 2024", "throughout the country"; not "throughout
		// the morning".
		if t.Is("throughout") && i+1 < len(toks) && (year(toks[i+1].Lower) || months[toks[i+1].Lower] ||
			toks[i+1].Is("the") && i+2 < len(toks) && toks[i+2].Is("year", "month", "period", "decade", "country", "province", "state", "region")) {
			return true
		}
		if lex.HasAt(toks, i, "during", "the", "year") ||
			lex.HasAt(toks, i, "over", "the", "year") || lex.HasAt(toks, i, "the", "past", "year") {
			return true
		}
		// "in the last four years", "over the past six months": a span
		// of many periods is a tally's.
		// "during the first quarter", "in the first half of the year",
		// "over the past decade".
		if t.Is("quarter", "half", "decade") && i >= 2 && toks[i-2].Is("the") && toks[i-1].Is("first", "second", "third", "fourth", "last", "past", "final") {
			return true
		}
		if t.Is("last", "past") && i+2 < len(toks) && toks[i+2].Is("years", "months", "weeks", "decades") {
			if _, _, ok := lex.NumberAt(toks, i+1); ok || toks[i+1].Is("few", "several", "many") {
				return true
			}
		}
		// "killed in the hills this year", "so far this year": a year's
		// tally, unless a day or month comes first ("on 5 March this
		// year").
		if lex.HasAt(toks, i, "this", "year") && (i == 0 || !months[toks[i-1].Lower] && !lex.Digits(toks[i-1].Lower)) {
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
		if t.Is("have", "has", "had") && !inRelative(toks, i) || t.Is("include", "includes") && !inventory(toks[:i]) {
			return true
		}
	}
	return false
}

// inRelative reports a verb at i in a relative clause that opens a few
// words before it: "bombed a village where people had gathered", "the
// men who had fled". Its tense is the clause's, not the toll's.
func inRelative(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k].Punct; k-- {
		if toks[k].Is("where", "who", "whom", "which", "when") {
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

// periodOf returns the period of the sentence s that dates the figure n:
// the first after it, else the last before it ("114 men were killed in
// January 2015", "in 2013 ... 46 suicide attacks"), leaving out the period
// of a figure it is compared with ("71 soldiers were killed compared to 39
// in 2016", "as against six killed in 2015", "82 per cent less than in
// 2012").
func periodOf(ps []dates.Period, s lex.Sentence, n numbers.Number) *dates.Period {
	// "the highest in a single month since February 2014": the date after
	// "since" is a ranking's baseline, the figure's period only when the
	// sentence has no other.
	var other []dates.Period
	for _, p := range ps {
		if !rankedSince(s.Toks, p) {
			other = append(other, p)
		}
	}
	if p := periodOfIn(other, s, n); p != nil {
		return p
	}
	return periodOfIn(ps, s, n)
}

// rankedSince reports a period "since X" told after a superlative in the
// same clause ("the highest since 2014", "the lowest monthly toll since").
//
// "the lowest annual figure since the mission began documenting in 2009":
// a period told after "since" and an event in the same clause is such a
// baseline too.
func rankedSince(toks []lex.Token, p dates.Period) bool {
	since := strings.HasPrefix(strings.ToLower(p.Text), "since")
	between := 0 // the words between the period and a "since" before it
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.Start >= p.StartOff {
			continue
		}
		if t.Punct {
			return false
		}
		if since && (superlatives[t.Lower] || t.Is("highest", "lowest")) {
			return true
		}
		if !since {
			// Only a short clause of an event, with no figure of its
			// own, stands between: not "since 1997 As compared to 1,963
			// incidents in 2000" in a text without stops.
			between++
			if between > 8 || numberAt(toks, i) {
				return false
			}
		}
		since = since || t.Is("since")
	}
	return false
}

// periodOfIn is periodOf over the periods ps.
func periodOfIn(ps []dates.Period, s lex.Sentence, n numbers.Number) *dates.Period {
	// A figure set against another ("from 328 in the second quarter",
	// "compared with 211") has no period of those before it: they are the
	// other figure's.
	againstOther := false
	if b := firstBefore(s.Toks, n.Start); b >= 0 {
		t := s.Toks[b]
		againstOther = t.Is("from", "against", "than", "versus") || t.Is("with", "to") && b > 0 && s.Toks[b-1].Is("compared", "comparison")
	}
	var before *dates.Period
	for i := range ps {
		p := &ps[i]
		if p.StartOff < s.Start || p.EndOff > s.End {
			continue
		}
		if p.EndOff <= n.Start {
			if !comparedBefore(s.Toks, p.StartOff) && !againstOther {
				before = p
			}
			continue
		}
		if p.StartOff >= n.End {
			if comparedBetween(s.Toks, n.End, p.StartOff) {
				break
			}
			// "In January, PICSS recorded 74 attacks; in February, 79":
			// a period after a semicolon opens the next item of a
			// series; the figure keeps the period of its own item.
			if before != nil && semicolonBetween(s.Toks, n.End, p.StartOff) {
				break
			}
			return p
		}
	}
	return before
}

// semicolonBetween reports a semicolon between the offsets from and to.
func semicolonBetween(toks []lex.Token, from, to int) bool {
	for _, t := range toks {
		if t.Start >= from && t.End <= to && t.Is(";") {
			return true
		}
	}
	return false
}

// comparedBetween reports a comparison word between the offsets from and
// to: what follows it belongs to the figure compared with.
func comparedBetween(toks []lex.Token, from, to int) bool {
	for i, t := range toks {
		if t.Start >= from && t.End <= to && comparison(toks, i) {
			return true
		}
	}
	return false
}

// comparedBefore reports a comparison word just before the period at off
// ("compared to 2012", "than in 2012").
func comparedBefore(toks []lex.Token, off int) bool {
	for i, t := range toks {
		if t.Start >= off {
			for k := max(0, i-3); k < i; k++ {
				if comparison(toks, k) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// comparison reports a word that opens the other side of a comparison.
func comparison(toks []lex.Token, i int) bool {
	t := toks[i]
	if t.Is("compared", "than", "comparison", "corresponding") || t.Is("against") && i > 0 && toks[i-1].Is("as") {
		return true
	}
	// "rose to 27 in 2023 from 13 in 2022": the figure after "from" is
	// the earlier one.
	if t.Is("from", "against") && numberAt(toks, i+1) {
		for k := i - 1; k >= 0; k-- {
			if changeVerbs[toks[k].Lower] {
				return true
			}
		}
		return t.Is("against")
	}
	return false
}

// monthCounts are the numbers of months a report counts in words.
var monthCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "11": 11}

// monthsTo reads "N months to" at the end of lead, the lower-case text
// before a month ("the 12 months to June 2026", "the six months ending
// March"), and returns N, or 0.
func monthsTo(lead string) int {
	w := strings.Fields(lead)
	if len(w) < 3 || w[len(w)-2] != "months" || w[len(w)-1] != "to" && w[len(w)-1] != "ending" && w[len(w)-1] != "ended" {
		return 0
	}
	if w[len(w)-3] == "12" || w[len(w)-3] == "twelve" {
		return 12
	}
	return monthCounts[w[len(w)-3]]
}

// firstMonths reads "first N months" at the end of lead, the lower-case
// text before a year, and returns N, or 0.
// firstDays returns N of a lead that ends "the first N days" (and "of"),
// or 0.
func firstDays(lead string) int {
	w := strings.Fields(lead)
	if len(w) > 0 && w[len(w)-1] == "of" {
		w = w[:len(w)-1]
	}
	if len(w) < 3 || w[len(w)-3] != "first" || w[len(w)-1] != "days" {
		return 0
	}
	n, err := strconv.Atoi(w[len(w)-2])
	if err != nil || n < 2 || n > 365 {
		return 0
	}
	return n
}

func firstMonths(lead string) int {
	w := strings.Fields(lead)
	if len(w) < 3 || w[len(w)-3] != "first" || w[len(w)-1] != "months" {
		return 0
	}
	return monthCounts[w[len(w)-2]]
}

// joinPeriods mends the periods the date reader gives in pieces:
//   - "between January 2023 and June 2024" is one span;
//   - "the same period last year", "the same period in 2015" is the span
//     before it moved to that year;
//   - "since the start of the year" runs from 1 January to publication;
//   - "the first six months of 2023" ends with June.
func joinPeriods(text string, ps []dates.Period, published time.Time) []dates.Period {
	var out []dates.Period
	low := strings.ToLower(text)
	// "In those three months ..., compared with 61 in the same quarter of
	// 2025": the months told before are one span, which the same period
	// of another year moves.
	if n := len(ps); n > 0 {
		if ps = thoseMonths(text, low, ps); len(ps) > n {
			sort.SliceStable(ps, func(a, b int) bool { return ps[a].StartOff < ps[b].StartOff })
		}
	}
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if i+1 < len(ps) && strings.HasPrefix(strings.ToLower(p.Text), "between ") && p.EndOff <= ps[i+1].StartOff &&
			strings.TrimSpace(text[p.EndOff:ps[i+1].StartOff]) == "and" && !ps[i+1].End.IsZero() {
			q := ps[i+1]
			p.End, p.EndOff, p.Text = q.End, q.EndOff, text[p.StartOff:q.EndOff]
			i++
		}
		lead := strings.ToLower(text[max(0, p.StartOff-24):p.StartOff])
		// "in the 12 months to June 2026": the months that end with
		// that month.
		if n := monthsTo(lead); n > 1 && calendarUnit(p) && p.End.Sub(p.Start) < 32*24*time.Hour {
			p.Start = p.Start.AddDate(0, 1-n, 0)
		}
		// "in the first six months of 2023": the year's first months only.
		if n := firstMonths(lead); n > 0 && p.Start.Month() == time.January && p.End.Month() == time.December && p.Start.Year() == p.End.Year() {
			p.End = p.Start.AddDate(0, n, -1)
		}
		// "in the first 100 days of 2026": the year's first days only.
		if n := firstDays(lead); n > 0 && wholeYear(&p) {
			p.End = p.Start.AddDate(0, 0, n-1)
		}
		// "the same quarter of 2025", "the same month last year".
		if len(out) > 0 && (strings.HasSuffix(lead, "same period ") || strings.HasSuffix(lead, "corresponding period ") ||
			strings.HasSuffix(lead, "same quarter ") || strings.HasSuffix(lead, "same month ") || strings.HasSuffix(lead, "same half ")) {
			prev := out[len(out)-1]
			if shift := p.End.Year() - prev.End.Year(); shift != 0 && !prev.End.IsZero() && !p.End.IsZero() {
				p.Start, p.End = prev.Start.AddDate(shift, 0, 0), prev.End.AddDate(shift, 0, 0)
			}
		}
		// "in 2024 up to September 15", "2025 (till May 31)": the
		// year ends on that day.
		// "since the Taliban takeover in August 2021": the month the
		// span starts, not the span.
		if !published.IsZero() && p.End.Before(published) && sinceEvent(text[max(0, p.StartOff-60):p.StartOff], p.Text) {
			p.End = published
		}
		if wholeYear(&p) {
			if m := untilDay.FindStringSubmatch(strings.ToLower(text[p.EndOff:min(len(text), p.EndOff+24)])); m != nil {
				if end, ok := dayOf(p.Start.Year(), m[1]+m[4], m[2]+m[3]); ok {
					p.End = end
				}
			}
		}
		out = append(out, p)
	}
	// "between 1 January and 31 March 2024", which the date reader leaves.
	for _, m := range findAllIf(betweenDays, low, "between ") {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return low[m[2*i]:m[2*i+1]]
		}
		d1, m1, y1, d2, m2, y2 := g(1), g(2), g(3), g(4), g(5), g(6)
		if d1 == "" { // "between January 1 and March 31, 2024"
			m1, d1, y1, m2, d2, y2 = g(7), g(8), g(9), g(10), g(11), g(12)
		}
		y, _ := strconv.Atoi(y2)
		sy := y
		if y1 != "" {
			sy, _ = strconv.Atoi(y1)
		}
		start, ok1 := dayOf(sy, m1, d1)
		end, ok2 := dayOf(y, m2, d2)
		if ok1 && ok2 && !end.Before(start) && !overlaps(out, m[0], m[1]) {
			out = append(out, dates.Period{Start: start, End: end, StartOff: m[0], EndOff: m[1], Text: text[m[0]:m[1]]})
		}
	}
	// "Since March 6 2000", told without the comma the date reader wants.
	for _, m := range findAllIf(sinceDay, low, "since ") {
		y, _ := strconv.Atoi(low[m[6]:m[7]])
		if start, ok := dayOf(y, low[m[2]:m[3]], low[m[4]:m[5]]); ok && !overlaps(out, m[0], m[1]) {
			out = append(out, dates.Period{Start: start, End: published, StartOff: m[0], EndOff: m[1], Text: text[m[0]:m[1]]})
		}
	}
	// "2024 was the deadliest year for its security forces in a decade,
	// with more than 680 soldiers killed": the year the sentence ranks
	// dates its figures, though told bare as its subject.
	for _, m := range findAllIf(rankedYear, low, "deadliest", "bloodiest", "worst", "most violent") {
		y, _ := strconv.Atoi(low[m[2]:m[3]])
		if !overlaps(out, m[2], m[3]) {
			out = append(out, dates.Period{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC),
				StartOff: m[2], EndOff: m[3], Text: text[m[2]:m[3]]})
		}
	}
	out = yearSubject(text, low, out)
	out = yearEarlier(text, low, out)
	out = fiscalYears(text, low, out, published)
	out = tableYears(text, out)
	out = duringTheMonth(text, low, out)
	if published.IsZero() {
		sort.SliceStable(out, func(a, b int) bool { return out[a].StartOff < out[b].StartOff })
		return out
	}
	// "in the first five months of the year", "in the first quarter": the
	// year is the publication's, or the one before when that quarter is
	// still to come.
	for _, m := range findAllIf(firstMonthsOfYear, low, " months of ") {
		n := monthCounts[low[m[2]:m[3]]]
		start := time.Date(published.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		// "219 people were killed in 2025, and 120 of them in the
		// first two months of the year": the year named before.
		if y := yearBefore(text, out, m[0]); y > 0 && strings.HasSuffix(low[m[0]:m[1]], "the year") {
			start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		if n > 0 && !overlaps(out, m[0], m[1]) {
			out = append(out, dates.Period{Start: start, End: start.AddDate(0, n, -1), StartOff: m[0], EndOff: m[1], Text: text[m[0]:m[1]]})
		}
	}
	for _, m := range findAllIf(quarterNoYear, low, " quarter") {
		// "during the first quarter of this year" is the publication's
		// year as much as "during the first quarter"; the period the
		// date reader gave "this year" gives way to it.
		for _, tail := range []string{" of this year", " of the year", " of the current year"} {
			if strings.HasPrefix(low[m[1]:], tail) {
				m[1] += len(tail)
				out = dropWithin(out, m[0], m[1])
				break
			}
		}
		if strings.HasPrefix(low[m[1]:], " of") || overlaps(out, m[0], m[1]) {
			continue
		}
		q := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[low[m[2]:m[3]]]
		start := time.Date(published.Year(), time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		if end := start.AddDate(0, 3, -1); end.After(published) {
			start = start.AddDate(-1, 0, 0)
		}
		out = append(out, dates.Period{Start: start, End: start.AddDate(0, 3, -1), StartOff: m[0], EndOff: m[1], Text: text[m[0]:m[1]]})
	}
	out = firstPartOfYear(text, low, out, published)
	out = hyphenQuarters(text, low, out, published)
	out = quarters(text, low, out, published)
	out = duringTheYear(text, low, out, published)
	// "in the last 24 hours": the day before publication and its day.
	for _, phrase := range []string{"the last 24 hours", "the past 24 hours"} {
		for _, i := range indexAll(low, phrase) {
			if !overlaps(out, i, i+len(phrase)) {
				out = append(out, dates.Period{Start: published.AddDate(0, 0, -1), End: published, StartOff: i, EndOff: i + len(phrase), Text: text[i : i+len(phrase)]})
			}
		}
	}
	// "over the past decade", "in the last two decades": the years up to
	// publication, as "the past 10 years" reads.
	for _, d := range []struct {
		phrase string
		years  int
	}{{"the past decade", 10}, {"the last decade", 10}, {"the past two decades", 20}, {"the last two decades", 20}, {"the past three decades", 30}, {"the last three decades", 30}} {
		for _, i := range indexAll(low, d.phrase) {
			if end := i + len(d.phrase); !overlaps(out, i, end) {
				out = append(out, dates.Period{Start: published.AddDate(-d.years, 0, 0), End: published, StartOff: i, EndOff: end, Text: text[i:end]})
			}
		}
	}
	for _, phrase := range []string{"since the start of the year", "since the beginning of the year", "since the start of this year", "since the beginning of this year"} {
		for _, i := range indexAll(low, phrase) {
			out = append(out, dates.Period{Start: time.Date(published.Year(), 1, 1, 0, 0, 0, 0, time.UTC), End: published,
				StartOff: i, EndOff: i + len(phrase), Text: text[i : i+len(phrase)]})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].StartOff < out[b].StartOff })
	return out
}

// yearBefore returns the year of the closest whole year told before the
// offset off in its sentence ("killed in 2025, and 120 of them in the
// first two months of the year"), or 0.
func yearBefore(text string, ps []dates.Period, off int) int {
	y, at := 0, -1
	for i := range ps {
		p := &ps[i]
		if wholeYear(p) && p.EndOff <= off && p.EndOff > at && !strings.ContainsAny(text[p.EndOff:off], ".;\n") {
			y, at = p.Start.Year(), p.EndOff
		}
	}
	return y
}

// sinceEvent reports whether the words before a period open a span at an
// event it dates: "since the Taliban takeover in", "since the fall of the
// republic in", "since the group returned to power in". The clause must
// run from "since" to the period unbroken and end with "in".
func sinceEvent(before, period string) bool {
	low := strings.ToLower(before)
	i := strings.LastIndex(low, "since ")
	if i < 0 || i > 0 && letterOrDigit(low[i-1]) {
		return false
	}
	rest := low[i:]
	in := strings.HasSuffix(strings.TrimRight(rest, " "), " in") || strings.HasPrefix(strings.ToLower(period), "in ")
	return in && !strings.ContainsAny(rest, ",.;:()") && len(strings.Fields(rest)) <= 9
}

// tableYears adds the year a table's head names bare before its colon:
// "Fatalities by province, 2025 (CRSS): Khyber Pakhtunkhwa 2,041; ...".
func tableYears(text string, ps []dates.Period) []dates.Period {
	for _, c := range indexAll(text, ":") {
		e := c
		// "(CRSS)" between the year and the colon.
		if e > 0 && text[e-1] == ')' {
			if o := strings.LastIndexByte(text[max(0, e-24):e], '('); o >= 0 {
				e = max(0, e-24) + o
			}
		}
		e = len(strings.TrimRight(text[:e], " "))
		// After a word ("by province, 2025"), not a day ("Dec 30, 2024").
		if e < 7 || text[e-6:e-4] != ", " || !year(text[e-4:e]) || overlaps(ps, e-4, e) || !isLetter(text[e-7]) {
			continue
		}
		y, _ := strconv.Atoi(text[e-4 : e])
		ps = append(ps, dates.Period{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC),
			StartOff: e - 4, EndOff: e, Text: text[e-4 : e]})
	}
	return ps
}

// isLetter reports an ASCII letter.
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// yearSubject adds a year told bare as the subject of what it saw:
// "2025 saw 96 attacks", "the DG said 2025 had seen 5,100 incidents".
func yearSubject(text, low string, ps []dates.Period) []dates.Period {
	for _, verb := range []string{" saw ", " had seen ", " has seen ", " witnessed "} {
		for _, i := range indexAll(low, verb) {
			if i < 4 || !year(low[i-4:i]) || i > 4 && letterOrDigit(low[i-5]) || overlaps(ps, i-4, i) {
				continue
			}
			y, _ := strconv.Atoi(low[i-4 : i])
			ps = append(ps, dates.Period{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC),
				StartOff: i - 4, EndOff: i, Text: text[i-4 : i]})
		}
	}
	return ps
}

// rankedYear is a year told bare as the subject of its ranking: "2024 was
// the deadliest year", "2023 has been the bloodiest".
var rankedYear = regexp.MustCompile(`\b((?:19|20)\d\d) (?:was|is|has been|had been|became|proved) (?:the|its|their) (?:deadliest|bloodiest|worst|most violent)\b`)

// earlierPhrases date a figure by the period told just before it, a year
// back: "171 attacks in 2024, up from 110 a year earlier".
var earlierPhrases = []string{"a year earlier", "a year before", "the year before", "the previous year", "the preceding year"}

// yearEarlier adds the periods of earlierPhrases: the closest period told
// before the phrase in the same paragraph, moved a year back ("in the
// first half of 2025 ... in the same period a year earlier" is the first
// half of 2024). With no period before it the phrase is left to the date
// reader, which reads "the previous year" from the publication date.
func yearEarlier(text, low string, ps []dates.Period) []dates.Period {
	for _, phrase := range earlierPhrases {
		for _, i := range indexAll(low, phrase) {
			end := i + len(phrase)
			var prev *dates.Period
			for k := range ps {
				p := &ps[k]
				if p.EndOff <= i && (prev == nil || p.EndOff > prev.EndOff) && !p.End.IsZero() {
					prev = p
				}
			}
			if prev == nil || i-prev.EndOff > 200 || strings.Contains(text[prev.EndOff:i], "\n\n") {
				continue
			}
			if lead := low[max(0, i-6):i]; strings.HasSuffix(lead, " over ") || strings.HasSuffix(lead, " on ") {
				// "up 34 per cent over the previous year": a change
				// measured against that year, which dates no figure.
				continue
			}
			q := dates.Period{Start: prev.Start.AddDate(-1, 0, 0), End: prev.End.AddDate(-1, 0, 0), StartOff: i, EndOff: end, Text: text[i:end]}
			// The date reader's own reading of the phrase ("in the
			// previous year", from the publication) gives way.
			ps = append(dropOverlapping(ps, i, end), q)
		}
	}
	return ps
}

// fiscalYears adds the fiscal years a text names. Pakistan's runs from 1
// July to 30 June and is written with both years ("the fiscal year
// 2023-24", "FY2023-24", "the fiscal year ending June 2025"); "the last
// fiscal year" and "the current fiscal year" are read from the
// publication date.
func fiscalYears(text, low string, ps []dates.Period, published time.Time) []dates.Period {
	for _, phrase := range []string{"fiscal year", "financial year", "fy"} {
		for _, i := range indexAll(low, phrase) {
			end := i + len(phrase)
			if phrase == "fy" && (i > 0 && letterOrDigit(low[i-1]) || end < len(low) && !(low[end] >= '0' && low[end] <= '9' || low[end] == ' ')) {
				continue
			}
			from, to := 0, 0 // the years the fiscal year starts and ends in
			rest := low[end:]
			if strings.HasPrefix(rest, " of ") {
				rest, end = rest[3:], end+3
			}
			start := i
			if y1, y2, n := yearPair(rest); n > 0 {
				from, to, end = y1, y2, end+n
			} else if y1, y2, j := yearPairBefore(low, i); j >= 0 {
				// "in the 2024-25 fiscal year".
				from, to, start = y1, y2, j
			} else if strings.HasPrefix(rest, " ending june ") || strings.HasPrefix(rest, " ended june ") {
				k := len(" ending june ")
				if strings.HasPrefix(rest, " ended") {
					k = len(" ended june ")
				}
				w := rest[k:]
				w = strings.TrimLeft(strings.TrimPrefix(w, "30"), ", ")
				if len(w) >= 4 && year(w[:4]) {
					to, _ = strconv.Atoi(w[:4])
					from, end = to-1, end+len(rest)-len(w)+4
				}
			} else if !published.IsZero() {
				// The fiscal year in course at publication starts in July
				// of the publication's year or of the year before.
				cur := published.Year()
				if published.Month() < time.July {
					cur--
				}
				lead := low[max(0, i-9):i]
				switch {
				case strings.HasSuffix(lead, "last ") || strings.HasSuffix(lead, "previous ") || strings.HasSuffix(lead, "past "):
					from = cur - 1
				case strings.HasSuffix(lead, "current ") || strings.HasSuffix(lead, "this "):
					from = cur
				}
				to = from + 1
			}
			if from == 0 {
				continue
			}
			q := dates.Period{Start: time.Date(from, time.July, 1, 0, 0, 0, 0, time.UTC), End: time.Date(to, time.June, 30, 0, 0, 0, 0, time.UTC),
				StartOff: start, EndOff: end, Text: text[start:end]}
			if start < i {
				// The reader of dates took "in the 2024" for a year.
				ps = dropOverlapping(ps, start, end)
			}
			ps = append(dropWithin(ps, start, end), q)
		}
	}
	return ps
}

// firstPartOfYear adds the halves and first months told without their
// year: "during the first half of the year", "the second half of this
// year", "in the first four months". The year is the publication's, or
// the one before when that part of it is still to come.
func firstPartOfYear(text, low string, ps []dates.Period, published time.Time) []dates.Period {
	add := func(i, end int, from time.Month, n int) {
		start := time.Date(published.Year(), from, 1, 0, 0, 0, 0, time.UTC)
		if start.AddDate(0, n, -1).After(published.AddDate(0, 1, 0)) {
			start = start.AddDate(-1, 0, 0)
		}
		ps = append(dropWithin(ps, i, end), dates.Period{Start: start, End: start.AddDate(0, n, -1), StartOff: i, EndOff: end, Text: text[i:end]})
	}
	for _, half := range []string{"the first half", "the second half"} {
		for _, i := range indexAll(low, half) {
			end := i + len(half)
			rest := low[end:]
			tail := ""
			for _, t := range []string{" of the year", " of this year", " of the current year"} {
				if strings.HasPrefix(rest, t) {
					tail = t
				}
			}
			if tail == "" && strings.HasPrefix(rest, " of") {
				continue // "the first half of 2024" is the date reader's
			}
			from := time.January
			if half == "the second half" {
				from = time.July
			}
			add(i, end+len(tail), from, 6)
		}
	}
	for _, i := range indexAll(low, "the first ") {
		w := strings.Fields(low[i+len("the first ") : min(len(low), i+40)])
		if len(w) < 2 || !strings.HasPrefix(w[1], "months") {
			continue
		}
		n := monthCounts[w[0]]
		end := i + len("the first ") + strings.Index(low[i+len("the first "):], "months") + len("months")
		if n == 0 || strings.HasPrefix(low[end:], " of") || overlaps(ps, i, end) {
			continue
		}
		add(i, end, time.January, n)
	}
	return ps
}

// hyphenQuarters adds the quarters told as a modifier, with no year:
// "taking the third-quarter toll to 707", "the second-quarter figures".
// The year is the publication's, or the one before when that quarter is
// still to come.
func hyphenQuarters(text, low string, ps []dates.Period, published time.Time) []dates.Period {
	for _, d := range indexAll(low, "-quarter") {
		q, i, end := 0, d, d+len("-quarter")
		for n, w := range []string{"first", "second", "third", "fourth"} {
			if d >= len(w) && low[d-len(w):d] == w && (d == len(w) || !letterOrDigit(low[d-len(w)-1])) {
				q, i = n+1, d-len(w)
				break
			}
		}
		if q == 0 || overlaps(ps, i, end) {
			continue
		}
		start := time.Date(published.Year(), time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		if start.AddDate(0, 3, -1).After(published) {
			start = start.AddDate(-1, 0, 0)
		}
		ps = append(ps, dates.Period{Start: start, End: start.AddDate(0, 3, -1), StartOff: i, EndOff: end, Text: text[i:end]})
	}
	return ps
}

// quarterWords name a quarter, "q1" to "q4" or "the first quarter" to
// "the fourth quarter".
var quarterWords = []struct {
	word string
	q    int
}{{"q1", 1}, {"q2", 2}, {"q3", 3}, {"q4", 4},
	{"first quarter", 1}, {"second quarter", 2}, {"third quarter", 3}, {"fourth quarter", 4}}

// quarters adds the quarters the date reader leaves: "in Q1 2025", "in Q2
// of 2025", "from the first quarter". A quarter told without its year
// takes the year of the nearest period told with one within a sentence's
// reach ("fell from 297 in Q1 to 208 in Q2 of 2025", "in the second
// quarter of 2025, ... from the first quarter"), else the publication's,
// or the year before when that quarter is still to come.
func quarters(text, low string, ps []dates.Period, published time.Time) []dates.Period {
	var add []dates.Period
	for _, w := range quarterWords {
		for _, i := range indexAll(low, w.word) {
			end := i + len(w.word)
			if i > 0 && letterOrDigit(low[i-1]) || end < len(low) && letterOrDigit(low[end]) || overlaps(ps, i, end) {
				continue
			}
			y := 0
			for _, lead := range []string{" of ", " ", ", "} {
				if rest := low[end:]; strings.HasPrefix(rest, lead) && len(rest) >= len(lead)+4 && year(rest[len(lead):len(lead)+4]) &&
					(len(rest) == len(lead)+4 || !letterOrDigit(rest[len(lead)+4])) {
					y, _ = strconv.Atoi(rest[len(lead) : len(lead)+4])
					end += len(lead) + 4
					break
				}
			}
			add = append(add, dates.Period{Start: time.Date(y, time.Month(3*w.q-2), 1, 0, 0, 0, 0, time.UTC), StartOff: i, EndOff: end})
		}
	}
	if len(add) == 0 {
		return ps
	}
	all := append(append([]dates.Period(nil), ps...), add...)
	for _, q := range add {
		if q.Start.Year() == 0 {
			// The year of the nearest period with one, within reach.
			best := -1
			for _, p := range all {
				if p.Start.Year() == 0 || p.End.IsZero() || p.Start.Year() != p.End.Year() {
					continue
				}
				d := max(p.StartOff-q.EndOff, q.StartOff-p.EndOff)
				if d < 120 && (best < 0 || d < best) {
					best = d
					q.Start = time.Date(p.Start.Year(), q.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
				}
			}
			if q.Start.Year() == 0 {
				if published.IsZero() {
					continue
				}
				q.Start = time.Date(published.Year(), q.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
				if q.Start.AddDate(0, 3, -1).After(published) {
					q.Start = q.Start.AddDate(-1, 0, 0)
				}
			}
		}
		q.End = q.Start.AddDate(0, 3, -1)
		q.Text = text[q.StartOff:q.EndOff]
		ps = append(ps, q)
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].StartOff < ps[b].StartOff })
	return ps
}

// thoseMonths adds "in those three months", "over these two months": the
// span of the months told just before ("41 attacks in January 2026, 38 in
// February and 57 in March. In those three months, ...").
func thoseMonths(text, low string, ps []dates.Period) []dates.Period {
	for _, lead := range []string{"those ", "these "} {
		for _, i := range indexAll(low, lead) {
			w := strings.Fields(low[i+len(lead) : min(len(low), i+len(lead)+16)])
			if len(w) < 2 || !strings.HasPrefix(w[1], "months") {
				continue
			}
			n := monthCounts[w[0]]
			end := i + len(lead) + strings.Index(low[i+len(lead):], "months") + len("months")
			if n < 2 || overlaps(ps, i, end) {
				continue
			}
			// The last n months told before, within a few sentences.
			var got []dates.Period
			for k := len(ps) - 1; k >= 0 && len(got) < n; k-- {
				p := ps[k]
				if p.EndOff > i || i-p.EndOff > 400 {
					continue
				}
				if !calendarUnit(p) || p.End.Sub(p.Start) > 32*24*time.Hour {
					break
				}
				got = append(got, p)
			}
			if len(got) != n {
				continue
			}
			start, stop := got[0].Start, got[0].End
			for _, p := range got[1:] {
				if p.Start.Before(start) {
					start = p.Start
				}
				if p.End.After(stop) {
					stop = p.End
				}
			}
			// Months that follow each other only.
			if start.AddDate(0, n, -1) != stop {
				continue
			}
			ps = append(ps, dates.Period{Start: start, End: stop, StartOff: i, EndOff: end, Text: text[i:end]})
		}
	}
	return ps
}

// duringTheYear adds "during the year" told with no period before it in
// its paragraph ("62,113 IBOs were carried out during the year"): the
// publication's year, or the one before in January, when year-end reviews
// sum the year just ended.
func duringTheYear(text, low string, ps []dates.Period, published time.Time) []dates.Period {
	for _, phrase := range []string{"during the year", "over the year"} {
		for _, i := range indexAll(low, phrase) {
			end := i + len(phrase)
			if end < len(low) && (letterOrDigit(low[end]) || strings.HasPrefix(low[end:], " of") || strings.HasPrefix(low[end:], " 2")) {
				continue
			}
			para := strings.LastIndex(low[:i], "\n\n") + 1
			told := false
			for _, p := range ps {
				told = told || p.StartOff >= para && p.StartOff < end
			}
			if told {
				continue
			}
			y := published.Year()
			if published.Month() == time.January {
				y--
			}
			ps = append(ps, dates.Period{Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC),
				StartOff: i, EndOff: end, Text: text[i:end]})
		}
	}
	return ps
}

// duringTheMonth adds the month a text named before to "during the
// month", "in the same month" and their like: "The institute recorded 61
// attacks in November. ... Security forces killed 59 militants in
// operations during the month".
func duringTheMonth(text, low string, ps []dates.Period) []dates.Period {
	for _, phrase := range []string{"during the month", "over the month", "in the same month", "during the same month", "in that month", "during that month"} {
		for _, i := range indexAll(low, phrase) {
			end := i + len(phrase)
			if end < len(low) && (letterOrDigit(low[end]) || strings.HasPrefix(low[end:], " of")) || overlaps(ps, i, end) {
				continue
			}
			var month *dates.Period
			for k, p := range ps {
				if p.EndOff <= i && oneMonth(p) && !baselineBefore(low, p.StartOff) && (month == nil || p.EndOff > month.EndOff) {
					month = &ps[k]
				}
			}
			if month != nil {
				ps = append(ps, dates.Period{Start: month.Start, End: month.End, StartOff: i, EndOff: end, Text: text[i:end]})
			}
		}
	}
	return ps
}

// baselineBefore reports a month told as the other side of a comparison
// ("up from 15 in June", "compared with October"): the month of a report
// is the one compared.
func baselineBefore(low string, off int) bool {
	before := low[max(0, off-20):off]
	return strings.Contains(before, "from ") || strings.Contains(before, "compared") || strings.Contains(before, "than ")
}

// oneMonth reports a period of one calendar month.
func oneMonth(p dates.Period) bool {
	return calendarUnit(p) && p.End.Month() == p.Start.Month() && p.End.Year() == p.Start.Year()
}

// letterOrDigit reports an ASCII letter or digit: "fy" inside a word is
// no fiscal year.
func letterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// yearPair reads " 2023-24", " 2023-2024" or "2023/24" at the start of s
// and returns both years and the bytes read, or n == 0 when s opens with
// no such pair or with years that do not follow each other.
func yearPair(s string) (from, to, n int) {
	k := 0
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if len(s) < k+7 || !year(s[k:k+4]) || s[k+4] != '-' && s[k+4] != '/' {
		return 0, 0, 0
	}
	from, _ = strconv.Atoi(s[k : k+4])
	d := k + 5
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	switch tail := s[k+5 : d]; len(tail) {
	case 2:
		to = from/100*100 + int(tail[0]-'0')*10 + int(tail[1]-'0')
	case 4:
		to, _ = strconv.Atoi(tail)
	default:
		return 0, 0, 0
	}
	if to != from+1 {
		return 0, 0, 0
	}
	return from, to, d
}

// yearPairBefore reads the pair of years that ends right before offset i
// of low, a space between ("2024-25 fiscal year"): the years and the
// pair's offset, or -1.
func yearPairBefore(low string, i int) (from, to, start int) {
	if i < 8 || low[i-1] != ' ' {
		return 0, 0, -1
	}
	j := i - 1
	for j > 0 && low[j-1] != ' ' && low[j-1] != '(' {
		j--
	}
	if from, to, n := yearPair(low[j : i-1]); n == i-1-j {
		return from, to, j
	}
	return 0, 0, -1
}

// indexAll returns where phrase starts in s, every time, not overlapping.
func indexAll(s, phrase string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return at
		}
		at = append(at, from+i)
		from += i + len(phrase)
	}
}

// dropOverlapping returns ps without the periods that share text with
// text[start:end].
func dropOverlapping(ps []dates.Period, start, end int) []dates.Period {
	out := ps[:0]
	for _, p := range ps {
		if p.EndOff <= start || p.StartOff >= end {
			out = append(out, p)
		}
	}
	return out
}

// dropWithin returns ps without the periods told inside text[start:end].
func dropWithin(ps []dates.Period, start, end int) []dates.Period {
	out := ps[:0]
	for _, p := range ps {
		if p.StartOff < start || p.EndOff > end {
			out = append(out, p)
		}
	}
	return out
}

// Spans told in ways the date reader leaves, read on lower-case text.
var (
	untilDay          = regexp.MustCompile(`^\s*\(?\s*(?:up to|upto|till|until)\s+(?:([a-z]+)\s+(\d{1,2})|(\d{1,2})\s+([a-z]+))`)
	betweenDays       = regexp.MustCompile(`between (\d{1,2}) ([a-z]+)(?:,? (\d{4}))? and (\d{1,2}) ([a-z]+),? (\d{4})|between ([a-z]+) (\d{1,2})(?:,? (\d{4}))? and ([a-z]+) (\d{1,2}),? (\d{4})`)
	firstMonthsOfYear = regexp.MustCompile(`(?:in|during|over) the first (\w+) months of (?:the|this) year`)
	sinceDay          = regexp.MustCompile(`since ([a-z]+) (\d{1,2}) (\d{4})`)
	quarterNoYear     = regexp.MustCompile(`(?:in|during) the (first|second|third|fourth) quarter`)
)

// findAllIf runs re over low only when low holds one of the literals that
// every match of re contains: most texts hold none, and a regular
// expression without a literal prefix otherwise steps through the whole
// text.
func findAllIf(re *regexp.Regexp, low string, literals ...string) [][]int {
	for _, l := range literals {
		if strings.Contains(low, l) {
			return re.FindAllStringSubmatchIndex(low, -1)
		}
	}
	return nil
}

// dayOf returns the day of a month named in full, in year y.
func dayOf(y int, month, day string) (time.Time, bool) {
	if !months[month] {
		return time.Time{}, false
	}
	d, err := strconv.Atoi(day)
	if err != nil || d < 1 || d > 31 {
		return time.Time{}, false
	}
	m, _ := time.Parse("January", strings.ToUpper(month[:1])+month[1:])
	t := time.Date(y, m.Month(), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// overlaps reports a period of ps that shares text with [start, end).
func overlaps(ps []dates.Period, start, end int) bool {
	for _, p := range ps {
		if p.StartOff < end && start < p.EndOff {
			return true
		}
	}
	return false
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
			for i := range ps {
				p := &ps[i]
				// Not a ranking's baseline ("the highest since 2011").
				if p.StartOff >= sents[k].Start && p.EndOff <= sents[k].End && !rankedSince(sents[k].Toks, *p) {
					return p
				}
			}
		}
	}
	return nil
}

// year reports whether w is a year written in digits ("2009").
func year(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && lex.Digits(w)
}

// numberAt reports a number at toks[i].
func numberAt(toks []lex.Token, i int) bool {
	_, _, ok := lex.NumberAt(toks, i)
	return ok
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
		// "the deadliest year", "the first half": a period ranked; but
		// "the deadliest attack in the district this year" ranks an
		// incident within the year.
		period := w.Is("year", "years", "month", "months", "decade", "week", "weeks", "half", "quarter", "period", "time", "times")
		if period && !(k > 0 && toks[k-1].Is("this", "that", "last")) ||
			w.Is("killed", "people", "deaths", "dead", "died", "casualties", "lives", "attacks", "incidents", "number", "toll", "tally") {
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
		// "Gunmen who had landed by boat attacked...": a perfect in a
		// relative clause tells how the attackers came, not a toll
		// still counted.
		perf = perf || t.Is("have", "has", "had") && !(i > 0 && toks[i-1].Is("who", "which", "that"))
		passive := i > 0 && toks[i-1].Is("was", "were", "been", "being")
		if t.Is("exploded", "detonated", "stormed") || t.Is("attacked", "ambushed") && !passive ||
			lex.HasAt(toks, i, "blew", "himself", "up") || lex.HasAt(toks, i, "blew", "herself", "up") || lex.HasAt(toks, i, "opened", "fire") ||
			t.Is("stabbed") && !passive || t.Is("drove", "rammed", "ploughed", "plowed") && intoSoon(toks, i) {
			act = true
		}
		if incidentNouns[t.Lower] {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if toks[k].Punct {
					break
				}
				if toks[k].Is("a", "an", "the", "this", "that", "one") {
					named = true
					break
				}
			}
		}
	}
	return named || act && !perf
}

// intoSoon reports "into" within five words after token i: "drove a lorry
// into a Christmas market".
func intoSoon(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("into") {
			return true
		}
	}
	return false
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

// tally reports a sentence whose tolls sum many incidents rather than
// report one:
//   - it counts ten or more incidents ("in 1,476 attacks", "230 drone
//     strikes have been carried out ... killing more than 3,500");
//   - it compares its figures ("compared to 39 in 2016", "a third more
//     than last year", "82 per cent less");
//   - it points back at a set of incidents ("in these incidents", "in such
//     violence", "a wave of attacks");
//   - or, when it tells no single incident and gives no day, its toll
//     spans a period ("in 2011", "last year", "from January to June", "in
//     recent months") or goes on from a claim in the sentence before.
//
// hasPeriod says a resolved period lies in the sentence; afterClaim that
// the sentence before, in the paragraph, states a claim.
func tally(toks, plain []lex.Token, hasPeriod, afterClaim bool, largest int64) bool {
	if manyIncidents(toks) || compares(toks) || pointsBack(toks) || runningCount(toks) {
		return true
	}
	if singleIncident(toks) || dayIn(toks) {
		return false
	}
	// A hundred dead told in the perfect with no incident named ("700
	// personnel have been killed while fighting") is a campaign's toll.
	return hasPeriod || afterClaim || span(plain) || spate(toks) || rate(toks) || kindOfViolence(toks) || campaign(toks) ||
		largest >= 100 && perfect(toks) && !namesIncident(toks) || aggregateSpan(plain) ||
		largest >= 100 && pluralSubject(toks)
}

// shareOfTally reports a sentence that opens with a share of a tally: "Three-quarters of the casualties", "Half of all deaths", "Nearly 60
// per cent of the attacks", "Most of the attacks targeted police stations".
func shareOfTally(toks []lex.Token) bool {
	i := 0
	for i < len(toks) && i < 2 && toks[i].Is("nearly", "almost", "about", "around", "over", "more", "than", "roughly", "some") {
		i++
	}
	switch {
	case i < len(toks) && toks[i].Is("three-quarters", "two-thirds", "half", "one-third", "one-quarter", "one-fifth"):
		i++
	case i < len(toks) && toks[i].Is("most"):
		// "Most of the attacks", not "Most of the victims were women":
		// most of one incident's people.
		return lex.HasAt(toks, i+1, "of", "the") && i+3 < len(toks) && toks[i+3].Is("attacks", "incidents", "deaths", "fatalities", "casualties") && !dayIn(toks)
	case i+1 < len(toks) && toks[i].Is("a", "one", "two", "three") && toks[i+1].Is("third", "thirds", "quarter", "quarters", "fifth"):
		i += 2
	case i+2 < len(toks) && numberAt(toks, i) && toks[i+1].Is("per", "percent", "%"):
		i += 2
		if toks[i-1].Is("per") && toks[i].Is("cent") {
			i++
		}
	default:
		return false
	}
	if !lex.HasAt(toks, i, "of", "the") && !lex.HasAt(toks, i, "of", "all") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if toks[k].Is("casualties", "deaths", "fatalities", "attacks", "incidents", "victims") {
			return !dayIn(toks)
		}
	}
	return false
}

// namesReport reports a sentence that credits its figures to a report, a
// survey or a body's data ("said in its monthly security report", "according
// to data compiled by", "the think tank said").
func namesReport(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("report", "assessment", "survey", "data", "database", "review") ||
			t.Is("think") && lex.HasAt(toks, i+1, "tank") {
			return true
		}
	}
	return false
}

// tallyNoun reports a noun a tally counts in the plural ("deaths",
// "fatalities", "casualties", "attacks", "incidents") or a share of one
// ("accounting for").
func tallyNoun(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("deaths", "fatalities", "casualties", "attacks", "incidents") ||
			t.Is("accounting", "accounted") && lex.HasAt(toks, i+1, "for") {
			return true
		}
	}
	return false
}

// pluralSubject reports a sentence whose subject is attacks in the
// plural on a kind of target, as a report sums them: "Attacks on places of
// worship caused 1,218 casualties", "Suicide attacks on schools killed 310
// children".
func pluralSubject(toks []lex.Token) bool {
	for i := 0; i < len(toks) && i < 3; i++ {
		t := toks[i]
		// "Explosions at a shrine in Samarra killed 112" are one
		// incident's blasts: only attacks on a kind of target ("on
		// places of worship", "on schools") are a class of them.
		if t.Is("attacks", "bombings", "killings") {
			j := i + 1
			if j < len(toks) && toks[j].Is("on", "against", "targeting") {
				j++
				if j < len(toks) && toks[j].Is("the") {
					j++
				}
				return j < len(toks) && len(toks[j].Lower) > 3 && strings.HasSuffix(toks[j].Lower, "s") && !numberAt(toks, j)
			}
			return false
		}
		if !modifiers[t.Lower] && !t.Is("such", "these", "the", "ied", "ieds", "drone", "air", "rocket", "mortar") {
			return false
		}
	}
	return false
}

// rate reports a figure told per unit of time: "150 militants are killed
// every month", "an average of 12 attacks a week" is no one incident.
func rate(toks []lex.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("every", "each", "per") && toks[i+1].Is("day", "week", "month", "year", "quarter") {
			return true
		}
	}
	return false
}

// runningCount reports a running toll kept over unrest, fighting or a
// period rather than one incident: "The death toll in the ongoing unrest
// rose to 88", "the number of people killed in sectarian clashes in Kurram
// since July has climbed to 49".
func runningCount(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("toll", "tally") || lex.HasAt(toks, i, "number", "of") {
			rest := toks[i:]
			return !singleIncident(rest) && (lasting(rest) || campaign(rest) || span(rest) ||
				lex.Find(rest, 0, "since") >= 0 || lex.Find(rest, 0, "this", "year") >= 0)
		}
	}
	return false
}

// nonViolent reports deaths told of rain, disease, heat or the road, with
// no word of violence: a disaster's or a health tally is no claim of
// vigil's.
func nonViolent(toks []lex.Token) bool {
	cause := false
	for _, t := range toks {
		if violenceWords[t.Lower] {
			return false
		}
		cause = cause || harmlessCauses[t.Lower]
	}
	return cause
}

// harmlessCauses are deaths' causes that are no violence.
var harmlessCauses = map[string]bool{
	"rain": true, "rains": true, "monsoon": true, "flood": true, "floods": true, "flooding": true, "earthquake": true,
	"landslide": true, "landslides": true, "heatwave": true, "heatstroke": true, "heat": true, "cold": true,
	"dengue": true, "cholera": true, "malaria": true, "measles": true, "covid": true, "covid-19": true, "outbreak": true,
	"disease": true, "epidemic": true, "virus": true, "accident": true, "accidents": true, "traffic": true,
	"crash": true, "crashes": true, "drowned": true, "avalanche": true, "storm": true, "cyclone": true,
	"plague": true, "flu": true, "influenza": true, "pandemic": true, "infection": true, "infections": true,
}

// violenceWords keep a tally about violence even when a harmless cause is
// named beside it.
var violenceWords = map[string]bool{
	"attack": true, "attacks": true, "terrorist": true, "terrorists": true, "terrorism": true, "militant": true,
	"militants": true, "insurgents": true, "violence": true, "gunmen": true, "bomb": true, "bombing": true,
	"blast": true, "blasts": true, "clashes": true, "encounter": true, "encounters": true, "shot": true,
	"killings": true, "operation": true, "operations": true, "firing": true, "murdered": true, "abducted": true,
}

// aggregateSpan reports the aggregate words of a period or a spread ("so
// far this year", "since 2011", "across the country"), leaving out the
// words that may sum one incident ("a total of", "overall").
func aggregateSpan(toks []lex.Token) bool {
	kept := make([]lex.Token, 0, len(toks))
	for _, t := range toks {
		if !t.Is("total", "overall", "include", "includes", "tally", "cumulative") {
			kept = append(kept, t)
		}
	}
	return hasAggregateWord(kept)
}

// shortSince reports "since" at i before a day or a part of one: "fighting
// since Sunday", "since dawn". A running toll of days is one incident's,
// not a tally's.
func shortSince(toks []lex.Token, i int) bool {
	return toks[i].Is("since") && i+1 < len(toks) && (dayWords[toks[i+1].Lower] ||
		toks[i+1].Is("yesterday", "dawn", "morning", "evening", "night", "midnight", "noon", "weekend") ||
		lex.HasAt(toks, i+1, "last", "night") || lex.HasAt(toks, i+1, "the", "weekend") || lex.HasAt(toks, i+1, "early", "morning"))
}

// namesIncident reports a sentence that names incidents with an article,
// in the singular or plural: "in the ongoing clashes", "in an attack".
func namesIncident(toks []lex.Token) bool {
	for i, t := range toks {
		if (incidentNouns[t.Lower] || incidentCounts[t.Lower] || t.Is("fighting")) && i > 0 {
			for k := i - 1; k >= 0 && k >= i-3 && !toks[k].Punct; k-- {
				if toks[k].Is("a", "an", "the", "this", "that", "these", "those") {
					return true
				}
			}
		}
	}
	return false
}

// calendarUnit reports a period that is one calendar year or month ("in
// 2015", "in March 2015"), the way a past incident is dated too.
func calendarUnit(p dates.Period) bool {
	if p.End.IsZero() || p.Start.Day() != 1 {
		return false
	}
	next := p.End.AddDate(0, 0, 1)
	return next.Day() == 1 && (next.Equal(p.Start.AddDate(1, 0, 0)) || next.Equal(p.Start.AddDate(0, 1, 0)))
}

// weekLong reports a period of a week or less that is not one day: "last
// week", "this week".
func weekLong(p dates.Period) bool {
	return !p.End.IsZero() && p.End.After(p.Start) && p.End.Sub(p.Start) <= 8*24*time.Hour
}

// tableOf reports figures read from a table flattened into text.
func tableOf(cands []candidate) bool {
	for _, c := range cands {
		if c.table {
			return true
		}
	}
	return false
}

// largest returns the largest death toll among cands.
func largest(cands []candidate) int64 {
	var n int64
	for _, c := range cands {
		switch c.metric {
		case Deaths, SecurityKilled, CiviliansKilled, MilitantsKilled, Casualties:
			n = max(n, c.n.Value)
		}
	}
	return n
}

// kindOfViolence reports a toll told in a kind of violence rather than in
// an incident: "297 people were killed in Naxal violence", "in terrorist
// violence and 46 in insurgency".
func kindOfViolence(toks []lex.Token) bool {
	for i, t := range toks {
		if !t.Is("violence", "insurgency", "terrorism", "militancy", "extremism") {
			continue
		}
		k := i - 1
		for k >= 0 && k >= i-3 && !toks[k].Punct && !toks[k].Is("in", "of", "the", "a", "this", "that") {
			k--
		}
		if k >= 0 && toks[k].Is("in") {
			return true
		}
	}
	return false
}

// campaign reports a toll counted over an operation or campaign since its
// start: "killed in the operation that was launched on June 15", "since
// the start of operation".
func campaign(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("launched", "began", "started") && i > 0 && toks[i-1].Is("was", "were", "been") ||
			t.Is("since") && i+2 < len(toks) && toks[i+1].Is("the", "its") && toks[i+2].Is("start", "launch", "beginning", "inception") {
			return true
		}
	}
	return false
}

// incidentCounts are the nouns a tally counts incidents with.
var incidentCounts = map[string]bool{
	"incidents": true, "attacks": true, "bombings": true, "blasts": true, "explosions": true, "strikes": true,
	"raids": true, "operations": true, "encounters": true, "clashes": true, "protests": true, "acts": true,
	"cases": true, "bids": true, "ambushes": true, "killings": true, "times": true, "ibos": true,
}

// manyIncidents reports a sentence that counts ten or more incidents: no
// report of one day's events does.
func manyIncidents(toks []lex.Token) bool {
	for i := range toks {
		n, last, ok := lex.NumberAt(toks, i)
		if !ok || n < 10 || year(toks[i].Lower) || i > 0 && months[toks[i-1].Lower] || record(toks, i) {
			continue
		}
		// The incidents are what the number counts: only their modifiers
		// stand between ("1,476 attacks", "821 acts", "230 drone
		// strikes"), not a verb or a preposition ("500 wounded in the
		// bombings").
		for k := last + 1; k < len(toks) && k <= last+3; k++ {
			w := toks[k]
			if incidentCounts[w.Lower] && w.Text != "Times" { // not "The Times"
				return true
			}
			if w.Punct || strings.HasSuffix(w.Lower, "ed") || w.Is("in", "at", "of", "on", "and", "or", "were", "was", "have", "had") {
				break
			}
			if _, person := metricNouns[w.Lower]; person {
				break
			}
		}
	}
	return false
}

// record reports a count of incidents that is a person's record ("a
// gangster involved in more than 50 target killing cases", "accused in 43
// bomb blasts"): the sentence may still report an incident of its own.
func record(toks []lex.Token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if lex.HasAt(toks, k, "involved", "in") || lex.HasAt(toks, k, "accused", "in") || lex.HasAt(toks, k, "accused", "of") ||
			lex.HasAt(toks, k, "wanted", "in") || lex.HasAt(toks, k, "responsible", "for") || lex.HasAt(toks, k, "involvement", "in") ||
			lex.HasAt(toks, k, "charged", "with") || lex.HasAt(toks, k, "role", "in") {
			return true
		}
	}
	return false
}

// compares reports a sentence that weighs its figures against others':
// only statistics do.
func compares(toks []lex.Token) bool {
	for i, t := range toks {
		switch {
		case t.Is("compared", "comparison") && i+1 < len(toks) && toks[i+1].Is("to", "with"),
			lex.HasAt(toks, i, "in", "comparison"),
			lex.HasAt(toks, i, "per", "cent"), t.Is("percent", "%"),
			lex.HasAt(toks, i, "than", "last", "year"), lex.HasAt(toks, i, "than", "the", "previous"),
			lex.HasAt(toks, i, "than", "in"):
			return true
		}
	}
	return movedBetweenYears(toks)
}

// movedBetweenYears reports a count told moving from one year to another:
// "fell to 11 in 2025, from 34 in 2022". (A toll that "rose to 30 from
// 25" with no years is one incident's, still being counted.)
func movedBetweenYears(toks []lex.Token) bool {
	moved, from, years := false, false, 0
	for i, t := range toks {
		switch {
		case changeVerbs[t.Lower]:
			moved = true
		case moved && t.Is("from") && numberAt(toks, i+1) && !year(toks[i+1].Lower):
			from = true
		case year(t.Lower):
			years++
		}
	}
	return moved && from && years >= 2
}

// pointsBack reports a sentence whose tolls fall in a class of incidents
// rather than in one: "in such attacks", "in such violence", "in these
// incidents", "in these acts of terror".
func pointsBack(toks []lex.Token) bool {
	if pointsBackAt(toks, incidentsOrActs) {
		return true
	}
	for i, t := range toks {
		if !t.Is("such") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
			if incidentCounts[toks[k].Lower] || toks[k].Is("violence") {
				return true
			}
		}
	}
	return false
}

// countedToll reports "the" and a plural noun of incidents, told as what
// killed, hurt or caused a toll: "The think tank said the attacks killed
// 187 people", "the attacks resulted in 150 deaths". After a claim that
// counted such incidents, with no incident told since, they are the
// incidents counted, and the toll is theirs: a statistic.
func countedToll(toks []lex.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Is("the") && incidentCounts[toks[i+1].Lower] && toks[i+1].Lower != "times" &&
			toks[i+2].Is("killed", "left", "claimed", "caused", "resulted", "injured", "wounded", "took") {
			return true
		}
	}
	return false
}

// incidentsOrActs are what "these" or "those" point back to in any
// sentence ("in these incidents", "those acts of terror"); a set made
// once, as pointsBack reads every sentence with a figure.
var incidentsOrActs = map[string]bool{"incidents": true, "acts": true}

// pointsBackAt reports "these" or "those" and, within three words, one of
// nouns: "in these incidents", "those attacks".
func pointsBackAt(toks []lex.Token, nouns map[string]bool) bool {
	for i, t := range toks {
		if !t.Is("such", "these", "those") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Punct; k++ {
			if nouns[toks[k].Lower] {
				return true
			}
		}
	}
	return false
}

// terrorCases returns the word "cases" of a count of cases registered
// under anti-terrorism law, or 0: "registered 1,100 cases under
// anti-terrorism laws", "registering 865 terrorism cases". The verb makes
// them a count of cases the police opened (cases forwarded to a court are
// not), and the law or the word terrorism makes them terrorism's (not
// "1,092 dengue cases"). b is the token before the count, k the one
// after.
func terrorCases(toks []lex.Token, b, k int) int {
	if at := terrorCasesPassive(toks, k); at > 0 {
		return at
	}
	if b < 0 || !toks[b].Is("registered", "registering", "lodged", "filed", "booked") {
		return 0
	}
	m := k
	for m < len(toks) && m < k+3 && !toks[m].Is("cases") && !toks[m].Punct {
		m++
	}
	if m >= len(toks) || !toks[m].Is("cases") {
		return 0
	}
	for i := k; i < m; i++ {
		if terrorWords[toks[i].Lower] {
			return m
		}
	}
	if lex.HasAt(toks, m+1, "under") || lex.HasAt(toks, m+1, "of") {
		for i := m + 2; i < len(toks) && i <= m+5 && !toks[i].Punct; i++ {
			if terrorWords[toks[i].Lower] {
				return m
			}
		}
	}
	return 0
}

// deedOf returns the metric of the deed that "cases of" or "instances
// of" at toks[m] count ("173 instances of arbitrary arrest", "cases of
// arbitrary detention", "379 cases of enforced disappearance"), or "".
func deedOf(toks []lex.Token, m int) string {
	if !lex.HasAt(toks, m, "cases", "of") && !lex.HasAt(toks, m, "instances", "of") {
		return ""
	}
	for j := m + 2; j < len(toks) && j <= m+4; j++ {
		switch {
		case toks[j].Is("arrest", "arrests", "detention", "detentions"):
			return Arrests
		case toks[j].Is("abduction", "abductions", "kidnapping", "kidnappings", "disappearance", "disappearances"):
			// ACLED codes an enforced disappearance as an abduction.
			return Abductions
		case !modifiers[toks[j].Lower] && !toks[j].Is("enforced", "forced", "involuntary"):
			return ""
		}
	}
	return ""
}

// partOfCount returns the metric of a figure told as a part of a count of
// incidents or deeds, k the token after the figure ("51 of the attacks",
// "7 of the 52 attacks"), and its noun's token; or "". Parts of tolls are
// left to the rules of the dead, which read whose they are.
func partOfCount(toks []lex.Token, k int) (string, int) {
	if !lex.HasAt(toks, k, "of", "the") {
		return "", 0
	}
	m := k + 2
	if m < len(toks) && lex.Digits(strings.ReplaceAll(toks[m].Lower, ",", "")) {
		m++
	}
	for m < len(toks) && m < k+6 && modifiers[toks[m].Lower] {
		m++
	}
	if m >= len(toks) {
		return "", 0
	}
	metric, ok := metricNouns[toks[m].Lower]
	if !ok || isToll(metric) || metric == WeaponsSeized || toks[m].Is("cases", "events") {
		return "", 0
	}
	return metric, m
}

// terrorCasesPassive returns the token "cases" of a count of cases told
// registered after it, under a terrorism law ("2,094 cases had been
// registered under the anti-terrorism law", "312 terrorism cases were
// lodged"), k the token after the figure; or 0.
func terrorCasesPassive(toks []lex.Token, k int) int {
	m := k
	for m < len(toks) && m < k+3 && !toks[m].Is("cases") && !toks[m].Punct {
		m++
	}
	if m >= len(toks) || !toks[m].Is("cases") {
		return 0
	}
	v := m + 1
	for v < len(toks) && v < m+3 && toks[v].Is("had", "have", "has", "been", "were", "was") {
		v++
	}
	if v == m+1 || v >= len(toks) || !toks[v].Is("registered", "lodged", "filed") {
		return 0
	}
	for i := k; i < m; i++ {
		if terrorWords[toks[i].Lower] {
			return m
		}
	}
	if lex.HasAt(toks, v+1, "under") {
		for i := v + 2; i < len(toks) && i <= v+5 && !toks[i].Punct; i++ {
			if terrorWords[toks[i].Lower] {
				return m
			}
		}
	}
	return 0
}

// onlyDisplaced reports claims that all count the displaced.
func onlyDisplaced(cands []candidate) bool {
	for _, cd := range cands {
		if cd.metric != Displaced && cd.metric != FamiliesDisplaced {
			return false
		}
	}
	return true
}

// overSpan returns cands without those that are claims only over a span
// when period is nil: "while registering 86 cases" after one raid's haul
// is that raid's news.
func overSpan(cands []candidate, period *dates.Period) []candidate {
	if period != nil {
		return cands
	}
	var out []candidate
	for _, cd := range cands {
		if !cd.spanOnly {
			out = append(out, cd)
		}
	}
	return out
}

// terrorWords name terrorism as cases and laws do.
var terrorWords = lex.WordSet("terrorism terror terrorist terrorism-related anti-terrorism anti-terror ata")

// displacedAt returns the metric and the token of the people counted as
// displaced, or 0: "35,000 people had been displaced by fighting",
// "displacing more than 2 million people", "1,200 families fled their
// homes". Families and households are counted apart from people. b is
// the token before the count, k the one after.
func displacedAt(toks []lex.Token, b, k int) (string, int) {
	m := k
	for m < len(toks) && m < k+3 && modifiers[toks[m].Lower] {
		m++
	}
	if m >= len(toks) || !toks[m].Is("people", "persons", "individuals", "families", "households", "residents", "civilians", "villagers") {
		return "", 0
	}
	metric := Displaced
	if toks[m].Is("families", "households") {
		metric = FamiliesDisplaced
	}
	if b >= 0 && toks[b].Is("displaced", "displacing", "uprooted", "uprooting") {
		return metric, m
	}
	for v := m + 1; v < len(toks) && v <= m+4; v++ {
		switch {
		case toks[v].Is("displaced", "uprooted", "fled", "evacuated") || lex.HasAt(toks, v, "forced", "to", "flee"):
			return metric, m
		case !toks[v].Is("had", "have", "has", "been", "were", "was", "are", "now", "internally", "reportedly"):
			return "", 0
		}
	}
	return "", 0
}

// foiledAt returns the token of the noun counted after a verb of
// stopping, or 0. Attacks foiled are no attacks, and a count of
// them is a claim of its own: "foiled 42 infiltration attempts",
// "thwarted 21 terror plots", "and 89 terror plots foiled". (Attacks
// "repelled" were made, and a day's count of them is a report of
// fighting: "repelled 14 attacks near Bakhmut over the past day".) b is
// the token before the count, k the one after.
func foiledAt(toks []lex.Token, b, k int) int {
	for m := k; m < len(toks) && m <= k+3 && !toks[m].Punct; m++ {
		if !toks[m].Is("attempts", "bids", "plots", "incursions", "infiltrations", "attacks", "conspiracies", "bombings", "assaults") {
			continue
		}
		if b >= 0 && toks[b].Is("foiled", "thwarted", "averted", "foiling", "thwarting", "averting") || foiledNext(toks, m+1) {
			return m
		}
		return 0
	}
	return 0
}

// foiledNext reports "foiled", "were foiled" or "had been foiled" at i.
func foiledNext(toks []lex.Token, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		if toks[k].Is("foiled", "thwarted", "averted") {
			return true
		}
		if !toks[k].Is("were", "was", "had", "have", "been") {
			return false
		}
	}
	return false
}

// countsIncidentsIn reports a claim among cands that counts ten or more
// incidents, as manyIncidents does: "five blasts since April" may be what
// "these blasts" names in a report of the arrests they led to.
func countsIncidentsIn(cands []candidate) bool {
	for _, c := range cands {
		if (c.metric == Incidents || c.metric == Attacks) && c.n.Value >= 10 {
			return true
		}
	}
	return false
}

// spate reports "a spate of killings": many incidents over time. ("A
// series of car bombings", "a wave of attacks" are often one day's
// coordinated incident.)
func spate(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("spate") && i+2 < len(toks) && toks[i+1].Is("of") {
			for k := i + 2; k < len(toks) && k <= i+4; k++ {
				if incidentCounts[toks[k].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// span reports words for a span of time that a period reader cannot place
// without a publication date: "last year", "that year", "the same period",
// "in recent months", "the past one year", "from January to June".
func span(toks []lex.Token) bool {
	for i, t := range toks {
		switch {
		case t.Is("last", "previous", "that") && i+1 < len(toks) && toks[i+1].Is("year") && (i == 0 || !months[toks[i-1].Lower] && !lex.Digits(toks[i-1].Lower)),
			lex.HasAt(toks, i, "the", "same", "period"), lex.HasAt(toks, i, "this", "period"),
			// "Earlier this month" dates one deed, not a span.
			lex.HasAt(toks, i, "this", "month") && (i == 0 || !toks[i-1].Is("earlier", "early", "late", "later")),
			t.Is("recent", "past", "last") && i+1 < len(toks) && toks[i+1].Is("months", "weeks", "years", "decades"),
			t.Is("past", "last") && i+2 < len(toks) && toks[i+1].Is("one") && toks[i+2].Is("year", "month"),
			t.Is("past", "last") && i+2 < len(toks) && toks[i+2].Is("years", "months", "decades") && numberAt(toks, i+1),
			t.Is("various", "different", "several", "many") && i+2 < len(toks) && toks[i+1].Is("parts") && toks[i+2].Is("of"),
			t.Is("from", "between") && i+3 < len(toks) && months[toks[i+1].Lower] && toks[i+2].Is("to", "till", "until", "and") && months[toks[i+3].Lower],
			t.Is("till", "until") && i+1 < len(toks) && months[toks[i+1].Lower] && (i+2 >= len(toks) || !lex.Digits(toks[i+2].Lower)),
			firstPart(toks, i), pastUnit(toks, i),
			lex.HasAt(toks, i, "week", "ending"), lex.HasAt(toks, i, "month", "ending"),
			t.Is("between", "from") && dayRange(toks, i+1),
			t.Is("between", "from") && i+3 < len(toks) && year(toks[i+1].Lower) && toks[i+2].Is("to", "till", "until", "and") && year(toks[i+3].Lower),
			t.Is("across") && i+1 < len(toks) && capital(toks[i+1]):
			return true
		}
	}
	return false
}

// bareMonth reports a month named without a day or a year after "in":
// "killed in attacks by Maoists in November".
func bareMonth(toks []lex.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("in") && months[toks[i+1].Lower] && toks[i+1].Text[0] >= 'A' && toks[i+1].Text[0] <= 'Z' &&
			(i+2 >= len(toks) || !dayOfMonth(toks[i+2].Lower) && !year(toks[i+2].Lower)) &&
			(i == 0 || !dayOfMonth(toks[i-1].Lower)) {
			return true
		}
	}
	return false
}

// firstPart reports "the first nine months", "the first quarter of the
// year", "the first week of the operation": the opening part of a longer
// span.
func firstPart(toks []lex.Token, i int) bool {
	if !toks[i].Is("first") || i+1 >= len(toks) {
		return false
	}
	k := i + 1
	if numberAt(toks, k) {
		k++
	}
	return k < len(toks) && (toks[k].Is("months", "weeks", "days", "quarter", "half") ||
		toks[k].Is("week", "month", "day") && k+1 < len(toks) && toks[k+1].Is("of"))
}

// pastUnit reports "during the past week", "over the last month", "in the
// past 24 hours": a span that ends with the telling. ("Last week" alone
// dates an incident.)
func pastUnit(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i].Is("past", "last") || !toks[i-1].Is("the") || !toks[i-2].Is("during", "over", "in", "within") {
		return false
	}
	k := i + 1
	if numberAt(toks, k) {
		k++
	}
	// "in the past solar year", as Afghan officials count.
	if k < len(toks) && toks[k].Is("solar") {
		k++
	}
	return k < len(toks) && toks[k].Is("week", "month", "weeks", "months", "hours", "days", "year")
}

// dayRange reports two days from i: "January 1 and June 30", "15 August
// 2021 to the end of May 2023".
func dayRange(toks []lex.Token, i int) bool {
	for k := i; k < len(toks) && k <= i+5; k++ {
		if toks[k].Is("to", "and", "till", "until") {
			// "between 12 and 14 March", "from March 12 to 14": a few
			// days of one month are one operation's, not a period a
			// statistic covers.
			if fewDays(toks, i, k) {
				return false
			}
			return k > i && (months[toks[k-1].Lower] || dayOfMonth(toks[k-1].Lower) || year(toks[k-1].Lower)) &&
				(months[toks[i].Lower] || dayOfMonth(toks[i].Lower)) && monthNear(toks, i, k+2)
		}
	}
	return false
}

// monthNear reports a month named in toks[i..j]: days need one, and
// "between 20 and 30 people" counts people, not days.
func monthNear(toks []lex.Token, i, j int) bool {
	for k := i; k <= j && k < len(toks); k++ {
		if months[toks[k].Lower] {
			return true
		}
	}
	return false
}

// fewDays reports a range of at most a week within one month whose joining
// word is toks[k]: "12 and 14 March", "March 12 to 14".
func fewDays(toks []lex.Token, i, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	first, second := toks[k-1].Lower, toks[k+1].Lower
	if !dayOfMonth(first) || !dayOfMonth(second) {
		return false
	}
	// The month on one side only: "12 March to 14 April" spans months.
	if k-i != 1 && !(k-i == 2 && months[toks[i].Lower]) {
		return false
	}
	d1, d2 := atoiDay(first), atoiDay(second)
	return d2 > d1 && d2-d1 <= 7
}

// atoiDay reads a day of the month written in digits.
func atoiDay(w string) int {
	n := 0
	for i := 0; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// capital reports a word written with a capital: a name.
func capital(t lex.Token) bool {
	return t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// weekdays and the words of a day an incident happens on.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "yesterday": true, "today": true, "tonight": true,
}

// dayIn reports a sentence that gives the day something happened on: a
// weekday, "yesterday", or a month and a day ("on December 23", "23
// December"). A day that ends a period ("till August 7") or dates the
// telling ("said on December 20", "reports Dawn on May 9") is none.
func dayIn(toks []lex.Token) bool {
	for i, t := range toks {
		isDay := dayWords[t.Lower] || lex.HasAt(toks, i, "last", "night")
		if months[t.Lower] {
			isDay = i+1 < len(toks) && dayOfMonth(toks[i+1].Lower) || i > 0 && dayOfMonth(toks[i-1].Lower)
		}
		if !isDay {
			continue
		}
		first := i
		if i > 0 && months[t.Lower] && dayOfMonth(toks[i-1].Lower) {
			first = i - 1
		}
		// "between 15 August and 31 December": the range's second day
		// is no incident's either.
		if first > 0 && toks[first-1].Is("and", "to") && lex.Find(toks[max(0, first-6):first], 0, "between") >= 0 ||
			first > 0 && toks[first-1].Is("to") && lex.Find(toks[max(0, first-6):first], 0, "from") >= 0 {
			continue
		}
		if first > 0 && toks[first-1].Is("till", "until", "since", "by", "from", "between", "ending") || lex.HasAt(toks, first-2, "as", "of") || lex.HasAt(toks, first-2, "up", "to") {
			continue
		}
		// The day of the telling, or of a campaign's start, is no
		// incident's.
		told := false
		for k := max(0, first-7); k < first; k++ {
			told = told || toks[k].Is("said", "says", "informed", "told", "stated", "reported", "reports", "released",
				"published", "announced", "added", "claimed", "admitted", "revealed", "disclosed", "quoting",
				"launched", "began", "started")
		}
		last := i
		if months[t.Lower] && i+1 < len(toks) && dayOfMonth(toks[i+1].Lower) {
			last = i + 1 // "on December 20 said"
		}
		if !told && (last+1 >= len(toks) || !toks[last+1].Is("said", "told", "stated", "informed", "announced", "claimed", "reported")) {
			return true
		}
	}
	return false
}

// dayOfMonth reports a number a month's day can be ("23", "5th").
func dayOfMonth(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	if !lex.Digits(w) || len(w) > 2 {
		return false
	}
	n := int(w[0] - '0')
	if len(w) == 2 {
		n = n*10 + int(w[1]-'0')
	}
	return n >= 1 && n <= 31
}

// changeWords name a count's move.
var changeWords = lex.WordSet(`rise increase decline drop fall decrease dip surge spike jump reduction upsurge`)

// changeInTally reports a sentence that tells how a count moved, not an
// incident: "a 32 per cent rise in the number of people killed", "a 43
// percent decline in drone attacks", "the number of civilians killed in
// 2015 is 10, an all-time low". A sentence that gives a day tells a day's
// news.
func changeInTally(toks []lex.Token) bool {
	found := false
	for i, t := range toks {
		if changeWords[t.Lower] && lex.HasAt(toks, i+1, "in") {
			for k := i + 2; k < len(toks) && k <= i+5; k++ {
				if toks[k].Is("number", "attacks", "incidents", "killings", "deaths", "casualties", "fatalities", "violence", "strikes") {
					found = true
				}
			}
		}
		// "The number of militants killed ... has exceeded", set
		// against another count or a record.
		if !found && lex.HasAt(toks, i, "number", "of") && countCompared(toks) {
			for k := i + 2; k < len(toks) && k <= i+7 && !toks[k].Punct; k++ {
				if toks[k].Is("killed", "injured", "deaths", "attacks", "incidents", "killings", "casualties", "fatalities") {
					found = true
				}
			}
		}
		if found {
			return !dayIn(toks)
		}
	}
	return false
}

// countCompared reports words that set a count against another or a
// record: "compared", "than", "exceeded", "per cent", "all-time low".
func countCompared(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("compared", "comparison", "than", "exceeded", "exceeds", "percent", "cent", "%", "all-time", "alltime", "lowest", "highest", "record") {
			return true
		}
	}
	return false
}
