package cli

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"

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

// taxiiHandler exports the store's incidents matching f and serves them.
// The store keeps no markings yet, so every record gets m.
func taxiiHandler(ctx context.Context, store vigil.Store, f vigil.Filter, producer stix.Producer, m vigil.Marking, auth taxii.Authenticator, logger *slog.Logger) (http.Handler, int, error) {
	incs, err := store.Incidents(ctx, f)
	if err != nil {
		return nil, 0, userError("list incidents", err)
	}
	in, err := stixInput(ctx, store, incs, producer, m)
	if err != nil {
		return nil, 0, err
	}
	objs, err := stix.Build(in)
	if err != nil {
		return nil, 0, err
	}
	src := &taxii.MemorySource{}
	if err := src.AddObjects(in.Time, objs); err != nil {
		return nil, 0, err
	}
	srv, err := taxii.NewServer(taxii.Config{Title: producer.Name + " (vigil)", Source: src, Auth: auth, Logger: logger})
	if err != nil {
		return nil, 0, err
	}
	return srv, len(objs), nil
}

func runTAXIIServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "taxii serve", "[--db PATH] [--addr HOST:PORT] [--tokens FILE] [--anonymous] [--org KEY] [--tlp LEVEL] [filters]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:9400", "address to listen on")
	tokens := fs.String("tokens", "", "JSON file of API tokens by SHA-256 (make them with vigil taxii token)")
	anonymous := fs.Bool("anonymous", false, "serve TLP:CLEAR objects to requests without a token")
	org := fs.String("org", "vigil", "this organisation's key, owner of what it marks")
	orgName := fs.String("org-name", "", "this organisation's name (default: the key)")
	tlp := fs.String("tlp", "green", "the TLP 2.0 marking of every record: clear, green, amber or amber+strict")
	filters := addFilterFlags(fs, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	m, err := stixMarking(*tlp, *org)
	if err != nil {
		return err
	}
	auth, err := loadTokens(*tokens, *anonymous)
	if err != nil {
		return err
	}
	if *tokens == "" && !*anonymous {
		return fmt.Errorf("taxii serve: no one could read: give --tokens FILE, --anonymous, or both")
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	producer := stix.Producer{Org: *org, Name: *orgName}
	if producer.Name == "" {
		producer.Name = producer.Org
	}
	h, n, err := taxiiHandler(ctx, store, filters.filter(), producer, m, auth, logger)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	fmt.Fprintf(env.Stdout, "vigil serves %d STIX objects over TAXII 2.1 at http://%s%s (Ctrl-C to stop)\n", n, ln.Addr(), taxii.DiscoveryPath)
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
