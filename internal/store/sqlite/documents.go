package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"sync"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// AddDocument stores d unless a document with the same content hash exists,
// in which case it returns that document's ID and created=false. On creation
// d.ID, d.IngestedAt (when zero) and d.Marking (as stored) are set.
//
// d.Marking is stored as given, an empty one as TLP:CLEAR; a marking that
// fails Validate is refused with EINVALID. A document already stored keeps
// its marking: the same text ingested again under another marking neither
// widens nor narrows who sees the stored copy.
func (s *Store) AddDocument(ctx context.Context, d *vigil.Document) (int64, bool, error) {
	if d.ContentHash == "" {
		return 0, false, vigil.Errorf(vigil.EINVALID, "document %q has no content hash", d.ExternalID)
	}
	if _, err := marksql.Check(fmt.Sprintf("document %q", d.ExternalID), d.Marking); err != nil {
		return 0, false, err
	}
	var id int64
	var created bool
	stored := *d // d changes only once the document is committed
	err := s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE content_hash = ?`, d.ContentHash).Scan(&id)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		id, err = insertDocument(ctx, tx, &stored)
		created = err == nil
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("sqlite: add document %q: %w", d.ExternalID, err)
	}
	if created {
		d.ID, d.IngestedAt, d.Marking = id, stored.IngestedAt, stored.Marking.OrClear()
	}
	return id, created, nil
}

func insertDocument(ctx context.Context, tx *sql.Tx, d *vigil.Document) (int64, error) {
	var sourceID sql.NullInt64
	if d.Outlet != "" {
		id, err := sourceIDFor(ctx, tx, d.Outlet)
		if err != nil {
			return 0, err
		}
		sourceID = sql.NullInt64{Int64: id, Valid: true}
	}
	if d.IngestedAt.IsZero() {
		d.IngestedAt = now()
	}
	var near sql.NullInt64
	if d.NearDuplicateOf != 0 {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, d.NearDuplicateOf).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, vigil.Errorf(vigil.EINVALID, "near-duplicate link to document %d, which does not exist", d.NearDuplicateOf)
		}
		if err != nil {
			return 0, fmt.Errorf("find near-duplicate target %d: %w", d.NearDuplicateOf, err)
		}
		near = sql.NullInt64{Int64: d.NearDuplicateOf, Valid: true}
	}
	b := bands(d.SimHash)
	tlp, owner, recipients := marksql.Columns(d.Marking)
	res, err := tx.ExecContext(ctx, `INSERT INTO documents
		(external_id, origin, source_id, outlet, url, title, published, raw, text, content_hash,
		 simhash, band0, band1, band2, band3, near_duplicate_of, ingested_at, tlp, owner, recipients)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ExternalID, d.Origin, sourceID, d.Outlet, d.URL, d.Title, formatTime(d.Published), d.Raw, d.Text, d.ContentHash,
		int64(d.SimHash), b[0], b[1], b[2], b[3], near, formatTime(d.IngestedAt), tlp, owner, recipients)
	if err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	return res.LastInsertId()
}

// sourceIDFor returns the sources row for an outlet, creating it.
func sourceIDFor(ctx context.Context, tx *sql.Tx, outlet string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT INTO sources(name) VALUES (?) ON CONFLICT(name) DO NOTHING`, outlet); err != nil {
		return 0, fmt.Errorf("add source %q: %w", outlet, err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE name = ?`, outlet).Scan(&id); err != nil {
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

const documentColumns = `id, external_id, origin, outlet, url, title, published, raw, text, content_hash,
	simhash, coalesce(near_duplicate_of, 0), ingested_at, tlp, owner, recipients`

func scanDocument(row interface{ Scan(...any) error }) (vigil.Document, error) {
	var d vigil.Document
	var published, ingested, tlp, owner, recipients string
	var simhash int64
	if err := row.Scan(&d.ID, &d.ExternalID, &d.Origin, &d.Outlet, &d.URL, &d.Title, &published, &d.Raw, &d.Text,
		&d.ContentHash, &simhash, &d.NearDuplicateOf, &ingested, &tlp, &owner, &recipients); err != nil {
		return d, err
	}
	d.Marking = marksql.Marking(tlp, owner, recipients)
	d.SimHash = uint64(simhash)
	var err error
	if d.Published, err = parseTime(published); err != nil {
		return d, err
	}
	if d.IngestedAt, err = parseTime(ingested); err != nil {
		return d, err
	}
	return d, nil
}

// Document returns one document, ENOTFOUND when there is none or the
// viewer may not see it.
func (s *Store) Document(ctx context.Context, id int64) (*vigil.Document, error) {
	var d vigil.Document
	vis, args := visible(ctx, "")
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		d, err = scanDocument(tx.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ? AND `+vis,
			append([]any{id}, args...)...))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "document %d not found", id)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: load document %d: %w", id, err)
	}
	return &d, nil
}

// Documents lists the documents the viewer may see, newest first,
// matching f.
func (s *Store) Documents(ctx context.Context, f vigil.DocumentFilter) ([]vigil.Document, error) {
	if err := sqlq.CheckPage(f.Limit, f.Offset); err != nil {
		return nil, err
	}
	var w sqlq.Where
	addVisible(ctx, &w, "")
	if f.Outlet != "" {
		w.Add(`outlet = ? COLLATE NOCASE`, f.Outlet)
	}
	if f.Text != "" {
		q, err := ftsQuery(f.Text)
		if err != nil {
			return nil, err
		}
		w.Add(`id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, q)
	}
	query := `SELECT ` + documentColumns + ` FROM documents` + w.SQL() + ` ORDER BY id DESC` + limit(f.Limit, f.Offset)
	out, err := list(ctx, s, query, w.Args, func(rows *sql.Rows) (vigil.Document, error) { return scanDocument(rows) })
	if err != nil {
		return nil, fmt.Errorf("sqlite: list documents: %w", err)
	}
	return out, nil
}

// FindNearDuplicate returns the ID of the earliest stored document whose
// simhash is within maxDistance bits of simhash, or 0. Up to 3 bits the
// search reads only documents sharing a 16-bit band (pigeonhole: one band
// must match exactly). Wider searches must compare every stored hash; they
// use the store's in-memory copy of the hashes, which each call first brings
// up to date.
func (s *Store) FindNearDuplicate(ctx context.Context, simhash uint64, maxDistance int) (int64, error) {
	if maxDistance < 0 || maxDistance > 64 {
		return 0, vigil.Errorf(vigil.EINVALID, "near-duplicate distance %d is outside 0..64", maxDistance)
	}
	var found int64
	err := s.read(ctx, func(tx *sql.Tx) error {
		if maxDistance > 3 {
			var err error
			found, err = s.hashes.nearest(ctx, tx, simhash, maxDistance)
			return err
		}
		b := bands(simhash)
		rows, err := tx.QueryContext(ctx, `SELECT id, simhash FROM documents
			WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ? ORDER BY id`, b[0], b[1], b[2], b[3])
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id, h int64
			if err := rows.Scan(&id, &h); err != nil {
				return err
			}
			if bits.OnesCount64(uint64(h)^simhash) <= maxDistance {
				found = id
				return nil
			}
		}
		return rows.Err()
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: find near duplicate of %016x: %w", simhash, err)
	}
	return found, nil
}

// hashCache is the store's copy of every document's simhash, in ID order.
// It only ever grows: vigil never deletes documents, and SQLite gives each
// new document an ID above every existing one, so reading the rows above
// the highest ID seen brings it up to date, whichever process added them.
// (A tool that deleted documents would have to reopen the store.)
type hashCache struct {
	mu     sync.Mutex
	ids    []int64
	hashes []uint64
}

// nearest returns the smallest ID whose hash is within max bits of h, or 0.
func (c *hashCache) nearest(ctx context.Context, tx *sql.Tx, h uint64, max int) (int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var last int64
	if n := len(c.ids); n > 0 {
		last = c.ids[n-1]
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, simhash FROM documents WHERE id > ? ORDER BY id`, last)
	if err != nil {
		return 0, fmt.Errorf("read new simhashes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, hash int64
		if err := rows.Scan(&id, &hash); err != nil {
			return 0, err
		}
		c.ids = append(c.ids, id)
		c.hashes = append(c.hashes, uint64(hash))
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("read new simhashes: %w", err)
	}
	for i, stored := range c.hashes {
		if bits.OnesCount64(stored^h) <= max {
			return c.ids[i], nil
		}
	}
	return 0, nil
}

// AddIngestError records an input that failed.
func (s *Store) AddIngestError(ctx context.Context, e vigil.IngestError) error {
	if e.At.IsZero() {
		e.At = now()
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO ingest_errors(origin, message, at) VALUES (?, ?, ?)`,
			e.Origin, e.Message, formatTime(e.At))
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: add ingest error for %s: %w", e.Origin, err)
	}
	return nil
}

// IngestErrors lists the most recent ingest errors first; limit 0 means all.
// The anonymous viewer sees none: an error names the feeds and files the
// instance reads, which is not open-source reporting.
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
			var at string
			if err := rows.Scan(&e.ID, &e.Origin, &e.Message, &at); err != nil {
				return e, err
			}
			var err error
			e.At, err = parseTime(at)
			return e, err
		})
	if err != nil {
		return nil, fmt.Errorf("sqlite: list ingest errors: %w", err)
	}
	return out, nil
}
