// Package sqlite is vigil's embedded store: one SQLite file, opened through
// the pure-Go modernc.org/sqlite driver, that implements vigil.Store.
//
// The database runs in WAL mode with foreign keys on. Every public method is
// one transaction; writers take the write lock when they begin (BEGIN
// IMMEDIATE), so two processes never deadlock upgrading a read lock, and
// readers never block writers. A process killed at any point loses at most
// the transaction it was in.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/vigil-osint/vigil/internal/store/sqlaccounts"
	"github.com/vigil-osint/vigil/internal/store/sqlfed"
	"github.com/vigil-osint/vigil/internal/store/sqljobs"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Store is a vigil.Store over one SQLite file. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	path   string
	hashes hashCache // for near-duplicate lookups
	// Accounts are the account methods, whose SQL is the same as
	// PostgreSQL's.
	*sqlaccounts.Accounts
	// The work queue, federation and review methods are written once
	// for both stores too (see dialect.go).
	*sqljobs.Queue
	*sqlfed.Federation
	*sqlreview.Review
}

var (
	_ vigil.Store        = (*Store)(nil)
	_ vigil.AccountStore = (*Store)(nil)
)

// sqliteHeader opens every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens (creating it if needed) the database at path and applies any
// migrations it lacks. A file that exists but is not an SQLite database is
// refused, and left untouched, before SQLite ever sees it.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// Each connection holds its own page cache and parsed schema: keep a few
	// warm for the web server's concurrent readers, and cap the total so a
	// burst of requests waits for a connection rather than opening dozens.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := migrate(ctx, db, len(migrations)); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	s.Accounts = sqlaccounts.New("sqlite", s.read, s.write, nil)
	s.Queue, s.Federation, s.Review = s.queue(), s.federation(), s.review()
	return s, nil
}

// dsn is the connection string for path. synchronous=NORMAL is durable
// against a killed process under WAL (only a power cut can lose the last
// commits) and makes each commit several times cheaper than FULL.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// checkHeader refuses a file that exists, is not empty and does not start
// with SQLite's magic header: pointing --db at the wrong file must not
// damage it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if st.IsDir() {
		return vigil.Errorf(vigil.EINVALID, "database %s is a directory, not an SQLite file", path)
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF) {
		return nil // an empty file becomes a new database
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("sqlite: read %s: %w", path, err)
	}
	if !bytes.Equal(head[:n], sqliteHeader) {
		return vigil.Errorf(vigil.EINVALID, "database %s is not an SQLite database (wrong file header); it was left unchanged", path)
	}
	return nil
}

// Path is the database file the store was opened on.
func (s *Store) Path() string { return s.path }

// DB exposes the connection pool for tests and maintenance commands
// (integrity checks, backups). Store methods are the way to change data.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database, first letting SQLite refresh the statistics
// its query planner uses, as SQLite advises long-lived connections to do.
func (s *Store) Close() error {
	if _, err := s.db.Exec(`PRAGMA optimize`); err != nil {
		s.db.Close()
		return fmt.Errorf("sqlite: optimize %s: %w", s.path, err)
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite: close %s: %w", s.path, err)
	}
	return nil
}

// write runs fn in a read-write transaction, committing when fn succeeds.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.inTx(ctx, nil, fn)
}

// read runs fn in a read-only transaction: one consistent snapshot, no
// write lock.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.inTx(ctx, &sql.TxOptions{ReadOnly: true}, fn)
}

func (s *Store) inTx(ctx context.Context, opts *sql.TxOptions, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		if errors.Is(err, sql.ErrTxDone) && ctx.Err() != nil {
			// database/sql rolled the transaction back when its context
			// ended: say so, not that it was already done.
			err = ctx.Err()
		}
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Times are stored as fixed-width RFC 3339 text in UTC with nanoseconds, so
// they sort as strings and round-trip exactly; the zero time is stored as the
// empty string.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad stored time %q: %w", s, err)
	}
	return t, nil
}

// now is the store's clock, truncated to microseconds so the times handed
// back equal the times read later.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
