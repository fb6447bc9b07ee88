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
	{[]string{"m4", "rifle"}, "weapons", "M4 rifle"},
	{[]string{"m4", "carbines"}, "weapons", "M4 carbines"},
	{[]string{"m4s"}, "weapons", "M4 rifles"},
	{[]string{"m16", "rifles"}, "weapons", "M16 rifles"},
	{[]string{"m16", "rifle"}, "weapons", "M16 rifle"},
	{[]string{"m16s"}, "weapons", "M16 rifles"},
	{[]string{"m24", "sniper", "rifles"}, "weapons", "M24 sniper rifles"},
	{[]string{"sniper", "rifles"}, "weapons", "sniper rifles"},
	{[]string{"assault", "rifles"}, "weapons", "assault rifles"},
	{[]string{"kalashnikov", "rifles"}, "weapons", "Kalashnikovs"},
	{[]string{"ak-47", "rifles"}, "weapons", "Kalashnikovs"},
	{[]string{"ak-47s"}, "weapons", "Kalashnikovs"},
	{[]string{"sub-machine", "guns"}, "weapons", "sub-machine guns"},
	{[]string{"rocket", "launchers"}, "weapons", "rocket launchers"},
	{[]string{"anti-aircraft", "guns"}, "weapons", "anti-aircraft guns"},
	{[]string{"rpgs"}, "weapons", "RPGs"},
	{[]string{"thermal", "sights"}, "night_vision", "thermal sights"},
	{[]string{"thermal", "weapon", "sights"}, "night_vision", "thermal sights"},
	{[]string{"night-vision", "sights"}, "night_vision", "night vision sights"},
	{[]string{"night", "vision", "sights"}, "night_vision", "night vision sights"},
	{[]string{"laser", "sights"}, "weapons", "laser sights"},
	{[]string{"body", "armour"}, "protective", "body armour"},
	{[]string{"body", "armor"}, "protective", "body armour"},
	{[]string{"bulletproof", "vests"}, "protective", "bulletproof vests"},
	{[]string{"black", "hawk", "helicopters"}, "aircraft", "Black Hawk helicopters"},
	{[]string{"black", "hawks"}, "aircraft", "Black Hawk helicopters"},
	{[]string{"blackhawk", "helicopters"}, "aircraft", "Black Hawk helicopters"},
	{[]string{"armoured", "personnel", "carriers"}, "vehicles", "armoured personnel carriers"},
	{[]string{"armored", "personnel", "carriers"}, "vehicles", "armoured personnel carriers"},
	{[]string{"mraps"}, "vehicles", "MRAPs"},
	{[]string{"stinger", "missiles"}, "munitions", "Stinger missiles"},
	{[]string{"ammonium", "nitrate"}, "explosives", "ammonium nitrate"},
	{[]string{"aircraft"}, "aircraft", "aircraft"},
	{[]string{"helicopters"}, "aircraft", "helicopters"},
	{[]string{"drones"}, "aircraft", "drones"},
	{[]string{"vehicles"}, "vehicles", "vehicles"},
	{[]string{"humvees"}, "vehicles", "Humvees"},
	{[]string{"equipment"}, "all_assets", "equipment"},
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
	{[]string{"intercepted"}, Seizure}, {[]string{"found"}, Seizure},
	{[]string{"recovery", "of"}, Seizure}, {[]string{"seizure", "of"}, Seizure},
	{[]string{"supplied"}, Transfer}, {[]string{"delivered"}, Transfer}, {[]string{"handed", "over"}, Transfer},
	{[]string{"transferred"}, Transfer}, {[]string{"sold"}, Transfer}, {[]string{"smuggled"}, Transfer},
	{[]string{"spotted"}, Sighting}, {[]string{"sighted"}, Sighting}, {[]string{"seen", "with"}, Sighting},
	{[]string{"displayed"}, Sighting}, {[]string{"paraded"}, Sighting}, {[]string{"showcased"}, Sighting},
	{[]string{"brandishing"}, Sighting}, {[]string{"brandished"}, Sighting}, {[]string{"pictured", "with"}, Sighting},
	{[]string{"used"}, Use}, {[]string{"armed", "with"}, Use}, {[]string{"equipped", "with"}, Use},
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

// Context is what the rest of the extractor knows about a text that
// equipment records use: where its places are, who its actors are and
// whom it cites.
type Context interface {
	// Where returns the country of the places named in text[start:end]
	// (not demonyms) and the span of the name that decided it; ok is
	// false when none is named.
	Where(start, end int) (country string, at Span, ok bool)
	// Actors returns the actors named in text[start:end], in order, with
	// their names filled for the text's country.
	Actors(start, end int) []Actor
	// Sources returns the sources a sentence attributes its information
	// to ("police said", "according to ISPR").
	Sources(toks []lex.Token) []Source
}

// Span is a byte range of the text.
type Span struct{ Start, End int }

// Actor is an actor a sentence names: its dictionary name and side.
type Actor struct {
	Name, Side string
	Span
}

// Source is a source of information a sentence names.
type Source struct {
	Label string
	Span
}

// Find returns the equipment records of a text. A sentence yields records
// when it has a kind cue ("left behind", "recovered") and at least one
// counted or valued item; a following sentence of the same paragraph that
// refers back ("The report also revealed...") inherits its context. A
// seizure, sighting, use or transfer of a named model or of materiel of a
// named origin ("M4 rifles of US origin were recovered") is a record
// without a count, unless the sentence only supposes it ("could be used").
func Find(text string, sents []lex.Sentence, ds []dates.Mention, cx Context) []vigil.Equipment {
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
			n, ok := numberBefore(nums, s.Toks, it.first)
			if !ok || usedNum[n.Start] {
				n, ok = worthAfter(nums, s.Toks, it.last)
			}
			if ok && !usedNum[n.Start] {
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
		c := contextOf(text, sents, si, ds, cx)
		if inherit {
			c = c.over(ctx)
		}
		if !counted && !inherit && !(kind != Inventory && (c.origin != "" || notable(found)) && !supposed(s.Toks)) {
			continue
		}
		for i := range recs {
			r := &recs[i]
			if r.Item == "equipment" && r.Quantity == nil && r.ValueUSD == nil {
				// The head of a list ("communication and biometric
				// equipment") or materiel in general: only a figure makes
				// it a record of its own.
				continue
			}
			if civilian[r.Item] && !military(sents, si) {
				// "The company sold 6 million vehicles": trade, not
				// materiel.
				continue
			}
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

// notable reports whether the items name a model or a kind of materiel
// that analysts track wherever it turns up (night vision, thermal sights,
// US-made rifles and vehicles), rather than arms in general.
func notable(items []found) bool {
	for _, it := range items {
		if it.category == "night_vision" || strings.ContainsAny(it.item, "0123456789") ||
			strings.HasPrefix(it.item, "Black Hawk") || it.item == "Humvees" || it.item == "MRAPs" || it.item == "Stinger missiles" {
			return true
		}
	}
	return false
}

// supposed reports a sentence that only supposes or fears what it names:
// "could be used", "may have been smuggled", "fears that ... would".
func supposed(toks []lex.Token) bool {
	for _, t := range toks {
		if t.Is("could", "may", "might", "would", "will", "if", "fear", "fears", "feared", "warn", "warned", "warns", "risk", "concern", "concerns") {
			return true
		}
	}
	return false
}

// worthAfter finds a value given after the item: "equipment worth $7.12
// billion", "weapons valued at over $1 million".
func worthAfter(nums []numbers.Number, toks []lex.Token, last int) (numbers.Number, bool) {
	for i := last + 1; i < len(toks) && i <= last+2; i++ {
		if !toks[i].Is("worth", "valued") {
			continue
		}
		for _, n := range nums {
			if n.Money && n.Start >= toks[i].End && n.Start-toks[i].End <= len(" at more than ") {
				return n, true
			}
		}
	}
	return numbers.Number{}, false
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

// kindOf returns a sentence's record kind and the span of its cue: the
// first cue, except that a seizure anywhere in the sentence wins ("two
// pistols used by them were also recovered": the news is the seizure).
func kindOf(toks []lex.Token) (string, int, int) {
	kind, start, end := "", 0, 0
	for i := range toks {
		if !kindFirstShapes.May(toks[i].Lower) || !kindFirst[toks[i].Lower] {
			continue
		}
		for _, k := range kindCues {
			if lex.HasAt(toks, i, k.words...) {
				if kind == "" || k.kind == Seizure && kind != Seizure {
					kind, start, end = k.kind, toks[i].Start, toks[i+len(k.words)-1].End
				}
				if kind == Seizure {
					return kind, start, end
				}
				break
			}
		}
	}
	return kind, start, end
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
func contextOf(text string, sents []lex.Sentence, si int, ds []dates.Mention, cx Context) context {
	var c context
	s := sents[si]
	toks := s.Toks
	ev := func(field string, a, b int) {
		c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
	}
	var originAt, locationAt Span
	c.origin, c.location, originAt, locationAt = countriesIn(toks)
	if c.origin != "" {
		ev("origin_country", originAt.Start, originAt.End)
	}
	if c.location != "" {
		ev("location_country", locationAt.Start, locationAt.End)
	}
	if c.location == "" && cx != nil {
		// "recovered from a hideout in Quetta": where the sentence's
		// places are, unless the only country named is the origin.
		if country, at, ok := cx.Where(s.Start, s.End); ok && !(at.Start < originAt.End && originAt.Start < at.End) {
			c.location = country
			ev("location_country", at.Start, at.End)
		}
	}
	for k := si - 1; k >= 0 && k >= si-6 && (c.origin == "" || c.location == ""); k-- {
		if !mentionsMateriel(sents[k].Toks) {
			continue
		}
		o, l, oAt, lAt := countriesIn(sents[k].Toks)
		if c.origin == "" && o != "" {
			c.origin = o
			ev("origin_country", oAt.Start, oAt.End)
		}
		if c.location == "" && l != "" && l != c.origin {
			c.location = l
			ev("location_country", lAt.Start, lAt.End)
		}
	}
	c.holder = holderOf(text, toks, cx, ev)
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
	if c.attributed == "" && cx != nil {
		if srcs := cx.Sources(toks); len(srcs) > 0 {
			c.attributed = srcs[0].Label
			ev("attributed_to", srcs[0].Start, srcs[0].End)
		}
	}
	return c
}

// holderOf names who holds the materiel: the actor it was taken from
// ("recovered from TTP militants"), the one named "in the hands of", or
// the actor who displays or uses it ("the Taliban paraded"). A named actor
// gives its dictionary name; otherwise the words themselves are kept
// ("from the militants").
func holderOf(text string, toks []lex.Token, cx Context, ev func(string, int, int)) string {
	var named []Actor
	if cx != nil && len(toks) > 0 {
		named = cx.Actors(toks[0].Start, toks[len(toks)-1].End)
	}
	actorAt := func(from int) (Actor, bool) {
		for _, a := range named {
			if a.Start >= from && a.Start-from <= len("the former ") {
				return a, true
			}
		}
		return Actor{}, false
	}
	for i := range toks {
		j := -1
		switch {
		case lex.HasAt(toks, i, "in", "the", "hands", "of"):
			j = i + 4
		case lex.HasAt(toks, i, "recovered", "from"), lex.HasAt(toks, i, "seized", "from"),
			lex.HasAt(toks, i, "captured", "from"), lex.HasAt(toks, i, "confiscated", "from"):
			j = i + 2
		}
		if j < 0 || j >= len(toks) {
			continue
		}
		if a, ok := actorAt(toks[j].Start); ok {
			ev("holder", a.Start, a.End)
			return a.Name
		}
		if toks[j].Is("the", "their", "his", "two", "three", "four", "five", "arrested", "slain", "killed", "deceased") {
			j++
		}
		// No actor the dictionary knows: keep the words when they name
		// people who hold arms ("from the smugglers"), not a place ("from
		// the encounter site").
		e := j
		for e < len(toks) && !toks[e].Punct && e < j+3 && !toks[e].Is("and", "in", "on", "at", "who", "which", "that", "during", "after", "possession", "custody") {
			e++
		}
		if e > j && holderNouns[toks[e-1].Lower] {
			ev("holder", toks[j].Start, toks[e-1].End)
			return text[toks[j].Start:toks[e-1].End]
		}
		return ""
	}
	// The subject of a sighting or use: the first armed actor named before
	// the cue.
	k := -1
	for i := range toks {
		if lex.HasAt(toks, i, "paraded") || lex.HasAt(toks, i, "used") || lex.HasAt(toks, i, "armed", "with") ||
			lex.HasAt(toks, i, "equipped", "with") || lex.HasAt(toks, i, "brandishing") || lex.HasAt(toks, i, "brandished") ||
			lex.HasAt(toks, i, "showcased") || lex.HasAt(toks, i, "displayed") || lex.HasAt(toks, i, "spotted", "with") ||
			lex.HasAt(toks, i, "seen", "with") || lex.HasAt(toks, i, "pictured", "with") {
			k = i
			break
		}
	}
	if k < 0 {
		return ""
	}
	// The actor just before the cue ("TTP militants used", "the Taliban
	// paraded"); one further back is more often the source of a
	// statement than the user.
	for i := len(named) - 1; i >= 0; i-- {
		a := named[i]
		if a.End > toks[k].Start {
			continue
		}
		if toks[k].Start-a.End <= len(" have been ") && a.Side != "civilians" {
			// "TTP militants": the group, not the generic noun after it.
			if i > 0 && a.Start-named[i-1].End <= 1 {
				a = named[i-1]
			}
			ev("holder", a.Start, a.End)
			return a.Name
		}
		break
	}
	return ""
}

// holderNouns are the words that name people who hold arms, when the
// dictionary knows no actor by them.
var holderNouns = map[string]bool{
	"smugglers": true, "smuggler": true, "criminals": true, "suspects": true, "suspect": true, "accused": true,
	"cadres": true, "cadre": true, "dacoits": true, "robbers": true, "gang": true, "traffickers": true,
	"militants": true, "militant": true, "terrorists": true, "terrorist": true, "insurgents": true, "rebels": true,
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
// and location ("in X") countries a sentence names, and where each was
// named.
func countriesIn(toks []lex.Token) (origin, location string, originAt, locationAt Span) {
	for i, t := range toks {
		name, ok := countries[t.Lower]
		if !ok || (t.Lower == "us" && t.Text != "US") {
			continue
		}
		// "made in China", "manufactured in the US": where it was made.
		madeIn := i >= 2 && toks[i-1].Is("in") && toks[i-2].Is("made", "manufactured", "produced") ||
			i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("in") && toks[i-3].Is("made", "manufactured", "produced")
		// "in Afghanistan": where the materiel is.
		if !madeIn && i > 0 && toks[i-1].Is("in", "inside") {
			if location == "" {
				location, locationAt = name, Span{t.Start, t.End}
			}
			continue
		}
		// "US forces", "US-made", "of US origin", "US Department of
		// Defense", "American Humvees", "supplied by the US".
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower
		}
		suppliedBy := i >= 2 && toks[i-1].Is("by") && toks[i-2].Is("supplied", "provided", "donated") ||
			i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("by") && toks[i-3].Is("supplied", "provided", "donated")
		if origin == "" && (madeIn || suppliedBy || strings.HasSuffix(t.Lower, "-made") || originNouns[next] || itemsByFirst[next] != nil) {
			origin, originAt = name, Span{t.Start, t.End}
		}
	}
	return origin, location, originAt, locationAt
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
		// Two capitalised words at least, or one acronym a text is
		// according to ("according to SIGAR"); "by TTP" names an agent.
		if e-j >= 2 || e-j == 1 && toks[i].Is("according") && isAcronym(toks[j].Text) {
			ev("attributed_to", toks[j].Start, toks[e-1].End)
			return text[toks[j].Start:toks[e-1].End]
		}
	}
	return ""
}

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// isAcronym reports a word of three or more capitals ("SIGAR", "ISPR").
func isAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// civilian are the items that are materiel only where the text speaks of
// armed forces: vehicles, aircraft and equipment are also sold, flown and
// bought by everyone else.
var civilian = map[string]bool{"vehicles": true, "aircraft": true, "helicopters": true, "equipment": true, "drones": true}

// military reports whether sentence si, or the two before it, speaks of
// armed forces, arms or war.
func military(sents []lex.Sentence, si int) bool {
	for k := si; k >= 0 && k >= si-2; k-- {
		for _, t := range sents[k].Toks {
			if t.Is("military", "army", "armed", "forces", "troops", "soldiers", "defence", "defense", "pentagon", "militants",
				"militant", "taliban", "insurgents", "weapons", "arms", "munitions", "combat", "war", "armoured", "armored", "police") {
				return true
			}
		}
	}
	return false
}
