package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func gz(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const pageHTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Bannu checkpost attacked | Frontier Gazette</title>
<meta property="og:site_name" content="Frontier Gazette">
<meta property="article:published_time" content="2024-10-05T09:00:00+05:00">
</head><body>
<nav><a href="/">Home</a> <a href="/pakistan">Pakistan</a> <a href="/world">World</a></nav>
<article><h1>Bannu checkpost attacked</h1>
<p>A police constable was killed and two others were injured when unidentified gunmen attacked a checkpost on the outskirts of Bannu late on Friday night, police said.</p>
<p>The attackers fled under cover of darkness after a brief exchange of fire. The injured were shifted to the District Headquarters Hospital, where doctors said their condition was stable.</p>
<p>The district police officer said a search operation had been launched in the area and that the attackers would be brought to justice. No group has so far claimed responsibility.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Cricket board names new captain</a></li><li><a href="/b">Petrol prices cut</a></li></ul></aside>
<footer>Copyright 2024 Frontier Gazette. All rights reserved.</footer>
</body></html>`

func TestIngestFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":          "Two soldiers martyred in Mir Ali\n\nTwo soldiers were martyred in an operation in Mir Ali on Friday, the military said.\n",
		"notes/b.md":     "# Levies post attacked\n\nMilitants attacked a Levies post in Zhob; three personnel were injured.\n",
		"pages/c.html":   pageHTML,
		"inputs.json":    `[{"id": "j1", "text": "Six militants were killed in Datta Khel.", "published": "2024-10-04", "source": "ISPR"}, {"id": "j2", "html": "<p>Four people were injured in a blast in Mingora, police said on Monday.</p>", "title": "Blast in Mingora", "url": "https://valley.example/mingora"}]`,
		"more.jsonl":     `{"id": "l1", "text": "A constable was killed in Lakki Marwat.", "published": "2024-10-06T08:00:00Z"}` + "\n\n" + `{"id": "l2", "text": "Two suspects were arrested in Tank."}` + "\n",
		"old/d.txt.gz":   gz(t, "Bomb defused in Kulachi\n\nA bomb disposal team defused a device in Kulachi.\n"),
		".hidden/e.txt":  "This file is in a hidden folder and must be skipped.\n",
		"f.data":         "Traders in Turbat observed a strike on Saturday.\n", // sniffed as text
		"g.single.json":  `{"id": "s1", "text": "Police in Kech registered a case."}`,
		"feeds/rss.xml":  mustRead(t, "feed/testdata/rss.xml"),
		"feeds/atom.xml": mustRead(t, "feed/testdata/atom.xml"),
	})
	s := openStore(t)
	p := newPipeline(t, s)
	sum, err := p.Ingest(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 {
		t.Fatalf("failures:\n%s", failureText(sum))
	}
	// a, b, c, j1, j2, l1, l2, d, f, s1, two RSS items, one Atom entry.
	if sum.New != 13 || sum.Duplicate != 0 {
		t.Errorf("summary %s, want 13 new", sum)
	}
	docs := byExternalID(documents(t, s))
	if _, ok := docs[filepath.Join(dir, ".hidden", "e.txt")]; ok {
		t.Error("a file in a hidden folder was ingested")
	}
	tests := []struct {
		id, title, outlet string
		published         time.Time
		contains, absent  string
	}{
		{id: filepath.Join(dir, "a.txt"), title: "Two soldiers martyred in Mir Ali", contains: "operation in Mir Ali"},
		{id: filepath.Join(dir, "notes", "b.md"), title: "Levies post attacked", contains: "Zhob"},
		{id: filepath.Join(dir, "pages", "c.html"), title: "Bannu checkpost attacked", outlet: "Frontier Gazette",
			published: time.Date(2024, 10, 5, 4, 0, 0, 0, time.UTC), contains: "search operation had been launched", absent: "Cricket board"},
		{id: "j1", outlet: "ISPR", published: time.Date(2024, 10, 4, 0, 0, 0, 0, time.UTC), contains: "Datta Khel"},
		{id: "j2", title: "Blast in Mingora", contains: "Blast in Mingora\n\nFour people were injured"},
		{id: "l1", published: time.Date(2024, 10, 6, 8, 0, 0, 0, time.UTC), contains: "Lakki Marwat"},
		{id: "l2", contains: "Tank"},
		{id: filepath.Join(dir, "old", "d.txt.gz"), title: "Bomb defused in Kulachi", contains: "bomb disposal team"},
		{id: filepath.Join(dir, "f.data"), contains: "Turbat"},
		{id: "s1", contains: "Kech"},
		{id: "gazette-1001", title: "Two soldiers martyred in Mir Ali operation", outlet: "Frontier Gazette",
			published: time.Date(2024, 10, 4, 13, 30, 0, 0, time.UTC), contains: "intelligence-based operation"},
		{id: "urn:uuid:zhob-1", outlet: "Border Monitor", published: time.Date(2024, 10, 6, 8, 15, 0, 0, time.UTC), contains: "Levies post in Zhob"},
	}
	for _, tt := range tests {
		d, ok := docs[tt.id]
		if !ok {
			t.Errorf("document %q not stored", tt.id)
			continue
		}
		if tt.title != "" && d.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.id, d.Title, tt.title)
		}
		if d.Outlet != tt.outlet {
			t.Errorf("%s: outlet %q, want %q", tt.id, d.Outlet, tt.outlet)
		}
		if !d.Published.Equal(tt.published) {
			t.Errorf("%s: published %v, want %v", tt.id, d.Published, tt.published)
		}
		if !strings.Contains(d.Text, tt.contains) {
			t.Errorf("%s: text %q lacks %q", tt.id, d.Text, tt.contains)
		}
		if tt.absent != "" && strings.Contains(d.Text, tt.absent) {
			t.Errorf("%s: boilerplate %q kept in %q", tt.id, tt.absent, d.Text)
		}
		if d.Raw == "" || d.ContentHash == "" || d.Origin == "" {
			t.Errorf("%s: raw, hash or origin missing: %+v", tt.id, d)
		}
	}
	evs, err := s.Events(context.Background(), vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != sum.Events || sum.Events == 0 {
		t.Errorf("stored %d events, summary says %d", len(evs), sum.Events)
	}
	for _, e := range evs {
		d, err := s.Document(context.Background(), e.DocumentID)
		if err != nil {
			t.Fatal(err)
		}
		ev := e.Evidence[0]
		if d.Text[ev.Start:ev.End] != ev.Quote {
			t.Errorf("evidence %q does not point into the stored text of %s", ev.Quote, d.ExternalID)
		}
	}
}

func mustRead(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestIngestIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	if _, err := ingesttest.WriteReports(dir, 30); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	first, err := newPipeline(t, s).Ingest(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if first.New != 30 || first.Failed != 0 || first.Events == 0 {
		t.Fatalf("first run: %s", first)
	}
	second, err := newPipeline(t, s).Ingest(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if second.New != 0 || second.Duplicate != 30 || second.Events != 0 {
		t.Errorf("second run: %s, want 30 duplicates and nothing new", second)
	}
	if n := len(documents(t, s)); n != 30 {
		t.Errorf("%d documents stored, want 30", n)
	}
	evs, err := s.Events(context.Background(), vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != first.Events {
		t.Errorf("%d events after the re-run, want %d", len(evs), first.Events)
	}
}

func TestNearDuplicateIsLinked(t *testing.T) {
	// Each store kind, and the copy in the same run or in a later run (a
	// new pipeline, whose index must come from the store).
	for _, lister := range []bool{false, true} {
		for _, sameRun := range []bool{true, false} {
			t.Run(fmt.Sprintf("lister=%v/sameRun=%v", lister, sameRun), func(t *testing.T) {
				testNearDuplicate(t, lister, sameRun)
			})
		}
	}
}

func testNearDuplicate(t *testing.T, lister, sameRun bool) {
	const wire = `Two soldiers martyred, six terrorists killed in North Waziristan operation

RAWALPINDI: Two soldiers were martyred and six terrorists were killed during an intelligence-based operation in the Mir Ali area of North Waziristan district on Friday, the military's media wing said.
According to the statement, security forces conducted the operation on the reported presence of terrorists. During the conduct of the operation, own troops effectively engaged the terrorists' location and after an intense exchange of fire, six terrorists were killed.
However, during the intense exchange of fire, two soldiers, who fought gallantly, embraced martyrdom. Weapons and ammunition were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities against security forces.
A sanitisation operation was being carried out to eliminate any other terrorist found in the area, the statement added.`
	copyOf := strings.Replace(strings.Replace(wire, "RAWALPINDI:", "PESHAWAR, Oct 4:", 1),
		"Two soldiers martyred, six terrorists killed in North Waziristan operation", "Six militants, two troops die in NW raid", 1)
	other := ingesttest.Report(1)
	var s vigil.Store = openStore(t)
	if lister {
		s = listingStore{s.(*sqlite.Store)}
	}
	ins := []vigil.Input{{ID: "wire", Text: wire}, {ID: "other", Text: other}, {ID: "copy", Text: copyOf}}
	var sum Summary
	if sameRun {
		var err error
		if sum, err = newPipeline(t, s).IngestInputs(context.Background(), "test", ins); err != nil {
			t.Fatal(err)
		}
	} else {
		for _, in := range ins {
			one, err := newPipeline(t, s).IngestInputs(context.Background(), "test", []vigil.Input{in})
			if err != nil {
				t.Fatal(err)
			}
			sum.add(one)
		}
	}
	if sum.New != 3 || sum.NearDuplicate != 1 {
		t.Fatalf("summary %s, want 3 new, 1 near-duplicate", sum)
	}
	docs := byExternalID(documents(t, s))
	if docs["copy"].NearDuplicateOf != docs["wire"].ID || docs["other"].NearDuplicateOf != 0 || docs["wire"].NearDuplicateOf != 0 {
		t.Errorf("links: copy->%d (want %d), other->%d, wire->%d (want 0)",
			docs["copy"].NearDuplicateOf, docs["wire"].ID, docs["other"].NearDuplicateOf, docs["wire"].NearDuplicateOf)
	}
}

func TestRepairAfterKillBetweenCommits(t *testing.T) {
	// A kill between AddDocument and SaveExtraction leaves a document with
	// no extraction; the re-run must complete it.
	s := openStore(t)
	p := newPipeline(t, s)
	p.setup()
	it := item{origin: "x", externalID: "x", raw: "Three soldiers were killed in Razmak.", text: "Three soldiers were killed in Razmak."}
	pd, err := p.prepare(it)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.AddDocument(context.Background(), &pd.doc); err != nil {
		t.Fatal(err)
	}
	sum, err := p.IngestInputs(context.Background(), "rerun", []vigil.Input{{ID: "x", Text: it.text}})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(context.Background(), vigil.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Duplicate != 1 || len(evs) != 1 {
		t.Errorf("after re-run: %s, %d events stored; want 1 duplicate and 1 event", sum, len(evs))
	}
}

func TestIngestStopsWithContext(t *testing.T) {
	dir := t.TempDir()
	if _, err := ingesttest.WriteReports(dir, 300); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	p := newPipeline(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	// Cancel once the first document is stored, as SIGINT would.
	go func() {
		for len(documents(t, s)) == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	sum, err := p.Ingest(ctx, []string{dir})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Ingest returned %v, want context.Canceled", err)
	}
	stored := len(documents(t, s))
	if sum.New != stored || stored == 0 || stored == 300 {
		t.Errorf("summary says %d new, the store holds %d of 300", sum.New, stored)
	}
	// The re-run completes the batch without duplicating anything.
	rest, err := newPipeline(t, s).Ingest(context.Background(), []string{dir})
	if err != nil || rest.New+rest.Duplicate != 300 || len(documents(t, s)) != 300 {
		t.Errorf("re-run: %s, %v; %d documents stored", rest, err, len(documents(t, s)))
	}
}

// panickyExtractor panics on texts that mention Quetta, as a buggy
// extractor might on one unusual document.
type panickyExtractor struct{ killedExtractor }

func (x panickyExtractor) Extract(text string, published time.Time, outlet string) vigil.Extraction {
	if strings.Contains(text, "Quetta") {
		panic("index out of range")
	}
	return x.killedExtractor.Extract(text, published, outlet)
}

func TestExtractorPanicFailsOneDocument(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "A constable was killed in Quetta.\n",
		"b.txt": "Two soldiers were martyred in Razmak.\n",
	})
	s := openStore(t)
	p := newPipeline(t, s)
	p.Extractor = panickyExtractor{}
	sum, err := p.Ingest(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Failed != 1 || !strings.Contains(failureText(sum), "a.txt: extraction failed: index out of range") {
		t.Errorf("summary %s, failures %q", sum, failureText(sum))
	}
}
