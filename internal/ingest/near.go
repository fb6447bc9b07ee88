package ingest

import (
	"context"
	"sync"

	"github.com/vigil-osint/vigil/internal/ingest/dedup"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// maxCandidates bounds how many SimHash candidates are checked by text
// resemblance for one document.
const maxCandidates = 5

// nearIndex holds the SimHashes near-duplicate search compares against, in
// memory: every stored document's when the store can list them
// (vigil.SimHashLister) or was empty when the pipeline started, else those
// stored by this pipeline, older documents then being searched with
// Store.FindNearDuplicate (which compares every stored hash at the
// distances wire copies need: correct, but linear in the store's size).
type nearIndex struct {
	mu     sync.Mutex
	loaded bool
	full   bool // hashes holds every stored document
	hashes []vigil.DocumentHash
}

func (ix *nearIndex) load(ctx context.Context, s vigil.Store) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.loaded {
		return nil
	}
	if l, ok := s.(vigil.SimHashLister); ok {
		hs, err := l.SimHashes(ctx)
		if err != nil {
			return err
		}
		ix.hashes, ix.full = hs, true
	} else {
		some, err := s.Documents(ctx, vigil.DocumentFilter{Limit: 1})
		if err != nil {
			return err
		}
		ix.full = len(some) == 0
	}
	ix.loaded = true
	return nil
}

// candidates returns the IDs of indexed documents within MaxDistance of h,
// oldest first, at most maxCandidates.
func (ix *nearIndex) candidates(h uint64) []int64 {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var ids []int64
	for _, d := range ix.hashes {
		if dedup.Distance(d.SimHash, h) <= dedup.MaxDistance {
			ids = append(ids, d.ID)
			if len(ids) == maxCandidates {
				break
			}
		}
	}
	return ids
}

func (ix *nearIndex) add(id int64, h uint64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.hashes = append(ix.hashes, vigil.DocumentHash{ID: id, SimHash: h})
}

// nearDuplicate returns the earliest document d is a near copy of, or 0:
// SimHash finds candidates and the candidate's text must share enough
// shingles with d's (SimHash alone links short, formulaic reports that
// merely share stock phrases).
func (p *Pipeline) nearDuplicate(ctx context.Context, d *vigil.Document) (int64, error) {
	if err := p.near.load(ctx, p.Store); err != nil {
		return 0, err
	}
	ids := p.near.candidates(d.SimHash)
	if !p.near.full {
		old, err := p.Store.FindNearDuplicate(ctx, d.SimHash, dedup.MaxDistance)
		if err != nil {
			return 0, err
		}
		if old != 0 {
			ids = append([]int64{old}, ids...)
		}
	}
	for _, id := range ids {
		c, err := p.Store.Document(ctx, id)
		if err != nil {
			return 0, err
		}
		if c.ContentHash == d.ContentHash || dedup.Resemblance(c.Text, d.Text) >= dedup.MinResemblance {
			return id, nil
		}
	}
	return 0, nil
}
