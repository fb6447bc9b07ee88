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
	"slices"
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
	ctx := vigil.AsOperator(context.Background())
	db := seedRecords(t)
	partnerToken, partnerEntry := newToken(t, "--org", "ncc", "--user", "zara", "--partner", "ctd-punjab")
	strangerToken, strangerEntry := newToken(t, "--org", "ngo-x")
	ownToken, ownEntry := newToken(t, "--org", "ctd-punjab", "--user", "amna")
	file := filepath.Join(t.TempDir(), "tokens.json")
	data, _ := json.Marshal(map[string]any{"tokens": []json.RawMessage{partnerEntry, strangerEntry, ownEntry}})
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
	// The seeded incidents get markings of their own: the newest GREEN,
	// the other AMBER+STRICT, both owned by ctd-punjab.
	incs, err := store.Incidents(ctx, vigil.Filter{})
	if err != nil || len(incs) != 2 {
		t.Fatalf("seeded incidents: %d, %v", len(incs), err)
	}
	for i, level := range []vigil.TLP{vigil.TLPGreen, vigil.TLPAmberStrict} {
		incs[i].Marking = vigil.Marking{TLP: level, Owner: "ctd-punjab"}
		if _, err := store.SaveIncident(ctx, &incs[i]); err != nil {
			t.Fatal(err)
		}
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	h, err := taxiiServer(store, stix.Producer{Org: "ctd-punjab", Name: "CTD Punjab"}, auth, logger)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	defer ts.Close()
	root := ts.URL + taxii.APIRootPath
	levels := func(token string) []vigil.TLP {
		got, err := (&taxii.Client{Token: token}).Pull(ctx, root, "red", taxii.PullQuery{Types: []string{"incident"}})
		if err != nil {
			t.Fatal(err)
		}
		var out []vigil.TLP
		for _, raw := range got.Objects {
			var o struct {
				Refs    []string `json:"object_marking_refs"`
				Revoked bool
			}
			json.Unmarshal(raw, &o)
			if o.Revoked {
				// Both were CLEAR when seeded: a reader who saw them then
				// and may not now gets them revoked.
				continue
			}
			l, _ := stix.TLPFromRefs(o.Refs)
			out = append(out, l)
		}
		slices.SortFunc(out, func(a, b vigil.TLP) int { return a.Rank() - b.Rank() })
		return out
	}
	tests := []struct {
		who, token string
		want       []vigil.TLP
	}{
		{"the owner", ownToken, []vigil.TLP{vigil.TLPGreen, vigil.TLPAmberStrict}},
		{"a partner", partnerToken, []vigil.TLP{vigil.TLPGreen}},
		{"a stranger", strangerToken, nil},
	}
	for _, tt := range tests {
		if got := levels(tt.token); !slices.Equal(got, tt.want) {
			t.Errorf("%s pulled incidents marked %v, want %v", tt.who, got, tt.want)
		}
	}
	_, err = (&taxii.Client{}).Pull(ctx, root, "clear", taxii.PullQuery{})
	var te *taxii.Error
	if !errors.As(err, &te) || te.HTTPStatus != "401" {
		t.Errorf("pull without a token: %v, want 401", err)
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
		{[]string{"taxii", "serve", "--db", db, "--tlp", "red"}, "flag provided but not defined"},
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
