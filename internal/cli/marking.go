package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "source", summary: "set or list the default marking of a source's documents (source mark, source list)", run: runSource})
}

// recipientsFlag collects repeated --recipient ORG/USER values.
type recipientsFlag []vigil.Recipient

func (r *recipientsFlag) String() string {
	var out []string
	for _, p := range *r {
		out = append(out, p.Org+"/"+p.User)
	}
	return strings.Join(out, ", ")
}

func (r *recipientsFlag) Set(v string) error {
	org, user, ok := strings.Cut(strings.TrimSpace(v), "/")
	if !ok || org == "" || user == "" {
		return fmt.Errorf("%q is not ORG/USER", v)
	}
	*r = append(*r, vigil.Recipient{Org: org, User: user})
	return nil
}

// markingFlags are --tlp, --owner and --recipient: the marking documents
// are given.
type markingFlags struct {
	tlp, owner *string
	recipients recipientsFlag
}

func addMarkingFlags(fs *flag.FlagSet, what string) *markingFlags {
	f := &markingFlags{}
	f.tlp = fs.String("tlp", "", what+": TLP 2.0 level clear, green, amber, amber+strict or red")
	f.owner = fs.String("owner", "", "the organisation that owns "+what+" (needed above clear)")
	fs.Var(&f.recipients, "recipient", "ORG/USER who may read a RED marking (repeat for each)")
	return f
}

// marking returns the marking the flags give and whether they give one.
// Its errors name the flag at fault.
func (f *markingFlags) marking() (vigil.Marking, bool, error) {
	if *f.tlp == "" {
		if *f.owner != "" || len(f.recipients) > 0 {
			return vigil.Marking{}, false, fmt.Errorf("--owner and --recipient need --tlp LEVEL")
		}
		return vigil.Marking{}, false, nil
	}
	level, err := vigil.ParseTLP(*f.tlp)
	if err != nil {
		return vigil.Marking{}, false, fmt.Errorf("--tlp: %s", vigil.ErrorMessage(err))
	}
	m := vigil.Marking{TLP: level, Owner: strings.TrimSpace(*f.owner), Recipients: f.recipients}
	if len(m.Recipients) > 0 && level != vigil.TLPRed {
		return vigil.Marking{}, false, fmt.Errorf("--recipient: only a RED marking names recipients, not TLP:%s", level)
	}
	if err := m.Validate(); err != nil {
		flagName := "--tlp " + *f.tlp
		switch {
		case m.Owner == "" && level != vigil.TLPClear:
			flagName = "--owner"
		case level == vigil.TLPRed && len(m.Recipients) == 0:
			flagName = "--recipient"
		}
		return vigil.Marking{}, false, fmt.Errorf("%s: %s", flagName, vigil.ErrorMessage(err))
	}
	return m, true, nil
}

// marker returns how the ingest pipeline marks a new document: with the
// flags' marking when given, otherwise with its source's default (vigil
// source mark), matched on the document's origin (the file, page or feed
// URL it was read from) first, then on its outlet; otherwise TLP:CLEAR.
// Sources are read again for each document, so vigil watch and vigil
// worker follow a marking set while they run.
func marker(store vigil.Store, f *markingFlags) (func(context.Context, *vigil.Document) (vigil.Marking, error), error) {
	var m vigil.Marking
	given := false
	if f != nil {
		var err error
		if m, given, err = f.marking(); err != nil {
			return nil, err
		}
	}
	if given {
		return func(context.Context, *vigil.Document) (vigil.Marking, error) { return m, nil }, nil
	}
	ss, ok := store.(vigil.SourceMarkingStore)
	if !ok {
		return nil, nil
	}
	return func(ctx context.Context, d *vigil.Document) (vigil.Marking, error) {
		list, err := ss.SourceMarkings(ctx)
		if err != nil {
			return vigil.Marking{}, fmt.Errorf("read the sources' markings: %w", err)
		}
		return sourceMarking(list, d), nil
	}, nil
}

// sourceMarking is the marking list gives d: its origin's, else its
// outlet's (in any case), else TLP:CLEAR.
func sourceMarking(list []vigil.SourceMarking, d *vigil.Document) vigil.Marking {
	for _, s := range list {
		if s.Source == d.Origin {
			return s.Marking
		}
	}
	if outlet := strings.TrimSpace(d.Outlet); outlet != "" {
		for _, s := range list {
			if strings.EqualFold(s.Source, outlet) {
				return s.Marking
			}
		}
	}
	return vigil.Marking{TLP: vigil.TLPClear}
}

func runSource(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stderr, "Usage: vigil source mark SOURCE --tlp LEVEL [--owner ORG] [--recipient ORG/USER]...\n       vigil source list\n\n"+
			"SOURCE is an outlet name (\"Dawn\") or an origin: a feed URL, a web page or a path as given to vigil ingest.\n"+
			"Documents ingested afterwards without --tlp get their source's marking: the origin's first, then the outlet's.")
		if len(args) == 0 {
			return exitError{2}
		}
		return nil
	}
	switch args[0] {
	case "mark":
		return runSourceMark(ctx, env, args[1:])
	case "list":
		return runSourceList(ctx, env, args[1:])
	}
	return fmt.Errorf("unknown subcommand %q: use source mark or source list", args[0])
}

// sourceStore opens the database and its source markings.
func sourceStore(ctx context.Context, db string) (vigil.SourceMarkingStore, func(), error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	ss, ok := store.(vigil.SourceMarkingStore)
	if !ok {
		store.Close()
		return nil, nil, fmt.Errorf("this database keeps no source markings")
	}
	return ss, func() { store.Close() }, nil
}

func runSourceMark(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "source mark", "SOURCE --tlp LEVEL [--owner ORG] [--recipient ORG/USER]... [--db PATH]")
	db := dbFlag(fs)
	mf := addMarkingFlags(fs, "the source's documents")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(pos, "SOURCE"); err != nil {
		return err
	}
	source := strings.TrimSpace(pos[0])
	if source == "" {
		return fmt.Errorf("SOURCE is empty: name an outlet or a feed URL")
	}
	m, ok, err := mf.marking()
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("--tlp LEVEL is required: the marking %s's documents get", source)
	}
	ss, done, err := sourceStore(ctx, *db)
	if err != nil {
		return err
	}
	defer done()
	if err := ss.SetSourceMarking(ctx, source, m); err != nil {
		return userError("source mark "+source, err)
	}
	fmt.Fprintf(env.Stdout, "documents from %s ingested from now on are marked %s\n", source, m)
	return nil
}

func runSourceList(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "source list", "[--db PATH]")
	db := dbFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	ss, done, err := sourceStore(ctx, *db)
	if err != nil {
		return err
	}
	defer done()
	list, err := ss.SourceMarkings(ctx)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(env.Stdout, "no source has a marking: documents are TLP:CLEAR unless ingested with --tlp")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tTLP\tOWNER\tRECIPIENTS\tSET")
	for _, s := range list {
		rs := recipientsFlag(s.Marking.Recipients)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.Source, s.Marking.TLP, s.Marking.Owner, rs.String(), s.UpdatedAt.UTC().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}
