package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"

	"github.com/vigil-osint/vigil/internal/share/accounts"
)

// CSRF protection: every response that may lead to a state change sets a
// random token in a SameSite=Strict, HttpOnly cookie, and pages carry the
// same token in their forms (field csrf_token) and in a <meta> tag for
// scripts, which send it in the X-CSRF-Token header. A state-changing
// request must present a token equal to its cookie, and when it names an
// Origin, the Origin must be this server. Another site can make a browser
// send the cookie but cannot read the token, so it cannot forge either.
const (
	csrfCookie = "vigil_csrf"
	csrfField  = "csrf_token"
	csrfHeader = "X-CSRF-Token"
)

type csrfKey struct{}

// csrfToken returns the request's token, set by the csrf middleware.
func csrfToken(r *http.Request) string {
	t, _ := r.Context().Value(csrfKey{}).(string)
	return t
}

func newToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// csrf refuses unsafe requests that lack the session's token, and gives
// every visitor a token to use.
func (s *Server) csrf(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := ""
		if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 32 {
			token = c.Value
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			if token == "" {
				token = newToken()
				http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: token, Path: "/",
					HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), csrfKey{}, token)))
			return
		}
		if bearerToken(r) {
			next.ServeHTTP(w, r)
			return
		}
		sent := r.Header.Get(csrfHeader)
		if sent == "" && isForm(r) {
			sent = r.PostFormValue(csrfField)
		}
		reason := ""
		switch {
		case token == "":
			reason = "the request carries no session token cookie: reload the page and try again"
		case sent == "" || subtle.ConstantTimeCompare([]byte(sent), []byte(token)) != 1:
			reason = "the request's CSRF token is missing or does not match the session: reload the page and try again"
		case !sameOrigin(r):
			reason = "the request comes from another site"
		}
		if reason != "" {
			s.forbidden(w, r, reason)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), csrfKey{}, token)))
	})
}

// bearerToken reports whether the accounts middleware authenticated r by an
// "Authorization: Bearer" API token. A browser never adds that header to a
// request another site makes it send, so such a request needs no CSRF token.
// (HTTP Basic credentials, which browsers do resend, are not exempt.)
func bearerToken(r *http.Request) bool {
	p := accounts.PrincipalFrom(r.Context())
	scheme, _, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	return p != nil && p.TokenID != 0 && strings.EqualFold(scheme, "Bearer")
}

func isForm(r *http.Request) bool {
	ct := r.Header.Get("Content-Type")
	return strings.HasPrefix(ct, "application/x-www-form-urlencoded") || strings.HasPrefix(ct, "multipart/form-data")
}

// sameOrigin reports whether the request's Origin header, when present,
// names the host the request was sent to.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && strings.EqualFold(u.Host, r.Host)
}

func (s *Server) forbidden(w http.ResponseWriter, r *http.Request, reason string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(`{"error":{"code":"forbidden","message":"` + reason + `"}}` + "\n"))
		return
	}
	s.render(w, r, http.StatusForbidden, "error", &errorData{Page: Page{Title: "Forbidden"}, Status: http.StatusForbidden, Message: reason})
}
