package extract

import "testing"

// TestDeedVerbsOfBriefs: the verbs news briefs tell a deed with
// ("teargassed", "plundered", "downed", "neutralised", "heeded",
// "banged", "collared") open its event; near sentences with the same
// words and no deed open none or keep their reading.
func TestDeedVerbsOfBriefs(t *testing.T) {
	checkNamedTypesAndTolls(t, []namedTextWant{
		{"teargassed", "Police teargassed dozens of traders marching to the town hall on Monday.", "Protest with intervention/0"},
		{"tear gas short", "Tear gas was in short supply, the police said.", ""},
		{"plundered", "Gunmen plundered a food depot in the town on Friday.", "Looting/property destruction/0"},
		{"downed drones", "Air defences downed four drones over the capital overnight.", "Disrupted weapons use/0"},
		{"downed website", "The outage downed the bank's website for hours.", ""},
		{"neutralised a device", "Bomb technicians neutralised an explosive device found near the school on Monday.", "Disrupted weapons use/0"},
		{"banged pots", "Residents banged pots and pans against the pension reform on Friday night.", "Peaceful protest/0"},
		{"banged pots in a kitchen", "The cook banged pots in the kitchen.", ""},
		{"collared", "Police collared a suspected arms dealer at the bus park on Tuesday.", "Arrests/0"},
		{"a collared dove", "A collared dove was found in the garden.", ""},
	})
}
