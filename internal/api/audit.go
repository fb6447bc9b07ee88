package api

import (
	"context"
	"log/slog"
	"time"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Audit actions the edges record.
const (
	// ActionRead records that someone other than the operator opened a
	// record marked AMBER, AMBER+STRICT or RED.
	ActionRead = "read"
	// ActionShare records an export written for someone: what it held,
	// counted per TLP level.
	ActionShare = "share"
)

// caller names who a request's context reads as, for the audit log: the
// logged-in user, "operator" for the instance's operator, "anonymous"
// otherwise. A token without a user is named by its organisation.
func caller(ctx context.Context) string {
	if p := accounts.PrincipalFrom(ctx); p != nil {
		return p.User.Name
	}
	v := vigil.ViewerFrom(ctx)
	switch {
	case v.All:
		return "operator"
	case v.User != "":
		return v.Org + "/" + v.User
	case v.Org != "":
		return v.Org
	}
	return "anonymous"
}

// sensitive reports whether reading a record marked m is audited: AMBER
// and above stay within named organisations or people, so who read them
// matters.
func sensitive(m vigil.Marking) bool {
	return m.OrClear().TLP.Rank() >= vigil.TLPAmber.Rank()
}

// AuditRead records, when ctx's viewer is not the operator and m is AMBER,
// AMBER+STRICT or RED, that the caller read object ("incident:12"). A
// failure to audit is logged, not returned: the record was already read.
func AuditRead(ctx context.Context, s vigil.Store, log *slog.Logger, object string, m vigil.Marking) {
	if vigil.ViewerFrom(ctx).All || !sensitive(m) {
		return
	}
	addAudit(ctx, s, log, vigil.AuditEntry{Actor: caller(ctx), Action: ActionRead, Object: object, Reason: m.OrClear().String()})
}

// AuditShare records that the caller was handed an export (object names
// it: "export:incidents.csv") of incs, with their count per TLP level.
func AuditShare(ctx context.Context, s vigil.Store, log *slog.Logger, object string, incs []vigil.Incident) {
	addAudit(ctx, s, log, vigil.AuditEntry{Actor: caller(ctx), Action: ActionShare, Object: object, Reason: export.ShareSummary(incs)})
}

func addAudit(ctx context.Context, s vigil.Store, log *slog.Logger, e vigil.AuditEntry) {
	e.At = time.Now().UTC()
	if err := s.AddAudit(ctx, e); err != nil && log != nil {
		log.ErrorContext(ctx, "audit failed", "action", e.Action, "object", e.Object, "err", err)
	}
}
