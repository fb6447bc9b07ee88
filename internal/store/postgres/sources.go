package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.SourceMarkingStore = (*Store)(nil)

// SetSourceMarking sets the marking the documents of source (an outlet
// name or an origin such as a feed URL) get when they are ingested without
// one of their own, replacing any earlier one. The marking must be valid
// once an empty level is read as CLEAR.
func (s *Store) SetSourceMarking(ctx context.Context, source string, m vigil.Marking) error {
	if strings.TrimSpace(source) == "" {
		return vigil.Errorf(vigil.EINVALID, "a source marking needs a source (an outlet name or an origin)")
	}
	m, err := marksql.Check("marking of source "+source, m)
	if err != nil {
		return err
	}
	tlp, owner, recipients := marksql.Columns(m)
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO source_markings (source, tlp, owner, recipients, updated_at)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (source) DO UPDATE SET tlp = excluded.tlp, owner = excluded.owner,
				recipients = excluded.recipients, updated_at = excluded.updated_at`,
			source, tlp, owner, recipients, now())
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: set marking of source %q: %w", source, err)
	}
	return nil
}

// SourceMarkings lists every source's default marking, by source name.
func (s *Store) SourceMarkings(ctx context.Context) ([]vigil.SourceMarking, error) {
	out, err := list(ctx, s, `SELECT source, tlp, owner, recipients, updated_at FROM source_markings ORDER BY source`, nil,
		func(rows *sql.Rows) (vigil.SourceMarking, error) {
			var sm vigil.SourceMarking
			var m marksql.Scanned
			var at time.Time
			err := rows.Scan(append(append([]any{&sm.Source}, m.Dest()...), &at)...)
			sm.Marking, sm.UpdatedAt = m.Marking(), at.UTC()
			return sm, err
		})
	if err != nil {
		return nil, fmt.Errorf("postgres: list source markings: %w", err)
	}
	return out, nil
}
