package postgres

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/share/accounts/accountstest"
)

// TestAccounts runs the accounts suite on a real PostgreSQL database.
func TestAccounts(t *testing.T) {
	accountstest.Run(t, func(t *testing.T) accountstest.Store { return openFresh(t) })
}
