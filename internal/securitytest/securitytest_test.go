package securitytest

import (
	"html/template"
	"strings"
	"testing"
)

// Each payload written by html/template is safe; the same payload written
// raw is caught.
func TestUnsafeHTML(t *testing.T) {
	page := template.Must(template.New("p").Parse(
		`<p>{{.}}</p><a href="{{.}}">x</a><input value="{{.}}"><textarea>{{.}}</textarea><script src="/static/a.js"></script>`))
	caught := 0
	for _, p := range Payloads() {
		var b strings.Builder
		if err := page.Execute(&b, p.Value); err != nil {
			t.Fatal(err)
		}
		if bad := UnsafeHTML(b.String()); len(bad) > 0 {
			t.Errorf("%s escaped by html/template is reported: %q", p.Name, bad)
		}
		raw := `<p>` + p.Value + `</p><a href="` + p.Value + `">x</a>`
		if bad := UnsafeHTML(raw); p.Markup != (len(bad) > 0) {
			t.Errorf("%s written raw: reported %q, want reported %v", p.Name, bad, p.Markup)
		} else if p.Markup {
			caught++
		}
	}
	if caught < 5 {
		t.Errorf("only %d markup payloads caught", caught)
	}
	for _, tt := range []struct {
		page string
		safe bool
	}{
		{`<script src="/static/dashboard.js" defer></script>`, true},
		{`<script src="https://cdn.example/x.js"></script>`, false},
		{`<a href=" JaVa&#x09;Script:alert(1)">x</a>`, false},
		{`<a href="/incidents?text=javascript:x">x</a>`, true},
		{`<form action="javascript:alert(1)"></form>`, false},
		{`<div OnClick="x()"></div>`, false},
		{`<p>&lt;img src=x onerror=alert(1)&gt;</p>`, true},
		{`<img src="/static/favicon.svg">`, true},
		{`<iframe src="/"></iframe>`, false},
	} {
		if got := len(UnsafeHTML(tt.page)) == 0; got != tt.safe {
			t.Errorf("UnsafeHTML(%q) safe = %v, want %v", tt.page, got, tt.safe)
		}
	}
}
