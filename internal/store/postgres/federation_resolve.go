package postgres

import (
	"context"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.ConflictStore = (*Store)(nil)

// ReceivedRelationships lists the partner's relationship versions whose
// source is sourceRef.
func (s *Store) ReceivedRelationships(ctx context.Context, partner, sourceRef string) ([]vigil.Received, error) {
	return s.federation().ReceivedRelationships(ctx, partner, sourceRef)
}

// ResolveConflict settles a conflict in one transaction.
func (s *Store) ResolveConflict(ctx context.Context, r vigil.Resolution) error {
	return s.federation().ResolveConflict(ctx, r)
}
