package extract

import (
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/casualties"
	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// date sets the event's date from the first date its sentences give (a
// day-precise one preferred), else from a dateline opening the text, else
// from the day the report was published (see reportedDate). With none,
// the date stays null: vigil never invents one.
func (x *Extractor) date(d *doc, group []int, ev *vigil.Event, evid func(string, int, int)) {
	// A date of the deed itself is taken first; a report's day, a
	// dateline, or a date of something else ("missing since 2 May") only
	// when the event's sentences give no other.
	// A report tells what happened before it or on its day: a day after
	// the report's is something else (a funeral, a hearing), and the
	// report's day stands.
	pick, first := d.firstDate(group, true), d.firstDate(group, false)
	if pick == nil || first != nil && first != pick && first.Precision == 1 && pick.Precision == 1 &&
		pick.Date.After(first.Date) && d.reportsDay(first) {
		pick = first
	}
	if pick == nil {
		// The sentence before the event's first, in the same paragraph,
		// often carries the date ("On 3 May, ... . Two soldiers were
		// killed."); so does a dateline at the start of the text.
		first := group[0]
		if first > 0 && d.sents[first-1].Para == d.sents[first].Para && !d.claimSent[first-1] {
			pick = d.dateIn(first - 1)
		}
		if pick == nil && len(d.sents) > 0 && first != 0 {
			if m := d.openingDate(); m != nil && (m.Start-d.sents[0].Start < 80 || sameDaySequel(d.sents[first].Toks) && m.Precision == 1) {
				pick = m
			}
		}
		// The incidents of a round-up take the day its lead gives them
		// ("... martyred in separate incidents across the province on
		// Saturday").
		// One the lead does not date takes the day of the incident told
		// before it ("In the second operation, ...").
		if pick == nil && len(d.sents) > 0 && first != 0 && !d.leads[0] && roundUpLead(d.sents[0].Toks) {
			pick = d.deedDate(0)
			for j := first - 1; pick == nil && j > 0; j-- {
				if !d.claimSent[j] {
					pick = d.deedDate(j)
				}
			}
		}
		// An incident told after the lead's as another of the same
		// report ("In a separate incident, ...", "Meanwhile, ...", "In
		// Karak, ...", "In the third incident, ...") takes the day the
		// lead gives when it gives none: a lead that tells two deeds
		// dates both ("... in Kurram, while a roadside bomb wounded two
		// soldiers in Sadda on Wednesday"); failing that, the day of the
		// incident told before it ("The first operation was conducted on
		// 3 September ... In another operation, ...").
		if pick == nil && first != 0 && d.toldBesideLead(first) {
			pick = d.dayOfDeed(0)
			for j := first - 1; pick == nil && j > 0 && j >= first-3; j-- {
				pick = d.dayOfDeed(j)
			}
		}
		// A date told after the incident, in the same paragraph and
		// before the next incident: "Gunmen shot dead a shopkeeper. The
		// killing took place on the night of 5 May."
		last := group[len(group)-1]
		for j := last + 1; pick == nil && j < len(d.sents) && d.sents[j].Para == d.sents[last].Para && !d.leads[j]; j++ {
			if !d.claimSent[j] {
				pick = d.retoldDay(j)
			}
		}
	}
	// "The agency says it has seized a cache of weapons.\n\nIts forces
	// raided a house on Sunday night": a lead that gives no day takes
	// the one its next sentences give, in the week before publication.
	if pick == nil && !d.published.IsZero() {
		p := d.published.UTC()
		pick = d.deedDayNear(group, time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC))
	}
	if pick == nil {
		x.reportedDate(d, ev)
		return
	}
	// "Militants attacked a post, killing ten soldiers, officials said on
	// Wednesday. The attack late on Tuesday targeted a checkpoint": when
	// only the report's day dates the event, the deed's day told in the
	// next sentences wins.
	if d.reportsDay(pick) {
		if m := d.deedDayNear(group, pick.Date); m != nil {
			pick = m
		}
	}
	if m := d.killingDay(group, pick); m != nil {
		pick = m
	}
	if pick.Precision == 1 {
		if m := d.deedDay(pick); m != nil {
			pick = m
		}
		if m := d.causeDay(pick, triggerStart(ev)); m != nil {
			pick = m
		}
	}
	day := pick.Date
	if pick.Precision == 1 {
		day = day.AddDate(0, 0, -d.reportedDaysBefore(pick))
	}
	s := day.Format("2006-01-02")
	p := pick.Precision
	if p == vigil.TimePrecisionDay {
		p = approxPrecision(d.text, pick)
	}
	ev.EventDate, ev.TimePrecision = &s, &p
	evid("event_date", pick.Start, pick.End)
	evid("time_precision", pick.Start, pick.End)
}

// retoldDay returns the day a sentence told after the incident gives
// the deed ("The killing took place on the night of 5 May"), or nil for
// one whose date is another's: a bound or a report's day (see
// asideDate), the background the pluperfect tells ("The school had
// reopened on 3 March", "He had retired on 31 December 2024"; "the attack
// had taken place on Saturday" and "police said the men had fired on 5
// May" retell the deed), or, in a dated report,
// a day more than two weeks before it ("The same post was attacked on 2
// January 2023"), which recalls an older deed.
func (d *doc) retoldDay(j int) *dates.Mention {
	m := d.deedDate(j)
	if m == nil {
		return nil
	}
	// The pluperfect of reported speech ("police said the men had
	// opened fire on 5 May") retells the deed.
	toks := d.sents[j].Toks
	pluperfect, said := false, false
	for k, t := range toks {
		pluperfect = pluperfect || t.Is("had") && !(lex.HasAt(toks, k+1, "taken", "place") || k+1 < len(toks) && toks[k+1].Is("occurred", "happened"))
		said = said || t.Is("said", "told", "stated", "according")
	}
	if pluperfect && !said {
		return nil
	}
	if d.longAgo(m) {
		return nil
	}
	return m
}

// longAgo reports a date more than two weeks before the report's
// publication: news is told within days of the deed, and a day that far
// back in a sentence after the lead's recalls an older one. With no
// publication date nothing is long ago.
func (d *doc) longAgo(m *dates.Mention) bool {
	if d.published.IsZero() {
		return false
	}
	p := d.published
	day := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	return m.Date.Before(day.AddDate(0, 0, -14))
}

// approxPrecision returns the precision of a day a note gives as
// approximate, ACLED's way: "Around 20 March 2024 (as reported)" and "On
// or around 9 May" are days known to the week (2), and so is one followed
// by "(week of)"; one followed by "(month of)" is known to the month (3).
// Any other day stays a day (1).
func approxPrecision(text string, m *dates.Mention) int {
	rest := strings.TrimLeft(text[m.End:], " ")
	switch {
	case strings.HasPrefix(rest, "(month of)"):
		return vigil.TimePrecisionMo
	case strings.HasPrefix(rest, "(week of)") || m.Lead == "around":
		return vigil.TimePrecisionWk
	}
	return vigil.TimePrecisionDay
}

// reportedDate dates an event its text gives no day at all to the day
// the report was published, at week precision: ACLED's "as reported",
// the day by which the deed had happened, within the days before it. An
// event left undated would fall out of the monthly statistics and never
// join another outlet's report of the same incident. With no publication
// date the event stays undated: vigil does not invent one.
func (x *Extractor) reportedDate(d *doc, ev *vigil.Event) {
	if d.published.IsZero() {
		return
	}
	p := d.published
	s := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	wk := vigil.TimePrecisionWk
	ev.EventDate, ev.TimePrecision = &s, &wk
}

// firstDate returns the first date the group's sentences give, a
// day-precise one preferred, or nil. With deedOnly it passes over the
// dates that are not the deed's (see asideDate); without, over those that
// date no deed at all, the bounds of a state and the days to come (a
// report's day or a dateline may still date the event when nothing else
// does; "missing since 2 May" or "the hearing on 20 March" never does).
func (d *doc) firstDate(group []int, deedOnly bool) *dates.Mention {
	var pick *dates.Mention
	for _, i := range group {
		s := d.sents[i]
		for k, given := 0, d.datesGiven(); k < len(given); k++ {
			m := &given[k]
			if m.Start < s.Start || m.End > s.End {
				continue
			}
			if deedOnly && asideDate(s.Toks, m) || !deedOnly && (bound(m) || toCome(s.Toks, m)) {
				continue
			}
			// "Militants attacked a police station. The station was also
			// attacked on 3 February 2024": a later sentence's day long
			// before the report recalls an older deed.
			if i != group[0] && d.longAgo(m) {
				continue
			}
			if pick == nil || (pick.Precision > 1 && m.Precision == 1) {
				pick = m
			}
		}
		if pick != nil && pick.Precision == 1 {
			break
		}
	}
	return pick
}

// asideDate reports a date that is likely not the deed's own: the
// day a report was made ("police said on Monday", "a statement issued on
// Friday", "the group claimed it on Monday"), a dateline ("QUETTA, Dec
// 31:"), a bound ("missing since 2 February", "until 5 May"), a day to
// come ("will attend their funeral on Thursday"), the day of a deed
// avenged ("in retaliation for Friday's drone strike"), or a date told in
// an aside about the victims ("five labourers, abducted on 2 May, were
// found"). Such a date dates the event only when nothing else does.
func asideDate(toks []lex.Token, m *dates.Mention) bool {
	if m.Dateline || datelineDate(toks, m) || outletName(toks, m) || bound(m) || toCome(toks, m) {
		return true
	}
	if saidBefore(toks, m) >= 0 || reportOpens(toks, m) || avenged(toks, m) {
		return true
	}
	return inAside(toks, m)
}

// avenged reports a date of the deed another avenges: "In retaliation
// for Friday's drone strike, militants fired rockets at the camp on
// Sunday", "to avenge Monday's killing", "in response to the 3 May
// raid". The deed told is the reprisal.
func avenged(toks []lex.Token, m *dates.Mention) bool {
	k := tokenFrom(toks, m.Start)
	if k > 0 && toks[k-1].Is("the") {
		k--
	}
	return k >= 1 && toks[k-1].Is("avenge") ||
		k >= 2 && toks[k-1].Is("for", "to") && toks[k-2].Is("retaliation", "revenge", "response", "reprisal")
}

// bound reports a date that bounds a state rather than dating a deed
// ("missing since 2 February", "leave by 15 May"), or one most likely
// still to come ("the hearing on 20 March" in a report of 14 March): see
// dates.Mention.Future.
func bound(m *dates.Mention) bool {
	switch m.Lead {
	case "since", "until", "till", "by":
		return true
	}
	return m.Future
}

// toCome reports a date its clause puts in the future: "the army chief
// will attend their funeral on Thursday", "the budget, due on 20 June",
// "the hearing is scheduled for 3 May". A weekday resolves to the most
// recent such day, so a funeral to come would otherwise date the deed.
func toCome(toks []lex.Token, m *dates.Mention) bool {
	k := tokenFrom(toks, m.Start)
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := toks[j]
		if t.Punct {
			return false
		}
		// "died due to his injuries on Monday" tells a cause, and "a
		// scheduled passenger train" a kind of train, not a day to come.
		if t.Is("will", "shall") || t.Is("due") && !toks[j+1].Is("to") || t.Is("scheduled") && toks[j+1].Is("for", "on", "to") {
			return true
		}
	}
	return false
}

// outletName reports a "Today" that ends a name after a capitalised
// word: "told Pakistan Today", "USA Today".
func outletName(toks []lex.Token, m *dates.Mention) bool {
	k := tokenFrom(toks, m.Start)
	return k > 0 && k < len(toks) && toks[k].Text == "Today" && capital(toks[k-1]) && !toks[k-1].Is("on", "from", "until", "since")
}

// datelineDate reports a date that closes a dateline the date finder
// did not mark: only capitalised names and commas before it, no "On",
// and the wire's name or a dash after it ("PESHAWAR, Pakistan, Oct 23
// (Reuters) -").
func datelineDate(toks []lex.Token, m *dates.Mention) bool {
	// "On 14 March 2024 (between 12 and 14 March), militants attacked",
	// "Around 1 September 2024 (between 25 August and 1 September)": an
	// ACLED note opens with the day it codes, and a dateline has no "On"
	// or "Around".
	if m.Lead == "on" || m.Lead == "around" {
		return false
	}
	k := 0
	for k < len(toks) && toks[k].Start < m.Start {
		if !toks[k].Is(",") && !capital(toks[k]) {
			return false
		}
		k++
	}
	k = tokenFrom(toks, m.End)
	return k > 0 && k < len(toks) && toks[k].Is("(", "-", "—", ":")
}

// reportOpens reports a date that heads a verb of saying as the report's
// day: "On 14 March, ISPR stated", "Police on Monday said". A date that
// closes the deed's clause before ", officials said" is the deed's.
func reportOpens(toks []lex.Token, m *dates.Mention) bool {
	j := saidAfter(toks, m)
	if j < 0 {
		return false
	}
	k := tokenFrom(toks, m.Start)
	if k <= 2 {
		return true
	}
	for i := k; i < j; i++ {
		if toks[i].Is(",") {
			return false
		}
	}
	return true
}

// inAside reports a date inside a participle clause set off by commas:
// ", abducted on 2 May," or ", who were kidnapped on 2 May,".
func inAside(toks []lex.Token, m *dates.Mention) bool {
	k := tokenFrom(toks, m.Start)
	e := k
	for e < len(toks) && toks[e].Start < m.End {
		e++
	}
	if e >= len(toks) || !toks[e].Is(",") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if !toks[j].Punct {
			continue
		}
		if !toks[j].Is(",") || j+1 >= k {
			return false
		}
		w := toks[j+1]
		if w.Is("who", "which") && j+3 < k {
			w = toks[j+3]
		}
		// A state the victims were in before the deed; ", who were killed
		// on 12 March," tells the deed itself.
		return w.Is("abducted", "kidnapped", "missing", "arrested", "detained", "released", "accused", "convicted", "sentenced", "freed", "picked", "wanted", "married", "posted", "transferred", "appointed", "elected", "born")
	}
	return false
}

// saidBefore returns the index of a verb of saying or reporting that
// the date follows ("police said on Monday", "a statement issued on
// Friday", "registered a case on Monday", "claimed it on Monday"), or
// -1. The date is the report's day, not the deed's.
func saidBefore(toks []lex.Token, m *dates.Mention) int {
	k := tokenFrom(toks, m.Start)
	if m.Lead != "on" {
		// "police said Friday": the wires give the report's weekday
		// bare.
		if k > 0 && k < len(toks) && weekdayWords[toks[k].Lower] && toks[k-1].Is("said", "stated", "announced", "confirmed", "reported") {
			return k - 1
		}
		return -1
	}
	// toks[k-1] is "on"; the verb stands right before it or two words
	// before ("claimed it on", "registered a case on").
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.Punct {
			return -1
		}
		if t.Is("said", "stated", "announced", "confirmed", "told", "disclosed", "reported", "issued", "released", "registered", "lodged", "filed") {
			return j
		}
		if t.Is("claimed") && j+1 < k-1 && toks[j+1].Is("it", "responsibility") {
			return j
		}
	}
	return -1
}

// reportsDay reports a date that is the day a report was made: a
// dateline, or one beside a verb of saying.
func (d *doc) reportsDay(m *dates.Mention) bool {
	toks := d.sentenceOf(m)
	return m.Dateline || saidBefore(toks, m) >= 0 || reportOpens(toks, m)
}

// reportVerb returns the index of the verb of saying that date m heads
// or follows, or -1.
func reportVerb(toks []lex.Token, m *dates.Mention) int {
	if j := saidAfter(toks, m); j >= 0 {
		return j
	}
	return saidBefore(toks, m)
}

// dateIn returns the first date of sentence i, or nil.
func (d *doc) dateIn(i int) *dates.Mention {
	return d.dateAfter(i, d.sents[i].Start)
}

// openingDate returns the first date of the text's first sentence,
// passing over a dateline's when the sentence gives the deed's own after
// it: "RAWALPINDI, 10 March 2026: On 9 March 2026, Security Forces
// conducted an operation", as ISPR heads its releases.
func (d *doc) openingDate() *dates.Mention {
	m := d.dateIn(0)
	if m == nil || !m.Dateline && !datelineDate(d.sents[0].Toks, m) {
		return m
	}
	if next := d.dateAfter(0, m.End); next != nil && !asideDate(d.sents[0].Toks, next) {
		return next
	}
	return m
}

// dateAfter returns the first date sentence i gives at or after byte
// offset from.
func (d *doc) dateAfter(i, from int) *dates.Mention {
	s := d.sents[i]
	given := d.datesGiven()
	for k := range given {
		if m := &given[k]; m.Start >= from && m.End <= s.End {
			return m
		}
	}
	return nil
}

// reviseDate dates a toll revision. A date its lead gives before the toll
// rises ("Monday's bombing", "the attack on 3 May") is the incident's and
// stands. One given after ("rose to 21 on Tuesday") is the revision's: a
// later sentence of the event that dates the incident itself wins, and
// failing that the revision's day is kept at week precision, since the
// incident came before it.
func (d *doc) reviseDate(group []int, ev *vigil.Event, evid func(string, int, int)) {
	lead := d.sents[0]
	rise := tollRise(lead.Toks)
	at := -1
	for _, e := range ev.Evidence {
		if e.Field == "event_date" {
			at = e.Start
		}
	}
	if ev.EventDate == nil || rise < 0 || at < lead.Toks[rise].Start || at >= lead.End {
		return
	}
	// setDay dates the event at the incident's day m instead of the
	// revision's.
	setDay := func(m dates.Mention) {
		kept := ev.Evidence[:0]
		for _, e := range ev.Evidence {
			if e.Field != "event_date" && e.Field != "time_precision" {
				kept = append(kept, e)
			}
		}
		ev.Evidence = kept
		day, p := m.Date.Format("2006-01-02"), vigil.TimePrecisionDay
		ev.EventDate, ev.TimePrecision = &day, &p
		evid("event_date", m.Start, m.End)
		evid("time_precision", m.Start, m.End)
	}
	// "The toll rose on Tuesday to eight in the attack on a van, which
	// took place on Saturday": an earlier day told after the revision's,
	// in the same sentence, is the incident's.
	revised, _ := time.Parse("2006-01-02", *ev.EventDate)
	for _, m := range d.datesGiven() {
		if m.Start > at && m.End <= lead.End && m.Precision == vigil.TimePrecisionDay && m.Date.Before(revised) {
			setDay(m)
			return
		}
	}
	for _, i := range group[1:] {
		// "..., told AFP on Monday": the day of the revision told again
		// is no day of the incident.
		if m, ok := d.dayMention(i); ok && m.Date.Before(revised) {
			setDay(m)
			return
		}
	}
	// "The bomber struck on Sunday afternoon at a gathering ...": the
	// next paragraph may tell the incident's day by a verb of striking
	// the tagger reads as no deed of its own.
	for i := 1; i < len(d.sents) && d.sents[i].Para <= lead.Para+1; i++ {
		if !struckOn(d.sents[i].Toks) {
			continue
		}
		if m, ok := d.dayMention(i); ok && m.Date.Before(revised) {
			setDay(m)
			return
		}
	}
	wk := vigil.TimePrecisionWk
	ev.TimePrecision = &wk
}

// struckOn reports a sentence that tells when an incident happened by a
// verb of its happening: "The bomber struck on Sunday afternoon", "The
// blast took place on Saturday", "the explosion occurred".
func struckOn(toks []lex.Token) bool {
	for k, t := range toks {
		if t.Is("struck", "occurred", "happened") || lex.HasAt(toks, k, "took", "place") || lex.HasAt(toks, k, "went", "off") {
			return true
		}
	}
	return false
}

// dayMention returns the first day-precise date of sentence i.
func (d *doc) dayMention(i int) (dates.Mention, bool) {
	s := d.sents[i]
	for _, m := range d.datesGiven() {
		if m.Start >= s.Start && m.End <= s.End && m.Precision == 1 {
			return m, true
		}
	}
	return dates.Mention{}, false
}

// sentenceOf returns the tokens of the sentence that holds date m.
func (d *doc) sentenceOf(m *dates.Mention) []lex.Token {
	for _, s := range d.sents {
		if m.Start >= s.Start && m.End <= s.End {
			return s.Toks
		}
	}
	return nil
}

// saidAfter returns the index of a verb of saying that follows date m
// in its clause ("On 14 March, ISPR stated that..."), or -1.
func saidAfter(toks []lex.Token, m *dates.Mention) int {
	k := tokenFrom(toks, m.End)
	for j := k; j < len(toks) && j <= k+6; j++ {
		// "on the reported presence of terrorists": a participle after an
		// article qualifies a noun and tells no report.
		if toks[j].Is("reported", "said", "stated", "announced", "confirmed", "told", "disclosed") && !(j > 0 && toks[j-1].Is("the", "a", "an")) {
			return j
		}
		// "Police on Thursday registered a case against the men who shot
		// dead a shopkeeper on Tuesday": the case is the report's news.
		if toks[j].Is("registered", "lodged", "filed") && caseAfter(toks, j) {
			return j
		}
		if toks[j].Punct && !toks[j].Is(",") {
			break
		}
	}
	return -1
}

// caseAfter reports a police case or complaint as the object of the verb
// at j: "registered a case", "lodged an FIR", "filed cases".
func caseAfter(toks []lex.Token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if toks[k].Is("case", "cases", "fir", "firs", "complaint", "complaints") {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// deedDay returns the day a report dated m gives its deed in the same
// sentence, or nil: "On 14 March, ISPR stated that in an operation
// conducted on 12 March, four terrorists were killed". A report says what
// happened before it or on its day; a day after it is something else
// (a funeral, a hearing), and the report's own day stands.
func (d *doc) deedDay(m *dates.Mention) *dates.Mention {
	toks := d.sentenceOf(m)
	said := reportVerb(toks, m)
	if said < 0 {
		return nil
	}
	given := d.datesGiven()
	for k := range given {
		n := &given[k]
		if n.Start > toks[said].Start && n.End <= toks[len(toks)-1].End && n.Precision == 1 && !n.Date.After(m.Date) && !n.Date.Equal(m.Date) {
			return n
		}
	}
	return nil
}

// causeDay returns the day a deed told after "after" (or after a burial
// or a protest) has, when the date picked is the day of what followed it:
// "Train services remained suspended on Sunday after militants blew up
// the track on Friday" (the blast, the event's trigger, was on Friday). The deed's day must be
// earlier than m and the trigger must stand between "after" and it, so
// "police arrested two men on Sunday after a raid on Friday" keeps the
// arrest's day.
func (d *doc) causeDay(m *dates.Mention, trigger int) *dates.Mention {
	toks := d.sentenceOf(m)
	after := -1
	for k := tokenFrom(toks, m.End); k < len(toks) && toks[k].Start < trigger; k++ {
		// "Mourners on Friday buried the miners killed when gunmen
		// stormed their quarters on Thursday night": the burial, like a
		// funeral or a protest, follows the deed it is for.
		if toks[k].Is("after", "buried", "mourned", "protested", "condemned") {
			after = k
		}
	}
	if after < 0 {
		return nil
	}
	given := d.datesGiven()
	for k := range given {
		n := &given[k]
		if n.Start > trigger && n.End <= toks[len(toks)-1].End && n.Precision == 1 && n.Date.Before(m.Date) {
			return n
		}
	}
	return nil
}

// triggerStart returns where the word that typed event ev starts, or -1.
func triggerStart(ev *vigil.Event) int {
	for _, e := range ev.Evidence {
		if e.Field == "sub_event_type" {
			return e.Start
		}
	}
	return -1
}

// reportedDaysBefore returns how many days before date m the deed of its
// sentence happened when m is the day a report was made about it: "On 28
// August, ISPR reported that troops had killed three terrorists the
// previous day" (1), "... two days earlier" (2). The date heads a verb of
// saying, and the sentence puts the deed before it. A day before told of
// another deed ("On 3 May militants attacked a post; the previous day they
// had...") leaves the date alone (0): no verb of saying follows the date.
func (d *doc) reportedDaysBefore(m *dates.Mention) int {
	toks := d.sentenceOf(m)
	said := reportVerb(toks, m)
	if said < 0 {
		return 0
	}
	for j := said + 1; j < len(toks); j++ {
		if (lex.HasAt(toks, j, "the", "previous", "day") || lex.HasAt(toks, j, "a", "day", "earlier") ||
			lex.HasAt(toks, j, "the", "day", "before") || lex.HasAt(toks, j, "a", "day", "before") ||
			lex.HasAt(toks, j, "the", "previous", "night") || lex.HasAt(toks, j, "the", "previous", "evening") ||
			lex.HasAt(toks, j, "the", "previous", "morning") || lex.HasAt(toks, j, "the", "previous", "afternoon")) && !lex.HasAt(toks, j+3, "yesterday") {
			return 1
		}
		// "two days earlier", "3 days ago": a week at most, as a report
		// that dates itself tells of the days just gone.
		if j+2 < len(toks) && toks[j+1].Is("days") && toks[j+2].Is("earlier", "before", "ago") {
			if q, ok := lex.QuantityAt(toks, j); ok && q.Last == j && !q.Vague && q.Bound == lex.BoundExact && q.Value >= 1 && q.Value <= 7 {
				return int(q.Value)
			}
		}
	}
	return 0
}

// killingDay returns the earlier day a later sentence of the group gives
// the killing on when the date picked is the day bodies were found, or
// nil: "SFs recovered the bodies of three cadres on July 14 ... the three
// were killed on July 13". The incident is the killing, and the finding
// is its aftermath.
func (d *doc) killingDay(group []int, pick *dates.Mention) *dates.Mention {
	if pick.Precision != 1 || !bodiesFound(d.sentenceOf(pick)) {
		return nil
	}
	for _, i := range group {
		s := d.sents[i]
		if pick.Start >= s.Start && pick.End <= s.End || bodiesFound(s.Toks) {
			continue
		}
		killed := false
		for _, f := range d.figs[i] {
			killed = killed || f.Kind == casualties.Killed && !f.Negated
		}
		m, ok := d.dayMention(i)
		if !killed || !ok {
			continue
		}
		if gap := pick.Date.Sub(m.Date); gap > 0 && gap <= 7*24*time.Hour {
			return &m
		}
	}
	return nil
}

// bodiesFound reports a sentence that tells of bodies recovered or
// found.
func bodiesFound(toks []lex.Token) bool {
	body, found := false, false
	for _, t := range toks {
		body = body || t.Is("body", "bodies", "corpse", "corpses")
		found = found || t.Is("found", "recovered", "fished", "discovered", "retrieved")
	}
	return body && found
}

// dayOfDeed returns the day-precise deed date of sentence i (see deedDate),
// or nil, also for a sentence of statistics.
func (d *doc) dayOfDeed(i int) *dates.Mention {
	if d.claimSent[i] {
		return nil
	}
	if m := d.deedDate(i); m != nil && m.Precision == vigil.TimePrecisionDay {
		return m
	}
	return nil
}

// toldBesideLead reports whether sentence i opens on another incident of
// the same report rather than one recalled: "In a separate incident",
// "Meanwhile", "Separately", "In the second operation", or a place set
// before a comma ("In Karak, ..."). ("In a similar incident" more often
// recalls one, and is left out.)
func (d *doc) toldBesideLead(i int) bool {
	toks := d.sents[i].Toks
	another := false
	for k := 0; k < len(toks) && k < 6; k++ {
		if toks[k].Is("similar", "similarly", "earlier") {
			return false
		}
		// "In another operation", "in another raid": newIncident's
		// incidents and attacks, and the forces' own deeds.
		another = another || toks[k].Is("another") && k+1 < len(toks) && toks[k+1].Is("operation", "raid", "engagement", "ambush", "strike")
	}
	return another || newIncident(toks) || nextCounted(toks) || firstCounted(toks) || d.frontedPlace(i) != "" || frontedArea(toks)
}

// firstCounted reports a sentence that opens on the first of the incidents
// a lead counted: "In the first engagement, ...", "The first operation
// was conducted in Kulachi". It is dated by the lead as the second is.
func firstCounted(toks []lex.Token) bool {
	k := 0
	if len(toks) > 3 && toks[0].Is("in") {
		k = 1
	}
	return k+2 < len(toks) && toks[k].Is("the") && toks[k+1].Is("first") &&
		toks[k+2].Is("operation", "attack", "incident", "raid", "encounter", "clash", "ambush", "strike", "engagement")
}

// areaWords name a part of a place in a fronted phrase: "In Anantnag's
// Kokernag area,", "In the Keran sector of Kupwara,".
var areaWords = lex.WordSet(`area areas district sector tehsil village town city valley belt region of the 's ’s`)

// frontedArea reports a sentence that opens on a named place's part before
// a comma: "In Anantnag's Kokernag area, a militant was killed", "In the
// Keran sector of Kupwara, troops ...". The words are read, not the
// gazetteer: a capitalised name and the words of a part of a place only.
func frontedArea(toks []lex.Token) bool {
	if len(toks) < 5 || !toks[0].Is("in") {
		return false
	}
	named := false
	for k := 1; k < len(toks) && k <= 7; k++ {
		t := toks[k]
		if t.Is(",") {
			return named && k >= 3
		}
		switch {
		case areaWords[t.Lower]:
		case !t.Punct && capital(t) && !weekdayWords[t.Lower] && !month[t.Lower]:
			named = true
		default:
			return false
		}
	}
	return false
}

// sameDaySequel reports a sentence that opens on a deed that followed the
// one told before on the same day: "Following the blast, armed men opened
// fire", "Soon after, ...", "Later in the day, ...", "Hours later, ...".
// It takes its day from the lead when it gives none of its own.
func sameDaySequel(toks []lex.Token) bool {
	return afterBlast(toks) || lex.HasAt(toks, 0, "later", "in", "the", "day") || lex.HasAt(toks, 0, "later", "that", "day") ||
		lex.HasAt(toks, 0, "hours", "later") || lex.HasAt(toks, 0, "the", "same", "day")
}

// deedDayNear returns the day a deed is given in the sentences that follow
// the event's first, in its paragraph and the next, up to the next event,
// when that day falls in the week before the report's day; or nil. A day
// further back is another deed recalled.
func (d *doc) deedDayNear(group []int, report time.Time) *dates.Mention {
	for _, j := range d.toldNext(group) {
		n := d.deedDate(j)
		if n == nil || n.Precision != vigil.TimePrecisionDay {
			continue
		}
		if gap := report.Sub(n.Date); gap >= 0 && gap <= 7*24*time.Hour {
			return n
		}
	}
	return nil
}

// tokenFrom returns the index of the first token that starts at or after
// byte offset off (len(toks) when none does): the token a date mention
// starts at, or the one after it.
func tokenFrom(toks []lex.Token, off int) int {
	k := 0
	for k < len(toks) && toks[k].Start < off {
		k++
	}
	return k
}
