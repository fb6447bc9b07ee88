package places

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Location is where an event happened, as Resolve decides it.
type Location struct {
	Country, ISO3, Admin1, Admin2, Admin3, Name string
	Lat, Lon                                    float64
	// GeoPrecision follows ACLED: 1 the town itself, 2 near a town or a
	// sub-district, 3 a district or province.
	GeoPrecision int
	// Start and End are the byte span of the name that decided it.
	Start, End int
	// Demonym is set when only a demonym decided ("Afghan forces"): weak
	// evidence of where the event happened, which a caller with a better
	// fallback (the story's own place) may prefer to ignore.
	Demonym bool
}

// specificity ranks kinds from a country (0) to a town (4).
func specificity(kind string) int {
	switch kind {
	case "country":
		return 0
	case "admin1":
		return 1
	case "admin2":
		return 2
	case "admin3":
		return 3
	}
	return 4
}

// contains reports whether place q, named elsewhere in the text, is a unit
// that holds p, and how strongly that supports p: a province or district
// named beside a town ("Turbat, Kech district") is strong evidence, a country
// weak.
func contains(q, p *Place) int {
	if q.ISO3 != p.ISO3 || q == p {
		return 0
	}
	sq, sp := specificity(q.Kind), specificity(p.Kind)
	if sq >= sp {
		return 0
	}
	switch q.Kind {
	case "country":
		return 1
	case "admin1":
		if q.Admin1 == p.Admin1 {
			return 2
		}
	case "admin2":
		if q.Admin2 == p.Admin2 && q.Admin1 == p.Admin1 {
			return 2
		}
	case "admin3":
		if q.Admin3 == p.Admin3 && q.Admin2 == p.Admin2 {
			return 2
		}
	}
	return 0
}

// contradicts reports whether match m names only districts of p's country
// and none of them is or holds p, as "Quetta district" contradicts a Dasht
// in Kech, or "Khunti District" the district of Ranchi: the text has said
// which district it means.
func contradicts(m Match, p *Place) bool {
	// A town whose district the gazetteer does not know (GeoNames leaves
	// some without) cannot be contradicted by one.
	if specificity(p.Kind) < specificity("admin2") || p.Admin2 == "" {
		return false
	}
	n := 0
	for _, q := range m.Places {
		if q.ISO3 != p.ISO3 {
			continue
		}
		if q.Kind != "admin2" || q == p {
			return false
		}
		n++
	}
	return n > 0
}

// bracketedDistrict reports whether match m is written as the district
// in brackets that follows a place in ACLED's notes and the press that
// copies them: "(Mastung, Balochistan)", "(Zhob)". Such a name is the
// district even when a town shares it.
func bracketedDistrict(text string, m Match) bool {
	if !strings.HasSuffix(strings.TrimRight(text[:m.Start], " "), "(") {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " ")
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, ")") {
		return false
	}
	return slices.ContainsFunc(m.Places, func(q *Place) bool { return q.Kind == "admin2" })
}

// districtElsewhere reports whether match m has a district of p's country
// among its readings and none of them holds p: with the name written as
// the event's district, its town reading does not save p from the
// contradiction ("Dasht area (Mastung, Balochistan)" is not Kech's Dasht).
func districtElsewhere(m Match, p *Place) bool {
	if specificity(p.Kind) < specificity("admin2") || p.Admin2 == "" {
		return false
	}
	found := false
	for _, q := range m.Places {
		if q == p {
			return false
		}
		if q.ISO3 != p.ISO3 || q.Kind != "admin2" {
			continue
		}
		if q.Admin2 == p.Admin2 && q.Admin1 == p.Admin1 {
			return false
		}
		found = true
	}
	return found
}

// seatKm is how near a town must lie to a district's point (its
// headquarters) to stand for the district.
const seatKm = 5

// seatOf reports whether town p is the seat of a district that match m
// names: in it and at its point ("Mastung" the town for Mastung the
// district, "Turbat" for Kech).
func seatOf(m Match, p *Place) bool {
	for _, q := range m.Places {
		if q.Kind == "admin2" && q.ISO3 == p.ISO3 && q.Admin1 == p.Admin1 && q.Admin2 == p.Admin2 &&
			vigil.DistanceKm(q.Lat, q.Lon, p.Lat, p.Lon) <= seatKm {
			return true
		}
	}
	return false
}

// borrowsPointOf reports whether place a stands only at its district's
// point and town b, of the same district, is what stands there.
func borrowsPointOf(a, b *Place) bool {
	return a.Position == PosDistrict && b.Position < PosDistrict && specificity(b.Kind) == specificity("town") &&
		a.ISO3 == b.ISO3 && a.Admin1 == b.Admin1 && a.Admin2 == b.Admin2 && vigil.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= seatKm
}

// greatCity is the population from which a city's district seat holds
// the localities the gazetteer stands at its point as its neighbourhoods
// (Quetta's Hazara Town, Nawa Killi, Satellite Town), which ACLED codes as
// the city. A smaller seat's localities are as often towns of their own
// whose point the gazetteer lacks ("Banda Daud Shah, Karak").
const greatCity = 500000

// neighbourhoodOf reports whether place a, standing only at its
// district's point, is a neighbourhood of city b, that point's great city.
func neighbourhoodOf(a, b *Place) bool {
	return b.Kind == "city" && b.Population >= greatCity && borrowsPointOf(a, b)
}

// inCity reports whether the words between a neighbourhood's name and the
// next name put the first in the second: "in", or a place of the
// neighbourhood written in lower case and then "in" ("police station in",
// "graveyard in"), at most four words.
func inCity(between string) bool {
	if len(between) > len(" police station area in ") {
		return false
	}
	w := strings.Fields(between)
	if len(w) == 0 || len(w) > 4 || w[len(w)-1] != "in" {
		return false
	}
	for _, x := range w[:len(w)-1] {
		for i := 0; i < len(x); i++ {
			if x[i] < 'a' || x[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// nextDoorKm is how far from a district's headquarters a town of another
// district may lie and still be read as the town a note names with that
// district: Balochistan's districts run 100-150 km from their seat to
// their edge.
const nextDoorKm = 150

// nextDoor reports whether unit, a district named right after town m as
// the unit that holds it ("Balgatar town (Kech district", "Shahrag town,
// Sibi"), is only the neighbour of the district p, m's reading, lies in:
// p has a point of its own, lies nearer its own district's headquarters
// than the named district's, and within nextDoorKm of the latter. ACLED
// codes the district the point lies in, whatever district the note names
// (Balgatar is Panjgur's, Shahrag Harnai's); a namesake far away ("Dasht
// area (Mastung)" is not Kech's Dasht) or a town nearer the named
// district's seat than its own ("Kolwa (Awaran)") stays contradicted.
func (g *Gazetteer) nextDoor(text string, m, unit Match, p *Place) bool {
	if p.Position >= PosDistrict || specificity(p.Kind) < specificity("admin3") || unit.Start < m.End || !holderWords(text[m.End:unit.Start]) {
		return false
	}
	own := g.seats[districtKey{p.ISO3, p.Admin1, p.Admin2}]
	if own == nil {
		return false
	}
	ownKm := vigil.DistanceKm(own.Lat, own.Lon, p.Lat, p.Lon)
	n := 0
	for _, q := range unit.Places {
		if q.ISO3 != p.ISO3 {
			continue
		}
		if q.Kind != "admin2" || q.Admin1 != p.Admin1 {
			return false
		}
		if km := vigil.DistanceKm(q.Lat, q.Lon, p.Lat, p.Lon); km > nextDoorKm || km <= ownKm {
			return false
		}
		n++
	}
	return n > 0
}

// holderWords reports whether the words between a town and the next name
// make that name the unit holding the town, as a note writes it: "(",
// "town (", "area, ", "city in ".
func holderWords(between string) bool {
	w := strings.Fields(strings.ToLower(strings.NewReplacer("(", " ( ", ",", " , ").Replace(between)))
	if len(w) > 0 {
		switch w[0] {
		case "town", "city", "area", "village", "tehsil", "bazaar", "valley":
			w = w[1:]
		}
	}
	return len(w) == 1 && (w[0] == "(" || w[0] == "," || w[0] == "in")
}

// foreign reports whether match m names a district, written as one, and
// only places of another country than p's: "Hajin in Bandipora District" is not the Syrian town Hajin, nor
// "Boden in Nuapada District" the Swedish one. A namesake abroad is less
// likely than one in another district of the same country, so this weighs
// more than contradicts. Districts of two countries named in one text
// weigh against each other alike, and the rest of Resolve decides.
func foreign(m Match, p *Place) bool {
	if !namedAsUnit(m.Text) {
		return false
	}
	district := false
	for _, q := range m.Places {
		if q.ISO3 == p.ISO3 {
			return false
		}
		district = district || q.Kind == "admin2"
	}
	return district
}

// provinceAbroad reports whether match m, a name of small town p, is
// placed by the next match, unit, in a province or state of another
// country, written with its unit word: in "the village of Madrid in Sulu
// province" or "Madrid village, Sulu province" the village is one of Sulu
// that the gazetteer lacks, not the namesake abroad, and the province
// decides. Only a province that qualifies the name right after it counts:
// "Chitral, near Afghanistan's Kunar province" keeps Chitral. A city is news
// enough to be meant even so, and a town of the story's own country is left
// to the rest of Resolve (the caller asks only without the hint's support).
func provinceAbroad(text string, m, unit Match, p *Place) bool {
	if unit.Demonym || unit.Landmark || unit.Start < m.End || specificity(p.Kind) <= specificity("admin1") || p.Population >= smallPlace {
		return false
	}
	if !qualifies(text[m.End:unit.Start]) {
		return false
	}
	// A country's name needs no unit word: "Victoria village in northern
	// Nigeria".
	country := allCountries(unit.Places)
	if !country && !nextWordIn(text, unit.End, provinceWords) && !endsWithWord(unit.Text, provinceWords) {
		return false
	}
	isUnit := false
	for _, q := range unit.Places {
		if q.ISO3 == p.ISO3 {
			return false
		}
		isUnit = isUnit || q.Kind == "admin1" || q.Kind == "admin2" || q.Kind == "country"
	}
	return isUnit
}

// qualifies reports whether the words between a town's name and the next
// name make the second the unit that holds the first: "in", ",", "village
// in", "town,".
func qualifies(between string) bool {
	if !atMostFields(between, 3) {
		return false
	}
	w := strings.Fields(strings.ToLower(strings.ReplaceAll(between, ",", " , ")))
	if len(w) > 0 && (w[0] == "village" || w[0] == "town" || w[0] == "area" || w[0] == "district") {
		w = w[1:]
	}
	if len(w) > 0 && w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	// "in northern Nigeria", "in north-east Nigeria".
	if len(w) == 2 && w[0] == "in" && bearing(w[1]) {
		w = w[:1]
	}
	return len(w) == 1 && (w[0] == "in" || w[0] == "," || w[0] == "of")
}

// endsWithWord reports whether name's last word, lower-cased, is one of
// words ("Borno State").
func endsWithWord(name string, words []string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return slices.Contains(words, last)
}

// provinceWords after a name write it as a province or a state.
var provinceWords = []string{"province", "state", "region", "governorate", "prefecture", "department", "oblast"}

// namedAsUnit reports whether a name is written with its unit, "Orakzai
// Agency", "Bandipora District", "district Kharan": a bare name may be a
// person's ("Arjun Singh Kharwar").
func namedAsUnit(name string) bool {
	// Resolve asks this for every pair of names: compare in place rather
	// than lower-case a copy.
	for _, u := range [...]string{" district", " agency"} {
		if len(name) >= len(u) && strings.EqualFold(name[len(name)-len(u):], u) {
			return true
		}
	}
	const pre = "district "
	return len(name) >= len(pre) && strings.EqualFold(name[:len(pre)], pre)
}

// candidate is one reading of one match, with what Resolve weighs.
type candidate struct {
	p    *Place
	m    int // index of the match
	hint bool
	// support sums what the other names say of p: +2 for each naming its
	// province or district, -2 once when others name other districts of
	// its country, -3 once when others name only districts abroad; country
	// counts apart, as weaker evidence.
	support, countrySupport int
	// offGround is set for a reading of an ambiguous name outside the
	// regions of the text's armed groups when another reading lies inside;
	// groundCountry for a place in a country where they operate.
	offGround, groundCountry bool
	// dateline is set for the name of the story's dateline ("BAMAKO
	// (AFP) -"): where it was filed, not always where it happened.
	dateline bool
	// usage is set for a place in the country whose press's words the
	// text uses ("jawan").
	usage bool
	// homeDistrict is set for a reading in Pakistan or Afghanistan of a
	// name that is also one of their districts ("Hangu").
	homeDistrict bool
}

// homeCountries are the countries vigil is built for. A name that is one of
// their districts means the district, or its town, over a namesake abroad
// that nothing else in the text prefers: "a police post in Hangu" is in
// Khyber Pakhtunkhwa, not Tianjin.
var homeCountries = map[string]bool{"PAK": true, "AFG": true}

// Resolve picks the event's location from the place names found in the
// text of an event (matches, as Find returns them for text): the most
// specific place that the other names agree with. A place whose district or
// province is also named wins ("Turbat, Kech", "Kech, Balochistan"), and one
// in another district than the one named loses; then a place in
// hintCountry, the country of the story (a name or ISO3, may be empty); then
// a place the body names over the dateline's town ("BAGHDAD (Reuters) -
// ... in Kirkuk province"); then
// a place whose country is named; then the most specific kind, the earliest
// mention and the larger population. Names of landmarks and localities
// (Match.Landmark) decide only when no other name does, and demonyms only
// when nothing else is named. ok is false when no match names a place, or
// when the only place named is a small town abroad that nothing supports in
// a story set in hintCountry (a local name the gazetteer lacks).
func (g *Gazetteer) Resolve(text string, matches []Match, hintCountry string) (Location, bool) {
	return g.ResolveIn(ReadText(text), matches, hintCountry, nil)
}

// Text is a text the resolver reads place names in, with what it reads
// once from the whole of it: the country whose press's words it uses. A
// caller resolving the names of many events of one long text reads it
// once (ReadText) and resolves in it (ResolveIn), rather than have each
// call scan the whole text again.
type Text struct {
	text  string
	usage string
}

// ReadText reads text for ResolveIn.
func ReadText(text string) Text {
	return Text{text: text, usage: usageCountry(text)}
}

// Region is a country (Admin1 empty), a province or state of it, or one
// district of that (Admin2 set), where an armed group the text names
// operates. Country is a country's name or ISO3 code.
type Region struct {
	Country, Admin1, Admin2 string
}

// ResolveWith is Resolve with the regions where the text's armed groups
// operate: what an analyst knows of who fights where. They decide only
// what the text leaves open. Among the readings of one ambiguous name,
// those inside the regions win over those outside ("Bijapur District" with
// Maoists is Chhattisgarh's, not Karnataka's), after the names the text
// gives ("Bijapur, Karnataka" stays in Karnataka) and the story's country.
// A small town named bare, whose every reading lies outside the regions in
// a country where the groups operate, is taken for a local name the
// gazetteer lacks and left out ("Lalgarh" with Maoists is not the Punjab
// town of that alias). And a place in a country where the groups operate
// wins over a namesake abroad when nothing else tells them apart.
func (g *Gazetteer) ResolveWith(text string, matches []Match, hintCountry string, regions []Region) (Location, bool) {
	return g.ResolveIn(ReadText(text), matches, hintCountry, regions)
}

// ResolveIn is ResolveWith in a text read once by ReadText.
func (g *Gazetteer) ResolveIn(t Text, matches []Match, hintCountry string, regions []Region) (Location, bool) {
	text, usage := t.text, t.usage
	hint := ""
	if hintCountry != "" {
		if c, ok := g.Country(hintCountry); ok {
			hint = c.ISO3
		} else {
			hint = strings.ToUpper(hintCountry)
		}
	}
	ops := g.operators(regions)
	// What each name may mean as support for another: a name whose
	// readings include one on the groups' ground means that one, so that
	// "Bijapur valley of Bijapur District" does not read the second as
	// Karnataka's district to hold the first as Karnataka's town.
	var readings [][]*Place
	if len(ops.regions) > 0 {
		readings = make([][]*Place, len(matches))
		for j, m := range matches {
			readings[j] = ops.plausible(m.Places)
		}
	}
	// Which names are written as the district in brackets after a place,
	// as ACLED's notes give it ("Dasht area (Mastung, Balochistan)"): that
	// names the district of the event even when a town shares its name.
	noted := make([]bool, len(matches))
	for j, m := range matches {
		noted[j] = bracketedDistrict(text, m)
	}
	var cands []candidate
	// Plain names first, then names of landmarks ("Chagai flour mill"),
	// then demonyms: each only when the one before found nothing, or,
	// for landmarks, when the plain names are only provinces: a landmark
	// named after a town of the province, the province written right
	// after it ("at the Quetta railway station (Balochistan)", as ACLED's
	// notes write it), is where it happened, and the province only says
	// where the town lies.
	// Provinces holds the count of those province candidates, which a
	// landmark's place must lie in.
	for pass := 0; pass < 3; pass++ {
		if len(cands) > 0 && (pass != 1 || !onlyProvinces(cands)) {
			break
		}
		provinces := len(cands)
		for i, m := range matches {
			if matchPass(m) != pass {
				continue
			}
			isDateline := dateline(text, m)
			homeDistrict := map[string]bool{}
			for _, p := range m.Places {
				if p.Kind == "admin2" && homeCountries[p.ISO3] {
					homeDistrict[p.ISO3] = true
				}
			}
			for _, p := range m.Places {
				if provinces > 0 && !slices.ContainsFunc(cands[:provinces], func(c candidate) bool {
					return contains(c.p, p) == 2 && placedAfter(text, m, matches[c.m])
				}) {
					continue
				}
				c := candidate{p: p, m: i, hint: hint != "" && p.ISO3 == hint, dateline: isDateline, usage: usage != "" && p.ISO3 == usage,
					homeDistrict: homeDistrict[p.ISO3]}
				// Other districts named count against p once, however
				// many: a story listing the districts under curfew
				// contradicts each of their towns as often.
				contradicted, abroad := false, false
				// A name written as the district in brackets is the
				// district, not a town that shares the name elsewhere
				// ("(Nasirabad, Balochistan)" is not Kech's Nasirabad)
				// nor a town of the district that bears it as an alias
				// ("(Las Bela, Balochistan)" is not the town of Bela): only
				// the district's own seat may stand for it.
				if noted[i] && specificity(p.Kind) > specificity("admin2") && !seatOf(m, p) {
					contradicted = true
				}
				for j, other := range matches {
					// A demonym says who, not where: "Americans" in
					// Amsterdam do not move it to the United States; and
					// a landmark may be named after a town far from it.
					if j == i || other.Demonym {
						continue
					}
					// A landmark's name still says which country:
					// "Badakhshan University" puts Faizabad in
					// Afghanistan, as weakly as a country's name.
					if other.Landmark {
						for _, q := range other.Places {
							if contains(q, p) > 0 {
								c.countrySupport++
								break
							}
						}
						continue
					}
					// A neighbourhood of a great city, written "in" the
					// city, takes no support from the city's name, which
					// is its district's too: in "near Hazara Town in
					// Quetta" the city holds it as much as the district
					// does, and ACLED writes Quetta. So does a place of
					// the neighbourhood named after it: "near the Sariab
					// police station in Quetta city".
					if p.Position == PosDistrict && other.Start > m.End && inCity(text[m.End:other.Start]) &&
						slices.ContainsFunc(other.Places, func(q *Place) bool { return neighbourhoodOf(p, q) }) {
						continue
					}
					best := 0
					qs := other.Places
					if readings != nil {
						qs = readings[j]
					}
					for _, q := range qs {
						best = max(best, contains(q, p))
					}
					switch {
					case best == 1:
						c.countrySupport++
					case best == 0 && (contradicts(other, p) || noted[j] && districtElsewhere(other, p)):
						// A town of the next district over is no
						// contradiction: ACLED codes the district its
						// point lies in, whatever district the note
						// names ("Balgatar (Kech district)" is
						// Panjgur's; "Shahrag (Sibi district)" Harnai's).
						if !g.nextDoor(text, m, other, p) {
							contradicted = true
						}
					case best == 0 && (foreign(other, p) || !c.hint && provinceAbroad(text, m, other, p)):
						abroad = true
					default:
						c.support += best
					}
				}
				if contradicted {
					c.support -= 2
				}
				if abroad {
					c.support -= 3
				}
				// A spelling that only swaps two letters of the place's
				// name ("Pansi" for Pasni) is as often another place the
				// gazetteer lacks, and a landmark named after a saint
				// ("Saint Charles station") as often one abroad, unless
				// the town is a city ("San Francisco airport"): each
				// decides only when another name backs it.
				if (swapped(m.Text, p.Name) || m.Landmark && saintly(m.Text) && p.Kind != "city") && c.support <= 0 && c.countrySupport == 0 {
					continue
				}
				cands = append(cands, c)
			}
		}
	}
	cands, dropped := ops.weigh(text, matches, cands)
	if len(cands) == 0 {
		return Location{}, false
	}
	best := slices.MaxFunc(cands, func(a, b candidate) int {
		if a.support != b.support {
			return cmp.Compare(a.support, b.support)
		}
		if a.hint != b.hint {
			return boolCmp(a.hint, b.hint)
		}
		// A wire story filed from the capital tells in its body where the
		// deed happened ("BAGHDAD (Reuters) - ... in Kirkuk province"):
		// the body's place wins, unless it names only a country, which
		// says less than the dateline, or it is a namesake abroad that
		// nothing places there ("DERA ISMAIL KHAN: ... in the Kotla
		// area" is no town of India).
		if a.dateline != b.dateline {
			body, filed := a, b
			if a.dateline {
				body, filed = b, a
			}
			if specificity(body.p.Kind) > 0 && (body.p.ISO3 == filed.p.ISO3 || body.support > 0 || body.countrySupport > 0) {
				return boolCmp(b.dateline, a.dateline)
			}
		}
		if a.offGround != b.offGround {
			return boolCmp(b.offGround, a.offGround)
		}
		if a.countrySupport != b.countrySupport {
			return cmp.Compare(a.countrySupport, b.countrySupport)
		}
		// Without the story's country, the country where the text's
		// groups fight: "Nagar" in a report of Maoists in Odisha is not
		// the district of Gilgit-Baltistan.
		if a.groundCountry != b.groundCountry {
			return boolCmp(a.groundCountry, b.groundCountry)
		}
		// Then the country whose press writes the text's words: "an Army
		// jawan ... in Poonch District" is India's Poonch.
		if a.usage != b.usage {
			return boolCmp(a.usage, b.usage)
		}
		// Without the story's country, a province abroad outweighs a
		// namesake village a hundred times smaller: "in Faryab" is the
		// Afghan province, not a hamlet of Kerman. Namesakes only: one
		// name's province does not outweigh another name's town ("near
		// Noshki ... nine men, all from Punjab").
		if hint == "" && a.m == b.m && a.p.ISO3 != b.p.ISO3 {
			if provinceOverVillage(a.p, b.p) {
				return 1
			}
			if provinceOverVillage(b.p, a.p) {
				return -1
			}
			if homeCountries[a.p.ISO3] != homeCountries[b.p.ISO3] && a.homeDistrict != b.homeDistrict {
				return boolCmp(a.homeDistrict, b.homeDistrict)
			}
		}
		if sa, sb := specificity(a.p.Kind), specificity(b.p.Kind); sa != sb {
			return cmp.Compare(sa, sb)
		}
		// Within the story's country the first place named is most often
		// where it happened; without a hint, a city of millions is likelier
		// than a namesake village ("Manchester" over "Ariana").
		if hint == "" {
			if pa, pb := popClass(a.p), popClass(b.p); pa != pb {
				return cmp.Compare(pa, pb)
			}
		}
		// A locality known only by its district, standing at the
		// district's seat, gives way to that seat named beside it: "Hazara
		// Town, Quetta" is Quetta and "the Saindak project near Dalbandin"
		// Dalbandin, as ACLED writes them, at the same point.
		if borrowsPointOf(a.p, b.p) {
			return -1
		}
		if borrowsPointOf(b.p, a.p) {
			return 1
		}
		if a.m != b.m {
			return cmp.Compare(b.m, a.m) // earlier mention wins
		}
		// Namesake provinces of two countries that nothing else tells
		// apart ("the Red Sea city": Egypt's governorate or Sudan's
		// state): the one with more towns is named in the news more
		// often, as Egypt's resort coast is, whichever has more people.
		if a.p.Kind == "admin1" && b.p.Kind == "admin1" && a.p.ISO3 != b.p.ISO3 {
			ta, tb := g.towns[provinceKey{a.p.ISO3, a.p.Admin1}], g.towns[provinceKey{b.p.ISO3, b.p.Admin1}]
			if ta != tb {
				return cmp.Compare(ta, tb)
			}
		}
		return cmp.Compare(a.p.Population, b.p.Population)
	})
	m := matches[best.m]
	p := best.p
	// With the groups' ground read, a place abroad that won only because
	// the namesakes on their country's side were left out says nothing.
	if dropped && !ops.operatesIn(p.ISO3) && best.support <= 0 && best.countrySupport == 0 {
		return Location{}, false
	}
	// In a story set in the hint's country, a small place abroad that
	// nothing else in the text supports is a local name the gazetteer
	// lacks ("Nawa Lane area of Lyari"), not its namesake abroad: say no
	// place, so that the caller falls back on the story's own.
	if hint != "" && p.ISO3 != hint && best.support <= 0 && best.countrySupport == 0 &&
		specificity(p.Kind) > specificity("admin2") && p.Population < smallPlace {
		return Location{}, false
	}
	loc := Location{Country: p.Country, ISO3: p.ISO3, Admin1: p.Admin1, Admin2: p.Admin2, Admin3: p.Admin3,
		Name: p.Name, Lat: p.Lat, Lon: p.Lon, Start: m.Start, End: m.End, Demonym: m.Demonym}
	if loc.Admin2 == "" && specificity(p.Kind) > specificity("admin2") {
		loc.Admin2 = namedDistrict(matches, p)
	}
	loc.GeoPrecision = precision(p, near(text, m.Start, m.End))
	return loc, true
}

// precision is ACLED's geo precision of an event placed at p, or near it
// when near is set: 1 at a town, 2 near one or in a sub-district, 3 in a
// district, province or country. A point the gazetteer knows only roughly
// weakens it: a town at the project's own reading of the map is "near" at
// best (2), and a place standing at its district's or province's point is
// only as precise as that unit (3).
func precision(p *Place, near bool) int {
	var prec int
	switch p.Kind {
	case "country", "admin1", "admin2":
		return 3
	case "admin3", "area":
		prec = 2
	default:
		prec = 1
		if near {
			prec = 2
		}
	}
	switch p.Position {
	case PosApprox:
		prec = max(prec, 2)
	case PosDistrict, PosProvince:
		prec = 3
	}
	return prec
}

// namedDistrict returns the district of p's province that the matches
// name, for a town GeoNames leaves without one ("Uri in Baramulla
// District"), or "" when they name none or several.
func namedDistrict(matches []Match, p *Place) string {
	found := ""
	for _, m := range matches {
		if m.Demonym || m.Landmark {
			continue
		}
		for _, q := range m.Places {
			if q.Kind != "admin2" || q.ISO3 != p.ISO3 || q.Admin1 != p.Admin1 || q.Admin2 == found {
				continue
			}
			if found != "" {
				return ""
			}
			found = q.Admin2
		}
	}
	return found
}

// placedAfter reports whether unit, a province's name, is written right
// after the landmark named by m, in brackets or after a comma, as a note
// places it: "the Quetta railway station (Balochistan)", "the Turbat press
// club, Balochistan". A province written "in" after a landmark is as often
// where a story's other places lie ("2 km from the Tibri cantonment in
// Punjab", in a story of an alert in the villages around it).
func placedAfter(text string, m, unit Match) bool {
	if unit.Start < m.End || unit.Start-m.End > 40 {
		return false
	}
	between := strings.TrimRight(text[m.End:unit.Start], " ")
	return !strings.ContainsAny(between, ".;") && (strings.HasSuffix(between, "(") || strings.HasSuffix(between, ","))
}

// onlyProvinces reports whether every candidate is a province or a
// country: names that place a landmark's town rather than compete with it.
func onlyProvinces(cands []candidate) bool {
	for _, c := range cands {
		if specificity(c.p.Kind) > specificity("admin1") {
			return false
		}
	}
	return true
}

// smallPlace is the population under which a town abroad, named without
// support in a story set elsewhere, is taken for a local name: a city of
// that size is news enough to be the place meant ("Dubai", "Mosul").
const smallPlace = 50000

// matchPass is the pass of Resolve in which a match is a candidate.
func matchPass(m Match) int {
	switch {
	case m.Demonym:
		return 2
	case m.Landmark:
		return 1
	}
	return 0
}

// provinceOverVillage reports whether province p outweighs town t, a
// namesake in another country: p holds a hundred times more people.
// A province named by a bearing ("South-West", "Far North") is not: the
// words open other names as often ("South West Garo Hills").
func provinceOverVillage(p, t *Place) bool {
	return p.Kind == "admin1" && specificity(t.Kind) > specificity("admin3") &&
		p.Population >= smallPlace && t.Population*100 <= p.Population && !bearing(p.Name)
}

// bearing reports whether a name holds a compass word.
func bearing(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
			"northwest", "northeast", "southwest", "southeast", "far", "upper", "lower", "centre", "center":
			return true
		}
	}
	return false
}

// popClass is the order of magnitude of a place's population.
func popClass(p *Place) int {
	n := 0
	for v := p.Population; v >= 10; v /= 10 {
		n++
	}
	return n
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// nearWords before a town's name, or areaWords after it, put the event
// somewhere around the town rather than in it.
var (
	nearWords = []string{"near", "nearby", "close to", "outskirts of", "vicinity of", "area of", "areas of", "suburbs of", "outside", "km from", "kilometres from", "kilometers from", "miles from", "off",
		"north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of", "southwest of",
		"north-east of", "north-west of", "south-east of", "south-west of"}
	areaWords = []string{"area", "areas", "outskirts", "region", "vicinity", "valley", "suburbs"}
)

// usageWords are words of one country's English press, by ISO3 code:
// lower case, as the press writes them, unlike a name ("Jawan Taak").
var usageWords = []struct{ word, iso3 string }{{"jawan", "IND"}, {"jawans", "IND"}}

// usageCountry returns the country whose press's words the text uses, or
// "" when it uses none.
func usageCountry(text string) string {
	for _, u := range usageWords {
		w := u.word
		for i := 0; ; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(w)
			if (start == 0 || !isLetter(text[start-1])) && (end == len(text) || !isLetter(text[end])) {
				return u.iso3
			}
			i = end
		}
	}
	return ""
}

// datelineAfter is what follows a dateline's place name: more of the
// name in capitals ("COTABATO CITY"), a country or a date after a comma
// (", Nigeria", ", Dec 5"), an agency in brackets ("(Reuters)"), then a
// colon or a dash.
var datelineAfter = regexp.MustCompile(`^(?:\s+[A-Z][A-Z.'-]*)*(?:/[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*)*)*(?:,\s*[A-Z][\p{L}\d.' ]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?\s*(?::|—|–|--?)(?:\s|$)`)

// Dateline reports whether match m of text is the story's dateline, where
// the report was filed: "QUETTA:", "BAMAKO (AFP) -", "ISLAMABAD/KABUL,
// March 18 (Reuters) -".
func Dateline(text string, m Match) bool { return dateline(text, m) }

// datelineBefore is what may precede the second city of a dateline
// filed from two: "ISLAMABAD/".
var datelineBefore = regexp.MustCompile(`^[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*)*/$`)

// dateline reports whether match m is the story's dateline: a place named
// at the start of the text, or of one of its first lines, and followed by
// the dateline's punctuation ("QUETTA:", "BAMAKO (AFP) -", "MAIDUGURI,
// Nigeria (Reuters) -").
func dateline(text string, m Match) bool {
	if m.Start > 200 || m.Demonym {
		return false
	}
	line := text[:m.Start]
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	// A report filed from two cities names both: "ISLAMABAD/KABUL".
	if l := strings.TrimSpace(line); l != "" && !datelineBefore.MatchString(l) {
		return false
	}
	return datelineAfter.MatchString(text[m.End:min(len(text), m.End+60)])
}

// near reports whether the text around span [start, end) says "near".
func near(text string, start, end int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, start-24):start], " "))
	before = strings.TrimSuffix(before, " the")
	for _, w := range nearWords {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLetter(before[len(before)-len(w)-1])) {
			// "in the west of Kabul" is a part of the town, not
			// somewhere off it as "west of Kabul" is.
			if strings.HasSuffix(w, " of") && bearing(w) && strings.HasSuffix(before, "the "+w) {
				return false
			}
			return true
		}
	}
	after := strings.ToLower(strings.TrimLeft(text[end:min(len(text), end+16)], " "))
	for _, w := range areaWords {
		if strings.HasPrefix(after, w) && (len(after) == len(w) || !isLetter(after[len(w)])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// swapped reports whether name spells place by swapping two neighbouring
// letters ("Pansi", "Pasni"): a GeoNames variant that is as often a
// different village.
func swapped(name, place string) bool {
	if len(name) != len(place) || strings.EqualFold(name, place) {
		return false
	}
	a, b := strings.ToLower(name), strings.ToLower(place)
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// saintly reports whether a name is a saint's ("Saint Charles", "St.
// Mary", "San Martin"): stations, churches and squares bear them the world
// over.
func saintly(name string) bool {
	l := strings.ToLower(name)
	for _, p := range []string{"saint ", "saint-", "st. ", "st ", "ste ", "ste. ", "sainte ", "sainte-", "san ", "santa ", "sao ", "são "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// districtWords after a name write it as a unit of the country, not a village:
// "Tiruvallur District", "Tirhut division".
var districtWords = []string{"district", "districts", "agency", "division", "tehsil", "taluk", "mandal"}

// GroundProvince returns the province where groups of the given regions
// operate, when there is one: the province they name whole, or, when they
// name only districts, the one that holds them all. A report of the
// group that names no place happened there more likely than anywhere
// else, though the regions cannot say in which district.
func (g *Gazetteer) GroundProvince(regions []Region) (Location, bool) {
	ops := g.operators(regions)
	var whole, held []Region
	for _, r := range ops.regions {
		if r.Admin1 == "" {
			continue // a whole country names no province
		}
		key := Region{Country: r.Country, Admin1: r.Admin1}
		if r.Admin2 == "" && !slices.Contains(whole, key) {
			whole = append(whole, key)
		}
		if !slices.Contains(held, key) {
			held = append(held, key)
		}
	}
	if len(whole) == 0 {
		whole = held
	}
	if len(whole) != 1 {
		return Location{}, false
	}
	for i := range g.places {
		p := &g.places[i]
		if p.Kind == "admin1" && p.ISO3 == whole[0].Country && p.Admin1 == whole[0].Admin1 {
			return Location{Country: p.Country, ISO3: p.ISO3, Admin1: p.Admin1, Name: p.Name, Lat: p.Lat, Lon: p.Lon, GeoPrecision: 3}, true
		}
	}
	return Location{}, false
}

// operators is the ground of the armed groups a text names, as ResolveWith
// weighs it: regions by ISO3 code.
type operators struct {
	regions []Region // Country as an ISO3 code
}

// operators resolves the regions' countries to ISO3 codes; regions of a
// country the gazetteer does not know are left out.
func (g *Gazetteer) operators(regions []Region) operators {
	var o operators
	for _, r := range regions {
		iso3, ok := g.iso3(r.Country)
		if !ok {
			continue
		}
		r.Country = iso3
		if s, ok := g.provinces[provinceKey{iso3, r.Admin1}]; ok {
			r.Admin1 = s
		}
		o.regions = append(o.regions, r)
	}
	return o
}

// holds reports whether p lies in one of the regions. A country-wide
// region holds the whole country; a district-wide one the district's
// towns; a place of the province but of no district the gazetteer knows
// is held only by the whole province.
func (o operators) holds(p *Place) bool {
	for _, r := range o.regions {
		if r.Country != p.ISO3 || r.Admin1 != "" && r.Admin1 != p.Admin1 {
			continue
		}
		if r.Admin2 == "" || r.Admin2 == p.Admin2 {
			return true
		}
	}
	return false
}

// plausible returns the places held by the regions, or all of them when
// none is.
func (o operators) plausible(ps []*Place) []*Place {
	if len(o.regions) == 0 {
		return ps
	}
	var held []*Place
	for _, p := range ps {
		if o.holds(p) {
			held = append(held, p)
		}
	}
	if len(held) == 0 {
		return ps
	}
	return held
}

// iso3 returns the ISO3 code of a country given by name or by code.
func (g *Gazetteer) iso3(country string) (string, bool) {
	if c, ok := g.Country(country); ok {
		return c.ISO3, true
	}
	for i := range g.places {
		if p := &g.places[i]; p.Kind == "country" && strings.EqualFold(p.ISO3, country) {
			return p.ISO3, true
		}
	}
	return "", false
}

// operatesIn reports whether some region lies in country iso3.
func (o operators) operatesIn(iso3 string) bool {
	for _, r := range o.regions {
		if r.Country == iso3 {
			return true
		}
	}
	return false
}

// weigh marks the readings of each ambiguous name that lie off the groups'
// ground when another reading lies on it, and drops the readings of a
// small town named bare that lie off the ground in a country where the
// groups operate, when none lies on it and no other name supports or
// contradicts them: such a name is a village the gazetteer lacks, whose
// namesake is far from where the groups fight. It reports whether it
// dropped any.
func (o operators) weigh(text string, matches []Match, cands []candidate) ([]candidate, bool) {
	if len(o.regions) == 0 {
		return cands, false
	}
	onGround := map[int]bool{}
	for _, c := range cands {
		if o.holds(c.p) {
			onGround[c.m] = true
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		on := o.holds(c.p)
		if onGround[c.m] && !on {
			c.offGround = true
		}
		// A country's own name is no namesake: "Nepal" stays Nepal in a
		// text whose "Maoists" read as India's.
		c.groundCountry = o.operatesIn(c.p.ISO3) && c.p.Kind != "country"
		if !onGround[c.m] && !on && c.support == 0 && o.operatesIn(c.p.ISO3) &&
			specificity(c.p.Kind) > specificity("admin3") && c.p.Population < smallPlace && !namedAsUnit(matches[c.m].Text) && !nextWordIn(text, matches[c.m].End, districtWords) {
			continue
		}
		kept = append(kept, c)
	}
	return kept, len(kept) < len(cands)
}
