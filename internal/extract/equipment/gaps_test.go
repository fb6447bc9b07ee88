package equipment

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
)

// probeGapCase is one sentence of the tests of the phrasings the equipment
// probes' known gaps showed unread, with the records it must give.
type probeGapCase struct {
	name, text string
	actors     [][3]string
	places     map[string]string
	want       []string
}

// runProbeGapCases checks each case with the test context of the seventh
// probe's tests.
func runProbeGapCases(t *testing.T, tests []probeGapCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
}

// TestDefiniteOneSeized covers a single item told with "the" next to the
// verb of its seizure, which is one, beside the sentences that must stay
// uncounted: the item not seized, a plural, and one of a lot told before.
func TestDefiniteOneSeized(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"the single item after the verb of seizure",
			"The bomb squad defused the suicide vest the attacker wore.", nil, nil,
			[]string{"seizure/explosives/suicide vest/1/exact//////"}},
		{"the single item before the participle of seizure",
			"The Glock pistol recovered from the driver was stolen, police said.", nil, nil,
			[]string{"seizure/weapons/Glock pistol/1/exact//////"}},
		{"the item not told seized is not counted",
			"The pistol was made in Turkey and was later recovered.", nil, nil,
			[]string{"seizure/weapons/pistol/-///Turkey////"}},
		{"the plural is no count",
			"Police recovered the rifles stolen from the armoury.", nil, nil,
			[]string{"seizure/weapons/rifles/-///////"}},
		{"one of a lot told before is no more",
			"Police recovered six pistols; the pistol recovered from the leader was Turkish.", nil, nil,
			[]string{"seizure/weapons/pistols/6/exact//////", "seizure/weapons/pistol/-///////"}},
	})
}

// TestCaptorHolds covers an armed group told as the subject of a capture,
// which holds what it took, beside the sentences it must leave alone: a
// state's force that seizes, a group that tells of what others seized, and
// arms taken from a group.
func TestCaptorHolds(t *testing.T) {
	kia := [3]string{"Kachin Independence Army", "KIA: Kachin Independence Army", "militants"}
	ttp := [3]string{"TTP", "TTP", "militants"}
	police := [3]string{"police", "Police Forces", "security_forces"}
	runProbeGapCases(t, []probeGapCase{
		{"a group that says it captured",
			"The Kachin Independence Army said it had captured 40 rifles at a hilltop camp.", [][3]string{kia}, nil,
			[]string{"seizure/weapons/rifles/40/exact////KIA: Kachin Independence Army//Kachin Independence Army"}},
		{"a group's body that says it took",
			"The TTP's spokesman said on Friday that it had seized 12 rifles.", [][3]string{ttp}, nil,
			[]string{"seizure/weapons/rifles/12/exact////TTP//"}},
		{"a group that took arms",
			"Fighters of the TTP had taken 30 rifles from the post.", [][3]string{ttp}, nil,
			[]string{"seizure/weapons/rifles/30/exact////TTP//"}},
		{"a state's force that seizes holds nothing told",
			"The police said it had seized 40 rifles.", [][3]string{police}, nil,
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a group that tells of what others seized",
			"The TTP said police had seized 12 rifles.", [][3]string{ttp}, nil,
			[]string{"seizure/weapons/rifles/12/exact//////TTP"}},
		{"arms taken from a group are its",
			"Troops said 12 rifles were seized from TTP fighters.", [][3]string{ttp}, nil,
			[]string{"seizure/weapons/rifles/12/exact////TTP//"}},
	})
}

// TestToldOfItself covers a force or group that tells of its own
// materiel by a pronoun ("says it has repaired"), which holds it, beside
// the sentences it must leave alone: a delivery told so, and another
// force's materiel.
func TestToldOfItself(t *testing.T) {
	taliban := [3]string{"Taliban", "Taliban", "militants"}
	ttp := [3]string{"TTP", "TTP", "militants"}
	runProbeGapCases(t, []probeGapCase{
		{"a force that says it has repaired",
			"The Taliban's air force says it has repaired 14 helicopters left by the old army.", [][3]string{taliban}, nil,
			[]string{"inventory/aircraft/helicopters/14/exact///Afghanistan/Taliban//Taliban's air force"}},
		{"a group that says it sold arms holds them no more",
			"The TTP said it had sold 40 rifles.", [][3]string{ttp}, nil,
			[]string{"transfer/weapons/rifles/40/exact//////TTP"}},
		{"a group that tells of another's materiel",
			"The TTP says the army has repaired 14 helicopters.", [][3]string{ttp}, nil,
			[]string{"inventory/aircraft/helicopters/14/exact//////TTP"}},
	})
}

// TestLaunchedBy covers the subject of a launch, which holds what it
// launched, beside the sentence it must leave alone: a launch told in
// the passive, whose subject is no one's.
func TestLaunchedBy(t *testing.T) {
	houthis := [3]string{"Houthi forces", "Houthis", "militants"}
	runProbeGapCases(t, []probeGapCase{
		{"a group that launched drones",
			"Houthi forces launched 20 drones and three cruise missiles at a tanker.", [][3]string{houthis}, nil,
			[]string{"use/aircraft/drones/20/exact////Houthis//", "use/munitions/cruise missiles/3/exact////Houthis//"}},
		{"a group that attacked using arms, the cue before launch aside",
			"Houthi forces attacked the post using 20 drones.", [][3]string{houthis}, nil,
			[]string{"use/aircraft/drones/20/exact////Houthis//"}},
		{"drones launched at a group are not its",
			"Twenty drones and three cruise missiles were launched at Houthi forces.", [][3]string{houthis}, nil,
			[]string{"use/aircraft/drones/20/exact//////", "use/munitions/cruise missiles/3/exact//////"}},
	})
}

// TestAttackersGroup covers "the attackers" of a story, whose arms are
// those of the group the story named, beside the sentences it must leave
// alone: attackers no group is named for, and the forces that tell of
// them.
func TestAttackersGroup(t *testing.T) {
	ttp := [3]string{"TTP", "TTP", "militants"}
	attackers := [3]string{"attackers", "Unidentified Armed Group (Pakistan)", "unidentified"}
	police := [3]string{"Police", "Police Forces", "security_forces"}
	runProbeGapCases(t, []probeGapCase{
		{"the attackers of the group's raid",
			"The TTP claimed the raid on a post in Tank. Police said the attackers had carried M4 rifles.", [][3]string{ttp, attackers, police}, nil,
			[]string{"sighting/weapons/M4 rifles/-/////TTP//Police"}},
		{"attackers no group is named for",
			"Gunmen raided a post in Tank. Police said the attackers had carried M4 rifles.", [][3]string{attackers, police}, nil,
			[]string{"sighting/weapons/M4 rifles/-/////Unidentified Armed Group (Pakistan)//Police"}},
	})
}

// TestAuthoritiesSeize covers a country's authorities that seize, whose
// country is where the seizure was when the sentence names no place,
// beside the sentence that names one.
func TestAuthoritiesSeize(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"a country's authorities seize",
			"Syrian authorities said they had seized 30 rocket-propelled grenades near the border.", nil, nil,
			[]string{"seizure/munitions/rocket-propelled grenades/30/exact///Syria///Syrian authorities"}},
		{"a place named is where the seizure was",
			"Syrian authorities said 30 rocket-propelled grenades had been seized in Tripoli.", nil, map[string]string{"Tripoli": "Lebanon"},
			[]string{"seizure/munitions/rocket-propelled grenades/30/exact///Lebanon///Syrian authorities"}},
	})
}

// TestLeftAtFormerBases covers arms left at a country's former bases,
// which are in that country, beside a country named after the bases,
// which says nothing of where they are.
func TestLeftAtFormerBases(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"left at a country's former bases",
			"An audit said 300 MRAPs had been left at former Iraqi army bases.", nil, nil,
			[]string{"inventory/vehicles/MRAPs/300/exact//United States/Iraq///audit"}},
		{"a country named after the bases holds none",
			"An audit said 300 MRAPs had been left at former bases near the Iraqi border.", nil, nil,
			[]string{"inventory/vehicles/MRAPs/300/exact//United States////audit"}},
	})
}

// TestPlaceInCompound covers a place's name that opens a compound
// adjective ("U.S.-trained forces"), which says nothing of where the
// materiel is, beside the same name told as a place.
func TestPlaceInCompound(t *testing.T) {
	us := map[string]string{"U.S": "United States"}
	runProbeGapCases(t, []probeGapCase{
		{"a place's name in a compound adjective",
			"Officials said 300 Humvees left by U.S.-trained forces were still in use.", nil, us,
			[]string{"inventory/vehicles/Humvees/300/exact//United States////"}},
		{"the same name told as a place",
			"Officials said 300 Humvees were still in use in the U.S. after the exercise.", nil, us,
			[]string{"inventory/vehicles/Humvees/300/exact//United States/United States///"}},
	})
}

// TestBorderNamed covers a country's border named where materiel was
// seized, which says nothing of the side it was seized on, beside the
// country's border guards, who seize on their own side.
func TestBorderNamed(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"a country's border",
			"Officials said 400 rifles had been seized on the Iranian border last year.", nil, nil,
			[]string{"seizure/weapons/rifles/400/exact//////"}},
		{"a country's border guards",
			"Officials said Iranian border guards had seized 400 rifles last year.", nil, nil,
			[]string{"seizure/weapons/rifles/400/exact///Iran///"}},
		{"a country's border guard",
			"Officials said the Iranian border guard had seized 400 rifles last year.", nil, nil,
			[]string{"seizure/weapons/rifles/400/exact///Iran///"}},
	})
}

// TestPlaceOfTheStory covers a record whose paragraph names no place,
// which is where the paragraph before told the story's arms were, beside a
// paragraph before that speaks of no arms and one further back.
func TestPlaceOfTheStory(t *testing.T) {
	kandahar := map[string]string{"Kandahar": "Afghanistan"}
	runProbeGapCases(t, []probeGapCase{
		{"the place of the arms told in the paragraph before",
			"The arms market in Kandahar is busy.\n\nDealers say an American pistol sells for $900.", nil, kandahar,
			[]string{"sighting/weapons/pistol/1/exact//United States/Afghanistan///Dealers"}},
		{"a place told in the paragraph before without arms",
			"Officials in Kandahar met on Friday to discuss the budget.\n\nDealers say an American pistol sells for $900.", nil, kandahar,
			[]string{"sighting/weapons/pistol/1/exact//United States////Dealers"}},
		{"a place two paragraphs back",
			"The arms market in Kandahar is busy.\n\nPrices are up.\n\nDealers say an American pistol sells for $900.", nil, kandahar,
			[]string{"sighting/weapons/pistol/1/exact//United States////Dealers"}},
	})
}

// TestOfCountryMake covers arms "of American make", whose maker's country
// is their origin, beside a country's people who make something.
func TestOfCountryMake(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"arms of a country's make",
			"Police said militants held some 300 rifles of American make.", nil, nil,
			[]string{"inventory/weapons/rifles/300/approx//United States//militants//Police"}},
		{"a country's people who make copies",
			"Police seized 300 rifles that Pakistani gunsmiths make as copies.", nil, nil,
			[]string{"seizure/weapons/rifles/300/exact//////"}},
	})
}

// TestLeftByState covers arms left by a state's people ("left by the
// Americans"), whose origin is that state, beside arms left by a force,
// which this rule leaves to the rules of forces.
func TestLeftByState(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"arms left by a state's people",
			"Officials said the army had restored half of the equipment left by the Americans, including 40 helicopters.", nil, nil,
			[]string{"inventory/aircraft/helicopters/40/exact//United States////"}},
		{"arms left by a force are read as a force's arms were",
			"Officials said the army had restored half of the equipment left by the Iraqi army, including 40 helicopters.", nil, nil,
			[]string{"inventory/aircraft/helicopters/40/exact//Iraq////"}},
	})
}

// TestClosingBodyTeller covers a body named in another language that
// closes the sentence ("..., the Guardia di Finanza said"), beside a place
// of such a name told after the tellers.
func TestClosingBodyTeller(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"a body of several words with a particle",
			"Customs officers seized 40 pistols at the port, the Gendarmerie de la Nation said.", nil, nil,
			[]string{"seizure/weapons/pistols/40/exact//////Gendarmerie de la Nation"}},
		{"a place of such a name after the tellers",
			"Customs officers seized 40 pistols at the port, officials in the Valle del Cauca said.", nil, nil,
			[]string{"seizure/weapons/pistols/40/exact//////"}},
	})
}

// TestHeadOfSeizedList covers arms of an origin that head the list of
// what was handed over, which is the record, beside arms of an origin
// used in general, a claim of its own.
func TestHeadOfSeizedList(t *testing.T) {
	ttp := [3]string{"TTP", "TTP", "militants"}
	runProbeGapCases(t, []probeGapCase{
		{"a transfer is of the list",
			"The group handed American weapons, including M4 rifles and thermal scopes, to the TTP.", [][3]string{ttp}, nil,
			[]string{"transfer/weapons/M4 rifles/-///United States//TTP//", "transfer/night_vision/thermal scopes/-///United States//TTP//"}},
		{"arms of an origin used in general",
			"The TTP was using American weapons, including thermal scopes, in its attacks.", [][3]string{ttp}, nil,
			[]string{"use/weapons/weapons/-///United States//TTP//", "use/night_vision/thermal scopes/-///United States//TTP//"}},
	})
}

// TestDroneLoad covers a drone's uncounted load, which tells the drone and
// is no record of its own, beside a counted load and a truck's load.
func TestDroneLoad(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"a drone's uncounted load",
			"Troops shot down a quadcopter carrying explosives near the post.", nil, nil,
			[]string{"seizure/aircraft/quadcopter/1/exact//////"}},
		{"drones told later as carrying a load",
			"Troops shot down two drones; the drones had been carrying explosives.", nil, nil,
			[]string{"seizure/aircraft/drones/2/exact//////"}},
		{"a drone's counted load",
			"Troops shot down a quadcopter carrying two mortar shells near the post.", nil, nil,
			[]string{"seizure/aircraft/quadcopter/1/exact//////", "seizure/munitions/mortar shells/2/exact//////"}},
		{"a truck's uncounted load",
			"Troops seized a truck carrying explosives near the post.", nil, nil,
			[]string{"seizure/explosives/explosives/-///////"}},
	})
}

// TestRoundsOfAmmunitionKind covers rounds of ammunition named by the
// weapon class it is for ("rounds of anti-aircraft ammunition"), one
// record, beside rounds and ammunition told apart.
func TestRoundsOfAmmunitionKind(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"rounds of a weapon class's ammunition",
			"Troops seized 900 rounds of anti-aircraft ammunition.", nil, nil,
			[]string{"seizure/ammunition/rounds of ammunition/900/exact//////"}},
		{"rounds and ammunition told apart",
			"Troops seized 900 rounds and 40 boxes of anti-aircraft ammunition.", nil, nil,
			[]string{"seizure/ammunition/rounds/900/exact//////", "seizure/ammunition/ammunition/40/exact//////"}},
	})
}

// TestPartOfTheLot covers arms told as part of the lot told before ("most
// of the rifles"), no record of their own, beside a lot told whole.
func TestPartOfTheLot(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"part of the lot, uncounted",
			"Dealers said an M16 sells for $900, and that most of the rifles came from Afghanistan.", nil, nil,
			[]string{"sighting/weapons/M16/1/exact//////Dealers"}},
		{"most of a kind told before",
			"Police recovered 60 pistols in Samba. Most recovered pistols were of Turkish make.", nil, nil,
			[]string{"seizure/weapons/pistols/60/exact//////"}},
		{"the lot itself, seized",
			"Police seized a cache of the rifles smuggled from Afghanistan.", nil, nil,
			[]string{"seizure/weapons/rifles/-///////"}},
	})
}

// TestRoleAs covers materiel told as the role of materiel told before
// ("use them as patrol vehicles"), no record of its own, beside a list
// opened by "such as".
func TestRoleAs(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"a role",
			"The police received 300 Humvees last year and now use them as patrol vehicles.", nil, nil,
			[]string{"transfer/vehicles/Humvees/300/exact//United States////"}},
		{"a list opened by such as",
			"The police received 300 vehicles last year, such as Humvees.", nil, nil,
			[]string{"transfer/vehicles/vehicles/300/exact//////", "transfer/vehicles/Humvees/-///United States////"}},
		{"as many, a count",
			"Police recovered four rifles and as many pistols from the hideout.", nil, nil,
			[]string{"seizure/weapons/rifles/4/exact//////", "seizure/weapons/pistols/-///////"}},
	})
}

// TestTradeClause covers arms in a relative clause that says who the
// suspects are ("men who sold pistols online, and recovered"), no record,
// beside arms the clause tells found without a pause before the seizure.
func TestTradeClause(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"the suspects' trade",
			"Police arrested two men who sold pistols online, and recovered 12 rifles from their shop.", nil, nil,
			[]string{"seizure/weapons/rifles/12/exact//////"}},
		{"arms the gang was hiding, seized",
			"Police raided a gang that was hiding pistols in a shop and seized 12 rifles.", nil, nil,
			[]string{"seizure/weapons/pistols/-///////", "seizure/weapons/rifles/12/exact//////"}},
	})
}

// TestStocksBuiltUp covers stocks a group built up, uncounted, which are
// records held by the first of the groups told, beside stocks only named.
func TestStocksBuiltUp(t *testing.T) {
	ttp := [3]string{"TTP", "TTP", "militants"}
	bla := [3]string{"BLA", "BLA", "militants"}
	runProbeGapCases(t, []probeGapCase{
		{"stocks built up by two groups",
			"Officials said the TTP and BLA had built up stocks of hand grenades and mortar rounds.", [][3]string{ttp, bla}, nil,
			[]string{"inventory/munitions/hand grenades/-/////TTP//", "inventory/munitions/mortar rounds/-/////TTP//"}},
		{"stocks only named",
			"Officials said the TTP had built a base near stocks of hand grenades.", [][3]string{ttp}, nil, nil},
	})
}

// TestAbandonedOnTheRun covers arms that smugglers or militants abandoned,
// the force's find, beside arms a force abandoned, a stock left behind.
func TestAbandonedOnTheRun(t *testing.T) {
	runProbeGapCases(t, []probeGapCase{
		{"arms people on the run abandoned",
			"Militants abandoned 12 rifles near the post after a clash with police.", nil, nil,
			[]string{"seizure/weapons/rifles/12/exact//////"}},
		{"arms a force abandoned",
			"Retreating troops abandoned 12 tanks near the border.", nil, nil,
			[]string{"inventory/vehicles/tanks/12/exact//////"}},
	})
}
