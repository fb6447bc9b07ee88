package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/securitytest"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// tableCounts returns the row count of each table that keeps records or
// accounts, and SQLite's integrity check.
func tableCounts(t *testing.T, db string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"documents", "events", "claims", "equipment", "incidents", "orgs", "users", "api_tokens", "audit_log"} {
		out[table] = dbCount(t, db, "SELECT count(*) FROM "+table)
	}
	if got := integrity(t, db); got != "ok" {
		t.Errorf("integrity check: %q", got)
	}
	return out
}

// Each hostile payload in each command-line flag that reaches a query
// (the record filters of events, incidents, export and stats, a grouping)
// gets a clear error (exit 1 naming the flag) or a listing that finds
// nothing the filter excludes, never a crash; the database is unchanged.
func TestFlagPayloads(t *testing.T) {
	db := seedRecords(t)
	before := tableCounts(t, db)
	seeded := []string{"North Waziristan", "Kech", "Quetta"}
	commands := [][]string{
		{"events", "--format", "json"},
		{"incidents", "--format", "json"},
		{"export", "--format", "jsonl"},
		{"stats", "--format", "json"},
	}
	exact := []string{"country", "admin1", "admin2", "type", "actor"}
	runs := 0
	for _, p := range securitytest.Payloads() {
		for _, cmd := range commands {
			flags := append(slices.Clone(exact), "from", "to", "text")
			if cmd[0] == "incidents" {
				flags = append(flags, "state")
			}
			if cmd[0] == "stats" {
				flags = append(flags, "by")
			}
			for _, flag := range flags {
				args := append(slices.Clone(cmd), "--db", db, "--"+flag, p.Value)
				code, out, errOut := runVigil(t, args...)
				runs++
				what := cmd[0] + " --" + flag + " " + p.Name
				switch code {
				case 0:
					if slices.Contains(exact, flag) && cmd[0] != "stats" {
						for _, s := range seeded {
							if strings.Contains(out, s) {
								t.Errorf("%s: the filter let %s through", what, s)
							}
						}
					}
				case 1:
					if !strings.Contains(errOut, flag) && !strings.Contains(errOut, "search text") {
						t.Errorf("%s: the error does not name the flag: %q", what, errOut)
					}
				default:
					t.Errorf("%s: exit %d\n%s", what, code, errOut)
				}
				if strings.Contains(errOut, "panic") || strings.Contains(errOut, "internal error") {
					t.Errorf("%s: %s", what, errOut)
				}
			}
		}
	}
	if after := tableCounts(t, db); !maps.Equal(before, after) {
		t.Errorf("hostile flags changed the database: %v, then %v", before, after)
	}
	t.Logf("%d commands run", runs)
}

// Each hostile payload as an organisation, user or token owner name is
// refused with a message that says why (exit 1), or stored as given and
// listed as text a terminal shows as it is: no control character reaches
// the output.
func TestAccountNamePayloads(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "vigil.db")
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("a long enough password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runVigil(t, "user", "add", "root", "--org", "ctd", "--role", "admin", "--password-file", pw, "--db", db); code != 0 {
		t.Fatalf("first admin: %s", errOut)
	}
	orgs := 1
	for _, p := range securitytest.Payloads() {
		code, out, errOut := runVigil(t, "org", "add", p.Value, "--db", db)
		switch code {
		case 0:
			orgs++
		case 1:
			if !strings.Contains(errOut, "organisation name") {
				t.Errorf("org add %s: refused without saying why: %q", p.Name, errOut)
			}
			continue
		default:
			t.Fatalf("org add %s: exit %d %s", p.Name, code, errOut)
		}
		if code, _, errOut := runVigil(t, "org", "partner", "ctd", p.Value, "--db", db); code != 0 {
			t.Errorf("org partner ctd %s: exit %d %s", p.Name, code, errOut)
		}
		// Each user add hashes a password at full cost: users are added
		// for the SQL and markup payloads only.
		if !strings.HasPrefix(p.Name, "sql-") && !strings.HasPrefix(p.Name, "xss-") {
			continue
		}
		name := "u" + p.Value
		if len(name) > 100 {
			name = name[:100]
		}
		code, out, errOut = runVigil(t, "user", "add", name, "--org", p.Value, "--role", "viewer", "--password-file", pw, "--db", db)
		if code != 0 {
			t.Errorf("user add %s: exit %d %s%s", p.Name, code, out, errOut)
			continue
		}
		if code, _, errOut := runVigil(t, "token", "create", "--user", name, "--db", db); code != 0 {
			t.Errorf("token create --user %s: exit %d %s", p.Name, code, errOut)
		}
	}
	if code, _, _ := runVigil(t, "token", "create", "--user", `' OR 1=1 --`, "--db", db); code != 1 {
		t.Errorf("a token for a user that does not exist: exit %d", code)
	}
	for _, cmd := range [][]string{{"org", "list"}, {"user", "list"}, {"token", "list"}} {
		code, out, errOut := runVigil(t, append(cmd, "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: exit %d %s", cmd, code, errOut)
		}
		if i := strings.IndexFunc(out, func(r rune) bool { return r < ' ' && r != '\n' }); i >= 0 {
			t.Errorf("%v prints a control character: %q", cmd, out[max(0, i-20):min(len(out), i+20)])
		}
	}
	if got := dbCount(t, db, "SELECT count(*) FROM orgs"); got != orgs {
		t.Errorf("%d organisations, want %d", got, orgs)
	}
	if got := integrity(t, db); got != "ok" {
		t.Errorf("integrity check: %q", got)
	}
}

// A JSON Lines file of reports whose title, source, URL and text carry the
// payloads is ingested with each report stored as given (or refused with a
// reason); the listings that show stored text print no control character a
// terminal would act on.
func TestIngestHostileReports(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "vigil.db")
	var lines bytes.Buffer
	want := map[string]string{} // external id → title
	for i, p := range securitytest.Payloads() {
		id := fmt.Sprintf("hostile-%02d", i)
		in := vigil.Input{ID: id, Title: p.Value, Source: p.Value, URL: "javascript:alert(1)", Published: "2024-06-07",
			Text: "Militants killed four soldiers in an attack on a check post in Lakki Marwat on Thursday, officials said. " +
				"The group calling itself " + p.Value + " claimed the attack."}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		lines.Write(b)
		lines.WriteByte('\n')
		var back vigil.Input
		json.Unmarshal(b, &back)
		want[id] = strings.TrimSpace(back.Title)
	}
	file := filepath.Join(dir, "reports.jsonl")
	if err := os.WriteFile(file, lines.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runVigil(t, "ingest", "--db", db, "--workers", "1", file)
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	ctx := vigil.AsOperator(context.Background())
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(ctx, vigil.DocumentFilter{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	stored := 0
	for _, d := range docs {
		title, ok := want[d.ExternalID]
		if !ok {
			continue
		}
		stored++
		if strings.TrimSpace(d.Title) != title && !strings.ContainsRune(title, '\x00') {
			t.Errorf("%s: title stored as %.60q, want %.60q", d.ExternalID, d.Title, title)
		}
	}
	if stored < len(want)*2/3 {
		t.Errorf("only %d of %d hostile reports stored\n%s", stored, len(want), errOut)
	}
	if got := integrity(t, db); got != "ok" {
		t.Errorf("integrity check: %q", got)
	}
	// What the listings print of stored text carries no terminal control.
	for _, cmd := range [][]string{{"events"}, {"incidents"}, {"incidents", "show", "1"}, {"stats", "--by", "admin2"}} {
		code, out, errOut := runVigil(t, append(cmd, "--db", db)...)
		if code != 0 {
			t.Errorf("%v: exit %d %s", cmd, code, errOut)
			continue
		}
		if i := strings.IndexFunc(out, func(r rune) bool { return (r < ' ' && r != '\n') || r == 0x7f }); i >= 0 {
			t.Errorf("%v prints a control character: %q", cmd, out[max(0, i-20):min(len(out), i+20)])
		}
	}
}

// syncBuffer is a bytes.Buffer safe for a server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// vigil user add, token create, token list and a TAXII server answering
// requests made with the token (good, bad, Basic) print and log the token
// only where it is handed over (token create's standard output), and the
// password nowhere, whatever the default logger records too.
func TestCommandsLogNoSecrets(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "vigil.db")
	var logs syncBuffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(old) })

	const password = "sixteen chars of secret"
	var printed strings.Builder // every output but token create's stdout
	run := func(stdin string, args ...string) (int, string) {
		t.Helper()
		var out, errOut strings.Builder
		code := Main(context.Background(), append(args, "--db", db), strings.NewReader(stdin), &out, &errOut)
		printed.WriteString(errOut.String())
		return code, out.String()
	}
	if code, out := run(password+"\n", "user", "add", "amina", "--org", "ctd", "--role", "admin", "--password-file", "-"); code != 0 {
		t.Fatalf("user add: %d %s", code, out)
	} else {
		printed.WriteString(out)
	}
	if code, out := run(password+"\n", "user", "passwd", "amina", "--password-file", "-"); code != 0 {
		t.Fatalf("user passwd: %d", code)
	} else {
		printed.WriteString(out)
	}
	code, token := run("", "token", "create", "--user", "amina", "--scope", "read")
	token = strings.TrimSpace(token)
	if code != 0 || !strings.HasPrefix(token, "vigil_") {
		t.Fatalf("token create: %d %q", code, token)
	}
	if _, out := run("", "token", "list"); out != "" {
		printed.WriteString(out)
	}

	// A TAXII server on loopback, asked with the token.
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"taxii", "serve", "--db", db, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &stdout, &stderr)
	}()
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && base == ""; time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stdout.String()); m != nil {
			base = "http://" + m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("taxii serve did not start: %s %s", stdout.String(), stderr.String())
	}
	statuses := map[string]int{}
	for _, auth := range []struct{ name, user, pass, bearer string }{
		{name: "bearer", bearer: token},
		{name: "basic", user: "amina", pass: token},
		{name: "bad", bearer: token + "x"},
	} {
		req, _ := http.NewRequest("GET", base+taxii.APIRootPath+"collections/", nil)
		req.Header.Set("Accept", "application/taxii+json;version=2.1")
		if auth.bearer != "" {
			req.Header.Set("Authorization", "Bearer "+auth.bearer)
		} else {
			req.SetBasicAuth(auth.user, auth.pass)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		statuses[auth.name] = resp.StatusCode
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("taxii serve ended with %d: %s", code, stderr.String())
	}
	if statuses["bearer"] != 200 || statuses["basic"] != 200 || statuses["bad"] != 401 {
		t.Errorf("TAXII statuses %v, want bearer and basic 200, bad 401", statuses)
	}
	printed.WriteString(stdout.String() + stderr.String())
	all := printed.String() + logs.String()
	if !strings.Contains(all, "added admin amina") || !strings.Contains(all, "shown only now") {
		t.Fatalf("the commands printed too little to test:\n%s", all)
	}
	for _, secret := range []string{password, token, strings.TrimPrefix(token, "vigil_")} {
		if strings.Contains(all, secret) {
			t.Errorf("a secret %q was printed or logged:\n%s", secret, all)
		}
	}
}

// A table cell keeps no control character: escape sequences, NUL and line
// breaks from a report become spaces; other text is kept as it is.
func TestCellPrintable(t *testing.T) {
	tests := map[string]string{
		"":                            "-",
		"Mir Ali":                     "Mir Ali",
		"Mir\x00Ali":                  "Mir Ali",
		"a\nb\tc\rd":                  "a b c d",
		"\x1b[2J\x1b]0;owned\x07":     " [2J ]0;owned ",
		"\u202egnp.exe":               "\u202egnp.exe",
		"میر علی":                     "میر علی",
		"caf\u0085e":                  "caf e",
		`"><script>alert(1)</script>`: `"><script>alert(1)</script>`,
	}
	for in, want := range tests {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}
