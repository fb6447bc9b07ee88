package places

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// Match is one place name found in a text: its byte span, the text matched
// and every place of that name, most populous first.
type Match struct {
	Start, End int
	Text       string
	Places     []*Place
	// Demonym is set when the text is a demonym ("Afghan", "Pakistani"):
	// it names a country without saying that anything happened there.
	Demonym bool
	// Landmark is set when the name is part of a landmark's name ("Chagai
	// flour mill", "Quetta-Taftan highway"), or names a locality of the
	// town named after it ("Margat area in Bolan town"): the town named
	// beside it says where, as ACLED records it.
	Landmark bool
}

// Find returns the place names in text, left to right.
//
// A name counts only when written as a name: its first letter capitalised,
// and a name of one or two letters ("KP", "US") in capitals. The gazetteer
// leaves out names that are common words ("Police", "Most", "Khan").
func (g *Gazetteer) Find(text string) []Match { return g.FindIn(match.Cut(text)) }

// FindIn is Find over a text already cut into words (match.Cut), which the
// actor dictionary can share.
func (g *Gazetteer) FindIn(t *match.Text) []Match {
	text := t.String()
	hits := g.dict.FindIn(t)
	out := make([]Match, 0, len(hits))
	// One backing array holds the candidates of every match.
	n := 0
	for _, h := range hits {
		n += len(h.IDs)
	}
	backing := make([]*Place, 0, n)
	// Whether each hit is used as something else than a place, read once:
	// a name the text gives a person anywhere is that person's everywhere.
	var persons map[string]bool
	skips := make([]bool, len(hits))
	for k, h := range hits {
		if !writtenAsName(text[h.Start:h.End]) || g.hasKind(h.IDs, "country") {
			continue
		}
		skip, person := notAPlace(text, h.Start, h.End, g.hasKind(h.IDs, "admin1"), g.hasKind(h.IDs, "admin2"))
		skips[k] = skip
		if person {
			if persons == nil {
				persons = map[string]bool{}
			}
			persons[match.Fold(text[h.Start:h.End])] = true
		}
	}
	prevEnd := 0
	fromEnd := 0 // end of the last country skipped as where someone came from
	for k, h := range hits {
		s := text[h.Start:h.End]
		if !writtenAsName(s) {
			continue
		}
		// "BRA" or "TTP" in capitals is an acronym, not the town Bra: short
		// names in capitals count only when the gazetteer spells them so.
		// A dateline is written in capitals whatever the town's length:
		// "ZHOB:", "TANK:".
		if letterCount(s) <= 4 && isAcronym(s) && !g.acronyms[match.Fold(s)] && (letterCount(s) < 3 || !dateline(text, Match{Start: h.Start, End: h.End})) {
			continue
		}
		// A person's name or a word used otherwise is no place, though a
		// town somewhere bears it; a country's name is too well known to
		// be taken so. A name the text gives a person
		// stays that person's ("Elizabeth Warren ... than Warren, who")
		// unless a preposition of place puts it on the map.
		if skips[k] || persons[match.Fold(s)] && !g.hasKind(h.IDs, "country") && !locativeBefore(text, h.Start) {
			continue
		}
		first := len(backing)
		for _, id := range h.IDs {
			backing = append(backing, &g.places[id])
		}
		m := Match{Start: h.Start, End: h.End, Text: s, Places: backing[first:len(backing):len(backing)]}
		slices.SortStableFunc(m.Places, func(a, b *Place) int { return cmp.Compare(b.Population, a.Population) })
		// A country's name or demonym means the country, not a town abroad
		// that shares it (the Somali region of Ethiopia, a Mali in China).
		if countries := ofKind(m.Places, "country"); len(countries) > 0 && len(countries) < len(m.Places) {
			m.Places = countries
		}
		// Pakistani English also puts the unit first: "district Kharan",
		// "tehsil Mand". Then the unit of that name is meant, not the town.
		if kind, start := unitBefore(text, h.Start, prevEnd); kind != "" {
			if units := ofKind(m.Places, kind); len(units) > 0 {
				m.Places, m.Start, m.Text = units, start, text[start:m.End]
			}
		}
		// "the Afghan capital" names a country as the place of the event;
		// "Afghan forces" does not.
		m.Demonym = allCountries(m.Places) && g.demonyms[match.Fold(s)] && !followedBy(text, h.End, "capital")
		// A country's name used as a demonym says who as well: "US
		// personnel", "US troops".
		if allCountries(m.Places) && (nextWordIn(text, h.End, personWords) || nextWordIn(text, h.End, forceWords)) {
			m.Demonym = true
		}
		// "in the Afghan capital": the capital city itself.
		if len(m.Places) == 1 && m.Places[0].Kind == "country" && followedBy(text, h.End, "capital") {
			if c, ok := g.capitals[m.Places[0].ISO3]; ok {
				m.Places = []*Place{c}
			}
		}
		// Where people come from or where goods were made is not where
		// something happened: "Chinese engineers", "a Turkish suspect",
		// "US-made rifles". "Afghan forces" still counts, weakly.
		if allCountries(m.Places) && (m.Demonym && nextWordIn(text, m.End, personWords) || madeAfter(text, m.End)) {
			continue
		}
		// A firm named after a place ("the Medina Bus Company", "Kabul
		// Bank") says nothing of where anything happened. (A regional
		// newspaper's name, "The Shillong Times", is left as a place: it
		// most often names the region the news comes from.)
		if orgAfter(text, m.End) {
			continue
		}
		// "the Gulf of Oman", "the Bay of Bengal": a body of water, not
		// Papua New Guinea's Gulf Province; no country is named.
		if waterNames[match.Fold(s)] && followedBy(text, m.End, "of") || ofWater(text, m.Start) {
			continue
		}
		// The forces of a state that keeps troops abroad say whose they
		// are, not where they fought: "13 US troops were killed", "the US
		// military announced", "the French army said" report wars far from
		// home more often than not, and a place named beside them decides.
		if allCountries(m.Places) && servesAbroad(m.Places) && nextWordIn(text, m.End, abroadForceWords) {
			continue
		}
		// Nor is who fired: "Turkish shelling", "Israeli air strikes",
		// "Pakistani artillery" strike across a border as often as not.
		if allCountries(m.Places) && nextWordIn(text, m.End, fireWords) {
			continue
		}
		// Nor is whose a machine is: "shot down a US helicopter", "a
		// Russian warplane", "a US Chinook helicopter".
		if allCountries(m.Places) && ownedAfter(text, m.End) {
			continue
		}
		// Nor is where they came from ("aid workers from France"), a
		// border ("near the Syrian border", "the border with Mali": the
		// event is on the other side as often as not) or a country in a
		// group's name ("Islamic State of Iraq").
		if allCountries(m.Places) && (precededBy(text, m.Start, "from", "border with", "state of") ||
			nextWordIn(text, m.End, []string{"border", "borders", "frontier"})) {
			fromEnd = m.End
			continue
		}
		// The second of a pair says the same: "tourists from Sweden and
		// Austria".
		if allCountries(m.Places) && fromEnd > 0 && andBetween(text[fromEnd:m.Start]) {
			fromEnd = m.End
			continue
		}
		// A country glued to a word before or after it is part of a name
		// ("Khanaqa-e-Malawi mosque", "China-Pakistan Economic Corridor").
		if allCountries(m.Places) && (m.Start > 0 && text[m.Start-1] == '-' ||
			m.End+1 < len(text) && text[m.End] == '-' && isLetter(text[m.End+1])) {
			continue
		}
		// The head or the tail of a longer name the gazetteer lacks is
		// no place of its own: "Tal Abyad" is not Thal, "Ras al-Ain" not
		// Ras, "Mocimboa da Praia" not Praia.
		if !allCountries(m.Places) && (headOfArabicName(text, m) || tailOfName(text, m.Start) || articleName(text, m)) {
			continue
		}
		// "the 2011 Norway attacks", "the 2008 Mumbai attacks": the name
		// of an earlier event, recalled in passing.
		if yearBefore(text, m.Start) && nextWordIn(text, m.End, pastEventWords) {
			continue
		}
		// "a man from Yatta", "a resident of Turbat": where someone lives,
		// which decides only when no other place is named.
		// So are where someone serves ("a policeman posted in Quetta"),
		// where a journey was bound ("a bus bound for Karachi") and where
		// someone was taken from before the deed ("bodies of two men
		// abducted from Mastung were found in Kalat").
		m.Landmark = landmarkAfter(text, m.End) || homeOfPerson(text, m.Start) ||
			precededBy(text, m.Start, servedWords...) || precededBy(text, m.Start, boundWords...) || boundAfter(text, m.End) || takenEarlier(text, m.Start)
		out = append(out, m)
		prevEnd = m.End
	}
	for i := 1; i < len(out); i++ {
		if localityOf(text[out[i-1].End:out[i].Start]) && (holdsTowns(out[i].Places) || !anyWithin(out[i-1].Places, out[i].Places)) &&
			!townOfDistrict(text, out[i-1], out[i]) && !townOfTehsil(text, out[i-1], out[i]) {
			out[i-1].Landmark = true
		}
		// The two ends of a journey ("a coach travelling from Quetta to
		// Karachi was attacked near Khuzdar") say where it went, not where
		// it was hit: the place named beside them decides.
		if strings.TrimSpace(text[out[i-1].End:out[i].Start]) == "to" && precededBy(text, out[i-1].Start, "from") {
			out[i-1].Landmark, out[i].Landmark = true, true
		}
	}
	return out
}

// servedWords before a place say where someone serves or was sent, not
// where anything happened to them.
// Troops "deployed at" or "stationed at" a place are left out: reports of
// an attack on them name where they stood.
var servedWords = []string{"posted in", "posted to", "stationed in", "transferred to", "serving in"}

// boundWords before a place say where a journey was going.
var boundWords = []string{"bound for", "on its way to", "on their way to", "on his way to", "on her way to", "en route to", "heading for", "heading to", "headed for", "headed to", "travelling to", "traveling to", "destined for"}

// boundAfter reports whether the name ending at byte i of text is where a
// journey was going, written before the vehicle: "a Quetta-bound bus", "the
// Karachi bound coach".
func boundAfter(text string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(text[i:], "-"), " ")
	if len(rest) < 5 || !strings.EqualFold(rest[:5], "bound") {
		return false
	}
	return len(rest) == 5 || !isLetter(rest[5])
}

// takenVerbs before "from" say someone was taken away from a place.
var takenVerbs = []string{"abducted", "kidnapped", "picked up", "taken", "took", "whisked away", "dragged", "bundled", "went missing", "disappeared"}

// takenEarlier reports whether the place at byte i of text is where people
// were taken from, in a clause that describes them rather than reports the
// deed: "two men abducted from Mastung", "a student who was kidnapped from
// Turbat". "Two men were abducted from Mastung" reports the abduction
// itself, which happened there, and "militants abducted six workers from
// Awaran" names no verb just before "from".
func takenEarlier(text string, i int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, i-60):i], " "))
	rest, ok := strings.CutSuffix(before, " from")
	if !ok {
		return false
	}
	for _, v := range takenVerbs {
		head, ok := strings.CutSuffix(rest, " "+v)
		if !ok {
			continue
		}
		head = strings.TrimRight(head, " ,")
		w := head[strings.LastIndexByte(head, ' ')+1:]
		// "was earlier kidnapped", "were allegedly abducted".
		if w == "earlier" || w == "also" || w == "later" || strings.HasSuffix(w, "ly") {
			head = strings.TrimRight(strings.TrimSuffix(head, w), " ")
			w = head[strings.LastIndexByte(head, ' ')+1:]
		}
		switch w {
		case "was", "were", "been", "being", "be", "is", "are", "got", "get":
			// Reported in a relative clause, the deed lies in the past of
			// the one reported: "who were kidnapped from Turbat".
			head = strings.TrimRight(strings.TrimSuffix(head, w), " ")
			for _, aux := range []string{"had", "have", "has"} {
				head = strings.TrimRight(strings.TrimSuffix(head, " "+aux), " ")
			}
			prev := head[strings.LastIndexByte(head, ' ')+1:]
			return prev == "who" || prev == "that"
		case "had", "have", "has", "they", "he", "she", "who", "militants", "gunmen", "kidnappers", "abductors", "police", "forces":
			// "Gunmen abducted from the market ..." is the deed's own report.
			return false
		}
		return w != ""
	}
	return false
}

// hasKind reports whether one of the places ids names is of kind.
func (g *Gazetteer) hasKind(ids []int32, kind string) bool {
	for _, id := range ids {
		if g.places[id].Kind == kind {
			return true
		}
	}
	return false
}

// andBetween reports whether the text between two names joins them as a
// pair: "and", "or" or a comma.
func andBetween(between string) bool {
	switch strings.TrimSpace(between) {
	case "and", "or", ",", ", and":
		return true
	}
	return false
}

// localityOf reports whether the words between two names make the first a
// locality of the second: "X area of Y", "X areas in the Y", "X village of
// Y".
func localityOf(between string) bool {
	// The text between two names is often a paragraph: count its words
	// before lower-casing and splitting it, as only two or three qualify.
	if !atMostFields(between, 3) {
		return false
	}
	w := strings.Fields(strings.ToLower(between))
	if len(w) == 3 && w[2] == "the" {
		w = w[:2]
	}
	return len(w) == 2 && (w[0] == "area" || w[0] == "areas" || w[0] == "locality" || w[0] == "village") && (w[1] == "of" || w[1] == "in")
}

// townOfDistrict reports whether place, named as "X area of Y", is a town
// with a point of its own in the district that unit names, where Y is both
// a district and its seat town: "the Pir Koh area of Dera Bugti" is Pir
// Koh, in Dera Bugti district, as ACLED codes it, not a locality of Dera
// Bugti town. Y written as the town ("Margat area in Bolan town", "the
// Buleda area of Turbat city") keeps it the town, and a locality the
// gazetteer places only at its district's seat ("the Hazarganji area of
// Quetta") is one of the town's.
func townOfDistrict(text string, place, unit Match) bool {
	if nextWordIn(text, unit.End, []string{"town", "city"}) {
		return false
	}
	for _, u := range unit.Places {
		if u.Kind != "admin2" {
			continue
		}
		for _, p := range place.Places {
			if p.Position < PosDistrict && specificity(p.Kind) >= specificity("admin3") && contains(u, p) >= 2 {
				return true
			}
		}
	}
	return false
}

// townOfTehsil reports whether place, named as "X area of Y tehsil", is a
// town with a point of its own in the district of the tehsil Y: ACLED codes
// the locality the note names, and the tehsil only places it ("Gajar area
// of Mashkai tehsil" is Gajar, "Zamuran area of Buleda tehsil" Zamuran). A
// locality the gazetteer places only at its district's seat ("Gwargo area
// of Parome tehsil") stays a locality of the tehsil, whose point is nearer.
func townOfTehsil(text string, place, unit Match) bool {
	if !nextWordIn(text, unit.End, []string{"tehsil"}) {
		return false
	}
	for _, u := range unit.Places {
		for _, p := range place.Places {
			if p != u && p.Position < PosDistrict && specificity(p.Kind) >= specificity("admin3") &&
				p.ISO3 == u.ISO3 && p.Admin1 == u.Admin1 && p.Admin2 == u.Admin2 {
				return true
			}
		}
	}
	return false
}

// anyWithin reports whether one of ps lies in one of the units: "Sami area
// in Kech district" names a Sami of Kech, "Gomal village of Tank District"
// no Gomal of Tank (the gazetteer knows only an Afghan district of that
// name), which is then a locality the gazetteer does not know.
func anyWithin(ps, units []*Place) bool {
	for _, p := range ps {
		for _, u := range units {
			if contains(u, p) >= 2 {
				return true
			}
		}
	}
	return false
}

// atMostFields reports whether s has at most n fields as strings.Fields
// cuts them, without cutting them.
func atMostFields(s string, n int) bool {
	fields, inField := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			if fields++; fields > n {
				return false
			}
			inField = true
		}
	}
	return true
}

// holdsTowns reports whether any of ps is a town or a tehsil, not a
// district, province or country: "Sami area in Kech district" keeps Sami.
func holdsTowns(ps []*Place) bool {
	for _, p := range ps {
		if specificity(p.Kind) >= specificity("admin3") {
			return true
		}
	}
	return false
}

// unitBefore looks for the word of a unit just before byte i of text
// ("district " for a district, "tehsil " for a tehsil) and returns the kind
// of place it names and where the word starts, or "" when there is none.
// The word must lie at or after byte from, the end of the previous match.
func unitBefore(text string, i, from int) (kind string, start int) {
	for _, u := range []struct{ word, kind string }{{"district ", "admin2"}, {"tehsil ", "admin3"}} {
		start = i - len(u.word)
		if start >= from && strings.EqualFold(text[start:i], u.word) && (start == 0 || !isLetter(text[start-1])) {
			return u.kind, start
		}
	}
	return "", 0
}

// ofKind returns the places of one kind.
func ofKind(ps []*Place, kind string) []*Place {
	var out []*Place
	for _, p := range ps {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// followedBy reports whether the word after byte i of text is word.
// waterNames are the words a body of water is named by with "of" after
// them.
var waterNames = map[string]bool{"gulf": true, "bay": true, "sea": true, "strait": true, "straits": true}

// ofWater reports a name told as a body of water's ("the Gulf of Oman",
// "the Bay of Bengal"): a ship there may be off any shore.
func ofWater(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	if len(before) < 3 || !strings.EqualFold(before[len(before)-3:], " of") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-3], " ")
	i := strings.LastIndexByte(before, ' ')
	return waterNames[strings.ToLower(before[i+1:])]
}

func followedBy(text string, i int, word string) bool {
	rest := strings.TrimLeft(text[i:], " ")
	return len(rest) >= len(word) && strings.EqualFold(rest[:len(word)], word) &&
		(len(rest) == len(word) || !isLetter(rest[len(word)]))
}

func allCountries(ps []*Place) bool {
	for _, p := range ps {
		if p.Kind != "country" {
			return false
		}
	}
	return true
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// writtenAsName reports whether s is capitalised as a name: its first letter
// is not lower case, and a one- or two-letter name is all capitals.
func writtenAsName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return false
	}
	letters, upper := 0, true
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			upper = upper && !unicode.IsLower(r)
		}
	}
	return letters > 2 || upper
}

// homeOfPerson reports whether the name at byte i of text says where a
// person comes from or lives: "a man from Yatta", "residents of Kech",
// "a native of Swat".
func homeOfPerson(text string, i int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, i-40):i], " "))
	var rest string
	switch {
	case strings.HasSuffix(before, " from"):
		rest = strings.TrimSuffix(before, " from")
	case strings.HasSuffix(before, " of"):
		rest = strings.TrimSuffix(before, " of")
		w := rest[strings.LastIndexByte(rest, ' ')+1:]
		return w == "resident" || w == "residents" || w == "native" || w == "natives"
	default:
		return false
	}
	// Only words that describe a person by home: "workers from Awaran"
	// are as often taken from there ("abducted six workers from Awaran").
	// A person named by trade or service is described by home too ("a
	// labourer from Multan", "a soldier from Swat"). Either is taken from
	// there, not described, when the clause says so ("abducted a teacher
	// from Gichk", "BLF militants abducted a man from Hoshab").
	w := rest[strings.LastIndexByte(rest, ' ')+1:]
	switch w {
	case "hailing", "hails", "resident", "native":
		return true
	case "man", "woman", "boy", "girl", "youth":
	default:
		if !personByTrade(w) {
			return false
		}
	}
	for _, v := range takenVerbs {
		if strings.Contains(rest, v) {
			return false
		}
	}
	return true
}

// personByTrade reports whether w names a person by trade or service.
// Workers are left out: "workers from Awaran" are as often taken from there
// by a verb far before them.
func personByTrade(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "labourer", "laborer", "soldier", "policeman", "constable", "officer", "trader", "shopkeeper",
		"driver", "teacher", "student", "journalist", "doctor", "farmer", "cleric", "sepoy", "pilgrim", "passenger":
		return true
	}
	return w == "policemen"
}

// forceWords after a country's name make it a demonym: "US troops".
var forceWords = []string{"military", "troops", "personnel", "forces", "soldiers", "servicemen", "service"}

// abroadForceWords after the name or demonym of a state that keeps troops
// abroad name its forces or their command.
var abroadForceWords = append([]string{"army", "navy", "marine", "marines", "airmen", "defence", "defense",
	"ministry", "commander", "commanders", "command", "officials", "official", "drone", "air"}, forceWords...)

// fireWords after a country's name or demonym say who fired.
var fireWords = []string{"shelling", "shells", "strike", "strikes", "airstrike", "airstrikes", "air-strike",
	"air-strikes", "bombardment", "bombardments", "artillery", "rocket", "rockets", "warplanes", "jets", "gunfire", "fire"}

// expeditionary holds the states whose forces serve in wars abroad more
// often than at home (ISO3): their troops' nationality says nothing of
// where a fight was. The forces of other states mostly fight at home, and
// "Afghan forces" still says Afghanistan, weakly.
var expeditionary = map[string]bool{"USA": true, "GBR": true, "FRA": true, "RUS": true}

// servesAbroad reports whether ps name only states that keep troops abroad.
func servesAbroad(ps []*Place) bool {
	for _, p := range ps {
		if !expeditionary[p.ISO3] {
			return false
		}
	}
	return len(ps) > 0
}

// pastEventWords after "<year> <place>" make it the name of an earlier
// event.
var pastEventWords = []string{"attack", "attacks", "bombing", "bombings", "massacre", "shooting",
	"shootings", "riots", "siege", "blast", "blasts"}

// yearBefore reports whether the word just before byte i of text is a year
// ("2011 ", "2011's ").
func yearBefore(text string, i int) bool {
	before := strings.TrimSuffix(strings.TrimRight(text[max(0, i-8):i], " "), "'s")
	if len(before) < 4 {
		return false
	}
	y := before[len(before)-4:]
	if len(before) > 4 && isDigitOrLetter(before[len(before)-5]) {
		return false
	}
	return (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9'
}

func isDigitOrLetter(c byte) bool { return c >= '0' && c <= '9' || isLetter(c) }

// personWords after a demonym name people by nationality, not a place.
var personWords = []string{"engineer", "engineers", "worker", "workers", "national", "nationals",
	"citizen", "citizens", "tourist", "tourists", "man", "men", "woman", "women", "boy", "girl",
	"suspect", "suspects", "asylum", "refugee", "refugees", "migrant", "migrants", "immigrant",
	"immigrants", "student", "students", "journalist", "journalists", "diplomat", "diplomats",
	"expatriate", "expatriates", "pilgrim", "pilgrims", "traveller", "travellers", "visitor",
	"visitors", "passport", "origin", "descent", "born", "staff", "employee", "employees",
	"doctor", "doctors", "teacher", "teachers", "engineers'", "workers'"}

// orgWords, capitalised after a place's name, name a firm.
var orgWords = []string{"Company", "Corporation", "Bank", "Airlines", "Airways", "Inc", "Ltd", "Limited"}

// orgAfter reports whether the name ending at byte i of text opens the name
// of a firm: an orgWord follows it, or another capitalised
// word and then one ("Medina Bus Company").
func orgAfter(text string, i int) bool {
	w, start, ok := wordAfter(text, i)
	if !ok || !titleCase(w) && !slices.Contains(orgWords, w) {
		return false
	}
	if slices.Contains(orgWords, w) {
		return true
	}
	w2, _, ok := wordAfter(text, start+len(w))
	return ok && slices.Contains(orgWords, w2)
}

// ownedWords after a country's name make it the owner of a machine.
var ownedWords = []string{"helicopter", "helicopters", "chopper", "choppers", "drone", "drones", "aircraft",
	"jet", "jets", "warplane", "warplanes", "plane", "planes", "airliner", "warship", "warships", "ship",
	"ships", "vessel", "vessels", "tanker", "submarine", "missile", "missiles", "satellite", "vehicle", "vehicles"}

// ownedAfter reports whether the words after byte i of text name a machine
// of that country's: the next word, or the one after a model's name ("US
// Chinook helicopter").
func ownedAfter(text string, i int) bool {
	if nextWordIn(text, i, ownedWords) {
		return true
	}
	w, start, ok := wordAfter(text, i)
	return ok && titleCase(w) && nextWordIn(text, start+len(w), ownedWords)
}

// landmarkWords after a place name make it part of a landmark's name.
var landmarkWords = []string{"memorial", "monument", "cathedral", "church", "square", "avenue", "boulevard", "tower",
	"park", "museum", "cemetery", "street", "zoo", "gardens", "mill", "mills", "flour", "factory", "road", "highway", "motorway",
	"bypass", "bridge", "bazaar", "chowk", "hospital", "university", "college", "school",
	"mosque", "stadium", "hotel", "company", "club", "cantonment", "airport", "port", "plaza",
	"checkpost", "checkpoint", "post", "press", "embassy", "consulate", "railway", "station", "express", "train",
	"colony", "scheme", "mine", "mines", "coal", "cement", "power", "gas", "project", "complex"}

// venueWords after a place name and one more name make the place part of
// a venue's name ("the Mandalay Bay hotel"); a police station or a
// district hospital stands in the town that names it ("Ghaghra Police
// Station"), so they are not among them.
var venueWords = []string{"hotel", "casino", "resort", "mall", "nightclub"}

// nextWordIn reports whether the word after byte i of text, lower-cased,
// is one of words.
func nextWordIn(text string, i int, words []string) bool {
	rest := strings.TrimLeft(text[i:], " ")
	j := 0
	for j < len(rest) && (isLetter(rest[j]) || rest[j] == '\'') {
		j++
	}
	if j == 0 {
		return false
	}
	w := strings.ToLower(rest[:j])
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// madeAfter reports whether the text after byte i says where something was
// made: "US-made", "Chinese-built", "American made".
func madeAfter(text string, i int) bool {
	rest := strings.ToLower(text[i:min(len(text), i+16)])
	rest = strings.TrimLeft(rest, " -")
	for _, w := range []string{"made", "built", "manufactured", "supplied", "produced", "origin"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isLetter(rest[len(w)])) {
			return true
		}
	}
	return false
}

// landmarkAfter reports whether the name ending at byte i of text is part
// of a landmark's name: a landmark word follows it ("Chagai flour mill"),
// or another name and then one ("Quetta-Taftan highway", "Kohlu-Kahan
// road", "the Mandalay Bay hotel": a hotel named after a city abroad
// stands in the city named beside it).
func landmarkAfter(text string, i int) bool {
	// A town's bazaar, written in lower case, is in the town: "in Tump
	// bazaar" is Tump. A market's own name ("Khyber Bazaar", "Raja
	// Bazaar") is written with a capital and stands where the text says.
	if rest := strings.TrimLeft(text[i:], " "); strings.HasPrefix(rest, "bazaar") && (len(rest) == len("bazaar") || !isLetter(rest[len("bazaar")])) {
		return false
	}
	if nextWordIn(text, i, landmarkWords) {
		return true
	}
	if w, start, ok := wordAfter(text, i); ok && titleCase(w) && nextWordIn(text, start+len(w), venueWords) {
		return true
	}
	if i < len(text) && text[i] == '-' {
		j := i + 1
		for j < len(text) && (isLetter(text[j]) || text[j] == '.') {
			j++
		}
		return j > i+1 && nextWordIn(text, j, landmarkWords)
	}
	return false
}

// precededBy reports whether one of phrases (lower case) ends just before
// byte i of text, after an optional "the".
func precededBy(text string, i int, phrases ...string) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, i-24):i], " "))
	before = strings.TrimSuffix(before, " the")
	for _, p := range phrases {
		if strings.HasSuffix(before, p) && (len(before) == len(p) || !isLetter(before[len(before)-len(p)-1])) {
			return true
		}
	}
	return false
}

// arabicHeads open Arabic place names: "Tal Abyad" (hill), "Ras al-Ain"
// (cape), "Bir al-Abd" (well), "Umm Qasr".
var arabicHeads = []string{"tal", "tall", "tell", "ras", "bir", "ain", "ayn", "umm", "abu", "jabal", "jebel", "wadi", "kafr", "beit", "bayt", "deir", "dayr"}

// headOfArabicName reports whether match m is only the head word of an
// Arabic place name: the word is one of arabicHeads and a name or an
// article follows it ("Tal Abyad", "Ras al-Ain").
func headOfArabicName(text string, m Match) bool {
	if !slices.Contains(arabicHeads, strings.ToLower(m.Text)) {
		return false
	}
	if m.End < len(text) && text[m.End] == '-' {
		return true
	}
	w, _, ok := wordAfter(text, m.End)
	return ok && (titleCase(w) || w == "al" || w == "el" || w == "as" || w == "ad" || w == "ar")
}

// articleName reports whether match m is a part of a longer Spanish name
// the gazetteer lacks, opened by a plural article: "Las Navas" is neither
// the town "Las" nor the town "Navas" abroad.
func articleName(text string, m Match) bool {
	if m.Text == "Las" || m.Text == "Los" {
		w, _, ok := wordAfter(text, m.End)
		return ok && titleCase(w)
	}
	if m.Start < 4 || m.Start > 4 && isLetter(text[m.Start-5]) {
		return false
	}
	before := text[m.Start-4 : m.Start]
	return before == "Las " || before == "Los "
}

// tailOfName reports whether the name at byte i of text ends a longer name
// joined by a Romance particle, "Mocimboa da Praia", "San Jose del Monte":
// a capitalised word and "da", "de", "do", "del", "dos" or "das" come just
// before it.
func tailOfName(text string, i int) bool {
	before := strings.TrimRight(text[max(0, i-40):i], " ")
	k := strings.LastIndexByte(before, ' ')
	if k < 0 {
		return false
	}
	switch before[k+1:] {
	case "da", "de", "do", "del", "dos", "das":
	default:
		return false
	}
	prev := strings.TrimRight(before[:k], " ")
	w := prev[strings.LastIndexByte(prev, ' ')+1:]
	return titleCase(w)
}
