// Package equipment reads weapons and materiel from text: the weapons an
// incident names (for the event's weapons list) and equipment records —
// inventories, sightings, seizures, uses and transfers — with quantities,
// values, origin and location countries.
package equipment

import "github.com/vigil-osint/vigil/internal/extract/lex"

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
	{[]string{"sniper", "rifle"}, "rifle"},
	{[]string{"machine", "gun"}, "machine gun"},
	{[]string{"machine", "guns"}, "machine gun"},
	{[]string{"night", "vision"}, "night-vision"},
	{[]string{"night-vision"}, "night-vision"},
	{[]string{"land", "mine"}, "landmine"},
	{[]string{"ied"}, "IED"}, {[]string{"ieds"}, "IED"}, {[]string{"rcied"}, "IED"}, {[]string{"vbied"}, "VBIED"},
	{[]string{"grenade"}, "hand grenade"}, {[]string{"grenades"}, "hand grenade"},
	{[]string{"rpg"}, "RPG"}, {[]string{"rpgs"}, "RPG"}, {[]string{"rpg-7"}, "RPG"},
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

// Weapons returns the weapons a sentence names, in order, each once.
func Weapons(toks []lex.Token) []Weapon {
	var out []Weapon
	seen := map[string]bool{}
	for i := 0; i < len(toks); i++ {
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
