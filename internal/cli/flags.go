package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// newFlagSet returns a FlagSet for a subcommand that reports errors instead
// of exiting.
func newFlagSet(env *Env, name, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: vigil %s %s\n\nFlags (each also read from VIGIL_<NAME>, e.g. --db from VIGIL_DB):\n", name, usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, then fills every flag not given on the command line
// from its environment variable: --max-size from VIGIL_MAX_SIZE.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitError{0}
		}
		return exitError{2}
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil {
			return
		}
		key := "VIGIL_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(key); ok {
			if e := f.Value.Set(v); e != nil {
				err = fmt.Errorf("%s=%q: %v", key, v, e)
			}
		}
	})
	return err
}

// defaultDB is where the database lives when --db is not given: vigil.db in
// the user's data directory ($XDG_DATA_HOME/vigil or ~/.local/share/vigil),
// or ./vigil.db when there is no home directory.
func defaultDB() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "vigil.db"
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "vigil", "vigil.db")
}
