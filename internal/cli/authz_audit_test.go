package cli

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// audited returns the audit entries of action on object, as the operator
// reads the log.
func (m *matrix) audited(t *testing.T, object, action string) []vigil.AuditEntry {
	t.Helper()
	all, err := m.store.Audit(vigil.AsOperator(context.Background()), object, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []vigil.AuditEntry
	for _, e := range all {
		if e.Action == action {
			out = append(out, e)
		}
	}
	return out
}

// newest is the latest of entries (the highest id).
func newest(entries []vigil.AuditEntry) vigil.AuditEntry {
	var out vigil.AuditEntry
	for _, e := range entries {
		if e.ID > out.ID {
			out = e
		}
	}
	return out
}

// TestReadsAndSharesAreAudited checks the audit log the edges keep: a read
// of an AMBER, AMBER+STRICT or RED record by anyone but the operator, on a
// page or an API detail route, is a "read" entry naming the reader; a read
// of CLEAR or GREEN, or by the operator, is not; every export the API
// hands out and every export written --as someone is a "share" entry
// counting its incidents per TLP level. No entry holds a token.
func TestReadsAndSharesAreAudited(t *testing.T) {
	m := newMatrix(t)
	reads := []struct {
		name, user string
		path       string // with %d for the record's id
		place      string
		op         bool   // ask the loopback server, as the operator
		want       string // the entry's actor and reason; "" for no entry
	}{
		{"RED incident page by its recipient", "alice", "/incidents/%d", "Awaran", false, "alice TLP:RED (a)"},
		{"AMBER+STRICT incident by the owner's user", "ahmed", "/api/v1/incidents/%d", "Kharan", false, "ahmed TLP:AMBER+STRICT (a)"},
		{"AMBER document page by a partner", "bilal", "/documents/%d", "Panjgur", false, "bilal TLP:AMBER (a)"},
		{"AMBER document by API by a partner", "bilal", "/api/v1/documents/%d", "Panjgur", false, "bilal TLP:AMBER (a)"},
		{"GREEN incident is not audited", "bilal", "/incidents/%d", "Turbat", false, ""},
		{"CLEAR incident is not audited", "chen", "/api/v1/incidents/%d", "Gwadar", false, ""},
		{"the operator's reads are not audited", "", "/incidents/%d", "Kharan", true, ""},
		{"a refused read is not a read", "chen", "/incidents/%d", "Awaran", false, ""},
	}
	for _, tc := range reads {
		t.Run(tc.name, func(t *testing.T) {
			kind, id := "incident", m.incidentID[tc.place]
			if strings.Contains(tc.path, "documents") {
				kind, id = "document", m.documentID[tc.place]
			}
			object := fmt.Sprintf("%s:%d", kind, id)
			before := len(m.audited(t, object, "read"))
			srv := m.login
			if tc.op {
				srv = m.op
			}
			m.get(t, srv, tc.user, fmt.Sprintf(tc.path, id))
			got := m.audited(t, object, "read")
			switch {
			case tc.want == "" && len(got) != before:
				t.Errorf("%d new read entries on %s, want none: %+v", len(got)-before, object, got)
			case tc.want != "" && len(got) != before+1:
				t.Errorf("%d new read entries on %s, want 1", len(got)-before, object)
			case tc.want != "":
				if e := newest(got); e.Actor+" "+e.Reason != tc.want {
					t.Errorf("read entry %q %q, want %q", e.Actor, e.Reason, tc.want)
				}
			}
		})
	}

	shares := []struct {
		name   string
		run    func(t *testing.T)
		object string
		want   string // actor and reason
	}{
		{"API CSV export by a partner", func(t *testing.T) {
			if status, _ := m.get(t, m.login, "bilal", "/api/v1/export/incidents.csv"); status != http.StatusOK {
				t.Fatalf("export: status %d", status)
			}
		}, "export:incidents.csv", "bilal 3 incidents: TLP:CLEAR 1, TLP:GREEN 1, TLP:AMBER 1"},
		{"API GeoJSON export by the RED recipient", func(t *testing.T) {
			m.get(t, m.login, "alice", "/api/v1/export/incidents.geojson")
		}, "export:incidents.geojson", "alice 5 incidents: TLP:CLEAR 1, TLP:GREEN 1, TLP:AMBER 1, TLP:AMBER+STRICT 1, TLP:RED 1"},
		{"command-line export for a stranger", func(t *testing.T) {
			if code, _, errOut := runVigil(t, "export", "--db", m.db, "--format", "jsonl", "--as", "c/chen"); code != 0 {
				t.Fatalf("export: %s", errOut)
			}
		}, "export:jsonl", "cli for c/chen: 1 incidents: TLP:CLEAR 1"},
	}
	for _, tc := range shares {
		t.Run(tc.name, func(t *testing.T) {
			before := len(m.audited(t, tc.object, "share"))
			tc.run(t)
			got := m.audited(t, tc.object, "share")
			if len(got) != before+1 {
				t.Fatalf("%d new share entries on %s, want 1", len(got)-before, tc.object)
			}
			if e := newest(got); e.Actor+" "+e.Reason != tc.want {
				t.Errorf("share entry %q %q, want %q", e.Actor, e.Reason, tc.want)
			}
		})
	}

	// No entry the edges wrote carries a token.
	all, err := m.store.Audit(vigil.AsOperator(context.Background()), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		for user, tok := range m.tokens {
			if strings.Contains(fmt.Sprintf("%+v", e), tok) {
				t.Errorf("audit entry %d holds %s's token", e.ID, user)
			}
		}
	}
}

// TestReviewOfAnInvisibleIncidentIsNotFound checks that a reviewer cannot
// act on an incident their markings hide, and that the answer is the 404
// of a missing incident, not a 403 that would confirm it exists.
func TestReviewOfAnInvisibleIncidentIsNotFound(t *testing.T) {
	m := newMatrix(t)
	ctx := vigil.AsOperator(context.Background())
	if err := m.svc.AddUser(ctx, "test", "carla", "c", vigil.RoleReviewer, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	tok, _, err := m.svc.CreateToken(ctx, "test", "carla", vigil.ScopeWrite, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	// The API answers JSON; the desk's review form redirects back to the
	// incident on success. Both are tried on every record.
	edges := []struct {
		name, path, contentType, body string
		done                          int // the status of a review taken
	}{
		{"api", "/api/v1/incidents/%d/verify", "application/json", `{"reason":"checked"}`, http.StatusOK},
		{"form", "/incidents/%d/review", "application/x-www-form-urlencoded", "action=verify&reason=checked", http.StatusSeeOther},
	}
	tests := []struct {
		place   string
		visible bool // to c's reviewer
	}{
		{"Gwadar", true}, // CLEAR
		{"Turbat", false},
		{"Panjgur", false},
		{"Kharan", false},
		{"Awaran", false},
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, e := range edges {
		for _, tc := range tests {
			t.Run(e.name+" "+tc.place, func(t *testing.T) {
				id := m.incidentID[tc.place]
				before, err := m.store.Incident(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if before.ReviewState == vigil.StateVerified { // the other edge verified it: start again
					before.ReviewState = vigil.StateUnreviewed
					if _, err := m.store.SaveIncident(ctx, before); err != nil {
						t.Fatal(err)
					}
				}
				req, _ := http.NewRequest(http.MethodPost, m.login.URL+fmt.Sprintf(e.path, id), strings.NewReader(e.body))
				req.Header.Set("Authorization", "Bearer "+tok)
				req.Header.Set("Content-Type", e.contentType)
				resp, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				want := http.StatusNotFound
				if tc.visible {
					want = e.done
				}
				if resp.StatusCode != want {
					t.Errorf("verify incident %d (%s) as c's reviewer: status %d, want %d", id, tc.place, resp.StatusCode, want)
				}
				inc, err := m.store.Incident(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if verified := inc.ReviewState == vigil.StateVerified; verified != tc.visible {
					t.Errorf("incident %d is %q after the request", id, inc.ReviewState)
				}
			})
		}
	}
}
