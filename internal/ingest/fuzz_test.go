package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Two soldiers were martyred."}` + "\n" + `{"id": "b", "html": "<p>x</p>", "published": "2024-10-05"}`))
	f.Add([]byte(`{"id": "bad", "text": }` + "\n\n" + `[1, 2]` + "\n" + `{"text": "no id"}`))
	f.Add([]byte("\xff\xfe{\"id\":1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ins, lines, errs := parseJSONL(data, 1<<20)
		if len(ins) != len(lines) {
			t.Fatalf("%d inputs but %d line numbers", len(ins), len(lines))
		}
		for _, in := range ins {
			if strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.HTML) == "" {
				t.Fatalf("input without text or html accepted: %+v", in)
			}
		}
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error %q does not name its line", err)
			}
		}
	})
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("plain UTF-8 café"), "")
	f.Add([]byte("caf\xe9"), "text/html; charset=windows-1252")
	f.Add([]byte(`<html><head><meta charset="iso-8859-1"></head><body>caf`+"\xe9"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="Shift_JIS"?><rss/>`), "")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "")
	f.Add([]byte("caf\xe9"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		s, err := toUTF8(data, contentType)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("toUTF8 returned invalid UTF-8 %q without an error", s)
		}
	})
}

func FuzzItems(f *testing.F) {
	f.Add([]byte("Two soldiers were martyred in Mir Ali.\n"), "a.txt")
	f.Add([]byte(pageHTML), "page.html")
	f.Add([]byte(`[{"id": "x", "text": "A constable was killed."}]`), "in.json")
	f.Add([]byte(`{"id": "x", "text": "A constable was killed."}`+"\n"), "in.jsonl")
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>Six militants were killed.</description></item></channel></rss>`), "f.xml")
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "x.txt.gz")
	f.Add([]byte("<div><div><div><p>deep"), "x")
	p := &Pipeline{Options: Options{MaxSize: 1 << 20}}
	p.setup()
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		items, errs := p.items(context.Background(), source{origin: name, name: name, data: data})
		for _, it := range items {
			if strings.TrimSpace(it.text) == "" {
				t.Fatalf("item with empty text accepted from %q", data)
			}
			if !utf8.ValidString(it.text) && utf8.Valid(data) {
				t.Fatalf("valid UTF-8 input gave invalid text %q", it.text)
			}
		}
		if len(items) == 0 && len(errs) == 0 {
			t.Fatalf("input %q gave neither documents nor an error", data)
		}
	})
}
