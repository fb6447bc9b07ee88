package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// writeCached writes v as a JSON 200 with an ETag computed from the body,
// and answers 304 Not Modified when the client already holds that body
// (If-None-Match), so a dashboard polling an unchanged list costs no
// transfer. Clients must still revalidate every time (no-cache): the data
// changes whenever vigil ingests. The body depends on who asks (their
// markings), so only the caller's own cache may keep it (private).
func writeCached(w http.ResponseWriter, r *http.Request, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		writeJSON(w, http.StatusInternalServerError, errorBody(vigil.EINTERNAL, "could not encode the response"))
		return
	}
	sum := sha256.Sum256(buf.Bytes())
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "private, no-cache")
	h.Set("Vary", "Authorization, Cookie")
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(buf.Bytes())
}

// etagMatches reports whether an If-None-Match header lists etag (weak
// comparison, as RFC 9110 asks for If-None-Match).
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// A cursor is an opaque token for the position of the next page; clients
// must treat it as opaque and pass it back to the list that gave it out.
// The lists of incidents, claims and equipment give out keyset positions
// ("k2:", the list's name, the last row's ID and, for incidents, its event
// date): the next page starts right after the last row the client saw,
// however many rows were added before it meanwhile, and a deep page costs
// the store no more than the first. A position names its list so that one
// passed to another list is refused rather than read as a position there.
// The documents list gives out offsets ("o1:"), which every list still
// reads, as it reads the keyset positions without a list name ("k1:")
// given out before.
const (
	offsetPrefix    = "o1:"
	afterPrefix     = "k1:"
	listAfterPrefix = "k2:"
)

// The lists whose cursors are keyset positions.
const (
	listIncidents = "incidents"
	listClaims    = "claims"
	listEquipment = "equipment"
)

// position is where a cursor says a page starts: at an offset, or after
// the row with ID afterID (and, for incidents, event date afterDate, ""
// when undated) of the list named list ("" for cursors that name none).
type position struct {
	offset    int
	list      string
	afterID   int64
	afterDate string
}

// encodeCursor makes the cursor of the page at offset.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(offsetPrefix + strconv.Itoa(offset)))
}

// encodeAfter makes the cursor of the page of list after the row with the
// given ID and, for an incident, event date. An empty list makes a cursor
// that names none.
func encodeAfter(list string, id int64, date string) string {
	if list == "" {
		return base64.RawURLEncoding.EncodeToString([]byte(afterPrefix + strconv.FormatInt(id, 10) + ":" + date))
	}
	return base64.RawURLEncoding.EncodeToString([]byte(listAfterPrefix + list + ":" + strconv.FormatInt(id, 10) + ":" + date))
}

// decodeCursor reads a cursor made by encodeCursor or encodeAfter.
func decodeCursor(c string) (position, error) {
	bad := vigil.Errorf(vigil.EINVALID, "cursor %q is not one vigil gave out", c)
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return position{}, bad
	}
	s := string(b)
	if rest, ok := strings.CutPrefix(s, offsetPrefix); ok {
		n, err := strconv.Atoi(rest)
		if err != nil || n < 0 {
			return position{}, bad
		}
		return position{offset: n}, nil
	}
	var list string
	rest, ok := strings.CutPrefix(s, afterPrefix)
	if !ok {
		if rest, ok = strings.CutPrefix(s, listAfterPrefix); !ok {
			return position{}, bad
		}
		list, rest, _ = strings.Cut(rest, ":")
		switch list {
		case listIncidents, listClaims, listEquipment:
		default:
			return position{}, bad
		}
	}
	idText, date, _ := strings.Cut(rest, ":")
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || id < 1 {
		return position{}, bad
	}
	if date != "" {
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return position{}, bad
		}
	}
	return position{list: list, afterID: id, afterDate: date}, nil
}
