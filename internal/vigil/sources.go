package vigil

import (
	"context"
	"time"
)

// SourceMarking is the marking the documents of one source get when they
// are ingested without a marking of their own.
type SourceMarking struct {
	// Source is an outlet name ("Dawn") or an origin such as a feed URL;
	// the ingest command decides which of a document's names applies.
	Source    string
	Marking   Marking
	UpdatedAt time.Time
}

// SourceMarkingStore keeps the default marking of each source. Setting a
// source's marking again replaces it; it changes only documents ingested
// afterwards. Errors carry codes: EINVALID for an empty source or a marking
// that fails Marking.Validate.
type SourceMarkingStore interface {
	SetSourceMarking(ctx context.Context, source string, m Marking) error
	// SourceMarkings lists every source's marking, by source.
	SourceMarkings(ctx context.Context) ([]SourceMarking, error)
}
