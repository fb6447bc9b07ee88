package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// limit renders LIMIT/OFFSET from validated, non-negative numbers; 0 means
// no limit.
func limit(n, offset int) string {
	switch {
	case n > 0 && offset > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", n, offset)
	case n > 0:
		return fmt.Sprintf(" LIMIT %d", n)
	case offset > 0:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", offset)
	}
	return ""
}

// list runs query in one read transaction and scans each row with scan.
func list[T any](ctx context.Context, s *Store, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	var out []T
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = sqlq.AppendRows(ctx, tx, out, query, args, scan)
		return err
	})
	return out, err
}

// ftsQuery turns a user's search text into an FTS5 query that cannot be a
// syntax error: every whitespace-separated word becomes a quoted string
// (inner quotes doubled), and the words are ANDed. So `NEAR(` or `"` or
// `'; DROP TABLE` are searched for as text, never parsed as FTS operators.
// A word ending in * keeps it as a prefix search. Text with no letters or
// digits at all cannot match anything and is refused with EINVALID.
// Control characters and invalid UTF-8 separate words.
func ftsQuery(text string) (string, error) {
	// SQLite ends a query string at a NUL byte, so control characters and
	// invalid UTF-8 become spaces before quoting.
	clean := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, text)
	var terms []string
	for _, word := range strings.Fields(clean) {
		prefix := false
		if len(word) > 1 && strings.HasSuffix(word, "*") {
			word, prefix = strings.TrimRight(word, "*"), true
		}
		if !strings.ContainsFunc(word, isWordRune) {
			continue
		}
		term := `"` + strings.ReplaceAll(word, `"`, `""`) + `"`
		if prefix {
			term += "*"
		}
		terms = append(terms, term)
	}
	if len(terms) == 0 {
		return "", vigil.Errorf(vigil.EINVALID, "search text %q has no words to search for", text)
	}
	return strings.Join(terms, " "), nil
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
