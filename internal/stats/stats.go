// Package stats computes the figures analysts publish from incidents —
// incidents, deaths and casualties by category, per month and per province
// or district — and checks the aggregate figures texts cite against them.
package stats

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Dimensions an aggregation can group by.
const (
	ByMonth   = "month"
	ByCountry = "country"
	ByAdmin1  = "admin1"
	ByAdmin2  = "admin2"
	ByType    = "type" // ACLED event type
)

// Labels of incidents that lack a dimension's value. They sort last.
const (
	Undated = "undated"
	Unknown = "unknown"
)

// Tally is what a group of incidents adds up to.
type Tally struct {
	Incidents  int              `json:"incidents"`
	Fatalities int              `json:"fatalities"`
	Casualties vigil.Casualties `json:"casualties"`
}

// Add counts one incident. Its fatalities are the reconciled toll, or the
// sum of its killed by category when no toll was reconciled.
func (t *Tally) Add(inc *vigil.Incident) {
	t.Incidents++
	t.Fatalities += fatalities(inc)
	add(&t.Casualties.SecurityForces, inc.Casualties.SecurityForces)
	add(&t.Casualties.Civilians, inc.Casualties.Civilians)
	add(&t.Casualties.Militants, inc.Casualties.Militants)
	add(&t.Casualties.Unknown, inc.Casualties.Unknown)
}

func add(dst *vigil.Counts, c vigil.Counts) {
	dst.Killed += c.Killed
	dst.Injured += c.Injured
	dst.Abducted += c.Abducted
	dst.Arrested += c.Arrested
}

func fatalities(inc *vigil.Incident) int {
	if inc.Fatalities != nil {
		return *inc.Fatalities
	}
	return inc.Casualties.Killed()
}

// Row is one group: its key, one value per dimension, and its tally.
type Row struct {
	Key []string `json:"key"`
	Tally
}

// Report is an aggregation: one row per group, in key order, and the total.
type Report struct {
	By    []string `json:"by"`
	Rows  []Row    `json:"rows"`
	Total Tally    `json:"total"`
}

// ParseBy reads a comma-separated list of dimensions ("month",
// "month,admin1").
func ParseBy(s string) ([]string, error) {
	var by []string
	for _, d := range strings.Split(s, ",") {
		d = strings.TrimSpace(d)
		switch d {
		case ByMonth, ByCountry, ByAdmin1, ByAdmin2, ByType:
			by = append(by, d)
		default:
			return nil, vigil.Errorf(vigil.EINVALID, "cannot group by %q: use month, country, admin1, admin2 or type, or a comma-separated list of them", d)
		}
	}
	return by, nil
}

// Aggregate groups the incidents by the dimensions in by (in that order) and
// tallies each group. Rejected incidents are not incidents and are left out;
// unreviewed ones count, as in any machine-coded dataset.
func Aggregate(incs []vigil.Incident, by ...string) (Report, error) {
	rep := Report{By: by}
	for _, d := range by {
		if _, err := ParseBy(d); err != nil {
			return rep, err
		}
	}
	groups := map[string]*Row{}
	for i := range incs {
		inc := &incs[i]
		if inc.ReviewState == vigil.StateRejected {
			continue
		}
		key := make([]string, len(by))
		for j, d := range by {
			key[j] = value(inc, d)
		}
		id := strings.Join(key, "\x00")
		r := groups[id]
		if r == nil {
			r = &Row{Key: key}
			groups[id] = r
		}
		r.Add(inc)
		rep.Total.Add(inc)
	}
	for _, r := range groups {
		rep.Rows = append(rep.Rows, *r)
	}
	sort.Slice(rep.Rows, func(i, j int) bool { return keyLess(rep.Rows[i].Key, rep.Rows[j].Key) })
	return rep, nil
}

// value is the incident's value of one dimension.
func value(inc *vigil.Incident, dim string) string {
	switch dim {
	case ByMonth:
		if inc.EventDate == nil || len(*inc.EventDate) < 7 {
			return Undated
		}
		return (*inc.EventDate)[:7]
	case ByCountry:
		return orUnknown(inc.Country)
	case ByAdmin1:
		return orUnknown(inc.Admin1)
	case ByAdmin2:
		return orUnknown(inc.Admin2)
	default:
		return orUnknown(inc.EventType)
	}
}

func orUnknown(s string) string {
	if s == "" {
		return Unknown
	}
	return s
}

// keyLess orders keys value by value, the missing-value labels last.
func keyLess(a, b []string) bool {
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		am, bm := a[i] == Undated || a[i] == Unknown, b[i] == Undated || b[i] == Unknown
		if am != bm {
			return bm
		}
		return a[i] < b[i]
	}
	return false
}

// String summarises the tally in one line.
func (t Tally) String() string {
	return fmt.Sprintf("%d incidents, %d fatalities", t.Incidents, t.Fatalities)
}
