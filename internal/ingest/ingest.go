// Package ingest turns files, folders, web pages and feeds into stored
// documents: it reads and decodes each input, removes boilerplate, drops
// exact duplicates, links near-duplicates (wire copies), runs extraction and
// commits each document as soon as it is done.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/ingest/dedup"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// DefaultMaxSize is the per-input size limit when Options.MaxSize is 0.
const DefaultMaxSize = 20 << 20

// Options tune a Pipeline. The zero value is usable.
type Options struct {
	MaxSize     int64         // per input, default 20 MiB; applies after decompression too
	Timeout     time.Duration // per HTTP request, default 30s
	UserAgent   string        // default "vigil (+https://github.com/vigil-osint/vigil)"
	Client      *http.Client  // nil = a client with Timeout and a redirect limit (5)
	Logger      *slog.Logger  // nil = no logging
	Progress    io.Writer     // a progress bar when it is a terminal; log lines otherwise; nil = none
	Workers     int           // inputs read and extracted in parallel, default the number of CPUs
	FollowLinks bool          // fetch the linked page of feed items shorter than 50 words
	// Mark, when set, gives each new document its marking (the ingest
	// command's flags, or its source's default); without it documents are
	// stored unmarked, which is TLP:CLEAR. An error stops the document
	// from being stored rather than store it under the wrong marking.
	Mark func(ctx context.Context, d *vigil.Document) (vigil.Marking, error)
}

// Pipeline ingests inputs into Store, extracting with Extractor.
type Pipeline struct {
	Store     vigil.Store
	Extractor vigil.Extractor
	Options   Options

	once   sync.Once
	client *http.Client
	near   nearIndex
}

// Summary counts what an ingest did.
type Summary struct {
	New           int // documents stored for the first time
	Duplicate     int // documents already stored (same content hash)
	NearDuplicate int // of the new documents, those linked to an earlier near copy
	Failed        int // inputs (or JSON lines, or feed items) that failed
	Events        int // events extracted from the new documents
	Failures      []Failure
	Elapsed       time.Duration
}

// Rate is the number of documents read per second.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.New+s.Duplicate) / s.Elapsed.Seconds()
}

// String is the one-line summary vigil prints after an ingest.
func (s Summary) String() string {
	return fmt.Sprintf("%d new, %d duplicate, %d near-duplicate, %d failed, %d events extracted in %s (%.1f documents/s)",
		s.New, s.Duplicate, s.NearDuplicate, s.Failed, s.Events, s.Elapsed.Round(time.Millisecond), s.Rate())
}

func (s *Summary) add(o Summary) {
	s.New += o.New
	s.Duplicate += o.Duplicate
	s.NearDuplicate += o.NearDuplicate
	s.Failed += o.Failed
	s.Events += o.Events
	s.Failures = append(s.Failures, o.Failures...)
}

// Failure is an input that could not be ingested.
type Failure struct {
	Input string
	Err   error
}

func (f Failure) Error() string { return fmt.Sprintf("%s: %v", f.Input, f.Err) }

// setup fills in the defaults once.
func (p *Pipeline) setup() {
	p.once.Do(func() {
		o := &p.Options
		if o.MaxSize <= 0 {
			o.MaxSize = DefaultMaxSize
		}
		if o.Timeout <= 0 {
			o.Timeout = 30 * time.Second
		}
		if o.UserAgent == "" {
			o.UserAgent = "vigil (+https://github.com/vigil-osint/vigil)"
		}
		if o.Logger == nil {
			o.Logger = slog.New(slog.DiscardHandler)
		}
		if o.Workers <= 0 {
			o.Workers = runtime.NumCPU()
		}
		p.client = o.Client
		if p.client == nil {
			p.client = newClient(o.Timeout)
		}
	})
}

// isURL reports whether target is an http(s) URL rather than a path.
func isURL(target string) bool {
	return strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://")
}

// expand lists the inputs of the targets: URLs as they are, files, and the
// files under folders (recursively, skipping hidden names such as .git).
// Targets that do not exist are failures.
func expand(targets []string) (inputs []string, fails []Failure) {
	for _, t := range targets {
		if isURL(t) {
			inputs = append(inputs, t)
			continue
		}
		fi, err := os.Stat(t)
		if err != nil {
			fails = append(fails, Failure{t, unwrapPathError(err)})
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, t)
			continue
		}
		err = filepath.WalkDir(t, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fails = append(fails, Failure{path, unwrapPathError(err)})
				return nil
			}
			if path != t && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				inputs = append(inputs, path)
			}
			return nil
		})
		if err != nil {
			fails = append(fails, Failure{t, err})
		}
	}
	return inputs, fails
}

// unwrapPathError drops the path an *fs.PathError repeats, since the
// failure already names the input.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// prepared is a document ready to store, with its extraction.
type prepared struct {
	doc vigil.Document
	x   vigil.Extraction
}

// result is what reading one input gave: documents and failures.
type result struct {
	input string
	docs  []prepared
	fails []Failure
}

// Ingest reads every target (file, folder, http(s) URL of a page or a feed,
// feed file) and stores its documents: dedup by content hash, near-duplicate
// link by SimHash, extraction with p.Extractor, Store.SaveExtraction; every
// document is committed as soon as it is done, so a killed ingest loses
// nothing committed. A failing input is recorded (Store.AddIngestError, and
// in Summary.Failures) and the batch goes on. The error is non-nil only when
// the batch itself stopped: the context ended or the store failed.
func (p *Pipeline) Ingest(ctx context.Context, targets []string) (Summary, error) {
	p.setup()
	start := time.Now()
	inputs, fails := expand(targets)
	var sum Summary
	for _, f := range fails {
		if err := p.fail(ctx, &sum, f); err != nil {
			return p.finish(sum, start), err
		}
	}
	prog := newProgress(p.Options.Progress, p.Options.Logger, len(inputs))
	defer prog.done()

	// Workers read, clean and extract inputs in parallel; this goroutine
	// alone writes to the store, so near-duplicate links see every earlier
	// document and each commit is its own transaction.
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for range p.Options.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				select {
				case results <- p.read(ctx, in):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var stopErr error
	for r := range results {
		if stopErr != nil {
			continue // drain, so the workers can exit
		}
		s, err := p.commit(ctx, r)
		sum.add(s)
		prog.step(r.input, s)
		if err != nil {
			stopErr = err
		}
	}
	if stopErr == nil {
		stopErr = ctx.Err()
	}
	return p.finish(sum, start), stopErr
}

func (p *Pipeline) finish(s Summary, start time.Time) Summary {
	s.Elapsed = time.Since(start)
	p.Options.Logger.Info("ingest done", "new", s.New, "duplicate", s.Duplicate, "near_duplicate", s.NearDuplicate,
		"failed", s.Failed, "events", s.Events, "seconds", s.Elapsed.Seconds())
	return s
}

// IngestInputs stores documents given in the extraction contract's input
// form (used by `vigil demo` for its embedded corpus). origin names where
// they came from.
func (p *Pipeline) IngestInputs(ctx context.Context, origin string, in []vigil.Input) (Summary, error) {
	p.setup()
	start := time.Now()
	items, errs := inputItems(origin, in, nil)
	r := result{input: origin}
	for _, err := range errs {
		r.fails = append(r.fails, Failure{origin, err})
	}
	for _, it := range items {
		pd, err := p.prepare(it)
		if err != nil {
			r.fails = append(r.fails, Failure{origin, err})
			continue
		}
		r.docs = append(r.docs, pd)
	}
	sum, err := p.commit(ctx, r)
	return p.finish(sum, start), err
}

// read reads, cleans and extracts one input. It runs on a worker.
func (p *Pipeline) read(ctx context.Context, input string) result {
	r := result{input: input}
	var src source
	var err error
	if isURL(input) {
		src, err = p.fetch(ctx, input)
	} else {
		src, err = p.readPath(input)
	}
	if err != nil {
		r.fails = append(r.fails, Failure{input, unwrapPathError(err)})
		return r
	}
	items, errs := p.items(ctx, src)
	for _, err := range errs {
		r.fails = append(r.fails, Failure{input, err})
	}
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		pd, err := p.prepare(it)
		if err != nil {
			r.fails = append(r.fails, Failure{input, err})
			continue
		}
		r.docs = append(r.docs, pd)
	}
	return r
}

// prepare fingerprints an item and runs extraction on it. A panic in the
// extractor fails this document only, not the whole ingest.
func (p *Pipeline) prepare(it item) (pd prepared, err error) {
	pd.doc = vigil.Document{
		ExternalID:  it.externalID,
		Origin:      it.origin,
		Outlet:      it.outlet,
		URL:         it.url,
		Title:       it.title,
		Published:   it.published,
		Raw:         it.raw,
		Text:        it.text,
		ContentHash: dedup.ContentHash(it.text),
		SimHash:     dedup.SimHash(it.text),
	}
	if p.Extractor == nil {
		return pd, nil
	}
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("extraction failed: %v", v)
			if it.externalID != it.origin {
				err = fmt.Errorf("document %s: %w", it.externalID, err)
			}
		}
	}()
	pd.x = p.Extractor.Extract(pd.doc.Text, pd.doc.Published, pd.doc.Outlet)
	return pd, nil
}

// commit stores one input's documents, each in its own transactions, and
// records its failures. Only a store error stops it.
func (p *Pipeline) commit(ctx context.Context, r result) (Summary, error) {
	var s Summary
	for _, f := range r.fails {
		if err := p.fail(ctx, &s, f); err != nil {
			return s, err
		}
	}
	for i := range r.docs {
		if err := p.store(ctx, &s, &r.docs[i]); err != nil {
			return s, fmt.Errorf("ingest: store %s: %w", r.docs[i].doc.ExternalID, err)
		}
	}
	return s, nil
}

// fail records a failed input in the summary and the store.
func (p *Pipeline) fail(ctx context.Context, s *Summary, f Failure) error {
	s.Failed++
	s.Failures = append(s.Failures, f)
	p.Options.Logger.Warn("input failed", "input", f.Input, "error", f.Err)
	err := p.Store.AddIngestError(ctx, vigil.IngestError{Origin: f.Input, Message: f.Err.Error(), At: time.Now().UTC()})
	if err != nil {
		return fmt.Errorf("ingest: record failure of %s: %w", f.Input, err)
	}
	return nil
}

// store adds one document and its extraction. A document already stored is
// a duplicate; if an earlier run was killed between storing it and saving
// its extraction, the extraction is saved now, so a re-run completes it.
func (p *Pipeline) store(ctx context.Context, s *Summary, pd *prepared) error {
	d := &pd.doc
	near, err := p.nearDuplicate(ctx, d)
	if err != nil {
		return err
	}
	d.NearDuplicateOf = near
	if p.Options.Mark != nil {
		if d.Marking, err = p.Options.Mark(ctx, d); err != nil {
			return err
		}
	}
	id, created, err := p.Store.AddDocument(ctx, d)
	if err != nil {
		return err
	}
	if !created {
		s.Duplicate++
		return p.repair(ctx, id, pd.x)
	}
	s.New++
	p.near.add(id, d.SimHash)
	if near != 0 {
		s.NearDuplicate++
	}
	if err := p.Store.SaveExtraction(ctx, id, pd.x); err != nil {
		return err
	}
	s.Events += len(pd.x.Events)
	return nil
}

// repair saves the extraction of a stored document that has none although
// extraction finds something: what a kill between the two commits leaves.
func (p *Pipeline) repair(ctx context.Context, id int64, x vigil.Extraction) error {
	if len(x.Events)+len(x.Claims)+len(x.Equipment) == 0 {
		return nil
	}
	f := vigil.Filter{DocumentID: id, Limit: 1}
	evs, err := p.Store.Events(ctx, f)
	if err != nil || len(evs) > 0 {
		return err
	}
	if len(x.Events) == 0 {
		// Events were not expected; check the claims and equipment.
		cs, err := p.Store.Claims(ctx, f)
		if err != nil || len(cs) > 0 {
			return err
		}
		eq, err := p.Store.Equipment(ctx, f)
		if err != nil || len(eq) > 0 {
			return err
		}
	}
	return p.Store.SaveExtraction(ctx, id, x)
}
