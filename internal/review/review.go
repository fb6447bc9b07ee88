// Package review is the analyst's side of incidents: verifying or rejecting
// them, correcting fields, merging and splitting them by hand, and undoing
// any of that. Every operation is one store transaction and one audit entry
// naming who did it and why, with the touched incidents before and after.
package review

import (
	"context"
	"fmt"
	"sort"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Service runs review operations against a store.
type Service struct {
	store vigil.Store
}

// New returns a Service over s.
func New(s vigil.Store) *Service { return &Service{store: s} }

func object(id int64) string { return fmt.Sprintf("incident:%d", id) }

// Verify marks an incident verified by an analyst.
func (s *Service) Verify(ctx context.Context, id int64, by, why string) (int64, error) {
	return s.setState(ctx, id, vigil.StateVerified, vigil.ActionVerify, by, why)
}

// Reject marks an incident rejected: not a real incident, or not one vigil
// should count.
func (s *Service) Reject(ctx context.Context, id int64, by, why string) (int64, error) {
	return s.setState(ctx, id, vigil.StateRejected, vigil.ActionReject, by, why)
}

// Reopen puts an incident back to unreviewed.
func (s *Service) Reopen(ctx context.Context, id int64, by, why string) (int64, error) {
	return s.setState(ctx, id, vigil.StateUnreviewed, vigil.ActionReopen, by, why)
}

func (s *Service) setState(ctx context.Context, id int64, state, action, by, why string) (int64, error) {
	inc, err := s.store.Incident(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("review: %s incident %d: %w", action, id, err)
	}
	inc.ReviewState = state
	c := vigil.Change{Action: action, Object: object(id), Actor: by, Reason: why, Save: []vigil.Incident{*inc}}
	auditID, err := s.store.ApplyChange(ctx, &c)
	if err != nil {
		return 0, fmt.Errorf("review: %s incident %d: %w", action, id, err)
	}
	return auditID, nil
}

// Correct sets an incident's field to value (see vigil.CorrectableFields).
// The correction overrides the machine's value now and whenever fusion saves
// the incident again.
func (s *Service) Correct(ctx context.Context, id int64, field, value, by, why string) (int64, error) {
	cr := vigil.Correction{IncidentID: id, Field: field, Value: value}
	if err := vigil.CheckCorrection(cr); err != nil {
		return 0, fmt.Errorf("review: correct incident %d: %w", id, err)
	}
	inc, err := s.store.Incident(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("review: correct incident %d: %w", id, err)
	}
	// Saving the incident as it is applies the stored corrections,
	// the new one among them.
	c := vigil.Change{Action: vigil.ActionCorrect, Object: object(id), Actor: by,
		Reason: fmt.Sprintf("%s = %q: %s", field, value, why), Save: []vigil.Incident{*inc}, Correct: []vigil.Correction{cr}}
	auditID, err := s.store.ApplyChange(ctx, &c)
	if err != nil {
		return 0, fmt.Errorf("review: correct incident %d: %w", id, err)
	}
	return auditID, nil
}

// Merge moves the member events of the other incidents into incident into,
// re-reconciles it and deletes the others. The kept incident keeps its
// review state and corrections.
func (s *Service) Merge(ctx context.Context, into int64, others []int64, by, why string) (int64, error) {
	if len(others) == 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "merge into incident %d needs at least one other incident", into)
	}
	seen := map[int64]bool{into: true}
	for _, id := range others {
		if seen[id] {
			return 0, vigil.Errorf(vigil.EINVALID, "incident %d is named twice in the merge", id)
		}
		seen[id] = true
	}
	var members []vigil.StoredEvent
	var marking vigil.Marking
	for i, id := range append([]int64{into}, others...) {
		inc, err := s.store.Incident(ctx, id)
		if err != nil {
			return 0, fmt.Errorf("review: merge into incident %d: %w", into, err)
		}
		// One incident shows one set of readers its figures: merging
		// across markings would show some of them a source they may not see.
		if m := inc.Marking.OrClear(); i == 0 {
			marking = m
		} else if m.Key() != marking.Key() {
			return 0, vigil.Errorf(vigil.ECONFLICT, "review: incident %d is marked %s and incident %d %s: incidents of different markings cannot be merged", into, marking, id, m)
		}
		if inc.Origin != "" {
			return 0, vigil.Errorf(vigil.ECONFLICT, "review: incident %d was imported from a partner (%s): it cannot be merged", id, inc.Origin)
		}
		evs, err := s.store.Events(ctx, vigil.Filter{IncidentID: id})
		if err != nil {
			return 0, fmt.Errorf("review: merge into incident %d: load incident %d: %w", into, id, err)
		}
		members = append(members, evs...)
	}
	kept, err := s.store.Incident(ctx, into)
	if err != nil {
		return 0, fmt.Errorf("review: merge into incident %d: %w", into, err)
	}
	inc := rebuild(kept, members, fmt.Sprintf("merged by %s with incidents %v: %s", by, others, why))
	c := vigil.Change{Action: vigil.ActionMerge, Object: object(into), Actor: by,
		Reason: fmt.Sprintf("merge incidents %v into %d: %s", others, into, why), Save: []vigil.Incident{inc}, Delete: others}
	auditID, err := s.store.ApplyChange(ctx, &c)
	if err != nil {
		return 0, fmt.Errorf("review: merge into incident %d: %w", into, err)
	}
	return auditID, nil
}

// Split moves the given member events of incident id into a new incident,
// re-reconciling both. The new incident is unreviewed.
func (s *Service) Split(ctx context.Context, id int64, eventIDs []int64, by, why string) (newID, auditID int64, err error) {
	inc, err := s.store.Incident(ctx, id)
	if err != nil {
		return 0, 0, fmt.Errorf("review: split incident %d: %w", id, err)
	}
	members, err := s.store.Events(ctx, vigil.Filter{IncidentID: id})
	if err != nil {
		return 0, 0, fmt.Errorf("review: split incident %d: %w", id, err)
	}
	out := map[int64]bool{}
	for _, ev := range eventIDs {
		out[ev] = true
	}
	var stay, leave []vigil.StoredEvent
	for _, m := range members {
		if out[m.ID] {
			leave = append(leave, m)
			delete(out, m.ID)
		} else {
			stay = append(stay, m)
		}
	}
	if len(out) > 0 {
		missing := make([]int64, 0, len(out))
		for ev := range out {
			missing = append(missing, ev)
		}
		sort.Slice(missing, func(i, j int) bool { return missing[i] < missing[j] })
		return 0, 0, vigil.Errorf(vigil.EINVALID, "events %v are not members of incident %d", missing, id)
	}
	if len(leave) == 0 || len(stay) == 0 {
		return 0, 0, vigil.Errorf(vigil.EINVALID, "a split of incident %d must leave events on both sides", id)
	}
	note := fmt.Sprintf("split by %s: events %v moved to a new incident: %s", by, eventIDs, why)
	kept := rebuild(inc, stay, note)
	fresh := fuse.Reconcile(leave)
	fresh.FusionReason = fmt.Sprintf("split by %s from incident %d: %s", by, id, why)
	c := vigil.Change{Action: vigil.ActionSplit, Object: object(id), Actor: by,
		Reason: fmt.Sprintf("split events %v out of incident %d: %s", eventIDs, id, why), Save: []vigil.Incident{kept, fresh}}
	auditID, err = s.store.ApplyChange(ctx, &c)
	if err != nil {
		return 0, 0, fmt.Errorf("review: split incident %d: %w", id, err)
	}
	return c.Save[1].ID, auditID, nil
}

// rebuild re-reconciles an existing incident over new members, keeping its
// identity and review state; the store applies its corrections on save.
func rebuild(old *vigil.Incident, members []vigil.StoredEvent, note string) vigil.Incident {
	inc := fuse.Reconcile(members)
	inc.ID, inc.ReviewState, inc.CreatedAt = old.ID, old.ReviewState, old.CreatedAt
	inc.FusionReason = old.FusionReason + "\n" + note
	return inc
}

// Undo reverses the change audited as auditID (any analyst action, an undo
// included), provided its incidents have not changed since.
func (s *Service) Undo(ctx context.Context, auditID int64, by, why string) (int64, error) {
	id, err := s.store.Undo(ctx, auditID, by, why)
	if err != nil {
		return 0, fmt.Errorf("review: %w", err)
	}
	return id, nil
}

// Detail is an incident with everything an analyst needs to review it.
type Detail struct {
	Incident    vigil.Incident
	Sources     []vigil.StoredEvent // member events, each with its own figures and evidence
	Corrections []vigil.Correction
	Trail       []vigil.AuditEntry // newest first
}

// Detail loads an incident with its sources, corrections and review trail.
func (s *Service) Detail(ctx context.Context, id int64) (*Detail, error) {
	inc, err := s.store.Incident(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("review: incident %d: %w", id, err)
	}
	d := &Detail{Incident: *inc}
	if d.Sources, err = s.store.Events(ctx, vigil.Filter{IncidentID: id}); err != nil {
		return nil, fmt.Errorf("review: sources of incident %d: %w", id, err)
	}
	if d.Corrections, err = s.store.Corrections(ctx, id); err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	if d.Trail, err = s.store.Audit(ctx, object(id), 0); err != nil {
		return nil, fmt.Errorf("review: trail of incident %d: %w", id, err)
	}
	return d, nil
}
