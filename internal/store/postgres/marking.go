package postgres

import (
	"context"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// visible adds to w the condition that keeps the rows of the marked table
// aliased alias that the viewer of ctx may see (vigil.Viewer.CanSee, as
// SQL). The operator's condition is TRUE and is left out.
func visible(ctx context.Context, w *where, alias string) {
	cond, args := marksql.Visible(marksql.Postgres, alias, vigil.ViewerFrom(ctx))
	if cond != "TRUE" {
		w.add(cond, args...)
	}
}

// markingColumns lists the marking columns of the table aliased alias, in
// the order scanMarking reads them.
func markingColumns(alias string) string {
	return alias + ".tlp, " + alias + ".owner, " + alias + ".recipients"
}

// marking holds the three marking columns of a row as scanned.
type marking struct{ tlp, owner, recipients string }

func (m *marking) dest() []any { return []any{&m.tlp, &m.owner, &m.recipients} }

func (m marking) value() vigil.Marking { return marksql.Marking(m.tlp, m.owner, m.recipients) }

// checkMarking returns m as it is stored (an empty level is TLP:CLEAR) and
// refuses, with EINVALID naming what, a marking no one could hold.
func checkMarking(what string, m vigil.Marking) (vigil.Marking, error) {
	m = m.OrClear()
	if err := m.Validate(); err != nil {
		return m, vigil.Errorf(vigil.EINVALID, "%s: %v", what, err)
	}
	return m, nil
}
