package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "partner", summary: "pull what partner vigil instances share over TAXII 2.1 (partner add, list, pull, conflicts, resolve)", run: runPartner})
}

// partnerStores opens the database at db as a federation and account store.
func partnerStores(ctx context.Context, db string) (federation.Store, accounts.Store, error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	fs, ok := store.(federation.Store)
	as, ok2 := store.(accounts.Store)
	if !ok || !ok2 {
		store.Close()
		return nil, nil, fmt.Errorf("this database keeps no partners")
	}
	return fs, as, nil
}

func runPartner(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("partner: say add, list, pull, conflicts or resolve (vigil partner add --help)")
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "add":
		return runPartnerAdd(ctx, env, args)
	case "list":
		return runPartnerList(ctx, env, args)
	case "pull":
		return runPartnerPull(ctx, env, args)
	case "conflicts":
		return runPartnerConflicts(ctx, env, args)
	case "resolve":
		return runPartnerResolve(ctx, env, args)
	}
	return fmt.Errorf("partner: unknown subcommand %q: use add, list, pull, conflicts or resolve", sub)
}

// defaultCollection is pulled when --collection is not given: TLP:AMBER and
// below, everything a partner organisation may receive.
const defaultCollection = "amber"

func runPartnerAdd(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "partner add", "NAME URL --org LOCAL_ORG (--token TOKEN | --token-file FILE) [--collection ID] [--db PATH]")
	db := dbFlag(fs)
	org := fs.String("org", "", "the local organisation partnered with NAME: its users see what NAME shares, no one else does")
	token := fs.String("token", "", "the API token NAME gave this instance (stored, never printed)")
	tokenFile := fs.String("token-file", "", "read the token from this file instead (keeps it out of the process list)")
	collection := fs.String("collection", defaultCollection, "the id or alias of NAME's TAXII collection to pull")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(pos, "NAME", "URL"); err != nil {
		return err
	}
	name, url := pos[0], pos[1]
	if *org == "" {
		return fmt.Errorf("partner add: --org is required: the local organisation whose users see what %s shares", name)
	}
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		return fmt.Errorf("partner add: URL %q is not an http(s) URL of a TAXII API root", url)
	}
	if *tokenFile != "" {
		if *token != "" {
			return fmt.Errorf("partner add: give --token or --token-file, not both")
		}
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fmt.Errorf("partner add: --token-file: %w", err)
		}
		*token = strings.TrimSpace(string(b))
	}
	if *token == "" {
		return fmt.Errorf("partner add: --token or --token-file is required")
	}
	if name == *org {
		return fmt.Errorf("partner add: the partner %q cannot be the local organisation itself", name)
	}
	store, as, err := partnerStores(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if _, err := as.Org(ctx, *org); err != nil {
		return userError("partner add: --org "+*org, err)
	}
	svc := accounts.New(as)
	// The partner organisation owns what is imported from it; it may exist
	// already (a partner of another kind before).
	if err := svc.AddOrg(ctx, cliActor, name); err != nil && vigil.ErrorCode(err) != vigil.ECONFLICT {
		return userError("partner add", err)
	}
	if err := svc.Partner(ctx, cliActor, *org, name); err != nil {
		return userError("partner add", err)
	}
	p := vigil.Partner{Name: name, URL: url, Token: *token, Collection: *collection, Org: *org}
	if err := store.AddPartner(ctx, p); err != nil {
		return userError("partner add", err)
	}
	if err := store.AddAudit(ctx, vigil.AuditEntry{Actor: cliActor, Action: "partner-add", Object: "org:" + name,
		Reason: fmt.Sprintf("pull %s collection %s for %s", url, *collection, *org)}); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "partner %s added: %s's users will see what it shares from %s (collection %s); pull with vigil partner pull %s\n", name, *org, url, *collection, name)
	return nil
}

func runPartnerList(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "partner list", "[--db PATH]")
	db := dbFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, _, err := partnerStores(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ps, err := store.Partners(ctx)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "PARTNER\tURL\tCOLLECTION\tFOR\tPULLED UP TO")
	for _, p := range ps {
		cur, err := store.PullCursor(ctx, p.Name, p.Collection)
		if err != nil {
			return err
		}
		pulled := "never"
		if !cur.IsZero() {
			pulled = cur.UTC().Format(time.RFC3339)
		}
		// Never the token.
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", p.Name, p.URL, p.Collection, p.Org, pulled)
	}
	return w.Flush()
}

func runPartnerPull(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "partner pull", "[NAME] [--db PATH]")
	db := dbFlag(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("partner pull: one partner at most, or none for all")
	}
	store, _, err := partnerStores(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	puller := &federation.Puller{Store: store}
	if len(pos) == 0 {
		reps, err := puller.PullAll(ctx)
		for _, r := range reps {
			fmt.Fprintln(env.Stdout, r)
		}
		return err
	}
	p, err := store.Partner(ctx, pos[0])
	if err != nil {
		return userError("partner pull", err)
	}
	rep, err := puller.Pull(ctx, *p)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, rep)
	return nil
}

func runPartnerConflicts(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "partner conflicts", "[NAME] [--db PATH]")
	db := dbFlag(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("partner conflicts: one partner at most, or none for all")
	}
	name := ""
	if len(pos) == 1 {
		name = pos[0]
	}
	store, _, err := partnerStores(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	cs, err := federation.Conflicts(ctx, store, name)
	if err != nil {
		return err
	}
	// LOCAL VERSION is what vigil partner resolve --seen takes: settling
	// is refused if the incident changed after this listing.
	w := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "INCIDENT\tPARTNER\tSTIX ID\tVERSION\tPENDING\tLOCAL VERSION\tDIFFERS ON")
	for _, c := range cs {
		var fields []string
		for _, d := range federation.Differences(c.Local, c.Partner) {
			fields = append(fields, d.Field)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", c.Local.ID, c.Received.Partner, c.Received.ID, c.Received.Version, c.Pending,
			c.Local.UpdatedAt.UTC().Format(time.RFC3339Nano), strings.Join(fields, ","))
	}
	return w.Flush()
}

func runPartnerResolve(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "partner resolve", "INCIDENT (--accept | --keep) --by NAME [--why TEXT] [--seen LOCAL_VERSION] [--db PATH]")
	db := dbFlag(fs)
	accept := fs.Bool("accept", false, "take the partner's version; the corrections made here are dropped (the audit log keeps them)")
	keep := fs.Bool("keep", false, "keep the incident as it is here; the partner's next version is judged against it")
	by := fs.String("by", "", "the reviewer's name, recorded in the audit log (required)")
	why := fs.String("why", "", "the reason, recorded in the audit log")
	seen := fs.String("seen", "", "the LOCAL VERSION vigil partner conflicts showed: refuse if the incident changed since")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs(pos, "INCIDENT"); err != nil {
		return fmt.Errorf("partner resolve: %w", err)
	}
	id, err := parseID("incident", pos[0])
	if err != nil {
		return err
	}
	if *accept == *keep {
		return fmt.Errorf("partner resolve: say --accept or --keep")
	}
	if strings.TrimSpace(*by) == "" {
		return fmt.Errorf("partner resolve: --by NAME is required: settling a conflict records who decided")
	}
	store, _, err := partnerStores(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := federation.ConflictOf(ctx, store, id)
	if err != nil {
		return userError("partner resolve", err)
	}
	if *seen != "" {
		t, err := time.Parse(time.RFC3339Nano, *seen)
		if err != nil {
			return fmt.Errorf("partner resolve: --seen %q is not a LOCAL VERSION as vigil partner conflicts prints it", *seen)
		}
		c.Local.UpdatedAt = t
	}
	if err := federation.Resolve(ctx, store, *c, *accept, *by, *why); err != nil {
		if vigil.ErrorCode(err) == vigil.ECONFLICT {
			return fmt.Errorf("partner resolve: %s; list the conflicts again and decide on what they show", vigil.ErrorMessage(err))
		}
		return userError("partner resolve", err)
	}
	what := fmt.Sprintf("kept incident %d as it is here", id)
	if *accept {
		what = fmt.Sprintf("incident %d now holds %s's version %s", id, c.Received.Partner, c.Received.Version)
	}
	fmt.Fprintf(env.Stdout, "%s; %d pending version(s) of %s settled\n", what, c.Pending, c.Received.ID)
	return nil
}

// startPulling pulls from every partner now and every interval, in the
// background, until ctx ends or the returned stop is called (which waits
// for a pull in progress to end). A store that keeps no partners pulls
// nothing.
func startPulling(ctx context.Context, store vigil.Store, every time.Duration, logger *slog.Logger) (stop func()) {
	fs, ok := store.(federation.Store)
	if !ok {
		logger.Warn("--pull-every: this database keeps no partners; not pulling")
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		(&federation.Puller{Store: fs, Logger: logger}).Every(ctx, every)
	}()
	return func() { cancel(); <-done }
}
