package taxii

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func ids(t *testing.T, objs []json.RawMessage) []string {
	t.Helper()
	var out []string
	for _, raw := range objs {
		var o struct{ ID string }
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		out = append(out, o.ID)
	}
	return out
}

// TestClientPullsLikeAPartner walks the federation cycle against a real
// server on loopback: discover, list collections, pull in pages, pull
// again for what is new, and receive a revocation.
func TestClientPullsLikeAPartner(t *testing.T) {
	fs := newFixtureServer(t, false)
	ctx := context.Background()
	c := &Client{Token: "tok-partner"}

	d, err := c.Discover(ctx, fs.URL+DiscoveryPath)
	if err != nil {
		t.Fatal(err)
	}
	if d.Default != fs.apiRoot() || len(d.APIRoots) != 1 {
		t.Fatalf("discovery %+v, want the API root %s", d, fs.apiRoot())
	}
	cs, err := c.Collections(ctx, d.Default)
	if err != nil {
		t.Fatal(err)
	}
	var amber string
	for _, col := range cs {
		if col.Alias == "amber" {
			amber = col.ID
		}
	}
	if amber == "" || len(cs) != 5 {
		t.Fatalf("collections %+v, want five with an amber one", cs)
	}

	whole, err := c.Pull(ctx, d.Default, amber, PullQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Pages != 1 {
		t.Errorf("an unpaged pull took %d pages", whole.Pages)
	}
	paged, err := c.Pull(ctx, d.Default, amber, PullQuery{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if want := (len(whole.Objects) + 2) / 3; paged.Pages != want {
		t.Errorf("paging %d objects by 3 took %d pages, want %d", len(whole.Objects), paged.Pages, want)
	}
	a, b := ids(t, whole.Objects), ids(t, paged.Objects)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("paged pull differs from the whole:\n%v\n%v", b, a)
	}
	if paged.LastAdded.IsZero() || !paged.LastAdded.Equal(whole.LastAdded) {
		t.Errorf("last added %v (paged) and %v (whole)", paged.LastAdded, whole.LastAdded)
	}

	// Nothing new since the last pull.
	again, err := c.Pull(ctx, d.Default, amber, PullQuery{AddedAfter: whole.LastAdded})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Objects) != 0 {
		t.Errorf("a pull after the last one returned %v", ids(t, again.Objects))
	}

	// The owner revokes the AMBER incident and adds a RED one's revocation
	// too: the partner gets the first, never the second.
	later := t0.Add(72 * time.Hour) // after every object was created
	for _, l := range []vigil.TLP{vigil.TLPAmber, vigil.TLPRed} {
		for _, o := range fs.objs {
			if o.ID == fs.ids[l] {
				if err := fs.src.AddObjects(later, []stix.Object{revoke(t, o, later)}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	news, err := c.Pull(ctx, d.Default, "red", PullQuery{AddedAfter: whole.LastAdded})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(t, news.Objects); len(got) != 1 || got[0] != fs.ids[vigil.TLPAmber] {
		t.Fatalf("after the revocations the partner pulled %v, want only %s", got, fs.ids[vigil.TLPAmber])
	}
	var o struct{ Revoked bool }
	json.Unmarshal(news.Objects[0], &o)
	if !o.Revoked {
		t.Errorf("the revocation came through without revoked: %s", news.Objects[0])
	}
	if !news.LastAdded.Equal(later) {
		t.Errorf("last added %v, want %v", news.LastAdded, later)
	}
}

func TestClientStopsOnAServerThatPagesForever(t *testing.T) {
	// A broken server that always says more, with the same next token.
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", MediaTAXII)
		w.Write([]byte(`{"more":true,"next":"same","objects":[]}`))
	}))
	defer ts.Close()
	_, err := (&Client{}).Pull(context.Background(), ts.URL+"/root/", "c", PullQuery{})
	if err == nil || !strings.Contains(err.Error(), "no new next token") {
		t.Errorf("Pull = %v, want an error about the repeated next token", err)
	}
}

func TestClientRefusesOtherMediaTypes(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html>login</html>`))
	}))
	defer ts.Close()
	_, err := (&Client{}).Discover(context.Background(), ts.URL+"/taxii2/")
	if err == nil || !strings.Contains(err.Error(), "text/html") {
		t.Errorf("Discover = %v, want an error naming the media type", err)
	}
}

func TestClientBoundsResponses(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", MediaTAXII)
		w.Write([]byte(`{"title":"` + strings.Repeat("x", 4096) + `"}`))
	}))
	defer ts.Close()
	_, err := (&Client{MaxResponse: 1024}).Discover(context.Background(), ts.URL+"/taxii2/")
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Discover = %v, want a size error", err)
	}
}
