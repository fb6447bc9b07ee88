package ingest

import (
	"strings"
	"testing"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name, data, contentType string
		want, wantErr           string
	}{
		{name: "utf-8", data: "Café in Quetta", want: "Café in Quetta"},
		{name: "utf-8 with BOM", data: "\xef\xbb\xbfCafé", want: "Café"},
		{name: "utf-16 with BOM", data: "\xff\xfeC\x00a\x00f\x00\xe9\x00", want: "Café"},
		{name: "http charset", data: "Caf\xe9", contentType: "text/plain; charset=ISO-8859-1", want: "Café"},
		{name: "meta charset", data: `<html><head><meta charset="windows-1252"></head><body>Caf` + "\xe9 \x93quoted\x94", want: "Café “quoted”"},
		{name: "meta http-equiv", data: `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf` + "\xe9", want: "Café"},
		{name: "xml declaration", data: `<?xml version="1.0" encoding="ISO-8859-1"?><a>Caf` + "\xe9</a>", want: "Café</a>"},
		{name: "http header overrides meta", data: `<meta charset="utf-8"><p>Caf` + "\xe9", contentType: "text/html; charset=windows-1252", want: "Café"},
		{name: "undeclared legacy bytes", data: "Caf\xe9", wantErr: "no declared encoding"},
		{name: "declared utf-8 but not", data: "Caf\xe9", contentType: "text/plain; charset=utf-8", wantErr: "declares UTF-8"},
		{name: "unknown charset", data: "Caf\xe9", contentType: "text/plain; charset=martian", wantErr: `unknown declared encoding "martian"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := toUTF8([]byte(tt.data), tt.contentType)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(got, tt.want) {
				t.Errorf("got %q, want it to end %q", got, tt.want)
			}
		})
	}
}

func TestSizes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"20MiB", 20 << 20}, {"512KiB", 512 << 10}, {"1GiB", 1 << 30}, {"20MB", 20e6}, {"1000", 1000}, {"64K", 64 << 10},
		{"", -1}, {"lots", -1}, {"-5MiB", -1}, {"1.5MiB", -1}, {"0", -1},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if tt.want < 0 {
			if err == nil {
				t.Errorf("ParseSize(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
		if back, err := ParseSize(FormatSize(got)); err != nil || back != got {
			t.Errorf("FormatSize(%d) = %q does not read back", got, FormatSize(got))
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		data string
		want kind
	}{
		{"<!DOCTYPE html><html>", kindHTML},
		{"  <html><body>", kindHTML},
		{"<div><p>text</p></div>", kindHTML},
		{`[{"id": "a"}]`, kindJSON},
		{"{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}", kindJSON},
		{"{\"id\": \"a\"}\n{\"id\": \"b\"}\n", kindJSONL},
		{"Two soldiers were martyred.", kindText},
		{"<3 is not a tag", kindText},
		{"[Updated] Two soldiers were martyred.", kindText},
		{"{braces} open this text", kindText},
		{"{\"id\": \"a\"}\n{\"id\": broken}\n", kindJSONL},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.data)); got != tt.want {
			t.Errorf("sniff(%q) = %d, want %d", tt.data, got, tt.want)
		}
	}
}
