package cli

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// newToken runs vigil taxii token and returns the token and its file entry.
func newToken(t *testing.T, args ...string) (token string, entry json.RawMessage) {
	t.Helper()
	code, stdout, stderr := runVigil(t, append([]string{"taxii", "token"}, args...)...)
	if code != 0 {
		t.Fatalf("taxii token: exit %d, %s", code, stderr)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if v, ok := strings.CutPrefix(line, "token (give it to the partner; it is shown once): "); ok {
			token = v
		}
		if v, ok := strings.CutPrefix(line, "entry for the --tokens file: "); ok {
			entry = json.RawMessage(v)
		}
	}
	if len(token) != 64 || !json.Valid(entry) || strings.Contains(string(entry), token) {
		t.Fatalf("taxii token printed %q", stdout)
	}
	return token, entry
}

func TestTAXIIServesTheStoreToTokenHolders(t *testing.T) {
	ctx := context.Background()
	db := seedRecords(t)
	partnerToken, partnerEntry := newToken(t, "--org", "ncc", "--user", "zara", "--partner", "ctd-punjab")
	strangerToken, strangerEntry := newToken(t, "--org", "ngo-x")
	file := filepath.Join(t.TempDir(), "tokens.json")
	data, _ := json.Marshal(map[string]any{"tokens": []json.RawMessage{partnerEntry, strangerEntry}})
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	auth, err := loadTokens(file, false)
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, level := range []vigil.TLP{vigil.TLPGreen, vigil.TLPAmberStrict} {
		t.Run(string(level), func(t *testing.T) {
			m, err := stixMarking(string(level), "ctd-punjab")
			if err != nil {
				t.Fatal(err)
			}
			h, n, err := taxiiHandler(ctx, store, vigil.Filter{}, stix.Producer{Org: "ctd-punjab", Name: "CTD Punjab"}, m, auth, logger)
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(h)
			defer ts.Close()
			root := ts.URL + taxii.APIRootPath
			incidents := func(token string) int {
				got, err := (&taxii.Client{Token: token}).Pull(ctx, root, "red", taxii.PullQuery{Types: []string{"incident"}})
				if err != nil {
					t.Fatal(err)
				}
				return len(got.Objects)
			}
			// The partner sees the two incidents when they are GREEN, none
			// when they stay inside the owner (AMBER+STRICT); the stranger
			// never does.
			want := map[vigil.TLP]int{vigil.TLPGreen: 2, vigil.TLPAmberStrict: 0}[level]
			if got := incidents(partnerToken); got != want {
				t.Errorf("partner pulled %d of %d objects' incidents, want %d", got, n, want)
			}
			if got := incidents(strangerToken); got != 0 {
				t.Errorf("stranger pulled %d incidents", got)
			}
			_, err = (&taxii.Client{}).Pull(ctx, root, "clear", taxii.PullQuery{})
			var te *taxii.Error
			if !errors.As(err, &te) || te.HTTPStatus != "401" {
				t.Errorf("pull without a token: %v, want 401", err)
			}
		})
	}
}

func TestTAXIICommandErrors(t *testing.T) {
	db := seedRecords(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"tokens":[{"sha256":"abc","org":"x"}]}`), 0o600)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"taxii"}, "serve or token"},
		{[]string{"taxii", "pull"}, "unknown subcommand"},
		{[]string{"taxii", "serve", "--db", db}, "no one could read"},
		{[]string{"taxii", "serve", "--db", db, "--anonymous", "--tlp", "red"}, "--tlp red"},
		{[]string{"taxii", "serve", "--db", db, "--tokens", bad}, "64 hexadecimal digits"},
		{[]string{"taxii", "token"}, "--org is required"},
	}
	for _, tt := range tests {
		code, _, stderr := runVigil(t, tt.args...)
		if code == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("vigil %v: exit %d, stderr %q; want an error about %q", tt.args, code, stderr, tt.want)
		}
	}
}
