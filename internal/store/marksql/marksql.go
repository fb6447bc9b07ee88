// Package marksql turns a viewer into the SQL condition that keeps the rows
// the viewer may see, so both stores apply one rule (vigil.Viewer.CanSee)
// inside their queries, counts and aggregates included. It also holds the
// rest of the marking rules both stores share: converting a marking to and
// from its columns (Columns, Scanned), checking one before it is stored
// (Check), and deciding which audit entries a viewer may see
// (AuditVisible).
//
// A marked table has three columns: tlp (the TLP 2.0 level as vigil.TLP
// spells it), owner (the owner organisation, "" for CLEAR) and recipients
// (RED's named users, encoded by EncodeRecipients).
package marksql

import (
	"slices"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Dialect is the database a condition is written for: they differ in how
// they find a substring.
type Dialect int

// The two databases vigil stores into.
const (
	SQLite Dialect = iota
	Postgres
)

// Visible returns the condition, with ? placeholders, that keeps the rows
// of the table aliased alias (or unqualified columns when alias is "") that
// v may see, and its arguments. It returns "TRUE" (and no arguments) for the
// operator, so callers can always AND it in.
func Visible(d Dialect, alias string, v vigil.Viewer) (string, []any) {
	col := func(name string) string {
		if alias == "" {
			return name
		}
		return alias + "." + name
	}
	if v.All {
		return "TRUE", nil
	}
	clear := col("tlp") + " = 'CLEAR'"
	if v.Anonymous() {
		return clear, nil
	}
	orgs := append([]string{v.Org}, v.Partners...)
	slices.Sort(orgs)
	orgs = slices.Compact(orgs)
	var args []any
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(orgs)), ", ")
	for _, o := range orgs {
		args = append(args, o)
	}
	conds := []string{
		clear,
		"(" + col("tlp") + " IN ('GREEN', 'AMBER') AND " + col("owner") + " IN (" + marks + "))",
		"(" + col("tlp") + " = 'AMBER+STRICT' AND " + col("owner") + " = ?)",
	}
	args = append(args, v.Org)
	if v.User != "" {
		find := "instr(" + col("recipients") + ", ?) > 0"
		if d == Postgres {
			find = "strpos(" + col("recipients") + ", ?) > 0"
		}
		conds = append(conds, "("+col("tlp")+" = 'RED' AND "+find+")")
		args = append(args, recipientKey(vigil.Recipient{Org: v.Org, User: v.User}))
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// recipientKey encodes one recipient as it appears inside the recipients
// column. Account names hold no control characters (vigil.CheckAccountName),
// so the tab and the newlines around it cannot occur inside a name, and one
// recipient's key can never match across two others.
func recipientKey(r vigil.Recipient) string {
	return "\n" + r.Org + "\t" + r.User + "\n"
}

// EncodeRecipients renders RED's recipients for the recipients column:
// sorted, each between newlines. It returns "" for none.
func EncodeRecipients(rs []vigil.Recipient) string {
	if len(rs) == 0 {
		return ""
	}
	keys := make([]string, len(rs))
	for i, r := range rs {
		keys[i] = r.Org + "\t" + r.User
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	return "\n" + strings.Join(keys, "\n") + "\n"
}

// DecodeRecipients reads the recipients column back. Malformed entries are
// dropped: a RED record that names no one is shown to no one.
func DecodeRecipients(s string) []vigil.Recipient {
	var out []vigil.Recipient
	for _, line := range strings.Split(s, "\n") {
		org, user, ok := strings.Cut(line, "\t")
		if ok && org != "" && user != "" {
			out = append(out, vigil.Recipient{Org: org, User: user})
		}
	}
	return out
}

// Columns returns a marking's column values in the order tlp, owner,
// recipients, with an empty level stored as CLEAR (vigil.Marking.OrClear).
func Columns(m vigil.Marking) (tlp, owner, recipients string) {
	m = m.OrClear()
	return string(m.TLP), m.Owner, EncodeRecipients(m.Recipients)
}

// Marking rebuilds a marking from its columns.
func Marking(tlp, owner, recipients string) vigil.Marking {
	return vigil.Marking{TLP: vigil.TLP(tlp), Owner: owner, Recipients: DecodeRecipients(recipients)}
}
