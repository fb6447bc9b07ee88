package taxonomy

import "testing"

// TestClassifyAssaultWithGunsAndExplosives: an assault on forces "with guns
// and explosives" is a battle; explosives alone set off at a post,
// or a truck laden with explosives driven in beside the guns, are not.
func TestClassifyAssaultWithGunsAndExplosives(t *testing.T) {
	sec := func(n int) map[string]int { return map[string]int{"security_forces": n} }
	checkClassify(t, []classifyCase{
		{"Rebels attacked the army's camp in the valley with guns and explosives; three soldiers were killed.", sec(3), 3, true, true, ArmedClash},
		{"Rebels attacked the army's camp in the valley with explosives; three soldiers were killed.", sec(3), 3, true, true, RemoteExplosive},
		{"Rebels attacked the army's camp in the valley with an explosives-laden truck and guns; three soldiers were killed.", sec(3), 3, true, true, RemoteExplosive},
	})
}
