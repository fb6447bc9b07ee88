package export

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestShareSummary(t *testing.T) {
	m := func(l vigil.TLP) vigil.Incident { return vigil.Incident{Marking: vigil.Marking{TLP: l, Owner: "ctd"}} }
	tests := []struct {
		name string
		incs []vigil.Incident
		want string
	}{
		{"none", nil, "0 incidents"},
		{"unmarked counts as clear", []vigil.Incident{{}, m(vigil.TLPClear)}, "2 incidents: TLP:CLEAR 2"},
		{"levels in order", []vigil.Incident{m(vigil.TLPRed), m(vigil.TLPAmber), m(vigil.TLPGreen), m(vigil.TLPAmber)},
			"4 incidents: TLP:GREEN 1, TLP:AMBER 2, TLP:RED 1"},
		{"unknown level kept", []vigil.Incident{m("PURPLE")}, "1 incidents: TLP:PURPLE 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ShareSummary(tc.incs); got != tc.want {
				t.Errorf("ShareSummary = %q, want %q", got, tc.want)
			}
		})
	}
}
