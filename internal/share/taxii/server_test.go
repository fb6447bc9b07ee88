package taxii

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

const owner = "ctd-punjab"

var (
	t0      = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	viewers = map[string]vigil.Viewer{
		"tok-own":      {Org: owner, User: "bilal"},
		"tok-partner":  {Org: "ncc", User: "zara", Partners: []string{owner}},
		"tok-stranger": {Org: "ngo-x", User: "omar"},
		"tok-red":      {Org: owner, User: "asad"},
	}
	markings = map[vigil.TLP]vigil.Marking{
		vigil.TLPClear:       {TLP: vigil.TLPClear},
		vigil.TLPGreen:       {TLP: vigil.TLPGreen, Owner: owner},
		vigil.TLPAmber:       {TLP: vigil.TLPAmber, Owner: owner},
		vigil.TLPAmberStrict: {TLP: vigil.TLPAmberStrict, Owner: owner},
		vigil.TLPRed:         {TLP: vigil.TLPRed, Owner: owner, Recipients: []vigil.Recipient{{Org: owner, User: "asad"}}},
	}
)

// testIncidentID is the STIX id vigil gives incident n of the test producer.
func incidentIDs(t *testing.T, objs []stix.Object) map[vigil.TLP]string {
	t.Helper()
	ids := map[vigil.TLP]string{}
	for _, o := range objs {
		if o.Type == "incident" {
			ids[o.Marking.TLP] = o.ID
		}
	}
	if len(ids) != len(vigil.TLPLevels) {
		t.Fatalf("export has incidents at %v, want one per level", ids)
	}
	return ids
}

// exportObjects is a vigil export of one incident per TLP level, each in
// Quetta and attributed to a group, so every level has derived objects.
func exportObjects(t *testing.T) []stix.Object {
	t.Helper()
	in := stix.Input{Producer: stix.Producer{Org: owner, Name: "CTD Punjab"}, Time: t0}
	for i, l := range vigil.TLPLevels {
		date := fmt.Sprintf("2026-02-%02d", i+1)
		in.Incidents = append(in.Incidents, stix.Incident{
			Incident: vigil.Incident{ID: int64(i + 1), Event: vigil.Event{
				EventDate: &date, EventType: "Battles", SubEventType: "Armed clash",
				Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Location: "Quetta",
				Perpetrator: "BLA: Baloch Liberation Army",
			}, CreatedAt: t0.Add(time.Duration(i) * time.Hour)},
			Marking: markings[l],
		})
	}
	objs, err := stix.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	return objs
}

// revoke returns the next version of object o, revoked.
func revoke(t *testing.T, o stix.Object, at time.Time) stix.Object {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(o.JSON, &m); err != nil {
		t.Fatal(err)
	}
	m["revoked"] = true
	m["modified"] = at.UTC().Format("2006-01-02T15:04:05.000Z")
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	o.JSON, o.Version = raw, m["modified"].(string)
	return o
}

type fixtureServer struct {
	*httptest.Server
	src  *MemorySource
	objs []stix.Object
	ids  map[vigil.TLP]string
}

// newFixtureServer serves the export on loopback, objects added a minute
// apart so paging by date added has something to page through.
func newFixtureServer(t *testing.T, allowAnonymous bool) *fixtureServer {
	t.Helper()
	objs := exportObjects(t)
	src := &MemorySource{}
	for i, o := range objs {
		if err := src.AddObjects(t0.Add(time.Duration(i)*time.Minute), []stix.Object{o}); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := NewServer(Config{Source: src, Auth: NewStaticTokens(tokens(), allowAnonymous), PageSize: 50})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &fixtureServer{Server: ts, src: src, objs: objs, ids: incidentIDs(t, objs)}
}

func tokens() map[string]vigil.Viewer {
	m := map[string]vigil.Viewer{}
	for k, v := range viewers {
		m[k] = v
	}
	return m
}

func (fs *fixtureServer) apiRoot() string { return fs.URL + APIRootPath }

// markingOf finds the marking the export gave an object id.
func (fs *fixtureServer) markingOf(id string) (vigil.Marking, bool) {
	for _, o := range fs.objs {
		if o.ID == id {
			return o.Marking, true
		}
	}
	return vigil.Marking{}, false
}

func TestCollectionsNeverLeak(t *testing.T) {
	fs := newFixtureServer(t, true)
	who := []struct {
		name  string
		token string
		// sees lists the incident levels the viewer gets from the "red"
		// collection, which holds every level.
		sees []vigil.TLP
	}{
		{"owner org", "tok-own", []vigil.TLP{vigil.TLPClear, vigil.TLPGreen, vigil.TLPAmber, vigil.TLPAmberStrict}},
		{"partner", "tok-partner", []vigil.TLP{vigil.TLPClear, vigil.TLPGreen, vigil.TLPAmber}},
		{"stranger", "tok-stranger", []vigil.TLP{vigil.TLPClear}},
		{"anonymous", "", []vigil.TLP{vigil.TLPClear}},
		{"named user", "tok-red", vigil.TLPLevels},
	}
	for _, w := range who {
		for _, coll := range vigil.TLPLevels {
			alias := strings.ToLower(strings.ReplaceAll(string(coll), "+", "-"))
			t.Run(w.name+"/"+alias, func(t *testing.T) {
				c := &Client{Token: w.token}
				got, err := c.Pull(context.Background(), fs.apiRoot(), alias, PullQuery{})
				if err != nil {
					t.Fatal(err)
				}
				var levels []vigil.TLP
				for _, raw := range got.Objects {
					var o struct{ ID, Type string }
					json.Unmarshal(raw, &o)
					m, ok := fs.markingOf(o.ID)
					if !ok {
						t.Fatalf("got %s, which the export does not hold", o.ID)
					}
					if !viewers[w.token].CanSee(m) {
						t.Errorf("%s received %s marked %v", w.name, o.ID, m)
					}
					if m.TLP.Rank() > coll.Rank() {
						t.Errorf("collection %s returned %s marked %v", alias, o.ID, m)
					}
					if o.Type == "incident" {
						levels = append(levels, m.TLP)
					}
				}
				var want []vigil.TLP
				for _, l := range w.sees {
					if l.Rank() <= coll.Rank() {
						want = append(want, l)
					}
				}
				slices.SortFunc(levels, func(a, b vigil.TLP) int { return a.Rank() - b.Rank() })
				if !slices.Equal(levels, want) {
					t.Errorf("incidents at %v, want %v", levels, want)
				}
			})
		}
	}
}

// leakySource ignores the viewer, as a buggy store query might.
type leakySource struct{ recs []Record }

func (l leakySource) Records(ctx context.Context, v vigil.Viewer, q Query) ([]Record, bool, error) {
	return l.recs, false, nil
}

func TestServerFiltersWhatASourceLeaks(t *testing.T) {
	var recs []Record
	for i, o := range exportObjects(t) {
		recs = append(recs, Record{ID: o.ID, Type: o.Type, Version: o.Version, Added: t0.Add(time.Duration(i) * time.Second), Marking: o.Marking, JSON: o.JSON})
	}
	srv, err := NewServer(Config{Source: leakySource{recs}, Auth: NewStaticTokens(tokens(), false), Logger: discardLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	c := &Client{Token: "tok-stranger"}
	got, err := c.Pull(context.Background(), ts.URL+APIRootPath, "red", PullQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Objects) == 0 {
		t.Fatal("the stranger got nothing, not even CLEAR objects")
	}
	for _, raw := range got.Objects {
		var o struct {
			ID   string
			Refs []string `json:"object_marking_refs"`
		}
		json.Unmarshal(raw, &o)
		if l, ok := stix.TLPFromRefs(o.Refs); ok && l != vigil.TLPClear {
			t.Errorf("a stranger received %s marked %s", o.ID, l)
		}
	}
}

func TestServerHTTP(t *testing.T) {
	fs := newFixtureServer(t, false)
	root := APIRootPath
	green := "collections/green/"
	tests := []struct {
		name        string
		method      string
		path        string
		token       string
		header      map[string]string
		body        string
		status      int
		contains    string // in the body
		wwwAuthBase bool
	}{
		{"discovery", "GET", DiscoveryPath, "tok-own", nil, "", 200, `"api_roots":["http://`, false},
		{"api root", "GET", root, "tok-own", nil, "", 200, MediaTAXII, false},
		{"collections", "GET", root + "collections/", "tok-own", nil, "", 200, `"alias":"amber-strict"`, false},
		{"collection by id", "GET", root + "collections/" + collectionIDs[vigil.TLPAmber] + "/", "tok-own", nil, "", 200, `"alias":"amber"`, false},
		{"unknown collection", "GET", root + "collections/purple/objects/", "tok-own", nil, "", 404, `"http_status":"404"`, false},
		{"unknown path", "GET", "/taxii2/elsewhere/", "tok-own", nil, "", 404, "not found", false},
		{"no credentials", "GET", root, "", nil, "", 401, "unauthorized", true},
		{"wrong token", "GET", root, "tok-nobody", nil, "", 401, "unauthorized", true},
		{"bad accept", "GET", root, "tok-own", map[string]string{"Accept": "text/html"}, "", 406, "not acceptable", false},
		{"old taxii accept", "GET", root, "tok-own", map[string]string{"Accept": "application/taxii+json;version=2.0"}, "", 406, "", false},
		{"wildcard accept", "GET", root, "tok-own", map[string]string{"Accept": "*/*"}, "", 200, "", false},
		{"post with wrong content type", "POST", root + green + "objects/", "tok-own", map[string]string{"Content-Type": "application/json"}, `{"objects":[]}`, 415, "unsupported media type", false},
		{"post objects", "POST", root + green + "objects/", "tok-own", map[string]string{"Content-Type": MediaTAXII}, `{"objects":[]}`, 405, "read-only", false},
		{"delete object", "DELETE", root + green + "objects/" + fs.ids[vigil.TLPGreen] + "/", "tok-own", nil, "", 405, "read-only", false},
		{"status", "GET", root + "status/2d086da7-4bdc-4f91-900e-d77486753710/", "tok-own", nil, "", 404, "no status", false},
		{"bad added_after", "GET", root + green + "objects/?added_after=yesterday", "tok-own", nil, "", 400, "added_after", false},
		{"bad limit", "GET", root + green + "objects/?limit=-3", "tok-own", nil, "", 400, "limit", false},
		{"forged next", "GET", root + green + "objects/?next=eyJ4Ijo", "tok-own", nil, "", 400, "next", false},
		{"unknown filter", "GET", root + green + "objects/?match[colour]=red", "tok-own", nil, "", 400, "match[colour]", false},
		{"bad match id", "GET", root + green + "objects/?match[id]=incident--nope", "tok-own", nil, "", 400, "match[id]", false},
		{"only STIX 2.0 asked for", "GET", root + "collections/red/objects/?match[spec_version]=2.0", "tok-red", nil, "", 200, `{"more":false}`, false},
		{"match type", "GET", root + "collections/red/objects/?match[type]=incident", "tok-red", nil, "", 200, `"type":"incident"`, false},
		{"object by id", "GET", root + green + "objects/" + fs.ids[vigil.TLPGreen] + "/", "tok-partner", nil, "", 200, fs.ids[vigil.TLPGreen], false},
		{"object outside the collection", "GET", root + green + "objects/" + fs.ids[vigil.TLPAmber] + "/", "tok-own", nil, "", 404, "object not found", false},
		{"red object for its owner org", "GET", root + "collections/red/objects/" + fs.ids[vigil.TLPRed] + "/", "tok-own", nil, "", 404, "object not found", false},
		{"red object for its named user", "GET", root + "collections/red/objects/" + fs.ids[vigil.TLPRed] + "/", "tok-red", nil, "", 200, fs.ids[vigil.TLPRed], false},
		{"versions", "GET", root + green + "objects/" + fs.ids[vigil.TLPGreen] + "/versions/", "tok-own", nil, "", 200, `"versions":["`, false},
		{"manifest", "GET", root + green + "manifest/", "tok-partner", nil, "", 200, `"media_type":"application/stix+json;version=2.1"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, fs.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.body == "" {
				req.Body = http.NoBody
			}
			req.Header.Set("Accept", MediaTAXII)
			if tt.token != "" {
				req.Header.Set("Authorization", "Bearer "+tt.token)
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != MediaTAXII {
				t.Errorf("Content-Type %q, want %q", ct, MediaTAXII)
			}
			if !strings.Contains(string(body), tt.contains) {
				t.Errorf("body %s lacks %q", body, tt.contains)
			}
			if tt.wwwAuthBase && len(resp.Header.Values("WWW-Authenticate")) == 0 {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

func TestBasicAuth(t *testing.T) {
	fs := newFixtureServer(t, false)
	tests := []struct {
		user, pass string
		status     int
	}{
		{"zara", "tok-partner", 200},
		{"omar", "tok-partner", 401}, // the right token under another name
		{"zara", "tok-wrong", 401},
		{"", "", 401},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", fs.URL+APIRootPath, nil)
		req.SetBasicAuth(tt.user, tt.pass)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("basic %q/%q: status %d, want %d", tt.user, tt.pass, resp.StatusCode, tt.status)
		}
	}
}

func TestManifestAndVersionsFollowRevocation(t *testing.T) {
	fs := newFixtureServer(t, false)
	var green stix.Object
	for _, o := range fs.objs {
		if o.ID == fs.ids[vigil.TLPGreen] {
			green = o
		}
	}
	later := t0.Add(48 * time.Hour)
	if err := fs.src.AddObjects(later, []stix.Object{revoke(t, green, later)}); err != nil {
		t.Fatal(err)
	}
	get := func(path string, v any) {
		t.Helper()
		req, _ := http.NewRequest("GET", fs.URL+APIRootPath+path, nil)
		req.Header.Set("Authorization", "Bearer tok-partner")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %s", path, resp.Status)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	var vs Versions
	get("collections/green/objects/"+green.ID+"/versions/", &vs)
	if len(vs.Versions) != 2 || vs.Versions[0] != green.Version {
		t.Errorf("versions %v, want the original %s and its revocation", vs.Versions, green.Version)
	}
	var env Envelope
	get("collections/green/objects/"+green.ID+"/", &env)
	if len(env.Objects) != 1 || !strings.Contains(string(env.Objects[0]), `"revoked":true`) {
		t.Errorf("the last version is not the revoked one: %s", env.Objects)
	}
	get("collections/green/objects/"+green.ID+"/?match[version]=first", &env)
	if len(env.Objects) != 1 || strings.Contains(string(env.Objects[0]), `"revoked"`) {
		t.Errorf("the first version is not the original: %s", env.Objects)
	}
	var m Manifest
	get("collections/green/manifest/?match[id]="+green.ID+"&match[version]=all", &m)
	if len(m.Objects) != 2 || m.Objects[1].DateAdded != timestamp(later) {
		t.Errorf("manifest %+v, want two versions, the second added %s", m.Objects, timestamp(later))
	}
}

func TestNewServerNeedsSourceAndAuth(t *testing.T) {
	if _, err := NewServer(Config{Auth: NewStaticTokens(nil, true)}); err == nil {
		t.Error("a server without a source was built")
	}
	if _, err := NewServer(Config{Source: &MemorySource{}}); err == nil {
		t.Error("a server without an authenticator was built")
	}
	cs, _ := DefaultCollections()
	if _, err := NewServer(Config{Source: &MemorySource{}, Auth: NewStaticTokens(nil, true), Collections: cs, Levels: map[string]vigil.TLP{}}); err == nil {
		t.Error("a server with collections of no level was built")
	}
}

func TestClientReportsTAXIIErrors(t *testing.T) {
	fs := newFixtureServer(t, false)
	c := &Client{Token: "tok-nobody"}
	_, err := c.Pull(context.Background(), fs.apiRoot(), "green", PullQuery{})
	var te *Error
	if !errors.As(err, &te) || te.HTTPStatus != "401" {
		t.Fatalf("Pull with a wrong token: %v, want a TAXII 401 error", err)
	}
	if _, err := c.Discover(context.Background(), fs.URL+DiscoveryPath); !errors.As(err, &te) || te.HTTPStatus != "401" {
		t.Errorf("Discover with a wrong token: %v, want a TAXII 401 error", err)
	}
}
