// Package cli implements vigil's subcommands, one file each.
package cli

import (
	"context"
	"fmt"
	"github.com/vigil-osint/vigil/internal/vigil"
	"io"
	"sort"
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// Env is what a subcommand may touch: its streams. Tests build one.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// exitError carries an exit status out of a subcommand.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Main runs the subcommand named by args[0] and returns the process exit
// status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				c.run(ctx, env, []string{"-h"})
				return 0
			}
		}
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vigil: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	// The command line is the operator's: it sees every record. Servers
	// say who asks per request (requests do not inherit this context).
	if err := c.run(vigil.AsOperator(ctx), env, args[1:]); err != nil {
		if e, ok := err.(exitError); ok {
			return e.code
		}
		fmt.Fprintf(stderr, "vigil %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vigil turns security reporting into a sourced database of incidents.")
	fmt.Fprintln(w, "\nUsage: vigil COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'vigil help COMMAND' for a command's flags.")
}
