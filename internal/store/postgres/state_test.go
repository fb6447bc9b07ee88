package postgres

import (
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
	return storetest.ReadState(t, vs.(*Store).DB(), `
		SELECT 'table ' || table_name, string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position)
			FROM information_schema.columns WHERE table_schema = current_schema() GROUP BY table_name
		UNION ALL SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL SELECT 'function ' || p.proname, md5(p.prosrc) FROM pg_proc p
			JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
		UNION ALL SELECT 'trigger ' || tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal`)
}
