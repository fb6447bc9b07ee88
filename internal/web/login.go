package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
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
	Next    string // where to go after logging in
	Message string // why the last attempt failed, "" on first showing
}

// loginPage serves GET /login: the form that posts to login.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.loginForm(w, r, http.StatusOK, r.URL.Query().Get("next"), "")
}

// loginForm shows the login form with status and, after a failed attempt,
// its reason; next is where to go after logging in.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request, status int, next, message string) {
	s.render(w, r, status, "login", &loginData{Page: Page{Title: "Log in"}, Next: localPath(next), Message: message})
}

// localPath returns next if it is a path on this site, "/" otherwise: the
// same rule as the login handler's, so that a login link cannot send the
// user elsewhere ("//host" and "/\host" are other sites to browsers).
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// login serves POST /login. The accounts service checks the password,
// throttles guessing and starts the session; this handler reads the form
// first and shows the service's refusals as the login form again, with the
// reason, under the service's status (400, 401, 403, 429 and 503 with Retry-After),
// keeping where the user was going.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		msg := "The login form could not be read; please try again."
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			msg = "The login form is over 8 KiB: the user name or password is too long."
		}
		s.loginForm(w, r, http.StatusBadRequest, r.URL.Query().Get("next"), msg)
		return
	}
	next := r.PostForm.Get("next")
	// A name no account has may be a password typed in the wrong field:
	// the service, which logs and audits the name of every failed login,
	// gets a pseudonym instead (see unknownUser). Known and unknown names
	// cost the same lookup here, so timing tells no more than before.
	if name := r.PostForm.Get("user"); !s.userExists(r.Context(), name) {
		r.PostForm.Set("user", unknownUser(name))
	}
	// The service reads r.PostForm as parsed above; what it answers is
	// held back so a refusal can be shown as a page.
	rec := &heldResponse{header: http.Header{}}
	s.accounts.LoginHandler().ServeHTTP(rec, r)
	if rec.status < http.StatusBadRequest {
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		return
	}
	var msg string
	switch rec.status {
	case http.StatusUnauthorized:
		msg = "Wrong user name or password."
	case http.StatusTooManyRequests:
		retry := rec.header.Get("Retry-After")
		w.Header().Set("Retry-After", retry)
		msg = "Too many failed logins from here or for this user: try again in " + retry + " seconds."
	case http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", rec.header.Get("Retry-After"))
		msg = strings.TrimSpace(rec.body.String())
	case http.StatusInternalServerError:
		msg = "The login could not be checked because of an error on the server; please try again."
	default:
		msg = strings.TrimSpace(rec.body.String())
	}
	s.loginForm(w, r, rec.status, next, msg)
}

// userExists reports whether an account is named name. A lookup that
// fails counts as no: the name is then kept out of the logs too.
func (s *Server) userExists(ctx context.Context, name string) bool {
	as, ok := s.store.(vigil.AccountStore)
	if !ok {
		return true // a store without accounts cannot tell; the name goes as typed
	}
	u, err := as.User(ctx, name)
	return err == nil && u != nil
}

// unknownUser is what a failed login with a name no account has is logged
// and audited under: "unknown#" and the first 12 hex digits of the name's
// SHA-256, enough to tell repeated attempts with the same name apart from
// others without showing the name. The service throttles it as a name of
// its own, as it would the typed one.
func unknownUser(name string) string {
	sum := sha256.Sum256([]byte(name))
	return "unknown#" + hex.EncodeToString(sum[:6])
}

// heldResponse records a response instead of sending it.
type heldResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (h *heldResponse) Header() http.Header { return h.header }

func (h *heldResponse) WriteHeader(status int) {
	if h.status == 0 {
		h.status = status
	}
}

func (h *heldResponse) Write(b []byte) (int, error) {
	if h.status == 0 {
		h.status = http.StatusOK
	}
	return h.body.Write(b)
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
