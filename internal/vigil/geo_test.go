package vigil

import (
	"math"
	"testing"
)

func TestDistanceKm(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		wantKm                 float64
	}{
		{"same point", 30.18, 66.99, 30.18, 66.99, 0},
		{"one degree of latitude", 30, 67, 31, 67, 111.19},
		// At 60° north a degree of longitude is half as long: a flat
		// degrees-times-111 formula would say 44 km here.
		{"longitude shrinks with latitude", 60, 10, 60, 10.4, 22.23},
		{"antipodes", 0, 0, 0, 180, 20015.1},
	}
	for _, tt := range tests {
		got := DistanceKm(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
		if math.Abs(got-tt.wantKm) > 0.1 {
			t.Errorf("%s: DistanceKm = %.2f, want %.2f", tt.name, got, tt.wantKm)
		}
	}
}
