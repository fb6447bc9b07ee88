package casualties

import "testing"

// TestUnlikeSibling pairs "including" lists whose last item, joined by a
// bare "and", counts more people than the whole it would be part of (so
// it is killed beside the whole) with near lists whose items fit in it.
func TestUnlikeSibling(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"more than the whole", "Three soldiers, including a captain and 12 villagers were killed.", "civilians.killed=12 security_forces.killed=3"},
		{"after the bomber", "Six militants, including the suicide bomber and at least 11 civilians were killed.", "civilians.killed=11 militants.killed=5 perpetrators.killed=1"},
		{"fewer than the whole", "Fifteen people, including a constable and two women were killed.", "civilians.killed=14 security_forces.killed=1"},
		{"set off by a comma", "Nine people, including the suicide bomber and two policemen, were killed.", "civilians.killed=6 perpetrators.killed=1 security_forces.killed=2"},
	})
}

// TestSharedCountBefore pairs lists whose first count is shared by two
// plurals of one side ("Twelve soldiers and policemen and 30 militants")
// with near lists whose plurals are of two sides.
func TestSharedCountBefore(t *testing.T) {
	checkSummaries(t, nil, []sentenceWant{
		{"a count shared by one side", "Twelve soldiers and policemen and 30 insurgents were killed in the fighting.", "militants.killed=30 security_forces.killed=12"},
		{"a count shared alone", "Twelve soldiers and policemen were killed in the fighting.", "security_forces.killed=12"},
		{"two sides share no count", "Six soldiers and villagers and 30 insurgents were killed.", "militants.killed=30"},
		{"the personnel of two forces", "Nine SFs & LEAs personnel and 17 insurgents were killed in the fighting.", "militants.killed=17 security_forces.killed=9"},
		{"the same with a plain and", "Nine SFs and LEAs personnel and 17 insurgents were killed in the fighting.", "militants.killed=17 security_forces.killed=9"},
		{"the personnel of villagers share no count with a force", "Nine SFs and villagers personnel and 17 insurgents were killed.", "militants.killed=17"},
		{"rescue personnel share no count", "Nine policemen and rescue personnel and 17 insurgents were killed.", "militants.killed=17"},
	})
}
