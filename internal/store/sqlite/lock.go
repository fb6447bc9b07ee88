package sqlite

import (
	"context"
	"sync"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.Locker = (*Store)(nil)

// locks are the named locks of this process. An SQLite database serves one
// machine, and vigil runs its workers for it in one process (vigil serve
// --workers or one vigil worker), so a process lock serialises them.
var locks sync.Map // name -> *sync.Mutex

// WithLock runs fn holding the process lock for name.
func (s *Store) WithLock(ctx context.Context, name string, fn func(context.Context) error) error {
	m, _ := locks.LoadOrStore(s.path+"\x00"+name, &sync.Mutex{})
	mu := m.(*sync.Mutex)
	mu.Lock()
	defer mu.Unlock()
	return fn(ctx)
}
