package vigil

import "context"

// DocumentHash is a stored document's near-duplicate fingerprint.
type DocumentHash struct {
	ID      int64
	SimHash uint64
}

// SimHashLister is implemented by stores that can list every document's
// SimHash in one cheap query (IDs ascending). Ingest then keeps the
// near-duplicate search in memory: Store.FindNearDuplicate at the distances
// wire copies need must compare every stored hash, once per document.
type SimHashLister interface {
	SimHashes(ctx context.Context) ([]DocumentHash, error)
}
