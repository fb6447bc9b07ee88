package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// runServer runs `vigil` with args in the background and returns the base
// URL it printed, and a function that stops it (as SIGINT would) and
// returns its exit status and remaining output.
func runServer(t *testing.T, args ...string) (base string, stop func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, w := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- Main(ctx, args, strings.NewReader(""), w, io.Discard)
		w.Close()
	}()
	lines := bufio.NewScanner(out)
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var printed strings.Builder
	for lines.Scan() {
		printed.WriteString(lines.Text() + "\n")
		if m := addr.FindString(lines.Text()); m != "" {
			base = m
			break
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("vigil %v printed no address:\n%s", args, printed.String())
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for lines.Scan() {
			b.WriteString(lines.Text() + "\n")
		}
		rest <- b.String()
	}()
	var stopped bool
	stop = func() (int, string) {
		stopped = true
		cancel()
		select {
		case c := <-code:
			return c, <-rest
		case <-time.After(15 * time.Second):
			t.Fatal("vigil did not stop after its context ended")
			return 0, ""
		}
	}
	t.Cleanup(func() {
		if !stopped {
			stop()
		}
	})
	return base, stop
}

func TestServeAnswersAndStopsCleanly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "vigil.db")
	base, stop := runServer(t, "serve", "--db", db, "--addr", "127.0.0.1:0")

	resp, err := http.Get(base)
	if err != nil {
		t.Fatalf("GET /: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `id="total-incidents">0<`) {
		t.Errorf("GET / on an empty database: %d\n%s", resp.StatusCode, body)
	}
	resp, err = http.Get(base + "incidents")
	if err != nil {
		t.Fatalf("GET /incidents: %v", err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "No incidents match") {
		t.Errorf("GET /incidents on an empty database: %d\n%s", resp.StatusCode, body)
	}

	resp, err = http.Get(base + "api/v1/incidents")
	if err != nil {
		t.Fatalf("GET /api/v1/incidents: %v", err)
	}
	var list struct {
		Items []json.RawMessage `json:"items"`
		Total int               `json:"total"`
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || list.Items == nil || list.Total != 0 {
		t.Errorf("GET /api/v1/incidents: status %d, %+v, %v", resp.StatusCode, list, err)
	}

	code, out := stop()
	if code != 0 || !strings.Contains(out, "vigil stopped") {
		t.Errorf("exit %d, output %q", code, out)
	}
	if _, err := http.Get(base); err == nil {
		t.Error("server still answers after stopping")
	}
}

func TestServeBadAddress(t *testing.T) {
	var stderr strings.Builder
	db := filepath.Join(t.TempDir(), "vigil.db")
	code := Main(context.Background(), []string{"serve", "--db", db, "--addr", "127.0.0.1:notaport"}, strings.NewReader(""), io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "listen on 127.0.0.1:notaport") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// With --analyst the API takes review decisions (a missing incident is then
// a 404); without it the desk is read-only (400). Both need the CSRF token.
func TestServeAnalyst(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		status int
	}{
		{nil, 400},
		{[]string{"--analyst", "amina"}, 404},
	} {
		db := filepath.Join(t.TempDir(), "vigil.db")
		base, stop := runServer(t, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, tc.args...)...)
		resp, err := http.Get(base)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		var token string
		for _, c := range resp.Cookies() {
			if c.Name == "vigil_csrf" {
				token = c.Value
			}
		}
		req, _ := http.NewRequest("POST", base+"api/v1/incidents/1/verify", strings.NewReader(`{"reason":"checked"}`))
		req.Header.Set("X-CSRF-Token", token)
		req.AddCookie(&http.Cookie{Name: "vigil_csrf", Value: token})
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if token == "" || resp.StatusCode != tc.status {
			t.Errorf("serve %v: token %q, POST verify: %d, want %d", tc.args, token, resp.StatusCode, tc.status)
		}
		stop()
	}
	var stderr strings.Builder
	code := Main(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "v.db"), "--analyst", "vigil"},
		strings.NewReader(""), io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "vigil's own actions") {
		t.Errorf("--analyst vigil: exit %d, %q", code, stderr.String())
	}
	// Served to a network, reviewers log in: --analyst is refused there
	// (before anything listens).
	stderr.Reset()
	code = Main(context.Background(), []string{"serve", "--db", filepath.Join(t.TempDir(), "v.db"), "--addr", "0.0.0.0:0", "--analyst", "amina"},
		strings.NewReader(""), io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "--analyst works only on a loopback address") {
		t.Errorf("--analyst on 0.0.0.0: exit %d, %q", code, stderr.String())
	}
}
