package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// session is a browser-like client: it keeps the CSRF cookie and sends the
// token back with every form, as the desk's pages do, and does not follow
// redirects so tests can see where they go.
type session struct {
	t      *testing.T
	srv    *httptest.Server
	cookie *http.Cookie
}

func newSession(t *testing.T, srv *httptest.Server) *session {
	t.Helper()
	resp, _ := fetch(t, srv, "/review")
	for _, c := range resp.Cookies() {
		if c.Name == csrfCookie {
			return &session{t: t, srv: srv, cookie: c}
		}
	}
	t.Fatal("no CSRF cookie")
	return nil
}

// submit posts a form and returns the status and the redirect target.
func (s *session) submit(path string, form url.Values) (int, string) {
	s.t.Helper()
	form.Set(csrfField, s.cookie.Value)
	req, _ := http.NewRequest("POST", s.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", s.srv.URL)
	req.AddCookie(s.cookie)
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		s.t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Location")
}

func TestReviewForms(t *testing.T) {
	f := apitest.Seed(t)
	h, err := NewServer(f.Store, Options{Reviewer: review.New(f.Store), Analyst: "amina"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s := newSession(t, srv)
	ctx := context.Background()
	mir := id(f.MirAli)

	_, queue := fetch(t, srv, "/review")
	if !strings.Contains(queue, `action="/incidents/`+id(f.Kurram)+`/review"`) || !strings.Contains(queue, "<kbd>v</kbd> verify") {
		t.Errorf("the queue offers no decisions:\n%s", queue)
	}

	status, loc := s.submit("/incidents/"+mir+"/review", url.Values{"action": {"verify"}, "from": {"queue"}, "reason": {"both outlets agree"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/review?done=incident+"+mir+"+verified") {
		t.Fatalf("verify: %d → %q", status, loc)
	}
	if inc, _ := f.Store.Incident(ctx, f.MirAli); inc.ReviewState != vigil.StateVerified {
		t.Errorf("state %q after verify", inc.ReviewState)
	}
	_, page := fetch(t, srv, "/incidents/"+mir)
	for _, want := range []string{"Review trail", "amina", "both outlets agree", `action="/audit/`, `<option>fatalities</option>`, `name="event_id"`} {
		if !strings.Contains(page, want) {
			t.Errorf("incident page lacks %q", want)
		}
	}

	status, loc = s.submit("/incidents/"+mir+"/review", url.Values{"action": {"correct"}, "field": {"fatalities"}, "value": {"7"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/incidents/"+mir+"?done=") {
		t.Fatalf("correct: %d → %q", status, loc)
	}
	if inc, _ := f.Store.Incident(ctx, f.MirAli); inc.Fatalities == nil || *inc.Fatalities != 7 {
		t.Errorf("fatalities after correction: %v", inc.Fatalities)
	}
	trail, err := f.Store.Audit(ctx, "incident:"+mir, 0)
	if err != nil || len(trail) == 0 {
		t.Fatal(err)
	}
	status, loc = s.submit("/audit/"+id(trail[0].ID)+"/undo", url.Values{"incident": {mir}})
	if status != http.StatusSeeOther || !strings.Contains(loc, "undone") {
		t.Fatalf("undo: %d → %q", status, loc)
	}
	if inc, _ := f.Store.Incident(ctx, f.MirAli); inc.Fatalities == nil || *inc.Fatalities != 5 {
		t.Errorf("fatalities after undo: %v", inc.Fatalities)
	}

	for _, tc := range []struct {
		path string
		form url.Values
		want int
	}{
		{"/incidents/" + mir + "/review", url.Values{"action": {"bless"}}, 400},
		{"/incidents/9999/review", url.Values{"action": {"verify"}}, 404},
		{"/incidents/" + mir + "/review", url.Values{"action": {"merge"}, "others": {"twelve"}}, 400},
		{"/incidents/" + mir + "/review", url.Values{"action": {"split"}, "event_id": {"-3"}}, 400},
		{"/audit/9999/undo", url.Values{}, 404},
	} {
		if status, _ := s.submit(tc.path, tc.form); status != tc.want {
			t.Errorf("POST %s %v: %d, want %d", tc.path, tc.form, status, tc.want)
		}
	}
}

// idList reads what an analyst types into the merge box: IDs or a clear
// EINVALID, never a panic or a non-positive ID.
func FuzzIDList(f *testing.F) {
	f.Add("12, 15 17")
	f.Add("")
	f.Add("3,,-4")
	f.Add("99999999999999999999")
	f.Fuzz(func(t *testing.T, v string) {
		ids, err := idList("incident", v)
		if err != nil {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Fatalf("error %v is not coded invalid", err)
			}
			return
		}
		for _, id := range ids {
			if id < 1 {
				t.Fatalf("%q gave id %d", v, id)
			}
		}
	})
}
