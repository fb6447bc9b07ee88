// Package stix writes vigil's incidents, documents, claims and equipment
// records as a STIX 2.1 bundle, marked with TLP 2.0, so partners' tools
// (vigil, OpenCTI, MISP) can read them.
//
// The mapping:
//   - the producing organisation is an identity that created every object;
//   - an incident is an incident object carrying vigil's numbers (casualties
//     by category, precision codes, weapons, fatality range, review state)
//     in a vigil property extension, described by an extension-definition;
//   - where it happened is a location, linked by a located-at relationship;
//   - a named armed group (TTP, BLA, ISKP...) is a threat-actor, linked from
//     the incidents attributed to or claimed by it by attributed-to;
//   - a document is a report whose object_refs are what vigil read from it;
//   - a claim (an aggregate statistic) is a note;
//   - an equipment record is a sighting of its holder, where it was seen.
//
// STIX 2.1 lists no relationships for the incident stub; it lets producers
// use other relationship types (section 5.1, relationship_type), and
// located-at and attributed-to carry the meaning they have elsewhere in the
// specification.
//
// Every id is a UUIDv5 of a natural key, so exporting the same records
// again yields the same ids. An object derived from a record (a location, a
// group) carries that record's marking and its id includes the marking, so
// a viewer never learns of a place or group from records they may not see.
package stix

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/fuse"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// Producer is the organisation that exports: every object names it as its
// creator.
type Producer struct {
	Org     string    // the organisation's key, as in markings' Owner ("ctd-punjab")
	Name    string    // its display name ("CTD Punjab")
	Created time.Time // when it was set up; zero for a fixed date, so re-exports stay identical
}

// Incident is an incident with the events fused into it.
type Incident struct {
	vigil.Incident
	Events  []vigil.StoredEvent // member events, for their sources
	Marking vigil.Marking
}

// Document is a document with its marking.
type Document struct {
	vigil.Document
	Marking vigil.Marking
}

// Claim is a claim with its marking.
type Claim struct {
	vigil.StoredClaim
	Marking vigil.Marking
}

// Equipment is an equipment record with its marking.
type Equipment struct {
	vigil.StoredEquipment
	Marking vigil.Marking
}

// Input is what to export.
type Input struct {
	Producer  Producer
	Incidents []Incident
	Documents []Document
	Claims    []Claim
	Equipment []Equipment
	// Time stands in for timestamps a record lacks. Records from the store
	// always have theirs, so re-exports stay identical.
	Time time.Time
}

// Object is one STIX object of a built bundle, with what a TAXII server
// needs to serve it.
type Object struct {
	ID      string
	Type    string
	Version string // the modified timestamp, or created for unversioned objects
	Marking vigil.Marking
	JSON    json.RawMessage
}

// ExtensionID is the id of vigil's property extension definition.
var ExtensionID = newID("extension-definition", "vigil", "extension", "1")

// ExtensionSchemaURL is where the extension's JSON schema is published: the
// file vigil-extension-1.schema.json beside this one.
const ExtensionSchemaURL = "https://github.com/vigil-osint/vigil/blob/main/internal/share/stix/vigil-extension-1.schema.json"

// vigilIdentityID is the vigil project, creator of the extension definition.
var vigilIdentityID = newID("identity", "vigil", "project")

// extensionCreated is fixed so the extension definition is the same object
// in every vigil's exports.
const extensionCreated = "2026-11-23T00:00:00.000Z"

// Bundle builds the STIX 2.1 bundle of in as JSON.
func Bundle(in Input) ([]byte, error) {
	objs, err := Build(in)
	if err != nil {
		return nil, err
	}
	return MarshalBundle(objs)
}

// MarshalBundle wraps objects in a bundle whose id depends on their ids and
// versions only.
func MarshalBundle(objs []Object) ([]byte, error) {
	key := make([]string, 0, 2*len(objs))
	raw := make([]json.RawMessage, len(objs))
	for i, o := range objs {
		key = append(key, o.ID, o.Version)
		raw[i] = o.JSON
	}
	b, err := json.MarshalIndent(struct {
		Type    string            `json:"type"`
		ID      string            `json:"id"`
		Objects []json.RawMessage `json:"objects"`
	}{"bundle", newID("bundle", key...), raw}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("stix: marshal bundle: %w", err)
	}
	return append(b, '\n'), nil
}

// Build maps in to STIX objects, sorted by type and id.
func Build(in Input) ([]Object, error) {
	if in.Time.IsZero() {
		return nil, vigil.Errorf(vigil.EINVALID, "stix: the export time (Input.Time) is required")
	}
	if in.Producer.Org == "" || in.Producer.Name == "" {
		return nil, vigil.Errorf(vigil.EINVALID, "stix: the producer needs an organisation key and a name")
	}
	b := &builder{in: in, objs: map[string]*entry{}, docs: map[int64]*Document{}}
	for i := range in.Documents {
		b.docs[in.Documents[i].ID] = &in.Documents[i]
	}
	b.addFixed()
	for _, inc := range in.Incidents {
		if err := b.addIncident(inc); err != nil {
			return nil, err
		}
	}
	for _, c := range in.Claims {
		if err := b.addClaim(c); err != nil {
			return nil, err
		}
	}
	for _, e := range in.Equipment {
		if err := b.addEquipment(e); err != nil {
			return nil, err
		}
	}
	for _, d := range in.Documents {
		if err := b.addReport(d); err != nil {
			return nil, err
		}
	}
	return b.objects()
}

// object is a STIX object being built. encoding/json writes map keys in
// order, which keeps the output byte-stable.
type object map[string]any

type entry struct {
	obj     object
	marking vigil.Marking
}

type builder struct {
	in   Input
	objs map[string]*entry
	docs map[int64]*Document
	// refs lists, per document id, the objects read from it, for its
	// report.
	refs map[int64][]ref
}

// ref is an object a report may point to.
type ref struct {
	id      string
	marking vigil.Marking
}

var clearMarking = vigil.Marking{TLP: vigil.TLPClear}

func (b *builder) producerID() string { return newID("identity", "org", b.in.Producer.Org) }

// addFixed adds the objects every bundle has: vigil's identity and
// extension definition, and the producer. (The TLP definitions in use are
// added last, once the markings in use are known.)
func (b *builder) addFixed() {
	created := b.in.Producer.Created
	if created.IsZero() {
		created, _ = time.Parse(time.RFC3339, extensionCreated)
	}
	b.put(object{
		"type": "identity", "spec_version": "2.1", "id": vigilIdentityID,
		"created": extensionCreated, "modified": extensionCreated,
		"name": "vigil", "identity_class": "system",
		"description":         "vigil, open-source software that turns security reporting into a verified, sourced incident database.",
		"object_marking_refs": []string{TLPMarkingID(vigil.TLPClear)},
	}, clearMarking)
	b.put(object{
		"type": "extension-definition", "spec_version": "2.1", "id": ExtensionID,
		"created_by_ref": vigilIdentityID,
		"created":        extensionCreated, "modified": extensionCreated,
		"name":                "vigil incident, claim and equipment properties",
		"description":         "Casualties by category, ACLED-style precision codes, weapons, fatality range and review state of an incident; the figures of an aggregate claim; the item, quantity and holder of an equipment record.",
		"schema":              ExtensionSchemaURL,
		"version":             "1.0.0",
		"extension_types":     []string{"property-extension"},
		"object_marking_refs": []string{TLPMarkingID(vigil.TLPClear)},
	}, clearMarking)
	p := b.common("identity", b.producerID(), created, created, clearMarking)
	p["name"] = b.in.Producer.Name
	p["identity_class"] = "organization"
	b.put(p, clearMarking)
}

// common starts an object with the properties every object has.
func (b *builder) common(typ, id string, created, modified time.Time, m vigil.Marking) object {
	if created.IsZero() {
		created = b.in.Time
	}
	if modified.IsZero() || modified.Before(created) {
		modified = created
	}
	o := object{
		"type": typ, "spec_version": "2.1", "id": id,
		"created": timestamp(created), "modified": timestamp(modified),
		"object_marking_refs": []string{TLPMarkingID(m.TLP)},
	}
	if id != b.producerID() {
		o["created_by_ref"] = b.producerID()
	}
	return o
}

// put adds o; an object derived from several records (the same location
// under the same marking) keeps its earliest created and latest modified.
func (b *builder) put(o object, m vigil.Marking) {
	id := o["id"].(string)
	if old, ok := b.objs[id]; ok {
		if c, _ := o["created"].(string); c != "" && c < old.obj["created"].(string) {
			old.obj["created"] = c
		}
		if md, _ := o["modified"].(string); md != "" && md > old.obj["modified"].(string) {
			old.obj["modified"] = md
		}
		return
	}
	b.objs[id] = &entry{obj: o, marking: m}
}

func checkMarking(what string, m vigil.Marking) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("stix: %s: %w", what, err)
	}
	return nil
}

func (b *builder) addIncident(inc Incident) error {
	what := fmt.Sprintf("incident %d", inc.ID)
	if err := checkMarking(what, inc.Marking); err != nil {
		return err
	}
	m := inc.Marking
	id := newID("incident", b.in.Producer.Org, "incident", fmt.Sprint(inc.ID))
	o := b.common("incident", id, inc.CreatedAt, inc.UpdatedAt, m)
	o["name"] = incidentName(inc.Incident)
	if inc.Summary != "" {
		o["description"] = inc.Summary
	}
	if c := int(inc.Confidence*100 + 0.5); inc.Confidence > 0 && c <= 100 {
		o["confidence"] = c
	}
	// The articles it was read from: part of the incident, so under its
	// marking, whatever the documents' own.
	if refs := sourceRefs(inc.Events); len(refs) > 0 {
		o["external_references"] = refs
	}
	x := incidentExtension(inc.Incident)
	if rev, ok := fuse.LatestTollRevision(inc.Events); ok {
		// Tell partners the toll was revised, so a lower figure they hold
		// from an earlier report reads as superseded, not as a disagreement.
		x["toll_revised_on"] = rev.Published.UTC().Format("2006-01-02")
	}
	o["extensions"] = map[string]any{ExtensionID: x}
	b.put(o, m)

	if loc := b.location(locationKey{inc.ISO3, inc.Admin1, inc.Admin2, inc.Location, inc.Latitude, inc.Longitude}, inc.CreatedAt, inc.UpdatedAt, m); loc != "" {
		b.relationship(id, "located-at", loc, "", inc.CreatedAt, inc.UpdatedAt, m)
	}
	// One attributed-to per group, saying why.
	why := map[string][]string{}
	var groups []string
	for _, a := range []struct{ name, reason string }{{inc.Perpetrator, "perpetrator named by the sources"}, {inc.ClaimedBy, "claimed responsibility"}} {
		if !isNamedGroup(a.name) {
			continue
		}
		ta := b.threatActor(a.name, inc.CreatedAt, inc.UpdatedAt, m)
		if _, seen := why[ta]; !seen {
			groups = append(groups, ta)
		}
		why[ta] = append(why[ta], a.reason)
	}
	for _, ta := range groups {
		b.relationship(id, "attributed-to", ta, strings.Join(why[ta], "; "), inc.CreatedAt, inc.UpdatedAt, m)
	}
	for _, d := range memberDocuments(inc.Events) {
		b.addRef(d, id, m)
	}
	return nil
}

// addRef records that object id was read from document doc.
func (b *builder) addRef(doc int64, id string, m vigil.Marking) {
	if b.refs == nil {
		b.refs = map[int64][]ref{}
	}
	b.refs[doc] = append(b.refs[doc], ref{id: id, marking: m})
}

func (b *builder) relationship(source, typ, target, description string, created, modified time.Time, m vigil.Marking) {
	id := newID("relationship", source, typ, target)
	o := b.common("relationship", id, created, modified, m)
	o["relationship_type"] = typ
	o["source_ref"] = source
	o["target_ref"] = target
	if description != "" {
		o["description"] = description
	}
	b.put(o, m)
}

type locationKey struct {
	iso3, admin1, admin2, place string
	lat, lon                    *float64
}

// location adds the location for k under marking m and returns its id, or
// "" when k names no place STIX can hold.
func (b *builder) location(k locationKey, created, modified time.Time, m vigil.Marking) string {
	iso2 := iso2[strings.ToUpper(k.iso3)]
	hasPoint := k.lat != nil && k.lon != nil && *k.lat >= -90 && *k.lat <= 90 && *k.lon >= -180 && *k.lon <= 180
	if iso2 == "" && !hasPoint {
		return ""
	}
	var parts []string
	for _, p := range []string{k.place, k.admin2, k.admin1, countryName[iso2]} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	lat, lon := "", ""
	if hasPoint {
		lat, lon = fmt.Sprintf("%.6f", *k.lat), fmt.Sprintf("%.6f", *k.lon)
	}
	id := newID("location", markingKey(m), iso2, k.admin1, k.admin2, k.place, lat, lon)
	o := b.common("location", id, created, modified, m)
	if len(parts) > 0 {
		o["name"] = strings.Join(parts, ", ")
	}
	if iso2 != "" {
		o["country"] = iso2
		o["region"] = "southern-asia"
	}
	if k.admin1 != "" {
		o["administrative_area"] = k.admin1
	}
	if k.place != "" {
		o["city"] = k.place
	}
	if hasPoint {
		o["latitude"], o["longitude"] = *k.lat, *k.lon
	}
	b.put(o, m)
	return id
}

// threatActor adds the group named name under marking m and returns its id.
// Group names come as "TTP: Tehreek-i-Taliban Pakistan": the short form
// becomes an alias.
func (b *builder) threatActor(name string, created, modified time.Time, m vigil.Marking) string {
	id := newID("threat-actor", markingKey(m), name)
	o := b.common("threat-actor", id, created, modified, m)
	if short, long, ok := strings.Cut(name, ": "); ok && long != "" {
		o["name"] = long
		o["aliases"] = []string{short}
	} else {
		o["name"] = name
	}
	b.put(o, m)
	return id
}

func (b *builder) addClaim(c Claim) error {
	if err := checkMarking(fmt.Sprintf("claim %d", c.ID), c.Marking); err != nil {
		return err
	}
	m, created := c.Marking, b.sourceTime(c.Published, c.DocumentID)
	id := newID("note", b.in.Producer.Org, "claim", fmt.Sprint(c.ID))
	o := b.common("note", id, created, created, m)
	o["abstract"] = fmt.Sprintf("%s: %d", c.Metric, c.Value)
	o["content"] = claimText(c.Claim)
	var refs []string
	if d := b.docs[c.DocumentID]; d != nil && m.Within(d.Marking) {
		refs = append(refs, reportID(b.in.Producer.Org, d.ID))
	}
	if loc := b.location(locationKey{iso3: iso3Of(c.Country), admin1: c.Admin1}, created, created, m); loc != "" {
		refs = append(refs, loc)
	}
	if len(refs) == 0 {
		refs = append(refs, b.producerID())
	}
	o["object_refs"] = refs
	o["extensions"] = map[string]any{ExtensionID: claimExtension(c.Claim)}
	b.put(o, m)
	b.addRef(c.DocumentID, id, m)
	return nil
}

func (b *builder) addEquipment(e Equipment) error {
	if err := checkMarking(fmt.Sprintf("equipment record %d", e.ID), e.Marking); err != nil {
		return err
	}
	m, created := e.Marking, b.sourceTime(e.Published, e.DocumentID)
	var holder string
	if isNamedGroup(e.Holder) {
		holder = b.threatActor(e.Holder, created, created, m)
	} else {
		name := e.Holder
		if name == "" {
			name = "unidentified holder"
		}
		holder = newID("identity", markingKey(m), "holder", name)
		o := b.common("identity", holder, created, created, m)
		o["name"] = name
		o["identity_class"] = "organization"
		if e.Holder == "" {
			o["identity_class"] = "unknown"
		}
		b.put(o, m)
	}
	id := newID("sighting", b.in.Producer.Org, "equipment", fmt.Sprint(e.ID))
	o := b.common("sighting", id, created, created, m)
	o["sighting_of_ref"] = holder
	if loc := b.location(locationKey{iso3: iso3Of(e.LocationCountry)}, created, created, m); loc != "" {
		o["where_sighted_refs"] = []string{loc}
	}
	if t, ok := asOf(e.AsOf); ok {
		o["first_seen"], o["last_seen"] = timestamp(t), timestamp(t)
	}
	if e.Quantity != nil && *e.Quantity >= 1 && *e.Quantity <= 999999999 {
		o["count"] = *e.Quantity
	}
	o["description"] = equipmentText(e.Equipment)
	o["extensions"] = map[string]any{ExtensionID: equipmentExtension(e.Equipment)}
	b.put(o, m)
	b.addRef(e.DocumentID, id, m)
	return nil
}

// sourceTime dates a record read from a document: when the document was
// published, else when vigil took it in (zero when neither is known).
func (b *builder) sourceTime(published time.Time, doc int64) time.Time {
	if d := b.docs[doc]; d != nil && published.IsZero() {
		return d.IngestedAt
	}
	return published
}

func reportID(org string, doc int64) string { return newID("report", org, "document", fmt.Sprint(doc)) }

// addReport adds the report of document d. It points only to objects every
// reader of the report may see; its outlet is always among them, so no
// report is empty.
func (b *builder) addReport(d Document) error {
	what := fmt.Sprintf("document %d", d.ID)
	if err := checkMarking(what, d.Marking); err != nil {
		return err
	}
	m := d.Marking
	created := d.IngestedAt
	published := d.Published
	if published.IsZero() {
		published = created
	}
	if published.IsZero() {
		published = b.in.Time
	}
	id := reportID(b.in.Producer.Org, d.ID)
	o := b.common("report", id, created, created, m)
	o["name"] = firstNonEmpty(d.Title, d.URL, d.ExternalID, fmt.Sprintf("document %d", d.ID))
	o["published"] = timestamp(published)
	if ref := externalRef(d.Outlet, d.URL); ref != nil {
		o["external_references"] = []any{ref}
	}
	outlet := firstNonEmpty(d.Outlet, "unknown outlet")
	outletID := newID("identity", markingKey(m), "outlet", outlet)
	oo := b.common("identity", outletID, created, created, m)
	oo["name"] = outlet
	oo["identity_class"] = "organization"
	oo["sectors"] = []string{"communications"}
	b.put(oo, m)
	refs := []string{outletID}
	for _, r := range b.refs[d.ID] {
		if m.Within(r.marking) && !slices.Contains(refs, r.id) {
			refs = append(refs, r.id)
		}
	}
	o["object_refs"] = refs
	b.put(o, m)
	return nil
}

// typeOrder puts definitions first so a reader streaming the bundle meets
// what objects refer to before the objects.
var typeOrder = []string{"marking-definition", "identity", "extension-definition", "location", "threat-actor", "incident", "note", "sighting", "relationship", "report"}

func (b *builder) objects() ([]Object, error) {
	used := map[vigil.TLP]bool{}
	out := make([]Object, 0, len(b.objs)+len(vigil.TLPLevels))
	for _, e := range b.objs {
		used[e.marking.TLP] = true
		raw, err := json.Marshal(e.obj)
		if err != nil {
			return nil, fmt.Errorf("stix: marshal %s: %w", e.obj["id"], err)
		}
		version, _ := e.obj["modified"].(string)
		out = append(out, Object{ID: e.obj["id"].(string), Type: e.obj["type"].(string), Version: version, Marking: e.marking, JSON: raw})
	}
	for _, l := range vigil.TLPLevels {
		if !used[l] {
			continue
		}
		md := tlpMarkingDefinition(l)
		raw, err := json.Marshal(md)
		if err != nil {
			return nil, fmt.Errorf("stix: marshal %s: %w", md["id"], err)
		}
		out = append(out, Object{ID: md["id"].(string), Type: "marking-definition", Version: tlp20Created, Marking: clearMarking, JSON: raw})
	}
	slices.SortFunc(out, func(x, y Object) int {
		if d := slices.Index(typeOrder, x.Type) - slices.Index(typeOrder, y.Type); d != 0 {
			return d
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out, nil
}

// namespace is the UUIDv5 namespace of vigil's STIX ids: the UUIDv5 of the
// project URL in the RFC 9562 URL namespace.
var namespace = uuid5(mustUUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/vigil-osint/vigil/stix")

// newID returns typ--UUIDv5(namespace, key parts joined by a unit
// separator, which no natural key contains).
func newID(typ string, key ...string) string {
	u := uuid5(namespace, typ+"\x1f"+strings.Join(key, "\x1f"))
	return typ + "--" + formatUUID(u)
}

// uuid5 computes an RFC 9562 version 5 UUID: SHA-1 of namespace and name,
// with the version and variant bits set.
func uuid5(ns [16]byte, name string) [16]byte {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return u
}

func formatUUID(u [16]byte) string {
	s := hex.EncodeToString(u[:])
	return s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}

func mustUUID(s string) [16]byte {
	var u [16]byte
	b, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil || len(b) != 16 {
		panic("stix: bad UUID literal " + s)
	}
	copy(u[:], b)
	return u
}

// markingKey is a marking as part of a natural key.
func markingKey(m vigil.Marking) string {
	rs := make([]string, len(m.Recipients))
	for i, r := range m.Recipients {
		rs[i] = r.Org + "/" + r.User
	}
	slices.Sort(rs)
	return string(m.TLP) + "|" + m.Owner + "|" + strings.Join(rs, ",")
}

// timestamp formats t as STIX wants it: UTC, milliseconds, Z.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// externalRef points to a source article; nil when there is nothing to
// point to. URLs that are not absolute are left out: STIX requires URIs.
func externalRef(outlet, link string) map[string]any {
	ref := map[string]any{"source_name": firstNonEmpty(outlet, "unknown outlet")}
	if u, err := url.Parse(link); err == nil && u.IsAbs() && u.Host != "" {
		ref["url"] = link
	} else if outlet == "" {
		return nil
	}
	return ref
}

// sourceRefs lists the distinct articles an incident's events came from.
func sourceRefs(events []vigil.StoredEvent) []any {
	var refs []any
	seen := map[string]bool{}
	for _, e := range events {
		k := e.Outlet + "\x1f" + e.URL
		if seen[k] {
			continue
		}
		seen[k] = true
		if r := externalRef(e.Outlet, e.URL); r != nil {
			refs = append(refs, r)
		}
	}
	return refs
}

func memberDocuments(events []vigil.StoredEvent) []int64 {
	var ids []int64
	for _, e := range events {
		if e.DocumentID != 0 && !slices.Contains(ids, e.DocumentID) {
			ids = append(ids, e.DocumentID)
		}
	}
	return ids
}
