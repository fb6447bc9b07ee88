package postgres

import (
	"github.com/vigil-osint/vigil/internal/store/sqlfed"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var (
	_ vigil.FederationStore = (*Store)(nil)
	_ vigil.ConflictStore   = (*Store)(nil)
)

// federation is the federation methods' shared SQL (sqlfed) over this
// store. Imports and settlements change incidents under the membership
// lock (writeMembership), which serialises them with every other change to
// incidents.
func (s *Store) federation() *sqlfed.Federation {
	return sqlfed.New(s.shared(), s.incidentOps(s.writeMembership), `json::json->>'source_ref' = ?`)
}
