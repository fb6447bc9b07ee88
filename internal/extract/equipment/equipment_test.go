package equipment

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // kind/category/item/quantity/bound/origin/location/as_of
	}{
		{"inventory with value and counts",
			"US forces left weapons in Afghanistan.\nA March 2023 report by the Office of the Inspector General said nearly $3 billion worth of military assets were left behind, including 40 aircraft and more than 9,000 vehicles.",
			[]string{
				"inventory/all_assets/military assets/-/approx/United States/Afghanistan/2023-03",
				"inventory/aircraft/aircraft/40/exact/United States/Afghanistan/2023-03",
				"inventory/vehicles/vehicles/9000/lower/United States/Afghanistan/2023-03",
			}},
		{"seizure",
			"Police recovered 15 Kalashnikovs and 2,000 rounds of ammunition from the militants in Bannu on 2 May 2024.",
			[]string{
				"seizure/weapons/Kalashnikovs/15/exact///2024-05-02",
				"seizure/ammunition/rounds of ammunition/2000/exact///2024-05-02",
			}},
		{"no count, no record",
			"Experts warn that sophisticated firearms and armored vehicles have fallen into the hands of militant groups.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := lex.Split(tc.text)
			recs := Find(tc.text, ss, dates.Find(tc.text, time.Time{}), nil)
			var got []string
			for _, r := range recs {
				q := "-"
				if r.Quantity != nil {
					q = fmt.Sprint(*r.Quantity)
				}
				got = append(got, strings.Join([]string{r.Kind, r.Category, r.Item, q, r.Bound, r.OriginCountry, r.LocationCountry, r.AsOf}, "/"))
				for _, e := range r.Evidence {
					if tc.text[e.Start:e.End] != e.Quote {
						t.Errorf("evidence %s quote %q != text", e.Field, e.Quote)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Find:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestWeapons(t *testing.T) {
	text := "Militants used a vehicle-borne improvised explosive device, hand grenades and RPGs, and fired from a quadcopter."
	var got []string
	for _, w := range Weapons(lex.Tokens(text, 0, len(text))) {
		got = append(got, w.Name)
	}
	if want := "VBIED|hand grenade|RPG|quadcopter"; strings.Join(got, "|") != want {
		t.Errorf("Weapons = %q, want %q", strings.Join(got, "|"), want)
	}
}
