package postgres

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/storetest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// openFresh opens a store on a new, empty database of cluster c.
func openFresh(t testing.TB, c *pgtest.Cluster) *Store {
	t.Helper()
	s, err := Open(context.Background(), c.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStore runs the suite every vigil.Store passes, each test on a fresh
// database of one throw-away cluster.
func TestStore(t *testing.T) {
	c := pgtest.Start(t)
	storetest.Run(t, func(t *testing.T) vigil.Store { return openFresh(t, c) })
}
