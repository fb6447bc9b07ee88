package accounts

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id's costs. They are written into every encoded hash,
// so raising them later leaves existing passwords verifiable.
type Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
}

// DefaultParams is RFC 9106's second recommended option (section 4): 64 MiB,
// three passes, four lanes, for machines that cannot spare 2 GiB per login.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 4}

const (
	saltLen = 16 // 128 bits, as RFC 9106 recommends
	keyLen  = 32 // 256-bit tag

	// Limits on the costs read back from a stored hash, so that a corrupted
	// or hostile row cannot make one login allocate gigabytes.
	maxMemory = 1024 * 1024 // 1 GiB
	maxTime   = 16

	minPassword = 10
	maxPassword = 1024
)

var b64 = base64.RawStdEncoding

// HashPassword hashes password with argon2id under p and a random salt,
// encoded as "$argon2id$v=19$m=65536,t=3,p=4$SALT$HASH" (the PHC string
// format other argon2 tools read).
func HashPassword(password string, p Params) (string, error) {
	if err := checkPassword(password); err != nil {
		return "", err
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("accounts: password salt: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// checkPassword refuses passwords too short to resist guessing, or so long
// that hashing them is a way to waste the server's time.
func checkPassword(password string) error {
	if len(password) < minPassword {
		return fmt.Errorf("accounts: password is shorter than %d characters", minPassword)
	}
	if len(password) > maxPassword {
		return fmt.Errorf("accounts: password is longer than %d bytes", maxPassword)
	}
	return nil
}

// VerifyPassword reports whether password matches encoded, comparing in
// constant time. It fails only when encoded is not an argon2id hash it can
// read.
func VerifyPassword(encoded, password string) (bool, error) {
	p, salt, want, err := decodeHash(encoded)
	if err != nil {
		return false, err
	}
	if len(password) > maxPassword {
		return false, nil
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// decodeHash reads an encoded argon2id hash, refusing costs beyond the
// limits above.
func decodeHash(encoded string) (Params, []byte, []byte, error) {
	var p Params
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash is not in argon2id format")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash has unsupported version %q", parts[2])
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash has unreadable parameters %q: %w", parts[3], err)
	}
	if p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory || p.Time < 1 || p.Time > maxTime || p.Threads < 1 {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash has out-of-range parameters %q", parts[3])
	}
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash has a bad salt")
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) < 16 || len(key) > 64 {
		return p, nil, nil, fmt.Errorf("accounts: stored password hash has a bad key")
	}
	return p, salt, key, nil
}
