package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/ingest/clean"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "extract", summary: "extract events, claims and equipment from JSON Lines documents", run: runExtract})
}

// extractOutput is one output line of `vigil extract --jsonl`.
type extractOutput struct {
	ID        string            `json:"id"`
	Text      string            `json:"text,omitempty"` // the cleaned text, for HTML input
	Events    []vigil.Event     `json:"events"`
	Claims    []vigil.Claim     `json:"claims"`
	Equipment []vigil.Equipment `json:"equipment"`
	Error     string            `json:"error,omitempty"`
}

// maxLine bounds one input document; longer lines are reported as errors.
const maxLine = 64 << 20

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "--jsonl [FILE...]")
	jsonl := fs.Bool("jsonl", false, "read and write JSON Lines (the only format; required)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*jsonl {
		fmt.Fprintln(env.Stderr, "vigil extract: --jsonl is required (the only input format)")
		return exitError{2}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	var inputs []namedReader
	if fs.NArg() == 0 {
		inputs = append(inputs, namedReader{"standard input", env.Stdin})
	}
	for _, p := range fs.Args() {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("open %s: %w", p, err)
		}
		defer f.Close()
		inputs = append(inputs, namedReader{p, f})
	}
	failed, err := extractLines(ctx, x, inputs, env.Stdout, max(1, *workers))
	if err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "vigil extract: %d input line(s) failed; see their \"error\" fields\n", failed)
		return exitError{1}
	}
	return nil
}

type namedReader struct {
	name string
	r    io.Reader
}

// job is one input line on its way through the workers; done is closed
// when out is ready, so the writer can emit lines in input order.
type job struct {
	name string
	line int
	raw  []byte
	out  []byte
	fail bool
	done chan struct{}
}

// extractLines extracts every line of inputs on workers goroutines and
// writes the results to w in input order. It returns how many lines failed.
func extractLines(ctx context.Context, x *extract.Extractor, inputs []namedReader, w io.Writer, workers int) (int, error) {
	work := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.out, j.fail = extractOne(x, j.name, j.line, j.raw)
				close(j.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		for _, in := range inputs {
			sc := bufio.NewScanner(in.r)
			sc.Buffer(make([]byte, 0, 1<<20), maxLine)
			n := 0
			for sc.Scan() {
				n++
				if ctx.Err() != nil {
					readErr <- ctx.Err()
					return
				}
				raw := append([]byte(nil), sc.Bytes()...)
				if len(strings.TrimSpace(string(raw))) == 0 {
					continue
				}
				j := &job{name: in.name, line: n, raw: raw, done: make(chan struct{})}
				order <- j
				work <- j
			}
			if err := sc.Err(); err != nil {
				readErr <- fmt.Errorf("read %s after line %d: %w", in.name, n, err)
				return
			}
		}
		readErr <- nil
	}()
	bw := bufio.NewWriter(w)
	failed := 0
	for j := range order {
		<-j.done
		if j.fail {
			failed++
		}
		bw.Write(j.out)
		bw.WriteByte('\n')
	}
	wg.Wait()
	if err := bw.Flush(); err != nil {
		return failed, fmt.Errorf("write output: %w", err)
	}
	return failed, <-readErr
}

// extractOne handles one input line: it never fails the run, a bad line
// gets an output line with its error.
func extractOne(x *extract.Extractor, name string, line int, raw []byte) ([]byte, bool) {
	var in vigil.Input
	out := extractOutput{Events: []vigil.Event{}, Claims: []vigil.Claim{}, Equipment: []vigil.Equipment{}}
	fail := func(format string, args ...any) ([]byte, bool) {
		out.Error = fmt.Sprintf("%s line %d: ", name, line) + fmt.Sprintf(format, args...)
		b, _ := json.Marshal(out)
		return b, true
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		// Keep the id if the line is JSON of the wrong shape.
		var probe struct {
			ID any `json:"id"`
		}
		if json.Unmarshal(raw, &probe) == nil && probe.ID != nil {
			out.ID = fmt.Sprint(probe.ID)
		}
		return fail("not a JSON document object: %v", err)
	}
	out.ID = in.ID
	if in.ID == "" {
		return fail("missing \"id\"")
	}
	published, err := ingest.ParsePublished(in.Published)
	if err != nil {
		return fail("%v", err)
	}
	text := in.Text
	if text == "" && in.HTML != "" {
		res, err := clean.Article(in.HTML, in.URL)
		if err != nil {
			return fail("clean html: %v", err)
		}
		text = res.Text
		out.Text = text
		if published.IsZero() {
			published = res.Published
		}
	} else if text == "" {
		return fail("needs \"text\" or \"html\"")
	}
	x2 := x.Extract(text, published, in.Source)
	out.Events, out.Claims, out.Equipment = x2.Events, x2.Claims, x2.Equipment
	b, err := json.Marshal(out)
	if err != nil {
		return fail("encode result: %v", err)
	}
	return b, false
}
