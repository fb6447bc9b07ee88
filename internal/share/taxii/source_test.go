package taxii

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// A partner's bundle, written by hand: one object per kind of marking.
const partnerBundle = `{"type":"bundle","id":"bundle--1a2b3c4d-0000-4000-8000-000000000001","objects":[
 {"type":"incident","spec_version":"2.1","id":"incident--1a2b3c4d-0000-4000-8000-000000000002","created":"2026-03-01T00:00:00.000Z","modified":"2026-03-01T00:00:00.000Z","name":"Clash near Chaman","object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]},
 {"type":"incident","spec_version":"2.1","id":"incident--1a2b3c4d-0000-4000-8000-000000000003","created":"2026-03-01T00:00:00.000Z","modified":"2026-03-01T00:00:00.000Z","name":"Unmarked report"},
 {"type":"incident","spec_version":"2.1","id":"incident--1a2b3c4d-0000-4000-8000-000000000004","created":"2026-03-01T00:00:00.000Z","modified":"2026-03-01T00:00:00.000Z","name":"Red report","object_marking_refs":["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]},
 {"type":"incident","spec_version":"2.1","id":"incident--1a2b3c4d-0000-4000-8000-000000000005","created":"2026-03-01T00:00:00.000Z","modified":"2026-03-01T00:00:00.000Z","name":"Old white report","object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]},
 {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb","created":"2022-10-01T00:00:00.000Z","name":"TLP:GREEN"}
]}`

func TestAddBundleMarkings(t *testing.T) {
	src := &MemorySource{}
	if err := src.AddBundle(t0, "partner-a", []byte(partnerBundle)); err != nil {
		t.Fatal(err)
	}
	want := map[string]vigil.Marking{
		"incident--1a2b3c4d-0000-4000-8000-000000000002":           {TLP: vigil.TLPGreen, Owner: "partner-a"},
		"incident--1a2b3c4d-0000-4000-8000-000000000003":           {TLP: vigil.TLPAmberStrict, Owner: "partner-a"},
		"incident--1a2b3c4d-0000-4000-8000-000000000004":           {TLP: vigil.TLPRed, Owner: "partner-a"},
		"incident--1a2b3c4d-0000-4000-8000-000000000005":           {TLP: vigil.TLPClear},
		"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb": {TLP: vigil.TLPClear},
	}
	if len(src.recs) != len(want) {
		t.Fatalf("held %d records, want %d", len(src.recs), len(want))
	}
	for _, r := range src.recs {
		w := want[r.ID]
		if r.Marking.TLP != w.TLP || r.Marking.Owner != w.Owner || len(r.Marking.Recipients) != 0 {
			t.Errorf("%s marked %v, want %v", r.ID, r.Marking, w)
		}
	}
	// The RED object has no one to show it to, not even its owner's users.
	recs, _, err := src.Records(context.Background(), vigil.Viewer{Org: "partner-a", User: "boss"}, Query{MaxTLP: vigil.TLPRed, IDs: []string{"incident--1a2b3c4d-0000-4000-8000-000000000004"}})
	if err != nil || len(recs) != 0 {
		t.Errorf("RED object without recipients shown: %v, %v", recs, err)
	}
	// Adding the same bundle again changes nothing.
	if err := src.AddBundle(t0.Add(time.Hour), "partner-a", []byte(partnerBundle)); err != nil {
		t.Fatal(err)
	}
	if len(src.recs) != len(want) {
		t.Errorf("re-adding the bundle left %d records", len(src.recs))
	}
}

func TestAddRejectsBadRecords(t *testing.T) {
	good := Record{ID: "incident--1a2b3c4d-0000-4000-8000-000000000002", Type: "incident", Version: "2026-03-01T00:00:00.000Z", Added: t0, Marking: vigil.Marking{TLP: vigil.TLPClear}, JSON: []byte(`{}`)}
	tests := []struct {
		name string
		edit func(*Record)
		code string
	}{
		{"bad id", func(r *Record) { r.ID = "incident-1" }, vigil.EINVALID},
		{"no version", func(r *Record) { r.Version = "" }, vigil.EINVALID},
		{"no date added", func(r *Record) { r.Added = time.Time{} }, vigil.EINVALID},
		{"no content", func(r *Record) { r.JSON = nil }, vigil.EINVALID},
		{"unknown level", func(r *Record) { r.Marking.TLP = "WHITE" }, vigil.EINVALID},
	}
	for _, tt := range tests {
		r := good
		tt.edit(&r)
		if err := (&MemorySource{}).Add(r); vigil.ErrorCode(err) != tt.code {
			t.Errorf("%s: Add = %v, want code %s", tt.name, err, tt.code)
		}
	}
	src := &MemorySource{}
	if err := src.Add(good); err != nil {
		t.Fatal(err)
	}
	if err := src.Add(good); vigil.ErrorCode(err) != vigil.ECONFLICT {
		t.Errorf("adding a held version again: %v, want a conflict", err)
	}
	for _, bad := range []string{`not json`, `{"type":"report"}`, `{"type":"bundle","objects":[1]}`} {
		if err := src.AddBundle(t0, "o", []byte(bad)); vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("AddBundle(%s) = %v, want an invalid-input error", bad, err)
		}
	}
}

func TestStaticTokens(t *testing.T) {
	a := NewStaticTokens(map[string]vigil.Viewer{"s3cret": {Org: "ncc", User: "zara"}, "orgtok": {Org: "ncc"}}, false)
	anon := NewStaticTokens(nil, true)
	if err := a.AddDigest(sha256Hex("from-disk"), vigil.Viewer{Org: "ngo-x", User: "omar"}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "zz", "8a1e"} {
		if err := a.AddDigest(bad, vigil.Viewer{}); err == nil {
			t.Errorf("AddDigest(%q) accepted", bad)
		}
	}
	tests := []struct {
		name    string
		auth    Authenticator
		header  string
		want    vigil.Viewer
		wantErr bool
	}{
		{"bearer", a, "Bearer s3cret", vigil.Viewer{Org: "ncc", User: "zara"}, false},
		{"bearer lower case", a, "bearer s3cret", vigil.Viewer{Org: "ncc", User: "zara"}, false},
		{"org token by basic under the org's name", a, basicHeader("ncc", "orgtok"), vigil.Viewer{Org: "ncc"}, false},
		{"token kept as a digest", a, "Bearer from-disk", vigil.Viewer{Org: "ngo-x", User: "omar"}, false},
		{"prefix of a token", a, "Bearer s3cre", vigil.Viewer{}, true},
		{"empty bearer", a, "Bearer ", vigil.Viewer{}, true},
		{"other scheme", a, "Digest s3cret", vigil.Viewer{}, true},
		{"none, anonymous refused", a, "", vigil.Viewer{}, true},
		{"none, anonymous allowed", anon, "", vigil.Viewer{}, false},
		{"wrong token, anonymous allowed", anon, "Bearer x", vigil.Viewer{}, true},
	}
	for _, tt := range tests {
		r, _ := http.NewRequest("GET", "http://127.0.0.1/taxii2/", nil)
		if tt.header != "" {
			r.Header.Set("Authorization", tt.header)
		}
		v, err := tt.auth.Authenticate(r)
		if (err != nil) != tt.wantErr || v.Org != tt.want.Org || v.User != tt.want.User {
			t.Errorf("%s: %+v, %v; want %+v, error %v", tt.name, v, err, tt.want, tt.wantErr)
		}
	}
}

func sha256Hex(s string) string {
	d := sha256.Sum256([]byte(s))
	return hex.EncodeToString(d[:])
}

func basicHeader(user, pass string) string {
	r, _ := http.NewRequest("GET", "http://127.0.0.1/", nil)
	r.SetBasicAuth(user, pass)
	return r.Header.Get("Authorization")
}

func BenchmarkServeObjects(b *testing.B) {
	src := &MemorySource{}
	in := stix.Input{Producer: stix.Producer{Org: owner, Name: "CTD Punjab"}, Time: t0}
	for i := range 500 {
		in.Incidents = append(in.Incidents, stix.Incident{Incident: vigil.Incident{ID: int64(i + 1), Event: vigil.Event{Country: "Pakistan", ISO3: "PAK", Location: "Quetta"}}, Marking: markings[vigil.TLPLevels[i%5]]})
	}
	objs, err := stix.Build(in)
	if err != nil {
		b.Fatal(err)
	}
	if err := src.AddObjects(t0, objs); err != nil {
		b.Fatal(err)
	}
	v := viewers["tok-partner"]
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := src.Records(context.Background(), v, Query{MaxTLP: vigil.TLPRed, Limit: 100}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzAddBundle(f *testing.F) {
	f.Add([]byte(partnerBundle))
	f.Add([]byte(`{"type":"bundle","objects":[]}`))
	f.Add([]byte(`{"type":"bundle","objects":[{"type":"incident","id":"incident--1a2b3c4d-0000-4000-8000-000000000002","modified":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		src := &MemorySource{}
		err := src.AddBundle(t0, "partner-a", data)
		if err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("AddBundle error %v is not an invalid-input error", err)
		}
		// Whatever was kept, a stranger sees only CLEAR records.
		recs, _, err := src.Records(context.Background(), vigil.Viewer{Org: "ngo-x"}, Query{MaxTLP: vigil.TLPRed})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if r.Marking.TLP != vigil.TLPClear {
				t.Errorf("stranger sees %s marked %v", r.ID, r.Marking)
			}
		}
	})
}

func TestAddBundleAllOrNothing(t *testing.T) {
	src := &MemorySource{}
	bad := `{"type":"bundle","objects":[
 {"type":"incident","spec_version":"2.1","id":"incident--1a2b3c4d-0000-4000-8000-000000000002","created":"2026-03-01T00:00:00.000Z","modified":"2026-03-01T00:00:00.000Z","name":"fine"},
 {"type":"incident","spec_version":"2.1","id":"incident-broken","created":"2026-03-01T00:00:00.000Z","name":"bad id"}]}`
	if err := src.AddBundle(t0, "partner-a", []byte(bad)); vigil.ErrorCode(err) != vigil.EINVALID || !strings.Contains(err.Error(), "object 1") {
		t.Fatalf("AddBundle = %v, want an invalid-input error naming object 1", err)
	}
	if len(src.recs) != 0 {
		t.Errorf("a refused bundle left %d records", len(src.recs))
	}
}
