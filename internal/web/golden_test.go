package web

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
)

var csrfValue = regexp.MustCompile(`((?:name="csrf-token" content|name="csrf_token" value)=")[^"]*"`)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The pages of the fixture, compared byte for byte with testdata/*.golden.html
// so any change to what analysts see shows up in review. Run
// `go test ./internal/web -run Golden -update` after an intended change.
func TestGoldenPages(t *testing.T) {
	f := apitest.Seed(t)
	srv := start(t, f, nil)
	for _, tc := range []struct{ name, path string }{
		{"dashboard", "/?admin1=Khyber+Pakhtunkhwa"},
		{"incidents", "/incidents"},
		{"review", "/review"},
		{"claims", "/claims"},
		{"equipment", "/equipment"},
		{"sources", "/sources"},
		{"incident", "/incidents/" + id(f.MirAli)},
		{"document", "/documents/" + id(f.SecondDoc)},
		{"not-found", "/incidents/9999"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, body := fetch(t, srv, tc.path)
			// The session's CSRF token is random; everything else must match.
			body = csrfValue.ReplaceAllString(body, `$1TOKEN"`)
			golden := filepath.Join("testdata", tc.name+".golden.html")
			if *update {
				if err := os.WriteFile(golden, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run with -update to create it): %v", err)
			}
			if body != string(want) {
				t.Errorf("%s differs from %s; run with -update if the change is intended\ngot:\n%s", tc.path, golden, body)
			}
		})
	}
}
