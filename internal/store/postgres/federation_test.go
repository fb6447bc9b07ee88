package postgres

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/share/federation/fedtest"
)

func TestFederationStore(t *testing.T) {
	fedtest.Run(t, func(t *testing.T) federation.Store { return openFresh(t) })
}
