package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// importOrder is every table vigil keeps in an embedded database, parents
// before children so foreign keys hold as rows arrive. A table the SQLite
// database has and this list lacks stops the import: copying must lose
// nothing, so a new table needs a line here.
var importOrder = []string{
	"sources", "documents", "incidents", "events", "claims", "equipment",
	"actors", "places", "feed_state", "feed_seen", "ingest_errors",
	"audit_log", "incident_corrections", "incident_versions",
	"orgs", "partnerships", "users", "sessions", "api_tokens", "login_failures", "jobs", "source_markings",
	"partners", "partner_cursors", "partner_objects", "partner_incidents",
}

// notImported are SQLite tables that PostgreSQL derives for itself: the
// migration bookkeeping, the full-text index (a generated column here) and
// the tallies (incident_tally and its roll-ups, every one named
// incident_tally_*) and marking list SQLite keeps by triggers for its
// dashboard.
func notImported(table string) bool {
	switch table {
	case "schema_migrations", "incident_markings":
		return true
	}
	return strings.HasPrefix(table, "incident_tally") || strings.HasPrefix(table, "documents_fts") || strings.HasPrefix(table, "sqlite_")
}

// TableCheck is one table's comparison after an import.
type TableCheck struct {
	Table          string
	Rows           int
	SourceChecksum string // SHA-256 over the rows, order-independent
	TargetChecksum string
}

// ImportSQLite copies every row of the embedded vigil database src (an
// SQLite *sql.DB at the same schema version) into this database, in one
// transaction, keeping every ID; then it compares row counts and checksums
// of every table and fails when any differ. The target must hold no
// documents, incidents or audit entries unless force is set, since the IDs
// would collide; with force the copy still fails cleanly on a collision,
// and either way a failed import leaves the target as it was.
func (s *Store) ImportSQLite(ctx context.Context, src *sql.DB, force bool) ([]TableCheck, error) {
	tables, err := sqliteTables(ctx, src)
	if err != nil {
		return nil, fmt.Errorf("postgres: import: %w", err)
	}
	var checks []TableCheck
	err = s.write(ctx, func(tx *sql.Tx) error {
		if !force {
			for _, t := range []string{"documents", "incidents", "audit_log", "jobs"} {
				var n int
				if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
					return err
				}
				if n > 0 {
					return vigil.Errorf(vigil.ECONFLICT, "target database is not empty (%d rows in %s); --force copies into it anyway", n, t)
				}
			}
		}
		for _, t := range tables {
			cols, err := targetColumns(ctx, tx, t)
			if err != nil {
				return err
			}
			srcCols, err := sqliteColumns(ctx, src, t)
			if err != nil {
				return err
			}
			for _, c := range srcCols {
				if _, ok := cols[c]; !ok {
					return fmt.Errorf("table %s: column %s has no place in PostgreSQL; the databases' versions differ", t, c)
				}
			}
			n, err := copyTable(ctx, src, tx, t, srcCols, cols)
			if err != nil {
				return fmt.Errorf("copy %s: %w", t, err)
			}
			// IDs were copied, so identity sequences must start after them.
			if _, ok := cols["id"]; ok {
				if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT MAX(id) FROM `+t+`), 1))`, t); err != nil {
					return fmt.Errorf("reset %s ids: %w", t, err)
				}
			}
			srcSum, err := checksum(ctx, src, t, srcCols, cols)
			if err != nil {
				return fmt.Errorf("checksum %s in SQLite: %w", t, err)
			}
			dstSum, err := checksum(ctx, tx, t, srcCols, cols)
			if err != nil {
				return fmt.Errorf("checksum %s in PostgreSQL: %w", t, err)
			}
			checks = append(checks, TableCheck{Table: t, Rows: n, SourceChecksum: srcSum, TargetChecksum: dstSum})
			if srcSum != dstSum {
				return fmt.Errorf("table %s: checksums differ after copying %d rows (SQLite %s, PostgreSQL %s)", t, n, srcSum[:12], dstSum[:12])
			}
		}
		return nil
	})
	if err != nil {
		return checks, fmt.Errorf("postgres: import into %s: %w", s.name, err)
	}
	return checks, nil
}

// sqliteTables lists src's tables in import order, refusing unknown ones.
func sqliteTables(ctx context.Context, src *sql.DB) ([]string, error) {
	rows, err := src.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return nil, fmt.Errorf("list SQLite tables: %w", err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		if notImported(name) {
			continue
		}
		if !slices.Contains(importOrder, name) {
			return nil, vigil.Errorf(vigil.EINVALID, "SQLite table %s is unknown to this vigil; upgrade vigil before migrating", name)
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []string
	for _, t := range importOrder {
		if have[t] {
			out = append(out, t)
		}
	}
	return out, nil
}

func sqliteColumns(ctx context.Context, src *sql.DB, table string) ([]string, error) {
	rows, err := src.QueryContext(ctx, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, rows.Err()
}

// targetColumns maps the writable columns of a PostgreSQL table to their
// types.
func targetColumns(ctx context.Context, tx *sql.Tx, table string) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT column_name, data_type FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	defer rows.Close()
	cols := map[string]string{}
	for rows.Next() {
		var c, typ string
		if err := rows.Scan(&c, &typ); err != nil {
			return nil, err
		}
		cols[c] = typ
	}
	if len(cols) == 0 && rows.Err() == nil {
		return nil, fmt.Errorf("table %s is missing in PostgreSQL", table)
	}
	return cols, rows.Err()
}

// copyTable copies table's rows, converting SQLite's storage to
// PostgreSQL's types: the empty text SQLite keeps for a missing time
// becomes NULL, integer flags become booleans.
func copyTable(ctx context.Context, src *sql.DB, tx *sql.Tx, table string, cols []string, types map[string]string) (int, error) {
	rows, err := src.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	marks := make([]string, len(cols))
	for i := range cols {
		marks[i] = "$" + strconv.Itoa(i+1)
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES (`+strings.Join(marks, ", ")+`)`)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		args := make([]any, len(cols))
		for i, c := range cols {
			args[i] = toPostgres(vals[i], types[c])
		}
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return n, fmt.Errorf("row %d: %w", n+1, err)
		}
		n++
	}
	return n, rows.Err()
}

func toPostgres(v any, typ string) any {
	switch typ {
	case "timestamp with time zone", "date":
		if s, ok := v.(string); ok && s == "" {
			return nil
		}
	case "boolean":
		if i, ok := v.(int64); ok {
			return i != 0
		}
	}
	if b, ok := v.([]byte); ok && typ != "bytea" {
		return string(b)
	}
	return v
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// checksum hashes every row of table in a form both databases give alike,
// sorted so row order does not matter.
func checksum(ctx context.Context, q querier, table string, cols []string, types map[string]string) (string, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var sums [][sha256.Size]byte
	var b strings.Builder
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		b.Reset()
		for i, c := range cols {
			b.WriteString(canonical(vals[i], types[c]))
			b.WriteByte(0)
		}
		sums = append(sums, sha256.Sum256([]byte(b.String())))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	slices.SortFunc(sums, func(a, b [sha256.Size]byte) int { return strings.Compare(string(a[:]), string(b[:])) })
	h := sha256.New()
	for _, s := range sums {
		h.Write(s[:])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// canonical writes a value of a column of PostgreSQL type typ the same way
// whichever database it was read from.
func canonical(v any, typ string) string {
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	switch typ {
	case "timestamp with time zone", "date":
		var t time.Time
		switch x := v.(type) {
		case time.Time:
			t = x
		case string:
			if x == "" {
				return "\x01null"
			}
			var err error
			if t, err = time.Parse(time.RFC3339Nano, x); err != nil {
				if t, err = time.Parse(time.DateOnly, x); err != nil {
					return "text:" + x
				}
			}
		case nil:
			return "\x01null"
		}
		if typ == "date" {
			return t.Format(time.DateOnly)
		}
		return t.UTC().Format(time.RFC3339Nano)
	case "boolean":
		switch x := v.(type) {
		case bool:
			if x {
				return "1"
			}
			return "0"
		case int64:
			if x != 0 {
				return "1"
			}
			return "0"
		}
	}
	switch x := v.(type) {
	case nil:
		return "\x01null"
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case string:
		return x
	}
	return fmt.Sprint(v)
}
