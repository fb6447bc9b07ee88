package sqlevents

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Syntax is how a database writes the pieces of the lists' SQL that
// differ between SQLite and PostgreSQL.
type Syntax struct {
	// Fold returns the condition that column col equals one ? value,
	// letters compared without regard to case: "col = ? COLLATE NOCASE"
	// on SQLite, "lower(col) = lower(?)" on PostgreSQL.
	Fold func(col string) string
	// Prefix returns the condition that the first n characters of column
	// col equal one ? value, letters compared without regard to case (no
	// LIKE: a user's value holds no pattern).
	Prefix func(col string, n int) string
	// Limit renders LIMIT/OFFSET from validated, non-negative numbers; 0
	// means no limit.
	Limit func(n, offset int) string
	// Date is how a ? value compares with the events' date column:
	// "?" on SQLite, where dates are text, "?::date" on PostgreSQL.
	Date string
	// Text returns the condition, with one ? for arg, that the document
	// whose ID column col holds matches the user's search text; EINVALID
	// when the text cannot match anything.
	Text func(col, text string) (cond string, arg any, err error)
}

// Lists are a store's lists of extracted events, claims and equipment,
// written once here but for the pieces of its Syntax.
type Lists struct {
	// DB is the store's dialect and read transactions.
	DB sqlq.DB
	Syntax
}

// documentConds adds f's DocumentID and Text conditions on the records of
// table alias t, and the viewer's condition on their documents aliased d.
func (l Lists) documentConds(ctx context.Context, w *sqlq.Where, f vigil.Filter, t string) error {
	if f.DocumentID != 0 {
		w.Add(t+`.document_id = ?`, f.DocumentID)
	}
	if f.Text != "" {
		cond, arg, err := l.Text(t+".document_id", f.Text)
		if err != nil {
			return err
		}
		w.Add(cond, arg)
	}
	if cond, args := marksql.Visible(l.DB.Marks, "d", vigil.ViewerFrom(ctx)); cond != "TRUE" {
		w.Add(cond, args...)
	}
	return nil
}

// EventConds returns the conditions, with their arguments, of f's event
// fields (dates, place, type, actor) on an events or incidents table
// aliased t, after checking f's page and dates.
func (s Syntax) EventConds(f vigil.Filter, t string) (conds []string, args []any, err error) {
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, nil, err
	}
	if err := sqlq.CheckDates(f); err != nil {
		return nil, nil, err
	}
	var w sqlq.Where
	if f.From != "" {
		w.Add(t+`.event_date >= `+s.Date, f.From)
	}
	if f.To != "" {
		w.Add(t+`.event_date <= `+s.Date, f.To)
	}
	if f.Country != "" {
		w.Add(`(`+s.Fold(t+".country")+` OR `+s.Fold(t+".iso3")+`)`, f.Country, f.Country)
	}
	for _, c := range []struct{ col, v string }{{"admin1", f.Admin1}, {"admin2", f.Admin2}, {"event_type", f.EventType}} {
		if c.v != "" {
			w.Add(s.Fold(t+"."+c.col), c.v)
		}
	}
	if f.Actor != "" {
		// The actor, or one of its units ("Police Forces of Pakistan
		// Frontier Corps"): vigil.ActorIs.
		var conds []string
		var args []any
		unit := f.Actor + " "
		for _, col := range []string{"actor1", "actor2", "perpetrator"} {
			conds = append(conds, s.Fold(t+"."+col), s.Prefix(t+"."+col, utf8.RuneCountInString(unit)))
			args = append(args, f.Actor, unit)
		}
		w.Add(`(`+strings.Join(conds, ` OR `)+`)`, args...)
	}
	return w.Conds, w.Args, nil
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
// documents it may see) matching f, in storage order (document, then
// position in the document). ReviewState does not apply to events.
func (l Lists) Events(ctx context.Context, f vigil.Filter) ([]vigil.StoredEvent, error) {
	if err := vigil.CheckAfter(f); err != nil {
		return nil, err
	}
	conds, args, err := l.EventConds(f, "e")
	if err != nil {
		return nil, err
	}
	w := sqlq.Where{Conds: conds, Args: args}
	if err := l.documentConds(ctx, &w, f, "e"); err != nil {
		return nil, err
	}
	if f.AfterID > 0 {
		w.Add(`e.id > ?`, f.AfterID)
	}
	if f.Unfused {
		w.Add(`e.incident_id IS NULL`)
	}
	if f.IncidentID != 0 {
		w.Add(`e.incident_id = ?`, f.IncidentID)
	}
	query := `SELECT ` + EventColumns + `
		FROM events e JOIN documents d ON d.id = e.document_id` + w.SQL() + ` ORDER BY e.id` + l.Limit(f.Limit, f.Offset)
	out, err := list(ctx, l.DB, query, w.Args, ScanEvent(l.DB.Dialect))
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
	var w sqlq.Where
	// Periods are text: a partial date ("2024-03") compares as the string
	// it is.
	if f.From != "" {
		w.Add(`c.period_end != '' AND c.period_end >= ?`, f.From)
	}
	if f.To != "" {
		w.Add(`c.period_start != '' AND c.period_start <= ?`, f.To)
	}
	for _, c := range []struct{ col, v string }{
		{"c.country", f.Country}, {"c.admin1", f.Admin1}, {"c.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.Add(l.Fold(c.col), c.v)
		}
	}
	if f.AfterID > 0 {
		w.Add(`c.id > ?`, f.AfterID)
	}
	return listRecords(ctx, l, w, f, "claims", "c", ScanClaim(l.DB.Dialect))
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
	var w sqlq.Where
	// A month with "-01" appended is its first day; a full date keeps its
	// own ten characters.
	const asOf = `substr(q.as_of || '-01', 1, 10)`
	if f.From != "" {
		w.Add(`q.as_of != '' AND `+asOf+` >= ?`, f.From)
	}
	if f.To != "" {
		w.Add(`q.as_of != '' AND `+asOf+` <= ?`, f.To)
	}
	if f.Country != "" {
		w.Add(`(`+l.Fold("q.location_country")+` OR `+l.Fold("q.origin_country")+`)`, f.Country, f.Country)
	}
	for _, c := range []struct{ col, v string }{
		{"q.origin_country", f.Origin}, {"q.holder", f.Holder}, {"q.category", f.Category}, {"q.attributed_to", f.AttributedTo},
	} {
		if c.v != "" {
			w.Add(l.Fold(c.col), c.v)
		}
	}
	if f.AfterID > 0 {
		w.Add(`q.id > ?`, f.AfterID)
	}
	return listRecords(ctx, l, w, f, "equipment", "q", ScanEquipment(l.DB.Dialect))
}

// listRecords lists the claims or equipment (table, aliased t) that meet
// w's conditions and f's DocumentID and Text, from the documents the
// viewer may see, in ID order.
func listRecords[T any](ctx context.Context, l Lists, w sqlq.Where, f vigil.Filter, table, t string,
	scan func(*sql.Rows) (T, error)) ([]T, error) {
	if err := l.documentConds(ctx, &w, f, t); err != nil {
		return nil, err
	}
	query := `SELECT ` + SourcedColumns(t) + `
		FROM ` + table + ` ` + t + ` JOIN documents d ON d.id = ` + t + `.document_id` + w.SQL() +
		` ORDER BY ` + t + `.id` + l.Limit(f.Limit, f.Offset)
	out, err := list(ctx, l.DB, query, w.Args, scan)
	if err != nil {
		return nil, fmt.Errorf("%s: list %s: %w", l.DB.Name, table, err)
	}
	return out, nil
}
