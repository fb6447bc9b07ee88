package equipment

import (
	"slices"
	"sort"
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
	// one marks a singular count noun: "a Kalashnikov", "an IED" is one.
	one bool
}

// items are the materiel nouns, longest first among those that share a
// first word.
var items = []itemName{
	{[]string{"air-to-ground", "munitions"}, "munitions", "air-to-ground munitions", false},
	{[]string{"heavy", "machine", "guns"}, "weapons", "heavy machine guns", false},
	{[]string{"heavy", "machine", "gun"}, "weapons", "heavy machine gun", true},
	{[]string{"light", "machine", "guns"}, "weapons", "light machine guns", false},
	{[]string{"light", "machine", "gun"}, "weapons", "light machine gun", true},
	{[]string{"hunting", "rifles"}, "weapons", "hunting rifles", false},
	{[]string{"hunting", "rifle"}, "weapons", "hunting rifle", true},
	{[]string{"ground", "vehicles"}, "vehicles", "ground vehicles", false},
	// Launchers before the grenades they fire: "six rocket-propelled
	// grenade launchers" is six weapons, not six grenades.
	{[]string{"rocket", "propelled", "grenade", "launchers"}, "weapons", "rocket-propelled grenade launchers", false},
	{[]string{"rocket", "propelled", "grenade", "launcher"}, "weapons", "rocket-propelled grenade launcher", true},
	{[]string{"rocket-propelled", "grenade", "launchers"}, "weapons", "rocket-propelled grenade launchers", false},
	{[]string{"rocket-propelled", "grenade", "launcher"}, "weapons", "rocket-propelled grenade launcher", true},
	{[]string{"grenade", "launchers"}, "weapons", "grenade launchers", false},
	{[]string{"grenade", "launcher"}, "weapons", "grenade launcher", true},
	{[]string{"rocket", "propelled", "grenades"}, "munitions", "rocket-propelled grenades", false},
	{[]string{"rocket", "propelled", "grenade"}, "munitions", "rocket-propelled grenade", true},
	{[]string{"rocket-propelled", "grenades"}, "munitions", "rocket-propelled grenades", false},
	{[]string{"rocket-propelled", "grenade"}, "munitions", "rocket-propelled grenade", true},
	{[]string{"rpg", "launchers"}, "weapons", "RPG launchers", false},
	{[]string{"rpg", "launcher"}, "weapons", "RPG launcher", true},
	{[]string{"rpg-7", "launchers"}, "weapons", "RPG-7 launchers", false},
	{[]string{"rpg-7", "launcher"}, "weapons", "RPG-7 launcher", true},
	{[]string{"suicide", "vests"}, "explosives", "suicide vests", false},
	{[]string{"suicide", "vest"}, "explosives", "suicide vest", true},
	{[]string{"suicide", "jackets"}, "explosives", "suicide jackets", false},
	{[]string{"suicide", "jacket"}, "explosives", "suicide jacket", true},
	{[]string{"sticky", "bombs"}, "explosives", "sticky bombs", false},
	{[]string{"sticky", "bomb"}, "explosives", "sticky bomb", true},
	{[]string{"tiffin", "bombs"}, "explosives", "tiffin bombs", false},
	{[]string{"tiffin", "bomb"}, "explosives", "tiffin bomb", true},
	{[]string{"pressure", "cooker", "bombs"}, "explosives", "pressure cooker bombs", false},
	{[]string{"pressure", "cooker", "bomb"}, "explosives", "pressure cooker bomb", true},
	{[]string{"gelatin", "sticks"}, "explosives", "gelatin sticks", false},
	{[]string{"gelatine", "sticks"}, "explosives", "gelatin sticks", false},
	{[]string{"safety", "fuse"}, "explosives", "safety fuse", false},
	{[]string{"detonating", "cord"}, "explosives", "detonating cord", false},
	{[]string{"drone", "jammers"}, "electronic_warfare", "drone jammers", false},
	{[]string{"drone", "jammer"}, "electronic_warfare", "drone jammer", true},
	{[]string{"artillery", "guns"}, "weapons", "artillery guns", false},
	{[]string{"artillery", "pieces"}, "weapons", "artillery pieces", false},
	{[]string{"radio", "sets"}, "communications", "radio sets", false},
	{[]string{"night", "vision", "goggles"}, "night_vision", "night vision goggles", false},
	{[]string{"night-vision", "goggles"}, "night_vision", "night vision goggles", false},
	{[]string{"night", "vision", "devices"}, "night_vision", "night vision devices", false},
	{[]string{"night-vision", "devices"}, "night_vision", "night vision devices", false},
	{[]string{"night", "vision", "equipment"}, "night_vision", "night vision equipment", false},
	{[]string{"thermal", "scopes"}, "night_vision", "thermal scopes", false},
	{[]string{"thermal", "scope"}, "night_vision", "thermal scope", true},
	{[]string{"surveillance", "technology"}, "surveillance", "surveillance technology", false},
	// Added from the tenth probe: aircraft told by their role ("four
	// C-130 transport planes", "18 PC-12 surveillance aircraft").
	{[]string{"surveillance", "aircraft"}, "aircraft", "surveillance aircraft", false},
	{[]string{"surveillance", "planes"}, "aircraft", "surveillance planes", false},
	{[]string{"transport", "planes"}, "aircraft", "transport planes", false},
	{[]string{"transport", "plane"}, "aircraft", "transport plane", true},
	{[]string{"transport", "aircraft"}, "aircraft", "transport aircraft", false},
	{[]string{"cargo", "planes"}, "aircraft", "cargo planes", false},
	{[]string{"surveillance", "equipment"}, "surveillance", "surveillance equipment", false},
	{[]string{"communication", "devices"}, "communications", "communication devices", false},
	{[]string{"communications", "equipment"}, "communications", "communications equipment", false},
	{[]string{"communication", "equipment"}, "communications", "communication equipment", false},
	{[]string{"wireless", "sets"}, "communications", "wireless sets", false},
	{[]string{"wireless", "set"}, "communications", "wireless set", true},
	{[]string{"biometric", "tools"}, "biometric", "biometric tools", false},
	{[]string{"biometric", "devices"}, "biometric", "biometric devices", false},
	{[]string{"military", "assets"}, "all_assets", "military assets", false},
	{[]string{"military", "equipment"}, "all_assets", "military equipment", false},
	{[]string{"armored", "vehicles"}, "vehicles", "armored vehicles", false},
	{[]string{"armoured", "vehicles"}, "vehicles", "armoured vehicles", false},
	{[]string{"small", "arms"}, "weapons", "small arms", false},
	{[]string{"machine", "guns"}, "weapons", "machine guns", false},
	{[]string{"machine", "gun"}, "weapons", "machine gun", true},
	{[]string{"machineguns"}, "weapons", "machine guns", false},
	{[]string{"machinegun"}, "weapons", "machine gun", true},
	{[]string{"lmgs"}, "weapons", "LMGs", false},
	{[]string{"lmg"}, "weapons", "LMG", true},
	{[]string{"hmgs"}, "weapons", "HMGs", false},
	{[]string{"hmg"}, "weapons", "HMG", true},
	{[]string{"hand", "grenades"}, "munitions", "hand grenades", false},
	{[]string{"hand", "grenade"}, "munitions", "hand grenade", true},
	{[]string{"hand-grenades"}, "munitions", "hand grenades", false},
	{[]string{"hand-grenade"}, "munitions", "hand grenade", true},
	{[]string{"m4", "rifles"}, "weapons", "M4 rifles", false},
	{[]string{"m4", "rifle"}, "weapons", "M4 rifle", true},
	{[]string{"m4", "carbines"}, "weapons", "M4 carbines", false},
	{[]string{"m4s"}, "weapons", "M4 rifles", false},
	{[]string{"m16", "rifles"}, "weapons", "M16 rifles", false},
	{[]string{"m16", "rifle"}, "weapons", "M16 rifle", true},
	{[]string{"m16s"}, "weapons", "M16 rifles", false},
	{[]string{"m24", "sniper", "rifles"}, "weapons", "M24 sniper rifles", false},
	{[]string{"sniper", "rifles"}, "weapons", "sniper rifles", false},
	{[]string{"sniper", "rifle"}, "weapons", "sniper rifle", true},
	{[]string{"assault", "rifles"}, "weapons", "assault rifles", false},
	{[]string{"assault", "rifle"}, "weapons", "assault rifle", true},
	{[]string{"kalashnikov", "rifles"}, "weapons", "Kalashnikov rifles", false},
	{[]string{"kalashnikov", "rifle"}, "weapons", "Kalashnikov rifle", true},
	{[]string{"kalashnikov"}, "weapons", "Kalashnikov", true},
	{[]string{"ak-47", "rifles"}, "weapons", "AK-47 rifles", false},
	{[]string{"ak-47", "rifle"}, "weapons", "AK-47 rifle", true},
	{[]string{"ak-47s"}, "weapons", "AK-47s", false},
	{[]string{"sub-machine", "guns"}, "weapons", "sub-machine guns", false},
	{[]string{"sub-machine", "gun"}, "weapons", "sub-machine gun", true},
	{[]string{"smgs"}, "weapons", "SMGs", false},
	{[]string{"sub", "machine", "guns"}, "weapons", "sub-machine guns", false},
	{[]string{"sub", "machine", "gun"}, "weapons", "sub-machine gun", true},
	{[]string{"smg"}, "weapons", "SMG", true},
	{[]string{"rocket", "launchers"}, "weapons", "rocket launchers", false},
	{[]string{"rocket", "launcher"}, "weapons", "rocket launcher", true},
	{[]string{"anti-aircraft", "guns"}, "weapons", "anti-aircraft guns", false},
	{[]string{"rpgs"}, "weapons", "RPGs", false},
	{[]string{"thermal", "sights"}, "night_vision", "thermal sights", false},
	{[]string{"thermal", "weapon", "sights"}, "night_vision", "thermal sights", false},
	{[]string{"night-vision", "sights"}, "night_vision", "night vision sights", false},
	{[]string{"night", "vision", "sights"}, "night_vision", "night vision sights", false},
	{[]string{"laser", "sights"}, "weapons", "laser sights", false},
	// Telescopic sights named by their model (session 19): "M4 carbines
	// fitted with ACOG sights".
	{[]string{"acog", "sights"}, "weapons", "ACOG sights", false}, {[]string{"acog", "sight"}, "weapons", "ACOG sight", true},
	{[]string{"acog", "scopes"}, "weapons", "ACOG scopes", false}, {[]string{"acog", "scope"}, "weapons", "ACOG scope", true},
	{[]string{"body", "armour"}, "protective", "body armour", false},
	{[]string{"body", "armor"}, "protective", "body armour", false},
	{[]string{"bulletproof", "vests"}, "protective", "bulletproof vests", false},
	{[]string{"black", "hawk", "helicopters"}, "aircraft", "Black Hawk helicopters", false},
	{[]string{"black", "hawks"}, "aircraft", "Black Hawk helicopters", false},
	{[]string{"black", "hawk", "helicopter"}, "aircraft", "Black Hawk helicopter", true},
	{[]string{"blackhawk", "helicopters"}, "aircraft", "Black Hawk helicopters", false},
	{[]string{"armoured", "personnel", "carriers"}, "vehicles", "armoured personnel carriers", false},
	{[]string{"armored", "personnel", "carriers"}, "vehicles", "armoured personnel carriers", false},
	{[]string{"mraps"}, "vehicles", "MRAPs", false},
	{[]string{"stinger", "missiles"}, "munitions", "Stinger missiles", false},
	{[]string{"javelin", "missiles"}, "munitions", "Javelin missiles", false},
	{[]string{"javelin", "missile"}, "munitions", "Javelin missile", true},
	{[]string{"stinger", "missile"}, "munitions", "Stinger missile", true},
	{[]string{"black", "hawk"}, "aircraft", "Black Hawk", true},
	{[]string{"ammonium", "nitrate"}, "explosives", "ammonium nitrate", false},
	// Added from the eighth probe: explosives named by their kind ("five
	// kilograms of C-4", "10 kg of RDX").
	{[]string{"c-4"}, "explosives", "C-4", false},
	{[]string{"car", "bombs"}, "explosives", "car bombs", false},
	{[]string{"car", "bomb"}, "explosives", "car bomb", true},
	{[]string{"ak-47"}, "weapons", "AK-47", true},
	// Added from the tenth probe: the other Kalashnikov models a
	// market or a tracing report names alone.
	{[]string{"ak-74"}, "weapons", "AK-74", true}, {[]string{"ak-74s"}, "weapons", "AK-74s", false},
	{[]string{"ak-103"}, "weapons", "AK-103", true}, {[]string{"akm"}, "weapons", "AKM", true},
	{[]string{"mortar", "bombs"}, "munitions", "mortar bombs", false},
	{[]string{"mortar", "bomb"}, "munitions", "mortar bomb", true},
	{[]string{"mortar"}, "weapons", "mortar", true},
	{[]string{"mortars"}, "weapons", "mortars", false},
	{[]string{"surface-to-air", "missile"}, "munitions", "surface-to-air missile", true},
	{[]string{"anti-tank", "guided", "missiles"}, "munitions", "anti-tank guided missiles", false},
	{[]string{"loitering", "munitions"}, "munitions", "loitering munitions", false},
	{[]string{"light", "vehicles"}, "vehicles", "light vehicles", false},
	{[]string{"fixed-wing", "aircraft"}, "aircraft", "fixed-wing aircraft", false},
	{[]string{"attack", "helicopters"}, "aircraft", "attack helicopters", false},
	{[]string{"attack", "helicopter"}, "aircraft", "attack helicopter", true},
	{[]string{"super", "tucanos"}, "aircraft", "Super Tucanos", false},
	{[]string{"super", "tucano"}, "aircraft", "Super Tucano", true},
	// Aircraft named by their model alone, as in a table ("Mi-17, 11;
	// UH-60, 6"); not before the noun the model names ("UH-60 Black
	// Hawks": see itemsIn).
	{[]string{"mi-17"}, "aircraft", "Mi-17", true},
	{[]string{"mi-17s"}, "aircraft", "Mi-17s", false},
	{[]string{"uh-60"}, "aircraft", "UH-60", true},
	{[]string{"uh-60s"}, "aircraft", "UH-60s", false},
	{[]string{"md-530"}, "aircraft", "MD-530", true},
	// "small arms and light weapons" is one class of arms, not two.
	{[]string{"small", "arms", "and", "light", "weapons"}, "weapons", "small arms and light weapons", false},
	{[]string{"rdx"}, "explosives", "RDX", false},
	{[]string{"tnt"}, "explosives", "TNT", false},
	{[]string{"semtex"}, "explosives", "Semtex", false},
	// Added from the second equipment probe's misses.
	{[]string{"heavy", "weapons"}, "weapons", "heavy weapons", false},
	{[]string{"military", "vehicles"}, "vehicles", "military vehicles", false},
	{[]string{"biometric", "kits"}, "biometric", "biometric kits", false},
	{[]string{"biometric", "systems"}, "biometric", "biometric systems", false},
	{[]string{"biometric", "equipment"}, "biometric", "biometric equipment", false},
	{[]string{"hexacopters"}, "aircraft", "hexacopters", false},
	{[]string{"hexacopter"}, "aircraft", "hexacopter", true},
	{[]string{"octocopter"}, "aircraft", "octocopter", true},
	{[]string{"uavs"}, "aircraft", "UAVs", false},
	{[]string{"uav"}, "aircraft", "UAV", true},
	{[]string{"prima", "cord"}, "explosives", "prima cord", false},
	{[]string{"primacord"}, "explosives", "prima cord", false},
	{[]string{"cordex", "wire"}, "explosives", "cordex wire", false},
	{[]string{"cordex"}, "explosives", "cordex wire", false},
	{[]string{"detonating", "fuse"}, "explosives", "detonating fuse", false},
	{[]string{"ford", "ranger", "pickups"}, "vehicles", "Ford Ranger pickups", false},
	{[]string{"ford", "ranger", "trucks"}, "vehicles", "Ford Ranger trucks", false},
	{[]string{"ford", "rangers"}, "vehicles", "Ford Rangers", false},
	{[]string{"arms", "and", "ammunition"}, "weapons", "arms and ammunition", false},
	{[]string{"aircraft"}, "aircraft", "aircraft", false},
	{[]string{"helicopters"}, "aircraft", "helicopters", false},
	{[]string{"drones"}, "aircraft", "drones", false},
	{[]string{"drone"}, "aircraft", "drone", true},
	{[]string{"quadcopters"}, "aircraft", "quadcopters", false},
	{[]string{"quadcopter"}, "aircraft", "quadcopter", true},
	{[]string{"vehicles"}, "vehicles", "vehicles", false},
	{[]string{"humvees"}, "vehicles", "Humvees", false},
	{[]string{"humvee"}, "vehicles", "Humvee", true},
	{[]string{"equipment"}, "all_assets", "equipment", false},
	// "$7.12 billion of US-funded gear": materiel only where the text
	// speaks of forces (see civilian).
	{[]string{"gear"}, "all_assets", "gear", false},
	{[]string{"weapons"}, "weapons", "weapons", false},
	{[]string{"firearms"}, "weapons", "firearms", false},
	{[]string{"rifles"}, "weapons", "rifles", false},
	{[]string{"rifle"}, "weapons", "rifle", true},
	{[]string{"carbines"}, "weapons", "carbines", false},
	{[]string{"carbine"}, "weapons", "carbine", true},
	{[]string{"revolvers"}, "weapons", "revolvers", false},
	{[]string{"revolver"}, "weapons", "revolver", true},
	{[]string{"guns"}, "weapons", "guns", false},
	{[]string{"gun", "powder"}, "explosives", "gunpowder", false},
	{[]string{"gunpowder"}, "explosives", "gunpowder", false},
	{[]string{"gun"}, "weapons", "gun", true},
	{[]string{"pistols"}, "weapons", "pistols", false},
	{[]string{"pistol"}, "weapons", "pistol", true},
	{[]string{"kalashnikovs"}, "weapons", "Kalashnikovs", false},
	{[]string{"munitions"}, "munitions", "munitions", false},
	{[]string{"grenades"}, "munitions", "grenades", false},
	{[]string{"grenade"}, "munitions", "grenade", true},
	{[]string{"rockets"}, "munitions", "rockets", false},
	{[]string{"mortar", "shells"}, "munitions", "mortar shells", false},
	{[]string{"mortar", "shell"}, "munitions", "mortar shell", true},
	{[]string{"mortar", "rounds"}, "munitions", "mortar rounds", false},
	{[]string{"rounds", "of", "ammunition"}, "ammunition", "rounds of ammunition", false},
	{[]string{"ammunition"}, "ammunition", "ammunition", false},
	{[]string{"rounds"}, "ammunition", "rounds", false},
	{[]string{"bullets"}, "ammunition", "bullets", false},
	{[]string{"cartridges"}, "ammunition", "cartridges", false},
	{[]string{"explosives"}, "explosives", "explosives", false},
	{[]string{"explosive", "material"}, "explosives", "explosive material", false},
	{[]string{"explosive", "materials"}, "explosives", "explosive material", false},
	{[]string{"explosive", "substance"}, "explosives", "explosive substance", false},
	{[]string{"air", "guns"}, "weapons", "air guns", false},
	{[]string{"tanks"}, "vehicles", "tanks", false},
	{[]string{"detonators"}, "explosives", "detonators", false},
	{[]string{"detonator"}, "explosives", "detonator", true},
	{[]string{"magazines"}, "ammunition", "magazines", false},
	{[]string{"ieds"}, "explosives", "IEDs", false},
	{[]string{"ied"}, "explosives", "IED", true},
	{[]string{"improvised", "explosive", "devices"}, "explosives", "IEDs", false},
	{[]string{"improvised", "explosive", "device"}, "explosives", "IED", true},
	{[]string{"artillery"}, "weapons", "artillery", false},
	{[]string{"radios"}, "communications", "radios", false},
	{[]string{"walkie-talkies"}, "communications", "walkie-talkies", false},
	{[]string{"landmines"}, "explosives", "landmines", false},
	{[]string{"landmine"}, "explosives", "landmine", true},
	{[]string{"land", "mines"}, "explosives", "landmines", false},
	{[]string{"land", "mine"}, "explosives", "landmine", true},
	{[]string{"claymore", "mines"}, "explosives", "claymore mines", false},
	{[]string{"claymore", "mine"}, "explosives", "claymore mine", true},
	{[]string{"anti-tank", "mines"}, "explosives", "anti-tank mines", false},
	{[]string{"anti-personnel", "mines"}, "explosives", "anti-personnel mines", false},
	{[]string{"can", "bombs"}, "explosives", "can bombs", false},
	{[]string{"can", "bomb"}, "explosives", "can bomb", true},
	{[]string{"bombs"}, "explosives", "bombs", false},
	{[]string{"bomb"}, "explosives", "bomb", true},
	// Added from the third equipment probe's misses.
	{[]string{"shotguns"}, "weapons", "shotguns", false},
	{[]string{"shotgun"}, "weapons", "shotgun", true},
	{[]string{"satellite", "phones"}, "communications", "satellite phones", false},
	{[]string{"satellite", "phone"}, "communications", "satellite phone", true},
	{[]string{"fighter", "jets"}, "aircraft", "fighter jets", false},
	{[]string{"fighter", "jet"}, "aircraft", "fighter jet", true},
	{[]string{"fighter", "aircraft"}, "aircraft", "fighter aircraft", false},
	{[]string{"planes"}, "aircraft", "planes", false},
	// Added from the fourth equipment probe's misses.
	{[]string{"bgl", "launchers"}, "weapons", "BGL launchers", false},
	{[]string{"bgl", "launcher"}, "weapons", "BGL launcher", true},
	{[]string{"ubgl", "launchers"}, "weapons", "UBGL launchers", false},
	{[]string{"ubgl", "launcher"}, "weapons", "UBGL launcher", true},
	{[]string{"anti-tank", "missiles"}, "munitions", "anti-tank missiles", false},
	{[]string{"anti-tank", "missile"}, "munitions", "anti-tank missile", true},
	{[]string{"anti-ship", "missiles"}, "munitions", "anti-ship missiles", false},
	{[]string{"anti-ship", "missile"}, "munitions", "anti-ship missile", true},
	{[]string{"anti-aircraft", "missiles"}, "munitions", "anti-aircraft missiles", false},
	{[]string{"ballistic", "missiles"}, "munitions", "ballistic missiles", false},
	{[]string{"ballistic", "missile"}, "munitions", "ballistic missile", true},
	{[]string{"cruise", "missiles"}, "munitions", "cruise missiles", false},
	{[]string{"cruise", "missile"}, "munitions", "cruise missile", true},
	{[]string{"surface-to-air", "missiles"}, "munitions", "surface-to-air missiles", false},
	{[]string{"artillery", "shells"}, "munitions", "artillery shells", false},
	{[]string{"artillery", "shell"}, "munitions", "artillery shell", true},
	{[]string{"mrap", "armoured", "vehicles"}, "vehicles", "MRAP armoured vehicles", false},
	{[]string{"mrap", "armored", "vehicles"}, "vehicles", "MRAP armoured vehicles", false},
	{[]string{"mrap", "vehicles"}, "vehicles", "MRAP vehicles", false},
	{[]string{"mrap"}, "vehicles", "MRAP", true},
	{[]string{"helicopter"}, "aircraft", "helicopter", true},
	{[]string{"jammers"}, "electronic_warfare", "jammers", false},
	{[]string{"motorbikes"}, "vehicles", "motorbikes", false},
	{[]string{"motorbike"}, "vehicles", "motorbike", true},
	{[]string{"motorcycles"}, "vehicles", "motorcycles", false},
	{[]string{"motorcycle"}, "vehicles", "motorcycle", true},
	{[]string{"mobile", "phones"}, "communications", "mobile phones", false},
	{[]string{"mobile", "phone"}, "communications", "mobile phone", true},
	{[]string{"cell", "phones"}, "communications", "cell phones", false},
	// Added from the fifth equipment probe's misses.
	{[]string{"anti-aircraft", "gun"}, "weapons", "anti-aircraft gun", true},
	{[]string{"m-atvs"}, "vehicles", "M-ATVs", false},
	{[]string{"m-atv"}, "vehicles", "M-ATV", true},
	{[]string{"mi-17", "helicopters"}, "aircraft", "Mi-17 helicopters", false},
	{[]string{"mi-17", "helicopter"}, "aircraft", "Mi-17 helicopter", true},
	{[]string{"light", "tactical", "vehicles"}, "vehicles", "light tactical vehicles", false},
	{[]string{"tactical", "vehicles"}, "vehicles", "tactical vehicles", false},
	{[]string{"ubgls"}, "weapons", "UBGLs", false},
	{[]string{"under", "barrel", "grenade", "launchers"}, "weapons", "under-barrel grenade launchers", false},
	{[]string{"under-barrel", "grenade", "launchers"}, "weapons", "under-barrel grenade launchers", false},
	{[]string{"laser", "range-finders"}, "surveillance", "laser range-finders", false},
	{[]string{"laser", "rangefinders"}, "surveillance", "laser rangefinders", false},
	{[]string{"encrypted", "radios"}, "communications", "encrypted radios", false},
	// A bare model: "an M16", "an original American M4" (not the M4
	// motorway: see itemsIn).
	{[]string{"glock"}, "weapons", "Glock", true},
	{[]string{"m16"}, "weapons", "M16", true},
	{[]string{"m4"}, "weapons", "M4", true},
	// Added from the seventh probe's misses: "a rocket" beside mortar
	// shells, "communication sets" in a list, "an explosive device" a
	// quadcopter dropped, "a Scud launcher" (the model before it), the
	// Taliban's "Ranger pickups".
	{[]string{"rocket"}, "munitions", "rocket", true},
	{[]string{"communication", "sets"}, "communications", "communication sets", false},
	{[]string{"explosive", "devices"}, "explosives", "explosive devices", false},
	{[]string{"explosive", "device"}, "explosives", "explosive device", true},
	{[]string{"missile", "launchers"}, "weapons", "missile launchers", false},
	{[]string{"missile", "launcher"}, "weapons", "missile launcher", true},
	{[]string{"launchers"}, "weapons", "launchers", false},
	{[]string{"launcher"}, "weapons", "launcher", true},
	{[]string{"ranger", "pickups"}, "vehicles", "Ranger pickups", false},
	{[]string{"ranger", "vehicles"}, "vehicles", "Ranger vehicles", false},
	// Pick-up trucks taken from armed groups (session 19): civilian and
	// seized only, as motorcycles are.
	// Parts of arms named without the arm (session 19): "180 pistol
	// barrels and 2,000 trigger assemblies".
	{[]string{"trigger", "assemblies"}, "weapons", "trigger assemblies", false}, {[]string{"trigger", "mechanisms"}, "weapons", "trigger mechanisms", false},
	{[]string{"pick-up", "trucks"}, "vehicles", "pick-up trucks", false}, {[]string{"pick-up", "truck"}, "vehicles", "pick-up truck", true},
	{[]string{"pickup", "trucks"}, "vehicles", "pickup trucks", false}, {[]string{"pickup", "truck"}, "vehicles", "pickup truck", true},
	// Added from the ninth probe: the region's press names "night
	// sights" without the vision, writes "pressure-cooker" with a hyphen,
	// and tells a bomb by where it was planted ("a roadside bomb") and a
	// drone by its long name.
	{[]string{"night", "sights"}, "night_vision", "night sights", false},
	{[]string{"night", "sight"}, "night_vision", "night sight", true},
	{[]string{"night-sights"}, "night_vision", "night sights", false},
	{[]string{"pressure-cooker", "bombs"}, "explosives", "pressure cooker bombs", false},
	{[]string{"pressure-cooker", "bomb"}, "explosives", "pressure cooker bomb", true},
	{[]string{"roadside", "bombs"}, "explosives", "roadside bombs", false},
	{[]string{"roadside", "bomb"}, "explosives", "roadside bomb", true},
	{[]string{"unmanned", "aerial", "vehicles"}, "aircraft", "unmanned aerial vehicles", false},
	{[]string{"unmanned", "aerial", "vehicle"}, "aircraft", "unmanned aerial vehicle", true},
	// Drones' parts and the guns that bring drones down: "45 flight
	// controllers", "15 anti-drone systems".
	{[]string{"flight", "controllers"}, "aircraft", "flight controllers", false},
	{[]string{"flight", "controller"}, "aircraft", "flight controller", true},
	{[]string{"anti-drone", "systems"}, "electronic_warfare", "anti-drone systems", false},
	{[]string{"anti-drone", "system"}, "electronic_warfare", "anti-drone system", true},
	{[]string{"anti-drone", "guns"}, "electronic_warfare", "anti-drone guns", false},
	{[]string{"anti-drone", "gun"}, "electronic_warfare", "anti-drone gun", true},
	// A bomber's jacket told by its load: "wearing an explosives-laden
	// jacket".
	{[]string{"explosives-laden", "jacket"}, "explosives", "explosives-laden jacket", true},
	{[]string{"explosive-laden", "jacket"}, "explosives", "explosives-laden jacket", true},
	{[]string{"explosives-laden", "vest"}, "explosives", "explosives-laden vest", true},
	{[]string{"explosive-laden", "vest"}, "explosives", "explosives-laden vest", true},
	// The switch a bomb-maker fits: "a remote control device".
	{[]string{"remote", "control", "devices"}, "explosives", "remote control devices", false},
	{[]string{"remote", "control", "device"}, "explosives", "remote control device", true},
	{[]string{"remote-control", "devices"}, "explosives", "remote control devices", false},
	{[]string{"remote-control", "device"}, "explosives", "remote control device", true},
	// Added from the eleventh probe: the region's lists name the
	// self-loading rifle and the INSAS alone ("one SLR, one INSAS, 13
	// magazines"), a radio or walkie-talkie "set", a GPS device, a
	// bulletproof jacket and the scopes of rifles; a launcher's shells
	// ("hurled BGL shells"); an RPG-7 named alone ("an RPG-7 with three
	// rockets"); "12 kg of IED material".
	{[]string{"slr"}, "weapons", "SLR", true}, {[]string{"slrs"}, "weapons", "SLRs", false},
	{[]string{"insas"}, "weapons", "INSAS", true},
	{[]string{"walkie-talkie", "sets"}, "communications", "walkie-talkie sets", false},
	{[]string{"walkie-talkie", "set"}, "communications", "walkie-talkie set", true},
	{[]string{"walkie-talkie"}, "communications", "walkie-talkie", true},
	{[]string{"radio", "set"}, "communications", "radio set", true},
	{[]string{"gps", "devices"}, "navigation", "GPS devices", false},
	{[]string{"gps", "device"}, "navigation", "GPS device", true},
	{[]string{"gps", "sets"}, "navigation", "GPS sets", false},
	{[]string{"gps", "set"}, "navigation", "GPS set", true},
	{[]string{"bulletproof", "vest"}, "protective", "bulletproof vest", true},
	{[]string{"bulletproof", "jackets"}, "protective", "bulletproof jackets", false},
	{[]string{"bulletproof", "jacket"}, "protective", "bulletproof jacket", true},
	{[]string{"bullet-proof", "vests"}, "protective", "bulletproof vests", false},
	{[]string{"bullet-proof", "vest"}, "protective", "bulletproof vest", true},
	{[]string{"bullet-proof", "jackets"}, "protective", "bulletproof jackets", false},
	{[]string{"bullet-proof", "jacket"}, "protective", "bulletproof jacket", true},
	{[]string{"rifle", "scopes"}, "weapons", "rifle scopes", false},
	{[]string{"rifle", "scope"}, "weapons", "rifle scope", true},
	{[]string{"bgl", "shells"}, "munitions", "BGL shells", false},
	{[]string{"rpg-7"}, "weapons", "RPG-7", true}, {[]string{"rpg-7s"}, "weapons", "RPG-7s", false},
	{[]string{"ied", "material"}, "explosives", "IED material", false}, {[]string{"ied", "materials"}, "explosives", "IED material", false},
	{[]string{"ubgl", "shells"}, "munitions", "UBGL shells", false},
	// "arms, ammunition and explosives": arms in a list (see itemsIn).
	{[]string{"arms"}, "weapons", "arms", false},
}

// sightItems are the night-vision and thermal optics, every head noun
// after every way of writing the prefix: "night-vision scope", "night
// vision binoculars", "thermal imaging cameras".
var sightItems = func() []itemName {
	heads := []struct {
		word string
		one  bool
	}{{"goggles", false}, {"devices", false}, {"device", true}, {"equipment", false}, {"sights", false}, {"sight", true},
		{"scopes", false}, {"scope", true}, {"binoculars", false}, {"cameras", false}, {"camera", true},
		{"glasses", false}, {"monoculars", false}, {"monocular", true}, {"gear", false}, {"imagers", false}, {"imager", true}, {"systems", false},
		{"weapon sights", false}, {"weapon sight", true}, {"rifle scopes", false}, {"rifle scope", true},
		{"camera modules", false}, {"camera module", true}}
	var out, short []itemName
	for _, p := range []struct {
		words []string
		name  string
	}{
		{[]string{"night", "vision"}, "night vision"}, {[]string{"night-vision"}, "night vision"},
		{[]string{"thermal", "imaging"}, "thermal imaging"}, {[]string{"thermal-imaging"}, "thermal imaging"},
		{[]string{"thermal"}, "thermal"},
	} {
		for _, h := range heads {
			w := append(append([]string{}, p.words...), strings.Fields(h.word)...)
			it := itemName{w, "night_vision", p.name + " " + h.word, h.one}
			if strings.Contains(h.word, " ") {
				out = append(out, it)
			} else {
				short = append(short, it)
			}
		}
	}
	// Two-word heads first: "thermal weapon sight" before "thermal".
	return append(out, short...)
}()

// namesItem reports a word that opens an item's name: itemsIn finds
// none in a sentence without one.
func namesItem(toks []lex.Token) bool {
	for _, t := range toks {
		if itemShapes.May(t.Lower) && itemsByFirst[t.Lower] != nil {
			return true
		}
	}
	return false
}

// itemShapes turns away most words before the itemsByFirst lookup.
var itemShapes = lex.ShapesOf(itemsByFirst)

// itemsByFirst indexes items by their first word, longest first.
var itemsByFirst = func() map[string][]itemName {
	m := map[string][]itemName{}
	for _, it := range sightItems {
		m[it.words[0]] = append(m[it.words[0]], it)
	}
	for _, it := range items {
		m[it.words[0]] = append(m[it.words[0]], it)
	}
	// Longest first, whatever the order of the list: "artillery shells"
	// before "artillery".
	for _, list := range m {
		sort.SliceStable(list, func(a, b int) bool { return len(list[a].words) > len(list[b].words) })
	}
	return m
}()

// kindCue is a phrase that decides a sentence's record kind.
type kindCue struct {
	words []string
	kind  string
}

// kindCues decide a sentence's record kind.
var kindCues = []kindCue{
	{[]string{"left", "behind"}, Inventory}, {[]string{"remained"}, Inventory}, {[]string{"inventory"}, Inventory},
	{[]string{"stockpile"}, Inventory}, {[]string{"abandoned"}, Inventory},
	{[]string{"recovered"}, Seizure}, {[]string{"seized"}, Seizure}, {[]string{"confiscated"}, Seizure},
	{[]string{"captured"}, Seizure}, {[]string{"unearthed"}, Seizure}, {[]string{"impounded"}, Seizure},
	{[]string{"intercepted"}, Seizure}, {[]string{"found"}, Seizure},
	{[]string{"recovery", "of"}, Seizure}, {[]string{"seizure", "of"}, Seizure},
	// "Seizures by the Frontier Corps in 2024: rifles 1,842; ...", a
	// table of what was seized.
	{[]string{"seizures"}, Seizure},
	{[]string{"supplied"}, Transfer}, {[]string{"delivered"}, Transfer}, {[]string{"handed", "over"}, Transfer},
	{[]string{"transferred"}, Transfer}, {[]string{"sold"}, Transfer}, {[]string{"smuggled"}, Transfer},
	{[]string{"spotted"}, Sighting}, {[]string{"sighted"}, Sighting}, {[]string{"seen", "with"}, Sighting},
	{[]string{"displayed"}, Sighting}, {[]string{"paraded"}, Sighting}, {[]string{"showcased"}, Sighting},
	{[]string{"brandishing"}, Sighting}, {[]string{"brandished"}, Sighting}, {[]string{"pictured", "with"}, Sighting},
	{[]string{"used"}, Use}, {[]string{"armed", "with"}, Use}, {[]string{"equipped", "with"}, Use},
	// Added from the equipment probe's misses.
	{[]string{"recovering"}, Seizure}, {[]string{"seizing"}, Seizure}, {[]string{"recovers"}, Seizure},
	{[]string{"seizes"}, Seizure}, {[]string{"confiscating"}, Seizure},
	{[]string{"looted"}, Seizure}, {[]string{"snatched"}, Seizure},
	{[]string{"provided"}, Transfer}, {[]string{"handed", "to"}, Transfer}, {[]string{"donated"}, Transfer},
	{[]string{"gifted"}, Transfer}, {[]string{"smuggle"}, Transfer}, {[]string{"smuggling"}, Transfer},
	{[]string{"carrying"}, Sighting}, {[]string{"carried"}, Sighting}, {[]string{"seen", "in", "the", "hands"}, Sighting},
	{[]string{"seen", "in", "possession"}, Sighting}, {[]string{"received"}, Transfer},
	{[]string{"access", "to"}, Sighting},
	{[]string{"left", "with"}, Inventory}, {[]string{"left", "in"}, Inventory}, {[]string{"remain"}, Inventory}, {[]string{"remains"}, Inventory},
	{[]string{"stored"}, Inventory}, {[]string{"hold"}, Inventory}, {[]string{"holds"}, Inventory},
	{[]string{"possess"}, Inventory}, {[]string{"possesses"}, Inventory}, {[]string{"acquired"}, Inventory},
	{[]string{"unaccounted"}, Inventory}, {[]string{"accounted", "for"}, Inventory},
	{[]string{"using"}, Use}, {[]string{"employed"}, Use},
	{[]string{"haul"}, Seizure}, {[]string{"yielded"}, Seizure}, {[]string{"took", "into", "custody"}, Seizure},
	{[]string{"taken", "into", "custody"}, Seizure}, {[]string{"shot", "down"}, Seizure},
	{[]string{"posing", "with"}, Sighting}, {[]string{"posing", "beside"}, Sighting}, {[]string{"posed", "with"}, Sighting},
	{[]string{"showed", "off"}, Sighting}, {[]string{"show", "off"}, Sighting}, {[]string{"shows", "off"}, Sighting},
	{[]string{"retrieved"}, Seizure}, {[]string{"discovered"}, Seizure},
	{[]string{"took", "away"}, Seizure}, {[]string{"taken", "away"}, Seizure}, {[]string{"made", "off", "with"}, Seizure},
	{[]string{"decamped", "with"}, Seizure},
	// Added from the second equipment probe's misses.
	// "in the hands of", "fell into the hands of" (a cue that opened on
	// "in" would be looked up at every "in" of every text). "In
	// possession of" is said of what is seized from the arrested.
	{[]string{"hands", "of"}, Inventory},
	{[]string{"retained"}, Inventory}, {[]string{"retains"}, Inventory}, {[]string{"retain"}, Inventory},
	{[]string{"sell"}, Sighting}, {[]string{"sells"}, Sighting}, {[]string{"selling"}, Sighting},
	{[]string{"riding", "in"}, Sighting}, {[]string{"riding", "on"}, Sighting},
	// Added from batch 2-10 of the second probe.
	{[]string{"saw"}, Sighting}, {[]string{"sale"}, Sighting},
	{[]string{"own"}, Inventory}, {[]string{"owns"}, Inventory}, {[]string{"owned"}, Inventory},
	{[]string{"fired"}, Use},
	// Added from the third probe: "was now in Taliban hands".
	{[]string{"hands"}, Inventory},
	{[]string{"showed", "reporters"}, Sighting}, {[]string{"showed", "journalists"}, Sighting},
	{[]string{"stopped", "a", "consignment"}, Seizure}, {[]string{"stopped", "a", "shipment"}, Seizure},
	{[]string{"stopped", "the", "consignment"}, Seizure}, {[]string{"stopped", "the", "shipment"}, Seizure},
	// Added from the fourth probe: "a search revealed 25 rifles", rebels
	// that "had taken 40 tanks", "launched 15 drones".
	{[]string{"search", "revealed"}, Seizure}, {[]string{"search", "yielded"}, Seizure},
	{[]string{"had", "taken"}, Seizure}, {[]string{"have", "taken"}, Seizure},
	{[]string{"launched"}, Use}, {[]string{"brought", "down"}, Seizure},
	{[]string{"been", "stopped"}, Seizure},
	// Arms seen in militants' videos: "M4 carbines appeared in half of
	// them", "thermal sights were visible in 35 videos".
	{[]string{"appeared", "in"}, Sighting}, {[]string{"visible", "in"}, Sighting}, {[]string{"demonstrated"}, Sighting},
	// Added from the sixth probe: parades and reports that tell of arms
	// on show ("a Scud launcher was also on display": the cue opens on
	// "display", as one on "on" would be looked up at every "on"; "two Mi-17s flew
	// overhead", "vehicles were shown at the parade", "Member States
	// observed M4 rifles among TTP fighters"), and a fleet the Taliban
	// "repaired" or "restored" to service.
	{[]string{"display"}, Sighting}, {[]string{"showcasing"}, Sighting}, {[]string{"displaying"}, Sighting},
	{[]string{"parading"}, Sighting}, {[]string{"flew", "overhead"}, Sighting}, {[]string{"shown"}, Sighting},
	{[]string{"observed"}, Sighting},
	{[]string{"repaired"}, Inventory}, {[]string{"restored"}, Inventory},
	// Added from the seventh probe: bombs "defused" by a disposal squad
	// are taken out of the bombers' hands; arms "deposited" at a
	// surrender are handed over.
	{[]string{"defused"}, Seizure}, {[]string{"deposited"}, Transfer},
	{[]string{"built", "up"}, Inventory},
	// Added from the eighth probe: arms stolen are taken, as arms
	// looted or snatched are; arms that "went missing" or that a force
	// "cannot account for" are told of as what became of a stock, as
	// arms "unaccounted for" are.
	{[]string{"stole"}, Seizure}, {[]string{"stolen"}, Seizure}, {[]string{"turned", "up"}, Seizure},
	{[]string{"went", "missing"}, Inventory}, {[]string{"gone", "missing"}, Inventory}, {[]string{"go", "missing"}, Inventory},
	{[]string{"account", "for"}, Inventory},
	// "the TTP's use of night-vision equipment".
	{[]string{"use", "of"}, Use},
	// Added from the ninth probe: arms "collected" in a disarmament
	// drive are taken from those who had them (arms a group's
	// photographs show are seen: see kindPass).
	{[]string{"collected"}, Seizure},
	// Added from the tenth probe: the reports that follow arms along
	// their chain tell of US-funded equipment "remaining in
	// Afghanistan", stocks the Taliban "inherited", aircraft US troops
	// "demilitarised" before they left, a pistol "taken from" a gunman,
	// arms "distributed" to units and a grenade "thrown at" a police
	// station.
	{[]string{"remaining"}, Inventory}, {[]string{"inherited"}, Inventory},
	{[]string{"demilitarised"}, Inventory}, {[]string{"demilitarized"}, Inventory},
	{[]string{"taken", "from"}, Seizure}, {[]string{"distributed"}, Transfer},
	{[]string{"thrown", "at"}, Use}, {[]string{"hurled", "at"}, Use}, {[]string{"lobbed", "at"}, Use},
	// Added from the eleventh probe: arms given up at a surrender or
	// under an amnesty ("laid down arms, depositing 38 weapons",
	// "handing over two INSAS rifles", "gave up an AK-47 rifle", "8,000
	// weapons had been laid down", looted arms "returned by the public")
	// are handed over, as arms "deposited"
	// are; arms a drive "gathered" are collected; what fleeing attackers
	// were "leaving behind" is left behind; "Recoveries at the site:"
	// opens a list of what was seized. givenUpOff turns away the uses of
	// these words that give up no arms.
	{[]string{"depositing"}, Transfer}, {[]string{"handing", "over"}, Transfer},
	{[]string{"gave", "up"}, Transfer}, {[]string{"giving", "up"}, Transfer}, {[]string{"laid", "down"}, Transfer},
	{[]string{"returned"}, Transfer},
	{[]string{"gathered"}, Seizure}, {[]string{"leaving", "behind"}, Inventory},
	{[]string{"recoveries"}, Seizure},
	// "opened fire with INSAS rifles": the arms of an attack, as arms
	// "used" are.
	{[]string{"opened", "fire", "with"}, Use},
}

// hedgedOwnerBefore reports an owner before a holding told as an
// estimate (added from the eleventh probe): "The ULFA (I) is estimated
// to hold", "the group is believed to possess", where the estimate
// stands between the owner and its verb.
func hedgedOwnerBefore(toks []lex.Token, i int) bool {
	if i < 3 || !toks[i-1].Is("to") || !toks[i-2].Is("estimated", "believed", "thought", "said", "reported", "known", "understood") {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-9; k-- {
		w := toks[k]
		if w.Text == "," || w.Text == ";" {
			return false
		}
		if ownerNouns[w.Lower] || forceNouns[w.Lower] || holderNouns[w.Lower] || groupInitials(w.Text) {
			return true
		}
	}
	return false
}

// givenUpCues are the eleventh probe's cues of arms given up or gathered:
// they are cues only with materiel after them ("laid down their arms",
// "gave up an AK-47 rifle") or, as a passive, before them ("8,000
// weapons had been laid down"), not in "laid down their lives",
// "villagers gathered at the site" or "troops returned fire".
var givenUpCues = lex.WordSet("depositing handing gave giving laid gathered returned")

// givenUpOff reports a cue of givenUpCues at token i that tells of no
// arms.
func givenUpOff(toks []lex.Token, i int) bool {
	if !givenUpCues[toks[i].Lower] {
		return false
	}
	after := i + 1
	if !toks[i].Is("depositing", "gathered", "returned") {
		after = i + 2 // past "over", "up", "down"
	}
	if materielWithin(toks, after, 4) {
		return false
	}
	passive := i > 0 && toks[i-1].Is("been", "was", "were", "are", "is", "be")
	return !(passive && itemLastWithin(toks, i-5, i-1))
}

// strongSeizure are the seizure cues that make a record of what they name
// even uncounted and unremarkable ("recovered explosives"): "found" and
// "captured" are too often said of bodies and posts.
var strongSeizure = lex.WordSet("retrieved made decamped haul yielded took taken recovered seized confiscated impounded unearthed intercepted recovery seizure recovering seizing recovers seizes confiscating looted snatched foiled thwarted busted defused")

// foilWords turn a smuggling sentence into a seizure: "foiled an attempt
// to smuggle 25 pistols".
var foilWords = lex.WordSet("foiled thwarted intercepted busted caught arrested")

// statusCues say what became of materiel ("could not be accounted for"):
// they give the record's kind over a transfer named before them.
var statusCues = lex.WordSet("unaccounted accounted hands")

// holdVerbs after a force ("the air force had 208 aircraft") make an
// inventory when a figure follows them.
var holdVerbs = lex.WordSet("had has have possessed operated operates owns owned fielded fields maintains maintained fly flies")

// keptVerbs after a force and before a figure of materiel make an
// inventory too, in kindPass only: "the Taliban controlled an estimated
// 12,000 Humvees", "kept some 1,000 Humvees", "US forces had left 70 MRAP
// vehicles", "the group held at least 300 rifles" (not "police held three
// suspects with two pistols").
var keptVerbs = lex.WordSet("controlled controls control kept keeps left held")

// holdShapes turns away most words before the holdVerbs and keptVerbs
// lookups, which kindPass asks of every token of every sentence.
var holdShapes = lex.ShapesOf(map[string]bool{"had": true, "has": true, "have": true, "possessed": true, "operated": true, "fly": true, "flies": true,
	"operates": true, "owns": true, "owned": true, "fielded": true, "fields": true, "maintains": true, "maintained": true,
	"controlled": true, "controls": true, "control": true, "kept": true, "keeps": true, "left": true, "held": true})

// forceNouns end the name of an armed force or group.
var forceNouns = lex.WordSet("force forces army military navy taliban militants ttp police troops fleet group groups emirate unit fighters defence defense wing")

// countries are the names and adjectives that give a record's origin or
// location country.
var countries = map[string]string{
	"us": "United States", "u.s": "United States", "u.s.": "United States", "american": "United States",
	"us-made": "United States", "american-made": "United States", "america": "United States", "americans": "United States",
	"us-funded": "United States", "us-supplied": "United States", "us-provided": "United States", "american-supplied": "United States",
	"afghanistan": "Afghanistan", "afghan": "Afghanistan", "pakistan": "Pakistan", "pakistani": "Pakistan",
	"india": "India", "indian": "India", "china": "China", "chinese": "China", "chinese-made": "China",
	"iran": "Iran", "iranian": "Iran", "russia": "Russia", "russian": "Russia", "russian-made": "Russia",
	"soviet": "Russia", "soviet-era": "Russia", "israel": "Israel", "israeli": "Israel", "turkey": "Turkey",
	"turkish": "Turkey", "nato": "NATO", "uk": "United Kingdom", "british": "United Kingdom",
	"pentagon": "United States", "syria": "Syria", "syrian": "Syria", "yemen": "Yemen", "yemeni": "Yemen",
	"iraq": "Iraq", "iraqi": "Iraq",
	// Added from the eighth probe: the makers tracing reports name and
	// the states arms go to.
	"bulgaria": "Bulgaria", "bulgarian": "Bulgaria", "romania": "Romania", "romanian": "Romania",
	"serbia": "Serbia", "serbian": "Serbia", "sudan": "Sudan", "sudanese": "Sudan",
	"belarus": "Belarus", "belarusian": "Belarus", "ukraine": "Ukraine", "ukrainian": "Ukraine",
	"germany": "Germany", "german": "Germany", "belgium": "Belgium", "belgian": "Belgium",
	"austria": "Austria", "austrian": "Austria", "italy": "Italy", "italian": "Italy",
	"france": "France", "french": "France", "egypt": "Egypt", "egyptian": "Egypt",
	"oman": "Oman", "omani": "Oman", "somalia": "Somalia", "somali": "Somalia",
	"kenya": "Kenya", "kenyan": "Kenya", "mali": "Mali", "malian": "Mali",
	"nigeria": "Nigeria", "nigerian": "Nigeria", "libya": "Libya", "libyan": "Libya",
	// Added from the tenth probe: Afghanistan's northern neighbours,
	// whose border guards seize what is smuggled across the Amu Darya.
	"tajikistan": "Tajikistan", "tajik": "Tajikistan", "uzbekistan": "Uzbekistan", "uzbek": "Uzbekistan",
	"turkmenistan": "Turkmenistan", "turkmen": "Turkmenistan",
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
	// Dates returns the dates the text gives, in order.
	Dates() []dates.Mention
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
func Find(text string, sents []lex.Sentence, cx Context) []vigil.Equipment {
	var out []vigil.Equipment
	var ctx context
	ctxPara, ctxSent := -1, -1
	for si, s := range sents {
		// A sentence that names no item yields no record and leaves the
		// context as it was: most sentences of a text are turned away
		// here, before kindOf reads every word for a cue.
		if !namesItem(s.Toks) {
			continue
		}
		kind, kStart, kEnd := kindOf(s.Toks)
		listed := false
		weighedUse := false // the kind is the use of explosives weighed in an attack
		// "... provided $18.6 billion in equipment. ¶ According to the
		// report, the equipment included 96,000 ground vehicles": the
		// list may open the next paragraph.
		if kind == "" && (ctxPara == s.Para || ctxSent == si-1) && ctx.kind != "" {
			// "That included 78 aircraft and over 40,000 vehicles": the
			// list of the record the sentence before told.
			if at := includedBack(s.Toks); at >= 0 {
				kind, kStart, kEnd, listed = ctx.kind, s.Toks[at].Start, s.Toks[at].End, true
			}
		}
		if kind == "" {
			// "The bomb contained five kilograms of C-4", "a motorcycle
			// fitted with eight kilograms of explosives was detonated":
			// explosives weighed in the telling of an attack were used
			// in it. Most sentences name no weight, which the byte
			// search turns away first.
			if sent := text[s.Start:s.End]; strings.Contains(sent, "kg") || strings.Contains(sent, "kilo") {
				if at := attackTold(s.Toks); at >= 0 && weighedExplosives(s.Toks) {
					kind, kStart, kEnd = Use, s.Toks[at].Start, s.Toks[at].End
					weighedUse = true
				}
			}
		}
		if kind == "" {
			continue
		}
		if ki := kindTok(s.Toks, kStart); kind == Inventory && ki > 0 && s.Toks[ki].Is("abandoned") && holderNouns[s.Toks[ki-1].Lower] {
			// "Smugglers abandoned 25 Kalashnikovs ... after an exchange
			// of fire with Levies": arms that people on the run leave
			// behind are the force's find, not a stock.
			kind = Seizure
		}
		if kind == Inventory && boughtFrom(s.Toks, kEnd) {
			// "has acquired six fighter jets from Russia": a delivery.
			kind = Transfer
		}
		its := itemsIn(s.Toks)
		if len(its) == 0 || historical(s.Toks) {
			continue
		}
		nums := numbers.Find(text[s.Start:s.End])
		for k := range nums {
			nums[k].Start += s.Start
			nums[k].End += s.Start
		}
		counted := false
		usedNum := map[int]bool{} // "300 rounds of ammunition" counts rounds once
		recs := make([]vigil.Equipment, 0, len(its))
		starts := make([]int, 0, len(its)) // the first token of each record's item
		recItems := make([]found, 0, len(its))
		// "The attackers, who drove two vehicles into the wall, carried
		// M4 rifles": what the relative clause before the cue names is
		// not what the cue tells of.
		relFrom, relTo := -1, -1
		if ki := kindTok(s.Toks, kStart); ki > 0 {
			if open := relativeOpen(s.Toks, ki-1); open >= 0 {
				relFrom, relTo = open, ki-1
			}
		}
		for _, it := range its {
			if it.first > relFrom && it.first < relTo {
				continue
			}
			if lowerWord(text[kStart:kEnd]) == "destroyed" && !armsItemAt(s.Toks, it.first) && !armsItemAt(s.Toks, it.last) {
				// "destroyed an explosives cache and five vehicles": only
				// the arms are taken out of use.
				continue
			}
			if weighedUse && !(it.category == "explosives" && weighedAt(s.Toks, it.first)) {
				// "The bomb that killed 14 contained five kilograms of
				// C-4": the bomb is the attack's weapon, the C-4 the
				// record.
				continue
			}
			r := vigil.Equipment{Kind: kind, Category: it.category, Item: it.item}
			addEv := func(field string, a, b int) {
				r.Evidence = append(r.Evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
			}
			addEv("item", s.Toks[it.first].Start, s.Toks[it.last].End)
			addEv("kind", kStart, kEnd)
			n, ok := numberBefore(nums, s.Toks, it.first)
			if ok {
				n = phrasalOver(s.Toks, n)
			}
			if !ok || usedNum[n.Start] {
				// "rifles 1,842; pistols 3,115", "Kalashnikovs (412)": a
				// table flattened into prose gives the figure after.
				n, ok = tableFigure(nums, s.Toks, it.first, it.last)
			}
			if !ok || usedNum[n.Start] {
				n, ok = worthAfter(nums, s.Toks, it.last)
			}
			if !ok || usedNum[n.Start] {
				n, ok = valueAt(nums, s.Toks, it.first, it.last)
			}
			if !ok || usedNum[n.Start] {
				// "put the number of US-funded weapons left in
				// Afghanistan at 316,260 and of vehicles at 42,000".
				n, ok = numberAt(nums, s.Toks, it.first, it.last)
			}
			if ok && !usedNum[n.Start] {
				usedNum[n.Start] = true
				if n.Money && n.Currency != "USD" && n.Currency != "" {
					// "worth Rs 28 million (about $100,000)": the dollars
					// the text converts the value to.
					if d, ok := inDollars(nums, text, n); ok && !usedNum[d.Start] {
						usedNum[d.Start] = true
						n = d
					}
				}
				if n.Money {
					// "1.2 million afghanis' worth of ammunition": a value
					// in another currency is no value_usd, but tells the
					// amount as a count would.
					counted = true
					if n.Currency == "USD" || n.Currency == "" {
						v := n.Value
						r.ValueUSD = &v
						r.Bound = n.Bound
						addEv("value_usd", n.Start, n.End)
					}
				} else {
					v := n.Value
					r.Quantity = &v
					r.Bound = n.Bound
					addEv("quantity", n.Start, n.End)
					counted = true
					// "40 drones worth $120 million": a count and a value.
					if w, ok := worthAfter(nums, s.Toks, it.last); ok && !usedNum[w.Start] && (w.Currency == "USD" || w.Currency == "") {
						usedNum[w.Start] = true
						v := w.Value
						r.ValueUSD = &v
						addEv("value_usd", w.Start, w.End)
					}
				}
			} else if a, ok := oneBefore(s.Toks, it, kind); ok {
				// "recovered a Kalashnikov", "an IED": one. That a
				// gunman was "armed with a pistol" is how an attack is
				// told, not a record of its own.
				one := int64(1)
				r.Quantity = &one
				r.Bound = vigil.BoundExact
				addEv("quantity", s.Toks[a].Start, s.Toks[a].End)
				// A drone "used to target a post" is a record, as drones
				// counted are: a gunman's pistol is how an attack is
				// told, a drone how it was made.
				counted = counted || kind != Use && kind != Sighting || kind == Use && droneNouns[strings.ToLower(it.item)]
			}
			if r.Quantity == nil && r.ValueUSD == nil && (it.category == "explosives" || it.category == "ammunition") && weighedAt(s.Toks, it.first) {
				// "used about 12 kg of explosives": a weight is no count,
				// but tells the amount as a count would.
				counted = true
			}
			if r.Quantity == nil && r.ValueUSD == nil && noneOrPart(s.Toks, it.first) {
				// "few heavy weapons", "no rifles": none told; "found
				// among the weapons seized": the lot the named arms are
				// part of.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && it.again {
				// "five pistols ... the pistols": the same lot.
				continue
			}
			if (r.Quantity == nil && r.ValueUSD == nil || kind == Use) && purpose(s.Toks, it.first) {
				// "drones which it modifies to drop mortar rounds": what
				// the materiel is for, not materiel of its own; and what
				// an arm was used to do ("used a drone to drop a mortar
				// shell"), counted or not.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && (it.category == "communications" || it.category == "vehicles") && it.first > 0 &&
				s.Toks[it.first-1].Is("snatched", "stolen", "looted") {
				// "recovered two pistols and snatched mobile phones from
				// street criminals": loot returned, not materiel.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && makingBefore(s.Toks, it.first) {
				// "arrested while making bombs", "were assembling
				// vehicle-borne bombs": the work they were caught at, not
				// materiel found.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && it.head {
				// "a cache of arms and ammunition, including rocket
				// launchers": the list says what was found, its head only
				// gathers it, unless the head has an origin of its own
				// ("weapons of US origin, including").
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && kind == Seizure && tradeClause(s.Toks, it, kindTok(s.Toks, kStart)) {
				// "arrested three men who sold Iranian-made Kalashnikovs
				// ..., and recovered 9 rifles": the suspects' trade, told
				// to say who they are, not what was seized.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && roleAs(s.Toks, it.first) {
				// "the Taliban use them as patrol vehicles": what the
				// materiel told before serves as, not materiel of its own.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && droneLoad(s.Toks, it.first) {
				// "shot down a quadcopter carrying explosives": the
				// drone's load, uncounted, is how the drone is told.
				continue
			}
			if r.Quantity == nil && r.ValueUSD == nil && it.origin && (kind == Seizure || kind == Transfer) && headOfList(s.Toks, it.last) {
				// "recovered US-made weapons, including M16 rifles and
				// night-vision goggles": what was seized or handed over
				// is the list, which takes the head's origin; arms of an
				// origin seen or used in general are a claim of their own.
				continue
			}
			recs = append(recs, r)
			starts = append(starts, it.first)
			recItems = append(recItems, it)
		}
		cue := lowerWord(text[kStart:kEnd])
		strongCue := kind == Seizure && strongSeizure[cue] && !supposed(s.Toks)
		strong := strongCue && specific(its)
		inherit := (ctxPara == s.Para || listed && ctxSent == si-1) && (listed || refersBack(s.Toks))
		// A drone that dropped a load in an attack is the record; the
		// load is the attack's weapon. An attack made "with" a list of
		// arms uses each of them ("with rocket launchers, 120 hand
		// grenades and eight drones"), but what is told after a drone is
		// its load ("with a quadcopter carrying a hand grenade").
		droneUse := kind == Use && (cue == "dropped" || cue == "with" && slices.ContainsFunc(recs, isDrone))
		if droneUse {
			kept := recs[:0]
			var keptStarts []int
			var keptItems []found
			firstDrone := slices.IndexFunc(recs, isDrone)
			for i, r := range recs {
				if isDrone(r) || cue == "with" && i < firstDrone {
					kept = append(kept, r)
					keptStarts = append(keptStarts, starts[i])
					keptItems = append(keptItems, recItems[i])
				}
			}
			recs, starts, recItems = kept, keptStarts, keptItems
			counted = len(recs) > 0
		}
		market := false // arms on offer in a market
		if kind == Sighting && (priceVerbs[cue] || cue == "display" || cue == "sell" || cue == "sells" || cue == "selling" || cue == "sale") && marketIn(s.Toks) {
			// "shopkeepers display Kalashnikovs and Zigana pistols",
			// "a new Glock pistol for 75,000": arms on offer in a market
			// are each a record, named models or not.
			counted, market = true, true
		}
		c := contextOf(text, sents, si, kind, cx)
		if inherit {
			c = c.over(ctx)
		}
		own := itemOrigins(s.Toks, its)
		if kind == Use && (cue == "fired" || cue == "launched" && !launchedOfNote(its)) {
			// "militants fired 20 rockets", "launched grenades at a
			// post", "a US drone fired two missiles" are how attacks
			// are told; "fired a Javelin missile" names arms of note, and
			// drones and missiles launched are a salvo worth counting.
			if !notable(its) {
				continue
			}
			counted = false
		}
		// "a huge cache of arms and ammunition was recovered": the size
		// of the find makes it news, uncounted as it is.
		// "A huge cache of arms was found buried": a cache is materiel,
		// whatever the verb that found it.
		// "the Taliban had handed over large quantities of small arms to
		// TTP fighters": so is a transfer of such a store.
		sizable := (kind == Seizure || kind == Transfer) && !supposed(s.Toks) && !strong && len(its) > 0 && cacheBefore(s.Toks, its[0].first) ||
			// "had built up stocks of hand grenades and mortar rounds":
			// a stock built up is news, uncounted as it is.
			kind == Inventory && !supposed(s.Toks) && len(its) > 0 && lex.HasAt(s.Toks, kindTok(s.Toks, kStart), "built", "up", "stocks", "of")
		// "surrendered to the Frontier Corps and handed over their
		// weapons": the arms of a surrender are its news, uncounted as
		// they are (added from the eleventh probe).
		if kind == Transfer && !sizable && !strong && handoverCue[strings.ToLower(text[kStart:kEnd])] && surrenderTold(s.Toks) {
			ki := kindTok(s.Toks, kStart)
			sizable = materielWithin(s.Toks, ki+1, 5)
		}
		if !counted && !inherit && !strong && !sizable && !(kind != Inventory && (c.origin != "" || notable(its)) && !supposed(s.Toks)) {
			continue
		}
		c.fromParagraph(text, sents, si, cx)
		if (c.holder == "" || unnamedGroup(c.holder)) && kind != Seizure && cx != nil && (anaphoricHolder(s.Toks) || kind != Transfer && toldOfItself(s.Toks)) {
			// The group the words stand for is named before them and
			// before the cue: "IMP said its fighters had attacked a
			// police station with four drones" is not the police's.
			limit := kStart
			if at := possessorAt(s.Toks); at >= 0 && s.Toks[at].Start < limit {
				limit = s.Toks[at].Start
			}
			for _, t := range s.Toks {
				if kind == Use && t.Start < limit && attackVerbs[t.Lower] {
					// "they had attacked a police station with four
					// drones": the police are the target.
					limit = t.Start
					break
				}
			}
			c.holderBefore(text, sents, si, cx, limit)
		}
		if kind != Seizure && unnamedGroup(c.holder) && cx != nil && attackersTold(s.Toks) {
			// "The BLA's assault on the camp ... Security forces found
			// that the attackers had carried M4 rifles": the group whose
			// attack the story told.
			c.attackersGroup(text, sents, si, cx, kStart)
		}
		if kind == Seizure && c.holder == "" && cx != nil {
			// "The Arakan Army said it had captured 250 firearms",
			// "fighters of Hayat Tahrir al-Sham had taken 40 tanks": an
			// armed group that takes arms holds them.
			if a, ok := captor(s.Toks, cx.Actors(s.Start, kStart), kStart); ok {
				c.holder = holderName(text, s.Toks, a, func(field string, a, b int) {
					c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
				})
			}
		}
		if weighedUse && c.holder == "" && cx != nil {
			// "Islamic State Khorasan Province said in a statement that
			// the bomber ... wore a vest with 9 kg of explosives": the
			// group that tells of its attack used what it tells of.
			if a, ok := tellingGroup(text, s.Toks, cx); ok {
				c.holder = holderName(text, s.Toks, a, func(field string, a, b int) {
					c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
				})
			}
		}
		// A sentence that is a record only for what it names of note
		// ("a rifle with a night-vision scope") records only that.
		onlyNotable := !counted && !inherit && !strong && !sizable && c.origin == ""
		ownFirst := -1 // the item whose modifier gave the sentence its origin
		for _, it := range its {
			if o, ok := own[it.first]; ok && c.origin != "" && o.Span == c.originAt {
				ownFirst = it.first
				break
			}
		}
		for i := range recs {
			r := &recs[i]
			it := recItems[i]
			if onlyNotable && !notable([]found{it}) && !listedWithNotable(s.Toks, recItems, i) {
				continue
			}
			if market && generic[r.Item] && r.Quantity == nil && r.ValueUSD == nil && specific(recItems) {
				// "after the Taliban banned the sale of weapons ..., with
				// an M4 now costing": arms in general beside the arm
				// whose price is told.
				continue
			}
			if armsInGeneral[r.Item] && r.Quantity == nil && r.ValueUSD == nil && it.first > 0 && s.Toks[it.first-1].Is("the", "these", "those") && armsNamed(recItems[:i]) {
				// "Smugglers moved 300 Kalashnikovs ..., adding that the
				// weapons were meant for the TTP": the arms counted
				// before, named again.
				continue
			}
			if strong && armsInGeneral[r.Item] && r.Quantity == nil && r.ValueUSD == nil && !it.origin && !cacheBefore(s.Toks, it.first) && armsNamed(recItems) {
				// "recovered an M4 carbine ... weapons left in
				// Afghanistan": arms in general beside the arms named.
				continue
			}
			if kind == Transfer && droneNouns[strings.ToLower(r.Item)] && it.first < kindTok(s.Toks, kStart) && r.Quantity == nil {
				// "Drones dropped 16 pistols": the carrier, not the load.
				continue
			}
			if (r.Item == "equipment" || r.Item == "gear") && r.Quantity == nil && r.ValueUSD == nil {
				// The head of a list ("communication and biometric
				// equipment") or materiel in general: only a figure makes
				// it a record of its own.
				continue
			}
			if seizedOnly[r.Item] && r.Kind != Seizure {
				// "policemen riding on eight motorcycles": how people
				// travel, not materiel seen.
				continue
			}
			if civilian[r.Item] && !military(sents, si) && !droneSeized(s.Toks, *r, kindTok(s.Toks, kStart), starts[i]) {
				// "The company sold 6 million vehicles": trade, not
				// materiel.
				continue
			}
			r.OriginCountry, r.LocationCountry, r.Holder, r.AsOf, r.AttributedTo = c.origin, c.location, c.holder, c.asOf, c.attributed
			if r.Kind == Inventory && inherit && ctx.kind != "" {
				r.Kind = ctx.kind
			}
			// "two carbines and three China made grenades", "one Chinese
			// pistol, two magazines": an origin written before one item
			// is that item's, and that of the bare nouns joined to it
			// ("US-made Humvees and M16 rifles"), not the others'.
			// The sentence's origin is one item's modifier: the items
			// before that one, and those counted on their own, are not
			// of it ("a Kalashnikov and a Chinese pistol", "one Chinese
			// pistol, two magazines"); a bare noun after it may be
			// ("US-made goggles and drove Humvees").
			sentenceOrigin := ownFirst < 0 || starts[i] >= ownFirst && r.Quantity == nil
			if o, ok := own[starts[i]]; ok {
				r.OriginCountry = o.name
				r.Evidence = append(r.Evidence, vigil.Evidence{Field: "origin_country", Start: o.Start, End: o.End, Quote: text[o.Start:o.End]})
			} else if !sentenceOrigin {
				r.OriginCountry = ""
			}
			for _, e := range c.evidence {
				if e.Field == "origin_country" && !sentenceOrigin {
					continue
				}
				r.Evidence = append(r.Evidence, e)
			}
			if r.OriginCountry == "" && usModels[strings.ToLower(r.Item)] {
				// A Humvee or a Black Hawk is American wherever it turns
				// up, whatever origin another item of the list has
				// ("US-funded munitions and 4,700 Humvees").
				r.OriginCountry = "United States"
			}
			out = append(out, *r)
		}
		c.kind = kind
		ctx, ctxPara, ctxSent = c, s.Para, si
	}
	return out
}

// noneOrPart reports an item at token first told as none ("few heavy
// weapons", "no rifles"), as the lot other arms are part of ("found
// among the weapons seized") or as part of a lot ("most of the rifles",
// "most recovered pistols").
func noneOrPart(toks []lex.Token, first int) bool {
	if first < 1 {
		return false
	}
	if toks[first-1].Is("few", "no") {
		return !(first >= 2 && toks[first-2].Is("a"))
	}
	if first >= 3 && toks[first-1].Is("the", "these", "those") && toks[first-2].Is("of") && toks[first-3].Is("most", "some", "many", "all", "half", "none", "much") {
		// "most of the rifles came across the border": the lot told
		// before, in part.
		return true
	}
	if toks[first-1].Is("most") || first >= 2 && toks[first-2].Is("most") && strings.HasSuffix(toks[first-1].Lower, "ed") {
		// "Most recovered pistols were of Chinese make".
		return true
	}
	return first >= 2 && toks[first-1].Is("the") && toks[first-2].Is("among")
}

// listedWithNotable reports an item joined by "and", "or" or a comma to
// a notable item of the same list: "used night-vision equipment and
// sniper rifles" names both as used; "a rifle with a night-vision scope"
// does not.
func listedWithNotable(toks []lex.Token, its []found, i int) bool {
	joined := func(a, b found) bool {
		for k := a.last + 1; k < b.first; k++ {
			if toks[k].Is("a", "an") && k > a.last+1 {
				// "M16 rifles and a Soviet-era DShK heavy machine gun".
				continue
			}
			if _, _, country := countryOf(toks[k]); country && k > a.last+1 {
				continue
			}
			if !(toks[k].Is("and", "or") || toks[k].Punct && toks[k].Text == ",") {
				return false
			}
		}
		return b.first > a.last
	}
	for j := i - 1; j >= 0 && joined(its[j], its[j+1]); j-- {
		if notable([]found{its[j]}) {
			return true
		}
	}
	for j := i + 1; j < len(its) && joined(its[j-1], its[j]); j++ {
		if notable([]found{its[j]}) {
			return true
		}
	}
	return false
}

// armsNamed reports a named arm among items, one not told in general:
// "weapons, ammunition and explosives were recovered" names none, and
// its weapons are a record of their own.
func armsNamed(items []found) bool {
	for _, it := range items {
		if it.category == "weapons" && !generic[it.item] {
			return true
		}
	}
	return false
}

// armsInGeneral are the generic items that, uncounted beside arms the
// sentence names, only speak of them again ("weapons left in
// Afghanistan"); ammunition named in a list is an item of its own.
var armsInGeneral = map[string]bool{"arms and ammunition": true, "weapons": true, "firearms": true, "equipment": true, "military equipment": true}

// historical reports a sentence about arms of the past or on show:
// "the museum displays a captured tank", "World War II rifles".
func historical(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("museum", "museums", "exhibition", "exhibit", "memorial") || t.Is("world") && i+1 < len(toks) && toks[i+1].Is("war") {
			return true
		}
		if t.Is("in") && i+2 < len(toks) && toks[i+1].Is("the") && pastDecade(toks[i+2].Lower) {
			// "were still sold in the Darra market in the 2000s": arms
			// of a decade gone by (added from the eleventh probe, whose
			// RPG-7s named alone made such a sentence a record).
			return true
		}
	}
	return false
}

// pastDecade reports a decade before the 2010s written in figures:
// "1980s", "2000s".
func pastDecade(w string) bool {
	return len(w) == 5 && w[4] == 's' && lex.Digits(w[:4]) && w[3] == '0' && w[:4] < "2010"
}

// cacheBefore reports an item that a word of size or store opens: "a
// huge cache of arms", "a large quantity of weapons".
func cacheBefore(toks []lex.Token, first int) bool {
	// "a cache of explosives and ammunition": back over the list.
	k := first - 1
	for k >= 1 && first-k <= 6 && !toks[k].Is("of") {
		if toks[k].Is("the", "a", "an") || startsFigure(toks[k]) {
			return false
		}
		k--
	}
	return k >= 1 && toks[k].Is("of") && toks[k-1].Is("cache", "quantity", "haul", "stockpile", "consignment", "amount", "stash", "dump",
		"caches", "quantities", "consignments", "amounts", "stockpiles")
}

// kindTok returns the index of the token that starts at byte start.
func kindTok(toks []lex.Token, start int) int {
	for i, t := range toks {
		if t.Start == start {
			return i
		}
	}
	return len(toks)
}

// specific reports whether the items name more than arms in general:
// "weapons and ammunition were recovered" closes most reports of an
// operation and tells nothing a record could track, "rocket launchers and
// explosives were recovered" does.
func specific(items []found) bool {
	for _, it := range items {
		if !generic[it.item] {
			return true
		}
	}
	return false
}

// generic are the items that name arms in general.
var generic = map[string]bool{"arms": true, "arms and ammunition": true, "weapons": true, "firearms": true, "guns": true, "ammunition": true, "munitions": true, "equipment": true, "military equipment": true, "gear": true}

// namedOrigin is an origin country and where the text names it.
type namedOrigin struct {
	name string
	Span
}

// itemOrigins returns the origins written before items, by the item's
// first token: "China made hand grenades", "a Chinese pistol", "US-made
// rifles". A bare noun joined to such an item by "and", "or" or a comma
// shares it ("US-made Humvees and M16 rifles"), and so does the list
// after a head ("US weapons, including night-vision devices").
func itemOrigins(toks []lex.Token, items []found) map[int]namedOrigin {
	out := map[int]namedOrigin{}
	for j, it := range items {
		if o, ok := originBefore(toks, it.first); ok {
			out[it.first] = o
			continue
		}
		if o, ok := originAfter(toks, it.last); ok && (j+1 < len(items) || toks[it.last+1].Is("manufactured", "made", "produced")) {
			// "six pistols of Chinese make and 2,000 rounds": an origin
			// told inside a list is its item's; one that ends the list
			// ("M4 rifles and night-vision goggles of US origin") may be
			// the whole list's, and is left to the sentence, unless it
			// says where the last item was made ("and 400 rounds
			// manufactured in Sudan").
			out[it.first] = o
			continue
		}
		if j == 0 {
			continue
		}
		// "US weapons, including night-vision devices": the list is of
		// the head's origin.
		if o, ok := headOrigin(toks, items[:j], out); ok {
			out[it.first] = o
			continue
		}
		prev := items[j-1]
		o, ok := out[prev.first]
		if !ok {
			continue
		}
		joined := true
		for k := prev.last + 1; k < it.first; k++ {
			if !(toks[k].Is("and", "or") || toks[k].Punct && toks[k].Text == ",") {
				joined = false
				break
			}
		}
		if joined {
			out[it.first] = o
		}
	}
	return out
}

// headOrigin returns the origin of the head of a list ("US weapons,
// including") among the items before, if one has it.
func headOrigin(toks []lex.Token, before []found, origins map[int]namedOrigin) (namedOrigin, bool) {
	for _, h := range before {
		if o, ok := origins[h.first]; ok && headOfList(toks, h.last) {
			return o, true
		}
	}
	return namedOrigin{}, false
}

// originBefore reads the country adjective just before an item, "made"
// allowed between: "Chinese", "US-made", "China made".
func originBefore(toks []lex.Token, first int) (namedOrigin, bool) {
	k := first - 1
	if k >= 1 && toks[k].Is("made", "manufactured", "built") {
		k--
	}
	if k >= 1 && isCap(toks[k].Text) && madeAt(toks[k-1]) {
		// "Belgian-made Minimi light machine guns": the model's name
		// between.
		k--
	}
	if k >= 1 && toks[k].Is("korean-made", "korean") && toks[k-1].Is("north", "south") {
		// "North Korean-made F-7 rocket-propelled grenades": a
		// country of two words.
		name := "North Korea"
		if toks[k-1].Is("south") {
			name = "South Korea"
		}
		return namedOrigin{name, Span{toks[k-1].Start, toks[k].End}}, true
	}
	if k < 0 {
		return namedOrigin{}, false
	}
	name, _, ok := countryOf(toks[k])
	if !ok || name == "NATO" {
		return namedOrigin{}, false
	}
	return namedOrigin{name, Span{toks[k].Start, toks[k].End}}, true
}

// originAfter reads an origin written after an item: "six pistols of
// Chinese make", "rifles of Turkish manufacture".
func originAfter(toks []lex.Token, last int) (namedOrigin, bool) {
	k := last + 1
	if k+2 < len(toks) && toks[k].Is("manufactured", "made", "produced") && toks[k+1].Is("in") {
		// "400 rounds of ammunition manufactured in Sudan".
		if name, _, ok := countryOf(toks[k+2]); ok && name != "NATO" {
			return namedOrigin{name, Span{toks[k+2].Start, toks[k+2].End}}, true
		}
	}
	if k+2 >= len(toks) || !toks[k].Is("of") || !toks[k+2].Is("make", "manufacture", "origin") {
		return namedOrigin{}, false
	}
	name, _, ok := countryOf(toks[k+1])
	if !ok || name == "NATO" {
		return namedOrigin{}, false
	}
	return namedOrigin{name, Span{toks[k+1].Start, toks[k+1].End}}, true
}

// notable reports whether the items name a model or a kind of materiel
// that analysts track wherever it turns up (night vision, thermal sights,
// US-made rifles and vehicles), rather than arms in general.
func notable(items []found) bool {
	for _, it := range items {
		if it.category == "night_vision" || it.modified || strings.ContainsAny(it.item, "0123456789") ||
			strings.HasPrefix(it.item, "Black Hawk") || strings.HasPrefix(it.item, "Ford Ranger") || strings.HasPrefix(it.item, "Javelin") || strings.HasPrefix(it.item, "Stinger") || it.item == "Humvees" || it.item == "MRAPs" || it.item == "Stinger missiles" {
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

// valueAt returns the value given to the item at toks[first..last] as
// "the value of the equipment left in Afghanistan at around $7.12
// billion", "valued the US-funded equipment remaining in Afghanistan at
// about $7.12 billion".
func valueAt(nums []numbers.Number, toks []lex.Token, first, last int) (numbers.Number, bool) {
	b := first - 1 // "the", before up to two words that qualify the item
	for b >= 0 && b >= first-3 && !toks[b].Is("the") && !toks[b].Punct {
		b--
	}
	if b < 1 || !toks[b].Is("the") || !(toks[b-1].Is("valued") || b >= 2 && toks[b-1].Is("of") && toks[b-2].Is("value", "worth", "cost")) {
		return numbers.Number{}, false
	}
	for i := last + 1; i < len(toks) && i <= last+8; i++ {
		if !toks[i].Is("at") {
			continue
		}
		for _, n := range nums {
			if n.Money && n.Start >= toks[i].End && n.Start-toks[i].End <= len(" more than ") {
				return n, true
			}
		}
		break
	}
	return numbers.Number{}, false
}

// numberAt returns the count given to the item at toks[first..last] as
// "put the number of weapons left in Afghanistan at 316,260", and to the
// item the same sentence adds "and of vehicles at 42,000".
func numberAt(nums []numbers.Number, toks []lex.Token, first, last int) (numbers.Number, bool) {
	if first >= 1 {
		if _, _, country := countryOf(toks[first-1]); country {
			// "the number of US-funded weapons".
			first--
		}
	}
	if first < 2 || !toks[first-1].Is("of") {
		return numbers.Number{}, false
	}
	if !toks[first-2].Is("number", "numbers", "total") {
		// "and of vehicles at 42,000": after a number told before.
		told := false
		for k := first - 2; k >= 1 && !told; k-- {
			told = toks[k].Is("of") && toks[k-1].Is("number", "numbers", "total")
		}
		if !told || !toks[first-2].Is("and") {
			return numbers.Number{}, false
		}
	}
	for i := last + 1; i < len(toks) && i <= last+8; i++ {
		if toks[i].Punct && toks[i].Text != "," {
			break
		}
		if !toks[i].Is("at") || i+1 >= len(toks) {
			continue
		}
		for _, n := range nums {
			if !n.Money && n.Start >= toks[i].End && n.Start <= toks[i+1].Start {
				return n, true
			}
		}
		break
	}
	return numbers.Number{}, false
}

// inDollars returns the dollar value a text gives in brackets after a
// value in another currency: "Rs 28 million (about $100,000)".
func inDollars(nums []numbers.Number, text string, n numbers.Number) (numbers.Number, bool) {
	for _, d := range nums {
		if !d.Money || d.Currency != "USD" || d.Start < n.End || d.Start-n.End > len(" (about ") {
			continue
		}
		if strings.Contains(text[n.End:d.Start], "(") {
			return d, true
		}
	}
	return numbers.Number{}, false
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
	one         bool // a singular count noun
	head        bool // the head of a list that follows it ("arms, including")
	origin      bool // the item's own origin is named with it ("US weapons")
	again       bool // named before in the sentence
	modified    bool // changed for a use of its own ("a quadcopter modified to drop")
}

// itemModifiers are the words before an item that say what kind of it
// it is, kept in its name.
var itemModifiers = lex.WordSet("electric electronic non-electric country-made locally-made homemade home-made handmade hand-made remote-controlled unexploded explosive-laden explosives-laden" +
	// Added from the eleventh probe: the kinds of bomb and gun the
	// region's lists name ("12 cane bombs", "four socket bombs", "two
	// single-barrel guns", "eleven muzzle-loading guns", "a shooter
	// gun").
	" crude cane socket petrol single-barrel double-barrel muzzle-loading one-shooter shooter")

// ammunitionOf are the weapons named before the ammunition they fire:
// "pistol rounds", "rifle cartridges".
var ammunitionOf = lex.WordSet("pistol rifle shotgun carbine smg lmg" +
	// Added from the eleventh probe: the launchers named before the
	// rounds and grenades they fire ("3 UBGL grenades", "UBGL rounds").
	" ubgl bgl")

// modifierBefore returns the first token and the words of a modifier
// just before an item's first token, or -1: "live", "electric",
// "country made", and for ammunition the weapon it is for.
func modifierBefore(toks []lex.Token, first int, category string) (int, string) {
	if first < 1 {
		return -1, ""
	}
	p := toks[first-1]
	fired := category == "ammunition" || category == "munitions"
	if itemModifiers[p.Lower] || fired && p.Is("live") {
		return first - 1, p.Lower
	}
	if (category == "ammunition" || category == "munitions") && ammunitionOf[p.Lower] && !(first >= 2 && toks[first-2].Is("machine", "sub", "heavy", "light")) {
		return first - 1, p.Text
	}
	if first >= 2 && p.Is("made") && toks[first-2].Is("country", "locally", "home", "hand") {
		return first - 2, toks[first-2].Lower + "-made"
	}
	return -1, ""
}

// itemsIn returns the materiel nouns of a sentence, in order. A
// model name before a noun joins the item ("M16 assault rifles", "an INSAS
// rifle", "a .303 rifle"); a noun that only says where or in what the
// materiel was ("from a parked vehicle", "dropped by a drone", "a car
// packed with explosives") is not an item.
func itemsIn(toks []lex.Token) []found {
	var out []found
	seen := map[string]bool{}
	qual, qualFirst, qualEnd := itemName{}, -1, -1 // a model that qualifies the noun after it
	for i := 0; i < len(toks); i++ {
		for _, it := range itemsByFirst[toks[i].Lower] {
			if !lex.HasAt(toks, i, it.words...) {
				continue
			}
			e := i + len(it.words) - 1
			if it.item == "arms" && !armsInList(toks, e) && !countedArms(toks, i, e) {
				// "the Arms Act", "took up arms": only arms listed
				// beside other materiel are materiel.
				continue
			}
			if (it.item == "M4" || it.item == "M16" || it.item == "Glock" || it.item == "AK-47" || it.item == "AK-74" || it.item == "AK-103" || it.item == "AKM" || it.item == "SLR" || it.item == "INSAS" || it.item == "RPG-7") && e+1 < len(toks) && !bareModelEnd(toks[e+1]) {
				// "five M16 live rounds", "an M4 A1 carbine", "the M4
				// motorway": the model qualifies what follows.
				continue
			}
			if (it.item == "Mi-17" || it.item == "UH-60" || it.item == "MD-530") && !(i > 0 && startsFigure(toks[i-1])) &&
				!(e+1 < len(toks) && toks[e+1].Punct && strings.Contains(",;:(", toks[e+1].Text)) {
				// An aircraft's model alone is an item when counted
				// ("two Mi-17") or a table's row ("Mi-17, 11;"), not in
				// "mainly Mi-17 and UH-60 helicopters".
				continue
			}
			f := found{first: i, last: e, category: it.category, item: it.item, one: it.one}
			if (it.item == "M4" || it.item == "M16") && sharedCount(toks, i, e) {
				// "78 US-made M4 and M16 rifles": one lot of two models,
				// counted once.
				next := itemsByFirst[toks[e+2].Lower][0]
				for _, n := range itemsByFirst[toks[e+2].Lower] {
					if lex.HasAt(toks, e+2, n.words...) {
						next = n
						break
					}
				}
				e += 1 + len(next.words)
				f.last, f.item, f.one = e, it.item+" and "+next.item, false
			}
			if it.item == "Glock" && e+1 < len(toks) && lex.Digits(toks[e+1].Text) {
				// "a Glock 17 pistol": the model's variant and the noun
				// it names.
				e++
				f.item += " " + toks[e].Text
				if e+1 < len(toks) && toks[e+1].Is("pistol") {
					e++
					f.item += " pistol"
				}
				f.last = e
			}
			if (it.category == "weapons" || it.category == "munitions") && e+1 < len(toks) && partNouns[toks[e+1].Lower] {
				// "600 pistol barrels", "ballistic missile parts": parts
				// of the arm, counted as such.
				e++
				f.last, f.item, f.one = e, it.item+" "+toks[e].Lower, false
			}
			if droneNouns[toks[e].Lower] && e+1 < len(toks) && droneParts[toks[e+1].Lower] {
				// "60 drone motors", "48 drone batteries": parts of
				// drones, counted as such.
				e++
				f.last, f.item, f.one = e, it.item+" "+toks[e].Lower, false
			}
			if it.item == "rounds" {
				// "300 rounds of 7.62mm ammunition", "ten rounds of
				// live ammunition".
				if a := ammunitionAfter(toks, e); a > e {
					e, f.last, f.item = a, a, "rounds of ammunition"
				}
			}
			if it.category == "vehicles" && carrierStopped(toks, i) {
				// "CTD personnel intercepted a motorcycle and recovered an
				// IED", "explosives attached to a motorcycle": the vehicle
				// carried the arms (added from the eleventh probe, whose
				// lists name motorcycles).
				i = e
				break
			}
			if droneDrops(toks, e) {
				// "received four pistols through drone drops": the way
				// arms came, no drone of its own (added from the
				// eleventh probe).
				i = e
				break
			}
			if e+1 < len(toks) && (heldIn[toks[e+1].Lower] || it.one && (modifierNext[toks[e+1].Lower] && !verbNext(toks, e+1) || itemAt(toks, e+1))) {
				// "drone strike", "grenade attack": the noun qualifies
				// another (not "an M16 can be bought", whose "can" opens
				// no "can bomb").
				qual, qualFirst, qualEnd = it, i, e
				i = e
				break
			}
			if qualEnd == i-1 && qual.category == it.category && len(qual.words) > 1 {
				// "a few A-29 Super Tucano aircraft": the model names the
				// aircraft.
				f.first = qualFirst
				f.item = qual.item + " " + it.item
			}
			if m := modelBefore(toks, i); m >= 0 && !strings.ContainsAny(it.item, "0123456789") {
				f.first = m
				f.item = joinModel(toks, m, i) + " " + it.item
			}
			if i > 0 && toks[i-1].Is("replica", "replicas", "toy", "toys", "fake", "dummy", "imitation", "mock") {
				// "20 replica rifles", "a toy pistol": no arms.
				i = e
				break
			}
			if it.item == "tanks" && i > 0 && toks[i-1].Is("fuel", "oil", "water", "gas", "petrol", "diesel", "septic", "storage", "think", "fish") {
				i = e
				break
			}
			if it.item == "gear" && i > 0 && toks[i-1].Is("riot", "fishing", "landing", "camping", "sports", "protective", "climbing", "diving", "rain") {
				// "riot gear", "landing gear": no materiel of war.
				i = e
				break
			}
			named := f.item // the item with its model, before its kind
			if m, name := modifierBefore(toks, f.first, it.category); m >= 0 && (!generic[it.item] || it.item == "guns") {
				// "live rounds", "electric detonators", "a country-made
				// pistol", "pistol rounds": the kind of the item, named
				// with it; the item still starts at its noun, so that
				// "one .32 country made pistol" is one.
				f.item = name + " " + f.item
			}
			f.modified = e+1 < len(toks) && toks[e+1].Is("modified", "adapted", "converted", "rigged", "retrofitted", "weaponised", "weaponized", "fitted")
			if placeBefore(toks, f.first) || filledBefore(toks, f.first) && it.category == "explosives" || unitName(toks, i, e) || ammunitionFor(toks, f.first) {
				i = e
				break
			}
			if len(out) > 0 && appositive(toks, out[len(out)-1], f) {
				// "three improvised explosive devices (IEDs)": one item
				// named twice.
				i = e
				break
			}
			f.head = headOfList(toks, e)
			f.origin = originNear(toks, f.first, e)
			if f.head && f.origin {
				f.head = false
			}
			// The same item again is kept here: counted, it is another
			// lot ("300 rounds of ... and 40 rounds of ..."); Find drops
			// it when it comes without a count.
			// Keyed on the item without its kind: "a country-made gun
			// ... cartridges of 12 bore gun" names the gun again, "M21
			// rifle and Bolt rifle" two rifles.
			f.again = seen[named]
			seen[named] = true
			out = append(out, f)
			i = e
			break
		}
	}
	return out
}

// itemLastWithin reports a word that ends an item's name among
// toks[from:to].
func itemLastWithin(toks []lex.Token, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if itemLast[toks[k].Lower] {
			return true
		}
	}
	return false
}

// partNouns name the parts of an arm: "pistol frames", "missile
// components".
var partNouns = lex.WordSet("barrels barrel frames frame parts components slides receivers")

// sharedCount reports a bare model at toks[i..e] counted with the model
// and noun joined to it by "and": "78 US-made M4 and M16 rifles".
func sharedCount(toks []lex.Token, i, e int) bool {
	b := i - 1
	if b >= 0 {
		if _, _, country := countryOf(toks[b]); country {
			b--
		}
	}
	if b < 0 || !startsFigure(toks[b]) || e+2 >= len(toks) || !toks[e+1].Is("and") {
		return false
	}
	for _, n := range itemsByFirst[toks[e+2].Lower] {
		if len(n.words) > 1 && lex.HasAt(toks, e+2, n.words...) && n.category == "weapons" && strings.ContainsAny(n.item, "0123456789") {
			return true
		}
	}
	return false
}

// droneParts name the parts of a drone: "drone motors", "quadcopter
// propellers".
var droneParts = lex.WordSet("motors motor batteries battery propellers propeller parts components frames frame")

// bareModelEnd reports a token that may follow a model named alone: a
// comma, a conjunction, a preposition or a verb, or the figure of its
// variant ("a Glock 19").
func bareModelEnd(t lex.Token) bool {
	return t.Punct || lex.Digits(t.Text) && t.Lower != "" || t.Is("and", "or", "with", "from", "in", "at", "on", "of", "was", "were", "is", "are",
		"has", "had", "sells", "sold", "fetches", "costs", "found", "recovered", "seized", "captured", "used",
		// "an M4 now costing about 140,000 afghanis", "an M16 can be
		// bought for $800".
		"now", "still", "can", "could", "costing", "selling", "sell", "cost", "fetch", "fetching", "for")
}

// armsInList reports "arms" at token e listed before other materiel:
// "arms, ammunition and explosives", "arms and explosives".
func armsInList(toks []lex.Token, e int) bool {
	if e+2 >= len(toks) || !(toks[e+1].Is("and") || toks[e+1].Punct && toks[e+1].Text == ",") {
		return false
	}
	return itemsByFirst[toks[e+2].Lower] != nil && !toks[e+2].Is("arms")
}

// carrierStopped reports a vehicle at token i told as what carried arms:
// the object of a stop ("intercepted a speeding motorcycle", "stopped
// the car") or what they were fixed to ("explosives attached to a
// motorcycle").
func carrierStopped(toks []lex.Token, i int) bool {
	if i >= 2 && startsFigure(toks[i-1]) && toks[i-2].Is("intercepted", "stopped", "checked", "searched") {
		// "troops intercepted two pick-up trucks ... and recovered 45
		// sub-machine guns": the carriers stopped, counted.
		return true
	}
	k := i - 1
	if k >= 1 && !toks[k].Is("a", "an", "the") && !toks[k].Punct {
		k-- // "a speeding motorcycle"
	}
	if k < 1 || !toks[k].Is("a", "an", "the") {
		return false
	}
	v := toks[k-1]
	return v.Is("intercepted", "stopped", "checked", "searched") || v.Is("to", "on") && k >= 2 && toks[k-2].Is("attached", "fitted", "strapped", "tied", "planted", "mounted")
}

// droneDrops reports a drone at token e that names the drops it makes,
// "drone drops from across the border", not a drone that drops arms ("a
// drone drops two pistols").
func droneDrops(toks []lex.Token, e int) bool {
	if !droneNouns[toks[e].Lower] || e+1 >= len(toks) || !toks[e+1].Is("drop", "drops", "dropping", "droppings") {
		return false
	}
	if e+2 >= len(toks) {
		return true
	}
	n := toks[e+2]
	return !(startsFigure(n) || n.Is("a", "an", "the", "off") || itemAt(toks, e+2))
}

// handoverCue are the cues of arms given up at a surrender whose arms
// make a record uncounted: not "the weapons they have surrendered", told
// of an incentive.
var handoverCue = map[string]bool{"handed over": true, "handing over": true, "laid down": true, "deposited": true, "depositing": true, "gave up": true}

// surrenderTold reports a sentence that tells of a surrender: "surrendered
// to the Frontier Corps", "at a surrender ceremony", "laid down arms".
func surrenderTold(toks []lex.Token) bool {
	for i, t := range toks {
		if t.Is("surrendered", "surrender", "surrendering") || t.Is("laid") && i+1 < len(toks) && toks[i+1].Is("down") {
			return true
		}
	}
	return false
}

// countedArms reports "arms" at toks[i..e] counted or valued as a lot
// (added from the eleventh probe): "yielded 985 arms, including 280
// rifles", "a consignment of arms worth $1.2 million"; not "took up
// arms" or "three arms of the state".
func countedArms(toks []lex.Token, i, e int) bool {
	if e+1 < len(toks) && toks[e+1].Is("worth", "valued") {
		return true
	}
	// The arms end their noun phrase: not "14 arms shops".
	ends := e+1 >= len(toks) || toks[e+1].Punct || toks[e+1].Is("including", "and", "were", "had", "have", "from", "in", "at", "since", "during", "under")
	return ends && i > 0 && startsFigure(toks[i-1]) && lex.Digits(strings.ReplaceAll(toks[i-1].Text, ",", ""))
}

// ammunitionAfter returns the token of "ammunition" that ends "rounds of
// 7.62mm ammunition", "rounds of live AK ammunition" or "rounds of
// Kalashnikov ammunition" after token e, or e when there is none.
func ammunitionAfter(toks []lex.Token, e int) int {
	if e+2 >= len(toks) || !toks[e+1].Is("of") {
		return e
	}
	for k := e + 2; k < len(toks) && k <= e+6; k++ {
		t := toks[k]
		switch {
		case t.Is("ammunition"):
			return k
		case t.Is("live", "mm", "bore", "calibre", "caliber", "rifle", "pistol", "small-arms", "kalashnikov", "shotgun", "sniper", "machine", "gun", "machine-gun", "anti-aircraft", "heavy", "artillery", "tank", "anti-tank") || modelLetters(t.Text) || modelToken(t.Text) || t.Text == "." || t.Lower != "" && t.Lower[0] >= '0' && t.Lower[0] <= '9':
		default:
			return e
		}
	}
	return e
}

// purpose reports an item named as the object of an infinitive: "to drop
// mortar rounds", "to make IEDs".
func purpose(toks []lex.Token, first int) bool {
	if first >= 3 && toks[first-1].Is("a", "an") && toks[first-3].Is("to") {
		// "to drop a mortar shell".
		first--
	}
	if first >= 3 && toks[first-3].Is("to") {
		if _, _, country := countryOf(toks[first-1]); country {
			// "a route used to smuggle Iranian weapons": the verb
			// before the origin.
			first--
		}
	}
	if first < 2 || !toks[first-2].Is("to") {
		return false
	}
	v := toks[first-1]
	return !v.Punct && !isCap(v.Text) && !startsFigure(v) && itemsByFirst[v.Lower] == nil && !v.Is("a", "an", "the", "their", "its", "his")
}

// makingWords are the gerunds and past tenses of making materiel.
var makingWords = lex.WordSet("making assembling manufacturing fabricating preparing building assembled manufactured fabricated")

// makingBefore reports an item named as the object of a verb of making,
// a modifier allowed between: "while making bombs", "were assembling
// vehicle-borne bombs", "two men who assembled quadcopters".
func makingBefore(toks []lex.Token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if makingWords[toks[k].Lower] {
			return true
		}
		if toks[k].Punct || startsFigure(toks[k]) || toks[k].Is("with", "at", "from", "in", "on") {
			// "fired at the building with M4 rifles": a preposition
			// between, the word before it a noun (added from the
			// eleventh probe).
			return false
		}
	}
	return false
}

// ammunitionFor reports the weapon that ammunition named before it is
// for: "160 rounds of SLR rifle", "a magazine of AK 47 rifle".
func ammunitionFor(toks []lex.Token, first int) bool {
	return first >= 2 && toks[first-1].Is("of") &&
		toks[first-2].Is("rounds", "round", "magazine", "magazines", "ammunition", "cartridges", "bullets", "shells")
}

// unitName reports a materiel noun inside the name of a unit or body:
// "Assam Rifles", "Rashtriya Rifles Battalion", "the Small Arms Survey".
func unitName(toks []lex.Token, i, e int) bool {
	if e+1 < len(toks) && isCap(toks[e+1].Text) && orgNouns[toks[e+1].Lower] {
		// "the Small Arms Survey", "the Night Vision Directorate".
		capped := true
		for k := i; k <= e; k++ {
			capped = capped && isCap(toks[k].Text)
		}
		if capped {
			return true
		}
	}
	if !toks[i].Is("rifles", "rifle") || !isCap(toks[i].Text) {
		return false
	}
	if e+1 < len(toks) && toks[e+1].Is("battalion", "battalions", "regiment", "unit", "camp", "headquarters", "personnel", "jawans", "men", "trooper", "troopers") {
		return true
	}
	if i == 0 {
		return false
	}
	p := toks[i-1]
	_, country := countries[p.Lower]
	return isCap(p.Text) && !modelToken(p.Text) && !country && !isAcronym(p.Text)
}

// appositive reports an item that repeats the one just before it in
// another form: "improvised explosive devices IEDs", "IED (improvised
// explosive device)".
func appositive(toks []lex.Token, prev, f found) bool {
	k := prev.last + 1
	if k+1 == f.first && toks[k].Text == "(" {
		// "three Sub Machine Guns (SMG)".
		return true
	}
	for k < f.first && toks[k].Punct && toks[k].Text == "," {
		k++
	}
	if k != f.first {
		return false
	}
	singular := func(s string) string { return strings.TrimSuffix(strings.ToLower(s), "s") }
	return singular(prev.item) == singular(f.item)
}

// usModels are the items only the United States makes.
var usModels = map[string]bool{"humvees": true, "humvee": true, "black hawk helicopters": true, "black hawk helicopter": true, "black hawk": true,
	"mraps": true, "stinger missiles": true}

// heldIn are the nouns after which any materiel noun only qualifies
// them: "a weapons depot", "an arms dealer", "the explosives factory".
var heldIn = lex.WordSet("disposal squad squads depot depots dump dumps factory factories dealer dealers deal deals cache caches bunker bunkers licence licences license licenses smuggler smugglers smuggling trafficking racket training expert experts amnesty amnesties market markets bazaar bazaars")

// modifierNext are the nouns after which a singular materiel noun only
// qualifies them.
var modifierNext = lex.WordSet("borne bourne rider riders powder detection battle battles fight fights fighting point salute salutes threat threats scare hoax hoaxes making magazine launcher launchers attack attacks strike strikes blast blasts explosion explosions wound wounds injury injuries mark marks hole holes fire firing shot shots range factory unit squad operator operators footage pilot camera cameras attacker attackers maker makers expert experts disposal")

// verbNext reports a word after an item that is the sentence's verb,
// not a noun the item qualifies: "a night-vision scope shot dead a
// soldier", unlike "a gun shot".
func verbNext(toks []lex.Token, k int) bool {
	return toks[k].Is("shot", "fire", "fired") && k+1 < len(toks) && toks[k+1].Is("dead", "down", "at", "and", "a", "an", "the", "him", "her", "them", "two", "three")
}

// modelToken matches a model designation before a materiel noun: "M16",
// "AK-47", "G3", "MP5", "RPG-7", "INSAS", "AK".
func modelToken(w string) bool {
	switch strings.ToUpper(w) {
	case "INSAS", "SLR", "AK", "AKM", "LMG", "TT", "AK-SERIES", "PK", "PKM", "RPK", "DSHK":
		return true
	case "GLOCK", "BERETTA", "MAKAROV", "TOKAREV", "UZI", "COLT", "ZIGANA", "CANIK", "TAURUS", "NORINCO", "DRAGUNOV", "SCUD":
		// Makers named as models: "a Glock pistol".
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if n := len(w); n >= 4 && w[n-2] == 'A' && w[n-1] >= '0' && w[n-1] <= '9' && w[n-3] >= '0' && w[n-3] <= '9' && modelToken(w[:n-2]) {
		// "M16A4", "M4A1": a model and its variant.
		return true
	}
	if len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' && w[2] == '-' && makerDigits(w[3:]) {
		// "Mi-17", "Su-30", "Su-30SME": a maker's two letters, a
		// figure and a variant's capitals.
		return true
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if digits > 0 && i != len(w)-1 {
				return false
			}
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '-':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 4 && digits >= 1 && digits <= 3 && w[0] >= 'A' && w[0] <= 'Z'
}

// makerDigits reports a model number after a maker's letters: one to
// three figures, then up to three capitals ("30", "30SME", "35S").
func makerDigits(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || len(w)-d > 3 {
		return false
	}
	for i := d; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// modelBefore returns the first token of a model designation just before
// token i, or -1: "M16", or a calibre written ".303".
func modelBefore(toks []lex.Token, i int) int {
	if i < 1 {
		return -1
	}
	p := toks[i-1]
	if b := boreBefore(toks, i); b >= 0 {
		return b
	}
	if modelToken(p.Text) {
		if i >= 2 && makers[toks[i-2].Lower] && isCap(toks[i-2].Text) {
			// "Bayraktar TB2 drones": the maker before its model.
			return i - 2
		}
		return i - 1
	}
	if i >= 2 && lex.Digits(p.Text) && modelLetters(toks[i-2].Text) {
		// "an AK 47 rifle".
		return i - 2
	}
	if i >= 2 && isCap(p.Text) && !p.Punct && !lex.Capitals(p.Text) && madeAt(toks[i-2]) {
		// "four Belgian-made Minimi light machine guns": the model's
		// name after the country that made it.
		if _, _, country := countryOf(p); !country {
			return i - 1
		}
	}
	if i >= 2 && makers[toks[i-2].Lower] && isCap(toks[i-2].Text) && isCap(p.Text) && !p.Punct {
		// "a Steyr AUG rifle", "a DJI Mavic drone": a maker and the
		// name of its model.
		return i - 2
	}
	if i >= 2 && toks[i-2].Punct && toks[i-2].Text == "." && toks[i-2].End == p.Start && lex.Digits(p.Text) {
		return i - 2
	}
	return -1
}

// boreBefore returns the first token of a bore written just before token
// i, or -1: "a 12-bore gun", "a 315-bore rifle", "a .315 bore rifle"
// (added from the eleventh probe; the calibre names the arm, as ".303"
// does).
func boreBefore(toks []lex.Token, i int) int {
	p := toks[i-1]
	if d, ok := strings.CutSuffix(p.Lower, "-bore"); ok && lex.Digits(d) {
		return i - 1
	}
	if !p.Is("bore") || i < 2 || !lex.Digits(toks[i-2].Text) {
		return -1
	}
	if i >= 3 && toks[i-3].Text == "." && toks[i-3].End == toks[i-2].Start {
		return i - 3
	}
	return i - 2
}

// madeAt reports a country told as a maker: "Belgian-made".
func madeAt(t lex.Token) bool {
	_, made, ok := countryOf(t)
	return ok && made
}

// makers are the arms makers named before a model: "Bayraktar TB2".
var makers = lex.WordSet("bayraktar norinco beretta colt steyr zastava heckler sig dji barrett" +
	// Added from the eleventh probe: the makers of the radios a list
	// names ("a Kenwood radio set"), no place.
	" kenwood motorola icom")

// joinModel writes the model of toks[m:i] as the text spells it.
func joinModel(toks []lex.Token, m, i int) string {
	var b strings.Builder
	for k := m; k < i; k++ {
		if k > m && makers[toks[k-1].Lower] {
			// "Bayraktar TB2": the maker apart from its model.
			b.WriteByte(' ')
		} else if k > m && !toks[k-1].Punct {
			// "AK 47" is written "AK-47", as the trade writes it.
			b.WriteByte('-')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}

// timeWords name days and months: "on Tuesday a quadcopter" is a time.
var timeWords = lex.WordSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december night morning evening")

// placeBefore reports a noun that says where the materiel was or what
// brought it: a preposition of place or agent before it, with at most two
// words between and no figure ("from a parked vehicle", "dropped by a
// drone", "near the vehicle").
func placeBefore(toks []lex.Token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		t := toks[k]
		if t.Punct || startsFigure(t) || timeWords[t.Lower] {
			// "On Tuesday a quadcopter dropped": a time, not a place.
			return false
		}
		if k < first-1 && (cueAt(toks, k+1) || toks[k+1].Is("had", "has", "have", "possessed")) {
			// "fighters who attacked a post in Bannu used M4 carbines":
			// the verb after the place opens the clause of the
			// materiel, as a verb of having does ("who attacked the
			// camp in Noshki had M4 rifles").
			return false
		}
		if t.Is("in") && k > 0 && toks[k-1].Is("billion", "million", "trillion", "crore", "lakh") {
			// "$18.6 billion in equipment": the materiel a sum bought.
			return false
		}
		if t.Is("with") {
			// "its fighters in Kurram with M4 carbines": what they had,
			// after the place.
			return false
		}
		if t.Is("from") && firedBefore(toks, k) {
			// "fired 30 rounds from a Glock 17 pistol": the arm fired.
			return false
		}
		if t.Is("from", "by", "in", "inside", "under", "near", "on", "aboard", "onboard", "beneath") {
			// "riding in Ford Ranger pickups": what they ride is seen.
			return !(k > 0 && t.Is("in", "on") && toks[k-1].Is("riding"))
		}
		if !t.Is("a", "an", "the", "their", "his", "its", "her") && k == first-3 {
			return false
		}
	}
	return false
}

// firedBefore reports a verb of firing a few words before token k: "fired
// 30 rounds from".
func firedBefore(toks []lex.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Is("fired", "firing", "shot", "shooting") {
			return true
		}
	}
	return false
}

// filledBefore reports materiel that fills something else: "a car packed
// with explosives" is one vehicle-borne bomb, not explosives of their own.
func filledBefore(toks []lex.Token, first int) bool {
	return first >= 2 && toks[first-1].Is("with") && toks[first-2].Is("packed", "laden", "loaded", "rigged", "filled", "stuffed", "fitted")
}

// headOfList reports an item that gathers the list after it: "arms and
// ammunition, including", "weapons such as", "equipment worth $7
// billion, including".
func headOfList(toks []lex.Token, last int) bool {
	// The list may come after what is said of the head: "equipment worth
	// $7 billion, including", "arms left in Afghanistan, including",
	// "weapons and ammunition worth Rs 120 million in Kech district in a
	// week, including".
	for k := last + 1; k < len(toks) && k <= last+12; k++ {
		t := toks[k]
		if t.Is("including", "like") && (k == last+1 || toks[k-1].Text == ",") || lex.HasAt(toks, k, "such", "as") {
			return true
		}
		if t.Punct && t.Text == ":" && k+1 < len(toks) && (itemsByFirst[toks[k+1].Lower] != nil || startsFigure(toks[k+1])) {
			// "US-funded equipment left in Afghanistan in August 2021:
			// aircraft, 78; vehicles, 40,000", "a huge cache of weapons
			// was seized in Dera Bugti: 34 rockets; ...": a table's or a
			// list's head.
			return true
		}
		if t.Is("and") && k == last+1 && k+1 < len(toks) && generic[toks[k+1].Lower] {
			// "weapons and ammunition was recovered, including": both
			// gather the list.
			k++
			continue
		}
		if cueAt(toks, k) && k > 0 && toks[k-1].Is("was", "were", "been") {
			// "a large cache of weapons and ammunition was recovered,
			// including three M4 rifles": the list may follow the verb
			// of the passive.
			continue
		}
		if itemsByFirst[t.Lower] != nil || cueAt(toks, k) && !t.Is("left") || t.Is("and") && k == last+1 {
			return false
		}
	}
	return false
}

// originNear reports an origin named with the item itself: "US weapons",
// "weapons of US origin", "US-made rifles".
func originNear(toks []lex.Token, first, last int) bool {
	if first > 0 {
		p := toks[first-1]
		if _, ok := countries[p.Lower]; ok && !(p.Lower == "us" && p.Text != "US") {
			return true
		}
		if strings.HasSuffix(p.Lower, "-made") {
			return true
		}
	}
	return last+3 < len(toks) && toks[last+1].Is("of") && toks[last+3].Is("origin")
}

// lowerWord returns the first word of s in lower case.
func lowerWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// articleBefore finds the article that makes a singular item one: "a
// Kalashnikov", "an INSAS rifle", "a 9mm pistol", "a Chinese-made drone";
// at most two words between, none of them a figure.
func articleBefore(toks []lex.Token, it found) (int, bool) {
	if !it.one {
		return 0, false
	}
	lim := it.first - 3
	if lim >= 1 && (toks[lim].Is("made") || toks[lim+1].Is("made")) {
		// "a locally made shooter gun": a word more before the noun
		// (added from the eleventh probe).
		lim--
	}
	for k := it.first - 1; k >= 0 && k >= lim; k-- {
		t := toks[k]
		if t.Is("a", "an", "one", "single", "his", "her") {
			// "surrendered with his M4 rifle": one.
			return k, true
		}
		if t.Punct || t.Is("and", "or", "of", "with", "the") {
			return 0, false
		}
	}
	return 0, false
}

// oneBefore is articleBefore, and for a seizure also "the" before a
// singular item the seizure is told of: "defused the suicide vest he was
// wearing", "the Canik pistol recovered from the suspect" is one.
func oneBefore(toks []lex.Token, it found, kind string) (int, bool) {
	if k, ok := articleBefore(toks, it); ok || kind != Seizure || !it.one || it.again {
		return k, ok
	}
	for k := it.first - 1; k >= 0 && k >= it.first-3; k-- {
		t := toks[k]
		if t.Is("the") {
			seizedBefore := k > 0 && seizedWords[toks[k-1].Lower]
			seizedAfter := it.last+1 < len(toks) && seizedWords[toks[it.last+1].Lower]
			// "recovered five pistols; the pistol recovered from the
			// leader": one of the lot told before, not one more.
			head := toks[it.last].Lower
			for j := 0; j < k; j++ {
				if toks[j].Lower == head || toks[j].Lower == head+"s" {
					return 0, false
				}
			}
			return k, seizedBefore || seizedAfter
		}
		if t.Punct || t.Is("and", "or", "of", "with", "a", "an") || startsFigure(t) {
			return 0, false
		}
	}
	return 0, false
}

// seizedWords are the verbs of a seizure written next to the single
// thing seized: "recovered the pistol", "the vest seized".
var seizedWords = lex.WordSet("recovered seized confiscated impounded captured defused")

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

// cuesByFirst indexes kindCues by their first word, in their order.
var cuesByFirst = func() map[string][]kindCue {
	m := map[string][]kindCue{}
	for _, k := range kindCues {
		m[k.words[0]] = append(m[k.words[0]], k)
	}
	return m
}()

// cueAt reports a whole kind cue at token i: "made off with" is one,
// "country made" is not.
func cueAt(toks []lex.Token, i int) bool {
	for _, k := range cuesByFirst[toks[i].Lower] {
		if lex.HasAt(toks, i, k.words...) {
			return true
		}
	}
	return false
}

// kindOf returns a sentence's record kind and the span of its cue: the
// first cue, except that a seizure anywhere in the sentence wins ("two
// pistols used by them were also recovered": the news is the seizure).
func kindOf(toks []lex.Token) (string, int, int) {
	// A participle that describes the materiel ("dozens of captured
	// armoured vehicles", "the recovered arms included") is the kind only
	// when nothing else in the sentence is.
	kind, start, end, skipped := kindPass(toks, false)
	if kind != "" {
		return kind, start, end
	}
	if skipped {
		if kind, start, end, _ := kindPass(toks, true); kind != "" {
			return kind, start, end
		}
	}
	// "surrendered to police in Swat with his M4 rifle": arms given up
	// at a surrender are handed over.
	for i, t := range toks {
		if !t.Is("surrendered") {
			continue
		}
		if i+1 < len(toks) && startsFigure(toks[i+1]) && materielWithin(toks, i+2, 3) {
			// "residents surrendered 1,350 unlicensed weapons at police
			// stations": arms given up under an amnesty.
			return Transfer, toks[i].Start, toks[i].End
		}
		for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
			if toks[k].Is("with") && materielWithin(toks, k+1, 3) {
				return Transfer, toks[i].Start, toks[i].End
			}
		}
		break
	}
	// "apprehended two cadres along with a 9mm pistol".
	for i, t := range toks {
		if !arrestShapes.May(t.Lower) || !arrestVerbs[t.Lower] {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			if toks[k].Is("with") && materielWithin(toks, k+1, 4) {
				return Seizure, toks[k].Start, toks[k].End
			}
		}
		break
	}
	return "", 0, 0
}

// depictedBefore reports a verb of showing a few words before token i, in
// the same clause: "a video showed fighters using".
func depictedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].Punct; k-- {
		if toks[k].Is("showed", "shows", "show", "showing", "depicted", "depicts") {
			return true
		}
	}
	return false
}

// partOfThem reports a pronoun or a part of one at token k, the object
// of a verb that speaks of materiel told before: "one of them", "both
// of them", "them", "it".
func partOfThem(toks []lex.Token, k int) bool {
	if k < len(toks) && toks[k].Is("them", "it") {
		return true
	}
	return k+2 < len(toks) && (startsFigure(toks[k]) || toks[k].Is("both", "all", "most")) && toks[k+1].Is("of") && toks[k+2].Is("them")
}

// arrestVerbs, followed by "with" and materiel, make a seizure: "arrested
// along with two pistols".
var arrestVerbs = lex.WordSet("arrested apprehended nabbed detained caught held")

// arrestShapes turns away most words before the arrestVerbs lookup.
var arrestShapes = lex.ShapesOf(arrestVerbs)

// materielWithin reports a materiel noun among the n tokens from i.
func materielWithin(toks []lex.Token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if itemsByFirst[toks[k].Lower] != nil {
			return true
		}
	}
	return false
}

// adjectival reports a participle cue used as an adjective of the
// materiel after it, after an article, "of" or a figure: "dozens of
// captured armoured vehicles", "a captured US helicopter", "the seized
// weapons".
func adjectival(toks []lex.Token, i int) bool {
	if !toks[i].Is("captured", "seized", "recovered", "looted", "abandoned", "smuggled", "confiscated", "impounded", "used", "stolen", "snatched") || i+1 >= len(toks) {
		return false
	}
	// "paraded captured US Humvees": a verb of its own before it.
	if i == 0 || !(toks[i-1].Is("a", "an", "the", "of", "these", "those", "its", "their", "his", "all") || startsFigure(toks[i-1]) && !yearAt(toks, i-1) ||
		kindOfCue(toks, i-1) != "" && kindOfCue(toks, i-1) != Seizure) {
		// "Police recovered explosives": the verb and its object; "who
		// attacked a train in March 2025 used US-made M4 carbines": a
		// year, not a count.
		return false
	}
	next := toks[i+1]
	_, _, country := countryOf(next)
	// "handed over along with the recovered arms and ammunition": arms
	// in general told as recovered close a report of their seizure.
	return itemsByFirst[next.Lower] != nil && next.Lower != "arms" || modelToken(next.Text) || country
}

// yearAt reports a year at token k after a month or "in": "in March
// 2025", "in 2023".
func yearAt(toks []lex.Token, k int) bool {
	w := toks[k].Text
	if len(w) != 4 || !lex.Digits(w) || w < "1900" || w > "2100" || k == 0 {
		return false
	}
	p := toks[k-1].Lower
	return p == "in" || p == "of" || timeWords[p]
}

// kindPass is one reading of kindOf, with or without the participles
// that describe the materiel; skipped says whether it passed over one,
// without which the reading with them would find nothing more.
func kindPass(toks []lex.Token, allowAdjectival bool) (kind string, start, end int, skipped bool) {
	status, smuggling := false, false
	obtained := -1 // "the group had obtained 400 devices": arms it received, when nothing else is told
	pictured := -1 // "photographs of its fighters with M4 carbines": arms seen, when nothing else is told
	defer func() {
		if kind == "" && obtained >= 0 {
			kind, start, end = Transfer, toks[obtained].Start, toks[obtained].End
		}
		if kind == "" && pictured >= 0 {
			kind, start, end = Sighting, toks[pictured].Start, toks[pictured+1].End
		}
	}()
	for i := range toks {
		if pictured < 0 && toks[i].Is("photographs", "photos", "pictures", "images") && i+1 < len(toks) && toks[i+1].Is("of") {
			// Not "photographs of 20 rifles seized from the house":
			// what the pictures show was seized.
			pictured = i
			continue
		}
		if obtained < 0 && toks[i].Is("obtained") && ownerBefore(toks, i) {
			obtained = i
			continue
		}
		if obtained < 0 && toks[i].Is("bought", "purchased") && bodyBefore(toks, i) && figureAfter(toks, i+1) && figureOfMateriel(toks, i+1) {
			// "his group had bought 200 American rifles", "the
			// provincial government has bought 15 anti-drone systems":
			// arms an owner counts as bought came to it, as arms it
			// obtained did (not "rifles bought on the black market",
			// which tells only where they came from, nor "the accused
			// bought four pistols", a person's buying).
			obtained = i
			continue
		}
		if holdShapes.May(toks[i].Lower) && (holdVerbs[toks[i].Lower] || keptVerbs[toks[i].Lower]) && forceBefore(toks, i) && figureAfter(toks, i+1) &&
			(!toks[i].Is("left") || stateForceBefore(toks, i)) && (holdVerbs[toks[i].Lower] || figureOfMateriel(toks, i+1)) {
			// "the Afghan air force had 208 aircraft".
			if kind == "" {
				kind, start, end = Inventory, toks[i].Start, toks[i].End
			}
			continue
		}
		if holdShapes.May(toks[i].Lower) && toks[i].Is("had", "has", "have", "possessed") && modelAfterHold(toks, i+1) && (forceBefore(toks, i) || forceRelativeBefore(toks, i)) {
			// "the BLA fighters who attacked the camp had M4 rifles,
			// thermal scopes and drones": arms a force is told to have,
			// named by their model and uncounted, are seen in its hands,
			// as arms it was "carrying" are (a stock is counted: "the
			// air force had 208 aircraft").
			if kind == "" {
				kind, start, end = Sighting, toks[i].Start, toks[i].End
			}
			continue
		}
		if i > 0 && smugglerNouns[toks[i-1].Lower] && toks[i].Is("moved", "moving", "ferried", "ferrying", "transported", "transporting", "brought", "bringing") && figureAfter(toks, i+1) && figureOfMateriel(toks, i+1) {
			// "Smugglers moved 300 Kalashnikovs and 40,000 rounds from
			// Kunar into Bajaur": arms smugglers carry are smuggled.
			if kind == "" {
				kind, start, end = Transfer, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("given", "procured") && i > 0 && toks[i-1].Is("been", "was", "were") && (figureAfter(toks, i+1) && figureOfMateriel(toks, i+1) || toks[i].Is("procured") && itemLastWithin(toks, i-4, i-1)) {
			// "the CTD had been given 15 bulletproof vehicles", "600
			// thermal weapon sights had been procured for the Levies":
			// arms that came to a force, told in the passive.
			if kind == "" {
				kind, start, end = Transfer, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("flew", "flying") && i+3 < len(toks) && toks[i+1].Is("over", "above", "past") && gatheringNouns[toks[i+3].Lower] && toks[i+2].Is("the", "a") {
			// "A Russian-built Mi-17 helicopter flew over the crowd",
			// "jets flying past the stands": aircraft on show at a
			// gathering, as aircraft that "flew overhead" at a parade.
			if kind == "" {
				kind, start, end = Sighting, toks[i].Start, toks[i].End
			}
			continue
		}
		if movedWith(toks, i) {
			// "Lashkar-e-Islam fighters patrolled the valley at night with
			// thermal binoculars and US-made M4s": arms a force goes about
			// with are seen in its hands, as arms it was "carrying" are.
			if kind == "" {
				kind, start, end = Sighting, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("export", "exporting") && exportCharged(toks, i) {
			// "charges two men with conspiring to export 40 rifle scopes
			// to Pakistan": an export the law stopped, as a smuggling
			// foiled is a seizure.
			if kind == "" {
				kind, start, end = Seizure, toks[i].Start, toks[i].End
			}
			continue
		}
		if k := passiveKind(toks, i); k != "" {
			// "78 aircraft were left at the airport", "Humvees were seen
			// at a parade", "pistols dropped by drones".
			if kind == "" {
				kind, start, end = k, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("held", "contained") && carrierBefore(toks, i) && materielWithin(toks, i+1, 4) {
			// "his car held two hand grenades", "a container declared as
			// auto parts held 250 pistols": what a search found aboard.
			return Seizure, toks[i].Start, toks[i].End, skipped
		}
		if priceShapes.May(toks[i].Lower) && priceVerbs[toks[i].Lower] && priceOf(toks, i) {
			// "a used M4 sells for about 90,000 afghanis", "the price
			// of an M16 rifle": arms on offer in a market are seen.
			if kind == "" {
				kind, start, end = Sighting, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("bought") && i > 0 && toks[i-1].Is("be") && i+1 < len(toks) && toks[i+1].Is("for") && marketIn(toks) {
			// "In the city's markets, an M16 can be bought for $800":
			// arms on offer, as "sells for" tells.
			if kind == "" {
				kind, start, end = Sighting, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("with") && droneAttackWith(toks, i) {
			// "attacked a police station with four drones": the drones
			// are used.
			if kind == "" {
				kind, start, end = Use, toks[i].Start, toks[i].End
			}
			continue
		}
		if givenShapes.May(toks[i].Lower) {
			if toks[i].Is("destroyed") && disposed(toks, i) {
				// "UNMAS teams destroyed some 4,500 small arms", "troops
				// destroyed 23 IEDs": arms taken out of use, as arms
				// defused or shot down are.
				if kind == "" {
					kind, start, end = Seizure, toks[i].Start, toks[i].End
				}
				continue
			}
			if toks[i].Is("went", "gone", "go") && i+1 < len(toks) && toks[i+1].Is("missing") && !materielBefore(toks, i) {
				// "a constable has gone missing along with a rifle": a
				// person missing, not arms.
				continue
			}
			if toks[i].Is("use", "service") && i > 0 && (toks[i-1].Is("in") || i > 1 && toks[i-2].Is("in") && isCap(toks[i-1].Text)) {
				// "some 7,000 vehicles were still in use", "aircraft in
				// Taliban service": a stock told by what it still serves.
				if kind == "" {
					kind, start, end = Inventory, toks[i].Start, toks[i].End
				}
				continue
			}
			if toks[i].Is("sent", "handed", "gave") && !lex.HasAt(toks, i, "handed", "over") && materielWithin(toks, i+1, 5) && toAfter(toks, i+1) {
				// "has sent more than 1,600 Stinger missiles to Ukraine",
				// "handed 300 Humvees and 2,000 rifles to militia units",
				// "gave 500 rifles to peace committees": arms given to
				// someone.
				if kind == "" {
					kind, start, end = Transfer, toks[i].Start, toks[i].End
				}
				continue
			}
		}
		if !kindFirstShapes.May(toks[i].Lower) || !kindFirst[toks[i].Lower] {
			continue
		}
		if toks[i].Is("used") && adjectival(toks, i) {
			// "a used M4 sells for": second-hand, not used in an attack.
			continue
		}
		if !allowAdjectival && adjectival(toks, i) {
			skipped = true
			continue
		}
		if toks[i].Is("found", "discovered") && (i+1 < len(toks) && toks[i+1].Is("that") || i > 0 && finderNouns[toks[i-1].Lower]) {
			// "an audit found that", "a reporter found": a finding, not
			// a find.
			continue
		}
		if toks[i].Is("sell", "sells", "selling") && (i+1 < len(toks) && toks[i+1].Is("for", "at") || i > 0 && toks[i-1].Is("to")) {
			// "a pistol selling for Rs 60,000" is a price, "agreed to
			// sell" a plan: only arms on offer are seen.
			continue
		}
		if toks[i].Is("saw") && !materielWithin(toks, i+1, 4) {
			// "locals saw the militants lying in a crater": only arms
			// seen are a sighting.
			continue
		}
		if toks[i].Is("own") && i > 0 && toks[i-1].Is("their", "its", "his", "her", "our", "my", "your") {
			// "their own rifles": whose, not a holding.
			continue
		}
		if toks[i].Is("display") && !(i >= 1 && toks[i-1].Is("on")) && !(i >= 1 && !toks[i-1].Is("a", "the", "its", "their") && materielWithin(toks, i+1, 2)) {
			// "on display", "shopkeepers display Kalashnikovs"; not "a
			// display of force".
			continue
		}
		if toks[i].Is("sale") && !(i >= 1 && toks[i-1].Is("on", "for")) {
			// "on sale", "for sale"; not "the sale of F-16s", a deal.
			continue
		}
		if toks[i].Is("hands") && !(i >= 1 && toks[i-1].Is("in", "into") || i >= 2 && toks[i-1].Is("the") && toks[i-2].Is("in", "into") ||
			i >= 2 && toks[i-2].Is("in", "into") && isCap(toks[i-1].Text) ||
			// "in Afghan government hands".
			i >= 3 && toks[i-3].Is("in", "into") && isCap(toks[i-2].Text) && !toks[i-1].Punct) {
			// "took possession of": a taking, not a holding.
			continue
		}
		if toks[i].Is("used") && i > 0 && i+1 < len(toks) && toks[i+1].Is("to") && !toks[i-1].Is("was", "were", "be", "been", "being", "is", "are") && !itemLast[toks[i-1].Lower] {
			// "we used to operate UAVs": what was once done, not a use.
			continue
		}
		postnominal := i > 0 && itemLast[toks[i-1].Lower] && participle(toks[i].Lower)
		if postnominal && !allowAdjectival && kindOfCue(toks, i) != Seizure {
			// "weapons supplied by the US remained in Afghanistan": the
			// participle describes the materiel, the verb after it
			// says what became of it.
			skipped = true
			continue
		}
		if postnominal && kindOfCue(toks, i) == Seizure && handedOnAfter(toks, i+1) {
			// "rifles seized by US forces at sea were handed over to
			// Ukraine": the seizure is the materiel's past, the
			// transfer after it the news.
			continue
		}
		if postnominal && kind != "" && kindOfCue(toks, i) == Seizure {
			// "handed over small arms seized from the army to the TTP":
			// the seizure is the materiel's past, the transfer the news.
			continue
		}
		if toks[i].Is("collected") && !materielWithin(toks, i+1, 4) && !(i > 0 && toks[i-1].Is("been", "were", "was") && itemLastWithin(toks, i-4, i-1)) {
			// "police collected 2,100 weapons", "9,600 weapons had been
			// collected"; not "levy money collected from traders".
			continue
		}
		if givenUpOff(toks, i) {
			continue
		}
		if toks[i].Is("received") && !materielWithin(toks, i+1, 3) {
			// "received a tip-off about a bomb": not the bomb.
			continue
		}
		if toks[i].Is("took", "taken") && i+4 < len(toks) && toks[i+1].Is("the", "all") && materielWithin(toks, i+2, 1) && lex.Find(toks[i+2:min(len(toks), i+6)], 0, "into", "custody") >= 0 {
			// "took the weapons into custody": seized, whatever was
			// told of them before ("a pickup carrying 40 Kalashnikovs").
			return Seizure, toks[i].Start, toks[i].End, skipped
		}
		if toks[i].Is("handed") && i+2 < len(toks) && toks[i+1].Is("them", "it") && toks[i+2].Is("to", "over") {
			// "bought four pistols and handed them to a BLA cell".
			if kind == "" {
				kind, start, end = Transfer, toks[i].Start, toks[i].End
			}
			continue
		}
		if toks[i].Is("carried") && i+1 < len(toks) && toks[i+1].Is("out") {
			// "the attack was carried out with a quadcopter": done, not
			// carried.
			continue
		}
		if toks[i].Is("carrying", "carried") && !carriedBy(toks, i) {
			// "a van carrying passengers hit an IED": a vehicle's load,
			// not arms in someone's hands.
			continue
		}
		if toks[i].Is("carrying", "carried") && arrestedBefore(toks, i) {
			// "the accused had been carrying a pistol": found on someone
			// held, so seized.
			if kind != Seizure {
				kind, start, end = Seizure, toks[i].Start, toks[i].End
			}
			return kind, start, end, skipped
		}
		if ownVerbs[toks[i].Lower] && !ownerBefore(toks, i) && !hedgedOwnerBefore(toks, i) {
			// "a magazine holds 30 rounds": only people and forces
			// hold or acquire arms.
			continue
		}
		for _, k := range cuesByFirst[toks[i].Lower] {
			if lex.HasAt(toks, i, k.words...) {
				if k.kind == Use && kind == "" && depictedBefore(toks, i) && attackTold(toks) < 0 {
					// "the videos also showed fighters using Steyr AUG
					// rifles": arms seen on film; not "footage showed
					// its fighters using a sniper rifle in an attack".
					kind, start, end = Sighting, toks[i].Start, toks[i+len(k.words)-1].End
					break
				}
				if k.kind == Seizure && kind == Use && partOfThem(toks, i+len(k.words)) {
					// "attacked a checkpost with three quadcopters;
					// police said they shot down one of them": the
					// attack is the news, the seizure a part of it.
					break
				}
				switch {
				case kind == "" || k.kind == Seizure && kind != Seizure || statusCues[toks[i].Lower] && !status && kind != Seizure && (kind == Transfer || !toks[i].Is("hands")):
					// "transferred to the army and now in Taliban hands":
					// what became of materiel handed on; "seen in the
					// hands of" stays a sighting.
					kind, start, end = k.kind, toks[i].Start, toks[i+len(k.words)-1].End
					status = statusCues[toks[i].Lower]
					smuggling = toks[i].Is("smuggle", "smuggling")
				}
				if kind == Seizure {
					return kind, start, end, skipped
				}
				break
			}
		}
	}
	if smuggling {
		// "foiled an attempt to smuggle": the smuggling was stopped.
		for _, t := range toks {
			if foilWords[t.Lower] {
				return Seizure, t.Start, t.End, skipped
			}
		}
	}
	return kind, start, end, skipped
}

// weightUnits are the units explosives are weighed in.
var weightUnits = lex.WordSet("kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos tonnes tons tonne ton")

// weighedAt reports an item told by its weight: "12 kg of explosives",
// "five kilograms of C-4".
func weighedAt(toks []lex.Token, first int) bool {
	if first >= 3 && toks[first-2].Is("of") && !toks[first-1].Punct && !isCap(toks[first-1].Text) && !startsFigure(toks[first-1]) {
		// "200,000 tonnes of surplus ammunition", "12 kg of high
		// explosives".
		first--
	}
	return first >= 2 && toks[first-1].Is("of") && (weightUnits[toks[first-2].Lower] || lex.Digits(strings.TrimSuffix(toks[first-2].Lower, "kg")) && strings.HasSuffix(toks[first-2].Lower, "kg"))
}

// weighedExplosives reports explosives told by their weight in a
// sentence.
func weighedExplosives(toks []lex.Token) bool {
	for i := 2; i < len(toks); i++ {
		if weightUnits[toks[i-2].Lower] || strings.HasSuffix(toks[i-2].Lower, "kg") {
			for _, it := range itemsByFirst[toks[i].Lower] {
				if it.category == "explosives" && lex.HasAt(toks, i, it.words...) && weighedAt(toks, i) {
					return true
				}
			}
		}
	}
	return false
}

// attackWords tell of an attack or of the bomb that made it.
var attackWords = lex.WordSet("bomber bombers bomb bombing blast explosion detonated exploded attack attacker attackers attacked struck rammed strike strikes airstrike airstrikes")

// attackTold returns the first word that tells of an attack, or -1.
func attackTold(toks []lex.Token) int {
	for i, t := range toks {
		if attackWords[t.Lower] || t.Is("went") && i+1 < len(toks) && toks[i+1].Is("off") {
			// "the IED that went off in the bazaar".
			return i
		}
	}
	return -1
}

// disposed reports arms, ammunition or explosives "destroyed" at token i,
// named as its object, in a sentence that tells of no attack: not
// "militants destroyed two vehicles", "air strikes destroyed an explosives
// dump and five vehicles" or "shops were destroyed when an explosive
// device went off".
func disposed(toks []lex.Token, i int) bool {
	if attackTold(toks) >= 0 {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if armsItemAt(toks, k) {
			return true
		}
		if toks[k].Punct || toks[k].Is("when", "while", "after", "as", "by", "in", "at", "during", "on", "and") {
			return false
		}
	}
	return false
}

// armsItemAt reports an item of arms, ammunition, munitions or
// explosives at token k.
func armsItemAt(toks []lex.Token, k int) bool {
	for _, it := range itemsByFirst[toks[k].Lower] {
		if lex.HasAt(toks, k, it.words...) {
			return it.category == "weapons" || it.category == "ammunition" || it.category == "munitions" || it.category == "explosives"
		}
	}
	return false
}

// materielBefore reports materiel just before the verb at token i, "had"
// or "have" allowed between: "9,000 rounds went missing", "1,800 firearms
// had gone missing".
func materielBefore(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("had", "have", "has") {
		k--
	}
	return k >= 0 && itemLast[toks[k].Lower]
}

// givenShapes turns away most words before kindPass's reading of arms
// destroyed, gone missing, in use or given ("destroyed", "went", "use",
// "sent"...), which it asks of every token.
var givenShapes = lex.ShapesOf(lex.WordSet("destroyed went gone go use service sent handed gave"))

// toAfter reports a "to" that names whom materiel went to, within a few
// words of token from and before the clause ends: "sent 40 missiles to
// Ukraine".
func toAfter(toks []lex.Token, from int) bool {
	for k := from; k < len(toks) && k < from+14; k++ {
		if toks[k].Is("to") {
			return true
		}
		if toks[k].Punct && toks[k].Text != "," {
			return false
		}
	}
	return false
}

// handedOnAfter reports a passive verb of handing on after token from:
// "were handed over to Ukraine", "had been transferred to the army"; not
// a participle that tells the past of other arms ("match weapons
// delivered to the Afghan army").
func handedOnAfter(toks []lex.Token, from int) bool {
	for k := from + 1; k < len(toks); k++ {
		if toks[k].Is("handed", "transferred", "delivered", "donated", "gifted", "distributed") && kindOfCue(toks, k) == Transfer && toks[k-1].Is("was", "were", "been", "is", "are") {
			// Not "had originally been delivered to the Afghan army": the
			// materiel's earlier past, before it was seized.
			return !earlierPast(toks, k)
		}
	}
	return false
}

// earlierPast reports an adverb of the earlier past among the three words
// before token k: "had originally been delivered", "had first been
// issued".
func earlierPast(toks []lex.Token, k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if toks[m].Is("originally", "initially", "first", "once", "previously", "earlier") {
			return true
		}
	}
	return false
}

// priceVerbs tell what arms fetch in a market; "sold" is left to the
// transfer cue ("sold to the TTP").
var priceVerbs = lex.WordSet("sells sell selling fetches fetch fetching costs cost costing priced price")

// priceShapes turns away most words before the priceVerbs lookup.
var priceShapes = lex.ShapesOf(priceVerbs)

// priceOf reports a price told of materiel at token i in a sentence
// about a market or those who trade in it: materiel just before the verb
// and a figure or a currency just after it ("a Turkish pistol now costs
// Rs 95,000, a dealer said", "thermal scopes fetch up to $3,000 in the
// bazaar"), or "the price of" materiel. A price list alone shows no arms.
func priceOf(toks []lex.Token, i int) bool {
	if !marketIn(toks) {
		return false
	}
	if toks[i].Is("price") {
		return i+1 < len(toks) && toks[i+1].Is("of") && materielWithin(toks, i+2, 3)
	}
	figure := false
	for k := i + 1; k < len(toks) && k <= i+4 && !figure; k++ {
		figure = startsFigure(toks[k]) && !toks[k].Is("at", "over", "more") || toks[k].Is("rs", "rs.", "$", "usd", "afs", "pkr") || strings.HasPrefix(toks[k].Text, "$")
	}
	if !figure {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k].Punct; k-- {
		if itemLast[toks[k].Lower] {
			return true
		}
	}
	return false
}

// marketNouns name an arms market and those who trade in it.
var marketNouns = lex.WordSet("market markets bazaar bazaars shop shops dealer dealers trader traders shopkeeper shopkeepers gunsmith gunsmiths")

// marketIn reports a sentence that names a market or its traders.
func marketIn(toks []lex.Token) bool {
	for _, t := range toks {
		if marketNouns[t.Lower] {
			return true
		}
	}
	return false
}

// droneSeized reports a record of drones that the seizure cue at ki
// governs, a few words before the item at first: drones seized are
// materiel whoever seizes them ("customs officials seized 200 commercial
// drones").
func droneSeized(toks []lex.Token, r vigil.Equipment, ki, first int) bool {
	if r.Kind != Seizure || !isDrone(r) || ki < 0 || first <= ki || first-ki > 5 {
		return false
	}
	return !slices.ContainsFunc(toks[ki:first], func(t lex.Token) bool { return t.Punct })
}

// isDrone reports a record of a drone.
func isDrone(r vigil.Equipment) bool { return droneNouns[strings.ToLower(r.Item)] }

// attackVerbs tell an attack whose means "with" may name.
var attackVerbs = lex.WordSet("attacked attack attacks targeted struck hit carried")

// droneAttackWith reports "with" at token i naming drones an attack was
// made with: "attacked a police station with four drones", "was carried
// out with a quadcopter".
func droneAttackWith(toks []lex.Token, i int) bool {
	drone := false
	// "with four drones", "with rocket launchers, 120 hand grenades and
	// eight drones": drones among the arms of the list.
	for k := i + 1; k < len(toks) && k <= i+12 && !drone; k++ {
		if toks[k].Punct && toks[k].Text != "," {
			break
		}
		drone = droneNouns[toks[k].Lower]
	}
	if !drone {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8 && !toks[k].Punct; k-- {
		if attackVerbs[toks[k].Lower] {
			return true
		}
	}
	return false
}

// carrierBefore reports a vehicle or a container as the subject of the
// verb at i, within a few words and no stop before it.
func carrierBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].Punct {
			return false
		}
		if carrierNouns[toks[k].Lower] && !droneNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// finderNouns find facts, not arms: "a reporter found", "the audit
// found".
var finderNouns = lex.WordSet("reporter reporters journalist journalists investigation investigators audit auditors survey study report probe inquiry researchers review analysts analysis")

// itemLast holds the last words of the materiel nouns.
var itemLast = func() map[string]bool {
	m := map[string]bool{}
	for _, it := range items {
		m[it.words[len(it.words)-1]] = true
	}
	for _, it := range sightItems {
		m[it.words[len(it.words)-1]] = true
	}
	m["arms"] = true
	return m
}()

// participle reports a cue word that may be a past participle.
func participle(w string) bool {
	// "equipment remaining in Afghanistan" describes it as a participle
	// does.
	return strings.HasSuffix(w, "ed") || w == "sold" || w == "found" || w == "left" || w == "seen" || w == "taken" || w == "remaining"
}

// kindOfCue returns the kind of the cue at token i, "" when there is none.
func kindOfCue(toks []lex.Token, i int) string {
	for _, k := range cuesByFirst[toks[i].Lower] {
		if lex.HasAt(toks, i, k.words...) {
			return k.kind
		}
	}
	return ""
}

// passiveKind reads the kinds told by a passive or by the carrier of a
// drop: "were left at the airport" (inventory), "were seen at a parade"
// (sighting), "drones dropped 16 pistols" (transfer).
func passiveKind(toks []lex.Token, i int) string {
	t := toks[i]
	switch t.Lower {
	case "left", "seen", "dropped":
	default:
		return ""
	}
	if i == 0 || i+1 >= len(toks) {
		return ""
	}
	passive := toks[i-1].Is("was", "were", "been", "being", "is", "are")
	switch {
	case t.Is("left") && passive && toks[i+1].Is("at", "in", "on", "inside", "behind"):
		return Inventory
	case t.Is("seen") && passive && !toks[i+1].Is("as"):
		return Sighting
	case t.Is("dropped"):
		// Arms a drone drops across a border are delivered; what it
		// drops on a post is an attack.
		carried := false
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if droneNouns[toks[k].Lower] {
				carried = true
				break
			}
		}
		if !carried {
			return ""
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			for _, it := range itemsByFirst[toks[k].Lower] {
				if lex.HasAt(toks, k, it.words...) {
					if it.category == "weapons" || it.category == "ammunition" {
						return Transfer
					}
					// "a quadcopter dropped two mortar shells on the
					// police station": the drone is used; what it drops
					// is the attack's weapon, told with the event.
					if !passive {
						return Use
					}
					return ""
				}
			}
		}
	}
	return ""
}

// droneNouns are the aircraft that drop arms across a border.
var droneNouns = lex.WordSet("drone drones quadcopter quadcopters hexacopter hexacopters uav uavs")

// carriedBy reports arms carried by people: the word before "carrying"
// is not a vehicle, and a materiel noun follows within four words
// ("militants carrying American M4 rifles").
func carriedBy(toks []lex.Token, i int) bool {
	if i > 0 && (carrierNouns[toks[i-1].Lower] || toks[i-1].Punct && relativeOpen(toks, i-1) < 0) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if itemsByFirst[toks[k].Lower] != nil {
			return true
		}
	}
	return false
}

// relativeOpen returns the comma that opens the relative clause the comma
// at token c closes, -1 when c closes none: "The attackers, who drove two
// vehicles into the wall, carried M4 rifles".
func relativeOpen(toks []lex.Token, c int) int {
	if c < 1 || toks[c].Text != "," {
		return -1
	}
	for k := c - 1; k >= 1 && k >= c-16; k-- {
		if toks[k].Punct {
			if toks[k].Text == "," && toks[k+1].Is("who") {
				return k
			}
			return -1
		}
	}
	return -1
}

// arrestedBefore reports a person held named among the four words before
// token i: "the accused had been carrying", "a suspect carrying".
func arrestedBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Is("accused", "suspect", "suspects", "arrested", "detained", "detainee", "detainees") {
			return true
		}
	}
	return false
}

// carrierNouns are the vehicles and containers that carry loads.
var carrierNouns = lex.WordSet("drone drones quadcopter quadcopters vehicle vehicles car cars van vans truck trucks lorry lorries bus buses coach tanker tankers container containers convoy convoys boat boats ship vessel plane aircraft helicopter train jeep jeeps trailer trailers")

// ownVerbs are the inventory cues that need an owner for subject.
var ownVerbs = lex.WordSet("hold holds possess possesses acquired retained retains retain own owns owned")

// ownerNouns name those who own arms: people, forces, groups, states.
var ownerNouns = lex.WordSet("civilians people citizens households residents tribesmen country countries nation state states government groups group outfit")

// ownerBefore reports an owner among the four words before token i:
// "civilians in Pakistan hold", "the TTP has acquired".
func ownerBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Lower
		if ownerNouns[w] || forceNouns[w] || holderNouns[w] {
			return true
		}
	}
	return false
}

// bodyBefore reports a group, a force or a government among the four
// words before token i ("his group had bought", "the provincial
// government has bought"), not a person ("the accused bought").
func bodyBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := toks[k].Lower; ownerNouns[w] && w != "people" && w != "civilians" && w != "citizens" && w != "residents" && w != "households" && w != "tribesmen" || forceNouns[w] || groupInitials(toks[k].Text) {
			return true
		}
	}
	return false
}

// forceBefore reports a force just before token i, an adverb allowed
// between: "the air force had", "the TTP now fields".
func forceBefore(toks []lex.Token, i int) bool {
	k := i - 1
	// "the Taliban now controlled", "US forces had left".
	for j := 0; j < 2 && k >= 0 && toks[k].Is("now", "still", "already", "also", "reportedly", "currently", "once", "had", "have", "has"); j++ {
		k--
	}
	if k >= 1 && toks[k].Is("to") && toks[k-1].Is("continue", "continues", "continued") {
		// "the Taliban continue to control".
		k -= 2
	}
	// "Jaish al-Adl fighters in Iran's Sistan-Baluchestan province had":
	// back over the force's place.
	// "its forces in the eastern zone had": a region told in lower
	// case.
	if k >= 2 && toks[k].Is("province", "district", "region", "valley", "area", "zone", "sector") || k >= 1 && isCap(toks[k].Text) {
		m := k
		region := toks[m].Is("province", "district", "region", "valley", "area", "zone", "sector")
		if region {
			m--
		}
		for n := 0; n < 3 && m >= 1 && (isCap(toks[m].Text) || region && !toks[m].Punct && !toks[m].Is("in")); n++ {
			m--
		}
		if m >= 1 && m < k && toks[m].Is("in") && forceNouns[toks[m-1].Lower] {
			return true
		}
	}
	// "ISIL-K held fewer than 200 rifles": a group named by its
	// initials.
	return k >= 0 && (forceNouns[toks[k].Lower] || groupInitials(toks[k].Text))
}

// groupInitials reports a name written in three or more capitals, a
// hyphen allowed: "TTP", "ISIL-K".
func groupInitials(w string) bool {
	caps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			caps++
		case c == '-' && i > 0:
		default:
			return false
		}
	}
	return caps >= 3
}

// modelAfterHold reports arms named by their model just after a verb of
// having, an origin allowed before them: "had M4 rifles", "has US-made
// M16s", not "had 200 rifles" (figureAfter reads those) nor "had two
// suspects" or "had M4 in its name".
func modelAfterHold(toks []lex.Token, j int) bool {
	if j < len(toks) {
		if _, _, ok := countryOf(toks[j]); ok {
			j++
		}
	}
	return j < len(toks) && modelToken(toks[j].Text) && (itemsByFirst[toks[j].Lower] != nil || materielWithin(toks, j+1, 2))
}

// forceRelativeBefore reports a force that a relative clause of "who"
// separates from the verb at token i: "the BLA fighters who attacked the
// camp in Noshki had", within one clause (no punctuation between).
func forceRelativeBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		if toks[k].Punct {
			return false
		}
		if toks[k].Is("who") {
			return forceNouns[toks[k-1].Lower]
		}
	}
	return false
}

// gatheringNouns are the gatherings aircraft fly over to be seen.
var gatheringNouns = lex.WordSet("crowd crowds parade parades stands ceremony rally rallies march procession spectators")

// smugglerNouns are those who carry arms across for a living: what they
// move, ferry or bring is smuggled.
var smugglerNouns = lex.WordSet("smugglers smuggler traffickers trafficker gunrunners gunrunner")

// moveVerbs are the verbs of a force going about (movedWith).
var moveVerbs = lex.WordSet("patrolled patrolling roamed roaming marched marching")

// movedWith reports a force that goes about with materiel, the verb of
// going at token i: "fighters patrolled the valley at night with thermal
// binoculars", "militants roaming the streets with rifles", within one
// clause; not "troops patrolled the area with the police".
func movedWith(toks []lex.Token, i int) bool {
	// Not "patrol", "patrols": "ambushed the DRG patrol ... opened fire
	// with INSAS rifles" names a patrol, not its going about.
	// Nor "Police patrolled the area with two drones": a state's forces
	// going about with their own kit are no news of arms.
	if !moveVerbs[toks[i].Lower] || !forceBefore(toks, i) || stateForceBefore(toks, i) || toks[i-1].Is("police", "policemen") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+8 && !toks[k].Punct; k++ {
		if toks[k].Is("with") {
			return materielWithin(toks, k+1, 4)
		}
	}
	return false
}

// chargeWords tell of a charge laid in court.
var chargeWords = lex.WordSet("charges charged charging indicted accused convicted")

// exportCharged reports an attempted export of materiel at token i that
// the sentence charges someone with: "charges two men with conspiring to
// export 40 rifle scopes", "was indicted for attempting to export
// night-vision goggles", not "Pakistan wants to export drones".
func exportCharged(toks []lex.Token, i int) bool {
	if i < 2 || !toks[i-1].Is("to") || !toks[i-2].Is("trying", "attempting", "conspiring", "plotting", "attempt", "attempted", "conspiracy", "conspired", "tried") || !materielWithin(toks, i+1, 5) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-12; k-- {
		if chargeWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// startsFigure reports a token that opens a count: a digit, a number word
// or a qualifier ("over", "some", "about").
// figureOfMateriel reports a figure at j that counts materiel: "at least
// 300 rifles", not "three suspects along with two pistols".
func figureOfMateriel(toks []lex.Token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		if itemsByFirst[toks[k].Lower] != nil {
			return true
		}
		if toks[k].Punct || toks[k].Is("with", "along", "and") {
			return false
		}
	}
	return false
}

// stateForceBefore reports a state's forces just before toks[i]: "US
// forces had left 70 MRAP vehicles", not "militants left 12 vehicles
// burning".
func stateForceBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Is("forces", "troops", "army", "military", "navy") {
			return true
		}
	}
	return false
}

// figureAfter reports a figure that opens at toks[j], with the words of a
// bound it may start with: "an estimated 12,000", "no more than 40", "up
// to 90".
func figureAfter(toks []lex.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	if j+1 < len(toks) && (toks[j].Is("an") && toks[j+1].Is("estimated") || toks[j].Is("no") && toks[j+1].Is("more", "fewer") ||
		toks[j].Is("up") && toks[j+1].Is("to") || toks[j].Is("fewer", "less") && toks[j+1].Is("than")) {
		return true
	}
	return startsFigure(toks[j])
}

func startsFigure(t lex.Token) bool {
	if t.Lower != "" && t.Lower[0] >= '0' && t.Lower[0] <= '9' {
		return true
	}
	return t.Is("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
		"over", "some", "about", "around", "nearly", "almost", "more", "at", "roughly", "approximately")
}

// includedBack returns the token of "included" in a sentence that opens
// by listing what the one before counted ("That included", "These
// include", "They included", "Among them were"), or -1.
func includedBack(toks []lex.Token) int {
	if len(toks) < 3 {
		return -1
	}
	if toks[0].Is("among") && toks[1].Is("them", "these", "those") {
		return 0
	}
	if toks[0].Is("that", "this", "these", "those", "they", "it") && toks[1].Is("included", "includes", "include") {
		return 1
	}
	// "According to the report, the equipment included 96,000 ground
	// vehicles": the materiel told before, named again.
	for i := 2; i < len(toks) && i < 12; i++ {
		if toks[i].Is("included", "includes", "include") && toks[i-1].Is("equipment", "assets", "materiel", "inventory", "haul", "cache", "consignment", "stocks", "stockpile") &&
			toks[i-2].Is("the", "this", "that") {
			return i
		}
	}
	return -1
}

// refersBack reports a sentence that continues the one before: "The report
// also revealed", "These assets".
func refersBack(toks []lex.Token) bool {
	if len(toks) > 1 && toks[0].Is("it", "they") && tellVerbs[toks[1].Lower] {
		// "It estimated that some 7,000 vehicles ...": the body the
		// sentence before named.
		return true
	}
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
		if calibre(toks, n) {
			// "three 30 bore pistols", "two 7.62 mm rifles": the count
			// is before the calibre.
			continue
		}
		// Words between the number and the item, calibres and models
		// aside.
		between := 0
		for i := first - 1; i >= 0 && toks[i].Start >= n.End; i-- {
			t := toks[i]
			if inCalibre(toks, nums, i) {
				continue
			}
			if t.Text == ")" && i == first-1 && i >= 2 && toks[i-1].Start == n.Start && toks[i-2].Text == "(" {
				// "(08) cartridges, (02) hand grenades": a police
				// report writes its counts in brackets.
				continue
			}
			if t.Is("of") && i > 0 && toks[i-1].End == n.End && i+1 < first && toks[i+1].Is("the", "its", "their") {
				// "about 4,000 of the former army's Humvees": a part of
				// a stock, counted.
				continue
			}
			if n.Money && (t.Text == "'" || t.Text == "’") && i+1 < first && toks[i+1].Is("worth") {
				// "1.2 million afghanis' worth of ammunition".
				continue
			}
			if n.Money && i == first-1 && t.Is("in", "of") && !(first+1 < len(toks) && toks[first+1].Is("and", "or")) {
				// "$18.6 billion in equipment", "$2 billion of arms": a
				// value of the materiel ("$18 billion in weapons and
				// equipment" is the value of all of it, not of the
				// weapons).
				continue
			}
			if t.Punct || notCount[t.Lower] || cueAt(toks, i) && !adjectival(toks, i) {
				// "24 hours and recovered explosives", "three militants
				// recovered rifles", "10 kilograms of gelatin sticks": the
				// figure counts something else ("15 used cartridges" does
				// not).
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

// tableFigure returns the figure written after the item at
// toks[first..last] in a table flattened into prose: "rifles 1,842;
// pistols 3,115", "Kalashnikovs: 611;", "aircraft, 78;", "Kalashnikovs
// (412),". The item opens a cell (the sentence, or a colon, semicolon,
// comma, dash or bracket before it) and the figure closes it (a
// semicolon, comma, bracket or stop after it, or the sentence's end), so
// that "recovered rifles, 200 rounds and" keeps its 200 for the rounds.
func tableFigure(nums []numbers.Number, toks []lex.Token, first, last int) (numbers.Number, bool) {
	if first > 0 && !(toks[first-1].Punct && strings.Contains(":;,-(", toks[first-1].Text)) {
		return numbers.Number{}, false
	}
	k := last + 1
	if k < len(toks) && toks[k].Punct && (strings.Contains(":,(", toks[k].Text) || toks[k].Text == "-" || toks[k].Text == "–") {
		// "M4 rifles - 4; AK-47 rifles - 6;": a dash between the item
		// and its count (added from the eleventh probe).
		k++
	}
	if k >= len(toks) {
		return numbers.Number{}, false
	}
	for _, n := range nums {
		if n.Start != toks[k].Start || n.Money {
			continue
		}
		if n.Value >= 1900 && n.Value <= 2100 && len(n.Text) == 4 {
			// "pistols, 2024": a year.
			return numbers.Number{}, false
		}
		m := k + 1
		for m < len(toks) && toks[m].Start < n.End {
			m++
		}
		if m == len(toks) || toks[m].Punct && strings.Contains(";,().", toks[m].Text) {
			return n, true
		}
		return numbers.Number{}, false
	}
	return numbers.Number{}, false
}

// phrasalOver reads "handed over 14 guns" as 14, exact: the "over"
// belongs to the verb, not to the figure.
func phrasalOver(toks []lex.Token, n numbers.Number) numbers.Number {
	if n.Bound != vigil.BoundLower || !strings.HasPrefix(strings.ToLower(n.Text), "over ") {
		return n
	}
	for k, t := range toks {
		if t.Start == n.Start {
			if k > 0 && toks[k-1].Is("handed", "hand", "hands", "handing", "turned", "took", "taken", "take", "took", "gave", "give") {
				n.Bound = vigil.BoundExact
				n.Start += len("over ")
				n.Text = n.Text[len("over "):]
			}
			break
		}
	}
	return n
}

// inCalibre reports a token that belongs to a calibre or model written
// before an item: the figure itself, its unit, the dot of ".303", the
// letters of "AK 47".
func inCalibre(toks []lex.Token, nums []numbers.Number, i int) bool {
	t := toks[i]
	if t.Is("mm", "bore", "calibre", "caliber") || modelLetters(t.Text) || t.Punct && t.Text == "." {
		return true
	}
	for _, n := range nums {
		if t.Start >= n.Start && t.End <= n.End {
			return calibre(toks, n)
		}
	}
	return false
}

// notCount are the words that, between a figure and an item, show the
// figure counts something else: a unit of weight or length, a span of
// time, another clause ("two men who assembled quadcopters").
var notCount = lex.WordSet("and or but in at from after for within during with who whom whose hours days weeks months years kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos gram grams gramme grammes tonnes tons tonne ton pounds lbs feet foot metres meters metre meter litres liters")

// calibre reports a figure that names a calibre or a model rather than a
// count: ".303 rifle", "7.62 rounds", "9 mm pistol", "AK 47 rifle", "G 3
// rifle".
func calibre(toks []lex.Token, n numbers.Number) bool {
	if n.Money {
		return false
	}
	if n.Start > 0 && n.Start-1 >= toks[0].Start && byteAt(toks, n.Start-1) == '.' {
		return true
	}
	if strings.Contains(n.Text, ".") && !scaled(n.Text) {
		// "7.62", but not "43.9 million", "1.2 lakh", "2.5 thousand".
		return true
	}
	for k, t := range toks {
		if t.Start != n.Start {
			continue
		}
		if k > 0 && modelLetters(toks[k-1].Text) {
			return true
		}
		if k+1 < len(toks) && toks[k+1].Is("mm", "bore", "calibre", "caliber") {
			return true
		}
		if boreFigures[n.Text] && k > 0 && (startsFigure(toks[k-1]) || toks[k-1].Is("a", "an", "one")) && k+1 < len(toks) && toks[k+1].Is("rifle", "rifles", "gun", "guns", "pistol", "pistols", "revolver", "revolvers") {
			// "four 303 rifles", "a 315 rifle": a bore written without
			// its point or its word, after the count (added from the
			// eleventh probe).
			return true
		}
		break
	}
	return false
}

// boreFigures are the bores of the region's rifles, guns and pistols,
// written as bare figures: "303 rifles", "315 rifle", "12 bore".
var boreFigures = map[string]bool{"303": true, "315": true, "312": true, "410": true, "22": true, "32": true, "30": true, "12": true}

// scaled reports a figure written with a scale word: "43.9 million".
func scaled(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "million", "billion", "trillion", "thousand", "lakh", "lakhs", "crore", "crores", "mn", "bn":
			return true
		}
	}
	return false
}

// modelLetters are the letters of a model name written apart from its
// number: "AK 47", "G 3", "M 16", "MP 5".
func modelLetters(w string) bool {
	switch w {
	case "AK", "G", "M", "MP", "SLR", "PK", "RPG", "SMG", "LMG", "Type", "HK":
		return true
	}
	return false
}

// byteAt returns the byte of the sentence text at offset off, read through
// the token that holds it (0 when off falls between tokens).
func byteAt(toks []lex.Token, off int) byte {
	for _, t := range toks {
		if off >= t.Start && off < t.End {
			return t.Text[off-t.Start]
		}
	}
	return 0
}

// context is what the records of a sentence share.
type context struct {
	kind                                       string
	origin, location, holder, asOf, attributed string
	originAt                                   Span // where this sentence names the origin
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
func contextOf(text string, sents []lex.Sentence, si int, kind string, cx Context) context {
	var c context
	s := sents[si]
	toks := s.Toks
	ev := func(field string, a, b int) {
		c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
	}
	var originAt, locationAt, seizerAt Span
	var seizer string
	c.origin, c.location, seizer, originAt, locationAt, seizerAt = countriesIn(toks, kind)
	if c.origin != "" {
		ev("origin_country", originAt.Start, originAt.End)
		c.originAt = originAt
	}
	if c.location != "" {
		ev("location_country", locationAt.Start, locationAt.End)
	}
	if c.location != "" && kind == Seizure && cx != nil {
		// "recovered in Kathua, indicating weapons left in Afghanistan",
		// "seized at Quetta was traced to stocks in Afghanistan": a
		// seizure is where the first place named is.
		// Not a place they came from: "smugglers crossing from
		// Badakhshan into Tajikistan".
		end := locationAt.Start
		if cut := fromPlace(toks); cut > s.Start && cut < end {
			end = cut
		}
		if country, at, ok := cx.Where(s.Start, end); ok && !(at.Start < originAt.End && originAt.Start < at.End) {
			c.location = country
			c.evidence = c.evidence[:len(c.evidence)-1]
			ev("location_country", at.Start, at.End)
		}
	}
	if c.location == "" && cx != nil {
		// "recovered from a hideout in Quetta": where the sentence's
		// places are, unless the only country named is the origin; a
		// place the materiel came from ("toys from Dubai") only when
		// no other is named.
		country, at, ok := "", Span{}, false
		if cut := fromPlace(toks); cut > s.Start {
			country, at, ok = whereNoMaker(cx, toks, s.Start, cut)
		}
		if cut := boughtAt(toks); !ok && cut > s.Start {
			// "BLA fighters were using goggles bought on the black
			// market in Afghanistan": where the arms were bought is not
			// where they are, when the sentence names another place.
			country, at, ok = whereNoMaker(cx, toks, s.Start, cut)
		}
		if !ok {
			// "seized a shipment of drones bound for Kabul": where the
			// arms were headed is not where they were found.
			from, to := -1, -1
			if kind == Seizure {
				from, to = destinationAt(toks)
			}
			if from > s.Start {
				country, at, ok = whereNoMaker(cx, toks, s.Start, from)
				if !ok && to < s.End {
					// "bound for Hezbollah near Qusayr": the place told
					// after the destination.
					country, at, ok = whereNoMaker(cx, toks, to, s.End)
				}
			} else {
				country, at, ok = whereNoMaker(cx, toks, s.Start, s.End)
			}
		}
		if ok && !(at.Start < originAt.End && originAt.Start < at.End) {
			c.location = country
			ev("location_country", at.Start, at.End)
		}
	}
	c.holder = holderOf(text, toks, kind, cx, ev)
	// "Security forces had recovered 63 rifles" after "weapons abandoned
	// in Afghanistan": a state's forces seize where they serve, not where
	// the sentences before left the arms.
	seizedHome := kind == Seizure && holderCountry(c.holder) != ""
	for k := si - 1; k >= 0 && k >= si-6 && (c.origin == "" || c.location == ""); k-- {
		if !mentionsMateriel(sents[k].Toks) {
			continue
		}
		o, l, _, oAt, lAt, _ := countriesIn(sents[k].Toks, "")
		if c.origin == "" && o != "" {
			c.origin = o
			ev("origin_country", oAt.Start, oAt.End)
		}
		if c.location == "" && l != "" && l != c.origin && !seizedHome {
			c.location = l
			ev("location_country", lAt.Start, lAt.End)
		}
	}
	if c.location == "" && seizer != "" {
		c.location = seizer
		ev("location_country", seizerAt.Start, seizerAt.End)
	}
	if c.location == "" {
		// "the Taliban retained 70 aircraft": a holder that rules or
		// serves one country holds its arms there, when no place is
		// named.
		c.location = holderCountry(c.holder)
	}
	// As of: a date the sentence gives ("a March 2022 report").
	var ds []dates.Mention
	if cx != nil {
		ds = cx.Dates()
	}
	// "In its report published in July 2023, SIGAR said ... when the
	// government collapsed in August 2021": the report's own date is
	// not the stock's, when the sentence gives another.
	// "SIGAR said on Thursday that the air force had 167 aircraft on
	// 30 June 2021": nor is the day of the telling. A date told "as of"
	// is the stock's before any other.
	skip, other, asOf := -1, false, -1
	inSent := mentionsIn(ds, s.Start, s.End)
	for _, m := range inSent {
		if m.Start >= s.Start && m.End <= s.End {
			if asOf < 0 && leadIs(text, m.Start, "as of ", "as at ") {
				asOf = m.Start
			}
			if skip < 0 && (publishedAt(text, m.Start) || leadIs(text, m.Start, "said on ", "says on ", "announced on ", "reported on ")) {
				skip = m.Start
			} else {
				other = true
			}
		}
	}
	if !other {
		skip = -1
	}
	for _, m := range inSent {
		if m.Start >= s.Start && m.End <= s.End && m.Start != skip && (asOf < 0 || m.Start == asOf) {
			if m.Precision == 3 {
				c.asOf = m.Date.Format("2006-01")
			} else {
				c.asOf = m.Date.Format("2006-01-02")
			}
			ev("as_of", m.Start, m.End)
			break
		}
	}
	if c.asOf == "" {
		// "... stopped a vessel off Gwadar on Thursday. A search revealed
		// 25 rifles": the find is dated by the sentence that opens the
		// story.
		var before []dates.Mention
		if si > 0 {
			before = mentionsIn(ds, sents[si-1].Start, sents[si-1].End)
		}
		for _, m := range before {
			if k := si - 1; k >= 0 && sents[k].Para == s.Para && m.Start >= sents[k].Start && m.End <= sents[k].End && m.Precision == 1 {
				c.asOf = m.Date.Format("2006-01-02")
				ev("as_of", m.Start, m.End)
				break
			}
		}
	}
	c.attributed = reporter(text, toks, ev)
	if c.attributed == "" && cx != nil {
		if srcs := cx.Sources(toks); len(srcs) > 0 {
			c.attributed = srcs[0].Label
			if c.attributed == "military" {
				// "The Indian Army said": the army by its name.
				if name := namedTeller(text, toks, func(string, int, int) {}); strings.HasSuffix(name, " Army") && len(strings.Fields(name)) == 2 {
					c.attributed = namedTeller(text, toks, ev)
					return c
				}
			}
			if q := strings.ToLower(text[srcs[0].Start:srcs[0].End]); c.attributed == "military" && (strings.HasPrefix(q, "army ") || strings.Contains(q, " army ")) {
				// "In Mali, the army said": the army, as the text
				// calls it.
				c.attributed = "army"
				ev("attributed_to", srcs[0].Start, srcs[0].End)
				return c
			}
			if c.attributed == "military" && armedGroupTeller(text, toks) {
				// "The Arakan Army said": a group named as an army, not a
				// state's military.
				c.attributed = namedTeller(text, toks, ev)
				return c
			}
			if speakerLabels[c.attributed] {
				// "a CTD spokesman said", "Taliban officials said": the
				// body the speaker speaks for, when the text names it.
				if body := namedTeller(text, toks, ev); body != "" {
					c.attributed = body
					return c
				}
			}
			ev("attributed_to", srcs[0].Start, srcs[0].End)
		}
	}
	if c.attributed == "" {
		c.attributed = namedTeller(text, toks, ev)
	}
	if c.attributed == "" {
		c.attributed = speakerTeller(text, toks, ev)
	}
	if c.attributed == "" {
		c.attributed = witnessTeller(text, toks, ev)
	}
	if c.attributed == "" {
		c.attributed = finderTeller(text, toks, ev)
	}
	if c.attributed == "" {
		c.attributed = agencyTeller(text, toks, ev)
	}
	if c.attributed == "" && cx != nil {
		c.attributed = groupTeller(text, toks, cx, ev)
	}
	if c.attributed == "" {
		c.attributed = closingTeller(text, toks, ev)
	}
	if c.attributed == "" {
		c.attributed = closingBodyTeller(text, toks, ev)
	}
	if c.attributed == "" && cx != nil && pronounTold(toks) {
		// "..., he said": the teller named in the sentences before.
		for k := si - 1; k >= 0 && k >= si-3 && c.attributed == ""; k-- {
			prev := sents[k].Toks
			if c.attributed = namedTeller(text, prev, ev); c.attributed == "" {
				c.attributed = speakerTeller(text, prev, ev)
			}
			if srcs := cx.Sources(prev); c.attributed == "" && len(srcs) > 0 {
				c.attributed = srcs[0].Label
				ev("attributed_to", srcs[0].Start, srcs[0].End)
			}
		}
	}
	return c
}

// closingSaid returns the token of the "said" or "reported" that closes
// the sentence before its last mark, or -1 when the sentence closes
// otherwise.
func closingSaid(toks []lex.Token) int {
	k := len(toks) - 1
	if k >= 0 && toks[k].Punct {
		k--
	}
	if k < 0 || !toks[k].Is("reported", "said") {
		return -1
	}
	return k
}

// closingTeller names a teller told by one capitalised word that closes
// the sentence after a comma: "..., Tass reported.", "..., Mujahid said."
// A country, an office or a body's common noun is not one.
func closingTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	k := closingSaid(toks)
	if k < 3 || toks[k-2].Text != "," {
		return ""
	}
	w := toks[k-1]
	if _, _, country := countryOf(w); country || !isCap(w.Text) || orgNouns[w.Lower] || forceNouns[w.Lower] || speakerOffices[w.Lower] || bodyNouns[w.Lower] || forceWords[w.Lower] {
		return ""
	}
	ev("attributed_to", w.Start, w.End)
	return w.Text
}

// nameParticles join the capitalised words of a body's name in other
// languages: "Guardia di Finanza", "Gendarmerie de la Nation".
var nameParticles = lex.WordSet("di de del della des du la le al el da do dos van von")

// closingBodyTeller names a body of several words, one of them a
// particle of its language, that closes the sentence after a comma: "...,
// the Guardia di Finanza said." A country or an office is not one.
func closingBodyTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	k := closingSaid(toks)
	if k < 4 {
		return ""
	}
	b, particle := k, false
	for b > 0 && b > k-6 && (isCap(toks[b-1].Text) && !toks[b-1].Is("the", "The") || nameParticles[toks[b-1].Text]) {
		b--
		particle = particle || nameParticles[toks[b].Text]
	}
	if b == k || !particle || !isCap(toks[b].Text) || nameParticles[toks[b].Text] || b < 2 {
		return ""
	}
	if p := b - 1; !(toks[p].Text == "," || toks[p].Is("the") && toks[p-1].Text == ",") {
		return ""
	}
	for _, t := range toks[b:k] {
		if _, _, country := countryOf(t); country || speakerOffices[t.Lower] {
			return ""
		}
	}
	ev("attributed_to", toks[b].Start, toks[k-1].End)
	return text[toks[b].Start:toks[k-1].End]
}

// boughtAt returns the start of a verb of buying followed by the place
// the materiel was bought in ("bought on the black market in
// Afghanistan"), or -1.
func boughtAt(toks []lex.Token) int {
	for i, t := range toks {
		if !t.Is("bought", "purchased", "procured") {
			continue
		}
		for k := i + 1; k+1 < len(toks) && k <= i+6 && !toks[k].Punct; k++ {
			if toks[k].Is("in", "from") && isCap(toks[k+1].Text) {
				return t.Start
			}
		}
	}
	return -1
}

// boughtBefore reports a verb of buying a few words before token i, in
// the same clause.
func boughtBefore(toks []lex.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !toks[k].Punct; k-- {
		if toks[k].Is("bought", "purchased", "procured") {
			return true
		}
	}
	return false
}

// whereNoMaker is cx.Where over text[start:end], but a maker's name
// before a model is no place: "a Steyr AUG rifle was found on a militant
// killed in Tank" is in Tank, not in the Austrian town of Steyr.
func whereNoMaker(cx Context, toks []lex.Token, start, end int) (string, Span, bool) {
	for start < end {
		country, at, ok := cx.Where(start, end)
		if !ok || !makerAt(toks, at) && !modelNameAt(toks, at) && !compoundAt(toks, at) {
			return country, at, ok
		}
		start = at.End
	}
	return "", Span{}, false
}

// compoundAt reports a place's name that opens a compound adjective:
// "vehicles left by U.S.-trained forces" are not in the United States.
func compoundAt(toks []lex.Token, at Span) bool {
	for k, t := range toks {
		if t.End < at.End {
			continue
		}
		if t.End > at.End {
			// The name ends inside the word: "U.S.-trained" read whole.
			return strings.Contains(t.Text[at.End-t.Start:], "-")
		}
		for k+1 < len(toks) && toks[k+1].Start == toks[k].End && toks[k+1].Text == "." {
			k++
		}
		return k+1 < len(toks) && toks[k+1].Start == toks[k].End && strings.HasPrefix(toks[k+1].Text, "-")
	}
	return false
}

// modelNameAt reports a place's name that is a word of a model's name
// before the item it names: "A-29 Super Tucano aircraft" is no town in
// Brazil. The word before it is capitalised or a model, not a word of
// place ("in Kabul"), and the item's name follows it.
func modelNameAt(toks []lex.Token, at Span) bool {
	for k, t := range toks {
		if t.Start != at.Start {
			continue
		}
		e := k
		for e+1 < len(toks) && toks[e+1].End <= at.End {
			e++
		}
		return k > 0 && (isCap(toks[k-1].Text) || modelToken(toks[k-1].Text)) && !toks[k-1].Is("in", "at", "near", "from", "the") && itemAt(toks, e+1)
	}
	return false
}

// makerAt reports a span that is one of the makers' names.
func makerAt(toks []lex.Token, at Span) bool {
	for _, t := range toks {
		if t.Start == at.Start {
			return t.End == at.End && makers[t.Lower]
		}
	}
	return false
}

// tellingGroup returns the armed group the dictionary knows that tells
// what the sentence reports, named just before the telling.
func tellingGroup(text string, toks []lex.Token, cx Context) (Actor, bool) {
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is("said", "says", "claimed", "claims", "announced") {
			continue
		}
		for _, a := range cx.Actors(toks[0].Start, toks[k].Start) {
			if a.Side == "militants" && strings.TrimSpace(text[a.End:toks[k].Start]) == "" && !unnamedGroup(a.Name) {
				return a, true
			}
		}
		return Actor{}, false
	}
	return Actor{}, false
}

// groupTeller names an armed group the dictionary knows that tells what
// the sentence reports, its name just before the telling:
// "Ittehad-ul-Mujahideen Pakistan said in a statement that its fighters".
func groupTeller(text string, toks []lex.Token, cx Context, ev func(string, int, int)) string {
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is("said", "says", "claimed", "claims", "announced") {
			continue
		}
		for _, a := range cx.Actors(toks[0].Start, toks[k].Start) {
			if a.Side == "militants" && strings.TrimSpace(text[a.End:toks[k].Start]) == "" && !unnamedGroup(a.Name) {
				ev("attributed_to", a.Start, a.End)
				return text[a.Start:a.End]
			}
		}
		return ""
	}
	return ""
}

// finderTeller names an unnamed inquiry or document that tells what the
// sentence reports, written in lower case: "..., an inquiry found",
// "according to an audit", "the report says".
func finderTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for k := 1; k < len(toks); k++ {
		if !findingNouns[toks[k].Lower] {
			continue
		}
		if s := officeBefore(toks, k); s >= 0 && findingTold(toks, k) {
			// "A Pentagon inspector general audit released on Thursday
			// found": the office whose audit it is.
			ev("attributed_to", toks[s].Start, toks[k-1].End)
			return text[toks[s].Start:toks[k-1].End]
		}
		// "the report", or "the police report" with the body whose it is.
		b := k
		if k >= 2 && !toks[k-1].Is("a", "an", "the", "its", "their") && toks[k-2].Is("a", "an", "the", "its", "their") && !toks[k-1].Punct && !isCap(toks[k-1].Text) && !startsFigure(toks[k-1]) {
			b = k - 1
		}
		if !toks[b-1].Is("a", "an", "the", "its", "their") {
			// "its field report says": the body named before.
			continue
		}
		told := k+1 < len(toks) && toks[k+1].Is("found", "finds", "says", "said", "showed", "shows", "concluded") ||
			b >= 3 && toks[b-2].Is("to") && toks[b-3].Is("according")
		if told {
			ev("attributed_to", toks[b].Start, toks[k].End)
			return text[toks[b].Start:toks[k].End]
		}
	}
	return ""
}

// officeBefore returns the first token of an office written in lower case
// before the finding at token k, with the capitalised name of the body it
// serves and after "a", "an" or "the": "A Pentagon inspector general
// audit"; -1 when there is none.
func officeBefore(toks []lex.Token, k int) int {
	m := k - 1
	for m >= 0 && m >= k-3 && officeWords[toks[m].Lower] && !isCap(toks[m].Text) {
		m--
	}
	if m == k-1 || m < 0 || !officeHeads[toks[k-1].Lower] {
		return -1
	}
	s := m + 1
	if isCap(toks[m].Text) && !toks[m].Is("the", "a", "an") && m >= 1 {
		s, m = m, m-1
	}
	if !toks[m].Is("a", "an", "the") {
		return -1
	}
	return s
}

// findingTold reports a verb of finding after the finding at token k,
// a participle's phrase allowed between: "audit released on Thursday
// found".
func findingTold(toks []lex.Token, k int) bool {
	for m := k + 1; m < len(toks) && m <= k+6 && !toks[m].Punct; m++ {
		if toks[m].Is("found", "finds", "says", "said", "showed", "shows", "concluded") {
			return true
		}
	}
	return false
}

// agencyTeller names the body a sentence calls "the agency" when it tells
// what it did, by the initials the sentence named it by before: "UNMAS
// teams destroyed some 4,500 small arms, the agency said".
func agencyTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for k := 2; k+1 < len(toks); k++ {
		if !toks[k].Is("agency", "organisation", "organization") || !toks[k-1].Is("the") || !tellVerbs[toks[k+1].Lower] {
			continue
		}
		for j := 0; j < k-1; j++ {
			if isAcronym(toks[j].Text) {
				ev("attributed_to", toks[j].Start, toks[j].End)
				return toks[j].Text
			}
		}
		return ""
	}
	return ""
}

// findingNouns are the inquiries and documents finderTeller reads.
var findingNouns = lex.WordSet("inquiry enquiry audit report investigation study review survey probe")

// pronounTold reports a sentence told by a pronoun: "he said", "she
// added".
func pronounTold(toks []lex.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("he", "she") && toks[i+1].Is("said", "says", "added", "told") {
			return true
		}
	}
	return false
}

// witnessTeller names people who saw or trade the arms and tell of them
// in lower case: "..., dealers said", "a trader told Reuters", "Arms
// dealers in Ghazni told the BBC", "Traders in Kabul's Mandawi market
// said".
func witnessTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is("said", "says", "say", "told", "added", "wrote", "reported") {
			// "a shopkeeper showed reporters a Glock": a showing.
			continue
		}
		// Back over the witnesses' place: "in Kabul's Mandawi market",
		// "in Kandahar's old city".
		b := k - 1
		for m := b; m >= 1 && m >= k-6; m-- {
			if toks[m].Is("in", "at") {
				b = m - 1
				break
			}
			if toks[m].Punct || tellVerbs[toks[m].Lower] || toks[m].Is("and", "that", "who", "which") || cueAt(toks, m) {
				break
			}
		}
		if b >= 0 && tellerNouns[toks[b].Lower] {
			// "the bomb disposal squad said", "a parliamentary
			// committee said": the words that say which.
			a := b
			for a > 0 && a > b-2 && !toks[a-1].Punct && !isCap(toks[a-1].Text) && !toks[a-1].Is("a", "an", "the", "its", "their") && itemsByFirst[toks[a-1].Lower] == nil {
				a--
			}
			ev("attributed_to", toks[a].Start, toks[b].End)
			return text[toks[a].Start:toks[b].End]
		}
		if b >= 0 && (witnessNouns[toks[b].Lower] || witnessNoun[toks[b].Lower]) {
			ev("attributed_to", toks[b].Start, toks[b].End)
			return text[toks[b].Start:toks[b].End]
		}
	}
	return ""
}

// tellerNouns are the other tellers written in lower case: "the Saudi-led
// coalition said", "a Western diplomat said", "a Taliban engineer told
// AFP", "Malian state television reported", "a parliamentary committee
// said".
var tellerNouns = lex.WordSet("coalition television radio committee diplomat diplomats engineer engineers squad")

// witnessNoun are the witnessNouns in the singular: "a dealer said", "a
// tribal elder in Tirah said" (as "local elders said" is read).
var witnessNoun = lex.WordSet("dealer trader shopkeeper gunsmith resident witness eyewitness villager local elder")

// speakerOffices name an office whose holder speaks by name: "SHO Rahim Khan
// said", "the group's spokesman Zabihullah Mujahid said".
var speakerOffices = lex.WordSet("spokesman spokesperson spokeswoman sho dpo dsp ssp commissioner minister chief officer commander governor staff general" +
	// Added from the eleventh probe: a rank or a police office before a
	// name ("RAB's Major Rahman said", "IG Sundarraj said").
	" major ig dig sp dgp")

// ministryWords make a ministry's name told in lower case: "the
// Taliban's ministry of defence said".
var ministryWords = lex.WordSet("ministry of defence defense interior foreign affairs home information")

// speakerTeller names a teller the general list of sources misses because
// more than its label stands before the verb: an office and the name of
// its holder ("SHO Rahim Khan said"), officials and their place
// ("Taliban intelligence officials in Nangarhar said", "Officials of the
// Islamic Emirate in Herat said"), a ministry named in lower case ("the
// Taliban's ministry of defence said").
func speakerTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for i := 1; i < len(toks); i++ {
		if !toks[i].Is("said", "says", "told", "stated", "added") {
			continue
		}
		e := i - 1
		// "... in Nangarhar said", "at Peshawar airport said": the
		// teller's place.
		k := e
		if k >= 1 && toks[k].Is("airport", "border", "crossing", "port") && isCap(toks[k-1].Text) {
			k--
		}
		for k >= 0 && isCap(toks[k].Text) && k > e-3 {
			k--
		}
		if k < e && k >= 1 && toks[k].Is("in", "at") {
			e = k - 1
		}
		// "Officials of the Islamic Emirate": a body the officials serve.
		if k := e; k >= 0 && isCap(toks[k].Text) {
			for k >= 0 && isCap(toks[k].Text) && !toks[k].Is("The") {
				k--
			}
			if k >= 1 && toks[k].Is("the") && toks[k-1].Is("of") && k >= 2 && toks[k-2].Is("officials", "Officials") {
				ev("attributed_to", toks[k-2].Start, toks[e].End)
				return text[toks[k-2].Start:toks[e].End]
			}
		}
		if e >= 0 && toks[e].Is("officials", "official") && e < i-1 {
			// "Taliban intelligence officials in Nangarhar": the words
			// that say whose officials they are.
			b := e
			for b > 0 && b > e-3 && !toks[b-1].Punct && (isCap(toks[b-1].Text) || toks[b-1].Is("intelligence", "security", "border", "provincial", "district")) && !toks[b-1].Is("The") {
				b--
			}
			ev("attributed_to", toks[b].Start, toks[e].End)
			return text[toks[b].Start:toks[e].End]
		}
		// "SHO Rahim Khan", "spokesman Zabihullah Mujahid": an office and
		// the name of the one who holds it.
		b := i - 1
		for b >= 0 && b > i-5 && isCap(toks[b].Text) {
			b--
		}
		if b+1 < i-1 && speakerOffices[toks[b+1].Lower] {
			// "SHO Rahim Khan": the office written in capitals.
			b++
		}
		for m := b + 2; m < i-1 && !speakerOffices[toks[b+1].Lower]; m++ {
			// "Interior Minister Mohsin Naqvi said", "Defence Minister
			// Khawaja Asif said": the office after the words that say
			// which, then the name of the one who holds it.
			if speakerOffices[toks[m].Lower] && holderNameAt(toks, m+1, i) {
				f := b + 1
				if toks[f].Is("the", "a", "an") {
					f++
				}
				ev("attributed_to", toks[f].Start, toks[i-1].End)
				return text[toks[f].Start:toks[i-1].End]
			}
		}
		if b >= 0 && b < i-1 && speakerOffices[toks[b].Lower] {
			ev("attributed_to", toks[b].Start, toks[i-1].End)
			return text[toks[b].Start:toks[i-1].End]
		}
		if b >= 1 && b < i-1 && toks[b].Is("in") && speakerOffices[toks[b-1].Lower] {
			// "A Taliban commander in Helmand told AFP": the office and
			// its place.
			ev("attributed_to", toks[b-1].Start, toks[b-1].End)
			return toks[b-1].Text
		}
		// "The spokesman for the provincial governor said": the office
		// whose holder speaks for another.
		for m := i - 2; m >= 1 && m >= i-6; m-- {
			if toks[m].Is("for", "of") && speakerOffices[toks[m-1].Lower] && toks[m-1].Lower != "chief" && toks[m-1].Lower != "staff" {
				ev("attributed_to", toks[m-1].Start, toks[m-1].End)
				return toks[m-1].Text
			}
		}
		// "the Taliban's ministry of defence", "the Afghan defence
		// ministry".
		b = i - 1
		for b >= 0 && ministryWords[toks[b].Lower] {
			b--
		}
		if b < i-2 && (toks[b+1].Is("ministry") || toks[i-1].Is("ministry") && !isCap(toks[b+1].Text)) {
			ev("attributed_to", toks[b+1].Start, toks[i-1].End)
			return text[toks[b+1].Start:toks[i-1].End]
		}
		if personAt(toks, i-2) {
			// "Zabihullah Mujahid said the Islamic Emirate had seized":
			// a person named by two words that open the sentence.
			ev("attributed_to", toks[i-2].Start, toks[i-1].End)
			return text[toks[i-2].Start:toks[i-1].End]
		}
	}
	if name := namedThenOffice(text, toks, ev); name != "" {
		return name
	}
	for i := 2; i < len(toks); i++ {
		if !tellVerbs[toks[i].Lower] {
			continue
		}
		if toks[i-1].Is("spokesman", "spokesperson", "spokeswoman") && toks[i-2].Is("the", "a", "The", "A") {
			// "The spokesperson cited the recovery of 48 M4 rifles".
			ev("attributed_to", toks[i-1].Start, toks[i-1].End)
			return toks[i-1].Text
		}
		if toks[i-1].Text != "," || i < 5 {
			continue
		}
		// "The inspector general, John Sopko, told a House committee",
		// "Iran's border guard commander in Sistan-Baluchestan, General
		// Ahmad Ali Goudarzi, told state media": an office, its place
		// perhaps, and between commas the name of its holder, a title
		// before it.
		e := i - 2
		b := e
		for b >= 0 && b > e-5 && isCap(toks[b].Text) {
			b--
		}
		f := b + 1 // the name, after its title
		for f < e && speakerOffices[toks[f].Lower] {
			f++
		}
		o := b - 1 // the office, before its place
		if o >= 2 && isCap(toks[o].Text) && toks[o-1].Is("in") {
			o -= 2
		}
		if b < e && o >= 0 && toks[b].Text == "," && (speakerOffices[toks[o].Lower] || officeHeads[toks[o].Lower]) && holderNameAt(toks, f, e+1) {
			ev("attributed_to", toks[f].Start, toks[e].End)
			return text[toks[f].Start:toks[e].End]
		}
	}
	return ""
}

// namedThenOffice names a teller told by name and then, between commas,
// by office: "Mawlawi Abdul Hai, the Taliban's police chief in Panjshir,
// said" (added from the eleventh probe). The name opens the sentence.
func namedThenOffice(text string, toks []lex.Token, ev func(string, int, int)) string {
	e := 0
	for e < len(toks) && e < 4 && isCap(toks[e].Text) {
		e++
	}
	if e == 0 || e >= len(toks) || toks[e].Text != "," || e+1 >= len(toks) || !toks[e+1].Is("the", "a") {
		return ""
	}
	b := 0
	if speakerOffices[toks[0].Lower] || toks[0].Is("mawlawi", "maulvi", "mullah", "mr", "dr") {
		// "Mawlawi Abdul Hai": a title before the name.
		b = 1
	}
	if !holderNameAt(toks, b, e) {
		return ""
	}
	office := false
	for k := e + 2; k < len(toks) && k <= e+10; k++ {
		if speakerOffices[toks[k].Lower] || officeHeads[toks[k].Lower] {
			office = true
		}
		if toks[k].Text == "," {
			if office && k+1 < len(toks) && tellVerbs[toks[k+1].Lower] {
				ev("attributed_to", toks[0].Start, toks[e-1].End)
				return text[toks[0].Start:toks[e-1].End]
			}
			return ""
		}
	}
	return ""
}

// holderNameAt reports toks[from:to] as the name of a person who holds
// an office: one to three capitalised words none of which names a body,
// a force, a country or an office ("Mohsin Naqvi", not "Police" or
// "Pakistan").
func holderNameAt(toks []lex.Token, from, to int) bool {
	if to-from < 1 || to-from > 3 {
		return false
	}
	for _, t := range toks[from:to] {
		_, _, country := countryOf(t)
		if !isCap(t.Text) || lex.Capitals(t.Text) || country || orgNouns[t.Lower] || speakerOffices[t.Lower] || forceNouns[t.Lower] || bodyNouns[t.Lower] {
			return false
		}
	}
	return true
}

// personAt reports the name of a person in two capitalised words at
// token b that open a sentence or follow a dateline's colon: "Zabihullah
// Mujahid said", not "Pakistan Customs said" or "Security Forces said".
func personAt(toks []lex.Token, b int) bool {
	if b < 0 || b > 0 && toks[b-1].Text != ":" {
		return false
	}
	for _, t := range toks[b : b+2] {
		_, _, country := countryOf(t)
		if !isCap(t.Text) || lex.Capitals(t.Text) || country || orgNouns[t.Lower] || speakerOffices[t.Lower] || forceNouns[t.Lower] ||
			bodyNouns[t.Lower] || witnessNouns[t.Lower] || itemsByFirst[t.Lower] != nil || t.Is("the", "security", "officials") {
			return false
		}
	}
	return true
}

// fromParagraph fills the place and the teller that sentence si leaves
// out from the sentences around it in its paragraph. Find calls it only
// for a sentence that yields records, as the look-ups cost more than the
// rest of the context.
func (c *context) fromParagraph(text string, sents []lex.Sentence, si int, cx Context) {
	ev := func(field string, a, b int) {
		c.evidence = append(c.evidence, vigil.Evidence{Field: field, Start: a, End: b, Quote: text[a:b]})
	}
	if c.location == "" && cx != nil {
		// "The FC said it had foiled a smuggling bid near Chaman.
		// Troops recovered 45 guns": a report's place is told once, in
		// its opening sentences.
		for k := si - 1; k >= 0 && k >= si-3 && sents[k].Para == sents[si].Para; k-- {
			if country, at, ok := cx.Where(sents[k].Start, sents[k].End); ok && country != c.origin {
				c.location = country
				ev("location_country", at.Start, at.End)
				break
			}
		}
	}
	for k := si - 1; c.location == "" && cx != nil && k >= 0 && k >= si-3 && sents[k].Para >= sents[si].Para-1; k-- {
		// "Kandahar's arms bazaar is quieter now. ... ¶ Dealers say an
		// American pistol sells for 80,000 afghanis": the place the
		// paragraph before told the story's arms at.
		if sents[k].Para == sents[si].Para || !mentionsMateriel(sents[k].Toks) {
			continue
		}
		if country, at, ok := whereNoMaker(cx, sents[k].Toks, sents[k].Start, sents[k].End); ok && country != c.origin {
			c.location = country
			ev("location_country", at.Start, at.End)
		}
	}
	if c.location == "" && cx != nil {
		// "... in the Darra Adamkhel market. ¶ Dealers in Darra say": a
		// place told again by the first word of its name.
		c.location = shortPlace(text, sents, si, cx, ev)
	}
	if c.location == "" && cx != nil && partOfLot(sents[si].Toks) {
		// "... bought four pistols in Chaman. ¶ Police recovered two of
		// the pistols": the lot is where the sentences before put it.
		for k := si - 1; k >= 0 && k >= si-3 && c.location == ""; k-- {
			if country, at, ok := cx.Where(sents[k].Start, sents[k].End); ok && country != c.origin {
				c.location = country
				ev("location_country", at.Start, at.End)
			}
		}
	}
	if c.location == "" && cx != nil && len(sents) > 0 {
		// "Bannu: ... ¶ Troops recovered six M4 rifles": a story's
		// dateline places what its later paragraphs tell.
		c.location = datelinePlace(sents[0].Toks, cx, ev)
	}
	if c.attributed == "" {
		c.attributed = paragraphTeller(text, sents, si, ev)
	}
}

// partOfLot reports a part of materiel told before: "two of the pistols".
func partOfLot(toks []lex.Token) bool {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Is("of") && toks[i+1].Is("the") && startsFigure(toks[i-1]) && itemsByFirst[toks[i+2].Lower] != nil {
			return true
		}
	}
	return false
}

// datelinePlace returns the country of a text's dateline, the capitalised
// words before a colon that open it ("Lakki Marwat:"), "" when it has
// none.
func datelinePlace(toks []lex.Token, cx Context, ev func(string, int, int)) string {
	if len(toks) > 3 && lex.Capitals(toks[0].Text) && toks[1].Text == "," {
		// "QUETTA, Pakistan (AP) —": a wire service's dateline.
		for k := 2; k < len(toks) && k <= 5; k++ {
			if toks[k].Text == "(" || toks[k].Text == "—" || toks[k].Text == "-" {
				if country, at, ok := cx.Where(toks[0].Start, toks[k-1].End); ok {
					ev("location_country", at.Start, at.End)
					return country
				}
				return ""
			}
		}
	}
	if len(toks) > 4 && isCap(toks[0].Text) && toks[1].Text == "," {
		// "Rawalpindi, 9 March 2025:", "Rawalpindi, March 9, 2025:": a
		// press release's place and date.
		for k := 2; k < len(toks) && k <= 7; k++ {
			if toks[k].Text == ":" && k > 2 {
				if country, at, ok := cx.Where(toks[0].Start, toks[0].End); ok {
					ev("location_country", at.Start, at.End)
					return country
				}
				return ""
			}
			if !(lex.Digits(toks[k].Text) || toks[k].Text == "," || timeWords[toks[k].Lower]) {
				break
			}
		}
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].Text == ":" {
			if country, at, ok := cx.Where(toks[0].Start, toks[k-1].End); ok {
				ev("location_country", at.Start, at.End)
				return country
			}
			return ""
		}
		if !isCap(toks[k].Text) {
			return ""
		}
	}
	return ""
}

// shortPlace returns the country of a place sentence si names after a
// preposition by the first word of a longer name the text gave before
// ("in Darra" after "the Darra Adamkhel market"), "" when there is none.
func shortPlace(text string, sents []lex.Sentence, si int, cx Context, ev func(string, int, int)) string {
	toks := sents[si].Toks
	for i := 1; i < len(toks); i++ {
		if !toks[i-1].Is("in", "at", "near", "from") || !isCap(toks[i].Text) || i+1 < len(toks) && isCap(toks[i+1].Text) {
			continue
		}
		// The long name is told near the short one: a few sentences
		// back, so that a long text costs no more than a short one.
		for k := max(0, si-8); k < si; k++ {
			prev := sents[k].Toks
			for j := 0; j+1 < len(prev); j++ {
				if prev[j].Text != toks[i].Text || !isCap(prev[j+1].Text) {
					continue
				}
				if country, at, ok := cx.Where(prev[j].Start, prev[j+1].End); ok {
					ev("location_country", at.Start, at.End)
					return country
				}
			}
		}
	}
	return ""
}

// captorGap are the words that may stand between an armed group and the
// verb of its capture: "the Arakan Army said it had captured", "the
// Taliban's defence ministry said on Sunday that it had collected".
var captorGap = lex.WordSet("fighters had has have it they also said says claimed claims announced that 's ' defence defense ministry spokesman spokesperson on monday tuesday wednesday thursday friday saturday sunday")

// captor returns the armed group named as the subject of a seizure's cue
// at byte cue, among the actors named before it: the words between are
// those of captorGap, so that "police said the TTP had captured" is the
// TTP's and "the TTP said police had seized" is not.
func captor(toks []lex.Token, named []Actor, cue int) (Actor, bool) {
	if len(named) == 0 {
		return Actor{}, false
	}
	a := named[len(named)-1]
	after := a.End
	if n := len(named); n > 1 && unnamedGroup(a.Name) && a.Start-named[n-2].End <= 1 {
		// "TTP militants": the group, not the generic noun after it.
		a = named[n-2]
	}
	if a.Side != "militants" || unnamedGroup(a.Name) {
		return Actor{}, false
	}
	gap := 0
	for _, t := range toks {
		if t.Start < after || t.Start >= cue {
			continue
		}
		if gap++; gap > 10 || !captorGap[t.Lower] {
			return Actor{}, false
		}
	}
	return a, true
}

// anaphoricHolder reports a sentence whose holder is told only by words
// that point back: "the group held about 2,000 rifles", "its fighters
// were seen with M249s".
func anaphoricHolder(toks []lex.Token) bool {
	// "Fighters drove American-made Humvees past the stands": the
	// fighters of the force the story is about.
	if len(toks) > 1 && toks[0].Is("fighters", "troops", "soldiers") {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("the", "its", "their") && toks[i+1].Is("group", "outfit", "organisation", "organization", "fighters", "militants", "movement") ||
			toks[i].Is("his", "their") && toks[i+1].Is("unit", "men") ||
			// "the Ministry of Defence of the Islamic Emirate said its
			// forces in the eastern zone had 160 Humvees", "its engineers
			// had repaired 22 Humvees".
			toks[i].Is("its", "their") && toks[i+1].Is("forces", "troops", "engineers", "technicians", "pilots") {
			return true
		}
	}
	return false
}

// launchedAt reports a verb of launching at token i whose object follows
// it: "launched 15 drones", not "fired on the convoy with M16 rifles",
// whose arms another cue tells, nor "launched by the Houthis".
func launchedAt(toks []lex.Token, i int) bool {
	return toks[i].Is("launched", "fired") && i+1 < len(toks) && !toks[i+1].Punct &&
		!toks[i+1].Is("by", "on", "at", "upon", "into", "towards", "toward", "from", "in", "with")
}

// attackersTold reports the attackers of a story named by what they did:
// "the attackers", "the assailants".
func attackersTold(toks []lex.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("the") && toks[i+1].Is("attackers", "assailants", "raiders") {
			return true
		}
	}
	return false
}

// attackersGroup sets the holder to the armed group named last before
// byte cue in sentence si or the three before it, in its paragraph or the
// one before: the attackers of the story are its group, not the forces
// that tell of them.
func (c *context) attackersGroup(text string, sents []lex.Sentence, si int, cx Context, cue int) {
	for k := si; k >= 0 && k >= si-3 && sents[k].Para >= sents[si].Para-1; k-- {
		end := sents[k].End
		if k == si {
			end = cue
		}
		named := cx.Actors(sents[k].Start, end)
		for i := len(named) - 1; i >= 0; i-- {
			if named[i].Side != "militants" || unnamedGroup(named[i].Name) {
				continue
			}
			c.holder = named[i].Name
			c.evidence = append(c.evidence, vigil.Evidence{Field: "holder", Start: named[i].Start, End: named[i].End, Quote: text[named[i].Start:named[i].End]})
			return
		}
	}
}

// droneLoad reports an item at token first told as what a drone carried:
// "a drone carrying explosives", "quadcopters laden with grenades", "the
// drones had been carrying explosives".
func droneLoad(toks []lex.Token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].Is("with") {
		k--
	}
	if k < 1 || !toks[k].Is("carrying", "laden", "loaded", "rigged", "fitted", "armed") {
		return false
	}
	if toks[k].Is("carrying") != (k+1 == first) {
		// "carrying explosives", "laden with explosives".
		return false
	}
	// "the drones had been carrying explosives".
	for k > 1 && toks[k-1].Is("had", "been", "was", "were", "is", "are") {
		k--
	}
	return droneNouns[toks[k-1].Lower]
}

// roleAs reports an item at token first told as a role, "as" before it
// and at most one word between: "use them as patrol vehicles", not "such
// as rifles", a list, nor "as many pistols", a count.
func roleAs(toks []lex.Token, first int) bool {
	k := first - 1
	// ("four Kalashnikovs, as many pistols": a count, the one before.)
	if k >= 1 && !toks[k].Is("as", "many", "much") && !toks[k].Punct && !startsFigure(toks[k]) {
		k--
	}
	return k >= 1 && toks[k].Is("as") && !toks[k-1].Is("such", "well", "same")
}

// tradeClause reports an item named in a relative clause on people ("men
// who sold", "a gang that brought") that a comma closes before the cue at
// token cue.
func tradeClause(toks []lex.Token, it found, cue int) bool {
	if cue <= it.last {
		return false
	}
	open := -1
	for k := it.first - 1; k >= 1 && k >= it.first-8 && !toks[k].Punct; k-- {
		if toks[k].Is("who", "that") {
			open = k
			break
		}
	}
	if open < 0 || !(holderNouns[toks[open-1].Lower] || toks[open-1].Is("men", "man", "people", "persons", "group", "network", "ring")) {
		return false
	}
	for k := it.last + 1; k < cue; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// toldOfItself reports a teller that tells of itself by a pronoun: "the
// Taliban's defence ministry says it has repaired 25 helicopters", "the
// army said it had 500 tanks".
func toldOfItself(toks []lex.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Is("said", "says") && toks[i+1].Is("it") && toks[i+2].Is("had", "has", "have", "now", "still") {
			return true
		}
	}
	return false
}

// possessorAt returns the index of the first "its" or "their" before a
// group's noun ("its fighters"), -1 when there is none.
func possessorAt(toks []lex.Token) int {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Is("its", "their") && toks[i+1].Is("group", "outfit", "organisation", "organization", "fighters", "militants", "movement", "men", "forces", "troops", "engineers", "technicians", "pilots") {
			return i
		}
	}
	return -1
}

// unnamedGroup reports the dictionary's name for armed men it cannot name:
// "the militants have used quadcopters" after "the TTP" are the TTP's.
func unnamedGroup(name string) bool {
	return strings.HasPrefix(name, "Unidentified Armed Group")
}

// holderBefore fills the holder of sentence si from the armed force or
// group it or the sentences before it name last, in its paragraph or the
// one before: "the TTP had gained access to weapons ... One Member State
// estimated that the group held about 2,000 rifles"; a holder that rules
// a country places the materiel there.
func (c *context) holderBefore(text string, sents []lex.Sentence, si int, cx Context, cue int) {
	for k := si; k >= 0 && k >= si-6 && sents[k].Para >= sents[si].Para-1; k-- {
		end := sents[k].End
		if k == si && cue > sents[k].Start {
			// "his unit kept 12 Humvees captured from the Afghan army":
			// the force the pronoun stands for is named before the cue.
			end = cue
		}
		named := cx.Actors(sents[k].Start, end)
		for i := len(named) - 1; i >= 0; i-- {
			if named[i].Side != "militants" && named[i].Side != "security_forces" || unnamedGroup(named[i].Name) {
				continue
			}
			c.holder = named[i].Name
			c.evidence = append(c.evidence, vigil.Evidence{Field: "holder", Start: named[i].Start, End: named[i].End, Quote: text[named[i].Start:named[i].End]})
			if c.location == "" {
				c.location = holderCountry(c.holder)
			}
			return
		}
	}
}

// paragraphTeller names the body that tells a paragraph whose sentence si
// names none: "The CTD said on Wednesday that ... Explosives and two
// pistols were recovered", "... were recovered. The suspects were
// planning attacks, the CTD said." The sentences before come first, then
// the two after; only a body named as such counts, not "officials".
func paragraphTeller(text string, sents []lex.Sentence, si int, ev func(string, int, int)) string {
	para := sents[si].Para
	for _, k := range []int{si - 1, si - 2, si - 3, si + 1, si + 2} {
		if k < 0 || k >= len(sents) || sents[k].Para != para {
			continue
		}
		if toks := sents[k].Toks; len(toks) > 0 && (toks[0].Is("separately", "meanwhile") || lex.HasAt(toks, 0, "in", "a", "separate")) {
			// "Separately, the province's police chief said": the
			// teller of another story.
			continue
		}
		if name := reporter(text, sents[k].Toks, ev); name != "" {
			return name
		}
		if name := namedTeller(text, sents[k].Toks, ev); name != "" {
			return name
		}
	}
	return ""
}

// boughtFrom reports an acquisition cue ending at byte end followed by
// "from" and a country, a group or a market: "acquired six jets from
// Russia", "acquired M4 rifles from Taliban stocks".
func boughtFrom(toks []lex.Token, end int) bool {
	k := 0
	for k < len(toks) && toks[k].End < end {
		k++
	}
	if k >= len(toks) || !toks[k].Is("acquired", "bought", "purchased", "procured", "imported") {
		return false
	}
	for i := k + 1; i+1 < len(toks) && i <= k+14; i++ {
		if toks[i].Punct && toks[i].Text != "," {
			return false
		}
		if toks[i].Is("from") {
			j := i + 1
			if toks[j].Is("the") && j+1 < len(toks) {
				j++
			}
			_, _, country := countryOf(toks[j])
			// "the TTP has acquired NATO-standard weapons, including M4
			// and M16 rifles, from Taliban stocks and black markets":
			// a group or a market it got them from.
			return country || lex.HasAt(toks, j, "United", "States") || forceNouns[toks[j].Lower] || holderNouns[toks[j].Lower] || lex.HasAt(toks, j, "black", "market") || lex.HasAt(toks, j, "black", "markets")
		}
	}
	return false
}

// fromPlace returns where "from" and a name open in a sentence ("a
// consignment from Dubai"), or -1: the place the materiel came from.
func fromPlace(toks []lex.Token) int {
	for i := 1; i+1 < len(toks); i++ {
		// After a noun ("toys from Dubai"), not after a verb or a
		// pause ("recovered from Quetta", "arrested, from Hyderabad").
		p := toks[i-1]
		if toks[i].Is("from") && isCap(toks[i+1].Text) && !toks[i+1].Is("the") &&
			!p.Punct && !isCap(p.Text) && !cueAt(toks, i-1) && !arrestVerbs[p.Lower] && !strings.HasSuffix(p.Lower, "ed") {
			return toks[i].Start
		}
	}
	return -1
}

// destinationAt returns the bytes where a sentence tells where materiel
// was headed ("bound for Kabul", "destined for the Houthis in Yemen"),
// up to a place told after it ("bound for Hezbollah near Qusayr"); -1,
// -1 when it does not.
func destinationAt(toks []lex.Token) (int, int) {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Is("bound", "destined", "headed") || !toks[i+1].Is("for") {
			continue
		}
		k := i + 2
		for k < len(toks) && k < i+8 && !toks[k].Punct && !toks[k].Is("near", "at", "off", "on", "from", "along", "when", "after") {
			k++
		}
		if k < len(toks) {
			return toks[i].Start, toks[k].Start
		}
		return toks[i].Start, toks[len(toks)-1].End
	}
	return -1, -1
}

// holderOf names who holds the materiel: the actor it was taken from
// ("recovered from TTP militants"), the one named "in the hands of", or
// the actor who displays or uses it ("the Taliban paraded"). A named actor
// gives its dictionary name; otherwise the words themselves are kept
// ("from the militants").
func holderOf(text string, toks []lex.Token, kind string, cx Context, ev func(string, int, int)) string {
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
	if kind == Transfer {
		for i := 1; i+1 < len(toks); i++ {
			// "Pakistan received 12 attack helicopters from China": the
			// state that received them.
			if toks[i].Is("received") && (i == 1 || toks[i-2].Is("the", "The")) {
				if name, made, ok := countryOf(toks[i-1]); ok && !made && isCap(toks[i-1].Text) && name != "NATO" && strings.EqualFold(toks[i-1].Text, name) {
					ev("holder", toks[i-1].Start, toks[i-1].End)
					return toks[i-1].Text
				}
			}
		}
		if name := governmentReceived(text, toks, ev); name != "" {
			return name
		}
		// "the Taliban have handed over American weapons, including M4
		// rifles, to the TTP": who holds them now is the one they went
		// to.
		for i := range toks {
			if !giverVerbs[toks[i].Lower] {
				continue
			}
			if a, ok := actorAt(toks[i+1].Start); ok && a.Side != "civilians" && i+1 < len(toks) && toks[i].Is("supplied", "provided") {
				// "had supplied TTP fighters in Bajaur with 70 rifles":
				// the one supplied.
				for k := i + 2; k < len(toks) && k <= i+8; k++ {
					if toks[k].Is("with") {
						return holderName(text, toks, a, ev)
					}
				}
			}
			for k := i + 1; k+1 < len(toks) && k <= i+16; k++ {
				if toks[k].Is("to") {
					if a, ok := actorAt(toks[k+1].Start); ok && a.Side != "civilians" {
						return holderName(text, toks, a, ev)
					}
					if name := recipientName(text, toks, k+1, cx, ev); name != "" {
						return name
					}
				}
			}
			break
		}
	}
	for i := range toks {
		j := -1
		switch {
		case lex.HasAt(toks, i, "in", "the", "hands", "of"):
			j = i + 4
		case lex.HasAt(toks, i, "inventory", "of") && kind == Inventory:
			// "Inventory of the Afghan National Army on 30 June 2021".
			j = i + 2
			if j < len(toks) && toks[j].Is("the") {
				j++
			}
			if a, ok := actorAt(toks[i+2].Start); ok {
				return holderName(text, toks, a, ev)
			}
			continue
		case lex.HasAt(toks, i, "under") && i+2 < len(toks) && (toks[i+2].Is("control") || i+3 < len(toks) && toks[i+3].Is("control")):
			// "under Taliban control".
			if a, ok := actorAt(toks[i+1].Start); ok {
				return holderName(text, toks, a, ev)
			}
			continue
		case lex.HasAt(toks, i, "in") && i+2 < len(toks) && toks[i+2].Is("hands", "depots", "depot", "stocks", "stockpiles", "arsenal", "arsenals", "armouries", "armories", "service"),
			lex.HasAt(toks, i, "into") && i+2 < len(toks) && toks[i+2].Is("hands"):
			// "now in Taliban hands", "remain in Taliban depots",
			// "aircraft in Taliban service".
			if a, ok := actorAt(toks[i+1].Start); ok {
				return holderName(text, toks, a, ev)
			}
			continue
		case kind == Inventory && lex.HasAt(toks, i, "in", "the") && i+4 < len(toks) && stockOwner(toks, i+3):
			// "in the Afghan forces' inventory": the force whose stock
			// it is.
			if a, ok := actorAt(toks[i+2].Start); ok {
				return holderName(text, toks, a, ev)
			}
			continue
		case kind == Sighting && toks[i].Is("among") && i+1 < len(toks):
			// "observed M4 rifles and thermal sights among TTP
			// fighters".
			if a, ok := actorAt(toks[i+1].Start); ok {
				return holderName(text, toks, a, ev)
			}
			continue
		case lex.HasAt(toks, i, "recovered", "from"), lex.HasAt(toks, i, "seized", "from"),
			lex.HasAt(toks, i, "captured", "from"), lex.HasAt(toks, i, "confiscated", "from"):
			if kind != Seizure && i > 0 && itemLast[toks[i-1].Lower] {
				// "paraded armoured vehicles seized from the army": the
				// materiel's past; who holds it now paraded it.
				continue
			}
			j = i + 2
		}
		if j < 0 || j >= len(toks) {
			continue
		}
		if a, ok := actorAt(toks[j].Start); ok {
			return holderName(text, toks, a, ev)
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
	if kind == Sighting {
		// "40 videos released by TTP factions in which fighters carried
		// M4 carbines", "a TTP propaganda video": the group whose films
		// show the arms holds them.
		for i, t := range toks {
			if !t.Is("video", "videos", "footage", "clip", "clips") {
				continue
			}
			for _, a := range named {
				if a.End <= t.Start && t.Start-a.End <= len(" propaganda ") && a.Side == "militants" {
					return holderName(text, toks, a, ev)
				}
			}
			if i+3 < len(toks) && toks[i+1].Is("released", "posted", "shared", "issued") && toks[i+2].Is("by") {
				if a, ok := actorAt(toks[i+3].Start); ok && a.Side == "militants" {
					return holderName(text, toks, a, ev)
				}
			}
		}
	}
	// The subject of a sighting or use: the first armed actor named before
	// the cue.
	k := -1
	for i := range toks {
		if lex.HasAt(toks, i, "paraded") || lex.HasAt(toks, i, "used") || lex.HasAt(toks, i, "armed", "with") || lex.HasAt(toks, i, "opened", "fire", "with") ||
			// "the TTP had built up stocks of hand grenades".
			lex.HasAt(toks, i, "built", "up") ||
			// "Houthi forces launched 15 drones".
			kind == Use && launchedAt(toks, i) ||
			lex.HasAt(toks, i, "equipped", "with") || lex.HasAt(toks, i, "brandishing") || lex.HasAt(toks, i, "brandished") ||
			lex.HasAt(toks, i, "showcased") || lex.HasAt(toks, i, "displayed") || lex.HasAt(toks, i, "spotted", "with") ||
			lex.HasAt(toks, i, "seen", "with") || lex.HasAt(toks, i, "pictured", "with") ||
			toks[i].Is("carrying", "carried", "using", "acquired", "received", "obtained", "inherited", "hold", "holds", "possess", "possesses", "looted", "snatched") ||
			lex.HasAt(toks, i, "posing", "with") || lex.HasAt(toks, i, "posing", "beside") || lex.HasAt(toks, i, "posed", "with") ||
			lex.HasAt(toks, i, "riding", "in") || lex.HasAt(toks, i, "riding", "on") || toks[i].Is("retained", "retains", "retain", "selling", "sell", "sells", "own", "owns", "owned") ||
			toks[i].Is("showed", "show", "shows") && i+1 < len(toks) && toks[i+1].Is("off") ||
			lex.HasAt(toks, i, "use", "of") ||
			// "the BLA fighters who attacked the camp had M4 rifles".
			holdVerbs[toks[i].Lower] && (forceBefore(toks, i) || modelAfterHold(toks, i+1) && forceRelativeBefore(toks, i)) ||
			// "Lashkar-e-Islam fighters patrolled the valley with".
			kind == Sighting && movedWith(toks, i) ||
			toks[i].Is("controlled", "controls", "control", "kept", "keeps") && forceBefore(toks, i) && figureAfter(toks, i+1) ||
			// "the Taliban held roughly 300,000 small arms".
			toks[i].Is("held") && forceBefore(toks, i) && figureAfter(toks, i+1) && figureOfMateriel(toks, i+1) {
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
	owning := toks[k].Is("hold", "holds", "possess", "possesses", "own", "owns", "owned")
	for i := len(named) - 1; i >= 0; i-- {
		a := named[i]
		if a.End > toks[k].Start {
			continue
		}
		// Civilians hold arms ("civilians in Pakistan hold") more often
		// than they parade or use them.
		if a.Side == "civilians" && !owning {
			break
		}
		if i > 0 && kind != Seizure && relativeSubject(toks, named[i-1].End, k) {
			// "the khwarij who attacked the Mandan police station used":
			// the police are the clause's object, the khwarij the users
			// (added from the eleventh probe).
			continue
		}
		aEnd := afterBracket(toks, a.End)
		if toks[k].Start-a.End <= len(" have been ") || kind != Seizure && (sameClause(toks, aEnd, k) || relativeSubject(toks, aEnd, k)) {
			// "TTP militants": the group, not the generic noun after it;
			// "the Islamic Emirate's air force": the force's owner.
			// "the TTP and Jamaat-ul-Ahrar had built up": the first of
			// the groups told together.
			if i > 0 && (a.Start-named[i-1].End <= 1 || possessiveGap(text[named[i-1].End:a.Start]) || text[named[i-1].End:a.Start] == " and ") {
				a = named[i-1]
			}
			return holderName(text, toks, a, ev)
		}
		break
	}
	// "Militants fired 20 rockets" tells an attack, not whose rockets:
	// only a group the dictionary knows holds what it launched.
	launched := kind == Use && launchedAt(toks, k)
	if kind != Seizure && !launched {
		// "Jihadists in Mali paraded": people who hold arms, named by
		// what they are, just before the cue or their place.
		j := k - 1
		for j > 0 && isCap(toks[j].Text) && j > k-4 {
			j--
		}
		if j < k-1 && j > 0 && toks[j].Is("in") {
			j--
		} else {
			j = k - 1
		}
		if j >= 0 && holderNouns[toks[j].Lower] {
			ev("holder", toks[j].Start, toks[j].End)
			return toks[j].Text
		}
		if e := k - 1; kind == Inventory && e >= 1 && isCap(toks[e].Text) && forceNouns[toks[e].Lower] {
			// "The Afghan Special Mission Wing had 18 Mi-17
			// helicopters": a force the dictionary does not know, named
			// in capitals; its country aside.
			b := e
			for b > 0 && b > e-4 && isCap(toks[b-1].Text) && !toks[b-1].Is("the", "a", "an") {
				b--
			}
			if _, _, country := countryOf(toks[b]); country {
				b++
			}
			if b < e {
				ev("holder", toks[b].Start, toks[e].End)
				return text[toks[b].Start:toks[e].End]
			}
		}
	}
	if k >= 2 && toks[k-2].Is("its", "their") {
		// "The BLA said its fighters used": the group the pronoun
		// stands for.
		for i := len(named) - 1; i >= 0; i-- {
			if named[i].End <= toks[k-2].Start {
				return holderName(text, toks, named[i], ev)
			}
		}
	}
	return ""
}

// recipientName names whom a transfer went to when the dictionary does
// not know them: a capitalised name ("handed 300 Humvees to Popular
// Mobilisation Forces units", "sent missiles to Ukraine", not a place
// short of a state: "smuggled to Peshawar") or the few
// lower-case words that end in a body of armed men ("gave 500 rifles to
// peace committees").
func recipientName(text string, toks []lex.Token, j int, cx Context, ev func(string, int, int)) string {
	if j < len(toks) && toks[j].Is("the") {
		j++
	}
	e := j
	for e < len(toks) && e < j+5 && (isCap(toks[e].Text) && !toks[e].Punct || e > j && toks[e].Is("of") && e+1 < len(toks) && isCap(toks[e+1].Text)) {
		e++
	}
	if e == j {
		for e < len(toks) && e < j+3 && !toks[e].Punct && !isCap(toks[e].Text) && !startsFigure(toks[e]) {
			e++
			if recipientHeads[toks[e-1].Lower] {
				ev("holder", toks[j].Start, toks[e-1].End)
				return text[toks[j].Start:toks[e-1].End]
			}
		}
		return ""
	}
	if timeWords[toks[j].Lower] {
		// "transferred in March": not a month.
		return ""
	}
	if _, _, country := countryOf(toks[j]); country && e == j+1 && e < len(toks) && (recipientNouns[toks[e].Lower] || forceWords[toks[e].Lower]) {
		// "to Afghan forces": the state's forces, which the dictionary
		// names when it knows them.
		return ""
	}
	if cx != nil {
		// "smuggled to Peshawar": a place is no holder, but for a
		// state that gets arms ("sent missiles to Ukraine").
		if country, _, ok := cx.Where(toks[j].Start, toks[e-1].End); ok && country != text[toks[j].Start:toks[e-1].End] {
			return ""
		}
	}
	ev("holder", toks[j].Start, toks[e-1].End)
	return text[toks[j].Start:toks[e-1].End]
}

// governmentReceived names a government or administration told as
// receiving arms (added from the eleventh probe): "the Mizoram
// government received 310 unlicensed guns", "the district administration
// received".
func governmentReceived(text string, toks []lex.Token, ev func(string, int, int)) string {
	for i := 2; i < len(toks); i++ {
		if !toks[i].Is("received") || !toks[i-1].Is("government", "administration") {
			continue
		}
		b := i - 1
		if b >= 1 && !toks[b-1].Punct && !toks[b-1].Is("the", "a", "The") && (isCap(toks[b-1].Text) || toks[b-1].Is("district", "provincial", "state", "local")) {
			b--
		}
		ev("holder", toks[b].Start, toks[i-1].End)
		return text[toks[b].Start:toks[i-1].End]
	}
	return ""
}

// recipientHeads end the lower-case names of bodies that receive arms.
var recipientHeads = lex.WordSet("committees committee militias militia lashkars lashkar volunteers guards units administration" +
	// Added from the eleventh probe: arms handed over "to the
	// government", "to the provincial government" under a peace deal.
	" government")

// possessiveGap reports the text between two actors as a possessive
// ending: "Islamic Emirate" and "air force" in "the Islamic Emirate's air
// force".
func possessiveGap(between string) bool {
	return between == "'s " || between == "’s "
}

// holderCountry returns the country a holder's dictionary name belongs
// to: "Military Forces of Myanmar" is Myanmar's, the Taliban rule
// Afghanistan; "" for the rest.
func holderCountry(holder string) string {
	if holder == "Taliban" {
		return "Afghanistan"
	}
	for _, p := range []string{"Military Forces of ", "Police Forces of "} {
		if c, ok := strings.CutPrefix(holder, p); ok && !strings.ContainsAny(c, "(:") {
			return c
		}
	}
	return ""
}

// holderName returns an actor's dictionary name as holder, unless a
// country adjective before it names another country than the name does:
// "the Afghan Air Force" in a text about the United States is Afghan.
func holderName(text string, toks []lex.Token, a Actor, ev func(string, int, int)) string {
	for i, t := range toks {
		if t.Start < a.Start {
			continue
		}
		if t.Start == a.Start && i > 0 {
			if country, _, ok := countryOf(toks[i-1]); ok && !strings.Contains(a.Name, country) {
				ev("holder", toks[i-1].Start, a.End)
				return text[toks[i-1].Start:a.End]
			}
		}
		break
	}
	ev("holder", a.Start, a.End)
	return a.Name
}

// sameClause reports a subject that ends at byte end and its verb at
// token k within one clause: at most eight words between, none of them
// punctuation or a word that opens a reported statement ("Taliban
// soldiers guarding the airport on Monday carried", but not "police said
// that militants carried").
func sameClause(toks []lex.Token, end, k int) bool {
	n := 0
	for i := k - 1; i >= 0 && toks[i].Start >= end; i-- {
		t := toks[i]
		if t.Is("and") && i > 0 && i+1 < len(toks) && isCap(toks[i-1].Text) && isCap(toks[i+1].Text) {
			// "TTP fighters in Kunar and Khost had been seen with": two
			// names, not two clauses.
			n++
			continue
		}
		if t.Punct || t.Is("said", "says", "told", "that", "claimed", "reported", "according", "and", "but", "while", "who", "which") {
			return false
		}
		n++
	}
	return n <= 8
}

// relativeSubject reports an actor ending at byte end that is the subject
// of the verb at token k across a relative clause of its own: "BLA
// fighters who attacked the Gwadar port used M4 rifles". The clause has
// no punctuation and no telling in it, and at most fourteen words.
func relativeSubject(toks []lex.Token, end, k int) bool {
	w := -1
	for i := 0; i < k; i++ {
		if toks[i].Start < end {
			continue
		}
		if w < 0 && toks[i].Is("fighters", "militants", "men", "gunmen", "attackers", "members", "cadres") && i+1 < k && toks[i+1].Is("who") {
			// "BLA fighters who": the group's men.
			continue
		}
		if w < 0 {
			if !toks[i].Is("who") {
				return false
			}
			w = i
			continue
		}
		if toks[i].Punct || toks[i].Is("said", "says", "told", "that", "claimed", "reported", "according", "who", "which") {
			return false
		}
	}
	return w >= 0 && k-w-1 >= 1 && k-w-1 <= 14
}

// afterBracket returns the end of a bracket that follows an actor ending
// at byte end, or end: "NSCN (K-YA) cadres were seen carrying" names the
// faction in brackets (added from the eleventh probe).
func afterBracket(toks []lex.Token, end int) int {
	for i, t := range toks {
		if t.Start < end {
			continue
		}
		if t.Text != "(" {
			return end
		}
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].Text == ")" {
				return toks[k].End
			}
		}
		return end
	}
	return end
}

// holderNouns are the words that name people who hold arms, when the
// dictionary knows no actor by them.
var holderNouns = map[string]bool{
	"smugglers": true, "smuggler": true, "criminals": true, "suspects": true, "suspect": true, "accused": true,
	"cadres": true, "cadre": true, "dacoits": true, "robbers": true, "gang": true, "traffickers": true,
	"militants": true, "militant": true, "terrorists": true, "terrorist": true, "insurgents": true, "rebels": true,
	"jihadists": true, "jihadist": true, "gunmen": true, "bandits": true,
}

// mentionsMateriel reports a sentence that speaks of arms or assets, one
// whose countries may be those of the records after it.
func mentionsMateriel(toks []lex.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "weapons", "weaponry", "equipment", "arms", "assets", "left":
			return true
		}
	}
	return false
}

// countriesIn returns the origin (a country adjective or "by X forces")
// and location ("in X") countries a sentence names, and where each was
// named. The forces that seize materiel say where it was seized, not where
// it was made ("Iranian border guards seized"): that country comes back as
// seizer, for want of a better location.
func countriesIn(toks []lex.Token, kind string) (origin, location, seizer string, originAt, locationAt, seizerAt Span) {
	strong := false // the origin was named as such, not through a force
	weak := false   // the origin is only a force's country ("the Afghan army")
	for i, t := range toks {
		name, made, ok := countryOf(t)
		if !ok && i+1 < len(toks) && giverVerbs[toks[i+1].Lower] && isCap(t.Text) {
			// "Washington provided Afghan forces with": the state.
			name, ok = capitals[t.Lower]
		}
		if !ok && i > 0 && toks[i-1].Is("in", "into", "inside") {
			// "into Tajikistan's Darvoz district": the country whose
			// place it is.
			if p, cut := strings.CutSuffix(t.Lower, "'s"); cut {
				name, ok = countries[p]
			}
		}
		width := 1
		if !ok && i+1 < len(toks) && t.Is("united") && toks[i+1].Is("states", "kingdom") {
			// "the United States", "the United Kingdom".
			name, ok, width = "United States", true, 2
			if toks[i+1].Is("kingdom") {
				name = "United Kingdom"
			}
			t = lex.Token{Start: t.Start, End: toks[i+1].End, Text: t.Text + " " + toks[i+1].Text, Lower: t.Lower + " " + toks[i+1].Lower}
		}
		if !ok {
			continue
		}
		// "made in China", "manufactured in the US": where it was made.
		madeIn := i >= 2 && toks[i-1].Is("in") && toks[i-2].Is("made", "manufactured", "produced", "factory", "factories", "plant") ||
			i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("in") && toks[i-3].Is("made", "manufactured", "produced") ||
			// "traced to an Iranian state factory".
			i+1 < len(toks) && toks[i+1].Is("factory", "factories", "manufacturer", "manufacturers") ||
			i+2 < len(toks) && toks[i+1].Is("state") && toks[i+2].Is("factory", "factories")
		// "in Afghanistan", "into Pakistan", "withdrew from Afghanistan":
		// where the materiel is.
		withdrawn := i >= 2 && toks[i-1].Is("from") && toks[i-2].Is("withdrew", "withdrawal", "withdrawn", "withdrawing", "exit", "pullout", "retreat")
		// "sent 1,600 missiles to Ukraine": a transfer's materiel is
		// where it went.
		sentTo := kind == Transfer && i > 0 && toks[i-1].Is("to") && !made
		// "left at Afghan air bases": the country whose bases they are.
		// "left at former Afghan army bases": the bases are still there.
		atBase := i > 0 && toks[i-1].Is("at") && baseWithin(toks, i+width, 2) ||
			i > 1 && toks[i-1].Is("former") && toks[i-2].Is("at") && baseWithin(toks, i+width, 2)
		if !madeIn && i > 0 && (toks[i-1].Is("in", "inside", "into") || withdrawn || sentTo || atBase) {
			if toks[i-1].Is("in") && boughtBefore(toks, i-1) {
				// "goggles bought on the black market in Afghanistan":
				// where they were bought (see boughtAt).
				continue
			}
			if (kind == Use || kind == Sighting) && toks[i-1].Is("in") && i >= 2 && (toks[i-2].Is("left", "abandoned") || i >= 3 && toks[i-2].Is("behind") && toks[i-3].Is("left")) {
				// "used M4 rifles left behind in Afghanistan" in an
				// attack in Bannu: where the arms were left, not where
				// they were used or seen.
				continue
			}
			if location == "" {
				location, locationAt = name, Span{t.Start, t.End}
			}
			continue
		}
		next := ""
		if i+width < len(toks) {
			next = toks[i+width].Lower
		}
		// "handed to the Afghan army", "left with Afghan forces",
		// "provided the Afghan security forces with": the forces that
		// received it, and so where it is.
		if recipientBefore(toks, i) && recipientNouns[next] {
			if location == "" {
				location, locationAt = name, Span{t.Start, t.End}
			}
			continue
		}
		if stockOwner(toks, i+width) {
			// "in the Afghan forces' inventory", "the Afghan army's
			// depots": the forces whose stock it is, and so where it
			// is, not its maker.
			if location == "" {
				location, locationAt = name, Span{t.Start, t.End}
			}
			continue
		}
		// "US forces had left 70 MRAP vehicles", "NATO troops handed
		// over": the forces that gave the materiel, and so its origin,
		// not where it is.
		if forceGave(toks, i+width) {
			if origin == "" {
				origin, originAt = name, Span{t.Start, t.End}
			}
			continue
		}
		if kind == Inventory && ownedBy(toks, i) {
			// "the Afghan air force had 208 aircraft": where its owner
			// is.
			if location == "" {
				location, locationAt = name, Span{t.Start, t.End}
			}
			continue
		}
		// "stocks left behind by US forces": who left them.
		leftBy := i >= 3 && toks[i-1].Is("by") && toks[i-2].Is("behind") && toks[i-3].Is("left")
		// "seized on the Iranian border" names the border, not who
		// seized: only "border guards", "border police" are a force.
		borderOnly := next == "border" && !(i+width+1 < len(toks) && (seizerNouns[toks[i+width+1].Lower] || toks[i+width+1].Is("guard", "force", "patrol", "patrols")))
		if (kind == Seizure || kind == Use) && seizerNouns[next] && !leftBy && !borderOnly {
			// "Iranian border guards seized", "the Indian army
			// retaliated using": the country of who seized or used it.
			if seizer == "" {
				seizer, seizerAt = name, Span{t.Start, t.End}
			}
			continue
		}
		// "US forces", "US-made", "of US origin", "US Department of
		// Defense", "American Humvees", "supplied by the US", "the US left
		// behind", "the US had provided".
		// "pickups paid for by the United States", "funded by the US".
		suppliedBy := i >= 2 && toks[i-1].Is("by") && toks[i-2].Is("supplied", "provided", "donated", "funded", "financed", "exported") ||
			i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("by") && toks[i-3].Is("supplied", "provided", "donated", "funded", "financed", "exported") ||
			i >= 3 && toks[i-1].Is("by") && toks[i-2].Is("for") && toks[i-3].Is("paid") ||
			i >= 4 && toks[i-1].Is("the") && toks[i-2].Is("by") && toks[i-3].Is("for") && toks[i-4].Is("paid") ||
			// "the equipment left by the Americans": the state, not a
			// force ("left by the Afghan army" may be its own).
			!forceNouns[next] && !recipientNouns[next] && (i >= 2 && toks[i-1].Is("by") && toks[i-2].Is("left") ||
				i >= 3 && toks[i-1].Is("the") && toks[i-2].Is("by") && toks[i-3].Is("left"))
		giver := giverVerbs[next] || i+width+1 < len(toks) && toks[i+width].Is("had", "has", "have") && giverVerbs[toks[i+width+1].Lower] ||
			receivedFrom(toks, i)
		// "Turkish-made", "of US origin", "made in China", "US rifles"
		// say where the materiel was made; "the Afghan defence ministry"
		// only may, and gives way to them.
		// "of US manufacture", "of Russian make" (added from the
		// eleventh probe).
		named := madeIn || made || next == "origin" || next == "manufacture" || next == "make" || itemAt(toks, i+width)
		if named && !strong || (origin == "" || weak) && (suppliedBy || leftBy || giver) || origin == "" && originNouns[next] {
			if weak && location == "" && !named {
				// "the Afghan army had received ... from the United
				// States": the force's country is where its arms are.
				location, locationAt = origin, originAt
			}
			origin, originAt = name, Span{t.Start, t.End}
			strong = named
			// "the Afghan army had received 64,000 M4 carbines from the
			// United States": a force's country only may be the
			// origin, and gives way to the state that gave the arms.
			weak = !named && !suppliedBy && !leftBy && !giver && forceWords[next]
		}
	}
	return origin, location, seizer, originAt, locationAt, seizerAt
}

// publishedAt reports a date at off told as a document's date: "published
// in July 2023", "released in March".
func publishedAt(text string, off int) bool {
	lead := text[max(0, off-14):off]
	for _, w := range []string{"published in ", "released in ", "issued in ", "published on ", "released on ", "issued on "} {
		if len(lead) >= len(w) && strings.EqualFold(lead[len(lead)-len(w):], w) {
			return true
		}
	}
	return false
}

// mentionsIn returns the mentions of ds, which are in the order of the
// text, that start in text[start:end]: a long text gives hundreds of
// dates, and each sentence with records asks for its own.
func mentionsIn(ds []dates.Mention, start, end int) []dates.Mention {
	lo := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= start })
	hi := lo
	for hi < len(ds) && ds[hi].Start < end {
		hi++
	}
	return ds[lo:hi]
}

// leadIs reports one of leads written just before off: "as of " before
// "31 March 2025".
func leadIs(text string, off int, leads ...string) bool {
	lead := text[max(0, off-16):off]
	for _, w := range leads {
		if len(lead) >= len(w) && strings.EqualFold(lead[len(lead)-len(w):], w) {
			return true
		}
	}
	return false
}

// forceGave reports a force noun at j that gave what follows: "forces had
// left", "troops handed".
func forceGave(toks []lex.Token, j int) bool {
	if j >= len(toks) || !toks[j].Is("forces", "troops", "military", "army") {
		return false
	}
	j++
	if j < len(toks) && toks[j].Is("had", "has", "have") {
		j++
	}
	return j < len(toks) && giverVerbs[toks[j].Lower]
}

// ownedBy reports a country adjective that opens the name of a force
// holding what follows: "Afghan air force had", "Pakistani army
// possesses".
func ownedBy(toks []lex.Token, i int) bool {
	k := i + 1
	// "the Afghan air force had", "the Afghan Special Mission Wing had":
	// the force's name, in lower case or in capitals.
	for k < len(toks) && k <= i+3 && (recipientNouns[toks[k].Lower] || isCap(toks[k].Text)) {
		k++
	}
	if k == i+1 || k >= len(toks) || !(recipientNouns[toks[k-1].Lower] || forceNouns[toks[k-1].Lower]) {
		return false
	}
	if toks[k].Is("had", "has", "have") && k+1 < len(toks) && participle(toks[k+1].Lower) {
		// "US troops had demilitarised 73 aircraft": a verb's
		// auxiliary, not a holding.
		return false
	}
	return holdVerbs[toks[k].Lower] || ownVerbs[toks[k].Lower]
}

// itemAt reports an item's name that opens at token k: "US rifles", not
// the "air" of "the Afghan air force" that opens "air guns".
func itemAt(toks []lex.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	for _, it := range itemsByFirst[toks[k].Lower] {
		if lex.HasAt(toks, k, it.words...) {
			return true
		}
	}
	return false
}

// baseNouns are the places a force keeps its materiel at.
var baseNouns = lex.WordSet("base bases airbase airbases airfield airfields airport airports depot depots garrison garrisons")

// baseWithin reports one of the baseNouns among the n words from token k:
// "Afghan air bases".
func baseWithin(toks []lex.Token, k, n int) bool {
	for m := k; m < len(toks) && m < k+n; m++ {
		if baseNouns[toks[m].Lower] {
			return true
		}
		if toks[m].Punct {
			return false
		}
	}
	return false
}

// stockNouns are what a force keeps its materiel in.
var stockNouns = lex.WordSet("inventory inventories stock stocks stockpile stockpiles depot depots arsenal arsenals armoury armouries armory")

// stockOwner reports a force at token k named as the owner of a stock:
// "forces' inventory", "army's depots".
func stockOwner(toks []lex.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if p, cut := strings.CutSuffix(toks[k].Lower, "'s"); cut {
		return recipientNouns[p] && k+1 < len(toks) && stockNouns[toks[k+1].Lower]
	}
	return recipientNouns[toks[k].Lower] && k+2 < len(toks) && toks[k+1].Text == "'" && stockNouns[toks[k+2].Lower]
}

// countryOf returns the country a token names, and whether it names it
// as the maker ("Turkish-made", "US-supplied").
func countryOf(t lex.Token) (string, bool, bool) {
	if t.Lower == "us" && t.Text != "US" {
		return "", false, false
	}
	if name, ok := countries[t.Lower]; ok {
		return name, strings.HasSuffix(t.Lower, "-made"), true
	}
	for _, suf := range []string{"-made", "-manufactured", "-built", "-supplied", "-origin"} {
		if p, ok := strings.CutSuffix(t.Lower, suf); ok {
			if name, ok := countries[p]; ok {
				return name, true, true
			}
		}
	}
	return "", false, false
}

// receivedFrom reports a country materiel came from: "received 31 tanks
// from the United States", "bought from China".
func receivedFrom(toks []lex.Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Is("the") {
		k--
	}
	if k < 0 || !toks[k].Is("from") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].Is("received", "bought", "purchased", "imported", "acquired", "procured", "obtained", "supplied", "delivered") {
			return true
		}
	}
	return false
}

// recipientBefore reports a country name that follows "to", "with" or a
// verb of giving, through "the" or "former": the receiving end of a
// transfer.
func recipientBefore(toks []lex.Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Is("the", "former") {
		k--
	}
	return k >= 0 && k < i && (toks[k].Is("to", "with") || giverVerbs[toks[k].Lower] ||
		k > 0 && toks[k].Is("of") && toks[k-1].Is("hands", "possession", "control", "custody"))
}

// capitals stand for their states as the givers of arms.
var capitals = map[string]string{"washington": "United States", "moscow": "Russia", "beijing": "China", "tehran": "Iran",
	"ankara": "Turkey", "london": "United Kingdom", "islamabad": "Pakistan", "kabul": "Afghanistan"}

// giverVerbs, after a country, make it the one materiel came from: "the US
// left behind", "Russia supplied".
var giverVerbs = lex.WordSet("left provided supplied gave given handed delivered transferred donated sold abandoned withdrew sent distributed")

// recipientNouns are the forces a transfer goes to.
var recipientNouns = lex.WordSet("army forces force security military troops government police air")

// seizerNouns are the forces that seize or use materiel.
var seizerNouns = lex.WordSet("army forces troops police border guards security customs navy coast rangers government authorities")

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
		if toks[i].Is("by") && i > 0 && toks[i-1].Is("released", "published", "compiled", "issued") {
			// "figures released by the provincial police": a body told
			// in lower case.
			e := i + 1
			for e < len(toks) && e <= i+3 && !toks[e].Punct && !isCap(toks[e].Text) {
				if forceWords[toks[e].Lower] || orgNouns[toks[e].Lower] {
					b := i + 1
					if toks[b].Is("the") {
						b++
					}
					ev("attributed_to", toks[b].Start, toks[e].End)
					return text[toks[b].Start:toks[e].End]
				}
				e++
			}
		}
		if i == 0 && len(toks) > 2 && isCap(toks[0].Text) && toks[1].Is("figures", "data", "statistics") && (isAcronym(toks[0].Text) || seatNames[toks[0].Lower]) {
			// "Pentagon figures given to Congress valued": the body
			// whose figures they are.
			ev("attributed_to", toks[0].Start, toks[0].End)
			return toks[0].Text
		}
		if toks[i].Is("from") && i+1 < len(toks) && isCap(toks[i+1].Text) {
			// "from Department of Defense figures": the body whose
			// figures they are.
			e := i + 1
			for e < len(toks) && (isCap(toks[e].Text) || toks[e].Is("of", "and") && e+1 < len(toks) && isCap(toks[e+1].Text)) {
				e++
			}
			if e < len(toks) && e-(i+1) >= 2 && toks[e].Is("figures", "data", "statistics", "records") {
				ev("attributed_to", toks[i+1].Start, toks[e-1].End)
				return text[toks[i+1].Start:toks[e-1].End]
			}
		}
		if !(toks[i].Is("by", "per") || lex.HasAt(toks, i, "according", "to")) {
			continue
		}
		if i > 0 && toks[i].Is("by") && (giverVerbs[toks[i-1].Lower] || toks[i-1].Is("made", "manufactured", "built", "used", "seized", "recovered", "captured", "dropped", "carried", "funded", "financed", "exported") ||
			i > 1 && toks[i-1].Is("for") && toks[i-2].Is("paid")) {
			// "weapons supplied by the United States", "seized by the
			// Frontier Corps": who gave or took the materiel, not who
			// tells of it.
			continue
		}
		j := i + 1
		if toks[i].Is("according") {
			j = i + 2
		}
		per := toks[i].Is("per") // "per the Monitoring Team": as according to
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
		if per && !(toks[i+1].Is("the") || j < len(toks) && isAcronym(toks[j].Text)) {
			// "per the Monitoring Team", "per SIGAR"; not "15 per cent"
			// or "$1,800 per rifle".
			continue
		}
		if e-j >= 2 || e-j == 1 && (toks[i].Is("according") || per) && (isAcronym(toks[j].Text) || toks[j].Text == "UN" || toks[j-1].Is("the")) {
			// "a report by the UN Security Council's monitoring team":
			// the body is the council, not its possessive.
			end := toks[e-1].End
			for _, pos := range []string{"'s", "’s"} {
				if strings.HasSuffix(text[toks[j].Start:end], pos) {
					end -= len(pos)
				}
			}
			ev("attributed_to", toks[j].Start, end)
			return text[toks[j].Start:end]
		}
	}
	return ""
}

// namedTeller names the body that tells what a sentence reports when its
// name comes before the telling: "CTD Punjab said", "the ISPR said", "A
// SIGAR audit released in November 2022 found", "The Small Arms Survey
// estimates", "the Foreign Office spokesperson said". A lone capitalised
// word counts only as an acronym or after "the" ("the Pentagon said"), so
// that a sentence's first word or a demonym ("Iranian media reported") is
// not taken for a name.
func namedTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for j := 0; j < len(toks); j++ {
		if !isCap(toks[j].Text) || toks[j].Is("the", "a", "an") {
			continue
		}
		e := j
		for e < len(toks) && (isCap(toks[e].Text) || (toks[e].Is("of", "and", "for", "di", "de", "del", "da") && e+1 < len(toks) && isCap(toks[e+1].Text))) {
			// "the Guardia di Finanza said".
			e++
		}
		k := e
		if k+2 < len(toks) && toks[k].Text == "(" && isCap(toks[k+1].Text) && toks[k+2].Text == ")" {
			// "Frontier Corps Balochistan (South) said": the region
			// the body serves, in brackets.
			k += 3
		}
		for k < len(toks) && k < e+3 && bodyNouns[toks[k].Lower] {
			k++
		}
		if k == e && k+3 < len(toks) && toks[k].Is("of") && toks[k+1].Is("the") && isCap(toks[k+2].Text) {
			// "The Ministry of Defence of the Islamic Emirate said": the
			// body and the state it serves; not "the Office of the
			// Inspector General said", where the body told last speaks.
			m := k + 2
			for m < len(toks) && m < k+6 && isCap(toks[m].Text) {
				m++
			}
			if m < len(toks) && tellVerbs[toks[m].Lower] && !orgNouns[toks[m-1].Lower] {
				k = m
			}
		}
		if k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Is("in", "on", "at", "during") {
			// "The UN Monitoring Team, in its report of July 2025,
			// said": the telling after an aside.
			for m := k + 2; m < len(toks) && m <= k+12; m++ {
				if toks[m].Text == "," {
					if m+1 < len(toks) && tellVerbs[toks[m+1].Lower] {
						k = m + 1
					}
					break
				}
			}
		}
		if (k == e || toks[k-1].Is("headquarters")) && k+1 < len(toks) && toks[k].Is("in", "on") && isCap(toks[k+1].Text) {
			// "Police in Peshawar said", "the Panel of Experts on Yemen
			// reported": the body's place between it and its telling;
			// "Police headquarters in Dhaka said" (added from the
			// eleventh probe).
			k++
			for k < len(toks) && k < e+4 && isCap(toks[k].Text) {
				k++
			}
		}
		if k == e && e-j == 1 && k+1 < len(toks) && orgNouns[toks[k].Lower] && tellVerbs[toks[k+1].Lower] && j > 0 && toks[j-1].Is("the") {
			// "the Islamabad administration said": a body told in
			// lower case after the place it serves.
			if _, _, demonym := countryOf(toks[j]); !demonym {
				ev("attributed_to", toks[j].Start, toks[k].End)
				return text[toks[j].Start:toks[k].End]
			}
		}
		told := k < len(toks) && tellVerbs[toks[k].Lower] || k > e && reportNouns[toks[k-1].Lower] ||
			// "the US Department of Defense has put the value of".
			k+1 < len(toks) && toks[k].Is("has", "had", "have") && toks[k+1].Is("put", "estimated", "valued", "reported", "found", "said")
		if k < len(toks) && toks[k].Is("reports", "reported", "adds") && k+1 < len(toks) && isCap(toks[k+1].Text) {
			// "in Imphal West District, reports The Assam Tribune": the
			// teller comes after the verb.
			told = false
		}
		if j > 0 && toks[j-1].Is("in", "at", "of", "from", "near", "to", "on", "under", "into") {
			// "in Imphal West District reports": a place.
			told = false
		}
		// A body, not a person: its name ends in what it is ("Frontier
		// Corps", "Foreign Office"), or it is an acronym, alone or with
		// its region ("CTD Punjab").
		// A speaker before the verb ("an FC spokesman", "Taliban
		// officials") speaks for the name before it, a demonym aside.
		_, _, demonym := countryOf(toks[j])
		speaker := k > e && speakerNouns[toks[k-1].Lower] && !demonym
		named := orgNouns[toks[e-1].Lower] || e-j == 1 && (isAcronym(toks[j].Text) || unitAcronym(toks[j].Text) || toks[j].Text == "UN" || j > 0 && toks[j-1].Is("the") || speaker && e-j == 1 ||
			// "A Pentagon report to Congress had put", "A Reuters
			// review found": a body named by its report.
			k > e && reportNouns[toks[k-1].Lower] && (!demonym || seatNames[toks[j].Lower])) ||
			e-j == 2 && isAcronym(toks[j].Text) && !isAcronym(toks[j+1].Text)
		if e-j == 2 && placedOffice(toks, j) {
			// "the Bastar IG said", "Bihar's STF said": an office or a
			// body told by its initials after the place it serves.
			named = true
		}
		if e-j == 2 && toks[j].Is("member") && toks[j+1].Is("states") {
			// "Member States told the Monitoring Team": the states
			// that report to a UN body, not a state's name.
			named = true
		}
		end := e
		if !named && lex.Capitals(toks[j].Text) && len(toks[j].Text) >= 2 && regionsOnly(toks, j+1, e) {
			// "FC Balochistan (South) said": the body by its initials
			// and the region it serves.
			named, end = true, j+1
		}
		for m := j; m+1 < e && !named; m++ {
			// "the US Department of Defense", "the Ministry of Interior":
			// a body named by what it is of.
			named = orgNouns[toks[m].Lower] && toks[m+1].Is("of", "for")
		}
		if !named {
			// "the Frontier Corps Balochistan said", "FC Khyber
			// Pakhtunkhwa": a body and the region it serves.
			for m := j + 1; m < e && m <= j+2; m++ {
				if orgNouns[toks[m].Lower] || m == j+1 && lex.Capitals(toks[j].Text) {
					named, end = regionsOnly(toks, m+1, e), m+1
					break
				}
			}
		}
		if told && named && !strings.HasSuffix(toks[end-1].Lower, "'s") {
			ev("attributed_to", toks[j].Start, toks[end-1].End)
			return text[toks[j].Start:toks[end-1].End]
		}
		// "Dealers in Darra said", "residents said": people who saw it.
		if told && e-j == 1 && witnessNouns[toks[j].Lower] {
			ev("attributed_to", toks[j].Start, toks[j].End)
			return text[toks[j].Start:toks[j].End]
		}
		// "The Taliban's defence ministry says": the body belongs to the
		// name before it.
		if strings.HasSuffix(toks[e-1].Lower, "'s") {
			m := e
			for m < len(toks) && m < e+3 && !toks[m].Punct && !isCap(toks[m].Text) && !orgNouns[toks[m].Lower] && !reportNouns[toks[m].Lower] {
				m++
			}
			for m < len(toks) && m >= e && orgNouns[toks[m].Lower] && m+1 < len(toks) && orgNouns[toks[m+1].Lower] {
				// "the Taliban's intelligence directorate said".
				m++
			}
			if m < len(toks) && m > e && orgNouns[toks[m].Lower] && m+1 < len(toks) && tellVerbs[toks[m+1].Lower] {
				ev("attributed_to", toks[j].Start, toks[m].End)
				return text[toks[j].Start:toks[m].End]
			}
			if m < len(toks) && reportNouns[toks[m].Lower] && toldAfter(toks, m+1) {
				// "The Monitoring Team's fifteenth report, dated January
				// 2025, says": the body whose report it is.
				end := toks[e-1].End - len("'s")
				ev("attributed_to", toks[j].Start, end)
				return text[toks[j].Start:end]
			}
		}
		j = e
	}
	if name := forceTeller(text, toks, ev); name != "" {
		return name
	}
	if name := lowerForce(text, toks, ev); name != "" {
		return name
	}
	return officeTeller(text, toks, ev)
}

// unitAcronym reports a body's initials and the number of its unit:
// "RAB-7", "RAB-11" (added from the eleventh probe).
func unitAcronym(w string) bool {
	name, unit, ok := strings.Cut(w, "-")
	return ok && isAcronym(name) && lex.Digits(unit)
}

// placedOffice reports toks[j:j+2] as a place and the initials of an
// office or body that serves it: "the Bastar IG", "Bihar's STF" (added
// from the eleventh probe), not two words of a name ("Mr ABC").
func placedOffice(toks []lex.Token, j int) bool {
	place, office := toks[j], toks[j+1]
	if !lex.Capitals(office.Text) || lex.Capitals(strings.TrimSuffix(place.Text, "'s")) {
		return false
	}
	if _, _, country := countryOf(place); country {
		// "the Indian SP": whose, not where.
		return false
	}
	return strings.HasSuffix(place.Lower, "'s") || j > 0 && toks[j-1].Is("the")
}

// toldAfter reports a verb of telling at token k, or after an aside
// between commas that opens there: "says", ", dated January 2025, says".
func toldAfter(toks []lex.Token, k int) bool {
	if k < len(toks) && tellVerbs[toks[k].Lower] {
		return true
	}
	if k >= len(toks) || toks[k].Text != "," {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+8; m++ {
		if toks[m].Text == "," {
			return m+1 < len(toks) && tellVerbs[toks[m+1].Lower]
		}
	}
	return false
}

// forceTeller names a country's force written in lower case that tells
// what the sentence reports: "Afghan border police at Spin Boldak said",
// "Iranian border guards said", "Taliban border forces in Nangarhar said".
func forceTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].Is("security") && toks[j+1].Is("forces") && tellVerbs[toks[j+2].Lower] {
			// "in Pakistan, security forces say they have recovered".
			ev("attributed_to", toks[j].Start, toks[j+1].End)
			return text[toks[j].Start:toks[j+1].End]
		}
		// "Taliban border forces in Nangarhar said": the forces of the
		// state the Taliban rule, as a country's are.
		if _, _, ok := countryOf(toks[j]); !ok && !toks[j].Is("taliban") || !isCap(toks[j].Text) {
			continue
		}
		m := j + 1
		// "Afghan border police", "Afghan Taliban forces".
		for m < len(toks) && m <= j+2 && !forceWords[toks[m].Lower] && !toks[m].Punct {
			m++
		}
		if m >= len(toks) || !forceWords[toks[m].Lower] {
			continue
		}
		k := m + 1
		if k+1 < len(toks) && toks[k].Is("at", "in") && isCap(toks[k+1].Text) {
			k++
			for k < len(toks) && k <= m+5 && isCap(toks[k].Text) {
				k++
			}
		}
		if k < len(toks) && tellVerbs[toks[k].Lower] {
			ev("attributed_to", toks[j].Start, toks[m].End)
			return text[toks[j].Start:toks[m].End]
		}
	}
	return ""
}

// lowerForce names a force told in lower case before its telling: "the
// coast guard said", "the border police said" (added from the eleventh
// probe).
func lowerForce(text string, toks []lex.Token, ev func(string, int, int)) string {
	for k := 3; k < len(toks); k++ {
		if tellVerbs[toks[k].Lower] && toks[k-1].Is("guard", "guards", "police") && toks[k-2].Is("coast", "border") && toks[k-3].Is("the") {
			ev("attributed_to", toks[k-2].Start, toks[k-1].End)
			return text[toks[k-2].Start:toks[k-1].End]
		}
	}
	return ""
}

// forceWords end a force's name written in lower case.
var forceWords = lex.WordSet("police guards forces troops army authorities")

// witnessNouns are the people who tell of arms they saw: "dealers said",
// "residents said".
var witnessNouns = lex.WordSet("dealers traders shopkeepers gunsmiths residents witnesses eyewitnesses villagers locals elders analysts investigators researchers")

// officeWords name an office written in lower case before the place it
// serves: "the deputy commissioner of Chagai said", "a senior police
// officer said"; officeHeads end such a name.
var (
	officeWords = lex.WordSet("deputy assistant senior district police commissioner officer superintendent inspector general chief administration " +
		"interior home defence defense foreign federal provincial governor's governor")
	officeHeads = lex.WordSet("commissioner officer superintendent administration minister department collector chief general office")
)

// officeTeller names an office told in lower case that tells what the
// sentence reports: "..., the deputy commissioner of Chagai said".
func officeTeller(text string, toks []lex.Token, ev func(string, int, int)) string {
	for k := 1; k < len(toks); k++ {
		if !tellVerbs[toks[k].Lower] {
			continue
		}
		e := k // the end of the name, after its place
		j := k - 1
		for j >= 0 && isCap(toks[j].Text) {
			j--
		}
		if j < k-1 && j >= 0 && toks[j].Is("of") {
			j--
		} else if k >= 3 && toks[k-2].Is("of") && !isCap(toks[k-1].Text) && officeHeads[toks[k-3].Lower] {
			// "the collector of customs said".
			j, e = k-3, k
		} else {
			j, e = k-1, k
		}
		if j < 0 || !officeHeads[toks[j].Lower] {
			continue
		}
		s := j
		for s > 0 && officeWords[toks[s-1].Lower] {
			s--
		}
		if s == j && toks[j].Is("department", "administration", "office") {
			// "the department said": the body named before, not its
			// common noun.
			continue
		}
		if s > 0 {
			// "The CTD's chief said": the body the office is of; not
			// "Balochistan's home minister", a place's.
			if owner := strings.TrimSuffix(strings.TrimSuffix(toks[s-1].Text, "'s"), "’s"); owner != toks[s-1].Text && isAcronym(owner) {
				ev("attributed_to", toks[s-1].Start, toks[s-1].Start+len(owner))
				return owner
			}
		}
		ev("attributed_to", toks[s].Start, toks[e-1].End)
		return text[toks[s].Start:toks[e-1].End]
	}
	return ""
}

// armedGroupTeller reports a body of two capitalised words or more that
// ends in "Army" and tells the sentence, whose first word names no
// country: "the Arakan Army said", not "the Pakistan Army said".
func armedGroupTeller(text string, toks []lex.Token) bool {
	name := namedTeller(text, toks, func(string, int, int) {})
	words := strings.Fields(name)
	if len(words) < 2 || words[len(words)-1] != "Army" {
		return false
	}
	_, _, country := countryOf(lex.Token{Text: words[0], Lower: strings.ToLower(words[0])})
	return !country && strings.ToLower(words[0]) != "the"
}

// seatNames are the seats of government a report is named by, which the
// countries list reads as their country: "A Pentagon report".
var seatNames = lex.WordSet("pentagon kremlin")

// speakerLabels are the source labels that name speakers, not the body
// they speak for: "a CTD spokesman said" is the CTD.
var speakerLabels = map[string]bool{"officials": true, "sources": true, "spokesperson": true}

// orgNouns end the names of bodies that publish figures.
var orgNouns = lex.WordSet("office department ministry corps survey police army force forces agency command rangers levies directorate bureau commission council committee institute centre center service services authority administration department's team mission navy general customs state " +
	"fleet panel research news international relations intelligence observatory" +
	// Added from the eleventh probe: "The Rapid Action Battalion
	// said", "The Assam Rifles said", "the local authorities said",
	// "Border Guards said", and a governor's seat told for its office
	// ("Raj Bhavan said").
	" battalion rifles authorities guard guards bhavan")

// tellVerbs introduce what a body says or finds.
var tellVerbs = lex.WordSet("said says say told stated reported reports estimated estimates estimate found revealed noted claimed added confirmed announced showed shows wrote listed quoted released cited counted")

// bodyNouns may stand between a body's name and its telling: "the UN
// monitoring team reported", "a SIGAR audit".
var bodyNouns = lex.WordSet("monitoring team report audit panel committee spokesman spokesperson spokeswoman official officials survey study assessment statement intelligence review force " +
	"photographer correspondent reporter news agency researcher researchers paper headquarters")

// speakerNouns are the people who speak for a body.
var speakerNouns = lex.WordSet("spokesman spokesperson spokeswoman official officials photographer correspondent reporter intelligence researcher researchers")

// regionWords are the provinces and regions a body's name may end in:
// "CTD Punjab", "FC Khyber Pakhtunkhwa", "Frontier Corps North".
var regionWords = lex.WordSet("punjab sindh balochistan baluchistan khyber pakhtunkhwa kp kpk kashmir gilgit-baltistan gilgit baltistan islamabad north south jharkhand chhattisgarh odisha orissa bihar maharashtra telangana assam manipur")

// regionsOnly reports toks[from:to] as one to three region words: a
// body's region, not a person's name ("SSP Vikash Vaibhav").
func regionsOnly(toks []lex.Token, from, to int) bool {
	if to-from < 1 || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if !regionWords[toks[k].Lower] {
			return false
		}
	}
	return true
}

// reportNouns are documents whose author is the body named before them,
// whatever verb follows ("A SIGAR audit released in 2022").
var reportNouns = lex.WordSet("report audit survey study assessment review paper")

func isCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// isAcronym reports a word of three or more capitals ("SIGAR", "ISPR").
func isAcronym(w string) bool { return len(w) >= 3 && lex.Capitals(w) }

// civilian are the items that are materiel only where the text speaks of
// armed forces: vehicles, aircraft and equipment are also sold, flown and
// bought by everyone else.
var civilian = map[string]bool{"vehicles": true, "aircraft": true, "helicopters": true, "equipment": true, "gear": true, "drones": true, "tanks": true,
	"planes": true, "helicopter": true, "motorbikes": true, "motorbike": true, "motorcycles": true, "motorcycle": true, "mobile phones": true,
	"mobile phone": true, "cell phones": true, "pick-up trucks": true, "pick-up truck": true, "pickup trucks": true, "pickup truck": true}

// launchedOfNote reports drones or missiles among the items a sentence
// says were launched: "launched 15 drones and four ballistic missiles".
func launchedOfNote(its []found) bool {
	for _, it := range its {
		if it.category == "aircraft" || strings.Contains(it.item, "missile") {
			return true
		}
	}
	return false
}

// seizedOnly are the civilian items that make a record only when seized:
// militants' motorbikes and phones are taken from them, not "used".
var seizedOnly = map[string]bool{"motorbikes": true, "motorbike": true, "motorcycles": true, "motorcycle": true, "mobile phones": true,
	"mobile phone": true, "cell phones": true, "pick-up trucks": true, "pick-up truck": true, "pickup trucks": true, "pickup truck": true}

// military reports whether sentence si, or the two before it, speaks of
// armed forces, arms or war.
func military(sents []lex.Sentence, si int) bool {
	for k := si; k >= 0 && k >= si-2; k-- {
		for _, t := range sents[k].Toks {
			if t.Is("military", "army", "armed", "forces", "troops", "soldiers", "defence", "defense", "pentagon", "militants",
				"militant", "taliban", "insurgents", "weapons", "arms", "munitions", "combat", "war", "armoured", "armored", "police",
				"force", "ttp", "bsf", "security", "rangers", "levies", "ctd", "terrorists", "terrorist", "maoists", "maoist", "jawans",
				"fighters", "attacked", "bla", "blf", "iskp", "dod", "sigar", "us-funded", "us-supplied", "us-provided", "inspector",
				// Added from the eleventh probe: a list that names arms
				// ("one Kalashnikov with 120 rounds, a hand grenade and a
				// motorcycle were recovered").
				"kalashnikov", "kalashnikovs", "grenade", "grenades", "rifle", "rifles", "pistol", "pistols") {
				return true
			}
		}
	}
	return false
}
