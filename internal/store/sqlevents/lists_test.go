package sqlevents

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// nocase is a Syntax written like SQLite's, so the conditions below read
// as the SQL a store runs.
var nocase = Syntax{
	Fold:   func(col string) string { return col + ` = ? COLLATE NOCASE` },
	Prefix: func(col string, n int) string { return fmt.Sprintf(`substr(%s, 1, %d) = ? COLLATE NOCASE`, col, n) },
	Limit:  func(n, offset int) string { return "" },
	Date:   `?::date`,
}

func TestEventConds(t *testing.T) {
	tests := []struct {
		name  string
		f     vigil.Filter
		conds []string
		args  []any
		code  string // the vigil error code expected, "" for none
	}{
		{name: "empty filter", f: vigil.Filter{}},
		{name: "dates use the syntax's date", f: vigil.Filter{From: "2024-01-01", To: "2024-01-31"},
			conds: []string{`i.event_date >= ?::date`, `i.event_date <= ?::date`}, args: []any{"2024-01-01", "2024-01-31"}},
		{name: "country matches name or ISO code", f: vigil.Filter{Country: "pak"},
			conds: []string{`(i.country = ? COLLATE NOCASE OR i.iso3 = ? COLLATE NOCASE)`}, args: []any{"pak", "pak"}},
		{name: "places and type in order", f: vigil.Filter{EventType: "Battles", Admin2: "Bannu", Admin1: "Khyber Pakhtunkhwa"},
			conds: []string{`i.admin1 = ? COLLATE NOCASE`, `i.admin2 = ? COLLATE NOCASE`, `i.event_type = ? COLLATE NOCASE`},
			args:  []any{"Khyber Pakhtunkhwa", "Bannu", "Battles"}},
		{name: "actor is either side or the perpetrator", f: vigil.Filter{Actor: "TTP"},
			conds: []string{`(i.actor1 = ? COLLATE NOCASE OR substr(i.actor1, 1, 4) = ? COLLATE NOCASE OR i.actor2 = ? COLLATE NOCASE OR substr(i.actor2, 1, 4) = ? COLLATE NOCASE OR i.perpetrator = ? COLLATE NOCASE OR substr(i.perpetrator, 1, 4) = ? COLLATE NOCASE)`},
			args:  []any{"TTP", "TTP ", "TTP", "TTP ", "TTP", "TTP "}},
		{name: "a bad date is refused", f: vigil.Filter{From: "2024-13-01"}, code: vigil.EINVALID},
		{name: "a negative page is refused", f: vigil.Filter{Limit: -1}, code: vigil.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conds, args, err := nocase.EventConds(tt.f, "i")
			if tt.code != "" {
				var ve *vigil.Error
				if !errors.As(err, &ve) || ve.Code != tt.code {
					t.Fatalf("EventConds(%+v) error = %v, want code %s", tt.f, err, tt.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("EventConds(%+v): %v", tt.f, err)
			}
			if !reflect.DeepEqual(conds, tt.conds) || !reflect.DeepEqual(args, tt.args) {
				t.Errorf("EventConds(%+v) = %q %v, want %q %v", tt.f, conds, args, tt.conds, tt.args)
			}
		})
	}
}

func TestHintsAt(t *testing.T) {
	tests := []struct {
		name string
		h    hints
		at   map[int]int64
	}{
		{name: "no prior incidents", h: hints{byIndex: map[int]int64{}}, at: map[int]int64{0: 0, 3: 0}},
		{name: "by position first, then the one incident",
			h:  hints{byIndex: map[int]int64{1: 7}, only: 7},
			at: map[int]int64{0: 7, 1: 7, 5: 7}},
		{name: "several incidents: only positions that had one",
			h:  hints{byIndex: map[int]int64{0: 4, 1: 9}},
			at: map[int]int64{0: 4, 1: 9, 2: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, want := range tt.at {
				if got := tt.h.at(i); got != want {
					t.Errorf("at(%d) = %d, want %d", i, got, want)
				}
			}
		})
	}
}
