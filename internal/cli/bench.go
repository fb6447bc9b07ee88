package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/vigil-osint/vigil/internal/eval"
	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/shareddata"
)

func init() {
	register(command{name: "bench", summary: "measure extraction speed and memory on the evaluation texts", run: runBench})
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "bench", "[--dataset NAME] [DATASET.jsonl...]")
	only := fs.String("dataset", "", "measure only the rows of dataset `NAME`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files, err := evalFiles(fs.Args())
	if err != nil {
		return err
	}

	// Load the extractor first, measuring its cost on a collected heap.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	x, err := extract.New()
	if err != nil {
		return err
	}
	load := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)

	var speeds []eval.Speed
	for _, f := range files {
		rows, err := loadRows([]string{f}, *only)
		if err != nil && *only != "" {
			continue // the file holds other datasets
		}
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		speeds = append(speeds, eval.Measure(filepath.Base(f), x, eval.Texts(rows)))
	}
	if p, ok := shareddata.Path("eval/boilerplate/ground-truth.json"); ok && *only == "" && len(fs.Args()) == 0 {
		texts, err := eval.BoilerplateTexts(p)
		if err != nil {
			return err
		}
		speeds = append(speeds, eval.Measure("boilerplate article bodies", x, texts))
	}
	if len(speeds) == 0 {
		return fmt.Errorf("no rows of dataset %q in %v", *only, files)
	}
	var end runtime.MemStats
	runtime.ReadMemStats(&end)

	w := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "extractor load\t%s, heap %.1f MB\n", load.Round(time.Microsecond), mb(after.HeapAlloc)-mb(before.HeapAlloc))
	fmt.Fprintln(w, "\t")
	fmt.Fprintf(w, "set (1 goroutine, GOMAXPROCS=1, fastest of 3 passes)\t%6s\t%7s\t%8s\t%7s\t%6s\t\n", "docs", "MB", "seconds", "docs/s", "MB/s")
	var total eval.Speed
	for _, s := range speeds {
		writeSpeed(w, s)
		total.Docs += s.Docs
		total.Bytes += s.Bytes
		total.Elapsed += s.Elapsed
	}
	total.Name = "all"
	writeSpeed(w, total)
	fmt.Fprintln(w, "\t")
	// Sys only grows: it is the most memory the process ever held from the
	// operating system, a portable stand-in for peak resident size.
	fmt.Fprintf(w, "peak memory from the OS (runtime Sys)\t%.1f MB\n", mb(end.Sys))
	return w.Flush()
}

func writeSpeed(w *tabwriter.Writer, s eval.Speed) {
	fmt.Fprintf(w, "%s\t%6d\t%7.2f\t%8.3f\t%7.0f\t%6.2f\t\n", s.Name, s.Docs, float64(s.Bytes)/1e6, s.Elapsed.Seconds(), s.DocsPerSec(), s.MBPerSec())
}

func mb(n uint64) float64 { return float64(n) / 1e6 }
