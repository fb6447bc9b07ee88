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
