package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// asFlag defines --as, with which the operator produces exactly what a
// partner organisation, or one of its users, may see.
func asFlag(fs *flag.FlagSet) *string {
	return fs.String("as", "", "read as organisation ORG or its user ORG/USER, with their partnerships and markings (default: the operator, who sees everything)")
}

// readAs returns ctx reading as who (ORG or ORG/USER, see asFlag), built
// from the account store: the organisation's partners decide what GREEN
// and AMBER it sees, and only a named user sees RED records disclosed to
// them. An empty who leaves ctx as it is (the operator's).
func readAs(ctx context.Context, store vigil.Store, who string) (context.Context, error) {
	if who == "" {
		return ctx, nil
	}
	as, ok := store.(vigil.AccountStore)
	if !ok {
		return nil, fmt.Errorf("--as %s: this database keeps no organisations", who)
	}
	orgName, user, named := strings.Cut(who, "/")
	org, err := as.Org(ctx, orgName)
	if err != nil {
		return nil, userError(fmt.Sprintf("--as %s: organisation %q", who, orgName), err)
	}
	v := vigil.Viewer{Org: org.Name, Partners: org.Partners}
	if named {
		u, err := as.User(ctx, user)
		if err != nil {
			return nil, userError(fmt.Sprintf("--as %s: user %q", who, user), err)
		}
		if u.Org != org.Name {
			return nil, fmt.Errorf("--as %s: user %q belongs to organisation %q, not %q", who, user, u.Org, org.Name)
		}
		if u.Disabled {
			return nil, fmt.Errorf("--as %s: user %q is disabled", who, user)
		}
		v.User = u.Name
	}
	return vigil.WithViewer(ctx, v), nil
}

// auditShare records, for an export written for who, what it held per TLP
// level. The command line acts for the operator.
func auditShare(ctx context.Context, store vigil.Store, who, format string, incs []vigil.Incident) error {
	e := vigil.AuditEntry{At: time.Now().UTC(), Actor: cliActor, Action: "share", Object: "export:" + format,
		Reason: "for " + who + ": " + export.ShareSummary(incs)}
	if err := store.AddAudit(ctx, e); err != nil {
		return fmt.Errorf("audit the export for %s: %w", who, err)
	}
	return nil
}
