package vigil

import (
	"fmt"
	"testing"
)

// TestCanSeeMatrix walks every TLP level against every relationship a viewer
// can have with a record's owner.
func TestCanSeeMatrix(t *testing.T) {
	const owner = "ctd-punjab"
	named := Recipient{Org: owner, User: "asad"}
	partnerNamed := Recipient{Org: "ncc", User: "mehwish"}
	viewers := []struct {
		name string
		v    Viewer
	}{
		{"same org", Viewer{Org: owner, User: "bilal"}},
		{"same org, org token", Viewer{Org: owner}},
		{"partner", Viewer{Org: "ncc", User: "zara", Partners: []string{owner}}},
		{"stranger", Viewer{Org: "ngo-x", User: "omar", Partners: []string{"ncc"}}},
		{"anonymous", Viewer{}},
		{"named user", Viewer{Org: owner, User: "asad"}},
		{"named partner user", Viewer{Org: "ncc", User: "mehwish", Partners: []string{owner}}},
		// Same user name in another organisation: not the person named.
		{"namesake elsewhere", Viewer{Org: "ngo-x", User: "asad"}},
	}
	// want[level] lists, in viewers order, who may see a record of that level.
	want := map[TLP][]bool{
		TLPClear:       {true, true, true, true, true, true, true, true},
		TLPGreen:       {true, true, true, false, false, true, true, false},
		TLPAmber:       {true, true, true, false, false, true, true, false},
		TLPAmberStrict: {true, true, false, false, false, true, false, false},
		TLPRed:         {false, false, false, false, false, true, true, false},
		"PURPLE":       {false, false, false, false, false, false, false, false},
	}
	for level, row := range want {
		m := Marking{TLP: level, Owner: owner, Recipients: []Recipient{named, partnerNamed}}
		for i, vw := range viewers {
			t.Run(fmt.Sprintf("%s/%s", level, vw.name), func(t *testing.T) {
				if got := vw.v.CanSee(m); got != row[i] {
					t.Errorf("%+v CanSee(%v) = %v, want %v", vw.v, m, got, row[i])
				}
			})
		}
	}
}

func TestCanSeeNeedsOwner(t *testing.T) {
	// A GREEN record without an owner is a corrupted one: hide it rather
	// than show it to every viewer whose Partners happen to contain "".
	v := Viewer{Org: "ncc", Partners: []string{""}}
	for _, l := range []TLP{TLPGreen, TLPAmber, TLPAmberStrict} {
		if v.CanSee(Marking{TLP: l}) {
			t.Errorf("ownerless %s visible to %+v", l, v)
		}
	}
}

func TestParseTLP(t *testing.T) {
	tests := []struct {
		in      string
		want    TLP
		wantErr bool
	}{
		{"clear", TLPClear, false},
		{"TLP:WHITE", TLPClear, false},
		{" Green ", TLPGreen, false},
		{"tlp:amber", TLPAmber, false},
		{"amber+strict", TLPAmberStrict, false},
		{"RED", TLPRed, false},
		{"", "", true},
		{"amber strict", "", true},
		{"TLP:", "", true},
	}
	for _, tt := range tests {
		got, err := ParseTLP(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseTLP(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && ErrorCode(err) != EINVALID {
			t.Errorf("ParseTLP(%q) error code %q, want %q", tt.in, ErrorCode(err), EINVALID)
		}
	}
}

func TestMarkingValidate(t *testing.T) {
	tests := []struct {
		m  Marking
		ok bool
	}{
		{Marking{TLP: TLPClear}, true},
		{Marking{TLP: TLPGreen, Owner: "o"}, true},
		{Marking{TLP: TLPGreen}, false},
		{Marking{TLP: TLPRed, Owner: "o"}, false},
		{Marking{TLP: TLPRed, Owner: "o", Recipients: []Recipient{{"o", "u"}}}, true},
		{Marking{TLP: "white", Owner: "o"}, false},
	}
	for _, tt := range tests {
		if err := tt.m.Validate(); (err == nil) != tt.ok {
			t.Errorf("%v.Validate() = %v, want ok %v", tt.m, err, tt.ok)
		}
	}
}

func TestWithin(t *testing.T) {
	red := func(rs ...Recipient) Marking { return Marking{TLP: TLPRed, Owner: "a", Recipients: rs} }
	tests := []struct {
		name        string
		m, wider    Marking
		want        bool
		checkViewer bool // the answer true must hold for every viewer below
	}{
		{"anything within clear", red(Recipient{"a", "u"}), Marking{TLP: TLPClear}, true, true},
		{"clear not within green", Marking{TLP: TLPClear}, Marking{TLP: TLPGreen, Owner: "a"}, false, false},
		{"amber within green same owner", Marking{TLP: TLPAmber, Owner: "a"}, Marking{TLP: TLPGreen, Owner: "a"}, true, true},
		{"green not within amber: amber may not travel on", Marking{TLP: TLPGreen, Owner: "a"}, Marking{TLP: TLPAmber, Owner: "a"}, false, false},
		{"green not within other owner", Marking{TLP: TLPGreen, Owner: "a"}, Marking{TLP: TLPGreen, Owner: "b"}, false, false},
		{"green not within strict", Marking{TLP: TLPGreen, Owner: "a"}, Marking{TLP: TLPAmberStrict, Owner: "a"}, false, false},
		{"strict within green", Marking{TLP: TLPAmberStrict, Owner: "a"}, Marking{TLP: TLPGreen, Owner: "a"}, true, true},
		{"strict not within red", Marking{TLP: TLPAmberStrict, Owner: "a"}, red(Recipient{"a", "u"}), false, false},
		{"red within strict of own org", red(Recipient{"a", "u"}), Marking{TLP: TLPAmberStrict, Owner: "a"}, true, true},
		{"red with outsider not within strict", red(Recipient{"a", "u"}, Recipient{"b", "v"}), Marking{TLP: TLPAmberStrict, Owner: "a"}, false, false},
		{"red within wider red", red(Recipient{"a", "u"}), red(Recipient{"a", "u"}, Recipient{"a", "w"}), true, true},
		{"red not within narrower red", red(Recipient{"a", "u"}, Recipient{"a", "w"}), red(Recipient{"a", "u"}), false, false},
	}
	viewers := []Viewer{{}, {Org: "a"}, {Org: "a", User: "u"}, {Org: "a", User: "w"}, {Org: "b", User: "v", Partners: []string{"a"}}, {Org: "c"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Within(tt.wider); got != tt.want {
				t.Fatalf("%v.Within(%v) = %v, want %v", tt.m, tt.wider, got, tt.want)
			}
			if !tt.checkViewer {
				return
			}
			for _, v := range viewers {
				if v.CanSee(tt.m) && !v.CanSee(tt.wider) {
					t.Errorf("viewer %+v sees %v but not %v", v, tt.m, tt.wider)
				}
			}
		})
	}
}
