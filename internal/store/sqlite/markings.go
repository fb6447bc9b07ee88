package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// visible returns the condition that keeps the rows of the table aliased
// alias that ctx's viewer may see, and its arguments ("TRUE" for the
// operator). Every read path ANDs it into its query.
func visible(ctx context.Context, alias string) (string, []any) {
	return marksql.Visible(marksql.SQLite, alias, vigil.ViewerFrom(ctx))
}

// markingValues returns a marking's tlp, owner and recipients column values.
func markingValues(m vigil.Marking) []any {
	tlp, owner, recipients := marksql.Columns(m)
	return []any{tlp, owner, recipients}
}

// SetSourceMarking sets the marking the documents of source get when they
// are ingested without one of their own, replacing any earlier one.
func (s *Store) SetSourceMarking(ctx context.Context, source string, m vigil.Marking) error {
	if strings.TrimSpace(source) == "" {
		return vigil.Errorf(vigil.EINVALID, "a source marking needs a source (an outlet name or an origin)")
	}
	m, err := marksql.Check("marking of source "+source, m)
	if err != nil {
		return err
	}
	args := append([]any{source}, markingValues(m)...)
	args = append(args, formatTime(now()))
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO source_markings (source, tlp, owner, recipients, updated_at)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET
			tlp = excluded.tlp, owner = excluded.owner, recipients = excluded.recipients, updated_at = excluded.updated_at`, args...)
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: set marking of source %q: %w", source, err)
	}
	return nil
}

// SourceMarkings lists every source's marking, by source.
func (s *Store) SourceMarkings(ctx context.Context) ([]vigil.SourceMarking, error) {
	out, err := list(ctx, s, `SELECT source, tlp, owner, recipients, updated_at FROM source_markings ORDER BY source`, nil,
		func(rows *sql.Rows) (vigil.SourceMarking, error) {
			var sm vigil.SourceMarking
			var tlp, owner, recipients, at string
			if err := rows.Scan(&sm.Source, &tlp, &owner, &recipients, &at); err != nil {
				return sm, err
			}
			sm.Marking = marksql.Marking(tlp, owner, recipients)
			var err error
			sm.UpdatedAt, err = parseTime(at)
			return sm, err
		})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list source markings: %w", err)
	}
	return out, nil
}

// addVisible adds to w the viewer's condition on the rows of alias; it adds
// nothing for the operator, whose queries stay as they were.
func addVisible(ctx context.Context, w *sqlq.Where, alias string) {
	if cond, args := visible(ctx, alias); cond != "TRUE" {
		w.Add(cond, args...)
	}
}
