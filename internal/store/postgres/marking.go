package postgres

import (
	"context"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// visible adds to w the condition that keeps the rows of the marked table
// aliased alias that the viewer of ctx may see (vigil.Viewer.CanSee, as
// SQL). The operator's condition is TRUE and is left out.
func visible(ctx context.Context, w *sqlq.Where, alias string) {
	cond, args := marksql.Visible(marksql.Postgres, alias, vigil.ViewerFrom(ctx))
	if cond != "TRUE" {
		w.Add(cond, args...)
	}
}

// markingColumns lists the marking columns of the table aliased alias, in
// the order marksql.Scanned reads them.
func markingColumns(alias string) string {
	return alias + ".tlp, " + alias + ".owner, " + alias + ".recipients"
}
