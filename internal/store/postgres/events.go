package postgres

import (
	"context"
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

// eventFilter renders the conditions of f that apply to an events or
// incidents table aliased as t (see sqlevents.Syntax.EventConds).
func eventFilter(f vigil.Filter, t string) (sqlq.Where, error) {
	conds, args, err := syntax.EventConds(f, t)
	return sqlq.Where{Conds: conds, Args: args}, err
}

// syntax is how PostgreSQL writes the pieces of the lists' SQL that
// differ between the databases: names compared through lower(), dates as
// the date type, the text searched with a tsquery (textMatch).
var syntax = sqlevents.Syntax{
	Fold:   func(col string) string { return `lower(` + col + `) = lower(?)` },
	Prefix: func(col string, n int) string { return fmt.Sprintf(`lower(substr(%s, 1, %d)) = lower(?)`, col, n) },
	Limit:  limit,
	Date:   `?::date`,
	Text: func(col, text string) (string, any, error) {
		q, err := tsQuery(text)
		return col + ` IN (SELECT id FROM documents WHERE ` + textMatch + `)`, q, err
	},
}

// lists are the store's lists of events, claims and equipment.
func (s *Store) lists() sqlevents.Lists {
	return sqlevents.Lists{DB: s.shared(), Syntax: syntax}
}

// Events lists the extracted events the viewer may see; see
// sqlevents.Lists.Events.
func (s *Store) Events(ctx context.Context, f vigil.Filter) ([]vigil.StoredEvent, error) {
	return s.lists().Events(ctx, f)
}

// Claims lists the claims the viewer may see; see sqlevents.Lists.Claims.
func (s *Store) Claims(ctx context.Context, f vigil.Filter) ([]vigil.StoredClaim, error) {
	return s.lists().Claims(ctx, f)
}

// Equipment lists the equipment records the viewer may see; see
// sqlevents.Lists.Equipment.
func (s *Store) Equipment(ctx context.Context, f vigil.Filter) ([]vigil.StoredEquipment, error) {
	return s.lists().Equipment(ctx, f)
}
