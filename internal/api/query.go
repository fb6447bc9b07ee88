package api

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Paging defaults: a page is DefaultLimit records unless the caller asks for
// another size, never more than MaxLimit.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// ParseFilter reads the filter parameters shared by the pages and the JSON
// API: from, to (YYYY-MM-DD), country, admin1, admin2, type, actor, text,
// review_state, document, attributed_to, holder, category, origin, limit,
// and offset or cursor (the opaque position the previous page's
// next_cursor gave: an offset, or the keyset position AfterID and
// AfterDate). A malformed value is an EINVALID error naming the
// parameter, so a bad link gets a 400, not an empty list; a filter the
// list's records do not carry is refused by the store (or by
// ParseClaimFilter and ParseEquipmentFilter) the same way.
func ParseFilter(q url.Values) (vigil.Filter, error) {
	return parseFilter(q, listIncidents)
}

// parseFilter is ParseFilter for the list named list: a cursor another
// list gave out is refused, since its position means nothing here.
func parseFilter(q url.Values, list string) (vigil.Filter, error) {
	f := vigil.Filter{
		Country:     strings.TrimSpace(q.Get("country")),
		Admin1:      strings.TrimSpace(q.Get("admin1")),
		Admin2:      strings.TrimSpace(q.Get("admin2")),
		EventType:   strings.TrimSpace(q.Get("type")),
		Actor:       strings.TrimSpace(q.Get("actor")),
		Text:        strings.TrimSpace(q.Get("text")),
		ReviewState: strings.TrimSpace(q.Get("review_state")),
		// Read so that a list whose records do not carry them refuses
		// them by name (vigil.CheckIncidentFilter and the like).
		AttributedTo: strings.TrimSpace(q.Get("attributed_to")),
		Holder:       strings.TrimSpace(q.Get("holder")),
		Category:     strings.TrimSpace(q.Get("category")),
		Origin:       strings.TrimSpace(q.Get("origin")),
		Limit:        DefaultLimit,
	}
	var err error
	if f.From, err = dateParam(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = dateParam(q, "to"); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, vigil.Errorf(vigil.EINVALID, "from date %s is after to date %s", f.From, f.To)
	}
	switch f.ReviewState {
	case "", vigil.StateUnreviewed, vigil.StateVerified, vigil.StateRejected:
	default:
		return f, vigil.Errorf(vigil.EINVALID, "review_state %q is not one of unreviewed, verified, rejected", f.ReviewState)
	}
	if v := q.Get("document"); v != "" {
		if f.DocumentID, err = ParseID("document", v); err != nil {
			return f, err
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return f, vigil.Errorf(vigil.EINVALID, "limit %q is not a number from 1 to %d", v, MaxLimit)
		}
		f.Limit = n
	}
	if v := q.Get("cursor"); v != "" {
		if q.Get("offset") != "" {
			return f, vigil.Errorf(vigil.EINVALID, "give cursor or offset, not both")
		}
		p, err := decodeCursor(v)
		if err != nil {
			return f, err
		}
		if p.list != "" && p.list != list {
			return f, vigil.Errorf(vigil.EINVALID, "cursor %q is a position in the %s list, not in the %s list", v, p.list, list)
		}
		f.Offset, f.AfterID, f.AfterDate = p.offset, p.afterID, p.afterDate
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return f, vigil.Errorf(vigil.EINVALID, "offset %q is not a number of 0 or more", v)
		}
		f.Offset = n
	}
	return f, nil
}

// ParseClaimFilter reads the filter of a claims list: ParseFilter's
// parameters that claims carry (from and to select by period, country,
// admin1, attributed_to, text, document). A filter parameter claims do not
// carry (admin2, type, actor, review_state, holder, category, origin) is
// an EINVALID error naming it: ignoring it would hand the analyst every
// claim as if it matched.
func ParseClaimFilter(q url.Values) (vigil.Filter, error) {
	f, err := parseFilter(q, listClaims)
	if err != nil {
		return f, err
	}
	return f, vigil.CheckClaimFilter(f)
}

// ParseEquipmentFilter reads the filter of an equipment list: from and to
// (the as-of date), country (where it is or where it came from), origin,
// holder, category, attributed_to, text and document. Any other filter
// parameter (admin1, admin2, type, actor, review_state) is an EINVALID
// error naming it.
func ParseEquipmentFilter(q url.Values) (vigil.Filter, error) {
	f, err := parseFilter(q, listEquipment)
	if err != nil {
		return f, err
	}
	return f, vigil.CheckEquipmentFilter(f)
}

// filterParams are the filter parameters ParseFilter reads.
var filterParams = []string{"from", "to", "country", "admin1", "admin2", "type", "actor", "text", "review_state",
	"document", "attributed_to", "holder", "category", "origin"}

// onlyFilters refuses, with EINVALID naming it, a filter parameter of q
// other than allowed, for a list whose store method takes no vigil.Filter:
// a list that cannot apply a filter must say so rather than answer as if
// every record matched.
func onlyFilters(q url.Values, records string, allowed ...string) error {
	for _, p := range filterParams {
		if strings.TrimSpace(q.Get(p)) == "" || slices.Contains(allowed, p) {
			continue
		}
		if len(allowed) == 0 {
			return vigil.Errorf(vigil.EINVALID, "%s cannot be filtered by %s: they take no filter, only a limit", records, p)
		}
		return vigil.Errorf(vigil.EINVALID, "%s cannot be filtered by %s: they are filtered by %s", records, p, strings.Join(allowed, ", "))
	}
	return nil
}

func dateParam(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", vigil.Errorf(vigil.EINVALID, "%s date %q is not a date of the form YYYY-MM-DD", name, v)
	}
	return v, nil
}

// ParseID reads a record id from a path or query value: a positive integer.
func ParseID(what, v string) (int64, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 1 {
		return 0, vigil.Errorf(vigil.EINVALID, "%s id %q is not a positive number", what, v)
	}
	return id, nil
}

// FilterQuery renders f back into query parameters, for paging links.
// Limit is written only when it differs from DefaultLimit, Offset only
// when positive, and a keyset position (AfterID) as its cursor.
func FilterQuery(f vigil.Filter) url.Values {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("from", f.From)
	set("to", f.To)
	set("country", f.Country)
	set("admin1", f.Admin1)
	set("admin2", f.Admin2)
	set("type", f.EventType)
	set("actor", f.Actor)
	set("text", f.Text)
	set("review_state", f.ReviewState)
	set("attributed_to", f.AttributedTo)
	set("holder", f.Holder)
	set("category", f.Category)
	set("origin", f.Origin)
	if f.DocumentID != 0 {
		q.Set("document", strconv.FormatInt(f.DocumentID, 10))
	}
	if f.Limit != DefaultLimit && f.Limit > 0 {
		q.Set("limit", strconv.Itoa(f.Limit))
	}
	if f.Offset > 0 {
		q.Set("offset", strconv.Itoa(f.Offset))
	}
	if f.AfterID > 0 {
		q.Set("cursor", encodeAfter("", f.AfterID, f.AfterDate))
	}
	return q
}
