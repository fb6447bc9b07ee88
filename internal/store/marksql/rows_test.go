package marksql

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// state encodes v as an audit entry records it, so the tests read the
// same JSON the stores write.
func state(t *testing.T, v any) string {
	t.Helper()
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

func TestAuditVisible(t *testing.T) {
	clear := vigil.Marking{TLP: vigil.TLPClear}
	amber := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	strict := vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: "ngo"}
	snaps := func(ms ...vigil.Marking) string {
		var out []vigil.Snapshot
		for _, m := range ms {
			out = append(out, vigil.Snapshot{Incident: vigil.Incident{Marking: m}})
		}
		return state(t, out)
	}
	operator := vigil.Viewer{All: true}
	anonymous := vigil.Viewer{}
	ctd := vigil.Viewer{Org: "ctd", User: "amina"}
	tests := []struct {
		name   string
		v      vigil.Viewer
		e      vigil.AuditEntry
		object vigil.Marking
		known  bool
		want   bool
	}{
		{"the operator sees an entry about no known object", operator, vigil.AuditEntry{Object: "user:amina"}, vigil.Marking{}, false, true},
		{"no one else does", ctd, vigil.AuditEntry{Object: "user:amina"}, vigil.Marking{}, false, false},
		{"a clear incident's entry is anyone's", anonymous, vigil.AuditEntry{Object: "incident:1"}, clear, true, true},
		{"an amber incident's entry is its owner's", ctd, vigil.AuditEntry{Object: "incident:1"}, amber, true, true},
		{"and not the anonymous viewer's", anonymous, vigil.AuditEntry{Object: "incident:1"}, amber, true, false},
		{"a merge that recorded a hidden side is hidden", ctd,
			vigil.AuditEntry{Object: "incident:1", Before: snaps(amber, strict), After: snaps(amber)}, amber, true, false},
		{"a merge of sides the viewer sees is shown", ctd,
			vigil.AuditEntry{Object: "incident:1", Before: snaps(amber, clear), After: snaps(amber)}, amber, true, true},
		{"a dissolved incident's recorded state counts", ctd,
			vigil.AuditEntry{Object: "incident:1", Before: state(t, vigil.Incident{Marking: strict})}, amber, true, false},
		{"states recorded before markings are clear", anonymous,
			vigil.AuditEntry{Object: "incident:1", Before: `{"id": 1}`, After: `[{"incident": {"id": 1}}]`}, clear, true, true},
		{"the operator sees the hidden side too", operator,
			vigil.AuditEntry{Object: "incident:1", Before: snaps(strict)}, amber, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AuditVisible(tt.v, tt.e, tt.object, tt.known); got != tt.want {
				t.Errorf("AuditVisible = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRecordedMarkings(t *testing.T) {
	amber := vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd"}
	clear := vigil.Marking{TLP: vigil.TLPClear}
	tests := []struct {
		name  string
		state string
		want  []vigil.Marking
	}{
		{"nothing recorded", "", nil},
		{"not JSON", "merged by hand", nil},
		{"broken JSON", `[{"incident": `, nil},
		{"snapshots", state(t, []vigil.Snapshot{{Incident: vigil.Incident{Marking: amber}}, {}}), []vigil.Marking{amber, clear}},
		{"one incident, after white space", "\n " + state(t, vigil.Incident{Marking: amber}), []vigil.Marking{amber}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RecordedMarkings(tt.state); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("RecordedMarkings = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		m       vigil.Marking
		want    vigil.Marking
		invalid bool
	}{
		{vigil.Marking{}, vigil.Marking{TLP: vigil.TLPClear}, false},
		{vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}, vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}, false},
		{vigil.Marking{TLP: vigil.TLPAmber}, vigil.Marking{}, true},
		{vigil.Marking{TLP: vigil.TLPRed, Owner: "ctd"}, vigil.Marking{}, true},
		{vigil.Marking{TLP: "PURPLE", Owner: "ctd"}, vigil.Marking{}, true},
	}
	for _, tt := range tests {
		got, err := Check("incident 7", tt.m)
		switch {
		case tt.invalid && vigil.ErrorCode(err) != vigil.EINVALID:
			t.Errorf("Check(%+v) = %v, want EINVALID", tt.m, err)
		case tt.invalid && err != nil && !strings.Contains(err.Error(), "incident 7"):
			t.Errorf("Check(%+v): the error does not name what it checked: %v", tt.m, err)
		case !tt.invalid && (err != nil || !reflect.DeepEqual(got, tt.want)):
			t.Errorf("Check(%+v) = %+v, %v, want %+v", tt.m, got, err, tt.want)
		}
	}
}

// TestScannedRoundTrip stores markings with Columns in a real SQLite table
// and reads them back through Scanned.
func TestScannedRoundTrip(t *testing.T) {
	markings := []vigil.Marking{
		{TLP: vigil.TLPClear},
		{TLP: vigil.TLPAmberStrict, Owner: "ctd"},
		{TLP: vigil.TLPRed, Owner: "ctd", Recipients: []vigil.Recipient{{Org: "ctd", User: "amina"}, {Org: "ngo", User: "bilal"}}},
	}
	db := markingTable(t, markings)
	for i, want := range markings {
		var m Scanned
		if err := db.QueryRowContext(context.Background(), `SELECT tlp, owner, recipients FROM r WHERE id = ?`, i).Scan(m.Dest()...); err != nil {
			t.Fatal(err)
		}
		if got := m.Marking(); !reflect.DeepEqual(got, want) {
			t.Errorf("row %d reads back as %+v, want %+v", i, got, want)
		}
	}
}
