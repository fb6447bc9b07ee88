package federation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Puller imports what partners share. It acts as the operator: what it
// imports is then filtered by the marking each object carries, owned by the
// partner organisation, so only the partner's partners here (the local
// organisation partnered with it) see it.
type Puller struct {
	Store  Store
	HTTP   *http.Client // default: a client that gives up on a request after a minute
	Logger *slog.Logger // default: slog.Default()
}

// Report says what one pull did.
type Report struct {
	Partner   string
	Objects   int // object versions received
	New       int // versions not held before
	Imported  int // incidents created
	Updated   int // incidents a newer version was applied to
	Retracted int // incidents retracted by a revocation
	Conflicts int // versions kept as conflicts with local work
	Refused   int // objects that could not be read or kept (logged)
}

func (r Report) String() string {
	return fmt.Sprintf("%s: %d object versions received (%d new): %d incidents imported, %d updated, %d retracted, %d conflicts, %d refused",
		r.Partner, r.Objects, r.New, r.Imported, r.Updated, r.Retracted, r.Conflicts, r.Refused)
}

// Origin is the Incident.Origin of an incident imported from partner as
// the STIX incident stixID.
func Origin(partner, stixID string) string { return "partner:" + partner + " " + stixID }

// Reread is how far before its cursor each pull starts again. A server
// dates what it adds when a transaction starts, and a transaction may
// commit after a later one has been read: reading the last minute again
// catches what such a late commit added. Importing a version twice changes
// nothing, so the overlap costs only the transfer.
const Reread = time.Minute

// Pull fetches what the partner added to its collection since the last
// pull, every version of it, and imports it. The cursor moves only when
// every object was dealt with, so a failed pull is repeated whole, and
// importing a version twice changes nothing.
func (p *Puller) Pull(ctx context.Context, partner vigil.Partner) (Report, error) {
	ctx = vigil.AsOperator(ctx)
	rep := Report{Partner: partner.Name}
	after, err := p.Store.PullCursor(ctx, partner.Name, partner.Collection)
	if err != nil {
		return rep, err
	}
	hc := p.HTTP
	if hc == nil {
		// A partner that stops answering must not hold the pull forever.
		hc = &http.Client{Timeout: time.Minute}
	}
	client := &taxii.Client{HTTP: hc, Token: partner.Token}
	q := taxii.PullQuery{Version: "all"}
	if !after.IsZero() {
		q.AddedAfter = after.Add(-Reread)
	}
	got, err := client.Pull(ctx, partner.URL, partner.Collection, q)
	if err != nil {
		return rep, fmt.Errorf("federation: pull from %s: %w", partner.Name, err)
	}
	rep.Objects = len(got.Objects)
	var incidents []object
	byID := map[string]object{}
	// located lists, per incident, its located-at relationships' versions.
	located := map[string][]object{}
	for i, raw := range got.Objects {
		o, err := parseObject(raw)
		if err != nil {
			rep.Refused++
			p.logger().Warn("federation: refused an object", "partner", partner.Name, "index", i, "err", err)
			continue
		}
		if o.Type == "incident" {
			incidents = append(incidents, o)
			continue
		}
		if old, ok := byID[o.ID]; !ok || compareVersions(o.version(), old.version()) > 0 {
			byID[o.ID] = o
		}
		if o.Type == "relationship" && o.RelationshipType == "located-at" && strings.HasPrefix(o.SourceRef, "incident--") {
			located[o.SourceRef] = append(located[o.SourceRef], o)
		}
		created, err := p.Store.AddReceived(ctx, vigil.Received{
			Partner: partner.Name, ID: o.ID, Type: o.Type, Version: o.version(),
			Marking: marking(o, partner.Name), JSON: raw, Status: vigil.ReceivedKept,
		})
		if err != nil {
			return rep, err
		}
		if created {
			rep.New++
		}
	}
	// Versions in the order they were made, so each applies over the last.
	slices.SortStableFunc(incidents, func(a, b object) int { return compareVersions(a.version(), b.version()) })
	for _, o := range incidents {
		var loc json.RawMessage
		if rel, ok := placeOf(o, located[o.ID]); ok {
			loc = p.location(ctx, partner.Name, rel.TargetRef, byID)
		}
		if err := p.importVersion(ctx, partner, o, loc, &rep); err != nil {
			return rep, err
		}
	}
	if !got.LastAdded.IsZero() {
		if err := p.Store.SetPullCursor(ctx, partner.Name, partner.Collection, got.LastAdded); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// placeOf picks, among an incident's located-at relationships, the one of
// the incident's version: vigil versions the relationship with the
// incident; another producer may not, and then the latest relationship not
// newer than the incident version is taken.
func placeOf(inc object, rels []object) (object, bool) {
	var best object
	found := false
	for _, r := range rels {
		c := compareVersions(r.version(), inc.version())
		if c == 0 {
			return r, true
		}
		if c < 0 && (!found || compareVersions(r.version(), best.version()) > 0) {
			best, found = r, true
		}
	}
	return best, found
}

// location returns the content of the location id, from this pull or from
// an earlier one.
func (p *Puller) location(ctx context.Context, partner, id string, pulled map[string]object) json.RawMessage {
	if o, ok := pulled[id]; ok {
		return o.raw
	}
	vs, err := p.Store.ReceivedVersions(ctx, partner, id)
	if err != nil || len(vs) == 0 {
		return nil
	}
	return vs[len(vs)-1].JSON
}

// importVersion decides what one incident version does here and has the
// store carry it out. When the store finds the incident or its link changed
// between the decision and the write, it decides again once.
func (p *Puller) importVersion(ctx context.Context, partner vigil.Partner, o object, loc json.RawMessage, rep *Report) error {
	for attempt := 0; ; attempt++ {
		im, counter, err := p.decide(ctx, partner, o, loc)
		if err != nil {
			if vigil.ErrorCode(err) == vigil.EINVALID {
				rep.Refused++
				p.logger().Warn("federation: refused an incident", "partner", partner.Name, "id", o.ID, "err", err)
				return nil
			}
			return err
		}
		if counter == nil { // kept as history only
			created, err := p.Store.AddReceived(ctx, im.Received)
			if created {
				rep.New++
			}
			return err
		}
		_, err = p.Store.ApplyImport(ctx, im)
		if vigil.ErrorCode(err) == vigil.ECONFLICT && attempt == 0 {
			continue
		}
		if err != nil {
			return err
		}
		rep.New++
		*counter(rep)++
		return nil
	}
}

// decide turns one incident version into an import: create, update,
// retract, keep as a conflict, or (counter nil) keep as history only.
// counter picks the report's count the import adds to.
//
// A revocation retracts the incident even when an analyst here worked on
// it: its owner withdrew it. Its versions, the analyst's included, stay in
// the history.
func (p *Puller) decide(ctx context.Context, partner vigil.Partner, o object, loc json.RawMessage) (vigil.Import, func(*Report) *int, error) {
	mk := marking(o, partner.Name)
	im := vigil.Import{Received: vigil.Received{
		Partner: partner.Name, ID: o.ID, Type: o.Type, Version: o.version(),
		Marking: mk, JSON: o.raw, Status: vigil.ReceivedKept,
	}}
	if mk.TLP == vigil.TLPRed {
		// STIX cannot say who a RED record was disclosed to, so it could
		// be shown to no one here: do not hold it at all.
		return im, nil, vigil.Errorf(vigil.EINVALID, "TLP:RED incident %s names no recipient here", o.ID)
	}
	// A version received before was dealt with then (pulls overlap).
	held, err := p.Store.ReceivedVersions(ctx, partner.Name, o.ID)
	if err != nil {
		return im, nil, err
	}
	if slices.ContainsFunc(held, func(r vigil.Received) bool { return r.Version == o.version() }) {
		return im, nil, nil
	}
	link, err := p.Store.ImportLink(ctx, partner.Name, o.ID)
	if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
		return im, nil, err
	}
	if link != nil {
		im.Link = *link
		if link.Retracted || compareVersions(o.version(), link.Version) <= 0 {
			// Revoked for good, or not newer than what was applied: kept as
			// history only.
			im.Received.IncidentID = link.IncidentID
			return im, nil, nil
		}
	}
	who := "partner:" + partner.Name
	if o.Revoked {
		if link == nil {
			return im, nil, nil // revoked before it was ever imported
		}
		im.Retract, im.Received.Status = true, vigil.ReceivedRetracted
		im.Audit = vigil.AuditEntry{Actor: who, Action: "retract", Reason: fmt.Sprintf("%s revoked %s (version %s)", partner.Name, o.ID, o.version())}
		return im, func(r *Report) *int { return &r.Retracted }, nil
	}
	inc, err := incidentFrom(o, loc)
	if err != nil {
		return im, nil, err
	}
	inc.Origin, inc.Marking = Origin(partner.Name, o.ID), mk
	if link == nil {
		im.Save, im.Received.Status = &inc, vigil.ReceivedApplied
		im.Audit = vigil.AuditEntry{Actor: who, Action: "import", Reason: fmt.Sprintf("%s %s version %s, %s", partner.Name, o.ID, o.version(), mk)}
		return im, func(r *Report) *int { return &r.Imported }, nil
	}
	changed, err := p.changedHere(ctx, *link)
	if err != nil {
		return im, nil, err
	}
	if changed {
		im.Received.Status, im.Received.IncidentID = vigil.ReceivedConflict, link.IncidentID
		im.Audit = vigil.AuditEntry{Actor: who, Action: "conflict",
			Reason: fmt.Sprintf("%s %s version %s not applied: incident %d was changed here since version %s was imported", partner.Name, o.ID, o.version(), link.IncidentID, link.Version)}
		return im, func(r *Report) *int { return &r.Conflicts }, nil
	}
	im.Save, im.Received.Status = &inc, vigil.ReceivedApplied
	im.Audit = vigil.AuditEntry{Actor: who, Action: "import", Reason: fmt.Sprintf("%s %s version %s (was %s), %s", partner.Name, o.ID, o.version(), link.Version, mk)}
	return im, func(r *Report) *int { return &r.Updated }, nil
}

// changedHere reports whether someone here changed (or deleted) the
// incident since it was last imported or its last conflict settled. Every
// analyst change, a correction included, saves the incident, so its
// UpdatedAt is the one sign needed; corrections a reviewer kept when
// settling a conflict stay over the partner's later versions.
func (p *Puller) changedHere(ctx context.Context, link vigil.ImportLink) (bool, error) {
	inc, err := p.Store.Incident(ctx, link.IncidentID)
	if vigil.ErrorCode(err) == vigil.ENOTFOUND {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return !inc.UpdatedAt.Equal(link.LocalUpdatedAt), nil
}

// PullAll pulls from every partner in turn; one partner's failure does not
// stop the others, and the errors are joined.
func (p *Puller) PullAll(ctx context.Context) ([]Report, error) {
	partners, err := p.Store.Partners(vigil.AsOperator(ctx))
	if err != nil {
		return nil, err
	}
	var reps []Report
	var errs []error
	for _, partner := range partners {
		rep, err := p.Pull(ctx, partner)
		reps = append(reps, rep)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", partner.Name, err))
		}
	}
	return reps, errors.Join(errs...)
}

// Every pulls from every partner now and then every interval until ctx
// ends, logging each pull's report.
func (p *Puller) Every(ctx context.Context, interval time.Duration) {
	for {
		reps, err := p.PullAll(ctx)
		for _, r := range reps {
			p.logger().Info("federation: pulled", "report", r.String())
		}
		if err != nil && ctx.Err() == nil {
			p.logger().Error("federation: scheduled pull", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// compareVersions orders STIX timestamps by time, falling back to text.
func compareVersions(a, b string) int {
	ta, errA := time.Parse(time.RFC3339Nano, a)
	tb, errB := time.Parse(time.RFC3339Nano, b)
	if errA != nil || errB != nil {
		return strings.Compare(a, b)
	}
	return ta.Compare(tb)
}

func (p *Puller) logger() *slog.Logger {
	if p.Logger == nil {
		return slog.Default()
	}
	return p.Logger
}
