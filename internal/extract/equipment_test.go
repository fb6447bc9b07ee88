package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Equipment records through the whole extractor, which gives the records
// their places, holders and sources: every record of each sentence, as
// kind/category/item/quantity/value/origin/location/holder/as_of/attributed_to.
func TestEquipmentRecords(t *testing.T) {
	x := extractor(t)
	published := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"seizure without a count, of US origin",
			"M4 rifles and night-vision goggles of US origin were recovered from the militants killed in the operation in North Waziristan.",
			[]string{
				"seizure/weapons/M4 rifles/-/-/United States/Pakistan/Unidentified Armed Group (Pakistan)//",
				"seizure/night_vision/night vision goggles/-/-/United States/Pakistan/Unidentified Armed Group (Pakistan)//",
			}},
		{"counted seizure placed by its town, sourced to the police; a hideout holds nothing",
			"Police seized 12 Kalashnikovs and 3,000 rounds of ammunition from a hideout in Quetta on Sunday, a police spokesman said.",
			[]string{
				"seizure/weapons/Kalashnikovs/12/-//Pakistan//2025-03-02/police",
				"seizure/ammunition/rounds of ammunition/3000/-//Pakistan//2025-03-02/police",
			}},
		{"sighting: who paraded what, and its origin",
			"The Taliban paraded American Humvees and Black Hawk helicopters in Kandahar on Saturday.",
			[]string{
				"sighting/vehicles/Humvees/-/-/United States/Afghanistan/Taliban/2025-03-01/",
				"sighting/aircraft/Black Hawk helicopters/-/-/United States/Afghanistan/Taliban/2025-03-01/",
			}},
		{"inventory valued after the noun, sourced to an acronym",
			"According to SIGAR, US military equipment worth $7.12 billion, including 96,000 vehicles, was left behind in Afghanistan.",
			[]string{
				"inventory/all_assets/military equipment/-/7120000000/United States/Afghanistan///SIGAR",
				"inventory/vehicles/vehicles/96000/-/United States/Afghanistan///SIGAR",
			}},
		{"a report by a body's team is the body's; a body named plainly stays whole",
			"According to a report by the UN Security Council's monitoring team, 500,000 weapons were left behind in Afghanistan.",
			[]string{"inventory/weapons/weapons/500000/-//Afghanistan///UN Security Council"}},
		{"a body named plainly",
			"According to a report by the Small Arms Survey, 500,000 weapons were left behind in Afghanistan.",
			[]string{"inventory/weapons/weapons/500000/-//Afghanistan///Small Arms Survey"}},
		{"vehicles sold are trade, not materiel",
			"The carmaker sold 6 million vehicles in China last year, the company said.", nil},
		{"seizure at a border crossing, made in the US; no one is quoted",
			"Customs officials at Torkham intercepted a truck carrying 40 M16 rifles made in the US on Friday.",
			[]string{"seizure/weapons/M16 rifles/40/-/United States/Pakistan//2025-02-28/"}},
		{"use by a named group; \"US-made\" is said of the rifles only",
			"TTP militants used thermal sights and US-made rifles in the attack on a check post in Bannu.",
			[]string{
				"use/night_vision/thermal sights/-/-//Pakistan/TTP: Tehreek-i-Taliban Pakistan//",
				"use/weapons/rifles/-/-/United States/Pakistan/TTP: Tehreek-i-Taliban Pakistan//",
			}},
		{"a fear is not a record", "Officials fear that US-made rifles could be used by militants in Bannu.", nil},
		{"arms in general, uncounted, are not a record", "Militants fired rockets at a check post in Bannu on Monday.", nil},
		{"counted and valued, held under a group's control",
			"Some 30 drones worth $90 million are stored in Kandahar under Taliban control.",
			[]string{"inventory/aircraft/drones/30/90000000//Afghanistan/Taliban//"}},
		{"a sighting names who carried what",
			"A video showed TTP militants in Bajaur carrying American M4 rifles.",
			[]string{"sighting/weapons/M4 rifles/-/-/United States/Pakistan/TTP: Tehreek-i-Taliban Pakistan//"}},
		{"a body that tells before its verb, when no other source is quoted",
			"The Frontier Corps said its troops recovered an IED and two hand grenades in Kech on Sunday.",
			[]string{
				"seizure/explosives/IED/1/-//Pakistan//2025-03-02/Frontier Corps",
				"seizure/munitions/hand grenades/2/-//Pakistan//2025-03-02/Frontier Corps",
			}},
		{"the subject of a sighting some words before its verb",
			"Taliban fighters guarding the airport in Kandahar on Monday carried US-made night-vision goggles.",
			[]string{"sighting/night_vision/night vision goggles/-/-/United States/Afghanistan/Taliban/2025-03-03/"}},
		{"past a reported statement, the holder is the subject of the sighting, not the teller",
			"Police in Bannu said on Monday that the attackers had carried US-made night-vision goggles.",
			[]string{"sighting/night_vision/night vision goggles/-/-/United States/Pakistan/Unidentified Armed Group (Pakistan)/2025-03-03/police"}},
		{"carried with no one said to carry it is no sighting",
			"Police in Bannu said on Monday that US-made night-vision goggles were carried into the district.",
			nil},
		{"a sporting weapon is none", "The spinners were the team's secret weapon against Australia on Sunday.", nil},
		{"a seizure is where it was seized, not where the shipment came from",
			"Customs officials at Karachi airport seized 48 night-vision devices hidden in a consignment of toys from Dubai.",
			[]string{"seizure/night_vision/night vision devices/48/-//Pakistan///"}},
		{"the place a shipment came from, when no other is named",
			"Customs officials seized 48 night-vision devices hidden in a consignment from Dubai.",
			[]string{"seizure/night_vision/night vision devices/48/-//United Arab Emirates///"}},
		{"a seizure is where the first place is, not where the arms were left",
			"Security forces recovered a US-made M4 carbine in Kathua, indicating weapons left in Afghanistan are reaching Kashmir.",
			[]string{"seizure/weapons/M4 carbine/1/-/United States/India///"}},
		{"a force of another country than the text's",
			"A report to the US Congress said the Afghan Air Force had 167 aircraft as of June 2021.",
			[]string{"inventory/aircraft/aircraft/167/-//Afghanistan/Afghan Air Force/2021-06/"}},
		{"the group its fighters belong to",
			"The BLA said its fighters used American-made M4 carbines in the attack on the Noshki camp.",
			[]string{"use/weapons/M4 carbines/-/-/United States/Pakistan/BLA: Baloch Liberation Army//BLA"}},
		{"the force that shows off",
			"Taliban soldiers showed off at least 20 armoured Humvees during the parade in Kabul.",
			[]string{"sighting/vehicles/Humvees/20/-/United States/Afghanistan/Taliban//"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := x.Extract(tc.text, published, "")
			var got []string
			for _, r := range out.Equipment {
				q, v := "-", "-"
				if r.Quantity != nil {
					q = fmt.Sprint(*r.Quantity)
				}
				if r.ValueUSD != nil {
					v = fmt.Sprint(*r.ValueUSD)
				}
				got = append(got, strings.Join([]string{r.Kind, r.Category, r.Item, q, v, r.OriginCountry, r.LocationCountry, r.Holder, r.AsOf, r.AttributedTo}, "/"))
				for _, e := range r.Evidence {
					if tc.text[e.Start:e.End] != e.Quote {
						t.Errorf("evidence %s: quote %q is not the text at %d:%d", e.Field, e.Quote, e.Start, e.End)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("equipment:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
