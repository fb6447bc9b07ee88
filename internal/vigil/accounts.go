package vigil

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Role is what a user may do. Each role may do everything the roles before
// it may.
type Role string

// The roles, from the least to the most powerful.
const (
	RoleViewer   Role = "viewer"   // reads what their markings allow
	RoleAnalyst  Role = "analyst"  // also ingests and edits incidents
	RoleReviewer Role = "reviewer" // also verifies analysts' work
	RoleAdmin    Role = "admin"    // also manages organisations, users and tokens
)

// Roles lists the roles from the least to the most powerful.
var Roles = []Role{RoleViewer, RoleAnalyst, RoleReviewer, RoleAdmin}

// ParseRole reads a role name, in any case.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range Roles {
		if r == known {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "unknown role %q: use viewer, analyst, reviewer or admin", s)
}

// AtLeast reports whether r may do what min may. An unknown role may do
// nothing.
func (r Role) AtLeast(min Role) bool {
	return roleRank(r) >= 0 && roleRank(r) >= roleRank(min)
}

func roleRank(r Role) int {
	for i, known := range Roles {
		if r == known {
			return i
		}
	}
	return -1
}

// Scope limits what an API token may do, whatever its user's role.
type Scope string

// The token scopes: read only, read and write, and administration.
const (
	ScopeRead  Scope = "read"
	ScopeWrite Scope = "write"
	ScopeAdmin Scope = "admin"
)

// ParseScope reads a scope name, in any case.
func ParseScope(s string) (Scope, error) {
	switch sc := Scope(strings.ToLower(strings.TrimSpace(s))); sc {
	case ScopeRead, ScopeWrite, ScopeAdmin:
		return sc, nil
	}
	return "", Errorf(EINVALID, "unknown token scope %q: use read, write or admin", s)
}

// Org is an organisation: the owner of marked records and the unit whose
// partnerships decide who sees GREEN and AMBER.
type Org struct {
	ID        int64
	Name      string
	Partners  []string // names of partner organisations, sorted
	CreatedAt time.Time
}

// User is a person who logs in. PasswordHash is an argon2id encoding,
// never the password.
type User struct {
	ID           int64
	Name         string
	Org          string
	Role         Role
	PasswordHash string
	Disabled     bool
	CreatedAt    time.Time
}

// Session is a logged-in browser. Its id is known only to the browser; the
// store keeps the id's SHA-256.
type Session struct {
	User      string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// APIToken is a bearer token for programs. The token itself is shown once
// when created; the store keeps its SHA-256 in Hash.
type APIToken struct {
	ID         int64
	User       string
	Scope      Scope
	Hash       []byte
	CreatedAt  time.Time
	ExpiresAt  time.Time
	LastUsedAt time.Time // zero if never used
	RevokedAt  time.Time // zero unless revoked
}

// AccountStore keeps organisations, users, sessions and API tokens. It
// stores and finds; the rules (hashing, expiry, throttling) live in package
// accounts. Errors carry codes: ENOTFOUND for a missing name, id or hash,
// ECONFLICT for a name already taken, EINVALID for bad input.
type AccountStore interface {
	AddOrg(ctx context.Context, name string, at time.Time) (int64, error)
	Org(ctx context.Context, name string) (*Org, error)
	// Orgs lists every organisation by name, with its partners.
	Orgs(ctx context.Context) ([]Org, error)
	// AddPartnership makes a and b partners of each other. Adding an
	// existing partnership is not an error.
	AddPartnership(ctx context.Context, a, b string, at time.Time) error

	AddUser(ctx context.Context, u *User) (int64, error)
	User(ctx context.Context, name string) (*User, error)
	Users(ctx context.Context) ([]User, error)
	// SetUserDisabled disables or re-enables a user; disabling ends the
	// user's sessions.
	SetUserDisabled(ctx context.Context, name string, disabled bool) error
	// SetPassword replaces a user's password hash and ends the user's
	// sessions, so a stolen session dies with the old password.
	SetPassword(ctx context.Context, name, hash string) error

	AddSession(ctx context.Context, idHash []byte, s Session) error
	Session(ctx context.Context, idHash []byte) (*Session, error)
	DeleteSession(ctx context.Context, idHash []byte) error

	AddToken(ctx context.Context, t *APIToken) (int64, error)
	// TokenByHash finds a token, revoked and expired ones included.
	TokenByHash(ctx context.Context, hash []byte) (*APIToken, error)
	Tokens(ctx context.Context) ([]APIToken, error)
	TouchToken(ctx context.Context, id int64, at time.Time) error
	RevokeToken(ctx context.Context, id int64, at time.Time) error
}

// CheckAccountName refuses a name no organisation or user should carry:
// empty, longer than 100 bytes, invalid UTF-8, with control characters or
// surrounding spaces. Any other text is a name, quotes and semicolons
// included: stores bind it as a parameter.
func CheckAccountName(kind, name string) error {
	switch {
	case name == "":
		return Errorf(EINVALID, "%s name is empty", kind)
	case len(name) > 100:
		return Errorf(EINVALID, "%s name is longer than 100 bytes", kind)
	case !utf8.ValidString(name):
		return Errorf(EINVALID, "%s name is not valid UTF-8", kind)
	case strings.TrimSpace(name) != name:
		return Errorf(EINVALID, "%s name %q starts or ends with a space", kind, name)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return Errorf(EINVALID, "%s name %q contains a control character", kind, name)
	}
	return nil
}
