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

// A cursor is an opaque token for the position of the next page. Today it
// encodes an offset into the filter's order; clients must treat it as opaque
// so the store can move to keyset positions without breaking them.
const cursorPrefix = "o1:"

func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// decodeCursor reads a cursor made by encodeCursor.
func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	s := string(b)
	if err != nil || !strings.HasPrefix(s, cursorPrefix) {
		return 0, vigil.Errorf(vigil.EINVALID, "cursor %q is not one vigil gave out", c)
	}
	n, err := strconv.Atoi(s[len(cursorPrefix):])
	if err != nil || n < 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "cursor %q is not one vigil gave out", c)
	}
	return n, nil
}
