// Package accounts manages vigil's organisations, users, login sessions and
// API tokens, and tells who is asking: it turns a session cookie or a bearer
// token into a vigil.Viewer (organisation, user, partner organisations) and
// a role. Passwords are hashed with argon2id; session ids and tokens are
// random 256-bit values stored only as SHA-256 digests; login attempts are
// throttled per user and per IP address (IPv6 /64), with the failures
// counted in the store, so every server on one database counts the same
// ones; every login, logout, token use and account change is written to the
// audit log. No secret is ever logged.
package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Store is what accounts needs from a vigil store: the accounts tables, the
// failed-login counts and the audit log. Both vigil stores provide it.
type Store interface {
	vigil.AccountStore
	vigil.LoginThrottle
	AddAudit(ctx context.Context, e vigil.AuditEntry) error
}

// Errors a login or an authentication may end with. They say nothing about
// which part was wrong, so they can be shown as they are.
var (
	ErrBadCredentials = errors.New("wrong user name or password")
	ErrThrottled      = errors.New("too many failed logins; try again later")
	ErrBadToken       = errors.New("unknown, expired or revoked token")
	ErrNoSession      = errors.New("no valid session")
	// ErrThrottleDown is a login refused because the failed-login counts
	// could not be read or written: a login is never let through
	// unthrottled.
	ErrThrottleDown = errors.New("logins cannot be checked just now; try again in a minute")
)

// ThrottledError is ErrThrottled with the time to wait.
type ThrottledError struct{ RetryAfter time.Duration }

func (e *ThrottledError) Error() string { return ErrThrottled.Error() }

// Unwrap lets errors.Is(err, ErrThrottled) match.
func (e *ThrottledError) Unwrap() error { return ErrThrottled }

// Principal is an authenticated caller.
type Principal struct {
	User   vigil.User
	Viewer vigil.Viewer
	// Scope is the token's scope, or "" for a browser session, which may do
	// all the user's role allows.
	Scope   vigil.Scope
	TokenID int64
}

// Role is the role the caller acts with: the user's role, narrowed by the
// token's scope (read acts as a viewer, write as at most a reviewer).
func (p *Principal) Role() vigil.Role {
	r := p.User.Role
	switch p.Scope {
	case vigil.ScopeRead:
		return vigil.RoleViewer
	case vigil.ScopeWrite:
		if r == vigil.RoleAdmin {
			return vigil.RoleReviewer
		}
	}
	return r
}

// Service applies the account rules on a Store.
type Service struct {
	store Store
	limit Limiter
	log   *slog.Logger
	now   func() time.Time

	dummyOnce sync.Once
	dummy     string

	// Params are the argon2id costs new password hashes get.
	Params Params
	// SessionTTL is how long a login lasts (default 12 hours).
	SessionTTL time.Duration
	// SecureCookies marks the session cookie Secure. Leave it true unless
	// serving plain HTTP on loopback (see SecureCookies).
	SecureCookies bool
}

// Option configures a Service.
type Option func(*Service)

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// WithClock sets the clock, for tests of expiry and throttling.
func WithClock(now func() time.Time) Option { return func(s *Service) { s.now = now } }

// WithLimiter sets the login throttling rule (default NewLimiter()).
func WithLimiter(l *Limiter) Option { return func(s *Service) { s.limit = *l } }

// New returns a Service on store.
func New(store Store, opts ...Option) *Service {
	s := &Service{
		store:         store,
		limit:         *NewLimiter(),
		log:           slog.Default(),
		now:           time.Now,
		Params:        DefaultParams,
		SessionTTL:    12 * time.Hour,
		SecureCookies: true,
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// audit writes one audit entry. A failure to audit is logged, not
// returned: the action it records has already happened.
func (s *Service) audit(ctx context.Context, actor, action, object, reason string) {
	e := vigil.AuditEntry{At: s.now().UTC(), Actor: actor, Action: action, Object: object, Reason: reason}
	if err := s.store.AddAudit(ctx, e); err != nil {
		s.log.Error("accounts: audit failed", "action", action, "object", object, "err", err)
	}
}

// AddOrg creates an organisation.
func (s *Service) AddOrg(ctx context.Context, actor, name string) error {
	if _, err := s.store.AddOrg(ctx, name, s.now().UTC()); err != nil {
		return fmt.Errorf("accounts: add organisation: %w", err)
	}
	s.audit(ctx, actor, "org-add", "org:"+name, "")
	return nil
}

// Partner makes organisations a and b partners of each other: each then
// sees the other's GREEN and AMBER records.
func (s *Service) Partner(ctx context.Context, actor, a, b string) error {
	if err := s.store.AddPartnership(ctx, a, b, s.now().UTC()); err != nil {
		return fmt.Errorf("accounts: partner organisations: %w", err)
	}
	s.audit(ctx, actor, "org-partner", "org:"+a, "partner of "+b)
	return nil
}

// AddUser creates a user of org with role and password.
func (s *Service) AddUser(ctx context.Context, actor, name, org string, role vigil.Role, password string) error {
	if _, err := vigil.ParseRole(string(role)); err != nil {
		return fmt.Errorf("accounts: add user %q: %w", name, err)
	}
	hash, err := HashPassword(password, s.Params)
	if err != nil {
		return fmt.Errorf("accounts: add user %q: %w", name, err)
	}
	u := &vigil.User{Name: name, Org: org, Role: role, PasswordHash: hash, CreatedAt: s.now().UTC()}
	if _, err := s.store.AddUser(ctx, u); err != nil {
		return fmt.Errorf("accounts: add user: %w", err)
	}
	s.audit(ctx, actor, "user-add", "user:"+name, "role "+string(role)+" in "+org)
	return nil
}

// SetPassword replaces a user's password and ends their sessions.
func (s *Service) SetPassword(ctx context.Context, actor, name, password string) error {
	hash, err := HashPassword(password, s.Params)
	if err != nil {
		return fmt.Errorf("accounts: set password of %q: %w", name, err)
	}
	if err := s.store.SetPassword(ctx, name, hash); err != nil {
		return fmt.Errorf("accounts: set password: %w", err)
	}
	s.audit(ctx, actor, "user-passwd", "user:"+name, "")
	return nil
}

// DisableUser stops a user logging in and ends their sessions; their
// tokens stop working too.
func (s *Service) DisableUser(ctx context.Context, actor, name string) error {
	if err := s.store.SetUserDisabled(ctx, name, true); err != nil {
		return fmt.Errorf("accounts: disable user: %w", err)
	}
	s.audit(ctx, actor, "user-disable", "user:"+name, "")
	return nil
}

// randomSecret returns 256 random bits, URL-safe base64 encoded.
func randomSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("accounts: random secret: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func digest(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

// Login checks name and password from address ip and starts a session,
// returning its id (for the cookie, never stored) and the user. A caller
// holding an old session id must end it (see LoginHandler): each login gets
// a new id, so an id planted before login is worth nothing after.
func (s *Service) Login(ctx context.Context, name, password, ip string) (string, *vigil.User, error) {
	now := s.now()
	userKey, ipKey := loginKeys(name, ip)
	// The attempt is counted as a failure before the password is checked,
	// in the same transaction that checks the counts, and taken back if
	// the password is right: guesses sent at once, to any server on this
	// database, cannot all pass the check before any is counted.
	retry, err := s.store.TakeLoginAttempt(ctx, now, s.limit, userKey, ipKey)
	if err != nil {
		s.log.Error("accounts: login refused: failed logins cannot be counted", "err", err)
		return "", nil, fmt.Errorf("%w (%w)", ErrThrottleDown, err)
	}
	if retry > 0 {
		s.log.Warn("accounts: login throttled", "user", name, "ip", ip)
		s.audit(ctx, name, "login-throttled", "user:"+name, "from "+ip)
		return "", nil, &ThrottledError{RetryAfter: retry}
	}
	u, err := s.checkPassword(ctx, name, password)
	if err != nil {
		s.log.Info("accounts: login failed", "user", name, "ip", ip)
		s.audit(ctx, name, "login-failed", "user:"+name, "from "+ip)
		return "", nil, err
	}
	// The user's failures are forgotten; the address keeps its earlier
	// ones, less this attempt. Failing here only leaves a count too high.
	if err := s.store.SettleLoginAttempt(ctx, []vigil.LoginKey{userKey}, []vigil.LoginKey{ipKey}); err != nil {
		s.log.Error("accounts: forget failed logins", "user", u.Name, "err", err)
	}
	id, err := randomSecret()
	if err != nil {
		return "", nil, err
	}
	sess := vigil.Session{User: u.Name, CreatedAt: now.UTC(), ExpiresAt: now.Add(s.SessionTTL).UTC()}
	if err := s.store.AddSession(ctx, digest(id), sess); err != nil {
		return "", nil, fmt.Errorf("accounts: login: %w", err)
	}
	s.log.Info("accounts: login", "user", u.Name, "ip", ip)
	s.audit(ctx, u.Name, "login", "user:"+u.Name, "from "+ip)
	return id, u, nil
}

// checkPassword returns the user if name exists, is enabled and has that
// password, and ErrBadCredentials otherwise. An unknown user costs the same
// hashing as a known one, so timing does not tell which names exist.
func (s *Service) checkPassword(ctx context.Context, name, password string) (*vigil.User, error) {
	u, err := s.store.User(ctx, name)
	if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
		return nil, fmt.Errorf("accounts: login: %w", err)
	}
	hash := s.dummyHash()
	if u != nil {
		hash = u.PasswordHash
	}
	ok, verr := VerifyPassword(hash, password)
	if verr != nil {
		s.log.Error("accounts: unreadable password hash", "user", name, "err", verr)
	}
	if u == nil || !ok || u.Disabled {
		return nil, ErrBadCredentials
	}
	return u, nil
}

// dummyHash is a hash of no one's password under the current costs,
// made once.
func (s *Service) dummyHash() string {
	s.dummyOnce.Do(func() {
		s.dummy, _ = HashPassword("no user has this password", s.Params)
	})
	return s.dummy
}

// Logout ends the session with id; ending an unknown one is not an error.
func (s *Service) Logout(ctx context.Context, id string) error {
	sess, err := s.store.Session(ctx, digest(id))
	if err != nil {
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			return nil
		}
		return fmt.Errorf("accounts: logout: %w", err)
	}
	if err := s.store.DeleteSession(ctx, digest(id)); err != nil {
		return fmt.Errorf("accounts: logout: %w", err)
	}
	s.audit(ctx, sess.User, "logout", "user:"+sess.User, "")
	return nil
}

// FromSession authenticates a session id.
func (s *Service) FromSession(ctx context.Context, id string) (*Principal, error) {
	if id == "" {
		return nil, ErrNoSession
	}
	sess, err := s.store.Session(ctx, digest(id))
	if vigil.ErrorCode(err) == vigil.ENOTFOUND {
		return nil, ErrNoSession
	}
	if err != nil {
		return nil, fmt.Errorf("accounts: session: %w", err)
	}
	if !s.now().Before(sess.ExpiresAt) {
		// Expired sessions are deleted as they are met.
		if err := s.store.DeleteSession(ctx, digest(id)); err != nil {
			s.log.Error("accounts: delete expired session", "err", err)
		}
		return nil, ErrNoSession
	}
	p, err := s.principal(ctx, sess.User)
	if errors.Is(err, ErrBadCredentials) {
		return nil, ErrNoSession
	}
	return p, err
}

// principal builds the Principal of an enabled user, with their
// organisation's partners.
func (s *Service) principal(ctx context.Context, name string) (*Principal, error) {
	u, err := s.store.User(ctx, name)
	if vigil.ErrorCode(err) == vigil.ENOTFOUND {
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("accounts: user: %w", err)
	}
	if u.Disabled {
		return nil, ErrBadCredentials
	}
	org, err := s.store.Org(ctx, u.Org)
	if err != nil {
		return nil, fmt.Errorf("accounts: organisation of %q: %w", u.Name, err)
	}
	return &Principal{User: *u, Viewer: vigil.Viewer{Org: org.Name, User: u.Name, Partners: org.Partners}}, nil
}

// tokenPrefix marks vigil tokens, so that secret scanners can find leaked
// ones.
const tokenPrefix = "vigil_"

// CreateToken makes an API token for user with scope, valid for ttl. The
// token is returned once and never stored; t describes it.
func (s *Service) CreateToken(ctx context.Context, actor, user string, scope vigil.Scope, ttl time.Duration) (token string, t *vigil.APIToken, err error) {
	if _, err := vigil.ParseScope(string(scope)); err != nil {
		return "", nil, fmt.Errorf("accounts: create token: %w", err)
	}
	if ttl <= 0 {
		return "", nil, fmt.Errorf("accounts: create token: expiry must be in the future, not %s", ttl)
	}
	secret, err := randomSecret()
	if err != nil {
		return "", nil, err
	}
	token = tokenPrefix + secret
	now := s.now().UTC()
	t = &vigil.APIToken{User: user, Scope: scope, Hash: digest(token), CreatedAt: now, ExpiresAt: now.Add(ttl)}
	if _, err := s.store.AddToken(ctx, t); err != nil {
		return "", nil, fmt.Errorf("accounts: create token: %w", err)
	}
	s.audit(ctx, actor, "token-create", "token:"+strconv.FormatInt(t.ID, 10), "for "+user+", scope "+string(scope))
	return token, t, nil
}

// RevokeToken revokes token id.
func (s *Service) RevokeToken(ctx context.Context, actor string, id int64) error {
	if err := s.store.RevokeToken(ctx, id, s.now().UTC()); err != nil {
		return fmt.Errorf("accounts: revoke token: %w", err)
	}
	s.audit(ctx, actor, "token-revoke", "token:"+strconv.FormatInt(id, 10), "")
	return nil
}

// FromToken authenticates an API token. The store finds the token by its
// SHA-256 digest and the digests are then compared in constant time, so
// neither step's timing says how much of a guess was right.
func (s *Service) FromToken(ctx context.Context, token string) (*Principal, error) {
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 200 {
		return nil, ErrBadToken
	}
	want := digest(token)
	t, err := s.store.TokenByHash(ctx, want)
	if vigil.ErrorCode(err) == vigil.ENOTFOUND {
		s.log.Info("accounts: unknown token")
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, fmt.Errorf("accounts: token: %w", err)
	}
	object := "token:" + strconv.FormatInt(t.ID, 10)
	now := s.now()
	if subtle.ConstantTimeCompare(t.Hash, want) != 1 || !t.RevokedAt.IsZero() || !now.Before(t.ExpiresAt) {
		s.log.Info("accounts: refused token", "token", t.ID, "user", t.User)
		s.audit(ctx, t.User, "token-refused", object, "revoked or expired")
		return nil, ErrBadToken
	}
	p, err := s.principal(ctx, t.User)
	if errors.Is(err, ErrBadCredentials) {
		s.audit(ctx, t.User, "token-refused", object, "user disabled")
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, err
	}
	p.Scope, p.TokenID = t.Scope, t.ID
	if err := s.store.TouchToken(ctx, t.ID, now.UTC()); err != nil {
		s.log.Error("accounts: record token use", "token", t.ID, "err", err)
	}
	s.audit(ctx, t.User, "token-use", object, "")
	return p, nil
}
