package api_test

import (
	"context"
	"testing"

	"github.com/vigil-osint/vigil/internal/api"
	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// A member event with no date lies outside the date window LoadIncident
// searches first; it must still be found.
func TestLoadIncidentFindsUndatedMembers(t *testing.T) {
	f := apitest.Seed(t)
	ctx := context.Background()
	inc, err := f.Store.Incident(ctx, f.Kurram)
	if err != nil {
		t.Fatal(err)
	}
	// Re-extract the Kurram report as an undated event: it leaves the
	// incident, which we then save with it again.
	undated := inc.Event
	undated.EventDate, undated.TimePrecision = nil, nil
	if err := f.Store.SaveExtraction(ctx, f.OtherDoc, vigil.Extraction{Events: []vigil.Event{undated}}); err != nil {
		t.Fatal(err)
	}
	evs, err := f.Store.Events(ctx, vigil.Filter{DocumentID: f.OtherDoc})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events of the Kurram report: %v, %v", evs, err)
	}
	mir, err := f.Store.Incident(ctx, f.MirAli)
	if err != nil {
		t.Fatal(err)
	}
	mir.EventIDs = append(mir.EventIDs, evs[0].ID)
	if _, err := f.Store.SaveIncident(ctx, mir); err != nil {
		t.Fatal(err)
	}

	d, err := api.LoadIncident(ctx, f.Store, f.MirAli)
	if err != nil {
		t.Fatal(err)
	}
	var docs []int64
	for _, s := range d.Sources {
		docs = append(docs, s.Event.DocumentID)
		if s.Document == nil || s.Document.ID != s.Event.DocumentID {
			t.Errorf("source of event %d has document %+v", s.Event.ID, s.Document)
		}
	}
	if len(docs) != 3 || docs[0] != f.FirstDoc || docs[1] != f.SecondDoc || docs[2] != f.OtherDoc {
		t.Errorf("sources from documents %v, want %d, %d, %d", docs, f.FirstDoc, f.SecondDoc, f.OtherDoc)
	}
}
