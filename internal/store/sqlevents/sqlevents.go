// Package sqlevents is how vigil's two SQL stores (sqlite, postgres) keep
// and read a document's extracted events, claims and equipment: the rows
// SaveExtraction writes (Save), the incidents a re-extraction leaves
// (DropIfEmpty), and how a listed row becomes a vigil.StoredEvent,
// StoredClaim or StoredEquipment (ScanEvent, ScanClaim, ScanEquipment),
// and the lists of them (Lists). Its queries are written once with ?
// placeholders and run in a sqlq.Tx, which numbers them for PostgreSQL.
//
// What differs between the databases stays in each store: how names are
// compared without regard to case, dates, LIMIT and full-text search
// (Syntax), and the incidents' own operations (sqlq.Incidents).
package sqlevents

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// checkDocument returns ENOTFOUND when no document has the ID documentID.
func checkDocument(ctx context.Context, tx sqlq.Tx, documentID int64) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, documentID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return vigil.Errorf(vigil.ENOTFOUND, "document %d not found", documentID)
	}
	return err
}

// hints are the incidents a document's events were in, for its next
// extraction: by position, and the one incident all of them were in.
type hints struct {
	byIndex map[int]int64
	only    int64
}

// at returns the incident the event at position i of the new extraction
// goes back to: the one the old event at i was in, or else the one all the
// old events were in (0 for none).
func (h hints) at(i int) int64 {
	if inc := h.byIndex[i]; inc != 0 {
		return inc
	}
	return h.only
}

// priorIncidents reads the incident of each of the document's events, or
// the incident an event not fused since its own re-extraction was in.
func priorIncidents(ctx context.Context, tx sqlq.Tx, documentID int64) (hints, error) {
	h := hints{byIndex: map[int]int64{}}
	rows, err := tx.QueryContext(ctx, `SELECT idx, coalesce(incident_id, prior_incident_id, 0)
		FROM events WHERE document_id = ? ORDER BY idx`, documentID)
	if err != nil {
		return h, fmt.Errorf("find incidents of document %d: %w", documentID, err)
	}
	defer rows.Close()
	seen := map[int64]bool{}
	for rows.Next() {
		var idx int
		var inc int64
		if err := rows.Scan(&idx, &inc); err != nil {
			return h, err
		}
		if inc != 0 {
			h.byIndex[idx] = inc
			seen[inc] = true
			h.only = inc
		}
	}
	if len(seen) != 1 {
		h.only = 0
	}
	return h, rows.Err()
}

// detach takes the document's events out of their incidents. It returns
// the incidents they were in, in ID order, and the events that left each;
// leaveIncidents decides what becomes of those incidents.
func detach(ctx context.Context, tx sqlq.Tx, documentID int64) (order []int64, leaving map[int64][]int64, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT incident_id, id FROM events
		WHERE document_id = ? AND incident_id IS NOT NULL ORDER BY incident_id, id`, documentID)
	if err != nil {
		return nil, nil, fmt.Errorf("find incidents of document %d: %w", documentID, err)
	}
	leaving = map[int64][]int64{}
	for rows.Next() {
		var inc, ev int64
		if err := rows.Scan(&inc, &ev); err != nil {
			rows.Close()
			return nil, nil, err
		}
		if leaving[inc] == nil {
			order = append(order, inc)
		}
		leaving[inc] = append(leaving[inc], ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	if len(order) == 0 {
		return nil, nil, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE document_id = ?`, documentID); err != nil {
		return nil, nil, fmt.Errorf("detach events of document %d: %w", documentID, err)
	}
	return order, leaving, nil
}

// replace deletes the document's events, claims and equipment and inserts
// x's in their place, each new event remembering (prior_incident_id) the
// incident prior gives its position.
func replace(ctx context.Context, tx sqlq.Tx, documentID int64, x vigil.Extraction, prior hints) error {
	for _, table := range []string{"events", "claims", "equipment"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE document_id = ?`, documentID); err != nil {
			return fmt.Errorf("delete old %s: %w", table, err)
		}
	}
	for i := range x.Events {
		if err := insertEvent(ctx, tx, documentID, i, &x.Events[i], prior.at(i)); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	for i := range x.Claims {
		if err := insertClaim(ctx, tx, documentID, i, &x.Claims[i]); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
	}
	for i := range x.Equipment {
		if err := insertEquipment(ctx, tx, documentID, i, &x.Equipment[i]); err != nil {
			return fmt.Errorf("equipment %d: %w", i, err)
		}
	}
	return nil
}

// placeholders returns "?, ?, ..." for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func insertEvent(ctx context.Context, tx sqlq.Tx, documentID int64, idx int, e *vigil.Event, priorIncident int64) error {
	js, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	args := append([]any{documentID, idx}, sqlq.CommonValues(e)...)
	var prior sql.NullInt64
	if priorIncident != 0 {
		prior = sql.NullInt64{Int64: priorIncident, Valid: true}
	}
	args = append(args, e.TimePrecision, e.GeoPrecision, e.Confidence, string(js), prior)
	_, err = tx.ExecContext(ctx, `INSERT INTO events (document_id, idx, `+sqlq.CommonColumns+`,
		time_precision, geo_precision, confidence, json, prior_incident_id) VALUES (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

func insertClaim(ctx context.Context, tx sqlq.Tx, documentID int64, idx int, c *vigil.Claim) error {
	js, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO claims (document_id, idx, metric, value, bound, period_start, period_end,
		country, admin1, attributed_to, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		documentID, idx, c.Metric, c.Value, c.Bound, c.PeriodStart, c.PeriodEnd, c.Country, c.Admin1, c.AttributedTo, string(js))
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

func insertEquipment(ctx context.Context, tx sqlq.Tx, documentID int64, idx int, q *vigil.Equipment) error {
	js, err := json.Marshal(q)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO equipment (document_id, idx, kind, category, item, quantity, value_usd,
		origin_country, location_country, holder, as_of, attributed_to, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		documentID, idx, q.Kind, q.Category, q.Item, q.Quantity, q.ValueUSD, q.OriginCountry, q.LocationCountry,
		q.Holder, q.AsOf, q.AttributedTo, string(js))
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

// EventColumns are the columns ScanEvent reads, from the events table
// aliased e joined to its documents aliased d.
const EventColumns = `e.id, e.document_id, e.idx, coalesce(e.incident_id, 0), coalesce(e.prior_incident_id, 0), e.json,
	d.outlet, d.url, d.published, coalesce(d.near_duplicate_of, 0), d.tlp, d.owner, d.recipients`

// ScanEvent returns the scanner of an EventColumns row for a store of
// dialect d.
func ScanEvent(d sqlq.Dialect) func(*sql.Rows) (vigil.StoredEvent, error) {
	return func(rows *sql.Rows) (vigil.StoredEvent, error) {
		var e vigil.StoredEvent
		var js string
		var m marksql.Scanned
		if err := rows.Scan(&e.ID, &e.DocumentID, &e.Index, &e.IncidentID, &e.PriorIncidentID, &js,
			&e.Outlet, &e.URL, d.ScanTime(&e.Published), &e.NearDuplicateOf, &m.TLP, &m.Owner, &m.Recipients); err != nil {
			return e, err
		}
		e.Marking = m.Marking()
		if err := json.Unmarshal([]byte(js), &e.Event); err != nil {
			return e, fmt.Errorf("decode event %d: %w", e.ID, err)
		}
		return e, nil
	}
}

// SourcedColumns are the columns ScanClaim and ScanEquipment read, from a
// claims or equipment table aliased t joined to its document aliased d.
func SourcedColumns(t string) string {
	return t + ".id, " + t + ".document_id, " + t + ".json, d.outlet, d.published, d.tlp, d.owner, d.recipients"
}

// scanSourced reads a SourcedColumns row into the fields of a StoredClaim
// or StoredEquipment, decoding its JSON into v.
func scanSourced(d sqlq.Dialect, rows *sql.Rows, id, documentID *int64, outlet *string, published *time.Time,
	marking *vigil.Marking, v any) error {
	var js string
	var m marksql.Scanned
	if err := rows.Scan(id, documentID, &js, outlet, d.ScanTime(published), &m.TLP, &m.Owner, &m.Recipients); err != nil {
		return err
	}
	*marking = m.Marking()
	if err := json.Unmarshal([]byte(js), v); err != nil {
		return fmt.Errorf("decode record %d: %w", *id, err)
	}
	return nil
}

// ScanClaim returns the scanner of a SourcedColumns row of claims for a
// store of dialect d.
func ScanClaim(d sqlq.Dialect) func(*sql.Rows) (vigil.StoredClaim, error) {
	return func(rows *sql.Rows) (vigil.StoredClaim, error) {
		var c vigil.StoredClaim
		err := scanSourced(d, rows, &c.ID, &c.DocumentID, &c.Outlet, &c.Published, &c.Marking, &c.Claim)
		return c, err
	}
}

// ScanEquipment returns the scanner of a SourcedColumns row of equipment
// for a store of dialect d.
func ScanEquipment(d sqlq.Dialect) func(*sql.Rows) (vigil.StoredEquipment, error) {
	return func(rows *sql.Rows) (vigil.StoredEquipment, error) {
		var q vigil.StoredEquipment
		err := scanSourced(d, rows, &q.ID, &q.DocumentID, &q.Outlet, &q.Published, &q.Marking, &q.Equipment)
		return q, err
	}
}
