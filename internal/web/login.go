package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// requireLogin lets through logged-in callers, the login routes and the
// static files; it sends an anonymous browser to /login (coming back to the
// page it asked for) and answers an anonymous API request with 401.
func (s *Server) requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if accounts.PrincipalFrom(r.Context()) != nil || p == "/login" || strings.HasPrefix(p, "/static/") {
			next.ServeHTTP(w, r)
			return
		}
		if strings.HasPrefix(p, "/api/") {
			api.WriteUnauthorized(w, "log in or send an API token (Authorization: Bearer TOKEN)")
			return
		}
		target := "/login"
		if r.Method == http.MethodGet && p != "/" {
			target += "?next=" + url.QueryEscape(r.URL.RequestURI())
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
	})
}

// loginData is the login page's data.
type loginData struct {
	Page
	Next string // where to go after logging in
}

// loginPage serves GET /login: the form that posts to the accounts
// service's login handler.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// The same rule as the login handler's: a path on this site, never
	// "//host" or "/\host", which browsers read as another site.
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	s.render(w, r, http.StatusOK, "login", &loginData{Page: Page{Title: "Log in"}, Next: next})
}

// actor returns who a review posted from a page is recorded under, or
// writes the 403 page and returns false (see api.Actor).
func (s *Server) actor(w http.ResponseWriter, r *http.Request) (string, bool) {
	name, status, message := api.Actor(r, s.accounts != nil, s.analyst)
	switch status {
	case 0:
		return name, true
	case http.StatusUnauthorized:
		http.Redirect(w, r, "/login", http.StatusSeeOther)
	default:
		s.forbidden(w, r, message)
	}
	return "", false
}

// canReview reports whether the page for r should offer review buttons.
func (s *Server) canReview(r *http.Request) bool {
	if s.reviewer == nil {
		return false
	}
	return s.accounts == nil || accounts.RoleFrom(r.Context()).AtLeast(vigil.RoleReviewer)
}
