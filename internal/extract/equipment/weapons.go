// Package equipment reads weapons and materiel from text: the weapons an
// incident names (for the event's weapons list) and equipment records —
// inventories, sightings, seizures, uses and transfers — with quantities,
// values, origin and location countries.
package equipment

import (
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// Weapon is a weapon an incident report names.
type Weapon struct {
	Name       string // vigil's label: "IED", "hand grenade", "rifle"
	Start, End int
}

type weaponName struct {
	words []string
	name  string
}

// weaponNames, longest first so "hand grenade" wins over "grenade".
var weaponNames = []weaponName{
	{[]string{"vehicle-borne", "improvised", "explosive", "device"}, "VBIED"},
	{[]string{"vehicle-borne", "ied"}, "VBIED"},
	{[]string{"vehicle-borne", "ieds"}, "VBIED"},
	{[]string{"kalashnikov", "rifles"}, "Kalashnikov"},
	{[]string{"kalashnikov", "rifle"}, "Kalashnikov"},
	{[]string{"ak-47", "rifles"}, "Kalashnikov"},
	{[]string{"ak-47", "rifle"}, "Kalashnikov"},
	{[]string{"remote-controlled", "improvised", "explosive", "device"}, "IED"},
	{[]string{"improvised", "explosive", "device"}, "IED"},
	{[]string{"improvised", "explosive", "devices"}, "IED"},
	{[]string{"improvise", "explosive", "devices"}, "IED"},
	{[]string{"rocket-propelled", "grenade"}, "RPG"},
	{[]string{"rocket-propelled", "grenades"}, "RPG"},
	{[]string{"rocket", "propelled", "grenade"}, "RPG"},
	{[]string{"suicide", "vest"}, "suicide vest"},
	{[]string{"suicide", "jacket"}, "suicide vest"},
	{[]string{"explosive", "vest"}, "suicide vest"},
	{[]string{"explosive", "vests"}, "suicide vest"},
	{[]string{"hand", "grenade"}, "hand grenade"},
	{[]string{"hand", "grenades"}, "hand grenade"},
	{[]string{"car", "bomb"}, "VBIED"},
	{[]string{"motorcycle", "bomb"}, "IED"},
	{[]string{"roadside", "bomb"}, "IED"},
	{[]string{"magnetic", "bomb"}, "IED"},
	{[]string{"sticky", "bomb"}, "sticky bomb"},
	{[]string{"sticky", "bombs"}, "sticky bomb"},
	{[]string{"sniper", "rifle"}, "rifle"},
	{[]string{"machine", "gun"}, "machine gun"},
	{[]string{"machine", "guns"}, "machine gun"},
	{[]string{"night", "vision"}, "night-vision"},
	{[]string{"night-vision"}, "night-vision"},
	{[]string{"land", "mine"}, "landmine"},
	{[]string{"ied"}, "IED"}, {[]string{"ieds"}, "IED"}, {[]string{"rcied"}, "IED"}, {[]string{"vbied"}, "VBIED"},
	{[]string{"grenade"}, "hand grenade"}, {[]string{"grenades"}, "hand grenade"},
	{[]string{"rpg"}, "RPG"}, {[]string{"rpgs"}, "RPG"}, {[]string{"rpg-7"}, "RPG"}, {[]string{"rpg-7s"}, "RPG"},
	{[]string{"rocket"}, "rocket"}, {[]string{"rockets"}, "rocket"},
	{[]string{"mortar"}, "mortar"}, {[]string{"mortars"}, "mortar"},
	{[]string{"drone"}, "drone"}, {[]string{"drones"}, "drone"},
	{[]string{"quadcopter"}, "quadcopter"}, {[]string{"quadcopters"}, "quadcopter"},
	{[]string{"rifle"}, "rifle"}, {[]string{"rifles"}, "rifle"},
	{[]string{"pistol"}, "pistol"}, {[]string{"pistols"}, "pistol"},
	{[]string{"revolver"}, "pistol"},
	{[]string{"kalashnikov"}, "Kalashnikov"}, {[]string{"kalashnikovs"}, "Kalashnikov"},
	{[]string{"ak-47"}, "Kalashnikov"}, {[]string{"ak-47s"}, "Kalashnikov"},
	{[]string{"m4"}, "rifle"}, {[]string{"m16"}, "rifle"},
	{[]string{"landmine"}, "landmine"}, {[]string{"landmines"}, "landmine"},
	{[]string{"explosives"}, "explosives"},
	{[]string{"missile"}, "missile"}, {[]string{"missiles"}, "missile"},
	{[]string{"knife"}, "knife"}, {[]string{"axe"}, "knife"}, {[]string{"axes"}, "knife"},
}

// weaponsByFirst indexes weaponNames by their first word, longest first.
var weaponsByFirst = func() map[string][]weaponName {
	m := map[string][]weaponName{}
	for _, w := range weaponNames {
		m[w.words[0]] = append(m[w.words[0]], w)
	}
	return m
}()

// vehicleNouns are the vehicles a bomb is built into.
var vehicleNouns = lex.WordSet("vehicle car truck lorry van pickup pick-up jeep suv humvee tanker bus rickshaw ambulance vehicles cars trucks")

// vehicleBomb reports the explosives of a vehicle-borne bomb at token i:
// "a car packed with explosives", "a Humvee laden with explosives", "an
// explosives-laden truck".
func vehicleBomb(toks []lex.Token, i int) bool {
	t := toks[i].Lower
	if t == "explosives" || t == "explosive" {
		if i < 2 || !toks[i-1].Is("with") || !toks[i-2].Is("packed", "laden", "loaded", "rigged", "filled", "stuffed", "fitted") {
			return false
		}
		for k := i - 3; k >= 0 && k >= i-6; k-- {
			if vehicleNouns[toks[k].Lower] {
				return true
			}
		}
		return false
	}
	for _, p := range []string{"explosives-", "explosive-"} {
		if rest, ok := strings.CutPrefix(t, p); ok && (rest == "laden" || rest == "packed" || rest == "filled" || rest == "rigged") {
			return i+1 < len(toks) && vehicleNouns[toks[i+1].Lower] ||
				i+2 < len(toks) && vehicleNouns[toks[i+2].Lower]
		}
	}
	return false
}

// Weapons returns the weapons a sentence names, in order, each once.
func Weapons(toks []lex.Token) []Weapon {
	var out []Weapon
	seen := map[string]bool{}
	for i := 0; i < len(toks); i++ {
		if vehicleBomb(toks, i) {
			if !seen["VBIED"] {
				seen["VBIED"] = true
				out = append(out, Weapon{Name: "VBIED", Start: toks[i].Start, End: toks[i].End})
			}
			continue
		}
		for _, w := range weaponsByFirst[toks[i].Lower] {
			if lex.HasAt(toks, i, w.words...) {
				e := i + len(w.words) - 1
				if !seen[w.name] {
					seen[w.name] = true
					out = append(out, Weapon{Name: w.name, Start: toks[i].Start, End: toks[e].End})
				}
				i = e
				break
			}
		}
	}
	return out
}
