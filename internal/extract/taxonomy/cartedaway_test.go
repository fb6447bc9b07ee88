package taxonomy

import "testing"

// TestClassifyCartedAwayGoods: armed men who "carted away" rifles or
// goods looted them; those who carted away women took them.
func TestClassifyCartedAwayGoods(t *testing.T) {
	checkWordCues(t, []wordCue{
		{"Gunmen broke into the council's store at night and carted away bags of fertiliser.", "carted", CueDestroy},
		{"Gunmen stormed the village at night and carted away 40 women and children.", "carted", CueAbduct},
	})
	checkClassify(t, []classifyCase{
		{"Armed men broke into the council's store at night and carted away rifles and bags of fertiliser; nobody was hurt.", nil, 0, true, false, Looting},
		{"Armed men stormed the village at night and carted away 40 women and children.", nil, 0, true, false, Abduction},
	})
}
