package taxonomy

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// TestStrategicMoveWingAnnouncedOnDay: "announced on Wednesday the
// formation of a defence force" is a new armed force, as "announced the
// formation of" is; a formation proposed on Wednesday is none.
func TestStrategicMoveWingAnnouncedOnDay(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The exiled opposition announced on Wednesday the formation of a people's defence force to fight the junta.", true},
		{"The exiled opposition proposed on Wednesday the formation of a people's defence force to fight the junta.", false},
	} {
		toks := lex.Tokens(tc.text, 0, len(tc.text))
		if got := StrategicMove(toks); got != tc.want {
			t.Errorf("StrategicMove(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
