package sqlq

import (
	"context"
	"database/sql"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Incidents are a store's own operations on incidents and the audit log,
// written in its own SQL, which the code the stores share (an analyst's
// change, an undo, an import, a conflict's settlement) runs inside its
// transaction. Each field is the store's function of that name; each takes
// the transaction it runs in.
type Incidents struct {
	// Write runs fn in the read-write transaction of a change that may
	// move events between incidents (on PostgreSQL it holds the
	// membership lock).
	Write func(ctx context.Context, fn func(*sql.Tx) error) error
	// Load reads an incident whoever asks; ENOTFOUND when there is none.
	Load func(ctx context.Context, tx *sql.Tx, id int64) (vigil.Incident, error)
	// LoadAs reads an incident as v may see it; ENOTFOUND when there is
	// none or v may not see it.
	LoadAs func(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.Incident, error)
	// Save applies the incident's corrections over inc, writes it at t
	// (creating it when its ID is 0) with its members, and returns the
	// IDs of the incidents it touched.
	Save func(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, t time.Time) ([]int64, error)
	// Restore writes the incident's row as inc holds it, inserting it
	// under its ID when insert, without touching members or corrections.
	Restore func(ctx context.Context, tx *sql.Tx, inc *vigil.Incident, insert bool) (int64, error)
	// CheckVisible returns ENOTFOUND when incident id exists (or existed)
	// and v may not see it.
	CheckVisible func(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) error
	// Audit appends an audit entry and sets its ID.
	Audit func(ctx context.Context, tx *sql.Tx, e *vigil.AuditEntry) error
	// AuditEntry reads audit entry id as v may see it; ENOTFOUND when
	// there is none or v may not see it.
	AuditEntry func(ctx context.Context, tx *sql.Tx, id int64, v vigil.Viewer) (vigil.AuditEntry, error)
}

// InWrite runs fn in the store's transaction for changes to incidents.
func (inc Incidents) InWrite(ctx context.Context, d Dialect, fn func(Tx) error) error {
	return inc.Write(ctx, func(tx *sql.Tx) error { return fn(d.Tx(tx)) })
}

// Now is the stores' clock, truncated to the microseconds PostgreSQL
// keeps, so the times handed back equal the times read later.
func Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
