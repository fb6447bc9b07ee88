package ingest

import (
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// progress reports how far an ingest has got: a bar on a terminal, a log
// line every few seconds otherwise (logs, pipes, CI).
type progress struct {
	bar    *mpb.Bar
	p      *mpb.Progress
	log    *slog.Logger
	total  int
	n      int
	last   time.Time
	counts Summary
}

// logEvery is how often progress is logged when there is no terminal.
const logEvery = 5 * time.Second

func newProgress(w io.Writer, log *slog.Logger, total int) *progress {
	pr := &progress{log: log, total: total, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		pr.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(40))
		pr.bar = pr.p.AddBar(int64(total),
			mpb.PrependDecorators(decor.Name("ingest "), decor.CountersNoUnit("%d/%d inputs")),
			mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.AverageSpeed(0, " %.1f/s")),
		)
	} else if w == nil {
		pr.log = slog.New(slog.DiscardHandler)
	}
	return pr
}

// step counts one input done.
func (pr *progress) step(input string, s Summary) {
	pr.n++
	pr.counts.add(Summary{New: s.New, Duplicate: s.Duplicate, Failed: s.Failed})
	if pr.bar != nil {
		pr.bar.Increment()
		return
	}
	if time.Since(pr.last) >= logEvery || pr.n == pr.total {
		pr.last = time.Now()
		pr.log.Info("ingest progress", "inputs", pr.n, "of", pr.total, "new", pr.counts.New,
			"duplicate", pr.counts.Duplicate, "failed", pr.counts.Failed, "last", input)
	}
}

// done stops the bar, leaving it at its final count.
func (pr *progress) done() {
	if pr.bar != nil {
		pr.bar.SetTotal(-1, true) // complete even when the ingest stopped early
		pr.p.Wait()
	}
}
