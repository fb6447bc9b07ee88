// Package pgtest starts throw-away PostgreSQL servers for tests: initdb and
// pg_ctl in a temporary folder, listening on a free loopback port and on a
// unix socket in that folder, stopped when the test ends. Tests that need
// PostgreSQL call Start; on a machine without PostgreSQL installed they are
// skipped with a message saying so.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// SkipMessage is the reason tests give when PostgreSQL is not installed.
const SkipMessage = "PostgreSQL not installed: initdb not found on PATH or under /usr/lib/postgresql/*/bin"

// superuser is the database role initdb creates; the cluster trusts every
// loopback connection, so it needs no password.
const superuser = "vigil"

// Cluster is a running throw-away PostgreSQL server.
type Cluster struct {
	bin     string // folder holding initdb and pg_ctl
	base    string // the cluster's folder: data, log and socket
	data    string
	log     string
	port    int
	runAs   string // OS user the server runs as; "" for the current user
	admin   *sql.DB
	counter atomic.Int64
}

// FindBin returns the folder holding initdb and pg_ctl: the one on PATH,
// else the newest /usr/lib/postgresql/<version>/bin (where Debian puts
// them, off the PATH). ok is false when PostgreSQL is not installed.
func FindBin() (dir string, ok bool) {
	return findBin("/usr/lib/postgresql/*/bin/initdb")
}

// findBin is FindBin with the pattern of the versioned folders to try
// after the PATH.
func findBin(versioned string) (dir string, ok bool) {
	if p, err := exec.LookPath("initdb"); err == nil {
		// A link on the PATH (/usr/local/bin/initdb) stands for the real
		// folder, which holds the server binaries too.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "pg_ctl")); err == nil {
			return filepath.Dir(p), true
		}
	}
	matches, _ := filepath.Glob(versioned)
	// Newest version first: compare the version folder numerically so 10
	// sorts above 9.
	version := func(p string) int {
		v, _ := strconv.Atoi(strings.Split(filepath.Base(filepath.Dir(filepath.Dir(p))), ".")[0])
		return v
	}
	sort.Slice(matches, func(i, j int) bool { return version(matches[i]) > version(matches[j]) })
	for _, m := range matches {
		if _, err := os.Stat(filepath.Join(filepath.Dir(m), "pg_ctl")); err == nil {
			return filepath.Dir(m), true
		}
	}
	return "", false
}

// Start initialises and starts a cluster in a temporary folder of tb, and
// stops it (pg_ctl stop -m immediate: the data is thrown away anyway) when
// tb ends. It skips tb when PostgreSQL is not installed.
//
// PostgreSQL refuses to run as root; under root (as in CI containers) the
// server runs as the "postgres" user that Debian's package creates, through
// runuser, and the folder is handed to that user.
func Start(tb testing.TB) *Cluster {
	tb.Helper()
	bin, ok := FindBin()
	if !ok {
		tb.Skip(SkipMessage)
	}
	base := tb.TempDir()
	if os.Geteuid() == 0 {
		// The test's folder, base's parent, is private to root; the server's
		// user must be able to pass through it.
		if err := os.Chmod(filepath.Dir(base), 0o711); err != nil {
			tb.Fatalf("pgtest: %v", err)
		}
	}
	c, err := start(bin, base)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() {
		if err := c.stop(); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	return c
}

// shared is the cluster Shared hands out, started on first use.
var shared struct {
	once    sync.Once
	cluster *Cluster
	dir     string
	err     error
}

// Shared returns one cluster for the whole test binary, starting it on the
// first call: each test then takes its own database (NewDatabase) instead
// of paying for initdb. The package's TestMain must call Main, which stops
// it. Shared skips tb when PostgreSQL is not installed.
func Shared(tb testing.TB) *Cluster {
	tb.Helper()
	bin, ok := FindBin()
	if !ok {
		tb.Skip(SkipMessage)
	}
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "vigil-pgtest-")
		if shared.err == nil {
			shared.cluster, shared.err = start(bin, shared.dir)
		}
	})
	if shared.err != nil {
		tb.Fatalf("pgtest: shared cluster: %v", shared.err)
	}
	return shared.cluster
}

// Main runs the tests of m and then stops the shared cluster, if a test
// started one, and removes its folder. Call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if shared.cluster != nil {
		if err := shared.cluster.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// start initialises a cluster in base, an empty folder, and starts it.
func start(bin, base string) (*Cluster, error) {
	c := &Cluster{bin: bin, base: base}
	if os.Geteuid() == 0 {
		if err := c.handOver(base); err != nil {
			return nil, err
		}
	}
	c.data = filepath.Join(base, "data")
	c.log = filepath.Join(base, "server.log")
	sockets := filepath.Join(base, "s")
	if err := os.Mkdir(sockets, 0o700); err != nil {
		return nil, err
	}
	if c.runAs != "" {
		if err := chown(sockets, c.runAs); err != nil {
			return nil, err
		}
	}
	if out, err := c.run("initdb", "-D", c.data, "-U", superuser, "--auth=trust", "-E", "UTF8",
		"--locale=C.UTF-8", "--no-sync"); err != nil {
		return nil, fmt.Errorf("initdb in %s: %v\n%s", base, err, out)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c.port = port
	// Durability settings are off: the cluster lives for one test run.
	conf := fmt.Sprintf("\nlisten_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = '%s'\n"+
		"fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n", port, sockets)
	if err := appendFile(filepath.Join(c.data, "postgresql.conf"), conf); err != nil {
		return nil, fmt.Errorf("configure cluster: %w", err)
	}
	if out, err := c.run("pg_ctl", "-D", c.data, "-l", c.log, "-w", "-t", "60", "start"); err != nil {
		logText, _ := os.ReadFile(c.log)
		return nil, fmt.Errorf("pg_ctl start: %v\n%s\nserver log:\n%s", err, out, logText)
	}
	if err := c.watch(); err != nil {
		c.stop()
		return nil, err
	}
	c.admin, err = sql.Open("pgx", c.DSN("postgres"))
	if err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

// watch starts a watchdog that stops the server and removes its folder
// once this process is gone, however it ended: a panic or a test timeout
// skips every cleanup, and no server may outlive its test binary. The
// watchdog gets no output pipe, so go test need not wait for it.
func (c *Cluster) watch() error {
	stop := []string{filepath.Join(c.bin, "pg_ctl")}
	if c.runAs != "" {
		stop = append([]string{"runuser", "-u", c.runAs, "--"}, stop...)
	}
	script := `while kill -0 "$1" 2>/dev/null; do sleep 1; done; shift; dir=$1; shift; "$@" -D "$dir/data" -m immediate stop; rm -rf "$dir"`
	args := append([]string{"-c", script, "pgtest-watchdog", strconv.Itoa(os.Getpid()), c.base}, stop...)
	cmd := exec.Command("/bin/sh", args...)
	cmd.Dir = c.base
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start watchdog: %w", err)
	}
	go cmd.Wait() // reap it if it ends first; it normally outlives us
	return nil
}

// stop stops the server at once; its data is not worth a clean shutdown.
func (c *Cluster) stop() error {
	if c.admin != nil {
		c.admin.Close()
	}
	if out, err := c.run("pg_ctl", "-D", c.data, "-m", "immediate", "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

// handOver gives base to the postgres user when running as root.
func (c *Cluster) handOver(base string) error {
	if _, err := user.Lookup("postgres"); err != nil {
		return fmt.Errorf("running as root, and PostgreSQL refuses to: no \"postgres\" user to run it as: %w", err)
	}
	c.runAs = "postgres"
	return chown(base, c.runAs)
}

func chown(path, name string) error {
	u, err := user.Lookup(name)
	if err != nil {
		return err
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(path, uid, gid); err != nil {
		return fmt.Errorf("hand %s to user %s: %w", path, name, err)
	}
	return nil
}

// run runs one of the cluster's binaries, as runAs when set.
func (c *Cluster) run(name string, args ...string) ([]byte, error) {
	path := filepath.Join(c.bin, name)
	var cmd *exec.Cmd
	if c.runAs != "" {
		cmd = exec.Command("runuser", append([]string{"-u", c.runAs, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = c.base // the postgres user may not be able to read the caller's folder
	return cmd.CombinedOutput()
}

// freePort asks the kernel for a free loopback port. Another process could
// take it before the server binds it; the window is short, and the server
// then fails to start with a clear log.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func appendFile(path, text string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// DSN is the connection string for database name on the cluster.
func (c *Cluster) DSN(name string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", superuser, c.port, name)
}

// NewDatabase creates an empty database with a name of its own and returns
// its connection string. The database goes when the cluster stops.
func (c *Cluster) NewDatabase(tb testing.TB) string {
	tb.Helper()
	name := fmt.Sprintf("test_%d", c.counter.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// A database name is an identifier, not a parameter; this one is ours.
	if _, err := c.admin.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		tb.Fatalf("pgtest: create database %s: %v", name, err)
	}
	return c.DSN(name)
}
