package taxii_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Mounting the TAXII server beside other handlers, as vigil serve can, and
// pulling from it as a partner.
func ExampleServer() {
	objs, _ := stix.Build(stix.Input{
		Producer: stix.Producer{Org: "ctd-punjab", Name: "CTD Punjab"},
		Incidents: []stix.Incident{{
			Incident: vigil.Incident{ID: 1, Event: vigil.Event{EventType: "Battles", Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan"}},
			Marking:  vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd-punjab"},
		}},
		Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	})
	src := &taxii.MemorySource{}
	src.AddObjects(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), objs)
	srv, _ := taxii.NewServer(taxii.Config{
		Source: src,
		Auth:   taxii.NewStaticTokens(map[string]vigil.Viewer{"partner-token": {Org: "ncc", Partners: []string{"ctd-punjab"}}}, false),
	})
	mux := http.NewServeMux()
	mux.Handle(taxii.DiscoveryPath, srv) // everything under /taxii2/
	ts := httptest.NewServer(mux)
	defer ts.Close()

	c := &taxii.Client{Token: "partner-token"}
	d, _ := c.Discover(context.Background(), ts.URL+taxii.DiscoveryPath)
	got, _ := c.Pull(context.Background(), d.Default, "green", taxii.PullQuery{Types: []string{"incident"}})
	fmt.Println(len(got.Objects), "incident")
	// Output: 1 incident
}
