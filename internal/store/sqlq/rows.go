package sqlq

import (
	"context"
	"database/sql"
)

// AppendRows runs query in tx and appends each row, scanned with scan, to
// out. Both stores page their lists through it, so a list read in several
// queries (dated rows, then undated) collects into one slice.
func AppendRows[T any](ctx context.Context, tx *sql.Tx, out []T, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
