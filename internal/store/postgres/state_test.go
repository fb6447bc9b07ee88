package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// dbState reads what the suite's security tests compare before and after
// hostile input, in PostgreSQL's terms: the tables with their columns,
// indexes, functions and triggers of the store's schema, and every table's
// row count. PostgreSQL has no integrity check to report.
func dbState(t *testing.T, vs vigil.Store) storetest.DBState {
	t.Helper()
	ctx := context.Background()
	db := vs.(*Store).DB()
	state := storetest.DBState{Schema: map[string]string{}, Rows: map[string]int{}}
	rows, err := db.QueryContext(ctx, `
		SELECT 'table ' || table_name, string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position)
			FROM information_schema.columns WHERE table_schema = current_schema() GROUP BY table_name
		UNION ALL SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL SELECT 'function ' || p.proname, md5(p.prosrc) FROM pg_proc p
			JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
		UNION ALL SELECT 'trigger ' || tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal`)
	if err != nil {
		t.Fatalf("read the schema: %v", err)
	}
	var tables []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		state.Schema[name] = def
		if table, ok := strings.CutPrefix(name, "table "); ok {
			tables = append(tables, table)
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		var n int
		// The names come from the catalog, not from input.
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		state.Rows[table] = n
	}
	return state
}
