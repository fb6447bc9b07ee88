package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
)

// The claims and equipment pages apply every filter their records carry
// and refuse the others with a 400 page naming the parameter, never a
// list that ignored them.
func TestClaimsAndEquipmentPageFilters(t *testing.T) {
	f := apitest.Seed(t)
	h, err := NewServer(f.Store, Options{Operator: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	tests := []struct {
		path     string
		status   int
		contains string // in the page
		lacks    string // not in the page
	}{
		{"/claims?attributed_to=picss", 200, "PICSS", ""},
		{"/claims?attributed_to=ISPR", 200, "", "PICSS"},
		{"/claims?admin2=Kurram", 400, "admin2", "PICSS"},
		{"/claims?actor=TTP", 400, "actor", "PICSS"},
		{"/equipment?holder=TTP", 200, "", "M4 rifles"},
		{"/equipment?origin=united+states&category=weapons", 200, "M4 rifles", ""},
		{"/equipment?origin=Pakistan", 200, "", "M4 rifles"},
		{"/equipment?admin1=Balochistan", 400, "admin1", "M4 rifles"},
		{"/equipment?review_state=verified", 400, "review_state", "M4 rifles"},
	}
	for _, tc := range tests {
		status, body := getPage(t, srv.Client(), srv.URL+tc.path)
		if status != tc.status {
			t.Errorf("GET %s: %d, want %d", tc.path, status, tc.status)
		}
		if tc.contains != "" && !strings.Contains(body, tc.contains) {
			t.Errorf("GET %s: page lacks %q", tc.path, tc.contains)
		}
		if tc.lacks != "" && strings.Contains(body, tc.lacks) {
			t.Errorf("GET %s: page shows %q", tc.path, tc.lacks)
		}
	}
	if status, _ := getPage(t, srv.Client(), srv.URL+"/equipment"); status != http.StatusOK {
		t.Errorf("GET /equipment: %d", status)
	}
}
