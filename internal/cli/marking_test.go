package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// storedMarkings opens db as the operator and returns each document's
// marking by origin (JSON Lines rows by their id).
func storedMarkings(t *testing.T, db string) map[string]vigil.Marking {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(ctx, vigil.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]vigil.Marking{}
	for _, d := range docs {
		key := filepath.Base(d.Origin)
		if strings.HasSuffix(key, ".jsonl") {
			key = d.ExternalID
		}
		out[key] = d.Marking
	}
	return out
}

// TestIngestMarkings checks how vigil ingest marks documents: by its flags,
// else by the source's marking (the origin's before the outlet's), else
// TLP:CLEAR; and that a bad marking is refused, naming the flag, before
// anything is stored.
func TestIngestMarkings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	flagged := write("flagged.txt", "Two policemen were shot dead in Quetta on Monday.\n")
	red := write("red.txt", "A lecturer was abducted from Khuzdar on Sunday.\n")
	byOrigin := write("origin.txt", "A bridge was blown up near Sibi on Tuesday.\n")
	rows := write("rows.jsonl", `{"id": "dawn-1", "text": "A shopkeeper was killed in Mastung on Friday.", "source": "Dawn"}`+"\n"+
		`{"id": "news-1", "text": "Three labourers were wounded in Nushki on Friday.", "source": "The News"}`+"\n")
	db := filepath.Join(t.TempDir(), "vigil.db")

	mustRun(t, "source", "mark", byOrigin, "--db", db, "--tlp", "amber+strict", "--owner", "ctd")
	mustRun(t, "source", "mark", "dawn", "--db", db, "--tlp", "green", "--owner", "ctd")
	// The origin's marking wins over the outlet's.
	mustRun(t, "source", "mark", rows, "--db", db, "--tlp", "amber", "--owner", "ncc")
	mustRun(t, "source", "mark", rows, "--db", db, "--tlp", "clear") // replaced: CLEAR for the file, so Dawn's applies
	if out := mustRun(t, "source", "list", "--db", db); !strings.Contains(out, "dawn") || !strings.Contains(out, "AMBER+STRICT") {
		t.Errorf("source list:\n%s", out)
	}

	refused := []struct {
		args []string
		want string
	}{
		{[]string{"--tlp", "amber"}, "--owner: marking: TLP:AMBER needs an owner organisation"},
		{[]string{"--tlp", "red", "--owner", "ctd"}, "--recipient: marking: TLP:RED needs at least one named recipient"},
		{[]string{"--owner", "ctd"}, "--owner and --recipient need --tlp LEVEL"},
		{[]string{"--tlp", "green", "--owner", "ctd", "--recipient", "ctd/ali"}, "--recipient: only a RED marking names recipients"},
		{[]string{"--tlp", "purple", "--owner", "ctd"}, `--tlp: unknown TLP level "purple"`},
		{[]string{"--tlp", "red", "--owner", "ctd", "--recipient", "ali"}, `"ali" is not ORG/USER`},
		{[]string{"--tlp", "amber", "--owner", "ctd", "--queue"}, "--tlp cannot be queued"},
	}
	for _, tc := range refused {
		args := append([]string{"ingest", "--db", db}, tc.args...)
		code, _, errOut := runVigil(t, append(args, flagged)...)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("ingest %v: exit %d, stderr %q; want a refusal saying %q", tc.args, code, errOut, tc.want)
		}
	}
	if got := storedMarkings(t, db); len(got) != 0 {
		t.Fatalf("refused ingests stored %v", got)
	}

	mustRun(t, "ingest", "--db", db, "--no-fuse", "--tlp", "AMBER", "--owner", "ctd", flagged)
	mustRun(t, "ingest", "--db", db, "--no-fuse", "--tlp", "red", "--owner", "ctd", "--recipient", "ctd/ali", "--recipient", "ncc/sara", red)
	mustRun(t, "ingest", "--db", db, "--no-fuse", byOrigin, rows)
	want := map[string]vigil.Marking{
		"flagged.txt": {TLP: vigil.TLPAmber, Owner: "ctd"},
		"red.txt":     {TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "ali"}, {Org: "ncc", User: "sara"}}},
		"origin.txt":  {TLP: vigil.TLPAmberStrict, Owner: "ctd"},
		"dawn-1":      {TLP: vigil.TLPClear}, // the file's CLEAR, set last, comes before Dawn's GREEN
		"news-1":      {TLP: vigil.TLPClear},
	}
	// A document already stored keeps its marking, and vigil says so.
	code, _, errOut := runVigil(t, "ingest", "--db", db, "--no-fuse", "--tlp", "clear", flagged)
	if code != 0 || !strings.Contains(errOut, "1 documents were already stored and keep the marking they were stored with") {
		t.Errorf("re-ingest with another marking: exit %d, stderr %q", code, errOut)
	}
	got := storedMarkings(t, db)
	for key, w := range want {
		if g, ok := got[key]; !ok || g.Key() != w.Key() {
			t.Errorf("%s is marked %v, want %v", key, g, w)
		}
	}
}

// TestSourceMarkingByOutlet checks that a document whose origin has no
// marking takes its outlet's, whatever the outlet's case.
func TestSourceMarkingByOutlet(t *testing.T) {
	list := []vigil.SourceMarking{
		{Source: "https://example.invalid/feed.xml", Marking: vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}},
		{Source: "dawn", Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}},
	}
	tests := []struct {
		name string
		doc  vigil.Document
		want vigil.TLP
	}{
		{"origin", vigil.Document{Origin: "https://example.invalid/feed.xml", Outlet: "Dawn"}, vigil.TLPAmber},
		{"outlet in another case", vigil.Document{Origin: "https://example.invalid/other.xml", Outlet: " Dawn "}, vigil.TLPGreen},
		{"neither", vigil.Document{Origin: "notes.txt", Outlet: "The News"}, vigil.TLPClear},
		{"no outlet", vigil.Document{Origin: "notes.txt"}, vigil.TLPClear},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sourceMarking(list, &tc.doc); got.TLP != tc.want {
				t.Errorf("marked %v, want TLP:%s", got, tc.want)
			}
		})
	}
}

// TestAtLeast checks the STIX export's --tlp floor: a record keeps a
// marking at or above it, and one below is raised, keeping its owner.
func TestAtLeast(t *testing.T) {
	floor := vigil.Marking{TLP: vigil.TLPGreen, Owner: "vigil"}
	tests := []struct {
		in, want vigil.Marking
	}{
		{vigil.Marking{}, vigil.Marking{TLP: vigil.TLPGreen, Owner: "vigil"}},
		{vigil.Marking{TLP: vigil.TLPClear}, vigil.Marking{TLP: vigil.TLPGreen, Owner: "vigil"}},
		{vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}, vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}},
		{vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}, vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}},
		{vigil.Marking{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "ali"}}},
			vigil.Marking{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "ali"}}}},
	}
	for _, tc := range tests {
		if got := atLeast(tc.in, floor); got.Key() != tc.want.Key() || got.Owner != tc.want.Owner {
			t.Errorf("atLeast(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if got := atLeast(vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}, vigil.Marking{TLP: vigil.TLPClear}); got.TLP != vigil.TLPGreen {
		t.Errorf("a CLEAR floor lowered GREEN to %v", got)
	}
}

// TestReadAsRefuses checks --as's errors: each names the flag and what is
// wrong.
func TestReadAsRefuses(t *testing.T) {
	db := filepath.Join(t.TempDir(), "vigil.db")
	mustRun(t, "org", "add", "a", "--db", db)
	mustRun(t, "org", "add", "b", "--db", db)
	pw := filepath.Join(t.TempDir(), "password")
	if err := os.WriteFile(pw, []byte("a long enough password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "user", "add", "bina", "--org", "b", "--role", "viewer", "--db", db, "--password-file", pw)
	tests := []struct{ as, want string }{
		{"nowhere", `--as nowhere: organisation "nowhere"`},
		{"a/nobody", `--as a/nobody: user "nobody"`},
		{"a/bina", `user "bina" belongs to organisation "b", not "a"`},
	}
	for _, tc := range tests {
		code, _, errOut := runVigil(t, "stats", "--db", db, "--as", tc.as)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("stats --as %s: exit %d, stderr %q; want %q", tc.as, code, errOut, tc.want)
		}
	}
}
