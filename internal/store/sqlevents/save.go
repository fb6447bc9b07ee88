package sqlevents

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Save is a store's SaveExtraction (see vigil.Store): it replaces the
// document's extracted events, claims and equipment with x in one of
// inc's write transactions, the one that may move events between
// incidents.
//
// What happens to incidents: the replaced events leave their incidents, and
// each new event remembers (PriorIncidentID) the incident the old event at
// its position was in, so the fusion step (fuse.Update) puts it back there
// and an analyst's review and corrections stay with it. An incident left
// with no member is dissolved (deleted, with a "dissolve" audit entry that
// keeps its last state) unless an analyst has worked on it: then it stays,
// empty, for its events to come back to. An incident that keeps other
// members keeps its reconciled fields and gets a "detach" audit entry.
func Save(ctx context.Context, d sqlq.Dialect, inc sqlq.Incidents, documentID int64, x vigil.Extraction) error {
	for i := range x.Events {
		if err := sqlq.CheckEvent(&x.Events[i]); err != nil {
			return fmt.Errorf("%s: save extraction of document %d: event %d: %w", d.Name, documentID, i, err)
		}
	}
	err := inc.InWrite(ctx, d, func(tx sqlq.Tx) error {
		if err := checkDocument(ctx, tx, documentID); err != nil {
			return err
		}
		prior, err := priorIncidents(ctx, tx, documentID)
		if err != nil {
			return err
		}
		touched, err := leaveIncidents(ctx, tx, inc, documentID)
		if err != nil {
			return err
		}
		if err := replace(ctx, tx, documentID, x, prior); err != nil {
			return err
		}
		return sqlreview.RecordVersions(ctx, tx, inc.Load, touched, sqlq.Now())
	})
	if err != nil {
		return fmt.Errorf("%s: save extraction of document %d: %w", d.Name, documentID, err)
	}
	return nil
}

// leaveIncidents takes the document's events out of their incidents,
// dissolving the incidents left empty, audits both, and returns the
// incidents it touched.
func leaveIncidents(ctx context.Context, tx sqlq.Tx, inc sqlq.Incidents, documentID int64) ([]int64, error) {
	order, leaving, err := detach(ctx, tx, documentID)
	if err != nil {
		return nil, err
	}
	reason := fmt.Sprintf("document %d was extracted again", documentID)
	for _, id := range order {
		if err := DropIfEmpty(ctx, tx, inc, id, leaving[id], reason); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// DropIfEmpty audits that the events in left have left incident id and
// dissolves the incident when no member remains and no analyst has worked
// on it. The audit entry's Before is the incident's state with its old
// members. Of inc it uses Load and Audit.
func DropIfEmpty(ctx context.Context, tx sqlq.Tx, inc sqlq.Incidents, id int64, left []int64, reason string) error {
	incident, err := inc.Load(ctx, tx.SQL(), id)
	if err != nil {
		return err
	}
	incident.EventIDs = append(incident.EventIDs, left...) // its membership before the change
	before, err := json.Marshal(incident)
	if err != nil {
		return fmt.Errorf("encode incident %d: %w", id, err)
	}
	var remaining int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = ?`, id).Scan(&remaining); err != nil {
		return fmt.Errorf("count members of incident %d: %w", id, err)
	}
	entry := vigil.AuditEntry{At: sqlq.Now(), Actor: "vigil", Object: fmt.Sprintf("incident:%d", id),
		Reason: fmt.Sprintf("%s: events %v left", reason, left), Before: string(before)}
	worked, err := sqlreview.AnalystWork(ctx, tx, id)
	if err != nil {
		return err
	}
	if remaining > 0 || worked {
		entry.Action = "detach"
	} else {
		entry.Action = "dissolve"
		if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
			return fmt.Errorf("dissolve incident %d: %w", id, err)
		}
	}
	return inc.Audit(ctx, tx.SQL(), &entry)
}
