package equipment

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestWeapons(t *testing.T) {
	text := "Militants used a vehicle-borne improvised explosive device, hand grenades and RPGs, and fired from a quadcopter."
	var got []string
	for _, w := range Weapons(lex.Tokens(text, 0, len(text))) {
		got = append(got, w.Name)
	}
	if want := "VBIED|hand grenade|RPG|quadcopter"; strings.Join(got, "|") != want {
		t.Errorf("Weapons = %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestFind covers inventories, seizures and the phrasings the
// equipment probe showed vigil missing, each with the phrasing a rule
// could wrongly take for it. Each
// record is kind/category/item/quantity/bound/value/origin/location/
// holder/as_of/attributed_to.
func TestFind(t *testing.T) {
	checkRecords(t, []recordCase{
		{"inventory with value and counts",
			"US forces left weapons in Afghanistan.\nA March 2023 report by the Office of the Inspector General said nearly $3 billion worth of military assets were left behind, including 40 aircraft and more than 9,000 vehicles.",
			[]string{
				"inventory/all_assets/military assets/-/approx/3000000000/United States/Afghanistan//2023-03/Inspector General",
				"inventory/aircraft/aircraft/40/exact//United States/Afghanistan//2023-03/Inspector General",
				"inventory/vehicles/vehicles/9000/lower//United States/Afghanistan//2023-03/Inspector General",
			}},
		{"seizure",
			"Police recovered 15 Kalashnikovs and 2,000 rounds of ammunition from the militants in Bannu on 2 May 2024.",
			[]string{
				"seizure/weapons/Kalashnikovs/15/exact/////2024-05-02/",
				"seizure/ammunition/rounds of ammunition/2000/exact/////2024-05-02/",
			}},
		{"no count, no record",
			"Experts warn that sophisticated firearms and armored vehicles have fallen into the hands of militant groups.",
			nil},
		// A singular noun after "a" or "an" is one.
		{"an article counts one",
			"Police recovered a Kalashnikov and a 9mm pistol from the suspect.",
			[]string{"seizure/weapons/Kalashnikov/1/exact//////", "seizure/weapons/pistol/1/exact//////"}},
		{"a vehicle the arms were found in is not seized",
			"A sticky bomb was recovered from a parked vehicle in the district.",
			[]string{"seizure/explosives/sticky bomb/1/exact//////"}},
		{"a drone that dropped them is not seized",
			"Troops recovered two pistols dropped by a drone near the border.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"a drone seized is",
			"Border guards recovered a Chinese-made drone near the border.",
			[]string{"seizure/aircraft/drone/1/exact//China////"}},
		{"a noun that qualifies another is not an item",
			"Police seized two magazines from the men behind the grenade attack.",
			[]string{"seizure/ammunition/magazines/2/exact//////"}},
		// The fourth probe's phrasings.
		{"a sentence that lists what the one before counted",
			"The audit said $7 billion worth of military equipment remained in Afghanistan. That included 78 aircraft and more than 40,000 vehicles.",
			[]string{"inventory/all_assets/military equipment/-/exact/7000000000//Afghanistan///audit", "inventory/aircraft/aircraft/78/exact///Afghanistan///audit", "inventory/vehicles/vehicles/40000/lower///Afghanistan///audit"}},
		{"a list after a sentence with no record is no record",
			"The minister visited the border. That included 12 posts and more than 40 vehicles.",
			nil},
		{"the United States that had given the materiel is its origin",
			"Equipment the United States had given the Afghan army remained in Afghanistan, including 78 aircraft.",
			[]string{"inventory/aircraft/aircraft/78/exact//United States/Afghanistan///"}},
		{"the body that tells the paragraph, named in the sentence after",
			"Explosives, 23 detonators and two pistols were recovered from their possession. The suspects were planning attacks, the CTD said.",
			[]string{"seizure/explosives/explosives/-///////CTD", "seizure/explosives/detonators/23/exact//////CTD", "seizure/weapons/pistols/2/exact//////CTD"}},
		{"a search that revealed arms, dated by the sentence before",
			"A patrol boat stopped a fishing vessel on 7 March 2024. A search revealed 25 Kalashnikov rifles and a satellite phone.",
			[]string{"seizure/weapons/Kalashnikov rifles/25/exact/////2024-03-07/", "seizure/communications/satellite phone/1/exact/////2024-03-07/"}},
		{"arms taken by fighters",
			"The fighters had taken at least 40 T-72 tanks and 15 helicopters from the army.",
			[]string{"seizure/vehicles/T-72 tanks/40/lower//////", "seizure/aircraft/helicopters/15/exact//////"}},
		{"the wounded taken to hospital are no materiel",
			"Rescuers had taken the wounded to hospital in two vehicles.",
			nil},
		{"policemen riding on motorcycles are no sighting",
			"Maoists opened fire on the policemen, who were riding on eight motorcycles.",
			nil},
		{"grenades launched are how an attack is told",
			"Militants launched several grenades at a military outpost.",
			nil},
		{"drones and missiles launched",
			"Militants launched 15 drones and four ballistic missiles at ships.",
			[]string{"use/aircraft/drones/15/exact//////", "use/munitions/ballistic missiles/4/exact//////"}},
		{"an operation launched is no materiel",
			"The army launched an operation against the militants after the attack.",
			nil},
		{"phones snatched by robbers are no materiel",
			"Robbers snatched two mobile phones and cash from a shopkeeper.",
			nil},
		{"phones and motorbikes recovered from militants",
			"Troops recovered 14 motorbikes and several mobile phones from the militants' camp.",
			[]string{"seizure/vehicles/motorbikes/14/exact//////", "seizure/communications/mobile phones/3/approx//////"}},
		{"a cache found is a find",
			"A huge cache of arms and ammunition was found buried in a field.",
			[]string{"seizure/weapons/arms and ammunition/-///////"}},
		{"a thing found that is no cache is no find",
			"Police found the arms dealer's shop closed.",
			nil},
		{"arms seen in videos",
			"Analysts said M4 carbines appeared in more than half of the militants' videos.",
			[]string{"sighting/weapons/M4 carbines/-///////Analysts"}},
		{"drones brought down",
			"An official said 11 drones had been brought down by the army.",
			[]string{"seizure/aircraft/drones/11/exact//////"}},
		{"a shipment stopped",
			"A shipment of 80 rifles had been stopped near the border.",
			[]string{"seizure/weapons/rifles/80/exact//////"}},
		{"the longer name first, however the list is ordered",
			"Troops seized 40 artillery shells from the depot.",
			[]string{"seizure/munitions/artillery shells/40/exact//////"}},
		{"a model's variant and a series join their item",
			"Police recovered two M16A4 rifles and 90 AK-series rifles.",
			[]string{"seizure/weapons/M16A4 rifles/2/exact//////", "seizure/weapons/AK-series rifles/90/exact//////"}},
		{"a launcher is the weapon, not the grenade it fires",
			"Police seized a grenade launcher, six rocket-propelled grenade launchers and two magazines from the hideout.",
			[]string{"seizure/weapons/grenade launcher/1/exact//////", "seizure/weapons/rocket-propelled grenade launchers/6/exact//////", "seizure/ammunition/magazines/2/exact//////"}},
		// Calibres, models and units are not counts.
		{"calibres and model numbers",
			"Police recovered three 30 bore pistols, a .303 rifle and an AK 47 rifle.",
			[]string{"seizure/weapons/30-bore pistols/3/exact//////", "seizure/weapons/.303 rifle/1/exact//////", "seizure/weapons/AK-47 rifle/1/exact//////"}},
		{"a model joins its item",
			"Police recovered two M16 assault rifles and an INSAS rifle.",
			[]string{"seizure/weapons/M16 assault rifles/2/exact//////", "seizure/weapons/INSAS rifle/1/exact//////"}},
		{"a weight is not a count",
			"Police seized 20 kilograms of explosives and 15 detonators.",
			[]string{"seizure/explosives/explosives/-///////", "seizure/explosives/detonators/15/exact//////"}},
		{"a spent cartridge is still counted",
			"Police recovered 15 used cartridges and a machinegun from the spot.",
			[]string{"seizure/ammunition/cartridges/15/exact//////", "seizure/weapons/machine gun/1/exact//////"}},
		{"bombs and guns found are seized",
			"Police recovered six can bombs, a country made gun and two claymore mines from a culvert.",
			[]string{"seizure/explosives/can bombs/6/exact//////", "seizure/weapons/country-made gun/1/exact//////", "seizure/explosives/claymore mines/2/exact//////"}},
		{"a bomb squad, a gun battle and a bomb threat are none",
			"The bomb disposal squad found nothing after a gun battle and a bomb threat at the school.", nil},
		{"gun powder is no gun",
			"Police recovered 200 grams of gun powder from the bag.",
			[]string{"seizure/explosives/gunpowder/-///////"}},
		{"a figure of another clause is not a count",
			"The police arrested 15 suspects in 24 hours and recovered explosives from them.",
			[]string{"seizure/explosives/explosives/-///////"}},
		{"a depot of weapons is not weapons; rounds of a calibre are one item",
			"Troops raided a weapons depot and seized 300 rounds of 7.62 mm ammunition and 40 rounds of live ammunition.",
			[]string{"seizure/ammunition/rounds of ammunition/300/exact//////", "seizure/ammunition/rounds of ammunition/40/exact//////"}},
		{"the weapon ammunition is for is not seized itself",
			"Police seized 160 rounds of SLR rifle and three magazines of AK 47 rifle.",
			[]string{"seizure/ammunition/rounds/160/exact//////", "seizure/ammunition/magazines/3/exact//////"}},
		{"a unit named after rifles",
			"Troops of the Assam Rifles recovered two pistols near the camp.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"a body named after arms is not arms",
			"The Small Arms Survey estimates that people in the country hold 2 million firearms.",
			[]string{"inventory/weapons/firearms/2000000/exact//////Small Arms Survey"}},
		{"what arms are for is not held",
			"The TTP has acquired 100 drones, which it modifies to drop mortar rounds.",
			[]string{"inventory/aircraft/drones/100/exact//////"}},
		{"a purpose with a count is still a record",
			"Militants smuggled 20 drones into the district to drop 200 mortar rounds.",
			[]string{"transfer/aircraft/drones/20/exact//////", "transfer/munitions/mortar rounds/200/exact//////"}},
		{"one item named twice",
			"Police recovered three improvised explosive devices (IEDs) near the road.",
			[]string{"seizure/explosives/IEDs/3/exact//////"}},
		// What a seizure without a count is worth.
		{"named materiel seized, uncounted",
			"Troops recovered rocket launchers and mortar shells from the hideout.",
			[]string{"seizure/weapons/rocket launchers/-///////", "seizure/munitions/mortar shells/-///////"}},
		{"arms in general, uncounted, are not a record",
			"Weapons and ammunition were recovered from the killed militants.", nil},
		{"a weak cue does not make an uncounted record",
			"The bodies were found next to rocket launchers.", nil},
		{"the head of a list gives way to the list",
			"Police recovered a cache of arms and ammunition, including rocket launchers and explosives.",
			[]string{"seizure/weapons/rocket launchers/-///////", "seizure/explosives/explosives/-///////"}},
		{"a head with its own origin stays in a claim of arms seen",
			"Weapons of US origin, including M4 rifles, were seen in the hands of the militants.",
			[]string{"sighting/weapons/weapons/-///United States//militants//", "sighting/weapons/M4 rifles/-///United States//militants//"}},
		{"a seizure is of the list, which takes the head's origin",
			"Weapons of US origin, including M4 rifles, were seized from the militants.",
			[]string{"seizure/weapons/M4 rifles/-///United States//militants//"}},
		// Kinds.
		{"a country made gun is counted",
			"Police recovered two country made carbines and three China made hand grenades.",
			[]string{"seizure/weapons/country-made carbines/2/exact//////", "seizure/munitions/hand grenades/3/exact//China////"}},
		{"an origin before an item covers the bare nouns joined to it",
			"Police seized one Chinese pistol, two magazines and US-made rifles and grenades.",
			[]string{"seizure/weapons/pistol/1/exact//China////", "seizure/ammunition/magazines/2/exact//////", "seizure/weapons/rifles/-///United States////", "seizure/munitions/grenades/-///United States////"}},
		{"arms the attackers took away",
			"The attackers took away three rifles and a wireless set from the post.",
			[]string{"seizure/weapons/rifles/3/exact//////", "seizure/communications/wireless set/1/exact//////"}},
		{"a finding discovered is no find",
			"Auditors discovered that 3,000 rifles issued to the police were missing.", nil},
		{"materiel that came with an arrest",
			"Troops apprehended two cadres along with a 9mm pistol and five live rounds.",
			[]string{"seizure/weapons/pistol/1/exact//////", "seizure/ammunition/live rounds/5/exact//////"}},
		{"an arrest in connection with an attack is no seizure",
			"Police arrested two men in connection with the grenade attack on the market.", nil},
		{"a participle that describes the materiel gives way to the verb",
			"The Taliban displayed dozens of captured armoured vehicles at a parade.",
			[]string{"sighting/vehicles/armoured vehicles/12/approx//////"}},
		{"seen in a video is not seen in someone's hands",
			"Experts say the rifle seen in the video appears to be an M4 carbine.", nil},
		{"a gunman armed with a pistol is how an attack is told",
			"The gunmen, armed with pistols and a hand grenade, stormed the bank.", nil},
		{"handed over is no lower bound",
			"Villagers handed over 14 guns to the police.",
			[]string{"transfer/weapons/guns/14/exact//////"}},
		{"received from a country",
			"The army received 31 tanks from the United States.",
			[]string{"transfer/vehicles/tanks/31/exact//United States////"}},
		{"a tip received is no transfer",
			"Police received a tip-off about a bomb planted near the bazaar.", nil},
		{"a verb and its object are no participle",
			"The police had received intelligence reports and recovered explosives and detonators from the house.",
			[]string{"seizure/explosives/explosives/-///////", "seizure/explosives/detonators/-///////"}},
		{"a fuel tank is no tank",
			"Troops seized 3 fuel tanks from the smugglers' depot.", nil},
		{"a foiled smuggling is a seizure",
			"Customs officials foiled an attempt to smuggle 25 pistols into Pakistan.",
			[]string{"seizure/weapons/pistols/25/exact///Pakistan///"}},
		{"smuggling that went through is a transfer",
			"Militants smuggled 25 pistols into Pakistan.",
			[]string{"transfer/weapons/pistols/25/exact///Pakistan///"}},
		{"an audit that found is no find",
			"An audit found that the US had provided 300 rifles to the Afghan army.",
			[]string{"transfer/weapons/rifles/300/exact//United States/Afghanistan///audit"}},
		{"a force that had aircraft",
			"A report in June 2017 said the Afghan air force had 208 aircraft.",
			[]string{"inventory/aircraft/aircraft/208/exact///Afghanistan//2017-06/"}},
		{"had before a deed is no inventory",
			"Militants had fired 20 rockets at the camp.", nil},
		{"a magazine holds rounds, nobody owns them",
			"The new rifle holds 30 rounds in its magazine.", nil},
		{"people who hold arms",
			"Civilians in Pakistan hold some 43.9 million firearms.",
			[]string{"inventory/weapons/firearms/43900000/approx///Pakistan///"}},
		{"a sighting of arms carried",
			"Footage showed militants carrying American M4 rifles.",
			[]string{"sighting/weapons/M4 rifles/-///United States//militants//"}},
		{"a vehicle's load is no sighting",
			"A van carrying passengers hit an IED on the road.", nil},
		{"the army that used arms is not where they were made",
			"The Indian army retaliated using heavy machine guns.", nil},
		{"arms carried by people are seen",
			"Two militants carrying four hand grenades were seen near the post.",
			[]string{"sighting/munitions/hand grenades/4/exact////militants//"}},
		{"a vehicle packed with explosives is one thing used",
			"A US-made Humvee packed with explosives was used in the attack.",
			[]string{"use/vehicles/Humvee/1/exact//United States////"}},
		{"what cannot be accounted for is an inventory",
			"Some 4,300 radios provided to the former Afghan army could not be accounted for.",
			[]string{"inventory/communications/radios/4300/approx///Afghanistan///"}},
		// Countries.
		{"the giver and the place it left",
			"The US military left behind equipment worth more than $7 billion when it withdrew from Afghanistan.",
			[]string{"inventory/all_assets/equipment/-/lower/7000000000/United States/Afghanistan///"}},
		{"the recipient's country is where it is",
			"At least 22,000 Humvees were handed to the Afghan army.",
			[]string{"transfer/vehicles/Humvees/22000/lower//United States/Afghanistan///"}},
		{"the seizing force's country is where, not whence",
			"Iranian border guards seized 300 hunting rifles from smugglers.",
			[]string{"seizure/weapons/hunting rifles/300/exact///Iran///"}},
		{"a country adjective before the materiel is still its origin",
			"Police seized 40 Chinese rifles.",
			[]string{"seizure/weapons/rifles/40/exact//China////"}},
		{"a count and a value",
			"Around 40 drones worth $120 million remain stored in hangars under Taliban control.",
			[]string{"inventory/aircraft/drones/40/approx/120000000/////"}},
		// Sources named before their telling.
		{"a body named before its verb",
			"CTD Punjab said it had recovered 10 detonators.",
			[]string{"seizure/explosives/detonators/10/exact//////CTD Punjab"}},
		{"a report's author",
			"A SIGAR audit released in 2022 showed that the US had supplied 96,000 vehicles to the Afghan army.",
			[]string{"transfer/vehicles/vehicles/96000/exact//United States/Afghanistan///SIGAR"}},
		// The phrasings of the second equipment probe's misses.
		{"a body's place between it and its telling",
			"Police in Peshawar said they had seized six SMGs from a house.",
			[]string{"seizure/weapons/SMGs/6/exact//////Police"}},
		{"a body's place with no telling is no source",
			"Police in Peshawar seized six SMGs from a house.",
			[]string{"seizure/weapons/SMGs/6/exact//////"}},
		{"officials speak for the body named before them",
			"Taliban officials said border police seized 200 rifles in Kunar.",
			[]string{"seizure/weapons/rifles/200/exact//////Taliban"}},
		{"a demonym before officials names no body",
			"Iranian officials said border guards seized 300 rifles.",
			[]string{"seizure/weapons/rifles/300/exact//////"}},
		{"a body and the region it serves",
			"The Frontier Corps Balochistan said it had seized 7 anti-aircraft guns.",
			[]string{"seizure/weapons/anti-aircraft guns/7/exact//////Frontier Corps"}},
		{"a monitoring team's report",
			"A UN monitoring team report said the Taliban had retained 300,000 small arms and 26,000 heavy weapons.",
			[]string{"inventory/weapons/small arms/300000/exact//////UN", "inventory/weapons/heavy weapons/26000/exact//////UN"}},
		{"supplied by names the giver, not the teller",
			"SIGAR said that more than 427,000 weapons supplied by the United States remained in Afghanistan.",
			[]string{"inventory/weapons/weapons/427000/lower//United States/Afghanistan///SIGAR"}},
		{"a reporter who found is no find; arms on offer are seen",
			"In a gun market, traders openly sell American M4 carbines, a reporter found.",
			[]string{"sighting/weapons/M4 carbines/-///United States////"}},
		{"a price is no sighting",
			"A price list shows a Kalashnikov selling for Rs 150,000 and 20 pistols selling at Rs 60,000.",
			nil},
		{"a plan to sell is no sighting",
			"The government agreed to sell 40 rifles to the club.",
			nil},
		{"what was seized before is the past of what is handed over",
			"The Taliban handed over 500 small arms seized from the former army to TTP fighters.",
			[]string{"transfer/weapons/small arms/500/exact////TTP//"}},
		{"a seizure named first is still the news",
			"Night-vision equipment seized by customs at Quetta was traced to stocks left behind by US forces.",
			[]string{"seizure/night_vision/night vision equipment/-///United States////"}},
		{"left at a place is an inventory",
			"The Pentagon said 78 aircraft worth $923 million were left at Kabul airport.",
			[]string{"inventory/aircraft/aircraft/78/exact/923000000/////Pentagon"}},
		{"seen at a parade",
			"About 100 Humvees were seen at a parade at Bagram.",
			[]string{"sighting/vehicles/Humvees/100/approx//United States////"}},
		{"seen as a symbol is no sighting",
			"The 300 rifles were seen as a symbol of the revolt.",
			nil},
		{"arms dropped by drones across a border",
			"Drones from across the border dropped 16 pistols in Gurdaspur district.",
			[]string{"transfer/weapons/pistols/16/exact//////"}},
		// The drone is used; the rounds it drops are the attack's weapon,
		// told with the event.
		{"a drone that drops rounds on a post is used",
			"A drone dropped two mortar rounds on the police station.",
			[]string{"use/aircraft/drone/1/exact//////"}},
		{"rounds dropped by a drone are no use of it",
			"Two mortar rounds were dropped by a drone on the police station.",
			nil},
		{"a rifle holds rounds, retains nothing",
			"The rifle retained 30 rounds in its magazine.",
			nil},
		{"in the hands of a force",
			"US equipment worth $7 billion was in the hands of Afghan forces.",
			[]string{"inventory/all_assets/equipment/-/exact/7000000000/United States/Afghanistan///"}},
		{"what fighters ride in is seen",
			"Taliban fighters riding in Ford Ranger pickups carried M16s.",
			[]string{"sighting/vehicles/Ford Ranger pickups/-///////", "sighting/weapons/M16 rifles/-///////"}},
		{"riding a motorcycle is how an attack is told",
			"Militants riding on a motorcycle hurled a grenade at the post.",
			nil},
		{"optics under any name",
			"Customs seized 15 night vision binoculars, 35 thermal imaging cameras and a night-vision scope.",
			[]string{"seizure/night_vision/night vision binoculars/15/exact//////", "seizure/night_vision/thermal imaging cameras/35/exact//////", "seizure/night_vision/night vision scope/1/exact//////"}},
		{"drones, cords and wires",
			"The BSF recovered a hexacopter, 20 feet of prima cord and 500 metres of cordex wire.",
			[]string{"seizure/aircraft/hexacopter/1/exact//////", "seizure/explosives/prima cord/-///////", "seizure/explosives/cordex wire/-///////"}},
		{"the kind of an item stays in its name",
			"Police recovered 150 live rounds, 100 electric detonators, a country-made pistol, 15 pistol rounds and nine TT pistols.",
			[]string{"seizure/ammunition/live rounds/150/exact//////", "seizure/explosives/electric detonators/100/exact//////", "seizure/weapons/country-made pistol/1/exact//////", "seizure/ammunition/pistol rounds/15/exact//////", "seizure/weapons/TT pistols/9/exact//////"}},
		{"a rifle's name as written",
			"Police recovered three Kalashnikov rifles and two AK-47 rifles.",
			[]string{"seizure/weapons/Kalashnikov rifles/3/exact//////", "seizure/weapons/AK-47 rifles/2/exact//////"}},
		{"a scope that shot is the verb's subject",
			"A sniper using a rifle with a night-vision scope shot dead a soldier.",
			[]string{"use/night_vision/night vision scope/1/exact//////"}},
		{"arms of an origin, with optics, all count",
			"Militants using US-made rifles with night-vision scopes attacked the post.",
			[]string{"use/weapons/rifles/-///United States//Militants//", "use/night_vision/night vision scopes/-///United States//Militants//"}},
		{"sights fitted to rifles are materiel",
			"The attackers used M4 rifles fitted with thermal sights.",
			[]string{"use/weapons/M4 rifles/-///////", "use/night_vision/thermal sights/-///////"}},
		{"a quadcopter modified for attack",
			"Militants used a quadcopter modified to drop mortar rounds.",
			[]string{"use/aircraft/quadcopter/1/exact////Militants//"}},
		// Since the ninth probe a drone used in an attack is a use
		// record, counted by its article as by a figure (the seventh
		// probe's "used two quadcopters to drop mortar shells"); the
		// rounds it dropped are what it was used for.
		{"a quadcopter used to drop rounds",
			"Militants used a quadcopter to drop mortar rounds.",
			[]string{"use/aircraft/quadcopter/1/exact////Militants//"}},
		{"arms in general beside the arms named",
			"Troops recovered an M4 carbine from the militants, indicating that weapons reach the valley.",
			[]string{"seizure/weapons/M4 carbine/1/exact//////"}},
		{"a large quantity stays beside the arms named",
			"FC personnel took into custody 11 Kalashnikovs and a large quantity of ammunition.",
			[]string{"seizure/weapons/Kalashnikovs/11/exact//////", "seizure/ammunition/ammunition/-///////"}},
		{"a huge cache is a find",
			"A huge cache of arms and ammunition was recovered from a hideout.",
			[]string{"seizure/weapons/arms and ammunition/-///////"}},
		{"arms in a museum",
			"The museum displays a captured Sherman tank and three rifles.",
			nil},
		{"arms of a past war",
			"Collectors recovered three World War II rifles from the attic.",
			nil},
		{"a capital that gives is its state",
			"Washington provided Afghan forces with about 600,000 weapons.",
			[]string{"transfer/weapons/weapons/600000/approx//United States/Afghanistan///"}},
		{"a capital named as a place is no giver",
			"In Washington, officials said 40 rifles were seized.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"what was once done is no use",
			"We also used to operate 12 UAVs in these areas.", nil},
		{"arms used to attack are used",
			"Two rifles were used to attack the post.",
			[]string{"use/weapons/rifles/2/exact//////"}},
		{"a seizure told by its participle at the end of a run-on report",
			"They were handed over to the police station along with the recovered arms and ammunition and 12 pistols.",
			[]string{"seizure/weapons/pistols/12/exact//////"}},
		// The phrasings of batch 2-10's misses.
		{"arms seen on sale",
			"A reporter saw M249 machine guns on sale at a market.",
			[]string{"sighting/weapons/M249 machine guns/-///////"}},
		{"a sale agreed is no sighting",
			"The ministry approved the sale of 40 rifles to the club.", nil},
		{"a thermal weapon sight",
			"Police recovered a thermal weapon sight from the attackers.",
			[]string{"seizure/night_vision/thermal weapon sight/1/exact//////"}},
		{"a maker's two letters are a model",
			"The Taliban displayed refurbished Black Hawk and Mi-17 helicopters.",
			[]string{"sighting/aircraft/Black Hawk/-///United States////", "sighting/aircraft/Mi-17 helicopters/-///////"}},
		{"people seen are no sighting of arms",
			"Locals saw the militants lying near the 3 bombs they had planted.", nil},
		{"civilians who own arms",
			"Civilians in India own an estimated 71 million firearms.",
			[]string{"inventory/weapons/firearms/71000000/approx///India///"}},
		{"their own arms are no holding",
			"Police recovered their own 12 rifles.",
			[]string{"seizure/weapons/rifles/12/exact//////"}},
		{"a missile of note fired",
			"Militants fired a US-made Javelin missile at the post.",
			[]string{"use/munitions/Javelin missile/1/exact//United States////"}},
		{"rockets fired are how an attack is told",
			"Militants fired 20 rockets at the camp.", nil},
		{"replicas are no arms",
			"The film shows actors carrying 20 replica rifles.", nil},
		{"a place before the newspaper's name is no source",
			"Police recovered five pistols in Imphal West District, reports The Assam Tribune.",
			[]string{"seizure/weapons/pistols/5/exact//////"}},
		// From the third equipment probe's misses.
		{"shotguns and satellite phones are materiel",
			"Police seized four shotguns and two satellite phones from the suspects.",
			[]string{"seizure/weapons/shotguns/4/exact//////", "seizure/communications/satellite phones/2/exact//////"}},
		{"an origin written with -made before shotguns",
			"Police seized two Turkish-made shotguns from the suspects.",
			[]string{"seizure/weapons/shotguns/2/exact//Turkey////"}},
		{"a maker named as the model",
			"Police recovered a Glock pistol from the suspect.",
			[]string{"seizure/weapons/Glock pistol/1/exact//////"}},
		{"a bare model",
			"Police recovered an M16 and two M4 carbines from the hideout.",
			[]string{"seizure/weapons/M16/1/exact//////", "seizure/weapons/M4 carbines/2/exact//////"}},
		{"a model before rounds qualifies them",
			"Police recovered five M16 live rounds from the arrested cadre.",
			[]string{"seizure/ammunition/live rounds/5/exact//////"}},
		{"a model before its variant qualifies it",
			"Police recovered one M4 A1 carbine from the arrested cadre.",
			[]string{"seizure/weapons/A1 carbine/1/exact//////"}},
		{"a model before assault rifles names them",
			"Police recovered two M16 assault rifles.",
			[]string{"seizure/weapons/M16 assault rifles/2/exact//////"}},
		{"a figure across a with counts the people",
			"Troops arrested two linkmen with arms, ammunition and three grenades.",
			[]string{"seizure/weapons/arms/-///////", "seizure/ammunition/ammunition/-///////", "seizure/munitions/grenades/3/exact//////"}},
		{"the M4 motorway is no rifle",
			"Police recovered 20 kilograms of hashish from a car on the M4 motorway.",
			nil},
		{"arms listed beside other materiel",
			"Troops recovered arms, ammunition and explosives from the hideout.",
			[]string{"seizure/weapons/arms/-///////", "seizure/ammunition/ammunition/-///////", "seizure/explosives/explosives/-///////"}},
		{"arms in a law's name are no materiel",
			"Police recovered 12 pistols and booked the suspect under the Arms Act.",
			[]string{"seizure/weapons/pistols/12/exact//////"}},
		{"fighter jets acquired",
			"The air force has acquired 12 fighter jets.",
			[]string{"inventory/aircraft/fighter jets/12/exact//////"}},
		{"planes and motorcycles need a word of war",
			"The airline bought 12 planes and the dealer sold 300 motorcycles.",
			nil},
		{"a participle after a verb of display describes the materiel",
			"The militants paraded captured US Humvees through the town.",
			[]string{"sighting/vehicles/Humvees/-///United States//militants//"}},
		{"a participle as the verb stays a seizure",
			"The army captured 12 Humvees from the militants.",
			[]string{"seizure/vehicles/Humvees/12/exact//United States////"}},
		{"transferred materiel now in a group's hands is held",
			"Equipment worth $4.1 billion was transferred to the army and is now in Taliban hands.",
			[]string{"inventory/all_assets/equipment/-/exact/4100000000/////"}},
		{"an office of a place tells",
			"Smugglers abandoned 25 Kalashnikovs near the border, the deputy commissioner of Chagai said.",
			[]string{"seizure/weapons/Kalashnikovs/25/exact//////deputy commissioner of Chagai"}},
		{"an office that does not tell is no source",
			"The deputy commissioner of Chagai visited the post where police recovered 25 Kalashnikovs.",
			[]string{"seizure/weapons/Kalashnikovs/25/exact//////"}},
		{"dealers who saw the arms tell",
			"Dealers in Darra said 30 night-vision goggles were on sale in the market.",
			[]string{"sighting/night_vision/night vision goggles/30/exact//////Dealers"}},
		{"a photographer speaks for the agency",
			"Militants were seen with 12 M4 rifles in Kandahar, a Reuters photographer reported.",
			[]string{"sighting/weapons/M4 rifles/12/exact//////Reuters"}},
		{"a team named in capitals tells",
			"The UN Monitoring Team reported that the Taliban retained 70 aircraft.",
			[]string{"inventory/aircraft/aircraft/70/exact//////UN Monitoring Team"}},
		{"a body of a named group tells",
			"The Taliban's defence ministry says its air force has 25 helicopters.",
			[]string{"inventory/aircraft/helicopters/25/exact//////Taliban's defence ministry"}},
		{"acquired from a country is a transfer",
			"The military has acquired six Su-30SME fighter jets from Russia.",
			[]string{"transfer/aircraft/Su-30SME fighter jets/6/exact//Russia////"}},
		{"acquired with no seller stays a holding",
			"The air force has acquired 12 fighter jets since 2020.",
			[]string{"inventory/aircraft/fighter jets/12/exact//////"}},
		{"a consignment stopped is seized",
			"Border police said they had stopped a consignment of 300 US-made rifles bound for Pakistan.",
			[]string{"seizure/weapons/rifles/300/exact//United States////"}},
		{"a bus stopped is no seizure",
			"Police stopped a bus carrying 40 passengers near the border.",
			nil},
		{"people named by what they are hold what they parade",
			"Jihadists in Mali paraded 12 Turkish-made armoured vehicles seized from the army.",
			[]string{"sighting/vehicles/armoured vehicles/12/exact//Turkey/Mali/Jihadists//"}},
		{"people who seize are not holders",
			"Police in Quetta seized 12 rifles from the gunmen.",
			[]string{"seizure/weapons/rifles/12/exact//////"}},
		{"a country's force in lower case tells",
			"Afghan border police at Spin Boldak said they had seized 300 rifles.",
			[]string{"seizure/weapons/rifles/300/exact///Afghanistan///Afghan border police"}},
		{"a demonym before other words tells nothing",
			"Afghan refugees at Spin Boldak said police had seized 300 rifles.",
			[]string{"seizure/weapons/rifles/300/exact//////"}},
		{"arms on the accused are seized",
			"Police said the accused had been carrying a pistol and two magazines.",
			[]string{"seizure/weapons/pistol/1/exact//////Police", "seizure/ammunition/magazines/2/exact//////Police"}},
		{"arms carried by militants are seen",
			"Militants carrying two pistols were seen near the post.",
			[]string{"sighting/weapons/pistols/2/exact////Militants//"}},
		{"things used listed with a notable one",
			"Terrorists used night-vision equipment and sniper rifles in the attack.",
			[]string{"use/night_vision/night vision equipment/-/////Terrorists//", "use/weapons/sniper rifles/-/////Terrorists//"}},
		{"arms shown to reporters are seen",
			"A shopkeeper showed reporters a Glock 19 and two Turkish-made shotguns.",
			[]string{"sighting/weapons/Glock 19/1/exact//////", "sighting/weapons/shotguns/2/exact//Turkey////"}},
		{"seen in the hands of stays a sighting",
			"US-made M4 rifles have been seen in the hands of militants.",
			[]string{"sighting/weapons/M4 rifles/-///United States//militants//"}},
	})
}

// recordCase is a text and the records Find should give it, each written
// by recordLine.
type recordCase struct {
	name, text string
	want       []string
}

// checkRecords runs Find on each case (no publication date, no actors)
// and checks its records and that every evidence quote is the text at its
// offsets.
func checkRecords(t *testing.T, cases []recordCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, textDates(dates.Find(tc.text, time.Time{})), tc.want)
		})
	}
}

// checkFound runs Find on text in context cx and checks its records, each
// written by recordLine, and that every evidence quote is the text at its
// offsets.
func checkFound(t *testing.T, text string, cx Context, want []string) {
	t.Helper()
	var got []string
	for _, r := range Find(text, lex.Split(text), cx) {
		got = append(got, recordLine(r))
		for _, e := range r.Evidence {
			if text[e.Start:e.End] != e.Quote {
				t.Errorf("evidence %s quote %q != text", e.Field, e.Quote)
			}
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\nFind:\n%s\nwant:\n%s", text, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWeaponsPhrasing covers the event weapons the probe showed missing
// or doubled, and their look-alikes.
func TestWeaponsPhrasing(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A vehicle-borne IED rammed into the convoy.", "VBIED"},
		{"A car packed with explosives blew up near the gate.", "VBIED"},
		{"An explosives-laden truck was driven into the wall.", "VBIED"},
		{"Police found a car and explosives in the house.", "explosives"},
		{"The suicide bomber was packed with explosives.", "explosives"},
		{"Gunmen armed with Kalashnikov rifles opened fire.", "Kalashnikov"},
		{"Gunmen with AK-47 rifles and pistols opened fire.", "Kalashnikov|pistol"},
		{"Militants fired RPG-7s at the post.", "RPG"},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range Weapons(lex.Tokens(tc.text, 0, len(tc.text))) {
			got = append(got, w.Name)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("Weapons(%q) = %q, want %q", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestFifthProbePhrasings covers the phrasings the fifth equipment probe
// showed vigil missing, each beside the phrasing a rule could wrongly take
// for it. Records are written as in TestFind.
func TestFifthProbePhrasings(t *testing.T) {
	checkRecords(t, []recordCase{
		// The holder comes of the actors the extractor finds, which
		// this table's context leaves out.
		{"a force that controls a counted stock holds it",
			"The Taliban now controlled an estimated 12,000 Humvees.",
			[]string{"inventory/vehicles/Humvees/12000/approx//United States////"}},
		{"a force that kept a stock holds it",
			"The Taliban also kept some 1,000 armoured vehicles.",
			[]string{"inventory/vehicles/armoured vehicles/1000/approx//////"}},
		{"a force that controls an area holds no materiel",
			"The Taliban now controlled 12 districts of the province.",
			nil},
		{"a group that held a stock",
			"The panel said the group held at least 300 rifles.",
			[]string{"inventory/weapons/rifles/300/lower//////"}},
		{"police that held suspects with arms seized them",
			"Police held three suspects along with two pistols.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"forces that left a stock gave it",
			"US forces had left 70 MRAP vehicles at the airport.",
			[]string{"inventory/vehicles/MRAP vehicles/70/exact//United States////"}},
		{"militants that left vehicles burning left no stock",
			"Militants left 12 vehicles burning on the highway.",
			nil},
		{"a news agency tells",
			"Border guards seized 40 rifles near Saravan, the IRNA news agency reported.",
			[]string{"seizure/weapons/rifles/40/exact//////IRNA"}},
		{"a minister tells in lower case",
			"The interior minister told the Senate that police had recovered 63 rifles since January.",
			[]string{"seizure/weapons/rifles/63/exact//////interior minister"}},
		{"officials estimate",
			"Intelligence officials estimate that militants have acquired at least 1,000 night-vision devices.",
			[]string{"inventory/night_vision/night vision devices/1000/lower////militants//Intelligence"}},
		{"a minister who tells nothing",
			"The interior minister visited Bannu, where police had recovered 63 rifles since January.",
			[]string{"seizure/weapons/rifles/63/exact//////"}},
		{"officials who tell nothing",
			"Intelligence officials visited the depot where police had recovered 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"the value of materiel left in a country, put by a department",
			"The US Department of Defense has put the value of the equipment left in Afghanistan at around $7.12 billion.",
			[]string{"inventory/all_assets/equipment/-/approx/7120000000/United States/Afghanistan///US Department of Defense"}},
		{"the value of materiel with no kind of record",
			"The value of the rifles at the market was put at $400 each by dealers.",
			nil},
		{"the report's own date gives way to the stock's",
			"In its report published in July 2023, the Special Inspector General for Afghanistan Reconstruction said $7.12 billion worth of US-funded equipment was in the inventory of the Afghan forces when the government collapsed in August 2021.",
			[]string{"inventory/all_assets/equipment/-/exact/7120000000/United States///2021-08/Special Inspector General for Afghanistan Reconstruction"}},
		{"the report's own date alone is the stock's",
			"In its report published in July 2023, the watchdog said $7.12 billion worth of US-funded equipment was in the inventory of the Afghan forces.",
			[]string{"inventory/all_assets/equipment/-/exact/7120000000/United States///2023-07/"}},
		{"materiel paid for by a state is of that state",
			"The police received 2,500 Ford Ranger pickups paid for by the United States.",
			[]string{"transfer/vehicles/Ford Ranger pickups/2500/exact//United States////"}},
		{"a state that tells is no origin",
			"The police received 2,500 Ford Ranger pickups, according to the United States Embassy.",
			[]string{"transfer/vehicles/Ford Ranger pickups/2500/exact//////United States Embassy"}},
		{"a navy tells",
			"The US Navy said it had seized more than 2,000 assault rifles from a dhow.",
			[]string{"seizure/weapons/assault rifles/2000/lower///United States///US Navy"}},
		{"items of the fifth probe",
			"Troops seized an anti-aircraft gun, 14 M-ATVs, two Mi-17 helicopters, 20 light tactical vehicles and two UBGLs.",
			[]string{"seizure/weapons/anti-aircraft gun/1/exact//////", "seizure/vehicles/M-ATVs/14/exact//////",
				"seizure/aircraft/Mi-17 helicopters/2/exact//////", "seizure/vehicles/light tactical vehicles/20/exact//////",
				"seizure/weapons/UBGLs/2/exact//////"}},
	})
}

// TestSixthProbePhrasings covers what the sixth equipment probe showed
// vigil missing: arms on show at parades, materiel a search found
// aboard a vehicle, a value "in equipment", a list that opens the next
// paragraph, weapons told in general beside ammunition, and each with
// the sentence the rule must leave alone.
func TestSixthProbePhrasings(t *testing.T) {
	checkRecords(t, []recordCase{
		{"on display",
			"A Soviet-era Scud missile launcher and two T-55 tanks were also on display.",
			[]string{"sighting/weapons/Scud missile launcher/1/exact//Russia////", "sighting/vehicles/T-55 tanks/2/exact//////"}},
		{"flew overhead",
			"Two Mi-17 helicopters and a Black Hawk flew overhead.",
			[]string{"sighting/aircraft/Mi-17 helicopters/2/exact//////", "sighting/aircraft/Black Hawk/1/exact//United States////"}},
		{"shown at a parade",
			"More than 100 armoured vehicles and 30 aircraft were shown at the parade.",
			[]string{"sighting/vehicles/armoured vehicles/100/lower//////", "sighting/aircraft/aircraft/30/exact//////"}},
		{"a fleet repaired",
			"The ministry said its forces had repaired 42 helicopters.",
			[]string{"inventory/aircraft/helicopters/42/exact//////"}},
		{"a car that held arms was searched",
			"When the accused was arrested his car held two hand grenades and 500 rounds of ammunition.",
			[]string{"seizure/munitions/hand grenades/2/exact//////", "seizure/ammunition/rounds of ammunition/500/exact//////"}},
		{"a container that held arms",
			"A container declared as auto parts held 250 pistols.",
			[]string{"seizure/weapons/pistols/250/exact//////"}},
		{"police that held suspects did not search a vehicle",
			"Police held three suspects for questioning about 250 pistols.",
			nil},
		{"a value in equipment",
			"The United States had provided $18.6 billion in equipment to Afghan forces.",
			[]string{"transfer/all_assets/equipment/-/exact/18600000000/United States/Afghanistan///"}},
		{"a value in weapons and equipment is no value of the weapons",
			"About $18 billion in weapons and equipment was provided to Afghan forces.",
			nil},
		{"a place after a sum is still a place",
			"Police recovered $2 million in Karachi and two pistols.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"the list of the materiel opens the next paragraph",
			"The United States had provided $18.6 billion in equipment to Afghan forces.\n\nAccording to the report, the equipment included 96,000 ground vehicles.",
			[]string{"transfer/all_assets/equipment/-/exact/18600000000/United States/Afghanistan///",
				"transfer/vehicles/ground vehicles/96000/exact//United States/Afghanistan///report"}},
		{"a list of other materiel opens no record",
			"The United States had provided $18.6 billion in equipment to Afghan forces.\n\nAccording to the report, the programme included 96,000 training hours.",
			[]string{"transfer/all_assets/equipment/-/exact/18600000000/United States/Afghanistan///"}},
		{"weapons told in general beside ammunition",
			"Weapons, ammunition and explosives were recovered from the killed terrorists.",
			[]string{"seizure/weapons/weapons/-/////killed terrorists//", "seizure/ammunition/ammunition/-/////killed terrorists//", "seizure/explosives/explosives/-/////killed terrorists//"}},
		// Tellers told with more than a label before the verb.
		{"an office and the name of its holder",
			"Police recovered two pistols from the accused, SHO Rahim Khan said.",
			[]string{"seizure/weapons/pistols/2/exact//////SHO Rahim Khan"}},
		{"a name with no office tells nothing",
			"Police recovered two pistols from the accused, Rahim Khan said.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"officials and their place",
			"Taliban intelligence officials in Nangarhar said they had seized 60 rifles.",
			[]string{"seizure/weapons/rifles/60/exact//////Taliban intelligence officials"}},
		{"officials of a body",
			"Officials of the Islamic Emirate in Herat said border guards had seized 27 pistols.",
			[]string{"seizure/weapons/pistols/27/exact//////Officials of the Islamic Emirate"}},
		{"a ministry named in lower case",
			"The Taliban's ministry of defence said its forces had seized 8 tanks.",
			[]string{"seizure/vehicles/tanks/8/exact//////ministry of defence"}},
		{"weapons told in general beside the arms named",
			"Police recovered an M4 carbine and weapons left in Afghanistan.",
			[]string{"seizure/weapons/M4 carbine/1/exact///Afghanistan///"}},
	})
}

// actorsAt is a test context that names the actors of a text by their
// words: each key of names is found in the text and given its side.
type actorsAt struct {
	textDates
	text  string
	names map[string]string // words -> side
}

func (c actorsAt) Actors(start, end int) []Actor {
	var out []Actor
	for words, side := range c.names {
		for from := start; ; {
			i := strings.Index(c.text[from:end], words)
			if i < 0 {
				break
			}
			out = append(out, Actor{Name: words, Side: side, Span: Span{Start: from + i, End: from + i + len(words)}})
			from += i + len(words)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// TestHolderBefore covers a holder told only by words that point back
// ("the group", "its fighters", "Fighters drove"), found in the armed
// force the sentences before name last, and a force that "received"
// materiel.
func TestHolderBefore(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the group of the paragraph before",
			"The report said the TTP had gained access to weapons.\n\nOne Member State estimated that the group held about 2,000 rifles.",
			[]string{"inventory/weapons/rifles/2000/approx////TTP//One Member State"}},
		{"no group named before",
			"One Member State estimated that the group held about 2,000 rifles.",
			[]string{"inventory/weapons/rifles/2000/approx//////One Member State"}},
		{"a seizure from the group keeps no holder",
			"The TTP attacked a post on Monday.\n\nPolice said they recovered 20 rifles from the group.",
			[]string{"seizure/weapons/rifles/20/exact//////Police"}},
		{"fighters of a force",
			"The Islamic Emirate held a parade on Wednesday.\n\nFighters displayed two Mi-17 helicopters.",
			[]string{"sighting/aircraft/Mi-17 helicopters/2/exact///Afghanistan/Military Forces of Afghanistan//"}},
	}
	tests = append(tests, []struct {
		name, text string
		want       []string
	}{
		{"a force that received materiel holds it",
			"The ministry said the Frontier Corps Khyber Pakhtunkhwa had received 120 armoured personnel carriers.",
			[]string{"transfer/vehicles/armoured personnel carriers/120/exact////Frontier Corps//"}},
		{"a force that tells of materiel received by others holds none",
			"The Frontier Corps said militants in the valley had received 120 rifles.",
			[]string{"transfer/weapons/rifles/120/exact//////Frontier Corps"}},
	}...)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cx := actorsAt{textDates(dates.Find(tc.text, time.Time{})), tc.text, map[string]string{"TTP": "militants", "Frontier Corps": "security_forces"}}
			if strings.Contains(tc.text, "Islamic Emirate") {
				cx.names = map[string]string{"Islamic Emirate": "security_forces"}
			}
			checkFound(t, tc.text, holderNamed{cx}, tc.want)
		})
	}
}

// holderNamed gives the actors of actorsAt their dictionary names: the
// Islamic Emirate's forces are Afghanistan's.
type holderNamed struct{ actorsAt }

func (c holderNamed) Actors(start, end int) []Actor {
	out := c.actorsAt.Actors(start, end)
	for i := range out {
		if out[i].Name == "Islamic Emirate" {
			out[i].Name = "Military Forces of Afghanistan"
		}
	}
	return out
}

// recordLine writes a record as "kind/category/item/quantity/bound/value/
// origin/location/holder/as-of/attribution", "-" for no quantity.
func recordLine(r vigil.Equipment) string {
	q, v := "-", ""
	if r.Quantity != nil {
		q = fmt.Sprint(*r.Quantity)
	}
	if r.ValueUSD != nil {
		v = fmt.Sprint(*r.ValueUSD)
	}
	return strings.Join([]string{r.Kind, r.Category, r.Item, q, r.Bound, v, r.OriginCountry, r.LocationCountry, r.Holder, r.AsOf, r.AttributedTo}, "/")
}

// TestSeventhProbePhrasings covers the phrasings the seventh probe found
// unread (bombs defused, arms deposited or kept at a surrender, drones an
// attack was made with, prices in a market, tellers named with a bracket,
// an aside or their place) and the near sentences they must leave alone.
func TestSeventhProbePhrasings(t *testing.T) {
	checkRecords(t, []recordCase{
		{"bombs defused",
			"The bomb disposal unit defused two landmines buried beside the road to the school.",
			[]string{"seizure/explosives/landmines/2/exact//////"}},
		{"a dispute defused is no record",
			"Talks with the elders defused the dispute over the checkpoint.",
			nil},
		{"arms deposited",
			"The rebels deposited 12 rifles at the district office.",
			[]string{"transfer/weapons/rifles/12/exact//////"}},
		{"money deposited is no record",
			"The trader deposited the money in a bank.",
			nil},
		{"surrendered with his rifle",
			"A wanted commander surrendered to the Levies with his Kalashnikov and two magazines.",
			[]string{"transfer/weapons/Kalashnikov/1/exact//////", "transfer/ammunition/magazines/2/exact//////"}},
		{"surrendered after talks",
			"The commander surrendered after talks with the elders.",
			nil},
		{"an attack made with drones",
			"Militants attacked a checkpost in Tank with three quadcopters on Monday.",
			[]string{"use/aircraft/quadcopters/3/exact//////"}},
		{"drones flown after an attack are no use",
			"Police patrolled the area with two drones after the attack.",
			nil},
		{"a drone dropped a device",
			"A quadcopter dropped an explosive device on the police post.",
			[]string{"use/aircraft/quadcopter/1/exact//////"}},
		{"a price in a bazaar",
			"In the Landi Kotal bazaar a Chinese pistol sells for Rs 70,000.",
			[]string{"sighting/weapons/pistol/1/exact//China////"}},
		{"a used rifle on sale is no use",
			"A dealer said a used Glock sells for $900 in the market.",
			[]string{"sighting/weapons/Glock/1/exact//////dealer"}},
		{"a price with no market",
			"The rifle costs Rs 50,000 to make, the factory said.",
			nil},
		{"arms displayed in a market",
			"Shopkeepers in the bazaar display Kalashnikovs and pump-action shotguns.",
			[]string{"sighting/weapons/Kalashnikovs/-///////", "sighting/weapons/shotguns/-///////"}},
		{"a display of force",
			"The army staged a display of 40 tanks.",
			nil},
		{"an origin inside a list",
			"Troops seized eight pistols of Chinese make and 400 rounds.",
			[]string{"seizure/weapons/pistols/8/exact//China////", "seizure/ammunition/rounds/400/exact//////"}},
		{"a maker before the noun",
			"Police recovered a Turkish Zigana pistol and two PK machine guns.",
			[]string{"seizure/weapons/Zigana pistol/1/exact//Turkey////", "seizure/weapons/PK machine guns/2/exact//////"}},
		{"held in a government's hands",
			"About 500 Humvees were in Afghan government hands in 2021.",
			[]string{"inventory/vehicles/Humvees/500/approx//United States/Afghanistan///"}},
		{"an attack carried out with a drone",
			"The attack on the post was carried out with a quadcopter carrying a grenade.",
			[]string{"use/aircraft/quadcopter/1/exact//////"}},
		{"arms carried by a man",
			"The man was carried out of the house on a stretcher.",
			nil},
		{"a model listed after a notable model",
			"Militants fired on the convoy with M16 rifles and a Soviet-era DShK heavy machine gun.",
			[]string{"use/weapons/M16 rifles/-///////", "use/weapons/DShK heavy machine gun/1/exact//Russia////"}},
		{"a unit that kept vehicles",
			"His unit kept 40 Ranger pickups captured from the army.",
			[]string{"inventory/vehicles/Ranger pickups/40/exact//////"}},
		{"a Humvee keeps its origin beside another's",
			"The audit counted 900 US-funded rifles and 4,700 Humvees left in the country.",
			[]string{"inventory/weapons/rifles/900/exact//United States////", "inventory/vehicles/Humvees/4700/exact//United States////"}},
	})
}

// TestSeventhProbeTellers covers the tellers the seventh probe found
// unread.
func TestSeventhProbeTellers(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a region in brackets",
			"Frontier Corps Balochistan (North) said it seized 10 rifles.",
			[]string{"seizure/weapons/rifles/10/exact//////Frontier Corps"}},
		{"an aside before the telling",
			"The Monitoring Team, in its report of May 2025, said the group held 300 rifles.",
			[]string{"inventory/weapons/rifles/300/exact/////2025-05/Monitoring Team"}},
		{"an office of a lower-case body",
			"Officers seized 20 rifles, the collector of customs said.",
			[]string{"seizure/weapons/rifles/20/exact//////collector of customs"}},
		{"officials and their airport",
			"Customs officials at Lahore airport said 6 pistols were seized from a passenger.",
			[]string{"seizure/weapons/pistols/6/exact//////Customs officials"}},
		{"a department in lower case",
			"Two rifles were seized, the home department said.",
			[]string{"seizure/weapons/rifles/2/exact//////home department"}},
		{"a named force of a country",
			"Afghan Taliban forces said they seized 9 rifles.",
			[]string{"seizure/weapons/rifles/9/exact//////Afghan Taliban forces"}},
		{"an intelligence service",
			"Taliban intelligence said it seized 14 pistols.",
			[]string{"seizure/weapons/pistols/14/exact//////Taliban"}},
		{"according to a body of one word",
			"According to the Pentagon, 70 aircraft were left behind.",
			[]string{"inventory/aircraft/aircraft/70/exact//////Pentagon"}},
		{"an office and its place",
			"A police commander in Zhob told reporters that 12 rifles were seized.",
			[]string{"seizure/weapons/rifles/12/exact//////commander"}},
		{"a chief of a place",
			"The police chief of Kurram told reporters that 30 rifles were seized.",
			[]string{"seizure/weapons/rifles/30/exact//////police chief of Kurram"}},
		{"a customs service",
			"Pakistan Customs said 40 pistols were seized.",
			[]string{"seizure/weapons/pistols/40/exact///Pakistan///Pakistan Customs"}},
		{"the department named before",
			"The CTD said militants had made 30 attacks. Police have shot down nine quadcopters, the department said.",
			[]string{"seizure/aircraft/quadcopters/9/exact//////CTD"}},
		{"an office of a body",
			"The CTD's chief said 60 rifles were seized.",
			[]string{"seizure/weapons/rifles/60/exact//////CTD"}},
		{"an office of a province",
			"Balochistan's home minister said 60 rifles were seized.",
			[]string{"seizure/weapons/rifles/60/exact//////home minister"}},
		{"a teller of another story",
			"Troops seized 40 rifles near the border. Separately, the province's police chief said two men were arrested.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a member state",
			"One Member State said 60 rifles were seized.",
			[]string{"seizure/weapons/rifles/60/exact//////One Member State"}},
		{"a state's name is no teller",
			"The United States said 60 rifles were seized.",
			[]string{"seizure/weapons/rifles/60/exact//////"}},
		{"a spokesman for an office",
			"The spokesman for the provincial governor said 60 rifles were seized.",
			[]string{"seizure/weapons/rifles/60/exact//////spokesman"}},
		{"a dealer tells a price",
			"A dealer in the market said a Turkish pistol costs Rs 90,000.",
			[]string{"sighting/weapons/pistol/1/exact//Turkey////dealer"}},
	})
}

// TestSeventhProbeHolders covers holders the seventh probe found missed:
// a force named by its owner's possessive, and a force that "held"
// counted materiel.
func TestSeventhProbeHolders(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a force of a possessor",
			"The Islamic Emirate's air force now operates 48 aircraft.",
			[]string{"inventory/aircraft/aircraft/48/exact///Afghanistan/Military Forces of Afghanistan//"}},
		{"a force with no possessor",
			"The air force now operates 48 aircraft.",
			[]string{"inventory/aircraft/aircraft/48/exact////air force//"}},
		{"a group that held materiel",
			"The Taliban held roughly 300 rifles.",
			[]string{"inventory/weapons/rifles/300/approx///Afghanistan/Taliban//"}},
		{"arms handed over go to their recipient",
			"The Taliban handed over 200 rifles to the TTP.",
			[]string{"transfer/weapons/rifles/200/exact////TTP//"}},
		{"arms handed over to no actor",
			"The Taliban handed over 200 rifles to a warehouse.",
			[]string{"transfer/weapons/rifles/200/exact//////"}},
		{"police who held suspects",
			"Police held three suspects with two pistols.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cx := actorsAt{textDates(dates.Find(tc.text, time.Time{})), tc.text, map[string]string{"Taliban": "militants", "air force": "security_forces", "Police": "security_forces", "TTP": "militants"}}
			if strings.Contains(tc.text, "Islamic Emirate") {
				cx.names["Islamic Emirate"] = "security_forces"
			}
			checkFound(t, tc.text, holderNamed{cx}, tc.want)
		})
	}
}

// s7Context is a context with places and actors of its own names, for the
// seventh probe's cases that need both.
type s7Context struct {
	textDates
	text   string
	actors [][3]string // words, dictionary name, side
	places map[string]string
}

func (c s7Context) Where(start, end int) (string, Span, bool) {
	for words, country := range c.places {
		if i := strings.Index(c.text[start:end], words); i >= 0 {
			return country, Span{start + i, start + i + len(words)}, true
		}
	}
	return "", Span{}, false
}

func (c s7Context) Actors(start, end int) []Actor {
	var out []Actor
	for _, a := range c.actors {
		for from := start; ; {
			i := strings.Index(c.text[from:end], a[0])
			if i < 0 {
				break
			}
			out = append(out, Actor{Name: a[1], Side: a[2], Span: Span{from + i, from + i + len(a[0])}})
			from += i + len(a[0])
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// TestSeventhProbeContext covers what the seventh probe found told around
// a sentence: a dateline's place, a place told again by its first word, a
// group the word "militants" or "his unit" stands for, a teller "he", a
// list of places inside a clause, and arms "handed them to" a group.
func TestSeventhProbeContext(t *testing.T) {
	militants := [3]string{"militants", "Unidentified Armed Group (Pakistan)", "militants"}
	tests := []struct {
		name, text string
		actors     [][3]string
		places     map[string]string
		want       []string
	}{
		{"a dateline places a later paragraph",
			"Bannu: Militants attacked a post on Monday.\n\nTroops recovered six rifles from the attackers.",
			nil, map[string]string{"Bannu": "Pakistan"},
			[]string{"seizure/weapons/rifles/6/exact///Pakistan///"}},
		{"no dateline",
			"Note: Troops recovered six rifles from the attackers.",
			nil, map[string]string{"Bannu": "Pakistan"},
			[]string{"seizure/weapons/rifles/6/exact//////"}},
		{"a place told again by its first word",
			"Guns are made in the Darra Adamkhel bazaar.\n\nDealers in Darra say a Turkish pistol costs Rs 90,000.",
			nil, map[string]string{"Darra Adamkhel": "Pakistan"},
			[]string{"sighting/weapons/pistol/1/exact//Turkey/Pakistan///Dealers"}},
		{"the militants of the group named before",
			"The TTP has grown stronger. The militants have used quadcopters fitted with grenades in 30 attacks.",
			[][3]string{{"TTP", "TTP", "militants"}, militants}, nil,
			[]string{"use/aircraft/quadcopters/-/////TTP//"}},
		{"the militants with no group named",
			"The militants have used quadcopters fitted with grenades in 30 attacks.",
			[][3]string{militants}, nil,
			[]string{"use/aircraft/quadcopters/-/////Unidentified Armed Group (Pakistan)//"}},
		{"his unit is the speaker's force, not the one named after",
			"A Taliban commander told AFP that his unit kept 40 Ranger pickups captured from the Afghan army.",
			[][3]string{{"Taliban", "Taliban", "militants"}, {"Afghan army", "Military Forces of Afghanistan", "security_forces"}}, nil,
			[]string{"inventory/vehicles/Ranger pickups/40/exact//Afghanistan/Afghanistan/Taliban//"}},
		{"he said after a named teller",
			"The FC said 60 rifles were seized at the border.\n\nIn May the same forces seized 15 machine guns, he said.",
			nil, nil,
			[]string{"seizure/weapons/rifles/60/exact//////FC", "seizure/weapons/machine guns/15/exact//////FC"}},
		{"no pronoun, no teller from another paragraph",
			"The FC said 60 rifles were seized at the border.\n\nIn May troops seized 15 machine guns.",
			nil, nil,
			[]string{"seizure/weapons/rifles/60/exact//////FC", "seizure/weapons/machine guns/15/exact//////"}},
		{"two places joined inside a clause",
			"TTP fighters in Kunar and Khost had been seen with M4 rifles.",
			[][3]string{{"TTP", "TTP", "militants"}}, nil,
			[]string{"sighting/weapons/M4 rifles/-/////TTP//"}},
		{"a group tells of its fighters",
			"The IMP said in a statement that its fighters had attacked a police station with four drones.",
			[][3]string{{"IMP", "IMP", "militants"}, {"police", "Police Forces of Pakistan", "security_forces"}}, nil,
			[]string{"use/aircraft/drones/4/exact////IMP//IMP"}},
		{"the militants tell nothing",
			"The militants said in a statement that they had attacked a police station with four drones.",
			[][3]string{militants, {"police", "Police Forces of Pakistan", "security_forces"}}, nil,
			[]string{"use/aircraft/drones/4/exact//////"}},
		{"part of a lot told in the paragraph before",
			"The accused bought four pistols in Chaman.\n\nPolice recovered two of the pistols from his house.",
			nil, map[string]string{"Chaman": "Pakistan"},
			[]string{"seizure/weapons/pistols/2/exact///Pakistan///"}},
		{"a new lot in another paragraph",
			"The accused bought four pistols in Chaman.\n\nPolice recovered two pistols from his house.",
			nil, map[string]string{"Chaman": "Pakistan"},
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"a group's use of materiel",
			"Analysts in Islamabad say the TTP's use of night-vision equipment explains its night attacks.",
			[][3]string{{"TTP", "TTP", "militants"}}, nil,
			[]string{"use/night_vision/night vision equipment/-/////TTP//Analysts"}},
		{"the use of force",
			"Analysts say the use of force against the TTP has failed.",
			[][3]string{{"TTP", "TTP", "militants"}}, nil,
			nil},
		{"arms handed them to a group",
			"The accused bought four pistols in Chaman and handed them to a BLA cell.",
			[][3]string{{"BLA", "BLA", "militants"}}, nil,
			[]string{"transfer/weapons/pistols/4/exact////BLA//"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
	checkRecords(t, []recordCase{
		{"arms carried after a relative clause",
			"The gunmen, who arrived in two vehicles, carried M16 rifles and night-vision goggles.",
			[]string{"sighting/weapons/M16 rifles/-///////", "sighting/night_vision/night vision goggles/-///////"}},
		{"a vehicle's load after a comma",
			"The van, loaded with sacks, carried two M16 rifles hidden under the seats.",
			nil},
		{"arms a group obtained",
			"The group has obtained about 400 night-vision devices from Taliban stocks.",
			[]string{"transfer/night_vision/night vision devices/400/approx//////"}},
		{"arms obtained and then seen",
			"The group has obtained heavy weapons, and its fighters were seen with 12 M249 machine guns.",
			[]string{"sighting/weapons/heavy weapons/-///////", "sighting/weapons/M249 machine guns/12/exact//////"}},
		{"a permit obtained is no holding",
			"The dealer obtained a licence to sell 40 rifles.",
			nil},
		{"a day before a drone",
			"On Tuesday a quadcopter dropped a grenade on the post.",
			[]string{"use/aircraft/quadcopter/1/exact//////"}},
		{"arms found on a drone",
			"Police found two pistols on a quadcopter.",
			[]string{"seizure/weapons/pistols/2/exact//////Police"}},
		{"drones used uncounted and unchanged",
			"Militants have used quadcopters in attacks.",
			nil},
		{"a body named by its review",
			"A Reuters review found that 40 rifles were seized.",
			[]string{"seizure/weapons/rifles/40/exact//////Reuters"}},
		{"a country's report is no body",
			"A Chinese report said 40 rifles were seized.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
	})
}

// TestEighthProbePhrasings covers the phrasings the eighth probe showed
// vigil missing (wire services, think tanks and official statements),
// each with a near sentence the rule must leave alone.
func TestEighthProbePhrasings(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a table flattened into prose, figures after the items",
			"Arms seized by the Levies in 2025: pistols (310), rifles (42), hand grenades (17).",
			[]string{"seizure/weapons/pistols/310/exact//////", "seizure/weapons/rifles/42/exact//////", "seizure/munitions/hand grenades/17/exact//////"}},
		{"a table with colons and semicolons, and a weight",
			"Seizures by the border force in 2024: rifles: 1,210; rounds 40,000; explosives 900 kg.",
			[]string{"seizure/weapons/rifles/1210/exact//////", "seizure/ammunition/rounds/40000/exact//////", "seizure/explosives/explosives/-///////"}},
		{"a table's head gives its origin to the rows",
			"US-funded equipment the army left behind in 2021: aircraft, 70; vehicles, 12,000.",
			[]string{"inventory/aircraft/aircraft/70/exact//United States////", "inventory/vehicles/vehicles/12000/exact//United States////"}},
		{"a figure after an item that counts the next",
			"Police recovered rifles, 200 rounds and a pistol from the house.",
			[]string{"seizure/weapons/rifles/-///////", "seizure/ammunition/rounds/200/exact//////", "seizure/weapons/pistol/1/exact//////"}},
		{"a figure after an item that is part of it",
			"Police recovered pistols, 12 of them loaded, from the house.",
			[]string{"seizure/weapons/pistols/-///////"}},
		{"arms stolen are taken",
			"Thieves stole 11 rifles from the police station.",
			[]string{"seizure/weapons/rifles/11/exact//////"}},
		{"a stolen car is no arms",
			"Police said the stolen car was found near the market.",
			nil},
		{"arms that went missing",
			"Forty rifles went missing from the armoury, an inquiry found.",
			[]string{"inventory/weapons/rifles/40/exact//////inquiry"}},
		{"soldiers that went missing",
			"Two soldiers went missing after the attack on the post.",
			nil},
		{"arms a force cannot account for",
			"The army cannot account for 1,900 rifles, according to an audit.",
			[]string{"inventory/weapons/rifles/1900/exact//////audit"}},
		{"a share is not accounted arms",
			"Militants account for 40 percent of the deaths.",
			nil},
		{"arms sent to someone",
			"The government sent 1,600 rifles to the militia.",
			[]string{"transfer/weapons/rifles/1600/exact////militia//"}},
		{"arms handed to a body the dictionary does not know",
			"The government handed 300 Humvees to Popular Mobilisation Forces units.",
			[]string{"transfer/vehicles/Humvees/300/exact//United States//Popular Mobilisation Forces//"}},
		{"arms sent to a state's forces named by their country",
			"The government sent 300 rifles to Afghan forces.",
			[]string{"transfer/weapons/rifles/300/exact///Afghanistan///"}},
		{"arms sent for tests after a seizure",
			"Police sent 40 rifles recovered in the raid for forensic tests.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a message sent",
			"The militants sent a message to the police about the rifles.",
			nil},
		{"arms seized and then handed over",
			"About 4,000 rifles seized by the navy were handed over to the army.",
			[]string{"transfer/weapons/rifles/4000/approx//////"}},
		{"seized arms that match arms handed over before",
			"Serial numbers on 30 rifles seized by police match rifles delivered to the army.",
			[]string{"seizure/weapons/rifles/30/exact//////"}},
		{"explosives weighed, used in an attack",
			"The bomber used about 12 kg of explosives in the attack.",
			[]string{"use/explosives/explosives/-///////"}},
		{"explosives weighed in the bomb of an attack, not the bomb",
			"The bomb that hit the market contained five kilograms of C-4.",
			[]string{"use/explosives/C-4/-///////"}},
		{"explosives weighed on a vehicle detonated",
			"A motorcycle fitted with eight kilograms of explosives was detonated near a police van.",
			[]string{"use/explosives/explosives/-///////"}},
		{"a bomb of no weight told",
			"The bomb that hit the market killed five people.",
			nil},
		{"a weight of something else after an attack",
			"Five kilograms of rice were handed out after the attack.",
			nil},
		{"investigators tell",
			"Investigators said 12 rifles were seized from the house.",
			[]string{"seizure/weapons/rifles/12/exact//////Investigators"}},
		{"a date told as of is the stock's",
			"In its report of April 2025, SIGAR said that as of 31 March 2025 some 9,000 weapons remained in Afghanistan.",
			[]string{"inventory/weapons/weapons/9000/approx///Afghanistan//2025-03-31/SIGAR"}},
		{"the day of the telling is not the stock's",
			"SIGAR said on 2 November 2023 that the air force had 167 aircraft on 30 June 2021.",
			[]string{"inventory/aircraft/aircraft/167/exact/////2021-06-30/SIGAR"}},
		{"the day of the telling when no other is told",
			"SIGAR said on 2 November 2023 that the air force had 167 aircraft.",
			[]string{"inventory/aircraft/aircraft/167/exact/////2023-11-02/SIGAR"}},
		{"a group named by its initials holds",
			"Member States estimated that ISIL-K held fewer than 200 rifles in Kunar.",
			[]string{"inventory/weapons/rifles/200/upper//////Member States"}},
		{"fighters hold",
			"The group's fighters had at least 40 heavy machine guns.",
			[]string{"inventory/weapons/heavy machine guns/40/lower//////"}},
		{"initials that hold people are no holding",
			"The CTD held three suspects for questioning.",
			nil},
		{"rounds of small-arms ammunition are one item",
			"The Taliban controlled nearly 10 million rounds of small-arms ammunition.",
			[]string{"inventory/ammunition/rounds of ammunition/10000000/approx//////"}},
		{"small arms and light weapons are one item",
			"The army held an estimated 480,000 small arms and light weapons.",
			[]string{"inventory/weapons/small arms and light weapons/480000/approx//////"}},
		{"a car bomb is one bomb",
			"The bomb disposal squad defused a 200 kg car bomb at the checkpoint.",
			[]string{"seizure/explosives/car bomb/1/exact//////"}},
		{"arms of an origin a route is used to smuggle",
			"The navy seized 2,116 rifles on a route used to smuggle Iranian weapons to Yemen.",
			[]string{"seizure/weapons/rifles/2116/exact//////"}},
		{"a coalition tells",
			"The Saudi-led coalition said it had seized 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////coalition"}},
		{"a diplomat tells",
			"A Western diplomat said 40 rifles were seized at the port.",
			[]string{"seizure/weapons/rifles/40/exact//////diplomat"}},
		{"a committee named only as the place of a search tells nothing",
			"The committee room was searched and 40 rifles were seized.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a body named for its research tells",
			"Conflict Armament Research said 22 rifles were seized in Hodeidah.",
			[]string{"seizure/weapons/rifles/22/exact//////Conflict Armament Research"}},
		{"a panel and its country tell",
			"The UN Panel of Experts on Yemen reported that 18 rifles were seized.",
			[]string{"seizure/weapons/rifles/18/exact//////UN Panel of Experts"}},
		{"a fleet tells",
			"The US Navy's Fifth Fleet said it had seized 1,400 rifles.",
			[]string{"seizure/weapons/rifles/1400/exact//////US Navy's Fifth Fleet"}},
		{"an inspector general writes",
			"The inspector general wrote that 1,900 rifles went missing.",
			[]string{"inventory/weapons/rifles/1900/exact//////inspector general"}},
		{"member states tell",
			"Member States told the team that the group held 40 rifles.",
			[]string{"inventory/weapons/rifles/40/exact//////Member States"}},
		{"an AK-47 named alone",
			"Troops recovered an AK-47 from the body of the militant.",
			[]string{"seizure/weapons/AK-47/1/exact//////"}},
		{"an AK-47 that names the rifles after it",
			"Troops recovered 12 AK-47 assault rifles from the house.",
			[]string{"seizure/weapons/AK-47 assault rifles/12/exact//////"}},
		{"a mortar seized",
			"Troops captured a 60mm mortar and 40 mortar bombs from the fighters.",
			[]string{"seizure/weapons/mortar/1/exact//////", "seizure/munitions/mortar bombs/40/exact//////"}},
		{"mortar fire is no mortar",
			"Two soldiers were wounded by mortar fire before troops recovered 12 rifles.",
			[]string{"seizure/weapons/rifles/12/exact//////"}},
		{"parts of arms are counted as parts",
			"Customs officers seized 600 pistol barrels and two ballistic missile components.",
			[]string{"seizure/weapons/pistol barrels/600/exact//////", "seizure/munitions/ballistic missile components/2/exact//////"}},
		{"attack helicopters handed over",
			"Russia handed over two Mi-35M attack helicopters to the air force.",
			[]string{"transfer/aircraft/Mi-35M attack helicopters/2/exact//Russia////"}},
		{"an origin told after the item it made",
			"Soldiers captured a Chinese-made mortar and 400 rounds of ammunition manufactured in Sudan.",
			[]string{"seizure/weapons/mortar/1/exact//China////", "seizure/ammunition/rounds of ammunition/400/exact//Sudan////"}},
		{"arms traced to a state factory",
			"Investigators said 22 rifles recovered from the fighters were traced to an Iranian state factory.",
			[]string{"seizure/weapons/rifles/22/exact//Iran////Investigators"}},
		{"arms traced to a factory in a country",
			"Investigators traced 14 pistols seized last month to a factory in Turkey.",
			[]string{"seizure/weapons/pistols/14/exact//Turkey////"}},
		{"a stock still in use",
			"Some 7,000 vehicles left by the army were still in use.",
			[]string{"inventory/vehicles/vehicles/7000/approx//////"}},
		{"a stock in a force's service",
			"The Taliban had 40 helicopters in Taliban service.",
			[]string{"inventory/aircraft/helicopters/40/exact//////"}},
		{"arms in good order are no stock",
			"The 40 rifles in the armoury are in good condition.",
			nil},
		{"a report that puts the number of arms at a figure",
			"The report put the number of weapons left in Afghanistan at 316,260 and of vehicles at 42,000.",
			[]string{"inventory/weapons/weapons/316260/exact///Afghanistan///", "inventory/vehicles/vehicles/42000/exact///Afghanistan///"}},
		{"arms told of at a place, not at a figure",
			"The number of weapons left in Afghanistan at the end of the war is unknown.",
			nil},
		{"a value in rupees converted to dollars",
			"Customs seized weapons worth Rs 28 million (about $100,000), including 60 pistols.",
			[]string{"seizure/weapons/weapons/-/approx/100000/////", "seizure/weapons/pistols/60/exact//////"}},
		{"a value in rupees alone gives no dollars",
			"Customs seized weapons worth Rs 28 million, including 60 pistols.",
			[]string{"seizure/weapons/pistols/60/exact//////"}},
		{"aircraft models as a table's rows, told per a body",
			"Aircraft in service, per the Monitoring Team (July 2025): Mi-17, 11; UH-60, 6.",
			[]string{"inventory/aircraft/Mi-17/11/exact/////2025-07/Monitoring Team", "inventory/aircraft/UH-60/6/exact/////2025-07/Monitoring Team"}},
		{"aircraft models that name the helicopters after them",
			"The air force had 40 aircraft, mainly Mi-17 and UH-60 helicopters.",
			[]string{"inventory/aircraft/aircraft/40/exact//////", "inventory/aircraft/UH-60 helicopters/-///////"}},
		{"a share per cent names no teller",
			"Dealers sold 15 M4 rifles, 20 per cent more than last year.",
			[]string{"transfer/weapons/M4 rifles/15/exact//////"}},
		{"Super Tucanos counted after their model",
			"The air force had 23 A-29 Super Tucanos.",
			[]string{"inventory/aircraft/A-29 Super Tucanos/23/exact//////"}},
		{"a body's figures",
			"Inventory of the army, from Department of Defense figures: Humvees 22,174; M4 carbines 64,363.",
			[]string{"inventory/vehicles/Humvees/22174/exact//United States////Department of Defense", "inventory/weapons/M4 carbines/64363/exact//////Department of Defense"}},
		{"figures released by a body told in lower case",
			"Weapons recovered in 2025: pistols: 2,040; rockets: 57, according to figures released by the provincial police.",
			[]string{"seizure/weapons/pistols/2040/exact//////provincial police", "seizure/munitions/rockets/57/exact//////provincial police"}},
		{"arms killed by police name no teller",
			"Two militants killed by police had 12 rifles and 200 rounds, which were recovered.",
			[]string{"seizure/weapons/rifles/12/exact//////", "seizure/ammunition/rounds/200/exact//////"}},
		{"a body and its lower-case kind tell",
			"Arms seized by the Levies in 2025: pistols (310), rifles (42), the Levies force said in its annual report.",
			[]string{"seizure/weapons/pistols/310/exact//////Levies", "seizure/weapons/rifles/42/exact//////Levies"}},
		{"an army named by its state tells",
			"The Indian Army said 12 rifles were snatched from a sentry.",
			[]string{"seizure/weapons/rifles/12/exact///India///Indian Army"}},
		{"drones last of the arms an attack was made with: each is used",
			"Its fighters attacked the complex with rocket launchers, 120 hand grenades and eight drones.",
			[]string{"use/weapons/rocket launchers/-///////", "use/munitions/hand grenades/120/exact//////", "use/aircraft/drones/8/exact//////"}},
		{"a drone first of the arms an attack was made with: the rest is its load",
			"Militants attacked the post with a quadcopter and two mortar shells it dropped on the roof.",
			[]string{"use/aircraft/quadcopter/1/exact//////"}},
		{"an attack with no drones",
			"Its fighters attacked the complex with rocket launchers and hand grenades.",
			nil},
		{"an AK-47 found",
			"An AK-47 found with the body had been manufactured in Romania.",
			[]string{"seizure/weapons/AK-47/1/exact//Romania////"}},
		{"the arm rounds were fired from",
			"The gunman fired 30 rounds from a Glock 17 pistol, the police report says.",
			[]string{"use/weapons/Glock 17 pistol/1/exact//////police report"}},
		{"rounds fired from a place",
			"The gunman fired 30 rounds from a rooftop near the market.",
			nil},
		{"a stock destroyed",
			"Demining teams destroyed some 4,500 small arms and 640 unexploded bombs in 2024.",
			[]string{"seizure/weapons/small arms/4500/approx//////", "seizure/explosives/unexploded bombs/640/exact//////"}},
		{"arms destroyed in an attack are no stock",
			"The attackers destroyed 12 rifles and two vehicles at the post.",
			nil},
		{"arms destroyed in an operation are taken out of use, the vehicles beside them not",
			"Commandos destroyed 23 IEDs, four mortars and two vehicles in the valley.",
			[]string{"seizure/explosives/IEDs/23/exact//////", "seizure/weapons/mortars/4/exact//////"}},
		{"air strikes that destroyed a dump are an attack",
			"Jets destroyed an explosives dump and five vehicles in air strikes on Monday.",
			nil},
		{"shops destroyed when a device went off",
			"Two shops were destroyed when an explosive device went off in the bazaar.",
			nil},
		{"a man gone missing with a rifle",
			"A constable has gone missing along with a service rifle from the post.",
			nil},
		{"vehicles destroyed are no disposed stock",
			"The army destroyed 40 vehicles at the border.",
			nil},
		{"a force's place between it and its holding",
			"Jaish al-Adl fighters in Iran's Sistan-Baluchestan province had at least 40 heavy machine guns.",
			[]string{"inventory/weapons/heavy machine guns/40/lower///Iran///"}},
		{"a sentence that refers back by its teller",
			"SIGAR said the Taliban had restored 14 helicopters as of 30 September 2025. It estimated that some 7,000 vehicles were still in use.",
			[]string{"inventory/aircraft/helicopters/14/exact/////2025-09-30/SIGAR", "inventory/vehicles/vehicles/7000/approx/////2025-09-30/SIGAR"}},
		{"a squad tells, with the words that say which",
			"Police recovered 12 rifles, the bomb disposal squad said.",
			[]string{"seizure/weapons/rifles/12/exact//////disposal squad"}},
		{"ammunition destroyed by the tonne",
			"Albania has destroyed more than 200,000 tonnes of surplus ammunition since 2006.",
			[]string{"seizure/ammunition/ammunition/-///////"}},
		{"ammunition told by the tonne in no disposal",
			"The report said 200,000 tonnes of surplus ammunition were a risk.",
			nil},
		{"an agency told by its initials before",
			"UNMAS teams destroyed some 4,500 small arms in 2024, the agency said in its annual report.",
			[]string{"seizure/weapons/small arms/4500/approx//////UNMAS"}},
		{"an agency with no initials told before",
			"Demining teams destroyed some 4,500 small arms in 2024, the agency said.",
			[]string{"seizure/weapons/small arms/4500/approx//////"}},
		{"arms an interdiction turned up",
			"A separate interdiction turned up 40 rifles and Iranian-made ballistic missile parts.",
			[]string{"seizure/weapons/rifles/40/exact//////", "seizure/munitions/ballistic missile parts/-///Iran////"}},
		{"a maker before its model",
			"Turkey delivered 12 Bayraktar TB2 drones to the army.",
			[]string{"transfer/aircraft/Bayraktar TB2 drones/12/exact//Turkey////"}},
		{"a place before a model is no maker",
			"Troops in Kabul seized 12 M16A4 rifles.",
			[]string{"seizure/weapons/M16A4 rifles/12/exact//////"}},
		{"a year after an item",
			"Police seized pistols, 2024 was a record year.",
			[]string{"seizure/weapons/pistols/-///////"}},
	})
}

// TestEighthProbeRecipients covers the holders of transfers the
// dictionary does not know, where a place the gazetteer knows is no
// holder unless it is a state.
func TestEighthProbeRecipients(t *testing.T) {
	tests := []struct {
		name, text string
		places     map[string]string
		want       []string
	}{
		{"a state that gets arms holds them",
			"The government sent 1,600 rifles to Ukraine.",
			map[string]string{"Ukraine": "Ukraine"},
			[]string{"transfer/weapons/rifles/1600/exact///Ukraine/Ukraine//"}},
		{"a seizure is not where the arms were bound for",
			"Indian customs seized 60 rifles bound for Kabul.",
			map[string]string{"Kabul": "Afghanistan"},
			[]string{"seizure/weapons/rifles/60/exact///India///"}},
		{"a place told after the destination is the seizure's",
			"Authorities seized 50 rifles bound for Hezbollah near Qusayr.",
			map[string]string{"Qusayr": "Syria"},
			[]string{"seizure/weapons/rifles/50/exact///Syria///"}},
		{"a city arms go to holds none",
			"Smugglers sent 60 pistols to Peshawar.",
			map[string]string{"Peshawar": "Pakistan"},
			[]string{"transfer/weapons/pistols/60/exact///Pakistan///"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, nil, tc.places}, tc.want)
		})
	}
}

// TestEighthProbeHolders covers the holders the eighth probe told: a
// group "supplied ... with" arms, arms "in Taliban depots" or "in Taliban
// service".
func TestEighthProbeHolders(t *testing.T) {
	taliban := [3]string{"Taliban", "Taliban", "militants"}
	ttp := [3]string{"TTP", "TTP", "militants"}
	tests := []struct {
		name, text string
		actors     [][3]string
		want       []string
	}{
		{"the group supplied with arms holds them",
			"The Taliban had supplied TTP fighters with about 70 rifles.",
			[][3]string{taliban, ttp},
			[]string{"transfer/weapons/rifles/70/approx////TTP//"}},
		{"arms in a group's depots",
			"An estimated 40,000 mortar bombs remain in Taliban depots.",
			[][3]string{taliban},
			[]string{"inventory/munitions/mortar bombs/40000/approx///Afghanistan/Taliban//"}},
		{"arms supplied by a group to no one named",
			"The Taliban supplied 70 rifles.",
			[][3]string{taliban},
			[]string{"transfer/weapons/rifles/70/exact//////"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, nil}, tc.want)
		})
	}
}

// TestEighthProbeWire covers a wire service's dateline in capitals, which
// places what the later paragraphs tell, and a holder named after
// "inventory of".
func TestEighthProbeWire(t *testing.T) {
	tests := []struct {
		name, text string
		actors     [][3]string
		places     map[string]string
		want       []string
	}{
		{"a wire dateline places a later paragraph",
			"QUETTA, Pakistan (AP) — A bomber struck the station on Saturday.\n\nPolice said the attacker carried about 6 kg of explosives.",
			nil, map[string]string{"QUETTA, Pakistan": "Pakistan"},
			[]string{"use/explosives/explosives/-////Pakistan///Police"}},
		{"the inventory of a force is its holding",
			"Inventory of the Afghan National Army on 30 June 2021: Humvees 22,174.",
			[][3]string{{"Afghan National Army", "Military Forces of Afghanistan", "security_forces"}}, nil,
			[]string{"inventory/vehicles/Humvees/22174/exact//United States/Afghanistan/Military Forces of Afghanistan/2021-06-30/"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
}

// TestEighthProbeClaimedUse covers explosives a group says its bomber
// used: the group holds them; a group that only comments holds nothing.
func TestEighthProbeClaimedUse(t *testing.T) {
	iskp := [3]string{"Islamic State Khorasan Province", "Islamic State Khorasan Province", "militants"}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the group that tells of its bomber's explosives",
			"Islamic State Khorasan Province said the bomber who attacked the ministry wore a vest with 9 kg of explosives.",
			[]string{"use/explosives/explosives/-/////Islamic State Khorasan Province//Islamic State Khorasan Province"}},
		{"police tell of a bomber's explosives",
			"Police said the bomber who attacked the ministry wore a vest with 9 kg of explosives.",
			[]string{"use/explosives/explosives/-///////Police"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, [][3]string{iskp}, nil}, tc.want)
		})
	}
}

// TestNinthProbePhrasings covers what the ninth probe's region's press
// told: counts in brackets, a list's head before a passive verb or a
// colon, drones used and their parts, bombs being made, values in other
// currencies, weights in kilogrammes, and the cues of amnesties, drives
// and photographs.
func TestNinthProbePhrasings(t *testing.T) {
	checkRecords(t, []recordCase{
		{"counts in brackets, as a police report writes them",
			"One pistol with (08) cartridges and (02) hand grenades were recovered from the accused.",
			[]string{"seizure/weapons/pistol/1/exact////accused//", "seizure/ammunition/cartridges/8/exact////accused//", "seizure/munitions/hand grenades/2/exact////accused//"}},
		{"an age in brackets is no count",
			"Police arrested Ali (25) and recovered cartridges from him.",
			[]string{"seizure/ammunition/cartridges/-///////"}},
		{"a list's head before a passive verb",
			"A large cache of weapons and ammunition was recovered, including three M4 rifles and 200 rounds.",
			[]string{"seizure/weapons/M4 rifles/3/exact//////", "seizure/ammunition/rounds/200/exact//////"}},
		{"arms in general with no list stay",
			"Weapons, ammunition and explosives were recovered from the hideout.",
			[]string{"seizure/weapons/weapons/-///////", "seizure/ammunition/ammunition/-///////", "seizure/explosives/explosives/-///////"}},
		{"a list's head before a colon and figures",
			"A huge cache of weapons was seized in the hills: 34 rockets and 12 mortar rounds.",
			[]string{"seizure/munitions/rockets/34/exact//////", "seizure/munitions/mortar rounds/12/exact//////"}},
		{"a head with a value in rupees and a long aside",
			"The FC seized weapons and ammunition worth Rs 120 million in Kech district in a week, including 70 rifles.",
			[]string{"seizure/weapons/rifles/70/exact//////"}},
		{"a drone used, counted by its article, not what it dropped",
			"The militants used a drone to drop a mortar shell on the post.",
			[]string{"use/aircraft/drone/1/exact////militants//"}},
		{"a pistol used is how an attack is told",
			"The gunman used a pistol to kill the guard.",
			nil},
		{"bombs being made are no bombs found",
			"Two men were arrested while making bombs, and 15 detonators were seized.",
			[]string{"seizure/explosives/detonators/15/exact//////"}},
		{"men who assembled drones are not their count",
			"Police arrested two men who assembled quadcopters and recovered four quadcopters.",
			[]string{"seizure/aircraft/quadcopters/4/exact//////"}},
		{"bombs seized are bombs",
			"Police seized 12 pressure-cooker bombs and a roadside bomb.",
			[]string{"seizure/explosives/pressure cooker bombs/12/exact//////", "seizure/explosives/roadside bomb/1/exact//////"}},
		{"rounds of a weapon's ammunition are one lot",
			"Border forces seized 900 rounds of Kalashnikov ammunition.",
			[]string{"seizure/ammunition/rounds of ammunition/900/exact//////"}},
		{"a value in afghanis tells the amount",
			"The Taliban said 1.2 million afghanis' worth of ammunition had been seized.",
			[]string{"seizure/ammunition/ammunition/-///////Taliban"}},
		{"ammunition seized with no amount told is no record",
			"Police seized ammunition.",
			nil},
		{"explosives weighed in a bomb that went off",
			"Officials said the IED that went off in the bazaar had been made with about 4 kg of explosives.",
			[]string{"use/explosives/explosives/-///////"}},
		{"a bomb that went off with no weight told",
			"The IED went off near the market.",
			nil},
		{"explosives weighed in kilogrammes have no count",
			"Police seized 30 kilogrammes of explosives and 12 detonators.",
			[]string{"seizure/explosives/explosives/-///////", "seizure/explosives/detonators/12/exact//////"}},
		{"two models counted together are one lot",
			"Police said 78 US-made M4 and M16 rifles had been recovered since January.",
			[]string{"seizure/weapons/M4 and M16 rifles/78/exact//United States////Police"}},
		{"two models named uncounted stay two",
			"Militants were seen with M4 and M16 rifles.",
			[]string{"sighting/weapons/M4/-///////", "sighting/weapons/M16 rifles/-///////"}},
		{"a drone's parts",
			"Customs seized 60 drone motors and 48 drone batteries.",
			[]string{"seizure/aircraft/drone motors/60/exact//////", "seizure/aircraft/drone batteries/48/exact//////"}},
		{"drones' parts and the guns against them",
			"Customs seized 45 flight controllers and 30 thermal camera modules, and police received 15 anti-drone guns.",
			[]string{"seizure/aircraft/flight controllers/45/exact//////", "seizure/night_vision/thermal camera modules/30/exact//////", "seizure/electronic_warfare/anti-drone guns/15/exact//////"}},
		{"night sights and an unmanned aerial vehicle",
			"Troops recovered two night sights and an unmanned aerial vehicle.",
			[]string{"seizure/night_vision/night sights/2/exact//////", "seizure/aircraft/unmanned aerial vehicle/1/exact//////"}},
		{"a bomb-maker's remote control device",
			"The CTD seized 12 bombs and a remote control device.",
			[]string{"seizure/explosives/bombs/12/exact//////", "seizure/explosives/remote control device/1/exact//////"}},
		{"a television's remote control is no materiel",
			"Police seized 12 bombs and a remote control of a television.",
			[]string{"seizure/explosives/bombs/12/exact//////"}},
		{"a bomber's jacket told by its load",
			"Police shot dead a bomber wearing an explosives-laden jacket, which was defused.",
			[]string{"seizure/explosives/explosives-laden jacket/1/exact//////"}},
		{"vehicles laden with explosives",
			"Troops recovered two explosive-laden vehicles.",
			[]string{"seizure/vehicles/explosive-laden vehicles/2/exact//////"}},
		{"arms collected in a drive",
			"Police collected 2,100 weapons from residents during the campaign.",
			[]string{"seizure/weapons/weapons/2100/exact//////"}},
		{"arms surrendered under an amnesty, not the amnesty's name",
			"Under the weapons amnesty, residents surrendered 1,350 unlicensed weapons at police stations.",
			[]string{"transfer/weapons/weapons/1350/exact//////"}},
		{"arms a vehicle carried, taken into custody",
			"Levies stopped a pickup carrying 40 Kalashnikovs and took the weapons into custody.",
			[]string{"seizure/weapons/Kalashnikovs/40/exact//////"}},
		{"arms a group's photographs show",
			"The magazine published photographs of its fighters in Kurram with M4 carbines.",
			[]string{"sighting/weapons/M4 carbines/-///////"}},
		{"money collected is no arms collected",
			"The Maoist commander bought six vehicles with levy money collected from traders.",
			nil},
		{"loot returned beside arms",
			"Police recovered two pistols and snatched mobile phones from the robbers.",
			[]string{"seizure/weapons/pistols/2/exact//////"}},
		{"phones seized from militants",
			"Police recovered two pistols and mobile phones from the militants.",
			[]string{"seizure/weapons/pistols/2/exact//////", "seizure/communications/mobile phones/-///////"}},
		{"a drone attack, and one of its drones shot down",
			"Militants attacked a checkpost with three quadcopters; police said they shot down one of them.",
			[]string{"use/aircraft/quadcopters/3/exact//////"}},
		{"drones shot down after an attack told apart",
			"Militants attacked a checkpost; police shot down three quadcopters.",
			[]string{"seizure/aircraft/quadcopters/3/exact//////"}},
		{"a maker and its model's name",
			"Police seized a Steyr AUG rifle and a DJI Mavic drone.",
			[]string{"seizure/weapons/Steyr AUG rifle/1/exact//////", "seizure/aircraft/DJI Mavic drone/1/exact//////"}},
		{"arms a video shows in use are seen",
			"The video showed fighters using M4 carbines.",
			[]string{"sighting/weapons/M4 carbines/-///////"}},
		{"arms a video shows used in an attack",
			"The video showed fighters using M4 carbines in an attack on a post.",
			[]string{"use/weapons/M4 carbines/-///////"}},
		{"photographs of arms seized show a seizure",
			"Photographs of 20 rifles seized from the house were released.",
			[]string{"seizure/weapons/rifles/20/exact//////"}},
		{"arms handed to a district administration",
			"Tribal elders handed over 220 weapons to the district administration.",
			[]string{"transfer/weapons/weapons/220/exact////district administration//"}},
	})
}

// TestNinthProbeTellers covers the tellers of the region's press: a news
// channel, a person named alone, a body by its initials and region, a
// body and the state it serves, a body told in lower case after its place,
// a list released.
func TestNinthProbeTellers(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a news channel reports",
			"Tolo News reported that border forces had seized 300 rifles.",
			[]string{"seizure/weapons/rifles/300/exact//////Tolo News"}},
		{"a person named alone",
			"Zabihullah Mujahid said border forces had seized 2,000 weapons.",
			[]string{"seizure/weapons/weapons/2000/exact//////Zabihullah Mujahid"}},
		{"a body named alone is no person",
			"Pakistan Customs said border forces had seized 2,000 weapons.",
			[]string{"seizure/weapons/weapons/2000/exact///Pakistan///Pakistan Customs"}},
		{"a body by its initials and its region",
			"FC Balochistan (South) said it had seized 70 rifles.",
			[]string{"seizure/weapons/rifles/70/exact//////FC"}},
		{"a body and the state it serves",
			"The Ministry of Defence of the Islamic Emirate said border forces had seized 70 rifles.",
			[]string{"seizure/weapons/rifles/70/exact//////Ministry of Defence"}},
		{"an office of an office speaks as the last",
			"The Office of the Inspector General said 70 rifles had been seized.",
			[]string{"seizure/weapons/rifles/70/exact//////Inspector General"}},
		{"a body in lower case after its place",
			"The Islamabad administration said 4,650 weapons had been deposited.",
			[]string{"transfer/weapons/weapons/4650/exact//////Islamabad administration"}},
		{"a list released",
			"The Inter Services Public Relations released a list of the items recovered: 4 x AK-47; 2 x pistols.",
			[]string{"seizure/weapons/AK-47/4/exact//////Inter Services Public Relations", "seizure/weapons/pistols/2/exact//////Inter Services Public Relations"}},
	})
}

// TestNinthProbeContext covers the places and holders the ninth probe
// told: a press release's place and date, a maker's name that is also a
// town, and a state's forces told by "its forces" in a region.
func TestNinthProbeContext(t *testing.T) {
	emirate := [3]string{"Islamic Emirate", "Military Forces of Afghanistan", "security_forces"}
	tests := []struct {
		name, text string
		actors     [][3]string
		places     map[string]string
		want       []string
	}{
		{"a press release's place and date place a later paragraph",
			"Rawalpindi, 9 March 2025: Troops clashed with militants.\n\nSix M16 rifles were recovered from them.",
			nil, map[string]string{"Rawalpindi": "Pakistan"},
			[]string{"seizure/weapons/M16 rifles/6/exact///Pakistan///"}},
		{"a place and an aside are no dateline",
			"Rawalpindi, the garrison city: troops clashed with militants.\n\nSix M16 rifles were recovered from them.",
			nil, map[string]string{"Rawalpindi": "Pakistan"},
			[]string{"seizure/weapons/M16 rifles/6/exact//////"}},
		{"a maker's name is no place",
			"Police said a Steyr AUG rifle was found on a militant killed in Tank.",
			nil, map[string]string{"Steyr": "Austria", "Tank": "Pakistan"},
			[]string{"seizure/weapons/Steyr AUG rifle/1/exact///Pakistan///Police"}},
		{"its engineers repaired",
			"The Islamic Emirate's defence ministry said its engineers had repaired 22 Humvees.",
			[][3]string{emirate}, nil,
			[]string{"inventory/vehicles/Humvees/22/exact//United States/Afghanistan/Military Forces of Afghanistan//Islamic Emirate's defence ministry"}},
		{"its forces in a region hold",
			"The Ministry of Defence of the Islamic Emirate said its forces in the eastern zone had 160 Humvees.",
			[][3]string{emirate}, nil,
			[]string{"inventory/vehicles/Humvees/160/exact//United States/Afghanistan/Military Forces of Afghanistan//Ministry of Defence"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
}

// TestNinthProbeBought covers a place where arms were bought, which is not
// where they are when the sentence names another.
func TestNinthProbeBought(t *testing.T) {
	tests := []struct {
		name, text string
		places     map[string]string
		want       []string
	}{
		{"bought in another country",
			"Officials in Quetta said fighters were seen with thermal scopes bought on the black market in Afghanistan.",
			map[string]string{"Quetta": "Pakistan"},
			[]string{"sighting/night_vision/thermal scopes/-////Pakistan///Officials"}},
		{"seen in a country",
			"Officials said fighters were seen with thermal scopes in Afghanistan.",
			nil,
			[]string{"sighting/night_vision/thermal scopes/-////Afghanistan///"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, nil, tc.places}, tc.want)
		})
	}
}

// TestTenthProbePhrasings covers the phrasings of the reports that follow
// arms along their chain, which the tenth probe found unread, each with
// the near sentence the rule must leave alone: an office and its holder's
// name, a force's stock, a place of another country after "into", the
// place arms were left in, values given with "valued ... at", stocks
// inherited, aircraft demilitarised, arms taken from a gunman, thrown at a
// post, distributed, priced in a market, seized after an earlier
// delivery, the subject of a use across a relative clause, a model's name
// after its maker's country, a state that received arms, arms told as
// few or as the lot others are among, and tellers: an office and its
// holder between commas, a spokesperson who cites, a governor's office, a
// news agency that closes the sentence, a report told by "its".
func TestTenthProbePhrasings(t *testing.T) {
	taliban := [3]string{"Taliban", "Taliban", "militants"}
	ttp := [3]string{"TTP", "TTP", "militants"}
	tests := []struct {
		name, text string
		actors     [][3]string
		places     map[string]string
		want       []string
	}{
		{"an office and the name of its holder",
			"Foreign Minister Ishaq Dar said 40 rifles had been seized.", nil, nil,
			[]string{"seizure/weapons/rifles/40/exact//////Foreign Minister Ishaq Dar"}},
		{"an office told before a body is no holder's name",
			"Deputy Commissioner Office Quetta said 40 rifles had been seized.", nil, nil,
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a general and his name",
			"General Asim Munir said troops had recovered 30 rifles.", nil, nil,
			[]string{"seizure/weapons/rifles/30/exact//////General Asim Munir"}},
		{"arms used where the attack was, not where they were left",
			"Police said the gunmen who attacked a post in Tank used US-made M4 rifles left behind in Afghanistan.", nil, map[string]string{"Tank": "Pakistan"},
			[]string{"use/weapons/M4 rifles/-///United States/Pakistan///Police"}},
		{"arms left in a country are there",
			"US forces left 300 rifles in Afghanistan.", nil, nil,
			[]string{"inventory/weapons/rifles/300/exact//United States/Afghanistan///"}},
		{"a seizure in the country the smugglers crossed into",
			"Guards seized nine pistols from traffickers crossing from Takhar into Tajikistan's Kulob region.", nil, map[string]string{"Takhar": "Afghanistan"},
			[]string{"seizure/weapons/pistols/9/exact///Tajikistan///"}},
		{"a seizure where it is told",
			"Guards seized nine pistols in Takhar.", nil, map[string]string{"Takhar": "Afghanistan"},
			[]string{"seizure/weapons/pistols/9/exact///Afghanistan///"}},
		{"a force's inventory is where the force is",
			"The review counted 2,400 radios in the Afghan army's inventory.", nil, nil,
			[]string{"inventory/communications/radios/2400/exact///Afghanistan///"}},
		{"the forces that supplied arms are their origin",
			"The review counted 2,400 radios supplied by US forces.", nil, nil,
			[]string{"transfer/communications/radios/2400/exact//United States////"}},
		{"Taliban border forces tell",
			"Taliban border forces at Torkham said they had seized 40 pistols.", nil, nil,
			[]string{"seizure/weapons/pistols/40/exact//////Taliban border forces"}},
		{"a northern neighbour's border guards",
			"Uzbek border guards said they had seized 12 rifles.", nil, nil,
			[]string{"seizure/weapons/rifles/12/exact///Uzbekistan///Uzbek border guards"}},
		{"a value given with valued ... at",
			"The Pentagon valued the US-funded vehicles remaining in Iraq at about $900 million.", nil, nil,
			[]string{"inventory/vehicles/vehicles/-/approx/900000000/United States/Iraq///"}},
		{"materiel remaining is described, the verb after says what became of it",
			"The Pentagon said 300 rifles remaining in Afghanistan were sold.", nil, nil,
			[]string{"transfer/weapons/rifles/300/exact///Afghanistan///Pentagon"}},
		{"a stock inherited is held",
			"The Taliban inherited 40 Humvees from the former army.", [][3]string{taliban}, nil,
			[]string{"inventory/vehicles/Humvees/40/exact//United States/Afghanistan/Taliban//"}},
		{"a unit inherited is no materiel",
			"The new commander inherited a unit of 40 men.", nil, nil, nil},
		{"aircraft demilitarised, an auxiliary had",
			"US troops had demilitarised 19 helicopters at Bagram.", nil, map[string]string{"Bagram": "Afghanistan"},
			[]string{"inventory/aircraft/helicopters/19/exact//United States/Afghanistan///"}},
		{"a force that had aircraft holds them where it is",
			"US troops had 19 helicopters at Kandahar.", nil, nil,
			[]string{"inventory/aircraft/helicopters/19/exact///United States///"}},
		{"a pistol taken from a gunman",
			"Police said a revolver taken from the attacker was traced to a shop in Mardan.", nil, nil,
			[]string{"seizure/weapons/revolver/1/exact//////Police"}},
		{"arms taken from depots and then distributed",
			"Officials said 500 rifles taken from army depots were distributed to tribal militias.", nil, nil,
			[]string{"transfer/weapons/rifles/500/exact////tribal militias//"}},
		{"a grenade thrown at a police station",
			"The grenade thrown at the bank was of Chinese manufacture, officials said.", nil, nil,
			[]string{"use/munitions/grenade/-///China////"}},
		{"stones thrown are no materiel",
			"Stones were thrown at the police station.", nil, nil, nil},
		{"a model priced in a market, arms in general aside",
			"After the ban on the sale of weapons in the market, an M4 now costing 90,000 afghanis is out of reach, traders said.", nil, nil,
			[]string{"sighting/weapons/M4/1/exact//////traders"}},
		{"seized arms first delivered to an army",
			"A carbine captured from fighters in Kurram had originally been delivered to the Afghan police.", nil, map[string]string{"Kurram": "Pakistan"},
			[]string{"seizure/weapons/carbine/1/exact///Pakistan///"}},
		{"seized arms then handed over",
			"Thirty rifles captured from militants were handed over to the army.", nil, nil,
			[]string{"transfer/weapons/rifles/30/exact//////"}},
		{"a market is no materiel",
			"Weapons markets in Kandahar were selling US-made pistols.", nil, nil,
			[]string{"sighting/weapons/pistols/-///United States////"}},
		{"a force that continues to control",
			"The Taliban continue to control 600 Humvees.", [][3]string{taliban}, nil,
			[]string{"inventory/vehicles/Humvees/600/exact//United States/Afghanistan/Taliban//"}},
		{"a search continued is no holding",
			"Police continue to search for 20 rifles.", nil, nil, nil},
		{"a part of a stock counted",
			"Some 700 of the former army's MRAPs remained in Taliban hands.", [][3]string{taliban}, nil,
			[]string{"inventory/vehicles/MRAPs/700/approx//United States/Afghanistan/Taliban//"}},
		{"a maker before its model",
			"Police recovered a Barrett M107 rifle.", nil, nil,
			[]string{"seizure/weapons/Barrett M107 rifle/1/exact//////"}},
		{"aircraft left at a country's air bases, and its transport planes",
			"An audit said US-funded aircraft worth $410 million were left at Afghan air bases, including six C-130 transport planes.", nil, nil,
			[]string{"inventory/aircraft/aircraft/-/exact/410000000/United States/Afghanistan///audit",
				"inventory/aircraft/C-130 transport planes/6/exact///Afghanistan///audit"}},
		{"aircraft left at an airport with no word of arms or forces",
			"Sixty aircraft were left at the airport.", nil, nil, nil},
		{"the air force arms were bought for is no origin",
			"The Pentagon said 1,300 rockets bought for the Afghan air force remained in Afghanistan.", nil, nil,
			[]string{"inventory/munitions/rockets/1300/exact///Afghanistan///Pentagon"}},
		{"a year before the verb is no count",
			"TTP fighters who attacked a post in March 2025 used M4 carbines.", [][3]string{ttp}, nil,
			[]string{"use/weapons/M4 carbines/-/////TTP/2025-03/"}},
		{"a figure before a participle counts what it describes",
			"Police found 15 used cartridges.", nil, nil,
			[]string{"seizure/ammunition/cartridges/15/exact//////Police"}},
		{"the subject of a use across a relative clause and a place",
			"TTP fighters who attacked a post in Bannu used M4 carbines.", [][3]string{ttp}, nil,
			[]string{"use/weapons/M4 carbines/-/////TTP//"}},
		{"a force that still flies aircraft, told by a ministry in lower case",
			"The Taliban still fly nine Mi-17 helicopters, the Afghan defence ministry said.", [][3]string{taliban}, nil,
			[]string{"inventory/aircraft/Mi-17 helicopters/9/exact//Afghanistan/Afghanistan/Taliban//defence ministry"}},
		{"drones that fly are held by no one",
			"Drones fly over the border every night.", nil, nil, nil},
		{"a model's name that is also a town",
			"The Taliban fly two A-29 Super Tucano aircraft.", [][3]string{taliban}, map[string]string{"Tucano": "Brazil"},
			[]string{"inventory/aircraft/Super Tucano aircraft/2/exact///Afghanistan/Taliban//"}},
		{"the town itself",
			"Police in Tucano seized 30 rifles.", nil, map[string]string{"Tucano": "Brazil"},
			[]string{"seizure/weapons/rifles/30/exact///Brazil///"}},
		{"gunsmiths tell",
			"Gunsmiths said a Beretta pistol sells for Rs 210,000 in the Darra market.", nil, nil,
			[]string{"sighting/weapons/Beretta pistol/1/exact//////Gunsmiths"}},
		{"a survey's paper tells",
			"A Small Arms Survey paper said 40 rifles seized in Bajaur were made in Iran.", nil, nil,
			[]string{"seizure/weapons/rifles/40/exact//Iran////Small Arms Survey"}},
		{"a survey's researcher tells",
			"A Small Arms Survey researcher said 12 pistols had been recovered.", nil, nil,
			[]string{"seizure/weapons/pistols/12/exact//////Small Arms Survey"}},
		{"elders tell",
			"Local elders said the militia was armed with 300 Kalashnikovs.", nil, nil,
			[]string{"use/weapons/Kalashnikovs/300/exact//////elders"}},
		{"US-funded vehicles are military",
			"More than 3,000 US-funded vehicles were left in Iraq.", nil, nil,
			[]string{"inventory/vehicles/vehicles/3000/lower//United States/Iraq///"}},
		{"vehicles in a car park are not",
			"More than 3,000 vehicles were left in the car park.", nil, nil, nil},
		{"a body's report told by its pronoun",
			"Investigators examined 64 rifles seized from fighters in Kunduz, their field report says.", nil, nil,
			[]string{"seizure/weapons/rifles/64/exact//////field report"}},
		{"a model's name after the country that made it",
			"Troops seized two Belgian-made Minimi light machine guns.", nil, nil,
			[]string{"seizure/weapons/Minimi light machine guns/2/exact//Belgium////"}},
		{"the country that made it alone",
			"Troops seized two Belgian-made light machine guns.", nil, nil,
			[]string{"seizure/weapons/light machine guns/2/exact//Belgium////"}},
		{"dealers and their place in lower case",
			"Arms dealers in Herat's old bazaar told AFP that an M16 now sells for $900.", nil, nil,
			[]string{"sighting/weapons/M16/1/exact//////dealers"}},
		{"arms exported by a state are of it, and it tells nothing",
			"Officials said 30 night-vision scopes recovered in Zhob had been exported by the United States.", nil, nil,
			[]string{"seizure/night_vision/night vision scopes/30/exact//United States////"}},
		{"a Kalashnikov model named alone in a market",
			"A Russian-made AK-74 costs Rs 300,000 in the Bara market, dealers said.", nil, nil,
			[]string{"sighting/weapons/AK-74/1/exact//Russia////dealers"}},
		{"a force's country gives way to the state that gave the arms",
			"The Afghan army had received 9,000 M16 rifles from the United States.", nil, nil,
			[]string{"transfer/weapons/M16 rifles/9000/exact//United States/Afghanistan///"}},
		{"a government's office is no force whose country is where the arms are",
			"A US Government Accountability Office audit counted 9,500 US-funded air-to-ground munitions that it said remained in Afghanistan.", nil, nil,
			[]string{"inventory/munitions/air-to-ground munitions/9500/exact//United States/Afghanistan///US Government Accountability Office"}},
		{"a force that has arms holds them where it is",
			"The Afghan army had 9,000 M16 rifles.", nil, nil,
			[]string{"inventory/weapons/M16 rifles/9000/exact///Afghanistan///"}},
		{"a governor's office tells",
			"The provincial governor's office said 850 pistols had been seized.", nil, nil,
			[]string{"seizure/weapons/pistols/850/exact//////provincial governor's office"}},
		{"an office alone is no teller",
			"The office said 850 pistols had been seized.", nil, nil,
			[]string{"seizure/weapons/pistols/850/exact//////"}},
		{"a spokesperson cites",
			"The spokesperson cited the recovery of 17 sniper rifles.", nil, nil,
			[]string{"seizure/weapons/sniper rifles/17/exact//////spokesperson"}},
		{"an office and its holder's name between commas",
			"The commissioner, Asad Khan, said 300 rifles had been seized.", nil, nil,
			[]string{"seizure/weapons/rifles/300/exact//////Asad Khan"}},
		{"an aside between commas is no name",
			"The commissioner, in a letter, said 300 rifles had been seized.", nil, nil,
			[]string{"seizure/weapons/rifles/300/exact//////"}},
		{"a news agency closes the sentence",
			"China sent 30 armoured vehicles to the Taliban, Xinhua reported.", nil, nil,
			[]string{"transfer/vehicles/armoured vehicles/30/exact//China/Afghanistan/Taliban//Xinhua"}},
		{"a country that closes the sentence is no teller's name",
			"China sent 30 armoured vehicles to the Taliban, Pakistan said.", nil, nil,
			[]string{"transfer/vehicles/armoured vehicles/30/exact//China/Afghanistan/Taliban//"}},
		{"a state that received arms holds them",
			"Iraq received six attack helicopters from Russia, officials said.", nil, nil,
			[]string{"transfer/aircraft/attack helicopters/6/exact//Russia//Iraq//"}},
		{"a demonym that received is no state's name",
			"Afghan forces received six attack helicopters from the United States.", nil, nil,
			[]string{"transfer/aircraft/attack helicopters/6/exact//United States/Afghanistan///"}},
		{"few arms are none",
			"Analysts said the BLA had few heavy weapons; the group held 12 mortars.", nil, nil,
			[]string{"inventory/weapons/mortars/12/exact//////Analysts"}},
		{"the lot the named arms are among",
			"Pistols made in Turkey were found among the weapons seized in Chaman, the report says.", nil, nil,
			[]string{"seizure/weapons/pistols/-///Turkey////report"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, tc.places}, tc.want)
		})
	}
}

// TestTenthProbeChain covers the second round of the tenth probe's
// phrasings: arms acquired from a group or a market, a report told by its
// body's possessive and an aside, a transfer of a large quantity, security
// forces that say, a force's inventory and a force named in capitals as
// holders, a body's figures, gear valued in dollars, arms that "can be
// bought for" a price in a market, a maker's country of two words
// ("North Korean-made") and the group whose videos show arms; each beside
// the sentence it must leave alone.
func TestTenthProbeChain(t *testing.T) {
	ttp := [3]string{"TTP", "TTP", "militants"}
	taliban := [3]string{"Taliban", "Taliban", "militants"}
	afghan := [3]string{"Afghan forces", "Military Forces of Afghanistan", "security_forces"}
	tests := []struct {
		name, text string
		actors     [][3]string
		want       []string
	}{
		{"arms acquired from a group are received",
			"The TTP has acquired M4 rifles from Taliban stocks.", [][3]string{ttp, taliban},
			[]string{"transfer/weapons/M4 rifles/-/////TTP//"}},
		{"arms acquired since a year are held",
			"The TTP has acquired 40 rifles from 2019 onwards.", [][3]string{ttp},
			[]string{"inventory/weapons/rifles/40/exact////TTP//"}},
		{"a body's report after an aside",
			"The Monitoring Team's latest report, dated July 2025, says the Taliban held 300 rifles.", [][3]string{taliban},
			[]string{"inventory/weapons/rifles/300/exact///Afghanistan/Taliban/2025-07/Monitoring Team"}},
		{"large quantities handed over",
			"The Taliban handed over large quantities of rockets to the TTP.", [][3]string{ttp, taliban},
			[]string{"transfer/munitions/rockets/-/////TTP//"}},
		{"small arms handed over, uncounted",
			"The Taliban handed over rockets to the TTP.", [][3]string{ttp, taliban}, nil},
		{"security forces say",
			"In Pakistan, security forces say they have recovered 140 pistols.", nil,
			[]string{"seizure/weapons/pistols/140/exact///Pakistan///security forces"}},
		{"a force's inventory holds",
			"The review counted 3,100 radios in the Afghan forces' inventory.", [][3]string{afghan},
			[]string{"inventory/communications/radios/3100/exact///Afghanistan/Military Forces of Afghanistan//"}},
		{"a body's figures tell",
			"Pentagon figures valued the US-funded vehicles left in Iraq at $600 million.", nil,
			[]string{"inventory/vehicles/vehicles/-/exact/600000000/United States/Iraq///Pentagon"}},
		{"a force named in capitals holds",
			"The Afghan Special Mission Wing had seven Mi-17 helicopters.", nil,
			[]string{"inventory/aircraft/Mi-17 helicopters/7/exact///Afghanistan/Special Mission Wing//"}},
		{"a force in lower case is left to the dictionary",
			"The Afghan army had seven Mi-17 helicopters.", nil,
			[]string{"inventory/aircraft/Mi-17 helicopters/7/exact///Afghanistan///"}},
		{"gear valued in dollars",
			"The Pentagon said $300 million of US-funded gear remained in Iraq.", nil,
			[]string{"inventory/all_assets/gear/-/exact/300000000/United States/Iraq///Pentagon"}},
		{"riot gear is no materiel of war",
			"Police seized riot gear worth $2 million.", nil, nil},
		{"arms that can be bought in a market",
			"In Herat's markets, an M4 can be bought for $1,100, traders said.", nil,
			[]string{"sighting/weapons/M4/1/exact//////traders"}},
		{"arms to be bought for a force are no market's",
			"Police said the rifles will be bought for the new force.", nil, nil},
		{"a maker's country of two words",
			"Police recovered 40 North Korean-made rifles.", nil,
			[]string{"seizure/weapons/rifles/40/exact//North Korea////"}},
		{"Korean alone names no country",
			"Police recovered 40 Korean rifles.", nil,
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"the group whose videos show the arms holds them",
			"Researchers counted 40 videos released by TTP factions in which fighters carried M4 carbines.", [][3]string{ttp},
			[]string{"sighting/weapons/M4 carbines/-/////TTP//Researchers"}},
		{"a group's propaganda video",
			"A TTP propaganda video showed fighters carrying M4 carbines.", [][3]string{ttp},
			[]string{"sighting/weapons/M4 carbines/-/////TTP//"}},
		{"a force's video of arms it seized",
			"A CTD video showed seized M4 carbines on a table.", [][3]string{ttp, {"CTD", "CTD", "security_forces"}},
			[]string{"seizure/weapons/M4 carbines/-///////"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFound(t, tc.text, s7Context{textDates(dates.Find(tc.text, time.Time{})), tc.text, tc.actors, nil}, tc.want)
		})
	}
}

// sourceContext is a context whose sentences all cite one source, as the
// extractor's attribution reads "the army said" as the label "military".
type sourceContext struct {
	textDates
	label, words, text string
}

func (c sourceContext) Sources([]lex.Token) []Source {
	i := strings.Index(c.text, c.words)
	if i < 0 {
		return nil
	}
	return []Source{{Label: c.label, Span: Span{i, i + len(c.words)}}}
}

// TestTenthProbeOffices covers the bodies the later rounds of the tenth
// probe's fixes read: an office and the body it serves before an audit, an
// office with its place and its holder's title and name between commas,
// an observatory, a body named by its intelligence service, an
// intelligence directorate in lower case, and an army the extractor's
// attribution labels "military".
func TestTenthProbeOffices(t *testing.T) {
	checkRecords(t, []recordCase{
		{"an office's audit that found",
			"A Pentagon inspector general review published on Monday found that US troops had left 45 armoured vehicles in Iraq.",
			[]string{"inventory/vehicles/armoured vehicles/45/exact//United States/Iraq///Pentagon inspector general"}},
		{"an audit of no office",
			"A review published on Monday found that US troops had left 45 armoured vehicles in Iraq.",
			[]string{"inventory/vehicles/armoured vehicles/45/exact//United States/Iraq///"}},
		{"a body named by its intelligence service",
			"The Customs Intelligence told reporters that a truck at Chaman held 80 pistols.",
			[]string{"seizure/weapons/pistols/80/exact//////Customs Intelligence"}},
		{"an office, its place, and its holder's title and name between commas",
			"Pakistan's coast guard commander in Gwadar, Brigadier Sajid Mehmood, told reporters that his men had seized 600 rifles.",
			[]string{"seizure/weapons/rifles/600/exact//////Brigadier Sajid Mehmood"}},
		{"a place and an aside between commas name no one",
			"The coast guards in Gwadar, in a statement, said they had seized 600 rifles.",
			[]string{"seizure/weapons/rifles/600/exact//////"}},
		{"an observatory tells",
			"The Syrian Observatory for Human Rights said Kurdish fighters had captured 12 artillery guns near Raqqa.",
			[]string{"seizure/weapons/artillery guns/12/exact//////Syrian Observatory for Human Rights"}},
		{"an intelligence directorate in lower case",
			"The Taliban's intelligence directorate said it had seized 15 thermal scopes in Kunduz.",
			[]string{"seizure/night_vision/thermal scopes/15/exact//////Taliban's intelligence directorate"}},
	})
	for _, tc := range []struct {
		name, text, words, want string
	}{
		{"the army, as the text calls it", "In Niger, the army said it had recovered 22 assault rifles near Tillaberi.", "the army said",
			"seizure/weapons/assault rifles/22/exact//////army"},
		{"the military stays the military", "The military said it had recovered 22 assault rifles.", "The military said",
			"seizure/weapons/assault rifles/22/exact//////military"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cx := sourceContext{textDates(dates.Find(tc.text, time.Time{})), "military", tc.words, tc.text}
			checkFound(t, tc.text, cx, []string{tc.want})
		})
	}
}

// TestEleventhProbeLists covers what the eleventh probe's itemised lists
// found unread (arms given up at a surrender or gathered in a drive, a
// list opened by "Recoveries", bare SLRs and INSAS rifles, bores, the
// kinds of bomb and gun, a launcher's grenades) and the near sentences
// they must leave alone.
func TestEleventhProbeLists(t *testing.T) {
	checkRecords(t, []recordCase{
		{"arms deposited at a surrender",
			"Thirty rebels laid down arms in Kohima, depositing 26 rifles and 900 rounds.",
			[]string{"transfer/weapons/rifles/26/exact//////", "transfer/ammunition/rounds/900/exact//////"}},
		{"lives laid down give up no arms",
			"Soldiers who laid down their lives were honoured on the day militants used US-made rifles in the attack.",
			[]string{"use/weapons/rifles/-///United States//militants//"}},
		{"a surrender's arms, uncounted",
			"Twenty commanders surrendered to the army and handed over their weapons.",
			[]string{"transfer/weapons/weapons/-///////"}},
		{"arms handed over with no surrender are no record uncounted",
			"The government handed over weapons to the peace committee.",
			nil},
		{"a motorcycle in a list of arms",
			"The accused was arrested and a Kalashnikov and a motorcycle were recovered.",
			[]string{"seizure/weapons/Kalashnikov/1/exact//////", "seizure/vehicles/motorcycle/1/exact//////"}},
		{"arms surrendered told of an incentive are no record uncounted",
			"Surrendered cadres get cash deposited in their accounts and incentives for the weapons they gave.",
			nil},
		{"a speeding motorcycle stopped, and one arms were fixed to",
			"Police intercepted a speeding motorcycle and recovered explosives attached to a motorcycle.",
			[]string{"seizure/explosives/explosives/-///////"}},
		{"a motorcycle stopped carried the arms",
			"Personnel intercepted a motorcycle and recovered a Kalashnikov.",
			[]string{"seizure/weapons/Kalashnikov/1/exact//////"}},
		{"arms handed over with no recipient told",
			"Nine cadres surrendered before the collector, handing over three SLRs and a pistol.",
			[]string{"transfer/weapons/SLRs/3/exact//////", "transfer/weapons/pistol/1/exact//////"}},
		{"a commander who gave up his arms",
			"The commander gave up an INSAS, a carbine and 60 rounds.",
			[]string{"transfer/weapons/INSAS/1/exact//////", "transfer/weapons/carbine/1/exact//////", "transfer/ammunition/rounds/60/exact//////"}},
		{"gave up the fight is no transfer",
			"The rebels gave up the fight after police recovered four pistols.",
			[]string{"seizure/weapons/pistols/4/exact//////"}},
		{"arms laid down, told as a passive",
			"More than 1,200 weapons had been laid down by the rebel groups since 2020.",
			[]string{"transfer/weapons/weapons/1200/lower//////"}},
		{"arms a drive gathered",
			"The drive gathered 310 rifles and 95 pistols from the villages.",
			[]string{"seizure/weapons/rifles/310/exact//////", "seizure/weapons/pistols/95/exact//////"}},
		{"people gathered are no arms gathered",
			"Villagers gathered near the post where soldiers had been attacked with rifles.",
			nil},
		{"arms attackers left behind as they fled",
			"The gunmen fled, leaving behind two Kalashnikovs and a rocket launcher.",
			[]string{"inventory/weapons/Kalashnikovs/2/exact//////", "inventory/weapons/rocket launcher/1/exact//////"}},
		{"looted arms returned",
			"Some 1,020 looted rifles had been returned by the public.",
			[]string{"transfer/weapons/rifles/1020/approx//////"}},
		{"fire returned is no arms returned",
			"Troops returned fire after militants attacked the post with four drones.",
			[]string{"use/aircraft/drones/4/exact//////"}},
		{"recoveries at the site, counts in brackets",
			"Recoveries at the site: pistols (03), magazines (05), walkie-talkie set (01).",
			[]string{"seizure/weapons/pistols/3/exact//////", "seizure/ammunition/magazines/5/exact//////", "seizure/communications/walkie-talkie set/1/exact//////"}},
		{"a bare SLR, and the SLR before its noun",
			"Police seized an SLR, two SLR rifles and a GPS device.",
			[]string{"seizure/weapons/SLR/1/exact//////", "seizure/weapons/SLR rifles/2/exact//////", "seizure/navigation/GPS device/1/exact//////"}},
		{"bores name the arm",
			"Police recovered a 12-bore gun and a .315 bore rifle.",
			[]string{"seizure/weapons/12-bore gun/1/exact//////", "seizure/weapons/.315-bore rifle/1/exact//////"}},
		{"a bore written as a bare figure after the count",
			"Cadres laid down four 303 rifles and a 315 rifle.",
			[]string{"transfer/weapons/rifles/4/exact//////", "transfer/weapons/rifle/1/exact//////"}},
		{"a bare figure that is the count",
			"Police recovered 303 rifles from the depot.",
			[]string{"seizure/weapons/rifles/303/exact//////"}},
		{"a maker's letters and the model's number",
			"Police recovered a HK 33 rifle.",
			[]string{"seizure/weapons/HK-33 rifle/1/exact//////"}},
		{"the kinds of bomb and gun",
			"Police seized 12 cane bombs, four socket bombs and two single-barrel guns.",
			[]string{"seizure/explosives/cane bombs/12/exact//////", "seizure/explosives/socket bombs/4/exact//////", "seizure/weapons/single-barrel guns/2/exact//////"}},
		{"a gun locally made, and of its kind",
			"RAB recovered a locally made shooter gun and a country made single-barrel gun.",
			[]string{"seizure/weapons/shooter gun/1/exact//////", "seizure/weapons/single-barrel gun/1/exact//////"}},
		{"guns in general stay guns",
			"Police seized 14 guns and 300 cartridges.",
			[]string{"seizure/weapons/guns/14/exact//////", "seizure/ammunition/cartridges/300/exact//////"}},
		{"a launcher's grenades",
			"Troops recovered 3 UBGL grenades, 40 UBGL rounds and 20 rifle scopes.",
			[]string{"seizure/munitions/UBGL grenades/3/exact//////", "seizure/ammunition/UBGL rounds/40/exact//////", "seizure/weapons/rifle scopes/20/exact//////"}},
	})
}

// TestEleventhProbeTellers covers the tellers the eleventh probe found
// unnamed (a battalion, a force's "Rifles", a unit's numbered initials, an
// office's initials after its place, a rank before a name, a name before
// its office, a force in lower case, a governor's seat) and the near
// sentences that name none of them.
func TestEleventhProbeTellers(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a battalion",
			"The Rapid Action Battalion said it had seized 14 pistols in Sylhet.",
			[]string{"seizure/weapons/pistols/14/exact//////Rapid Action Battalion"}},
		{"a force named Rifles",
			"The Assam Rifles said troops had seized 40 rifles near Moreh.",
			[]string{"seizure/weapons/rifles/40/exact//////Assam Rifles"}},
		{"a unit's initials and number",
			"RAB-11 said it had seized 40 rifles in Narayanganj.",
			[]string{"seizure/weapons/rifles/40/exact//////RAB-11"}},
		{"an office's initials after its place",
			"Bihar's STF said it had seized 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////Bihar's STF"}},
		{"an office's initials after the place it serves, told last",
			"Forty rifles were recovered from the camp, the Bastar IG said.",
			[]string{"seizure/weapons/rifles/40/exact//////Bastar IG"}},
		{"a rank before a name",
			"RAB's Major Rahman said 40 rifles had been recovered.",
			[]string{"seizure/weapons/rifles/40/exact//////RAB's Major Rahman"}},
		{"a name, then its office between commas",
			"Mawlawi Abdul Hai, the Taliban's police chief in Panjshir, said his men had captured 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////Mawlawi Abdul Hai"}},
		{"a name and no office between commas",
			"Abdul Hai, a farmer from the valley, said his neighbours had captured 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"a force's headquarters and its place",
			"Police headquarters in Dhaka said 4,370 rifles had been recovered.",
			[]string{"seizure/weapons/rifles/4370/exact//////Police"}},
		{"a force in lower case",
			"The coast guard said it had seized 40 rifles off Bhola.",
			[]string{"seizure/weapons/rifles/40/exact//////coast guard"}},
		{"a guard who is no force",
			"The coast was clear, the guard said, when police seized 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"local authorities",
			"The Taliban's local authorities said they had seized 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////Taliban's local authorities"}},
		{"a governor's seat",
			"Raj Bhavan said 985 rifles had been returned by the public.",
			[]string{"transfer/weapons/rifles/985/exact//////Raj Bhavan"}},
	})
}

// TestEleventhProbeHolders covers the counts, holders and uses the
// eleventh probe found unread (a dash between an item and its count, an
// RPG-7 named alone, a faction in brackets after a group, an actor inside
// the relative clause of the users, arms an attack "opened fire with", a
// holding told as an estimate, a government that received arms) and the
// near sentences they must leave alone.
func TestEleventhProbeHolders(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a dash between an item and its count",
			"Troops recovered the following: pistols - 4; rounds - 120.",
			[]string{"seizure/weapons/pistols/4/exact//////", "seizure/ammunition/rounds/120/exact//////"}},
		{"a dash in a range is no count",
			"Troops recovered 40 pistols in the 2024-25 operations.",
			[]string{"seizure/weapons/pistols/40/exact//////"}},
		{"an RPG-7 named alone, and before its rockets",
			"Police seized an RPG-7 with three RPG-7 rockets.",
			[]string{"seizure/weapons/RPG-7/1/exact//////", "seizure/munitions/RPG-7 rockets/3/exact//////"}},
		{"arms of a decade gone by",
			"Soviet-era rifles and RPG-7s were still sold in the market in the 1990s.",
			nil},
		{"arms of this decade",
			"Police seized 40 RPG-7s in the market in the 2020s drive.",
			[]string{"seizure/weapons/RPG-7s/40/exact//////"}},
		{"IED material weighed",
			"Troops seized 12 kg of IED material and eight detonators.",
			[]string{"seizure/explosives/IED material/-///////", "seizure/explosives/detonators/8/exact//////"}},
		{"an origin told as a make after the item",
			"Customs seized 3,500 cartridges of Russian make.",
			[]string{"seizure/ammunition/cartridges/3500/exact//Russia////"}},
		{"arms counted as a lot",
			"The appeal yielded 985 arms, including 280 rifles.",
			[]string{"seizure/weapons/arms/985/exact//////", "seizure/weapons/rifles/280/exact//////"}},
		{"arms valued as a lot",
			"A consignment of arms worth $1.2 million was seized at the port.",
			[]string{"seizure/weapons/arms/-/exact/1200000/////"}},
		{"arms shops are no arms",
			"Police sealed 14 arms shops and seized 320 pistols.",
			[]string{"seizure/weapons/pistols/320/exact//////"}},
		{"arms taken up are no materiel",
			"The rebels took up arms in 2019; police recovered 40 rifles.",
			[]string{"seizure/weapons/rifles/40/exact//////"}},
		{"the drops a drone makes",
			"The module received four pistols through drone drops from across the border.",
			[]string{"transfer/weapons/pistols/4/exact//////"}},
		{"a drone that dropped arms is still a drone",
			"Police recovered a drone, two drone batteries and two pistols.",
			[]string{"seizure/aircraft/drone/1/exact//////", "seizure/aircraft/drone batteries/2/exact//////", "seizure/weapons/pistols/2/exact//////"}},
		{"a building is no making",
			"Gunmen fired at the building with M4 rifles.",
			[]string{"use/weapons/M4 rifles/-///////"}},
		{"a government that received arms",
			"The district administration received 310 guns from villagers.",
			[]string{"transfer/weapons/guns/310/exact////district administration//"}},
		{"arms handed over to the government",
			"Elders handed over 420 rifles to the provincial government.",
			[]string{"transfer/weapons/rifles/420/exact////provincial government//"}},
	})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a faction in brackets after the group",
			"NSCN (K-YA) cadres were seen carrying AK-47s in the camp.",
			[]string{"sighting/weapons/AK-47s/-/////NSCN//"}},
		{"the users, not the police whose station they attacked",
			"The TTP fighters who attacked the Police station used US-made rifles.",
			[]string{"use/weapons/rifles/-///United States//TTP//"}},
		{"the police who used rifles",
			"The Police used US-made rifles in the raid.",
			[]string{"use/weapons/rifles/-///United States//Police//"}},
		{"arms an attack opened fire with",
			"TTP fighters opened fire with M4 rifles on the post.",
			[]string{"use/weapons/M4 rifles/-/////TTP//"}},
		{"a holding told as an estimate",
			"The TTP is estimated to hold about 200 rifles.",
			[]string{"inventory/weapons/rifles/200/approx////TTP//"}},
		{"an estimate of no one's holding",
			"Each magazine is estimated to hold about 30 rounds.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cx := actorsAt{textDates(dates.Find(tc.text, time.Time{})), tc.text, map[string]string{"NSCN": "militants", "TTP": "militants", "Police": "security_forces"}}
			checkFound(t, tc.text, holderNamed{cx}, tc.want)
		})
	}
}

// TestDronesSeized checks that drones seized are a record whoever seizes
// them, while drones and vehicles in trade, and drones a seizure told
// further on does not govern, stay none.
func TestDronesSeized(t *testing.T) {
	checkRecords(t, []recordCase{
		{"drones customs seized",
			"Customs officials at the airport seized 200 commercial drones imported without a licence.",
			[]string{"seizure/aircraft/drones/200/exact//////"}},
		{"cars customs seized are no materiel",
			"Customs officials seized 300 smuggled cars.",
			nil},
		{"drones sold are trade",
			"The company sold 6 million drones last year.",
			nil},
		{"drones held, beside parts seized, are no seizure",
			"The report said the group held at least 300 drones, and that parts seized on boats matched foreign designs.",
			nil},
	})
}

// TestArmsForceHad covers arms a force is told to have, named by their
// model and uncounted (session 19), and the near sentences they must
// leave alone.
func TestArmsForceHad(t *testing.T) {
	checkRecords(t, []recordCase{
		{"arms the attackers had, through a relative clause",
			"Officers said the militants who stormed the post near Zhob had M16 rifles and night-vision goggles.",
			[]string{"sighting/weapons/M16 rifles/-///////", "sighting/night_vision/night vision goggles/-///////"}},
		{"arms a group has, with their origin",
			"The TTP now has US-made M4 rifles, a commander said.",
			[]string{"sighting/weapons/M4 rifles/-///United States////"}},
		{"a force that had suspects is no record",
			"The fighters who attacked the post had two suspects with them.",
			nil},
		{"rifles unnamed by model are no record",
			"The militants who stormed the post had rifles.",
			nil},
		{"a person had no arms of a force",
			"The shopkeeper who spoke to us had M4 rifles on his wall.",
			nil},
	})
}

// TestExportCharged covers arms a court charges someone with trying to
// export (session 19): an export the law stopped is a seizure; an export
// wished for, or one told without a charge, is no record.
func TestExportCharged(t *testing.T) {
	checkRecords(t, []recordCase{
		{"an export charged",
			"Prosecutors charged a trader with attempting to export 30 night-vision goggles to Iran.",
			[]string{"seizure/night_vision/night vision goggles/30/exact//////"}},
		{"a conspiracy to export, indicted",
			"A grand jury indicted three men on Friday for conspiring to export 12 rifle scopes and 400 rounds of ammunition.",
			[]string{"seizure/weapons/rifle scopes/12/exact//////", "seizure/ammunition/rounds of ammunition/400/exact//////"}},
		{"an export wished for is no record",
			"The ministry said it was trying to export 50 drones a year by 2030.",
			nil},
		{"a charge without an export is no record",
			"Police charged two men with attempting to murder a guard with a pistol.",
			nil},
	})
}

// TestBoughtByBody covers arms a group, a force or a government counts as
// bought (session 19), and the near sentences it must leave alone.
func TestBoughtByBody(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a group bought arms",
			"A commander said his group had bought 150 Kalashnikovs from smugglers.",
			[]string{"transfer/weapons/Kalashnikovs/150/exact//////"}},
		{"a government bought arms",
			"The provincial government has purchased 40 armoured vehicles for the police.",
			[]string{"transfer/vehicles/armoured vehicles/40/exact//////"}},
		{"a person's buying is no record",
			"The accused bought four pistols in a market.",
			nil},
		{"arms bought uncounted are no record",
			"The group has bought weapons from smugglers.",
			nil},
	})
}

// TestMovedWith covers arms a force goes about with (session 19), and the
// near sentences it must leave alone.
func TestMovedWith(t *testing.T) {
	checkRecords(t, []recordCase{
		{"fighters patrolled with arms",
			"Militants patrolled the bazaar on Friday with M16 rifles and night-vision goggles.",
			[]string{"sighting/weapons/M16 rifles/-/////Militants//", "sighting/night_vision/night vision goggles/-/////Militants//"}},
		{"a force patrolling with others is no record",
			"Troops patrolled the border with the police on Friday.",
			nil},
		{"a patrol named, not its going about",
			"The militants who ambushed the patrol fled with the bodies.",
			nil},
	})
}

// TestElderTells covers an elder who tells of arms (session 19), as elders
// do, and the near sentence it must leave alone.
func TestElderTells(t *testing.T) {
	checkRecords(t, []recordCase{
		{"an elder said",
			"A tribal elder in Kurram said militants were seen with 30 rifles.",
			[]string{"sighting/weapons/rifles/30/exact//////elder"}},
		{"an elder named as what was seen tells nothing",
			"Militants were seen with 30 rifles near an elder's house, police said.",
			[]string{"sighting/weapons/rifles/30/exact//////"}},
	})
}

// TestSmugglersMoved covers arms smugglers move, ferry or bring, counted
// (session 19), the arms in general that name them again, and the near
// sentences the rule must leave alone.
func TestSmugglersMoved(t *testing.T) {
	checkRecords(t, []recordCase{
		{"smugglers moved arms",
			"Smugglers ferried 120 pistols and 9,000 rounds across the river last week, adding that the weapons were for a gang.",
			[]string{"transfer/weapons/pistols/120/exact//////", "transfer/ammunition/rounds/9000/exact//////"}},
		{"smugglers moved goods are no record",
			"Smugglers moved 300 bags of sugar across the border.",
			nil},
		{"arms smugglers moved uncounted are no record",
			"Smugglers moved weapons across the border, officials said.",
			nil},
	})
}

// TestGivenInPassive covers arms a force was given or that were procured
// for it, told in the passive (session 19), and the near sentences the
// rule must leave alone.
func TestGivenInPassive(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a force was given arms",
			"The district police had been given 40 armoured personnel carriers.",
			[]string{"transfer/vehicles/armoured personnel carriers/40/exact//////"}},
		{"arms procured for a force",
			"Officials said 300 night-vision goggles had been procured for the border police.",
			[]string{"transfer/night_vision/night vision goggles/300/exact//////"}},
		{"a warning given is no record",
			"The police had been given a warning about rifles in the market.",
			nil},
		{"time given is no record",
			"Residents were given 30 days to hand in their weapons.",
			nil},
	})
}

// TestFlewOverGathering covers aircraft flown over a gathering to be seen
// (session 19), and the near sentences the rule must leave alone.
func TestFlewOverGathering(t *testing.T) {
	checkRecords(t, []recordCase{
		{"a helicopter flew over the crowd",
			"At the rally in Herat, a US-made Black Hawk helicopter flew over the crowd.",
			[]string{"sighting/aircraft/Black Hawk helicopter/1/exact//United States////"}},
		{"a helicopter flew over a district is no record",
			"A US-made Black Hawk helicopter flew over the district on Monday.",
			nil},
		{"flying over a crowd without an aircraft",
			"Pigeons flew over the crowd at the parade.",
			nil},
	})
}

// TestACOGSights covers telescopic sights named by their model (session
// 19), and the near sentence it must leave alone.
func TestACOGSights(t *testing.T) {
	checkRecords(t, []recordCase{
		{"ACOG sights recovered",
			"Police recovered 12 ACOG sights and an M4 carbine from the house.",
			[]string{"seizure/weapons/ACOG sights/12/exact//////", "seizure/weapons/M4 carbine/1/exact//////"}},
		{"sights alone are no item",
			"Police recovered 12 sights from the house.",
			nil},
	})
}

// TestPickupTrucks covers pick-up trucks taken from armed groups (session
// 19), and the near sentences they must leave alone: trucks stopped as
// the carriers of arms, trucks sold, trucks used.
func TestPickupTrucks(t *testing.T) {
	checkRecords(t, []recordCase{
		{"pick-up trucks seized from militants",
			"Troops seized three pick-up trucks and a rifle from militants near the border.",
			[]string{"seizure/vehicles/pick-up trucks/3/exact//////", "seizure/weapons/rifle/1/exact//////"}},
		{"trucks intercepted carried the arms",
			"Troops intercepted two pickup trucks and recovered 30 rifles.",
			[]string{"seizure/weapons/rifles/30/exact//////"}},
		{"pick-up trucks militants drove are no record",
			"Militants used four pick-up trucks in the attack on the army post.",
			nil},
	})
}

// TestTriggerAssemblies covers parts of arms named without the arm
// (session 19), and the near sentence it must leave alone.
func TestTriggerAssemblies(t *testing.T) {
	checkRecords(t, []recordCase{
		{"trigger assemblies seized",
			"Customs seized 500 trigger assemblies hidden in a shipment of machine parts.",
			[]string{"seizure/weapons/trigger assemblies/500/exact//////"}},
		{"a trigger pulled is no item",
			"Police seized the man before he could pull the trigger.",
			nil},
	})
}
