package jobs

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Any target, however odd (quotes, NUL bytes, invalid UTF-8), goes into the
// queue as a valid payload that the ingest handler reads back unchanged,
// or is refused as empty.
func FuzzIngestPayload(f *testing.F) {
	for _, s := range []string{"/data/reports/a.txt", "https://example.org/feed.xml", "", `C:\reports\"q".txt`, "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, target string) {
		nj, err := IngestJobs([]string{target})
		if target == "" {
			if vigil.ErrorCode(err) != vigil.EINVALID {
				t.Fatalf("empty target: err %v, want invalid", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checked, err := vigil.CheckNewJob(nj[0], time.Unix(0, 0))
		if err != nil {
			t.Fatalf("payload of %q refused: %v", target, err)
		}
		var pl IngestPayload
		if err := json.Unmarshal([]byte(checked.Payload), &pl); err != nil {
			t.Fatal(err)
		}
		// JSON carries text: invalid UTF-8 becomes U+FFFD, as it would
		// in any path the queue stores.
		b, _ := json.Marshal(target)
		var want string
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		if pl.Target != want {
			t.Fatalf("target %q came back as %q", target, pl.Target)
		}
	})
}
