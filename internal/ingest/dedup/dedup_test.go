package dedup

import (
	"hash/fnv"
	"strings"
	"testing"
)

// wire is an agency report as the first outlet ran it.
const wire = `Two soldiers martyred, six terrorists killed in North Waziristan operation

RAWALPINDI, Oct 4: Two soldiers were martyred and six terrorists were killed during an intelligence-based operation in the Mir Ali area of North Waziristan district on Friday, the military's media wing said.
According to the statement, security forces conducted the operation on the reported presence of terrorists. During the conduct of the operation, own troops effectively engaged the terrorists' location and after an intense exchange of fire, six terrorists were sent to hell.
However, during the intense exchange of fire, two soldiers, who fought gallantly, embraced martyrdom. Weapons and ammunition were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities against security forces as well as the killing of innocent civilians.
A sanitisation operation was being carried out to eliminate any other terrorist found in the area, the statement added, and security forces are determined to wipe out the menace of terrorism from the country.`

// copyOf is how a second outlet ran the same wire story: its own headline and
// dateline, one sentence rewritten, one sentence added.
var copyOf = strings.NewReplacer(
	"Two soldiers martyred, six terrorists killed in North Waziristan operation", "Six militants, two troops die in NW raid",
	"RAWALPINDI, Oct 4:", "PESHAWAR:",
	"Weapons and ammunition were also recovered from the killed terrorists", "Arms and explosives were seized from the dead militants",
).Replace(wire) + "\nThe area has seen a rise in attacks this year."

// sameKind are different incidents of the same kind, told in the same stock
// phrases: they must never be linked to the wire story.
var sameKind = []string{
	`Three soldiers martyred in Khyber gunfight

PESHAWAR, Sept 12: Three soldiers were martyred and four terrorists were killed in an exchange of fire with security forces in the Tirah valley of Khyber district on Thursday, the military said.
The ISPR said troops had surrounded a hideout after receiving intelligence about the presence of militants. The terrorists opened fire and the soldiers responded, killing four of them, while three soldiers embraced martyrdom.
Weapons were recovered from the slain militants, who the statement said were wanted by law enforcement agencies for attacks on police posts in the district. A clearance operation was under way in the surrounding villages.`,
	`Police constable killed in Bannu attack

BANNU: A police constable was killed and two others were injured when unidentified gunmen attacked a checkpost on the outskirts of Bannu city late on Tuesday night, police said.
The attackers fled under cover of darkness after a brief exchange of fire. The injured were shifted to the District Headquarters Hospital, where doctors said their condition was stable.
The district police officer said a search operation had been launched in the area and that the attackers would be brought to justice. No group has so far claimed responsibility for the attack.`,
	`Six terrorists killed in Mir Ali operation, ISPR says

RAWALPINDI, Nov 20: Six terrorists were killed during an intelligence-based operation in the Mir Ali area of North Waziristan district, the military's media wing said on Wednesday.
Security forces conducted the operation after reports of the presence of terrorists, the statement said. In the ensuing exchange of fire, the six were killed, while no casualties among the troops were reported.
Weapons, ammunition and explosives were recovered from the killed terrorists, who were involved in attacks on security forces and the abduction of civilians in the district, it added.`,
}

func TestNearDuplicateCalibration(t *testing.T) {
	base := SimHash(wire)
	if d := Distance(base, SimHash(copyOf)); d > MaxDistance {
		t.Errorf("wire copy: distance %d > MaxDistance %d", d, MaxDistance)
	} else {
		t.Logf("wire copy: distance %d", d)
	}
	if r := Resemblance(wire, copyOf); r < MinResemblance+0.1 {
		t.Errorf("wire copy: resemblance %.2f too close to MinResemblance %.2f", r, MinResemblance)
	} else {
		t.Logf("wire copy: resemblance %.2f", r)
	}
	for i, s := range sameKind {
		d := Distance(base, SimHash(s))
		t.Logf("different report %d: distance %d", i, d)
		// A margin of a few bits keeps the link from flipping on a small
		// edit of either text.
		if d <= MaxDistance+8 {
			t.Errorf("different report %d: distance %d too close to MaxDistance %d", i, d, MaxDistance)
		}
		r := Resemblance(wire, s)
		t.Logf("different report %d: resemblance %.2f", i, r)
		if r > MinResemblance-0.2 {
			t.Errorf("different report %d: resemblance %.2f too close to MinResemblance %.2f", i, r, MinResemblance)
		}
	}
}

func TestContentHash(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"identical", "Two soldiers martyred.", "Two soldiers martyred.", true},
		{"rewrapped", "Two soldiers\nmartyred.", "  Two  soldiers martyred.\n", true},
		{"no-break space", "Two\u00a0soldiers martyred.", "Two soldiers martyred.", true},
		{"different word", "Two soldiers martyred.", "Three soldiers martyred.", false},
		{"case matters", "Two soldiers martyred.", "two soldiers martyred.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ha, hb := ContentHash(tt.a), ContentHash(tt.b)
			if len(ha) != 64 {
				t.Fatalf("hash %q is not hex SHA-256", ha)
			}
			if (ha == hb) != tt.same {
				t.Errorf("ContentHash(%q)==ContentHash(%q) is %v, want %v", tt.a, tt.b, ha == hb, tt.same)
			}
		})
	}
}

func TestSimHashShortTexts(t *testing.T) {
	// Short and empty texts must hash without panicking and deterministically.
	for _, s := range []string{"", "one", "two words", "!!! ???"} {
		if SimHash(s) != SimHash(s) {
			t.Errorf("SimHash(%q) not deterministic", s)
		}
	}
	if SimHash("Soldiers martyred.") != SimHash("soldiers MARTYRED") {
		t.Error("case and punctuation changed the SimHash")
	}
}

func BenchmarkSimHash(b *testing.B) {
	b.SetBytes(int64(len(wire)))
	for b.Loop() {
		SimHash(wire)
	}
}

func BenchmarkContentHash(b *testing.B) {
	b.SetBytes(int64(len(wire)))
	for b.Loop() {
		ContentHash(wire)
	}
}

func TestFNVMatchesStandardLibrary(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"two", "soldiers", "martyred"}, {"", "x"}} {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(ws, " ")))
		if got, want := fnv64a(ws), h.Sum64(); got != want {
			t.Errorf("fnv64a(%q) = %x, want %x", ws, got, want)
		}
	}
}

func TestResemblance(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64
	}{
		{"", "", 1, 1},
		{"one two three four", "one two three four", 1, 1},
		{"one two three four", "ONE two, three four!", 1, 1},
		{"one two three four", "five six seven eight", 0, 0},
		{"one two three four", "one two three five", 1.0 / 3, 1.0 / 3},
		{"a", "", 0, 0},
	}
	for _, tt := range tests {
		if r := Resemblance(tt.a, tt.b); r < tt.min || r > tt.max {
			t.Errorf("Resemblance(%q, %q) = %v, want in [%v, %v]", tt.a, tt.b, r, tt.min, tt.max)
		}
	}
}
