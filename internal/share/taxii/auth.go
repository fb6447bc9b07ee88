package taxii

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// ErrUnauthenticated is what an Authenticator returns for missing or wrong
// credentials; the server answers 401.
var ErrUnauthenticated = errors.New("taxii: missing or wrong credentials")

// Authenticator tells who is asking. It returns ErrUnauthenticated (or an
// error wrapping it) when the request's credentials do not identify anyone
// it accepts; it returns the zero Viewer for anonymous access it allows.
type Authenticator interface {
	Authenticate(r *http.Request) (vigil.Viewer, error)
}

// StaticTokens authenticates API tokens from a fixed table, sent as
// "Authorization: Bearer TOKEN" or as the password of HTTP Basic
// authentication. Tokens are kept and compared as SHA-256 digests, every
// one of them on every request, so the time taken says nothing about which
// token came close.
type StaticTokens struct {
	entries   []tokenEntry
	anonymous bool
}

type tokenEntry struct {
	digest [sha256.Size]byte
	viewer vigil.Viewer
}

// NewStaticTokens builds the table. With allowAnonymous, a request without
// credentials is served as the anonymous viewer (CLEAR objects only).
func NewStaticTokens(tokens map[string]vigil.Viewer, allowAnonymous bool) *StaticTokens {
	s := &StaticTokens{anonymous: allowAnonymous}
	for tok, v := range tokens {
		s.entries = append(s.entries, tokenEntry{digest: sha256.Sum256([]byte(tok)), viewer: v})
	}
	return s
}

// AddDigest accepts the token whose SHA-256 digest is hexDigest (64 hex
// digits), for tables kept on disk without the tokens themselves.
func (s *StaticTokens) AddDigest(hexDigest string, v vigil.Viewer) error {
	b, err := hex.DecodeString(hexDigest)
	if err != nil || len(b) != sha256.Size {
		return vigil.Errorf(vigil.EINVALID, "token digest %q: want 64 hexadecimal digits (a SHA-256)", hexDigest)
	}
	var e tokenEntry
	copy(e.digest[:], b)
	e.viewer = v
	s.entries = append(s.entries, e)
	return nil
}

// Authenticate implements Authenticator.
func (s *StaticTokens) Authenticate(r *http.Request) (vigil.Viewer, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		if s.anonymous {
			return vigil.Viewer{}, nil
		}
		return vigil.Viewer{}, ErrUnauthenticated
	}
	var token, user string
	basic := false
	if scheme, rest, ok := strings.Cut(h, " "); ok && strings.EqualFold(scheme, "Bearer") {
		token = strings.TrimSpace(rest)
	} else if u, p, ok := r.BasicAuth(); ok {
		user, token, basic = u, p, true
	}
	if token == "" {
		return vigil.Viewer{}, ErrUnauthenticated
	}
	d := sha256.Sum256([]byte(token))
	var found *tokenEntry
	for i := range s.entries {
		if subtle.ConstantTimeCompare(d[:], s.entries[i].digest[:]) == 1 {
			found = &s.entries[i]
		}
	}
	if found == nil {
		return vigil.Viewer{}, ErrUnauthenticated
	}
	// With Basic, the user name must be the token's: a token sent under
	// another name is a mistake or a guess.
	if basic && user != found.viewer.User && !(found.viewer.User == "" && user == found.viewer.Org) {
		return vigil.Viewer{}, ErrUnauthenticated
	}
	return found.viewer, nil
}
