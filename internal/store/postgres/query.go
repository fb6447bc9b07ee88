package postgres

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
	var b strings.Builder
	if n > 0 {
		fmt.Fprintf(&b, " LIMIT %d", n)
	}
	if offset > 0 {
		fmt.Fprintf(&b, " OFFSET %d", offset)
	}
	return b.String()
}

// list runs query in one read transaction and scans each row with scan.
func list[T any](ctx context.Context, s *Store, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	var out []T
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = sqlq.AppendRows(ctx, tx, out, rebind(query), args, scan)
		return err
	})
	return out, err
}

// textMatch is the condition that a documents row matches the tsQuery in
// its one argument. The query's letters are folded as the documents' were
// (see migrations/0005_search_fold.sql); its operators are left alone.
const textMatch = `search @@ to_tsquery('simple', search_unaccent(?))`

// maxLexeme is the longest word, in bytes, PostgreSQL puts in a tsvector;
// longer words are never indexed, so the query leaves them out.
const maxLexeme = 2047

// tsQuery turns a user's search text into to_tsquery syntax that cannot be
// a syntax error, with the SQLite store's meaning: the whitespace-separated
// words are ANDed; a word made of several runs of letters and digits
// ("NEAR(Bannu", "title:Bannu") is the phrase of those runs; a word ending
// in * is a prefix search. Only letters, digits and combining marks reach
// to_tsquery, so none of its operators (& | ! <-> : * ( ) ') can be
// injected. Text with no letters or digits at all is refused with EINVALID.
func tsQuery(text string) (string, error) {
	var terms []string
	for _, word := range strings.Fields(text) {
		prefix := false
		if len(word) > 1 && strings.HasSuffix(word, "*") {
			word, prefix = strings.TrimRight(word, "*"), true
		}
		runs := strings.FieldsFunc(word, func(r rune) bool { return !isWordRune(r) && !unicode.IsMark(r) })
		kept := runs[:0]
		for _, r := range runs {
			if strings.ContainsFunc(r, isWordRune) && len(r) <= maxLexeme {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 {
			continue
		}
		term := strings.Join(kept, " <-> ")
		if prefix {
			term += ":*"
		}
		if len(kept) > 1 {
			term = "(" + term + ")"
		}
		terms = append(terms, term)
	}
	if len(terms) == 0 {
		return "", vigil.Errorf(vigil.EINVALID, "search text %q has no words to search for", text)
	}
	return strings.Join(terms, " & "), nil
}

// isWordRune reports whether r belongs in a search word. utf8.RuneError
// (invalid UTF-8) is neither letter nor digit, so bad bytes separate words.
func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r))
}
