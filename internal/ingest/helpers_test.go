package ingest

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// openStore opens a real SQLite store in a temporary folder.
func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// killedExtractor is a small extractor for these tests (extraction is not
// their subject): one event per sentence saying someone was killed or
// martyred, with the sentence as evidence.
type killedExtractor struct{}

var killedSentence = regexp.MustCompile(`[^.\n]*\b(?:killed|martyred)\b[^.\n]*\.`)

func (killedExtractor) Extract(text string, published time.Time, outlet string) vigil.Extraction {
	x := vigil.Extraction{}
	for _, loc := range killedSentence.FindAllStringIndex(text, -1) {
		x.Events = append(x.Events, vigil.Event{
			EventType: "Battles",
			Country:   "Pakistan",
			Evidence:  []vigil.Evidence{{Field: "event_type", Start: loc[0], End: loc[1], Quote: text[loc[0]:loc[1]]}},
		})
	}
	return x
}

func newPipeline(t testing.TB, s vigil.Store) *Pipeline {
	return &Pipeline{Store: s, Extractor: killedExtractor{}, Options: Options{Timeout: 2 * time.Second, Workers: 2}}
}

// writeFiles creates files under dir from a map of relative path to content.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// documents returns every stored document.
func documents(t testing.TB, s vigil.Store) []vigil.Document {
	t.Helper()
	docs, err := s.Documents(context.Background(), vigil.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// byExternalID indexes documents by ExternalID.
func byExternalID(docs []vigil.Document) map[string]vigil.Document {
	m := map[string]vigil.Document{}
	for _, d := range docs {
		m[d.ExternalID] = d
	}
	return m
}

// failureText joins a summary's failures, for assertions and messages.
func failureText(s Summary) string {
	var b strings.Builder
	for _, f := range s.Failures {
		b.WriteString(f.Error())
		b.WriteString("\n")
	}
	return b.String()
}

// listingStore is the SQLite store with vigil.SimHashLister, answered from
// its own database, so the in-memory near-duplicate index can be tested on
// real data whichever stores implement the interface.
type listingStore struct{ *sqlite.Store }

func (s listingStore) SimHashes(ctx context.Context) ([]vigil.DocumentHash, error) {
	rows, err := s.DB().QueryContext(ctx, `SELECT id, simhash FROM documents ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hs []vigil.DocumentHash
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			return nil, err
		}
		hs = append(hs, vigil.DocumentHash{ID: id, SimHash: uint64(h)})
	}
	return hs, rows.Err()
}
