package sqlite

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// dbState reads what the suite's security tests compare before and after
// hostile input, in SQLite's terms: sqlite_master, every table's row count
// and SQLite's own integrity check.
func dbState(t *testing.T, vs vigil.Store) storetest.DBState {
	t.Helper()
	db := vs.(*Store).DB()
	state := storetest.ReadState(t, db, `SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_master`)
	var check string
	if err := db.QueryRowContext(context.Background(), `PRAGMA integrity_check`).Scan(&check); err != nil {
		t.Fatal(err)
	}
	if check != "ok" {
		state.Broken = check
	}
	return state
}
