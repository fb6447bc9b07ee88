package cli

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const watchFeed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Frontier Gazette</title>
<item><guid>w1</guid><title>Two soldiers martyred in Mir Ali</title>
<description>Two soldiers were martyred during an intelligence-based operation in Mir Ali, North Waziristan, on Friday, the ISPR said.</description></item>
<item><guid>w2</guid><title>Constable killed in Bannu</title>
<description>A police constable was killed when gunmen attacked a checkpost in Bannu on Saturday night, police said.</description></item>
</channel></rss>`

func TestWatchOnce(t *testing.T) {
	var full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Last-Modified", "Sat, 05 Oct 2024 10:00:00 GMT")
		if r.Header.Get("If-Modified-Since") == "Sat, 05 Oct 2024 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(watchFeed))
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "vigil.db")

	code, out, errOut := runVigil(t, "watch", "--db", db, "--once", srv.URL)
	if code != 0 || !strings.Contains(out, "watch: 2 new, 0 duplicate") {
		t.Fatalf("first round: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = runVigil(t, "watch", "--db", db, "--once", srv.URL)
	if code != 0 || !strings.Contains(out, "watch: 0 new, 0 duplicate") {
		t.Fatalf("second round: exit %d\n%s\n%s", code, out, errOut)
	}
	if full.Load() != 1 {
		t.Errorf("the feed was sent %d times, want once (then 304 Not Modified)", full.Load())
	}
	code, _, errOut = runVigil(t, "watch", "--db", db, "--once", srv.URL+"/x", "not-a-url")
	if code != 1 || !strings.Contains(errOut, "not-a-url: not an http(s) URL") {
		t.Errorf("bad feeds: exit %d, stderr:\n%s", code, errOut)
	}
}
