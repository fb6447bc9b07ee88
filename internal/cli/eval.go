package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/vigil-osint/vigil/internal/eval"
	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/shareddata"
)

func init() {
	register(command{name: "eval", summary: "score extraction against human-coded evaluation sets", run: runEval})
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval", "[--json FILE] [--dataset NAME] [DATASET.jsonl...]")
	jsonOut := fs.String("json", "", "also write the results as JSON to `FILE`")
	only := fs.String("dataset", "", "score only the rows of dataset `NAME`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files, err := evalFiles(fs.Args())
	if err != nil {
		return err
	}
	rows, err := loadRows(files, *only)
	if err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	start := time.Now()
	results, err := eval.Evaluate(ctx, x, rows)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "scored %d rows from %d files in %s\n", len(rows), len(files), time.Since(start).Round(time.Millisecond))
	if err := eval.WriteTable(env.Stdout, results); err != nil {
		return err
	}
	if *jsonOut != "" {
		f, err := os.Create(*jsonOut)
		if err != nil {
			return fmt.Errorf("write results: %w", err)
		}
		if err := eval.WriteJSON(f, results); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write results %s: %w", *jsonOut, err)
		}
	}
	return nil
}

// evalFiles returns the files named, or every *.jsonl of the shared dev
// folder when none is.
func evalFiles(args []string) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	dir, ok := shareddata.Path("eval/dev")
	if !ok {
		return nil, fmt.Errorf("no dataset files given, and the shared dev folder (../shared/eval/dev beside the checkout, or $VIGIL_SHARED/eval/dev) is absent")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no *.jsonl files in %s", dir)
	}
	return files, nil
}

// loadRows reads every file, keeping only the rows of dataset only when it
// is set.
func loadRows(files []string, only string) ([]eval.Row, error) {
	var rows []eval.Row
	for _, f := range files {
		rs, err := eval.Load(f)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if only == "" || r.Dataset == only {
				rows = append(rows, r)
			}
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no rows of dataset %q in %v (known datasets: %v)", only, files, eval.Datasets())
	}
	return rows, nil
}
