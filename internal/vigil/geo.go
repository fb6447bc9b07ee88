package vigil

import "math"

// earthRadiusKm is the Earth's mean radius.
const earthRadiusKm = 6371.0088

// DistanceKm is the great-circle distance between two points given in
// degrees, in kilometres (haversine). The whole project measures with it:
// the 25 km score, the fusion of reports, the gazetteer's neighbours.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(math.Min(1, a)))
}
