package postgres

import (
	"context"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlfed"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.FederationStore = (*Store)(nil)

// federation is the federation methods' shared SQL (sqlfed) over this
// store. Imports and settlements change incidents under the membership
// lock (writeMembership), which serialises them with every other change to
// incidents.
func (s *Store) federation() *sqlfed.Federation {
	return sqlfed.New(s.shared(), s.incidentOps(s.writeMembership), `json::json->>'source_ref' = ?`)
}

// IncidentVersions lists the visible incident versions that began or ended
// after since; see vigil.FederationStore.
func (s *Store) IncidentVersions(ctx context.Context, since time.Time) ([]vigil.IncidentVersion, error) {
	return s.federation().IncidentVersions(ctx, since)
}

// IncidentHistories returns the visible histories of the incidents with a
// visible version beginning or ending in (after, until]; see
// vigil.FederationStore.
func (s *Store) IncidentHistories(ctx context.Context, after time.Time, events int) ([]vigil.IncidentVersion, time.Time, error) {
	return s.federation().IncidentHistories(ctx, after, events)
}

// AddPartner records a partner.
func (s *Store) AddPartner(ctx context.Context, p vigil.Partner) error {
	return s.federation().AddPartner(ctx, p)
}

// Partner returns one partner.
func (s *Store) Partner(ctx context.Context, name string) (*vigil.Partner, error) {
	return s.federation().Partner(ctx, name)
}

// Partners lists the partners by name.
func (s *Store) Partners(ctx context.Context) ([]vigil.Partner, error) {
	return s.federation().Partners(ctx)
}

// PullCursor returns where the next pull of a partner's collection starts.
func (s *Store) PullCursor(ctx context.Context, partner, collection string) (time.Time, error) {
	return s.federation().PullCursor(ctx, partner, collection)
}

// SetPullCursor moves where the next pull of a partner's collection starts.
func (s *Store) SetPullCursor(ctx context.Context, partner, collection string, after time.Time) error {
	return s.federation().SetPullCursor(ctx, partner, collection, after)
}

// AddReceived stores one received object version.
func (s *Store) AddReceived(ctx context.Context, r vigil.Received) (bool, error) {
	return s.federation().AddReceived(ctx, r)
}

// ReceivedVersions lists a partner's versions of one object, oldest first.
func (s *Store) ReceivedVersions(ctx context.Context, partner, stixID string) ([]vigil.Received, error) {
	return s.federation().ReceivedVersions(ctx, partner, stixID)
}

// Conflicts lists the incident versions kept as conflicts.
func (s *Store) Conflicts(ctx context.Context, partner string) ([]vigil.Received, error) {
	return s.federation().Conflicts(ctx, partner)
}

// ImportLink returns the link of a partner's STIX incident.
func (s *Store) ImportLink(ctx context.Context, partner, stixID string) (*vigil.ImportLink, error) {
	return s.federation().ImportLink(ctx, partner, stixID)
}

// ApplyImport carries out one import in one transaction.
func (s *Store) ApplyImport(ctx context.Context, im vigil.Import) (int64, error) {
	return s.federation().ApplyImport(ctx, im)
}
