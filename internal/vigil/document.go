package vigil

import "time"

// Document is one report as vigil stores it: the raw bytes it came as, the
// cleaned article text the extractor reads, and where it came from.
type Document struct {
	ID         int64
	ExternalID string // the id the input gave it, or its URL or path
	Origin     string // the path, URL or feed it was read from
	Outlet     string // publishing outlet ("Dawn", "ISPR"), when known
	URL        string
	Title      string
	Published  time.Time // zero when unknown
	Raw        string    // as fetched or read, after decompression and decoding to UTF-8
	Text       string    // cleaned article text: what extraction reads
	// ContentHash is the hex SHA-256 of the normalised Text: the same article
	// ingested twice is stored once.
	ContentHash string
	// SimHash of the Text's word shingles, for near-duplicate (wire copy)
	// detection.
	SimHash uint64
	// NearDuplicateOf is the ID of an earlier document this one is a near
	// copy of, or 0.
	NearDuplicateOf int64
	IngestedAt      time.Time
	// Marking says who may see the document and what was extracted from
	// it. Stores keep an empty marking as TLP:CLEAR (see Marking.OrClear):
	// vigil's input is open-source reporting unless a source says otherwise.
	Marking Marking
}

// Input is a document in the extraction contract's input form (one JSON
// Lines row of `vigil extract --jsonl`).
type Input struct {
	ID        string `json:"id"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD or RFC 3339
	Source    string `json:"source,omitempty"`
}

// Extractor turns a document's cleaned text into events, claims and
// equipment records. Implementations must be safe for concurrent use.
type Extractor interface {
	Extract(text string, published time.Time, outlet string) Extraction
}
