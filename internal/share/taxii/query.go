package taxii

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Query is what a client asked of a collection's objects, parsed from the
// URL (TAXII 2.1 section 3.4).
type Query struct {
	// MaxTLP is the collection's level: objects marked above it are not in
	// the collection.
	MaxTLP       vigil.TLP
	AddedAfter   time.Time // zero for no lower bound
	IDs          []string  // match[id]
	Types        []string  // match[type]
	Versions     []string  // match[version]: "first", "last", "all" or timestamps; empty means "last"
	SpecVersions []string  // match[spec_version]
	Limit        int       // at most this many records; the server always sets it
	After        *Cursor   // resume after this record (from next)
}

// Cursor is the position after the last record a page returned. Records
// are ordered by date added, then id, then version, so a cursor stays valid
// while new records arrive.
type Cursor struct {
	Added   time.Time `json:"a"`
	ID      string    `json:"i"`
	Version string    `json:"v"`
}

// skips reports whether record r sorts before or at the cursor, that is,
// whether a page resumed at c leaves it out.
func (c Cursor) skips(r Record) bool {
	if !r.Added.Equal(c.Added) {
		return r.Added.Before(c.Added)
	}
	if r.ID != c.ID {
		return r.ID < c.ID
	}
	return r.Version <= c.Version
}

// maxNextToken bounds the next parameter: a real one is well under this.
const maxNextToken = 1024

// EncodeNext makes the opaque next token of a cursor.
func EncodeNext(c Cursor) string {
	b, _ := json.Marshal(c) // a struct of strings and a time always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeNext reads a next token made by EncodeNext.
func DecodeNext(s string) (Cursor, error) {
	var c Cursor
	if len(s) > maxNextToken {
		return c, fmt.Errorf("next: token longer than %d characters", maxNextToken)
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return c, fmt.Errorf("next: not a token this server gave: %w", err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("next: not a token this server gave: %w", err)
	}
	if c.Added.IsZero() || !stixID.MatchString(c.ID) {
		return c, fmt.Errorf("next: not a token this server gave")
	}
	return c, nil
}

// stixID matches a STIX identifier: type--UUID.
var stixID = regexp.MustCompile(`^[a-z][a-z0-9-]{0,248}[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

var stixType = regexp.MustCompile(`^[a-z][a-z0-9-]{1,248}[a-z0-9]$`)

// parseTime reads a TAXII timestamp (RFC 3339, UTC or with an offset).
func parseTime(field, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %q is not an RFC 3339 timestamp", field, s)
	}
	return t.UTC(), nil
}

// ParseQuery reads the filters and paging parameters of a request for
// objects, manifest or versions. limit is capped at maxLimit and defaults
// to it.
func ParseQuery(v url.Values, maxLimit int) (Query, error) {
	q := Query{Limit: maxLimit}
	for key, vals := range v {
		if len(vals) == 0 {
			continue
		}
		val := vals[len(vals)-1]
		switch key {
		case "added_after":
			t, err := parseTime(key, val)
			if err != nil {
				return q, err
			}
			q.AddedAfter = t
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 {
				return q, fmt.Errorf("limit: %q is not a positive whole number", val)
			}
			q.Limit = min(n, maxLimit)
		case "next":
			c, err := DecodeNext(val)
			if err != nil {
				return q, err
			}
			q.After = &c
		case "match[id]":
			for _, id := range splitList(val) {
				if !stixID.MatchString(id) {
					return q, fmt.Errorf("match[id]: %q is not a STIX identifier", id)
				}
				q.IDs = append(q.IDs, id)
			}
		case "match[type]":
			for _, t := range splitList(val) {
				if !stixType.MatchString(t) {
					return q, fmt.Errorf("match[type]: %q is not a STIX type", t)
				}
				q.Types = append(q.Types, t)
			}
		case "match[version]":
			for _, ver := range splitList(val) {
				switch ver {
				case "first", "last", "all":
				default:
					t, err := parseTime(key, ver)
					if err != nil {
						return q, fmt.Errorf("match[version]: %q is neither first, last, all nor a timestamp", ver)
					}
					ver = t.Format(time.RFC3339Nano)
				}
				q.Versions = append(q.Versions, ver)
			}
		case "match[spec_version]":
			q.SpecVersions = splitList(val)
		default:
			if strings.HasPrefix(key, "match[") {
				return q, fmt.Errorf("%s: filter not supported (use id, type, version or spec_version)", key)
			}
		}
	}
	return q, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
