package marksql

import (
	"encoding/json"
	"strings"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Scanned receives a row's three marking columns, as Scan destinations
// (&m.TLP, &m.Owner, &m.Recipients, or Dest when they end the row); Marking
// then rebuilds the marking.
type Scanned struct{ TLP, Owner, Recipients string }

// Dest returns the scan destinations of the tlp, owner and recipients
// columns, in that order.
func (m *Scanned) Dest() []any { return []any{&m.TLP, &m.Owner, &m.Recipients} }

// Marking rebuilds the marking the scanned columns hold.
func (m Scanned) Marking() vigil.Marking { return Marking(m.TLP, m.Owner, m.Recipients) }

// Check returns m as a store keeps it (an empty level is TLP:CLEAR) and
// refuses, with EINVALID naming what carries it, a marking no one could
// hold.
func Check(what string, m vigil.Marking) (vigil.Marking, error) {
	m = m.OrClear()
	if err := m.Validate(); err != nil {
		return m, vigil.Errorf(vigil.EINVALID, "%s: %v", what, err)
	}
	return m, nil
}

// AuditVisible decides whether v may see audit entry e, the rule both
// stores apply after reading an entry and its object's marking:
//   - the operator sees every entry;
//   - an entry about an incident ("incident:12") or a document
//     ("document:7") is visible when its object is: object is that
//     object's marking (an incident's current one or, once it is dissolved
//     or deleted, its last version's), and known says the store found it;
//   - and only when every incident state the entry records (an analyst
//     change's snapshots, a dissolved incident's last state) carries a
//     marking v may see, so a merge across markings shows the hidden side
//     to no one but those who may see it;
//   - entries about anything else (accounts, feeds, the machine's runs),
//     which have no known object, are the operator's alone.
func AuditVisible(v vigil.Viewer, e vigil.AuditEntry, object vigil.Marking, known bool) bool {
	if v.All {
		return true
	}
	if !known || !v.CanSee(object) {
		return false
	}
	for _, state := range []string{e.Before, e.After} {
		for _, m := range RecordedMarkings(state) {
			if !v.CanSee(m) {
				return false
			}
		}
	}
	return true
}

// RecordedMarkings returns the markings of the incident states an audit
// entry's before or after holds: a list of snapshots (analyst changes) or
// one incident (the machine's detach and dissolve). States recorded before
// markings existed have none, and are CLEAR as their incidents were.
func RecordedMarkings(state string) []vigil.Marking {
	state = strings.TrimSpace(state)
	var out []vigil.Marking
	switch {
	case strings.HasPrefix(state, "["):
		var sns []vigil.Snapshot
		if json.Unmarshal([]byte(state), &sns) == nil {
			for _, sn := range sns {
				out = append(out, sn.Incident.Marking.OrClear())
			}
		}
	case strings.HasPrefix(state, "{"):
		var inc vigil.Incident
		if json.Unmarshal([]byte(state), &inc) == nil {
			out = append(out, inc.Marking.OrClear())
		}
	}
	return out
}
