package sqlq

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
)

// Dialect is what differs between vigil's two SQL databases for the
// queries the stores share: the name their errors carry, how placeholders
// are written and how times are stored. Shared queries are written with ?
// placeholders; Rebind numbers them for PostgreSQL.
type Dialect struct {
	// Name prefixes errors: "sqlite", "postgres".
	Name string
	// Rebind rewrites a query's ? placeholders for the database; nil
	// keeps them.
	Rebind func(query string) string
	// Time is the value a time is stored as: fixed-width text on SQLite,
	// a timestamptz on PostgreSQL.
	Time func(time.Time) any
	// ParseTime reads back a time stored as text; the driver hands
	// timestamptz columns back as time.Time, which need no parsing.
	ParseTime func(string) (time.Time, error)
	// Marks is the dialect marksql writes visibility conditions in.
	Marks marksql.Dialect
}

// DB is a store's database as the code the stores share sees it: its
// dialect and the store's own transactions, so that each store method
// stays one transaction of that store.
type DB struct {
	Dialect
	// Read runs fn in a read-only transaction on one snapshot.
	Read func(ctx context.Context, fn func(*sql.Tx) error) error
	// Write runs fn in a read-write transaction, committed when fn
	// succeeds.
	Write func(ctx context.Context, fn func(*sql.Tx) error) error
}

// InRead runs fn in one of the store's read-only transactions.
func (db DB) InRead(ctx context.Context, fn func(Tx) error) error {
	return db.Read(ctx, func(tx *sql.Tx) error { return fn(db.Tx(tx)) })
}

// InWrite runs fn in one of the store's read-write transactions.
func (db DB) InWrite(ctx context.Context, fn func(Tx) error) error {
	return db.Write(ctx, func(tx *sql.Tx) error { return fn(db.Tx(tx)) })
}

// Tx wraps tx, a transaction of the dialect's database.
func (d Dialect) Tx(tx *sql.Tx) Tx { return Tx{tx: tx, d: d} }

// Tx is a transaction whose queries, written with ? placeholders, are
// rebound for its database before they run.
type Tx struct {
	tx *sql.Tx
	d  Dialect
}

// Dialect is the transaction's database dialect.
func (t Tx) Dialect() Dialect { return t.d }

// SQL returns the transaction itself, for store code that writes its
// queries for its own database.
func (t Tx) SQL() *sql.Tx { return t.tx }

func (t Tx) rebind(query string) string { return t.d.Bind(query) }

// Bind rewrites query's ? placeholders for the dialect's database.
func (d Dialect) Bind(query string) string {
	if d.Rebind == nil {
		return query
	}
	return d.Rebind(query)
}

// QueryRowContext runs a query expected to return at most one row.
func (t Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.rebind(query), args...)
}

// QueryContext runs a query that returns rows.
func (t Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.rebind(query), args...)
}

// ExecContext runs a statement that returns no rows.
func (t Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.rebind(query), args...)
}

// PrepareContext prepares a statement to run several times.
func (t Tx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.tx.PrepareContext(ctx, t.rebind(query))
}

// ScanTime returns a scan destination that reads a stored time into *t in
// UTC, whether the driver hands it back as text (parsed by ParseTime) or
// as a time.Time; NULL reads as the zero time.
func (d Dialect) ScanTime(t *time.Time) sql.Scanner {
	return timeDest{t: t, parse: d.ParseTime}
}

type timeDest struct {
	t     *time.Time
	parse func(string) (time.Time, error)
}

func (d timeDest) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*d.t = time.Time{}
		return nil
	case time.Time:
		*d.t = v.UTC()
		return nil
	case string:
		return d.parseText(v)
	case []byte:
		return d.parseText(string(v))
	}
	return fmt.Errorf("stored time is a %T, not a time", v)
}

func (d timeDest) parseText(s string) error {
	if d.parse == nil {
		return fmt.Errorf("stored time %q is text, which this database does not store times as", s)
	}
	t, err := d.parse(s)
	if err != nil {
		return err
	}
	*d.t = t.UTC()
	return nil
}

// NullString stores the empty string as NULL, for optional keys that a
// UNIQUE index must not see.
func NullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
