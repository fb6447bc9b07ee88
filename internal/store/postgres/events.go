package postgres

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

// placeholders returns "?, ?, ..." for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// SaveExtraction replaces the document's extracted events, claims and
// equipment with x.
//
// What happens to incidents: the replaced events leave their incidents, and
// each new event remembers (PriorIncidentID) the incident the old event at
// its position was in, so the fusion step (fuse.Update) puts it back there
// and an analyst's review and corrections stay with it. An incident left
// with no member is dissolved (deleted, with a "dissolve" audit entry that
// keeps its last state) unless an analyst has worked on it: then it stays,
// empty, for its events to come back to. An incident that keeps other
// members keeps its reconciled fields and gets a "detach" audit entry.
func (s *Store) SaveExtraction(ctx context.Context, documentID int64, x vigil.Extraction) error {
	for i := range x.Events {
		if err := sqlq.CheckEvent(&x.Events[i]); err != nil {
			return fmt.Errorf("postgres: save extraction of document %d: event %d: %w", documentID, i, err)
		}
	}
	err := s.writeMembership(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = $1`, documentID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "document %d not found", documentID)
		}
		if err != nil {
			return err
		}
		prior, err := priorIncidents(ctx, tx, documentID)
		if err != nil {
			return err
		}
		touched, err := detachDocumentEvents(ctx, tx, documentID)
		if err != nil {
			return err
		}
		for _, table := range []string{"events", "claims", "equipment"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE document_id = $1`, documentID); err != nil {
				return fmt.Errorf("delete old %s: %w", table, err)
			}
		}
		for i := range x.Events {
			hint := prior.byIndex[i]
			if hint == 0 {
				hint = prior.only
			}
			if err := insertEvent(ctx, tx, documentID, i, &x.Events[i], hint); err != nil {
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
		return recordVersions(ctx, tx, touched, now())
	})
	if err != nil {
		return fmt.Errorf("postgres: save extraction of document %d: %w", documentID, err)
	}
	return nil
}

// hints are the incidents a document's events were in, for its next
// extraction: by position, and the one incident all of them were in.
type hints struct {
	byIndex map[int]int64
	only    int64
}

// priorIncidents reads the incident of each of the document's events, or
// the incident an event not fused since its own re-extraction was in.
func priorIncidents(ctx context.Context, tx *sql.Tx, documentID int64) (hints, error) {
	h := hints{byIndex: map[int]int64{}}
	rows, err := tx.QueryContext(ctx, `SELECT idx, coalesce(incident_id, prior_incident_id, 0)
		FROM events WHERE document_id = $1 ORDER BY idx`, documentID)
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

// detachDocumentEvents takes the document's events out of their incidents,
// dissolving the incidents left empty, audits both, and returns the
// incidents it touched.
func detachDocumentEvents(ctx context.Context, tx *sql.Tx, documentID int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT incident_id, id FROM events
		WHERE document_id = $1 AND incident_id IS NOT NULL ORDER BY incident_id, id`, documentID)
	if err != nil {
		return nil, fmt.Errorf("find incidents of document %d: %w", documentID, err)
	}
	leaving := map[int64][]int64{}
	var order []int64
	for rows.Next() {
		var inc, ev int64
		if err := rows.Scan(&inc, &ev); err != nil {
			rows.Close()
			return nil, err
		}
		if leaving[inc] == nil {
			order = append(order, inc)
		}
		leaving[inc] = append(leaving[inc], ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(order) == 0 {
		return nil, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE document_id = $1`, documentID); err != nil {
		return nil, fmt.Errorf("detach events of document %d: %w", documentID, err)
	}
	reason := fmt.Sprintf("document %d was extracted again", documentID)
	for _, id := range order {
		if err := dropIfEmpty(ctx, tx, id, leaving[id], reason); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// dropIfEmpty audits that events left incident id and dissolves the incident
// when no member remains and no analyst has worked on it. The audit entry's
// Before is the incident's state with its old members.
func dropIfEmpty(ctx context.Context, tx *sql.Tx, id int64, left []int64, reason string) error {
	inc, err := loadIncident(ctx, tx, id)
	if err != nil {
		return err
	}
	inc.EventIDs = append(inc.EventIDs, left...) // its membership before the change
	before, err := json.Marshal(inc)
	if err != nil {
		return fmt.Errorf("encode incident %d: %w", id, err)
	}
	var remaining int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = $1`, id).Scan(&remaining); err != nil {
		return fmt.Errorf("count members of incident %d: %w", id, err)
	}
	entry := vigil.AuditEntry{At: now(), Actor: "vigil", Object: fmt.Sprintf("incident:%d", id),
		Reason: fmt.Sprintf("%s: events %v left", reason, left), Before: string(before)}
	worked, err := analystWork(ctx, tx, id)
	if err != nil {
		return err
	}
	if remaining > 0 || worked {
		entry.Action = "detach"
	} else {
		entry.Action = "dissolve"
		if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = $1`, id); err != nil {
			return fmt.Errorf("dissolve incident %d: %w", id, err)
		}
	}
	return insertAudit(ctx, tx, &entry)
}

func insertEvent(ctx context.Context, tx *sql.Tx, documentID int64, idx int, e *vigil.Event, priorIncident int64) error {
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
	_, err = tx.ExecContext(ctx, rebind(`INSERT INTO events (document_id, idx, `+sqlq.CommonColumns+`,
		time_precision, geo_precision, confidence, json, prior_incident_id) VALUES (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

func insertClaim(ctx context.Context, tx *sql.Tx, documentID int64, idx int, c *vigil.Claim) error {
	js, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO claims (document_id, idx, metric, value, bound, period_start, period_end,
		country, admin1, attributed_to, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		documentID, idx, c.Metric, c.Value, c.Bound, c.PeriodStart, c.PeriodEnd, c.Country, c.Admin1, c.AttributedTo, string(js))
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

func insertEquipment(ctx context.Context, tx *sql.Tx, documentID int64, idx int, q *vigil.Equipment) error {
	js, err := json.Marshal(q)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO equipment (document_id, idx, kind, category, item, quantity, value_usd,
		origin_country, location_country, holder, as_of, attributed_to, json)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
		documentID, idx, q.Kind, q.Category, q.Item, q.Quantity, q.ValueUSD, q.OriginCountry, q.LocationCountry,
		q.Holder, q.AsOf, q.AttributedTo, string(js))
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

// eventFilter renders the conditions of f that apply to an events or
// incidents table aliased as t. Names compare without regard to case.
func eventFilter(f vigil.Filter, t string) (where, error) {
	var w where
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return w, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return w, err
	}
	if f.From != "" {
		w.add(t+`.event_date >= ?::date`, f.From)
	}
	if f.To != "" {
		w.add(t+`.event_date <= ?::date`, f.To)
	}
	if f.Country != "" {
		w.add(`(lower(`+t+`.country) = lower(?) OR lower(`+t+`.iso3) = lower(?))`, f.Country, f.Country)
	}
	if f.Admin1 != "" {
		w.add(`lower(`+t+`.admin1) = lower(?)`, f.Admin1)
	}
	if f.Admin2 != "" {
		w.add(`lower(`+t+`.admin2) = lower(?)`, f.Admin2)
	}
	if f.EventType != "" {
		w.add(`lower(`+t+`.event_type) = lower(?)`, f.EventType)
	}
	if f.Actor != "" {
		w.add(`(lower(`+t+`.actor1) = lower(?) OR lower(`+t+`.actor2) = lower(?) OR lower(`+t+`.perpetrator) = lower(?))`,
			f.Actor, f.Actor, f.Actor)
	}
	return w, nil
}

// Events lists the extracted events matching f whose document the viewer
// may see, in storage order (document, then position in the document).
// ReviewState does not apply to events.
func (s *Store) Events(ctx context.Context, f vigil.Filter) ([]vigil.StoredEvent, error) {
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	w, err := eventFilter(f, "e")
	if err != nil {
		return nil, err
	}
	if err := documentConds(&w, f, "e"); err != nil {
		return nil, err
	}
	if f.AfterID > 0 {
		w.add(`e.id > ?`, f.AfterID)
	}
	if f.Unfused {
		w.add(`e.incident_id IS NULL`)
	}
	if f.IncidentID != 0 {
		w.add(`e.incident_id = ?`, f.IncidentID)
	}
	visible(ctx, &w, "d")
	query := `SELECT e.id, e.document_id, e.idx, coalesce(e.incident_id, 0), coalesce(e.prior_incident_id, 0), e.json,
		d.outlet, d.url, d.published, coalesce(d.near_duplicate_of, 0), ` + markingColumns("d") + `
		FROM events e JOIN documents d ON d.id = e.document_id` + w.sql() + ` ORDER BY e.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredEvent, error) {
		var e vigil.StoredEvent
		var js string
		var published sql.NullTime
		var m marksql.Scanned
		if err := rows.Scan(&e.ID, &e.DocumentID, &e.Index, &e.IncidentID, &e.PriorIncidentID, &js,
			&e.Outlet, &e.URL, &published, &e.NearDuplicateOf, &m.TLP, &m.Owner, &m.Recipients); err != nil {
			return e, err
		}
		e.Marking = m.Marking()
		if err := json.Unmarshal([]byte(js), &e.Event); err != nil {
			return e, fmt.Errorf("decode event %d: %w", e.ID, err)
		}
		e.Published = timeOf(published)
		return e, nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list events: %w", err)
	}
	return out, nil
}

// documentConds adds f's DocumentID and Text conditions on the records of
// table alias t.
func documentConds(w *where, f vigil.Filter, t string) error {
	if f.DocumentID != 0 {
		w.add(t+`.document_id = ?`, f.DocumentID)
	}
	if f.Text != "" {
		q, err := tsQuery(f.Text)
		if err != nil {
			return err
		}
		w.add(t+`.document_id IN (SELECT id FROM documents WHERE `+textMatch+`)`, q)
	}
	return nil
}

// sourced is what a claim or equipment row tells of its document.
type sourced struct {
	id, documentID int64
	outlet         string
	published      time.Time
	marking        vigil.Marking
}

// sourcedColumns are the columns sourcedRecord reads, for the record table
// aliased t joined to its documents aliased d.
func sourcedColumns(t string) string {
	return t + `.id, ` + t + `.document_id, ` + t + `.json, d.outlet, d.published, ` + markingColumns("d")
}

// sourcedRecord reads a claim or equipment row (sourcedColumns), decoding
// the JSON into v.
func sourcedRecord(rows *sql.Rows, v any) (sourced, error) {
	var r sourced
	var js string
	var pub sql.NullTime
	var m marksql.Scanned
	if err := rows.Scan(&r.id, &r.documentID, &js, &r.outlet, &pub, &m.TLP, &m.Owner, &m.Recipients); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(js), v); err != nil {
		return r, fmt.Errorf("decode record %d: %w", r.id, err)
	}
	r.published, r.marking = timeOf(pub), m.Marking()
	return r, nil
}

// Claims lists the claims, from documents the viewer may see, whose
// period overlaps From..To and that match Country, Admin1, AttributedTo,
// DocumentID and Text, in ID order from AfterID. A filter field claims do
// not carry is EINVALID (vigil.CheckClaimFilter).
func (s *Store) Claims(ctx context.Context, f vigil.Filter) ([]vigil.StoredClaim, error) {
	var w where
	if err := vigil.CheckClaimFilter(f); err != nil {
		return nil, err
	}
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return nil, err
	}
	// Periods are text: a partial date ("2024-03") compares as the string
	// it is, as on SQLite.
	if f.From != "" {
		w.add(`c.period_end != '' AND c.period_end >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`c.period_start != '' AND c.period_start <= ?`, f.To)
	}
	if f.Country != "" {
		w.add(`lower(c.country) = lower(?)`, f.Country)
	}
	if f.Admin1 != "" {
		w.add(`lower(c.admin1) = lower(?)`, f.Admin1)
	}
	if f.AttributedTo != "" {
		w.add(`lower(c.attributed_to) = lower(?)`, f.AttributedTo)
	}
	if f.AfterID > 0 {
		w.add(`c.id > ?`, f.AfterID)
	}
	if err := documentConds(&w, f, "c"); err != nil {
		return nil, err
	}
	visible(ctx, &w, "d")
	query := `SELECT ` + sourcedColumns("c") + `
		FROM claims c JOIN documents d ON d.id = c.document_id` + w.sql() + ` ORDER BY c.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredClaim, error) {
		var c vigil.StoredClaim
		r, err := sourcedRecord(rows, &c.Claim)
		c.ID, c.DocumentID, c.Outlet, c.Published, c.Marking = r.id, r.documentID, r.outlet, r.published, r.marking
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list claims: %w", err)
	}
	return out, nil
}

// Equipment lists the equipment records, from documents the viewer may
// see, whose as-of date (a month counts as its
// first day) lies in From..To, held in or coming from Country, matching
// Origin, Holder, Category and AttributedTo, from DocumentID or matching
// Text, in ID order from AfterID. A filter field equipment does not carry
// is EINVALID (vigil.CheckEquipmentFilter).
func (s *Store) Equipment(ctx context.Context, f vigil.Filter) ([]vigil.StoredEquipment, error) {
	var w where
	if err := vigil.CheckEquipmentFilter(f); err != nil {
		return nil, err
	}
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return nil, err
	}
	// A month with "-01" appended is its first day; a full date keeps its
	// own ten characters.
	const asOf = `substr(q.as_of || '-01', 1, 10)`
	if f.From != "" {
		w.add(`q.as_of != '' AND `+asOf+` >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`q.as_of != '' AND `+asOf+` <= ?`, f.To)
	}
	if f.Country != "" {
		w.add(`(lower(q.location_country) = lower(?) OR lower(q.origin_country) = lower(?))`, f.Country, f.Country)
	}
	for _, c := range []struct{ col, v string }{
		{"q.origin_country", f.Origin}, {"q.holder", f.Holder}, {"q.category", f.Category}, {"q.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.add(`lower(`+c.col+`) = lower(?)`, c.v)
		}
	}
	if f.AfterID > 0 {
		w.add(`q.id > ?`, f.AfterID)
	}
	if err := documentConds(&w, f, "q"); err != nil {
		return nil, err
	}
	visible(ctx, &w, "d")
	query := `SELECT ` + sourcedColumns("q") + `
		FROM equipment q JOIN documents d ON d.id = q.document_id` + w.sql() + ` ORDER BY q.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredEquipment, error) {
		var q vigil.StoredEquipment
		r, err := sourcedRecord(rows, &q.Equipment)
		q.ID, q.DocumentID, q.Outlet, q.Published, q.Marking = r.id, r.documentID, r.outlet, r.published, r.marking
		return q, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list equipment: %w", err)
	}
	return out, nil
}
