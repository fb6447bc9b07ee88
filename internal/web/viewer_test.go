package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TestRequestsReadAsTheirCaller checks the viewer the server gives each
// request: anonymous (TLP:CLEAR only) by default, the operator only when
// asked for (vigil serve on loopback without login), and that pages say
// which, with each record's TLP badge and owner.
func TestRequestsReadAsTheirCaller(t *testing.T) {
	f := apitest.Seed(t)
	ctx := vigil.AsOperator(context.Background())
	kurram, err := f.Store.Incident(ctx, f.Kurram)
	if err != nil {
		t.Fatal(err)
	}
	kurram.Marking = vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	if _, err := f.Store.SaveIncident(ctx, kurram); err != nil {
		t.Fatal(err)
	}
	amberPage := "/incidents/" + id(f.Kurram)
	tests := []struct {
		name     string
		opts     Options
		status   int      // of the AMBER incident's page
		want     []string // on the incident list
		notWant  []string
		pageWant []string // on the AMBER incident's page
	}{
		{"anonymous", Options{}, http.StatusNotFound,
			[]string{"Mir Ali", `<span class="tlp tlp-clear">TLP:CLEAR</span>`, "Not logged in: you see TLP:CLEAR records only."},
			[]string{"Parachinar", "TLP:AMBER", "as the operator"}, nil},
		{"operator", Options{Operator: true}, http.StatusOK,
			[]string{"Mir Ali", "Parachinar", `<span class="tlp tlp-amber" title="owned by ctd">TLP:AMBER</span>`, "you see every record as the operator"},
			[]string{"Not logged in"},
			[]string{`<span class="tlp tlp-amber" title="owned by ctd">TLP:AMBER</span>`, "Owned by ctd"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := NewServer(f.Store, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			_, body := fetch(t, srv, "/incidents")
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("the incident list lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("the incident list shows %q", w)
				}
			}
			resp, page := fetch(t, srv, amberPage)
			if resp.StatusCode != tc.status {
				t.Errorf("%s: status %d, want %d", amberPage, resp.StatusCode, tc.status)
			}
			for _, w := range tc.pageWant {
				if !strings.Contains(page, w) {
					t.Errorf("%s lacks %q", amberPage, w)
				}
			}
		})
	}
	svc := accounts.New(f.Store.(accounts.Store))
	if _, err := NewServer(f.Store, Options{Operator: true, RequireLogin: true, Accounts: svc}); err == nil {
		t.Error("a server requiring a login was allowed to serve as the operator")
	}
}
