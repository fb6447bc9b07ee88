package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"github.com/vigil-osint/vigil/internal/vigil"
	"path/filepath"
	"strings"
	"testing"
)

// gzipBomb is a small gzip file that expands to n bytes of zeros.
func gzipBomb(t testing.TB, n int) string {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("a"), 1<<16)
	for written := 0; written < n; written += len(chunk) {
		zw.Write(chunk)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestBadInputs(t *testing.T) {
	const limit = 64 << 10
	tests := []struct {
		name, file, content string
		want                string // in the failure message
	}{
		{"binary with NUL bytes", "blob.txt", "GIF89a\x00\x01\x02\x00\x00binary", "binary content"},
		{"png image", "pic.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"},
		{"invalid UTF-8 undeclared", "latin.txt", "Caf\xe9 attack in Quetta\n", "invalid UTF-8 and no declared encoding"},
		{"invalid UTF-8 declared as UTF-8", "bad.html", `<html><head><meta charset="utf-8"></head><body><p>Caf` + "\xe9" + `</p></body></html>`, "declares UTF-8"},
		{"unknown declared charset", "odd.html", `<html><head><meta charset="x-klingon"></head><body><p>Caf` + "\xe9" + `</p></body></html>`, `unknown declared encoding "x-klingon"`},
		{"empty file", "empty.txt", "", "empty input"},
		{"white space only", "blank.md", " \n\t\n", "empty input"},
		{"over the size limit", "big.txt", strings.Repeat("word ", limit/5+10), "size limit"},
		{"gzip bomb", "bomb.txt.gz", "", "decompressed larger than the 64KiB size limit"},
		{"corrupt gzip", "broken.txt.gz", "\x1f\x8b\x08\x00garbage", "gzip"},
		{"malformed JSON line", "rows.jsonl", `{"id": "ok", "text": "A constable was killed in Tank."}` + "\n" + `{"id": "bad", "text": }` + "\n", "line 2: invalid JSON"},
		{"JSON line without text", "rows2.jsonl", `{"id": "no-text"}` + "\n", `line 1: neither "text" nor "html"`},
		{"bad published date", "rows3.jsonl", `{"id": "d", "text": "x", "published": "last Tuesday"}` + "\n", `line 1: published "last Tuesday"`},
		{"malformed JSON file", "one.json", `{"id": "x", "text": "unterminated`, "invalid JSON"},
		{"malformed feed", "feed.xml", mustRead(t, "feed/testdata/malformed.xml"), "malformed feed"},
		{"xml that is no feed", "data.xml", `<?xml version="1.0"?><inventory><item>rifle</item></inventory>`, "not an RSS, Atom or JSON feed"},
		{"boilerplate only", "nav.txt", "Home\nShare\nSubscribe\n- Advertisment -\n", "no text left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			content := tt.content
			if tt.name == "gzip bomb" {
				content = gzipBomb(t, 10*limit)
			}
			good := "Two soldiers were martyred in Razmak, officials said.\n"
			writeFiles(t, dir, map[string]string{tt.file: content, "good.txt": good})
			s := openStore(t)
			// Something stored before the bad input must survive it.
			p := newPipeline(t, s)
			p.Options.MaxSize = limit
			if _, err := p.Ingest(context.Background(), []string{filepath.Join(dir, "good.txt")}); err != nil {
				t.Fatal(err)
			}
			sum, err := p.Ingest(context.Background(), []string{filepath.Join(dir, tt.file), filepath.Join(dir, "good.txt")})
			if err != nil {
				t.Fatalf("a bad input stopped the batch: %v", err)
			}
			if sum.Failed == 0 || !strings.Contains(failureText(sum), tt.want) {
				t.Fatalf("failures %q, want one containing %q", failureText(sum), tt.want)
			}
			for _, f := range sum.Failures {
				if f.Input != filepath.Join(dir, tt.file) {
					t.Errorf("failure names %q, want the input %q", f.Input, filepath.Join(dir, tt.file))
				}
			}
			if sum.Duplicate != 1 {
				t.Errorf("the good file after the bad one: %s, want it seen as a duplicate", sum)
			}
			errs, err := s.IngestErrors(vigil.AsOperator(context.Background()), 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != sum.Failed || !strings.Contains(errs[0].Message, tt.want) {
				t.Errorf("stored ingest errors %+v, want %d naming %q", errs, sum.Failed, tt.want)
			}
			kept, ok := byExternalID(documents(t, s))[filepath.Join(dir, "good.txt")]
			if !ok || kept.Text != good || kept.ID != 1 {
				t.Errorf("the document stored before the bad input changed: %+v", kept)
			}
		})
	}
}

func TestMissingTarget(t *testing.T) {
	s := openStore(t)
	sum, err := newPipeline(t, s).Ingest(context.Background(), []string{filepath.Join(t.TempDir(), "nope.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || !strings.Contains(failureText(sum), "nope.txt: no such file or directory") {
		t.Errorf("failures %q", failureText(sum))
	}
}

func TestDeeplyNestedHTML(t *testing.T) {
	// A page nested far deeper than any real one must not blow the stack:
	// it is read with the flat text pass.
	page := "<html><body>" + strings.Repeat("<div>", 200000) + "<p>Two soldiers were martyred in Shewa on Monday, officials said.</p>" + strings.Repeat("</div>", 200000) + "</body></html>"
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"deep.html": page, "unclosed.html": "<html><body>" + strings.Repeat("<span><b><i>", 50000) + "A constable was killed in Tank."})
	s := openStore(t)
	sum, err := newPipeline(t, s).Ingest(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 {
		t.Fatalf("summary %s; failures %s", sum, failureText(sum))
	}
	docs := documents(t, s)
	for _, d := range docs {
		if !strings.Contains(d.Text, "Shewa") && !strings.Contains(d.Text, "Tank") {
			t.Errorf("deep page text %q lost its sentence", d.Text)
		}
	}
}
