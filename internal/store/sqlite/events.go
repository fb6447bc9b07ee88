package sqlite

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

// placeholders returns "?, ?, ..." for n values.
func placeholders(n int) string {
	b := make([]byte, 0, 3*n)
	for i := range n {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, '?')
	}
	return string(b)
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
			return fmt.Errorf("sqlite: save extraction of document %d: event %d: %w", documentID, i, err)
		}
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, documentID).Scan(&one)
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
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE document_id = ?`, documentID); err != nil {
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
		return fmt.Errorf("sqlite: save extraction of document %d: %w", documentID, err)
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

// detachDocumentEvents takes the document's events out of their incidents,
// dissolving the incidents left empty, audits both, and returns the
// incidents it touched.
func detachDocumentEvents(ctx context.Context, tx *sql.Tx, documentID int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT incident_id, id FROM events
		WHERE document_id = ? AND incident_id IS NOT NULL ORDER BY incident_id, id`, documentID)
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
	if _, err := tx.ExecContext(ctx, `UPDATE events SET incident_id = NULL WHERE document_id = ?`, documentID); err != nil {
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
// when no member remains and no analyst has worked on it. before is the
// incident's state with its old members, for the audit entry.
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
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE incident_id = ?`, id).Scan(&remaining); err != nil {
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
		if _, err := tx.ExecContext(ctx, `DELETE FROM incidents WHERE id = ?`, id); err != nil {
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
	_, err = tx.ExecContext(ctx, `INSERT INTO events (document_id, idx, `+sqlq.CommonColumns+`,
		time_precision, geo_precision, confidence, json, prior_incident_id) VALUES (`+placeholders(len(args))+`)`, args...)
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
		country, admin1, attributed_to, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
		origin_country, location_country, holder, as_of, attributed_to, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		documentID, idx, q.Kind, q.Category, q.Item, q.Quantity, q.ValueUSD, q.OriginCountry, q.LocationCountry,
		q.Holder, q.AsOf, q.AttributedTo, string(js))
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	return nil
}

// eventFilter renders the conditions of f that apply to an events or
// incidents table aliased as t.
func eventFilter(f vigil.Filter, t string) (where, error) {
	var w where
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return w, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return w, err
	}
	if f.From != "" {
		w.add(t+`.event_date >= ?`, f.From)
	}
	if f.To != "" {
		w.add(t+`.event_date <= ?`, f.To)
	}
	if f.Country != "" {
		w.add(`(`+t+`.country = ? COLLATE NOCASE OR `+t+`.iso3 = ? COLLATE NOCASE)`, f.Country, f.Country)
	}
	if f.Admin1 != "" {
		w.add(t+`.admin1 = ? COLLATE NOCASE`, f.Admin1)
	}
	if f.Admin2 != "" {
		w.add(t+`.admin2 = ? COLLATE NOCASE`, f.Admin2)
	}
	if f.EventType != "" {
		w.add(t+`.event_type = ? COLLATE NOCASE`, f.EventType)
	}
	if f.Actor != "" {
		w.add(`(`+t+`.actor1 = ? COLLATE NOCASE OR `+t+`.actor2 = ? COLLATE NOCASE OR `+t+`.perpetrator = ? COLLATE NOCASE)`,
			f.Actor, f.Actor, f.Actor)
	}
	return w, nil
}

// Events lists the extracted events the viewer may see (those of the
// documents it may see) matching f, in storage order (document, then
// position in the document). ReviewState does not apply to events.
func (s *Store) Events(ctx context.Context, f vigil.Filter) ([]vigil.StoredEvent, error) {
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	w, err := eventFilter(f, "e")
	if err != nil {
		return nil, err
	}
	w.addVisible(ctx, "d")
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
	query := `SELECT e.id, e.document_id, e.idx, coalesce(e.incident_id, 0), coalesce(e.prior_incident_id, 0), e.json,
		d.outlet, d.url, d.published, coalesce(d.near_duplicate_of, 0), d.tlp, d.owner, d.recipients
		FROM events e JOIN documents d ON d.id = e.document_id` + w.sql() + ` ORDER BY e.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredEvent, error) {
		var e vigil.StoredEvent
		var js, published, tlp, owner, recipients string
		if err := rows.Scan(&e.ID, &e.DocumentID, &e.Index, &e.IncidentID, &e.PriorIncidentID, &js,
			&e.Outlet, &e.URL, &published, &e.NearDuplicateOf, &tlp, &owner, &recipients); err != nil {
			return e, err
		}
		e.Marking = marksql.Marking(tlp, owner, recipients)
		if err := json.Unmarshal([]byte(js), &e.Event); err != nil {
			return e, fmt.Errorf("decode event %d: %w", e.ID, err)
		}
		e.Published, err = parseTime(published)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list events: %w", err)
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
		q, err := ftsQuery(f.Text)
		if err != nil {
			return err
		}
		w.add(t+`.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, q)
	}
	return nil
}

// sourcedColumns are the columns sourcedRecord reads, from a claims or
// equipment table aliased t joined to its document aliased d.
func sourcedColumns(t string) string {
	return t + ".id, " + t + ".document_id, " + t + ".json, d.outlet, d.published, d.tlp, d.owner, d.recipients"
}

// sourcedRecord reads a claim or equipment row (sourcedColumns), decoding
// the JSON into v.
func sourcedRecord(rows *sql.Rows, v any) (id, documentID int64, outlet string, published time.Time, m vigil.Marking, err error) {
	var js, pub, tlp, owner, recipients string
	if err = rows.Scan(&id, &documentID, &js, &outlet, &pub, &tlp, &owner, &recipients); err != nil {
		return
	}
	m = marksql.Marking(tlp, owner, recipients)
	if err = json.Unmarshal([]byte(js), v); err != nil {
		err = fmt.Errorf("decode record %d: %w", id, err)
		return
	}
	published, err = parseTime(pub)
	return
}

// Claims lists the claims the viewer may see (those of the documents it may
// see) whose period overlaps From..To and that match Country, Admin1,
// AttributedTo, DocumentID and Text, in ID order from AfterID. A filter
// field claims do not carry is EINVALID (vigil.CheckClaimFilter).
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
	if f.From != "" {
		w.add(`c.period_end != '' AND c.period_end >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`c.period_start != '' AND c.period_start <= ?`, f.To)
	}
	if f.Country != "" {
		w.add(`c.country = ? COLLATE NOCASE`, f.Country)
	}
	if f.Admin1 != "" {
		w.add(`c.admin1 = ? COLLATE NOCASE`, f.Admin1)
	}
	if f.AttributedTo != "" {
		w.add(`c.attributed_to = ? COLLATE NOCASE`, f.AttributedTo)
	}
	if f.AfterID > 0 {
		w.add(`c.id > ?`, f.AfterID)
	}
	if err := documentConds(&w, f, "c"); err != nil {
		return nil, err
	}
	w.addVisible(ctx, "d")
	query := `SELECT ` + sourcedColumns("c") + `
		FROM claims c JOIN documents d ON d.id = c.document_id` + w.sql() + ` ORDER BY c.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredClaim, error) {
		var c vigil.StoredClaim
		var err error
		c.ID, c.DocumentID, c.Outlet, c.Published, c.Marking, err = sourcedRecord(rows, &c.Claim)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list claims: %w", err)
	}
	return out, nil
}

// Equipment lists the equipment records the viewer may see (those of the
// documents it may see) whose as-of date (a month counts as its
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
		w.add(`(q.location_country = ? COLLATE NOCASE OR q.origin_country = ? COLLATE NOCASE)`, f.Country, f.Country)
	}
	for _, c := range []struct{ col, v string }{
		{"q.origin_country", f.Origin}, {"q.holder", f.Holder}, {"q.category", f.Category}, {"q.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.add(c.col+` = ? COLLATE NOCASE`, c.v)
		}
	}
	if f.AfterID > 0 {
		w.add(`q.id > ?`, f.AfterID)
	}
	if err := documentConds(&w, f, "q"); err != nil {
		return nil, err
	}
	w.addVisible(ctx, "d")
	query := `SELECT ` + sourcedColumns("q") + `
		FROM equipment q JOIN documents d ON d.id = q.document_id` + w.sql() + ` ORDER BY q.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, func(rows *sql.Rows) (vigil.StoredEquipment, error) {
		var q vigil.StoredEquipment
		var err error
		q.ID, q.DocumentID, q.Outlet, q.Published, q.Marking, err = sourcedRecord(rows, &q.Equipment)
		return q, err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list equipment: %w", err)
	}
	return out, nil
}
