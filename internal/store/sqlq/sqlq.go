// Package sqlq holds what vigil's two SQL stores (sqlite, postgres) do
// alike around their queries, where the SQL does not depend on the
// database: the event columns both write and their values, the checks a
// request's values pass before they reach SQL, and the ordering and
// encoding of what the review history records.
//
// It also holds what the packages of SQL both stores share (sqljobs,
// sqlfed, sqlreview) are given by a store: its Dialect (how placeholders
// are numbered and times stored), its transactions (DB, Tx) and its own
// incident operations (Incidents). What differs more deeply between the
// databases (case folding, full-text search, locking) stays in each store.
package sqlq

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// CommonColumns are the event fields that events and incidents both keep
// as columns, in the order CommonValues lists them.
const CommonColumns = `event_date, event_type, sub_event_type, actor1, actor2, perpetrator, claimed_by,
	country, iso3, admin1, admin2, location, latitude, longitude, fatalities,
	sf_killed, sf_injured, sf_abducted, sf_arrested, civ_killed, civ_injured, civ_abducted, civ_arrested,
	mil_killed, mil_injured, mil_abducted, mil_arrested, unk_killed, unk_injured, unk_abducted, unk_arrested`

// CommonValues returns e's values for CommonColumns, in their order.
func CommonValues(e *vigil.Event) []any {
	c := e.Casualties
	return []any{e.EventDate, e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Perpetrator, e.ClaimedBy,
		e.Country, e.ISO3, e.Admin1, e.Admin2, e.Location, e.Latitude, e.Longitude, e.Fatalities,
		c.SecurityForces.Killed, c.SecurityForces.Injured, c.SecurityForces.Abducted, c.SecurityForces.Arrested,
		c.Civilians.Killed, c.Civilians.Injured, c.Civilians.Abducted, c.Civilians.Arrested,
		c.Militants.Killed, c.Militants.Injured, c.Militants.Abducted, c.Militants.Arrested,
		c.Unknown.Killed, c.Unknown.Injured, c.Unknown.Abducted, c.Unknown.Arrested}
}

// CheckEvent refuses an event a store could not filter correctly: one
// whose date is not YYYY-MM-DD.
func CheckEvent(e *vigil.Event) error {
	if e.EventDate != nil {
		if _, err := time.Parse(time.DateOnly, *e.EventDate); err != nil {
			return vigil.Errorf(vigil.EINVALID, "event date %q is not YYYY-MM-DD", *e.EventDate)
		}
	}
	return nil
}

// CheckDates refuses a filter whose From or To is not YYYY-MM-DD.
func CheckDates(f vigil.Filter) error {
	for _, d := range []struct{ name, value string }{{"from", f.From}, {"to", f.To}} {
		if d.value == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.value); err != nil {
			return vigil.Errorf(vigil.EINVALID, "%s date %q is not YYYY-MM-DD", d.name, d.value)
		}
	}
	return nil
}

// CheckPage refuses a negative limit or offset.
func CheckPage(limit, offset int) error {
	if limit < 0 || offset < 0 {
		return vigil.Errorf(vigil.EINVALID, "limit %d and offset %d must not be negative", limit, offset)
	}
	return nil
}

// CheckState refuses a review state that is not one of vigil's three.
func CheckState(state string) error {
	switch state {
	case vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected:
		return nil
	}
	return vigil.Errorf(vigil.EINVALID, "review state %q is not one of unreviewed, verified, rejected", state)
}

// SortIncidents orders incidents as Store.Incidents lists them: newest
// event date first, undated last, then newest ID first.
func SortIncidents(incs []vigil.Incident) {
	slices.SortFunc(incs, func(a, b vigil.Incident) int {
		da, db := "", ""
		if a.EventDate != nil {
			da = *a.EventDate
		}
		if b.EventDate != nil {
			db = *b.EventDate
		}
		if c := strings.Compare(db, da); c != 0 {
			return c
		}
		switch {
		case a.ID > b.ID:
			return -1
		case a.ID < b.ID:
			return 1
		}
		return 0
	})
}

// UniqueSorted returns ids sorted, each once, leaving ids as it was.
func UniqueSorted(ids []int64) []int64 {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

// EncodeState renders v (snapshots, an incident) as the JSON an audit
// entry's before or after holds.
func EncodeState(v any) (string, error) {
	js, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("encode audit state: %w", err)
	}
	return string(js), nil
}
