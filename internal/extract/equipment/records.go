package equipment

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/numbers"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Kinds of equipment record.
const (
	Inventory = "inventory"
	Sighting  = "sighting"
	Seizure   = "seizure"
	Use       = "use"
	Transfer  = "transfer"
)

type itemName struct {
	words    []string
	category string
	item     string
}

// items are the materiel nouns, longest first.
var items = []itemName{
	{[]string{"air-to-ground", "munitions"}, "munitions", "air-to-ground munitions"},
	{[]string{"night", "vision", "goggles"}, "night_vision", "night vision goggles"},
	{[]string{"night-vision", "goggles"}, "night_vision", "night vision goggles"},
	{[]string{"night", "vision", "devices"}, "night_vision", "night vision devices"},
	{[]string{"night-vision", "devices"}, "night_vision", "night vision devices"},
	{[]string{"night", "vision", "equipment"}, "night_vision", "night vision equipment"},
	{[]string{"thermal", "scopes"}, "night_vision", "thermal scopes"},
	{[]string{"surveillance", "technology"}, "surveillance", "surveillance technology"},
	{[]string{"surveillance", "equipment"}, "surveillance", "surveillance equipment"},
	{[]string{"communication", "devices"}, "communications", "communication devices"},
	{[]string{"communications", "equipment"}, "communications", "communications equipment"},
	{[]string{"communication", "equipment"}, "communications", "communication equipment"},
	{[]string{"wireless", "sets"}, "communications", "wireless sets"},
	{[]string{"biometric", "tools"}, "biometric", "biometric tools"},
	{[]string{"biometric", "devices"}, "biometric", "biometric devices"},
	{[]string{"military", "assets"}, "all_assets", "military assets"},
	{[]string{"military", "equipment"}, "all_assets", "military equipment"},
	{[]string{"armored", "vehicles"}, "vehicles", "armored vehicles"},
	{[]string{"armoured", "vehicles"}, "vehicles", "armoured vehicles"},
	{[]string{"small", "arms"}, "weapons", "small arms"},
	{[]string{"machine", "guns"}, "weapons", "machine guns"},
	{[]string{"hand", "grenades"}, "munitions", "hand grenades"},
	{[]string{"m4", "rifles"}, "weapons", "M4 rifles"},
	{[]string{"m16", "rifles"}, "weapons", "M16 rifles"},
	{[]string{"ammonium", "nitrate"}, "explosives", "ammonium nitrate"},
	{[]string{"aircraft"}, "aircraft", "aircraft"},
	{[]string{"helicopters"}, "aircraft", "helicopters"},
	{[]string{"drones"}, "aircraft", "drones"},
	{[]string{"vehicles"}, "vehicles", "vehicles"},
	{[]string{"humvees"}, "vehicles", "Humvees"},
	{[]string{"weapons"}, "weapons", "weapons"},
	{[]string{"firearms"}, "weapons", "firearms"},
	{[]string{"rifles"}, "weapons", "rifles"},
	{[]string{"guns"}, "weapons", "guns"},
	{[]string{"pistols"}, "weapons", "pistols"},
	{[]string{"pistol"}, "weapons", "pistol"},
	{[]string{"kalashnikovs"}, "weapons", "Kalashnikovs"},
	{[]string{"munitions"}, "munitions", "munitions"},
	{[]string{"grenades"}, "munitions", "grenades"},
	{[]string{"rockets"}, "munitions", "rockets"},
	{[]string{"mortar", "shells"}, "munitions", "mortar shells"},
	{[]string{"rounds", "of", "ammunition"}, "ammunition", "rounds of ammunition"},
	{[]string{"ammunition"}, "ammunition", "ammunition"},
	{[]string{"rounds"}, "ammunition", "rounds"},
	{[]string{"bullets"}, "ammunition", "bullets"},
	{[]string{"cartridges"}, "ammunition", "cartridges"},
	{[]string{"explosives"}, "explosives", "explosives"},
	{[]string{"detonators"}, "explosives", "detonators"},
	{[]string{"ieds"}, "explosives", "IEDs"},
	{[]string{"landmines"}, "explosives", "landmines"},
}

// itemsByFirst indexes items by their first word, longest first.
var itemsByFirst = func() map[string][]itemName {
	m := map[string][]itemName{}
	for _, it := range items {
		m[it.words[0]] = append(m[it.words[0]], it)
	}
	return m
}()

// kindCues decide a sentence's record kind.
var kindCues = []struct {
	words []string
	kind  string
}{
	{[]string{"left", "behind"}, Inventory}, {[]string{"remained"}, Inventory}, {[]string{"inventory"}, Inventory},
	{[]string{"stockpile"}, Inventory}, {[]string{"abandoned"}, Inventory},
	{[]string{"recovered"}, Seizure}, {[]string{"seized"}, Seizure}, {[]string{"confiscated"}, Seizure},
	{[]string{"captured"}, Seizure}, {[]string{"unearthed"}, Seizure}, {[]string{"impounded"}, Seizure},
	{[]string{"recovery", "of"}, Seizure}, {[]string{"seizure", "of"}, Seizure},
	{[]string{"supplied"}, Transfer}, {[]string{"delivered"}, Transfer}, {[]string{"handed", "over"}, Transfer},
	{[]string{"transferred"}, Transfer}, {[]string{"sold"}, Transfer}, {[]string{"smuggled"}, Transfer},
	{[]string{"spotted"}, Sighting}, {[]string{"sighted"}, Sighting}, {[]string{"seen", "with"}, Sighting},
	{[]string{"displayed"}, Sighting}, {[]string{"used"}, Use}, {[]string{"armed", "with"}, Use},
}

// countries are the names and adjectives that give a record's origin or
// location country.
var countries = map[string]string{
	"us": "United States", "u.s": "United States", "u.s.": "United States", "american": "United States",
	"us-made": "United States", "american-made": "United States", "america": "United States",
	"afghanistan": "Afghanistan", "afghan": "Afghanistan", "pakistan": "Pakistan", "pakistani": "Pakistan",
	"india": "India", "indian": "India", "china": "China", "chinese": "China", "chinese-made": "China",
	"iran": "Iran", "iranian": "Iran", "russia": "Russia", "russian": "Russia", "russian-made": "Russia",
	"soviet": "Russia", "soviet-era": "Russia", "israel": "Israel", "israeli": "Israel", "turkey": "Turkey",
	"turkish": "Turkey", "nato": "NATO", "uk": "United Kingdom", "british": "United Kingdom",
}

// Find returns the equipment records of a text. A sentence yields records
// when it has a kind cue ("left behind", "recovered") and at least one
// counted or valued item; a following sentence of the same paragraph that
// refers back ("The report also revealed...") inherits its context.
func Find(text string, sents []lex.Sentence, ds []dates.Mention) []vigil.Equipment {
	var out []vigil.Equipment
	var ctx context
	ctxPara := -1
	for si, s := range sents {
		kind, kStart, kEnd := kindOf(s.Toks)
		if kind == "" {
			continue
		}
		found := itemsIn(s.Toks)
		if len(found) == 0 {
			continue
		}
		nums := numbers.Find(text[s.Start:s.End])
		for k := range nums {
			nums[k].Start += s.Start
			nums[k].End += s.Start
		}
		counted := false
		usedNum := map[int]bool{} // "300 rounds of ammunition" counts rounds once
		recs := make([]vigil.Equipment, 0, len(found))
		for _, it := range found {
			r := vigil.Equipment{Kind: kind, Category: it.category, Item: it.item}
			addEv := func(field string, a, b int) {
				r.Evidence = append(r.Evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
			}
			addEv("item", s.Toks[it.first].Start, s.Toks[it.last].End)
			addEv("kind", kStart, kEnd)
			if n, ok := numberBefore(nums, s.Toks, it.first); ok && !usedNum[n.Start] {
				usedNum[n.Start] = true
				if n.Money {
					if n.Currency == "USD" || n.Currency == "" {
						v := n.Value
						r.ValueUSD = &v
						r.Bound = n.Bound
						addEv("value_usd", n.Start, n.End)
						counted = true
					}
				} else {
					v := n.Value
					r.Quantity = &v
					r.Bound = n.Bound
					addEv("quantity", n.Start, n.End)
					counted = true
				}
			}
			recs = append(recs, r)
		}
		inherit := ctxPara == s.Para && refersBack(s.Toks)
		if !counted && !inherit {
			continue
		}
		c := contextOf(text, sents, si, ds)
		if inherit {
			c = c.over(ctx)
		}
		for i := range recs {
			r := &recs[i]
			r.OriginCountry, r.LocationCountry, r.Holder, r.AsOf, r.AttributedTo = c.origin, c.location, c.holder, c.asOf, c.attributed
			if r.Kind == Inventory && inherit && ctx.kind != "" {
				r.Kind = ctx.kind
			}
			for _, e := range c.evidence {
				r.Evidence = append(r.Evidence, e)
			}
			out = append(out, *r)
		}
		c.kind = kind
		ctx, ctxPara = c, s.Para
	}
	return out
}

type found struct {
	first, last int
	category    string
	item        string
}

// itemsIn returns the materiel nouns of a sentence, each item once.
func itemsIn(toks []lex.Token) []found {
	var out []found
	seen := map[string]bool{}
	for i := 0; i < len(toks); i++ {
		for _, it := range itemsByFirst[toks[i].Lower] {
			if lex.HasAt(toks, i, it.words...) {
				e := i + len(it.words) - 1
				if !seen[it.item] {
					seen[it.item] = true
					out = append(out, found{i, e, it.category, it.item})
				}
				i = e
				break
			}
		}
	}
	return out
}

// kindFirst holds the first words of kindCues: most sentences have none.
// kindFirstShapes turns away most words before the kindFirst lookup.
var kindFirstShapes = lex.ShapesOf(kindFirst)

var kindFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range kindCues {
		m[k.words[0]] = true
	}
	return m
}()

func kindOf(toks []lex.Token) (string, int, int) {
	for i := range toks {
		if !kindFirstShapes.May(toks[i].Lower) || !kindFirst[toks[i].Lower] {
			continue
		}
		for _, k := range kindCues {
			if lex.HasAt(toks, i, k.words...) {
				return k.kind, toks[i].Start, toks[i+len(k.words)-1].End
			}
		}
	}
	return "", 0, 0
}

// refersBack reports a sentence that continues the one before: "The report
// also revealed", "These assets".
func refersBack(toks []lex.Token) bool {
	for i := 0; i < len(toks) && i < 4; i++ {
		if toks[i].Is("report", "also", "these", "this", "same") {
			return true
		}
	}
	return false
}

// numberBefore finds the number that counts the item starting at token
// first: it ends at most three words before it ("78 aircraft", "over
// 40,000 vehicles", "$7.2 billion worth of military assets").
func numberBefore(nums []numbers.Number, toks []lex.Token, first int) (numbers.Number, bool) {
	start := toks[first].Start
	for k := len(nums) - 1; k >= 0; k-- {
		n := nums[k]
		if n.End > start {
			continue
		}
		// Words between the number and the item.
		between := 0
		for i := first - 1; i >= 0 && toks[i].Start >= n.End; i-- {
			if toks[i].Punct {
				return numbers.Number{}, false
			}
			between++
		}
		if between > 3 {
			return numbers.Number{}, false
		}
		if n.Value >= 1900 && n.Value <= 2100 && !n.Money && between == 0 && strings.Contains(n.Text, ",") == false && len(n.Text) == 4 {
			// "2022 report": a year, not a count.
			return numbers.Number{}, false
		}
		return n, true
	}
	return numbers.Number{}, false
}

// context is what the records of a sentence share.
type context struct {
	kind                                       string
	origin, location, holder, asOf, attributed string
	evidence                                   []vigil.Evidence
}

// over fills the blanks of c from the earlier context p.
func (c context) over(p context) context {
	if c.origin == "" {
		c.origin = p.origin
	}
	if c.location == "" || c.location == c.origin {
		c.location = p.location
	}
	if c.holder == "" {
		c.holder = p.holder
	}
	if c.asOf == "" {
		c.asOf = p.asOf
	}
	if c.attributed == "" {
		c.attributed = p.attributed
	}
	return c
}

// contextOf reads origin, location, holder, date and source for the
// records of sentence si, looking back a few sentences for the origin and
// location when the sentence does not say ("left behind" by whom, where).
func contextOf(text string, sents []lex.Sentence, si int, ds []dates.Mention) context {
	var c context
	s := sents[si]
	toks := s.Toks
	ev := func(field string, a, b int) {
		c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
	}
	c.origin, c.location = countriesIn(toks, ev)
	for k := si - 1; k >= 0 && k >= si-6 && (c.origin == "" || c.location == ""); k-- {
		if !mentionsMateriel(sents[k].Toks) {
			continue
		}
		o, l := countriesIn(sents[k].Toks, ev)
		if c.origin == "" {
			c.origin = o
		}
		if c.location == "" && l != c.origin {
			c.location = l
		}
	}
	// "in the hands of X", "recovered from the militants".
	for i := range toks {
		if lex.HasAt(toks, i, "in", "the", "hands", "of") || lex.HasAt(toks, i, "recovered", "from") || lex.HasAt(toks, i, "seized", "from") {
			j := i + 2
			if toks[i].Is("in") {
				j = i + 4
			}
			if j < len(toks) && toks[j].Is("the") {
				j++
			}
			e := j
			for e < len(toks) && !toks[e].Punct && e < j+4 && !toks[e].Is("and", "in", "on", "at", "who", "which", "that", "pose", "poses") {
				e++
			}
			if e > j {
				c.holder = text[toks[j].Start:toks[e-1].End]
				ev("holder", toks[j].Start, toks[e-1].End)
			}
			break
		}
	}
	// As of: a date the sentence gives ("a March 2022 report").
	for _, m := range ds {
		if m.Start >= s.Start && m.End <= s.End {
			if m.Precision == 3 {
				c.asOf = m.Date.Format("2006-01")
			} else {
				c.asOf = m.Date.Format("2006-01-02")
			}
			ev("as_of", m.Start, m.End)
			break
		}
	}
	c.attributed = reporter(text, toks, ev)
	return c
}

func mentionsMateriel(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("weapons", "weaponry", "equipment", "arms", "assets", "left") {
			return true
		}
	}
	return false
}

// countriesIn returns the origin (a country adjective or "by X forces")
// and location ("in X") countries a sentence names.
func countriesIn(toks []lex.Token, ev func(string, int, int)) (origin, location string) {
	for i, t := range toks {
		name, ok := countries[t.Lower]
		if !ok || (t.Lower == "us" && t.Text != "US") {
			continue
		}
		// "in Afghanistan": where the materiel is.
		if i > 0 && toks[i-1].Is("in", "inside") {
			if location == "" {
				location = name
				ev("location_country", t.Start, t.End)
			}
			continue
		}
		// "US forces", "US-made", "of US origin", "US Department of Defense".
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower
		}
		if origin == "" && (strings.HasSuffix(t.Lower, "-made") || originNouns[next]) {
			origin = name
			ev("origin_country", t.Start, t.End)
		}
	}
	return origin, location
}

// originNouns follow a country adjective that gives materiel its origin.
var originNouns = map[string]bool{
	"forces": true, "troops": true, "weapons": true, "weaponry": true, "military": true, "army": true,
	"department": true, "government": true, "arms": true, "equipment": true, "origin": true, "soldiers": true,
	"made": true, "-made": true, "supplied": true, "manufactured": true, "rifles": true, "defense": true, "defence": true,
}

// reporter names the body a record is attributed to: "a report presented
// by the US Department of Defense (DOD)", "according to the police".
func reporter(text string, toks []lex.Token, ev func(string, int, int)) string {
	for i := range toks {
		if !(toks[i].Is("by") || lex.HasAt(toks, i, "according", "to")) {
			continue
		}
		j := i + 1
		if toks[i].Is("according") {
			j = i + 2
		}
		for j < len(toks) && toks[j].Is("the", "a", "an") {
			j++
		}
		// A run of capitalised words, "of" and "and" allowed inside.
		e := j
		for e < len(toks) && (isCap(toks[e].Text) || (toks[e].Is("of", "and", "for") && e+1 < len(toks) && isCap(toks[e+1].Text))) {
			e++
		}
		if e-j >= 2 {
			ev("attributed_to", toks[j].Start, toks[e-1].End)
			return text[toks[j].Start:toks[e-1].End]
		}
	}
	return ""
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
