package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// crashEnv names the database a re-executed test binary writes to until it
// is killed.
const crashEnv = "VIGIL_SQLITE_CRASH_DB"

// TestMain runs the crash writer instead of the tests when the test binary
// is re-executed by TestKillMidWrite.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashWriter(path)
	}
	os.Exit(m.Run())
}

// crashWriter stores documents and their extractions as fast as it can,
// printing each document's ID once its transaction has committed, until it
// is killed.
func crashWriter(path string) {
	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for i := 0; ; i++ {
		text := fmt.Sprintf("Report %d: militants attacked a check post; %d soldiers were martyred.", i, i%7)
		id, _, err := s.AddDocument(ctx, &vigil.Document{Outlet: "Dawn", Title: fmt.Sprint("report ", i), Text: text, Raw: text, ContentHash: text})
		if err == nil {
			err = s.SaveExtraction(ctx, id, vigil.Extraction{Events: []vigil.Event{{EventType: "Battles", Fatalities: &i}}})
		}
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println(id)
	}
}

// TestKillMidWrite kills a writing process with SIGKILL and checks that
// every write it reported committed survives and the file is intact. Each
// document and its extraction are two transactions, as in ingest.
func TestKillMidWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := map[int64]bool{}
	sc := bufio.NewScanner(out)
	deadline := time.Now().Add(20 * time.Second)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		id, err := strconv.ParseInt(line, 10, 64)
		if err != nil {
			t.Fatalf("child printed %q", line)
		}
		committed[id] = true
		if len(committed) >= 300 || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if len(committed) == 0 {
		t.Fatal("the child committed nothing before it was killed")
	}

	ctx := vigil.AsOperator(context.Background()) // the command line's viewer
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check after SIGKILL = %q, %v", check, err)
	}
	for id := range committed {
		d, err := s.Document(ctx, id)
		if err != nil {
			t.Errorf("document %d, reported committed, is gone: %v", id, err)
			continue
		}
		evs, err := s.Events(ctx, vigil.Filter{DocumentID: d.ID})
		if err != nil || len(evs) != 1 {
			t.Errorf("document %d has %d events after SIGKILL, want 1 (%v)", id, len(evs), err)
		}
	}
	// A document stored without its extraction is the one transaction the
	// kill may have split; there can be at most one such.
	ds, _ := s.Documents(ctx, vigil.DocumentFilter{})
	bare := 0
	for _, d := range ds {
		if evs, _ := s.Events(ctx, vigil.Filter{DocumentID: d.ID}); len(evs) == 0 {
			bare++
		}
	}
	if bare > 1 {
		t.Errorf("%d documents lack their extraction, want at most the one in flight", bare)
	}
	t.Logf("%d writes reported committed, %d documents after the kill", len(committed), len(ds))
}
