package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "user", summary: "manage users (user add, user list, user disable, user passwd)", run: runUser})
}

func runUser(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("user: say add, list, disable or passwd (vigil user add --help)")
	}
	sub, args := args[0], args[1:]
	var usageLine string
	switch sub {
	case "add":
		usageLine = "add NAME --org ORG --role viewer|analyst|reviewer|admin [--password-file PATH|-] [--db PATH]"
	case "list":
		usageLine = "list [--db PATH]"
	case "disable":
		usageLine = "disable NAME [--db PATH]"
	case "passwd":
		usageLine = "passwd NAME [--password-file PATH|-] [--db PATH]"
	default:
		return fmt.Errorf("user: unknown subcommand %q: use add, list, disable or passwd", sub)
	}
	fs := newFlagSet(env, "user", usageLine)
	db := dbFlag(fs)
	org := fs.String("org", "", "the user's organisation (user add)")
	role := fs.String("role", "", "viewer, analyst, reviewer or admin (user add)")
	passwordFile := fs.String("password-file", "", "read the password from the first line of this file, or of standard input for -; without it vigil asks on the terminal")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add", "disable", "passwd":
		if err := wantArgs(pos, "NAME"); err != nil {
			return fmt.Errorf("user %s: %w", sub, err)
		}
	default:
		if err := wantArgs(pos); err != nil {
			return fmt.Errorf("user %s: %w", sub, err)
		}
	}
	var r vigil.Role
	if sub == "add" {
		if *org == "" {
			return fmt.Errorf("user add: --org is required (create one with vigil org add)")
		}
		if r, err = vigil.ParseRole(*role); err != nil {
			return fmt.Errorf("user add: --role: %s", vigil.ErrorMessage(err))
		}
	}
	var password string
	if sub == "add" || sub == "passwd" {
		if password, err = readPassword(env, *passwordFile, pos[0]); err != nil {
			return fmt.Errorf("user %s: %w", sub, err)
		}
	}
	svc, store, done, err := openAccounts(ctx, *db)
	if err != nil {
		return err
	}
	defer done()
	switch sub {
	case "add":
		// On a fresh install the first admin's organisation is created with
		// them; afterwards an unknown organisation is a mistake.
		orgs, err := store.Orgs(ctx)
		if err != nil {
			return err
		}
		if len(orgs) == 0 {
			if err := svc.AddOrg(ctx, cliActor, *org); err != nil {
				return accountError("user add", err)
			}
			fmt.Fprintf(env.Stdout, "added organisation %s (the first)\n", *org)
		}
		if err := svc.AddUser(ctx, cliActor, pos[0], *org, r, password); err != nil {
			return accountError("user add", err)
		}
		fmt.Fprintf(env.Stdout, "added %s %s to %s\n", r, pos[0], *org)
	case "disable":
		if err := svc.DisableUser(ctx, cliActor, pos[0]); err != nil {
			return accountError("user disable", err)
		}
		fmt.Fprintf(env.Stdout, "disabled %s: their sessions and tokens no longer work\n", pos[0])
	case "passwd":
		if err := svc.SetPassword(ctx, cliActor, pos[0], password); err != nil {
			return accountError("user passwd", err)
		}
		fmt.Fprintf(env.Stdout, "changed the password of %s and ended their sessions\n", pos[0])
	case "list":
		users, err := store.Users(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "USER\tORGANISATION\tROLE\tSTATUS")
		for _, u := range users {
			status := "active"
			if u.Disabled {
				status = "disabled"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Name, u.Org, u.Role, status)
		}
		return tw.Flush()
	}
	return nil
}

// readPassword reads a password from the first line of path ("-" for
// standard input) or, without a path, from the terminal, asked twice. It is
// never taken from a flag's value, which other users can read in the
// process list and which shells keep in their history.
func readPassword(env *Env, path, user string) (string, error) {
	if path != "" {
		var r io.Reader = env.Stdin
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				return "", fmt.Errorf("--password-file: %w", err)
			}
			defer f.Close()
			r = f
		}
		line, err := bufio.NewReader(io.LimitReader(r, 4096)).ReadString('\n')
		if err != nil && err != io.EOF {
			return "", fmt.Errorf("--password-file %s: %w", path, err)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return "", fmt.Errorf("--password-file %s: the first line is empty", path)
		}
		return line, nil
	}
	f, ok := env.Stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return "", fmt.Errorf("no --password-file and standard input is not a terminal to ask on")
	}
	ask := func(prompt string) (string, error) {
		fmt.Fprint(env.Stderr, prompt)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.Stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		return string(b), nil
	}
	first, err := ask("Password for " + user + ": ")
	if err != nil {
		return "", err
	}
	again, err := ask("Again: ")
	if err != nil {
		return "", err
	}
	if first != again {
		return "", fmt.Errorf("the passwords differ")
	}
	return first, nil
}
