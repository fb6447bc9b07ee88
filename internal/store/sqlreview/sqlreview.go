// Package sqlreview is the analyst review over the tables the SQLite and
// the PostgreSQL store create alike: corrections, changes (ApplyChange) and
// their undoing (Undo), and the incident versions and snapshots a change
// records. The queries are written once here with ? placeholders, which the
// dialect (sqlq.Dialect) numbers; what each store writes in its own SQL
// (loading and saving incidents, the audit log) it lends as sqlq.Incidents.
//
// The functions that take a sqlq.Tx run inside a transaction the caller
// holds; the Review methods are store methods, one transaction each.
package sqlreview

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Loader reads an incident whoever asks; ENOTFOUND when there is none.
type Loader func(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error)

// LoadCorrections reads an incident's corrections in field order.
func LoadCorrections(ctx context.Context, tx sqlq.Tx, id int64) ([]vigil.Correction, error) {
	rows, err := tx.QueryContext(ctx, `SELECT field, value FROM incident_corrections WHERE incident_id = ? ORDER BY field`, id)
	if err != nil {
		return nil, fmt.Errorf("load corrections of incident %d: %w", id, err)
	}
	defer rows.Close()
	var out []vigil.Correction
	for rows.Next() {
		c := vigil.Correction{IncidentID: id}
		if err := rows.Scan(&c.Field, &c.Value); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// AnalystWork reports whether a person has reviewed, corrected, merged or
// split the incident: such an incident is never dissolved by the machine.
func AnalystWork(ctx context.Context, tx sqlq.Tx, id int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM incidents WHERE id = ? AND review_state != 'unreviewed') +
		(SELECT count(*) FROM incident_corrections WHERE incident_id = ?) +
		(SELECT count(*) FROM audit_log WHERE object = ? AND actor != 'vigil')`,
		id, id, fmt.Sprintf("incident:%d", id)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up analyst work on incident %d: %w", id, err)
	}
	return n > 0, nil
}

// RecordVersions closes the current version of each incident and opens a
// new one holding its state at t, when that state differs; an incident
// that no longer exists just has its version closed.
func RecordVersions(ctx context.Context, tx sqlq.Tx, load Loader, ids []int64, t time.Time) error {
	at := tx.Dialect().Time(t)
	done := map[int64]bool{}
	for _, id := range ids {
		if done[id] {
			continue
		}
		done[id] = true
		var current string
		err := tx.QueryRowContext(ctx, `SELECT json FROM incident_versions WHERE incident_id = ? AND valid_to IS NULL`, id).Scan(&current)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("load version of incident %d: %w", id, err)
		}
		inc, err := load(ctx, tx.SQL(), id)
		exists := err == nil
		if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
			return err
		}
		var js []byte
		if exists {
			if js, err = json.Marshal(inc); err != nil {
				return fmt.Errorf("encode incident %d: %w", id, err)
			}
			if string(js) == current {
				continue
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE incident_versions SET valid_to = ? WHERE incident_id = ? AND valid_to IS NULL`,
			at, id); err != nil {
			return fmt.Errorf("close version of incident %d: %w", id, err)
		}
		if exists {
			tlp, owner, recipients := marksql.Columns(inc.Marking)
			if _, err := tx.ExecContext(ctx, `INSERT INTO incident_versions (incident_id, valid_from, json, tlp, owner, recipients, origin)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, id, at, string(js), tlp, owner, recipients, inc.Origin); err != nil {
				return fmt.Errorf("record version of incident %d: %w", id, err)
			}
		}
	}
	return nil
}

// Snapshots reads the state of each incident that exists, in ID order.
func Snapshots(ctx context.Context, tx sqlq.Tx, load Loader, ids []int64) ([]vigil.Snapshot, error) {
	ids = sqlq.UniqueSorted(ids)
	var out []vigil.Snapshot
	for _, id := range ids {
		inc, err := load(ctx, tx.SQL(), id)
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		cs, err := LoadCorrections(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, vigil.Snapshot{Incident: inc, Corrections: cs})
	}
	return out, nil
}

// DeleteIncident removes an incident that has no member left.
func DeleteIncident(ctx context.Context, tx sqlq.Tx, id int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = ?`, id).Scan(&n); err != nil {
		return fmt.Errorf("count members of incident %d: %w", id, err)
	}
	if n > 0 {
		return vigil.Errorf(vigil.ECONFLICT, "incident %d still has %d member events", id, n)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incident_corrections WHERE incident_id = ?`, id); err != nil {
		return fmt.Errorf("delete corrections of incident %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete incident %d: %w", id, err)
	}
	return nil
}

// owners lists the incidents the events are in now. An event of a document
// v may not see is refused as if it did not exist.
func owners(ctx context.Context, tx sqlq.Tx, v vigil.Viewer, events []int64) ([]int64, error) {
	var out []int64
	vis, args := marksql.Visible(tx.Dialect().Marks, "d", v)
	for _, ev := range events {
		var inc sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT e.incident_id FROM events e JOIN documents d ON d.id = e.document_id
			WHERE e.id = ? AND `+vis, append([]any{ev}, args...)...).Scan(&inc)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, vigil.Errorf(vigil.EINVALID, "member event %d does not exist", ev)
		}
		if err != nil {
			return nil, fmt.Errorf("find event %d: %w", ev, err)
		}
		if inc.Valid {
			out = append(out, inc.Int64)
		}
	}
	return out, nil
}
