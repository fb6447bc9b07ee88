package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "org", summary: "manage organisations and partnerships (org add, org partner, org list)", run: runOrg})
}

// cliActor is who the audit log says made a change from the command line:
// whoever can run vigil on the database's machine.
const cliActor = "cli"

// openAccounts opens the database at db and an accounts service on it.
func openAccounts(ctx context.Context, db string) (*accounts.Service, accounts.Store, func(), error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, nil, err
	}
	as, ok := store.(accounts.Store)
	if !ok {
		store.Close()
		return nil, nil, nil, fmt.Errorf("this database does not keep accounts")
	}
	return accounts.New(as), as, func() { store.Close() }, nil
}

// parseInterleaved parses flags that may come before or after the
// positional arguments ("user add NAME --org X"), which the flag package
// alone stops at, and returns the positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// wantArgs checks the number of positional arguments.
func wantArgs(got []string, names ...string) error {
	if len(got) != len(names) {
		return fmt.Errorf("want %d argument(s): %s; got %d", len(names), strings.Join(names, " "), len(got))
	}
	return nil
}

func runOrg(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("org: say add, partner or list (vigil org add --help)")
	}
	sub, args := args[0], args[1:]
	var usageLine string
	switch sub {
	case "add":
		usageLine = "add NAME [--db PATH]"
	case "partner":
		usageLine = "partner ORG_A ORG_B [--db PATH]"
	case "list":
		usageLine = "list [--db PATH]"
	default:
		return fmt.Errorf("org: unknown subcommand %q: use add, partner or list", sub)
	}
	fs := newFlagSet(env, "org", usageLine)
	db := dbFlag(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	svc, store, done, err := openAccounts(ctx, *db)
	if err != nil {
		return err
	}
	defer done()
	switch sub {
	case "add":
		if err := wantArgs(pos, "NAME"); err != nil {
			return fmt.Errorf("org add: %w", err)
		}
		if err := svc.AddOrg(ctx, cliActor, pos[0]); err != nil {
			return accountError("org add", err)
		}
		fmt.Fprintf(env.Stdout, "added organisation %s\n", pos[0])
	case "partner":
		if err := wantArgs(pos, "ORG_A", "ORG_B"); err != nil {
			return fmt.Errorf("org partner: %w", err)
		}
		if err := svc.Partner(ctx, cliActor, pos[0], pos[1]); err != nil {
			return accountError("org partner", err)
		}
		fmt.Fprintf(env.Stdout, "%s and %s are partners: each sees the other's GREEN and AMBER records\n", pos[0], pos[1])
	case "list":
		if err := wantArgs(pos); err != nil {
			return fmt.Errorf("org list: %w", err)
		}
		orgs, err := store.Orgs(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ORGANISATION\tPARTNERS")
		for _, o := range orgs {
			fmt.Fprintf(tw, "%s\t%s\n", o.Name, strings.Join(o.Partners, ", "))
		}
		return tw.Flush()
	}
	return nil
}

// accountError shows a store's coded error by its message, which is safe
// and names the problem; others keep their chain.
func accountError(what string, err error) error {
	if c := vigil.ErrorCode(err); c == vigil.EINVALID || c == vigil.ENOTFOUND || c == vigil.ECONFLICT {
		return fmt.Errorf("%s: %s", what, vigil.ErrorMessage(err))
	}
	return fmt.Errorf("%s: %w", what, err)
}
