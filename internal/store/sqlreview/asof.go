package sqlreview

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// IncidentsAsOf lists the incidents as they were stored at the instant at,
// matching f, newest event date first as Incidents lists them. The viewer
// sees the versions whose marking (the one the incident had then) it may
// see.
func (r *Review) IncidentsAsOf(ctx context.Context, at time.Time, f vigil.Filter) ([]vigil.Incident, error) {
	if f.Text != "" {
		return nil, vigil.Errorf(vigil.EINVALID, "a text query cannot be asked of past incidents")
	}
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return nil, err
	}
	vis, vargs := marksql.Visible(r.db.Marks, "v", vigil.ViewerFrom(ctx))
	stamp := r.db.Time(at)
	var out []vigil.Incident
	err := r.db.InRead(ctx, func(tx sqlq.Tx) error {
		// The other conditions of f are matched on the decoded versions:
		// the versions keep their incidents as JSON, not as columns.
		rows, err := tx.QueryContext(ctx, `SELECT v.incident_id, v.json, v.tlp, v.owner, v.recipients, v.origin
			FROM incident_versions v
			WHERE v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?) AND `+vis,
			append([]any{stamp, stamp}, vargs...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var js, origin string
			var m marksql.Scanned
			if err := rows.Scan(&id, &js, &m.TLP, &m.Owner, &m.Recipients, &origin); err != nil {
				return err
			}
			var inc vigil.Incident
			if err := json.Unmarshal([]byte(js), &inc); err != nil {
				return fmt.Errorf("decode version of incident %d: %w", id, err)
			}
			// The columns are what the filter read; versions stored
			// before markings existed have none in their JSON.
			inc.Marking, inc.Origin = m.Marking(), origin
			if f.Matches(&inc) {
				out = append(out, inc)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: incidents as of %s: %w", r.db.Name, at.UTC().Format(time.RFC3339Nano), err)
	}
	sqlq.SortIncidents(out)
	if f.Offset >= len(out) {
		return nil, nil
	}
	out = out[f.Offset:]
	if f.Limit > 0 && f.Limit < len(out) {
		out = out[:f.Limit]
	}
	return out, nil
}
