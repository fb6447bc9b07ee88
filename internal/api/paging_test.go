package api_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/url"
	"slices"
	"testing"

	"github.com/vigil-osint/vigil/internal/api/apitest"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// idPage is any list page, read for its IDs and paging links.
type idPage struct {
	Items []struct {
		ID int64 `json:"id"`
	} `json:"items"`
	Total      *int   `json:"total"`
	Next       string `json:"next"`
	NextCursor string `json:"next_cursor"`
}

// saveIncidents stores one incident per day ("" for undated) and returns
// their IDs.
func saveIncidents(t *testing.T, s vigil.Store, days ...string) []int64 {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	var ids []int64
	for _, day := range days {
		e := vigil.Event{EventType: "Battles", Country: "Pakistan", Admin1: "Balochistan", Location: "Turbat " + day}
		if day != "" {
			e.EventDate = &day
		}
		id, err := s.SaveIncident(ctx, &vigil.Incident{Event: e, SourceCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// Following next_cursor through the incident list reads every incident
// once, in the list's order, even when incidents are added between two
// page requests: newer ones (which would shift an offset's pages and
// repeat rows) are not read, and ones past the position are.
func TestIncidentCursorSurvivesInserts(t *testing.T) {
	f := apitest.Seed(t)
	srv := serve(t, f.Store)
	saveIncidents(t, f.Store, "2024-05-01", "2024-05-01", "2024-02-10", "", "2023-08-30", "")
	var before idPage
	get(t, srv, "/api/v1/incidents?limit=500", &before)
	var whole []int64
	for _, it := range before.Items {
		whole = append(whole, it.ID)
	}
	if len(whole) != 8 {
		t.Fatalf("stored %d incidents, want 8", len(whole))
	}

	var read, newer, later []int64
	path := "/api/v1/incidents?limit=3"
	for n := 0; path != ""; n++ {
		var p idPage
		if status := get(t, srv, path, &p); status != 200 {
			t.Fatalf("GET %s: %d", path, status)
		}
		if p.Total == nil || *p.Total != len(whole)+len(newer)+len(later) {
			t.Errorf("page %d: total %v, want every match counted", n, p.Total)
		}
		for _, it := range p.Items {
			read = append(read, it.ID)
		}
		if p.Next != "" {
			path = "/api/v1/incidents" + p.Next
			// Between requests: two newer than any read, and on the
			// first turn one dated past the third row read (2024-05-01).
			newer = append(newer, saveIncidents(t, f.Store, "2025-01-01", "2025-01-02")...)
			if n == 0 {
				later = append(later, saveIncidents(t, f.Store, "2024-04-30")...)
			}
		} else {
			path = ""
		}
		if n > 10 {
			t.Fatalf("paging does not end: %v", read)
		}
	}
	var want []int64
	var now idPage
	get(t, srv, "/api/v1/incidents?limit=500", &now)
	for _, it := range now.Items {
		if !slices.Contains(newer, it.ID) {
			want = append(want, it.ID)
		}
	}
	if !slices.Equal(read, want) {
		t.Errorf("read %v, want %v (the list less the %v added before the position)", read, want, newer)
	}
	if !slices.Contains(read, later[0]) {
		t.Errorf("incident %d, added past the position, was not read: %v", later[0], read)
	}
}

// Claims and equipment page by cursor too; an offset cursor from before
// keyset paging is still read.
func TestSourcedCursorsAndOldOffsets(t *testing.T) {
	f := apitest.Seed(t)
	ctx := vigil.AsOperator(context.Background())
	var x vigil.Extraction
	for i := range 4 {
		x.Claims = append(x.Claims, vigil.Claim{Metric: "attacks", Value: int64(i), PeriodStart: "2024-01-01", PeriodEnd: "2024-01-31"})
		x.Equipment = append(x.Equipment, vigil.Equipment{Kind: "seizure", Category: "weapons", Item: fmt.Sprint("rifle ", i)})
	}
	if err := f.Store.SaveExtraction(ctx, f.FirstDoc, x); err != nil {
		t.Fatal(err)
	}
	srv := serve(t, f.Store)
	for _, list := range []string{"claims", "equipment"} {
		var all idPage
		get(t, srv, "/api/v1/"+list+"?limit=500", &all)
		if len(all.Items) != 5 || all.Next != "" {
			t.Fatalf("%s: %d items, next %q; want the 5 stored and no next page", list, len(all.Items), all.Next)
		}
		var read []int64
		path := "/api/v1/" + list + "?limit=2"
		for path != "" {
			var p idPage
			if status := get(t, srv, path, &p); status != 200 {
				t.Fatalf("GET %s: %d", path, status)
			}
			for _, it := range p.Items {
				read = append(read, it.ID)
			}
			path = ""
			if p.Next != "" {
				path = "/api/v1/" + list + p.Next
			}
		}
		var want []int64
		for _, it := range all.Items {
			want = append(want, it.ID)
		}
		if !slices.Equal(read, want) {
			t.Errorf("%s by cursor: %v, want %v", list, read, want)
		}
	}
	// "o1:2", a cursor the offset paging gave out.
	old := base64.RawURLEncoding.EncodeToString([]byte("o1:2"))
	var p idPage
	if status := get(t, srv, "/api/v1/claims?limit=2&cursor="+url.QueryEscape(old), &p); status != 200 || len(p.Items) != 2 {
		t.Fatalf("old cursor: %d, %d items", status, len(p.Items))
	}
	var all idPage
	get(t, srv, "/api/v1/claims", &all)
	if p.Items[0].ID != all.Items[2].ID {
		t.Errorf("old cursor's page starts at %d, want the third claim %d", p.Items[0].ID, all.Items[2].ID)
	}
}
