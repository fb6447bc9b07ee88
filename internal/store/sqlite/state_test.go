package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// dbState reads what the suite's security tests compare before and after
// hostile input, in SQLite's terms: sqlite_master, every table's row count
// and SQLite's own integrity check.
func dbState(t *testing.T, vs vigil.Store) storetest.DBState {
	t.Helper()
	ctx := context.Background()
	db := vs.(*Store).DB()
	state := storetest.DBState{Schema: map[string]string{}, Rows: map[string]int{}}
	rows, err := db.QueryContext(ctx, `SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_master`)
	if err != nil {
		t.Fatalf("read the schema: %v", err)
	}
	var tables []string
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			t.Fatal(err)
		}
		state.Schema[name] = sql
		if table, ok := strings.CutPrefix(name, "table "); ok {
			tables = append(tables, table)
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		var n int
		// The names come from sqlite_master, not from input.
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		state.Rows[table] = n
	}
	var check string
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil {
		t.Fatal(err)
	}
	if check != "ok" {
		state.Broken = check
	}
	return state
}
