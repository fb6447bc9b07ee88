package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Two outlets report a bombing; a third, two days later, reports only that
// its toll rose. Ingested in either order, the three make one incident
// whose toll is the revised one and whose date is the bombing's.
func TestTollRevisionEndToEnd(t *testing.T) {
	reports := []string{
		`{"id": "dawn-1", "source": "Dawn", "published": "2023-12-17", "text": "A bomb planted on a motorcycle exploded in the bazaar of Jamrud, Khyber district, on Sunday, killing 15 people and injuring 30."}`,
		`{"id": "news-1", "source": "The News", "published": "2023-12-17", "text": "At least 14 people were killed when a bomb went off in the Jamrud bazaar in Khyber district on Sunday, police said."}`,
		`{"id": "tribune-2", "source": "Express Tribune", "published": "2023-12-19", "text": "The death toll in the Jamrud bazaar bombing rose to 21 on Tuesday as more of the injured died in hospital in Peshawar."}`,
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		dir := t.TempDir()
		db := filepath.Join(dir, "vigil.db")
		for _, i := range order {
			file := filepath.Join(dir, "report.jsonl")
			if err := os.WriteFile(file, []byte(reports[i]+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, code := runCLI(t, "ingest", "--db", db, file); code != 0 {
				t.Fatalf("ingest %d: %s", i, out)
			}
		}
		ctx := vigil.AsOperator(context.Background())
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		incs, err := s.Incidents(ctx, vigil.Filter{})
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(incs) != 1 {
			for _, inc := range incs {
				t.Logf("incident %d: %s %v %v", inc.ID, inc.SubEventType, *inc.EventDate, inc.FusionReason)
			}
			t.Fatalf("order %v: %d incidents, want 1", order, len(incs))
		}
		inc := incs[0]
		if inc.Fatalities == nil || *inc.Fatalities != 21 || *inc.EventDate != "2023-12-17" || inc.SourceCount != 3 {
			t.Errorf("order %v: fatalities %v, date %s, sources %d; want 21, 2023-12-17, 3", order, inc.Fatalities, *inc.EventDate, inc.SourceCount)
		}
	}
}
