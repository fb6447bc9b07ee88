package vigil

import (
	"context"
	"time"
)

// IncidentVersion is one stored state of an incident, from the incident
// history: valid from From until To (zero while it is the current state).
// An incident whose last version has a To was deleted then: dissolved by
// fusion, or retracted.
type IncidentVersion struct {
	Incident Incident
	From     time.Time
	To       time.Time
}

// Partner is another vigil (or any TAXII 2.1 server) this instance pulls
// incidents from.
type Partner struct {
	// Name is the partner organisation as the local account store names it:
	// the owner of everything imported from it.
	Name string
	// URL is the partner's TAXII API root, e.g.
	// https://ctd.example/taxii2/vigil/.
	URL string
	// Token is the API token the partner gave this instance. It is stored
	// as given (the database file's permissions are the operator's) and
	// never printed or logged.
	Token string
	// Collection is the id or alias of the partner's collection pulled.
	Collection string
	// Org is the local organisation partnered with Name: its users see what
	// the partner shares, and no one else does.
	Org       string
	CreatedAt time.Time
}

// The states of a received object version (Received.Status).
const (
	// ReceivedKept: stored only, as every version received is (locations,
	// relationships, an incident version older than one already applied).
	ReceivedKept = "kept"
	// ReceivedApplied: an incident version applied to its local incident.
	ReceivedApplied = "applied"
	// ReceivedConflict: an incident version not applied because a local
	// analyst changed the imported incident since the last import.
	ReceivedConflict = "conflict"
	// ReceivedRetracted: a revocation that retracted its local incident.
	ReceivedRetracted = "retracted"
)

// Received is one version of one STIX object a partner sent.
type Received struct {
	Partner    string
	ID         string // the STIX id
	Type       string
	Version    string // the object's modified timestamp (created when it has none)
	Marking    Marking
	JSON       []byte
	ReceivedAt time.Time
	// IncidentID is the local incident an incident version was imported
	// into (0 for other objects, or before the first import).
	IncidentID int64
	Status     string // one of the Received constants
}

// ImportLink ties a partner's STIX incident to the local incident it
// became.
type ImportLink struct {
	Partner    string
	STIXID     string
	IncidentID int64
	// Version is the last remote version applied.
	Version string
	// LocalUpdatedAt is the local incident's UpdatedAt right after that
	// import: a later one means someone here changed it since.
	LocalUpdatedAt time.Time
	Retracted      bool
}

// Import is one received incident version and what to do with it, decided
// by the importer and carried out by FederationStore.ApplyImport in one
// transaction.
type Import struct {
	Received Received
	// Link is the link before this import (zero IncidentID for a new one).
	Link ImportLink
	// Save, when set, is the incident to create (ID 0) or update; its
	// Origin and Marking are the partner's.
	Save *Incident
	// Retract deletes Link's incident (its versions stay in the history).
	Retract bool
	// Audit is recorded with the Object filled in with the incident.
	Audit AuditEntry
}

// FederationStore keeps what sharing between vigil instances needs: the
// incident history to publish, the partners pulled from, their cursors and
// every object version received. Both vigil stores provide it.
type FederationStore interface {
	// IncidentVersions lists the versions of every incident that the
	// context's viewer may see (each version by its own marking), whose
	// validity began or ended after since, ordered by incident and From.
	IncidentVersions(ctx context.Context, since time.Time) ([]IncidentVersion, error)
	// IncidentHistories pages through the history as IncidentVersions
	// reads it, a window at a time: it returns every version the viewer may
	// see of the incidents that have a visible version beginning or ending
	// in (after, until], ordered by incident and From. until is the
	// earliest instant by which at least events versions begin or end after
	// after; it is zero when the window reaches the end of the history.
	IncidentHistories(ctx context.Context, after time.Time, events int) (versions []IncidentVersion, until time.Time, err error)

	// AddPartner records a partner; ECONFLICT when the name is taken.
	AddPartner(ctx context.Context, p Partner) error
	Partner(ctx context.Context, name string) (*Partner, error)
	Partners(ctx context.Context) ([]Partner, error)

	// PullCursor is the date_added after which the next pull of the
	// partner's collection starts; zero before the first pull.
	PullCursor(ctx context.Context, partner, collection string) (time.Time, error)
	SetPullCursor(ctx context.Context, partner, collection string, after time.Time) error

	// AddReceived stores one received object version; created is false
	// when that version was already held.
	AddReceived(ctx context.Context, r Received) (created bool, err error)
	// ReceivedVersions lists the partner's versions of one object, oldest
	// first.
	ReceivedVersions(ctx context.Context, partner, stixID string) ([]Received, error)
	// Conflicts lists the incident versions kept as conflicts, of one
	// partner or ("") of all.
	Conflicts(ctx context.Context, partner string) ([]Received, error)

	// ImportLink returns the link of a partner's STIX incident; ENOTFOUND
	// before its first import.
	ImportLink(ctx context.Context, partner, stixID string) (*ImportLink, error)
	// ApplyImport stores im.Received, saves or retracts the incident, moves
	// the link and writes the audit entry, all in one transaction, and
	// returns the local incident's id. It fails with ECONFLICT, changing
	// nothing, when the link or the incident changed since im.Link was read.
	ApplyImport(ctx context.Context, im Import) (incidentID int64, err error)
}

// The states of a conflict settled by a reviewer (Received.Status).
const (
	// ReceivedAccepted: a conflicting version a reviewer applied over the
	// local incident.
	ReceivedAccepted = "accepted"
	// ReceivedDeclined: a conflicting version a reviewer declined, keeping
	// the local incident.
	ReceivedDeclined = "declined"
)

// Resolution is a reviewer's decision on a conflict: a partner's incident
// version received after someone here changed the imported incident.
// ConflictStore.ResolveConflict carries it out in one transaction.
type Resolution struct {
	// Conflict is the conflicting version decided on, as Conflicts listed
	// it: the newest one pending for its incident.
	Conflict Received
	// Pending lists the versions of the incident pending as conflicts when
	// the decision was made, Conflict's included: all are settled, and one
	// received since refuses the resolution (ECONFLICT).
	Pending []string
	// Seen is the local incident's UpdatedAt when the conflict was shown to
	// the reviewer: a later change refuses the resolution (ECONFLICT).
	Seen time.Time
	// Accept, when set, is the partner's version to save over the local
	// incident; the analyst corrections made here are dropped (the audit
	// entry keeps them). Nil keeps the local incident as it is.
	Accept *Incident
	// Audit is recorded with the Object filled in with the incident.
	Audit AuditEntry
}

// ConflictStore settles federation conflicts. Both vigil stores provide it.
type ConflictStore interface {
	// ReceivedRelationships lists the partner's relationship versions whose
	// source is the STIX object sourceRef, ordered by id and version.
	ReceivedRelationships(ctx context.Context, partner, sourceRef string) ([]Received, error)
	// ResolveConflict accepts or keeps, in one transaction: it saves
	// r.Accept over the incident (dropping its corrections) or leaves the
	// incident alone, moves the import link to the conflict's version and
	// the incident's state after the decision (so the partner's next
	// version is judged against it), marks the conflict accepted or
	// declined and older pending ones kept, and writes the audit entry.
	// ECONFLICT, changing nothing, when the versions pending are no longer
	// r.Pending or the incident changed since r.Seen; ENOTFOUND
	// when the viewer may not see the incident or it no longer exists.
	ResolveConflict(ctx context.Context, r Resolution) error
}
