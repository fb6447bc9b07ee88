package vigil

import (
	"context"
	"time"
)

// StoredEvent is an extracted event as stored: the event plus the document
// it came from and the incident it was fused into.
type StoredEvent struct {
	ID         int64
	DocumentID int64
	Index      int // position in the document's extraction
	IncidentID int64
	// Denormalised from the document, so lists need no second query.
	Outlet          string
	URL             string
	Published       time.Time
	NearDuplicateOf int64 // the document's near-duplicate link
	// PriorIncidentID is the incident this event's document position was in
	// before the document was extracted again, so fusion can put it back
	// where an analyst may have reviewed it; 0 when none.
	PriorIncidentID int64
	Marking         Marking // the document's
	Event
}

// Review states of an incident. Machine output is always unreviewed until an
// analyst says otherwise.
const (
	StateUnreviewed = "unreviewed"
	StateVerified   = "verified"
	StateRejected   = "rejected"
)

// Incident is one real-world event, fused from the events of one or more
// documents. Its embedded Event holds the reconciled values.
type Incident struct {
	ID int64
	Event
	FatalitiesLow  int // lowest toll any source gave
	FatalitiesHigh int // highest toll any source gave
	ReconcileRule  string
	ReviewState    string
	SourceCount    int     // independent documents (near-duplicates count once)
	EventIDs       []int64 // the member events
	FusionReason   string  // why the members were fused
	CreatedAt      time.Time
	UpdatedAt      time.Time
	// Marking is the members' common marking (fusion only joins events of
	// the same marking), or an imported incident's marking as its owner set it.
	Marking Marking
	// Origin names where an imported incident came from ("partner:ctd
	// incident--…"); "" for an incident fused here from local documents.
	// Fusion leaves imported incidents alone.
	Origin string
}

// StoredClaim is a claim with the document it came from.
type StoredClaim struct {
	ID         int64
	DocumentID int64
	Outlet     string
	Published  time.Time
	Marking    Marking // the document's
	Claim
}

// StoredEquipment is an equipment record with the document it came from.
type StoredEquipment struct {
	ID         int64
	DocumentID int64
	Outlet     string
	Published  time.Time
	Marking    Marking // the document's
	Equipment
}

// Filter selects events or incidents. Empty fields do not filter. Dates are
// YYYY-MM-DD, inclusive; records with no date are excluded when From or To is
// set.
type Filter struct {
	From, To    string
	Country     string
	Admin1      string
	Admin2      string
	EventType   string
	Actor       string // matches actor1, actor2 or perpetrator
	Text        string // full-text query over document text
	ReviewState string // incidents only
	DocumentID  int64  // events only
	IncidentID  int64  // events only: the members of one incident
	Unfused     bool   // events only: those in no incident
	Limit       int    // 0 means no limit
	Offset      int

	// Claims and equipment only (see CheckClaimFilter and
	// CheckEquipmentFilter for which fields each list applies).
	AttributedTo string // who the claim or record is attributed to
	Holder       string // equipment only: who holds it
	Category     string // equipment only: aircraft, weapons...
	Origin       string // equipment only: the country it came from

	// AfterID, instead of Offset, starts the list after a row the caller
	// has already read (keyset paging: the list does not shift when rows
	// are added before that position, and a deep page costs no more than
	// the first). Events, claims and equipment, ordered by ID, start at the
	// first ID above AfterID. Incidents, newest first, start after the
	// incident AfterID whose event date was AfterDate ("" when undated).
	// 0 means from the start.
	AfterID   int64
	AfterDate string // incidents only
}

// CheckClaimFilter refuses, with EINVALID naming the API parameter, a
// field of f that claims do not carry, so that no caller is handed every
// claim for a filter that was silently dropped. Claims are selected by
// period (From, To), Country, Admin1, AttributedTo, DocumentID and Text.
func CheckClaimFilter(f Filter) error {
	return refuseFields("claims", "from, to, country, admin1, attributed_to, text, document", []filterField{
		{"admin2", f.Admin2 != ""}, {"type", f.EventType != ""}, {"actor", f.Actor != ""},
		{"review_state", f.ReviewState != ""}, {"incident", f.IncidentID != 0}, {"unfused", f.Unfused},
		{"holder", f.Holder != ""}, {"category", f.Category != ""}, {"origin", f.Origin != ""},
		{"after_date", f.AfterDate != ""},
	})
}

// CheckIncidentFilter refuses, with EINVALID naming the API parameter, a
// field of f that incidents do not carry: a document (an incident has
// several; list its events instead), the events-only fields and those of
// claims and equipment.
func CheckIncidentFilter(f Filter) error {
	return refuseFields("incidents", "from, to, country, admin1, admin2, type, actor, text, review_state", []filterField{
		{"document", f.DocumentID != 0}, {"incident", f.IncidentID != 0}, {"unfused", f.Unfused},
		{"attributed_to", f.AttributedTo != ""}, {"holder", f.Holder != ""}, {"category", f.Category != ""}, {"origin", f.Origin != ""},
	})
}

// CheckEquipmentFilter refuses, with EINVALID naming the API parameter, a
// field of f that equipment records do not carry. Equipment is selected
// by as-of date (From, To), Country (where it is or where it came from),
// Origin, Holder, Category, AttributedTo, DocumentID and Text.
func CheckEquipmentFilter(f Filter) error {
	return refuseFields("equipment", "from, to, country, origin, holder, category, attributed_to, text, document", []filterField{
		{"admin1", f.Admin1 != ""}, {"admin2", f.Admin2 != ""}, {"type", f.EventType != ""}, {"actor", f.Actor != ""},
		{"review_state", f.ReviewState != ""}, {"incident", f.IncidentID != 0}, {"unfused", f.Unfused},
		{"after_date", f.AfterDate != ""},
	})
}

// CheckAfter refuses, with EINVALID, a keyset position (AfterID,
// AfterDate) a store cannot start a list from: one given with Offset
// too, a negative AfterID, or an AfterDate without AfterID or not of the
// form YYYY-MM-DD.
func CheckAfter(f Filter) error {
	switch {
	case f.AfterID < 0:
		return Errorf(EINVALID, "after id %d is negative", f.AfterID)
	case f.AfterID == 0 && f.AfterDate != "":
		return Errorf(EINVALID, "after date %q needs the id of the incident after which to start", f.AfterDate)
	case f.AfterID > 0 && f.Offset > 0:
		return Errorf(EINVALID, "start after a record or at an offset, not both")
	}
	if f.AfterDate != "" {
		if _, err := time.Parse(time.DateOnly, f.AfterDate); err != nil {
			return Errorf(EINVALID, "after date %q is not of the form YYYY-MM-DD", f.AfterDate)
		}
	}
	return nil
}

// filterField is a filter field by its API parameter name, and whether a
// filter sets it.
type filterField struct {
	param string
	set   bool
}

func refuseFields(records, allowed string, fields []filterField) error {
	for _, fl := range fields {
		if fl.set {
			return Errorf(EINVALID, "%s cannot be filtered by %s: they are filtered by %s", records, fl.param, allowed)
		}
	}
	return nil
}

// DocumentFilter selects documents.
type DocumentFilter struct {
	Outlet string
	Text   string // full-text query
	Limit  int
	Offset int
}

// FeedState is what vigil remembers of a polled feed, for conditional GET
// and to skip items already seen.
type FeedState struct {
	URL          string
	ETag         string
	LastModified string
	Seen         map[string]bool // item GUIDs or links already ingested
	CheckedAt    time.Time
}

// IngestError is an input that failed, kept so analysts can see it.
type IngestError struct {
	ID      int64
	Origin  string
	Message string
	At      time.Time
}

// AuditEntry is one line of the append-only audit log.
type AuditEntry struct {
	ID     int64
	At     time.Time
	Actor  string // user name, or "vigil" for the machine
	Action string // e.g. "ingest", "fuse", "verify", "correct"
	Object string // e.g. "incident:12"
	Reason string
	Before string // JSON
	After  string // JSON
}

// Store is vigil's persistence. Every method runs in one transaction. Errors
// carry a code (see ErrorCode): ENOTFOUND for a missing record, EINVALID for
// bad input.
//
// Markings: every read method returns only the records the viewer of its
// context may see (ViewerFrom, Viewer.CanSee), counts and aggregates
// included, in the query itself; a record the viewer may not see is
// ENOTFOUND, exactly as if it did not exist. ApplyChange and Undo refuse,
// as ENOTFOUND, to touch an incident the viewer may not see. The other write
// methods are the pipeline's and act for the operator; callers check roles.
type Store interface {
	// AddDocument stores d unless a document with the same ContentHash exists,
	// in which case it returns that document's ID and created=false.
	AddDocument(ctx context.Context, d *Document) (id int64, created bool, err error)
	Document(ctx context.Context, id int64) (*Document, error)
	Documents(ctx context.Context, f DocumentFilter) ([]Document, error)
	// FindNearDuplicate returns the ID of the earliest stored document whose
	// SimHash is within maxDistance bits of simhash, or 0.
	FindNearDuplicate(ctx context.Context, simhash uint64, maxDistance int) (int64, error)
	AddIngestError(ctx context.Context, e IngestError) error
	IngestErrors(ctx context.Context, limit int) ([]IngestError, error)

	// SaveExtraction replaces the document's extracted events, claims and
	// equipment with x. Events it replaces leave their incidents.
	SaveExtraction(ctx context.Context, documentID int64, x Extraction) error
	Events(ctx context.Context, f Filter) ([]StoredEvent, error)
	Claims(ctx context.Context, f Filter) ([]StoredClaim, error)
	Equipment(ctx context.Context, f Filter) ([]StoredEquipment, error)

	// SaveIncident creates the incident (ID 0) or updates it, sets its member
	// events to EventIDs, and returns its ID.
	SaveIncident(ctx context.Context, inc *Incident) (int64, error)
	Incident(ctx context.Context, id int64) (*Incident, error)
	Incidents(ctx context.Context, f Filter) ([]Incident, error)
	CountIncidents(ctx context.Context, f Filter) (int, error)

	FeedState(ctx context.Context, url string) (*FeedState, error)
	SaveFeedState(ctx context.Context, s *FeedState) error

	AddAudit(ctx context.Context, e AuditEntry) error
	Audit(ctx context.Context, object string, limit int) ([]AuditEntry, error)
	// AuditEntry returns one audit entry.
	AuditEntry(ctx context.Context, id int64) (*AuditEntry, error)

	// ApplyChange applies one analyst action (see Change) in one
	// transaction, records it in the audit log with the touched incidents'
	// states before and after, sets the IDs of the incidents it created in
	// c.Save and returns the audit entry's ID.
	ApplyChange(ctx context.Context, c *Change) (auditID int64, err error)
	// Undo restores the incidents an audited change touched to their state
	// before it, and audits that as an "undo" by actor. It fails with
	// ECONFLICT when any of them changed since.
	Undo(ctx context.Context, auditID int64, actor, reason string) (undoID int64, err error)
	// Corrections lists an incident's analyst corrections, by field.
	Corrections(ctx context.Context, incidentID int64) ([]Correction, error)
	// IncidentsAsOf lists the incidents as they were stored at the instant
	// at, matching f (Text is not supported), in the order of Incidents.
	IncidentsAsOf(ctx context.Context, at time.Time, f Filter) ([]Incident, error)

	Close() error
}
