package vigil

import (
	"context"
	"slices"
	"strings"
)

type viewerKey struct{}

// WithViewer returns ctx carrying v. Every read method of a Store shows
// only the records ViewerFrom(ctx) may see, so each request says who asks
// once, at the edge, and no read path can forget the markings.
func WithViewer(ctx context.Context, v Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// ViewerFrom returns the viewer ctx carries. A context that names no viewer
// is anonymous and sees only TLP:CLEAR: forgetting to say who asks shows the
// least, never the most.
func ViewerFrom(ctx context.Context) Viewer {
	v, _ := ctx.Value(viewerKey{}).(Viewer)
	return v
}

// AsOperator returns ctx carrying the operator viewer, who sees every
// record: the command line and the pipeline of the instance's own operator
// (who holds the database file anyway), never a remote request.
func AsOperator(ctx context.Context) context.Context {
	return WithViewer(ctx, Viewer{All: true})
}

// Key renders the marking canonically, recipients sorted, so two markings
// that disclose to the same people compare equal: fusion only joins events
// whose markings have the same key, so an incident's figures never mix a
// source one of its readers may not see.
func (m Marking) Key() string {
	if m.TLP != TLPRed {
		return string(m.TLP) + "|" + m.Owner
	}
	rs := make([]string, len(m.Recipients))
	for i, r := range m.Recipients {
		rs[i] = r.Org + "\t" + r.User
	}
	slices.Sort(rs)
	rs = slices.Compact(rs)
	return string(m.TLP) + "|" + m.Owner + "|" + strings.Join(rs, "\n")
}

// OrClear returns m, or TLP:CLEAR when m has no level: a record stored
// before markings existed, or open-source reporting ingested without one.
func (m Marking) OrClear() Marking {
	if m.TLP == "" {
		return Marking{TLP: TLPClear}
	}
	return m
}
