package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
	"github.com/vigil-osint/vigil/internal/web"
)

func init() {
	register(command{name: "serve", summary: "serve the web pages and the JSON API", run: runServe})
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "serve", "[--db PATH] [--addr HOST:PORT] [--analyst NAME] [--workers N]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	analyst := fs.String("analyst", "", "name review decisions are recorded under; without it the desk is read-only")
	workers := fs.Int("workers", 0, "queued jobs run in this process at once (vigil worker runs them elsewhere)")
	org := fs.String("org", "vigil", "this organisation's key: the producer of the incidents served over TAXII 2.1 at /taxii2/")
	pullEvery := fs.Duration("pull-every", 0, "pull from every partner (vigil partner add) this often, e.g. 15m; 0 never")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *workers > 0 {
		pool, err := newPool(store, slog.New(slog.NewTextHandler(env.Stderr, nil)), *workers, time.Second, shutdownGrace)
		if err != nil {
			return err
		}
		poolCtx, stopPool := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- pool.Run(poolCtx) }()
		// When serving ends, in-flight jobs finish or go back to the queue
		// before the store closes.
		defer func() { stopPool(); <-done }()
	}
	if *pullEvery > 0 {
		stopPull := startPulling(ctx, store, *pullEvery, slog.New(slog.NewTextHandler(env.Stderr, nil)))
		defer stopPull()
	}
	return serveAs(ctx, env, store, *addr, *analyst, *org)
}

// shutdownGrace is how long requests in flight may take to finish once
// vigil is asked to stop.
const shutdownGrace = 10 * time.Second

// serve serves the pages and API of store on addr until ctx ends (SIGINT or
// SIGTERM), then lets requests in flight finish. It prints the address, so
// an address with port 0 tells the user which port it got.
//
// On a loopback address no login is needed and every request reads as the
// operator, who sees every record whatever its marking (whoever can reach a
// loopback address can read the database file anyway): with an analyst
// name the desk takes review decisions under that name; without one it is
// read-only. On any other address every page and API request needs a
// logged-in user or an API token, each sees what their markings allow, and
// review decisions are recorded under the user's name (reviewers and admins
// only); --analyst is refused there.
func serve(ctx context.Context, env *Env, store vigil.Store, addr, analyst string) error {
	return serveAs(ctx, env, store, addr, analyst, "vigil")
}

// serveAs is serve for the organisation org, the producer of what it
// serves over TAXII.
func serveAs(ctx context.Context, env *Env, store vigil.Store, addr, analyst, org string) error {
	analyst = strings.TrimSpace(analyst)
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	h, requireLogin, err := serveHandler(store, addr, analyst, org, logger)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	mode := "read-only; no login, on this machine only: every record shown as to the operator, whatever its marking; --analyst NAME to review"
	switch {
	case requireLogin:
		mode = "login required; each user sees what their markings allow; create the first admin with vigil user add"
	case analyst != "":
		mode = "reviewing as " + analyst + "; no login, on this machine only: every record shown as to the operator, whatever its marking"
	}
	fmt.Fprintf(env.Stdout, "vigil is serving on http://%s/ (%s; Ctrl-C to stop)\n", ln.Addr(), mode)
	if _, ok := store.(federation.Store); ok {
		fmt.Fprintf(env.Stdout, "TAXII 2.1 for partners at http://%s%s (API tokens; vigil token create)\n", ln.Addr(), taxii.DiscoveryPath)
	}
	return serveUntilDone(ctx, env, ln, h, logger)
}

// serveHandler builds what vigil serve serves on addr: the pages, the API
// and TAXII, each request reading as its caller (see serve). It reports
// whether the handler requires a login.
func serveHandler(store vigil.Store, addr, analyst, org string, logger *slog.Logger) (http.Handler, bool, error) {
	if analyst == "vigil" {
		return nil, false, fmt.Errorf("--analyst %q is the name of vigil's own actions: use your own name", analyst)
	}
	opts := web.Options{Logger: logger}
	requireLogin := !accounts.IsLoopback(addr)
	switch {
	case requireLogin:
		if analyst != "" {
			return nil, false, fmt.Errorf("--analyst works only on a loopback address; on %s reviewers log in and decisions carry their names", addr)
		}
		as, ok := store.(accounts.Store)
		if !ok {
			return nil, false, fmt.Errorf("serve on %s: this database does not keep accounts, which a server other machines reach needs", addr)
		}
		svc := accounts.New(as, accounts.WithLogger(logger))
		svc.SecureCookies = accounts.SecureCookies(addr, false)
		opts.RequireLogin, opts.Accounts, opts.Reviewer = true, svc, review.New(store)
	case analyst != "":
		opts.Reviewer, opts.Analyst, opts.Operator = review.New(store), analyst, true
	default:
		opts.Operator = true
	}
	h, err := web.NewServer(store, opts)
	if err != nil {
		return nil, false, err
	}
	// TAXII answers API token holders as their markings allow, and requests
	// without a token only where pages need no login: never as the operator.
	if h, err = withTAXII(h, store, opts.Accounts, org, !requireLogin, logger); err != nil {
		return nil, false, err
	}
	return h, requireLogin, nil
}

// serveUntilDone serves h on ln until ctx ends, then shuts down gracefully.
func serveUntilDone(ctx context.Context, env *Env, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(stopCtx); err != nil {
		return fmt.Errorf("stop serving: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	}
	fmt.Fprintln(env.Stdout, "vigil stopped")
	return nil
}
