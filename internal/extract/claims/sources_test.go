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
		// The sixth claims probe's tellers: a record's owner, a record's
		// author, "according to" before a subject, a team, new verbs.
		{"The Sindh police's annual report for 2024 lists 88 attacks.", "Sindh police"},
		{"The home department's figures show 31 policemen were killed in 2023.", "home department"},
		{"XYZC's monitoring shows 14 journalists were attacked in 2024.", "XYZC"},
		{"Balochistan's figures show 31 policemen were killed in 2023.", ""},
		{"A study by the Valley Research Forum found 42 attacks in 2022.", "Valley Research Forum"},
		{"An analysis by Morning Herald of data from 2023 shows 310 deaths.", "Morning Herald"},
		{"An analysis by Balochistan of data from 2023 shows 310 deaths.", ""},
		{"Some 900 people were killed in 2022, according to an estimate by the Quetta-based Valley Research Forum.", "Valley Research Forum"},
		{"Civilian deaths doubled to 610 in 2024, according to a Morning Herald analysis.", "Morning Herald"},
		{"Civilian deaths doubled to 610 in 2024, according to a Sindh analysis.", ""},
		{"Police in Larkana registered 210 cases in 2024, according to the provincial QRST's year-end summary.", "provincial QRST"},
		{"The UN Analytical Support and Sanctions Monitoring Team said 14 attacks took place in 2025.", "UN Analytical Support and Sanctions Monitoring Team"},
		{"The XYZC database lists 71 suicide attacks between 2021 and 2025.", "XYZC"},
		{"The minister for interior shared the province-wise figures for 2025: Sindh 41 incidents.", "minister for interior"},
		{"Attacks rose to 142, with the Larkana region police recording 16 in May.", "Larkana region police"},
		{"Fatalities by province, 2024 (QRST): Sindh 63; Punjab 51.", "QRST"},
		{"XYZC's regional overview said Sindh saw 100 battles in 2023.", "XYZC"},
		{"Fatalities by province, 2024 (KP): Sindh 63; Punjab 51.", ""},
		{"The UN mission in Afghanistan said on Tuesday it had recorded 121 civilian deaths.", "UN mission in Afghanistan"},
		{"The convoy in Afghanistan said on Tuesday it had recorded 121 civilian deaths.", ""},
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
