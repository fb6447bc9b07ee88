// Package taxii serves vigil's STIX objects over TAXII 2.1 and pulls a
// partner's: a Server (an http.Handler for discovery, the API root, the
// collections and their objects, manifests and versions) and a Client.
//
// The server reads objects through a Source, so the store can back it; a
// MemorySource serves STIX bundles held in memory. Every object carries a
// TLP 2.0 marking and the server hands a viewer only what vigil.Viewer.CanSee
// allows, whatever the collection asked for: the collections ("clear",
// "green", "amber", "amber-strict", "red") only narrow what a viewer sees.
package taxii

import (
	"encoding/json"
	"fmt"
	"time"
)

// Media types of TAXII 2.1 resources and of the STIX content they carry.
const (
	MediaTAXII = "application/taxii+json;version=2.1"
	MediaSTIX  = "application/stix+json;version=2.1"
)

// Discovery is the server discovery resource (TAXII 2.1 section 4.1.1).
type Discovery struct {
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Contact     string   `json:"contact,omitempty"`
	Default     string   `json:"default,omitempty"`
	APIRoots    []string `json:"api_roots,omitempty"`
}

// APIRoot is the API root resource (section 4.2.1).
type APIRoot struct {
	Title            string   `json:"title"`
	Description      string   `json:"description,omitempty"`
	Versions         []string `json:"versions"`
	MaxContentLength int64    `json:"max_content_length"`
}

// Collection is a collection resource (section 5.2.1). In vigil each holds
// the objects marked at its level or below.
type Collection struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Alias       string   `json:"alias,omitempty"`
	CanRead     bool     `json:"can_read"`
	CanWrite    bool     `json:"can_write"`
	MediaTypes  []string `json:"media_types,omitempty"`
}

// Envelope carries STIX objects (section 3.7).
type Envelope struct {
	More    bool              `json:"more"`
	Next    string            `json:"next,omitempty"`
	Objects []json.RawMessage `json:"objects,omitempty"`
}

// ManifestRecord describes one object version without its content
// (section 5.4.1).
type ManifestRecord struct {
	ID        string `json:"id"`
	DateAdded string `json:"date_added"`
	Version   string `json:"version"`
	MediaType string `json:"media_type,omitempty"`
}

// Manifest lists object versions (section 5.4).
type Manifest struct {
	More    bool             `json:"more"`
	Next    string           `json:"next,omitempty"`
	Objects []ManifestRecord `json:"objects,omitempty"`
}

// Versions lists the versions of one object (section 5.9.1).
type Versions struct {
	More     bool     `json:"more"`
	Next     string   `json:"next,omitempty"`
	Versions []string `json:"versions,omitempty"`
}

// Error is the TAXII error message (section 3.6.1), and the error the
// Client returns for one.
type Error struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	HTTPStatus  string `json:"http_status,omitempty"`
}

func (e *Error) Error() string {
	if e.Description == "" {
		return fmt.Sprintf("taxii: %s %s", e.HTTPStatus, e.Title)
	}
	return fmt.Sprintf("taxii: %s %s: %s", e.HTTPStatus, e.Title, e.Description)
}

// timestamp formats a date_added the way TAXII and STIX write timestamps.
// Microseconds keep date_added values distinct enough to page by.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }
