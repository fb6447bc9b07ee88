package claims

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/lex"
	"github.com/vigil-osint/vigil/internal/extract/places"
)

func TestPublisher(t *testing.T) {
	g, err := places.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string // want "" for no body
	}{
		// A body named before the verb that credits it.
		{"In 2022, the country saw 310 attacks, the Institute for Conflict Research said in its yearly review.", "Institute for Conflict Research"},
		{"XYZC data show that 51 soldiers were killed in June.", "XYZC"},
		{"The Mountain Peace Institute (MPI) recorded 77 attacks in 2021.", "MPI"},
		{"The deputy interior minister told parliament that 19 policemen were killed.", "deputy interior minister"},
		{"The ABCD annual security report says 640 people died.", "ABCD"},
		{"The Karachi police chief said 12 officers were killed.", "Karachi police chief"},
		// A body after "according to" or "compiled by".
		{"According to the Northern Rights Observatory, 410 civilians were killed in 2020.", "Northern Rights Observatory"},
		{"According to the UN Secretary-General's report, 300 children were killed.", "UN Secretary-General"},
		{"According to data compiled by the QRST 64 militants were killed in 2019", "QRST"},
		{"According to data compiled by the QRST Balochistan recorded 64 killings in 2019", "QRST"},
		{"Since 2005, when the QRST started compiling data, 900 attacks were recorded.", "QRST"},
		{"Since 2005, when the rains started recording highs, 900 people died.", ""},
		{"Kabul Valley News recorded 412 incidents in 2023.", "Kabul Valley News"},
		{"In 2023, the news reported 412 incidents.", ""},
		// An office written in lower case, with the place it serves.
		{"Sindh saw 40 attacks in 2024, the deputy commissioner of Larkana said.", "deputy commissioner of Larkana"},
		{"Some 40 militants are killed every month in Sindh, a senior police officer estimated.", "senior police officer"},
		{"In 2024, 40 civilians were killed in Sindh, according to a UN special rapporteur.", "UN special rapporteur"},
		{"In 2024, 40 attacks took place in the districts of Larkana, reports said.", ""},
		// Names that are no body: a place, a person, a document alone.
		{"Balochistan recorded 19 attacks in July.", ""},
		{"Sindh registered 31 cases of kidnapping in 2019.", ""},
		{"Lt Gen Amir Khan said 40 militants were killed this year.", ""},
		{"The report said 88 people died in 2018.", ""},
		{"According to partial figures, 12 soldiers were killed in May.", ""},
		// The fifth claims probe's tellers.
		{"The Upper Valley Monitor has recorded 2,546 deaths so far this year.", "Upper Valley Monitor"},
		{"In 2024 the valley has recorded 2,546 deaths.", ""},
		{"In May, 62 soldiers were killed, according to the monthly report of the Institute for Conflict Research.", "Institute for Conflict Research"},
		{"In May, 62 soldiers were killed, according to the monthly report.", ""},
		{"DG XYZ Lt Gen Amir Khan said 925 terrorists were killed in 2024.", "DG XYZ"},
		{"According to data shared by the KP QRST, 2,251 suspects were arrested in 2023.", "KP QRST"},
		{"According to data shared by KP, 2,251 suspects were arrested in 2023.", ""},
		// An adverb between the body and its verb.
		{"The XYZ mission also said it had documented 74 arbitrary arrests.", "XYZ mission"},
		{"The XYZ mission has also recorded 74 arrests in 2024.", "XYZ mission"},
		{"It also said 74 people were arrested in 2024.", ""},
	}
	for _, tt := range tests {
		c := gazContext{text: tt.text, g: g}
		src, ok := publisher(lex.Tokens(tt.text, 0, len(tt.text)), c)
		if !ok {
			src.Label = ""
		}
		if src.Label != tt.want {
			t.Errorf("%q: body %q, want %q", tt.text, src.Label, tt.want)
		}
		if ok && tt.text[src.Start:src.End] == "" {
			t.Errorf("%q: empty evidence span", tt.text)
		}
	}
}
