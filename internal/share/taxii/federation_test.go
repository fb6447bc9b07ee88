package taxii

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestTwoServersShareOnlyWhatTheyMay runs two TAXII servers on loopback: B
// pulls from A what A lets it see, serves it on, and must not pass A's
// records to anyone A has no partnership with.
func TestTwoServersShareOnlyWhatTheyMay(t *testing.T) {
	ctx := context.Background()
	a := newFixtureServer(t, false) // A is ctd-punjab; tok-partner is ncc, A's partner
	puller := &Client{Token: "tok-partner"}

	// B is ncc's own server.
	srcB := &MemorySource{}
	authB := NewStaticTokens(map[string]vigil.Viewer{
		"b-own":      {Org: "ncc", User: "ali", Partners: []string{owner}},
		"b-partner":  {Org: "kp-police", User: "sana", Partners: []string{"ncc"}},
		"b-stranger": {Org: "ngo-y", User: "raza"},
	}, true)
	srvB, err := NewServer(Config{Source: srcB, Auth: authB})
	if err != nil {
		t.Fatal(err)
	}
	b := httptest.NewServer(srvB)
	defer b.Close()

	pull := func(after time.Time) time.Time {
		t.Helper()
		got, err := puller.Pull(ctx, a.apiRoot(), "red", PullQuery{AddedAfter: after})
		if err != nil {
			t.Fatal(err)
		}
		if err := srcB.AddForeign(time.Now(), owner, got.Objects); err != nil {
			t.Fatal(err)
		}
		return got.LastAdded
	}
	// incidentsAtB returns, per TLP level, the incidents a B user reads and
	// whether their last version is revoked.
	incidentsAtB := func(token string) map[vigil.TLP]bool {
		t.Helper()
		got, err := (&Client{Token: token}).Pull(ctx, b.URL+APIRootPath, "red", PullQuery{Types: []string{"incident"}})
		if err != nil {
			t.Fatal(err)
		}
		out := map[vigil.TLP]bool{}
		for _, raw := range got.Objects {
			var o struct {
				ID      string
				Revoked bool
			}
			json.Unmarshal(raw, &o)
			for l, id := range a.ids {
				if id == o.ID {
					out[l] = o.Revoked
				}
			}
		}
		return out
	}
	levels := func(m map[vigil.TLP]bool) []vigil.TLP {
		var ls []vigil.TLP
		for l := range m {
			ls = append(ls, l)
		}
		slices.SortFunc(ls, func(x, y vigil.TLP) int { return x.Rank() - y.Rank() })
		return ls
	}

	last := pull(time.Time{})
	tests := []struct {
		who   string
		token string
		want  []vigil.TLP
	}{
		{"B's own analyst", "b-own", []vigil.TLP{vigil.TLPClear, vigil.TLPGreen, vigil.TLPAmber}},
		{"B's partner, a stranger to A", "b-partner", []vigil.TLP{vigil.TLPClear}},
		{"B's stranger", "b-stranger", []vigil.TLP{vigil.TLPClear}},
		{"anonymous at B", "", []vigil.TLP{vigil.TLPClear}},
	}
	for _, tt := range tests {
		if got := levels(incidentsAtB(tt.token)); !slices.Equal(got, tt.want) {
			t.Errorf("%s reads A's incidents at %v, want %v", tt.who, got, tt.want)
		}
	}

	// A revokes its AMBER incident; B's next pull brings the revocation.
	revokedAt := t0.Add(72 * time.Hour)
	for _, o := range a.objs {
		if o.ID == a.ids[vigil.TLPAmber] {
			if err := a.src.AddObjects(revokedAt, []stix.Object{revoke(t, o, revokedAt)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	pull(last)
	got := incidentsAtB("b-own")
	if !got[vigil.TLPAmber] || got[vigil.TLPGreen] {
		t.Errorf("after A's revocation B serves %v (level: revoked), want only AMBER revoked", got)
	}
}
