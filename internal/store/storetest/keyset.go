package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// keysetTests page incidents by keyset position (Filter.AfterDate,
// AfterID); Run runs them with the rest.
var keysetTests = []struct {
	name string
	fn   func(t *testing.T, s vigil.Store)
}{
	{"KeysetPages", testKeysetPages},
	{"KeysetInsertBetweenPages", testKeysetInsertBetweenPages},
	{"KeysetErrors", testKeysetErrors},
}

// saveDated stores one incident per day ("" for an undated one), in that
// order, and returns their IDs.
func saveDated(t *testing.T, s vigil.Store, days ...string) []int64 {
	t.Helper()
	var ids []int64
	for i, day := range days {
		inc := vigil.Incident{Event: event(day, "Balochistan", fmt.Sprint("district ", i), "Battles", "", 1), SourceCount: 1}
		id, err := s.SaveIncident(ctx, &inc)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// after is the filter of the page after inc.
func after(f vigil.Filter, inc vigil.Incident) vigil.Filter {
	f.AfterID, f.AfterDate = inc.ID, ""
	if inc.EventDate != nil {
		f.AfterDate = *inc.EventDate
	}
	return f
}

// pageAll reads every page of f's list, size incidents a page, each after
// the last incident of the one before, calling between before each page
// but the first; it returns the IDs in the order read.
func pageAll(t *testing.T, s vigil.Store, f vigil.Filter, size int, between func(page int)) []int64 {
	t.Helper()
	f.Limit = size
	var ids []int64
	for page := 0; ; page++ {
		if page > 0 && between != nil {
			between(page)
		}
		incs, err := s.Incidents(ctx, f)
		if err != nil {
			t.Fatalf("page %d, Incidents(%+v): %v", page, f, err)
		}
		for _, inc := range incs {
			ids = append(ids, inc.ID)
		}
		if len(incs) < size {
			return ids
		}
		if page > 100 {
			t.Fatalf("paging does not end: %v", ids)
		}
		f = after(f, incs[len(incs)-1])
	}
}

func incidentIDs(t *testing.T, s vigil.Store, f vigil.Filter) []int64 {
	t.Helper()
	incs, err := s.Incidents(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, inc := range incs {
		ids = append(ids, inc.ID)
	}
	return ids
}

// Paging by position reads the list in its order, ties of date broken by
// ID and the undated last, whatever the page size; filters still apply.
func testKeysetPages(t *testing.T, s vigil.Store) {
	saveDated(t, s, "2024-03-01", "", "2024-05-10", "2024-03-01", "2024-01-20", "", "2024-05-10", "2024-03-01", "2023-12-31", "")
	whole := incidentIDs(t, s, vigil.Filter{})
	if len(whole) != 10 {
		t.Fatalf("stored %d incidents, want 10", len(whole))
	}
	for _, size := range []int{1, 2, 3, 4, 10, 11} {
		if got := pageAll(t, s, vigil.Filter{}, size, nil); !slices.Equal(got, whole) {
			t.Errorf("pages of %d: %v, want %v", size, got, whole)
		}
	}
	march := vigil.Filter{From: "2024-03-01", To: "2024-03-31"}
	if got, want := pageAll(t, s, march, 2, nil), incidentIDs(t, s, march); len(want) != 3 || !slices.Equal(got, want) {
		t.Errorf("pages of March: %v, want %v (3 incidents)", got, want)
	}
}

// Incidents added between two page requests, before the position and
// after it, neither make the next page repeat an incident nor skip one:
// the next page starts right after the last incident the reader saw.
func testKeysetInsertBetweenPages(t *testing.T, s vigil.Store) {
	saveDated(t, s, "2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05", "2024-06-06", "", "")
	whole := incidentIDs(t, s, vigil.Filter{})
	var newer, older []int64
	got := pageAll(t, s, vigil.Filter{}, 3, func(page int) {
		// Before every page, two newer than anything read so far (they
		// would shift an offset's page and repeat its first rows); before
		// the second and third, one the reader has yet to reach: older
		// than the position (2024-06-04, then 2024-06-01), then undated.
		newer = append(newer, saveDated(t, s, "2024-07-01", "2024-07-02")...)
		switch page {
		case 1:
			older = append(older, saveDated(t, s, "2024-01-15")...)
		case 2:
			older = append(older, saveDated(t, s, "")...)
		}
	})
	seen := map[int64]int{}
	for _, id := range got {
		seen[id]++
	}
	for _, id := range got {
		if seen[id] > 1 {
			t.Errorf("incident %d read %d times: %v", id, seen[id], got)
		}
	}
	for _, id := range whole {
		if seen[id] != 1 {
			t.Errorf("incident %d, stored before the first page, read %d times: %v", id, seen[id], got)
		}
	}
	for _, id := range newer {
		if seen[id] != 0 {
			t.Errorf("incident %d, newer than the pages already read, read on a later page: %v", id, got)
		}
	}
	for _, id := range older {
		if seen[id] != 1 {
			t.Errorf("incident %d, after the position when added, read %d times: %v", id, seen[id], got)
		}
	}
	// What was read is the list as it stands now, less the newer ones.
	var want []int64
	for _, id := range incidentIDs(t, s, vigil.Filter{}) {
		if !slices.Contains(newer, id) {
			want = append(want, id)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("read %v, want %v", got, want)
	}
}

func testKeysetErrors(t *testing.T, s vigil.Store) {
	for _, f := range []vigil.Filter{
		{AfterDate: "2024-03-01"},             // no ID
		{AfterID: 4, Offset: 10},              // both ways of paging
		{AfterID: 4, AfterDate: "March 2024"}, // not a date
		{AfterID: -1},
	} {
		_, err := s.Incidents(ctx, f)
		wantCode(t, fmt.Sprintf("Incidents(%+v)", f), err, vigil.EINVALID)
	}
}
