package sqlite

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
		code     string
	}{
		{"Bannu", `"Bannu"`, ""},
		{"  North   Waziristan ", `"North" "Waziristan"`, ""},
		{`say "hi"`, `"say" """hi"""`, ""},
		{"martyr*", `"martyr"*`, ""},
		{"NEAR(a b)", `"NEAR(a" "b)"`, ""},
		{"'; DROP TABLE x; --", `"DROP" "TABLE" "x;"`, ""},
		{"کوئٹہ", `"کوئٹہ"`, ""},
		{"a\x000", `"a" "0"`, ""},
		{`"`, "", vigil.EINVALID},
		{"* -- ()", "", vigil.EINVALID},
		{"", "", vigil.EINVALID},
	}
	for _, tt := range tests {
		got, err := ftsQuery(tt.in)
		if tt.code != "" {
			if vigil.ErrorCode(err) != tt.code {
				t.Errorf("ftsQuery(%q) error %v, want code %s", tt.in, err, tt.code)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ftsQuery(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// FuzzSearch checks that no search text makes the database report a syntax
// error: it either searches or is refused with EINVALID.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"Bannu", `"`, "NEAR(", "'; DROP TABLE documents", "a OR b", "x*", "^start", "col:val", "(", "-", "ہلاک", "\x00"} {
		f.Add(seed)
	}
	s, err := Open(context.Background(), f.TempDir()+"/fuzz.db")
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.AddDocument(context.Background(), &vigil.Document{Title: "t", Text: "Militants attacked a post in Bannu.", ContentHash: "h"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Documents(context.Background(), vigil.DocumentFilter{Text: q})
		if err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("Documents(Text: %q): %v", q, err)
		}
	})
}
