package sqlite

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/accounts/accountstest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestAccounts runs the accounts suite on a real SQLite file.
func TestAccounts(t *testing.T) {
	accountstest.Run(t, func(t *testing.T) accountstest.Store { return openTemp(t) })
}

// BenchmarkTokenAuth times what every API request with a token costs: the
// lookup by hash, the user and organisation, the last-used time and the
// audit line.
func BenchmarkTokenAuth(b *testing.B) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, filepath.Join(b.TempDir(), "vigil.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	svc := accounts.New(s, accounts.WithLogger(slog.New(slog.DiscardHandler)))
	svc.Params = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	if err := svc.AddOrg(ctx, "bench", "ctd"); err != nil {
		b.Fatal(err)
	}
	if err := svc.AddUser(ctx, "bench", "amina", "ctd", vigil.RoleAnalyst, "correct horse battery"); err != nil {
		b.Fatal(err)
	}
	token, _, err := svc.CreateToken(ctx, "bench", "amina", vigil.ScopeRead, time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := svc.FromToken(ctx, token); err != nil {
			b.Fatal(err)
		}
	}
}
