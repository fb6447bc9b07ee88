package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzText(f *testing.F) {
	f.Add("HomeAsiaAfghanistanTitle of the story\n\nTitle of the story\n\nBody paragraph.\n\nYOU MAY BE INTERESTED IN\nOther story\n")
	f.Add("- Advertisment -\n\u00a0\nShare\nThe views expressed in this article are the author's own.\n")
	f.Add("line one\r\nline two\r\n\r\nline one\r\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		out := Text(text)
		// Text drops whole lines and never edits a kept one: every kept line
		// is a line of the input, in the input's order.
		in := strings.Split(text, "\n")
		i := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			for i < len(in) && in[i] != l {
				i++
			}
			if i == len(in) {
				t.Fatalf("kept line %q is not an input line in order\ninput: %q\noutput: %q", l, text, out)
			}
			i++
		}
	})
}

func FuzzArticle(f *testing.F) {
	f.Add(`<html><head><title>T | Site</title><meta property="og:site_name" content="Site"></head><body><article><p>Two soldiers were martyred in an operation in Mir Ali on Friday, officials said in a statement.</p></article></body></html>`, "https://example.com/a")
	f.Add(strings.Repeat("<div>", 300)+"deep text"+strings.Repeat("</div>", 300), "")
	f.Add(`<script type="application/ld+json">{"@graph": [{"datePublished": "2024-10-05"}]}</script><p>x</p>`, "::bad url")
	f.Add("<table><tr><td><p><b><i>unclosed", "")
	f.Fuzz(func(t *testing.T, page, pageURL string) {
		r, err := Article(page, pageURL)
		if err != nil {
			return
		}
		if strings.TrimSpace(r.Text) == "" {
			t.Fatalf("Article returned empty text without an error for %q", page)
		}
		if utf8.ValidString(page) && !utf8.ValidString(r.Text) {
			t.Fatalf("valid UTF-8 page gave invalid text %q", r.Text)
		}
	})
}
