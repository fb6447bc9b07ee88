package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/vigil-osint/vigil/internal/review"
)

func init() {
	register(command{name: "review", summary: "verify, reject, correct, merge, split incidents or undo a review action, for scripting", run: runReview})
}

const reviewUsage = `verify|reject|reopen ID | correct ID FIELD VALUE | merge ID ID... | split ID EVENT_ID... | undo AUDIT_ID
	--by NAME [--why TEXT] [--db PATH]`

func runReview(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "review", reviewUsage)
	db := dbFlag(fs)
	by := fs.String("by", "", "the analyst's name, recorded in the audit log (required)")
	why := fs.String("why", "", "the reason, recorded in the audit log")
	pos, err := parseMixed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		fs.Usage()
		return exitError{2}
	}
	if strings.TrimSpace(*by) == "" {
		return fmt.Errorf("review %s: --by NAME is required: every review action records who took it", pos[0])
	}
	action, rest := pos[0], pos[1:]
	ids := func(what string, from []string) ([]int64, error) {
		out := make([]int64, len(from))
		for i, s := range from {
			id, err := parseID(what, s)
			if err != nil {
				return nil, err
			}
			out[i] = id
		}
		return out, nil
	}
	want := map[string]string{"verify": "=1", "reject": "=1", "reopen": "=1", "undo": "=1", "correct": "=3", "merge": ">1", "split": ">1"}[action]
	switch {
	case want == "":
		return fmt.Errorf("unknown review action %q: use verify, reject, reopen, correct, merge, split or undo", action)
	case want == "=1" && len(rest) != 1:
		return fmt.Errorf("review %s takes one ID", action)
	case want == "=3" && len(rest) != 3:
		return fmt.Errorf("review correct takes ID FIELD VALUE")
	case want == ">1" && len(rest) < 2:
		return fmt.Errorf("review %s takes an incident ID and at least one more ID", action)
	}
	what := "incident"
	if action == "undo" {
		what = "audit entry"
	}
	first, err := parseID(what, rest[0])
	if err != nil {
		return err
	}

	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	svc := review.New(store)
	var auditID int64
	switch action {
	case "verify":
		auditID, err = svc.Verify(ctx, first, *by, *why)
	case "reject":
		auditID, err = svc.Reject(ctx, first, *by, *why)
	case "reopen":
		auditID, err = svc.Reopen(ctx, first, *by, *why)
	case "correct":
		auditID, err = svc.Correct(ctx, first, rest[1], rest[2], *by, *why)
	case "undo":
		auditID, err = svc.Undo(ctx, first, *by, *why)
	case "merge":
		var others []int64
		if others, err = ids("incident", rest[1:]); err != nil {
			return err
		}
		auditID, err = svc.Merge(ctx, first, others, *by, *why)
	case "split":
		var events []int64
		if events, err = ids("event", rest[1:]); err != nil {
			return err
		}
		var newID int64
		newID, auditID, err = svc.Split(ctx, first, events, *by, *why)
		if err == nil {
			fmt.Fprintf(env.Stdout, "new incident %d\n", newID)
		}
	}
	if err != nil {
		return userError("review "+action, err)
	}
	fmt.Fprintf(env.Stdout, "audit entry %d (undo with: vigil review undo %d --by NAME)\n", auditID, auditID)
	return nil
}
