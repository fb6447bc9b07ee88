package claims

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// Statistics are published by bodies the general source list does not
// know: think tanks, UN missions, rights commissions, ministries answering
// parliament ("the Centre for Research and Security Studies said", "CRSS
// data show", "data compiled by the South Asia Terrorism Portal", "the
// provincial home minister told the assembly"). publisher reads such a
// body from the phrasing that credits a figure to it, so that the name
// need not be listed anywhere.

// creditVerbs follow the body a figure is credited to: "PIPS recorded",
// "the UN mission documented", "police figures show".
// "the SATP database lists", "the report put the number at", "the minister
// shared the figures", "with police recording 142 such attacks".
var creditVerbs = lex.WordSet("said says say told stated reported recorded documented noted showed shows show " +
	"announced disclosed informed estimate estimated estimates found revealed counted registered logged highlighted confirmed " +
	"lists listed put puts shared recording documenting counting")

// byVerbs precede "by" and the body: "data compiled by the SATP".
var byVerbs = lex.WordSet("compiled released published issued collected gathered maintained documented recorded shared provided")

// officeNouns make a name a body that can speak for a figure: an office, an
// institution, a force ("home ministry", "police chief", "Syrian
// Observatory", "UN mission", "think tank").
var officeNouns = lex.WordSet("minister ministry department administration commission commissioner chief spokesman " +
	"spokesperson secretary director governor police official officials authority authorities army military government " +
	"institute institution centre center observatory portal mission council committee office agency organisation " +
	"organization forum watch international nations bureau corps tank group monitor network project foundation " +
	"wing assembly senate officer rapporteur senator lawmaker legislator team panel")

// qualifiers may stand inside a body's name in lower case: "the provincial
// police chief", "the CRSS annual security report".
var qualifiers = lex.WordSet("annual monthly quarterly yearly latest new provincial district federal home interior " +
	"prime chief security think official senior local human rights state national inspector general deputy special " +
	"region regional division divisional year-end mid-year half-yearly economic fact-finding")

// recordNouns name the document rather than its author: "CRSS data show",
// "police figures", "HRCP's annual report"; they are left out of the label.
var recordNouns = lex.WordSet("report reports data figures records statistics stats assessment review survey study " +
	"tally count database dossier bulletin summary summaries update briefing monitoring analysis estimate overview")

// connectors join the capitalised words of one name: "Centre for Research
// and Security Studies", "Committee to Protect Journalists".
var connectors = lex.WordSet("of for and to on")

// publisher returns the body the sentence toks credits with its figures,
// the first one it names.
func publisher(toks []lex.Token, c Context) (Source, bool) {
	// "Police in Punjab registered 2,100 cases, according to the CTD's
	// summary": the body the sentence says it follows is the source, not
	// the subject of the verb before.
	for i := range toks {
		if lex.HasAt(toks, i, "according", "to") {
			if s, e := nameAfter(toks, i+2); s <= e {
				if src, ok := bodyName(toks, s, e, c); ok {
					return src, true
				}
				// "according to figures compiled by Dawn": the name after
				// the record is its author.
				if s > 0 && toks[s-1].Is("by") || s > 1 && toks[s-1].Is("the") && toks[s-2].Is("by") {
					if src, ok := creditedName(toks, s, e, c); ok {
						return src, true
					}
				}
				// "according to an Express Tribune analysis": a name
				// before its record is the record's author.
				if e > s && recordNouns[bare(toks[e])] {
					if src, ok := creditedName(toks, s, e-1, c); ok {
						return src, true
					}
				}
			}
		}
	}
	for i, t := range toks {
		var s, e int
		switch {
		case lex.HasAt(toks, i, "according", "to"):
			continue
		case t.Is("(") && lex.HasAt(toks, i+2, ")", ":") && acronym(toks[i+1]):
			// "Fatalities by province, 2025 (CRSS): ...": a table's head
			// credits its figures in brackets.
			if country, _, _ := c.Where(toks[i+1].Start, toks[i+1].End); country == "" {
				return Source{Label: toks[i+1].Text, Start: toks[i+1].Start, End: toks[i+1].End}, true
			}
			continue
		case possessive(t) && i+1 < len(toks) && recordAfter(toks, i+1):
			// "Balochistan police's annual report for 2025 lists", "the
			// interior ministry's figures show": the owner of the record.
			s, e = nameBefore(toks, i)
		case t.Is("by") && i > 0 && recordNouns[toks[i-1].Lower]:
			// "an analysis by Dawn of data", "a report by the HRCP".
			s, e = nameAfter(toks, i+1)
			if src, ok := creditedName(toks, s, e, c); ok {
				return src, true
			}
			continue
		case creditVerbs[t.Lower] && i > 0:
			// "The South Asia Terrorism Portal has recorded".
			// "UNAMA also said", "the mission has also documented".
			b := i - 1
			for b > 0 && toks[b].Is("has", "have", "had", "also", "further", "separately", "earlier", "previously") {
				b--
			}
			// "Zabihullah Mujahid, the Taliban's chief spokesman, said":
			// the office in apposition.
			if toks[b].Is(",") && b > 0 && officeNouns[bare(toks[b-1])] {
				b--
			}
			// "the monthly PICSS report for June 2025 noted": a record
			// told with the period it covers.
			if j := recordPeriod(toks, b); j > 0 {
				b = j
			}
			s, e = nameBefore(toks, b)
		case t.Is("started", "began") && i > 0 && i+1 < len(toks) && toks[i+1].Is("compiling", "recording", "documenting", "tracking"):
			// "since 2000, when the SATP started compiling data".
			s, e = nameBefore(toks, i-1)
		case t.Is("by") && i > 0 && byVerbs[toks[i-1].Lower]:
			s, e = nameAfter(toks, i+1)
		default:
			continue
		}
		if src, ok := bodyName(toks, s, e, c); ok {
			return src, true
		}
	}
	return Source{}, false
}

// recordPeriod returns the record noun before "for MONTH YEAR" or "for
// YEAR" that ends at token b ("report for June 2025"), or -1.
func recordPeriod(toks []lex.Token, b int) int {
	if b < 2 || !lex.Digits(toks[b].Lower) || len(toks[b].Lower) != 4 {
		return -1
	}
	f := b - 1
	if !toks[f].Is("for") {
		f--
	}
	if f < 1 || !toks[f].Is("for") || !recordNouns[toks[f-1].Lower] {
		return -1
	}
	return f - 1
}

// nameAfter reads a name that starts at i (after "the"), returning its
// first and last tokens, or e < s when there is none.
func nameAfter(toks []lex.Token, i int) (int, int) {
	if i < len(toks) && toks[i].Is("the", "a", "an") {
		i++
	}
	e := i - 1
	for k := i; k < len(toks); k++ {
		t := toks[k]
		switch {
		case strings.HasSuffix(t.Lower, "-based") && e == k-1 && k+1 < len(toks) && capitalised(toks[k+1]):
			// "the Islamabad-based Centre for ...": where the body sits is
			// no part of its name.
			i, e = k+1, k
		case capitalised(t):
			e = k
		case t.Is("of", "by") && e == k-1 && k > i && documentOnly(toks, i, e):
			// "the monthly report of the Pakistan Institute for Conflict
			// and Security Studies": the body is the one named after the
			// document ("an estimate by the CRSS" too).
			return nameAfter(toks, k+1)
		case byVerbs[t.Lower] && lex.HasAt(toks, k+1, "by") && e == k-1 && k > i && documentOnly(toks, i, e):
			// "according to official figures compiled by Dawn": the
			// body that compiled them.
			return nameAfter(toks, k+2)
		case connectors[t.Lower] && e == k-1 && k > i && k+1 < len(toks) && capitalised(toks[k+1]):
		case t.Text == "(" && k+2 < len(toks) && acronym(toks[k+1]) && toks[k+2].Text == ")" && e == k-1:
			return i, k + 2
		case !t.Punct && e == k-1 && (officeNouns[bare(t)] || qualifiers[bare(t)] || recordNouns[bare(t)]):
			// "the UN mission", "the provincial home minister", "the
			// provincial CTD's year-end summary".
			e = k
		default:
			return i, e
		}
	}
	return i, e
}

// documentOnly reports toks[s..e] as words of a document and its kind
// only ("monthly report", "annual data"), no name of its own.
func documentOnly(toks []lex.Token, s, e int) bool {
	for k := s; k <= e; k++ {
		if !recordNouns[toks[k].Lower] && !qualifiers[toks[k].Lower] {
			return false
		}
	}
	return true
}

// nameBefore reads a name that ends at e, walking back to its first token.
func nameBefore(toks []lex.Token, e int) (int, int) {
	s := e + 1
	for k := e; k >= 0; k-- {
		t := toks[k]
		switch {
		case t.Text == ")" && k == e && k >= 2 && acronym(toks[k-1]) && toks[k-2].Text == "(":
			// "The Pak Institute for Peace Studies (PIPS) recorded".
			return k - 1, k - 1
		case capitalised(t) && !t.Is("the", "a", "an", "its", "their"):
			s = k
		case connectors[t.Lower] && k == s-1 && k > 0 && capitalised(toks[k-1]) && !toks[k-1].Is("the"):
			s = k
		case t.Is("the") && k == s-1 && k > 1 && s <= e && capitalised(toks[s]) && toks[k-1].Is("of", "for") && capitalised(toks[k-2]):
			// "the UN Office for the Coordination of Humanitarian
			// Affairs said".
			s = k
		case t.Is("of") && k == s-1 && k > 0 && s <= e && capitalised(toks[s]) && officeNouns[toks[k-1].Lower]:
			// "the deputy commissioner of Chagai said": an office and
			// the place it serves.
			s = k
		case !t.Punct && k == s-1 && (officeNouns[bare(t)] || qualifiers[bare(t)] || recordNouns[bare(t)]):
			s = k
		case t.Is("of", "for") && k == s-1 && k > 0 && s <= e && !capitalised(toks[s]) && (qualifiers[toks[s].Lower] || officeNouns[toks[s].Lower]) &&
			(qualifiers[toks[k-1].Lower] || officeNouns[toks[k-1].Lower]):
			// "the minister of state for interior said": an office
			// told in lower-case words joined by "of" and "for".
			s = k
		case t.Is("in") && k == s-1 && s == e && k > 0 && capitalised(toks[s]) && officeNouns[toks[k-1].Lower]:
			// "the UN Assistance Mission in Afghanistan said", "the UN
			// mission in Afghanistan said": a body and the country it
			// serves.
			s = k
		default:
			return s, e
		}
	}
	return s, e
}

// bodyName makes a Source of toks[s..e] when it names a body: it is
// trimmed of its document words ("data", "annual report"), and must hold
// an office noun ("minister", "Commission") or be an acronym that names
// no place ("PICSS", not "KP").
func bodyName(toks []lex.Token, s, e int, c Context) (Source, bool) {
	if s > e || s < 0 || e >= len(toks) {
		return Source{}, false
	}
	// "the Islamabad-based Pakistan Institute for ...": where the body
	// sits is no part of its name.
	if s < e && strings.HasSuffix(toks[s].Lower, "-based") {
		s++
	}
	// "(PIPS)": the acronym is the label.
	if acronym(toks[s]) && s == e && s > 0 && toks[s-1].Text == "(" {
		return Source{Label: toks[s].Text, Start: toks[s].Start, End: toks[s].End}, true
	}
	if s+2 <= e && toks[e].Text == ")" && toks[e-2].Text == "(" {
		return Source{Label: toks[e-1].Text, Start: toks[s].Start, End: toks[e].End}, true
	}
	// ("minister of state for interior" keeps its last word.)
	for e >= s && (recordNouns[bare(toks[e])] || qualifiers[bare(toks[e])] && !officeNouns[bare(toks[e])] && !(e > s && toks[e-1].Is("of", "for"))) {
		e--
	}
	if e < s {
		return Source{}, false
	}
	office, acronyms := false, true
	words := make([]string, 0, e-s+1)
	for k := s; k <= e; k++ {
		w := strings.TrimSuffix(toks[k].Text, "'s")
		for _, part := range strings.Split(strings.ToLower(w), "-") {
			office = office || officeNouns[part] // "Secretary-General"
		}
		// "Pajhwok Afghan News", not "the news".
		office = office || w == "News" && k > s
		// "the provincial CTD": an acronym with its qualifiers.
		if !acronym(toks[k]) && !qualifiers[bare(toks[k])] {
			acronyms = false
		}
		words = append(words, w)
	}
	if !office && !acronyms {
		// "data compiled by the SATP Jammu and Kashmir recorded": a
		// report without punctuation runs the body into the place.
		// "DG ISPR Lt Gen Ahmed Sharif Chaudhry said": the office is
		// the acronyms that open the name.
		if acronym(toks[s]) && s < e && capitalised(toks[s+1]) {
			j := s
			for j < e && acronym(toks[j+1]) {
				j++
			}
			return bodyName(toks, s, j, c)
		}
		return Source{}, false
	}
	if !office {
		// "KP recorded 302 attacks": a place, not a body; "the KP CTD
		// said" is a body of that place.
		if country, _, _ := c.Where(toks[e].Start, toks[e].End); country != "" {
			return Source{}, false
		}
	}
	return Source{Label: strings.Join(words, " "), Start: toks[s].Start, End: toks[e].End}, true
}

// creditedName makes a Source of toks[s..e], a name the sentence credits
// with a record ("an analysis by Dawn"): any name that is no place will
// do, as the record says it is an author.
func creditedName(toks []lex.Token, s, e int, c Context) (Source, bool) {
	if src, ok := bodyName(toks, s, e, c); ok {
		return src, true
	}
	if s > e || s < 0 || e >= len(toks) {
		return Source{}, false
	}
	for k := s; k <= e; k++ {
		if !capitalised(toks[k]) && !connectors[toks[k].Lower] {
			return Source{}, false
		}
	}
	if country, _, _ := c.Where(toks[s].Start, toks[e].End); country != "" {
		return Source{}, false
	}
	words := make([]string, 0, e-s+1)
	for k := s; k <= e; k++ {
		words = append(words, strings.TrimSuffix(toks[k].Text, "'s"))
	}
	return Source{Label: strings.Join(words, " "), Start: toks[s].Start, End: toks[e].End}, true
}

// possessive reports a word that owns what follows: "police's", "HRCP's".
func possessive(t lex.Token) bool {
	return strings.HasSuffix(t.Lower, "'s") && len(t.Lower) > 2
}

// recordAfter reports a record named at i, after its qualifiers: "annual
// report", "figures", "year-end summary".
func recordAfter(toks []lex.Token, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		if recordNouns[toks[k].Lower] {
			return true
		}
		if !qualifiers[toks[k].Lower] {
			return false
		}
	}
	return false
}

// bare returns a word in lower case without its possessive: "ministry's"
// is looked up as "ministry".
func bare(t lex.Token) string { return strings.TrimSuffix(t.Lower, "'s") }

// anaphor reports a label that only points back to a body named before
// it: "the think tank", "the institute" said.
func anaphor(label string) bool {
	switch strings.ToLower(label) {
	case "think tank", "institute", "institution", "centre", "center", "organisation", "organization", "portal",
		"observatory", "watchdog", "group", "monitor", "mission", "agency", "body", "report":
		return true
	}
	return false
}

// capitalised reports a word written with a capital, as names are.
func capitalised(t lex.Token) bool {
	return !t.Punct && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// acronym reports a word of two or more capitals ("PICSS", "UN", "HRCP's").
func acronym(t lex.Token) bool { return lex.Capitals(strings.TrimSuffix(t.Text, "'s")) }
