package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/sqlevents"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// placeholders returns "?, ?, ..." for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// SaveExtraction replaces the document's extracted events, claims and
// equipment with x; see sqlevents.Save for what happens to their incidents.
func (s *Store) SaveExtraction(ctx context.Context, documentID int64, x vigil.Extraction) error {
	return sqlevents.Save(ctx, dialect, s.incidentOps(s.writeMembership), documentID, x)
}

// dropIfEmpty audits that the events in left have left incident id and dissolves
// the incident when no member remains and no analyst has worked on it
// (sqlevents.DropIfEmpty).
func dropIfEmpty(ctx context.Context, tx *sql.Tx, id int64, left []int64, reason string) error {
	ops := sqlq.Incidents{Load: loadIncident, Audit: insertAudit}
	return sqlevents.DropIfEmpty(ctx, dialect.Tx(tx), ops, id, left, reason)
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
	query := `SELECT ` + sqlevents.EventColumns + `
		FROM events e JOIN documents d ON d.id = e.document_id` + w.sql() + ` ORDER BY e.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, sqlevents.ScanEvent(dialect))
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
	query := `SELECT ` + sqlevents.SourcedColumns("c") + `
		FROM claims c JOIN documents d ON d.id = c.document_id` + w.sql() + ` ORDER BY c.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, sqlevents.ScanClaim(dialect))
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
	query := `SELECT ` + sqlevents.SourcedColumns("q") + `
		FROM equipment q JOIN documents d ON d.id = q.document_id` + w.sql() + ` ORDER BY q.id` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.args, sqlevents.ScanEquipment(dialect))
	if err != nil {
		return nil, fmt.Errorf("postgres: list equipment: %w", err)
	}
	return out, nil
}
