package sqlq

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func ptr[T any](v T) *T { return &v }

// Every common column has exactly one value, so an INSERT built from them
// lines up.
func TestCommonValuesMatchColumns(t *testing.T) {
	e := vigil.Event{EventDate: ptr("2024-06-03"), Country: "Pakistan", Admin2: "Bannu", Fatalities: ptr(4)}
	e.Casualties.Unknown.Arrested = 2
	values := CommonValues(&e)
	columns := strings.Split(CommonColumns, ",")
	if len(values) != len(columns) {
		t.Fatalf("%d values for %d columns", len(values), len(columns))
	}
	byColumn := map[string]any{}
	for i, c := range columns {
		byColumn[strings.TrimSpace(c)] = values[i]
	}
	for column, want := range map[string]any{"event_date": e.EventDate, "country": "Pakistan", "admin2": "Bannu",
		"fatalities": e.Fatalities, "unk_arrested": e.Casualties.Unknown.Arrested} {
		if got := byColumn[column]; !reflect.DeepEqual(got, want) {
			t.Errorf("column %s has %v, want %v", column, got, want)
		}
	}
}

func TestChecks(t *testing.T) {
	tests := []struct {
		name string
		err  error
		bad  bool
		says string
	}{
		{"a dated event", CheckEvent(&vigil.Event{EventDate: ptr("2024-06-03")}), false, ""},
		{"an undated event", CheckEvent(&vigil.Event{}), false, ""},
		{"an event dated by month", CheckEvent(&vigil.Event{EventDate: ptr("2024-06")}), true, `"2024-06"`},
		{"no dates", CheckDates(vigil.Filter{}), false, ""},
		{"both dates", CheckDates(vigil.Filter{From: "2024-01-01", To: "2024-12-31"}), false, ""},
		{"a bad from date", CheckDates(vigil.Filter{From: "1 June"}), true, "from date"},
		{"a bad to date", CheckDates(vigil.Filter{To: "2024-02-30"}), true, "to date"},
		{"a first page", CheckPage(0, 0), false, ""},
		{"a negative limit", CheckPage(-1, 0), true, "limit -1"},
		{"a negative offset", CheckPage(10, -5), true, "offset -5"},
		{"verified", CheckState(vigil.StateVerified), false, ""},
		{"a state in capitals", CheckState("Verified"), true, `"Verified"`},
		{"no state", CheckState(""), true, "review state"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.bad {
				if tt.err != nil {
					t.Errorf("refused: %v", tt.err)
				}
				return
			}
			if vigil.ErrorCode(tt.err) != vigil.EINVALID || !strings.Contains(tt.err.Error(), tt.says) {
				t.Errorf("got %v, want EINVALID saying %s", tt.err, tt.says)
			}
		})
	}
}

func TestSortIncidents(t *testing.T) {
	incs := []vigil.Incident{
		{ID: 1, Event: vigil.Event{EventDate: ptr("2024-05-01")}},
		{ID: 2},
		{ID: 3, Event: vigil.Event{EventDate: ptr("2024-06-01")}},
		{ID: 4, Event: vigil.Event{EventDate: ptr("2024-05-01")}},
		{ID: 5},
	}
	SortIncidents(incs)
	var got []int64
	for _, inc := range incs {
		got = append(got, inc.ID)
	}
	if want := []int64{3, 4, 1, 5, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestUniqueSorted(t *testing.T) {
	ids := []int64{9, 3, 9, 1, 3}
	if got, want := UniqueSorted(ids), []int64{1, 3, 9}; !reflect.DeepEqual(got, want) {
		t.Errorf("UniqueSorted = %v, want %v", got, want)
	}
	if want := []int64{9, 3, 9, 1, 3}; !reflect.DeepEqual(ids, want) {
		t.Errorf("the input changed to %v", ids)
	}
	if got := UniqueSorted(nil); len(got) != 0 {
		t.Errorf("UniqueSorted(nil) = %v", got)
	}
}

func TestEncodeState(t *testing.T) {
	got, err := EncodeState([]vigil.Snapshot{{Incident: vigil.Incident{ID: 7}}})
	if err != nil || !strings.HasPrefix(got, `[{"incident":{`) {
		t.Errorf("EncodeState = %s, %v", got, err)
	}
	if _, err := EncodeState(func() {}); err == nil || !strings.Contains(err.Error(), "audit state") {
		t.Errorf("a value JSON cannot hold: %v", err)
	}
}
