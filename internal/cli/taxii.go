package cli

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"

	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "taxii", summary: "share incidents with partners over TAXII 2.1 (taxii serve, taxii token)", run: runTAXII})
}

func runTAXII(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("taxii: say serve or token (vigil taxii serve --help)")
	}
	switch args[0] {
	case "serve":
		return runTAXIIServe(ctx, env, args[1:])
	case "token":
		return runTAXIIToken(env, args[1:])
	}
	return fmt.Errorf("taxii: unknown subcommand %q: use serve or token", args[0])
}

// tokenFile is the --tokens file: who each token is, by the token's
// SHA-256, so the file never holds a usable token.
type tokenFile struct {
	Tokens []struct {
		SHA256   string   `json:"sha256"`
		Org      string   `json:"org"`
		User     string   `json:"user"`
		Partners []string `json:"partners"`
	} `json:"tokens"`
}

func loadTokens(path string, anonymous bool) (*taxii.StaticTokens, error) {
	auth := taxii.NewStaticTokens(nil, anonymous)
	if path == "" {
		return auth, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--tokens: %w", err)
	}
	var f tokenFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("--tokens %s: %w", path, err)
	}
	for i, t := range f.Tokens {
		if t.Org == "" {
			return nil, fmt.Errorf("--tokens %s: token %d has no org", path, i+1)
		}
		if err := auth.AddDigest(t.SHA256, vigil.Viewer{Org: t.Org, User: t.User, Partners: t.Partners}); err != nil {
			return nil, fmt.Errorf("--tokens %s: token %d: %s", path, i+1, vigil.ErrorMessage(err))
		}
	}
	return auth, nil
}

// taxiiServer serves store's incidents over TAXII 2.1 (federation.Source):
// each request reads the store as its token's viewer, every version of an
// incident under the marking it had then.
func taxiiServer(store federation.Store, producer stix.Producer, auth taxii.Authenticator, logger *slog.Logger) (*taxii.Server, error) {
	src := &federation.Source{Store: store, Producer: producer, Logger: logger}
	// Pages of 1,000: each page reads the history again (federation.Source).
	return taxii.NewServer(taxii.Config{Title: producer.Name + " (vigil)", Source: src, Auth: auth, Logger: logger, PageSize: 1000})
}

// withTAXII serves TAXII 2.1 at /taxii2/ beside h, as vigil serve does:
// API tokens of the account store authenticate (svc; a fresh service when
// nil), and a request without one reads TLP:CLEAR only, when anonymous.
// A store that keeps no federation tables serves h alone.
func withTAXII(h http.Handler, store vigil.Store, svc *accounts.Service, org string, anonymous bool, logger *slog.Logger) (http.Handler, error) {
	fs, ok := store.(federation.Store)
	if !ok {
		return h, nil
	}
	if svc == nil {
		as, ok := store.(accounts.Store)
		if !ok {
			return h, nil
		}
		svc = accounts.New(as, accounts.WithLogger(logger))
	}
	srv, err := taxiiServer(fs, stix.Producer{Org: org, Name: org}, accounts.TAXII{Service: svc, AllowAnonymous: anonymous}, logger)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle(taxii.DiscoveryPath, srv)
	mux.Handle("/", h)
	return mux, nil
}

// eitherAuth accepts what the first authenticator accepts, else what the
// second does: the account store's API tokens, then a --tokens file.
type eitherAuth [2]taxii.Authenticator

func (a eitherAuth) Authenticate(r *http.Request) (vigil.Viewer, error) {
	v, err := a[0].Authenticate(r)
	if errors.Is(err, taxii.ErrUnauthenticated) {
		return a[1].Authenticate(r)
	}
	return v, err
}

func runTAXIIServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "taxii serve", "[--db PATH] [--addr HOST:PORT] [--tokens FILE] [--anonymous] [--org KEY] [--org-name NAME]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:9400", "address to listen on")
	tokens := fs.String("tokens", "", "JSON file of API tokens by SHA-256 (make them with vigil taxii token), besides the account store's tokens")
	anonymous := fs.Bool("anonymous", false, "serve TLP:CLEAR objects to requests without a token")
	org := fs.String("org", "vigil", "this organisation's key, the producer of what it serves")
	orgName := fs.String("org-name", "", "this organisation's name (default: the key)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	static, err := loadTokens(*tokens, *anonymous)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	fst, ok := store.(federation.Store)
	if !ok {
		return fmt.Errorf("taxii serve: this database keeps no incident history to serve")
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	var auth taxii.Authenticator = static
	if as, ok := store.(accounts.Store); ok {
		auth = eitherAuth{accounts.TAXII{Service: accounts.New(as, accounts.WithLogger(logger))}, static}
	} else if *tokens == "" && !*anonymous {
		return fmt.Errorf("taxii serve: no one could read: give --tokens FILE, --anonymous, or both")
	}
	producer := stix.Producer{Org: *org, Name: *orgName}
	if producer.Name == "" {
		producer.Name = producer.Org
	}
	h, err := taxiiServer(fst, producer, auth, logger)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	fmt.Fprintf(env.Stdout, "vigil serves its incidents over TAXII 2.1 at http://%s%s to API token holders, each as their markings allow (Ctrl-C to stop)\n", ln.Addr(), taxii.DiscoveryPath)
	return serveUntilDone(ctx, env, ln, h, logger)
}

// runTAXIIToken makes a new random token: the token itself for the partner,
// and the line for the --tokens file, which keeps only its SHA-256.
func runTAXIIToken(env *Env, args []string) error {
	fs := newFlagSet(env, "taxii token", "--org KEY [--user NAME] [--partner KEY]...")
	org := fs.String("org", "", "the organisation the token speaks for")
	user := fs.String("user", "", "the user within it (needed to read RED records named to them)")
	var partners stringList
	fs.Var(&partners, "partner", "an organisation whose GREEN and AMBER records this one receives (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *org == "" {
		return fmt.Errorf("taxii token: --org is required")
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return fmt.Errorf("taxii token: %w", err)
	}
	token := hex.EncodeToString(raw)
	digest := sha256.Sum256([]byte(token))
	entry, err := json.Marshal(map[string]any{"sha256": hex.EncodeToString(digest[:]), "org": *org, "user": *user, "partners": []string(partners)})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "token (give it to the partner; it is shown once): %s\nentry for the --tokens file: %s\n", token, entry)
	return nil
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return fmt.Sprint(*l) }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
