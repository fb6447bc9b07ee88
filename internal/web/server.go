// Package web serves vigil's analyst desk: a dashboard (map, monthly
// charts, totals), the incident list, an incident with its sources side by
// side and the evidence highlighted in each report, the review queue, the
// claims check, equipment and sources pages, together with the JSON API of
// package api, behind security headers, CSRF protection and request
// logging. Charts and maps are drawn in the browser from the API's JSON with
// libraries vendored under static/vendor, so the desk needs no internet.
package web

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configures the server.
type Options struct {
	// Logger receives one line per request and the detail of internal
	// errors; nil discards them.
	Logger *slog.Logger
	// Reviewer takes analysts' decisions (package review's Service is
	// one), recorded under the name Analyst. Without both, the desk is
	// read-only: no review buttons, and review requests are refused.
	Reviewer api.Reviewer
	Analyst  string
	// RequireLogin makes every page and API route except /login and the
	// static files need a logged-in user (a session cookie from /login, or
	// an "Authorization: Bearer" API token), checked by Accounts: anonymous
	// pages redirect to /login, anonymous API requests get 401. Review
	// decisions are then recorded under the user's name instead of Analyst,
	// and only reviewers and admins may take them. vigil serve sets it when
	// it listens on an address other machines can reach.
	RequireLogin bool
	Accounts     *accounts.Service
	// Operator serves every request without a login as the instance's
	// operator, who sees every record whatever its marking. vigil serve
	// sets it only on a loopback address without login: whoever can reach
	// the server there can read the database file anyway. Without it (and
	// without a login) requests see only TLP:CLEAR. It cannot be combined
	// with RequireLogin.
	Operator bool
}

// Server serves the pages and the API over one store.
type Server struct {
	store    vigil.Store
	log      *slog.Logger
	api      *api.API
	reviewer api.Reviewer // nil when the desk is read-only
	analyst  string
	accounts *accounts.Service // nil unless login is required
	operator bool              // requests without a login read as the operator
	pages    map[string]*template.Template
	mux      *http.ServeMux
}

// NewServer parses the embedded templates once and returns the server's
// handler. It fails only if the templates do not parse, which tests catch.
func NewServer(store vigil.Store, opts Options) (http.Handler, error) {
	s, err := newServer(store, opts)
	if err != nil {
		return nil, err
	}
	return s.Handler(), nil
}

func newServer(store vigil.Store, opts Options) (*Server, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: store, log: log, mux: http.NewServeMux(),
		api: &api.API{Store: store, Logger: log, Reviewer: opts.Reviewer, Analyst: opts.Analyst, RequireLogin: opts.RequireLogin}}
	if opts.RequireLogin && opts.Operator {
		return nil, fmt.Errorf("web: a server that requires a login cannot serve its requests as the operator")
	}
	s.operator = opts.Operator
	if opts.RequireLogin {
		if opts.Accounts == nil {
			return nil, fmt.Errorf("web: login required but no accounts service given")
		}
		s.accounts = opts.Accounts
	}
	if opts.Reviewer != nil && (opts.Analyst != "" || opts.RequireLogin) {
		s.reviewer, s.analyst = opts.Reviewer, opts.Analyst
	}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.dashboard)
	s.mux.HandleFunc("GET /incidents", s.incidentList)
	s.mux.HandleFunc("GET /incidents/{id}", s.incidentPage)
	s.mux.HandleFunc("POST /incidents/{id}/review", s.review)
	s.mux.HandleFunc("POST /audit/{id}/undo", s.undo)
	s.mux.HandleFunc("GET /review", s.reviewQueue)
	s.mux.HandleFunc("GET /claims", s.claimsPage)
	s.mux.HandleFunc("GET /equipment", s.equipmentPage)
	s.mux.HandleFunc("GET /sources", s.sourcesPage)
	s.mux.HandleFunc("GET /documents/{id}", s.documentPage)
	s.registerConflicts()
	if s.accounts != nil {
		s.mux.HandleFunc("GET /login", s.loginPage)
		s.mux.HandleFunc("POST /login", s.login)
		s.mux.Handle("POST /logout", s.accounts.LogoutHandler())
	}
	s.mux.HandleFunc("/", s.notFound)
	s.api.Register(s.mux)
	return s, nil
}

// notFound answers what no page route matched: 405 for a page asked with a
// method other than GET, 404 otherwise.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	probe := r.Clone(r.Context())
	probe.Method = http.MethodGet
	if _, pattern := s.mux.Handler(probe); pattern != "/" {
		w.Header().Set("Allow", "GET, HEAD")
		s.render(w, r, http.StatusMethodNotAllowed, "error", &errorData{Page: Page{Title: "Method Not Allowed"},
			Status: http.StatusMethodNotAllowed, Message: "this page is read-only: use GET"})
		return
	}
	s.errorPage(w, r, vigil.Errorf(vigil.ENOTFOUND, "no page at %s", r.URL.Path))
}

// Handler is the server's routes wrapped in its middleware.
func (s *Server) Handler() http.Handler {
	if s.accounts != nil {
		return s.logRequests(securityHeaders(s.recoverPanics(s.accounts.Middleware(s.requireLogin(s.withViewer(s.csrf(s.mux)))))))
	}
	return s.logRequests(securityHeaders(s.recoverPanics(s.withViewer(s.csrf(s.mux)))))
}

// parsePages parses each page template together with the shared layout.
func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"dashboard", "incidents", "incident", "document", "review", "claims", "equipment", "sources", "error", "login", "conflicts"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// contentSecurityPolicy allows nothing inline and nothing from elsewhere:
// the pages need only their own scripts, stylesheets and images (the map's
// marker images included).
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		// same-origin: no referrer leaves for other sites, and same-site form posts
		// keep their Origin header, which the CSRF check compares (no-referrer
		// would make browsers send "Origin: null").
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panicking handler into a logged 500 so one bad
// record cannot take the connection down without a word.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.ErrorContext(r.Context(), "handler panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				if strings.HasPrefix(r.URL.Path, "/api/") {
					api.WriteInternalError(w)
					return
				}
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.log.InfoContext(r.Context(), "request", "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "bytes", sw.bytes, "duration", time.Since(start))
	})
}
