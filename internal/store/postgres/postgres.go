// Package postgres is vigil's server store: a PostgreSQL database, reached
// through the pure-Go pgx driver behind database/sql, that implements
// vigil.Store with the same behaviour as the SQLite store (the storetest
// suite checks both).
//
// Every public method is one transaction. Reads run in a read-only
// REPEATABLE READ transaction, so a method that reads twice sees one
// snapshot. Writes run at READ COMMITTED; the two that move events between
// incidents (SaveExtraction and SaveIncident) first take a transaction
// advisory lock, so they run one at a time across every vigil process on the
// database, as they do on SQLite, and never see a membership half changed.
//
// Full-text search uses a generated tsvector column with a GIN index, and
// finds what the SQLite store's search finds: words are runs of letters and
// digits, Latin accents do not matter (see migrations/0001_init.sql and
// 0005_search_fold.sql). PostgreSQL 14 or newer is needed (bit_count), with
// a UTF-8 database whose locale classifies letters beyond ASCII (C.UTF-8,
// en_US.UTF-8): in the C locale PostgreSQL takes any non-ASCII character,
// punctuation included, for a letter.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/vigil-osint/vigil/internal/store/sqlaccounts"
	"github.com/vigil-osint/vigil/internal/store/sqlfed"
	"github.com/vigil-osint/vigil/internal/store/sqljobs"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Store is a vigil.Store over one PostgreSQL database. It is safe for
// concurrent use, by several goroutines and several processes.
type Store struct {
	db   *sql.DB
	name string // the DSN without its password, for messages
	// Accounts are the account methods, whose SQL is the same as
	// SQLite's but for its numbered placeholders (rebind).
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

// Advisory lock keys. PostgreSQL advisory locks are numbered per database;
// these numbers are vigil's ("vigi" and "vigj" as ASCII).
const (
	migrationLock  = 0x76696769
	membershipLock = 0x7669676a
)

// Open connects to the database at dsn (a postgres:// or postgresql:// URL,
// or key=value connection string) and applies any migrations it lacks.
func Open(ctx context.Context, dsn string) (*Store, error) {
	name := redact(dsn)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	// Each connection is a server process: cap them so a burst of web
	// requests waits for a connection instead of exhausting the server's.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	if err := migrate(ctx, db, len(migrations)); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	s := &Store{db: db, name: name}
	s.Accounts = sqlaccounts.New("postgres", s.read, s.write, rebind)
	s.Queue, s.Federation, s.Review = s.queue(), s.federation(), s.review()
	return s, nil
}

// redact drops the password from a URL-form DSN, so it can appear in error
// messages and logs.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		if strings.Contains(dsn, "password") {
			return "(connection string)"
		}
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// DB exposes the connection pool for tests and maintenance commands. Store
// methods are the way to change data.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the connection pool.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("postgres: close %s: %w", s.name, err)
	}
	return nil
}

// write runs fn in a read-write transaction, committing when fn succeeds.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.inTx(ctx, nil, fn)
}

// writeMembership is write for the methods that move events between
// incidents: they hold the membership lock until they commit.
func (s *Store) writeMembership(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.inTx(ctx, nil, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, membershipLock); err != nil {
			return fmt.Errorf("lock incident membership: %w", err)
		}
		return fn(tx)
	})
}

// read runs fn in a read-only transaction on one snapshot.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.inTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}, fn)
}

func (s *Store) inTx(ctx context.Context, opts *sql.TxOptions, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return refused(err)
	}
	if err := tx.Commit(); err != nil {
		if errors.Is(err, sql.ErrTxDone) && ctx.Err() != nil {
			// database/sql rolled the transaction back when its context
			// ended: say so, not that it was already done.
			err = ctx.Err()
		}
		return refused(fmt.Errorf("commit: %w", err))
	}
	return nil
}

// refused turns PostgreSQL's data exceptions (SQLSTATE class 22: a NUL
// byte or invalid UTF-8 in text, a date out of range, a number too large)
// and exceeded limits (54000: a value too long for an index) into EINVALID
// errors: the input was bad, not the store.
func refused(err error) error {
	var pgErr *pgconn.PgError
	if vigil.ErrorCode(err) == vigil.EINTERNAL && errors.As(err, &pgErr) &&
		(strings.HasPrefix(pgErr.Code, "22") || pgErr.Code == "54000") {
		return vigil.Errorf(vigil.EINVALID, "PostgreSQL refused a value: %s", pgErr.Message)
	}
	return err
}

// rebind turns the ? placeholders of query into PostgreSQL's $1, $2...,
// so queries read like the SQLite store's. vigil's queries contain no ?
// other than placeholders (no string literal holds one, and the jsonb ?
// operator is not used).
func rebind(query string) string {
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// now is the store's clock, truncated to the microseconds PostgreSQL keeps,
// so the times handed back equal the times read later.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// nullTime stores the zero time as NULL ("unknown") and any other time at
// the microsecond PostgreSQL keeps.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Truncate(time.Microsecond)
}

// timeOf reads a nullable timestamptz back, in UTC like the SQLite store.
func timeOf(t sql.NullTime) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time.UTC()
}
