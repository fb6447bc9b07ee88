package equipment

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
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
	tests := []struct {
		name, text string
		want       []string
	}{
		{"inventory with value and counts",
			"US forces left weapons in Afghanistan.\nA March 2023 report by the Office of the Inspector General said nearly $3 billion worth of military assets were left behind, including 40 aircraft and more than 9,000 vehicles.",
			[]string{
				"inventory/all_assets/military assets/-/approx/3000000000/United States/Afghanistan//2023-03/",
				"inventory/aircraft/aircraft/40/exact//United States/Afghanistan//2023-03/",
				"inventory/vehicles/vehicles/9000/lower//United States/Afghanistan//2023-03/",
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
			"Police seized a grenade launcher and two magazines from the hideout.",
			[]string{"seizure/ammunition/magazines/2/exact//////"}},
		// Calibres, models and units are not counts.
		{"calibres and model numbers",
			"Police recovered three 30 bore pistols, a .303 rifle and an AK 47 rifle.",
			[]string{"seizure/weapons/pistols/3/exact//////", "seizure/weapons/.303 rifle/1/exact//////", "seizure/weapons/AK-47 rifle/1/exact//////"}},
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
		{"a head with its own origin stays",
			"Weapons of US origin, including M4 rifles, were seized from the militants.",
			[]string{"seizure/weapons/weapons/-///United States//militants//", "seizure/weapons/M4 rifles/-///United States//militants//"}},
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
			[]string{"transfer/weapons/rifles/300/exact//United States/Afghanistan///"}},
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
			[]string{"sighting/weapons/M4 rifles/-///United States////"}},
		{"a vehicle's load is no sighting",
			"A van carrying passengers hit an IED on the road.", nil},
		{"the army that used arms is not where they were made",
			"The Indian army retaliated using heavy machine guns.", nil},
		{"arms carried by people are seen",
			"Two militants carrying four hand grenades were seen near the post.",
			[]string{"sighting/munitions/hand grenades/4/exact//////"}},
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
			[]string{"transfer/weapons/small arms/500/exact//////"}},
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
		{"rounds a drone drops on a post are an attack",
			"A drone dropped two mortar rounds on the police station.",
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
			[]string{"use/weapons/rifles/-///United States////", "use/night_vision/night vision scopes/-///United States////"}},
		{"sights fitted to rifles are materiel",
			"The attackers used M4 rifles fitted with thermal sights.",
			[]string{"use/weapons/M4 rifles/-///////", "use/night_vision/thermal sights/-///////"}},
		{"a quadcopter modified for attack",
			"Militants used a quadcopter modified to drop mortar rounds.",
			[]string{"use/aircraft/quadcopter/1/exact//////"}},
		{"a quadcopter used to drop rounds is how an attack is told",
			"Militants used a quadcopter to drop mortar rounds.",
			nil},
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := lex.Split(tc.text)
			recs := Find(tc.text, ss, textDates(dates.Find(tc.text, time.Time{})))
			var got []string
			for _, r := range recs {
				q, v := "-", ""
				if r.Quantity != nil {
					q = fmt.Sprint(*r.Quantity)
				}
				if r.ValueUSD != nil {
					v = fmt.Sprint(*r.ValueUSD)
				}
				got = append(got, strings.Join([]string{r.Kind, r.Category, r.Item, q, r.Bound, v, r.OriginCountry, r.LocationCountry, r.Holder, r.AsOf, r.AttributedTo}, "/"))
				for _, e := range r.Evidence {
					if tc.text[e.Start:e.End] != e.Quote {
						t.Errorf("evidence %s quote %q != text", e.Field, e.Quote)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Find:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
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
