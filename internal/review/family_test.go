package review_test

import "github.com/vigil-osint/vigil/internal/vigil"

// family is one roadside bombing in Kech reported five ways, with three
// different tolls.
var family = []vigil.Input{
	{ID: "ispr", Source: "ISPR", Published: "2024-03-15", URL: "https://ispr.example/pr-1",
		Text: "On 14 March 2024, terrorists targeted a security forces vehicle with an improvised explosive device in Turbat, Kech District. Five soldiers embraced shahadat."},
	{ID: "dawn", Source: "Dawn", Published: "2024-03-15", URL: "https://dawn.example/kech-ied",
		Text: "TURBAT: Five soldiers were martyred on Thursday when a roadside bomb struck their vehicle in Kech district of Balochistan, officials said on Friday."},
	{ID: "tribune", Source: "Express Tribune", Published: "2024-03-15", URL: "https://tribune.example/kech",
		Text: "At least six security personnel were killed after an IED exploded near a patrol in Kech, Balochistan, on March 14, police said."},
	{ID: "police", Source: "Balochistan Police", Published: "2024-03-15", URL: "https://police.example/statement",
		Text: "A bomb planted on the roadside went off in Turbat on March 14, 2024, killing seven personnel of the Frontier Corps, the police statement said."},
	{ID: "wire", Source: "Wire Service", Published: "2024-03-15", URL: "https://wire.example/pakistan-blast",
		Text: "QUETTA, March 14 (Wire) - A roadside bomb killed five Pakistani soldiers in the southwestern district of Kech on Thursday, the military said, in the latest attack in restive Balochistan province."},
}

// wireCopy is another outlet's reprint of the wire story: a near-duplicate,
// not a sixth confirmation.
var wireCopy = vigil.Input{ID: "reprint", Source: "Reprint Daily", Published: "2024-03-15", URL: "https://reprint.example/blast",
	Text: "QUETTA, March 14 (Wire) - A roadside bomb killed five Pakistani soldiers in the southwestern district of Kech on Thursday, the military said, in the latest attack in restive Balochistan province of Pakistan."}

// others are two more incidents in Kech on the same day: a second blast
// far from the first, and the operation that answered the attack.
var others = []vigil.Input{
	{ID: "second-blast", Source: "Dawn", Published: "2024-03-15", URL: "https://dawn.example/mand-blast",
		Text: "In a separate incident on March 14, a bomb exploded at a market in Mand, Kech district, injuring three civilians, police said."},
	{ID: "operation", Source: "ISPR", Published: "2024-03-15", URL: "https://ispr.example/pr-2",
		Text: "On 14 March 2024, security forces conducted an intelligence based operation in Kech District and killed four terrorists."},
}
