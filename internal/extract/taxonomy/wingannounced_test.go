package taxonomy

import "testing"

// TestStrategicMoveWingAnnouncedOnDay: "announced on Wednesday the
// formation of a defence force" is a new armed force, as "announced the
// formation of" is; a formation proposed on Wednesday is none.
func TestStrategicMoveWingAnnouncedOnDay(t *testing.T) {
	checkStrategicMove(t, []strategicCase{
		{"The exiled opposition announced on Wednesday the formation of a people's defence force to fight the junta.", true},
		{"The exiled opposition proposed on Wednesday the formation of a people's defence force to fight the junta.", false},
	})
}
