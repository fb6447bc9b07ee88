package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccountCommands drives org, user and token on one database the way
// an administrator would after a fresh install.
func TestAccountCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "vigil.db")
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("a long enough password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"first admin creates the org", []string{"user", "add", "root", "--org", "ctd", "--role", "admin", "--password-file", pw}, 0, []string{"added organisation ctd (the first)", "added admin root to ctd"}},
		{"second org", []string{"org", "add", "ngo"}, 0, []string{"added organisation ngo"}},
		{"duplicate org", []string{"org", "add", "ngo"}, 1, []string{`organisation "ngo" already exists`}},
		{"partners", []string{"org", "partner", "ctd", "ngo"}, 0, []string{"ctd and ngo are partners"}},
		{"org list", []string{"org", "list"}, 0, []string{"ctd           ngo", "ngo           ctd"}},
		{"unknown org now refused", []string{"user", "add", "sara", "--org", "elsewhere", "--role", "viewer", "--password-file", pw}, 1, []string{`no organisation "elsewhere"`}},
		{"flags before the name", []string{"user", "add", "--org", "ngo", "--role", "analyst", "--password-file", pw, "sara"}, 0, []string{"added analyst sara to ngo"}},
		{"bad role", []string{"user", "add", "x", "--org", "ngo", "--role", "boss", "--password-file", pw}, 1, []string{`unknown role "boss"`}},
		{"no password source", []string{"user", "add", "x", "--org", "ngo", "--role", "viewer"}, 1, []string{"not a terminal"}},
		{"user list", []string{"user", "list"}, 0, []string{"root", "sara", "analyst", "active"}},
		{"token create", []string{"token", "create", "--user", "sara", "--scope", "write", "--expires", "30d"}, 0, []string{"vigil_", "shown only now"}},
		{"bad expiry", []string{"token", "create", "--user", "sara", "--expires", "forever"}, 1, []string{`"forever"`}},
		{"bad scope", []string{"token", "create", "--user", "sara", "--scope", "all"}, 1, []string{`unknown token scope "all"`}},
		{"token list", []string{"token", "list"}, 0, []string{"sara", "write", "never", "active"}},
		{"token revoke", []string{"token", "revoke", "1"}, 0, []string{"revoked token 1"}},
		{"token revoked", []string{"token", "list"}, 0, []string{"revoked"}},
		{"revoke unknown", []string{"token", "revoke", "7"}, 1, []string{"no token 7"}},
		{"disable", []string{"user", "disable", "sara"}, 0, []string{"disabled sara"}},
		{"disabled listed", []string{"user", "list"}, 0, []string{"disabled"}},
		{"passwd", []string{"user", "passwd", "root", "--password-file", pw}, 0, []string{"changed the password of root"}},
		{"unknown subcommand", []string{"user", "remove", "sara"}, 1, []string{`unknown subcommand "remove"`}},
	}
	for _, s := range steps {
		code, out, errOut := runVigil(t, append(s.args, "--db", db)...)
		if code != s.code {
			t.Fatalf("%s: exit %d, want %d\nstdout: %s\nstderr: %s", s.name, code, s.code, out, errOut)
		}
		for _, c := range s.contains {
			if !strings.Contains(out+errOut, c) {
				t.Errorf("%s: output lacks %q:\n%s%s", s.name, c, out, errOut)
			}
		}
		if strings.Contains(out+errOut, "a long enough password") {
			t.Errorf("%s: output shows the password", s.name)
		}
	}
}

func TestParseExpiry(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"90d", "2160h0m0s", true},
		{"12h", "12h0m0s", true},
		{"30m", "30m0s", true},
		{"0d", "", false},
		{"-5m", "", false},
		{"d", "", false},
		{"9999d", "", false},
		{"soon", "", false},
	}
	for _, tt := range tests {
		d, err := parseExpiry(tt.in)
		if (err == nil) != tt.ok || (tt.ok && d.String() != tt.want) {
			t.Errorf("parseExpiry(%q) = %v, %v; want %s ok=%v", tt.in, d, err, tt.want, tt.ok)
		}
	}
}
