package sqlincidents

import (
	"reflect"
	"testing"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestParseMembers(t *testing.T) {
	tests := []struct {
		list    string
		want    []int64
		wantErr bool
	}{
		{"", nil, false},
		{"7", []int64{7}, false},
		{"12,3,40", []int64{3, 12, 40}, false},
		{"3,x", nil, true},
		{"3,,4", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseMembers(9, tt.list)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseMembers(9, %q) error = %v, want error %v", tt.list, err, tt.wantErr)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseMembers(9, %q) = %v, want %v", tt.list, got, tt.want)
		}
	}
}

func TestAfterParts(t *testing.T) {
	var base sqlq.Where
	base.Add(`i.review_state = ?`, "verified")
	tests := []struct {
		name     string
		f        vigil.Filter
		date     string
		wantSQL  []string
		wantArgs [][]any
	}{
		{
			name:     "after undated",
			f:        vigil.Filter{AfterID: 40},
			date:     `?`,
			wantSQL:  []string{` WHERE i.review_state = ? AND i.event_date IS NULL AND i.id < ?`},
			wantArgs: [][]any{{"verified", int64(40)}},
		},
		{
			name: "after dated, with a cast",
			f:    vigil.Filter{AfterDate: "2025-03-04", AfterID: 40},
			date: `?::date`,
			wantSQL: []string{
				` WHERE i.review_state = ? AND (i.event_date, i.id) < (?::date, ?)`,
				` WHERE i.review_state = ? AND i.event_date IS NULL`,
			},
			wantArgs: [][]any{{"verified", "2025-03-04", int64(40)}, {"verified"}},
		},
	}
	for _, tt := range tests {
		parts := AfterParts(base, tt.f, tt.date)
		if len(parts) != len(tt.wantSQL) {
			t.Fatalf("%s: %d parts, want %d", tt.name, len(parts), len(tt.wantSQL))
		}
		for i, p := range parts {
			if got := p.SQL(); got != tt.wantSQL[i] {
				t.Errorf("%s: part %d SQL = %q, want %q", tt.name, i, got, tt.wantSQL[i])
			}
			if !reflect.DeepEqual(p.Args, tt.wantArgs[i]) {
				t.Errorf("%s: part %d Args = %v, want %v", tt.name, i, p.Args, tt.wantArgs[i])
			}
		}
	}
	if got := base.SQL(); got != ` WHERE i.review_state = ?` {
		t.Errorf("AfterParts changed its base: %q", got)
	}
}
