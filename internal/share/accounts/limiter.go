package accounts

import (
	"crypto/sha256"
	"net/netip"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Limiter is the rule that throttles logins (see vigil.LoginLimit). The
// failures it counts are kept in the store (vigil.LoginThrottle), not in
// memory: every server on one database counts the same failures, and a
// restart keeps them.
type Limiter = vigil.LoginLimit

// NewLimiter returns the default rule: 5 failures per 15 minutes.
func NewLimiter() *Limiter {
	return &Limiter{MaxFailures: 5, Window: 15 * time.Minute}
}

// loginKeys are the keys a login by name from ip is counted against: the
// typed name and the client's address (see addressKey), each only as a
// SHA-256 digest, so the store holds no name or address in plain text. A
// digest is no secret: whoever reads the table can find an IPv4 address or
// a common name by trying them all. That is why a count is kept only as
// long as it can matter (vigil.LoginLimit.KeepFor) and then dropped.
func loginKeys(name, ip string) (user, address vigil.LoginKey) {
	return loginKey("user", name), loginKey("address", addressKey(ip))
}

func loginKey(kind, key string) vigil.LoginKey {
	// The kind is part of what is hashed, so a user named like an address
	// is another key.
	sum := sha256.Sum256([]byte(kind + "\x00" + key))
	return vigil.LoginKey{Kind: kind, Digest: sum[:]}
}

// addressKey is the part of a client address failures are counted
// against: an IPv4 address, or the /64 network of an IPv6 one, since one
// IPv6 host is usually given a whole /64 and could otherwise guess from a
// new address each time.
func addressKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.WithZone("").Prefix(64)
	if err != nil {
		return ip
	}
	return p.String()
}
