package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func serveReview(t *testing.T, s vigil.Store, analyst string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	(&api.API{Store: s, Reviewer: review.New(s), Analyst: analyst}).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// post sends body as JSON and decodes the answer into v.
func post(t *testing.T, srv *httptest.Server, path, body string, v any) int {
	t.Helper()
	resp, err := http.Post(srv.URL+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("POST %s: answer is not JSON: %v", path, err)
	}
	return resp.StatusCode
}

func TestReviewActions(t *testing.T) {
	f := apitest.Seed(t)
	srv := serveReview(t, f.Store, "amina")
	ctx := context.Background()
	mir, kur := itoa(f.MirAli), itoa(f.Kurram)

	var res api.ReviewResult
	if status := post(t, srv, "/api/v1/incidents/"+mir+"/verify", `{"reason":"two outlets agree"}`, &res); status != 200 ||
		res.State != vigil.StateVerified || res.AuditID == 0 {
		t.Fatalf("verify: %d %+v", status, res)
	}
	inc, err := f.Store.Incident(ctx, f.MirAli)
	if err != nil || inc.ReviewState != vigil.StateVerified {
		t.Fatalf("after verify: %+v %v", inc, err)
	}
	trail, err := f.Store.Audit(ctx, "incident:"+mir, 0)
	if err != nil || len(trail) == 0 || trail[0].Actor != "amina" || trail[0].Reason != "two outlets agree" {
		t.Errorf("audit trail %+v, %v", trail, err)
	}

	// Undo takes it back to unreviewed.
	verifyID := res.AuditID
	if status := post(t, srv, "/api/v1/audit/"+itoa(verifyID)+"/undo", ``, &res); status != 200 || res.AuditID == 0 {
		t.Fatalf("undo: %d %+v", status, res)
	}
	if inc, _ := f.Store.Incident(ctx, f.MirAli); inc.ReviewState != vigil.StateUnreviewed {
		t.Errorf("after undo: state %q", inc.ReviewState)
	}

	if status := post(t, srv, "/api/v1/incidents/"+kur+"/correct", `{"field":"admin2","value":"Kurram","reason":"district named in the report"}`, &res); status != 200 {
		t.Fatalf("correct: %d %+v", status, res)
	}
	if inc, _ := f.Store.Incident(ctx, f.Kurram); inc.Admin2 != "Kurram" {
		t.Errorf("after correct: admin2 %q", inc.Admin2)
	}

	var e errorBody
	for _, tc := range []struct {
		path, body string
		status     int
		message    string
	}{
		{"/api/v1/incidents/" + mir + "/bless", ``, 400, `review action "bless"`},
		{"/api/v1/incidents/x/verify", ``, 400, "incident id"},
		{"/api/v1/incidents/9999/verify", ``, 404, "9999"},
		{"/api/v1/incidents/" + mir + "/verify", `{"reason":`, 400, "not a review request"},
		{"/api/v1/incidents/" + mir + "/verify", `{"reasons":"typo"}`, 400, "not a review request"},
		{"/api/v1/incidents/" + mir + "/correct", `{"value":"x"}`, 400, "needs a field"},
		{"/api/v1/incidents/" + mir + "/correct", `{"field":"colour","value":"x"}`, 400, "colour"},
		{"/api/v1/incidents/" + mir + "/merge", `{}`, 400, "others"},
		{"/api/v1/incidents/" + mir + "/split", `{}`, 400, "event_ids"},
		{"/api/v1/audit/9999/undo", ``, 404, "9999"},
		// The verify was undone already: undoing it again would overwrite the undo.
		{"/api/v1/audit/" + itoa(verifyID) + "/undo", ``, 409, ""},
	} {
		e = errorBody{}
		if status := post(t, srv, tc.path, tc.body, &e); status != tc.status || !strings.Contains(e.Error.Message, tc.message) {
			t.Errorf("POST %s %s: %d %+v, want %d with %q", tc.path, tc.body, status, e.Error, tc.status, tc.message)
		}
	}

	// Merge Kurram into Mir Ali, then split Kurram's event back out.
	if status := post(t, srv, "/api/v1/incidents/"+mir+"/merge", `{"others":[`+kur+`],"reason":"same attack"}`, &res); status != 200 {
		t.Fatalf("merge: %d %+v", status, res)
	}
	if _, err := f.Store.Incident(ctx, f.Kurram); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("merged incident still there: %v", err)
	}
	merged, err := f.Store.Incident(ctx, f.MirAli)
	if err != nil || len(merged.EventIDs) != 3 {
		t.Fatalf("merged: %+v %v", merged, err)
	}
	last := merged.EventIDs[2]
	if status := post(t, srv, "/api/v1/incidents/"+mir+"/split", `{"event_ids":[`+itoa(last)+`]}`, &res); status != 200 || res.NewID == 0 {
		t.Fatalf("split: %d %+v", status, res)
	}
	if n, _ := f.Store.Incident(ctx, res.NewID); n == nil || len(n.EventIDs) != 1 || n.EventIDs[0] != last {
		t.Errorf("split off incident %+v", n)
	}
}

// Without an analyst the API takes no decisions.
func TestReviewReadOnly(t *testing.T) {
	f := apitest.Seed(t)
	for _, srv := range []*httptest.Server{serve(t, f.Store), serveReview(t, f.Store, "")} {
		var e errorBody
		if status := post(t, srv, "/api/v1/incidents/"+itoa(f.MirAli)+"/verify", ``, &e); status != 400 || !strings.Contains(e.Error.Message, "read-only") {
			t.Errorf("status %d, %+v", status, e.Error)
		}
	}
	if inc, _ := f.Store.Incident(context.Background(), f.MirAli); inc.ReviewState != vigil.StateUnreviewed {
		t.Errorf("state %q", inc.ReviewState)
	}
}
