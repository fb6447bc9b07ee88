package review_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var ctx = context.Background()

// world is a real store fed by the real extractor through ingestion.
type world struct {
	t     *testing.T
	store *sqlite.Store
	pipe  *ingest.Pipeline
	x     *extract.Extractor
}

func newWorld(t *testing.T) *world {
	t.Helper()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return &world{t: t, store: s, x: x, pipe: &ingest.Pipeline{Store: s, Extractor: x, Options: ingest.Options{Workers: 1}}}
}

// ingest stores the inputs one at a time, in the order given.
func (w *world) ingest(in ...vigil.Input) {
	w.t.Helper()
	for _, i := range in {
		sum, err := w.pipe.IngestInputs(ctx, "test", []vigil.Input{i})
		if err != nil || sum.Failed > 0 {
			w.t.Fatalf("ingest %s: %v %v", i.ID, err, sum.Failures)
		}
	}
}

func (w *world) fuse() {
	w.t.Helper()
	if _, err := fuse.Update(ctx, w.store); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) incidents() []vigil.Incident {
	w.t.Helper()
	incs, err := w.store.Incidents(ctx, vigil.Filter{})
	if err != nil {
		w.t.Fatal(err)
	}
	return incs
}

// urls names an incident's sources by their documents' URLs.
func (w *world) urls(id int64) []string {
	w.t.Helper()
	evs, err := w.store.Events(ctx, vigil.Filter{IncidentID: id})
	if err != nil {
		w.t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s#%d", e.URL, e.Index))
	}
	sort.Strings(out)
	return out
}

// outcome describes the incidents by content only (sources, figures),
// not by IDs, which depend on the order of ingestion.
func (w *world) outcome() string {
	w.t.Helper()
	var lines []string
	for _, inc := range w.incidents() {
		f := "none"
		if inc.Fatalities != nil {
			f = fmt.Sprint(*inc.Fatalities)
		}
		lines = append(lines, fmt.Sprintf("%v fatalities=%s range=%d-%d sources=%d state=%s",
			w.urls(inc.ID), f, inc.FatalitiesLow, inc.FatalitiesHigh, inc.SourceCount, inc.ReviewState))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestFamilyFusesToOneIncident(t *testing.T) {
	w := newWorld(t)
	w.ingest(family...)
	w.ingest(wireCopy)
	w.fuse()

	incs := w.incidents()
	if len(incs) != 1 {
		t.Fatalf("%d incidents, want 1:\n%s", len(incs), w.outcome())
	}
	inc := incs[0]
	// Tolls given: 5 (ISPR, Dawn, wire and its reprint), at least 6
	// (Tribune), 7 (police): the most conservative is 5.
	if inc.Fatalities == nil || *inc.Fatalities != 5 || inc.FatalitiesLow != 5 || inc.FatalitiesHigh != 7 {
		t.Errorf("fatalities %v range %d-%d, want 5 (5-7)", inc.Fatalities, inc.FatalitiesLow, inc.FatalitiesHigh)
	}
	if !strings.HasPrefix(inc.ReconcileRule, fuse.RuleConservative) {
		t.Errorf("rule %q, want %q", inc.ReconcileRule, fuse.RuleConservative)
	}
	// Six documents, but the reprint of the wire story is not a sixth
	// confirmation.
	if got := w.urls(inc.ID); len(got) != 6 {
		t.Errorf("members %v, want all six reports", got)
	}
	if inc.SourceCount != 5 {
		t.Errorf("SourceCount = %d, want 5: the wire reprint counts once", inc.SourceCount)
	}
	if inc.ReviewState != vigil.StateUnreviewed {
		t.Errorf("machine-fused incident is %q, want unreviewed", inc.ReviewState)
	}
	d, err := review.New(w.store).Detail(ctx, inc.ID)
	if err != nil {
		t.Fatal(err)
	}
	outlets := map[string]bool{}
	for _, src := range d.Sources {
		outlets[src.Outlet] = true
		if src.Fatalities == nil || len(src.Evidence) == 0 {
			t.Errorf("source %s lost its own figures or evidence: %+v", src.URL, src.Event)
		}
	}
	if len(outlets) != 6 {
		t.Errorf("outlets %v, want six", outlets)
	}
	for _, why := range []string{"date gap 0d", "same district Kech", "score"} {
		if !strings.Contains(inc.FusionReason, why) {
			t.Errorf("fusion reason %q does not say %q", inc.FusionReason, why)
		}
	}
}

func TestDistinctSameDayIncidentsStayApart(t *testing.T) {
	w := newWorld(t)
	w.ingest(family...)
	w.ingest(others...)
	w.fuse()
	incs := w.incidents()
	if len(incs) != 3 {
		t.Fatalf("%d incidents, want 3 (the bombing, the market blast, the operation):\n%s", len(incs), w.outcome())
	}
	for _, inc := range incs {
		n := len(w.urls(inc.ID))
		if inc.EventType == "Battles" && n != 1 || inc.Admin3 == "Mand" && n != 1 {
			t.Errorf("incident %d (%s, %s) has %d members, want 1:\n%s", inc.ID, inc.EventType, inc.Location, n, w.outcome())
		}
	}
}

// TestOrderDoesNotMatter ingests the family, the wire reprint and the two
// other incidents in many orders and checks the incidents come out the
// same, fused after all are stored or after each report arrives.
func TestOrderDoesNotMatter(t *testing.T) {
	all := append(append(slices.Clone(family), wireCopy), others...)
	want := func() string {
		w := newWorld(t)
		w.ingest(all...)
		w.fuse()
		return w.outcome()
	}()
	rng := rand.New(rand.NewPCG(4, 2024))
	perms := [][]vigil.Input{slices.Clone(all)}
	slices.Reverse(perms[0])
	for range 8 {
		p := slices.Clone(all)
		rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		perms = append(perms, p)
	}
	for i, p := range perms {
		w := newWorld(t)
		w.ingest(p...)
		w.fuse()
		if got := w.outcome(); got != want {
			t.Errorf("order %d (%s):\n got %s\nwant %s", i, ids(p), got, want)
		}
	}

	// Fused after each report arrives, in several orders: the same
	// incidents as fusing them all at once.
	for i, p := range perms[:6] {
		w := newWorld(t)
		for _, in := range p {
			w.ingest(in)
			w.fuse()
		}
		if got := w.outcome(); got != want {
			t.Errorf("incremental order %d (%s):\n got %s\nwant %s", i, ids(p), got, want)
		}
	}
}

func ids(in []vigil.Input) string {
	var out []string
	for _, i := range in {
		out = append(out, i.ID)
	}
	return strings.Join(out, ",")
}

// state is everything an analyst sees of the given incidents, as JSON.
func state(t *testing.T, svc *review.Service, ids ...int64) string {
	t.Helper()
	var out []any
	for _, id := range ids {
		d, err := svc.Detail(ctx, id)
		if vigil.ErrorCode(err) == vigil.ENOTFOUND {
			out = append(out, fmt.Sprintf("incident %d absent", id))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		d.Trail = nil // the trail grows by design
		out = append(out, d)
	}
	js, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

func TestMergeThenUndoRestoresExactState(t *testing.T) {
	w := newWorld(t)
	w.ingest(family...)
	w.ingest(others...)
	w.fuse()
	svc := review.New(w.store)
	var bomb, blast int64
	for _, inc := range w.incidents() {
		switch {
		case inc.Admin3 == "Mand":
			blast = inc.ID
		case inc.EventType == "Explosions/Remote violence":
			bomb = inc.ID
		}
	}
	if _, err := svc.Verify(ctx, blast, "amina", "police statement seen"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Correct(ctx, blast, "location", "Mand bazaar", "amina", "market named in the report"); err != nil {
		t.Fatal(err)
	}
	before := state(t, svc, bomb, blast)

	mergeID, err := svc.Merge(ctx, bomb, []int64{blast}, "bilal", "one attack with two devices?")
	if err != nil {
		t.Fatal(err)
	}
	merged, err := svc.Detail(ctx, bomb)
	if err != nil || len(merged.Sources) != 6 {
		t.Fatalf("merged incident: %v sources, %v; want 6", len(merged.Sources), err)
	}
	if merged.Trail[0].Action != vigil.ActionMerge || merged.Trail[0].Actor != "bilal" {
		t.Errorf("trail starts %+v, want bilal's merge", merged.Trail[0])
	}
	// Fusion afterwards does not undo the analyst's merge.
	w.fuse()
	if d, _ := svc.Detail(ctx, bomb); len(d.Sources) != 6 {
		t.Errorf("after fusion the merged incident has %d sources, want 6", len(d.Sources))
	}

	if _, err := svc.Undo(ctx, mergeID, "bilal", "two separate blasts"); err != nil {
		t.Fatal(err)
	}
	if got := state(t, svc, bomb, blast); got != before {
		t.Errorf("undo did not restore the exact prior state:\n got %s\nwant %s", got, before)
	}

	// Split, then undo the split.
	d, _ := svc.Detail(ctx, bomb)
	newID, splitID, err := svc.Split(ctx, bomb, []int64{d.Sources[0].ID}, "bilal", "police report may be another blast")
	if err != nil {
		t.Fatal(err)
	}
	if nd, err := svc.Detail(ctx, newID); err != nil || len(nd.Sources) != 1 || nd.Incident.ReviewState != vigil.StateUnreviewed {
		t.Errorf("split-off incident: %+v, %v", nd, err)
	}
	w.fuse()
	if nd, _ := svc.Detail(ctx, newID); len(nd.Sources) != 1 {
		t.Errorf("fusion re-joined a split: incident %d has %d sources", newID, len(nd.Sources))
	}
	if _, err := svc.Undo(ctx, splitID, "bilal", "same blast"); err != nil {
		t.Fatal(err)
	}
	if got := state(t, svc, bomb, blast, newID); got != strings.TrimSuffix(before, "]")+`,"incident `+fmt.Sprint(newID)+` absent"]` {
		t.Errorf("undo of the split did not restore the state:\n got %s\nwant %s", got, before)
	}
}

// reextract runs the extractor again over every stored document, as a new
// extractor version would.
func (w *world) reextract() {
	w.t.Helper()
	docs, err := w.store.Documents(ctx, vigil.DocumentFilter{})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, d := range docs {
		full, err := w.store.Document(ctx, d.ID)
		if err != nil {
			w.t.Fatal(err)
		}
		if err := w.store.SaveExtraction(ctx, d.ID, w.x.Extract(full.Text, full.Published, full.Outlet)); err != nil {
			w.t.Fatal(err)
		}
	}
}

func TestCorrectionSurvivesReExtraction(t *testing.T) {
	w := newWorld(t)
	w.ingest(family...)
	w.ingest(others...)
	w.fuse()
	svc := review.New(w.store)
	var bomb, operation int64
	for _, inc := range w.incidents() {
		switch {
		case inc.EventType == "Battles":
			operation = inc.ID
		case inc.Admin3 != "Mand":
			bomb = inc.ID
		}
	}
	if _, err := svc.Correct(ctx, bomb, "fatalities", "6", "amina", "funeral prayers for six soldiers"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Verify(ctx, bomb, "amina", "checked"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Reject(ctx, operation, "amina", "routine claim without a place"); err != nil {
		t.Fatal(err)
	}

	w.reextract()
	w.fuse()

	got, err := w.store.Incident(ctx, bomb)
	if err != nil {
		t.Fatalf("incident %d after re-extraction: %v", bomb, err)
	}
	if got.Fatalities == nil || *got.Fatalities != 6 || got.ReviewState != vigil.StateVerified || len(got.EventIDs) != 5 {
		t.Errorf("after re-extraction: fatalities %v, state %q, %d members; want the corrected 6, verified, 5",
			got.Fatalities, got.ReviewState, len(got.EventIDs))
	}
	if !strings.HasPrefix(got.ReconcileRule, "analyst correction") {
		t.Errorf("rule %q does not show the analyst's figure", got.ReconcileRule)
	}
	if op, err := w.store.Incident(ctx, operation); err != nil || op.ReviewState != vigil.StateRejected || len(op.EventIDs) != 1 {
		t.Errorf("rejected incident after re-extraction: %+v, %v", op, err)
	}
	if n := len(w.incidents()); n != 3 {
		t.Errorf("%d incidents after re-extraction, want the same 3:\n%s", n, w.outcome())
	}
}

func TestRevisedTollKeepsHistory(t *testing.T) {
	w := newWorld(t)
	first := []vigil.Input{
		{ID: "a1", Source: "Dawn", Published: "2024-05-02", URL: "https://dawn.example/a1",
			Text: "Four soldiers were martyred on May 1, 2024 when militants attacked a check post in Bannu district, officials said."},
		{ID: "b1", Source: "Express Tribune", Published: "2024-05-02", URL: "https://tribune.example/b1",
			Text: "Militants attacked a check post in Bannu on May 1, 2024, killing seven soldiers, police said."},
	}
	w.ingest(first...)
	w.fuse()
	incs := w.incidents()
	if len(incs) != 1 || incs[0].Fatalities == nil || *incs[0].Fatalities != 4 {
		t.Fatalf("first reports: %s; want one incident with 4 dead", w.outcome())
	}
	id := incs[0].ID
	time.Sleep(2 * time.Millisecond)
	published := time.Now()
	time.Sleep(2 * time.Millisecond)

	// Dawn revises its own count upward the next day.
	w.ingest(vigil.Input{ID: "a2", Source: "Dawn", Published: "2024-05-03", URL: "https://dawn.example/a2",
		Text: "Officials on Thursday revised the toll: seven soldiers were martyred on May 1, 2024 in the militant attack on a check post in Bannu district."})
	w.fuse()
	now, err := w.store.Incident(ctx, id)
	if err != nil || now.Fatalities == nil || *now.Fatalities != 7 || now.FatalitiesLow != 4 || now.FatalitiesHigh != 7 {
		t.Fatalf("after the revision: %+v, %v; want 7 (range 4-7)\n%s", now, err, w.outcome())
	}
	then, err := w.store.IncidentsAsOf(ctx, published, vigil.Filter{})
	if err != nil || len(then) != 1 || then[0].Fatalities == nil || *then[0].Fatalities != 4 {
		t.Errorf("history before the revision = %+v, %v; want the earlier 4", then, err)
	}
}

// TestMergeRefusesMixedMarkings: one incident shows one set of readers its
// figures, so two incidents under different markings stay two.
func TestMergeRefusesMixedMarkings(t *testing.T) {
	w := newWorld(t)
	w.ingest(others...)
	w.fuse()
	incs := w.incidents()
	if len(incs) < 2 {
		t.Fatalf("want at least two incidents, got %d", len(incs))
	}
	amber := incs[1]
	amber.Marking = vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	if _, err := w.store.SaveIncident(vigil.AsOperator(ctx), &amber); err != nil {
		t.Fatal(err)
	}
	svc := review.New(w.store)
	_, err := svc.Merge(vigil.AsOperator(ctx), incs[0].ID, []int64{amber.ID}, "bilal", "same event?")
	if vigil.ErrorCode(err) != vigil.ECONFLICT || !strings.Contains(err.Error(), "different markings") {
		t.Fatalf("merge across markings: err = %v, want ECONFLICT about markings", err)
	}
	if got, _ := w.store.Incident(vigil.AsOperator(ctx), amber.ID); got == nil || got.Marking.TLP != vigil.TLPAmber {
		t.Errorf("the AMBER incident after the refused merge: %+v", got)
	}
}
