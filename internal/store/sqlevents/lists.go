package sqlevents

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Lists are a store's lists of extracted events, claims and equipment.
// Their SQL is written once here, but for three pieces each database
// writes its own way, which the store gives.
type Lists struct {
	// DB is the store's dialect and read transactions.
	DB sqlq.DB
	// Fold returns the condition that column col equals one ? value,
	// letters compared without regard to case: "col = ? COLLATE NOCASE"
	// on SQLite, "lower(col) = lower(?)" on PostgreSQL.
	Fold func(col string) string
	// Limit renders LIMIT/OFFSET from validated, non-negative numbers; 0
	// means no limit.
	Limit func(n, offset int) string
	// Text returns the condition, with one ? for arg, that the document
	// whose ID column col holds matches the user's search text; EINVALID
	// when the text cannot match anything.
	Text func(col, text string) (cond string, arg any, err error)
}

// where collects the conditions of a query and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// documentConds adds f's DocumentID and Text conditions on the records of
// table alias t, and the viewer's condition on their documents aliased d.
func (l Lists) documentConds(ctx context.Context, w *where, f vigil.Filter, t string) error {
	if f.DocumentID != 0 {
		w.add(t+`.document_id = ?`, f.DocumentID)
	}
	if f.Text != "" {
		cond, arg, err := l.Text(t+".document_id", f.Text)
		if err != nil {
			return err
		}
		w.add(cond, arg)
	}
	if cond, args := marksql.Visible(l.DB.Marks, "d", vigil.ViewerFrom(ctx)); cond != "TRUE" {
		w.add(cond, args...)
	}
	return nil
}

// list runs query in one read transaction and scans each row with scan.
func list[T any](ctx context.Context, db sqlq.DB, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	if db.Rebind != nil {
		query = db.Rebind(query)
	}
	var out []T
	err := db.Read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = sqlq.AppendRows(ctx, tx, out, query, args, scan)
		return err
	})
	return out, err
}

// Events lists the extracted events the viewer may see (those of the
// documents it may see) matching f, in storage order. conds and args are
// the store's conditions of f's event fields on the events aliased e, its
// page and dates already checked; Events adds DocumentID, Text, AfterID,
// Unfused and IncidentID.
func (l Lists) Events(ctx context.Context, f vigil.Filter, conds []string, args []any) ([]vigil.StoredEvent, error) {
	w := where{conds: conds, args: args}
	if err := l.documentConds(ctx, &w, f, "e"); err != nil {
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
	query := `SELECT ` + EventColumns + `
		FROM events e JOIN documents d ON d.id = e.document_id` + w.sql() + ` ORDER BY e.id` + l.Limit(f.Limit, f.Offset)
	out, err := list(ctx, l.DB, query, w.args, ScanEvent(l.DB.Dialect))
	if err != nil {
		return nil, fmt.Errorf("%s: list events: %w", l.DB.Name, err)
	}
	return out, nil
}

// checkPage runs the checks every list makes of f: AfterID, the page and
// the dates.
func checkPage(f vigil.Filter) error {
	if err := vigil.CheckAfter(f); err != nil {
		return err
	}
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return err
	}
	return sqlq.CheckDates(f)
}

// Claims lists the claims the viewer may see (those of the documents it
// may see) whose period overlaps From..To and that match Country, Admin1,
// AttributedTo, DocumentID and Text, in ID order from AfterID. A filter
// field claims do not carry is EINVALID (vigil.CheckClaimFilter).
func (l Lists) Claims(ctx context.Context, f vigil.Filter) ([]vigil.StoredClaim, error) {
	if err := vigil.CheckClaimFilter(f); err != nil {
		return nil, err
	}
	if err := checkPage(f); err != nil {
		return nil, err
	}
	var w where
	// Periods are text: a partial date ("2024-03") compares as the string
	// it is.
	if f.From != "" {
		w.add(`c.period_end != '' AND c.period_end >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`c.period_start != '' AND c.period_start <= ?`, f.To)
	}
	for _, c := range []struct{ col, v string }{
		{"c.country", f.Country}, {"c.admin1", f.Admin1}, {"c.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.add(l.Fold(c.col), c.v)
		}
	}
	if f.AfterID > 0 {
		w.add(`c.id > ?`, f.AfterID)
	}
	if err := l.documentConds(ctx, &w, f, "c"); err != nil {
		return nil, err
	}
	query := `SELECT ` + SourcedColumns("c") + `
		FROM claims c JOIN documents d ON d.id = c.document_id` + w.sql() + ` ORDER BY c.id` + l.Limit(f.Limit, f.Offset)
	out, err := list(ctx, l.DB, query, w.args, ScanClaim(l.DB.Dialect))
	if err != nil {
		return nil, fmt.Errorf("%s: list claims: %w", l.DB.Name, err)
	}
	return out, nil
}

// Equipment lists the equipment records the viewer may see (those of the
// documents it may see) whose as-of date (a month counts as its first
// day) lies in From..To, held in or coming from Country, matching Origin,
// Holder, Category and AttributedTo, from DocumentID or matching Text, in
// ID order from AfterID. A filter field equipment does not carry is
// EINVALID (vigil.CheckEquipmentFilter).
func (l Lists) Equipment(ctx context.Context, f vigil.Filter) ([]vigil.StoredEquipment, error) {
	if err := vigil.CheckEquipmentFilter(f); err != nil {
		return nil, err
	}
	if err := checkPage(f); err != nil {
		return nil, err
	}
	var w where
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
		w.add(`(`+l.Fold("q.location_country")+` OR `+l.Fold("q.origin_country")+`)`, f.Country, f.Country)
	}
	for _, c := range []struct{ col, v string }{
		{"q.origin_country", f.Origin}, {"q.holder", f.Holder}, {"q.category", f.Category}, {"q.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.add(l.Fold(c.col), c.v)
		}
	}
	if f.AfterID > 0 {
		w.add(`q.id > ?`, f.AfterID)
	}
	if err := l.documentConds(ctx, &w, f, "q"); err != nil {
		return nil, err
	}
	query := `SELECT ` + SourcedColumns("q") + `
		FROM equipment q JOIN documents d ON d.id = q.document_id` + w.sql() + ` ORDER BY q.id` + l.Limit(f.Limit, f.Offset)
	out, err := list(ctx, l.DB, query, w.args, ScanEquipment(l.DB.Dialect))
	if err != nil {
		return nil, fmt.Errorf("%s: list equipment: %w", l.DB.Name, err)
	}
	return out, nil
}
