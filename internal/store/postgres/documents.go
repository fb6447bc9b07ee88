package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// AddDocument stores d unless a document with the same content hash exists,
// in which case it returns that document's ID and created=false. On creation
// d.ID, d.IngestedAt (when zero) and d.Marking (as stored) are set.
// PostgreSQL text cannot hold a NUL byte: a document with one is refused
// with EINVALID naming the field.
//
// d.Marking is stored as given, an empty one as TLP:CLEAR; a marking that
// fails Validate is refused with EINVALID. A document already stored keeps
// its marking: the same text ingested again under another marking neither
// widens nor narrows who sees the stored copy.
func (s *Store) AddDocument(ctx context.Context, d *vigil.Document) (int64, bool, error) {
	if d.ContentHash == "" {
		return 0, false, vigil.Errorf(vigil.EINVALID, "document %q has no content hash", d.ExternalID)
	}
	if err := checkNUL(d); err != nil {
		return 0, false, err
	}
	m, err := marksql.Check(fmt.Sprintf("document %q", d.ExternalID), d.Marking)
	if err != nil {
		return 0, false, err
	}
	tlp, owner, recipients := marksql.Columns(m)
	ingested := d.IngestedAt
	if ingested.IsZero() {
		ingested = now()
	}
	var id int64
	var created bool
	err = s.write(ctx, func(tx *sql.Tx) error {
		var sourceID sql.NullInt64
		if d.Outlet != "" {
			sid, err := sourceIDFor(ctx, tx, d.Outlet)
			if err != nil {
				return err
			}
			sourceID = sql.NullInt64{Int64: sid, Valid: true}
		}
		var near sql.NullInt64
		if d.NearDuplicateOf != 0 {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = $1`, d.NearDuplicateOf).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return vigil.Errorf(vigil.EINVALID, "near-duplicate link to document %d, which does not exist", d.NearDuplicateOf)
			}
			if err != nil {
				return fmt.Errorf("find near-duplicate target %d: %w", d.NearDuplicateOf, err)
			}
			near = sql.NullInt64{Int64: d.NearDuplicateOf, Valid: true}
		}
		b := bands(d.SimHash)
		// ON CONFLICT waits for a concurrent insert of the same text to
		// commit, so two ingest processes never store one article twice and
		// the loser finds the winner's row below.
		err := tx.QueryRowContext(ctx, `INSERT INTO documents
			(external_id, origin, source_id, outlet, url, title, published, raw, text, content_hash,
			 simhash, band0, band1, band2, band3, near_duplicate_of, ingested_at, tlp, owner, recipients)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
			ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
			d.ExternalID, d.Origin, sourceID, d.Outlet, d.URL, d.Title, nullTime(d.Published), d.Raw, d.Text, d.ContentHash,
			int64(d.SimHash), b[0], b[1], b[2], b[3], near, ingested, tlp, owner, recipients).Scan(&id)
		if err == nil {
			created = true
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("insert: %w", err)
		}
		return tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE content_hash = $1`, d.ContentHash).Scan(&id)
	})
	if err != nil {
		return 0, false, fmt.Errorf("postgres: add document %q: %w", d.ExternalID, err)
	}
	if created {
		d.ID, d.IngestedAt, d.Marking = id, ingested, m
	}
	return id, created, nil
}

// checkNUL refuses a document with a NUL byte in a text field, which
// PostgreSQL cannot store (ingest never produces one: it refuses binary
// input).
func checkNUL(d *vigil.Document) error {
	for _, f := range []struct{ name, value string }{
		{"external id", d.ExternalID}, {"origin", d.Origin}, {"outlet", d.Outlet}, {"URL", d.URL},
		{"title", d.Title}, {"raw content", d.Raw}, {"text", d.Text}, {"content hash", d.ContentHash},
	} {
		if strings.IndexByte(f.value, 0) >= 0 {
			return vigil.Errorf(vigil.EINVALID, "document %q: its %s contains a NUL byte, which PostgreSQL cannot store", d.ExternalID, f.name)
		}
	}
	return nil
}

// sourceIDFor returns the sources row for an outlet, creating it.
func sourceIDFor(ctx context.Context, tx *sql.Tx, outlet string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT INTO sources(name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, outlet); err != nil {
		return 0, fmt.Errorf("add source %q: %w", outlet, err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE name = $1`, outlet).Scan(&id); err != nil {
		return 0, fmt.Errorf("find source %q: %w", outlet, err)
	}
	return id, nil
}

// bands splits a simhash into its four 16-bit quarters. Two hashes within 3
// bits of each other agree on at least one quarter (pigeonhole), which is
// what makes the indexed lookup complete for small distances.
func bands(h uint64) [4]int64 {
	return [4]int64{int64(h & 0xffff), int64(h >> 16 & 0xffff), int64(h >> 32 & 0xffff), int64(h >> 48 & 0xffff)}
}

// documentColumns are the columns scanDocument reads, of the documents
// table aliased d.
const documentColumns = `d.id, d.external_id, d.origin, d.outlet, d.url, d.title, d.published, d.raw, d.text, d.content_hash,
	d.simhash, coalesce(d.near_duplicate_of, 0), d.ingested_at, d.tlp, d.owner, d.recipients`

func scanDocument(row interface{ Scan(...any) error }) (vigil.Document, error) {
	var d vigil.Document
	var published, ingested sql.NullTime
	var simhash int64
	var m marksql.Scanned
	if err := row.Scan(&d.ID, &d.ExternalID, &d.Origin, &d.Outlet, &d.URL, &d.Title, &published, &d.Raw, &d.Text,
		&d.ContentHash, &simhash, &d.NearDuplicateOf, &ingested, &m.TLP, &m.Owner, &m.Recipients); err != nil {
		return d, err
	}
	d.Marking = m.Marking()
	d.SimHash = uint64(simhash)
	d.Published, d.IngestedAt = timeOf(published), timeOf(ingested)
	return d, nil
}

// Document returns one document, ENOTFOUND when there is none or the
// viewer may not see it.
func (s *Store) Document(ctx context.Context, id int64) (*vigil.Document, error) {
	var d vigil.Document
	var w sqlq.Where
	w.Add(`d.id = ?`, id)
	visible(ctx, &w, "d")
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		d, err = scanDocument(tx.QueryRowContext(ctx, rebind(`SELECT `+documentColumns+` FROM documents d`+w.SQL()), w.Args...))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "document %d not found", id)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: load document %d: %w", id, err)
	}
	return &d, nil
}

// Documents lists the documents the viewer may see, newest first, matching f.
func (s *Store) Documents(ctx context.Context, f vigil.DocumentFilter) ([]vigil.Document, error) {
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, err
	}
	var w sqlq.Where
	if f.Outlet != "" {
		w.Add(`lower(d.outlet) = lower(?)`, f.Outlet)
	}
	if f.Text != "" {
		q, err := tsQuery(f.Text)
		if err != nil {
			return nil, err
		}
		w.Add(`d.`+textMatch, q)
	}
	visible(ctx, &w, "d")
	query := `SELECT ` + documentColumns + ` FROM documents d` + w.SQL() + ` ORDER BY d.id DESC` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.Args, func(rows *sql.Rows) (vigil.Document, error) { return scanDocument(rows) })
	if err != nil {
		return nil, fmt.Errorf("postgres: list documents: %w", err)
	}
	return out, nil
}

// FindNearDuplicate returns the ID of the earliest stored document whose
// simhash is within maxDistance bits of simhash, or 0. The database compares
// the hashes (bit_count of the XOR): up to 3 bits only in the documents
// sharing a 16-bit band, through the band indexes; wider, in the narrow
// document_simhashes table, every hash.
func (s *Store) FindNearDuplicate(ctx context.Context, simhash uint64, maxDistance int) (int64, error) {
	if maxDistance < 0 || maxDistance > 64 {
		return 0, vigil.Errorf(vigil.EINVALID, "near-duplicate distance %d is outside 0..64", maxDistance)
	}
	const near = `bit_count((simhash # $1::bigint)::bit(64)) <= $2`
	query := `SELECT document_id FROM document_simhashes WHERE ` + near + ` ORDER BY document_id LIMIT 1`
	args := []any{int64(simhash), maxDistance}
	if maxDistance <= 3 {
		b := bands(simhash)
		query = `SELECT id FROM documents WHERE ` + near + `
			AND (band0 = $3 OR band1 = $4 OR band2 = $5 OR band3 = $6) ORDER BY id LIMIT 1`
		args = append(args, b[0], b[1], b[2], b[3])
	}
	var found int64
	err := s.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, query, args...).Scan(&found)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: find near duplicate of %016x: %w", simhash, err)
	}
	return found, nil
}

// SimHashes lists every document's simhash, IDs ascending, so ingest can
// keep its near-duplicate search in memory (vigil.SimHashLister).
func (s *Store) SimHashes(ctx context.Context) ([]vigil.DocumentHash, error) {
	out, err := list(ctx, s, `SELECT document_id, simhash FROM document_simhashes ORDER BY document_id`, nil, func(rows *sql.Rows) (vigil.DocumentHash, error) {
		var h vigil.DocumentHash
		var hash int64
		err := rows.Scan(&h.ID, &hash)
		h.SimHash = uint64(hash)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: list simhashes: %w", err)
	}
	return out, nil
}

// AddIngestError records an input that failed.
func (s *Store) AddIngestError(ctx context.Context, e vigil.IngestError) error {
	if e.At.IsZero() {
		e.At = now()
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		// The message may quote the bad input; a NUL in it must not lose
		// the record of the failure.
		_, err := tx.ExecContext(ctx, `INSERT INTO ingest_errors(origin, message, at) VALUES ($1, $2, $3)`,
			dropNUL(e.Origin), dropNUL(e.Message), nullTime(e.At))
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: add ingest error for %s: %w", e.Origin, err)
	}
	return nil
}

// dropNUL replaces NUL bytes, which PostgreSQL text cannot hold, with the
// Unicode replacement character.
func dropNUL(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }

// IngestErrors lists the most recent ingest errors first; limit 0 means all.
// They quote the inputs that failed, whatever their marking, so the
// anonymous viewer gets none.
func (s *Store) IngestErrors(ctx context.Context, n int) ([]vigil.IngestError, error) {
	if err := sqlq.CheckPage(n, 0); err != nil {
		return nil, err
	}
	if vigil.ViewerFrom(ctx).Anonymous() {
		return nil, nil
	}
	out, err := list(ctx, s, `SELECT id, origin, message, at FROM ingest_errors ORDER BY id DESC`+limit(n, 0), nil,
		func(rows *sql.Rows) (vigil.IngestError, error) {
			var e vigil.IngestError
			var at sql.NullTime
			err := rows.Scan(&e.ID, &e.Origin, &e.Message, &at)
			e.At = timeOf(at)
			return e, err
		})
	if err != nil {
		return nil, fmt.Errorf("postgres: list ingest errors: %w", err)
	}
	return out, nil
}
