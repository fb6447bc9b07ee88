package sqlq

import (
	"context"
	"database/sql"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Incidents are a store's own operations on incidents, which the code the
// stores share (an import, a conflict's settlement) runs inside its
// transaction. Each field is the store's function of that name; each takes
// the transaction it runs in.
type Incidents struct {
	// Write runs fn in the read-write transaction of a change that may
	// move events between incidents (on PostgreSQL it holds the
	// membership lock).
	Write func(ctx context.Context, fn func(*sql.Tx) error) error
	// Load reads an incident whoever asks; LoadAs as v may see it.
	Load   func(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error)
	LoadAs func(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.Incident, error)
	// Save applies the incident's corrections over inc, writes it at t
	// (creating it when its ID is 0) with its members, and returns the
	// IDs of the incidents it touched.
	Save func(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, t time.Time) ([]int64, error)
	// Delete removes an incident that has no member event left.
	Delete func(ctx context.Context, tx *sql.Tx, id int64) error
	// Snapshots are the incidents' states an audit entry records.
	Snapshots func(ctx context.Context, tx *sql.Tx, ids []int64) ([]vigil.Snapshot, error)
	// RecordVersions closes the current version of each incident whose
	// state changed and opens a new one at t.
	RecordVersions func(ctx context.Context, tx *sql.Tx, ids []int64, t time.Time) error
	// Audit appends an audit entry.
	Audit func(ctx context.Context, tx *sql.Tx, e *vigil.AuditEntry) error
}

// InWrite runs fn in the store's transaction for changes to incidents.
func (inc Incidents) InWrite(ctx context.Context, d Dialect, fn func(Tx) error) error {
	return inc.Write(ctx, func(tx *sql.Tx) error { return fn(d.Tx(tx)) })
}

// Now is the stores' clock, truncated to the microseconds PostgreSQL
// keeps, so the times handed back equal the times read later.
func Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
