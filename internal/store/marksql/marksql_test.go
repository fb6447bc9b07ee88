package marksql

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
	_ "modernc.org/sqlite"
)

// markingTable returns a real SQLite database whose table r holds the
// markings, each in the row whose id is its index, stored with Columns.
func markingTable(t *testing.T, markings []vigil.Marking) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE r (id INTEGER PRIMARY KEY, tlp TEXT, owner TEXT, recipients TEXT)`); err != nil {
		t.Fatal(err)
	}
	for i, m := range markings {
		tlp, owner, rec := Columns(m)
		if _, err := db.ExecContext(ctx, `INSERT INTO r VALUES (?, ?, ?, ?)`, i, tlp, owner, rec); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestVisibleMatchesCanSee runs the condition over a real SQLite table of
// every marking and checks it keeps exactly the rows Viewer.CanSee allows.
func TestVisibleMatchesCanSee(t *testing.T) {
	ctx := context.Background()
	markings := []vigil.Marking{
		{}, // stored as CLEAR
		{TLP: vigil.TLPClear},
		{TLP: vigil.TLPGreen, Owner: "ctd"},
		{TLP: vigil.TLPAmber, Owner: "ctd"},
		{TLP: vigil.TLPAmberStrict, Owner: "ctd"},
		{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "amina"}, {Org: "ngo", User: "bilal"}}},
		{TLP: vigil.TLPGreen, Owner: "CTD"}, // another organisation: names are case-sensitive
		{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "amina2"}}},
		{TLP: vigil.TLPAmber, Owner: "o'brien; DROP TABLE r"},
		{TLP: "PURPLE", Owner: "ctd"},
	}
	db := markingTable(t, markings)
	viewers := []vigil.Viewer{
		{},
		{All: true},
		{Org: "ctd"},
		{Org: "ctd", User: "amina"},
		{Org: "ngo", User: "bilal", Partners: []string{"ctd"}},
		{Org: "ngo", User: "amina"},
		{Org: "stranger", User: "x"},
		{Org: "partner", Partners: []string{"o'brien; DROP TABLE r"}},
	}
	for _, v := range viewers {
		t.Run(fmt.Sprintf("%+v", v), func(t *testing.T) {
			cond, args := Visible(SQLite, "r", v)
			rows, err := db.QueryContext(ctx, `SELECT id, tlp, owner, recipients FROM r WHERE `+cond+` ORDER BY id`, args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var got []int
			for rows.Next() {
				var id int
				var tlp, owner, rec string
				if err := rows.Scan(&id, &tlp, &owner, &rec); err != nil {
					t.Fatal(err)
				}
				got = append(got, id)
			}
			var want []int
			for i, m := range markings {
				if v.CanSee(m.OrClear()) {
					want = append(want, i)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("visible rows %v, CanSee allows %v", got, want)
			}
		})
	}
}

func TestRecipientsRoundTrip(t *testing.T) {
	rs := []vigil.Recipient{{Org: "ngo", User: "bilal"}, {Org: "ctd", User: "amina"}, {Org: "ctd", User: "amina"}}
	got := DecodeRecipients(EncodeRecipients(rs))
	want := []vigil.Recipient{{Org: "ctd", User: "amina"}, {Org: "ngo", User: "bilal"}}
	if !slices.Equal(got, want) {
		t.Errorf("round trip = %v, want %v", got, want)
	}
	if EncodeRecipients(nil) != "" || DecodeRecipients("") != nil {
		t.Error("no recipients should encode as empty")
	}
}
