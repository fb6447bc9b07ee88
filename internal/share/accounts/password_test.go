package accounts

import (
	"strings"
	"testing"
)

func TestPasswordDefaultParams(t *testing.T) {
	h, err := HashPassword("correct horse battery", DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=4$") {
		t.Errorf("hash %q does not record RFC 9106's second recommended parameters", h)
	}
	h2, err := HashPassword("correct horse battery", DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	if h == h2 {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
	for _, c := range []struct {
		pw   string
		want bool
	}{
		{"correct horse battery", true},
		{"correct horse batter", false},
		{"Correct horse battery", false},
		{"", false},
		{strings.Repeat("x", maxPassword+1), false},
	} {
		ok, err := VerifyPassword(h, c.pw)
		if err != nil || ok != c.want {
			t.Errorf("VerifyPassword(%.20q) = %v, %v; want %v", c.pw, ok, err, c.want)
		}
	}
}

// TestRaisedParams checks that a hash made under older, cheaper costs
// still verifies once the defaults are raised.
func TestRaisedParams(t *testing.T) {
	old := Params{Memory: 1024, Time: 1, Threads: 1}
	h, err := HashPassword("an older password", old)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := VerifyPassword(h, "an older password"); !ok || err != nil {
		t.Errorf("old-cost hash: %v, %v", ok, err)
	}
}

func TestHashPasswordRefuses(t *testing.T) {
	for _, pw := range []string{"", "short", strings.Repeat("y", maxPassword+1)} {
		if _, err := HashPassword(pw, DefaultParams); err == nil {
			t.Errorf("HashPassword accepted a %d-byte password", len(pw))
		}
	}
}

func TestDecodeHashRefuses(t *testing.T) {
	good := "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$" + strings.Repeat("A", 43)
	if _, _, _, err := decodeHash(good); err != nil {
		t.Fatalf("good hash refused: %v", err)
	}
	bad := map[string]string{
		"empty":          "",
		"bcrypt":         "$2a$10$abcdefghijklmnopqrstuv",
		"argon2i":        strings.Replace(good, "argon2id", "argon2i", 1),
		"old version":    strings.Replace(good, "v=19", "v=16", 1),
		"huge memory":    strings.Replace(good, "m=64", "m=4194304", 1),
		"zero time":      strings.Replace(good, "t=1", "t=0", 1),
		"many passes":    strings.Replace(good, "t=1", "t=1000", 1),
		"zero threads":   strings.Replace(good, "p=1", "p=0", 1),
		"bad salt":       strings.Replace(good, "c2FsdHNhbHRzYWx0", "!!", 1),
		"short key":      "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$AAAA",
		"extra field":    good + "$x",
		"garbled params": strings.Replace(good, "m=64,t=1,p=1", "m=x", 1),
	}
	for name, h := range bad {
		if _, _, _, err := decodeHash(h); err == nil {
			t.Errorf("%s: %q accepted", name, h)
		}
		if ok, err := VerifyPassword(h, "anything at all"); ok || err == nil {
			t.Errorf("%s: VerifyPassword = %v, %v", name, ok, err)
		}
	}
}

// FuzzDecodeHash checks that no stored string makes decoding panic or
// accept costs beyond the limits.
func FuzzDecodeHash(f *testing.F) {
	f.Add("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$" + strings.Repeat("A", 43))
	f.Add("$argon2id$v=19$m=64,t=1,p=1$$")
	f.Add("$argon2id$v=19$m=-1,t=1,p=1$c2FsdA$AAAA")
	f.Add("$$$$$")
	f.Fuzz(func(t *testing.T, s string) {
		p, salt, key, err := decodeHash(s)
		if err != nil {
			return
		}
		if p.Memory > maxMemory || p.Time > maxTime || p.Time < 1 || p.Threads < 1 || len(salt) < 8 || len(key) < 16 {
			t.Errorf("decodeHash(%q) accepted %+v, salt %d, key %d bytes", s, p, len(salt), len(key))
		}
	})
}

func BenchmarkVerifyPassword(b *testing.B) {
	h, err := HashPassword("correct horse battery", DefaultParams)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _ := VerifyPassword(h, "correct horse battery"); !ok {
			b.Fatal("no match")
		}
	}
}
