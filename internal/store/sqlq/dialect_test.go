package sqlq

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// A stored time reads back in UTC whichever form the driver hands it in.
func TestScanTime(t *testing.T) {
	text := Dialect{ParseTime: func(s string) (time.Time, error) { return time.Parse(time.RFC3339, s) }}
	native := Dialect{}
	at := time.Date(2025, 3, 9, 14, 30, 0, 0, time.UTC)
	karachi := time.FixedZone("PKT", 5*3600)
	tests := []struct {
		name string
		d    Dialect
		in   any
		want time.Time
		err  string
	}{
		{"NULL is the zero time", native, nil, time.Time{}, ""},
		{"a time.Time in another zone", native, at.In(karachi), at, ""},
		{"text in another zone", text, "2025-03-09T19:30:00+05:00", at, ""},
		{"text as bytes", text, []byte("2025-03-09T14:30:00Z"), at, ""},
		{"bad text", text, "9 March", time.Time{}, "9 March"},
		{"text where times are native", native, "2025-03-09T14:30:00Z", time.Time{}, "is text"},
		{"a number", native, int64(7), time.Time{}, "int64"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := time.Unix(1, 0)
			err := tc.d.ScanTime(&got).Scan(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) || got.Location() != time.UTC {
				t.Errorf("read %v, want %v in UTC", got, tc.want)
			}
		})
	}
}

// reversed numbers a query's ? placeholders last to first (?2, ?1), as
// SQLite's ?NNN placeholders allow: a query whose placeholders were
// rebound returns its arguments swapped.
func reversed(query string) string {
	n := strings.Count(query, "?")
	var b strings.Builder
	for _, r := range query {
		if r == '?' {
			fmt.Fprintf(&b, "?%d", n)
			n--
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A DB runs the shared queries in the store's transactions, rebound for
// its database: a write commits when fn succeeds and is rolled back when
// it fails.
func TestDBTransactions(t *testing.T) {
	ctx := context.Background()
	sdb, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "tx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	if _, err := sdb.Exec(`CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	inTx := func(opts *sql.TxOptions) func(context.Context, func(*sql.Tx) error) error {
		return func(ctx context.Context, fn func(*sql.Tx) error) error {
			tx, err := sdb.BeginTx(ctx, opts)
			if err != nil {
				return err
			}
			if err := fn(tx); err != nil {
				tx.Rollback()
				return err
			}
			return tx.Commit()
		}
	}
	db := DB{Dialect: Dialect{Name: "test", Rebind: reversed}, Read: inTx(&sql.TxOptions{ReadOnly: true}), Write: inTx(nil)}

	failed := errors.New("refused")
	tests := []struct {
		name   string
		k, v   string
		fail   error
		stored bool
	}{
		{"a write that succeeds is kept", "bannu", "district", nil, true},
		{"a write that fails is rolled back", "quetta", "city", failed, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := db.InWrite(ctx, func(tx Tx) error {
				// Reversed placeholders: the value is bound first.
				if _, err := tx.ExecContext(ctx, `INSERT INTO kv (v, k) VALUES (?, ?)`, tc.k, tc.v); err != nil {
					return err
				}
				return tc.fail
			})
			if !errors.Is(err, tc.fail) {
				t.Fatalf("write: %v, want %v", err, tc.fail)
			}
			var v string
			err = db.InRead(ctx, func(tx Tx) error {
				return tx.QueryRowContext(ctx, `SELECT v FROM kv WHERE k = ?`, tc.k).Scan(&v)
			})
			switch {
			case tc.stored && (err != nil || v != tc.v):
				t.Errorf("read %q, %v; want %q", v, err, tc.v)
			case !tc.stored && !errors.Is(err, sql.ErrNoRows):
				t.Errorf("read %q, %v; want no row", v, err)
			}
		})
	}
}
