package sqlite

import (
	"github.com/vigil-osint/vigil/internal/store/sqlfed"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var (
	_ vigil.FederationStore = (*Store)(nil)
	_ vigil.ConflictStore   = (*Store)(nil)
)

// federation is the federation methods' shared SQL (sqlfed) over this
// store. SQLite serialises every write transaction, so changes to incidents
// need no lock of their own.
func (s *Store) federation() *sqlfed.Federation {
	return sqlfed.New(s.shared(), s.incidentOps(s.write), `json_valid(json) AND json_extract(json, '$.source_ref') = ?`)
}
