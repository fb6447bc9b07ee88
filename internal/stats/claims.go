package stats

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Check is one claim set against the incidents of its period and place.
type Check struct {
	Claim vigil.Claim `json:"claim"`
	// Checked is false when the claim cannot be computed (an unknown metric
	// or no period); Note says why.
	Checked  bool  `json:"checked"`
	Computed int64 `json:"computed"`
	// Holds reports whether the computed figure agrees with the claim as
	// bounded: at least the value for "lower", at most for "upper", equal
	// for "exact", within 10% for "approx". A claim that does not hold may
	// be wrong, or the database may lack incidents: it is a lead to follow,
	// not a verdict.
	Holds     bool   `json:"holds"`
	Incidents int    `json:"incidents"` // incidents the computation used
	Note      string `json:"note,omitempty"`
}

// categories of the claim metrics "<category>_<kind>".
var categories = map[string]func(*vigil.Casualties) *vigil.Counts{
	"security_forces": func(c *vigil.Casualties) *vigil.Counts { return &c.SecurityForces },
	"civilians":       func(c *vigil.Casualties) *vigil.Counts { return &c.Civilians },
	"militants":       func(c *vigil.Casualties) *vigil.Counts { return &c.Militants },
	"unknown":         func(c *vigil.Casualties) *vigil.Counts { return &c.Unknown },
}

var kinds = map[string]func(vigil.Counts) int{
	"killed":   func(c vigil.Counts) int { return c.Killed },
	"injured":  func(c vigil.Counts) int { return c.Injured },
	"abducted": func(c vigil.Counts) int { return c.Abducted },
	"arrested": func(c vigil.Counts) int { return c.Arrested },
}

// kindAliases names the all-category metrics.
var kindAliases = map[string]string{
	"injured": "injured", "injuries": "injured",
	"abducted": "abducted", "abductions": "abducted", "kidnapped": "abducted",
	"arrested": "arrested", "arrests": "arrested",
}

// metric returns the function computing a claim metric from one incident.
func metric(name string) (func(*vigil.Incident) int, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	switch name {
	case "incidents", "attacks", "events":
		return func(*vigil.Incident) int { return 1 }, true
	case "deaths", "fatalities", "killed":
		return fatalities, true
	case "casualties":
		// Killed and injured together, as monitors count casualties.
		return func(inc *vigil.Incident) int {
			c := inc.Casualties
			return fatalities(inc) + c.SecurityForces.Injured + c.Civilians.Injured + c.Militants.Injured + c.Unknown.Injured
		}, true
	}
	if k, ok := kindAliases[name]; ok {
		get := kinds[k]
		return func(inc *vigil.Incident) int {
			c := inc.Casualties
			return get(c.SecurityForces) + get(c.Civilians) + get(c.Militants) + get(c.Unknown)
		}, true
	}
	i := strings.LastIndexByte(name, '_')
	if i < 0 {
		return nil, false
	}
	cat, okc := categories[name[:i]]
	kind, okk := kinds[name[i+1:]]
	if !okc || !okk {
		return nil, false
	}
	return func(inc *vigil.Incident) int { return kind(*cat(&inc.Casualties)) }, true
}

// CheckClaims computes each claim's metric over the incidents dated within
// its period (inclusive) in its country and province (either may be empty:
// anywhere), leaving out rejected incidents, and says whether the claim
// holds.
func CheckClaims(claims []vigil.Claim, incs []vigil.Incident) []Check {
	out := make([]Check, 0, len(claims))
	for _, c := range claims {
		out = append(out, checkClaim(c, incs))
	}
	return out
}

func checkClaim(c vigil.Claim, incs []vigil.Incident) Check {
	ch := Check{Claim: c}
	compute, ok := metric(c.Metric)
	if !ok {
		ch.Note = fmt.Sprintf("metric %q is not one vigil computes", c.Metric)
		return ch
	}
	if !isDate(c.PeriodStart) || !isDate(c.PeriodEnd) {
		ch.Note = fmt.Sprintf("period %q..%q is not two YYYY-MM-DD dates", c.PeriodStart, c.PeriodEnd)
		return ch
	}
	for i := range incs {
		inc := &incs[i]
		if inc.ReviewState == vigil.StateRejected || inc.EventDate == nil ||
			*inc.EventDate < c.PeriodStart || *inc.EventDate > c.PeriodEnd ||
			!samePlace(c.Country, inc.Country, inc.ISO3) || !samePlace(c.Admin1, inc.Admin1, "") {
			continue
		}
		ch.Incidents++
		ch.Computed += int64(compute(inc))
	}
	ch.Checked = true
	ch.Holds = holds(c.Bound, ch.Computed, c.Value)
	return ch
}

// holds reports whether computed agrees with a claimed value under bound.
// An unknown bound is read as exact.
func holds(bound string, computed, claimed int64) bool {
	switch bound {
	case vigil.BoundLower:
		return computed >= claimed
	case vigil.BoundUpper:
		return computed <= claimed
	case vigil.BoundApprox:
		diff := computed - claimed
		if diff < 0 {
			diff = -diff
		}
		return diff*10 <= claimed || diff <= 1
	default:
		return computed == claimed
	}
}

// samePlace reports whether a claim's place (empty: anywhere) names the
// incident's, by name or code, ignoring case.
func samePlace(want, name, code string) bool {
	want = strings.TrimSpace(want)
	return want == "" || strings.EqualFold(want, name) || code != "" && strings.EqualFold(want, code)
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
