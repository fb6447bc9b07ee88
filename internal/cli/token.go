package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "token", summary: "manage API tokens (token create, token list, token revoke)", run: runToken})
}

func runToken(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("token: say create, list or revoke (vigil token create --help)")
	}
	sub, args := args[0], args[1:]
	var usageLine string
	switch sub {
	case "create":
		usageLine = "create --user NAME [--scope read|write|admin] [--expires 90d] [--db PATH]"
	case "list":
		usageLine = "list [--db PATH]"
	case "revoke":
		usageLine = "revoke ID [--db PATH]"
	default:
		return fmt.Errorf("token: unknown subcommand %q: use create, list or revoke", sub)
	}
	fs := newFlagSet(env, "token", usageLine)
	db := dbFlag(fs)
	user := fs.String("user", "", "the user the token acts as (token create)")
	scope := fs.String("scope", "read", "read, write or admin (token create)")
	expires := fs.String("expires", "90d", "how long the token lasts: 90d, 12h, 30m (token create)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	var (
		sc  vigil.Scope
		ttl time.Duration
		id  int64
	)
	switch sub {
	case "create":
		if err := wantArgs(pos); err != nil {
			return fmt.Errorf("token create: %w", err)
		}
		if *user == "" {
			return fmt.Errorf("token create: --user is required")
		}
		if sc, err = vigil.ParseScope(*scope); err != nil {
			return fmt.Errorf("token create: --scope: %s", vigil.ErrorMessage(err))
		}
		if ttl, err = parseExpiry(*expires); err != nil {
			return fmt.Errorf("token create: --expires: %w", err)
		}
	case "list":
		if err := wantArgs(pos); err != nil {
			return fmt.Errorf("token list: %w", err)
		}
	case "revoke":
		if err := wantArgs(pos, "ID"); err != nil {
			return fmt.Errorf("token revoke: %w", err)
		}
		if id, err = strconv.ParseInt(pos[0], 10, 64); err != nil || id <= 0 {
			return fmt.Errorf("token revoke: %q is not a token id (see vigil token list)", pos[0])
		}
	}
	svc, store, done, err := openAccounts(ctx, *db)
	if err != nil {
		return err
	}
	defer done()
	switch sub {
	case "create":
		token, t, err := svc.CreateToken(ctx, cliActor, *user, sc, ttl)
		if err != nil {
			return accountError("token create", err)
		}
		fmt.Fprintln(env.Stdout, token)
		fmt.Fprintf(env.Stderr, "token %d for %s, scope %s, expires %s. It is shown only now: vigil keeps only its hash.\n",
			t.ID, t.User, t.Scope, t.ExpiresAt.Format(time.RFC3339))
	case "revoke":
		if err := svc.RevokeToken(ctx, cliActor, id); err != nil {
			return accountError("token revoke", err)
		}
		fmt.Fprintf(env.Stdout, "revoked token %d\n", id)
	case "list":
		tokens, err := store.Tokens(ctx)
		if err != nil {
			return err
		}
		now := time.Now()
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tUSER\tSCOPE\tCREATED\tEXPIRES\tLAST USED\tSTATUS")
		for _, t := range tokens {
			status := "active"
			switch {
			case !t.RevokedAt.IsZero():
				status = "revoked"
			case !now.Before(t.ExpiresAt):
				status = "expired"
			}
			used := "never"
			if !t.LastUsedAt.IsZero() {
				used = t.LastUsedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.User, t.Scope,
				t.CreatedAt.Format(time.RFC3339), t.ExpiresAt.Format(time.RFC3339), used, status)
		}
		return tw.Flush()
	}
	return nil
}

// parseExpiry reads a lifetime as Go durations are written, plus whole
// days: "90d".
func parseExpiry(s string) (time.Duration, error) {
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 || n > 3650 {
			return 0, fmt.Errorf("%q: use a number of days from 1 to 3650, like 90d", s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q: use a lifetime like 90d, 12h or 30m", s)
		}
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q: the lifetime must be positive", s)
	}
	return d, nil
}
