package vigil

import "context"

// IncidentGroup is what one group of incidents adds up to: Key holds one
// value per grouping dimension ("2024-03", "Balochistan"), with "undated"
// and "unknown" standing for a missing month or place.
type IncidentGroup struct {
	Key        []string
	Incidents  int
	Fatalities int // the reconciled toll, or the sum killed when none was reconciled
	Casualties Casualties
}

// IncidentAggregator is implemented by stores that can group and sum the
// incidents matching a filter themselves, so the dashboard need not load
// every incident. by names the dimensions: "month", "country", "admin1",
// "admin2" or "type". Rejected incidents are left out.
type IncidentAggregator interface {
	AggregateIncidents(ctx context.Context, f Filter, by []string) ([]IncidentGroup, error)
}

// Orders of an incident list. OrderNewest is the order of Store.Incidents.
const (
	OrderNewest = "newest" // event date, newest first, undated last
	OrderOldest = "oldest" // event date, oldest first, undated last
	OrderToll   = "toll"   // fatalities, most first, then newest
	OrderImpact = "impact" // the review queue's order: same as toll
)

// IncidentSorter is implemented by stores that can list the incidents
// matching a filter in another order than Store.Incidents, with Limit and
// Offset applied after sorting.
type IncidentSorter interface {
	SortedIncidents(ctx context.Context, f Filter, order string) ([]Incident, error)
}

// MapPoint is one located incident as the dashboard's map draws it.
type MapPoint struct {
	ID          int64
	Date        string // YYYY-MM-DD, or "" when undated
	Latitude    float64
	Longitude   float64
	Precision   int    // geo precision: 3 means only the district or province is known
	Place       string // "location, district, province, country", repeats dropped
	Country     string
	Admin1      string
	Admin2      string
	EventType   string
	ReviewState string
	Fatalities  int
}

// IncidentMapper is implemented by stores that can list the located
// incidents matching a filter, newest first, reading only what a map needs.
type IncidentMapper interface {
	MapPoints(ctx context.Context, f Filter, limit int) ([]MapPoint, error)
}
