package web

import (
	"net/http"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// viewerOf is who a request reads as: the logged-in user or token's viewer,
// the operator when this server was started for its operator alone (see
// Options.Operator), and otherwise the anonymous viewer, who sees only
// TLP:CLEAR.
func (s *Server) viewerOf(r *http.Request) vigil.Viewer {
	if p := accounts.PrincipalFrom(r.Context()); p != nil {
		return p.Viewer
	}
	if s.operator {
		return vigil.Viewer{All: true}
	}
	return vigil.Viewer{}
}

// withViewer puts the request's viewer in its context, replacing whatever
// the context carried, so every store read a handler makes with
// r.Context() shows exactly what this caller may see. A request never
// inherits the viewer of the context the server was started with.
func (s *Server) withViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(vigil.WithViewer(r.Context(), s.viewerOf(r))))
	})
}
