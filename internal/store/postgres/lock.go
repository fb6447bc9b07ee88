package postgres

import (
	"context"
	"fmt"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.Locker = (*Store)(nil)

// WithLock runs fn holding the session advisory lock for name, on a
// connection kept for the purpose: every vigil process on the database
// waits its turn. If the process dies, PostgreSQL ends the session and the
// lock goes with it, so a killed worker never leaves it held.
func (s *Store) WithLock(ctx context.Context, name string, fn func(context.Context) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("postgres: lock %q: %w", name, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(hashtext($1))`, "vigil:"+name); err != nil {
		return fmt.Errorf("postgres: lock %q: %w", name, err)
	}
	// Unlock on a context that outlives ctx: a cancelled caller must still
	// give the lock back before the connection returns to the pool.
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(hashtext($1))`, "vigil:"+name)
	return fn(ctx)
}
