package extract

import (
	"slices"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract/places"
)

// TestPlacesWithin checks the binary search over the text's place names
// against a plain scan of every name, for spans that start and end inside
// names, between them and at the text's ends.
func TestPlacesWithin(t *testing.T) {
	x := extractor(t)
	text := "Two soldiers were killed in Turbat, Kech. A blast hit Quetta on Monday. Police in Peshawar and Mardan said nothing of Zhob."
	d := &doc{text: text, placeText: places.ReadText(text), x: x}
	all := d.placesNamed()
	if len(all) < 5 {
		t.Fatalf("placesNamed found %d names in %q, want at least 5", len(all), text)
	}
	for start := 0; start <= len(text); start += 3 {
		for end := start; end <= len(text); end += 5 {
			var want []string
			for _, m := range all {
				if m.Start >= start && m.End <= end {
					want = append(want, m.Text)
				}
			}
			var got []string
			for _, m := range d.placesWithin(start, end) {
				got = append(got, m.Text)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("placesWithin(%d, %d) = %q, want %q", start, end, got, want)
			}
		}
	}
}
