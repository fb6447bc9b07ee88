package taxii

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Record is one version of one STIX object as a TAXII server holds it.
type Record struct {
	ID      string
	Type    string
	Version string    // the object's modified timestamp (created if it has none)
	Added   time.Time // when this server first held this version
	Marking vigil.Marking
	JSON    json.RawMessage
}

// Source gives the server its objects. Records returns, for viewer v, the
// records matching q in order (date added, id, version), at most q.Limit of
// them, and whether more follow. An implementation must leave out what v may
// not see; the server checks again, so a faulty source cannot leak.
type Source interface {
	Records(ctx context.Context, v vigil.Viewer, q Query) (recs []Record, more bool, err error)
}

// MemorySource holds records in memory: for tests, demos and serving an
// export without a store. It is safe for concurrent use.
type MemorySource struct {
	mu   sync.RWMutex
	recs []Record
}

// Add stores a record. A second record with the same id and version is
// refused: a version never changes once published.
func (m *MemorySource) Add(r Record) error {
	if err := checkRecord(r); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.insert(r)
}

func checkRecord(r Record) error {
	if !stixID.MatchString(r.ID) || r.Version == "" || r.Added.IsZero() || len(r.JSON) == 0 {
		return vigil.Errorf(vigil.EINVALID, "taxii: record %q: id, version, date added and content are all required", r.ID)
	}
	// A RED marking without recipients is allowed: it shows the record to
	// no one, which is what a RED object from a bundle must get.
	if r.Marking.TLP.Rank() >= len(vigil.TLPLevels) {
		return vigil.Errorf(vigil.EINVALID, "taxii: record %s: unknown TLP level %q", r.ID, r.Marking.TLP)
	}
	return nil
}

// insert adds a checked record; the caller holds the lock.
func (m *MemorySource) insert(r Record) error {
	for _, old := range m.recs {
		if old.ID == r.ID && old.Version == r.Version {
			return vigil.Errorf(vigil.ECONFLICT, "taxii: %s version %s is already held", r.ID, r.Version)
		}
	}
	m.recs = append(m.recs, r)
	return nil
}

// AddObjects stores the objects of a vigil export, added at the given time.
// Versions already held are skipped, so re-adding an export adds only what
// changed.
func (m *MemorySource) AddObjects(added time.Time, objs []stix.Object) error {
	for _, o := range objs {
		version := o.Version
		if version == "" {
			return vigil.Errorf(vigil.EINVALID, "taxii: %s has no version", o.ID)
		}
		err := m.Add(Record{ID: o.ID, Type: o.Type, Version: version, Added: added, Marking: o.Marking, JSON: o.JSON})
		if err != nil && vigil.ErrorCode(err) != vigil.ECONFLICT {
			return err
		}
	}
	return nil
}

// AddBundle stores the objects of a STIX bundle another producer made,
// owned by organisation owner, as AddForeign does.
func (m *MemorySource) AddBundle(added time.Time, owner string, data []byte) error {
	var b struct {
		Type    string            `json:"type"`
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return vigil.Errorf(vigil.EINVALID, "taxii: bundle: %v", err)
	}
	if b.Type != "bundle" {
		return vigil.Errorf(vigil.EINVALID, "taxii: bundle: type is %q, not bundle", b.Type)
	}
	return m.AddForeign(added, owner, b.Objects)
}

// AddForeign stores STIX objects another producer made (a bundle's, or
// what a Client pulled), owned by organisation owner. The marking comes from
// each object's TLP marking; an object without one stays inside owner
// (AMBER+STRICT), and a RED object, whose recipients STIX cannot name, is
// shown to no one. Versions already held are skipped.
func (m *MemorySource) AddForeign(added time.Time, owner string, objects []json.RawMessage) error {
	// Check every object before storing any, so a bad bundle leaves the
	// source as it was.
	recs := make([]Record, 0, len(objects))
	for i, raw := range objects {
		var o struct {
			ID, Type, Created, Modified string
			ObjectMarkingRefs           []string `json:"object_marking_refs"`
		}
		if err := json.Unmarshal(raw, &o); err != nil {
			return vigil.Errorf(vigil.EINVALID, "taxii: object %d: %v", i, err)
		}
		mk := vigil.Marking{TLP: vigil.TLPAmberStrict, Owner: owner}
		if o.Type == "marking-definition" {
			mk = vigil.Marking{TLP: vigil.TLPClear}
		} else if t, ok := stix.TLPFromRefs(o.ObjectMarkingRefs); ok {
			mk.TLP = t
		}
		if mk.TLP == vigil.TLPClear {
			mk.Owner = ""
		}
		r := Record{ID: o.ID, Type: o.Type, Version: cmp.Or(o.Modified, o.Created), Added: added, Marking: mk, JSON: raw}
		if err := checkRecord(r); err != nil {
			return fmt.Errorf("taxii: object %d: %w", i, err)
		}
		recs = append(recs, r)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, r := range recs {
		if err := m.insert(r); err != nil && vigil.ErrorCode(err) != vigil.ECONFLICT {
			return err
		}
	}
	return nil
}

// Records implements Source.
func (m *MemorySource) Records(ctx context.Context, v vigil.Viewer, q Query) ([]Record, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	recs, more := Select(m.recs, v, q)
	return recs, more, nil
}

// Select answers q from recs for viewer v, as a Source must: the records v
// may see that match q, in order (date added, id, version), at most
// q.Limit of them, and whether more follow. recs must hold each version of
// an object once; Select does not change it.
func Select(recs []Record, v vigil.Viewer, q Query) ([]Record, bool) {
	byID := map[string][]Record{}
	for _, r := range recs {
		if v.CanSee(r.Marking) && inQuery(r, q) {
			byID[r.ID] = append(byID[r.ID], r)
		}
	}
	var out []Record
	for _, versions := range byID {
		out = append(out, pickVersions(versions, q.Versions)...)
	}
	out = slices.DeleteFunc(out, func(r Record) bool {
		return (!q.AddedAfter.IsZero() && !r.Added.After(q.AddedAfter)) || (q.After != nil && q.After.skips(r))
	})
	slices.SortFunc(out, compareRecords)
	if q.Limit > 0 && len(out) > q.Limit {
		return out[:q.Limit], true
	}
	return out, false
}

func compareRecords(a, b Record) int {
	return cmp.Or(a.Added.Compare(b.Added), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Version, b.Version))
}

// inQuery applies the filters that look at one record alone.
func inQuery(r Record, q Query) bool {
	if q.MaxTLP != "" && r.Marking.TLP.Rank() > q.MaxTLP.Rank() {
		return false
	}
	if len(q.IDs) > 0 && !slices.Contains(q.IDs, r.ID) {
		return false
	}
	if len(q.Types) > 0 && !slices.Contains(q.Types, r.Type) {
		return false
	}
	// vigil serves STIX 2.1 only.
	if len(q.SpecVersions) > 0 && !slices.Contains(q.SpecVersions, "2.1") {
		return false
	}
	return true
}

// pickVersions applies match[version] to the versions of one object.
func pickVersions(versions []Record, want []string) []Record {
	if len(want) == 0 {
		want = []string{"last"}
	}
	slices.SortFunc(versions, func(a, b Record) int { return compareVersions(a.Version, b.Version) })
	var out []Record
	add := func(r Record) {
		if !slices.ContainsFunc(out, func(o Record) bool { return o.Version == r.Version }) {
			out = append(out, r)
		}
	}
	for _, w := range want {
		switch w {
		case "all":
			for _, r := range versions {
				add(r)
			}
		case "first":
			add(versions[0])
		case "last":
			add(versions[len(versions)-1])
		default:
			t, err := time.Parse(time.RFC3339Nano, w)
			if err != nil {
				continue
			}
			for _, r := range versions {
				if rt, err := time.Parse(time.RFC3339Nano, r.Version); err == nil && rt.Equal(t) {
					add(r)
				}
			}
		}
	}
	return out
}

// compareVersions orders version timestamps by time, falling back to text
// for any that do not parse.
func compareVersions(a, b string) int {
	ta, errA := time.Parse(time.RFC3339Nano, a)
	tb, errB := time.Parse(time.RFC3339Nano, b)
	if errA != nil || errB != nil {
		return cmp.Compare(a, b)
	}
	return ta.Compare(tb)
}
