package extract

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/actors"
	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// sourceNames maps the words that name a source of information to the
// label vigil records. Longest phrases are tried first.
var sourceNames = []struct {
	words []string
	label string
}{
	// Newspapers a note or a report cites for its toll: the Baloch and
	// Urdu press the notes on Balochistan draw on, and the English dailies.
	{[]string{"the", "balochistan", "post"}, "The Balochistan Post"},
	{[]string{"balochistan", "post"}, "The Balochistan Post"},
	{[]string{"daily", "intekhab"}, "Daily Intekhab"},
	{[]string{"intekhab"}, "Daily Intekhab"},
	{[]string{"daily", "jang"}, "Daily Jang"},
	{[]string{"the", "express", "tribune"}, "The Express Tribune"},
	{[]string{"express", "tribune"}, "The Express Tribune"},
	{[]string{"inter-services", "public", "relations"}, "ISPR"},
	{[]string{"inter", "services", "public", "relations"}, "ISPR"},
	{[]string{"security", "sources"}, "security sources"},
	{[]string{"security", "officials"}, "security officials"},
	{[]string{"police", "officials"}, "police"},
	{[]string{"police", "sources"}, "police"},
	{[]string{"police", "spokesman"}, "police"},
	{[]string{"local", "police"}, "police"},
	{[]string{"district", "police", "officer"}, "police"},
	{[]string{"military", "sources"}, "military"},
	{[]string{"military", "officials"}, "military"},
	{[]string{"army", "spokesman"}, "military"},
	{[]string{"military's", "media", "wing"}, "ISPR"},
	{[]string{"media", "wing"}, "ISPR"},
	{[]string{"local", "officials"}, "officials"},
	{[]string{"government", "officials"}, "officials"},
	{[]string{"local", "sources"}, "local sources"},
	{[]string{"hospital", "sources"}, "hospital sources"},
	{[]string{"ministry", "of", "interior"}, "interior ministry"},
	{[]string{"interior", "ministry"}, "interior ministry"},
	{[]string{"ispr"}, "ISPR"},
	{[]string{"ctd"}, "CTD"},
	{[]string{"station", "house", "officer"}, "police"},
	{[]string{"sho"}, "police"},
	{[]string{"police"}, "police"},
	{[]string{"officials"}, "officials"},
	{[]string{"official"}, "officials"},
	{[]string{"eyewitnesses"}, "eyewitnesses"},
	{[]string{"witnesses"}, "eyewitnesses"},
	{[]string{"residents"}, "residents"},
	{[]string{"spokesman"}, "spokesperson"},
	{[]string{"spokesperson"}, "spokesperson"},
	{[]string{"military"}, "military"},
	{[]string{"army"}, "military"},
	{[]string{"sources"}, "sources"},
}

// saidVerbs follow a source that speaks ("police said").
var saidVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "confirmed": true, "stated": true, "reported": true,
	"added": true, "claimed": true, "announced": true, "disclosed": true, "informed": true, "say": true,
}

// attribution is one source named as the origin of information.
type attribution struct {
	label      string
	start, end int
}

// sourcesIn returns the sources a sentence attributes its information to:
// "according to X", "per X", "X said", "said X".
func sourcesIn(toks []lex.Token) []attribution {
	var out []attribution
	seen := map[string]bool{}
	add := func(label string, s, e int) {
		if !seen[label] {
			seen[label] = true
			out = append(out, attribution{label, toks[s].Start, toks[e].End})
		}
	}
	for i := range toks {
		if lex.HasAt(toks, i, "according", "to") {
			if l, e, ok := sourceAt(toks, skipDeterminers(toks, i+2)); ok {
				add(l, i, e)
			}
			continue
		}
		// A hurried note's "per officials", "as per police": "according
		// to" in short. ("per cent", "per day" name no source.)
		if toks[i].Is("per") {
			if l, e, ok := sourceAt(toks, skipDeterminers(toks, i+1)); ok {
				add(l, i, e)
			}
			continue
		}
		if !saidVerbs[toks[i].Lower] {
			continue
		}
		// "police said": the source ends just before the verb, or a name or
		// the place it speaks for stands between ("spokesman Zabihullah
		// Mujahid said", "officials in Nangarhar said"). Not in a headline
		// written in capitals, where every word looks like a name ("Army
		// Kills Militants Says Report").
		lowerVerb := toks[i].Text == toks[i].Lower
		for s := max(0, i-10); s < i; s++ {
			if l, e, ok := sourceAt(toks, s); ok && (e == i-1 || lowerVerb && namedBetween(toks, e+1, i)) {
				add(l, s, i)
				break
			}
		}
		// "said police", "said a police spokesman".
		if l, e, ok := sourceAt(toks, skipDeterminers(toks, i+1)); ok {
			add(l, i, e)
		}
	}
	return out
}

// namedBetween reports whether toks[from:to], between a source's label and
// its verb, only names that source or where it speaks from: a name written
// in capitals right after the label ("SHO Rahim Khan"), one set off by a
// comma on both sides ("a spokesman, Ali Shah, said"), or "in" and a place
// ("officials in Nangarhar province"). A capitalised word after a comma
// with none after it is a new teller ("attacked the army, Taliban said"),
// and so is a place followed by a comma ("police in Bannu, residents
// said"): the label there is not who speaks.
func namedBetween(toks []lex.Token, from, to int) bool {
	if from >= to {
		return false
	}
	if toks[from].Is("in") {
		n := capitalRun(toks, from+1, to)
		end := from + 1 + n
		if end < to && toks[end].Is("province", "district", "city", "state", "region", "county") {
			end++
		}
		return n > 0 && end == to
	}
	if toks[from].Text == "," {
		n := capitalRun(toks, from+1, to)
		return n > 0 && from+1+n == to-1 && toks[to-1].Text == ","
	}
	return from+capitalRun(toks, from, to) == to
}

// capitalRun counts the words from i on (before to, at most three) that
// begin with a capital letter, as a person's or a place's name does.
func capitalRun(toks []lex.Token, i, to int) int {
	n := 0
	for i+n < to && n < 3 {
		t := toks[i+n]
		if t.Punct || t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
			break
		}
		n++
	}
	return n
}

// sourceOnly reports whether mention m of a state force, in one of the
// sentences of group, is only the source the sentence cites ("according to
// police", "police said", "said military officials"): who told of the
// deed, not a side of it.
func (d *doc) sourceOnly(m actors.Mention, group []int) bool {
	if m.Actor.Side != actors.SideSecurity {
		return false
	}
	for _, i := range group {
		s := d.sents[i]
		if m.Start < s.Start || m.End > s.End {
			continue
		}
		for _, a := range sourcesIn(s.Toks) {
			// "Police claimed to have killed two militants", "police said
			// they killed": the force tells of its own deed.
			rest := strings.ToLower(strings.TrimLeft(d.text[a.end:min(len(d.text), a.end+12)], " "))
			if strings.HasPrefix(rest, "to ") || strings.HasPrefix(rest, "they ") || strings.HasPrefix(rest, "that they ") {
				continue
			}
			if m.Start >= a.start && m.End <= a.end {
				return true
			}
		}
	}
	return false
}

func skipDeterminers(toks []lex.Token, i int) int {
	for i < len(toks) && toks[i].Is("the", "a", "an", "local", "senior", "provincial", "district") {
		if toks[i].Is("local") && lex.HasAt(toks, i, "local", "police") {
			return i
		}
		i++
	}
	return i
}

// sourceAt reads a source name at i, returning its label and last token.
func sourceAt(toks []lex.Token, i int) (string, int, bool) {
	if i >= len(toks) {
		return "", 0, false
	}
	for _, s := range sourceNames {
		if lex.HasAt(toks, i, s.words...) {
			e := i + len(s.words) - 1
			// "Inter-Services Public Relations (ISPR)": take the parenthesis.
			if e+3 < len(toks) && toks[e+1].Text == "(" && toks[e+3].Text == ")" {
				e += 3
			}
			return s.label, e, true
		}
	}
	return "", 0, false
}

// joinLabels returns the labels of as.
func joinLabels(as []attribution) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.label)
	}
	return out
}

// hedged reports whether the sentence reports its facts at one remove
// ("allegedly", "reportedly", "claimed"): it lowers confidence.
func hedged(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("allegedly", "reportedly", "unconfirmed", "purportedly", "rumoured", "rumored") {
			return true
		}
	}
	return false
}
