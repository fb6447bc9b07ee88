package stats

import (
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func ptr[T any](v T) *T { return &v }

// inc builds an incident; sf, civ and mil are killed per category, and a
// negative toll means none was reconciled.
func inc(day, admin1, admin2 string, toll, sf, civ, mil int) vigil.Incident {
	i := vigil.Incident{Event: vigil.Event{Country: "Pakistan", ISO3: "PAK", Admin1: admin1, Admin2: admin2,
		Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: sf, Injured: 1},
			Civilians: vigil.Counts{Killed: civ}, Militants: vigil.Counts{Killed: mil, Arrested: 2}}}}
	if day != "" {
		i.EventDate = &day
	}
	if toll >= 0 {
		i.Fatalities = ptr(toll)
	}
	return i
}

func incidents() []vigil.Incident {
	rejected := inc("2024-01-20", "Punjab", "Lahore", 50, 0, 50, 0)
	rejected.ReviewState = vigil.StateRejected
	incs := []vigil.Incident{
		inc("2024-01-05", "Khyber Pakhtunkhwa", "Bannu", 5, 2, 0, 3),
		inc("2024-01-28", "Balochistan", "Quetta", 4, 0, 4, 0),
		inc("2024-02-11", "Khyber Pakhtunkhwa", "North Waziristan", 8, 2, 0, 6),
		inc("2024-02-14", "Khyber Pakhtunkhwa", "Bannu", -1, 1, 1, 0), // no reconciled toll: 2 from the categories
		inc("", "Balochistan", "", 1, 1, 0, 0),
		rejected,
	}
	for i := range incs {
		incs[i].EventType = "Battles"
	}
	incs[1].EventType = "Explosions/Remote violence"
	incs[4].EventType = ""
	return incs
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		by   []string
		want []Row // keys, incidents and fatalities only
	}{
		{[]string{ByMonth}, []Row{
			{Key: []string{"2024-01"}, Tally: Tally{Incidents: 2, Fatalities: 9}},
			{Key: []string{"2024-02"}, Tally: Tally{Incidents: 2, Fatalities: 10}},
			{Key: []string{Undated}, Tally: Tally{Incidents: 1, Fatalities: 1}},
		}},
		{[]string{ByAdmin1}, []Row{
			{Key: []string{"Balochistan"}, Tally: Tally{Incidents: 2, Fatalities: 5}},
			{Key: []string{"Khyber Pakhtunkhwa"}, Tally: Tally{Incidents: 3, Fatalities: 15}},
		}},
		{[]string{ByAdmin2}, []Row{
			{Key: []string{"Bannu"}, Tally: Tally{Incidents: 2, Fatalities: 7}},
			{Key: []string{"North Waziristan"}, Tally: Tally{Incidents: 1, Fatalities: 8}},
			{Key: []string{"Quetta"}, Tally: Tally{Incidents: 1, Fatalities: 4}},
			{Key: []string{Unknown}, Tally: Tally{Incidents: 1, Fatalities: 1}},
		}},
		{[]string{ByMonth, ByAdmin1}, []Row{
			{Key: []string{"2024-01", "Balochistan"}, Tally: Tally{Incidents: 1, Fatalities: 4}},
			{Key: []string{"2024-01", "Khyber Pakhtunkhwa"}, Tally: Tally{Incidents: 1, Fatalities: 5}},
			{Key: []string{"2024-02", "Khyber Pakhtunkhwa"}, Tally: Tally{Incidents: 2, Fatalities: 10}},
			{Key: []string{Undated, "Balochistan"}, Tally: Tally{Incidents: 1, Fatalities: 1}},
		}},
		{[]string{ByCountry, ByType}, []Row{
			{Key: []string{"Pakistan", "Battles"}, Tally: Tally{Incidents: 3, Fatalities: 15}},
			{Key: []string{"Pakistan", "Explosions/Remote violence"}, Tally: Tally{Incidents: 1, Fatalities: 4}},
			{Key: []string{"Pakistan", Unknown}, Tally: Tally{Incidents: 1, Fatalities: 1}},
		}},
		{nil, []Row{{Key: []string{}, Tally: Tally{Incidents: 5, Fatalities: 20}}}},
	}
	for _, tt := range tests {
		rep, err := Aggregate(incidents(), tt.by...)
		if err != nil {
			t.Fatal(err)
		}
		var got []Row
		for _, r := range rep.Rows {
			got = append(got, Row{Key: r.Key, Tally: Tally{Incidents: r.Incidents, Fatalities: r.Fatalities}})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Aggregate by %v:\n got %+v\nwant %+v", tt.by, got, tt.want)
		}
		if rep.Total.Incidents != 5 || rep.Total.Fatalities != 20 {
			t.Errorf("Aggregate by %v total = %v, want 5 incidents, 20 fatalities", tt.by, rep.Total)
		}
	}
}

func TestAggregateCasualties(t *testing.T) {
	rep, err := Aggregate(incidents(), ByAdmin1)
	if err != nil {
		t.Fatal(err)
	}
	kp := rep.Rows[1]
	want := vigil.Casualties{
		SecurityForces: vigil.Counts{Killed: 5, Injured: 3},
		Civilians:      vigil.Counts{Killed: 1},
		Militants:      vigil.Counts{Killed: 9, Arrested: 6},
	}
	if kp.Key[0] != "Khyber Pakhtunkhwa" || kp.Casualties != want {
		t.Errorf("%v casualties = %+v, want %+v", kp.Key, kp.Casualties, want)
	}
	if rep.Total.Casualties.SecurityForces.Killed != 6 || rep.Total.Casualties.Civilians.Killed != 5 {
		t.Errorf("total casualties = %+v (the rejected incident must not count)", rep.Total.Casualties)
	}
}

func TestParseBy(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"month", []string{"month"}, true},
		{"month, admin1", []string{"month", "admin1"}, true},
		{"admin2", []string{"admin2"}, true},
		{"type,country", []string{"type", "country"}, true},
		{"week", nil, false},
		{"", nil, false},
		{"month,", nil, false},
	}
	for _, tt := range tests {
		got, err := ParseBy(tt.in)
		if (err == nil) != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseBy(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("ParseBy(%q) error code %q", tt.in, vigil.ErrorCode(err))
		}
	}
	if _, err := Aggregate(nil, "district"); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("Aggregate by district: %v", err)
	}
}

func TestCheckClaims(t *testing.T) {
	claim := func(metric string, value int64, bound, from, to, country, admin1 string) vigil.Claim {
		return vigil.Claim{Metric: metric, Value: value, Bound: bound, PeriodStart: from, PeriodEnd: to, Country: country, Admin1: admin1}
	}
	tests := []struct {
		name      string
		claim     vigil.Claim
		checked   bool
		computed  int64
		incidents int
		holds     bool
	}{
		{"over 3 incidents in Q1", claim("incidents", 3, "lower", "2024-01-01", "2024-03-31", "Pakistan", ""), true, 4, 4, true},
		{"over 5 incidents in Q1", claim("incidents", 5, "lower", "2024-01-01", "2024-03-31", "Pakistan", ""), true, 4, 4, false},
		{"attacks is incidents", claim("attacks", 4, "exact", "2024-01-01", "2024-03-31", "", ""), true, 4, 4, true},
		{"deaths in January", claim("deaths", 9, "exact", "2024-01-01", "2024-01-31", "PAK", ""), true, 9, 2, true},
		{"up to 8 deaths in January", claim("deaths", 8, "upper", "2024-01-01", "2024-01-31", "", ""), true, 9, 2, false},
		{"about 10 deaths in February", claim("deaths", 10, "approx", "2024-02-01", "2024-02-29", "", ""), true, 10, 2, true},
		{"about 20 deaths in February", claim("deaths", 20, "approx", "2024-02-01", "2024-02-29", "", ""), true, 10, 2, false},
		{"province", claim("fatalities", 15, "exact", "2024-01-01", "2024-12-31", "", "khyber pakhtunkhwa"), true, 15, 3, true},
		{"soldiers killed", claim("security_forces_killed", 5, "lower", "2024-01-01", "2024-12-31", "", ""), true, 5, 4, true},
		{"militants killed", claim("militants_killed", 9, "exact", "2024-01-01", "2024-12-31", "", ""), true, 9, 4, true},
		{"civilians killed", claim("civilians_killed", 5, "exact", "2024-01-01", "2024-12-31", "", ""), true, 5, 4, true},
		{"injured, all categories", claim("injured", 4, "exact", "2024-01-01", "2024-12-31", "", ""), true, 4, 4, true},
		{"arrests", claim("arrests", 8, "exact", "2024-01-01", "2024-12-31", "", ""), true, 8, 4, true},
		{"casualties are the killed and the injured", claim("casualties", 20, "lower", "2024-01-01", "2024-12-31", "", ""), true, 23, 4, true},
		{"other country", claim("incidents", 1, "lower", "2024-01-01", "2024-12-31", "Afghanistan", ""), true, 0, 0, false},
		{"rejected incident never counts", claim("deaths", 50, "lower", "2024-01-20", "2024-01-20", "", ""), true, 0, 0, false},
		{"unknown metric", claim("drone strikes", 3, "exact", "2024-01-01", "2024-12-31", "", ""), false, 0, 0, false},
		{"unknown category", claim("police_killed", 3, "exact", "2024-01-01", "2024-12-31", "", ""), false, 0, 0, false},
		{"no period", claim("incidents", 3, "exact", "", "", "", ""), false, 0, 0, false},
		{"month period", claim("incidents", 3, "exact", "2024-01", "2024-01", "", ""), false, 0, 0, false},
	}
	var claims []vigil.Claim
	for _, tt := range tests {
		claims = append(claims, tt.claim)
	}
	checks := CheckClaims(claims, incidents())
	if len(checks) != len(tests) {
		t.Fatalf("%d checks for %d claims", len(checks), len(tests))
	}
	for i, tt := range tests {
		c := checks[i]
		if c.Checked != tt.checked || c.Computed != tt.computed || c.Incidents != tt.incidents || c.Holds != tt.holds {
			t.Errorf("%s: checked %v computed %d over %d incidents holds %v; want %v %d %d %v (note %q)",
				tt.name, c.Checked, c.Computed, c.Incidents, c.Holds, tt.checked, tt.computed, tt.incidents, tt.holds, c.Note)
		}
		if !c.Checked && c.Note == "" {
			t.Errorf("%s: unchecked claim without a note", tt.name)
		}
		if !reflect.DeepEqual(c.Claim, tt.claim) {
			t.Errorf("%s: check carries claim %+v", tt.name, c.Claim)
		}
	}
}

func TestHolds(t *testing.T) {
	tests := []struct {
		bound             string
		computed, claimed int64
		want              bool
	}{
		{"lower", 140, 140, true}, {"lower", 139, 140, false},
		{"upper", 10, 10, true}, {"upper", 11, 10, false},
		{"exact", 7, 7, true}, {"exact", 8, 7, false},
		{"", 7, 7, true}, {"", 6, 7, false},
		{"approx", 110, 100, true}, {"approx", 111, 100, false}, {"approx", 89, 100, false},
		{"approx", 3, 2, true}, // small figures get one either way
	}
	for _, tt := range tests {
		if got := holds(tt.bound, tt.computed, tt.claimed); got != tt.want {
			t.Errorf("holds(%q, %d, %d) = %v, want %v", tt.bound, tt.computed, tt.claimed, got, tt.want)
		}
	}
}

func BenchmarkAggregate(b *testing.B) {
	var incs []vigil.Incident
	for range 2000 {
		incs = append(incs, incidents()...)
	}
	for b.Loop() {
		if _, err := Aggregate(incs, ByMonth, ByAdmin1); err != nil {
			b.Fatal(err)
		}
	}
}
