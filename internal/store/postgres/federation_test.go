package postgres

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/federation"
	"github.com/vigil-osint/vigil/internal/share/federation/fedtest"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestFederationStore(t *testing.T) {
	fedtest.Run(t, func(t *testing.T) federation.Store { return openFresh(t) })
}

// TestImportKeepsFederation copies an embedded database that pulls from a
// partner into PostgreSQL: the partner, its cursor, what was received and
// the link to the imported incident come along, so pulling goes on where
// it stopped.
func TestImportKeepsFederation(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	const stixID = "incident--11111111-1111-4111-8111-111111111111"
	p := vigil.Partner{Name: "ctd", URL: "https://ctd.example/taxii2/vigil/", Token: "vigil_token", Collection: "amber", Org: "ncc"}
	if err := lite.AddPartner(ctx, p); err != nil {
		t.Fatal(err)
	}
	cursor := time.Date(2026, 11, 23, 10, 0, 0, 123456000, time.UTC)
	if err := lite.SetPullCursor(ctx, "ctd", "amber", cursor); err != nil {
		t.Fatal(err)
	}
	m := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	id, err := lite.ApplyImport(ctx, vigil.Import{
		Received: vigil.Received{Partner: "ctd", ID: stixID, Type: "incident", Version: "2026-11-20T10:00:00.000Z", Marking: m,
			JSON: []byte(`{"id":"` + stixID + `"}`), Status: vigil.ReceivedApplied},
		Save:  &vigil.Incident{Event: vigil.Event{Location: "Turbat"}, Marking: m, Origin: federation.Origin("ctd", stixID)},
		Audit: vigil.AuditEntry{Actor: "partner:ctd", Action: "import"},
	})
	if err != nil {
		t.Fatal(err)
	}
	pg := openFresh(t)
	if _, err := pg.ImportSQLite(ctx, lite.DB(), false); err != nil {
		t.Fatal(err)
	}
	gotP, err := pg.Partner(ctx, "ctd")
	wantP, _ := lite.Partner(ctx, "ctd")
	if err != nil || !gotP.CreatedAt.Equal(wantP.CreatedAt) || gotP.Token != wantP.Token || gotP.URL != wantP.URL {
		t.Errorf("partner after import: %+v, %v; want %+v", gotP, err, wantP)
	}
	if c, err := pg.PullCursor(ctx, "ctd", "amber"); err != nil || !c.Equal(cursor) {
		t.Errorf("cursor after import: %v, %v; want %v", c, err, cursor)
	}
	gotL, err := pg.ImportLink(ctx, "ctd", stixID)
	wantL, _ := lite.ImportLink(ctx, "ctd", stixID)
	if err != nil || gotL.IncidentID != id || !gotL.LocalUpdatedAt.Equal(wantL.LocalUpdatedAt) || gotL.Version != wantL.Version {
		t.Errorf("import link after import: %+v, %v; want %+v", gotL, err, wantL)
	}
	gotR, err := pg.ReceivedVersions(ctx, "ctd", stixID)
	wantR, _ := lite.ReceivedVersions(ctx, "ctd", stixID)
	if err != nil || len(gotR) != 1 || !reflect.DeepEqual(gotR[0].JSON, wantR[0].JSON) || gotR[0].Marking.Key() != m.Key() || !gotR[0].ReceivedAt.Equal(wantR[0].ReceivedAt) {
		t.Errorf("received after import: %+v, %v; want %+v", gotR, err, wantR)
	}
	// The imported incident is the same incident, still unchanged since
	// its import: the next version from the partner applies over it.
	inc, err := pg.Incident(ctx, id)
	if err != nil || !inc.UpdatedAt.Equal(gotL.LocalUpdatedAt) || inc.Origin != federation.Origin("ctd", stixID) {
		t.Errorf("imported incident after import: %+v, %v", inc, err)
	}
}
