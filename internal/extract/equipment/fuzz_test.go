package equipment

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract/dates"
	"github.com/vigil-osint/vigil/internal/extract/lex"
)

// FuzzFind checks that Find and Weapons never panic, that every evidence
// span lies inside the text and quotes it, that every record has a kind
// and an item, and that counts and values are never negative.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Police recovered a Kalashnikov, three 30 bore pistols, a .303 rifle and an AK 47 rifle.",
		"Nearly $7.2 billion worth of military assets were left behind, including 78 aircraft and over 40,000 vehicles.",
		"Customs officials foiled an attempt to smuggle 25 pistols and 3,000 rounds into Pakistan.",
		"Around 40 drones worth $120 million remain stored in hangars under Taliban control.",
		"The Afghan air force had 208 aircraft, including 16 Black Hawks.",
		"Police recovered arms and ammunition, including rocket launchers (RPGs) and explosives.",
		"A car packed with explosives rammed the gate; an explosives-laden truck followed.",
		"CTD Punjab said it had recovered 10 detonators and 20 kilograms of explosives.",
		"a", ".", "a .", "AK", "an AK 47", "recovered a", "(IEDs", "\xff\xfe recovered 3 rifles",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		recs := Find(text, lex.Split(text), textDates(dates.Find(text, time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC))))
		for _, r := range recs {
			if r.Kind == "" || r.Item == "" {
				t.Errorf("record without kind or item: %+v", r)
			}
			if r.Quantity != nil && *r.Quantity < 0 || r.ValueUSD != nil && *r.ValueUSD < 0 {
				t.Errorf("negative figure: %+v", r)
			}
			for _, e := range r.Evidence {
				if e.Start < 0 || e.End > len(text) || e.Start > e.End {
					t.Fatalf("evidence %s span %d:%d outside text of %d bytes", e.Field, e.Start, e.End, len(text))
				}
				if text[e.Start:e.End] != e.Quote {
					t.Errorf("evidence %s quote %q is not the text at %d:%d", e.Field, e.Quote, e.Start, e.End)
				}
			}
		}
		for _, s := range lex.Split(text) {
			for _, w := range Weapons(s.Toks) {
				if w.Start < 0 || w.End > len(text) || w.Start > w.End || w.Name == "" {
					t.Fatalf("weapon %+v outside text of %d bytes", w, len(text))
				}
			}
		}
	})
}

// textDates is a Context that knows only the text's dates, as a reader
// without gazetteer or dictionary would.
type textDates []dates.Mention

func (textDates) Where(int, int) (string, Span, bool) { return "", Span{}, false }
func (textDates) Actors(int, int) []Actor             { return nil }
func (textDates) Sources([]lex.Token) []Source        { return nil }
func (ds textDates) Dates() []dates.Mention           { return ds }
