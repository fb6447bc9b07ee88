package postgres

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
		code     string
	}{
		{"Bannu", `Bannu`, ""},
		{"  North   Waziristan ", `North & Waziristan`, ""},
		{`say "hi"`, `say & hi`, ""},
		{"martyr*", `martyr:*`, ""},
		{"NEAR(a b)", `(NEAR <-> a) & b`, ""},
		{"title:Bannu", `(title <-> Bannu)`, ""},
		{"north-wazir*", `(north <-> wazir:*)`, ""},
		{"'; DROP TABLE x; --", `DROP & TABLE & x`, ""},
		{"a & !b | c <-> d", `a & b & c & d`, ""},
		{"کوئٹہ", `کوئٹہ`, ""},
		{"a\x000", `(a <-> 0)`, ""},
		{"bad\xffbyte", `(bad <-> byte)`, ""},
		{`"`, "", vigil.EINVALID},
		{"* -- ()", "", vigil.EINVALID},
		{"", "", vigil.EINVALID},
	}
	for _, tt := range tests {
		got, err := tsQuery(tt.in)
		if tt.code != "" {
			if vigil.ErrorCode(err) != tt.code {
				t.Errorf("tsQuery(%q) error %v, want code %s", tt.in, err, tt.code)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("tsQuery(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`a = ? AND b IN (?, ?)`, `a = $1 AND b IN ($2, $3)`},
		{`? ? ? ? ? ? ? ? ? ? ?`, `$1 $2 $3 $4 $5 $6 $7 $8 $9 $10 $11`},
	}
	for _, tt := range tests {
		if got := rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSearch checks that no search text makes PostgreSQL report an error:
// it either searches or is refused with EINVALID.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"Bannu", `"`, "NEAR(", "'; DROP TABLE documents", "a | b", "x*", "!start", "col:val",
		"(", "-", "ہلاک", "\x00", "a <-> b", "a:*B", "\\", "''", "x:A", "1.5e3", "co-operation*"} {
		f.Add(seed)
	}
	s := openFresh(f)
	text := "Militants attacked a post in Bannu; the co-operation of elders helped."
	if _, _, err := s.AddDocument(context.Background(), &vigil.Document{Title: "t", Text: text, ContentHash: hashOf(text)}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Documents(context.Background(), vigil.DocumentFilter{Text: q})
		if err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("Documents(Text: %q): %v", q, err)
		}
		_, err = s.Incidents(context.Background(), vigil.Filter{Text: q})
		if err != nil && vigil.ErrorCode(err) != vigil.EINVALID {
			t.Errorf("Incidents(Text: %q): %v", q, err)
		}
	})
}
