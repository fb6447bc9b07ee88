package places

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// notAPlace reports whether the gazetteer name at text[start:end], a single
// word, is used as something else than a place: a person's name ("Vladimir
// Putin", "Matt Murray", "Patrick W. Carlineo"), a verb that opens a
// sentence ("Got an important item"), or part of a web address
// ("PanARMENIAN.Net"). Many towns share their name with a first name, a
// surname or a common word, and a place read from a name makes an event
// happen in the wrong country. person is set when the name is a person's.
// province is set when the name is also a province's: then a title before
// it is an office of that province ("Chief Minister Balochistan"); unit
// when it is a district's, which officials speak for ("SP Gadchiroli
// said").
func notAPlace(text string, start, end int, province, unit bool) (skip, person bool) {
	name := text[start:end]
	// "a statue of Columbus", "a memorial to Lincoln": whom it honours.
	if precededBy(text, start, honourWords...) {
		return true, true
	}
	if strings.ContainsAny(name, " -") {
		return false, false
	}
	// "a Steyr AUG rifle", "a Sig Sauer pistol": a gun maker named
	// before its model and the weapon, no town. (A province or a
	// district names a force: "Assam rifles", in a summary's small
	// letters.)
	if !province && !unit && makerBeforeWeapon(text, end) {
		return true, false
	}
	// "PanARMENIAN.Net", "Metro.co.uk": a web address. (Summaries glue
	// sentences, "in Karachi.The", so a dot alone says nothing.)
	if start > 1 && text[start-1] == '.' && isWordByte(text[start-2]) && domains[strings.ToLower(name)] ||
		domainAfter(text, end) {
		return true, false
	}
	// "Nov. 18", "Aug 5": a month's abbreviation dates.
	if monthAbbrevs[strings.ToLower(name)] && end < len(text) && (text[end] == '.' || text[end] == ' ' && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9') {
		return true, false
	}
	prev, prevStart, prevOK := wordBefore(text, start)
	next, nextStart, nextOK := wordAfter(text, end)
	// "Got an important item": a name does not take an article or a
	// possessive straight after it; a verb opening a sentence does.
	if sentenceStart(text, start) && nextOK && determiners[strings.ToLower(next)] {
		return true, false
	}
	// A sentence's first word that the text also writes in small letters
	// is that word ("Metro stations closed ... took the metro"); a
	// province's name is not written so but in a web address.
	if !province && sentenceStart(text, start) && usedInLowerCase(text, name) {
		return true, false
	}
	// A title before it: "Mr. Warren", "Gov. Murray", "Sen. Paul".
	if t, ok := titleBefore(text, start); ok && shortTitles[strings.ToLower(t)] {
		return true, true
	}
	// A surname: a known first name or a title written just before it
	// ("Matt Murray", "Chief Justice Kalyan"), unless a preposition of
	// place comes first ("in Anna Nagar"). Any capitalised word would
	// not do: local names put an unknown word before a town's name ("Wazir
	// Bagh area"), and "The", "In" or "Police" open sentences.
	if prevOK && titleCase(prev) && (givenNames[strings.ToLower(prev)] || titles[strings.ToLower(prev)] && !province) &&
		!(nextOK && placeWords[strings.ToLower(next)]) && !locativeBefore(text, prevStart) {
		return true, true
	}
	// A surname after an initial: "Home Minister P Chidambaram", "R. K.
	// Singh". (Not after a preposition of place: "at G. Madugula".) Only
	// this mention is skipped: towns too are named with an initial ("G.
	// Madugula Police Station"), so the name stays a place elsewhere.
	if iStart, ok := initialBefore(text, start); ok && titleCase(name) && !locativeBefore(text, iStart) &&
		!precededBy(text, iStart, "at", "from", "under") {
		return true, false
	}
	// A name that speaks is a person's or stands for a government
	// ("Arroyo added", "Washington said"); either way it is not where
	// anything happened.
	// Not "police in Srinagar said", "CIA Karachi said" or a district
	// speaking through its officials.
	// Nor an office of a province that speaks ("Chief Minister
	// Balochistan condemned").
	if nextOK && speechVerbs[next] && !unit && !isAcronym(name) &&
		!(prevOK && (prepositions[strings.ToLower(prev)] || isAcronym(prev) || province && titles[strings.ToLower(prev)])) {
		return true, false
	}
	// "said Arroyo, a doctor": the speaker of a quote, and a person.
	if prevOK && speechVerbs[prev] && !unit && appositionAfter(text, end) {
		return true, true
	}
	// An unknown first name before a surname that acts: "ousted Evo
	// Morales, after", "Khairi Saadallah attacked". A place followed by
	// a capitalised word names a unit or a landmark instead ("Kalat
	// Scouts", "Quetta Cantonment"), and a preposition before it makes it
	// a place. So does an article: "the Boston Marathon, killing three"
	// names an event held in the city, and no one's name takes "the".
	if nextOK && titleCase(next) && !unit && !province && !placeWords[strings.ToLower(next)] && !unitWords[strings.ToLower(next)] &&
		!sentenceStart(text, start) && !(prevOK && (prepositions[strings.ToLower(prev)] || locatives[strings.ToLower(prev)] || titleCase(prev) || strings.EqualFold(prev, "the"))) &&
		actsAfter(text, nextStart+len(next)) {
		return true, true
	}
	// The same pair seen from its surname: "ousted Evo Morales, after",
	// "Brock Nelson's goal".
	if prevOK && titleCase(prev) && !unit && !province && !placeWords[strings.ToLower(prev)] && !calendarWords[strings.ToLower(prev)] &&
		!sentenceStart(text, prevStart) && actsAfter(text, end) {
		if w, _, ok := wordBefore(text, prevStart); !ok || !prepositions[strings.ToLower(w)] && !locatives[strings.ToLower(w)] && !titleCase(w) {
			return true, true
		}
	}
	// A first name: a known first name followed by a surname ("Vladimir
	// Putin", "Nadia Cruz": the surname may be a town too), or any name
	// followed by an initial ("Patrick W. Carlineo").
	if nextOK && !placeWords[strings.ToLower(next)] {
		if givenNames[strings.ToLower(name)] && titleCase(next) {
			return true, true
		}
		if len(next) == 1 && next[0] >= 'A' && next[0] <= 'Z' && nextStart+1 < len(text) && text[nextStart+1] == '.' {
			if w, _, ok := wordAfter(text, nextStart+2); ok && titleCase(w) {
				return true, true
			}
		}
	}
	return false, false
}

// honourWords before a name make it the person a monument honours.
var honourWords = []string{"statue of", "statues of", "bust of", "portrait of", "portraits of",
	"monument to", "memorial to", "tomb of", "mausoleum of", "named after", "named for"}

// locativeBefore reports whether a preposition of place stands one space
// before byte i of text: "in Warren", "near Taylor". Not "at": people
// are shot at and looked at.
func locativeBefore(text string, i int) bool {
	w, _, ok := wordBefore(text, i)
	return ok && locatives[strings.ToLower(w)]
}

var locatives = setOf(`in near outside inside around across into within throughout`)

// initialBefore reports a capital letter written as an initial just
// before byte i of text ("P Chidambaram", "K. Singh"), and where it starts.
func initialBefore(text string, i int) (start int, ok bool) {
	n := spaceBefore(text, i)
	if n == 0 {
		return 0, false
	}
	j := i - n
	dot := j > 0 && text[j-1] == '.'
	if dot {
		j--
	}
	if j == 0 || text[j-1] < 'A' || text[j-1] > 'Z' || j > 1 && isLetter(text[j-2]) {
		return 0, false
	}
	// "A Chapainawabganj court", "I Kabul": an article or a pronoun.
	if !dot && (text[j-1] == 'A' || text[j-1] == 'I') {
		return 0, false
	}
	return j - 1, true
}

// wordBefore returns the word that ends one space before byte i of text,
// and where it starts; ok is false when anything but one space (a comma,
// a line break) stands between.
func wordBefore(text string, i int) (w string, start int, ok bool) {
	n := spaceBefore(text, i)
	if n == 0 {
		return "", 0, false
	}
	j := i - n
	for j > 0 && isLetter(text[j-1]) {
		j--
	}
	if j == i-n {
		return "", 0, false
	}
	return text[j : i-n], j, true
}

// wordAfter returns the word that starts one space after byte i of text,
// and where it starts.
func wordAfter(text string, i int) (w string, start int, ok bool) {
	n := spaceAt(text, i)
	if n == 0 {
		return "", 0, false
	}
	j := i + n
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	if j == i+n {
		return "", 0, false
	}
	return text[i+n : j], i + n, true
}

// spaceAt returns the length of the space at byte i of text (a plain or
// a no-break space, which web pages put between names), or 0.
func spaceAt(text string, i int) int {
	switch {
	case i < len(text) && text[i] == ' ':
		return 1
	case strings.HasPrefix(text[i:], "\u00a0"):
		return 2
	}
	return 0
}

// spaceBefore returns the length of the space that ends at byte i of text,
// or 0.
func spaceBefore(text string, i int) int {
	switch {
	case i > 0 && text[i-1] == ' ':
		return 1
	case strings.HasSuffix(text[:i], "\u00a0"):
		return 2
	}
	return 0
}

// titleBefore returns an abbreviated title that ends with a dot one space
// before byte i ("Mr. ", "Sen. ").
func titleBefore(text string, i int) (string, bool) {
	if i < 3 || text[i-1] != ' ' || text[i-2] != '.' {
		return "", false
	}
	j := i - 2
	for j > 0 && isLetter(text[j-1]) {
		j--
	}
	if j == i-2 {
		return "", false
	}
	return text[j : i-2], true
}

// sentenceStart reports whether byte i of text opens a sentence or a line:
// only the start of the text, a line break, or the end of a sentence
// (and an opening quote or bracket) stand before it.
func sentenceStart(text string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case r == ' ' || r == '\t' || r == '"' || r == '\'' || r == '(' || r == '‘' || r == '“' || r == '[':
			j -= size
			continue
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':' || r == '—' || r == '–':
			return true
		}
		return false
	}
	return true
}

// titleCase reports whether w is written as a name: a capital, then at
// least one small letter ("Putin", not "FC" or "the").
func titleCase(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w[1:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

// usedInLowerCase reports whether text has name written in small letters
// as a word of its own.
func usedInLowerCase(text, name string) bool {
	lower := strings.ToLower(name)
	if lower == name {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], lower)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(lower)
		if (j == 0 || !isLetter(text[j-1])) && (end == len(text) || !isLetter(text[end])) {
			return true
		}
		i = j + 1
	}
}

// appositionAfter reports whether a description of a person follows the
// name ending at byte i: ", a doctor", ", the spokesman", ", who".
func appositionAfter(text string, i int) bool {
	if i >= len(text) || text[i] != ',' {
		return false
	}
	w, _, ok := wordAfter(text, i+1)
	return ok && (w == "a" || w == "an" || w == "the" || w == "who")
}

// prepositions before a name that speaks make it the speaker's place:
// "officials in Islamabad said".
var prepositions = setOf(`in at from of near`)

// actsAfter reports whether what follows byte i of text makes the words
// before it a person's name: a comma and a clause, a possessive, or a
// verb in the past ("Saadallah attacked", "Morales, after", "Cruz's").
func actsAfter(text string, i int) bool {
	rest := text[i:]
	switch {
	case strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s "):
		return true
	}
	// "Morales, after violent clashes": a clause goes on.
	if strings.HasPrefix(rest, ", ") {
		if w, _, ok := wordAfter(text, i+1); ok && w == strings.ToLower(w) && !places1[w] {
			return true
		}
	}
	w, _, ok := wordAfter(text, i)
	return ok && len(w) > 3 && strings.HasSuffix(w, "ed") && w == strings.ToLower(w)
}

// places1 after a comma go on naming places: "Turbat, in Kech".
var places1 = setOf(`in near at district tehsil province and or`)

// unitWords after a place's name make a unit named after it: "Kalat
// Scouts", "Zhob Militia".
var unitWords = setOf(`scouts militia rifles levies police rangers corps regiment brigade battalion division
	force forces army command wing wings sector sectors areas`)

// speechVerbs tell that a person (or a government) speaks.
var speechVerbs = setOf(`said says added told wrote argued explained noted tweeted insisted stated replied
	asked answered recalled admitted announced warned vowed urged declared denied condemned accused pledged
	promised demanded welcomed`)

// domainAfter reports whether a web address's ending follows byte i of
// text: ".com", ".co.uk", ".pk".
func domainAfter(text string, i int) bool {
	if i+2 >= len(text) || text[i] != '.' {
		return false
	}
	j := i + 1
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	n := j - i - 1
	return n >= 2 && n <= 3 && (j == len(text) || !isWordByte(text[j]))
}

// domains are the endings of web addresses that are also towns' names.
var domains = setOf(`net com org info biz`)

// shortTitles are abbreviated titles, written with a dot.
var shortTitles = setOf(`mr mrs ms dr sen rep gov gen lt col capt maj sgt prof rev`)

// determiners and possessives after a sentence's first word make it a
// verb ("Got an item", "Take the road"), not a place.
var determiners = setOf(`a an the his her their my your our its this that these those me him them us it`)

// monthAbbrevs are the months' short forms, some of them towns' names.
var monthAbbrevs = setOf(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// titles of persons, written before a name. Not the titles of police and
// district officers: "District Police Officer Swabi", "Inspector Thane"
// name the district the officer serves.
var titles = setOf(`president minister senator governor general captain major colonel judge justice
	prince princess king queen pope sheikh mullah maulana mufti qari coach director chairman secretary
	ombudsman spokesman spokeswoman spokesperson constable lawyer mayor ambassador`)

// placeWords beside a name make it part of a place's or a landmark's name,
// not a person's: "Tehsil Mand", "Quetta Cantonment", "North Waziristan".
var placeWords = setOf(`district districts tehsil tehsils agency province division sector block union council
	village town city cities mouza killi goth chak mohalla colony camp valley area areas region county state
	north south east west northern southern eastern western upper lower central greater new old lake mount
	fort port saint san santa river island islands bay beach road street highway bridge bazaar market square
	park hill hills mountains airport station cantonment university college school hospital mosque police
	levies army rangers frontier corps press club court border crossing gate district's city's`)

// calendarWords capitalised before a name date it rather than name a
// person: "On Monday Quetta...", "In March Kabul...".
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march
	april may june july august september october november december`)

// givenNames are common first names that are also the names of towns
// somewhere: followed by a surname, or before one, they name a person.
var givenNames = setOf(`aaron adam adrian alan albert alex alexander alexandra alfred alice amelia ana andrea
	andrew andy angela anna anne anthony antonio arthur barbara ben benjamin bernard betty bill bob boris brian bruce
	carl carlos carol caroline catherine charles charlie chris christian christina christopher claire clara
	daniel david dennis diana diego donald dorothy douglas edward elena elizabeth ellen emily emma eric eugene
	eva felix fernando frank franklin fred frederick gabriel george gerald gloria grace harold harry helen
	henry hugo isabel isabella jack jacob james jane janet jason jean jeff jennifer jerry jesse jessica jim
	joan joe john johnny jonathan jordan jorge jose joseph joshua juan julia julian justin karen kate
	katherine keith kelly kenneth kevin kim larry laura lawrence leo leon leonard lewis linda lisa louis louise
	lucas lucy luis luke luz manuel margaret maria mario mark martin mary matt matthew maurice max michael
	michelle mike nadia nancy natalia nathan nicholas nicole oliver olivia oscar pablo pamela patricia patrick
	paul pedro peter philip rachel ralph ray raymond rebecca richard robert roger ronald rose roy ruth ryan
	samuel sandra sarah scott sean sergei sharon simon sophia stanley stephen steve steven susan thomas tim
	taylor timothy tom tony victor victoria vincent vladimir walter wayne william`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// makerBeforeWeapon reports a name followed, within three words, by the
// noun of a weapon in small letters, the words between being a model's
// ("AUG", "Sauer", "M4", "&") or the weapon's kind ("assault"): "a Steyr
// AUG rifle", "a Sig Sauer pistol". A unit named after its town is
// capitalised ("Khyber Rifles"), so stays a place.
func makerBeforeWeapon(text string, end int) bool {
	i := end
	for range 3 {
		n := spaceAt(text, i)
		if n == 0 {
			return false
		}
		j := i + n
		k := j
		for k < len(text) && !strings.ContainsRune(" ,.;:()", rune(text[k])) {
			k++
		}
		w := text[j:k]
		switch {
		case weaponNouns[w]:
			return true
		case w == "" || !(weaponKinds[w] || w == "&" || w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9'):
			return false
		}
		i = k
	}
	return false
}

var (
	weaponNouns = map[string]bool{"rifle": true, "rifles": true, "pistol": true, "pistols": true, "carbine": true, "carbines": true,
		"shotgun": true, "shotguns": true, "revolver": true, "revolvers": true, "gun": true, "guns": true, "drone": true, "drones": true}
	weaponKinds = map[string]bool{"assault": true, "sniper": true, "machine": true, "automatic": true, "semi-automatic": true, "hunting": true}
)
