package casualties

// Kinds of casualty, as in vigil.Counts.
const (
	Killed   = "killed"
	Injured  = "injured"
	Abducted = "abducted"
	Arrested = "arrested"
)

// Categories of people, as in vigil.Casualties.
const (
	Security  = "security_forces"
	Civilians = "civilians"
	Militants = "militants"
	Unknown   = "unknown"
	// Perpetrators are the attackers of the incident itself (the suicide
	// bomber, the gunmen shot dead by police): ACLED counts their deaths
	// among an event's fatalities, incident lists of victims do not, so
	// they are kept apart from the four categories.
	Perpetrators = "perpetrators"
)

// verbs maps a casualty word (or the first word of an idiom) to its kind.
// Idioms are listed in idioms; single words here.
var verbs = map[string]string{
	"killed": Killed, "killing": Killed, "kill": Killed, "kills": Killed, "dead": Killed, "died": Killed,
	"martyred": Killed, "martyring": Killed, "slain": Killed, "perished": Killed, "neutralised": Killed, "neutralized": Killed,
	"eliminated": Killed, "succumbed": Killed, "murdered": Killed, "beheaded": Killed, "lynched": Killed,
	"massacred": Killed, "executed": Killed, "decapitated": Killed, "strangled": Killed, "bludgeoned": Killed, "assassinated": Killed, "bodies": Killed, "body": Killed,
	"neutralising": Killed, "neutralizing": Killed, "fatalities": Killed, "deaths": Killed, "dies": Killed,
	"slaughtered": Killed, "butchered": Killed,
	// "The Police also lost a head constable in the firing": a side's
	// loss of its men (verbAt wants a person phrase after it).
	"lost":    Killed,
	"injured": Injured, "injuring": Injured, "wounded": Injured, "wounding": Injured, "hurt": Injured,
	"injures": Injured, "injure": Injured, "stabbed": Injured, "stabbing": Injured, "wounds": Injured, "injuries": Injured,
	// "Maoists assaulted 20 villagers", "thrashed the workers": a beating
	// that does not kill wounds.
	// ("let off his two companions after thrashing them".)
	"assaulted": Injured, "thrashed": Injured, "thrashing": Injured,
	"abducted": Abducted, "kidnapped": Abducted, "abducting": Abducted, "kidnapping": Abducted,
	"hostage": Abducted, "hostages": Abducted, "abducts": Abducted, "kidnaps": Abducted,
	"arrested": Arrested, "apprehended": Arrested, "nabbed": Arrested, "detained": Arrested,
	"arresting": Arrested, "jailed": Arrested, "arrests": Arrested, "captured": Arrested,
}

// idioms are multi-word casualty phrases, matched before single words.
var idioms = []struct {
	words []string
	kind  string
}{
	{[]string{"sent", "to", "hell"}, Killed},
	// "while 23 others remain under treatment": the wounded told by
	// their care (read only after "N others": see verbAt).
	{[]string{"remain", "under", "treatment"}, Injured}, {[]string{"are", "under", "treatment"}, Injured},
	{[]string{"were", "under", "treatment"}, Injured}, {[]string{"are", "being", "treated"}, Injured},
	{[]string{"were", "being", "treated"}, Injured},
	{[]string{"fatally", "stabbed"}, Killed},
	{[]string{"fatally", "stabbing"}, Killed},
	{[]string{"fatally", "shot"}, Killed},
	{[]string{"fatally", "shooting"}, Killed},
	{[]string{"fatally", "wounded"}, Killed},
	{[]string{"fatally", "wounding"}, Killed},
	{[]string{"fatally", "injured"}, Killed},
	{[]string{"mortally", "wounded"}, Killed},
	{[]string{"mortally", "wounding"}, Killed},
	{[]string{"to", "death"}, Killed},
	{[]string{"burnt", "alive"}, Killed},
	{[]string{"burned", "alive"}, Killed},
	{[]string{"mowed", "down"}, Killed},
	{[]string{"mown", "down"}, Killed},
	{[]string{"death", "of"}, Killed},
	{[]string{"shot", "dead"}, Killed},
	// "setting fire to the station and shooting dead the station
	// master": the participle takes its victim after it.
	{[]string{"shooting", "dead"}, Killed},
	{[]string{"shoots", "dead"}, Killed},
	// "slit the throat of a tribal youth": a killing told by the wound.
	{[]string{"slit", "the", "throat", "of"}, Killed},
	{[]string{"slit", "the", "throats", "of"}, Killed},
	{[]string{"slitting", "the", "throat", "of"}, Killed},
	{[]string{"slitting", "the", "throats", "of"}, Killed},
	// "shot them dead": the pronoun's people are read from the sentence
	// before it (pronounVictims).
	{[]string{"shot", "them", "dead"}, Killed},
	{[]string{"shot", "him", "dead"}, Killed},
	{[]string{"shot", "her", "dead"}, Killed},
	{[]string{"gunned", "down"}, Killed},
	{[]string{"shot", "to", "death"}, Killed},
	{[]string{"stabbed", "to", "death"}, Killed},
	{[]string{"beaten", "to", "death"}, Killed},
	{[]string{"burnt", "to", "death"}, Killed},
	{[]string{"burned", "to", "death"}, Killed},
	{[]string{"hacked", "to", "death"}, Killed},
	{[]string{"lost", "their", "lives"}, Killed},
	{[]string{"lost", "his", "life"}, Killed},
	{[]string{"lost", "her", "life"}, Killed},
	{[]string{"laid", "down", "their", "lives"}, Killed},
	{[]string{"laid", "down", "his", "life"}, Killed},
	{[]string{"embraced", "shahadat"}, Killed},
	{[]string{"embraced", "martyrdom"}, Killed},
	{[]string{"embraced", "shahadah"}, Killed},
	{[]string{"sacrificed", "their", "lives"}, Killed},
	{[]string{"took", "the", "lives", "of"}, Killed},
	{[]string{"claimed", "the", "lives", "of"}, Killed},
	{[]string{"were", "martyred"}, Killed},
	{[]string{"sustained", "injuries"}, Injured},
	{[]string{"sustain", "injuries"}, Injured},
	{[]string{"sustains", "injuries"}, Injured},
	{[]string{"sustained", "injury"}, Injured},
	{[]string{"received", "injury"}, Injured},
	{[]string{"received", "bullet", "injury"}, Injured},
	{[]string{"received", "bullet", "injuries"}, Injured},
	{[]string{"suffered", "injury"}, Injured},
	{[]string{"beaten", "up"}, Injured},
	{[]string{"beat", "up"}, Injured},
	{[]string{"beating", "up"}, Injured},
	{[]string{"received", "injuries"}, Injured},
	{[]string{"suffered", "injuries"}, Injured},
	{[]string{"sustained", "bullet", "injuries"}, Injured},
	{[]string{"sustained", "serious", "injuries"}, Injured},
	{[]string{"sustained", "wounds"}, Injured},
	{[]string{"taken", "to", "hospital"}, Injured},
	{[]string{"rushed", "to", "hospital"}, Injured},
	{[]string{"shifted", "to", "hospital"}, Injured},
	{[]string{"admitted", "to", "hospital"}, Injured},
	{[]string{"taken", "to", "the", "hospital"}, Injured},
	{[]string{"rushed", "to", "the", "hospital"}, Injured},
	{[]string{"shifted", "to", "the", "hospital"}, Injured},
	{[]string{"admitted", "to", "the", "hospital"}, Injured},
	{[]string{"treated", "for", "injuries"}, Injured},
	// "83 are being treated in hospitals": the wounded told by their care.
	{[]string{"being", "treated", "in", "hospital"}, Injured},
	{[]string{"being", "treated", "in", "hospitals"}, Injured},
	{[]string{"being", "treated", "at", "hospital"}, Injured},
	{[]string{"being", "treated", "at", "hospitals"}, Injured},
	{[]string{"admitted", "to", "hospitals"}, Injured},
	// "three of the wounded died, and 24 others remain in hospital":
	// the wounded still in care.
	{[]string{"remain", "in", "hospital"}, Injured},
	{[]string{"remained", "in", "hospital"}, Injured},
	{[]string{"remain", "hospitalised"}, Injured},
	{[]string{"remain", "hospitalized"}, Injured},
	{[]string{"treated", "for", "wounds"}, Injured},
	// "a CRPF jawan was hit by a bullet", "was hit in the leg": a
	// wounding told by where the bullet struck.
	{[]string{"hit", "by", "a", "bullet"}, Injured},
	{[]string{"hit", "by", "bullets"}, Injured},
	{[]string{"hit", "by", "a", "stray", "bullet"}, Injured},
	{[]string{"hit", "by", "stray", "bullets"}, Injured},
	{[]string{"hit", "by", "splinters"}, Injured},
	{[]string{"hit", "in", "the", "leg"}, Injured},
	{[]string{"hit", "in", "the", "legs"}, Injured},
	{[]string{"hit", "in", "the", "arm"}, Injured},
	{[]string{"hit", "in", "the", "hand"}, Injured},
	{[]string{"hit", "in", "the", "shoulder"}, Injured},
	{[]string{"hit", "in", "the", "chest"}, Injured},
	{[]string{"hit", "in", "the", "head"}, Injured},
	{[]string{"hit", "in", "the", "abdomen"}, Injured},
	{[]string{"hit", "in", "the", "stomach"}, Injured},
	{[]string{"hit", "in", "the", "thigh"}, Injured},
	// "fled with bullet injuries", "were arrested with injuries": the
	// wounded told by what they carried away.
	{[]string{"with", "bullet", "injuries"}, Injured},
	{[]string{"with", "bullet", "wounds"}, Injured},
	{[]string{"with", "gunshot", "wounds"}, Injured},
	{[]string{"with", "gunshot", "injuries"}, Injured},
	{[]string{"with", "splinter", "injuries"}, Injured},
	{[]string{"with", "injuries"}, Injured},
	// "one was arrested in injured condition": the state the wounded
	// were caught in.
	{[]string{"in", "injured", "condition"}, Injured},
	{[]string{"in", "an", "injured", "condition"}, Injured},
	{[]string{"in", "a", "wounded", "condition"}, Injured},
	{[]string{"in", "wounded", "condition"}, Injured},
	// "Six jawans, who had hidden in a house, survived with injuries":
	// the verb before keeps the subject in reach past a clause.
	{[]string{"survived", "with", "injuries"}, Injured},
	{[]string{"survived", "with", "bullet", "injuries"}, Injured},
	{[]string{"escaped", "with", "injuries"}, Injured},
	{[]string{"escaped", "with", "bullet", "injuries"}, Injured},
	{[]string{"with", "a", "bullet", "injury"}, Injured},
	{[]string{"with", "bullet", "injury"}, Injured},
	{[]string{"with", "a", "gunshot", "wound"}, Injured},
	{[]string{"with", "a", "bullet", "wound"}, Injured},
	{[]string{"hospitalised"}, Injured},
	{[]string{"hospitalized"}, Injured},
	{[]string{"taken", "hostage"}, Abducted},
	{[]string{"held", "hostage"}, Abducted},
	{[]string{"taken", "into", "custody"}, Arrested},
	{[]string{"took", "into", "custody"}, Arrested},
	{[]string{"rounded", "up"}, Arrested},
	{[]string{"picked", "up"}, Abducted},
	{[]string{"whisked", "away"}, Abducted},
	{[]string{"went", "missing"}, Abducted},
	{[]string{"forcibly", "disappeared"}, Abducted},
}

// person nouns and the category they name. Category "" means "same as
// the neighbouring figure" (others, another).
var persons = map[string]string{
	// security forces
	"soldier": Security, "soldiers": Security, "troops": Security, "trooper": Security, "troopers": Security,
	"personnel": Security, "policeman": Security, "policemen": Security, "cop": Security, "cops": Security,
	"constable": Security, "constables": Security, "jawan": Security, "jawans": Security, "sepoy": Security,
	"sepoys": Security, "commando": Security, "commandos": Security, "paramilitaries": Security,
	"servicemen": Security, "serviceman": Security, "officer": Security, "officers": Security,
	"policewoman": Security, "levies": Security, "rangers": Security, "guardsmen": Security,
	"si": Security, "asi": Security, "sho": Security, "inspector": Security, "sub-inspector": Security,
	"inspectors": Security, "sub-inspectors": Security, "superintendent": Security, "superintendents": Security,
	"ssp": Security, "dsp": Security, "officer-in-charge": Security,
	"subedar": Security, "havildar": Security, "havaldar": Security, "hawaldar": Security, "naik": Security, "lance": Security, "sepoys'": Security,
	"captain": Security, "major": Security, "lieutenant": Security, "colonel": Security, "fc": Security,
	"crpf": Security, "bsf": Security, "jawans'": Security, "ranger": Security, "spo": Security, "spos": Security,
	// A personal security officer (PSO) or bodyguard of an official
	// is a policeman posted to him.
	"pso": Security, "psos": Security, "bodyguard": Security, "bodyguards": Security,
	"troop": Security, "sentry": Security, "sentries": Security, "sf": Security, "sfs": Security, "lea": Security, "leas": Security,
	// militants
	"militant": Militants, "militants": Militants, "terrorist": Militants, "terrorists": Militants,
	"insurgent": Militants, "insurgents": Militants, "khwarij": Militants, "khawarij": Militants,
	"kharji": Militants, "khwarji": Militants, "rebel": Militants, "rebels": Militants, "maoist": Militants,
	"maoists": Militants, "naxal": Militants, "naxals": Militants, "naxalite": Militants, "naxalites": Militants,
	"cadre": Militants, "cadres": Militants, "attacker": Perpetrators, "attackers": Perpetrators,
	"assailant": Perpetrators, "assailants": Perpetrators, "gunman": Perpetrators, "gunmen": Perpetrators,
	"bomber": Perpetrators, "bombers": Perpetrators, "fighters": Militants, "fighter": Militants,
	"hijacker": Perpetrators, "hijackers": Perpetrators,
	"jihadists": Militants, "extremists": Militants, "miscreants": Militants, "commander": Militants,
	"separatists": Militants, "guerrillas": Militants, "ultras": Militants, "ultra": Militants,
	"dacoits": Militants, "outlaws": Militants, "terrorist's": Militants, "abductors": Militants,
	"kidnappers": Militants, "sarmachars": Militants, "talibs": Militants, "hardcore": Militants,
	// Armed criminals who fight the police count as the armed side.
	"robbers": Militants, "robber": Militants, "bandits": Militants, "bandit": Militants, "dacoit": Militants,
	"gangsters": Militants, "gangster": Militants,
	// civilians and people of unstated side
	"civilian": Civilians, "civilians": Civilians, "people": Civilians, "persons": Civilians,
	"person": Civilians, "individuals": Civilians, "individual": Civilians, "man": Civilians,
	"men": Civilians, "woman": Civilians, "women": Civilians, "child": Civilians, "children": Civilians,
	"boy": Civilians, "boys": Civilians, "girl": Civilians, "girls": Civilians, "villager": Civilians,
	"villagers": Civilians, "passerby": Civilians, "passersby": Civilians, "passers-by": Civilians,
	"labourer": Civilians, "labourers": Civilians, "laborer": Civilians, "laborers": Civilians,
	"worker": Civilians, "workers": Civilians, "student": Civilians, "students": Civilians,
	"vaccinator": Civilians, "vaccinators": Civilians,
	"teacher": Civilians, "teachers": Civilians, "driver": Civilians, "drivers": Civilians,
	// Teachers of every rank and the clergy of mosques, named by the
	// press with an age before them ("a 55-year-old schoolteacher").
	"schoolteacher": Civilians, "schoolteachers": Civilians, "headmaster": Civilians, "headmasters": Civilians,
	"headmistress": Civilians, "lecturer": Civilians, "lecturers": Civilians, "professor": Civilians, "professors": Civilians,
	"imam": Civilians, "imams": Civilians, "muezzin": Civilians,
	"shopkeeper": Civilians, "shopkeepers": Civilians, "trader": Civilians, "traders": Civilians,
	"farmer": Civilians, "farmers": Civilians, "worshippers": Civilians, "worshipers": Civilians,
	"pilgrims": Civilians, "tourist": Civilians, "tourists": Civilians, "citizen": Civilians,
	// Tourists' guides, sportsmen and their coaches.
	"guide": Civilians, "guides": Civilians, "player": Civilians, "players": Civilians, "porter": Civilians, "porters": Civilians,
	"coach": Civilians, "coaches": Civilians,
	"citizens": Civilians, "journalist": Civilians, "journalists": Civilians, "elder": Civilians,
	"elders": Civilians, "leader": Civilians, "leaders": Civilians, "doctor": Civilians,
	"doctors": Civilians, "engineer": Civilians, "engineers": Civilians, "passenger": Civilians,
	"passengers": Civilians, "resident": Civilians, "residents": Civilians, "headman": Civilians,
	"sarpanch": Civilians, "businessman": Civilians, "businessmen": Civilians, "contractor": Civilians,
	"contractors": Civilians, "informer": Civilians, "informers": Civilians, "politician": Civilians,
	"councillor": Civilians, "cleric": Civilians, "clerics": Civilians, "judge": Civilians, "lawyer": Civilians,
	"lawyers": Civilians, "nurse": Civilians, "nurses": Civilians, "official": Civilians,
	"officials": Civilians, "employee": Civilians, "employees": Civilians, "youth": Civilians,
	"youths": Civilians, "minor": Civilians, "minors": Civilians, "teenager": Civilians,
	"infant": Civilians, "toddler": Civilians, "relatives": Civilians, "mourners": Civilians,
	"guests": Civilians, "fishermen": Civilians, "miners": Civilians, "shepherd": Civilians,
	"activist": Civilians, "supporter": Civilians, "activists": Civilians, "supporters": Civilians, "members": Civilians,
	"member": Civilians, "family": Civilians, "tribesmen": Civilians, "tribesman": Civilians,
	"volunteers": Civilians, "pedestrians": Civilians, "patients": Civilians, "guard": Civilians,
	"guards": Civilians, "watchman": Civilians, "chowkidar": Civilians, "victims": Civilians,
	"victim": Civilians, "casualties": Civilians, "spectators": Civilians, "devotees": Civilians,
	"wife": Civilians, "son": Civilians, "sons": Civilians, "daughter": Civilians, "daughters": Civilians,
	"brother": Civilians, "brothers": Civilians, "father": Civilians, "mother": Civilians,
	"nephew": Civilians, "nephews": Civilians, "niece": Civilians, "nieces": Civilians, "cousin": Civilians,
	"cousins": Civilians, "uncle": Civilians, "grandson": Civilians, "grandsons": Civilians, "relative": Civilians,
	"passer-by": Civilians, "participant": Civilians, "participants": Civilians,
	"chinese": Civilians, "nationals": Civilians, "foreigners": Civilians, "americans": Civilians,
	// Nationals counted by their demonym ("killing three Spaniards and
	// three Afghans") are people like "nationals".
	"afghans": Civilians, "pakistanis": Civilians, "spaniards": Civilians, "britons": Civilians, "germans": Civilians,
	"italians": Civilians, "russians": Civilians, "iranians": Civilians, "iraqis": Civilians, "indians": Civilians,
	"turks": Civilians, "uzbeks": Civilians, "tajiks": Civilians, "canadians": Civilians, "australians": Civilians,
	"koreans": Civilians, "japanese": Civilians, "egyptians": Civilians, "nepalis": Civilians, "bangladeshis": Civilians,
	"vendor": Civilians, "vendors": Civilians, "prisoners": Civilians, "inmates": Civilians,
	"shooter": Perpetrators, "shooters": Perpetrators, "perpetrator": Perpetrators, "perpetrators": Perpetrators,
	"himself": Perpetrators, "herself": Perpetrators, "themselves": Perpetrators,
	"others": "", "other": "", "he": "", "she": "",
	"passer": Civilians, "colleague": Civilians, "associate": Civilians, "associates": Civilians,
	"accomplice": Civilians, "accomplices": Civilians,
	"companion": Civilians, "companions": Civilians, "sympathiser": Civilians, "sympathisers": Civilians, "sympathizer": Civilians, "sympathizers": Civilians,
	"dealer": Civilians, "owner": Civilians, "operator": Civilians, "priest": Civilians, "clerk": Civilians,
	"accountant": Civilians, "manager": Civilians, "pradhan": Civilians, "mukhiya": Civilians, "chief": Civilians,
	// The heads of a council, a party's unit or a society: "a mandal
	// parishad president", "the block chairman".
	"president": Civilians, "vice-president": Civilians, "chairman": Civilians, "chairperson": Civilians,
	"councillors": Civilians, "legislator": Civilians, "mla": Civilians, "mp": Civilians, "minister": Civilians,
	// People named by their community, the usual targets of sectarian
	// killings.
	"hazara": Civilians, "hazaras": Civilians, "sikh": Civilians, "sikhs": Civilians, "hindu": Civilians, "hindus": Civilians,
	"christian": Civilians, "christians": Civilians, "ahmadi": Civilians, "ahmadis": Civilians,
	"shia": Civilians, "shias": Civilians, "shiite": Civilians, "shiites": Civilians, "volunteer": Civilians,
	"scholar": Civilians, "scholars": Civilians,
	// Those caught crossing a border or a Line of Control under arms
	// ("one intruder was killed", "two infiltrators were eliminated").
	"intruder": Militants, "intruders": Militants, "infiltrator": Militants, "infiltrators": Militants,
	// Police ranks by their abbreviation (Inspector General, Additional
	// Inspector General) and the army's junior commissioned officers.
	"ig": Security, "aig": Security, "jco": Security, "jcos": Security,
	// Pakistan's members of the provincial and national assemblies.
	"mpa": Civilians, "mpas": Civilians, "mna": Civilians, "mnas": Civilians, "mlas": Civilians, "mps": Civilians, "legislators": Civilians,
	"tribals": Civilians, "adivasis": Civilians, "villager's": Civilians, "couple": Civilians, "husband": Civilians,
	"troopers'": Security, "militiamen": Militants, "militiaman": Militants, "squad": Militants,
	"agents": Civilians, "agent": Civilians, "surrenderee": Civilians,
	// "12 hostages were executed": the captives' later fate.
	"hostages": Civilians, "hostage": Civilians,
	"commanders": Militants, "extremist": Militants, "staff": Civilians, "crew": Civilians,
	"candidate": Civilians, "candidates": Civilians,
	"schoolchildren": Civilians, "schoolboys": Civilians, "schoolgirls": Civilians, "schoolboy": Civilians, "schoolgirl": Civilians,
	"pupils": Civilians, "pupil": Civilians, "adults": Civilians, "adult": Civilians,
	// Civil administrators ("the assistant commissioner", "a tehsildar")
	// are government officials, civilians in ACLED's coding.
	"commissioner": Civilians, "tehsildar": Civilians,
	"peacekeeper": Security, "peacekeepers": Security, "gendarme": Security, "gendarmes": Security,
	"marines": Security, "sailors": Security, "cadets": Security, "recruits": Security, "policeman's": Security,
	// A navy's sailor and a Levies risaldar (its rank of an officer) are
	// of the forces; a cell's ringleader is of the group he leads.
	"sailor": Security, "risaldar": Security, "risaldars": Security,
	"ringleader": Militants, "ringleaders": Militants,
	"pedestrian": Civilians, "bystander": Civilians, "bystanders": Civilians, "diners": Civilians,
	"shoppers": Civilians, "customers": Civilians, "visitors": Civilians, "protesters": Civilians,
	"demonstrators": Civilians, "revellers": Civilians, "parishioners": Civilians, "churchgoers": Civilians,
	"congregants": Civilians, "fans": Civilians, "survivors": Civilians, "survivor": Civilians,
	"secretary": Civilians, "founder": Civilians,
	"neighbour": Civilians, "neighbours": Civilians, "neighbor": Civilians, "neighbors": Civilians,
	// The press and the staff of works the Maoists attack.
	"cameraman": Civilians, "cameramen": Civilians, "photographer": Civilians, "photographers": Civilians,
	"reporter": Civilians, "reporters": Civilians, "supervisor": Civilians, "supervisors": Civilians,
	"forester": Civilians, "foresters": Civilians,
	// A "Police patil" is a village's police auxiliary in Maharashtra;
	// a patil alone is a village head.
	"patil": Civilians,
	// A commandant commands a battalion of India's central police forces.
	"commandant": Security, "commandants": Security,
	// The cook of a police station or a camp is a hired civilian.
	"cook": Civilians, "cooks": Civilians,
	// A contractor's clerk or site accountant.
	"munshi": Civilians, "munshis": Civilians,
	// A Gram Rakshak is a village guard recruited and armed under the
	// police, as an SPO is.
	"rakshak": Security, "rakshaks": Security,
	// "the driver and his assistant"; a rank's "Assistant" is read
	// with the rank (personSide).
	"assistant": Civilians, "assistants": Civilians,
	// A bus's conductor; a Panchayat or Gram Sevak is a village
	// council's government employee.
	"conductor": Civilians, "conductors": Civilians, "sevak": Civilians, "sevaks": Civilians,
}

// sideWords before a person noun change its category ("security guards",
// "police officials", "FC personnel").
var sideWords = map[string]string{
	"police": Security, "security": Security, "army": Security, "military": Security, "fc": Security,
	"levies": Security, "paramilitary": Security, "frontier": Security, "ctd": Security, "rangers": Security,
	"crpf": Security, "bsf": Security, "border": Security, "forces": Security, "force": Security,
	"militia": Security, "intelligence": Security, "isi": Security, "pro-government": Security, "pro-state": Security,
	"government": Civilians, "polio": Civilians, "private": Civilians,
	"taliban": Militants, "maoist": Militants, "militant": Militants, "terrorist": Militants,
	"ttp": Militants, "bla": Militants, "blf": Militants, "suicide": Militants, "naxal": Militants,
	"isis": Militants, "rebel": Militants, "insurgent": Militants,
	// India's anti-Maoist vigilante militia (Salwa Judum) and the
	// Maoist-backed PCPA are armed non-state sides, not civilians.
	"judum": Militants, "pcpa": Militants,
	// India's state and central anti-Maoist units: "an STF Assistant
	// Platoon Commander", "a DRG jawan", "CoBRA commandos".
	"stf": Security, "drg": Security, "cobra": Security, "greyhounds": Security, "sog": Security,
	"dvf": Security, "caf": Security, "c-60": Security,
	// The Frontier Corps' wings named as Scouts: "members of the Sibi
	// Scouts", "a Tochi Scouts soldier".
	"scouts": Security,
}

// negations are phrases that say nobody was hurt.
var negations = [][]string{
	{"no", "casualties"}, {"no", "casualty"}, {"no", "one", "was"}, {"no", "one", "has"}, {"no", "one", "died"},
	{"nobody", "was"}, {"no", "loss", "of", "life"}, {"no", "loss", "of", "lives"}, {"no", "injuries"},
	{"no", "fatalities"}, {"escaped", "unhurt"}, {"remained", "unhurt"}, {"escaped", "unharmed"},
	{"without", "casualties"}, {"none", "was"}, {"none", "were"}, {"did", "not", "harm", "anyone"},
	{"no", "one", "injured"}, {"no", "one", "killed"}, {"no", "one", "hurt"}, {"no", "human", "loss"},
	{"no", "deaths"}, {"no", "one", "were"}, {"no", "person", "was"}, {"unhurt"}, {"no", "loss", "of", "human"},
	// Texts that turn number words into digits write "no one" as "no 1".
	{"no", "1", "was"}, {"no", "1", "were"}, {"no", "1", "has"}, {"no", "1", "died"}, {"no", "1", "injured"},
	{"no", "1", "killed"}, {"no", "1", "hurt"},
	// "the attack was repulsed without losses": a force's denial of any
	// dead of its own.
	{"without", "any", "casualties"}, {"without", "losses"}, {"without", "any", "losses"}, {"without", "loss", "of", "life"},
	{"no", "losses"},
}

// Words around a number in digits that make it no count of people (see
// numberKind).
var (
	// currencies before a sum: "a reward of INR 30,000".
	currencies = []string{"inr", "rs", "rs.", "pkr", "usd", "$", "afs", "afn", "tk", "taka", "nrs", "lkr", "rupees", "dollars", "afghanis"}
	// timeUnits after a clock time or a span: "at 10 pm", "12 hours".
	timeUnits = []string{"am", "pm", "a.m", "p.m", "hrs", "o'clock", "hours", "minutes", "days", "weeks", "months", "years"}
	// measures after a distance, a weight or a share: "12 km away".
	measures = []string{"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "metre", "meter",
		"miles", "feet", "ft", "kg", "kgs", "kilograms", "per", "percent", "%", "sq", "acres"}
	// weaponMarks after a model or a calibre: "AK 47 rifle", "12 bore gun".
	weaponMarks = []string{"bore", "mm", "calibre", "caliber", "rifle", "rifles", "pistol", "pistols", "gun", "guns", "carbine", "carbines"}
	// monthAbbreviations, capitalised in the text: "Aug 15".
	monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
		"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
	// weekdays are time words that never stand before a day of the month
	// in these texts' style ("on Monday 12 people").
	weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true}
)

// modelPrefix are the letters of a weapon's model before its number, as
// written: "AK 47", "M 16", "RPG 7".
var modelPrefix = map[string]bool{"AK": true, "M": true, "RPG": true, "MP": true, "G": true, "SLR": true, "INSAS": true,
	"LMG": true, "HK": true, "PK": true, "PKM": true, "SMG": true, "Type": true}

// unitWords after a number name a unit, not its men: "27 AR", "24 Assam
// Rifles", "21 RR", "134 Battalion". Spelled as written.
var unitWords = map[string]bool{"AR": true, "RR": true, "Bn": true, "BN": true, "Battalion": true, "Bns": true, "Coy": true,
	"Rifles": true, "Regiment": true, "Squadron": true, "Brigade": true, "Division": true, "Corps": true, "Wing": true}

// unitPrefix before a number: "Battalion 12", "Sector 5", "Ward 9".
var unitPrefix = map[string]bool{"Battalion": true, "Bn": true, "Sector": true, "Ward": true, "Number": true, "Platoon": true,
	"Company": true, "Squad": true, "Unit": true}

// notNames are capitalised words before a number that end no name: a
// sentence may open with them ("In 2012", "Over 50", "The 12").
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "of": true, "for": true,
	"and": true, "but": true, "or": true, "while": true, "when": true, "since": true, "during": true, "after": true,
	"before": true, "over": true, "about": true, "around": true, "nearly": true, "almost": true, "some": true,
	"another": true, "all": true, "only": true, "just": true, "yesterday": true, "today": true, "meanwhile": true,
	"besides": true, "also": true, "then": true, "later": true, "earlier": true, "further": true, "total": true,
	"till": true, "until": true, "from": true, "to": true, "with": true, "as": true, "these": true, "those": true,
	"this": true, "that": true, "there": true, "here": true, "its": true, "their": true, "his": true, "her": true,
	"least": true, "than": true, "approximately": true, "roughly": true, "up": true, "between": true, "among": true,
	"including": true, "toll": true, "killed": true, "injured": true, "dead": true, "reports": true, "said": true,
	"where": true, "which": true, "who": true, "if": true, "so": true, "still": true, "overall": true, "nearby": true,
}
