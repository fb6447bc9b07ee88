package accounts

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// CookieName is the session cookie.
const CookieName = "vigil_session"

type principalKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the caller Middleware authenticated, or nil for an
// anonymous one.
func PrincipalFrom(ctx context.Context) *Principal {
	p, _ := ctx.Value(principalKey{}).(*Principal)
	return p
}

// ViewerFrom returns who is asking, for the store's marking filter: the
// zero (anonymous) Viewer when no one logged in.
func ViewerFrom(ctx context.Context) vigil.Viewer {
	if p := PrincipalFrom(ctx); p != nil {
		return p.Viewer
	}
	return vigil.Viewer{}
}

// RoleFrom returns the role the caller acts with, "" when anonymous.
func RoleFrom(ctx context.Context) vigil.Role {
	if p := PrincipalFrom(ctx); p != nil {
		return p.Role()
	}
	return ""
}

// bearer returns the token of an "Authorization: Bearer" header, or of
// HTTP Basic authentication's password (TAXII clients often send that).
func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", false
	}
	if scheme, rest, ok := strings.Cut(h, " "); ok && strings.EqualFold(scheme, "Bearer") {
		return strings.TrimSpace(rest), true
	}
	if _, pass, ok := r.BasicAuth(); ok {
		return pass, true
	}
	return "", true
}

// Middleware authenticates each request by its bearer token or session
// cookie and puts the caller in the request's context (see ViewerFrom,
// RoleFrom), together with the caller's vigil.Viewer (vigil.WithViewer),
// which the store's marking filter reads: the anonymous viewer when no one
// logged in, whatever viewer the server's own context carried. A request
// without credentials goes on anonymous; one with a bad token is refused
// with 401, because a program that sent a token expects to act as someone;
// a bad or expired cookie is cleared and the request goes on anonymous.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if token, ok := bearer(r); ok {
			p, err := s.FromToken(ctx, token)
			if err != nil {
				unauthorized(w, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(withCaller(ctx, p)))
			return
		}
		if c, err := r.Cookie(CookieName); err == nil {
			p, err := s.FromSession(ctx, c.Value)
			if err == nil {
				next.ServeHTTP(w, r.WithContext(withCaller(ctx, p)))
				return
			}
			if !errors.Is(err, ErrNoSession) {
				s.log.Error("accounts: session lookup", "err", err)
				lookupFailed(w, r)
				return
			}
			http.SetCookie(w, s.cookie("", -1))
		}
		next.ServeHTTP(w, r.WithContext(vigil.WithViewer(ctx, vigil.Viewer{})))
	})
}

// lookupFailed answers a request whose session could not be looked up
// because the store failed. Under /api/ every answer is the API's JSON
// error body, which programs parse whatever went wrong; the desk's pages
// get a plain 500.
func lookupFailed(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeError(w, http.StatusInternalServerError, vigil.EINTERNAL, "internal error")
		return
	}
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// withCaller returns ctx carrying p and p's viewer.
func withCaller(ctx context.Context, p *Principal) context.Context {
	return vigil.WithViewer(WithPrincipal(ctx, p), p.Viewer)
}

// unauthorized refuses a request whose bearer token did not authenticate.
// Only programs send bearer tokens, so the answer is the API's JSON error
// body; a failure to look the token up is a 500, not the caller's fault.
func unauthorized(w http.ResponseWriter, err error) {
	if !errors.Is(err, ErrBadToken) {
		writeError(w, http.StatusInternalServerError, vigil.EINTERNAL, "internal error")
		return
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="vigil", error="invalid_token"`)
	writeError(w, http.StatusUnauthorized, "unauthorized", ErrBadToken.Error())
}

// writeError writes the JSON error body the API uses everywhere:
// {"error": {"code": ..., "message": ...}}.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	// The client may have gone; nothing useful can be done about it here.
	_ = json.NewEncoder(w).Encode(map[string]map[string]string{"error": {"code": code, "message": message}})
}

// Require lets through only callers whose role is at least min: anonymous
// callers get 401, others 403, each with a JSON error body.
func Require(min vigil.Role, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := PrincipalFrom(r.Context())
		switch {
		case p == nil:
			w.Header().Set("WWW-Authenticate", `Bearer realm="vigil"`)
			writeError(w, http.StatusUnauthorized, "unauthorized", "log in first")
		case !p.Role().AtLeast(min):
			writeError(w, http.StatusForbidden, "forbidden", "your role may not do this")
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// cookie builds the session cookie; maxAge < 0 deletes it.
func (s *Service) cookie(value string, maxAge int) *http.Cookie {
	return &http.Cookie{
		Name:     CookieName,
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		Secure:   s.SecureCookies,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	}
}

// SecureCookies reports whether a server listening on addr should mark its
// cookies Secure: always, except for plain HTTP on a loopback address,
// where browsers would otherwise drop them (the local demo).
func SecureCookies(addr string, tls bool) bool {
	return tls || !IsLoopback(addr)
}

// IsLoopback reports whether a server listening on addr (HOST:PORT, or a
// bare host) can be reached from this machine only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// clientIP is the request's remote address without the port. Headers such
// as X-Forwarded-For are ignored: anyone can send them.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// sameOrigin refuses a cross-site form post: a browser sends Origin with
// every POST, and it must name this host.
func sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true // not a browser, or an old one; SameSite still applies
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host
}

// samePost answers 405 to anything but POST and 403 to a cross-site POST,
// and reports whether the request may go on.
func samePost(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return false
	}
	if !sameOrigin(r) {
		http.Error(w, "cross-site form refused", http.StatusForbidden)
		return false
	}
	return true
}

// localPath returns next if it is a path on this site, "/" otherwise, so
// that a login link cannot send the user elsewhere.
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// LoginHandler serves POST /login with the form fields "user", "password"
// and optionally "next" (where to go after). On success it ends any session
// the browser already had, sets a new session cookie and redirects (303);
// it answers 401 for wrong credentials, 429 with Retry-After when
// throttled, and 503 with Retry-After when the failed-login counts cannot
// be read (the login is refused, never let through unthrottled).
func (s *Service) LoginHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !samePost(w, r) {
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
		if err := r.ParseForm(); err != nil {
			msg := "the login form cannot be read: " + err.Error()
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				msg = "the login form is over 8 KiB"
			}
			http.Error(w, msg, http.StatusBadRequest)
			return
		}
		// Session fixation: an id the browser brought is ended, never reused.
		if c, err := r.Cookie(CookieName); err == nil {
			if err := s.Logout(r.Context(), c.Value); err != nil {
				s.log.Error("accounts: end old session", "err", err)
			}
		}
		id, _, err := s.Login(r.Context(), r.PostForm.Get("user"), r.PostForm.Get("password"), clientIP(r))
		var throttled *ThrottledError
		switch {
		case errors.As(err, &throttled):
			w.Header().Set("Retry-After", strconv.Itoa(int(throttled.RetryAfter.Round(time.Second)/time.Second)))
			http.Error(w, err.Error(), http.StatusTooManyRequests)
			return
		case errors.Is(err, ErrBadCredentials):
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		case errors.Is(err, ErrThrottleDown):
			// The store's error is logged by Login, not shown.
			w.Header().Set("Retry-After", "60")
			http.Error(w, ErrThrottleDown.Error(), http.StatusServiceUnavailable)
			return
		case err != nil:
			s.log.Error("accounts: login", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		http.SetCookie(w, s.cookie(id, int(s.SessionTTL/time.Second)))
		http.Redirect(w, r, localPath(r.PostForm.Get("next")), http.StatusSeeOther)
	})
}

// LogoutHandler serves POST /logout: it ends the session, clears the cookie
// and redirects to /.
func (s *Service) LogoutHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !samePost(w, r) {
			return
		}
		if c, err := r.Cookie(CookieName); err == nil {
			if err := s.Logout(r.Context(), c.Value); err != nil {
				s.log.Error("accounts: logout", "err", err)
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
		}
		http.SetCookie(w, s.cookie("", -1))
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
}

// TAXII adapts the Service to taxii.Authenticator: API tokens sent as a
// bearer token or as the HTTP Basic password. Requests without credentials
// are anonymous when AllowAnonymous is set, and refused otherwise.
type TAXII struct {
	Service        *Service
	AllowAnonymous bool
}

var _ taxii.Authenticator = TAXII{}

// Authenticate implements taxii.Authenticator.
func (a TAXII) Authenticate(r *http.Request) (vigil.Viewer, error) {
	token, ok := bearer(r)
	if !ok {
		if a.AllowAnonymous {
			return vigil.Viewer{}, nil
		}
		return vigil.Viewer{}, taxii.ErrUnauthenticated
	}
	p, err := a.Service.FromToken(r.Context(), token)
	if errors.Is(err, ErrBadToken) {
		return vigil.Viewer{}, taxii.ErrUnauthenticated
	}
	if err != nil {
		return vigil.Viewer{}, err
	}
	return p.Viewer, nil
}
