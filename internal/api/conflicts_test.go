package api_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

const apiSTIXID = "incident--5d2f0b7e-1c4a-4e8b-a3f6-0e9d8c7b6a51"

// received is a version of apiSTIXID as the partner ctd shares it openly.
func received(version, summary, status string) vigil.Received {
	return vigil.Received{Partner: "ctd", ID: apiSTIXID, Type: "incident", Version: version, Status: status,
		Marking: vigil.Marking{TLP: vigil.TLPClear, Owner: "ctd"},
		JSON: fmt.Appendf(nil, `{"type":"incident","spec_version":"2.1","id":%q,"created":"2026-11-19T06:00:00Z","modified":%q,"name":"Battles in Kharan","description":%q}`,
			apiSTIXID, version, summary)}
}

func TestResolveConflict(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	f := apitest.Seed(t)
	store := f.Store.(federation.Store)
	first := received("2026-11-19T06:00:00Z", "ctd says two", vigil.ReceivedApplied)
	id, err := store.ApplyImport(ctx, vigil.Import{Received: first,
		Save:  &vigil.Incident{Event: vigil.Event{Location: "Kharan", Summary: "ctd says two"}, Marking: first.Marking, Origin: federation.Origin("ctd", apiSTIXID)},
		Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "import"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := review.New(store).Verify(ctx, id, "bilal", "checked with the district office"); err != nil {
		t.Fatal(err)
	}
	link, err := store.ImportLink(ctx, "ctd", apiSTIXID)
	if err != nil {
		t.Fatal(err)
	}
	second := received("2026-11-20T06:00:00Z", "ctd says four", vigil.ReceivedConflict)
	second.IncidentID = id
	if _, err := store.ApplyImport(ctx, vigil.Import{Received: second, Link: *link, Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "conflict"}}); err != nil {
		t.Fatal(err)
	}
	srv := serveReview(t, f.Store, "amina")

	var list struct{ Items []api.Conflict }
	if status := get(t, srv, "/api/v1/conflicts", &list); status != 200 || len(list.Items) != 1 {
		t.Fatalf("GET /api/v1/conflicts: %d %+v", status, list)
	}
	c := list.Items[0]
	want := []api.ConflictingField{{Field: "location", Local: "Kharan", Partner: ""}, {Field: "summary", Local: "ctd says two", Partner: "ctd says four"}, {Field: "review_state", Local: "verified", Partner: "unreviewed"}}
	if c.IncidentID != id || c.Partner != "ctd" || c.Version != second.Version || c.Pending != 1 || c.Seen == "" || fmt.Sprint(c.Differences) != fmt.Sprint(want) {
		t.Errorf("conflict listed as %+v, want differences %+v", c, want)
	}
	if status := get(t, srv, "/api/v1/conflicts?partner=someone-else", &list); status != 200 || len(list.Items) != 0 {
		t.Errorf("another partner's conflicts: %d %+v", status, list)
	}

	path := "/api/v1/conflicts/" + strconv.FormatInt(id, 10)
	var e map[string]map[string]string
	for _, tc := range []struct {
		name, path, body string
		status           int
	}{
		{"unknown decision", path + "/merge", `{}`, 404},
		{"unknown field", path + "/keep", `{"verison":"x"}`, 400},
		{"seen not a time", path + "/keep", `{"seen":"yesterday"}`, 400},
		{"stale local version", path + "/keep", `{"seen":"2026-01-01T00:00:00Z"}`, 409},
		{"stale partner version", path + "/keep", `{"version":"2026-11-19T06:00:00Z"}`, 409},
		{"no conflict", "/api/v1/conflicts/999999/keep", `{}`, 404},
	} {
		if status := post(t, srv, tc.path, tc.body, &e); status != tc.status {
			t.Errorf("%s: %d %v, want %d", tc.name, status, e, tc.status)
		}
	}
	if status := post(t, serveReview(t, f.Store, ""), path+"/keep", `{}`, &e); status != 400 {
		t.Errorf("keep on a read-only server: %d, want 400", status)
	}

	var res map[string]any
	if status := post(t, srv, path+"/keep", fmt.Sprintf(`{"version":%q,"seen":%q,"reason":"our check stands"}`, c.Version, c.Seen), &res); status != 200 || res["decision"] != "keep" {
		t.Fatalf("keep: %d %v", status, res)
	}
	inc, err := store.Incident(ctx, id)
	if err != nil || inc.Summary != "ctd says two" || inc.ReviewState != vigil.StateVerified {
		t.Errorf("after keeping: %+v, %v; want the incident as it was here", inc, err)
	}
	if status := get(t, srv, "/api/v1/conflicts", &list); status != 200 || len(list.Items) != 0 {
		t.Errorf("conflicts after keeping: %d %+v", status, list)
	}
	trail, err := store.Audit(ctx, "incident:"+strconv.FormatInt(id, 10), 0)
	if err != nil || len(trail) == 0 || trail[0].Action != "resolve" || trail[0].Actor != "amina" {
		t.Errorf("audit after keeping: %+v, %v", trail, err)
	}
}
